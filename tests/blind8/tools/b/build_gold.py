#!/usr/bin/env python3
"""Build ../gold.json (blind8 part B) from the hand annotation below and the registry of names.

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



TR, XI, ARD, IK = "Donald Trump", "Xi Jinping", "Jacinda Ardern", "Imran Khan"
TAK, DIS, LAU, PHUC = "Sanae Takaichi", "Anura Kumara Dissanayake", "La'auli Leuatea Schmidt", "Nguyen Xuan Phuc"
BB = "Salem Saleh bin Braik"

A = {}

A["710"] = dict(
    ents=[ARD, "Scott Morrison", TR, IK, "Theresa May", "Justin Trudeau", "Winston Peters", "Mevlüt Çavuşoğlu",
          "Simon Bridges", "Hamish Kerr-Dalton", "Sarah-Jane Whitcombe", "Twitter", "Otago Daily Times",
          "New Zealand", "Australia", "United States", "Pakistan", "United Kingdom", "Canada", "Turkey",
          "Buckingham Palace"],
    calls=[call("c1", "B_morrison_ardern_2019_03_15", ["Scott Morrison", ARD], "2019-03-15", caller="Scott Morrison"),
           call("c2", "B_trump_ardern_2019_03_15", [TR, ARD], "2019-03-15", caller=TR),
           call("c3", "B_imran_ardern_2019_03_16", [IK, ARD], "2019-03-16", caller=IK),
           call("c4", "B_ardern_may_2019_03", [ARD, "Theresa May"], None, required=False),
           call("c5", "B_ardern_trudeau_2019_03", [ARD, "Justin Trudeau"], None, required=False),
           call("c6", "B_peters_cavusoglu_2019_03_16", ["Winston Peters", "Mevlüt Çavuşoğlu"], "2019-03-16")],
    rb=[rb("c2", "Twitter", True)])

A["711"] = dict(
    ents=[IK, ARD, TR, "Recep Tayyip Erdoğan", "Arif Alvi", "Patsy Reddy", "Naeem Rashid", "Mohammad Faisal",
          "Shah Mahmood Qureshi", "Associated Press of Pakistan", "Twitter", "Pakistan", "New Zealand",
          "United States", "Prime Minister's Office (Pakistan)", "Organisation of Islamic Cooperation"],
    calls=[call("c1", "B_imran_ardern_2019_03_16", [IK, ARD], "2019-03-16", caller=IK),
           call("c2", "B_trump_ardern_2019_03_15", [TR, ARD], "2019-03-15"),
           call("c3", "B_P_imran_erdogan_2019_03_17", [IK, "Recep Tayyip Erdoğan"], "2019-03-17",
                status="planned", caller=IK)],
    rb=[rb("c1", "Twitter", True), rb("c1", "Associated Press of Pakistan", False),
        rb("c2", "Associated Press of Pakistan", False)])

A["712"] = dict(
    ents=[TAK, TR, "Toshimitsu Motegi", "Marco Rubio", "Narendra Modi", "Lee Jae-myung", "Minoru Kihara",
          "The Yomiuri Shimbun", "NHK", "Japan", "United States", "India", "South Korea",
          "Prime Minister's Office (Japan)", "ASEAN"],
    calls=[call("c1", "B_takaichi_trump_2025_10_25", [TAK, TR], "2025-10-25", caller=TAK),
           call("c2", "B_motegi_rubio_2025_10_22", ["Toshimitsu Motegi", "Marco Rubio"], "2025-10-22"),
           call("c3", "B_P_takaichi_modi_2025_10", [TAK, "Narendra Modi"], None, status="planned")],
    rb=[rb("c1", "NHK", True)])

A["713"] = dict(
    ents=[TR, TAK, XI, "Minoru Kihara", "Toshimitsu Motegi", "Xue Jian", "Kentaro Ohashi", "Misaki Tanabe",
          "X", "The Wall Street Journal", "Japan", "China", "United States", "Taiwan", "South Korea",
          "Prime Minister's Office (Japan)"],
    calls=[call("c1", "B_trump_takaichi_2025_11_25", [TR, TAK], "2025-11-25", caller=TR),
           call("c2", "B_trump_xi_2025_11_24", [TR, XI], "2025-11-24")],
    rb=[rb("c1", "The Wall Street Journal", True)])

A["714"] = dict(
    ents=[XI, TR, "Xinhua", "China Central Television", "Weibo", "Truth Social", "China", "United States",
          "Taiwan", "South Korea"],
    calls=[call("c1", "B_trump_xi_2025_11_24", [XI, TR], "2025-11-24", caller=TR)],
    rb=[rb("c1", "China Central Television", True), rb("c1", "Weibo", True), rb("c1", "Truth Social", True),
        rb("c1", "Xinhua", False)])

A["715"] = dict(
    ents=[DIS, "Tshering Tobgay", "Kristalina Georgieva", "Sajith Premadasa", "Vijitha Herath", "S. Jaishankar",
          "Shehbaz Sharif", "Mohamed Muizzu", "X", "Radio Pakistan", "Ada Derana", "Bhutan", "India", "Pakistan",
          "Maldives", "President's Media Division", "Disaster Management Centre", "Prime Minister's Office (Pakistan)",
          "International Monetary Fund"],
    calls=[call("c1", "B_tobgay_dissanayake_2025_11_30", ["Tshering Tobgay", DIS], "2025-11-30",
                caller="Tshering Tobgay"),
           call("c2", "B_P_dissanayake_georgieva_2025_12_01", [DIS, "Kristalina Georgieva"], "2025-12-01",
                status="planned", caller=DIS),
           call("c3", "B_herath_jaishankar_2025_11_30", ["Vijitha Herath", "S. Jaishankar"], "2025-11-30"),
           call("c4", "B_shehbaz_dissanayake_2025_11_29", ["Shehbaz Sharif", DIS], "2025-11-29",
                caller="Shehbaz Sharif"),
           call("c5", "B_dissanayake_muizzu_2025_11", [DIS, "Mohamed Muizzu"], None, required=False)],
    rb=[rb("c1", "X", True), rb("c4", "Radio Pakistan", True)])

A["716"] = dict(
    ents=[BB, "Mostafa Madbouly", "Jafar Hassan", "Rashad al-Alimi", "Hans Grundberg",
          "Ahmad Abdullah Al-Ahmad Al-Sabah", "Mohammed Al Jaber", "Ahmed Awad bin Mubarak", "Saba News Agency", "Telegram",
          "Yemen", "Egypt", "Jordan", "Kuwait", "Saudi Arabia", "United States", "Presidential Leadership Council",
          "United Nations", "Houthis"],
    calls=[call("c1", "B_madbouly_binbraik_2025_05_11", [BB, "Mostafa Madbouly"], "2025-05-11",
                caller="Mostafa Madbouly"),
           call("c2", "B_hassan_binbraik_2025_05_10", [BB, "Jafar Hassan"], "2025-05-10", caller="Jafar Hassan"),
           call("c3", "B_alimi_grundberg_2025_05_10", ["Rashad al-Alimi", "Hans Grundberg"], "2025-05-10",
                caller="Hans Grundberg")],
    rb=[rb(c, "Saba News Agency", False) for c in ("c1", "c2", "c3")] + [rb("c3", "Telegram", True)])

A["717"] = dict(
    ents=[LAU, "Christopher Luxon", "Anthony Albanese", "Sitiveni Rabuka", "Aisake Eke", "Fiamē Naomi Mataʻafa",
          "Lagi Tuimavave", "Facebook", "Talamua Online", "Samoa Observer", "TV1 Samoa", "New Zealand", "Samoa", "Fiji", "Tonga",
          "Papua New Guinea", "FAST"],
    calls=[call("c1", "B_luxon_laauli_2025_09_17", ["Christopher Luxon", LAU], "2025-09-17",
                caller="Christopher Luxon"),
           call("c2", "B_albanese_laauli_2025_09_18", [LAU, "Anthony Albanese"], "2025-09-18"),
           call("c3", "B_A_rabuka_laauli_2025_09_16", ["Sitiveni Rabuka", LAU], "2025-09-16", status="attempted",
                caller="Sitiveni Rabuka"),
           call("c4", "B_P_rabuka_laauli_2025_09", ["Sitiveni Rabuka", LAU], None, status="planned"),
           call("c5", "B_eke_laauli_2025_09", ["Aisake Eke", LAU], None, required=False),
           call("c6", "B_D_fiame_laauli_2025", ["Fiamē Naomi Mataʻafa", LAU], None, status="denied",
                caller="Fiamē Naomi Mataʻafa")],
    rb=[rb("c1", "Facebook", True), rb("c2", "TV1 Samoa", True), rb("c3", "Talamua Online", False),
        rb("c6", "Samoa Observer", True)])

A["718"] = dict(
    ents=["Muhyiddin Yassin", PHUC, "Joko Widodo", "Prayut Chan-o-cha", "Lee Hsien Loong", "Hishammuddin Hussein",
          "Noor Hisham Abdullah", "Bernama", "Malaysia", "Vietnam", "Indonesia", "Thailand", "Singapore", "China",
          "Japan", "South Korea", "ASEAN"],
    calls=[call("c1", "B_asean_video_2020_04_14", [PHUC, "Muhyiddin Yassin", "Joko Widodo", "Prayut Chan-o-cha"],
                "2020-04-14"),
           call("c2", "B_muhyiddin_lee_2020_04_10", ["Muhyiddin Yassin", "Lee Hsien Loong"], "2020-04-10")],
    rb=[rb("c1", "Bernama", False), rb("c2", "Bernama", False)])

A["719"] = dict(
    ents=[PHUC, "Hun Sen", "Hassanal Bolkiah", "Lim Jock Hoi", "Li Keqiang", "Shinzo Abe", "Moon Jae-in",
          "Thongloun Sisoulith", "Vietnam News Agency", "Việt Nam News", "Vietnam", "Cambodia", "Brunei", "China",
          "Japan", "South Korea", "Laos", "ASEAN"],
    calls=[call("c1", "B_asean_video_2020_04_14", [PHUC, "Hun Sen", "Hassanal Bolkiah", "Lim Jock Hoi"],
                "2020-04-14"),
           call("c2", "B_apt_video_2020_04_14", [PHUC, "Li Keqiang", "Shinzo Abe", "Moon Jae-in"], "2020-04-14"),
           call("c3", "B_phuc_thongloun_2020_04_13", [PHUC, "Thongloun Sisoulith"], "2020-04-13",
                caller="Thongloun Sisoulith")],
    rb=[rb(c, "Vietnam News Agency", False) for c in ("c1", "c2", "c3")])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:3]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg, blind8 part B: 10 articles written for this set (not real published text), each "
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
