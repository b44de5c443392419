#!/usr/bin/env python3
"""Build ../gold.json (blind33, part A) from the hand annotation below and the registry of names.

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
MSWATI = "Mswati III"
TSAI, WHIPPS, PENA, HEINE, LAI, TEO, CHO, CHEN = "Tsai Ing-wen", "Surangel Whipps Jr.", "Santiago Peña", \
    "Hilda Heine", "Lai Ching-te", "Feleti Teo", "Cho Jung-tai", "Chen Chien-jen"
WU, MARTINEZ, AREVALO, KISHIDA = "Joseph Wu", "Carlos Ramiro Martínez", "Bernardo Arévalo", "Fumio Kishida"
DAHAL, LOTAY, BHANDARI, SOLIH, LI, MODI, SHEHBAZ, RANIL = "Pushpa Kamal Dahal", "Lotay Tshering", \
    "Bidya Devi Bhandari", "Ibrahim Mohamed Solih", "Li Keqiang", "Narendra Modi", "Shehbaz Sharif", \
    "Ranil Wickremesinghe"
SHAH, LAMICHHANE = "Amit Shah", "Rabi Lamichhane"
MESHAL, AHMAD, MARCOS = "Meshal Al-Ahmad Al-Jaber Al-Sabah", "Ahmad Abdullah Al-Ahmad Al-Sabah", "Ferdinand Marcos Jr."
JAI, YAHYA, MANALO, FAHAD, KVS, VEENA, PINARAYI, SWAIKA, CACDAC = "Subrahmanyam Jaishankar", \
    "Abdullah Ali Al-Yahya", "Enrique Manalo", "Fahad Yousef Saud Al-Sabah", "Kirti Vardhan Singh", \
    "Veena George", "Pinarayi Vijayan", "Adarsh Swaika", "Hans Leo Cacdac"
JAPAROV, RAHMON, TOKAYEV, PUTIN, TASHIEV, YATIMOV = "Sadyr Japarov", "Emomali Rahmon", "Kassym-Jomart Tokayev", \
    "Vladimir Putin", "Kamchybek Tashiev", "Saymumin Yatimov"
BIDEN, GREEN, LUKE, BISSEN, SCHATZ, HIRONO, CASE, TOKUDA, CRISWELL, HARRIS = "Joe Biden", "Josh Green", \
    "Sylvia Luke", "Richard Bissen", "Brian Schatz", "Mazie Hirono", "Ed Case", "Jill Tokuda", "Deanne Criswell", \
    "Kamala Harris"
CNA = "Central News Agency"

# cross-article events
WHIPPS_TSAI = "A_E_whipps_tsai_2024_04_03"        # 3200 (Focus Taiwan, Thu 4 Apr: "telephoned Tsai on Wednesday
                                                   # afternoon": caller Whipps), 3201 (Island Times, Fri 5 Apr: "on the
                                                   # day of the earthquake that shook eastern Taiwan on Wednesday
                                                   # morning", no caller; CNA cited; Facebook post), 3209 (Taipei Times
                                                   # feature, 28 Apr: "When the April 3 earthquake struck ... rang ...
                                                   # within hours": caller Whipps; "told the Island Times")
LOTAY_DAHAL = "A_E_tshering_dahal_2023_01_15"      # 3202 (Republica, Mon 16 Jan: "dialled PM Dahal on Sunday evening":
                                                   # caller Lotay; Facebook), 3203 (BBS, 16 Jan: "spoke to ... over the
                                                   # phone yesterday evening", no caller, no outlet)
JAI_YAHYA = "A_E_jaishankar_al_yahya_2024_06_12"   # 3204 (KUNA, "KUWAIT, June 13", published 14 June: "received a phone
                                                   # call yesterday from": caller Jaishankar), 3205 (Onmanorama live
                                                   # blog, 12 June, 03:25 PM entry: "this afternoon", no caller; X post
                                                   # quoted in the 04:10 PM entry)
MANALO_YAHYA = "A_E_manalo_al_yahya_2024_06_13"    # 3204 ("received a phone call today from" = the dateline's 13 June:
                                                   # caller Manalo), 3206 (ABS-CBN, 14 June, no date in the text: "on
                                                   # Thursday, a day after a fire", no caller; DFA website only)

# 3200 Focus Taiwan, Thu 2024-04-04, "Taipei, April 4 (CNA)"; a round-up of the calls after the quake
A["3200"] = dict(
    ents=[TSAI, WHIPPS, MSWATI, WU, MARTINEZ, AREVALO, HEINE, KISHIDA, LAI, "Olivia Lin", "Hsu Wen-ting", "Kao Chia-ming",
          CNA, "X",
          "Taiwan", "Palau", "Eswatini", "Guatemala", "Marshall Islands", "Japan",
          "Presidential Office", "Ministry of Foreign Affairs", "Central Emergency Operation Center"],
    calls=[# "telephoned Tsai on Wednesday afternoon"
           call("c1", WHIPPS_TSAI, [WHIPPS, TSAI], "2024-04-03", caller=WHIPPS),
           # King Mswati III "placed his call at about 5:30 a.m. on Thursday, Taipei time, when it was still late on
           # Wednesday night in Mbabane" = about 21:30 UTC on Wednesday 3 April (the blindset's UTC convention); the
           # Government of Eswatini's X post "Hours later"
           call("c2", "A_E_mswati_tsai_2024_04_03", [MSWATI, TSAI], "2024-04-03", caller=MSWATI),
           # ministers, "spoke by phone on Wednesday night"; MOFA news release (an organization)
           call("c3", "A_E_wu_martinez_2024_04_03", [WU, MARTINEZ], "2024-04-03"),
           # "is scheduled to hold a video call with ... Heine on Friday"
           call("c4", "A_P_tsai_heine_2024_04_05", [TSAI, HEINE], "2024-04-05", status="planned")],
    rb=[rb("c2", "X", True),
        rb("c1", CNA, False), rb("c2", CNA, False), rb("c3", CNA, False), rb("c4", CNA, False)])

# 3201 Island Times (Palau), Fri 2024-04-05; Koror dateline without a date
A["3201"] = dict(
    ents=[WHIPPS, TSAI, HEINE, LAI,
          CNA, "Facebook", "Island Times",
          "Palau", "Taiwan", "Marshall Islands", "Japan", "Philippines",
          "Office of the President", "National Emergency Management Office", "Palau Red Cross Society"],
    calls=[# "spoke by phone with ... Tsai Ing-wen on the day of the earthquake that shook eastern Taiwan on Wednesday
           # morning" (a day told by an event); CNA "reported that Tsai thanked Whipps"; Facebook post "I told President
           # Tsai ..."
           call("c1", WHIPPS_TSAI, [WHIPPS, TSAI], "2024-04-03"),
           # "also spoke by phone on Thursday with Marshall Islands President Hilda Heine"
           call("c2", "A_E_whipps_heine_2024_04_04", [WHIPPS, HEINE], "2024-04-04"),
           # "had also been in touch with ... Lai Ching-te": not said to be a call
           call("c3", "A_E_whipps_lai_2024_04", [WHIPPS, LAI], None, required=False)],
    rb=[rb("c1", CNA, True), rb("c1", "Facebook", True)])

# 3202 Republica, Mon 2023-01-16, "KATHMANDU, Jan 16:"; a list of condolence calls
A["3202"] = dict(
    ents=[DAHAL, LOTAY, SOLIH, SHAH, LAMICHHANE, LI, MODI, SHEHBAZ, RANIL, BHANDARI,
          "Republica", "Facebook", "Nepal Television", "Twitter", "Rastriya Samachar Samiti",
          "Nepal", "Bhutan", "Maldives", "India", "China", "Pakistan", "Sri Lanka", "Argentina", "Australia", "France",
          "Ireland",
          "Yeti Airlines", "Prime Minister's Secretariat", "Home Ministry"],
    calls=[# "dialled PM Dahal on Sunday evening"; his Facebook post quoted in the next paragraph
           call("c1", LOTAY_DAHAL, [LOTAY, DAHAL], "2023-01-15", caller=LOTAY),
           # "On Monday morning, PM Dahal received a telephone call from ... Solih"; Nepal Television aired footage
           call("c2", "A_E_solih_dahal_2023_01_16", [SOLIH, DAHAL], "2023-01-16", caller=SOLIH),
           # ministers, "telephoned ... on Sunday night" (the Home Ministry: an organization)
           call("c3", "A_E_shah_lamichhane_2023_01_15", [SHAH, LAMICHHANE], "2023-01-15", caller=SHAH),
           # "dismissed reports circulating on social media that Chinese Premier Li Keqiang had telephoned Dahal on Sunday
           # night. 'No such phone conversation took place.'" (claimed caller and claimed day)
           call("c4", "A_D_li_keqiang_dahal_2023_01_15", [LI, DAHAL], "2023-01-15", status="denied", caller=LI),
           # "had telephoned the prime minister within an hour of the crash" (the crash on Sunday); RSS at the end
           call("c5", "A_E_bhandari_dahal_2023_01_15", [BHANDARI, DAHAL], "2023-01-15", caller=BHANDARI)],
    rb=[rb("c1", "Facebook", True), rb("c2", "Nepal Television", True), rb("c5", "Rastriya Samachar Samiti", True)])

# 3203 BBS (outlet blank in metadata), 2023-01-16, a short brief; the PMO's press release (an organization)
A["3203"] = dict(
    ents=[LOTAY, DAHAL, BHANDARI,
          "Nepal", "Bhutan",
          "Prime Minister's Office", "Yeti Airlines"],
    calls=[# "spoke to his Nepalese counterpart ... over the phone yesterday evening"
           call("c1", LOTAY_DAHAL, [LOTAY, DAHAL], "2023-01-15")],
    rb=[])

# 3204 Kuwait Times (KUNA), published Fri 2024-06-14, "KUWAIT, June 13 (KUNA) --"; the Amiri Diwan and MOFA readouts
A["3204"] = dict(
    ents=[MESHAL, MODI, YAHYA, JAI, MANALO, AHMAD, FAHAD,
          "Kuwait News Agency",
          "Kuwait", "India", "Philippines",
          "Ministry of Interior"],
    calls=[# "made a phone call today to" = 13 June, the dateline's day
           call("c1", "A_E_meshal_modi_2024_06_13", [MESHAL, MODI], "2024-06-13", caller=MESHAL),
           # "received a phone call yesterday from" = 12 June against the dateline
           call("c2", JAI_YAHYA, [YAHYA, JAI], "2024-06-12", caller=JAI),
           # "also received a phone call today from" = 13 June
           call("c3", MANALO_YAHYA, [YAHYA, MANALO], "2024-06-13", caller=MANALO)],
    rb=[rb("c1", "Kuwait News Agency", False), rb("c2", "Kuwait News Agency", False),
        rb("c3", "Kuwait News Agency", False)])

# 3205 Onmanorama live blog, Wed 2024-06-12 (IST entries, newest first)
A["3205"] = dict(
    ents=[MODI, MESHAL, JAI, YAHYA, PINARAYI, KVS, VEENA, SWAIKA,
          "Onmanorama", "X",
          "Kuwait", "India",
          "NORKA Roots", "Chief Minister's Office"],
    calls=[# 10:55 PM: "is likely to speak to the Emir of Kuwait ... by phone in the coming days ... No date has been fixed"
           call("c1", "A_P_modi_meshal_2024_06", [MODI, MESHAL], None, status="planned"),
           # 03:25 PM: "spoke to Kuwait's Foreign Minister Abdullah Al Yahya this afternoon"; X post in the 04:10 PM entry
           call("c2", JAI_YAHYA, [JAI, YAHYA], "2024-06-12"),
           # 01:50 PM: "tried to reach ... by phone around noon but could not get through"
           call("c3", "A_A_vijayan_jaishankar_2024_06_12", [PINARAYI, JAI], "2024-06-12", status="attempted",
                caller=PINARAYI)],
    rb=[rb("c2", "X", True)])

# 3206 ABS-CBN News, 2024-06-14, short brief with a telegraphic headline; no date in the text; no outlet credited
A["3206"] = dict(
    ents=[MANALO, YAHYA, CACDAC, MARCOS,
          "ABS-CBN News",
          "Kuwait", "Philippines", "India",
          "Department of Foreign Affairs", "Department of Migrant Workers", "Overseas Workers Welfare Administration",
          "Presidential Communications Office", "Public Authority for Manpower"],
    calls=[# "spoke by phone with ... Alyahya on Thursday, a day after a fire" (the DFA's website: an organization)
           call("c1", MANALO_YAHYA, [MANALO, YAHYA], "2024-06-13")],
    rb=[])

# 3207 AKIpress, Wed 2022-09-21 (title blank in metadata): Japarov's interview with Kabar, recorded Tue 20 Sept; Q&A
A["3207"] = dict(
    ents=[JAPAROV, RAHMON, TOKAYEV, PUTIN, TASHIEV, YATIMOV,
          "AKIpress", "Kabar",
          "Kyrgyzstan", "Tajikistan", "Kazakhstan", "Russia",
          "State Committee for National Security", "CSTO", "Ministry of Health"],
    calls=[# "On Friday evening Kamchybek Tashiev called the chairman of the Tajik State Committee for National Security,
           # Saymumin Yatimov, and they agreed that the guns would fall silent"
           call("c1", "A_E_tashiev_yatimov_2022_09_16", [TASHIEV, YATIMOV], "2022-09-16", caller=TASHIEV),
           # "The next day, on Saturday, I proposed ... that we talk by phone. So far there has been no answer."
           call("c2", "A_A_japarov_rahmon_2022_09_17", [JAPAROV, RAHMON], "2022-09-17", status="attempted",
                caller=JAPAROV),
           # "Kassym-Jomart Kemelevich [Tokayev] called me on Saturday"
           call("c3", "A_E_tokayev_japarov_2022_09_17", [TOKAYEV, JAPAROV], "2022-09-17", caller=TOKAYEV),
           # "Vladimir Vladimirovich [Putin] called me yesterday evening" = Mon 19 Sept, against the recording day
           # (Tue 20 Sept), not the publication day
           call("c4", "A_E_putin_japarov_2022_09_19", [PUTIN, JAPAROV], "2022-09-19", caller=PUTIN)],
    rb=[rb("c1", "Kabar", True), rb("c2", "Kabar", True), rb("c3", "Kabar", True), rb("c4", "Kabar", True)])

# 3208 Honolulu Civil Beat, Thu 2023-08-10
A["3208"] = dict(
    ents=[GREEN, BIDEN, LUKE, BISSEN, SCHATZ, HIRONO, CASE, TOKUDA, CRISWELL, HARRIS, "Keoni Alapaʻi",
          "CNN", "Hawaii Public Radio", "Associated Press", "Honolulu Civil Beat",
          "United States",
          "White House", "FEMA", "Honolulu Police Department", "Hawaii National Guard"],
    calls=[# "Biden called him on Wednesday"; "described the call in an interview with CNN early Thursday"
           call("c1", "A_E_biden_green_2023_08_09", [BIDEN, GREEN], "2023-08-09", caller=BIDEN),
           # "Luke told Hawaii Public Radio that she spoke with Maui Mayor Richard Bissen by phone on Tuesday afternoon"
           call("c2", "A_E_luke_bissen_2023_08_08", [LUKE, BISSEN], "2023-08-08"),
           # "On Wednesday morning, Green joined a conference call with" five others (no caller)
           call("c3", "A_E_hawaii_delegation_conference_call_2023_08_09",
                [GREEN, SCHATZ, HIRONO, CASE, TOKUDA, CRISWELL], "2023-08-09"),
           # "said in a statement to The Associated Press that Vice President Kamala Harris was expected to call the
           # governor later Thursday"
           call("c4", "A_P_harris_green_2023_08_10", [HARRIS, GREEN], "2023-08-10", status="planned", caller=HARRIS)],
    rb=[rb("c1", "CNN", True), rb("c2", "Hawaii Public Radio", True), rb("c4", "Associated Press", True)])

# 3209 Taipei Times feature, Sun 2024-04-28 ("Staff writer, with CNA")
A["3209"] = dict(
    ents=[LAI, WHIPPS, TSAI, HEINE, TEO, CHO, CHEN, PENA, "Chiang Pei-wen",
          CNA, "Island Times", "Liberty Times",
          "Taiwan", "Palau", "Marshall Islands", "Tuvalu", "Paraguay", "China",
          "Ministry of Foreign Affairs", "United Nations General Assembly"],
    calls=[# "When the April 3 earthquake struck Hualien, ... Whipps Jr rang ... Tsai ... within hours"; "told the Island
           # Times"
           call("c1", WHIPPS_TSAI, [WHIPPS, TSAI], "2024-04-03", caller=WHIPPS),
           # "Two days later, on April 5, Tsai held a video call with ... Heine" (3200's plan, held: a separate event)
           call("c2", "A_E_tsai_heine_2024_04_05", [TSAI, HEINE], "2024-04-05"),
           # "Last week, the vice president held a video conference with Whipps, Heine and ... Teo"; "the Liberty Times
           # has learned from an official"
           call("c3", "A_E_lai_pacific_allies_vc_2024_04", [LAI, WHIPPS, HEINE, TEO], None)],
    rb=[rb("c1", "Island Times", True), rb("c3", "Liberty Times", True),
        rb("c1", CNA, False), rb("c2", CNA, False), rb("c3", CNA, False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind33, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline, release day or recording day where the text anchors to it; where local dates differ "
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
