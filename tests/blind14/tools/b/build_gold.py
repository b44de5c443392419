#!/usr/bin/env python3
"""Build ../gold.json from the hand annotation below and the registry of names.

For each article: the entities it names (canonical names; aliases are the registry's surface
forms that occur verbatim, as whole words, in that article), its call mentions and its
reported-by pairs. Run: python3 build_gold.py
"""
import csv
import json
import re
from pathlib import Path

from registry import REG

ROOT = Path(__file__).resolve().parent.parent
ART = ROOT / "articles"


def call(cid, event, parts, date, status="occurred", caller=None, required=True):
    return {"id": cid, "event": event, "participants": parts, "caller": caller,
            "date": date, "status": status, "required": required}


def rb(cid, outlet, required):
    return {"call": cid, "outlet": outlet, "required": required}



A = {}
MI, MO, GO, AL = "Dickon Mitchell", "Mia Mottley", "Ralph Gonsalves", "Irfaan Ali"
HO, BA, GU = "Andrew Holness", "Carla Barnett", "António Guterres"
GL, PL, PM = "Robert Golob", "Andrej Plenković", "Nataša Pirc Musar"
PU, TR, SC, ZE = "Vladimir Putin", "Donald Trump", "Olaf Scholz", "Volodymyr Zelensky"
MA = "John Dramani Mahama"
CJ, AH = "Claude Joseph", "Ariel Henry"
MS, CH = "Mswati III", "Daniel Chapo"
CARICOM = [MI, GO, AL, HO, BA]

A["1310"] = dict(
    ents=["Loop News", GU, MI, BA, GO, AL, HO, MO, "Facebook", "Grenada", "Saint Vincent and the Grenadines",
          "Guyana", "Jamaica", "Barbados", "Caribbean Community", "United Nations",
          "Government Information Service (Grenada)", "National Disaster Management Agency (Grenada)"],
    calls=[call("c1", "B_P_guterres_mitchell_2024_07_02", [GU, MI], "2024-07-02", status="planned", caller=GU),
           call("c2", "B_E_caricom_video_2024_07_02", CARICOM, "2024-07-02"),
           call("c3", "B_A_gonsalves_mitchell_2024_07_01", [GO, MI], "2024-07-01", status="attempted", caller=GO),
           call("c4", "B_E_mottley_mitchell_2024_07_02", [MO, MI], "2024-07-02", caller=MO)],
    rb=[rb("c4", "Facebook", True)])

A["1311"] = dict(
    ents=[MI, MO, BA, GO, AL, GU, "Justin Trudeau", "Cécile La Grenade", "NOW Grenada",
          "Grenada Broadcasting Network", "Grenada", "Barbados", "Saint Vincent and the Grenadines", "Guyana",
          "Canada", "Office of the Prime Minister (Grenada)", "Government Information Service (Grenada)",
          "Caribbean Community", "CDEMA", "United Nations", "National Disaster Management Agency (Grenada)",
          "Canadian Red Cross"],
    calls=[call("c1", "B_E_mottley_mitchell_2024_07_02", [MO, MI], "2024-07-02", caller=MO),
           call("c2", "B_E_caricom_video_2024_07_02", [MI, BA, GO, AL], "2024-07-02"),
           call("c3", "B_E_guterres_mitchell_2024_07_02", [GU, MI], "2024-07-02", caller=GU),
           call("c4", "B_E_trudeau_mitchell_2024_07_03", ["Justin Trudeau", MI], "2024-07-03",
                caller="Justin Trudeau")],
    rb=[rb("c2", "Grenada Broadcasting Network", True)])

A["1312"] = dict(
    ents=["Shawn Alleyne-Griffith", "Cuthbert Holder", MO, MI, GO, "CBC TV8", "Barbados Today", "Barbados",
          "Grenada", "Saint Vincent and the Grenadines", "Ministry of Maritime Affairs and the Blue Economy",
          "Prime Minister's Office (Barbados)", "Barbados National Union of Fisherfolk Organisations"],
    calls=[call("c1", "B_E_mottley_mitchell_2024_07_02", [MO, MI], "2024-07-02", caller=MO),
           call("c2", "B_E_mottley_gonsalves_2024_07", [MO, GO], None)],
    rb=[rb("c1", "CBC TV8", True)])

