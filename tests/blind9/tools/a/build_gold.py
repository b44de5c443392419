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



TR, XI, PU, MO = "Donald Trump", "Xi Jinping", "Vladimir Putin", "Narendra Modi"
SHE, DC, CAR = "Claudia Sheinbaum", "Miguel Díaz-Canel", "Mark Carney"
A = {}

A["800"] = dict(
    ents=[DC, SHE, "Gustavo Petro", "Luis Arce", "Daniel Ortega", "Xiomara Castro", XI, "Prensa Latina", "X",
          "Cubadebate", "Cuba", "Mexico", "Colombia", "Bolivia", "Nicaragua", "Honduras", "China", "Vietnam", "Laos",
          "Presidency of the Republic (Cuba)", "Civil Defense (Cuba)", "Mexican Navy"],
    calls=[call("c1", "A_E_sheinbaum_diazcanel_2025_10_30", [SHE, DC], "2025-10-30", caller=SHE),
           call("c2", "A_E_petro_diazcanel_2025_10_29", ["Gustavo Petro", DC], "2025-10-29", caller="Gustavo Petro"),
           call("c3", "A_E_arce_diazcanel_2025_10_30", ["Luis Arce", DC], "2025-10-30", caller="Luis Arce"),
           call("c4", "A_E_ortega_diazcanel_2025_10_30", ["Daniel Ortega", DC], "2025-10-30", caller="Daniel Ortega"),
           call("c5", "A_E_castro_diazcanel_2025_10", ["Xiomara Castro", DC], None, required=False)],
    rb=[rb("c1", "X", True), rb("c1", "Prensa Latina", False), rb("c3", "Cubadebate", True),
        rb("c4", "Cubadebate", True)])

A["801"] = dict(
    ents=[SHE, DC, "Alix Didier Fils-Aimé", TR, "Valeria Montoya Ruiz", "Diego Larrañaga", "Howard Pell", "Reuters",
          "Mexico", "Cuba", "Haiti", "Jamaica", "United States", "Mexican Red Cross"],
    calls=[call("c1", "A_E_sheinbaum_diazcanel_2025_10_30", [SHE, DC], "2025-10-30"),
           call("c2", "A_P_sheinbaum_filsaime_2025_10_30", [SHE, "Alix Didier Fils-Aimé"], "2025-10-30",
                status="planned", caller=SHE)],
    rb=[rb("c1", "Reuters", False), rb("c2", "Reuters", False)])

A["802"] = dict(
    ents=[MO, CAR, "S. Jaishankar", "Anita Anand", "Hardeep Singh Nijjar", "Jairam Ramesh", "X", "India", "Canada",
          "Cyprus", "Croatia", "G7", "Indian National Congress"],
    calls=[call("c1", "A_E_carney_modi_2025_06_06", [MO, CAR], "2025-06-06", caller=CAR),
           call("c2", "A_E_jaishankar_anand_2025_05", ["S. Jaishankar", "Anita Anand"], None)],
    rb=[rb("c1", "X", True)])

A["803"] = dict(
    ents=[CAR, MO, "Lee Jae-myung", "Volodymyr Zelensky", SHE, "Anthony Albanese", "Pierre Poilievre",
          "Hardeep Singh Nijjar", "Rachel Ouellette", "Global News", "X", "The Canadian Press", "India", "Canada",
          "South Korea", "Ukraine", "Mexico", "Australia", "United States", "G7",
          "World Sikh Organization of Canada"],
    calls=[call("c1", "A_E_carney_modi_2025_06_06", [CAR, MO], "2025-06-06"),
           call("c2", "A_P_carney_lee_2025_06_09", [CAR, "Lee Jae-myung"], "2025-06-09", status="planned")],
    rb=[rb("c1", "X", True), rb("c1", "The Canadian Press", False), rb("c2", "Global News", False)])

A["804"] = dict(
    ents=[SHE, DC, "Bruno Rodríguez", "Juan Ramón de la Fuente", "Lázaro Ferrer Bosch", "La Jornada", "Cuba",
          "Mexico", "Electric Union", "Pemex", "Cuban Foreign Ministry", "State Department"],
    calls=[call("c1", "A_E_diazcanel_sheinbaum_2024_10_19", [DC, SHE], "2024-10-19", caller=DC),
           call("c2", "A_E_rodriguez_delafuente_2024_10_20", ["Bruno Rodríguez", "Juan Ramón de la Fuente"],
                "2024-10-20")],
    rb=[rb("c1", "La Jornada", True)])

