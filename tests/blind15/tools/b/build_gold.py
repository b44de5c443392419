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
MK, ZH = "Hristijan Mickoski", "Rosen Zhelyazkov"
LEO, NE, AB = "Pope Leo XIV", "Benjamin Netanyahu", "Mahmoud Abbas"
IS, YO, MO = "Shigeru Ishiba", "Yoon Suk Yeol", "Narendra Modi"
KA, ZO, OR, KO = "Mikheil Kavelashvili", "Salome Zourabichvili", "Viktor Orbán", "Irakli Kobakhidze"
PA = "Paetongtarn Shinawatra"
GSD = "Gordana Siljanovska-Davkova"

A["1410"] = dict(
    ents=[MK, ZH, "Edi Rama", "Kyriakos Mitsotakis", "Aleksandar Vučić", GSD, "Jakov Milatović",
          "Ursula von der Leyen", "Macedonian Information Agency", "North Macedonia", "Bulgaria", "Albania",
          "Greece", "Serbia", "Montenegro", "European Commission", "European Union"],
    calls=[call("c1", "B_E_zhelyazkov_mickoski_2025_03_16", [ZH, MK], "2025-03-16", caller=ZH),
           call("c2", "B_E_rama_mickoski_2025_03_16", ["Edi Rama", MK], "2025-03-16", caller="Edi Rama"),
           call("c3", "B_E_mitsotakis_mickoski_2025_03_17", ["Kyriakos Mitsotakis", MK], "2025-03-17"),
           call("c4", "B_E_vucic_mickoski_2025_03", ["Aleksandar Vučić", MK], None, required=False),
           call("c5", "B_E_milatovic_siljanovska_2025_03_17", ["Jakov Milatović", GSD], "2025-03-17",
                caller="Jakov Milatović")],
    rb=[rb("c1", "Macedonian Information Agency", False), rb("c2", "Macedonian Information Agency", False),
        rb("c3", "Macedonian Information Agency", False), rb("c5", "Macedonian Information Agency", False)])

A["1411"] = dict(
    ents=[ZH, MK, "Ursula von der Leyen", "Georg Georgiev", "Timčo Mucunski", "Rumen Radev", GSD, "BTA", "X",
          "Bulgaria", "North Macedonia", "Government Information Service (Bulgaria)", "European Commission",
          "European Union"],
    calls=[call("c1", "B_E_zhelyazkov_mickoski_2025_03_16", [ZH, MK], "2025-03-16"),
           call("c2", "B_P_zhelyazkov_vonderleyen_2025_03_17", [ZH, "Ursula von der Leyen"], "2025-03-17",
                status="planned"),
           call("c3", "B_E_georgiev_mucunski_2025_03_16", ["Georg Georgiev", "Timčo Mucunski"], "2025-03-16",
                caller="Georg Georgiev")],
    rb=[rb("c1", "X", True), rb("c1", "BTA", False), rb("c3", "BTA", False)])

A["1412"] = dict(
    ents=[AB, LEO, "Mohammad Mustafa", "José Manuel Albares", "WAFA", "Vatican News", "Palestine", "Spain"],
    calls=[call("c1", "B_E_abbas_leo_2025_07_21", [AB, LEO], "2025-07-21", caller=AB),
           call("c2", "B_E_albares_mustafa_2025_07_20", ["José Manuel Albares", "Mohammad Mustafa"], "2025-07-20",
                caller="José Manuel Albares")],
    rb=[rb("c1", "Vatican News", True), rb("c1", "WAFA", False), rb("c2", "WAFA", False)])

A["1413"] = dict(
    ents=[NE, LEO, "Gideon Sa'ar", "Antonio Tajani", "Isaac Herzog", "Pierbattista Pizzaballa", "Gabriel Romanelli",
          "Rai", "Vatican News", "The Times of Israel", "Israel", "Italy", "Holy See Press Office",
          "Prime Minister's Office (Israel)", "Hostages and Missing Families Forum", "Israel Defense Forces"],
    calls=[call("c1", "B_E_netanyahu_leo_2025_07_18", [NE, LEO], "2025-07-18", caller=NE),
           call("c2", "B_E_tajani_saar_2025_07_18", ["Antonio Tajani", "Gideon Sa'ar"], "2025-07-18",
                caller="Antonio Tajani"),
           call("c3", "B_E_herzog_pizzaballa_2025_07_18", ["Isaac Herzog", "Pierbattista Pizzaballa"], "2025-07-18",
                caller="Isaac Herzog")],
    rb=[rb("c1", "Vatican News", True), rb("c2", "Rai", True)])

A["1414"] = dict(
    ents=[LEO, "Gabriel Romanelli", "Pope Francis", NE, "Matteo Bruni", AB, "Chiara Benedetti",
          "Corriere della Sera", "Vatican Media", "Israel", "Palestine", "Italy", "Vatican City",
          "Holy See Press Office"],
    calls=[call("c1", "B_E_leo_romanelli_2025_07_17", [LEO, "Gabriel Romanelli"], "2025-07-17", caller=LEO),
           call("c2", "B_E_francis_romanelli_habitual", ["Pope Francis", "Gabriel Romanelli"], None,
                caller="Pope Francis", required=False),
           call("c3", "B_E_netanyahu_leo_2025_07_18", [NE, LEO], "2025-07-18", caller=NE),
           call("c4", "B_E_abbas_leo_2025_07_21", [AB, LEO], "2025-07-21", caller=AB)],
    rb=[rb("c1", "Corriere della Sera", True)])

