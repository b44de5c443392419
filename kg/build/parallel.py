"""Extraction on several processes: ``--jobs N``.

spaCy's own ``n_process`` sends every Doc back to the parent, which is slower than one
process here (see design/performance.md). Instead each worker loads the pipeline once and
turns batches of articles into ``ArticleFacts`` (small records), which are all the parent
needs. At most ``2 * jobs`` batches are in flight, so memory stays bounded on any corpus, and
results come back in input order, so the output does not depend on scheduling.
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import Iterable, Iterator

from kg.model import Article, ArticleFacts, Skipped

__all__ = ["analyse_parallel"]

_WORKER: dict = {}  # per worker process: the pipeline it loaded once


def _init(model: str | None, gazetteers: tuple[Path, ...]) -> None:
    from kg.extract.nlp import load_nlp

    _WORKER["nlp"], _WORKER["gaz"] = load_nlp(model, gazetteers)


def _work(batch: list[Article]) -> list[ArticleFacts | Skipped]:
    from kg.extract.article import extract_or_skip
    from kg.extract.nlp import normalise_for_nlp

    nlp, gaz = _WORKER["nlp"], _WORKER["gaz"]
    docs = nlp.pipe(((normalise_for_nlp(a.text), a) for a in batch), as_tuples=True)
    return [extract_or_skip(doc, article, gaz) for doc, article in docs]


def analyse_parallel(
    articles: Iterable[Article], *, jobs: int, model: str | None, gazetteers: tuple[Path, ...], batch_size: int = 64
) -> Iterator[ArticleFacts | Skipped]:
    """``ArticleFacts`` (or ``Skipped`` for an extraction failure) per article, in input order."""
    stream = iter(articles)
    # "spawn": a clean interpreter per worker, the same on every platform
    with ProcessPoolExecutor(jobs, mp_context=get_context("spawn"), initializer=_init,
                             initargs=(model, tuple(gazetteers))) as pool:
        pending: deque[Future] = deque()

        def submit() -> bool:
            batch = list(islice(stream, batch_size))
            if batch:
                pending.append(pool.submit(_work, batch))
            return bool(batch)

        for _ in range(2 * jobs):
            if not submit():
                break
        while pending:
            done = pending.popleft().result()
            submit()
            yield from done
