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
GHR, ZEN, MAR, TAK = "Sifi Ghrieb", "Sarra Zaafrani Zenzri", "Ferdinand Marcos Jr.", "Sanae Takaichi"
CAR, KAR, YUN = "Mark Carney", "Sushila Karki", "Muhammad Yunus"
TRU, TOK, NET, HER = "Donald Trump", "Kassym-Jomart Tokayev", "Benjamin Netanyahu", "Isaac Herzog"
NAP, LUX = "Jotham Napat", "Christopher Luxon"
# ---- events told by more than one article
ZEN_GHR = "B_E_zenzri_ghrieb_2025_08_31"
TAK_MAR = "B_E_takaichi_marcos_2025_11_06"
CAR_MAR = "B_E_carney_marcos_2025_11_06"
YUN_KAR = "B_E_yunus_karki_2025_09_14"
TRIO = "B_E_trump_tokayev_netanyahu_2025_11_06"
HER_TOK = "B_E_herzog_tokayev_2025_11_07"

A["2910"] = dict(
    ents=[GHR, ZEN, "Abdelmadjid Tebboune", "Nadir Larbaoui", "Mokhtar Ould Djay", "Mostafa Madbouly",
          "Algérie Presse Service", "Mauritanian News Agency",
          "Algeria", "Tunisia", "Mauritania", "Egypt", "Prime Minister's Services (Algeria)"],
    calls=[call("c1", ZEN_GHR, [ZEN, GHR], "2025-08-31", caller=ZEN),
           call("c2", "B_E_oulddjay_ghrieb_2025_08_30", ["Mokhtar Ould Djay", GHR], "2025-08-30",
                caller="Mokhtar Ould Djay"),
           call("c3", "B_P_ghrieb_madbouly_2025_09_01", [GHR, "Mostafa Madbouly"], "2025-09-01", status="planned")],
    rb=[rb("c2", "Mauritanian News Agency", True), rb("c1", "Algérie Presse Service", False),
        rb("c2", "Algérie Presse Service", False)])

A["2911"] = dict(
    ents=[ZEN, GHR, "Kais Saied", "Abdelmadjid Tebboune", "Mohamed Ali Nafti", "Ahmed Attaf",
          "TAP", "Facebook", "EPTV", "Tunisia", "Algeria", "Libya", "Government Presidency (Tunisia)"],
    calls=[call("c1", ZEN_GHR, [ZEN, GHR], "2025-08-31"),
           call("c2", "B_E_attaf_nafti_2025_08_30", ["Mohamed Ali Nafti", "Ahmed Attaf"], "2025-08-30",
                caller="Ahmed Attaf")],
    rb=[rb("c1", "Facebook", True), rb("c1", "EPTV", True), rb("c1", "TAP", False), rb("c2", "TAP", False)])

A["2912"] = dict(
    ents=[MAR, "Anwar Ibrahim", TAK, CAR, "Prabowo Subianto", "Hassanal Bolkiah", "Lawrence Wong",
          "Claire Castro", "Maria Luisa Dizon-Ocampo", "Bernama", "Facebook", "Philippine News Agency",
          "Philippines", "Malaysia", "Japan", "Canada", "Indonesia", "Brunei", "Singapore",
          "Presidential Communications Office", "Malacañang", "ASEAN"],
    calls=[call("c1", "B_E_anwar_marcos_2025_11_05", ["Anwar Ibrahim", MAR], "2025-11-05", caller="Anwar Ibrahim"),
           call("c2", TAK_MAR, [TAK, MAR], "2025-11-06", caller=TAK),
           call("c3", CAR_MAR, [CAR, MAR], "2025-11-06", caller=CAR),
           call("c4", "B_E_prabowo_marcos_2025_11", ["Prabowo Subianto", MAR], None, required=False)],
    rb=[rb("c1", "Bernama", True), rb("c1", "Facebook", True), rb("c2", "Facebook", True),
        rb("c1", "Philippine News Agency", False), rb("c2", "Philippine News Agency", False),
        rb("c3", "Philippine News Agency", False)])

A["2913"] = dict(
    ents=[TAK, MAR, "Pham Minh Chinh", "Toshimitsu Motegi", "Theresa Lazaro", "Minoru Kihara", "Kyodo",
          "Japan", "Philippines", "Vietnam", "Foreign Ministry (Japan)", "Japan International Cooperation Agency",
          "ASEAN"],
    calls=[call("c1", TAK_MAR, [TAK, MAR], "2025-11-06", caller=TAK),
           call("c2", "B_E_takaichi_chinh_2025_11_06", [TAK, "Pham Minh Chinh"], "2025-11-06"),
           call("c3", "B_P_motegi_lazaro_2025_11_07", ["Toshimitsu Motegi", "Theresa Lazaro"], "2025-11-07",
                status="planned")],
    rb=[rb("c1", "Kyodo", False), rb("c2", "Kyodo", False)])

