#!/usr/bin/env python3
"""Build ../gold.json (blind66, part A) from the hand annotation below and the registry of names.

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
BAT, ABE, MOON, PUT, XI, ERD, ELB, KIS, SUG = "Khaltmaagiin Battulga", "Shinzo Abe", "Moon Jae-in", "Vladimir Putin", \
    "Xi Jinping", "Jargaltulgyn Erdenebat", "Tsakhiagiin Elbegdorj", "Fumio Kishida", "Yoshihide Suga"
MUN = "Tsend Munkh-Orgil"
SISI, MEN, DBE, SAR, MEC, TAM, SAI, ERDO = "Abdel Fattah el-Sisi", "Mohamed al-Menfi", "Abdul Hamid Dbeibah", \
    "Fayez al-Sarraj", "Hichem Mechichi", "Tamim bin Hamad Al Thani", "Kais Saied", "Recep Tayyip Erdoğan"
RADY, SHO, SIA, HAF, WIL = "Bassam Rady", "Sameh Shoukry", "Mohamed Taha Siala", "Khalifa Haftar", "Stephanie Williams"
LAS, DUQ, MOR, PIN, LAC, ABD, COR, ARC = "Guillermo Lasso", "Iván Duque", "Lenín Moreno", "Sebastián Piñera", \
    "Luis Lacalle Pou", "Mario Abdo Benítez", "Rafael Correa", "Luis Arce"
ARA, BLI, YAK, ATA = "Andrés Arauz", "Antony Blinken", "Yaku Pérez", "Diana Atamaint"
BJA, STO, TRU, FRE, ZEL, KAT, SIG, GUD, ORP, KRI = "Bjarni Benediktsson", "Jonas Gahr Støre", "Justin Trudeau", \
    "Mette Frederiksen", "Volodymyr Zelensky", "Katrín Jakobsdóttir", "Sigurður Ingi Jóhannsson", \
    "Guðni Th. Jóhannesson", "Petteri Orpo", "Ulf Kristersson"
THO = "Þórdís Kolbrún Reykfjörð Gylfadóttir"
BUR, MBZ, BAS, IBN, KAB, HEM = "Abdel Fattah al-Burhan", "Mohammed bin Zayed", "Omar al-Bashir", "Awad Ibn Auf", \
    "Shams El Din Kabbashi", "Mohamed Hamdan Dagalo"

# cross-article events
ABE_BAT = "A_E_abe_battulga_2017_07_18"
# 5140 (MONTSAME, "ULAANBAATAR, July 19", Wed): "held phone talks yesterday" -> Tue Jul 18 (the dateline's day minus
# one); "at the initiative of the Japanese side" -> caller Abe; NHK "aired footage of Prime Minister Abe speaking on the
# telephone" (required). 5141 (The Japan Times (Kyodo), Tue Jul 18): "held telephone talks Tuesday" -> Jul 18, no caller
# ("Khaltmaagiin Battulga").
SISI_DBE = "A_E_sisi_dbeibah_2021_02_06"
SISI_MEN = "A_E_sisi_menfi_2021_02_06"
# 5142 (Ahram Online, Sat Feb 6): "on Saturday made two separate phone calls to" al-Menfi and Dbeibah (caller Sisi;
# the statement "was posted on the official Facebook page": Facebook required for both). 5143 (Libya Observer, Mon Feb
# 8): "called him on Saturday, according to the Egyptian state-owned Ahram Online" (newspaper citing another outlet:
# required); al-Menfi's call not told there. 5144 (Libya Herald, Fri Feb 19, in passing): "The day after the Geneva
# vote" (the vote "on 5 February") -> Feb 6, a day told by an event; "telephoned both Mohamed Menfi ... and ... Dbeibah".
DUQ_LAS = "A_E_duque_lasso_2021_04_11"
# 5145 (MercoPress, Tue Apr 13): "called Lasso on the night of the run-off" (Sunday's run-off) -> Apr 11, caller Duque;
# "Duque's post on Twitter, published some two hours after the call" (quoted two paragraphs earlier): required.
# 5146 (teleSUR live blog, Sun Apr 11, 21:40 entry): "Ivan Duque has telephoned Lasso", "Lasso's campaign says".
STO_BJA = "A_E_store_bjarni_2024_04_10"
# 5148 (Iceland Monitor, no dateline, Wed Apr 10 in the metadata only): "telephoned Bjarni Benediktsson this morning"
# -> Apr 10, caller Støre; X post quoted four paragraphs later (required); "NRK reported the call ... citing Støre's
# office" (required). 5147 (RÚV English Q&A, Thu Apr 11): "I spoke with Jonas Gahr Støre yesterday" -> Apr 10 (no
# caller there; required under the question "You have had calls from several Nordic colleagues").

# 5140 MONTSAME, Wed 2017-07-19: telegraphic headline, "ULAANBAATAR, July 19 /MONTSAME/.", Mongolian name forms; URL blank
A["5140"] = dict(
    ents=[BAT, ABE, MOON, PUT, XI, ERD, "D.Nomin-Erdene",
          "MONTSAME", "NHK",
          "Mongolia", "Japan", "South Korea", "Russia", "China",
          "Office of the President (Mongolia)", "State Great Khural"],
    calls=[call("c1", ABE_BAT, [ABE, BAT], "2017-07-18", caller=ABE),
           # "is scheduled to hold phone talks with ... Moon Jae-in on Thursday" -> planned, Jul 20, no caller
           call("c2", "A_P_battulga_moon_2017_07_20", [BAT, MOON], "2017-07-20", status="planned")],
    # NHK aired footage of the call: required. MONTSAME is the publisher (dateline): not required. Traps: letters
    # from Putin and Xi; Erdenebat presenting the action plan; "He has called for a review"; "Related news".
    rb=[rb("c1", "NHK", True), rb("c1", "MONTSAME", False)])

# 5141 The Japan Times (Kyodo), Tue 2017-07-18: wire copy, "TOKYO –" dateline, "KYODO" and "© Kyodo News"
A["5141"] = dict(
    ents=[ABE, BAT, ELB, KIS, SUG, MUN,
          "Kyodo News",
          "Japan", "Mongolia", "China", "North Korea",
          "Foreign Ministry (Japan)", "Democratic Party (Mongolia)"],
    calls=[call("c1", ABE_BAT, [ABE, BAT], "2017-07-18"),
           # ministers: "On Friday, Foreign Minister Fumio Kishida spoke by phone with ... Tsend Munkh-Orgil" -> Jul 14
           call("c2", "A_E_kishida_munkhorgil_2017_07_14", [KIS, MUN], "2017-07-14")],
    # Kyodo is the wire carried by The Japan Times: not required. Traps: Suga's news conference; Abe "met"
    # Elbegdorj; "RELATED STORIES".
    rb=[rb("c1", "Kyodo News", False)])

# 5142 Ahram Online, Sat 2021-02-06: the presidency spokesman's statement reposted ("Short link:", keywords)
A["5142"] = dict(
    ents=[SISI, MEN, DBE, SAR, RADY, SHO, SIA, HAF,
          "Ahram Online", "Facebook",
          "Egypt", "Libya",
          "Libyan Political Dialogue Forum", "Presidential Council (Libya)", "Government of National Accord",
          "United Nations"],
    calls=[call("c1", SISI_MEN, [SISI, MEN], "2021-02-06", caller=SISI),
           call("c2", SISI_DBE, [SISI, DBE], "2021-02-06", caller=SISI)],
    # Facebook carried the statement on both calls: required. Ahram Online is the publisher: not required. Traps:
    # Shoukry "expected to receive" Siala (a meeting); "the Libyan parliament"; Egypt's foreign ministry statement.
    rb=[rb("c1", "Facebook", True), rb("c2", "Facebook", True),
        rb("c1", "Ahram Online", False), rb("c2", "Ahram Online", False)])

# 5143 The Libya Observer, Mon 2021-02-08: round-up of the weekend's calls, byline, share bar; title blank in metadata
A["5143"] = dict(
    ents=[DBE, MEC, TAM, SISI, MEN, SAI, SAR, HAF, WIL, "Khadija Al-Mabrouk Ennemri",
          "The Libya Observer", "Ahram Online",
          "Libya", "Tunisia", "Qatar", "Egypt",
          "Libyan Political Dialogue Forum", "Presidential Council (Libya)", "Government of National Accord",
          "House of Representatives (Libya)"],
    calls=[# "received on Sunday a phone call from the Tunisian Head of Government" -> Feb 7, caller Mechichi
           call("c1", "A_E_mechichi_dbeibah_2021_02_07", [MEC, DBE], "2021-02-07", caller=MEC),
           # "Later on Sunday evening, the Emir of Qatar ... also phoned Dbeibah" -> Feb 7, caller Tamim
           call("c2", "A_E_tamim_dbeibah_2021_02_07", [TAM, DBE], "2021-02-07", caller=TAM),
           call("c3", SISI_DBE, [SISI, DBE], "2021-02-06", caller=SISI),
           # "received a call on Sunday from Tunisian President Kais Saied" -> Feb 7, caller Saied
           call("c4", "A_E_saied_menfi_2021_02_07", [SAI, MEN], "2021-02-07", caller=SAI),
           # "said in a statement that he had spoken with Dbeibah": no phone said, no day -> not required, null
           call("c5", "A_E_sarraj_dbeibah_2021_02", [SAR, DBE], None, required=False)],
    # Ahram Online (the Observer citing it for the Sisi call): required. Traps: the media office and the council's
    # spokeswoman (no outlet); Williams "welcomed"; the share bar (furniture, not entities).
    rb=[rb("c3", "Ahram Online", True)])

# 5144 Libya Herald, Fri 2021-02-19: analysis feature, "London, 19 February 2021:", calls in passing
A["5144"] = dict(
    ents=[SISI, MEN, DBE, ERDO, HAF, "Idris Ben-Ghalbun",
          "Libya Herald", "Al-Marsad",
          "Libya", "Egypt", "Turkey",
          "Libyan Political Dialogue Forum", "Presidential Council (Libya)", "House of Representatives (Libya)",
          "General Command (Libya)"],
    calls=[call("c1", SISI_MEN, [SISI, MEN], "2021-02-06", caller=SISI),
           call("c2", SISI_DBE, [SISI, DBE], "2021-02-06", caller=SISI),
           # "a call between Erdogan and Dbeibah would take place 'when the government is formed'": planned, null
           call("c3", "A_P_erdogan_dbeibah_2021_02", [ERDO, DBE], None, status="planned"),
           # Al-Marsad's report "that Hafter had telephoned Dbeibah", "flatly denied": denied, claimed caller Haftar;
           # the report is dated (Tuesday), the claimed call is not -> null
           call("c4", "A_D_haftar_dbeibah_2021_02", [HAF, DBE], None, status="denied", caller=HAF)],
    # Al-Marsad carried the denied claim: required. Traps: "described the calls to this publication" (self, not
    # named); Menfi's Benghazi trip (a meeting); "called that timetable unrealistic"; "phone lines to Cairo"; the
    # "Follow the Libya Herald on Twitter" line (furniture).
    rb=[rb("c4", "Al-Marsad", True)])

# 5145 MercoPress, Tue 2021-04-13: list of congratulation calls to a president-elect, UTC stamp, categories and tags
A["5145"] = dict(
    ents=[LAS, DUQ, MOR, PIN, LAC, ABD, ARA, BLI,
          "Twitter",
          "Ecuador", "Colombia", "Chile", "Uruguay", "Paraguay", "United States", "Venezuela",
          "State Department", "National Electoral Council (Ecuador)"],
    calls=[call("c1", DUQ_LAS, [DUQ, LAS], "2021-04-11", caller=DUQ),
           # "On Monday morning outgoing President Lenín Moreno telephoned his successor" -> Apr 12, caller Moreno
           call("c2", "A_E_moreno_lasso_2021_04_12", [MOR, LAS], "2021-04-12", caller=MOR),
           # "said on Monday that he had phoned Lasso": the lead dates the calls ("spent Monday fielding telephone
           # calls") -> Apr 12 (see README, doubtful)
           call("c3", "A_E_pinera_lasso_2021_04_12", [PIN, LAS], "2021-04-12", caller=PIN),
           # "Lacalle Pou and ... Abdo Benítez also called on Monday": two calls in one sentence
           call("c4", "A_E_lacallepou_lasso_2021_04_12", [LAC, LAS], "2021-04-12", caller=LAC),
           call("c5", "A_E_abdo_lasso_2021_04_12", [ABD, LAS], "2021-04-12", caller=ABD),
           # minister-leader: "Blinken called the president-elect on Monday"
           call("c6", "A_E_blinken_lasso_2021_04_12", [BLI, LAS], "2021-04-12", caller=BLI)],
    # Twitter (Duque's post, named two paragraphs after the call is told): required. The State Department and
    # "Lasso's press team": no outlet. Traps: "There was no word from Caracas" (no call); "Categories"/"Tags".
    rb=[rb("c1", "Twitter", True)])

# 5146 teleSUR English, Sun 2021-04-11: live blog, Quito times, newest first; URL blank
A["5146"] = dict(
    ents=[LAS, MOR, DUQ, COR, ARC, ARA, YAK, ATA,
          "teleSUR",
          "Ecuador", "Colombia", "Belgium", "Venezuela", "Bolivia",
          "Union for Hope", "CREO", "National Electoral Council (Ecuador)"],
    calls=[# 22:45 "will call Lasso tomorrow morning to begin the transition" -> planned, Apr 12, caller Moreno
           call("c1", "A_P_moreno_lasso_2021_04_12", [MOR, LAS], "2021-04-12", status="planned", caller=MOR),
           call("c2", DUQ_LAS, [DUQ, LAS], "2021-04-11", caller=DUQ),
           # 20:10 "he tried to telephone Lasso a few minutes earlier ... but could not reach him" -> attempted,
           # Apr 11, caller Arauz. "he will try again tomorrow" is not annotated (a retry, see README)
           call("c3", "A_A_arauz_lasso_2021_04_11", [ARA, LAS], "2021-04-11", status="attempted", caller=ARA)],
    # No outlet is credited with a call ("Lasso's campaign says"; "The Presidency's communications office says").
    # Traps: Correa "speaking by video link" to supporters (not a call); "the call by Indigenous leader Yaku Perez";
    # "Both call for calm"; "Caracas has not reacted".
    rb=[])

# 5147 RÚV English, Thu 2024-04-11: transcript-like Q&A of the prime minister's briefing
A["5147"] = dict(
    ents=[BJA, STO, TRU, FRE, ZEL, KAT, SIG, THO, "Jóhanna Steinsdóttir-Lund",
          "RÚV English", "Vísir",
          "Iceland", "Canada", "Ukraine",
          "Government Offices (Iceland)", "NATO", "European Union", "Arctic Council"],
    calls=[call("c1", STO_BJA, [STO, BJA], "2024-04-10"),
           # "I had a call from Justin Trudeau last night. It came through at about half past one ... it was still
           # Wednesday evening in Ottawa": 01:30 in Reykjavik (UTC+0) on Thursday = 2024-04-11 UTC; caller Trudeau
           call("c2", "A_E_trudeau_bjarni_2024_04_11", [TRU, BJA], "2024-04-11", caller=TRU),
           # "Mette Frederiksen and I will speak on Friday": planned, Apr 12; does not say phone -> not required
           call("c3", "A_P_frederiksen_bjarni_2024_04_12", [FRE, BJA], "2024-04-12", status="planned", required=False),
           # "Vísir reported yesterday that you had already spoken with President Zelensky by telephone" / "No, that is
           # not correct": denied, null, no caller
           call("c4", "A_D_bjarni_zelensky_2024_04", [BJA, ZEL], None, status="denied")],
    # Vísir carried the denied claim: required. RÚV English is the publisher. Traps: "I expect to talk to him at some
    # point" (not annotated); "We text each other"; "called this government a rerun"; Sigurður Ingi's briefing.
    rb=[rb("c4", "Vísir", True)])

# 5148 Iceland Monitor, Wed 2024-04-10: short brief, no dateline (date only in the metadata); outlet blank in metadata
A["5148"] = dict(
    ents=[STO, BJA, KAT, GUD, ORP, KRI,
          "Iceland Monitor", "STT", "X", "NRK",
          "Norway", "Iceland", "Finland", "Sweden",
          "Prime Minister's Office (Iceland)", "Independence Party", "NATO", "Nordic Council"],
    calls=[call("c1", STO_BJA, [STO, BJA], "2024-04-10", caller=STO),
           # "Orpo and Bjarni spoke shortly after noon today" -> Apr 10, no caller
           call("c2", "A_E_orpo_bjarni_2024_04_10", [ORP, BJA], "2024-04-10"),
           # "Kristersson is expected to call later today" -> planned, Apr 10, caller Kristersson
           call("c3", "A_P_kristersson_bjarni_2024_04_10", [KRI, BJA], "2024-04-10", status="planned", caller=KRI)],
    # X (Støre's post, quoted paragraphs after the call): required; NRK ("reported the call ... citing Støre's
    # office"): required; STT (a spokesperson "told the Finnish news agency STT"): required. Iceland Monitor is the
    # publisher (no call credited to it). Traps: Guðni's letter of appointment; "Read more" teaser.
    rb=[rb("c1", "X", True), rb("c1", "NRK", True), rb("c2", "STT", True)])

# 5149 Reuters, Sun 2019-04-14: wire, "KHARTOUM (Reuters) -", invented reporting credits
A["5149"] = dict(
    ents=[BUR, MBZ, SISI, BAS, IBN, KAB, HEM,
          "Hamza Osman-Tirab", "Nadine Awadallah", "Selim Haddara-Vance", "Piet Vandermolen", "Gareth Lowry-Binns",
          "Reuters", "Al Arabiya", "SPA", "MENA",
          "Sudan", "Egypt", "United Arab Emirates", "Saudi Arabia",
          "Transitional Military Council", "African Union", "Rapid Support Forces",
          "Sudanese Professionals Association", "International Criminal Court"],
    calls=[# "called Burhan on Saturday" -> Apr 13, caller MBZ
           call("c1", "A_E_mbz_burhan_2019_04_13", [MBZ, BUR], "2019-04-13", caller=MBZ),
           # "spoke with Burhan by telephone on Sunday" -> Apr 14, no caller
           call("c2", "A_E_sisi_burhan_2019_04_14", [SISI, BUR], "2019-04-14")],
    # Al Arabiya (the council spokesman "told Al Arabiya television"): required. MENA ("first reported by Egypt's
    # state news agency MENA", the last line of the body): required. Reuters is the publisher: not required. SPA
    # reported the aid "without giving details of any contact": not a call. Traps: the ambassadors "asked to meet";
    # "called the council's promises 'insufficient'".
    rb=[rb("c1", "Al Arabiya", True), rb("c2", "MENA", True), rb("c1", "Reuters", False), rb("c2", "Reuters", False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind66, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers (a prime minister-designate, a president-elect, an emir, "
        "a crown prince and the head of a transitional military council among them), with real or plausible invented "
        "calls. Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not in-person "
        "meetings, letters, statements or messages). 'required' items are stated plainly in the text and count for "
        "recall; required=false items are accepted but not demanded. 'event' ties mentions of the same real-world call "
        "across articles; a planned call and a held one are different events (one status per event). Dates are "
        "resolved against the publication date, or the dateline where the text anchors to it (5140), or the day the "
        "text anchors to (5144: the day after the Geneva vote of 5 February 2021; 5145: the night of Sunday's run-off); "
        "where local dates differ across time zones, the event date is the UTC date of the call (5147: Trudeau's call "
        "at 01:30 in Reykjavik, still Wednesday evening in Ottawa, is 2024-04-11). See README.md."),
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
