#!/usr/bin/env python3
"""Build ../gold.json (blind29, part A) from the hand annotation below and the registry of names.

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
SAIED, BLINKEN, TEBBOUNE, TAMIM, MECHICHI, GHANNOUCHI = "Kais Saied", "Antony Blinken", "Abdelmadjid Tebboune", \
    "Tamim bin Hamad Al Thani", "Hichem Mechichi", "Rached Ghannouchi"
GARNEAU, SHERMAN, JERANDI, SULLIVAN, BIDEN = "Marc Garneau", "Wendy Sherman", "Othman Jerandi", "Jake Sullivan", \
    "Joe Biden"
HAMAD, KHALIFA, SALMANBH, MBS, KINGSALMAN, HAITHAM, NAWAF, POMPEO, BADR, ZAYANI = "Hamad bin Isa Al Khalifa", \
    "Khalifa bin Salman Al Khalifa", "Salman bin Hamad Al Khalifa", "Mohammed bin Salman", \
    "Salman bin Abdulaziz Al Saud", "Haitham bin Tariq", "Nawaf Al-Ahmad Al-Jaber Al-Sabah", "Mike Pompeo", \
    "Badr bin Hamad Albusaidi", "Abdullatif bin Rashid Al Zayani"
ANUTIN, SIRIKIT, PRABOWO, LWONG, MODI, MACRON, HUNMANET, ANWAR, JAISHANKAR, SIHASAK = "Anutin Charnvirakul", \
    "Sirikit", "Prabowo Subianto", "Lawrence Wong", "Narendra Modi", "Emmanuel Macron", "Hun Manet", \
    "Anwar Ibrahim", "S. Jaishankar", "Sihasak Phuangketkeow"
MORRISON, LOUGHMAN, TALLIS, HURLEY, ARDERN, SALWAI, BAINI, REGENVANU = "Scott Morrison", "Bob Loughman", \
    "Tallis Obed Moses", "David Hurley", "Jacinda Ardern", "Charlot Salwai", "Frank Bainimarama", "Ralph Regenvanu"
TRUDEAU, AMLO, BARCENA, JOLY, SALGADO, SANDOVAL, OJEDA, ROSAICELA = "Justin Trudeau", \
    "Andrés Manuel López Obrador", "Alicia Bárcena", "Mélanie Joly", "Evelyn Salgado Pineda", \
    "Luis Cresencio Sandoval", "José Rafael Ojeda Durán", "Rosa Icela Rodríguez"
TOKAYEV, MIRZIYOYEV, JAPAROV, PUTIN, UALI = "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Sadyr Japarov", \
    "Vladimir Putin", "Berik Uali"

# cross-article events
BLINKEN_SAIED = "A_E_blinken_saied_2021_07_26"    # 2800 (TAP, Tue 27 July: "received on Monday evening a phone call
                                                  # from": caller Blinken; the Presidency's Facebook page), 2801 (State
                                                  # Department briefing, 27 July: "spoke by phone yesterday": no caller),
                                                  # 2802 (MEE feature, 9 August, in passing: "telephoned Saïed the day
                                                  # after the power grab" of "the night of 25 July"; Wataniya aired it)
HAITHAM_HAMAD = "A_E_haitham_hamad_2020_11_12"    # 2803 (Arab News, Thu 12 Nov: "called the king on Thursday"; BNA
                                                  # reported; "Haitham bin Tarik", "Al Khalifa"), 2804 (Oman Observer
                                                  # (ONA), published 13 Nov, "MUSCAT, Nov 12 -": "today made a phone
                                                  # call to"; "Haitham bin Tariq", "Al-Khalifa")
MODI_ANUTIN = "A_E_modi_anutin_2025_10_25"        # 2805 (The Nation, Sun 26 Oct: "telephoned Anutin on Saturday
                                                  # evening": caller Modi; statement "gave to the Thai News Agency"),
                                                  # 2806 (DD News brief, no dateline: "today spoke over the phone":
                                                  # the day only in the metadata, 25 Oct; no caller; X)

# 2800 TAP, Tue 2021-07-27, "Tunis, July 27 (TAP) -": the Presidency's statements reposted
A["2800"] = dict(
    ents=[SAIED, BLINKEN, TEBBOUNE, TAMIM, MECHICHI, GHANNOUCHI,
          "TAP", "Facebook",
          "Tunisia", "United States", "Algeria", "Qatar",
          "Presidency of the Republic (Tunisia)", "Carthage Palace", "Assembly of the Representatives of the People",
          "UGTT"],
    calls=[call("c1", BLINKEN_SAIED, [BLINKEN, SAIED], "2021-07-26", caller=BLINKEN),
           # "held a phone conversation today with": the dateline's day, which is also publication
           call("c2", "A_E_tebboune_saied_2021_07_27", [TEBBOUNE, SAIED], "2021-07-27"),
           # "A phone call between ... is scheduled for Wednesday"
           call("c3", "A_P_saied_tamim_2021_07_28", [SAIED, TAMIM], "2021-07-28", status="planned")],
    rb=[rb("c1", "Facebook", True), rb("c1", "TAP", False), rb("c3", "TAP", False)])

# 2801 U.S. Department of State press briefing transcript, Tue 2021-07-27 (Q&A)
A["2801"] = dict(
    ents=[BLINKEN, SAIED, GARNEAU, GHANNOUCHI, MECHICHI, SHERMAN, JERANDI, "Jalina Porter", "Daniel Hartwell",
          "Al Arabiya",
          "Tunisia", "Canada", "India", "Kuwait",
          "DHS", "White House"],
    calls=[call("c1", BLINKEN_SAIED, [BLINKEN, SAIED], "2021-07-26"),
           # "also spoke by phone on Sunday with Canadian Foreign Minister Marc Garneau" (ministers)
           call("c2", "A_E_blinken_garneau_2021_07_25", [BLINKEN, GARNEAU], "2021-07-25"),
           # Al Arabiya's report that Blinken and Ghannouchi "were on the phone": "It's not accurate"; no day claimed
           call("c3", "A_D_blinken_ghannouchi_2021_07", [BLINKEN, GHANNOUCHI], None, status="denied"),
           # "is expected to speak with Foreign Minister Jerandi by phone later this week"
           call("c4", "A_P_sherman_jerandi_2021_07", [SHERMAN, JERANDI], None, status="planned")],
    rb=[rb("c3", "Al Arabiya", True)])

# 2802 Middle East Eye feature, Mon 2021-08-09: calls in passing
A["2802"] = dict(
    ents=[GHANNOUCHI, SAIED, MECHICHI, BLINKEN, SULLIVAN, BIDEN, "Hamza Ben Salem",
          "Middle East Eye", "Wataniya",
          "Tunisia", "United States",
          "Ennahda", "White House", "Carthage Palace"],
    calls=[# "dialled Kaïs Saïed's number again and again that night without getting an answer" (the night of 25 July)
           call("c1", "A_A_ghannouchi_saied_2021_07_25", [GHANNOUCHI, SAIED], "2021-07-25", status="attempted",
                caller=GHANNOUCHI),
           call("c2", BLINKEN_SAIED, [BLINKEN, SAIED], "2021-07-26", caller=BLINKEN),
           # "phoned Saïed on the last Saturday of July" = 31 July 2021
           call("c3", "A_E_sullivan_saied_2021_07_31", [SULLIVAN, SAIED], "2021-07-31", caller=SULLIVAN)],
    rb=[rb("c2", "Wataniya", True), rb("c1", "Middle East Eye", False)])

# 2803 Arab News, Thu 2020-11-12, "RIYADH:": round-up of the day's condolence calls
A["2803"] = dict(
    ents=[KHALIFA, MBS, HAMAD, KINGSALMAN, HAITHAM, NAWAF, SALMANBH, POMPEO,
          "Arab News", "Bahrain News Agency", "Saudi Press Agency",
          "Bahrain", "Saudi Arabia", "Oman", "Kuwait", "United States",
          "Mayo Clinic", "State Department"],
    calls=[call("c1", "A_E_mbs_hamad_2020_11_11", [MBS, HAMAD], "2020-11-11", caller=MBS),
           call("c2", HAITHAM_HAMAD, [HAITHAM, HAMAD], "2020-11-12", caller=HAITHAM),
           # "offered his condolences in a phone call later in the day": no caller
           call("c3", "A_E_nawaf_hamad_2020_11_12", [NAWAF, HAMAD], "2020-11-12"),
           # "shortly after 10 p.m. on Wednesday, Washington time, which was 6 a.m. on Thursday in Manama":
           # 03:00 UTC on Thursday 12 November
           call("c4", "A_E_pompeo_salmanbinhamad_2020_11_12", [POMPEO, SALMANBH], "2020-11-12", caller=POMPEO)],
    rb=[rb("c1", "Saudi Press Agency", True), rb("c2", "Bahrain News Agency", True),
        rb("c3", "Bahrain News Agency", True)])

# 2804 Oman Observer (ONA), Fri 2020-11-13, "MUSCAT, Nov 12 -": the Royal Court's news reposted
A["2804"] = dict(
    ents=[HAITHAM, HAMAD, KHALIFA, SALMANBH, BADR, ZAYANI,
          "Oman Observer", "Oman News Agency",
          "Bahrain",
          "Diwan of Royal Court"],
    calls=[# "today made a phone call to": the dateline's day, 12 November
           call("c1", HAITHAM_HAMAD, [HAITHAM, HAMAD], "2020-11-12", caller=HAITHAM),
           call("c2", "A_E_haitham_salmanbinhamad_2020_11_12", [HAITHAM, SALMANBH], "2020-11-12", caller=HAITHAM),
           # "received on Wednesday a phone call from" (ministers)
           call("c3", "A_E_zayani_badr_2020_11_11", [ZAYANI, BADR], "2020-11-11", caller=ZAYANI)],
    rb=[rb("c1", "Oman News Agency", False), rb("c2", "Oman News Agency", False),
        rb("c3", "Oman News Agency", False)])

# 2805 The Nation (Thailand), Sun 2025-10-26: list of condolence calls to Anutin
A["2805"] = dict(
    ents=[ANUTIN, SIRIKIT, PRABOWO, LWONG, MODI, ANWAR, MACRON, HUNMANET,
          "The Nation", "Facebook", "Thai News Agency",
          "Thailand", "Indonesia", "Singapore", "India", "France", "Cambodia", "Malaysia",
          "Bureau of the Royal Household", "Government House (Thailand)", "ASEAN"],
    calls=[# "ringing Anutin on the night of the Queen Mother's passing" (9.21pm on Friday 24 October)
           call("c1", "A_E_prabowo_anutin_2025_10_24", [PRABOWO, ANUTIN], "2025-10-24", caller=PRABOWO),
           call("c2", "A_E_lwong_anutin_2025_10_25", [LWONG, ANUTIN], "2025-10-25", caller=LWONG),
           call("c3", MODI_ANUTIN, [MODI, ANUTIN], "2025-10-25", caller=MODI),
           # "Anutin also spoke with ... Anwar Ibrahim ... about the arrangements for Sunday's signing": not said to
           # be a call (Anwar was hosting the summit), and no day is given
           call("c5", "A_E_anutin_anwar_2025_10", [ANUTIN, ANWAR], None, required=False),
           # "is also scheduled to take a call from French President Emmanuel Macron on Tuesday"
           call("c4", "A_P_macron_anutin_2025_10_28", [MACRON, ANUTIN], "2025-10-28", status="planned",
                caller=MACRON)],
    rb=[rb("c2", "Facebook", True), rb("c3", "Thai News Agency", True)])

# 2806 DD News brief, Sat 2025-10-25: no dateline, "today" only from the metadata
A["2806"] = dict(
    ents=[MODI, ANUTIN, SIRIKIT, ANWAR, JAISHANKAR, SIHASAK,
          "DD News", "X",
          "India", "Thailand", "Malaysia",
          "Ministry of External Affairs (India)", "ASEAN"],
    calls=[call("c1", MODI_ANUTIN, [MODI, ANUTIN], "2025-10-25"),
           # "had also spoken on the phone with ... earlier this week": no day
           call("c2", "A_E_modi_anwar_2025_10", [MODI, ANWAR], None)],
    rb=[rb("c1", "X", True)])

# 2807 Vanuatu Daily Post, Wed 2020-04-22
A["2807"] = dict(
    ents=[MORRISON, LOUGHMAN, TALLIS, HURLEY, ARDERN, SALWAI, BAINI, REGENVANU, "Anita Tarileo",
          "Vanuatu Daily Post", "ABC",
          "Vanuatu", "Australia", "New Zealand", "Fiji", "Tonga",
          "Vanua'aku Pati", "National Disaster Management Office (Vanuatu)"],
    calls=[call("c1", "A_E_morrison_loughman_2020_04_21", [MORRISON, LOUGHMAN], "2020-04-21", caller=MORRISON),
           # a governor-general (Person) and a president (Leader), "On Monday"
           call("c2", "A_E_hurley_tallis_2020_04_20", [HURLEY, TALLIS], "2020-04-20", caller=HURLEY),
           call("c3", "A_P_ardern_loughman_2020_04", [ARDERN, LOUGHMAN], None, status="planned"),
           # "had spoken by telephone ... last week"
           call("c4", "A_E_salwai_bainimarama_2020_04", [SALWAI, BAINI], None),
           # "had tried to call Mr Loughman on Tuesday ... but was told the Prime Minister was not available"
           call("c5", "A_A_regenvanu_loughman_2020_04_21", [REGENVANU, LOUGHMAN], "2020-04-21", status="attempted",
                caller=REGENVANU)],
    rb=[rb("c1", "ABC", True), rb("c1", "Vanuatu Daily Post", False)])

# 2808 Mexico News Daily live blog, Wed 2023-10-25 (Mexico City time, newest first)
A["2808"] = dict(
    ents=[TRUDEAU, AMLO, BARCENA, JOLY, BIDEN, SALGADO, SANDOVAL, OJEDA, ROSAICELA,
          "Mexico News Daily", "CBC News", "X",
          "Canada", "United States", "Mexico",
          "Global Affairs Canada", "National Hurricane Center"],
    calls=[# 9:40 p.m.: "intends to speak with President López Obrador by phone in the coming days"
           call("c1", "A_P_trudeau_amlo_2023_10", [TRUDEAU, AMLO], None, status="planned"),
           call("c2", "A_E_barcena_joly_2023_10_25", [BARCENA, JOLY], "2023-10-25", caller=BARCENA),
           call("c3", "A_E_biden_amlo_2023_10_25", [BIDEN, AMLO], "2023-10-25", caller=BIDEN),
           # 11:20 a.m.: a video call with four named people; nobody is said to have placed it
           call("c4", "A_E_amlo_otis_video_2023_10_25", [AMLO, SALGADO, SANDOVAL, OJEDA], "2023-10-25"),
           call("c5", "A_E_rosaicela_salgado_2023_10_25", [ROSAICELA, SALGADO], "2023-10-25")],
    rb=[rb("c1", "CBC News", True), rb("c2", "X", True)])

# 2809 Kazinform, Tue 2024-04-09, "ASTANA. KAZINFORM -"
A["2809"] = dict(
    ents=[MIRZIYOYEV, TOKAYEV, UALI, JAPAROV, PUTIN,
          "Kazinform", "Facebook", "24.kg",
          "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Russia",
          "Akorda"],
    calls=[call("c1", "A_E_mirziyoyev_tokayev_2024_04_08", [MIRZIYOYEV, TOKAYEV], "2024-04-08", caller=MIRZIYOYEV),
           # 24.kg's report that Japarov "called Tokayev on Sunday"; "There was no telephone conversation"
           call("c2", "A_D_japarov_tokayev_2024_04_07", [JAPAROV, TOKAYEV], "2024-04-07", status="denied",
                caller=JAPAROV),
           call("c3", "A_P_putin_tokayev_2024_04_12", [PUTIN, TOKAYEV], "2024-04-12", status="planned")],
    rb=[rb("c1", "Facebook", True), rb("c2", "24.kg", True), rb("c2", "Kazinform", False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind29, part A): 10 articles written for this set (not real published text), each "
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
