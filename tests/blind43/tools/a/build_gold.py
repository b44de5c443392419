#!/usr/bin/env python3
"""Build ../gold.json (blind43, part A) from the hand annotation below and the registry of names.

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
MBZ, HAMAD, TAMIM, MISHAL, NAWAF = "Mohamed bin Zayed Al Nahyan", "Hamad bin Isa Al Khalifa", "Tamim bin Hamad Al Thani", \
    "Mishal Al-Ahmad Al-Jaber Al-Sabah", "Nawaf Al-Ahmad Al-Jaber Al-Sabah"
IMRAN, MIRZIYOYEV, MODI, MBS = "Imran Khan", "Shavkat Mirziyoyev", "Narendra Modi", "Mohammed bin Salman"
ABZ, JAISHANKAR, BLINKEN, QURESHI, ABDOLLAHIAN = "Abdullah bin Zayed Al Nahyan", "Subrahmanyam Jaishankar", \
    "Antony Blinken", "Shah Mahmood Qureshi", "Hossein Amir-Abdollahian"
GOYAL, ZEYOUDI = "Piyush Goyal", "Thani bin Ahmed Al Zeyoudi"
TRUDEAU, BIDEN = "Justin Trudeau", "Joe Biden"
MENDICINO, MAYORKAS, BLAIR, WHITMER, FORD = "Marco Mendicino", "Alejandro Mayorkas", "Bill Blair", "Gretchen Whitmer", \
    "Doug Ford"
KENNEY, MOE, LEGAULT, DILKENS, WATSON = "Jason Kenney", "Scott Moe", "François Legault", "Drew Dilkens", "Jim Watson"
PRAYUT, ALBANESE, LEE, KISHIDA, MARCOS, ARDERN, XI = "Prayut Chan-o-cha", "Anthony Albanese", "Lee Hsien Loong", \
    "Fumio Kishida", "Ferdinand Marcos Jr.", "Jacinda Ardern", "Xi Jinping"
WONG, DON = "Penny Wong", "Don Pramudwinai"

# cross-article events (7)
IMRAN_MBZ = "A_E_imran_mbz_2022_01_17"
# 4200 (Gulf Today (WAM), Tue 18 Jan): "Later in the evening [of Monday], Sheikh Mohamed received a phone call from Prime
# Minister Imran Khan" (caller Imran Khan). 4203 (Dawn, page of 19 Jan, dateline "ISLAMABAD, Jan 18:"): "telephoned ...
# Sheikh Mohammed bin Zayed Al Nahyan late yesterday" = 17 Jan against the dateline (18 Jan against the page); "State
# broadcaster PTV News carried footage"; the name spelt "Mohammed".
JAISHANKAR_ABZ = "A_E_jaishankar_abz_2022_01_17"
# three articles. 4200: "received a phone call on Monday afternoon from Dr Subrahmanyam Jaishankar" (caller
# Jaishankar). 4202 (NDTV, Mon 17 Jan, telegraphic headline): "on Monday dialled his UAE counterpart", "The call took
# place in the afternoon"; his Twitter post quoted four paragraphs later ("Spoke to UAE FM @ABZayed this afternoon").
# 4209 (The National, Fri 18 Feb, a feature, in passing): "Within hours of the strike [on January 17], S. Jaishankar ...
# had telephoned Sheikh Abdullah bin Zayed" (a day told by an event, which the text dates).
BLINKEN_ABZ = "A_E_blinken_abz_2022_01_18"
# a late-night call across time zones. 4201 (Arab News (AP), Tue 18 Jan): "spoke with ... at about 10:30 p.m. Monday,
# Washington time" (no caller). 4200 (Gulf Today (WAM), Tue 18 Jan): "Early this morning, at about 7.30am UAE time,
# Sheikh Abdullah received a phone call from US Secretary of State Antony Blinken" (caller Blinken). 22:30 EST on
# Monday 17 Jan = 03:30 UTC and 07:30 in Abu Dhabi (UTC+4) on Tuesday 18 Jan: dated 2022-01-18 (UTC and UAE). A builder
# reading AP's Washington clock alone says 2022-01-17.
QURESHI_ABZ = "A_E_qureshi_abz_2022_01_18"
# 4201: "Pakistan's foreign minister, Shah Mehmood Qureshi, also spoke to Sheikh Abdullah on Tuesday, Islamabad said"
# (AP's spelling). 4203: "On Tuesday, Foreign Minister Shah Mahmood Qureshi spoke to ... by telephone" (Dawn's
# spelling; Tuesday against a page of Wednesday 19 Jan). No caller in either.
BIDEN_TRUDEAU = "A_E_biden_trudeau_2022_02_11"
# three articles. 4204 (Windsor Star live blog, Fri 11 Feb, ET): the 1:35 p.m. entry "spoke by phone early this
# afternoon" (no caller), Trudeau's Twitter post in the 2:20 p.m. entry. 4205 (CTV News (The Canadian Press), Sat 12
# Feb): "spoke with U.S. President Joe Biden on Friday, in a call the White House requested" (caller Biden). 4206 (CBC,
# Mon 14 Feb, a transcript, days later): "The prime minister and the president spoke on Friday".
MENDICINO_MAYORKAS = "A_E_mayorkas_mendicino_2022_02_10"
# 4205: "Mendicino said he took a call from U.S. Homeland Security Secretary Alejandro Mayorkas on Thursday" (caller
# Mayorkas). 4206: "Minister Mendicino and Secretary Mayorkas spoke last week" (null: no day).
ALBANESE_PRAYUT = "A_E_albanese_prayut_2022_10_07"
# 4207 (Bangkok Post, Sat 8 Oct): "Albanese was the first to call, shortly after 9am" on Friday (caller Albanese; the
# Thai News Agency named once, in the last sentence, for what he offered on the call). 4208 (ABC News, Fri 7 Oct, a brief
# with no date in its text): "has spoken with Thailand's Prime Minister Prayuth Chan-ocha" (no day: the metadata's 7
# Oct; no caller; his Twitter post "after the conversation"). 9 a.m. in Bangkok is 1 p.m. in Canberra, the same day.

# 4200 Gulf Today (WAM), Tue 2022-01-18: WAM's readouts of Monday's calls reposted; a list of solidarity calls
A["4200"] = dict(
    ents=[MBZ, HAMAD, TAMIM, MISHAL, NAWAF, IMRAN, MIRZIYOYEV, ABZ, JAISHANKAR, BLINKEN,
          "Gulf Today", "Emirates News Agency",
          "United Arab Emirates", "Bahrain", "Qatar", "Kuwait", "Pakistan", "Uzbekistan", "India", "United States",
          "Houthis", "ADNOC", "Abu Dhabi Police", "Ministry of Foreign Affairs and International Cooperation"],
    calls=[# "received a series of telephone calls on Monday from ... leaders"; "received calls from King Hamad ...;
           # Sheikh Tamim ...; and Sheikh Mishal ..., Crown Prince of Kuwait" (semicolons; each the caller)
           call("c1", "A_E_hamad_mbz_2022_01_17", [HAMAD, MBZ], "2022-01-17", caller=HAMAD),
           call("c2", "A_E_tamim_mbz_2022_01_17", [TAMIM, MBZ], "2022-01-17", caller=TAMIM),
           call("c3", "A_E_mishal_mbz_2022_01_17", [MISHAL, MBZ], "2022-01-17", caller=MISHAL),
           call("c4", IMRAN_MBZ, [IMRAN, MBZ], "2022-01-17", caller=IMRAN),
           # "Sheikh Mohamed also took a call from President Shavkat Mirziyoyev of Uzbekistan" (Monday evening)
           call("c5", "A_E_mirziyoyev_mbz_2022_01_17", [MIRZIYOYEV, MBZ], "2022-01-17", caller=MIRZIYOYEV),
           call("c6", JAISHANKAR_ABZ, [JAISHANKAR, ABZ], "2022-01-17", caller=JAISHANKAR),
           call("c7", BLINKEN_ABZ, [BLINKEN, ABZ], "2022-01-18", caller=BLINKEN)],
    # "WAM" is the byline and the sign-off: the wire credit on Gulf Today's page (not required)
    rb=[rb(c, "Emirates News Agency", False) for c in ("c1", "c2", "c3", "c4", "c5", "c6", "c7")])

# 4201 Arab News (AP), Tue 2022-01-18: AP wire copy, "DUBAI, United Arab Emirates (AP) —"
A["4201"] = dict(
    ents=[BLINKEN, ABZ, QURESHI, ABDOLLAHIAN, "Ned Price", "Jake Sullivan", "Yahya Saree", "Daniel Okafor-Lindqvist",
          "The Associated Press", "Press TV", "Tasnim News Agency",
          "United Arab Emirates", "Yemen", "Saudi Arabia", "India", "Pakistan", "Iran", "United States",
          "Houthis"],
    calls=[call("c1", BLINKEN_ABZ, [BLINKEN, ABZ], "2022-01-18"),
           # "also spoke to Sheikh Abdullah on Tuesday, Islamabad said": no medium in the sentence (blindset judgement 5);
           # 4203 says "by telephone"
           call("c2", QURESHI_ABZ, [QURESHI, ABZ], "2022-01-18", required=False),
           # "Press TV, citing the semiofficial Tasnim news agency, reported that Foreign Minister Hossein
           # Amir-Abdollahian had telephoned Sheikh Abdullah earlier Tuesday"; "an Emirati official ... said no such
           # call had taken place": denied, with the claimed caller and day
           call("c3", "A_D_abdollahian_abz_2022_01_18", [ABDOLLAHIAN, ABZ], "2022-01-18", status="denied",
                caller=ABDOLLAHIAN)],
    rb=[rb("c3", "Press TV", True), rb("c3", "Tasnim News Agency", True),
        rb("c1", "The Associated Press", False), rb("c2", "The Associated Press", False),
        rb("c3", "The Associated Press", False)])

# 4202 NDTV, Mon 2022-01-17: telegraphic headline; "(With inputs from PTI)"
A["4202"] = dict(
    ents=[JAISHANKAR, ABZ, MODI, MBZ, "Arindam Bagchi", "Ritika Menon-Dsouza",
          "NDTV", "Twitter", "Press Trust of India",
          "United Arab Emirates", "India", "Pakistan", "Yemen",
          "Houthis", "Ministry of External Affairs"],
    calls=[call("c1", JAISHANKAR_ABZ, [JAISHANKAR, ABZ], "2022-01-17", caller=JAISHANKAR),
           # "are now expected to hold a virtual summit in the coming weeks" (a video call; no day)
           call("c2", "A_P_modi_mbz_virtual_summit_2022_coming_weeks", [MODI, MBZ], None, status="planned")],
    rb=[rb("c1", "Twitter", True), rb("c1", "Press Trust of India", False), rb("c2", "Press Trust of India", False)])

# 4203 Dawn, page of Wed 2022-01-19, dateline "ISLAMABAD, Jan 18:"; title blank in the metadata
A["4203"] = dict(
    ents=[IMRAN, MBZ, MBS, QURESHI, ABZ, "Asim Iftikhar Ahmad", "Tahir Naseem Khattak",
          "PTV News", "Dawn",
          "United Arab Emirates", "Pakistan", "Saudi Arabia", "Yemen",
          "Prime Minister's Office", "Foreign Office", "Houthis"],
    calls=[call("c1", IMRAN_MBZ, [IMRAN, MBZ], "2022-01-17", caller=IMRAN),
           call("c2", QURESHI_ABZ, [QURESHI, ABZ], "2022-01-18"),
           # "Dawn learnt that the prime minister is also expected to speak to Saudi Crown Prince Mohammed bin Salman by
           # telephone in the coming days ... no date had been fixed"
           call("c3", "A_P_imran_mbs_2022_coming_days", [IMRAN, MBS], None, status="planned")],
    rb=[rb("c1", "PTV News", True)])

# 4204 Windsor Star, Fri 2022-02-11: a live blog, newest entries first, Eastern time
A["4204"] = dict(
    ents=[TRUDEAU, BIDEN, DILKENS, WHITMER, FORD, WATSON,
          "Windsor Star", "Twitter", "CBC", "CFRA",
          "Canada", "United States",
          "Prime Minister's Office"],
    calls=[call("c1", BIDEN_TRUDEAU, [TRUDEAU, BIDEN], "2022-02-11"),
           # 11:10 a.m. entry: "Dilkens told CBC Windsor that he had a phone call with Michigan Gov. Gretchen Whitmer
           # late Thursday night" (a mayor and a governor; no caller)
           call("c2", "A_E_dilkens_whitmer_2022_02_10", [DILKENS, WHITMER], "2022-02-10"),
           # 8:15 a.m. entry: "Watson told CFRA that his office asked on Wednesday for a phone call with Trudeau ... and
           # that the call has not happened": a request not granted, attempted, the requester as caller
           call("c3", "A_A_watson_trudeau_2022_02_09", [WATSON, TRUDEAU], "2022-02-09", status="attempted",
                caller=WATSON)],
    rb=[rb("c1", "Twitter", True), rb("c2", "CBC", True), rb("c3", "CFRA", True)])

# 4205 CTV News (The Canadian Press), Sat 2022-02-12: CP wire, "WINDSOR, Ont. —", CP publication line
A["4205"] = dict(
    ents=[TRUDEAU, BIDEN, MENDICINO, MAYORKAS, WHITMER, FORD, "Pam Mizuno", "Jordan Lachance-Whyte",
          "The Canadian Press", "Detroit Free Press",
          "United States",
          "White House"],
    calls=[call("c1", BIDEN_TRUDEAU, [TRUDEAU, BIDEN], "2022-02-11", caller=BIDEN),
           call("c2", MENDICINO_MAYORKAS, [MAYORKAS, MENDICINO], "2022-02-10", caller=MAYORKAS),
           # "Whitmer spoke with Ontario Premier Doug Ford by phone on Friday afternoon, the Detroit Free Press learned"
           call("c3", "A_E_whitmer_ford_2022_02_11", [WHITMER, FORD], "2022-02-11"),
           # "Trudeau will meet the premiers, including Ford, by video conference on Monday morning" = 14 Feb; the
           # premiers other than Ford are unnamed. A different event from the video call held (4206)
           call("c4", "A_P_trudeau_premiers_video_2022_02_14", [TRUDEAU, FORD], "2022-02-14", status="planned")],
    rb=[rb("c3", "Detroit Free Press", True),
        rb("c1", "The Canadian Press", False), rb("c2", "The Canadian Press", False),
        rb("c3", "The Canadian Press", False), rb("c4", "The Canadian Press", False)])

# 4206 CBC News, Mon 2022-02-14: Power & Politics transcript (Q&A); "this morning", "late last night" and "that night"
# count from the interview's Monday, which is the page's day
A["4206"] = dict(
    ents=[TRUDEAU, BIDEN, BLAIR, KENNEY, MOE, LEGAULT, FORD, MENDICINO, MAYORKAS, DILKENS, "Vassy Kapelos", "Peter Sloly",
          "CBC", "Global News",
          "Royal Canadian Mounted Police", "Ontario Provincial Police"],
    calls=[# "Prime Minister Justin Trudeau met the premiers on a video call this morning. Jason Kenney, Scott Moe and
           # François Legault all told him ..."; "we also heard from Premier Ford" (hosted: no caller)
           call("c1", "A_E_trudeau_premiers_video_2022_02_14", [TRUDEAU, KENNEY, MOE, LEGAULT, FORD], "2022-02-14"),
           # "The prime minister and the president spoke on Friday": the answer to "phoned the prime minister again", so a
           # call (required)
           call("c2", BIDEN_TRUDEAU, [BIDEN, TRUDEAU], "2022-02-11"),
           # "a Global News report over the weekend that President Biden phoned the prime minister again on Saturday"
           # - "No. ... they haven't spoken since then": denied, claimed caller Biden, claimed day 12 Feb
           call("c3", "A_D_biden_trudeau_2022_02_12", [BIDEN, TRUDEAU], "2022-02-12", status="denied", caller=BIDEN),
           # "Minister Mendicino and Secretary Mayorkas spoke last week": no medium, no day (judgement 5); 4205 says "took
           # a call from"
           call("c4", MENDICINO_MAYORKAS, [MENDICINO, MAYORKAS], None, required=False),
           # "The Ambassador Bridge reopened late last night" (Sunday 13 Feb) - "I phoned Mayor Dilkens that night"
           call("c5", "A_E_blair_dilkens_2022_02_13", [BLAIR, DILKENS], "2022-02-13", caller=BLAIR)],
    rb=[rb("c3", "Global News", True)])

# 4207 Bangkok Post, Sat 2022-10-08: a round-up of Friday's calls; URL blank in the metadata
A["4207"] = dict(
    ents=[PRAYUT, ALBANESE, LEE, KISHIDA, MARCOS, ARDERN, XI, BIDEN, "Anucha Burapachaisri", "Achara Wongsuwan-Pike",
          "Facebook", "Thai PBS", "Thai News Agency",
          "Thailand", "Australia", "Singapore", "Japan", "Philippines", "New Zealand", "China", "United States",
          "Foreign Affairs Ministry"],
    calls=[call("c1", ALBANESE_PRAYUT, [ALBANESE, PRAYUT], "2022-10-07", caller=ALBANESE),
           # "phoned Gen Prayut in the early afternoon"; his Facebook post quoted in the next paragraph
           call("c2", "A_E_lee_prayut_2022_10_07", [LEE, PRAYUT], "2022-10-07", caller=LEE),
           # "by telephone in the evening at the request of the Japanese side, Thai PBS reported"
           call("c3", "A_E_kishida_prayut_2022_10_07", [KISHIDA, PRAYUT], "2022-10-07", caller=KISHIDA),
           # "tried to reach Gen Prayut on Friday afternoon, but the call could not be connected" (the ministry's
           # website is an organization's, not an outlet)
           call("c4", "A_A_marcos_prayut_2022_10_07", [MARCOS, PRAYUT], "2022-10-07", status="attempted", caller=MARCOS),
           # "is due to speak with Gen Prayut by phone on Monday" = 10 Oct
           call("c5", "A_P_ardern_prayut_2022_10_10", [ARDERN, PRAYUT], "2022-10-10", status="planned")],
    rb=[rb("c1", "Thai News Agency", True), rb("c2", "Facebook", True), rb("c3", "Thai PBS", True)])

# 4208 ABC News, Fri 2022-10-07: a short brief with no date in its text (the day is the metadata's)
A["4208"] = dict(
    ents=[ALBANESE, PRAYUT, WONG, DON, "Tom Ashworth-Mbeki",
          "Twitter", "Australian Associated Press",
          "Thailand", "Australia",
          "Department of Foreign Affairs and Trade"],
    calls=[call("c1", ALBANESE_PRAYUT, [ALBANESE, PRAYUT], "2022-10-07"),
           # ministers: "spoke with ... Don Pramudwinai on Thursday night, a spokesperson for Senator Wong said in a
           # statement to AAP"
           call("c2", "A_E_wong_don_2022_10_06", [WONG, DON], "2022-10-06")],
    rb=[rb("c1", "Twitter", True), rb("c2", "Australian Associated Press", True)])

# 4209 The National, Fri 2022-02-18: a feature on the UAE-India trade deal; no outlet credited
A["4209"] = dict(
    ents=[MODI, MBZ, GOYAL, ZEYOUDI, JAISHANKAR, ABZ, "Farah Al Marzouqi-Grant",
          "United Arab Emirates", "India"],
    calls=[# "met by video link on Friday afternoon for a virtual summit" (no caller). Not the plan of 4202 (an event
           # has one status)
           call("c1", "A_E_modi_mbz_virtual_summit_2022_02_18", [MODI, MBZ], "2022-02-18"),
           call("c2", JAISHANKAR_ABZ, [JAISHANKAR, ABZ], "2022-01-17", caller=JAISHANKAR),
           # ministers: "settled the last of them on a video call last week" (null)
           call("c3", "A_E_goyal_zeyoudi_video_2022_02_last_week", [GOYAL, ZEYOUDI], None)],
    rb=[])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind43, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the date the text anchors to where it has one: the dateline (4203); a date only in the "
        "metadata counts as the publication date (4208 c1); where local dates differ across time zones, the event "
        "date is the UTC date of the call (4200/4201). See README.md."),
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
