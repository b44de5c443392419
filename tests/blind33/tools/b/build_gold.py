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
MACRON, MACRI, COSTA, RIESTER = "Emmanuel Macron", "Mauricio Macri", "António Costa", "Franck Riester"
KEN, TSHI, KAGAME, FAYULU = "Uhuru Kenyatta", "Félix Tshisekedi", "Paul Kagame", "Martin Fayulu"
MORALES, SANCHEZ, JOVEL = "Jimmy Morales", "Pedro Sánchez", "Sandra Jovel"
NAUS, SCHOLZ, SIM, RUTTE, PAL = "Gitanas Nausėda", "Olaf Scholz", "Ingrida Šimonytė", "Mark Rutte", "Gintautas Paluckas"
# ---- events told by more than one article
MACRI_MACRON = "B_E_macri_macron_2019_04_15"      # 3210, 3211, 3212 (UTC date; 3210 gives Paris time, Tuesday)
COSTA_MACRON = "B_E_costa_macron_2019_04_16"      # 3210, 3212
KEN_TSHI = "B_E_kenyatta_tshisekedi_2019_01_20"   # 3213 (date in the metadata only), 3214
SAN_MOR = "B_E_sanchez_morales_2018_06_04"        # 3215 ("yesterday" against the dateline), 3216 (UTC date)
SAN_NAUS = "B_E_sanchez_nauseda_2024_11_25"       # 3217, 3218, 3219
RUTTE_SIM = "B_E_rutte_simonyte_2024_11_25"       # 3217, 3219

A["3210"] = dict(
    ents=[MACRON, "Angela Merkel", COSTA, MACRI, "Édouard Philippe", "Donald Trump",
          RIESTER, "Alberto Bonisoli", "Anne Hidalgo",
          "France 24", "Twitter", "France Inter",
          "France", "Germany", "Italy", "Portugal", "Argentina", "United States",
          "Elysée", "L'Oréal", "Total"],
    calls=[call("c1", MACRI_MACRON, [MACRI, MACRON], "2019-04-15", caller=MACRI),
           call("c2", COSTA_MACRON, [COSTA, MACRON], "2019-04-16", caller=COSTA),
           call("c3", "B_E_bonisoli_riester_2019_04_16", ["Alberto Bonisoli", RIESTER], "2019-04-16",
                caller="Alberto Bonisoli"),
           call("c4", "B_P_macron_merkel_2019_04_16", [MACRON, "Angela Merkel"], "2019-04-16", status="planned")],
    rb=[rb("c1", "Twitter", True), rb("c3", "France Inter", True)])

A["3211"] = dict(
    ents=[MACRI, MACRON, "Pope Francis", "Jorge Faurie", "Jean-Yves Le Drian",
          "Clarín", "Radio Mitre", "Twitter",
          "Argentina", "France",
          "Ministry of Foreign Affairs and Worship", "Mercosur", "European Union", "G20"],
    calls=[call("c1", MACRI_MACRON, [MACRI, MACRON], "2019-04-15", caller=MACRI),
           call("c2", "B_E_faurie_le_drian_2019_04_16", ["Jorge Faurie", "Jean-Yves Le Drian"], "2019-04-16")],
    rb=[rb("c1", "Clarín", True), rb("c1", "Radio Mitre", True), rb("c1", "Twitter", True)])

A["3212"] = dict(
    ents=[MACRON, MACRI, COSTA, "Hélène Marchal", "Jean-Louis Georgelin", RIESTER, "Nina Obuljen Koržinek",
          "Dario Franceschini", "José Manuel Rodríguez Uribes",
          "Le Parisien", "Facebook",
          "Argentina", "Portugal", "Croatia", "Italy", "Spain",
          "Elysée", "European Union"],
    calls=[call("c1", MACRI_MACRON, [MACRON, MACRI], "2019-04-15"),
           call("c2", COSTA_MACRON, [COSTA, MACRON], "2019-04-16", caller=COSTA),
           call("c3", "B_E_riester_georgelin_video_2020_04", [RIESTER, "Jean-Louis Georgelin"], None),
           call("c4", "B_E_eu_culture_ministers_video_2020_04_08",
                [RIESTER, "Nina Obuljen Koržinek", "Dario Franceschini", "José Manuel Rodríguez Uribes"], "2020-04-08")],
    rb=[rb("c1", "Le Parisien", True), rb("c4", "Facebook", True)])

