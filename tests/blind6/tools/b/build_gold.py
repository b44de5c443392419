#!/usr/bin/env python3
"""Build ../gold.json (blind6, writer B) from the hand annotation below and the registry of names.

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



TR, XI, PU = "Donald Trump", "Xi Jinping", "Vladimir Putin"
MUL, SAN, ZEL, IOH = "José Raúl Mulino", "Maia Sandu", "Volodymyr Zelensky", "Klaus Iohannis"
ALI, TOK, MIR, ERD = "Ilham Aliyev", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Recep Tayyip Erdoğan"
LEE, MIT, FRE, MAH = "Lee Jae-myung", "Kyriakos Mitsotakis", "Mette Frederiksen", "John Dramani Mahama"

A = {}

A["510"] = dict(
    ents=[MUL, "Rodrigo Chaves", "Luis Abinader", "Daniel Noboa", "Santiago Peña", "Bernardo Arévalo",
          "Ricardo Martinelli", "Laurentino Cortizo", "Antony Blinken", "Ricardo Lombana", "Ana Lucía Barrios",
          "Newsroom Panama", "Facebook", "X", "Panama", "Costa Rica", "Ecuador", "Paraguay", "Guatemala",
          "Electoral Tribunal"],
    calls=[call("c1", "B_E_chaves_mulino_2024_05_06", [MUL, "Rodrigo Chaves"], "2024-05-06", caller="Rodrigo Chaves"),
           call("c2", "B_E_abinader_mulino_2024_05_07", [MUL, "Luis Abinader"], "2024-05-07", caller="Luis Abinader"),
           call("c3", "B_E_noboa_mulino_2024_05_07", [MUL, "Daniel Noboa"], "2024-05-07"),
           call("c4", "B_E_mulino_pena_2024_05", [MUL, "Santiago Peña"], None, required=False),
           call("c5", "B_E_mulino_arevalo_2024_05", [MUL, "Bernardo Arévalo"], None, required=False)],
    rb=[rb("c2", "Facebook", True), rb("c3", "X", True)])

A["511"] = dict(
    ents=[SAN, "Dorin Recean", "Denys Shmyhal", PU, "Dmitry Peskov", "Mihai Popșoi", "Andrii Sybiha",
          "Andrzej Duda", "Gitanas Nausėda", IOH, ZEL, "Alexandr Stoianoglo", "Radio Free Europe/Radio Liberty",
          "X", "Telegram", "Moldova", "Russia", "Ukraine", "Romania", "Lithuania",
          "Central Electoral Commission (Moldova)", "Kremlin", "Cotroceni Palace"],
    calls=[call("c1", "B_P_recean_shmyhal_2024_11_06", ["Dorin Recean", "Denys Shmyhal"], "2024-11-06",
                status="planned"),
           call("c2", "B_E_popsoi_sybiha_2024_11_04", ["Mihai Popșoi", "Andrii Sybiha"], "2024-11-04"),
           call("c3", "B_E_sandu_duda_2024_11", [SAN, "Andrzej Duda"], None, required=False),
           call("c4", "B_E_sandu_nauseda_2024_11", [SAN, "Gitanas Nausėda"], None, required=False),
           call("c5", "B_E_iohannis_sandu_2024_11_03", [IOH, SAN], "2024-11-03", caller=IOH),
           call("c6", "B_E_zelensky_sandu_2024_11_04", [ZEL, SAN], "2024-11-04", caller=ZEL)],
    rb=[rb("c2", "X", True), rb("c6", "Telegram", True)])

A["512"] = dict(
    ents=[SAN, ZEL, IOH, "Igor Grosu", "Moldpres", "Moldova", "Ukraine", "Romania",
          "Central Electoral Commission (Moldova)", "European Union"],
    calls=[call("c1", "B_E_zelensky_sandu_2024_11_04", [SAN, ZEL], "2024-11-04", caller=ZEL),
           call("c2", "B_E_iohannis_sandu_2024_11_03", [SAN, IOH], "2024-11-03", caller=IOH)],
    rb=[rb("c1", "Moldpres", False), rb("c2", "Moldpres", False)])

A["513"] = dict(
    ents=[ALI, PU, TOK, MIR, "Serdar Berdimuhamedov", "Trend News Agency", "Azerbaijan", "Russia", "Kazakhstan",
          "Uzbekistan", "Turkmenistan", "Azerbaijan Airlines", "Commonwealth of Independent States"],
    calls=[call("c1", "B_E_putin_aliyev_2024_12_28", [ALI, PU], "2024-12-28", caller=PU),
           call("c2", "B_E_tokayev_aliyev_2024_12_25", [TOK, ALI], "2024-12-25", caller=TOK)],
    rb=[rb("c1", "Trend News Agency", False), rb("c2", "Trend News Agency", False)])

A["514"] = dict(
    ents=[TOK, ALI, PU, "Kanat Bozumbayev", "Aigerim Seitkali", "The Astana Times", "AzTV", "Azerbaijan", "Russia",
          "Brazil", "Akorda", "Kremlin", "Azerbaijan Airlines", "International Civil Aviation Organization"],
    calls=[call("c1", "B_E_tokayev_aliyev_2024_12_29", [TOK, ALI], "2024-12-29"),
           call("c2", "B_E_putin_aliyev_2024_12_28", [PU, ALI], "2024-12-28")],
    rb=[])

A["515"] = dict(
    ents=[LEE, XI, "Shigeru Ishiba", TR, "Anthony Albanese", "Kang Yu-jung", "Park Ji-won", "The Korea Herald",
          "China Central Television", "Weibo", "North Korea", "People Power Party", "APEC"],
    calls=[call("c1", "B_E_lee_xi_2025_06_10", [LEE, XI], "2025-06-10"),
           call("c2", "B_E_lee_ishiba_2025_06_09", [LEE, "Shigeru Ishiba"], "2025-06-09", caller="Shigeru Ishiba"),
           call("c3", "B_E_lee_trump_2025_06_06", [LEE, TR], "2025-06-06"),
           call("c4", "B_P_lee_albanese_2025_06", [LEE, "Anthony Albanese"], None, status="planned")],
    rb=[rb("c1", "China Central Television", True), rb("c1", "Weibo", True)])

TURKIC = [MIR, "Nursultan Nazarbayev", TOK, ERD, ALI, "Sadyr Japarov", "Viktor Orbán", "Gurbanguly Berdimuhamedov"]
A["516"] = dict(
    ents=TURKIC + ["Emomali Rahmon", "UzA", "Uzbekistan", "Kazakhstan", "Türkiye", "Azerbaijan", "Kyrgyzstan",
                   "Hungary", "Turkmenistan", "Tajikistan", "Turkic Council"],
    calls=[call("c1", "B_E_turkic_video_2021_03_31", TURKIC, "2021-03-31"),
           call("c2", "B_E_mirziyoyev_rahmon_2021_03_31", [MIR, "Emomali Rahmon"], "2021-03-31", caller=MIR)],
    rb=[rb("c1", "UzA", False), rb("c2", "UzA", False)])

A["517"] = dict(
    ents=[MIT, ERD, "Nikos Christodoulides", "Pavlos Marinakis", "Giorgos Gerapetritis", "Hakan Fidan",
          "Stefanos Kasselakis", "Sabah", "Kathimerini English Edition", "Türkiye", "Greece", "Cyprus", "Israel",
          "NATO", "SYRIZA", "Nexans"],
    calls=[call("c1", "B_D_erdogan_mitsotakis_2024_06_30", [MIT, ERD], "2024-06-30", status="denied", caller=ERD),
           call("c2", "B_E_gerapetritis_fidan_2024_07_01", ["Giorgos Gerapetritis", "Hakan Fidan"], "2024-07-01"),
           call("c3", "B_E_christodoulides_mitsotakis_2024_07_02", ["Nikos Christodoulides", MIT], "2024-07-02",
                caller="Nikos Christodoulides")],
    rb=[rb("c1", "Sabah", True)])

NORDIC = [FRE, "Jonas Gahr Støre", "Ulf Kristersson", "Petteri Orpo", "Kristrún Frostadóttir"]
A["518"] = dict(
    ents=NORDIC + [TR, "Olaf Scholz", "Emmanuel Macron", "Mark Rutte", "Lars Løkke Rasmussen", "Múte B. Egede",
                   "AFP", "Financial Times", "TV 2", "Denmark", "Greenland", "Norway", "Sweden", "Finland",
                   "Iceland", "NATO"],
    calls=[call("c1", "B_E_frederiksen_trump_2025_01_15", [FRE, TR], "2025-01-15"),
           call("c2", "B_E_nordic_video_2025_01_23", NORDIC, "2025-01-23")],
    rb=[rb("c1", "Financial Times", True), rb("c1", "AFP", False), rb("c2", "AFP", False)])

A["519"] = dict(
    ents=[MAH, "Ibrahim Traoré", "Assimi Goïta", "Bola Tinubu", "Abdourahamane Tiani", "Samuel Okudzeto Ablakwa",
          "Karamoko Jean-Marie Traoré", "Larry Gbevlo-Lartey", "Kwame Asante-Boateng", "Joy FM", "Graphic Online",
          "Ghana", "Burkina Faso", "Mali", "Nigeria", "Niger", "ECOWAS", "Alliance of Sahel States"],
    calls=[call("c1", "B_P_mahama_traore_2025_02", [MAH, "Ibrahim Traoré"], None, status="planned", caller=MAH),
           call("c2", "B_P_mahama_goita_2025_02", [MAH, "Assimi Goïta"], None, status="planned", caller=MAH),
           call("c3", "B_E_mahama_tinubu_2025_02_20", [MAH, "Bola Tinubu"], "2025-02-20"),
           call("c4", "B_A_mahama_tiani_2025_02_19", [MAH, "Abdourahamane Tiani"], "2025-02-19",
                status="attempted", caller=MAH),
           call("c5", "B_E_ablakwa_traore_2025_02_18", ["Samuel Okudzeto Ablakwa", "Karamoko Jean-Marie Traoré"],
                "2025-02-18")],
    rb=[rb("c3", "Joy FM", True), rb("c1", "Joy FM", False), rb("c2", "Joy FM", False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:3]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind6, part B): 10 articles written for this set (not real "
        "published text) about real heads of state or government and ministers, with real or plausible "
        "invented calls. Hand annotation in the format of seeds-gold.json, following the conventions of "
        "/work/blindset/README.md. Calls are voice or video calls only. 'required' items are stated "
        "plainly in the text; required=false items are accepted but not demanded. 'event' ties mentions "
        "of the same real-world call across articles (ids prefixed B_). Dates are resolved against the "
        "publication date, or the dateline where the text anchors to it. See README.md."),
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
