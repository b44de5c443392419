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
# ---- people used in several articles
DM, KM, BRO = "Dickon Mitchell", "Keith Mitchell", "Gaston Browne"
MUS, RUTO, KEN = "Yoweri Museveni", "William Ruto", "Uhuru Kenyatta"
SAMIA, HSM = "Samia Suluhu Hassan", "Hassan Sheikh Mohamud"
MATT, STEIN, VDB = "Sergio Mattarella", "Frank-Walter Steinmeier", "Alexander Van der Bellen"
HALLA = "Halla Tómasdóttir"
# ---- events told by more than one article
KM_DM = "B_E_kmitchell_dmitchell_2022_06_23"
BRO_DM = "B_E_browne_dmitchell_2022_06_24"
MUS_RUTO = "B_E_museveni_ruto_2022_08_15"
SAMIA_RUTO = "B_E_samia_ruto_2022_08_16"
HSM_RUTO = "B_E_hsm_ruto_2022_08_16"
STEIN_MATT = "B_E_steinmeier_mattarella_2022_01_30"

A["2010"] = dict(
    ents=[DM, KM, BRO, "Ralph Gonsalves", "Philip J. Pierre", "Mia Mottley", "Miguel Díaz-Canel",
          "Cécile La Grenade", "Caribbean Media Corporation", "Grenada Broadcasting Network", "Facebook", "Twitter",
          "Grenada", "Antigua and Barbuda", "Rwanda", "Saint Vincent and the Grenadines", "Saint Lucia", "Barbados",
          "Cuba", "Guyana", "Suriname", "National Democratic Congress (Grenada)", "New National Party (Grenada)"],
    calls=[call("c1", KM_DM, [KM, DM], "2022-06-23", caller=KM),
           call("c2", BRO_DM, [BRO, DM], "2022-06-24", caller=BRO),
           call("c3", "B_E_gonsalves_dmitchell_2022_06_24", ["Ralph Gonsalves", DM], "2022-06-24",
                caller="Ralph Gonsalves"),
           call("c4", "B_E_dmitchell_pierre_2022_06_24", [DM, "Philip J. Pierre"], "2022-06-24"),
           call("c5", "B_P_dmitchell_mottley_2022_06_24", [DM, "Mia Mottley"], "2022-06-24", status="planned")],
    rb=[rb("c1", "Grenada Broadcasting Network", True), rb("c2", "Facebook", True),
        rb("c1", "Caribbean Media Corporation", False), rb("c2", "Caribbean Media Corporation", False)])

A["2011"] = dict(
    ents=[BRO, DM, KM, "Rodney Williams", "Philip J. Pierre", "Ralph Gonsalves", "Antigua and Barbuda", "Grenada",
          "Rwanda", "Saint Lucia", "Saint Vincent and the Grenadines",
          "Office of the Prime Minister (Antigua and Barbuda)", "National Democratic Congress (Grenada)",
          "Organisation of Eastern Caribbean States"],
    calls=[call("c1", BRO_DM, [BRO, DM], "2022-06-24", caller=BRO),
           call("c2", KM_DM, [KM, DM], "2022-06-23"),
           call("c3", "B_E_browne_williams_2022_06_23", [BRO, "Rodney Williams"], "2022-06-23"),
           call("c4", "B_P_browne_dmitchell_video_2022_06", [BRO, DM], None, status="planned")],
    rb=[])

A["2012"] = dict(
    ents=[MUS, RUTO, KEN, "Raila Odinga", "Wafula Chebukati", "Jeje Odongo", "Raychelle Omamo", "Agnes Nakiwala",
          "UBC Television", "Twitter", "Daily Monitor", "Uganda", "Kenya", "State House (Uganda)",
          "Independent Electoral and Boundaries Commission", "Azimio la Umoja"],
    calls=[call("c1", MUS_RUTO, [MUS, RUTO], "2022-08-15", caller=MUS),
           call("c2", "B_P_museveni_kenyatta_2022_08", [MUS, KEN], None, status="planned"),
           call("c3", "B_E_odongo_omamo_2022_08_15", ["Jeje Odongo", "Raychelle Omamo"], "2022-08-15")],
    rb=[rb("c1", "UBC Television", True), rb("c1", "Twitter", True)])

