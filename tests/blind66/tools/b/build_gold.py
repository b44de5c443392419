#!/usr/bin/env python3
"""Build ../gold.json (blind66, part B) from the hand annotation below and the registry of names.

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
BIE, VDB, MER, MAU, LOE, RUT, KUR, SCH, CAS, JUN, BET = (
    "Brigitte Bierlein", "Alexander Van der Bellen", "Angela Merkel", "Ueli Maurer", "Hartwig Löger", "Mark Rutte",
    "Sebastian Kurz", "Alexander Schallenberg", "Ignazio Cassis", "Jean-Claude Juncker", "Xavier Bettel")
PIN, BAC, MAC, TEM, TAB, CAR, MAD, GUI = ("Sebastián Piñera", "Michelle Bachelet", "Mauricio Macri", "Michel Temer",
                                          "Tabaré Vázquez", "Horacio Cartes", "Nicolás Maduro", "Alejandro Guillier")
OLI, MOD, TOB, ABB, BHA, DEU, XI = ("KP Sharma Oli", "Narendra Modi", "Tshering Tobgay", "Shahid Khaqan Abbasi",
                                    "Bidya Devi Bhandari", "Sher Bahadur Deuba", "Xi Jinping")
ABI, HSM, ERD, TAY, IOG = ("Abiy Ahmed", "Hassan Sheikh Mohamud", "Recep Tayyip Erdoğan", "Taye Atske Selassie",
                           "Ismail Omar Guelleh")

# cross-article events
MER_BIE = "B_E_merkel_bierlein_2019_06_03"   # 5150 ("on Monday evening, a few hours after the ceremony", "rang";
                                             # Seibert's Twitter post), 5151 ("On the night she was sworn in, she spoke
                                             # with": no caller there; Kronen Zeitung "reported at the time")
MAU_BIE = "B_E_maurer_bierlein_2019_06_04"   # 5151 ("The following day it was the turn of"), 5152 ("yesterday", no
                                             # dateline: the day from the metadata; "Maurer placed the call")
MAC_PIN = "B_E_macri_pinera_2017_12_17"      # 5153 ("telephoned at around 9 pm" on Sunday night; Twitter), 5155
                                             # (feature in March: "On the night of the runoff ... picked up the phone";
                                             # Clarin "reported the following morning")
MOD_OLI = "B_E_modi_oli_2018_02_15"          # 5156 ("this evening" under the dateline FEB 15, published Feb 16;
                                             # Twitter), 5157 ("on the evening he took the oath"; Twitter)
ABB_OLI = "B_E_abbasi_oli_2018_02_16"        # 5157 ("The following day ... telephoned from Islamabad"), 5158 ("on
                                             # Friday", dateline Feb 16, published Feb 17; Radio Pakistan)

# 5150 The Local Austria, Tue 2019-06-04: news story on Bierlein's first day
A["5150"] = dict(
    ents=[BIE, VDB, MER, MAU, LOE, RUT, KUR, SCH, "Steffen Seibert", "Norbert Hofer", "Heinz-Christian Strache",
          "Katrin Lechner-Moser", "Twitter", "The Local Austria", "Federal Chancellery", "Constitutional Court",
          "European Council", "European Union", "People's Party", "Freedom Party", "Austria", "Germany", "Switzerland",
          "Netherlands", "Luxembourg"],
    calls=[# "German Chancellor Angela Merkel rang Bierlein on Monday evening, a few hours after the ceremony"
           call("c1", MER_BIE, [MER, BIE], "2019-06-03", caller=MER),
           # "Swiss President Ueli Maurer is expected to telephone Bierlein later today" (planned, caller Maurer)
           call("c2", "B_P_maurer_bierlein_2019_06_04", [MAU, BIE], "2019-06-04", status="planned", caller=MAU),
           # "Löger spoke by telephone with Dutch Prime Minister Mark Rutte on Friday" (May 31; the Dutch government's
           # website is an organization, not an outlet)
           call("c3", "B_E_loger_rutte_2019_05_31", [LOE, RUT], "2019-05-31"),
           # Hofer "had tried to reach Bierlein by telephone on Monday afternoon" (attempted, caller Hofer)
           call("c4", "B_A_hofer_bierlein_2019_06_03", ["Norbert Hofer", BIE], "2019-06-03", status="attempted",
                caller="Norbert Hofer")],
    # c1: Seibert "In a post on Twitter two hours later" about the conversation. Kurz "has called the caretaker
    # arrangement" is not a call.
    rb=[rb("c1", "Twitter", True)])

# 5151 DW, Fri 2019-06-28: feature with calls in passing
A["5151"] = dict(
    ents=[BIE, VDB, KUR, MER, MAU, JUN, BET, "Tobias Hallström-Reiter", "Kleine Zeitung", "Kronen Zeitung", "ORF",
          "Deutsche Welle", "European Commission", "Federal Chancellery", "NEOS", "European Union", "Austria", "Germany",
          "Switzerland", "Luxembourg"],
    calls=[# "On the night she was sworn in, she spoke with German Chancellor Angela Merkel" (no caller in this text)
           call("c1", MER_BIE, [BIE, MER], "2019-06-03"),
           # "The following day it was the turn of Swiss President Ueli Maurer" (under "Her diplomacy has been
           # conducted largely by telephone")
           call("c2", MAU_BIE, [MAU, BIE], "2019-06-04"),
           # "European Commission President Jean-Claude Juncker phoned her during her first week in office" (null)
           call("c3", "B_E_juncker_bierlein_2019_06", [JUN, BIE], None, caller=JUN),
           # "Luxembourg's Prime Minister Xavier Bettel spoke to her by telephone last week" (null)
           call("c4", "B_E_bettel_bierlein_2019_06", [BET, BIE], None)],
    # c1: "a conversation the Kronen Zeitung reported at the time, citing the chancellery". Kurz "had not spoken to
    # Bierlein" (negation: no call). The Kleine Zeitung interview and ORF are not about a call.
    rb=[rb("c1", "Kronen Zeitung", True)])

# 5152 SWI swissinfo.ch (Keystone-SDA), Wed 2019-06-05: short brief, telegraphic headline, no dateline (the day only
# in the metadata); URL blank
A["5152"] = dict(
    ents=[MAU, BIE, SCH, CAS, "Twitter", "Keystone-SDA", "Federal Council", "European Union", "Constitutional Court",
          "Switzerland", "Austria"],
    calls=[# "Swiss President Ueli Maurer spoke by telephone yesterday with ... Brigitte Bierlein"; "Maurer placed the call"
           call("c1", MAU_BIE, [MAU, BIE], "2019-06-04", caller=MAU),
           # Cassis "spoke by telephone with his new Austrian counterpart, Alexander Schallenberg, on Monday night"
           # (ministers; June 3)
           call("c2", "B_E_cassis_schallenberg_2019_06_03", [CAS, SCH], "2019-06-03")],
    # c1: "a statement published on the government's website" (an organization, no outlet). c2: Cassis "later wrote on
    # Twitter". Keystone-SDA is the wire credit on swissinfo's page (not required).
    rb=[rb("c2", "Twitter", True)] + self_rows("Keystone-SDA", "c1", "c2"))

# 5153 MercoPress, Mon 2017-12-18: round-up of one night's calls to the president-elect (the outlet's name is not in
# the text)
A["5153"] = dict(
    ents=[PIN, BAC, MAC, MER, TEM, TAB, CAR, GUI, "TVN", "Twitter", "Servel", "La Moneda", "Casa Rosada", "Planalto",
          "Chile", "Argentina", "Brazil", "Uruguay", "Paraguay", "Germany", "Venezuela"],
    calls=[# "Senator Alejandro Guillier telephoned Piñera shortly after 7.30 pm to concede" (Sunday Dec 17)
           call("c1", "B_E_guillier_pinera_2017_12_17", [GUI, PIN], "2017-12-17", caller=GUI),
           # "President Michelle Bachelet placed the traditional call to her successor from La Moneda"
           call("c2", "B_E_bachelet_pinera_2017_12_17", [BAC, PIN], "2017-12-17", caller=BAC),
           # "Argentina's President Mauricio Macri telephoned at around 9 pm"
           call("c3", MAC_PIN, [MAC, PIN], "2017-12-17", caller=MAC),
           # Merkel "was among the European leaders to get through. Her call came at about 8.30 pm Santiago time, when
           # it was already past half past midnight on Monday in Berlin" (23:30 UTC Sunday: 2017-12-17)
           call("c4", "B_E_merkel_pinera_2017_12_17", [MER, PIN], "2017-12-17", caller=MER),
           # "Brazil's Michel Temer is expected to speak with Piñera by phone on Monday" (planned, Dec 18, no caller)
           call("c5", "B_P_temer_pinera_2017_12_18", [TEM, PIN], "2017-12-18", status="planned")],
    # c2: "State broadcaster TVN carried the brief conversation live". c3: "Two hours later Macri wrote on Twitter that
    # he had 'just spoken with my friend Sebastián'". Vázquez and Cartes "sent written messages" (no call).
    rb=[rb("c2", "TVN", True), rb("c3", "Twitter", True)])

# 5154 Agência Brasil, Tue 2017-12-19: the Planalto's note reposted; "Monday (18)"
A["5154"] = dict(
    ents=[TEM, PIN, BAC, GUI, "Aloysio Nunes Ferreira", "Mariana Cordeiro Lessa", "Valéria Aguiar",
          "Rafael Monteiro Dutra", "Agência Brasil", "Folha de S.Paulo", "Planalto", "Mercosur", "Pacific Alliance",
          "European Union", "Brazil", "Chile"],
    calls=[# "President Michel Temer telephoned Chile's president-elect Sebastian Pinera on Monday (18)"
           call("c1", "B_E_temer_pinera_2017_12_18", [TEM, PIN], "2017-12-18", caller=TEM),
           # "Temer had tried to reach Pinera on Sunday night ... the connection ... could not be established"
           # (attempted, Dec 17, caller Temer)
           call("c2", "B_A_temer_pinera_2017_12_17", [TEM, PIN], "2017-12-17", status="attempted", caller=TEM)],
    # c2: "Folha de S.Paulo learned from aides to the president". Agência Brasil is the publisher (byline, footer).
    rb=[rb("c2", "Folha de S.Paulo", True)] + self_rows("Agência Brasil", "c1"))

# 5155 Buenos Aires Times, Sat 2018-03-10: feature on the eve of the inauguration, a call in passing
A["5155"] = dict(
    ents=[PIN, MAC, BAC, MAD, "Joaquín Arrieta Bensusan", "Jorge Faurie", "Roberto Ampuero", "Clarín", "Casa Rosada",
          "Foreign Ministry", "Chile", "Argentina", "Venezuela"],
    calls=[# "On the night of the runoff Mauricio Macri picked up the phone to his Chilean counterpart-to-be" (Dec 17, 2017)
           call("c1", MAC_PIN, [MAC, PIN], "2017-12-17", caller=MAC),
           # "Foreign Minister Jorge Faurie spoke by telephone last week with Roberto Ampuero" (ministers; Ampuero a
           # foreign minister-designate; null)
           call("c2", "B_E_faurie_ampuero_2018_03", ["Jorge Faurie", "Roberto Ampuero"], None)],
    # c1: "a call Clarín reported the following morning, citing aides to the president". "Macri has called Piñera 'a
    # friend and a partner'" and the WhatsApp messages are not calls.
    rb=[rb("c1", "Clarín", True)])

# 5156 The Himalayan Times, Fri 2018-02-16: list of congratulation calls, dateline "KATHMANDU, FEB 15"
A["5156"] = dict(
    ents=[OLI, MOD, TOB, ABB, BHA, DEU, XI, "Twitter", "The Himalayan Times", "Himalayan News Service",
          "Prime Minister's Office", "Ministry of Foreign Affairs", "SAARC", "CPN-UML", "Nepali Congress",
          "Nepal", "India", "Bhutan", "Pakistan", "China", "Sri Lanka", "Bangladesh"],
    calls=[# "Indian Prime Minister Narendra Modi telephoned Oli this evening" (the dateline's day, Feb 15)
           call("c1", MOD_OLI, [MOD, OLI], "2018-02-15", caller=MOD),
           # "Earlier in the day, Bhutanese Prime Minister Tshering Tobgay rang Oli shortly after the swearing-in"
           call("c2", "B_E_tobgay_oli_2018_02_15", [TOB, OLI], "2018-02-15", caller=TOB),
           # "Pakistani Prime Minister Shahid Khaqan Abbasi will call Oli tomorrow" (planned, Feb 16, caller Abbasi)
           call("c3", "B_P_abbasi_oli_2018_02_16", [ABB, OLI], "2018-02-16", status="planned", caller=ABB)],
    # c1: "Later, Modi wrote on Twitter that he had spoken to Oli". Xi's message and the messages from Sri Lanka and
    # Bangladesh are not calls. The Himalayan Times (print line) is the publisher.
    rb=[rb("c1", "Twitter", True)])

# 5157 The Kathmandu Post, Thu 2018-04-05: feature before Oli's visit to India, calls in passing; title blank in metadata
A["5157"] = dict(
    ents=[OLI, MOD, ABB, "Anil Shrestha-Gurung", "Pradeep Kumar Gyawali", "Sushma Swaraj", "Twitter", "India",
          "Nepal", "Pakistan", "China"],
    calls=[# "Narendra Modi was on the phone to Oli on the evening he took the oath" (Feb 15; no caller stated here)
           call("c1", MOD_OLI, [MOD, OLI], "2018-02-15"),
           # "The following day it was Pakistan's turn: Shahid Khaqan Abbasi telephoned from Islamabad" (Feb 16)
           call("c2", ABB_OLI, [ABB, OLI], "2018-02-16", caller=ABB),
           # "On Monday Foreign Minister Pradeep Kumar Gyawali spoke with External Affairs Minister Sushma Swaraj by
           # telephone" (ministers; April 2)
           call("c3", "B_E_gyawali_swaraj_2018_04_02", ["Pradeep Kumar Gyawali", "Sushma Swaraj"], "2018-04-02")],
    # c1: "Modi posted about it on Twitter within the hour". Abbasi's visit to Kathmandu was in person.
    rb=[rb("c1", "Twitter", True)])

# 5158 Pakistan Today (APP), Sat 2018-02-17: wire "ISLAMABAD, Feb 16 (APP):"
A["5158"] = dict(
    ents=[ABB, OLI, "Mohammad Faisal", "Khawaja Muhammad Asif", "Radio Pakistan", "Associated Press of Pakistan",
          "PM Office", "SAARC", "Foreign Office", "CPN-UML", "United Nations", "Pakistan", "Nepal"],
    calls=[# "Prime Minister Shahid Khaqan Abbasi on Friday telephoned the newly elected Prime Minister of Nepal" (Feb 16)
           call("c1", ABB_OLI, [ABB, OLI], "2018-02-16", caller=ABB)],
    # c1: "Foreign Office spokesperson Dr Mohammad Faisal told Radio Pakistan that the conversation had been 'very
    # cordial'". APP is the wire on Pakistan Today's page (not required). Asif's planned call names no counterpart
    # (one named person: not annotated).
    rb=[rb("c1", "Radio Pakistan", True)] + self_rows("Associated Press of Pakistan", "c1"))

# 5159 Addis Standard (outlet blank in metadata), Thu 2024-12-19: transcript-like Q&A of the MoFA weekly briefing
A["5159"] = dict(
    ents=[ABI, HSM, ERD, TAY, IOG, "Nebiat Getachew", "Gedion Timothewos", "Mahmoud Ali Youssouf", "Ahmed Madobe",
          "Addis Standard", "Fana Broadcasting Corporate", "ENA", "The Reporter", "Garowe Online", "EBC", "Facebook",
          "Ministry of Foreign Affairs", "Federal Government of Somalia", "AU Commission", "Somalia", "Türkiye",
          "Djibouti", "Ethiopia", "Eritrea"],
    calls=[# "On Monday, December 16, Prime Minister Abiy Ahmed held a video call with President Hassan Sheikh Mohamud
           # ... and President Recep Tayyip Erdoğan" (no caller: Erdoğan "facilitated the Ankara process")
           call("c1", "B_E_abiy_hsm_erdogan_video_2024_12_16", [ABI, HSM, ERD], "2024-12-16"),
           # "On Tuesday, President Taye Atske Selassie received a telephone call from President Ismail Omar Guelleh"
           call("c2", "B_E_guelleh_taye_2024_12_17", [IOG, TAY], "2024-12-17", caller=IOG),
           # "Foreign Minister Gedion Timothewos will speak by phone with ... Mahmoud Ali Youssouf, in the coming days"
           call("c3", "B_P_gedion_youssouf_2024_12", ["Gedion Timothewos", "Mahmoud Ali Youssouf"], None,
                status="planned"),
           # Garowe Online "reported on Saturday that the prime minister telephoned Jubaland's leader, Ahmed Madobe";
           # "No. There was no such call." (denied; claimed caller Abiy; the claimed call's day is not given)
           call("c4", "B_D_abiy_madobe_2024_12", [ABI, "Ahmed Madobe"], None, status="denied", caller=ABI)],
    # c4: Garowe Online carried the denied claim. The Ministry's Facebook summary of the briefing (not required: it is
    # not said to mention the calls). Addis Standard is the publisher. "Has there been any contact with Asmara?" is
    # not a call.
    rb=[rb("c4", "Garowe Online", True), rb("c1", "Facebook", False), rb("c2", "Facebook", False)]
       + self_rows("Addis Standard", "c1", "c2"))


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind66, part B): 10 articles written for this set (not real published text), "
        "each about real heads of state or government and ministers, with plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, messages or posts). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; planned, attempted and denied calls are events "
        "of their own (one status per event). Dates are resolved against the publication date (5152 "
        "'yesterday' with the date only in the metadata), the dateline (5156 'this evening'), or an event the text "
        "names ('on the night she was sworn in', 'on the night of the runoff', 'on the evening he took the oath'); "
        "where local dates differ across time zones, the UTC date of the call (Merkel-Pinera: 8.30 pm Sunday in "
        "Santiago, past midnight in Berlin, 2017-12-17). See README.md."),
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
