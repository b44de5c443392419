"""Between the reader, the facts store and an engine: what to extract, and what came back.

``Feed.batches(items)`` walks the articles read: each is keyed (``kg.facts.keys``; a file
unchanged since the last build comes as a ``Known`` with its key, unread) and marked as part
of this build; an article the store already holds under that key is set aside, the others
are batched for the engine. ``Feed.take`` writes an engine's results to the store (one
transaction per batch, so a killed build keeps what it finished) and merges their partial
states. ``Feed.resolver()`` then gives the state of every article of the build: the state the
last build kept (``kg.resolve.state``) when every article it holds is still here unchanged,
plus the stored articles it lacks, folded from the store; otherwise every stored article
folded from the store. Either way it is the state a build from scratch makes: the state is a
value of the set of articles folded in, whichever engine, batching or order produced it.
"""

from __future__ import annotations

from dataclasses import replace

from collections.abc import Callable, Iterable, Iterator

from kg.build.work import BatchResult
from kg.facts.keys import content_key
from kg.facts.store import FactsStore
from kg.model import Article, ArticleFacts, Known, Skipped
from kg.resolve.resolver import Resolver

__all__ = ["Feed"]

#: a kept state holds a whole state and at most this many states of articles added since
MAX_PARTS = 8


class Feed:
    def __init__(self, store: FactsStore, batch_size: int, progress: Callable[[str], None] | None = None):
        self.store = store
        self.batch_size = max(1, batch_size)
        self.progress = progress
        self.state = Resolver()  # of the articles analysed in this build
        self.skipped: list[Skipped] = []
        self.reused = 0
        self.extracted = 0
        self.kept = 0  # articles whose state came from the last build's kept state
        self._keys: dict[str, tuple[str, str]] = {}  # article id -> (content key, stamp), in flight
        self._stored: dict[str, tuple[str, str]] = {}  # article id -> (content key, source), facts stored
        self._members: dict[str, str] = {}  # the articles not in the kept state, id -> content key
        self._added = Resolver()  # their state
        self._parts = 0  # parts of the kept state
        self._moved = False  # whether a kept article's source changed

    def _tick(self, source: str) -> None:
        if self.progress:
            self.progress(source)

    def batches(self, items: Iterable[Article | Known | Skipped]) -> Iterator[list[Article]]:
        """The batches of articles whose facts are not stored yet; the rest is set aside."""
        batch: list[Article] = []
        for item in items:
            if isinstance(item, Skipped):
                self.skipped.append(item)
                self._tick(item.source)
                continue
            if isinstance(item, Known):  # recalled by its stamp: its facts are stored
                self.store.mark_current(item.id, item.content)
                self._set_aside(item.id, item.content, item.source)
                continue
            key = content_key(item)
            self.store.mark_current(item.id, key)
            if self.store.has(key):
                if item.stamp:
                    self.store.remember(item.stamp, key)
                self._set_aside(item.id, key, item.meta.source)
                continue
            self._keys[item.id] = (key, item.stamp)
            batch.append(item)
            if len(batch) >= self.batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    def _set_aside(self, article_id: str, key: str, source: str) -> None:
        self._stored[article_id] = (key, source)
        self.reused += 1
        self._tick(source)

    def take(self, result: BatchResult) -> None:
        """Store a batch's facts, merge its state and note its skipped articles."""
        for item in result.items:
            if isinstance(item, ArticleFacts):
                key, stamp = self._keys.pop(item.meta.id)
                self.store.put(key, item)
                if stamp:
                    self.store.remember(stamp, key)
                self._members[item.meta.id] = key
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

    def resolver(self) -> Resolver:
        """The state of every article of this build (once all batches are taken)."""
        from kg.resolve.state import decode_state, state_code

        base, members, self._parts = Resolver(), {}, 0
        kept = self.store.load_state(state_code())
        if kept is not None and all(self._stored.get(a, ("",))[0] == c for a, c in kept[1].items()):
            try:
                base = decode_state(kept[0][0])
                for part in kept[0][1:]:
                    base.absorb(decode_state(part))
            except (ValueError, TypeError, KeyError, IndexError, AttributeError):  # damaged: fold everything
                base = Resolver()
            if len(base) == len(kept[1]) and all(a in kept[1] for a in base._articles):
                members, self._parts = kept[1], len(kept[0])
            else:
                base = Resolver()
        self.kept = len(members)
        added = self.state  # of the articles analysed in this build, and now of every one not kept
        self._moved = False
        for article_id, (key, source) in self._stored.items():
            if article_id in members:
                meta = base._articles[article_id]
                if meta.source != source:  # the corpus moved: messages name the file as it is now
                    base._articles[article_id] = replace(meta, source=source)
                    self._moved = True
                continue
            stored = self.store.get(key)
            if stored.meta.source != source:
                stored = replace(stored, meta=replace(stored.meta, source=source))
            added.add(stored)
            self._members[article_id] = key
        self._added = added
        self.state = base.absorb(added) if base else added
        return self.state

    def keep_state(self) -> None:
        """Keep the resolver's state in the store for the next build: nothing when it is the
        kept one, the state of the articles added to it as one more part, or the whole state
        (after a fold of everything, a moved corpus, or when the parts grow many or large)."""
        from kg.resolve.state import encode_state, state_code

        code = state_code()
        if not self.kept or self._moved or self._parts >= MAX_PARTS or len(self._added) > self.kept:
            members = {**self._members, **{a: key for a, (key, _s) in self._stored.items()}}
            self.store.save_state(code, encode_state(self.state), members)
        elif self._added:
            self.store.save_state(code, encode_state(self._added), self._members, add=True)
