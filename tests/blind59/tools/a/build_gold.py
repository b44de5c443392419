#!/usr/bin/env python3
"""Build ../gold.json (blind59, part A) from the hand annotation below and the registry of names.

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
ABE, DRA, COS, SAN = "Robert Abela", "Mario Draghi", "António Costa", "Pedro Sánchez"
BAR, DIM, DBE = "Evarist Bartolo", "Luigi Di Maio", "Abdul Hamid Dbeibah"
MAR, MOR, ARD, TUI, SOG, BRO = "James Marape", "Scott Morrison", "Jacinda Ardern", "Tuilaepa Sailele Malielegaoi", \
    "Manasseh Sogavare", "Mark Brown"
SHE, ABI, DCA, ALV, BAC = "Claudia Sheinbaum", "Luis Abinader", "Miguel Díaz-Canel", "Roberto Álvarez", "Alicia Bárcena"
BIO, BRW, MAH, FAYE, DOU = "Julius Maada Bio", "Adama Barrow", "John Dramani Mahama", "Bassirou Diomaye Faye", \
    "Mamadi Doumbouya"
KAB, ABL, TAN, DIOP = "Timothy Musa Kabba", "Samuel Okudzeto Ablakwa", "Mamadou Tangara", "Abdoulaye Diop"
G7 = [DRA, "Boris Johnson", "Joe Biden", "Angela Merkel", "Emmanuel Macron", "Yoshihide Suga", "Justin Trudeau"]

# cross-article events (5, all occurred and required)
ABE_DRA = "A_E_abela_draghi_2021_02_15"
# 5000 (Times of Malta, Tue 16 Feb): "telephoned Mario Draghi on Monday" (caller Abela; TVM "aired footage"; Facebook post
# quoted six paragraphs later). 5001 (ANSA, "ROME, February 16 (ANSA) -"): "Draghi and ... Abela spoke by phone
# yesterday" (no caller, no outlet). 5002 (The Malta Independent, Sun 7 Mar, feature): "rang Mario Draghi on the Monday
# after the swearing-in", sworn in "on 13 February" (caller Abela; the interview "with Corriere della Sera").
COS_DRA = "A_E_costa_draghi_2021_02_13"
# 5001: "ringing Draghi on the evening of his swearing-in at the Quirinale on Saturday" (caller Costa). 5003 (The
# Portugal News (Lusa), published Sun 14 Feb, dateline "Lisbon, 13 Feb 2021 (Lusa) –"): "telephoned ... this evening"
# (= the dateline's day; caller Costa; Twitter post; RTP "carried the prime minister's message").
TUI_MAR = "A_E_tuilaepa_marape_2021_02_27"
# 5005 (Post-Courier, Mon 1 Mar): "Late on Saturday, Mr Marape also spoke by telephone with ... Tuilaepa" (no caller).
# 5006 (Samoa Observer, Tue 2 Mar): "he rang ... Marape, shortly after midnight on Sunday, Apia time, when it was still
# around 8pm on Saturday in Port Moresby" (caller Tuilaepa). UTC date: Saturday 27 Feb (10:00 UTC with Samoa's
# summer time, 11:00 without). A builder reading 5006 alone will say 28 Feb.
ABI_SHE = "A_E_abinader_sheinbaum_2024_06_03"
# 5004 (Mexico News Daily live blog, Mon 3 Jun, 10:50 a.m. entry): Abinader on X, "This morning I called
# President-elect Claudia Sheinbaum" (caller Abinader). 5009 (Dominican Today, Tue 4 Jun, Presidency statement
# reposted, no dateline): "held a telephone conversation yesterday with ... Claudia Sheinbaum Pardo" (no caller; the
# day from the metadata).
BRW_BIO = "A_E_barrow_bio_2025_06_23"
# 5007 (Awoko, Tue 24 Jun): "spent much of Monday on the telephone ... The first call came in the morning from ...
# Adama Barrow, who telephoned President Bio" (caller Barrow; Gambian Presidency's Facebook photographs). 5008 (The
# Point, Fri 27 Jun, Q&A): "President Barrow called President Bio on Monday, the day after Abuja" (caller Barrow).

# 5000 Times of Malta, Tue 2021-02-16: staff story, standfirst, byline and time stamp, "Read more", newsletter line
A["5000"] = dict(
    ents=[ABE, DRA, BAR, DIM, "Bernard Grech", "Kurt Sammut Grixti",
          "TVM", "Facebook",
          "Malta", "Italy", "Libya",
          "Office of the Prime Minister (Malta)", "European Central Bank", "European Union"],
    calls=[call("c1", ABE_DRA, [ABE, DRA], "2021-02-15", caller=ABE),
           # ministers: "is expected to follow up with his Italian counterpart Luigi Di Maio ... by phone later this
           # week" (null)
           call("c2", "A_P_bartolo_dimaio_2021_02", [BAR, DIM], None, status="planned")],
    # "TVM aired footage of Dr Abela at his desk ... receiver in hand": required (doubtful, README); the Facebook post
    # "Spoke to Prime Minister Mario Draghi this afternoon": required; "Grech called the government's handling";
    # "distress calls" in a teaser; "the Office of the Prime Minister" is an organization
    rb=[rb("c1", "TVM", True), rb("c1", "Facebook", True)])

# 5001 ANSA English, Tue 2021-02-16: wire, "ROME, February 16 (ANSA) -", round-up of calls over three days
A["5001"] = dict(
    ents=[DRA, COS, SAN, ABE, "Sergio Mattarella", "Giuseppe Conte", "Boris Johnson", "Joe Biden", "Angela Merkel",
          "Emmanuel Macron", "Yoshihide Suga", "Justin Trudeau", "Matteo Salvini",
          "ANSA", "Europa Press",
          "Italy", "Portugal", "Spain", "Malta", "Libya",
          "Palazzo Chigi", "European Union", "G7"],
    calls=[call("c1", COS_DRA, [COS, DRA], "2021-02-13", caller=COS),
           # "Draghi took a call from Spanish Premier Pedro Sánchez on Sunday" (= Feb 14, caller Sánchez)
           call("c2", "A_E_sanchez_draghi_2021_02_14", [SAN, DRA], "2021-02-14", caller=SAN),
           call("c3", ABE_DRA, [DRA, ABE], "2021-02-15"),
           # "will make his international debut on Friday, when he joins a G7 video conference chaired by ... Johnson"
           # (= Fri Feb 19; seven named; the chair is no caller)
           call("c4", "A_P_g7_video_2021_02_19", G7, "2021-02-19", status="planned")],
    # Europa Press "reported that Sánchez had invited Draghi" (what was said in the call): required; "according to a
    # readout from Palazzo Chigi" (organization); Mattarella "received the premier" (in person); "Salvini has called
    # for"; ANSA is the publisher (no row)
    rb=[rb("c2", "Europa Press", True)])

# 5002 The Malta Independent, Sun 2021-03-07: analysis feature, calls in passing; URL blank
A["5002"] = dict(
    ents=[ABE, DRA, DBE, BAR, DIM, "Miriam Camilleri-Ferris",
          "Corriere della Sera", "Libya Observer", "The Malta Independent",
          "Malta", "Italy", "Libya",
          "Nationalist Party"],
    calls=[call("c1", ABE_DRA, [ABE, DRA], "2021-02-15", caller=ABE),
           # "On Thursday, Abdul Hamid Dbeibah, ... prime minister-designate, phoned Dr Abela" (= Mar 4, caller Dbeibah)
           call("c2", "A_E_dbeibah_abela_2021_03_04", [DBE, ABE], "2021-03-04", caller=DBE),
           # ministers: "spoke by phone last week" (null; "would not say which day")
           call("c3", "A_E_bartolo_dimaio_2021_03_lastweek", [BAR, DIM], None)],
    # "in an interview with Corriere della Sera ... in which he recalled their first call": required; "according to the
    # Libya Observer": required; "a diplomatic source said" (no outlet); "The Nationalist Party called the government's
    # Libya policy"; "The phone calls are the easy part" (generic)
    rb=[rb("c1", "Corriere della Sera", True), rb("c2", "Libya Observer", True)])

# 5003 The Portugal News (Lusa), Sun 2021-02-14: short brief, telegraphic headline, "Lisbon, 13 Feb 2021 (Lusa) –"
A["5003"] = dict(
    ents=[COS, DRA, "Augusto Santos Silva",
          "Twitter", "RTP", "Lusa",
          "Portugal", "Italy",
          "European Central Bank", "European Union"],
    calls=[call("c1", COS_DRA, [COS, DRA], "2021-02-13", caller=COS)],
    # Costa's Twitter post "I have just spoken with Mario Draghi" and RTP "carried the prime minister's message":
    # required; Lusa is the wire credit (not the site's publisher); "Santos Silva has called the approval"; the share
    # bar's "Twitter" is page furniture (the same entity)
    rb=[rb("c1", "Twitter", True), rb("c1", "RTP", True), rb("c1", "Lusa", False)])

# 5004 Mexico News Daily, Mon 2024-06-03: live blog, Central Mexico time stamps, newest first
A["5004"] = dict(
    ents=[SHE, SAN, DCA, ABI, "Andrés Manuel López Obrador", "Bruno Rodríguez", "Xóchitl Gálvez",
          "EFE", "Prensa Latina", "X", "Mexico News Daily",
          "Mexico", "Spain", "Cuba", "Dominican Republic",
          "INE", "Morena"],
    calls=[call("c1", ABI_SHE, [ABI, SHE], "2024-06-03", caller=ABI),
           # 4:40 p.m.: "a very warm conversation by phone with ... Sánchez, who she says called her around midday"
           call("c2", "A_E_sanchez_sheinbaum_2024_06_03", [SAN, SHE], "2024-06-03", caller=SAN),
           # 2:15 p.m.: "Díaz-Canel will call Sheinbaum 'in the coming days'" (planned, null, caller Díaz-Canel)
           call("c3", "A_P_diazcanel_sheinbaum_2024_06", [DCA, SHE], None, status="planned", caller=DCA)],
    # Abinader "wrote on X"; Spain's government "confirmed the call to the EFE news agency"; Rodríguez "told the state
    # news agency Prensa Latina": all required. "saluted her victory in a post" (no platform, no call); "called the
    # result", "called the sell-off"; Gálvez "conceded" (no call)
    rb=[rb("c1", "X", True), rb("c2", "EFE", True), rb("c3", "Prensa Latina", True)])

# 5005 Post-Courier, Mon 2021-03-01: list of condolence calls, capitals byline; title blank in the metadata
A["5005"] = dict(
    ents=[MAR, MOR, ARD, TUI, SOG, "Michael Somare", "Bob Dadae", "Soroi Eoe", "Veronica Somare",
          "Gloria Kaupa-Naime",
          "EMTV", "Radio New Zealand", "Solomon Islands Broadcasting Corporation", "Post-Courier",
          "Papua New Guinea", "Australia", "New Zealand", "Samoa", "Solomon Islands",
          "Melanesian Spearhead Group"],
    calls=[# "telephoned Mr Marape on Friday night" (= Feb 26, caller Morrison)
           call("c1", "A_E_morrison_marape_2021_02_26", [MOR, MAR], "2021-02-26", caller=MOR),
           # "spoke by phone on Saturday" (= Feb 27, no caller)
           call("c2", "A_E_ardern_marape_2021_02_27", [ARD, MAR], "2021-02-27"),
           call("c3", TUI_MAR, [MAR, TUI], "2021-02-27"),
           # "Yesterday, Mr Marape received a call from ... Sogavare" (= Sun Feb 28, caller Sogavare)
           call("c4", "A_E_sogavare_marape_2021_02_28", [SOG, MAR], "2021-02-28", caller=SOG)],
    # EMTV "aired footage on Saturday of Mr Marape describing that call"; Ardern "told Radio New Zealand afterwards";
    # Sogavare's statement "carried by the Solomon Islands Broadcasting Corporation": all required. "messages ... through
    # diplomatic channels" (no calls); "Opposition MPs called on"; Post-Courier is the publisher
    rb=[rb("c1", "EMTV", True), rb("c2", "Radio New Zealand", True),
        rb("c4", "Solomon Islands Broadcasting Corporation", True)])

# 5006 Samoa Observer, Tue 2021-03-02: staff story, byline and time stamp; no outlet credited for any call
A["5006"] = dict(
    ents=[TUI, MAR, ARD, BRO, "Michael Somare", "Lagi Fa'asalele-Wright",
          "Samoa Observer",
          "Samoa", "Papua New Guinea", "New Zealand", "Cook Islands",
          "Human Rights Protection Party"],
    calls=[call("c1", TUI_MAR, [TUI, MAR], "2021-02-27", caller=TUI),
           # "on Monday he joined a video call with ... Ardern, and ... Mark Brown", "Ardern had hosted the call"
           # (= Mar 1; three named; the host is no caller)
           call("c2", "A_E_ardern_tuilaepa_brown_video_2021_03_01", [TUI, ARD, BRO], "2021-03-01")],
    # "the Government's press secretariat" is not an outlet; "The Ministry of Health has called on"; "health officials
    # would meet again next week" (not a call of named people)
    rb=[])

# 5007 Awoko, Tue 2025-06-24: telegraphic headline, round-up of one day's congratulation calls
A["5007"] = dict(
    ents=[BIO, BRW, MAH, FAYE, "Bola Ahmed Tinubu", KAB, ABL, "Ibrahim Sorie Kanu-Bangura",
          "Facebook", "Sierra Leone Broadcasting Corporation", "X", "Awoko",
          "Sierra Leone", "The Gambia", "Ghana", "Senegal", "Nigeria",
          "ECOWAS", "Alliance of Sahel States", "All People's Congress"],
    calls=[call("c1", BRW_BIO, [BRW, BIO], "2025-06-23", caller=BRW),
           # "In the afternoon, President Bio and ... Mahama spoke by phone" (Monday, no caller)
           call("c2", "A_E_mahama_bio_2025_06_23", [BIO, MAH], "2025-06-23"),
           # "Late on Monday, President Bio received a call from ... Faye" (caller Faye)
           call("c3", "A_E_faye_bio_2025_06_23", [FAYE, BIO], "2025-06-23", caller=FAYE),
           # ministers: "also had a phone conversation on Monday with ... Ablakwa" (no caller)
           call("c4", "A_E_kabba_ablakwa_2025_06_23", [KAB, ABL], "2025-06-23")],
    # the Gambian Presidency's photographs "on its official Facebook page of President Barrow speaking on the phone",
    # SLBC "carried footage of President Bio taking the call", Ablakwa "wrote on X" ("Good call with my brother"): all
    # required. "He has called the 50th anniversary"; "spokesmen called on"; the share bar's Facebook and X are furniture
    rb=[rb("c1", "Facebook", True), rb("c2", "Sierra Leone Broadcasting Corporation", True), rb("c4", "X", True)])

# 5008 The Point, Fri 2025-06-27: transcript-like Q&A; outlet blank in the metadata
A["5008"] = dict(
    ents=[TAN, BRW, BIO, DOU, DIOP, "Fatou B. Jallow-Sanneh",
          "The Point", "Foroyaa",
          "The Gambia", "Sierra Leone", "Guinea", "Mali",
          "ECOWAS", "Alliance of Sahel States"],
    calls=[call("c1", BRW_BIO, [BRW, BIO], "2025-06-23", caller=BRW),
           # Foroyaa "reported on Tuesday that President Barrow had also telephoned ... Doumbouya, last weekend"; "No.
           # There was no such call" (denied, null, claimed caller Barrow)
           call("c2", "A_D_barrow_doumbouya_2025_06", [BRW, DOU], None, status="denied", caller=BRW),
           # ministers: "I tried to reach my Malian counterpart, Abdoulaye Diop, by phone on Wednesday ... but I could not
           # get through" (= Jun 25, attempted, caller Tangara)
           call("c3", "A_A_tangara_diop_2025_06_25", [TAN, DIOP], "2025-06-25", status="attempted", caller=TAN)],
    # Foroyaa carried the denied claim: required (blindset 031/033). "has not spoken with General Doumbouya by phone
    # since the beginning of the year" (negation); "Some critics have called"; "we will be meeting in person" (no call);
    # "We will try again" (no plan with a day); The Point is the interviewer and publisher
    rb=[rb("c2", "Foroyaa", True)])

# 5009 Dominican Today, Tue 2024-06-04: Presidency statement reposted, no dateline
A["5009"] = dict(
    ents=[ABI, SHE, ALV, BAC,
          "Listín Diario", "Dominican Today",
          "Dominican Republic", "Mexico", "Haiti",
          "Directorate of Press of the Presidency"],
    calls=[call("c1", ABI_SHE, [ABI, SHE], "2024-06-03"),
           # ministers: "had already spoken on Friday with ... Alicia Bárcena, who called him" (= May 31, caller Bárcena)
           call("c2", "A_E_barcena_alvarez_2024_05_31", [BAC, ALV], "2024-05-31", caller=BAC)],
    # "Listín Diario learned from diplomatic sources": required; the Directorate of Press is an organization;
    # "Opposition figures called for"; the share bar is furniture
    rb=[rb("c2", "Listín Diario", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind59, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers (a prime minister-designate, a president-elect, a "
        "transitional president among them), with plausible invented calls. Hand annotation in the format of "
        "seeds-gold.json. Calls are voice or video calls only (not in-person meetings, letters or messages). 'required' "
        "items are stated plainly in the text and count for recall; required=false items are accepted but not demanded. "
        "'event' ties mentions of the same real-world call across articles; a planned call and a held one are different "
        "events (one status per event). Dates are resolved against the publication date, or the dateline where the text "
        "anchors to it (5003), or the day the text anchors to (5001: the evening of the swearing-in on Saturday; 5002: the "
        "Monday after the swearing-in of 13 February; 5007: the day after the Abuja summit on Sunday); where local dates "
        "differ across time zones, the event date is the UTC date of the call (5006: just after midnight on Sunday in "
        "Apia, about 8pm on Saturday in Port Moresby, is Saturday 27 February 2021 in UTC). See README.md."),
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
