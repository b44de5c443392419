#!/usr/bin/env python3
"""Build ../gold.json (blind38, part A) from the hand annotation below and the registry of names.

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
HOLNESS, SCHOOF, WA, MULINO, FILSAIME, PISAS, GEORGEWOUT, ALLEN = "Andrew Holness", "Dick Schoof", "Willem-Alexander", \
    "José Raúl Mulino", "Alix Didier Fils-Aimé", "Gilmar Pisas", "Lucille George-Wout", "Patrick Allen"
STARMER, SANCHEZ, PICARDO, ALBARES, LAMMY, FEIJOO, FRANCO, SEFCOVIC, AZOPARDI = "Keir Starmer", "Pedro Sánchez", \
    "Fabian Picardo", "José Manuel Albares", "David Lammy", "Alberto Núñez Feijóo", "Juan Franco", "Maroš Šefčovič", \
    "Keith Azopardi"
FREDERIKSEN, STORE, KRISTERSSON, ORPO, SILINA, STUBB, FREDERIK, MARGRETHE = "Mette Frederiksen", "Jonas Gahr Støre", \
    "Ulf Kristersson", "Petteri Orpo", "Evika Siliņa", "Alexander Stubb", "Frederik X", "Margrethe II"
ENGEL, LILJESTRAND, MULTALA, DATI, MIKKELSEN = "Jakob Engel-Schmidt", "Parisa Liljestrand", "Sari Multala", \
    "Rachida Dati", "Brian Mikkelsen"
TINUBU, GNASSINGBE, TAMIM, FAYE, SHETTIMA, BAGO, UMAR, ONANUGA = "Bola Tinubu", "Faure Gnassingbé", \
    "Tamim bin Hamad Al Thani", "Bassirou Diomaye Faye", "Kashim Shettima", "Mohammed Umaru Bago", "Zubaida Umar", \
    "Bayo Onanuga"
DUSSEY, TUGGAR, TOURAY = "Robert Dussey", "Yusuf Maitama Tuggar", "Omar Alieu Touray"

# cross-article events
HOLNESS_PISAS = "A_E_holness_pisas_2025_11_18"    # 3700 ("telephoned Pisas minutes after the final whistle" of "Tuesday
                                                  # night's goalless draw"; X post quoted three paragraphs later); 3702 (Q&A,
                                                  # Sun 23 Nov: "called me on the night of the match", the match "Tuesday's
                                                  # goalless draw"): caller Holness. Kingston and Willemstad are both on
                                                  # Tuesday: the local day, 18 Nov
SCHOOF_PISAS = "A_E_schoof_pisas_2025_11_19"      # 3700 ("Shortly before midnight Curaçao time ... Dick Schoof, for whom it
                                                  # was by then nearly five in the morning in The Hague"); 3701 ("made his
                                                  # call shortly before 5am on Wednesday, Dutch time"; "told broadcaster
                                                  # NOS"); 3702 ("had called that same night, in the middle of the night for
                                                  # him"). About 23:50 Tuesday in Willemstad (UTC-4) = 03:50 UTC Wednesday =
                                                  # 04:50 Wednesday in The Hague: the UTC day, 19 Nov. Caller Schoof
WA_PISAS = "A_E_willemalexander_pisas_2025_11_19" # 3700 ("This morning ... King Willem-Alexander, who called the Prime
                                                  # Minister a little after nine"; TeleCuraçao aired footage); 3701 ("The
                                                  # king's call followed in the afternoon" of Wednesday, Dutch time; RVD
                                                  # spokeswoman "told news agency ANP"); 3702 ("rang the next morning, our
                                                  # morning"): caller Willem-Alexander
STARMER_PICARDO = "A_E_starmer_picardo_2025_06_11"  # 3703 (GBC live blog, 19:41 entry: "telephoned Mr Picardo at around a
                                                  # quarter past seven this evening"; the 22:14 entry quotes his Facebook
                                                  # post); 3704 (Europa Press, "MADRID, 12 Jun.", page 13 Jun: "on the night
                                                  # the agreement was closed", the agreement "reached on Wednesday";
                                                  # "according to the Gibraltar Chronicle"): caller Starmer
ALBARES_FEIJOO = "A_A_albares_feijoo_2025_06_11"  # refused call: 3703 ("did not take a call from Foreign Minister José
                                                  # Manuel Albares this afternoon", PP sources "have told the Europa Press
                                                  # news agency"); 3704 ("yesterday refused to take a call from Albares",
                                                  # yesterday against the dateline 12 Jun): caller Albares
STORE_FREDERIKSEN = "A_E_store_frederiksen_2024_04_16"  # 3705 ("was the first to get through, on Tuesday afternoon"; X
                                                  # post quoted five paragraphs later); 3707 (a year later, in passing: "the
                                                  # first foreign leader to ring her, on the afternoon of the fire", the fire
                                                  # "on 16 April 2024"; "in an interview with the broadcaster DR"): caller Støre
ORPO_FREDERIKSEN = "A_E_orpo_frederiksen_2024_04_16"  # 3705 ("Finland's Petteri Orpo also telephoned on Tuesday"); 3706
                                                  # (Yle brief, no dateline: "telephoned ... this afternoon", the date only
                                                  # in the metadata; "Orpo told Yle": self): caller Orpo
GNASSINGBE_TINUBU = "A_E_gnassingbe_tinubu_2025_05_30"  # 3708 ("on Friday received telephone calls from"; the reposted
                                                  # statement's "today" under its own date "May 30, 2025"; "who called in the
                                                  # afternoon"; posted on X); 3709 ("spoke by telephone on Friday", no
                                                  # caller; TVT "broadcast images"): caller Gnassingbé

# 3700 Curaçao Chronicle, Wed 2025-11-19, "WILLEMSTAD -": a round-up of one day's calls
A["3700"] = dict(
    ents=[PISAS, HOLNESS, SCHOOF, WA, MULINO, GEORGEWOUT, "Shaira Martis-Doran",
          "TeleCuraçao", "X", "Curaçao Chronicle",
          "Curaçao", "Jamaica", "Netherlands", "Panama",
          "Prime Minister's Cabinet"],
    calls=[call("c1", HOLNESS_PISAS, [HOLNESS, PISAS], "2025-11-18", caller=HOLNESS),
           call("c2", SCHOOF_PISAS, [SCHOOF, PISAS], "2025-11-19", caller=SCHOOF),
           call("c3", WA_PISAS, [WA, PISAS], "2025-11-19", caller=WA),
           # "Pisas said he would speak by phone on Thursday with Panama's President José Raúl Mulino" (no caller)
           call("c4", "A_P_pisas_mulino_2025_11_20", [PISAS, MULINO], "2025-11-20", status="planned")],
    rb=[rb("c1", "X", True), rb("c3", "TeleCuraçao", True)])

# 3701 DutchNews.nl, Thu 2025-11-20: telegraphic headline "King and Schoof ring Curaçao premier ..."
A["3701"] = dict(
    ents=[WA, SCHOOF, PISAS,
          "NOS", "ANP", "Antilliaans Dagblad", "DutchNews.nl",
          "Curaçao", "Netherlands", "Jamaica", "Iceland", "Russia", "Haiti", "Panama", "United States", "Canada",
          "Mexico",
          "RVD", "Concacaf"],
    calls=[call("c1", SCHOOF_PISAS, [SCHOOF, PISAS], "2025-11-19", caller=SCHOOF),
           call("c2", WA_PISAS, [WA, PISAS], "2025-11-19", caller=WA),
           # "She rejected a report in the Antilliaans Dagblad that the king had already phoned Pisas on Tuesday afternoon,
           # before kick-off ... 'There was no such call.'" (denied; the claimed caller)
           call("c3", "A_D_willemalexander_pisas_2025_11_18", [WA, PISAS], "2025-11-18", status="denied", caller=WA)],
    rb=[rb("c1", "NOS", True), rb("c2", "ANP", True), rb("c3", "Antilliaans Dagblad", True)])

# 3702 Jamaica Observer (Sunday Observer), Sun 2025-11-23: transcript-like Q&A; title blank in metadata
A["3702"] = dict(
    ents=[PISAS, HOLNESS, SCHOOF, WA, ALLEN, FILSAIME, MULINO, "Dwayne Fairclough-Reid",
          "Jamaica Observer",
          "Curaçao", "Jamaica", "Netherlands", "Haiti", "Panama"],
    calls=[call("c1", HOLNESS_PISAS, [HOLNESS, PISAS], "2025-11-18", caller=HOLNESS),
           call("c2", SCHOOF_PISAS, [SCHOOF, PISAS], "2025-11-19", caller=SCHOOF),
           call("c3", WA_PISAS, [WA, PISAS], "2025-11-19", caller=WA),
           # "your Governor-General, Sir Patrick Allen, also telephoned on Wednesday" (Person-Person)
           call("c4", "A_E_allen_pisas_2025_11_19", [ALLEN, PISAS], "2025-11-19", caller=ALLEN),
           # "I spoke with Prime Minister Alix Didier Fils-Aimé of Haiti by phone on Thursday" (no caller)
           call("c5", "A_E_pisas_filsaime_2025_11_20", [PISAS, FILSAIME], "2025-11-20"),
           # "on Friday I called President Mulino in Panama"
           call("c6", "A_E_pisas_mulino_2025_11_21", [PISAS, MULINO], "2025-11-21", caller=PISAS),
           # "We agreed that we will talk again before the draw in Washington" (planned, no day)
           call("c7", "A_P_holness_pisas_2025_12", [HOLNESS, PISAS], None, status="planned")],
    rb=[])

# 3703 GBC News live blog, Wed 2025-06-11 (Gibraltar time stamps, newest first)
A["3703"] = dict(
    ents=[PICARDO, STARMER, SANCHEZ, FEIJOO, ALBARES, FRANCO, SEFCOVIC, LAMMY, AZOPARDI,
          "GBC News", "Facebook", "Europa Press",
          "United Kingdom", "Spain", "Gibraltar",
          "European Commission", "European Union", "Downing Street", "Partido Popular", "Cortes", "GSD"],
    calls=[call("c1", STARMER_PICARDO, [STARMER, PICARDO], "2025-06-11", caller=STARMER),
           # 21:02: "expects to speak with the Spanish Prime Minister, Pedro Sánchez, by phone tomorrow" (no caller)
           call("c2", "A_P_starmer_sanchez_2025_06_12", [STARMER, SANCHEZ], "2025-06-12", status="planned"),
           call("c3", ALBARES_FEIJOO, [ALBARES, FEIJOO], "2025-06-11", status="attempted", caller=ALBARES),
           # 16:50: "While still in Brussels, Mr Picardo spoke by phone with the Mayor of La Línea, Juan Franco" (no caller)
           call("c4", "A_E_picardo_franco_2025_06_11", [PICARDO, FRANCO], "2025-06-11"),
           # 15:30: "Mr Lammy and Mr Albares spoke by phone last week" (null)
           call("c5", "A_E_lammy_albares_2025_06_lastweek", [LAMMY, ALBARES], None)],
    rb=[rb("c1", "Facebook", True), rb("c3", "Europa Press", True), rb("c4", "GBC News", False)])

# 3704 The Olive Press (Europa Press), Fri 2025-06-13, "MADRID, 12 Jun. (EUROPA PRESS) -"
A["3704"] = dict(
    ents=[SANCHEZ, STARMER, PICARDO, ALBARES, LAMMY, FEIJOO, SEFCOVIC,
          "Europa Press", "Gibraltar Chronicle", "El Confidencial", "The Olive Press",
          "Spain", "United Kingdom", "Gibraltar",
          "Moncloa", "Partido Popular", "European Union"],
    calls=[# "held a telephone conversation this Thursday ... at the request of the British Prime Minister" (dateline 12 Jun)
           call("c1", "A_E_starmer_sanchez_2025_06_12", [SANCHEZ, STARMER], "2025-06-12", caller=STARMER),
           call("c2", STARMER_PICARDO, [STARMER, PICARDO], "2025-06-11", caller=STARMER),
           # "Moncloa ... denied information published this Thursday by ... El Confidencial, according to which Sánchez
           # himself had telephoned Picardo on Wednesday evening" (denied; the claimed caller)
           call("c3", "A_D_sanchez_picardo_2025_06_11", [SANCHEZ, PICARDO], "2025-06-11", status="denied",
                caller=SANCHEZ),
           call("c4", ALBARES_FEIJOO, [ALBARES, FEIJOO], "2025-06-11", status="attempted", caller=ALBARES),
           # "Albares, also spoke by telephone this Thursday with the British Foreign Secretary, David Lammy" (ministry's
           # website: an organization)
           call("c5", "A_E_albares_lammy_2025_06_12", [ALBARES, LAMMY], "2025-06-12")],
    rb=[rb("c1", "Europa Press", False), rb("c2", "Europa Press", False), rb("c2", "Gibraltar Chronicle", True),
        rb("c3", "El Confidencial", True), rb("c4", "Europa Press", False), rb("c5", "Europa Press", False)])

# 3705 The Local Denmark, Wed 2024-04-17
A["3705"] = dict(
    ents=[FREDERIKSEN, STORE, KRISTERSSON, ORPO, SILINA, MIKKELSEN, ENGEL, LILJESTRAND,
          "SVT", "X", "Ritzau",
          "Denmark", "Norway", "Sweden", "Finland", "Latvia",
          "Prime Minister's Office", "Danish Chamber of Commerce"],
    calls=[call("c1", STORE_FREDERIKSEN, [STORE, FREDERIKSEN], "2024-04-16", caller=STORE),
           # "Sweden's Ulf Kristersson called later in the day, Swedish broadcaster SVT learned"; "Kristersson told SVT"
           call("c2", "A_E_kristersson_frederiksen_2024_04_16", [KRISTERSSON, FREDERIKSEN], "2024-04-16",
                caller=KRISTERSSON),
           call("c3", ORPO_FREDERIKSEN, [ORPO, FREDERIKSEN], "2024-04-16", caller=ORPO),
           # "Evika Siliņa also spoke with Frederiksen, according to a short statement from her office" (not said to be a
           # call; no day)
           call("c4", "A_E_silina_frederiksen_2024_04", [SILINA, FREDERIKSEN], None, required=False),
           # "spoke by phone on Wednesday morning with his Swedish counterpart, Parisa Liljestrand ... Ritzau reported"
           call("c5", "A_E_engelschmidt_liljestrand_2024_04_17", [ENGEL, LILJESTRAND], "2024-04-17")],
    rb=[rb("c1", "X", True), rb("c2", "SVT", True), rb("c5", "Ritzau", True)])

# 3706 Yle News, Tue 2024-04-16: short brief, no dateline: the date is in the metadata only; URL blank
A["3706"] = dict(
    ents=[ORPO, FREDERIKSEN, STUBB, FREDERIK, MARGRETHE, MULTALA, ENGEL,
          "Yle News",
          "Finland", "Denmark",
          "Office of the President", "Finnish Heritage Agency", "Danish Chamber of Commerce"],
    calls=[call("c1", ORPO_FREDERIKSEN, [ORPO, FREDERIKSEN], "2024-04-16", caller=ORPO),
           # "President Alexander Stubb called King Frederik X earlier in the day, the Office of the President said"
           call("c2", "A_E_stubb_frederikx_2024_04_16", [STUBB, FREDERIK], "2024-04-16", caller=STUBB),
           # "Sari Multala intends to phone Denmark's Culture Minister Jakob Engel-Schmidt on Wednesday" (planned)
           call("c3", "A_P_multala_engelschmidt_2024_04_17", [MULTALA, ENGEL], "2024-04-17", status="planned",
                caller=MULTALA)],
    rb=[rb("c1", "Yle News", False)])

# 3707 The Guardian, Wed 2025-04-16: a feature a year after the fire, calls in passing
A["3707"] = dict(
    ents=[FREDERIKSEN, STORE, ENGEL, DATI, "Signe Holm-Larsen",
          "DR",
          "Norway", "France", "Denmark",
          "Danish Chamber of Commerce"],
    calls=[call("c1", STORE_FREDERIKSEN, [STORE, FREDERIKSEN], "2024-04-16", caller=STORE),
           # "In the week after the fire he spoke by phone with Rachida Dati, his French counterpart" (no day)
           call("c2", "A_E_engelschmidt_dati_2024_04", [ENGEL, DATI], None)],
    rb=[rb("c1", "DR", True)])

# 3708 Premium Times, Sat 2025-05-31: staff story with the Presidency statement (dated May 30) reposted in full
A["3708"] = dict(
    ents=[TINUBU, GNASSINGBE, TAMIM, FAYE, SHETTIMA, BAGO, UMAR, ONANUGA, "Aminu Olatunde-Bakare",
          "Nigerian Television Authority", "Channels Television", "X", "Premium Times",
          "Nigeria", "Togo", "Qatar", "Senegal",
          "National Emergency Management Agency", "Presidency", "Federal Government", "Niger State Government"],
    calls=[call("c1", GNASSINGBE_TINUBU, [GNASSINGBE, TINUBU], "2025-05-30", caller=GNASSINGBE),
           # "The Emir, whose call came later in the evening" (the statement's "today" = May 30)
           call("c2", "A_E_tamim_tinubu_2025_05_30", [TAMIM, TINUBU], "2025-05-30", caller=TAMIM),
           # "President Bassirou Diomaye Faye of Senegal has also been in touch with President Tinubu" (not said to be a
           # call; no day)
           call("c3", "A_E_faye_tinubu_2025_05", [FAYE, TINUBU], None, required=False),
           # "held a video call on Thursday night with Vice-President Kashim Shettima, ... Bago and ... Zubaida Umar" (NTA
           # "aired footage of the call"; no caller)
           call("c4", "A_E_tinubu_videocall_2025_05_29", [TINUBU, SHETTIMA, BAGO, UMAR], "2025-05-29"),
           # "Channels Television had earlier reported that the President tried to reach Governor Bago by phone on Thursday
           # morning but could not get through" (attempted)
           call("c5", "A_A_tinubu_bago_2025_05_29", [TINUBU, BAGO], "2025-05-29", status="attempted", caller=TINUBU)],
    rb=[rb("c1", "X", True), rb("c2", "X", True), rb("c4", "Nigerian Television Authority", True),
        rb("c5", "Channels Television", True)])

# 3709 republicoftogo.com, Sun 2025-06-01, "Lomé, June 1, 2025 -"; telegraphic headline "Gnassingbé, Tinubu talk ..."
A["3709"] = dict(
    ents=[GNASSINGBE, TINUBU, DUSSEY, TUGGAR, TOURAY,
          "TVT",
          "Togo", "Nigeria",
          "ECOWAS", "ECOWAS Commission", "National Emergency Management Agency"],
    calls=[call("c1", GNASSINGBE_TINUBU, [GNASSINGBE, TINUBU], "2025-05-30"),
           # "The two leaders agreed to speak again before the ECOWAS summit to be held in Abuja later in June" (planned)
           call("c2", "A_P_gnassingbe_tinubu_2025_06", [GNASSINGBE, TINUBU], None, status="planned"),
           # "On Saturday, Foreign Minister Robert Dussey had a telephone conversation with ... Yusuf Maitama Tuggar"
           call("c3", "A_E_dussey_tuggar_2025_05_31", [DUSSEY, TUGGAR], "2025-05-31"),
           # "The same day, Mr Dussey also spoke by phone with the President of the ECOWAS Commission, Omar Alieu Touray"
           call("c4", "A_E_dussey_touray_2025_05_31", [DUSSEY, TOURAY], "2025-05-31")],
    rb=[rb("c1", "TVT", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind38, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline or statement date where the text anchors to it (3704, 3708); where local dates "
        "differ across time zones, the event date is the UTC date of the call (3700-3702). See README.md."),
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
