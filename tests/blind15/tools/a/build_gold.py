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
RU, MU, KPB, LEO, BOL = "William Ruto", "Yoweri Museveni", "Kamla Persad-Bissessar", "Leo XIV", "Dina Boluarte"
ESP, ABD = "Xavier Espot Zamora", "Badr Abdelatty"
WH, BR, NA = "Surangel Whipps Jr.", "Gaston Browne", "Jotham Napat"

A["1400"] = dict(
    ents=[RU, MU, "Samia Suluhu Hassan", "Cyril Ramaphosa", "Narendra Modi", "Raila Odinga", "Musalia Mudavadi",
          "Subrahmanyam Jaishankar", "Kithure Kindiki", "Rigathi Gachagua", "Joseph Otieno",
          "Nation Africa", "Tanzania Broadcasting Corporation", "Citizen TV", "X",
          "Kenya", "Uganda", "India", "South Africa", "State House (Kenya)"],
    calls=[call("c1", "A_E_museveni_ruto_2025_10_15", [MU, RU], "2025-10-15", caller=MU),
           call("c2", "A_E_samia_ruto_2025_10_15", ["Samia Suluhu Hassan", RU], "2025-10-15"),
           call("c3", "A_E_ramaphosa_ruto_2025_10_16", ["Cyril Ramaphosa", RU], "2025-10-16", caller="Cyril Ramaphosa"),
           call("c4", "A_E_mudavadi_jaishankar_2025_10_15", ["Musalia Mudavadi", "Subrahmanyam Jaishankar"],
                "2025-10-15"),
           call("c5", "A_P_ruto_modi_2025_10_17", [RU, "Narendra Modi"], "2025-10-17", status="planned")],
    rb=[rb("c1", "X", True), rb("c2", "Tanzania Broadcasting Corporation", True), rb("c4", "Citizen TV", True)])

A["1401"] = dict(
    ents=[MU, RU, "Raila Odinga", "Ida Odinga", "Xinhua", "Uganda Broadcasting Corporation",
          "Uganda", "Kenya", "India"],
    calls=[call("c1", "A_E_museveni_ruto_2025_10_15", [MU, RU], "2025-10-15", caller=MU),
           call("c2", "A_A_museveni_odinga_2025_10_14", [MU, "Raila Odinga"], "2025-10-14", status="attempted",
                caller=MU),
           call("c3", "A_E_museveni_idaodinga_2025_10_16", [MU, "Ida Odinga"], "2025-10-16")],
    rb=[rb("c1", "Uganda Broadcasting Corporation", True),
        *[rb(c, "Xinhua", False) for c in ("c1", "c2", "c3")]])

A["1402"] = dict(
    ents=[BOL, LEO, "Elmer Schialer", "Pietro Parolin", "Carlos Castillo", "Diego Lozada Huamán",
          "Catholic News Agency", "X", "Peru", "Holy See"],
    calls=[call("c1", "A_E_boluarte_leo_2025_05_09", [BOL, LEO], "2025-05-09", caller=BOL),
           call("c2", "A_P_schialer_parolin_2025_05", ["Elmer Schialer", "Pietro Parolin"], None, status="planned")],
    rb=[rb("c1", "X", True), rb("c1", "Catholic News Agency", False)])

A["1403"] = dict(
    ents=[LEO, BOL, "Rosa Elvira Chancafe", "Julio Arbulú", "Crux", "La República", "El Comercio", "Peru"],
    calls=[call("c1", "A_E_boluarte_leo_2025_05_09", [BOL, LEO], "2025-05-09")],
    rb=[rb("c1", "La República", True), rb("c1", "El Comercio", True)])

A["1404"] = dict(
    ents=[ESP, "Emmanuel Macron", "Pedro Sánchez", "Albert II", "Luca Beccari", "Núria Planells", "Jordi Casademunt",
          "Euractiv", "Diari d'Andorra", "Andorra", "San Marino", "Monaco", "European Union"],
    calls=[call("c1", "A_E_macron_espot_2025_03_10", ["Emmanuel Macron", ESP], "2025-03-10", caller="Emmanuel Macron"),
           call("c2", "A_D_espot_sanchez_2025_03", [ESP, "Pedro Sánchez"], None, status="denied", caller=ESP),
           call("c3", "A_E_espot_beccari_2025_03_10", [ESP, "Luca Beccari"], "2025-03-10"),
           call("c4", "A_P_espot_albert_2025_03_14", [ESP, "Albert II"], "2025-03-14", status="planned", caller=ESP)],
    rb=[rb("c2", "Diari d'Andorra", True), rb("c1", "Euractiv", False), rb("c3", "Euractiv", False)])

