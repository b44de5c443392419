#!/usr/bin/env python3
"""Build ../gold.json (part B of blind4, articles 312-323) from the hand annotation below and the registry of names.

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



TR, MO, ALB, CAR = "Donald Trump", "Narendra Modi", "Anthony Albanese", "Mark Carney"
PEZ, SHS, MBZ = "Masoud Pezeshkian", "Shehbaz Sharif", "Mohamed bin Zayed Al Nahyan"

A = {}

A["312"] = dict(
    ents=["Malcolm Turnbull", TR, "Vladimir Putin", "Enrique Peña Nieto", "Barack Obama", "Sean Spicer",
          "Bill Shorten", "Julie Bishop", "Rex Tillerson", "Dominic Harrow", "The Washington Post", "3AW",
          "Twitter", "Australia", "United States", "Mexico", "Russia", "Nauru", "White House", "G20"],
    calls=[call("c1", "B_E_trump_turnbull_2017_01_28", [TR, "Malcolm Turnbull"], "2017-01-28"),
           call("c2", "B_E_trump_penanieto_2017_01_27", [TR, "Enrique Peña Nieto"], "2017-01-27"),
           call("c3", "B_E_trump_putin_2017_01_28", [TR, "Vladimir Putin"], "2017-01-28", required=False)],
    rb=[rb("c1", "The Washington Post", True), rb("c1", "3AW", True)])

A["313"] = dict(
    ents=["Ebrahim Raisi", "Mohammed bin Salman", "Bashar al-Assad", "Ali Khamenei", "Hossein Amir-Abdollahian",
          "Faisal bin Farhan", "Mehr News Agency", "Saudi Press Agency", "Iran", "Saudi Arabia", "Syria", "Israel",
          "China", "Organization of Islamic Cooperation"],
    calls=[call("c1", "B_E_raisi_mbs_2023_10_11", ["Ebrahim Raisi", "Mohammed bin Salman"], "2023-10-11",
                caller="Ebrahim Raisi"),
           call("c2", "B_E_raisi_assad_2023_10_10", ["Ebrahim Raisi", "Bashar al-Assad"], "2023-10-10"),
           call("c3", "B_E_amirabdollahian_faisal_2023_10_09", ["Hossein Amir-Abdollahian", "Faisal bin Farhan"],
                "2023-10-09")],
    rb=[rb("c1", "Saudi Press Agency", True), rb("c1", "Mehr News Agency", False),
        rb("c2", "Mehr News Agency", False), rb("c3", "Mehr News Agency", False)])

A["314"] = dict(
    ents=[MO, "Zafar Mirza", "Ashraf Ghani", "Imran Khan", "Aisha Farooqui", "Tariq Naqvi", "Radio Pakistan",
          "Twitter", "Dawn", "Pakistan", "India", "Afghanistan", "Sri Lanka", "Maldives", "Nepal", "Bhutan",
          "Bangladesh", "Iran", "South Asian Association for Regional Cooperation",
          "National Institute of Health (Pakistan)", "Foreign Office (Pakistan)"],
    calls=[call("c1", "B_E_saarc_video_2020_03_15", [MO, "Zafar Mirza", "Ashraf Ghani"], "2020-03-15")],
    rb=[rb("c1", "Radio Pakistan", True)])

SAARC = ["Lotay Tshering", MO, "Gotabaya Rajapaksa", "Ibrahim Mohamed Solih", "Sheikh Hasina", "K. P. Sharma Oli",
         "Ashraf Ghani", "Zafar Mirza"]
A["315"] = dict(
    ents=SAARC + ["Jigme Khesar Namgyel Wangchuck", "Dechen Wangmo", "Sonam Pelden", "Bhutan Broadcasting Service",
                  "Bhutan", "India", "Sri Lanka", "Maldives", "Bangladesh", "Nepal", "Pakistan", "United States",
                  "South Asian Association for Regional Cooperation"],
    calls=[call("c1", "B_E_saarc_video_2020_03_15", SAARC, "2020-03-15")],
    rb=[rb("c1", "Bhutan Broadcasting Service", True)])

A["316"] = dict(
    ents=[ALB, CAR, "Christopher Luxon", "Peter Dutton", TR, "Tess Kirwan", "Australian Associated Press", "X",
          "Canada", "Australia", "New Zealand", "United States", "Liberal Party of Canada",
          "Australian Electoral Commission"],
    calls=[call("c1", "B_E_albanese_carney_2025_04_29", [ALB, CAR], "2025-04-29", caller=ALB),
           call("c2", "B_P_albanese_luxon_2025_05_01", [ALB, "Christopher Luxon"], "2025-05-01", status="planned")],
    rb=[rb("c1", "X", True), rb("c1", "Australian Associated Press", False)])

A["317"] = dict(
    ents=[CAR, ALB, "Christopher Luxon", TR, "Claudia Sheinbaum", "Pierre Poilievre", "Marie-Claude Dubreuil", "X",
          "Reuters", "The Globe and Mail", "Canada", "Australia", "New Zealand", "United States", "Mexico",
          "Prime Minister's Office (Canada)", "White House"],
    calls=[call("c1", "B_E_carney_albanese_2025_05_04", [CAR, ALB], "2025-05-04", caller=CAR),
           call("c2", "B_E_carney_luxon_2025_05", [CAR, "Christopher Luxon"], None, required=False),
           call("c3", "B_P_carney_sheinbaum_2025_05", [CAR, "Claudia Sheinbaum"], None, status="planned")],
    rb=[rb("c1", "X", True)])

A["318"] = dict(
    ents=[PEZ, SHS, MBZ, "Abbas Araghchi", "Badr Albusaidi", "Vladimir Putin", TR, "Jasem Albudaiwi",
          "Emirates News Agency", "Telegram", "The National", "Pakistan", "Iran", "United Arab Emirates", "Oman",
          "United States", "Organization of Islamic Cooperation", "Gulf Cooperation Council",
          "UAE Ministry of Foreign Affairs", "White House"],
    calls=[call("c1", "B_E_shehbaz_pezeshkian_2025_06_22", [SHS, PEZ], "2025-06-22"),
           call("c2", "B_E_albusaidi_araghchi_2025_06_22", ["Badr Albusaidi", "Abbas Araghchi"], "2025-06-22"),
           call("c3", "B_E_pezeshkian_mbz_2025_06_22", [MBZ, PEZ], "2025-06-22", caller=PEZ)],
    rb=[rb("c3", "Emirates News Agency", True), rb("c3", "Telegram", True)])

A["319"] = dict(
    ents=[SHS, PEZ, "Tamim bin Hamad Al Thani", "Mohammad Ishaq Dar", "Business Recorder", "Pakistan", "Iran",
          "Qatar", "Israel", "Prime Minister's Office (Pakistan)", "Organization of Islamic Cooperation",
          "United Nations", "Foreign Office (Pakistan)"],
    calls=[call("c1", "B_E_shehbaz_pezeshkian_2025_06_22", [SHS, PEZ], "2025-06-22", caller=SHS),
           call("c2", "B_E_tamim_shehbaz_2025_06_22", [SHS, "Tamim bin Hamad Al Thani"], "2025-06-22",
                caller="Tamim bin Hamad Al Thani")],
    rb=[])

A["320"] = dict(
    ents=["William Ruto", "Salva Kiir", "Riek Machar", "Raila Odinga", "Yoweri Museveni", "Nicholas Haysom",
          "Xinhua", "South Sudan Broadcasting Corporation", "X", "Kenya", "South Sudan", "Uganda", "Sudan",
          "SPLM-IO", "Intergovernmental Authority on Development", "State House (Kenya)",
          "United Nations Mission in South Sudan", "African Union"],
    calls=[call("c1", "B_E_ruto_kiir_2025_03_27", ["William Ruto", "Salva Kiir"], "2025-03-27",
                caller="William Ruto"),
           call("c2", "B_A_ruto_machar_2025_03", ["William Ruto", "Riek Machar"], None, status="attempted",
                caller="William Ruto"),
           call("c3", "B_E_museveni_kiir_2025_03_26", ["Yoweri Museveni", "Salva Kiir"], "2025-03-26")],
    rb=[rb("c1", "South Sudan Broadcasting Corporation", True), rb("c3", "X", True), rb("c1", "Xinhua", False),
        rb("c2", "Xinhua", False), rb("c3", "Xinhua", False)])

A["321"] = dict(
    ents=["Anura Kumara Dissanayake", MO, "Mohamed Muizzu", "Muhammad Yunus", SHS, "Xi Jinping", "Shigeru Ishiba",
          "Akio Isomata", "Sajith Premadasa", "Nadeesha Perera", "X", "India", "Maldives", "Bangladesh",
          "Pakistan", "China", "Japan", "National People's Power", "President's Media Division",
          "Election Commission of Sri Lanka", "Samagi Jana Balawegaya"],
    calls=[call("c1", "B_E_modi_dissanayake_2024_11_15", [MO, "Anura Kumara Dissanayake"], "2024-11-15",
                caller=MO),
           call("c2", "B_E_muizzu_dissanayake_2024_11_16", ["Mohamed Muizzu", "Anura Kumara Dissanayake"],
                "2024-11-16", caller="Mohamed Muizzu"),
           call("c3", "B_E_dissanayake_yunus_2024_11_16", ["Anura Kumara Dissanayake", "Muhammad Yunus"],
                "2024-11-16", required=False)],
    rb=[rb("c1", "X", True)])

A["322"] = dict(
    ents=[MBZ, "Abiy Ahmed", "Hassan Sheikh Mohamud", "Abdullah bin Zayed Al Nahyan", "Abdoulkader Houssein Omar",
          "Emirates News Agency", "Gulf News", "United Arab Emirates", "Ethiopia", "Somalia", "Djibouti"],
    calls=[call("c1", "B_E_abiy_mbz_2026_02_09", [MBZ, "Abiy Ahmed"], "2026-02-09", caller="Abiy Ahmed"),
           call("c2", "B_E_hsm_mbz_2026_02_09", [MBZ, "Hassan Sheikh Mohamud"], "2026-02-09",
                caller="Hassan Sheikh Mohamud")],
    rb=[rb("c1", "Emirates News Agency", False), rb("c2", "Emirates News Agency", False)])

A["323"] = dict(
    ents=[MO, TR, "Randhir Jaiswal", "Jairam Ramesh", "Rahul Gandhi", "Sergio Gor", "S. Jaishankar", "Aparna Iyer",
          "X", "India", "United States", "Russia", "Ministry of External Affairs (India)", "Indian National Congress"],
    calls=[call("c1", "B_D_trump_modi_2025_10_15", [TR, MO], "2025-10-15", status="denied"),
           call("c2", "B_E_modi_trump_2025_10_09", [MO, TR], "2025-10-09", caller=MO)],
    rb=[rb("c2", "X", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:3]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg, part B of blind4: 12 articles written for this set (not real published text), each "
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
