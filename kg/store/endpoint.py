"""Push a graph file to a SPARQL server, and ask it questions, over plain HTTP.

Owns the two W3C write protocols and the one rule that picks between them:

* **Graph Store HTTP Protocol** (GSP): ``POST <store>?graph=<iri>`` (or ``?default``) with the
  triples as the request body. Virtuoso ``/sparql-graph-crud(-auth)``, Fuseki ``/<ds>/data``,
  Oxigraph ``/store``, RDF4J ``/repositories/<r>/rdf-graphs/service``.
* **SPARQL 1.1 Update**: ``INSERT DATA { GRAPH <iri> { ... } }`` POSTed as
  ``application/sparql-update``. Fuseki ``/<ds>/update``, Oxigraph ``/update``, GraphDB/RDF4J
  ``/repositories/<r>/statements``, Virtuoso ``/sparql`` (with SPARQL_UPDATE granted).

``protocol="auto"`` looks at the last path segment of the URL: ``update``, ``statements``,
``sparql`` or ``sparql-auth`` -> Update; ``data``, ``store``, ``service``, ``sparql-graph-crud``
or ``sparql-graph-crud-auth`` -> GSP; anything else -> GSP first, and if that very first request is answered 404, 405 or 415
(nothing has been written yet) every batch goes by Update instead; ``PushReport.note`` says so.

The file is parsed once with pyoxigraph, duplicate triples are dropped, and the triples are sent
as N-Triples (valid Turtle and valid SPARQL terms) in batches of ``batch_size``: N-Triples has no
prefixes or local-name escapes for a server to misread (Virtuoso 7.2 keeps the backslash of
``ex:a\\.b``), and batches keep each request under servers' body and query-size limits.
Blank nodes cannot span requests (each request mints fresh ones), so every triple that mentions
a blank node goes into one final request.

Credentials are arguments (the CLI reads ``KG_ENDPOINT_USER``/``KG_ENDPOINT_PASSWORD``); they
are answered to a Basic or Digest challenge by urllib and never appear in a message. The HTTP
side (an overall deadline per request, what a misbehaving server said) is ``kg.store.transport``.

Nothing half-done is hidden: an IRI longer than stores keep (``kg.rdf.ids.MAX_IRI_LENGTH``;
Virtuoso cuts or drops longer ones) stops the push before anything is sent, and when a request
fails after others were written, the error says how many requests and triples are in the
graph already, and whether the failed one may have been written too. Loading is idempotent
(a graph is a set of triples), so running the same command again completes the load.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError, Remote, RemoteError
from kg.store.transport import CREDENTIAL_HINT, check_timeout, excerpt, make_opener, redact, request

__all__ = ["PushReport", "push_file", "query_endpoint", "choose_protocol", "PROTOCOLS"]

PROTOCOLS = ("auto", "gsp", "update")
_GSP_TAILS = {"data", "store", "service", "sparql-graph-crud", "sparql-graph-crud-auth"}
# Virtuoso's /sparql never answers a Turtle POST (the request hangs until the timeout), while it
# and Blazegraph take SPARQL Update there: so a .../sparql URL means Update.
_UPDATE_TAILS = {"update", "statements", "sparql", "sparql-auth"}
_FALLBACK_STATUSES = {404, 405, 415}
# An absolute IRI that can be written as <...> in SPARQL (no spaces, quotes, braces, <, >).
_IRI = re.compile(r'[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|^`\\]+')
#: Triples per request. Virtuoso 7.2's SPARQL parser gives up ("SP030 ... memory exhausted")
#: at about 5 000 triples in one INSERT DATA; its Turtle loader (GSP) has no such limit.
GSP_BATCH = 10_000
UPDATE_BATCH = 2_000


@dataclass(frozen=True, slots=True)
class PushReport:
    """What ``push_file`` sent: distinct triples, target graph (None = default), protocol used."""

    triples: int
    graph_iri: str | None
    protocol: str  # "gsp" or "update": the one that wrote the data
    status: int  # HTTP status of the last request
    endpoint: str = ""
    requests: int = 0
    note: str | None = None  # e.g. why auto fell back from GSP to Update


def choose_protocol(endpoint: str, protocol: str = "auto") -> str:
    """``"gsp"``, ``"update"`` or ``"try-gsp"`` (auto on a URL whose path says nothing)."""
    if protocol not in PROTOCOLS:
        raise InputError(Remote.UNKNOWN_PROTOCOL, f"unknown protocol {protocol!r}: use one of {', '.join(PROTOCOLS)}")
    if protocol != "auto":
        return protocol
    tail = urllib.parse.urlsplit(endpoint).path.rstrip("/").rsplit("/", 1)[-1].lower()
    if tail in _UPDATE_TAILS:
        return "update"
    if tail in _GSP_TAILS:
        return "gsp"
    return "try-gsp"


def push_file(
    path: Path,
    endpoint: str,
    graph_iri: str | None = None,
    *,
    protocol: str = "auto",
    credentials: tuple[str, str] | None = None,
    timeout: float | None = 60,
    batch_size: int | None = None,
    replace: bool = False,
) -> PushReport:
    """Send every triple of ``path`` to ``endpoint`` into ``graph_iri`` (None: default graph).

    ``batch_size`` triples go in one request (default ``GSP_BATCH`` or ``UPDATE_BATCH``).
    ``replace=True`` empties the target graph first (GSP ``PUT`` for the first batch, or
    ``DROP SILENT GRAPH`` before the first ``INSERT DATA``); otherwise triples are added.
    ``timeout`` bounds each request as a whole (None or ``inf``: no limit).
    Raises ``InputError`` for an unreadable or empty file or a bad argument, ``RemoteError``
    when the server refuses or fails (with what it answered, a hint, and what was written).
    """
    url = _check_url(endpoint)
    timeout = check_timeout(timeout)
    if batch_size is not None and batch_size < 1:
        raise InputError(Remote.BAD_BATCH, f"batch_size must be at least 1, got {batch_size}")
    graph_term = _graph_term(graph_iri)
    mode = choose_protocol(url, protocol)
    lines, bnode_lines = _ntriples(_read_triples(Path(path)), Path(path))
    triples = len(lines) + len(bnode_lines)
    if not triples:
        raise InputError(Remote.NO_TRIPLES, f"{path}: no triples to push")

    def batches(for_mode: str) -> list[list[str]]:
        size = batch_size or (GSP_BATCH if for_mode == "gsp" else UPDATE_BATCH)
        out = [lines[i : i + size] for i in range(0, len(lines), size)]
        return out + [bnode_lines] if bnode_lines else out

    opener = make_opener(url, credentials)
    emptying = replace
    note = None
    status = 0
    sent = written = 0
    todo = batches("gsp" if mode == "try-gsp" else mode)
    total = len(todo)
    if mode == "try-gsp":
        # Only the first request may fall back: nothing has been written when it is refused.
        try:
            status = _send_gsp(opener, url, graph_iri, todo[0], replace, timeout)
        except RemoteError as err:
            if getattr(err, "status", None) not in _FALLBACK_STATUSES:
                raise _partial(err, 0, total, 0, triples, emptying) from err
            note = f"Graph Store Protocol answered HTTP {err.status}; fell back to SPARQL Update"
            mode, todo = "update", batches("update")
            total = len(todo)
        else:
            mode, sent, written, replace = "gsp", 1, len(todo[0]), False
            todo = todo[1:]
    send = _send_gsp if mode == "gsp" else _send_update
    target = graph_term if mode == "update" else graph_iri
    for i, batch in enumerate(todo):
        try:
            status = send(opener, url, target, batch, replace and i == 0, timeout)
        except RemoteError as err:
            raise _partial(err, sent, total, written, triples, emptying) from err
        sent += 1
        written += len(batch)
    return PushReport(
        triples=triples,
        graph_iri=graph_iri,
        protocol=mode,
        status=status,
        endpoint=url,
        requests=sent,
        note=note,
    )


def _partial(err: RemoteError, done: int, total: int, written: int, triples: int, emptied: bool) -> RemoteError:
    """``err`` with what is in the target graph now: nothing, or a partial load said as such."""
    this = ("whether this request was written is unknown" if getattr(err, "sent", False)
            else "this request was not written")
    if done == 0:
        state = f"nothing was written before it ({this})"
    else:
        state = (f"PARTIAL LOAD: {done} of {total} requests ({written} of {triples} triples) were written "
                 f"before it{' (after emptying the graph)' if emptied else ''} and {this}; run the same "
                 "command again to complete it (a graph is a set: nothing is added twice)")
    out = RemoteError(err.code, f"{err.message}. {state}")
    out.status, out.sent = getattr(err, "status", None), getattr(err, "sent", False)
    out.requests_written, out.triples_written = done, written
    return out


def query_endpoint(
    endpoint: str,
    sparql: str,
    *,
    credentials: tuple[str, str] | None = None,
    timeout: float | None = 60,
) -> list[dict]:
    """Run a SELECT (or ASK) and return its rows as ``{variable: lexical value}`` dicts.

    Unbound variables are left out of a row; values are strings (``int(row["n"])`` for counts).
    An ASK query returns ``[{"boolean": True}]`` or ``[{"boolean": False}]``.
    """
    url = _check_url(endpoint)
    timeout = check_timeout(timeout)
    body = urllib.parse.urlencode({"query": sparql}).encode("utf-8")
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json",
    }
    _status, answer = request(make_opener(url, credentials), "POST", url, body, headers, timeout)
    try:
        data = json.loads(answer.decode("utf-8"))
        if "boolean" in data:
            return [{"boolean": bool(data["boolean"])}]
        return [
            {var: cell["value"] for var, cell in row.items()} for row in data["results"]["bindings"]
        ]
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        raise RemoteError(
            Remote.NOT_RESULTS,
            f"{redact(url)} did not answer SPARQL JSON results: {excerpt(answer)!r} "
            "(is this the query endpoint, e.g. .../sparql or .../query?)",
        ) from err


# --- reading -------------------------------------------------------------------------------


def _read_triples(path: Path) -> list:
    import pyoxigraph as ox  # rdflib-free and strict; imported here so `kg --help` stays fast

    try:
        fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower())
    except ValueError:
        fmt = None
    if fmt is None:
        raise InputError(Remote.UNKNOWN_FORMAT, f"{path}: unknown RDF format (use .ttl, .nt, .rdf or .n3)")
    if fmt.supports_datasets:
        raise InputError(
            Remote.UNKNOWN_FORMAT, f"{path}: {fmt.name} holds named graphs; push a triples file (.ttl, .nt)"
        )
    try:
        # The base IRI resolves relative IRIs the way rdflib and the Turtle spec do.
        quads = ox.parse(path=path, format=fmt, base_iri=path.resolve().as_uri())
        seen: dict = {}
        for q in quads:
            seen.setdefault(ox.Triple(q.subject, q.predicate, q.object), None)
    except OSError as err:
        raise InputError(Remote.CANNOT_READ, f"{path}: cannot read: {err.strerror or err}") from err
    except SyntaxError as err:
        raise InputError(Remote.INVALID_RDF, f"{path}: not valid {fmt.name}: {err}") from err
    return list(seen)


def _ntriples(triples: Sequence, path: Path) -> tuple[list[str], list[str]]:
    """N-Triples lines: those without blank nodes, and those with (which must travel together).

    Raises ``InputError`` for an IRI longer than stores keep, before anything is sent.
    """
    import pyoxigraph as ox

    from kg.rdf.ids import MAX_IRI_LENGTH

    plain: list[str] = []
    with_bnodes: list[str] = []
    for t in triples:
        for term in (t.subject, t.predicate, t.object):
            if isinstance(term, ox.NamedNode) and len(term.value) > MAX_IRI_LENGTH:
                raise InputError(
                    Remote.IRI_TOO_LONG,
                    f"{path}: an IRI of {len(term.value)} characters ({term.value[:60]}...) is longer than "
                    f"stores keep ({MAX_IRI_LENGTH}; Virtuoso cuts or drops it); nothing was sent. "
                    "Keep such a URL as a literal (kg build does)",
                )
        line = f"{t.subject} {t.predicate} {t.object} ."
        if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode):
            with_bnodes.append(line)
        else:
            plain.append(line)
    return plain, with_bnodes


def _graph_term(graph_iri: str | None) -> str | None:
    """``<iri>`` as pyoxigraph writes it (the only form pasted into an update), or None."""
    if graph_iri is None:
        return None
    import pyoxigraph as ox

    from kg.rdf.ids import MAX_IRI_LENGTH

    if not _IRI.fullmatch(graph_iri) or len(graph_iri) > MAX_IRI_LENGTH:
        raise InputError(Remote.BAD_GRAPH_IRI, f"not an absolute IRI for a graph: {graph_iri[:200]!r}")
    try:
        return str(ox.NamedNode(graph_iri))
    except ValueError as err:
        raise InputError(Remote.BAD_GRAPH_IRI, f"not an absolute IRI for a graph: {graph_iri[:200]!r} ({err})") from err


# --- writing -------------------------------------------------------------------------------


def _send_gsp(opener, url: str, graph_iri: str | None, lines: list[str], put: bool, timeout):
    target = {"graph": graph_iri} if graph_iri else {"default": ""}
    query = urllib.parse.urlencode(target).replace("default=", "default")
    sep = "&" if urllib.parse.urlsplit(url).query else "?"
    # N-Triples is a subset of Turtle; text/turtle is the one type every GSP server accepts.
    headers = {"Content-Type": "text/turtle; charset=utf-8"}
    body = ("\n".join(lines) + "\n").encode("utf-8")
    status, _ = request(opener, "PUT" if put else "POST", f"{url}{sep}{query}", body, headers, timeout)
    return status


def _send_update(opener, url: str, graph: str | None, lines: list[str], drop: bool, timeout):
    """``graph`` is the graph as a term (``<iri>``, written by pyoxigraph), or None: default."""
    data = "\n".join(lines)
    if graph:
        data = f"GRAPH {graph} {{\n{data}\n}}"
    parts = []
    if drop:
        parts.append(f"DROP SILENT GRAPH {graph} ;" if graph else "DROP SILENT DEFAULT ;")
    if "_:" in data:
        # Virtuoso 7.2 refuses blank nodes in INSERT DATA (SP031); a template with an empty
        # WHERE is standard everywhere and mints each label once, consistently within the request.
        parts.append(f"INSERT {{ {data} }} WHERE {{}}")
    else:
        parts.append(f"INSERT DATA {{ {data} }}")
    headers = {"Content-Type": "application/sparql-update; charset=utf-8"}
    status, _ = request(opener, "POST", url, "\n".join(parts).encode("utf-8"), headers, timeout)
    return status


# --- URL ------------------------------------------------------------------------------------


def _check_url(endpoint: str) -> str:
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(Remote.NOT_HTTP_URL, f"not an http(s) URL: {redact(endpoint)!r}")
    if parts.username is not None or parts.password is not None:
        raise InputError(
            Remote.NOT_HTTP_URL,
            f"{redact(endpoint)}: do not put credentials in the URL; {CREDENTIAL_HINT}",
        )
    return endpoint
