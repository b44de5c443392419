"""No SPARQL injection: values reach queries and updates as terms, never as query text.

The classic forms (``"}; DROP GRAPH <...>; #`` and friends) go through ``kg query --param``
against a real Oxigraph store, through ``kg load --graph-iri`` against a real SPARQL server
(pyoxigraph's engine behind HTTP), and through the data itself (names and titles pushed with
SPARQL Update). Each time the data is intact afterwards, and a value that is in the data is
found as that value.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from graph_samples import ARTICLES, CALLS, ENTITIES, VERDI
from kg.cli import app
from kg.rdf.graph import build_graph
from little_servers import sparql_server

GRAPH = "https://example.org/kept"
PAYLOADS = [
    '"}; DROP GRAPH <https://example.org/kept>; #',
    "'}; DROP ALL; #",
    '") } } ; CLEAR DEFAULT ; SELECT * WHERE { ?s ?p ?o . FILTER("',
    '\\"}; DROP ALL; #',
    '"""}; DELETE WHERE { ?s ?p ?o }; #',
    "x\n} ; DROP ALL ; #",
    "<https://example.org/x> } ; DROP ALL ; #",
]
EVIL_NAME = 'Alma "}; DROP GRAPH <https://example.org/kept>; # Verdi'


def run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture(scope="module")
def evil_graph(tmp_path_factory) -> Path:
    """The sample graph with a leader whose name is an injection attempt."""
    evil = dataclasses.replace(VERDI, name=EVIL_NAME, aliases=(*VERDI.aliases, PAYLOADS[1]))
    entities = [evil if e.key == VERDI.key else e for e in ENTITIES]
    articles = [dataclasses.replace(ARTICLES[0], title=PAYLOADS[0]), *ARTICLES[1:]]
    path = tmp_path_factory.mktemp("evil") / "graph.ttl"
    build_graph(entities, CALLS, articles).serialize(destination=str(path), format="turtle")
    return path


@pytest.fixture()
def store(tmp_path, evil_graph) -> Path:
    where = tmp_path / "store"
    result = run("load", str(evil_graph), "--store", str(where))
    assert result.exit_code == 0, result.output
    return where


def _count(store_dir: Path) -> int:
    result = run("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--store", str(store_dir), "--format", "csv")
    assert result.exit_code == 0, result.output
    return int(result.output.split()[-1])


@pytest.mark.parametrize("payload", PAYLOADS)
def test_param_is_a_value_not_query_text(store, payload):
    before = _count(store)
    for name, param in (("timeline", "person"), ("evidence", "call")):
        result = run("query", name, "--store", str(store), "--param", f"{param}={payload}", "--format", "csv")
        assert result.exit_code == 0, result.output  # a value, never a syntax error
    assert _count(store) == before


def test_a_value_with_injection_characters_is_found_as_itself(store):
    for who in (EVIL_NAME, PAYLOADS[1]):  # the name and an alias of the same leader
        result = run("query", "timeline", "--store", str(store), "--param", f"person={who}", "--format", "csv")
        assert result.exit_code == 0, result.output
        rows = result.output.strip().splitlines()[1:]
        assert len(rows) == 2, result.output  # Verdi's occurred and planned calls


def test_a_query_cannot_write(store):
    before = _count(store)
    result = run("query", "DELETE WHERE { ?s ?p ?o }", "--store", str(store))
    assert result.exit_code != 0
    assert _count(store) == before


def _server_store() -> ox.Store:
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"),
                      ox.Literal("keep me"), ox.NamedNode(GRAPH)))
    return store


@pytest.mark.parametrize("payload", [
    "https://example.org/g> } ; DROP GRAPH <https://example.org/kept> ; #",
    "https://example.org/g>{}DROP ALL#",
    'https://example.org/g"}; DROP ALL; #',
    "https://example.org/g\n} DROP ALL",
    "https://example.org/g\x00",
])
def test_graph_iri_cannot_inject(evil_graph, payload):
    store = _server_store()
    with sparql_server(store) as server:
        result = run("load", str(evil_graph), "--endpoint", f"{server.url}/update", "--graph-iri", payload)
        assert result.exit_code == 2 and "not an absolute IRI" in result.output  # a usage error
        assert server.requests == []
    assert len(store) == 1


def test_hostile_values_in_the_data_arrive_as_literals(evil_graph):
    """Names and titles holding injection forms go through INSERT DATA as escaped terms."""
    store = _server_store()
    target = "https://example.org/news"
    with sparql_server(store) as server:
        result = run("load", str(evil_graph), "--endpoint", f"{server.url}/update", "--graph-iri", target)
        assert result.exit_code == 0, result.output
    expected = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(path=evil_graph)}
    got = {ox.Triple(q.subject, q.predicate, q.object)
           for q in store.quads_for_pattern(None, None, None, ox.NamedNode(target))}
    assert got == expected
    assert len(list(store.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH)))) == 1  # untouched
    names = {q.object.value for q in store.quads_for_pattern(None, ox.NamedNode("https://schema.org/name"), None)}
    assert EVIL_NAME in names
