#!/usr/bin/env python3
"""Build ../gold.json (blind63, part B) from the hand annotation below and the registry of names.

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
LEE, KHU, TAK, MEL, SAN, BAR, BIO = ("Lee Jae-myung", "Ukhnaagiin Khurelsukh", "Sanae Takaichi", "Giorgia Meloni",
                                     "Pedro Sánchez", "Adama Barrow", "Julius Maada Bio")
ABD, SAL, AMA, AOU = "Abdullah II", "Barham Salih", "Adil Abdul-Mahdi", "Joseph Aoun"

# cross-article events
LEE_KHU = "B_E_khurelsukh_lee_2025_09_11"   # 5090 ("on Thursday afternoon", "at the request of the Mongolian side";
                                            # Facebook), 5091 ("yesterday", date only in the metadata; no caller)
MEL_TAK = "B_E_meloni_takaichi_2025_11_18"  # 5096 ("telephoned ... on Tuesday evening", Rome), 5092 ("From 4:30 a.m.
                                            # today" in Tokyo, Wed Nov 19 = 19:30 UTC Tue Nov 18; no caller; NHK)
SAN_BAR = "B_E_sanchez_barrow_2025_03_12"   # 5093 ("telephoned ... this Wednesday"), 5094 ("yesterday received a
                                            # telephone call from"; Facebook, GRTS), 5095 ("Sánchez's call to ... last
                                            # week", null; El País)
ABD_SAL = "B_E_abdullah_salih_2018_10_03"   # 5097 (14:20 entry "phoned ... this afternoon"), 5098 ("on Wednesday made
                                            # two phone calls", "Barham Saleh")

# 5090 Yonhap, Thu 2025-09-11: wire, telegraphic headline
A["5090"] = dict(
    ents=[LEE, KHU, "Kang Yu-jung", "Cho Hyun", "Takeshi Iwaya", "Kim Seo-yeon", "Yonhap News Agency", "Facebook",
          "Asia-Pacific Economic Cooperation", "South Korea", "Mongolia", "Japan", "North Korea"],
    calls=[# "held phone talks ... on Thursday afternoon"; "took place at the request of the Mongolian side"
           call("c1", LEE_KHU, [LEE, KHU], "2025-09-11", caller=KHU),
           # "Cho Hyun spoke by phone with ... Takeshi Iwaya on Wednesday" (ministers; no caller)
           call("c2", "B_E_cho_iwaya_2025_09_10", ["Cho Hyun", "Takeshi Iwaya"], "2025-09-10")],
    # c1: "Khurelsukh's office posted photographs of the Mongolian president speaking on the phone on its official
    # Facebook page" (a post on a named platform, paragraphs after the call). Yonhap is the publisher (dateline).
    rb=[rb("c1", "Facebook", True)] + self_rows("Yonhap News Agency", "c1", "c2"))

# 5091 MONTSAME, Fri 2025-09-12: short brief, no dateline; "yesterday" is dated by the metadata only
A["5091"] = dict(
    ents=[KHU, LEE, "Gombojavyn Zandanshatar", "Olzhas Bektenov", "Office of the President of Mongolia", "Mongolia",
          "South Korea", "Kazakhstan"],
    calls=[# "held a telephone conversation yesterday with ... Lee Jae Myung" (no caller in this telling)
           call("c1", LEE_KHU, [KHU, LEE], "2025-09-11"),
           # "is scheduled to hold a telephone conversation with ... Olzhas Bektenov next week" (planned, null)
           call("c2", "B_P_zandanshatar_bektenov_2025_09", ["Gombojavyn Zandanshatar", "Olzhas Bektenov"], None,
                status="planned")],
    # No outlet is credited: "the Office of the President of Mongolia reported" is an organization's statement.
    rb=[])

# 5092 Kantei transcript (outlet blank in metadata), Wed 2025-11-19: Q&A
A["5092"] = dict(
    ents=[TAK, MEL, "Li Qiang", "Minoru Kihara", "Toshimitsu Motegi", "Antonio Tajani", "Masaaki Kanai", "NHK",
          "Asahi Shimbun", "Kyodo News", "Nikkei", "Jiji Press", "South China Morning Post", "G20", "Ministry of Foreign Affairs",
          "Japan", "Italy", "China", "United Kingdom", "Ukraine"],
    calls=[# "From 4:30 a.m. today ... held a telephone talk with ... Giorgia Meloni"; "It was still Tuesday evening in
           # Rome": 19:30 UTC on Tue Nov 18 (UTC convention). "Which side proposed the talk?" is left unanswered: no caller
           call("c1", MEL_TAK, [TAK, MEL], "2025-11-18"),
           # SCMP "reported yesterday that the Japanese side had asked for a telephone talk between the Prime Minister and
           # Premier Li Qiang and that Beijing had turned the request down"; "There is no fact that Japan requested such a
           # telephone talk": denied (the claim was of an attempted call; claimed requester Takaichi; no day)
           call("c2", "B_D_takaichi_liqiang_2025_11", [TAK, "Li Qiang"], None, status="denied", caller=TAK),
           # "MOTEGI Toshimitsu is arranging to hold a telephone talk with ... Antonio Tajani ... the date has not been
           # fixed" (planned, null)
           call("c3", "B_P_motegi_tajani_2025_11", ["Toshimitsu Motegi", "Antonio Tajani"], None, status="planned")],
    # c1: "NHK reported this morning that Prime Minister Takaichi held a telephone talk". c2: the SCMP carried the denied
    # claim. Asahi, Kyodo, Nikkei and Jiji are the askers' outlets.
    rb=[rb("c1", "NHK", True), rb("c2", "South China Morning Post", True)])

# 5093 Europa Press, Wed 2025-03-12: wire ("MADRID, 12 Mar. (EUROPA PRESS) -")
A["5093"] = dict(
    ents=[SAN, BAR, "Bassirou Diomaye Faye", "Europa Press", "Moncloa", "Council of Ministers",
          "Ministry of Foreign Affairs", "Ministry of Inclusion, Social Security and Migration", "Spain", "The Gambia",
          "Senegal", "Mauritania"],
    calls=[# "Pedro Sánchez, telephoned the President of The Gambia, Adama Barrow, this Wednesday"
           call("c1", SAN_BAR, [SAN, BAR], "2025-03-12", caller=SAN),
           # "Sánchez plans to speak by phone in the coming days with ... Bassirou Diomaye Faye ... without specifying a
           # date" (planned, null, no caller)
           call("c2", "B_P_sanchez_faye_2025_03", [SAN, "Bassirou Diomaye Faye"], None, status="planned")],
    # "sources from Moncloa consulted by Europa Press": the publisher citing itself.
    rb=self_rows("Europa Press", "c1", "c2"))

# 5094 The Standard (Gambia), Thu 2025-03-13: State House statement reposted
A["5094"] = dict(
    ents=[BAR, SAN, BIO, "Lamin Ceesay-Drammeh", "Facebook", "GRTS", "Gambia News Agency", "The Standard", "State House",
          "ECOWAS", "Ministry of Foreign Affairs", "The Gambia", "Spain", "Sierra Leone", "Mali", "Burkina Faso", "Niger"],
    calls=[# "yesterday received a telephone call from the Prime Minister of Spain, Pedro Sanchez" (statement: "on Wednesday")
           call("c1", SAN_BAR, [BAR, SAN], "2025-03-12", caller=SAN),
           # "two days after President Barrow spoke by phone with ... Julius Maada Bio, on Monday" (Mar 10; no caller)
           call("c2", "B_E_barrow_bio_2025_03_10", [BAR, BIO], "2025-03-10")],
    # c1: "In a statement posted on its official Facebook page" and "GRTS last night aired footage of the President taking
    # the call". c2: "A State House official told the Gambia News Agency (GAMNA)". The share bar (Facebook, WhatsApp, X)
    # is page furniture. "Speaking to The Standard" is the publisher, about no call.
    rb=[rb("c1", "Facebook", True), rb("c1", "GRTS", True), rb("c2", "Gambia News Agency", True)])

# 5095 Canarian Weekly, Fri 2025-03-21: feature with calls in passing
A["5095"] = dict(
    ents=["Fernando Clavijo", SAN, "Ángel Víctor Torres", BAR, "Rebecca Álvarez-Holt", "Cadena SER", "El País",
          "Canarian Weekly", "Council of Ministers", "Junts", "Partido Popular", "Salvamento Marítimo", "The Gambia",
          "Senegal"],
    calls=[# "he spoke to Prime Minister Pedro Sánchez by phone on the night before the Council of Ministers approved the
           # decree-law ..., which it did on Tuesday" (Mar 18): Monday Mar 17, a day told by an event; no caller
           call("c1", "B_E_clavijo_sanchez_2025_03_17", ["Fernando Clavijo", SAN], "2025-03-17"),
           # "Torres said on Thursday that he had tried twice that day to reach Clavijo by phone ... had not been able to
           # speak to him" (attempted, Mar 20, caller Torres)
           call("c2", "B_A_torres_clavijo_2025_03_20", ["Ángel Víctor Torres", "Fernando Clavijo"], "2025-03-20",
                status="attempted", caller="Ángel Víctor Torres"),
           # "Sánchez's call to The Gambia's Adama Barrow last week" ("last week": null; "call to": caller Sánchez)
           call("c3", SAN_BAR, [SAN, BAR], None, caller=SAN)],
    # c1: "Clavijo told Cadena SER on Wednesday morning, describing a conversation" (an interview given to a named
    # outlet). c3: "which El País reported". "A similar call with Senegal is expected" names nobody: not annotated.
    # "told Canarian Weekly" is the publisher, about no call.
    rb=[rb("c1", "Cadena SER", True), rb("c3", "El País", True)])

# 5096 ANSA English, Tue 2025-11-18: round-up of a day's calls ("(ANSA) - ROME, NOV 18 -")
A["5096"] = dict(
    ents=[MEL, TAK, AOU, "Pietro Parolin", "Leo XIV", "Antonio Tajani", "Asaad al-Shaibani", "ANSA",
          "National News Agency", "Vatican News", "X", "Palazzo Chigi", "UNIFIL", "G20", "Italy", "Japan", "Lebanon",
          "Israel", "Syria", "Turkey", "United Kingdom"],
    calls=[# "Meloni telephoned Japanese Prime Minister Sanae Takaichi on Tuesday evening"
           call("c1", MEL_TAK, [MEL, TAK], "2025-11-18", caller=MEL),
           # "Earlier in the day Meloni spoke with Lebanese President Joseph Aoun" under "Meloni holds calls with Takaichi,
           # Aoun" (required; no caller)
           call("c2", "B_E_meloni_aoun_2025_11_18", [MEL, AOU], "2025-11-18"),
           # "Cardinal Pietro Parolin, also spoke by phone with Aoun on Monday" (Nov 17)
           call("c3", "B_E_parolin_aoun_2025_11_17", ["Pietro Parolin", AOU], "2025-11-17"),
           # Tajani "had discussed ... with ... Asaad al-Shaibani in a phone call last week" (ministers, null)
           call("c4", "B_E_tajani_shaibani_2025_11", ["Antonio Tajani", "Asaad al-Shaibani"], None)],
    # c2: "Lebanon's National News Agency (NNA) reported that Aoun had thanked Italy". c3: "Vatican News said". c4:
    # "Shaibani wrote on X that the two ministers had also talked about". Palazzo Chigi is an organization; ANSA the
    # publisher.
    rb=[rb("c2", "National News Agency", True), rb("c3", "Vatican News", True), rb("c4", "X", True)]
       + self_rows("ANSA", "c1", "c2"))

# 5097 Rudaw live blog, Wed 2018-10-03 (Erbil time, newest first; title blank in metadata)
A["5097"] = dict(
    ents=[SAL, AMA, "Mike Pompeo", ABD, "Hassan Rouhani", "Nechirvan Barzani", "Masoud Barzani", "Fuad Hussein",
          "Rudaw", "IRNA", "State Department", "KDP", "Iraq", "Jordan", "Iran", "United States", "United Kingdom"],
    calls=[# 17:05 "Pompeo spoke by phone with Prime Minister-designate Adil Abdul-Mahdi on Wednesday" (no caller)
           call("c1", "B_E_pompeo_abdulmahdi_2018_10_03", ["Mike Pompeo", AMA], "2018-10-03"),
           # 14:20 "King Abdullah II of Jordan phoned President Barham Salih this afternoon"
           call("c2", ABD_SAL, [ABD, SAL], "2018-10-03", caller=ABD),
           # 11:40 "Hassan Rouhani telephoned Salih this morning"
           call("c3", "B_E_rouhani_salih_2018_10_03", ["Hassan Rouhani", SAL], "2018-10-03", caller="Hassan Rouhani"),
           # 09:15 "Salih tried to reach KDP leader Masoud Barzani by phone late last night, shortly after the vote, but
           # Barzani did not take the call" (attempted, Oct 2, caller Salih)
           call("c4", "B_A_salih_masoudbarzani_2018_10_02", [SAL, "Masoud Barzani"], "2018-10-02", status="attempted",
                caller=SAL)],
    # c3: "Iran's state news agency IRNA reported". c4: "a senior KDP official told Rudaw" (the publisher). c1: the State
    # Department readout is an organization's; c2: "Salih's media office said". Nechirvan Barzani's statement is written.
    # The share bar is page furniture.
    rb=[rb("c3", "IRNA", True), rb("c4", "Rudaw", False)])

# 5098 The Jordan Times (Petra), Thu 2018-10-04: list of congratulation calls, Royal Court statement retold
A["5098"] = dict(
    ents=[ABD, SAL, AMA, "Omar Razzaz", "Ayman Safadi", "Ibrahim al-Jaafari", "Petra", "Royal Hashemite Court", "Daesh",
          "Iraq", "Jordan"],
    calls=[# "King Abdullah on Wednesday made two phone calls to Iraqi President Barham Saleh and Prime Minister-designate
           # Adel Abdul Mahdi"
           call("c1", ABD_SAL, [ABD, SAL], "2018-10-03", caller=ABD),
           call("c2", "B_E_abdullah_abdulmahdi_2018_10_03", [ABD, AMA], "2018-10-03", caller=ABD),
           # "Prime Minister Omar Razzaz also phoned Abdul Mahdi on Wednesday"
           call("c3", "B_E_razzaz_abdulmahdi_2018_10_03", ["Omar Razzaz", AMA], "2018-10-03", caller="Omar Razzaz"),
           # "Safadi ... held a phone call on Tuesday with ... Ibrahim Al Jaafari" (ministers, Oct 2, no caller)
           call("c4", "B_E_safadi_jaafari_2018_10_02", ["Ayman Safadi", "Ibrahim al-Jaafari"], "2018-10-02")],
    # "— Petra" is the wire of this copy on The Jordan Times's site: not required.
    rb=self_rows("Petra", "c1", "c2", "c3", "c4"))

# 5099 Awoko, Fri 2025-02-21: short brief; "yesterday" dated by the metadata only
A["5099"] = dict(
    ents=[BIO, "Joseph Boakai", "Mamadi Doumbouya", "Robert Beugré Mambé", "Alassane Ouattara", "John Dramani Mahama",
          "Fatmata Conteh-Reeves", "SLBC", "Awoko", "Mano River Union", "State House Communications Unit", "ECOWAS",
          "Sierra Leone", "Liberia", "Guinea", "Côte d'Ivoire", "Ghana"],
    calls=[# "yesterday joined his Liberian and Guinean counterparts ... in a video conference"; Mambé "joined the meeting on
           # behalf of President Alassane Ouattara" (Ouattara did not take part); no caller
           call("c1", "B_E_mru_video_2025_02_20", [BIO, "Joseph Boakai", "Mamadi Doumbouya", "Robert Beugré Mambé"],
                "2025-02-20"),
           # "is expected to speak by phone with ... John Dramani Mahama on Monday" (planned, Feb 24, no caller)
           call("c2", "B_P_bio_mahama_2025_02_24", [BIO, "John Dramani Mahama"], "2025-02-24", status="planned")],
    # c1: "The state broadcaster SLBC carried excerpts of the video conference". The release and "State House also
    # disclosed" are organizations'. Awoko is the publisher (copyright line).
    rb=[rb("c1", "SLBC", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind63, part B): 10 articles written for this set (not real published text), "
        "each about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or written statements). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; planned, attempted and denied calls are events "
        "of their own (one status per event). Dates are resolved against the publication date (5091 and 5099 "
        "'yesterday' with the date only in the metadata); where local dates differ across time zones, the UTC "
        "date of the call (Meloni-Takaichi: Tuesday evening in Rome, 4:30 a.m. Wednesday in Tokyo, 2025-11-18). "
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
