#!/usr/bin/env python3
"""Build ../gold.json (part A of blind2) from the hand annotation below and the name registry.

For each article: the entities it names (canonical names; aliases are the registry's surface
forms that occur verbatim, as whole words, in that article), its call mentions and its
reported-by pairs. Event ids carry the part prefix "A_". Run: python3 build_gold.py
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


PU, ERD, LUK, ALI = "Vladimir Putin", "Recep Tayyip Erdoğan", "Alexander Lukashenko", "Ilham Aliyev"
PEZ, MAC, STA, LULA = "Masoud Pezeshkian", "Emmanuel Macron", "Keir Starmer", "Luiz Inácio Lula da Silva"
PRI, TOK, MIR = "Yevgeny Prigozhin", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"
KAG, RUTO, TSH, MIL, ZEL = "Paul Kagame", "William Ruto", "Félix Tshisekedi", "Javier Milei", "Volodymyr Zelensky"

A = {}

A["100"] = dict(
    ents=[ALI, PU, ERD, LUK, "Nursultan Nazarbayev", MIR, "Giorgi Margvelashvili", "AZERTAC", "Azerbaijan",
          "Russia", "Türkiye", "Belarus", "Kazakhstan", "Uzbekistan", "Georgia",
          "Organization for Security and Co-operation in Europe", "Central Election Commission (Azerbaijan)"],
    calls=[call("c1", "A_putin_aliyev_2018_04_12", [ALI, PU], "2018-04-12", caller=PU),
           call("c2", "A_erdogan_aliyev_2018_04_11", [ALI, ERD], "2018-04-11", caller=ERD),
           call("c3", "A_lukashenko_aliyev_2018_04_12", [LUK, ALI], "2018-04-12", caller=LUK),
           call("c4", "A_nazarbayev_aliyev_2018_04_12", ["Nursultan Nazarbayev", ALI], "2018-04-12",
                caller="Nursultan Nazarbayev"),
           call("c5", "A_mirziyoyev_aliyev_2018_04", [MIR, ALI], None, required=False)],
    rb=[rb(c, "AZERTAC", False) for c in ("c1", "c2", "c3", "c4")])

A["101"] = dict(
    ents=[PRI, LUK, PU, "Joe Biden", MAC, "Olaf Scholz", "Rishi Sunak", ERD, TOK, MIR, "Sergei Sobyanin",
          "Telegram", "BelTA", "Russia", "Ukraine", "Belarus", "Türkiye", "Kazakhstan", "Uzbekistan",
          "White House", "Kremlin", "Downing Street", "Wagner Group"],
    calls=[call("c1", "A_putin_lukashenko_2023_06_24", [PU, LUK], "2023-06-24"),
           call("c2", "A_lukashenko_prigozhin_2023_06_24", [LUK, PRI], "2023-06-24"),
           call("c3", "A_biden_macron_scholz_sunak_2023_06_24", ["Joe Biden", MAC, "Olaf Scholz", "Rishi Sunak"],
                "2023-06-24"),
           call("c4", "A_erdogan_putin_2023_06_24", [ERD, PU], "2023-06-24", caller=ERD),
           call("c5", "A_putin_tokayev_2023_06_24", [PU, TOK], "2023-06-24", required=False),
           call("c6", "A_putin_mirziyoyev_2023_06_24", [PU, MIR], "2023-06-24", required=False)],
    rb=[rb("c1", "BelTA", True), rb("c2", "Telegram", True)])

A["102"] = dict(
    ents=[LUK, PU, PRI, "Dmitry Peskov", TOK, "TASS", "Pul Pervogo", "Telegram", "BelTA", "Belarus", "Russia",
          "Kazakhstan", "Wagner Group", "Russian Defense Ministry", "Federal Security Service",
          "Commonwealth of Independent States"],
    calls=[call("c1", "A_putin_lukashenko_2023_06_24", [LUK, PU], "2023-06-24", caller=PU),
           call("c2", "A_lukashenko_prigozhin_2023_06_24", [LUK, PRI], None),
           call("c3", "A_lukashenko_tokayev_2023_06_25", [LUK, TOK], "2023-06-25")],
    rb=[rb("c1", "Pul Pervogo", True), rb("c1", "Telegram", False), rb("c1", "TASS", False),
        rb("c2", "Pul Pervogo", True), rb("c2", "Telegram", False), rb("c2", "TASS", False),
        rb("c3", "BelTA", True), rb("c3", "TASS", False)])

A["103"] = dict(
    ents=[ERD, ALI, "Kyriakos Mitsotakis", "Isaac Herzog", "Ulf Kristersson", "Viktor Orbán", "Rumen Radev",
          "Nikos Dendias", "Mevlüt Çavuşoğlu", "Xi Jinping", "Twitter", "CCTV", "Türkiye", "Syria", "Greece",
          "Israel", "Sweden", "Hungary", "Bulgaria", "China", "Azerbaijan", "Turkish Communications Directorate",
          "Disaster and Emergency Management Presidency", "NATO", "Republican People's Party"],
    calls=[call("c1", "A_aliyev_erdogan_2023_02_06", [ALI, ERD], "2023-02-06", caller=ALI),
           call("c2", "A_mitsotakis_erdogan_2023_02_06", ["Kyriakos Mitsotakis", ERD], "2023-02-06",
                caller="Kyriakos Mitsotakis"),
           call("c3", "A_herzog_erdogan_2023_02_06", ["Isaac Herzog", ERD], "2023-02-06"),
           call("c4", "A_kristersson_erdogan_2023_02_07", ["Ulf Kristersson", ERD], "2023-02-07",
                caller="Ulf Kristersson"),
           call("c5", "A_orban_erdogan_2023_02", [ERD, "Viktor Orbán"], None, required=False),
           call("c6", "A_radev_erdogan_2023_02", [ERD, "Rumen Radev"], None, required=False),
           call("c7", "A_dendias_cavusoglu_2023_02_06", ["Nikos Dendias", "Mevlüt Çavuşoğlu"], "2023-02-06",
                caller="Nikos Dendias")],
    rb=[rb("c3", "Twitter", True)])

A["104"] = dict(
    ents=[PEZ, MAC, "Mohammed Shia al-Sudani", PU, "Ali Khamenei", "Tasnim News Agency", "Iran", "France", "Iraq",
          "Russia", "Élysée Palace"],
    calls=[call("c1", "A_pezeshkian_macron_2024_07_29", [PEZ, MAC], "2024-07-29", caller=MAC),
           call("c2", "A_pezeshkian_sudani_2024_07_28", [PEZ, "Mohammed Shia al-Sudani"], "2024-07-28"),
           call("c3", "A_pezeshkian_putin_planned_2024_08", [PEZ, PU], None, status="planned")],
    rb=[rb("c3", "Tasnim News Agency", True)])

A["105"] = dict(
    ents=[STA, PEZ, "Boris Johnson", "Ebrahim Raisi", "Ismail Haniyeh", "David Lammy", "Stéphane Séjourné",
          "Benjamin Netanyahu", "Abdel Fattah el-Sisi", "Abdullah II of Jordan", "Priti Patel", "Kate Brennan",
          "BBC Radio 4", "The Independent", "Iran", "United Kingdom", "Israel", "Egypt", "Jordan", "France",
          "Downing Street", "Hamas"],
    calls=[call("c1", "A_starmer_pezeshkian_2024_08_12", [STA, PEZ], "2024-08-12"),
           call("c2", "A_johnson_raisi_2021", ["Boris Johnson", "Ebrahim Raisi"], None),
           call("c3", "A_starmer_netanyahu_2024_08", [STA, "Benjamin Netanyahu"], None, required=False),
           call("c4", "A_starmer_sisi_2024_08", [STA, "Abdel Fattah el-Sisi"], None, required=False),
           call("c5", "A_starmer_abdullah_2024_08", [STA, "Abdullah II of Jordan"], None, required=False)],
    rb=[rb("c1", "BBC Radio 4", True)])

A["106"] = dict(
    ents=[PEZ, STA, "Ali Bagheri Kani", "David Lammy", "Nasser Kanaani", "Antony Blinken", "Ismail Haniyeh",
          "IRNA", "Telegram", "Axios", "Iran", "United Kingdom", "United States", "Hamas"],
    calls=[call("c1", "A_starmer_pezeshkian_2024_08_12", [PEZ, STA], "2024-08-12", caller=STA),
           call("c2", "A_bagherikani_lammy_2024_08_11", ["Ali Bagheri Kani", "David Lammy"], "2024-08-11"),
           call("c3", "A_bagherikani_blinken_denied_2024_08", ["Ali Bagheri Kani", "Antony Blinken"], None,
                status="denied")],
    rb=[rb("c1", "Telegram", True), rb("c1", "IRNA", False), rb("c3", "Axios", True)])

A["107"] = dict(
    ents=[MAC, PEZ, "Mohammed bin Salman", "Tamim bin Hamad Al Thani", "Donald Trump", PU, "Wang Yi",
          "Abbas Araghchi", "Gideon Saar", "Benjamin Netanyahu", "X", "Truth Social", "Weibo", "AFP", "France",
          "Iran", "Israel", "Saudi Arabia", "Qatar", "United States", "Russia", "China", "United Kingdom"],
    calls=[call("c1", "A_macron_pezeshkian_2025_06_14", [MAC, PEZ], "2025-06-14"),
           call("c2", "A_macron_mbs_2025_06", [MAC, "Mohammed bin Salman"], None, required=False),
           call("c3", "A_macron_tamim_2025_06", [MAC, "Tamim bin Hamad Al Thani"], None, required=False),
           call("c4", "A_putin_trump_2025_06_14", [PU, "Donald Trump"], "2025-06-14", caller=PU),
           call("c5", "A_wang_araghchi_2025_06_14", ["Wang Yi", "Abbas Araghchi"], "2025-06-14"),
           call("c6", "A_wang_saar_2025_06_14", ["Wang Yi", "Gideon Saar"], "2025-06-14")],
    rb=[rb("c1", "X", True), rb("c4", "Truth Social", True), rb("c5", "Weibo", True), rb("c6", "Weibo", True),
        rb("c1", "AFP", False), rb("c4", "AFP", False), rb("c5", "AFP", False), rb("c6", "AFP", False)])

A["108"] = dict(
    ents=[KAG, "Cyril Ramaphosa", "Marco Rubio", RUTO, TSH, "Yolande Makolo", "Julius Mugisha", "X",
          "The New Times", "Rwanda", "South Africa", "DR Congo", "Kenya", "France", "United States",
          "Southern African Development Community", "East African Community", "State Department", "M23",
          "Village Urugwiro"],
    calls=[call("c1", "A_kagame_ramaphosa_2025_01_28", [KAG, "Cyril Ramaphosa"], "2025-01-28"),
           call("c2", "A_rubio_kagame_2025_01_26", ["Marco Rubio", KAG], "2025-01-26", caller="Marco Rubio"),
           call("c3", "A_eac_virtual_planned_2025_01_29", [RUTO, KAG], "2025-01-29", status="planned")],
    rb=[rb("c1", "X", True)])

EAC = [RUTO, KAG, "Yoweri Museveni", "Samia Suluhu Hassan", "Hassan Sheikh Mohamud", "Salva Kiir"]
A["109"] = dict(
    ents=EAC + [TSH, "Emmerson Mnangagwa", "Facebook", "Capital FM", "DR Congo", "Rwanda", "Uganda", "Tanzania",
                "Somalia", "South Sudan", "Burundi", "Zimbabwe", "Kenya", "State House (Kenya)",
                "East African Community", "Southern African Development Community", "M23"],
    calls=[call("c1", "A_eac_virtual_2025_01_29", EAC, "2025-01-29"),
           call("c2", "A_ruto_tshisekedi_attempted_2025_01_28", [RUTO, TSH], "2025-01-28", status="attempted",
                caller=RUTO)],
    rb=[rb("c1", "Facebook", True)])

A["110"] = dict(
    ents=[MIL, "Joe Biden", "Pope Francis", ZEL, "Luis Lacalle Pou", "Sergio Massa", LULA, "Diana Mondino",
          "Gabriel Boric", "Radio Mitre", "X", "TN", "Noticias Argentinas", "Argentina", "United States", "Ukraine",
          "Uruguay", "Brazil", "Chile", "La Libertad Avanza", "White House", "International Monetary Fund",
          "Holy See"],
    calls=[call("c1", "A_biden_milei_2023_11_21", ["Joe Biden", MIL], "2023-11-21", caller="Joe Biden"),
           call("c2", "A_pope_milei_2023_11_20", ["Pope Francis", MIL], "2023-11-20", caller="Pope Francis"),
           call("c3", "A_zelensky_milei_2023_11_20", [ZEL, MIL], "2023-11-20"),
           call("c4", "A_lacallepou_milei_2023_11_19", ["Luis Lacalle Pou", MIL], "2023-11-19",
                caller="Luis Lacalle Pou"),
           call("c5", "A_milei_lula_planned_2023_12", [MIL, LULA], None, status="planned", caller=MIL)],
    rb=[rb("c2", "Radio Mitre", True), rb("c3", "X", True), rb("c5", "TN", True),
        rb("c1", "Noticias Argentinas", False)])

A["111"] = dict(
    ents=[LULA, ZEL, PU, "Xi Jinping", "Mauro Vieira", "Dmytro Kuleba", "Joe Biden", "Ana Paula Rezende",
          "Twitter", "Telegram", "Agência Brasil", "Brazil", "Ukraine", "Russia", "China", "India", "Indonesia",
          "United States", "Planalto Palace", "Itamaraty", "United Nations General Assembly"],
    calls=[call("c1", "A_lula_zelensky_2023_03_02", [LULA, ZEL], "2023-03-02"),
           call("c2", "A_lula_putin_planned_2023", [LULA, PU], None, status="planned", caller=LULA),
           call("c3", "A_vieira_kuleba_2023_03_01", ["Mauro Vieira", "Dmytro Kuleba"], "2023-03-01")],
    rb=[rb("c1", "Twitter", True), rb("c1", "Telegram", True), rb("c1", "Agência Brasil", False)])

A["112"] = dict(
    ents=["Ibrahim Traoré", "Alassane Ouattara", "Jean-Emmanuel Ouédraogo", "Abdourahamane Tiani", PU,
          "Jeune Afrique", "RTB", "Africanews", "AFP", "Burkina Faso", "Côte d'Ivoire", "Mali", "Niger", "Russia",
          "ECOWAS", "Kremlin"],
    calls=[call("c1", "A_ouattara_traore_denied_2024_06_14", ["Alassane Ouattara", "Ibrahim Traoré"], "2024-06-14",
                status="denied", caller="Alassane Ouattara"),
           call("c2", "A_putin_tiani_2024_03", ["Abdourahamane Tiani", PU], None)],
    rb=[rb("c1", "Jeune Afrique", True), rb("c1", "RTB", False), rb("c1", "AFP", False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:3]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg, part A (blind2/a): 13 articles written for this set (not real published "
        "text), about real heads of state or government and ministers in Europe, Africa, the Middle East and "
        "Latin America, with real or plausible invented calls. Hand annotation in the format of seeds-gold.json; "
        "event ids are prefixed 'A_' so the part merges with part B. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the text and "
        "count for recall; required=false items are accepted but not demanded. 'event' ties mentions of the same "
        "real-world call across articles; a planned call and the call that later took place are different "
        "events (one status per event). Dates are resolved against the publication date, or the dateline where "
        "the text anchors to it. See README.md."),
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
