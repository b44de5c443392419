#!/usr/bin/env python3
"""Build ../gold.json (part B of blind11, articles 1010-1019) from the hand annotation below and
the registry of names. Adapted from /work/blindset/tools/build_gold.py.

For each article: the entities it names (canonical names; aliases are the registry's surface
forms that occur verbatim, as whole words, in that article), its call mentions and its
reported-by pairs. Event ids carry the part prefix B_. Run: python3 build_gold.py
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


CHA, SAM, NYU, HH = "Lazarus Chakwera", "Samia Suluhu Hassan", "Filipe Nyusi", "Hakainde Hichilema"
ABI_, MUL = "Luis Abinader", "José Raúl Mulino"
TEO, TSAI = "Feleti Teo", "Tsai Ing-wen"
ARCE = "Luis Arce"
A = {}

A["1010"] = dict(
    ents=[CHA, SAM, NYU, HH, "Félix Tshisekedi", "Emmerson Mnangagwa", "Bakili Muluzi", "Saulos Chilima",
          "Moussa Faki Mahamat", "Ralph Kasambara", "Shanil Dzimbiri", "Chikondi Mwale-Banda",
          "Malawi News Agency", "Malawi Broadcasting Corporation", "Malawi", "State House (Malawi)",
          "Malawi Defence Force", "African Union Commission", "Department of Disaster Management Affairs"],
    calls=[call("c1", "E_samia_chakwera_2024_06_12", [SAM, CHA], "2024-06-12", caller=SAM),
           call("c2", "E_nyusi_chakwera_2024_06_11", [NYU, CHA], "2024-06-11", caller=NYU),
           call("c3", "E_hichilema_chakwera_2024_06_11", [HH, CHA], "2024-06-11", caller=HH)],
    rb=[rb("c1", "Malawi Broadcasting Corporation", True), rb("c1", "Malawi News Agency", False),
        rb("c2", "Malawi News Agency", False), rb("c3", "Malawi News Agency", False)])

A["1011"] = dict(
    ents=[CHA, NYU, "William Ruto", SAM, HH, "Saulos Chilima", "Moses Kunkuyu", "Malawi24", "Facebook", "X",
          "Malawi", "Mozambique", "Kenya", "Zambia", "United States", "United Kingdom", "Norway", "Israel",
          "State House (Malawi)", "Malawi Police Service", "Department of Disaster Management Affairs",
          "Zambia Air Force"],
    calls=[call("c1", "E_nyusi_chakwera_2024_06_11", [NYU, CHA], "2024-06-11", caller=NYU),
           call("c2", "E_ruto_chakwera_2024_06", ["William Ruto", CHA], None, required=False),
           call("c3", "P_chakwera_samia_2024_06_12", [CHA, SAM], "2024-06-12", status="planned"),
           call("c4", "E_hichilema_chakwera_2024_06_10", [HH, CHA], "2024-06-10", caller=HH)],
    rb=[rb("c1", "Facebook", True), rb("c2", "X", False), rb("c3", "Malawi24", False)])

A["1012"] = dict(
    ents=[ABI_, MUL, "Nicolás Maduro", "Rodrigo Chaves", "Edmundo González", "María Corina Machado", "EFE", "X",
          "Diario Libre", "Panama", "Dominican Republic", "Venezuela", "National Electoral Council", "Laser Airlines"],
    calls=[call("c1", "E_abinader_mulino_2024_07_30", [ABI_, MUL], "2024-07-30", caller=MUL),
           call("c2", "E_abinader_chaves_2024_07_30", [ABI_, "Rodrigo Chaves"], "2024-07-30", required=False)],
    rb=[rb("c1", "X", True), rb("c1", "EFE", False), rb("c2", "EFE", False)])

A["1013"] = dict(
    ents=[MUL, ABI_, "Nicolás Maduro", "Luis Lacalle Pou", "Javier Martínez-Acha", "Antony Blinken",
          "Ricardo Arosemena", "Newsroom Panama", "X", "TVN Noticias", "Panama", "Dominican Republic", "Uruguay", "Venezuela",
          "Copa Airlines"],
    calls=[call("c1", "E_abinader_mulino_2024_07_30", [MUL, ABI_], "2024-07-30"),
           call("c2", "P_mulino_lacallepou_2024_08_01", [MUL, "Luis Lacalle Pou"], "2024-08-01", status="planned",
                caller=MUL),
           call("c3", "E_martinezacha_blinken_2024_07_29", ["Javier Martínez-Acha", "Antony Blinken"], "2024-07-29")],
    rb=[rb("c1", "X", True), rb("c3", "TVN Noticias", True)])

A["1014"] = dict(
    ents=[TEO, "Anthony Albanese", TSAI, "Christopher Luxon", "Kausea Natano", "Enele Sopoaga", "Losa Tealei",
          "Islands Business", "Facebook", "Radio Tuvalu", "Tuvalu", "Australia", "Taiwan", "Nauru",
          "Pacific Islands Forum"],
    calls=[call("c1", "E_albanese_teo_2024_02_29", ["Anthony Albanese", TEO], "2024-02-29", caller="Anthony Albanese"),
           call("c2", "E_tsai_teo_2024_03_01", [TEO, TSAI], None),
           call("c3", "P_teo_luxon_2024_03", [TEO, "Christopher Luxon"], None, status="planned")],
    rb=[rb("c1", "Facebook", True), rb("c2", "Radio Tuvalu", True)])

A["1015"] = dict(
    ents=[TSAI, TEO, "David Adeang", "Olivia Lin", "Joseph Wu", "Chen Binhua", "Hsu Wen-chi", "Ann Chou",
          "Central News Agency", "Public Television Service", "Tuvalu", "Taiwan", "Nauru", "Marshall Islands", "Palau",
          "Presidential Office (Taiwan)", "Taiwan Affairs Office"],
    calls=[call("c1", "E_tsai_teo_2024_03_01", [TSAI, TEO], "2024-03-01", caller=TSAI),
           call("c2", "A_tsai_adeang_2024_01", [TSAI, "David Adeang"], None, status="attempted", caller=TSAI)],
    rb=[rb("c1", "Public Television Service", True), rb("c1", "Central News Agency", False),
        rb("c2", "Central News Agency", False)])

MISH, PEZ = "Mishal Al-Ahmad Al-Jaber Al-Sabah", "Masoud Pezeshkian"
A["1016"] = dict(
    ents=[MISH, PEZ, "Ahmad Abdullah Al-Ahmad Al-Sabah", "Jafar Hassan", "Sabah Khalid Al-Hamad Al-Sabah",
          "Xi Jinping", "Abdullah Ali Al-Yahya", "Abbas Araghchi", "Kuwait News Agency",
          "Islamic Republic News Agency", "Telegram", "Kuwait", "Israel", "Lebanon", "China", "Amiri Diwan",
          "Gulf Cooperation Council"],
    calls=[call("c1", "E_pezeshkian_mishal_2024_10_02", [MISH, PEZ], "2024-10-02", caller=PEZ),
           call("c2", "E_jafarhassan_ahmadabdullah_2024_10_01", ["Ahmad Abdullah Al-Ahmad Al-Sabah", "Jafar Hassan"],
                "2024-10-01", caller="Jafar Hassan"),
           call("c3", "E_alyahya_araghchi_2024_09_30", ["Abdullah Ali Al-Yahya", "Abbas Araghchi"], "2024-09-30")],
    rb=[rb("c1", "Islamic Republic News Agency", True), rb("c1", "Telegram", True), rb("c1", "Kuwait News Agency", False),
        rb("c2", "Kuwait News Agency", False), rb("c3", "Kuwait News Agency", False)])

VID = ["Sonexay Siphandone", "Pham Minh Chinh", "Paetongtarn Shinawatra"]
A["1017"] = dict(
    ents=["Thongloun Sisoulith", "To Lam"] + VID + ["Saleumxay Kommasith", "Bui Thanh Son", "Lao News Agency",
          "Vietnam News Agency", "Lao National Television", "Laos", "Vietnam", "ASEAN", "Communist Party of Vietnam",
          "Lao Front for National Development"],
    calls=[call("c1", "E_thongloun_tolam_2024_09_10", ["Thongloun Sisoulith", "To Lam"], "2024-09-10",
                caller="Thongloun Sisoulith"),
           call("c2", "E_mekong_video_2024_09_09", VID, "2024-09-09"),
           call("c3", "E_saleumxay_buithanhson_2024_09_09", ["Saleumxay Kommasith", "Bui Thanh Son"], "2024-09-09")],
    rb=[rb("c1", "Vietnam News Agency", True), rb("c1", "Lao News Agency", False),
        rb("c2", "Lao National Television", True), rb("c2", "Lao News Agency", False),
        rb("c3", "Lao News Agency", False)])

CELAC = ["Xiomara Castro", ARCE, "Andrés Manuel López Obrador", "Gabriel Boric"]
A["1018"] = dict(
    ents=[ARCE, "Luiz Inácio Lula da Silva", "Santiago Peña", "Gustavo Petro", "Xiomara Castro",
          "Andrés Manuel López Obrador", "Gabriel Boric", "Javier Milei", "Evo Morales", "Juan José Zúñiga",
          "Celinda Sosa", "Manuel Adorni", "Agencia Boliviana de Información", "Agência Brasil", "Bolivia TV",
          "Clarín", "Bolivia", "Community of Latin American and Caribbean States", "Movement for Socialism"],
    calls=[call("c1", "E_lula_arce_2024_06_26", ["Luiz Inácio Lula da Silva", ARCE], "2024-06-26",
                caller="Luiz Inácio Lula da Silva"),
           call("c2", "E_pena_arce_2024_06_27", ["Santiago Peña", ARCE], "2024-06-27", caller="Santiago Peña"),
           call("c3", "E_petro_arce_2024_06_27", ["Gustavo Petro", ARCE], "2024-06-27"),
           call("c4", "E_celac_video_2024_06_26", CELAC, "2024-06-26"),
           call("c5", "D_milei_arce_2024_06_26", ["Javier Milei", ARCE], "2024-06-26", status="denied",
                caller="Javier Milei")],
    rb=[rb("c1", "Agência Brasil", True), rb("c4", "Bolivia TV", True), rb("c5", "Clarín", True),
        rb("c1", "Agencia Boliviana de Información", False), rb("c2", "Agencia Boliviana de Información", False),
        rb("c3", "Agencia Boliviana de Información", False)])

A["1019"] = dict(
    ents=["Navin Ramgoolam", "Keir Starmer", "Wavel Ramkalawan", "Pravind Jugnauth", "Dhananjay Ramful",
          "David Lammy", "Mauritius Times", "Facebook", "Radio Plus", "Mauritius", "United Kingdom", "United States",
          "Seychelles", "Prime Minister's Office (Mauritius)", "Downing Street", "Conservative Party",
          "Militant Socialist Movement"],
    calls=[call("c1", "E_starmer_ramgoolam_2024_12_19", ["Navin Ramgoolam", "Keir Starmer"], "2024-12-19",
                caller="Keir Starmer"),
           call("c2", "E_ramful_lammy_2024_12_17", ["Dhananjay Ramful", "David Lammy"], "2024-12-17"),
           call("c3", "P_ramgoolam_ramkalawan_2024_12_21", ["Navin Ramgoolam", "Wavel Ramkalawan"], "2024-12-21",
                status="planned", caller="Navin Ramgoolam")],
    rb=[rb("c1", "Facebook", True), rb("c2", "Radio Plus", True)])


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name.split("_")[0]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg, blind11 part B: 10 articles (1010-1019) written for this set (not real "
        "published text), about real heads of state or government and ministers, with real or plausible "
        "invented calls. Hand annotation in the format of seeds-gold.json, following the conventions of "
        "/work/blindset/README.md. Calls are voice or video calls only (not in-person meetings, letters, "
        "cables or messages). 'required' items are stated plainly in the text and count for recall; "
        "required=false items are accepted but not demanded. 'event' ties mentions of the same real-world "
        "call across articles (ids prefixed B_); a planned call and the call that later took place are "
        "different events. Dates are resolved against the publication date, or the dateline where the text "
        "anchors to it. See README.md."),
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
