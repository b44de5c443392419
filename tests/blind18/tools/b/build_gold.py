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
XI, MAR, LEE, BID, JOK, KIS = "Xi Jinping", "Ferdinand Marcos Jr.", "Lee Hsien Loong", "Joe Biden", "Joko Widodo", "Fumio Kishida"
LEB, LUT, JOL, DLF, WON, EBR = ("Dominic LeBlanc", "Howard Lutnick", "Mélanie Joly", "Juan Ramón de la Fuente",
                                "Penny Wong", "Marcelo Ebrard")
JIL, AA, FID, ALB_O = "Jalil Abbas Jilani", "Hossein Amir-Abdollahian", "Hakan Fidan", "Badr Albusaidi"
MAM = "Talant Mamytov"
ALB, MRP = "Anthony Albanese", "James Marape"
NET = "Benjamin Netanyahu"
XI_MAR = "B_E_xi_marcos_2022_05_18"
JOL_DLF = "B_E_joly_delafuente_2025_03_18"
EBR_LUT = "B_E_ebrard_lutnick_2025_03_17"
AA_JIL = "B_E_amirabdollahian_jilani_2024_01_19"
ALB_MRP = "B_E_albanese_marape_2024_05_26"

A["1710"] = dict(
    ents=[XI, MAR, LEE, BID, JOK, KIS, "Rodrigo Duterte", "Vic Rodriguez", "Huang Xilian", "Leni Robredo",
          "Rhea Mae Santillan", "Philstar.com", "China Central Television", "Facebook", "GMA News",
          "Philippines", "China", "Singapore", "United States", "Indonesia", "Japan", "White House"],
    calls=[call("c1", XI_MAR, [XI, MAR], "2022-05-18"),
           call("c2", "B_E_lee_marcos_2022_05_17", [LEE, MAR], "2022-05-17", caller=LEE),
           call("c3", "B_E_biden_marcos_2022_05", [BID, MAR], None, caller=BID),
           call("c4", "B_P_marcos_widodo_2022_05", [MAR, JOK], None, status="planned"),
           call("c5", "B_E_marcos_kishida_2022_05", [MAR, KIS], None, required=False)],
    rb=[rb("c1", "China Central Television", True), rb("c2", "Facebook", True), rb("c4", "GMA News", True)])

A["1711"] = dict(
    ents=[XI, MAR, "Wu Chaolan", "Xinhua", "People's Daily Online", "China", "Philippines"],
    calls=[call("c1", XI_MAR, [XI, MAR], "2022-05-18")],
    rb=[rb("c1", "Xinhua", False)])

A["1712"] = dict(
    ents=[LEB, LUT, JOL, DLF, WON, EBR, "Mark Carney", "Donald Trump", "Doug Ford", "Alexandra Mercier",
          "The Canadian Press", "The Globe and Mail", "Canada", "United States", "Mexico", "Australia",
          "Global Affairs Canada", "Prime Minister's Office (Canada)"],
    calls=[call("c1", "B_E_leblanc_lutnick_2025_03_19", [LEB, LUT], "2025-03-19", caller=LEB),
           call("c2", JOL_DLF, [JOL, DLF], "2025-03-18", caller=JOL),
           call("c3", "B_E_joly_wong_2025_03_19", [JOL, WON], "2025-03-19"),
           call("c4", EBR_LUT, [EBR, LUT], "2025-03-17"),
           call("c5", "B_P_leblanc_ebrard_2025_03", [LEB, EBR], None, status="planned")],
    rb=[rb("c1", "The Globe and Mail", True)] +
       [rb(c, "The Canadian Press", False) for c in ("c1", "c2", "c3", "c4", "c5")])

A["1713"] = dict(
    ents=[DLF, JOL, EBR, LUT, "Claudia Sheinbaum", "Donald Trump", "Mexico News Daily", "El Universal", "X",
          "Mexico", "Canada", "United States", "Secretaría de Relaciones Exteriores"],
    calls=[call("c1", JOL_DLF, [DLF, JOL], "2025-03-18"),
           call("c2", EBR_LUT, [EBR, LUT], "2025-03-17")],
    rb=[rb("c1", "X", True), rb("c2", "El Universal", True)])

A["1714"] = dict(
    ents=[JIL, AA, FID, "Mumtaz Zahra Baloch", "Murtaza Solangi", "Mao Ning", "Anwaar-ul-Haq Kakar", "Ebrahim Raisi",
          "Geo News", "Associated Press of Pakistan", "Anadolu Agency", "Pakistan", "Iran", "Turkey", "China",
          "Foreign Office (Pakistan)", "National Security Committee (Pakistan)"],
    calls=[call("c1", AA_JIL, [JIL, AA], "2024-01-19", caller=AA),
           call("c2", "B_E_fidan_jilani_2024_01_18", [FID, JIL], "2024-01-18", caller=FID),
           call("c3", "B_A_amirabdollahian_jilani_2024_01_17", [AA, JIL], "2024-01-17", status="attempted", caller=AA)],
    rb=[rb("c1", "Associated Press of Pakistan", True), rb("c2", "Anadolu Agency", True),
        rb("c3", "Geo News", False)])

