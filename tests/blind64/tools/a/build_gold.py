#!/usr/bin/env python3
"""Build ../gold.json (blind64, part A) from the hand annotation below and the registry of names.

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
KUC, RAT, SKV, VEJ = "Māris Kučinskis", "Jüri Ratas", "Saulius Skvernelis", "Raimonds Vējonis"
RIM, REI, MAN, TON, JUN = "Ilmārs Rimšēvičs", "Dana Reizniece-Ozola", "Sigal Mandelker", "Toomas Tõniste", \
    "Jean-Claude Juncker"
TUI, AKP, MOR, ARD, TUIL, BAI, MAR, LIK, SIK, PET, PAY = "Pohiva Tu'i'onetoa", "'Akilisi Pōhiva", "Scott Morrison", \
    "Jacinda Ardern", "Tuilaepa Sa'ilele Malielegaoi", "Voreqe Bainimarama", "James Marape", "Li Keqiang", \
    "Semisi Sika", "Winston Peters", "Marise Payne"
VIZ, DUQ, SAN, ARA = "Martín Vizcarra", "Iván Duque", "Pedro Sánchez", "Mercedes Aráoz"
RAI, KAD, HAI, TAM, PUT, ROU, MBS = "Ebrahim Raisi", "Mustafa al-Kadhimi", "Haitham bin Tarik", \
    "Tamim bin Hamad Al Thani", "Vladimir Putin", "Hassan Rouhani", "Mohammed bin Salman"
FAZ, HEM, MBAR, ZAR = "Abdolreza Rahmani Fazli", "Abdolnaser Hemmati", "Mohammed bin Abdulrahman Al Thani", \
    "Mohammad Javad Zarif"
MOREN, PIN, ABDO, MAD, BLU, VAL = "Lenín Moreno", "Sebastián Piñera", "Mario Abdo Benítez", "Nicolás Maduro", \
    "Claudia Blum", "José Valencia"

# cross-article events
KUC_RAT = "A_E_kucinskis_ratas_2018_02_18"
# 5100 (LSM brief, Mon Feb 19, no dateline): "telephoned ... on Sunday evening" (caller Kučinskis; LETA "first
# reported"). 5101 (ERR News (BNS), "TALLINN, Feb 20, BNS", Tue): "on the day after governor Ilmars Rimsevics was
# detained", detained "on Saturday" -> Sunday Feb 18 (no caller; "Maris Kucinskis"). 5102 (The Baltic Times feature,
# Thu Mar 1, in passing): "On the Sunday after Rimšēvičs was taken in" (taken in "on the Saturday" after February 13)
# -> Feb 18, not the Sunday before publication (Feb 25); "rang" (caller Kučinskis).
REI_MAN = "A_E_reizniece_mandelker_2018_02_19"
# 5100: "also spoke by phone this morning" (no dateline: the metadata's Monday Feb 19; Twitter post). 5102: "had ...
# held a call last week" (null). Minister and official; no caller.
TUI_ARD = "A_E_ardern_tuionetoa_2019_09_30"
# 5103 (Matangi Tonga list, Tue Oct 1): "On Monday afternoon the Prime Minister-elect received a call from New Zealand
# Prime Minister Jacinda Ardern" (caller Ardern; the PMO Facebook post). 5104 (RNZ transcript, published Oct 1, of the
# press conference "on Monday"): "I spoke with Pōhiva Tuʻiʻonetoa this afternoon" -> Monday Sep 30 (no caller;
# name written with the ʻokina).
TAM_RAI = "A_E_tamim_raisi_2021_06_19"
# 5106 (Al Jazeera live blog, Sat Jun 19): 19:20 entry "has telephoned Raisi" (caller Tamim; IRNA "reported").
# 5107 (Gulf Times (QNA), "Doha, June 19 (QNA) -", published Jun 20): "made a phone call today to ... Ebrahim
# Raeisi" (the dateline's day; caller Tamim; "Al-Thani"). 5108 (Tehran Times feature, Aug 5, in passing): "on the
# evening the results of the June 18 vote were announced, a day after polling" -> Jun 19; "to telephone"
# (caller Tamim); "as the Qatar News Agency reported at the time" (required there).

# 5100 LSM, Mon 2018-02-19: short brief, no dateline, share bar
A["5100"] = dict(
    ents=[KUC, RAT, RIM, REI, MAN, SKV, VEJ,
          "LETA", "LSM", "Twitter",
          "Latvia", "Estonia", "Lithuania", "United States",
          "State Chancellery (Latvia)", "ABLV Bank", "Bank of Latvia", "Corruption Prevention and Combating Bureau",
          "European Central Bank", "US Treasury"],
    calls=[call("c1", KUC_RAT, [KUC, RAT], "2018-02-18", caller=KUC),
           call("c2", REI_MAN, [REI, MAN], "2018-02-19"),
           # "is due to hold a call with ... Skvernelis on Tuesday": planned, 2018-02-20, no caller said
           call("c3", "A_P_kucinskis_skvernelis_2018_02_20", [KUC, SKV], "2018-02-20", status="planned")],
    # LETA ("was first reported by the news agency LETA") and Twitter (Reizniece-Ozola "wrote on Twitter after the
    # conversation"): required. LSM is the publisher. Traps: "Vējonis called for calm"; "called on Rimšēvičs";
    # "Cabinet's extraordinary session"; the share bar (furniture).
    rb=[rb("c1", "LETA", True), rb("c2", "Twitter", True)])

# 5101 ERR News (BNS), Tue 2018-02-20: wire "TALLINN, Feb 20, BNS -", names without diacritics
A["5101"] = dict(
    ents=[RAT, KUC, RIM, TON, REI, JUN,
          "BNS", "ERR News", "Vikerraadio", "Facebook",
          "Estonia", "Latvia",
          "ABLV Bank", "Estonian Financial Supervision Authority", "European Commission",
          "Corruption Prevention and Combating Bureau"],
    calls=[call("c1", KUC_RAT, [RAT, KUC], "2018-02-18"),
           # ministers: "spoke by phone yesterday" against the dateline Feb 20 -> Feb 19
           call("c2", "A_E_toniste_reizniece_2018_02_19", [TON, REI], "2018-02-19")],
    # Facebook (Tõniste "said in a post on Facebook that the two ministers had agreed"): required. BNS is the wire
    # credit on ERR's page; Vikerraadio is ERR's own station (Ratas told of the call "in an interview on ERR's
    # Vikerraadio"): the publisher citing itself, not required. Traps: "had not spoken with ... Juncker about it and
    # had no plans to" (a negation); "Latvian media have reported" (no outlet); "Analysts ... called".
    rb=[rb("c1", "BNS", False), rb("c1", "Vikerraadio", False), rb("c2", "BNS", False),
        rb("c2", "Facebook", True)])

# 5102 The Baltic Times, Thu 2018-03-01: opinion/analysis feature, calls in passing; URL blank
A["5102"] = dict(
    ents=[RIM, KUC, RAT, SKV, REI, MAN, VEJ, "Kristaps Oļehno-Vīksna",
          "The Baltic Times", "Delfi",
          "Latvia", "Lithuania", "United States",
          "ABLV Bank", "Financial and Capital Market Commission", "Saeima"],
    calls=[call("c1", KUC_RAT, [KUC, RAT], "2018-02-18", caller=KUC),
           # "Two days later he spoke with Saulius Skvernelis of Lithuania by phone" -> Tue Feb 20; held (the call
           # 5100 announced as planned is a different event: one status per event)
           call("c2", "A_E_kucinskis_skvernelis_2018_02_20", [KUC, SKV], "2018-02-20"),
           call("c3", REI_MAN, [REI, MAN], None)],
    # Delfi ("a call the Lithuanian portal Delfi learned of before either government had mentioned it"): required.
    # Traps: "told The Baltic Times" (self, about the banking model); "Vējonis has called the episode a wake-up call".
    rb=[rb("c2", "Delfi", True)])

# 5103 Matangi Tonga, Tue 2019-10-01: list of congratulation calls, place and date lines
A["5103"] = dict(
    ents=[TUI, AKP, SIK, MOR, ARD, TUIL, BAI, MAR, LIK,
          "Radio Tonga", "Facebook", "Matangi Tonga",
          "Tonga", "Australia", "New Zealand", "Samoa", "Fiji", "Papua New Guinea", "China",
          "Legislative Assembly (Tonga)"],
    calls=[call("c1", "A_E_morrison_tuionetoa_2019_09_28", [MOR, TUI], "2019-09-28", caller=MOR),
           call("c2", TUI_ARD, [TUI, ARD], "2019-09-30", caller=ARD),
           # "tried to get through to Nuku'alofa on Sunday evening, but the line dropped twice": attempted, Sep 29
           call("c3", "A_A_tuilaepa_tuionetoa_2019_09_29", [TUIL, TUI], "2019-09-29", status="attempted",
                caller=TUIL),
           # "A call with Fiji's Prime Minister ... is being arranged for later this week": planned, null
           call("c4", "A_P_bainimarama_tuionetoa_2019_10", [BAI, TUI], None, status="planned")],
    # Radio Tonga ("told Radio Tonga in an interview carried on Sunday that Mr Morrison had offered"): required.
    # Facebook (the photograph "posted on the Prime Minister's Office Facebook page"): required. Traps: Marape's
    # letter; Li Keqiang's message; "has called on all members".
    rb=[rb("c1", "Radio Tonga", True), rb("c2", "Facebook", True)])

# 5104 RNZ, Tue 2019-10-01: transcript-like Q&A of Monday's post-Cabinet press conference; title blank in metadata
A["5104"] = dict(
    ents=[ARD, TUI, AKP, MOR, PET, PAY,
          "The Australian", "RNZ",
          "New Zealand", "Tonga", "Australia"],
    calls=[call("c1", TUI_ARD, [ARD, TUI], "2019-09-30"),
           # "The Australian reported this morning that you rang Scott Morrison last week" / "There was no such call
           # last week": denied, claimed caller Ardern, null ("last week")
           call("c2", "A_D_ardern_morrison_2019_09", [ARD, MOR], None, status="denied", caller=ARD),
           # ministers: "Winston Peters spoke to Marise Payne by phone over the weekend": null
           call("c3", "A_E_peters_payne_2019_09", [PET, PAY], None)],
    # The Australian (the denied claim): required. RNZ is the publisher. Traps: "the Christchurch Call summit";
    # "raised it ... face to face".
    rb=[rb("c2", "The Australian", True)])

# 5105 Reuters, Tue 2019-10-01: "LIMA (Reuters) -", names without accents, reporting credits
A["5105"] = dict(
    ents=[VIZ, DUQ, SAN, ARA,
          "Teodoro Quispe-Larrañaga", "Mariela Van Oordt", "Alistair Penhallow", "Bernadette Voss",
          "Reuters", "RPP",
          "Peru", "Colombia", "Spain",
          "Organization of American States", "Constitutional Tribunal (Peru)"],
    calls=[call("c1", "A_E_duque_vizcarra_2019_09_30", [DUQ, VIZ], "2019-09-30", caller=DUQ),
           # "placed the call from Madrid shortly after 11 p.m. on Monday Lima time, when it was already past 6 a.m. on
           # Tuesday in Spain": 04:00 UTC on Tuesday -> 2019-10-01 (the UTC convention); caller Sánchez
           call("c2", "A_E_sanchez_vizcarra_2019_10_01", [SAN, VIZ], "2019-10-01", caller=SAN),
           # "she had tried twice to phone Vizcarra on Monday night ... he had not answered": attempted, caller Aráoz
           call("c3", "A_A_araoz_vizcarra_2019_09_30", [ARA, VIZ], "2019-09-30", status="attempted", caller=ARA)],
    # RPP (Aráoz "told broadcaster RPP on Tuesday that she had tried twice to phone"): required. Reuters is the
    # publisher. Traps: "a Colombian government official confirmed" (no outlet); "called legally void"; "Vizcarra has
    # called elections".
    rb=[rb("c3", "RPP", True)])

# 5106 Al Jazeera, Sat 2021-06-19: live blog, Tehran times, newest first
A["5106"] = dict(
    ents=[RAI, KAD, HAI, TAM, PUT, ROU, FAZ, HEM,
          "Al Jazeera", "Twitter", "IRNA", "Instagram",
          "Iran", "Iraq", "Oman", "Qatar", "Russia", "United States",
          "Kremlin"],
    calls=[call("c1", "A_E_kadhimi_raisi_2021_06_19", [KAD, RAI], "2021-06-19"),
           # 21:35 entry: "will call Raisi on Sunday": planned, 2021-06-20, caller Haitham
           call("c2", "A_P_haitham_raisi_2021_06_20", [HAI, RAI], "2021-06-20", status="planned", caller=HAI),
           call("c3", TAM_RAI, [TAM, RAI], "2021-06-19", caller=TAM)],
    # Twitter (al-Kadhimi's office "said in a post on Twitter") and IRNA ("Iran's official IRNA news agency
    # reported"): required. Al Jazeera is the publisher ("An Omani official told Al Jazeera"). Traps: Putin's written
    # message ("No call ... has been announced"); Rouhani's visit in person; Hemmati's Instagram message.
    rb=[rb("c1", "Twitter", True), rb("c3", "IRNA", True)])

# 5107 Gulf Times (QNA), Sun 2021-06-20: "Doha, June 19 (QNA) -", Amiri Diwan readout style, related stories
A["5107"] = dict(
    ents=[TAM, RAI, MBAR, ZAR, FAZ, ROU,
          "Qatar News Agency", "Gulf Times",
          "Qatar", "Iran", "Kyrgyzstan",
          "Majlis"],
    calls=[call("c1", TAM_RAI, [TAM, RAI], "2021-06-19", caller=TAM),
           # ministers: "received a phone call from ... Zarif" "Earlier today" -> the dateline's June 19; caller Zarif
           call("c2", "A_E_zarif_mbar_2021_06_19", [ZAR, MBAR], "2021-06-19", caller=ZAR)],
    # QNA is the wire credit on Gulf Times' page: not required.
    rb=[rb("c1", "Qatar News Agency", False), rb("c2", "Qatar News Agency", False)])

# 5108 Tehran Times, Thu 2021-08-05: feature, calls in passing; outlet blank in metadata
A["5108"] = dict(
    ents=[RAI, TAM, HAI, MBS, ZAR, "Mahnaz Qorbani-Sefat",
          "Tehran Times", "Qatar News Agency", "Asharq Al-Awsat",
          "Iran", "Qatar", "Oman", "Saudi Arabia",
          "Majlis"],
    calls=[call("c1", TAM_RAI, [TAM, RAI], "2021-06-19", caller=TAM),
           # "Oman's Sultan Haitham bin Tarik followed the day after, in a conversation" ("Neither call") -> Jun 20;
           # "followed" [in telephoning the president-elect] -> caller Haitham (doubtful, see README)
           call("c2", "A_E_haitham_raisi_2021_06_20", [HAI, RAI], "2021-06-20", caller=HAI),
           # Asharq Al-Awsat "reported that Raisi had spoken by telephone with ... Mohammed bin Salman"; "Raisi's office
           # rejected the report ... no such conversation had taken place": denied, null ("In July"), no caller
           call("c3", "A_D_raisi_mbs_2021_07", [RAI, MBS], None, status="denied")],
    # Qatar News Agency ("as the Qatar News Agency reported at the time") and Asharq Al-Awsat (the denied claim):
    # required. Tehran Times is the publisher. Traps: the Baghdad-hosted talks; the Vienna talks; ambassadors met in
    # Tehran.
    rb=[rb("c1", "Qatar News Agency", True), rb("c3", "Asharq Al-Awsat", True)])

# 5109 Colombia Reports, Tue 2020-03-17: telegraphic headline, byline, reader-funding appeal
A["5109"] = dict(
    ents=[DUQ, MOREN, VIZ, PIN, ABDO, MAD, BLU, VAL, "Valentina Orozco-De Brigard",
          "Caracol Televisión", "Twitter", "Colombia Reports",
          "Colombia", "Ecuador", "Peru", "Chile", "Paraguay", "Venezuela",
          "Prosur", "Casa de Nariño", "Pan American Health Organization"],
    calls=[# "convened a video conference ... on Monday": Mar 16, five named leaders; the convener is not a caller
           call("c1", "A_E_prosur_video_2020_03_16", [DUQ, MOREN, VIZ, PIN, ABDO], "2020-03-16"),
           # "Maduro said on Sunday that he had asked for a telephone conversation with Duque ... Bogotá had refused":
           # attempted (a refused request), caller Maduro; the request's day is not fixed (only the saying): null
           call("c2", "A_A_maduro_duque_2020_03", [MAD, DUQ], None, status="attempted", caller=MAD),
           # ministers: "spoke on Saturday by phone" -> Mar 14
           call("c3", "A_E_blum_valencia_2020_03_14", [BLU, VAL], "2020-03-14")],
    # Caracol Televisión ("broadcast the first minutes of the meeting live"): required. Twitter (Valencia "wrote on
    # Twitter that the two had agreed"): required. Traps: "Duque has called on Colombians"; the border closure.
    rb=[rb("c1", "Caracol Televisión", True), rb("c3", "Twitter", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind64, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers (an emir, a sultan, a prime minister-elect, a "
        "president-elect, an acting prime minister among them), with plausible invented calls. Hand annotation in the "
        "format of seeds-gold.json. Calls are voice or video calls only (not in-person meetings, letters, statements or "
        "messages). 'required' items are stated plainly in the text and count for recall; required=false items are "
        "accepted but not demanded. 'event' ties mentions of the same real-world call across articles; a planned call "
        "and a held one are different events (one status per event). Dates are resolved against the publication date, "
        "or the dateline where the text anchors to it (5101, 5107), or the day the text anchors to (5101, 5102: the day "
        "after the governor's detention on Saturday 17 February 2018; 5108: the day after the vote of June 18); where "
        "local dates differ across time zones, the event date is the UTC date of the call (5105 c2). See README.md."),
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
