#!/usr/bin/env python3
"""Build ../gold.json (blind39, part B) from the hand annotation below and the registry of names.

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
RAJOY, SIPILA, COSTA, FELIPE, MAY, MACRON, MARCELO, PASSOS = "Mariano Rajoy", "Juha Sipilä", "António Costa", \
    "Felipe VI", "Theresa May", "Emmanuel Macron", "Marcelo Rebelo de Sousa", "Pedro Passos Coelho"
LOFVEN, SOLBERG, LOKKE, BJARNI, RATAS, NIINISTO = "Stefan Löfven", "Erna Solberg", "Lars Løkke Rasmussen", \
    "Bjarni Benediktsson", "Jüri Ratas", "Sauli Niinistö"
VIZCARRA, MACRI, PINERA, EVO, PPK, TRUDEAU, MADURO, HUMALA, TRUMP = "Martín Vizcarra", "Mauricio Macri", \
    "Sebastián Piñera", "Evo Morales", "Pedro Pablo Kuczynski", "Justin Trudeau", "Nicolás Maduro", \
    "Ollanta Humala", "Donald Trump"
MAGUFULI, KENYATTA, MUSEVENI, NKURUNZIZA, RAMAPHOSA, RUTO, SAMIA, KAGAME = "John Magufuli", "Uhuru Kenyatta", \
    "Yoweri Museveni", "Pierre Nkurunziza", "Cyril Ramaphosa", "William Ruto", "Samia Suluhu Hassan", "Paul Kagame"
PUIGDEMONT, COLAU, SANTOSSILVA, DASTIS, SOINI, BOURITA, WALLSTROM = "Carles Puigdemont", "Ada Colau", \
    "Augusto Santos Silva", "Alfonso Dastis", "Timo Soini", "Nasser Bourita", "Margot Wallström"
KEIKO, ALJOVIN, VILLANUEVA, POPOLIZIO, FAURIE, AMPUERO, FREELAND = "Keiko Fujimori", "Cayetana Aljovín", \
    "César Villanueva", "Néstor Popolizio", "Jorge Faurie", "Roberto Ampuero", "Chrystia Freeland"
MAHIGA, JUMA, KUTESA, MSIGWA = "Augustine Mahiga", "Monica Juma", "Sam Kutesa", "Gerson Msigwa"

# cross-article events
COSTA_RAJOY = "B_E_costa_rajoy_2017_08_18"      # 3810 (live blog, 15:20 entry: "phoned Rajoy this morning", Lusa; caller
                                                # Costa); 3811 (the São Bento note dated 18 August: "held a telephone
                                                # conversation this morning with ... Mariano Rajoy Brey"; no caller)
SIPILA_RAJOY = "B_E_sipila_rajoy_2017_08_18"    # 3810 (22:40 entry: "spoke by phone this evening with ... Juha Sipila"; no
                                                # caller); 3812 (Helsinki Times, page 19 Aug: "rang ... late on Friday";
                                                # caller Sipilä; his Twitter post quoted two paragraphs later); 3813 (Yle Q&A,
                                                # 21 Aug: "talked on the night of the Turku attack", a day told by an event)
NORDIC_VC = "B_E_nordic_pms_video_2017_08_19"   # 3812 ("This morning", the date in the metadata only; 5 named; "convened by
                                                # Löfven": no caller; STT named in the last line); 3813 ("met by video on
                                                # Saturday"; 4 named, Benediktsson left out, "Lars Lokke Rasmussen")
MACRI_VIZCARRA = "B_E_macri_vizcarra_2018_03_23"  # 3814 (MercoPress: "telephoned ... shortly after the swearing-in" on Friday;
                                                # Twitter post quoted five paragraphs later); 3816 (Reuters, 3 April: "who
                                                # called Vizcarra the day he was sworn in", a day told by an event)
RAJOY_VIZCARRA = "B_E_rajoy_vizcarra_2018_03_24"  # 3815 (El País: "at around 1.30am on Saturday, Madrid time - 7.30pm on
                                                # Friday in Lima"; "It was Rajoy who placed the call"; EFE named last) = 00:30
                                                # UTC on Saturday 24 March; 3814 ("telephoned Vizcarra on Friday evening, Lima
                                                # time"). Dated by the UTC day; a builder reading 3814 alone says 2018-03-23
KENYATTA_MAGUFULI = "B_E_kenyatta_magufuli_2018_09_20"  # 3817 (State House statement dated 21 Sept, page 22 Sept:
                                                # "Yesterday evening ... telephoned"); 3818 (Daily Nation, 21 Sept: "on
                                                # Thursday night called"; "In a statement to the Kenya News Agency"); 3819 (The
                                                # EastAfrican, 29 Sept: "was on the line to ... the evening the ferry went down",
                                                # no caller; "Tanzania's Daily News splashed across its front page")
MUSEVENI_MAGUFULI = "B_E_museveni_magufuli_2018_09_21"  # 3817 ("This morning ... received a telephone call from"; TBC1
                                                # "aired footage"); 3819 ("spoke to his Tanzanian counterpart by phone the
                                                # next morning", no caller)

# 3810 Catalan News live blog, Fri 2017-08-18 (CEST stamps, newest first)
A["3810"] = dict(
    ents=[RAJOY, SIPILA, COSTA, FELIPE, PUIGDEMONT, COLAU, MAY, MACRON,
          "Catalan News", "Lusa", "BFMTV",
          "Spain", "Finland", "Portugal", "France", "United Kingdom",
          "La Moncloa", "Mossos d'Esquadra", "Downing Street", "Élysée"],
    calls=[# 22:40: "Rajoy spoke by phone this evening with his Finnish counterpart, Juha Sipila" (no caller)
           call("c1", SIPILA_RAJOY, [RAJOY, SIPILA], "2017-08-18"),
           # 15:20: "António Costa, phoned Rajoy this morning ..., Portuguese news agency Lusa reported"
           call("c2", COSTA_RAJOY, [COSTA, RAJOY], "2017-08-18", caller=COSTA),
           # 10:40: "Theresa May 'will call Prime Minister Rajoy later today'" (planned, today = 18 Aug)
           call("c3", "B_P_may_rajoy_2017_08_18", [MAY, RAJOY], "2017-08-18", status="planned", caller=MAY),
           # 09:15: "Macron called Rajoy late last night" (17 Aug); "first reported by French broadcaster BFMTV"
           call("c4", "B_E_macron_rajoy_2017_08_17", [MACRON, RAJOY], "2017-08-17", caller=MACRON)],
    rb=[rb("c2", "Lusa", True), rb("c4", "BFMTV", True)])

# 3811 Portugal Resident, Sat 2017-08-19: two government notes reposted in translation
A["3811"] = dict(
    ents=[MARCELO, FELIPE, COSTA, RAJOY, SANTOSSILVA, DASTIS, PASSOS,
          "Portugal Resident", "Lusa",
          "Portugal", "Spain",
          "Presidency of the Republic", "Office of the Prime Minister", "Consular Emergency Office"],
    calls=[# the Presidency's note "dated 17 August 2017": "telephoned His Majesty King Felipe VI this evening" = 17 Aug,
           # the note's day, not the page's
           call("c1", "B_E_marcelo_felipe_2017_08_17", [MARCELO, FELIPE], "2017-08-17", caller=MARCELO),
           # the São Bento note "dated 18 August 2017": "held a telephone conversation this morning with" (no caller here)
           call("c2", COSTA_RAJOY, [COSTA, RAJOY], "2017-08-18"),
           # ministers: "said on Friday that he, too, had spoken with ... Dastis. 'We talked by phone first thing in the
           # morning'", "Santos Silva told the Lusa news agency" (a minister's statement to an agency)
           call("c3", "B_E_santossilva_dastis_2017_08_18", [SANTOSSILVA, DASTIS], "2017-08-18")],
    rb=[rb("c3", "Lusa", True)])

# 3812 Helsinki Times, Sat 2017-08-19: short brief, telegraphic headline; no date in the text; title blank in metadata
A["3812"] = dict(
    ents=[SIPILA, RAJOY, LOFVEN, SOLBERG, LOKKE, BJARNI, RATAS, NIINISTO,
          "Helsinki Times", "Twitter", "STT",
          "Finland", "Spain", "Sweden", "Norway", "Denmark", "Iceland", "Estonia",
          "Prime Minister's Office", "Council of the European Union"],
    calls=[# "rang his Spanish counterpart Mariano Rajoy late on Friday"; the Twitter post "Just spoke with ..." follows
           call("c1", SIPILA_RAJOY, [SIPILA, RAJOY], "2017-08-18", caller=SIPILA),
           # "This morning Sipilä also took part in a video conference with" four named PMs; "convened by Löfven" (no caller);
           # "first reported by the Finnish News Agency STT" (last line)
           call("c2", NORDIC_VC, [SIPILA, LOFVEN, SOLBERG, LOKKE, BJARNI], "2017-08-19"),
           # "is due to speak by phone on Sunday with Estonian Prime Minister Jüri Ratas" (planned, 20 Aug)
           call("c3", "B_P_sipila_ratas_2017_08_20", [SIPILA, RATAS], "2017-08-20", status="planned")],
    rb=[rb("c1", "Twitter", True), rb("c2", "STT", True)])

# 3813 Yle News, Mon 2017-08-21: transcript-like Q&A recorded on Sunday 20 Aug; URL blank; no outlet credited for a call
A["3813"] = dict(
    ents=[SOINI, DASTIS, RAJOY, BOURITA, SIPILA, LOFVEN, SOLBERG, LOKKE, WALLSTROM,
          "Yle",
          "Finland", "Spain", "Morocco"],
    calls=[# "On Thursday night I called Alfonso Dastis" (17 Aug)
           call("c1", "B_E_soini_dastis_2017_08_17", [SOINI, DASTIS], "2017-08-17", caller=SOINI),
           # "Prime Minister Sipilä and Mr Rajoy talked on the night of the Turku attack" (18 Aug, a day told by an event;
           # no caller). The draft said "The prime minister"; Sipilä was named after hashing (see README)
           call("c2", SIPILA_RAJOY, [SIPILA, RAJOY], "2017-08-18"),
           # "reports ... that you had phoned the Moroccan foreign minister, Nasser Bourita" - "No. I have not spoken with
           # Mr Bourita, by phone or otherwise" (denied; claimed caller Soini; no day; no outlet named)
           call("c3", "B_D_soini_bourita_2017_08", [SOINI, BOURITA], None, status="denied", caller=SOINI),
           # "met by video on Saturday": 4 named
           call("c4", NORDIC_VC, [SIPILA, LOFVEN, SOLBERG, LOKKE], "2017-08-19"),
           # "Tomorrow I will talk to Margot Wallström by phone": tomorrow of the Sunday recording = Mon 21 Aug (the
           # publication day)
           call("c5", "B_P_soini_wallstrom_2017_08_21", [SOINI, WALLSTROM], "2017-08-21", status="planned")],
    rb=[])

# 3814 MercoPress, Sat 2018-03-24: a round-up of one day's calls to the new president
A["3814"] = dict(
    ents=[VIZCARRA, MACRI, PPK, PINERA, EVO, RAJOY, TRUDEAU, KEIKO,
          "MercoPress", "La Tercera", "Radio Cooperativa", "Twitter",
          "Peru", "Argentina", "Chile", "Bolivia", "Spain", "Canada",
          "Casa Rosada", "European Council"],
    calls=[# "Macri telephoned from the Casa Rosada shortly after the swearing-in" (Friday); his Twitter message quoted five
           # paragraphs later ("I just spoke with President Martín Vizcarra")
           call("c1", MACRI_VIZCARRA, [MACRI, VIZCARRA], "2018-03-23", caller=MACRI),
           # "Piñera ... called in the early evening"; "According to La Tercera, which cited Radio Cooperativa"
           call("c2", "B_E_pinera_vizcarra_2018_03_23", [PINERA, VIZCARRA], "2018-03-23", caller=PINERA),
           # "Bolivia's Evo Morales and Vizcarra also spoke by telephone on Friday afternoon" (no caller; the draft named
           # Colombia's Santos here, changed after hashing, see README)
           call("c3", "B_E_morales_vizcarra_2018_03_23", [EVO, VIZCARRA], "2018-03-23"),
           # "Rajoy ... telephoned Vizcarra on Friday evening, Lima time" = after midnight UTC (3815 gives the hour)
           call("c4", RAJOY_VIZCARRA, [RAJOY, VIZCARRA], "2018-03-24", caller=RAJOY),
           # "Trudeau was expected to call Vizcarra over the weekend" (planned; two possible days: null)
           call("c5", "B_P_trudeau_vizcarra_2018_03", [TRUDEAU, VIZCARRA], None, status="planned", caller=TRUDEAU)],
    rb=[rb("c1", "Twitter", True), rb("c2", "La Tercera", True), rb("c2", "Radio Cooperativa", True)])

# 3815 El País in English, Sat 2018-03-24: short news story
A["3815"] = dict(
    ents=[RAJOY, VIZCARRA, PPK, DASTIS, ALJOVIN, "Rhiannon Cole",
          "El País", "Cadena SER", "EFE",
          "Spain", "Peru", "Venezuela",
          "La Moncloa", "European Council"],
    calls=[# "at around 1.30am on Saturday, Madrid time - 7.30pm on Friday in Lima" = 00:30 UTC, 24 March; "It was Rajoy who
           # placed the call"; "The news agency EFE reported that the conversation ... lasted around 20 minutes" (last line)
           call("c1", RAJOY_VIZCARRA, [RAJOY, VIZCARRA], "2018-03-24", caller=RAJOY),
           # "Rajoy had tried to reach Vizcarra by phone earlier on Friday, while Vizcarra was still waiting ... but the call
           # could not be put through" (attempted; Friday 23 March in every zone concerned)
           call("c2", "B_A_rajoy_vizcarra_2018_03_23", [RAJOY, VIZCARRA], "2018-03-23", status="attempted", caller=RAJOY),
           # ministers: "Dastis had already spoken with his outgoing Peruvian counterpart, Cayetana Aljovín, on Friday morning"
           # ... "Dastis told Cadena SER" (an interview given to a named outlet; no caller)
           call("c3", "B_E_dastis_aljovin_2018_03_23", [DASTIS, ALJOVIN], "2018-03-23")],
    rb=[rb("c1", "EFE", True), rb("c3", "Cadena SER", True)])

# 3816 Buenos Aires Times (Reuters), Tue 2018-04-03: "LIMA (Reuters) -"
A["3816"] = dict(
    ents=[VIZCARRA, VILLANUEVA, HUMALA, POPOLIZIO, PPK, MACRI, TRUDEAU, MADURO, FAURIE, AMPUERO, FREELAND, TRUMP,
          "Lucía Paredes Ríos", "Sofía Garrido", "Tomás Herrera Llosa", "Grant Molloy",
          "Reuters", "VTV", "La República",
          "Peru", "Argentina", "Canada", "Venezuela", "Chile", "United States",
          "Lima Group", "White House"],
    calls=[# "Macri, who called Vizcarra the day he was sworn in" (23 March); "said on Monday" dates the remark, not the call
           call("c1", MACRI_VIZCARRA, [MACRI, VIZCARRA], "2018-03-23", caller=MACRI),
           # "Trudeau called Vizcarra on Saturday, March 24, according to a readout from Trudeau's office"
           call("c2", "B_E_trudeau_vizcarra_2018_03_24", [TRUDEAU, VIZCARRA], "2018-03-24", caller=TRUDEAU),
           # Maduro "had asked to speak with Vizcarra by telephone ... but Lima had not responded"; "no call had been
           # arranged" (a request not granted: attempted, the requester the caller; no day). The ministry's website is an
           # organization's; "The statement was read out on state television VTV"
           call("c3", "B_A_maduro_vizcarra_2018_03", [MADURO, VIZCARRA], None, status="attempted", caller=MADURO),
           # "La Republica reported on Sunday that Vizcarra and Kuczynski had spoken by telephone over the Easter weekend. A
           # presidential spokesman denied the report" (denied; no caller; several possible days: null)
           call("c4", "B_D_kuczynski_vizcarra_2018_04", [VIZCARRA, PPK], None, status="denied"),
           # ministers: "Popolizio will hold a video conference on Wednesday with counterparts from the Lima Group, among them"
           # Faurie, Ampuero and Freeland (planned, 4 April; no caller)
           call("c5", "B_P_limagroup_video_2018_04_04", [POPOLIZIO, FAURIE, AMPUERO, FREELAND], "2018-04-04",
                status="planned")],
    rb=[rb("c3", "VTV", True), rb("c4", "La República", True),
        rb("c1", "Reuters", False), rb("c2", "Reuters", False), rb("c3", "Reuters", False),
        rb("c4", "Reuters", False), rb("c5", "Reuters", False)])

# 3817 The Citizen, Sat 2018-09-22: the State House statement of 21 Sept reposted in full; a list of condolence calls;
# outlet blank in the metadata
A["3817"] = dict(
    ents=[MAGUFULI, KENYATTA, MUSEVENI, NKURUNZIZA, RAMAPHOSA, MAHIGA, JUMA, MSIGWA,
          "The Citizen", "Tanzania Broadcasting Corporation",
          "Tanzania", "Kenya", "Uganda", "Burundi", "South Africa",
          "State House (Tanzania)", "Directorate of Presidential Communications", "Tanzania People's Defence Forces"],
    calls=[# "Yesterday evening, His Excellency Uhuru Kenyatta ... telephoned President Magufuli" (yesterday of the statement
           # dated 21 Sept = 20 Sept; the page is 22 Sept)
           call("c1", KENYATTA_MAGUFULI, [KENYATTA, MAGUFULI], "2018-09-20", caller=KENYATTA),
           # "This morning, President Magufuli received a telephone call from ... Museveni" (21 Sept); "TBC1 aired footage on
           # Friday evening of the President taking Mr Museveni's call"
           call("c2", MUSEVENI_MAGUFULI, [MUSEVENI, MAGUFULI], "2018-09-21", caller=MUSEVENI),
           # "This afternoon, ... Nkurunziza ... called President Magufuli"
           call("c3", "B_E_nkurunziza_magufuli_2018_09_21", [NKURUNZIZA, MAGUFULI], "2018-09-21", caller=NKURUNZIZA),
           # "Later in the day, President Magufuli also received a call from ... Ramaphosa"
           call("c4", "B_E_ramaphosa_magufuli_2018_09_21", [RAMAPHOSA, MAGUFULI], "2018-09-21", caller=RAMAPHOSA),
           # ministers: "Mahiga, today held a telephone conversation with ... Monica Juma" (no caller)
           call("c5", "B_E_mahiga_juma_2018_09_21", [MAHIGA, JUMA], "2018-09-21")],
    rb=[rb("c2", "Tanzania Broadcasting Corporation", True)])

# 3818 Daily Nation, Fri 2018-09-21: short brief, telegraphic headline
A["3818"] = dict(
    ents=[KENYATTA, MAGUFULI, RUTO, SAMIA, JUMA, MAHIGA,
          "Daily Nation", "Kenya News Agency",
          "Kenya", "Tanzania", "Uganda",
          "State House (Kenya)", "Kenya Navy", "Kenya Maritime Authority"],
    calls=[# "on Thursday night called his Tanzanian counterpart John Magufuli"; "In a statement to the Kenya News Agency"
           call("c1", KENYATTA_MAGUFULI, [KENYATTA, MAGUFULI], "2018-09-20", caller=KENYATTA),
           # "Ruto also spoke with ... Samia Suluhu Hassan on Friday morning" (the text does not say it was a call: not
           # required)
           call("c2", "B_E_ruto_samia_2018_09_21", [RUTO, SAMIA], "2018-09-21", required=False),
           # ministers: "Juma is expected to hold a phone call with her Tanzanian counterpart Augustine Mahiga later today"
           # (planned, 21 Sept; no caller). The held call of 3817 is a separate event
           call("c3", "B_P_juma_mahiga_2018_09_21", [JUMA, MAHIGA], "2018-09-21", status="planned")],
    rb=[rb("c1", "Kenya News Agency", True)])

# 3819 The EastAfrican, Sat 2018-09-29: a feature with calls in passing
A["3819"] = dict(
    ents=[KENYATTA, MAGUFULI, MUSEVENI, KAGAME, MAHIGA, KUTESA, "Abdallah Kimaro",
          "The EastAfrican", "Daily News", "The Citizen", "Twitter",
          "Tanzania", "Uganda", "Rwanda",
          "African Union", "Tanzania Electrical, Mechanical and Services Agency"],
    calls=[# "Kenyatta was on the line to Dr John Magufuli the evening the ferry went down" (20 Sept, "the afternoon of
           # September 20"; no caller); "a call that Tanzania's Daily News splashed across its front page"
           call("c1", KENYATTA_MAGUFULI, [KENYATTA, MAGUFULI], "2018-09-20"),
           # "Museveni spoke to his Tanzanian counterpart by phone the next morning" (21 Sept; no caller)
           call("c2", MUSEVENI_MAGUFULI, [MUSEVENI, MAGUFULI], "2018-09-21"),
           # ministers: "The Citizen learned that ... Mahiga and his Ugandan counterpart Sam Kutesa discussed ... by phone last
           # week" (no day)
           call("c3", "B_E_mahiga_kutesa_2018_09", [MAHIGA, KUTESA], None)],
    rb=[rb("c1", "Daily News", True), rb("c3", "The Citizen", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind39, part B): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the date of a reposted statement or recorded interview where the text anchors to it "
        "(3811, 3813, 3817); where local dates differ across time zones, the event date is the UTC date of the call "
        "(3814, 3815). See README.md."),
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
