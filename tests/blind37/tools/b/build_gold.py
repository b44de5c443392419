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
NAUSEDA, SIMONYTE, MITSOTAKIS = "Gitanas Nausėda", "Ingrida Šimonytė", "Kyriakos Mitsotakis"
LANDSBERGIS, BLINKEN, DENDIAS, COVENEY = "Gabrielius Landsbergis", "Antony Blinken", "Nikos Dendias", "Simon Coveney"
KALLAS, KARINS = "Kaja Kallas", "Krišjānis Kariņš"
BUHARI, MAHAMAT, IDRISS, BAZOUM = "Muhammadu Buhari", "Mahamat Idriss Déby", "Idriss Déby", "Mohamed Bazoum"
TSHISEKEDI, MACRON = "Félix Tshisekedi", "Emmanuel Macron"
CASTILLO, BOLUARTE, AMLO, LASSO = "Pedro Castillo", "Dina Boluarte", "Andrés Manuel López Obrador", "Guillermo Lasso"
# ---- events told by more than one article
MITSOTAKIS_NAUSEDA = "B_E_mitsotakis_nauseda_2021_05_23"   # 3610 (22:40 entry, "rang Nausėda this evening": caller),
                                                          # 3611 ("Later on Sunday night ... spoke by phone": no caller),
                                                          # 3612 (in passing, "had rung ... the same evening" as "the night the aircraft finally reached Vilnius": caller)
LANDSBERGIS_BLINKEN = "B_E_landsbergis_blinken_2021_05_23" # 3610 (00:35 entry under "Monday, 24 May": "began at about half past midnight Vilnius
                                                          # time, when it was still late Sunday afternoon in Washington" = 21:30 UTC Sunday; Twitter),
                                                          # 3612 ("late on Sunday afternoon, Washington time")
BALTIC_VIDEO = "B_E_simonyte_karins_kallas_video_2021_05_23"  # 3610 (23:15 entry, three named), 3619 ("On the Sunday the aircraft was forced down", two named)
DENDIAS_COVENEY = "B_E_dendias_coveney_2021_05_23"          # 3611 ("on Sunday"; ERT reported), 3612 ("the previous evening" of Monday; told RTÉ)
BUHARI_MAHAMAT = "B_E_buhari_mahamat_deby_2021_04_21"       # 3613 (readout: "on Wednesday telephoned"), 3614 ("called him yesterday", dateline April 22)
BAZOUM_MAHAMAT = "B_E_bazoum_mahamat_deby_2021_04_20"       # 3614 ("on Tuesday evening ... telephoned"; Télé Tchad aired footage),
                                                          # 3615 ("on the evening Déby's death was announced", no caller)
LASSO_BOLUARTE = "B_E_lasso_boluarte_2022_12_07"            # 3616 ("had called Boluarte on Wednesday evening": caller; Twitter), 3618 ("yesterday", no dateline)
CASTILLO_OFFICE = "B_E_castillo_amlo_office_2022_12_07"     # 3616, 3617: Castillo rang AMLO's office, not AMLO (required: false in both)

A["3610"] = dict(
    ents=[NAUSEDA, "Andrzej Duda", SIMONYTE, KARINS, KALLAS, MITSOTAKIS,
          "Asta Skaisgirytė", LANDSBERGIS, BLINKEN, "Ursula von der Leyen", "Sviatlana Tsikhanouskaya", "Roman Protasevich",
          "Delfi", "Twitter",
          "Lithuania", "Poland", "United States", "Latvia", "Estonia", "Greece", "Belarus",
          "European Council", "European Commission", "European Union", "NATO", "Office of the President of Lithuania",
          "Ministry of Foreign Affairs (Lithuania)"],
    calls=[call("c1", MITSOTAKIS_NAUSEDA, [MITSOTAKIS, NAUSEDA], "2021-05-23", caller=MITSOTAKIS),
           call("c2", LANDSBERGIS_BLINKEN, [LANDSBERGIS, BLINKEN], "2021-05-23"),
           call("c3", BALTIC_VIDEO, [SIMONYTE, KARINS, KALLAS], "2021-05-23"),
           call("c4", "B_P_nauseda_duda_2021_05_24", [NAUSEDA, "Andrzej Duda"], "2021-05-24", status="planned")],
    rb=[rb("c2", "Twitter", True), rb("c4", "Delfi", False)])

A["3611"] = dict(
    ents=[MITSOTAKIS, "Charles Michel", NAUSEDA, DENDIAS, LANDSBERGIS, COVENEY, "Aristotelia Peloni", "Roman Protasevich",
          "Twitter", "ERT",
          "Greece", "Lithuania", "Ireland", "Belarus",
          "European Council", "European Union", "Ryanair", "Ministry of Foreign Affairs (Greece)", "Hellenic Police",
          "SYRIZA", "KINAL", "Athens International Airport"],
    calls=[call("c1", MITSOTAKIS_NAUSEDA, [MITSOTAKIS, NAUSEDA], "2021-05-23"),
           call("c2", "B_E_mitsotakis_michel_2021_05_23", [MITSOTAKIS, "Charles Michel"], "2021-05-23", caller=MITSOTAKIS),
           call("c3", "B_E_dendias_landsbergis_2021_05_23", [DENDIAS, LANDSBERGIS], "2021-05-23"),
           call("c4", DENDIAS_COVENEY, [DENDIAS, COVENEY], "2021-05-23")],
    rb=[rb("c2", "Twitter", True), rb("c4", "ERT", True)])

