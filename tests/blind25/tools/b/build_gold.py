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
KOR, OSI = "Ernest Bai Koroma", "Yemi Osinbajo"
AF, CFK, AMLO, LULA = "Alberto Fernández", "Cristina Fernández de Kirchner", "Andrés Manuel López Obrador", \
    "Luiz Inácio Lula da Silva"
DIL = "Dilma Rousseff"
MIT, CHR, SAK, ERD = "Kyriakos Mitsotakis", "Nikos Christodoulides", "Katerina Sakellaropoulou", "Recep Tayyip Erdoğan"
KOM, DEN = "Constantinos Kombos", "Nikos Dendias"
MF, KRI, TUSK, STO = "Mette Frederiksen", "Ulf Kristersson", "Donald Tusk", "Jonas Gahr Støre"
# ---- events told by more than one article
OSI_KOR = "B_E_osinbajo_koroma_2017_08_15"
AMLO_AF = "B_E_amlo_fernandez_2022_09_02"
LULA_CFK = "B_E_lula_cfk_2022_09_02"
LULA_CFK_A = "B_A_lula_cfk_2022_09_01"
PUEBLA = "B_E_puebla_group_video_2022_09_02"
CHR_MIT = "B_E_christodoulides_mitsotakis_2023_03_01"
KRI_MF = "B_E_kristersson_frederiksen_2024_06_07"

A["2410"] = dict(
    ents=[KOR, OSI, "Nana Addo Dankwa Akufo-Addo", "Ellen Johnson Sirleaf", "Alpha Condé", "Macky Sall",
          "Abdulai Bayraytay", "Awoko", "Twitter", "Sierra Leone", "Nigeria", "Ghana", "Liberia", "Guinea", "Senegal",
          "State House (Sierra Leone)", "African Union", "Office of National Security",
          "Ministry of Health (Sierra Leone)"],
    calls=[call("c1", OSI_KOR, [OSI, KOR], "2017-08-15", caller=OSI),
           call("c2", "B_E_akufoaddo_koroma_2017_08_14", ["Nana Addo Dankwa Akufo-Addo", KOR], "2017-08-14",
                caller="Nana Addo Dankwa Akufo-Addo"),
           call("c3", "B_E_sirleaf_koroma_2017_08_14", ["Ellen Johnson Sirleaf", KOR], "2017-08-14",
                caller="Ellen Johnson Sirleaf"),
           call("c4", "B_E_conde_koroma_2017_08_15", ["Alpha Condé", KOR], "2017-08-15"),
           call("c5", "B_P_koroma_sall_2017_08_16", [KOR, "Macky Sall"], "2017-08-16", status="planned")],
    rb=[rb("c2", "Twitter", True)])

A["2411"] = dict(
    ents=[OSI, KOR, "Laolu Akande", "Muhammadu Buhari", "Geoffrey Onyeama", "Samura Kamara", "Alpha Condé",
          "Adewale Bankole", "News Agency of Nigeria", "Channels Television", "Premium Times", "Nigeria",
          "Sierra Leone", "Guinea", "African Union", "ECOWAS Commission", "Nigerian High Commission", "NEMA"],
    calls=[call("c1", OSI_KOR, [OSI, KOR], "2017-08-15", caller=OSI),
           call("c2", "B_E_osinbajo_buhari_2017_08", [OSI, "Muhammadu Buhari"], None),
           call("c3", "B_E_onyeama_kamara_2017_08_14", ["Geoffrey Onyeama", "Samura Kamara"], "2017-08-14"),
           call("c4", "B_P_osinbajo_koroma_2017_08_17", [OSI, KOR], "2017-08-17", status="planned")],
    rb=[rb("c1", "News Agency of Nigeria", True), rb("c1", "Channels Television", True)])

