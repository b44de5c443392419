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
KIS, BID, ALB, ABE, MOD = "Fumio Kishida", "Joe Biden", "Anthony Albanese", "Shinzo Abe", "Narendra Modi"
HAS, MAD, SUD, AB2 = "Jafar Hassan", "Mostafa Madbouly", "Mohammed Shia al-Sudani", "Abdullah II"
TRU, EPN, FRE = "Justin Trudeau", "Enrique Peña Nieto", "Chrystia Freeland"
DAH, AXU = "Pushpa Kamal Dahal", "Võ Thị Ánh Xuân"
# ---- events told by more than one article
BID_KIS = "B_E_biden_kishida_2022_07_09"
ALB_KIS = "B_E_albanese_kishida_2022_07_09"
MAD_HAS = "B_E_madbouly_hassan_2024_09_16"

A["2310"] = dict(
    ents=[KIS, ABE, BID, ALB, "Yoshimasa Hayashi", "Park Jin", "Yoon Suk-yeol", MOD, "Hirokazu Matsuno", "Xi Jinping",
          "Kenji Morioka", "NHK", "The Asahi Shimbun", "Japan", "United States", "Australia", "South Korea", "India",
          "China", "Chinese Embassy"],
    calls=[call("c1", BID_KIS, [BID, KIS], "2022-07-09", caller=BID),
           call("c2", ALB_KIS, [ALB, KIS], "2022-07-09", caller=ALB),
           call("c3", "B_E_hayashi_parkjin_2022_07_09", ["Yoshimasa Hayashi", "Park Jin"], "2022-07-09"),
           call("c4", "B_P_kishida_modi_2022_07_11", [KIS, MOD], "2022-07-11", status="planned"),
           call("c5", "B_D_xi_kishida_2022_07_08", ["Xi Jinping", KIS], "2022-07-08", status="denied",
                caller="Xi Jinping")],
    rb=[rb("c1", "NHK", True)])

A["2311"] = dict(
    ents=[BID, KIS, ABE, "Akie Abe", "Antony Blinken", "Yoshimasa Hayashi", "Zeke Miller", "Mari Yamaguchi",
          "The Associated Press", "Twitter", "Japan", "United States", "Indonesia", "White House", "Group of 20"],
    calls=[call("c1", BID_KIS, [BID, KIS], "2022-07-09", caller=BID),
           call("c2", "B_P_biden_akieabe_2022_07", [BID, "Akie Abe"], None, status="planned", caller=BID)],
    rb=[rb("c1", "Twitter", True), rb("c1", "The Associated Press", False)])

A["2312"] = dict(
    ents=[ABE, KIS, BID, MOD, "Barack Obama", "Hana Watanuki", "Japan", "India", "China", "Russia"],
    calls=[call("c1", BID_KIS, [BID, KIS], "2022-07-09", caller=BID),
           call("c2", "B_E_kishida_modi_2022_07_11", [MOD, KIS], "2022-07-11")],
    rb=[])

A["2313"] = dict(
    ents=[ALB, KIS, ABE, "Jacinda Ardern", "Frank Bainimarama", "Manasseh Sogavare", "Xi Jinping", "Japan", "Australia",
          "New Zealand", "Fiji", "China"],
    calls=[call("c1", ALB_KIS, [ALB, KIS], "2022-07-09", caller=ALB),
           call("c2", "B_E_albanese_ardern_bainimarama_video_2022_07_10",
                [ALB, "Jacinda Ardern", "Frank Bainimarama"], "2022-07-10"),
           call("c3", "B_P_albanese_sogavare_2022_07", [ALB, "Manasseh Sogavare"], None, status="planned",
                required=False)],
    rb=[])

A["2314"] = dict(
    ents=[HAS, MAD, AB2, "Abdel Fattah El-Sisi", "Mohammad Mustafa", SUD, "Bisher Al Khasawneh",
          "Mohamed bin Zayed Al Nahyan", "Petra", "Jordan", "Egypt", "Iraq", "United Arab Emirates", "Palestine",
          "Office of His Majesty"],
    calls=[call("c1", MAD_HAS, [MAD, HAS], "2024-09-16", caller=MAD),
           call("c2", "B_E_mustafa_hassan_2024_09_16", ["Mohammad Mustafa", HAS], "2024-09-16",
                caller="Mohammad Mustafa"),
           call("c3", "B_P_hassan_sudani_2024_09_17", [HAS, SUD], "2024-09-17", status="planned"),
           call("c4", "B_E_mbz_abdullah_2024_09_15", ["Mohamed bin Zayed Al Nahyan", AB2], "2024-09-15",
                caller="Mohamed bin Zayed Al Nahyan")],
    rb=[rb("c1", "Petra", False), rb("c2", "Petra", False), rb("c4", "Petra", False)])

