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
# ---- people used in several articles
PUT, MAD, ERD, GUA, TRU = "Vladimir Putin", "Nicolás Maduro", "Recep Tayyip Erdoğan", "Juan Guaidó", "Donald Trump"
PEN, SAN = "Mike Pence", "Pedro Sánchez"
AMH, LULA, CAS, VIE = "Viola Amherd", "Luiz Inácio Lula da Silva", "Ignazio Cassis", "Mauro Vieira"
RAM, MSW, MAS, DLA, DLD = "Cyril Ramaphosa", "Mswati III", "Themba Masuku", "Ambrose Mandvulo Dlamini", "Thulisile Dladla"
NIE, MAC = "Jens-Frederik Nielsen", "Emmanuel Macron"
NAU, MIC, MER, RAT, VDL = "Gitanas Nausėda", "Charles Michel", "Angela Merkel", "Jüri Ratas", "Ursula von der Leyen"
LUK, TSI = "Alexander Lukashenko", "Sviatlana Tsikhanouskaya"
# ---- events told by more than one article
PENCE_GUAIDO = "B_E_pence_guaido_2019_01_22"
SANCHEZ_GUAIDO = "B_E_sanchez_guaido_2019_01_23"
AMHERD_LULA = "B_E_amherd_lula_2024_05_14"
CASSIS_VIEIRA = "B_E_cassis_vieira_2024_05_09"
RAMA_MSWATI = "B_E_ramaphosa_mswati_2020_12_14"
EU_VIDEO = "B_E_eu_video_summit_2020_08_19"

A["2610"] = dict(
    ents=[PUT, MAD, ERD, "Evo Morales", GUA, TRU, "Miguel Díaz-Canel", "Ibrahim Kalın", "Jorge Arreaza", "Sergei Lavrov",
          PEN, "Dmitry Peskov", "teleSUR", "Twitter", "The Wall Street Journal", "TASS",
          "Russia", "Venezuela", "Türkiye", "Bolivia", "United States", "Mexico", "Uruguay", "Cuba",
          "Kremlin", "National Assembly (Venezuela)", "UN Security Council", "White House", "Lima Group"],
    calls=[call("c1", "B_E_putin_maduro_2019_01_24", [PUT, MAD], "2019-01-24", caller=PUT),
           call("c2", "B_E_erdogan_maduro_2019_01_23", [ERD, MAD], "2019-01-23", caller=ERD),
           call("c3", "B_E_morales_maduro_2019_01_23", ["Evo Morales", MAD], "2019-01-23", caller="Evo Morales"),
           call("c4", "B_E_arreaza_lavrov_2019_01_24", ["Jorge Arreaza", "Sergei Lavrov"], "2019-01-24"),
           call("c5", PENCE_GUAIDO, [PEN, GUA], "2019-01-22", caller=PEN)],
    rb=[rb("c1", "TASS", True), rb("c2", "Twitter", True), rb("c3", "teleSUR", False),
        rb("c5", "The Wall Street Journal", True)])

A["2611"] = dict(
    ents=[SAN, GUA, "António Costa", MAD, PEN, "Josep Borrell", "Federica Mogherini", "Isabel Celaá",
          "Lucía Arribas", "Javier M. Soto", "Nina Cole", "El País", "Twitter",
          "Spain", "Venezuela", "United States", "Canada", "Portugal",
          "European Union", "La Moncloa", "National Assembly (Venezuela)"],
    calls=[call("c1", SANCHEZ_GUAIDO, [SAN, GUA], "2019-01-23", caller=SAN),
           call("c2", PENCE_GUAIDO, [PEN, GUA], "2019-01-22"),
           call("c3", "B_E_borrell_mogherini_2019_01_23", ["Josep Borrell", "Federica Mogherini"], "2019-01-23"),
           call("c4", "B_P_sanchez_costa_2019_01_25", [SAN, "António Costa"], "2019-01-25", status="planned")],
    rb=[rb("c1", "Twitter", True), rb("c1", "El País", False)])

