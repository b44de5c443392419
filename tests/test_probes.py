"""Construction probes: short news texts of our own, each with the calls a careful reader finds in
it (``tests/probes/*/probes.json``; README there). Each probe is built as an article through the
library's ``build_graph`` and its calls compared with the annotation: the people, the day, the
status and the caller. The probes that still differ are listed with why, as strict xfails: a
probe that starts passing, or one that starts failing, is seen."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

import kg

ROOT = Path(__file__).resolve().parent / "probes"

#: set -> probe id -> why it still differs
KNOWN = {
    "a": {
        "p064": "a call told as a scene ('the phone rang ... On the line was X, calling to offer help')",
        "p118": "a denial in a quotation answering a question told after it ('\"I have not spoken to him,\" X said "
                "when asked whether he had talked with Y')",
        "p127": "a quotation in single quotation marks: its 'I' is not read as the speaker",
    },
    # (set b scored once, 28 of 120 differing; the misses below are not yet examined one by one:
    # each says what differs)
    "b": {
        "q007": "'two days after the May 28 runoff' in a list of congratulation calls: the day",
        "q011": "a call after a failed try 'the following day': its caller",
        "q012": "a denied call: the day of the report it denies taken",
        "q031": "the second call's caller, told later ('In the second conversation, which X initiated')",
        "q046": "a second call told with a surname and a pronoun caller: the day",
        "q050": "a denial and a confirmed call in one statement; a name spelt two ways",
        "q058": "a live blog's 'late yesterday'",
        "q059": "a convention: a live blog's plan later told as held is one call to the probe, two nodes to the "
                "project (a planned call and the call that took place stay apart)",
        "q060": "a reposted first-person statement ('I just had a very good call'): the day",
        "q068": "congratulation calls 'a day after the Nov. 3 runoff' told as a list",
        "q076": "a convention: the probe dates the call by its dateline's local day, the project by the "
                "universal one",
        "q102": "an earlier call 'in mid-September' of the same pair: missed",
        "q106": "a convention: the headline's 'makes first call to X' gives the caller the probe leaves out",
    },
    # (set c scored once at 3d7e665, 37 of 120 differing; the misses below are listed as found: each
    # says what differs)
    "c": {
        "r004": "'on Tuesday night' with a reporting verb on Wednesday; a second call told only in the headline, "
                "with: missed ['Donald Trump', 'Vladimir Putin']",
        "r009": "British readout: 'The Prime Minister' never named; date in day-month format; 'spoke to' with no "
                "call: missed ['Boris Johnson', 'Uhuru Kenyatta']",
        "r010": "numeric US date '6/14/2023' in a readout header; 'today' is the readout's day, not the published "
                "day: date 2023-06-15 for 2023-06-14",
        "r020": "reporting day given but call day is 'earlier in the week': no date; a denied call ('denied that X "
                "ha: date 2019-11-08 for None",
        "r034": "participants named only in the sentence after the call and its day: missed ['Samia Suluhu Hassan', "
                "'Yoweri Museveni']",
        "r044": "'a call is being arranged' (planned, no day) and 'have not spoken since' (denial of any earlier "
                "call: missed ['Mark Carney', 'Narendra Modi']",
        "r051": "'X has not spoken to Y since their call of October 10': one past call (occurred) and a denial of "
                "any: status denied for occurred; missed ['Recep Tayyip Erdogan', 'Isaac Herzog']",
        "r056": "call told only in the headline (present tense), no day: date 2025-01-29 for None",
        "r063": "a third person also on the line: one call with three participants and a caller: people ['Joe Biden',"
                " 'Volodymyr Zelensky'] for ['Joe Biden', 'Volodymyr Zelensky', 'Antony Blinken']",
        "r069": "'spoke separately with A and with B': two calls, one day stated once; reported two days later: "
                "missed ['Antonio Guterres', 'Masoud Pezeshkian']; missed ['Antonio Guterres', 'Tam...",
        "r071": "head of a UN agency and a minister; 'had spoken with' and no call word: missed ['Rafael Grossi', "
                "'Abbas Araghchi']",
        "r081": "day told by an event whose date is given in a later sentence; an in-person signing (no call): date "
                "None for 2025-03-19",
        "r091": "differs only by a spelling the comparison does not fold: the probe's 'Haitham bin Tarik', the "
                "gazetteer's 'Haitham bin Tariq' (the dateline's weekday now dates 'this evening')",
        "r092": "'the day after' an event dated in the same sentence; reporting day differs: date None for 2024-10-02"
                "'the day after' an event dated in the same sentence; reporting day differs: date None for 2024-10-02",
        "r094": "defence ministers; a second call ('also spoke with') inherits the day of the first: missed ['Lloyd "
                "Austin', 'Joseph Aoun']",
        "r098": "day counted back from a dated event ('two days before ... July 8'); planned meeting (no call): date "
                "None for 2025-07-06",
        "r117": "court-circular shape: date '14th March, 2025' above the text; 'an audience ... by telephone this "
                "aft: missed ['King Charles III', 'Mark Carney']",
    },
    # (set d scored once at 5c7d6f7, 39 of 120 differing; read since, and a development set: the
    # misses below are listed as found, each says what differs, three of them conventions)
    "d": {
        "s008": "denial of a weekend call (no day) beside an earlier call dated by an event ('the day after' Sept. "
                "17): missed ['Vladimir Putin', 'Benjamin Netanyahu']",
        "s018": "a convention: the probe counts 'has not spoken with Y since ...' a denied call; the blind sets "
                "annotate no negation",
        "s022": "'X phoned Y back' (caller X) after a missed call from Y 'the previous day' (attempted): date "
                "2021-06-23 for 2021-06-22; status occurred for attempted; caller Naftali Bennett for Abdel Fattah "
                "al-Sis...",
        "s047": "'are expected to hold a phone call next week' (planned, no day) and an earlier call 'in December' "
                "(no day): missed ['Luiz Inacio Lula da Silva', 'Donald Trump']",
        "s055": "Kremlin-style readout: date line under the title, caller told as 'at the initiative of the Emirati "
                "side': date None for 2025-10-07",
        "s061": "conference call: ministers named by country first, names in the next sentence, a fifth participant "
                "added in the last sentence: missed ['Jean-Noel Barrot', 'Johann Wadephul', 'David Lammy', 'Abbas "
                "A...",
        "s063": "diary brief with 'D/M' dates; two calls and an in-person meeting that is no call: date None for "
                "2024-02-21; date None for 2024-02-23",
        "s075": "a convention: the probe counts 'had not spoken with Y since taking office' a denied call; the blind "
                "sets annotate no negation",
        "s077": "the call told in the headline only ('X dials Y'); the body's reporting day is not the call's day: "
                "date null: date 2025-07-10 for None",
        "s080": "'hours after the shooting', the shooting's day given in a later paragraph: date None for 2024-05-15",
        "s082": "counterpart never named ('his Chinese counterpart', 'the Chinese foreign minister'), identifiable by"
                " office on the date: missed ['Ishaq Dar', 'Wang Yi']",
        "s086": "no call: talks 'on the sidelines' in person, retold in a quotation with 'I spoke to': spurious "
                "{'people': ['Keir Starmer', 'Emmanuel Macron'], 'date': '2025-06-18', 'status': 'occurred', "
                "'caller': ...",
        "s094": "quotation 'The president called me last night' counted from the quote's day (Sunday); a planned call"
                " on the publication day: spurious {'people': ['Vladimir Putin', 'Donald Trump'], 'date': None, 's...",
        "s095": "differs only by a spelling the comparison does not fold: the probe's 'Haitham bin Tarik', the "
                "gazetteer's 'Haitham bin Tariq'",
        "s097": "a rescheduled planned call: one planned entry on the new day (Wednesday), not the original Monday: "
                "date 2025-09-29 for 2025-10-01; status occurred for planned",
        "s100": "a failed attempt ('was unable to reach'), a planned retry ('will try again on Tuesday'), and a call "
                "that took place: missed ['Joao Lourenco', 'Paul Kagame']; missed ['Joao Lourenco', 'Felix Tshisek...",
        "s112": "'on Tuesday of last week', disclosed on a later day: missed ['William Ruto', 'Abdel Fattah al-"
                "Burhan']",
        "s114": "day told by a holiday whose weekday is given in the same sentence: date None for 2025-03-31",
        "s119": "Downing Street readout: 'The Prime Minister' never named, date given in the title, 'this afternoon':"
                " missed ['Keir Starmer', 'Friedrich Merz']",
    },
}

CALLS = """PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?call (GROUP_CONCAT(DISTINCT ?pn; separator="|") AS ?people) (SAMPLE(?d) AS ?date)
  (SAMPLE(?st) AS ?status) (GROUP_CONCAT(DISTINCT ?cn; separator="|") AS ?caller)
