#!/usr/bin/env python3
"""Build ../gold.json (blind39, part A) from the hand annotation below and the registry of names.

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
MODI, STARMER, MONTENEGRO = "Narendra Modi", "Keir Starmer", "Luís Montenegro"
NAIDU, SHAH, PATEL, JAISHANKAR, LAMMY, RANGEL, DUFFY = "Ram Mohan Naidu Kinjarapu", "Amit Shah", "Bhupendra Patel", \
    "S Jaishankar", "David Lammy", "Paulo Rangel", "Sean Duffy"
ORTBERG, CHANDRA, CANTWELL, RAMESH = "Kelly Ortberg", "N. Chandrasekaran", "Maria Cantwell", "Vishwash Kumar Ramesh"
PEZ, HAITHAM, TAMIM, SHEHBAZ, SUDANI, PUTIN = "Masoud Pezeshkian", "Haitham bin Tarik", "Tamim bin Hamad Al Thani", \
    "Shehbaz Sharif", "Mohammed Shia al-Sudani", "Vladimir Putin"
MISHAL = "Mishal Al-Ahmad Al-Jaber Al-Sabah"
ARAGHCHI, FAISAL, MOMENI, BAGHAEI, WITKOFF, ALBUSAIDI = "Abbas Araghchi", "Faisal bin Farhan Al Saud", "Eskandar Momeni", \
    "Esmaeil Baghaei", "Steve Witkoff", "Badr bin Hamad Albusaidi"
TOKAYEV, RAHMON, JAPAROV, MIRZIYOYEV, SERDAR = "Kassym-Jomart Tokayev", "Emomali Rahmon", "Sadyr Japarov", \
    "Shavkat Mirziyoyev", "Serdar Berdimuhamedov"
RUSTAM, TURGUNBEK, NURTLEU = "Rustam Emomali", "Nurlanbek Turgunbek uulu", "Murat Nurtleu"
MORRISON, ARDERN, BIDEN, JOHNSON, MACRON, WIDODO, ISMAIL, ALBANESE, TRUDEAU = "Scott Morrison", "Jacinda Ardern", \
    "Joe Biden", "Boris Johnson", "Emmanuel Macron", "Joko Widodo", "Ismail Sabri Yaakob", "Anthony Albanese", \
    "Justin Trudeau"
PAYNE, DUTTON, LEDRIAN, MAHUTA, JOLY, BLINKEN = "Marise Payne", "Peter Dutton", "Jean-Yves Le Drian", "Nanaia Mahuta", \
    "Mélanie Joly", "Antony Blinken"

# cross-article events
STARMER_MODI = "A_E_starmer_modi_2025_06_12"      # 3800 (live blog, 8.52 pm IST entry: "telephoned ... this evening";
                                                  # "Starmer, who placed the call"; his X post quoted in the 9.30 pm entry);
                                                  # 3801 (PTI, "New Delhi, Jun 13", page 14 Jun: "had received a call from
                                                  # ... Starmer yesterday evening", yesterday against the dateline); 3802
                                                  # (Seattle Times, 13 Jun: "spoke with ... by phone Thursday", no caller;
                                                  # "Downing Street said": an organization). Caller Starmer
DUFFY_NAIDU = "A_E_duffy_naidu_2025_06_13"        # a call late at night across time zones: 3802 ("spoke by phone late
                                                  # Thursday"; "made the call at about 10 p.m. Eastern time, which was Friday
                                                  # morning in New Delhi"; X post quoted five paragraphs later); 3801 ("had
                                                  # spoken to ... Sean Duffy this morning", under "New Delhi, Jun 13", no
                                                  # caller). 22:00 EDT Thu 12 Jun = 02:00 UTC Fri 13 Jun = 07:30 IST: the UTC
                                                  # day (and India's) is 13 Jun. Caller Duffy
HAITHAM_PEZ = "A_E_haitham_pezeshkian_2025_04_26" # 3803 (Tehran Times, Mon 28 Apr: "Sultan Haitham bin Tariq of Oman was the
                                                  # first foreign leader to call, on Saturday night"); 3804 (Muscat Daily, page
                                                  # of 27 Apr: the Royal Court statement under "Muscat, April 26 (ONA)", "today
                                                  # made a telephone call to"; "carried by Oman News Agency"). Caller Haitham
TOKAYEV_RAHMON = "A_E_tokayev_rahmon_2025_03_13"  # 3805 (The Times of Central Asia, Fri 14 Mar: "The presidents of Kazakhstan
                                                  # and Uzbekistan telephoned ... Emomali Rahmon on Thursday evening";
                                                  # "Tokayev's call came first"); 3806 (Orda.kz brief, "today", the date in the
                                                  # metadata only; "Qasym-Jomart Toqayev", "Emomali Rakhmon"; "The Akorda did
                                                  # not say which side had asked for the calls": no caller; Akorda's Telegram
                                                  # channel). Caller Tokayev
TOKAYEV_JAPAROV = "A_E_tokayev_japarov_2025_03_13"  # 3805 ("Tokayev, who had called Sadyr Japarov a few minutes earlier", in
                                                  # passing); 3806 ("Sadyr Zhaparov", "today", Telegram, no caller). Caller
                                                  # Tokayev
MORRISON_ARDERN = "A_E_morrison_ardern_2021_09_15"  # 3807 (Reuters, "SYDNEY, Sept 16 (Reuters)": "rang New Zealand's Jacinda
                                                  # Ardern on Wednesday night"; "told Sydney radio station 2GB"); 3808 (Stuff
                                                  # Q&A, 16 Sep: "Prime Minister Morrison rang me last night"; "As I told
                                                  # Newshub earlier, that call ..."). Wednesday night in Canberra and
                                                  # Wellington alike. Caller Morrison
AUKUS_VIDEO = "A_E_biden_morrison_johnson_2021_09_15"  # the three-way video link: 3807 ("unveiled at 7am on Thursday, Canberra
                                                  # time ... linked by video to ... Biden in the White House, where it was 5pm
                                                  # on Wednesday, and ... Johnson in Downing Street, where it was 10pm"; "The
                                                  # three leaders talked on the link for several minutes before the cameras
                                                  # went live"); 3809 (Globe and Mail, 30 Oct: "appeared together on a video
                                                  # link late in the afternoon of Sept. 15, Washington time"). 17:00 EDT = 21:00
                                                  # UTC Wed 15 Sep = 07:00 AEST Thu 16 Sep: the UTC day, 15 Sep. No caller

# 3800 The Indian Express live blog, Thu 2025-06-12 (IST stamps, newest first)
A["3800"] = dict(
    ents=[MODI, STARMER, MONTENEGRO, NAIDU, SHAH, PATEL, JAISHANKAR, LAMMY,
          "The Indian Express", "X", "RTP",
          "India", "United Kingdom", "Portugal",
          "Air India", "Downing Street", "Directorate General of Civil Aviation", "BJ Medical College"],
    calls=[call("c1", STARMER_MODI, [STARMER, MODI], "2025-06-12", caller=STARMER),
           # 7.15 pm: "S Jaishankar said he had spoken on the phone with UK Foreign Secretary David Lammy" (X post quoted)
           call("c2", "A_E_jaishankar_lammy_2025_06_12", [JAISHANKAR, LAMMY], "2025-06-12"),
           # 6.05 pm: RTP "reported ... that Prime Minister Luís Montenegro would speak to Modi by telephone on Friday"
           call("c3", "A_P_montenegro_modi_2025_06_13", [MONTENEGRO, MODI], "2025-06-13", status="planned"),
           # 4.20 pm: "Shah had spoken to Gujarat Chief Minister Bhupendra Patel over the phone" (two Persons; no caller)
           call("c4", "A_E_shah_patel_2025_06_12", [SHAH, PATEL], "2025-06-12"),
           # 2.35 pm: "Prime Minister Narendra Modi called Civil Aviation Minister Ram Mohan Naidu"
           call("c5", "A_E_modi_naidu_2025_06_12", [MODI, NAIDU], "2025-06-12", caller=MODI)],
    rb=[rb("c1", "X", True), rb("c2", "X", True), rb("c3", "RTP", True)])

# 3801 Outlook (PTI), page Sat 2025-06-14, "New Delhi, Jun 13 (PTI)": a round-up of calls
A["3801"] = dict(
    ents=[MONTENEGRO, MODI, STARMER, NAIDU, DUFFY, JAISHANKAR, RANGEL, RAMESH,
          "Press Trust of India", "Lusa", "DD News", "Outlook",
          "Portugal", "India", "United Kingdom", "United States",
          "Air India", "Air Accidents Investigation Branch", "National Transportation Safety Board",
          "Aircraft Accident Investigation Bureau", "Directorate General of Civil Aviation"],
    calls=[# "Luis Montenegro telephoned Prime Minister Narendra Modi today" (the dateline's day, 13 Jun); Lusa "first reported"
           call("c1", "A_E_montenegro_modi_2025_06_13", [MONTENEGRO, MODI], "2025-06-13", caller=MONTENEGRO),
           call("c2", STARMER_MODI, [STARMER, MODI], "2025-06-12", caller=STARMER),
           call("c3", DUFFY_NAIDU, [NAIDU, DUFFY], "2025-06-13"),
           # "Jaishankar is likely to speak by phone to Portuguese Foreign Minister Paulo Rangel over the weekend" (no day)
           call("c4", "A_P_jaishankar_rangel_2025_06", [JAISHANKAR, RANGEL], None, status="planned")],
    rb=[rb("c1", "Lusa", True), rb("c1", "Press Trust of India", False), rb("c2", "Press Trust of India", False),
        rb("c3", "Press Trust of India", False)])

# 3802 The Seattle Times, Fri 2025-06-13
A["3802"] = dict(
    ents=[DUFFY, NAIDU, ORTBERG, CHANDRA, STARMER, MODI, CANTWELL, "Renata Soulek",
          "The Seattle Times", "The Wall Street Journal", "X",
          "India", "United States",
          "Transportation Department", "National Transportation Safety Board", "Aircraft Accident Investigation Bureau",
          "Federal Aviation Administration", "Boeing", "Air India", "Downing Street"],
    calls=[call("c1", DUFFY_NAIDU, [DUFFY, NAIDU], "2025-06-13", caller=DUFFY),
           # "Ortberg said Thursday he had spoken by phone with Air India Chairman N. Chandrasekaran" (WSJ "first reported")
           call("c2", "A_E_ortberg_chandrasekaran_2025_06_12", [ORTBERG, CHANDRA], "2025-06-12"),
           call("c3", STARMER_MODI, [STARMER, MODI], "2025-06-12")],
    rb=[rb("c1", "X", True), rb("c2", "The Wall Street Journal", True)])

# 3803 Tehran Times, Mon 2025-04-28, "TEHRAN –": a list of condolence calls; headline "Oman's Sultan first on the line ..."
A["3803"] = dict(
    ents=[PEZ, HAITHAM, TAMIM, SHEHBAZ, SUDANI, MISHAL, ARAGHCHI, FAISAL, PUTIN, MOMENI, BAGHAEI, WITKOFF,
          "IRIB", "IRNA", "Amwaj.media",
          "Iran", "Oman", "Qatar", "Pakistan", "Iraq", "Kuwait", "Saudi Arabia", "United States", "Russia"],
    calls=[call("c1", HAITHAM_PEZ, [HAITHAM, PEZ], "2025-04-26", caller=HAITHAM),
           # "Qatar's Emir ... telephoned Pezeshkian on Sunday morning"; "IRIB aired footage of Pezeshkian on the line"
           call("c2", "A_E_tamim_pezeshkian_2025_04_27", [TAMIM, PEZ], "2025-04-27", caller=TAMIM),
           # "On Sunday evening ... Pezeshkian received a telephone call from ... Shehbaz Sharif"; "carried by IRNA" (last line)
           call("c3", "A_E_shehbaz_pezeshkian_2025_04_27", [SHEHBAZ, PEZ], "2025-04-27", caller=SHEHBAZ),
           # "al-Sudani tried to reach the President by telephone on Sunday afternoon, while he was at the port"
           call("c4", "A_A_sudani_pezeshkian_2025_04_27", [SUDANI, PEZ], "2025-04-27", status="attempted", caller=SUDANI),
           # "The two leaders finally spoke this morning" (Monday, the page's day; no caller)
           call("c5", "A_E_sudani_pezeshkian_2025_04_28", [SUDANI, PEZ], "2025-04-28"),
           # "Kuwait's Emir ... has also been in touch with the President" (not said to be a call; no day)
           call("c6", "A_E_mishal_pezeshkian_2025_04", [MISHAL, PEZ], None, required=False),
           # "Araghchi ... received a phone call on Sunday from his Saudi counterpart, Prince Faisal bin Farhan Al Saud"
           call("c7", "A_E_faisal_araghchi_2025_04_27", [FAISAL, ARAGHCHI], "2025-04-27", caller=FAISAL),
           # Baghaei "rejected a report by ... Amwaj.media that ... Witkoff had telephoned Araghchi on Saturday evening"
           call("c8", "A_D_witkoff_araghchi_2025_04_26", [WITKOFF, ARAGHCHI], "2025-04-26", status="denied",
                caller=WITKOFF)],
    rb=[rb("c2", "IRIB", True), rb("c3", "IRNA", True), rb("c8", "Amwaj.media", True)])

# 3804 Muscat Daily, Sun 2025-04-27: the Royal Court statement (ONA, dated April 26) reposted; URL blank
A["3804"] = dict(
    ents=[HAITHAM, PEZ, ALBUSAIDI, ARAGHCHI, WITKOFF,
          "Oman News Agency", "X", "Muscat Daily",
          "Oman", "Iran", "United States",
          "Diwan of Royal Court", "Ministry of Foreign Affairs"],
    calls=[call("c1", HAITHAM_PEZ, [HAITHAM, PEZ], "2025-04-26", caller=HAITHAM),
           # "Sayyid Badr received a telephone call this morning from Witkoff" (the page's day); the ministry's post on X
           call("c2", "A_E_witkoff_albusaidi_2025_04_27", [WITKOFF, ALBUSAIDI], "2025-04-27", caller=WITKOFF)],
    rb=[rb("c1", "Oman News Agency", True), rb("c2", "X", True)])

# 3805 The Times of Central Asia, Fri 2025-03-14 (byline and date line, no dateline): a round-up of one evening's calls
A["3805"] = dict(
    ents=[RAHMON, JAPAROV, TOKAYEV, MIRZIYOYEV, SERDAR, RUSTAM, TURGUNBEK, "Dilnoza Kambarova",
          "The Times of Central Asia", "Khovar",
          "Tajikistan", "Kyrgyzstan", "Kazakhstan", "Uzbekistan", "Turkmenistan",
          "Majlisi Milli"],
    calls=[call("c1", TOKAYEV_RAHMON, [TOKAYEV, RAHMON], "2025-03-13", caller=TOKAYEV),
           call("c2", TOKAYEV_JAPAROV, [TOKAYEV, JAPAROV], "2025-03-13", caller=TOKAYEV),
           # "Shavkat Mirziyoyev telephoned later in the evening"; Khovar named in the last paragraph
           call("c3", "A_E_mirziyoyev_rahmon_2025_03_13", [MIRZIYOYEV, RAHMON], "2025-03-13", caller=MIRZIYOYEV),
           # "The two presidents had last spoken by telephone last week" (Rahmon and Japarov; no day)
           call("c4", "A_E_japarov_rahmon_2025_03_lastweek", [JAPAROV, RAHMON], None),
           # "This morning, Rustam Emomali ... held a video call with ... Nurlanbek Turgunbek uulu" (the page's day)
           call("c5", "A_E_emomali_turgunbekuulu_2025_03_14", [RUSTAM, TURGUNBEK], "2025-03-14")],
    rb=[rb("c3", "Khovar", True)])

# 3806 Orda.kz, Thu 2025-03-13: short brief, telegraphic headline "Toqayev, Zhaparov, Rakhmon talk by phone ...", no
# dateline: the date is in the metadata only; URL blank. "The Akorda did not say which side had asked for the calls": no caller
A["3806"] = dict(
    ents=[TOKAYEV, JAPAROV, RAHMON, MIRZIYOYEV, NURTLEU,
          "Telegram", "Orda.kz",
          "Kyrgyzstan", "Tajikistan", "Kazakhstan",
          "Akorda"],
    calls=[call("c1", TOKAYEV_JAPAROV, [TOKAYEV, JAPAROV], "2025-03-13"),
           call("c2", TOKAYEV_RAHMON, [TOKAYEV, RAHMON], "2025-03-13"),
           # "On Monday, Tokayev is scheduled to hold a video conference with Uzbek President Shavkat Mirziyoyev" (no caller)
           call("c3", "A_P_tokayev_mirziyoyev_2025_03_17", [TOKAYEV, MIRZIYOYEV], "2025-03-17", status="planned")],
    rb=[rb("c1", "Telegram", True), rb("c2", "Telegram", True)])

# 3807 Reuters, Thu 2021-09-16, "SYDNEY, Sept 16 (Reuters) -"
A["3807"] = dict(
    ents=[MORRISON, ARDERN, BIDEN, JOHNSON, WIDODO, ISMAIL, MACRON, LEDRIAN, PAYNE, DUTTON, ALBANESE,
          "Tess Valdivia-Hart", "Lucas Ferreira-Banks", "Hal Kettering",
          "Reuters", "2GB", "Sky News Australia",
          "Australia", "New Zealand", "United States", "United Kingdom", "Indonesia", "Malaysia", "France", "China",
          "White House", "Downing Street", "Naval Group"],
    calls=[call("c1", AUKUS_VIDEO, [MORRISON, BIDEN, JOHNSON], "2021-09-15"),
           call("c2", MORRISON_ARDERN, [MORRISON, ARDERN], "2021-09-15", caller=MORRISON),
           # "Sky News Australia learned that Mr Morrison had also phoned Indonesian President Joko Widodo on Wednesday
           # afternoon"
           call("c3", "A_E_morrison_widodo_2021_09_15", [MORRISON, WIDODO], "2021-09-15", caller=MORRISON),
           # "he hoped to speak by phone with Malaysian Prime Minister Ismail Sabri Yaakob in the coming days" (no caller)
           call("c4", "A_P_morrison_ismailsabri_2021_09", [MORRISON, ISMAIL], None, status="planned")],
    rb=[rb("c2", "2GB", True), rb("c3", "Sky News Australia", True)])

# 3808 Stuff, Thu 2021-09-16: transcript-like Q&A of Ardern's 1pm briefing; title blank in metadata
A["3808"] = dict(
    ents=[ARDERN, MORRISON, BIDEN, MAHUTA, LEDRIAN, MACRON, "Aroha Kingi-Leary",
          "Newshub",
          "Australia", "United Kingdom", "United States", "New Zealand", "France"],
    calls=[call("c1", MORRISON_ARDERN, [MORRISON, ARDERN], "2021-09-15", caller=MORRISON),
           # "Minister Mahuta is due to speak to Foreign Minister Le Drian by phone tomorrow" (no caller)
           call("c2", "A_P_mahuta_ledrian_2021_09_17", [MAHUTA, LEDRIAN], "2021-09-17", status="planned")],
    rb=[rb("c1", "Newshub", True)])

# 3809 The Globe and Mail, Sat 2021-10-30: a feature that mentions calls in passing
A["3809"] = dict(
    ents=[BIDEN, MORRISON, JOHNSON, MACRON, TRUDEAU, JOLY, BLINKEN, "Marguerite Oyelaran-Fisk",
          "The Australian Financial Review", "The Canadian Press",
          "France", "Canada", "United States",
          "Five Eyes", "White House", "Élysée Palace", "Group of 20"],
    calls=[call("c1", AUKUS_VIDEO, [BIDEN, MORRISON, JOHNSON], "2021-09-15"),
           # "It took a phone call from Mr. Biden on Sept. 22, which the White House had asked for"
           call("c2", "A_E_biden_macron_2021_09_22", [BIDEN, MACRON], "2021-09-22", caller=BIDEN),
           # "For weeks he could not get Mr. Macron on the phone": requests "turned down" (AFR, "citing officials"; no day)
           call("c3", "A_A_morrison_macron_2021_09", [MORRISON, MACRON], None, status="attempted", caller=MORRISON),
           # "The two men finally spoke on Thursday, at Mr. Morrison's request"
           call("c4", "A_E_morrison_macron_2021_10_28", [MORRISON, MACRON], "2021-10-28", caller=MORRISON),
           # "Joly, sworn in ... on Tuesday, spoke by phone the following day with ... Blinken" (The Canadian Press)
           call("c5", "A_E_joly_blinken_2021_10_27", [JOLY, BLINKEN], "2021-10-27")],
    rb=[rb("c3", "The Australian Financial Review", True), rb("c5", "The Canadian Press", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind39, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline or statement date where the text anchors to it (3801, 3804); where local dates "
        "differ across time zones, the event date is the UTC date of the call (3801/3802, 3807/3809). See README.md."),
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
