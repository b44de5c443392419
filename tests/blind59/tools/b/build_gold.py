#!/usr/bin/env python3
"""Build ../gold.json (blind59, part B) from the hand annotation below and the registry of names.

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
LEE, SAM, WWZ, MENG = "John Lee", "Sam Hou Fai", "Wang Weizhong", "Meng Fanli"
MOS, HEG, DAN, RUT, BOL, ZHE, TOI = ("Ionuț Moșteanu", "Pete Hegseth", "Nicușor Dan", "Mark Rutte", "Ilie Bolojan",
                                     "Rosen Zhelyazkov", "Oana Țoiu")
ZAP, GEO, RAD = "Atanas Zapryanov", "Georg Georgiev", "Rumen Radev"
HE, BES, GRE, TRU, XI = "He Lifeng", "Scott Bessent", "Jamieson Greer", "Donald Trump", "Xi Jinping"
MAR, COL, FAR, WWT, ALB = "Richard Marles", "Judith Collins", "Don Farrell", "Wang Wentao", "Anthony Albanese"
CAR, LIQ, ANA, WYI = "Mark Carney", "Li Qiang", "Anita Anand", "Wang Yi"
KING, BUR = "Madeleine King", "Doug Burgum"

# cross-article events
SAM_LEE = "B_E_sam_lee_2025_11_27"              # 5010 ("rang on Thursday morning"; TVB aired footage), 5011 ("yesterday
                                                # telephoned", date only in the metadata; "Sam placed the call"; TDM)
ZHE_BOL = "B_E_zhelyazkov_bolojan_2025_09_14"   # 5012 (Agerpres, "received a phone call on Sunday from"; "BTA reported"),
                                                # 5013 (BTA, "yesterday telephoned" under the 15 September dateline; bTV)
HE_BES = "B_E_he_bessent_greer_2025_10_18"      # 5014 (Xinhua, "on Saturday morning", 3 named), 5015 (CNBC, "about
                                                # 9 p.m. Friday in Washington, or Saturday morning in Beijing", 2 named;
                                                # Xinhua and X), 5018 (AFR, "on Saturday, Beijing time", in passing)
FAR_WWT = "B_E_farrell_wangwentao_2025_10_20"   # 5016 ("yesterday afternoon" in a Tuesday 21 Oct blog entry), 5018
                                                # ("on Monday"; Bloomberg "learned of the call")
CAR_LI = "B_E_carney_liqiang_2025_06_05"        # 5017 (Q&A, "on Thursday", no caller; La Presse), 5019 (readout "Today";
                                                # CCTV: "at the request of the Canadian side": caller Carney)
ANA_WYI_P = "B_P_anand_wangyi_2025_06"          # planned: 5017 ("aiming for a call early next week"), 5019 ("is expected
                                                # to speak with Foreign Minister Wang Yi in the coming weeks")

# 5010 The Standard, Fri 2025-11-28: list of condolence calls after the Tai Po fire (Wed 26 Nov)
A["5010"] = dict(
    ents=[LEE, WWZ, SAM, MENG, "Eric Chan", "Winnie Tsang Hiu-yan", "The Standard", "TVB News", "WeChat",
          "Legislative Council", "Social Welfare Department", "Hong Kong", "Macau"],
    calls=[# "Guangdong Governor Wang Weizhong, who telephoned Lee on the night the fire broke out" (fire: "on Wednesday
           # afternoon" = 26 Nov)
           call("c1", "B_E_wangweizhong_lee_2025_11_26", [WWZ, LEE], "2025-11-26", caller=WWZ),
           # "Macau Chief Executive Sam Hou Fai rang on Thursday morning"
           call("c2", SAM_LEE, [SAM, LEE], "2025-11-27", caller=SAM),
           # "Later on Thursday, Lee and Shenzhen Party Secretary Meng Fanli spoke by phone" (no caller)
           call("c3", "B_E_meng_lee_2025_11_27", [MENG, LEE], "2025-11-27")],
    # "A post on the Guangdong provincial government's official WeChat account said Wang had offered" (c1); "TVB News
    # aired footage of Lee taking the call" (c2); c3 only "a government source said". "called on the public", the
    # police hotline, the 3,000 calls to the welfare line and the share bar are not calls or credits.
    rb=[rb("c1", "WeChat", True), rb("c2", "TVB News", True)])

# 5011 Macau Daily Times, Fri 2025-11-28: short brief, no dateline ("yesterday": the date only in the metadata); URL blank
A["5011"] = dict(
    ents=[SAM, LEE, "Macau Daily Times", "TDM", "Legislative Assembly", "Macao Red Cross", "Social Welfare Bureau",
          "Fire Services Bureau", "Hong Kong", "Macau"],
    calls=[# "Sam Hou-fai yesterday telephoned his Hong Kong counterpart, John Lee Ka-chiu"; "Sam placed the call"
           call("c1", SAM_LEE, [SAM, LEE], "2025-11-27", caller=SAM)],
    # "The statement, which public broadcaster TDM carried in full on its evening news bulletin" (c1). "told MDT" is the
    # publisher and concerns residents' calls to relatives, not the leaders' call; "call the Social Welfare Bureau" and
    # "Sam called on the community" are not calls.
    rb=[rb("c1", "TDM", True)])

# 5012 Agerpres, "Bucharest, Sept 14 /AGERPRES/ -", Sun 2025-09-14: round-up of calls after the drone incursion (Sat 13)
A["5012"] = dict(
    ents=[MOS, HEG, DAN, RUT, BOL, ZHE, TOI, "Cristina Mărgărit", "Sorin Ionescu", "Andreea Dobre", "Radu Petrache",
          "Agerpres", "BTA", "X", "Ministry of National Defence", "Presidential Administration", "NATO", "Romania",
          "United States", "Bulgaria", "Ukraine", "Poland", "Russia"],
    calls=[# "had a telephone conversation on Saturday night with US Secretary of War Pete Hegseth"; "at the request of the
           # Romanian side"; "shortly before midnight, Bucharest time" (about 21:00 UTC, still Saturday)
           call("c1", "B_E_mosteanu_hegseth_2025_09_13", [MOS, HEG], "2025-09-13", caller=MOS),
           # "On Sunday morning, President Nicușor Dan spoke by phone with NATO Secretary General Mark Rutte"
           call("c2", "B_E_dan_rutte_2025_09_14", [DAN, RUT], "2025-09-14"),
           # "Bolojan received a phone call on Sunday from his Bulgarian counterpart, Rosen Zhelyazkov"
           call("c3", ZHE_BOL, [ZHE, BOL], "2025-09-14", caller=ZHE)],
    # Dan's "message posted on X", quoted four paragraphs after the call and about it ("returned to his talk with the
    # NATO chief") (c2); "BTA reported, citing the government press service in Sofia" (c3). Agerpres is the publisher.
    # Țoiu "called the incursion", RO-ALERT messages and Article 4 consultations are not calls.
    rb=[rb("c2", "X", True), rb("c3", "BTA", True)])

# 5013 BTA, "Sofia, September 15 (BTA) -", Mon 2025-09-15; telegraphic headline
A["5013"] = dict(
    ents=[ZHE, BOL, ZAP, MOS, GEO, TOI, RAD, DAN, "BTA", "bTV", "24 Chasa", "Government Information Service",
          "Presidency", "NATO", "Bulgaria", "Romania", "Turkiye"],
    calls=[# "Zhelyazkov yesterday telephoned his Romanian counterpart, Ilie Bolojan" (the day before the 15 Sept dateline)
           call("c1", ZHE_BOL, [ZHE, BOL], "2025-09-14", caller=ZHE),
           # "Zapryanov spoke by phone earlier on Monday with Romania's National Defence Minister Ionut Mosteanu"
           call("c2", "B_E_zapryanov_mosteanu_2025_09_15", [ZAP, MOS], "2025-09-15"),
           # "Georgiev will hold a telephone conversation with Romanian Foreign Minister Oana Toiu on Tuesday"
           call("c3", "B_P_georgiev_toiu_2025_09_16", [GEO, TOI], "2025-09-16", status="planned"),
           # "the Presidency denied a report by the daily 24 Chasa that President Rumen Radev had phoned Romanian
           # President Nicusor Dan on Saturday night" (the claimed caller: Radev)
           call("c4", "B_D_radev_dan_2025_09_13", [RAD, DAN], "2025-09-13", status="denied", caller=RAD)],
    # "In an interview aired by bTV on Sunday evening, Zhelyazkov said he had called Bolojan" (c1, an interview given to a
    # named outlet); 24 Chasa carried the denied claim (c4). BTA is the publisher. Radev "called for a calm and sober
    # assessment" is not a call.
    rb=[rb("c1", "bTV", True), rb("c4", "24 Chasa", True)])

# 5014 Xinhua on China Daily, "BEIJING, Oct. 18 (Xinhua) --", Sat 2025-10-18: video call of three
A["5014"] = dict(
    ents=[HE, BES, GRE, "Gao Yuncheng", "Liu Mengqi", "Xinhua", "Communist Party of China", "Ministry of Commerce",
          "Chinese Academy of International Trade and Economic Cooperation", "China"],
    calls=[# "He Lifeng ... held a video call on Saturday morning with U.S. Treasury Secretary Scott Bessent and U.S. Trade
           # Representative Jamieson Greer" (no caller: "held ... with")
           call("c1", HE_BES, [HE, BES, GRE], "2025-10-18")],
    # No outlet credited besides the wire itself (the publisher of the copy; China Daily carries it). "phone
    # conversations" of "the two heads of state" are unnamed and undated: not annotated.
    rb=[])

# 5015 CNBC, Sat 2025-10-18
A["5015"] = dict(
    ents=[BES, HE, TRU, XI, "Marisa Delgado-Finch", "CNBC", "Xinhua", "X", "White House",
          "Asia-Pacific Economic Cooperation", "China", "United States", "South Korea", "Malaysia"],
    calls=[# "held a video call with Chinese Vice Premier He Lifeng that began at about 9 p.m. Friday in Washington, or
           # Saturday morning in Beijing": 01:00 UTC on Saturday 18 October (blind-set convention: the UTC date)
           call("c1", HE_BES, [BES, HE], "2025-10-18"),
           # "he expected to speak with Xi by phone before the two leaders meet" (no day; no caller stated)
           call("c2", "B_P_trump_xi_2025_10", [TRU, XI], None, status="planned")],
    # "China's state news agency Xinhua said the conversation had been 'candid...'" (c1); "In a post on X shortly after
    # midnight, Bessent said" (c1). CNBC is the publisher. "Trump called that level of tariff unsustainable" is not a call.
    rb=[rb("c1", "Xinhua", True), rb("c1", "X", True)])

# 5016 Guardian Australia live blog, Tue 2025-10-21 (AEDT entries, newest first)
A["5016"] = dict(
    ents=[MAR, COL, FAR, WWT, "Sussan Ley", "Larissa Waters", ALB, TRU, "Guardian Australia", "AAP", "ABC Radio",
          "White House", "New Zealand", "China", "Australia", "United States"],
    calls=[# 10.52 "Marles, spoke by phone with New Zealand's defence minister, Judith Collins, this morning"
           call("c1", "B_E_marles_collins_2025_10_21", [MAR, COL], "2025-10-21"),
           # 9.31 "Farrell, held a video call with China's commerce minister, Wang Wentao, yesterday afternoon"
           call("c2", FAR_WWT, [FAR, WWT], "2025-10-20"),
           # 6.40 "Albanese called his deputy from the White House ... at about 2.30pm on Monday Washington time, or 5.30am
           # on Tuesday in Canberra": 18:30 UTC on Monday 20 October (the UTC date; see README, doubtful case 1)
           call("c3", "B_E_albanese_marles_2025_10_20", [ALB, MAR], "2025-10-20", caller=ALB)],
    # "A spokesperson for Marles said in a statement to AAP" (c1); "Marles told ABC Radio that the prime minister had
    # 'sounded very pleased'" (c3, an interview given to a named outlet); "his office has confirmed to Guardian
    # Australia" (c2): the publisher, not required. The in-person White House meeting, "called the minerals framework",
    # "called the agreement", "called for a parliamentary inquiry" are not calls.
    rb=[rb("c1", "AAP", True), rb("c3", "ABC Radio", True), rb("c2", "Guardian Australia", False)])

# 5017 CBC News, Sat 2025-06-07: transcript-like Q&A with Anand (The House)
A["5017"] = dict(
    ents=[ANA, CAR, LIQ, WYI, "CBC News", "La Presse", "G7", "Canada", "China"],
    calls=[# "Prime Minister Mark Carney spoke with Premier Li Qiang on Thursday" (no caller here)
           call("c1", CAR_LI, [CAR, LIQ], "2025-06-05"),
           # "I tried to reach Minister Wang Yi myself on Wednesday ... and we could not connect"
           call("c2", "B_A_anand_wangyi_2025_06_04", [ANA, WYI], "2025-06-04", status="attempted", caller=ANA),
           # "We are now aiming for a call early next week" (no day fixed)
           call("c3", ANA_WYI_P, [ANA, WYI], None, status="planned")],
    # "You told La Presse on Thursday evening that the call was 'the beginning of a process'" (c1: an interview given to
    # a named outlet about the call). CBC is the publisher. "Critics call this engagement naive"
    # are not calls.
    rb=[rb("c1", "La Presse", True)])

# 5018 The Australian Financial Review, Wed 2025-10-22: analysis feature, calls in passing; title blank in metadata
A["5018"] = dict(
    ents=[ALB, TRU, BES, HE, FAR, WWT, KING, BUR, "Oliver Brandt-Hayes", "Bloomberg",
          "The Australian Financial Review", "Lynas Rare Earths", "White House", "China", "Australia", "United States"],
    calls=[# "When Scott Bessent and He Lifeng spoke by video link on Saturday, Beijing time" (18 Oct; Greer not named)
           call("c1", HE_BES, [BES, HE], "2025-10-18"),
           # "Farrell, held a video call with China's commerce minister, Wang Wentao, on Monday"
           call("c2", FAR_WWT, [FAR, WWT], "2025-10-20"),
           # "Madeleine King has also spoken with US Interior Secretary Doug Burgum ... though neither side has said when"
           # (no phone or video stated): not required
           call("c3", "B_E_king_burgum_2025_10", [KING, BUR], None, required=False)],
    # "Bloomberg, which learned of the call from two officials, reported" (c2). "told The Australian Financial Review"
    # is the publisher and not about a call. "called the controls 'a wake-up call'" is not a call.
    rb=[rb("c2", "Bloomberg", True)])

# 5019 CTV News (not named in the text), Thu 2025-06-05: the PMO readout reposted
A["5019"] = dict(
    ents=[CAR, LIQ, ANA, WYI, TRU, "Michael Chong", "CCTV", "Prime Minister's Office", "Canola Council of Canada",
          "Canada", "China", "United States"],
    calls=[# "held a phone call with Chinese Premier Li Qiang on Thursday"; readout "Today"; CCTV: "held at the request
           # of the Canadian side" (caller Carney)
           call("c1", CAR_LI, [CAR, LIQ], "2025-06-05", caller=CAR),
           # "Anand is expected to speak with Foreign Minister Wang Yi in the coming weeks"
           call("c2", ANA_WYI_P, [ANA, WYI], None, status="planned")],
    # "China's state broadcaster CCTV carried a shorter account of the conversation" (c1). The Prime Minister's Office
    # is an organization. "Chong called the readout" is not a call.
    rb=[rb("c1", "CCTV", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind59, part B): 10 articles written for this set (not real published text), "
        "each about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, telegrams or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; planned, attempted and denied calls are events "
        "of their own (one status per event). Dates are resolved against the publication date, or the dateline "
        "where the text anchors to it (5013 'yesterday' under the 15 September dateline); where local dates "
        "differ across time zones, the UTC date of the call (Bessent-He Lifeng, 5015; Albanese-Marles, 5016). "
        "See README.md."),
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
