"""``build(settings)``: the whole run, from input paths to written exports.

1. Under the output folder's build lock (``kg.build.lock``), open the facts store
   (``<out>/.kg/facts.sqlite``) for the current extractor version.
2. Read the inputs (a ``.txt`` file unchanged since the last build, by its stamp, is not read
   again: ``kg.read.stamps``; ``Settings.rehash`` reads every file); articles whose facts are
   stored are set aside, the new ones go in batches to the engine (``Settings.engine``): this
   process (``jobs == 1``), worker processes (``--jobs``) or a Dask cluster (``--engine
   dask``). Each engine returns facts and partial states; the facts are stored and the states
   merged, then merged with the state the last build kept, or with the stored articles' facts
   folded again when an article it holds is gone or changed (``kg.build.feed``).
3. Resolve, keep the state for the next build, put the evidence sentences back from the store,
   graph, validate, export; then drop the stored facts of articles no longer in the input.

No printing and no exiting here: progress goes to an optional ``BuildProgress`` (stages with
totals; ``kg.build.progress``) and the outcome is a ``BuildResult`` the CLI renders. The
settings are checked first, before the lock, any worker or any read.
"""

from __future__ import annotations

import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.build.feed import Feed
from kg.build.progress import BuildProgress, counted
from kg.build.work import BatchResult
from kg.config import Settings
from kg.errors import Build, InputError, Read
from kg.model import Article, Skipped

__all__ = ["BuildResult", "build", "FACTS_DIR"]

ENGINES = ("local", "dask")
FACTS_DIR = ".kg"  # inside the output folder: the facts store and the build lock


@dataclass(frozen=True, slots=True)
class BuildResult:
    articles: int
    skipped: tuple[Skipped, ...]
    entities: int
    calls: int
    triples: int
    files: tuple[Path, ...]
    violations: int = 0
    validation_report: str = ""
    reused: int = 0  # articles whose facts came from the facts store
    kept: int = 0  # of those, articles whose resolution state came from the last build's
    extracted: int = 0  # articles analysed in this run
    notes: tuple[str, ...] = ()  # one-line remarks: a worker died, the facts store was reset
    #: CPU seconds of this process per stage ("analyse": read, key, extract or fetch facts, merge;
    #: "resolve": rules and evidence look-ups; "outputs": graph, validation, exports)
    timings: tuple[tuple[str, float], ...] = ()

    @property
    def internal_errors(self) -> tuple[Skipped, ...]:
        return tuple(s for s in self.skipped if s.internal)


def _keep_total(progress: BuildProgress) -> Callable[[str], None]:
    """``write_outputs``' stage names, passed on; its "store" is the stage already started."""
    return lambda name: None if name == "store" else progress.stage(name)


def _local(settings: Settings, batches: Iterable[list[Article]], notes: list[str]) -> Iterator[BatchResult]:
    if settings.jobs > 1:
        from kg.build.parallel import run_processes

        return run_processes(batches, jobs=settings.jobs, model=settings.model,
                             gazetteers=settings.gazetteers, mentions=settings.mentions, notes=notes)
    from kg.build.work import analyse_batch

    return (analyse_batch(batch, settings.model, settings.gazetteers, settings.mentions) for batch in batches)


def _dask(settings: Settings):
    """The Dask engine, connecting from now on (a LocalCluster starts while inputs are checked)."""
    import os

    from kg.build.dask_engine import DaskEngine

    workers = settings.jobs if settings.jobs > 1 else (os.cpu_count() or 1)
    return DaskEngine(settings.scheduler, workers)


def check_settings(settings: Settings) -> None:
    """Options that are wrong whatever the input: ``InputError`` before any work is done."""
    from kg.build.outputs import check_formats

    check_formats(settings.formats)
    if settings.engine not in ENGINES:
        raise InputError(Build.UNKNOWN_ENGINE, f"unknown engine {settings.engine!r}; use 'local' or 'dask'")
    check_mentions(settings.mentions)


def check_mentions(mentions: str) -> None:
    from kg.config import MENTIONS

    if mentions not in MENTIONS:
        raise InputError(Build.UNKNOWN_MENTIONS, f"unknown --mentions {mentions!r}; use {' or '.join(MENTIONS)}")


