#!/usr/bin/env python3
"""Build ../gold.json (blind42, part B) from the hand annotation below and the registry of names.

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
ABE, TRUMP, XI, MOON, KIM, SUGA, TRUDEAU, BIDEN = "Shinzo Abe", "Donald Trump", "Xi Jinping", "Moon Jae-in", \
    "Kim Jong Un", "Yoshihide Suga", "Justin Trudeau", "Joe Biden"
SHEHBAZ, NAWAZ, IMRAN, ZARDARI, MODI, RAHMON, ISMAIL, LI = "Shehbaz Sharif", "Nawaz Sharif", "Imran Khan", \
    "Asif Ali Zardari", "Narendra Modi", "Emomali Rahmon", "Ismail Sabri Yaakob", "Li Keqiang"
ERDOGAN, MBS, TAMIM, BENNETT, LAPID, NETANYAHU = "Recep Tayyip Erdoğan", "Mohammed bin Salman", \
    "Tamim bin Hamad Al Thani", "Naftali Bennett", "Yair Lapid", "Benjamin Netanyahu"
KONO, TILLERSON, KANG, ONODERA, SANDERS, NAUERT, MATTIS, HALEY = "Taro Kono", "Rex Tillerson", "Kang Kyung-wha", \
    "Itsunori Onodera", "Sarah Huckabee Sanders", "Heather Nauert", "James Mattis", "Nikki Haley"
PARK, JEONG, DUNFORD, KAWANO, WANG, FREELAND, BISHOP = "Park Soo-hyun", "Jeong Kyeong-doo", "Joseph Dunford", \
    "Katsutoshi Kawano", "Wang Yi", "Chrystia Freeland", "Julie Bishop"
MARYAM, AURANGZEB, SADIQ, QAISER, FAWAD = "Maryam Nawaz", "Marriyum Aurangzeb", "Ayaz Sadiq", "Asad Qaiser", \
    "Fawad Chaudhry"
BLINKEN, ABZ, KHAJA, ZAYANI, BOURITA, SAFADI, SHOUKRY = "Antony Blinken", "Abdullah bin Zayed Al Nahyan", \
    "Mohamed Al Khaja", "Abdullatif Al Zayani", "Nasser Bourita", "Ayman Safadi", "Sameh Shoukry"

# cross-article events
ABE_TRUMP = "B_E_abe_trump_2017_11_28"          # 4110 (Kyodo: "on Wednesday morning", "began at about 8:15 a.m." Tokyo time,
                                                # "at the request of the Japanese side"); 4111 (The Hill: "on Tuesday evening",
                                                # no caller). 08:15 JST Wednesday = 23:15 UTC Tuesday 28 Nov = 18:15 EST
                                                # Tuesday: dated by the UTC day; a builder reading 4110 alone says 11-29
TRUMP_MOON = "B_E_trump_moon_2017_11_29"        # 4111 ("later on Wednesday morning", no caller); 4112 (Yonhap: "a day after"
                                                # Thursday's ministers' call, "Trump called Moon at around 11 p.m.")
NAWAZ_SHEHBAZ = "B_E_nawaz_shehbaz_2022_04_09"  # 4114 (Dawn live blog, 1:12am PKT entry "Nawaz calls Shehbaz", "It is just
                                                # after 9pm in London"; Maryam's Twitter post in the 1:41am entry); 4115 (The
                                                # Nation: "after the vote on Saturday night ... rang him"). 01:12 PKT Sunday =
                                                # 20:12 UTC Saturday 9 April: dated by the UTC day (also London's and the
                                                # idiom "Saturday night"); a builder reading 4114 by its clock says 04-10
ERDOGAN_SHEHBAZ = "B_E_erdogan_shehbaz_2022_04_12"  # 4115 ("yesterday received telephone calls from"; page of 13 April);
                                                # 4116 (Daily Sabah with AA, "on Tuesday", "Erdoğan called Sharif"; the name
                                                # written "Shahbaz Sharif"; Twitter post)
BIDEN_BENNETT = "B_E_biden_bennett_2021_06_13"  # 4117 (JPost page of 14 June 00:41, "shortly before midnight"; the PMO
                                                # statement's "this evening"; Twitter); 4119 (The National, 30 June: "took a
                                                # congratulatory call from ... on the night of the Knesset vote of June 13")
LAPID_ABZ = "B_E_lapid_abdullah_2021_06_14"     # 4118 (WAM on Khaleej Times: "ABU DHABI, 15th June, 2021 (WAM) --" ...
                                                # "received a phone call yesterday from", page of 16 June); 4119 ("rang ... on
                                                # June 14, the day after the new government was sworn in"; Army Radio)

# 4110 The Japan Times (Kyodo), Wed 2017-11-29
A["4110"] = dict(
    ents=[ABE, TRUMP, KONO, TILLERSON, KANG, SUGA, ONODERA, KIM,
          "The Japan Times", "Kyodo News", "NHK",
          "Japan", "United States", "North Korea", "South Korea", "China", "Russia",
          "Ministry of Foreign Affairs (Japan)", "Ministry of Defense (Japan)", "United Nations Security Council",
          "National Diet"],
    calls=[# "agreed by telephone on Wednesday morning"; "began at about 8:15 a.m. and was held at the request of the Japanese
           # side" (caller Abe); UTC day 28 Nov (see ABE_TRUMP); "in remarks NHK broadcast live"
           call("c1", ABE_TRUMP, [ABE, TRUMP], "2017-11-28", caller=ABE),
           # ministers: "Taro Kono held separate phone talks with ... Rex Tillerson at around 11 a.m." (Wednesday, 02:00 UTC)
           call("c2", "B_E_kono_tillerson_2017_11_29", [KONO, TILLERSON], "2017-11-29"),
           # "Kono is also set to speak with ... Kang Kyung-wha, by phone on Thursday" (planned, 30 Nov; no caller)
           call("c3", "B_P_kono_kang_2017_11_30", [KONO, KANG], "2017-11-30", status="planned")],
    rb=[rb("c1", "NHK", True), rb("c1", "Kyodo News", False), rb("c2", "Kyodo News", False),
        rb("c3", "Kyodo News", False)])

# 4111 The Hill, Wed 2017-11-29: a round-up of the day's calls
A["4111"] = dict(
    ents=[TRUMP, XI, ABE, MOON, KIM, TILLERSON, KANG, SANDERS, NAUERT, MATTIS, HALEY, "Jordan Pelletier-Hayes",
          "The Hill", "Twitter",
          "United States", "China", "Japan", "South Korea", "North Korea",
          "White House", "State Department", "Pentagon", "United Nations Security Council"],
    calls=[# "President Trump placed a call to Chinese President Xi Jinping on Wednesday morning"; "Trump wrote on Twitter about an
           # hour after the call" (post quoted five paragraphs later)
           call("c1", "B_E_trump_xi_2017_11_29", [TRUMP, XI], "2017-11-29", caller=TRUMP),
           # "Trump spoke with Japanese Prime Minister Shinzo Abe on Tuesday evening, a White House official said" (no caller)
           call("c2", ABE_TRUMP, [TRUMP, ABE], "2017-11-28"),
           # "and with South Korean President Moon Jae-in later on Wednesday morning" (no caller here)
           call("c3", TRUMP_MOON, [TRUMP, MOON], "2017-11-29"),
           # ministers: "Rex Tillerson separately spoke by phone with ... Kang Kyung-wha on Wednesday"
           call("c4", "B_E_tillerson_kang_2017_11_29", [TILLERSON, KANG], "2017-11-29")],
    rb=[rb("c1", "Twitter", True)])

# 4112 The Korea Herald (Yonhap), Fri 2017-12-01: "SEOUL, Nov. 30 (Yonhap) --"
A["4112"] = dict(
    ents=[KANG, KONO, MOON, TRUMP, PARK, "Jeong Kyeong-doo", "Joseph Dunford", "Katsutoshi Kawano", WANG, KIM,
          "The Korea Herald", "Yonhap", "Kyodo News", "Korean Central News Agency",
          "South Korea", "Japan", "North Korea", "United States", "China",
          "Cheong Wa Dae", "Joint Chiefs of Staff (South Korea)"],
    calls=[# ministers: "agreed Thursday"; "arranged at Kono's request" (caller Kono); "Japan's Kyodo News reported, citing a
           # Japanese government official" (a wire citing an official about the call)
           call("c1", "B_E_kono_kang_2017_11_30", [KANG, KONO], "2017-11-30", caller=KONO),
           # "a day after ... Moon Jae-in and ... Donald Trump discussed the launch over the phone"; "Trump called Moon at around
           # 11 p.m." (29 Nov, 14:00 UTC)
           call("c2", TRUMP_MOON, [MOON, TRUMP], "2017-11-29", caller=TRUMP),
           # officials: "the top military officers ... held a video conference" "on Thursday" (three named; no caller)
           call("c3", "B_E_jeong_dunford_kawano_video_2017_11_30", [JEONG, DUNFORD, KAWANO], "2017-11-30"),
           # "Kang is expected to hold phone talks with ... Wang Yi in the coming days" (planned; no day)
           call("c4", "B_P_kang_wangyi_2017_12", [KANG, WANG], None, status="planned")],
    rb=[rb("c1", "Kyodo News", True),
        rb("c1", "Yonhap", False), rb("c2", "Yonhap", False), rb("c3", "Yonhap", False), rb("c4", "Yonhap", False)])

# 4113 CBC Radio, As It Happens, Thu 2017-11-30: a transcript-like Q&A; no date in the text (the metadata's only)
A["4113"] = dict(
    ents=[FREELAND, TILLERSON, KONO, BISHOP, KANG, TRUDEAU, TRUMP, MOON, "Kira Haldane-Morrow",
          "As It Happens", "The Globe and Mail",
          "Canada", "North Korea", "United States", "Japan", "Australia", "South Korea"],
    calls=[# "Rex called me on Tuesday afternoon, maybe two hours after the missile went up" (28 Nov; caller Tillerson)
           call("c1", "B_E_tillerson_freeland_2017_11_28", [TILLERSON, FREELAND], "2017-11-28", caller=TILLERSON),
           # "Yesterday afternoon I had a good call with Julie Bishop in Australia" (29 Nov; no caller)
           call("c2", "B_E_freeland_bishop_2017_11_29", [FREELAND, BISHOP], "2017-11-29"),
           # "I spoke with Foreign Minister Kono of Japan this morning" (30 Nov, the metadata's day)
           call("c3", "B_E_freeland_kono_2017_11_30", [FREELAND, KONO], "2017-11-30"),
           # "I'll be calling Minister Kang tomorrow" (planned, 1 Dec; caller Freeland)
           call("c4", "B_P_freeland_kang_2017_12_01", [FREELAND, KANG], "2017-12-01", status="planned", caller=FREELAND),
           # "He spoke with President Moon Jae-in last week" (Trudeau; null; no caller). Not said to be a call (it could have
           # been a meeting): not required (judgement 5)
           call("c5", "B_E_trudeau_moon_2017_11", [TRUDEAU, MOON], None, required=False),
           # "The Globe and Mail reported that the prime minister phoned President Trump about North Korea on Tuesday night" -
           # "No, it isn't" (denied; claimed caller Trudeau; the claimed day)
           call("c6", "B_D_trudeau_trump_2017_11_28", [TRUDEAU, TRUMP], "2017-11-28", status="denied", caller=TRUDEAU)],
    rb=[rb("c6", "The Globe and Mail", True)])

# 4114 Dawn, Sun 2022-04-10: a live blog (PKT, newest first) of the night of the no-confidence vote
A["4114"] = dict(
    ents=[IMRAN, SHEHBAZ, NAWAZ, ZARDARI, MARYAM, AURANGZEB, SADIQ, QAISER, FAWAD,
          "Dawn", "Twitter", "Geo News",
          "Pakistan",
          "National Assembly (Pakistan)", "Pakistan Muslim League-Nawaz", "Pakistan Peoples Party",
          "Pakistan Tehreek-e-Insaf", "Jamiat Ulema-e-Islam (F)"],
    calls=[# 1:12am: "Nawaz Sharif telephoned his younger brother minutes after the result"; "It is just after 9pm in London";
           # 1:41am: Maryam's photograph and words "on Twitter". UTC day 9 April (see NAWAZ_SHEHBAZ)
           call("c1", NAWAZ_SHEHBAZ, [NAWAZ, SHEHBAZ], "2022-04-09", caller=NAWAZ),
           # 11:52pm: "he had tried to call the speaker several times during the evening and ... none of his calls had been
           # picked up" (attempted, 9 April; caller Shehbaz)
           call("c2", "B_A_shehbaz_qaiser_2022_04_09", [SHEHBAZ, QAISER], "2022-04-09", status="attempted",
                caller=SHEHBAZ),
           # 10:05pm: "Zardari and Nawaz Sharif spoke on the telephone earlier this evening ..., Geo News reports, citing PPP
           # sources" (9 April; no caller)
           call("c3", "B_E_zardari_nawaz_2022_04_09", [ZARDARI, NAWAZ], "2022-04-09")],
    rb=[rb("c1", "Twitter", True), rb("c3", "Geo News", True)])

# 4115 The Nation, Wed 2022-04-13: a list of congratulation calls, "ISLAMABAD - ... yesterday"
A["4115"] = dict(
    ents=[SHEHBAZ, ERDOGAN, MBS, RAHMON, ISMAIL, TAMIM, NAWAZ, LI, MODI, IMRAN,
          "Khovar", "Twitter", "Saudi Press Agency",
          "Pakistan", "Turkey", "Saudi Arabia", "Tajikistan", "Malaysia", "Qatar", "China", "India",
          "Prime Minister's Office (Pakistan)", "Aiwan-e-Sadr", "Pakistan Muslim League-Nawaz",
          "Pakistan Tehreek-e-Insaf", "National Assembly (Pakistan)"],
    calls=[# "yesterday received telephone calls from Turkish President Recep Tayyip Erdogan, Saudi Crown Prince Muhammad bin
           # Salman and Tajik President Emomali Rahmon" (12 April; callers)
           call("c1", ERDOGAN_SHEHBAZ, [ERDOGAN, SHEHBAZ], "2022-04-12", caller=ERDOGAN),
           call("c2", "B_E_mbs_shehbaz_2022_04_12", [MBS, SHEHBAZ], "2022-04-12", caller=MBS),
           # "A spokesperson for the Tajik president later told the state news agency Khovar that the conversation had been ..."
           call("c3", "B_E_rahmon_shehbaz_2022_04_12", [RAHMON, SHEHBAZ], "2022-04-12", caller=RAHMON),
           # "Ismail Sabri Yaakob also telephoned the prime minister in the evening" (12 April)
           call("c4", "B_E_ismailsabri_shehbaz_2022_04_12", [ISMAIL, SHEHBAZ], "2022-04-12", caller=ISMAIL),
           # "Sheikh Tamim bin Hamad Al Thani had called the prime minister on Monday night, hours after he took oath" (11 April)
           call("c5", "B_E_tamim_shehbaz_2022_04_11", [TAMIM, SHEHBAZ], "2022-04-11", caller=TAMIM),
           # "The first call the prime minister took after the vote on Saturday night ... Nawaz Sharif rang him minutes after the
           # result was announced" (9 April)
           call("c6", NAWAZ_SHEHBAZ, [NAWAZ, SHEHBAZ], "2022-04-09", caller=NAWAZ),
           # "dismissed as incorrect a report aired by a private television channel that Chinese Premier Li Keqiang had
           # telephoned the prime minister on Monday" (denied; claimed caller Li; the claimed day; the channel is unnamed)
           call("c7", "B_D_li_shehbaz_2022_04_11", [LI, SHEHBAZ], "2022-04-11", status="denied", caller=LI),
           # "a telephone conversation between the two leaders would be arranged at a mutually convenient time" (planned; null)
           call("c8", "B_P_li_shehbaz_2022_04", [LI, SHEHBAZ], None, status="planned")],
    rb=[rb("c2", "Saudi Press Agency", True), rb("c3", "Khovar", True)])

# 4116 Daily Sabah (Anadolu Agency), Tue 2022-04-12: a short brief under a telegraphic headline
A["4116"] = dict(
    ents=[ERDOGAN, SHEHBAZ, NAWAZ, IMRAN,
          "Daily Sabah", "Anadolu Agency", "Twitter",
          "Pakistan", "Turkey", "Afghanistan", "Ukraine", "Qatar",
          "Communications Directorate (Turkey)", "National Assembly (Pakistan)",
          "High-Level Strategic Cooperation Council"],
    calls=[# "on Tuesday held a phone call with ... Shahbaz Sharif"; "Erdoğan called Sharif"; "Sharif thanked Erdoğan in a Twitter
           # post shortly after the call" (quoted)
           call("c1", ERDOGAN_SHEHBAZ, [ERDOGAN, SHEHBAZ], "2022-04-12", caller=ERDOGAN),
           # "Erdoğan last spoke with Khan by phone in February" (month only: null; no caller)
           call("c2", "B_E_erdogan_imran_2022_02", [ERDOGAN, IMRAN], None)],
    rb=[rb("c1", "Twitter", True), rb("c1", "Anadolu Agency", False), rb("c2", "Anadolu Agency", False)])

# 4117 The Jerusalem Post, Mon 2021-06-14 (00:41): the PMO statement reposted in full
A["4117"] = dict(
    ents=[BENNETT, BIDEN, LAPID, BLINKEN, TRUDEAU, NETANYAHU, "Tova Rosenzweig-Haller",
          "Twitter",
          "United States", "Israel", "Canada", "Iran",
          "Prime Minister's Office (Israel)", "Knesset", "White House"],
    calls=[# "shortly before midnight, when US President Joe Biden telephoned"; the statement: "this evening spoke with US President
           # Joe Biden, who called to congratulate him" (13 June); "Bennett later thanked Biden on Twitter" (quoted)
           call("c1", BIDEN_BENNETT, [BIDEN, BENNETT], "2021-06-13", caller=BIDEN),
           # "Earlier in the evening, ... Yair Lapid took a call from US Secretary of State Antony Blinken" (13 June)
           call("c2", "B_E_blinken_lapid_2021_06_13", [BLINKEN, LAPID], "2021-06-13", caller=BLINKEN),
           # "Bennett is also scheduled to speak by phone with ... Justin Trudeau on Tuesday" (planned, 15 June; no caller)
           call("c3", "B_P_bennett_trudeau_2021_06_15", [BENNETT, TRUDEAU], "2021-06-15", status="planned")],
    rb=[rb("c1", "Twitter", True)])

# 4118 Khaleej Times (WAM), Wed 2021-06-16: "ABU DHABI, 15th June, 2021 (WAM) -- ... yesterday"; title blank in metadata
A["4118"] = dict(
    ents=[ABZ, LAPID, KHAJA,
          "Emirates News Agency",
          "United Arab Emirates", "Israel", "United States"],
    calls=[# "received a phone call yesterday from Yair Lapid" (yesterday of the dateline = 14 June; the page is 16 June)
           call("c1", LAPID_ABZ, [LAPID, ABZ], "2021-06-14", caller=LAPID),
           # "agreed to speak again in the coming days to finalise arrangements" (planned; null; no caller). The plan does not
           # say phone (only "again" after a phone call): not required, as the blindset's 025 c4
           call("c2", "B_P_abdullah_lapid_2021_06", [ABZ, LAPID], None, status="planned", required=False)],
    rb=[rb("c1", "Emirates News Agency", False), rb("c2", "Emirates News Agency", False)])

# 4119 The National, Wed 2021-06-30: a feature with calls in passing; outlet blank in metadata
A["4119"] = dict(
    ents=[LAPID, ABZ, BENNETT, BIDEN, ZAYANI, BOURITA, SAFADI, SHOUKRY, NETANYAHU, "Daniel Hirsch-Amari",
          "The National", "Army Radio", "Axios",
          "United Arab Emirates", "Israel", "United States", "Bahrain", "Morocco", "Jordan", "Egypt",
          "Knesset", "White House"],
    calls=[# "Mr Lapid rang Sheikh Abdullah bin Zayed ... on June 14, the day after the new government was sworn in"; "Mr Lapid
           # told Israel's Army Radio" about "That first conversation"
           call("c1", LAPID_ABZ, [LAPID, ABZ], "2021-06-14", caller=LAPID),
           # "Naftali Bennett, who took a congratulatory call from US President Joe Biden on the night of the Knesset vote of
           # June 13"
           call("c2", BIDEN_BENNETT, [BENNETT, BIDEN], "2021-06-13", caller=BIDEN),
           # "Last week he held a video call with ... Abdullatif Al Zayani and ... Nasser Bourita, a conversation first reported by
           # Axios" (null; no caller)
           call("c3", "B_E_lapid_zayani_bourita_video_2021_06", [LAPID, ZAYANI, BOURITA], None),
           # "He has been in touch with Jordan's Foreign Minister Ayman Safadi as well" (not said to be a call)
           call("c4", "B_E_lapid_safadi_2021_06", [LAPID, SAFADI], None, required=False),
           # "expected to speak to Egypt's Foreign Minister Sameh Shoukry by phone 'in the next few days'" (planned; null)
           call("c5", "B_P_lapid_shoukry_2021_07", [LAPID, SHOUKRY], None, status="planned")],
    rb=[rb("c1", "Army Radio", True), rb("c3", "Axios", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind42, part B): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline or the date of a reposted statement where the text anchors to it "
        "(4112, 4117, 4118); where local dates differ across time zones, the event date is the UTC date of the call "
        "(4110/4111, 4114/4115). See README.md."),
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
