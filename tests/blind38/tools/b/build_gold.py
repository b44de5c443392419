#!/usr/bin/env python3
"""Build ../gold.json (blind38, part B) from the hand annotation below and the registry of names.

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
TAMIM, SABAH, SABAHK, SALMAN, HAMAD, MBS, MBA = "Tamim bin Hamad Al Thani", "Sabah Al-Ahmad Al-Jaber Al-Sabah", \
    "Sabah Khalid Al-Hamad Al-Sabah", "Salman bin Abdulaziz Al Saud", "Hamad bin Isa Al Khalifa", "Mohammed bin Salman", \
    "Mohammed bin Abdulrahman Al Thani"
MBZ, ERDOGAN, ROUHANI, TRUMP = "Mohamed bin Zayed Al Nahyan", "Recep Tayyip Erdoğan", "Hassan Rouhani", "Donald Trump"
MODI, IMRAN, SHEHBAZ = "Narendra Modi", "Imran Khan", "Shehbaz Sharif"
POHIVA, ARDERN, TURNBULL, TUPOU, BAINIMARAMA, TUILAEPA = "Akilisi Pōhiva", "Jacinda Ardern", "Malcolm Turnbull", \
    "Tupou VI", "Frank Bainimarama", "Tuilaepa Sailele Malielegaoi"
TILLERSON, JUBEIR, JARALLAH, KALIN, RETNO, ABZ = "Rex Tillerson", "Adel al-Jubeir", "Khaled Al-Jarallah", "Ibrahim Kalin", \
    "Retno Marsudi", "Abdullah bin Zayed Al Nahyan"
QURESHI, POMPEO, WANGYI, SWARAJ, DOVAL, BOLTON, ABHINANDAN = "Shah Mehmood Qureshi", "Mike Pompeo", "Wang Yi", \
    "Sushma Swaraj", "Ajit Doval", "John Bolton", "Abhinandan Varthaman"
BISHOP, PETERS, GIRARDIN, FIERRAVANTI, COSGROVE, SIKA = "Julie Bishop", "Winston Peters", "Annick Girardin", \
    "Concetta Fierravanti-Wells", "Peter Cosgrove", "Semisi Sika"

# cross-article events
SABAH_TAMIM = "B_E_sabah_tamim_2017_06_05"      # 3710 (Al Jazeera live blog, Mon 5 June, 22:05 entry: "telephoned Sheikh
                                                # Tamim this evening"; caller Sabah); 3711 (KUNA on Kuwait Times, "KUWAIT,
                                                # June 6 (KUNA) --", page 7 June: "made a telephone call yesterday evening to"
                                                # = 5 June against the dateline; caller Sabah); 3713 (Middle East Eye, 12 Sept,
                                                # in passing: "By the evening of that first day ... was on the phone to", the
                                                # first day being "the morning of 5 June"; no caller)
TRUMP_TAMIM = "B_E_trump_tamim_2017_06_07"      # 3712 (QNA on The Peninsula, "Doha, June 7 (QNA) -", page 8 June: "received a
                                                # phone call today from" = 7 June by the dateline; caller Trump); 3713 ("Two days
                                                # after the rupture, Trump rang Tamim himself"; a day told by an event; caller Trump)
MBZ_IMRAN = "B_E_mbz_imran_2019_02_27"          # 3714 (WAM on Gulf News, "ABU DHABI, 27th February, 2019 (WAM) --", page 28 Feb:
                                                # "today made two separate telephone calls to"; caller MBZ); 3715 (Dawn, 1 March:
                                                # "received a telephone call on Wednesday night from ... Sheikh Mohammed bin Zayed",
                                                # the name spelled another way; Radio Pakistan named in the last line)
MBZ_MODI = "B_E_mbz_modi_2019_02_27"            # 3714 (the same WAM item; Modi's Twitter post quoted four paragraphs later;
                                                # caller MBZ); 3716 (The Indian Express, 1 March: "spoke by phone to ... on
                                                # Wednesday"; no caller)
POMPEO_QURESHI = "B_E_pompeo_qureshi_2019_02_26"  # 3715 ("at around 3am on Wednesday, Pakistan time" = 22:00 UTC on Tuesday 26
                                                # Feb); 3716 ("In a statement issued in Washington that evening [Tuesday], Pompeo
                                                # said he had also spoken by phone to"). Dated by the UTC day, 26 Feb; no caller
ARDERN_POHIVA = "B_E_ardern_pohiva_2018_02_13"  # 3719 (RNZ, no date in the text, metadata 13 Feb: "rang Mr Pohiva this
                                                # afternoon"); 3717 (Kaniva Tonga, Fri 16 Feb: "ringing on Tuesday afternoon",
                                                # "as Radio New Zealand reported at the time"); caller Ardern
BISHOP_POHIVA = "B_E_bishop_pohiva_2018_02_13"  # 3718 (ABC AM transcript, Wed 14 Feb: "I rang ... at about ten past ten last
                                                # night, our time. It was already after midnight in Nuku'alofa"); 3717 ("called
                                                # Hon. Pōhiva shortly after midnight on Wednesday, Tonga time"; "told ABC Radio").
                                                # 22:10 in Canberra (UTC+11) = 11:10 UTC on Tue 13 Feb = 00:10 on Wed 14 Feb in
                                                # Tonga (UTC+13): dated by the UTC day, 13 Feb; caller Bishop

# 3710 Al Jazeera live blog, Mon 2017-06-05 (Doha time stamps, newest first)
A["3710"] = dict(
    ents=[ERDOGAN, TAMIM, SABAH, SALMAN, TRUMP, TILLERSON, MBA, JUBEIR,
          "Al Jazeera", "NTV", "Sky News Arabia", "Saudi Press Agency",
          "Qatar", "Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt", "Kuwait", "Türkiye", "United States",
          "Qatar Airways"],
    calls=[# 23:20 entry: "spoke by phone with Sheikh Tamim bin Hamad Al Thani late on Monday, the Turkish broadcaster NTV
           # reported" (no caller)
           call("c1", "B_E_erdogan_tamim_2017_06_05", [ERDOGAN, TAMIM], "2017-06-05"),
           # 22:05 entry: "telephoned Sheikh Tamim this evening"
           call("c2", SABAH_TAMIM, [SABAH, TAMIM], "2017-06-05", caller=SABAH),
           # 20:40 entry: "Sky News Arabia reported this afternoon that Sheikh Tamim had telephoned ... King Salman bin Abdulaziz
           # earlier in the day"; a Qatari official "said no such call had taken place" (claimed caller Tamim)
           call("c3", "B_D_tamim_salman_2017_06_05", [TAMIM, SALMAN], "2017-06-05", status="denied", caller=TAMIM),
           # 18:15 entry: Trump "expected to speak by phone with King Salman 'in the coming days', without giving a date"
           call("c4", "B_P_trump_salman_2017_06", [TRUMP, SALMAN], None, status="planned"),
           # 15:30 entry: "on Sunday night ... he had tried to reach his Saudi counterpart, Adel al-Jubeir, by phone, but the
           # call was never returned"
           call("c5", "B_A_mba_jubeir_2017_06_04", [MBA, JUBEIR], "2017-06-04", status="attempted", caller=MBA)],
    rb=[rb("c1", "NTV", True), rb("c3", "Sky News Arabia", True),
        rb("c3", "Al Jazeera", False), rb("c5", "Al Jazeera", False)])

# 3711 Kuwait Times (KUNA), Wed 2017-06-07: "KUWAIT, June 6 (KUNA) --", the Amiri Diwan's statement
A["3711"] = dict(
    ents=[SABAH, TAMIM, HAMAD, SALMAN, SABAHK, TILLERSON, JARALLAH,
          "Kuwait Times", "Kuwait News Agency",
          "Kuwait", "Qatar", "Bahrain", "United States", "New Zealand",
          "Amiri Diwan", "Gulf Cooperation Council"],
    calls=[# "made a telephone call yesterday evening to his brother, His Highness Sheikh Tamim" (yesterday = 5 June, against
           # the dateline of 6 June, not the page's 7 June)
           call("c1", SABAH_TAMIM, [SABAH, TAMIM], "2017-06-05", caller=SABAH),
           # "Earlier today, before leaving for Jeddah, His Highness the Amir received a telephone call from His Majesty King
           # Hamad bin Isa Al Khalifa" (the Jeddah talks with King Salman are in person)
           call("c2", "B_E_hamad_sabah_2017_06_06", [HAMAD, SABAH], "2017-06-06", caller=HAMAD),
           # ministers: "Sheikh Sabah Khaled Al-Hamad Al-Sabah received a phone call today from US Secretary of State Rex
           # Tillerson"
           call("c3", "B_E_tillerson_sabahkhalid_2017_06_06", [TILLERSON, SABAHK], "2017-06-06", caller=TILLERSON)],
    rb=[rb("c1", "Kuwait News Agency", False), rb("c2", "Kuwait News Agency", False),
        rb("c3", "Kuwait News Agency", False)])

# 3712 The Peninsula (QNA), Thu 2017-06-08: "Doha, June 7 (QNA) -", a round-up of one day's calls
A["3712"] = dict(
    ents=[TAMIM, TRUMP, ERDOGAN, KALIN, ROUHANI, MBA, RETNO,
          "The Peninsula", "Qatar News Agency", "Anadolu Agency",
          "Qatar", "United States", "Türkiye", "Iran", "Indonesia", "South Korea",
          "Qatar Airways"],
    calls=[# "received a phone call today from President of the United States of America HE Donald Trump" (today = 7 June,
           # the dateline)
           call("c1", TRUMP_TAMIM, [TRUMP, TAMIM], "2017-06-07", caller=TRUMP),
           # "also received a phone call today from ... Recep Tayyip Erdogan"; Kalin's "statement to Anadolu Agency afterwards".
           # Not the Erdoğan-Tamim call of 5 June (3710): same pair, another day
           call("c2", "B_E_erdogan_tamim_2017_06_07", [ERDOGAN, TAMIM], "2017-06-07", caller=ERDOGAN),
           # "made a phone call today to ... Dr. Hassan Rouhani" (condolences after the Tehran attacks)
           call("c3", "B_E_tamim_rouhani_2017_06_07", [TAMIM, ROUHANI], "2017-06-07", caller=TAMIM),
           # ministers: Sheikh Mohammed bin Abdulrahman "received a phone call this evening from ... Retno Marsudi"
           call("c4", "B_E_retno_mba_2017_06_07", [MBA, RETNO], "2017-06-07", caller=RETNO)],
    rb=[rb("c2", "Anadolu Agency", True),
        rb("c1", "Qatar News Agency", False), rb("c2", "Qatar News Agency", False),
        rb("c3", "Qatar News Agency", False), rb("c4", "Qatar News Agency", False)])

# 3713 Middle East Eye, Tue 2017-09-12: a feature with calls in passing
A["3713"] = dict(
    ents=[SABAH, TAMIM, TRUMP, SALMAN, TILLERSON, MBA, MBS, "Rania Haddad-Oakes",
          "Twitter", "Qatar News Agency", "Saudi Press Agency", "Middle East Eye",
          "Qatar", "Saudi Arabia", "Kuwait",
          "White House"],
    calls=[# "By the evening of that first day [the 5 June announcement], Kuwait's emir ... was on the phone to Sheikh Tamim"
           # (no caller)
           call("c1", SABAH_TAMIM, [SABAH, TAMIM], "2017-06-05"),
           # "The day after the rupture, Donald Trump spoke by phone to Saudi Arabia's King Salman" (6 June; no caller). Not the
           # planned call of 3710, which is another event
           call("c2", "B_E_trump_salman_2017_06_06", [TRUMP, SALMAN], "2017-06-06"),
           # "Two days after the rupture, Trump rang Tamim himself"
           call("c3", TRUMP_TAMIM, [TRUMP, TAMIM], "2017-06-07", caller=TRUMP),
           # ministers: "Last week he [Tillerson] spoke by phone with Qatar's foreign minister" (no day)
           call("c4", "B_E_tillerson_mba_2017_09", [TILLERSON, MBA], None),
           # "Then came Friday. Late in the evening, Tamim and Saudi Crown Prince Mohammed bin Salman spoke by telephone" (8 Sept;
           # QNA "carried an account of the call"; SPA "carried a statement accusing Doha of distorting what had been said")
           call("c5", "B_E_tamim_mbs_2017_09_08", [TAMIM, MBS], "2017-09-08")],
    rb=[rb("c5", "Qatar News Agency", True), rb("c5", "Saudi Press Agency", True)])

# 3714 Gulf News (WAM), Thu 2019-02-28: "ABU DHABI, 27th February, 2019 (WAM) --"; telegraphic headline
A["3714"] = dict(
    ents=[MBZ, MODI, IMRAN, "Abdullah bin Zayed Al Nahyan", QURESHI,
          "Emirates News Agency", "Twitter",
          "United Arab Emirates", "India", "Pakistan",
          "Organisation of Islamic Cooperation"],
    calls=[# "today made two separate telephone calls to Indian Prime Minister Narendra Modi and Pakistani Prime Minister Imran
           # Khan" (today = 27 Feb, the dateline; page 28 Feb); "In a post on Twitter a few hours later, Modi wrote ..."
           call("c1", MBZ_MODI, [MBZ, MODI], "2019-02-27", caller=MBZ),
           call("c2", MBZ_IMRAN, [MBZ, IMRAN], "2019-02-27", caller=MBZ),
           # ministers: "Sheikh Abdullah bin Zayed Al Nahyan ... received a phone call from Shah Mahmood Qureshi" (the item's
           # day, 27 Feb)
           call("c3", "B_E_qureshi_abz_2019_02_27", ["Abdullah bin Zayed Al Nahyan", QURESHI], "2019-02-27", caller=QURESHI)],
    rb=[rb("c1", "Twitter", True),
        rb("c1", "Emirates News Agency", False), rb("c2", "Emirates News Agency", False),
        rb("c3", "Emirates News Agency", False)])

# 3715 Dawn, Fri 2019-03-01 ("ISLAMABAD:", "Published in Dawn, March 1st, 2019")
A["3715"] = dict(
    ents=[IMRAN, MODI, MBZ, QURESHI, POMPEO, WANGYI, SHEHBAZ, "Hasan Mirza Baig",
          "Dawn", "PTV", "Radio Pakistan",
          "Pakistan", "India", "United States", "China", "Russia", "United Arab Emirates",
          "PM Office", "Indian Air Force", "Organisation of Islamic Cooperation"],
    calls=[# "told a joint sitting of parliament on Thursday that he had tried to reach ... Narendra Modi by telephone on Wednesday
           # evening ... but that the call could not be connected"; "State broadcaster PTV carried the speech live"
           call("c1", "B_A_imran_modi_2019_02_27", [IMRAN, MODI], "2019-02-27", status="attempted", caller=IMRAN),
           # "received a telephone call on Wednesday night from Abu Dhabi's Crown Prince, Sheikh Mohammed bin Zayed Al Nahyan";
           # "Details of the Crown Prince's call were first carried by state-run Radio Pakistan" (last line)
           call("c2", MBZ_IMRAN, [MBZ, IMRAN], "2019-02-27", caller=MBZ),
           # ministers: "spoke by telephone to US Secretary of State Mike Pompeo at around 3am on Wednesday, Pakistan time"
           # (UTC: Tuesday 26 Feb, 22:00)
           call("c3", POMPEO_QURESHI, [QURESHI, POMPEO], "2019-02-26"),
           # ministers: "and later on Wednesday to Chinese Foreign Minister Wang Yi"
           call("c4", "B_E_qureshi_wangyi_2019_02_27", [QURESHI, WANGYI], "2019-02-27")],
    rb=[rb("c1", "PTV", True), rb("c2", "Radio Pakistan", True)])

# 3716 The Indian Express, Fri 2019-03-01 ("New Delhi | Updated: March 1, 2019")
A["3716"] = dict(
    ents=[ABHINANDAN, POMPEO, SWARAJ, QURESHI, MODI, MBZ, DOVAL, BOLTON, IMRAN, JUBEIR, "Ritika Sabharwal",
          "Geo News", "Hindustan Times",
          "United States", "India", "Pakistan", "Russia", "China", "Saudi Arabia"],
    calls=[# ministers: "Pompeo rang External Affairs Minister Sushma Swaraj at about 5 pm on Tuesday, Washington time, when it was
           # already Wednesday morning in Wuzhen" (22:00 UTC on Tuesday 26 Feb)
           call("c1", "B_E_pompeo_swaraj_2019_02_26", [POMPEO, SWARAJ], "2019-02-26", caller=POMPEO),
           # "In a statement issued in Washington that evening, Pompeo said he had also spoken by phone to ... Shah Mehmood Qureshi"
           call("c2", POMPEO_QURESHI, [POMPEO, QURESHI], "2019-02-26"),
           # "Modi spoke by phone to Abu Dhabi Crown Prince Mohamed bin Zayed on Wednesday" (no caller here)
           call("c3", MBZ_MODI, [MODI, MBZ], "2019-02-27"),
           # officials: "The two first spoke by phone the day after the Pulwama attack of February 14, a conversation the Hindustan
           # Times learned of and reported at the time" (a day told by an event: 15 Feb)
           call("c4", "B_E_doval_bolton_2019_02_15", [DOVAL, BOLTON], "2019-02-15"),
           # "Pakistan's Geo News reported, citing officials in Islamabad, that Modi and Prime Minister Imran Khan had spoken by
           # telephone on Wednesday night. Government sources here dismissed the report." (no caller: "had spoken")
           call("c5", "B_D_imran_modi_2019_02_27", [MODI, IMRAN], "2019-02-27", status="denied")],
    rb=[rb("c4", "Hindustan Times", True), rb("c5", "Geo News", True)])

# 3717 Kaniva Tonga, Fri 2018-02-16: a list of the calls received after Cyclone Gita (outlet blank in the metadata)
A["3717"] = dict(
    ents=[POHIVA, ARDERN, BISHOP, TUPOU, COSGROVE, BAINIMARAMA, TUILAEPA,
          "Kaniva Tonga", "RNZ", "Australian Broadcasting Corporation",
          "Tonga", "New Zealand", "Australia", "Fiji", "Samoa",
          "Palace Office", "National Emergency Management Office", "Royal New Zealand Air Force"],
    calls=[# "Ardern was the first foreign leader to get through, ringing on Tuesday afternoon ..., as Radio New Zealand reported
           # at the time"
           call("c1", ARDERN_POHIVA, [ARDERN, POHIVA], "2018-02-13", caller=ARDERN),
           # "Julie Bishop called Hon. Pōhiva shortly after midnight on Wednesday, Tonga time" (UTC: Tuesday 13 Feb); "Ms Bishop
           # told ABC Radio later that morning ..."
           call("c2", BISHOP_POHIVA, [BISHOP, POHIVA], "2018-02-13", caller=BISHOP),
           # "On Wednesday His Majesty King Tupou VI received a telephone call from the Governor-General of Australia, Sir Peter
           # Cosgrove" (the Palace Office: an organization)
           call("c3", "B_E_cosgrove_tupou_2018_02_14", [COSGROVE, TUPOU], "2018-02-14", caller=COSGROVE),
           # "Bainimarama spoke with Hon. Pōhiva by phone on Wednesday evening" (no caller)
           call("c4", "B_E_bainimarama_pohiva_2018_02_14", [BAINIMARAMA, POHIVA], "2018-02-14"),
           # "Tuilaepa Sa'ilele Malielegaoi is expected to call Hon. Pōhiva this weekend" (planned; two possible days: null)
           call("c5", "B_P_tuilaepa_pohiva_2018_02", [TUILAEPA, POHIVA], None, status="planned", caller=TUILAEPA)],
    rb=[rb("c1", "RNZ", True), rb("c2", "Australian Broadcasting Corporation", True)])

# 3718 ABC (AM), Wed 2018-02-14: a transcript-like Q&A with the Foreign Minister
A["3718"] = dict(
    ents=[BISHOP, "Elise Tranter", POHIVA, PETERS, GIRARDIN, TURNBULL, FIERRAVANTI,
          "Australian Broadcasting Corporation",
          "Australia", "Tonga", "New Zealand", "France"],
    calls=[# "I rang Prime Minister Akilisi Pohiva at about ten past ten last night, our time. It was already after midnight in
           # Nuku'alofa" (UTC: 13 Feb). "You tweeted last night ..." names no platform: no reported_by row
           call("c1", BISHOP_POHIVA, [BISHOP, POHIVA], "2018-02-13", caller=BISHOP),
           # ministers' video call: "I was also on a video conference yesterday afternoon with Winston Peters ... and Annick
           # Girardin" (no caller)
           call("c2", "B_E_bishop_peters_girardin_vc_2018_02_13", [BISHOP, PETERS, GIRARDIN], "2018-02-13"),
           # "Malcolm Turnbull will be calling him later today" (planned, today = 14 Feb; caller Turnbull)
           call("c3", "B_P_turnbull_pohiva_2018_02_14", [TURNBULL, POHIVA], "2018-02-14", status="planned", caller=TURNBULL)],
    rb=[])

# 3719 RNZ, Tue 2018-02-13: short item, no date in the text (the date is in the metadata only); no outlet credited
A["3719"] = dict(
    ents=[ARDERN, POHIVA, PETERS, SIKA,
          "RNZ",
          "Tonga", "New Zealand", "Australia", "France", "Fiji",
          "Royal New Zealand Air Force", "National Emergency Management Office"],
    calls=[# "Ms Ardern rang Mr Pohiva this afternoon"
           call("c1", ARDERN_POHIVA, [ARDERN, POHIVA], "2018-02-13", caller=ARDERN),
           # "She said she had tried to call him last night, as the cyclone passed over Tongatapu, but could not get through"
           # (attempted, Monday 12 Feb)
           call("c2", "B_A_ardern_pohiva_2018_02_12", [ARDERN, POHIVA], "2018-02-12", status="attempted", caller=ARDERN),
           # ministers: "Winston Peters spoke by phone this morning to Tonga's Deputy Prime Minister, Semisi Sika" (no caller)
           call("c3", "B_E_peters_sika_2018_02_13", [PETERS, SIKA], "2018-02-13")],
    rb=[])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind38, part B): 10 articles written for this set (not real published text), each "
        "about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline where the text anchors to it (3711, 3712, 3714); where local dates "
        "differ across time zones, the event date is the UTC date of the call (3715, 3716, 3717, 3718). See README.md."),
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