A["2914"] = dict(
    ents=[KAR, YUN, "Shehbaz Sharif", "Pushpa Kamal Dahal", "KP Sharma Oli", "Ram Chandra Poudel",
          "Radio Pakistan", "Setopati", "Rastriya Samachar Samiti", "Bangladesh", "Pakistan",
          "Prime Minister's Office (Nepal)", "Ministry of Foreign Affairs (Pakistan)", "Maoist Centre"],
    calls=[call("c1", YUN_KAR, [YUN, KAR], "2025-09-14", caller=YUN),
           call("c2", "B_E_shehbaz_karki_2025_09_15", ["Shehbaz Sharif", KAR], "2025-09-15", caller="Shehbaz Sharif"),
           call("c3", "B_A_dahal_karki_2025_09_13", ["Pushpa Kamal Dahal", KAR], "2025-09-13", status="attempted",
                caller="Pushpa Kamal Dahal"),
           call("c4", "B_D_oli_karki_2025_09", ["KP Sharma Oli", KAR], None, status="denied", caller="KP Sharma Oli")],
    rb=[rb("c2", "Radio Pakistan", True), rb("c4", "Setopati", True), rb("c4", "Rastriya Samachar Samiti", False)])

A["2915"] = dict(
    ents=[YUN, KAR, "Shafiqul Alam", "Facebook", "UNB", "Nepal", "Bangladesh", "India",
          "International Monetary Fund"],
    calls=[call("c1", YUN_KAR, [YUN, KAR], "2025-09-14", caller=YUN)],
    rb=[rb("c1", "Facebook", True), rb("c1", "UNB", False)])

A["2916"] = dict(
    ents=[TRU, TOK, NET, HER, "Aigerim Seitkali", "The Astana Times", "Truth Social", "Kazinform",
          "Kazakhstan", "Israel", "United States", "Uzbekistan", "Akorda", "White House"],
    calls=[call("c1", TRIO, [TRU, TOK, NET], "2025-11-06"),
           call("c2", HER_TOK, [HER, TOK], "2025-11-07", caller=HER)],
    rb=[rb("c1", "Truth Social", True), rb("c2", "Kazinform", True)])

A["2917"] = dict(
    ents=[TRU, NET, TOK, HER, "Gideon Sa'ar", "Bakhtiyor Saidov", "Shavkat Mirziyoyev", "Truth Social", "X", "Kan",
          "Channel 12", "The Times of Israel", "Kazakhstan", "Uzbekistan", "Israel", "United States",
          "President's Residence (Israel)", "Prime Minister's Office (Israel)", "Hamas",
          "Hostages and Missing Families Forum", "White House"],
    calls=[call("c1", TRIO, [TRU, NET, TOK], "2025-11-06"),
           call("c2", HER_TOK, [HER, TOK], "2025-11-07", caller=HER),
           call("c3", "B_E_saar_saidov_2025_11_07", ["Gideon Sa'ar", "Bakhtiyor Saidov"], "2025-11-07"),
           call("c4", "B_P_netanyahu_mirziyoyev_2025_11", [NET, "Shavkat Mirziyoyev"], None, status="planned")],
    rb=[rb("c1", "Truth Social", True), rb("c2", "X", True), rb("c3", "Kan", True), rb("c4", "Channel 12", True)])

A["2918"] = dict(
    ents=["Anita Anand", "Catherine Cullen", CAR, MAR, "Xi Jinping", "Theresa Lazaro", "Wang Yi", "Marco Rubio",
          "Toshimitsu Motegi", "Randeep Sarai", "The Globe and Mail", "CBC",
          "Philippines", "Canada", "China", "Japan", "Humanitarian Coalition", "G7"],
    calls=[call("c1", CAR_MAR, [CAR, MAR], "2025-11-06", caller=CAR),
           call("c2", "B_E_anand_lazaro_2025_11_07", ["Anita Anand", "Theresa Lazaro"], "2025-11-07", required=False),
           call("c3", "B_E_anand_wangyi_2025_11_05", ["Anita Anand", "Wang Yi"], "2025-11-05"),
           call("c4", "B_E_anand_rubio_2025_late_oct_or_nov", ["Anita Anand", "Marco Rubio"], None, required=False),
           call("c5", "B_P_anand_motegi_2025_11", ["Anita Anand", "Toshimitsu Motegi"], None, status="planned",
                required=False)],
    rb=[rb("c3", "The Globe and Mail", True)])

A["2919"] = dict(
    ents=[LUX, NAP, "Anthony Albanese", "Sitiveni Rabuka", "James Marape", "Jeremiah Manele", "Nikenike Vurobaravu",
          "Winston Peters", "RNZ", "ABC", "Vanuatu Daily Post", "Facebook",
          "Vanuatu", "New Zealand", "Australia", "Fiji", "Papua New Guinea", "Solomon Islands",
          "Melanesian Spearhead Group"],
    calls=[call("c1", "B_E_luxon_napat_2025_02_13", [LUX, NAP], "2025-02-13", caller=LUX),
           call("c2", "B_A_luxon_napat_2025_02_12", [LUX, NAP], "2025-02-12", status="attempted", caller=LUX),
           call("c3", "B_E_albanese_napat_2025_02_12", ["Anthony Albanese", NAP], "2025-02-12"),
           call("c4", "B_E_rabuka_napat_2025_02_11", ["Sitiveni Rabuka", NAP], "2025-02-11", caller="Sitiveni Rabuka"),
           call("c5", "B_E_napat_marape_manele_video_2025_02_12", [NAP, "James Marape", "Jeremiah Manele"],
                "2025-02-12")],
    rb=[rb("c3", "ABC", True), rb("c3", "Vanuatu Daily Post", True), rb("c4", "Facebook", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind30, part B): 10 articles written for this set (not real published text), each "
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
