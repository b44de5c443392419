#!/usr/bin/env python3
"""Build ../gold.json (blind69, part B) from the hand annotation below and the registry of names.

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
NET, SIS, PAE, YUN, ANW = "Benjamin Netanyahu", "Abdel Fattah el-Sissi", "Paetongtarn Shinawatra", "Muhammad Yunus", "Anwar Ibrahim"
MAH, MUI, TOB, WON, KAG = "Min Aung Hlaing", "Mohamed Muizzu", "Tshering Tobgay", "Lawrence Wong", "Paul Kagame"
PEZ, NDA, RUT, SAM, TSH = "Masoud Pezeshkian", "Évariste Ndayishimiye", "William Ruto", "Samia Suluhu Hassan", "Félix Tshisekedi"
MUS, HSM, MUST = "Yoweri Museveni", "Hassan Sheikh Mohamud", "Mohammad Mustafa"
SAAR, MARIS, TOUHID, THANSWE, DHU, BALA = ("Gideon Sa'ar", "Maris Sangiampongsa", "Touhid Hossain", "Than Swe", "D.N. Dhungyel",
                                           "Vivian Balakrishnan")
ARA, HASAN, MUD, ODO = "Abbas Araghchi", "Mohamad Hasan", "Musalia Mudavadi", "Jeje Odongo"

# cross-article events
WON_TOB = "B_E_wong_tobgay_2025_02_11"          # 5212 Kuensel ("yesterday" against "Thimphu, February 12", published Feb 13;
                                                # "received a telephone call from"; BBS aired footage), 5213 ST ("on Tuesday
                                                # (Feb 11)", no caller; Facebook), 5219 Nikkei Asia feature ("rang ... in
                                                # February", null; Kuensel credited)
ANW_PEZ = "B_E_anwar_pezeshkian_2025_06_15"     # 5214 Tehran Times ("Late on Sunday night, at about 11:40 p.m. Tehran time";
                                                # Telegram), 5215 Malay Mail/Bernama ("in the early hours of today", "about 4am
                                                # Malaysian time" on June 16 = 20:10 UTC June 15; Facebook, IRNA)
RUT_NDA = "B_E_ruto_ndayishimiye_2025_02_17"    # 5216 IWACU ("yesterday", no dateline: the date from the metadata only;
                                                # X), 5217 Nation ("the day after the African Union summit in Addis Ababa
                                                # closed" = Mon Feb 17; published Thu Feb 20)

# 5210 The Times of Israel live blog, Thu 2025-01-30 (Israel time stamps, newest first)
A["5210"] = dict(
    ents=[NET, SIS, PAE, SAAR, MARIS, "Jirayu Houngsub", "Yahya Sinwar", "Noa Ben-Harush", "The Times of Israel", "Kan",
          "Thai PBS", "X", "Prime Minister's Office", "Hamas", "Red Cross", "Thai Foreign Ministry", "Israel", "Thailand",
          "Egypt"],
    calls=[# 21:47 Kan: Netanyahu "spoke by phone with" Sissi "on Thursday afternoon"; the PMO denies (no caller)
           call("c1", "B_D_netanyahu_sissi_2025_01_30", [NET, SIS], "2025-01-30", status="denied"),
           # 17:05 Paetongtarn "tried to telephone Netanyahu this afternoon ... the call was not put through"
           call("c2", "B_A_paetongtarn_netanyahu_2025_01_30", [PAE, NET], "2025-01-30", status="attempted", caller=PAE),
           # 12:30 Sa'ar "says he phoned" Maris "this morning" (ministers)
           call("c3", "B_E_saar_maris_2025_01_30", [SAAR, MARIS], "2025-01-30", caller=SAAR)],
    # c1: Kan carried the (denied) report; c2: the spokesman "told Thai PBS"; c3: Sa'ar's post on X an hour later.
    rb=[rb("c1", "Kan", True), rb("c2", "Thai PBS", True), rb("c3", "X", True)])

# 5211 Prothom Alo English, Wed 2024-10-09: transcript-like Q&A with the foreign adviser
A["5211"] = dict(
    ents=[YUN, ANW, MAH, MUI, TOUHID, THANSWE, "Tanvir Ahsan Rafi", "Prothom Alo", "The Irrawaddy", "ASEAN",
          "National Unity Government", "Malaysia", "Myanmar", "Maldives", "Bangladesh"],
    calls=[# "The chief adviser received a call from Prime Minister Anwar Ibrahim on Sunday" (Oct 6)
           call("c1", "B_E_anwar_yunus_2024_10_06", [ANW, YUN], "2024-10-06", caller=ANW),
           # "I called U Than Swe ... last week" (ministers; no day)
           call("c2", "B_E_touhid_thanswe_2024_10", [TOUHID, THANSWE], None, caller=TOUHID),
           # The Irrawaddy's report of a Yunus-Min Aung Hlaing call: "That conversation never happened" (no caller, no day)
           call("c3", "B_D_yunus_minaunghlaing_2024_10", [YUN, MAH], None, status="denied"),
           # "will hold a video call with President Muizzu next week" (planned, no day)
           call("c4", "B_P_yunus_muizzu_video_2024_10", [YUN, MUI], None, status="planned")],
    # the interview was given to the publisher itself: not required.
    rb=[rb("c3", "The Irrawaddy", True)] + self_rows("Prothom Alo", "c1", "c2"))

# 5212 Kuensel, Thu 2025-02-13, "Thimphu, February 12"; the Cabinet Secretariat press release reposted
A["5212"] = dict(
    ents=[TOB, WON, DHU, BALA, PAE, "Kuensel", "Bhutan Broadcasting Service", "Cabinet Secretariat",
          "Ministry of Foreign Affairs and External Trade", "Singapore Cooperation Programme", "Prime Minister's Office",
          "Bhutan", "Singapore", "Thailand"],
    calls=[call("c1", WON_TOB, [WON, TOB], "2025-02-11", caller=WON),
           # "a conversation on Monday between" Dhungyel and Balakrishnan, "who spoke by telephone" (Feb 10; ministers)
           call("c2", "B_E_dhungyel_balakrishnan_2025_02_10", [DHU, BALA], "2025-02-10"),
           # "is also scheduled to speak with ... Paetongtarn ... by telephone on Friday" (planned, Feb 14)
           call("c3", "B_P_tobgay_paetongtarn_2025_02_14", [TOB, PAE], "2025-02-14", status="planned")],
    rb=[rb("c1", "Bhutan Broadcasting Service", True)] + self_rows("Kuensel", "c1"))

# 5213 The Straits Times, Wed 2025-02-12
A["5213"] = dict(
    ents=[WON, TOB, KAG, "Lim Wei Ting", "The Straits Times", "Facebook", "The New Times", "Ministry of Foreign Affairs",
          "People's Action Party", "Singapore Cooperation Programme", "M23", "Singapore", "Bhutan", "Rwanda",
          "Democratic Republic of Congo"],
    calls=[# "spoke to ... Tobgay on Tuesday (Feb 11)" (no caller in this telling)
           call("c1", WON_TOB, [WON, TOB], "2025-02-11"),
           # "held a video call with Rwandan President Paul Kagame on Monday (Feb 10)"
           call("c2", "B_E_wong_kagame_video_2025_02_10", [WON, KAG], "2025-02-10")],
    rb=[rb("c1", "Facebook", True), rb("c2", "The New Times", True)] + self_rows("The Straits Times", "c1"))

# 5214 Tehran Times, Mon 2025-06-16: round-up of Sunday's calls
A["5214"] = dict(
    ents=[PEZ, ANW, YUN, ARA, MARIS, "Fatemeh Mohajerani", "Tehran Times", "IRNA", "Telegram",
          "Organisation of Islamic Cooperation", "United Nations", "Iran", "Malaysia", "Bangladesh", "Thailand", "Israel",
          "Armenia", "Türkiye"],
    calls=[# "Late on Sunday night, at about 11:40 p.m. Tehran time, the President received a telephone call from" Anwar
           call("c1", ANW_PEZ, [ANW, PEZ], "2025-06-15", caller=ANW),
           # "Earlier on Sunday, Pezeshkian also held a telephone conversation with" Yunus (no caller)
           call("c2", "B_E_pezeshkian_yunus_2025_06_15", [PEZ, YUN], "2025-06-15"),
           # "Araghchi telephoned his Thai counterpart" on Sunday (ministers)
           call("c3", "B_E_araghchi_maris_2025_06_15", [ARA, MARIS], "2025-06-15", caller=ARA)],
    # c1: "according to an account published on the presidency's Telegram channel"; c3: "IRNA reported". The closing
    # "Tehran Times / IRNA" credit is a wire credit: not required for c1/c2.
    rb=[rb("c1", "Telegram", True), rb("c3", "IRNA", True), rb("c1", "IRNA", False), rb("c2", "IRNA", False)])

# 5215 Malay Mail (Bernama), Mon 2025-06-16, "PUTRAJAYA, June 16 —"
A["5215"] = dict(
    ents=[ANW, PEZ, HASAN, ARA, "Malay Mail", "Bernama", "Facebook", "IRNA", "Wisma Putra", "Prime Minister's Office",
          "Organisation of Islamic Cooperation", "ASEAN", "Malaysia", "Iran", "Israel"],
    calls=[# "spoke by telephone with ... Pezeshkian in the early hours of today", "at about 4am Malaysian time"; "I called"
           call("c1", ANW_PEZ, [ANW, PEZ], "2025-06-15", caller=ANW),
           # "after he was unable to reach the Iranian leader the previous evening" (not said to be a call attempt)
           call("c2", "B_A_anwar_pezeshkian_2025_06_15", [ANW, PEZ], "2025-06-15", status="attempted", caller=ANW,
                required=False),
           # Mohamad Hasan "had tried several times on Saturday to reach ... Araghchi by telephone, but the calls could
           # not be connected" (attempted, June 14)
           call("c3", "B_A_hasan_araghchi_2025_06_14", [HASAN, ARA], "2025-06-14", status="attempted", caller=HASAN)],
    # c1: "In a post on his Facebook page"; "IRNA had earlier carried an account of the call". "— Bernama": wire credit.
    rb=[rb("c1", "Facebook", True), rb("c1", "IRNA", True)] + self_rows("Bernama", "c1"))

# 5216 IWACU English, Tue 2025-02-18: no dateline, "yesterday" (the date in the metadata only)
A["5216"] = dict(
    ents=[NDA, RUT, SAM, "Armel Niyonkuru", "IWACU", "X", "East African Community", "M23", "SADC",
          "Presidency of the Republic", "United Nations", "UNHCR", "FDLR", "CNL", "Ministry of Foreign Affairs",
          "Burundi", "Kenya", "Tanzania", "Democratic Republic of Congo", "Rwanda"],
    calls=[call("c1", RUT_NDA, [RUT, NDA], "2025-02-17", caller=RUT),
           # "is also due to speak by telephone with ... Samia Suluhu Hassan, on Thursday" (planned, Feb 20)
           call("c2", "B_P_ndayishimiye_samia_2025_02_20", [NDA, SAM], "2025-02-20", status="planned")],
    # c1: "The Presidency's account on X published a photograph of the Head of State on the telephone".
    rb=[rb("c1", "X", True)])

# 5217 Nation (Kenya), Thu 2025-02-20: telegraphic headline
A["5217"] = dict(
    ents=[RUT, NDA, TSH, "Raila Odinga", "Mahmoud Ali Youssouf", MUD, ODO, "Otieno Mugambi", "Wanjiru Kamau-Ochieng",
          "Faith Chebet", "Nation", "State House", "East African Community", "African Union", "African Union Commission",
          "M23", "SADC", "University of Nairobi", "Kenya", "Burundi", "Uganda", "Democratic Republic of Congo", "Djibouti"],
    calls=[# "placed a call to Burundi's Evariste Ndayishimiye the day after the African Union summit in Addis Ababa closed"
           call("c1", RUT_NDA, [RUT, NDA], "2025-02-17", caller=RUT),
           # Mudavadi "spoke by phone with his Ugandan counterpart, Gen Jeje Odongo, last week" (ministers, no day)
           call("c2", "B_E_mudavadi_odongo_2025_02", [MUD, ODO], None),
           # "The President is also expected to call Congolese President Félix Tshisekedi ... No date has been set."
           call("c3", "B_P_ruto_tshisekedi_2025_02", [RUT, TSH], None, status="planned", caller=RUT)],
    # "a senior official at State House who spoke to the Nation": the publisher itself, not required.
    rb=self_rows("Nation", "c1"))

# 5218 New Vision, Mon 2026-01-19: list of congratulation calls
A["5218"] = dict(
    ents=[MUS, RUT, SAM, NDA, HSM, KAG, "Robert Kyagulanyi Ssentamu", "Robinah Nabbanja", "Patience Akello Nankya",
          "New Vision", "NTV Uganda", "X", "Electoral Commission", "State House", "National Unity Platform", "Uganda",
          "Kenya", "Tanzania", "Burundi", "Somalia", "Rwanda"],
    calls=[# "Ruto was the first to call, on the night the commission announced the results" (declared "on Saturday", Jan 17)
           call("c1", "B_E_ruto_museveni_2026_01_17", [RUT, MUS], "2026-01-17", caller=RUT),
           # "On Sunday, ... Samia Suluhu Hassan telephoned Museveni" (Jan 18)
           call("c2", "B_E_samia_museveni_2026_01_18", [SAM, MUS], "2026-01-18", caller=SAM),
           # "Ndayishimiye also telephoned on Sunday" (Jan 18)
           call("c3", "B_E_ndayishimiye_museveni_2026_01_18", [NDA, MUS], "2026-01-18", caller=NDA),
           # Hassan Sheikh Mohamud "also spoke with Museveni ... The official did not say when" (not said to be a call)
           call("c4", "B_E_hassansheikh_museveni_2026_01", [HSM, MUS], None, required=False)],
    # c1: "NTV Uganda carried footage of the President taking the call"; c2: "In a post on X later that evening".
    # Kagame "had not called" is a negation, not annotated.
    rb=[rb("c1", "NTV Uganda", True), rb("c2", "X", True)])

# 5219 Nikkei Asia feature, Mon 2025-03-10 (outlet blank in the metadata); calls in passing
A["5219"] = dict(
    ents=[WON, TOB, BALA, MUST, "Lee Kuan Yew", "Kenji Arakawa-Loh", "Nurul Ashikin Rahmat", "Kuensel",
          "Ministry of Foreign Affairs", "Palestinian Authority", "Singapore", "Bhutan", "India", "Rwanda", "Palestine"],
    calls=[# "When Lawrence Wong rang Dasho Tshering Tobgay in February" (no day: null)
           call("c1", WON_TOB, [WON, TOB], None, caller=WON),
           # "In January, Foreign Minister Vivian Balakrishnan held a video call with ... Mohammad Mustafa" (null)
           call("c2", "B_E_balakrishnan_mustafa_video_2025_01", [BALA, MUST], None)],
    # c1: "the call, which Bhutan's national newspaper Kuensel reported in detail".
    rb=[rb("c1", "Kuensel", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind69, part B): 10 articles written for this set (not real published text), "
        "each about real heads of state or government and ministers, with plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only. 'required' items are "
        "stated plainly in the text and count for recall; required=false items are accepted but not demanded. 'event' "
        "ties mentions of the same real-world call across articles; planned, attempted and denied calls are events of "
        "their own (one status per event). Dates are resolved against the publication date, or the dateline where the "
        "text anchors to it (5212 'yesterday'), or an event the text names (5217 'the day after the African Union "
        "summit', 5218 'the night the commission announced the results'); where local dates differ across time zones "
        "(5214/5215) the event date is the UTC date of the call. See README.md."),
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
