#!/usr/bin/env python3
"""Build ../gold.json (blind28, part A) from the hand annotation below and the registry of names.

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
KATRIN, STORE, FRED, KRIST, ORPO, MARG, GUDNI = "Katrín Jakobsdóttir", "Jonas Gahr Støre", "Mette Frederiksen", \
    "Ulf Kristersson", "Petteri Orpo", "Margrethe II", "Guðni Th. Jóhannesson"
BJARNI, EIDE = "Bjarni Benediktsson", "Espen Barth Eide"
TRUMP, BUHARI, OSINBAJO, NANA, OBAMA, ONYEAMA, TILLERSON = "Donald Trump", "Muhammadu Buhari", "Yemi Osinbajo", \
    "Nana Akufo-Addo", "Barack Obama", "Geoffrey Onyeama", "Rex Tillerson"
DEWEVER, MACRON, SCHOOF, FRIEDEN, STARMER, SCHOLZ, DECROO, PHILIPPE, TUSK = "Bart De Wever", "Emmanuel Macron", \
    "Dick Schoof", "Luc Frieden", "Keir Starmer", "Olaf Scholz", "Alexander De Croo", "Philippe of Belgium", "Donald Tusk"
VDL, PREVOT, BARROT = "Ursula von der Leyen", "Maxime Prévot", "Jean-Noël Barrot"
BUDRYS, RYZH, RUGIN, LUKA, SIKORSKI, TSAHKNA, BRAZE, LANDAU, NAUSEDA, NAWROCKI = "Kęstutis Budrys", "Maxim Ryzhenkov", \
    "Inga Ruginienė", "Alexander Lukashenko", "Radosław Sikorski", "Margus Tsahkna", "Baiba Braže", \
    "Christopher Landau", "Gitanas Nausėda", "Karol Nawrocki"
BROWNE, SKERRIT, DUNCAN, WILLIAMS, SAVARIN, MADURO = "Gaston Browne", "Roosevelt Skerrit", "Alan Duncan", \
    "Rodney Williams", "Charles Savarin", "Nicolás Maduro"
ORSI, MUJICA, LULA, BORIC, FELIPE, SANCHEZ, ALBARES, LUBETKIN, SHEINBAUM = "Yamandú Orsi", "José Mujica", \
    "Luiz Inácio Lula da Silva", "Gabriel Boric", "Felipe VI", "Pedro Sánchez", "José Manuel Albares", \
    "Mario Lubetkin", "Claudia Sheinbaum"

# cross-article events
STORE_KATRIN = "A_E_store_katrin_2023_11_11"      # 2700 (11:25 entry, "rang Katrín shortly before eleven this
                                                  # morning": caller Støre; NRK), 2701 (NTB, published Mon 13 Nov:
                                                  # "spoke by telephone ... on Saturday"; "Katrin Jakobsdottir"; no caller)
BJARNI_EIDE = "A_E_bjarni_bartheide_2023_11_11"   # 2700 (14:20 entry, "spoke by phone at midday"), 2701 ("had also had
                                                  # a phone conversation ... over the weekend": date null)
TRUMP_BUHARI = "A_E_trump_buhari_2017_02_13"      # 2702 (Reuters, "telephoned ... on Monday"), 2703 (Premium Times,
                                                  # published Tue 14 Feb: "yesterday telephoned"), 2708 (feature four
                                                  # weeks later, in passing: "On 13 February, Donald Trump telephoned")
MACRON_DEWEVER = "A_E_macron_dewever_2025_02_01"  # 2704 ("had already rung him on Saturday": caller Macron; Le Soir
                                                  # "learned"), 2705 ("the day after the coalition agreement was
                                                  # sealed", the agreement "late on Friday 31 January": no caller)

# 2700 Iceland Monitor live blog, Sat 2023-11-11 (GMT, newest entry first)
A["2700"] = dict(
    ents=[KATRIN, KRIST, ORPO, STORE, MARG, GUDNI, FRED, BJARNI, EIDE, "Fannar Jónasson", "Úlfar Lúðvíksson",
          "Hólmfríður Eyjólfsdóttir",
          "Iceland Monitor", "Morgunblaðið", "NRK", "Facebook",
          "Iceland", "Norway", "Denmark", "Sweden", "Finland",
          "Ministry for Foreign Affairs (Iceland)", "Office of the President of Iceland", "Icelandic Met Office",
          "Department of Civil Protection and Emergency Management"],
    calls=[# 16:05 entry: "plans to speak with ... by telephone on Monday"
           call("c1", "A_P_katrin_kristersson_2023_11_13", [KATRIN, KRIST], "2023-11-13", status="planned"),
           # "has also been in touch with Katrín ... without saying in what form": not said to be a call
           call("c2", "A_E_orpo_katrin_2023_11", [ORPO, KATRIN], None, required=False),
           call("c3", BJARNI_EIDE, [BJARNI, EIDE], "2023-11-11"),
           call("c4", STORE_KATRIN, [STORE, KATRIN], "2023-11-11", caller=STORE),
           call("c5", "A_E_margrethe_gudni_2023_11_11", [MARG, GUDNI], "2023-11-11", caller=MARG),
           # 08:15 entry: "spoke with Katrín by phone shortly before midnight last night" (Friday, the evacuation night)
           call("c6", "A_E_frederiksen_katrin_2023_11_10", [FRED, KATRIN], "2023-11-10")],
    rb=[rb("c1", "Iceland Monitor", False), rb("c4", "NRK", True), rb("c6", "Facebook", True)])

# 2701 Norway Today (NTB), Mon 2023-11-13, "OSLO (NTB):"
A["2701"] = dict(
    ents=[STORE, KATRIN, EIDE, BJARNI, FRED, KRIST, ORPO, GUDNI,
          "Norway Today", "NTB", "VG",
          "Norway", "Iceland",
          "Prime Minister's Office (Norway)", "Directorate for Civil Protection"],
    calls=[call("c1", STORE_KATRIN, [STORE, KATRIN], "2023-11-11"),
           call("c2", BJARNI_EIDE, [EIDE, BJARNI], None),
           # "will hold a video meeting on Tuesday"; five named, nobody said to convene it
           call("c3", "A_P_nordic_pms_video_2023_11_14", [STORE, KATRIN, FRED, KRIST, ORPO], "2023-11-14",
                status="planned"),
           # VG's report of a Støre–Guðni call, denied by the Prime Minister's Office; the claimed day is not given
           call("c4", "A_D_store_gudni_2023_11", [STORE, GUDNI], None, status="denied")],
    rb=[rb("c1", "NTB", False), rb("c4", "VG", True)])

# 2702 Reuters, Mon 2017-02-13, "ABUJA, Feb 13 (Reuters) -"
A["2702"] = dict(
    ents=[TRUMP, BUHARI, OSINBAJO, NANA, OBAMA, ONYEAMA, TILLERSON, "Garba Shehu", "Laolu Akande",
          "Emeka Adeyinka-Bello", "Tolu Ogunleye", "Chidinma Eze", "Martin Halloran",
          "Reuters", "Twitter",
          "United States", "Nigeria", "United Kingdom", "Ghana", "Gambia",
          "White House", "Boko Haram"],
    calls=[call("c1", TRUMP_BUHARI, [TRUMP, BUHARI], "2017-02-13", caller=TRUMP),
           # "is expected to follow up by telephone ... later this week"
           call("c2", "A_P_onyeama_tillerson_2017_02", [ONYEAMA, TILLERSON], None, status="planned"),
           call("c3", "A_E_osinbajo_akufoaddo_2017_02_11", [OSINBAJO, NANA], "2017-02-11")],
    rb=[rb("c1", "Twitter", True), rb("c1", "Reuters", False)])

# 2703 Premium Times, Tue 2017-02-14, no dateline
A["2703"] = dict(
    ents=[TRUMP, BUHARI, OSINBAJO, "Garba Shehu", "Chinedu Okafor-Bassey",
          "Premium Times", "News Agency of Nigeria", "Channels Television",
          "United States", "Nigeria", "United Kingdom",
          "National Assembly (Nigeria)", "Peoples Democratic Party"],
    calls=[call("c1", TRUMP_BUHARI, [TRUMP, BUHARI], "2017-02-13", caller=TRUMP),
           # "told State House correspondents that he had spoken with the President by telephone on Sunday"
           call("c2", "A_E_osinbajo_buhari_2017_02_12", [OSINBAJO, BUHARI], "2017-02-12")],
    rb=[rb("c1", "News Agency of Nigeria", True), rb("c2", "Channels Television", True)])

# 2704 The Brussels Times, Tue 2025-02-04 (Belga credit at the end)
A["2704"] = dict(
    ents=[DEWEVER, PHILIPPE, MACRON, SCHOOF, FRIEDEN, STARMER, SCHOLZ, VDL, DECROO, "Lotte Vanderstraeten",
          "The Brussels Times", "Le Soir", "X", "Belga",
          "Belgium", "France", "Netherlands", "Luxembourg", "Germany",
          "Élysée", "European Commission", "N-VA", "European Union"],
    calls=[call("c1", MACRON_DEWEVER, [MACRON, DEWEVER], "2025-02-01", caller=MACRON),
           # "late on Friday, on the night the five parties finally sealed their coalition agreement"
           call("c2", "A_E_schoof_dewever_2025_01_31", [SCHOOF, DEWEVER], "2025-01-31", caller=SCHOOF),
           call("c3", "A_E_frieden_dewever_2025_02_04", [FRIEDEN, DEWEVER], "2025-02-04"),
           call("c4", "A_P_starmer_dewever_2025_02", [STARMER, DEWEVER], None, status="planned")],
    rb=[rb("c1", "Le Soir", True), rb("c2", "X", True),
        rb("c1", "Belga", False), rb("c2", "Belga", False), rb("c3", "Belga", False),
        rb("c4", "Belga", False)])

# 2705 Belga News Agency brief, Wed 2025-02-05: no dateline, "this morning" only from the metadata
A["2705"] = dict(
    ents=[DEWEVER, MACRON, PHILIPPE, PREVOT, BARROT, TUSK, "X",
          "France", "Poland", "European Union"],
    calls=[call("c1", MACRON_DEWEVER, [MACRON, DEWEVER], "2025-02-01"),
           call("c2", "A_E_prevot_barrot_2025_02_05", [PREVOT, BARROT], "2025-02-05"),
           call("c3", "A_P_dewever_tusk_2025_02_06", [DEWEVER, TUSK], "2025-02-06", status="planned")],
    rb=[rb("c2", "X", True)])

# 2706 LRT English, Wed 2025-10-29: transcript-like Q&A with the foreign minister
A["2706"] = dict(
    ents=[BUDRYS, RYZH, RUGIN, LUKA, SIKORSKI, TSAHKNA, BRAZE, LANDAU, NAUSEDA, NAWROCKI,
          "LRT English", "ONT",
          "Lithuania", "Belarus", "Poland", "United States", "European Union"],
    calls=[# Minsk "asked ... for a telephone conversation between Foreign Minister Maxim Ryzhenkov and me. I said no."
           call("c1", "A_A_ryzhenkov_budrys_2025_10", [RYZH, BUDRYS], None, status="attempted", caller=RYZH),
           # ONT's report that Ruginienė "had telephoned" Lukashenko; "There was no such call"
           call("c2", "A_D_ruginiene_lukashenko_2025_10", [RUGIN, LUKA], None, status="denied", caller=RUGIN),
           call("c3", "A_E_budrys_sikorski_2025_10_26", [BUDRYS, SIKORSKI], "2025-10-26"),
           # "the Nordic-Baltic foreign ministers held a video call. Margus Tsahkna chaired it": the three named
           call("c4", "A_E_nb8_ministers_video_2025_10_27", [TSAHKNA, BRAZE, BUDRYS], "2025-10-27"),
           call("c5", "A_E_budrys_landau_2025_10", [BUDRYS, LANDAU], None),
           call("c6", "A_P_nauseda_nawrocki_2025_10_30", [NAUSEDA, NAWROCKI], "2025-10-30", status="planned")],
    rb=[rb("c2", "ONT", True)])

# 2707 Antigua Observer, Wed 2017-09-20: Office of the Prime Minister statement reposted; no outlet credited
A["2707"] = dict(
    ents=[BROWNE, SKERRIT, DUNCAN, WILLIAMS, SAVARIN, MADURO,
          "Antigua Observer",
          "Antigua and Barbuda", "Dominica", "United Kingdom", "Venezuela",
          "Office of the Prime Minister (Antigua and Barbuda)", "Antigua and Barbuda Defence Force", "PetroCaribe"],
    calls=[# "made repeated efforts late on Monday night to reach ... None of the calls could be connected"
           call("c1", "A_A_browne_skerrit_2017_09_18", [BROWNE, SKERRIT], "2017-09-18", status="attempted",
                caller=BROWNE),
           # "when Prime Minister Skerrit reached Prime Minister Browne by satellite telephone"
           call("c2", "A_E_skerrit_browne_2017_09_19", [SKERRIT, BROWNE], "2017-09-19", caller=SKERRIT),
           call("c3", "A_E_duncan_browne_2017_09_19", [DUNCAN, BROWNE], "2017-09-19", caller=DUNCAN),
           call("c4", "A_E_williams_savarin_2017_09_19", [WILLIAMS, SAVARIN], "2017-09-19"),
           call("c5", "A_P_browne_maduro_2017_09_21", [BROWNE, MADURO], "2017-09-21", status="planned")],
    rb=[])

# 2708 The Africa Report, Mon 2017-03-13: feature, calls in passing
A["2708"] = dict(
    ents=[BUHARI, OSINBAJO, TRUMP, NANA, "Adaeze Nwankwo-Lawal",
          "Sahara Reporters", "The Africa Report",
          "Nigeria", "United Kingdom", "United States", "Ghana",
          "Federal Executive Council", "Boko Haram"],
    calls=[# "on the night before he flew home" (landed "on Friday", 10 March), "a call Buhari made himself"
           call("c1", "A_E_buhari_osinbajo_2017_03_09", [BUHARI, OSINBAJO], "2017-03-09", caller=BUHARI),
           call("c2", TRUMP_BUHARI, [TRUMP, BUHARI], "2017-02-13", caller=TRUMP),
           # Sahara Reporters' claim that Akufo-Addo "had telephoned Buhari"; "Accra said there had been no such call"
           call("c3", "A_D_akufoaddo_buhari_2017_02", [NANA, BUHARI], None, status="denied", caller=NANA)],
    rb=[rb("c3", "Sahara Reporters", True)])

# 2709 Buenos Aires Times (EFE), Thu 2025-05-15, dateline "Montevideo, May 14 (EFE).-"
A["2709"] = dict(
    ents=[ORSI, MUJICA, LULA, BORIC, FELIPE, SANCHEZ, ALBARES, LUBETKIN, SHEINBAUM, "Lucía Topolansky",
          "Carolina Cosse",
          "EFE", "X", "Radio Cooperativa",
          "Uruguay", "Brazil", "China", "Chile", "Spain", "Mexico",
          "Tupamaros"],
    calls=[# "shortly after 8 p.m. on Tuesday, Montevideo time, when it was already Wednesday morning" in Beijing:
           # 23:00 UTC on Tuesday 13 May
           call("c1", "A_E_lula_orsi_2025_05_13", [LULA, ORSI], "2025-05-13", caller=LULA),
           call("c2", "A_E_boric_orsi_2025_05_13", [BORIC, ORSI], "2025-05-13"),
           # "this morning" = the dateline's day, May 14 (published May 15)
           call("c3", "A_E_felipe_orsi_2025_05_14", [FELIPE, ORSI], "2025-05-14", caller=FELIPE),
           call("c4", "A_E_albares_lubetkin_2025_05_14", [ALBARES, LUBETKIN], "2025-05-14"),
           # "also spoke with Orsi ... without giving details": not said to be a call
           call("c5", "A_E_sheinbaum_orsi_2025_05", [SHEINBAUM, ORSI], None, required=False)],
    rb=[rb("c1", "X", True), rb("c2", "Radio Cooperativa", True),
        rb("c1", "EFE", False), rb("c2", "EFE", False), rb("c3", "EFE", False), rb("c4", "EFE", False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind28, part A): 10 articles written for this set (not real published text), each "
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
