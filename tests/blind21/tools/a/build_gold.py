#!/usr/bin/env python3
"""Build ../gold.json (blind21, part A) from the hand annotation below and the registry of names.

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
TRU, ROU, ZEL, HAI = "Justin Trudeau", "Hassan Rouhani", "Volodymyr Zelensky", "Haitham bin Tariq"
ZAR, CHA, BIA = "Mohammad Javad Zarif", "François-Philippe Champagne", "Yusuf bin Alawi bin Abdullah"
PUT, NAZ, TOK = "Vladimir Putin", "Nursultan Nazarbayev", "Kassym-Jomart Tokayev"
ABE, TRU_US, MOD = "Shinzo Abe", "Donald Trump", "Narendra Modi"
GOY, KAJ, BIR = "Piyush Goyal", "Hiroshi Kajiyama", "Simon Birmingham"

# cross-article events
TRU_ROU = "A_E_trudeau_rouhani_2020_01_11"        # 2000, 2001, 2002
ROU_ZEL = "A_E_rouhani_zelensky_2020_01_11"       # 2000, 2001
ROU_HAI = "A_E_rouhani_haitham_2020_01_11"        # 2001, 2003, 2004
NAZ_PUT = "A_E_nazarbayev_putin_2019_03_19"       # 2005, 2006
TRU_ABE = "A_E_trump_abe_2020_08_31"              # 2007, 2008
SCRI = "A_E_goyal_kajiyama_birmingham_2020_09_01"  # 2008, 2009 (video conference)

# 2000 Global News, live blog (ET stamps, oldest first), Sat 2020-01-11
A["2000"] = dict(
    ents=[ROU, TRU, ZEL, "Vadym Prystaiko", ZAR, "Andrew Scheer",
          "Global News", "Twitter", "Facebook", "The Canadian Press", "Reuters",
          "Iran", "Canada", "Ukraine", "Ukraine International Airlines", "University of Alberta"],
    calls=[call("c1", TRU_ROU, [TRU, ROU], "2020-01-11"),
           call("c2", ROU_ZEL, [ROU, ZEL], "2020-01-11", caller=ROU),
           call("c3", "A_P_prystaiko_zarif_2020_01_11", ["Vadym Prystaiko", ZAR], "2020-01-11", status="planned")],
    rb=[rb("c2", "Facebook", True)]
       + [rb(c, o, False) for c in ("c1", "c2", "c3") for o in ("The Canadian Press", "Reuters", "Global News")])

# 2001 IRNA English, "Tehran, Jan 12, IRNA"; crawled/published 2020-01-13: "yesterday" = Jan 11 and
# "today" = Jan 12, against the dateline
A["2001"] = dict(
    ents=[ROU, TRU, ZEL, HAI, "Qaboos bin Said", ZAR, BIA, "Qassem Soleimani", "Ali Rabiei",
          "IRNA", "Oman News Agency",
          "Iran", "Canada", "Ukraine", "Oman", "United States", "Presidency (Iran)"],
    calls=[call("c1", TRU_ROU, [TRU, ROU], "2020-01-11", caller=TRU),
           call("c2", ROU_ZEL, [ROU, ZEL], "2020-01-11"),
           call("c3", ROU_HAI, [ROU, HAI], "2020-01-11", caller=ROU),
           call("c4", "A_E_zarif_binalawi_2020_01_12", [ZAR, BIA], "2020-01-12")],
    rb=[rb("c3", "Oman News Agency", True)]
       + [rb(c, "IRNA", False) for c in ("c1", "c2", "c3", "c4")])

# 2002 The Globe and Mail (The Canadian Press), "OTTAWA —", Sun 2020-01-12
A["2002"] = dict(
    ents=[TRU, ROU, CHA, ZAR, "Andrew Scheer",
          "The Canadian Press", "CTV News", "IRNA", "CBC Radio", "Tasnim News Agency",
          "Canada", "Iran", "Prime Minister's Office (Canada)", "Global Affairs Canada", "University of Alberta"],
    calls=[call("c1", TRU_ROU, [TRU, ROU], "2020-01-11", caller=TRU),
           call("c2", "A_A_trudeau_rouhani_2020_01_09", [TRU, ROU], "2020-01-09", status="attempted", caller=TRU),
           call("c3", "A_E_champagne_zarif_2020_01_09", [CHA, ZAR], "2020-01-09"),
           call("c4", "A_D_champagne_zarif_2020_01_10", [CHA, ZAR], "2020-01-10", status="denied", caller=CHA)],
    rb=[rb("c1", "IRNA", True), rb("c2", "CTV News", True), rb("c3", "CBC Radio", True),
        rb("c4", "Tasnim News Agency", True)]
       + [rb(c, "The Canadian Press", False) for c in ("c1", "c2", "c3", "c4")])

# 2003 Oman Observer, "MUSCAT, JAN 12 —", published Mon 2020-01-13; Diwan statements reposted ("today" =
# the dateline's Jan 12); title blank in the metadata
A["2003"] = dict(
    ents=[HAI, "Qaboos bin Said", "Salman bin Abdulaziz Al Saud", MOD, "Adil Abdul-Mahdi", "Hassan Diab", ROU,
          "Abdel Fattah el-Sisi", "Boris Johnson", "Imran Khan",
          "Twitter", "Oman News Agency",
          "Oman", "Saudi Arabia", "India", "Iraq", "Lebanon", "Iran", "Egypt", "United Kingdom", "Pakistan",
          "Diwan of Royal Court", "Al Alam Palace"],
    calls=[call("c1", "A_E_salman_haitham_2020_01_12", ["Salman bin Abdulaziz Al Saud", HAI], "2020-01-12",
                caller="Salman bin Abdulaziz Al Saud"),
           call("c2", "A_E_modi_haitham_2020_01_12", [MOD, HAI], "2020-01-12", caller=MOD),
           call("c3", "A_E_abdulmahdi_haitham_2020_01_12", ["Adil Abdul-Mahdi", HAI], "2020-01-12"),
           call("c4", "A_E_diab_haitham_2020_01_12", ["Hassan Diab", HAI], "2020-01-12", caller="Hassan Diab"),
           call("c5", ROU_HAI, [ROU, HAI], "2020-01-11", caller=ROU),
           call("c6", "A_E_sisi_haitham_2020_01", ["Abdel Fattah el-Sisi", HAI], None, required=False)],
    rb=[rb("c1", "Oman News Agency", True), rb("c2", "Oman News Agency", True), rb("c2", "Twitter", True)])

# 2004 Al-Monitor, feature with calls in passing, Thu 2020-02-06
A["2004"] = dict(
    ents=[HAI, "Qaboos bin Said", ROU, TRU_US, "Mike Pompeo", BIA, ZAR, "Karim Nasser-Whitfield",
          "Al-Monitor", "Asharq Al-Awsat", "ISNA",
          "Oman", "Iran", "United States", "State Department", "White House", "Council of Oman"],
    calls=[call("c1", ROU_HAI, [ROU, HAI], "2020-01-11", caller=ROU),
           call("c2", "A_E_pompeo_haitham_2020_01_15", ["Mike Pompeo", HAI], "2020-01-15", caller="Mike Pompeo"),
           call("c3", "A_P_trump_haitham_2020", [TRU_US, HAI], None, status="planned", caller=TRU_US),
           call("c4", "A_E_binalawi_zarif_2020_01_last_week", [BIA, ZAR], None)],
    rb=[rb("c4", "Asharq Al-Awsat", True), rb("c4", "ISNA", True), rb("c3", "Al-Monitor", False)])

# 2005 TASS, "MOSCOW, March 19. /TASS/.", Tue 2019-03-19; telegraphic headline
A["2005"] = dict(
    ents=[PUT, NAZ, TOK, "Alexander Lukashenko", "Dmitry Peskov", "Natalya Eismont",
          "TASS", "BelTA",
          "Russia", "Kazakhstan", "Belarus", "Kremlin", "Nur Otan", "Eurasian Economic Union",
          "Collective Security Treaty Organization"],
    calls=[call("c1", NAZ_PUT, [PUT, NAZ], "2019-03-19"),
           call("c2", "A_E_lukashenko_nazarbayev_2019_03_19", ["Alexander Lukashenko", NAZ], "2019-03-19"),
           call("c3", "A_P_putin_tokayev_2019_03", [PUT, TOK], None, status="planned")],
    rb=[rb("c2", "BelTA", True)] + [rb(c, "TASS", False) for c in ("c1", "c2", "c3")])

# 2006 Tengrinews English, "NUR-SULTAN. March 25.", Mon 2019-03-25; URL blank in the metadata
A["2006"] = dict(
    ents=[TOK, "Shavkat Mirziyoyev", "Sooronbay Jeenbekov", "Gurbanguly Berdimuhamedov", PUT, NAZ, "Xi Jinping",
          "Dmitry Peskov", "Dariga Nazarbayeva",
          "Tengrinews", "Khabar 24", "Rossiya 1", "Kazinform",
          "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Turkmenistan", "Russia", "China", "Akorda"],
    calls=[call("c1", "A_E_mirziyoyev_tokayev_2019_03_20", ["Shavkat Mirziyoyev", TOK], "2019-03-20",
                caller="Shavkat Mirziyoyev"),
           call("c2", "A_E_jeenbekov_tokayev_2019_03_20", ["Sooronbay Jeenbekov", TOK], "2019-03-20"),
           call("c3", "A_A_berdimuhamedov_tokayev_2019_03_20", ["Gurbanguly Berdimuhamedov", TOK], "2019-03-20",
                status="attempted", caller="Gurbanguly Berdimuhamedov"),
           call("c4", "A_E_putin_tokayev_2019_03_21", [PUT, TOK], "2019-03-21", caller=PUT),
           call("c5", NAZ_PUT, [NAZ, PUT], "2019-03-19", caller=NAZ),
           call("c6", "A_P_tokayev_xi_2019_03", [TOK, "Xi Jinping"], None, status="planned")],
    rb=[rb("c4", "Khabar 24", True), rb("c5", "Rossiya 1", True), rb("c2", "Kazinform", True)]
       + [rb(c, "Tengrinews", False) for c in ("c1", "c2", "c3", "c4", "c5", "c6")])

# 2007 The Asahi Shimbun (AJW), short brief, Mon 2020-08-31: "this morning" (date in the metadata only);
# no outlet credited
A["2007"] = dict(
    ents=[ABE, TRU_US, "Yoshihide Suga", MOD, "Eiji Morikawa",
          "The Asahi Shimbun",
          "Japan", "United States", "North Korea", "India", "Liberal Democratic Party (Japan)"],
    calls=[call("c1", TRU_ABE, [ABE, TRU_US], "2020-08-31", caller=TRU_US),
           call("c2", "A_P_abe_modi_2020_09", [ABE, MOD], None, status="planned")],
    rb=[])

# 2008 Business Standard (PTI), Thu 2020-09-10. Trump's call "late on the evening of August 30, Washington
# time, when it was already Monday morning in Tokyo" = 2020-08-31 (UTC and Tokyo date)
A["2008"] = dict(
    ents=[MOD, ABE, TRU_US, GOY, KAJ, BIR, "Ajay Kumar", "Satoshi Suzuki", "Anurag Srivastava",
          "Press Trust of India", "Twitter", "Business Standard",
          "India", "Japan", "United States", "Australia", "Ministry of External Affairs (India)",
          "Liberal Democratic Party (Japan)"],
    calls=[call("c1", "A_E_modi_abe_2020_09_10", [MOD, ABE], "2020-09-10", caller=MOD),
           call("c2", TRU_ABE, [TRU_US, ABE], "2020-08-31", caller=TRU_US),
           call("c3", SCRI, [GOY, KAJ, BIR], "2020-09-01")],
    rb=[rb("c1", "Twitter", True)] + [rb(c, "Press Trust of India", False) for c in ("c1", "c2", "c3")])

# 2009 Birmingham's transcript of an ABC Radio National Breakfast interview; outlet blank; no date in the
# text (published Wed 2020-09-02): "yesterday afternoon" = Sept 1
A["2009"] = dict(
    ents=[BIR, GOY, KAJ, ABE, "Scott Morrison", "Zhong Shan", "Agus Suparmanto",
          "ABC Radio National",
          "Japan", "India", "China", "Indonesia", "Australia", "WTO"],
    calls=[call("c1", SCRI, [BIR, GOY, KAJ], "2020-09-01"),
           call("c2", "A_E_morrison_abe_2020_08_29", ["Scott Morrison", ABE], "2020-08-29"),
           call("c3", "A_A_birmingham_zhong_2020", [BIR, "Zhong Shan"], None, status="attempted", caller=BIR),
           call("c4", "A_E_birmingham_suparmanto_2020_08", [BIR, "Agus Suparmanto"], None)],
    rb=[rb(c, "ABC Radio National", False) for c in ("c1", "c2", "c3", "c4")])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind21, part A): 10 articles written for this set (not real published text), each "
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
