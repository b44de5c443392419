"""Property-based tests of IRI minting (kg.rdf.ids): any key gives an IRI every store accepts,
the same key the same IRI, two keys two IRIs; a URL is an IRI only when stores take it whole."""

from __future__ import annotations

from datetime import date

import pyoxigraph as ox
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from kg.errors import KgError
from kg.model import EntityKind
from kg.rdf import ids
from strategies import any_char, dates, urls

keys = st.text(any_char, min_size=1, max_size=60)


def _accepted(iri: URIRef) -> None:
    ox.NamedNode(str(iri))  # Oxigraph's RFC 3987 parser: what Jena and Virtuoso accept too
    g = Graph()
    g.add((iri, URIRef("https://example.org/p"), Literal("o")))
    parsed = list(ox.parse(g.serialize(format="nt").encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    assert parsed[0].subject.value == str(iri)


@given(st.sampled_from(list(EntityKind)), keys, keys)
def test_entity_iris(kind, a, b):
    if not a.strip():
        with pytest.raises(KgError):
            ids.entity_iri(kind, a)
        return
    iri = ids.entity_iri(kind, a)
    _accepted(iri)
    assert iri == ids.entity_iri(kind, a)
    if b.strip() and b != a:
        assert ids.entity_iri(kind, b) != iri


@given(keys, st.lists(st.text(any_char, min_size=1, max_size=20), max_size=4), st.one_of(st.none(), dates))
@example(key="0", people=["\r"], day=None)  # found by the long profile: a name of white space only
def test_call_iris(key, people, day):
    if key.strip():
        _accepted(ids.call_iri(key, tuple(people), day))


@given(keys, st.integers(0, 10**9), st.integers(0, 10**9), keys)
def test_article_evidence_and_attribution_iris(article_id, start, end, outlet):
    if not article_id.strip():
        return
    for iri in (ids.article_iri(article_id), ids.evidence_iri(article_id, start, end)):
        _accepted(iri)
    if outlet.strip():
        _accepted(ids.attribution_iri(article_id, outlet))


@given(st.one_of(urls, st.text(any_char, max_size=40)))
def test_a_url_is_an_iri_only_when_every_store_takes_it(url):
    iri = ids.web_iri(url)
    if iri is not None:
        _accepted(iri)
        assert len(str(iri)) <= ids.MAX_IRI_LENGTH


def test_extreme_days_in_call_iris():
    for day in (date.min, date.max):
        _accepted(ids.call_iri("k", ("A B",), day))