A["1415"] = dict(
    ents=[IS, "Joe Biden", YO, "Fumio Kishida", "Yoshimasa Hayashi", MO, "Anthony Albanese", "Takeshi Iwaya",
          "Antony Blinken", "Kyodo", "X", "Japan", "United States", "South Korea", "China", "Laos", "NATO", "ASEAN",
          "Prime Minister's Office (Japan)"],
    calls=[call("c1", "B_E_biden_ishiba_2024_10_02", ["Joe Biden", IS], "2024-10-02"),
           call("c2", "B_E_ishiba_yoon_2024_10_02", [IS, YO], "2024-10-02"),
           call("c3", "B_P_ishiba_modi_2024_10", [IS, MO], None, status="planned"),
           call("c4", "B_P_ishiba_albanese_2024_10", [IS, "Anthony Albanese"], None, status="planned"),
           call("c5", "B_E_iwaya_blinken_2024_10_02", ["Takeshi Iwaya", "Antony Blinken"], "2024-10-02")],
    rb=[rb("c1", "X", True), rb("c1", "Kyodo", False), rb("c2", "Kyodo", False), rb("c5", "Kyodo", False)])

A["1416"] = dict(
    ents=[KA, ZO, OR, "Ilham Aliyev", KO, "Kęstutis Budrys", "Baiba Braže", "Margus Tsahkna", "Civil Georgia",
          "Facebook", "Imedi TV", "AZERTAC", "TV Pirveli", "Georgia", "Hungary", "Azerbaijan", "Lithuania", "Latvia",
          "Estonia", "Georgian Dream", "Presidential Administration (Georgia)", "Government Administration (Georgia)",
          "European Union"],
    calls=[call("c1", "B_E_orban_kavelashvili_2024_12_29", [OR, KA], "2024-12-29", caller=OR),
           call("c2", "B_E_aliyev_kavelashvili_2024_12_30", ["Ilham Aliyev", KA], "2024-12-30", caller="Ilham Aliyev"),
           call("c3", "B_E_kobakhidze_orban_2024_12", [KO, OR], None),
           call("c4", "B_E_zourabichvili_baltic_video_2024_12_30",
                [ZO, "Kęstutis Budrys", "Baiba Braže", "Margus Tsahkna"], "2024-12-30"),
           call("c5", "B_A_zourabichvili_kobakhidze_2024_12_27", [ZO, KO], "2024-12-27", status="attempted",
                caller=ZO)],
    rb=[rb("c1", "Facebook", True), rb("c2", "Imedi TV", True), rb("c2", "AZERTAC", True),
        rb("c5", "TV Pirveli", True)])

A["1417"] = dict(
    ents=["Randhir Jaiswal", IS, MO, "S. Jaishankar", "Anura Kumara Dissanayake", "Israel Katz", "Abbas Araghchi",
          "DD News", "Daily Mirror (Sri Lanka)", "Japan", "India", "Israel", "Iran", "Lebanon", "Sri Lanka"],
    calls=[call("c1", "B_E_ishiba_modi_2024_10_03", [IS, MO], "2024-10-03", caller=IS),
           call("c2", "B_E_jaishankar_katz_2024_10_01", ["S. Jaishankar", "Israel Katz"], "2024-10-01"),
           call("c3", "B_P_jaishankar_araghchi_2024_10", ["S. Jaishankar", "Abbas Araghchi"], None, status="planned"),
           call("c4", "B_D_modi_dissanayake_2024_09_30", [MO, "Anura Kumara Dissanayake"], "2024-09-30",
                status="denied")],
    rb=[rb("c4", "Daily Mirror (Sri Lanka)", True)])

A["1418"] = dict(
    ents=[PA, "Anwar Ibrahim", "Lawrence Wong", "Sonexay Siphandone", "Hun Manet", "Hun Sen", "Srettha Thavisin",
          "Thaksin Shinawatra", "Natthaphong Ruengpanyawut", "Thai PBS World", "Thai News Agency", "Bernama",
          "Thailand", "Malaysia", "Singapore", "Laos", "Cambodia", "Government House (Thailand)", "ASEAN",
          "Constitutional Court (Thailand)"],
    calls=[call("c1", "B_E_anwar_paetongtarn_2024_08_19", ["Anwar Ibrahim", PA], "2024-08-19", caller="Anwar Ibrahim"),
           call("c2", "B_E_paetongtarn_wong_2024_08_19", [PA, "Lawrence Wong"], "2024-08-19"),
           call("c3", "B_E_sonexay_paetongtarn_2024_08_19", ["Sonexay Siphandone", PA], "2024-08-19",
                caller="Sonexay Siphandone"),
           call("c4", "B_P_hunmanet_paetongtarn_2024_08", ["Hun Manet", PA], None, status="planned",
                caller="Hun Manet")],
    rb=[rb("c1", "Thai News Agency", True), rb("c1", "Bernama", True)])

A["1419"] = dict(
    ents=[YO, IS, "Jung Hye-jeon", "Fumio Kishida", "Park Eun-ji", "Yonhap", "JoongAng Daily", "South Korea", "Japan",
          "North Korea", "United States", "Laos", "ASEAN"],
    calls=[call("c1", "B_E_ishiba_yoon_2024_10_02", [IS, YO], "2024-10-02", caller=IS),
           call("c2", "B_E_yoon_kishida_2024_09", [YO, "Fumio Kishida"], None, caller=YO)],
    rb=[rb("c1", "Yonhap", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind15, part B): 10 articles written for this set (not real published text), each "
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
