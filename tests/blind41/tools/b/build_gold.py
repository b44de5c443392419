#!/usr/bin/env python3
"""Build ../gold.json (blind41, part B) from the hand annotation below and the registry of names.

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
LULA, BOLSONARO, PETRO, FERNANDEZ, LACALLE, BORIC, ARCE, BIDEN = "Luiz Inácio Lula da Silva", "Jair Bolsonaro", \
    "Gustavo Petro", "Alberto Fernández", "Luis Lacalle Pou", "Gabriel Boric", "Luis Arce", "Joe Biden"
FELIPE, SANCHEZ, MARCELO, COSTA = "Felipe VI", "Pedro Sánchez", "Marcelo Rebelo de Sousa", "António Costa"
KRISTERSSON, FREDERIKSEN, LOKKE, STORE, MARIN, KATRIN, KALLAS, KARINS, MARGRETHE, ERDOGAN, ZELENSKYY = \
    "Ulf Kristersson", "Mette Frederiksen", "Lars Løkke Rasmussen", "Jonas Gahr Støre", "Sanna Marin", \
    "Katrín Jakobsdóttir", "Kaja Kallas", "Krišjānis Kariņš", "Margrethe II", "Recep Tayyip Erdoğan", \
    "Volodymyr Zelenskyy"
LOURENCO, NYUSI, RAMAPHOSA, SALL, RUTO, ABIY, OBASANJO, KENYATTA = "João Lourenço", "Filipe Nyusi", \
    "Cyril Ramaphosa", "Macky Sall", "William Ruto", "Abiy Ahmed", "Olusegun Obasanjo", "Uhuru Kenyatta"
ALCKMIN, NOGUEIRA, HOFFMANN, FRANCA, CRAVINHO, MACAMO = "Geraldo Alckmin", "Ciro Nogueira", "Gleisi Hoffmann", \
    "Carlos França", "João Gomes Cravinho", "Verónica Macamo"
BILLSTROM, KOFOD, STOJBERG, ELLEMANN = "Tobias Billström", "Jeppe Kofod", "Inger Støjberg", "Jakob Ellemann-Jensen"
PANDOR, DEMEKE, MLAMBO, MAGWENYA = "Naledi Pandor", "Demeke Mekonnen", "Phumzile Mlambo-Ngcuka", "Vincent Magwenya"

# cross-article events
LOURENCO_LULA = "B_E_lourenco_lula_2022_10_30"   # 4010 (live blog, 20:54 BRT entry "has called Lula", date only in the
                                                 # metadata); 4011 (ANGOP: "shortly before 1 a.m. on Monday, Luanda time",
                                                 # "at the initiative of the Angolan Head of State"; TPA aired images);
                                                 # 4015 (AQ, a month later: "among the first to ring" "on the night of the
                                                 # runoff"). 00:5x WAT (UTC+1) on Monday = 23:5x UTC on Sunday 30 Oct (20:5x
                                                 # in Brasília): dated by the UTC day; a builder reading 4011 alone says 10-31
NYUSI_LULA = "B_E_nyusi_lula_2022_10_31"         # 4012 (AIM: "Maputo, 1 Nov (AIM)" ... "yesterday telephoned", page of
                                                 # 2 Nov: yesterday of the dateline); 4015 ("called the next morning")
BIDEN_LULA = "B_E_biden_lula_2022_10_31"         # 4014 (MercoPress: "placed a call to Lula later on Monday");
                                                 # 4015 ("Joe Biden's call came on the Monday after the vote"; RTP interview).
                                                 # The call planned in 4010 ("will take a phone call from ... Biden on
                                                 # Monday") is a separate, planned event
PETRO_LULA = "B_E_petro_lula_2022_10_30"         # 4010 (21:31 entry "have spoken by phone"; Twitter post in the 22:37
                                                 # entry); 4014 ("had already spoken to Lula by phone on Sunday night")
KRISTERSSON_FREDERIKSEN = "B_E_kristersson_frederiksen_2022_11_01"
                                                 # 4016 (Radio Sweden Q&A: "I called her last night, a little after eleven");
                                                 # 4017 (CPH Post: "phoned her late on Tuesday", statement to Ritzau);
                                                 # 4018 (Politico, six weeks later: "the first foreign leader to get through
                                                 # to her" "On the night of the November 1 election")

# 4010 The Brazilian Report, Sun 2022-10-30: live blog, BRT entries newest first, no date in the text (metadata only)
A["4010"] = dict(
    ents=[LULA, BOLSONARO, BIDEN, PETRO, FELIPE, SANCHEZ, LOURENCO, FERNANDEZ, "Renata Quintella", "Tomás Albuquerque",
          "The Brazilian Report", "Twitter",
          "Brazil", "United States", "Colombia", "Spain", "Angola", "Argentina",
          "Superior Electoral Court", "Workers' Party", "Royal Household (Spain)", "White House", "Alvorada Palace"],
    calls=[# 20:54: "Angola's President João Lourenço has called Lula, the Angolan presidency says" (tonight = 30 Oct)
           call("c1", LOURENCO_LULA, [LOURENCO, LULA], "2022-10-30", caller=LOURENCO),
           # 21:02: "King Felipe VI of Spain telephoned Lula shortly before 9 p.m., according to the Royal Household"
           call("c2", "B_E_felipe_lula_2022_10_30", [FELIPE, LULA], "2022-10-30", caller=FELIPE),
           # 21:31: "Gustavo Petro and Lula have spoken by phone" (no caller); 22:37: "Petro wrote on Twitter"
           call("c3", PETRO_LULA, [PETRO, LULA], "2022-10-30"),
           # 23:06: "the president-elect will take a phone call from U.S. President Joe Biden on Monday" (planned, 31 Oct;
           # the caller is Biden); "tells The Brazilian Report" (self)
           call("c4", "B_P_biden_lula_2022_10_31", [BIDEN, LULA], "2022-10-31", status="planned", caller=BIDEN)],
    rb=[rb("c3", "Twitter", True), rb("c4", "The Brazilian Report", False)])

# 4011 ANGOP, Mon 2022-10-31: "Luanda - ", telegraphic headline, desk code
A["4011"] = dict(
    ents=[LOURENCO, LULA, MARCELO,
          "ANGOP", "Televisão Pública de Angola",
          "Angola", "Brazil", "Portugal", "Democratic Republic of Congo",
          "Civil Affairs Office of the President of the Republic (Angola)"],
    calls=[# "congratulated ... in a telephone conversation held shortly before 1 a.m. on Monday, Luanda time"; "The call was
           # made at the initiative of the Angolan Head of State"; "Public television TPA aired images of the Head of State
           # on the telephone"; the note was "sent to ANGOP" (self). UTC day: Sunday 30 Oct (see LOURENCO_LULA)
           call("c1", LOURENCO_LULA, [LOURENCO, LULA], "2022-10-30", caller=LOURENCO),
           # "On Saturday, President João Lourenço had held a telephone conversation with ... Marcelo Rebelo de Sousa"
           # (29 Oct; no caller)
           call("c2", "B_E_lourenco_marcelo_2022_10_29", [LOURENCO, MARCELO], "2022-10-29")],
    rb=[rb("c1", "Televisão Pública de Angola", True), rb("c1", "ANGOP", False)])

# 4012 Club of Mozambique (AIM), Wed 2022-11-02: "Maputo, 1 Nov (AIM) –"; title blank in the metadata
A["4012"] = dict(
    ents=[NYUSI, LULA, MACAMO, FRANCA,
          "Club of Mozambique", "Agência de Informação de Moçambique",
          "Mozambique", "Brazil", "Egypt",
          "Presidency of the Republic (Mozambique)", "Oswaldo Cruz Foundation", "Superior Electoral Court", "Planalto"],
    calls=[# "Filipe Jacinto Nyusi yesterday telephoned the president-elect of Brazil" (yesterday of the dateline = 31 Oct;
           # the page is 2 Nov)
           call("c1", NYUSI_LULA, [NYUSI, LULA], "2022-10-31", caller=NYUSI),
           # ministers: "Verónica Macamo, is expected to speak by telephone with her Brazilian counterpart, Carlos França,
           # later this week" (planned; no day; no caller)
           call("c2", "B_P_macamo_franca_2022_11", [MACAMO, FRANCA], None, status="planned")],
    rb=[rb("c1", "Agência de Informação de Moçambique", False), rb("c2", "Agência de Informação de Moçambique", False)])

# 4013 The Portugal News, Mon 2022-10-31: the Presidency's note reposted ("timed at 23:14" on Sunday)
A["4013"] = dict(
    ents=[MARCELO, COSTA, LULA, BOLSONARO, CRAVINHO, FRANCA, "Catarina Amaral Weiss",
          "The Portugal News", "Lusa", "Twitter",
          "Portugal", "Brazil", "Egypt",
          "Presidency of the Republic (Portugal)", "European Union", "Mercosur", "Itamaraty"],
    calls=[# the note: "The President of the Republic telephoned this evening the President-elect ... Luiz Inácio Lula da
           # Silva" (the note's evening, Sunday 30 Oct; caller Marcelo); the Presidency's website is an organization's
           call("c1", "B_E_marcelo_lula_2022_10_30", [MARCELO, LULA], "2022-10-30", caller=MARCELO),
           # "António Costa held a video call with Lula on Monday morning, a spokesperson for the prime minister told Lusa"
           call("c2", "B_E_costa_lula_2022_10_31", [COSTA, LULA], "2022-10-31"),
           # ministers: "João Gomes Cravinho also spoke by phone on Monday with his Brazilian counterpart, Carlos França"
           call("c3", "B_E_cravinho_franca_2022_10_31", [CRAVINHO, FRANCA], "2022-10-31")],
    rb=[rb("c2", "Lusa", True)])

# 4014 MercoPress, Tue 2022-11-01: a round-up of Monday's calls
A["4014"] = dict(
    ents=[LULA, BOLSONARO, LACALLE, BORIC, BIDEN, PETRO, FERNANDEZ, ARCE, HOFFMANN,
          "MercoPress", "Twitter", "Metrópoles", "Agencia Boliviana de Información",
          "Brazil", "Uruguay", "Chile", "United States", "China", "Bolivia", "Colombia", "Argentina",
          "Executive Tower", "Mercosur", "White House", "Workers' Party"],
    calls=[# "Luis Lacalle Pou ... rang Lula early on Monday morning, according to the Executive Tower"
           call("c1", "B_E_lacallepou_lula_2022_10_31", [LACALLE, LULA], "2022-10-31", caller=LACALLE),
           # "Chile's Gabriel Boric held a video call with Lula and afterwards posted on Twitter a short clip" (no caller)
           call("c2", "B_E_boric_lula_2022_10_31", [BORIC, LULA], "2022-10-31"),
           # "US President Joe Biden placed a call to Lula later on Monday, according to the White House"
           call("c3", BIDEN_LULA, [BIDEN, LULA], "2022-10-31", caller=BIDEN),
           # "Petro, who had already spoken to Lula by phone on Sunday night" (30 Oct; no caller)
           call("c4", PETRO_LULA, [PETRO, LULA], "2022-10-30"),
           # "the news site Metrópoles reported that Bolsonaro himself had telephoned Lula during the afternoon" (Monday);
           # "Gleisi Hoffmann, denied it. 'There was no call.'" (denied; claimed caller Bolsonaro)
           call("c5", "B_D_bolsonaro_lula_2022_10_31", [BOLSONARO, LULA], "2022-10-31", status="denied",
                caller=BOLSONARO),
           # "Bolivia's Luis Arce also dialled Lula on Monday evening ..., the state news agency ABI reported" (last paragraph)
           call("c6", "B_E_arce_lula_2022_10_31", [ARCE, LULA], "2022-10-31", caller=ARCE)],
    rb=[rb("c2", "Twitter", True), rb("c5", "Metrópoles", True), rb("c6", "Agencia Boliviana de Información", True)])

# 4015 Americas Quarterly, Thu 2022-12-01: an analysis feature with calls in passing
A["4015"] = dict(
    ents=[LULA, LOURENCO, NYUSI, BIDEN, SANCHEZ, BOLSONARO, ALCKMIN, NOGUEIRA, "Helena Markowitz Prado",
          "Americas Quarterly", "RTP",
          "Angola", "Mozambique", "Portugal", "Spain", "Brazil", "United States",
          "European Union", "Mercosur", "Planalto"],
    calls=[# "The phone started ringing before he had left his hotel for Avenida Paulista on the night of the runoff. Angola's
           # João Lourenço was among the first to ring" (the runoff is "October 30"; caller Lourenço)
           call("c1", LOURENCO_LULA, [LOURENCO, LULA], "2022-10-30", caller=LOURENCO),
           # "Mozambique's Filipe Nyusi called the next morning" (31 Oct)
           call("c2", NYUSI_LULA, [NYUSI, LULA], "2022-10-31", caller=NYUSI),
           # "Joe Biden's call came on the Monday after the vote. Speaking to Portugal's public broadcaster RTP ..., Lula
           # said Biden had used it to invite him to Washington" (31 Oct; a day told by an event)
           call("c3", BIDEN_LULA, [BIDEN, LULA], "2022-10-31", caller=BIDEN),
           # "Spain's Pedro Sánchez spoke to Lula by phone on November 2" (no caller)
           call("c4", "B_E_sanchez_lula_2022_11_02", [SANCHEZ, LULA], "2022-11-02"),
           # "Geraldo Alckmin ... twice tried to reach Bolsonaro by telephone in the first week of November; neither call
           # was returned" (attempted; no day; caller Alckmin). "Bolsonaro has never called his successor" is a negation
           call("c5", "B_A_alckmin_bolsonaro_2022_11", [ALCKMIN, BOLSONARO], None, status="attempted", caller=ALCKMIN)],
    rb=[rb("c3", "RTP", True)])

# 4016 Radio Sweden, Wed 2022-11-02: a transcript-like Q&A ("Ekot:" / "Kristersson:"), interview on Wednesday morning
A["4016"] = dict(
    ents=[KRISTERSSON, FREDERIKSEN, LOKKE, BILLSTROM, KOFOD, ERDOGAN, MARIN, STORE,
          "Radio Sweden", "Ekot", "Aftonbladet",
          "Denmark", "Sweden", "Turkey", "Finland",
          "Nordic Council", "Nato"],
    calls=[# "I called her last night, a little after eleven" (Tuesday 1 Nov; caller Kristersson)
           call("c1", KRISTERSSON_FREDERIKSEN, [KRISTERSSON, FREDERIKSEN], "2022-11-01", caller=KRISTERSSON),
           # "Aftonbladet reported this morning that you phoned Lars Løkke Rasmussen before you phoned her" - "No, it isn't"
           # (denied; claimed caller Kristersson; the claim concerns election night, 1 Nov)
           call("c2", "B_D_kristersson_lokke_2022_11_01", [KRISTERSSON, LOKKE], "2022-11-01", status="denied",
                caller=KRISTERSSON),
           # ministers: "Tobias Billström spoke with Jeppe Kofod this morning" (2 Nov; not said to be a call)
           call("c3", "B_E_billstrom_kofod_2022_11_02", [BILLSTROM, KOFOD], "2022-11-02", required=False),
           # "I expect to speak with President Erdoğan by phone before I go" (planned; no day; no caller)
           call("c4", "B_P_kristersson_erdogan_2022_11", [KRISTERSSON, ERDOGAN], None, status="planned")],
    rb=[rb("c2", "Aftonbladet", True),
        rb("c1", "Ekot", False), rb("c2", "Ekot", False), rb("c3", "Ekot", False), rb("c4", "Ekot", False)])

# 4017 The Copenhagen Post, Wed 2022-11-02: a list of congratulation calls
A["4017"] = dict(
    ents=[FREDERIKSEN, KRISTERSSON, STORE, KATRIN, KALLAS, KARINS, STOJBERG, MARGRETHE, ELLEMANN, LOKKE,
          "Astrid Vinther Hald",
          "The Copenhagen Post", "Ritzau", "DR", "Facebook", "Twitter", "TV 2",
          "Sweden", "Norway", "Iceland", "Estonia", "Latvia", "Denmark", "Faroe Islands", "Greenland",
          "Sweden Democrats", "Denmark Democrats", "Venstre", "Moderates"],
    calls=[# "Sweden's Ulf Kristersson phoned her late on Tuesday, the Swedish prime minister's office said in a statement to
           # Ritzau"
           call("c1", KRISTERSSON_FREDERIKSEN, [KRISTERSSON, FREDERIKSEN], "2022-11-01", caller=KRISTERSSON),
           # "Jonas Gahr Støre also spoke with Frederiksen on election night, DR learned" (no caller; under a calls headline)
           call("c2", "B_E_store_frederiksen_2022_11_01", [STORE, FREDERIKSEN], "2022-11-01"),
           # "Katrín Jakobsdóttir, rang this morning" (2 Nov); "she wrote on Facebook afterwards"
           call("c3", "B_E_katrin_frederiksen_2022_11_02", [KATRIN, FREDERIKSEN], "2022-11-02", caller=KATRIN),
           # "Støjberg ... told TV 2 that she had let a call from Frederiksen ring out on Tuesday night" (attempted: a call
           # refused; the caller is Frederiksen)
           call("c4", "B_A_frederiksen_stojberg_2022_11_01", [FREDERIKSEN, STOJBERG], "2022-11-01", status="attempted",
                caller=FREDERIKSEN),
           # "She is expected to ring Venstre leader Jakob Ellemann-Jensen later today" (planned, 2 Nov; caller Frederiksen)
           call("c5", "B_P_frederiksen_ellemann_2022_11_02", [FREDERIKSEN, ELLEMANN], "2022-11-02", status="planned",
                caller=FREDERIKSEN)],
    rb=[rb("c1", "Ritzau", True), rb("c2", "DR", True), rb("c3", "Facebook", True), rb("c4", "TV 2", True)])

# 4018 Politico Europe, Thu 2022-12-15: a feature with calls in passing; outlet blank in the metadata
A["4018"] = dict(
    ents=[FREDERIKSEN, KRISTERSSON, MARGRETHE, LOKKE, ELLEMANN, ZELENSKYY, "Kasper Lindahl Brun",
          "Politico", "Berlingske",
          "Denmark", "Sweden", "Faroe Islands", "Greenland", "Ukraine",
          "Moderates", "Venstre"],
    calls=[# "On the night of the November 1 election, ... Sweden's Ulf Kristersson was the first foreign leader to get through
           # to her"
           call("c1", KRISTERSSON_FREDERIKSEN, [KRISTERSSON, FREDERIKSEN], "2022-11-01", caller=KRISTERSSON),
           # "The next morning, before she drove to Amalienborg ..., Frederiksen rang Lars Løkke Rasmussen"; "Berlingske
           # later learned that the call lasted less than five minutes" (2 Nov)
           call("c2", "B_E_frederiksen_lokke_2022_11_02", [FREDERIKSEN, LOKKE], "2022-11-02", caller=FREDERIKSEN),
           # "Frederiksen is expected to speak with Ukraine's President Volodymyr Zelenskyy by phone in the new
           # government's first days" (planned; no day)
           call("c3", "B_P_frederiksen_zelenskyy_2022_12", [FREDERIKSEN, ZELENSKYY], None, status="planned")],
    rb=[rb("c2", "Berlingske", True)])

# 4019 SABC News, Fri 2022-11-04: a short brief; no outlet credited for any call
A["4019"] = dict(
    ents=[RAMAPHOSA, SALL, RUTO, ABIY, OBASANJO, KENYATTA, MLAMBO, MAGWENYA, PANDOR, DEMEKE, LULA, "Sipho Mavuso",
          "SABC News",
          "Senegal", "Kenya", "Ethiopia", "Nigeria", "Brazil", "South Africa",
          "African Union", "Tigray People's Liberation Front", "BRICS"],
    calls=[# "joined a video call on Thursday evening with ... Macky Sall, ... William Ruto and ... Abiy Ahmed"; "convened by
           # Sall in his capacity as chairperson of the African Union" (a convener is not a caller)
           call("c1", "B_E_sall_ramaphosa_ruto_abiy_video_2022_11_03", [RAMAPHOSA, SALL, RUTO, ABIY], "2022-11-03"),
           # "Ramaphosa and Abiy were expected to speak again by phone once the Nairobi meeting concludes" (planned; no day)
           call("c2", "B_P_ramaphosa_abiy_2022_11", [RAMAPHOSA, ABIY], None, status="planned"),
           # ministers: "Pandor said she had spoken by telephone with ... Demeke Mekonnen, last week" (null; no caller)
           call("c3", "B_E_pandor_demeke_2022_10", [PANDOR, DEMEKE], None),
           # "Ramaphosa telephoned Brazil's president-elect, Luiz Inácio Lula da Silva, on Tuesday" (1 Nov)
           call("c4", "B_E_ramaphosa_lula_2022_11_01", [RAMAPHOSA, LULA], "2022-11-01", caller=RAMAPHOSA)],
    rb=[])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind41, part B): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline or the date of a reposted statement where the text anchors to it "
        "(4012, 4013); where local dates differ across time zones, the event date is the UTC date of the call "
        "(4010/4011/4015). See README.md."),
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
