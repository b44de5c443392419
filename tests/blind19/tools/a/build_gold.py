#!/usr/bin/env python3
"""Build ../gold.json (blind19, part A) from the hand annotation below and the registry of names.

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
TRU, NET, MBZ, ABZ = "Donald Trump", "Benjamin Netanyahu", "Mohamed bin Zayed Al Nahyan", "Abdullah bin Zayed Al Nahyan"
MOR, SOG, MAR, ARD = "Scott Morrison", "Manasseh Sogavare", "James Marape", "Jacinda Ardern"
ANW, LEE, SHE = "Anwar Ibrahim", "Lee Hsien Loong", "Shehbaz Sharif"
BID, TRD, SUG = "Joe Biden", "Justin Trudeau", "Yoshihide Suga"
IMR, RAH, MIR = "Imran Khan", "Emomali Rahmon", "Shavkat Mirziyoyev"
UAE_CALL = "A_E_trump_netanyahu_mbz_2020_08_13"       # 1800, 1805
SOG_MOR = "A_E_sogavare_morrison_2021_11_24"          # 1801, 1809
LEE_ANW = "A_E_lee_anwar_2022_11_24"                  # 1802, 1806
BID_TRD = "A_E_biden_trudeau_2021_01_22"              # 1803, 1807
RAH_IMR = "A_E_rahmon_imran_2021_08_24"               # 1804, 1808

# 1800 Gulf News, live blog (UAE time, oldest entry first), 2020-08-13 (Thursday)
A["1800"] = dict(
    ents=[TRU, MBZ, NET, "Hamad bin Isa Al Khalifa", ABZ, "Mike Pompeo", "Anwar Gargash", "Haitham bin Tariq",
          "Gulf News", "Twitter", "Emirates News Agency", "Channel 12", "Oman News Agency",
          "United States", "United Arab Emirates", "Israel", "Bahrain", "Oman", "Palestine", "US State Department"],
    calls=[call("c1", UAE_CALL, [TRU, MBZ, NET], "2020-08-13"),
           call("c2", "A_E_hamad_mbz_2020_08_13", ["Hamad bin Isa Al Khalifa", MBZ], "2020-08-13",
                caller="Hamad bin Isa Al Khalifa"),
           call("c3", "A_E_pompeo_abz_2020_08_13", ["Mike Pompeo", ABZ], "2020-08-13"),
           call("c4", "A_D_netanyahu_haitham_2020_08", [NET, "Haitham bin Tariq"], None, status="denied",
                caller=NET)],
    rb=[rb("c1", "Twitter", True), rb("c2", "Emirates News Agency", True), rb("c4", "Channel 12", True),
        rb("c4", "Oman News Agency", False)])

# 1801 ABC TV 7.30, interview transcript, 2021-11-25 (Thursday)
A["1801"] = dict(
    ents=[MOR, SOG, "Jeremiah Manele", MAR, ARD, "Matthew Wale", "Marise Payne", "Leigh Sales",
          "Australian Broadcasting Corporation", "Australia", "Solomon Islands", "China",
          "Australian Federal Police", "National Security Committee of Cabinet"],
    calls=[call("c1", SOG_MOR, [SOG, MOR], "2021-11-24", caller=SOG),
           call("c2", "A_E_payne_manele_2021_11_25", ["Marise Payne", "Jeremiah Manele"], "2021-11-25"),
           call("c3", "A_E_morrison_marape_2021_11_25", [MOR, MAR], "2021-11-25"),
           call("c4", "A_P_morrison_ardern_2021_11_26", [MOR, ARD], "2021-11-26", status="planned")],
    rb=[])

# 1802 Free Malaysia Today, congratulation-call list, 2022-11-26 (Saturday)
A["1802"] = dict(
    ents=[ANW, "Ismail Sabri Yaakob", "Al-Sultan Abdullah", LEE, "Joko Widodo", "Anthony Albanese",
          "Recep Tayyip Erdoğan", SHE, "Prayut Chan-o-cha", "Muhyiddin Yassin",
          "Free Malaysia Today", "YouTube", "Twitter", "Anadolu Agency",
          "Malaysia", "Singapore", "Indonesia", "Australia", "Türkiye", "Pakistan", "Thailand",
          "Istana Negara", "Perdana Putra", "Perikatan Nasional", "Dewan Rakyat"],
    calls=[call("c1", "A_E_ismailsabri_anwar_2022_11_24", ["Ismail Sabri Yaakob", ANW], "2022-11-24",
                caller="Ismail Sabri Yaakob"),
           call("c2", LEE_ANW, [LEE, ANW], "2022-11-24", caller=LEE),
           call("c3", "A_E_jokowi_anwar_2022_11_25", ["Joko Widodo", ANW], "2022-11-25", caller="Joko Widodo"),
           call("c4", "A_E_albanese_anwar_2022_11_25", ["Anthony Albanese", ANW], "2022-11-25",
                caller="Anthony Albanese"),
           call("c5", "A_E_erdogan_anwar_2022_11_25", ["Recep Tayyip Erdoğan", ANW], "2022-11-25",
                caller="Recep Tayyip Erdoğan"),
           call("c6", "A_A_shehbaz_anwar_2022_11_25", [SHE, ANW], "2022-11-25", status="attempted", caller=SHE),
           call("c7", "A_E_shehbaz_anwar_2022_11_26", [SHE, ANW], "2022-11-26", caller=SHE),
           call("c8", "A_E_prayut_anwar_2022_11", ["Prayut Chan-o-cha", ANW], None, required=False)],
    rb=[rb("c3", "YouTube", True), rb("c4", "Twitter", True), rb("c5", "Anadolu Agency", True),
        rb("c6", "Free Malaysia Today", False), rb("c7", "Free Malaysia Today", False)])

# 1803 Stars and Stripes, "TOKYO --" dateline, 2021-01-28 (Thursday, Japan time)
A["1803"] = dict(
    ents=[BID, SUG, TRD, "Vladimir Putin", "Moon Jae-in", "Lloyd Austin", "Nobuo Kishi", "Suh Wook", "Kenji Marlow",
          "Stars and Stripes", "Kyodo News",
          "United States", "Japan", "China", "North Korea", "Canada", "Russia", "South Korea", "Pentagon"],
    calls=[call("c1", "A_E_suga_biden_2021_01_27", [BID, SUG], "2021-01-27", caller=BID),
           call("c2", BID_TRD, [BID, TRD], "2021-01-22", caller=BID),
           call("c3", "A_E_biden_putin_2021_01_26", [BID, "Vladimir Putin"], "2021-01-26"),
           call("c4", "A_E_austin_kishi_2021_01", ["Lloyd Austin", "Nobuo Kishi"], None),
           call("c5", "A_P_austin_suh_2021", ["Lloyd Austin", "Suh Wook"], None, status="planned")],
    rb=[rb("c1", "Kyodo News", True)])

# 1804 (Pakistan Observer; outlet blank in metadata), PID handout reposted, 2021-08-25 (Wednesday)
A["1804"] = dict(
    ents=[IMR, RAH, "Angela Merkel", MIR, "Shah Mahmood Qureshi",
          "Radio Pakistan", "Associated Press of Pakistan",
          "Pakistan", "Tajikistan", "Afghanistan", "Germany", "Uzbekistan",
          "Press Information Department", "Prime Minister's Office (Pakistan)", "Shanghai Cooperation Organization"],
    calls=[call("c1", RAH_IMR, [RAH, IMR], "2021-08-24", caller=RAH),
           call("c2", "A_E_merkel_imran_2021_08_23", ["Angela Merkel", IMR], "2021-08-23", caller="Angela Merkel"),
           call("c3", "A_P_imran_mirziyoyev_2021_08", [IMR, MIR], None, status="planned")],
    rb=[rb("c1", "Radio Pakistan", True), rb("c1", "Associated Press of Pakistan", True)])

# 1805 Jewish Telegraphic Agency, "WASHINGTON (JTA) --", 2020-08-14 (Friday)
A["1805"] = dict(
    ents=[TRU, NET, MBZ, "Benny Gantz", "Mark Esper", "Gabi Ashkenazi", ABZ, "Jared Kushner", "Mahmoud Abbas",
          "Naomi Adler", "Jewish Telegraphic Agency", "Twitter", "Army Radio",
          "Israel", "United Arab Emirates", "Pentagon", "Palestinian Authority"],
    calls=[call("c1", UAE_CALL, [TRU, NET, MBZ], "2020-08-13"),
           call("c2", "A_E_esper_gantz_2020_08_13", ["Mark Esper", "Benny Gantz"], "2020-08-13", caller="Mark Esper"),
           call("c3", "A_P_ashkenazi_abz_2020_08", ["Gabi Ashkenazi", ABZ], None, status="planned",
                caller="Gabi Ashkenazi")],
    rb=[rb("c1", "Twitter", True), rb("c3", "Army Radio", True)]
       + [rb(c, "Jewish Telegraphic Agency", False) for c in ("c1", "c2", "c3")])

# 1806 The Straits Times, short brief, 2022-11-25 (Friday); no date in the text
A["1806"] = dict(
    ents=[LEE, ANW, "Vivian Balakrishnan", "Halimah Yacob", "The Straits Times", "Facebook",
          "Singapore", "Malaysia", "Istana Negara", "Ministry of Foreign Affairs (Singapore)"],
    calls=[call("c1", LEE_ANW, [LEE, ANW], "2022-11-24")],
    rb=[rb("c1", "Facebook", True)])

# 1807 National Post, "OTTAWA --", with files from The Canadian Press, 2021-01-22 (Friday)
A["1807"] = dict(
    ents=[BID, TRD, "Andrés Manuel López Obrador", "Elizabeth II", "Jason Kenney", "Julie Payette",
          "Richard Wagner", "Michael Kovrig", "Michael Spavor", "Marc Lavallée",
          "National Post", "The Canadian Press", "630 CHED",
          "United States", "Canada", "China", "Mexico",
          "Prime Minister's Office (Canada)", "White House", "Rideau Hall"],
    calls=[call("c1", BID_TRD, [BID, TRD], "2021-01-22", caller=BID),
           call("c2", "A_P_biden_amlo_2021_01_22", [BID, "Andrés Manuel López Obrador"], "2021-01-22",
                status="planned"),
           call("c3", "A_E_kenney_trudeau_2021_01_20", ["Jason Kenney", TRD], "2021-01-20", caller="Jason Kenney"),
           call("c4", "A_P_trudeau_elizabeth_2021_01", [TRD, "Elizabeth II"], None, status="planned")],
    rb=[rb("c3", "630 CHED", True)] + [rb(c, "The Canadian Press", False) for c in ("c1", "c2", "c3", "c4")])

# 1808 Asia-Plus (Tajik agency, English service), round-up of one day's calls; dateline 25 August, published 2021-08-26 (Thursday); URL blank
A["1808"] = dict(
    ents=[RAH, MIR, "Ebrahim Raisi", IMR, "Vladimir Putin", "Alexander Lukashenko", "Kassym-Jomart Tokayev",
          "Sadyr Japarov", "Nikol Pashinyan", "Stanislav Zas", "Amrullah Saleh",
          "Asia-Plus", "Telegram", "TV Tojikiston", "TOLOnews", "IRNA",
          "Tajikistan", "Uzbekistan", "Iran", "Pakistan", "Afghanistan", "Russia", "Belarus", "Kazakhstan",
          "Kyrgyzstan", "Armenia", "Shanghai Cooperation Organization", "Collective Security Treaty Organization"],
    calls=[call("c1", "A_E_mirziyoyev_rahmon_2021_08_24", [MIR, RAH], "2021-08-24", caller=MIR),
           call("c2", "A_E_raisi_rahmon_2021_08_24", ["Ebrahim Raisi", RAH], "2021-08-24"),
           call("c3", RAH_IMR, [RAH, IMR], "2021-08-24"),
           call("c4", "A_E_csto_video_2021_08_23", [RAH, "Vladimir Putin", "Alexander Lukashenko",
                                                      "Kassym-Jomart Tokayev", "Sadyr Japarov", "Nikol Pashinyan",
                                                      "Stanislav Zas"], "2021-08-23"),
           call("c5", "A_D_rahmon_saleh_2021_08_22", [RAH, "Amrullah Saleh"], "2021-08-22", status="denied",
                caller=RAH)],
    rb=[rb("c1", "Telegram", True), rb("c2", "IRNA", True), rb("c3", "TV Tojikiston", True),
        rb("c5", "TOLOnews", True)] + [rb(c, "Asia-Plus", False) for c in ("c1", "c2", "c3", "c4", "c5")])

# 1809 Islands Business, feature, 2021-12-08 (Wednesday)
A["1809"] = dict(
    ents=[SOG, MOR, MAR, "Voreqe Bainimarama", ARD, "Matthew Wale", "Daniel Suidani", "Mere Tuilagi",
          "Islands Business", "Post-Courier", "Solomon Star", "Solomon Islands Broadcasting Corporation", "RNZ",
          "Solomon Islands", "Australia", "Papua New Guinea", "Fiji", "New Zealand", "China", "Taiwan",
          "Regional Assistance Mission to Solomon Islands"],
    calls=[call("c1", SOG_MOR, [SOG, MOR], "2021-11-24", caller=SOG),
           call("c2", "A_E_marape_sogavare_2021_11_26", [MAR, SOG], "2021-11-26"),
           call("c3", "A_E_bainimarama_sogavare_2021_11_29", ["Voreqe Bainimarama", SOG], "2021-11-29",
                caller="Voreqe Bainimarama"),
           call("c4", "A_E_ardern_sogavare_2021_11", [ARD, SOG], None),
           call("c5", "A_A_wale_sogavare_2021_11_25", ["Matthew Wale", SOG], "2021-11-25", status="attempted",
                caller="Matthew Wale")],
    rb=[rb("c2", "Post-Courier", True), rb("c3", "Solomon Star", True),
        rb("c3", "Solomon Islands Broadcasting Corporation", True), rb("c4", "RNZ", True)])

def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind19, part A): 10 articles written for this set (not real published text), each "
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
