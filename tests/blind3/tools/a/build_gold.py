#!/usr/bin/env python3
"""Build ../gold.json (blind3, part A, articles 200-211) from the hand annotation below and the registry of names.

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



RAM, MBU, SAN, MON = "Cyril Ramaphosa", "Nangolo Mbumba", "Pedro Sánchez", "Luís Montenegro"
ORPO, MICH, STUBB, KARIS = "Petteri Orpo", "Kristen Michal", "Alexander Stubb", "Alar Karis"
SBH = "Salman bin Hamad Al Khalifa"

A = {}

A["200"] = dict(
    ents=[MBU, "Hage Geingob", RAM, "Hakainde Hichilema", "Mokgweetsi Masisi", "João Lourenço", "Emmerson Mnangagwa",
          "Moussa Faki Mahamat", "Selma Haikali-Nangolo", "The Namibian", "Namibian Broadcasting Corporation",
          "Facebook", "Namibia", "South Africa", "Zambia", "Botswana", "Zimbabwe", "Angola",
          "The Presidency (Namibia)", "State House (Namibia)", "African Union", "SADC"],
    calls=[call("c1", "A_E_ramaphosa_mbumba_2024_02_04", [MBU, RAM], "2024-02-04", caller=RAM),
           call("c2", "A_E_hichilema_mbumba_2024_02_05", ["Hakainde Hichilema", MBU], "2024-02-05",
                caller="Hakainde Hichilema"),
           call("c3", "A_E_masisi_mbumba_2024_02_05", ["Mokgweetsi Masisi", MBU], "2024-02-05",
                caller="Mokgweetsi Masisi"),
           call("c4", "A_E_mbumba_lourenco_2024_02", [MBU, "João Lourenço"], None, required=False)],
    rb=[rb("c2", "Facebook", True)])

A["201"] = dict(
    ents=[SAN, MON, "Mohammed VI", "Emmanuel Macron", "Ursula von der Leyen", "Euronews", "X", "Spain", "Portugal",
          "Morocco", "France", "Red Eléctrica", "Moncloa", "European Commission", "RTE"],
    calls=[call("c1", "A_E_sanchez_montenegro_2025_04_28", [SAN, MON], "2025-04-28"),
           call("c2", "A_E_vdleyen_sanchez_2025_04_28", ["Ursula von der Leyen", SAN], "2025-04-28"),
           call("c3", "A_E_vdleyen_montenegro_2025_04_28", ["Ursula von der Leyen", MON], "2025-04-28"),
           call("c4", "A_P_sanchez_mohammed6_2025_04_28", [SAN, "Mohammed VI"], "2025-04-28", status="planned")],
    rb=[rb("c2", "X", True), rb("c3", "X", True), rb("c4", "Euronews", False)])

A["202"] = dict(
    ents=[MON, SAN, "Marcelo Rebelo de Sousa", "Maria da Graça Carvalho", "Pedro Nuno Santos", "Lusa", "RTP",
          "Portugal", "Spain", "REN", "European Union"],
    calls=[call("c1", "A_E_sanchez_montenegro_2025_04_28", [MON, SAN], "2025-04-28", caller=MON)],
    rb=[rb("c1", "RTP", True), rb("c1", "Lusa", False)])

A["203"] = dict(
    ents=["Aleksandar Vučić", "Albin Kurti", "Antony Blinken", "Josep Borrell", "Peter Stano", "Miroslav Lajčák",
          "Milan Radoičić", "John Kirby", "European Western Balkans", "Instagram", "Serbia", "Kosovo",
          "United States", "State Department", "Srpska Lista", "European Union", "White House"],
    calls=[call("c1", "A_E_blinken_vucic_2023_09_29", ["Antony Blinken", "Aleksandar Vučić"], "2023-09-29"),
           call("c2", "A_E_blinken_kurti_2023_09_24", ["Antony Blinken", "Albin Kurti"], "2023-09-24"),
           call("c3", "A_P_borrell_vucic_kurti_2023_10", ["Josep Borrell", "Aleksandar Vučić", "Albin Kurti"], None,
                status="planned")],
    rb=[rb("c1", "Instagram", True)])

A["204"] = dict(
    ents=[ORPO, MICH, STUBB, "Mark Rutte", KARIS, "Riikka Purra", "Yle News", "Yle Areena", "STT", "X", "Finland",
          "Estonia", "Russia", "Prime Minister's Office (Finland)", "NATO", "Fingrid", "European Union"],
    calls=[call("c1", "A_E_orpo_michal_2024_12_26", [ORPO, MICH], "2024-12-26"),
           call("c2", "A_E_stubb_rutte_2024_12_26", [STUBB, "Mark Rutte"], "2024-12-26", caller=STUBB),
           call("c3", "A_P_stubb_karis_2024_12_28", [STUBB, KARIS], "2024-12-28", status="planned", caller=STUBB)],
    rb=[rb("c1", "STT", True), rb("c2", "X", True)])

A["205"] = dict(
    ents=[MICH, ORPO, "Donald Tusk", KARIS, STUBB, "Margus Tsahkna", "Elina Valtonen", "ERR News", "Estonia",
          "Finland", "Russia", "Government Office (Estonia)", "Elering", "European Union"],
    calls=[call("c1", "A_E_orpo_michal_2024_12_26", [MICH, ORPO], "2024-12-26", caller=MICH),
           call("c2", "A_E_michal_tusk_2024_12_27", [MICH, "Donald Tusk"], "2024-12-27"),
           call("c3", "A_P_stubb_karis_2024_12_28", [KARIS, STUBB], None, status="planned")],
    rb=[])

A["206"] = dict(
    ents=["Evika Siliņa", MICH, ORPO, "Ulf Kristersson", "Edgars Rinkēvičs", "Baiba Braže", "Maria Malmer Stenergard",
          "Andris Sprūds", "LSM", "LETA", "X", "Latvia", "Estonia", "Finland", "Sweden",
          "State Chancellery (Latvia)", "NATO", "LVRTC"],
    calls=[call("c1", "A_E_silina_michal_orpo_2025_01_26", ["Evika Siliņa", MICH, ORPO], "2025-01-26"),
           call("c2", "A_E_silina_kristersson_2025_01_27", ["Evika Siliņa", "Ulf Kristersson"], "2025-01-27"),
           call("c3", "A_E_braze_malmer_2025_01_26", ["Baiba Braže", "Maria Malmer Stenergard"], "2025-01-26")],
    rb=[rb("c1", "LETA", True)])

A["207"] = dict(
    ents=["Ralph Gonsalves", "Irfaan Ali", "Nicolás Maduro", "Roosevelt Skerrit", "Robert Persaud", "Patricia Scotland",
          "Stabroek News", "VTV", "Guyana", "Venezuela", "Saint Vincent and the Grenadines", "Dominica", "Brazil",
          "CELAC", "CARICOM", "Office of the President (Guyana)", "International Court of Justice", "PDVSA"],
    calls=[call("c1", "A_E_gonsalves_ali_2023_12_08", ["Ralph Gonsalves", "Irfaan Ali"], "2023-12-08",
                caller="Ralph Gonsalves"),
           call("c2", "A_E_gonsalves_maduro_2023_12_08", ["Ralph Gonsalves", "Nicolás Maduro"], "2023-12-08"),
           call("c3", "A_E_ali_skerrit_2023_12", ["Irfaan Ali", "Roosevelt Skerrit"], None, required=False),
           call("c4", "A_D_ali_maduro_2023_12", ["Irfaan Ali", "Nicolás Maduro"], None, status="denied",
                caller="Irfaan Ali")],
    rb=[rb("c4", "VTV", True)])

A["208"] = dict(
    ents=["Andrew Holness", "Irfaan Ali", "Mia Mottley", "Ariel Henry", "Antony Blinken", "Jimmy Chérizier",
          "Andre Pusey-McLean", "The Gleaner", "Haiti", "Guyana", "Barbados", "Kenya", "Jamaica", "CARICOM",
          "State Department"],
    calls=[call("c1", "A_P_caricom_video_2024_03_15", ["Andrew Holness", "Irfaan Ali", "Mia Mottley"], "2024-03-15",
                status="planned"),
           call("c2", "A_E_ali_henry_2024_03_11", ["Irfaan Ali", "Ariel Henry"], "2024-03-11", caller="Irfaan Ali"),
           call("c3", "A_E_blinken_henry_2024_03_11", ["Antony Blinken", "Ariel Henry"], "2024-03-11"),
           call("c4", "A_A_mottley_henry_2024_03_10", ["Mia Mottley", "Ariel Henry"], "2024-03-10", status="attempted",
                caller="Mia Mottley")],
    rb=[])

A["209"] = dict(
    ents=["Xiomara Castro", "Bernardo Arévalo", "Rodrigo Chaves", "Laurentino Cortizo", "Gustavo Petro",
          "Gabriel Boric", "Consuelo Porras", "Santiago Palomo", "EFE", "X", "Honduras", "Guatemala", "Costa Rica",
          "Panama", "Colombia", "Chile", "Semilla"],
    calls=[call("c1", "A_E_castro_arevalo_2024_01_19", ["Xiomara Castro", "Bernardo Arévalo"], "2024-01-19",
                caller="Xiomara Castro"),
           call("c2", "A_E_arevalo_chaves_2024_01", ["Bernardo Arévalo", "Rodrigo Chaves"], None, required=False),
           call("c3", "A_E_arevalo_cortizo_2024_01", ["Bernardo Arévalo", "Laurentino Cortizo"], None, required=False)],
    rb=[rb("c1", "X", True), rb("c1", "EFE", False)])

A["210"] = dict(
    ents=[SBH, "Mohammed bin Rashid Al Maktoum", "Mohammed bin Abdulrahman Al Thani", "Ahmad Nawaf Al-Ahmad Al-Sabah",
          "Hamad bin Isa Al Khalifa", "Gulf Daily News", "Bahrain News Agency", "Bahrain", "United Arab Emirates",
          "Qatar", "Kuwait", "Prime Minister's Office (Bahrain)"],
    calls=[call("c1", "A_E_mbr_salman_2023_04_21", ["Mohammed bin Rashid Al Maktoum", SBH], "2023-04-21",
                caller="Mohammed bin Rashid Al Maktoum"),
           call("c2", "A_E_mbaqatar_salman_2023_04_21", ["Mohammed bin Abdulrahman Al Thani", SBH], "2023-04-21",
                caller="Mohammed bin Abdulrahman Al Thani"),
           call("c3", "A_E_salman_ahmadnawaf_2023_04", [SBH, "Ahmad Nawaf Al-Ahmad Al-Sabah"], None, caller=SBH)],
    rb=[rb("c1", "Bahrain News Agency", False), rb("c2", "Bahrain News Agency", False),
        rb("c3", "Bahrain News Agency", False)])

A["211"] = dict(
    ents=[RAM, "Filipe Nyusi", "Emmerson Mnangagwa", "Daniel Chapo", "Venâncio Mondlane", "Vincent Magwenya",
          "Club of Mozambique", "Facebook", "Lusa", "South Africa", "Mozambique", "Zimbabwe", "SADC",
          "The Presidency (South Africa)", "Presidency of Mozambique", "Frelimo", "Constitutional Council (Mozambique)"],
    calls=[call("c1", "A_E_ramaphosa_nyusi_2024_11_14", [RAM, "Filipe Nyusi"], "2024-11-14", caller=RAM),
           call("c2", "A_P_ramaphosa_mnangagwa_2024_11_18", [RAM, "Emmerson Mnangagwa"], "2024-11-18",
                status="planned"),
           call("c3", "A_D_nyusi_mondlane_2024_11", ["Filipe Nyusi", "Venâncio Mondlane"], None, status="denied",
                caller="Filipe Nyusi")],
    rb=[rb("c3", "Facebook", True), rb("c1", "Lusa", False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:3]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind3, part A): 12 articles written for this set (not real published text), each "
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
