"""The explorer's own small HTTP server: the static page shipped in ``kg/serve/static/`` and a
read-only pass-through to the SPARQL server's query endpoint.

The page asks its SPARQL SELECTs at ``/sparql`` on its own origin, and this server forwards them
unchanged (GET query string, or POST body and content type) to Oxigraph's ``/query``, returning
Oxigraph's answer as is. So the page needs no CORS from Oxigraph, and the explorer port can only
read, even when the endpoint was started writable: nothing is ever forwarded to ``/update`` or
``/store``. ``/config.json`` tells the page where the endpoint and its query page are.

Pages are served with a Content-Security-Policy that allows this origin only: the explorer
fetches nothing from the network. Requests are not logged (library code never prints).
"""

from __future__ import annotations

import json
import socket
import threading
import urllib.error
import urllib.request
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

__all__ = ["ExplorerServer", "STATIC_DIR"]

#: The explorer's files (index.html, the scripts and the vendored graph library).
STATIC_DIR = Path(str(resources.files("kg.serve") / "static"))

_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        "connect-src 'self'; frame-ancestors 'none'")
_FORWARDED_HEADERS = ("Content-Type", "Content-Length")
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never through http_proxy
_MAX_BODY = 1 << 20  # a SELECT longer than 1 MiB is not something the page sends


class _Handler(SimpleHTTPRequestHandler):
    server: "_Server"
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass

    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", _CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def do_GET(self) -> None:
        path, _, query = self.path.partition("?")
        if path == "/sparql":
            self._forward("GET", query, None, {})
        elif path == "/config.json":
            self._send(HTTPStatus.OK, "application/json", json.dumps(self.server.config).encode())
        else:
            super().do_GET()

    def list_directory(self, path):
        self.send_error(HTTPStatus.NOT_FOUND)  # the explorer's files are not for browsing
        return None

    def do_HEAD(self) -> None:
        if self.path.partition("?")[0] in ("/sparql", "/config.json"):
            self._send(HTTPStatus.METHOD_NOT_ALLOWED, "text/plain", b"")
        else:
            super().do_HEAD()

    def do_POST(self) -> None:
        path, _, query = self.path.partition("?")
        if path != "/sparql":
            self._send(HTTPStatus.METHOD_NOT_ALLOWED, "text/plain; charset=utf-8", b"the explorer only reads\n")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= _MAX_BODY:
            self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "text/plain; charset=utf-8", b"bad query length\n")
            return
        body = self.rfile.read(length)
        headers = {"Content-Type": self.headers.get("Content-Type", "application/x-www-form-urlencoded")}
        self._forward("POST", query, body, headers)

    def _forward(self, method: str, query: str, body: bytes | None, headers: dict[str, str]) -> None:
        url = self.server.query_url + (f"?{query}" if query else "")
        headers["Accept"] = self.headers.get("Accept", "application/sparql-results+json")
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with _DIRECT.open(request, timeout=self.server.timeout_s) as answer:
                status, kind, payload = answer.status, answer.headers.get("Content-Type"), answer.read()
        except urllib.error.HTTPError as err:  # a bad query: pass Oxigraph's own message on
            status, kind, payload = err.code, err.headers.get("Content-Type"), err.read()
        except (urllib.error.URLError, TimeoutError, OSError) as err:
            status, kind = HTTPStatus.BAD_GATEWAY, "text/plain; charset=utf-8"
            payload = f"the SPARQL server did not answer: {err}\n".encode()
        self._send(status, kind or "application/octet-stream", payload)

    def _send(self, status: int, kind: str, payload: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64  # a page opens several connections at once
    query_url: str
    config: dict
    timeout_s: float

    def handle_error(self, request, client_address) -> None:
        import sys

        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return  # the browser went away mid-answer: nothing to report
        super().handle_error(request, client_address)


class _Server6(_Server):
    address_family = socket.AF_INET6


class ExplorerServer:
    """The explorer bound to ``host:port`` (bound at construction, so a port in use fails at
    once with ``OSError``); ``start()`` serves in a background thread, ``stop()`` ends it."""

    def __init__(self, host: str, port: int, *, query_url: str, config: dict, timeout_s: float = 300.0):
        handler = partial(_Handler, directory=str(STATIC_DIR))
        server_class = _Server6 if ":" in host else _Server
        self._server = server_class((host.strip("[]"), port), handler)
        self._server.query_url = query_url
        self._server.config = config
        self._server.timeout_s = timeout_s
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def start(self) -> None:
        self._thread = threading.Thread(target=self._server.serve_forever, name="kg-explorer", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
            self._thread = None
        self._server.server_close()
