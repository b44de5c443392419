"""The ``--engine dask`` engine: the per-article map and partial merges on a Dask cluster.

The driver (the ``kg build`` process) reads the corpus, asks the facts store which articles
are new and sends only those, in batches, as tasks of ``kg.build.work.analyse_batch``: a
plain function, so tasks carry the batch and two strings, never a pipeline. Each worker
builds the spaCy pipeline once (warmed up front with ``Client.run``) and keeps it; a task
returns the batch's facts and their partial resolution state, which the driver writes to the
facts store and merges. At most ``2 * workers`` tasks are in flight, so neither the driver nor
the scheduler ever holds the corpus.

Without ``scheduler`` a ``LocalCluster`` of ``workers`` single-threaded worker processes is
started and stopped around the build (one thread each: the pipeline is pure Python under the
GIL, so threads would only contend). With an address, the workers of that cluster are used;
they must run the same newskg, model and gazetteer files (checked before anything is sent).

A worker that dies is Dask's business first: its tasks are rescheduled on other workers. A
task that keeps killing workers ends as ``KilledWorker``; its batch is then sent again one
article per task, and an article that still kills its worker is skipped (``E324``).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Iterable, Iterator

from kg.build.failures import worker_died
from kg.build.work import BatchResult, analyse_batch, pipeline_for
from kg.errors import Build, InputError
from kg.model import Article

__all__ = ["DaskEngine", "run_dask"]


def _warm(model: str | None, gazetteers: tuple[Path, ...], mentions: str = "cued") -> str:
    """Build the worker's pipeline now (once per worker) and say which extractor it runs."""
    from kg.facts.keys import extractor_version

    pipeline_for(model, gazetteers)
    return extractor_version(model, gazetteers, mentions)


def _client(scheduler: str | None, workers: int):
    from distributed import Client, LocalCluster

    if scheduler is None:
        import dask

        # The workers' statistical profiler samples the running thread's stack every 10 ms,
        # taking the GIL from the rules: about 8% of the CPU on this work, for a dashboard no
        # one looks at during a build.
        with dask.config.set({"distributed.worker.profile.enabled": False}):
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
        return Client(cluster), cluster
    try:
        return Client(scheduler, timeout=30), None
    except OSError as err:
        raise InputError(Build.DASK_UNREACHABLE, f"cannot reach the Dask scheduler at {scheduler}: {err}") from err


class DaskEngine:
    """A connection to a Dask cluster, made in the background from the moment it is created
    (so a LocalCluster starts while the build checks its inputs) and closed in the background
    (so it stops while the build writes its outputs). ``close()`` must be called."""

    def __init__(self, scheduler: str | None, workers: int):
        self._scheduler, self._workers = scheduler, workers
        self._made: list = []
        self._closing = False
        self._thread = threading.Thread(target=self._connect, name="kg-dask-connect")
        self._thread.start()

    def _connect(self) -> None:
        try:
            self._made.append(_client(self._scheduler, self._workers))
        except BaseException as err:  # noqa: BLE001 - re-raised in the build's thread
            self._made.append(err)

    def _connection(self):
        self._thread.join()
        if isinstance(self._made[0], BaseException):
            raise self._made[0]
        return self._made[0]

    def close(self, wait: bool = False) -> None:
        """Stop the client (and the LocalCluster we started); by default without waiting for it.
        Calling it again does nothing."""
        if self._closing:
            return
        self._closing = True

        def stop() -> None:
            self._thread.join()
            if self._made and not isinstance(self._made[0], BaseException):
                client, cluster = self._made.pop()
                client.close()
                if cluster is not None:
                    cluster.close()

        closer = threading.Thread(target=stop, name="kg-dask-close")  # not a daemon: joined at exit
        closer.start()
        if wait:
            closer.join()

    def run(self, batches: Iterable[list[Article]], *, model: str | None, gazetteers: tuple[Path, ...],
            version: str, notes: list[str], mentions: str = "cued") -> Iterator[BatchResult]:
        client, _cluster = self._connection()
        return _run(client, batches, model=model, gazetteers=tuple(gazetteers), mentions=mentions, version=version,
                    notes=notes)


def run_dask(
    batches: Iterable[list[Article]], *, scheduler: str | None, workers: int, model: str | None,
    gazetteers: tuple[Path, ...], version: str, notes: list[str], mentions: str = "cued",
) -> Iterator[BatchResult]:
    """One ``BatchResult`` per batch (or per article of a batch that killed workers), as completed."""
    engine = DaskEngine(scheduler, workers)
    try:
        yield from engine.run(batches, model=model, gazetteers=gazetteers, version=version, notes=notes,
                              mentions=mentions)
    finally:
        engine.close(wait=True)


def _run(client, batches: Iterable[list[Article]], *, model: str | None, gazetteers: tuple[Path, ...],
         version: str, notes: list[str], mentions: str = "cued") -> Iterator[BatchResult]:
    from distributed import as_completed
    from distributed.scheduler import KilledWorker

    versions = client.run(_warm, model, gazetteers, mentions)
    other = sorted(addr for addr, v in versions.items() if v != version)
    if other:
        raise InputError(Build.DASK_MISMATCH, f"Dask worker(s) {', '.join(other)} run another newskg, model or "
                                 "gazetteer files than this machine; install the same version everywhere")
    in_flight = 2 * max(1, len(versions))
    stream = iter(batches)
    queue = as_completed()
    batch_of: dict[str, list[Article]] = {}

    def submit(batch: list[Article]) -> None:
        future = client.submit(analyse_batch, batch, model, gazetteers, mentions, pure=False)
        batch_of[future.key] = batch
        queue.add(future)

    for batch in _take(stream, in_flight):
        submit(batch)
    for future in queue:
        batch = batch_of.pop(future.key)
        try:
            result = future.result()
        except KilledWorker:
            if len(batch) == 1:
                result = BatchResult(items=[worker_died(batch[0])])
            else:
                notes.append(f"a batch of {len(batch)} articles kept killing Dask workers; "
                             "it is analysed again one article per task")
                for article in batch:
                    submit([article])
                continue
        finally:
            future.release()
        yield result
        for batch in _take(stream, 1):
            submit(batch)


def _take(stream: Iterator[list[Article]], n: int) -> Iterator[list[Article]]:
    for _ in range(n):
        batch = next(stream, None)
        if batch is None:
            return
        yield batch
