#!/usr/bin/env python3
"""Build ../gold.json (part B of blind9, articles 810-819) from the hand annotation below and the
name registry in registry.py (one type per name; the aliases kept for an article are the registry
forms that occur in it verbatim, as whole words). Adapted from /work/blindset/tools/build_gold.py.
Event ids carry the part prefix B_. Run: python3 build_gold.py
"""
import csv
import json
import re
from pathlib import Path

from registry import REG

ROOT = Path(__file__).resolve().parent.parent
ART = ROOT / "articles"


def call(cid, event, parts, date, status="occurred", caller=None, required=True):
    return {"id": cid, "event": "B_" + event, "participants": parts, "caller": caller,
            "date": date, "status": status, "required": required}


def rb(cid, outlet, required):
    return {"call": cid, "outlet": outlet, "required": required}


NNN, RAM = "Netumbo Nandi-Ndaitwah", "Cyril Ramaphosa"
MIR, TOK, JAP = "Shavkat Mirziyoyev", "Kassym-Jomart Tokayev", "Sadyr Japarov"
ALB, MAN = "Anthony Albanese", "Jeremiah Manele"
A = {}

A["810"] = dict(
    ents=[NNN, RAM, "Hakainde Hichilema", "Samia Suluhu Hassan", "Duma Boko", "Xi Jinping", "Nangolo Mbumba",
          "Panduleni Itula", "Maria Shikongo-Haufiku", "New Era", "Facebook", "X", "Namibia", "South Africa",
          "Zambia", "Tanzania", "Botswana", "Electoral Commission of Namibia", "State House (Tanzania)",
          "Independent Patriots for Change", "Southern African Development Community", "African Union Commission"],
    calls=[call("c1", "E_ramaphosa_nandindaitwah_2024_12_04", [NNN, RAM], "2024-12-04", caller=RAM),
           call("c2", "E_hichilema_nandindaitwah_2024_12_03", ["Hakainde Hichilema", NNN], "2024-12-03",
                caller="Hakainde Hichilema"),
           call("c3", "E_samia_nandindaitwah_2024_12_04", ["Samia Suluhu Hassan", NNN], "2024-12-04"),
           call("c4", "E_nandindaitwah_boko_2024_12", [NNN, "Duma Boko"], None, required=False)],
    rb=[rb("c2", "Facebook", True), rb("c3", "X", True)])

A["811"] = dict(
    ents=[RAM, NNN, "Vincent Magwenya", "Ronald Lamola", "Peya Mushelenga", "African News Agency", "South Africa",
          "Namibia", "The Presidency (South Africa)", "Department of International Relations and Cooperation",
          "Southern African Development Community"],
    calls=[call("c1", "E_ramaphosa_nandindaitwah_2024_12_04", [RAM, NNN], "2024-12-04", caller=RAM),
           call("c2", "E_lamola_mushelenga_2024_12_03", ["Ronald Lamola", "Peya Mushelenga"], "2024-12-03")],
    rb=[rb("c1", "African News Agency", False), rb("c2", "African News Agency", False)])

A["812"] = dict(
    ents=[MIR, TOK, JAP, "Emomali Rahmon", "Xi Jinping", "Ilham Aliyev", "Kazinform", "Kazakhstan", "Uzbekistan",
          "Kyrgyzstan", "Tajikistan", "China", "Azerbaijan", "Akorda"],
    calls=[call("c1", "E_mirziyoyev_tokayev_2025_05_17", [MIR, TOK], "2025-05-17", caller=MIR),
           call("c2", "E_japarov_tokayev_2025_05_17", [TOK, JAP], "2025-05-17", caller=JAP),
           call("c3", "E_tokayev_rahmon_2025_05", [TOK, "Emomali Rahmon"], None, required=False)],
    rb=[rb("c1", "Kazinform", False), rb("c2", "Kazinform", False)])

A["813"] = dict(
    ents=[MIR, TOK, "Serdar Berdimuhamedov", "Telegram", "Kun.uz", "Kazakhstan", "Uzbekistan", "Turkmenistan"],
    calls=[call("c1", "E_mirziyoyev_tokayev_2025_05_17", [MIR, TOK], "2025-05-17", caller=MIR),
           call("c2", "E_mirziyoyev_berdimuhamedov_2025_05_16", [MIR, "Serdar Berdimuhamedov"], "2025-05-16")],
    rb=[rb("c1", "Telegram", True)])

A["814"] = dict(
    ents=["Javier Milei", "Daniel Noboa", "Santiago Peña", "Marco Rubio", "Dina Boluarte", "Donald Trump",
          "Gustavo Petro", "Guillermo Lasso", "Luisa González", "EFE", "X", "Truth Social", "Ecuador", "Argentina",
          "Paraguay", "United States", "Peru", "Colombia", "National Electoral Council (Ecuador)", "State Department"],
    calls=[call("c1", "E_milei_noboa_2025_04_13", ["Javier Milei", "Daniel Noboa"], "2025-04-13", caller="Javier Milei"),
           call("c2", "E_pena_noboa_2025_04_14", ["Santiago Peña", "Daniel Noboa"], "2025-04-14"),
           call("c3", "E_rubio_noboa_2025_04_14", ["Marco Rubio", "Daniel Noboa"], "2025-04-14", caller="Marco Rubio"),
           call("c4", "P_boluarte_noboa_2025_04_15", ["Dina Boluarte", "Daniel Noboa"], "2025-04-15",
                status="planned", caller="Dina Boluarte")],
    rb=[rb("c2", "X", True), rb("c1", "EFE", False), rb("c2", "EFE", False), rb("c3", "EFE", False),
        rb("c4", "EFE", False)])

