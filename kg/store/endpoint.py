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
are answered to a Basic or Digest challenge by urllib and never appear in a message. Standard
library only (urllib): no extra dependency, and it speaks Digest, which Virtuoso's
``/sparql-graph-crud-auth`` requires.
"""

from __future__ import annotations

import json
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError, RemoteError

__all__ = ["PushReport", "push_file", "query_endpoint", "choose_protocol", "PROTOCOLS"]

PROTOCOLS = ("auto", "gsp", "update")
_GSP_TAILS = {"data", "store", "service", "sparql-graph-crud", "sparql-graph-crud-auth"}
# Virtuoso's /sparql never answers a Turtle POST (the request hangs until the timeout), while it
# and Blazegraph take SPARQL Update there: so a .../sparql URL means Update.
_UPDATE_TAILS = {"update", "statements", "sparql", "sparql-auth"}
_FALLBACK_STATUSES = {404, 405, 415}
# An absolute IRI that can be written as <...> in SPARQL (no spaces, quotes, braces, <, >).
_IRI = re.compile(r'[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|^`\\]+')
_BODY_EXCERPT = 500
#: Triples per request. Virtuoso 7.2's SPARQL parser gives up ("SP030 ... memory exhausted")
#: at about 5 000 triples in one INSERT DATA; its Turtle loader (GSP) has no such limit.
GSP_BATCH = 10_000
UPDATE_BATCH = 2_000
_CREDENTIAL_HINT = "set KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD (HTTP Basic or Digest)"


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
        raise InputError("E801", f"unknown protocol {protocol!r}: use one of {', '.join(PROTOCOLS)}")
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
    timeout: float = 60,
    batch_size: int | None = None,
    replace: bool = False,
) -> PushReport:
    """Send every triple of ``path`` to ``endpoint`` into ``graph_iri`` (None: default graph).

    ``batch_size`` triples go in one request (default ``GSP_BATCH`` or ``UPDATE_BATCH``).
    ``replace=True`` empties the target graph first (GSP ``PUT`` for the first batch, or
    ``DROP SILENT GRAPH`` before the first ``INSERT DATA``); otherwise triples are added.
    Raises ``InputError`` for an unreadable or empty file, ``RemoteError`` when the server
    refuses (with its status, its answer and a hint).
    """
    url = _check_url(endpoint)
    if batch_size is not None and batch_size < 1:
        raise InputError("E802", f"batch_size must be at least 1, got {batch_size}")
    if graph_iri is not None and not _IRI.fullmatch(graph_iri):
        raise InputError("E807", f"not an absolute IRI for a graph: {graph_iri!r}")
    mode = choose_protocol(url, protocol)
    lines, bnode_lines = _ntriples(_read_triples(Path(path)))
    triples = len(lines) + len(bnode_lines)
    if not triples:
        raise InputError("E803", f"{path}: no triples to push")

    def batches(for_mode: str) -> list[list[str]]:
        size = batch_size or (GSP_BATCH if for_mode == "gsp" else UPDATE_BATCH)
        out = [lines[i : i + size] for i in range(0, len(lines), size)]
        return out + [bnode_lines] if bnode_lines else out

    opener = _opener(url, credentials)
    note = None
    status = 0
    sent = 0
    todo = batches("gsp" if mode == "try-gsp" else mode)
    if mode == "try-gsp":
        # Only the first request may fall back: nothing has been written when it is refused.
        try:
            status = _send_gsp(opener, url, graph_iri, todo[0], replace, timeout)
        except RemoteError as err:
            if getattr(err, "status", None) not in _FALLBACK_STATUSES:
                raise
            note = f"Graph Store Protocol answered HTTP {err.status}; fell back to SPARQL Update"
            mode, todo = "update", batches("update")
        else:
            mode, todo, sent, replace = "gsp", todo[1:], 1, False
    send = _send_gsp if mode == "gsp" else _send_update
    for i, batch in enumerate(todo):
        status = send(opener, url, graph_iri, batch, replace and i == 0, timeout)
        sent += 1
    return PushReport(
        triples=triples,
        graph_iri=graph_iri,
        protocol=mode,
        status=status,
        endpoint=url,
        requests=sent,
        note=note,
    )


def query_endpoint(
    endpoint: str,
    sparql: str,
    *,
    credentials: tuple[str, str] | None = None,
    timeout: float = 60,
) -> list[dict]:
    """Run a SELECT (or ASK) and return its rows as ``{variable: lexical value}`` dicts.

    Unbound variables are left out of a row; values are strings (``int(row["n"])`` for counts).
    An ASK query returns ``[{"boolean": True}]`` or ``[{"boolean": False}]``.
    """
    url = _check_url(endpoint)
    body = urllib.parse.urlencode({"query": sparql}).encode("utf-8")
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json",
    }
    _status, answer = _request(_opener(url, credentials), "POST", url, body, headers, timeout)
    try:
        data = json.loads(answer.decode("utf-8"))
        if "boolean" in data:
            return [{"boolean": bool(data["boolean"])}]
        return [
            {var: cell["value"] for var, cell in row.items()} for row in data["results"]["bindings"]
        ]
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        raise RemoteError(
            "E811",
            f"{url} did not answer SPARQL JSON results: {_excerpt(answer)!r} "
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
        raise InputError("E804", f"{path}: unknown RDF format (use .ttl, .nt, .rdf or .n3)")
    if fmt.supports_datasets:
        raise InputError(
            "E804", f"{path}: {fmt.name} holds named graphs; push a triples file (.ttl, .nt)"
        )
    try:
        # The base IRI resolves relative IRIs the way rdflib and the Turtle spec do.
        quads = ox.parse(path=path, format=fmt, base_iri=path.resolve().as_uri())
        seen: dict = {}
        for q in quads:
            seen.setdefault(ox.Triple(q.subject, q.predicate, q.object), None)
    except OSError as err:
        raise InputError("E805", f"{path}: cannot read: {err.strerror or err}") from err
    except SyntaxError as err:
        raise InputError("E806", f"{path}: not valid {fmt.name}: {err}") from err
    return list(seen)


def _ntriples(triples: Sequence) -> tuple[list[str], list[str]]:
    """N-Triples lines: those without blank nodes, and those with (which must travel together)."""
    import pyoxigraph as ox

    plain: list[str] = []
    with_bnodes: list[str] = []
    for t in triples:
        line = f"{t.subject} {t.predicate} {t.object} ."
        if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode):
            with_bnodes.append(line)
        else:
            plain.append(line)
    return plain, with_bnodes


# --- writing -------------------------------------------------------------------------------


def _send_gsp(opener, url: str, graph_iri: str | None, lines: list[str], put: bool, timeout):
    target = {"graph": graph_iri} if graph_iri else {"default": ""}
    query = urllib.parse.urlencode(target).replace("default=", "default")
    sep = "&" if urllib.parse.urlsplit(url).query else "?"
    # N-Triples is a subset of Turtle; text/turtle is the one type every GSP server accepts.
    headers = {"Content-Type": "text/turtle; charset=utf-8"}
    body = ("\n".join(lines) + "\n").encode("utf-8")
    status, _ = _request(opener, "PUT" if put else "POST", f"{url}{sep}{query}", body, headers, timeout)
    return status


def _send_update(opener, url: str, graph_iri: str | None, lines: list[str], drop: bool, timeout):
    data = "\n".join(lines)
    if graph_iri:
        data = f"GRAPH <{graph_iri}> {{\n{data}\n}}"
    parts = []
    if drop:
        parts.append(f"DROP SILENT GRAPH <{graph_iri}> ;" if graph_iri else "DROP SILENT DEFAULT ;")
    if "_:" in data:
        # Virtuoso 7.2 refuses blank nodes in INSERT DATA (SP031); a template with an empty
        # WHERE is standard everywhere and mints each label once, consistently within the request.
        parts.append(f"INSERT {{ {data} }} WHERE {{}}")
    else:
        parts.append(f"INSERT DATA {{ {data} }}")
    headers = {"Content-Type": "application/sparql-update; charset=utf-8"}
    status, _ = _request(opener, "POST", url, "\n".join(parts).encode("utf-8"), headers, timeout)
    return status


# --- HTTP ----------------------------------------------------------------------------------


def _check_url(endpoint: str) -> str:
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError("E800", f"not an http(s) URL: {_redact(endpoint)!r}")
    if parts.username is not None or parts.password is not None:
        raise InputError(
            "E800",
            f"{_redact(endpoint)}: do not put credentials in the URL; {_CREDENTIAL_HINT}",
        )
    return endpoint


def _redact(endpoint: str) -> str:
    parts = urllib.parse.urlsplit(endpoint)
    if "@" not in parts.netloc:
        return endpoint
    host = parts.netloc.rsplit("@", 1)[1]
    return urllib.parse.urlunsplit(parts._replace(netloc=f"***@{host}"))


def _opener(url: str, credentials: tuple[str, str] | None) -> urllib.request.OpenerDirector:
    handlers: list = []
    if credentials:
        # Both handlers answer only a 401 challenge of their own scheme (Digest runs first);
        # the password is never sent unasked.
        pm = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        pm.add_password(None, url, credentials[0], credentials[1])
        handlers += [urllib.request.HTTPDigestAuthHandler(pm), urllib.request.HTTPBasicAuthHandler(pm)]
    return urllib.request.build_opener(*handlers)


def _request(opener, method: str, url: str, body: bytes, headers: dict, timeout: float):
    req = urllib.request.Request(url, data=body, headers=headers, method=method)
    where = _redact(url)
    try:
        with opener.open(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        answer = err.read() if err.fp is not None else b""
        raise _http_error(method, where, err.code, answer) from err
    except urllib.error.URLError as err:
        raise _network_error(method, where, err.reason, timeout) from err
    except (TimeoutError, socket.timeout, ConnectionError) as err:
        raise _network_error(method, where, err, timeout) from err
    except ValueError as err:  # urllib: a challenge in a scheme it cannot answer
        raise RemoteError("E813", f"{method} {where}: {err}") from err


def _excerpt(answer: bytes) -> str:
    text = answer.decode("utf-8", "replace").strip()
    return text[:_BODY_EXCERPT] + ("..." if len(text) > _BODY_EXCERPT else "")


def _http_error(method: str, where: str, status: int, answer: bytes) -> RemoteError:
    hint = {
        401: _CREDENTIAL_HINT + " (or check them)",
        403: "the user may not write here",
        404: "check the URL: no such endpoint or dataset",
        405: "this URL does not accept this method; try --protocol gsp or --protocol update",
        413: "the request is too large for the server; use a smaller batch size",
        415: "the server does not accept this content type; try the other --protocol",
    }.get(status, "see the server's answer")
    if b"permission" in answer.lower():  # Virtuoso answers 500 "SR186: No permission"
        hint = (
            "the user may not write here; Virtuoso: send credentials to /sparql-auth or "
            '/sparql-graph-crud-auth, or GRANT SPARQL_UPDATE TO "SPARQL"'
        )
    err = RemoteError(
        "E810", f"{method} {where} -> HTTP {status}: {_excerpt(answer)!r}; hint: {hint}"
    )
    err.status = status
    return err


def _network_error(method: str, where: str, reason, timeout: float) -> RemoteError:
    if isinstance(reason, ConnectionRefusedError):
        hint = "connection refused: is the server running, and on this host and port?"
    elif isinstance(reason, (TimeoutError, socket.timeout)):
        hint = f"no answer within {timeout:g} s: is the server overloaded? (raise the timeout)"
    elif isinstance(reason, socket.gaierror):
        hint = "unknown host name: check the URL"
    else:
        hint = "check the URL and that the server is reachable"
    err = RemoteError("E812", f"{method} {where}: {reason}; hint: {hint}")
    err.status = None
    return err