A["3213"] = dict(
    ents=[KEN, TSHI, "Yoweri Museveni", KAGAME, "Joseph Kabila", FAYULU,
          "Kenya", "Democratic Republic of the Congo", "Uganda", "Rwanda",
          "PSCU", "Constitutional Court (DRC)", "African Union"],
    calls=[call("c1", KEN_TSHI, [KEN, TSHI], "2019-01-20", caller=KEN),
           call("c2", "B_P_kenyatta_tshisekedi_2019_01", [KEN, TSHI], None, status="planned"),
           call("c3", "B_E_kenyatta_museveni_2019_01_20", [KEN, "Yoweri Museveni"], "2019-01-20"),
           call("c4", "B_E_kenyatta_kagame_2019_01", [KEN, KAGAME], None, required=False)],
    rb=[])

A["3214"] = dict(
    ents=[TSHI, "João Lourenço", KEN, "Cyril Ramaphosa", KAGAME, "Joseph Kabila",
          FAYULU, "Richard Sezibera", "Jean-Yves Le Drian",
          "Amedee Lwamba", "Patrice Kitenge", "Clara Fenwick", "Tom Aldridge",
          "Reuters", "Radio Okapi", "Twitter", "Jeune Afrique",
          "Democratic Republic of the Congo", "Angola", "Kenya", "South Africa", "Rwanda", "France", "Belgium",
          "Constitutional Court (DRC)", "Southern African Development Community", "African Union"],
    calls=[call("c1", "B_E_lourenco_tshisekedi_2019_01_20", ["João Lourenço", TSHI], "2019-01-20",
                caller="João Lourenço"),
           call("c2", KEN_TSHI, [KEN, TSHI], "2019-01-20", caller=KEN),
           call("c3", "B_E_ramaphosa_tshisekedi_2019_01_20", ["Cyril Ramaphosa", TSHI], "2019-01-20",
                caller="Cyril Ramaphosa"),
           call("c4", "B_A_tshisekedi_fayulu_2019_01_20", [TSHI, FAYULU], "2019-01-20", status="attempted",
                caller=TSHI),
           call("c5", "B_D_kagame_tshisekedi_2019_01_18", [KAGAME, TSHI], "2019-01-18", status="denied")],
    rb=[rb("c2", "Twitter", True), rb("c3", "Radio Okapi", True), rb("c5", "Jeune Afrique", True),
        rb("c1", "Reuters", False), rb("c2", "Reuters", False), rb("c3", "Reuters", False),
        rb("c4", "Reuters", False), rb("c5", "Reuters", False)])

A["3215"] = dict(
    ents=[MORALES, "Enrique Peña Nieto", "Carlos Alvarado Quesada", "Juan Orlando Hernández", SANCHEZ,
          JOVEL, "Luis Videgaray", "Mike Pence",
          "EFE", "Canal Antigua", "Twitter",
          "Guatemala", "Mexico", "Costa Rica", "Honduras", "Spain", "United States",
          "Conred"],
    calls=[call("c1", "B_E_pena_nieto_morales_2018_06_04", ["Enrique Peña Nieto", MORALES], "2018-06-04",
                caller="Enrique Peña Nieto"),
           call("c2", "B_E_alvarado_morales_2018_06_04", ["Carlos Alvarado Quesada", MORALES], "2018-06-04",
                caller="Carlos Alvarado Quesada"),
           call("c3", "B_A_hernandez_morales_2018_06_03", ["Juan Orlando Hernández", MORALES], "2018-06-03",
                status="attempted", caller="Juan Orlando Hernández"),
           call("c4", "B_E_hernandez_morales_2018_06_04", ["Juan Orlando Hernández", MORALES], "2018-06-04",
                caller="Juan Orlando Hernández"),
           call("c5", SAN_MOR, [MORALES, SANCHEZ], "2018-06-04"),
           call("c6", "B_E_jovel_videgaray_2018_06_04", [JOVEL, "Luis Videgaray"], "2018-06-04"),
           call("c7", "B_P_pence_morales_2018_06_06", ["Mike Pence", MORALES], "2018-06-06", status="planned",
                caller="Mike Pence")],
    rb=[rb("c2", "Canal Antigua", True), rb("c4", "Twitter", True)]
       + [rb(f"c{i}", "EFE", False) for i in range(1, 8)])