A["2013"] = dict(
    ents=[RUTO, MUS, SAMIA, HSM, "Abiy Ahmed", KEN, "Raila Odinga", "Rigathi Gachagua", "Wafula Chebukati",
          "Capital FM", "Kenya", "Somalia", "Independent Electoral and Boundaries Commission", "Bomas of Kenya",
          "Supreme Court of Kenya"],
    calls=[call("c1", MUS_RUTO, [MUS, RUTO], "2022-08-15", caller=MUS),
           call("c2", SAMIA_RUTO, [SAMIA, RUTO], "2022-08-16", caller=SAMIA),
           call("c3", HSM_RUTO, [HSM, RUTO], "2022-08-16", caller=HSM),
           call("c4", "B_A_ruto_kenyatta_2022_08_16", [RUTO, KEN], "2022-08-16", status="attempted", caller=RUTO)],
    rb=[])

A["2014"] = dict(
    ents=[RUTO, MUS, SAMIA, HSM, "Tamim bin Hamad Al Thani", "Abiy Ahmed", KEN, "Paul Kagame", "Kanze Dena",
          "Hussein Mohamed", "Mercy Wanjiku", "Kenya News Agency", "The Star (Kenya)", "Qatar News Agency", "Kenya",
          "Uganda", "Tanzania", "Somalia", "Qatar", "Ethiopia", "Rwanda", "Supreme Court of Kenya",
          "Bomas of Kenya", "State House (Kenya)"],
    calls=[call("c1", MUS_RUTO, [MUS, RUTO], "2022-08-15", caller=MUS),
           call("c2", SAMIA_RUTO, [SAMIA, RUTO], "2022-08-16"),
           call("c3", HSM_RUTO, [HSM, RUTO], "2022-08-16", caller=HSM),
           call("c4", "B_E_tamim_ruto_2022_09_06", ["Tamim bin Hamad Al Thani", RUTO], "2022-09-06",
                caller="Tamim bin Hamad Al Thani"),
           call("c5", "B_E_ruto_abiy_2022_09_07", [RUTO, "Abiy Ahmed"], "2022-09-07"),
           call("c6", "B_D_kenyatta_ruto_2022_09_05", [KEN, RUTO], "2022-09-05", status="denied", caller=KEN),
           call("c7", "B_P_ruto_kagame_2022_09", [RUTO, "Paul Kagame"], None, status="planned")],
    rb=[rb("c4", "Qatar News Agency", True), rb("c5", "Kenya News Agency", True), rb("c6", "The Star (Kenya)", True)])

A["2015"] = dict(
    ents=[MATT, "Emmanuel Macron", STEIN, "Felipe VI", VDB, "Ignazio Cassis", "Pope Francis", "Mario Draghi",
          "Enrico Letta", "Giorgia Meloni", "Roberto Fico", "Matteo Salvini", "ANSA", "APA", "Twitter", "Italy",
          "France", "Germany", "Spain", "Austria", "Switzerland", "Quirinale", "Spanish Royal Household",
          "League (Italy)", "Democratic Party (Italy)", "Brothers of Italy"],
    calls=[call("c1", "B_E_macron_mattarella_2022_01_29", ["Emmanuel Macron", MATT], "2022-01-29",
                caller="Emmanuel Macron"),
           call("c2", STEIN_MATT, [STEIN, MATT], "2022-01-30", caller=STEIN),
           call("c3", "B_E_felipe_mattarella_2022_01_30", ["Felipe VI", MATT], "2022-01-30", caller="Felipe VI"),
           call("c4", "B_E_mattarella_vanderbellen_2022_01_30", [MATT, VDB], "2022-01-30"),
           call("c5", "B_E_mattarella_cassis_2022_01", [MATT, "Ignazio Cassis"], None, required=False)],
    rb=[rb("c3", "Twitter", True), rb("c4", "APA", True), rb("c1", "ANSA", False), rb("c5", "ANSA", False)])

A["2016"] = dict(
    ents=[STEIN, VDB, MATT, "Olaf Scholz", "Vladimir Putin", "Volodymyr Zelenskyy", "Joe Biden", "Emmanuel Macron",
          "Mario Draghi", "Boris Johnson", "Annalena Baerbock", "Dmytro Kuleba", "ZDF", "Der Spiegel", "dpa", "AFP",
          "Germany", "Austria", "Italy", "Russia", "Ukraine", "United States", "France", "United Kingdom",
          "Federal Convention", "Foreign Office (Germany)"],
    calls=[call("c1", "B_E_vanderbellen_steinmeier_2022_02_13", [VDB, STEIN], "2022-02-13", caller=VDB),
           call("c2", STEIN_MATT, [STEIN, MATT], "2022-01-30", caller=STEIN),
           call("c3", "B_P_steinmeier_zelenskyy_2022_02", [STEIN, "Volodymyr Zelenskyy"], None, status="planned"),
           call("c4", "B_E_biden_allies_video_2022_02_11",
                ["Joe Biden", "Olaf Scholz", "Emmanuel Macron", "Mario Draghi", "Boris Johnson"], "2022-02-11"),
           call("c5", "B_E_baerbock_kuleba_2022_02_12", ["Annalena Baerbock", "Dmytro Kuleba"], "2022-02-12")],
    rb=[rb("c1", "ZDF", True), rb("c3", "Der Spiegel", True), rb("c1", "dpa", False), rb("c1", "AFP", False)])

