#!/usr/bin/env python3
"""Build ../gold.json (blind60, part B) from the hand annotation below and the registry of names.

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


def self_rows(outlet, *cids):
    """The publisher (or the wire on another site) credited for every call of its article: never required."""
    return [rb(c, outlet, False) for c in cids]


A = {}
MAC, ORB, MIC, SPA, MIS = "Đuro Macut", "Viktor Orbán", "Hristijan Mickoski", "Milojko Spajić", "Mikhail Mishustin"
SUD, TAM, PEZ, ERD = "Mohammed Shia al-Sudani", "Tamim bin Hamad Al Thani", "Masoud Pezeshkian", "Recep Tayyip Erdoğan"
MAY, HAS, FID, FUA, ARA = "Mohammed al-Mayahi", "Saleh al-Hasnawi", "Hakan Fidan", "Fuad Hussein", "Abbas Araghchi"
TAK, LAI, MOT, FRI, LIN = "Sanae Takaichi", "Lai Ching-te", "Toshimitsu Motegi", "Godwin Friday", "Lin Chia-lung"
BIY, SAS, OLI, TOU, GNA = ("Paul Biya", "Denis Sassou Nguesso", "Brice Clotaire Oligui Nguema",
                           "Faustin-Archange Touadéra", "Faure Gnassingbé")
DIO, TCH = "Joseph Dion Ngute", "Issa Tchiroma Bakary"

# cross-article events
ORB_MAC = "B_E_orban_macut_2025_04_17"        # 5030 (readout "today"/"this morning" under the 17 April dateline, "at the
                                               # initiative of the Hungarian side"; Orbán's Facebook post), 5031 ("rang the
                                               # morning after the vote", a day told by an event; Facebook)
ERD_SUD = "B_E_erdogan_sudani_2025_07_17"     # 5032 (13:20 entry, "called al-Sudani"; X), 5033 ("on Thursday", "spoke by
                                               # phone with": no caller there; Duran "told Anadolu Agency")
PEZ_SUD = "B_E_pezeshkian_sudani_2025_07_17"  # 5032 (15:05 entry, "earlier this afternoon", no caller; INA), 5034 ("in a
                                               # phone call he made to ... yesterday", date only in the metadata; Telegram)
SAS_BIY = "B_E_sassou_biya_2025_10_28"        # 5037 (communiqué "on Tuesday 28 October 2025"; CRTV aired images), 5038
                                               # ("phoned the day after the proclamation", in passing), 5039 ("Earlier in
                                               # the day" under the 28 October dateline; Télé Congo)
OLI_BIY = "B_E_oligui_biya_2025_10_28"        # 5037 ("In the evening of the same day"), 5039 ("this evening" against the
                                               # dateline)
LAI_TAK_D = "B_D_lai_takaichi_2025_11"        # denied: 5035 (China Times: Lai "telephoned" Takaichi "late last month";
                                               # Kihara: "there is no such fact"; claimed caller Lai), 5036 ("had spoken by
                                               # phone with", no caller; Kuo: "no such call took place")

# 5030 B92 (Tanjug), "BELGRADE, April 17 (Tanjug) -", Thu 2025-04-17: government readout reposted
A["5030"] = dict(
    ents=[MAC, ORB, MIC, "Miloš Vučević", "Aleksandar Vučić", "Péter Szijjártó", "Tanjug", "Facebook", "B92",
          "Government of Serbia", "National Assembly", "European Union", "Serbia", "Hungary", "North Macedonia"],
    calls=[# "received a telephone call today from Hungarian Prime Minister Viktor Orbán"; "at the initiative of the
           # Hungarian side"
           call("c1", ORB_MAC, [ORB, MAC], "2025-04-17", caller=ORB),
           # "Mickoski is expected to telephone Macut in the coming days" (no date set)
           call("c2", "B_P_mickoski_macut_2025_04", [MIC, MAC], None, status="planned", caller=MIC)],
    # Orbán's Facebook post, quoted five paragraphs after the readout ("I called Prime Minister Macut") (c1). Tanjug is
    # the wire of this copy on B92's site (dateline; "a source ... told Tanjug" about the plan): not required. The
    # government's website is an organization's. The share bar (Facebook | X | Viber) is furniture.
    rb=[rb("c1", "Facebook", True), rb("c1", "Tanjug", False), rb("c2", "Tanjug", False)])

# 5031 N1, Fri 2025-04-25: feature with calls in passing
A["5031"] = dict(
    ents=[MAC, SPA, ORB, MIC, MIS, "Milica Đorđić-Tomić", "N1", "Vijesti", "Facebook", "Informer", "Beta", "RTS",
          "National Assembly", "Green-Left Front", "Serbia", "Montenegro", "Russia"],
    calls=[# "Spajić telephoned Macut on the eve of the parliamentary vote, while he was still prime minister-designate"
           # (the vote: 16 April, told in 5031 as "since 16 April" and "Nine days after")
           call("c1", "B_E_spajic_macut_2025_04_15", [SPA, MAC], "2025-04-15", caller=SPA),
           # "Viktor Orbán rang the morning after the vote"
           call("c2", ORB_MAC, [ORB, MAC], "2025-04-17", caller=ORB),
           # "On Tuesday, North Macedonia's Hristijan Mickoski ... called Macut"
           call("c3", "B_E_mickoski_macut_2025_04_22", [MIC, MAC], "2025-04-22", caller=MIC),
           # Informer: "Mishustin had phoned Macut over the Easter holiday"; the government: "no conversation ... has
           # taken place" (claimed caller Mishustin; no single day)
           call("c4", "B_D_mishustin_macut_2025_04", [MIS, MAC], None, status="denied", caller=MIS)],
    # "Spajić later told the Podgorica daily Vijesti that he had wished ..." (c1, an interview given to a named outlet);
    # "the Hungarian leader celebrated it on Facebook" (c2); Informer carried the denied claim (c4); Beta carried the
    # denial only (not required). "told N1" is the publisher, about the cabinet. RTS: an interview touching no call.
    rb=[rb("c1", "Vijesti", True), rb("c2", "Facebook", True), rb("c4", "Informer", True), rb("c4", "Beta", False)])

# 5032 Rudaw English live blog, Thu 2025-07-17 (GMT+3, newest first)
A["5032"] = dict(
    ents=[SUD, TAM, PEZ, ERD, MAY, HAS, "Rudaw", "Qatar News Agency", "Iraqi News Agency", "X", "Al Iraqiya",
          "Directorate of Communications", "Iraq", "Qatar", "Iran", "Türkiye"],
    calls=[# 19:40 "Sheikh Tamim ... phoned Iraqi Prime Minister Mohammed Shia al-Sudani this evening"
           call("c1", "B_E_tamim_sudani_2025_07_17", [TAM, SUD], "2025-07-17", caller=TAM),
           # 15:05 "Al-Sudani and Iranian President Masoud Pezeshkian spoke by phone earlier this afternoon" (no caller)
           call("c2", PEZ_SUD, [SUD, PEZ], "2025-07-17"),
           # 13:20 "Erdoğan called al-Sudani"
           call("c3", ERD_SUD, [ERD, SUD], "2025-07-17", caller=ERD),
           # 11:45 "Al-Sudani has held a video conference ... with Wasit Governor Mohammed al-Mayahi and Health Minister
           # Saleh al-Hasnawi" (the one who "held" it is not a caller)
           call("c4", "B_E_sudani_mayahi_hasnawi_2025_07_17", [SUD, MAY, HAS], "2025-07-17")],
    # QNA "reported" (c1); the media office's statement "carried by the state-run Iraqi News Agency (INA)" (c2); "said
    # in a post on X" (c3); "Al Iraqiya aired several minutes of the meeting" (c4). Rudaw is the publisher.
    # "called off the search", "calling out the names", "called for those responsible" are not calls.
    rb=[rb("c1", "Qatar News Agency", True), rb("c2", "Iraqi News Agency", True), rb("c3", "X", True),
        rb("c4", "Al Iraqiya", True)])

# 5033 Daily Sabah, Fri 2025-07-18 (staff copy; Anadolu named once, in the last paragraph)
A["5033"] = dict(
    ents=[ERD, SUD, FID, FUA, "Burhanettin Duran", "Daily Sabah", "Anadolu Agency", "Directorate of Communications",
          "Disaster and Emergency Management Authority", "Turkish Red Crescent", "Türkiye", "Iraq"],
    calls=[# "Erdoğan on Thursday spoke by phone with Iraqi Prime Minister Mohammed Shia al-Sudani" (no caller here)
           call("c1", ERD_SUD, [ERD, SUD], "2025-07-17"),
           # "Fidan is expected to speak with his Iraqi counterpart, Fuad Hussein, in the coming days" (no phone stated,
           # but "to follow up on the aid offer" from Ankara; see README, doubtful)
           call("c2", "B_P_fidan_hussein_2025_07", [FID, FUA], None, status="planned", required=False)],
    # "Duran told Anadolu Agency (AA) that the call had lasted around 20 minutes" (c1: a statement to a named agency,
    # another outlet than the publisher). The Directorate of Communications is an organization. The share bar is
    # furniture. "called on the government" is not a call.
    rb=[rb("c1", "Anadolu Agency", True)])

# 5034 IRNA, Fri 2025-07-18: telegraphic headline, "Tehran, IRNA --" (no date in the dateline); URL blank
A["5034"] = dict(
    ents=[PEZ, SUD, ARA, FUA, "Esmaeil Baghaei", "IRNA", "Telegram", "Iranian Red Crescent", "Iran", "Iraq"],
    calls=[# "in a phone call he made to Iraqi Prime Minister Mohammad Shia al-Sudani yesterday" (date only in the metadata)
           call("c1", PEZ_SUD, [PEZ, SUD], "2025-07-17", caller=PEZ),
           # "In a separate call yesterday evening, Foreign Minister Seyed Abbas Araghchi and his Iraqi counterpart Fuad
           # Hussein discussed" (no caller)
           call("c2", "B_E_araghchi_hussein_2025_07_17", [ARA, FUA], "2025-07-17")],
    # "The Iraqi prime minister's media office published its own account of the conversation on its Telegram channel"
    # (c1). IRNA is the publisher. "Twitter @IrnaEnglish" is a promotion line. Baghaei "called the Kut fire" is not a call.
    rb=[rb("c1", "Telegram", True)])

# 5035 Prime Minister's Office of Japan, Tue 2025-12-02: transcript of the Chief Cabinet Secretary's press conference (Q&A)
A["5035"] = dict(
    ents=[TAK, ERD, LAI, "Xi Jinping", "Lee Jae-myung", "Minoru Kihara", MOT, FID, "NHK", "Kyodo News", "Jiji Press",
          "China Times", "Asahi Shimbun", "Nikkei", "Ministry of Foreign Affairs", "Türkiye", "Japan", "Taiwan",
          "China", "South Korea"],
    calls=[# "Yesterday, from 6:10 p.m. ... Motegi held a telephone talk with ... Hakan Fidan ..., at the request of the
           # Turkish side" (caller Fidan)
           call("c1", "B_E_fidan_motegi_2025_12_01", [FID, MOT], "2025-12-01", caller=FID),
           # "Arrangements are being made for a telephone talk between the two leaders" (no date)
           call("c2", "B_P_takaichi_erdogan_2025_12", [TAK, ERD], None, status="planned"),
           # China Times: "Lai Ching-te telephoned Prime Minister Takaichi late last month"; "there is no such fact"
           call("c3", LAI_TAK_D, [LAI, TAK], None, status="denied", caller=LAI)],
    # "Kyodo News has learned that the Government is arranging a telephone talk" (c2); the China Times carried the denied
    # claim (c3). The MOFA website is an organization's. Xi and Lee: "no telephone talk is scheduled" and a question
    # about a possible talk (negation and speculation: not annotated). NHK, Jiji, Asahi, Nikkei are askers only.
    rb=[rb("c2", "Kyodo News", True), rb("c3", "China Times", True)])

# 5036 Focus Taiwan (CNA), "Taipei, Dec. 2 (CNA)", Tue 2025-12-02
A["5036"] = dict(
    ents=[LAI, FRI, LIN, "Karen Kuo", TAK, "Ralph Gonsalves", "Chiang Pei-hsuan", "Owen Hsu", "CNA", "Facebook",
          "China Times", "Presidential Office", "Ministry of Foreign Affairs", "New Democratic Party",
          "Saint Vincent and the Grenadines", "Taiwan", "Japan"],
    calls=[# "held a video call with ... Godwin Friday early Tuesday"; "began at 7 a.m. Taipei time, or 7 p.m. on Monday in
           # Kingstown" = 23:00 UTC on Monday 1 December (blind-set convention: the UTC date); Lin "joined Lai in the
           # call"; no caller
           call("c1", "B_E_lai_friday_lin_2025_12_01", [LAI, FRI, LIN], "2025-12-01"),
           # "a China Times report that Lai had spoken by phone with Japanese Prime Minister Sanae Takaichi"; "no such
           # call took place"
           call("c2", LAI_TAK_D, [LAI, TAK], None, status="denied")],
    # "Friday posted a photograph of the call on his official Facebook page" (c1); the China Times report (c2). CNA is
    # the publisher. "Friday's New Democratic Party", "Friday thanked Lai", "Friday took office": the surname, not a day.
    rb=[rb("c1", "Facebook", True), rb("c2", "China Times", True)])

# 5037 Cameroon Tribune, Wed 2025-10-29: Presidency communiqué reposted; list of congratulation calls
A["5037"] = dict(
    ents=[BIY, SAS, OLI, TOU, GNA, "Ferdinand Ngoh Ngoh", TCH, "Jean-Marie Ekani Nkodo", "Cameroon Tribune", "CRTV",
          "SOPECAM", "Constitutional Council", "CEMAC", "Cameroon", "Republic of the Congo", "Gabon",
          "Central African Republic", "Togo"],
    calls=[# "received on Tuesday 28 October 2025 a telephone call from ... Denis SASSOU NGUESSO"
           call("c1", SAS_BIY, [SAS, BIY], "2025-10-28", caller=SAS),
           # "In the evening of the same day, ... OLIGUI NGUEMA ... also telephoned the Head of State"
           call("c2", OLI_BIY, [OLI, BIY], "2025-10-28", caller=OLI),
           # "On Monday 27 October 2025, ... TOUADÉRA ... had been the first Head of State to call President Paul BIYA"
           call("c3", "B_E_touadera_biya_2025_10_27", [TOU, BIY], "2025-10-27", caller=TOU),
           # "has likewise been in contact with ... GNASSINGBÉ" (no call stated): not required
           call("c4", "B_E_gnassingbe_biya_2025_10", [GNA, BIY], None, required=False)],
    # "CRTV's 8.30 p.m. news bulletin aired images of the Head of State ... during the exchange with President Sassou
    # Nguesso" (c1). Cameroon Tribune is the publisher; SOPECAM its publishing company. Tchiroma "called the decision" and
    # "called on his supporters" are not calls; written messages are not calls.
    rb=[rb("c1", "CRTV", True)])

# 5038 Mimi Mefo Info, Mon 2025-11-03: analysis feature, calls in passing; title blank in metadata
A["5038"] = dict(
    ents=[BIY, SAS, TCH, DIO, "René Emmanuel Sadi", "Ayuk Ebai-Tabe", "Mimi Mefo Info", "Radio France Internationale",
          "X", "Constitutional Council", "CEMAC", "Cameroon", "Republic of the Congo"],
    calls=[# "Congo's Denis Sassou Nguesso ... phoned the day after the proclamation" (a day told by an event)
           call("c1", SAS_BIY, [SAS, BIY], "2025-10-28", caller=SAS),
           # Tchiroma "had turned down a telephone call from Prime Minister Joseph Dion Ngute"; "it remains unclear when
           # the call was attempted" (a refusal: attempted, the requester is the caller)
           call("c2", "B_A_dionngute_tchiroma_2025_10", [DIO, TCH], None, status="attempted", caller=DIO)],
    # "In an interview with Radio France Internationale (RFI) last week, ... Tchiroma said he had turned down a telephone
    # call" (c2). "state television" is unnamed. "told MMI" is the publisher, about a call that is not planned (a
    # negation). X: Biya's account "has posted nothing" (no call). "his calls for protest", "called for an independent
    # inquiry", "calling for insurrection" are not calls.
    rb=[rb("c2", "Radio France Internationale", True)])

# 5039 Agence Gabonaise de Presse, "LIBREVILLE, Oct 28 (AGP) -", published Wed 2025-10-29: short brief
A["5039"] = dict(
    ents=[OLI, BIY, SAS, "Agence Gabonaise de Presse", "Télé Congo", "Constitutional Council", "CEMAC", "Gabon",
          "Cameroon", "Republic of the Congo"],
    calls=[# "this evening telephoned his Cameroonian counterpart Paul Biya" (the dateline's day, 28 October)
           call("c1", OLI_BIY, [OLI, BIY], "2025-10-28", caller=OLI),
           # "Earlier in the day, Congolese President Denis Sassou-Nguesso had also called Mr Biya"
           call("c2", SAS_BIY, [SAS, BIY], "2025-10-28", caller=SAS)],
    # "Télé Congo reported" (c2). The Communication Department of the Presidency is an organization; AGP is the
    # publisher.
    rb=[rb("c2", "Télé Congo", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind60, part B): 10 articles written for this set (not real published text), "
        "each about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; planned, attempted and denied calls are events "
        "of their own (one status per event). Dates are resolved against the publication date, or the dateline "
        "where the text anchors to it (5039 'this evening' under the 28 October dateline); where local dates "
        "differ across time zones, the UTC date of the call (Lai-Friday-Lin video call, 5036). See README.md."),
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
