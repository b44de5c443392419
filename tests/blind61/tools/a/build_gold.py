#!/usr/bin/env python3
"""Build ../gold.json (blind61, part A) from the hand annotation below and the registry of names.

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
PRA, NG, ISY, JKW, LEE, MUH, BOL, AUS = "Prabowo Subianto", "Ng Eng Hen", "Ismail Sabri Yaakob", "Joko Widodo", \
    "Lee Hsien Loong", "Muhyiddin Yassin", "Hassanal Bolkiah", "Lloyd Austin"
FRA, HEA, BRE, BAC, VAU, DEW, STA, MAR = "Theo Francken", "John Healey", "Ruben Brekelmans", "Yuriko Backes", \
    "Catherine Vautrin", "Bart De Wever", "Keir Starmer", "Micheál Martin"
MUL, ARE, PET, BUK, TRU, RUB, MAA, AND = "José Raúl Mulino", "Bernardo Arévalo", "Gustavo Petro", "Nayib Bukele", \
    "Donald Trump", "Marco Rubio", "Javier Martínez-Acha", "Arnoldo André Tinoco"

# cross-article events (4, all occurred and required)
NG_PRA = "A_E_ng_prabowo_2021_04_21"
# 5040 (The Straits Times, Thu 22 Apr, "SINGAPORE -" with no date): "spoke by phone ... on Wednesday night"; "It was Dr Ng
# who called" (caller Ng); Facebook post quoted several paragraphs later. 5042 (Antara, Mon 26 Apr): "called Prabowo on
# the day the submarine went missing" (the day told by an event; the text says contact was lost "on Wednesday").
ISY_PRA = "A_E_ismailsabri_prabowo_2021_04_22"
# 5041 (Malay Mail (Bernama), "KUALA LUMPUR, April 22 —"): "telephoned ... this morning", "I called Pak Prabowo early"
# (TV3's Buletin Utama aired the interview). 5042: "Ismail Sabri Yaacob phoned him on Thursday, according to Malaysian
# news agency Bernama" (the name spelt Yaacob).
HEA_FRA = "A_E_healey_francken_2025_11_05"
# 5043 (Brussels Times live blog, Wed 5 Nov, no date in the text: the date from the metadata): 11:05 entry, "Healey rang
# him this morning", Francken's post on X. 5044 (The Independent (PA), Thu 6 Nov): "spoke to ... on Wednesday" (no
# caller in that article), "told BBC Radio 4's Today programme". 5045 (Irish Times feature, Sat 6 Dec): "John Healey
# rang me the morning after the airport shut" (the shutdown "on a Tuesday night" in "the first days of November"),
# "recalled last month in an interview with Politico Europe".
ARE_MUL = "A_E_arevalo_mulino_2025_02_03"
# 5046 (Prensa Latina, "Panama City, Feb 4 (Prensa Latina)"): "held a telephone conversation yesterday", "at the request
# of the Guatemalan side" (caller Arévalo), Prensa Libre reported its content; "Arevalo", "Jose Raul Mulino". 5047
# (swissinfo.ch (EFE), "Panama City, Feb 3 (EFE).-", published Feb 4): "this Monday ... called Mulino in the morning"
# (X post). 5048 (Newsroom Panama Q&A, Thu 6 Feb): "Bernardo Arévalo called me on Monday, the day after the Secretary's
# visit".

# 5040 The Straits Times, Thu 2021-04-22: news story, standfirst, byline, PUBLISHED stamp, READ MORE, Telegram line
A["5040"] = dict(
    ents=[NG, PRA, "Yudo Margono", "Retno Marsudi", LEE, JKW, "Aqilah Rahmat Tan",
          "Facebook", "The Straits Times",
          "Singapore", "Indonesia", "Malaysia", "Australia", "India",
          "Ministry of Defence (Singapore)", "Republic of Singapore Navy"],
    calls=[call("c1", NG_PRA, [NG, PRA], "2021-04-21", caller=NG),
           # "who is expected to speak to President Joko Widodo in the coming days": planned, does not say phone (not
           # required, as blindset 025 c4); "speak to" names no caller
           call("c2", "A_P_lee_widodo_2021_04", [LEE, JKW], None, status="planned", required=False)],
    # Facebook: "In a Facebook post several hours after the call, Dr Ng wrote": required. Mindef's statement is an
    # organization's; "ST's Telegram channel" is furniture ("ST" kept as an alias). "what she called an outpouring"
    rb=[rb("c1", "Facebook", True)])

# 5041 Malay Mail (Bernama), Thu 2021-04-22: wire, "KUALA LUMPUR, April 22 —", "— Bernama", Related Articles
A["5041"] = dict(
    ents=[ISY, PRA, MUH,
          "TV3", "Bernama", "Facebook",
          "Malaysia", "Indonesia", "Singapore", "Australia", "India", "United States", "Germany",
          "Royal Malaysian Navy"],
    calls=[call("c1", ISY_PRA, [ISY, PRA], "2021-04-22", caller=ISY)],
    # TV3 ("in an interview aired by TV3's Buletin Utama this evening", where he told of the call): required. Bernama is
    # the wire credit on Malay Mail's page: not required. Muhyiddin's Facebook statement is about no call.
    rb=[rb("c1", "TV3", True), rb("c1", "Bernama", False)])

# 5042 Antara, Mon 2021-04-26: "Jakarta (ANTARA) -" with no date; list of condolence calls; reporter/editor lines
A["5042"] = dict(
    ents=[JKW, LEE, "Hadi Tjahjanto", BOL, MUH, PRA, NG, ISY, AUS, "Yudo Margono",
          "Rizka Putri Handayani", "Dewi Kartika Sasmita",
          "Antara", "Facebook", "Radio Televisyen Brunei", "Bernama",
          "Indonesia", "Singapore", "Brunei", "Malaysia", "United States",
          "Indonesian Military", "Presidential Secretariat (Indonesia)", "Pentagon"],
    calls=[call("c1", "A_E_lee_widodo_2021_04_25", [LEE, JKW], "2021-04-25", caller=LEE),
           call("c2", "A_E_bolkiah_widodo_2021_04_25", [BOL, JKW], "2021-04-25", caller=BOL),
           # "spoke by phone later on Sunday": no caller
           call("c3", "A_E_muhyiddin_widodo_2021_04_25", [MUH, JKW], "2021-04-25"),
           call("c4", NG_PRA, [NG, PRA], "2021-04-21", caller=NG),
           call("c5", ISY_PRA, [ISY, PRA], "2021-04-22", caller=ISY),
           # "at 6 a.m. on Saturday, Jakarta time, which was late on Friday evening in Washington" = 23:00 UTC on Friday
           # 23 April (blindset convention: the UTC date where local dates differ); "spoke to": no caller
           call("c6", "A_E_austin_prabowo_2021_04_23", [AUS, PRA], "2021-04-23")],
    # Facebook (Lee "wrote on Facebook that evening"), RTB ("aired footage of the Sultan speaking on the phone") and
    # Bernama (c5, "according to Malaysian news agency Bernama"): required. Bernama for c4 (the same sentence, but the
    # attribution follows the Thursday call): accepted, not required. The Presidential Secretariat and the Pentagon are
    # organizations; Antara is the publisher. "called the crew 'the nation's finest sons'"
    rb=[rb("c1", "Facebook", True), rb("c2", "Radio Televisyen Brunei", True), rb("c5", "Bernama", True),
        rb("c4", "Bernama", False)])

# 5043 The Brussels Times, Wed 2025-11-05: live blog, entry stamps newest first, no date anywhere in the text
A["5043"] = dict(
    ents=[FRA, BRE, BAC, STA, DEW, HEA, "Bernard Quintin", "Lotte Vermeiren-Dupont", "Sam Okafor",
          "The Brussels Times", "VRT NWS", "X",
          "Belgium", "United Kingdom", "Netherlands", "Luxembourg",
          "Downing Street", "Brussels Airport", "Liège Airport"],
    calls=[# 17:40 "has just finished a video call with his Dutch and Luxembourg counterparts": 3 named, no caller
           call("c1", "A_E_benelux_defence_video_2025_11_05", [FRA, BRE, BAC], "2025-11-05"),
           # 15:55 "will speak by phone with Prime Minister Bart De Wever on Thursday": planned, 2025-11-06, no caller
           call("c2", "A_P_starmer_dewever_2025_11_06", [STA, DEW], "2025-11-06", status="planned"),
           call("c3", HEA_FRA, [HEA, FRA], "2025-11-05", caller=HEA)],
    # VRT NWS ("aired images of Francken at his desk ... with both ministers on screen") and X (Francken's post): required.
    # Downing Street told journalists (an organization). The share bar is furniture. "De Wever called the incursions"
    rb=[rb("c1", "VRT NWS", True), rb("c3", "X", True)])

# 5044 The Independent (PA), Thu 2025-11-06: PA wire story, byline, GMT stamp, newsletter and Read more lines
A["5044"] = dict(
    ents=[HEA, FRA, VAU, DEW, "James Cartlidge", "Harriet Colquhoun-Barr",
          "BBC Radio 4", "PA Media",
          "United Kingdom", "Belgium", "France", "Russia", "Poland",
          "Ministry of Defence (UK)", "RAF"],
    calls=[call("c1", HEA_FRA, [HEA, FRA], "2025-11-05"),
           # "held a phone call late on Tuesday with his French counterpart": no caller, 2025-11-04 (both in Europe)
           call("c2", "A_E_healey_vautrin_2025_11_04", [HEA, VAU], "2025-11-04")],
    # BBC Radio 4 ("Speaking to BBC Radio 4's Today programme ... 'When I spoke to Theo yesterday'"): required. PA is the
    # wire credit on The Independent's page: not required. "a defence source said"; Cartlidge "called for".
    rb=[rb("c1", "BBC Radio 4", True), rb("c1", "PA Media", False), rb("c2", "PA Media", False)])

# 5045 The Irish Times (outlet blank in the metadata), Sat 2025-12-06: feature, calls in passing
A["5045"] = dict(
    ents=[FRA, HEA, "Volodymyr Zelensky", MAR, DEW, "Conor Maguire-Lynch",
          "Politico Europe", "De Standaard", "The Irish Times",
          "Belgium", "Ireland", "United Kingdom",
          "Brussels Airport", "Defence Forces (Ireland)", "Nato"],
    calls=[call("c1", HEA_FRA, [HEA, FRA], "2025-11-05", caller=HEA),
           # "spoke by phone with ... in mid-November": no day fixed (null), no caller
           call("c2", "A_E_martin_dewever_2025_11", [MAR, DEW], None)],
    # Politico Europe ("recalled last month in an interview with Politico Europe") and De Standaard ("in a call first
    # disclosed by the Flemish daily De Standaard"): required. The Irish Times is the publisher. Zelensky's visit is in
    # person; "called the lack of it"; "have called for a full debate".
    rb=[rb("c1", "Politico Europe", True), rb("c2", "De Standaard", True)])

# 5046 Prensa Latina, Tue 2025-02-04: short brief, telegraphic headline, "Panama City, Feb 4 (Prensa Latina)", desk code;
# title blank in the metadata
A["5046"] = dict(
    ents=[ARE, MUL, RUB,
          "Prensa Latina", "Prensa Libre",
          "Guatemala", "Panama", "United States", "China",
          "Secretariat of Social Communication (Guatemala)", "Central American Integration System"],
    calls=[call("c1", ARE_MUL, [ARE, MUL], "2025-02-03", caller=ARE)],
    # Prensa Libre ("reported that Arevalo also informed his counterpart about the visit"): required. The Secretariat of
    # Social Communication is an organization; Prensa Latina is the publisher. Rubio met Mulino in person; "have called
    # the decision".
    rb=[rb("c1", "Prensa Libre", True)])

# 5047 swissinfo.ch (EFE), Tue 2025-02-04: wire "Panama City, Feb 3 (EFE).-", round-up of one day's calls, desk code
A["5047"] = dict(
    ents=[MUL, RUB, TRU, ARE, PET, MAA, AND, BUK,
          "EFE", "X", "Caracol Radio",
          "Panama", "Guatemala", "Colombia", "Costa Rica", "United States", "China", "El Salvador",
          "Dominican Republic"],
    calls=[call("c1", ARE_MUL, [ARE, MUL], "2025-02-03", caller=ARE),
           # "In the afternoon Mulino also spoke by telephone with ... Petro": this Monday = Feb 3 (dateline), no caller
           call("c2", "A_E_mulino_petro_2025_02_03", [MUL, PET], "2025-02-03"),
           # ministers' video call (this Monday), no caller
           call("c3", "A_E_martinezacha_andre_2025_02_03", [MAA, AND], "2025-02-03")],
    # X (Arévalo's message, "I have just spoken with my friend") and Caracol Radio ("which learned of the conversation"):
    # required. EFE is the wire credit on swissinfo.ch: not required. Costa Rica's foreign ministry website is not an
    # outlet; Trump's remarks to reporters; banners "that called the visit an insult".
    rb=[rb("c1", "X", True), rb("c2", "Caracol Radio", True),
        rb("c1", "EFE", False), rb("c2", "EFE", False), rb("c3", "EFE", False)])

# 5048 Newsroom Panama, Thu 2025-02-06: transcript-like Q&A of the weekly press conference, byline, support line
A["5048"] = dict(
    ents=[MUL, TRU, RUB, ARE, BUK, "Eduardo Quintero Vallarino",
          "Newsroom Panama", "La Prensa", "X",
          "Panama", "United States",
          "Panama Canal Authority", "State Department"],
    calls=[# "La Prensa published on Tuesday that President Trump phoned you on Saturday night" / "That is false. There was
           # no call": denied, claimed caller Trump, the claimed day Saturday 1 Feb
           call("c1", "A_D_trump_mulino_2025_02_01", [TRU, MUL], "2025-02-01", status="denied", caller=TRU),
           call("c2", ARE_MUL, [ARE, MUL], "2025-02-03", caller=ARE),
           # "Nayib Bukele called on Tuesday when I was in the Cabinet Council and I could not take it": attempted, caller
           # Bukele, Tue 4 Feb
           call("c3", "A_A_bukele_mulino_2025_02_04", [BUK, MUL], "2025-02-04", status="attempted", caller=BUK),
           # "I will call him tomorrow, Friday, without fail": planned, caller Mulino, Fri 7 Feb
           call("c4", "A_P_mulino_bukele_2025_02_07", [MUL, BUK], "2025-02-07", status="planned", caller=MUL)],
    # La Prensa (carried the claim of the denied call) and X (Bukele "wrote about it on X", the attempt): required.
    # Newsroom Panama is the publisher. "not a subject for a phone call" and "Would you take a call from him?" are not
    # calls; "have called that a surrender", "They can call it what they like".
    rb=[rb("c1", "La Prensa", True), rb("c3", "X", True)])

# 5049 UK Defence Journal, Fri 2025-11-07: No 10 readout reposted in full ("6 November 2025", "this afternoon"); no
# outlet credited for the call
A["5049"] = dict(
    ents=[STA, DEW, HEA, FRA, "Ewan Strickland-Hope",
          "UK Defence Journal",
          "United Kingdom", "Belgium", "Ukraine", "Russia",
          "Downing Street", "RAF", "Nato", "European Council", "Euroclear"],
    calls=[# "spoke to the Prime Minister of Belgium, Bart De Wever, this afternoon" under the readout's date: no caller
           call("c1", "A_E_starmer_dewever_2025_11_06", [STA, DEW], "2025-11-06")],
    # No outlet: the readout was "issued by Downing Street". "Francken has called for a European 'drone wall'".
    rb=[])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind61, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers (a sultan, defence ministers, foreign ministers among "
        "them), with plausible invented calls. Hand annotation in the format of seeds-gold.json. Calls are voice or video "
        "calls only (not in-person meetings, letters, statements or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties mentions of the same "
        "real-world call across articles; a planned call and a held one are different events (one status per event). "
        "Dates are resolved against the publication date, or the dateline where the text anchors to it (5041, 5046, "
        "5047), or the day the text anchors to (5042: the day the submarine went missing; 5045: the morning after the "
        "airport shut; 5048: the day after the Secretary's visit); where local dates differ across time zones, the event "
        "date is the UTC date of the call (5042: 6 a.m. Saturday in Jakarta, late Friday in Washington, is Friday 23 "
        "April 2021 in UTC). See README.md."),
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
