#!/usr/bin/env python3
"""Build ../gold.json (blind37, part A) from the hand annotation below and the registry of names.

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
TRUDEAU, BIDEN, ANAND, AUSTIN, EYRE, VANHERCK, PILLAI, DUNLEAVY = "Justin Trudeau", "Joe Biden", "Anita Anand", \
    "Lloyd Austin", "Wayne Eyre", "Glen VanHerck", "Ranj Pillai", "Mike Dunleavy"
TEBBOUNE, SISI, GHAZOUANI, ERDOGAN, TAMIM, ABDULLAH, MELONI = "Abdelmadjid Tebboune", "Abdel Fattah El-Sisi", \
    "Mohamed Ould Cheikh El Ghazouani", "Recep Tayyip Erdoğan", "Tamim bin Hamad Al Thani", "Abdullah II", "Giorgia Meloni"
ATTAF, TAJANI, KHULAIFI, ABDELATTY = "Ahmed Attaf", "Antonio Tajani", "Mohammed bin Abdulaziz Al-Khulaifi", "Badr Abdelatty"
MODI, TOKAYEV, KAKAR, MURMU = "Narendra Modi", "Kassym-Jomart Tokayev", "Anwaar-ul-Haq Kakar", "Droupadi Murmu"
SOMANATH, NELSON, ASCHBACHER, YAMAKAWA = "S. Somanath", "Bill Nelson", "Josef Aschbacher", "Hiroshi Yamakawa"
WIDODO, ALBANESE, LEE, YOON, RETNO, HAYASHI = "Joko Widodo", "Anthony Albanese", "Lee Hsien Loong", "Yoon Suk Yeol", \
    "Retno Marsudi", "Yoshimasa Hayashi"
MARAPE, MAAMAU, MANELE, WONG = "James Marape", "Taneti Maamau", "Jeremiah Manele", "Penny Wong"

# cross-article events
BIDEN_TRUDEAU = "A_E_biden_trudeau_2023_02_11"    # 3600 (CBC live blog, Sat 11 Feb: "spoke with ... Biden this
                                                  # afternoon"; "it was Biden who placed the call", a White House official
                                                  # "told The Associated Press"; Trudeau's Twitter post quoted in a later
                                                  # entry): caller Biden; 3601 (Whitehorse Star, Mon 13 Feb, the PMO
                                                  # readout headed "February 11, 2023": "today spoke with"): no caller
TAMIM_TEBBOUNE = "A_E_tamim_tebboune_2024_09_08"  # 3602 (APS, Tue 10 Sep: "The first call had come late on Sunday ...
                                                  # from the Emir"; EPTV "aired footage"); 3603 (QNA on Qatar Tribune,
                                                  # "Doha, September 09 (QNA)": "made a phone call shortly after midnight,
                                                  # Doha time", name "Abdelmajid"; APS "carried" the Algerian account).
                                                  # About 00:10 in Doha (UTC+3) on Mon 9 Sep = 21:10 UTC on Sun 8 Sep =
                                                  # 22:10 in Algiers (UTC+1): dated by the UTC day, 8 Sep
TOKAYEV_MODI = "A_E_tokayev_modi_2023_08_24"      # 3604 (PTI on The Hindu, "JOHANNESBURG, Aug 24 (PTI)", page 25 Aug:
                                                  # "telephoned ... on Thursday morning"; Uali's Telegram channel);
                                                  # 3605 (All India Radio brief, no dateline: "today received a phone call
                                                  # from", the date only in the metadata, 24 Aug): caller Tokayev
MODI_SOMANATH = "A_E_modi_somanath_2023_08_23"    # 3604 ("telephoned ISRO chairman S Somanath yesterday evening, minutes
                                                  # after the touchdown", "yesterday" against the dateline of 24 Aug, page
                                                  # 25 Aug; clip "posted by the Prime Minister's Office on X"); 3606 (The
                                                  # Week Q&A, 3 Sep: "the evening of the landing", the landing "August 23"):
                                                  # caller Modi in both
ALBANESE_WIDODO = "A_E_albanese_widodo_2022_11_22"  # 3607 (Antara, Tue 22 Nov: "received a telephone call from ... on
                                                  # Tuesday morning"; Twitter post quoted five paragraphs later); 3608 (The
                                                  # Hankyoreh, 24 Nov: "had already taken calls from", no day; "Antara
                                                  # reported"); 3609 (The Saturday Paper, 10 Dec, in passing: "the morning
                                                  # after the Cianjur earthquake of 21 November, ... rang"): caller Albanese
LEE_WIDODO = "A_E_lee_widodo_2022_11_21"          # 3607 ("had telephoned Jokowi late on Monday", the Singapore ministry's
                                                  # website: an organization); 3608 ("taken calls from", no day; Antara):
                                                  # caller Lee

# 3600 CBC News live blog, Sat 2023-02-11 (ET stamps, newest first)
A["3600"] = dict(
    ents=[TRUDEAU, BIDEN, ANAND, AUSTIN, EYRE, VANHERCK, PILLAI, "Pierre Poilievre",
          "CBC News", "The Associated Press", "Twitter",
          "Canada", "United States",
          "Pentagon", "NORAD", "White House"],
    calls=[# summary "spoke with U.S. President Joe Biden this afternoon"; 6:05 entry: "it was Biden who placed the call to
           # Trudeau, shortly before 3 p.m. ET", a White House official "told The Associated Press"; 5:20 entry: the post on
           # Twitter, "I discussed it with President Biden by phone earlier this afternoon"
           call("c1", BIDEN_TRUDEAU, [TRUDEAU, BIDEN], "2023-02-11", caller=BIDEN),
           # 8:47 entry: Anand "was on a video call with" Austin, Eyre and VanHerck "when the decision was taken to fire"
           call("c2", "A_E_anand_austin_vc_2023_02_11", [ANAND, AUSTIN, EYRE, VANHERCK], "2023-02-11"),
           # 10:08 entry: Pillai "had not yet spoken with Trudeau. 'I'm told the prime minister will phone me before the night
           # is out'" (planned; the caller is the one who will phone)
           call("c3", "A_P_trudeau_pillai_2023_02_11", [TRUDEAU, PILLAI], "2023-02-11", status="planned", caller=TRUDEAU)],
    rb=[rb("c1", "Twitter", True), rb("c1", "The Associated Press", True)])

# 3601 Whitehorse Star, Mon 2023-02-13: two PMO readouts reposted as issued, each headed "February 11, 2023"
A["3601"] = dict(
    ents=[TRUDEAU, BIDEN, PILLAI, DUNLEAVY, "Dana Lindqvist-Roy",
          "Canada", "United States",
          "RCMP", "Prime Minister's Office", "NORAD", "Canadian Armed Forces", "Government of Yukon"],
    calls=[# readout: "Prime Minister Justin Trudeau today spoke with the President of the United States, Joe Biden" ("today"
           # is the readout's 11 February, not the page's 13 February)
           call("c1", BIDEN_TRUDEAU, [TRUDEAU, BIDEN], "2023-02-11"),
           # intro: "Saturday's call from Prime Minister Justin Trudeau reached him 'a little before 10' that night";
           # readout: "This evening, Prime Minister Justin Trudeau called the Premier of Yukon, Ranj Pillai"
           call("c2", "A_E_trudeau_pillai_2023_02_11", [TRUDEAU, PILLAI], "2023-02-11", caller=TRUDEAU),
           # "Pillai said he had also spoken by phone last week with Alaska Gov. Mike Dunleavy" (no day)
           call("c3", "A_E_pillai_dunleavy_2023_02", [PILLAI, DUNLEAVY], None)],
    rb=[])

# 3602 APS, Tue 2024-09-10 ("ALGIERS -"): a list of congratulation calls, "on Monday" = 9 Sep
A["3602"] = dict(
    ents=[TEBBOUNE, SISI, GHAZOUANI, ERDOGAN, TAMIM, MELONI, "Vladimir Putin", "Xi Jinping",
          ATTAF, TAJANI, "Abdelaali Hassani Cherif", "Youcef Aouchiche",
          "EPTV", "Mauritanian News Agency",
          "Algeria", "Egypt", "Mauritania", "Türkiye", "Qatar", "Italy", "Russia", "China",
          "Presidency of the Republic", "National Independent Authority for Elections", "Constitutional Court"],
    calls=[# "received on Monday phone calls from several Heads of State ... The President of the Arab Republic of Egypt ...
           # conveyed ... his warmest congratulations"
           call("c1", "A_E_sisi_tebboune_2024_09_09", [SISI, TEBBOUNE], "2024-09-09", caller=SISI),
           # "also called President Tebboune to congratulate him"; AMI "also reported" the call (last paragraph)
           call("c2", "A_E_ghazouani_tebboune_2024_09_09", [GHAZOUANI, TEBBOUNE], "2024-09-09", caller=GHAZOUANI),
           # "telephoned President Tebboune in the afternoon"
           call("c3", "A_E_erdogan_tebboune_2024_09_09", [ERDOGAN, TEBBOUNE], "2024-09-09", caller=ERDOGAN),
           # "The first call had come late on Sunday ... from the Emir of the State of Qatar"; "EPTV aired footage of the
           # President taking the call"
           call("c4", TAMIM_TEBBOUNE, [TAMIM, TEBBOUNE], "2024-09-08", caller=TAMIM),
           # "is scheduled to hold phone talks on Wednesday with ... Mrs. Giorgia Meloni"
           call("c5", "A_P_tebboune_meloni_2024_09_11", [TEBBOUNE, MELONI], "2024-09-11", status="planned"),
           # ministers: Attaf "received on Monday a phone call from ... Mr. Antonio Tajani"
           call("c6", "A_E_tajani_attaf_2024_09_09", [ATTAF, TAJANI], "2024-09-09", caller=TAJANI)],
    rb=[rb("c4", "EPTV", True), rb("c2", "Mauritanian News Agency", True)])

# 3603 Qatar Tribune (QNA), Mon 2024-09-09: "Doha, September 09 (QNA) -", a round-up of one day's calls
A["3603"] = dict(
    ents=[TAMIM, TEBBOUNE, ABDULLAH, KHULAIFI, ABDELATTY,
          "Qatar News Agency", "Algeria Press Service", "Qatar Tribune",
          "Qatar", "Algeria", "Jordan", "Egypt",
          "Ministry of Foreign Affairs"],
    calls=[# "made a phone call shortly after midnight, Doha time, with ... HE Abdelmajid Tebboune" (UTC: 8 Sep); "The
           # Algerian side's account of the conversation, carried by Algeria Press Service (APS)"
           call("c1", TAMIM_TEBBOUNE, [TAMIM, TEBBOUNE], "2024-09-08", caller=TAMIM),
           # "In the afternoon, HH the Amir received a phone call from His Majesty King Abdullah II"
           call("c2", "A_E_abdullah_tamim_2024_09_09", [ABDULLAH, TAMIM], "2024-09-09", caller=ABDULLAH),
           # ministers: Al-Khulaifi "received a phone call from ... Dr. Badr Abdelatty" ("Also today")
           call("c3", "A_E_abdelatty_khulaifi_2024_09_09", [KHULAIFI, ABDELATTY], "2024-09-09", caller=ABDELATTY)],
    rb=[rb("c1", "Algeria Press Service", True),
        rb("c1", "Qatar News Agency", False), rb("c2", "Qatar News Agency", False), rb("c3", "Qatar News Agency", False)])

# 3604 The Hindu (PTI), Fri 2023-08-25: "JOHANNESBURG, Aug 24 (PTI)"; "yesterday" counts from the dateline
A["3604"] = dict(
    ents=[TOKAYEV, MODI, KAKAR, SOMANATH, "Berik Uali", "Mumtaz Zahra Baloch",
          "Press Trust of India", "Telegram", "X", "Jang",
          "Kazakhstan", "India", "Pakistan", "South Africa", "Ethiopia", "Iran", "United States", "Soviet Union", "China",
          "ISRO", "Prime Minister's Office", "Foreign Office", "Shanghai Cooperation Organisation", "BRICS"],
    calls=[# "telephoned Prime Minister Narendra Modi on Thursday morning"; Uali "wrote on his Telegram channel that the
           # President had called the landing ..."
           call("c1", TOKAYEV_MODI, [TOKAYEV, MODI], "2023-08-24", caller=TOKAYEV),
           # "telephoned ISRO chairman S Somanath yesterday evening, minutes after the touchdown. A clip of the conversation,
           # later posted by the Prime Minister's Office on X"
           call("c2", MODI_SOMANATH, [MODI, SOMANATH], "2023-08-23", caller=MODI),
           # denied: "a report in the Urdu daily Jang that caretaker Prime Minister Anwaar-ul-Haq Kakar had telephoned Mr. Modi
           # on Wednesday night"; "No such call has taken place" (claimed caller Kakar)
           call("c3", "A_D_kakar_modi_2023_08_23", [KAKAR, MODI], "2023-08-23", status="denied", caller=KAKAR)],
    rb=[rb("c1", "Telegram", True), rb("c2", "X", True), rb("c3", "Jang", True),
        rb("c1", "Press Trust of India", False), rb("c2", "Press Trust of India", False),
        rb("c3", "Press Trust of India", False)])

# 3605 All India Radio, Thu 2023-08-24: short brief, no dateline, "today" = the metadata's date
A["3605"] = dict(
    ents=[MODI, TOKAYEV,
          "India", "Kazakhstan",
          "Shanghai Cooperation Organisation", "BRICS"],
    calls=[# "Prime Minister Narendra Modi today received a phone call from the President of Kazakhstan, Kassym-Jomart Tokayev";
           # "In a social media post" names no platform
           call("c1", TOKAYEV_MODI, [TOKAYEV, MODI], "2023-08-24", caller=TOKAYEV)],
    rb=[])

# 3606 The Week, Sun 2023-09-03: interview with S. Somanath in Q/A form
A["3606"] = dict(
    ents=[MODI, "Droupadi Murmu", SOMANATH, NELSON, ASCHBACHER, YAMAKAWA, "Meghna Varghese-Iyer",
          "The Week",
          "Japan",
          "ISRO", "NASA", "European Space Agency", "JAXA"],
    calls=[# "Where were you when Prime Minister Narendra Modi called?" "It was the evening of the landing, maybe four minutes
           # after touchdown" (the landing: "August 23")
           call("c1", MODI_SOMANATH, [MODI, SOMANATH], "2023-08-23", caller=MODI),
           # "President Droupadi Murmu rang me the next morning, before eight"
           call("c2", "A_E_murmu_somanath_2023_08_24", ["Droupadi Murmu", SOMANATH], "2023-08-24", caller="Droupadi Murmu"),
           # "Bill Nelson set up a video call on the Monday after the landing, with Josef Aschbacher of ESA and me" (a host, not
           # a caller)
           call("c3", "A_E_nelson_aschbacher_somanath_vc_2023_08_28", [NELSON, ASCHBACHER, SOMANATH], "2023-08-28"),
           # "I am to speak with Hiroshi Yamakawa by phone next week" (no day)
           call("c4", "A_P_somanath_yamakawa_2023_09", [SOMANATH, YAMAKAWA], None, status="planned")],
    rb=[])

# 3607 Antara, Tue 2022-11-22: "Jakarta (ANTARA) -"
A["3607"] = dict(
    ents=[WIDODO, ALBANESE, LEE, YOON, RETNO, HAYASHI, "Teuku Faizasyah", "Ridwan Kamil", "Suharyanto",
          "Nabila Putri Kusumawardani", "Hendra Wijaya Siregar",
          "Antara", "Twitter",
          "Indonesia", "Australia", "Singapore", "Japan", "South Korea",
          "National Disaster Mitigation Agency", "Ministry of Foreign Affairs", "Foreign Affairs Ministry",
          "Singapore Armed Forces", "Japan International Cooperation Agency"],
    calls=[# "received a telephone call from Australian Prime Minister Anthony Albanese on Tuesday morning"; "Albanese later
           # wrote on his Twitter account: 'Spoke with President Widodo this morning ...'"
           call("c1", ALBANESE_WIDODO, [ALBANESE, WIDODO], "2022-11-22", caller=ALBANESE),
           # "Lee Hsien Loong had telephoned Jokowi late on Monday, according to a summary ... published on the website of
           # Singapore's Ministry of Foreign Affairs" (an organization)
           call("c2", LEE_WIDODO, [LEE, WIDODO], "2022-11-21", caller=LEE),
           # ministers: Retno "received a phone call from Japanese Foreign Minister Yoshimasa Hayashi on Tuesday afternoon"
           call("c3", "A_E_hayashi_retno_2022_11_22", [RETNO, HAYASHI], "2022-11-22", caller=HAYASHI),
           # "Jokowi was scheduled to receive a phone call from South Korean President Yoon Suk Yeol on Wednesday"
           call("c4", "A_P_yoon_widodo_2022_11_23", [YOON, WIDODO], "2022-11-23", status="planned", caller=YOON)],
    rb=[rb("c1", "Twitter", True),
        rb("c1", "Antara", False), rb("c2", "Antara", False), rb("c3", "Antara", False), rb("c4", "Antara", False)])

# 3608 The Hankyoreh, Thu 2022-11-24
A["3608"] = dict(
    ents=[YOON, WIDODO, LEE, ALBANESE, "Kim Eun-hye", "Choi Ha-young",
          "Antara",
          "South Korea", "Indonesia",
          "Ministry of Foreign Affairs", "Democratic Party", "National Assembly", "G20"],
    calls=[# "held phone talks with Indonesian President Joko Widodo on Wednesday"; "Yoon placed the call in the afternoon"
           call("c1", "A_E_yoon_widodo_2022_11_23", [YOON, WIDODO], "2022-11-23", caller=YOON),
           # "An attempt to put the call through on Tuesday did not succeed because Widodo was touring the disaster area"
           # (the attempt at Yoon's call: caller Yoon)
           call("c2", "A_A_yoon_widodo_2022_11_22", [YOON, WIDODO], "2022-11-22", status="attempted", caller=YOON),
           # "Widodo had already taken calls from Singapore Prime Minister Lee Hsien Loong and Australian Prime Minister
           # Anthony Albanese, Indonesia's state news agency Antara reported" (no day)
           call("c3", LEE_WIDODO, [LEE, WIDODO], None, caller=LEE),
           call("c4", ALBANESE_WIDODO, [ALBANESE, WIDODO], None, caller=ALBANESE)],
    rb=[rb("c3", "Antara", True), rb("c4", "Antara", True)])

# 3609 The Saturday Paper, Sat 2022-12-10: a feature with calls in passing
A["3609"] = dict(
    ents=[ALBANESE, MARAPE, WIDODO, MAAMAU, MANELE, "David Hurley", WONG, "Callum Ferreira-Watts",
          "ABC Radio National", "The Australian Financial Review", "The Saturday Paper",
          "Papua New Guinea", "Kiribati", "Solomon Islands", "Australia",
          "Pacific Islands Forum", "G20"],
    calls=[# "On 9 August, within the hour after PNG's parliament returned James Marape as prime minister, Albanese was on the
           # phone to him. He later told ABC Radio National's Breakfast ..." (no caller: "was on the phone to")
           call("c1", "A_E_albanese_marape_2022_08_09", [ALBANESE, MARAPE], "2022-08-09"),
           # "the morning after the Cianjur earthquake of 21 November, when Albanese rang Joko Widodo"
           call("c2", ALBANESE_WIDODO, [ALBANESE, WIDODO], "2022-11-22", caller=ALBANESE),
           # "In July ... Penny Wong tried several times to reach President Taneti Maamau by telephone. The calls were not
           # returned, as The Australian Financial Review learned at the time" (no day)
           call("c3", "A_A_wong_maamau_2022_07", [WONG, MAAMAU], None, status="attempted", caller=WONG),
           # "Last week she spoke by phone with her Solomon Islands counterpart, Jeremiah Manele" (no day)
           call("c4", "A_E_wong_manele_2022_12", [WONG, MANELE], None)],
    rb=[rb("c1", "ABC Radio National", True), rb("c3", "The Australian Financial Review", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind37, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline or readout date where the text anchors to it (3601, 3604); where local dates "
        "differ across time zones, the event date is the UTC date of the call (3603). See README.md."),
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
