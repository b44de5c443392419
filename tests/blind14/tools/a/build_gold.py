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
RA, SU, RAI = "Abdul Latif Rashid", "Mohammed Shia al-Sudani", "Ebrahim Raisi"
QIN, COH, MAL = "Qin Gang", "Eli Cohen", "Riyad al-Maliki"
RAB, ALB, LUX = "Sitiveni Rabuka", "Anthony Albanese", "Christopher Luxon"

A["1300"] = dict(
    ents=[RA, "Abdullah II", "Recep Tayyip Erdoğan", "Tamim bin Hamad Al Thani", RAI, SU, "Abdel Fattah al-Sisi",
          "Muqtada al-Sadr", "Nechirvan Barzani", "Masrour Barzani", "Barham Salih",
          "Nawaf al-Ahmad al-Jaber al-Sabah", "Renas Hawrami", "Dilovan Sabir",
          "Kurdistan24", "Facebook", "IRNA", "Anadolu Agency",
          "Iraq", "Jordan", "Turkey", "Qatar", "Iran", "Egypt", "Kuwait",
          "Royal Hashemite Court", "Presidency (Iraq)", "Coordination Framework", "Sadrist movement",
          "Patriotic Union of Kurdistan"],
    calls=[call("c1", "A_E_abdullah_rashid_2022_10_13", ["Abdullah II", RA], "2022-10-13", caller="Abdullah II"),
           call("c2", "A_E_erdogan_rashid_2022_10_14", ["Recep Tayyip Erdoğan", RA], "2022-10-14",
                caller="Recep Tayyip Erdoğan"),
           call("c3", "A_E_tamim_rashid_2022_10_14", ["Tamim bin Hamad Al Thani", RA], "2022-10-14",
                caller="Tamim bin Hamad Al Thani"),
           call("c4", "A_E_raisi_rashid_2022_10_14", [RAI, RA], "2022-10-14", caller=RAI),
           call("c5", "A_E_raisi_sudani_2022_10_14", [RAI, SU], "2022-10-14"),
           call("c6", "A_E_rashid_sisi_2022_10", [RA, "Abdel Fattah al-Sisi"], None, required=False),
           call("c7", "A_A_sudani_sadr_2022_10_13", [SU, "Muqtada al-Sadr"], "2022-10-13", status="attempted",
                caller=SU)],
    rb=[rb("c2", "Facebook", True), rb("c3", "Facebook", True), rb("c2", "Anadolu Agency", True),
        rb("c4", "IRNA", True), rb("c5", "IRNA", True),
        *[rb(c, "Kurdistan24", False) for c in ("c1", "c2", "c3", "c4", "c5", "c6", "c7")]])

A["1301"] = dict(
    ents=[SU, "Ahmad Nawaf Al-Ahmad Al-Sabah", RAI, RA, "Iraqi News Agency", "Kuwait", "Iran", "Iraq",
          "Media Office of the Prime Minister-designate", "Council of Representatives (Iraq)"],
    calls=[call("c1", "A_E_ahmadnawaf_sudani_2022_10_16", ["Ahmad Nawaf Al-Ahmad Al-Sabah", SU], "2022-10-16",
                caller="Ahmad Nawaf Al-Ahmad Al-Sabah"),
           call("c2", "A_E_raisi_sudani_2022_10_14", [RAI, SU], "2022-10-14", caller=RAI)],
    rb=[rb("c1", "Iraqi News Agency", False), rb("c2", "Iraqi News Agency", False)])

A["1302"] = dict(
    ents=["Wang Wenbin", QIN, COH, MAL, "Benjamin Netanyahu", "Xi Jinping", "Volodymyr Zelensky",
          "Luiz Inácio Lula da Silva", "CCTV", "AFP", "Kan", "Bloomberg", "Phoenix TV", "Shenzhen TV",
          "China", "Israel", "Palestine", "Saudi Arabia", "Iran", "Ukraine", "Brazil", "G7"],
    calls=[call("c1", "A_E_qin_cohen_2023_04_17", [QIN, COH], "2023-04-17"),
           call("c2", "A_E_qin_maliki_2023_04_17", [QIN, MAL], "2023-04-17"),
           call("c3", "A_D_qin_netanyahu_2023_04", [QIN, "Benjamin Netanyahu"], None, status="denied")],
    rb=[rb("c3", "Kan", True)])

