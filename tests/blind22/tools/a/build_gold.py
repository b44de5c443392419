#!/usr/bin/env python3
"""Build ../gold.json (blind22, part A) from the hand annotation below and the registry of names.

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
ZUM, MUG, LOU, KHA, MNA = "Jacob Zuma", "Robert Mugabe", "João Lourenço", "Ian Khama", "Emmerson Mnangagwa"
TSI, ZAE, IVA = "Alexis Tsipras", "Zoran Zaev", "Gjorge Ivanov"
RAT, KAR, SKV = "Jüri Ratas", "Krišjānis Kariņš", "Saulius Skvernelis"
SAG, FER, BOL = "Francisco Sagasti", "Alberto Fernández", "Jair Bolsonaro"
ALL = "Andrés Allamand"

# cross-article events
ZUM_MUG = "A_E_zuma_mugabe_2017_11_15"               # 2100, 2101, 2102
TSI_ZAE = "A_E_tsipras_zaev_2018_06_12"              # 2103, 2104
BALTIC = "A_E_ratas_karins_skvernelis_2020_05_06"    # 2105, 2106 (video conference)
FER_SAG = "A_E_fernandez_sagasti_2020_11_18"         # 2107, 2108
FER_BOL = "A_E_fernandez_bolsonaro_2020_11_30"       # 2108, 2109 (video call)

# 2100 IOL (ANA), "JOHANNESBURG, November 15 (ANA) –", Wed 2017-11-15; wire credit named again at the end
A["2100"] = dict(
    ents=[ZUM, MUG, LOU, MNA, "Nosiviwe Mapisa-Nqakula", "Bongani Bongo", "Bongani Ngqulunga", "Sibusiso Moyo",
          "Mmusi Maimane", "Lindiwe Mokoena", "Thabo Nkosi",
          "African News Agency", "Twitter", "ZBC",
          "South Africa", "Zimbabwe", "Angola", "Presidency (South Africa)",
          "Southern African Development Community", "Zimbabwe Defence Forces", "Zanu-PF", "Democratic Alliance"],
    calls=[call("c1", ZUM_MUG, [ZUM, MUG], "2017-11-15", caller=ZUM),
           call("c2", "A_E_zuma_lourenco_2017_11_15", [ZUM, LOU], "2017-11-15", caller=ZUM)],
    rb=[rb("c1", "Twitter", True), rb("c1", "African News Agency", False), rb("c2", "African News Agency", False)])

# 2101 NewsDay (Harare), Thu 2017-11-16: "yesterday" = Nov 15; planned Zuma-Khama "today"
A["2101"] = dict(
    ents=[ZUM, MUG, KHA, "Morgan Tsvangirai", "Nosiviwe Mapisa-Nqakula", "Bongani Bongo", "Bongani Ngqulunga",
          "Constantino Chiwenga", "Fidelis Mukonori", "Grace Mugabe",
          "SABC", "African News Agency", "NewsDay",
          "South Africa", "Zimbabwe", "Botswana", "Zimbabwe Defence Forces", "Southern African Development Community",
          "MDC-T"],
    calls=[call("c1", ZUM_MUG, [ZUM, MUG], "2017-11-15"),
           call("c2", "A_P_zuma_khama_2017_11_16", [ZUM, KHA], "2017-11-16", status="planned")],
    rb=[rb("c1", "SABC", True), rb("c2", "African News Agency", True)])

# 2102 Mail & Guardian feature, Fri 2017-11-24 (the inauguration day); Zuma-Mugabe in passing, dated by
# "Wednesday 15 November" given two sentences earlier for Moyo's broadcast ("By mid-morning")
A["2102"] = dict(
    ents=[MNA, ZUM, MUG, KHA, "Sibusiso Moyo", "Kwame Dlamini-Hart",
          "ZBC", "Sunday Times", "Mail & Guardian",
          "Zimbabwe", "South Africa", "Botswana", "Southern African Development Community", "Zanu-PF",
          "Presidency (South Africa)"],
    calls=[call("c1", ZUM_MUG, [ZUM, MUG], "2017-11-15", caller=ZUM),
           call("c2", "A_D_zuma_mnangagwa_2017_11", [ZUM, MNA], None, status="denied", caller=ZUM),
           call("c3", "A_E_khama_mnangagwa_2017_11_22", [KHA, MNA], "2017-11-22", caller=KHA)],
    rb=[rb("c2", "Sunday Times", True)])

# 2103 Euronews live blog (CEST stamps, newest first), Tue 2018-06-12
A["2103"] = dict(
    ents=[TSI, ZAE, IVA, "Prokopis Pavlopoulos", "Panos Kammenos", "Jens Stoltenberg", "Federica Mogherini",
          "Johannes Hahn", "Nikos Kotzias", "Nikola Dimitrov",
          "Euronews", "ERT", "Twitter",
          "Greece", "NATO", "Independent Greeks", "New Democracy"],
    calls=[call("c1", TSI_ZAE, [TSI, ZAE], "2018-06-12"),
           call("c2", "A_E_kotzias_dimitrov_2018_06_11", ["Nikos Kotzias", "Nikola Dimitrov"], "2018-06-11"),
           call("c3", "A_A_zaev_ivanov_2018_06_12", [ZAE, IVA], "2018-06-12", status="attempted", caller=ZAE)],
    rb=[rb("c1", "ERT", True), rb("c2", "Euronews", False)])

# 2104 MIA, "Skopje, 12 June 2018 (MIA) –", published Wed 2018-06-13: "today" = June 12 and "tomorrow" =
# June 13, against the dateline; the Government's press release reposted
A["2104"] = dict(
    ents=[ZAE, TSI, IVA, "Hristijan Mickoski", "Nikola Dimitrov", "Matthew Nimetz",
          "MIA", "TV Telma",
          "North Macedonia", "Greece", "Government of the Republic of Macedonia", "VMRO-DPMNE", "United Nations"],
    calls=[call("c1", TSI_ZAE, [ZAE, TSI], "2018-06-12", caller=ZAE),
           call("c2", "A_P_zaev_mickoski_2018_06_13", [ZAE, "Hristijan Mickoski"], "2018-06-13", status="planned",
                caller=ZAE)],
    rb=[rb("c1", "TV Telma", True), rb("c1", "MIA", False), rb("c2", "MIA", False)])

# 2105 ERR News interview (Q&A), published Fri 2020-05-08, recorded "on Thursday": "Yesterday" = Wed May 6
A["2105"] = dict(
    ents=[RAT, KAR, SKV, "Sanna Marin",
          "ERR News",
          "Estonia", "Latvia", "Lithuania", "Finland", "Poland", "Riigikogu", "Health Board"],
    calls=[call("c1", BALTIC, [RAT, KAR, SKV], "2020-05-06"),
           call("c2", "A_E_ratas_marin_2020_last_week", [RAT, "Sanna Marin"], None, caller=RAT),
           call("c3", "A_P_ratas_karins_skvernelis_2020_05", [RAT, KAR, SKV], None, status="planned")],
    rb=[rb("c1", "ERR News", False), rb("c2", "ERR News", False)])

# 2106 LSM brief, Wed 2020-05-06, no dateline: "today" = the publication date (only in the metadata)
A["2106"] = dict(
    ents=[KAR, RAT, SKV, "Ursula von der Leyen", "Sanna Marin", "Mateusz Morawiecki",
          "LSM", "Twitter",
          "Latvia", "Estonia", "Lithuania", "Finland", "Poland", "European Commission", "State Chancellery"],
    calls=[call("c1", BALTIC, [KAR, RAT, SKV], "2020-05-06"),
           call("c2", "A_E_karins_vonderleyen_2020_05_05", [KAR, "Ursula von der Leyen"], "2020-05-05"),
           call("c3", "A_E_karins_marin_2020_05_this_week", [KAR, "Sanna Marin"], None, required=False),
           call("c4", "A_P_karins_morawiecki_2020_05_07", [KAR, "Mateusz Morawiecki"], "2020-05-07",
                status="planned")],
    rb=[rb("c1", "Twitter", True)])

# 2107 Andina, "Lima, Nov. 19 (ANDINA).", Thu 2020-11-19; list of congratulation calls to the interim president
A["2107"] = dict(
    ents=[SAG, "Lenín Moreno", "Sebastián Piñera", "Iván Duque", FER, "Felipe VI", BOL, "Manuel Merino",
          "Martín Vizcarra", "Elizabeth Astete", ALL,
          "Andina", "RPP Noticias",
          "Peru", "Ecuador", "Chile", "Colombia", "Argentina", "Spain", "Brazil", "Office of the President (Peru)",
          "Foreign Ministry", "Andean Community"],
    calls=[call("c1", "A_E_moreno_sagasti_2020_11_17", ["Lenín Moreno", SAG], "2020-11-17", caller="Lenín Moreno"),
           call("c2", "A_E_pinera_sagasti_2020_11_18", ["Sebastián Piñera", SAG], "2020-11-18",
                caller="Sebastián Piñera"),
           call("c3", "A_E_duque_sagasti_2020_11_18", ["Iván Duque", SAG], "2020-11-18", caller="Iván Duque"),
           call("c4", FER_SAG, [FER, SAG], "2020-11-18", caller=FER),
           call("c5", "A_E_felipe_sagasti_2020_11_18", ["Felipe VI", SAG], "2020-11-18", caller="Felipe VI"),
           call("c6", "A_P_sagasti_bolsonaro_2020_11", [SAG, BOL], None, status="planned"),
           call("c7", "A_E_astete_allamand_2020_11_19", ["Elizabeth Astete", ALL], "2020-11-19")],
    rb=[rb("c6", "RPP Noticias", True)] + [rb(c, "Andina", False) for c in ("c1", "c2", "c3", "c4", "c5", "c7")])

# 2108 Buenos Aires Times round-up, Mon 2020-11-30 (title blank in the metadata)
A["2108"] = dict(
    ents=[FER, BOL, "Raúl Alfonsín", "José Sarney", SAG, "Juan Pablo Biondi", "Daniel Scioli", "Felipe Solá", ALL,
          "Kristalina Georgieva", "Martina Ferreyra",
          "Télam", "Buenos Aires Times",
          "Argentina", "Brazil", "Peru", "Casa Rosada", "Mercosur", "IMF", "Foreign Ministry"],
    calls=[call("c1", FER_BOL, [FER, BOL], "2020-11-30"),
           call("c2", "A_E_sola_allamand_2020_11_30", ["Felipe Solá", ALL], "2020-11-30"),
           call("c3", "A_E_fernandez_georgieva_2020_11_30", [FER, "Kristalina Georgieva"], "2020-11-30"),
           call("c4", FER_SAG, [FER, SAG], "2020-11-18", caller=FER)],
    rb=[rb("c1", "Télam", True)])

# 2109 The Rio Times, "RIO DE JANEIRO, BRAZIL –", Wed 2020-12-02: "on Monday" = Nov 30; Sarney joined the call
A["2109"] = dict(
    ents=[BOL, FER, "José Sarney", "Raúl Alfonsín", "Ernesto Araújo", "Diego Maradona", "Hamilton Mourão",
          "Folha de S.Paulo", "TV Brasil", "Twitter", "The Rio Times",
          "Brazil", "Argentina", "Mercosur", "Itamaraty"],
    calls=[call("c1", FER_BOL, [BOL, FER, "José Sarney"], "2020-11-30", caller=FER),
           call("c2", "A_A_fernandez_bolsonaro_2019_10", [FER, BOL], None, status="attempted", caller=FER)],
    rb=[rb("c1", "Folha de S.Paulo", True), rb("c1", "TV Brasil", True), rb("c1", "Twitter", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind22, part A): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline where the text anchors to it; where local dates differ "
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
