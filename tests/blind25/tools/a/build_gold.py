#!/usr/bin/env python3
"""Build ../gold.json (blind25, part A) from the hand annotation below and the registry of names.

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
MBZ, KHALIFA, MBR, NAWAF = "Mohamed bin Zayed Al Nahyan", "Khalifa bin Zayed Al Nahyan", "Mohammed bin Rashid Al Maktoum", \
    "Nawaf Al Ahmad Al Jaber Al Sabah"
ERDO, BENNETT, SISI, LAPID, ABZ = "Recep Tayyip Erdoğan", "Naftali Bennett", "Abdel Fattah el-Sisi", "Yair Lapid", \
    "Abdullah bin Zayed Al Nahyan"
MIRZ, TOKAYEV, JAPAROV, PUTIN = "Shavkat Mirziyoyev", "Kassym-Jomart Tokayev", "Sadyr Japarov", "Vladimir Putin"
WANG, JAI, LAVROV, MODI = "Wang Yi", "S. Jaishankar", "Sergey Lavrov", "Narendra Modi"
YOON, KISHIDA, BIDEN, MORRISON, TRUMP = "Yoon Suk Yeol", "Fumio Kishida", "Joe Biden", "Scott Morrison", "Donald Trump"

# cross-article events
BENNETT_MBZ = "A_E_bennett_mbz_2022_05_14"        # 2400 (readout: "received a phone call from", caller Bennett; WAM at the end),
                                                  # 2401 ("spoke by phone on Saturday evening", no caller; Twitter post quoted later)
JAPAROV_MIRZ = "A_E_japarov_mirziyoyev_2022_07_04"  # 2402 ("In the evening", Monday; no caller; Gazeta.uz),
                                                  # 2403 ("today", "at the initiative of the Kyrgyz side"; told Kabar; "Mirziyoev")
WANG_JAI = "A_E_wangyi_jaishankar_2020_06_17"     # 2404 (Xinhua, "on Wednesday", no caller), 2405 ("yesterday" against the
                                                  # June 18 dateline, published June 19; "sought by Beijing"; Xinhua cited),
                                                  # 2406 (feature, "Two days after the clash" of "the night of 15 June", no caller)
KISHIDA_YOON = "A_E_kishida_yoon_2022_03_11"      # 2407 ("phoned Yoon yesterday afternoon", caller Kishida; Kyodo News),
                                                  # 2408 (Q&A, "A short while ago": date only in the metadata; no caller; Yonhap in a question)

# 2400 The National, Sat 2022-05-14: WAM statement reposted ("today" = May 14); MBR's call "On Friday night" = May 13
A["2400"] = dict(
    ents=[MBZ, KHALIFA, MBR, NAWAF, ERDO, BENNETT, SISI, "Abdullah II of Jordan", BIDEN, MODI, "Kamala Harris",
          "The National", "WAM", "Twitter",
          "United Arab Emirates", "Türkiye", "Israel", "Kuwait", "Egypt", "Jordan", "India", "United States",
          "Federal Supreme Council", "Dubai Media Office"],
    calls=[call("c1", "A_E_erdogan_mbz_2022_05_14", [ERDO, MBZ], "2022-05-14", caller=ERDO),
           call("c2", BENNETT_MBZ, [BENNETT, MBZ], "2022-05-14", caller=BENNETT),
           call("c3", "A_E_nawaf_mbz_2022_05_14", [NAWAF, MBZ], "2022-05-14", caller=NAWAF),
           call("c4", "A_E_modi_mbr_2022_05_13", [MODI, MBR], "2022-05-13", caller=MODI)],
    rb=[rb("c1", "WAM", True), rb("c2", "WAM", True), rb("c3", "WAM", True), rb("c4", "Twitter", True)])

# 2401 The Times of Israel, Sun 2022-05-15 (12:41 am): "on Saturday evening" = May 14; "on Friday night" = May 13
A["2401"] = dict(
    ents=[BENNETT, MBZ, KHALIFA, "Isaac Herzog", LAPID, SISI, ABZ, "Noa Reichman",
          "Twitter", "Channel 12",
          "Israel", "United Arab Emirates", "Egypt",
          "Prime Minister's Office (Israel)", "Federal Supreme Council"],
    calls=[call("c1", BENNETT_MBZ, [BENNETT, MBZ], "2022-05-14"),
           call("c2", "A_E_lapid_abz_2022_05_13", [LAPID, ABZ], "2022-05-13", caller=LAPID),
           call("c3", "A_D_bennett_sisi_2022_05_weekend", [BENNETT, SISI], None, status="denied")],
    rb=[rb("c1", "Twitter", True), rb("c3", "Channel 12", True)])

# 2402 Daryo, Tue 2022-07-05: round-up of Monday's calls (= July 4); URL blank
A["2402"] = dict(
    ents=[MIRZ, TOKAYEV, PUTIN, JAPAROV,
          "Daryo", "Kazinform", "Telegram", "Uzbekistan 24", "Gazeta.uz",
          "Uzbekistan", "Kazakhstan", "Russia", "Kyrgyzstan",
          "Akorda", "Jokargy Kenes", "Prosecutor General's Office (Uzbekistan)"],
    calls=[call("c1", "A_E_tokayev_mirziyoyev_2022_07_04", [TOKAYEV, MIRZ], "2022-07-04", caller=TOKAYEV),
           call("c2", "A_E_putin_mirziyoyev_2022_07_04", [PUTIN, MIRZ], "2022-07-04", caller=PUTIN),
           call("c3", JAPAROV_MIRZ, [JAPAROV, MIRZ], "2022-07-04")],
    rb=[rb("c1", "Kazinform", True), rb("c2", "Telegram", True), rb("c2", "Uzbekistan 24", True),
        rb("c3", "Gazeta.uz", True)])

# 2403 24.kg, Mon 2022-07-04, short brief, telegraphic headline; title blank in metadata
A["2403"] = dict(
    ents=[JAPAROV, MIRZ,
          "24.kg", "Kabar",
          "Kyrgyzstan", "Uzbekistan",
          "Ministry of Foreign Affairs of Kyrgyzstan"],
    calls=[call("c1", JAPAROV_MIRZ, [JAPAROV, MIRZ], "2022-07-04", caller=JAPAROV),
           call("c2", "A_A_japarov_mirziyoyev_2022_07_02", [JAPAROV, MIRZ], "2022-07-02", status="attempted",
                caller=JAPAROV)],
    rb=[rb("c1", "Kabar", True)])

# 2404 China Daily (Xinhua), Wed 2020-06-17, "BEIJING, June 17 (Xinhua) --"
A["2404"] = dict(
    ents=[WANG, JAI, "Zhao Lijian",
          "Xinhua", "China Daily",
          "China", "India",
          "Foreign Ministry (China)"],
    calls=[call("c1", WANG_JAI, [WANG, JAI], "2020-06-17")],
    rb=[rb("c1", "Xinhua", False)])

# 2405 Hindustan Times, dateline "New Delhi, June 18", published 2020-06-19: "yesterday" = June 17
A["2405"] = dict(
    ents=[JAI, WANG, LAVROV, "Mike Pompeo", MODI,
          "Hindustan Times", "Xinhua",
          "India", "China", "Russia", "United States",
          "Ministry of External Affairs (India)"],
    calls=[call("c1", WANG_JAI, [JAI, WANG], "2020-06-17", caller=WANG),
           call("c2", "A_P_ric_video_2020_06_23", [LAVROV, JAI, WANG], "2020-06-23", status="planned"),
           call("c3", "A_E_jaishankar_pompeo_2020_06_last_week", [JAI, "Mike Pompeo"], None)],
    rb=[rb("c1", "Xinhua", True)])

# 2406 The Interpreter (Lowy Institute) feature, Thu 2020-07-02; calls in passing, no outlet credited
A["2406"] = dict(
    ents=[MORRISON, MODI, "Ilham Aliyev", TRUMP, JAI, WANG, "Eleanor Ashworth",
          "The Interpreter", "Twitter",
          "India", "Australia", "Azerbaijan", "China",
          "Non-Aligned Movement", "Lowy Institute"],
    calls=[call("c1", "A_E_morrison_modi_video_2020_06_04", [MORRISON, MODI], "2020-06-04"),
           call("c2", "A_E_nam_online_summit_2020_05", ["Ilham Aliyev", MODI], None),
           call("c3", "A_E_trump_modi_2020_06_02", [TRUMP, MODI], "2020-06-02"),
           call("c4", WANG_JAI, [JAI, WANG], "2020-06-17")],
    rb=[])

# 2407 The Korea Herald, Sat 2022-03-12: Biden "11 a.m. Thursday ... 9 p.m. Wednesday in Washington" = 02:00 UTC Thu
A["2407"] = dict(
    ents=[YOON, BIDEN, KISHIDA, MORRISON, "Boris Johnson", "Xi Jinping", "Moon Jae-in",
          "Kim Eun-hye", "Xing Haiming", "Yoo Young-min", "Park Ji-hoon",
          "KBS", "Kyodo News", "Yonhap",
          "South Korea", "United States", "Japan", "Australia", "United Kingdom", "China", "North Korea",
          "People Power Party", "Cheong Wa Dae"],
    calls=[call("c1", "A_E_biden_yoon_2022_03_10", [BIDEN, YOON], "2022-03-10", caller=BIDEN),
           call("c2", KISHIDA_YOON, [KISHIDA, YOON], "2022-03-11", caller=KISHIDA),
           call("c3", "A_E_morrison_yoon_2022_03_11", [MORRISON, YOON], "2022-03-11", caller=MORRISON),
           call("c4", "A_E_johnson_yoon_2022_03", ["Boris Johnson", YOON], None, required=False),
           call("c5", "A_P_xi_yoon_2022_03", ["Xi Jinping", YOON], None, status="planned")],
    rb=[rb("c1", "KBS", True), rb("c2", "Kyodo News", True), rb("c3", "Yonhap", True)])

# 2408 Kyodo News, Fri 2022-03-11, transcript-like Q&A; no date in the text
A["2408"] = dict(
    ents=[KISHIDA, YOON, "Moon Jae-in",
          "Kyodo News", "Yonhap",
          "Japan", "South Korea", "United States", "Russia", "Ukraine", "North Korea"],
    calls=[call("c1", KISHIDA_YOON, [KISHIDA, YOON], "2022-03-11")],
    rb=[rb("c1", "Yonhap", True)])

# 2409 Pittsburgh Post-Gazette live blog, Sun 2024-07-14 (ET stamps, newest first): all calls Saturday night = July 13
A["2409"] = dict(
    ents=[BIDEN, TRUMP, "Bob Dandoy", "Josh Shapiro", "Thomas Matthew Crooks", "Corey Comperatore",
          "Pittsburgh Post-Gazette", "KDKA-TV", "X", "Truth Social",
          "White House", "FBI", "Secret Service"],
    calls=[call("c1", "A_E_biden_trump_2024_07_13", [BIDEN, TRUMP], "2024-07-13", caller=BIDEN),
           call("c2", "A_E_biden_dandoy_2024_07_13", [BIDEN, "Bob Dandoy"], "2024-07-13", caller=BIDEN),
           call("c3", "A_E_biden_shapiro_2024_07_13", [BIDEN, "Josh Shapiro"], "2024-07-13", caller=BIDEN)],
    rb=[rb("c2", "KDKA-TV", True), rb("c3", "X", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind25, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline or release day where the text anchors to it; where local dates differ "
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
