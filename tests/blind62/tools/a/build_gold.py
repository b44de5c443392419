#!/usr/bin/env python3
"""Build ../gold.json (blind62, part A) from the hand annotation below and the registry of names.

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
PAR, MEL, MAC, BSC, SCH, RIS = "Guy Parmelin", "Giorgia Meloni", "Emmanuel Macron", "Elisabeth Baume-Schneider", \
    "Orazio Schillaci", "Stéphanie Rist"
HAR, SHE, OLI, MUI, AKD, DAR, MUT = "Harini Amarasuriya", "Shehbaz Sharif", "K.P. Sharma Oli", "Mohamed Muizzu", \
    "Anura Kumara Dissanayake", "Mohammad Ishaq Dar", "Amir Khan Muttaqi"
DEB, TIA, TAM, GOI, GHA = "Mahamat Idriss Déby Itno", "Abdourahamane Tiani", "Tamim bin Hamad Al Thani", \
    "Assimi Goïta", "Mohamed Ould Cheikh El Ghazouani"
ABI, FIL, CHA, PET, ALV, RUB = "Luis Abinader", "Alix Didier Fils-Aimé", "Rodrigo Chaves Robles", "Gustavo Petro", \
    "Roberto Álvarez", "Marco Rubio"
FAE, KAR, SLB, KAI, SCZ, VDB = "Nancy Faeser", "Gerhard Karner", "Alexander Schallenberg", "Peter Kaiser", \
    "Olaf Scholz", "Alexander Van der Bellen"

# cross-article events
MEL_PAR = "A_E_meloni_parmelin_2026_01_01"
# 5060 (swissinfo.ch (Keystone-SDA), "Crans-Montana, January 1 (Keystone-SDA)", published Jan 2): "called ... this
# afternoon" (the dateline's day; caller Meloni); ANSA "first reported" the call. 5061 (Le News live blog, Jan 2, no
# date in the text): Parmelin on RTS radio, "Giorgia Meloni called me yesterday afternoon" (the day from the metadata).
# 5062 (The Local feature, Jan 9, in passing): "rang Guy Parmelin within hours of the fire, on the afternoon of the
# first day of his presidency" (the day told by events: the fire in "the early hours of New Year's Day").
SHE_HAR = "A_E_shehbaz_amarasuriya_2024_09_26"
# 5063 (Daily Mirror, Fri Sep 27): "Shahbaz Sharif telephoned her yesterday from New York" (spelt Shahbaz; X post).
# 5064 (Pakistan Today (APP), "NEW YORK, Sep 26 (APP):"): "on Thursday telephoned", "placed from New York on Thursday
# afternoon ... close to midnight in Colombo" (the same date in every zone). 5065 (Pakistan Observer transcript of the
# Friday briefing): "spoke to ... last night" (no caller in that article).
SHE_AKD_P = "A_P_shehbaz_dissanayake_2024_09"
# 5064 "will also call President Anura Kumara Dissanayake after his return to Islamabad" (planned, caller Shehbaz, null);
# 5065 "A telephone call between the Prime Minister and President Dissanayake is being arranged" (planned, null).
TIA_DEB = "A_E_tiani_deby_2025_01_09"
# 5066 (Africanews, Fri Jan 10): "Tchiani, was the first to call, early on Thursday morning" (caller; RTN carried a
# statement about the call). 5067 (APA brief, Jan 10, telegraphic headline): "held a telephone conversation yesterday",
# "at the initiative of the Nigerien side" (caller Tiani), "Deby", "Tiani"; the presidency's Facebook statement.

# 5060 swissinfo.ch (Keystone-SDA), Fri 2026-01-02: wire, "Crans-Montana, January 1 (Keystone-SDA)", desk code, copyright
A["5060"] = dict(
    ents=[MEL, PAR, MAC, "Keystone-SDA", "ANSA",
          "Italy", "Switzerland", "France",
          "Palazzo Chigi", "Elysée Palace", "Federal Council (Switzerland)"],
    calls=[call("c1", MEL_PAR, [MEL, PAR], "2026-01-01", caller=MEL),
           # "will speak to Parmelin by telephone on Friday, the Elysée Palace said": planned, 2026-01-02, no caller
           call("c2", "A_P_macron_parmelin_2026_01_02", [MAC, PAR], "2026-01-02", status="planned")],
    # ANSA ("The Italian call was first reported by the Italian news agency ANSA", last paragraph): required.
    # Keystone-SDA is the wire credit on swissinfo.ch's page: not required. Palazzo Chigi and the Elysée are
    # organizations. Traps: "He called on families to use the official hotline", "the official hotline".
    rb=[rb("c1", "ANSA", True), rb("c1", "Keystone-SDA", False), rb("c2", "Keystone-SDA", False)])

# 5061 Le News, Fri 2026-01-02: live blog, entries newest first, no date anywhere in the text
A["5061"] = dict(
    ents=[MAC, PAR, MEL, BSC, SCH, RIS,
          "Le News", "X", "RTS",
          "Switzerland", "France",
          "Federal Council (Switzerland)", "Federal Chancellery (Switzerland)", "Elysée Palace"],
    calls=[# 08:20 "spoke by phone this morning": the day from the metadata (2026-01-02); no caller
           call("c1", "A_E_macron_parmelin_2026_01_02", [MAC, PAR], "2026-01-02"),
           # 10:55 Parmelin to RTS: "Giorgia Meloni called me yesterday afternoon"
           call("c2", MEL_PAR, [MEL, PAR], "2026-01-01", caller=MEL),
           # 14:40 "will hold a video conference on Monday with ... Schillaci, and ... Rist": planned, 2026-01-05, the host
           # is not a caller
           call("c3", "A_P_baumeschneider_schillaci_rist_2026_01_05", [BSC, SCH, RIS], "2026-01-05", status="planned")],
    # X (12:10: "Macron has now posted about his conversation with Parmelin on X", quoted) and RTS ("gave an interview to
    # RTS radio", in which he tells of Meloni's call): required. The Federal Chancellery and the Elysée are
    # organizations; the share bar is furniture.
    rb=[rb("c1", "X", True), rb("c2", "RTS", True)])

# 5062 The Local Switzerland, Fri 2026-01-09: feature, calls in passing, byline, standfirst, reader appeal
A["5062"] = dict(
    ents=[MEL, PAR, BSC, SCH, RIS, "Nadia Ferrazzini-Keller",
          "The Local Switzerland", "SRF",
          "Switzerland", "Italy", "France",
          "GastroSuisse"],
    calls=[call("c1", MEL_PAR, [MEL, PAR], "2026-01-01", caller=MEL),
           # "On Monday, ... held a video call with Italy's health minister": 2026-01-05, no caller
           call("c2", "A_E_baumeschneider_schillaci_2026_01_05", [BSC, SCH], "2026-01-05"),
           # "had already spoken by phone to France's health minister, Stéphanie Rist, last week": null, no caller
           call("c3", "A_E_baumeschneider_rist_2025_12", [BSC, RIS], None)],
    # SRF ("aired images of the two ministers on screen together"): required. The Local is the publisher.
    rb=[rb("c2", "SRF", True)])

# 5063 Daily Mirror (Sri Lanka), Fri 2024-09-27: list of congratulation calls, byline, no dateline; URL blank
A["5063"] = dict(
    ents=[HAR, SHE, OLI, MUI, AKD, "Sirimavo Bandaranaike", "Narendra Modi", "Harsha de Silva",
          "Tharindu Wijesekera-Perera",
          "X", "The Kathmandu Post", "Daily Mirror",
          "Sri Lanka", "Pakistan", "Nepal", "Maldives", "India",
          "Temple Trees", "SAARC", "United Nations General Assembly"],
    calls=[call("c1", SHE_HAR, [SHE, HAR], "2024-09-26", caller=SHE),
           # "On Wednesday, ... spoke to Dr. Amarasuriya over the phone": 2024-09-25, no caller
           call("c2", "A_E_oli_amarasuriya_2024_09_25", [OLI, HAR], "2024-09-25"),
           # "is expected to call the Prime Minister early next week": planned, caller Muizzu, no day
           call("c3", "A_P_muizzu_amarasuriya_2024_10", [MUI, HAR], None, status="planned", caller=MUI)],
    # X ("Sharif wrote on X that he had held 'a warm conversation'") and The Kathmandu Post ("reported, citing the Nepali
    # Prime Minister's secretariat"): required. "a diplomatic source told the Daily Mirror": the publisher. Traps:
    # Muizzu's message to Dissanayake, Modi's letter, envoys who "called on" her, "has called the size".
    rb=[rb("c1", "X", True), rb("c2", "The Kathmandu Post", True)])

# 5064 Pakistan Today (APP), Fri 2024-09-27: wire "NEW YORK, Sep 26 (APP):", PM Office press release
A["5064"] = dict(
    ents=[SHE, HAR, AKD, DAR, "Ajay Banga",
          "Associated Press of Pakistan",
          "Pakistan", "Sri Lanka",
          "PM Office (Pakistan)", "United Nations General Assembly", "World Bank"],
    calls=[call("c1", SHE_HAR, [SHE, HAR], "2024-09-26", caller=SHE),
           # "will also call President Anura Kumara Dissanayake after his return to Islamabad": planned, caller Shehbaz
           call("c2", SHE_AKD_P, [SHE, AKD], None, status="planned", caller=SHE)],
    # APP is the wire credit on Pakistan Today's page: not required. "the PM Office said": an organization. Traps: the
    # message to Dissanayake on Monday; meetings on the sidelines; the meeting with Banga.
    rb=[rb("c1", "Associated Press of Pakistan", False), rb("c2", "Associated Press of Pakistan", False)])

# 5065 Pakistan Observer, Fri 2024-09-27: transcript of the FO weekly briefing (Question/Spokesperson); title blank
A["5065"] = dict(
    ents=[SHE, HAR, AKD, MUT, DAR, "Mumtaz Zahra Baloch", "Wang Yi",
          "Pakistan Observer", "TOLOnews",
          "Pakistan", "Sri Lanka", "Afghanistan", "China", "India",
          "Ministry of Foreign Affairs (Pakistan)", "United Nations General Assembly"],
    calls=[# "spoke to Prime Minister Harini Amarasuriya last night": 2024-09-26, no caller in this article
           call("c1", SHE_HAR, [SHE, HAR], "2024-09-26"),
           # "A telephone call between the Prime Minister and President Dissanayake is being arranged": planned, null
           call("c2", SHE_AKD_P, [SHE, AKD], None, status="planned"),
           # TOLOnews's report that Muttaqi "called Deputy Prime Minister Ishaq Dar on Tuesday": "There was no such
           # call" -> denied; claimed caller Muttaqi; claimed day Tuesday 2024-09-24
           call("c3", "A_D_muttaqi_dar_2024_09_24", [MUT, DAR], "2024-09-24", status="denied", caller=MUT)],
    # TOLOnews carried the denied claim: required (as blindset O Globo, The Reporter). Pakistan Observer is the publisher.
    # Traps: Wang Yi "It was a meeting, not a call"; "We have called on them"; "No meeting with the Indian side".
    rb=[rb("c3", "TOLOnews", True)])

# 5066 Africanews, Fri 2025-01-10: round-up of the calls of one day (Thursday), byline, "Updated" stamp
A["5066"] = dict(
    ents=[DEB, TIA, TAM, GOI, GHA, "Wang Yi", "Abderaman Koulamallah", "Moussa Haroun-Djibrine",
          "RTN", "Qatar News Agency", "Africanews",
          "Chad", "Niger", "Qatar", "Mali", "Mauritania", "France",
          "African Union"],
    calls=[call("c1", TIA_DEB, [TIA, DEB], "2025-01-09", caller=TIA),
           # "the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, telephoned Déby" in the afternoon (Thursday)
           call("c2", "A_E_tamim_deby_2025_01_09", [TAM, DEB], "2025-01-09", caller=TAM),
           # "tried to reach Déby by phone on Thursday evening, but the call could not be connected": attempted
           call("c3", "A_A_goita_deby_2025_01_09", [GOI, DEB], "2025-01-09", status="attempted", caller=GOI),
           # "is due to speak with Déby by phone on Saturday": planned, 2025-01-11, no caller
           call("c4", "A_P_ghazouani_deby_2025_01_11", [GHA, DEB], "2025-01-11", status="planned")],
    # RTN ("carried a statement from Tchiani's office about the call") and the Qatar News Agency ("according to"):
    # required. "told Africanews": the publisher. Traps: Wang Yi met Déby (in person); Koulamallah "called the raid";
    # "have called for an independent inquiry".
    rb=[rb("c1", "RTN", True), rb("c2", "Qatar News Agency", True)])

# 5067 APA, Fri 2025-01-10: short brief, telegraphic headline, "N'Djamena (Chad) - APA", desk code; outlet blank
A["5067"] = dict(
    ents=[DEB, TIA, "Facebook", "APA",
          "Chad", "Niger", "Mali", "Burkina Faso", "Nigeria", "Cameroon",
          "Alliance of Sahel States", "Multinational Joint Task Force"],
    calls=[call("c1", TIA_DEB, [TIA, DEB], "2025-01-09", caller=TIA)],
    # Facebook ("the Chadian presidency said in a statement published on its Facebook page"): required. APA publisher.
    rb=[rb("c1", "Facebook", True)])

# 5068 Dominican Today, Tue 2025-11-04: the Presidency's statement reposted, then the paper's own reporting
A["5068"] = dict(
    ents=[ABI, FIL, CHA, PET, "Claudia Sheinbaum", ALV, RUB,
          "Dominican Today", "El Tiempo", "CDN",
          "Dominican Republic", "Haiti", "Costa Rica", "United States", "Cuba", "Venezuela", "Nicaragua", "Mexico",
          "Colombia",
          "Presidency of the Republic (Dominican Republic)", "Central American Integration System", "Casa de Nariño",
          "UN Security Council"],
    calls=[# statement: "called the Prime Minister ... in the morning of this Monday" = 2025-11-03 (published Tuesday)
           call("c1", "A_E_abinader_filsaime_2025_11_03", [ABI, FIL], "2025-11-03", caller=ABI),
           # "Subsequently, President Abinader spoke by telephone with ... Rodrigo Chaves Robles": Monday, no caller
           call("c2", "A_E_abinader_chaves_2025_11_03", [ABI, CHA], "2025-11-03"),
           # "Petro had also asked to speak with Abinader by phone on Sunday, but the request was not granted":
           # attempted, caller Petro (the requester), 2025-11-02
           call("c3", "A_A_petro_abinader_2025_11_02", [PET, ABI], "2025-11-02", status="attempted", caller=PET),
           # ministers: "informed ... Rubio of the final decision in a telephone conversation on Sunday night": no caller
           call("c4", "A_E_alvarez_rubio_2025_11_02", [ALV, RUB], "2025-11-02")],
    # El Tiempo ("reported on Monday, citing sources at the Casa de Nariño", the attempt) and CDN (Álvarez tells of the
    # call "in an interview with the CDN channel's morning programme"): required. The Presidency's statement is an
    # organization's. Traps: "Petro called the exclusions", Sheinbaum "would not attend".
    rb=[rb("c3", "El Tiempo", True), rb("c4", "CDN", True)])

# 5069 DW, Sun 2025-02-16: telegraphic headline, standfirst, topics line
A["5069"] = dict(
    ents=[FAE, KAR, SLB, KAI, VDB, SCZ,
          "dpa", "ORF", "X", "DW",
          "Germany", "Austria", "Syria",
          "Freedom Party (Austria)", "Munich Security Conference"],
    calls=[# ministers: "phoned ... Karner on Sunday morning" = the publication day; caller Faeser
           call("c1", "A_E_faeser_karner_2025_02_16", [FAE, KAR], "2025-02-16", caller=FAE),
           # acting chancellor -> Land governor: "rang Carinthia's governor, Peter Kaiser, on Saturday evening"
           call("c2", "A_E_schallenberg_kaiser_2025_02_15", [SLB, KAI], "2025-02-15", caller=SLB),
           # "a phone call between the two would be arranged in the coming days": planned, null, no caller
           call("c3", "A_P_scholz_schallenberg_2025_02", [SCZ, SLB], None, status="planned")],
    # dpa ("a spokesperson for her ministry told the German news agency dpa") and ORF (Kaiser "described the
    # conversation to ... ORF, which aired the interview"): required. X carries Van der Bellen's post, about no call.
    # Traps: Scholz "met several European leaders in person"; the FPÖ "has called for a ban".
    rb=[rb("c1", "dpa", True), rb("c2", "ORF", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind62, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers (an emir, an acting chancellor, military heads of "
        "state, a Land governor among them), with plausible invented calls. Hand annotation in the format of "
        "seeds-gold.json. Calls are voice or video calls only (not in-person meetings, letters, statements or "
        "messages). 'required' items are stated plainly in the text and count for recall; required=false items are "
        "accepted but not demanded. 'event' ties mentions of the same real-world call across articles; a planned call "
        "and a held one are different events (one status per event). Dates are resolved against the publication date, "
        "or the dateline where the text anchors to it (5060, 5064), or the day the text anchors to (5062: the afternoon "
        "of the first day of Parmelin's presidency, the day of the fire); a live blog with no date in its text (5061) "
        "takes the metadata's date. See README.md."),
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
