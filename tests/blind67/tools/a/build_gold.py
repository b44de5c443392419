#!/usr/bin/env python3
"""Build ../gold.json (blind67, part A) from the hand annotation below and the registry of names.

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
ABI, SC, FAJ, HOL, FA, ALV, HJB, RUB = "Luis Abinader", "Laurent Saint-Cyr", "Fritz Alphonse Jean", "Andrew Holness", \
    "Alix Didier Fils-Aimé", "Roberto Álvarez", "Jean-Victor Harvel Jean-Baptiste", "Marco Rubio"
ANA, TSI, GUT, ERD, AKI, MAY, CHR, KAS, KOT = "Nicos Anastasiades", "Alexis Tsipras", "António Guterres", \
    "Recep Tayyip Erdoğan", "Mustafa Akıncı", "Theresa May", "Nikos Christodoulides", "Ioannis Kasoulides", "Nikos Kotzias"
MIT, SAK, MAV, TAT = "Kyriakos Mitsotakis", "Katerina Sakellaropoulou", "Andreas Mavroyiannis", "Ersin Tatar"
ABD, ABB, AOU, SAB, SISI, RAZ, AAM, SAF = "Abdullah II", "Mahmoud Abbas", "Michel Aoun", "Sabah Al-Ahmad Al-Jaber Al-Sabah", \
    "Abdel Fattah el-Sisi", "Omar Razzaz", "Adil Abdul-Mahdi", "Ayman Safadi"
CHI, PHA, HUN, PRA, SOK, BTS, PHS = "Pham Minh Chinh", "Phankham Viphavanh", "Hun Sen", "Prayut Chan-o-cha", "Prak Sokhonn", \
    "Bui Thanh Son", "Phay Siphan"
DC, PHU, BRP, BLI, THO = "Miguel Díaz-Canel", "Nguyen Xuan Phuc", "Bruno Rodríguez Parrilla", "Antony Blinken", \
    "Thongloun Sisoulith"

# cross-article events
ABI_SC = "A_E_abinader_saintcyr_2025_08_08"
# 5160 (Dominican Today, Sat Aug 9): "held a telephone conversation yesterday", "it was Abinader who placed the call";
# Saint-Cyr's X post quoted at the end (required). 5161 (HaitiLibre, Tue Aug 12): "On Friday ... Abinader, telephoned
# Laurent Saint Cyr" (name without hyphen); "the Dominican daily Listin Diario, which first made the exchange public"
# (required). 5162 (The Haitian Times, Wed Sep 3, a feature, in passing): "When Laurent Saint-Cyr became coordinator
# ... on Aug. 7, ... Abinader phoned him the day after he took the seat" -> Aug 8, a day told by an event.
ANA_TSI = "A_E_anastasiades_tsipras_2017_07_08"
# 5163 (Cyprus Mail Q&A, Mon Jul 10): "had a long telephone conversation on Saturday" (no caller). 5164 (Kathimerini
# English Edition, Sun Jul 9): "in a telephone conversation yesterday", "The Cypriot president telephoned Tsipras"
# (caller Anastasiades); "first reported by the Athens-Macedonian News Agency (ANA-MPA)", the last line (required).
VID = "A_E_chinh_phankham_hunsen_video_2021_07_22"
# 5166 (VietnamPlus (VNA), Thu Jul 22): "on July 22 afternoon held online talks with" Phankham and Hun Sen: three
# participants, no caller (Chinh speaks "from the Government headquarters"; a host is not a caller); VTV "broadcast
# the opening remarks ... live" (required). 5167 (Khmer Times, Sat Jul 24): "during a video conference on Thursday",
# names only Hun Sen and Chinh; Fresh News "learned of the video conference" and "first carried" it (required).

# 5160 Dominican Today, Sat 2025-08-09: the Presidency's note retold, "Santo Domingo.-", byline, RELATED
A["5160"] = dict(
    ents=[ABI, SC, FAJ, ALV, HJB, "Rosalba Mejía Peguero",
          "Dominican Today", "X",
          "Dominican Republic", "Haiti",
          "Transitional Presidential Council", "Directorate of Communications (Dominican Presidency)"],
    calls=[call("c1", ABI_SC, [ABI, SC], "2025-08-08", caller=ABI),
           # ministers: "is expected to speak by phone next week with his Haitian counterpart" -> planned, null
           call("c2", "A_P_alvarez_jeanbaptiste_2025_08", [ALV, HJB], None, status="planned")],
    # X carried Saint-Cyr's post about the call: required. Dominican Today is the publisher (name in the footer):
    # not required. Traps: "the National Palace reported" (no outlet); "Kenyan-led multinational mission"; Saint-Cyr
    # "replaced Fritz Alphonse Jean" (no call); the RELATED teaser.
    rb=[rb("c1", "X", True), rb("c1", "Dominican Today", False)])

# 5161 HaitiLibre, Tue 2025-08-12: round-up of the coordinator's calls, French-style title and time stamp, "See also"
A["5161"] = dict(
    ents=[SC, ABI, HOL, RUB, FA,
          "HaitiLibre", "Listín Diario",
          "Haiti", "Dominican Republic", "Jamaica", "United States",
          "Transitional Presidential Council", "CARICOM", "Multinational Security Support Mission",
          "State Department"],
    calls=[call("c1", ABI_SC, [ABI, SC], "2025-08-08", caller=ABI),
           # "On Saturday ... Andrew Holness ... to speak by phone with the coordinator"; "did not say who initiated"
           call("c2", "A_E_holness_saintcyr_2025_08_09", [HOL, SC], "2025-08-09"),
           # minister-leader: "on Monday, the American Secretary of State Marco Rubio called Laurent Saint Cyr"
           call("c3", "A_E_rubio_saintcyr_2025_08_11", [RUB, SC], "2025-08-11", caller=RUB)],
    # Listin Diario, "which first made the exchange public" and is then cited: required. The State Department's
    # statement is an organization's, not an outlet's. HaitiLibre is the publisher (the "TB/ HaitiLibre" sign-off).
    # Traps: Fils-Aime "to meet the members of the Council on Wednesday" (a meeting); the See also URLs.
    rb=[rb("c1", "Listín Diario", True), rb("c1", "HaitiLibre", False), rb("c2", "HaitiLibre", False),
        rb("c3", "HaitiLibre", False)])

# 5162 The Haitian Times, Wed 2025-09-03: feature from the border market, calls in passing; URL blank in metadata
A["5162"] = dict(
    ents=[SC, ABI, FA, "Wesline Dorvilien-Mathurin", "Marie-Ange Pierre-Louis", "Jean-Robert Édouard",
          "The Haitian Times", "Radio Télévision Caraïbes",
          "Haiti", "Transitional Presidential Council"],
    calls=[call("c1", ABI_SC, [ABI, SC], "2025-08-08", caller=ABI),
           # "he had asked for a telephone conversation with Abinader in late August ... the request had gone
           # unanswered" -> attempted, null, the requester as caller
           call("c2", "A_A_filsaime_abinader_2025_08", [FA, ABI], None, status="attempted", caller=FA)],
    # Radio Television Caraibes, to which Fils-Aime disclosed the request "in an interview last week": required.
    # Traps: "both governments called the conversation cordial"; "They talk on the phone, they take photos"
    # (generic); "A Dominican government spokesman said the two leaders' offices 'remain in contact'"; the
    # membership appeal; the Related teaser.
    rb=[rb("c2", "Radio Télévision Caraïbes", True)])

# 5163 Cyprus Mail, Mon 2017-07-10: transcript-like Q&A of the government spokesman's briefing
A["5163"] = dict(
    ents=[CHR, ANA, TSI, GUT, ERD, AKI, MAY, KAS,
          "Cyprus Mail", "Phileleftheros", "Facebook", "Twitter",
          "Cyprus", "Switzerland", "Turkey",
          "United Nations", "National Council (Cyprus)"],
    calls=[call("c1", ANA_TSI, [ANA, TSI], "2017-07-08"),
           # "Mr Guterres telephoned the president on the evening after the conference collapsed", the conference having
           # "broke up in the early hours of Friday" -> Friday Jul 7, caller Guterres
           call("c2", "A_E_guterres_anastasiades_2017_07_07", [GUT, ANA], "2017-07-07", caller=GUT),
           # "Phileleftheros wrote yesterday that the president also spoke by phone with President Erdogan" / "There
           # was no such conversation" -> denied, null (the report is dated, the claimed call only "over the weekend")
           call("c3", "A_D_anastasiades_erdogan_2017_07", [ANA, ERD], None, status="denied"),
           # "The president will speak by telephone with Prime Minister May on Tuesday" -> planned, Jul 11
           call("c4", "A_P_anastasiades_may_2017_07_11", [ANA, MAY], "2017-07-11", status="planned")],
    # Phileleftheros carried the denied claim: required. Traps: "No call from Mr Akinci, and none is planned"
    # (a negation, not annotated); Kasoulides "in constant contact with his counterparts"; the Facebook/Twitter
    # follow line (furniture).
    rb=[rb("c3", "Phileleftheros", True)])

# 5164 Kathimerini English Edition, Sun 2017-07-09: short brief, "Web Desk", no dateline; title blank in metadata
A["5164"] = dict(
    ents=[TSI, ANA, GUT, KOT, KAS, "Mevlüt Çavuşoğlu", "Dimitris Tzanakopoulos", MIT, "Panos Kammenos", AKI,
          "Athens-Macedonian News Agency", "Kathimerini",
          "Cyprus", "Turkey",
          "United Nations", "European Union", "New Democracy"],
    calls=[call("c1", ANA_TSI, [ANA, TSI], "2017-07-08", caller=ANA),
           # ministers: "a call on Friday between Foreign Minister Nikos Kotzias and his Cypriot counterpart" -> Jul 7
           call("c2", "A_E_kotzias_kasoulides_2017_07_07", [KOT, KAS], "2017-07-07")],
    # ANA-MPA ("first reported by", once, at the end): required. "government sources said" (no outlet). Traps:
    # Kotzias "clashed" with Cavusoglu (at the talks, not a call); Mitsotakis "called for a debate"; Tzanakopoulos's
    # briefing; the MORE IN POLITICS teasers; the copyright line.
    rb=[rb("c1", "Athens-Macedonian News Agency", True)])

# 5165 The Jordan Times (Petra), Sat 2018-10-27: list of condolence calls, "AMMAN, Oct. 27 (Petra) --", "-- Petra"
A["5165"] = dict(
    ents=[ABD, ABB, AOU, SAB, SISI, RAZ, AAM, SAF, CHR, "Azmi Mahafzah", "Lina Annab",
          "Petra", "Al Mamlaka",
          "Jordan", "Kuwait", "Egypt", "Bahrain",
          "Royal Hashemite Court", "Jordan Armed Forces-Arab Army", "Civil Defence Directorate"],
    calls=[# "received phone calls on Friday from" Abbas, Aoun and the Emir of Kuwait: three calls, each caller
           call("c1", "A_E_abbas_abdullah_2018_10_26", [ABB, ABD], "2018-10-26", caller=ABB),
           call("c2", "A_E_aoun_abdullah_2018_10_26", [AOU, ABD], "2018-10-26", caller=AOU),
           call("c3", "A_E_sabah_abdullah_2018_10_26", [SAB, ABD], "2018-10-26", caller=SAB),
           # "the first Arab leader to call His Majesty, on Thursday night, only hours after the torrent" -> Oct 25
           call("c4", "A_E_sisi_abdullah_2018_10_25", [SISI, ABD], "2018-10-25", caller=SISI),
           # "Razzaz received a phone call on Friday from Iraqi Prime Minister Adil Abdul Mahdi"
           call("c5", "A_E_abdulmahdi_razzaz_2018_10_26", [AAM, RAZ], "2018-10-26", caller=AAM),
           # minister-level (Christodoulides a Leader by later office): "received a call today" -> Oct 27 (dateline)
           call("c6", "A_E_christodoulides_safadi_2018_10_27", [CHR, SAF], "2018-10-27", caller=CHR)],
    # Al Mamlaka TV "aired footage of the King taking the Kuwaiti Emir's call": required. Petra is the wire on the
    # Jordan Times site: not required. Traps: "called off a scheduled visit to Bahrain"; "faced calls in Parliament";
    # the Royal Hashemite Court and Foreign Ministry statements (organizations).
    rb=[rb("c3", "Al Mamlaka", True)] + [rb(c, "Petra", False) for c in ("c1", "c2", "c3", "c4", "c5", "c6")])

# 5166 VietnamPlus (VNA), Thu 2021-07-22: "Hanoi (VNA) –", "./.", "VNA", Related news
A["5166"] = dict(
    ents=[CHI, PHA, HUN, PRA, "Vu Duc Dam",
          "Vietnam News Agency", "Vietnam Television",
          "Vietnam", "Laos", "Cambodia", "Thailand"],
    calls=[call("c1", VID, [CHI, PHA, HUN], "2021-07-22"),
           # "PM Chinh is expected to hold phone talks with Thai Prime Minister Prayut Chan-o-cha next week" -> planned
           call("c2", "A_P_chinh_prayut_2021_07", [CHI, PRA], None, status="planned")],
    # VTV "broadcast the opening remarks of the three leaders live": required. VNA is the publisher: not required.
    # Traps: "a hotline for exchanging epidemic information"; Vu Duc Dam "chaired a meeting"; ventilators "handed
    # over at the Cau Treo border gate".
    rb=[rb("c1", "Vietnam Television", True), rb("c1", "Vietnam News Agency", False)])

# 5167 Khmer Times, Sat 2021-07-24: own report, newsletter and Telegram appeal, Read more
A["5167"] = dict(
    ents=[HUN, CHI, SOK, BTS, PHS,
          "Khmer Times", "Fresh News", "Agence Kampuchea Presse", "Telegram",
          "Vietnam", "Cambodia", "Thailand",
          "ASEAN"],
    calls=[call("c1", VID, [HUN, CHI], "2021-07-22"),
           # ministers: "In a separate call yesterday ... Prak Sokhonn spoke by telephone with ... Bui Thanh Son" -> Jul 23
           call("c2", "A_E_sokhonn_buithanhson_2021_07_23", [SOK, BTS], "2021-07-23")],
    # Fresh News (learned of and first carried the talks): required. AKP (the spokesman "told Agence Kampuchea
    # Presse (AKP) that the ministers' call was ..."): required. Khmer Times is the publisher. Traps: "have called
    # the government's vaccination figures 'inflated'"; the ASEAN meeting "held online" (no named people).
    rb=[rb("c1", "Fresh News", True), rb("c2", "Agence Kampuchea Presse", True)])

# 5168 Cyprus Mail live blog, Sun 2023-02-12: time stamps only, newest first; the date is in the metadata only;
# outlet blank in metadata
A["5168"] = dict(
    ents=[CHR, ANA, SAK, MIT, MAV, TAT,
          "Cyprus Mail", "Facebook", "CyBC",
          "Cyprus",
          "Akel", "Disy"],
    calls=[# 23:05 "has posted on Facebook that he telephoned his successor a short while ago"
           call("c1", "A_E_anastasiades_christodoulides_2023_02_12", [ANA, CHR], "2023-02-12", caller=ANA),
           # 22:20 "is expected to phone the president-elect later tonight" -> planned, same day, caller Sakellaropoulou
           call("c2", "A_P_sakellaropoulou_christodoulides_2023_02_12", [SAK, CHR], "2023-02-12", status="planned",
                caller=SAK),
           # 21:15 "Mitsotakis has called the president-elect"
           call("c3", "A_E_mitsotakis_christodoulides_2023_02_12", [MIT, CHR], "2023-02-12", caller=MIT),
           # 20:35 "A short while ago I called Nikos Christodoulides"
           call("c4", "A_E_mavroyiannis_christodoulides_2023_02_12", [MAV, CHR], "2023-02-12", caller=MAV)],
    # Facebook (Anastasiades' post): required. CyBC ("aired footage of Christodoulides taking the call"): required.
    # The Cyprus Mail (sources "tell the Cyprus Mail", the planned call): the publisher, not required. Traps: Tatar
    # "had 'no such intention'" of calling (a negation); the newsletter line.
    rb=[rb("c1", "Facebook", True), rb("c3", "CyBC", True), rb("c2", "Cyprus Mail", False)])

# 5169 Prensa Latina, Tue 2022-10-04: telegraphic headline, "Havana, Oct 4 (Prensa Latina)", desk initials
A["5169"] = dict(
    ents=[DC, PHU, BRP, BTS, BLI, THO,
          "Prensa Latina", "Cubaminrex",
          "Vietnam", "Laos",
          "Ministry of Foreign Affairs (Cuba)"],
    calls=[# "on Monday night", "began at 9:30 p.m. Havana time, when it was already 8:30 a.m. on Tuesday in Hanoi":
           # 01:30 UTC on Tuesday -> 2022-10-04 (UTC convention, see README); "placed by the Vietnamese head of State"
           call("c1", "A_E_phuc_diazcanel_2022_10_04", [PHU, DC], "2022-10-04", caller=PHU),
           # ministers: "Last week, ... Rodriguez Parrilla and ... Bui Thanh Son also spoke by phone" -> null
           call("c2", "A_E_rodriguez_buithanhson_2022_09", [BRP, BTS], None),
           # "Havana had requested a telephone conversation with ... Blinken ... no answer": attempted; the Cuban party
           # is "Havana", not named -> not required (see README), Rodriguez Parrilla as the requester
           call("c3", "A_A_rodriguez_blinken_2022", [BRP, BLI], None, status="attempted", caller=BRP, required=False)],
    # Cubaminrex (the ministry's website published a note on the conversation): required (see README). Prensa Latina
    # is the publisher. Traps: Thongloun "sent a message of solidarity" (not a call); "the 243 coercive measures".
    rb=[rb("c1", "Cubaminrex", True), rb("c1", "Prensa Latina", False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind67, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers (a king, an emir, the coordinator of Haiti's Transitional "
        "Presidential Council, a Turkish Cypriot leader and a president-elect among them), with real or plausible "
        "invented calls. Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, statements or messages). 'required' items are stated plainly in the text and count "
        "for recall; required=false items are accepted but not demanded. 'event' ties mentions of the same real-world call "
        "across articles; a planned call and a held one are different events (one status per event). Dates are resolved "
        "against the publication date, or the dateline where the text anchors to it (5165 'today'), or the day the text "
        "anchors to (5162: the day after Aug. 7, 2025; 5163: the evening after the Crans-Montana conference broke up early "
        "on Friday 7 July 2017); 5168 has time stamps only, so its date is the metadata's; where local dates differ "
        "across time zones, the event date is the UTC date of the call (5169: 9:30 p.m. Monday in Havana = 01:30 UTC "
        "Tuesday 2022-10-04). See README.md."),
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
