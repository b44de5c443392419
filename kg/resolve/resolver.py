"""Merge article-local facts into real-world entities and calls.

Owns cross-article identity. A ``Resolver`` is the resolution state of a set of articles:
``add(ArticleFacts)`` folds one article in, ``merge``/``absorb`` combine the states of two
disjoint sets (shards resolved apart, by worker processes or Dask workers), and ``result()``
applies the corpus-wide rules and returns a ``Resolution`` of frozen, sorted records. Every
field of the state is a set union, a count or a minimum, so merging is associative and
commutative, the result depends only on which articles were added, never on their order or
sharding, and adding articles later yields the same keys for the same entities and calls.

The state holds the entities and calls (with evidence offsets) and each article's metadata,
not texts: evidence comes out of ``result()`` with ``text == ""``; ``kg.resolve.evidence``
puts the sentences back from the facts store as the calls are written out. The rules live in
``kg.resolve.rules``; in words:

Entities
  * Refs with the same key are one entity.
  * A single-token person key ("person:peskov") merges into the unique multi-token person key
    of the corpus whose last token equals it ("person:dmitry peskov"); with no or several such
    keys it stays apart. ``gaz:`` keys are authoritative: never merged by name either way.
  * name: multi-token names first, then the most frequent (one vote per article), then the
    longest, then the lexicographically smallest. aliases: every other name and alias seen.
  * kind: Leader if any article says so, else the most specific (Person, Outlet, Country,
    Organization). role, country, wikidata, outlet_kind: from the smallest article id that
    states one.

Calls
  * Same participants, same status and same day: one call.
  * In one article, an undated mention joins the article's dated mention of the same
    participants and status when the article gives exactly one such day.
  * Dated calls of the same status and day: a call whose participants are a proper subset of
    another's merges into the largest superset (say "A called B" and "A, B and C talked" on
    the same day) when exactly one maximal superset exists; otherwise they stay apart.
  * Dated calls of the same participants and status a day apart, told by different articles
    (no article telling both days), are one call when the later day is not after the earlier
    day's articles were published (the day differs across time zones): the day more
    articles give wins, the earlier on a tie.
  * Any other undated mention joins the single dated call of the same status, told with the
    same participants, dated within 21 days before its article's publication (inclusive: a feature
    tells a call of the weeks before in passing); with
    none, the single dated call of a superset of its participants in that window (a coalition
    call one article names in part); with none or several candidates it stays its own call,
    anchored to its article.
  * Undated calls of the same participants and status in articles published within two days
    of each other are one call.
  * Each call records the names of the rules that merged it (``rules.MERGE_RULES``), which the
    graph states as ``kg:mergeRule``.
  * caller: from the smallest article id stating one. medium: the stated medium most
    articles give (Video wins a tie). duration: the value most articles give (the smaller
    wins a tie). articles, reports, evidence: unions.
  * Mentions with fewer than two distinct participants are ignored (not a call).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from kg.errors import Build, InputError
from kg.model import ArticleFacts, ArticleMeta
from kg.resolve.accumulators import CallAcc, EntityAcc
from kg.resolve.evidence import attach_text
from kg.collector import paused_gc
from kg.resolve.rules import JOIN_WINDOW_DAYS, GroupKey, group_article_calls, merge_calls, spelling_map, surname_map, to_call
from kg.resolve.resolution import Resolution

__all__ = ["Resolution", "Resolver", "resolve", "JOIN_WINDOW_DAYS"]


class Resolver:
    """The mergeable resolution state of a set of articles; ``result()`` may be called at any point."""

    def __init__(self) -> None:
        self._articles: dict[str, ArticleMeta] = {}
        self._entities: dict[str, EntityAcc] = {}
        self._calls: dict[GroupKey, CallAcc] = {}

    def add(self, facts: ArticleFacts) -> None:
        """Fold one article in (its evidence without text)."""
        meta = facts.meta
        self._claim(meta)
        aid = sys.intern(meta.id)  # one string per article, however many records name it
        entities = self._entities
        for ref in facts.entities:
            acc = entities.get(ref.key)
            if acc is None:  # (not ``setdefault``: an accumulator, a Counter and four sets made per ref)
                acc = entities[ref.key] = EntityAcc()
            acc.add(aid, ref)
        for key, mention, participants, fresh in group_article_calls(facts):
            self._calls.setdefault(key, fresh).add(mention, participants, aid)

    def _claim(self, meta: ArticleMeta) -> None:
        if meta.id in self._articles:
            raise InputError(
                Build.DUPLICATE_ARTICLE_ID,
                f"two articles share the id {meta.id!r} ({self._articles[meta.id].source} and "
                f"{meta.source}); rename one of the files",
            )
        self._articles[meta.id] = meta

    def absorb(self, other: Resolver) -> Resolver:
        """Merge ``other`` (a state of other articles) into this one, in place; ``other`` is unchanged."""
        for meta in other._articles.values():
            self._claim(meta)
        for key, acc in other._entities.items():
            mine = self._entities.get(key)
            self._entities[key] = acc.copy() if mine is None else mine.merge(acc)
        for key, acc in other._calls.items():
            mine = self._calls.get(key)
            self._calls[key] = acc.copy() if mine is None else mine.absorb(acc)
        return self

    def merge(self, other: Resolver) -> Resolver:
        """A new state for the articles of both (which must be disjoint); neither is changed."""
        return Resolver().absorb(self).absorb(other)

    __or__ = merge

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Resolver):
            return NotImplemented
        return (self._articles, self._entities, self._calls) == (other._articles, other._entities, other._calls)

    def __len__(self) -> int:
        """Number of articles folded in."""
        return len(self._articles)

    def result(self) -> Resolution:
        with paused_gc():  # records, not cycles (kg.collector)
            return self._result()

    def _result(self) -> Resolution:
        keymap = surname_map(self._entities, self._calls)
        spelt = spelling_map(self._entities)
        if spelt:  # ("Dulekhov" -> "Amar Dulekhov" -> "Amar Dulehov": the surname's person, then its spelling)
            keymap = {k: spelt.get(t, t) for k, t in keymap.items()} | {k: t for k, t in spelt.items() if k not in keymap}
        entities: dict[str, EntityAcc] = {}
        for key in sorted(self._entities):
            target = keymap.get(key, key)
            entities.setdefault(target, EntityAcc()).merge(self._entities[key])
        calls = merge_calls(self._calls, keymap, {a: m.published for a, m in self._articles.items()})
        return Resolution(
            entities=tuple(acc.entity(key) for key, acc in sorted(entities.items())),
            calls=tuple(sorted((to_call(k, a) for k, a in calls.items()), key=lambda c: c.key)),
            articles=tuple(self._articles[a] for a in sorted(self._articles)),
        )


def resolve(facts: Iterable[ArticleFacts]) -> Resolution:
    """Resolve a whole corpus at once, evidence text included (kept aside while resolving)."""
    resolver = Resolver()
    texts: dict[tuple[str, int, int], str] = {}
    for article in facts:
        resolver.add(article)
        for mention in article.calls:
            for ev in (*mention.evidence, *(r.evidence for r in mention.reports)):
                texts[(ev.article_id, ev.start, ev.end)] = ev.text
    res = resolver.result()
    calls = tuple(attach_text(res.calls, lambda aid, start, end: texts.get((aid, start, end))))
    return Resolution(res.entities, calls, res.articles)
