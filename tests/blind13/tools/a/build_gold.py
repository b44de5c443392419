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
GN, TS, KA = "Faure Gnassingbé", "Félix Tshisekedi", "Paul Kagame"
BR, SH, RU = "John Briceño", "Claudia Sheinbaum", "Marco Rubio"
FE, MA, SA, MR = "Felipe VI", "Emmanuel Macron", "Pedro Sánchez", "Marcelo Rebelo de Sousa"
ME = "Friedrich Merz"
TA = "Patrice Talon"
RT, LSC = "William Ruto", "Laurent Saint-Cyr"

A["1200"] = dict(
    ents=[GN, TS, KA, "Robert Dussey", "Olivier Nduhungirehe", "Thérèse Kayikwamba Wagner",
          "Jean-Lucien Savi de Tové", "Olusegun Obasanjo", "Uhuru Kenyatta", "Togo First",
          "Agence Togolaise de Presse", "X", "Togo", "Democratic Republic of Congo", "Rwanda", "United States",
          "Qatar", "Nigeria", "Kenya", "African Union", "Presidency of the Council (Togo)",
          "Office of the President (Rwanda)", "State Department"],
    calls=[call("c1", "A_E_gnassingbe_tshisekedi_2025_06_28", [GN, TS], "2025-06-28", caller=GN),
           call("c2", "A_E_gnassingbe_kagame_2025_06_28", [GN, KA], "2025-06-28"),
           call("c3", "A_E_dussey_nduhungirehe_2025_06_27", ["Robert Dussey", "Olivier Nduhungirehe"],
                "2025-06-27")],
    rb=[rb("c1", "Agence Togolaise de Presse", True), rb("c2", "Agence Togolaise de Presse", True),
        rb("c2", "X", True),
        rb("c1", "Togo First", False), rb("c2", "Togo First", False), rb("c3", "Togo First", False)])

A["1201"] = dict(
    ents=[TS, GN, KA, RU, "Thérèse Kayikwamba Wagner", "Corneille Nangaa", "Moses Kituyi Odera",
          "Esperance Bahati", "The EastAfrican", "X", "Radio Okapi", "Democratic Republic of Congo", "Rwanda",
          "United States", "Togo", "Qatar", "African Union", "State Department", "AFC/M23", "FDLR"],
    calls=[call("c1", "A_E_gnassingbe_tshisekedi_2025_06_28", [TS, GN], "2025-06-28", caller=GN),
           call("c2", "A_E_rubio_kayikwamba_2025_07_01", [RU, "Thérèse Kayikwamba Wagner"], "2025-07-01"),
           call("c3", "A_P_tshisekedi_kagame_2025_07", [TS, KA], None, status="planned")],
    rb=[rb("c1", "X", True), rb("c3", "The EastAfrican", False)])

A["1202"] = dict(
    ents=[BR, "Froyla Tzalam", "Andrew Holness", "Bernardo Arévalo", SH, "Xiomara Castro",
          "Tracy Taegar Panton", "Delroy Usher", "Belize", "Jamaica", "Guatemala", "Mexico", "Honduras",
          "People's United Party", "United Democratic Party (Belize)", "Office of the Prime Minister (Belize)",
          "Caribbean Community", "International Court of Justice", "Elections and Boundaries Department"],
    calls=[call("c1", "A_E_holness_briceno_2025_03_12", ["Andrew Holness", BR], "2025-03-12",
                caller="Andrew Holness"),
           call("c2", "A_E_arevalo_briceno_2025_03_13", ["Bernardo Arévalo", BR], "2025-03-13",
                caller="Bernardo Arévalo"),
           call("c3", "A_E_sheinbaum_briceno_2025_03_13", [SH, BR], "2025-03-13", caller=SH),
           call("c4", "A_E_briceno_castro_2025_03", [BR, "Xiomara Castro"], None, required=False)],
    rb=[])

