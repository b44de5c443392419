#!/usr/bin/env python3
"""Build ../gold.json (blind55, part B) from the hand annotation below and the registry of names.

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
BOKO, NNN, MSW, CHAK, LOUR, RMD, MAT = ("Duma Boko", "Netumbo Nandi-Ndaitwah", "Mswati III", "Lazarus Chakwera",
                                       "João Lourenço", "Russell Mmiso Dlamini", "Sam Matekane")
MOD, LUV = "Stephen Modise", "Esperance Luvindao"
BOL, PET, NOB, LULA, SCH, VIL = ("Dina Boluarte", "Gustavo Petro", "Daniel Noboa", "Luiz Inácio Lula da Silva",
                                 "Elmer Schialer", "Rosa Villavicencio")
TOK, MERZ, SERD, MIR, RAH, NUR, WAD = ("Kassym-Jomart Tokayev", "Friedrich Merz", "Serdar Berdimuhamedov",
                                       "Shavkat Mirziyoyev", "Emomali Rahmon", "Murat Nurtleu", "Johann Wadephul")
MART, LEC, MAC, SCHOOF, ZEL, LEPEN = ("Micheál Martin", "Sébastien Lecornu", "Emmanuel Macron", "Dick Schoof",
                                      "Volodymyr Zelensky", "Marine Le Pen")

# cross-article events
NNN_BOKO = "B_E_nandindaitwah_boko_2025_08_27"   # 4930 (Mmegi, Fri: "On Wednesday, Boko received a telephone call
                                                 # from"; Facebook), 4931 (New Era/NAMPA, "WINDHOEK, 28 AUG": "yesterday
                                                 # telephoned"; NBC aired footage)
MSW_BOKO = "B_E_mswati_boko_2025_08_28"          # 4930 ("On Thursday, King Mswati III ... telephoned Boko"; BOPA named
                                                 # once near the end), 4932 (Eswatini Observer, Fri: "yesterday
                                                 # telephoned"; Eswatini TV carried a clip; Boko's post on X)
HEALTH_VIDEO = "B_E_modise_luvindao_video_2025_08_26"  # 4930 ("held a video call on Tuesday"), 4931 ("a meeting by
                                                 # video link on Tuesday"), ministers, no caller
SCH_VIL = "B_E_schialer_villavicencio_2025_08_07"  # 4933 (Andina, Fri: "on Thursday", no caller; X), 4934 (Colombia
                                                 # One feature ten days later: "placed a call ... on August 7", no
                                                 # year; caller Villavicencio; "first disclosed by El Tiempo")
PET_BOL_DENIED = "B_D_petro_boluarte_2025_08_06"  # 4933 ("reports in the Colombian press", "on Wednesday night",
                                                 # denied by Lima; no caller), 4934 (Semana's report: "Petro had phoned
                                                 # Dina Boluarte on the night of August 6"; denied by both sides)
MERZ_TOK = "B_E_merz_tokayev_2025_07_10"         # 4935 (Kazinform, "today", "at the initiative of the German side";
                                                 # Zheldibay's Facebook page), 4936 (DW, Fri: "Merz called ... on
                                                 # Thursday"; Kornelius "told the dpa news agency")
MERZ_MIR = "B_E_merz_mirziyoyev_2025_07_09"      # 4937 (UzDaily, "today", the date only in the metadata; Telegram),
                                                 # 4936 (DW: "A day earlier", i.e. the day before Thursday)
MART_LEC = "B_E_martin_lecornu_2025_09_09"       # 4938 (TheJournal.ie, Wed Sep 10: "I rang him last night, just after
                                                 # eleven o'clock our time"; Lecornu's post on X), 4939 (France 24 live
                                                 # blog of Tue Sep 9, entry stamped "00:07 (Wednesday)" Paris time:
                                                 # "has just spoken"). 23:0x in Dublin = 22:0x UTC on Sep 9.

# 4930 Mmegi, Fri 2025-08-29: a round-up of the week's calls Boko received
A["4930"] = dict(
    ents=[BOKO, NNN, MOD, LUV, MSW, CHAK, "Tshepiso Molema", "Mmegi", "Facebook", "Botswana Press Agency",
          "Botswana Democratic Party", "Office of the President", "Botswana", "Namibia", "Eswatini", "Malawi"],
    calls=[# "On Wednesday, Boko received a telephone call from Namibian President Netumbo Nandi-Ndaitwah"
           call("c1", NNN_BOKO, [NNN, BOKO], "2025-08-27", caller=NNN),
           # "Modise and ... Luvindao held a video call on Tuesday" (ministers)
           call("c2", HEALTH_VIDEO, [MOD, LUV], "2025-08-26"),
           # "On Thursday, King Mswati III of Eswatini telephoned Boko"
           call("c3", MSW_BOKO, [MSW, BOKO], "2025-08-28", caller=MSW),
           # "Boko is expected to hold a telephone conversation with ... Chakwera next week" (no date set)
           call("c4", "B_P_boko_chakwera_2025_09", [BOKO, CHAK], None, status="planned")],
    # "The Namibian Presidency later shared a photograph of Nandi-Ndaitwah on the call on its Facebook page";
    # "The King's call was reported by the Botswana Press Agency (BOPA)" (an agency named once, near the end).
    # "The Namibian Presidency" is not the newspaper The Namibian. "called the situation", "call centre",
    # "called on the government", "We do not want to hear about phone calls" are not calls.
    rb=[rb("c1", "Facebook", True), rb("c3", "Botswana Press Agency", True)])

# 4931 New Era (NAMPA), Thu 2025-08-28: wire "WINDHOEK, 28 AUG (NAMPA) –", "– NAMPA" sign-off
A["4931"] = dict(
    ents=[NNN, BOKO, LUV, MOD, LOUR, "NAMPA", "New Era", "Namibian Broadcasting Corporation", "State House",
          "Southern African Development Community", "Ministry of Health and Social Services", "Namibia", "Botswana",
          "Angola"],
    calls=[# "yesterday telephoned her Botswana counterpart, Duma Gideon Boko" (the dateline's yesterday)
           call("c1", NNN_BOKO, [NNN, BOKO], "2025-08-27", caller=NNN),
           # "a meeting by video link on Tuesday between ... Luvindao and ... Modise"
           call("c2", HEALTH_VIDEO, [LUV, MOD], "2025-08-26"),
           # "is also due to speak by phone with Angolan President João Lourenço on Friday" (planned)
           call("c3", "B_P_nandindaitwah_lourenco_2025_08_29", [NNN, LOUR], "2025-08-29", status="planned")],
    # NBC "aired footage of the President at her desk in State House during the call". NAMPA is the wire on New Era's
    # site. "Follow New Era on Facebook and X" is page furniture. "has called pharmaceutical self-reliance",
    # "called on local manufacturers" are not calls.
    rb=[rb("c1", "Namibian Broadcasting Corporation", True)] + self_rows("NAMPA", "c1", "c2", "c3"))

# 4932 Eswatini Observer, Fri 2025-08-29; URL blank
A["4932"] = dict(
    ents=[MSW, BOKO, "Alpheous Nxumalo", RMD, MAT, "Sibusiso Dludlu", "Eswatini Observer", "Eswatini TV", "X",
          "Southern African Customs Union", "Southern African Development Community", "Eswatini", "Botswana",
          "Lesotho", "United States"],
    calls=[# "His Majesty King Mswati III yesterday telephoned the President of the Republic of Botswana, Duma Boko"
           call("c1", MSW_BOKO, [MSW, BOKO], "2025-08-28", caller=MSW),
           # "Prime Minister Russell Mmiso Dlamini spoke by telephone on Wednesday with ... Sam Matekane"
           call("c2", "B_E_dlamini_matekane_2025_08_27", [RMD, MAT], "2025-08-27")],
    # "Eswatini TV carried a short clip of His Majesty on the telephone"; Boko's "post on X" thanking the King for "a
    # warm and brotherly call" (five paragraphs after the call). Nxumalo "told the Eswatini Observer" (the publisher).
    # The share bar is furniture. "called on emaSwati" is not a call.
    rb=[rb("c1", "Eswatini TV", True), rb("c1", "X", True), rb("c1", "Eswatini Observer", False)])

# 4933 Andina, Fri 2025-08-08: wire "Lima, Aug. 8 (ANDINA)."
A["4933"] = dict(
    ents=[SCH, VIL, BOL, PET, NOB, "Andina", "X", "El Peruano", "Ministry of Foreign Affairs", "Government Palace",
          "Peru", "Colombia", "Ecuador", "Brazil"],
    calls=[# "held a telephone conversation on Thursday with Colombia's Minister of Foreign Affairs, Rosa Villavicencio"
           call("c1", SCH_VIL, [SCH, VIL], "2025-08-07"),
           # "rejected reports in the Colombian press that ... Boluarte had held a telephone conversation with ...
           # Petro on Wednesday night" - "No such conversation took place" (denied; no caller in this text)
           call("c2", PET_BOL_DENIED, [BOL, PET], "2025-08-06", status="denied"),
           # "Boluarte received a phone call on Thursday afternoon from the President of Ecuador, Daniel Noboa"
           call("c3", "B_E_noboa_boluarte_2025_08_07", [NOB, BOL], "2025-08-07", caller=NOB)],
    # "Schialer wrote on X shortly after the call". The ministry's website and Government Palace are organizations;
    # "the Colombian press" names no outlet; El Peruano published a law, not a call. "has called the creation ... a
    # unilateral act" is not a call.
    rb=[rb("c1", "X", True)] + self_rows("Andina", "c1", "c2", "c3"))

# 4934 Colombia One, Mon 2025-08-18: a feature from Leticia, calls in passing
A["4934"] = dict(
    ents=[PET, VIL, SCH, BOL, LULA, "Camila Restrepo Ardila", "El Tiempo", "Semana", "Colombia One",
          "Casa de Nariño", "Colombia", "Peru", "Brazil"],
    calls=[# "Villavicencio placed a call to her Peruvian counterpart, Elmer Schialer, on August 7" (no year)
           call("c1", SCH_VIL, [VIL, SCH], "2025-08-07", caller=VIL),
           # Semana: "Petro had phoned Dina Boluarte on the night of August 6"; denied by Lima and by Petro's office
           call("c2", PET_BOL_DENIED, [PET, BOL], "2025-08-06", status="denied", caller=PET),
           # "Petro did speak by phone last week with ... Lula da Silva" (no day)
           call("c3", "B_E_petro_lula_2025_08", [PET, LULA], None)],
    # "a conversation first disclosed by El Tiempo" (a paper citing another outlet); "Semana reported, citing two
    # officials" (the denied claim). "broadcast live on national television" is a speech, no outlet named.
    # "Nobody calls us", "has called the Peruvian law", "has called for calm" are not calls.
    rb=[rb("c1", "El Tiempo", True), rb("c2", "Semana", True)])

# 4935 Kazinform, Thu 2025-07-10: "ASTANA. KAZINFORM –", telegraphic headline
A["4935"] = dict(
    ents=[TOK, MERZ, "Ruslan Zheldibay", NUR, WAD, SERD, "Kazinform", "Facebook", "Akorda", "Ministry of Foreign Affairs",
          "European Union", "Kazakhstan", "Germany", "Turkmenistan", "Ukraine"],
    calls=[# "had a telephone conversation with ... Merz today"; "at the initiative of the German side"
           call("c1", MERZ_TOK, [TOK, MERZ], "2025-07-10", caller=MERZ),
           # "Nurtleu is expected to hold a telephone conversation with ... Wadephul next week" (planned; no day)
           call("c2", "B_P_nurtleu_wadephul_2025_07", [NUR, WAD], None, status="planned"),
           # "On Tuesday, the Head of State received a telephone call from ... Serdar Berdimuhamedov"
           call("c3", "B_E_berdimuhamedov_tokayev_2025_07_08", [SERD, TOK], "2025-07-08", caller=SERD)],
    # Zheldibay "shared details of the conversation on his Facebook page". Kazinform is the publisher ("citing
    # Akorda"). The Telegram line is furniture. "Tokayev called for" is not a call; the invitation is not a call.
    rb=[rb("c1", "Facebook", True)] + self_rows("Kazinform", "c1", "c3"))

# 4936 DW, Fri 2025-07-11: short brief, no dateline
A["4936"] = dict(
    ents=[MERZ, TOK, MIR, "Stefan Kornelius", "Olaf Scholz", "Jonas Albrecht", "dpa", "DW", "European Union",
          "Germany", "Kazakhstan", "Uzbekistan"],
    calls=[# "Merz called Kazakhstan's President Kassym-Zhomart Tokayev on Thursday"
           call("c1", MERZ_TOK, [MERZ, TOK], "2025-07-10", caller=MERZ),
           # "A day earlier, Merz had spoken by phone with Uzbek President Shavkat Mirziyoyev" (Wednesday)
           call("c2", MERZ_MIR, [MERZ, MIR], "2025-07-09")],
    # Kornelius "told the dpa news agency" (a spokesperson's statement to an agency). "According to Tashkent" names
    # no outlet. "Berlin has called Central Asia" is not a call; Scholz's visit is in person.
    rb=[rb("c1", "dpa", True)])

# 4937 UzDaily, Wed 2025-07-09: the presidential press service's report reposted; "today", the date only in metadata
A["4937"] = dict(
    ents=[MIR, MERZ, RAH, "Bakhtiyor Saidov", "UzDaily", "Telegram", "European Union",
          "Economic Cooperation Organization", "Uzbekistan", "Germany", "Tajikistan"],
    calls=[# "held a telephone conversation today with the Federal Chancellor ... Friedrich Merz" (no caller)
           call("c1", MERZ_MIR, [MIR, MERZ], "2025-07-09"),
           # "Earlier, on 7 July, Shavkat Mirziyoev had a telephone conversation with ... Emomali Rahmon" (no year)
           call("c2", "B_E_mirziyoyev_rahmon_2025_07_07", [MIR, RAH], "2025-07-07")],
    # The report was "published on its official Telegram channel" (c1 only; the Rahmon paragraph is UzDaily's own).
    # UzDaily is the publisher. "has called the German market" is not a call.
    rb=[rb("c1", "Telegram", True)] + self_rows("UzDaily", "c1", "c2"))

# 4938 TheJournal.ie, Wed 2025-09-10: transcript-like Q&A of the Taoiseach's doorstep
A["4938"] = dict(
    ents=[MART, LEC, MAC, SCHOOF, "Jack Chambers", "X", "TheJournal.ie", "Department of Foreign Affairs", "France",
          "Ireland", "United States", "Netherlands"],
    calls=[# "I rang him last night, just after eleven o'clock our time"
           call("c1", MART_LEC, [MART, LEC], "2025-09-09", caller=MART),
           # "We're due to have a phone call on Friday" (planned; Friday 2025-09-12)
           call("c2", "B_P_martin_macron_2025_09_12", [MART, MAC], "2025-09-12", status="planned"),
           # "I spoke to Dick Schoof on the phone on Monday" (2025-09-08; no caller)
           call("c3", "B_E_martin_schoof_2025_09_08", [MART, SCHOOF], "2025-09-08")],
    # "He said on X overnight that he'd had 'a warm exchange with the Taoiseach'" (Lecornu's post about c1).
    # "Nobody has rung me about it and I haven't sought a call" is a negation; "called the cost-of-living package",
    # "can call the embassy's emergency line" are not calls.
    rb=[rb("c1", "X", True)])

# 4939 France 24, Tue 2025-09-09: live blog, Paris time stamps, newest first; title blank in metadata
A["4939"] = dict(
    ents=[LEC, MART, LEPEN, SCHOOF, ZEL, MERZ, "Stefan Kornelius", "Jean-Luc Mélenchon", MAC, "François Bayrou",
          "France 24", "BFMTV", "ANP", "X", "National Rally", "La France Insoumise", "National Assembly", "Élysée",
          "France", "Ireland", "Netherlands", "Germany", "Ukraine"],
    calls=[# 00:07 (Wednesday): "Martin has just spoken to Lecornu by phone" ("the third European head of government
           # to ring the new prime minister tonight"); just after midnight in Paris, just after 23:00 in Dublin
           call("c1", MART_LEC, [MART, LEC], "2025-09-09", caller=MART),
           # 23:18: Le Pen "tried to reach Lecornu by phone this evening and left a message"
           call("c2", "B_A_lepen_lecornu_2025_09_09", [LEPEN, LEC], "2025-09-09", status="attempted", caller=LEPEN),
           # 22:41: "Schoof spoke to Lecornu by phone about an hour ago" (no caller)
           call("c3", "B_E_schoof_lecornu_2025_09_09", [SCHOOF, LEC], "2025-09-09"),
           # 22:05: "Lecornu will speak with ... Zelensky by phone tomorrow morning" (planned, 2025-09-10)
           call("c4", "B_P_lecornu_zelensky_2025_09_10", [LEC, ZEL], "2025-09-10", status="planned"),
           # 21:32: "Merz has called Lecornu to congratulate him"
           call("c5", "B_E_merz_lecornu_2025_09_09", [MERZ, LEC], "2025-09-09", caller=MERZ)],
    # Le Pen "told BFMTV" (an interview about the attempt); "the Dutch news agency ANP reports" (c3); Kornelius
    # "wrote on X" (c5). The aide "tells France 24": the publisher. "called the appointment", "has called for the
    # dissolution" are not calls; the handover is in person.
    rb=[rb("c2", "BFMTV", True), rb("c3", "ANP", True), rb("c5", "X", True), rb("c4", "France 24", False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind55, part B): 10 articles written for this set (not real published text), "
        "each about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline where the text anchors to it (4931 'yesterday' under the 28 Aug "
        "dateline); where local dates differ across time zones, the UTC date of the call (Martin-Lecornu, "
        "4938/4939). See README.md."),
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
