#!/usr/bin/env python3
"""Build ../gold.json (blind4, part A) from the hand annotation below and the registry of names.

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



MAC, SALL, FAYE, SAIED, MEL = "Emmanuel Macron", "Macky Sall", "Bassirou Diomaye Faye", "Kais Saied", "Giorgia Meloni"
CONTE, SAN, MERK, BOR, HOL = "Giuseppe Conte", "Pedro Sánchez", "Angela Merkel", "Gabriel Boric", "Andrew Holness"

A = {}

A["300"] = dict(
    ents=["Yahya Jammeh", "Adama Barrow", SALL, "Ellen Johnson Sirleaf", "Alieu Momar Njai",
          "Gambia Radio and Television Services", "Foroyaa", "Independent Electoral Commission (Gambia)", "ECOWAS"],
    calls=[call("c1", "A_E_jammeh_barrow_2016_12_02", ["Yahya Jammeh", "Adama Barrow"], "2016-12-02",
                caller="Yahya Jammeh"),
           call("c2", "A_E_sall_barrow_2016_12_02", [SALL, "Adama Barrow"], "2016-12-02"),
           call("c3", "A_E_sirleaf_barrow_2016_12_03", ["Ellen Johnson Sirleaf", "Adama Barrow"], "2016-12-03",
                caller="Ellen Johnson Sirleaf")],
    rb=[rb("c1", "Gambia Radio and Television Services", True), rb("c2", "Foroyaa", False)])

A["301"] = dict(
    ents=[MAC, CONTE, SAN, MERK, "Matteo Salvini", "Luigi Di Maio", "Enzo Moavero Milanesi", "Nathalie Loiseau",
          "Corriere della Sera", "The Local", "Italy", "France", "Spain", "Germany", "Élysée", "Palazzo Chigi"],
    calls=[call("c1", "A_E_macron_conte_2018_06_13", [MAC, CONTE], "2018-06-13", caller=MAC),
           call("c2", "A_E_conte_sanchez_2018_06_14", [CONTE, SAN], "2018-06-14"),
           call("c3", "A_P_conte_merkel_2018_06", [CONTE, MERK], None, status="planned", caller=CONTE)],
    rb=[rb("c1", "Corriere della Sera", True)])

EU = ["Robert Abela", "Charles Michel", CONTE, SAN, MERK, "Mark Rutte", "Ursula von der Leyen"]
A["302"] = dict(
    ents=EU + ["Fayez al-Sarraj", "Evarist Bartolo", "Mohamed Siala", "Times of Malta", "Malta", "Libya",
               "European Union", "European Commission", "Eurogroup", "Government of National Accord",
               "Office of the Prime Minister (Malta)"],
    calls=[call("c1", "A_E_eu_video_2020_03_26", EU, "2020-03-26"),
           call("c2", "A_E_abela_sarraj_2020_03_24", ["Robert Abela", "Fayez al-Sarraj"], "2020-03-24"),
           call("c3", "A_E_bartolo_siala_2020_03_25", ["Evarist Bartolo", "Mohamed Siala"], "2020-03-25")],
    rb=[])

A["303"] = dict(
    ents=["Sebastián Piñera", BOR, "José Antonio Kast", "Alberto Fernández", "Pedro Castillo", "Twitter",
          "Santiago Times", "Chile", "Argentina", "La Moneda", "Servel"],
    calls=[call("c1", "A_E_pinera_boric_2021_12_19", ["Sebastián Piñera", BOR], "2021-12-19",
                caller="Sebastián Piñera"),
           call("c2", "A_E_kast_boric_2021_12_19", ["José Antonio Kast", BOR], "2021-12-19",
                caller="José Antonio Kast"),
           call("c3", "A_E_fernandez_boric_2021_12_20", ["Alberto Fernández", BOR], "2021-12-20",
                caller="Alberto Fernández"),
           call("c4", "A_E_boric_castillo_2021_12", [BOR, "Pedro Castillo"], None, required=False)],
    rb=[rb("c1", "Twitter", True)])

A["304"] = dict(
    ents=[SAIED, MEL, "Najla Bouden", "Abdelmadjid Tebboune", "Facebook", "Tunis Afrique Presse", "Tunisia",
          "Italy", "Presidency of the Republic (Tunisia)", "Carthage Palace", "International Monetary Fund"],
    calls=[call("c1", "A_E_meloni_saied_2023_06_01", [SAIED, MEL], "2023-06-01", caller=MEL)],
    rb=[rb("c1", "Facebook", True), rb("c1", "Tunis Afrique Presse", False)])

A["305"] = dict(
    ents=[MEL, SAIED, "Matteo Piantedosi", "Kamel Feki", "Antonio Tajani", "Nabil Ammar", "Elly Schlein", "ANSA",
          "RAI", "Italy", "Tunisia", "International Monetary Fund", "European Commission"],
    calls=[call("c1", "A_E_meloni_saied_2023_06_01", [MEL, SAIED], "2023-06-01"),
           call("c2", "A_E_piantedosi_feki_2023_05_31", ["Matteo Piantedosi", "Kamel Feki"], "2023-05-31"),
           call("c3", "A_P_tajani_ammar_2023_06_05", ["Antonio Tajani", "Nabil Ammar"], "2023-06-05",
                status="planned")],
    rb=[rb("c1", "ANSA", False), rb("c2", "RAI", True)])

A["306"] = dict(
    ents=["Mohamed Bazoum", "Antony Blinken", "Bola Tinubu", "Patrice Talon", SALL, "António Guterres",
          "Stéphane Dujarric", MAC, "Amadou Abdramane", "X", "RFI", "Télé Sahel", "Niger", "Nigeria", "Benin",
          "Senegal", "France", "ECOWAS", "African Union", "State Department", "Élysée"],
    calls=[call("c1", "A_E_blinken_bazoum_2023_07_26", ["Antony Blinken", "Mohamed Bazoum"], "2023-07-26",
                caller="Antony Blinken"),
           call("c2", "A_P_blinken_tinubu_2023_07_27", ["Antony Blinken", "Bola Tinubu"], "2023-07-27",
                status="planned"),
           call("c3", "A_A_sall_bazoum_2023_07_26", [SALL, "Mohamed Bazoum"], "2023-07-26", status="attempted",
                caller=SALL),
           call("c4", "A_E_guterres_bazoum_2023_07_26", ["António Guterres", "Mohamed Bazoum"], "2023-07-26"),
           call("c5", "A_E_macron_bazoum_2023_07_26", [MAC, "Mohamed Bazoum"], "2023-07-26")],
    rb=[rb("c1", "X", True), rb("c3", "RFI", False)])

A["307"] = dict(
    ents=[FAYE, "Mohamed Ould Ghazouani", "Amadou Ba", MAC, "Bola Tinubu", SAN, "Umaro Sissoco Embaló", SALL,
          "Ousmane Sonko", "Agence de Presse Sénégalaise", "Facebook", "X", "Guinea-Bissau", "ECOWAS", "Pastef",
          "Constitutional Council (Senegal)"],
    calls=[call("c1", "A_E_ghazouani_faye_2024_03_25", ["Mohamed Ould Ghazouani", FAYE], "2024-03-25",
                caller="Mohamed Ould Ghazouani"),
           call("c2", "A_E_macron_faye_2024_03_26", [MAC, FAYE], "2024-03-26", caller=MAC),
           call("c3", "A_E_faye_tinubu_2024_03_27", [FAYE, "Bola Tinubu"], "2024-03-27"),
           call("c4", "A_E_sanchez_faye_2024_03_28", [SAN, FAYE], "2024-03-28", caller=SAN),
           call("c5", "A_E_faye_embalo_2024_03", [FAYE, "Umaro Sissoco Embaló"], None, required=False)],
    rb=[rb("c2", "Facebook", True)] + [rb(c, "Agence de Presse Sénégalaise", False) for c in ("c1", "c2", "c3", "c4")])

A["308"] = dict(
    ents=[MAC, FAYE, "Ousmane Sonko", SALL, "Vladimir Putin", "X", "Telegram", "The Africa Report", "Senegal",
          "Élysée"],
    calls=[call("c1", "A_E_macron_faye_2024_03_26", [MAC, FAYE], "2024-03-26", caller=MAC),
           call("c2", "A_E_macron_sall_2024_02", [MAC, SALL], None),
           call("c3", "A_D_putin_faye_2024_03", ["Vladimir Putin", FAYE], None, status="denied",
                caller="Vladimir Putin")],
    rb=[rb("c1", "X", True), rb("c3", "Telegram", True)])

A["309"] = dict(
    ents=[MEL, SAIED, "Abdelmadjid Tebboune", "Abdul Hamid Dbeibah", "Ayachi Zammel", "Elly Schlein", "Agenzia Nova",
          "Tunis Afrique Presse", "Italy", "Tunisia", "Libya", "Palazzo Chigi", "ISIE", "European Union",
          "Democratic Party (Italy)", "Government of National Unity"],
    calls=[call("c1", "A_E_meloni_saied_2024_10_07", [MEL, SAIED], "2024-10-07", caller=MEL),
           call("c2", "A_E_tebboune_saied_2024_10_07", ["Abdelmadjid Tebboune", SAIED], "2024-10-07",
                caller="Abdelmadjid Tebboune"),
           call("c3", "A_E_saied_dbeibah_2024_10", [SAIED, "Abdul Hamid Dbeibah"], None, required=False)],
    rb=[rb("c1", "Tunis Afrique Presse", True), rb("c1", "Agenzia Nova", False)])

A["310"] = dict(
    ents=[HOL, "Keir Starmer", "Mark Carney", "Mia Mottley", "Irfaan Ali", "Ralph Gonsalves", "Miguel Díaz-Canel",
          "Marco Rubio", "X", "Caribbean Media Corporation", "Jamaica", "Cuba", "Haiti", "Guyana", "Barbados",
          "CARICOM", "Office of the Prime Minister (Jamaica)",
          "Office of Disaster Preparedness and Emergency Management"],
    calls=[call("c1", "A_E_starmer_holness_2025_10_29", ["Keir Starmer", HOL], "2025-10-29", caller="Keir Starmer"),
           call("c2", "A_E_carney_holness_2025_10_28", ["Mark Carney", HOL], "2025-10-28", caller="Mark Carney"),
           call("c3", "A_E_mottley_holness_2025_10_29", ["Mia Mottley", HOL], "2025-10-29"),
           call("c4", "A_E_rubio_holness_2025_10_28", ["Marco Rubio", HOL], "2025-10-28"),
           call("c5", "A_P_caricom_video_2025_10_31", [HOL, "Irfaan Ali", "Ralph Gonsalves"], "2025-10-31",
                status="planned")],
    rb=[rb("c4", "X", True)] + [rb(c, "Caribbean Media Corporation", False) for c in ("c1", "c2", "c3", "c4")])

A["311"] = dict(
    ents=["Gustavo Petro", "Daniel Noboa", BOR, "Rosa Villavicencio", "Gabriela Sommerfeld", "X",
          "The City Paper Bogotá", "Colombia", "Ecuador", "Andean Community"],
    calls=[call("c1", "A_A_petro_noboa_2026_01_21", ["Gustavo Petro", "Daniel Noboa"], "2026-01-21",
                status="attempted", caller="Gustavo Petro"),
           call("c2", "A_E_villavicencio_sommerfeld_2026_01_22", ["Rosa Villavicencio", "Gabriela Sommerfeld"],
                "2026-01-22"),
           call("c3", "A_E_petro_boric_2026_01_23", ["Gustavo Petro", BOR], "2026-01-23"),
           call("c4", "A_P_boric_noboa_2026_01", [BOR, "Daniel Noboa"], None, status="planned", required=False)],
    rb=[rb("c1", "X", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:3]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind4, part A): 12 articles written for this set (not real published text), each "
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
