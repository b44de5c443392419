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
MO, SU, TR, SM = "Moon Jae-in", "Yoshihide Suga", "Donald Trump", "Scott Morrison"
M6, AB, KA = "Mohammed VI", "Mahmoud Abbas", "Mustafa Al-Kadhimi"
BO, WE, AA = "Joseph Nyuma Boakai", "George Weah", "Nana Akufo-Addo"
SA = "Samia Suluhu Hassan"

A["1510"] = dict(
    ents=[MO, SU, "Shinzo Abe", "Kim Jong-un", TR, SM, "Kang Min-seok", "Kang Kyung-wha", "Toshimitsu Motegi",
          "Shin Ji-hoon", "Yonhap", "South Korea", "Japan", "North Korea", "United States", "Australia", "China",
          "Cheong Wa Dae"],
    calls=[call("c1", "B_E_suga_moon_2020_09_24", [SU, MO], "2020-09-24", caller=SU),
           call("c2", "B_E_trump_suga_2020_09_20", [SU, TR], None),
           call("c3", "B_E_morrison_suga_2020_09_20", [SU, SM], None),
           call("c4", "B_P_kang_motegi_2020", ["Kang Kyung-wha", "Toshimitsu Motegi"], None, status="planned")],
    rb=[rb("c1", "Yonhap", False)])

A["1511"] = dict(
    ents=[SU, "Shinzo Abe", "Nguyen Xuan Phuc", SM, TR, MO, "Xi Jinping", "Joko Widodo", "Kenji Aoyama",
          "Hiroshi Nakagawa", "Kyodo News", "The Japan Times", "Vietnam", "Indonesia", "Japan", "United States",
          "Australia", "China", "Association of Southeast Asian Nations"],
    calls=[call("c1", "B_E_morrison_suga_2020_09_20", [SM, SU], "2020-09-20", caller=SM),
           call("c2", "B_E_trump_suga_2020_09_20", [TR, SU], "2020-09-20", caller=TR),
           call("c3", "B_E_suga_moon_2020_09_24", [SU, MO], None),
           call("c4", "B_E_suga_xi_2020_09_25", [SU, "Xi Jinping"], "2020-09-25"),
           call("c5", "B_P_suga_widodo_2020_10", [SU, "Joko Widodo"], None, status="planned")],
    rb=[rb("c5", "Kyodo News", True)])

A["1512"] = dict(
    ents=["Muhyiddin Yassin", "Xi Jinping", TR, "Vladimir Putin", SU, SM, "Jacinda Ardern", "Joko Widodo",
          "Lee Hsien Loong", "Prayut Chan-o-cha", "Mohamed Azmin Ali", "RTM", "Bernama", "Malay Mail", "Malaysia",
          "China", "United States", "Russia", "Japan", "Australia", "New Zealand", "Indonesia", "Singapore",
          "Thailand", "APEC"],
    calls=[call("c1", "B_E_apec_video_summit_2020_11_20",
                ["Muhyiddin Yassin", "Xi Jinping", TR, "Vladimir Putin", SU, SM, "Jacinda Ardern", "Joko Widodo",
                 "Lee Hsien Loong"], "2020-11-20"),
           call("c2", "B_E_muhyiddin_prayut_2020_11_19", ["Muhyiddin Yassin", "Prayut Chan-o-cha"], "2020-11-19")],
    rb=[rb("c1", "RTM", True), rb("c2", "Bernama", True)])

A["1513"] = dict(
    ents=["Jacinda Ardern", SM, "Malcolm Turnbull", "Peter O'Neill", "Sky News", "RNZ", "Australia", "New Zealand", "Nauru",
          "APEC"],
    calls=[call("c1", "B_E_ardern_morrison_2018_08_25", ["Jacinda Ardern", SM], "2018-08-25", caller="Jacinda Ardern"),
           call("c2", "B_A_ardern_turnbull_2018_08_24", ["Jacinda Ardern", "Malcolm Turnbull"], "2018-08-24",
                status="attempted", caller="Jacinda Ardern"),
           call("c3", "B_P_ardern_oneill_2018_08", ["Jacinda Ardern", "Peter O'Neill"], None, status="planned")],
    rb=[rb("c1", "Sky News", True)])

A["1514"] = dict(
    ents=[M6, TR, AB, "Nasser Bourita", "Salma Benjelloun", "MAP", "Morocco", "United States", "Israel",
          "Palestine", "Royal Cabinet", "Polisario Front"],
    calls=[call("c1", "B_E_trump_mohammed6_2020_12_10", [M6, TR], "2020-12-10", caller=TR),
           call("c2", "B_E_mohammed6_abbas_2020_12_10", [M6, AB], "2020-12-10", caller=M6)],
    rb=[rb("c1", "MAP", True), rb("c2", "MAP", True)])

A["1515"] = dict(
    ents=["Gabi Ashkenazi", "Nasser Bourita", AB, "Jared Kushner", M6, TR, "Benjamin Netanyahu",
          "The Times of Israel", "Twitter", "Kan", "Al Aoula", "Israel", "Morocco", "United States", "Palestine",
          "White House"],
    calls=[call("c1", "B_E_ashkenazi_bourita_2020_12_10", ["Gabi Ashkenazi", "Nasser Bourita"], "2020-12-10"),
           call("c2", "B_A_kushner_abbas_2020_12", ["Jared Kushner", AB], None, status="attempted",
                caller="Jared Kushner"),
           call("c3", "B_E_mohammed6_abbas_2020_12_10", [M6, AB], "2020-12-10"),
           call("c4", "B_P_netanyahu_mohammed6_2020_12", ["Benjamin Netanyahu", M6], None, status="planned"),
           call("c5", "B_E_trump_mohammed6_2020_12_10", [M6, TR], "2020-12-10")],
    rb=[rb("c1", "Twitter", True), rb("c2", "Kan", True), rb("c5", "Al Aoula", True)])

