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
KEN, ABIY, CONTE, MACRON = "Uhuru Kenyatta", "Abiy Ahmed", "Giuseppe Conte", "Emmanuel Macron"
STORE, MARIN, KALLAS = "Jonas Gahr Støre", "Sanna Marin", "Kaja Kallas"
MADURO, GONS = "Nicolás Maduro", "Ralph Gonsalves"
MACH, DAG, HAAV, HUIT, LAR = "James Macharia", "Dagmawit Moges", "Pekka Haavisto", "Anniken Huitfeldt", "Irwin LaRocque"
# ---- events told by more than one article
KEN_ABIY = "B_E_kenyatta_abiy_2019_03_10"      # 3010, 3011, 3019
MAC_CONTE = "B_E_macron_conte_2018_08_14"      # 3012, 3013
MARIN_STORE = "B_E_marin_store_2021_10_14"     # 3014, 3016
KALLAS_STORE = "B_E_kallas_store_2021_10_14"   # 3014, 3015
MAD_GONS = "B_E_maduro_gonsalves_2021_04_09"   # 3017, 3018

A["3010"] = dict(
    ents=[KEN, ABIY, "Donald Trump", "Monica Juma", "Chrystia Freeland", MACH, DAG, "Wanjiku Muriithi", "Eric Otieno",
          "Daily Nation", "The Standard", "Twitter",
          "Kenya", "Ethiopia", "Canada", "United States",
          "State House (Kenya)", "Ethiopian Airlines", "Kenya Airports Authority", "Boeing"],
    calls=[call("c1", KEN_ABIY, [KEN, ABIY], "2019-03-10", caller=KEN),
           call("c2", "B_E_macharia_dagmawit_2019_03_11", [MACH, DAG], "2019-03-11", caller=MACH),
           call("c3", "B_D_kenyatta_trump_2019_03_10", [KEN, "Donald Trump"], "2019-03-10", status="denied",
                caller=KEN),
           call("c4", "B_P_juma_freeland_2019_03_12", ["Monica Juma", "Chrystia Freeland"], "2019-03-12",
                status="planned")],
    rb=[rb("c1", "Twitter", True), rb("c3", "The Standard", True)])

A["3011"] = dict(
    ents=[ABIY, KEN, "Justin Trudeau", "Tamim bin Hamad Al Thani", CONTE, "Sahle-Work Zewde", "Tewolde GebreMariam",
          "The Ethiopian Herald", "Facebook", "Ethiopian News Agency",
          "Ethiopia", "Kenya", "Canada", "Qatar", "Italy",
          "Office of the Prime Minister (Ethiopia)", "Ethiopian Airlines", "Ethiopian Civil Aviation Authority", "Boeing"],
    calls=[call("c1", KEN_ABIY, [KEN, ABIY], "2019-03-10", caller=KEN),
           call("c2", "B_E_trudeau_abiy_2019_03_11", ["Justin Trudeau", ABIY], "2019-03-11", caller="Justin Trudeau"),
           call("c3", "B_E_tamim_abiy_2019_03_12", ["Tamim bin Hamad Al Thani", ABIY], "2019-03-12",
                caller="Tamim bin Hamad Al Thani"),
           call("c4", "B_E_abiy_conte_2019_03_12", [ABIY, CONTE], "2019-03-12")],
    rb=[rb("c1", "Facebook", True), rb("c2", "Facebook", True),
        rb("c3", "Ethiopian News Agency", True), rb("c4", "Ethiopian News Agency", True)])

