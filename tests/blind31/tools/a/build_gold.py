#!/usr/bin/env python3
"""Build ../gold.json (blind31, part A) from the hand annotation below and the registry of names.

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
ALB, MORRISON, ARDERN, BAINI, LUXON = "Anthony Albanese", "Scott Morrison", "Jacinda Ardern", "Frank Bainimarama", \
    "Christopher Luxon"
TRUDEAU, BIDEN, SHEIN, AMLO, TRUMP = "Justin Trudeau", "Joe Biden", "Claudia Sheinbaum", \
    "Andrés Manuel López Obrador", "Donald Trump"
WONG, MAHUTA, HURLEY = "Penny Wong", "Nanaia Mahuta", "David Hurley"
BLINKEN, BARCENA, JOLY = "Antony Blinken", "Alicia Bárcena", "Mélanie Joly"
THARMAN, ANWAR, HASSANAL, MARCOS, JOKOWI, LEE = "Tharman Shanmugaratnam", "Anwar Ibrahim", "Hassanal Bolkiah", \
    "Ferdinand Marcos Jr", "Joko Widodo", "Lee Hsien Loong"
ZAMBRY, VIVIAN = "Zambry Abd Kadir", "Vivian Balakrishnan"
SERDAR, GURBANGULY, TOKAYEV, MIRZI, IMRAN, RAISI = "Serdar Berdimuhamedov", "Gurbanguly Berdimuhamedov", \
    "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Imran Khan", "Ebrahim Raisi"
MEREDOV, TILEUBERDI = "Rashid Meredov", "Mukhtar Tileuberdi"
M6, TAMIM, MBAR, AKHANNOUCH, KHALID, MACRON = "Mohammed VI", "Tamim bin Hamad Al Thani", \
    "Mohammed bin Abdulrahman Al Thani", "Aziz Akhannouch", "Khalid bin Khalifa bin Abdulaziz Al Thani", \
    "Emmanuel Macron"
REGRAGUI, SAISS, BOURITA = "Walid Regragui", "Romain Saïss", "Nasser Bourita"

# cross-article events
MORRISON_ALB = "A_E_morrison_albanese_2022_05_21"  # 3000 (ABC live blog, Mon 23 May, 7:31am entry: "had phoned him on
                                                   # Saturday night to concede"; told Sky News), 3001 (RNZ, Tue 24 May, in
                                                   # passing: "took Scott Morrison's concession call on election night")
ARDERN_ALB = "A_E_ardern_albanese_2022_05_22"      # 3000 ("had also taken a call yesterday from", caller Ardern; told Sky
                                                   # News), 3001 ("Ardern's office confirmed yesterday that the pair had
                                                   # spoken by phone the previous evening" = Sun 22 May; no caller; Stuff
                                                   # "first reported" it)
BIDEN_SHEIN = "A_E_biden_sheinbaum_2024_06_03"     # 3002 (gaggle of Tue 4 June: "called ... yesterday afternoon"; her post
                                                   # on X), 3003 (CP, Wed 5 June: "called Sheinbaum on Monday")
ANWAR_THARMAN = "A_E_anwar_tharman_2023_09_02"     # 3004 (ST, Mon 4 Sept: "the first to call, on Saturday afternoon";
                                                   # Bernama reported), 3005 (Bernama on Malay Mail, "PUTRAJAYA, Sept 2",
                                                   # published Sept 3: "today telephoned"; Facebook post)
TOKAYEV_SERDAR = "A_E_tokayev_serdar_2022_03_16"   # 3006 (TDH readout dated 16 March, reposted 17 March: "Today ... the
                                                   # first to call", "Tokaev"; Altyn Asyr aired footage), 3007 (Kazinform,
                                                   # no date in the text: "has today phoned", "Berdymukhamedov"; Telegram)
MEREDOV_TILEUBERDI = "A_E_meredov_tileuberdi_2022_03_14"  # 3006 ("On 14 March"), 3007 ("On Monday", published Wed 16)
TAMIM_M6 = "A_E_tamim_mohammed_vi_2022_12_10"      # 3008 (feature, 22 Dec, in passing: "That same night" as "the evening
                                                   # of the Portugal match"; QNA "carried a readout"), 3009 (QNA on Gulf
                                                   # Times, "Doha, December 10 (QNA)", published Dec 11: "this evening")

# 3000 ABC News live blog, Mon 2022-05-23 (AEST entries, newest first)
A["3000"] = dict(
    ents=[ALB, MORRISON, ARDERN, BAINI, TRUDEAU, BIDEN, "Fumio Kishida", "Narendra Modi",
          WONG, MAHUTA, HURLEY, "Richard Marles", "Jim Chalmers", "Katy Gallagher", "Hannah Kerslake",
          "ABC News", "Sky News", "Twitter",
          "Australia", "Japan", "India", "Fiji", "Canada", "New Zealand", "United States",
          "Government House", "Royal Australian Air Force", "Quad", "Pacific Islands Forum", "G7"],
    calls=[# 7:31am: "had phoned him on Saturday night to concede"
           call("c1", MORRISON_ALB, [MORRISON, ALB], "2022-05-21", caller=MORRISON),
           # 7:31am: "had also taken a call yesterday from"
           call("c2", ARDERN_ALB, [ARDERN, ALB], "2022-05-22", caller=ARDERN),
           # 8:47am: "phoned Mr Albanese at about 8:30 this morning, which was 6:30pm on Sunday in Ottawa"
           # = 22:30 UTC on Sunday 22 May
           call("c3", "A_E_trudeau_albanese_2022_05_22", [TRUDEAU, ALB], "2022-05-22", caller=TRUDEAU),
           # 10:05am: "had rung Mr Albanese on Sunday afternoon"
           call("c4", "A_E_hurley_albanese_2022_05_22", [HURLEY, ALB], "2022-05-22", caller=HURLEY),
           # 12:15pm: "tried to ring Mr Albanese last night, but the call could not be put through"
           call("c5", "A_A_bainimarama_albanese_2022_05_22", [BAINI, ALB], "2022-05-22", status="attempted",
                caller=BAINI),
           # 2:41pm: "will speak by phone with ... once the plane is on the ground" (lands in Tokyo tonight)
           call("c6", "A_P_wong_mahuta_2022_05_23", [WONG, MAHUTA], "2022-05-23", status="planned")],
    rb=[rb("c1", "Sky News", True), rb("c2", "Sky News", True), rb("c3", "Twitter", True)])

# 3001 RNZ, Tue 2022-05-24
A["3001"] = dict(
    ents=[ARDERN, ALB, MORRISON, LUXON, MAHUTA, WONG, "Wang Yi", "Tamsin Hale", "Aroha Pene",
          "Stuff", "RNZ",
          "New Zealand", "Australia", "Japan", "China",
          "Labor", "National Party", "Quad", "Victoria University of Wellington"],
    calls=[call("c1", ARDERN_ALB, [ARDERN, ALB], "2022-05-22"),
           # "took Scott Morrison's concession call on election night"
           call("c2", MORRISON_ALB, [MORRISON, ALB], "2022-05-21", caller=MORRISON),
           # "spoke with ... by phone late last night, shortly after Wong's plane landed in Japan" = Mon 23 May
           call("c3", "A_E_mahuta_wong_2022_05_23", [MAHUTA, WONG], "2022-05-23")],
    rb=[rb("c1", "Stuff", True)])

# 3002 The American Presidency Project: White House press gaggle aboard Air Force One, Tue 2024-06-04
A["3002"] = dict(
    ents=[BIDEN, SHEIN, AMLO, TRUDEAU, "Volodymyr Zelenskyy",
          "Karine Jean-Pierre", "John Kirby", BLINKEN, BARCENA, "Gerhard Peters", "John T. Woolley",
          "X", "The American Presidency Project",
          "Mexico", "France", "Ukraine",
          "White House", "State Department"],
    calls=[call("c1", BIDEN_SHEIN, [BIDEN, SHEIN], "2024-06-03", caller=BIDEN),
           # "expects to speak with President López Obrador by phone in the coming days"
           call("c2", "A_P_biden_amlo_2024_06", [BIDEN, AMLO], None, status="planned"),
           # "spoke by phone with Foreign Secretary Bárcena over the weekend": no day
           call("c3", "A_E_blinken_barcena_2024_06", [BLINKEN, BARCENA], None)],
    rb=[rb("c1", "X", True)])

# 3003 CTV News (The Canadian Press), Wed 2024-06-05, "OTTAWA —"
A["3003"] = dict(
    ents=[TRUDEAU, SHEIN, BIDEN, AMLO, TRUMP, JOLY, BARCENA, "Pierre Poilievre",
          "The Canadian Press", "X", "Reforma",
          "Canada", "Mexico", "United States",
          "Morena"],
    calls=[# "held a video call with ... on Tuesday"
           call("c1", "A_E_trudeau_sheinbaum_2024_06_04", [TRUDEAU, SHEIN], "2024-06-04"),
           call("c2", BIDEN_SHEIN, [BIDEN, SHEIN], "2024-06-03", caller=BIDEN),
           # Reforma's report that Trump "had telephoned her on election night", denied
           call("c3", "A_D_trump_sheinbaum_2024_06_02", [TRUMP, SHEIN], "2024-06-02", status="denied", caller=TRUMP),
           # "is expected to speak with ... by phone later this week"
           call("c4", "A_P_joly_barcena_2024_06", [JOLY, BARCENA], None, status="planned")],
    rb=[rb("c1", "X", True), rb("c1", "The Canadian Press", False), rb("c3", "Reforma", True)])

# 3004 The Straits Times, Mon 2023-09-04: a list of congratulation calls
A["3004"] = dict(
    ents=[THARMAN, ANWAR, HASSANAL, MARCOS, JOKOWI, LEE, "Halimah Yacob", "Lim Wei Xiang", "Grace Ong Mei Lin",
          "The Straits Times", "Bernama", "Facebook", "Antara", "The Jakarta Post",
          "Singapore", "Malaysia", "Brunei", "Philippines", "Indonesia",
          "Elections Department", "ASEAN", "Monetary Authority of Singapore", "National University of Singapore",
          "Istana"],
    calls=[call("c1", ANWAR_THARMAN, [ANWAR, THARMAN], "2023-09-02", caller=ANWAR),
           # "telephoned Mr Tharman on Sunday (Sept 3)"
           call("c2", "A_E_hassanal_tharman_2023_09_03", [HASSANAL, THARMAN], "2023-09-03", caller=HASSANAL),
           # "spoke to Mr Tharman in a video call on Monday morning"
           call("c3", "A_E_marcos_tharman_2023_09_04", [MARCOS, THARMAN], "2023-09-04"),
           # "plans to call Mr Tharman after the summit" (The Jakarta Post reported, citing Antara: both required)
           call("c4", "A_P_jokowi_tharman_2023_09", [JOKOWI, THARMAN], None, status="planned", caller=JOKOWI)],
    rb=[rb("c1", "Bernama", True), rb("c2", "Facebook", True), rb("c4", "Antara", True),
        rb("c4", "The Jakarta Post", True)])

# 3005 Malay Mail (Bernama), published Sun 2023-09-03 00:14, "PUTRAJAYA, Sept 2 —"
A["3005"] = dict(
    ents=[ANWAR, THARMAN, LEE, ZAMBRY, VIVIAN, "Ng Kok Song", "Tan Kin Lian", "Fahmi Fadzil",
          "Facebook", "Bernama",
          "Malaysia", "Singapore",
          "Wisma Putra", "ASEAN"],
    calls=[call("c1", ANWAR_THARMAN, [ANWAR, THARMAN], "2023-09-02", caller=ANWAR),
           # "had spoken with ... last week": not said to be a call, no day
           call("c2", "A_E_anwar_lee_2023_08", [ANWAR, LEE], None, required=False),
           # ministers, "had a telephone conversation ... yesterday" = Sept 1 against the dateline
           call("c3", "A_E_zambry_balakrishnan_2023_09_01", [ZAMBRY, VIVIAN], "2023-09-01")],
    rb=[rb("c1", "Facebook", True), rb("c1", "Bernama", False), rb("c3", "Bernama", False)])

# 3006 Turkmen Portal (TDH), Thu 2022-03-17: the TDH readout of 16 March reposted; a round-up of one day's calls
A["3006"] = dict(
    ents=[SERDAR, GURBANGULY, TOKAYEV, MIRZI, IMRAN, RAISI, MEREDOV, TILEUBERDI,
          "State News Agency of Turkmenistan", "Altyn Asyr", "Turkmen Portal",
          "Turkmenistan", "Kazakhstan", "Uzbekistan", "Pakistan", "Iran", "Afghanistan", "India"],
    calls=[call("c1", TOKAYEV_SERDAR, [TOKAYEV, SERDAR], "2022-03-16", caller=TOKAYEV),
           # "at the initiative of the Uzbek side"
           call("c2", "A_E_mirziyoyev_serdar_2022_03_16", [MIRZI, SERDAR], "2022-03-16", caller=MIRZI),
           # "received a telephone call from"
           call("c3", "A_E_imran_khan_serdar_2022_03_16", [IMRAN, SERDAR], "2022-03-16", caller=IMRAN),
           # "telephoned the President-elect"
           call("c4", "A_E_raisi_serdar_2022_03_16", [RAISI, SERDAR], "2022-03-16", caller=RAISI),
           call("c5", MEREDOV_TILEUBERDI, [MEREDOV, TILEUBERDI], "2022-03-14")],
    rb=[rb("c1", "Altyn Asyr", True), rb("c1", "State News Agency of Turkmenistan", False)])

# 3007 Kazinform, Wed 2022-03-16, "NUR-SULTAN. KAZINFORM -" with no date: "today" from the metadata
A["3007"] = dict(
    ents=[TOKAYEV, SERDAR, "Berik Uali", TILEUBERDI, MEREDOV,
          "Kazinform", "Telegram",
          "Kazakhstan", "Turkmenistan", "Iran",
          "Akorda", "Central Election Commission"],
    calls=[call("c1", TOKAYEV_SERDAR, [TOKAYEV, SERDAR], "2022-03-16", caller=TOKAYEV),
           # "agreed to talk again by phone after the inauguration ceremony"
           call("c2", "A_P_tokayev_serdar_2022_03", [TOKAYEV, SERDAR], None, status="planned"),
           call("c3", MEREDOV_TILEUBERDI, [TILEUBERDI, MEREDOV], "2022-03-14")],
    rb=[rb("c1", "Telegram", True), rb("c1", "Kazinform", False)])

# 3008 The National, Thu 2022-12-22: a feature with calls in passing
A["3008"] = dict(
    ents=[M6, TAMIM, MACRON, AKHANNOUCH, KHALID, REGRAGUI, SAISS, "Yasmine Benkirane",
          "2M", "Qatar News Agency", "Le Desk", "Agence France-Presse",
          "Morocco", "Qatar", "Portugal", "France",
          "Elysee"],
    calls=[# "On the evening of the Portugal match ... called by video to speak to ... Regragui and ... Saiss"
           call("c1", "A_E_mohammed_vi_regragui_saiss_2022_12_10", [M6, REGRAGUI, SAISS], "2022-12-10", caller=M6),
           # "That same night the King took a call from Qatar's Emir"
           call("c2", TAMIM_M6, [TAMIM, M6], "2022-12-10", caller=TAMIM),
           # "the Elysee asked for a conversation between ... Macron and the King ... the request went unanswered"
           call("c3", "A_A_macron_mohammed_vi_2022_12", [MACRON, M6], None, status="attempted", caller=MACRON),
           # "spoke by phone last week": no day
           call("c4", "A_E_akhannouch_khalid_2022_12", [AKHANNOUCH, KHALID], None)],
    rb=[rb("c1", "2M", True), rb("c2", "Qatar News Agency", True), rb("c3", "Le Desk", True),
        rb("c4", "Agence France-Presse", True)])

# 3009 Gulf Times (QNA), Sun 2022-12-11, "Doha, December 10 (QNA) -": "this evening" = the dateline's day
A["3009"] = dict(
    ents=[TAMIM, M6, MBAR, BOURITA,
          "Qatar News Agency",
          "Qatar", "Morocco",
          "FIFA"],
    calls=[call("c1", TAMIM_M6, [TAMIM, M6], "2022-12-10", caller=TAMIM),
           # ministers, "received a phone call from"
           call("c2", "A_E_bourita_mohammed_bin_abdulrahman_2022_12_10", [BOURITA, MBAR], "2022-12-10",
                caller=BOURITA)],
    rb=[rb("c1", "Qatar News Agency", False), rb("c2", "Qatar News Agency", False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind31, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline or release day where the text anchors to it; where local dates differ "
        "across time zones, the event date is the UTC date of the call. See README.md."),
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
