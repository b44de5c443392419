#!/usr/bin/env python3
"""Build ../gold.json (blind18, part A) from the hand annotation below and the registry of names.

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
DEC, KRI, PHI, CXG = "Alexander De Croo", "Ulf Kristersson", "Philippe of Belgium", "Carl XVI Gustaf"
LAH, BIL = "Hadja Lahbib", "Tobias Billström"
KAL, ORP, PEV, HAK = "Kaja Kallas", "Petteri Orpo", "Hanno Pevkur", "Antti Häkkänen"
FRI, HOL, MIT = "Godwin Friday", "Andrew Holness", "Dickon Mitchell"
TIN, BOR, CHA, SAN = "Bola Tinubu", "Gabriel Boric", "Daniel Chapo", "Pedro Sánchez"
DEC_KRI = "A_E_decroo_kristersson_2023_10_16"
LAH_BIL = "A_P_lahbib_billstrom_2023_10_17"
ORP_KAL = "A_E_orpo_kallas_2023_10_10"
HOL_FRI = "A_E_holness_friday_2025_11_28"

A["1700"] = dict(
    ents=[DEC, KRI, PHI, CXG, "Charles Michel", "Vincent Van Quickenborne", "Gunnar Strömmer", LAH, BIL,
          "Annelies Verlinden", "The Brussels Times", "Belga", "VRT", "TT", "X", "Belgium", "Sweden", "UEFA",
          "European Council"],
    calls=[call("c1", DEC_KRI, [DEC, KRI], "2023-10-16", caller=DEC),
           call("c2", "A_E_philippe_carlgustaf_2023_10_17", [PHI, CXG], "2023-10-17", caller=PHI),
           call("c3", "A_E_vanquickenborne_strommer_2023_10_17", ["Vincent Van Quickenborne", "Gunnar Strömmer"],
                "2023-10-17"),
           call("c4", LAH_BIL, [LAH, BIL], "2023-10-17", status="planned", caller=LAH)],
    rb=[rb("c1", "X", True), rb("c2", "TT", True), rb("c3", "VRT", True), rb("c4", "Belga", True)])

A["1701"] = dict(
    ents=[KRI, DEC, "Mette Frederiksen", BIL, LAH, CXG, "Radio Sweden", "SVT", "Sweden", "Belgium", "Denmark"],
    calls=[call("c1", DEC_KRI, [KRI, DEC], "2023-10-16"),
           call("c2", "A_E_kristersson_frederiksen_2023_10_17", [KRI, "Mette Frederiksen"], "2023-10-17"),
           call("c3", LAH_BIL, [BIL, LAH], "2023-10-17", status="planned")],
    rb=[rb("c1", "SVT", True)])

A["1702"] = dict(
    ents=[KAL, ORP, PEV, HAK, "Margus Tsahkna", "Alar Karis", "Sauli Niinistö", KRI, "Evika Siliņa",
          "Ingrida Šimonytė", "Postimees", "X", "ERR", "BNS", "Estonia", "Finland", "Sweden", "Latvia", "Lithuania",
          "NATO", "Elering"],
    calls=[call("c1", ORP_KAL, [KAL, ORP], "2023-10-10"),
           call("c2", "A_E_pevkur_hakkanen_2023_10_10", [PEV, HAK], "2023-10-10"),
           call("c3", "A_P_karis_niinisto_2023_10_12", ["Alar Karis", "Sauli Niinistö"], "2023-10-12",
                status="planned"),
           call("c4", "A_E_kallas_kristersson_2023_10", [KAL, KRI], None, required=False),
           call("c5", "A_E_baltic_pms_video_2023_10_11", [KAL, "Evika Siliņa", "Ingrida Šimonytė"], "2023-10-11")],
    rb=[rb("c1", "X", True), rb("c2", "ERR", True), rb("c3", "Postimees", False), rb("c5", "BNS", True)])

A["1703"] = dict(
    ents=[ORP, HAK, "Mari Rantanen", KAL, "Sauli Niinistö", "Jens Stoltenberg", KRI, PEV, "Yle",
          "Helsingin Sanomat", "Reuters", "MTV Uutiset", "Ilta-Sanomat", "Estonia", "Sweden", "Finland", "NATO",
          "National Bureau of Investigation"],
    calls=[call("c1", ORP_KAL, [ORP, KAL], "2023-10-10", caller=ORP),
           call("c2", "A_E_niinisto_stoltenberg_2023_10_10", ["Sauli Niinistö", "Jens Stoltenberg"], "2023-10-10"),
           call("c3", "A_P_orpo_kristersson_2023_10_11", [ORP, KRI], "2023-10-11", status="planned", caller=ORP),
           call("c4", "A_P_hakkanen_pevkur_2023_10_10", [HAK, PEV], "2023-10-10", status="planned")],
    rb=[])

A["1704"] = dict(
    ents=[FRI, "Ralph Gonsalves", "Susan Dougan", HOL, "Mia Mottley", "Kamla Persad-Bissessar", MIT,
          "Nation News", "CMC", "NBC Radio", "X", "St Vincent and the Grenadines", "Jamaica", "Barbados",
          "Trinidad and Tobago", "Grenada", "Taiwan", "New Democratic Party", "Unity Labour Party", "CARICOM"],
    calls=[call("c1", "A_E_gonsalves_friday_2025_11_27", ["Ralph Gonsalves", FRI], "2025-11-27",
                caller="Ralph Gonsalves"),
           call("c2", "A_E_dougan_friday_2025_11_28", ["Susan Dougan", FRI], "2025-11-28", caller="Susan Dougan"),
           call("c3", HOL_FRI, [HOL, FRI], "2025-11-28", caller=HOL),
           call("c4", "A_E_mottley_friday_2025_11_29", ["Mia Mottley", FRI], "2025-11-29", caller="Mia Mottley"),
           call("c5", "A_A_persadbissessar_friday_2025_11_29", ["Kamla Persad-Bissessar", FRI], "2025-11-29",
                status="attempted", caller="Kamla Persad-Bissessar"),
           call("c6", "A_E_mitchell_friday_2025_11", [MIT, FRI], None, required=False)],
    rb=[rb("c1", "NBC Radio", True), rb("c3", "X", True)] + [rb(c, "CMC", False) for c in
                                                              ("c1", "c2", "c3", "c4", "c5", "c6")])

A["1705"] = dict(
    ents=[HOL, FRI, MIT, "Ralph Gonsalves", "Mia Mottley", "Jamaica Observer", "Facebook", "Jamaica",
          "St Vincent and the Grenadines", "Grenada", "Barbados", "Office of the Prime Minister (Jamaica)", "CARICOM",
          "Unity Labour Party", "New Democratic Party"],
    calls=[call("c1", HOL_FRI, [HOL, FRI], "2025-11-28", caller=HOL),
           call("c2", "A_E_holness_mitchell_2025_11_28", [HOL, MIT], "2025-11-28")],
    rb=[rb("c1", "Facebook", True)])

A["1706"] = dict(
    ents=[TIN, "John Mahama", "Bassirou Diomaye Faye", "Muhammadu Buhari", "Aisha Buhari", "Bayo Onanuga",
          "Kashim Shettima", "Sadiya Hamza", "News Agency of Nigeria", "Ghana News Agency",
          "Nigerian Television Authority", "Daily Trust", "BBC Hausa", "Nigeria", "Ghana", "Senegal",
          "Nigeria Governors' Forum"],
    calls=[call("c1", "A_E_tinubu_aisha_2025_07_13", [TIN, "Aisha Buhari"], "2025-07-13", caller=TIN),
           call("c2", "A_E_mahama_tinubu_2025_07_14", ["John Mahama", TIN], "2025-07-14", caller="John Mahama"),
           call("c3", "A_E_faye_tinubu_2025_07_14", ["Bassirou Diomaye Faye", TIN], "2025-07-14",
                caller="Bassirou Diomaye Faye"),
           call("c4", "A_P_shettima_tinubu_2025_07_14", ["Kashim Shettima", TIN], "2025-07-14", status="planned")],
    rb=[rb("c1", "Daily Trust", True), rb("c1", "BBC Hausa", True), rb("c2", "Ghana News Agency", True),
        rb("c3", "Nigerian Television Authority", True)] + [rb(c, "News Agency of Nigeria", False) for c in
                                                          ("c1", "c2", "c3", "c4")])

A["1707"] = dict(
    ents=[BOR, "Luiz Inácio Lula da Silva", "Dina Boluarte", "Carolina Tohá", "Rodrigo Mundaca", "Macarena Ripamonti",
          "Javier Milei", "Manuel Adorni", "Diana Mondino", "Alberto van Klaveren", "EFE", "X", "TVN", "Clarín",
          "Chile", "Brazil", "Peru", "Argentina"],
    calls=[call("c1", "A_E_boric_video_2024_02_02", [BOR, "Carolina Tohá", "Rodrigo Mundaca", "Macarena Ripamonti"],
                "2024-02-02"),
           call("c2", "A_E_lula_boric_2024_02_03", ["Luiz Inácio Lula da Silva", BOR], "2024-02-03",
                caller="Luiz Inácio Lula da Silva"),
           call("c3", "A_E_boluarte_boric_2024_02_04", ["Dina Boluarte", BOR], "2024-02-04", caller="Dina Boluarte"),
           call("c4", "A_D_milei_boric_2024_02_03", ["Javier Milei", BOR], "2024-02-03", status="denied",
                caller="Javier Milei"),
           call("c5", "A_E_mondino_vanklaveren_2024_02", ["Diana Mondino", "Alberto van Klaveren"], None)],
    rb=[rb("c1", "TVN", True), rb("c2", "X", True), rb("c4", "Clarín", True)] + [rb(c, "EFE", False) for c in
                                                                                ("c1", "c2", "c3", "c4", "c5")])

A["1708"] = dict(
    ents=[CHA, "Venâncio Mondlane", "Marcelo Rebelo de Sousa", "Paul Kagame", "Tomás Nhantumbo", "Zitamar News",
          "DW África", "Savana", "Lusa", "Mozambique", "Portugal", "Rwanda"],
    calls=[call("c1", "A_A_chapo_mondlane_2025_01", [CHA, "Venâncio Mondlane"], None, status="attempted", caller=CHA),
           call("c2", "A_E_chapo_mondlane_2025_03_19", [CHA, "Venâncio Mondlane"], "2025-03-19", caller=CHA),
           call("c3", "A_E_marcelo_chapo_2025_03_24", ["Marcelo Rebelo de Sousa", CHA], "2025-03-24",
                caller="Marcelo Rebelo de Sousa"),
           call("c4", "A_P_chapo_kagame_2025", [CHA, "Paul Kagame"], None, status="planned")],
    rb=[rb("c1", "DW África", True), rb("c2", "Savana", True), rb("c3", "Lusa", True)])

A["1709"] = dict(
    ents=[SAN, "Felipe VI", "António Costa", "Pere Aragonès", "Carles Puigdemont", "Santos Cerdán",
          "Alberto Núñez Feijóo", "Emmanuel Macron", "Catalan News", "Catalan News Agency", "RAC1", "El Confidencial",
          "Spain", "Portugal", "France", "Belgium", "Junts", "Esquerra Republicana", "People's Party", "Moncloa"],
    calls=[call("c1", "A_E_costa_sanchez_2023_11_16", ["António Costa", SAN], "2023-11-16", caller="António Costa"),
           call("c2", "A_E_aragones_sanchez_2023_11_16", ["Pere Aragonès", SAN], "2023-11-16"),
           call("c3", "A_D_sanchez_puigdemont_2023_11", [SAN, "Carles Puigdemont"], None, status="denied", caller=SAN),
           call("c4", "A_P_sanchez_macron_2023_11_20", [SAN, "Emmanuel Macron"], "2023-11-20", status="planned")],
    rb=[rb("c2", "RAC1", True), rb("c3", "El Confidencial", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind18, part A): 10 articles written for this set (not real published text), each "
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