A["3612"] = dict(
    ents=["Micheál Martin", SIMONYTE, MITSOTAKIS, NAUSEDA, "Alexander Lukashenko", "Vladimir Putin",
          BLINKEN, LANDSBERGIS, COVENEY, DENDIAS, "Michael O'Leary", "Dmitry Peskov", "Roman Protasevich", "Ciara Brophy",
          "RTÉ", "Newstalk", "Kommersant", "Interfax", "The Irish Times",
          "Lithuania", "Ireland", "Greece", "Belarus", "Russia", "Poland",
          "European Union", "State Department", "Kremlin", "International Civil Aviation Organization", "Ryanair", "Belavia"],
    calls=[call("c1", "B_E_martin_simonyte_2021_05_23", ["Micheál Martin", SIMONYTE], "2021-05-23"),
           call("c2", MITSOTAKIS_NAUSEDA, [MITSOTAKIS, NAUSEDA], "2021-05-23", caller=MITSOTAKIS),
           call("c3", LANDSBERGIS_BLINKEN, [BLINKEN, LANDSBERGIS], "2021-05-23"),
           call("c4", DENDIAS_COVENEY, [COVENEY, DENDIAS], "2021-05-23"),
           call("c5", "B_D_lukashenko_putin_2021_05_23", ["Alexander Lukashenko", "Vladimir Putin"], "2021-05-23",
                status="denied", caller="Alexander Lukashenko")],
    rb=[rb("c4", "RTÉ", True), rb("c5", "Kommersant", True), rb("c5", "Interfax", False)])

A["3613"] = dict(
    ents=[BUHARI, MAHAMAT, IDRISS, BAZOUM, TSHISEKEDI, "Garba Shehu", "Ebuka Nwosu",
          "Premium Times", "News Agency of Nigeria", "Twitter",
          "Nigeria", "Chad", "Niger", "Democratic Republic of Congo",
          "Presidency (Nigeria)", "Presidential Villa", "Transitional Military Council", "African Union",
          "Multinational Joint Task Force", "Front for Change and Concord in Chad", "Boko Haram"],
    calls=[call("c1", BUHARI_MAHAMAT, [BUHARI, MAHAMAT], "2021-04-21", caller=BUHARI),
           call("c2", "B_E_buhari_bazoum_2021_04_20", [BUHARI, BAZOUM], "2021-04-20"),
           call("c3", "B_P_buhari_tshisekedi_2021_04_22", [BUHARI, TSHISEKEDI], "2021-04-22", status="planned")],
    rb=[rb("c1", "News Agency of Nigeria", True), rb("c1", "Twitter", True)])

A["3614"] = dict(
    ents=[MAHAMAT, IDRISS, BAZOUM, BUHARI, "Tamim bin Hamad Al Thani", TSHISEKEDI, MACRON, "Mahamat Mahdi Ali",
          "APA News", "Télé Tchad", "Radio France Internationale", "Qatar News Agency",
          "Chad", "Niger", "Nigeria", "Qatar",
          "Transitional Military Council", "African Union", "Multinational Joint Task Force",
          "Front for Change and Concord in Chad", "National Assembly (Chad)", "Palais Rose"],
    calls=[call("c1", BAZOUM_MAHAMAT, [BAZOUM, MAHAMAT], "2021-04-20", caller=BAZOUM),
           call("c2", BUHARI_MAHAMAT, [BUHARI, MAHAMAT], "2021-04-21", caller=BUHARI),
           call("c3", "B_E_tamim_mahamat_deby_2021_04_21", ["Tamim bin Hamad Al Thani", MAHAMAT], "2021-04-21",
                caller="Tamim bin Hamad Al Thani"),
           call("c4", "B_E_tshisekedi_mahamat_deby_2021_04_22", [TSHISEKEDI, MAHAMAT], "2021-04-22"),
           call("c5", "B_A_mahdi_ali_mahamat_deby_2021_04", ["Mahamat Mahdi Ali", MAHAMAT], None, status="attempted",
                caller="Mahamat Mahdi Ali")],
    rb=[rb("c1", "Télé Tchad", True), rb("c3", "Qatar News Agency", True), rb("c5", "Radio France Internationale", True)]
       + [rb(f"c{i}", "APA News", False) for i in range(1, 5)])