A["3012"] = dict(
    ents=[MACRON, CONTE, "Pedro Sánchez", "Jean-Claude Juncker", "Enzo Moavero Milanesi", "Jean-Yves Le Drian",
          "Giovanni Castellucci", "Danilo Toninelli", "Matteo Salvini", "Marco Bucci",
          "ANSA", "Twitter", "RAI",
          "France", "Italy", "Spain",
          "Palazzo Chigi", "Autostrade per l'Italia", "Foreign Ministry (Italy)"],
    calls=[call("c1", MAC_CONTE, [MACRON, CONTE], "2018-08-14", caller=MACRON),
           call("c2", "B_E_sanchez_conte_2018_08_15", ["Pedro Sánchez", CONTE], "2018-08-15", caller="Pedro Sánchez"),
           call("c3", "B_E_ledrian_moavero_2018_08_15", ["Enzo Moavero Milanesi", "Jean-Yves Le Drian"], "2018-08-15",
                caller="Jean-Yves Le Drian"),
           call("c4", "B_A_castellucci_conte_2018_08_14", ["Giovanni Castellucci", CONTE], "2018-08-14",
                status="attempted", caller="Giovanni Castellucci"),
           call("c5", "B_P_conte_juncker_2018_08_16", [CONTE, "Jean-Claude Juncker"], "2018-08-16", status="planned")],
    rb=[rb("c1", "Twitter", True), rb("c1", "ANSA", False), rb("c2", "ANSA", False), rb("c3", "ANSA", False)])

A["3013"] = dict(
    ents=[MACRON, CONTE, "Édouard Philippe", "Sergio Mattarella", "Jean-Yves Le Drian", "Luigi Di Maio",
          "AFP", "La Stampa", "ANSA",
          "France", "Italy",
          "Elysee", "Matignon", "Autostrade per l'Italia"],
    calls=[call("c1", MAC_CONTE, [MACRON, CONTE], "2018-08-14"),
           call("c2", "B_E_philippe_conte_2018_08_15", ["Édouard Philippe", CONTE], "2018-08-15",
                caller="Édouard Philippe"),
           call("c3", "B_E_macron_mattarella_2018_08", [MACRON, "Sergio Mattarella"], None, required=False)],
    rb=[rb("c1", "La Stampa", True), rb("c1", "ANSA", True), rb("c1", "AFP", False), rb("c2", "AFP", False)])

A["3014"] = dict(
    ents=[STORE, "Harald V", "Erna Solberg", "Mette Frederiksen", MARIN, KALLAS, "Carl XVI Gustaf", "Agnes Brekke",
          "VG", "Instagram", "ERR", "TT", "The Local",
          "Norway", "Denmark", "Finland", "Estonia", "Sweden",
          "Swedish Royal Court"],
    calls=[call("c1", "B_E_solberg_store_2021_10_13", ["Erna Solberg", STORE], "2021-10-13", caller="Erna Solberg"),
           call("c2", "B_E_frederiksen_store_2021_10_14", ["Mette Frederiksen", STORE], "2021-10-14",
                caller="Mette Frederiksen"),
           call("c3", MARIN_STORE, [MARIN, STORE], "2021-10-14"),
           call("c4", KALLAS_STORE, [KALLAS, STORE], "2021-10-14", caller=KALLAS),
           call("c5", "B_E_carlgustaf_harald_2021_10_14", ["Carl XVI Gustaf", "Harald V"], "2021-10-14",
                caller="Carl XVI Gustaf")],
    rb=[rb("c1", "VG", True), rb("c2", "Instagram", True), rb("c4", "ERR", True), rb("c5", "TT", True)])

A["3015"] = dict(
    ents=[KALLAS, STORE, "Krišjānis Kariņš", "Erna Solberg", "Eva-Maria Liimets", HUIT,
          "ERR",
          "Estonia", "Norway", "Latvia", "Russia",
          "Government Office (Estonia)", "Ministry of Foreign Affairs (Estonia)", "NATO", "Nordic-Baltic Eight"],
    calls=[call("c1", KALLAS_STORE, [KALLAS, STORE], "2021-10-14"),
           call("c2", "B_P_liimets_huitfeldt_2021_10_18", ["Eva-Maria Liimets", HUIT], "2021-10-18", status="planned"),
           call("c3", "B_E_kallas_karins_2021_10", [KALLAS, "Krišjānis Kariņš"], None, required=False)],
    rb=[])

