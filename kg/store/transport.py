"""One HTTP request to a SPARQL server, bounded by an overall deadline, with errors that say
what the server said.

urllib's ``timeout`` bounds each socket operation, so a server that trickles a byte every few
seconds keeps a request alive forever. Here every request runs under a ``_Watch``: a timer that,
when the deadline passes, shuts the request's sockets down, which ends any blocked read at
once; the request then fails with ``Remote.DEADLINE`` whatever the read returned. The deadline
covers connecting, sending the body and reading the whole answer (and an authentication
round trip). ``timeout=None`` (``--timeout inf``) means no deadline.

Everything a misbehaving server can do becomes a ``RemoteError`` (exit code 4) with what it
answered: an HTTP error status (``HTTP_STATUS``), an answer that is not HTTP
(``NOT_HTTP_ANSWER``), a connection closed early or a body shorter than announced
(``SHORT_ANSWER``), no server at all (``NETWORK``). ``RemoteError.sent`` says whether the
request may have reached the server (a write may have happened) or was refused.
Standard library only; urllib answers Basic and Digest challenges (Virtuoso needs Digest).
"""

from __future__ import annotations

import functools
import http.client
import math
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request

from kg.errors import InputError, Remote, RemoteError

__all__ = ["check_timeout", "make_opener", "request", "redact", "excerpt", "CREDENTIAL_HINT"]

CREDENTIAL_HINT = "set KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD (HTTP Basic or Digest)"
_BODY_EXCERPT = 500


def check_timeout(timeout: float | None) -> float | None:
    """Seconds as a deadline, or None for none (``inf``); ``InputError`` for 0, negatives, NaN."""
    if timeout is None or timeout == math.inf:
        return None
    if not isinstance(timeout, (int, float)) or math.isnan(timeout) or timeout <= 0:
        raise InputError(Remote.BAD_TIMEOUT, f"timeout must be a positive number of seconds or inf, got {timeout!r}")
    return float(timeout)


class _Watch:
    """Shuts down the sockets of one request when its deadline passes."""

    def __init__(self, seconds: float | None):
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire) if seconds is not None else None
        if self._timer is not None:
            self._timer.daemon = True
            self._timer.start()

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def _fire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


class _HTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args, watch: list, **kwargs):
        super().__init__(*args, **kwargs)
        self._watch = watch

    def connect(self) -> None:
        super().connect()
        self._watch[0].add(self.sock)


class _HTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args, watch: list, **kwargs):
        super().__init__(*args, **kwargs)
        self._watch = watch

    def connect(self) -> None:
        super().connect()
        self._watch[0].add(self.sock)


class _Handler(urllib.request.HTTPHandler):
    def __init__(self, watch: list):
        super().__init__()
        self._watch = watch

    def http_open(self, req):
        return self.do_open(functools.partial(_HTTPConnection, watch=self._watch), req)


class _SecureHandler(urllib.request.HTTPSHandler):
    def __init__(self, watch: list):
        super().__init__()
        self._watch = watch

    def https_open(self, req):
        return self.do_open(functools.partial(_HTTPSConnection, watch=self._watch), req,
                            context=self._context)


def make_opener(url: str, credentials: tuple[str, str] | None) -> urllib.request.OpenerDirector:
    """An opener whose requests ``request`` can bound by a deadline."""
    watch: list = [_Watch(None)]  # replaced by each request's own watch
    handlers: list = [_Handler(watch), _SecureHandler(watch)]
    if credentials:
        # Both handlers answer only a 401 challenge of their own scheme (Digest runs first);
        # the password is never sent unasked.
        pm = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        pm.add_password(None, url, credentials[0], credentials[1])
        handlers += [urllib.request.HTTPDigestAuthHandler(pm), urllib.request.HTTPBasicAuthHandler(pm)]
    opener = urllib.request.build_opener(*handlers)
    opener.kg_watch = watch  # type: ignore[attr-defined]
    return opener