A["2315"] = dict(
    ents=[MAD, HAS, AB2, "Mohamed El-Homsany", SUD, "Ayman Safadi", "Badr Abdelatty", "Abdel Fattah El-Sisi", "Middle East News Agency",
          "Ahram Online", "Egypt", "Jordan", "Iraq"],
    calls=[call("c1", MAD_HAS, [MAD, HAS], "2024-09-16", caller=MAD),
           call("c2", "B_P_madbouly_hassan_sudani_video_2024", [MAD, HAS, SUD], None, status="planned"),
           call("c3", "B_E_abdelatty_safadi_2024_09", ["Badr Abdelatty", "Ayman Safadi"], None)],
    rb=[rb("c1", "Middle East News Agency", True)])

A["2316"] = dict(
    ents=[FRE, "Robert Lighthizer", TRU, "Donald Trump", EPN, "CTV News", "Reuters", "The Canadian Press", "Canada",
          "United States", "Mexico", "Prime Minister's Office (Canada)", "White House"],
    calls=[call("c1", "B_E_trudeau_trump_2018_09_30", [TRU, "Donald Trump"], "2018-09-30"),
           call("c2", "B_P_trudeau_pena_2018_10_01", [TRU, EPN], "2018-10-01", status="planned"),
           call("c3", "B_E_freeland_lighthizer_2018_09_30", [FRE, "Robert Lighthizer"], "2018-09-30")],
    rb=[rb("c1", "Reuters", True)])

A["2317"] = dict(
    ents=[EPN, TRU, "Andrés Manuel López Obrador", "Jesús Seade", "Luis Videgaray", FRE, "Ildefonso Guajardo", "Milenio",
          "Twitter", "Mexico News Daily", "Mexico", "Canada", "Presidency of Mexico"],
    calls=[call("c1", "B_E_pena_trudeau_2018_10_01", [EPN, TRU], "2018-10-01", caller=EPN),
           call("c2", "B_E_trudeau_amlo_2018_09_30", [TRU, "Andrés Manuel López Obrador"], "2018-09-30", caller=TRU),
           call("c3", "B_E_videgaray_freeland_2018_10_01", ["Luis Videgaray", FRE], "2018-10-01")],
    rb=[rb("c1", "Milenio", True), rb("c3", "Twitter", True)])

A["2318"] = dict(
    ents=[DAH, MOD, "Shehbaz Sharif", "Sheikh Hasina", "Ranil Wickremesinghe", "Li Keqiang", "Chen Song", "KP Sharma Oli",
          "Twitter", "PTV News", "Nepal", "India", "Pakistan", "Bangladesh", "Sri Lanka", "China",
          "Prime Minister's Secretariat (Nepal)", "CPN (Maoist Centre)", "CPN-UML"],
    calls=[call("c1", "B_E_modi_dahal_2022_12_27", [MOD, DAH], "2022-12-27", caller=MOD),
           call("c2", "B_E_shehbaz_dahal_2022_12_28", ["Shehbaz Sharif", DAH], "2022-12-28", caller="Shehbaz Sharif"),
           call("c3", "B_E_hasina_dahal_2022_12_28", ["Sheikh Hasina", DAH], "2022-12-28", caller="Sheikh Hasina"),
           call("c4", "B_A_wickremesinghe_dahal_2022_12_27", ["Ranil Wickremesinghe", DAH], "2022-12-27",
                status="attempted", caller="Ranil Wickremesinghe"),
           call("c5", "B_P_wickremesinghe_dahal_2022_12_30", ["Ranil Wickremesinghe", DAH], "2022-12-30",
                status="planned")],
    rb=[rb("c1", "Twitter", True), rb("c2", "PTV News", True)])

A["2319"] = dict(
    ents=[AXU, "Thongloun Sisoulith", "Phạm Minh Chính", "Hun Manet", "Droupadi Murmu", "KPL", "Vietnam News Agency",
          "Government Portal", "Vietnam", "Laos", "Cambodia", "India", "Lao People's Revolutionary Party",
          "National Assembly Standing Committee"],
    calls=[call("c1", "B_E_thongloun_anhxuan_2024_03_28", ["Thongloun Sisoulith", AXU], "2024-03-28",
                caller="Thongloun Sisoulith"),
           call("c2", "B_E_chinh_hunmanet_2024_03_28", ["Phạm Minh Chính", "Hun Manet"], "2024-03-28"),
           call("c3", "B_P_anhxuan_murmu_video_2024_04", [AXU, "Droupadi Murmu"], None, status="planned")],
    rb=[rb("c1", "KPL", True), rb("c1", "Vietnam News Agency", False), rb("c2", "Government Portal", False)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind24, part B): 10 articles written for this set (not real published text), each "
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
