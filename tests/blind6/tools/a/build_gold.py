#!/usr/bin/env python3
"""Build ../gold.json from the hand annotation below and the registry of names (registry.py).

For each article: the entities it names (canonical names; aliases are the registry's surface
forms that occur verbatim, as whole words, in that article), its call mentions and its
reported-by pairs. Event ids carry the part prefix `A_`. Run: python3 build_gold.py
"""
import csv
import json
import re
from pathlib import Path

from registry import REG

ROOT = Path(__file__).resolve().parent.parent
ART = ROOT / "articles"


def call(cid, event, parts, date, status="occurred", caller=None, required=True):
    return {"id": cid, "event": "A_" + event, "participants": parts, "caller": caller,
            "date": date, "status": status, "required": required}


def rb(cid, outlet, required):
    return {"call": cid, "outlet": outlet, "required": required}


SANDU, IOH, CIO, ZEL = "Maia Sandu", "Klaus Iohannis", "Marcel Ciolacu", "Volodymyr Zelensky"
LAI, PENA = "Lai Ching-te", "Santiago Peña"
ERD, MENFI = "Recep Tayyip Erdoğan", "Mohamed al-Menfi"
BUR, MBZ, RUTO = "Abdel Fattah al-Burhan", "Mohamed bin Zayed Al Nahyan", "William Ruto"
PASH, PEZ = "Nikol Pashinyan", "Masoud Pezeshkian"

A = {}

A["500"] = dict(
    ents=[SANDU, IOH, CIO, ZEL, "Emmanuel Macron", "Olaf Scholz", "Charles Michel", ERD, "Ursula von der Leyen",
          "Dorin Recean", "Dmitry Peskov", "Igor Dodon", "Alexandr Stoianoglo", "Moldpres", "X", "Moldova",
          "Ukraine", "Russia", "Central Electoral Commission (Moldova)", "Party of Socialists", "Kremlin",
          "European Commission", "European Council"],
    calls=[call("c1", "E_iohannis_sandu_2024_11_03", [SANDU, IOH], "2024-11-03", caller=IOH),
           call("c2", "E_ciolacu_sandu_2024_11_04", [CIO, SANDU], "2024-11-04", caller=CIO),
           call("c3", "E_zelensky_sandu_2024_11_04", [ZEL, SANDU], "2024-11-04"),
           call("c4", "E_sandu_macron_2024_11", [SANDU, "Emmanuel Macron"], None, required=False),
           call("c5", "E_sandu_scholz_2024_11", [SANDU, "Olaf Scholz"], None, required=False)],
    rb=[rb("c3", "X", True), rb("c1", "Moldpres", False), rb("c2", "Moldpres", False),
        rb("c3", "Moldpres", False)])

A["501"] = dict(
    ents=[IOH, SANDU, CIO, "George Simion", "Luminița Odobescu", "Mihai Popșoi", "Alexandr Stoianoglo",
          "Irina Moldoveanu", "Agerpres", "Facebook", "Romania", "Moldova", "Ukraine",
          "Presidential Administration (Romania)", "Social Democratic Party (Romania)", "AUR"],
    calls=[call("c1", "E_iohannis_sandu_2024_11_03", [IOH, SANDU], "2024-11-03", caller=IOH),
           call("c2", "E_ciolacu_sandu_2024_11_04", [CIO, SANDU], "2024-11-04", caller=CIO),
           call("c3", "E_odobescu_popsoi_2024_11_04", ["Luminița Odobescu", "Mihai Popșoi"], "2024-11-04")],
    rb=[rb("c1", "Agerpres", True), rb("c2", "Facebook", True)])

A["502"] = dict(
    ents=[LAI, PENA, "Karen Kuo", "Lin Chia-lung", "Rubén Ramírez Lezcano", "Chen Binhua", "Huang Yu-chen",
          "Lin Wei-ting", "Central News Agency", "Taiwan", "Paraguay", "Presidential Office (Taiwan)",
          "Ministry of Foreign Affairs (Taiwan)", "Taiwan Affairs Office"],
    calls=[call("c1", "E_lai_pena_2025_03_11", [LAI, PENA], "2025-03-11", caller=PENA),
           call("c2", "E_lin_ramirez_2025_03_10", ["Lin Chia-lung", "Rubén Ramírez Lezcano"], "2025-03-10")],
    rb=[rb("c1", "Central News Agency", False), rb("c2", "Central News Agency", False)])

