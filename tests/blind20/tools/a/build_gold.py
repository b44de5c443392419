#!/usr/bin/env python3
"""Build ../gold.json (blind20, part A) from the hand annotation below and the registry of names.

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
STO, FRE, KRI, MIC, ZEL = "Jonas Gahr Støre", "Mette Frederiksen", "Ulf Kristersson", "Kristen Michal", "Volodymyr Zelensky"
BOL, MRS = "Jair Bolsonaro", "Marcelo Rebelo de Sousa"
MAH, TIN, BIO = "John Dramani Mahama", "Bola Tinubu", "Julius Maada Bio"
ABL, TUG = "Samuel Okudzeto Ablakwa", "Yusuf Tuggar"
MIN = "Hubert Minnis"

# cross-article events
FRE_STO = "A_E_frederiksen_store_2025_09_08"     # 1900, 1901
KRI_STO = "A_E_kristersson_store_2025_09_09"     # 1900, 1901, 1902
MIC_STO = "A_E_michal_store_2025_09_09"          # 1900, 1909
MRS_BOL = "A_E_marcelo_bolsonaro_2018_10_29"     # 1903, 1904
TIN_MAH = "A_E_tinubu_mahama_2025_08_07"         # 1905, 1906, 1907
ABL_TUG = "A_E_ablakwa_tuggar_2025_08_07"        # 1905, 1907

# 1900 The Local Norway, list of congratulation calls, published Wed 2025-09-10; election Mon 2025-09-08
A["1900"] = dict(
    ents=[STO, FRE, "Erna Solberg", KRI, MIC, ZEL, "Petteri Orpo", "Keir Starmer", "Sylvi Listhaug", "Maren Holtet",
          "VG", "X", "TT",
          "Norway", "Denmark", "Sweden", "Estonia", "Ukraine", "Finland", "United Kingdom",
          "Storting", "Labour Party (Norway)", "Progress Party (Norway)"],
    calls=[call("c1", FRE_STO, [FRE, STO], "2025-09-08", caller=FRE),
           call("c2", "A_E_solberg_store_2025_09_08", ["Erna Solberg", STO], "2025-09-08", caller="Erna Solberg"),
           call("c3", KRI_STO, [KRI, STO], "2025-09-09", caller=KRI),
           call("c4", MIC_STO, [MIC, STO], "2025-09-09", caller=MIC),
           call("c5", "A_E_zelensky_store_2025_09_09", [ZEL, STO], "2025-09-09", caller=ZEL),
           call("c6", "A_E_orpo_store_2025_09", ["Petteri Orpo", STO], None, required=False),
           call("c7", "A_P_starmer_store_2025_09", ["Keir Starmer", STO], None, status="planned")],
    rb=[rb("c1", "VG", True), rb("c3", "TT", True), rb("c5", "X", True)])

# 1901 The Guardian, Europe live blog (CEST, newest first), Tue 2025-09-09
A["1901"] = dict(
    ents=[STO, FRE, KRI, ZEL, "Mark Rutte", "Friedrich Merz", "Emmanuel Macron", "François Bayrou",
          "Sylvi Listhaug", "Stefan Kornelius", "Anna Kellner",
          "Nettavisen", "dpa", "Politiken", "DR", "NRK", "X",
          "Norway", "France", "Ukraine", "Sweden", "Germany", "Denmark",
          "Storting", "NATO", "Élysée", "Labour Party (Norway)", "Progress Party (Norway)"],
    calls=[call("c1", "A_D_listhaug_store_2025_09_08", ["Sylvi Listhaug", STO], "2025-09-08", status="denied",
                caller="Sylvi Listhaug"),
           call("c2", "A_P_store_zelensky_2025_09_09", [STO, ZEL], "2025-09-09", status="planned"),
           call("c3", "A_E_merz_macron_2025_09_09", ["Friedrich Merz", "Emmanuel Macron"], "2025-09-09"),
           call("c4", KRI_STO, [KRI, STO], "2025-09-09", caller=KRI),
           call("c5", FRE_STO, [FRE, STO], "2025-09-08", caller=FRE),
           call("c6", "A_E_rutte_store_2025_09_09", ["Mark Rutte", STO], "2025-09-09")],
    rb=[rb("c1", "Nettavisen", True), rb("c3", "dpa", True), rb("c5", "Politiken", True), rb("c5", "DR", True),
        rb("c5", "NRK", True), rb("c6", "X", True)])

# 1902 Radio Sweden, short brief; no date in the text (published 2025-09-09, Tuesday); URL blank
A["1902"] = dict(
    ents=[KRI, STO, "Magdalena Andersson", "Maria Malmer Stenergard", "Espen Barth Eide",
          "Radio Sweden", "Sveriges Radio",
          "Norway", "Sweden", "Government Offices of Sweden", "Progress Party (Norway)", "Labour Party (Norway)"],
    calls=[call("c1", KRI_STO, [KRI, STO], "2025-09-09", caller=KRI),
           call("c2", "A_E_malmerstenergard_bartheide_2025_09_09", ["Maria Malmer Stenergard", "Espen Barth Eide"],
                "2025-09-09")],
    rb=[rb("c1", "Radio Sweden", False)])

# 1903 Folha de S.Paulo (English edition), BRASÍLIA, Mon 2018-10-29; runoff Sun 2018-10-28
A["1903"] = dict(
    ents=["Donald Trump", BOL, "Sebastián Piñera", "Mario Abdo Benítez", "Michel Temer", MRS, "Nicolás Maduro",
          "Mauricio Macri", "Fernando Haddad", "Lucas Amorim Teles", "Gabriel Moraes Prado",
          "Facebook", "Twitter", "Folha de S.Paulo",
          "United States", "Brazil", "Chile", "Paraguay", "Portugal", "Venezuela", "Argentina",
          "Superior Electoral Court"],
    calls=[call("c1", "A_E_trump_bolsonaro_2018_10_28", ["Donald Trump", BOL], "2018-10-28", caller="Donald Trump"),
           call("c2", "A_E_pinera_bolsonaro_2018_10_28", ["Sebastián Piñera", BOL], "2018-10-28",
                caller="Sebastián Piñera"),
           call("c3", "A_E_abdo_bolsonaro_2018_10_28", ["Mario Abdo Benítez", BOL], "2018-10-28",
                caller="Mario Abdo Benítez"),
           call("c4", "A_E_temer_bolsonaro_2018_10_28", ["Michel Temer", BOL], "2018-10-28", caller="Michel Temer"),
           call("c5", MRS_BOL, [MRS, BOL], "2018-10-29", caller=MRS),
           call("c6", "A_A_maduro_bolsonaro_2018_10_29", ["Nicolás Maduro", BOL], "2018-10-29", status="attempted",
                caller="Nicolás Maduro"),
           call("c7", "A_P_macri_bolsonaro_2018_10", ["Mauricio Macri", BOL], None, status="planned")],
    rb=[rb("c1", "Facebook", True), rb("c1", "Twitter", True), rb("c2", "Facebook", True),
        rb("c3", "Facebook", True), rb("c6", "Folha de S.Paulo", False)])

# 1904 Portugal Resident, Mon 2018-10-29; Lisbon = UTC in late October 2018 (WET), Brasília UTC-3
A["1904"] = dict(
    ents=[MRS, BOL, "António Costa", "Augusto Santos Silva", "Aloysio Nunes Ferreira", "Fernando Haddad",
          "Assunção Cristas", "Clara Matos Lewis",
          "SIC", "Lusa",
          "Brazil", "Portugal", "Belém Palace", "São Bento"],
    calls=[call("c1", "A_A_marcelo_bolsonaro_2018_10_28", [MRS, BOL], "2018-10-28", status="attempted", caller=MRS),
           call("c2", MRS_BOL, [MRS, BOL], "2018-10-29", caller=MRS),
           call("c3", "A_P_costa_bolsonaro_2018_10", ["António Costa", BOL], None, status="planned"),
           call("c4", "A_E_santossilva_nunes_2018_10_29", ["Augusto Santos Silva", "Aloysio Nunes Ferreira"],
                "2018-10-29")],
    rb=[rb("c2", "SIC", True), rb("c2", "Lusa", True)])

# 1905 Citi Newsroom, transcript-like Q&A of a Friday briefing, 2025-08-08; title blank in metadata
A["1905"] = dict(
    ents=[MAH, TIN, "Nana Akufo-Addo", "Ibrahim Traoré", "Felix Kwakye Ofosu", "Edward Omane Boamah",
          "Ibrahim Murtala Muhammed", ABL, TUG,
          "Citi Newsroom", "Asaase Radio",
          "Ghana", "Nigeria", "Burkina Faso", "Jubilee House", "Ghana Armed Forces"],
    calls=[call("c1", TIN_MAH, [TIN, MAH], "2025-08-07", caller=TIN),
           call("c2", "A_D_akufoaddo_mahama_2025_08_06", ["Nana Akufo-Addo", MAH], "2025-08-06", status="denied",
                caller="Nana Akufo-Addo"),
           call("c3", ABL_TUG, [ABL, TUG], "2025-08-07"),
           call("c4", "A_P_mahama_traore_2025_08_08", [MAH, "Ibrahim Traoré"], "2025-08-08", status="planned")],
    rb=[rb("c2", "Asaase Radio", True)])

# 1906 Ghana News Agency, dateline "Accra, Aug. 8, GNA", published 2025-08-09: "yesterday" = Aug 7
A["1906"] = dict(
    ents=[MAH, "Osei Tutu II", "Faure Gnassingbé", BIO, TIN, "Alassane Ouattara", "Edward Omane Boamah",
          "Ibrahim Murtala Muhammed", "Muniru Mohammed", "Samuel Sarpong", "Samuel Aboagye",
          "Ghana News Agency", "Télévision Togolaise",
          "Ghana", "Togo", "Sierra Leone", "Nigeria", "Côte d'Ivoire", "ECOWAS", "Presidency (Ghana)"],
    calls=[call("c1", "A_E_oseitutu_mahama_2025_08_07", ["Osei Tutu II", MAH], "2025-08-07", caller="Osei Tutu II"),
           call("c2", "A_E_gnassingbe_mahama_2025_08_07", ["Faure Gnassingbé", MAH], "2025-08-07",
                caller="Faure Gnassingbé"),
           call("c3", "A_E_bio_mahama_2025_08_07", [BIO, MAH], "2025-08-07"),
           call("c4", "A_A_bio_mahama_2025_08_06", [BIO, MAH], "2025-08-06", status="attempted", caller=BIO),
           call("c5", TIN_MAH, [TIN, MAH], "2025-08-07", caller=TIN),
           call("c6", "A_E_ouattara_mahama_2025_08", ["Alassane Ouattara", MAH], None, required=False)],
    rb=[rb("c2", "Télévision Togolaise", True)]
       + [rb(c, "Ghana News Agency", False) for c in ("c1", "c2", "c3", "c4", "c5")])

# 1907 Daily Trust (NAN), "Abuja, Aug. 8, 2025 (NAN)", Presidency statement quoted; Fri 2025-08-08.
# "shortly after midnight on Friday, Nigerian time" (WAT = UTC+1) is 23:xx UTC on Thursday Aug 7.
A["1907"] = dict(
    ents=[TIN, MAH, BIO, "Bayo Onanuga", "Edward Omane Boamah", "Ibrahim Murtala Muhammed", TUG, ABL,
          "Kashim Shettima", "Julius Debrah", "Halima Sule Danjuma",
          "News Agency of Nigeria", "X",
          "Ghana", "Nigeria", "ECOWAS", "Presidency (Nigeria)", "Ministry of Foreign Affairs (Nigeria)",
          "Jubilee House"],
    calls=[call("c1", TIN_MAH, [TIN, MAH], "2025-08-07", caller=TIN),
           call("c2", "A_P_tinubu_bio_2025_08_08", [TIN, BIO], "2025-08-08", status="planned"),
           call("c3", ABL_TUG, [TUG, ABL], "2025-08-07")],
    rb=[rb("c1", "X", True), rb("c2", "X", True)]
       + [rb(c, "News Agency of Nigeria", False) for c in ("c1", "c2", "c3")])

# 1908 The Tribune, Nassau (outlet blank in metadata), Thu 2019-09-05; Dorian's Abaco landfall Sun 2019-09-01
A["1908"] = dict(
    ents=["Boris Johnson", MIN, "Donald Trump", "Allen Chastanet", "Mia Mottley", "Andrew Holness", "Timothy Harris",
          "Charles III", "Cornelius A. Smith", "Kendra Arnett",
          "Facebook", "The Tribune", "ZNS",
          "United Kingdom", "Bahamas", "United States", "Saint Lucia", "Barbados", "Jamaica", "St Kitts and Nevis",
          "Downing Street", "White House", "CARICOM", "Office of the Prime Minister (Bahamas)",
          "Government House (Bahamas)", "NEMA"],
    calls=[call("c1", "A_E_johnson_minnis_2019_09_03", ["Boris Johnson", MIN], "2019-09-03", caller="Boris Johnson"),
           call("c2", "A_E_trump_minnis_2019_09_04", ["Donald Trump", MIN], "2019-09-04"),
           call("c3", "A_E_caricom_video_2019_09_03", ["Allen Chastanet", MIN, "Mia Mottley", "Andrew Holness"],
                "2019-09-03"),
           call("c4", "A_E_harris_minnis_2019_09_01", ["Timothy Harris", MIN], "2019-09-01"),
           call("c5", "A_E_charles_smith_2019_09_04", ["Charles III", "Cornelius A. Smith"], "2019-09-04",
                caller="Charles III")],
    rb=[rb("c3", "Facebook", True)])

# 1909 The Baltic Times, feature, "RIGA –", Thu 2025-09-18; no outlet credited
A["1909"] = dict(
    ents=[STO, MIC, "Evika Siliņa", "Gitanas Nausėda", "Jens Stoltenberg", "Espen Barth Eide", "Sylvi Listhaug",
          "Kaarel Mets", "Ilze Vitola",
          "Norway", "Estonia", "Latvia", "Lithuania", "Ukraine", "NATO", "Labour Party (Norway)",
          "Progress Party (Norway)"],
    calls=[call("c1", MIC_STO, [MIC, STO], "2025-09-09", caller=MIC),
           call("c2", "A_E_silina_store_2025_09", ["Evika Siliņa", STO], None)],
    rb=[])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind20, part A): 10 articles written for this set (not real published text), each "
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
