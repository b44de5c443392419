#!/usr/bin/env python3
"""Build ../gold.json (blind54, part A) from the hand annotation below and the registry of names.

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
KAGAME, MUSEVENI, RUTO, SAMIA, TAMIM, ABIY, TSHISEKEDI, LOURENCO = "Paul Kagame", "Yoweri Museveni", "William Ruto", \
    "Samia Suluhu Hassan", "Tamim bin Hamad Al Thani", "Abiy Ahmed", "Félix Tshisekedi", "João Lourenço"
VUCIC, VUCEVIC, ORBAN, MICKOSKI, SPAJIC, MILATOVIC, PLENKOVIC, KURTI = "Aleksandar Vučić", "Miloš Vučević", \
    "Viktor Orbán", "Hristijan Mickoski", "Milojko Spajić", "Jakov Milatović", "Andrej Plenković", "Albin Kurti"
ABINADER, HOLNESS, BOISVERT, DIAZCANEL, PETRO, LULA, FERNANDEZ, ALI, MOTTLEY, ROWLEY, CONILLE, MADURO = \
    "Luis Abinader", "Andrew Holness", "Michel Patrick Boisvert", "Miguel Díaz-Canel", "Gustavo Petro", \
    "Luiz Inácio Lula da Silva", "Leonel Fernández", "Irfaan Ali", "Mia Mottley", "Keith Rowley", "Garry Conille", \
    "Nicolás Maduro"
YOON, KISHIDA = "Yoon Suk Yeol", "Fumio Kishida"
HABINEZA, MPAYIMANA, MAKOLO, MUHOOZI, SSENYONYI, MUYAYA, NDUHUNGIREHE, MUDAVADI = "Frank Habineza", \
    "Philippe Mpayimana", "Yolande Makolo", "Muhoozi Kainerugaba", "Joel Ssenyonyi", "Patrick Muyaya", \
    "Olivier Nduhungirehe", "Musalia Mudavadi"
SZIJJARTO, DJURIC, DODIK, VESIC, MANDIC = "Péter Szijjártó", "Marko Đurić", "Milorad Dodik", "Goran Vesić", \
    "Andrija Mandić"
BLINKEN, JOHNSONSMITH, GOLDING, CHO, KAMIKAWA, AZOULAY = "Antony Blinken", "Kamina Johnson Smith", "Mark Golding", \
    "Cho Tae-yul", "Yoko Kamikawa", "Audrey Azoulay"

# cross-article events (7), all required and occurred
MUSEVENI_KAGAME = "A_E_museveni_kagame_2024_07_15"
# 4900 (The New Times, Thu 18 July): "received a telephone call from ... Museveni late on Monday" (caller Museveni; Village
# Urugwiro's statement, an organization). 4901 (Daily Monitor, Tue 16 July): "last night telephoned" (caller Museveni;
# "Uganda Broadcasting Corporation aired a short clip"). 4902 (The EastAfrican, Sat 27 July): "the first to ring, on the
# night of the vote itself" (caller Museveni; the vote is "Rwanda's vote", the day is not in 4902's text: see README).
RUTO_KAGAME = "A_E_ruto_kagame_2024_07_16"
# 4900: "On Tuesday, ... Ruto called Kagame" (X post quoted five paragraphs later). 4902: "rang the morning after the
# provisional results were announced" (no day in 4902's text: see README).
SAMIA_KAGAME = "A_E_samia_kagame_2024_07_16"
# 4900: "spoke by phone on Tuesday afternoon" (no caller). 4902: "spoke to Kagame on July 16" (no caller, no year).
ORBAN_VUCIC = "A_E_orban_vucic_2024_11_01"
# 4903 (N1 live blog, Sat 2 Nov): 09:05 entry, "said in an Instagram post published late last night that ... Orban had
# called him" (caller Orbán; the post is of Friday night, so the call is Friday 1 Nov). 4905 (Balkan Insight, 28 Nov):
# "rang him on the evening of the collapse" (the collapse "on November 1"; MTI "reported at the time").
SPAJIC_VUCEVIC = "A_E_spajic_vucevic_2024_11_02"
# 4904 (CdM, Sat 2 Nov, no date in the text): "called ... today", "this morning" (caller Spajić). 4903 12:20: "has spoken
# with ... by phone" (no caller).
HOLNESS_ABINADER = "A_E_holness_abinader_2024_05_20"
# 4906 (Diario Libre, Tue 21 May): Monday, "ringing Abinader shortly after 8:00 a.m." (caller Holness; X post).
# 4907 (The Gleaner, Tue 21 May): "yesterday telephoned" (caller Holness; the OPM's release, an organization).
DIAZCANEL_ABINADER = "A_E_diazcanel_abinader_2024_05_20"
# 4906: Monday, "telephoned in the afternoon" (caller Díaz-Canel; Cubadebate "carried" the Cuban account). 4908 (LA Semanal,
# Mon 3 June): "called me the day after the election", the election "on May 19" in the standfirst.

# 4900 The New Times, Thu 2024-07-18: list of congratulation calls
A["4900"] = dict(
    ents=[KAGAME, MUSEVENI, RUTO, SAMIA, TAMIM, ABIY, HABINEZA, MPAYIMANA, MAKOLO, "Aimable Nshimiyimana Rukundo",
          "The New Times", "X", "Qatar News Agency",
          "Rwanda", "Uganda", "Kenya", "Tanzania", "Democratic Republic of the Congo", "Qatar", "Ethiopia", "Egypt",
          "Senegal",
          "National Electoral Commission (Rwanda)", "Democratic Green Party", "Village Urugwiro",
          "East African Community"],
    calls=[call("c1", MUSEVENI_KAGAME, [MUSEVENI, KAGAME], "2024-07-15", caller=MUSEVENI),
           call("c2", RUTO_KAGAME, [RUTO, KAGAME], "2024-07-16", caller=RUTO),
           call("c3", SAMIA_KAGAME, [SAMIA, KAGAME], "2024-07-16"),
           # "Yesterday, Kagame received a call from the Emir of Qatar" = Wed 17 July
           call("c4", "A_E_tamim_kagame_2024_07_17", [TAMIM, KAGAME], "2024-07-17", caller=TAMIM),
           # "is also expected to speak with ... Abiy Ahmed by phone before the end of the week" (no day)
           call("c5", "A_P_kagame_abiy_2024_07", [KAGAME, ABIY], None, status="planned")],
    # written messages from Egypt and Senegal are no calls; "calls for more political space" is a teaser
    rb=[rb("c2", "X", True), rb("c4", "Qatar News Agency", True)])

# 4901 Daily Monitor, Tue 2024-07-16: telegraphic headline, "KAMPALA." dateline, "last night"
A["4901"] = dict(
    ents=[MUSEVENI, KAGAME, RUTO, HABINEZA, MPAYIMANA, MUHOOZI, SSENYONYI, "Edgar Tumusiime Kato",
          "Prossy Nabirye Atim",
          "Uganda Broadcasting Corporation", "Daily Monitor",
          "Uganda", "Rwanda", "Kenya",
          "State House (Uganda)", "National Electoral Commission (Rwanda)", "Forum for Democratic Change"],
    calls=[call("c1", MUSEVENI_KAGAME, [MUSEVENI, KAGAME], "2024-07-15", caller=MUSEVENI)],
    # the Museveni-Ruto talks "later this month" are "in person"; the share bar is page furniture
    rb=[rb("c1", "Uganda Broadcasting Corporation", True)])

# 4902 The EastAfrican, Sat 2024-07-27: feature, calls in passing
A["4902"] = dict(
    ents=[KAGAME, MUSEVENI, RUTO, SAMIA, TSHISEKEDI, LOURENCO, MUYAYA, NDUHUNGIREHE, MUDAVADI,
          "Gloria Mutesi Wanjiru",
          "Actualite.cd", "The Star (Kenya)", "The EastAfrican",
          "Rwanda", "Uganda", "Kenya", "Tanzania", "Democratic Republic of the Congo", "Angola",
          "M23", "United Nations", "African Union", "East African Community"],
    calls=[# "the first to ring, on the night of the vote itself" and "rang the morning after the provisional results
           # were announced": 4902 never dates the vote or the results, so its text fixes no day (null); the events'
           # dates come from 4900 and 4901
           call("c1", MUSEVENI_KAGAME, [MUSEVENI, KAGAME], None, caller=MUSEVENI),
           call("c2", RUTO_KAGAME, [RUTO, KAGAME], None, caller=RUTO),
           # "spoke to Kagame on July 16" (no year: the last July 16 before publication)
           call("c3", SAMIA_KAGAME, [SAMIA, KAGAME], "2024-07-16"),
           # Actualite.cd's claim that Tshisekedi "had telephoned Kagame on July 19", denied by Muyaya ("There was no
           # such call"); the claimed caller is the caller (blindset 033)
           call("c4", "A_D_tshisekedi_kagame_2024_07_19", [TSHISEKEDI, KAGAME], "2024-07-19", status="denied",
                caller=TSHISEKEDI),
           # ministers, "spoke by phone ... last week" (null); "The Star learned"
           call("c5", "A_E_nduhungirehe_mudavadi_2024_07_lastweek", [NDUHUNGIREHE, MUDAVADI], None)],
    # Mudavadi "is expected in Kigali" (in person); Lourenço's proposed ministerial meeting is no call
    rb=[rb("c4", "Actualite.cd", True), rb("c5", "The Star (Kenya)", True)])

# 4903 N1, Sat 2024-11-02: live blog, newest first; names without diacritics; title blank in the metadata
A["4903"] = dict(
    ents=[VUCIC, VUCEVIC, ORBAN, MICKOSKI, SPAJIC, SZIJJARTO, DJURIC, DODIK, VESIC,
          "Jelena Ristanović Kostić", "Nemanja Obradović",
          "N1", "Instagram", "Facebook", "RTRS",
          "Serbia", "North Macedonia", "Hungary", "Montenegro",
          "Republika Srpska"],
    calls=[# 15:30: "says he spoke with Vucic by phone on Friday night" = 1 Nov (no caller)
           call("c1", "A_E_mickoski_vucic_2024_11_01", [MICKOSKI, VUCIC], "2024-11-01"),
           # 13:45: ministers, "phoned his Serbian counterpart Marko Djuric this morning" (caller Szijjártó; Facebook)
           call("c2", "A_E_szijjarto_djuric_2024_11_02", [SZIJJARTO, DJURIC], "2024-11-02", caller=SZIJJARTO),
           call("c3", SPAJIC_VUCEVIC, [SPAJIC, VUCEVIC], "2024-11-02"),
           # 10:40: "Dodik called Vucic this morning" (a Person; "RTRS aired footage of Dodik making the call")
           call("c4", "A_E_dodik_vucic_2024_11_02", [DODIK, VUCIC], "2024-11-02", caller=DODIK),
           call("c5", ORBAN_VUCIC, [ORBAN, VUCIC], "2024-11-01", caller=ORBAN)],
    # "Opposition parties have called for the resignations"; "Follow N1 on Telegram and X" is page furniture
    rb=[rb("c2", "Facebook", True), rb("c4", "RTRS", True), rb("c5", "Instagram", True)])

# 4904 CdM, Sat 2024-11-02: the Montenegrin government's statement reposted; no date in the text ("today")
A["4904"] = dict(
    ents=[SPAJIC, VUCEVIC, VUCIC, MILATOVIC, MANDIC,
          "CdM",
          "Montenegro", "Serbia",
          "Government of Montenegro"],
    calls=[call("c1", SPAJIC_VUCEVIC, [SPAJIC, VUCEVIC], "2024-11-02", caller=SPAJIC),
           # "would speak with President Aleksandar Vučić by phone in the coming days"
           call("c2", "A_P_spajic_vucic_2024_11", [SPAJIC, VUCIC], None, status="planned")],
    # Milatović's telegram and Mandić's trip are no calls; "agreed to remain in contact" is no call; the government's
    # website is an organization's
    rb=[])

# 4905 Balkan Insight (BIRN), Thu 2024-11-28: feature, calls in passing; URL blank in the metadata
A["4905"] = dict(
    ents=[VUCIC, ORBAN, PLENKOVIC, KURTI, VUCEVIC, VESIC, "Dragana Vukašinović-Lerch", "Ivana Stojiljković Marić",
          "MTI", "Radio Free Europe/Radio Liberty", "BIRN",
          "Serbia", "Hungary", "Croatia", "Kosovo", "Montenegro", "North Macedonia",
          "European Union"],
    calls=[call("c1", ORBAN_VUCIC, [ORBAN, VUCIC], "2024-11-01", caller=ORBAN),
           # "his office had tried to reach ... Vučević by phone on November 2 ... was told he was unavailable"
           call("c2", "A_A_kurti_vucevic_2024_11_02", [KURTI, VUCEVIC], "2024-11-02", status="attempted",
                caller=KURTI)],
    # Plenković "did not contact Belgrade directly" (a negation); "Kurti's fake call" is a tabloid headline about the
    # attempt; "did not respond to BIRN's questions" is the publisher, about no report
    rb=[rb("c1", "MTI", True), rb("c2", "Radio Free Europe/Radio Liberty", True)])

# 4906 Diario Libre, Tue 2024-05-21: round-up of one day's calls (Monday 20 May)
A["4906"] = dict(
    ents=[ABINADER, HOLNESS, BOISVERT, DIAZCANEL, PETRO, LULA, FERNANDEZ, BLINKEN, "Carolina Peguero de los Santos",
          "X", "Cubadebate", "Listín Diario", "Diario Libre",
          "Dominican Republic", "Jamaica", "Haiti", "Cuba", "Colombia", "United States", "Brazil", "Kenya",
          "State Department", "National Palace", "JCE"],
    calls=[call("c1", HOLNESS_ABINADER, [HOLNESS, ABINADER], "2024-05-20", caller=HOLNESS),
           # "it was Haiti's acting prime minister, Michel Patrick Boisvert, who called"
           call("c2", "A_E_boisvert_abinader_2024_05_20", [BOISVERT, ABINADER], "2024-05-20", caller=BOISVERT),
           call("c3", DIAZCANEL_ABINADER, [DIAZCANEL, ABINADER], "2024-05-20", caller=DIAZCANEL),
           # "also spoke during the afternoon, Listín Diario reported" (no caller; required under "A day of calls" and
           # "taking calls": see README)
           call("c4", "A_E_petro_abinader_2024_05_20", [PETRO, ABINADER], "2024-05-20"),
           # a minister: "called Abinader in the evening"; the State Department's readout (organization)
           call("c5", "A_E_blinken_abinader_2024_05_20", [BLINKEN, ABINADER], "2024-05-20", caller=BLINKEN),
           # "is expected to speak with ... Lula ... by phone later this week" (no day)
           call("c6", "A_P_abinader_lula_2024_05", [ABINADER, LULA], None, status="planned")],
    # Fernández "conceded" (no call); "would call a national dialogue" is no call
    rb=[rb("c1", "X", True), rb("c3", "Cubadebate", True), rb("c4", "Listín Diario", True)])

# 4907 The Gleaner, Tue 2024-05-21: short brief, "yesterday"; no outlet credited
A["4907"] = dict(
    ents=[HOLNESS, ABINADER, ALI, MOTTLEY, ROWLEY, JOHNSONSMITH, GOLDING,
          "The Gleaner",
          "Jamaica", "Dominican Republic", "Haiti", "Guyana", "Barbados", "Trinidad and Tobago", "Kenya",
          "Office of the Prime Minister (Jamaica)", "CARICOM", "Transitional Presidential Council",
          "Multinational Security Support mission"],
    calls=[call("c1", HOLNESS_ABINADER, [HOLNESS, ABINADER], "2024-05-20", caller=HOLNESS),
           # "Later in the day" (yesterday): virtual meeting "convened by" Ali (no caller), four named
           call("c2", "A_E_caricom_haiti_video_2024_05_20", [ALI, HOLNESS, MOTTLEY, ROWLEY], "2024-05-20")],
    # Golding's "post on social media" names no platform and no call; Johnson Smith "told journalists"
    rb=[])

# 4908 Dominican Today, Mon 2024-06-03: transcript-like Q&A (LA Semanal); outlet blank in the metadata
A["4908"] = dict(
    ents=[ABINADER, CONILLE, MADURO, DIAZCANEL, LULA,
          "Telesur", "Dominican Today",
          "Dominican Republic", "Haiti", "Venezuela", "Cuba", "Brazil", "United States",
          "National Palace", "State Department"],
    calls=[# "He called me on Friday, when he was still prime minister-designate" = 31 May
           call("c1", "A_E_conille_abinader_2024_05_31", [CONILLE, ABINADER], "2024-05-31", caller=CONILLE),
           # Telesur's report "that President Nicolás Maduro called you after the election", denied (no day)
           call("c2", "A_D_maduro_abinader_2024_05", [MADURO, ABINADER], None, status="denied", caller=MADURO),
           call("c3", DIAZCANEL_ABINADER, [DIAZCANEL, ABINADER], "2024-05-20", caller=DIAZCANEL),
           # "I called President Lula last Thursday" = 30 May; a different event from 4906's plan
           call("c4", "A_E_abinader_lula_2024_05_30", [ABINADER, LULA], "2024-05-30", caller=ABINADER)],
    # "nobody from Caracas has called" (negation); "in contact with the State Department" (no call)
    rb=[rb("c2", "Telesur", True)])

# 4909 The Korea Herald (Yonhap), Wed 2024-07-24: "SEOUL, July 24 (Yonhap) --", "(LEAD)", "(END)"
A["4909"] = dict(
    ents=[CHO, KAMIKAWA, AZOULAY, YOON, KISHIDA, "Park Min-jae",
          "Kyodo News", "Yonhap",
          "South Korea", "Japan", "India", "Laos",
          "UNESCO", "World Heritage Committee", "ASEAN"],
    calls=[# ministers, "on Tuesday evening" = 23 July, "at the request of the Japanese side" (caller Kamikawa); "Kyodo
           # News had reported the call late Tuesday"
           call("c1", "A_E_kamikawa_cho_2024_07_23", [KAMIKAWA, CHO], "2024-07-23", caller=KAMIKAWA),
           # "shortly after midnight on Tuesday, Seoul time, when it was still Monday afternoon in Paris" = Monday
           # 22 July in UTC; "Cho placed the call"
           call("c2", "A_E_cho_azoulay_2024_07_22", [CHO, AZOULAY], "2024-07-22", caller=CHO)],
    # the possible Vientiane meeting is in person; "no plans for ... Yoon ... by phone" is a negation; Yonhap is the
    # wire credit on The Korea Herald's site
    rb=[rb("c1", "Kyodo News", True), rb("c1", "Yonhap", False), rb("c2", "Yonhap", False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind54, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, telegrams or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the day the text anchors to (4902: the night of the vote; 4905: the evening of the "
        "collapse; 4908: the day after the election); where local dates differ across time zones, the event date is "
        "the UTC date of the call (4909). See README.md."),
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
