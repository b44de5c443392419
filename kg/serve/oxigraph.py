"""Oxigraph's own SPARQL server (the ``oxigraph`` package on PyPI) as a child process.

Owns finding the ``oxigraph`` program, starting ``oxigraph serve-read-only`` (or ``serve`` when
writes are wanted) on a store directory, and stopping it: terminate, wait, kill. The child is
started in its own session, so a Ctrl-C in the terminal reaches ``kg serve`` only and the child
is stopped by us, in order; on Linux it also asks the kernel to end it should ``kg serve`` die
without cleaning up (``PR_SET_PDEATHSIG``), so no server outlives its parent.

What the server prints goes to a temporary file; the tail of it is quoted when it fails.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import signal
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from kg.errors import Serve, ServeError

__all__ = ["OxigraphProcess", "find_oxigraph"]

_PR_SET_PDEATHSIG = 1


def find_oxigraph() -> Path:
    """The ``oxigraph`` server program installed beside this Python (pip's scripts folder) or on
    PATH; ``ServeError`` when there is none."""
    name = "oxigraph.exe" if os.name == "nt" else "oxigraph"
    for scheme in (sysconfig.get_default_scheme(), f"{os.name}_user"):  # pip install, pip install --user
        try:
            beside = Path(sysconfig.get_path("scripts", scheme)) / name
        except KeyError:
            continue
        if beside.is_file() and os.access(beside, os.X_OK):
            return beside
    found = shutil.which("oxigraph")
    if found:
        return Path(found)
    raise ServeError(
        Serve.NOT_INSTALLED,
        "the Oxigraph server program `oxigraph` is not installed; "
        f"install it with `{Path(sys.executable).name} -m pip install oxigraph`",
    )


def _parent_death_signal():
    """A ``preexec_fn`` that has the kernel send SIGTERM to the child when its parent dies, or
    None where prctl is not available. libc is looked up here, before the fork, so the child only
    makes one system call between fork and exec."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True).prctl
    except (OSError, AttributeError):
        return None

    def set_signal() -> None:
        prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)

    return set_signal


class OxigraphProcess:
    """One running Oxigraph server over ``store`` listening on ``host:port``."""

    def __init__(self, store: Path, host: str, port: int, *, writable: bool, program: Path | None = None):
        self.store = Path(store)
        self.host = host
        self.port = port
        self.writable = writable
        command = "serve" if writable else "serve-read-only"
        self.args = [str(program or find_oxigraph()), command, "--location", str(self.store),
                     "--bind", f"{_bind_host(host)}:{port}"]
        self._log = tempfile.TemporaryFile(prefix="kg-serve-oxigraph-")
        try:
            self._proc = subprocess.Popen(
                self.args, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
                start_new_session=True, preexec_fn=_parent_death_signal(),
            )
        except OSError as err:
            self._log.close()
            raise ServeError(Serve.DID_NOT_START, f"cannot start the Oxigraph server {self.args[0]}: {err}") from err

    @property
    def pid(self) -> int:
        return self._proc.pid

    def exit_code(self) -> int | None:
        """None while the server runs, else its exit status."""
        return self._proc.poll()

    def wait(self) -> int:
        """Block until the server exits (a signal handler may interrupt this); its exit status."""
        return self._proc.wait()

    def output_tail(self, limit: int = 2000) -> str:
        """The last ``limit`` characters the server printed, stripped."""
        if self._log.closed:
            return ""
        self._log.flush()
        size = self._log.seek(0, os.SEEK_END)
        self._log.seek(max(0, size - limit))
        return self._log.read().decode("utf-8", "replace").strip()

    def stop(self, timeout: float = 10.0) -> None:
        """Terminate the server and reap it; kill it when it does not stop within ``timeout``."""
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._log.close()


def _bind_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host
