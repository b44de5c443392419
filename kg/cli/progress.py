"""The build's progress on stderr: one rich bar per stage, with its total, rate and ETA.

``BuildDisplay`` is the ``kg.build.progress.BuildProgress`` the ``kg build`` command hands to
the build. On a terminal each stage gets a row (a bar and "done/total", steps per second and
the time left when the total is known, a spinner and the time spent when it is not); rows of
finished stages stay until the build ends. The total of the first stage (articles) is counted
in a background thread (``kg.read.count``) while the build starts reading. Wherever bars are
not drawn (not a terminal, ``--log-format json``), each stage that ends is one log record
instead: ``read and analysed 1200 articles in 95.2 s (12.6/s)``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Optional

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from kg.cli.common import log

__all__ = ["BuildDisplay", "stage_label"]

#: stage -> (what it does, while running; what it did, in a log line; what a step is)
_STAGES = {
    "read": ("reading and analysing articles", "read and analysed", "articles"),
    "resolve": ("resolving entities and calls", "resolved entities and calls", ""),
    "store": ("loading the store", "loaded the store with", "calls and articles"),
    "validate": ("validating against the shapes", "validated against the shapes", ""),
    "projection": ("projecting the network", "projected the network", ""),
    "switch": ("switching to the new outputs", "switched to the new outputs", ""),
}


def stage_label(name: str) -> tuple[str, str, str]:
    """(running, done, unit) for a stage; an export format is "writing graph.<format>"."""
    if name in _STAGES:
        return _STAGES[name]
    from kg.build.outputs import FILE_NAMES

    file = FILE_NAMES.get(name, name)
    return f"writing {file}", f"wrote {file}", ""


class _Rate(ProgressColumn):
    """Steps per second, once there is a total to count against."""

    def render(self, task: Task) -> Text:
        if task.total is None or not task.speed:
            return Text("")
        return Text(f"{task.speed:,.1f}/s", style="progress.data.speed")


class BuildDisplay:
    """Bars on a terminal, a log record per stage elsewhere (see the module doc)."""

    def __init__(self, bars: bool, count_inputs: Optional[Iterable[Path]] = None, console: Optional[Console] = None):
        self.console = console or Console(stderr=True)
        self.bars = bars and self.console.is_terminal
        self._inputs = list(count_inputs) if count_inputs is not None else None
        self._progress: Optional[Progress] = None
        self._task = None
        self._name = ""
        self._total: Optional[int] = None
        self._done = 0
        self._started = 0.0
        self._stop = threading.Event()
        self._lock = threading.Lock()

    # --- the BuildProgress protocol -----------------------------------------------------------

    def stage(self, name: str, total: Optional[int] = None) -> None:
        with self._lock:
            self._finish()
            self._name, self._total, self._done, self._started = name, total, 0, time.perf_counter()
            if self._progress is not None:
                self._task = self._progress.add_task(stage_label(name)[0], total=total)
        if name == "read" and self._inputs is not None:
            threading.Thread(target=self._count, name="kg-count", daemon=True).start()

    def advance(self, steps: int = 1) -> None:
        with self._lock:
            self._done += steps
            if self._total is not None and self._done > self._total:
                self._total = self._done  # the estimate was low (a JSON array, a skipped link)
                if self._progress is not None:
                    self._progress.update(self._task, total=self._total)
            if self._progress is not None:
                self._progress.advance(self._task, steps)

    def done(self) -> None:
        with self._lock:
            self._finish()

    # --- life ---------------------------------------------------------------------------------

    def __enter__(self) -> "BuildDisplay":
        if self.bars:
            self._progress = Progress(
                SpinnerColumn(finished_text="[green]✓"),
                TextColumn("{task.description:<32}"),
                BarColumn(bar_width=28),
                MofNCompleteColumn(),
                _Rate(),
                TextColumn("ETA", style="dim"),
                TimeRemainingColumn(),
                TextColumn("elapsed", style="dim"),
                TimeElapsedColumn(),
                console=self.console,
                transient=True,
            )
            self._progress.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def _count(self) -> None:
        from kg.read.count import count_articles

        try:
            total = count_articles(self._inputs or [], stop=self._stop.is_set)
        except Exception:  # noqa: BLE001 - an estimate only: the build reports real problems
            return
        with self._lock:
            if self._name != "read" or self._stop.is_set():
                return
            self._total = max(total, self._done)
            if self._progress is not None:
                self._progress.update(self._task, total=self._total)

    def _finish(self) -> None:
        if not self._name:
            return
        seconds = time.perf_counter() - self._started
        if self._progress is not None:
            self._progress.update(self._task, total=max(self._done, 1) if self._total is None else self._done,
                                  completed=max(self._done, 1) if self._total is None else self._done)
            self._progress.stop_task(self._task)
        _, did, unit = stage_label(self._name)
        what = f"{did} {self._done} {unit}" if unit else did
        rate = f" ({self._done / seconds:,.1f}/s)" if unit and seconds > 0 and self._done else ""
        log.log(
            logging.DEBUG if self.bars else logging.INFO, "%s in %.1f s%s", what, seconds, rate,
            extra={"event": "stage", "stage": self._name, "done": self._done, "total": self._total,
                   "seconds": round(seconds, 3)},
        )
        self._name = ""
