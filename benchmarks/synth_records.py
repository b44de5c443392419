"""Resolved records at any scale for the output-stage benchmark, without extracting them all.

A base set is extracted and resolved for real (``make_corpus`` articles through the default
pipeline, once, cached as a pickle), then copied ``copies`` times: copy ``k`` renames every
article (``k00003/000123.txt``) and every call (``<key>#k00003``), so each copy adds distinct
articles, calls, evidence and attributions, while the entities (leaders, outlets, countries) are
shared and mentioned by every copy, as real news keeps naming the same people. The proportions
(calls, evidence, reports, mentions per article) are those of the real pipeline.

Calls and articles come out lazily and sorted by key, as ``write_outputs`` wants them; only the
base records and the entities (whose ``articles`` grow with the copies) are held.
"""

from __future__ import annotations

import pickle
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

__all__ = ["base_resolution", "Synthetic"]


def base_resolution(cache: Path, articles: int, seed: int = 7):
    """The real resolution of ``articles`` generated articles, extracted once and cached."""
    from kg.facts.keys import extractor_version

    cache = Path(cache)
    # named after the extractor version: a pickle of older records (other fields) is never read
    pickled = cache / f"base-{articles}-{seed}-{extractor_version()[:12]}.pickle"
    if pickled.exists():
        return pickle.loads(pickled.read_bytes())
    from benchmarks.make_corpus import make_corpus
    from kg.build.work import analyse_batch
    from kg.model import Article, ArticleFacts
    from kg.read.articles import iter_inputs
    from kg.resolve.resolver import resolve

    corpus = make_corpus(cache / f"corpus-{articles}-{seed}", articles, seed)
    items = [a for a in iter_inputs([corpus]) if isinstance(a, Article)]
    facts = [f for i in range(0, len(items), 64) for f in analyse_batch(items[i:i + 64]).items
             if isinstance(f, ArticleFacts)]
    result = resolve(facts)
    cache.mkdir(parents=True, exist_ok=True)
    pickled.write_bytes(pickle.dumps(result))
    return result


class Synthetic:
    """``copies`` renamed copies of a base resolution: ``entities``, ``calls()``, ``articles()``."""

    def __init__(self, base, copies: int):
        self.base, self.copies = base, copies
        # one string per (copy, article), shared by every record that names it
        self._ids = [{a.id: f"k{k:05d}/{a.id}" for a in base.articles} for k in range(copies)]
        self.entities = [
            replace(e, articles=tuple(self._ids[k][a] for k in range(copies) for a in e.articles))
            for e in base.entities
        ]

    def _rename(self, evidence, k: int):
        return replace(evidence, article_id=self._ids[k][evidence.article_id])

    def calls(self) -> Iterator:
        last = ""
        for call in self.base.calls:
            for k in range(self.copies):
                key = f"{call.key}#k{k:05d}"
                if key <= last:
                    raise ValueError(f"synthetic call keys out of order at {key!r}")
                last = key
                yield replace(
                    call, key=key, articles=tuple(self._ids[k][a] for a in call.articles),
                    evidence=tuple(self._rename(ev, k) for ev in call.evidence),
                    reports=tuple(replace(r, evidence=self._rename(r.evidence, k)) for r in call.reports),
                )

    def articles(self) -> Iterator:
        for k in range(self.copies):
            for meta in self.base.articles:
                yield replace(meta, id=self._ids[k][meta.id], source=f"k{k:05d}/{meta.source}")

    def __len__(self) -> int:
        return self.copies * len(self.base.articles)
