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
ABI, SAN, MAR, NYU = "Luis Abinader", "Pedro Sánchez", "Marcelo Rebelo de Sousa", "Filipe Nyusi"
SIL, MIC, PAL, ORP = "Evika Siliņa", "Kristen Michal", "Gintautas Paluckas", "Petteri Orpo"
KRI, MON, NEV = "Ulf Kristersson", "Luís Montenegro", "José Maria Neves"
# ---- events told by more than one article
SAN_ABI = "B_E_sanchez_abinader_2025_04_08"
BALTIC_VIDEO = "B_E_silina_michal_paluckas_orpo_video_2025_02_07"
MAR_NYU = "B_E_marcelo_nyusi_2024_12_16"
NEV_MAR = "B_E_neves_marcelo_2025_09_03"

A["2810"] = dict(
    ents=[ABI, SAN, "Felipe VI", "Gustavo Petro", "José Raúl Mulino", "Jenniffer González-Colón",
          "Carolina Estévez Marte", "Rubby Pérez", "Nelsy Cruz", "Dominican Today", "EFE", "X",
          "Dominican Republic", "Spain", "Colombia", "Puerto Rico", "Panama", "Haiti",
          "National Palace (Dominican Republic)", "Transitional Presidential Council"],
    calls=[call("c1", SAN_ABI, [SAN, ABI], "2025-04-08", caller=SAN),
           call("c2", "B_E_felipe_abinader_2025_04_08", ["Felipe VI", ABI], "2025-04-08", caller="Felipe VI"),
           call("c3", "B_E_petro_abinader_2025_04_08", ["Gustavo Petro", ABI], "2025-04-08"),
           call("c4", "B_E_gonzalezcolon_abinader_2025_04_09", ["Jenniffer González-Colón", ABI], "2025-04-09",
                caller="Jenniffer González-Colón"),
           call("c5", "B_P_mulino_abinader_2025_04_10", ["José Raúl Mulino", ABI], "2025-04-10", status="planned",
                caller="José Raúl Mulino")],
    rb=[rb("c1", "X", True), rb("c4", "EFE", True)])

A["2811"] = dict(
    ents=[SAN, ABI, "José Manuel Albares", "Roberto Álvarez", "Juanma Moreno", "SUR in English", "Europa Press",
          "Spain", "Dominican Republic", "Moncloa", "National Police (Spain)", "Junta de Andalucía"],
    calls=[call("c1", SAN_ABI, [SAN, ABI], "2025-04-08"),
           call("c2", "B_E_albares_alvarez_2025_04_08", ["José Manuel Albares", "Roberto Álvarez"], "2025-04-08")],
    rb=[rb("c1", "Europa Press", True)])

A["2812"] = dict(
    ents=[SIL, MIC, PAL, ORP, "Edgars Rinkēvičs", "Gitanas Nausėda", KRI, "Kaspars Melnis", "Žygimantas Vaičiūnas",
          "LSM English", "X", "Latvian Radio",
          "Latvia", "Lithuania", "Estonia", "Russia", "Belarus", "Finland", "Sweden",
          "State Chancellery (Latvia)", "AST", "President's Chancery (Latvia)"],
    calls=[call("c1", BALTIC_VIDEO, [SIL, MIC, PAL, ORP], "2025-02-07"),
           call("c2", "B_E_vaiciunas_melnis_2025_02_08", ["Žygimantas Vaičiūnas", "Kaspars Melnis"], "2025-02-08",
                caller="Žygimantas Vaičiūnas"),
           call("c3", "B_A_rinkevics_nauseda_2025_02_08", ["Edgars Rinkēvičs", "Gitanas Nausėda"], "2025-02-08",
                status="attempted", caller="Edgars Rinkēvičs"),
           call("c4", "B_P_silina_kristersson_2025_02_10", [SIL, KRI], "2025-02-10", status="planned")],
    rb=[rb("c1", "X", True), rb("c4", "LSM English", False)])

A["2813"] = dict(
    ents=[PAL, SIL, ORP, "Donald Tusk", "Gitanas Nausėda", "Ursula von der Leyen", "Žygimantas Vaičiūnas",
          "BNS", "PAP", "Delfi", "Lithuania", "Latvia", "Finland", "Poland", "Litgrid", "European Commission"],
    calls=[call("c1", BALTIC_VIDEO, [PAL, SIL, ORP], "2025-02-07"),
           call("c2", "B_E_tusk_paluckas_2025_02_09", ["Donald Tusk", PAL], "2025-02-09", caller="Donald Tusk")],
    rb=[rb("c1", "BNS", False), rb("c2", "PAP", True), rb("c2", "Delfi", True), rb("c2", "BNS", False)])

A["2814"] = dict(
    ents=[NYU, MAR, "Lazarus Chakwera", "Cyril Ramaphosa", "Emmerson Mnangagwa", "AIM", "Televisão de Moçambique",
          "Mozambique", "Portugal", "Malawi", "South Africa", "France", "Zimbabwe", "SADC",
          "Presidency of the Republic (Mozambique)", "INGD"],
    calls=[call("c1", MAR_NYU, [MAR, NYU], "2024-12-16", caller=MAR),
           call("c2", "B_E_nyusi_chakwera_2024_12_16", [NYU, "Lazarus Chakwera"], "2024-12-16"),
           call("c3", "B_P_nyusi_ramaphosa_2024_12", [NYU, "Cyril Ramaphosa"], None, status="planned"),
           call("c4", "B_E_nyusi_mnangagwa_2024_12", [NYU, "Emmerson Mnangagwa"], None, required=False)],
    rb=[rb("c1", "Televisão de Moçambique", True), rb("c1", "AIM", False), rb("c2", "AIM", False)])