A["1715"] = dict(
    ents=[AA, JIL, ALB_O, FID, "Nasser Kanaani", "Ebrahim Raisi", "Tehran Times", "Mehr News Agency", "IRNA",
          "Iran", "Pakistan", "Oman", "Turkey", "Foreign Ministry (Iran)"],
    calls=[call("c1", AA_JIL, [AA, JIL], "2024-01-19"),
           call("c2", "B_E_albusaidi_amirabdollahian_2024_01_19", [ALB_O, AA], "2024-01-19", caller=ALB_O),
           call("c3", "B_E_fidan_amirabdollahian_2024_01_18", [AA, FID], "2024-01-18")],
    rb=[rb("c2", "IRNA", True)] + [rb(c, "Mehr News Agency", False) for c in ("c1", "c2", "c3")])

A["1716"] = dict(
    ents=[MAM, "Alexander Lukashenko", "Vladimir Putin", "Kassym-Jomart Tokayev", "Nikol Pashinyan",
          "Shavkat Mirziyoyev", "Sadyr Japarov", "Sherzod Asadov", "AKIpress", "KTRK", "Telegram", "Kyrgyzstan",
          "Belarus", "Russia", "Kazakhstan", "Armenia", "Uzbekistan", "Eurasian Economic Union",
          "Supreme Eurasian Economic Council", "Jogorku Kenesh"],
    calls=[call("c1", "B_E_eaeu_video_2020_12_11",
                [MAM, "Alexander Lukashenko", "Vladimir Putin", "Kassym-Jomart Tokayev", "Nikol Pashinyan"],
                "2020-12-11"),
           call("c2", "B_E_mirziyoyev_mamytov_2020_12_09", ["Shavkat Mirziyoyev", MAM], "2020-12-09",
                caller="Shavkat Mirziyoyev")],
    rb=[rb("c1", "KTRK", True), rb("c2", "Telegram", True), rb("c1", "AKIpress", False), rb("c2", "AKIpress", False)])

A["1717"] = dict(
    ents=[MRP, ALB, "Bob Dadae", "David Hurley", "Peter Ipatas", "Mark Kupa", "Rose Pakao", "Joseph Waka Meri",
          "The National (PNG)", "Papua New Guinea", "Australia", "PNG Defence Force", "National Disaster Centre"],
    calls=[call("c1", ALB_MRP, [ALB, MRP], "2024-05-26", caller=ALB),
           call("c2", "B_E_hurley_dadae_2024_05_25", ["David Hurley", "Bob Dadae"], "2024-05-25", caller="David Hurley")],
    rb=[])

A["1718"] = dict(
    ents=[ALB, MRP, "Christopher Luxon", "Joe Biden", "Richard Marles", "Billy Joseph", "Post-Courier",
          "Papua New Guinea", "Australia", "New Zealand", "United States"],
    calls=[call("c1", ALB_MRP, [ALB, MRP], "2024-05-26"),
           call("c2", "B_E_marles_joseph_2024_05_25", ["Richard Marles", "Billy Joseph"], "2024-05-25"),
           call("c3", "B_P_albanese_luxon_2024_05_27", [ALB, "Christopher Luxon"], "2024-05-27", status="planned")],
    rb=[rb("c1", "Post-Courier", True)])

A["1719"] = dict(
    ents=[NET, "Recep Tayyip Erdoğan", "Hamad bin Isa Al Khalifa", "Mahmoud Abbas", "Isaac Herzog", "Yair Lapid",
          "Nabil Abu Rudeineh", "Itamar Ben-Gvir", "Yael Birenbaum", "Haaretz", "Kan News", "Israel Hayom",
          "Channel 13 News", "Wafa", "Turkey", "Israel", "Bahrain", "Turkish Communications Directorate", "Likud",
          "Palestinian Authority", "Otzma Yehudit"],
    calls=[call("c1", "B_E_erdogan_netanyahu_2022_11_17", ["Recep Tayyip Erdoğan", NET], "2022-11-17",
                caller="Recep Tayyip Erdoğan"),
           call("c2", "B_E_hamad_netanyahu_2022_11_16", ["Hamad bin Isa Al Khalifa", NET], "2022-11-16",
                caller="Hamad bin Isa Al Khalifa"),
           call("c3", "B_D_abbas_netanyahu_2022_11", ["Mahmoud Abbas", NET], None, status="denied",
                caller="Mahmoud Abbas"),
           call("c4", "B_E_lapid_netanyahu_2022_11_03", ["Yair Lapid", NET], "2022-11-03", caller="Yair Lapid")],
    rb=[rb("c2", "Kan News", True), rb("c2", "Israel Hayom", True), rb("c3", "Channel 13 News", True),
        rb("c3", "Wafa", False)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind18, part B): 10 articles written for this set (not real published text), each "
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