A["1313"] = dict(
    ents=[GL, PL, "Karl Nehammer", PM, "Alexander Van der Bellen", "Giorgia Meloni", "Tanja Fajon",
          "Péter Szijjártó", "Slovenian Press Agency", "Die Presse", "X", "MTI", "Slovenia", "Croatia", "Austria",
          "Italy", "Hungary", "Federal Chancellery (Austria)", "European Union",
          "Civil Protection and Disaster Relief Administration"],
    calls=[call("c1", "B_E_plenkovic_golob_2023_08_05", [PL, GL], "2023-08-05", caller=PL),
           call("c2", "B_E_nehammer_golob_2023_08_04", ["Karl Nehammer", GL], "2023-08-04", caller="Karl Nehammer"),
           call("c3", "B_E_vanderbellen_pircmusar_2023_08_06", ["Alexander Van der Bellen", PM], "2023-08-06",
                caller="Alexander Van der Bellen"),
           call("c4", "B_E_golob_meloni_2023_08", [GL, "Giorgia Meloni"], None, required=False),
           call("c5", "B_E_fajon_szijjarto_2023_08_05", ["Tanja Fajon", "Péter Szijjártó"], "2023-08-05")],
    rb=[rb("c1", "X", True), rb("c2", "Die Presse", True), rb("c5", "MTI", True),
        rb("c1", "Slovenian Press Agency", False), rb("c2", "Slovenian Press Agency", False),
        rb("c3", "Slovenian Press Agency", False), rb("c5", "Slovenian Press Agency", False)])

A["1314"] = dict(
    ents=[PL, GL, "Gordan Grlić Radman", "Tanja Fajon", "Zoran Milanović", PM, "Total Croatia News", "Hina",
          "Croatia", "Slovenia", "Croatian Air Force", "Croatian Auto Club"],
    calls=[call("c1", "B_E_plenkovic_golob_2023_08_05", [PL, GL], "2023-08-05", caller=PL),
           call("c2", "B_E_grlicradman_fajon_2023_08_04", ["Gordan Grlić Radman", "Tanja Fajon"], "2023-08-04"),
           call("c3", "B_P_milanovic_pircmusar_2023_08", ["Zoran Milanović", PM], None, status="planned",
                caller="Zoran Milanović")],
    rb=[rb("c1", "Hina", False), rb("c2", "Hina", False)])

A["1315"] = dict(
    ents=["Dmitry Peskov", TR, PU, "Alexander Lukashenko", "Ibrahim Traoré", SC, "TASS", "RIA Novosti", "Izvestia",
          "The Washington Post", "RTB", "United States", "Ukraine", "Burkina Faso", "Union State"],
    calls=[call("c1", "B_D_trump_putin_2024_11_07", [TR, PU], "2024-11-07", status="denied", caller=TR),
           call("c2", "B_E_putin_lukashenko_2024_11_09", [PU, "Alexander Lukashenko"], "2024-11-09"),
           call("c3", "B_P_traore_putin_2024_11", ["Ibrahim Traoré", PU], None, status="planned",
                caller="Ibrahim Traoré")],
    rb=[rb("c1", "The Washington Post", True), rb("c3", "RTB", True), rb("c2", "TASS", False)])

A["1316"] = dict(
    ents=[SC, PU, ZE, "Steffen Hebestreit", "Donald Tusk", TR, "AFP", "dpa", "Germany", "Russia", "Ukraine",
          "Poland", "Kremlin"],
    calls=[call("c1", "B_E_scholz_putin_2024_11_15", [SC, PU], "2024-11-15", caller=SC),
           call("c2", "B_E_scholz_zelensky_2024_11_15", [SC, ZE], "2024-11-15", caller=SC),
           call("c3", "B_P_scholz_zelensky_2024_11_16", [SC, ZE], "2024-11-16", status="planned")],
    rb=[rb("c1", "dpa", True), rb("c1", "AFP", False), rb("c2", "AFP", False)])

