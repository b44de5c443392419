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
SAL, MBAR, SHA = "Nawaf Salam", "Mohammed bin Abdulrahman Al Thani", "Asaad al-Shaibani"
ISH, CHOI, CHO = "Shigeru Ishiba", "Choi Sang-mok", "Cho Tae-yul"
MUT, DAR, FAI = "Amir Khan Muttaqi", "Ishaq Dar", "Faisal bin Farhan"
ABD, ATT = "Badr Abdelatty", "Ahmed Attaf"
EKE, MOS = "Aisake Valu Eke", "Sam Mostyn"

A["1210"] = dict(
    ents=[SAL, MBAR, "Mostafa Madbouly", "Abdel Fattah el-Sisi", "Jafar Hassan", "Emmanuel Macron", "Joseph Aoun",
          "Najib Mikati", "Nabih Berri", "Mohammad Raad", "Naharnet", "Al-Akhbar", "National News Agency",
          "Facebook", "X", "Lebanon", "Qatar", "Egypt", "Jordan", "France", "Hezbollah", "Amal",
          "International Court of Justice", "Elysee"],
    calls=[call("c1", "B_E_mbar_salam_2025_01_13", [SAL, MBAR], "2025-01-13"),
           call("c2", "B_E_madbouly_salam_2025_01_14", ["Mostafa Madbouly", SAL], "2025-01-14",
                caller="Mostafa Madbouly"),
           call("c3", "B_E_hassan_salam_2025_01", [SAL, "Jafar Hassan"], None, required=False),
           call("c4", "B_E_macron_salam_2025_01_14", ["Emmanuel Macron", SAL], "2025-01-14",
                caller="Emmanuel Macron")],
    rb=[rb("c1", "National News Agency", True), rb("c2", "National News Agency", True),
        rb("c2", "Facebook", True), rb("c4", "Al-Akhbar", True)])

A["1211"] = dict(
    ents=[MBAR, SAL, "Tamim bin Hamad Al Thani", "Joseph Aoun", SHA, "Qatar News Agency", "Qatar", "Lebanon",
          "Syria", "Ministry of Foreign Affairs (Qatar)"],
    calls=[call("c1", "B_E_mbar_salam_2025_01_13", [MBAR, SAL], "2025-01-13", caller=MBAR),
           call("c2", "B_E_shaibani_mbar_2025_01_13", [SHA, MBAR], "2025-01-13", caller=SHA)],
    rb=[rb("c1", "Qatar News Agency", False), rb("c2", "Qatar News Agency", False)])

A["1212"] = dict(
    ents=[ISH, CHOI, "Paetongtarn Shinawatra", CHO, "Maris Sangiampongsa", "Jirayu Houngsub", "Joe Biden",
          "Xi Jinping", "Han Duck-soo", "Yoon Suk Yeol", "Kwon Tae-yeon", "Kyodo News", "South Korea", "Japan",
          "Thailand", "United States", "China", "National Assembly (South Korea)", "Jeju Air"],
    calls=[call("c1", "B_E_ishiba_choi_2024_12_30", [ISH, CHOI], "2024-12-30", caller=ISH),
           call("c2", "B_E_paetongtarn_choi_2024_12_31", ["Paetongtarn Shinawatra", CHOI], "2024-12-31",
                caller="Paetongtarn Shinawatra"),
           call("c3", "B_E_cho_maris_2024_12_30", [CHO, "Maris Sangiampongsa"], "2024-12-30")],
    rb=[rb("c1", "Kyodo News", True)])

A["1213"] = dict(
    ents=[ISH, CHOI, "Han Duck-soo", "Yoon Suk Yeol", "Takeshi Iwaya", CHO, "Kyodo News", "NHK", "Japan",
          "South Korea", "Asia-Pacific Economic Cooperation", "Jeju Air"],
    calls=[call("c1", "B_E_ishiba_choi_2024_12_30", [ISH, CHOI], "2024-12-30", caller=ISH),
           call("c2", "B_P_iwaya_cho_2024_12", ["Takeshi Iwaya", CHO], None, status="planned")],
    rb=[rb("c1", "NHK", True), rb("c1", "Kyodo News", False)])

A["1214"] = dict(
    ents=["Shehbaz Sharif", "Mohammad Hassan Akhund", "S. Jaishankar", MUT, DAR, "Zabihullah Mujahid", "Dawn",
          "X", "Radio Pakistan", "Afghanistan", "Pakistan", "India", "Shanghai Cooperation Organisation",
          "National Disaster Management Authority", "PM Office (Pakistan)", "Foreign Office (Pakistan)"],
    calls=[call("c1", "B_P_shehbaz_akhund_2025_09_01", ["Shehbaz Sharif", "Mohammad Hassan Akhund"], "2025-09-01",
                status="planned", caller="Shehbaz Sharif"),
           call("c2", "B_E_jaishankar_muttaqi_2025_09_01", ["S. Jaishankar", MUT], "2025-09-01"),
           call("c3", "B_E_dar_muttaqi_2025_09_01", [DAR, MUT], "2025-09-01", caller=DAR)],
    rb=[rb("c2", "X", True), rb("c3", "Radio Pakistan", True)])

