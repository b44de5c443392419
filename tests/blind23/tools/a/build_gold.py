#!/usr/bin/env python3
"""Build ../gold.json (blind23, part A) from the hand annotation below and the registry of names.

For each article: the entities it names (canonical names; aliases are the registry's surface
forms that occur verbatim, as whole words, in that article), its call mentions and its
reported-by pairs. Run: python3 build_gold.py
"""
import csv
import json
import re
from pathlib import Path

from registry import REG, MISHAL, NAWAF

ROOT = Path(__file__).resolve().parent.parent
ART = ROOT / "articles"


def call(cid, event, parts, date, status="occurred", caller=None, required=True):
    return {"id": cid, "event": event, "participants": parts, "caller": caller,
            "date": date, "status": status, "required": required}


def rb(cid, outlet, required):
    return {"call": cid, "outlet": outlet, "required": required}


A = {}
ERD, TAM = "Recep Tayyip Erdoğan", "Tamim bin Hamad Al Thani"
MODI, BIDEN, HAS, XI = "Narendra Modi", "Joe Biden", "Sheikh Hasina", "Xi Jinping"
SHEH, LWONG = "Shehbaz Sharif", "Lawrence Wong"
SALEM = "Salem Abdullah Al-Jaber Al-Sabah"

# cross-article events
ERD_MISHAL = "A_E_erdogan_mishal_2023_12_17"     # 2200 (caller, "today" vs dateline), 2201 (no caller, "on Sunday", X)
BIDEN_MODI = "A_E_biden_modi_2024_06_05"         # 2202 (live blog, caller, X), 2203 (no caller, HT), 2204 (in passing)
HASINA_MODI = "A_E_hasina_modi_2024_06_05"       # 2202 ("this evening"), 2203 ("yesterday", BSS)
XI_BIDEN = "A_E_xi_biden_video_2021_11_16"       # 2205 (Xinhua, "Tuesday morning"), 2206 (VOA, "Monday night", 7:46 p.m. ET)

# 2200 Arab Times (KUNA), "KUWAIT, Dec 17 (KUNA) --", published Mon 2023-12-18: "today" = Dec 17 (the dateline);
# condolence-call list to the new Amir; "On Saturday evening" = Dec 16
A["2200"] = dict(
    ents=[MISHAL, NAWAF, "Haitham bin Tarik", ERD, "Abdelmadjid Tebboune", "Anwaar-ul-Haq Kakar", "Abdullah II", TAM,
          "Mohammed VI",
          "Arab Times", "KUNA", "Kuwait Television",
          "Kuwait", "Oman", "Türkiye", "Algeria", "Pakistan", "Jordan", "Qatar", "Morocco",
          "Amiri Diwan", "Gulf Cooperation Council"],
    calls=[call("c1", "A_E_haitham_mishal_2023_12_17", ["Haitham bin Tarik", MISHAL], "2023-12-17",
                caller="Haitham bin Tarik"),
           call("c2", ERD_MISHAL, [ERD, MISHAL], "2023-12-17", caller=ERD),
           call("c3", "A_E_tebboune_mishal_2023_12_17", ["Abdelmadjid Tebboune", MISHAL], "2023-12-17",
                caller="Abdelmadjid Tebboune"),
           call("c4", "A_E_kakar_mishal_2023_12_17", ["Anwaar-ul-Haq Kakar", MISHAL], "2023-12-17",
                caller="Anwaar-ul-Haq Kakar"),
           call("c5", "A_E_abdullah_mishal_2023_12_16", ["Abdullah II", MISHAL], "2023-12-16", caller="Abdullah II"),
           call("c6", "A_E_mishal_tamim_2023_12_17", [MISHAL, TAM], "2023-12-17", required=False)],
    rb=[rb(c, "KUNA", False) for c in ("c1", "c2", "c3", "c4", "c5")] + [rb("c5", "Kuwait Television", True)])

# 2201 Daily Sabah, Sun 2023-12-17, telegraphic headline; no caller; the directorate's post on X two
# paragraphs after the call; ministers the day before ("A day earlier" = Sat Dec 16), AA "learned"
A["2201"] = dict(
    ents=[ERD, MISHAL, NAWAF, "Hakan Fidan", SALEM, "Cevdet Yılmaz",
          "Daily Sabah", "X", "Anadolu Agency",
          "Türkiye", "Kuwait", "Saudi Arabia", "Qatar", "United Arab Emirates", "Communications Directorate"],
    calls=[call("c1", ERD_MISHAL, [ERD, MISHAL], "2023-12-17"),
           call("c2", "A_E_fidan_salem_2023_12_16", ["Hakan Fidan", SALEM], "2023-12-16")],
    rb=[rb("c1", "X", True), rb("c2", "Anadolu Agency", True)])

