"""Integration: push graphs into a real OpenLink Virtuoso 7 and read them back over HTTP.

One throw-away ``virtuoso-t`` per module: its own ``virtuoso.ini`` and database in a temp dir,
SQL and HTTP ports picked free on 127.0.0.1 (nothing listens elsewhere), no plugins. It is
stopped by its PID (terminate, wait, kill) and the dir removed in a finalizer, even on failure.
Skipped, with the reason, when ``virtuoso-t`` is not installed (``.ci/install-virtuoso.sh``).

Writing: the fresh database's ``dba``/``dba`` account over HTTP Digest on Virtuoso's
authenticated endpoints (``/sparql-graph-crud-auth`` for the Graph Store Protocol,
``/sparql-auth`` for SPARQL Update). That needs no ``GRANT SPARQL_UPDATE TO "SPARQL"``, which
would let anyone write anonymously, and it exercises the Digest path the CLI must support.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import warnings
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store.endpoint import push_file, query_endpoint
from kg.errors import EXIT_REMOTE, RemoteError

pytestmark = pytest.mark.integration

HERE = Path(__file__).parent
SAMPLE = HERE / "data" / "endpoint_sample.ttl"
EXPORT = HERE.parent / "exports" / "graph.ttl"
GRAPHS = [pytest.param(SAMPLE, id="sample")]
if EXPORT.exists():
    GRAPHS.append(pytest.param(EXPORT, id="exports-graph"))

DBA = ("dba", "dba")  # the fresh database's account; the server only listens on loopback
START_TIMEOUT = 120
KG = "https://w3id.org/newskg/ontology#"
PERSON = "https://w3id.org/newskg/id/person/"

_INI = """\
; written by tests/test_virtuoso.py: a throw-away instance on 127.0.0.1
[Database]
DatabaseFile       = {d}/virtuoso.db
ErrorLogFile       = {d}/virtuoso.log
LockFile           = {d}/virtuoso.lck
TransactionFile    = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {d}/virtuoso-temp.db
TransactionFile    = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort           = 127.0.0.1:{sql}
LiteMode             = 0
DisableUnixSocket    = 1
DisableTcpSocket     = 0
MaxClientConnections = 10
CheckpointInterval   = 0
O_DIRECT             = 0
CaseMode             = 2
AllowOSCalls         = 0
DirsAllowed          = ., {d}
NumberOfBuffers      = 10000
MaxDirtyBuffers      = 6000

[HTTPServer]
ServerPort                = 127.0.0.1:{http}
ServerRoot                = {d}/vsp
MaxClientConnections      = 10
DavRoot                   = DAV
EnabledDavVSP             = 0
HTTPProxyEnabled          = 0
TempASPXDir               = 0
ServerThreads             = 10
MaxKeepAlives             = 10
KeepAliveTimeout          = 10
HTTPThreadSize            = 280000
HttpPrintWarningsInOutput = 0
Charset                   = UTF-8
EnabledGzipContent        = 0

