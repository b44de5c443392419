#!/usr/bin/env python3
"""Build ../gold.json (blind45, part B) from the hand annotation below and the registry of names.

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
LEVITS, KALJ, VEJONIS, NAUSEDA, DUDA, ZELENSKY, KARINS, PUTIN, RATAS = \
    "Egils Levits", "Kersti Kaljulaid", "Raimonds Vējonis", "Gitanas Nausėda", "Andrzej Duda", "Volodymyr Zelensky", \
    "Krišjānis Kariņš", "Vladimir Putin", "Jüri Ratas"
HENRY, ABINADER, DUQUE, AMLO, DIAZCANEL, FELIPE, JOSEPH, PINERA, BIDEN, FRANCIS = \
    "Ariel Henry", "Luis Abinader", "Iván Duque", "Andrés Manuel López Obrador", "Miguel Díaz-Canel", "Felipe VI", \
    "Claude Joseph", "Sebastián Piñera", "Joe Biden", "Pope Francis"
RAMA, META, CONTE, MATTARELLA, ERDOGAN, MITSOTAKIS, KURTI, MACRON, MICHEL = \
    "Edi Rama", "Ilir Meta", "Giuseppe Conte", "Sergio Mattarella", "Recep Tayyip Erdoğan", "Kyriakos Mitsotakis", \
    "Albin Kurti", "Emmanuel Macron", "Charles Michel"
JUGNAUTH, MODI, ABE, LECORNU, MNANGAGWA, NYUSI, MAGUFULI, RAMAPHOSA, MASISI = \
    "Pravind Jugnauth", "Narendra Modi", "Shinzo Abe", "Sébastien Lecornu", "Emmerson Mnangagwa", "Filipe Nyusi", \
    "John Magufuli", "Cyril Ramaphosa", "Mokgweetsi Masisi"
POWER, ALVAREZ, DIMAIO, CAKAJ, DENDIAS, PETSAS, POMPEO, VDL, RAMANO, TAX = \
    "Samantha Power", "Roberto Álvarez", "Luigi Di Maio", "Gent Cakaj", "Nikos Dendias", "Stelios Petsas", \
    "Mike Pompeo", "Ursula von der Leyen", "Kavy Ramano", "Stergomena Lawrence Tax"

# cross-article events
KALJ_LEVITS = "B_E_kaljulaid_levits_2019_05_29"     # 4410 (LETA, dateline May 30, page May 31: "the first foreign head of
                                                    # state to telephone him, yesterday evening" = 29 May against the
                                                    # dateline; Facebook post of her office); 4411 (ERR, page of 29 May:
                                                    # "spoke by phone ... this evening", no caller; Postimees); 4412 (LSM
                                                    # Q&A: "Kersti Kaljulaid rang on Wednesday evening")
NAUS_LEVITS = "B_E_nauseda_levits_2019_05_30"       # 4410 ("This morning ... Gitanas Nauseda telephoned Levits", "at the
                                                    # initiative of the Lithuanian side"); 4412 ("Gitanas Nausėda called me
                                                    # on Thursday morning")
DUDA_LEVITS_PLAN = "B_P_duda_levits_2019_06"        # planned, no day: 4410 ("is also expected to speak by phone with
                                                    # Polish President Andrzej Duda next week"); 4412 ("I will speak with
                                                    # President Duda by telephone next week")
ABINADER_HENRY = "B_E_abinader_henry_2021_08_14"    # 4413 (the communiqué: "On Saturday 14 August, a few hours after the
                                                    # earthquake, the Prime Minister received a telephone call from ...
                                                    # Luis Rodolfo Abinader Corona"; Henry's Twitter thanks); 4414 (live
                                                    # blog, 1:30 p.m. Saturday entry: "'I have just called Prime Minister
                                                    # Ariel Henry'", Twitter; Listín Diario citing CERTV)
CONTE_RAMA = "B_E_conte_rama_2019_11_26"            # 4415 (ANSA: "telephoned ... on Tuesday morning"; Top Channel's
                                                    # footage); 4417 (feature, no day: "the first EU head of government
                                                    # to get through to Rama")
ERDOGAN_RAMA = "B_E_erdogan_rama_2019_11_26"        # 4415 ("phoned Rama too, Turkey's Anadolu news agency reported", no
                                                    # day in the sentence); 4417 ("rang Edi Rama before seven that
                                                    # morning", the morning of 26 November)
MITSO_RAMA = "B_E_mitsotakis_rama_2019_11_26"       # 4415 ("spoke to Rama by telephone, Athens said", no caller, no
                                                    # day); 4416 (Kathimerini, no date in the text: "spoke on the phone
                                                    # yesterday", no caller; Twitter); 4417 ("rang in the early
                                                    # afternoon", the caller)
JUGNAUTH_MACRON = "B_E_jugnauth_macron_2020_08_07"  # 4418 (AFP: "had called French President Emmanuel Macron on Friday
                                                    # evening"); 4419 (The Herald, in passing: "in a telephone call to
                                                    # President Emmanuel Macron on August 7", no year)

# 4410 The Baltic Times (LETA), Fri 2019-05-31: wire "RIGA, May 30 (LETA) -", a list of congratulation calls
A["4410"] = dict(
    ents=[LEVITS, KALJ, VEJONIS, NAUSEDA, DUDA, ZELENSKY, KARINS,
          "LETA", "Facebook", "Twitter",
          "Latvia", "Estonia", "Lithuania", "Poland", "Ukraine", "Luxembourg",
          "Saeima", "European Court of Justice"],
    calls=[# "Estonian President Kersti Kaljulaid the first foreign head of state to telephone him, yesterday evening" (the
           # dateline's yesterday: 29 May)
           call("c1", KALJ_LEVITS, [KALJ, LEVITS], "2019-05-29", caller=KALJ),
           # "This morning Lithuania's president-elect Gitanas Nauseda telephoned Levits. The call was made at the initiative
           # of the Lithuanian side" (the dateline's morning: 30 May)
           call("c2", NAUS_LEVITS, [NAUSEDA, LEVITS], "2019-05-30", caller=NAUSEDA),
           # "Levits is also expected to speak by phone with Polish President Andrzej Duda next week" (planned; null)
           call("c3", DUDA_LEVITS_PLAN, [DUDA, LEVITS], None, status="planned")],
    rb=[rb("c1", "Facebook", True),
        rb("c1", "LETA", False), rb("c2", "LETA", False), rb("c3", "LETA", False)])

# 4411 ERR News, Wed 2019-05-29: a short story under a telegraphic headline, stamp "29.05.2019 21:40"
A["4411"] = dict(
    ents=[KALJ, LEVITS, VEJONIS, NAUSEDA, RATAS, "Mari Tammsaar-Lee",
          "Postimees", "Baltic News Service", "ERR News", "Facebook", "Twitter",
          "Latvia", "Estonia", "Lithuania",
          "Saeima", "European Court of Justice"],
    calls=[# "President Kersti Kaljulaid spoke by phone with Latvia's newly elected president Egils Levits this evening" (no
           # caller); "Kaljulaid told daily Postimees after the conversation ..."
           call("c1", KALJ_LEVITS, [KALJ, LEVITS], "2019-05-29"),
           # "Earlier on Wednesday, Kaljulaid also spoke by phone with Latvia's outgoing president, Raimonds Vējonis"
           call("c2", "B_E_kaljulaid_vejonis_2019_05_29", [KALJ, VEJONIS], "2019-05-29"),
           # "Kaljulaid plans to call Lithuania's president-elect Gitanas Nausėda on Thursday, her office told BNS"
           call("c3", "B_P_kaljulaid_nauseda_2019_05_30", [KALJ, NAUSEDA], "2019-05-30", status="planned", caller=KALJ)],
    rb=[rb("c1", "Postimees", True), rb("c3", "Baltic News Service", True)])

# 4412 LSM English, Fri 2019-05-31: a transcript-like Q&A with the president-elect, recorded "On Thursday afternoon"
A["4412"] = dict(
    ents=[LEVITS, KALJ, NAUSEDA, PUTIN, VEJONIS, DUDA,
          "Latvian Radio", "LSM",
          "Latvia", "Estonia", "Lithuania", "Russia", "Luxembourg", "Poland",
          "Saeima"],
    calls=[# "Kersti Kaljulaid rang on Wednesday evening, before I had even left the Saeima building"
           call("c1", KALJ_LEVITS, [KALJ, LEVITS], "2019-05-29", caller=KALJ),
           # "Gitanas Nausėda called me on Thursday morning"
           call("c2", NAUS_LEVITS, [NAUSEDA, LEVITS], "2019-05-30", caller=NAUSEDA),
           # "On Thursday the Russian embassy asked ... whether I would take a telephone call from President Putin. I asked
           # them to reply that until July 8 Latvia has one president" (a requested call turned down: attempted, the
           # requester is the caller)
           call("c3", "B_A_putin_levits_2019_05_30", [PUTIN, LEVITS], "2019-05-30", status="attempted", caller=PUTIN),
           # "I will speak with President Duda by telephone next week; the office is arranging a date" (planned; null)
           call("c4", DUDA_LEVITS_PLAN, [DUDA, LEVITS], None, status="planned")],
    # the interviewer is the publisher's own radio: self-citation, not required
    rb=[rb(c, "Latvian Radio", False) for c in ("c1", "c2", "c3", "c4")])

# 4413 HaitiLibre, Mon 2021-08-16: the Office of the Prime Minister's communiqué (dated 15 August) reposted in full, a
# list of solidarity calls; title blank in the metadata
A["4413"] = dict(
    ents=[HENRY, ABINADER, DUQUE, AMLO, DIAZCANEL, FELIPE, JOSEPH, ALVAREZ,
          "Twitter", "HaitiLibre",
          "Haiti", "Dominican Republic", "Colombia", "Mexico", "Cuba", "Spain",
          "Office of the Prime Minister (Haiti)", "Ministry of Foreign Affairs (Dominican Republic)"],
    calls=[# "On Saturday 14 August, a few hours after the earthquake, the Prime Minister received a telephone call from the
           # President of the Dominican Republic, His Excellency Luis Rodolfo Abinader Corona"; Henry's thanks "On his
           # Twitter account ... on Saturday evening 'for his call ...'" (after the communiqué)
           call("c1", ABINADER_HENRY, [ABINADER, HENRY], "2021-08-14", caller=ABINADER),
           # "In the evening of the same day, the Prime Minister had a telephone conversation with ... Iván Duque Márquez"
           call("c2", "B_E_duque_henry_2021_08_14", [DUQUE, HENRY], "2021-08-14"),
           # "This Sunday, the Head of Government received a call from ... Andrés Manuel López Obrador" (the communiqué is
           # dated Sunday 15 August)
           call("c3", "B_E_amlo_henry_2021_08_15", [AMLO, HENRY], "2021-08-15", caller=AMLO),
           # "He also received a call from the President of the Republic of Cuba, ... Miguel Díaz-Canel Bermúdez" (same
           # paragraph: Sunday)
           call("c4", "B_E_diazcanel_henry_2021_08_15", [DIAZCANEL, HENRY], "2021-08-15", caller=DIAZCANEL),
           # "His Majesty King Felipe VI of Spain also telephoned the Prime Minister" (its own paragraph, no day: null)
           call("c5", "B_E_felipe6_henry_2021_08", [FELIPE, HENRY], None, caller=FELIPE),
           # ministers: "Mr. Claude Joseph, held a telephone conversation this Sunday with his Dominican counterpart, Mr.
           # Roberto Álvarez"; the Dominican ministry's website (an organization, not an outlet)
           call("c6", "B_E_joseph_alvarez_2021_08_15", [JOSEPH, ALVAREZ], "2021-08-15")],
    rb=[rb("c1", "Twitter", True)]
       # the publisher's own sign-off "HL/ HaitiLibre": not required
       + [rb(c, "HaitiLibre", False) for c in ("c1", "c2", "c3", "c4", "c5", "c6")])

# 4414 The Haitian Times, Sun 2021-08-15: a live blog, ET stamps, newest first, day headers
A["4414"] = dict(
    ents=[HENRY, PINERA, FRANCIS, AMLO, POWER, BIDEN, ABINADER, "Nadège Laurore-Saintil",
          "The Haitian Times", "La Tercera", "Radio Télé Métropole", "Facebook", "Twitter", "Listín Diario", "CERTV",
          "Haiti", "Chile", "Mexico", "United States", "Dominican Republic",
          "USAID", "U.S. Geological Survey"],
    calls=[# 12:35 p.m. Sunday: "Piñera spoke by phone with Prime Minister Ariel Henry on Sunday morning ..., the Santiago
           # daily La Tercera reported"
           call("c1", "B_E_pinera_henry_2021_08_15", [PINERA, HENRY], "2021-08-15"),
           # 11:45 a.m. Sunday (added after hashing, see README "Edits"): "The Prime Minister's office denied a report by
           # the Port-au-Prince broadcaster Radio Télé Métropole that President Biden had telephoned Henry on Saturday
           # night" (denied; the claimed caller Biden; the claimed day)
           call("c5", "B_D_biden_henry_2021_08_14", [BIDEN, HENRY], "2021-08-14", status="denied", caller=BIDEN),
           # 9:40 p.m. Saturday: "López Obrador said in a video posted on his Facebook page that he would call Henry on
           # Sunday" (planned; caller AMLO; the call held on Sunday is another event, 4413 c3)
           call("c2", "B_P_amlo_henry_2021_08_15", [AMLO, HENRY], "2021-08-15", status="planned", caller=AMLO),
           # 5:15 p.m. Saturday: "Samantha Power ... said she had spoken with Henry by phone this afternoon" (no caller)
           call("c3", "B_E_power_henry_2021_08_14", [POWER, HENRY], "2021-08-14"),
           # 1:30 p.m. Saturday: "'I have just called Prime Minister Ariel Henry ...,' Dominican President Luis Abinader wrote
           # on Twitter"; "Listín Diario, citing the state broadcaster CERTV, reported that the two leaders spoke"
           call("c4", ABINADER_HENRY, [ABINADER, HENRY], "2021-08-14", caller=ABINADER)],
    rb=[rb("c1", "La Tercera", True), rb("c5", "Radio Télé Métropole", True), rb("c2", "Facebook", True),
        rb("c4", "Twitter", True), rb("c4", "Listín Diario", True), rb("c4", "CERTV", True)])

# 4415 ANSA English, Tue 2019-11-26: wire "(ANSA) - TIRANA, NOV 26 -", a round-up of one day's calls
A["4415"] = dict(
    ents=[CONTE, RAMA, MATTARELLA, META, DIMAIO, CAKAJ, MITSOTAKIS, ERDOGAN,
          "ANSA", "Top Channel", "Anadolu Agency",
          "Italy", "Albania", "Greece", "Turkey",
          "Palazzo Chigi", "Quirinale", "European Union"],
    calls=[# "Premier Giuseppe Conte telephoned Albanian Prime Minister Edi Rama on Tuesday morning"; "Footage aired by
           # Albanian broadcaster Top Channel showed Rama taking Conte's call"
           call("c1", CONTE_RAMA, [CONTE, RAMA], "2019-11-26", caller=CONTE),
           # "President Sergio Mattarella spoke on the phone with his Albanian counterpart Ilir Meta" (no day in the text)
           call("c2", "B_E_mattarella_meta_2019_11", [MATTARELLA, META], None),
           # ministers: "Foreign Minister Luigi Di Maio called Albania's acting foreign minister Gent Cakaj to offer help"
           # (no day in the text)
           call("c3", "B_E_dimaio_cakaj_2019_11", [DIMAIO, CAKAJ], None, caller=DIMAIO),
           # "Greek Premier Kyriakos Mitsotakis spoke to Rama by telephone, Athens said" (no caller, no day)
           call("c4", MITSO_RAMA, [MITSOTAKIS, RAMA], None),
           # "Turkish President Recep Tayyip Erdogan phoned Rama too, Turkey's Anadolu news agency reported" (no day)
           call("c5", ERDOGAN_RAMA, [ERDOGAN, RAMA], None, caller=ERDOGAN)],
    rb=[rb("c1", "Top Channel", True), rb("c5", "Anadolu Agency", True)]
       + [rb(c, "ANSA", False) for c in ("c1", "c2", "c3", "c4", "c5")])

# 4416 Kathimerini English Edition, Wed 2019-11-27: no dateline, no date in the text (the date is in the metadata
# only); title blank in the metadata
A["4416"] = dict(
    ents=[MITSOTAKIS, RAMA, META, PETSAS, DENDIAS, CAKAJ,
          "Twitter", "Athens-Macedonian News Agency",
          "Greece", "Albania",
          "Greek Orthodox Church"],
    calls=[# "Prime Minister Kyriakos Mitsotakis spoke on the phone yesterday with his Albanian counterpart Edi Rama" (no
           # caller); "Mitsotakis later wrote on Twitter that he had told Rama ..." (two paragraphs later)
           call("c1", MITSO_RAMA, [MITSOTAKIS, RAMA], "2019-11-26"),
           # ministers: "Foreign Minister Nikos Dendias also spoke by phone on Tuesday evening with Albania's acting foreign
           # minister, Gent Cakaj, ..., the Athens-Macedonian News Agency (AMNA) reported" (the last paragraph)
           call("c2", "B_E_dendias_cakaj_2019_11_26", [DENDIAS, CAKAJ], "2019-11-26"),
           # "The premier is also expected to speak by phone with Albanian President Ilir Meta today" (planned)
           call("c3", "B_P_mitsotakis_meta_2019_11_27", [MITSOTAKIS, META], "2019-11-27", status="planned")],
    rb=[rb("c1", "Twitter", True), rb("c2", "Athens-Macedonian News Agency", True)])

# 4417 Tirana Times, Fri 2019-12-06: a feature ten days on, calls in passing; no outlet credited
A["4417"] = dict(
    ents=[ERDOGAN, RAMA, CONTE, MITSOTAKIS, KURTI, CAKAJ, META, POMPEO, MACRON, VDL, MICHEL, "Erjona Dervishi-Kola",
          "Tirana Times",
          "Albania", "Turkey", "Italy", "Greece", "Kosovo", "United States", "France",
          "European Union"],
    calls=[# "Recep Tayyip Erdoğan rang Edi Rama before seven that morning" (the morning of 26 November, told by the quake)
           call("c1", ERDOGAN_RAMA, [ERDOGAN, RAMA], "2019-11-26", caller=ERDOGAN),
           # "Giuseppe Conte, the first EU head of government to get through to Rama" (the caller; no day)
           call("c2", CONTE_RAMA, [CONTE, RAMA], None, caller=CONTE),
           # "Kyriakos Mitsotakis rang in the early afternoon" (the same day)
           call("c3", MITSO_RAMA, [MITSOTAKIS, RAMA], "2019-11-26", caller=MITSOTAKIS),
           # "Albin Kurti ... called Rama that evening from Pristina"
           call("c4", "B_E_kurti_rama_2019_11_26", [KURTI, RAMA], "2019-11-26", caller=KURTI),
           # ministers: Pompeo "rang him at half past midnight Tirana time, when it was still Tuesday evening in Washington"
           # (23:30 UTC on Tuesday 26 November: dated by the UTC day)
           call("c5", "B_E_pompeo_cakaj_2019_11_26", [POMPEO, CAKAJ], "2019-11-26", caller=POMPEO),
           # "Meta's office said the president had tried twice that morning to reach Rama by telephone and had been told
           # each time that he was unavailable" (attempted)
           call("c6", "B_A_meta_rama_2019_11_26", [META, RAMA], "2019-11-26", status="attempted", caller=META),
           # "Macron rang Rama on 28 November, the Independence Day ..." (no year: 2019)
           call("c7", "B_E_macron_rama_2019_11_28", [MACRON, RAMA], "2019-11-28", caller=MACRON),
           # "Rama is due to hold a video call next week with Ursula von der Leyen and Charles Michel" (planned; null)
           call("c8", "B_P_rama_vdl_michel_video_2019_12", [RAMA, VDL, MICHEL], None, status="planned")],
    rb=[])

# 4418 Africanews (AFP), Sat 2020-08-08: wire "Port Louis (AFP) -", "burs-" code
A["4418"] = dict(
    ents=[JUGNAUTH, MACRON, LECORNU, RAMANO, MODI, ABE,
          "Agence France-Presse", "Twitter", "L'Express", "Africanews",
          "Mauritius", "France", "Japan", "India", "Panama",
          "Greenpeace Africa", "Nagashiki Shipping"],
    calls=[# "Jugnauth said he had called French President Emmanuel Macron on Friday evening to ask for help"
           call("c1", JUGNAUTH_MACRON, [JUGNAUTH, MACRON], "2020-08-07", caller=JUGNAUTH),
           # ministers: "Lecornu said on Twitter that he had spoken by phone on Saturday with Mauritius's environment
           # minister, Kavy Ramano"
           call("c2", "B_E_lecornu_ramano_2020_08_08", [LECORNU, RAMANO], "2020-08-08"),
           # "Indian Prime Minister Narendra Modi also telephoned Jugnauth on Saturday, the Mauritian daily L'Express learned"
           call("c3", "B_E_modi_jugnauth_2020_08_08", [MODI, JUGNAUTH], "2020-08-08", caller=MODI),
           # "Jugnauth is due to speak with Japanese Prime Minister Shinzo Abe in the coming days, a government source told
           # AFP" (planned; the text does not say by phone: not required; null)
           call("c4", "B_P_jugnauth_abe_2020_08", [JUGNAUTH, ABE], None, status="planned", required=False)],
    rb=[rb("c2", "Twitter", True), rb("c3", "L'Express", True)]
       + [rb(c, "Agence France-Presse", False) for c in ("c1", "c2", "c3", "c4")])

# 4419 The Herald (Harare), Tue 2020-08-18: "Herald Reporter"; the virtual SADC summit "yesterday"; URL blank
A["4419"] = dict(
    ents=[MNANGAGWA, NYUSI, MAGUFULI, RAMAPHOSA, JUGNAUTH, MACRON, TAX, MASISI,
          "ZBC News", "The Herald", "Twitter",
          "Zimbabwe", "Mozambique", "Tanzania", "South Africa", "Mauritius", "France", "Botswana",
          "SADC", "African Union"],
    calls=[# "President Mnangagwa yesterday joined fellow SADC Heads of State and Government for the 40th Ordinary Summit ...,
           # which was held virtually"; Nyusi "hosted the summit from Maputo" (no caller); Magufuli's handover address;
           # "Also addressing the leaders were ... Ramaphosa ... and ... Pravind Kumar Jugnauth"; Tax "presented the
           # report"; "ZBC News carried the opening session live"
           call("c1", "B_E_sadc_virtual_summit_2020_08_17", [MNANGAGWA, NYUSI, MAGUFULI, RAMAPHOSA, JUGNAUTH, TAX],
                "2020-08-17"),
           # "Mr Jugnauth, who turned to France for assistance in a telephone call to President Emmanuel Macron on August 7"
           call("c2", JUGNAUTH_MACRON, [JUGNAUTH, MACRON], "2020-08-07", caller=JUGNAUTH),
           # "President Mnangagwa spoke by telephone last week with Botswana's President Dr Mokgweetsi Masisi" (null)
           call("c3", "B_E_masisi_mnangagwa_2020_08", [MASISI, MNANGAGWA], None),
           # "President Mnangagwa and President Nyusi are expected to hold a telephone conversation on Thursday" (planned)
           call("c4", "B_P_mnangagwa_nyusi_2020_08_20", [MNANGAGWA, NYUSI], "2020-08-20", status="planned")],
    rb=[rb("c1", "ZBC News", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind45, part B): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline or the date of a reposted statement where the text anchors to it (4410, "
        "4413); where local dates differ across time zones, the event date is the UTC date of the call (4417 c5). "
        "See README.md."),
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
