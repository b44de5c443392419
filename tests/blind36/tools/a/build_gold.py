#!/usr/bin/env python3
"""Build ../gold.json (blind36, part A) from the hand annotation below and the registry of names.

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
# South Africa, June 2024
RAMAPHOSA, DIAZCANEL, RUTO, ABIY = "Cyril Ramaphosa", "Miguel Díaz-Canel", "William Ruto", "Abiy Ahmed"
MUDAVADI, PANDOR = "Musalia Mudavadi", "Naledi Pandor"
STEENHUISEN, MALEMA, MASHATILE, HLABISA, MCKENZIE, GROENEWALD, DELILLE = "John Steenhuisen", "Julius Malema", \
    "Paul Mashatile", "Velenkosini Hlabisa", "Gayton McKenzie", "Pieter Groenewald", "Patricia de Lille"
# Copenhagen, July 2022
FREDERIKSEN, ANDERSSON, STORE, MARIN, KALLAS, KATRIN = "Mette Frederiksen", "Magdalena Andersson", \
    "Jonas Gahr Støre", "Sanna Marin", "Kaja Kallas", "Katrín Jakobsdóttir"
MARGRETHE, CARLGUSTAF, HARALD = "Margrethe II", "Carl XVI Gustaf", "Harald V"
MEHL, TESFAYE, MJOHANSSON, HENRIKSSON, LIIMETS, KOFOD = "Emilie Enger Mehl", "Mattias Tesfaye", "Morgan Johansson", \
    "Anna-Maja Henriksson", "Eva-Maria Liimets", "Jeppe Kofod"
# Spain and Argentina, May 2024
MILEI, SANCHEZ, BORIC, FELIPE, LULA = "Javier Milei", "Pedro Sánchez", "Gabriel Boric", "Felipe VI", \
    "Luiz Inácio Lula da Silva"
ALBARES, MONDINO, VIEIRA = "José Manuel Albares", "Diana Mondino", "Mauro Vieira"
# Italy and Iran, January 2025
MELONI, MATTARELLA, TRUMP = "Giorgia Meloni", "Sergio Mattarella", "Donald Trump"
VERNONI, RSALA, TAJANI, ARAGHCHI = "Elisabetta Vernoni", "Renato Sala", "Antonio Tajani", "Abbas Araghchi"

# cross-article events
DIAZCANEL_RAMAPHOSA = "A_E_diazcanel_ramaphosa_2024_06_14"  # 3500 (News24 live blog, pub Fri 14 June, 00:41 entry:
                                                  # "a few minutes after midnight ... took a call from Cuba's Miguel
                                                  # Díaz-Canel ..., while it was still Friday evening in Havana"; SABC
                                                  # "aired footage"): caller Díaz-Canel; 3502 (Sunday Times feature, 7
                                                  # July, in passing: "On the night of the vote itself, minutes after
                                                  # midnight, Cuba's Miguel Díaz-Canel was on the phone to the newly
                                                  # elected president"): no caller. About 00:05 SAST on Sat 15 June =
                                                  # 22:05 UTC on Fri 14 June = 18:05 in Havana: dated by its UTC day.
STORE_FREDERIKSEN = "A_E_store_frederiksen_2022_07_03"  # 3503 (The Local Denmark, Mon 4 July: "Jonas Gahr Støre ...
                                                  # called late on Sunday"): caller Støre; 3504 (Reuters on U.S. News,
                                                  # "OSLO, July 4": "Jonas Gahr Stoere rang ... Frederiksen on the night
                                                  # of the shooting", the shooting dated "on Sunday afternoon"): caller
                                                  # Støre, the name transliterated
KALLAS_FREDERIKSEN = "A_E_kallas_frederiksen_2022_07_04"  # 3503 ("Frederiksen spoke with ... Marin by phone on Monday
                                                  # morning, and Estonia's Kaja Kallas rang shortly afterwards"): caller
                                                  # Kallas; 3509 (ERR News brief, no dateline: "called ... this
                                                  # morning": the date only in the metadata, Mon 4 July): caller Kallas
MONDINO_ALBARES_A = "A_A_mondino_albares_2024_05_20"  # attempted: 3505 (EFE, "Madrid, May 21": "had asked for a
                                                  # telephone conversation with Albares on Monday, but the Spanish side did
                                                  # not take up the request, the newspaper El País reported"); 3506 (The
                                                  # Diplomat in Spain, pub Wed 22 May, the Senate session of Tue 21 May:
                                                  # "Minister Mondino asked yesterday to speak with me by telephone"):
                                                  # caller Mondino (the requester)
MILEI_FELIPE_D = "A_D_milei_felipe_2024_05_20"    # denied: 3505 ("La Nación reported ... that Milei had telephoned King
                                                  # Felipe VI on Monday night"; Adorni: "There was no such call"); 3506
                                                  # ("President Milei telephoned His Majesty King Felipe VI last night",
                                                  # asked on Tue 21 May / "there was no such call"): claimed caller Milei,
                                                  # claimed day Monday 20 May
MELONI_VERNONI = "A_E_meloni_vernoni_2025_01_08"  # 3507 (ANSA, "ROME, JAN 8": "Meloni telephoned Sala's parents,
                                                  # Elisabetta Vernoni and Renato Sala, in the morning"): caller Meloni,
                                                  # three participants; 3508 (Wanted in Rome, 13 Jan: "in a phone call
                                                  # from Prime Minister Giorgia Meloni on the morning Sala was freed",
                                                  # "told Corriere della Sera"): the mother only, caller Meloni
TAJANI_ARAGHCHI = "A_E_tajani_araghchi_2025_01_07"  # 3507 ("told State broadcaster RAI that he had spoken by phone with
                                                  # ... Abbas Araghchi on Tuesday"); 3508 ("Abbas Araqchi, the day before
                                                  # Sala was freed"): no caller

# 3500 News24 live blog, Fri 2024-06-14 (newest first, SAST stamps; the top entry, 00:41, is after midnight)
A["3500"] = dict(
    ents=[RAMAPHOSA, DIAZCANEL, "Jacob Zuma", STEENHUISEN, MALEMA, "Vincent Magwenya", "Thoko Didiza", "Veronica Mente",
          "Raymond Zondo", "Fikile Mbalula", "Lindiwe Mabaso-Kruger", "Ruan Olivier",
          "News24", "SABC", "eNCA",
          "Cuba",
          "African National Congress", "Democratic Alliance", "Economic Freedom Fighters", "uMkhonto weSizwe Party",
          "National Assembly"],
    calls=[# 10:24 entry: Steenhuisen "has told eNCA": "The president phoned me at about half past ten last night" (Thu)
           call("c1", "A_E_ramaphosa_steenhuisen_2024_06_13", [RAMAPHOSA, STEENHUISEN], "2024-06-13", caller=RAMAPHOSA),
           # 00:41 entry: "took a call from Cuba's Miguel Díaz-Canel ... while it was still Friday evening in Havana. The
           # SABC aired footage of the short conversation"
           call("c2", DIAZCANEL_RAMAPHOSA, [DIAZCANEL, RAMAPHOSA], "2024-06-14", caller=DIAZCANEL)],
    rb=[rb("c1", "eNCA", True), rb("c2", "SABC", True)])

# 3501 The Standard (Kenya), Sun 2024-06-16: the State House statement headed "STATE HOUSE, NAIROBI, Saturday, June 15,
# 2024" reposted in full; "this afternoon" counts from the statement's date (15 June), not the page's (16 June)
A["3501"] = dict(
    ents=[RUTO, RAMAPHOSA, ABIY, MUDAVADI, PANDOR, "Hussein Mohamed",
          "The Standard",
          "Kenya", "South Africa", "Ethiopia", "Haiti", "Democratic Republic of Congo", "Sudan",
          "State House", "National Assembly", "African Union", "African Continental Free Trade Area",
          "Multinational Security Support mission"],
    calls=[# "President William Ruto this afternoon telephoned President Cyril Ramaphosa ... to congratulate him"
           call("c1", "A_E_ruto_ramaphosa_2024_06_15", [RUTO, RAMAPHOSA], "2024-06-15", caller=RUTO),
           # ministers: "Musalia Mudavadi held a telephone conversation with ... Dr Naledi Pandor, on Friday"
           call("c2", "A_E_mudavadi_pandor_2024_06_14", [MUDAVADI, PANDOR], "2024-06-14"),
           # "Last week, President Ruto spoke by phone with Ethiopian Prime Minister Abiy Ahmed" (no day)
           call("c3", "A_E_ruto_abiy_2024_06", [RUTO, ABIY], None)],
    rb=[])

# 3502 Sunday Times (TimesLIVE), Sun 2024-07-07: a feature with calls in passing
A["3502"] = dict(
    ents=[RAMAPHOSA, DIAZCANEL, MALEMA, MASHATILE, HLABISA, MCKENZIE, GROENEWALD, DELILLE, STEENHUISEN,
          "Sizwe Mthethwa-Pillay",
          "Newzroom Afrika", "City Press", "Sunday Times",
          "South Africa", "Cuba",
          "African National Congress", "Democratic Alliance", "Economic Freedom Fighters", "Inkatha Freedom Party",
          "Patriotic Alliance", "Freedom Front Plus", "GOOD", "National Assembly"],
    calls=[# "tried to reach Cyril Ramaphosa by phone on the eve of the first sitting and that none of his calls was
           # returned. 'I phoned three times on the Thursday' ... he told Newzroom Afrika"
           call("c1", "A_A_malema_ramaphosa_2024_06_13", [MALEMA, RAMAPHOSA], "2024-06-13", status="attempted",
                caller=MALEMA),
           # "On the night of the vote itself, minutes after midnight, Cuba's Miguel Díaz-Canel was on the phone to the
           # newly elected president"
           call("c2", DIAZCANEL_RAMAPHOSA, [DIAZCANEL, RAMAPHOSA], "2024-06-14"),
           # "On 25 June ... the deputy president held a video call with" Hlabisa, McKenzie, Groenewald and de Lille
           call("c3", "A_E_mashatile_parties_vc_2024_06_25", [MASHATILE, HLABISA, MCKENZIE, GROENEWALD, DELILLE],
                "2024-06-25"),
           # "On the Saturday night before the cabinet was announced [Sun 30 June], Ramaphosa and Steenhuisen spoke by
           # phone for more than an hour, City Press learned at the time"
           call("c4", "A_E_ramaphosa_steenhuisen_2024_06_29", [RAMAPHOSA, STEENHUISEN], "2024-06-29")],
    rb=[rb("c1", "Newzroom Afrika", True), rb("c4", "City Press", True)])

# 3503 The Local Denmark, Mon 2022-07-04: a list of condolence calls
A["3503"] = dict(
    ents=[FREDERIKSEN, ANDERSSON, STORE, MARIN, KALLAS, KATRIN, MARGRETHE, CARLGUSTAF, TESFAYE, "Harry Styles",
          "Signe Halvorsen-Mørk",
          "TT", "Twitter", "Ritzau", "The Local",
          "Denmark", "Sweden", "Norway", "Finland", "Estonia", "Iceland", "Russia",
          "Copenhagen Police", "Prime Minister's Office", "Royal House"],
    calls=[# "Magdalena Andersson was the first to get through, calling on Sunday evening"; "in a statement her press
           # secretary sent to news agency TT"
           call("c1", "A_E_andersson_frederiksen_2022_07_03", [ANDERSSON, FREDERIKSEN], "2022-07-03", caller=ANDERSSON),
           # "Norway's Jonas Gahr Støre ... called late on Sunday"
           call("c2", STORE_FREDERIKSEN, [STORE, FREDERIKSEN], "2022-07-03", caller=STORE),
           # "Frederiksen spoke with Finland's Sanna Marin by phone on Monday morning"; Marin's tweet quoted four
           # paragraphs later ("wrote on Twitter after her conversation with Frederiksen")
           call("c3", "A_E_marin_frederiksen_2022_07_04", [FREDERIKSEN, MARIN], "2022-07-04"),
           # "and Estonia's Kaja Kallas rang shortly afterwards, according to the Prime Minister's Office"
           call("c4", KALLAS_FREDERIKSEN, [KALLAS, FREDERIKSEN], "2022-07-04", caller=KALLAS),
           # "Katrín Jakobsdóttir, said she had been in touch with Frederiksen, without giving details"
           call("c5", "A_E_katrin_frederiksen_2022_07", [KATRIN, FREDERIKSEN], None, required=False),
           # "Queen Margrethe received a call from King Carl XVI Gustaf of Sweden on Sunday night, the Ritzau news agency
           # reported, citing the Royal House" (an agency named once, at the end)
           call("c6", "A_E_carlgustaf_margrethe_2022_07_03", [MARGRETHE, CARLGUSTAF], "2022-07-03", caller=CARLGUSTAF)],
    rb=[rb("c1", "TT", True), rb("c3", "Twitter", True), rb("c6", "Ritzau", True)])

# 3504 U.S. News & World Report (Reuters), Mon 2022-07-04: "OSLO, July 4 (Reuters) -"
A["3504"] = dict(
    ents=[STORE, FREDERIKSEN, HARALD, MARGRETHE, MEHL, TESFAYE, MJOHANSSON, HENRIKSSON,
          "Terje Solvang", "Nora Buch-Eriksen", "Kirsten Dam Lauritzen", "Alison Pretlove",
          "Reuters", "NRK",
          "Norway", "Denmark", "Sweden", "Finland",
          "Royal Court"],
    calls=[# "after a video call of Nordic justice ministers": Mehl, Tesfaye, Morgan Johansson and Henriksson "took part in
           # the call" ("on Monday"; the justice ministry's website is an organization's); "I told Mattias on the call
           # ...," Mehl told public broadcaster NRK afterwards
           call("c1", "A_E_nordic_justice_vc_2022_07_04", [MEHL, TESFAYE, MJOHANSSON, HENRIKSSON], "2022-07-04"),
           # "Prime Minister Jonas Gahr Stoere rang Danish Prime Minister Mette Frederiksen on the night of the shooting"
           # (the shooting "on Sunday afternoon")
           call("c2", STORE_FREDERIKSEN, [STORE, FREDERIKSEN], "2022-07-03", caller=STORE),
           # "King Harald telephoned Queen Margrethe of Denmark on Monday, the Royal Court in Oslo said"
           call("c3", "A_E_harald_margrethe_2022_07_04", [HARALD, MARGRETHE], "2022-07-04", caller=HARALD)],
    rb=[rb("c1", "NRK", True),
        rb("c1", "Reuters", False), rb("c2", "Reuters", False), rb("c3", "Reuters", False)])

# 3505 EFE, Tue 2024-05-21: wire, "Madrid, May 21 (EFE).-"
A["3505"] = dict(
    ents=[MILEI, SANCHEZ, BORIC, FELIPE, ALBARES, MONDINO, "Manuel Adorni", "María Jesús Alonso", "Begoña Gómez",
          "Santiago Abascal",
          "EFE", "El País", "X", "La Nación",
          "Spain", "Argentina", "Chile",
          "Vox", "Moncloa"],
    calls=[# "Diana Mondino had asked for a telephone conversation with Albares on Monday, but the Spanish side did not take
           # up the request, the newspaper El País reported"
           call("c1", MONDINO_ALBARES_A, [MONDINO, ALBARES], "2024-05-20", status="attempted", caller=MONDINO),
           # "Sánchez received a call on Monday afternoon from Chilean President Gabriel Boric"; Boric "wrote on X after
           # the conversation", two paragraphs later
           call("c2", "A_E_boric_sanchez_2024_05_20", [SANCHEZ, BORIC], "2024-05-20", caller=BORIC),
           # "La Nación reported on its website that Milei had telephoned King Felipe VI on Monday night"; Adorni: "There
           # was no such call"
           call("c3", MILEI_FELIPE_D, [MILEI, FELIPE], "2024-05-20", status="denied", caller=MILEI)],
    rb=[rb("c1", "El País", True), rb("c2", "X", True), rb("c3", "La Nación", True),
        rb("c1", "EFE", False), rb("c2", "EFE", False), rb("c3", "EFE", False)])

# 3506 The Diplomat in Spain, Wed 2024-05-22: edited exchanges of the Senate's control session "on Tuesday afternoon"
# (21 May), a transcript-like Q&A; "yesterday", "last night" and "this morning" count from the session's day
A["3506"] = dict(
    ents=[ALBARES, MONDINO, MILEI, FELIPE, VIEIRA, SANCHEZ, LULA,
          "The Diplomat in Spain",
          "Argentina", "Spain", "Brazil",
          "Senate", "Royal Household", "Popular Party", "Vox", "PSOE"],
    calls=[# "Minister Mondino asked yesterday to speak with me by telephone ... My answer was that the first thing this
           # Government needs to hear from Buenos Aires is an apology" (not taken up)
           call("c1", MONDINO_ALBARES_A, [MONDINO, ALBARES], "2024-05-20", status="attempted", caller=MONDINO),
           # Q: "President Milei telephoned His Majesty King Felipe VI last night"; A: "there was no such call"
           call("c2", MILEI_FELIPE_D, [MILEI, FELIPE], "2024-05-20", status="denied", caller=MILEI),
           # "This morning I spoke by phone with my Brazilian colleague, Mauro Vieira" (Tue 21 May)
           call("c3", "A_E_albares_vieira_2024_05_21", [ALBARES, VIEIRA], "2024-05-21"),
           # "on Friday the President of the Government, Pedro Sánchez, will talk by phone with President Lula"
           call("c4", "A_P_sanchez_lula_2024_05_24", [SANCHEZ, LULA], "2024-05-24", status="planned")],
    rb=[])

# 3507 ANSA, Wed 2025-01-08: wire, "(ANSA) - ROME, JAN 8 -", telegraphic headline; one day's calls
A["3507"] = dict(
    ents=[MELONI, MATTARELLA, "Cecilia Sala", VERNONI, RSALA, TAJANI, ARAGHCHI, "Mohammad Abedini Najafabadi",
          "ANSA", "RAI", "Il Foglio", "Chora Media",
          "Italy", "Iran", "United States", "Jordan",
          "Quirinale"],
    calls=[# "Meloni telephoned Sala's parents, Elisabetta Vernoni and Renato Sala, in the morning"
           call("c1", MELONI_VERNONI, [MELONI, VERNONI, RSALA], "2025-01-08", caller=MELONI),
           # "told State broadcaster RAI that he had spoken by phone with his Iranian counterpart Abbas Araghchi on
           # Tuesday"
           call("c2", TAJANI_ARAGHCHI, [TAJANI, ARAGHCHI], "2025-01-07"),
           # "President Sergio Mattarella called Meloni in the afternoon ..., the Quirinale said"
           call("c3", "A_E_mattarella_meloni_2025_01_08", [MATTARELLA, MELONI], "2025-01-08", caller=MATTARELLA)],
    rb=[rb("c2", "RAI", True),
        rb("c1", "ANSA", False), rb("c2", "ANSA", False), rb("c3", "ANSA", False)])

# 3508 Wanted in Rome, Mon 2025-01-13: news feature with calls in passing
A["3508"] = dict(
    ents=[MELONI, TRUMP, "Mohammad Abedini Najafabadi", "Carlo Nordio", "Cecilia Sala", VERNONI, TAJANI, ARAGHCHI,
          "Chiara Donnelly-Rinaldi",
          "Corriere della Sera", "Il Fatto Quotidiano", "Wanted in Rome",
          "Italy", "Iran", "United States", "Jordan",
          "Palazzo Chigi"],
    calls=[# "told Corriere della Sera ... that she learned of her daughter's release in a phone call from Prime Minister
           # Giorgia Meloni on the morning Sala was freed" (four days before the Sunday, 12 January, on which Abedini flew home: 8 January)
           call("c1", MELONI_VERNONI, [VERNONI, MELONI], "2025-01-08", caller=MELONI),
           # "had spoken by phone with his Iranian counterpart, Abbas Araqchi, the day before Sala was freed"
           call("c2", TAJANI_ARAGHCHI, [TAJANI, ARAGHCHI], "2025-01-07"),
           # "Il Fatto Quotidiano reported that Meloni had discussed the Abedini case with Donald Trump in a phone call on
           # Saturday. Palazzo Chigi said no such call had taken place"
           call("c3", "A_D_meloni_trump_2025_01_11", [MELONI, TRUMP], "2025-01-11", status="denied")],
    rb=[rb("c1", "Corriere della Sera", True), rb("c3", "Il Fatto Quotidiano", True)])

# 3509 ERR News, Mon 2022-07-04: short brief, telegraphic headline, no dateline (the date is in the metadata only)
A["3509"] = dict(
    ents=[KALLAS, FREDERIKSEN, "Alar Karis", MARGRETHE, LIIMETS, KOFOD, "Helen Vahtra",
          "ERR News", "Twitter",
          "Estonia", "Denmark",
          "Reform Party", "Ministry of Foreign Affairs"],
    calls=[# "called her Danish counterpart Mette Frederiksen this morning"; "Kallas told ERR News after the call"; "also
           # wrote on Twitter that she had spoken with Frederiksen"
           call("c1", KALLAS_FREDERIKSEN, [KALLAS, FREDERIKSEN], "2022-07-04", caller=KALLAS),
           # "Foreign Minister Eva-Maria Liimets is due to speak with ... Jeppe Kofod by phone on Tuesday"
           call("c2", "A_P_liimets_kofod_2022_07_05", [LIIMETS, KOFOD], "2022-07-05", status="planned")],
    rb=[rb("c1", "Twitter", True), rb("c1", "ERR News", False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind36, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the date of the statement or session where the text anchors to it (3501, 3506); where local dates differ "
        "across time zones, the event date is the UTC date of the call. See README.md."),
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
