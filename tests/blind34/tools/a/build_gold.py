#!/usr/bin/env python3
"""Build ../gold.json (blind34, part A) from the hand annotation below and the registry of names.

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
# Baltic and Nordic
KARIS, RINK, NAUSEDA, MICHAL, RUTTE, STUBB, KALLAS, STARMER = "Alar Karis", "Edgars Rinkēvičs", "Gitanas Nausėda", \
    "Kristen Michal", "Mark Rutte", "Alexander Stubb", "Kaja Kallas", "Keir Starmer"
PEVKUR, CROSETTO, TSAHKNA, HAKKANEN = "Hanno Pevkur", "Guido Crosetto", "Margus Tsahkna", "Antti Häkkänen"
# Latin America
NOBOA, BOLUARTE, PETRO, BORIC, MILEI, LULA = "Daniel Noboa", "Dina Boluarte", "Gustavo Petro", "Gabriel Boric", \
    "Javier Milei", "Luiz Inácio Lula da Silva"
BULLRICH, MACIAS, GOLAECHEA, SOMMERFELD, TORRES, BLINKEN = "Patricia Bullrich", "José Adolfo Macías", \
    "Javier González-Olaechea", "Gabriela Sommerfeld", "Víctor Torres", "Antony Blinken"
# Spain, Luxembourg
SANCHEZ, MACRON, ALBARES, TAJANI = "Pedro Sánchez", "Emmanuel Macron", "José Manuel Albares", "Antonio Tajani"
GUILLAUME, HENRI, PHILIPPE, WA, FREDERIK, MARCELO, FRIEDEN, MONTENEGRO, STEPHANIE = "Guillaume", "Henri", "Philippe", \
    "Willem-Alexander", "Frederik X", "Marcelo Rebelo de Sousa", "Luc Frieden", "Luís Montenegro", "Stéphanie de Lannoy"
# West Africa
BIO, AKUFO, TINUBU, WEAH, KABBA, PHEE, BAH, NGELALE = "Julius Maada Bio", "Nana Addo Dankwa Akufo-Addo", "Bola Tinubu", \
    "George Weah", "Timothy Musa Kabba", "Molly Phee", "Chernor Bah", "Ajuri Ngelale"

# cross-article events
MICHAL_RUTTE = "A_E_michal_rutte_2025_09_19"        # 3300 (Postimees live blog, 13:08 and 19:22 entries: "come straight from a
                                                    # phone conversation with Rutte", "the conversation he had at midday";
                                                    # no caller; X post quoted in the later entry), 3301 (Baltic Times,
                                                    # Sat: "Rutte rang Prime Minister Kristen Michal shortly after noon":
                                                    # caller Rutte)
BALTIC_VC = "A_E_karis_rinkevics_nauseda_vc_2025_09_19"  # 3300 (21:48 entry, 3 named, "this evening"), 3301 ("spent Friday
                                                    # evening first on a video call with ... Nausėda and their Latvian
                                                    # counterpart": 2 named; LRT "carried footage")
KARIS_STUBB = "A_E_karis_stubb_2025_09_19"          # 3301 ("Karis then called Finland's President Alexander Stubb shortly
                                                    # before 11 p.m.": caller Karis; adviser "told the Baltic News Service
                                                    # (BNS)"), 3309 (Yle, date only in the metadata: "late on the night of
                                                    # the incursion", the incursion "on Friday morning"; no caller; X)
BOLUARTE_NOBOA = "A_E_boluarte_noboa_2024_01_10"    # 3302 (AP on the Chicago Tribune, Thu: "spoke with Noboa by telephone on
                                                    # Wednesday, according to Peru's state news agency Andina": no caller),
                                                    # 3303 (Andina, Wed: "this afternoon ... at the initiative of the
                                                    # Peruvian head of state": caller Boluarte), 3308 (AQ feature, 7 Feb:
                                                    # "The day after the studio takeover", the takeover "On the afternoon of
                                                    # January 9": "phoned Noboa", caller Boluarte)
TINUBU_BIO = "A_E_tinubu_bio_2023_11_26"            # 3306 (Concord Times, dateline Mon 27 Nov: "Late on Sunday
                                                    # night, President Bio received a telephone call from ... Tinubu"),
                                                    # 3307 (TheCable, Mon 27 Nov: "early on Monday ... placed the call
                                                    # at about 12.20 a.m. Abuja time" = 23:20 UTC on Sunday 26 Nov; NAN)

# 3300 Postimees (English edition) live blog, Fri 2025-09-19 (EEST stamps, oldest first)
A["3300"] = dict(
    ents=[KARIS, RINK, NAUSEDA, MICHAL, RUTTE, PEVKUR, CROSETTO, STUBB, TSAHKNA, KALLAS, "Kadri Leppik", "Ott Saarsalu",
          "Postimees", "X", "ANSA",
          "Estonia", "Latvia", "Lithuania", "Finland", "Russia", "Italy",
          "NATO", "European Union", "United Nations", "Office of the President", "Estonian Defense Forces"],
    calls=[# 21:48: "spent the early part of the evening on a video call with his Latvian and Lithuanian counterparts"
           # (the Office of the President: an organization)
           call("c1", BALTIC_VC, [KARIS, RINK, NAUSEDA], "2025-09-19"),
           # 13:08 "had come straight from a phone conversation with Rutte"; 19:22 "the conversation he had at midday",
           # Michal's post on X quoted
           call("c2", MICHAL_RUTTE, [MICHAL, RUTTE], "2025-09-19"),
           # 17:36 ministers "spoke by phone this afternoon"; "the Italian news agency ANSA reported" what was said
           call("c3", "A_E_pevkur_crosetto_2025_09_19", [PEVKUR, CROSETTO], "2025-09-19"),
           # 16:10 "is scheduled to speak with ... Stubb by telephone this evening" (told Postimees: self)
           call("c4", "A_P_karis_stubb_2025_09_19", [KARIS, STUBB], "2025-09-19", status="planned"),
           # 14:55 minister and the EU's foreign policy chief (a former prime minister), "in a telephone conversation"
           call("c5", "A_E_tsahkna_kallas_2025_09_19", [TSAHKNA, KALLAS], "2025-09-19")],
    rb=[rb("c2", "X", True), rb("c3", "ANSA", True), rb("c4", "Postimees", False)])

# 3301 The Baltic Times, Sat 2025-09-20, "TALLINN –": a round-up of Friday's calls
A["3301"] = dict(
    ents=[RUTTE, MICHAL, STARMER, KARIS, NAUSEDA, STUBB, KALLAS,
          "The Baltic Times", "LRT", "Baltic News Service",
          "Estonia", "Russia", "Lithuania", "Latvia", "Finland", "United Kingdom", "Italy",
          "NATO", "European Union", "UN Security Council", "Government Office", "Downing Street", "Estonian Defense Forces"],
    calls=[# "Rutte rang Prime Minister Kristen Michal shortly after noon" (on Friday; the Government Office)
           call("c1", MICHAL_RUTTE, [RUTTE, MICHAL], "2025-09-19", caller=RUTTE),
           # "In the evening, British Prime Minister Keir Starmer telephoned Michal" (Downing Street: an organization)
           call("c2", "A_E_starmer_michal_2025_09_19", [STARMER, MICHAL], "2025-09-19", caller=STARMER),
           # "spent Friday evening first on a video call with Lithuania's President Gitanas Nausėda and their Latvian
           # counterpart" (Rinkēvičs unnamed); LRT "carried footage of Nausėda ... during the conversation"
           call("c3", BALTIC_VC, [KARIS, NAUSEDA], "2025-09-19"),
           # "Karis then called Finland's President Alexander Stubb shortly before 11 p.m."; adviser told BNS
           call("c4", KARIS_STUBB, [KARIS, STUBB], "2025-09-19", caller=KARIS),
           # Kallas "was also said to have been in touch with Michal during the day, although her office would not say
           # how": not said to be a call
           call("c5", "A_E_kallas_michal_2025_09_19", [KALLAS, MICHAL], "2025-09-19", required=False)],
    rb=[rb("c3", "LRT", True), rb("c4", "Baltic News Service", True)])

# 3302 Chicago Tribune (AP), Thu 2024-01-11, "QUITO, Ecuador (AP) —"
A["3302"] = dict(
    ents=[NOBOA, BOLUARTE, PETRO, BORIC, MILEI, BULLRICH, MACIAS, "Regina Ortiz Vela", "Tomás Arroyo",
          "Associated Press", "Chicago Tribune", "Andina", "X", "Clarín",
          "Ecuador", "Peru", "Colombia", "Chile", "Argentina",
          "TC Televisión", "Los Choneros"],
    calls=[# "spoke with Noboa by telephone on Wednesday, according to Peru's state news agency Andina"
           call("c1", BOLUARTE_NOBOA, [BOLUARTE, NOBOA], "2024-01-10"),
           # "said he had talked with Noboa by phone late on Tuesday"; the X post "on Wednesday morning, describing the
           # conversation"
           call("c2", "A_E_petro_noboa_2024_01_09", [PETRO, NOBOA], "2024-01-09"),
           # "Noboa is due to speak by phone with Chile's President Gabriel Boric on Friday"
           call("c3", "A_P_noboa_boric_2024_01_12", [NOBOA, BORIC], "2024-01-12", status="planned"),
           # Clarín's report "that Noboa had telephoned Argentine President Javier Milei on Tuesday night", rejected by
           # the presidency ("There has been no conversation"): claimed caller and claimed day
           call("c4", "A_D_noboa_milei_2024_01_09", [NOBOA, MILEI], "2024-01-09", status="denied", caller=NOBOA)],
    rb=[rb("c1", "Andina", True), rb("c2", "X", True), rb("c4", "Clarín", True),
        rb("c1", "Associated Press", False), rb("c2", "Associated Press", False), rb("c3", "Associated Press", False),
        rb("c4", "Associated Press", False)])

# 3303 Andina, Wed 2024-01-10, "17:41 | Lima, Jan. 10."; the Presidency's note retold; telegraphic headline
A["3303"] = dict(
    ents=[BOLUARTE, NOBOA, GOLAECHEA, SOMMERFELD, TORRES,
          "Andina",
          "Peru", "Ecuador",
          "Presidency of the Republic", "Ministry of Foreign Affairs", "National Police"],
    calls=[# "held a telephone conversation this afternoon with ... Daniel Noboa Azín, at the initiative of the Peruvian head
           # of state"
           call("c1", BOLUARTE_NOBOA, [BOLUARTE, NOBOA], "2024-01-10", caller=BOLUARTE),
           # ministers, "Earlier, on Tuesday night ... spoke by telephone with" (the ministry's website: an organization)
           call("c2", "A_E_gonzalezolaechea_sommerfeld_2024_01_09", [GOLAECHEA, SOMMERFELD], "2024-01-09")],
    rb=[rb("c1", "Andina", False), rb("c2", "Andina", False)])

# 3304 EL PAÍS English, Sat 2024-04-27: Q&A with the foreign minister, interviewed that morning
A["3304"] = dict(
    ents=[ALBARES, SANCHEZ, PETRO, MACRON, TAJANI, BLINKEN, LULA, "Lucía Barreiro Ortega",
          "EL PAÍS", "El Confidencial",
          "Spain", "Ukraine",
          "Foreign Ministry"],
    calls=[# "When did you last speak with the prime minister?" "On Thursday night, by phone."
           call("c1", "A_E_albares_sanchez_2024_04_25", [ALBARES, SANCHEZ], "2024-04-25"),
           # "President Petro tried to call him on Thursday, and the call was not put through."
           call("c2", "A_A_petro_sanchez_2024_04_25", [PETRO, SANCHEZ], "2024-04-25", status="attempted", caller=PETRO),
           # "So yesterday morning I called President Petro myself" (Friday)
           call("c3", "A_E_albares_petro_2024_04_26", [ALBARES, PETRO], "2024-04-26", caller=ALBARES),
           # "El Confidencial reported that Emmanuel Macron telephoned him on Thursday." "That is simply not true."
           call("c4", "A_D_macron_sanchez_2024_04_25", [MACRON, SANCHEZ], "2024-04-25", status="denied", caller=MACRON),
           # ministers, "Antonio Tajani called me yesterday" (Friday)
           call("c5", "A_E_tajani_albares_2024_04_26", [TAJANI, ALBARES], "2024-04-26", caller=TAJANI),
           # "I will speak with Secretary Blinken by phone on Monday."
           call("c6", "A_P_albares_blinken_2024_04_29", [ALBARES, BLINKEN], "2024-04-29", status="planned")],
    rb=[rb("c4", "El Confidencial", True)] + [rb(c, "EL PAÍS", False) for c in ("c1", "c2", "c3", "c4", "c5", "c6")])

# 3305 RTL Today, Sat 2025-10-04: a list of congratulation calls to the new Grand Duke
A["3305"] = dict(
    ents=[GUILLAUME, PHILIPPE, STEPHANIE, WA, MACRON, MARCELO, FREDERIK, FRIEDEN, MONTENEGRO, HENRI, "Nadia Kremer",
          "RTL Today", "Belga", "Luxemburger Wort", "Instagram", "RTP",
          "Luxembourg", "Belgium", "Netherlands", "France", "Portugal", "Denmark",
          "Chamber of Deputies", "Grand Ducal Court"],
    calls=[# "Hours after swearing before the Chamber of Deputies on 3 October ..., the new Grand Duke received a telephone
           # call from King Philippe of the Belgians"; "According to the Belgian news agency Belga, the King wished ..."
           call("c1", "A_E_philippe_guillaume_2025_10_03", [PHILIPPE, GUILLAUME], "2025-10-03", caller=PHILIPPE),
           # "King Willem-Alexander of the Netherlands telephoned later on Friday evening, Luxemburger Wort has learned"
           call("c2", "A_E_willemalexander_guillaume_2025_10_03", [WA, GUILLAUME], "2025-10-03", caller=WA),
           # "Macron and Grand Duke Guillaume also spoke by phone on 3 October"; the Court's photograph on Instagram
           call("c3", "A_E_macron_guillaume_2025_10_03", [MACRON, GUILLAUME], "2025-10-03"),
           # "On Saturday morning ... Marcelo Rebelo de Sousa, who called the Grand Duke"; "told the Portuguese broadcaster
           # RTP that the conversation had been ..."
           call("c4", "A_E_marcelo_guillaume_2025_10_04", [MARCELO, GUILLAUME], "2025-10-04", caller=MARCELO),
           # "A call with King Frederik X of Denmark is planned for next week ... without giving a date"
           call("c5", "A_P_frederik_guillaume_2025_10", [FREDERIK, GUILLAUME], None, status="planned"),
           # Frieden "said on Friday that he had also spoken with" Montenegro: no medium, no day for the contact
           call("c6", "A_E_frieden_montenegro_2025_10", [FRIEDEN, MONTENEGRO], None, required=False)],
    rb=[rb("c1", "Belga", True), rb("c2", "Luxemburger Wort", True), rb("c3", "Instagram", True), rb("c4", "RTP", True)])

# 3306 Concord Times, Tue 2023-11-28, dateline "FREETOWN, Monday 27 November 2023 –"; State House's statement retold
A["3306"] = dict(
    ents=[BIO, AKUFO, TINUBU, WEAH, KABBA, PHEE, BAH,
          "Concord Times", "Sierra Leone Broadcasting Corporation",
          "Sierra Leone", "Ghana", "Nigeria", "Liberia", "United States",
          "State House", "State House Media and Communications Unit", "ECOWAS"],
    calls=[# "Akufo-Addo telephoned President Bio yesterday afternoon" = Sun 26 Nov against the dateline (Monday)
           call("c1", "A_E_akufoaddo_bio_2023_11_26", [AKUFO, BIO], "2023-11-26", caller=AKUFO),
           # "Late on Sunday night, the President received a telephone call from Nigeria's President Bola Ahmed Tinubu"
           call("c2", TINUBU_BIO, [BIO, TINUBU], "2023-11-26", caller=TINUBU),
           # "This morning, Liberia's President George Manneh Weah called President Bio" = Mon 27 Nov (the dateline's day);
           # SLBC "in the evening aired footage ... which the broadcaster said showed the call with President Weah"
           call("c3", "A_E_weah_bio_2023_11_27", [WEAH, BIO], "2023-11-27", caller=WEAH),
           # ministers, "held a telephone conversation on Sunday evening with" the US Assistant Secretary
           call("c4", "A_E_kabba_phee_2023_11_26", [KABBA, PHEE], "2023-11-26")],
    rb=[rb("c3", "Sierra Leone Broadcasting Corporation", True)])

# 3307 TheCable, Mon 2023-11-27: short brief, telegraphic headline
A["3307"] = dict(
    ents=[TINUBU, BIO, NGELALE, WEAH, "Chidinma Ogbuagu",
          "TheCable", "News Agency of Nigeria",
          "Sierra Leone", "Liberia", "Mali", "Burkina Faso", "Guinea", "Niger", "Gabon",
          "ECOWAS", "Mano River Union"],
    calls=[# "spoke with ... by telephone early on Monday"; "placed the call at about 12.20 a.m. Abuja time" (UTC+1) =
           # 23:20 UTC on Sunday 26 Nov (the blindset's UTC convention); the spokesperson "told the News Agency of
           # Nigeria (NAN)"
           call("c1", TINUBU_BIO, [TINUBU, BIO], "2023-11-26", caller=TINUBU),
           # "He added that Tinubu would also call Liberia's President, George Weah, later on Monday"
           call("c2", "A_P_tinubu_weah_2023_11_27", [TINUBU, WEAH], "2023-11-27", status="planned", caller=TINUBU)],
    rb=[rb("c1", "News Agency of Nigeria", True), rb("c2", "News Agency of Nigeria", False)])

# 3308 Americas Quarterly feature, Wed 2024-02-07: calls in passing
A["3308"] = dict(
    ents=[NOBOA, BOLUARTE, PETRO, BLINKEN, "Mariela Quintero Páez",
          "Americas Quarterly", "CNN en Español",
          "Ecuador", "Peru", "Colombia", "United States",
          "TC Televisión", "National Assembly"],
    calls=[# "The day after the studio takeover, Peru's Dina Boluarte phoned Noboa" (the takeover "On the afternoon of
           # January 9")
           call("c1", BOLUARTE_NOBOA, [BOLUARTE, NOBOA], "2024-01-10", caller=BOLUARTE),
           # "Noboa held a video call last week with U.S. Secretary of State Antony Blinken, a conversation he described
           # to CNN en Español"
           call("c2", "A_E_noboa_blinken_vc_2024_01", [NOBOA, BLINKEN], None)],
    rb=[rb("c2", "CNN en Español", True)])

# 3309 Yle News, 2025-09-20 (no date in the text: the date is in the metadata only)
A["3309"] = dict(
    ents=[STUBB, KARIS, HAKKANEN, PEVKUR, RINK,
          "Yle News", "X", "Lehtikuva",
          "Finland", "Estonia", "Russia", "Latvia", "Italy",
          "Office of the President of the Republic", "NATO", "Finnish Defence Forces", "Kremlin"],
    calls=[# "spoke with ... Alar Karis, by telephone late on the night of the incursion", the incursion "on Friday morning";
           # Stubb "wrote on X after the conversation"
           call("c1", KARIS_STUBB, [STUBB, KARIS], "2025-09-19"),
           # ministers, "also spoke by phone on Friday with"
           call("c2", "A_E_hakkanen_pevkur_2025_09_19", [HAKKANEN, PEVKUR], "2025-09-19"),
           # "Speaking to Yle on Saturday, Stubb said he would also call ... Rinkēvičs on Monday" = 2025-09-22
           call("c3", "A_P_stubb_rinkevics_2025_09_22", [STUBB, RINK], "2025-09-22", status="planned", caller=STUBB)],
    rb=[rb("c1", "X", True), rb("c3", "Yle News", False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind34, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline where the text anchors to it (3306); where local dates differ "
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
