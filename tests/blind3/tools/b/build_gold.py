#!/usr/bin/env python3
"""Build ../gold.json (part B of blind3) from the hand annotation below and the registry of names.

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



JAP, RAH, TOK, MIR = "Sadyr Japarov", "Emomali Rahmon", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"
PU, XI, MO, ERD = "Vladimir Putin", "Xi Jinping", "Narendra Modi", "Recep Tayyip Erdoğan"
AOUN, CHR, SHA = "Joseph Aoun", "Nikos Christodoulides", "Ahmed al-Sharaa"
KISH, MAH = "Fumio Kishida", "Min Aung Hlaing"

A = {}

A["212"] = dict(
    ents=[JAP, RAH, TOK, "Kamchybek Tashiev", "Saimumin Yatimov", "Kabar", "Kyrgyzstan", "Tajikistan",
          "Kazakhstan", "Ministry of Emergency Situations (Kyrgyzstan)", "Cabinet of Ministers (Kyrgyzstan)"],
    calls=[call("c1", "B_japarov_rahmon_2021_04_29", [JAP, RAH], "2021-04-29", caller=JAP),
           call("c2", "B_tokayev_japarov_2021_04_29", [TOK, JAP], "2021-04-29", caller=TOK)],
    rb=[rb("c1", "Kabar", False), rb("c2", "Kabar", False)])

A["213"] = dict(
    ents=[JAP, RAH, PU, "Sergei Lavrov", "Ruslan Kazakbaev", "Sirojiddin Muhriddin", "Dmitry Peskov",
          "Emil Dzhuraev", "AFP", "24.kg", "The Moscow Times", "Kyrgyzstan", "Tajikistan", "Russia"],
    calls=[call("c1", "B_japarov_rahmon_2021_04_29", [JAP, RAH], "2021-04-29"),
           call("c2", "B_lavrov_kazakbaev_2021_04_30", ["Sergei Lavrov", "Ruslan Kazakbaev"], "2021-04-30"),
           call("c3", "B_lavrov_muhriddin_2021_04_30", ["Sergei Lavrov", "Sirojiddin Muhriddin"], "2021-04-30")],
    rb=[rb("c1", "AFP", False), rb("c2", "AFP", False), rb("c3", "AFP", False)])

A["214"] = dict(
    ents=[JAP, RAH, MIR, "Aigerim Satybaldieva", "KTRK", "Eurasianet", "Kyrgyzstan", "Tajikistan", "Uzbekistan"],
    calls=[call("c1", "B_japarov_rahmon_2021_04_29", [JAP, RAH], None),
           call("c2", "B_mirziyoyev_japarov_2021_05", [MIR, JAP], None, caller=MIR),
           call("c3", "B_mirziyoyev_rahmon_2021_05", [MIR, RAH], None, caller=MIR)],
    rb=[])

A["215"] = dict(
    ents=[RAH, PU, TOK, "Serdar Berdimuhamedov", JAP, MIR, "Alexander Lukashenko", "Ilham Aliyev", XI,
          "Khovar", "Asia-Plus", "Tajikistan", "Russia", "Kazakhstan", "Turkmenistan", "Kyrgyzstan", "Uzbekistan",
          "Belarus", "Azerbaijan", "China", "Shanghai Cooperation Organisation", "CIS"],
    calls=[call("c1", "B_putin_rahmon_2022_10_05", [PU, RAH], "2022-10-05", caller=PU),
           call("c2", "B_tokayev_rahmon_2022_10_05", [TOK, RAH], "2022-10-05", caller=TOK),
           call("c3", "B_berdimuhamedov_rahmon_2022_10_05", ["Serdar Berdimuhamedov", RAH], "2022-10-05",
                caller="Serdar Berdimuhamedov"),
           call("c4", "B_japarov_rahmon_2022_10_05", [JAP, RAH], "2022-10-05", caller=JAP)],
    rb=[rb("c1", "Khovar", True)])

A["216"] = dict(
    ents=[AOUN, "Emmanuel Macron", "Abdel Fattah el-Sisi", ERD, "Mahmoud Abbas", CHR, SHA, "Najib Mikati",
          "Yazid bin Farhan", "Mohammad Raad", "Lisa Johnson", "X", "National News Agency", "L'Orient Today",
          "L'Orient-Le Jour", "Lebanon", "France", "Egypt", "Türkiye", "Palestine", "Cyprus", "Syria", "Kuwait",
          "Bahrain", "Saudi Arabia", "Israel", "United States", "Hezbollah", "Baabda Palace"],
    calls=[call("c1", "B_macron_aoun_2025_01_09", ["Emmanuel Macron", AOUN], "2025-01-09", caller="Emmanuel Macron"),
           call("c2", "B_sisi_aoun_2025_01_10", ["Abdel Fattah el-Sisi", AOUN], "2025-01-10",
                caller="Abdel Fattah el-Sisi"),
           call("c3", "B_erdogan_aoun_2025_01_10", [ERD, AOUN], "2025-01-10", caller=ERD),
           call("c4", "B_abbas_aoun_2025_01_10", ["Mahmoud Abbas", AOUN], "2025-01-10", caller="Mahmoud Abbas"),
           call("c5", "B_aoun_christodoulides_2025_01_10", [AOUN, CHR], "2025-01-10"),
           call("c6", "B_aoun_sharaa_2025_01", [AOUN, SHA], None, required=False)],
    rb=[rb("c1", "X", True), rb("c2", "National News Agency", True), rb("c3", "National News Agency", True),
        rb("c4", "National News Agency", True), rb("c5", "National News Agency", False),
        rb("c6", "National News Agency", False)])

A["217"] = dict(
    ents=[CHR, AOUN, SHA, "Konstantinos Letymbiotis", "Constantinos Kombos", "Abdallah Bou Habib",
          "Stefanos Stefanou", "Andreas Petrides", "Cyprus News Agency", "Cyprus Mail", "Cyprus", "Lebanon", "Syria",
          "European Union", "Akel"],
    calls=[call("c1", "B_aoun_christodoulides_2025_01_10", [CHR, AOUN], "2025-01-10", caller=CHR),
           call("c2", "B_christodoulides_sharaa_planned_2025_01", [CHR, SHA], None, status="planned",
                caller=CHR),
           call("c3", "B_kombos_bouhabib_2025_01_09", ["Constantinos Kombos", "Abdallah Bou Habib"], "2025-01-09")],
    rb=[rb("c1", "Cyprus News Agency", True)])

A["218"] = dict(
    ents=[KISH, XI, PU, "Joe Biden", "Scott Morrison", "Moon Jae-in", "Hirokazu Matsuno", "Toshimitsu Motegi",
          "Wang Yi", "Ryo Nakagawa", "Xinhua", "Nikkei Asia", "Japan", "China", "Russia", "United States",
          "Australia", "South Korea", "Liberal Democratic Party"],
    calls=[call("c1", "B_kishida_xi_2021_10_08", [KISH, XI], "2021-10-08", caller=KISH),
           call("c2", "B_kishida_putin_2021_10_07", [KISH, PU], "2021-10-07"),
           call("c3", "B_kishida_biden_2021_10_05", [KISH, "Joe Biden"], "2021-10-05"),
           call("c4", "B_kishida_morrison_2021_10", [KISH, "Scott Morrison"], None, required=False),
           call("c5", "B_kishida_moon_planned_2021_10", [KISH, "Moon Jae-in"], None, status="planned")],
    rb=[rb("c1", "Xinhua", True)])

A["219"] = dict(
    ents=[MAH, MO, "Anwar Ibrahim", "Sonexay Siphandone", XI, "Zaw Min Tun", "X", "MRTV", "The Irrawaddy",
          "Facebook", "Myanmar", "India", "Malaysia", "Laos", "China", "Russia", "ASEAN", "National Unity Government",
          "BIMSTEC"],
    calls=[call("c1", "B_modi_minaunghlaing_2025_03_29", [MO, MAH], "2025-03-29", caller=MO),
           call("c2", "B_anwar_minaunghlaing_2025_03_30", ["Anwar Ibrahim", MAH], "2025-03-30", caller="Anwar Ibrahim"),
           call("c3", "B_minaunghlaing_sonexay_2025_03_30", [MAH, "Sonexay Siphandone"], "2025-03-30")],
    rb=[rb("c1", "X", True), rb("c3", "MRTV", True)])

A["220"] = dict(
    ents=["Karol Nawrocki", "Donald Trump", "Rafał Leśkiewicz", "Radosław Sikorski", "Andrii Sybiha", "Donald Tusk",
          "Kristen Michal", "Evika Siliņa", "Gitanas Nausėda", "Friedrich Merz", "Volodymyr Zelensky", "Mark Rutte",
          "TVP World", "Polsat News", "Truth Social", "X", "Telegram", "Poland", "United States", "Ukraine",
          "Estonia", "Latvia", "Lithuania", "Germany", "Russia", "Netherlands", "NATO", "White House",
          "National Security Bureau", "Sejm"],
    calls=[call("c1", "B_nawrocki_trump_planned_2025_09_10", ["Karol Nawrocki", "Donald Trump"], "2025-09-10",
                status="planned"),
           call("c2", "B_sikorski_sybiha_2025_09_10", ["Radosław Sikorski", "Andrii Sybiha"], "2025-09-10"),
           call("c3", "B_tusk_baltic_video_2025_09_10", ["Donald Tusk", "Kristen Michal", "Evika Siliņa",
                                                        "Gitanas Nausėda"], "2025-09-10"),
           call("c4", "B_tusk_merz_2025_09", ["Donald Tusk", "Friedrich Merz"], None, required=False),
           call("c5", "B_zelensky_tusk_2025_09_10", ["Volodymyr Zelensky", "Donald Tusk"], "2025-09-10"),
           call("c6", "B_nawrocki_rutte_2025_09_10", ["Karol Nawrocki", "Mark Rutte"], "2025-09-10")],
    rb=[rb("c1", "Polsat News", True), rb("c2", "X", True), rb("c5", "Telegram", True)])

A["221"] = dict(
    ents=["Charlot Salwai", "Christopher Luxon", "Anthony Albanese", "Jeremiah Manele", "Glenda Willie", "Facebook",
          "Vanuatu Daily Post", "Vanuatu", "New Zealand", "Australia", "Solomon Islands",
          "National Disaster Management Office", "Digicel", "Vodafone Vanuatu", "Vanuatu Red Cross Society"],
    calls=[call("c1", "B_luxon_salwai_attempted_2024_12_17", ["Christopher Luxon", "Charlot Salwai"], "2024-12-17",
                status="attempted", caller="Christopher Luxon"),
           call("c2", "B_albanese_salwai_2024_12_18", ["Anthony Albanese", "Charlot Salwai"], "2024-12-18"),
           call("c3", "B_manele_salwai_2024_12", ["Jeremiah Manele", "Charlot Salwai"], None, required=False)],
    rb=[rb("c2", "Facebook", True)])

A["222"] = dict(
    ents=["Naftali Bennett", ERD, "Isaac Herzog", "Benjamin Netanyahu", "Barack Obama", "Mordi Oknin",
          "Natali Oknin", "Noa Friedland", "Selin Aydemir", "Paul Corrigan", "Reuters", "Kan", "Israel", "Türkiye",
          "United States", "Hamas"],
    calls=[call("c1", "B_bennett_erdogan_2021_11_18", ["Naftali Bennett", ERD], "2021-11-18", caller="Naftali Bennett"),
           call("c2", "B_herzog_erdogan_2021_11_18", ["Isaac Herzog", ERD], "2021-11-18"),
           call("c3", "B_netanyahu_erdogan_2013_03", ["Benjamin Netanyahu", ERD], None)],
    rb=[rb("c1", "Kan", True), rb("c1", "Reuters", False), rb("c2", "Reuters", False), rb("c3", "Reuters", False)])

A["223"] = dict(
    ents=["KP Sharma Oli", MO, XI, "Rajan Bhattarai", "Shanker Das Bairagi", "Vinay Mohan Kwatra", "Gagan Thapa",
          "Twitter", "Zee News", "The Kathmandu Post", "Nepal", "India", "China", "Nepal Communist Party",
          "Nepali Congress", "Ministry of Health and Population (Nepal)"],
    calls=[call("c1", "B_oli_modi_2020_08_15", ["KP Sharma Oli", MO], "2020-08-15", caller="KP Sharma Oli"),
           call("c2", "B_oli_xi_denied_2020_07", ["KP Sharma Oli", XI], None, status="denied")],
    rb=[rb("c1", "Twitter", True), rb("c1", "The Kathmandu Post", False), rb("c2", "Zee News", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:3]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg, part B (blind3/b): 12 articles written for this set (not real published text), each "
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
