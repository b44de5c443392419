#!/usr/bin/env python3
"""Build ../gold.json (blind46, part B) from the hand annotation below and the registry of names.

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
ABBOTT, GARCIA, AMLO, MAYORKAS, BARCENA, BLINKEN = "Greg Abbott", "Samuel García", "Andrés Manuel López Obrador", \
    "Alejandro Mayorkas", "Alicia Bárcena", "Antony Blinken"
NAIQAMA, KIRO, TUPOU, MOSTYN, RABUKA, KATONIVERE = "Ratu Naiqama Lalabalavu", "Cindy Kiro", "Tupou VI", "Sam Mostyn", \
    "Sitiveni Rabuka", "Wiliame Katonivere"
SABAH, MBS, SBH, HAMAD, MBAR, MISHAL, AHMAD = "Sabah Khalid Al-Hamad Al-Sabah", "Mohammed bin Salman", \
    "Salman bin Hamad Al Khalifa", "Hamad bin Isa Al Khalifa", "Mohammed bin Abdulrahman Al Thani", \
    "Mishal Al-Ahmad Al-Jaber Al-Sabah", "Ahmad Abdullah Al-Ahmad Al-Sabah"
TOKAYEV, RAHMON, BEKTENOV, ARIPOV, NURTLEU, WANGYI, UALI = "Kassym-Jomart Tokayev", "Emomali Rahmon", "Olzhas Bektenov", \
    "Abdulla Aripov", "Murat Nurtleu", "Wang Yi", "Berik Uali"
VIVIAN, MANALO, RETNO, LWONG = "Vivian Balakrishnan", "Enrique Manalo", "Retno Marsudi", "Lawrence Wong"

# cross-article events
ABBOTT_GARCIA = "B_E_abbott_garcia_2024_04_16"      # 4510 ("spoke by phone Tuesday", no caller; X post of García);
                                                    # 4511 ("phoned ... on Tuesday night", caller García; Milenio);
                                                    # 4519 (feature: "the April 16 call", no year, no caller)
KIRO_NAIQAMA = "B_E_kiro_lalabalavu_2024_11_18"     # 4512 ("telephoned ... yesterday", Facebook); 4513 ("received a
                                                    # congratulatory telephone call from ... Kiro, who spoke with him on Monday")
SBH_SABAH = "B_E_salmanbinhamad_sabahkhalid_2024_06_02"  # 4514 (KUNA, "today" = the dateline's June 2); 4515 ("yesterday")
ARIPOV_BEKTENOV = "B_E_aripov_bektenov_2024_04_05"  # 4516 (live blog, "on Friday", no caller); 4517 ("telephoned ...
                                                    # yesterday", caller Aripov)

# 4510 The Texas Tribune, Wed 2024-04-17: byline, share bar, disclosure and related links
A["4510"] = dict(
    ents=[ABBOTT, GARCIA, "Elena Marquez-Holloway", "The Texas Tribune", "X", "Mexico",
          "Texas Department of Public Safety"],
    calls=[# "Gov. Greg Abbott spoke by phone Tuesday with Nuevo León Gov. Samuel García" (no caller)
           call("c1", ABBOTT_GARCIA, [ABBOTT, GARCIA], "2024-04-16")],
    # "García wrote in a post on X late Tuesday, hours after the call" (four paragraphs later)
    rb=[rb("c1", "X", True)])

# 4511 Mexico News Daily, Fri 2024-04-19
A["4511"] = dict(
    ents=[GARCIA, ABBOTT, MAYORKAS, BARCENA, BLINKEN, AMLO, "Milenio", "Mexico News Daily",
          "Mexico", "United States", "Foreign Affairs Ministry (Mexico)"],
    calls=[# "says he phoned Texas Governor Greg Abbott on Tuesday night"; "I called him directly"
           call("c1", ABBOTT_GARCIA, [GARCIA, ABBOTT], "2024-04-16", caller=GARCIA),
           # "with whom he expects to speak by telephone 'in the coming days'" (planned; null)
           call("c2", "B_P_garcia_mayorkas_2024_04", [GARCIA, MAYORKAS], None, status="planned"),
           # ministers: "Bárcena held a phone conversation that afternoon [Thursday] with ... Blinken" (the SRE website
           # is an organization, not an outlet)
           call("c3", "B_E_barcena_blinken_2024_04_18", [BARCENA, BLINKEN], "2024-04-18")],
    # "García said in an interview with Milenio television on Thursday" (the interview gave the call's details)
    rb=[rb("c1", "Milenio", True)])

# 4519 The Dallas Morning News, Sun 2024-05-12: a feature; URL blank
A["4519"] = dict(
    ents=[ABBOTT, GARCIA, AMLO, "Jorge Villarreal-Beck", "Rogelio Treviño", "The Dallas Morning News", "Reforma"],
    calls=[# "After the April 16 call between the two governors" (no year, no caller)
           call("c1", ABBOTT_GARCIA, [ABBOTT, GARCIA], "2024-04-16"),
           # "A story in ... Reforma last month ... saying President Andres Manuel Lopez Obrador had telephoned Abbott
           # himself ... Abbott's office denied that any such call took place" (denied; claimed caller AMLO; no day)
           call("c2", "B_D_amlo_abbott_2024_04", [AMLO, ABBOTT], None, status="denied", caller=AMLO)],
    rb=[rb("c2", "Reforma", True)])

# 4512 Fiji Village, Tue 2024-11-19: a short brief; URL blank
A["4512"] = dict(
    ents=[KIRO, NAIQAMA, RABUKA, KATONIVERE, "Fiji Village", "Facebook", "New Zealand", "Fiji",
          "Office of the President (Fiji)"],
    calls=[# "Dame Cindy Kiro, telephoned President Ratu Naiqama Lalabalavu yesterday"
           call("c1", KIRO_NAIQAMA, [KIRO, NAIQAMA], "2024-11-18", caller=KIRO)],
    # "In a post on the Fiji Government Facebook page this morning, the Office of the President says ..."
    rb=[rb("c1", "Facebook", True)])

# 4513 RNZ Pacific, Fri 2024-11-22: a round-up
A["4513"] = dict(
    ents=[TUPOU, NAIQAMA, KIRO, MOSTYN, KATONIVERE, "RNZ Pacific", "Matangi Tonga",
          "Tonga", "Fiji", "New Zealand", "Australia"],
    calls=[# "King Tupou VI of Tonga has phoned Fiji's new President ..."; "the King made the call on Wednesday"
           call("c1", "B_E_tupou6_lalabalavu_2024_11_20", [TUPOU, NAIQAMA], "2024-11-20", caller=TUPOU),
           # "received a congratulatory telephone call from ... Dame Cindy Kiro, who spoke with him on Monday"
           call("c2", KIRO_NAIQAMA, [KIRO, NAIQAMA], "2024-11-18", caller=KIRO),
           # "Sam Mostyn, is expected to hold a video call with the President next week" (planned; null)
           call("c3", "B_P_mostyn_lalabalavu_2024_11", [MOSTYN, NAIQAMA], None, status="planned")],
    rb=[rb("c1", "Matangi Tonga", True)])

# 4514 Arab Times (KUNA), Mon 2024-06-03: "KUWAIT CITY, June 2 (KUNA):", a list of congratulation calls "today"
A["4514"] = dict(
    ents=[SABAH, MBS, SBH, HAMAD, MBAR, MISHAL, "Kuwait News Agency", "Arab Times",
          "Saudi Arabia", "Bahrain", "Qatar"],
    calls=[call("c1", "B_E_mbs_sabahkhalid_2024_06_02", [MBS, SABAH], "2024-06-02", caller=MBS),
           call("c2", SBH_SABAH, [SBH, SABAH], "2024-06-02", caller=SBH),
           call("c3", "B_E_mbar_sabahkhalid_2024_06_02", [MBAR, SABAH], "2024-06-02", caller=MBAR)],
    # the wire credit on another outlet's site: not required
    rb=[rb(c, "Kuwait News Agency", False) for c in ("c1", "c2", "c3")])

# 4515 GDN Online, Mon 2024-06-03
A["4515"] = dict(
    ents=[SBH, SABAH, AHMAD, HAMAD, MISHAL, "Abdullatif bin Rashid Al Zayani", "GDN Online", "Bahrain News Agency",
          "Bahrain", "Kuwait"],
    calls=[# "yesterday made a telephone call to His Highness Sheikh Sabah Khalid"
           call("c1", SBH_SABAH, [SBH, SABAH], "2024-06-02", caller=SBH),
           # "also spoke with Kuwait's Prime Minister, Sheikh Ahmad Abdullah ..." (not said to be a call; no day)
           call("c2", "B_E_salmanbinhamad_ahmadabdullah_2024_06", [SBH, AHMAD], None, required=False)],
    rb=[rb("c1", "Bahrain News Agency", True), rb("c2", "Bahrain News Agency", False)])

# 4516 The Astana Times, Mon 2024-04-08: a live blog, Astana time, newest first; title blank
A["4516"] = dict(
    ents=[TOKAYEV, RAHMON, UALI, NURTLEU, WANGYI, BEKTENOV, ARIPOV, "The Astana Times", "Kazinform", "Telegram",
          "Kazakhstan", "Tajikistan", "China", "Uzbekistan"],
    calls=[# 16:40: "will speak by phone with Tajik President Emomali Rahmon later today" (planned)
           call("c1", "B_P_tokayev_rahmon_2024_04_08", [TOKAYEV, RAHMON], "2024-04-08", status="planned"),
           # 13:20: ministers, "spoke by phone on Sunday"
           call("c2", "B_E_nurtleu_wangyi_2024_04_07", [NURTLEU, WANGYI], "2024-04-07"),
           # 10:10: "in a telephone conversation on Friday" (no caller)
           call("c3", ARIPOV_BEKTENOV, [BEKTENOV, ARIPOV], "2024-04-05")],
    rb=[rb("c1", "Kazinform", True), rb("c2", "Telegram", True)])

# 4517 Daryo, Sat 2024-04-06: a short brief with a telegraphic headline; no outlet credited
A["4517"] = dict(
    ents=[ARIPOV, BEKTENOV, TOKAYEV, "Daryo", "Kazakhstan", "Uzbekistan"],
    calls=[call("c1", ARIPOV_BEKTENOV, [ARIPOV, BEKTENOV], "2024-04-05", caller=ARIPOV)],
    rb=[])

# 4518 MFA Singapore, Thu 2024-06-20: a doorstop transcript (Q&A)
A["4518"] = dict(
    ents=[VIVIAN, MANALO, WANGYI, RETNO, LWONG, "Singapore", "ASEAN"],
    calls=[# "I spoke to Secretary Manalo on Tuesday evening" ("these calls" later; no caller)
           call("c1", "B_E_balakrishnan_manalo_2024_06_18", [VIVIAN, MANALO], "2024-06-18"),
           # "I will be speaking to Foreign Minister Wang Yi by phone tomorrow" (planned)
           call("c2", "B_P_balakrishnan_wangyi_2024_06_21", [VIVIAN, WANGYI], "2024-06-21", status="planned"),
           # "I tried to reach Foreign Minister Retno on Wednesday but we could not connect" (attempted; not said phone)
           call("c3", "B_A_balakrishnan_retno_2024_06_19", [VIVIAN, RETNO], "2024-06-19", status="attempted",
                caller=VIVIAN, required=False)],
    rb=[])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind46, part B): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline or the date of a reposted statement where the text anchors to it (4514). "
        "See README.md."),
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
