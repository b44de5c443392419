#!/usr/bin/env python3
"""Build ../gold.json (blind32, part A) from the hand annotation below and the registry of names.

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
FRED, ANDERSSON, KRIST, STORE, KALLAS, STOLT, SCHOLZ = "Mette Frederiksen", "Magdalena Andersson", \
    "Ulf Kristersson", "Jonas Gahr Støre", "Kaja Kallas", "Jens Stoltenberg", "Olaf Scholz"
HULT, BODS, GRAM, KAIK, VDL, PESKOV = "Peter Hultqvist", "Morten Bødskov", "Bjørn Arild Gram", "Antti Kaikkonen", \
    "Ursula von der Leyen", "Dmitry Peskov"
COSTA, MRS, NYUSI, MASISI, MNANGAGWA, RAMA, KAGAME = "António Costa", "Marcelo Rebelo de Sousa", "Filipe Nyusi", \
    "Mokgweetsi Masisi", "Emmerson Mnangagwa", "Cyril Ramaphosa", "Paul Kagame"
SANTOS, MACAMO, CRAVINHO, SEALE, SARANGA = "Augusto Santos Silva", "Verónica Macamo", "João Gomes Cravinho", \
    "Tyrone Seale", "Omar Saranga"
MARTIN, TRUSS, VARADKAR, COVENEY, CLEVERLY, DONALDSON, HH = "Micheál Martin", "Liz Truss", "Leo Varadkar", \
    "Simon Coveney", "James Cleverly", "Jeffrey Donaldson", "Chris Heaton-Harris"
DC, AMLO, MARRERO, MADURO, BIDEN, BRP, EBRARD = "Miguel Díaz-Canel", "Andrés Manuel López Obrador", \
    "Manuel Marrero Cruz", "Nicolás Maduro", "Joe Biden", "Bruno Rodríguez Parrilla", "Marcelo Ebrard"
OBIANG, TEODORIN, BONGO, BUHARI, SANCHEZ, SASSOU, BIYA = "Teodoro Obiang Nguema Mbasogo", \
    "Teodoro Nguema Obiang Mangue", "Ali Bongo Ondimba", "Muhammadu Buhari", "Pedro Sánchez", \
    "Denis Sassou Nguesso", "Paul Biya"
LAYA, OYONO = "Arancha González Laya", "Simeón Oyono Esono Angue"

# cross-article events
FRED_ANDERSSON = "A_E_frederiksen_andersson_2022_09_27"  # 3100 (AFP, Tue 27 Sept: "earlier in the evening"),
                                                         # 3101 (Guardian live blog, Wed 28: "on Tuesday evening", told DR),
                                                         # 3102 (Copenhagen Post feature, 20 Oct: "The day after the
                                                         # explosions, while she was in Poland ... rang": caller Frederiksen)
COSTA_NYUSI = "A_E_costa_nyusi_2021_03_29"              # 3103 (Lusa, "Lisbon, 29 Mar 2021", published 30 Mar: "today
                                                         # telephoned": caller Costa), 3104 (Zitamar, 30 Mar: "on Monday",
                                                         # "His first call of the day"; Expresso "learned")
SANTOS_MACAMO = "A_P_santos_silva_macamo_2021_03_30"    # planned: 3103 ("tomorrow" against the 29 Mar dateline),
                                                         # 3104 ("on Tuesday", published Tue 30 Mar)
TRUSS_MARTIN = "A_E_truss_martin_2022_09_07"            # 3105 (Irish Times Q&A, Thu 8 Sept: "rang me last night":
                                                         # caller Truss; her Twitter post), 3106 (Belfast Telegraph, 7 Oct:
                                                         # "on the eve of the Queen's death", "Micheal Martin")
AMLO_DC = "A_E_lopez_obrador_diaz_canel_2022_08_07"     # 3107 (Granma, "Havana, August 7": "In the early hours of this
                                                         # Sunday ... received a telephone call from"), 3108 (Yucatan Times,
                                                         # Mon 8 Aug, no dateline: "on Saturday night, at about 11:30 p.m.
                                                         # Mexico City time, when it was already past midnight in Havana"
                                                         # = 04:30 UTC on Sunday 7 Aug; Granma "first made public")
BRP_EBRARD = "A_E_rodriguez_parrilla_ebrard_2022_08_05" # ministers: 3107 (no day: date null), 3108 ("on Friday night, a
                                                         # few hours after lightning struck the first tank")

# 3100 France 24 (AFP), Tue 2022-09-27, "Stockholm (AFP) –" with no date
A["3100"] = dict(
    ents=[ANDERSSON, FRED, KRIST, STOLT, PESKOV, HULT, BODS,
          "Agence France-Presse", "TT News Agency",
          "Sweden", "Denmark", "Poland", "Russia",
          "NATO", "Kremlin", "Danish Energy Agency", "Moderate Party"],
    calls=[# "had spoken by phone with ... Frederiksen earlier in the evening"
           call("c1", FRED_ANDERSSON, [ANDERSSON, FRED], "2022-09-27"),
           # "She had also telephoned Moderate Party leader Ulf Kristersson ... to brief him"
           call("c2", "A_E_andersson_kristersson_2022_09_27", [ANDERSSON, KRIST], "2022-09-27", caller=ANDERSSON),
           # "is due to speak by phone with NATO Secretary General Jens Stoltenberg on Wednesday"
           call("c3", "A_P_andersson_stoltenberg_2022_09_28", [ANDERSSON, STOLT], "2022-09-28", status="planned"),
           # ministers, "by telephone late on Monday" (TT, named once at the end)
           call("c4", "A_E_hultqvist_bodskov_2022_09_26", [HULT, BODS], "2022-09-26")],
    rb=[rb("c1", "Agence France-Presse", False), rb("c2", "Agence France-Presse", False),
        rb("c3", "Agence France-Presse", False), rb("c4", "Agence France-Presse", False),
        rb("c4", "TT News Agency", True)])

# 3101 The Guardian live blog, Wed 2022-09-28 (BST entries, newest first)
A["3101"] = dict(
    ents=[STORE, FRED, STOLT, ANDERSSON, KALLAS, VDL, BODS, HULT, GRAM, KAIK, "Maren Ellery", "Tobias Reade",
          "DR", "Twitter",
          "Norway", "Denmark", "Sweden", "Finland", "Estonia",
          "NATO", "European Commission", "European Union", "Kremlin"],
    calls=[# 08.02: "told the broadcaster DR this morning that she had spoken with ... Andersson, by phone on Tuesday
           # evening"
           call("c1", FRED_ANDERSSON, [FRED, ANDERSSON], "2022-09-27"),
           # 08.40: "spoke with Frederiksen by phone on Tuesday night"; 09.51 quotes her Twitter post
           call("c2", "A_E_von_der_leyen_frederiksen_2022_09_27", [VDL, FRED], "2022-09-27"),
           # 11.20: "says she rang Frederiksen this morning"
           call("c3", "A_E_kallas_frederiksen_2022_09_28", [KALLAS, FRED], "2022-09-28", caller=KALLAS),
           # 12.48: "had spoken by telephone with ... Andersson, this morning" (3100's plan, held: a separate event)
           call("c4", "A_E_stoltenberg_andersson_2022_09_28", [STOLT, ANDERSSON], "2022-09-28"),
           # 14.37: ministers' video conference, four named, no caller
           call("c5", "A_E_nordic_defence_ministers_vc_2022_09_28", [BODS, HULT, GRAM, KAIK], "2022-09-28"),
           # 16.12: "would speak by phone with Mette Frederiksen later this evening"
           call("c6", "A_P_store_frederiksen_2022_09_28", [STORE, FRED], "2022-09-28", status="planned")],
    rb=[rb("c1", "DR", True), rb("c2", "Twitter", True)])

# 3102 The Copenhagen Post feature, Thu 2022-10-20
A["3102"] = dict(
    ents=[FRED, ANDERSSON, STORE, SCHOLZ, KRIST, "Signe Halvorsen",
          "Dagens Nyheter", "NRK",
          "Denmark", "Sweden", "Norway", "Poland", "Germany",
          "PET"],
    calls=[# "The day after the explosions [Sept 26], while she was in Poland for the opening of the Baltic Pipe, Mette
           # Frederiksen rang Magdalena Andersson"
           call("c1", FRED_ANDERSSON, [FRED, ANDERSSON], "2022-09-27", caller=FRED),
           # "The following evening Frederiksen and Norway's Jonas Gahr Store spoke by phone" (DN citing NRK)
           call("c2", "A_E_store_frederiksen_2022_09_28", [FRED, STORE], "2022-09-28"),
           # "discussed the inquiry by phone last week": no day
           call("c3", "A_E_frederiksen_scholz_2022_10", [FRED, SCHOLZ], None),
           # "On October 19, his first full day in office, Prime Minister Ulf Kristersson phoned Frederiksen"
           call("c4", "A_E_kristersson_frederiksen_2022_10_19", [KRIST, FRED], "2022-10-19", caller=KRIST)],
    rb=[rb("c2", "Dagens Nyheter", True), rb("c2", "NRK", True)])

# 3103 The Portugal News (Lusa), published Tue 2021-03-30, "Lisbon, 29 Mar 2021 (Lusa) -"; telegraphic headline
A["3103"] = dict(
    ents=[COSTA, NYUSI, MRS, SANTOS, MACAMO, CRAVINHO,
          "Lusa",
          "Portugal", "Mozambique",
          "Total", "Council of the European Union"],
    calls=[# "today telephoned" = the dateline's 29 March
           call("c1", COSTA_NYUSI, [COSTA, NYUSI], "2021-03-29", caller=COSTA),
           # "had already spoken by telephone with the Mozambican head of state on Sunday" (the Presidency's website:
           # an organization, not an outlet)
           call("c2", "A_E_marcelo_nyusi_2021_03_28", [MRS, NYUSI], "2021-03-28"),
           # "is expected to speak by phone tomorrow" = 30 March against the dateline
           call("c3", SANTOS_MACAMO, [SANTOS, MACAMO], "2021-03-30", status="planned")],
    rb=[rb("c1", "Lusa", False), rb("c2", "Lusa", False), rb("c3", "Lusa", False)])

# 3104 Zitamar News, Tue 2021-03-30: a round-up of Monday's calls
A["3104"] = dict(
    ents=[NYUSI, COSTA, MASISI, MNANGAGWA, RAMA, KAGAME, SEALE, MACAMO, SANTOS, SARANGA, "Tomás Nhantumbo",
          "Zitamar News", "Expresso", "African News Agency", "Savana",
          "Mozambique", "Portugal", "Botswana", "Zimbabwe", "South Africa", "Rwanda",
          "Southern African Development Community", "European Union", "Total"],
    calls=[# "His first call of the day was with Portugal's prime minister, António Costa" (Expresso "learned")
           call("c1", COSTA_NYUSI, [NYUSI, COSTA], "2021-03-29"),
           # "took part in a video conference ... convened by ... Masisi"; Mnangagwa and Ramaphosa "also joined"
           call("c2", "A_E_sadc_organ_vc_2021_03_29", [NYUSI, MASISI, MNANGAGWA, RAMA], "2021-03-29"),
           # "is due to speak by telephone on Tuesday"
           call("c3", SANTOS_MACAMO, [MACAMO, SANTOS], "2021-03-30", status="planned"),
           # Savana's claim that Nyusi "had telephoned" Kagame "the previous week", denied by the presidency
           call("c4", "A_D_nyusi_kagame_2021_03", [NYUSI, KAGAME], None, status="denied", caller=NYUSI)],
    rb=[rb("c1", "Expresso", True), rb("c2", "African News Agency", True), rb("c4", "Savana", True)])

# 3105 The Irish Times, Thu 2022-09-08: transcript-like Q&A of the Taoiseach's doorstep
A["3105"] = dict(
    ents=[MARTIN, TRUSS, VARADKAR, COVENEY, CLEVERLY, DONALDSON, "Orla Brennan",
          "Twitter", "Belfast Telegraph", "The Irish Times",
          "European Union"],
    calls=[# "Prime Minister Truss rang me last night, a little before eight o'clock"; "She said on Twitter afterwards"
           call("c1", TRUSS_MARTIN, [TRUSS, MARTIN], "2022-09-07", caller=TRUSS),
           # "We agreed we would talk again by phone in the coming weeks ... There's no date yet."
           call("c2", "A_P_martin_truss_2022_09", [MARTIN, TRUSS], None, status="planned"),
           # ministers, "on Tuesday evening"
           call("c3", "A_E_coveney_cleverly_2022_09_06", [COVENEY, CLEVERLY], "2022-09-06"),
           # a reporter's question: "The Belfast Telegraph is reporting that Ms Truss also rang Jeffrey Donaldson last
           # night" - neither confirmed nor denied: not required
           call("c4", "A_E_truss_donaldson_2022_09_07", [TRUSS, DONALDSON], "2022-09-07", caller=TRUSS,
                required=False)],
    rb=[rb("c1", "Twitter", True), rb("c4", "Belfast Telegraph", False)])

# 3106 Belfast Telegraph analysis, Fri 2022-10-07; no outlet credited
A["3106"] = dict(
    ents=[TRUSS, MARTIN, VARADKAR, "Kwasi Kwarteng", HH, COVENEY, DONALDSON, "Michelle O'Neill", "Ciarán Devlin",
          "Ireland",
          "Downing Street", "DUP", "Sinn Féin", "European Political Community"],
    calls=[# "a phone call on the eve of the Queen's death"
           call("c1", TRUSS_MARTIN, [TRUSS, MARTIN], "2022-09-07"),
           # "the Taoiseach's officials asked Downing Street for a follow-up call ... None was offered"
           call("c2", "A_A_martin_truss_2022_09", [MARTIN, TRUSS], None, status="attempted", caller=MARTIN),
           # ministers, "spoke by phone last week"
           call("c3", "A_E_heaton_harris_coveney_2022_09", [HH, COVENEY], None)],
    rb=[])

# 3107 Granma, Sun 2022-08-07: the Presidency's note reposted, "Havana, August 7.–"
A["3107"] = dict(
    ents=[DC, AMLO, MARRERO, MADURO, BRP, EBRARD,
          "Granma", "Canal Caribe",
          "Cuba", "Mexico", "Venezuela", "United States",
          "Communist Party of Cuba", "Petróleos Mexicanos"],
    calls=[# "In the early hours of this Sunday ... received a telephone call from" (Canal Caribe aired images)
           call("c1", AMLO_DC, [DC, AMLO], "2022-08-07", caller=AMLO),
           # "On Saturday afternoon ... held a telephone conversation with"
           call("c2", "A_E_diaz_canel_maduro_2022_08_06", [DC, MADURO], "2022-08-06"),
           # ministers, "held a telephone conversation with": no day
           call("c3", BRP_EBRARD, [BRP, EBRARD], None)],
    rb=[rb("c1", "Canal Caribe", True)])

# 3108 The Yucatan Times, Mon 2022-08-08: short brief with no dateline (date only in the metadata)
A["3108"] = dict(
    ents=[AMLO, DC, MADURO, BIDEN, EBRARD, BRP, "Rocío Nahle",
          "Granma", "Milenio", "The Yucatan Times",
          "Cuba", "Mexico", "Venezuela", "United States",
          "Petróleos Mexicanos"],
    calls=[# "called ... on Saturday night, at about 11:30 p.m. Mexico City time, when it was already past midnight in
           # Havana" = 04:30 UTC on Sunday 7 August (the blindset's UTC convention)
           call("c1", AMLO_DC, [AMLO, DC], "2022-08-07", caller=AMLO),
           # ministers, "on Friday night, a few hours after lightning struck the first tank"
           call("c2", BRP_EBRARD, [EBRARD, BRP], "2022-08-05"),
           # "would talk by telephone with ... Maduro later in the day"
           call("c3", "A_P_lopez_obrador_maduro_2022_08_08", [AMLO, MADURO], "2022-08-08", status="planned")],
    rb=[rb("c1", "Granma", True), rb("c1", "Milenio", False), rb("c2", "Milenio", False),
        rb("c3", "Milenio", False)])

# 3109 Guinea Ecuatorial Press (outlet blank in metadata), published Wed 2021-03-10, "Malabo, 9 March 2021.-";
# a list of condolence calls
A["3109"] = dict(
    ents=[OBIANG, BONGO, BUHARI, TEODORIN, SANCHEZ, LAYA, OYONO, SASSOU, BIYA, "Felipe VI", "Moussa Faki Mahamat",
          "TVGE", "Twitter",
          "Equatorial Guinea", "Gabon", "Nigeria", "Spain", "Republic of the Congo", "Cameroon",
          "African Union Commission"],
    calls=[# "on Sunday evening ... telephoned President Obiang" (TVGE aired images)
           call("c1", "A_E_bongo_obiang_2021_03_07", [BONGO, OBIANG], "2021-03-07", caller=BONGO),
           # "tried to reach the Head of State by telephone on Sunday night, but the connection could not be established"
           call("c2", "A_A_buhari_obiang_2021_03_07", [BUHARI, OBIANG], "2021-03-07", status="attempted",
                caller=BUHARI),
           # "His call was then put through to the Vice-President"
           call("c3", "A_E_buhari_nguema_obiang_mangue_2021_03_07", [BUHARI, TEODORIN], "2021-03-07", caller=BUHARI),
           # "Yesterday ... called President Obiang" = 8 March against the dateline; his Twitter post quoted later
           call("c4", "A_E_sanchez_obiang_2021_03_08", [SANCHEZ, OBIANG], "2021-03-08", caller=SANCHEZ),
           # ministers, "Also yesterday ... held a telephone conversation"
           call("c5", "A_E_gonzalez_laya_oyono_2021_03_08", [LAYA, OYONO], "2021-03-08"),
           # "This Tuesday ... spoke by telephone with" = 9 March, the dateline's day
           call("c6", "A_E_sassou_nguesso_obiang_2021_03_09", [SASSOU, OBIANG], "2021-03-09"),
           # "has also been in contact with ... Paul Biya ... without saying how": not said to be a call
           call("c7", "A_E_obiang_biya_2021_03", [OBIANG, BIYA], None, required=False)],
    rb=[rb("c1", "TVGE", True), rb("c4", "Twitter", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind32, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline or release day where the text anchors to it; where local dates differ "
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