A["503"] = dict(
    ents=[PENA, LAI, "Javier Milei", "Luiz Inácio Lula da Silva", "Guo Jiakun", "X", "ABC Color", "Paraguay",
          "Taiwan", "Argentina", "United States", "China", "Mercosur", "European Union",
          "Paraguayan Chamber of Cereal and Oilseed Exporters"],
    calls=[call("c1", "E_lai_pena_2025_03_11", [PENA, LAI], "2025-03-11"),
           call("c2", "E_milei_pena_2025_03_10", ["Javier Milei", PENA], "2025-03-10", caller="Javier Milei"),
           call("c3", "P_pena_lula_2025_03", [PENA, "Luiz Inácio Lula da Silva"], None, status="planned")],
    rb=[rb("c1", "X", True), rb("c3", "ABC Color", True)])

A["504"] = dict(
    ents=[ERD, MENFI, "Abdelmadjid Tebboune", "Abdel Fattah el-Sisi", "Khalifa Haftar", "Ahmed Fahmy",
          "Giorgia Meloni", "Abdul Hamid Dbeibah", "Robert Abela", "Salma El Ouafi", "Abdoulaye Bathily",
          "Anadolu Agency", "Facebook", "Al Jazeera", "Libya", "Türkiye", "Egypt", "Italy",
          "Presidential Council (Libya)", "Government of National Unity", "Libyan National Army", "Palazzo Chigi",
          "Libyan Red Crescent", "United Nations"],
    calls=[call("c1", "E_erdogan_menfi_2023_09_12", [ERD, MENFI], "2023-09-12", caller=ERD),
           call("c2", "P_tebboune_menfi_2023_09_12", ["Abdelmadjid Tebboune", MENFI], "2023-09-12",
                status="planned"),
           call("c3", "E_sisi_haftar_2023_09_11", ["Abdel Fattah el-Sisi", "Khalifa Haftar"], "2023-09-11"),
           call("c4", "E_meloni_dbeibah_abela_2023_09_11", ["Giorgia Meloni", "Abdul Hamid Dbeibah", "Robert Abela"],
                "2023-09-11")],
    rb=[rb("c1", "Anadolu Agency", True), rb("c3", "Facebook", True)])

A["505"] = dict(
    ents=["Petr Pavel", "Zuzana Čaputová", "Robert Fico", "Petr Fiala", "Robert Kaliňák", "Viktor Orbán",
          "Peter Pellegrini", "Michal Šimečka", "Vladimir Putin", "Matúš Šutaj Eštok", "TASR", "X",
          "Czech Television", "Slovakia", "Czech Republic", "Hungary", "F. D. Roosevelt University Hospital",
          "Progressive Slovakia", "European Commission", "NATO"],
    calls=[call("c1", "E_pavel_caputova_2024_05_15", ["Petr Pavel", "Zuzana Čaputová"], "2024-05-15",
                caller="Petr Pavel"),
           call("c2", "E_fiala_kalinak_2024_05_16", ["Petr Fiala", "Robert Kaliňák"], "2024-05-16"),
           call("c3", "E_orban_pellegrini_2024_05", ["Viktor Orbán", "Peter Pellegrini"], None, required=False)],
    rb=[rb("c1", "X", True), rb("c2", "Czech Television", True), rb("c1", "TASR", False),
        rb("c2", "TASR", False)])

A["506"] = dict(
    ents=[BUR, MBZ, "Abiy Ahmed", RUTO, "Mohamed Hamdan Dagalo", "Malik Agar", "SUNA", "Al-Hadath",
          "Sudan Tribune", "Sudan", "United Arab Emirates", "Sovereignty Council (Sudan)", "Rapid Support Forces",
          "United Nations"],
    calls=[call("c1", "E_burhan_mbz_2024_07_19", [BUR, MBZ], "2024-07-19"),
           call("c2", "T_ruto_burhan_2024_06", [RUTO, BUR], None, status="attempted", caller=RUTO),
           call("c3", "D_burhan_hemedti_2024_07", [BUR, "Mohamed Hamdan Dagalo"], None, status="denied")],
    rb=[rb("c1", "SUNA", True), rb("c3", "Al-Hadath", True), rb("c1", "Sudan Tribune", False)])