A["2612"] = dict(
    ents=[TRU, GUA, SAN, MAD, "Andrés Manuel López Obrador", "Tabaré Vázquez", PEN, "Miguel Ángel Toma",
          "Mike Pompeo", "Elliott Abrams", "Clarín", "Radio Sarandí", "RIA Novosti",
          "Venezuela", "United States", "Canada", "Brazil", "Argentina", "Colombia", "Chile", "Peru", "Spain",
          "France", "Germany", "United Kingdom", "Mexico", "Uruguay", "Russia",
          "White House", "National Assembly (Venezuela)", "Lima Group", "Torre Ejecutiva"],
    calls=[call("c1", "B_E_trump_guaido_2019_01_30", [TRU, GUA], "2019-01-30", caller=TRU),
           call("c2", PENCE_GUAIDO, [PEN, GUA], "2019-01-22", caller=PEN),
           call("c3", SANCHEZ_GUAIDO, [SAN, GUA], "2019-01-23"),
           call("c4", "B_A_guaido_lopezobrador_2019_01", [GUA, "Andrés Manuel López Obrador"], None,
                status="attempted", caller=GUA),
           call("c5", "B_D_vazquez_maduro_2019_01", ["Tabaré Vázquez", MAD], None, status="denied",
                caller="Tabaré Vázquez")],
    rb=[rb("c5", "Clarín", True), rb("c5", "Radio Sarandí", True)])

A["2613"] = dict(
    ents=[AMH, LULA, "Li Qiang", "Volodymyr Zelensky", RAM, CAS, VIE, "Reto Gysin", "SWI swissinfo.ch",
          "Switzerland", "Ukraine", "Brazil", "China", "South Africa", "Russia"],
    calls=[call("c1", AMHERD_LULA, [AMH, LULA], "2024-05-14", caller=AMH),
           call("c2", "B_A_amherd_li_2024_05", [AMH, "Li Qiang"], None, status="attempted", caller=AMH),
           call("c3", "B_E_amherd_zelensky_2024_05_16", [AMH, "Volodymyr Zelensky"], "2024-05-16"),
           call("c4", "B_P_amherd_ramaphosa_2024", [AMH, RAM], None, status="planned"),
           call("c5", CASSIS_VIEIRA, [CAS, VIE], None, required=False)],
    rb=[rb("c1", "SWI swissinfo.ch", False), rb("c3", "SWI swissinfo.ch", False), rb("c5", "SWI swissinfo.ch", False)])

A["2614"] = dict(
    ents=[AMH, LULA, CAS, "Luis Lacalle Pou", VIE, "Celso Amorim", "Júlia Ferraz Neto", "Keystone-SDA", "GloboNews",
          "Switzerland", "Brazil", "Ukraine", "Russia", "Uruguay", "China", "Planalto Palace"],
    calls=[call("c1", AMHERD_LULA, [AMH, LULA], "2024-05-14", caller=AMH),
           call("c2", CASSIS_VIEIRA, [VIE, CAS], "2024-05-09"),
           call("c3", "B_E_lula_lacallepou_2024_05_13", [LULA, "Luis Lacalle Pou"], "2024-05-13", required=False)],
    rb=[rb("c1", "Keystone-SDA", True), rb("c2", "GloboNews", True)])

A["2615"] = dict(
    ents=[MSW, MAS, DLA, RAM, "Filipe Nyusi", "Moeketsi Majoro", "Mokgweetsi Masisi", DLD, "Joseph Wu",
          "Sibusiso Mazibuko", "Eswatini TV", "Eswatini Observer",
          "South Africa", "Mozambique", "Lesotho", "Taiwan", "Botswana", "African Union", "SADC"],
    calls=[call("c1", RAMA_MSWATI, [RAM, MSW], "2020-12-14", caller=RAM),
           call("c2", "B_E_nyusi_masuku_2020_12_13", ["Filipe Nyusi", MAS], "2020-12-13", caller="Filipe Nyusi"),
           call("c3", "B_E_masuku_majoro_2020_12_14", [MAS, "Moeketsi Majoro"], "2020-12-14"),
           call("c4", "B_E_wu_dladla_2020_12_14", ["Joseph Wu", DLD], "2020-12-14", caller="Joseph Wu")],
    rb=[rb("c2", "Eswatini TV", True)])

A["2616"] = dict(
    ents=[RAM, MSW, DLA, MAS, "Naledi Pandor", DLD, "Thando Khumalo", "Twitter", "Eyewitness News",
          "South Africa", "Eswatini", "Presidency (South Africa)", "African Union"],
    calls=[call("c1", RAMA_MSWATI, [RAM, MSW], "2020-12-14", caller=RAM),
           call("c2", "B_E_ramaphosa_masuku_2020_12", [RAM, MAS], None, required=False),
           call("c3", "B_P_pandor_dladla_2020_12_15", ["Naledi Pandor", DLD], "2020-12-15", status="planned")],
    rb=[rb("c1", "Twitter", True), rb("c2", "Twitter", False)])

