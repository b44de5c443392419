#!/usr/bin/env python3
"""Build ../gold.json (part B, 410-419) from the hand annotation below and the registry of names.

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


CH, MA = "Pham Minh Chinh", "Ferdinand Marcos Jr."
MOK, SHB = "Mohammad Mokhber", "Shehbaz Sharif"

A = {}

A["410"] = dict(
    ents=[CH, MA, "Vietnam News Agency", "Vietnam", "ASEAN"],
    calls=[call("c1", "B_E_marcos_chinh_2024_09_10", [CH, MA], "2024-09-10", caller=MA)],
    rb=[rb("c1", "Vietnam News Agency", False)])

A["411"] = dict(
    ents=[MA, CH, "Enrique Manalo", "Bui Thanh Son", "Cesar Chavez", "Facebook", "Philippine News Agency",
          "Vietnam", "Philippines", "Malacañang", "Presidential Communications Office",
          "Department of Foreign Affairs", "Office of Civil Defense", "OWWA"],
    calls=[call("c1", "B_E_marcos_chinh_2024_09_10", [MA, CH], "2024-09-10"),
           call("c2", "B_E_manalo_son_2024_09_09", ["Enrique Manalo", "Bui Thanh Son"], "2024-09-09")],
    rb=[rb("c1", "Facebook", True), rb("c1", "Philippine News Agency", False),
        rb("c2", "Philippine News Agency", False)])

A["412"] = dict(
    ents=["Isaac Herzog", "Olaf Scholz", "Benjamin Netanyahu", "Rishi Sunak", "Yoav Gallant", "Lloyd Austin",
          "X", "The Times of Israel", "Israel", "Iran", "Germany",
          "Iraq", "Syria", "Yemen", "Downing Street", "Home Front Command", "Israel Defense Forces", "RAF",
          "United Nations"],
    calls=[call("c1", "B_E_scholz_herzog_2024_04_14", ["Olaf Scholz", "Isaac Herzog"], "2024-04-14",
                caller="Olaf Scholz"),
           call("c2", "B_P_netanyahu_sunak_2024_04_14", ["Benjamin Netanyahu", "Rishi Sunak"], "2024-04-14",
                status="planned"),
           call("c3", "B_E_gallant_austin_2024_04_14", ["Yoav Gallant", "Lloyd Austin"], "2024-04-14")],
    rb=[rb("c1", "X", True)])

A["413"] = dict(
    ents=["Retno Marsudi", "Hossein Amir-Abdollahian", "Ayman Safadi", "Joko Widodo", "Judha Nugraha",
          "Yashinta Difa", "Rahmad Nasution", "X", "Antara", "Indonesia", "Iran", "Israel", "Palestine",
          "Gaza", "UN Security Council", "United Nations"],
    calls=[call("c1", "B_E_retno_amirabdollahian_2024_04_14", ["Retno Marsudi", "Hossein Amir-Abdollahian"],
                "2024-04-14", caller="Hossein Amir-Abdollahian"),
           call("c2", "B_E_retno_safadi_2024_04", ["Retno Marsudi", "Ayman Safadi"], None, required=False)],
    rb=[rb("c1", "X", True), rb("c1", "Antara", False)])

A["414"] = dict(
    ents=["Chris Hipkins", "Fiamē Naomi Mataʻafa", "Mark Brown", "Tuilaepa Sa'ilele Malielegaoi",
          "Jacinda Ardern", "Lanuola Tusani Tupufia-Ah Tong", "Samoa Observer", "Samoa",
          "New Zealand", "Cook Islands", "Office of the Prime Minister (Samoa)", "Pacific Islands Forum"],
    calls=[call("c1", "B_E_hipkins_fiame_2023_02_01", ["Chris Hipkins", "Fiamē Naomi Mataʻafa"], "2023-02-01",
                caller="Chris Hipkins"),
           call("c2", "B_A_hipkins_brown_2023_02_01", ["Chris Hipkins", "Mark Brown"], "2023-02-01",
                status="attempted", caller="Chris Hipkins"),
           call("c3", "B_P_hipkins_brown_2023_02", ["Chris Hipkins", "Mark Brown"], None, status="planned",
                required=False)],
    rb=[rb("c2", "Samoa Observer", False)])

A["415"] = dict(
    ents=[MOK, "Ebrahim Raisi", "Hossein Amir-Abdollahian", "Vladimir Putin", "Tamim bin Hamad Al Thani",
          "Mohammed Shia al-Sudani", SHB, "Xi Jinping", "Ali Khamenei", "Ali Bagheri Kani", "Telegram",
          "Press TV", "Russia", "Qatar", "Kremlin", "Hamas", "Hezbollah"],
    calls=[call("c1", "B_E_putin_mokhber_2024_05_20", ["Vladimir Putin", MOK], "2024-05-20", caller="Vladimir Putin"),
           call("c2", "B_E_tamim_mokhber_2024_05_20", ["Tamim bin Hamad Al Thani", MOK], "2024-05-20",
                caller="Tamim bin Hamad Al Thani"),
           call("c3", "B_E_sudani_mokhber_2024_05", ["Mohammed Shia al-Sudani", MOK], None,
                caller="Mohammed Shia al-Sudani"),
           call("c4", "B_E_shehbaz_mokhber_2024_05_20", [SHB, MOK], None, caller=SHB)],
    rb=[rb("c1", "Telegram", True)])

A["416"] = dict(
    ents=[SHB, MOK, "Ebrahim Raisi", "Ishaq Dar", "Ali Bagheri Kani", "Hossein Amir-Abdollahian",
          "Asif Ali Zardari", "Imran Khan", "Associated Press of Pakistan", "X", "Iran", "Pakistan",
          "PM Office (Pakistan)", "Pakistan Tehreek-e-Insaf", "Senate of Pakistan"],
    calls=[call("c1", "B_E_shehbaz_mokhber_2024_05_20", [SHB, MOK], "2024-05-20", caller=SHB),
           call("c2", "B_E_dar_bagherikani_2024_05", ["Ishaq Dar", "Ali Bagheri Kani"], None)],
    rb=[rb("c1", "Associated Press of Pakistan", False), rb("c2", "Associated Press of Pakistan", False)])

A["417"] = dict(
    ents=["Ukhnaagiin Khurelsukh", "Yoon Suk Yeol", "Luvsannamsrain Oyun-Erdene", "Fumio Kishida",
          "Batmunkh Battsetseg", "B.Saruul", "MONTSAME", "Mongolia", "South Korea", "Cabinet Secretariat (Mongolia)",
          "Office of the President of Mongolia"],
    calls=[call("c1", "B_E_khurelsukh_yoon_2023_03_14", ["Ukhnaagiin Khurelsukh", "Yoon Suk Yeol"], "2023-03-14",
                caller="Yoon Suk Yeol"),
           call("c2", "B_P_oyunerdene_kishida_2023_03", ["Luvsannamsrain Oyun-Erdene", "Fumio Kishida"], None,
                status="planned")],
    rb=[rb("c1", "MONTSAME", False)])

A["418"] = dict(
    ents=["David Adeang", "Li Qiang", "Lai Ching-te", "Joseph Wu", "Surangel Whipps Jr.", "Tsai Ing-wen",
          "Teng Pei-ju", "Joseph Yeh", "Central News Agency", "Global Times", "People's Daily", "Facebook",
          "Nauru", "Taiwan", "Palau", "Chinese Communist Party"],
    calls=[call("c1", "B_D_adeang_li_2024_01", ["David Adeang", "Li Qiang"], None, status="denied"),
           call("c2", "B_E_wu_whipps_2024_01_15", ["Joseph Wu", "Surangel Whipps Jr."], "2024-01-15")],
    rb=[rb("c1", "Global Times", True), rb("c1", "Facebook", False), rb("c1", "Central News Agency", False),
        rb("c2", "Central News Agency", False)])

A["419"] = dict(
    ents=[CH, MA, "Tran Hong Ha", "Vietnam News Agency", "Vietnam", "Philippines",
          "National Disaster Risk Reduction and Management Council"],
    calls=[call("c1", "B_E_chinh_marcos_2025_09_29", [CH, MA], "2025-09-29", caller=CH)],
    rb=[rb("c1", "Vietnam News Agency", True)])
def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:3]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg, part B: 10 articles written for this set (not real published text), each "
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
