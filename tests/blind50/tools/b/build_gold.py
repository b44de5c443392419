#!/usr/bin/env python3
"""Build ../gold.json (blind50, part B) from the hand annotation below and the registry of names.

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
ZELENSKY, PAVEL, BABIS, ZEMAN, DUDA, CAPUTOVA, TSAI = (
    "Volodymyr Zelensky", "Petr Pavel", "Andrej Babiš", "Miloš Zeman", "Andrzej Duda", "Zuzana Čaputová",
    "Tsai Ing-wen")
KISHIDA, KRISTERSSON, ERDOGAN, PUTIN, RINKEVICS, ANDERSSON = (
    "Fumio Kishida", "Ulf Kristersson", "Recep Tayyip Erdoğan", "Vladimir Putin", "Edgars Rinkēvičs",
    "Magdalena Andersson")
MNANGAGWA, MSWATI, RAMAPHOSA, NYUSI, LOURENCO, HICHILEMA, XI = (
    "Emmerson Mnangagwa", "Mswati III", "Cyril Ramaphosa", "Filipe Nyusi", "João Lourenço", "Hakainde Hichilema",
    "Xi Jinping")
BOLOJAN, IOHANNIS, SANDU, MACRON, DEWEVER, FIALA, RUTTE = (
    "Ilie Bolojan", "Klaus Iohannis", "Maia Sandu", "Emmanuel Macron", "Bart De Wever", "Petr Fiala", "Mark Rutte")
TRUDEAU, TRUMP, QUEEN = "Justin Trudeau", "Donald Trump", "Elizabeth II"
KULEBA, LIPAVSKY, BLINKEN, PESKOV, PROKUDIN, BILLSTROM, HAAVISTO = (
    "Dmytro Kuleba", "Jan Lipavský", "Antony Blinken", "Dmitry Peskov", "Oleksandr Prokudin", "Tobias Billström",
    "Pekka Haavisto")
CHAMISA, CHARAMBA, CHIGUMBA, MUMBA, MAGWENYA, PANDOR, SHAVA = (
    "Nelson Chamisa", "George Charamba", "Priscilla Chigumba", "Nevers Mumba", "Vincent Magwenya", "Naledi Pandor",
    "Frederick Shava")
PAYETTE, MOE, NOTLEY, PHILIP = "Julie Payette", "Scott Moe", "Rachel Notley", "Prince Philip"

# cross-article events
ZELENSKY_PAVEL = "B_E_zelensky_pavel_2023_01_28"          # 4830 (Interfax-Ukraine, dateline and publication Jan 29:
                                                          # "late yesterday"; no caller: "The team did not say which
                                                          # side had requested it"; Telegram, ČTK); 4831 (RPI interview
                                                          # published Jan 31: "President Zelenskyy rang at about nine in
                                                          # the evening" "on the night of the run-off" = Saturday's
                                                          # run-off: caller Zelensky)
KRISTERSSON_ZELENSKY = "B_E_kristersson_zelensky_2023_06_06"  # 4832 (live blog of June 6, 9:40 PM entry: "had
                                                          # discussed the disaster with", no caller; Twitter); 4833
                                                          # (Radio Sweden, Wed June 7: "rang ... on Tuesday evening",
                                                          # caller Kristersson; "told the news agency TT"); 4834 (The
                                                          # Local, June 30, in passing: "On June 6th, the Kakhovka dam
                                                          # ... By that evening Kristersson was on the line to Volodymyr
                                                          # Zelenskyy": the day told by the event; no outlet)
RAMAPHOSA_MNANGAGWA = "B_E_ramaphosa_mnangagwa_2023_08_27"  # 4835 (The Herald, Tue Aug 29: "on Sunday ... telephoned
                                                          # the President"; ZBC News, X); 4836 (SABC News, no dateline:
                                                          # "this afternoon", the date only in the metadata, Aug 27;
                                                          # "has phoned"; News24 "first reported the call")
TRUMP_TRUDEAU = "B_E_trump_trudeau_2018_04_07"            # 4838 (CBC, Sat Apr 7: "called ... on Saturday afternoon";
                                                          # Twitter "Hours later"); 4839 (CP, Mon Apr 9: "placed a call
                                                          # to Trudeau on Saturday", the White House readout: no outlet)
TRUDEAU_MOE = "B_E_trudeau_moe_2018_04_06"                # 4838 ("spoke with Premier Scott Moe by phone late Friday", no
                                                          # caller; Moe's spokesperson "confirmed the conversation to The
                                                          # Canadian Press"); 4839 ("the prime minister phoned him on
                                                          # the night of the crash" = Friday's crash: caller Trudeau;
                                                          # "In an interview aired on CTV's Question Period")

# 4830 Interfax-Ukraine, Sun 2023-01-29: wire, "KYIV. Jan 29 (Interfax-Ukraine) –", telegraphic headline
A["4830"] = dict(
    ents=[ZELENSKY, PAVEL, BABIS, ZEMAN, KULEBA, LIPAVSKY, "Interfax-Ukraine", "Telegram", "Czech News Agency",
          "Twitter", "NATO", "European Union", "Ukraine", "Czech Republic"],
    calls=[# "had a telephone conversation late yesterday with Petr Pavel" (yesterday against the dateline and the
           # publication day, Jan 29 = Jan 28); "The team did not say which side had requested it" (no caller here)
           call("c1", ZELENSKY_PAVEL, [ZELENSKY, PAVEL], "2023-01-28"),
           # ministers: "Kuleba spoke by phone on Friday with his Czech counterpart Jan Lipavský" (Jan 27)
           call("c2", "B_E_kuleba_lipavsky_2023_01_27", [KULEBA, LIPAVSKY], "2023-01-27")],
    # "Zelensky wrote on his Telegram channel on Sunday morning"; "The Czech News Agency (ČTK), citing a member of
    # Pavel's campaign team, reported that the conversation lasted"; "Kuleba said on Twitter"; the publisher's own
    # dateline is not required. "whether he would ring the winner" (Babiš) is not a call.
    rb=[rb("c1", "Telegram", True), rb("c1", "Czech News Agency", True), rb("c2", "Twitter", True),
        rb("c1", "Interfax-Ukraine", False), rb("c2", "Interfax-Ukraine", False)])

# 4831 Radio Prague International, Tue 2023-01-31: transcript-like Q&A, recorded "on Monday evening" (Jan 30)
A["4831"] = dict(
    ents=[PAVEL, ZELENSKY, DUDA, CAPUTOVA, TSAI, BABIS, ZEMAN, "Tereza Vlčková-Hendl", "Radio Prague International",
          "Radiožurnál", "Czech Republic", "Ukraine", "Poland", "Taiwan", "China"],
    calls=[# "on the night of the run-off ... President Zelenskyy rang at about nine in the evening" (Saturday's run-off)
           call("c1", ZELENSKY_PAVEL, [ZELENSKY, PAVEL], "2023-01-28", caller=ZELENSKY),
           # "President Duda called me on Sunday morning" (Jan 29)
           call("c2", "B_E_duda_pavel_2023_01_29", [DUDA, PAVEL], "2023-01-29", caller=DUDA),
           # "This morning you spoke by telephone with Taiwan's President Tsai Ing-wen": the morning of the recording
           # day, Monday Jan 30 (not the publication day); no caller
           call("c3", "B_E_pavel_tsai_2023_01_30", [PAVEL, TSAI], "2023-01-30"),
           # "With President Čaputová I have a telephone call arranged for Wednesday" (planned, Feb 1)
           call("c4", "B_P_pavel_caputova_2023_02_01", [PAVEL, CAPUTOVA], "2023-02-01", status="planned")],
    # No outlet credited; the publisher (RPI) and its sister station Radiožurnál, which broadcast the interview, are
    # self-citations (not required). "Has Andrej Babiš called you?" - "No" is a negation (not annotated); the meeting
    # asked of Zeman is in person.
    rb=[rb(c, o, False) for c in ("c1", "c2", "c3", "c4") for o in ("Radio Prague International", "Radiožurnál")])

# 4832 The Kyiv Independent, live blog of Tue 2023-06-06 (Kyiv time, newest first); title blank in the metadata
A["4832"] = dict(
    ents=[ZELENSKY, KISHIDA, KRISTERSSON, ERDOGAN, PUTIN, KULEBA, BLINKEN, PESKOV, PROKUDIN, "Bohdana Kalynovych",
          "Petro Savchenko-Lis", "The Kyiv Independent", "Twitter", "Anadolu Agency", "Suspilne Kherson",
          "National Security and Defense Council", "Communications Directorate", "State Department", "G7",
          "European Union", "Ukraine", "Japan", "Sweden", "Turkey", "Russia", "United States"],
    calls=[# 11:52 PM: "Kishida called President Volodymyr Zelensky at about 10:30 p.m. Kyiv time, when it was already
           # 4:30 a.m. on Wednesday in Tokyo" = 19:30 UTC on Tuesday: 2023-06-06 (a builder taking Tokyo's day says 06-07)
           call("c1", "B_E_kishida_zelensky_2023_06_06", [KISHIDA, ZELENSKY], "2023-06-06", caller=KISHIDA),
           # 9:40 PM: "Zelensky said he had discussed the disaster with ... Kristersson" (entry headline "Zelensky speaks
           # with Kristersson"; required: see README, doubtful cases)
           call("c2", KRISTERSSON_ZELENSKY, [KRISTERSSON, ZELENSKY], "2023-06-06"),
           # 7:15 PM: "will speak by phone with Zelensky and, separately, with ... Putin on Wednesday" (planned, June 7)
           call("c3", "B_P_erdogan_zelensky_2023_06_07", [ERDOGAN, ZELENSKY], "2023-06-07", status="planned"),
           call("c4", "B_P_erdogan_putin_2023_06_07", [ERDOGAN, PUTIN], "2023-06-07", status="planned"),
           # 4:20 PM, ministers: "had briefed U.S. Secretary of State Antony Blinken by phone" (no caller)
           call("c5", "B_E_kuleba_blinken_2023_06_06", [KULEBA, BLINKEN], "2023-06-06")],
    # Zelensky "wrote on Twitter" (c1, c2), Kuleba "wrote on Twitter" (c5); Anadolu "reported, citing the presidency's
    # Communications Directorate" (the planned calls). The Kyiv Independent is the publisher (membership line).
    # "Zelensky called an emergency meeting", Peskov "called the destruction", "call the emergency line 101" are not
    # calls; Suspilne Kherson aired footage of the flood, not of a call.
    rb=[rb("c1", "Twitter", True), rb("c2", "Twitter", True), rb("c5", "Twitter", True),
        rb("c3", "Anadolu Agency", True), rb("c4", "Anadolu Agency", True),
        rb("c1", "The Kyiv Independent", False), rb("c2", "The Kyiv Independent", False),
        rb("c5", "The Kyiv Independent", False)])

# 4833 Radio Sweden, Wed 2023-06-07: short brief, no dateline
A["4833"] = dict(
    ents=[KRISTERSSON, ZELENSKY, BILLSTROM, KULEBA, HAAVISTO, RINKEVICS, ANDERSSON, "Radio Sweden", "TT",
          "Sveriges Radio", "Swedish Civil Contingencies Agency", "European Commission", "Foreign Ministry (Sweden)",
          "European Union", "Ukraine", "Sweden", "Finland", "Latvia", "Russia"],
    calls=[# "rang Ukraine's President Volodymyr Zelensky on Tuesday evening" (June 6; caller Kristersson)
           call("c1", KRISTERSSON_ZELENSKY, [KRISTERSSON, ZELENSKY], "2023-06-06", caller=KRISTERSSON),
           # "A first attempt in the afternoon could not be put through" (attempted, June 6; the one who rang tried)
           call("c2", "B_A_kristersson_zelensky_2023_06_06", [KRISTERSSON, ZELENSKY], "2023-06-06",
                status="attempted", caller=KRISTERSSON),
           # "took part on Wednesday morning in a video meeting of Nordic and Baltic foreign ministers with Ukraine's
           # Dmytro Kuleba. Finland's Pekka Haavisto and Latvia's Edgars Rinkevics ... were among those who joined"
           # (June 7; no caller; Rinkēvičs, president-elect, typed Leader)
           call("c3", "B_E_nb8_kuleba_video_2023_06_07", [BILLSTROM, KULEBA, HAAVISTO, RINKEVICS], "2023-06-07")],
    # "Kristersson told the news agency TT on Wednesday morning" (a statement to an agency about the call); "according
    # to the Foreign Ministry" is an organization; Radio Sweden (the publisher, named in the app line) not required.
    rb=[rb("c1", "TT", True), rb("c1", "Radio Sweden", False), rb("c3", "Radio Sweden", False)])

# 4834 The Local Sweden, Fri 2023-06-30: feature mentioning calls in passing; URL blank in the metadata
A["4834"] = dict(
    ents=[KRISTERSSON, ZELENSKY, ERDOGAN, "Linnea Åkerholm-Brandt", "The Local Sweden", "Expressen", "NATO", "PKK",
          "European Union", "Sweden", "Turkey", "Ukraine", "Spain"],
    calls=[# "On June 6th, the Kakhovka dam ... was blown apart ... By that evening Kristersson was on the line to
           # Volodymyr Zelenskyy" (no caller)
           call("c1", KRISTERSSON_ZELENSKY, [KRISTERSSON, ZELENSKY], "2023-06-06"),
           # "When Recep Tayyip Erdogan won his run-off on May 28th, Kristersson rang him the following day" (May 29)
           call("c2", "B_E_kristersson_erdogan_2023_05_29", [KRISTERSSON, ERDOGAN], "2023-05-29", caller=KRISTERSSON)],
    # "Expressen reported at the time that the call lasted barely ten minutes". No outlet for the Zelenskyy call; the
    # publisher ("The Local looks at") is not required. The meeting hoped for in Vilnius is in person.
    rb=[rb("c2", "Expressen", True), rb("c1", "The Local Sweden", False), rb("c2", "The Local Sweden", False)])

# 4835 The Herald (Harare), Tue 2023-08-29: a list of congratulation calls, no dateline
A["4835"] = dict(
    ents=[MNANGAGWA, MSWATI, RAMAPHOSA, NYUSI, LOURENCO, HICHILEMA, XI, PUTIN, CHAMISA, CHARAMBA, CHIGUMBA, MUMBA,
          "Tendai Mashingaidze-Moyo", "The Herald", "ZBC News", "X", "NewsDay", "Zimbabwe Electoral Commission",
          "Citizens Coalition for Change", "SADC", "SADC Electoral Observation Mission", "Zanu PF",
          "Presidency (South Africa)", "Zimbabwe", "Eswatini", "South Africa", "Mozambique", "Angola", "Zambia"],
    calls=[# "PRESIDENT Mnangagwa yesterday received a telephone call from His Majesty King Mswati III" (Mon Aug 28)
           call("c1", "B_E_mswati_mnangagwa_2023_08_28", [MSWATI, MNANGAGWA], "2023-08-28", caller=MSWATI),
           # "those made on Sunday by ... Ramaphosa and ... Nyusi, both of whom telephoned the President" (Aug 27)
           call("c2", RAMAPHOSA_MNANGAGWA, [RAMAPHOSA, MNANGAGWA], "2023-08-27", caller=RAMAPHOSA),
           call("c3", "B_E_nyusi_mnangagwa_2023_08_27", [NYUSI, MNANGAGWA], "2023-08-27", caller=NYUSI),
           # "is also expected to speak with the SADC chairperson, ... João Lourenço, this week" (planned, null; does
           # not say phone: not required, as the blindset's 025 c4)
           call("c4", "B_P_mnangagwa_lourenco_2023_08", [MNANGAGWA, LOURENCO], None, status="planned",
                required=False),
           # NewsDay's story "which claimed that ... Hichilema had telephoned President Mnangagwa on Saturday" - "No
           # such call took place" (denied; claimed caller Hichilema; Sat Aug 26)
           call("c5", "B_D_hichilema_mnangagwa_2023_08_26", [HICHILEMA, MNANGAGWA], "2023-08-26", status="denied",
                caller=HICHILEMA)],
    # Charamba "told ZBC News on Sunday night that the President had spoken to both neighbouring leaders" (c2, c3);
    # "South Africa's Presidency later posted on X" (c2, two paragraphs after the call); NewsDay carried the denied
    # claim. The Herald (sign-off) is the publisher. Xi's and Putin's messages are not calls.
    rb=[rb("c2", "ZBC News", True), rb("c3", "ZBC News", True), rb("c2", "X", True), rb("c5", "NewsDay", True),
        rb("c1", "The Herald", False), rb("c2", "The Herald", False), rb("c3", "The Herald", False)])

# 4836 SABC News, Sun 2023-08-27: telegraphic headline, no dateline ("this afternoon": the date only in the
# metadata); outlet blank in the metadata
A["4836"] = dict(
    ents=[RAMAPHOSA, MNANGAGWA, CHAMISA, MAGWENYA, PANDOR, SHAVA, "SABC News", "News24",
          "Presidency (South Africa)", "Citizens Coalition for Change", "SADC",
          "Department of International Relations and Cooperation", "Democratic Alliance", "South Africa",
          "Zimbabwe"],
    calls=[# "has phoned his Zimbabwean counterpart Emmerson Mnangagwa"; "the call took place this afternoon"
           call("c1", RAMAPHOSA_MNANGAGWA, [RAMAPHOSA, MNANGAGWA], "2023-08-27", caller=RAMAPHOSA),
           # ministers: "On Saturday, ... Naledi Pandor spoke by phone with ... Frederick Shava" (Aug 26)
           call("c2", "B_E_pandor_shava_2023_08_26", [PANDOR, SHAVA], "2023-08-26")],
    # "News24 first reported the call earlier this evening, citing an official"; "Magwenya told SABC News" (the
    # publisher: not required); DIRCO "said" (an organization). Chamisa "will not be calling Mnangagwa" is a negation;
    # "called Ramaphosa's call 'premature'" is the same call.
    rb=[rb("c1", "News24", True), rb("c1", "SABC News", False), rb("c2", "SABC News", False)])

# 4837 Romania Insider, Thu 2025-02-20: the Presidential Administration's statement reposted
A["4837"] = dict(
    ents=[BOLOJAN, MACRON, TRUDEAU, DEWEVER, FIALA, IOHANNIS, ZELENSKY, SANDU, RUTTE, DUDA, "Radu Ionescu-Vâlcea",
          "Romania Insider", "Agerpres", "X", "Presidential Administration (Romania)", "NATO", "Romania", "France",
          "Canada", "Belgium", "Czech Republic", "Ukraine", "Moldova"],
    calls=[# "On Wednesday, February 19, 2025, interim President ... participated by videoconference in the meeting ...
           # convened by ... Macron. The meeting was also attended by ... Trudeau, ... De Wever, and ... Fiala"
           # (convened: no caller; the unnamed "other European leaders" left out)
           call("c1", "B_E_macron_videoconference_2025_02_19", [BOLOJAN, MACRON, TRUDEAU, DEWEVER, FIALA],
                "2025-02-19"),
           # "On Thursday, February 13, Bolojan spoke by phone with ... Maia Sandu, in a call held at the initiative of
           # the Moldovan side"
           call("c2", "B_E_sandu_bolojan_2025_02_13", [SANDU, BOLOJAN], "2025-02-13", caller=SANDU),
           # "On the day he took office [Wednesday, February 12], Bolojan had a telephone conversation with ...
           # Zelensky" (no caller)
           call("c3", "B_E_zelensky_bolojan_2025_02_12", [ZELENSKY, BOLOJAN], "2025-02-12"),
           # "Bolojan has also spoken with NATO Secretary General Mark Rutte" (not said to be a call; no day)
           call("c4", "B_E_bolojan_rutte_2025_02", [BOLOJAN, RUTTE], None, required=False),
           # "A phone conversation with Polish President Andrzej Duda is scheduled for next week" (planned, null)
           call("c5", "B_P_bolojan_duda_2025_02", [BOLOJAN, DUDA], None, status="planned")],
    # "The communiqué on the videoconference was also carried by the national news agency Agerpres" (named once, at
    # the end: c1); "Zelensky wrote on X" (c3). The Presidential Administration is an organization; Romania Insider is
    # the publisher (newsletter line). "The Government has called the presidential election" is not a call.
    rb=[rb("c1", "Agerpres", True), rb("c3", "X", True), rb("c1", "Romania Insider", False),
        rb("c2", "Romania Insider", False), rb("c3", "Romania Insider", False)])

# 4838 CBC News, Sat 2018-04-07: a round-up of one day's condolence calls
A["4838"] = dict(
    ents=[TRUMP, TRUDEAU, MOE, PAYETTE, QUEEN, PHILIP, "Stephanie Krawchuk-Lang", "CBC News", "Twitter",
          "The Canadian Press", "RCMP", "Saskatchewan Health Authority", "Humboldt Broncos", "Canada",
          "United States"],
    calls=[# "Trump called Prime Minister Justin Trudeau on Saturday afternoon"
           call("c1", TRUMP_TRUDEAU, [TRUMP, TRUDEAU], "2018-04-07", caller=TRUMP),
           # "Trudeau spoke with Premier Scott Moe by phone late Friday" (Apr 6; no caller here)
           call("c2", TRUDEAU_MOE, [TRUDEAU, MOE], "2018-04-06"),
           # "Gov. Gen. Julie Payette telephoned Moe on Saturday morning" (two Persons)
           call("c3", "B_E_payette_moe_2018_04_07", [PAYETTE, MOE], "2018-04-07", caller=PAYETTE)],
    # Trump "wrote on Twitter" hours later (c1); "A spokesperson for Moe confirmed the conversation to The Canadian
    # Press" (c2, a statement to an agency); "With files from The Canadian Press" (wire credit, not required); CBC
    # News is the publisher. The Queen's message, Payette's statement, "officers were called", "Moe called the crash",
    # "call HealthLine 811" are not calls; the share bar is page furniture.
    rb=[rb("c1", "Twitter", True), rb("c2", "The Canadian Press", True), rb("c1", "The Canadian Press", False),
        rb("c3", "The Canadian Press", False), rb("c1", "CBC News", False), rb("c2", "CBC News", False),
        rb("c3", "CBC News", False)])

# 4839 Global News (The Canadian Press), Mon 2018-04-09: wire, "HUMBOLDT, Sask. —", CP byline and publication line
A["4839"] = dict(
    ents=[TRUDEAU, MOE, NOTLEY, TRUMP, "Darnell Okafor-Reimer", "The Canadian Press", "CTV", "White House", "RCMP",
          "National Hockey League", "Humboldt Broncos", "United States"],
    calls=[# "the prime minister phoned him on the night of the crash" (Friday's crash: Apr 6; caller Trudeau)
           call("c1", TRUDEAU_MOE, [TRUDEAU, MOE], "2018-04-06", caller=TRUDEAU),
           # "The White House said in a readout that President Donald Trump placed a call to Trudeau on Saturday"
           call("c2", TRUMP_TRUDEAU, [TRUMP, TRUDEAU], "2018-04-07", caller=TRUMP),
           # "had also spoken by phone with Alberta Premier Rachel Notley on Sunday morning" (two Persons; Apr 8)
           call("c3", "B_E_moe_notley_2018_04_08", [MOE, NOTLEY], "2018-04-08")],
    # "In an interview aired on CTV's Question Period on Sunday, Moe said the prime minister phoned him" (c1); the
    # White House readout is an organization's; The Canadian Press is the wire that wrote the story (not required).
    # "He didn't have to make that call" is the same call; "call 811" is not a call.
    rb=[rb("c1", "CTV", True), rb("c1", "The Canadian Press", False), rb("c2", "The Canadian Press", False),
        rb("c3", "The Canadian Press", False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind50, part B): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline or the recording day where the text anchors to it (4830, 4831); where local dates differ across time zones, the UTC date of the call (4832 c1). "
        "See README.md."),
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
