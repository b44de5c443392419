#!/usr/bin/env python3
"""Build ../gold.json (blind46, part A) from the hand annotation below and the registry of names.

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
RAND, RAMG, AZALI, RAJ, RAMA, BOKO, NANDI, MNANG = "Michael Randrianirina", "Navin Ramgoolam", "Azali Assoumani", \
    "Andry Rajoelina", "Cyril Ramaphosa", "Duma Boko", "Netumbo Nandi-Ndaitwah", "Emmerson Mnangagwa"
JERI, NOBOA, BORIC, DEZELA, RUBIO, BOLUARTE, PETRO = "José Jerí", "Daniel Noboa", "Gabriel Boric", "Hugo de Zela", \
    "Marco Rubio", "Dina Boluarte", "Gustavo Petro"
PELL, BABIS, PAVEL, FICO, GERA, MERZ, MACRON, ORBAN = "Peter Pellegrini", "Andrej Babiš", "Petr Pavel", "Robert Fico", \
    "Matej Gera", "Friedrich Merz", "Emmanuel Macron", "Viktor Orbán"
SILINA, MICHAL, MELNIS, SUTT, VAIC, KRIST, RINK, PALUCKAS = "Evika Siliņa", "Kristen Michal", "Kaspars Melnis", \
    "Andres Sutt", "Žygimantas Vaičiūnas", "Ulf Kristersson", "Edgars Rinkēvičs", "Gintautas Paluckas"
HARRIS, SAAR, ALBARES, NETANYAHU = "Simon Harris", "Gideon Sa'ar", "José Manuel Albares", "Benjamin Netanyahu"
OUAT, MAHAMA, FAYE, GNAS, BIO, TINUBU, THIAM, GBAGBO = "Alassane Ouattara", "John Dramani Mahama", \
    "Bassirou Diomaye Faye", "Faure Gnassingbé", "Julius Maada Bio", "Bola Tinubu", "Tidjane Thiam", "Laurent Gbagbo"

# cross-article events (4)
RAMG_RAND = "A_E_ramgoolam_randrianirina_2025_10_18"
# 4500 (Africanews (AFP), Mon 20 Oct): "Ramgoolam called him on Saturday" (caller; Facebook post quoted next paragraph).
# 4501 (Daily Maverick, Fri 24 Oct): "spoke with him by phone the day after he was sworn in" (oath "on 17 October"), no caller.
NOBOA_JERI = "A_E_noboa_jeri_2025_10_16"
# 4502 (Andina, "Lima, Oct. 16 (ANDINA)", "this Thursday", "at the request of the Ecuadorian head of state": caller Noboa).
# 4503 (Swissinfo (EFE), "Quito, Oct 17 (EFE).-", "phoned ... last night" = 16 Oct against the dateline; X post).
PELL_BABIS = "A_E_pellegrini_babis_2025_12_09"
# 4504 (Slovak Spectator, Wed 10 Dec): "in a telephone call on the evening of his appointment" (appointed "on Tuesday"),
# no caller. 4505 (Radio Prague, Thu 11 Dec): "On Tuesday ... Babiš received congratulations by phone from ... Pellegrini".
SIL_MICH = "A_E_silina_michal_2025_02_08"
# 4506 (LSM+ live blog, Sat 8 Feb, 09:47 entry): "spoke by phone this morning with", no caller.
# 4507 (ERR News, Sun 9 Feb): "had called his Latvian counterpart Evika Silina on Saturday morning" (caller Michal).

# 4500 Africanews (AFP), Mon 2025-10-20
A["4500"] = dict(
    ents=[RAND, RAMG, AZALI, RAJ, "Agence France-Presse", "Facebook", "X", "WhatsApp", "TV Plus Madagascar",
          "Madagascar", "Mauritius", "Comoros", "African Union", "Southern African Development Community",
          "National Assembly"],
    calls=[call("c1", RAMG_RAND, [RAMG, RAND], "2025-10-18", caller=RAMG),
           # "On Sunday, Randrianirina also held a conversation by telephone with Azali Assoumani" = 19 Oct
           call("c2", "A_E_azali_randrianirina_2025_10_19", [AZALI, RAND], "2025-10-19"),
           # "denied a report by ... TV Plus Madagascar that Rajoelina had telephoned the colonel on Saturday night"
           call("c3", "A_D_rajoelina_randrianirina_2025_10_18", [RAJ, RAND], "2025-10-18", status="denied",
                caller=RAJ)],
    # the presidency's Facebook post about c1; TV Plus carried the denied claim; AFP is the wire credit
    rb=[rb("c1", "Facebook", True), rb("c3", "TV Plus Madagascar", True),
        rb("c1", "Agence France-Presse", False), rb("c2", "Agence France-Presse", False),
        rb("c3", "Agence France-Presse", False)])

# 4501 Daily Maverick, Fri 2025-10-24: analysis, calls in passing
A["4501"] = dict(
    ents=[RAND, RAMG, RAMA, BOKO, NANDI, MNANG, RAJ, "Thandeka Mokoena-Venter",
          "Daily Maverick", "Radio France Internationale",
          "Madagascar", "Mauritius", "Botswana", "Namibia", "Zimbabwe", "Tanzania",
          "Southern African Development Community", "High Constitutional Court", "DIRCO", "African Union"],
    calls=[call("c1", RAMG_RAND, [RAMG, RAND], "2025-10-18"),
           # "told Radio France Internationale in an interview ... that he had also spoken to President Cyril Ramaphosa
           # by telephone, without saying when" (null); Pretoria neither confirmed nor denied: occurred
           call("c2", "A_E_ramaphosa_randrianirina_2025_10", [RAMA, RAND], None),
           # "on Wednesday, when SADC heads of state met by video link": 22 Oct; chaired by Ramaphosa (no caller);
           # the four named only
           call("c3", "A_E_sadc_virtual_summit_2025_10_22", [RAMA, BOKO, NANDI, MNANG], "2025-10-22")],
    rb=[rb("c2", "Radio France Internationale", True)])

# 4502 Andina, 2025-10-16 (metadata and "Published: 10/16/2025"), "Lima, Oct. 16 (ANDINA)."; URL blank
A["4502"] = dict(
    ents=[JERI, NOBOA, BORIC, DEZELA, RUBIO, BOLUARTE, "Andina",
          "Peru", "Ecuador", "United States", "Office of the President"],
    calls=[call("c1", NOBOA_JERI, [NOBOA, JERI], "2025-10-16", caller=NOBOA),
           # "will hold a virtual meeting with the President of Chile, Gabriel Boric, next week" (null; video)
           call("c2", "A_P_jeri_boric_2025_10_next_week", [JERI, BORIC], None, status="planned"),
           # ministers: "On Wednesday, Foreign Minister Hugo de Zela spoke by phone with ... Marco Rubio" = 15 Oct
           call("c3", "A_E_dezela_rubio_2025_10_15", [DEZELA, RUBIO], "2025-10-15")],
    # Andina is the publisher (dateline): rows not required
    rb=[rb("c1", "Andina", False), rb("c2", "Andina", False), rb("c3", "Andina", False)])

# 4503 Swissinfo (EFE), Fri 2025-10-17, "Quito, Oct 17 (EFE).-"
A["4503"] = dict(
    ents=[NOBOA, JERI, PETRO, "EFE", "X", "Ecuador", "Peru", "Colombia", "United States",
          "Ecuadorian Presidency", "Foreign Ministry"],
    calls=[call("c1", NOBOA_JERI, [NOBOA, JERI], "2025-10-16", caller=NOBOA),
           # "had tried to reach Noboa by telephone several times in recent weeks ... without receiving an answer"
           call("c2", "A_A_petro_noboa_2025_recent_weeks", [PETRO, NOBOA], None, status="attempted", caller=PETRO)],
    # Noboa "described the call ... on his account on X" (quoted paragraphs later); EFE the wire credit
    rb=[rb("c1", "X", True), rb("c1", "EFE", False), rb("c2", "EFE", False)])

# 4504 The Slovak Spectator, Wed 2025-12-10: telegraphic headline, short brief
A["4504"] = dict(
    ents=[PELL, BABIS, PAVEL, FICO, GERA, "TASR",
          "Slovakia", "Czech Republic", "Ukraine", "Visegrád Group", "EU", "ANO", "Progressive Slovakia"],
    calls=[call("c1", PELL_BABIS, [PELL, BABIS], "2025-12-09"),
           # "is expected to speak by phone with Pavel later this week" (null), the spokesperson "told the TASR news agency"
           call("c2", "A_P_pellegrini_pavel_2025_12_this_week", [PELL, PAVEL], None, status="planned")],
    # c1: "the president's office said" (no outlet); Fico's meeting is in person
    rb=[rb("c2", "TASR", True)])

# 4505 Radio Prague International, Thu 2025-12-11: a round-up of one day's calls
A["4505"] = dict(
    ents=[BABIS, MERZ, MACRON, ORBAN, FICO, PELL, "Tomáš Vlk-Hrubeš",
          "Czech Television", "Radio Prague International", "Czech Radio",
          "Czech Republic", "Germany", "France", "Hungary", "Slovakia", "Ukraine", "EU", "NATO"],
    calls=[call("c1", "A_E_merz_babis_2025_12_10", [MERZ, BABIS], "2025-12-10", caller=MERZ),
           # "Babiš spoke with Macron in the afternoon", under "a series of telephone calls ... including" Macron
           call("c2", "A_E_babis_macron_2025_12_10", [BABIS, MACRON], "2025-12-10"),
           # "held a video call with ... Orbán and ... Fico" (no caller)
           call("c3", "A_E_babis_orban_fico_video_2025_12_10", [BABIS, ORBAN, FICO], "2025-12-10"),
           call("c4", PELL_BABIS, [PELL, BABIS], "2025-12-09", caller=PELL)],
    # Babiš "told Czech Television in an interview" what he had asked Merz (the interview disclosed the call's content)
    rb=[rb("c1", "Czech Television", True)])

# 4506 LSM+, Sat 2025-02-08: a live blog (Riga times); title blank in metadata
A["4506"] = dict(
    ents=[SILINA, MICHAL, MELNIS, SUTT, VAIC, KRIST, RINK, "LSM+", "Latvian Public Media", "LETA", "X",
          "Latvia", "Lithuania", "Estonia", "Russia", "Belarus", "Sweden", "Poland",
          "State Chancellery", "AST", "Litgrid"],
    calls=[call("c1", SIL_MICH, [SILINA, MICHAL], "2025-02-08"),
           # ministers: "held a video call at 11:00 with his Estonian and Lithuanian counterparts"
           call("c2", "A_E_melnis_sutt_vaiciunas_video_2025_02_08", [MELNIS, SUTT, VAIC], "2025-02-08"),
           # "will speak by telephone with ... Kristersson on Monday" = 10 Feb; "her office told the LETA news agency"
           call("c3", "A_P_silina_kristersson_2025_02_10", [SILINA, KRIST], "2025-02-10", status="planned")],
    # "Melnis told LSM afterwards" (the publisher citing itself); Rinkēvičs's X post is not about a call
    rb=[rb("c3", "LETA", True), rb("c2", "LSM+", False)])

# 4507 ERR News, Sun 2025-02-09
A["4507"] = dict(
    ents=[MICHAL, SILINA, PALUCKAS, SUTT, "ERR News", "Facebook", "X",
          "Estonia", "Latvia", "Lithuania", "Russia", "Finland", "Poland", "Reform", "Elering"],
    calls=[call("c1", SIL_MICH, [SILINA, MICHAL], "2025-02-08", caller=MICHAL)],
    # "told ERR's 'Esimene stuudio'": the publisher citing itself. "had not yet spoken with" Paluckas: a negation
    rb=[rb("c1", "ERR News", False)])

# 4508 RTÉ News, Fri 2025-10-03: transcript-like Q&A
A["4508"] = dict(
    ents=[HARRIS, SAAR, ALBARES, NETANYAHU, "RTÉ", "RTÉ Radio 1", "Irish Independent",
          "Ireland", "Israel", "Spain", "Türkiye"],
    calls=[# "I asked for a call with Minister Sa'ar on Wednesday ... That call has not happened": attempted, 1 Oct,
           # the requester as caller
           call("c1", "A_A_harris_saar_2025_10_01", [HARRIS, SAAR], "2025-10-01", status="attempted", caller=HARRIS),
           # "I spoke by phone last night with José Manuel Albares" = 2 Oct
           call("c2", "A_E_harris_albares_2025_10_02", [HARRIS, ALBARES], "2025-10-02")],
    # the Taoiseach's planned call with "the Turkish president" and the denied Irish Independent report of a
    # Taoiseach-Netanyahu call name only one person each: not annotated (blindset judgement 1)
    rb=[])

# 4509 no outlet in metadata (APA copy), Wed 2025-10-29: a congratulation-call list; "yesterday" = 28 Oct
A["4509"] = dict(
    ents=[OUAT, MAHAMA, FAYE, GNAS, BIO, MACRON, TINUBU, THIAM, GBAGBO, "APA",
          "Côte d'Ivoire", "Ghana", "Senegal", "Togo", "Sierra Leone", "Nigeria", "France",
          "ECOWAS", "Independent Electoral Commission"],
    calls=[call("c1", "A_E_mahama_ouattara_2025_10_28", [MAHAMA, OUAT], "2025-10-28", caller=MAHAMA),
           call("c2", "A_E_faye_ouattara_2025_10_28", [FAYE, OUAT], "2025-10-28", caller=FAYE),
           call("c3", "A_E_gnassingbe_ouattara_2025_10_28", [GNAS, OUAT], "2025-10-28", caller=GNAS),
           call("c4", "A_E_bio_ouattara_2025_10_28", [BIO, OUAT], "2025-10-28", caller=BIO),
           # "telephoned him late on Monday, shortly before midnight Abidjan time, when it was already Tuesday in
           # Paris": Abidjan is UTC+0, so the UTC date is Monday 27 Oct (Paris's local date is 28 Oct)
           call("c5", "A_E_macron_ouattara_2025_10_27", [MACRON, OUAT], "2025-10-27", caller=MACRON)],
    # "the Ivorian presidency announced" (no outlet); APA is the wire credit; Tinubu "sent a message" (not a call)
    rb=[rb(c, "APA", False) for c in ("c1", "c2", "c3", "c4", "c5")])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind46, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline where the text anchors to it (4503); where local dates differ across "
        "time zones, the event date is the UTC date of the call (4509). See README.md."),
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
