#!/usr/bin/env python3
"""Build ../gold.json (blind57, part A) from the hand annotation below and the registry of names.

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
ZEL, SAN, SVY, REC, SYB, POP = "Volodymyr Zelensky", "Maia Sandu", "Yulia Svyrydenko", "Dorin Recean", "Andrii Sybiha", \
    "Mihai Popșoi"
DAN, COSTA, KRAS = "Nicușor Dan", "António Costa", "Vadim Krasnoselsky"
MBZ, CHA, MISHAL, ABZ, MBA, AND, MUL = "Mohamed bin Zayed Al Nahyan", "Rodrigo Chaves", "Mishal Al-Ahmad Al-Jaber Al-Sabah", \
    "Abdullah bin Zayed Al Nahyan", "Mohammed bin Abdulrahman bin Jassim Al Thani", "Arnoldo André Tinoco", \
    "José Raúl Mulino"
TIA, GOI, TRA, FAYE, DIOP, SANG = "Abdourahamane Tiani", "Assimi Goïta", "Ibrahim Traoré", "Bassirou Diomaye Faye", \
    "Abdoulaye Diop", "Bakary Yaou Sangaré"
TAL, GNA, BAK, DUS = "Patrice Talon", "Faure Gnassingbé", "Olushegun Adjadi Bakari", "Robert Dussey"
TAM, FAI = "Tamim bin Hamad Al Thani", "Faisal bin Farhan Al Saud"
ARE, CAS, SHE, BUK = "Bernardo Arévalo", "Xiomara Castro", "Claudia Sheinbaum", "Nayib Bukele"

# cross-article events (3, all occurred and required)
ZEL_SAN = "A_E_zelensky_sandu_2025_09_29"
# 4960 (Ukrinform, "KYIV, September 29 (Ukrinform) –", Mon): "held a phone conversation with ... Sandu on Monday" (no
# caller); Telegram post quoted five paragraphs later. 4961 (NewsMaker, "Chisinau, 30 September 2025"): "Zelenskyy called
# the head of state yesterday" (caller Zelensky; X post and Ukrinform at the end). 4962 (Balkan Insight feature, Mon 13
# Oct, in passing): "Zelensky, who phoned President Maia Sandu the day after the vote" (the vote of September 28).
CHA_MBZ = "A_E_chaves_mbz_2025_03_12"
# 4963 (Gulf News (WAM), "ABU DHABI, 12th March, 2025 (WAM) --"): "received a phone call today from President Rodrigo
# Chaves Robles" (caller Chaves). 4964 (Tico Times, Wed 12 Mar): "spoke by telephone on Tuesday night", "Chaves placed the
# call ... shortly after 10 p.m. Costa Rica time, when it was already Wednesday morning in Abu Dhabi"; the foreign
# minister André Tinoco "also took part" (a third participant). 22:00 in Costa Rica (UTC-6) is 04:00 UTC on Wednesday
# 12 March: the event date is the UTC date (blindset convention); Costa Rica's local date is 11 March.
TIA_GOI = "A_E_tiani_goita_2024_09_17"
# 4965 (Africanews (AFP), Wed 18 Sep): "telephoned Goïta on Tuesday evening" (caller Tiani; "a statement read on the
# state broadcaster Télé Sahel"). 4966 (APA brief, "Niamey (APA) -", no date in the text, published 18 Sep): "General
# Abdourahamane Tchiani, telephoned ... Colonel Assimi Goita late yesterday" (the date only in the metadata).

# 4960 Ukrinform, Mon 2025-09-29: wire, "KYIV, September 29 (Ukrinform) –"
A["4960"] = dict(
    ents=[ZEL, SAN, SYB, POP, SVY, REC, "Oleksandr Hnatiuk-Zorin",
          "Ukrinform", "Telegram",
          "Ukraine", "Moldova", "Russia",
          "Party of Action and Solidarity", "Central Electoral Commission (Moldova)", "Ministry of Foreign Affairs of Ukraine",
          "Cabinet of Ministers of Ukraine", "European Union", "European Commission", "Kremlin",
          "Office of the President of Ukraine"],
    calls=[call("c1", ZEL_SAN, [ZEL, SAN], "2025-09-29"),
           # ministers: "spoke by phone with ... Popșoi late on Sunday, as the first results were being published" (= Sep 28)
           call("c2", "A_E_sybiha_popsoi_2025_09_28", [SYB, POP], "2025-09-28"),
           # "is expected to hold a phone call with ... Recean in the coming days" (null)
           call("c3", "A_P_svyrydenko_recean_2025_09", [SVY, REC], None, status="planned")],
    # "the Ministry of Foreign Affairs of Ukraine said on its website" is an organization's statement, not an outlet;
    # "Moldova has repeatedly called the Russian drones"; "As Ukrinform reported" (self, not about a call);
    # "Ukrinform's Telegram and Facebook channels" is page furniture
    rb=[rb("c1", "Telegram", True)])

# 4961 NewsMaker, Tue 2025-09-30: congratulation-call list from the presidency's press release
A["4961"] = dict(
    ents=[ZEL, SAN, DAN, COSTA, "Emmanuel Macron", "Donald Tusk", "Igor Dodon", "Ecaterina Rusu-Vîlcu",
          "NewsMaker", "X", "Ukrinform",
          "Ukraine", "Moldova", "Romania", "France", "Poland",
          "Party of Action and Solidarity", "European Union", "Patriotic Electoral Bloc",
          "Central Electoral Commission (Moldova)", "Constitutional Court (Moldova)"],
    calls=[call("c1", ZEL_SAN, [ZEL, SAN], "2025-09-29", caller=ZEL),
           # "President Nicușor Dan telephoned Sandu on Sunday night, before the final count was known" (= Sep 28)
           call("c2", "A_E_dan_sandu_2025_09_28", [DAN, SAN], "2025-09-28", caller=DAN),
           # "António Costa and Sandu spoke by phone on Monday afternoon" (= Sep 29, no caller)
           call("c3", "A_E_costa_sandu_2025_09_29", [COSTA, SAN], "2025-09-29")],
    # Macron and Tusk "sent written messages"; the Patriotic Electoral Bloc "called the result a fraud";
    # "Follow NewsMaker on Telegram" is page furniture; NewsMaker is the publisher
    rb=[rb("c1", "X", True), rb("c1", "Ukrinform", True)])

# 4962 Balkan Insight (BIRN), Mon 2025-10-13: feature, calls in passing; title blank in the metadata
A["4962"] = dict(
    ents=[ZEL, SAN, REC, SVY, KRAS, "Madalina Gheorghiu-Stratan", "Larisa Cojocaru", "Sorin Vieru-Balan",
          "Europa Liberă", "Balkan Insight",
          "Moldova", "Ukraine", "Russia",
          "Party of Action and Solidarity", "European Commission", "European Union"],
    calls=[call("c1", ZEL_SAN, [ZEL, SAN], "2025-09-29", caller=ZEL),
           # "Recean told Radio Free Europe's Moldovan service, Europa Liberă, that he and ... Svyrydenko, had spoken by
           # phone last week" (null, no caller)
           call("c2", "A_E_recean_svyrydenko_2025_10_lastweek", [REC, SVY], None),
           # "his office had asked in early October for a telephone conversation with Recean ... and had received no
           # answer": an unanswered request, attempted (the blindset's Maduro case), caller the requester, null
           call("c3", "A_A_krasnoselsky_recean_2025_10", [KRAS, REC], None, status="attempted", caller=KRAS)],
    # "Analysts called the exchange a familiar ritual"; "They call each other, they call Brussels ... Nobody calls us"
    # (no named pair); "contacts with Tiraspol go through the reintegration office"; BIRN/Balkan Insight is the publisher
    rb=[rb("c2", "Europa Liberă", True)])

# 4963 Gulf News (WAM), Wed 2025-03-12: WAM readouts reposted, round-up of one day's calls
A["4963"] = dict(
    ents=[MBZ, CHA, MISHAL, ABZ, MBA,
          "WAM", "Gulf News",
          "United Arab Emirates", "Costa Rica", "Kuwait", "Qatar",
          "Gulf Cooperation Council"],
    calls=[call("c1", CHA_MBZ, [CHA, MBZ], "2025-03-12", caller=CHA),
           # "In a separate call this evening, ... received a phone call from ... Sheikh Mishal" (= Mar 12)
           call("c2", "A_E_mishal_mbz_2025_03_12", [MISHAL, MBZ], "2025-03-12", caller=MISHAL),
           # "Meanwhile, ... Sheikh Abdullah bin Zayed ... received a phone call from Sheikh Mohammed bin Abdulrahman"
           # (no day of its own; "Meanwhile" ties it to the dateline's day)
           call("c3", "A_E_mba_abz_2025_03_12", [MBA, ABZ], "2025-03-12", caller=MBA)],
    # "called for intensified international action"; WAM is the wire credit on Gulf News's site
    rb=[rb("c1", "WAM", False), rb("c2", "WAM", False), rb("c3", "WAM", False)])

# 4964 The Tico Times, Wed 2025-03-12: "Tuesday night" across time zones
A["4964"] = dict(
    ents=[CHA, MBZ, AND, MUL, "Esteban Carvajal-Núñez",
          "Teletica", "WAM", "X", "The Tico Times",
          "Costa Rica", "United Arab Emirates", "Panama",
          "Casa Presidencial (Costa Rica)"],
    calls=[call("c1", CHA_MBZ, [CHA, MBZ, AND], "2025-03-12", caller=CHA),
           # "is also scheduled to speak by telephone with ... Mulino on Friday" (= Mar 14)
           call("c2", "A_P_chaves_mulino_2025_03_14", [CHA, MUL], "2025-03-14", status="planned")],
    # Teletica "aired a short clip showing Chaves at his desk, phone in hand" and WAM "reported the call": required.
    # The X post quotes praise of the Emirati president without saying there was a call: not required.
    # "Opposition lawmakers have called the strategy a distraction"
    rb=[rb("c1", "Teletica", True), rb("c1", "WAM", True), rb("c1", "X", False)])

# 4965 Africanews (AFP), Wed 2024-09-18: round-up of solidarity calls, "-- AFP"
A["4965"] = dict(
    ents=[GOI, TIA, TRA, FAYE, DIOP, SANG, "António Guterres", "Abdoulaye Maïga",
          "Africanews", "AFP", "Télé Sahel", "Facebook",
          "Mali", "Niger", "Burkina Faso", "Senegal", "France", "Russia",
          "Alliance of Sahel States", "ECOWAS", "JNIM", "United Nations", "African Union", "Wagner group"],
    calls=[call("c1", TIA_GOI, [TIA, GOI], "2024-09-17", caller=TIA),
           # "Traoré and Goïta spoke by phone on Wednesday morning" (= Sep 18, no caller; the Facebook photograph)
           call("c2", "A_E_traore_goita_2024_09_18", [TRA, GOI], "2024-09-18"),
           # "tried to reach Goïta by telephone on Tuesday, but the call did not go through" (= Sep 17)
           call("c3", "A_A_faye_goita_2024_09_17", [FAYE, GOI], "2024-09-17", status="attempted", caller=FAYE),
           # ministers: "also spoke by phone on Wednesday" (= Sep 18)
           call("c4", "A_E_diop_sangare_2024_09_18", [DIOP, SANG], "2024-09-18")],
    # "an aide in Dakar told Africanews" is the publisher citing itself; AFP is the wire credit; "security sources told
    # AFP" is about the death toll; Faye's "message posted on social media" (no platform, no call); "The AU called for";
    # "Maïga called the attackers"
    rb=[rb("c1", "Télé Sahel", True), rb("c2", "Facebook", True), rb("c1", "AFP", False), rb("c2", "AFP", False),
        rb("c3", "Africanews", False)])

# 4966 APA, Wed 2024-09-18: short brief, telegraphic headline, "Niamey (APA) -", no date in the text; URL blank
A["4966"] = dict(
    ents=[TIA, GOI, TRA,
          "APA",
          "Niger", "Mali", "Burkina Faso",
          "Alliance of Sahel States", "CNSP (Niger)", "ECOWAS", "JNIM"],
    calls=[call("c1", TIA_GOI, [TIA, GOI], "2024-09-17", caller=TIA),
           # "The three heads of state are due to hold a video conference in the coming days ... Traoré, is expected to
           # take part" (null, no caller)
           call("c2", "A_P_tiani_goita_traore_video_2024_09", [TIA, GOI, TRA], None, status="planned")],
    # "APA learned from official sources" is the publisher citing itself; "the CNSP called for national mobilisation";
    # "civil society organisations also called on the population"
    rb=[rb("c1", "APA", False)])

# 4967 The Africa Report, Thu 2024-06-20: transcript-like Q&A with Benin's government spokesman
A["4967"] = dict(
    ents=[TAL, TIA, GNA, "Wilfried Léandre Houngbédji", BAK, DUS, "Koffi Adjovi-Sossa",
          "The Africa Report", "Télé Sahel",
          "Benin", "Niger", "Togo",
          "ECOWAS"],
    calls=[# "The President tried to call General Tiani twice in May ... The calls were not taken" (null; one event)
           call("c1", "A_A_talon_tiani_2024_05", [TAL, TIA], None, status="attempted", caller=TAL),
           # Télé Sahel's report "that President Talon called General Tiani on Sunday to apologise": "That conversation
           # never took place" (denied; claimed caller Talon; Sunday = Jun 16)
           call("c2", "A_D_talon_tiani_2024_06_16", [TAL, TIA], "2024-06-16", status="denied", caller=TAL),
           # "spoke by telephone with President Faure Gnassingbé of Togo on Monday" (= Jun 17, no caller)
           call("c3", "A_E_talon_gnassingbe_2024_06_17", [TAL, GNA], "2024-06-17"),
           # ministers: "is to speak by telephone with ... Robert Dussey, on Friday" (= Jun 21)
           call("c4", "A_P_bakari_dussey_2024_06_21", [BAK, DUS], "2024-06-21", status="planned")],
    # headline "We tried to call Niamey" (c1, no person); "would President Talon take a call from General Tiani today?"
    # and "The phone works in both directions" (hypothetical); "Some people have called this a political arrest"; The
    # Africa Report is the interviewer and publisher
    rb=[rb("c2", "Télé Sahel", True)])

# 4968 The Kyiv Independent, Thu 2025-02-06: live blog, Kyiv times, newest first; URL blank
A["4968"] = dict(
    ents=[ZEL, MBZ, TAM, "Andrii Sybiha", FAI, "Andriy Yermak", "Iryna Kovalchuk-Berg",
          "The Kyiv Independent", "Qatar News Agency", "X", "Telegram",
          "Ukraine", "United Arab Emirates", "Qatar", "Saudi Arabia", "Russia",
          "Office of the President of Ukraine"],
    calls=[# 09:15: "Zelensky called UAE President Sheikh Mohammed bin Zayed Al Nahyan this morning" (Telegram quote)
           call("c1", "A_E_zelensky_mbz_2025_02_06", [ZEL, MBZ], "2025-02-06", caller=ZEL),
           # 11:32 ministers: "had a phone conversation with his Saudi counterpart" (no caller; X)
           call("c2", "A_E_sybiha_faisal_2025_02_06", ["Andrii Sybiha", FAI], "2025-02-06"),
           # 14:05: "Zelensky will hold a phone call with the emir of Qatar this evening" (Yermak "told journalists")
           call("c3", "A_P_zelensky_tamim_2025_02_06", [ZEL, TAM], "2025-02-06", status="planned"),
           # 21:47: "held the planned call ... this evening"; QNA readout: the emir "received a phone call from" the
           # Ukrainian president (caller Zelensky)
           call("c4", "A_E_zelensky_tamim_2025_02_06", [ZEL, TAM], "2025-02-06", caller=ZEL)],
    # "Zelensky has called on partners"; "Yermak ... told journalists" (no outlet); the Kyiv Independent is the publisher
    rb=[rb("c1", "Telegram", True), rb("c2", "X", True), rb("c4", "Qatar News Agency", True)])

# 4969 EFE, Thu 2025-01-16: wire "Guatemala City, Jan 16 (EFE).-"
A["4969"] = dict(
    ents=[ARE, MUL, CHA, CAS, "Donald Trump", SHE, BUK, "Eduardo Enrique Reina",
          "EFE", "La Prensa Gráfica", "YouTube",
          "Guatemala", "Panama", "Costa Rica", "Honduras", "Mexico", "El Salvador", "United States"],
    calls=[# "held a virtual meeting on Wednesday" (= Jan 15), four named; Arévalo "hosted" (no caller); YouTube stream
           call("c1", "A_E_arevalo_mulino_chaves_castro_video_2025_01_15", [ARE, MUL, CHA, CAS], "2025-01-15"),
           # "The day before, late on Tuesday, Arévalo had held a telephone conversation with ... Sheinbaum, at the
           # Guatemalan leader's request" (= Jan 14, caller Arévalo)
           call("c2", "A_E_arevalo_sheinbaum_2025_01_14", [ARE, SHE], "2025-01-14", caller=ARE),
           # La Prensa Gráfica "reported, citing a Honduran official, that Castro had called Bukele that day" (Monday =
           # Jan 13); Reina: "There was no telephone conversation" (denied, claimed caller Castro)
           call("c3", "A_D_castro_bukele_2025_01_13", [CAS, BUK], "2025-01-13", status="denied", caller=CAS)],
    # "Bukele did not take part in the meeting"; "Castro has called Trump's plans"; Sheinbaum's "morning press conference"
    # (no outlet); "he told EFE" is the publisher citing itself (the denial)
    rb=[rb("c1", "YouTube", True), rb("c3", "La Prensa Gráfica", True), rb("c3", "EFE", False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind57, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government, an emir, military rulers and ministers, with plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not in-person meetings, "
        "letters or messages). 'required' items are stated plainly in the text and count for recall; required=false items "
        "are accepted but not demanded. 'event' ties mentions of the same real-world call across articles; a planned call "
        "and the call that later took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline where the text anchors to it (4960, 4961, 4963), or the day the text anchors to "
        "(4962: the day after the vote of September 28); where local dates differ across time zones, the event date is the "
        "UTC date of the call (4963/4964). See README.md."),
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