A["3016"] = dict(
    ents=[MARIN, STORE, HAAV, HUIT, "Gabrielius Landsbergis", "Ann Linde", "Jeppe Kofod", "Guðlaugur Þór Þórðarson",
          "Sergei Lavrov", "Mikko Lehtinen",
          "Yle News", "NRK",
          "Norway", "Finland", "Russia", "Belarus", "Lithuania"],
    calls=[call("c1", "B_E_haavisto_huitfeldt_2021_10_15", [HAAV, HUIT], "2021-10-15", caller=HAAV),
           call("c2", MARIN_STORE, [MARIN, STORE], "2021-10-14", caller=MARIN),
           call("c3", "B_E_landsbergis_haavisto_2021_10", ["Gabrielius Landsbergis", HAAV], None,
                caller="Gabrielius Landsbergis"),
           call("c4", "B_P_nordic_fm_video_2021_10_18", [HAAV, HUIT, "Ann Linde", "Jeppe Kofod",
                                                         "Guðlaugur Þór Þórðarson"], "2021-10-18", status="planned")],
    rb=[rb("c1", "NRK", True)])

A["3017"] = dict(
    ents=[MADURO, GONS, "Keith Rowley", "Mia Mottley", "Gaston Browne", LAR, "Susan Dougan",
          "NBC Radio", "CMC",
          "Venezuela", "St Vincent and the Grenadines", "Trinidad and Tobago", "Barbados", "Antigua and Barbuda",
          "CARICOM", "UWI Seismic Research Centre"],
    calls=[call("c1", MAD_GONS, [MADURO, GONS], "2021-04-09", caller=MADURO),
           call("c2", "B_A_rowley_gonsalves_2021_04_09", ["Keith Rowley", GONS], "2021-04-09", status="attempted",
                caller="Keith Rowley"),
           call("c3", "B_E_caricom_video_2021_04_09", [GONS, "Keith Rowley", "Mia Mottley", "Gaston Browne", LAR],
                "2021-04-09")],
    rb=[rb("c1", "NBC Radio", True), rb("c1", "CMC", False), rb("c3", "CMC", False)])

A["3018"] = dict(
    ents=[MADURO, GONS, "Miguel Díaz-Canel", "Jorge Arreaza", LAR,
          "Venezolana de Televisión", "Twitter", "teleSUR",
          "Venezuela", "St Vincent and the Grenadines", "Cuba", "Barbados", "Saint Lucia", "United States",
          "CARICOM", "ALBA-TCP", "Soufrière Monitoring Unit"],
    calls=[call("c1", MAD_GONS, [MADURO, GONS], "2021-04-09"),
           call("c2", "B_E_arreaza_larocque_2021_04_10", ["Jorge Arreaza", LAR], "2021-04-10"),
           call("c3", "B_E_diazcanel_gonsalves_2021_04_10", ["Miguel Díaz-Canel", GONS], "2021-04-10",
                caller="Miguel Díaz-Canel")],
    rb=[rb("c1", "Venezolana de Televisión", True), rb("c3", "Twitter", True)])

A["3019"] = dict(
    ents=[ABIY, KEN, "Justin Trudeau", "Sahle-Work Zewde", DAG, MACH, "Etenesh Abera", "Yohannes Mekonnen",
          "EBC",
          "Ethiopia", "Kenya", "Canada", "United Kingdom", "Italy", "United States",
          "Aircraft Accident Investigation Bureau", "African Union"],
    calls=[call("c1", KEN_ABIY, [ABIY, KEN], "2019-03-10"),
           call("c2", "B_E_dagmawit_macharia_2020_03", [DAG, MACH], None)],
    rb=[rb("c1", "EBC", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind31, part B): 10 articles written for this set (not real published text), each "
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
