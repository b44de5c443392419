"""`kg serve` for real: Oxigraph's server over the seed store, spoken to over HTTP as curl would,
and stopped by signals with nothing left behind (kg/serve/run.py, oxigraph.py, explorer.py).

Every server here is a `python -m kg serve` subprocess on free loopback ports.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import ServeError
from kg.serve import start
from kg.serve.oxigraph import find_oxigraph
from kg.store.local import load_into_store
from serving import ROOT, children_of, free_ports, is_running, kg_serve, serve_command, serve_env, stop

pytestmark = pytest.mark.integration

GRAPH = ROOT / "exports" / "graph.ttl"
COUNT_CALLS = "PREFIX kg: <https://w3id.org/newskg/ontology#> SELECT (COUNT(?c) AS ?n) WHERE { ?c a kg:Call }"
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def expected_calls() -> int:
    """The number of calls in exports/graph.ttl, read by pyoxigraph in memory (not by the server)."""
    store = ox.Store()
    store.load(path=GRAPH, format=ox.RdfFormat.TURTLE)
    return int(next(iter(store.query(COUNT_CALLS)))["n"].value)


DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback, whatever http_proxy says


def http(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    """(status, headers, body) of one request; HTTP errors are answers too."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with DIRECT.open(request, timeout=30) as answer:
            return answer.status, answer.headers, answer.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read().decode("utf-8")


def count(endpoint: str, query: str = COUNT_ALL) -> int:
    status, _, body = http(f"{endpoint}?{urllib.parse.urlencode({'query': query})}",
                           headers={"Accept": "application/sparql-results+json"})
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def assert_explorer_cannot_write(explorer_url: str) -> None:
    """Updates sent to the explorer's /sparql reach only the endpoint's /query, which refuses them."""
    update = b"INSERT DATA { <urn:x:d> <urn:x:b> <urn:x:c> }"
    for kind, body, refused in [("application/sparql-update", update, (415,)),
                                ("application/sparql-query", update, (400,)),
                                ("application/x-www-form-urlencoded", b"update=" + urllib.parse.quote_from_bytes(update).encode(), (400,))]:
        status, _, answer = http(explorer_url + "sparql", body, {"Content-Type": kind})
        assert status in refused, (kind, status, answer)


@pytest.fixture(scope="module")
def served(seed_store):
    with kg_serve(seed_store) as server:
        yield server


def test_prints_the_two_urls_on_loopback(served):
    assert served.lines[0].startswith("SPARQL endpoint: http://127.0.0.1:")
    assert served.lines[0].endswith("/query")
    assert served.lines[1].startswith("explorer: http://127.0.0.1:")


