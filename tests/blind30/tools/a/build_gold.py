#!/usr/bin/env python3
"""Build ../gold.json (blind30, part A) from the hand annotation below and the registry of names.

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
CHAK, HICHI, SAMIA, NYUSI, RUTO, MNANG, TSHI = "Lazarus Chakwera", "Hakainde Hichilema", "Samia Suluhu Hassan", \
    "Filipe Nyusi", "William Ruto", "Emmerson Mnangagwa", "Félix Tshisekedi"
KAKUBO, TEMBO = "Stanley Kakubo", "Nancy Tembo"
MELONI, BONACCINI, MATTARELLA, MUSUMECI, LENARCIC, DEPASCALE, SALVINI, GIORGETTI, VDL = "Giorgia Meloni", \
    "Stefano Bonaccini", "Sergio Mattarella", "Nello Musumeci", "Janez Lenarčič", "Michele de Pascale", \
    "Matteo Salvini", "Giancarlo Giorgetti", "Ursula von der Leyen"
STORE, PETRO, EIDE, MURILLO, RODRIGUEZ, MADURO, RUBIO = "Jonas Gahr Støre", "Gustavo Petro", "Espen Barth Eide", \
    "Luis Gilberto Murillo", "Bruno Rodríguez Parrilla", "Nicolás Maduro", "Marco Rubio"
BRICENO, CEREZO, GIAMMATTEI, JOH, TSAI, COURTENAY, WU, AMLO = "Johnny Briceño", "Vinicio Cerezo", \
    "Alejandro Giammattei", "Juan Orlando Hernández", "Tsai Ing-wen", "Eamon Courtenay", "Joseph Wu", \
    "Andrés Manuel López Obrador"
ALVARADO, DUQUE, BIDEN, CORTIZO, ORTEGA = "Carlos Alvarado", "Iván Duque", "Joe Biden", "Laurentino Cortizo", \
    "Daniel Ortega"

# cross-article events
HICHI_CHAK = "A_E_hichilema_chakwera_2023_03_13"   # 2900 (Nyasa Times, Wed 15 March: "telephoning Chakwera on Monday
                                                   # night"; Facebook post quoted five paragraphs later), 2901 (Zambia Daily
                                                   # Mail (ZANIS), "LUSAKA, March 14 (ZANIS) -", published 15 March:
                                                   # "yesterday telephoned" = 13 March against the dateline; MBC carried a clip)
MELONI_BON = "A_E_meloni_bonaccini_2023_05_19"     # 2902 (ANSA, Sat 20 May: "shortly after 6 a.m. on Saturday, Japanese
                                                   # time" = 21:00 UTC on Friday 19 May; RAI aired), 2903 (Euronews Q&A, 24 May:
                                                   # "She called me on Friday night ... For her it was already the next
                                                   # morning"), 2904 (POLITICO feature, 8 June, in passing: "had rung ... on the
                                                   # evening the G7 summit opened in Hiroshima"; La Repubblica reported)
EIDE_MURILLO = "A_E_barth_eide_murillo_2025_01_18" # 2905 (NTB on Norway Today, Sat 18 Jan: "today", the date only in the
                                                   # metadata; the ministry's website is no outlet), 2906 (El País, Wed 22 Jan:
                                                   # "had already spoken by phone on Saturday")
STORE_PETRO = "A_E_store_petro_2025_01_21"         # 2906 (El País, Wed 22 Jan: "on Tuesday"; "requested by Oslo": caller
                                                   # Støre; X), 2909 (The Local Norway, Thu 23 Jan: told NRK "on Wednesday"
                                                   # that he had spoken with Petro "the evening before" = 21 Jan; no caller)
SICA = "A_E_sica_virtual_summit_2020_11_18"        # 2907 (Belize OPM release on Breaking Belize News, Thu 19 Nov:
                                                   # "yesterday"; 4 named incl. Cerezo, who "opened" it; Facebook stream),
                                                   # 2908 (Tico Times live blog, Wed 18 Nov, 11:50 a.m. entry: 5 named;
                                                   # "convened by SICA": no caller; Teletica broadcast)

# 2900 Nyasa Times, Wed 2023-03-15: a list of solidarity calls to Chakwera
A["2900"] = dict(
    ents=[CHAK, HICHI, SAMIA, NYUSI, RUTO, MNANG, "Anthony Kasunda", "Tiyamike Banda",
          "Nyasa Times", "Tanzania Broadcasting Corporation", "Malawi News Agency", "Facebook",
          "Malawi", "Zambia", "Tanzania", "Mozambique", "Kenya", "Zimbabwe",
          "State House (Malawi)", "Kamuzu Palace", "Department of Disaster Management Affairs"],
    calls=[call("c1", HICHI_CHAK, [HICHI, CHAK], "2023-03-13", caller=HICHI),
           # "Yesterday Chakwera received a telephone call from"
           call("c2", "A_E_samia_chakwera_2023_03_14", [SAMIA, CHAK], "2023-03-14", caller=SAMIA),
           # "had already spoken by phone last week": no day
           call("c3", "A_E_nyusi_chakwera_2023_03", [NYUSI, CHAK], None),
           # "is expected to call Chakwera on Thursday"
           call("c4", "A_P_ruto_chakwera_2023_03_16", [RUTO, CHAK], "2023-03-16", status="planned", caller=RUTO),
           # a social-media claim that Mnangagwa "had phoned Chakwera": "No such call took place"
           call("c5", "A_D_mnangagwa_chakwera_2023_03", [MNANG, CHAK], None, status="denied", caller=MNANG)],
    rb=[rb("c1", "Facebook", True), rb("c2", "Tanzania Broadcasting Corporation", True),
        rb("c4", "Malawi News Agency", True)])

# 2901 Zambia Daily Mail (ZANIS), Wed 2023-03-15, "LUSAKA, March 14 (ZANIS) -"
A["2901"] = dict(
    ents=[HICHI, CHAK, KAKUBO, TEMBO, TSHI, "Clayson Hamasaka",
          "ZANIS", "Malawi Broadcasting Corporation",
          "Zambia", "Malawi", "Democratic Republic of Congo", "Madagascar", "Mozambique",
          "State House (Zambia)", "Southern African Development Community", "Disaster Management and Mitigation Unit",
          "Zambia Air Force"],
    calls=[call("c1", HICHI_CHAK, [HICHI, CHAK], "2023-03-13", caller=HICHI),
           # ministers, "this afternoon" = the dateline's day, 14 March (published the 15th)
           call("c2", "A_E_kakubo_tembo_2023_03_14", [KAKUBO, TEMBO], "2023-03-14"),
           # "is expected to convene an extraordinary virtual summit on Friday", both "due to take part"
           call("c3", "A_P_sadc_virtual_summit_2023_03_17", [TSHI, HICHI, CHAK], "2023-03-17", status="planned")],
    rb=[rb("c1", "Malawi Broadcasting Corporation", True), rb("c1", "ZANIS", False), rb("c2", "ZANIS", False)])

# 2902 ANSA English, Sat 2023-05-20, "ROME, May 20 (ANSA) -": a round-up of Friday's flood calls
A["2902"] = dict(
    ents=[MELONI, BONACCINI, MATTARELLA, MUSUMECI, LENARCIC, "Volodymyr Zelensky",
          "ANSA", "RAI",
          "Japan", "Ukraine",
          "G7", "Quirinale", "European Union"],
    calls=[call("c1", MELONI_BON, [MELONI, BONACCINI], "2023-05-19", caller=MELONI),
           call("c2", "A_E_mattarella_bonaccini_2023_05_19", [MATTARELLA, BONACCINI], "2023-05-19", caller=MATTARELLA),
           call("c3", "A_E_musumeci_lenarcic_2023_05_19", [MUSUMECI, LENARCIC], "2023-05-19")],
    rb=[rb("c1", "RAI", True), rb("c1", "ANSA", False)])

# 2903 Euronews, Wed 2023-05-24: an interview, Q&A
A["2903"] = dict(
    ents=[BONACCINI, MELONI, LENARCIC, DEPASCALE, SALVINI, "Chiara Lodovici",
          "Euronews",
          "Japan",
          "G7"],
    calls=[call("c1", MELONI_BON, [MELONI, BONACCINI], "2023-05-19", caller=MELONI),
           # "rang me on Wednesday, while the water was still rising"
           call("c2", "A_E_lenarcic_bonaccini_2023_05_17", [LENARCIC, BONACCINI], "2023-05-17", caller=LENARCIC),
           # "I will call Matteo Salvini tomorrow"
           call("c3", "A_P_bonaccini_salvini_2023_05_25", [BONACCINI, SALVINI], "2023-05-25", status="planned",
                caller=BONACCINI),
           # "On Tuesday night. I tried to reach ... three times that night and couldn't get through"
           call("c4", "A_A_bonaccini_depascale_2023_05_16", [BONACCINI, DEPASCALE], "2023-05-16", status="attempted",
                caller=BONACCINI)],
    rb=[])

# 2904 POLITICO Europe, Thu 2023-06-08: a feature with calls in passing
A["2904"] = dict(
    ents=[MELONI, BONACCINI, GIORGETTI, VDL, "Federica Tonelli", "Marta Zauli",
          "POLITICO Europe", "La Repubblica", "Il Foglio",
          "Italy",
          "G7", "Democratic Party", "Brothers of Italy", "Palazzo Chigi", "European Union"],
    calls=[call("c1", MELONI_BON, [MELONI, BONACCINI], "2023-05-19", caller=MELONI),
           # "on Monday ... by telephone"; Il Foglio "learned of the call"
           call("c2", "A_E_bonaccini_giorgetti_2023_06_05", [BONACCINI, GIORGETTI], "2023-06-05"),
           # "spoke to Meloni by phone last week": no day
           call("c3", "A_E_vonderleyen_meloni_2023_06", [VDL, MELONI], None)],
    rb=[rb("c1", "La Repubblica", True), rb("c2", "Il Foglio", True)])

# 2905 Norway Today (NTB), Sat 2025-01-18, "OSLO (NTB):" with no date: "today" from the metadata
A["2905"] = dict(
    ents=[EIDE, MURILLO, PETRO, STORE, RODRIGUEZ, "Juan Manuel Santos",
          "NTB",
          "Norway", "Colombia", "Cuba", "Venezuela",
          "ELN", "FARC", "Ministry of Foreign Affairs (Norway)"],
    calls=[call("c1", EIDE_MURILLO, [EIDE, MURILLO], "2025-01-18"),
           # "expects to speak with President Petro 'in the coming days'"
           call("c2", "A_P_store_petro_2025_01", [STORE, PETRO], None, status="planned"),
           # "has also been in contact with": not said to be a call
           call("c3", "A_E_barth_eide_rodriguez_2025_01", [EIDE, RODRIGUEZ], None, required=False)],
    rb=[rb("c1", "NTB", False), rb("c2", "NTB", False)])

# 2906 El País English, Wed 2025-01-22: telegraphic headline
A["2906"] = dict(
    ents=[PETRO, STORE, MURILLO, EIDE, MADURO, "Sara Mejía Castaño",
          "El País", "Semana", "X",
          "Colombia", "Norway", "Venezuela",
          "ELN", "FARC", "Casa de Nariño"],
    calls=[call("c1", STORE_PETRO, [STORE, PETRO], "2025-01-21", caller=STORE),
           call("c2", EIDE_MURILLO, [EIDE, MURILLO], "2025-01-18"),
           # Semana's report of a call "over the weekend", denied: claimed caller Petro, no day
           call("c3", "A_D_petro_maduro_2025_01", [PETRO, MADURO], None, status="denied", caller=PETRO)],
    rb=[rb("c1", "X", True), rb("c3", "Semana", True)])

# 2907 Breaking Belize News, Thu 2020-11-19: the Office of the Prime Minister's release reposted
A["2907"] = dict(
    ents=[BRICENO, CEREZO, GIAMMATTEI, JOH, TSAI, COURTENAY, WU, AMLO,
          "Breaking Belize News", "Facebook", "Central News Agency",
          "Belize", "Guatemala", "Honduras", "Taiwan", "Mexico",
          "Central American Integration System", "Office of the Prime Minister (Belize)", "NEMO"],
    calls=[call("c1", SICA, [BRICENO, CEREZO, GIAMMATTEI, JOH], "2020-11-18"),
           # "On Tuesday, November 17, the Prime Minister received a telephone call from"
           call("c2", "A_E_tsai_briceno_2020_11_17", [TSAI, BRICENO], "2020-11-17", caller=TSAI),
           # ministers, "On the same day"
           call("c3", "A_E_courtenay_wu_2020_11_17", [COURTENAY, WU], "2020-11-17"),
           # "is scheduled to speak with ... on Friday"
           call("c4", "A_P_briceno_amlo_2020_11_20", [BRICENO, AMLO], "2020-11-20", status="planned")],
    rb=[rb("c1", "Facebook", True), rb("c2", "Central News Agency", True)])

# 2908 The Tico Times, Wed 2020-11-18: a live blog, Costa Rica time, newest first
A["2908"] = dict(
    ents=[ALVARADO, DUQUE, BIDEN, GIAMMATTEI, JOH, CORTIZO, BRICENO, ORTEGA,
          "The Tico Times", "Twitter", "Teletica",
          "Costa Rica", "Colombia", "Guatemala", "Honduras", "Panama", "Belize", "Nicaragua", "United States",
          "Casa Presidencial", "Central American Integration System", "National Emergency Commission"],
    calls=[# 6:20 p.m.: "Duque called President Carlos Alvarado this afternoon"
           call("c1", "A_E_duque_alvarado_2020_11_18", [DUQUE, ALVARADO], "2020-11-18", caller=DUQUE),
           # 3:35 p.m.: "is expected to speak by telephone with ... on Thursday"
           call("c2", "A_P_alvarado_biden_2020_11_19", [ALVARADO, BIDEN], "2020-11-19", status="planned"),
           call("c3", SICA, [ALVARADO, GIAMMATTEI, JOH, CORTIZO, BRICENO], "2020-11-18"),
           # 9:40 a.m.: "tried this morning to reach ... by phone ... the call was not returned"
           call("c4", "A_A_alvarado_ortega_2020_11_18", [ALVARADO, ORTEGA], "2020-11-18", status="attempted",
                caller=ALVARADO)],
    rb=[rb("c1", "Twitter", True), rb("c3", "Teletica", True)])

# 2909 The Local Norway, Thu 2025-01-23: a short news story
A["2909"] = dict(
    ents=[STORE, PETRO, EIDE, RUBIO,
          "NRK", "The Local Norway",
          "Norway", "Colombia", "United States", "Sri Lanka", "Philippines", "Ukraine",
          "ELN", "NATO", "Norwegian Refugee Council"],
    calls=[# told NRK "on Wednesday" that he had spoken with Petro "the evening before"
           call("c1", STORE_PETRO, [STORE, PETRO], "2025-01-21"),
           # "is due to speak by phone with ... on Friday"
           call("c2", "A_P_barth_eide_rubio_2025_01_24", [EIDE, RUBIO], "2025-01-24", status="planned")],
    rb=[rb("c1", "NRK", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind30, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline or release day where the text anchors to it; where local dates differ "
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
