#!/usr/bin/env python3
"""Build ../gold.json (blind62, part B) from the hand annotation below and the registry of names.

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
PEL, ORB, PAV, FIA = "Peter Pellegrini", "Viktor Orbán", "Petr Pavel", "Petr Fiala"
SIS, SAI, MEN, DBE, HAC = "Abdel Fattah el-Sisi", "Kais Saied", "Mohamed al-Menfi", "Abdul Hamid Dbeibah", "Ahmed Hachani"
TOL, HMN, HSN = "Tô Lâm", "Hun Manet", "Hun Sen"
MOD, TOB, YUN, OLI, JAI, DHU = ("Narendra Modi", "Tshering Tobgay", "Muhammad Yunus", "KP Sharma Oli", "S. Jaishankar",
                                "D.N. Dhungyel")

# cross-article events
ORB_PEL = "B_E_orban_pellegrini_2024_04_06"      # 5070 (23:50 entry, "phoned him a few minutes ago"), 5071 ("on the
                                                 # night of the vote ... to reach him by telephone"), 5072 ("phoned the
                                                 # Slovak president-elect on the night of the April 6 run-off"; Kossuth Rádió)
PAV_PEL = "B_E_pavel_pellegrini_2024_04_07"      # 5070 (Sunday 09:20 entry "this morning"; TASR), 5071 ("on Sunday
                                                 # morning"; X, TA3), 5072 ("had spoken only with", not required, null)
FIA_PEL = "B_E_fiala_pellegrini_2024_04_07"      # 5071 ("by telephone in the afternoon"; ČTK), 5072 (not required, null)
SIS_SAI = "B_E_sisi_saied_2024_06_16"            # 5073 ("on Sunday phoned"; Facebook), 5074 ("received yesterday a phone
                                                 # call from" under "TUNIS, June 17", published June 18; Facebook)
SIS_MEN = "B_E_sisi_menfi_2024_06_16"            # 5073 ("on Sunday phoned"; Facebook), 5075 ("by phone on the first day
                                                 # of Eid al-Adha", no caller)
HMN_TOL = "B_E_hunmanet_tolam_2024_08_05"        # 5076 ("On the afternoon of August 5, at the proposal of the Cambodian
                                                 # side"), 5077 ("yesterday afternoon", no caller; Telegram, Fresh News)
HSN_TOL = "B_E_hunsen_tolam_2024_08_04"          # 5076 ("On August 4, Tô Lâm received a phone call from"), 5077 ("spoke
                                                 # with To Lam by telephone on Sunday", no caller)
VOGS = "B_E_voice_of_global_south_2024_08_17"    # 5078 (4 named; DD News "carried live"), 5079 (2 named, "yesterday",
                                                 # no dateline)
JAI_DHU = "B_P_jaishankar_dhungyel_2024_08_19"   # 5078 ("will speak ... by phone on Monday"), 5079 ("tomorrow")

# 5070 The Slovak Spectator live blog, Sun 2024-04-07 (day headers, CEST stamps, newest first)
A["5070"] = dict(
    ents=[PEL, PAV, ORB, "Zuzana Čaputová", "Robert Fico", "Ivan Korčok", "Zuzana Hollá-Brennan", "Matúš Kvetko",
          "The Slovak Spectator", "TASR", "Facebook", "Hlas", "Progressive Slovakia", "Statistics Office",
          "Slovakia", "Hungary", "Czech Republic", "Ukraine"],
    calls=[# Sat 22:35 "the former foreign minister said he had telephoned Pellegrini a short while ago" (concession)
           call("c1", "B_E_korcok_pellegrini_2024_04_06", ["Ivan Korčok", PEL], "2024-04-06", caller="Ivan Korčok"),
           # Sat 23:50 "Hungarian Prime Minister Viktor Orbán, who phoned him a few minutes ago"
           call("c2", ORB_PEL, [ORB, PEL], "2024-04-06", caller=ORB),
           # Sun 09:20 "Czech President Petr Pavel called Peter Pellegrini this morning"
           call("c3", PAV_PEL, [PAV, PEL], "2024-04-07", caller=PAV)],
    # c3: "the president-elect's spokesperson told the TASR newswire" (a statement to a named agency). Orbán's Facebook
    # post (00:35) is a written congratulation; its photograph shows a receiver but the post does not speak of the
    # call: not required (see README, doubtful). Čaputová's meeting is in person; "Fico called the result": no call.
    rb=[rb("c3", "TASR", True), rb("c2", "Facebook", False)])

# 5071 Radio Prague International, Sun 2024-04-07
A["5071"] = dict(
    ents=[PAV, PEL, ORB, FIA, "Robert Fico", "Andrzej Duda", "Zuzana Čaputová", "Ivan Korčok", "Andrej Babiš",
          "Daniela Marková-Hughes", "Radio Prague International", "X", "ČTK", "TA3", "European Union", "NATO", "ANO",
          "Hlas", "Visegrad Four", "Slovakia", "Czech Republic", "Hungary", "Poland"],
    calls=[# "President Petr Pavel phoned Slovakia's president-elect Peter Pellegrini on Sunday morning"
           call("c1", PAV_PEL, [PAV, PEL], "2024-04-07", caller=PAV),
           # "congratulated on the night of the vote by ... Viktor Orban, who was the first foreign leader to reach him by
           # telephone" (the vote: "Saturday's run-off")
           call("c2", ORB_PEL, [ORB, PEL], "2024-04-06", caller=ORB),
           # "Fiala ... spoke with Pellegrini by telephone in the afternoon, ČTK reported" (Sunday; no caller)
           call("c3", FIA_PEL, [FIA, PEL], "2024-04-07"),
           # "he would speak with Polish President Andrzej Duda by phone on Monday" (planned, Apr 8; no caller)
           call("c4", "B_P_duda_pellegrini_2024_04_08", ["Andrzej Duda", PEL], "2024-04-08", status="planned")],
    # c1: "The Castle said in a post on X that the two men had spoken"; Pellegrini "in an interview with the TA3 news
    # channel ... described the call from Pavel" (c1) and announced the Duda call (c4). c3: "ČTK reported". Orban's
    # "message on social media" names no platform. Babiš's video: no call.
    rb=[rb("c1", "X", True), rb("c1", "TA3", True), rb("c3", "ČTK", True), rb("c4", "TA3", True)])

# 5072 Hungary Today, Fri 2024-04-12: feature with calls in passing
A["5072"] = dict(
    ents=[PEL, ORB, "Tamás Sulyok", "Péter Szijjártó", "Juraj Blanár", "Andrej Babiš", PAV, FIA,
          "Ádám Varga-Lindqvist", "Hungary Today", "Kossuth Rádió", "Facebook", "Blesk", "Sándor Palace", "NATO",
          "Hungary", "Slovakia", "Czech Republic"],
    calls=[# "Viktor Orbán, who phoned the Slovak president-elect on the night of the April 6 run-off"
           call("c1", ORB_PEL, [ORB, PEL], "2024-04-06", caller=ORB),
           # "on Monday, when President Tamás Sulyok telephoned Pellegrini" (Apr 8)
           call("c2", "B_E_sulyok_pellegrini_2024_04_08", ["Tamás Sulyok", PEL], "2024-04-08", caller="Tamás Sulyok"),
           # "on Wednesday. Péter Szijjártó said ... he had spoken by phone with ... Juraj Blanár" (Apr 10; ministers)
           call("c3", "B_E_szijjarto_blanar_2024_04_10", ["Péter Szijjártó", "Juraj Blanár"], "2024-04-10"),
           # Blesk "reported on Tuesday that ... Andrej Babiš had called Pellegrini on Sunday"; "no such call had taken
           # place" (denied; claimed caller Babiš, claimed day Apr 7)
           call("c4", "B_D_babis_pellegrini_2024_04_07", ["Andrej Babiš", PEL], "2024-04-07", status="denied",
                caller="Andrej Babiš"),
           # "the president-elect had spoken only with Czech President Petr Pavel and Prime Minister Petr Fiala": the
           # text does not say call nor day here: not required, null
           call("c5", PAV_PEL, [PAV, PEL], None, required=False),
           call("c6", FIA_PEL, [FIA, PEL], None, required=False)],
    # c1: "In his regular Friday morning interview on Kossuth Rádió, the prime minister said he had told Pellegrini
    # during that call" (an interview given to a named outlet). c3: "said in a video on his Facebook page". c4: Blesk
    # carried the denied claim. The Sándor Palace statement (c2) is an organization's.
    rb=[rb("c1", "Kossuth Rádió", True), rb("c3", "Facebook", True), rb("c4", "Blesk", True)])

# 5073 Ahram Online, Sun 2024-06-16: round-up of one day's (Eid al-Adha) calls
A["5073"] = dict(
    ents=[SIS, SAI, MEN, "Tamim bin Hamad Al Thani", "Hamad bin Isa Al Khalifa", "Mostafa Madbouly", HAC,
          "Ahmed Fahmy", "Amr Kandil-Osman", "Ahram Online", "Facebook", "Qatar News Agency", "Presidential Council",
          "Egypt", "Tunisia", "Libya", "Qatar", "Bahrain", "United States"],
    calls=[# "El-Sisi on Sunday phoned Tunisian President Kais Saied and ... Mohamed Al-Menfi ... in two separate calls"
           call("c1", SIS_SAI, [SIS, SAI], "2024-06-16", caller=SIS),
           call("c2", SIS_MEN, [SIS, MEN], "2024-06-16", caller=SIS),
           # "El-Sisi also received a phone call on Sunday from Qatar's Emir Sheikh Tamim bin Hamad Al-Thani"
           call("c3", "B_E_tamim_sisi_2024_06_16", ["Tamim bin Hamad Al Thani", SIS], "2024-06-16",
                caller="Tamim bin Hamad Al Thani"),
           # "Later in the day, El-Sisi and Bahrain's King Hamad ... exchanged Eid greetings in a phone call" (no caller)
           call("c4", "B_E_sisi_hamad_2024_06_16", [SIS, "Hamad bin Isa Al Khalifa"], "2024-06-16"),
           # "Madbouly, for his part, spoke by telephone with ... Ahmed Hachani" (no day in the sentence: null)
           call("c5", "B_E_madbouly_hachani_2024_06", ["Mostafa Madbouly", HAC], None)],
    # c1, c2: "Both calls were announced in posts on the spokesman's official Facebook page". c3: "The Qatar News Agency
    # (QNA) also carried an account of the conversation". Fahmy is a person; the cabinet's statement an organization's.
    rb=[rb("c1", "Facebook", True), rb("c2", "Facebook", True), rb("c3", "Qatar News Agency", True)])

# 5074 TAP, "TUNIS, June 17 (TAP) -", published Tue 2024-06-18: the presidency's readout retold
A["5074"] = dict(
    ents=[SAI, SIS, "Abdelmadjid Tebboune", HAC, DBE, "Nabil Ammar", "Tunis Afrique Presse", "Facebook",
          "Presidency of the Republic", "Government of National Unity", "Ministry of Trade", "Tunisia", "Egypt",
          "Algeria", "Libya"],
    calls=[# "received yesterday a phone call from ... al-Sisi": yesterday against the dateline (June 17) = June 16
           call("c1", SIS_SAI, [SIS, SAI], "2024-06-16", caller=SIS),
           # "also held a phone conversation this morning with ... Tebboune" (the dateline's day, June 17; no caller)
           call("c2", "B_E_saied_tebboune_2024_06_17", [SAI, "Abdelmadjid Tebboune"], "2024-06-17"),
           # "Hachani is expected to hold a telephone conversation in the coming days with ... Dbeibah" (planned, null)
           call("c3", "B_P_hachani_dbeibah_2024_06", [HAC, DBE], None, status="planned")],
    # c1: "a statement posted by the Presidency of the Republic on its official Facebook page". TAP is the publisher
    # (dateline and sign-off). "A government source told TAP" concerns the crossing, not a call.
    rb=[rb("c1", "Facebook", True), rb("c1", "Tunis Afrique Presse", False), rb("c2", "Tunis Afrique Presse", False)])

# 5075 The Libya Observer, Mon 2024-07-01
A["5075"] = dict(
    ents=[DBE, HAC, SAI, MEN, SIS, "Imad Trabelsi", "Khaled Nouri", "Hamza al-Turki-Benson", "The Libya Observer",
          "Al-Wasat", "Government of National Unity", "Presidential Council", "Carthage Palace", "Libya", "Tunisia",
          "Egypt"],
    calls=[# "Trabelsi had discussed the final arrangements by phone last week with ... Khaled Nouri" (ministers, null)
           call("c1", "B_E_trabelsi_nouri_2024_06", ["Imad Trabelsi", "Khaled Nouri"], None),
           # "Dbeibah said he spoke by telephone on Saturday with ... Ahmed Hachani" (June 29; no caller)
           call("c2", "B_E_dbeibah_hachani_2024_06_29", [DBE, HAC], "2024-06-29"),
           # Al-Wasat: "Dbeibah tried twice on Friday to reach President Kais Saied by telephone ... the calls were not
           # put through" (attempted, June 28)
           call("c3", "B_A_dbeibah_saied_2024_06_28", [DBE, SAI], "2024-06-28", status="attempted", caller=DBE),
           # "Al-Menfi, who exchanged Eid greetings with ... El Sisi by phone on the first day of Eid al-Adha" (June 16,
           # a day told by an event; no caller)
           call("c4", SIS_MEN, [SIS, MEN], "2024-06-16")],
    # c3: "Al-Wasat reported, citing a source in the Prime Minister's Office". The GNU media office's video (c2) and the
    # ministry (c1) are organizations'.
    rb=[rb("c3", "Al-Wasat", True)])

# 5076 Việt Nam News (VNA), Tue 2024-08-06: list of congratulation calls (readout retold)
A["5076"] = dict(
    ents=[TOL, "Nguyễn Phú Trọng", "Thongloun Sisoulith", HSN, "Miguel Díaz-Canel", HMN, "Min Aung Hlaing",
          "Xi Jinping", "Vietnam News Agency", "Viet Nam Television", "Việt Nam News", "Communist Party of Vietnam",
          "Lao People's Revolutionary Party", "Cambodian People's Party", "Communist Party of Cuba",
          "State Administration Council", "Vietnam", "Laos", "Cambodia", "Cuba", "Myanmar", "China"],
    calls=[# "On the evening of August 3 ... Thongloun Sisoulith made a phone call to Tô Lâm"
           call("c1", "B_E_thongloun_tolam_2024_08_03", ["Thongloun Sisoulith", TOL], "2024-08-03",
                caller="Thongloun Sisoulith"),
           # "On August 4, Tô Lâm received a phone call from ... Hun Sen"
           call("c2", HSN_TOL, [HSN, TOL], "2024-08-04", caller=HSN),
           # "made a phone call to Tô Lâm at 9pm on Sunday, Havana time, which was 8am on Monday, August 5, in Hà Nội"
           # = 01:00 UTC on Monday Aug 5 (the blind set's UTC convention)
           call("c3", "B_E_diazcanel_tolam_2024_08_05", ["Miguel Díaz-Canel", TOL], "2024-08-05",
                caller="Miguel Díaz-Canel"),
           # "On the afternoon of August 5, at the proposal of the Cambodian side, ... Hun Manet held phone talks"
           call("c4", HMN_TOL, [HMN, TOL], "2024-08-05", caller=HMN)],
    # c1: "Viet Nam Television (VTV) broadcast footage of the conversation". VNA is the wire of this copy on Việt Nam
    # News's site: not required. Min Aung Hlaing's letter and Xi's message are not calls.
    rb=[rb("c1", "Viet Nam Television", True)] + self_rows("Vietnam News Agency", "c1", "c2", "c3", "c4"))

# 5077 Khmer Times, Tue 2024-08-06: short brief, telegraphic headline
A["5077"] = dict(
    ents=[HMN, TOL, HSN, "Sok Chenda Sophea", "Bui Thanh Son", "Srettha Thavisin", "Ven Rathavong-Clarke",
          "Khmer Times", "Telegram", "Fresh News", "Communist Party of Vietnam", "Cambodian People's Party", "Cambodia",
          "Vietnam", "Thailand"],
    calls=[# "held phone talks yesterday afternoon with To Lam" (Aug 5; no caller)
           call("c1", HMN_TOL, [HMN, TOL], "2024-08-05"),
           # "Hun Sen ... spoke with To Lam by telephone on Sunday" (Aug 4; no caller)
           call("c2", HSN_TOL, [HSN, TOL], "2024-08-04"),
           # "Sok Chenda Sophea and ... Bui Thanh Son held a video conference on Monday" (Aug 5; ministers)
           call("c3", "B_E_sokchenda_buithanhson_2024_08_05", ["Sok Chenda Sophea", "Bui Thanh Son"], "2024-08-05"),
           # "expected to hold phone talks with Thai Prime Minister Srettha Thavisin later this week ... without giving a
           # date" (planned, null)
           call("c4", "B_P_hunmanet_srettha_2024_08", [HMN, "Srettha Thavisin"], None, status="planned")],
    # c1: "Hun Manet wrote on his Telegram channel after the call"; "Fresh News published photographs of the Prime
    # Minister speaking on the phone". "Some observers have called the canal project": no call.
    rb=[rb("c1", "Telegram", True), rb("c1", "Fresh News", True)])

# 5078 MEA transcript of a special briefing, Sat 2024-08-17; outlet blank in metadata
A["5078"] = dict(
    ents=[MOD, YUN, TOB, OLI, JAI, DHU, "Vikram Misri", "Randhir Jaiswal", "Sidharth Menon-Rao", "Priyanka Dutt-Hayes",
          "Arjun Banerjee-Stone", "DD News", "Naya Patrika", "WION", "ANI", "The Hindu", "Ministry of External Affairs",
          "India", "Bangladesh", "Bhutan", "Nepal"],
    calls=[# "Prime Minister Narendra Modi hosted the Third Voice of Global South Summit today in virtual format"; leaders
           # heard: Yunus, Tobgay, Oli (the host and chair is no caller)
           call("c1", VOGS, [MOD, YUN, TOB, OLI], "2024-08-17"),
           # Naya Patrika "reported this morning that Prime Minister Oli called Prime Minister Modi last night"; "there
           # was no such telephone conversation" (denied; claimed caller Oli, Aug 16)
           call("c2", "B_D_oli_modi_2024_08_16", [OLI, MOD], "2024-08-16", status="denied", caller=OLI),
           # "Jaishankar will speak with ... Dhungyel, by phone on Monday" (planned, Aug 19)
           call("c3", JAI_DHU, [JAI, DHU], "2024-08-19", status="planned")],
    # c1: "The proceedings of the opening session were carried live by DD News". c2: Naya Patrika carried the denied
    # claim. WION, ANI and The Hindu are the askers' outlets. "Did the Prime Minister speak separately with Professor
    # Yunus" is a question answered with no call.
    rb=[rb("c1", "DD News", True), rb("c2", "Naya Patrika", True)])

# 5079 Kuensel, Sun 2024-08-18: short brief, no dateline (the day comes from the metadata); URL blank
A["5079"] = dict(
    ents=[TOB, MOD, "Touhid Hossain", DHU, JAI, "Yeshey Pelzang-Moore", "Kuensel", "Cabinet Secretariat", "Bhutan", "India",
          "Bangladesh"],
    calls=[# "joined the Third Voice of Global South Summit hosted by ... Modi via video conference ... yesterday"
           call("c1", VOGS, [TOB, MOD], "2024-08-17"),
           # "On the eve of the summit, Lyonchhoen also spoke over the phone with ... Md Touhid Hossain" (Aug 16, a day
           # told by an event; the draft's Yunus was replaced after hashing: see README)
           call("c2", "B_E_tobgay_touhid_2024_08_16", [TOB, "Touhid Hossain"], "2024-08-16"),
           # "Dhungyel is scheduled to hold a telephone conversation with ... Jaishankar tomorrow" (planned, Aug 19)
           call("c3", JAI_DHU, [DHU, JAI], "2024-08-19", status="planned")],
    # No outlet is credited: "according to the Cabinet Secretariat" is an organization's statement.
    rb=[])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind62, part B): 10 articles written for this set (not real published text), "
        "each about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; planned, attempted and denied calls are events "
        "of their own (one status per event). Dates are resolved against the publication date, or the dateline "
        "where the text anchors to it (5074 'yesterday' and 'this morning' under the June 17 dateline, published June 18); "
        "where local dates differ across time zones, the UTC date of the call (Diaz-Canel to To Lam, 5076). "
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
