#!/usr/bin/env python3
"""Build ../gold.json (blind44, part A) from the hand annotation below and the registry of names.

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
DC, AMLO, ARCE, MADURO, MARRERO, FERNANDEZ, BIDEN = "Miguel Díaz-Canel", "Andrés Manuel López Obrador", "Luis Arce", \
    "Nicolás Maduro", "Manuel Marrero Cruz", "Alberto Fernández", "Joe Biden"
ALBARES, RODRIGUEZ, EBRARD, BLINKEN = "José Manuel Albares", "Bruno Rodríguez Parrilla", "Marcelo Ebrard", "Antony Blinken"
SARMAS, SHARIF, SISI, MELONI, SAKEL, TSIPRAS = "Ioannis Sarmas", "Shehbaz Sharif", "Abdel Fattah al-Sisi", "Giorgia Meloni", \
    "Katerina Sakellaropoulou", "Alexis Tsipras"
VDL, BILAWAL, KASKARELIS = "Ursula von der Leyen", "Bilawal Bhutto Zardari", "Vasilis Kaskarelis"
MACRON, KABORE, FAURE, ISSOUFOU, AKUFO = "Emmanuel Macron", "Roch Marc Christian Kaboré", "Faure Gnassingbé", \
    "Mahamadou Issoufou", "Nana Akufo-Addo"
IBK, DEBY, AZIZ, M6, COMPAORE = "Ibrahim Boubacar Keïta", "Idriss Déby Itno", "Mohamed Ould Abdel Aziz", "Mohammed VI", \
    "Blaise Compaoré"
LEDRIAN, BARRY, FAKI, DANDJINOU, ABDULHAMID = "Jean-Yves Le Drian", "Alpha Barry", "Moussa Faki Mahamat", \
    "Rémis Fulgance Dandjinou", "Mustapha Abdul-Hamid"
KARINS, RATAS, LOFVEN, SKVERNELIS, VEJONIS, RINKEVICS = "Krišjānis Kariņš", "Jüri Ratas", "Stefan Löfven", \
    "Saulius Skvernelis", "Raimonds Vējonis", "Edgars Rinkēvičs"
SOLBERG, RASMUSSEN, SIPILA, KATRIN, KRISTERSSON = "Erna Solberg", "Lars Løkke Rasmussen", "Juha Sipilä", \
    "Katrín Jakobsdóttir", "Ulf Kristersson"
WALLSTROM, AKESSON, NORLEN = "Margot Wallström", "Jimmie Åkesson", "Andreas Norlén"

# cross-article events (7)
AMLO_DC = "A_E_amlo_diazcanel_2022_05_06"
# three articles. 4300 (teleSUR live blog, no date in the text: the metadata's Fri 6 May): 21:55 entry "says he
# telephoned Miguel Díaz-Canel this evening" (caller López Obrador); his Twitter post quoted in the same entry.
# 4301 (Reuters, Sat 7 May): "told reporters he had spoken to Diaz-Canel by telephone late on Friday" (no caller).
# 4302 (Mexico News Daily, Mon 9 May, a feature, in passing): "had phoned ... on the night of the explosion" (caller;
# the explosion is "on Friday morning" two paragraphs up, Friday = 6 May against the Monday page).
MADURO_DC = "A_E_maduro_diazcanel_2022_05_06"
# 4300 19:10 entry: "telephoned Díaz-Canel a short while ago" (caller Maduro; "Venezolana de Televisión aired images").
# 4301: "had spoken to Diaz-Canel by phone on Friday evening ..., Venezuelan officials said" (no caller).
SHARIF_SARMAS = "A_E_sharif_sarmas_2023_06_15"
# a late-night call across time zones. 4303 (Kathimerini, Fri 16 June): "Shortly after 10 p.m. [Thursday], Pakistan's
# Prime Minister Shahbaz Sharif telephoned Sarmas" (caller Sharif; his Twitter post quoted two paragraphs later).
# 4304 (Business Recorder, Fri 16 June): "telephoned ... Yannis Sarmas shortly after 12:15 am on Friday (Pakistan time)";
# the PMO statement says "early today" (caller Sharif; "first carried by the state-run Associated Press of Pakistan").
# 00:15 PKT (UTC+5) on Friday = 19:15 UTC and 22:15 in Athens (UTC+3) on Thursday 15 June: dated 2023-06-15 (UTC and
# Athens). A builder reading Business Recorder alone says 2023-06-16.
MACRON_KABORE = "A_E_macron_kabore_2018_03_02"
# 4305 (Africanews (AFP), Fri 2 Mar): "spoke by telephone with President Roch Marc Christian Kabore on Friday afternoon,
# the Elysee said" (no caller; "Macron wrote on Twitter afterwards"). 4307 (Mail & Guardian, Fri 9 Mar, a feature, in
# passing): "who telephoned President Roch Kaboré within hours of the first shots" on "2 March" (caller Macron).
AKUFO_KABORE = "A_E_akufoaddo_kabore_2018_03_03"
# 4306 (GhanaWeb (GNA), page of Mon 5 Mar, dateline "Accra, March 4, GNA -"): "yesterday spoke by telephone" = 3 Mar
# against the dateline (4 Mar against the page); the headline "Akufo-Addo phones Kaboré" names the caller; "the Minister
# of Information ... told Joy FM". 4307: "finally got through on the Saturday" after 2 March = 3 Mar (caller).
AKUFO_KABORE_ATT = "A_A_akufoaddo_kabore_2018_03_02"
# 4306: "had first tried to reach his Burkinabè counterpart on Friday evening, but the call could not be put through".
# 4307: "having failed to reach Kaboré the night before" [the Saturday]. Attempted; the caller is Akufo-Addo.
LOFVEN_KARINS = "A_E_lofven_karins_2019_01_20"
# 4309 (Radio Sweden, Mon 21 Jan): "Löfven himself placed a call yesterday to Krisjanis Karins, Latvia's prime
# minister-designate" (caller Löfven). 4308 (LSM English, Thu 24 Jan, a Q&A): "Stefan Löfven actually rang me on Sunday"
# (caller Löfven; the name written Krišjānis Kariņš).

# 4300 teleSUR English, page of Fri 2022-05-06 (no date in the text): a live blog, newest entries first, Havana time
A["4300"] = dict(
    ents=[AMLO, DC, ARCE, MADURO, MARRERO,
          "teleSUR", "Twitter", "Bolivia TV", "Venezolana de Televisión", "Cubavisión", "Prensa Latina",
          "Mexico", "Cuba", "Bolivia", "Venezuela",
          "Ministry of Public Health"],
    calls=[call("c1", AMLO_DC, [AMLO, DC], "2022-05-06", caller=AMLO),
           # 20:40 entry: "told the state channel Bolivia TV that he will call Díaz-Canel tomorrow morning" = Sat 7 May
           # (caller Arce). A different event from the call held on Saturday (4301 c1): one status per event
           call("c2", "A_P_arce_diazcanel_2022_05_07", [ARCE, DC], "2022-05-07", status="planned", caller=ARCE),
           call("c3", MADURO_DC, [MADURO, DC], "2022-05-06", caller=MADURO)],
    # "Cubavisión carried his remarks live" (not a call); Prensa Latina "reported damage" (not a call); teleSUR is the
    # publisher (desk code, newsletter line); Facebook and Telegram only in the share bar
    rb=[rb("c1", "Twitter", True), rb("c2", "Bolivia TV", True), rb("c3", "Venezolana de Televisión", True)])

# 4301 Reuters, Sat 2022-05-07: wire copy "HAVANA, May 7 (Reuters) -", names without accents; URL blank
A["4301"] = dict(
    ents=[DC, ARCE, MADURO, AMLO, FERNANDEZ, ALBARES, RODRIGUEZ,
          "Marta Echevarría Lugo", "Diego Ferrán Ocampo", "Belén Arráez", "Tom Whitcombe-Hale",
          "Reuters", "Agencia Boliviana de Información", "Twitter",
          "Cuba", "Bolivia", "Venezuela", "Mexico", "Argentina", "Spain", "United States",
          "Community of Latin American and Caribbean States", "Summit of the Americas"],
    calls=[# "Diaz-Canel received a call on Saturday morning from Bolivian President Luis Arce"
           call("c1", "A_E_arce_diazcanel_2022_05_07", [ARCE, DC], "2022-05-07", caller=ARCE),
           call("c2", MADURO_DC, [MADURO, DC], "2022-05-06"),
           call("c3", AMLO_DC, [AMLO, DC], "2022-05-06"),
           # "also spoke with Diaz-Canel on Saturday, the Argentine presidency said": no medium (blindset judgement 5)
           call("c4", "A_E_fernandez_diazcanel_2022_05_07", [FERNANDEZ, DC], "2022-05-07", required=False),
           # ministers: "Albares said on Twitter that he had called his Cuban counterpart, Bruno Rodriguez, on Friday
           # night"
           call("c5", "A_E_albares_rodriguez_2022_05_06", [ALBARES, RODRIGUEZ], "2022-05-06", caller=ALBARES)],
    # Reuters is the publisher (self); "Venezuelan officials said", "told reporters" and "the Argentine presidency said"
    # credit no outlet
    rb=[rb("c1", "Agencia Boliviana de Información", True), rb("c5", "Twitter", True)])

# 4302 Mexico News Daily, Mon 2022-05-09: a feature on the Havana visit; no outlet credited for any call
A["4302"] = dict(
    ents=[AMLO, DC, BIDEN, EBRARD, BLINKEN,
          "Mexico News Daily", "La Jornada", "Milenio", "El Universal",
          "Cuba", "Mexico", "Venezuela", "Nicaragua", "United States",
          "Summit of the Americas"],
    calls=[call("c1", AMLO_DC, [AMLO, DC], "2022-05-06", caller=AMLO),
           # "said he expected to discuss the invitations with U.S. President Joe Biden by phone this week. He gave no
           # date."
           call("c2", "A_P_amlo_biden_2022_05_week_of_9", [AMLO, BIDEN], None, status="planned"),
           # ministers: "had already raised the matter with Secretary of State Antony Blinken by telephone last week"
           call("c3", "A_E_ebrard_blinken_2022_05_last_week", [EBRARD, BLINKEN], None)],
    # "Sources: La Jornada, Milenio, El Universal (sp)" is a furniture credit line; "state television" is unnamed
    rb=[])

# 4303 Kathimerini English Edition, Fri 2023-06-16: a round-up of Thursday's calls, telegraphic headline
A["4303"] = dict(
    ents=[SARMAS, VDL, SISI, SHARIF, MELONI, SAKEL, TSIPRAS,
          "Kathimerini", "Facebook", "Twitter", "ANSA",
          "Greece", "Egypt", "Pakistan", "Italy", "Libya",
          "European Commission", "Hellenic Coast Guard", "SYRIZA"],
    calls=[# "rang Sarmas on Thursday morning" (a Person, caller)
           call("c1", "A_E_vonderleyen_sarmas_2023_06_15", [VDL, SARMAS], "2023-06-15", caller=VDL),
           # "In the afternoon, Sarmas held a telephone conversation with ... al-Sisi. The call was made at the request of
           # the Egyptian side, the spokesman ... said in a post on Facebook"
           call("c2", "A_E_sisi_sarmas_2023_06_15", [SISI, SARMAS], "2023-06-15", caller=SISI),
           call("c3", SHARIF_SARMAS, [SHARIF, SARMAS], "2023-06-15", caller=SHARIF),
           # "who discussed the sinking with him by phone on Wednesday afternoon, Italian news agency ANSA reported"
           call("c4", "A_E_meloni_sarmas_2023_06_14", [MELONI, SARMAS], "2023-06-14")],
    # "the caretaker government's press office" is an organization; ekathimerini.com is the publisher
    rb=[rb("c2", "Facebook", True), rb("c3", "Twitter", True), rb("c4", "ANSA", True)])

# 4304 Business Recorder, Fri 2023-06-16: "ISLAMABAD:", "Recorder Report", the PMO statement reposted; title blank
A["4304"] = dict(
    ents=[SHARIF, SARMAS, MELONI, BILAWAL, KASKARELIS,
          "Associated Press of Pakistan", "Twitter", "Business Recorder",
          "Pakistan", "Greece", "Italy",
          "Prime Minister's Office", "Foreign Office", "Federal Investigation Agency", "Hellenic Coast Guard"],
    calls=[call("c1", SHARIF_SARMAS, [SHARIF, SARMAS], "2023-06-15", caller=SHARIF),
           # ministers: "spoke by telephone on Thursday with Greece's caretaker Foreign Minister Vasilis Kaskarelis, the
           # Foreign Office said. Bilawal later posted on Twitter"
           call("c2", "A_E_bilawal_kaskarelis_2023_06_15", [BILAWAL, KASKARELIS], "2023-06-15"),
           # inside the statement: "is also expected to speak to the Prime Minister of Italy, Ms. Giorgia Meloni, in the
           # coming days"
           call("c3", "A_P_sharif_meloni_2023_06_coming_days", [SHARIF, MELONI], None, status="planned")],
    rb=[rb("c1", "Associated Press of Pakistan", True), rb("c2", "Twitter", True)])

# 4305 Africanews (AFP), Fri 2018-03-02: AFP wire "Ouagadougou (AFP) -", accentless names, desk code, copyright
A["4305"] = dict(
    ents=[MACRON, KABORE, LEDRIAN, BARRY, FAURE, ISSOUFOU, FAKI, DANDJINOU,
          "Agence France-Presse", "Twitter", "RTB",
          "Burkina Faso", "France", "Togo", "Niger", "Mali",
          "Elysee", "Economic Community of West African States", "G5 Sahel"],
    calls=[call("c1", MACRON_KABORE, [MACRON, KABORE], "2018-03-02"),
           # ministers: "also had a telephone conversation with his Burkinabe counterpart Alpha Barry, according to a
           # statement on the Burkinabe foreign ministry's website" (an organization's website: no row)
           call("c2", "A_E_ledrian_barry_2018_03_02", [LEDRIAN, BARRY], "2018-03-02"),
           # "called Kabore in the evening, a source in the Togolese presidency told AFP"
           call("c3", "A_E_faure_kabore_2018_03_02", [FAURE, KABORE], "2018-03-02", caller=FAURE),
           # "will hold a video conference with Kabore and the other heads of state of the group on Saturday" = 3 Mar;
           # the other G5 leaders are unnamed here. A different event from the conference held (4307 c2)
           call("c4", "A_P_g5_sahel_video_2018_03_03", [ISSOUFOU, KABORE], "2018-03-03", status="planned")],
    # "told AFP" in AFP's own copy is the publisher citing itself (false), like the AFP credit on Africanews' page;
    # RTB carries Dandjinou's remarks, not a call
    rb=[rb("c1", "Twitter", True),
        rb("c1", "Agence France-Presse", False), rb("c2", "Agence France-Presse", False),
        rb("c3", "Agence France-Presse", False), rb("c4", "Agence France-Presse", False)])

# 4306 GhanaWeb (GNA), page of Mon 2018-03-05, dateline "Accra, March 4, GNA -": a short brief, telegraphic headline
A["4306"] = dict(
    ents=[AKUFO, KABORE, ABDULHAMID,
          "Ghana News Agency", "Joy FM",
          "Ghana", "Burkina Faso",
          "Ghana Armed Forces", "Ghana Immigration Service", "Economic Community of West African States"],
    calls=[call("c1", AKUFO_KABORE, [AKUFO, KABORE], "2018-03-03", caller=AKUFO),
           call("c2", AKUFO_KABORE_ATT, [AKUFO, KABORE], "2018-03-02", status="attempted", caller=AKUFO)],
    # GNA is the wire credit on GhanaWeb's page ("Source: GNA", dateline, sign-off): not required
    rb=[rb("c1", "Joy FM", True), rb("c1", "Ghana News Agency", False), rb("c2", "Ghana News Agency", False)])

# 4307 Mail & Guardian, Fri 2018-03-09: a feature with calls in passing; URL blank
A["4307"] = dict(
    ents=[MACRON, KABORE, ISSOUFOU, IBK, DEBY, AZIZ, AKUFO, M6, COMPAORE, "Tendai Mukwashi-Ferreira",
          "Mail & Guardian", "Maghreb Arabe Presse", "L'Observateur Paalga",
          "Niger", "Mali", "Chad", "Mauritania", "Ghana", "Morocco",
          "G5 Sahel", "Group to Support Islam and Muslims"],
    calls=[call("c1", MACRON_KABORE, [MACRON, KABORE], "2018-03-02", caller=MACRON),
           # "The day after the attacks, ... Issoufou, who now chairs the G5 Sahel, brought together Kaboré, ... Keïta,
           # ... Déby Itno and ... Ould Abdel Aziz on a video conference" = 3 Mar (the chair is no caller)
           call("c2", "A_E_g5_sahel_video_2018_03_03", [ISSOUFOU, KABORE, IBK, DEBY, AZIZ], "2018-03-03"),
           call("c3", AKUFO_KABORE, [AKUFO, KABORE], "2018-03-03", caller=AKUFO),
           call("c4", AKUFO_KABORE_ATT, [AKUFO, KABORE], "2018-03-02", status="attempted", caller=AKUFO),
           # "On Sunday 4 March, King Mohammed VI of Morocco also telephoned Kaboré, according to ... MAP"
           call("c5", "A_E_mohammed6_kabore_2018_03_04", [M6, KABORE], "2018-03-04", caller=M6),
           # "L'Observateur Paalga reported that Kaboré had phoned Blaise Compaoré ... on the night of the attacks. The
           # presidency dismissed the story as 'pure fabrication'": denied, the claimed caller and day
           call("c6", "A_D_kabore_compaore_2018_03_02", [KABORE, COMPAORE], "2018-03-02", status="denied",
                caller=KABORE)],
    rb=[rb("c5", "Maghreb Arabe Presse", True), rb("c6", "L'Observateur Paalga", True)])

# 4308 LSM English, Thu 2019-01-24: a transcript-like Q&A with the new prime minister, recorded Thursday morning
A["4308"] = dict(
    ents=[KARINS, RINKEVICS, WALLSTROM, RATAS, LOFVEN, SKVERNELIS, VEJONIS, "Ilze Vītoliņa-Grant",
          "LSM", "LETA", "Twitter",
          "Latvia", "Sweden", "Lithuania", "Russia",
          "New Unity", "Saeima"],
    calls=[# "Jüri Ratas called me last night, maybe an hour after the vote" = Wed 23 Jan; "He put a photo of himself on
           # the phone up on Twitter afterwards"
           call("c1", "A_E_ratas_karins_2019_01_23", [RATAS, KARINS], "2019-01-23", caller=RATAS),
           call("c2", LOFVEN_KARINS, [LOFVEN, KARINS], "2019-01-20", caller=LOFVEN),
           # "I will call Saulius Skvernelis on Friday" = 25 Jan (caller Kariņš)
           call("c3", "A_P_karins_skvernelis_2019_01_25", [KARINS, SKVERNELIS], "2019-01-25", status="planned",
                caller=KARINS),
           # ministers: "discussed the new government's priorities with Sweden's Margot Wallström by phone last week,
           # the news agency LETA reported" (null: no day)
           call("c4", "A_E_rinkevics_wallstrom_2019_01_last_week", [RINKEVICS, WALLSTROM], None)],
    # LSM is the publisher and the interviewer (self); Facebook only in the furniture line
    rb=[rb("c1", "Twitter", True), rb("c4", "LETA", True)])

# 4309 Radio Sweden, Mon 2019-01-21: a round-up of the congratulation calls since Friday's vote
A["4309"] = dict(
    ents=[LOFVEN, SOLBERG, RASMUSSEN, SIPILA, KARINS, KATRIN, AKESSON, KRISTERSSON, NORLEN,
          "Twitter", "Ritzau", "STT", "Dagens Nyheter", "Expressen", "Radio Sweden",
          "Norway", "Denmark", "Finland", "Latvia", "Iceland", "Sweden",
          "Riksdag", "Saeima", "Sweden Democrats"],
    calls=[# "was the first foreign leader to ring, shortly after lunch on Friday" (caller Solberg); her Twitter post
           call("c1", "A_E_solberg_lofven_2019_01_18", [SOLBERG, LOFVEN], "2019-01-18", caller=SOLBERG),
           # "Lars Lokke Rasmussen and Löfven spoke by phone on Friday evening, the Danish news agency Ritzau reported"
           call("c2", "A_E_rasmussen_lofven_2019_01_18", [RASMUSSEN, LOFVEN], "2019-01-18"),
           # "called the day after the vote, his office told the Finnish news agency STT" = Sat 19 Jan
           call("c3", "A_E_sipila_lofven_2019_01_19", [SIPILA, LOFVEN], "2019-01-19", caller=SIPILA),
           call("c4", LOFVEN_KARINS, [LOFVEN, KARINS], "2019-01-20", caller=LOFVEN),
           # "Dagens Nyheter has learned that Löfven is due to speak by phone with ... Katrín Jakobsdóttir later today"
           call("c5", "A_P_katrin_lofven_2019_01_21", [KATRIN, LOFVEN], "2019-01-21", status="planned"),
           # "Åkesson told Expressen that he tried to ring Löfven on Friday afternoon ... was told the prime minister was
           # unavailable. His call has not been returned": attempted, the requester as caller
           call("c6", "A_A_akesson_lofven_2019_01_18", [AKESSON, LOFVEN], "2019-01-18", status="attempted",
                caller=AKESSON)],
    # Kristersson "had sent a text message" (not a call); Radio Sweden is the publisher
    rb=[rb("c1", "Twitter", True), rb("c2", "Ritzau", True), rb("c3", "STT", True), rb("c5", "Dagens Nyheter", True),
        rb("c6", "Expressen", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind44, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the date the text anchors to where it has one: the dateline (4306); a date only in the "
        "metadata counts as the publication date (4300); where local dates differ across time zones, the event "
        "date is the UTC date of the call (4303/4304). See README.md."),
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
