#!/usr/bin/env python3
"""Build ../gold.json (part A of blind11, articles 1000-1009) from the hand annotation below and the
registry of names (registry.py). For each article: the entities it names (canonical names; aliases
are the registry's surface forms that occur verbatim, as whole words, in that article), its call
mentions and its reported-by pairs. Event ids carry the part prefix "A_". Run: python3 build_gold.py
"""
import csv
import json
import re
from pathlib import Path

from registry import REG

ROOT = Path(__file__).resolve().parent.parent
ART = ROOT / "articles"


def call(cid, event, parts, date, status="occurred", caller=None, required=True):
    return {"id": cid, "event": "A_" + event, "participants": parts, "caller": caller,
            "date": date, "status": status, "required": required}


def rb(cid, outlet, required):
    return {"call": cid, "outlet": outlet, "required": required}


HER, RAM = "Patrick Herminie", "Navin Ramgoolam"
JER, BOR, PAZ = "José Jerí", "Gabriel Boric", "Rodrigo Paz"
SUD, AHM = "Mohammed Shia al-Sudani", "Ahmad Abdullah Al-Ahmad Al-Sabah"
LF = "Laura Fernández"
DEBY = "Mahamat Idriss Déby"
WH, HEI, ADE = "Surangel Whipps Jr.", "Hilda Heine", "David Adeang"

A = {}

A["1000"] = dict(
    ents=[HER, RAM, "Wavel Ramkalawan", "Azali Assoumani", "Samia Suluhu Hassan", "Narendra Modi",
          "Marie-Ange Labiche", "Facebook", "Seychelles Broadcasting Corporation", "Seychelles News Agency",
          "Seychelles", "Mauritius", "Comoros", "Tanzania", "India", "United Seychelles",
          "Electoral Commission (Seychelles)", "Linyon Demokratik Seselwa", "Indian Ocean Commission"],
    calls=[call("c1", "E_ramgoolam_herminie_2025_10_13", [HER, RAM], "2025-10-13", caller=RAM),
           call("c2", "E_ramkalawan_herminie_2025_10_12", ["Wavel Ramkalawan", HER], "2025-10-12",
                caller="Wavel Ramkalawan"),
           call("c3", "E_azali_herminie_2025_10_13", ["Azali Assoumani", HER], "2025-10-13",
                caller="Azali Assoumani"),
           call("c4", "X_herminie_samia_1000", [HER, "Samia Suluhu Hassan"], None, required=False)],
    rb=[rb("c1", "Facebook", True), rb("c2", "Seychelles Broadcasting Corporation", True),
        rb("c3", "Seychelles News Agency", True)])

A["1001"] = dict(
    ents=[RAM, HER, "Narendra Modi", "Dhananjay Ramful", "Yvette Cooper", "Facebook", "Defimedia",
          "Mauritius Broadcasting Corporation", "Mauritius", "Seychelles", "Prime Minister's Office (Mauritius)",
          "National Assembly (Mauritius)"],
    calls=[call("c1", "E_ramgoolam_herminie_2025_10_13", [RAM, HER], "2025-10-13"),
           call("c2", "E_ramful_cooper_2025_10_10", ["Dhananjay Ramful", "Yvette Cooper"], "2025-10-10"),
           call("c3", "P_ramgoolam_modi_2025_10_16", [RAM, "Narendra Modi"], "2025-10-16", status="planned",
                caller=RAM)],
    rb=[rb("c1", "Facebook", True), rb("c2", "Defimedia", True)])

A["1002"] = dict(
    ents=[JER, BOR, PAZ, "Hugo de Zela", "Alberto van Klaveren", "X", "RPP", "Andina", "Peru", "Bolivia",
          "Presidential Office (Peru)", "Congress of Peru"],
    calls=[call("c1", "E_boric_jeri_2025_11_26", [JER, BOR], "2025-11-26", caller=BOR),
           call("c2", "E_dezela_vanklaveren_2025_11_25", ["Hugo de Zela", "Alberto van Klaveren"], "2025-11-25"),
           call("c3", "X_jeri_paz_1002", [JER, PAZ], None, required=False)],
    rb=[rb("c1", "X", True), rb("c2", "RPP", True), rb("c1", "Andina", False)])

A["1003"] = dict(
    ents=[BOR, JER, PAZ, "Álvaro Elizalde", "Radio Bío-Bío", "Chile", "Bolivia", "La Moneda",
          "Chamber of Deputies (Chile)", "Servicio Nacional de Migraciones"],
    calls=[call("c1", "E_boric_jeri_2025_11_26", [BOR, JER], "2025-11-26", caller=BOR),
           call("c2", "A_boric_paz_2025_11_25", [BOR, PAZ], "2025-11-25", status="attempted", caller=BOR)],
    rb=[rb("c1", "Radio Bío-Bío", True)])

A["1004"] = dict(
    ents=[AHM, SUD, "Mishal Al-Ahmad Al-Jaber Al-Sabah", "Abdel Fattah el-Sisi", "Sabah Khalid Al-Hamad Al-Sabah",
          "Kuwait News Agency", "Kuwait", "Iraq", "Syria", "United Nations", "Council of Ministers (Iraq)"],
    calls=[call("c1", "E_sudani_ahmad_2025_04_15", [AHM, SUD], "2025-04-15", caller=SUD),
           call("c2", "E_sisi_mishal_2025_04_14", ["Mishal Al-Ahmad Al-Jaber Al-Sabah", "Abdel Fattah el-Sisi"],
                "2025-04-14", caller="Abdel Fattah el-Sisi")],
    rb=[rb("c1", "Kuwait News Agency", False), rb("c2", "Kuwait News Agency", False)])