WHERE { ?call a kg:Call ; kg:participant ?p . ?p rdfs:label ?pn .
  OPTIONAL { ?call schema:startDate ?d } OPTIONAL { ?call kg:status ?st }
  OPTIONAL { ?call kg:caller ?c . ?c rdfs:label ?cn } }
GROUP BY ?call"""


def _norm(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name or "")
    return "".join(c for c in folded if not unicodedata.combining(c)).lower().replace("-", " ").replace(".", "").strip()


#: a royal title the gazetteer's name for a king may keep ("King Salman")
_ROYAL = ("king ", "queen ", "sultan ", "emir ", "prince ")


def _unroyal(name: str) -> str:
    return next((name[len(r):] for r in _ROYAL if name.startswith(r)), name)


def _same(a: str, b: str) -> bool:
    """One person: the same name, the same surname (the annotation writes "Recep Tayyip
    Erdogan", the gazetteer "Recep Tayyip Erdoğan"), or one name the opening of the other, a
    royal title left out (the gazetteer's "Faisal bin Farhan" and "King Salman", the
    annotation's "Faisal bin Farhan Al Saud" and "Salman bin Abdulaziz Al Saud")."""
    a, b = _unroyal(_norm(a)), _unroyal(_norm(b))
    short, long_ = sorted((a.split(), b.split()), key=len)
    return a == b or a.split()[-1] == b.split()[-1] or long_[:len(short)] == short


def differences(probe: dict, found: list[dict]) -> list[str]:
    """How the calls ``found`` differ from the probe's: each annotated call is matched with the
    found call sharing most of its people (then its day and status); what is left over is spurious."""
    out, used = [], set()
    for want in probe["calls"]:
        best, key = None, None
        for n, call in enumerate(found):
            hits = sum(1 for p in want["participants"] if any(_same(p, q) for q in call["people"]))
            k = (hits, call["date"] == want["date"], call["status"] == want["status"])
            if hits >= 2 and n not in used and (key is None or k > key):
                best, key = n, k
        if best is None:
            out.append(f"missed {want['participants']}")
            continue
        used.add(best)
        call = found[best]
        if len(call["people"]) != len(want["participants"]):
            out.append(f"people {call['people']} for {want['participants']}")
        if call["date"] != want["date"]:
            out.append(f"date {call['date']} for {want['date']}")
        if call["status"] != want["status"]:
            out.append(f"status {call['status']} for {want['status']}")
        if (want["caller"] is None) != (call["caller"] is None) or want["caller"] and call["caller"] \
                and not _same(want["caller"], call["caller"]):
            out.append(f"caller {call['caller']} for {want['caller']}")
    out += [f"spurious {call}" for n, call in enumerate(found) if n not in used]
    return out


def calls_built(probe: dict) -> list[dict]:
    graph = kg.build_graph([{"text": probe["text"], "id": probe["id"], "published": probe["published"]}],
                           validate=False)
    return [{"people": r["people"].split("|"), "date": str(r["date"])[:10] if r.get("date") else None,
             "status": str(r.get("status") or "Occurred").rsplit("#", 1)[-1].rsplit(":", 1)[-1].lower(),
             "caller": r.get("caller") or None}
            for r in graph.query(CALLS).records()]


def _params():
    for folder in sorted(p for p in ROOT.iterdir() if p.is_dir()):
        known = KNOWN.get(folder.name, {})
        for probe in json.loads((folder / "probes.json").read_text(encoding="utf-8")):
            marks = [pytest.mark.xfail(strict=True, reason=known[probe["id"]])] if probe["id"] in known else []
            yield pytest.param(probe, id=f"{folder.name}-{probe['id']}", marks=marks)


@pytest.mark.parametrize("probe", _params())
def test_probe(probe):
    assert differences(probe, calls_built(probe)) == [], probe["text"]


def test_the_comparison_sees_each_kind_of_difference():
    probe = {"calls": [{"participants": ["Amar Dule", "Lars Berg"], "date": "2024-05-06", "status": "occurred",
                        "caller": None}]}
    right = {"people": ["Amar Dule", "Lars Berg"], "date": "2024-05-06", "status": "occurred", "caller": None}
    assert differences(probe, [right]) == []
    assert differences(probe, []) == ["missed ['Amar Dule', 'Lars Berg']"]
    assert differences(probe, [{**right, "date": None}]) == ["date None for 2024-05-06"]
    assert differences(probe, [{**right, "status": "planned"}]) == ["status planned for occurred"]
    assert differences(probe, [{**right, "caller": "Lars Berg"}]) == ["caller Lars Berg for None"]
    assert len(differences(probe, [right, {**right, "people": ["Ilse Varga", "Tomas Hale"]}])) == 1
