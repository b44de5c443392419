#!/usr/bin/env python3
"""Build ../gold.json (blind27, part A) from the hand annotation below and the registry of names.

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
AOUN, DIAB, SISI, KING, RAZZAZ, TAMIM, MBZ, MBS = "Michel Aoun", "Hassan Diab", "Abdel Fattah el-Sisi", \
    "Abdullah II of Jordan", "Omar Razzaz", "Tamim bin Hamad Al Thani", "Mohamed bin Zayed Al Nahyan", \
    "Mohammed bin Salman"
KADHIMI, ERDOGAN, TRUMP, MACRON, ADIB, MIKATI = "Mustafa Al-Kadhimi", "Recep Tayyip Erdoğan", "Donald Trump", \
    "Emmanuel Macron", "Mustapha Adib", "Najib Mikati"
POMPEO, SAFADI, WEHBE, GUTERRES, ZARIF = "Mike Pompeo", "Ayman Safadi", "Charbel Wehbe", "Antonio Guterres", \
    "Mohammad Javad Zarif"
GOTA, MAHINDA, RANIL, MODI, IMRAN, OLI, SOLIH, HASINA, XI = "Gotabaya Rajapaksa", "Mahinda Rajapaksa", \
    "Ranil Wickremesinghe", "Narendra Modi", "Imran Khan", "KP Sharma Oli", "Ibrahim Mohamed Solih", \
    "Sheikh Hasina", "Xi Jinping"
GYAWALI, JAISHANKAR, QURESHI, MAHATHIR = "Pradeep Kumar Gyawali", "S. Jaishankar", "Shah Mehmood Qureshi", \
    "Mahathir Mohamad"
AMLO, EBRARD, DURAZO, MCALEENAN, PAVLOVICH, DUCEY = "Andrés Manuel López Obrador", "Marcelo Ebrard", \
    "Alfonso Durazo", "Kevin McAleenan", "Claudia Pavlovich Arellano", "Doug Ducey"
JOKOWI, MORRISON, LEE, ABE, RETNO, PAYNE = "Joko Widodo", "Scott Morrison", "Lee Hsien Loong", "Shinzo Abe", \
    "Retno Marsudi", "Marise Payne"
SIKA, POHIVA, ARDERN, REDDY, TUPOU, BAINI, TUILAEPA = "Semisi Sika", "Akilisi Pōhiva", "Jacinda Ardern", \
    "Patsy Reddy", "Tupou VI", "Frank Bainimarama", "Tuilaepa Sailele Malielegaoi"
TOKAYEV, MIRZ, TILEU, KAMILOV, MAMIN, ARIPOV = "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", \
    "Mukhtar Tileuberdi", "Abdulaziz Kamilov", "Askar Mamin", "Abdulla Aripov"

# cross-article events
KING_AOUN = "A_E_abdullah_aoun_2020_08_04"   # 2600 (live blog, 08:05 entry of Aug 5: "calling him late last night":
                                             # caller the King), 2601 (Petra, "AMMAN, Aug. 5", published Aug 6:
                                             # "yesterday made a phone call to": caller the King), 2602 (feature four
                                             # weeks later, "on the night of the explosion", the "Aug. 4 blast": no caller)
SISI_AOUN = "A_E_sisi_aoun_2020_08_05"       # 2600 (13:50 entry, "called Mr Aoun this morning"; Facebook), 2602
                                             # ("called him the following morning", after the night of the explosion)
IMRAN_GOTA = "A_E_imran_gotabaya_2019_11_17" # 2603 ("received a call from ... in the evening", "yesterday"; name
                                             # written "Gotabhaya"), 2605 (Dawn, "on Sunday"; Radio Pakistan; Twitter)
OLI_GOTA = "A_E_oli_gotabaya_2019_11_17"     # 2603 ("K.P. Sharma Oli ... also telephoned ... during the day"), 2604
                                             # (Q&A a week later: "the day after the vote" of November 16)

# 2600 The National, live blog of Wed 2020-08-05 (UAE time, newest entry first)
A["2600"] = dict(
    ents=[AOUN, DIAB, TRUMP, ERDOGAN, KADHIMI, SISI, KING, TAMIM, MBZ, POMPEO, "Fahrettin Altun", "Bassam Rady",
          "Hamad Hassan",
          "The National", "Anadolu Agency", "Facebook", "Qatar News Agency", "Twitter", "AFP",
          "United States", "Lebanon", "Turkey", "Iraq", "Egypt", "Jordan", "Qatar", "United Arab Emirates",
          "State Department", "Pentagon", "Royal Hashemite Court", "Supreme Defence Council (Lebanon)"],
    calls=[call("c1", KING_AOUN, [KING, AOUN], "2020-08-04", caller=KING),
           call("c2", "A_E_tamim_aoun_2020_08_04", [TAMIM, AOUN], "2020-08-04"),
           # "wrote on Twitter that he had been in touch with Mr Aoun": not said to be a call
           call("c3", "A_E_mbz_aoun_2020_08", [MBZ, AOUN], None, required=False),
           call("c4", SISI_AOUN, [SISI, AOUN], "2020-08-05", caller=SISI),
           # 12.15pm entry: "expects to speak with Mr Diab by telephone later today"
           call("c5", "A_P_pompeo_diab_2020_08_05", [POMPEO, DIAB], "2020-08-05", status="planned"),
           call("c6", "A_E_kadhimi_aoun_2020_08_05", [KADHIMI, AOUN], "2020-08-05", caller=KADHIMI),
           call("c7", "A_E_erdogan_aoun_2020_08_05", [ERDOGAN, AOUN], "2020-08-05", caller=ERDOGAN),
           # 6.40pm entry: the same pair, held ("spoke by phone with ... this afternoon")
           call("c8", "A_E_pompeo_diab_2020_08_05", [POMPEO, DIAB], "2020-08-05")],
    rb=[rb("c2", "Qatar News Agency", True), rb("c4", "Facebook", True), rb("c7", "Anadolu Agency", True),
        rb("c3", "Twitter", False)])

# 2601 The Jordan Times (Petra), published Thu 2020-08-06, dateline "AMMAN, Aug. 5 (Petra) --": "yesterday" and
# "late last night" = Aug 4, "today" and "On Wednesday" = Aug 5
A["2601"] = dict(
    ents=[KING, AOUN, SISI, RAZZAZ, DIAB, SAFADI, WEHBE,
          "The Jordan Times", "Jordan News Agency", "Al Mamlaka",
          "Jordan", "Lebanon", "Egypt",
          "Royal Hashemite Court", "Jordan Armed Forces-Arab Army", "Royal Jordanian Air Force"],
    calls=[call("c1", KING_AOUN, [KING, AOUN], "2020-08-04", caller=KING),
           call("c2", "A_E_sisi_abdullah_2020_08_05", [SISI, KING], "2020-08-05", caller=SISI),
           call("c3", "A_E_razzaz_diab_2020_08_04", [RAZZAZ, DIAB], "2020-08-04"),
           call("c4", "A_E_safadi_wehbe_2020_08_05", [SAFADI, WEHBE], "2020-08-05")],
    rb=[rb("c1", "Jordan News Agency", False), rb("c2", "Jordan News Agency", False),
        rb("c3", "Jordan News Agency", False), rb("c4", "Jordan News Agency", False)])

# 2602 Arab News feature, Wed 2020-09-02: calls in passing
A["2602"] = dict(
    ents=[ADIB, MIKATI, DIAB, MACRON, MBS, KING, AOUN, SISI, GUTERRES, TRUMP, ZARIF, "Karim Haddad",
          "Al Arabiya",
          "Lebanon", "Germany", "France", "Saudi Arabia", "Jordan", "Egypt", "United States", "Iran",
          "Hezbollah", "United Nations"],
    calls=[call("c1", "A_E_macron_adib_2020_08_31", [MACRON, ADIB], "2020-08-31", caller=MACRON),
           call("c2", "A_E_macron_mbs_2020_08_lastweek", [MACRON, MBS], None),
           call("c3", KING_AOUN, [KING, AOUN], "2020-08-04"),
           call("c4", SISI_AOUN, [SISI, AOUN], "2020-08-05", caller=SISI),
           # "Five days after the blast, Macron and ... Guterres co-hosted a donors' video conference in which ...
           # Trump ... took part" (co-hosts: no caller)
           call("c5", "A_E_lebanon_donors_video_2020_08_09", [MACRON, GUTERRES, TRUMP], "2020-08-09"),
           # Al Arabiya: "had received a congratulatory call from ... Zarif"; "no such call had taken place"
           call("c6", "A_D_zarif_adib_2020_09", [ZARIF, ADIB], None, status="denied", caller=ZARIF)],
    rb=[rb("c6", "Al Arabiya", True)])

# 2603 Daily Mirror (Sri Lanka), Mon 2019-11-18: the President-elect's media unit statement reposted; a list of
# congratulation calls "yesterday" (Sun Nov 17)
A["2603"] = dict(
    ents=[GOTA, MODI, IMRAN, OLI, SOLIH, HASINA, XI, "Mahinda Deshapriya", "Sajith Premadasa", RANIL, MAHINDA,
          "Dilrukshi Ranasinghe",
          "TV Derana", "Hiru TV",
          "Sri Lanka", "India", "Pakistan", "Nepal", "Maldives", "Bangladesh", "China",
          "Elections Commission (Sri Lanka)", "Chinese Embassy in Colombo"],
    calls=[call("c1", "A_E_modi_gotabaya_2019_11_17", [MODI, GOTA], "2019-11-17", caller=MODI),
           call("c2", IMRAN_GOTA, [IMRAN, GOTA], "2019-11-17", caller=IMRAN),
           call("c3", OLI_GOTA, [OLI, GOTA], "2019-11-17", caller=OLI),
           call("c4", "A_E_solih_gotabaya_2019_11_17", [SOLIH, GOTA], "2019-11-17", caller=SOLIH),
           call("c5", "A_P_hasina_gotabaya_2019_11_18", [HASINA, GOTA], "2019-11-18", status="planned"),
           # "a report aired by Hiru TV that President Xi Jinping had telephoned Mr. Rajapaksa", dismissed by the embassy
           call("c6", "A_D_xi_gotabaya_2019_11", [XI, GOTA], None, status="denied", caller=XI)],
    rb=[rb("c1", "TV Derana", True), rb("c6", "Hiru TV", True)])

# 2604 The Kathmandu Post, Mon 2019-11-25: transcript-like Q&A with the foreign minister
A["2604"] = dict(
    ents=[GYAWALI, OLI, MODI, JAISHANKAR, GOTA, QURESHI, XI, "Prakriti Thapa",
          "The Kathmandu Post", "Hindustan Times",
          "Nepal", "India", "Sri Lanka", "Pakistan", "China",
          "SAARC", "United Nations"],
    calls=[# "sought a telephone conversation with Prime Minister Modi ... So far there has been no reply"
           call("c1", "A_A_oli_modi_2019_11", [OLI, MODI], None, status="attempted", caller=OLI),
           # The Hindustan Times "reported last week that you and ... Jaishankar had spoken by telephone"; denied
           call("c2", "A_D_gyawali_jaishankar_2019_11", [GYAWALI, JAISHANKAR], None, status="denied"),
           call("c3", OLI_GOTA, [OLI, GOTA], "2019-11-17", caller=OLI),
           # "I am due to speak by phone with ... Qureshi on Wednesday"
           call("c4", "A_P_gyawali_qureshi_2019_11_27", [GYAWALI, QURESHI], "2019-11-27", status="planned")],
    rb=[rb("c2", "Hindustan Times", True)])

# 2605 Dawn, Mon 2019-11-18: short brief
A["2605"] = dict(
    ents=[IMRAN, GOTA, MAHATHIR,
          "Dawn", "Radio Pakistan", "Twitter",
          "Pakistan", "Sri Lanka", "Malaysia",
          "Prime Minister's Office (Pakistan)", "Foreign Office (Pakistan)"],
    calls=[call("c1", IMRAN_GOTA, [IMRAN, GOTA], "2019-11-17", caller=IMRAN),
           call("c2", "A_E_mahathir_imran_2019_11_17", [MAHATHIR, IMRAN], "2019-11-17", caller=MAHATHIR)],
    rb=[rb("c1", "Radio Pakistan", True), rb("c1", "Twitter", True)])

# 2606 Mexico News Daily, Wed 2019-11-06 ("Sources:" footer credits the whole story)
A["2606"] = dict(
    ents=[AMLO, TRUMP, EBRARD, POMPEO, DURAZO, MCALEENAN, PAVLOVICH, DUCEY,
          "Twitter", "Milenio", "Notimex", "El Universal", "Reuters",
          "Mexico", "United States",
          "La Línea"],
    calls=[call("c1", "A_E_trump_amlo_2019_11_05", [TRUMP, AMLO], "2019-11-05", caller=TRUMP),
           call("c2", "A_E_ebrard_pompeo_2019_11_04", [EBRARD, POMPEO], "2019-11-04"),
           call("c3", "A_P_durazo_mcaleenan_video_2019_11_07", [DURAZO, MCALEENAN], "2019-11-07", status="planned"),
           call("c4", "A_E_pavlovich_ducey_2019_11_05", [PAVLOVICH, DUCEY], "2019-11-05")],
    rb=[rb("c2", "Milenio", True), rb("c4", "Notimex", True)]
       + [rb(c, o, False) for c in ("c1", "c2", "c3", "c4") for o in ("El Universal", "Reuters")])

# 2607 ANTARA News, Mon 2018-10-01: round-up of the calls since Friday's earthquake
A["2607"] = dict(
    ents=[JOKOWI, MORRISON, LEE, MAHATHIR, ABE, RETNO, PAYNE, POMPEO, "Johan Budi Sapto Pribowo", "Wiranto",
          "Sutopo Purwo Nugroho", "Ardhi Wicaksono", "Lestari Nugraheni",
          "Antara", "Sky News Australia", "Facebook",
          "Indonesia", "Australia", "Singapore", "Malaysia", "Japan", "United States",
          "Presidential Palace (Indonesia)", "Ministry of Foreign Affairs (Indonesia)",
          "National Disaster Mitigation Agency"],
    calls=[call("c1", "A_E_morrison_jokowi_2018_09_30", [MORRISON, JOKOWI], "2018-09-30", caller=MORRISON),
           call("c2", "A_E_lee_jokowi_2018_10_01", [LEE, JOKOWI], "2018-10-01", caller=LEE),
           call("c3", "A_P_mahathir_jokowi_2018_10_02", [MAHATHIR, JOKOWI], "2018-10-02", status="planned"),
           call("c4", "A_E_payne_retno_2018_09_29", [PAYNE, RETNO], "2018-09-29", caller=PAYNE),
           call("c5", "A_E_pompeo_retno_2018_09_30", [POMPEO, RETNO], "2018-09-30", caller=POMPEO),
           # "has also been in contact with": not said to be a call
           call("c6", "A_E_abe_jokowi_2018_09", [ABE, JOKOWI], None, required=False)],
    rb=[rb("c1", "Sky News Australia", True), rb("c2", "Facebook", True)])

# 2608 Matangi Tonga, Sat 2019-09-14: list of condolence calls
A["2608"] = dict(
    ents=[SIKA, POHIVA, ARDERN, MORRISON, REDDY, TUPOU, BAINI, TUILAEPA,
          "Matangi Tonga", "RNZ Pacific",
          "Tonga", "New Zealand", "Australia", "Fiji", "Samoa",
          "Democratic Party of the Friendly Islands", "Legislative Assembly of Tonga", "New Zealand Defence Force"],
    calls=[call("c1", "A_E_ardern_sika_2019_09_12", [ARDERN, SIKA], "2019-09-12", caller=ARDERN),
           # "shortly after midnight, in the first minutes of Saturday in Nuku'alofa, while it was still Friday evening
           # in Canberra": about 11:00 UTC on Friday 13 September
           call("c2", "A_E_morrison_sika_2019_09_13", [MORRISON, SIKA], "2019-09-13", caller=MORRISON),
           call("c3", "A_E_reddy_tupou_2019_09_13", [REDDY, TUPOU], "2019-09-13", caller=REDDY),
           call("c4", "A_A_bainimarama_sika_2019_09_13", [BAINI, SIKA], "2019-09-13", status="attempted",
                caller=BAINI),
           call("c5", "A_P_tuilaepa_sika_2019_09_16", [TUILAEPA, SIKA], "2019-09-16", status="planned")],
    rb=[rb("c1", "RNZ Pacific", True), rb("c2", "Matangi Tonga", False)])

# 2609 Kazinform, Fri 2020-05-01: no date in the text ("today"), telegraphic headline
A["2609"] = dict(
    ents=[TOKAYEV, MIRZ, TILEU, KAMILOV, MAMIN, ARIPOV, "Umirzak Shukeyev",
          "Kazinform", "Khabar 24",
          "Kazakhstan", "Uzbekistan",
          "Akorda", "Ministry of Foreign Affairs (Uzbekistan)"],
    calls=[call("c1", "A_E_mirziyoyev_tokayev_2020_05_01", [MIRZ, TOKAYEV], "2020-05-01", caller=MIRZ),
           call("c2", "A_E_tileuberdi_kamilov_2020_05_01", [TILEU, KAMILOV], "2020-05-01"),
           call("c3", "A_P_mamin_aripov_video_2020_05_02", [MAMIN, ARIPOV], "2020-05-02", status="planned")],
    rb=[])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind27, part A): 10 articles written for this set (not real published text), each "
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
