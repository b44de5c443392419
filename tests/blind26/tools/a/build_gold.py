#!/usr/bin/env python3
"""Build ../gold.json (blind26, part A) from the hand annotation below and the registry of names.

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
FERN, MACRI, AMLO, SANCHEZ, BOLSO = "Alberto Fernández", "Mauricio Macri", "Andrés Manuel López Obrador", \
    "Pedro Sánchez", "Jair Bolsonaro"
PINERA, CFK, VAZQUEZ, LULA, EBRARD = "Sebastián Piñera", "Cristina Fernández de Kirchner", "Tabaré Vázquez", \
    "Luiz Inácio Lula da Silva", "Marcelo Ebrard"
MADURO, MORALES = "Nicolás Maduro", "Evo Morales"
RAMA, KAGAME, MSWATI, MNANG, LUNGU, MUSEVENI = "Cyril Ramaphosa", "Paul Kagame", "Mswati III", \
    "Emmerson Mnangagwa", "Edgar Lungu", "Yoweri Museveni"
ROWLEY, BROWNE, MITCHELL, SKERRIT, STUART, MAY, GG = "Keith Rowley", "Gaston Browne", "Keith Mitchell", \
    "Roosevelt Skerrit", "Freundel Stuart", "Theresa May", "Rodney Williams"
MARCELO, TROVOADA, COSTA, VILANOVA, CRAVINHO, TETE = "Marcelo Rebelo de Sousa", "Patrice Trovoada", \
    "António Costa", "Carlos Vila Nova", "João Gomes Cravinho", "Téte António"
BONGO, SALL, FAKI, FRANCA = "Ali Bongo Ondimba", "Macky Sall", "Moussa Faki Mahamat", "Carlos França"
METTE, LOKKE, LOFVEN, SOLBERG, RINNE, KATRIN, JOHANNESEN = "Mette Frederiksen", "Lars Løkke Rasmussen", \
    "Stefan Löfven", "Erna Solberg", "Antti Rinne", "Katrín Jakobsdóttir", "Aksel V. Johannesen"
RATAS, REINSALU, SAMUELSEN = "Jüri Ratas", "Urmas Reinsalu", "Anders Samuelsen"

# cross-article events
AMLO_FERN = "A_E_amlo_fernandez_2019_10_27"        # 2500 ("among the first foreign leaders on the line with", Sunday
                                                   # night, no caller, accentless "Lopez Obrador"), 2501 ("he had
                                                   # called ... on Sunday night", caller AMLO), 2502 ("on the night of
                                                   # the October 27 vote", no caller, in passing)
MACRI_FERN = "A_E_macri_fernandez_2019_10_27"      # 2500 ("telephoned ... on Sunday night to concede"; Twitter post two
                                                   # paragraphs later), 2502 ("the concession call that Mauricio Macri
                                                   # placed ... that same night")
MARCELO_TROV = "A_E_marcelo_trovoada_2022_11_25"   # 2505 (Lusa wire, "this afternoon", "telephoned": caller Marcelo),
                                                   # 2506 ("on Friday", no caller, "Lusa reported"), 2507 (Q&A four days
                                                   # later, "on the day of the attack", no caller)
COSTA_VN = "A_E_costa_vilanova_2022_11_25"         # 2505 ("in the morning", no caller; Twitter post quoted later),
                                                   # 2507 ("on the day of the attack", no caller)
CRAV_TETE = "A_E_cravinho_teteantonio_2022_11_25"  # 2505 ("earlier today", "at the initiative of the Portuguese
                                                   # minister": caller Cravinho), 2507 ("that same Friday", no caller)
LOFVEN_METTE = "A_E_lofven_frederiksen_2019_06_06" # 2508 ("rang ... this morning": caller Löfven; "confirmed to
                                                   # broadcaster DR"), 2509 ("earlier in the morning", no caller, date
                                                   # only in the metadata, "Lofven"; "Swedish news agency TT reported")

# 2500 MercoPress, Mon 2019-10-28: round-up of one night's calls; accentless names
A["2500"] = dict(
    ents=[FERN, MACRI, AMLO, SANCHEZ, BOLSO, MADURO, PINERA, CFK,
          "EFE", "Twitter", "Clarín",
          "Argentina", "Mexico", "Spain", "Brazil", "Venezuela", "Chile",
          "Frente de Todos", "Casa Rosada", "Moncloa"],
    calls=[call("c1", MACRI_FERN, [MACRI, FERN], "2019-10-27", caller=MACRI),
           call("c2", AMLO_FERN, [AMLO, FERN], "2019-10-27"),
           # "three o'clock on Monday morning Madrid time, when it was still 11pm on Sunday in Buenos Aires":
           # 02:00 UTC on Monday
           call("c3", "A_E_sanchez_fernandez_2019_10_28", [SANCHEZ, FERN], "2019-10-28", caller=SANCHEZ),
           # "Nicolas Maduro's office asked for a call with the president-elect on Monday morning, but Fernandez's
           # team turned the request down": a refused request; the requester is the caller
           call("c4", "A_A_maduro_fernandez_2019_10_28", [MADURO, FERN], "2019-10-28", status="attempted",
                caller=MADURO),
           call("c5", "A_P_pinera_fernandez_2019_10_29", [PINERA, FERN], "2019-10-29", status="planned")],
    rb=[rb("c1", "Twitter", True), rb("c3", "EFE", True), rb("c4", "Clarín", True)])

# 2501 Mexico News Daily, Tue 2019-10-29: AMLO's Monday press conference; "Source:" line at the end
A["2501"] = dict(
    ents=[AMLO, FERN, BOLSO, VAZQUEZ, EBRARD,
          "Radio Fórmula", "Milenio", "El Universal", "Mexico News Daily",
          "Mexico", "Argentina", "Brazil", "Uruguay", "Bolivia", "Venezuela",
          "National Palace (Mexico)", "Organization of American States"],
    calls=[call("c1", AMLO_FERN, [AMLO, FERN], "2019-10-27", caller=AMLO),
           call("c2", "A_E_amlo_vazquez_2019_10_28", [AMLO, VAZQUEZ], "2019-10-28")],
    rb=[rb("c2", "Radio Fórmula", True),
        rb("c1", "Milenio", False), rb("c1", "El Universal", False),
        rb("c2", "Milenio", False), rb("c2", "El Universal", False)])

# 2502 Buenos Aires Times analysis, Sat 2019-11-09: calls in passing
A["2502"] = dict(
    ents=[FERN, AMLO, MACRI, VAZQUEZ, LULA, MORALES, BOLSO, "Juan Pablo Biondi", "Matías Rivarola",
          "Instagram", "Infobae",
          "Argentina", "Mexico", "Uruguay", "Brazil", "Bolivia",
          "Casa Rosada", "National Palace (Mexico)", "Frente de Todos", "Puebla Group"],
    calls=[call("c1", AMLO_FERN, [FERN, AMLO], "2019-10-27"),
           call("c2", MACRI_FERN, [MACRI, FERN], "2019-10-27", caller=MACRI),
           call("c3", "A_E_fernandez_vazquez_2019_10_lastweek", [FERN, VAZQUEZ], None),
           call("c4", "A_E_fernandez_lula_2019_11_08", [FERN, LULA], "2019-11-08", caller=FERN),
           # Infobae "said that Fernández had rung Bolivia's Evo Morales earlier in the week"; denied by Biondi
           call("c5", "A_D_fernandez_morales_2019_11", [FERN, MORALES], None, status="denied", caller=FERN)],
    rb=[rb("c4", "Instagram", True), rb("c5", "Infobae", True)])

# 2503 IOL, Sun 2018-02-18, reposting the Presidency's statement dated Sat 17 February 2018 ("today" = Feb 17)
A["2503"] = dict(
    ents=[RAMA, KAGAME, MSWATI, MNANG, LUNGU, MUSEVENI, "Jacob Zuma",
          "IOL", "Twitter",
          "South Africa", "Rwanda", "Eswatini", "Zimbabwe", "Zambia", "Uganda",
          "The Presidency (South Africa)", "National Assembly (South Africa)", "African Union",
          "African National Congress", "Southern African Development Community"],
    calls=[call("c1", "A_E_kagame_ramaphosa_2018_02_17", [KAGAME, RAMA], "2018-02-17", caller=KAGAME),
           call("c2", "A_E_mswati_ramaphosa_2018_02_16", [MSWATI, RAMA], "2018-02-16", caller=MSWATI),
           # "who called within an hour of the President taking the oath of office" (sworn in on Thursday)
           call("c3", "A_E_mnangagwa_ramaphosa_2018_02_15", [MNANG, RAMA], "2018-02-15", caller=MNANG),
           # "has further been in contact with": not said to be a call
           call("c4", "A_E_lungu_ramaphosa_2018_02", [LUNGU, RAMA], None, required=False),
           call("c5", "A_P_ramaphosa_museveni_2018_02_19", [RAMA, MUSEVENI], "2018-02-19", status="planned")],
    rb=[rb("c1", "Twitter", True)])

# 2504 Stabroek News (CMC), Fri 2017-09-08, dateline "ST JOHN'S, Antigua, Sep 7, CMC –": "yesterday" = Sep 6,
# "Earlier today" = Sep 7, "tomorrow" = Sep 8
A["2504"] = dict(
    ents=[ROWLEY, BROWNE, MITCHELL, SKERRIT, STUART, MAY, GG,
          "Caribbean Media Corporation", "Facebook",
          "Antigua and Barbuda", "Trinidad and Tobago", "Grenada", "Dominica", "Barbados", "United Kingdom",
          "Caribbean Community", "Caribbean Disaster Emergency Management Agency",
          "Government House (Antigua and Barbuda)", "Office of the Prime Minister (Trinidad and Tobago)",
          "National Office of Disaster Services"],
    calls=[call("c1", "A_E_rowley_browne_2017_09_06", [ROWLEY, BROWNE], "2017-09-06", caller=ROWLEY),
           call("c2", "A_E_browne_williams_2017_09_06", [BROWNE, GG], "2017-09-06"),
           call("c3", "A_E_caricom_video_2017_09_07", [MITCHELL, BROWNE, SKERRIT, STUART], "2017-09-07"),
           call("c4", "A_P_browne_may_2017_09_08", [BROWNE, MAY], "2017-09-08", status="planned")],
    rb=[rb("c2", "Facebook", True),
        rb("c1", "Caribbean Media Corporation", False), rb("c2", "Caribbean Media Corporation", False),
        rb("c3", "Caribbean Media Corporation", False)])

# 2505 Macau Business (Lusa), Fri 2022-11-25, "Lisbon, 25 Nov 2022 (Lusa) -"
A["2505"] = dict(
    ents=[MARCELO, TROVOADA, COSTA, VILANOVA, CRAVINHO, TETE, "Delfim Neves",
          "Lusa", "Twitter", "Macau Business",
          "São Tomé and Príncipe", "Portugal", "Angola",
          "Presidency of the Portuguese Republic", "Community of Portuguese Language Countries",
          "Independent Democratic Action"],
    calls=[call("c1", MARCELO_TROV, [MARCELO, TROVOADA], "2022-11-25", caller=MARCELO),
           call("c2", COSTA_VN, [COSTA, VILANOVA], "2022-11-25"),
           call("c3", CRAV_TETE, [CRAVINHO, TETE], "2022-11-25", caller=CRAVINHO),
           # "intended to telephone President Vila Nova 'in the coming days'"
           call("c4", "A_P_marcelo_vilanova_2022_11", [MARCELO, VILANOVA], None, status="planned", caller=MARCELO)],
    rb=[rb("c2", "Twitter", True),
        rb("c1", "Lusa", False), rb("c2", "Lusa", False), rb("c3", "Lusa", False)])

# 2506 Africanews, Sat 2022-11-26
A["2506"] = dict(
    ents=[TROVOADA, MARCELO, BONGO, VILANOVA, SALL, FAKI, "Delfim Neves",
          "Lusa", "Twitter", "Facebook", "Gabon 1ère", "Africanews",
          "São Tomé and Príncipe", "Portugal", "Gabon", "Senegal",
          "African Union", "Economic Community of Central African States"],
    calls=[call("c1", MARCELO_TROV, [MARCELO, TROVOADA], "2022-11-25"),
           call("c2", "A_E_faki_trovoada_2022_11_26", [FAKI, TROVOADA], "2022-11-26", caller=FAKI),
           call("c3", "A_E_bongo_vilanova_2022_11_25", [BONGO, VILANOVA], "2022-11-25", caller=BONGO),
           call("c4", "A_A_sall_vilanova_2022_11_25", [SALL, VILANOVA], "2022-11-25", status="attempted",
                caller=SALL)],
    rb=[rb("c1", "Lusa", True), rb("c2", "Twitter", True), rb("c3", "Gabon 1ère", True)])

# 2507 ECO News, Tue 2022-11-29: transcript-like Q&A; the attack was "in the early hours of Friday 25 November"
A["2507"] = dict(
    ents=[CRAVINHO, MARCELO, COSTA, TROVOADA, VILANOVA, TETE, FRANCA,
          "ECO News", "Téla Nón",
          "São Tomé and Príncipe", "Portugal", "Angola", "Brazil",
          "Community of Portuguese Language Countries"],
    calls=[call("c1", MARCELO_TROV, [MARCELO, TROVOADA], "2022-11-25"),
           call("c2", COSTA_VN, [COSTA, VILANOVA], "2022-11-25"),
           call("c3", CRAV_TETE, [CRAVINHO, TETE], "2022-11-25"),
           call("c4", "A_D_costa_trovoada_2022_11", [COSTA, TROVOADA], None, status="denied", caller=COSTA),
           # "On Thursday Téte António will convene a video conference ... and I will of course take part.
           # Minister Carlos França has confirmed that Brazil will join." (convened: no caller)
           call("c5", "A_P_cplp_video_2022_12_01", [TETE, CRAVINHO, FRANCA], "2022-12-01", status="planned")],
    rb=[rb("c4", "Téla Nón", True)])

# 2508 The Local Denmark live blog, Thu 2019-06-06 (CEST stamps, oldest first)
A["2508"] = dict(
    ents=[METTE, LOKKE, LOFVEN, SOLBERG, RINNE, KATRIN, JOHANNESEN, "Margrethe II",
          "TV 2 (Denmark)", "DR", "Twitter", "Ritzau", "The Local Denmark",
          "Denmark", "Sweden", "Norway", "Finland", "Iceland", "Faroe Islands",
          "Danish People's Party", "Venstre", "Folketing"],
    calls=[call("c1", "A_E_lokke_frederiksen_2019_06_05", [LOKKE, METTE], "2019-06-05", caller=LOKKE),
           call("c2", LOFVEN_METTE, [LOFVEN, METTE], "2019-06-06", caller=LOFVEN),
           call("c3", "A_E_johannesen_frederiksen_2019_06_06", [JOHANNESEN, METTE], "2019-06-06"),
           call("c4", "A_E_solberg_frederiksen_2019_06_06", [SOLBERG, METTE], "2019-06-06", caller=SOLBERG),
           call("c5", "A_P_frederiksen_rinne_2019_06_06", [METTE, RINNE], "2019-06-06", status="planned"),
           call("c6", "A_E_jakobsdottir_frederiksen_2019_06_06", [KATRIN, METTE], "2019-06-06", caller=KATRIN)],
    rb=[rb("c1", "TV 2 (Denmark)", True), rb("c2", "DR", True), rb("c4", "Twitter", True),
        rb("c6", "Ritzau", True)])

# 2509 ERR News short brief, Thu 2019-06-06: no dateline and no date in the text ("this morning")
A["2509"] = dict(
    ents=[RATAS, METTE, LOFVEN, REINSALU, SAMUELSEN, "Kairi Lepp",
          "Facebook", "TT", "ERR News",
          "Estonia", "Denmark", "Sweden",
          "Folketing", "Liberal Alliance", "NATO", "European Union", "Ministry of Foreign Affairs (Estonia)"],
    calls=[call("c1", "A_E_ratas_frederiksen_2019_06_06", [RATAS, METTE], "2019-06-06", caller=RATAS),
           call("c2", LOFVEN_METTE, [METTE, LOFVEN], "2019-06-06"),
           call("c3", "A_P_reinsalu_samuelsen_2019_06_07", [REINSALU, SAMUELSEN], "2019-06-07", status="planned")],
    rb=[rb("c1", "Facebook", True), rb("c2", "TT", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind26, part A): 10 articles written for this set (not real published text), each "
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
