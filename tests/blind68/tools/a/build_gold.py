#!/usr/bin/env python3
"""Build ../gold.json (blind68, part A) from the hand annotation below and the registry of names.

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
PAZ, PENA, QUI, ARCE, LULA, JERI, NOB, MIL = "Rodrigo Paz", "Santiago Peña", "Jorge Quiroga", "Luis Arce", \
    "Luiz Inácio Lula da Silva", "José Jerí", "Daniel Noboa", "Javier Milei"
TOK, HAI, TAM, JAP, SKH, MBA, KOB, BOR, MBZ = "Kassym-Jomart Tokayev", "Haitham bin Tarik", "Tamim bin Hamad Al Thani", \
    "Sadyr Japarov", "Sabah Khalid Al-Hamad Al-Sabah", "Mohammed bin Abdulrahman bin Jassim Al Thani", "Irakli Kobakhidze", \
    "Gabriel Boric", "Mohamed bin Zayed Al Nahyan"
ZELA, NUR, BADR, SYB, BOT, BAY, RUB, VIE, ARA, ABZ = "Hugo de Zela", "Murat Nurtleu", "Badr bin Hamad Albusaidi", \
    "Andrii Sybiha", "Maka Botchorishvili", "Jeyhun Bayramov", "Marco Rubio", "Mauro Vieira", "Fernando Aramayo", \
    "Abdullah bin Zayed Al Nahyan"

# cross-article events
PENA_PAZ = "A_E_pena_paz_2025_10_19"
# 5180 (live blog, date only in metadata, 19:50 La Paz = 23:50 UTC): "has already phoned the winner" (caller Peña);
# Unitel "aired" footage; Paz's X post quoted two entries later. 5181 (MercoPress, Tue Oct 21): "Peña telephoned Paz on
# Sunday night". 5183 (feature, Nov 12, in passing): "phoned Paz on the night of the October 19 runoff"; ABC Color
# interview.
JERI_PAZ = "A_E_jeri_paz_2025_10_20"
# 5181: "On Monday ... Jose Jeri called Paz in the morning" (no accents); ABI published the transition office's
# statement. 5182 (Andina, "Lima, Oct. 21"): "yesterday", "The Peruvian head of state placed the call"; X post.
HAI_TOK = "A_E_haitham_tokayev_2025_02_12"
# 5184 (Kazinform, Wed Feb 12): "on Wednesday", "at the initiative of the Omani side"; Akorda's Telegram channel.
# 5185 (Times of Oman (ONA), "Muscat, Feb 13"): "made a phone call yesterday"; "The Oman News Agency said".

# 5180 The Rio Times, live blog of the Bolivian runoff night, Sun 2025-10-19 (times La Paz, no date in the text)
A["5180"] = dict(
    ents=[PAZ, PENA, QUI, ARCE, LULA, "Geraldo Alckmin", "Thiago Wendling Arruda",
          "The Rio Times", "Unitel", "X",
          "Bolivia", "Paraguay", "Brazil", "Christian Democratic Party"],
    calls=[call("c1", PENA_PAZ, [PENA, PAZ], "2025-10-19", caller=PENA),
           # 21:30 he would "talk tomorrow with Vice President Geraldo Alckmin" -> planned, Oct 20, no caller
           call("c2", "A_P_paz_alckmin_2025_10_20", [PAZ, "Geraldo Alckmin"], "2025-10-20", status="planned")],
    # Unitel "aired" the footage of Paz on the call: required. X: Paz's post thanking Peña "the first to call": required.
    # Traps: Quiroga "stops short of conceding"; analysts "told The Rio Times" (markets, not a call); the share bar.
    rb=[rb("c1", "Unitel", True), rb("c1", "X", True)])

# 5181 MercoPress, Tue 2025-10-21: round-up of congratulation calls to the president-elect
A["5181"] = dict(
    ents=[PAZ, PENA, QUI, JERI, LULA, "Geraldo Alckmin", NOB, BOR, ARCE, "Evo Morales", "Jaime Paz Zamora",
          "MercoPress", "ABI",
          "Bolivia", "Paraguay", "Peru", "Brazil", "Ecuador", "Chile", "United States",
          "Movement for Socialism"],
    calls=[call("c1", PENA_PAZ, [PENA, PAZ], "2025-10-19", caller=PENA),
           call("c2", JERI_PAZ, [JERI, PAZ], "2025-10-20", caller=JERI),
           # "Also on Monday, Paz spoke by phone with Brazil's Vice President Geraldo Alckmin, on behalf of Lula da Silva":
           # held, a different event from 5180's plan; Lula is not a participant
           call("c3", "A_E_paz_alckmin_2025_10_20", [PAZ, "Geraldo Alckmin"], "2025-10-20"),
           # "Noboa and Paz held a conversation late on Monday afternoon ... without giving details of who had initiated it"
           call("c4", "A_E_noboa_paz_2025_10_20", [NOB, PAZ], "2025-10-20"),
           # Boric "has not yet spoken with him ... a call was 'being arranged'" -> planned, null, not required (doubtful)
           call("c5", "A_P_boric_paz_2025_10", [BOR, PAZ], None, status="planned", required=False)],
    # ABI published the statement describing the Jerí call: required. Traps: Boric "congratulated Paz on social media";
    # Arce's offered briefing; "Quito's communication secretariat said" (no outlet); the Related teasers.
    rb=[rb("c2", "ABI", True), rb("c1", "MercoPress", False)])

# 5182 Andina, Tue 2025-10-21: telegraphic headline, "Lima, Oct. 21 (ANDINA).", URL blank in metadata
A["5182"] = dict(
    ents=[JERI, PAZ, PENA, ZELA, "Dina Boluarte",
          "Andina", "X", "TV Perú",
          "Peru", "Bolivia", "Paraguay", "Andean Community"],
    calls=[call("c1", JERI_PAZ, [JERI, PAZ], "2025-10-20", caller=JERI),
           # "would speak by telephone in the coming days with Paraguay's President Santiago Peña" -> planned, null
           call("c2", "A_P_jeri_pena_2025_10", [JERI, PENA], None, status="planned")],
    # X: Jerí's post about the call: required. Andina: the publisher (dateline), not required. TV Perú carried de Zela's
    # statements about consulates, not a call: Outlet entity with no call. Traps: binational cabinet, invitation to Lima.
    rb=[rb("c1", "X", True), rb("c1", "Andina", False)])

# 5183 The Brazilian Report, Wed 2025-11-12: feature from El Alto, calls in passing
A["5183"] = dict(
    ents=[PAZ, PENA, ARCE, LULA, "Marina Espíndola Vasconcelos", "Wilfredo Choque",
          "ABC Color", "The Brazilian Report",
          "Bolivia", "Paraguay", "Brazil", "Movement for Socialism", "YPFB", "Itamaraty"],
    calls=[call("c1", PENA_PAZ, [PENA, PAZ], "2025-10-19", caller=PENA),
           # "In September, Arce's office sought a phone call with President Lula ... never scheduled": attempted, null;
           # the request came from Arce's office, not from Arce in person -> not required (doubtful), Arce as requester
           call("c2", "A_A_arce_lula_2025_09", [ARCE, LULA], None, status="attempted", caller=ARCE, required=False)],
    # ABC Color: Peña's interview about the call: required. The Brazilian Report: "Two diplomats told The Brazilian
    # Report" (self, about relations in general). Traps: "Let them talk to whoever they want"; subscription line.
    rb=[rb("c1", "ABC Color", True)])

# 5184 Kazinform, Wed 2025-02-12: Akorda readout reposted, "ASTANA. KAZINFORM –"
A["5184"] = dict(
    ents=[TOK, HAI, NUR, BADR,
          "Kazinform", "Telegram",
          "Kazakhstan", "Oman", "Akorda"],
    calls=[call("c1", HAI_TOK, [HAI, TOK], "2025-02-12", caller=HAI),
           # ministers: "held a phone call last week" -> null
           call("c2", "A_E_nurtleu_albusaidi_2025_02", [NUR, BADR], None)],
    # Telegram (Akorda's channel, "first published"): required. Kazinform: the publisher. Traps: the Sultan's past visit
    # to Astana; the invitation to the forum; "Follow Kazinform on Telegram, WhatsApp and X" (furniture).
    rb=[rb("c1", "Telegram", True), rb("c1", "Kazinform", False)])

# 5185 Times of Oman (ONA), Thu 2025-02-13: "Muscat, Feb 13 (ONA) –", ONA honorifics
A["5185"] = dict(
    ents=[HAI, TOK, BADR, SYB,
          "Oman News Agency", "X", "Times of Oman",
          "Oman", "Kazakhstan", "Ukraine"],
    calls=[call("c1", HAI_TOK, [HAI, TOK], "2025-02-12", caller=HAI),
           # "In a separate call today, ... received a phone call from Andrii Sybiha" -> Feb 13 (the dateline)
           call("c2", "A_E_sybiha_albusaidi_2025_02_13", [SYB, BADR], "2025-02-13", caller=SYB)],
    # "The Oman News Agency said the Sultan's call ... lasted more than half an hour": required. X: Sybiha's post thanks
    # Oman but does not mention the call -> not required (doubtful). Traps: the MoUs of the visit to Astana.
    rb=[rb("c1", "Oman News Agency", True), rb("c2", "X", False)])

# 5186 Gulf Times, Fri 2025-12-19: list of National Day congratulation calls, "yesterday" = Dec 18; title blank in metadata
A["5186"] = dict(
    ents=[TAM, JAP, PENA, SKH, MBA, SYB,
          "Kabar", "Qatar News Agency", "Gulf Times",
          "Qatar", "Kyrgyzstan", "Paraguay", "Kuwait", "Ukraine", "GCC"],
    calls=[call("c1", "A_E_japarov_tamim_2025_12_18", [JAP, TAM], "2025-12-18", caller=JAP),
           call("c2", "A_E_pena_tamim_2025_12_18", [PENA, TAM], "2025-12-18", caller=PENA),
           call("c3", "A_E_sabahkhalid_tamim_2025_12_18", [SKH, TAM], "2025-12-18", caller=SKH),
           # "In a separate call on the same day, HE the Prime Minister ... received a phone call from ... Sybiha"
           call("c4", "A_E_sybiha_mbajassim_2025_12_18", [SYB, MBA], "2025-12-18", caller=SYB)],
    # Kabar "carried a readout of the call": required. QNA reported the Sybiha call: required. Gulf Times is the
    # publisher. Traps: the Amir of Kuwait unnamed (a message through the Crown Prince); cables are not calls.
    rb=[rb("c1", "Kabar", True), rb("c4", "Qatar News Agency", True)])

# 5187 Agenda.ge, Wed 2025-05-14: transcript-like Q&A with the Foreign Minister
A["5187"] = dict(
    ents=[BOT, BAY, KOB, RUB, NUR,
          "Formula TV", "Agenda.ge",
          "Georgia", "Azerbaijan", "United States", "Kazakhstan", "United Arab Emirates"],
    calls=[# "I had a telephone conversation yesterday with Jeyhun Bayramov. It was his call" -> May 13, caller Bayramov
           call("c1", "A_E_bayramov_botchorishvili_2025_05_13", [BAY, BOT], "2025-05-13", caller=BAY),
           # Formula TV: Kobakhidze "spoke by phone last week with ... Rubio" / "no such conversation took place"
           call("c2", "A_D_kobakhidze_rubio_2025_05", [KOB, RUB], None, status="denied"),
           # "I will speak by phone with my Kazakh colleague, Murat Nurtleu, on Friday" -> planned, May 16
           call("c3", "A_P_botchorishvili_nurtleu_2025_05_16", [BOT, NUR], "2025-05-16", status="planned")],
    # Formula TV carried the denied claim ("citing sources in the government"): required. Traps: "I am not going to
    # invent phone calls"; "Those who call our policy isolationist"; "working contacts through our embassy".
    rb=[rb("c2", "Formula TV", True)])

# 5188 Agência Brasil, Fri 2025-12-05: "Thursday afternoon (4)", video conference of four presidents
A["5188"] = dict(
    ents=[LULA, PENA, PAZ, BOR, VIE, ARA, "Renata Cordeiro Lustosa", "Denise Tavares Griebeler",
          "Canal Gov", "YouTube", "Agência Brasil",
          "Brazil", "Paraguay", "Bolivia", "Chile", "Argentina", "Planalto Palace"],
    calls=[# "held a video conference ... with" three presidents: host is not a caller
           call("c1", "A_E_lula_pena_paz_boric_video_2025_12_04", [LULA, PENA, PAZ, BOR], "2025-12-04"),
           # ministers: "on Wednesday (3), ... Vieira spoke by telephone with ... Aramayo"
           call("c2", "A_E_vieira_aramayo_2025_12_03", [VIE, ARA], "2025-12-03")],
    # Canal Gov showed the video conference live: required. YouTube, the platform the channel is on: not required
    # (doubtful). Agência Brasil: the publisher.
    rb=[rb("c1", "Canal Gov", True), rb("c1", "YouTube", False)])

# 5189 Khaleej Times (WAM), Wed 2025-06-11: short brief, "ABU DHABI, 11th June, 2025 (WAM) --"
A["5189"] = dict(
    ents=[MBZ, LULA, ABZ, VIE,
          "WAM", "Agência Brasil", "Khaleej Times",
          "United Arab Emirates", "Brazil", "Secretariat of Social Communication"],
    calls=[# 10:40 pm Tuesday Brasília time = 01:40 UTC Wednesday -> 2025-06-11 (UTC convention); "received a phone call from"
           call("c1", "A_E_lula_mbz_2025_06_11", [LULA, MBZ], "2025-06-11", caller=LULA),
           # ministers: "spoke by phone on Monday with Mauro Vieira" -> June 9
           call("c2", "A_E_abdullahbinzayed_vieira_2025_06_09", [ABZ, VIE], "2025-06-09")],
    # Agência Brasil: the Secom statement "to Agência Brasil" about the call: required. WAM: wire credit on Khaleej
    # Times' site: not required.
    rb=[rb("c1", "Agência Brasil", True), rb("c1", "WAM", False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind68, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers (a sultan, an emir, a crown prince, a president-elect among "
        "them), with plausible invented calls. Hand annotation in the format of seeds-gold.json. Calls are voice or video "
        "calls only (not meetings, messages or cables). 'required' items are stated plainly in the text and count for "
        "recall; required=false items are accepted but not demanded. 'event' ties mentions of the same call across "
        "articles; a planned call and a held one are different events. Dates are resolved against the publication date, "
        "or the dateline where the text anchors to it (5182, 5185), or the day an event fixes (5183: the night of the "
        "October 19 runoff); 5180 has time stamps only, so its date is the metadata's; where local dates differ across "
        "time zones, the event date is the UTC date of the call (5189: 10:40 pm Tuesday in Brasília = 01:40 UTC "
        "Wednesday 2025-06-11). See README.md."),
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