# 2202 NDTV live blog, Wed 2024-06-05, IST stamps newest first
A["2202"] = dict(
    ents=[MODI, BIDEN, "Ranil Wickremesinghe", HAS, SHEH, "Droupadi Murmu", "Mumtaz Zahra Baloch",
          "N Chandrababu Naidu", "Nitish Kumar",
          "NDTV", "X", "Geo News",
          "India", "United States", "Sri Lanka", "Bangladesh", "Pakistan",
          "National Democratic Alliance", "BJP", "TDP", "JD(U)", "Foreign Office (Pakistan)"],
    calls=[call("c1", BIDEN_MODI, [BIDEN, MODI], "2024-06-05", caller=BIDEN),
           call("c2", "A_P_modi_wickremesinghe_2024_06_06", [MODI, "Ranil Wickremesinghe"], "2024-06-06",
                status="planned"),
           call("c3", HASINA_MODI, [HAS, MODI], "2024-06-05", caller=HAS),
           call("c4", "A_D_shehbaz_modi_2024_06_05", [SHEH, MODI], "2024-06-05", status="denied", caller=SHEH)],
    rb=[rb("c1", "X", True), rb("c2", "NDTV", False), rb("c4", "Geo News", True)])

# 2203 The Daily Star, Thu 2024-06-06 (00:45): "yesterday" = June 5; ministers "on Tuesday night" = June 4;
# Biden-Modi "on Wednesday night", no caller, "the Hindustan Times reported"
A["2203"] = dict(
    ents=[HAS, MODI, BIDEN, "Hasan Mahmud", "S Jaishankar",
          "BSS", "Hindustan Times", "The Daily Star",
          "Bangladesh", "India", "United States", "National Democratic Alliance", "BJP", "Awami League"],
    calls=[call("c1", HASINA_MODI, [HAS, MODI], "2024-06-05", caller=HAS),
           call("c2", "A_E_mahmud_jaishankar_2024_06_04", ["Hasan Mahmud", "S Jaishankar"], "2024-06-04"),
           call("c3", BIDEN_MODI, [BIDEN, MODI], "2024-06-05")],
    rb=[rb("c1", "BSS", True), rb("c3", "Hindustan Times", True)])

# 2204 The Indian Express feature, Tue 2024-06-18 (title blank in the metadata); calls in passing, no outlet
A["2204"] = dict(
    ents=["Jake Sullivan", "Ajit Doval", MODI, BIDEN, "S Jaishankar", "Eric Garcetti", "Aakriti Menon",
          "India", "United States", "iCET", "White House", "G7", "National Democratic Alliance", "TDP", "JD(U)"],
    calls=[call("c1", "A_E_sullivan_doval_2024_06_11", ["Jake Sullivan", "Ajit Doval"], "2024-06-11"),
           call("c2", BIDEN_MODI, [BIDEN, MODI], "2024-06-05", caller=BIDEN)],
    rb=[])

# 2205 China Daily (Xinhua), "BEIJING, Nov. 16 (Xinhua) --", Tue 2021-11-16: virtual meeting "on Tuesday
# morning, Beijing time"; four Chinese officials "were present"
A["2205"] = dict(
    ents=[XI, BIDEN, "Ding Xuexiang", "Liu He", "Yang Jiechi", "Wang Yi",
          "Xinhua",
          "China", "United States", "Taiwan", "Afghanistan", "United Nations"],
    calls=[call("c1", XI_BIDEN, [XI, BIDEN, "Ding Xuexiang", "Liu He", "Yang Jiechi", "Wang Yi"], "2021-11-16")],
    rb=[rb("c1", "Xinhua", False)])

# 2206 VOA, "WHITE HOUSE —", 2021-11-16 01:04: "Monday night", began 7:46 p.m. ET = 00:46 UTC Tuesday -> Nov 16;
# Austin->Xu request not accepted (attempted, null)
A["2206"] = dict(
    ents=[BIDEN, XI, "Antony Blinken", "Janet Yellen", "Jake Sullivan", "Lloyd Austin", "Xu Qiliang", "Jen Psaki",
          "Daniel Okafor",
          "CCTV",
          "United States", "China", "Taiwan", "White House", "Pentagon", "Central Military Commission",
          "United Nations"],
    calls=[call("c1", XI_BIDEN, [BIDEN, XI, "Antony Blinken", "Janet Yellen", "Jake Sullivan"], "2021-11-16"),
           call("c2", "A_A_austin_xu_2021", ["Lloyd Austin", "Xu Qiliang"], None, status="attempted",
                caller="Lloyd Austin")],
    rb=[rb("c1", "CCTV", True)])