A["507"] = dict(
    ents=[MBZ, BUR, "Abiy Ahmed", RUTO, "Paul Kagame", "Emirates News Agency", "Sudan", "United Arab Emirates",
          "Ethiopia", "Kenya", "Rwanda", "Sovereignty Council (Sudan)"],
    calls=[call("c1", "E_burhan_mbz_2024_07_19", [MBZ, BUR], "2024-07-19", caller=BUR),
           call("c2", "E_ruto_mbz_2024_07_19", [MBZ, RUTO], "2024-07-19", caller=RUTO)],
    rb=[rb("c1", "Emirates News Agency", False), rb("c2", "Emirates News Agency", False)])

A["508"] = dict(
    ents=[PASH, PEZ, "Donald Trump", "Ilham Aliyev", "Ararat Mirzoyan", "Abbas Araghchi", "Irakli Kobakhidze",
          "Nazeli Baghdasaryan", ERD, "Ali Akbar Velayati", "Vahagn Khachaturyan", "Armenpress", "Telegram",
          "Armenia", "Iran", "United States", "Azerbaijan", "Georgia", "Office of the Prime Minister (Armenia)"],
    calls=[call("c1", "E_pezeshkian_pashinyan_2025_08_10", [PASH, PEZ], "2025-08-10", caller=PEZ),
           call("c2", "E_mirzoyan_araghchi_2025_08_09", ["Ararat Mirzoyan", "Abbas Araghchi"], "2025-08-09"),
           call("c3", "E_pashinyan_kobakhidze_2025_08_09", [PASH, "Irakli Kobakhidze"], "2025-08-09",
                required=False),
           call("c4", "P_pashinyan_erdogan_2025_08", [PASH, ERD], None, status="planned")],
    rb=[rb("c1", "Telegram", True), rb("c1", "Armenpress", False), rb("c4", "Armenpress", False)])

A["509"] = dict(
    ents=[PEZ, PASH, "Shavkat Mirziyoyev", "Emomali Rahmon", "Fatemeh Mohajerani", "Donald Trump", "Ali Khamenei",
          "Abbas Araghchi", "António Guterres", "Tasnim News Agency", "Telegram", "Iran International", "Iran",
          "Armenia", "United Nations", "UN Security Council", "Health Ministry (Iran)"],
    calls=[call("c1", "E_pashinyan_pezeshkian_2025_06_14", [PEZ, PASH], "2025-06-14", caller=PASH),
           call("c2", "E_mirziyoyev_pezeshkian_2025_06_13", ["Shavkat Mirziyoyev", PEZ], "2025-06-13",
                caller="Shavkat Mirziyoyev"),
           call("c3", "E_pezeshkian_rahmon_2025_06", [PEZ, "Emomali Rahmon"], None, required=False),
           call("c4", "D_pezeshkian_trump_2025_06", [PEZ, "Donald Trump"], None, status="denied")],
    rb=[rb("c1", "Telegram", True), rb("c2", "Telegram", True), rb("c1", "Tasnim News Agency", False),
        rb("c2", "Tasnim News Agency", False), rb("c4", "Iran International", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:3]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg, part A of blind6: 10 articles written for this set (not real published "
        "text), about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json, following /work/blindset/README.md. Calls are voice "
        "or video calls only (not in-person meetings, letters, cables or messages). 'required' items are stated "
        "plainly in the text and count for recall; required=false items are accepted but not demanded. 'event' "
        "ties mentions of the same real-world call across articles (ids prefixed A_); a planned call and a call "
        "that took place are different events. Dates are resolved against the publication date, or the dateline "
        "where the text anchors to it; where local dates differ across time zones, the event date is the UTC "
        "date of the call. See README.md."),
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
