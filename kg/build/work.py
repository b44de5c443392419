"""The per-article map every engine runs: articles -> facts (or ``Skipped``) + a partial state.

``analyse_batch(batch, model, gazetteers, mentions)`` is the one task function: it is a plain
top-level function of picklable arguments, so worker processes and Dask workers run it as they
are. With ``mentions="cued"`` (the default) an article whose raw text holds no cue of a call
(``kg.extract.article.needs_doc``) skips spaCy: its facts are its metadata and publisher
(``extract_metadata``); only the others go through ``nlp.pipe``. With ``"all"`` every article
does, and every article's mentions are recorded.
The spaCy pipeline is built on first use in each process and kept (``pipeline_for``), never
shipped with a task; it is kept off the garbage collector, and a batch is analysed with fewer
collections (``kg.collector``). What comes back is small: the batch's ``ArticleFacts`` (for the facts
store) and a ``Resolver`` state of those facts (merged by the driver), no Docs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from kg.build.failures import skipped_for
from kg.collector import Hold, fewer_collections
from kg.model import Article, ArticleFacts, Skipped
from kg.resolve.resolver import Resolver

__all__ = ["BatchResult", "analyse_batch", "pipeline_for"]

_PIPELINES: dict = {}  # per process: (model, gazetteers) -> (nlp, gazetteer)
_PIPELINE_HOLD = Hold()  # the pipeline's objects are frozen until another one replaces it


@dataclass
class BatchResult:
    """What one batch gives back: one item per article, in batch order, and their merged state."""

    items: list[ArticleFacts | Skipped] = field(default_factory=list)
    state: Resolver = field(default_factory=Resolver)


def pipeline_for(model: str | None, gazetteers: Sequence[Path]):
    """The ``(nlp, gazetteer)`` of this process, built once per configuration."""
    key = (model, tuple(Path(g) for g in gazetteers))
    if key not in _PIPELINES:
        from kg.extract.nlp import load_nlp

        _PIPELINES.clear()  # one configuration per process at a time: never two pipelines held
        _PIPELINE_HOLD.release()  # (the one dropped goes back to the collector)
        _PIPELINES[key] = load_nlp(model, key[1])
        _PIPELINE_HOLD.freeze()
    return _PIPELINES[key]


def _docs(nlp, batch: list[Article]):
    """``(article, Doc or Skipped)`` per article: the batch through ``nlp.pipe`` (a text beyond
    spaCy's ``max_length`` in chunks, ``kg.extract.chunks``), and when the pipe fails, each
    article not yet returned alone, so one bad text costs only itself."""
    from kg.extract.chunks import make_doc, pipe_docs
    from kg.extract.nlp import normalise_for_nlp

    done = 0
    try:
        for doc, article in pipe_docs(nlp, ((normalise_for_nlp(a.text), a) for a in batch)):
            done += 1
            yield article, doc
    except Exception:  # noqa: BLE001 - narrowed per article below
        for article in batch[done:]:
            try:
                yield article, make_doc(nlp, normalise_for_nlp(article.text))
            except Exception as err:  # noqa: BLE001 - classified by skipped_for
                yield article, skipped_for(article, err, "nlp")


def _cued(batch: list[Article], gaz, parsed: bool) -> list[bool]:
    """Per article, whether it goes through spaCy: its text holds a cue of a call. A scan that
    fails on an odd text says yes (the article then meets the per-article handling of the Docs)."""
    from kg.extract.article import needs_doc

    cued = []
    for article in batch:
        try:
            cued.append(needs_doc(article, gaz, parsed))
        except Exception:  # noqa: BLE001 - the full path reports whatever is wrong with it
            cued.append(True)
    return cued


def analyse_batch(batch: list[Article], model: str | None = None, gazetteers: Sequence[Path] = (),
                  mentions: str = "cued") -> BatchResult:
    """Read nothing, write nothing: analyse ``batch`` and fold its facts into a fresh state.
    ``mentions``: "cued" (articles without a cue of a call skip spaCy) or "all"."""
    with fewer_collections():
        return _analyse(batch, model, gazetteers, mentions)


def _analyse(batch: list[Article], model: str | None, gazetteers: Sequence[Path], mentions: str) -> BatchResult:
    from kg.extract.article import extract_article, extract_metadata

    nlp, gaz = pipeline_for(model, gazetteers)
    # a trained model's parser may end sentences anywhere: the scan then reads no refusals
    cued = [True] * len(batch) if mentions == "all" else _cued(batch, gaz, parsed=model is not None)
    # the blank pipeline has no parser and its Docs are made from text: none carries a parse,
    # which extraction then need not read from each Doc (a column through ``Doc.to_array``)
    parsed = False if model is None else None
    docs = _docs(nlp, [a for a, c in zip(batch, cued) if c])
    result = BatchResult()
    for article, through_nlp in zip(batch, cued):  # batch order kept
        try:
            if through_nlp:
                article, doc = next(docs)
                if isinstance(doc, Skipped):
                    result.items.append(doc)
                    continue
                facts = extract_article(doc, article, gaz, parsed=parsed)
            else:
                facts = extract_metadata(article, gaz)
        except Exception as err:  # noqa: BLE001 - classified by skipped_for
            result.items.append(skipped_for(article, err, "extract"))
            continue
        result.items.append(facts)
        result.state.add(facts)
    return result
