#!/usr/bin/env python3
"""Build ../gold.json (blind49, part A) from the hand annotation below and the registry of names.

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
SHEHBAZ, MBZ, TAMIM, YUNUS, MBS, HAMAD, ZARDARI = "Shehbaz Sharif", "Mohamed bin Zayed Al Nahyan", \
    "Tamim bin Hamad Al Thani", "Muhammad Yunus", "Mohammed bin Salman", "Hamad bin Isa Al Khalifa", "Asif Ali Zardari"
BUGTI, NAQVI, HAQQANI, CHAUDHRY, ABZ, DAR, RUBIO, FAISAL = "Sarfraz Bugti", "Mohsin Naqvi", "Sirajuddin Haqqani", \
    "Ahmed Sharif Chaudhry", "Abdullah bin Zayed Al Nahyan", "Ishaq Dar", "Marco Rubio", "Faisal bin Farhan Al Saud"
DEBY, IDRISS, TINUBU, MASRA, SASSOU, TIANI, MACRON, PAHIMI, HALINA = "Mahamat Idriss Déby Itno", "Idriss Déby Itno", \
    "Bola Tinubu", "Succès Masra", "Denis Sassou Nguesso", "Abdourahamane Tiani", "Emmanuel Macron", \
    "Albert Pahimi Padacké", "Allamaye Halina"
ARCE, FERNANDEZ, MORALES, ANEZ, MESA, BOLSONARO, MADURO, AMLO = "Luis Arce", "Alberto Fernández", "Evo Morales", \
    "Jeanine Áñez", "Carlos Mesa", "Jair Bolsonaro", "Nicolás Maduro", "Andrés Manuel López Obrador"
SOLA, LONGARIC = "Felipe Solá", "Karen Longaric"

# cross-article events (8), all required and occurred except the denied Bolsonaro claim
MBZ_SHEHBAZ = "A_E_mbz_shehbaz_2025_03_12"
# 4800 (Express Tribune live blog, Wed 12 Mar, 9:35pm entry): "received a telephone call this evening from" (caller MBZ;
# WAM "carried a readout"). 4801 (Gulf News with WAM, "ABU DHABI, 12th March, 2025 (WAM) --", published 13 Mar): "today
# held a phone call with" (no caller; the dateline's day). 4802 (The Nation with APP, "ISLAMABAD, Mar 13 (APP):",
# published 14 Mar): "who had telephoned him yesterday evening" (caller; yesterday against the dateline).
SHEHBAZ_BUGTI = "A_E_shehbaz_bugti_2025_03_11"
# 4800 (Tue 11 Mar, 3:25pm entry): "telephoned Chief Minister Sarfraz Bugti" (caller Shehbaz). 4803 (The Diplomat, Thu
# 20 Mar): "Within an hour of the first reports [of the March 11 attack], ... was on the phone to ... Mir Sarfraz Bugti".
TAMIM_SHEHBAZ = "A_E_tamim_shehbaz_2025_03_13"
# 4802: "called the prime minister today" (dateline Mar 13; caller Tamim). 4803 names the emir only as "the Qatari emir"
# ("two days after the hijacking"): not annotated there (one named participant; see README).
RUBIO_DAR = "A_E_rubio_dar_2025_03_12"
# 4802: "received a telephone call from ... Rubio. The call came at around 1:15am on Thursday, Pakistan time, when it was
# Wednesday afternoon in Washington" -> 20:15 UTC Wednesday -> 2025-03-12. 4803: "telephoned ... Dar on March 12".
MBZ_DEBY = "A_E_mbz_deby_2024_05_09"
# 4805 (RFI, Fri 10 May): "The first call came late on Thursday, barely an hour after [ANGE] read out provisional
# figures ... Mohamed bin Zayed telephoned to congratulate him" (caller; ONRTV "aired images"). 4806 (African
# Arguments, Tue 28 May): results "announced on 9 May, and on the night they were read out it was Mohamed bin Zayed ...
# who called Déby first" (caller; a day told by an event).
TINUBU_DEBY = "A_E_tinubu_deby_2024_05_10"
# 4804 (Channels TV brief, no dateline): "in a telephone conversation earlier today" (date only in the metadata, Fri 10
# May); "The President placed the call" (caller); X post quoted four paragraphs later. 4805: "On Friday morning
# Nigeria's Bola Tinubu was on the line" (no caller; the spokesman's "statement to the News Agency of Nigeria").
# 4806: "Nigeria's Bola Tinubu phoned the next morning" (after 9 May; caller).
FERNANDEZ_ARCE = "A_E_fernandez_arce_2020_10_19"
# 4807 (Télam, "Buenos Aires, October 19 (Télam)"): "telephoned ... this Monday morning" (caller; Twitter post after the
# call; ABI at the end). 4808 (Reuters, Tue 20 Oct): "He spoke by phone on Monday with ... Alberto Fernandez" (no
# caller). 4809 (teleSUR Q&A, Thu 22 Oct): "Alberto called him on Monday morning" (caller).
MORALES_ARCE = "A_E_morales_arce_2020_10_19"
# Late at night across time zones: 4807: "talked by telephone in the early hours of Monday" (Buenos Aires; no caller;
# Página/12 citing Kawsachun Coca). 4808: "phoned Arce from Buenos Aires shortly before midnight on Sunday, La Paz time,
# when it was already Monday in Argentina" (caller). 4809: "On the night of the vote ... nearly midnight in Bolivia;
# here in Buenos Aires it was already after half past twelve. I called Lucho" (caller). About 03:30-04:00 UTC on
# Monday -> 2020-10-19.
BOLSONARO_ARCE = "A_D_bolsonaro_arce_2020_10_19"
# Denied: 4808: "Pagina Siete ... reported on Monday, citing a senior MAS official, that ... Bolsonaro had telephoned
# Arce that afternoon. Brazil's presidency said ... no such call had taken place" (claimed caller Bolsonaro, claimed
# day Monday). 4809: "reports in the Bolivian press that President Bolsonaro had telephoned Lucho. Brazil denies it."
# (no day).

# 4800 The Express Tribune, Wed 2025-03-12: live blog (PKT, oldest first, day headers)
A["4800"] = dict(
    ents=[SHEHBAZ, MBZ, BUGTI, NAQVI, HAQQANI, CHAUDHRY,
          "Geo News", "Emirates News Agency",
          "Pakistan", "Afghanistan", "United Arab Emirates",
          "Prime Minister's Office", "Baloch Liberation Army", "Pakistan Railways", "Inter-Services Public Relations"],
    calls=[call("c1", SHEHBAZ_BUGTI, [SHEHBAZ, BUGTI], "2025-03-11", caller=SHEHBAZ),
           # 8:40pm Tuesday entry: Naqvi "had been on the phone with the chief minister through the afternoon and
           # evening" (Bugti, named two entries earlier); "Naqvi told Geo News"
           call("c2", "A_E_naqvi_bugti_2025_03_11", [NAQVI, BUGTI], "2025-03-11"),
           # Wednesday 12:30pm: "had asked on Tuesday night to speak by telephone with ... Haqqani ... 'There has been no
           # response so far'": an unanswered request, requester = caller
           call("c3", "A_A_naqvi_haqqani_2025_03_11", [NAQVI, HAQQANI], "2025-03-11", status="attempted", caller=NAQVI),
           call("c4", MBZ_SHEHBAZ, [MBZ, SHEHBAZ], "2025-03-12", caller=MBZ)],
    # the DG ISPR "told a private TV channel" nothing here; the Geo News interview discloses the Naqvi-Bugti contact
    rb=[rb("c2", "Geo News", True), rb("c4", "Emirates News Agency", True)])

# 4801 Gulf News (WAM), Thu 2025-03-13: WAM copy dated the 12th, telegraphic headline
A["4801"] = dict(
    ents=[MBZ, SHEHBAZ, ABZ, DAR,
          "Emirates News Agency", "Gulf News",
          "United Arab Emirates", "Pakistan", "UAE Ministry of Foreign Affairs"],
    calls=[call("c1", MBZ_SHEHBAZ, [MBZ, SHEHBAZ], "2025-03-12"),
           # "Earlier in the day, ... Sheikh Abdullah bin Zayed ... received a phone call from ... Ishaq Dar" (ministers)
           call("c2", "A_E_dar_abdullahbinzayed_2025_03_12", [DAR, ABZ], "2025-03-12", caller=DAR)],
    # WAM is the wire credit on Gulf News' site: accepted, not demanded
    rb=[rb("c1", "Emirates News Agency", False), rb("c2", "Emirates News Agency", False)])

# 4802 The Nation (APP), Fri 2025-03-14, "ISLAMABAD, Mar 13 (APP):": PM Office statement retold; condolence-call list;
# title blank in metadata
A["4802"] = dict(
    ents=[SHEHBAZ, TAMIM, YUNUS, MBZ, MBS, HAMAD, ZARDARI, BUGTI, NAQVI, DAR, RUBIO, FAISAL,
          "Associated Press of Pakistan",
          "Pakistan", "Qatar", "Bangladesh", "United Arab Emirates", "United States", "Bahrain",
          "Prime Minister's Office", "Foreign Office", "Combined Military Hospital"],
    calls=[call("c1", TAMIM_SHEHBAZ, [TAMIM, SHEHBAZ], "2025-03-13", caller=TAMIM),
           # "In the afternoon, ... Yunus telephoned the prime minister"
           call("c2", "A_E_yunus_shehbaz_2025_03_13", [YUNUS, SHEHBAZ], "2025-03-13", caller=YUNUS),
           call("c3", MBZ_SHEHBAZ, [MBZ, SHEHBAZ], "2025-03-12", caller=MBZ),
           # "chaired a meeting by video link with ... Bugti and ... Naqvi" before leaving for Quetta (Thu): a video
           # call of three named people; the chair is not a caller
           call("c4", "A_E_shehbaz_bugti_naqvi_video_2025_03_13", [SHEHBAZ, BUGTI, NAQVI], "2025-03-13"),
           call("c5", RUBIO_DAR, [RUBIO, DAR], "2025-03-12", caller=RUBIO),
           # "was expected to hold a telephone conversation with ... Faisal bin Farhan ... in the coming days"
           call("c6", "A_P_dar_faisal_2025_03", [DAR, FAISAL], None, status="planned")],
    # MBS's message and King Hamad's cable are not calls; APP is the wire credit
    rb=[rb("c1", "Associated Press of Pakistan", False), rb("c2", "Associated Press of Pakistan", False),
        rb("c3", "Associated Press of Pakistan", False), rb("c4", "Associated Press of Pakistan", False),
        rb("c5", "Associated Press of Pakistan", False)])

# 4803 The Diplomat, Thu 2025-03-20: feature mentioning calls in passing; no outlet credited
A["4803"] = dict(
    ents=[SHEHBAZ, BUGTI, RUBIO, DAR, FAISAL, "Zabihullah Mujahid", "Nadir Shahzeb Awan",
          "Pakistan", "Qatar", "China", "United States", "Afghanistan",
          "Baloch Liberation Army", "Foreign Office", "Taliban"],
    calls=[call("c1", SHEHBAZ_BUGTI, [SHEHBAZ, BUGTI], "2025-03-11"),
           call("c2", RUBIO_DAR, [RUBIO, DAR], "2025-03-12", caller=RUBIO),
           # "Dar spoke by phone with Saudi Foreign Minister Faisal bin Farhan last week" (no day): held, not the plan
           # told in 4802
           call("c3", "A_E_dar_faisal_2025_03_last_week", [DAR, FAISAL], None)],
    rb=[])

# 4804 Channels Television, Fri 2024-05-10: short brief, telegraphic headline, no dateline
A["4804"] = dict(
    ents=[TINUBU, DEBY, MASRA, "Ajuri Ngelale", "Yusuf Tuggar",
          "X", "Channels Television",
          "Chad", "Nigeria",
          "Economic Community of West African States", "Boko Haram", "Multinational Joint Task Force",
          "Constitutional Council"],
    calls=[call("c1", TINUBU_DEBY, [TINUBU, DEBY], "2024-05-10", caller=TINUBU)],
    rb=[rb("c1", "X", True)])

# 4805 RFI, Fri 2024-05-10: round-up of a day's calls ("Issued on" stamp); URL blank in metadata
A["4805"] = dict(
    ents=[DEBY, MASRA, MBZ, TINUBU, SASSOU, TIANI, MACRON, PAHIMI, "Ajuri Ngelale",
          "ONRTV", "News Agency of Nigeria", "Tchadinfos", "RFI",
          "Chad", "United Arab Emirates", "Nigeria", "Niger", "Republic of the Congo",
          "National Elections Management Agency", "Constitutional Council", "Les Transformateurs"],
    calls=[call("c1", MBZ_DEBY, [MBZ, DEBY], "2024-05-09", caller=MBZ),
           call("c2", TINUBU_DEBY, [TINUBU, DEBY], "2024-05-10"),
           # "telephoned him in the early afternoon" (Friday)
           call("c3", "A_E_sassou_deby_2024_05_10", [SASSOU, DEBY], "2024-05-10", caller=SASSOU),
           # "Déby also spoke by phone with ... Tiani", in the run of Friday's calls ("spent Friday taking calls")
           call("c4", "A_E_tiani_deby_2024_05_10", [TIANI, DEBY], "2024-05-10"),
           # "were expected to speak by telephone in the coming days"
           call("c5", "A_P_deby_macron_2024_05", [DEBY, MACRON], None, status="planned"),
           # Tchadinfos: "Masra had called Déby on Thursday night to concede"; "There was no call of any kind"
           call("c6", "A_D_masra_deby_2024_05_09", [MASRA, DEBY], "2024-05-09", status="denied", caller=MASRA)],
    rb=[rb("c1", "ONRTV", True), rb("c2", "News Agency of Nigeria", True), rb("c6", "Tchadinfos", True)])

# 4806 African Arguments, Tue 2024-05-28: feature with calls in passing; outlet blank in metadata
A["4806"] = dict(
    ents=[DEBY, IDRISS, MBZ, MACRON, TINUBU, MASRA, HALINA, PAHIMI, "Khadidja Ousmane Nodjilem",
          "Jeune Afrique", "Radio FM Liberté", "African Arguments",
          "Chad", "Nigeria",
          "Elysée", "Constitutional Council", "Economic Community of West African States", "Patriotic Salvation Movement"],
    calls=[call("c1", MBZ_DEBY, [MBZ, DEBY], "2024-05-09", caller=MBZ),
           call("c2", TINUBU_DEBY, [TINUBU, DEBY], "2024-05-10", caller=TINUBU),
           # "Macron's call, when it finally came last week" (no day; caller Macron: see README); not the plan of 4805
           call("c3", "A_E_macron_deby_2024_05_last_week", [MACRON, DEBY], None, caller=MACRON),
           # "Déby tried to call Succès Masra on the evening of 16 May ... Masra did not take the call"
           call("c4", "A_A_deby_masra_2024_05_16", [DEBY, MASRA], "2024-05-16", status="attempted", caller=DEBY)],
    rb=[rb("c3", "Jeune Afrique", True), rb("c4", "Radio FM Liberté", True)])

# 4807 Télam, Mon 2020-10-19, "Buenos Aires, October 19 (Télam)"
A["4807"] = dict(
    ents=[FERNANDEZ, ARCE, MORALES, ANEZ, MESA, SOLA, LONGARIC,
          "Télam", "Twitter", "Página/12", "Kawsachun Coca", "Agencia Boliviana de Información",
          "Bolivia", "Argentina",
          "Movement for Socialism", "Supreme Electoral Tribunal", "Ciesmori"],
    calls=[call("c1", FERNANDEZ_ARCE, [FERNANDEZ, ARCE], "2020-10-19", caller=FERNANDEZ),
           call("c2", MORALES_ARCE, [MORALES, ARCE], "2020-10-19"),
           # "would seek a telephone conversation this week with ... Karen Longaric"
           call("c3", "A_P_sola_longaric_2020_10", [SOLA, LONGARIC], None, status="planned", caller=SOLA)],
    # Áñez's congratulations "on Twitter" are not a call
    rb=[rb("c1", "Twitter", True), rb("c1", "Agencia Boliviana de Información", True), rb("c1", "Télam", False),
        rb("c2", "Página/12", True), rb("c2", "Kawsachun Coca", True)])

# 4808 Reuters, Tue 2020-10-20, "LA PAZ, Oct 20 (Reuters) -"; names without accents
A["4808"] = dict(
    ents=[ANEZ, ARCE, MORALES, MESA, FERNANDEZ, BOLSONARO, LONGARIC, SOLA,
          "Mariela Quispe Antezana", "Tomás Ferreyra", "Harriet Lomasney",
          "Reuters", "Página Siete",
          "Bolivia", "Argentina", "Brazil",
          "Movement for Socialism", "Foreign Ministry"],
    calls=[# "said on Tuesday she would telephone president-elect Luis Arce in the coming days"
           call("c1", "A_P_anez_arce_2020_10", [ANEZ, ARCE], None, status="planned", caller=ANEZ),
           call("c2", FERNANDEZ_ARCE, [ARCE, FERNANDEZ], "2020-10-19"),
           call("c3", MORALES_ARCE, [MORALES, ARCE], "2020-10-19", caller=MORALES),
           call("c4", BOLSONARO_ARCE, [BOLSONARO, ARCE], "2020-10-19", status="denied", caller=BOLSONARO),
           # "told Reuters she had spoken by phone on Tuesday with ... Felipe Sola" (ministers); the summary on the
           # Foreign Ministry's website is an organization's, not an outlet's
           call("c5", "A_E_longaric_sola_2020_10_20", [LONGARIC, SOLA], "2020-10-20")],
    rb=[rb("c4", "Página Siete", True),
        rb("c2", "Reuters", False), rb("c3", "Reuters", False), rb("c5", "Reuters", False)])

# 4809 teleSUR English, Thu 2020-10-22: transcript-like Q&A (interview "on Wednesday afternoon")
A["4809"] = dict(
    ents=[MORALES, ARCE, FERNANDEZ, MADURO, AMLO, BOLSONARO, ANEZ,
          "teleSUR",
          "Bolivia", "Argentina", "Mexico", "Brazil",
          "Movement for Socialism"],
    calls=[call("c1", MORALES_ARCE, [MORALES, ARCE], "2020-10-19", caller=MORALES),
           call("c2", FERNANDEZ_ARCE, [FERNANDEZ, ARCE], "2020-10-19", caller=FERNANDEZ),
           # "and then he called me to tell me about it" (Monday)
           call("c3", "A_E_fernandez_morales_2020_10_19", [FERNANDEZ, MORALES], "2020-10-19", caller=FERNANDEZ),
           # "Nicolás Maduro called me on Tuesday from Caracas"
           call("c4", "A_E_maduro_morales_2020_10_20", [MADURO, MORALES], "2020-10-20", caller=MADURO),
           # "yesterday Lucho had a video call with ... López Obrador", said in the interview of Wednesday 21 Oct:
           # Tuesday 20 Oct (see README)
           call("c5", "A_E_amlo_arce_video_2020_10_20", [AMLO, ARCE], "2020-10-20"),
           call("c6", BOLSONARO_ARCE, [BOLSONARO, ARCE], None, status="denied", caller=BOLSONARO)],
    # the interview was given to the publisher itself
    rb=[rb("c1", "teleSUR", False), rb("c2", "teleSUR", False), rb("c3", "teleSUR", False),
        rb("c4", "teleSUR", False), rb("c5", "teleSUR", False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind49, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the day the text anchors to (a dateline or an interview day: 4801, 4802, 4809); "
        "where local dates differ across time zones, the event date is the UTC date of the call (4802, 4807-4809). See README.md."),
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
