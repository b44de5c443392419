#!/usr/bin/env python3
"""Build ../gold.json (blind43, part B) from the hand annotation below and the registry of names.

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
OUATTARA, GON, BAKAYOKO, AKUFO, MACRON, ISSOUFOU, EMBALO, SALL, ACHI, CASTEX, KEITA, WEAH, JONATHAN, CONDE, DABIRE = \
    "Alassane Ouattara", "Amadou Gon Coulibaly", "Hamed Bakayoko", "Nana Akufo-Addo", "Emmanuel Macron", \
    "Mahamadou Issoufou", "Umaro Sissoco Embaló", "Macky Sall", "Patrick Achi", "Jean Castex", \
    "Ibrahim Boubacar Keïta", "George Weah", "Goodluck Jonathan", "Alpha Condé", "Christophe Dabiré"
ALLY, LEDRIAN, ARHIN, BAWUMIA, BYLINE = "Ally Coulibaly", "Jean-Yves Le Drian", "Eugene Arhin", "Mahamudu Bawumia", \
    "Mathilde Ahouré-Lenoir"
NIINISTO, KALJULAID, LOFVEN, KING, SIPILA, SOLBERG, PUTIN, VEJONIS, RINKEVICS, RATAS, GRYBAUSKAITE, KRISTERSSON = \
    "Sauli Niinistö", "Kersti Kaljulaid", "Stefan Löfven", "Carl XVI Gustaf", "Juha Sipilä", "Erna Solberg", \
    "Vladimir Putin", "Raimonds Vējonis", "Edgars Rinkēvičs", "Jüri Ratas", "Dalia Grybauskaitė", "Ulf Kristersson"
HAAVISTO, HUHTASAARI, SOINI, WALLSTROM = "Pekka Haavisto", "Laura Huhtasaari", "Timo Soini", "Margot Wallström"
MORENO, CASTRO, MADURO, MORALES, LASSO, CORREA, MACRI, TEMER = "Lenín Moreno", "Raúl Castro", "Nicolás Maduro", \
    "Evo Morales", "Guillermo Lasso", "Rafael Correa", "Mauricio Macri", "Michel Temer"
LONG, RODRIGUEZ, POZO, MALCORRA = "Guillaume Long", "Bruno Rodríguez Parrilla", "Juan Pablo Pozo", "Susana Malcorra"
MUSCAT, GENTILONI, JUNCKER, COLEIRO, MATTARELLA, VELLA = "Joseph Muscat", "Paolo Gentiloni", "Jean-Claude Juncker", \
    "Marie-Louise Coleiro Preca", "Sergio Mattarella", "George Vella"
DALFONSO, ZINGARETTI, CERISCIOLI, MARINI, CURCIO, SCHINAS, ALFANO, BUSUTTIL = "Luciano D'Alfonso", \
    "Nicola Zingaretti", "Luca Ceriscioli", "Catiuscia Marini", "Fabrizio Curcio", "Margaritis Schinas", \
    "Angelino Alfano", "Simon Busuttil"

# cross-article events
MACRON_OUATTARA = "B_E_macron_ouattara_2020_07_08"   # 4210 (APA: "telephoned late on Wednesday night"); 4211 (Graphic:
                                                     # RTI "had also taken calls from France's Emmanuel Macron", no day);
                                                     # 4212 (France 24 feature: "placed the call ... himself shortly after
                                                     # midnight Paris time, when it was still the evening of 8 July in
                                                     # Abidjan"; Jeune Afrique "later learned"). ~22:xx GMT = Abidjan time
                                                     # (UTC+0); 00:xx on 9 July in Paris: dated by the UTC day, 8 July
AKUFO_OUATTARA = "B_E_akufoaddo_ouattara_2020_07_08"  # 4210 ("calling Mr. Ouattara early on Wednesday evening"); 4211 (the
                                                     # Jubilee House statement: "on the night of Wednesday, 8th July 2020,
                                                     # telephoned"; Facebook post "I spoke with my brother Alassane last night")
ISSOUFOU_OUATTARA = "B_E_issoufou_ouattara_2020_07_09"  # 4210 ("On Thursday morning ... called the Ivorian leader"); 4211
                                                     # (RTI: "had also taken calls from ... Mahamadou Issoufou", no day)
KALJULAID_NIINISTO = "B_E_kaljulaid_niinisto_2018_01_28"  # 4213 (Yle transcript: "the first head of state on the line, at
                                                     # around ten o'clock last night", no caller); 4214 (LETA: "telephoned
                                                     # Niinisto on Sunday evening"; "Estonian public broadcaster ERR reported")
LOFVEN_NIINISTO = "B_E_lofven_niinisto_2018_01_28"   # 4213 ("rang at about half past twelve, so strictly speaking it was
                                                     # already Monday here, but ... in Stockholm it was still Sunday");
                                                     # 4215 (The Local: "late on Sunday evening", "shortly before midnight
                                                     # Swedish time"). 00:30 EET Monday = 23:30 CET Sunday = 22:30 UTC Sunday
                                                     # 28 January: dated by the UTC day; a builder reading 4213 by Helsinki's
                                                     # clock says 01-29
KING_NIINISTO = "B_E_carlxvigustaf_niinisto_2018_01_29"  # 4213 ("This morning His Majesty King Carl XVI Gustaf called":
                                                     # caller the King; the press conference's Monday); 4215 ("also spoke with
                                                     # Niinistö by telephone on Monday morning", no caller)
MORENO_LASSO = "B_A_moreno_lasso_2017_04_03"         # attempted: 4216 (Prensa Latina: "Moreno told reporters on Monday that
                                                     # he had tried to call Lasso ... earlier that day ... his rival did not take
                                                     # the call"); 4217 (Herald: "had tried to reach Lasso by phone on Monday
                                                     # ... the call went unanswered")
MADURO_MORENO = "B_E_maduro_moreno_2017_04_02"       # 4216 ("the first head of state to telephone the president-elect, on
                                                     # Sunday night"); 4217 ("who phoned Moreno on election night")
MUSCAT_GENTILONI = "B_E_muscat_gentiloni_2017_01_19"  # 4218 (The Local live blog, 18:50 entry: "telephoned ... this
                                                     # afternoon", Palazzo Chigi's note); 4219 (Times of Malta, no date in the
                                                     # text: "yesterday afternoon", "he told TVM last night")

# 4210 Journal du Cameroun (APA), Thu 2020-07-09: a list of condolence calls, "APA-Abidjan (Côte d'Ivoire) -"
A["4210"] = dict(
    ents=[OUATTARA, GON, AKUFO, MACRON, ISSOUFOU, EMBALO, ALLY, LEDRIAN, SALL, BAKAYOKO,
          "APA News", "Agência de Notícias da Guiné", "Twitter",
          "Côte d'Ivoire", "France", "Ghana", "Niger", "Guinea-Bissau", "Senegal",
          "ECOWAS", "RHDP", "Presidency (Côte d'Ivoire)"],
    calls=[# "Akufo-Addo was the first foreign leader to get through, calling Mr. Ouattara early on Wednesday evening"
           call("c1", AKUFO_OUATTARA, [AKUFO, OUATTARA], "2020-07-08", caller=AKUFO),
           # "French President Emmanuel Macron telephoned late on Wednesday night" (the object is Ouattara from the context)
           call("c2", MACRON_OUATTARA, [MACRON, OUATTARA], "2020-07-08", caller=MACRON),
           # "On Thursday morning, ... Mahamadou Issoufou, called the Ivorian leader" (the Ivorian leader = Ouattara)
           call("c3", ISSOUFOU_OUATTARA, [ISSOUFOU, OUATTARA], "2020-07-09", caller=ISSOUFOU),
           # "Embaló tried to reach Mr. Ouattara on Wednesday night but could not be put through, his spokesman told ... ANG"
           call("c4", "B_A_embalo_ouattara_2020_07_08", [EMBALO, OUATTARA], "2020-07-08", status="attempted",
                caller=EMBALO),
           # "The two presidents spoke by telephone on Thursday afternoon, ANG reported" (no caller said)
           call("c5", "B_E_embalo_ouattara_2020_07_09", [EMBALO, OUATTARA], "2020-07-09"),
           # ministers: "acting Foreign Minister Ally Coulibaly received a telephone call on Thursday from ... Le Drian"
           call("c6", "B_E_ledrian_allycoulibaly_2020_07_09", [LEDRIAN, ALLY], "2020-07-09", caller=LEDRIAN)],
    rb=[rb("c4", "Agência de Notícias da Guiné", True), rb("c5", "Agência de Notícias da Guiné", True),
        rb("c1", "APA News", False), rb("c2", "APA News", False), rb("c3", "APA News", False),
        rb("c4", "APA News", False), rb("c5", "APA News", False), rb("c6", "APA News", False)])

# 4211 Graphic Online, Fri 2020-07-10: the Jubilee House statement (dated 9 July) reposted under a telegraphic headline
A["4211"] = dict(
    ents=[AKUFO, OUATTARA, BAKAYOKO, GON, ARHIN, BAWUMIA, MACRON, ISSOUFOU,
          "Graphic Online", "Facebook", "Radiodiffusion Télévision Ivoirienne",
          "Ghana", "Côte d'Ivoire", "France", "Niger",
          "Jubilee House", "ECOWAS"],
    calls=[# "on the night of Wednesday, 8th July 2020, telephoned His Excellency Alassane Ouattara"; the Facebook post quoted
           # after the statement: "I spoke with my brother Alassane last night"
           call("c1", AKUFO_OUATTARA, [AKUFO, OUATTARA], "2020-07-08", caller=AKUFO),
           # "Earlier today, at the request of the Ivorian side, the President also held a telephone conversation with the
           # acting Prime Minister, Hamed Bakayoko" (today = the statement's 9 July; the page is 10 July; caller Bakayoko)
           call("c2", "B_E_bakayoko_akufoaddo_2020_07_09", [BAKAYOKO, AKUFO], "2020-07-09", caller=BAKAYOKO),
           # "Bawumia, is expected to speak with Mr Bakayoko by telephone in the coming days" (planned; null)
           call("c3", "B_P_bawumia_bakayoko_2020_07", [BAWUMIA, BAKAYOKO], None, status="planned"),
           # RTI "reported that Mr Ouattara had also taken calls from France's Emmanuel Macron and from Niger's Mahamadou
           # Issoufou" (no day: null; "taken calls from" names the callers)
           call("c4", MACRON_OUATTARA, [MACRON, OUATTARA], None, caller=MACRON),
           call("c5", ISSOUFOU_OUATTARA, [ISSOUFOU, OUATTARA], None, caller=ISSOUFOU)],
    rb=[rb("c1", "Facebook", True), rb("c4", "Radiodiffusion Télévision Ivoirienne", True),
        rb("c5", "Radiodiffusion Télévision Ivoirienne", True)])

# 4212 France 24, Fri 2020-07-31: a feature on Bakayoko's appointment (Thursday 30 July) with calls in passing
A["4212"] = dict(
    ents=[BAKAYOKO, ACHI, GON, OUATTARA, MACRON, CASTEX, ISSOUFOU, KEITA, WEAH, JONATHAN, CONDE, DABIRE, BYLINE,
          "Jeune Afrique", "Radiodiffusion Télévision Ivoirienne", "Guinéenews", "Agence France-Presse",
          "Côte d'Ivoire", "France", "Niger", "Mali", "Liberia", "Nigeria", "Guinea", "Burkina Faso",
          "ECOWAS", "RHDP", "Presidency (Côte d'Ivoire)"],
    calls=[# "that first night. Emmanuel Macron placed the call to Ouattara himself shortly after midnight Paris time, when it was
           # still the evening of 8 July in Abidjan, and, as Jeune Afrique later learned, ..." (UTC 8 July)
           call("c1", MACRON_OUATTARA, [MACRON, OUATTARA], "2020-07-08", caller=MACRON),
           # "Bakayoko ... spoke by telephone last week with his French counterpart Jean Castex" (null; no caller)
           call("c2", "B_E_castex_bakayoko_2020_07", [CASTEX, BAKAYOKO], None),
           # "On Monday, 27 July, Ouattara joined the extraordinary ECOWAS summit on Mali by video link ..., alongside
           # Issoufou, who chaired it, ... Keita, ... Weah and ... Goodluck Jonathan"; "RTI carried several minutes of
           # Ouattara's remarks" (five named; chaired: no caller)
           call("c3", "B_E_ecowas_mali_video_2020_07_27", [OUATTARA, ISSOUFOU, KEITA, WEAH, JONATHAN], "2020-07-27"),
           # "deny a report on the Guinéenews website that Alpha Condé had telephoned Ouattara on the eve of the burial in
           # Korhogo, which took place on 17 July" (denied; claimed caller Condé; the claimed day, 16 July)
           call("c4", "B_D_conde_ouattara_2020_07_16", [CONDE, OUATTARA], "2020-07-16", status="denied", caller=CONDE),
           # "He is due to hold a telephone conversation with ... Christophe Dabiré, on Monday" (planned, 3 August)
           call("c5", "B_P_bakayoko_dabire_2020_08_03", [BAKAYOKO, DABIRE], "2020-08-03", status="planned")],
    rb=[rb("c1", "Jeune Afrique", True), rb("c3", "Radiodiffusion Télévision Ivoirienne", True),
        rb("c4", "Guinéenews", True),
        rb("c1", "Agence France-Presse", False), rb("c2", "Agence France-Presse", False),
        rb("c3", "Agence France-Presse", False), rb("c4", "Agence France-Presse", False),
        rb("c5", "Agence France-Presse", False)])

# 4213 Yle News, Mon 2018-01-29: an edited transcript of Niinistö's press conference the morning after the vote
A["4213"] = dict(
    ents=[NIINISTO, HAAVISTO, KALJULAID, LOFVEN, KING, SIPILA, SOLBERG, HUHTASAARI, PUTIN,
          "Yle", "Helsingin Sanomat", "MTV Uutiset", "Iltalehti",
          "Finland", "Estonia", "Sweden"],
    calls=[# "Pekka Haavisto called me last night before he went out to speak to his own supporters" (28 January)
           call("c1", "B_E_haavisto_niinisto_2018_01_28", [HAAVISTO, NIINISTO], "2018-01-28", caller=HAAVISTO),
           # "Kersti Kaljulaid was the first head of state on the line, at around ten o'clock last night" (no caller here)
           call("c2", KALJULAID_NIINISTO, [KALJULAID, NIINISTO], "2018-01-28"),
           # "Stefan Löfven rang at about half past twelve, so strictly speaking it was already Monday here, but ... in
           # Stockholm it was still Sunday" (UTC 28 January)
           call("c3", LOFVEN_NIINISTO, [LOFVEN, NIINISTO], "2018-01-28", caller=LOFVEN),
           # "This morning His Majesty King Carl XVI Gustaf called" (29 January, the press conference's day)
           call("c4", KING_NIINISTO, [KING, NIINISTO], "2018-01-29", caller=KING),
           # "I spoke with Juha Sipilä last night, yes" (not said to be a call: not required)
           call("c5", "B_E_sipila_niinisto_2018_01_28", [SIPILA, NIINISTO], "2018-01-28", required=False),
           # "Erna Solberg has asked to call this afternoon, so I will speak with her after this" (planned; caller Solberg)
           call("c6", "B_P_solberg_niinisto_2018_01_29", [SOLBERG, NIINISTO], "2018-01-29", status="planned",
                caller=SOLBERG),
           # "Iltalehti reported that Laura Huhtasaari phoned you on election night to concede. Did she?" - "No. That did not
           # happen." (denied; claimed caller Huhtasaari; election night = 28 January)
           call("c7", "B_D_huhtasaari_niinisto_2018_01_28", [HUHTASAARI, NIINISTO], "2018-01-28", status="denied",
                caller=HUHTASAARI)],
    rb=[rb("c7", "Iltalehti", True)])

# 4214 LSM (LETA), Mon 2018-01-29: a round-up of the Baltic calls, "RIGA, January 29 (LETA) -"
A["4214"] = dict(
    ents=[VEJONIS, NIINISTO, RINKEVICS, SOINI, KALJULAID, RATAS, SIPILA, GRYBAUSKAITE, HAAVISTO,
          "LETA", "ERR", "BNS",
          "Latvia", "Finland", "Estonia", "Lithuania", "Russia",
          "European Union", "Estonian Government Office", "Ministry of Justice (Finland)"],
    calls=[# "Vējonis on Monday telephoned Finnish President Sauli Niinisto", "the ... press service told LETA" (LETA is the wire)
           call("c1", "B_E_vejonis_niinisto_2018_01_29", [VEJONIS, NIINISTO], "2018-01-29", caller=VEJONIS),
           # ministers: "Rinkēvičs discussed ... with his Finnish counterpart Timo Soini by telephone on Monday afternoon"
           call("c2", "B_E_rinkevics_soini_2018_01_29", [RINKEVICS, SOINI], "2018-01-29"),
           # "Kaljulaid telephoned Niinisto on Sunday evening, ..., Estonian public broadcaster ERR reported"
           call("c3", KALJULAID_NIINISTO, [KALJULAID, NIINISTO], "2018-01-28", caller=KALJULAID),
           # "Juri Ratas and his Finnish counterpart Juha Sipila spoke by phone on Monday morning" (no caller)
           call("c4", "B_E_ratas_sipila_2018_01_29", [RATAS, SIPILA], "2018-01-29"),
           # "Grybauskaite ... is expected to speak with him by phone later this week, her spokeswoman told the BNS news agency"
           call("c5", "B_P_grybauskaite_niinisto_2018_02", [GRYBAUSKAITE, NIINISTO], None, status="planned")],
    rb=[rb("c3", "ERR", True), rb("c5", "BNS", True),
        rb("c1", "LETA", False), rb("c2", "LETA", False), rb("c3", "LETA", False), rb("c4", "LETA", False),
        rb("c5", "LETA", False)])

# 4215 The Local Sweden, Tue 2018-01-30: a short news story; no outlet credited for any call
A["4215"] = dict(
    ents=[LOFVEN, NIINISTO, KING, WALLSTROM, SOINI, SIPILA, KRISTERSSON,
          "The Local",
          "Sweden", "Finland",
          "Government Offices (Sweden)", "Royal Court (Sweden)"],
    calls=[# "Löfven telephoned Finnish President Sauli Niinistö late on Sunday evening", "shortly before midnight Swedish time"
           call("c1", LOFVEN_NIINISTO, [LOFVEN, NIINISTO], "2018-01-28", caller=LOFVEN),
           # "King Carl XVI Gustaf also spoke with Niinistö by telephone on Monday morning" (no caller here)
           call("c2", KING_NIINISTO, [KING, NIINISTO], "2018-01-29"),
           # ministers: "Wallström is scheduled to speak by phone with her Finnish counterpart Timo Soini on Wednesday"
           call("c3", "B_P_wallstrom_soini_2018_01_31", [WALLSTROM, SOINI], "2018-01-31", status="planned"),
           # "Löfven had also been in touch with Finland's Prime Minister Juha Sipilä over the weekend" (not said to be a call;
           # no day: not required)
           call("c4", "B_E_lofven_sipila_2018_01", [LOFVEN, SIPILA], None, required=False)],
    rb=[])

# 4216 Prensa Latina, page of Wed 2017-04-05, dateline "Quito, Apr 4 (Prensa Latina)"; title blank in the metadata
A["4216"] = dict(
    ents=[MORENO, CASTRO, MADURO, MORALES, LONG, RODRIGUEZ, LASSO, CORREA, POZO,
          "Prensa Latina", "Twitter",
          "Ecuador", "Cuba", "Venezuela", "Bolivia",
          "Alianza PAIS", "National Electoral Council (Ecuador)", "CREO"],
    calls=[# "received yesterday a telephone call from ... Raul Castro" (yesterday of the dateline, 3 April; the page is 5 April)
           call("c1", "B_E_castro_moreno_2017_04_03", [CASTRO, MORENO], "2017-04-03", caller=CASTRO),
           # "Maduro was the first head of state to telephone the president-elect, on Sunday night" (2 April)
           call("c2", MADURO_MORENO, [MADURO, MORENO], "2017-04-02", caller=MADURO),
           # "Evo Morales also spoke with Moreno by phone on Monday. Later, on his Twitter account, Morales wrote ..."
           call("c3", "B_E_morales_moreno_2017_04_03", [MORALES, MORENO], "2017-04-03"),
           # ministers: "Guillaume Long, for his part, today discussed ... with his Cuban counterpart, Bruno Rodriguez, in a
           # telephone conversation" (today = the dateline's 4 April)
           call("c4", "B_E_long_rodriguez_2017_04_04", [LONG, RODRIGUEZ], "2017-04-04"),
           # "he had tried to call Lasso by telephone earlier that day [Monday] ... his rival did not take the call"
           call("c5", MORENO_LASSO, [MORENO, LASSO], "2017-04-03", status="attempted", caller=MORENO)],
    rb=[rb("c3", "Twitter", True)])

# 4217 Buenos Aires Herald, Tue 2017-04-04
A["4217"] = dict(
    ents=[MACRI, MORENO, LASSO, MADURO, MORALES, MALCORRA, LONG, TEMER,
          "Buenos Aires Herald", "El Universo", "Télam",
          "Ecuador", "Argentina", "Venezuela", "Bolivia", "Brazil",
          "Casa Rosada", "National Electoral Council (Ecuador)"],
    calls=[# "Macri telephoned Ecuador's president-elect Lenín Moreno yesterday afternoon"; "The call to Moreno was first
           # reported by the state news agency Télam" (the last line)
           call("c1", "B_E_macri_moreno_2017_04_03", [MACRI, MORENO], "2017-04-03", caller=MACRI),
           # "Nicolás Maduro, who phoned Moreno on election night" (2 April)
           call("c2", MADURO_MORENO, [MADURO, MORENO], "2017-04-02", caller=MADURO),
           # "denied a report in the Guayaquil daily El Universo that the candidate had telephoned Macri on Sunday night"
           # (denied; claimed caller Lasso; the claimed day)
           call("c3", "B_D_lasso_macri_2017_04_02", [LASSO, MACRI], "2017-04-02", status="denied", caller=LASSO),
           # "he had tried to reach Lasso by phone on Monday to offer talks, but ... the call went unanswered"
           call("c4", MORENO_LASSO, [MORENO, LASSO], "2017-04-03", status="attempted", caller=MORENO),
           # ministers: "Malcorra also spoke by phone on Monday with her Ecuadorean counterpart, Guillaume Long"
           call("c5", "B_E_malcorra_long_2017_04_03", [MALCORRA, LONG], "2017-04-03"),
           # "the Brazilian president was expected to call Moreno later this week" (planned; null; caller Temer)
           call("c6", "B_P_temer_moreno_2017_04", [TEMER, MORENO], None, status="planned", caller=TEMER)],
    rb=[rb("c1", "Télam", True), rb("c3", "El Universo", True)])

# 4218 The Local Italy, Thu 2017-01-19: a live blog (CET, newest first)
A["4218"] = dict(
    ents=[MUSCAT, GENTILONI, DALFONSO, ZINGARETTI, CERISCIOLI, MARINI, CURCIO, JUNCKER, SCHINAS,
          "The Local", "Twitter", "Rai News 24",
          "Malta", "Italy",
          "European Union", "European Commission", "Palazzo Chigi"],
    calls=[# 18:50: "Muscat ... telephoned Italian Prime Minister Paolo Gentiloni this afternoon to offer help, Palazzo Chigi said"
           call("c1", MUSCAT_GENTILONI, [MUSCAT, GENTILONI], "2017-01-19", caller=MUSCAT),
           # 17:05: "Gentiloni will hold a video conference on Friday morning with the presidents of the four regions ...
           # Civil Protection chief Fabrizio Curcio will brief them from the operations room" (planned, 20 January; six named;
           # held by Gentiloni: no caller)
           call("c2", "B_P_gentiloni_regions_video_2017_01_20",
                [GENTILONI, DALFONSO, ZINGARETTI, CERISCIOLI, MARINI, CURCIO], "2017-01-20", status="planned"),
           # 12:30: "Juncker called Gentiloni this morning ..., his chief spokesman Margaritis Schinas wrote on Twitter"
           call("c3", "B_E_juncker_gentiloni_2017_01_19", [JUNCKER, GENTILONI], "2017-01-19", caller=JUNCKER),
           # 08:35: "D'Alfonso told Rai News 24 that he had spoken to Gentiloni by phone late on Wednesday evening" (18 January)
           call("c4", "B_E_dalfonso_gentiloni_2017_01_18", [DALFONSO, GENTILONI], "2017-01-18")],
    rb=[rb("c3", "Twitter", True), rb("c4", "Rai News 24", True)])

# 4219 Times of Malta, Fri 2017-01-20: no date in the text ("yesterday", "last night", "today"); URL blank in the metadata
A["4219"] = dict(
    ents=[MUSCAT, GENTILONI, JUNCKER, COLEIRO, MATTARELLA, VELLA, ALFANO, BUSUTTIL,
          "TVM", "Facebook",
          "Malta", "Italy",
          "European Union", "European Parliament", "European Commission", "Office of the President (Malta)",
          "Civil Protection Department (Malta)"],
    calls=[# "Muscat telephoned his Italian counterpart Paolo Gentiloni yesterday afternoon ..., he told TVM last night"
           call("c1", MUSCAT_GENTILONI, [MUSCAT, GENTILONI], "2017-01-19", caller=MUSCAT),
           # "also spoke with European Commission President Jean-Claude Juncker about the EU's response" (not said to be a
           # call, Muscat was in Strasbourg that week; no day: not required)
           call("c2", "B_E_muscat_juncker_2017_01", [MUSCAT, JUNCKER], None, required=False),
           # "Coleiro Preca spoke by phone with Italian President Sergio Mattarella yesterday, the Office of the President said
           # in a post on Facebook"
           call("c3", "B_E_coleiropreca_mattarella_2017_01_19", [COLEIRO, MATTARELLA], "2017-01-19"),
           # ministers: "Vella is expected to speak to his Italian counterpart Angelino Alfano by telephone today" (planned)
           call("c4", "B_P_vella_alfano_2017_01_20", [VELLA, ALFANO], "2017-01-20", status="planned")],
    rb=[rb("c1", "TVM", True), rb("c3", "Facebook", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind43, part B): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline, the date of a reposted statement or the day of a press conference where "
        "the text anchors to it (4211, 4213, 4216); where local dates differ across time zones, the event date is the "
        "UTC date of the call (4210/4211/4212, 4213/4215). See README.md."),
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
