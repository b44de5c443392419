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



RAMA, MITS, MEL = "Edi Rama", "Kyriakos Mitsotakis", "Giorgia Meloni"
CON, STAR = "Catherine Connolly", "Keir Starmer"
BIO, MAH = "Julius Maada Bio", "John Dramani Mahama"
SUMMIT = "B_E_ecowas_virtual_2025_11_27"

A = {}

A["910"] = dict(
    ents=[RAMA, MITS, MEL, "Albin Kurti", "Christian Stocker", "Recep Tayyip Erdoğan", "Sali Berisha",
          "Albanian Telegraphic Agency", "X", "Albania", "Italy", "Kosovo", "Socialist Party of Albania",
          "Democratic Party of Albania", "Prime Minister's Office (Albania)", "European Political Community",
          "Central Election Commission (Albania)", "OSCE"],
    calls=[call("c1", "B_E_mitsotakis_rama_2025_05_13", [MITS, RAMA], "2025-05-13", caller=MITS),
           call("c2", "B_E_meloni_rama_2025_05_12", [MEL, RAMA], "2025-05-12", caller=MEL),
           call("c3", "B_E_kurti_rama_2025_05_12", ["Albin Kurti", RAMA], "2025-05-12"),
           call("c4", "B_E_rama_stocker_2025_05", [RAMA, "Christian Stocker"], None, required=False)],
    rb=[rb("c3", "X", True), rb("c1", "Albanian Telegraphic Agency", False)])

A["911"] = dict(
    ents=[MITS, RAMA, "Rosen Zhelyazkov", "Fredi Beleri", "Stefanos Famellos", "Eleni Vourakis", "Facebook",
          "Greece", "Albania", "SYRIZA", "PASOK", "New Democracy", "Greek Foreign Ministry",
          "European Political Community"],
    calls=[call("c1", "B_E_mitsotakis_rama_2025_05_13", [MITS, RAMA], "2025-05-13"),
           call("c2", "B_P_mitsotakis_zhelyazkov_2025_05", [MITS, "Rosen Zhelyazkov"], None, status="planned")],
    rb=[rb("c1", "Facebook", True)])

A["912"] = dict(
    ents=[MEL, RAMA, "Antonio Tajani", "Igli Hasani", "ANSA", "Balkan Insight", "Italy", "Albania",
          "Palazzo Chigi", "Democratic Party (Italy)", "Socialist Party of Albania", "European Political Community"],
    calls=[call("c1", "B_E_meloni_rama_2025_05_12", [MEL, RAMA], "2025-05-12", caller=MEL),
           call("c2", "B_E_tajani_hasani_2025_05_12", ["Antonio Tajani", "Igli Hasani"], "2025-05-12",
                caller="Antonio Tajani")],
    rb=[])

A["913"] = dict(
    ents=[CON, STAR, "Michael D. Higgins", "Micheál Martin", "Heather Humphreys", "Jim Gavin", "Mary Lou McDonald",
          "X", "RTÉ", "The Irish Times", "Ireland", "Fine Gael", "Sinn Féin", "Government Buildings",
          "Áras an Uachtaráin"],
    calls=[call("c1", "B_E_starmer_connolly_2025_10_25", [STAR, CON], "2025-10-25", caller=STAR),
           call("c2", "B_P_connolly_higgins_2025_10_26", [CON, "Michael D. Higgins"], "2025-10-26",
                status="planned"),
           call("c3", "B_E_martin_connolly_2025_10_25", ["Micheál Martin", CON], "2025-10-25"),
           call("c4", "B_E_humphreys_connolly_2025_10_25", ["Heather Humphreys", CON], "2025-10-25",
                caller="Heather Humphreys")],
    rb=[rb("c1", "X", True), rb("c4", "RTÉ", True)])

A["914"] = dict(
    ents=[STAR, CON, "Simon Harris", "Hilary Benn", "Charles III", "Michelle O'Neill", "Gavin Robinson",
          "Declan Maguire", "The Irish News", "United Kingdom", "Áras an Uachtaráin", "Downing Street",
          "Buckingham Palace", "DUP"],
    calls=[call("c1", "B_E_starmer_connolly_2025_11_12", [STAR, CON], "2025-11-12", caller=STAR),
           call("c2", "B_E_harris_benn_2025_11_11", ["Simon Harris", "Hilary Benn"], "2025-11-11")],
    rb=[])