A["1005"] = dict(
    ents=[SUD, AHM, "Mohammed bin Salman", "Fuad Hussein", "Abdullah Al-Yahya", "Iraqi News Agency", "Telegram",
          "Shafaq News", "Kuwait", "Coordination Framework", "Federal Supreme Court (Iraq)",
          "Gulf Cooperation Council"],
    calls=[call("c1", "E_sudani_ahmad_2025_04_15", [SUD, AHM], "2025-04-15", caller=SUD),
           call("c2", "E_hussein_alyahya_2025_04_13", ["Fuad Hussein", "Abdullah Al-Yahya"], "2025-04-13"),
           call("c3", "P_sudani_mbs_2025_04", [SUD, "Mohammed bin Salman"], None, status="planned")],
    rb=[rb("c1", "Iraqi News Agency", True), rb("c2", "Telegram", True)])

A["1006"] = dict(
    ents=[LF, "Luis Abinader", "Nayib Bukele", "José Raúl Mulino", "Rodrigo Chaves", "Álvaro Ramos", "X", "Sertv",
          "Teletica", "La Nación", "Costa Rica", "Panama", "Supreme Electoral Tribunal (Costa Rica)",
          "National Liberation Party", "Presidency of Panama"],
    calls=[call("c1", "E_abinader_fernandez_2026_02_02", ["Luis Abinader", LF], "2026-02-02", caller="Luis Abinader"),
           call("c2", "P_fernandez_bukele_2026_02_04", [LF, "Nayib Bukele"], "2026-02-04", status="planned",
                caller=LF),
           call("c3", "E_mulino_fernandez_2026_02_01", ["José Raúl Mulino", LF], "2026-02-01"),
           call("c4", "E_chaves_fernandez_2026_02_01", ["Rodrigo Chaves", LF], "2026-02-01",
                caller="Rodrigo Chaves")],
    rb=[rb("c1", "X", True), rb("c3", "Sertv", True), rb("c4", "Teletica", True)])

A["1007"] = dict(
    ents=[DEBY, "Mohamed bin Zayed Al Nahyan", "João Lourenço", "Abdul Hamid Dbeibah", "Emirates News Agency",
          "Télé Tchad", "Agence Tchadienne de Presse et d'Edition", "Chad", "United Arab Emirates", "Sudan",
          "Qatar", "African Union", "National Refugee Commission (Chad)"],
    calls=[call("c1", "E_mbz_deby_2025_06_11", [DEBY, "Mohamed bin Zayed Al Nahyan"], "2025-06-11",
                caller="Mohamed bin Zayed Al Nahyan"),
           call("c2", "E_deby_lourenco_2025_06_10", [DEBY, "João Lourenço"], "2025-06-10"),
           call("c3", "A_deby_dbeibah_2025_06_09", [DEBY, "Abdul Hamid Dbeibah"], "2025-06-09", status="attempted",
                caller=DEBY)],
    rb=[rb("c1", "Emirates News Agency", True), rb("c2", "Télé Tchad", True),
        rb("c1", "Agence Tchadienne de Presse et d'Edition", False),
        rb("c2", "Agence Tchadienne de Presse et d'Edition", False)])

MPS = [WH, HEI, "Wesley Simina", ADE, "Taneti Maamau", "Lou Leon Guerrero"]
A["1008"] = dict(
    ents=MPS + ["Leilani Rengiil", "Facebook", "Island Times", "Marshall Islands",
                "Federated States of Micronesia", "Nauru", "Kiribati", "Guam", "Micronesian Presidents' Summit",
                "Office of the President (Palau)"],
    calls=[call("c1", "E_micronesia_video_2025_08_14", MPS, "2025-08-14")],
    rb=[rb("c1", "Facebook", True)])

A["1009"] = dict(
    ents=[HEI, WH, ADE, "Lai Ching-te", "Anjanette Lakabung", "Pacific Island Times", "Marshall Islands Journal",
          "Palau", "Nauru", "Taiwan", "Office of the President (Marshall Islands)", "Pacific Islands Forum",
          "Nitijela"],
    calls=[call("c1", "E_heine_whipps_2025_08_26", [HEI, WH], "2025-08-26", caller=HEI),
           call("c2", "D_heine_adeang_2025_08", [HEI, ADE], None, status="denied", caller=HEI),
           call("c3", "P_heine_lai_2025_09", [HEI, "Lai Ching-te"], None, status="planned")],
    rb=[rb("c2", "Pacific Island Times", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg, part A of blind11 (articles 1000-1009): articles written for this set "
        "(not real published text) about real heads of state or government and ministers, with real or "
        "plausible invented calls. Hand annotation in the format of seeds-gold.json. Calls are voice or video "
        "calls only (not in-person meetings, letters, cables or messages). 'required' items are stated plainly "
        "in the text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles (ids prefixed A_); a planned call and the call "
        "that later took place are different events. Dates are resolved against the publication date, or the "
        "dateline where the text anchors to it. See README.md."),
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
