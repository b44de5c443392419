#!/usr/bin/env python3
"""Build ../gold.json (blind64, part B) from the hand annotation below and the registry of names.

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


def self_rows(outlet, *cids):
    """The publisher (or the wire on another site) credited for every call of its article: never required."""
    return [rb(c, outlet, False) for c in cids]


A = {}
CAR, DAV, BEG, OSM, RAD, BOL = "Mark Carney", "Philip Davis", "Bajram Begaj", "Vjosa Osmani", "Rumen Radev", "Ilie Bolojan"
BIY, OLI, SAS, PUT, SER = ("Paul Biya", "Brice Clotaire Oligui Nguema", "Denis Sassou Nguesso", "Vladimir Putin",
                           "Serdar Berdimuhamedov")
KUR, RAM = "Albin Kurti", "Edi Rama"

# cross-article events
CAR_DAV = "B_E_carney_davis_2025_10_01"      # 5110 ("telephoned ... yesterday"; the OPM statement "received a telephone
                                             # call on Wednesday, October 1, 2025"; ZNS), 5111 ("I called Prime Minister
                                             # Davis the day after the vote", "our conversation on Wednesday")
BEG_OSM = "B_E_begaj_osmani_2025_02_17"      # 5112 ("called ... this morning", dateline Feb 17; Facebook), 5113 ("On the
                                             # morning of Independence Day", "telephoned her"), told a week later in passing
BOL_RAD = "B_E_bolojan_radev_2025_04_08"     # 5114 ("on Tuesday", "at the initiative of the Bulgarian head of state"),
                                             # 5115 ("yesterday evening", no dateline: date from the metadata; no caller)
BIY_OLI = "B_E_biya_oligui_2024_10_22"       # 5116 ("On Tuesday ... phoned President Biya"; Facebook), 5117 ("the day
                                             # after Biya returned to Yaounde", a return the text does not date: null)
PUT_SER = "B_E_berdimuhamedov_putin_2025_03_24"  # 5118 (21:50 entry, "this evening"; no caller), 5119 ("on Monday", "at
                                                 # the initiative of the Turkmen side"; TDH)

# 5110 The Nassau Guardian, Thu 2025-10-02: OPM statement reposted in full
A["5110"] = dict(
    ents=[DAV, CAR, "Fred Mitchell", "Anita Anand", "Laurent Saint-Cyr", "Michael Pintard", "Kendra Rolle-Saunders",
          "The Nassau Guardian", "ZNS", "Office of the Prime Minister", "United Nations Security Council",
          "Haitian National Police", "Transitional Presidential Council", "Canada", "The Bahamas", "Haiti", "Kenya"],
    calls=[# "Mark Carney telephoned Prime Minister Philip "Brave" Davis yesterday"; statement: "received a telephone call
           # on Wednesday, October 1, 2025, from the Prime Minister of Canada"
           call("c1", CAR_DAV, [DAV, CAR], "2025-10-01", caller=CAR),
           # "Fred Mitchell spoke by telephone with ... Anita Anand, on Tuesday" (ministers; Sep 30; no caller)
           call("c2", "B_E_mitchell_anand_2025_09_30", ["Fred Mitchell", "Anita Anand"], "2025-09-30"),
           # "Davis expects to speak by phone with Laurent Saint-Cyr ... in the coming days. No date has been set"
           call("c3", "B_P_davis_saintcyr_2025_10", [DAV, "Laurent Saint-Cyr"], None, status="planned")],
    # c1: "ZNS aired footage of Davis taking the call". The Nassau Guardian reproduces the statement: the publisher.
    rb=[rb("c1", "ZNS", True)] + self_rows("The Nassau Guardian", "c1"))

# 5111 CBC News, Fri 2025-10-03: transcript-like Q&A (questions credited to outlets); URL blank
A["5111"] = dict(
    ents=[CAR, DAV, "Donald Trump", "Doug Ford", "Anita Anand", "CBC News", "CTV News", "Radio-Canada",
          "The Nassau Guardian", "Global News", "The Canadian Press", "Le Devoir", "United Nations Security Council",
          "Canada", "The Bahamas", "Haiti"],
    calls=[# "I called Prime Minister Davis of The Bahamas the day after the vote"; "our conversation on Wednesday" (Oct 1)
           call("c1", CAR_DAV, [CAR, DAV], "2025-10-01", caller=CAR),
           # "I expect to speak with the president next week, and I'll have more to say after that call" (planned, null)
           call("c2", "B_P_carney_trump_2025_10", [CAR, "Donald Trump"], None, status="planned"),
           # "I spoke with Premier Ford by phone this morning" (Fri Oct 3; leader-premier; no caller)
           call("c3", "B_E_carney_ford_2025_10_03", [CAR, "Doug Ford"], "2025-10-03")],
    # c1: "The Nassau Guardian reported that Prime Minister Davis wants the Caribbean to help supervise the force" is a
    # report of Davis's position, which Carney ties to the call: accepted, not required. "With files from The Canadian
    # Press": wire credit, not required. CBC is the publisher.
    rb=[rb("c1", "The Nassau Guardian", False), rb("c1", "The Canadian Press", False)] + self_rows("CBC News", "c1", "c3"))

# 5112 ATA, Mon 2025-02-17: wire ("TIRANA, February 17 /ATA/."), round-up of one day's calls, Presidency release
A["5112"] = dict(
    ents=[BEG, OSM, "Jakov Milatović", "Gordana Siljanovska-Davkova", RAM, KUR, "Igli Hasani",
          "Albanian Telegraphic Agency", "Facebook", "Kosovo Security Force", "European Union", "NATO", "Albania",
          "Kosovo", "Montenegro", "North Macedonia", "Serbia", "Russia"],
    calls=[# "Bajram Begaj called Kosovo President Vjosa Osmani this morning"
           call("c1", BEG_OSM, [BEG, OSM], "2025-02-17", caller=BEG),
           # "In the afternoon, President Begaj held a telephone conversation with ... Jakov Milatović" (no caller)
           call("c2", "B_E_begaj_milatovic_2025_02_17", [BEG, "Jakov Milatović"], "2025-02-17"),
           # "is also expected to speak by telephone with ... Gordana Siljanovska-Davkova, on Wednesday" (Feb 19)
           call("c3", "B_P_begaj_siljanovska_2025_02_19", [BEG, "Gordana Siljanovska-Davkova"], "2025-02-19",
                status="planned")],
    # c1: "A message posted later in the day on President Osmani's official Facebook page said the two presidents had
    # also discussed" (a post on a named platform, paragraphs after the call). ATA is the publisher. Rama's "post on
    # social media" is about no call.
    rb=[rb("c1", "Facebook", True)] + self_rows("Albanian Telegraphic Agency", "c1", "c2"))

# 5113 Prishtina Insight, Tue 2025-02-25: feature, calls in passing
A["5113"] = dict(
    ents=[KUR, OSM, BEG, "Kaja Kallas", RAM, "Arben Krasniqi-Hoxha", "Klan Kosova", "Top Channel", "Prishtina Insight",
          "BIRN Kosovo", "Vetevendosje", "European Union", "Kosovo", "Albania"],
    calls=[# "On the morning of Independence Day, Albania's President Bajram Begaj telephoned her" (Kosovo's Independence
           # Day, Feb 17: a fixed national day, not given in the text)
           call("c1", BEG_OSM, [BEG, OSM], "2025-02-17", caller=BEG),
           # "he had asked for a telephone conversation with ... Kaja Kallas ... but that he had not yet received an
           # answer" (attempted, no day, requester Kurti)
           call("c2", "B_A_kurti_kallas_2025_02", [KUR, "Kaja Kallas"], None, status="attempted", caller=KUR),
           # "Top Channel reported that ... Edi Rama had telephoned Kurti on election night"; "no such call had taken
           # place" (denied; claimed day Feb 9, the elections "of February 9"; claimed caller Rama)
           call("c3", "B_D_rama_kurti_2025_02_09", [RAM, KUR], "2025-02-09", status="denied", caller=RAM)],
    # c2: "In an interview with Klan Kosova on Sunday, the caretaker prime minister said he had asked" (an interview given
    # to a named outlet). c3: Top Channel carried the denied claim.
    rb=[rb("c2", "Klan Kosova", True), rb("c3", "Top Channel", True)])

# 5114 BTA, Tue 2025-04-08: wire ("Sofia, April 8 (BTA) -"), telegraphic headline, "/DT/" sign-off
A["5114"] = dict(
    ents=[RAD, BOL, "Klaus Iohannis", "Georg Georgiev", "Emil Hurezeanu", "Emil Eftimov", "BTA",
          "President's Press Secretariat", "NATO", "European Union", "Bulgaria", "Romania", "Turkiye"],
    calls=[# "on Tuesday held a telephone conversation with Romania's interim President Ilie Bolojan ... at the initiative
           # of the Bulgarian head of state"
           call("c1", BOL_RAD, [RAD, BOL], "2025-04-08", caller=RAD),
           # "Georg Georgiev and his Romanian counterpart Emil Hurezeanu spoke by telephone on Monday" (Apr 7; ministers)
           call("c2", "B_E_georgiev_hurezeanu_2025_04_07", ["Georg Georgiev", "Emil Hurezeanu"], "2025-04-07")],
    rb=self_rows("BTA", "c1", "c2"))

# 5115 AGERPRES, Wed 2025-04-09: short brief, no dateline ("yesterday" dated by the metadata only)
A["5115"] = dict(
    ents=[BOL, RAD, "Maia Sandu", "Marcel Ciolacu", "Klaus Iohannis", "AGERPRES", "Presidential Administration", "OECD",
          "Romania", "Bulgaria", "Moldova"],
    calls=[# "had a telephone conversation yesterday evening with Bulgaria's President, Rumen Radev"; "The press release did
           # not say which side had requested the conversation": no caller
           call("c1", BOL_RAD, [BOL, RAD], "2025-04-08"),
           # "Bolojan will talk by phone on Thursday with ... Maia Sandu" (planned, Apr 10)
           call("c2", "B_P_bolojan_sandu_2025_04_10", [BOL, "Maia Sandu"], "2025-04-10", status="planned")],
    rb=self_rows("AGERPRES", "c1", "c2"))

# 5116 Journal du Cameroun, Wed 2024-10-23: list of calls received after Biya's return
A["5116"] = dict(
    ents=[BIY, SAS, OLI, "Mohammed VI", "Teodoro Obiang Nguema Mbasogo", "Paul Atanga Nji", "Maurice Kamto",
          "Ferdinand Ngoh Ngoh", "Journal du Cameroun", "CRTV", "Facebook", "Civil Cabinet", "CEMAC", "MRC", "Cameroon",
          "Republic of the Congo", "Gabon", "Morocco", "Equatorial Guinea", "China", "France"],
    calls=[# "The first came from Congolese President Denis Sassou-Nguesso on Monday evening" (a call "from": caller Sassou)
           call("c1", "B_E_biya_sassou_2024_10_21", [SAS, BIY], "2024-10-21", caller=SAS),
           # "On Tuesday, ... Oligui Nguema, phoned President Biya"
           call("c2", BIY_OLI, [OLI, BIY], "2024-10-22", caller=OLI),
           # "The same day, King Mohammed VI of Morocco called the Cameroonian Head of State"
           call("c3", "B_E_biya_mohammedvi_2024_10_22", ["Mohammed VI", BIY], "2024-10-22", caller="Mohammed VI"),
           # Biya had "also spoken" with Obiang, "without saying when or how": not said to be a call
           call("c4", "B_E_biya_obiang_2024_10", [BIY, "Teodoro Obiang Nguema Mbasogo"], None, required=False)],
    # c1: "CRTV aired images of the Head of State on the telephone ... in its 8.30 pm news bulletin". c2: "A photograph of
    # Oligui Nguema holding the receiver was published ... on the Facebook page of the Gabonese Presidency".
    rb=[rb("c1", "CRTV", True), rb("c2", "Facebook", True)])

# 5117 Africanews (AFP), Thu 2024-10-24: wire on a partner site ("Libreville (AFP) -", "burs-" code, (c) AFP)
A["5117"] = dict(
    ents=[OLI, BIY, "Félix Tshisekedi", "Faustin-Archange Touadéra", "Raymond Ndong Sima", "Anatole Collinet Makosso",
          "Ali Bongo Ondimba", "Africanews", "AFP", "Gabon 1ère", "Economic Community of Central African States", "CEMAC",
          "Gabon", "Cameroon", "DR Congo", "Central African Republic", "Republic of the Congo"],
    calls=[# "telephoned Cameroon's veteran President Paul Biya the day after Biya returned to Yaounde" (the return is not
           # dated in this text: null)
           call("c1", BIY_OLI, [OLI, BIY], None, caller=OLI),
           # "On Wednesday, Oligui Nguema also took part in a video conference of heads of state of ... ECCAS with ...
           # Felix Tshisekedi and ... Faustin-Archange Touadera" (Oct 23; no caller)
           call("c2", "B_E_eccas_video_2024_10_23", [OLI, "Félix Tshisekedi", "Faustin-Archange Touadéra"], "2024-10-23"),
           # "Raymond Ndong Sima spoke by telephone last week with ... Anatole Collinet Makosso" (null; no caller)
           call("c3", "B_E_ndongsima_makosso_2024_10", ["Raymond Ndong Sima", "Anatole Collinet Makosso"], None)],
    # c2: "Gabonese public television Gabon 1ere broadcast footage of the meeting". AFP is the wire of this copy.
    rb=[rb("c2", "Gabon 1ère", True)] + self_rows("AFP", "c1", "c2", "c3"))

# 5118 The Moscow Times, Mon 2025-03-24: live blog (Moscow time, newest first); title blank in metadata
A["5118"] = dict(
    ents=[PUT, SER, "Sergei Lavrov", "Murat Nurtleu", "Dmitry Peskov", "Kassym-Jomart Tokayev", "Donald Trump",
          "Sadyr Japarov", "Grigory Karasin", "The Moscow Times", "Kabar", "Telegram", "Zvezda", "Kremlin",
          "Commonwealth of Independent States", "Russia", "Turkmenistan", "Kazakhstan", "Kyrgyzstan", "United States",
          "Saudi Arabia", "Ukraine"],
    calls=[# 21:50 "held a telephone conversation with Turkmen President Serdar Berdymukhamedov this evening"; "It did not
           # say who initiated the call"
           call("c1", PUT_SER, [PUT, SER], "2025-03-24"),
           # 16:40 "Lavrov calls Kazakh counterpart": "spoke by phone with ... Murat Nurtleu" (ministers; the entry's day;
           # caller from the entry headline)
           call("c2", "B_E_lavrov_nurtleu_2025_03_24", ["Sergei Lavrov", "Murat Nurtleu"], "2025-03-24",
                caller="Sergei Lavrov"),
           # 13:05 "Putin would hold a phone call with ... Tokayev on Wednesday" (planned, Mar 26)
           call("c3", "B_P_putin_tokayev_2025_03_26", [PUT, "Kassym-Jomart Tokayev"], "2025-03-26", status="planned"),
           # 10:20 "Japarov phoned Putin late on Sunday"; "began at 12:15 a.m. Bishkek time, already Monday in Kyrgyzstan
           # but still Sunday evening in Moscow": 18:15 UTC on Sunday, 2025-03-23
           call("c4", "B_E_japarov_putin_2025_03_23", ["Sadyr Japarov", PUT], "2025-03-23", caller="Sadyr Japarov")],
    # c2: "A post on the ministry's Telegram channel, published two hours after the call". c4: "Kyrgyzstan's state news
    # agency Kabar reported". Karasin's remark to Zvezda TV is about the Riyadh talks. "no concrete plans yet" for a
    # Putin-Trump call is not a planned call.
    rb=[rb("c2", "Telegram", True), rb("c4", "Kabar", True)])

# 5119 The Times of Central Asia (outlet blank in metadata), Tue 2025-03-25: "ASHGABAT -" with no date
A["5119"] = dict(
    ents=[SER, PUT, "Gurbanguly Berdimuhamedov", "Shavkat Mirziyoyev", "Rashid Meredov", "Bakhtiyor Saidov",
          "Kassym-Jomart Tokayev", "TDH", "The Times of Central Asia", "Kremlin", "Halk Maslahaty", "Turkmenistan",
          "Russia", "Uzbekistan", "Kazakhstan", "Iran", "China"],
    calls=[# "held a telephone conversation on Monday ... The call was held at the initiative of the Turkmen side"
           call("c1", PUT_SER, [SER, PUT], "2025-03-24", caller=SER),
           # "The same day, ... Gurbanguly Berdimuhamedov ... held a video conference with Uzbek President Shavkat
           # Mirziyoyev" (Mar 24; no caller)
           call("c2", "B_E_gurbanguly_mirziyoyev_2025_03_24", ["Gurbanguly Berdimuhamedov", "Shavkat Mirziyoyev"],
                "2025-03-24"),
           # "Rashid Meredov and his Uzbek counterpart Bakhtiyor Saidov are to speak by phone later this week" (planned)
           call("c3", "B_P_meredov_saidov_2025_03", ["Rashid Meredov", "Bakhtiyor Saidov"], None, status="planned")],
    # c1: "the Turkmen state news agency TDH reported"; c2: "TDH said". The teaser "Tokayev and Putin to hold talks this
    # week" is not said to be a call.
    rb=[rb("c1", "TDH", True), rb("c2", "TDH", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind64, part B): 10 articles written for this set (not real published text), "
        "each about real heads of state or government and ministers, with plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, messages or posts). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; planned, attempted and denied calls are events "
        "of their own (one status per event). Dates are resolved against the publication date (5115 "
        "'yesterday' with the date only in the metadata) or the dateline; where local dates differ across time "
        "zones, the UTC date of the call (Japarov-Putin: 12:15 a.m. Monday in Bishkek, Sunday evening in Moscow, "
        "2025-03-23). See README.md."),
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
