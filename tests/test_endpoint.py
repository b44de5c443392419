"""kg.store.endpoint without a SPARQL server: protocol choice, input checks, network errors.

The round trips through a real server are in tests/test_virtuoso.py (integration).
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from kg.store.endpoint import choose_protocol, push_file, query_endpoint
from kg.errors import EXIT_REMOTE, InputError, RemoteError

SAMPLE = Path(__file__).parent / "data" / "endpoint_sample.ttl"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://h:3030/ds/update", "update"),
        ("http://h:7200/repositories/news/statements", "update"),
        ("http://h:8890/sparql", "update"),
        ("http://h:8890/sparql-auth/", "update"),
        ("http://h:3030/ds/data", "gsp"),
        ("http://h:7878/store", "gsp"),
        ("http://h:8890/sparql-graph-crud", "gsp"),
        ("http://h:8890/sparql-graph-crud-auth", "gsp"),
        ("http://h:8080/rdf4j-server/repositories/r/rdf-graphs/service", "gsp"),
        ("http://h:3030/ds", "try-gsp"),
        ("http://h/", "try-gsp"),
    ],
)
def test_auto_protocol_follows_the_url(url, expected):
    assert choose_protocol(url) == expected


def test_explicit_protocol_wins_and_unknown_is_refused():
    assert choose_protocol("http://h/ds/update", "gsp") == "gsp"
    with pytest.raises(InputError, match="unknown protocol"):
        choose_protocol("http://h/x", "ftp")


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when the block ends: nothing listens there


def test_connection_refused_says_is_the_server_running():
    url = f"http://127.0.0.1:{_closed_port()}/ds/data"
    with pytest.raises(RemoteError) as info:
        push_file(SAMPLE, url, "https://example.org/g", credentials=("user", "s3cret-pw"), timeout=5)
    assert "is the server running" in info.value.message and url in info.value.message
    assert "s3cret-pw" not in str(info.value) and info.value.exit_code == EXIT_REMOTE
    with pytest.raises(RemoteError, match="is the server running"):
        query_endpoint(url.replace("/data", "/sparql"), "ASK {}", timeout=5)


def test_credentials_in_the_url_are_refused_and_not_echoed():
    with pytest.raises(InputError) as info:
        push_file(SAMPLE, "http://alice:s3cret-pw@127.0.0.1:1/store")
    assert "KG_ENDPOINT_USER" in info.value.message and "s3cret-pw" not in str(info.value)


@pytest.mark.parametrize("url", ["ftp://h/store", "127.0.0.1:8890/sparql", "http:///store"])
def test_not_an_http_url(url):
    with pytest.raises(InputError, match="not an http"):
        push_file(SAMPLE, url)


def test_unreadable_empty_and_invalid_files(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        push_file(tmp_path / "missing.ttl", "http://127.0.0.1:1/store")
    empty = tmp_path / "empty.ttl"
    empty.write_text("@prefix ex: <http://example.org/> .\n", encoding="utf-8")
    with pytest.raises(InputError, match="no triples"):
        push_file(empty, "http://127.0.0.1:1/store")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://e/a> <http://e/b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match="not valid"):
        push_file(bad, "http://127.0.0.1:1/store")
    quads = tmp_path / "g.trig"
    quads.write_text("<http://e/g> { <http://e/a> <http://e/b> <http://e/c> }\n", encoding="utf-8")
    with pytest.raises(InputError, match="named graphs"):
        push_file(quads, "http://127.0.0.1:1/store")
    with pytest.raises(InputError, match="batch_size"):
        push_file(SAMPLE, "http://127.0.0.1:1/store", batch_size=0)


@pytest.mark.parametrize("iri", ["not an iri", "relative/graph", "http://e/g> } DROP ALL ; {"])
def test_graph_iri_must_be_an_absolute_iri(iri):
    with pytest.raises(InputError, match="not an absolute IRI"):
        push_file(SAMPLE, "http://127.0.0.1:1/update", iri)