A["2617"] = dict(
    ents=[NIE, "Kristrún Frostadóttir", MAC, "Mette Frederiksen", "Aksel V. Johannesen", "Mark Carney", "Mark Rutte",
          TRU, "JD Vance", "Ingrid Solheim Vik", "Aviaaja Lynge", "Facebook", "DR", "Ekstra Bladet", "Ritzau",
          "Greenland", "Iceland", "France", "Denmark", "Faroe Islands", "Canada", "United States",
          "NATO", "Pituffik Space Base", "G7", "Ilisimatusarfik"],
    calls=[call("c1", "B_E_frostadottir_nielsen_2025_03_28", ["Kristrún Frostadóttir", NIE], "2025-03-28",
                caller="Kristrún Frostadóttir"),
           call("c2", "B_E_macron_nielsen_2025_06_10", [MAC, NIE], "2025-06-10", caller=MAC),
           call("c3", "B_E_realm_video_2025_06", [NIE, "Mette Frederiksen", "Aksel V. Johannesen"], None),
           call("c4", "B_E_nielsen_rutte_2025_05", [NIE, "Mark Rutte"], None),
           call("c5", "B_P_nielsen_carney_2025_06", [NIE, "Mark Carney"], None, status="planned"),
           call("c6", "B_D_trump_nielsen_2025_04", [TRU, NIE], None, status="denied", caller=TRU)],
    rb=[rb("c2", "Facebook", True), rb("c4", "DR", True), rb("c6", "Ekstra Bladet", True)])

A["2618"] = dict(
    ents=[MER, LUK, NAU, MAC, MIC, "Krišjānis Kariņš", RAT, PUT, "Asta Skaisgirytė", VDL, TSI, "Linas Linkevičius",
          "Stephen Biegun", "LRT", "Twitter", "15min", "Interfax",
          "Belarus", "Germany", "France", "Lithuania", "Latvia", "Estonia", "Russia", "United States",
          "European Union", "European Council", "European Commission", "OSCE", "Kremlin", "Élysée"],
    calls=[call("c1", "B_A_merkel_lukashenko_2020_08", [MER, LUK], None, status="attempted", caller=MER),
           call("c2", "B_P_nauseda_macron_2020_08_20", [NAU, MAC], "2020-08-20", status="planned", caller=NAU),
           call("c3", EU_VIDEO, [MIC, NAU, MER, MAC, "Krišjānis Kariņš", RAT, VDL], "2020-08-19"),
           call("c4", "B_E_nauseda_tsikhanouskaya_2020_08_19", [NAU, TSI], "2020-08-19"),
           call("c5", "B_E_linkevicius_biegun_2020_08_19", ["Linas Linkevičius", "Stephen Biegun"], "2020-08-19"),
           call("c6", "B_E_putin_merkel_2020_08_18", [PUT, MER], "2020-08-18"),
           call("c7", "B_E_putin_macron_2020_08_18", [PUT, MAC], "2020-08-18", required=False)],
    rb=[rb("c2", "LRT", False), rb("c3", "Twitter", True), rb("c4", "15min", True), rb("c6", "Interfax", True)])

A["2619"] = dict(
    ents=[RAT, MIC, "Kersti Kaljulaid", NAU, "Edgars Rinkēvičs", LUK, "Urmas Reinsalu", TSI, "BNS", "ERR",
          "The Baltic Times", "Estonia", "Belarus", "Lithuania", "Latvia", "Poland",
          "European Union", "European Council", "Office of the President (Estonia)", "UN Security Council", "NATO",
          "Stenbock House"],
    calls=[call("c1", EU_VIDEO, [RAT, MIC], "2020-08-19"),
           call("c2", "B_E_kaljulaid_nauseda_2020_08_19", ["Kersti Kaljulaid", NAU], "2020-08-19"),
           call("c3", "B_E_reinsalu_rinkevics_2020_08_20", ["Urmas Reinsalu", "Edgars Rinkēvičs"], "2020-08-20")],
    rb=[rb("c1", "BNS", False), rb("c2", "ERR", True), rb("c2", "BNS", False), rb("c3", "BNS", False)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind27, part B): 10 articles written for this set (not real published text), each "
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