A["1405"] = dict(
    ents=["Marcelo Rebelo de Sousa", "José Maria Neves", "João Lourenço", "Ulisses Correia e Silva",
          "Lusa", "Inforpress", "Cabo Verde", "Portugal", "Eswatini", "African Union"],
    calls=[call("c1", "A_E_marcelo_neves_2025_10_14", ["Marcelo Rebelo de Sousa", "José Maria Neves"], "2025-10-14",
                caller="Marcelo Rebelo de Sousa"),
           call("c2", "A_E_lourenco_neves_2025_10_13", ["João Lourenço", "José Maria Neves"], "2025-10-13")],
    rb=[rb("c1", "Inforpress", True), rb("c1", "Lusa", False), rb("c2", "Lusa", False)])

A["1406"] = dict(
    ents=[KPB, "Stuart Young", "Irfaan Ali", "Trinidad Express", "TV6", "Guyana", "Trinidad and Tobago",
          "United National Congress", "People's National Movement", "Elections and Boundaries Commission", "Caricom"],
    calls=[call("c1", "A_E_young_persadbissessar_2025_04_28", ["Stuart Young", KPB], "2025-04-28",
                caller="Stuart Young"),
           call("c2", "A_P_persadbissessar_ali_2025_04_29", [KPB, "Irfaan Ali"], "2025-04-29", status="planned")],
    rb=[rb("c1", "TV6", True)])

A["1407"] = dict(
    ents=[KPB, "Stuart Young", "Irfaan Ali", "Mia Mottley", "Andrew Holness", "Ralph Gonsalves", "Narendra Modi",
          "Christine Kangaloo", "Renuka Ramdial", "X", "Guyana", "Trinidad and Tobago", "Barbados",
          "St Vincent and the Grenadines", "United National Congress"],
    calls=[call("c1", "A_E_young_persadbissessar_2025_04_28", ["Stuart Young", KPB], "2025-04-28",
                caller="Stuart Young"),
           call("c2", "A_E_ali_persadbissessar_2025_04_29", ["Irfaan Ali", KPB], "2025-04-29", caller="Irfaan Ali"),
           call("c3", "A_E_mottley_persadbissessar_2025_04_29", ["Mia Mottley", KPB], "2025-04-29",
                caller="Mia Mottley"),
           call("c4", "A_E_holness_persadbissessar_2025_04_29", ["Andrew Holness", KPB], "2025-04-29",
                caller="Andrew Holness"),
           call("c5", "A_E_persadbissessar_gonsalves_2025_04", [KPB, "Ralph Gonsalves"], None, required=False)],
    rb=[])

A["1408"] = dict(
    ents=[WH, BR, NA, "Feleti Teo", "Sitiveni Rabuka", "Tia Belau", "Facebook", "ABS Television", "RNZ Pacific",
          "Antigua and Barbuda", "Vanuatu", "Office of the President (Palau)", "International Court of Justice",
          "Pacific Islands Forum"],
    calls=[call("c1", "A_E_whipps_browne_napat_video_2025_07_24", [WH, BR, NA], "2025-07-24"),
           call("c2", "A_P_whipps_teo_2025_07", [WH, "Feleti Teo"], None, status="planned"),
           call("c3", "A_E_whipps_rabuka_2025_07", [WH, "Sitiveni Rabuka"], None)],
    rb=[rb("c1", "Facebook", True), rb("c1", "ABS Television", True), rb("c3", "RNZ Pacific", True)])

A["1409"] = dict(
    ents=[ABD, "Faisal bin Farhan", "Massad Boulos", "Donald Trump", "Tamim Khallaf",
          "Mohammed bin Abdulrahman Al Thani", "Mohamed Hamdan Dagalo", "Egypt Independent", "Al-Masry Al-Youm",
          "Middle East News Agency", "X", "Sudan Tribune", "Sudan", "Saudi Arabia", "Qatar", "United States",
          "United Arab Emirates", "Egypt", "Rapid Support Forces"],
    calls=[call("c1", "A_E_abdelatty_faisal_2025_10_27", [ABD, "Faisal bin Farhan"], "2025-10-27"),
           call("c2", "A_E_boulos_abdelatty_2025_10_27", ["Massad Boulos", ABD], "2025-10-27", caller="Massad Boulos"),
           call("c3", "A_E_mbar_abdelatty_2025_10_27", ["Mohammed bin Abdulrahman Al Thani", ABD], "2025-10-27",
                caller="Mohammed bin Abdulrahman Al Thani"),
           call("c4", "A_D_dagalo_abdelatty_2025_10", ["Mohamed Hamdan Dagalo", ABD], None, status="denied",
                caller="Mohamed Hamdan Dagalo")],
    rb=[rb("c1", "Middle East News Agency", True), rb("c2", "Middle East News Agency", True), rb("c3", "X", True),
        rb("c4", "Sudan Tribune", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind15, part A): 10 articles written for this set (not real published text), each "
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
