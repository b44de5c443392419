#!/usr/bin/env python3
"""Build ../gold.json from the hand annotation below and the registry of names (part B).

For each article: the entities it names (canonical names; aliases are the registry's surface
forms that occur verbatim, as whole words, in that article), its call mentions and its
reported-by pairs. Event ids carry the part letter: B_<status letter>_<who>_<when>, where the
status letter is E (occurred), P (planned), A (attempted) or D (denied).
Run: python3 build_gold.py
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


TR, XI, PU, MO = "Donald Trump", "Xi Jinping", "Vladimir Putin", "Narendra Modi"
MOON, ISH, CAR = "Moon Jae-in", "Shigeru Ishiba", "Mark Carney"

A = {}

A["113"] = dict(
    ents=[MOON, TR, XI, "Shinzo Abe", "Malcolm Turnbull", "Yoon Young-chan", "António Guterres", "Jeong Jun-gil",
          "Nam Hye-rin", "The Korea Times", "United States", "China", "Japan", "North Korea", "Australia",
          "Cheong Wa Dae", "National Assembly (South Korea)", "Liberty Korea Party", "United Nations"],
    calls=[call("c1", "B_E_trump_moon_2017_05_10", [MOON, TR], "2017-05-10", caller=TR),
           call("c2", "B_E_xi_moon_2017_05_11", [MOON, XI], "2017-05-11"),
           call("c3", "B_E_abe_moon_2017_05_11", [MOON, "Shinzo Abe"], "2017-05-11", caller="Shinzo Abe"),
           call("c4", "B_P_moon_turnbull_2017_05_12", [MOON, "Malcolm Turnbull"], "2017-05-12", status="planned")],
    rb=[])

A["114"] = dict(
    ents=[XI, MOON, "Lu Kang", "China Central Television", "Weibo", "Xinhua", "China", "South Korea",
          "United States", "Foreign Ministry (China)"],
    calls=[call("c1", "B_E_xi_moon_2017_05_11", [XI, MOON], "2017-05-11", caller=XI)],
    rb=[rb("c1", "China Central Television", True), rb("c1", "Weibo", True), rb("c1", "Xinhua", False)])

SCO = [MO, PU, XI, "Kassym-Jomart Tokayev", "Sadyr Japarov", "Emomali Rahmon", "Shavkat Mirziyoyev",
       "Shehbaz Sharif", "Ebrahim Raisi", "Alexander Lukashenko"]
A["115"] = dict(
    ents=SCO + ["Sergey Lavrov", "Yury Ushakov", "TASS", "Telegram", "India", "Russia", "China", "Kazakhstan",
                "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Pakistan", "Iran", "Belarus",
                "Shanghai Cooperation Organization", "Kremlin"],
    calls=[call("c1", "B_E_sco_virtual_2023_07_04", SCO, "2023-07-04")],
    rb=[rb("c1", "TASS", False), rb("c1", "Telegram", True)])

A["116"] = dict(
    ents=["Hun Manet", TR, "Phumtham Wechayachai", "Anwar Ibrahim", "Prak Sokhonn", "Marco Rubio", "Taing Rithy",
          "Khmer Times", "Fresh News", "Facebook", "Truth Social", "Cambodia", "Thailand", "United States",
          "Malaysia", "Office of the Council of Ministers", "ASEAN", "United Nations Security Council"],
    calls=[call("c1", "B_E_trump_hunmanet_2025_07_26", ["Hun Manet", TR], "2025-07-26", caller=TR),
           call("c2", "B_E_trump_phumtham_2025_07_26", [TR, "Phumtham Wechayachai"], "2025-07-26", caller=TR),
           call("c3", "B_E_praksokhonn_rubio_2025_07_25", ["Prak Sokhonn", "Marco Rubio"], "2025-07-25"),
           call("c4", "B_E_anwar_hunmanet_2025_07_24", ["Anwar Ibrahim", "Hun Manet"], "2025-07-24",
                required=False),
           call("c5", "B_E_anwar_phumtham_2025_07_24", ["Anwar Ibrahim", "Phumtham Wechayachai"], "2025-07-24",
                required=False)],
    rb=[rb("c1", "Fresh News", True), rb("c1", "Facebook", True), rb("c1", "Truth Social", True),
        rb("c2", "Truth Social", True)])

A["117"] = dict(
    ents=[ISH, TR, "Shinzo Abe", "Yoshimasa Hayashi", "Yoshihiko Noda", "Kenta Morioka", "X", "Japan",
          "United States", "Peru", "Prime Minister's Office (Japan)", "Asia-Pacific Economic Cooperation",
          "Constitutional Democratic Party of Japan"],
    calls=[call("c1", "B_E_ishiba_trump_2024_11_07", [ISH, TR], "2024-11-07", caller=ISH)],
    rb=[])

A["118"] = dict(
    ents=[ISH, TR, "Ryosei Akazawa", "Scott Bessent", "Jamieson Greer", "Truth Social", "NHK World-Japan", "Japan",
          "United States"],
    calls=[call("c1", "B_E_ishiba_trump_2025_04_07", [ISH, TR], "2025-04-07", caller=ISH),
           call("c2", "B_P_akazawa_bessent_2025_04", ["Ryosei Akazawa", "Scott Bessent"], None, status="planned")],
    rb=[rb("c1", "Truth Social", True)])

A["119"] = dict(
    ents=[CAR, TR, "Doug Ford", "David Eby", "Pierre Poilievre", "CBC News", "Truth Social", "Canada",
          "United States", "Prime Minister's Office (Canada)", "Service Canada"],
    calls=[call("c1", "B_E_carney_trump_2025_03_28", [CAR, TR], "2025-03-28"),
           call("c2", "B_P_carney_premiers_2025_03_28", [CAR, "Doug Ford", "David Eby"], "2025-03-28",
                status="planned")],
    rb=[rb("c1", "Truth Social", True)])

A["120"] = dict(
    ents=[TR, CAR, "Justin Trudeau", "Karoline Leavitt", "Morgan Whitfield", "Truth Social", "The Hill", "Canada",
          "United States", "White House", "Nexstar Media Inc."],
    calls=[call("c1", "B_E_carney_trump_2025_03_28", [TR, CAR], None)],
    rb=[rb("c1", "Truth Social", True)])

A["121"] = dict(
    ents=[CAR, TR, "Doug Ford", "François Legault", "Danielle Smith", "Pierre Poilievre", "Truth Social",
          "The Canadian Press", "Canada", "United States"],
    calls=[call("c1", "B_E_carney_trump_2025_03_28", [CAR, TR], "2025-03-28", caller=TR),
           call("c2", "B_E_carney_premiers_2025_03_28", [CAR, "Doug Ford", "François Legault"], "2025-03-28")],
    rb=[rb("c1", "Truth Social", True), rb("c1", "The Canadian Press", False),
        rb("c2", "The Canadian Press", False)])

A["122"] = dict(
    ents=[TR, XI, "Guo Jiakun", "He Yadong", "Scott Bessent", "AFP", "Time", "Hong Kong Free Press", "China",
          "United States", "Vietnam", "Malaysia", "Cambodia", "White House"],
    calls=[call("c1", "B_D_xi_trump_2025_04", [XI, TR], None, status="denied", caller=XI)],
    rb=[rb("c1", "Time", True), rb("c1", "AFP", False)])

A["123"] = dict(
    ents=[MO, TR, "Volodymyr Zelensky", PU, XI, "Jairam Ramesh", "Frankfurter Allgemeine Zeitung", "India Today",
          "X", "India", "United States", "Russia", "Pakistan", "Germany", "Japan", "China",
          "Ministry of External Affairs", "Indian National Congress", "Shanghai Cooperation Organization"],
    calls=[call("c1", "B_A_trump_modi_2025_08", [TR, MO], None, status="attempted", caller=TR),
           call("c2", "B_E_zelensky_modi_2025_08_11", ["Volodymyr Zelensky", MO], "2025-08-11",
                caller="Volodymyr Zelensky")],
    rb=[rb("c1", "Frankfurter Allgemeine Zeitung", True), rb("c2", "X", True)])

A["124"] = dict(
    ents=["Sushila Karki", MO, "Li Qiang", "Naveen Srivastava", "Rastriya Samachar Samiti", "X", "Nepal", "India",
          "China", "Prime Minister's Office (Nepal)"],
    calls=[call("c1", "B_E_modi_karki_2025_09_18", ["Sushila Karki", MO], "2025-09-18", caller=MO),
           call("c2", "B_P_karki_li_2025_09", ["Sushila Karki", "Li Qiang"], None, status="planned")],
    rb=[rb("c1", "X", True), rb("c1", "Rastriya Samachar Samiti", False)])

A["125"] = dict(
    ents=["Jacinda Ardern", "Siaosi Sovaleni", "Scott Morrison", "Nanaia Mahuta", "Thomas Coffey", "Facebook", "2GB",
          "Tonga", "New Zealand", "Australia", "Digicel"],
    calls=[call("c1", "B_E_sovaleni_ardern_2022_01_20", ["Siaosi Sovaleni", "Jacinda Ardern"], "2022-01-20",
                caller="Siaosi Sovaleni"),
           call("c2", "B_A_ardern_sovaleni_2022_01", ["Jacinda Ardern", "Siaosi Sovaleni"], None, status="attempted",
                caller="Jacinda Ardern"),
           call("c3", "B_E_morrison_sovaleni_2022_01_19", ["Scott Morrison", "Siaosi Sovaleni"], "2022-01-19")],
    rb=[rb("c1", "Facebook", True), rb("c3", "2GB", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:3]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg, part B: 13 articles written for this set (not real published text), "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; event ids start with 'B_'; a planned call "
        "and the call that later took place are different events (one status per event). Dates are "
        "resolved against the publication date, or the dateline where the text anchors to it. See README.md."),
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