def test_endpoint_answers_sparql_over_http_as_curl_would(served):
    calls = expected_calls()
    assert calls > 0
    # curl -H 'Accept: text/csv' --data-urlencode 'query=...' URL  (a form POST)
    status, headers, body = http(served.sparql_url, urllib.parse.urlencode({"query": COUNT_CALLS}).encode(),
                                 {"Accept": "text/csv", "Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert body.split() == ["n", str(calls)]
    assert count(served.sparql_url, COUNT_CALLS) == calls  # GET with a query string
    # Oxigraph's own query page sits at the root of the endpoint's port, with its assets.
    status, _, page = http(served.sparql_url.removesuffix("query"))
    assert status == 200 and "<title>Oxigraph server</title>" in page
    script = page.split('<script src="')[1].split('"')[0]
    assert http(urllib.parse.urljoin(served.sparql_url, script))[0] == 200


def test_read_only_refuses_writes(served):
    before = count(served.sparql_url)
    base = served.sparql_url.removesuffix("query")
    status, _, body = http(base + "update", b"INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }",
                           {"Content-Type": "application/sparql-update"})
    assert status == 403, body
    status, _, body = http(base + "store?default", b"<urn:x:a> <urn:x:b> <urn:x:c> .",
                           {"Content-Type": "application/n-triples"})
    assert status == 403, body
    status, _, body = http(base + "store?default", method="DELETE")
    assert status == 403, body
    assert count(served.sparql_url) == before


def test_explorer_serves_its_page_and_only_reads(served):
    status, headers, page = http(served.explorer_url)
    assert status == 200 and "<title>newskg explorer</title>" in page
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert http(served.explorer_url + "vendor/cytoscape.min.js")[0] == 200
    status, _, config = http(served.explorer_url + "config.json")
    assert json.loads(config)["sparql_url"] == served.sparql_url
    # The page's SELECTs go through /sparql and get the endpoint's own answer.
    assert count(served.explorer_url + "sparql", COUNT_CALLS) == expected_calls()
    before = count(served.sparql_url)
    assert_explorer_cannot_write(served.explorer_url)
    status, _, _ = http(served.explorer_url + "update", b"update=CLEAR%20ALL",
                        {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 405
    assert count(served.sparql_url) == before
    status, _, body = http(served.explorer_url + "sparql?query=SELEKT")
    assert status == 400 and body  # the endpoint's own message about the bad query


def test_explorer_does_not_serve_files_outside_its_folder(served):
    host = urllib.parse.urlsplit(served.explorer_url).netloc
    with socket.create_connection(tuple(host.rsplit(":", 1)), timeout=10) as conn:
        conn.sendall(b"GET /../../../../etc/passwd HTTP/1.0\r\n\r\n")
        answer = conn.recv(65536).decode("latin-1")
    assert answer.startswith("HTTP/1.0 404") or answer.startswith("HTTP/1.1 404"), answer[:200]
    assert "root:" not in answer
    assert http(served.explorer_url + "js/")[0] == 404  # no folder listings


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_a_stop_signal_stops_every_process_it_started(seed_store, sig):
    with kg_serve(seed_store) as server:
        children = server.children()
        assert len(children) == 1  # the Oxigraph server
        assert "oxigraph" in Path(f"/proc/{children[0]}/cmdline").read_text()
        assert stop(server.proc, sig) == 0
        assert not is_running(children[0])
        assert "stopped" in server.proc.stderr.read()
        for url in (server.sparql_url, server.explorer_url):
            with pytest.raises(urllib.error.URLError):
                DIRECT.open(url, timeout=5)


def test_the_server_dies_with_kg_serve_even_when_it_is_killed(seed_store):
    with kg_serve(seed_store) as server:
        child = server.children()[0]
        server.proc.kill()  # no chance to clean up: the kernel's parent-death signal must do it
        server.proc.wait()
        deadline = time.monotonic() + 10
        while is_running(child) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not is_running(child)


def test_kg_serve_fails_when_the_oxigraph_server_dies(seed_store):
    with kg_serve(seed_store) as server:
        child = server.children()[0]
        os.kill(child, signal.SIGKILL)
        assert server.proc.wait(20) == 1
        assert "the Oxigraph server stopped" in server.proc.stderr.read()


def run_serve(store: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(serve_command(store, *args), cwd=ROOT, env=serve_env(), capture_output=True,
                          text=True, timeout=60, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("taken", ["--port", "--explorer-port"])
def test_a_port_in_use_is_a_clear_error(seed_store, taken):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        busy_port = busy.getsockname()[1]
        ports = dict(zip(("--port", "--explorer-port"), free_ports(2)))
        ports[taken] = busy_port
        result = run_serve(seed_store, *[str(x) for kv in ports.items() for x in kv])
    assert result.returncode == 1
    assert f"port {busy_port} on 127.0.0.1 is in use" in result.stderr
    assert taken in result.stderr
    assert result.stdout == ""


def test_a_missing_store_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--store", str(tmp_path / "nothing")])
    assert result.exit_code == 1
    assert "no Oxigraph store there" in result.output and "kg load" in result.output
    with pytest.raises(ServeError, match="E900"):
        start(tmp_path)


def test_one_port_for_both_is_a_clear_error(seed_store):
    result = CliRunner().invoke(app, ["serve", "--store", str(seed_store), "--port", "7000", "--explorer-port", "7000"])
    assert result.exit_code == 2 and "need two ports" in result.output  # a usage error


def test_the_default_store_is_exports_store():
    from kg.serve import DEFAULT_STORE

    assert DEFAULT_STORE == Path("exports/store")
    assert "exports/store" in CliRunner().invoke(app, ["serve", "--help"]).output


def test_writable_when_asked(tmp_path):
    store = tmp_path / "store"
    load_into_store(GRAPH, store)
    with kg_serve(store, "--writable") as server:
        before = count(server.sparql_url)
        status, _, body = http(server.sparql_url.removesuffix("query") + "update",
                               b"INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }",
                               {"Content-Type": "application/sparql-update"})
        assert status == 204, body
        assert count(server.sparql_url) == before + 1
        assert_explorer_cannot_write(server.explorer_url)  # even now
        assert count(server.sparql_url) == before + 1


def test_the_oxigraph_program_is_installed():
    assert find_oxigraph().is_file()


def test_the_library_starts_and_stops_the_pair_in_process(seed_store):
    port, explorer_port = free_ports(2)
    with start(seed_store, port=port, explorer_port=explorer_port) as serving:
        pid = serving.oxigraph_pid
        assert is_running(pid)
        assert count(serving.sparql_url, COUNT_CALLS) == expected_calls()
        assert http(serving.explorer_url)[0] == 200
    assert not is_running(pid)
    with pytest.raises(urllib.error.URLError):
        DIRECT.open(serving.explorer_url, timeout=5)