A["815"] = dict(
    ents=[TOK, MIR, JAP, "Aidana Seitkali", "Kabar", "The Times of Central Asia", "Kazakhstan", "Uzbekistan",
          "Kyrgyzstan", "Akorda"],
    calls=[call("c1", "E_tokayev_mirziyoyev_2025_01_30", [TOK, MIR], "2025-01-30", caller=TOK),
           call("c2", "P_mirziyoyev_japarov_2025_02_03", [MIR, JAP], "2025-02-03", status="planned")],
    rb=[rb("c2", "Kabar", True), rb("c1", "The Times of Central Asia", False)])

A["816"] = dict(
    ents=[ALB, MAN, "Christopher Luxon", "Manasseh Sogavare", "Matthew Wale", "X", "Solomon Islands", "Australia",
          "New Zealand", "China", "Department of Foreign Affairs and Trade"],
    calls=[call("c1", "E_albanese_manele_2024_05_02", [ALB, MAN], "2024-05-02", caller=ALB),
           call("c2", "P_luxon_manele_2024_05_03", ["Christopher Luxon", MAN], "2024-05-03", status="planned",
                caller="Christopher Luxon"),
           call("c3", "A_albanese_sogavare_2024_05_01", [ALB, "Manasseh Sogavare"], "2024-05-01",
                status="attempted", caller=ALB)],
    rb=[rb("c1", "X", True)])

A["817"] = dict(
    ents=[MAN, ALB, "Sitiveni Rabuka", "James Marape", "Peter Dutton", "Matthew Wale", "SIBC", "FBC News", "Facebook",
          "Solomon Islands", "Australia", "Fiji", "Papua New Guinea", "Australian Labor Party"],
    calls=[call("c1", "E_manele_albanese_2025_05_05", [MAN, ALB], "2025-05-05", caller=MAN),
           call("c2", "E_rabuka_albanese_2025_05_04", ["Sitiveni Rabuka", ALB], "2025-05-04", caller="Sitiveni Rabuka"),
           call("c3", "E_marape_albanese_2025_05", ["James Marape", ALB], None, required=False),
           call("c4", "E_dutton_albanese_2025_05_03", ["Peter Dutton", ALB], "2025-05-03", caller="Peter Dutton")],
    rb=[rb("c1", "Facebook", True), rb("c2", "FBC News", True)])

A["818"] = dict(
    ents=["Bola Tinubu", "Abdourahamane Tiani", "Julius Maada Bio", "Bayo Onanuga", "Yusuf Tuggar",
          "Samuel Okudzeto Ablakwa", "Hadiza Abubakar-Lawal", "Télé Sahel", "X", "Daily Trust", "Nigeria", "Niger",
          "Sierra Leone", "Ghana", "Mali", "Burkina Faso", "ECOWAS", "The Presidency (Nigeria)"],
    calls=[call("c1", "D_tinubu_tiani_2025_06", ["Bola Tinubu", "Abdourahamane Tiani"], None, status="denied",
                caller="Bola Tinubu"),
           call("c2", "E_tinubu_bio_2025_06_29", ["Bola Tinubu", "Julius Maada Bio"], "2025-06-29",
                caller="Bola Tinubu"),
           call("c3", "E_tuggar_ablakwa_2025_06_30", ["Yusuf Tuggar", "Samuel Okudzeto Ablakwa"], "2025-06-30")],
    rb=[rb("c1", "Télé Sahel", True), rb("c1", "X", False), rb("c2", "X", True)])

PIF = ["Kausea Natano", "Frank Bainimarama", "Scott Morrison", "Jacinda Ardern", "Surangel Whipps Jr.",
       "David Panuelo"]
A["819"] = dict(
    ents=PIF + ["Henry Puna", "David Kabua", "Taneti Maamau", "Lionel Aingimea", "Gerald Zackios", "Meg Taylor",
                "FBC News", "Cook Islands", "Tuvalu", "Australia", "New Zealand", "Palau",
                "Federated States of Micronesia", "Marshall Islands", "Kiribati", "Nauru", "Pacific Islands Forum"],
    calls=[call("c1", "E_pif_retreat_video_2021_02_03", PIF, "2021-02-03"),
           call("c2", "P_kabua_maamau_aingimea_2021_02", ["David Kabua", "Taneti Maamau", "Lionel Aingimea"], None,
                status="planned")],
    rb=[rb("c1", "FBC News", False)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:3]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg, blind9 part B: 10 articles (810-819) written for this set (not real "
        "published text), about real heads of state or government and ministers, with real or plausible "
        "invented calls. Hand annotation in the format of seeds-gold.json, following the conventions of "
        "/work/blindset/README.md. Calls are voice or video calls only (not in-person meetings, letters, "
        "cables, telegrams or messages). 'required' items are stated plainly in the text and count for "
        "recall; required=false items are accepted but not demanded. 'event' ties mentions of the same "
        "real-world call across articles (ids prefixed B_); a planned call and a call that took place are "
        "different events. Dates are resolved against the publication date, or the dateline where the "
        "text anchors to it. See README.md."),
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
