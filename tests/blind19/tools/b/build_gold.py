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
HH, RAM, LUN = "Hakainde Hichilema", "Cyril Ramaphosa", "Edgar Lungu"
NAU, SIM, RIN, KAR, DUD, ZEL = ("Gitanas Nausėda", "Ingrida Šimonytė", "Edgars Rinkēvičs", "Alar Karis",
                                "Andrzej Duda", "Volodymyr Zelensky")
LAN, SIK = "Gabrielius Landsbergis", "Radosław Sikorski"
MIL, BUK, ADO = "Javier Milei", "Nayib Bukele", "Manuel Adorni"
DRW = "Terrance Drew"
SAN, MON, LUL, COS, MRS = ("Pedro Sánchez", "Luís Montenegro", "Luiz Inácio Lula da Silva", "António Costa",
                           "Marcelo Rebelo de Sousa")
# ---- events told by more than one article
RAM_HH = "B_E_ramaphosa_hichilema_2021_08_16"
DUD_NAU = "B_E_duda_nauseda_2024_05_26"
ZEL_NAU = "B_E_zelensky_nauseda_2024_05_26"
LAN_SIK = "B_E_landsbergis_sikorski_2024_05_26"
MIL_BUK = "B_E_milei_bukele_2024_02_05"
SAN_MON = "B_E_sanchez_montenegro_2024_03_11"

A["1810"] = dict(
    ents=[HH, RAM, "Mokgweetsi Masisi", "Mswati III", "Félix Tshisekedi", "Samia Suluhu Hassan", "Emmerson Mnangagwa",
          LUN, "Lusaka Times", "Botswana Television", "Facebook", "Zambian Watchdog", "Agence Congolaise de Presse",
          "Zambia", "South Africa", "Botswana", "Eswatini", "Democratic Republic of Congo", "Tanzania", "Zimbabwe",
          "Electoral Commission of Zambia", "United Party for National Development", "State House (Zambia)",
          "African Union"],
    calls=[call("c1", RAM_HH, [RAM, HH], "2021-08-16", caller=RAM),
           call("c2", "B_E_masisi_hichilema_2021_08_16", ["Mokgweetsi Masisi", HH], "2021-08-16",
                caller="Mokgweetsi Masisi"),
           call("c3", "B_E_mswati_hichilema_2021_08_17", ["Mswati III", HH], "2021-08-17", caller="Mswati III"),
           call("c4", "B_E_tshisekedi_hichilema_2021_08_17", ["Félix Tshisekedi", HH], "2021-08-17",
                caller="Félix Tshisekedi"),
           call("c5", "B_E_samia_hichilema_2021_08", ["Samia Suluhu Hassan", HH], None, required=False),
           call("c6", "B_P_hichilema_mnangagwa_2021_08", [HH, "Emmerson Mnangagwa"], None, status="planned"),
           call("c7", "B_D_lungu_hichilema_2021_08_14", [LUN, HH], "2021-08-14", status="denied", caller=LUN)],
    rb=[rb("c1", "Facebook", True), rb("c2", "Botswana Television", True),
        rb("c4", "Agence Congolaise de Presse", True), rb("c7", "Zambian Watchdog", True)])

A["1811"] = dict(
    ents=[RAM, HH, LUN, "The Citizen (South Africa)", "Zambia", "South Africa", "The Presidency (South Africa)",
          "United Party for National Development", "Electoral Commission of Zambia"],
    calls=[call("c1", RAM_HH, [RAM, HH], "2021-08-16", caller=RAM),
           call("c2", "B_E_ramaphosa_lungu_2021_08_16", [RAM, LUN], "2021-08-16")],
    rb=[])