A["1317"] = dict(
    ents=[MA, "Mahamudu Bawumia", "Nana Addo Dankwa Akufo-Addo", "Bola Tinubu", MO, "Bayo Onanuga",
          "Bassirou Diomaye Faye", "Alassane Ouattara", "Nana Ama Owusu-Bempah", "Myjoyonline", "JoyNews", "X",
          "News Agency of Nigeria", "Ghana Broadcasting Corporation", "Ghana", "Nigeria", "Barbados", "Senegal",
          "Côte d'Ivoire", "New Patriotic Party", "Electoral Commission (Ghana)", "Jubilee House"],
    calls=[call("c1", "B_E_bawumia_mahama_2024_12_08", ["Mahamudu Bawumia", MA], "2024-12-08",
                caller="Mahamudu Bawumia"),
           call("c2", "B_E_mottley_mahama_2024_12_09", [MO, MA], "2024-12-09", caller=MO),
           call("c3", "B_E_tinubu_mahama_2024_12_09", ["Bola Tinubu", MA], "2024-12-09", caller="Bola Tinubu"),
           call("c4", "B_E_akufoaddo_mahama_2024_12_09", ["Nana Addo Dankwa Akufo-Addo", MA], "2024-12-09",
                caller="Nana Addo Dankwa Akufo-Addo"),
           call("c5", "B_E_mahama_faye_2024_12", [MA, "Bassirou Diomaye Faye"], None, required=False),
           call("c6", "B_P_mahama_ouattara_2024_12", [MA, "Alassane Ouattara"], None, status="planned")],
    rb=[rb("c1", "X", True), rb("c1", "JoyNews", False), rb("c3", "News Agency of Nigeria", True),
        rb("c4", "Ghana Broadcasting Corporation", True)])

A["1318"] = dict(
    ents=[CJ, AH, "Jovenel Moïse", "Iván Duque", "Luis Abinader", "Antony Blinken", "Léon Charles",
          "Marie-Carmelle Dorsainvil", "Kevin Aldridge", "Matías Delgado", "Associated Press", "Twitter",
          "Listín Diario", "CDN", "Le Nouvelliste", "Radio Télé Métropole", "Haiti", "Colombia",
          "Dominican Republic", "United States", "United Nations", "State Department"],
    calls=[call("c1", "B_E_duque_joseph_2021_07_08", ["Iván Duque", CJ], "2021-07-08", caller="Iván Duque"),
           call("c2", "B_E_abinader_joseph_2021_07_08", ["Luis Abinader", CJ], "2021-07-08"),
           call("c3", "B_E_blinken_joseph_2021_07_07", ["Antony Blinken", CJ], "2021-07-07", caller="Antony Blinken"),
           call("c4", "B_A_henry_joseph_2021_07_08", [AH, CJ], "2021-07-08", status="attempted", caller=AH),
           call("c5", "B_D_joseph_henry_2021_07_07", [CJ, AH], "2021-07-07", status="denied")],
    rb=[rb("c1", "Twitter", True), rb("c2", "Listín Diario", True), rb("c2", "CDN", True),
        rb("c4", "Le Nouvelliste", True), rb("c5", "Radio Télé Métropole", True),
        rb("c5", "Associated Press", False)])

A["1319"] = dict(
    ents=[MS, CH, "Umaro Sissoco Embaló", "Cyril Ramaphosa", "Russell Mmiso Dlamini", "Venâncio Mondlane",
          "Sibusiso Mamba", "Eswatini", "Mozambique", "Guinea-Bissau", "South Africa",
          "Ministry of Commerce, Industry and Trade (Eswatini)"],
    calls=[call("c1", "B_E_chapo_mswati_2025_01_20", [CH, MS], "2025-01-20", caller=CH),
           call("c2", "B_P_mswati_chapo_2025_01", [MS, CH], None, status="planned"),
           call("c3", "B_E_chapo_ramaphosa_2025_01", [CH, "Cyril Ramaphosa"], None)],
    rb=[])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind14, part B): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline where the text anchors to it; where local dates differ "
        "across time zones, the event date is the UTC date of the call. See README.md."),
        "articles": {}}
    for key in sorted(A):
        spec = A[key]
        fname = files[key]
        text = (ART / fname).read_text(encoding="utf-8")
        ents = []
        for name in spec["ents"]:
            typ, forms = REG[name]
            aliases = [f for f in forms if f != name and occurs(f, text)]
            ents.append({"name": name, "type": typ, "aliases": aliases})
        out["articles"][fname] = {
            "published": meta[fname]["published"],
            "entities": ents,
            "calls": spec["calls"],
            "reported_by": spec["rb"],
        }
    (ROOT / "gold.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", ROOT / "gold.json", len(out["articles"]), "articles")


if __name__ == "__main__":
    main()
