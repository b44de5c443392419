"""The list cells of the named queries on a generated graph of a few hundred calls: each list
holds exactly the names it should, sorted, whatever order the store's joins read them in.

``calls``, ``multi-sourced`` and ``outlets`` sort a list by joining a sorted sub-select to the
calls (kg/query/named/*.rq); this checks that their cells come out sorted on a graph larger and
less regular than tests/data/mini.ttl, against the lists computed here from the records."""

from __future__ import annotations

import random
from datetime import date

import pytest

from kg.build.outputs import write_outputs
from kg.model import ArticleMeta, Call, Entity, EntityKind, Evidence, Report
from kg.query.run import load_query, run_query
from kg.rdf.ids import call_iri
from tests.call_graphs import call_records

OUTLETS = ["Zeta Wire", "Agence Alpha", "Mid News", "Beta Broadcasting Corporation of Somewhere", "Kappa"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    rnd = random.Random(3)
    people, bare = call_records(40, 300, seed=5)
    outlets = [Entity(f"gaz:outlet-{i}", name, EntityKind.OUTLET) for i, name in enumerate(OUTLETS)]
    metas = [ArticleMeta(f"a{i:03d}-{rnd.choice('xyz')}.txt", "x", date(2024, 1, 1), rnd.choice(OUTLETS))
             for i in range(120)]
    calls, mentions = [], {}
    for call in bare:
        told = sorted({m.id for m in rnd.sample(metas, rnd.randint(1, 3))})
        reports = tuple(Report(o.key, Evidence(told[0], 0, 10, "A sentence."))
                        for o in rnd.sample(outlets, rnd.randint(0, 2)))
        calls.append(Call(call.key, call.participants, call.status, date=call.date, articles=tuple(told),
                          reports=tuple(sorted(reports, key=lambda r: r.outlet)),
                          evidence=(Evidence(told[0], 0, 10, "A sentence."),)))
        for article in told:
            mentions.setdefault(article, set()).update(call.participants)
    people = [Entity(p.key, p.name, p.kind, articles=tuple(sorted(a for a, keys in mentions.items() if p.key in keys)))
              for p in people]
    out = tmp_path_factory.mktemp("lists")
    write_outputs([*people, *outlets], sorted(calls, key=lambda c: c.key), sorted(metas, key=lambda m: m.id),
                  out, ("nt",), validate=False)
    return out / "store", people, outlets, metas, calls


def _expected(people, outlets, metas, calls):
    name = {e.key: e.name for e in [*people, *outlets]}
    publisher = {m.id: m.outlet for m in metas}
    rows = {}
    for call in calls:
        node = str(call_iri(call.key, tuple(name[k] for k in call.participants), call.date))
        sources = {name[r.outlet] for r in call.reports} | {publisher[a] for a in call.articles}
        rows[node] = (sorted(name[k] for k in call.participants), sorted(sources), sorted(call.articles))
    return rows


def test_calls_lists_are_complete_and_sorted(built):
    store, people, outlets, metas, calls = built
    expected = _expected(people, outlets, metas, calls)
    result = run_query(store, load_query("calls"))
    assert len(result.rows) == len(calls)
    for terms in result.terms:
        cells = {c: t.value if t else "" for c, t in zip(result.columns, terms)}
        participants, sources, articles = expected[cells["call"]]
        assert cells["participants"] == ", ".join(participants)
        assert cells["outlets"] == ", ".join(sources)
        assert cells["articles"] == ", ".join(articles)


def test_multi_sourced_lists_are_complete_and_sorted(built):
    store, people, outlets, metas, calls = built
    expected = {iri: sources for iri, (_p, sources, _a) in _expected(people, outlets, metas, calls).items()
                if len(sources) >= 2}
    result = run_query(store, load_query("multi-sourced"))
    assert {t[0].value for t in result.terms} == set(expected)
    for terms in result.terms:
        cells = {c: t.value if t else "" for c, t in zip(result.columns, terms)}
        assert cells["outlets"] == ", ".join(expected[cells["call"]])
        assert int(cells["sources"]) == len(expected[cells["call"]])


def test_outlets_lists_are_complete_and_sorted(built):
    store, people, outlets, metas, calls = built
    labels = {t[0].value: t[1].value for t in run_query(store, """
        SELECT ?c ?l WHERE { ?c a <https://w3id.org/newskg/ontology#Call> ;
                              <http://www.w3.org/2000/01/rdf-schema#label> ?l }""").terms}
    by_outlet: dict[str, list[tuple[str, str]]] = {}
    for iri, (_p, sources, _a) in _expected(people, outlets, metas, calls).items():
        for outlet in sources:
            by_outlet.setdefault(outlet, []).append((labels[iri], iri))
    result = run_query(store, load_query("outlets"))
    assert {t[0].value for t in result.terms} == set(by_outlet)
    for terms in result.terms:
        cells = {c: t.value if t else "" for c, t in zip(result.columns, terms)}
        wanted = sorted(by_outlet[cells["outlet"]])
        assert int(cells["calls"]) == len(wanted)
        assert cells["reported"] == "; ".join(name for name, _iri in wanted)