A["2412"] = dict(
    ents=[AF, CFK, "Gabriel Boric", AMLO, LULA, "Pedro Sánchez", "Mauricio Macri", "Gabriela Cerruti",
          "Tomás Irigoyen", "Página/12", "Clarín", "Twitter", "Chile", "Mexico", "Brazil", "Spain", "Argentina",
          "Casa Rosada"],
    calls=[call("c1", "B_E_boric_fernandez_2022_09_01", ["Gabriel Boric", AF], "2022-09-01", caller="Gabriel Boric"),
           call("c2", AMLO_AF, [AMLO, AF], "2022-09-02", caller=AMLO),
           call("c3", LULA_CFK_A, [LULA, CFK], "2022-09-01", status="attempted", caller=LULA),
           call("c4", LULA_CFK, [LULA, CFK], "2022-09-02", caller=LULA),
           call("c5", "B_P_fernandez_sanchez_2022_09_03", [AF, "Pedro Sánchez"], "2022-09-03", status="planned"),
           call("c6", "B_D_fernandez_macri_2022_09_01", [AF, "Mauricio Macri"], "2022-09-01", status="denied",
                caller=AF)],
    rb=[rb("c3", "Página/12", True), rb("c6", "Clarín", True)])

A["2413"] = dict(
    ents=[AMLO, AF, CFK, "Marcelo Ebrard", "Santiago Cafiero", DIL, "Evo Morales", "Rafael Correa", "Ernesto Samper",
          "José Luis Rodríguez Zapatero", "Prensa Latina", "C5N", "Mexico", "Argentina", "Brazil", "Bolivia",
          "Ecuador", "Colombia", "Spain", "Puebla Group", "Argentine Foreign Ministry"],
    calls=[call("c1", AMLO_AF, [AMLO, AF], "2022-09-02", caller=AMLO),
           call("c2", "B_P_amlo_cfk_2022_09", [AMLO, CFK], None, status="planned", caller=AMLO),
           call("c3", "B_E_ebrard_cafiero_2022_09_02", ["Marcelo Ebrard", "Santiago Cafiero"], "2022-09-02"),
           call("c4", PUEBLA, [CFK, DIL, "Evo Morales", "Rafael Correa", "Ernesto Samper",
                               "José Luis Rodríguez Zapatero"], "2022-09-02")],
    rb=[rb("c1", "Prensa Latina", False), rb("c2", "Prensa Latina", False), rb("c3", "Prensa Latina", False),
        rb("c4", "Prensa Latina", False), rb("c4", "C5N", True)])

A["2414"] = dict(
    ents=["Jair Bolsonaro", AF, LULA, CFK, DIL, "Mariana Sobral", "The Brazilian Report", "Brazil", "Argentina",
          "Uruguay", "Mercosur", "Puebla Group", "IMF"],
    calls=[call("c1", LULA_CFK_A, [LULA, CFK], "2022-09-01", status="attempted", caller=LULA),
           call("c2", LULA_CFK, [LULA, CFK], "2022-09-02"),
           call("c3", PUEBLA, [DIL, CFK], "2022-09-02"),
           call("c4", "B_E_lula_fernandez_2022_09", [LULA, AF], None)],
    rb=[])

A["2415"] = dict(
    ents=[MIT, CHR, SAK, ERD, "Galab Donev", "Ursula von der Leyen", KOM, DEN, "Kostas Karamanlis", "Alexis Tsipras",
          "Athens-Macedonian News Agency", "Anadolu Agency", "ERTNews", "Greece", "Cyprus", "Turkey", "Bulgaria",
          "European Commission", "European Union"],
    calls=[call("c1", CHR_MIT, [CHR, MIT], "2023-03-01", caller=CHR),
           call("c2", "B_E_christodoulides_sakellaropoulou_2023_03_01", [CHR, SAK], "2023-03-01"),
           call("c3", "B_E_erdogan_mitsotakis_2023_03_01", [ERD, MIT], "2023-03-01", caller=ERD),
           call("c4", "B_E_donev_mitsotakis_2023_03_01", ["Galab Donev", MIT], "2023-03-01", caller="Galab Donev"),
           call("c5", "B_E_vonderleyen_mitsotakis_2023_03_01", ["Ursula von der Leyen", MIT], "2023-03-01"),
           call("c6", "B_E_kombos_dendias_2023_03_01", [KOM, DEN], "2023-03-01", caller=KOM)],
    rb=[rb("c3", "Anadolu Agency", True)] +
       [rb(c, "Athens-Macedonian News Agency", False) for c in ("c1", "c2", "c3", "c4", "c5", "c6")])

