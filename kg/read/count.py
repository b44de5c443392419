"""A cheap estimate of how many articles a build will read, for its progress display.

Walks the inputs as ``kg.read.walk`` does (stat only) and counts one article per ``.txt`` or
``.json`` file and one per line of a ``.jsonl`` file (lines are counted in binary, 1 MiB at a
time, without decoding). A JSON array counts as one; the display raises its total when the
build reads more. Problems are not reported here: the build reports them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from kg.model import Skipped
from kg.read.walk import SUPPORTED_SUFFIXES, WalkState, walk

__all__ = ["count_articles"]

_CHUNK = 1 << 20


def count_articles(paths: Iterable[Path], stop: Callable[[], bool] = lambda: False) -> int:
    """The articles ``paths`` will give, estimated; ``stop()`` true ends the count early."""
    total = 0
    state = WalkState()
    for root in map(Path, paths):
        if root.is_dir():
            for folder in walk(root, state):
                if stop():
                    return total
                if not isinstance(folder, Skipped):
                    total += sum(_in_file(entry.path) for entry in folder.files)
        elif root.suffix.lower() in SUPPORTED_SUFFIXES:
            total += _in_file(root)
    return total


def _in_file(path: Path) -> int:
    if path.suffix.lower() != ".jsonl":
        return 1
    lines, last = 0, b"\n"
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                lines += chunk.count(b"\n")
                last = chunk[-1:]
    except OSError:
        return 1
    return lines + (last != b"\n")
