"""build_graph: types, labels, calls, called edges, reports, evidence and provenance."""

from __future__ import annotations

import dataclasses
import random

import pytest
from rdflib import BNode, Literal, URIRef

from graph_samples import (
    ARCADIA, ARTICLES, CALL_GROUP, CALL_OCCURRED, CALL_PLANNED, CALLS, CHAT, ENTITIES, EV1, EV2,
    KANT, LEAGUE, LUND, ODE, VERDI, WIRE, sample_graph,
)  # fmt: skip
from kg.rdf import ids
from kg.errors import KgError
from kg.rdf.graph import build_graph, call_label
from kg.model import CallStatus, Entity
from kg.rdf.vocab import KG, OWL, RDF, RDFS, SDO, SKOS, WD, XSD


def iri(entity: Entity) -> URIRef:
    return ids.entity_iri(entity.kind, entity.key)


def call_node(call) -> URIRef:
    names = tuple({e.key: e.name for e in ENTITIES}[k] for k in call.participants)
    return ids.call_iri(call.key, names, call.date)


@pytest.fixture(scope="module")
def g():
    return sample_graph()


@pytest.mark.parametrize(
    ("entity", "types"),
    [
        (VERDI, {KG.Leader, SDO.Person}),
        (ODE, {SDO.Person}),
        (WIRE, {KG.Outlet, SDO.Organization, KG.NewsAgency}),
        (CHAT, {KG.Outlet, SDO.Organization, KG.Platform}),
        (ARCADIA, {SDO.Country}),
        (LEAGUE, {SDO.Organization}),
    ],
)
def test_entity_types(g, entity, types):
    assert set(g.objects(iri(entity), RDF.type)) == types


def test_entity_names_aliases_role(g):
    node = iri(VERDI)
    assert set(g.objects(node, RDFS.label)) == {Literal("Alma Verdi")}
    assert set(g.objects(node, SDO.name)) == {Literal("Alma Verdi")}
    assert set(g.objects(node, SKOS.altLabel)) == {Literal("Verdi"), Literal("President Verdi")}
    assert g.value(node, SDO.jobTitle) == Literal("President")
    assert g.value(iri(WIRE), KG.outletKind) == Literal("NewsAgency")


def test_country_linked_only_to_a_known_country_entity(g):
    assert g.value(iri(VERDI), KG.country) == iri(ARCADIA)
    assert g.value(iri(ODE), KG.country) == iri(ARCADIA)  # names match case-insensitively
    assert g.value(iri(KANT), KG.country) is None  # Borduria is not an entity: nothing minted
    assert not any("borduria" in str(node) for node in g.all_nodes())


def test_wikidata_same_as_only_when_given(g):
    assert set(g.objects(iri(VERDI), OWL.sameAs)) == {WD.Q4242}
    assert set(g.subject_objects(OWL.sameAs)) == {(iri(VERDI), WD.Q4242)}


def test_bad_wikidata_id_is_an_error():
    bad = dataclasses.replace(VERDI, wikidata="Alma Verdi")
    with pytest.raises(KgError, match="E301.*Q-id"):
        build_graph([bad], [], [])


def test_call_description(g):
    call = call_node(CALL_OCCURRED)
    assert set(g.objects(call, RDF.type)) == {KG.Call, SDO.Event}
    assert set(g.objects(call, KG.participant)) == {iri(VERDI), iri(KANT)}
    assert g.value(call, KG.caller) == iri(VERDI)
    assert g.value(call, KG.status) == KG.Occurred
    assert g.value(call, KG.medium) == KG.Phone
    assert g.value(call, SDO.startDate) == Literal("2025-03-09", datatype=XSD.date)
    assert g.value(call, KG.durationMinutes) == Literal(90, datatype=XSD.integer)
    assert g.value(call, SDO.duration) == Literal("PT90M")  # plain: Virtuoso rewrites xsd:duration
    assert str(g.value(call, RDFS.label)) == "Call: Alma Verdi – Boris Kant (2025-03-09)"