def build(settings: Settings, progress: BuildProgress | None = None) -> BuildResult:
    """Read, extract (new articles only), resolve, graph and export; see ``BuildResult``."""
    from kg.build.lock import BuildLock

    check_settings(settings)  # a typo in an option fails before the output folder is touched
    out = Path(settings.out_dir)
    with BuildLock(out / FACTS_DIR, out):
        return _build(settings, out, progress)


def _build(settings: Settings, out: Path, progress: BuildProgress | None) -> BuildResult:
    dask = _dask(settings) if settings.engine == "dask" else None
    try:
        return _build_with(settings, out, progress, dask)
    finally:
        if dask is not None:
            dask.close()  # in the background, while the outputs are written (if not done yet)


def _build_with(settings: Settings, out: Path, progress: BuildProgress | None, dask) -> BuildResult:
    from kg.build.outputs import write_outputs
    from kg.extract.nlp import check_inputs
    from kg.facts.keys import extractor_version
    from kg.facts.store import FactsStore
    from kg.read.articles import iter_inputs
    from kg.collector import LongLived

    # a missing input fails here, before anything is read
    iter_inputs(list(settings.inputs), max_bytes=settings.max_bytes)
    check_inputs(settings.model, settings.gazetteers)  # a bad gazetteer or model fails here, once
    version = extractor_version(settings.model, settings.gazetteers, settings.mentions)
    notes: list[str] = []
    clock = [time.process_time()]
    timings: list[tuple[str, float]] = []

    def lap(stage: str) -> None:
        now = time.process_time()
        timings.append((stage, round(now - clock[0], 3)))
        clock[0] = now

    long_lived = LongLived()  # the resolution state and its result: kept off the collector
    with FactsStore(out / FACTS_DIR / "facts.sqlite") as store, closing(long_lived):
        if store.note:
            notes.append(store.note)
        store.begin(version)
        # stamped files are recalled, unread, unless every file is to be read and hashed again
        known = (lambda _stamp: None) if settings.rehash else store.recall
        items = iter_inputs(list(settings.inputs), max_bytes=settings.max_bytes, known=known)
        if progress is not None:
            progress.stage("read")
        feed = Feed(store, settings.batch_size, progress and (lambda _source: progress.advance()))
        if dask is not None:
            results = dask.run(feed.batches(items), model=settings.model, gazetteers=settings.gazetteers,
                               mentions=settings.mentions, version=version, notes=notes)
        else:
            results = _local(settings, feed.batches(items), notes)
        for result in results:
            feed.take(result)
        if dask is not None:
            dask.close()  # stops while the outputs are written
        if feed.articles == 0:
            where = ", ".join(str(p) for p in settings.inputs)
            if feed.skipped:
                # (every article was found and skipped: say why, not that none was there)
                first = feed.skipped[0]
                raise InputError(Read.NOTHING_READ, f"no article of {where} could be used: {len(feed.skipped)} skipped, "
                                                    f"the first {first.source}: {first.reason}")
            raise InputError(Read.NOTHING_READ, f"no articles could be read from {where} (expected .txt, .json or .jsonl files)")
        with long_lived.build():
            state = feed.resolver()
        lap("analyse")
        if progress is not None:
            progress.stage("resolve")
        with long_lived.build():
            res = state.result()
        feed.keep_state()  # committed with the pruning, once the exports are written
        lap("resolve")
        if progress is not None:  # the store stage counts calls and articles as they are written
            progress.stage("store", len(res.calls) + len(res.articles))
        written = write_outputs(res.entities, counted(res.calls, progress), counted(res.articles, progress), out,
                                settings.formats, settings.validate, progress=progress and _keep_total(progress),
                                lookup=store.sentence,
                                contents={a: f"{version}:{c}" for a, c in store.contents().items()})
        store.prune()
        lap("outputs")
        if progress is not None:
            progress.done()
    skipped = sorted(feed.skipped, key=lambda s: (s.source, s.reason))
    return BuildResult(
        articles=feed.articles, skipped=tuple(skipped), entities=written.entities, calls=written.calls,
        triples=written.triples, files=written.files, violations=written.violations,
        validation_report=written.report,
        reused=feed.reused, kept=feed.kept, extracted=feed.extracted, notes=tuple(notes), timings=tuple(timings),
    )
