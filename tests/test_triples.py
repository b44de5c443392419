"""kg.rdf.triples: the merged graph and the per-article graphs of the same records."""

from __future__ import annotations

import dataclasses
import random

from graph_samples import ARTICLES, CALL_GROUP, CALL_OCCURRED, CALLS, ENTITIES, EV1, EV2, KANT, LUND, VERDI, WIRE
from kg.rdf import ids
from kg.rdf.graph import quads
from kg.rdf.terms import iri
from kg.rdf.triples import DEFAULT, TripleMap
from kg.rdf.vocab import KG, RDF, SDO

A1, A2 = iri(ids.article_iri("a1.txt")), iri(ids.article_iri("a2.txt"))


def node(entity) -> str:
    return iri(ids.entity_iri(entity.kind, entity.key))


def call_node(call) -> str:
    return TripleMap(ENTITIES).call_node(call)


def graphs(records=(ENTITIES, CALLS, ARTICLES)) -> dict[str, set]:
    out: dict[str, set] = {}
    for s, p, o, g in quads(*records):
        out.setdefault(g, set()).add((s, p, o))
    return out


def test_the_merged_graph_is_the_union_of_the_article_graphs():
    by_graph = graphs()
    assert set(by_graph) == {DEFAULT, A1, A2}
    unmentioned = {st for e in ENTITIES if not e.articles for st in TripleMap(ENTITIES)._own[e.key]}
    assert unmentioned  # Arcadia: a country linked to, mentioned by no article
    assert by_graph[DEFAULT] == by_graph[A1] | by_graph[A2] | unmentioned


def test_without_article_graphs_the_merged_graph_is_the_same():
    mapping = TripleMap(ENTITIES, graphs=False)
    lean = {(s, p, o, g) for e in ENTITIES for s, p, o, g in mapping.entity(e)}
    lean |= {q for c in CALLS for q in mapping.call(c)} | {q for a in ARTICLES for q in mapping.article(a)}
    assert {q[3] for q in lean} == {DEFAULT}
    assert {q[:3] for q in lean} == graphs()[DEFAULT]


def test_an_article_graph_holds_what_that_article_supports():
    by_graph = graphs()
    a1, a2 = by_graph[A1], by_graph[A2]
    occurred = call_node(CALL_OCCURRED)
    evidence = lambda ev: iri(ids.evidence_iri(ev.article_id, ev.start, ev.end))  # noqa: E731
    assert (occurred, iri(RDF.type), iri(KG.Call)) in a1
    assert {o for s, p, o in a1 if (s, p) == (occurred, iri(KG.evidence))} == {evidence(EV1)}
    assert {o for s, p, o in a2 if (s, p) == (occurred, iri(KG.evidence))} == {evidence(EV2)}
    assert {o for s, p, o in a1 if (s, p) == (occurred, iri(KG.reportedBy))} == {node(WIRE)}
    assert {o for s, p, o in a2 if (s, p) == (occurred, iri(KG.reportedBy))} == {iri(ids.entity_iri(WIRE.kind, "gaz:chatapp"))}
    assert (node(VERDI), iri(KG.called), node(KANT)) in a1  # the call's own edge, from its caller
    assert (node(KANT), iri(KG.called), node(LUND)) in a2 and (node(KANT), iri(KG.called), node(LUND)) not in a1
    assert (node(VERDI), iri(RDF.type), iri(KG.Leader)) in a1  # participants are described
    assert not any(s == A2 for s, _, _ in a1)  # nothing of the other article
    group = call_node(CALL_GROUP)
    assert (A2, iri(SDO.mentions), group) in a2


def test_records_in_any_order_give_the_same_statements():
    rng = random.Random(3)
    entities, calls, articles = list(ENTITIES), list(CALLS), list(ARTICLES)
    for _ in range(3):
        rng.shuffle(entities), rng.shuffle(calls), rng.shuffle(articles)
        assert graphs((entities, calls, articles)) == graphs()


def test_every_referenced_article_is_described_once():
    call = dataclasses.replace(CALL_OCCURRED, articles=("a1.txt", "z9.txt"))
    out = list(quads(ENTITIES, [call], ARTICLES))
    z9 = iri(ids.article_iri("z9.txt"))
    typed = [q for q in out if q[:3] == (z9, iri(RDF.type), iri(SDO.NewsArticle))]
    assert sorted(q[3] for q in typed) == sorted([DEFAULT, z9])  # once in each graph, not per record
