#!/usr/bin/env python3
"""Build ../gold.json (blind40, part B) from the hand annotation below and the registry of names.

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
MAHATHIR, LEE, NAJIB, AGONG, JOKOWI, BOLKIAH, ABE, LI, ANWAR, MUHYIDDIN = "Mahathir Mohamad", "Lee Hsien Loong", \
    "Najib Razak", "Muhammad V", "Joko Widodo", "Hassanal Bolkiah", "Shinzo Abe", "Li Keqiang", "Anwar Ibrahim", \
    "Muhyiddin Yassin"
TURNBULL, MORRISON, ARDERN, TRUMP, BIDEN = "Malcolm Turnbull", "Scott Morrison", "Jacinda Ardern", "Donald Trump", \
    "Joe Biden"
MODI, GHANI, TOKAYEV, TSHERING, IMRAN, PUTIN = "Narendra Modi", "Mohammad Ashraf Ghani", "Kassym-Jomart Tokayev", \
    "Lotay Tshering", "Imran Khan", "Vladimir Putin"
ERDOGAN, TAMIM, ABDULLAH, ABBAS = "Recep Tayyip Erdoğan", "Tamim bin Hamad Al Thani", "Abdullah II", "Mahmoud Abbas"
BALAKRISHNAN, LIMGE, SABU, WANAZIZAH, DAIM = "Vivian Balakrishnan", "Lim Guan Eng", "Mohamad Sabu", \
    "Wan Azizah Wan Ismail", "Daim Zainuddin"
COSGROVE, SHORTEN, PETERS, PAYNE, POMPEO = "Peter Cosgrove", "Bill Shorten", "Winston Peters", "Marise Payne", \
    "Mike Pompeo"
FAISAL, QURESHI, WANGYI, ASSAF = "Mohammad Faisal", "Shah Mehmood Qureshi", "Wang Yi", "Ibrahim Al-Assaf"
ALTUN, KALIN, HISHAM, FAISALBF, OTHAIMEEN, MALIKI, RETNO, CAVUSOGLU = "Fahrettin Altun", "İbrahim Kalın", \
    "Hishammuddin Hussein", "Faisal bin Farhan Al Saud", "Yousef Al-Othaimeen", "Riyad al-Maliki", "Retno Marsudi", \
    "Mevlüt Çavuşoğlu"

# cross-article events
LEE_MAHATHIR = "B_E_lee_mahathir_2018_05_11"          # 3910 (ST: "called ... on Friday (May 11)"; Facebook post quoted six
                                                      # paragraphs later); 3911 (Malay Mail/Bernama, "PUTRAJAYA, May 12 —",
                                                      # page 13 May: "yesterday received telephone calls from"); 3912 (SCMP
                                                      # feature, 9 June: "telephoned the day after the swearing-in")
WIDODO_MAHATHIR = "B_E_widodo_mahathir_2018_05_10"    # 3911 ("Joko Widodo had been the first foreign leader to call him, on
                                                      # Thursday night"); 3912 ("Jokowi rang within an hour of the oath-taking
                                                      # ... on May 10")
TRUMP_MORRISON = "B_E_trump_morrison_2019_05_19"      # 3913 (ABC live blog, 10:38am entry: "a little after 10:00am, which is
                                                      # around 8:00pm on Saturday in Washington"; Twitter in the 11:31am entry);
                                                      # 3914 (Washington Examiner: "on Saturday night"; Twitter; AAP named in
                                                      # the last line); 3917 (NZ Herald Q&A: "got his call to Mr Morrison in
                                                      # before Ms Ardern did", no day). 10:00am AEST (UTC+10) on Sunday 19 May
                                                      # = 00:00 UTC on 19 May: dated by the UTC day
ARDERN_MORRISON = "B_E_ardern_morrison_2019_05_19"    # 3913 (12:20pm entry: "spoke to Mr Morrison by phone this morning"; "she
                                                      # told RNZ"); 3917 ("spoke to him by phone the morning after the election")
ERDOGAN_MUHYIDDIN = "B_E_erdogan_muhyiddin_2021_05_13"  # 3918 (Daily Sabah: "On Thursday evening, Erdoğan held a phone call
                                                      # with ... Muhyiddin Yasin", no caller); 3919 (The Star: "Erdogan, who
                                                      # telephoned him shortly before 1am on Friday, Malaysian time") = 16:5x UTC
                                                      # on Thursday 13 May (19:5x in Istanbul): dated by the UTC day; a builder
                                                      # reading 3919 alone says 2021-05-14

# 3910 The Straits Times, Sat 2018-05-12
A["3910"] = dict(
    ents=[LEE, MAHATHIR, NAJIB, AGONG, JOKOWI, BALAKRISHNAN, "Ong Su-Lin",
          "The Straits Times", "Facebook",
          "Singapore", "Malaysia", "Indonesia",
          "Prime Minister's Office (Singapore)", "Pakatan Harapan", "Barisan Nasional", "Singapore Press Holdings"],
    calls=[# "Prime Minister Lee Hsien Loong called ... Mahathir Mohamad on Friday (May 11)"; the Facebook post ("Spoke to Tun
           # Dr Mahathir this afternoon") is quoted six paragraphs later
           call("c1", LEE_MAHATHIR, [LEE, MAHATHIR], "2018-05-11", caller=LEE),
           # "Mr Lee also had a phone conversation on Thursday with outgoing prime minister Najib Razak" (no caller)
           call("c2", "B_E_lee_najib_2018_05_10", [LEE, NAJIB], "2018-05-10"),
           # "Mr Lee has also spoken with Indonesian President Joko Widodo about the outcome" (not said to be a call; no day)
           call("c3", "B_E_lee_widodo_2018_05", [LEE, JOKOWI], None, required=False)],
    rb=[rb("c1", "Facebook", True)])

# 3911 Malay Mail (Bernama), Sun 2018-05-13: "PUTRAJAYA, May 12 —"; a list of congratulation calls
A["3911"] = dict(
    ents=[MAHATHIR, LEE, TURNBULL, BOLKIAH, JOKOWI, ABE, NAJIB, LIMGE, MUHYIDDIN, SABU,
          "Bernama", "Malay Mail",
          "Singapore", "Australia", "Malaysia", "Brunei", "Indonesia", "Japan",
          "Prime Minister's Office (Malaysia)", "Perdana Leadership Foundation", "Parti Pribumi Bersatu Malaysia",
          "Pakatan Harapan", "Barisan Nasional"],
    calls=[# "yesterday received telephone calls from ... Lee Hsien Loong and Malcolm Turnbull": yesterday of the dateline
           # (12 May) = 11 May; the page is 13 May
           call("c1", LEE_MAHATHIR, [LEE, MAHATHIR], "2018-05-11", caller=LEE),
           call("c2", "B_E_turnbull_mahathir_2018_05_11", [TURNBULL, MAHATHIR], "2018-05-11", caller=TURNBULL),
           # "received a telephone call this morning from the Sultan of Brunei" (12 May, the dateline's day)
           call("c3", "B_E_bolkiah_mahathir_2018_05_12", [BOLKIAH, MAHATHIR], "2018-05-12", caller=BOLKIAH),
           # "Joko Widodo had been the first foreign leader to call him, on Thursday night" (10 May)
           call("c4", WIDODO_MAHATHIR, [JOKOWI, MAHATHIR], "2018-05-10", caller=JOKOWI),
           # "Abe is expected to speak to Dr Mahathir by telephone next week" (planned; no day; no caller)
           call("c5", "B_P_abe_mahathir_2018_05", [ABE, MAHATHIR], None, status="planned")],
    rb=[rb("c1", "Bernama", False), rb("c2", "Bernama", False), rb("c3", "Bernama", False), rb("c4", "Bernama", False),
        rb("c5", "Bernama", False)])

# 3912 South China Morning Post (This Week in Asia), Sat 2018-06-09: a feature with calls in passing
A["3912"] = dict(
    ents=[MAHATHIR, NAJIB, JOKOWI, LEE, ABE, LI, ANWAR, DAIM, WANAZIZAH, "Nadia Rahim Lockhart",
          "This Week in Asia", "South China Morning Post", "Nikkei Asian Review", "Malaysiakini", "Sin Chew Daily",
          "Indonesia", "Singapore", "Japan", "China",
          "Council of Eminent Persons"],
    calls=[# "On the morning after the May 9 vote ... Mahathir Mohamad picked up the phone to call Najib Razak. Nobody answered"
           # (attempted; 10 May; caller Mahathir; "the May 9 vote" was added after hashing, see README)
           call("c1", "B_A_mahathir_najib_2018_05_10", [MAHATHIR, NAJIB], "2018-05-10", status="attempted",
                caller=MAHATHIR),
           # "Jokowi rang within an hour of the oath-taking at Istana Negara on May 10"
           call("c2", WIDODO_MAHATHIR, [JOKOWI, MAHATHIR], "2018-05-10", caller=JOKOWI),
           # "Lee Hsien Loong telephoned the day after the swearing-in" (11 May, a day told by an event)
           call("c3", LEE_MAHATHIR, [LEE, MAHATHIR], "2018-05-11", caller=LEE),
           # "Shinzo Abe spoke to Mahathir by phone in mid-May" (no day: null); "In an interview with the Nikkei Asian
           # Review ... Mahathir said Abe had used their call"
           call("c4", "B_E_abe_mahathir_2018_05", [ABE, MAHATHIR], None),
           # "Malaysiakini, citing the Chinese-language Sin Chew Daily, reported that Premier Li Keqiang had telephoned
           # Mahathir"; "Mahathir's office said ... no such call had taken place" (denied; claimed caller Li; no day)
           call("c5", "B_D_li_mahathir_2018_05", [LI, MAHATHIR], None, status="denied", caller=LI)],
    rb=[rb("c4", "Nikkei Asian Review", True), rb("c5", "Malaysiakini", True), rb("c5", "Sin Chew Daily", True)])

# 3913 ABC News live blog, Sun 2019-05-19: AEST entries, newest first; no date in the text (metadata only)
A["3913"] = dict(
    ents=[MORRISON, SHORTEN, TRUMP, COSGROVE, ARDERN, MODI, "Tessa Malone", "James Oduya",
          "ABC News", "RNZ", "Twitter",
          "Australia", "New Zealand", "United States", "India",
          "Australian Electoral Commission"],
    calls=[# 1:05pm: "the Prime Minister will phone the Governor-General, Sir Peter Cosgrove, this afternoon" (planned, 19 May)
           call("c1", "B_P_morrison_cosgrove_2019_05_19", [MORRISON, COSGROVE], "2019-05-19", status="planned",
                caller=MORRISON),
           # 12:20pm: "Ardern says she spoke to Mr Morrison by phone this morning" ... "she told RNZ" (no caller)
           call("c2", ARDERN_MORRISON, [ARDERN, MORRISON], "2019-05-19"),
           # 10:38am: "Donald Trump has called Scott Morrison"; "a little after 10:00am, which is around 8:00pm on Saturday in
           # Washington" (UTC 19 May); 11:31am: "posted about the conversation on Twitter"
           call("c3", TRUMP_MORRISON, [TRUMP, MORRISON], "2019-05-19", caller=TRUMP),
           # 9:12am: "Bill Shorten rang Mr Morrison shortly before 11:00pm to concede" (last night = 18 May; 12:5x UTC)
           call("c4", "B_E_shorten_morrison_2019_05_18", [SHORTEN, MORRISON], "2019-05-18", caller=SHORTEN)],
    rb=[rb("c2", "RNZ", True), rb("c3", "Twitter", True)])

# 3914 Washington Examiner, Sun 2019-05-19: a short brief
A["3914"] = dict(
    ents=[TRUMP, MORRISON, TURNBULL, SHORTEN, MODI, "Katelyn Ruiz",
          "Washington Examiner", "Twitter", "Axios", "Australian Associated Press",
          "Australia", "China", "Japan", "India",
          "White House", "Labor Party", "Bharatiya Janata Party"],
    calls=[# "President Trump called ... Scott Morrison on Saturday night" (Washington time; the UTC day is Sunday 19 May, see
           # 3913); "Trump later wrote on Twitter"; "The Australian Associated Press reported that the call lasted" (last line)
           call("c1", TRUMP_MORRISON, [TRUMP, MORRISON], "2019-05-19", caller=TRUMP),
           # "Axios has learned that the president also plans to call ... Modi once votes ... are counted on Thursday"
           # (planned, 23 May)
           call("c2", "B_P_trump_modi_2019_05_23", [TRUMP, MODI], "2019-05-23", status="planned", caller=TRUMP)],
    rb=[rb("c1", "Twitter", True), rb("c1", "Australian Associated Press", True), rb("c2", "Axios", True)])

# 3915 The Economic Times, Sat 2019-05-25: the PMO statement of Friday 24 May reposted; outlet blank in the metadata
A["3915"] = dict(
    ents=[MODI, ABE, MORRISON, GHANI, TOKAYEV, TSHERING, PUTIN,
          "The Economic Times",
          "Japan", "Australia", "Afghanistan", "Kazakhstan", "Bhutan", "India", "Russia",
          "Prime Minister's Office (India)", "National Democratic Alliance"],
    calls=[# the statement "released ... late on Friday": "received telephone calls today from" Abe, Morrison, Ghani and
           # Tokayev = 24 May, the statement's day (the page is 25 May)
           call("c1", "B_E_abe_modi_2019_05_24", [ABE, MODI], "2019-05-24", caller=ABE),
           call("c2", "B_E_morrison_modi_2019_05_24", [MORRISON, MODI], "2019-05-24", caller=MORRISON),
           call("c3", "B_E_ghani_modi_2019_05_24", [GHANI, MODI], "2019-05-24", caller=GHANI),
           call("c4", "B_E_tokayev_modi_2019_05_24", [TOKAYEV, MODI], "2019-05-24", caller=TOKAYEV),
           # "Yesterday, the Prime Minister of Bhutan ... had called the Prime Minister" = 23 May against the statement
           call("c5", "B_E_tshering_modi_2019_05_23", [TSHERING, MODI], "2019-05-23", caller=TSHERING),
           # "Modi is also likely to speak by phone with ... Putin in the coming days" (planned; no day; no caller)
           call("c6", "B_P_modi_putin_2019_05", [MODI, PUTIN], None, status="planned")],
    rb=[])

# 3916 Dawn, Mon 2019-05-27: telegraphic headline
A["3916"] = dict(
    ents=[IMRAN, MODI, FAISAL, QURESHI, WANGYI, ASSAF, "Sidra Haroon",
          "Dawn", "Twitter",
          "India", "China", "Saudi Arabia",
          "Foreign Office (Pakistan)", "Bharatiya Janata Party", "Shanghai Cooperation Organisation",
          "Organisation of Islamic Cooperation"],
    calls=[# "Imran Khan telephoned his Indian counterpart Narendra Modi on Sunday" (26 May); the spokesman "wrote on Twitter on
           # Sunday evening", three paragraphs later
           call("c1", "B_E_imran_modi_2019_05_26", [IMRAN, MODI], "2019-05-26", caller=IMRAN),
           # "dismissed claims, aired by some Indian television channels ..., that the two prime ministers had already spoken
           # on Thursday" (denied; 23 May; no caller; no outlet named)
           call("c2", "B_D_imran_modi_2019_05_23", [IMRAN, MODI], "2019-05-23", status="denied"),
           # ministers: "Qureshi spoke on the telephone with ... Wang Yi on Saturday" (25 May; no caller)
           call("c3", "B_E_qureshi_wangyi_2019_05_25", [QURESHI, WANGYI], "2019-05-25"),
           # ministers: "had also spoken by telephone last week with his Saudi counterpart, Ibrahim Al-Assaf" (null)
           call("c4", "B_E_qureshi_alassaf_2019_05", [QURESHI, ASSAF], None)],
    rb=[rb("c1", "Twitter", True)])

# 3917 The New Zealand Herald, Tue 2019-05-21: a transcript-like Q&A recorded on Monday 20 May; URL blank
A["3917"] = dict(
    ents=[PETERS, MORRISON, ARDERN, PAYNE, TRUMP, SHORTEN, POMPEO, "Hemi Carrow-Smith",
          "The New Zealand Herald",
          "Australia", "New Zealand", "United States",
          "NZME Publishing Limited"],
    calls=[# "Jacinda Ardern spoke to him by phone the morning after the election" (19 May, a day told by an event: "re-elected
           # Scott Morrison on Saturday", added after hashing; no caller)
           call("c1", ARDERN_MORRISON, [ARDERN, MORRISON], "2019-05-19"),
           # ministers: "I rang Marise Payne on Sunday night" (19 May; caller Peters)
           call("c2", "B_E_peters_payne_2019_05_19", [PETERS, PAYNE], "2019-05-19", caller=PETERS),
           # "Donald Trump got his call to Mr Morrison in before Ms Ardern did" (no day in this article; caller Trump)
           call("c3", TRUMP_MORRISON, [TRUMP, MORRISON], None, caller=TRUMP),
           # "reports ... that you phoned Bill Shorten on election night" - "No. I did not call Mr Shorten" (denied; 18 May;
           # claimed caller Peters; no outlet named)
           call("c4", "B_D_peters_shorten_2019_05_18", [PETERS, SHORTEN], "2019-05-18", status="denied", caller=PETERS),
           # "I'm due to speak to Secretary Pompeo by phone on Thursday" (planned, 23 May; no caller)
           call("c5", "B_P_peters_pompeo_2019_05_23", [PETERS, POMPEO], "2019-05-23", status="planned")],
    rb=[])

# 3918 Daily Sabah, Fri 2021-05-14: a round-up of one day's calls (Thursday 13 May, the first day of Eid al-Fitr)
A["3918"] = dict(
    ents=[ERDOGAN, PUTIN, ALTUN, TAMIM, ABDULLAH, MUHYIDDIN, ABBAS, BIDEN, KALIN,
          "Daily Sabah", "Twitter", "TRT Haber", "Anadolu Agency",
          "Russia", "Qatar", "Jordan", "Malaysia", "Palestine", "Turkey", "Israel", "United States",
          "Communications Directorate", "White House", "UN General Assembly"],
    calls=[# "In a call with Russian President Vladimir Putin" (Thursday; no caller); Altun "shared a summary of the conversation
           # on Twitter"
           call("c1", "B_E_erdogan_putin_2021_05_13", [ERDOGAN, PUTIN], "2021-05-13"),
           # "Sheikh Tamim ... called Erdoğan in the afternoon"; "TRT Haber aired footage of Erdoğan taking the call"
           call("c2", "B_E_tamim_erdogan_2021_05_13", [TAMIM, ERDOGAN], "2021-05-13", caller=TAMIM),
           # "Erdoğan also spoke by phone with Jordan's King Abdullah II" (no caller)
           call("c3", "B_E_erdogan_abdullah_2021_05_13", [ERDOGAN, ABDULLAH], "2021-05-13"),
           # "On Thursday evening, Erdoğan held a phone call with ... Muhyiddin Yasin" (no caller here)
           call("c4", ERDOGAN_MUHYIDDIN, [ERDOGAN, MUHYIDDIN], "2021-05-13"),
           # "Earlier in the week, Erdoğan had spoken by phone with ... Mahmoud Abbas" (null)
           call("c5", "B_E_erdogan_abbas_2021_05", [ERDOGAN, ABBAS], None),
           # "Erdoğan has also requested a phone call with ... Joe Biden ..., but the White House had not responded",
           # "Kalın told the state-run Anadolu Agency" (attempted; the requester the caller; no day)
           call("c6", "B_A_erdogan_biden_2021_05", [ERDOGAN, BIDEN], None, status="attempted", caller=ERDOGAN)],
    rb=[rb("c1", "Twitter", True), rb("c2", "TRT Haber", True), rb("c6", "Anadolu Agency", True)])

# 3919 The Star, Mon 2021-05-17; title blank in the metadata
A["3919"] = dict(
    ents=[HISHAM, FAISALBF, OTHAIMEEN, MALIKI, RETNO, CAVUSOGLU, MUHYIDDIN, ERDOGAN, IMRAN, JOKOWI,
          "Kavitha Selvarajan",
          "Bernama", "Facebook",
          "Malaysia", "Israel", "Saudi Arabia", "Palestine", "Indonesia", "Turkey", "Pakistan",
          "Organisation of Islamic Cooperation", "Wisma Putra", "UN General Assembly"],
    calls=[# the OIC's meeting "on Sunday (May 16), which was held by video conference and chaired by" Faisal bin Farhan (no
           # caller); four others named; "Hishammuddin told Bernama after the session"
           call("c1", "B_E_oic_ministers_video_2021_05_16", [HISHAM, FAISALBF, OTHAIMEEN, MALIKI, RETNO], "2021-05-16"),
           # ministers: "had also spoken by phone with ... Mevlut Cavusoglu on Friday evening" (14 May; no caller)
           call("c2", "B_E_hishammuddin_cavusoglu_2021_05_14", [HISHAM, CAVUSOGLU], "2021-05-14"),
           # "Erdogan, who telephoned him shortly before 1am on Friday, Malaysian time" (= Thursday 13 May UTC; caller Erdoğan)
           call("c3", ERDOGAN_MUHYIDDIN, [ERDOGAN, MUHYIDDIN], "2021-05-13", caller=ERDOGAN),
           # "On Saturday, Muhyiddin and ... Imran Khan held a video call" (15 May; no caller); "said in a Facebook post after
           # the call"
           call("c4", "B_E_muhyiddin_imran_video_2021_05_15", [MUHYIDDIN, IMRAN], "2021-05-15"),
           # "Muhyiddin is scheduled to speak with ... Joko Widodo by phone on Tuesday" (planned, 18 May)
           call("c5", "B_P_muhyiddin_widodo_2021_05_18", [MUHYIDDIN, JOKOWI], "2021-05-18", status="planned")],
    rb=[rb("c1", "Bernama", True), rb("c4", "Facebook", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind40, part B): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline or the date of a reposted statement where the text anchors to it "
        "(3911, 3915); where local dates differ across time zones, the event date is the UTC date of the call "
        "(3913/3914, 3918/3919). See README.md."),
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
