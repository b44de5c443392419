"""Between the reader, the facts store and an engine: what to extract, and what came back.

``Feed.batches(items)`` walks the articles read: each is keyed (``kg.facts.keys``) and
marked as part of this build; an article the store already holds under that key is folded
into the resolution state from there, the others are batched for the engine. ``Feed.take``
writes an engine's results to the store (one transaction per batch, so a killed build keeps
what it finished) and merges their partial states. The state is the same whichever engine,
batching or completion order produced it.
"""

from __future__ import annotations

from dataclasses import replace

from collections.abc import Callable, Iterable, Iterator

from kg.build.work import BatchResult
from kg.facts.keys import content_key
from kg.facts.store import FactsStore
from kg.model import Article, ArticleFacts, Skipped
from kg.resolve.resolver import Resolver

__all__ = ["Feed"]


class Feed:
    def __init__(self, store: FactsStore, batch_size: int, progress: Callable[[str], None] | None = None):
        self.store = store
        self.batch_size = max(1, batch_size)
        self.progress = progress
        self.state = Resolver()
        self.skipped: list[Skipped] = []
        self.reused = 0
        self.extracted = 0
        self._keys: dict[str, str] = {}  # article id -> content key, for articles in flight

    def _tick(self, source: str) -> None:
        if self.progress:
            self.progress(source)

    def batches(self, items: Iterable[Article | Skipped]) -> Iterator[list[Article]]:
        """The batches of articles whose facts are not stored yet; the rest is folded in here."""
        batch: list[Article] = []
        for item in items:
            if isinstance(item, Skipped):
                self.skipped.append(item)
                self._tick(item.source)
                continue
            key = content_key(item)
            self.store.mark_current(item.id, key)
            if self.store.has(key):
                stored = self.store.get(key)
                if stored.meta.source != item.meta.source:  # the corpus moved: messages name the file as it is now
                    stored = replace(stored, meta=replace(stored.meta, source=item.meta.source))
                self.state.add(stored)
                self.reused += 1
                self._tick(item.meta.source)
                continue
            self._keys[item.id] = key
            batch.append(item)
            if len(batch) >= self.batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    def take(self, result: BatchResult) -> None:
        """Store a batch's facts, merge its state and note its skipped articles."""
        for item in result.items:
            if isinstance(item, ArticleFacts):
                self.store.put(self._keys.pop(item.meta.id), item)
                self.extracted += 1
                self._tick(item.meta.source)
            else:
                self.skipped.append(item)
                self._tick(item.source)
        self.state.absorb(result.state)
        self.store.commit()

    @property
    def articles(self) -> int:
        return self.reused + self.extracted
