#!/usr/bin/env python3
"""Build ../gold.json (blind58, part A) from the hand annotation below and the registry of names.

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
MIL, MOD, JUG = "Javier Milei", "Narendra Modi", "Pravind Jugnauth"
M6, GHA, FAYE, TEB = "Mohammed VI", "Mohamed Ould Cheikh El Ghazouani", "Bassirou Diomaye Faye", "Abdelmadjid Tebboune"
NAW, SUL, PAV, ZEL, TUSK, ORB, PEL = "Karol Nawrocki", "Tamás Sulyok", "Petr Pavel", "Volodymyr Zelensky", "Donald Tusk", \
    "Viktor Orbán", "Peter Pellegrini"
MERZ, FIA, KKS, WAD, SIK = "Friedrich Merz", "Petr Fiala", "Karin Keller-Sutter", "Johann Wadephul", "Radosław Sikorski"
YUN, SHE, HOS, DAR, JAI = "Muhammad Yunus", "Shehbaz Sharif", "Md Touhid Hossain", "Ishaq Dar", "S. Jaishankar"
PENA, LULA, VIE, RAM = "Santiago Peña", "Luiz Inácio Lula da Silva", "Mauro Vieira", "Rubén Ramírez Lezcano"

# cross-article events (3, all occurred and required)
MIL_MOD = "A_E_milei_modi_2024_06_06"
# 4980 (Buenos Aires Times, Thu 6 Jun): "telephoned ... Modi late on Wednesday night", "at about 11.10pm Buenos Aires
# time, when it was already Thursday morning in New Delhi" (caller Milei; X post quoted five paragraphs later; Adorni
# "confirmed the call to the Noticias Argentinas agency"). 23:10 in Buenos Aires (UTC-3) is 02:10 UTC on Thursday
# 6 June (07:40 in New Delhi): the event date is the UTC date (blindset convention), not Buenos Aires's 5 June.
# 4981 (The Tribune, Thu 6 Jun, "New Delhi:" with no date): "spoke over the phone early today" (no caller; the day only
# in the metadata; Modi's X post).
M6_GHA = "A_E_mohammed6_ghazouani_2024_07_02"
# 4982 (Hespress English, Tue 2 Jul, Royal Cabinet communiqué reposted): "made a phone call on Tuesday to" (caller the
# King; "carried in full by the Maghreb Arabe Presse (MAP)", named once at the end). 4983 (Asharq Al-Awsat, Thu 4 Jul,
# "Nouakchott -", no date in the text): "received a phone call from Morocco's King Mohammed VI two days ago" (caller
# the King; no outlet credited); the name written "Mohamed Ould Ghazouani".
SUL_NAW = "A_E_sulyok_nawrocki_2025_08_07"
# 4984 (Polskie Radio (PAP), Fri 8 Aug): "held a telephone conversation with ... Tamas Sulyok", "on Thursday afternoon",
# "without saying which of them had requested the conversation" (no caller; X photograph, TVP Info "aired the same
# footage"). 4985 (Hungary Today, Fri 8 Aug): "telephoned Karol Nawrocki yesterday" (caller Sulyok; "statement to the
# state news agency MTI"). 4988 (Notes from Poland, Mon 25 Aug, feature, in passing): "rang him the day after his
# swearing-in", sworn in "on 6 August" (a day told by an event; caller Sulyok).

# 4980 Buenos Aires Times, Thu 2024-06-06: staff story, byline, share bar
A["4980"] = dict(
    ents=[MIL, MOD, "Diana Mondino", JAI, "Manuel Adorni", "Luis Caputo", "Lucía Ferreyra-Ocampo",
          "X", "Noticias Argentinas",
          "Argentina", "India", "Spain"],
    calls=[call("c1", MIL_MOD, [MIL, MOD], "2024-06-06", caller=MIL),
           # ministers: "is expected to follow up with ... Subrahmanyam Jaishankar by phone in the coming weeks" (null)
           call("c2", "A_P_mondino_jaishankar_2024_06", ["Diana Mondino", JAI], None, status="planned")],
    # "he called the wife of Spain's prime minister 'corrupt'"; "a Foreign Ministry source said" (no outlet);
    # "Share this article: Facebook | X | WhatsApp" is page furniture
    rb=[rb("c1", "X", True), rb("c1", "Noticias Argentinas", True)])

# 4981 The Tribune, Thu 2024-06-06: short brief, telegraphic headline, "New Delhi:" dateline without a date; URL blank
A["4981"] = dict(
    ents=[MOD, MIL, JUG, "Jawaharlal Nehru",
          "Tribune News Service", "X",
          "India", "Argentina", "Mauritius",
          "National Democratic Alliance", "Bharatiya Janata Party", "Indian National Congress"],
    calls=[call("c1", MIL_MOD, [MOD, MIL], "2024-06-06"),
           # "On Wednesday evening, ... Pravind Jugnauth had telephoned Modi" (= Jun 5, caller Jugnauth)
           call("c2", "A_E_jugnauth_modi_2024_06_05", [JUG, MOD], "2024-06-05", caller=JUG)],
    # "Jugnauth called the result 'a tribute'"; "according to an official readout" (no outlet); "the Congress has called
    # a meeting"; Tribune News Service is the publisher's own service
    rb=[rb("c1", "X", True)])

# 4982 Hespress English, Tue 2024-07-02: Royal Cabinet communiqué reposted, "Rabat -"
A["4982"] = dict(
    ents=[M6, GHA, "Nasser Bourita", "Mohamed Salem Ould Merzoug",
          "Hespress English", "Maghreb Arabe Presse",
          "Morocco", "Mauritania",
          "Royal Cabinet"],
    calls=[call("c1", M6_GHA, [M6, GHA], "2024-07-02", caller=M6),
           # ministers: "is due to hold a phone call with his Mauritanian counterpart, Mohamed Salem Ould Merzoug, in the
           # coming days" (null)
           call("c2", "A_P_bourita_ouldmerzoug_2024_07", ["Nasser Bourita", "Mohamed Salem Ould Merzoug"], None,
                status="planned")],
    # "a diplomatic source told Hespress" is the publisher citing itself; "Follow Hespress English on Facebook and
    # Instagram" is page furniture
    rb=[rb("c1", "Maghreb Arabe Presse", True), rb("c2", "Hespress English", False)])

# 4983 Asharq Al-Awsat, Thu 2024-07-04: news feature, "Nouakchott -", byline; no outlet credited for any call
A["4983"] = dict(
    ents=[GHA, FAYE, M6, TEB, "Biram Dah Abeid", "Sidi Ahmed Ould Bahah-Ely",
          "Mauritania", "Senegal", "Morocco", "Algeria",
          "Independent National Electoral Commission (Mauritania)", "African Union"],
    calls=[# "called Ould Ghazouani on the night the results were announced" (announced "on Monday" = Jul 1; caller Faye)
           call("c1", "A_E_faye_ghazouani_2024_07_01", [FAYE, GHA], "2024-07-01", caller=FAYE),
           call("c2", M6_GHA, [M6, GHA], "2024-07-02", caller=M6),
           # "On Wednesday, he spoke by telephone with ... Tebboune, who had phoned" (= Jul 3, caller Tebboune)
           call("c3", "A_E_tebboune_ghazouani_2024_07_03", [TEB, GHA], "2024-07-03", caller=TEB)],
    # "called them 'a theft'"; "the Mauritanian presidency said" (an organization, not an outlet)
    rb=[])

# 4984 Polskie Radio (PAP), Fri 2025-08-08: radio news site, "(PAP/IAR/jh)", "Source: Polskie Radio"
A["4984"] = dict(
    ents=[NAW, SUL, PAV, ZEL, TUSK, "Rafał Trzaskowski", "Rafał Leśkiewicz",
          "X", "TVP Info", "Gazeta Wyborcza", "Polskie Radio", "PAP",
          "Poland", "Hungary", "Ukraine",
          "Chancellery of the President of Poland", "Visegrad Group", "Institute of National Remembrance",
          "Law and Justice", "NATO"],
    calls=[call("c1", SUL_NAW, [NAW, SUL], "2025-08-07"),
           # "is also due to speak by phone with Czech President Petr Pavel next week" (null)
           call("c2", "A_P_nawrocki_pavel_2025_08", [NAW, PAV], None, status="planned"),
           # Gazeta Wyborcza's report "that ... Zelensky had phoned Nawrocki on the evening of his inauguration"
           # (Wednesday = Aug 6); "There was no such conversation on Wednesday" (denied, claimed caller Zelensky)
           call("c3", "A_D_zelensky_nawrocki_2025_08_06", [ZEL, NAW], "2025-08-06", status="denied", caller=ZEL)],
    # "Tusk called the prospect of a conflict"; "what he called Kyiv's ingratitude"; PAP is the wire credit
    rb=[rb("c1", "X", True), rb("c1", "TVP Info", True), rb("c3", "Gazeta Wyborcza", True), rb("c1", "PAP", False)])

# 4985 Hungary Today, Fri 2025-08-08: byline, "Read more" teasers
A["4985"] = dict(
    ents=[SUL, NAW, TUSK, ORB, PEL, "Katalin Novák", "Péter Szijjártó", "Zsófia Varga-Lendvai",
          "MTI", "Facebook", "Hungary Today",
          "Hungary", "Poland", "Ukraine",
          "Sándor Palace", "European Union", "Law and Justice"],
    calls=[call("c1", SUL_NAW, [SUL, NAW], "2025-08-07", caller=SUL),
           # "is also scheduled to speak by telephone with Slovak President Peter Pellegrini on Monday" (= Aug 11)
           call("c2", "A_P_sulyok_pellegrini_2025_08_11", [SUL, PEL], "2025-08-11", status="planned")],
    # "in a statement to the state news agency MTI": required. The Facebook post, quoted "several hours after the
    # call", wishes Nawrocki well without saying there was a call: not required (blind57's 4964 X post). Orbán "sent ...
    # a letter" (no call)
    rb=[rb("c1", "MTI", True), rb("c1", "Facebook", False)])

# 4986 DW, Tue 2025-05-06: live blog, CEST stamps, newest first; title blank in the metadata
A["4986"] = dict(
    ents=[MERZ, KKS, FIA, "Frank-Walter Steinmeier", WAD, SIK,
          "DW", "dpa", "X",
          "Germany", "Switzerland", "Czech Republic", "Poland",
          "Bundestag"],
    calls=[# 19:05: "who called Merz shortly after the swearing-in ceremony" (caller Keller-Sutter); her X post at 22:10
           call("c1", "A_E_kellersutter_merz_2025_05_06", [KKS, MERZ], "2025-05-06", caller=KKS),
           # 20:15: "is due to speak by phone with ... Petr Fiala later this evening"
           call("c2", "A_P_merz_fiala_2025_05_06", [MERZ, FIA], "2025-05-06", status="planned"),
           # 22:50: "did speak this evening, shortly after 10 p.m." (no caller; "the dpa news agency learned")
           call("c3", "A_E_merz_fiala_2025_05_06", [MERZ, FIA], "2025-05-06"),
           # 21:30 ministers: "had a first telephone call this evening with ... Radoslaw Sikorski" (no caller)
           call("c4", "A_E_wadephul_sikorski_2025_05_06", [WAD, SIK], "2025-05-06")],
    # "according to the chancellery", "His ministry says", "a government spokesperson has told reporters" (no outlet);
    # "Opposition leaders called the morning's result"; DW is the publisher
    rb=[rb("c1", "X", True), rb("c3", "dpa", True)])

# 4987 The Business Standard, Sun 2025-04-27: transcript-like Q&A
A["4987"] = dict(
    ents=[HOS, DAR, JAI, YUN, SHE, MOD, "Tanvir Ahmed Chowdhury",
          "The Business Standard", "India Today",
          "Bangladesh", "India", "Pakistan"],
    calls=[# "Mr Dar called me on Thursday" (= Apr 24, caller Dar)
           call("c1", "A_E_dar_hossain_2025_04_24", [DAR, HOS], "2025-04-24", caller=DAR),
           # "I tried to reach him by phone on Friday, but ... it was not possible" (= Apr 25, attempted, caller Hossain)
           call("c2", "A_A_hossain_jaishankar_2025_04_25", [HOS, JAI], "2025-04-25", status="attempted", caller=HOS),
           # India Today "reported on Wednesday that the Chief Adviser had phoned ... Shehbaz Sharif that day"; "No such
           # conversation took place" (denied, claimed caller Yunus, Wednesday = Apr 23)
           call("c3", "A_D_yunus_shehbaz_2025_04_23", [YUN, SHE], "2025-04-23", status="denied", caller=YUN)],
    # "he has called for restraint"; the Bangkok meeting is in person; "I hope we will speak soon" (no plan);
    # TBS is the interviewer and publisher; "Share on: Facebook | X | LinkedIn | WhatsApp" is page furniture
    rb=[rb("c3", "India Today", True)])

# 4988 Notes from Poland, Mon 2025-08-25: feature, calls in passing
A["4988"] = dict(
    ents=[NAW, SUL, ORB, TUSK, MERZ, "Donald Trump", ZEL, "Emmanuel Macron", "Vladimir Putin",
          "Tomasz Wierzbicki-Hall", "Marta Zielonka-Brandt",
          "Notes from Poland", "Rzeczpospolita", "Handelsblatt",
          "Poland", "Hungary", "Germany", "United States", "Ukraine",
          "Weimar Triangle", "Visegrad Group"],
    calls=[call("c1", SUL_NAW, [SUL, NAW], "2025-08-07", caller=SUL),
           # "Last week, he and German Chancellor Friedrich Merz spoke by phone" (null, no caller)
           call("c2", "A_E_tusk_merz_2025_08_lastweek", [TUSK, MERZ], None),
           # "on 13 August, when he joined a video conference hosted by Merz in Berlin with ... Trump, ... Zelensky and
           # several European leaders, including France's Emmanuel Macron" (five named; the host is no caller)
           call("c3", "A_E_merz_video_2025_08_13", [NAW, MERZ, "Donald Trump", ZEL, "Emmanuel Macron"], "2025-08-13")],
    # "have not spoken by phone in more than a year" (a negation: not annotated); "A government official told Notes from
    # Poland" (self, not about a call); the Putin summit in Alaska is in person. Rzeczpospolita "reported, citing the
    # German daily Handelsblatt": both carried the Tusk-Merz call
    rb=[rb("c2", "Rzeczpospolita", True), rb("c2", "Handelsblatt", True)])

# 4989 Reuters, Thu 2025-04-03: wire, "ASUNCION, April 3 (Reuters) -", names without accents
A["4989"] = dict(
    ents=[PENA, LULA, "Jair Bolsonaro", RAM, VIE, "Carla Benítez-Roa", "Joao Pedro Arruda-Lins", "Mark Hollowell",
          "Reuters", "Radio Ñandutí", "UOL",
          "Paraguay", "Brazil",
          "ABIN"],
    calls=[# "tried to speak by telephone with ... Lula ... on Wednesday ... but the call did not take place" (= Apr 2;
           # attempted, caller Peña: "The president asked for a conversation")
           call("c1", "A_A_pena_lula_2025_04_02", [PENA, LULA], "2025-04-02", status="attempted", caller=PENA),
           # ministers: "Mauro Vieira, called Ramirez Lezcano on Tuesday" (= Apr 1, caller Vieira)
           call("c2", "A_E_vieira_ramirezlezcano_2025_04_01", [VIE, RAM], "2025-04-01", caller=VIE)],
    # "told local radio station Nanduti" (the attempted call): required; UOL reported the spying, not a call; "according
    # to Brazil's foreign ministry" (organization); "Opposition senators ... called for"; Reuters is the publisher
    rb=[rb("c1", "Radio Ñandutí", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind58, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government, a king, a Swiss President of the Confederation and ministers, with "
        "plausible invented calls. Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only "
        "(not in-person meetings, letters or messages). 'required' items are stated plainly in the text and count for "
        "recall; required=false items are accepted but not demanded. 'event' ties mentions of the same real-world call "
        "across articles; a planned call and the call that later took place are different events (one status per event). "
        "Dates are resolved against the publication date (4981 and 4983 give no date in the text), or the day the text "
        "anchors to (4983: the night the results were announced on Monday; 4988: the day after the swearing-in of 6 "
        "August); where local dates differ across time zones, the event date is the UTC date of the call (4980: 23:10 "
        "in Buenos Aires on 5 June is 02:10 UTC on 6 June). See README.md."),
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