A["1516"] = dict(
    ents=[KA, "Tamim bin Hamad Al Thani", "Sabah Al-Ahmad Al-Jaber Al-Sabah", "Hassan Rouhani", "Mike Pompeo",
          "Mohammed bin Salman", TR, "Lolwah Al-Khater", "Adil Abdul-Mahdi", "Barham Salih", "Iraqi News Agency",
          "Qatar News Agency", "Kuwait News Agency", "Al-Hadath", "Iraq", "Qatar", "Kuwait", "Iran", "United States",
          "Saudi Arabia", "Prime Minister's Media Office", "Council of Representatives"],
    calls=[call("c1", "B_E_tamim_kadhimi_2020_05_07", ["Tamim bin Hamad Al Thani", KA], "2020-05-07",
                caller="Tamim bin Hamad Al Thani"),
           call("c2", "B_E_sabah_kadhimi_2020_05_07", ["Sabah Al-Ahmad Al-Jaber Al-Sabah", KA], "2020-05-07",
                caller="Sabah Al-Ahmad Al-Jaber Al-Sabah"),
           call("c3", "B_E_rouhani_kadhimi_2020_05_07", [KA, "Hassan Rouhani"], "2020-05-07", caller="Hassan Rouhani"),
           call("c4", "B_E_pompeo_kadhimi_2020_05_07", ["Mike Pompeo", KA], "2020-05-07", caller="Mike Pompeo"),
           call("c5", "B_P_mbs_kadhimi_2020_05_08", ["Mohammed bin Salman", KA], "2020-05-08", status="planned",
                caller="Mohammed bin Salman"),
           call("c6", "B_D_trump_kadhimi_2020_05", [KA, TR], None, status="denied")],
    rb=[rb("c1", "Qatar News Agency", True), rb("c1", "Iraqi News Agency", False),
        rb("c2", "Kuwait News Agency", True), rb("c6", "Al-Hadath", True)])

A["1517"] = dict(
    ents=[BO, WE, AA, "Antony Blinken", "Julius Maada Bio", "Bola Tinubu", "Ellen Johnson Sirleaf",
          "Jeremiah K. Sieh", "Prince S. Doeyan", "Truth FM", "Facebook", "FrontPage Africa", "Liberia", "Ghana",
          "United States", "Sierra Leone", "Nigeria", "National Elections Commission (Liberia)", "State Department",
          "ECOWAS"],
    calls=[call("c1", "B_E_weah_boakai_2023_11_17", [WE, BO], "2023-11-17", caller=WE),
           call("c2", "B_E_akufoaddo_boakai_2023_11_18", [AA, BO], "2023-11-18", caller=AA),
           call("c3", "B_E_blinken_boakai_2023_11_18", ["Antony Blinken", BO], "2023-11-18", caller="Antony Blinken"),
           call("c4", "B_E_bio_boakai_2023_11_19", ["Julius Maada Bio", BO], "2023-11-19", caller="Julius Maada Bio"),
           call("c5", "B_P_boakai_tinubu_2023_11", [BO, "Bola Tinubu"], None, status="planned", required=False)],
    rb=[rb("c1", "Truth FM", True), rb("c4", "Facebook", True)])

A["1518"] = dict(
    ents=[AA, BO, WE, "Ellen Johnson Sirleaf", "Kwame Asante-Owusu", "Ghana News Agency", "X", "FrontPage Africa",
          "Ghana", "Liberia", "Mali", "Burkina Faso", "Guinea", "Niger", "National Elections Commission (Liberia)", "ECOWAS"],
    calls=[call("c1", "B_E_akufoaddo_boakai_2023_11_18", [AA, BO], "2023-11-18", caller=AA),
           call("c2", "B_E_weah_boakai_2023_11_17", [WE, BO], None, caller=WE)],
    rb=[rb("c1", "X", True), rb("c1", "Ghana News Agency", False), rb("c2", "FrontPage Africa", True),
        rb("c2", "Ghana News Agency", False)])

A["1519"] = dict(
    ents=[SA, "John Magufuli", "Uhuru Kenyatta", "Cyril Ramaphosa", "Yoweri Museveni", "Filipe Nyusi",
          "Halima Mrisho", "Citizen TV", "The Citizen", "Tanzania", "Kenya", "South Africa", "Uganda", "Mozambique",
          "Southern African Development Community"],
    calls=[call("c1", "B_E_kenyatta_samia_2021_03_17", ["Uhuru Kenyatta", SA], "2021-03-17", caller="Uhuru Kenyatta"),
           call("c2", "B_E_ramaphosa_samia_2021_03_19", ["Cyril Ramaphosa", SA], "2021-03-19",
                caller="Cyril Ramaphosa"),
           call("c3", "B_E_samia_museveni_2021_03_21", [SA, "Yoweri Museveni"], "2021-03-21"),
           call("c4", "B_P_samia_nyusi_2021_03", [SA, "Filipe Nyusi"], None, status="planned")],
    rb=[rb("c1", "Citizen TV", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind16, part B): 10 articles written for this set (not real published text), each "
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
