"""Helpers for the tests (and scripts/explorer_screenshot.py) that run `kg serve` for real and
look at the explorer in headless Chromium.

``kg_serve`` starts ``python -m kg serve`` as a subprocess on free ports, waits for its two
lines, and on the way out sends SIGTERM and waits (killing only as a last resort, and then
failing). ``chromium_page`` drives Debian's ``/usr/bin/chromium`` with Playwright; Playwright's
own browser download is never used. ``why_no_browser`` says why a browser test must skip.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Flags from the machine notes: headless, and none of Chromium's own network traffic.
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str | None:
    for candidate in (os.environ.get("KG_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def why_no_browser() -> str | None:
    """None when a browser test can run, else the reason it cannot."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    if chromium_path() is None:
        return "Chromium is not installed (Debian package `chromium`, which .ci/run installs)"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def free_ports(n: int = 2) -> tuple[int, ...]:
    """``n`` distinct free ports: the sockets are held open together while they are chosen (two
    calls of ``free_port`` may get the same port back, the first one being released)."""
    socks = [socket.socket() for _ in range(n)]
    try:
        for s in socks:
            s.bind(("127.0.0.1", 0))
        return tuple(s.getsockname()[1] for s in socks)
    finally:
        for s in socks:
            s.close()


def port_is_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


@dataclass
class ServeProcess:
    proc: subprocess.Popen
    sparql_url: str
    explorer_url: str
    lines: list[str]

    def children(self) -> list[int]:
        """PIDs of the processes `kg serve` started (its direct children)."""
        return children_of(self.proc.pid)


def children_of(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def is_running(pid: int) -> bool:
    """True while ``pid`` is a live process (a zombie awaiting its parent counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def serve_command(store: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "kg", "serve", "--store", str(store), *args]


def serve_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


@contextmanager
def kg_serve(store: Path, *args: str, timeout: float = 60.0, ports: tuple[int, int] | None = None):
    """Run `kg serve --store STORE --port P --explorer-port Q ARGS` (free ports unless given);
    yield a ``ServeProcess`` once it printed both URLs. Stopped with SIGTERM afterwards."""
    port, explorer_port = ports or free_ports(2)
    proc = subprocess.Popen(
        serve_command(store, "--port", str(port), "--explorer-port", str(explorer_port), *args),
        cwd=ROOT, env=serve_env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        for line in proc.stdout:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    seen: list[str] = []
    try:
        urls = {}
        while len(urls) < 2:
            try:
                line = lines.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"`kg serve` printed no URLs within {timeout} s: {seen}") from None
            if line is None:
                proc.wait(10)
                raise AssertionError(f"`kg serve` exited {proc.returncode}: {seen} {proc.stderr.read()}")
            seen.append(line)
            key, _, url = line.partition(": ")
            urls[key] = url
        assert set(urls) == {"SPARQL endpoint", "explorer"}, seen
        yield ServeProcess(proc, urls["SPARQL endpoint"], urls["explorer"], seen)
    finally:
        stop(proc)


def stop(proc: subprocess.Popen, sig: int = signal.SIGTERM, timeout: float = 20.0) -> int:
    """Signal ``proc`` and wait for it; kill it (and fail) if it does not stop in time."""
    if proc.poll() is None:
        proc.send_signal(sig)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            for child in children_of(proc.pid):
                os.kill(child, signal.SIGKILL)
            proc.kill()
            proc.wait()
            raise AssertionError(f"`kg serve` did not stop within {timeout} s of {signal.Signals(sig).name}")
    return proc.returncode


def launch_chromium(playwright):
    """Debian's Chromium, headless, started by Playwright (never a browser Playwright downloads)."""
    return playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)


def watch(page) -> list[str]:
    """A list that collects the page's errors, console errors and any request that would leave
    this machine (the explorer must need no network)."""
    problems: list[str] = []
    page.on("pageerror", lambda err: problems.append(f"page error: {err}"))
    page.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}")
            if msg.type == "error" else None)
    page.on("request", lambda req: problems.append(f"left the machine: {req.url}")
            if not req.url.startswith(("http://127.0.0.1", "data:")) else None)
    return problems


@contextmanager
def chromium_page(width: int = 1400, height: int = 1000):
    """A fresh headless Chromium page; yields (page, problems), see ``watch``."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = launch_chromium(pw)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            yield page, watch(page)
        finally:
            browser.close()


def wait_ready(page, timeout_ms: float = 30_000) -> None:
    """Wait until the explorer has answered every view of the current filters."""
    page.wait_for_function(
        "() => document.body.dataset.state === 'ready' || document.body.dataset.state === 'error'",
        timeout=timeout_ms
    )
    state = page.evaluate("document.body.dataset.state")
    assert state == "ready", page.inner_text("#error")


def click_person(page, name: str) -> None:
    """Click, with the mouse, the network node labelled ``name`` where Cytoscape drew it."""
    point = page.evaluate(
        """(name) => {
          const cy = window.kgExplorer.network.cy;
          const node = cy.nodes().filter((n) => n.data('name') === name)[0];
          if (!node) return null;
          const box = cy.container().getBoundingClientRect();
          const at = node.renderedPosition();
          return { x: box.left + at.x, y: box.top + at.y };
        }""",
        name,
    )
    assert point is not None, f"{name} is not in the network"
    before = page.evaluate("location.hash")
    page.mouse.click(point["x"], point["y"])
    page.wait_for_function("(before) => location.hash !== before", arg=before)
    wait_ready(page)


def click_pair(page, one: str, other: str) -> None:
    """Click, with the mouse, the middle of the line between two people in the network."""
    point = page.evaluate(
        """([one, other]) => {
          const cy = window.kgExplorer.network.cy;
          const edge = cy.edges().filter((e) => [one, other].includes(e.source().data('name'))
            && [one, other].includes(e.target().data('name')))[0];
          if (!edge) return null;
          const box = cy.container().getBoundingClientRect();
          const at = edge.renderedMidpoint();
          return { x: box.left + at.x, y: box.top + at.y };
        }""",
        [one, other],
    )
    assert point is not None, f"no line between {one} and {other}"
    before = page.evaluate("location.hash")
    page.mouse.click(point["x"], point["y"])
    page.wait_for_function("(before) => location.hash !== before", arg=before)
    wait_ready(page)