A["1303"] = dict(
    ents=["Noa Reichman", QIN, COH, MAL, "Abdullatif bin Rashid Al Zayani", "Benjamin Netanyahu", "Mahmoud Abbas",
          "Liora Ben-Ami", "Israel Hayom", "WAFA", "China", "Israel", "Palestine", "Saudi Arabia", "Iran",
          "Bahrain", "Palestinian Authority", "United Nations"],
    calls=[call("c1", "A_E_qin_cohen_2023_04_17", [QIN, COH], "2023-04-17", caller=QIN),
           call("c2", "A_E_qin_maliki_2023_04_17", [QIN, MAL], "2023-04-17"),
           call("c3", "A_E_cohen_alzayani_2023_04", [COH, "Abdullatif bin Rashid Al Zayani"], None)],
    rb=[rb("c1", "Israel Hayom", True), rb("c2", "WAFA", True)])

A["1304"] = dict(
    ents=["Litia Vuniwai", "Naisa Koroi", RAB, ALB, "Wiliame Katonivere", "Jacinda Ardern", "James Marape",
          "Frank Bainimarama", "Biman Prasad", "Jim Chalmers", "Twitter", "RNZ Pacific", "The Fiji Times",
          "FBC News", "Fijivillage", "Fiji", "Australia", "New Zealand", "Papua New Guinea", "FijiFirst",
          "National Federation Party", "People's Alliance", "SODELPA", "State House (Fiji)"],
    calls=[call("c1", "A_E_albanese_rabuka_2022_12_24", [ALB, RAB], "2022-12-24", caller=ALB),
           call("c2", "A_E_ardern_rabuka_2022_12_25", ["Jacinda Ardern", RAB], "2022-12-25", caller="Jacinda Ardern"),
           call("c3", "A_E_marape_rabuka_2022_12_26", ["James Marape", RAB], "2022-12-26", caller="James Marape"),
           call("c4", "A_A_rabuka_bainimarama_2022_12_24", [RAB, "Frank Bainimarama"], "2022-12-24",
                status="attempted", caller=RAB),
           call("c5", "A_P_prasad_chalmers_2022_12", ["Biman Prasad", "Jim Chalmers"], None, status="planned")],
    rb=[rb("c1", "Twitter", True), rb("c2", "RNZ Pacific", True), rb("c3", "The Fiji Times", True),
        rb("c3", "FBC News", True), rb("c5", "Fijivillage", True)])

A["1305"] = dict(
    ents=[LUX, "Chris Hipkins", ALB, "Rishi Sunak", "David Seymour", "Winston Peters", "Cindy Kiro", "NZ Herald", "X",
          "New Zealand", "Australia", "United Kingdom", "New Zealand National Party", "ACT",
          "Labour Party (New Zealand)", "NZ First"],
    calls=[call("c1", "A_E_hipkins_luxon_2023_10_14", ["Chris Hipkins", LUX], "2023-10-14", caller="Chris Hipkins"),
           call("c2", "A_E_albanese_luxon_2023_10_15", [ALB, LUX], "2023-10-15", caller=ALB),
           call("c3", "A_E_luxon_seymour_2023_10_15", [LUX, "David Seymour"], "2023-10-15"),
           call("c4", "A_P_luxon_sunak_2023_10", [LUX, "Rishi Sunak"], None, status="planned")],
    rb=[rb("c2", "X", True), rb("c4", "NZ Herald", False)])