def request(opener, method: str, url: str, body: bytes, headers: dict, timeout: float | None) -> tuple[int, bytes]:
    """Send one request and read the whole answer: ``(status, body)`` or ``RemoteError``."""
    req = urllib.request.Request(url, data=body, headers=headers, method=method)
    where = redact(url)
    watch = _Watch(timeout)
    opener.kg_watch[0] = watch
    try:
        try:
            with opener.open(req, timeout=timeout if timeout is not None else socket.getdefaulttimeout()) as resp:
                answer = resp.read()
                status = resp.status
        except urllib.error.HTTPError as err:
            raise _status_error(method, where, err.code, _error_body(err)) from err
        except urllib.error.URLError as err:
            reason = err.reason
            raise _failure(method, where, reason if isinstance(reason, BaseException) else err, timeout, watch) from err
        except (OSError, http.client.HTTPException) as err:
            raise _failure(method, where, err, timeout, watch) from err
        except ValueError as err:  # urllib: a challenge in a scheme it cannot answer
            raise RemoteError(Remote.AUTH_SCHEME, f"{method} {where}: {err}") from err
        if watch.expired:
            raise _failure(method, where, TimeoutError(), timeout, watch)
        return status, answer
    finally:
        watch.cancel()


def _error_body(err: urllib.error.HTTPError) -> bytes:
    try:
        return err.read() if err.fp is not None else b""
    except (OSError, http.client.HTTPException):
        return b""  # the error page itself was cut short: the status says enough


def _status_error(method: str, where: str, status: int, answer: bytes) -> RemoteError:
    hint = {
        401: CREDENTIAL_HINT + " (or check them)",
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
    err = RemoteError(Remote.HTTP_STATUS, f"{method} {where} -> HTTP {status}: {excerpt(answer)!r}; hint: {hint}")
    err.status, err.sent = status, False
    return err


def _failure(method: str, where: str, reason: BaseException, timeout: float | None, watch: _Watch) -> RemoteError:
    """A request that got no complete HTTP answer; ``sent``: the server may have acted on it."""
    sent = True
    if watch.expired or isinstance(reason, (TimeoutError, socket.timeout)):
        code = Remote.DEADLINE
        what = f"no complete answer within {timeout:g} s (the deadline covers connecting, sending and the whole answer)"
        hint = "is the server overloaded or hung? raise --timeout (inf: no limit)"
    elif isinstance(reason, http.client.IncompleteRead):
        code = Remote.SHORT_ANSWER
        expected = f" of {len(reason.partial) + reason.expected}" if reason.expected is not None else ""
        what = f"the answer was cut short ({len(reason.partial)}{expected} bytes): {excerpt(reason.partial)!r}"
        hint = "the server closed the connection mid-answer; see its log"
    elif isinstance(reason, http.client.RemoteDisconnected):
        code = Remote.SHORT_ANSWER
        what = "the server closed the connection without answering"
        hint = "see the server's log; is this the right port?"
    elif isinstance(reason, http.client.HTTPException):
        code = Remote.NOT_HTTP_ANSWER
        said = reason.args[0] if reason.args and isinstance(reason.args[0], str) else str(reason)
        what = f"the answer is not HTTP: {said[:_BODY_EXCERPT]!r}"
        hint = "is this the right port? the URL must name the SPARQL server's HTTP endpoint"
    elif isinstance(reason, ConnectionRefusedError):
        code, sent = Remote.NETWORK, False
        what, hint = str(reason), "connection refused: is the server running, and on this host and port?"
    elif isinstance(reason, socket.gaierror):
        code, sent = Remote.NETWORK, False
        what, hint = str(reason), "unknown host name: check the URL"
    else:
        code = Remote.NETWORK
        what, hint = str(reason) or type(reason).__name__, "check the URL and that the server is reachable"
    err = RemoteError(code, f"{method} {where}: {what}; hint: {hint}")
    err.status, err.sent = None, sent
    return err


def excerpt(answer: bytes) -> str:
    """The start of a server's answer, as text."""
    text = answer.decode("utf-8", "replace").strip()
    return text[:_BODY_EXCERPT] + ("..." if len(text) > _BODY_EXCERPT else "")


def redact(endpoint: str) -> str:
    """``endpoint`` without any credentials it holds."""
    parts = urllib.parse.urlsplit(endpoint)
    if "@" not in parts.netloc:
        return endpoint
    host = parts.netloc.rsplit("@", 1)[1]
    return urllib.parse.urlunsplit(parts._replace(netloc=f"***@{host}"))
