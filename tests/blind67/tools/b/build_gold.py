#!/usr/bin/env python3
"""Build ../gold.json (blind67, part B) from the hand annotation below and the registry of names.

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
MAR, PRA, MAC, MEL, MAH, OUA, TIN = ("Ferdinand Marcos Jr.", "Prabowo Subianto", "Emmanuel Macron", "Giorgia Meloni",
                                     "John Dramani Mahama", "Alassane Ouattara", "Bola Tinubu")
RH, MRS, NYU, XAN, JOK, GUT, MON = ("José Ramos-Horta", "Marcelo Rebelo de Sousa", "Filipe Nyusi", "Xanana Gusmão",
                                    "Joko Widodo", "António Guterres", "Luís Montenegro")
AKU, SALL, MAM, ORB, FIC, ZEL = ("Nana Akufo-Addo", "Macky Sall", "Robert Beugré Mambé", "Viktor Orbán", "Robert Fico",
                                 "Volodymyr Zelensky")
SAN, COS, M6, F6 = "Pedro Sánchez", "António Costa", "Mohammed VI", "Felipe VI"
REM, YUS = "Jesus Crispin Remulla", "Yusril Ihza Mahendra"

# cross-article events
MAR_PRA = "B_E_marcos_prabowo_2024_12_13"     # 5170 ("called ... on Friday night", PNA dateline Dec 14; Facebook), 5171
                                              # ("called our President last Friday evening", published Mon Dec 16), 5172
                                              # (feature: "Five days before the flight [Dec 18], on the Friday evening")
REM_YUS_P = "B_P_remulla_yusril_video_2024_12_17"  # planned video call: 5170 ("next week", null), 5171 ("on Tuesday
                                              # morning" = Dec 17)
MRS_RH = "B_E_marcelo_ramoshorta_2024_08_30"  # 5174 ("in the first half hour of Saturday, Dili time ... still Friday
                                              # afternoon in Lisbon": UTC Aug 30; Lusa), 5175 ("yesterday", "on Friday
                                              # afternoon", date only in the metadata; no outlet)
TIN_OUA = "B_E_tinubu_ouattara_2024_02_11"    # 5176 (live blog entry 11:52 pm Sunday; Channels Television), 5177 ("late
                                              # on Sunday", APA dateline Feb 12)
AKU_OUA = "B_E_akufoaddo_ouattara_2024_02_12" # 5176 (9:47 am Monday "this morning"; X), 5177 ("On Monday morning";
                                              # Fraternité Matin "learned")

# 5170 Philippine News Agency, Sat 2024-12-14: wire "MANILA, Dec. 14 (PNA) --"
A["5170"] = dict(
    ents=[MAR, PRA, "Mary Jane Veloso", "Enrique Manalo", "Sugiono", REM, YUS, "Joyce Ann Villareal-Baguio",
          "Philippine News Agency", "Facebook", "Presidential Communications Office", "Malacañang",
          "Department of Foreign Affairs", "Department of Justice", "Migrante International", "Philippines", "Indonesia"],
    calls=[# "President Ferdinand R. Marcos Jr. called Indonesian President Prabowo Subianto on Friday night"
           call("c1", MAR_PRA, [MAR, PRA], "2024-12-13", caller=MAR),
           # "a conversation on Thursday between ... Enrique Manalo and ... Sugiono ... by telephone" (ministers, Dec 12)
           call("c2", "B_E_manalo_sugiono_2024_12_12", ["Enrique Manalo", "Sugiono"], "2024-12-12"),
           # Remulla and Yusril "are expected to hold a video call next week" (planned, null here)
           call("c3", REM_YUS_P, [REM, YUS], None, status="planned")],
    # c1: the PCO's Facebook page "carried a photo of Marcos on the phone ... 'A call of thanks to a friend and
    # neighbor'" (paragraphs after the call). PNA is the publisher.
    rb=[rb("c1", "Facebook", True)] + self_rows("Philippine News Agency", "c1", "c2"))

# 5171 Antara, Mon 2024-12-16: transcript-like Q&A with Yusril
A["5171"] = dict(
    ents=[YUS, REM, MAR, PRA, MAC, "Prasetyo Hadi", "Tony Burke", "Serge Atlaoui", "Sugiono", "Mary Jane Veloso",
          "Rangga Pramudya Wicaksono", "Sri Haryati", "Antara", "Kompas", "Indonesia", "Philippines", "Australia",
          "France"],
    calls=[# "President Marcos called our President last Friday evening" (Dec 13)
           call("c1", MAR_PRA, [MAR, PRA], "2024-12-13", caller=MAR),
           # "with Secretary Remulla ... in a video conference on Tuesday morning" (planned, Dec 17)
           call("c2", REM_YUS_P, [YUS, REM], "2024-12-17", status="planned"),
           # "I spoke on the telephone with ... Mr Tony Burke, on Saturday evening" (ministers, Dec 14; no caller)
           call("c3", "B_E_yusril_burke_2024_12_14", [YUS, "Tony Burke"], "2024-12-14"),
           # Kompas "reported on Sunday that ... Macron had telephoned President Prabowo"; "there was no such telephone
           # call" (denied; claimed caller Macron; the claimed call's day is not given)
           call("c4", "B_D_macron_prabowo_2024_12", [MAC, PRA], None, status="denied", caller=MAC)],
    # c4: Kompas carried the denied claim. Antara is the publisher.
    rb=[rb("c4", "Kompas", True)] + self_rows("Antara", "c1"))

# 5172 Rappler, Tue 2025-01-21: feature, calls in passing
A["5172"] = dict(
    ents=["Mary Jane Veloso", "Celia Veloso", MAR, PRA, REM, YUS, "Patricia Mae Dimaculangan", "Rappler",
          "Philippine Daily Inquirer", "Migrante International", "International Fact-Checking Network",
          "Correctional Institution for Women", "Philippines", "Indonesia"],
    calls=[# "Five days before the flight [December 18], on the Friday evening, President Ferdinand Marcos Jr. picked up
           # the phone to Prabowo Subianto" (Dec 13; caller Marcos)
           call("c1", MAR_PRA, [MAR, PRA], "2024-12-13", caller=MAR),
           # Remulla "spoke by telephone last week with Indonesia's Yusril Ihza Mahendra" (null; a different call from
           # the planned December video call)
           call("c2", "B_E_remulla_yusril_2025_01", [REM, YUS], None)],
    # c2: "a call first reported by the Philippine Daily Inquirer". "Jakarta's readout" names no outlet.
    rb=[rb("c2", "Philippine Daily Inquirer", True)] + self_rows("Rappler", "c1", "c2"))

# 5173 Decode39, Wed 2025-03-12: Palazzo Chigi note "Rome, 11 March 2025" reposted
A["5173"] = dict(
    ents=[MEL, MAH, OUA, TIN, "Antonio Tajani", "Samuel Okudzeto Ablakwa", "Mahamudu Bawumia", "Decode39",
          "Daily Graphic", "Ghana News Agency", "Palazzo Chigi", "ECOWAS", "Italy", "Ghana", "Côte d'Ivoire",
          "Nigeria"],
    calls=[# "President Meloni today held a video conference with ... Mahama, and ... Ouattara" (the note's day, Tue
           # Mar 11; no caller)
           call("c1", "B_E_meloni_mahama_ouattara_video_2025_03_11", [MEL, MAH, OUA], "2025-03-11"),
           # "Tajani spoke by phone on Monday with ... Ablakwa" (ministers, Mar 10)
           call("c2", "B_E_tajani_ablakwa_2025_03_10", ["Antonio Tajani", "Samuel Okudzeto Ablakwa"], "2025-03-10"),
           # "President Meloni will speak by telephone with ... Tinubu, in the coming days" (planned, null)
           call("c3", "B_P_meloni_tinubu_2025_03", [MEL, TIN], None, status="planned")],
    # c2: "Ghana's Daily Graphic reported, citing the Ghana News Agency": the Graphic is required, the agency it cites
    # is accepted but not demanded (see README).
    rb=[rb("c2", "Daily Graphic", True), rb("c2", "Ghana News Agency", False)])

# 5174 TATOLI, Sat 2024-08-31: "DILI, 31 August 2024 (TATOLI) –", round-up of the anniversary's calls
A["5174"] = dict(
    ents=[RH, MRS, NYU, XAN, JOK, GUT, "Bendito dos Santos Freitas", "Filomeno da Costa Soares", "Rosa Maria Ximenes",
          "TATOLI", "RTTL", "Lusa", "Office of the President", "Office of the Prime Minister",
          "Community of Portuguese Language Countries", "ASEAN", "Belém Palace", "Timor-Leste", "Portugal",
          "Mozambique", "Indonesia"],
    calls=[# Ramos-Horta "received a telephone call from" Marcelo "in the first half hour of Saturday, Dili time ... It
           # was still Friday afternoon in Lisbon" (UTC Aug 30)
           call("c1", MRS_RH, [MRS, RH], "2024-08-30", caller=MRS),
           # "Earlier on Friday, President Ramos-Horta also spoke by phone with ... Nyusi, who called from Maputo"
           call("c2", "B_E_nyusi_ramoshorta_2024_08_30", [NYU, RH], "2024-08-30", caller=NYU),
           # "Xanana Gusmão will hold a telephone conversation with ... Joko Widodo, on Monday" (planned, Sep 2)
           call("c3", "B_P_xanana_jokowi_2024_09_02", [XAN, JOK], "2024-09-02", status="planned")],
    # c1: "The Portuguese news agency Lusa also reported the call from Lisbon" (last paragraph). c2: "State broadcaster
    # RTTL carried the President's account of the conversation". TATOLI is the publisher. Guterres was there in person.
    rb=[rb("c1", "Lusa", True), rb("c2", "RTTL", True)] + self_rows("TATOLI", "c1", "c2"))

# 5175 The Portugal News, Sat 2024-08-31: short brief, no dateline (the day only in the metadata), URL blank
A["5175"] = dict(
    ents=[MRS, RH, "Paulo Rangel", MON, "The Portugal News", "United Nations", "Timor-Leste", "Portugal",
          "Indonesia"],
    calls=[# Marcelo "yesterday spoke by telephone with ... Jose Ramos Horta"; "Marcelo placed the call on Friday
           # afternoon"
           call("c1", MRS_RH, [MRS, RH], "2024-08-30", caller=MRS)],
    # No outlet is credited ("a note published on the presidency's website"). Montenegro "did not call Dili" (negation).
    rb=self_rows("The Portugal News", "c1"))

# 5176 Vanguard, Mon 2024-02-12: live blog (WAT stamps, day headers, oldest first)
A["5176"] = dict(
    ents=[TIN, OUA, AKU, "Ajuri Ngelale", "Kashim Shettima", "Tiémoko Meyliet Koné", "John Owan Enoh",
          "William Troost-Ekong", "Franck Kessié", "Sébastien Haller", "José Peseiro", "Chinedu Okorafor-Eze",
          "Halima Bashir-Tanko", "Vanguard", "Channels Television", "X", "Jubilee House", "Côte d'Ivoire", "Nigeria",
          "Ghana"],
    calls=[# 11:52 pm Sunday: "Bola Tinubu has telephoned ... Ouattara" (Feb 11)
           call("c1", TIN_OUA, [TIN, OUA], "2024-02-11", caller=TIN),
           # 9:47 am Monday: "Nana Akufo-Addo has also called Ouattara this morning" (Feb 12)
           call("c2", AKU_OUA, [AKU, OUA], "2024-02-12", caller=AKU),
           # 1:15 pm Monday: "Shettima spoke by telephone this afternoon with ... Koné" (vice-presidents, Persons)
           call("c3", "B_E_shettima_kone_2024_02_12", ["Kashim Shettima", "Tiémoko Meyliet Koné"], "2024-02-12")],
    # c1: Ngelale "has told Channels Television". c2: "Jubilee House said in a post on X". Tinubu's own X post "did not
    # mention the call" (no row). Enoh's call with an unnamed counterpart is not annotated.
    rb=[rb("c1", "Channels Television", True), rb("c2", "X", True)] + self_rows("Vanguard", "c1", "c2", "c3"))

# 5177 APA News, Mon 2024-02-12: wire "Abidjan (Côte d'Ivoire), Feb 12, 2024 (APA) –"; URL blank
A["5177"] = dict(
    ents=[OUA, TIN, AKU, SALL, MAM, "Dominique Ouattara", "Jean-Louis Gasset", "Emerse Faé", "APA",
          "Fraternité Matin", "Ivorian Football Federation", "Côte d'Ivoire", "Nigeria", "Senegal"],
    calls=[# Ouattara "received a telephone call late on Sunday from ... Bola Ahmed Tinubu" (Feb 11)
           call("c1", TIN_OUA, [TIN, OUA], "2024-02-11", caller=TIN),
           # "On Monday morning ... Akufo-Addo, who telephoned Mr. Ouattara" (Feb 12)
           call("c2", AKU_OUA, [AKU, OUA], "2024-02-12", caller=AKU),
           # "The head of state also spoke with Senegalese President Macky Sall" (not said to be a call; no day)
           call("c3", "B_E_ouattara_sall_2024_02", [OUA, SALL], None, required=False)],
    # c2: "The daily Fraternité Matin learned of the conversation". APA is the publisher.
    rb=[rb("c2", "Fraternité Matin", True)] + self_rows("APA", "c1", "c2"))

# 5178 Daily News Hungary, Fri 2025-01-03: telegraphic headline
A["5178"] = dict(
    ents=[ORB, FIC, ZEL, "Péter Szijjártó", "Juraj Blanár", "Zoltán Kovács", "Daily News Hungary", "Facebook", "MTI",
          "TA3", "European Commission", "Hungary", "Slovakia", "Ukraine", "Russia"],
    calls=[# "Orbán and ... Fico held a telephone conversation on Thursday" (Jan 2; no caller)
           call("c1", "B_E_orban_fico_2025_01_02", [ORB, FIC], "2025-01-02"),
           # Szijjártó "had rung ... Juraj Blanár on New Year's Day" (ministers, Jan 1, 2025; caller Szijjártó)
           call("c2", "B_E_szijjarto_blanar_2025_01_01", ["Péter Szijjártó", "Juraj Blanár"], "2025-01-01",
                caller="Péter Szijjártó"),
           # Fico "had asked for a telephone call with ... Zelensky in the last days of December but had received no
           # response" (attempted, the requester is the caller; no day)
           call("c3", "B_A_fico_zelensky_2024_12", [FIC, ZEL], None, status="attempted", caller=FIC)],
    # c1: the video "posted on his Facebook page on Thursday evening". c2: "in a statement to the state news agency
    # MTI". c3: Fico "told the Slovak broadcaster TA3". Kovács: Orbán "had not spoken with Zelensky" (negation).
    rb=[rb("c1", "Facebook", True), rb("c2", "MTI", True), rb("c3", "TA3", True)])

# 5179 Catalan News, Sat 2023-11-18: list of congratulation calls; title blank in metadata
A["5179"] = dict(
    ents=[SAN, MRS, COS, M6, MEL, F6, "Ursula von der Leyen", "José Manuel Albares", "Alberto Núñez Feijóo",
          "Carles Puigdemont", "Catalan News", "X", "MAP", "Moncloa", "Junts", "ERC", "Zarzuela Palace",
          "Spain", "Portugal", "Morocco", "Italy"],
    calls=[# "Marcelo called Sánchez on Thursday evening, shortly after the vote" (Nov 16; the first draft had Costa, a
           # call an earlier set already tells: changed, see README)
           call("c1", "B_E_marcelo_sanchez_2023_11_16", [MRS, SAN], "2023-11-16", caller=MRS),
           # "On Friday, Moroccan King Mohammed VI telephoned the Socialist leader" (Nov 17)
           call("c2", "B_E_mohammed6_sanchez_2023_11_17", [M6, SAN], "2023-11-17", caller=M6),
           # "Meloni also spoke by phone with Sánchez on Friday" (no caller)
           call("c3", "B_E_meloni_sanchez_2023_11_17", [MEL, SAN], "2023-11-17"),
           # "Sánchez is due to hold a phone call with ... von der Leyen on Monday" (planned, Nov 20)
           call("c4", "B_P_sanchez_vonderleyen_2023_11_20", [SAN, "Ursula von der Leyen"], "2023-11-20",
                status="planned")],
    # c1: Marcelo "later wrote on X that he had congratulated 'my friend Pedro'". c2: "the Moroccan state news agency MAP
    # reported". c3: a Moncloa spokesperson (organization). Feijóo "has called the deal" is not a call.
    rb=[rb("c1", "X", True), rb("c2", "MAP", True)] + self_rows("Catalan News", "c1", "c2", "c3"))


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind67, part B): 10 articles written for this set (not real published text), "
        "each about real heads of state or government and ministers, with plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, messages or posts). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; planned, attempted and denied calls are events "
        "of their own (one status per event). Dates are resolved against the publication date (5175 "
        "'yesterday' with the date only in the metadata), a government note's own date (5173 'today'), or an event the "
        "text names ('Five days before the flight', 'on New Year's Day'); where local dates differ across time zones, "
        "the UTC date of the call (Marcelo-Ramos-Horta: just after midnight on Saturday in Dili, Friday afternoon in "
        "Lisbon, 2024-08-30). See README.md."),
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
