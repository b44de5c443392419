#!/usr/bin/env python3
"""Build ../gold.json (blind17, part A) from the hand annotation below and the registry of names.

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
LEE, ISH, TRU, ALB = "Lee Jae-myung", "Shigeru Ishiba", "Donald Trump", "Anthony Albanese"
MAT, RAM, BOK, MSW, NNN = "Sam Matekane", "Cyril Ramaphosa", "Duma Boko", "Mswati III", "Netumbo Nandi-Ndaitwah"
TAM, MBS, SAL = "Tamim bin Hamad Al Thani", "Mohammed bin Salman", "Salman bin Abdulaziz Al Saud"
IBR, ENN, TEO = "Sultan Ibrahim", "Mohamed Ennaceur", "Feleti Teo"
LEE_ISH = "A_E_lee_ishiba_2025_06_09"
SACU = "A_E_sacu_video_2025_04_11"

A["1600"] = dict(
    ents=[LEE, ISH, TRU, ALB, "Kim Min-ji", "Kang Yu-jung", "Wi Sung-lac", "Yonhap", "X",
          "South Korea", "Japan", "United States", "Australia", "Canada", "North Korea",
          "People Power Party", "Group of Seven"],
    calls=[call("c1", LEE_ISH, [LEE, ISH], "2025-06-09"),
           call("c2", "A_E_trump_lee_2025_06_06", [LEE, TRU], "2025-06-06"),
           call("c3", "A_P_lee_albanese_2025_06", [LEE, ALB], None, status="planned")],
    rb=[rb("c1", "Yonhap", True), rb("c1", "X", True)])

A["1601"] = dict(
    ents=[ISH, LEE, "Yoshimasa Hayashi", "NHK World-Japan", "Japan", "South Korea", "United States", "North Korea",
          "Canada", "Liberal Democratic Party", "Group of Seven"],
    calls=[call("c1", LEE_ISH, [ISH, LEE], "2025-06-09")],
    rb=[])

A["1602"] = dict(
    ents=[MAT, RAM, TRU, "Letsie III", "Lerato Mokoena", "Mampho Ntšekhe", "Mokhethi Shelile", "Jamieson Greer",
          "Parks Tau", "Radio Lesotho", "Lesotho Times", "Lesotho", "United States", "South Africa",
          "Southern African Customs Union"],
    calls=[call("c1", SACU, [MAT, RAM], "2025-04-11"),
           call("c2", "A_E_shelile_greer_2025_04_14", ["Mokhethi Shelile", "Jamieson Greer"], "2025-04-14"),
           call("c3", "A_E_shelile_tau_2025_04", ["Mokhethi Shelile", "Parks Tau"], None)],
    rb=[rb("c2", "Radio Lesotho", True)])

A["1603"] = dict(
    ents=[RAM, BOK, MSW, MAT, NNN, TAM, "Vincent Magwenya", "Parks Tau", "SABC", "IOL", "Botswana", "Eswatini",
          "Lesotho", "Namibia", "Qatar", "United States", "South Africa", "Southern African Customs Union",
          "The Presidency (South Africa)"],
    calls=[call("c1", SACU, [RAM, BOK, MSW, MAT, NNN], "2025-04-11"),
           call("c2", "A_E_tamim_ramaphosa_2025_04_10", [TAM, RAM], "2025-04-10", caller=TAM)],
    rb=[rb("c1", "SABC", True)])

A["1604"] = dict(
    ents=[NNN, RAM, BOK, "João Lourenço", "Namibian Broadcasting Corporation", "NAMPA", "The Namibian",
          "Namibia", "South Africa", "Botswana", "Angola", "United States", "Southern African Customs Union",
          "State House (Namibia)", "African Union"],
    calls=[call("c1", SACU, [NNN, RAM, BOK], "2025-04-11"),
           call("c2", "A_E_lourenco_nandi_2025_04_10", ["João Lourenço", NNN], "2025-04-10", caller="João Lourenço")],
    rb=[rb("c1", "Namibian Broadcasting Corporation", True), rb("c1", "NAMPA", False), rb("c2", "NAMPA", False)])

A["1605"] = dict(
    ents=["Imran Khan", MBS, "Sabah al-Ahmad al-Jaber al-Sabah", SAL, "Adel Abdul Mahdi", "Abdullah II of Jordan",
          TRU, "Hamad bin Isa Al Khalifa", "Mike Pompeo", "Yahya Saree", "Abdulaziz bin Salman",
          "Al Arabiya English", "Al Iraqiya", "Jordan News Agency", "Saudi Press Agency", "Bahrain News Agency",
          "Al Masirah TV", "Twitter", "Pakistan", "Kuwait", "Iraq", "United States", "Jordan", "Saudi Arabia",
          "Bahrain", "Yemen", "White House", "Royal Hashemite Court", "Saudi Aramco"],
    calls=[call("c1", "A_A_imran_mbs_2019_09_14", ["Imran Khan", MBS], "2019-09-14", status="attempted",
                caller="Imran Khan"),
           call("c2", "A_P_sabah_salman_2019_09_15", ["Sabah al-Ahmad al-Jaber al-Sabah", SAL], "2019-09-15",
                status="planned"),
           call("c3", "A_E_pompeo_abdulmahdi_2019_09_15", ["Mike Pompeo", "Adel Abdul Mahdi"], "2019-09-15",
                caller="Mike Pompeo"),
           call("c4", "A_E_abdullah_mbs_2019_09_15", ["Abdullah II of Jordan", MBS], "2019-09-15",
                caller="Abdullah II of Jordan"),
           call("c5", "A_E_trump_mbs_2019_09_14", [TRU, MBS], "2019-09-14", caller=TRU),
           call("c6", "A_E_hamad_salman_2019_09_14", ["Hamad bin Isa Al Khalifa", SAL], "2019-09-14",
                caller="Hamad bin Isa Al Khalifa")],
    rb=[rb("c3", "Al Iraqiya", True), rb("c4", "Jordan News Agency", True), rb("c5", "Saudi Press Agency", True),
        rb("c6", "Bahrain News Agency", True)])

A["1606"] = dict(
    ents=["Sanae Takaichi", "Xi Jinping", TRU, "Guo Jiakun", "Wang Yi", "Sihasak Phuangketkeow", "Prak Sokhonn",
          "AFP", "Phoenix TV", "Kyodo News", "Bloomberg", "Xinhua", "China", "Thailand", "Cambodia", "Japan",
          "United States", "Taiwan", "ASEAN"],
    calls=[call("c1", "A_E_wangyi_sihasak_2025_12_15", ["Wang Yi", "Sihasak Phuangketkeow"], "2025-12-15",
                caller="Sihasak Phuangketkeow"),
           call("c2", "A_P_wangyi_prak_2025_12", ["Wang Yi", "Prak Sokhonn"], None, status="planned"),
           call("c3", "A_D_takaichi_xi_2025_12", ["Sanae Takaichi", "Xi Jinping"], None, status="denied",
                caller="Sanae Takaichi")],
    rb=[rb("c1", "Xinhua", True), rb("c3", "Kyodo News", True)])

A["1607"] = dict(
    ents=[IBR, "Lee Hsien Loong", "Hassanal Bolkiah", "Joko Widodo", "Srettha Thavisin", "Anwar Ibrahim",
          "Charles III", "Sultan Abdullah of Pahang", "Nadia Rahman", "Antara", "Facebook", "The Star",
          "Singapore", "Brunei", "Indonesia", "Thailand", "Istana Negara", "Conference of Rulers"],
    calls=[call("c1", "A_E_leehl_ibrahim_2024_01_31", ["Lee Hsien Loong", IBR], "2024-01-31", caller="Lee Hsien Loong"),
           call("c2", "A_E_bolkiah_ibrahim_2024_01_31", ["Hassanal Bolkiah", IBR], "2024-01-31",
                caller="Hassanal Bolkiah"),
           call("c3", "A_E_ibrahim_widodo_2024_02_01", [IBR, "Joko Widodo"], "2024-02-01"),
           call("c4", "A_E_ibrahim_srettha_2024_01", [IBR, "Srettha Thavisin"], None, required=False)],
    rb=[rb("c1", "Facebook", True), rb("c3", "Antara", True)])

A["1608"] = dict(
    ents=[ENN, "Béji Caïd Essebsi", "Abdelkader Bensalah", "Mohammed VI", TAM, "Abdel Fattah el-Sisi",
          "Youssef Chahed", "Giuseppe Conte", "Fayez al-Sarraj", "Emmanuel Macron", "Maghreb Arabe Presse",
          "Qatar News Agency", "Tunis Afrique Presse", "Tunisia", "Algeria", "Morocco", "Qatar", "Egypt", "Italy",
          "Libya", "France", "Assembly of the Representatives of the People", "Presidency of the Republic (Tunisia)",
          "Government of National Accord"],
    calls=[call("c1", "A_E_bensalah_ennaceur_2019_07_25", ["Abdelkader Bensalah", ENN], "2019-07-25",
                caller="Abdelkader Bensalah"),
           call("c2", "A_E_mohammedvi_ennaceur_2019_07_25", ["Mohammed VI", ENN], "2019-07-25", caller="Mohammed VI"),
           call("c3", "A_E_tamim_ennaceur_2019_07_25", [TAM, ENN], "2019-07-25", caller=TAM),
           call("c4", "A_E_sisi_ennaceur_2019_07_26", ["Abdel Fattah el-Sisi", ENN], "2019-07-26",
                caller="Abdel Fattah el-Sisi"),
           call("c5", "A_E_conte_chahed_2019_07_25", ["Giuseppe Conte", "Youssef Chahed"], "2019-07-25",
                caller="Giuseppe Conte"),
           call("c6", "A_E_ennaceur_sarraj_2019_07", [ENN, "Fayez al-Sarraj"], None, required=False)],
    rb=[rb("c2", "Maghreb Arabe Presse", True), rb("c3", "Qatar News Agency", True)])

A["1609"] = dict(
    ents=["Lai Ching-te", TEO, "Karen Kuo", "Lin Chia-lung", "Paulson Panapa", "Penny Wong", "Liberty Times",
          "Taipei Times", "Central News Agency", "Facebook", "Radio Tuvalu", "Tuvalu", "Taiwan", "Australia", "Nauru",
          "Presidential Office (Taiwan)", "Taiwan Affairs Office", "Chinese Nationalist Party"],
    calls=[call("c1", "A_E_lai_teo_video_2024_11_20", ["Lai Ching-te", TEO], "2024-11-20", caller=TEO),
           call("c2", "A_A_lin_panapa_2024_11_19", ["Lin Chia-lung", "Paulson Panapa"], "2024-11-19",
                status="attempted", caller="Lin Chia-lung"),
           call("c3", "A_E_teo_wong_2024_11_21", [TEO, "Penny Wong"], "2024-11-21")],
    rb=[rb("c1", "Liberty Times", True), rb("c1", "Facebook", True), rb("c1", "Central News Agency", False),
        rb("c3", "Radio Tuvalu", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind17, part A): 10 articles written for this set (not real published text), each "
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