A["2416"] = dict(
    ents=["Konstantinos Letymbiotis", CHR, MIT, SAK, ERD, KOM, DEN, "Politis", "Greece", "Cyprus",
          "Council of Ministers (Cyprus)", "Press and Information Office"],
    calls=[call("c1", CHR_MIT, [CHR, MIT], "2023-03-01", caller=CHR),
           call("c2", "B_P_christodoulides_sakellaropoulou_2023_03_01", [CHR, SAK], "2023-03-01", status="planned"),
           call("c3", "B_A_christodoulides_mitsotakis_2023_03_01", [CHR, MIT], "2023-03-01", status="attempted",
                caller=CHR),
           call("c4", "B_P_kombos_dendias_2023_03_01", [KOM, DEN], "2023-03-01", status="planned")],
    rb=[rb("c3", "Politis", True)])

A["2417"] = dict(
    ents=[MF, TUSK, "Peter Hummelgaard", "Adam Bodnar", STO, "Frederik X", KRI, "The Local", "Ritzau", "TV 2",
          "Politiken", "X", "Denmark", "Poland", "Norway", "Sweden", "Royal House (Denmark)", "NATO",
          "European Parliament"],
    calls=[call("c1", "B_P_frederiksen_tusk_2024_06_08", [MF, TUSK], "2024-06-08", status="planned"),
           call("c2", "B_E_hummelgaard_bodnar_2024_06_08", ["Peter Hummelgaard", "Adam Bodnar"], "2024-06-08"),
           call("c3", "B_E_store_frederiksen_2024_06_08", [STO, MF], "2024-06-08", caller=STO),
           call("c4", "B_E_frederikx_frederiksen_2024_06_07", ["Frederik X", MF], "2024-06-07", caller="Frederik X"),
           call("c5", KRI_MF, [KRI, MF], "2024-06-07", caller=KRI)],
    rb=[rb("c1", "Ritzau", True), rb("c2", "TV 2", True), rb("c3", "Politiken", True), rb("c5", "X", True)])

A["2418"] = dict(
    ents=[KRI, MF, "Tobias Billström", "Lars Løkke Rasmussen", STO, "TT", "Radio Sweden", "Sweden", "Denmark",
          "Norway", "Foreign Ministry (Sweden)", "Swedish Security Service", "European Parliament"],
    calls=[call("c1", KRI_MF, [KRI, MF], "2024-06-07", caller=KRI),
           call("c2", "B_E_billstrom_lokkerasmussen_2024_06_08", ["Tobias Billström", "Lars Løkke Rasmussen"],
                "2024-06-08"),
           call("c3", "B_E_kristersson_store_2024_06", [KRI, STO], None, required=False)],
    rb=[rb("c1", "TT", True)])

A["2419"] = dict(
    ents=["Robert Fico", MF, KRI, TUSK, "Sofie Lindqvist", "Slovakia", "Denmark", "Sweden", "Poland",
          "European Union", "PET"],
    calls=[call("c1", KRI_MF, [KRI, MF], "2024-06-07", caller=KRI),
           call("c2", "B_E_tusk_frederiksen_2024_06_08", [TUSK, MF], "2024-06-08"),
           call("c3", "B_E_fico_frederiksen_2024_06", ["Robert Fico", MF], None, caller="Robert Fico")],
    rb=[])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind25, part B): 10 articles written for this set (not real published text), each "
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
