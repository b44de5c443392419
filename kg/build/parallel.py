"""The ``--jobs N`` engine: the per-article map on worker processes of this machine.

spaCy's own ``n_process`` sends every Doc back to the parent, which is slower than one
process here (see design/performance.md). Instead each worker builds the pipeline once (in its
initializer) and turns batches of articles into small ``BatchResult``s (facts plus a partial
resolution state), which are all the parent needs. At most ``2 * jobs`` batches are in flight,
so memory stays bounded on any corpus. Results are taken as they complete: the resolution
merge and the facts store do not depend on order, so neither do the exports.

A worker that dies (the out-of-memory killer's SIGKILL, a segfault in a library) breaks the
whole pool and every batch in flight. The batches lost are analysed again in a fresh
one-worker pool, one article at a time: an article that was merely in flight when another
died comes through, and an article that kills its worker again is skipped (``E324``) while
the build goes on. Retrying the batch whole could kill again and again; skipping the batch
whole would lose the innocent articles in it. The note says it in one line, with a hint.
"""

from __future__ import annotations

from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from pathlib import Path
from typing import Iterable, Iterator

from kg.build.failures import E_WORKER_DIED, worker_died
from kg.build.work import BatchResult, analyse_batch, pipeline_for
from kg.model import Article

__all__ = ["run_processes", "DIED_NOTE"]

DIED_NOTE = (
    "a worker process died abruptly (killed, e.g. by the out-of-memory killer; see `dmesg`); "
    "its {n} article(s) in flight were analysed again one at a time, {k} skipped. "
    "If it recurs, use fewer --jobs or a smaller batch."
)


def _init(model: str | None, gazetteers: tuple[Path, ...]) -> None:
    pipeline_for(model, gazetteers)


def _pool(workers: int, model: str | None, gazetteers: tuple[Path, ...]) -> ProcessPoolExecutor:
    # "spawn": a clean interpreter per worker, the same on every platform
    return ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_init,
                               initargs=(model, gazetteers))


def run_processes(
    batches: Iterable[list[Article]], *, jobs: int, model: str | None, gazetteers: tuple[Path, ...],
    notes: list[str], mentions: str = "cued",
) -> Iterator[BatchResult]:
    """One ``BatchResult`` per batch, in completion order; lost batches are retried article by article."""
    stream = iter(batches)
    gazetteers = tuple(gazetteers)
    pool = _pool(jobs, model, gazetteers)
    pending: dict[Future, list[Article]] = {}
    try:
        while True:
            lost: list[Article] = []
            while len(pending) < 2 * jobs and not lost:
                batch = next(stream, None)
                if batch is None:
                    break
                try:
                    pending[pool.submit(analyse_batch, batch, model, gazetteers, mentions)] = batch
                except (BrokenProcessPool, ValueError, OSError):
                    # (CPython 3.11 may fail to spawn the dead worker's replacement while the pool
                    # has not yet seen it break: "bad value(s) in fds_to_keep", "handle is closed",
                    # the dead worker's pipe reused)
                    lost += batch
            if not pending and not lost:
                return
            if not lost:
                wait(pending, return_when=FIRST_COMPLETED)
            for future in [f for f in pending if f.done()]:
                batch = pending.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool:
                    lost += batch
                    continue
                yield result
            if lost:  # the pool is broken: every batch still in flight is lost with it
                for future, batch in pending.items():
                    if future.done() and not future.cancelled() and future.exception() is None:
                        yield future.result()
                    else:
                        lost += batch
                pending.clear()
                _stop(pool)
                retried = list(_one_by_one(lost, model, gazetteers, mentions))
                died = sum(1 for r in retried if r.items and getattr(r.items[0], "code", "") == E_WORKER_DIED)
                notes.append(DIED_NOTE.format(n=len(lost), k=died))
                yield from retried
                pool = _pool(jobs, model, gazetteers)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut a broken pool down. Its surviving workers are killed first: CPython's executor joins
    them after a worker died, and a survivor still waiting for work would keep that join (and the
    build) waiting for ever."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        if process.is_alive():
            process.kill()
    pool.shutdown(wait=True, cancel_futures=True)


def _one_by_one(articles: list[Article], model: str | None, gazetteers: tuple[Path, ...],
                mentions: str) -> Iterator[BatchResult]:
    pool = _pool(1, model, gazetteers)
    try:
        for article in articles:
            try:
                yield pool.submit(analyse_batch, [article], model, gazetteers, mentions).result()
            except BrokenProcessPool:
                _stop(pool)
                yield BatchResult(items=[worker_died(article)])
                pool = _pool(1, model, gazetteers)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
