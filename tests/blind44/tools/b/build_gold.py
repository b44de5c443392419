#!/usr/bin/env python3
"""Build ../gold.json (blind44, part B) from the hand annotation below and the registry of names.

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
ABBAS, TRUMP, ABDULLAH, ERDOGAN, MOHAMMED6, SISI, NETANYAHU, SALMAN, PUTIN, FRANCIS, TAMIM = \
    "Mahmoud Abbas", "Donald Trump", "Abdullah II of Jordan", "Recep Tayyip Erdoğan", "Mohammed VI", \
    "Abdel Fattah el-Sisi", "Benjamin Netanyahu", "Salman bin Abdulaziz Al Saud", "Vladimir Putin", "Pope Francis", \
    "Tamim bin Hamad Al Thani"
RUDEINEH, SANDERS, RADI, TILLERSON, SAFADI, NAUERT, KALIN, CAVUSOGLU = "Nabil Abu Rudeineh", "Sarah Huckabee Sanders", \
    "Bassam Radi", "Rex Tillerson", "Ayman Safadi", "Heather Nauert", "İbrahim Kalın", "Mevlüt Çavuşoğlu"
JAPAROV, JEENBEKOV, MIRZIYOYEV, TOKAYEV = "Sadyr Japarov", "Sooronbay Jeenbekov", "Shavkat Mirziyoyev", \
    "Kassym-Jomart Tokayev"
ISAYEV, PESKOV, KOZAK, KAMILOV, TILEUBERDI, UALI = "Kanat Isayev", "Dmitry Peskov", "Dmitry Kozak", \
    "Abdulaziz Kamilov", "Mukhtar Tileuberdi", "Berik Uali"
THONGLOUN, PRAYUT, PHUC, HUNSEN, XI, ABE = "Thongloun Sisoulith", "Prayut Chan-o-cha", "Nguyen Xuan Phuc", "Hun Sen", \
    "Xi Jinping", "Shinzo Abe"
SALEUMXAY, KANG, DON = "Saleumxay Kommasith", "Kang Kyung-wha", "Don Pramudwinai"
MORRISON, MODI, KISHIDA = "Scott Morrison", "Narendra Modi", "Fumio Kishida"
TEHAN, GOYAL, PAYNE, JAISHANKAR, OFARRELL = "Dan Tehan", "Piyush Goyal", "Marise Payne", "S. Jaishankar", \
    "Barry O'Farrell"

# cross-article events
TRUMP_ABBAS = "B_E_trump_abbas_2017_12_05"          # 4310 (WAFA: "this afternoon received a phone call from US President
                                                    # Donald Trump"; Voice of Palestine); 4311 (AP: "Trump spoke by phone
                                                    # with ... Abbas" on Tuesday, no caller; "a statement carried by the
                                                    # official WAFA news agency"); 4312 (Hürriyet, a week later, in passing:
                                                    # "hours after Abbas had taken Trump's own call", on the eve of the speech)
ERDOGAN_ABBAS = "B_E_erdogan_abbas_2017_12_05"      # 4310 ("This evening, Turkish President Recep Tayyip Erdogan telephoned
                                                    # President Abbas"); 4312 ("On the eve of Trump's announcement last Wednesday, Erdoğan
                                                    # rang ... Abbas": a day told by an event, the speech of Wed 6 Dec)
MIRZIYOYEV_JAPAROV = "B_E_mirziyoyev_japarov_2020_10_16"  # 4313 (RFE/RL live blog, 00:40 entry under "Saturday, October 17",
                                                    # Bishkek time: "has just come off a call with ... Mirziyoyev, the first
                                                    # foreign leader to call him"; Facebook) = about 18:40 UTC on Friday 16
                                                    # October, 23:40 in Tashkent: dated by the UTC day; 4314 (UzA, dateline
                                                    # October 17, page of 18 October: "Yesterday evening ... held a telephone
                                                    # conversation", no caller); 4315 (The Astana Times: "on Friday. Late that
                                                    # night, Mirziyoev became the first foreign leader to ring Zhaparov")
MIRZIYOYEV_TOKAYEV = "B_E_mirziyoyev_tokayev_2020_10_16"  # 4314 ("Earlier that day" = the dateline's yesterday, 16 Oct);
                                                    # 4315 ("by phone with ... Mirziyoev on Friday")
PRAYUT_THONGLOUN = "B_E_prayut_thongloun_2018_07_24"  # 4316 (the PM's Office statement: "On the evening of 24 July 2018,
                                                    # Prime Minister Thongloun Sisoulith received a telephone call from General
                                                    # Prayuth Chan-ocha"); 4317 (Bangkok Post brief, no date in the text:
                                                    # "telephoned ... last night" = 24 July from the metadata's 25 July;
                                                    # Thai News Agency; KPL named once, in the last line)
SUMMIT = "B_E_modi_morrison_video_2022_03_21"       # 4318 (AFR: "spoke by video link ... on Monday afternoon, with Trade
                                                    # Minister Dan Tehan sitting alongside Mr Morrison"; Twitter; the Hindustan
                                                    # Times citing PTI); 4319 (The Hindu Q&A: "yesterday"; "Foreign Minister
                                                    # Marise Payne joined Prime Minister Morrison in Canberra")

# 4310 WAFA, Tue 2017-12-05: wire copy, "RAMALLAH, December 5, 2017 (WAFA) –"
A["4310"] = dict(
    ents=[ABBAS, TRUMP, RUDEINEH, ABDULLAH, ERDOGAN, MOHAMMED6,
          "WAFA", "Voice of Palestine",
          "United States", "Palestine", "Jordan", "Turkey", "Morocco",
          "Al-Quds Committee"],
    calls=[# "President Mahmoud Abbas this afternoon received a phone call from US President Donald Trump"
           call("c1", TRUMP_ABBAS, [TRUMP, ABBAS], "2017-12-05", caller=TRUMP),
           # "Shortly after his conversation with the US President, President Abbas placed a call to His Majesty King
           # Abdullah II of Jordan"
           call("c2", "B_E_abbas_abdullah2_2017_12_05", [ABBAS, ABDULLAH], "2017-12-05", caller=ABBAS),
           # "This evening, Turkish President Recep Tayyip Erdogan telephoned President Abbas"
           call("c3", ERDOGAN_ABBAS, [ERDOGAN, ABBAS], "2017-12-05", caller=ERDOGAN),
           # "The President is expected to hold a telephone conversation tomorrow with His Majesty King Mohammed VI"
           call("c4", "B_P_abbas_mohammed6_2017_12_06", [ABBAS, MOHAMMED6], "2017-12-06", status="planned")],
    rb=[rb("c1", "Voice of Palestine", True),
        rb("c1", "WAFA", False), rb("c2", "WAFA", False), rb("c3", "WAFA", False), rb("c4", "WAFA", False)])

# 4311 The Denver Post (AP), Tue 2017-12-05: "WASHINGTON (AP) —", a round-up of one day's calls
A["4311"] = dict(
    ents=[TRUMP, ABBAS, ABDULLAH, SISI, NETANYAHU, SALMAN, SANDERS, RUDEINEH, RADI, TILLERSON, SAFADI, NAUERT,
          "Thomas Brennan-Adler",
          "Associated Press", "WAFA", "Petra", "Saudi Press Agency",
          "United States", "Israel", "Palestine", "Jordan", "Egypt", "Saudi Arabia",
          "White House", "Royal Hashemite Court", "State Department", "NATO"],
    calls=[# "Trump spoke by phone with Palestinian President Mahmoud Abbas, ..." on Tuesday; "Trump informed the Palestinian
           # leader of his plans" (no caller said here); "a statement carried by the official WAFA news agency"
           call("c1", TRUMP_ABBAS, [TRUMP, ABBAS], "2017-12-05"),
           # "Jordan's Royal Court said Trump phoned King Abdullah II"; "carried by the state-run Petra news agency"
           call("c2", "B_E_trump_abdullah2_2017_12_05", [TRUMP, ABDULLAH], "2017-12-05", caller=TRUMP),
           # "Trump spoke by phone with ... Egyptian President Abdel-Fattah el-Sissi"
           call("c3", "B_E_trump_sisi_2017_12_05", [TRUMP, SISI], "2017-12-05"),
           # "Netanyahu's office said only that the two leaders had spoken by phone"
           call("c4", "B_E_trump_netanyahu_2017_12_05", [TRUMP, NETANYAHU], "2017-12-05"),
           # "the Saudi Press Agency reported that King Salman had taken a call from Trump"
           call("c5", "B_E_trump_salman_2017_12_05", [TRUMP, SALMAN], "2017-12-05", caller=TRUMP),
           # ministers: "Tillerson ... will speak by phone on Wednesday with Jordanian Foreign Minister Ayman Safadi"
           call("c6", "B_P_tillerson_safadi_2017_12_06", [TILLERSON, SAFADI], "2017-12-06", status="planned")],
    rb=[rb("c1", "WAFA", True), rb("c2", "Petra", True), rb("c5", "Saudi Press Agency", True)]
       + [rb(c, "Associated Press", False) for c in ("c1", "c2", "c3", "c4", "c5", "c6")])

# 4312 Hürriyet Daily News, Tue 2017-12-12: a feature on the eve of the OIC summit, calls in passing
A["4312"] = dict(
    ents=[ERDOGAN, TRUMP, ABBAS, PUTIN, FRANCIS, SALMAN, TAMIM, KALIN, CAVUSOGLU, SAFADI, "Selin Akarsu-Demir",
          "Anadolu Agency", "TRT", "Al-Akhbar",
          "Turkey", "United States", "Israel", "Palestine", "Russia", "Saudi Arabia", "Qatar", "Jordan",
          "Organisation of Islamic Cooperation"],
    calls=[# "On the eve of Trump's announcement last Wednesday ..., Erdoğan rang Palestinian President Mahmoud Abbas" (the
           # speech: Wed 6 Dec; "last Wednesday" was added after hashing, see README "Edits")
           call("c1", ERDOGAN_ABBAS, [ERDOGAN, ABBAS], "2017-12-05", caller=ERDOGAN),
           # "hours after Abbas had taken Trump's own call informing him of the plan" (the same eve)
           call("c2", TRUMP_ABBAS, [TRUMP, ABBAS], "2017-12-05", caller=TRUMP),
           # "On the night of the speech, Erdoğan and Russian President Vladimir Putin discussed the decision by phone,
           # Anadolu Agency reported"
           call("c3", "B_E_erdogan_putin_2017_12_06", [ERDOGAN, PUTIN], "2017-12-06"),
           # "On Thursday he telephoned Pope Francis. State broadcaster TRT aired footage of the president ..., receiver to
           # his ear"
           call("c4", "B_E_erdogan_francis_2017_12_07", [ERDOGAN, FRANCIS], "2017-12-07", caller=ERDOGAN),
           # "Erdoğan has also spoken to Saudi Arabia's King Salman by telephone" (no day)
           call("c5", "B_E_erdogan_salman_2017_12", [ERDOGAN, SALMAN], None),
           # "He has been in contact as well with Qatar's Emir Sheikh Tamim bin Hamad Al Thani" (not said to be a call)
           call("c6", "B_E_erdogan_tamim_2017_12", [ERDOGAN, TAMIM], None, required=False),
           # denied: "a report in the Beirut daily Al-Akhbar that Erdoğan had telephoned Trump on the eve of the announcement";
           # "No such conversation happened," Kalın (claimed caller Erdoğan; the claimed day, 5 December)
           call("c7", "B_D_erdogan_trump_2017_12_05", [ERDOGAN, TRUMP], "2017-12-05", status="denied", caller=ERDOGAN),
           # ministers: "Çavuşoğlu spoke with his Jordanian counterpart Ayman Safadi by phone last week" (null)
           call("c8", "B_E_cavusoglu_safadi_2017_12", [CAVUSOGLU, SAFADI], None)],
    rb=[rb("c3", "Anadolu Agency", True), rb("c4", "TRT", True), rb("c7", "Al-Akhbar", True)])

# 4313 RFE/RL, Fri 2020-10-16: a live blog, Bishkek time (UTC+6), oldest entry first, running past midnight
A["4313"] = dict(
    ents=[JEENBEKOV, ISAYEV, JAPAROV, TOKAYEV, PESKOV, PUTIN, KOZAK, MIRZIYOYEV,
          "Radio Free Europe/Radio Liberty", "KTRK", "Kaktus.media", "Kommersant", "Facebook", "Azattyk",
          "Kyrgyzstan", "Russia", "Kazakhstan", "Uzbekistan",
          "Kremlin"],
    calls=[# 13:15: "spent much of Thursday night trying to reach Isaev by phone ... 'I called him three times. He did not pick
           # up'" (attempted; the caller is Japarov)
           call("c1", "B_A_japarov_isayev_2020_10_15", [JAPAROV, ISAYEV], "2020-10-15", status="attempted",
                caller=JAPAROV),
           # 15:30: "In an interview with the public broadcaster KTRK, Japarov said he would hold telephone talks with Kazakh
           # President Kassym-Jomart Tokayev 'in the next few days'" (planned; null; no caller)
           call("c2", "B_P_tokayev_japarov_2020_10", [TOKAYEV, JAPAROV], None, status="planned"),
           # 17:20: Peskov "told reporters that President Vladimir Putin has not spoken to Japarov", "responding to a report by
           # the Kyrgyz news site Kaktus.media that the two men had talked by phone on Thursday" (denied; no caller)
           call("c3", "B_D_putin_japarov_2020_10_15", [PUTIN, JAPAROV], "2020-10-15", status="denied"),
           # 19:05: "Kommersant has learned that Dmitry Kozak ... did speak to Japarov by phone on Thursday"
           call("c4", "B_E_kozak_japarov_2020_10_15", [KOZAK, JAPAROV], "2020-10-15"),
           # 00:40 (Saturday, October 17): "Japarov has just come off a call with Uzbek President Shavkat Mirziyoyev, the
           # first foreign leader to call him" (about 18:40 UTC on Friday: the UTC day); "a post on the acting president's
           # Facebook page"
           call("c5", MIRZIYOYEV_JAPAROV, [MIRZIYOYEV, JAPAROV], "2020-10-16", caller=MIRZIYOYEV)],
    rb=[rb("c2", "KTRK", True), rb("c3", "Kaktus.media", True), rb("c4", "Kommersant", True),
        rb("c5", "Facebook", True)])

# 4314 UzA, page of Sun 2020-10-18, dateline "TASHKENT, October 17 (UzA) --"; title blank in the metadata
A["4314"] = dict(
    ents=[MIRZIYOYEV, JAPAROV, TOKAYEV, KAMILOV, TILEUBERDI,
          "UzA",
          "Uzbekistan", "Kyrgyzstan", "Kazakhstan",
          "State Customs Committee (Uzbekistan)"],
    calls=[# "Yesterday evening, ... Shavkat Mirziyoyev held a telephone conversation with Sadir Japarov" (yesterday against the
           # dateline of 17 October: 16 October; no caller)
           call("c1", MIRZIYOYEV_JAPAROV, [MIRZIYOYEV, JAPAROV], "2020-10-16"),
           # "Earlier that day, Shavkat Mirziyoyev discussed developments in the region in a telephone conversation with the
           # President of the Republic of Kazakhstan Kassym-Jomart Tokayev"
           call("c2", MIRZIYOYEV_TOKAYEV, [MIRZIYOYEV, TOKAYEV], "2020-10-16"),
           # ministers: "On Thursday, ... Abdulaziz Kamilov and ... Mukhtar Tileuberdi also held a telephone conversation"
           call("c3", "B_E_kamilov_tileuberdi_2020_10_15", [KAMILOV, TILEUBERDI], "2020-10-15")],
    rb=[rb("c1", "UzA", False), rb("c2", "UzA", False), rb("c3", "UzA", False)])

# 4315 The Astana Times, Mon 2020-10-19: the Akorda statement quoted after an intro
A["4315"] = dict(
    ents=[TOKAYEV, JAPAROV, JEENBEKOV, ISAYEV, MIRZIYOYEV, UALI, "Zhanna Kuanyshbekova",
          "Khabar 24", "Facebook",
          "Kazakhstan", "Kyrgyzstan", "Uzbekistan",
          "Akorda"],
    calls=[# "Today, at the initiative of the Kazakh side, President Kassym-Jomart Tokayev held a telephone conversation with
           # the acting President of the Kyrgyz Republic, Sadyr Zhaparov" ("on Oct. 19"); "Khabar 24 aired footage of the
           # President taking the call"; Uali "wrote on Facebook" three paragraphs later
           call("c1", "B_E_tokayev_japarov_2020_10_19", [TOKAYEV, JAPAROV], "2020-10-19", caller=TOKAYEV),
           # "Tokayev had already discussed the events in Kyrgyzstan by phone with Uzbek President Shavkat Mirziyoev on Friday"
           call("c2", MIRZIYOYEV_TOKAYEV, [MIRZIYOYEV, TOKAYEV], "2020-10-16"),
           # "Late that night, Mirziyoev became the first foreign leader to ring Zhaparov" (Friday night; caller Mirziyoyev)
           call("c3", MIRZIYOYEV_JAPAROV, [MIRZIYOYEV, JAPAROV], "2020-10-16", caller=MIRZIYOYEV)],
    rb=[rb("c1", "Khabar 24", True), rb("c1", "Facebook", True)])

# 4316 Vientiane Times, Thu 2018-07-26: the Prime Minister's Office statement (dated 25 July) reposted, with a list of
# condolence calls; URL blank in the metadata
A["4316"] = dict(
    ents=[THONGLOUN, PRAYUT, PHUC, XI, ABE, HUNSEN, SALEUMXAY, KANG, "Phonesavanh Keomany",
          "Facebook",
          "Laos", "Thailand", "Vietnam", "China", "Japan", "Cambodia", "South Korea",
          "Prime Minister's Office (Laos)", "Ministry of Foreign Affairs (Laos)"],
    calls=[# "On the evening of 24 July 2018, Prime Minister Thongloun Sisoulith received a telephone call from General Prayuth
           # Chan-ocha"
           call("c1", PRAYUT_THONGLOUN, [PRAYUT, THONGLOUN], "2018-07-24", caller=PRAYUT),
           # "This morning, the Prime Minister received a telephone call from Nguyen Xuan Phuc" ("this morning" of the
           # statement issued "Vientiane, 25 July 2018", not of the page's 26 July)
           call("c2", "B_E_phuc_thongloun_2018_07_25", [PHUC, THONGLOUN], "2018-07-25", caller=PHUC),
           # "Also on Wednesday, Cambodian Prime Minister Samdech Techo Hun Sen spoke with Prime Minister Thongloun by
           # telephone, according to a post on the Cambodian leader's official Facebook page"
           call("c3", "B_E_hunsen_thongloun_2018_07_25", [HUNSEN, THONGLOUN], "2018-07-25"),
           # ministers: "Saleumxay Kommasith took a telephone call yesterday from Republic of Korea Foreign Minister Kang
           # Kyung-wha, ..., according to a notice posted on the Ministry of Foreign Affairs website" (no outlet)
           call("c4", "B_E_kang_saleumxay_2018_07_25", [KANG, SALEUMXAY], "2018-07-25", caller=KANG)],
    rb=[rb("c3", "Facebook", True)])

# 4317 Bangkok Post, Wed 2018-07-25: a short brief under a telegraphic headline; no date in the text
A["4317"] = dict(
    ents=[PRAYUT, THONGLOUN, DON, SALEUMXAY,
          "Thai News Agency", "Lao News Agency",
          "Laos", "Thailand", "South Korea",
          "Government House (Thailand)", "Ratchaburi Electricity Generating Holding", "SK Engineering & Construction"],
    calls=[# "Prayut Chan-o-cha telephoned his Lao counterpart Thongloun Sisoulith last night" (= 24 July from the metadata);
           # "A government spokesman later told the Thai News Agency that Mr Thongloun had welcomed the offer"; "Mr Thongloun
           # thanked Gen Prayut for the call ..., the Lao news agency KPL reported" (the last line)
           call("c1", PRAYUT_THONGLOUN, [PRAYUT, THONGLOUN], "2018-07-24", caller=PRAYUT),
           # "Gen Prayut had first tried to reach Mr Thongloun in the afternoon, but the Lao leader ... could not take the call"
           call("c2", "B_A_prayut_thongloun_2018_07_24", [PRAYUT, THONGLOUN], "2018-07-24", status="attempted",
                caller=PRAYUT),
           # ministers: "Don Pramudwinai is expected to call his Lao counterpart, Saleumxay Kommasith, today" (caller Don)
           call("c3", "B_P_don_saleumxay_2018_07_25", [DON, SALEUMXAY], "2018-07-25", status="planned", caller=DON)],
    rb=[rb("c1", "Thai News Agency", True), rb("c1", "Lao News Agency", True)])

# 4318 The Australian Financial Review, Mon 2022-03-21: a news story (byline, stamp, save/share line)
A["4318"] = dict(
    ents=[MORRISON, MODI, TEHAN, GOYAL, KISHIDA, "Hamish Corbett-Ryan",
          "Twitter", "Hindustan Times", "Press Trust of India",
          "Australia", "India", "Ukraine", "Russia", "Japan",
          "United Nations"],
    calls=[# "The two leaders spoke by video link for about 90 minutes on Monday afternoon, with Trade Minister Dan Tehan sitting
           # alongside Mr Morrison in Canberra" (three named; no caller); Modi's "post on Twitter two hours after the summit";
           # "The Hindustan Times, citing the Press Trust of India, reported that the leaders had also discussed Ukraine"
           call("c1", SUMMIT, [MORRISON, MODI, TEHAN], "2022-03-21"),
           # ministers: "Mr Tehan had spoken to India's Commerce Minister Piyush Goyal by phone on Saturday"
           call("c2", "B_E_tehan_goyal_2022_03_19", [TEHAN, GOYAL], "2022-03-19"),
           # "Mr Morrison and Mr Modi are expected to hold another video call to mark the signing" (planned; null)
           call("c3", "B_P_morrison_modi_video_2022", [MORRISON, MODI], None, status="planned")],
    rb=[rb("c1", "Twitter", True), rb("c1", "Hindustan Times", True), rb("c1", "Press Trust of India", True)])

# 4319 The Hindu, Tue 2022-03-22: an interview, transcript-like Q&A; URL blank in the metadata
A["4319"] = dict(
    ents=[OFARRELL, MODI, MORRISON, PAYNE, JAISHANKAR, "Aparna Venkataraman-Pillai",
          "The Australian",
          "Australia", "India", "Russia", "Ukraine",
          "Quad"],
    calls=[# "held their second virtual summit yesterday"; "spoke by video for an hour and a half, and Foreign Minister Marise
           # Payne joined Prime Minister Morrison in Canberra for the discussion on regional security" (three named)
           call("c1", SUMMIT, [MODI, MORRISON, PAYNE], "2022-03-21"),
           # denied: "A report in The Australian last week said Mr. Morrison had telephoned Mr. Modi before the summit" - "No.
           # There was no phone call between the two Prime Ministers last week." (claimed caller Morrison; null)
           call("c2", "B_D_morrison_modi_2022_03", [MORRISON, MODI], None, status="denied", caller=MORRISON),
           # ministers: "Ms. Payne spoke with External Affairs Minister S. Jaishankar by phone on Friday" (18 March)
           call("c3", "B_E_payne_jaishankar_2022_03_18", [PAYNE, JAISHANKAR], "2022-03-18")],
    rb=[rb("c2", "The Australian", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind44, part B): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline or the date of a reposted statement where the text anchors to it (4314, "
        "4316); where local dates differ across time zones, the event date is the UTC date of the call (4313/4314/4315). "
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