A["915"] = dict(
    ents=["Michael Randrianirina", "Andry Rajoelina", "Emmanuel Macron", "Mahmoud Ali Youssouf", "Brian Otieno",
          "TVM", "Midi Madagasikara", "RFI", "Facebook", "Agence France-Presse", "Nation", "Madagascar", "France",
          "African Union", "CAPSAT", "High Constitutional Court", "Elysée Palace",
          "Southern African Development Community"],
    calls=[call("c1", "B_E_randrianirina_youssouf_2025_10_20", ["Michael Randrianirina", "Mahmoud Ali Youssouf"],
                "2025-10-20"),
           call("c2", "B_D_macron_randrianirina_2025_10", ["Emmanuel Macron", "Michael Randrianirina"], None,
                status="denied", caller="Emmanuel Macron")],
    rb=[rb("c1", "TVM", True), rb("c2", "Midi Madagasikara", True), rb("c2", "RFI", False)])

A["916"] = dict(
    ents=["Hassanal Bolkiah", "Prabowo Subianto", "Anwar Ibrahim", "Lawrence Wong", "Ferdinand Marcos Jr.",
          "Instagram", "Borneo Bulletin", "Brunei", "Indonesia", "Singapore", "Philippines",
          "Prime Minister's Office (Brunei)", "ASEAN"],
    calls=[call("c1", "B_E_prabowo_bolkiah_2025_06_02", ["Prabowo Subianto", "Hassanal Bolkiah"], "2025-06-02",
                caller="Prabowo Subianto"),
           call("c2", "B_E_bolkiah_wong_2025_06", ["Hassanal Bolkiah", "Lawrence Wong"], None, required=False)],
    rb=[rb("c1", "Instagram", True)])

A["917"] = dict(
    ents=["Kristrún Frostadóttir", "Jonas Gahr Støre", "Dick Schoof", "Þorgerður Katrín Gunnarsdóttir",
          "Espen Barth Eide", "Guðrún Hafsteinsdóttir", "RÚV", "X", "Iceland", "Norway", "Ukraine",
          "European Union", "Federation of Icelandic Fishing Vessel Owners"],
    calls=[call("c1", "B_P_kristrun_store_2025_03_13", ["Kristrún Frostadóttir", "Jonas Gahr Støre"], "2025-03-13",
                status="planned", caller="Kristrún Frostadóttir"),
           call("c2", "B_E_kristrun_schoof_2025_03_07", ["Kristrún Frostadóttir", "Dick Schoof"], "2025-03-07"),
           call("c3", "B_E_gunnarsdottir_eide_2025_03", ["Þorgerður Katrín Gunnarsdóttir", "Espen Barth Eide"], None)],
    rb=[rb("c2", "X", True), rb("c1", "RÚV", False)])

A["918"] = dict(
    ents=[BIO, MAH, "Bassirou Diomaye Faye", "Joseph Boakai", "Omar Alieu Touray", "Felix Kwakye Ofosu",
          "Umaro Sissoco Embaló", "GBC", "Ghana News Agency", "Guinea-Bissau", "Sierra Leone", "Senegal", "Liberia", "Ghana",
          "ECOWAS", "African Union", "Jubilee House"],
    calls=[call("c1", SUMMIT, [BIO, MAH, "Bassirou Diomaye Faye", "Joseph Boakai", "Omar Alieu Touray"],
                "2025-11-27"),
           call("c2", "B_A_mahama_embalo_2025_11_26", [MAH, "Umaro Sissoco Embaló"], "2025-11-26",
                status="attempted", caller=MAH)],
    rb=[rb("c2", "GBC", True), rb("c1", "Ghana News Agency", False)])

A["919"] = dict(
    ents=["Bola Tinubu", BIO, MAH, "Kashim Shettima", "Bayo Onanuga", "Nuhu Ribadu", "Umaro Sissoco Embaló", "X",
          "News Agency of Nigeria", "The Guardian Nigeria", "Sierra Leone", "Guinea-Bissau", "Ghana", "Senegal",
          "ECOWAS", "Peoples Democratic Party", "Presidential Villa"],
    calls=[call("c1", "B_E_tinubu_bio_2025_11_28", ["Bola Tinubu", BIO], "2025-11-28", caller="Bola Tinubu"),
           call("c2", SUMMIT, ["Kashim Shettima", BIO, MAH], "2025-11-27")],
    rb=[rb("c1", "X", True), rb("c1", "News Agency of Nigeria", False), rb("c2", "News Agency of Nigeria", False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:3]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg, blind10 part B: 10 articles (910-919) written for this set (not real published text), each "
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
