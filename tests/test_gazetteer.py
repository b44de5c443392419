"""The packaged gazetteer as a checked set of facts, read with the real loader.

Per-state checks are parametrized by state and region, so one region can be run alone:
``pytest tests/test_gazetteer.py -k Europe`` or ``-k "Americas and heads"``.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.model import EntityKind
from kg.resources import HEADS, data_path, load_gazetteer, read_gazetteer_file

TODAY = date(2026, 12, 2)  # the day the gazetteer was last checked against the news
UN_STATES = Path(__file__).parent / "data" / "un-member-states.csv"
PEOPLE = (EntityKind.LEADER, EntityKind.PERSON)
# countries without an adjective of their own: the demonym is another country's ("Dominican", "Congolese")
NO_ADJECTIVE = {"Dominica", "Republic of the Congo"}
# city-states whose capital is the state's own name (a capital pattern would shadow the country's)
NO_CAPITAL = {"Monaco", "San Marino", "Singapore", "Djibouti", "Seychelles"}


def _states() -> list[tuple[str, str]]:
    with UN_STATES.open(encoding="utf-8") as f:
        return [(row["name"], row["region"]) for row in csv.DictReader(f)]


STATES = _states()
# offices whose current holder could not be verified from a source: strict, so filling them fails loudly
UNVERIFIED = {"San Marino": "the captains regent of the semester from 2026-10-01 are not known to the gazetteer"}


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.fixture(scope="module")
def countries(gaz):
    return {e.name: e for e in gaz.entries.values() if e.kind is EntityKind.COUNTRY}


def test_member_list_has_193_distinct_states():
    assert len(STATES) == 193
    assert len({name for name, _ in STATES}) == 193


def test_ids_unique_over_all_files():
    where: dict[str, list[str]] = defaultdict(list)
    for path in sorted(data_path("gazetteer").glob("*.jsonl")):
        for entry in read_gazetteer_file(path):
            where[entry.id].append(path.name)
    assert {i: files for i, files in where.items() if len(files) > 1} == {}


def test_office_dates_valid_and_ordered(gaz):
    bad = [
        (e.id, o.role, o.start, o.end)
        for e in gaz.entries.values()
        for o in e.offices
        if o.start and o.end and o.start > o.end
    ]
    assert bad == []


def test_office_and_entity_countries_are_countries(gaz, countries):
    bad = set()
    for e in gaz.entries.values():
        if e.country and e.country not in countries:
            bad.add((e.id, e.country))
        for o in e.offices:
            if o.country and o.country not in countries:
                bad.add((e.id, o.country))
    assert bad == set()


def test_heads_are_known_values(gaz):
    assert {o.head for e in gaz.entries.values() for o in e.offices} <= {None, *HEADS}


def test_wikidata_ids_well_formed_and_unshared(gaz):
    owners: dict[str, list[str]] = defaultdict(list)
    for e in gaz.entries.values():
        if e.wikidata:
            assert re.fullmatch(r"Q[1-9][0-9]*", e.wikidata), (e.id, e.wikidata)
            owners[e.wikidata].append(e.id)
    assert {q: ids for q, ids in owners.items() if len(ids) > 1} == {}


def test_no_alias_shared_by_two_people(gaz):
    owners: dict[str, set[str]] = defaultdict(set)
    for e in gaz.entries.values():
        if e.kind in PEOPLE:
            for form in {e.name, *e.aliases}:
                owners[form].add(e.id)
    assert {form: ids for form, ids in owners.items() if len(ids) > 1} == {}


def test_a_shared_alias_is_another_entry_s_of_the_same_kind_and_another_country(gaz):
    forms: dict[str, list] = defaultdict(list)
    for e in gaz.entries.values():
        for form in {e.name, *e.aliases}:
            forms[form].append(e)
    shared = [(e, form) for e in gaz.entries.values() for form in e.shared_aliases]
    assert shared, "no entry shares an alias: the rule reading them is untested by data"
    for e, form in shared:
        owners = [o for o in forms[form] if o.id != e.id]
        assert owners and all(o.kind is e.kind and o.country and e.country and o.country != e.country
                              for o in owners), (e.id, form)


def test_no_domain_shared_by_two_outlets(gaz):
    owners: dict[str, list[str]] = defaultdict(list)
    for e in gaz.entries.values():
        for d in e.domains:
            owners[d].append(e.id)
            assert e.kind is EntityKind.OUTLET, (e.id, d)
            assert d == d.lower() and not d.startswith("www.") and "/" not in d, (e.id, d)
    assert {d: ids for d, ids in owners.items() if len(ids) > 1} == {}


@pytest.mark.parametrize("state,region", STATES, ids=[f"{r}-{s}" for s, r in STATES])
def test_state_is_a_country_with_adjective_and_capital(state, region, countries):
    entry = countries.get(state)
    assert entry is not None, f"{state} ({region}) has no Country entry"
    if state not in NO_ADJECTIVE:
        assert entry.adjectives, f"{state} has no adjective"
    if state not in NO_CAPITAL:
        assert entry.capitals, f"{state} has no capital"


@pytest.mark.parametrize("state,region", STATES, ids=[f"{r}-{s}" for s, r in STATES])
def test_state_heads_filled_today(state, region, gaz, request):
    if state in UNVERIFIED:
        request.applymarker(pytest.mark.xfail(reason=UNVERIFIED[state], strict=True))
    held = {
        o.head
        for e in gaz.entries.values()
        if e.kind is EntityKind.LEADER
        for o in e.offices
        if o.country == state and o.head and o.holds_on(TODAY)
    }
    assert held & {"state", "both"}, f"{state} ({region}): no head of state on {TODAY}"
    assert held & {"government", "both"}, f"{state} ({region}): no head of government on {TODAY}"


def test_office_head_parsed(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"id": "x-y", "name": "X Y", "kind": "Leader", "offices": [
        {"role": "President", "country": "France", "start": "2020-01-01", "end": None, "head": "both"}]}) + "\n")
    (entry,) = read_gazetteer_file(path)
    assert entry.offices[0].head == "both"


@pytest.mark.parametrize("office,message", [
    ({"role": "President", "head": "monarch"}, "office head 'monarch' is not one of"),
    ({"role": "President", "haed": "state"}, r"unknown office field\(s\) \['haed'\]"),
    ("President", "an office must be a JSON object"),
])
def test_bad_office_is_a_clear_error(tmp_path, office, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "x-y", "name": "X Y", "kind": "Leader", "offices": [office]}) + "\n")
    with pytest.raises(InputError, match=message) as err:
        list(read_gazetteer_file(path))
    assert "bad.jsonl line 1" in str(err.value)


def test_heads_of_a_country_are_the_leaders_whose_office_heads_it(gaz):
    day = date(2025, 12, 2)
    assert [e.name for e in gaz.heads_of("Romania", day, "state")] == ["Nicușor Dan"]
    assert [e.name for e in gaz.heads_of("Romania", day, "government")] == ["Ilie Bolojan"]


# words and phrases of ordinary text an outlet must never go by alone (as its name or an alias; a
# short alias, read only after the full name, may): "the Nation", "The Star", "Times", "Observer"
AMBIGUOUS_OUTLET_FORMS = {
    "The Nation", "The Star", "The Standard", "The Observer", "The Post", "The Herald", "The Tribune",
    "The Voice", "The Point", "The Citizen", "The Monitor", "The Chronicle", "The Journal", "The Gazette",
    "Daily News", "The Daily News", "Nation", "Star", "Standard", "Times", "Observer", "News", "Post",
    "Herald", "Tribune", "Voice", "Point", "Citizen", "Monitor", "Express", "Chronicle", "Mail", "Journal",
    "Gazette", "Today", "Daily", "Sun", "Koha", "Atop", "ATOP", "Mana", "MANA", "Lena", "LENA", "Lina", "LINA",
}


def test_every_member_state_has_an_outlet(gaz):
    with_outlet = {e.country for e in gaz.entries.values() if e.kind is EntityKind.OUTLET}
    assert [state for state, _ in STATES if state not in with_outlet] == []


def test_no_outlet_goes_by_an_ordinary_word(gaz):
    bad = [
        (e.id, form)
        for e in gaz.entries.values()
        if e.kind is EntityKind.OUTLET
        for form in (e.name, *e.aliases)
        if form in AMBIGUOUS_OUTLET_FORMS
    ]
    assert bad == []


def test_gender_parsed_and_checked(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"id": "x-y", "name": "X Y", "kind": "Leader", "gender": "female"}) + "\n"
                    + json.dumps({"id": "y-z", "name": "Y Z", "kind": "Person", "gender": "woman"}) + "\n")
    with pytest.raises(InputError, match="gender 'woman' is not one of") as err:
        list(read_gazetteer_file(path))
    assert "g.jsonl line 2" in str(err.value)
    path.write_text(json.dumps({"id": "x-y", "name": "X Y", "kind": "Leader", "gender": "female"}) + "\n")
    assert [e.gender for e in read_gazetteer_file(path)] == ["female"]


def test_every_person_has_a_gender(gaz):
    # the pronoun rules read it: "she" never stands for a man, nor "he" for a woman
    missing = [e.id for e in gaz.entries.values() if e.kind in (EntityKind.LEADER, EntityKind.PERSON) and not e.gender]
    assert not missing, missing[:20]


def test_country_top_level_domains_are_two_letters_and_name_one_country_each(gaz):
    tlds = [e.tld for e in gaz.entries.values() if e.kind is EntityKind.COUNTRY and e.tld]
    assert len(tlds) > 150
    assert all(re.fullmatch(r"[a-z]{2}", t) for t in tlds)
    assert len(tlds) == len(set(tlds))
    assert gaz.get("sri-lanka").tld == "lk" and gaz.get("united-kingdom").tld == "uk"


# a monarch's title, a name and a regnal number ("Queen Margrethe II")
_REGNAL = re.compile(r"^((?:King|Queen|Prince|Pope) .+) (?:[IVX]+)$")
# several reigned under the name since 2000: "King Tupou" is Tupou IV, V or VI
_SEVERAL_REIGNED = {"King Tupou"}


def test_a_monarch_is_known_without_the_regnal_number(gaz):
    # "Queen Margrethe" of "Queen Margrethe II", as the press writes her, where no other monarch of
    # the gazetteer reigned under that name ("King Tupou": three did) and no other person goes by it
    owners: dict[str, set[str]] = defaultdict(set)
    for e in gaz.entries.values():
        if e.kind in PEOPLE:
            for form in {e.name, *e.aliases}:
                owners[form].add(e.id)
    reigned: dict[str, set[str]] = defaultdict(set)
    for e in gaz.entries.values():
        if e.kind is EntityKind.LEADER and (m := _REGNAL.match(e.name)):
            reigned[m.group(1)].add(e.id)
    missing = sorted(name for name, ids in reigned.items() if len(ids) == 1 and owners[name] != ids
                     and not owners[name] - ids and name not in _SEVERAL_REIGNED)
    assert missing == []
