#!/usr/bin/env python3
"""Build ../gold.json (blind58, part B) from the hand annotation below and the registry of names.

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


def self_rows(outlet, *cids):
    """The publisher (or the wire on another site) credited for every call of its article: never required."""
    return [rb(c, outlet, False) for c in cids]


A = {}
JAP, MIR, TOK, RAH, ALI, PAS, GBM = ("Sadyr Japarov", "Shavkat Mirziyoyev", "Kassym-Jomart Tokayev", "Emomali Rahmon",
                                     "Ilham Aliyev", "Nikol Pashinyan", "Gurbanguly Berdimuhamedov")
NUR, KUL = "Murat Nurtleu", "Zheenbek Kulubaev"
SHR, AOUN, SAL = "Ahmed al-Sharaa", "Joseph Aoun", "Nawaf Salam"
MEN, ABQ, SHA, KBS = "Michel Menassa", "Murhaf Abu Qasra", "Asaad al-Shaibani", "Khalid bin Salman"
NNN, HH, BOKO, LOU, MUT = ("Netumbo Nandi-Ndaitwah", "Hakainde Hichilema", "Duma Boko", "João Lourenço",
                           "Peter Mutharika")
ASH, BUT, HAM, MTO = "Selma Ashipala-Musavyi", "Phenyo Butale", "Clayson Hamasaka", "Reuben Mtolo Phiri"
CHI, SON, HM, PHU = "Pham Minh Chinh", "Sonexay Siphandone", "Hun Manet", "Phumtham Wechayachai"
RUB, BTS = "Marco Rubio", "Bui Thanh Son"

# cross-article events
MIR_JAP = "B_E_mirziyoyev_japarov_2024_12_06"   # 4990 ("The first call came in the morning from ... Mirziyoyev";
                                                # Telegram), 4992 ("first on the line, on the morning of the day
                                                # Japarov turned 56": a day told by an event)
TOK_JAP = "B_E_tokayev_japarov_2024_12_06"      # 4990 ("phoned a little before noon"), 4991 (Kazinform, "made a phone
                                                # call today" under the 6 December dateline, published the 7th,
                                                # "Zhaparov"), 4992 ("also called", in passing)
RAH_JAP = "B_E_rahmon_japarov_2024_12_06"       # 4990 ("also held a telephone conversation", no caller), 4992
                                                # ("Rahmon rang later that day": caller)
MEN_ABQ = "B_E_menassa_abuqasra_2025_03_17"     # 4993 (live blog 10:55 p.m., "spoke by telephone this evening", no
                                                # caller; the army's statement on X), 4994 (SANA, "received a phone call
                                                # yesterday evening from"; Telegram), 4995 (Q&A, "I called ... Marhaf
                                                # Abu Qasra on Monday evening")
SAL_SHA = "B_E_salam_shaibani_2025_03_17"       # 4993 ("this afternoon", no caller), 4994 ("in a phone call on Monday")
HH_NNN = "B_E_hichilema_nandindaitwah_2025_10_14"  # 4996 ("In the morning ... received a telephone call from"; NBC
                                                # aired a clip), 4997 ("yesterday telephoned"; Facebook)
HM_CHI = "B_E_hunmanet_chinh_2025_08_26"        # 4998 ("In the afternoon, Chinh held a phone conversation with Hun
                                                # Manet"; caller from the headline "Lao, Cambodian PMs call Vietnamese
                                                # PM"), 4999 ("called Chinh on Tuesday, the day after the storm struck")

# 4990 24.kg, Fri 2024-12-06: list of birthday calls from the presidential press service; no dateline, "today" (date
# only in the metadata)
A["4990"] = dict(
    ents=[JAP, MIR, TOK, RAH, ALI, PAS, GBM, "24.kg", "Telegram", "Kabar", "Halk Maslahaty", "Kyrgyzstan", "Uzbekistan",
          "Kazakhstan", "Tajikistan", "Azerbaijan", "Armenia", "Turkmenistan"],
    calls=[# "The first call came in the morning from Uzbek President Shavkat Mirziyoyev"
           call("c1", MIR_JAP, [MIR, JAP], "2024-12-06", caller=MIR),
           # "Kazakh President Kassym-Jomart Tokayev phoned a little before noon"
           call("c2", TOK_JAP, [TOK, JAP], "2024-12-06", caller=TOK),
           # "Japarov and Tajik President Emomali Rahmon also held a telephone conversation" (no caller)
           call("c3", RAH_JAP, [RAH, JAP], "2024-12-06"),
           # "In the afternoon, Azerbaijani President Ilham Aliyev called to congratulate Japarov"
           call("c4", "B_E_aliyev_japarov_2024_12_06", [ALI, JAP], "2024-12-06", caller=ALI),
           # "Pashinyan sent a congratulatory letter and is expected to call the Kyrgyz president later ... without
           # giving a date"
           call("c5", "B_P_pashinyan_japarov_2024_12", [PAS, JAP], None, status="planned", caller=PAS)],
    # "A photograph of Japarov holding the receiver ... was posted on the press service's Telegram channel" (c1);
    # "Kabar news agency reported Aliyev's call separately" (c4). The letter, Berdimuhamedov's message, "called on
    # government members" are not calls; "Subscribe to 24.kg on Telegram and WhatsApp" is furniture.
    rb=[rb("c1", "Telegram", True), rb("c4", "Kabar", True)])

# 4991 Kazinform, "ASTANA, December 6. KAZINFORM –", published Sat 2024-12-07 (metadata)
A["4991"] = dict(
    ents=[TOK, JAP, NUR, KUL, "Kazinform", "Akorda", "Kazakhstan", "Kyrgyzstan"],
    calls=[# "made a phone call today to President of the Kyrgyz Republic Sadyr Zhaparov" (the dateline's day)
           call("c1", TOK_JAP, [TOK, JAP], "2024-12-06", caller=TOK),
           # "Nurtleu discussed ... with Kyrgyz Foreign Minister Zheenbek Kulubaev by phone yesterday" (ministers; the day
           # before the 6 December dateline, "on the eve of the conversation")
           call("c2", "B_E_nurtleu_kulubaev_2024_12_05", [NUR, KUL], "2024-12-05")],
    # Kazinform is the publisher (dateline, "As Kazinform reported earlier"). The telegram, the Kazan meeting and the
    # planned consultations in Bishkek are not calls; "Follow Kazinform on Telegram, Instagram and X" is furniture.
    rb=self_rows("Kazinform", "c1", "c2"))

# 4992 Eurasianet feature, Mon 2024-12-16; URL blank
A["4992"] = dict(
    ents=[JAP, MIR, TOK, RAH, "Ainura Satybaldieva", "Bakyt Ormonov", "Eurasianet", "Asia-Plus", "Harriman Institute",
          "Kyrgyzstan", "Uzbekistan", "Kazakhstan", "Tajikistan"],
    calls=[# "Mirziyoyev was first on the line, on the morning of the day Japarov turned 56" ("His birthday on December 6")
           call("c1", MIR_JAP, [MIR, JAP], "2024-12-06", caller=MIR),
           # "Kazakhstan's Kassym-Jomart Tokayev also called"
           call("c2", TOK_JAP, [TOK, JAP], "2024-12-06", caller=TOK),
           # "Tajikistan's Emomali Rahmon rang later that day"
           call("c3", RAH_JAP, [RAH, JAP], "2024-12-06", caller=RAH),
           # Asia-Plus reported "that Rahmon and Japarov had spoken again by phone on the evening of December 10";
           # "Japarov's press service said ... that no such conversation had taken place"
           call("c4", "B_D_rahmon_japarov_2024_12_10", [RAH, JAP], "2024-12-10", status="denied")],
    # Asia-Plus carried the denied claim ("citing an unnamed official"). "called the report 'an invention'" and
    # "whether he would call his Tajik counterpart before the new year" (a question, no plan) are not calls.
    rb=[rb("c4", "Asia-Plus", True)])

# 4993 L'Orient Today live blog, Mon 2025-03-17 (Beirut time, newest first)
A["4993"] = dict(
    ents=[MEN, ABQ, SAL, SHA, AOUN, SHR, "L'Orient Today", "X", "Al-Akhbar", "Lebanese Army", "Grand Serail",
          "Hezbollah", "Lebanon", "Syria"],
    calls=[# 10:55 p.m. "Menassa and his Syrian counterpart Murhaf Abu Qasra spoke by telephone this evening" (no caller)
           call("c1", MEN_ABQ, [MEN, ABQ], "2025-03-17"),
           # 6:15 p.m. "Salam spoke by phone this afternoon with Syrian Foreign Minister Asaad al-Shaibani"
           call("c2", SAL_SHA, [SAL, SHA], "2025-03-17"),
           # 1:05 p.m. Al-Akhbar: "Damascus had asked on Sunday for a telephone conversation between ... al-Sharaa and
           # Aoun, and ... Baabda had declined" (a refused request: attempted, the requester is the caller)
           call("c3", "B_A_sharaa_aoun_2025_03_16", [SHR, AOUN], "2025-03-16", status="attempted", caller=SHR)],
    # "The army's statement, posted on X" (c1); Al-Akhbar "reported" the refused request (c3). "called for an end to
    # the shelling", Aoun's meeting at Baabda, "told our correspondent" are not calls.
    rb=[rb("c1", "X", True), rb("c3", "Al-Akhbar", True)])

# 4994 SANA, "Damascus, March 18, SANA –", Tue 2025-03-18: the Ministry of Defense's statement retold
A["4994"] = dict(
    ents=[ABQ, MEN, SHA, SAL, SHR, "SANA", "Telegram", "Hezbollah", "Syria", "Lebanon"],
    calls=[# "Abu Qasra received a phone call yesterday evening from his Lebanese counterpart Michel Menassa"
           call("c1", MEN_ABQ, [MEN, ABQ], "2025-03-17", caller=MEN),
           # "al-Shaibani discussed with Lebanese Prime Minister Nawaf Salam, in a phone call on Monday" (no caller)
           call("c2", SAL_SHA, [SHA, SAL], "2025-03-17")],
    # "In a statement published on the ministry's official Telegram channel" (c1). SANA is the publisher. al-Sharaa's
    # remarks are not a call.
    rb=[rb("c1", "Telegram", True)] + self_rows("SANA", "c1", "c2"))

# 4995 Annahar English, Thu 2025-03-20: transcript-like Q&A with Menassa, recorded Wednesday
A["4995"] = dict(
    ents=[MEN, ABQ, KBS, "Rami Khoury Haddad", "Annahar English", "LBCI", "Hezbollah", "Saudi Arabia"],
    calls=[# "I called Marhaf Abu Qasra on Monday evening, a little before eight"
           call("c1", MEN_ABQ, [MEN, ABQ], "2025-03-17", caller=MEN),
           # "Prince Khalid bin Salman called me on Monday morning, before I spoke with Damascus"
           call("c2", "B_E_khalidbinsalman_menassa_2025_03_17", [KBS, MEN], "2025-03-17", caller=KBS),
           # "I tried on Sunday night, after the first shells fell on Qasr, but the line did not go through"
           call("c3", "B_A_menassa_abuqasra_2025_03_16", [MEN, ABQ], "2025-03-16", status="attempted", caller=MEN)],
    # "I told LBCI the same thing on Tuesday: without that call, the evening call would have been harder": an interview
    # given to a named outlet, but what it disclosed is vague (the Saudi role, or the call): not required, tied to c2.
    # Annahar is the publisher. The planned meeting in Saudi Arabia is in person; "nobody will have to try twice" is
    # not a call.
    rb=[rb("c2", "LBCI", False), rb("c1", "Annahar English", False)])

# 4996 New Era, Wed 2025-10-15 ("Windhoek, Wednesday"): round-up of the President's calls on Tuesday
A["4996"] = dict(
    ents=[NNN, HH, BOKO, LOU, ASH, BUT, "Festus Nghifitikeko", "New Era", "Namibian Broadcasting Corporation",
          "State House", "African Union", "Namibia", "Zambia", "Botswana", "Angola"],
    calls=[# "In the morning the head of state received a telephone call from Zambian President Hakainde Hichilema"
           call("c1", HH_NNN, [HH, NNN], "2025-10-14", caller=HH),
           # "In the afternoon she spoke by phone with Botswana President Duma Boko" (no caller)
           call("c2", "B_E_nandindaitwah_boko_2025_10_14", [NNN, BOKO], "2025-10-14"),
           # "will speak with Angolan President João Lourenço by telephone on Friday" (17 October)
           call("c3", "B_P_nandindaitwah_lourenco_2025_10_17", [NNN, LOU], "2025-10-17", status="planned"),
           # "On Monday, ... Ashipala-Musavyi held a video call with her Botswana counterpart, Phenyo Butale" (ministers)
           call("c4", "B_E_ashipalamusavyi_butale_2025_10_13", [ASH, BUT], "2025-10-13")],
    # "The Namibian Broadcasting Corporation (NBC) aired a short clip of the President taking the call" (c1). "later
    # told journalists", "Every president calls every president" and the planned Lusaka trip are not calls.
    rb=[rb("c1", "Namibian Broadcasting Corporation", True)])

# 4997 Lusaka Times (ZANIS), Wed 2025-10-15: telegraphic headline, short brief, "ZANIS" sign-off; URL blank
A["4997"] = dict(
    ents=[HH, NNN, MUT, HAM, MTO, "Facebook", "The Mast", "ZANIS", "State House", "SADC", "Namibia", "Malawi", "Zambia"],
    calls=[# "President Hakainde Hichilema yesterday telephoned Namibian President Netumbo Nandi-Ndaitwah"
           call("c1", HH_NNN, [HH, NNN], "2025-10-14", caller=HH),
           # The Mast: "Mutharika of Malawi had called Mr Hichilema on Monday"; State House: "had not spoken on Monday"
           call("c2", "B_D_mutharika_hichilema_2025_10_13", [MUT, HH], "2025-10-13", status="denied", caller=MUT)],
    # "said in a post on his Facebook page" (c1); "a report in The Mast newspaper" (c2). ZANIS is the wire credit.
    rb=[rb("c1", "Facebook", True), rb("c2", "The Mast", True), rb("c1", "ZANIS", False)])

# 4998 VnExpress International, Tue 2025-08-26 (the outlet is not named in the text)
A["4998"] = dict(
    ents=[SON, HM, CHI, RUB, BTS, "Hoang Phuong", "Vietnam News Agency", "Laos", "Cambodia", "Vietnam", "United States"],
    calls=[# "Sonexay phoned Chinh on Tuesday morning"
           call("c1", "B_E_sonexay_chinh_2025_08_26", [SON, CHI], "2025-08-26", caller=SON),
           # "In the afternoon, Chinh held a phone conversation with Hun Manet"; the headline "Lao, Cambodian PMs call
           # Vietnamese PM" names Hun Manet as a caller
           call("c2", HM_CHI, [HM, CHI], "2025-08-26", caller=HM),
           # "Rubio phoned ... Bui Thanh Son at 9 p.m. on Monday Washington time, or 8 a.m. Tuesday in Hanoi": 01:00 UTC
           # on Tuesday 26 August (ministers)
           call("c3", "B_E_rubio_buithanhson_2025_08_26", [RUB, BTS], "2025-08-26", caller=RUB)],
    # "the state-run Vietnam News Agency reported" (c1). The Ministry of Foreign Affairs is not an outlet; Chinh's
    # "online meeting with coastal provinces" names no one else; the related links are furniture.
    rb=[rb("c1", "Vietnam News Agency", True)])

# 4999 Khmer Times, Thu 2025-08-28; title blank in metadata
A["4999"] = dict(
    ents=[HM, CHI, SON, PHU, "Neth Pheaktra", "Khmer Times", "Facebook", "Agence Kampuchea Presse", "ASEAN",
          "General Border Committee", "Cambodia", "Vietnam", "Laos", "Thailand"],
    calls=[# "Samdech Thipadei called Chinh on Tuesday, the day after the storm struck the coast"
           call("c1", HM_CHI, [HM, CHI], "2025-08-26", caller=HM),
           # "also spoke with Lao Prime Minister Sonexay Siphandone on Wednesday" (no phone stated): not required
           call("c2", "B_E_hunmanet_sonexay_2025_08_27", [HM, SON], "2025-08-27", required=False),
           # "Phnom Penh had asked earlier this month for a telephone conversation between Hun Manet and Thailand's
           # acting Prime Minister Phumtham Wechayachai ... Bangkok declined the request" (no day)
           call("c3", "B_A_hunmanet_phumtham_2025_08", [HM, PHU], None, status="attempted", caller=HM)],
    # "Hun Manet wrote on his Facebook page after the call" (c1); "Agence Kampuchea Presse (AKP) also carried the
    # government's readout" (c1, named once at the end). "Follow Khmer Times on Telegram" is furniture.
    rb=[rb("c1", "Facebook", True), rb("c1", "Agence Kampuchea Presse", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind58, part B): 10 articles written for this set (not real published text), "
        "each about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, telegrams or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; planned, attempted and denied calls are events "
        "of their own (one status per event). Dates are resolved against the publication date, or the dateline "
        "where the text anchors to it (4991 'today' under the 6 December dateline, published on the 7th); "
        "where local dates differ across time zones, the UTC date of the call (Rubio-Bui Thanh Son, 4998). See README.md."),
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