A["1306"] = dict(
    ents=["Mariana Keown", LUX, "Rishi Sunak", ALB, "Dalton Tagelagi", "Fiamē Naomi Mata'afa", "Winston Peters",
          "TVNZ", "PA Media", "United Kingdom", "Australia", "Niue", "Samoa", "New Zealand National Party",
          "ACT", "NZ First", "Downing Street"],
    calls=[call("c1", "A_E_sunak_luxon_2023_10_15", ["Rishi Sunak", LUX], "2023-10-15", caller="Rishi Sunak"),
           call("c2", "A_E_albanese_luxon_2023_10_15", [ALB, LUX], "2023-10-15"),
           call("c3", "A_E_tagelagi_luxon_2023_10_15", ["Dalton Tagelagi", LUX], "2023-10-15",
                caller="Dalton Tagelagi"),
           call("c4", "A_P_luxon_fiame_2023_10", [LUX, "Fiamē Naomi Mata'afa"], None, status="planned"),
           call("c5", "A_A_luxon_peters_2023_10_15", [LUX, "Winston Peters"], "2023-10-15", status="attempted",
                caller=LUX)],
    rb=[rb("c1", "TVNZ", True), rb("c1", "PA Media", True)])

A["1307"] = dict(
    ents=["Oliver Brandt", ALB, LUX, "Peter Dutton", "Penny Wong", "Joe Biden", "AAP", "Sky News Australia",
          "New Zealand", "Australia", "United States", "New Zealand National Party", "Labour Party (New Zealand)",
          "ACT", "NZ First", "White House"],
    calls=[call("c1", "A_E_albanese_luxon_2023_10_15", [ALB, LUX], "2023-10-15", caller=ALB)],
    rb=[rb("c1", "Sky News Australia", True), rb("c1", "AAP", False)])

I2U2 = ["Narendra Modi", "Joe Biden", "Yair Lapid", "Mohamed bin Zayed Al Nahyan"]
A["1308"] = dict(
    ents=["Narendra Modi", "Joe Biden", "Yair Lapid", "Mohamed bin Zayed Al Nahyan", "Subrahmanyam Jaishankar",
          "Abdullah bin Zayed Al Nahyan", "Naftali Bennett", "Doordarshan", "Emirates News Agency",
          "The Economic Times", "India", "Israel", "United Arab Emirates", "United States", "I2U2",
          "Ministry of External Affairs"],
    calls=[call("c1", "A_E_i2u2_video_2022_07_14", I2U2, "2022-07-14"),
           call("c2", "A_E_jaishankar_abz_2022_07_12", ["Subrahmanyam Jaishankar", "Abdullah bin Zayed Al Nahyan"],
                "2022-07-12")],
    rb=[rb("c1", "Doordarshan", True), rb("c1", "Emirates News Agency", True)])

A["1309"] = dict(
    ents=["Kim Seo-yeon", "Han Duck-soo", "Donald Trump", "Yoon Suk Yeol", "Cho Tae-yul", "Takeshi Iwaya",
          "Ahn Duk-geun", "Jamieson Greer", "Yonhap", "Truth Social", "The Dong-A Ilbo", "South Korea",
          "United States", "Japan", "China", "Constitutional Court (South Korea)"],
    calls=[call("c1", "A_E_han_trump_2025_04_08", ["Han Duck-soo", "Donald Trump"], "2025-04-08"),
           call("c2", "A_E_cho_iwaya_2025_04_08", ["Cho Tae-yul", "Takeshi Iwaya"], "2025-04-08"),
           call("c3", "A_P_ahn_greer_2025_04_10", ["Ahn Duk-geun", "Jamieson Greer"], "2025-04-10",
                status="planned")],
    rb=[rb("c1", "Truth Social", True), rb("c1", "The Dong-A Ilbo", True),
        rb("c1", "Yonhap", False), rb("c2", "Yonhap", False), rb("c3", "Yonhap", False)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind14, part A): 10 articles written for this set (not real published text), each "
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
