#!/usr/bin/env python3
"""Build ../gold.json (blind52, part B) from the hand annotation below and the registry of names.

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
NAU, NAW, RUG, MIC, SIL, LUK, KRI = ("Gitanas Nausėda", "Karol Nawrocki", "Inga Ruginienė", "Kristen Michal",
                                     "Evika Siliņa", "Alexander Lukashenko", "Ulf Kristersson")
KON, KOZ = "Vladislav Kondratovič", "Rihards Kozlovskis"
MAH, TIN, TRUMP, FAYE, TAMIM, BIO = ("John Dramani Mahama", "Bola Ahmed Tinubu", "Donald Trump", "Bassirou Diomaye Faye",
                                     "Tamim bin Hamad Al Thani", "Julius Maada Bio")
ONA, ABL, LAN = "Bayo Onanuga", "Samuel Okudzeto Ablakwa", "Christopher Landau"
CHO, MOT, TAK, LEE, KJU, COOPER, STARMER = ("Cho Hyun", "Toshimitsu Motegi", "Sanae Takaichi", "Lee Jae-myung",
                                            "Kim Jong-un", "Yvette Cooper", "Keir Starmer")

# cross-article events
NAU_NAW = "B_E_nauseda_nawrocki_2025_10_26"   # 4870 (Mon Oct 27 live blog: "on Sunday", "Nausėda rang": caller Nausėda;
                                              # X post quoted two entries later); 4871 (BNS, "VILNIUS, Oct 28": "a
                                              # conversation on Sunday", "Nauseda", no caller)
BALTIC_VIDEO = "B_E_baltic_pms_video_2025_10_28"  # 4871 ("on Tuesday" under the Oct 28 dateline; LTV aired a clip);
                                              # 4872 (ERR, Wed Oct 29: "the day after Lithuania closed its border
                                              # crossings", the closure was on Monday Oct 27). No caller (nobody is
                                              # said to have convened or placed it). Planned in 4870: a separate event.
MAH_TIN = "B_E_mahama_tinubu_2025_11_02"      # 4873 ("Accra, Nov 3 -- ... yesterday placed a telephone call": caller
                                              # Mahama; Facebook); 4874 (Tue Nov 4: "called on Sunday night"); 4875
                                              # (Nov 14, in passing: "On the day after Trump's post", the post was on
                                              # 1 November)
FAYE_TIN = "B_E_faye_tinubu_2025_11_03"       # 4874 ("telephoned on Monday morning": caller Faye); 4875 ("followed a
                                              # day later", after Nov 2)
CHO_MOT = "B_E_cho_motegi_2025_11_27"         # 4876 (Yonhap, Fri Nov 28: "late Thursday", "at the request of the
                                              # Japanese side": caller Motegi); 4877 (Kyodo, "Thursday night", no
                                              # caller); 4878 (Korea Herald Q&A, Mon Dec 1: "last Thursday")

# 4870 Delfi EN, Mon 2025-10-27: live blog, timed entries
A["4870"] = dict(
    ents=[NAU, NAW, KON, KOZ, RUG, MIC, SIL, LUK, "Delfi EN", "X", "Facebook", "Baltic News Service",
          "National Crisis Management Centre", "Lithuania", "Poland", "Belarus", "Latvia", "Estonia"],
    calls=[# 10:40 "spoke by telephone on Sunday with ... Nawrocki ... Nausėda rang his Polish counterpart"
           call("c1", NAU_NAW, [NAU, NAW], "2025-10-26", caller=NAU),
           # 11:25 ministers: "in a phone call on Saturday" (Oct 25; no caller)
           call("c2", "B_E_kondratovic_kozlovskis_2025_10_25", [KON, KOZ], "2025-10-25"),
           # 12:10 "will hold a video call with ... Michal and ... Siliņa on Tuesday" (planned, Oct 28)
           call("c3", "B_P_baltic_pms_video_2025_10_28", [RUG, MIC, SIL], "2025-10-28", status="planned")],
    # 13:05 "The Polish president's office has now posted its own account on X" (a post quoted entries after the
    # call); 15:15 Kozlovskis "told the Baltic News Service that Saturday's conversation" (an interview given to an
    # agency, at the end). "We have nothing to discuss with Lukashenko on the phone" is a negation.
    rb=[rb("c1", "X", True), rb("c2", "Baltic News Service", True)] + self_rows("Delfi EN", "c1", "c2", "c3"))

# 4871 The Baltic Times (BNS), Wed 2025-10-29, dateline "VILNIUS, Oct 28 (BNS) -"
A["4871"] = dict(
    ents=[RUG, SIL, MIC, NAU, NAW, LUK, "Baltic News Service", "The Baltic Times", "Latvian Television",
          "European Commission", "Lithuania", "Latvia", "Estonia", "Belarus", "Poland"],
    calls=[# "held a video call on Tuesday" (the dateline's day, Oct 28), three named
           call("c1", BALTIC_VIDEO, [RUG, SIL, MIC], "2025-10-28"),
           # "a conversation on Sunday between ... Nauseda and ... Nawrocki" (Oct 26; no caller)
           call("c2", NAU_NAW, [NAU, NAW], "2025-10-26")],
    # "Latvian Television (LTV) aired a short clip of the three leaders on screen" (a broadcaster airing footage of
    # the call). BNS is the wire on another site; The Baltic Times is the carrying site.
    rb=[rb("c1", "Latvian Television", True)] + self_rows("Baltic News Service", "c1", "c2")
       + self_rows("The Baltic Times", "c1", "c2"))

# 4872 ERR News, Wed 2025-10-29: telegraphic headline, short brief, no dateline
A["4872"] = dict(
    ents=[MIC, RUG, SIL, KRI, LUK, "Kadri Pärnpuu-Lind", "ERR News", "Facebook", "X", "Police and Border Guard Board",
          "European Commission", "Estonia", "Lithuania", "Latvia", "Sweden", "Russia"],
    calls=[# "a video call with his Lithuanian counterpart ... the day after Lithuania closed its border crossings"
           call("c1", BALTIC_VIDEO, [MIC, RUG, SIL], "2025-10-28"),
           # "discussed the situation by phone with ... Kristersson last week" (no day)
           call("c2", "B_E_michal_kristersson_2025_10", [MIC, KRI], None)],
    # "Michal told ERR News" is the publisher; the Facebook/X line is page furniture.
    rb=self_rows("ERR News", "c1", "c2"))

# 4873 Graphic Online, Mon 2025-11-03: dateline "Accra, Nov 3 -"
A["4873"] = dict(
    ents=[MAH, TIN, TRUMP, "Felix Kwakye Ofosu", ABL, LAN, "Graphic Online", "Facebook", "ECOWAS", "Pentagon",
          "Ghana", "Nigeria", "United States"],
    calls=[# "yesterday placed a telephone call to ... Tinubu" (Nov 2; caller Mahama)
           call("c1", MAH_TIN, [MAH, TIN], "2025-11-02", caller=MAH),
           # ministers: Ablakwa "said he would speak with ... Landau by phone in the course of the week" (planned; no
           # day; no caller)
           call("c2", "B_P_ablakwa_landau_2025_11", [ABL, LAN], None, status="planned")],
    # "In a post on his official Facebook page last night, President Mahama wrote" (quoted paragraphs after the
    # call). The Presidency's statement is an organization's.
    rb=[rb("c1", "Facebook", True)] + self_rows("Graphic Online", "c1", "c2"))

# 4874 Premium Times, Tue 2025-11-04: list of solidarity calls from the Presidency's statement; date only in metadata
A["4874"] = dict(
    ents=[TIN, TRUMP, MAH, FAYE, TAMIM, BIO, ONA, "Mohammed Idris", "Chinedu Okafor-Bassey", "Premium Times",
          "Sahara Reporters", "Channels Television", "X", "News Agency of Nigeria", "African Union", "ECOWAS",
          "Nigeria", "Ghana", "Senegal", "Qatar", "Sierra Leone", "United States"],
    calls=[call("c1", MAH_TIN, [MAH, TIN], "2025-11-02", caller=MAH),        # "called on Sunday night"
           call("c2", FAYE_TIN, [FAYE, TIN], "2025-11-03", caller=FAYE),     # "telephoned on Monday morning"
           call("c3", "B_E_tamim_tinubu_2025_11_03", [TAMIM, TIN], "2025-11-03", caller=TAMIM),  # "called on Monday
                                                                             # evening"
           # "spoke with Mr Tinubu by phone on Tuesday" (Nov 4, the publication day; no caller)
           call("c4", "B_E_bio_tinubu_2025_11_04", [BIO, TIN], "2025-11-04"),
           # "a report by Sahara Reporters that Mr Tinubu had spoken with Mr Trump by telephone on Monday" - "No such
           # conversation has taken place" (denied; no claimed caller)
           call("c5", "B_D_tinubu_trump_2025_11_03", [TIN, TRUMP], "2025-11-03", status="denied")],
    # Sahara Reporters carried the denied claim (required). "in a later post on X, that the Qatari emir had 'offered
    # to help'" (Onanuga's post about the emir's call: required, see Doubtful). Channels Television "carried
    # footage" of a meeting with service chiefs, not of a call; NAN carried Idris's words on diplomatic channels, not
    # a call: Outlet entities with no row.
    rb=[rb("c5", "Sahara Reporters", True), rb("c3", "X", True)]
       + self_rows("Premium Times", "c1", "c2", "c3", "c4", "c5"))

# 4875 The Africa Report, Fri 2025-11-14: feature, calls in passing; title blank in the metadata
A["4875"] = dict(
    ents=[TRUMP, MAH, TIN, FAYE, BIO, "Aminata Diallo-Renner", "The Africa Report", "ECOWAS", "Nigeria", "Niger",
          "Mali", "Burkina Faso", "Senegal", "Ghana", "Sierra Leone", "United States"],
    calls=[# "On the day after Trump's post [1 November], Ghana's John Mahama called Bola Tinubu"
           call("c1", MAH_TIN, [MAH, TIN], "2025-11-02", caller=MAH),
           # "Faye followed a day later" (Nov 3; followed in calling: caller Faye)
           call("c2", FAYE_TIN, [FAYE, TIN], "2025-11-03", caller=FAYE),
           # "he had asked for a telephone conversation with Trump ... but Washington had not responded" (a request
           # not granted: attempted, the requester the caller; not refused outright: required false; no day)
           call("c3", "B_A_bio_trump_2025_11", [BIO, TRUMP], None, status="attempted", caller=BIO, required=False)],
    # "a call his office publicised within hours" and "a senior Senegalese diplomat" name no outlet.
    rb=self_rows("The Africa Report", "c1", "c2", "c3"))

# 4876 Yonhap, Fri 2025-11-28: "SEOUL, Nov. 28 (Yonhap) --"
A["4876"] = dict(
    ents=[CHO, MOT, TAK, LEE, "Marco Rubio", "Yonhap", "APEC", "South Korea", "Japan", "China", "Taiwan",
          "United States"],
    calls=[# "held phone talks with ... Motegi, late Thursday ... at the request of the Japanese side" (Nov 27)
           call("c1", CHO_MOT, [CHO, MOT], "2025-11-27", caller=MOT),
           # "arrangements for a phone conversation between President Lee Jae-myung and Takaichi ... without giving a
           # date" (planned)
           call("c2", "B_P_lee_takaichi_2025_11", [LEE, TAK], None, status="planned")],
    rb=self_rows("Yonhap", "c1", "c2"))

# 4877 Japan Today (Kyodo), Fri 2025-11-28: "TOKYO (Kyodo) -", no date in the dateline
A["4877"] = dict(
    ents=[MOT, CHO, COOPER, TAK, "Mao Ning", "Kyodo", "Japan Today", "X", "Japan", "South Korea", "China",
          "United Kingdom", "Taiwan", "Ukraine"],
    calls=[# "agreed Thursday night ... In the roughly 25-minute phone talks" (Nov 27; no caller here)
           call("c1", CHO_MOT, [MOT, CHO], "2025-11-27"),
           # "in the small hours of Thursday Tokyo time, Motegi held a video conference with ... Cooper, for whom it
           # was still Wednesday evening in London" (UTC Nov 26)
           call("c2", "B_E_motegi_cooper_2025_11_26", [MOT, COOPER], "2025-11-26")],
    # "Motegi wrote on X after the Cooper meeting"; the ministry's readout on its website is an organization's.
    # "not seeking phone talks with Beijing" is a negation.
    rb=[rb("c2", "X", True)] + self_rows("Kyodo", "c1", "c2") + self_rows("Japan Today", "c1", "c2"))

# 4878 The Korea Herald, Mon 2025-12-01: transcript-like Q&A; no outlet credited for any call
A["4878"] = dict(
    ents=["Chung Dong-young", KJU, "Kim Yo-jong", LEE, CHO, MOT, "Park Ji-hoon-Ellis", "The Korea Herald",
          "North Korea", "South Korea", "Japan", "China", "United States"],
    calls=[# "the president offered a telephone conversation with Chairman Kim Jong-un" - Kim Yo-jong: "no interest"
           # (a refused request: attempted, the requester the caller; "In September": no day)
           call("c1", "B_A_lee_kim_jong_un_2025_09", [LEE, KJU], None, status="attempted", caller=LEE),
           # "Cho Hyun spoke with the Japanese foreign minister, Mr. Motegi, last Thursday" (Nov 27)
           call("c2", CHO_MOT, [CHO, MOT], "2025-11-27")],
    rb=[])

# 4879 BusinessDay, Thu 2025-11-06: Downing Street readout reposted, dated in its title "5 November 2025"
A["4879"] = dict(
    ents=[STARMER, TIN, TRUMP, ONA, "BusinessDay", "X", "United Kingdom", "Nigeria", "United States"],
    calls=[# "on Wednesday" / readout "5 November 2025 ... this afternoon"; "Mr Tinubu had placed the call"
           call("c1", "B_E_tinubu_starmer_2025_11_05", [TIN, STARMER], "2025-11-05", caller=TIN)],
    # "Onanuga later confirmed the call in a post on X"; the UK government's website is an organization's; "told
    # BusinessDay" is the publisher.
    rb=[rb("c1", "X", True)] + self_rows("BusinessDay", "c1"))


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind52, part B): 10 articles written for this set (not real published text), "
        "each about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline where the text anchors to it (4871); where local dates differ across "
        "time zones, the UTC date of the call (Motegi-Cooper, 4877). See README.md."),
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