A["805"] = dict(
    ents=["Han Duck-soo", "Joe Biden", "Shigeru Ishiba", "Cho Tae-yul", "Antony Blinken", "Lee Jae-myung",
          "Yoon Suk Yeol", "Korea JoongAng Daily", "X", "Kyodo News", "South Korea", "Japan",
          "Prime Minister's Office (South Korea)", "White House", "National Assembly (South Korea)",
          "Democratic Party (South Korea)", "Constitutional Court (South Korea)", "Korea Tourism Organization"],
    calls=[call("c1", "A_E_biden_han_2024_12_15", ["Han Duck-soo", "Joe Biden"], "2024-12-15", caller="Joe Biden"),
           call("c2", "A_P_ishiba_han_2024_12_16", ["Shigeru Ishiba", "Han Duck-soo"], "2024-12-16",
                status="planned"),
           call("c3", "A_E_cho_blinken_2024_12_14", ["Cho Tae-yul", "Antony Blinken"], "2024-12-14")],
    rb=[rb("c1", "X", True), rb("c2", "Kyodo News", True)])

A["806"] = dict(
    ents=["Robert Fico", "Andrej Babiš", "Viktor Orbán", "Petr Pavel", "Karol Nawrocki", "Christian Stocker",
          "Friedrich Merz", "Volodymyr Zelensky", "Prague Morning", "Czech News Agency", "Facebook", "Slovakia",
          "Czech Republic", "Hungary", "Poland", "Austria", "Germany", "Ukraine", "ANO", "Pirate Party", "NATO",
          "European Union"],
    calls=[call("c1", "A_E_fico_babis_2025_12_10", ["Robert Fico", "Andrej Babiš"], "2025-12-10",
                caller="Robert Fico"),
           call("c2", "A_E_orban_babis_2025_12_09", ["Viktor Orbán", "Andrej Babiš"], "2025-12-09",
                caller="Viktor Orbán"),
           call("c3", "A_E_babis_nawrocki_2025_12", ["Andrej Babiš", "Karol Nawrocki"], None, required=False),
           call("c4", "A_E_babis_stocker_2025_12", ["Andrej Babiš", "Christian Stocker"], None, required=False),
           call("c5", "A_P_babis_merz_2025_12", ["Andrej Babiš", "Friedrich Merz"], None, status="planned")],
    rb=[rb("c1", "Czech News Agency", False), rb("c2", "Facebook", True), rb("c5", "Czech News Agency", False)])

A["807"] = dict(
    ents=["Évariste Ndayishimiye", "Paul Kagame", "Félix Tshisekedi", "João Lourenço", "Ange-Félicité Niyonzima",
          "IWACU", "Igihe", "X", "Facebook", "Burundi", "Rwanda", "Democratic Republic of the Congo", "Angola",
          "Village Urugwiro", "M23", "African Union", "CNDD-FDD", "Presidency (Burundi)"],
    calls=[call("c1", "A_D_ndayishimiye_kagame_2025_03", ["Évariste Ndayishimiye", "Paul Kagame"], None,
                status="denied", caller="Évariste Ndayishimiye"),
           call("c2", "A_E_tshisekedi_ndayishimiye_2025_03_04", ["Évariste Ndayishimiye", "Félix Tshisekedi"],
                "2025-03-04", caller="Félix Tshisekedi"),
           call("c3", "A_A_lourenco_ndayishimiye_2025_02", ["João Lourenço", "Évariste Ndayishimiye"], None,
                status="attempted", caller="João Lourenço")],
    rb=[rb("c1", "Igihe", True), rb("c1", "X", False), rb("c2", "Facebook", True), rb("c3", "IWACU", False)])

BRICS = ["Prabowo Subianto", "Luiz Inácio Lula da Silva", XI, PU, "Cyril Ramaphosa", "S. Jaishankar"]
A["808"] = dict(
    ents=BRICS + [TR, "Sugiono", "Vivian Balakrishnan", "Teddy Indra Wijaya", "Jakarta Globe", "YouTube", "CCTV",
                  "Weibo", "Telegram", "Indonesia", "China", "Russia", "South Africa", "India", "Brazil",
                  "United States", "Singapore", "BRICS", "Presidential Secretariat (Indonesia)", "Kremlin", "ASEAN"],
    calls=[call("c1", "A_E_brics_virtual_2025_09_08", BRICS, "2025-09-08"),
           call("c2", "A_E_sugiono_balakrishnan_2025_09_05", ["Sugiono", "Vivian Balakrishnan"], "2025-09-05")],
    rb=[rb("c1", "YouTube", True), rb("c1", "CCTV", True), rb("c1", "Weibo", True), rb("c1", "Telegram", True)])

A["809"] = dict(
    ents=["Karin Keller-Sutter", TR, "Guy Parmelin", "Jamieson Greer", "swissinfo.ch", "Radio Télévision Suisse",
          "X", "Keystone-SDA", "Switzerland", "United States", "Federal Council",
          "Federal Department of Economic Affairs", "Swiss People's Party", "Swissmem"],
    calls=[call("c1", "A_E_kellersutter_trump_2025_07_31", ["Karin Keller-Sutter", TR], "2025-07-31"),
           call("c2", "A_P_parmelin_greer_2025_08_04", ["Guy Parmelin", "Jamieson Greer"], "2025-08-04",
                status="planned")],
    rb=[rb("c1", "Radio Télévision Suisse", True), rb("c1", "X", True), rb("c1", "Keystone-SDA", False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:3]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg, part A of blind9: 10 articles written for this set (not real published text), each "
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
