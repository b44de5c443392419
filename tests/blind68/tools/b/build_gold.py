#!/usr/bin/env python3
"""Build ../gold.json (blind68, part B) from the hand annotation below and the registry of names.

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
MAS, GEI, LUN, MNA, RAM = "Mokgweetsi Masisi", "Hage Geingob", "Edgar Lungu", "Emmerson Mnangagwa", "Cyril Ramaphosa"
SUN, ATT, MEL, SCH, MAR = "Rishi Sunak", "Gabriel Attal", "Giorgia Meloni", "Olaf Scholz", "Micheál Martin"
TRU, ARE, MRP, ALB = "Justin Trudeau", "Bernardo Arévalo", "James Marape", "Anthony Albanese"
NN, KW = "Netumbo Nandi-Ndaitwah", "Lemogang Kwape"

# cross-article events
MAS_GEI = "B_E_masisi_geingob_2020_11_07"   # 5190 ("yesterday" against "WINDHOEK, 08 NOV"; published Mon 9th; Twitter),
                                            # 5191 ("On Saturday, 7th November 2020 ... placed a telephone call"; Btv aired
                                            # footage), 5199 ("Saturday's conversation", in passing, no caller)
SUN_ATT = "B_E_sunak_attal_2024_01_25"      # 5192 ("rang ... on Thursday evening"; X), 5193 ("yesterday evening" in a
                                            # Friday interview; France Inter; no caller: "Who called whom?"), 5196 (live
                                            # blog 21:08 "took place this evening"; no caller)
TRU_ARE = "B_E_trudeau_arevalo_2024_01_16"  # 5194 ("called ... on Tuesday"; X), 5195 ("yesterday" against "Guatemala City,
                                            # Jan 17", published Jan 18; no caller), 5198 (feature: "phoned ... on the Tuesday
                                            # after the inauguration")

# 5190 New Era (NAMPA), Mon 2020-11-09: wire "WINDHOEK, 08 NOV (NAMPA) –"
A["5190"] = dict(
    ents=[MAS, GEI, NN, KW, "Lawrence Sampofu", "NAMPA", "Twitter", "Botswana Defence Force", "Presidency", "Botswana",
          "Namibia"],
    calls=[# "Masisi yesterday telephoned President Hage Geingob" (dateline Nov 8 -> Nov 7)
           call("c1", MAS_GEI, [MAS, GEI], "2020-11-07", caller=MAS),
           # Nandi-Ndaitwah and Kwape "will hold a video conference on Tuesday" (planned, Nov 10)
           call("c2", "B_P_nandindaitwah_kwape_video_2020_11_10", [NN, KW], "2020-11-10", status="planned")],
    # c1: "The Presidency posted a photograph of Geingob on the telephone to its Twitter account" (paragraphs later).
    rb=[rb("c1", "Twitter", True)] + self_rows("NAMPA", "c1"))

# 5191 Mmegi, Tue 2020-11-10: Office of the President press release reposted
A["5191"] = dict(
    ents=[MAS, GEI, LUN, "Duma Boko", "Mmegi", "Btv", "Facebook", "Twitter", "WhatsApp", "Office of the President",
          "Botswana Defence Force", "Umbrella for Democratic Change", "Botswana", "Namibia", "Zambia"],
    calls=[call("c1", MAS_GEI, [MAS, GEI], "2020-11-07", caller=MAS),
           # "Later that same evening, His Excellency also telephoned ... Lungu"
           call("c2", "B_E_masisi_lungu_2020_11_07", [MAS, LUN], "2020-11-07", caller=MAS)],
    # c1: "Btv aired footage ... of Dr Masisi at his desk ... during the conversation".
    rb=[rb("c1", "Btv", True)] + self_rows("Mmegi", "c1", "c2"))

# 5192 The Independent, Fri 2024-01-26
A["5192"] = dict(
    ents=[SUN, ATT, "Élisabeth Borne", "James Cleverly", "Gérald Darmanin", "Yvette Cooper", "Harriet Oyelaran", "X",
          "Downing Street", "Home Office", "Matignon", "United Kingdom", "France"],
    calls=[call("c1", SUN_ATT, [SUN, ATT], "2024-01-25", caller=SUN),
           # "Cleverly, spoke to ... Darmanin, by video link on Wednesday" (ministers, Jan 24)
           call("c2", "B_E_cleverly_darmanin_video_2024_01_24", ["James Cleverly", "Gérald Darmanin"], "2024-01-24")],
    # c1: "Mr Sunak later wrote on X that he had had 'a great first call'". Cooper's "called the French time and again"
    # is not a call.
    rb=[rb("c1", "X", True)])  # The Independent is named only in the metadata

# 5193 RFI, Fri 2024-01-26: Q&A from a France Inter interview
A["5193"] = dict(
    ents=[ATT, SUN, MEL, SCH, "Stéphane Séjourné", "France Inter", "RFI", "Le Parisien", "Downing Street", "FNSEA",
          "United Kingdom", "France", "Germany"],
    calls=[# "I had Rishi Sunak on the phone yesterday evening" (Jan 25; "Who called whom?" left open: no caller)
           call("c1", SUN_ATT, [ATT, SUN], "2024-01-25"),
           # Le Parisien: "you had already called Giorgia Meloni" - "That conversation did not take place" (denied;
           # claimed caller Attal; no day)
           call("c2", "B_D_attal_meloni_2024_01", [ATT, MEL], None, status="denied", caller=ATT),
           # "I will speak with Chancellor Scholz by telephone this weekend" (planned; no single day)
           call("c3", "B_P_attal_scholz_2024_01", [ATT, SCH], None, status="planned")],
    # c1: the interview given to France Inter disclosed the call. c2: Le Parisien carried the denied claim.
    rb=[rb("c1", "France Inter", True), rb("c2", "Le Parisien", True)] + self_rows("RFI", "c1"))

# 5194 CBC News, Wed 2024-01-17
A["5194"] = dict(
    ents=[TRU, ARE, "Mélanie Joly", "Carlos Ramiro Martínez", "Michael Chong", "Marc-André Delisle", "X", "CBC News",
          "Prime Minister's Office", "Global Affairs Canada", "Organization of American States", "Semilla", "Canada",
          "Guatemala"],
    calls=[call("c1", TRU_ARE, [TRU, ARE], "2024-01-16", caller=TRU),
           # Joly "is also expected to hold a video call with ... Martínez, next week" (planned, null)
           call("c2", "B_P_joly_martinez_video_2024_01", ["Mélanie Joly", "Carlos Ramiro Martínez"], None,
                status="planned")],
    rb=[rb("c1", "X", True)] + self_rows("CBC News", "c1"))

# 5195 Prensa Latina, Thu 2024-01-18: "Guatemala City, Jan 17 (Prensa Latina)"
A["5195"] = dict(
    ents=[ARE, TRU, "Andrés Manuel López Obrador", "Karin Herrera", "Alicia Bárcena", "Consuelo Porras",
          "Prensa Latina", "Secretariat of Social Communication of the Presidency", "Semilla", "Canada", "Guatemala",
          "Mexico"],
    calls=[call("c1", TRU_ARE, [ARE, TRU], "2024-01-16"),
           # Herrera "spoke by telephone on Tuesday with ... Barcena" (Jan 16; "local media said": no outlet named)
           call("c2", "B_E_herrera_barcena_2024_01_16", ["Karin Herrera", "Alicia Bárcena"], "2024-01-16")],
    rb=self_rows("Prensa Latina", "c1"))

# 5196 The Guardian live blog, Thu 2024-01-25 (GMT stamps, newest first); the outlet only in the metadata
A["5196"] = dict(
    ents=[SUN, ATT, MAR, "Yvette Cooper", "Chris Heaton-Harris", "Tomasz Wrenfield", "RTÉ", "Downing Street",
          "Department of Foreign Affairs", "United Kingdom", "France", "Ireland"],
    calls=[# 18:42 "will speak to ... Attal, on the phone this evening" (planned, Jan 25)
           call("c1", "B_P_sunak_attal_2024_01_25", [SUN, ATT], "2024-01-25", status="planned"),
           # 21:08 "the call between Rishi Sunak and Gabriel Attal, which took place this evening"
           call("c2", SUN_ATT, [SUN, ATT], "2024-01-25"),
           # 15:36 Martin "has spoken by phone to ... Heaton-Harris, this afternoon"
           call("c3", "B_E_martin_heatonharris_2024_01_25", [MAR, "Chris Heaton-Harris"], "2024-01-25")],
    # c3: "RTÉ carried the department's account of the call".
    rb=[rb("c3", "RTÉ", True)])

# 5197 The National (PNG), Fri 2024-01-12: short brief, telegraphic headline; no outlet credited in the text
A["5197"] = dict(
    ents=[MRP, ALB, "Joseph Lelang", "David Manning", "Grace Kaupa-Tola", "Papua New Guinea", "Australia"],
    calls=[# "spoke by telephone with ... Albanese on Thursday"; "Mr Albanese placed the call" (Jan 11)
           call("c1", "B_E_albanese_marape_2024_01_11", [ALB, MRP], "2024-01-11", caller=ALB),
           # Lelang "had tried to phone the Prime Minister on Wednesday night ... but could not get through" (attempted)
           call("c2", "B_A_lelang_marape_2024_01_10", ["Joseph Lelang", MRP], "2024-01-10", status="attempted",
                caller="Joseph Lelang")],
    rb=[])

# 5198 The Globe and Mail, Mon 2024-02-05: feature, the call in passing
A["5198"] = dict(
    ents=[ARE, TRU, "Oriana Velásquez-Brandt", "Ernestina Chun", "Facebook", "The Globe and Mail", "Semilla",
          "Xinka Parliament", "Canada", "Guatemala"],
    calls=[call("c1", TRU_ARE, [TRU, ARE], "2024-01-16", caller=TRU)],
    # "according to the Canadian readout" names no outlet; the Xinka Parliament's Facebook photographs are of a meeting.
    rb=self_rows("The Globe and Mail", "c1"))

# 5199 Namibian Sun, Thu 2020-11-12: round-up of one day's calls (Wednesday, Nov 11)
A["5199"] = dict(
    ents=[GEI, LUN, MNA, MAS, RAM, NN, KW, "Alfredo Hengari", "McHenry Venaani", "Namibian Sun", "State House",
          "Southern African Development Community", "African Union", "Popular Democratic Movement",
          "Ministry of International Relations and Cooperation", "Botswana", "Namibia", "Zambia", "Zimbabwe",
          "South Africa"],
    calls=[# "the President phoned his Zambian counterpart, Edgar Lungu, in the morning" (Wed Nov 11)
           call("c1", "B_E_geingob_lungu_2020_11_11", [GEI, LUN], "2020-11-11", caller=GEI),
           # "In the afternoon, Zimbabwe's President Emmerson Mnangagwa called Geingob"
           call("c2", "B_E_mnangagwa_geingob_2020_11_11", [MNA, GEI], "2020-11-11", caller=MNA),
           # "Saturday's conversation between Geingob and ... Masisi" (Nov 7; no caller here)
           call("c3", MAS_GEI, [GEI, MAS], "2020-11-07"),
           # "is expected to brief ... Ramaphosa ... by telephone on Friday" (planned, Nov 13)
           call("c4", "B_P_geingob_ramaphosa_2020_11_13", [GEI, RAM], "2020-11-13", status="planned"),
           # "On Tuesday ... held a meeting by video link" (ministers; the planned call of 5190 held, a separate event)
           call("c5", "B_E_nandindaitwah_kwape_video_2020_11_10", [NN, KW], "2020-11-10")],
    # Hengari "told the Namibian Sun" (the publisher, about the planned call): not required.
    rb=self_rows("Namibian Sun", "c4"))


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind68, part B): 10 articles written for this set (not real published text), "
        "each about real heads of state or government and ministers, with plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only. 'required' items are "
        "stated plainly in the text and count for recall; required=false items are accepted but not demanded. 'event' "
        "ties mentions of the same real-world call across articles; planned, attempted and denied calls are events of "
        "their own (one status per event). Dates are resolved against the publication date, or the dateline where the "
        "text anchors to it (5190, 5195 'yesterday'), or an event the text names (5198 'the Tuesday after the "
        "inauguration'). See README.md."),
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