[SPARQL]
ResultSetMaxRows      = 1000000
MaxQueryExecutionTime = 0
"""


def _free_port(taken: set[int]) -> int:
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port not in taken:
            return port


def _log_tail(d: Path, n: int = 15) -> str:
    log = d / "virtuoso.log"
    lines = log.read_text(errors="replace").splitlines() if log.exists() else []
    return "\n".join(lines[-n:])


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()  # virtuoso-t +foreground shuts down quickly on SIGTERM
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


def _wait_online(proc: subprocess.Popen, d: Path, http: int) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"virtuoso-t exited during start-up ({proc.returncode}):\n{_log_tail(d)}")
        log = d / "virtuoso.log"
        if log.exists() and "Server online at" in log.read_text(errors="replace"):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{http}/sparql", timeout=2):
                    return
            except (urllib.error.URLError, OSError):
                pass
        time.sleep(0.25)
    pytest.fail(f"virtuoso-t not online after {START_TIMEOUT}s:\n{_log_tail(d)}")


def _listening_only_on_loopback(pid: int) -> None:
    if not shutil.which("ss"):
        return  # the ini binds both ports to 127.0.0.1; ss is only a second look
    out = subprocess.run(["ss", "-Hltnp"], capture_output=True, text=True, check=False).stdout
    mine = [line.split()[3] for line in out.splitlines() if f"pid={pid}," in line]
    wrong = [a for a in mine if not a.startswith(("127.0.0.1:", "[::1]:"))]
    assert not wrong, f"virtuoso-t listens on non-loopback addresses: {wrong}"


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    """Base URL (``http://127.0.0.1:PORT``) of a running throw-away Virtuoso."""
    binary = shutil.which("virtuoso-t")
    if binary is None:
        reason = (
            "Virtuoso integration tests SKIPPED: virtuoso-t is not installed "
            "(run .ci/install-virtuoso.sh or apt-get install virtuoso-opensource)"
        )
        warnings.warn(reason, stacklevel=1)  # shown in the warnings summary even without -rs
        pytest.skip(reason)
    d = tmp_path_factory.mktemp("virtuoso")
    (d / "vsp").mkdir()
    sql = _free_port(set())
    http = _free_port({sql})
    (d / "virtuoso.ini").write_text(_INI.format(d=d, sql=sql, http=http), encoding="utf-8")
    t0 = time.monotonic()
    with open(d / "stdout.log", "wb") as out:
        proc = subprocess.Popen(
            [binary, "+configfile", str(d / "virtuoso.ini"), "+foreground"],
            cwd=d,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_online(proc, d, http)
        _listening_only_on_loopback(proc.pid)
        print(f"virtuoso-t pid {proc.pid} online in {time.monotonic() - t0:.1f}s on :{http}")
        yield f"http://127.0.0.1:{http}"
    finally:
        _stop(proc)
        shutil.rmtree(d, ignore_errors=True)


def _distinct_triples(path: Path) -> int:
    return len(set(ox.parse(path=path, base_iri=path.resolve().as_uri())))


def _count(base: str, graph: str) -> int:
    rows = query_endpoint(
        f"{base}/sparql", f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    )
    return int(rows[0]["n"])


def _load_with_cli(path: Path, endpoint: str, graph: str, env: dict[str, str | None]):
    from typer.testing import CliRunner

    from kg.cli import app

    args = ["load", str(path), "--endpoint", endpoint, "--graph-iri", graph]
    return CliRunner().invoke(app, args, env=env)


@pytest.mark.parametrize("path", GRAPHS)
def test_cli_load_into_virtuoso_round_trips(virtuoso, path):
    graph = f"https://example.org/test/{path.stem}/cli"
    endpoint = f"{virtuoso}/sparql-graph-crud-auth"
    env = {"KG_ENDPOINT_USER": DBA[0], "KG_ENDPOINT_PASSWORD": DBA[1]}
    result = _load_with_cli(path, endpoint, graph, env)
    assert result.exit_code == 0, result.output
    expected = _distinct_triples(path)
    assert f"pushed {expected} triples" in result.output and "GSP" in result.output
    assert _count(virtuoso, graph) == expected
    if path == SAMPLE:
        ask = (
            f"ASK {{ GRAPH <{graph}> {{ ?c <{KG}participant> <{PERSON}stubb> ; "
            f"<{KG}status> <{KG}Occurred> . <{PERSON}stubb> <http://www.w3.org/2000/01/rdf-schema#label> "
            '"Alexander Stubb" } }'
        )
        assert query_endpoint(f"{virtuoso}/sparql", ask) == [{"boolean": True}]


def test_update_protocol_in_small_batches_and_replace(virtuoso):
    graph = "https://example.org/test/update"
    endpoint = f"{virtuoso}/sparql-auth"
    first = push_file(SAMPLE, endpoint, graph, credentials=DBA, batch_size=10)
    again = push_file(SAMPLE, endpoint, graph, credentials=DBA, batch_size=10, replace=True)
    expected = _distinct_triples(SAMPLE)
    assert first.protocol == again.protocol == "update"
    assert first.triples == expected and first.requests == -(-expected // 10)
    assert _count(virtuoso, graph) == expected
    rows = query_endpoint(
        f"{virtuoso}/sparql",
        f"SELECT ?name WHERE {{ GRAPH <{graph}> {{ <{PERSON}sanchez> <https://schema.org/name> ?name }} }}",
    )
    assert rows == [{"name": "Pedro Sánchez"}]
    text = query_endpoint(
        f"{virtuoso}/sparql", f"SELECT ?t WHERE {{ GRAPH <{graph}> {{ ?e <{KG}text> ?t }} }}"
    )
    assert '"called" Finnish President\nAlexander Stubb' in text[0]["t"]


@pytest.mark.parametrize("path_name", ["sparql-auth", "sparql-graph-crud-auth"])
def test_blank_nodes_stay_linked_across_batches(virtuoso, tmp_path, path_name):
    src = tmp_path / "bnodes.ttl"
    src.write_text(
        "@prefix ex: <http://example.org/> .\n"
        "ex:a ex:p 1, 2, 3 ; ex:q [ ex:r ex:b ; ex:s [ ex:t 'deep' ] ] .\n",
        encoding="utf-8",
    )
    graph = f"https://example.org/test/bnodes/{path_name}"
    report = push_file(src, f"{virtuoso}/{path_name}", graph, credentials=DBA, batch_size=1)
    assert report.triples == 7
    assert _count(virtuoso, graph) == 7
    chain = (
        f"SELECT ?t WHERE {{ GRAPH <{graph}> {{ <http://example.org/a> <http://example.org/q> ?x . "
        "?x <http://example.org/r> <http://example.org/b> ; <http://example.org/s> ?y . "
        "?y <http://example.org/t> ?t } }"
    )
    assert query_endpoint(f"{virtuoso}/sparql", chain) == [{"t": "deep"}]


def test_anonymous_write_is_refused_with_a_hint(virtuoso):
    with pytest.raises(RemoteError) as info:
        push_file(SAMPLE, f"{virtuoso}/sparql", "https://example.org/test/anon")
    assert "GRANT SPARQL_UPDATE" in info.value.message and info.value.exit_code == EXIT_REMOTE


def test_cli_without_credentials_exits_4_with_the_env_hint(virtuoso):
    graph = "https://example.org/test/nocreds"
    no_creds = {"KG_ENDPOINT_USER": None, "KG_ENDPOINT_PASSWORD": None}  # None: unset
    result = _load_with_cli(SAMPLE, f"{virtuoso}/sparql-graph-crud-auth", graph, no_creds)
    assert result.exit_code == EXIT_REMOTE, result.output
    assert "HTTP 401" in result.output and "KG_ENDPOINT_PASSWORD" in result.output


def test_wrong_password_is_a_401_with_the_env_hint(virtuoso):
    with pytest.raises(RemoteError) as info:
        push_file(
            SAMPLE,
            f"{virtuoso}/sparql-graph-crud-auth",
            "https://example.org/test/badpw",
            credentials=("dba", "not-the-password"),
        )
    assert "HTTP 401" in info.value.message and "KG_ENDPOINT_USER" in info.value.message
    assert "not-the-password" not in str(info.value)
    assert _count(virtuoso, "https://example.org/test/badpw") == 0


# --- the Turtle export as written, read by Virtuoso's own Turtle parser ------------------------


def _post_turtle(base: str, graph: str, body: bytes) -> None:
    """POST the file's bytes unchanged (no re-serialisation) to Virtuoso's Graph Store endpoint."""
    url = f"{base}/sparql-graph-crud-auth?graph={urllib.parse.quote(graph, safe='')}"
    pm = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    pm.add_password(None, url, *DBA)
    opener = urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(pm))
    req = urllib.request.Request(url, data=body, method="POST",
                                 headers={"Content-Type": "text/turtle; charset=utf-8"})
    with opener.open(req, timeout=60) as answer:
        assert answer.status in (200, 201, 204)


def _iris_in(base: str, graph: str) -> set[str]:
    rows = query_endpoint(f"{base}/sparql", f"SELECT DISTINCT ?s WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return {row["s"] for row in rows}


def _subjects(path: Path) -> set[str]:
    return {q.subject.value for q in ox.parse(path=path, base_iri=path.resolve().as_uri())}


@pytest.mark.skipif(not EXPORT.exists(), reason="exports/graph.ttl is not built")
def test_turtle_export_as_written_round_trips_in_virtuoso(virtuoso):
    """One prefix per kind of resource keeps '/' out of local names: Virtuoso reads back
    exactly the IRIs pyoxigraph reads, and as many triples."""
    graph = "https://example.org/test/turtle-as-written"
    _post_turtle(virtuoso, graph, EXPORT.read_bytes())
    assert _count(virtuoso, graph) == _distinct_triples(EXPORT)
    assert _iris_in(virtuoso, graph) == _subjects(EXPORT)


def test_the_round_trip_catches_an_escaped_slash(virtuoso, tmp_path):
    """The control: the same graph with one 'id:' prefix, as pyoxigraph then writes it
    ('id:call\\/x'), comes back from Virtuoso with backslashes in its IRIs."""
    triples = list(ox.parse(path=SAMPLE, base_iri=SAMPLE.resolve().as_uri()))
    escaped = tmp_path / "escaped.ttl"
    escaped.write_bytes(ox.serialize(triples, format=ox.RdfFormat.TURTLE,
                                     prefixes={"id": "https://w3id.org/newskg/id/"}))
    assert "\\/" in escaped.read_text(encoding="utf-8")
    graph = "https://example.org/test/turtle-escaped"
    _post_turtle(virtuoso, graph, escaped.read_bytes())
    assert any("\\" in iri for iri in _iris_in(virtuoso, graph))


def test_replace_by_article_graph_on_a_server(virtuoso, tmp_path):
    """kg load --endpoint --replace with a TriG export: each article graph is replaced, so a
    corrected article's old call goes from the server too."""
    from graph_samples import ARTICLES, CALLS, ENTITIES

    from kg.build.outputs import write_outputs
    from kg.store.endpoint_graphs import push_dataset

    before, after = tmp_path / "before", tmp_path / "after"
    write_outputs(ENTITIES, CALLS, ARTICLES, before, ["trig"])
    write_outputs(ENTITIES, [c for c in CALLS if "Planned" not in c.key], ARTICLES, after, ["trig"])
    endpoint = f"{virtuoso}/sparql-graph-crud-auth"
    push_dataset(before / "graph.trig", endpoint, credentials=DBA, replace=True)
    sent = push_dataset(after / "graph.trig", endpoint, credentials=DBA, replace=True)
    assert len(sent.pushes) == 2 and sent.skipped_default > 0
    a2 = next(g for g in (p.graph_iri for p in sent.pushes) if "a2" in g)
    calls = query_endpoint(f"{virtuoso}/sparql", f"SELECT DISTINCT ?c WHERE {{ GRAPH <{a2}> {{ ?c a <{KG}Call> }} }}")
    assert len(calls) == 2  # the planned call a2 told before is gone