A["1215"] = dict(
    ents=["Majed Al-Ansari", MBAR, SAL, "Benjamin Netanyahu", "Antony Blinken", "Steve Witkoff", SHA, "Al Sharq",
          "Reuters", "Channel 12", "The Peninsula", "Syria TV", "Al Araby", "Lebanon", "Israel", "Egypt",
          "United States", "Syria", "Ministry of Foreign Affairs (Qatar)"],
    calls=[call("c1", "B_E_mbar_salam_2025_01_13", [MBAR, SAL], "2025-01-13", caller=MBAR),
           call("c2", "B_E_shaibani_mbar_2025_01_13", [MBAR, SHA], "2025-01-13"),
           call("c3", "B_P_mbar_blinken_2025_01_14", [MBAR, "Antony Blinken"], "2025-01-14", status="planned"),
           call("c4", "B_D_mbar_netanyahu_2025_01", [MBAR, "Benjamin Netanyahu"], None, status="denied")],
    rb=[rb("c4", "Channel 12", True)])

A["1216"] = dict(
    ents=[MOS, "Anthony Albanese", "Charles III", "Tupou VI", "Harriet Lomax", "Australia", "Tonga",
          "Government House (Canberra)", "Australian Football League"],
    calls=[call("c1", "B_E_albanese_mostyn_2025_05_04", ["Anthony Albanese", MOS], "2025-05-04",
                caller="Anthony Albanese"),
           call("c2", "B_E_charles_mostyn_2025_06_11", ["Charles III", MOS], "2025-06-11"),
           call("c3", "B_P_mostyn_tupou_2025", [MOS, "Tupou VI"], None, status="planned", caller=MOS)],
    rb=[])

A["1217"] = dict(
    ents=[ABD, "Ayman Safadi", "Abdullah bin Zayed Al Nahyan", FAI, "Tamim Khallaf", ATT, "Abdel Fattah el-Sisi",
          "Abdelmadjid Tebboune", "Mohamed Ali Nafti", "Daily News Egypt", "Middle East News Agency", "Facebook",
          "Egypt", "Jordan", "United Arab Emirates", "Saudi Arabia", "Algeria", "Tunisia", "Libya", "Qatar",
          "United States", "Israel", "Hamas"],
    calls=[call("c1", "B_E_arab_fm_video_2025_08_24", [ABD, "Ayman Safadi", "Abdullah bin Zayed Al Nahyan", FAI],
                "2025-08-24"),
           call("c2", "B_A_attaf_abdelatty_2025_08_23", [ATT, ABD], "2025-08-23", status="attempted", caller=ATT),
           call("c3", "B_E_abdelatty_attaf_2025_08_24", [ABD, ATT], "2025-08-24", caller=ABD),
           call("c4", "B_E_nafti_abdelatty_2025_08_24", ["Mohamed Ali Nafti", ABD], "2025-08-24",
                caller="Mohamed Ali Nafti"),
           call("c5", "B_P_sisi_tebboune_2025_08", ["Abdel Fattah el-Sisi", "Abdelmadjid Tebboune"], None,
                status="planned")],
    rb=[rb("c1", "Middle East News Agency", True), rb("c4", "Facebook", True)])

A["1218"] = dict(
    ents=[MUT, DAR, "Zabihullah Mujahid", FAI, "Abbas Araghchi", "S. Jaishankar", "Pajhwok Afghan News", "NDTV",
          "Telegram", "X", "PTV", "Afghanistan", "Pakistan", "India", "Saudi Arabia", "Iran", "Qatar",
          "Foreign Ministry of the Islamic Emirate", "Foreign Office (Pakistan)"],
    calls=[call("c1", "B_A_muttaqi_dar_2025_10_11", [MUT, DAR], "2025-10-11", status="attempted", caller=MUT),
           call("c2", "B_E_faisal_muttaqi_2025_10_11", [FAI, MUT], "2025-10-11", caller=FAI),
           call("c3", "B_E_muttaqi_araghchi_2025_10_12", [MUT, "Abbas Araghchi"], "2025-10-12")],
    rb=[rb("c1", "NDTV", True), rb("c2", "X", True), rb("c3", "Telegram", True),
        rb("c1", "Pajhwok Afghan News", False), rb("c2", "Pajhwok Afghan News", False),
        rb("c3", "Pajhwok Afghan News", False)])

A["1219"] = dict(
    ents=[EKE, "Mark Brown", "Jeremiah Manele", "Baron Waqa", "Christopher Luxon", "Tupou VI", "Anthony Albanese",
          "Siaosi Sovaleni", "Matangi Tonga", "Tonga Broadcasting Commission", "Facebook", "Tonga", "Cook Islands",
          "Solomon Islands", "New Zealand", "Australia", "United States", "China", "Pacific Islands Forum",
          "Forum Secretariat", "Prime Minister's Office (Tonga)"],
    calls=[call("c1", "B_E_troika_video_2025_03_18", [EKE, "Mark Brown", "Jeremiah Manele", "Baron Waqa"],
                "2025-03-18"),
           call("c2", "B_E_luxon_eke_2025_03_14", ["Christopher Luxon", EKE], "2025-03-14",
                caller="Christopher Luxon"),
           call("c3", "B_P_eke_albanese_2025_03", [EKE, "Anthony Albanese"], None, status="planned")],
    rb=[rb("c1", "Tonga Broadcasting Commission", True), rb("c2", "Facebook", True),
        rb("c2", "Matangi Tonga", False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind13, part B): 10 articles written for this set (not real published text), each "
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
