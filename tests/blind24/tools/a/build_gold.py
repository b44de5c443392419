#!/usr/bin/env python3
"""Build ../gold.json (blind24, part A) from the hand annotation below and the registry of names.

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
RATAS, MARIN, KALJ, NIIN = "Jüri Ratas", "Sanna Marin", "Kersti Kaljulaid", "Sauli Niinistö"
FELIPE, MARCELO, RAJOY, COSTA = "Felipe VI", "Marcelo Rebelo de Sousa", "Mariano Rajoy", "António Costa"
PENA, FERN, TSAI, LULA = "Santiago Peña", "Alberto Fernández", "Tsai Ing-wen", "Luiz Inácio Lula da Silva"
BIO, WEAH, NANA, KAMARA = "Julius Maada Bio", "George Weah", "Nana Akufo-Addo", "Samura Kamara"

# cross-article events
RATAS_MARIN = "A_E_ratas_marin_2019_12_16"      # 2300 ("requested by the Estonian side"), 2301 (no caller, "yesterday", BNS), 2302 ("I called ... on Monday afternoon")
KALJ_NIIN = "A_E_kaljulaid_niinisto_2019_12_16"  # 2300 ("telephoned ... at around noon", Facebook), 2301 ("received a call from", ERR), 2302 (in passing, null)
RAJOY_COSTA = "A_E_rajoy_costa_2017_06_18"       # 2303 ("on Sunday morning"), 2309 ("this morning", date only in the metadata)
FELIPE_MARCELO = "A_E_felipe_marcelo_2017_06_17"  # 2303 ("late on Saturday", RTP), 2309 ("last night", no caller, Twitter)
FERN_PENA = "A_E_fernandez_pena_2023_04_30"      # 2304 (no caller, "on election night", Télam), 2305 ("called ... on Sunday night")
TSAI_PENA = "A_E_tsai_pena_2023_05_01"           # 2304 (11 pm Sunday Asunción = past 11 am Monday Taipei -> UTC Monday), 2306 (in passing, null)
NANA_BIO = "A_E_akufoaddo_bio_2018_04_05"        # 2307 (release of Thursday: "In the afternoon"), 2308 (GNA, "on Thursday")

# 2300 ERR News live blog, Mon 2019-12-16, EET stamps, newest first
A["2300"] = dict(
    ents=[RATAS, MARIN, KALJ, NIIN, "Kaja Kallas", "Mart Helme", "Martin Helme", "Urmas Reinsalu", "Pekka Haavisto",
          "ERR", "Helsingin Sanomat", "Facebook",
          "Estonia", "Finland", "EKRE", "Reform Party", "Isamaa"],
    calls=[call("c1", RATAS_MARIN, [RATAS, MARIN], "2019-12-16", caller=RATAS),
           call("c2", KALJ_NIIN, [KALJ, NIIN], "2019-12-16", caller=KALJ),
           call("c3", "A_E_reinsalu_haavisto_2019_12_15", ["Urmas Reinsalu", "Pekka Haavisto"], "2019-12-15")],
    rb=[rb("c1", "ERR", False), rb("c2", "Facebook", True), rb("c3", "Helsingin Sanomat", True)])

# 2301 Yle News, Tue 2019-12-17, telegraphic headline; "yesterday" = Dec 16; Löfven call planned for Wednesday = Dec 18
A["2301"] = dict(
    ents=[MARIN, RATAS, NIIN, KALJ, "Stefan Löfven", "Pekka Haavisto", "Mart Helme",
          "Yle News", "Baltic News Service", "ERR",
          "Finland", "Estonia", "Sweden", "EKRE", "Office of the President (Finland)"],
    calls=[call("c1", RATAS_MARIN, [MARIN, RATAS], "2019-12-16"),
           call("c2", KALJ_NIIN, [KALJ, NIIN], "2019-12-16", caller=KALJ),
           call("c3", "A_P_marin_lofven_2019_12_18", [MARIN, "Stefan Löfven"], "2019-12-18", status="planned")],
    rb=[rb("c1", "Baltic News Service", True), rb("c2", "ERR", True)])

# 2302 ERR News transcript, Thu 2019-12-19 (URL blank)
A["2302"] = dict(
    ents=[RATAS, MARIN, KALJ, NIIN, "Krišjānis Kariņš", "Mart Helme",
          "ERR", "Postimees", "Eesti Päevaleht", "Delfi",
          "Finland", "Estonia", "Latvia", "EKRE"],
    calls=[call("c1", RATAS_MARIN, [RATAS, MARIN], "2019-12-16", caller=RATAS),
           call("c2", KALJ_NIIN, [KALJ, NIIN], None, caller=KALJ),
           call("c3", "A_P_ratas_karins_2019_12_20", [RATAS, "Krišjānis Kariņš"], "2019-12-20", status="planned",
                caller=RATAS)],
    rb=[])

# 2303 The Portugal News, Tue 2017-06-20, condolence-call list
A["2303"] = dict(
    ents=[FELIPE, MARCELO, RAJOY, COSTA, "Emmanuel Macron", "Jean-Claude Juncker", "Pope Francis", "Angela Merkel",
          "Helena Marques",
          "The Portugal News", "RTP", "Twitter", "Lusa",
          "Portugal", "Spain", "France", "European Commission", "Portuguese Red Cross"],
    calls=[call("c1", FELIPE_MARCELO, [FELIPE, MARCELO], "2017-06-17", caller=FELIPE),
           call("c2", RAJOY_COSTA, [RAJOY, COSTA], "2017-06-18", caller=RAJOY),
           call("c3", "A_E_macron_costa_2017_06_18", ["Emmanuel Macron", COSTA], "2017-06-18"),
           call("c4", "A_E_juncker_costa_2017_06_19", ["Jean-Claude Juncker", COSTA], "2017-06-19",
                caller="Jean-Claude Juncker")],
    rb=[rb("c1", "RTP", True), rb("c3", "Twitter", True), rb("c4", "Lusa", True)])

# 2304 MercoPress, Mon 2023-05-01 08:47 UTC
A["2304"] = dict(
    ents=[PENA, "Luis Lacalle Pou", FERN, TSAI, "Mario Abdo Benítez", "Efraín Alegre", "Paraguayo Cubas",
          "MercoPress", "Twitter", "Télam", "Central News Agency",
          "Paraguay", "Uruguay", "Argentina", "Taiwan", "China", "Colorado Party"],
    calls=[call("c1", "A_E_lacallepou_pena_2023_04_30", ["Luis Lacalle Pou", PENA], "2023-04-30",
                caller="Luis Lacalle Pou"),
           call("c2", FERN_PENA, [FERN, PENA], "2023-04-30"),
           call("c3", TSAI_PENA, [TSAI, PENA], "2023-05-01", caller=TSAI)],
    rb=[rb("c1", "Twitter", True), rb("c2", "Télam", True), rb("c3", "Central News Agency", True)])

# 2305 Buenos Aires Times (AFP), Tue 2023-05-02
A["2305"] = dict(
    ents=[FERN, PENA, LULA, "Mario Abdo Benítez", "Horacio Cartes", "Santiago Cafiero", "Julio César Arriola",
          "Efraín Alegre",
          "Buenos Aires Times", "AFP", "Agência Brasil",
          "Argentina", "Brazil", "Paraguay", "Taiwan", "China", "Casa Rosada"],
    calls=[call("c1", FERN_PENA, [FERN, PENA], "2023-04-30", caller=FERN),
           call("c2", "A_E_lula_pena_2023_05_01", [LULA, PENA], "2023-05-01", caller=LULA),
           call("c3", "A_E_cafiero_arriola_2023_05_01", ["Santiago Cafiero", "Julio César Arriola"], "2023-05-01")],
    rb=[rb("c2", "Agência Brasil", True), rb("c3", "AFP", False)])

# 2306 The Guardian feature, Mon 2023-08-14; calls in passing, no outlet credited
A["2306"] = dict(
    ents=["Lai Ching-te", PENA, TSAI, "Efraín Alegre", "Lucía Benítez",
          "The Guardian",
          "Paraguay", "Taiwan", "China", "Honduras"],
    calls=[call("c1", TSAI_PENA, [TSAI, PENA], None, caller=TSAI),
           call("c2", "A_E_lai_pena_2023_08_last_week", ["Lai Ching-te", PENA], None)],
    rb=[])

# 2307 Sierra Leone Telegraph, Fri 2018-04-06: State House release "issued ... on Thursday evening" (Apr 5);
# "this morning", "In the afternoon", "in the evening" = Apr 5; "on Wednesday night" = Apr 4 (title blank)
A["2307"] = dict(
    ents=[BIO, WEAH, NANA, "Alpha Condé", KAMARA,
          "Sierra Leone Telegraph", "SLBC",
          "Sierra Leone", "Liberia", "Ghana", "Guinea",
          "State House (Sierra Leone)", "All People's Congress", "Mano River Union"],
    calls=[call("c1", "A_E_weah_bio_2018_04_05", [WEAH, BIO], "2018-04-05", caller=WEAH),
           call("c2", NANA_BIO, [NANA, BIO], "2018-04-05", caller=NANA),
           call("c3", "A_E_bio_conde_2018_04_05", [BIO, "Alpha Condé"], "2018-04-05"),
           call("c4", "A_A_bio_kamara_2018_04_04", [BIO, KAMARA], "2018-04-04", status="attempted", caller=BIO)],
    rb=[rb("c1", "SLBC", True)])

# 2308 GhanaWeb (GNA), "Accra, April 5, GNA –", Thu 2018-04-05
A["2308"] = dict(
    ents=[NANA, BIO, WEAH, KAMARA, "Eugene Arhin",
          "Ghana News Agency", "GhanaWeb", "Daily Guide",
          "Sierra Leone", "Ghana", "Presidency (Ghana)", "All People's Congress", "National Electoral Commission"],
    calls=[call("c1", NANA_BIO, [NANA, BIO], "2018-04-05", caller=NANA),
           call("c2", "A_E_akufoaddo_weah_2018_04_04", [NANA, WEAH], "2018-04-04"),
           call("c3", "A_D_akufoaddo_kamara_2018_03_weekend", [NANA, KAMARA], None, status="denied", caller=NANA)],
    rb=[rb("c1", "Ghana News Agency", False), rb("c3", "Daily Guide", True)])

# 2309 EL PAÍS in English, Sun 2017-06-18, "MADRID —" with no date: the day is only in the metadata
A["2309"] = dict(
    ents=[RAJOY, COSTA, FELIPE, MARCELO, "Juan Ignacio Zoido", "Constança Urbano de Sousa",
          "EL PAÍS", "Twitter", "Cadena SER",
          "Spain", "Portugal", "La Moncloa", "Royal Household"],
    calls=[call("c1", RAJOY_COSTA, [RAJOY, COSTA], "2017-06-18", caller=RAJOY),
           call("c2", FELIPE_MARCELO, [FELIPE, MARCELO], "2017-06-17"),
           call("c3", "A_E_zoido_urbano_2017_06_17", ["Juan Ignacio Zoido", "Constança Urbano de Sousa"], "2017-06-17"),
           call("c4", "A_P_rajoy_costa_2017_06", [RAJOY, COSTA], None, status="planned", caller=RAJOY)],
    rb=[rb("c2", "Twitter", True), rb("c3", "Cadena SER", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind24, part A): 10 articles written for this set (not real published text), each "
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
