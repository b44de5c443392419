"""``kg serve``: a store served by Oxigraph's SPARQL server, with the explorer beside it.

Owns the life of the pair: checks first (a store, the program, free ports), then starts the
Oxigraph child and the explorer thread, polls until both answer, and stops both on the way out,
whatever the way out is (``Serving`` is a context manager). ``stop_on_signals`` turns SIGTERM
(and SIGINT, which Python already maps) into ``KeyboardInterrupt`` so the same unwinding runs
when a service manager or a shell stops the command.
"""

from __future__ import annotations

import errno
import signal
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from kg.errors import Serve, ServeError
from kg.serve.explorer import ExplorerServer
from kg.serve.oxigraph import OxigraphProcess, find_oxigraph
from kg.store import generations
from kg.store.local import is_store

__all__ = ["Serving", "start", "stop_on_signals", "DEFAULT_PORT", "DEFAULT_STORE"]

DEFAULT_PORT = 7878
DEFAULT_STORE = Path("exports/store")
_PROBE = "ASK {}"


class Serving:
    """A running endpoint and explorer. ``sparql_url`` is the SPARQL 1.1 query endpoint,
    ``query_page_url`` Oxigraph's own query page, ``explorer_url`` our explorer."""

    def __init__(self, oxigraph: OxigraphProcess, explorer: ExplorerServer, host: str):
        self._oxigraph = oxigraph
        self._explorer = explorer
        base = f"http://{_url_host(host)}"
        self.query_page_url = f"{base}:{oxigraph.port}/"
        self.sparql_url = f"{base}:{oxigraph.port}/query"
        self.update_url = f"{base}:{oxigraph.port}/update"
        self.explorer_url = f"{base}:{explorer.port}/"
        self.writable = oxigraph.writable
        self.store = oxigraph.store

    @property
    def oxigraph_pid(self) -> int:
        return self._oxigraph.pid

    def __enter__(self) -> "Serving":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def wait(self) -> None:
        """Block until the SPARQL server stops by itself, then raise ``ServeError`` with what it
        said; a stop signal (see ``stop_on_signals``) interrupts the wait instead."""
        code = self._oxigraph.wait()
        raise ServeError(Serve.STOPPED, f"the Oxigraph server stopped (exit status {code}): "
                         f"{self._oxigraph.output_tail() or 'it printed nothing'}")

    def stop(self) -> None:
        """Stop the explorer and the SPARQL server; safe to call twice."""
        try:
            self._explorer.stop()
        finally:
            self._oxigraph.stop()
            pin, self._pin = getattr(self, "_pin", None), None
            if pin is not None:  # the store generation may now be deleted by the next writer
                pin.__exit__(None, None, None)


def start(store: Path = DEFAULT_STORE, *, host: str = "127.0.0.1", port: int = DEFAULT_PORT,
          explorer_port: int | None = None, writable: bool = False, timeout: float = 60.0) -> Serving:
    """Serve ``store`` (an Oxigraph directory) at ``http://host:port/query`` and the explorer at
    ``http://host:explorer_port/`` (default ``port + 1``); return once both answer a query.

    Read-only unless ``writable``. Raises ``ServeError`` when the store is missing, the
    ``oxigraph`` program is not installed, a port is in use, or the server does not come up within
    ``timeout`` seconds; nothing is left running then.
    """
    store = Path(store)
    explorer_port = port + 1 if explorer_port is None else explorer_port
    if not is_store(store):
        raise ServeError(
            Serve.NO_STORE,
            f"{store}: no Oxigraph store there; make one with "
            f"`kg load exports/graph.ttl --store {store}`, or pass --store DIR",
        )
    if port == explorer_port:
        raise ServeError(Serve.SAME_PORTS, f"the endpoint and the explorer need two ports; both are {port}")
    program = find_oxigraph()
    _check_free(host, port, "--port")
    here = _url_host({"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(host, host))  # to reach ourselves
    try:
        explorer = ExplorerServer(host, explorer_port, query_url=f"http://{here}:{port}/query",
                                  config={"endpoint": "sparql",
                                          "sparql_url": f"http://{_url_host(host)}:{port}/query",
                                          "query_page_url": f"http://{_url_host(host)}:{port}/",
                                          "writable": writable})
    except OSError as err:
        raise _port_error(err, host, explorer_port, "--explorer-port") from err
    # a build or a load publishes a new generation of the store beside this one: serve the
    # current one, and keep it from deletion while the server reads it (kg.store.generations)
    pin = generations.pinned(store)
    location = pin.__enter__()
    try:
        oxigraph = OxigraphProcess(location, host, port, writable=writable, program=program)
    except BaseException:
        explorer.stop()
        pin.__exit__(None, None, None)
        raise
    serving = Serving(oxigraph, explorer, host)
    serving._pin = pin
    try:
        explorer.start()
        _wait_until_answering(serving, oxigraph, timeout)
    except BaseException:
        serving.stop()
        raise
    return serving


@contextmanager
def stop_on_signals():
    """Within the block, SIGTERM raises ``KeyboardInterrupt`` in the main thread, as Ctrl-C does,
    so context managers unwind and stop what they started. Handlers are restored afterwards."""

    fired = False

    def interrupt(signum, frame):
        nonlocal fired
        if not fired:  # a second Ctrl-C must not cut short the stopping the first one began
            fired = True
            raise KeyboardInterrupt(signal.Signals(signum).name)

    previous = {sig: signal.signal(sig, interrupt) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _wait_until_answering(serving: Serving, oxigraph: OxigraphProcess, timeout: float) -> None:
    probe = urllib.parse.urlencode({"query": _PROBE})
    targets = [f"{serving.sparql_url}?{probe}", serving.explorer_url, f"{serving.explorer_url}sparql?{probe}"]
    deadline = time.monotonic() + timeout
    while targets:
        if oxigraph.exit_code() is not None:
            raise ServeError(Serve.DID_NOT_START, f"the Oxigraph server did not start on {serving.store}: "
                             f"{oxigraph.output_tail() or f'exit status {oxigraph.exit_code()}'}")
        if _answers(targets[0]):
            targets.pop(0)
            continue
        if time.monotonic() > deadline:
            raise ServeError(Serve.NO_ANSWER, f"the server did not answer {targets[0]} within {timeout:g} s")
        time.sleep(0.1)


#: Straight to our own servers, whatever http_proxy says.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _answers(url: str) -> bool:
    try:
        with _DIRECT.open(url, timeout=5) as answer:
            return answer.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _check_free(host: str, port: int, option: str) -> None:
    """Fail early when something listens on ``host:port``: a server already there would
    otherwise answer our readiness probes in place of the one we start."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host.strip("[]"), port))
        except OSError as err:
            raise _port_error(err, host, port, option) from err


def _port_error(err: OSError, host: str, port: int, option: str) -> ServeError:
    if err.errno == errno.EADDRINUSE:
        return ServeError(Serve.PORT_IN_USE, f"port {port} on {host} is in use (another `kg serve` or server?); "
                          f"choose a free one with {option}")
    return ServeError(Serve.CANNOT_LISTEN, f"cannot listen on {host}:{port}: {err.strerror or err}")


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host