A["1203"] = dict(
    ents=[SH, BR, "Mark Carney", RU, "Juan Ramón de la Fuente", "Donald Trump", "Marcelo Ebrard", "Reforma",
          "Mexico News Daily", "Belize", "Mexico", "Canada", "People's United Party", "Presidency (Mexico)",
          "Commerce Department"],
    calls=[call("c1", "A_E_sheinbaum_briceno_2025_03_13", [SH, BR], "2025-03-13", caller=SH),
           call("c2", "A_P_sheinbaum_carney_2025_03", [SH, "Mark Carney"], None, status="planned", caller=SH),
           call("c3", "A_D_sheinbaum_rubio_2025_03_11", [SH, RU], "2025-03-11", status="denied"),
           call("c4", "A_E_delafuente_rubio_2025_03_11", ["Juan Ramón de la Fuente", RU], "2025-03-11")],
    rb=[rb("c3", "Reforma", True)])

A["1204"] = dict(
    ents=["Charles III", FE, SA, MA, "Ursula von der Leyen", "Giorgia Meloni", "Carlos Mazón", MR,
          "SUR in English", "X", "Lusa", "Spain", "France", "Italy", "Portugal", "United Kingdom",
          "Buckingham Palace", "Royal Household (Spain)", "European Commission", "Palazzo Chigi"],
    calls=[call("c1", "A_E_charles_felipe_2024_10_30", ["Charles III", FE], "2024-10-30", caller="Charles III"),
           call("c2", "A_E_macron_sanchez_2024_10_30", [SA, MA], "2024-10-30", caller=MA),
           call("c3", "A_E_vonderleyen_sanchez_2024_10_30", ["Ursula von der Leyen", SA], "2024-10-30"),
           call("c4", "A_E_meloni_sanchez_2024_10", ["Giorgia Meloni", SA], None, required=False),
           call("c5", "A_E_marcelo_felipe_2024_10_30", [MR, FE], "2024-10-30", caller=MR)],
    rb=[rb("c1", "X", True), rb("c2", "X", True), rb("c5", "Lusa", True)])

A["1205"] = dict(
    ents=[MR, FE, SA, "Paulo Rangel", "José Manuel Albares", "Luís Montenegro", "RTP", "Spain", "Portugal",
          "Presidency (Portugal)", "National Emergency and Civil Protection Authority"],
    calls=[call("c1", "A_E_marcelo_felipe_2024_10_30", [MR, FE], "2024-10-30", caller=MR),
           call("c2", "A_E_rangel_albares_2024_10_30", ["Paulo Rangel", "José Manuel Albares"], "2024-10-30"),
           call("c3", "A_E_montenegro_sanchez_2024_10", ["Luís Montenegro", SA], None, required=False)],
    rb=[rb("c1", "RTP", True)])

A["1206"] = dict(
    ents=[ME, "Olaf Scholz", "Donald Tusk", "Alexander Schallenberg", "Alice Weidel", "Volodymyr Zelensky",
          "Keir Starmer", MA, "Donald Trump", "Markus Söder", "DW", "Austria Presse Agentur", "Der Spiegel", "X",
          "Germany", "Poland", "Austria", "Ukraine", "Russia", "United Kingdom", "France", "United States",
          "CDU/CSU", "AfD", "SPD", "Downing Street"],
    calls=[call("c1", "A_P_merz_tusk_2025_02_24", [ME, "Donald Tusk"], "2025-02-24", status="planned", caller=ME),
           call("c2", "A_E_schallenberg_merz_2025_02_24", ["Alexander Schallenberg", ME], "2025-02-24"),
           call("c3", "A_A_weidel_merz_2025_02_23", ["Alice Weidel", ME], "2025-02-23", status="attempted",
                caller="Alice Weidel"),
           call("c4", "A_E_zelensky_merz_2025_02_23", ["Volodymyr Zelensky", ME], "2025-02-23"),
           call("c5", "A_E_starmer_merz_2025_02_24", ["Keir Starmer", ME], "2025-02-24", caller="Keir Starmer"),
           call("c6", "A_E_macron_merz_2025_02_23", [MA, ME], "2025-02-23", caller=MA)],
    rb=[rb("c2", "Austria Presse Agentur", True), rb("c4", "Der Spiegel", True), rb("c6", "X", True)])

