"""A build killed with SIGKILL while reading or extracting leaves the last exports, the facts
store and the lock usable; the next build keeps what the killed one had finished."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.build.lock import BuildLock
from kg.build.pipeline import build
from kg.config import Settings

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FORMATS = ("ttl", "graphml")


def _child(corpus: Path, out: Path) -> subprocess.Popen:
    code = ("import sys; from pathlib import Path; from kg.config import Settings; "
            "from kg.build.pipeline import build; "
            "build(Settings(inputs=(Path(sys.argv[1]),), out_dir=Path(sys.argv[2]), validate=False, batch_size=2))")
    return subprocess.Popen([sys.executable, "-c", code, str(corpus), str(out)],
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


def _facts(out: Path) -> int:
    db = sqlite3.connect(f"file:{out / '.kg' / 'facts.sqlite'}?mode=ro", uri=True)
    try:
        return db.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        db.close()


def _wait(condition, child: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert child.poll() is None, "the build ended before it could be killed"
        assert time.monotonic() < deadline, "timed out waiting for the build"
        time.sleep(0.005)


@pytest.fixture
def before(tmp_path):
    corpus = tmp_path / "in"
    shutil.copytree(TESTS / "fixtures", corpus)
    out = tmp_path / "out"
    first = build(Settings(inputs=(corpus,), out_dir=out, formats=FORMATS, validate=False))
    shutil.copytree(TESTS / "heldout", corpus / "ho")  # new articles for the killed build
    return corpus, out, first, {f: (out / f"graph.{f}").read_bytes() for f in FORMATS}


@pytest.mark.parametrize("stage", ["reading", "extraction"])
def test_killed_build_leaves_everything_usable(before, tmp_path, stage):
    corpus, out, first, exports = before
    child = _child(corpus, out)
    try:
        if stage == "reading":  # as soon as it holds the lock: before any article is analysed
            lock = out / ".kg" / "build.lock"
            _wait(lambda: lock.read_text(encoding="ascii").strip() == str(child.pid), child)
        else:  # once it has stored the facts of a batch of new articles
            _wait(lambda: _facts(out) > first.articles, child)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert {f: (out / f"graph.{f}").read_bytes() for f in FORMATS} == exports
    db = sqlite3.connect(out / ".kg" / "facts.sqlite")
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    db.close()
    with BuildLock(out / ".kg"):
        pass
    again = build(Settings(inputs=(corpus,), out_dir=out, formats=FORMATS, validate=False))
    assert again.reused >= first.articles + (2 if stage == "extraction" else 0)
    scratch = build(Settings(inputs=(corpus,), out_dir=tmp_path / "scratch", formats=FORMATS, validate=False))
    for f in FORMATS:
        assert (out / f"graph.{f}").read_bytes() == (tmp_path / "scratch" / f"graph.{f}").read_bytes()
