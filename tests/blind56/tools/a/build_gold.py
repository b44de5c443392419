#!/usr/bin/env python3
"""Build ../gold.json (blind56, part A) from the hand annotation below and the registry of names.

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
CHR, MIT, SAN, ABD, VDL = "Nikos Christodoulides", "Kyriakos Mitsotakis", "Pedro Sánchez", "Abdullah II", \
    "Ursula von der Leyen"
KOM, GER, KEF, HAR = "Constantinos Kombos", "Giorgos Gerapetritis", "Giannis Kefalogiannis", "Marios Hartsiotis"
MAR, ANW, PRA, ALB, MAN, WONG, IWA, HASAN = "Ferdinand Marcos Jr.", "Anwar Ibrahim", "Prabowo Subianto", \
    "Anthony Albanese", "Enrique Manalo", "Penny Wong", "Takeshi Iwaya", "Mohamad Hasan"
SEG, RH, FEL, LULA, VEN, MRS, XAN = "António José Seguro", "José Ramos-Horta", "Felipe VI", \
    "Luiz Inácio Lula da Silva", "André Ventura", "Marcelo Rebelo de Sousa", "Xanana Gusmão"
ABIY, TAMIM, KIIR, BURHAN, GED, KHU = "Abiy Ahmed", "Tamim bin Hamad Al Thani", "Salva Kiir", \
    "Abdel Fattah al-Burhan", "Gedion Timothewos", "Mohammed bin Abdulaziz Al-Khulaifi"
MARAPE, LUXON, SUG, PET, HADI = "James Marape", "Christopher Luxon", "Sugiono", "Winston Peters", "Prasetyo Hadi"

# cross-article events (5, all occurred and required)
MIT_CHR = "A_E_mitsotakis_christodoulides_2025_07_23"
# 4940 (Cyprus Mail live blog, Thu 24 Jul, 08:15 entry): "rang Christodoulides late last night" (caller Mitsotakis).
# 4941 (Kathimerini feature, Thu 31 Jul): "On the night the fire broke out" (the fire "broke out ... on the afternoon of
# July 23"), "telephoned Cypriot President Nicos Christodoulides" (caller Mitsotakis; told ERT in an interview).
# 4942 (in-cyprus brief, Thu 24 Jul, no date in the text): "had rung the president on Wednesday night" (in passing).
SAN_CHR = "A_E_sanchez_christodoulides_2025_07_24"
# 4940 17:55: "Christodoulides and Sánchez held a telephone conversation this afternoon" (no caller); his X post quoted in
# the 18:20 entry. 4942: "Sánchez called President Nikos Christodoulides this afternoon" (caller Sánchez; "Europa Press
# first reported the call, citing sources at the Moncloa").
ANW_MAR = "A_E_anwar_marcos_2024_10_25"
# 4943 (PNA, Sat 26 Oct): "received a phone call from ... Anwar Ibrahim on Friday" (the PCO readout: "Friday
# afternoon"). 4944 (Malay Mail/Bernama "PUTRAJAYA, Oct 25"): "today telephoned" (caller Anwar; Facebook post).
RH_SEG = "A_E_ramoshorta_seguro_2026_02_08"
# 4945 (Lusa "Lisbon, 9 Feb 2026"): "called shortly after 9 p.m. on Sunday, when it was already Monday morning in Dili"
# (21:00 Lisbon = 21:00 UTC, Sunday 8 Feb). 4946 (TATOLI "DILI, 9 February 2026"): "at around 6 a.m. on Monday, Dili
# time" (UTC+9: 21:00 UTC on Sunday 8 Feb). The event date is the UTC date (blindset convention); Dili's local date is 9 Feb.
ALB_PRA = "A_E_albanese_prabowo_2025_11_29"
# 4948 (Antara, Sun 30 Nov, no date in the text): "received a telephone call from ... Albanese yesterday evening" (caller
# Albanese; the Presidential Secretariat's Instagram). 4949 (RN Breakfast transcript, Mon 1 Dec): "Prime Minister Albanese
# spoke with President Prabowo on Saturday night" (no caller).

# 4940 Cyprus Mail, Thu 2025-07-24: live blog (newest first)
A["4940"] = dict(
    ents=[CHR, MIT, SAN, ABD, VDL, "Konstantinos Letymbiotis", KOM, GER,
          "Cyprus Mail", "X", "CyBC", "Petra",
          "Spain", "Greece", "Jordan", "Cyprus",
          "European Commission"],
    calls=[call("c1", MIT_CHR, [MIT, CHR], "2025-07-23", caller=MIT),
           # 13:40: "King Abdullah II of Jordan telephoned Christodoulides at around midday" (caller the king)
           call("c2", "A_E_abdullah_christodoulides_2025_07_24", [ABD, CHR], "2025-07-24", caller=ABD),
           call("c3", SAN_CHR, [CHR, SAN], "2025-07-24"),
           # ministers, 15:30: "had a phone call with his Greek counterpart ... shortly after lunch" (no caller)
           call("c4", "A_E_kombos_gerapetritis_2025_07_24", [KOM, GER], "2025-07-24"),
           # 20:05: "would speak by phone with ... von der Leyen on Friday morning" (= Jul 25)
           call("c5", "A_P_christodoulides_vonderleyen_2025_07_25", [CHR, VDL], "2025-07-25", status="planned")],
    # "several called the evacuation order"; the share bar is page furniture; Cyprus Mail is the publisher
    rb=[rb("c2", "CyBC", True), rb("c2", "Petra", True), rb("c3", "X", True)])

# 4941 Kathimerini English Edition, Thu 2025-07-31: feature, calls in passing
A["4941"] = dict(
    ents=[MIT, CHR, KEF, HAR, "Stavroula Kondyli-Marsh",
          "ERT", "Kathimerini English Edition",
          "Greece", "Cyprus", "Italy", "Spain",
          "European Union"],
    calls=[call("c1", MIT_CHR, [MIT, CHR], "2025-07-23", caller=MIT),
           # ministers: "The following morning, ... Kefalogiannis spoke by phone with Marios Hartsiotis" (= Jul 24)
           call("c2", "A_E_kefalogiannis_hartsiotis_2025_07_24", [KEF, HAR], "2025-07-24")],
    # "Opposition parties have called the arrangement a gamble"; "ministers spend much of July on the phone" (no call)
    rb=[rb("c1", "ERT", True)])

# 4942 in-cyprus, Thu 2025-07-24: telegraphic headline, short brief; no date in the text; URL blank
A["4942"] = dict(
    ents=[SAN, CHR, MIT,
          "Europa Press",
          "Spain", "Greece", "Jordan", "Cyprus",
          "Moncloa", "European Commission", "AKEL", "Red Cross"],
    calls=[call("c1", SAN_CHR, [SAN, CHR], "2025-07-24", caller=SAN),
           call("c2", MIT_CHR, [MIT, CHR], "2025-07-23", caller=MIT)],
    # "AKEL has called for an independent inquiry"; "the district administration's hotline"; "Follow in-cyprus on
    # Facebook and Instagram" is page furniture
    rb=[rb("c1", "Europa Press", True)])

# 4943 Philippine News Agency, Sat 2024-10-26: the PCO readout reposted
A["4943"] = dict(
    ents=[MAR, ANW, PRA, MAN, WONG, IWA, ALB, "Marites Dizon-Abrenica",
          "Antara", "Philippine News Agency",
          "Philippines", "Malaysia", "Indonesia", "Australia", "Japan",
          "Presidential Communications Office", "ASEAN", "Department of Foreign Affairs (Philippines)",
          "National Disaster Risk Reduction and Management Council"],
    calls=[call("c1", ANW_MAR, [ANW, MAR], "2024-10-25", caller=ANW),
           # "Prabowo Subianto also called Marcos on Thursday evening" (= Oct 24); "Antara first reported that conversation"
           call("c2", "A_E_prabowo_marcos_2024_10_24", [PRA, MAR], "2024-10-24", caller=PRA),
           # ministers: "took part in a video call on Friday night with ... Wong and ... Iwaya" (no caller)
           call("c3", "A_E_manalo_wong_iwaya_2024_10_25", [MAN, WONG, IWA], "2024-10-25"),
           # "is also expected to speak by phone with ... Albanese early next week" (null)
           call("c4", "A_P_marcos_albanese_2024_10", [MAR, ALB], None, status="planned")],
    # "Marcos ... called the volume of rain"; "called on local government units"; "(PNA)" is the publisher
    rb=[rb("c2", "Antara", True)])

# 4944 Malay Mail (Bernama), Fri 2024-10-25: wire "PUTRAJAYA, Oct 25 —", "— BERNAMA"
A["4944"] = dict(
    ents=[ANW, MAR, HASAN, MAN,
          "Facebook", "Bernama",
          "Malaysia", "Philippines",
          "Wisma Putra", "ASEAN", "National Disaster Management Agency (Malaysia)"],
    calls=[call("c1", ANW_MAR, [ANW, MAR], "2024-10-25", caller=ANW),
           # ministers: "would hold a telephone conversation with ... Manalo, on Monday" (= Oct 28)
           call("c2", "A_P_hasan_manalo_2024_10_28", [HASAN, MAN], "2024-10-28", status="planned")],
    # "has repeatedly called on ASEAN members"; Bernama is the wire credit on Malay Mail's site
    rb=[rb("c1", "Facebook", True), rb("c1", "Bernama", False)])

# 4945 Portugal Resident (Lusa), Mon 2026-02-09: list of congratulation calls, "Lisbon, 9 Feb 2026 (Lusa) –"
A["4945"] = dict(
    ents=[SEG, SAN, RH, FEL, LULA, "Sergio Mattarella", "António Costa", VEN, MRS, "Luís Montenegro",
          "X", "SIC Notícias", "CNN Portugal", "Lusa", "Portugal Resident",
          "Portugal", "Spain", "Timor-Leste", "Brazil", "Italy",
          "Chega", "Zarzuela Palace", "Planalto Palace"],
    calls=[# "telephoned Seguro on the night of the run-off" (Sunday 8 Feb); X post in the next sentence
           call("c1", "A_E_sanchez_seguro_2026_02_08", [SAN, SEG], "2026-02-08", caller=SAN),
           call("c2", RH_SEG, [RH, SEG], "2026-02-08", caller=RH),
           # "King Felipe VI of Spain telephoned the president-elect this morning" (= Feb 9); SIC Notícias showed images
           call("c3", "A_E_felipe_seguro_2026_02_09", [FEL, SEG], "2026-02-09", caller=FEL),
           # "Lula ... and Seguro spoke by phone in the late morning" (= Feb 9, no caller)
           call("c4", "A_E_lula_seguro_2026_02_09", [LULA, SEG], "2026-02-09"),
           # "told CNN Portugal that he had tried to phone Seguro on Sunday night ... had not gone through"
           call("c5", "A_A_ventura_seguro_2026_02_08", [VEN, SEG], "2026-02-08", status="attempted", caller=VEN)],
    # Mattarella and Costa "sent written messages"; Montenegro "met" Seguro (in person) and "called the result";
    # Lusa is the wire credit on Portugal Resident's site
    rb=[rb("c1", "X", True), rb("c3", "SIC Notícias", True), rb("c5", "CNN Portugal", True),
        rb("c2", "Lusa", False)])

# 4946 TATOLI, Mon 2026-02-09: wire "DILI, 9 February 2026 (TATOLI) –"; title blank in the metadata
A["4946"] = dict(
    ents=[RH, SEG, MRS, XAN, "Nelia Soares-Belo", "Armandina da Costa Mau",
          "Lusa", "Radio-Televisão Timor-Leste", "TATOLI",
          "Timor-Leste", "Portugal",
          "Presidency of the Republic (Timor-Leste)", "ASEAN", "Office of the Prime Minister (Timor-Leste)"],
    calls=[call("c1", RH_SEG, [RH, SEG], "2026-02-08", caller=RH),
           # "Later on Monday, the President also called ... Marcelo Rebelo de Sousa" (= Feb 9)
           call("c2", "A_E_ramoshorta_rebelodesousa_2026_02_09", [RH, MRS], "2026-02-09", caller=RH),
           # "Xanana Gusmão will telephone Seguro in the coming days" (null; caller Xanana)
           call("c3", "A_P_xanana_seguro_2026_02", [XAN, SEG], None, status="planned", caller=XAN)],
    # "told Lusa that the call lasted"; RTTL "aired a short recording of the President speaking about the
    # conversation"; the written message is not a call; "opposition deputies called on the government"
    rb=[rb("c1", "Lusa", True), rb("c1", "Radio-Televisão Timor-Leste", True)])

# 4947 Ethiopian News Agency, Wed 2025-09-10: round-up of one day's calls; outlet blank in the metadata
A["4947"] = dict(
    ents=[ABIY, TAMIM, KIIR, GED, KHU, BURHAN,
          "Sudan Tribune", "Qatar News Agency", "Ethiopian News Agency",
          "Ethiopia", "Qatar", "South Sudan", "Sudan",
          "Office of the Prime Minister (Ethiopia)", "Transitional Sovereignty Council"],
    calls=[# "The Emir ... called Prime Minister Abiy this morning"; QNA "also reported the Emir's call" (last paragraph)
           call("c1", "A_E_tamim_abiy_2025_09_10", [TAMIM, ABIY], "2025-09-10", caller=TAMIM),
           # "In the afternoon, ... Salva Kiir Mayardit dialled Prime Minister Abiy"
           call("c2", "A_E_kiir_abiy_2025_09_10", [KIIR, ABIY], "2025-09-10", caller=KIIR),
           # ministers: "held a phone conversation with ... Al-Khulaifi" "Also today"
           call("c3", "A_E_gedion_alkhulaifi_2025_09_10", [GED, KHU], "2025-09-10"),
           # Sudan Tribune's report that Abiy "had telephoned ... al-Burhan on Tuesday night" (= Sep 9): "No such call took
           # place" (denied; the claimed caller Abiy)
           call("c4", "A_D_abiy_burhan_2025_09_09", [ABIY, BURHAN], "2025-09-09", status="denied", caller=ABIY)],
    # "Abiy has called the project a 'shared heritage'"; ENA is the publisher
    rb=[rb("c1", "Qatar News Agency", True), rb("c4", "Sudan Tribune", True)])

# 4948 ANTARA News, Sun 2025-11-30: "Jakarta (ANTARA) -", no date in the text
A["4948"] = dict(
    ents=[PRA, ALB, HADI, MARAPE, "Anutin Charnvirakul", "Rizky Mahendra-Utomo", "Dewi Kartikasari",
          "Instagram", "Post-Courier", "Antara",
          "Indonesia", "Australia", "Papua New Guinea", "Thailand",
          "Presidential Secretariat (Indonesia)", "National Disaster Management Agency (Indonesia)"],
    calls=[call("c1", ALB_PRA, [ALB, PRA], "2025-11-29", caller=ALB),
           # "A day earlier, on Friday, Prabowo had also received a call from ... Marape" (= Nov 28); the Post-Courier
           # "had learned of that call"
           call("c2", "A_E_marape_prabowo_2025_11_28", [MARAPE, PRA], "2025-11-28", caller=MARAPE),
           # "is scheduled to speak by phone with ... Anutin Charnvirakul on Monday" (= Dec 1); corrected after hashing from
           # Anwar Ibrahim, because blind53 A's 4883/4884 tell Anwar -> Prabowo on Saturday 29 Nov
           call("c3", "A_P_prabowo_anutin_2025_12_01", [PRA, "Anutin Charnvirakul"], "2025-12-01", status="planned")],
    # "called on regional heads"; "has not declared" a national disaster; ANTARA is the publisher
    rb=[rb("c1", "Instagram", True), rb("c2", "Post-Courier", True)])

# 4949 ABC Radio National (RN Breakfast), Mon 2025-12-01: transcript-like Q&A; URL blank
A["4949"] = dict(
    ents=[WONG, ALB, PRA, SUG, LUXON, PET, "Callum Ferrabee-Nguyen",
          "ABC Radio National",
          "Indonesia", "New Zealand", "Malaysia", "Thailand",
          "ASEAN", "Smartraveller"],
    calls=[call("c1", ALB_PRA, [ALB, PRA], "2025-11-29"),
           # ministers: "I also had a phone call with Foreign Minister Sugiono yesterday afternoon" (= Nov 30)
           call("c2", "A_E_wong_sugiono_2025_11_30", [WONG, SUG], "2025-11-30"),
           # "Prime Minister Albanese and Prime Minister Luxon had a phone call last week" (null)
           call("c3", "A_E_albanese_luxon_2025_11_lastweek", [ALB, LUXON], None),
           # ministers: "Winston and I are due to talk by phone tonight, New Zealand time" (= Dec 1)
           call("c4", "A_P_wong_peters_2025_12_01", [WONG, PET], "2025-12-01", status="planned")],
    # "I'd call on anyone"; "Some aid groups have called the response ... slow"; the ABC is the publisher
    rb=[])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind56, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government, kings, an emir and ministers, with plausible invented calls. Hand "
        "annotation in the format of seeds-gold.json. Calls are voice or video calls only (not in-person meetings, letters "
        "or messages). 'required' items are stated plainly in the text and count for recall; required=false items are "
        "accepted but not demanded. 'event' ties mentions of the same real-world call across articles; a planned call and "
        "the call that later took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline where the text anchors to it (4944, 4945, 4946, 4947), or the day the text "
        "anchors to (4941: the night the fire broke out, the following morning); where local dates differ across time "
        "zones, the event date is the UTC date of the call (4945/4946). See README.md."),
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
