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
HAR, AOUN, MAC, MBS = "Saad Hariri", "Michel Aoun", "Emmanuel Macron", "Mohammed bin Salman"
MODI, IK, GHANI, ERD = "Narendra Modi", "Imran Khan", "Ashraf Ghani", "Recep Tayyip Erdoğan"
POM = "Mike Pompeo"
TRUMP, MOON, ABE = "Donald Trump", "Moon Jae-in", "Shinzo Abe"
TRU, MOR, FRE = "Justin Trudeau", "Scott Morrison", "Chrystia Freeland"
# ---- events told by more than one article
HAR_AOUN = "B_E_hariri_aoun_2017_11_18"
MODI_IK = "B_E_modi_imrankhan_2018_07_30"
GHANI_IK = "B_E_ghani_imrankhan_2018_07_28"
TRUMP_MOON = "B_E_trump_moon_2019_02_28"
TRU_MOR = "B_E_trudeau_morrison_2019_01_16"

A["1910"] = dict(
    ents=[HAR, AOUN, MAC, "Abdel Fattah el-Sisi", MBS, "Gebran Bassil", "Jean-Yves Le Drian", "Nabih Berri",
          "Hassan Nasrallah", "Joumana Sfeir", "The Daily Star (Lebanon)", "Future TV", "National News Agency",
          "Abdullah II", "Lebanon", "France", "Saudi Arabia", "Egypt", "Jordan", "Baabda Palace", "Elysee", "Hezbollah",
          "Royal Court (Jordan)"],
    calls=[call("c1", HAR_AOUN, [HAR, AOUN], "2017-11-18", caller=HAR),
           call("c2", "B_A_aoun_hariri_2017_11", [AOUN, HAR], None, status="attempted", caller=AOUN),
           call("c3", "B_E_macron_aoun_2017_11_18", [MAC, AOUN], "2017-11-18", caller=MAC),
           call("c4", "B_E_bassil_ledrian_2017_11_18", ["Gebran Bassil", "Jean-Yves Le Drian"], "2017-11-18"),
           call("c5", "B_E_sisi_aoun_2017_11_19", ["Abdel Fattah el-Sisi", AOUN], "2017-11-19"),
           call("c6", "B_E_abdullah2_aoun_2017_11_19", ["Abdullah II", AOUN], "2017-11-19", caller="Abdullah II")],
    rb=[rb("c1", "National News Agency", True), rb("c4", "The Daily Star (Lebanon)", False)])

A["1911"] = dict(
    ents=[HAR, AOUN, MAC, MBS, "Rex Tillerson", "Heather Nauert", "Hassan Nasrallah", "Nabih Berri", "Rami Saadeh",
          "Asharq Al-Awsat", "Paris Match", "Twitter", "Facebook", "Al-Akhbar", "Lebanon", "France", "Saudi Arabia",
          "United States", "Syria", "Yemen", "Baabda Palace", "Grand Serail", "Elysee", "State Department",
          "Hezbollah", "International Support Group for Lebanon"],
    calls=[call("c1", HAR_AOUN, [HAR, AOUN], "2017-11-18", caller=HAR),
           call("c2", "B_E_macron_mbs_2017_11", [MAC, MBS], None),
           call("c3", "B_E_tillerson_hariri_2017_12_05", ["Rex Tillerson", HAR], "2017-12-05", caller="Rex Tillerson"),
           call("c4", "B_D_hariri_nasrallah_2017_12", [HAR, "Hassan Nasrallah"], None, status="denied")],
    rb=[rb("c1", "Paris Match", True), rb("c3", "Twitter", True), rb("c4", "Al-Akhbar", True)])

