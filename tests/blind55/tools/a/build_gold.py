#!/usr/bin/env python3
"""Build ../gold.json (blind55, part A) from the hand annotation below and the registry of names.

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
PAVEL, FIALA, CAPUTOVA, FICO, PELLEGRINI, DUDA, TUSK, ORBAN = "Petr Pavel", "Petr Fiala", "Zuzana Čaputová", \
    "Robert Fico", "Peter Pellegrini", "Andrzej Duda", "Donald Tusk", "Viktor Orbán"
VDB, SCHOLZ, ZELENSKY = "Alexander Van der Bellen", "Olaf Scholz", "Volodymyr Zelensky"
GLAVCHEV, CIOLACU, NEHAMMER, RADEV, IOHANNIS, PREDOIU = "Dimitar Glavchev", "Marcel Ciolacu", "Karl Nehammer", \
    "Rumen Radev", "Klaus Iohannis", "Cătălin Predoiu"
MADOURI, DBEIBAH, SAIED, LARBAOUI, MADBOULY, HACHANI, MENFI = "Kamel Madouri", "Abdulhamid Dbeibah", "Kaïs Saïed", \
    "Nadir Larbaoui", "Mostafa Madbouly", "Ahmed Hachani", "Mohamed al-Menfi"
SONEXAY, ALBANESE, FREDERIKSEN, STARMER, PAETONGTARN = "Sonexay Siphandone", "Anthony Albanese", "Mette Frederiksen", \
    "Keir Starmer", "Paetongtarn Shinawatra"
MANELE, LUXON, RABUKA, LIQIANG, MARAPE, SOGAVARE = "Jeremiah Manele", "Christopher Luxon", "Sitiveni Rabuka", \
    "Li Qiang", "James Marape", "Manasseh Sogavare"
SUTAJ, RAKUSAN, KIERWINSKI, ILKOV, KARNER, PINTER, BRUNNER = "Matúš Šutaj Eštok", "Vít Rakušan", "Marcin Kierwiński", \
    "Atanas Ilkov", "Gerhard Karner", "Sándor Pintér", "Magnus Brunner"
ARDERN, TUILAEPA, MORRISON, SUALAUVI, KONROTE, TUIONETOA, LIKEQIANG = "Jacinda Ardern", \
    "Tuilaepa Sailele Malielegaoi", "Scott Morrison", "Tuimalealiifano Va'aletoa Sualauvi II", "Jioji Konrote", \
    "Pohiva Tu'i'onetoa", "Li Keqiang"
SALEUMXAY, WONG, MARIS, LAMMY, VUNAGI, WALE = "Saleumxay Kommasith", "Penny Wong", "Maris Sangiampongsa", \
    "David Lammy", "David Vunagi", "Matthew Wale"

# cross-article events (7): six occurred and required, one planned
CAPUTOVA_PAVEL = "A_E_caputova_pavel_2023_12_21"
# 4920 (Radio Prague International, Fri 22 Dec): "She telephoned him on Thursday evening" (caller Čaputová; the Castle's
# website is an organization). 4921 (The Slovak Spectator, TASR dateline "Bratislava, December 21"): "called her Czech
# counterpart Petr Pavel this evening" (the dateline's day; caller Čaputová; her Facebook post quotes the call).
DUDA_PAVEL = "A_E_duda_pavel_2023_12_21"
# 4920: "spoke with President Pavel late the same night" (no caller; "a post on X" the next sentence). 4922 (Notes from
# Poland, 9 Jan): "rang ... on the night of the shooting", the shooting "on 21 December" (caller Duda; Polsat News
# interview).
TUSK_FIALA = "A_E_tusk_fiala_2023_12_22"
# 4920: "On Friday morning ... spoke with Mr Fiala about an hour later" (no caller). 4922: "phoned ... the morning after
# the shooting" (caller Tusk; "According to Rzeczpospolita, which cited a source").
CIOLACU_GLAVCHEV = "A_E_ciolacu_glavchev_2024_12_12"
# 4923 (BTA live blog, Thu 12 Dec), 21:20 entry: "spoke by telephone this evening" (no caller; the Government
# Information Service). 4924 (Romania Insider, AGERPRES dateline "Bucharest, Dec 13"): "called his Bulgarian counterpart
# ... yesterday evening" (caller Ciolacu).
RADEV_IOHANNIS_PLAN = "A_P_radev_iohannis_2024_12_13"
# 4923 14:15: "will hold a phone conversation ... on Friday" (= 13 Dec). 4924: "is due to speak by telephone ... today"
# (the dateline's day, 13 Dec). Planned in both; no caller.
DBEIBAH_MADOURI = "A_E_dbeibah_madouri_2024_08_09"
# 4925 (TAP, "Tunis, Aug. 9 (TAP)", published 10 Aug): "received today a phone call from" (the dateline's day; caller
# Dbeibah; the statement "published on its official Facebook page"). 4926 (The Libya Observer, Sun 11 Aug; no date in
# the text): "phoned ... on Friday" (caller Dbeibah; "TAP also carried the call"). Names written two ways.
ALBANESE_SONEXAY = "A_E_albanese_sonexay_2024_11_23"
# 4927 (The Laotian Times, Mon 25 Nov): "placed the first call on Saturday morning, at the request of the Australian
# side" (caller Albanese; ABC Radio Melbourne interview; Lao National Television "aired footage"). 4928 (Bangkok Post
# Q&A, Wed 27 Nov): "Mr Albanese's call to Prime Minister Sonexay Siphandone over the weekend" (null; caller Albanese).

# 4920 Radio Prague International, Fri 2023-12-22: list of condolence calls
A["4920"] = dict(
    ents=[PAVEL, FIALA, CAPUTOVA, DUDA, FICO, TUSK, SUTAJ, RAKUSAN, VDB, SCHOLZ, ZELENSKY, ORBAN,
          "Martin Vondrášek", "Kristýna Vávrová Hellerová",
          "X", "Czech Television", "Český rozhlas",
          "Czech Republic", "Slovakia", "Poland", "Austria", "Germany", "Ukraine", "Hungary",
          "Charles University", "Prague Castle", "Government Office (Czech Republic)"],
    calls=[call("c1", CAPUTOVA_PAVEL, [CAPUTOVA, PAVEL], "2023-12-21", caller=CAPUTOVA),
           call("c2", DUDA_PAVEL, [DUDA, PAVEL], "2023-12-21"),
           # "Robert Fico rang him shortly after eight o'clock" on Friday morning (caller Fico)
           call("c3", "A_E_fico_fiala_2023_12_22", [FICO, FIALA], "2023-12-22", caller=FICO),
           call("c4", TUSK_FIALA, [TUSK, FIALA], "2023-12-22"),
           # ministers: "called Vít Rakušan on Friday" (caller Šutaj Eštok); "Mr Rakušan told Czech Television"
           call("c5", "A_E_sutajestok_rakusan_2023_12_22", [SUTAJ, RAKUSAN], "2023-12-22", caller=SUTAJ),
           # "is expected to speak with Mr Fiala by phone over the weekend" (null)
           call("c6", "A_P_orban_fiala_2023_12", [ORBAN, FIALA], None, status="planned")],
    # written condolences from Van der Bellen and Scholz, Zelensky's post on X: no calls. "He called the response of
    # the first patrols" is no call. Český rozhlas in the copyright line is the publisher.
    rb=[rb("c2", "X", True), rb("c5", "Czech Television", True)])

# 4921 The Slovak Spectator (TASR), Fri 2023-12-22: telegraphic headline, short wire, dateline Dec 21
A["4921"] = dict(
    ents=[CAPUTOVA, PAVEL, FICO, FIALA, PELLEGRINI, SUTAJ,
          "The Slovak Spectator", "TASR", "Facebook", "RTVS",
          "Slovakia", "Czech Republic",
          "Charles University", "President's Office (Slovakia)", "Government Office (Slovakia)"],
    calls=[call("c1", CAPUTOVA_PAVEL, [CAPUTOVA, PAVEL], "2023-12-21", caller=CAPUTOVA),
           # "will speak with ... Fiala by telephone tomorrow morning" (= Dec 22 against the dateline); the call that
           # 4920 tells as held is a different event (one status per event)
           call("c2", "A_P_fico_fiala_2023_12_22", [FICO, FIALA], "2023-12-22", status="planned")],
    # "Fico called the attack"; the embassy's "phone line"; RTVS aired her statement, which is not said to be about the
    # call (not required); TASR is the wire credit on the Spectator's site
    rb=[rb("c1", "Facebook", True), rb("c1", "RTVS", False), rb("c1", "TASR", False)])

# 4922 Notes from Poland, Tue 2024-01-09: feature mentioning calls in passing
A["4922"] = dict(
    ents=[DUDA, PAVEL, TUSK, FIALA, KIERWINSKI, RAKUSAN, "Bartosz Wierzchołek-Lis", "Hana Šustrová-Malá",
          "Notes from Poland", "Polsat News", "Rzeczpospolita",
          "Poland", "Czech Republic",
          "Charles University", "European Union", "Konfederacja", "Chancellery (Poland)"],
    calls=[call("c1", DUDA_PAVEL, [DUDA, PAVEL], "2023-12-21", caller=DUDA),
           call("c2", TUSK_FIALA, [TUSK, FIALA], "2023-12-22", caller=TUSK),
           # ministers: "He plans a video call with his Czech counterpart, Vít Rakušan, later this month" (null)
           call("c3", "A_P_kierwinski_rakusan_2024_01", [KIERWINSKI, RAKUSAN], None, status="planned")],
    # "Konfederacja called the idea"
    rb=[rb("c1", "Polsat News", True), rb("c2", "Rzeczpospolita", True)])

# 4923 BTA, Thu 2024-12-12: live blog (EET, newest first); title blank in the metadata
A["4923"] = dict(
    ents=[GLAVCHEV, CIOLACU, NEHAMMER, ILKOV, KARNER, PINTER, RADEV, IOHANNIS, BRUNNER,
          "BTA", "Facebook", "bTV",
          "Bulgaria", "Romania", "Austria", "Hungary",
          "Government Information Service (Bulgaria)", "Justice and Home Affairs Council"],
    calls=[call("c1", CIOLACU_GLAVCHEV, [GLAVCHEV, CIOLACU], "2024-12-12"),
           # 19:40: "telephoned Glavchev shortly after 19:00" (caller Nehammer); Facebook post quoted in the 20:35 entry
           call("c2", "A_E_nehammer_glavchev_2024_12_12", [NEHAMMER, GLAVCHEV], "2024-12-12", caller=NEHAMMER),
           # 18:05 ministers: "told bTV that he had a short phone conversation with ... Karner" (no caller)
           call("c3", "A_E_ilkov_karner_2024_12_12", [ILKOV, KARNER], "2024-12-12"),
           call("c4", RADEV_IOHANNIS_PLAN, [RADEV, IOHANNIS], "2024-12-13", status="planned")],
    # "Follow BTA on Facebook and X" is page furniture; "Drivers' associations called the decision"
    rb=[rb("c2", "Facebook", True), rb("c3", "bTV", True)])

# 4924 Romania Insider (Agerpres), Fri 2024-12-13: wire copy, "yesterday" against the dateline
A["4924"] = dict(
    ents=[CIOLACU, GLAVCHEV, NEHAMMER, PREDOIU, IOHANNIS, RADEV, ORBAN,
          "Romania Insider", "Agerpres", "Facebook", "G4Media",
          "Romania", "Bulgaria", "Austria", "Hungary",
          "Justice and Home Affairs Council", "Presidential Administration (Romania)",
          "Constitutional Court (Romania)"],
    calls=[call("c1", CIOLACU_GLAVCHEV, [CIOLACU, GLAVCHEV], "2024-12-12", caller=CIOLACU),
           # "also rang Ciolacu on Thursday, after the vote" (caller Nehammer); Facebook post quoted the next paragraph
           call("c2", "A_E_nehammer_ciolacu_2024_12_12", [NEHAMMER, CIOLACU], "2024-12-12", caller=NEHAMMER),
           call("c3", RADEV_IOHANNIS_PLAN, [IOHANNIS, RADEV], "2024-12-13", status="planned"),
           # G4Media's report that Ciolacu "had also phoned ... Orbán on Wednesday", denied by the Government's press
           # office (claimed caller Ciolacu; the claimed day, Wed 11 Dec)
           call("c4", "A_D_ciolacu_orban_2024_12_11", [CIOLACU, ORBAN], "2024-12-11", status="denied",
                caller=CIOLACU)],
    # "called for extra lanes"; AGERPRES is the wire credit on Romania Insider's site
    rb=[rb("c1", "Agerpres", False), rb("c2", "Facebook", True), rb("c4", "G4Media", True)])

# 4925 TAP, Sat 2024-08-10: the Presidency of the Government's readout, "Tunis, Aug. 9 (TAP)"
A["4925"] = dict(
    ents=[MADOURI, DBEIBAH, SAIED, LARBAOUI, MADBOULY, HACHANI,
          "TAP", "Facebook",
          "Tunisia", "Libya", "Algeria", "Egypt",
          "Presidency of the Government (Tunisia)", "Government of National Unity"],
    calls=[call("c1", DBEIBAH_MADOURI, [DBEIBAH, MADOURI], "2024-08-09", caller=DBEIBAH),
           # "On Thursday, Madouri had received a phone call from ... Larbaoui" (= Aug 8)
           call("c2", "A_E_larbaoui_madouri_2024_08_08", [LARBAOUI, MADOURI], "2024-08-08", caller=LARBAOUI),
           # "is also set to hold phone talks with ... Madbouly in the coming days" (null)
           call("c3", "A_P_madouri_madbouly_2024_08", [MADOURI, MADBOULY], None, status="planned")],
    # "Saïed called on the new Head of Government"; TAP is the publisher (dateline and sign-off)
    rb=[rb("c1", "Facebook", True), rb("c1", "TAP", False)])

# 4926 The Libya Observer, Sun 2024-08-11: short brief, no date in the text; outlet blank in the metadata
A["4926"] = dict(
    ents=[DBEIBAH, MADOURI, MADBOULY, SAIED, HACHANI, MENFI,
          "The Libya Observer", "TAP",
          "Libya", "Tunisia", "Egypt",
          "Government of National Unity", "Hakomitna", "Presidential Council (Libya)"],
    calls=[call("c1", DBEIBAH_MADOURI, [DBEIBAH, MADOURI], "2024-08-09", caller=DBEIBAH),
           # "Dbeibah had spoken by phone with ... Madbouly last week" (null, no caller)
           call("c2", "A_E_dbeibah_madbouly_2024_08_lastweek", [DBEIBAH, MADBOULY], None)],
    # Hakomitna, "the government's media platform", is an organization; al-Menfi "has not commented" (no call);
    # "Follow us on X and Telegram" is page furniture; "Traders ... have called for"
    rb=[rb("c1", "TAP", True)])

# 4927 The Laotian Times (KPL), Mon 2024-11-25: round-up of one day's calls (Saturday 23 Nov)
A["4927"] = dict(
    ents=[SONEXAY, ALBANESE, FREDERIKSEN, SALEUMXAY, WONG, STARMER, "Simone White", "Phetsamone Keovongsa-Dalton",
          "The Laotian Times", "ABC Radio Melbourne", "DR", "Lao National Television", "KPL",
          "Laos", "Australia", "Denmark", "United Kingdom", "Thailand", "United States",
          "Prime Minister's Office (Laos)"],
    calls=[call("c1", ALBANESE_SONEXAY, [ALBANESE, SONEXAY], "2024-11-23", caller=ALBANESE),
           # "spoke with Sonexay in the afternoon" (no caller); "DR reported that Frederiksen had asked"
           call("c2", "A_E_frederiksen_sonexay_2024_11_23", [FREDERIKSEN, SONEXAY], "2024-11-23"),
           # ministers: "In the evening ... held a video call with ... Penny Wong" (no caller)
           call("c3", "A_E_saleumxay_wong_2024_11_23", [SALEUMXAY, WONG], "2024-11-23"),
           # "is expected to speak with Sonexay by telephone early this week" (null)
           call("c4", "A_P_starmer_sonexay_2024_11", [STARMER, SONEXAY], None, status="planned")],
    # "Tourism operators ... called the incident"; KPL is the wire credit at the end; "Follow The Laotian Times on
    # Facebook" is page furniture
    rb=[rb("c1", "ABC Radio Melbourne", True), rb("c1", "Lao National Television", True), rb("c2", "DR", True),
        rb("c1", "KPL", False)])

# 4928 Bangkok Post, Wed 2024-11-27: transcript-like Q&A with the foreign minister
A["4928"] = dict(
    ents=[MARIS, WONG, PAETONGTARN, ALBANESE, LAMMY, SONEXAY, "Holly Bowles", "Chanida Rattanaporn-Ellis",
          "Bangkok Post", "Khaosod English",
          "Thailand", "Laos", "Australia", "United Kingdom"],
    calls=[# "Senator Penny Wong called me on Friday" (= Nov 22, caller Wong); "Khaosod English first reported"
           call("c1", "A_E_wong_maris_2024_11_22", [WONG, MARIS], "2024-11-22", caller=WONG),
           # "will speak with Mr Albanese by phone before the end of the week" (null)
           call("c2", "A_P_paetongtarn_albanese_2024_11", [PAETONGTARN, ALBANESE], None, status="planned"),
           # "I tried to call Foreign Secretary David Lammy on Sunday ... we could not connect" (= Nov 24)
           call("c3", "A_A_maris_lammy_2024_11_24", [MARIS, LAMMY], "2024-11-24", status="attempted", caller=MARIS),
           call("c4", ALBANESE_SONEXAY, [ALBANESE, SONEXAY], None, caller=ALBANESE)],
    # "I hope to speak with him this week" (a hope, not annotated); "I would call on travellers"; "Some Australian media
    # have called the region"; the Bangkok Post is the publisher
    rb=[rb("c1", "Khaosod English", True)])

# 4929 Samoa Observer, Sat 2019-12-07: telegraphic headline, calls during the measles emergency; no date in the text.
# (A first 4929, on Manele's election in May 2024, was set aside before annotation because blind9 B's 816 tells the same
# Albanese and Luxon calls; it is kept in drafts/ as rejected_4929_prior_overlap.txt.)
A["4929"] = dict(
    ents=[ARDERN, TUILAEPA, MORRISON, SUALAUVI, KONROTE, TUIONETOA, LIKEQIANG, "Leaupepe Tauaa-Schuster",
          "Samoa Observer", "RNZ Pacific", "Twitter", "Facebook",
          "Samoa", "New Zealand", "Australia", "Fiji", "Tonga", "China",
          "Press Secretariat (Samoa)", "Ministry of Health (Samoa)"],
    calls=[# "telephoned ... on Thursday night" (= Dec 5, caller Ardern); "RNZ Pacific reported that Ms Ardern offered"
           call("c1", "A_E_ardern_tuilaepa_2019_12_05", [ARDERN, TUILAEPA], "2019-12-05", caller=ARDERN),
           # "called Tuilaepa yesterday" (= Dec 6, caller Morrison); "wrote on Twitter afterwards that he had spoken"
           call("c2", "A_E_morrison_tuilaepa_2019_12_06", [MORRISON, TUILAEPA], "2019-12-06", caller=MORRISON),
           # head of state: "on Wednesday, ... received a call from the President of Fiji, Jioji Konrote" (= Dec 4)
           call("c3", "A_E_konrote_sualauvi_2019_12_04", [KONROTE, SUALAUVI], "2019-12-04", caller=KONROTE),
           # "is expected to speak with ... Pohiva Tu'i'onetoa by phone next week" (null)
           call("c4", "A_P_tuilaepa_tuionetoa_2019_12", [TUILAEPA, TUIONETOA], None, status="planned"),
           # posts on Facebook "that claimed Chinese Premier Li Keqiang had telephoned Tuilaepa on Thursday", dismissed
           # ("There was no such call"): denied, claimed caller Li Keqiang, the claimed day Dec 5
           call("c5", "A_D_likeqiang_tuilaepa_2019_12_05", [LIKEQIANG, TUILAEPA], "2019-12-05", status="denied",
                caller=LIKEQIANG)],
    # Facebook carried the denied claim through unnamed posts (not required, see README); the Chinese Embassy's letter;
    # "Opposition MPs have called for"; the share bar is page furniture
    rb=[rb("c1", "RNZ Pacific", True), rb("c2", "Twitter", True), rb("c5", "Facebook", False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind55, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with plausible invented calls. Hand annotation in the "
        "format of seeds-gold.json. Calls are voice or video calls only (not in-person meetings, letters or messages). "
        "'required' items are stated plainly in the text and count for recall; required=false items are accepted but "
        "not demanded. 'event' ties mentions of the same real-world call across articles; a planned call and the call "
        "that later took place are different events (one status per event). Dates are resolved against the publication "
        "date, or the dateline where the text anchors to it (4921, 4924, 4925), or the day the text anchors to (4922: "
        "the night of the shooting, the morning after it). See README.md."),
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