A["2815"] = dict(
    ents=[MAR, NYU, MON, "François Bayrou", "Paulo Rangel", "Verónica Macamo", "Nancy Tembo", "Duarte Whitaker-Lopes",
          "The Portugal News", "Portugal", "Mozambique", "Malawi", "France", "European Union"],
    calls=[call("c1", MAR_NYU, [MAR, NYU], "2024-12-16", caller=MAR),
           call("c2", "B_E_rangel_macamo_2024_12_17", ["Paulo Rangel", "Verónica Macamo"], "2024-12-17",
                caller="Paulo Rangel"),
           call("c3", "B_A_rangel_tembo_2024_12", ["Paulo Rangel", "Nancy Tembo"], None, status="attempted",
                caller="Paulo Rangel"),
           call("c4", "B_E_montenegro_bayrou_2024_12_17", [MON, "François Bayrou"], "2024-12-17")],
    rb=[rb("c1", "The Portugal News", False), rb("c2", "The Portugal News", False),
        rb("c4", "The Portugal News", False)])

A["2816"] = dict(
    ents=[KRI, "Mette Frederiksen", "Jonas Gahr Støre", "Kristrún Frostadóttir", "Carl XVI Gustaf", "Frederik X",
          "Alexander Stubb", "Gunnar Strömmer", "Radio Sweden", "Sveriges Radio", "Instagram", "Expressen", "TT", "X",
          "Sweden", "Denmark", "Norway", "Iceland", "Finland", "Government Offices (Sweden)", "Royal Court (Sweden)"],
    calls=[call("c1", "B_E_frederiksen_kristersson_2025_02_04", ["Mette Frederiksen", KRI], "2025-02-04",
                caller="Mette Frederiksen"),
           call("c2", "B_E_store_kristersson_2025_02_05", ["Jonas Gahr Støre", KRI], "2025-02-05",
                caller="Jonas Gahr Støre"),
           call("c3", "B_E_kristrun_kristersson_2025_02_05", [KRI, "Kristrún Frostadóttir"], "2025-02-05"),
           call("c4", "B_E_frederikx_carlxvigustaf_2025_02_04", ["Frederik X", "Carl XVI Gustaf"], "2025-02-04",
                caller="Frederik X")],
    rb=[rb("c1", "Instagram", True), rb("c2", "TT", True), rb("c4", "Expressen", True)])

A["2817"] = dict(
    ents=[SAN, "António Costa", MON, MAR, NEV, "Luiz Inácio Lula da Silva", "Carlos Moedas",
          "Marta Cordeiro", "Ignacio Barrenechea", "Daniel Ferraz Lim", "Tomasz Brennan", "Reuters", "RTP", "X",
          "Spain", "Portugal", "Cabo Verde", "Brazil", "European Council", "Carris"],
    calls=[call("c1", "B_E_sanchez_montenegro_2025_09_03", [SAN, MON], "2025-09-03", caller=SAN),
           call("c2", "B_E_costa_montenegro_2025_09_04", ["António Costa", MON], "2025-09-04",
                caller="António Costa"),
           call("c3", NEV_MAR, [NEV, MAR], "2025-09-03", caller=NEV),
           call("c4", "B_P_lula_montenegro_2025_09_05", ["Luiz Inácio Lula da Silva", MON], "2025-09-05",
                status="planned", caller="Luiz Inácio Lula da Silva")],
    rb=[rb("c1", "X", True), rb("c1", "Reuters", False), rb("c2", "RTP", True)])

A["2818"] = dict(
    ents=[NEV, MAR, "Ulisses Correia e Silva", MON, "Lusa", "Facebook", "Cabo Verde", "Portugal",
          "Presidency of the Republic (Cabo Verde)"],
    calls=[call("c1", NEV_MAR, [NEV, MAR], "2025-09-03", caller=NEV),
           call("c2", "B_E_correiaesilva_montenegro_2025_09_04", ["Ulisses Correia e Silva", MON], "2025-09-04")],
    rb=[rb("c1", "Facebook", True), rb("c1", "Lusa", False), rb("c2", "Lusa", False)])

A["2819"] = dict(
    ents=[SAN, ABI, "Fritz Alphonse Jean", "María José Llorente", "Yokasta Rosario Peralta", "Le Nouvelliste", "El País",
          "Spain", "Haiti", "Dominican Republic", "Transitional Presidential Council", "Dominican Foreign Ministry"],
    calls=[call("c1", SAN_ABI, [SAN, ABI], "2025-04-08", caller=SAN),
           call("c2", "B_D_alphonsejean_abinader_2025_04", ["Fritz Alphonse Jean", ABI], None, status="denied",
                caller="Fritz Alphonse Jean")],
    rb=[rb("c2", "Le Nouvelliste", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind29, part B): 10 articles written for this set (not real published text), each "
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