A["1912"] = dict(
    ents=[MODI, IK, GHANI, ERD, "Mahathir Mohamad", "Yao Jing", "Fawad Chaudhry", "Raveesh Kumar",
          "The Express Tribune", "Twitter", "Facebook", "India", "Pakistan", "Afghanistan", "Turkey", "Malaysia",
          "China", "Saudi Arabia", "United Arab Emirates", "Pakistan Tehreek-e-Insaf",
          "Ministry of External Affairs (India)"],
    calls=[call("c1", MODI_IK, [MODI, IK], "2018-07-30", caller=MODI),
           call("c2", GHANI_IK, [GHANI, IK], "2018-07-28", caller=GHANI),
           call("c3", "B_E_erdogan_imrankhan_2018_07", [ERD, IK], None),
           call("c4", "B_P_mahathir_imrankhan_2018_08", ["Mahathir Mohamad", IK], None, status="planned",
                caller="Mahathir Mohamad")],
    rb=[rb("c1", "Twitter", True)])

A["1913"] = dict(
    ents=["Mohammad Hanif Atmar", "Qamar Javed Bajwa", GHANI, IK, MODI, "Abdullah Abdullah", "Shah Hussain Murtazawi",
          "Mujib Rahman Rahimi", "Sayed Jalal Omari", "Nazir Sultani", "TOLOnews", "Pajhwok Afghan News", "Dawn",
          "Radio Pakistan",
          "Afghanistan", "Pakistan", "India", "Wolesi Jirga"],
    calls=[call("c1", "B_E_atmar_bajwa_2018_07_31", ["Mohammad Hanif Atmar", "Qamar Javed Bajwa"], "2018-07-31"),
           call("c2", GHANI_IK, [GHANI, IK], "2018-07-28", caller=GHANI),
           call("c3", MODI_IK, [MODI, IK], "2018-07-30", caller=MODI),
           call("c4", "B_P_abdullah_imrankhan_2018_08", ["Abdullah Abdullah", IK], None, status="planned")],
    rb=[rb("c1", "Pajhwok Afghan News", True), rb("c2", "Dawn", True), rb("c2", "Radio Pakistan", True)])

A["1914"] = dict(
    ents=[IK, MODI, "Mohammad Faisal", "Shah Mahmood Qureshi", "Salahuddin Rabbani", POM, "Navjot Singh Sidhu",
          "Daily Times", "Geo News", "Dawn", "Associated Press of Pakistan", "Express News", "Dunya News",
          "Pakistan Television", "Pakistan", "Afghanistan", "India", "United States", "Foreign Office (Pakistan)",
          "State Department", "Prime Minister's Office (Pakistan)"],
    calls=[call("c1", "B_E_qureshi_rabbani_2018_08_28", ["Shah Mahmood Qureshi", "Salahuddin Rabbani"], "2018-08-28"),
           call("c2", "B_E_pompeo_imrankhan_2018_08_23", [POM, IK], "2018-08-23", caller=POM),
           call("c3", "B_P_qureshi_pompeo_2018_09", ["Shah Mahmood Qureshi", POM], None, status="planned"),
           call("c4", MODI_IK, [MODI, IK], "2018-07-30", caller=MODI)],
    rb=[rb("c2", "Pakistan Television", True)])

A["1915"] = dict(
    ents=["Kassym-Jomart Tokayev", "Xi Jinping", "Sadyr Japarov", "Emomali Rahmon", "Gurbanguly Berdimuhamedov",
          "Shavkat Mirziyoyev", ERD, "Berik Uali", "Mukhtar Tileuberdi", "Wang Yi", "Kazinform", "Khabar 24",
          "Facebook", "Kazakhstan", "China", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan", "Turkey",
          "Akorda", "Organization of Turkic States", "Foreign Ministry (Kazakhstan)"],
    calls=[call("c1", "B_E_china_centralasia_video_2022_01_25",
                ["Xi Jinping", "Kassym-Jomart Tokayev", "Sadyr Japarov", "Emomali Rahmon", "Gurbanguly Berdimuhamedov",
                 "Shavkat Mirziyoyev"], "2022-01-25"),
           call("c2", "B_E_erdogan_tokayev_2022_01_24", [ERD, "Kassym-Jomart Tokayev"], "2022-01-24", caller=ERD),
           call("c3", "B_E_tileuberdi_wangyi_2022_01", ["Mukhtar Tileuberdi", "Wang Yi"], None)],
    rb=[rb("c1", "Khabar 24", True), rb("c1", "Kazinform", False), rb("c2", "Facebook", True)])