A["1812"] = dict(
    ents=[NAU, RIN, KAR, LAN, SIK, SIM, DUD, ZEL, "LRT", "PAP", "X", "Lithuania", "Latvia", "Estonia", "Poland",
          "Ukraine", "Central Electoral Commission (Lithuania)", "Homeland Union", "NATO"],
    calls=[call("c1", "B_P_rinkevics_nauseda_2024_05_27", [RIN, NAU], "2024-05-27", status="planned", caller=RIN),
           call("c2", LAN_SIK, [LAN, SIK], "2024-05-26"),
           call("c3", DUD_NAU, [DUD, NAU], "2024-05-26", caller=DUD),
           call("c4", ZEL_NAU, [ZEL, NAU], "2024-05-26", caller=ZEL),
           call("c5", "B_E_simonyte_nauseda_2024_05_26", [SIM, NAU], "2024-05-26", caller=SIM)],
    rb=[rb("c2", "LRT", False), rb("c3", "PAP", True), rb("c4", "X", True)])

A["1813"] = dict(
    ents=[RIN, KAR, NAU, SIM, DUD, ZEL, "Evika Siliņa", "Daiga Mieriņa", "X", "LSM", "Latvia", "Estonia",
          "Lithuania", "Poland", "Ukraine", "Chancery of the President of Latvia", "NATO", "Saeima"],
    calls=[call("c1", "B_E_rinkevics_karis_nauseda_video_2024_05_27", [RIN, KAR, NAU], "2024-05-27"),
           call("c2", DUD_NAU, [DUD, NAU], "2024-05-26", caller=DUD),
           call("c3", ZEL_NAU, [ZEL, NAU], "2024-05-26", caller=ZEL)],
    rb=[rb("c1", "X", True)])

A["1814"] = dict(
    ents=[DUD, NAU, SIM, SIK, LAN, "Donald Tusk", "The First News", "PAP", "LRT", "Rzeczpospolita", "Poland",
          "Lithuania", "Russia", "Ukraine", "NATO", "Chancellery of the Prime Minister (Poland)", "Civic Platform",
          "Homeland Union", "European People's Party"],
    calls=[call("c1", DUD_NAU, [DUD, NAU], "2024-05-26", caller=DUD),
           call("c2", LAN_SIK, [SIK, LAN], "2024-05-26"),
           call("c3", "B_E_tusk_simonyte_2024_05_27", ["Donald Tusk", SIM], "2024-05-27")],
    rb=[rb("c2", "LRT", True), rb("c3", "Rzeczpospolita", True)] + [rb(c, "PAP", False) for c in ("c1", "c2", "c3")])

A["1815"] = dict(
    ents=[ADO, MIL, BUK, "Diana Mondino", "Alexandra Hill Tinoco", "Daniel Noboa", LUL, "Buenos Aires Times",
          "Infobae", "La Nación", "Clarín", "Página/12", "TN", "Radio Mitre", "El Salvador", "Ecuador",
          "Casa Rosada", "Foreign Ministry (Argentina)", "Chamber of Deputies (Argentina)"],
    calls=[call("c1", MIL_BUK, [MIL, BUK], "2024-02-05", caller=MIL),
           call("c2", "B_E_mondino_hilltinoco_2024_02_04", ["Diana Mondino", "Alexandra Hill Tinoco"], "2024-02-04"),
           call("c3", "B_P_milei_noboa_2024_02", [MIL, "Daniel Noboa"], None, status="planned")],
    rb=[rb("c1", "Infobae", True)])

A["1816"] = dict(
    ents=["Claudia Rodríguez de Guevara", BUK, MIL, ADO, "Luis Abinader", "Antony Blinken", "Bernardo Arévalo",
          "Ernesto Valle Cárcamo", "Helen Marsh", "El Faro", "Canal 10", "Diario El Mundo", "Prensa Libre",
          "El Salvador", "Argentina", "Dominican Republic", "Guatemala", "United States",
          "Legislative Assembly (El Salvador)", "State Department", "Communications Secretariat (El Salvador)"],
    calls=[call("c1", MIL_BUK, [MIL, BUK], "2024-02-05", caller=MIL),
           call("c2", "B_E_abinader_bukele_2024_02_05", ["Luis Abinader", BUK], "2024-02-05", caller="Luis Abinader"),
           call("c3", "B_E_blinken_bukele_2024_02", ["Antony Blinken", BUK], None),
           call("c4", "B_D_arevalo_bukele_2024_02_04", ["Bernardo Arévalo", BUK], "2024-02-04", status="denied",
                caller="Bernardo Arévalo")],
    rb=[rb("c2", "Canal 10", True), rb("c4", "Diario El Mundo", True), rb("c4", "Prensa Libre", False)])