ECO = ["Julius Maada Bio", TA, "John Dramani Mahama", "Bassirou Diomaye Faye", "Alassane Ouattara",
       "Omar Alieu Touray"]
A["1207"] = dict(
    ents=[TA, "Julius Maada Bio", "John Dramani Mahama", "Bassirou Diomaye Faye", "Alassane Ouattara",
          "Omar Alieu Touray", "Bola Tinubu", "Bayo Onanuga", MA, "Abdourahamane Tiani", "Adebayo Okonkwo-Bell",
          "Fiacre Zinsou", "Claire Vendôme", "Hannah Whitlock", "Malcolm Fennick", "Reuters", "ORTB",
          "Jeune Afrique", "Agence Bénin Presse", "Benin", "Sierra Leone", "Ghana", "Senegal", "Ivory Coast",
          "Nigeria", "Niger", "Economic Community of West African States", "ECOWAS Commission", "Elysee"],
    calls=[call("c1", "A_E_ecowas_video_2025_12_08", ECO, "2025-12-08"),
           call("c2", "A_E_tinubu_talon_2025_12_07", ["Bola Tinubu", TA], "2025-12-07", caller="Bola Tinubu"),
           call("c3", "A_E_macron_talon_2025_12_07", [MA, TA], "2025-12-07"),
           call("c4", "A_A_tiani_talon_2025_12_08", ["Abdourahamane Tiani", TA], "2025-12-08", status="attempted",
                caller="Abdourahamane Tiani")],
    rb=[rb("c1", "ORTB", True), rb("c3", "Jeune Afrique", True), rb("c2", "Agence Bénin Presse", True),
        rb("c1", "Reuters", False), rb("c2", "Reuters", False), rb("c3", "Reuters", False),
        rb("c4", "Reuters", False)])

A["1208"] = dict(
    ents=[RT, LSC, "Hussein Mohamed", "Musalia Mudavadi", RU, "Alix Didier Fils-Aimé", "Kipchumba Murkomen", "X",
          "Haiti", "Kenya", "United States", "Panama", "United Nations Security Council", "State House (Kenya)",
          "Multinational Security Support", "Gang Suppression Force", "Transitional Presidential Council"],
    calls=[call("c1", "A_E_ruto_saintcyr_2025_10_01", [RT, LSC], "2025-10-01", caller=RT),
           call("c2", "A_E_mudavadi_rubio_2025_09_30", ["Musalia Mudavadi", RU], "2025-09-30"),
           call("c3", "A_P_ruto_filsaime_2025_10", [RT, "Alix Didier Fils-Aimé"], None, status="planned")],
    rb=[rb("c1", "X", True)])

A["1209"] = dict(
    ents=[RT, LSC, "Luis Abinader", "Jimmy Chérizier", "Alix Didier Fils-Aimé", "Wideline Joseph",
          "Samuel Dorvil", "Facebook", "The Miami Herald", "Le Nouvelliste", "The Haitian Times", "Haiti", "Kenya",
          "Dominican Republic", "Transitional Presidential Council", "United Nations Security Council",
          "Gang Suppression Force", "Viv Ansanm"],
    calls=[call("c1", "A_E_ruto_saintcyr_2025_10_01", [RT, LSC], "2025-10-01", caller=RT),
           call("c2", "A_E_saintcyr_abinader_2025_09", [LSC, "Luis Abinader"], None)],
    rb=[rb("c1", "Facebook", True), rb("c2", "The Miami Herald", True), rb("c2", "Le Nouvelliste", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind13, part A): 10 articles written for this set (not real published text), each "
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