A["1916"] = dict(
    ents=[TRUMP, ABE, MOON, "Kim Jong Un", "Nguyen Phu Trong", "Kim Eui-kyeom", POM, "Kang Kyung-wha", "Sarah Sanders",
          "The Straits Times", "NHK", "Yonhap", "Japan", "South Korea", "North Korea", "Vietnam", "United States",
          "Cheong Wa Dae", "White House"],
    calls=[call("c1", "B_E_trump_abe_2019_02_28", [TRUMP, ABE], "2019-02-28", caller=TRUMP),
           call("c2", TRUMP_MOON, [TRUMP, MOON], "2019-02-28", caller=TRUMP),
           call("c3", "B_E_pompeo_kang_2019_02_28", [POM, "Kang Kyung-wha"], "2019-02-28", caller=POM)],
    rb=[rb("c1", "NHK", True), rb("c2", "Yonhap", True)])

A["1917"] = dict(
    ents=[MOON, TRUMP, "Kim Jong Un", "Kim Eui-kyeom", "Chung Eui-yong", "John Bolton", "Kang Kyung-wha", POM,
          "Yonhap", "South Korea", "North Korea", "United States", "Vietnam", "Cheong Wa Dae",
          "National Security Office (South Korea)"],
    calls=[call("c1", TRUMP_MOON, [MOON, TRUMP], "2019-02-28"),
           call("c2", "B_E_chung_bolton_2019_03_01", ["Chung Eui-yong", "John Bolton"], "2019-03-01"),
           call("c3", "B_P_kang_pompeo_2019_03", ["Kang Kyung-wha", POM], None, status="planned")],
    rb=[rb("c1", "Yonhap", False)])

A["1918"] = dict(
    ents=[MOR, TRU, "Charlot Salwai", "Frank Bainimarama", "Marise Payne", FRE, "Bill Shorten", "Robert Schellenberg",
          "Michael Kovrig", "Michael Spavor", "Kirsty McAdam", "Jacinda Ardern", "The Globe and Mail", "The Australian",
          "Canada", "China", "Vanuatu", "Fiji", "Australia", "New Zealand", "Labor", "The Greens"],
    calls=[call("c1", TRU_MOR, [TRU, MOR], "2019-01-16", caller=TRU),
           call("c2", "B_E_payne_freeland_2019_01_14", ["Marise Payne", FRE], "2019-01-14"),
           call("c3", "B_E_morrison_bainimarama_2019_01", [MOR, "Frank Bainimarama"], None),
           call("c4", "B_E_morrison_ardern_2019_01", [MOR, "Jacinda Ardern"], None, required=False)],
    rb=[rb("c1", "The Globe and Mail", True)])

A["1919"] = dict(
    ents=[TRU, MOR, "Li Keqiang", "Angela Merkel", FRE, POM, "Robert Schellenberg", "Michael Kovrig", "Michael Spavor",
          "Hua Chunying", "Andrew Scheer", "The Canadian Press", "CBC News", "Canada", "Australia", "Vanuatu", "China",
          "United States", "Germany", "Prime Minister's Office (Canada)", "Global Affairs Canada"],
    calls=[call("c1", TRU_MOR, [TRU, MOR], "2019-01-16", caller=TRU),
           call("c2", "B_E_freeland_pompeo_2019_01_14", [FRE, POM], "2019-01-14"),
           call("c3", "B_A_trudeau_li_2019_01", [TRU, "Li Keqiang"], None, status="attempted", caller=TRU),
           call("c4", "B_P_trudeau_merkel_2019_01", [TRU, "Angela Merkel"], None, status="planned")],
    rb=[rb("c1", "The Canadian Press", False), rb("c2", "The Canadian Press", False), rb("c3", "CBC News", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind20, part B): 10 articles written for this set (not real published text), each "
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