A["1817"] = dict(
    ents=[DRW, "Tapley Seaton", "Mia Amor Mottley", "Tsai Ing-wen", "Gaston Browne", "Timothy Harris",
          "Chandrikapersad Santokhi", "Mark Brantley", "WINN FM", "Caribbean Media Corporation", "Pointe FM",
          "Central News Agency", "St Kitts and Nevis", "Barbados", "Taiwan", "Antigua and Barbuda", "Suriname",
          "CARICOM", "OECS", "St Kitts-Nevis Labour Party", "Team Unity"],
    calls=[call("c1", "B_E_tsai_drew_video_2022_08_08", ["Tsai Ing-wen", DRW], "2022-08-08"),
           call("c2", "B_E_mottley_drew_2022_08_08", ["Mia Amor Mottley", DRW], "2022-08-08", caller="Mia Amor Mottley"),
           call("c3", "B_E_browne_drew_2022_08_06", ["Gaston Browne", DRW], "2022-08-06", caller="Gaston Browne"),
           call("c4", "B_A_drew_harris_2022_08_07", [DRW, "Timothy Harris"], "2022-08-07", status="attempted",
                caller=DRW),
           call("c5", "B_P_drew_santokhi_2022_08_10", [DRW, "Chandrikapersad Santokhi"], "2022-08-10",
                status="planned")],
    rb=[rb("c1", "Central News Agency", True), rb("c2", "Caribbean Media Corporation", True),
        rb("c3", "Pointe FM", True)])

A["1818"] = dict(
    ents=[SAN, MON, "Pedro Nuno Santos", COS, LUL, "José Manuel Albares", "João Gomes Cravinho", "André Ventura", MRS,
          "Portugal Resident", "Lusa", "Spain", "Portugal", "Brazil", "Democratic Alliance (Portugal)", "La Moncloa",
          "São Bento", "Ministry of Foreign Affairs (Portugal)", "Chega", "Socialist Party (Portugal)",
          "European Council"],
    calls=[call("c1", SAN_MON, [SAN, MON], "2024-03-11", caller=SAN),
           call("c2", "B_E_nunosantos_montenegro_2024_03_10", ["Pedro Nuno Santos", MON], "2024-03-10",
                caller="Pedro Nuno Santos"),
           call("c3", "B_E_costa_montenegro_2024_03_11", [COS, MON], "2024-03-11", caller=COS),
           call("c4", "B_P_lula_montenegro_2024_03", [LUL, MON], None, status="planned"),
           call("c5", "B_E_albares_cravinho_2024_03_11", ["José Manuel Albares", "João Gomes Cravinho"], "2024-03-11"),
           call("c6", "B_A_ventura_montenegro_2024_03_11", ["André Ventura", MON], "2024-03-11", status="attempted",
                caller="André Ventura")],
    rb=[rb(c, "Lusa", False) for c in ("c1", "c2", "c3", "c4", "c5", "c6")])

A["1819"] = dict(
    ents=[LUL, MON, "Ursula von der Leyen", SAN, COS, MRS, "André Ventura", "Paulo Rangel", "Joaquim Miranda Sarmento",
          "ECO News", "Público", "Agência Brasil", "SIC Notícias", "Brazil", "Portugal", "Spain",
          "Democratic Alliance (Portugal)", "European Commission", "European Council", "Chega"],
    calls=[call("c1", "B_E_lula_montenegro_2024_03_21", [LUL, MON], "2024-03-21", caller=LUL),
           call("c2", "B_E_vonderleyen_montenegro_2024_03_21", ["Ursula von der Leyen", MON], "2024-03-21",
                caller="Ursula von der Leyen"),
           call("c3", SAN_MON, [SAN, MON], "2024-03-11", caller=SAN)],
    rb=[rb("c1", "Público", True), rb("c1", "Agência Brasil", True), rb("c2", "SIC Notícias", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind19, part B): 10 articles written for this set (not real published text), each "
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
