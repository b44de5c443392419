#!/usr/bin/env python3
"""Build ../gold.json from the hand annotation below and the registry of names.

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
# ---- people used in several articles
LOF, SIP, MAY, SOL = "Stefan Löfven", "Juha Sipilä", "Theresa May", "Erna Solberg"
CG = "Carl XVI Gustaf"
TSI, ANA = "Alexis Tsipras", "Nicos Anastasiades"
NYU, RAM, MRS = "Filipe Nyusi", "Cyril Ramaphosa", "Marcelo Rebelo de Sousa"
MNA, MUT = "Emmerson Mnangagwa", "Peter Mutharika"
SAN = "Pedro Sánchez"
EPN, MAC, VID = "Enrique Peña Nieto", "Mauricio Macri", "Luis Videgaray"
# ---- events told by more than one article
SIP_LOF = "B_E_sipila_lofven_2017_04_07"
MAY_LOF = "B_E_may_lofven_2017_04_08"
NORDIC_P = "B_P_nordic_video_2017_04_10"
ANA_TSI = "B_E_anastasiades_tsipras_2018_07_24"
RAM_NYU = "B_E_ramaphosa_nyusi_2019_03_16"
MRS_NYU = "B_E_marcelo_nyusi_2019_03_18"
MAC_EPN = "B_E_macri_pena_2017_09_20"

A["2210"] = dict(
    ents=[LOF, SIP, SOL, "Bjarni Benediktsson", MAY, "Harald V", CG, "Dalia Grybauskaitė", "The Local", "TT",
          "Aftonbladet", "LRT", "Sweden", "Norway", "Finland", "Iceland", "Denmark", "Lithuania", "United Kingdom",
          "Uzbekistan", "Government Offices of Sweden", "Royal Court of Sweden"],
    calls=[call("c1", SIP_LOF, [SIP, LOF], "2017-04-07", caller=SIP),
           call("c2", MAY_LOF, [MAY, LOF], "2017-04-08", caller=MAY),
           call("c3", "B_E_harald_carlgustaf_2017_04_07", ["Harald V", CG], "2017-04-07", caller="Harald V"),
           call("c4", "B_E_grybauskaite_lofven_2017_04_08", ["Dalia Grybauskaitė", LOF], "2017-04-08"),
           call("c5", NORDIC_P, [LOF, SOL, SIP, "Bjarni Benediktsson"], "2017-04-10", status="planned")],
    rb=[rb("c1", "TT", True), rb("c1", "Aftonbladet", True), rb("c4", "LRT", True)])

A["2211"] = dict(
    ents=[SIP, LOF, "Paula Risikko", "Anders Ygeman", "Sauli Niinistö", CG, "Yle", "Twitter", "Finland", "Sweden",
          "Prime Minister's Office (Finland)", "Finnish Security Intelligence Service"],
    calls=[call("c1", SIP_LOF, [SIP, LOF], "2017-04-07", caller=SIP),
           call("c2", "B_A_sipila_lofven_2017_04_07", [SIP, LOF], "2017-04-07", status="attempted", caller=SIP),
           call("c3", "B_E_risikko_ygeman_2017_04_07", ["Paula Risikko", "Anders Ygeman"], "2017-04-07")],
    rb=[rb("c1", "Twitter", True), rb("c1", "Yle", False)])

A["2212"] = dict(
    ents=[TSI, "Jean-Claude Juncker", ANA, SAN, "Recep Tayyip Erdoğan", "Ibrahim Kalin", "Emmanuel Macron",
          "Vladimir Putin", "Giuseppe Conte", "Dimitris Tzanakopoulos", "Kyriakos Mitsotakis", "Tasos Kalogeridis",
          "Kathimerini", "Anadolu Agency", "Twitter", "Greece", "Bosnia and Herzegovina", "Cyprus", "Spain", "Turkey",
          "France", "Russia", "Italy", "European Commission", "European Union", "Elysee", "Kremlin"],
    calls=[call("c1", "B_E_juncker_tsipras_2018_07_23", ["Jean-Claude Juncker", TSI], "2018-07-23",
                caller="Jean-Claude Juncker"),
           call("c2", ANA_TSI, [ANA, TSI], "2018-07-24", caller=ANA),
           call("c3", "B_E_sanchez_tsipras_2018_07_24", [SAN, TSI], "2018-07-24", caller=SAN),
           call("c4", "B_E_erdogan_tsipras_2018_07_24", ["Recep Tayyip Erdoğan", TSI], "2018-07-24",
                caller="Recep Tayyip Erdoğan"),
           call("c5", "B_E_macron_tsipras_2018_07_24", ["Emmanuel Macron", TSI], "2018-07-24"),
           call("c6", "B_P_tsipras_conte_2018_07_25", [TSI, "Giuseppe Conte"], "2018-07-25", status="planned")],
    rb=[rb("c1", "Twitter", True), rb("c4", "Anadolu Agency", True)])

A["2213"] = dict(
    ents=[ANA, TSI, "Prodromos Prodromou", "Nikos Christodoulides", "Nikos Kotzias", "Cyprus Mail", "Cyprus", "Greece"],
    calls=[call("c1", ANA_TSI, [ANA, TSI], "2018-07-24", caller=ANA),
           call("c2", "B_E_christodoulides_kotzias_2018_07_23", ["Nikos Christodoulides", "Nikos Kotzias"],
                "2018-07-23")],
    rb=[])

A["2214"] = dict(
    ents=[NYU, RAM, MRS, "Tamim bin Hamad Al Thani", "Hage Geingob", MNA, MUT, "David Mabuza", "Club of Mozambique",
          "AIM", "Facebook", "Televisão de Moçambique", "Mozambique", "South Africa", "Portugal", "Qatar", "Namibia",
          "Zimbabwe", "Malawi", "Presidency of the Republic (Mozambique)", "Southern African Development Community",
          "South African National Defence Force", "IFRC"],
    calls=[call("c1", RAM_NYU, [RAM, NYU], "2019-03-16", caller=RAM),
           call("c2", MRS_NYU, [MRS, NYU], "2019-03-18", caller=MRS),
           call("c3", "B_E_tamim_nyusi_2019_03_18", ["Tamim bin Hamad Al Thani", NYU], "2019-03-18",
                caller="Tamim bin Hamad Al Thani"),
           call("c4", "B_E_sadc_video_2019_03_18", ["Hage Geingob", NYU, MNA, MUT, "David Mabuza"], "2019-03-18")],
    rb=[rb("c3", "Facebook", True), rb("c4", "Televisão de Moçambique", True)]
       + [rb(c, "AIM", False) for c in ("c1", "c2", "c3", "c4")])

A["2215"] = dict(
    ents=[MRS, NYU, MNA, MUT, "António Costa", "Augusto Santos Silva", "José Pacheco", "António Guterres",
          "Portugal Resident", "Lusa", "RTP", "Expresso", "Portugal", "Mozambique", "Zimbabwe", "Malawi",
          "Ministry of Foreign Affairs (Portugal)", "United Nations", "Portuguese Red Cross"],
    calls=[call("c1", MRS_NYU, [MRS, NYU], "2019-03-18", caller=MRS),
           call("c2", "B_P_marcelo_mnangagwa_2019_03", [MRS, MNA], None, status="planned", caller=MRS),
           call("c3", "B_P_marcelo_mutharika_2019_03", [MRS, MUT], None, status="planned", caller=MRS),
           call("c4", "B_E_costa_nyusi_2019_03_17", ["António Costa", NYU], "2019-03-17"),
           call("c5", "B_E_santossilva_pacheco_2019_03_16", ["Augusto Santos Silva", "José Pacheco"], "2019-03-16"),
           call("c6", "B_E_guterres_nyusi_2019_03_17", ["António Guterres", NYU], "2019-03-17")],
    rb=[rb("c1", "RTP", True), rb("c4", "Expresso", True)]
       + [rb(c, "Lusa", False) for c in ("c1", "c4", "c5", "c6")])

A["2216"] = dict(
    ents=[RAM, NYU, MNA, "Constantino Chiwenga", MRS, MUT, "Thabiso Mahlangu", "Daily Maverick", "The Herald", "AIM",
          "Mozambique", "South Africa", "Zimbabwe", "United Arab Emirates", "Portugal", "Malawi", "India",
          "United Nations", "Southern African Development Community"],
    calls=[call("c1", RAM_NYU, [RAM, NYU], "2019-03-16", caller=RAM),
           call("c2", "B_A_nyusi_mnangagwa_2019_03_16", [NYU, MNA], "2019-03-16", status="attempted", caller=NYU),
           call("c3", "B_E_chiwenga_nyusi_2019_03_16", ["Constantino Chiwenga", NYU], "2019-03-16"),
           call("c4", MRS_NYU, [MRS, NYU], "2019-03-18"),
           call("c5", "B_E_mutharika_nyusi_2019_04", [MUT, NYU], None)],
    rb=[rb("c1", "AIM", True), rb("c3", "The Herald", True)])

A["2217"] = dict(
    ents=["Margot Wallström", MAY, LOF, "Lars Løkke Rasmussen", "Børge Brende", "Donald Trump", "Rex Tillerson", SOL,
          SIP, "Sveriges Radio", "Expressen", "Sweden", "Norway", "Denmark", "United Kingdom", "United States", "Syria"],
    calls=[call("c1", MAY_LOF, [MAY, LOF], "2017-04-08", caller=MAY),
           call("c2", "B_E_rasmussen_lofven_2017_04_08", ["Lars Løkke Rasmussen", LOF], "2017-04-08",
                caller="Lars Løkke Rasmussen"),
           call("c3", "B_E_brende_wallstrom_2017_04_07", ["Børge Brende", "Margot Wallström"], "2017-04-07",
                caller="Børge Brende"),
           call("c4", "B_D_trump_lofven_2017_04_08", ["Donald Trump", LOF], "2017-04-08", status="denied",
                caller="Donald Trump"),
           call("c5", "B_P_wallstrom_tillerson_2017_04_11", ["Margot Wallström", "Rex Tillerson"], "2017-04-11",
                status="planned", required=False),
           call("c6", NORDIC_P, [LOF, SOL, SIP], "2017-04-10", status="planned")],
    rb=[rb("c4", "Expressen", True)])

A["2218"] = dict(
    ents=[EPN, MAC, "Mariano Rajoy", "Juan Manuel Santos", "Justin Trudeau", "Nicolás Maduro", VID, "Heraldo Muñoz",
          "El Universal", "Twitter", "VTV", "Mexico", "Argentina", "Spain", "Colombia", "Chile", "Canada", "Venezuela",
          "Los Pinos", "Foreign Ministry (Mexico)", "Military Emergencies Unit", "White Helmets"],
    calls=[call("c1", MAC_EPN, [MAC, EPN], "2017-09-20", caller=MAC),
           call("c2", "B_E_rajoy_pena_2017_09_19", ["Mariano Rajoy", EPN], "2017-09-19", caller="Mariano Rajoy"),
           call("c3", "B_E_santos_pena_2017_09_20", ["Juan Manuel Santos", EPN], "2017-09-20"),
           call("c4", "B_E_videgaray_munoz_2017_09_20", [VID, "Heraldo Muñoz"], "2017-09-20"),
           call("c5", "B_P_pena_trudeau_2017_09_21", [EPN, "Justin Trudeau"], "2017-09-21", status="planned"),
           call("c6", "B_D_maduro_pena_2017_09_19", ["Nicolás Maduro", EPN], "2017-09-19", status="denied")],
    rb=[rb("c3", "Twitter", True), rb("c6", "VTV", True)])

A["2219"] = dict(
    ents=[MAC, EPN, "Jorge Faurie", VID, "Buenos Aires Times", "Télam", "Argentina", "Mexico", "Casa Rosada",
          "White Helmets", "San Martín Palace"],
    calls=[call("c1", MAC_EPN, [MAC, EPN], "2017-09-20", caller=MAC),
           call("c2", "B_P_faurie_videgaray_2017_09", ["Jorge Faurie", VID], None, status="planned")],
    rb=[rb("c1", "Télam", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind23, part B): 10 articles written for this set (not real published text), each "
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