def test_call_without_date_medium_or_duration(g):
    planned = call_node(CALL_PLANNED)
    assert g.value(planned, KG.status) == KG.Planned
    for p in (SDO.startDate, KG.medium, KG.durationMinutes, SDO.duration, KG.caller):
        assert g.value(planned, p) is None
    assert str(g.value(planned, RDFS.label)) == "Call: Alma Verdi – Boris Kant (planned)"
    assert planned != call_node(CALL_OCCURRED)


def test_call_label_notes_status_and_date():
    denied = dataclasses.replace(CALL_OCCURRED, status=CallStatus.DENIED)
    assert call_label(denied, ["A", "B"]) == "Call: A – B (2025-03-09, denied)"


def test_called_edges_from_the_known_caller_only(g):
    assert (iri(VERDI), KG.called, iri(KANT)) in g
    assert (iri(KANT), KG.called, iri(VERDI)) not in g  # Verdi called; planned call adds nothing


def test_called_edges_both_ways_between_leaders_when_no_caller(g):
    assert (iri(KANT), KG.called, iri(LUND)) in g
    assert (iri(LUND), KG.called, iri(KANT)) in g
    assert (iri(ODE), KG.called, None) not in g  # a minister is not a leader
    assert (None, KG.called, iri(ODE)) not in g


def test_no_called_edges_for_calls_that_did_not_occur():
    for status in (CallStatus.PLANNED, CallStatus.DENIED, CallStatus.ATTEMPTED):
        call = dataclasses.replace(CALL_GROUP, status=status)
        assert (None, KG.called, None) not in build_graph(ENTITIES, [call], [])


def test_reported_by_with_attribution_and_evidence(g):
    call = call_node(CALL_OCCURRED)
    assert set(g.objects(call, KG.reportedBy)) == {iri(WIRE), iri(CHAT)}
    attribution = ids.attribution_iri(CALL_OCCURRED.key, WIRE.key)
    assert (call, KG.attribution, attribution) in g
    assert (attribution, RDF.type, KG.Attribution) in g
    assert g.value(attribution, KG.outlet) == iri(WIRE)
    evidence = ids.evidence_iri(EV1.article_id, EV1.start, EV1.end)
    assert set(g.objects(attribution, KG.evidence)) == {evidence}
    assert (evidence, RDF.type, KG.Evidence) in g
    assert g.value(evidence, KG.inArticle) == ids.article_iri("a1.txt")
    assert g.value(evidence, KG.text) == Literal(EV1.text)
    assert g.value(evidence, KG.startOffset) == Literal(10, datatype=XSD.integer)
    assert g.value(evidence, KG.endOffset) == Literal(60, datatype=XSD.integer)
    assert set(g.objects(call, KG.evidence)) == {
        evidence, ids.evidence_iri(EV2.article_id, EV2.start, EV2.end)
    }


def test_articles(g):
    a1, a2 = ids.article_iri("a1.txt"), ids.article_iri("a2.txt")
    assert (a1, RDF.type, SDO.NewsArticle) in g
    assert g.value(a1, SDO.identifier) == Literal("a1.txt")
    assert g.value(a1, SDO.headline) == Literal("Verdi and Kant talk")
    assert g.value(a1, RDFS.label) == Literal("a1.txt")  # a headline ending in a name would read as that person
    assert g.value(a1, SDO.datePublished) == Literal("2025-03-10", datatype=XSD.date)
    assert g.value(a1, SDO.url) == URIRef("https://example.org/a1")
    assert g.value(a1, SDO.publisher) == iri(WIRE)  # "wire daily" matches case-insensitively
    assert g.value(a2, RDFS.label) == Literal("a2.txt")
    assert g.value(a2, SDO.url) == Literal("not a url")  # never turned into an IRI; kept as text
    assert g.value(a2, SDO.publisher) is None  # no Outlet entity named "Unknown Gazette"