A["3216"] = dict(
    ents=[SANCHEZ, MORALES, "Felipe VI", "Mariano Rajoy", MACRON, "Alfonso Dastis", JOVEL,
          "AFP", "Europa Press",
          "Spain", "Guatemala", "France",
          "Moncloa", "AECID", "Military Emergencies Unit", "Popular Party", "Royal Household (Spain)"],
    calls=[call("c1", SAN_MOR, [SANCHEZ, MORALES], "2018-06-04", caller=SANCHEZ),
           call("c2", "B_E_felipe_morales_2018_06_03", ["Felipe VI", MORALES], "2018-06-03", caller="Felipe VI"),
           call("c3", "B_E_dastis_jovel_2018_06_04", ["Alfonso Dastis", JOVEL], "2018-06-04"),
           call("c4", "B_P_sanchez_macron_2018_06", [SANCHEZ, MACRON], None, status="planned")],
    rb=[rb("c1", "Europa Press", True)] + [rb(f"c{i}", "AFP", False) for i in range(1, 5)])

A["3217"] = dict(
    ents=[NAUS, SCHOLZ, SANCHEZ, SIM, RUTTE, PAL,
          "LRT", "Facebook", "BNS",
          "Lithuania", "Germany", "Spain",
          "DHL", "Swiftair", "NATO", "President's Office (Lithuania)"],
    calls=[call("c1", "B_E_scholz_nauseda_2024_11_25", [NAUS, SCHOLZ], "2024-11-25"),
           call("c2", SAN_NAUS, [SANCHEZ, NAUS], "2024-11-25", caller=SANCHEZ),
           call("c3", RUTTE_SIM, [SIM, RUTTE], "2024-11-25"),
           call("c4", "B_P_paluckas_simonyte_2024_11_25", [PAL, SIM], "2024-11-25", status="planned", caller=PAL)],
    rb=[rb("c1", "BNS", True), rb("c3", "Facebook", True), rb("c4", "LRT", False)])

A["3218"] = dict(
    ents=[SANCHEZ, NAUS, "José Manuel Albares", "Gabrielius Landsbergis", "Joanna Pellicer",
          "RNE", "X",
          "Lithuania", "Spain",
          "DHL", "Swiftair"],
    calls=[call("c1", SAN_NAUS, [SANCHEZ, NAUS], "2024-11-25", caller=SANCHEZ),
           call("c2", "B_E_albares_landsbergis_2024_11_25", ["José Manuel Albares", "Gabrielius Landsbergis"],
                "2024-11-25")],
    rb=[rb("c1", "X", True), rb("c2", "RNE", True)])

A["3219"] = dict(
    ents=[SIM, RUTTE, NAUS, SANCHEZ, PAL, SCHOLZ,
          "Delfi",
          "Spain",
          "DHL", "NATO"],
    calls=[call("c1", RUTTE_SIM, [RUTTE, SIM], "2024-11-25", caller=RUTTE),
           call("c2", SAN_NAUS, [NAUS, SANCHEZ], "2024-11-25"),
           call("c3", "B_E_paluckas_simonyte_2024_11_25", [PAL, SIM], "2024-11-25", caller=PAL)],
    rb=[])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind33, part B): 10 articles written for this set (not real published text), each "
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
