"""Real little servers on 127.0.0.1 for the endpoint tests: no mocks, real sockets.

* ``http_server(respond)``: a threaded HTTP server; ``respond(Request) -> (status, headers,
  body)`` decides each answer, and every request it got is kept in ``server.requests``.
* ``raw_server(behave)``: a TCP server that runs ``behave(connection, stop)`` per connection,
  for answers that are not HTTP, short bodies, trickles and silence.
* ``sparql_server(store)``: a SPARQL 1.1 Query, Update and Graph Store endpoint over a
  pyoxigraph ``Store`` (the real SPARQL engine runs every text sent to it).
"""

from __future__ import annotations

import socket
import threading
import urllib.parse
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Iterator

import pyoxigraph as ox


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Answer = tuple[int, dict[str, str], bytes]


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, respond: Callable[[Request], Answer]):
        self.respond = respond
        self.requests: list[Request] = []
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # keep the test output clean
        pass

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = Request(self.command, self.path, dict(self.headers), body)
        with self.server.lock:
            self.server.requests.append(request)
        status, headers, answer = self.server.respond(request)
        self.send_response(status)
        for key, value in {"Content-Length": str(len(answer)), **headers}.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(answer)

    do_GET = do_POST = do_PUT = do_DELETE = _serve


@contextmanager
def http_server(respond: Callable[[Request], Answer]) -> Iterator[_Server]:
    server = _Server(respond)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def raw_server(behave: Callable[[socket.socket, threading.Event], None]) -> Iterator[str]:
    """``http://127.0.0.1:PORT``; each connection gets ``behave(conn, stop)`` in a thread."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=_run, args=(behave, conn, stop), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        listener.close()


def _run(behave, conn: socket.socket, stop: threading.Event) -> None:
    with conn:
        try:
            behave(conn, stop)
        except OSError:
            pass  # the client went away: fine


def read_request(conn: socket.socket) -> bytes:
    """Read one request's head and body (by Content-Length) from ``conn``."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


@contextmanager
def sparql_server(store: ox.Store) -> Iterator[_Server]:
    """``/query`` (SPARQL JSON results), ``/update`` and ``/store`` (Graph Store Protocol)."""

    def respond(req: Request) -> Answer:
        parts = urllib.parse.urlsplit(req.path)
        form = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
        try:
            if parts.path == "/update":
                store.update(req.body.decode("utf-8"))
                return 204, {}, b""
            if parts.path == "/query":
                query = urllib.parse.parse_qs(req.body.decode("utf-8"))["query"][0]
                answer = store.query(query)
                return 200, {"Content-Type": "application/sparql-results+json"}, \
                    answer.serialize(format=ox.QueryResultsFormat.JSON)
            if parts.path == "/store":
                graph = ox.NamedNode(form["graph"][0]) if "graph" in form else ox.DefaultGraph()
                if req.method == "PUT":
                    store.remove_graph(graph) if not isinstance(graph, ox.DefaultGraph) else store.clear_graph(graph)
                store.load(req.body, format=ox.RdfFormat.TURTLE, to_graph=graph)
                return 204, {}, b""
        except (SyntaxError, ValueError, KeyError) as err:
            return 400, {"Content-Type": "text/plain"}, str(err).encode("utf-8")
        return 404, {}, b"no such endpoint"

    with http_server(respond) as server:
        yield server