# 2207 Scoop, transcript dated Tue 2023-02-14: "last night" = Feb 13; "Sunday evening, our time" = Feb 12;
# "this morning" = Feb 14; "tomorrow" = Feb 15; URL blank in the metadata
A["2207"] = dict(
    ents=["Chris Hipkins", "Kieran McAnulty", "Anthony Albanese", "Charles III", "Cindy Kiro", "Kirsten Wise",
          "Sitiveni Rabuka", "Nanaia Mahuta", "Penny Wong",
          "ABC", "Scoop",
          "New Zealand", "Australia", "Fiji", "New Zealand Government"],
    calls=[call("c1", "A_E_albanese_hipkins_2023_02_13", ["Anthony Albanese", "Chris Hipkins"], "2023-02-13",
                caller="Anthony Albanese"),
           call("c2", "A_E_charles_kiro_2023_02_12", ["Charles III", "Cindy Kiro"], "2023-02-12", caller="Charles III"),
           call("c3", "A_A_hipkins_wise_2023_02_14", ["Chris Hipkins", "Kirsten Wise"], "2023-02-14",
                status="attempted", caller="Chris Hipkins"),
           call("c4", "A_P_hipkins_rabuka_2023_02_15", ["Chris Hipkins", "Sitiveni Rabuka"], "2023-02-15",
                status="planned"),
           call("c5", "A_E_mahuta_wong_2023_02_12", ["Nanaia Mahuta", "Penny Wong"], "2023-02-12")],
    rb=[rb("c1", "ABC", True)])

# 2208 CNA brief, "SINGAPORE:" with no date: "this morning" = the publication date, Thu 2024-05-16 (metadata only);
# no outlet credited (the PMO is an organization)
A["2208"] = dict(
    ents=[LWONG, "Anwar Ibrahim", "Lee Hsien Loong", "Joko Widodo", "Prabowo Subianto", "Li Qiang",
          "Singapore", "Malaysia", "Indonesia", "China", "Prime Minister's Office (Singapore)"],
    calls=[call("c1", "A_E_anwar_wong_2024_05_16", ["Anwar Ibrahim", LWONG], "2024-05-16", caller="Anwar Ibrahim"),
           call("c2", "A_E_wong_jokowi_2024_05_16", [LWONG, "Joko Widodo"], "2024-05-16"),
           call("c3", "A_P_wong_li_2024_05", [LWONG, "Li Qiang"], None, status="planned")],
    rb=[])

# 2209 The Express Tribune, Tue 2022-08-30: round-up of Monday's calls (Aug 29); APP named once, at the end
A["2209"] = dict(
    ents=[SHEH, ERD, "Shavkat Mirziyoyev", "Mohamed bin Zayed Al Nahyan", TAM, "António Guterres",
          "Bilawal Bhutto Zardari", "Wang Yi", "Sherry Rehman",
          "PTV News", "APP", "The Express Tribune",
          "Pakistan", "Türkiye", "Uzbekistan", "United Arab Emirates", "Qatar", "China", "Afghanistan",
          "United Nations", "National Disaster Management Authority"],
    calls=[call("c1", "A_E_erdogan_shehbaz_2022_08_29", [ERD, SHEH], "2022-08-29", caller=ERD),
           call("c2", "A_E_mirziyoyev_shehbaz_2022_08_29", ["Shavkat Mirziyoyev", SHEH], "2022-08-29",
                caller="Shavkat Mirziyoyev"),
           call("c3", "A_E_mbz_shehbaz_2022_08_29", ["Mohamed bin Zayed Al Nahyan", SHEH], "2022-08-29",
                caller="Mohamed bin Zayed Al Nahyan"),
           call("c4", "A_E_shehbaz_guterres_video_2022_08_29", [SHEH, "António Guterres"], "2022-08-29"),
           call("c5", "A_E_bilawal_wangyi_2022_08_last_week", ["Bilawal Bhutto Zardari", "Wang Yi"], None),
           call("c6", "A_P_shehbaz_tamim_2022_08", [SHEH, TAM], None, status="planned", required=False)],
    rb=[rb("c1", "PTV News", True), rb("c2", "APP", True), rb("c3", "APP", True),
        rb("c6", "The Express Tribune", False)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind23, part A): 10 articles written for this set (not real published text), each "
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