def test_control_characters_become_spaces():
    # Virtuoso rejects raw C0 controls in a long Turtle string, rapper cuts a literal at NUL
    text = "Verdi\x00called\x0bKant\x1b\x7f\x85.\nTabs\tand\rstay."
    ev = dataclasses.replace(EV1, text=text)
    g = build_graph(ENTITIES, [dataclasses.replace(CALL_OCCURRED, evidence=(ev,), reports=())], [])
    node = ids.evidence_iri(ev.article_id, ev.start, ev.end)
    assert str(g.value(node, KG.text)) == "Verdi called Kant   .\nTabs\tand\rstay."


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/é?q=ü", "https://example.org/é?q=ü"),
        ("HTTPS://example.org/Up", "https://example.org/Up"),  # Jena warns about an upper-case scheme
        ("https://example.org/a%zz", None),  # Jena and Oxigraph reject these IRIs; rdflib does not
        ("https://example.org/a[1]", None),
        ("https://example.org/x#a#b", None),
        ("https://", None),
        ("https://example.org/\u202eevil", None),  # RFC 3987 forbids bidi formatting characters
        ("https://example.org/" + "x" * 2000, None),  # longer than stores keep (Virtuoso cuts it)
    ],
)
def test_article_url_is_an_iri_only_when_every_store_accepts_it(url, kept):
    g = build_graph([], [], [dataclasses.replace(ARTICLES[0], url=url, outlet=None)])
    found = g.value(ids.article_iri(ARTICLES[0].id), SDO.url)
    assert found == (URIRef(kept) if kept else Literal(url))  # otherwise kept whole, as a literal

def test_mentions(g):
    a1, a2 = ids.article_iri("a1.txt"), ids.article_iri("a2.txt")
    assert set(g.objects(a1, SDO.mentions)) == {call_node(CALL_OCCURRED), iri(VERDI), iri(KANT), iri(WIRE)}
    assert set(g.objects(a2, SDO.mentions)) == {
        call_node(c) for c in CALLS
    } | {iri(KANT), iri(ODE), iri(LUND), iri(CHAT), iri(LEAGUE)}


def test_article_known_only_from_a_call_is_still_described():
    call = dataclasses.replace(CALL_PLANNED, articles=("z9.txt",))
    g = build_graph(ENTITIES, [call], [])
    node = ids.article_iri("z9.txt")
    assert (node, RDF.type, SDO.NewsArticle) in g
    assert g.value(node, SDO.identifier) == Literal("z9.txt")
    assert g.value(node, RDFS.label) == Literal("z9.txt")


def test_unknown_participant_is_an_error():
    call = dataclasses.replace(CALL_PLANNED, participants=("gaz:alma-verdi", "gaz:nobody"))
    with pytest.raises(KgError, match="E304.*gaz:nobody"):
        build_graph(ENTITIES, [call], ARTICLES)


def test_conflicting_entities_with_one_key_are_an_error():
    with pytest.raises(KgError, match="E302"):
        build_graph([VERDI, dataclasses.replace(VERDI, role="Queen")], [], [])


def test_no_blank_nodes(g):
    assert not any(isinstance(term, BNode) for triple in g for term in triple)


def test_same_records_in_any_order_give_the_same_bytes(g):
    rng = random.Random(7)
    entities, calls, articles = list(ENTITIES), list(CALLS), list(ARTICLES)
    for _ in range(3):
        rng.shuffle(entities), rng.shuffle(calls), rng.shuffle(articles)
        again = build_graph(iter(entities), iter(calls), iter(articles))
        assert sorted(again.serialize(format="nt").splitlines()) == \
            sorted(g.serialize(format="nt").splitlines())
        assert again.serialize(format="turtle") == g.serialize(format="turtle")
