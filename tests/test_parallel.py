"""kg.build.parallel (``--jobs``): a worker killed the way the out-of-memory killer kills
(SIGKILL) costs one note and no article. (Same bytes as one process, bad inputs skipped the
same way: tests/test_build_engines.py.)"""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import psutil
import pytest

from kg.build.pipeline import build
from kg.config import Settings

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _kill_first_worker(stop: threading.Event, killed: list[int]) -> None:
    me = psutil.Process()
    while not stop.is_set():
        for child in me.children():
            try:
                if "spawn_main" in " ".join(child.cmdline()):
                    os.kill(child.pid, signal.SIGKILL)
                    killed.append(child.pid)
                    return
            except psutil.Error:
                continue
        time.sleep(0.01)


def test_a_killed_worker_costs_one_note_and_no_article(tmp_path):
    reference = build(Settings(inputs=(FIXTURES,), out_dir=tmp_path / "one", validate=False))
    stop, killed = threading.Event(), []
    killer = threading.Thread(target=_kill_first_worker, args=(stop, killed))
    killer.start()
    try:
        result = build(Settings(inputs=(FIXTURES,), out_dir=tmp_path / "two", validate=False, jobs=2, batch_size=3))
    finally:
        stop.set()
        killer.join()
    assert killed, "no worker process was seen"
    (note,) = result.notes
    assert "worker process died" in note and "--jobs" in note and "\n" not in note
    assert not result.skipped and result.articles == reference.articles  # every article analysed again
    for name in ("graph.ttl", "graph.graphml"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


@pytest.mark.parametrize("error", [ValueError("bad value(s) in fds_to_keep"), OSError("handle is closed")])
def test_a_replacement_worker_that_cannot_spawn_costs_one_note_and_no_article(tmp_path, monkeypatch, error):
    """CPython 3.11 may fail to spawn a dead worker's replacement on the next submission ("bad
    value(s) in fds_to_keep", "handle is closed": both seen in CI) before the pool has seen
    itself broken: that submission's batch is lost like a broken pool's, and analysed again."""
    import kg.build.parallel as parallel

    real_pool = parallel._pool
    failed = []

    class FailingOnce(parallel.ProcessPoolExecutor):
        def submit(self, *args, **kwargs):
            if not failed:
                failed.append(1)
                raise error
            return super().submit(*args, **kwargs)

    def pool(workers, model, gazetteers):
        if failed:
            return real_pool(workers, model, gazetteers)
        return FailingOnce(workers, mp_context=parallel.get_context("spawn"), initializer=parallel._init,
                           initargs=(model, gazetteers))

    monkeypatch.setattr(parallel, "_pool", pool)
    reference = build(Settings(inputs=(FIXTURES,), out_dir=tmp_path / "one", validate=False))
    result = build(Settings(inputs=(FIXTURES,), out_dir=tmp_path / "two", validate=False, jobs=2, batch_size=3))
    assert failed
    (note,) = result.notes
    assert "worker process died" in note
    assert not result.skipped and result.articles == reference.articles
    for name in ("graph.ttl", "graph.graphml"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
