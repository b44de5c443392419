"""``kg load --endpoint`` against servers that misbehave: real little servers on 127.0.0.1.

Each failure is a clear message with what the server said and exit code 4, within an overall
deadline (not a per-read timeout), and a partial write is said as such.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EXIT_REMOTE, EXIT_USAGE, InputError, Remote, RemoteError
from kg.store.endpoint import push_file, query_endpoint
from little_servers import http_server, raw_server, read_request, sparql_server

SAMPLE = Path(__file__).parent / "data" / "endpoint_sample.ttl"
GRAPH = "https://example.org/g"


def load(url: str, *args: str, path: Path = SAMPLE):
    return CliRunner().invoke(app, ["load", str(path), "--endpoint", url, *args])


def ok(_request):
    return 204, {}, b""


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- each misbehaviour: one message, exit code 4 ----------------------------------------------


def test_closed_port():
    result = load(f"http://127.0.0.1:{_closed_port()}/store", "--timeout", "5")
    assert result.exit_code == EXIT_REMOTE
    assert "connection refused: is the server running" in result.output and "Traceback" not in result.output
    assert "nothing was written before it (this request was not written)" in result.output


def test_401_says_how_to_give_credentials():
    challenge = {"WWW-Authenticate": 'Basic realm="sparql"', "Content-Type": "text/plain"}
    with http_server(lambda r: (401, challenge, b"Unauthorized: who are you?")) as server:
        result = load(f"{server.url}/store")
    assert result.exit_code == EXIT_REMOTE
    assert "HTTP 401" in result.output and "who are you?" in result.output
    assert "KG_ENDPOINT_USER" in result.output


def test_wrong_credentials_are_refused_without_looping_or_echoing():
    challenge = {"WWW-Authenticate": 'Basic realm="sparql"'}
    with http_server(lambda r: (401, challenge, b"bad password")) as server:
        with pytest.raises(RemoteError) as info:
            push_file(SAMPLE, f"{server.url}/store", credentials=("dba", "s3cret-pw"), timeout=5)
    assert info.value.code == Remote.HTTP_STATUS and "HTTP 401" in info.value.message
    assert "s3cret-pw" not in str(info.value)


def test_500_shows_the_server_answer():
    with http_server(lambda r: (500, {"Content-Type": "text/plain"}, b"SR325: transaction deadlocked")) as server:
        result = load(f"{server.url}/store")
    assert result.exit_code == EXIT_REMOTE
    assert "HTTP 500" in result.output and "SR325: transaction deadlocked" in result.output


def test_an_answer_that_is_not_http():
    def ssh(conn, stop):
        read_request(conn)
        conn.sendall(b"SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n")

    with raw_server(ssh) as url:
        result = load(f"{url}/store", "--timeout", "5")
    assert result.exit_code == EXIT_REMOTE, result.output
    assert "not HTTP" in result.output and "SSH-2.0-OpenSSH" in result.output
    assert "whether this request was written is unknown" in result.output
    assert "Traceback" not in result.output


def test_a_short_body():
    def short(conn, stop):
        read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\nContent-Type: text/plain\r\n\r\nonly ten b")

    with raw_server(short) as url:
        result = load(f"{url}/store", "--timeout", "5")
    assert result.exit_code == EXIT_REMOTE, result.output
    assert "cut short (10 of 100 bytes)" in result.output and "only ten b" in result.output


def test_connection_closed_without_an_answer():
    with raw_server(lambda conn, stop: read_request(conn)) as url:
        with pytest.raises(RemoteError) as info:
            push_file(SAMPLE, f"{url}/store", timeout=5)
    assert info.value.code == Remote.SHORT_ANSWER and "without answering" in info.value.message


def _trickle(conn, stop):
    read_request(conn)
    for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"x" * 1000:
        if stop.wait(0.2):
            return
        conn.sendall(bytes([byte]))


def _silent(conn, stop):
    read_request(conn)
    stop.wait(60)


@pytest.mark.parametrize("behave", [_trickle, _silent], ids=["trickles", "never-answers"])
def test_overall_deadline_not_per_read(behave):
    with raw_server(behave) as url:
        started = time.monotonic()
        result = load(f"{url}/store", "--timeout", "1")
        took = time.monotonic() - started
    assert result.exit_code == EXIT_REMOTE, result.output
    assert "no complete answer within 1 s" in result.output
    # a per-read timeout would wait for ever on the trickle (a byte every 0.2 s); the deadline
    # ends it: well under the trickle's 200 s or the silence's 60 s
    assert took < 15


def test_timeout_inf_is_no_limit_not_a_traceback():
    with http_server(ok) as server:
        result = load(f"{server.url}/store", "--timeout", "inf")
    assert result.exit_code == 0, result.output
    assert "pushed" in result.output


@pytest.mark.parametrize("value", ["0", "-5", "nan"])
def test_timeout_must_be_positive(value):
    result = load("http://127.0.0.1:1/store", "--timeout", value)
    assert result.exit_code == EXIT_USAGE and "timeout must be a positive number" in result.output


def test_query_deadline_and_non_http_answer():
    with raw_server(_silent) as url, pytest.raises(RemoteError) as info:
        query_endpoint(f"{url}/sparql", "ASK {}", timeout=0.5)
    assert info.value.code == Remote.DEADLINE


# --- partial writes -------------------------------------------------------------------------


def test_partial_write_is_said_as_such():
    seen = []

    def third_fails(request):
        seen.append(request)
        return (500, {}, b"disk full") if len(seen) == 3 else (204, {}, b"")

    with http_server(third_fails) as server:
        with pytest.raises(RemoteError) as info:
            push_file(SAMPLE, f"{server.url}/store", GRAPH, batch_size=2, timeout=5)
    triples = len(set(ox.parse(path=SAMPLE, format=ox.RdfFormat.TURTLE)))
    requests = -(-triples // 2)
    err = info.value
    assert err.exit_code == EXIT_REMOTE and (err.requests_written, err.triples_written) == (2, 4)
    assert f"PARTIAL LOAD: 2 of {requests} requests (4 of {triples} triples) were written" in err.message
    assert "this request was not written" in err.message and "run the same command again" in err.message
    assert len(seen) == 3  # nothing sent after the failure


def test_running_again_completes_a_partial_load():
    store = ox.Store()
    fail = {"at": 2}

    with sparql_server(store) as server:
        original = server.respond

        def respond(request):
            if request.path.startswith("/store") and len(server.requests) == fail["at"]:
                return 503, {}, b"try later"
            return original(request)

        server.respond = respond
        with pytest.raises(RemoteError, match="PARTIAL LOAD: 1 of"):
            push_file(SAMPLE, f"{server.url}/store", GRAPH, batch_size=3, timeout=5)
        fail["at"] = -1
        report = push_file(SAMPLE, f"{server.url}/store", GRAPH, batch_size=3, timeout=5)
    expected = set(ox.parse(path=SAMPLE, format=ox.RdfFormat.TURTLE))
    got = {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH))}
    assert report.triples == len(expected)
    assert len(got) == len(expected)


# --- long IRIs and URLs -------------------------------------------------------------------------


def test_an_iri_longer_than_stores_keep_is_refused_before_sending(tmp_path):
    long_iri = "https://example.org/" + "x" * 10_000
    path = tmp_path / "long.ttl"
    path.write_text(f"<https://example.org/a> <https://schema.org/url> <{long_iri}> .\n", encoding="utf-8")
    with http_server(ok) as server:
        with pytest.raises(InputError) as info:
            push_file(path, f"{server.url}/store")
        assert server.requests == []  # nothing sent
    assert info.value.code == Remote.IRI_TOO_LONG and "10020 characters" in info.value.message


def test_a_10000_character_url_arrives_whole_as_a_literal(tmp_path):
    from kg.rdf.graph import build_graph
    from kg.model import ArticleMeta

    url = "https://example.org/story?" + "q=1&" * 2_500
    graph = build_graph([], [], [ArticleMeta("a.txt", "a.txt", url=url)])
    path = tmp_path / "graph.ttl"
    graph.serialize(destination=str(path), format="turtle")
    store = ox.Store()
    with sparql_server(store) as server:
        push_file(path, f"{server.url}/update", GRAPH, timeout=10)
        rows = query_endpoint(
            f"{server.url}/query",
            f"SELECT ?u WHERE {{ GRAPH <{GRAPH}> {{ ?a <https://schema.org/url> ?u }} }}",
        )
    assert [row["u"] for row in rows] == [url]  # not cut, not dropped


def test_concurrent_requests_get_their_own_deadlines():
    """Two pushes at once on threads: one server hangs, the other answers; only one fails."""
    outcomes = {}
    with raw_server(_silent) as slow, http_server(ok) as fast:
        def run(name, url):
            try:
                push_file(SAMPLE, url, timeout=1)
                outcomes[name] = "ok"
            except RemoteError as err:
                outcomes[name] = err.code

        threads = [threading.Thread(target=run, args=("slow", f"{slow}/store")),
                   threading.Thread(target=run, args=("fast", f"{fast.url}/store"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(20)
    assert outcomes == {"slow": Remote.DEADLINE, "fast": "ok"}