A["2017"] = dict(
    ents=[HALLA, "Katrín Jakobsdóttir", "Halla Hrund Logadóttir", "Baldur Þórhallsson", "Guðni Th. Jóhannesson",
          "Bjarni Benediktsson", "Gitanas Nausėda", "Alexander Stubb", "Jón Gnarr", "RÚV", "mbl.is", "Vísir", "X",
          "Yle", "Iceland", "Lithuania", "Finland", "Office of the President (Iceland)"],
    calls=[call("c1", "B_E_katrin_halla_2024_06_02", ["Katrín Jakobsdóttir", HALLA], "2024-06-02",
                caller="Katrín Jakobsdóttir"),
           call("c2", "B_E_hallahrund_halla_2024_06_02", ["Halla Hrund Logadóttir", HALLA], "2024-06-02",
                caller="Halla Hrund Logadóttir"),
           call("c3", "B_A_baldur_halla_2024_06_02", ["Baldur Þórhallsson", HALLA], "2024-06-02",
                status="attempted", caller="Baldur Þórhallsson"),
           call("c4", "B_E_gudni_halla_2024_06_02", ["Guðni Th. Jóhannesson", HALLA], "2024-06-02",
                caller="Guðni Th. Jóhannesson"),
           call("c5", "B_E_bjarni_halla_2024_06_02", ["Bjarni Benediktsson", HALLA], "2024-06-02"),
           call("c6", "B_E_nauseda_halla_2024_06_02", ["Gitanas Nausėda", HALLA], "2024-06-02"),
           call("c7", "B_P_stubb_halla_2024_06_03", ["Alexander Stubb", HALLA], "2024-06-03", status="planned",
                caller="Alexander Stubb")],
    rb=[rb("c1", "mbl.is", True), rb("c2", "RÚV", False), rb("c3", "Vísir", True), rb("c6", "X", True),
        rb("c7", "Yle", True)])

A["2018"] = dict(
    ents=["Gustavo Petro", "Joe Biden", "Iván Duque", "Pedro Sánchez", "Nicolás Maduro", "Rodolfo Hernández",
          "Francia Márquez", "El Tiempo", "Caracol Radio", "Twitter", "VTV", "Facebook", "AFP", "Colombia",
          "United States", "Spain", "Venezuela", "White House"],
    calls=[call("c1", "B_E_biden_petro_2022_06_21", ["Joe Biden", "Gustavo Petro"], "2022-06-21", caller="Joe Biden"),
           call("c2", "B_E_duque_petro_2022_06_19", ["Iván Duque", "Gustavo Petro"], "2022-06-19", caller="Iván Duque"),
           call("c3", "B_E_sanchez_petro_2022_06_19", ["Pedro Sánchez", "Gustavo Petro"], "2022-06-19",
                caller="Pedro Sánchez"),
           call("c4", "B_P_maduro_petro_2022_06", ["Nicolás Maduro", "Gustavo Petro"], None, status="planned")],
    rb=[rb("c1", "Twitter", True), rb("c2", "El Tiempo", True), rb("c2", "Caracol Radio", True),
        rb("c4", "VTV", True), rb("c1", "AFP", False)])

A["2019"] = dict(
    ents=["Mette Frederiksen", "Donald Trump", "Jeppe Kofod", "Mike Pompeo", "Margrethe II", "Kim Kielsen", "Ritzau",
          "DR", "B.T.", "Denmark", "United States", "Greenland", "Prime Minister's Office (Denmark)",
          "Royal House (Denmark)"],
    calls=[call("c1", "B_E_trump_frederiksen_2019_08_22", ["Mette Frederiksen", "Donald Trump"], "2019-08-22"),
           call("c2", "B_E_kofod_pompeo_2019_08_21", ["Jeppe Kofod", "Mike Pompeo"], "2019-08-21"),
           call("c3", "B_D_trump_margrethe_2019_08_20", ["Donald Trump", "Margrethe II"], "2019-08-20",
                status="denied", caller="Donald Trump"),
           call("c4", "B_E_frederiksen_kielsen_2019_08", ["Mette Frederiksen", "Kim Kielsen"], None)],
    rb=[rb("c1", "Ritzau", True), rb("c2", "DR", True), rb("c3", "B.T.", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind21, part B): 10 articles written for this set (not real published text), each "
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