A["3615"] = dict(
    ents=[IDRISS, MAHAMAT, BAZOUM, "Mohammed VI", MACRON, "Denis Sassou Nguesso", "Ali Bongo Ondimba",
          "Faustin-Archange Touadéra", "Moussa Faki Mahamat", "Clémence Ngarlem-Haddad", "Amelie Tcheutchoua",
          "ISS Today", "Jeune Afrique", "AFP",
          "Chad", "Niger", "Morocco", "Republic of the Congo", "Gabon", "Central African Republic", "Mali",
          "African Union", "Peace and Security Council", "Transitional Military Council", "National Assembly (Chad)",
          "G5 Sahel"],
    calls=[call("c1", BAZOUM_MAHAMAT, [BAZOUM, MAHAMAT], "2021-04-20"),
           call("c2", "B_E_mohammed_vi_mahamat_deby_2021_04_21", ["Mohammed VI", MAHAMAT], "2021-04-21", caller="Mohammed VI"),
           call("c3", "B_E_macron_mahamat_deby_2021_04_22", [MACRON, MAHAMAT], "2021-04-22"),
           call("c4", "B_E_sassou_bongo_touadera_mahamat_video_2021_04", ["Denis Sassou Nguesso", "Ali Bongo Ondimba",
                "Faustin-Archange Touadéra", MAHAMAT], None)],
    rb=[rb("c3", "Jeune Afrique", True)])

A["3616"] = dict(
    ents=[CASTILLO, BOLUARTE, AMLO, "Gabriel Boric", LASSO,
          "Teresa Quispe", "Daniel Ferrand", "Ana Lucía Medina", "Marco Olave", "Helen Marsh",
          "Reuters", "Twitter",
          "Peru", "Mexico", "Chile", "Ecuador", "United States",
          "Congress of Peru", "State Department"],
    calls=[call("c1", CASTILLO_OFFICE, [CASTILLO, AMLO], "2022-12-07", caller=CASTILLO, required=False),
           call("c2", "B_A_boric_castillo_2022_12_07", ["Gabriel Boric", CASTILLO], "2022-12-07", status="attempted",
                caller="Gabriel Boric"),
           call("c3", LASSO_BOLUARTE, [LASSO, BOLUARTE], "2022-12-07", caller=LASSO)],
    rb=[rb("c3", "Twitter", True), rb("c2", "Reuters", False), rb("c3", "Reuters", False)])

A["3617"] = dict(
    ents=[AMLO, CASTILLO, "Gustavo Petro", "Alberto Fernández", BOLUARTE, "Marcelo Ebrard",
          "Mexico News Daily", "Expreso", "Twitter",
          "Peru", "Mexico",
          "Congress of Peru", "National Palace (Mexico)"],
    calls=[call("c1", CASTILLO_OFFICE, [CASTILLO, AMLO], "2022-12-07", caller=CASTILLO, required=False),
           call("c2", "B_D_castillo_amlo_2022_12_06", [AMLO, CASTILLO], "2022-12-06", status="denied"),
           call("c3", "B_E_amlo_petro_2022_12_07", [AMLO, "Gustavo Petro"], "2022-12-07"),
           call("c4", "B_E_amlo_fernandez_2022_12_08", [AMLO, "Alberto Fernández"], "2022-12-08"),
           call("c5", "B_E_amlo_ebrard_2022_12_07", [AMLO, "Marcelo Ebrard"], "2022-12-07", required=False)],
    rb=[rb("c2", "Expreso", True)])

A["3618"] = dict(
    ents=[BOLUARTE, LASSO, "Luis Lacalle Pou", "Luiz Inácio Lula da Silva",
          "Peru", "Ecuador", "Uruguay", "Brazil",
          "Presidency of the Republic (Peru)", "Congress of Peru", "Government Palace (Peru)", "Legislative Palace (Peru)"],
    calls=[call("c1", LASSO_BOLUARTE, [BOLUARTE, LASSO], "2022-12-07"),
           call("c2", "B_E_lacalle_pou_boluarte_2022_12_08", ["Luis Lacalle Pou", BOLUARTE], "2022-12-08",
                caller="Luis Lacalle Pou"),
           call("c3", "B_P_boluarte_lula_2022_12", [BOLUARTE, "Luiz Inácio Lula da Silva"], None, status="planned")],
    rb=[])

A["3619"] = dict(
    ents=[KALLAS, SIMONYTE, "Mette Frederiksen", "Sanna Marin", "Kersti Kaljulaid",
          "Eva-Maria Liimets", "Martin Helme", "Roman Protasevich", "Sofia Sapega",
          "Postimees", "ERR",
          "Estonia", "Latvia", "Lithuania", "Denmark", "Belarus",
          "Reform Party", "EKRE", "Government Office (Estonia)", "European Union Aviation Safety Agency", "European Union"],
    calls=[call("c1", BALTIC_VIDEO, [KALLAS, SIMONYTE], "2021-05-23"),
           call("c2", "B_E_kallas_frederiksen_2021_05", [KALLAS, "Mette Frederiksen"], None),
           call("c3", "B_P_kallas_marin_video_2021_06_02", [KALLAS, "Sanna Marin"], "2021-06-02", status="planned")],
    rb=[rb("c2", "ERR", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind37, part B): 10 articles written for this set (not real published text), each "
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
