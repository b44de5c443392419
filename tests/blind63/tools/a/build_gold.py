#!/usr/bin/env python3
"""Build ../gold.json (blind63, part A) from the hand annotation below and the registry of names.

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
ERD, KRI, BID, ORB, STO, ORP, STU, PUT = "Recep Tayyip Erdoğan", "Ulf Kristersson", "Joe Biden", "Viktor Orbán", \
    "Jens Stoltenberg", "Petteri Orpo", "Alexander Stubb", "Vladimir Putin"
FID, BIL, BLI, VAL = "Hakan Fidan", "Tobias Billström", "Antony Blinken", "Elina Valtonen"
RAM, LOU, CHA, MSW, HIC, TRU, MOD = "Cyril Ramaphosa", "João Lourenço", "Daniel Chapo", "Mswati III", \
    "Hakainde Hichilema", "Donald Trump", "Narendra Modi"
TET, LAM, MAG = "Téte António", "Ronald Lamola", "Vincent Magwenya"
BOR, LAC, ORS, MIL, SAN, WER, VKL, ADO = "Gabriel Boric", "Luis Lacalle Pou", "Yamandú Orsi", "Javier Milei", \
    "Pedro Sánchez", "Gerardo Werthein", "Alberto van Klaveren", "Manuel Adorni"
KHA, ZOU, SIM, MIR, DAR, CAV = "Vahagn Khachaturyan", "Salome Zourabichvili", "Alen Simonyan", "Ararat Mirzoyan", \
    "Ilia Darchiashvili", "Mevlüt Çavuşoğlu"

# cross-article events
KRI_ERD = "A_E_kristersson_erdogan_2024_01_24"
# 5080 (Daily Sabah (Anadolu), "ANKARA, Jan 24 (AA) -", published Jan 25): "received a phone call from ... earlier in
# the day" (the dateline's day; caller Kristersson; the directorate's statement shared on X). 5081 (Radio Sweden brief,
# Jan 24): "spoke to ... Erdogan by phone this afternoon" (no caller; told TT). 5082 (The Local Sweden feature, Mar 7,
# in passing): "The next day [after the vote on the evening of January 23rd], ... rang ... Erdoğan" (caller Kristersson;
# a day told by an event).
FID_BIL = "A_E_fidan_billstrom_2024_01_23"
# 5080: "on the night of the vote" (vote "late on Tuesday"; Hürriyet "learned"); 5081: "late last night" (Billström "on
# Swedish Television"). Ministers; no caller.
RAM_LOU = "A_E_ramaphosa_lourenco_2025_11_11"
# 5083 (ANGOP, "Luanda -", no date, published Nov 12): "telephoned ... yesterday" (caller Ramaphosa). 5084 (Club of
# Mozambique (Lusa), Nov 13): "On Tuesday morning, Lourenço received a call from" (caller). 5086 (SAnews transcript,
# Nov 13): "he did speak to President Lourenço on the day of the anniversary itself" (no caller; the text never gives
# the anniversary's date, so the mention is left undated: the event's date comes from 5083/5084).
CHA_LOU = "A_E_chapo_lourenco_2025_11_10"
# 5083: "On the eve of the celebrations, on Monday, ... received a telephone call from ... Daniel Chapo" (TPA aired
# images). 5084: "Chapo called Lourenço on Monday evening, the eve of the anniversary" (his Facebook post).
LAC_BOR = "A_E_lacallepou_boric_2025_02_25"
# 5085 (Buenos Aires Herald live blog, Feb 25): 22:15 entry "has rung Boric" (X post quoted). 5089 (MercoPress, blank
# outlet, Feb 27): "called the Chilean leader on the night of the blackout" (the blackout "on Tuesday"; El País
# "reported ... citing presidential sources").
WER_VKL = "A_E_werthein_vanklaveren_2025_02_25"
# 5085: 18:50 entry "spoke by phone ... this afternoon"; 5089: "spoke on Tuesday afternoon". Ministers; no caller.

# 5080 Daily Sabah (Anadolu), Thu 2024-01-25: wire "ANKARA, Jan 24 (AA) -", Communications Directorate readout
A["5080"] = dict(
    ents=[ERD, KRI, FID, BIL, BID, ORB,
          "Anadolu", "Daily Sabah", "X", "Hürriyet",
          "Türkiye", "Sweden", "United States", "Finland", "Hungary", "Ukraine", "Russia",
          "Turkish Communications Directorate", "Turkish Grand National Assembly", "NATO", "PKK"],
    calls=[call("c1", KRI_ERD, [KRI, ERD], "2024-01-24", caller=KRI),
           call("c2", FID_BIL, [FID, BIL], "2024-01-23"),
           # "is also expected to speak by phone with U.S. President Joe Biden in the coming days": planned, null
           call("c3", "A_P_erdogan_biden_2024_01", [ERD, BID], None, status="planned")],
    # X ("The statement was also shared on the directorate's account on X") and Hürriyet ("learned from diplomatic
    # sources"): required. Anadolu is the wire credit on Daily Sabah's page: not required. Traps: Orbán's letter;
    # "Erdoğan told Kristersson" (inside the call); the share bar (furniture).
    rb=[rb("c1", "X", True), rb("c1", "Anadolu", False), rb("c2", "Hürriyet", True), rb("c2", "Anadolu", False),
        rb("c3", "Anadolu", False)])

# 5081 Radio Sweden, Wed 2024-01-24: short brief, no dateline, URL blank
A["5081"] = dict(
    ents=[KRI, ERD, BIL, FID, ORB, STO,
          "TT", "SVT", "Radio Sweden",
          "Sweden", "Türkiye", "Hungary", "Finland",
          "NATO", "Ministry for Foreign Affairs (Sweden)", "Social Democrats (Sweden)"],
    calls=[call("c1", KRI_ERD, [KRI, ERD], "2024-01-24"),
           call("c2", FID_BIL, [BIL, FID], "2024-01-23")],
    # TT (Kristersson "told the news agency TT after the conversation") and SVT ("said on Swedish Television that he had
    # 'waited a long time for that phone call'"): required. Traps: "would call Orbán? ... 'Not at this point'" (a
    # negation, not annotated); Orbán's letter; "have called on the government".
    rb=[rb("c1", "TT", True), rb("c2", "SVT", True)])

# 5082 The Local Sweden, Thu 2024-03-07: feature, calls in passing, byline, membership appeal
A["5082"] = dict(
    ents=[KRI, ERD, ORB, ORP, BLI, "Elin Forsgård-Mattsson",
          "The Local Sweden", "SVT",
          "Sweden", "Finland", "Türkiye", "Hungary", "Russia", "Ukraine",
          "NATO", "State Department", "Moderate Party"],
    calls=[call("c1", KRI_ERD, [KRI, ERD], "2024-01-24", caller=KRI),
           # "On the night of the Hungarian vote, February 26th, ... Orpo phoned Kristersson"
           call("c2", "A_E_orpo_kristersson_2024_02_26", [ORP, KRI], "2024-02-26", caller=ORP)],
    # SVT ("aired footage of Kristersson taking the call"): required. The Local is the publisher. Traps: the in-person
    # meeting with Orbán; Blinken receiving the instrument; "told The Local".
    rb=[rb("c2", "SVT", True)])

# 5083 ANGOP, Wed 2025-11-12: "Luanda -" with no date, Civil Affairs Office note, desk code; ANGOP not named in the text
A["5083"] = dict(
    ents=[RAM, LOU, CHA, TET, LAM, "António Agostinho Neto",
          "TPA",
          "South Africa", "Angola", "Mozambique", "Democratic Republic of Congo", "Portugal",
          "Civil Affairs Office of the President (Angola)", "African Union", "G20"],
    calls=[call("c1", RAM_LOU, [RAM, LOU], "2025-11-11", caller=RAM),
           call("c2", CHA_LOU, [CHA, LOU], "2025-11-10", caller=CHA),
           # ministers: "Also on Monday, ... Téte António, held a telephone conversation with ... Ronald Lamola"
           call("c3", "A_E_teteantonio_lamola_2025_11_10", [TET, LAM], "2025-11-10")],
    # TPA ("aired images of President Lourenço on the phone with his Mozambican counterpart"): required. Traps:
    # Lourenço "called on Angolans"; foreign delegations at the parade (in person).
    rb=[rb("c2", "TPA", True)])

# 5084 Club of Mozambique (Lusa), Thu 2025-11-13: list of congratulation calls, "Maputo (Club of Mozambique) -"
A["5084"] = dict(
    ents=[LOU, CHA, RAM, MSW, HIC,
          "Club of Mozambique", "Lusa", "Facebook", "Times of Eswatini",
          "Angola", "Mozambique", "South Africa", "Eswatini", "Zambia",
          "Angolan Presidency", "Eswatini Government", "African Union", "G20", "International Monetary Fund"],
    calls=[call("c1", CHA_LOU, [CHA, LOU], "2025-11-10", caller=CHA),
           call("c2", RAM_LOU, [RAM, LOU], "2025-11-11", caller=RAM),
           # "In the afternoon [Tuesday], King Mswati III of Eswatini dialled Lourenço"
           call("c3", "A_E_mswati_lourenco_2025_11_11", [MSW, LOU], "2025-11-11", caller=MSW),
           # "also spoke with Lourenço during the day ... without giving details": not said to be a call
           call("c4", "A_E_hichilema_lourenco_2025_11_11", [HIC, LOU], "2025-11-11", required=False)],
    # Facebook (Chapo "wrote on his Facebook page ... that he had spoken to 'my brother João Lourenço'") and the Times of
    # Eswatini (the government's statement "reported by"): required. Lusa is the wire credit: not required. Traps:
    # "have called for an independent inquiry"; Hichilema's hoped-for visit.
    rb=[rb("c1", "Facebook", True), rb("c1", "Lusa", False), rb("c2", "Lusa", False),
        rb("c3", "Times of Eswatini", True), rb("c3", "Lusa", False)])

# 5085 Buenos Aires Herald, Tue 2025-02-25: live blog, ART stamps newest first, two bylines
A["5085"] = dict(
    ents=[BOR, SAN, ORS, MIL, ADO, LAC, WER, VKL, "Diego Pardow", "Tomás Iribarne-Lutz", "Carla Mendívil",
          "Buenos Aires Herald", "X",
          "Chile", "Argentina", "Uruguay", "Spain",
          "La Moneda", "Foreign Ministry (Argentina)"],
    calls=[# 00:20 entry: "a little after midnight Santiago time, or 4 a.m. in Madrid" -> Wednesday 2025-02-26 in every
           # zone, although the blog is dated Feb 25; caller Sánchez ("has telephoned")
           call("c1", "A_E_sanchez_boric_2025_02_26", [SAN, BOR], "2025-02-26", caller=SAN),
           # 23:40 entry: "he would call Boric tomorrow": planned, 2025-02-26, caller Orsi
           call("c2", "A_P_orsi_boric_2025_02_26", [ORS, BOR], "2025-02-26", status="planned", caller=ORS),
           call("c3", LAC_BOR, [LAC, BOR], "2025-02-25", caller=LAC),
           call("c4", WER_VKL, [WER, VKL], "2025-02-25")],
    # X (Lacalle Pou "shared the news in a post on X", quoted): required. La Moneda and the Foreign Ministry are
    # organizations. Traps: Adorni's "no plans" for a Milei call (a negation); Orsi's message.
    rb=[rb("c3", "X", True)])

# 5086 SAnews, Thu 2025-11-13: transcript-like Q&A of the Presidency's briefing; title blank in metadata
A["5086"] = dict(
    ents=[MAG, LOU, RAM, TRU, MOD, LAM,
          "eNCA", "Daily Maverick", "SABC", "News24", "Newzroom Afrika", "YouTube", "SAnews",
          "Angola", "United States", "India",
          "The Presidency (South Africa)", "G20", "BRICS"],
    calls=[call("c1", RAM_LOU, [RAM, LOU], None),
           # "reports that the President telephoned President Trump on Wednesday" / "there was no such call on
           # Wednesday": denied, claimed caller Ramaphosa, claimed day 2025-11-12
           call("c2", "A_D_ramaphosa_trump_2025_11_12", [RAM, TRU], "2025-11-12", status="denied", caller=RAM),
           # "is expected to speak to Prime Minister Narendra Modi by phone on Friday": planned, 2025-11-14
           call("c3", "A_P_ramaphosa_modi_2025_11_14", [RAM, MOD], "2025-11-14", status="planned")],
    # No outlet is credited: "There are reports" names none (the asker works for Daily Maverick, but the text does not say
    # Daily Maverick reported the call). Traps: "has called on all South Africans"; Lamola "remains in contact".
    rb=[])

# 5087 Armenpress, Mon 2022-03-14: readout, "YEREVAN, MARCH 14, ARMENPRESS.", telegraphic headline
A["5087"] = dict(
    ents=[KHA, ZOU, SIM, "Armen Sarkissian", MIR, DAR, CAV, "Nikol Pashinyan", "Ani Harutyunyan-Dallakian",
          "Armenpress", "Georgian Public Broadcaster", "Telegram",
          "Armenia", "Georgia", "Ukraine", "Türkiye",
          "Office of the President (Armenia)", "National Assembly (Armenia)", "Antalya Diplomacy Forum"],
    calls=[call("c1", "A_E_zourabichvili_khachaturyan_2022_03_14", [ZOU, KHA], "2022-03-14", caller=ZOU),
           # "On February 2, at the initiative of the Georgian side, acting President Alen Simonyan had a telephone
           # conversation with Salome Zourabichvili"
           call("c2", "A_E_zourabichvili_simonyan_2022_02_02", [ZOU, SIM], "2022-02-02", caller=ZOU),
           # ministers: "On March 12, ... Mirzoyan had a phone talk with ... Darchiashvili"
           call("c3", "A_E_mirzoyan_darchiashvili_2022_03_12", [MIR, DAR], "2022-03-12")],
    # Georgian Public Broadcaster ("aired a short report on the conversation"): required. Armenpress is the publisher.
    # Traps: the Mirzoyan-Çavuşoğlu meeting in Antalya (in person); Pashinyan's letter.
    rb=[rb("c3", "Georgian Public Broadcaster", True)])

# 5088 Yle News, Fri 2025-01-17: telegraphic headline, standfirst, subhead, WhatsApp line
A["5088"] = dict(
    ents=[STU, ERD, VAL, FID, PUT, "Bashar al-Assad",
          "X", "RIA Novosti", "Yle",
          "Finland", "Türkiye", "Ukraine", "Russia", "Syria",
          "Office of the President of the Republic (Finland)", "Ministry for Foreign Affairs (Finland)", "NATO",
          "Kremlin", "World Economic Forum"],
    calls=[# "held a phone call ... on Thursday"; "Erdogan initiated the call" -> caller Erdoğan
           call("c1", "A_E_erdogan_stubb_2025_01_16", [STU, ERD], "2025-01-16", caller=ERD),
           # ministers: "On Wednesday, ... Valtonen also spoke with ... Fidan by phone"
           call("c2", "A_E_valtonen_fidan_2025_01_15", [VAL, FID], "2025-01-15"),
           # RIA Novosti's claim "that Stubb had phoned Putin over the New Year holidays", denied: null, claimed caller
           call("c3", "A_D_stubb_putin_2025_01", [STU, PUT], None, status="denied", caller=STU)],
    # X (Stubb "described the conversation later on X") and RIA Novosti (the denied claim): required. "told Yle": the
    # publisher. Traps: Stubb's Ankara visit; "would not speak to Putin".
    rb=[rb("c1", "X", True), rb("c3", "RIA Novosti", True)])

# 5089 MercoPress (outlet blank in metadata), Thu 2025-02-27: UTC stamp, "Related stories"
A["5089"] = dict(
    ents=[ORS, BOR, LAC, WER, VKL, MIL, "Carolina Tohá", "Álvaro Delgado",
          "El País (Uruguay)",
          "Uruguay", "Chile", "Argentina",
          "UTE", "ISA InterChile"],
    calls=[# "held a telephone conversation with ... Boric on Wednesday": 2025-02-26, no caller
           call("c1", "A_E_orsi_boric_2025_02_26", [ORS, BOR], "2025-02-26"),
           call("c2", LAC_BOR, [LAC, BOR], "2025-02-25", caller=LAC),
           call("c3", WER_VKL, [WER, VKL], "2025-02-25")],
    # El País ("reported on Wednesday, citing presidential sources"): required. Traps: Milei "did not contact" (a
    # negation); "called Boric 'a communist'"; Orsi's transition team (no outlet).
    rb=[rb("c2", "El País (Uruguay)", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind63, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers (a king, a president-elect, an acting president among "
        "them), with plausible invented calls. Hand annotation in the format of "
        "seeds-gold.json. Calls are voice or video calls only (not in-person meetings, letters, statements or "
        "messages). 'required' items are stated plainly in the text and count for recall; required=false items are "
        "accepted but not demanded. 'event' ties mentions of the same real-world call across articles; a planned call "
        "and a held one are different events (one status per event). Dates are resolved against the publication date, "
        "or the dateline where the text anchors to it (5080, 5087), or the day the text anchors to (5082: the day after "
        "the Turkish vote of January 23rd; 5089: the night of Tuesday's blackout); a live-blog entry stamped after "
        "midnight (5085 c1) takes the next day. See README.md."),
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
