"""Merge article-local facts into real-world entities and calls.

Owns cross-article identity. ``Resolver.add(ArticleFacts)`` folds one article into running
accumulators keyed by canonical keys (nothing of the article is kept but its metadata and the
evidence sentences); ``Resolver.result()`` applies the corpus-wide rules and returns a
``Resolution`` of frozen, sorted records. Every merge is a set union, a count or a minimum, so
the result depends only on which articles were added, never on their order, and adding
articles later yields the same keys for the same entities and calls.

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
  * Any other undated mention joins the single dated call of the same status, told with the
    same participants, dated within 7 days before its article's publication (inclusive);
    with none or several candidates it stays its own call, anchored to its article.
  * caller: from the smallest article id stating one. medium: the stated medium most
    articles give (Video wins a tie). duration: the value most articles give (the smaller
    wins a tie). articles, reports, evidence: unions.
  * Mentions with fewer than two distinct participants are ignored (not a call).
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from kg.errors import InputError
from kg.resolve.keys import call_key
from kg.model import (
    ArticleFacts,
    ArticleMeta,
    Call,
    CallMedium,
    CallMention,
    CallStatus,
    Entity,
    EntityKind,
    EntityRef,
    Evidence,
    Report,
)

__all__ = ["Resolution", "Resolver", "resolve", "JOIN_WINDOW_DAYS"]

JOIN_WINDOW_DAYS = 7
_SPECIFICITY = (
    EntityKind.LEADER,
    EntityKind.PERSON,
    EntityKind.OUTLET,
    EntityKind.COUNTRY,
    EntityKind.ORGANIZATION,
)
_PERSON_KINDS = {EntityKind.LEADER, EntityKind.PERSON}
_PERSON_PREFIXES = {"person", "leader"}
_FIELDS = ("role", "country", "wikidata", "outlet_kind")


@dataclass(frozen=True, slots=True)
class Resolution:
    """The merged corpus: entities and calls sorted by key, articles by id."""

    entities: tuple[Entity, ...] = ()
    calls: tuple[Call, ...] = ()
    articles: tuple[ArticleMeta, ...] = ()


@dataclass
class _EntityAcc:
    names: Counter = field(default_factory=Counter)  # name -> number of articles giving it
    aliases: set = field(default_factory=set)
    kinds: set = field(default_factory=set)
    firsts: dict = field(default_factory=dict)  # field -> (article id, value), smallest id
    articles: set = field(default_factory=set)

    def add(self, article_id: str, ref: EntityRef) -> None:
        if article_id not in self.articles:
            self.names[ref.name] += 1
        self.articles.add(article_id)
        self.aliases.update(ref.aliases)
        self.aliases.add(ref.name)
        self.kinds.add(ref.kind)
        for name in _FIELDS:
            value = getattr(ref, name)
            if value is not None:
                self._first(name, (article_id, value))

    def _first(self, name: str, pair: tuple) -> None:
        if name not in self.firsts or pair < self.firsts[name]:
            self.firsts[name] = pair

    def merge(self, other: _EntityAcc) -> None:
        self.names.update(other.names)
        self.aliases |= other.aliases
        self.kinds |= other.kinds
        self.articles |= other.articles
        for name, pair in other.firsts.items():
            self._first(name, pair)

    def entity(self, key: str) -> Entity:
        name = min(self.names, key=lambda n: (len(n.split()) < 2, -self.names[n], -len(n), n))
        kind = next(k for k in _SPECIFICITY if k in self.kinds)
        values = {f: pair[1] for f, pair in self.firsts.items()}
        return Entity(
            key=key,
            name=name,
            kind=kind,
            aliases=tuple(sorted(self.aliases - {name})),
            articles=tuple(sorted(self.articles)),
            **values,
        )


@dataclass
class _CallAcc:
    # Votes are (article id, value) pairs, so merging is a union and counts one per article.
    told_as: set = field(default_factory=set)  # participant tuples the mentions used
    callers: set = field(default_factory=set)
    media: set = field(default_factory=set)
    durations: set = field(default_factory=set)
    articles: set = field(default_factory=set)
    reports: set = field(default_factory=set)
    evidence: set = field(default_factory=set)
    published: date | None = None  # of the anchor article (undated calls only)
    period: tuple[date, date] | None = None  # the days an undated call with a stated time may be on

    def add(self, mention: CallMention, participants: tuple[str, ...], article_id: str) -> None:
        self.told_as.add(participants)
        self.articles.add(article_id)
        if mention.caller is not None:
            self.callers.add((article_id, mention.caller))
        if mention.medium is not CallMedium.UNSPECIFIED:
            self.media.add((article_id, mention.medium))
        if mention.duration_minutes is not None:
            self.durations.add((article_id, mention.duration_minutes))
        self.reports.update(mention.reports)
        self.evidence.update(mention.evidence)

    def absorb(self, other: _CallAcc, keymap: dict[str, str] | None = None) -> _CallAcc:
        """Add ``other`` into this accumulator (in place; ``keymap`` renames entity keys of
        ``other``) and return it. Only ``_merge_calls``' own copies are ever changed: folding
        many mentions into one call then costs their size, not a copy per mention."""
        self.told_as |= {_mapped(p, keymap) for p in other.told_as} if keymap else other.told_as
        self.callers |= {(a, keymap.get(c, c)) for a, c in other.callers} if keymap else other.callers
        self.reports |= {_rename_report(r, keymap) for r in other.reports} if keymap else other.reports
        self.media |= other.media
        self.durations |= other.durations
        self.articles |= other.articles
        self.evidence |= other.evidence
        return self


def _mapped(participants: tuple[str, ...], keymap: dict[str, str]) -> tuple[str, ...]:
    renamed = tuple(sorted({keymap.get(p, p) for p in participants}))
    return renamed if len(renamed) >= 2 else participants  # never collapse a call to one person


def _rename_report(report: Report, keymap: dict[str, str]) -> Report:
    outlet = keymap.get(report.outlet, report.outlet)
    return report if outlet == report.outlet else Report(outlet, report.evidence)


# (participants, status, day, anchor): anchor is "" for dated calls, the article id otherwise.
_GroupKey = tuple[tuple[str, ...], CallStatus, date | None, str]


class Resolver:
    """Folds articles in one at a time; ``result()`` may be called at any point."""

    def __init__(self) -> None:
        self._articles: dict[str, ArticleMeta] = {}
        self._entities: dict[str, _EntityAcc] = {}
        self._calls: dict[_GroupKey, _CallAcc] = {}

    def add(self, facts: ArticleFacts) -> None:
        meta = facts.meta
        if meta.id in self._articles:
            raise InputError(
                "E300",
                f"two articles share the id {meta.id!r} ({self._articles[meta.id].source} and "
                f"{meta.source}); rename one of the files",
            )
        self._articles[meta.id] = meta
        for ref in facts.entities:
            self._entities.setdefault(ref.key, _EntityAcc()).add(meta.id, ref)
        by_story: dict[tuple, list[CallMention]] = defaultdict(list)
        for mention in facts.calls:
            participants = tuple(sorted(set(mention.participants)))
            if len(participants) >= 2:
                by_story[(participants, mention.status)].append(mention)
        for (participants, status), mentions in by_story.items():
            days = {m.date for m in mentions if m.date is not None}
            only_day = next(iter(days)) if len(days) == 1 else None
            for mention in mentions:
                if mention.period is not None and mention.date is None:
                    # "last spoke in July": joins only a dated call inside that period
                    start, end = mention.period
                    key = (participants, status, None, f"{meta.id}#{start.isoformat()}/{end.isoformat()}")
                    acc = self._calls.setdefault(key, _CallAcc(published=None, period=mention.period))
                    acc.add(mention, participants, meta.id)
                    continue
                day = mention.date or only_day
                key = (participants, status, day, "" if day else meta.id)
                acc = self._calls.setdefault(key, _CallAcc(published=None if day else meta.published))
                acc.add(mention, participants, meta.id)

    def result(self) -> Resolution:
        keymap = self._surname_map()
        entities: dict[str, _EntityAcc] = {}
        for key in sorted(self._entities):
            target = keymap.get(key, key)
            acc = entities.setdefault(target, _EntityAcc())
            acc.merge(self._entities[key])
        calls = self._merge_calls(keymap)
        return Resolution(
            entities=tuple(acc.entity(key) for key, acc in sorted(entities.items())),
            calls=tuple(sorted((_call(k, a) for k, a in calls.items()), key=lambda c: c.key)),
            articles=tuple(self._articles[a] for a in sorted(self._articles)),
        )

    def _surname_map(self) -> dict[str, str]:
        """Single-token person key -> the unique multi-token person key ending with it."""
        keys = set(self._entities)
        for participants, _status, _day, _anchor in self._calls:
            keys.update(participants)
        persons = {k for k in keys if _is_person(k, self._entities.get(k))}
        by_last: dict[str, set[str]] = defaultdict(set)
        singles = {}
        for key in persons:
            tokens = key.split(":", 1)[1].split()
            if len(tokens) == 1:
                singles[key] = tokens[0]
            elif tokens:
                by_last[tokens[-1]].add(key)
        return {k: next(iter(by_last[t])) for k, t in singles.items() if len(by_last[t]) == 1}

    def _merge_calls(self, keymap: dict[str, str]) -> dict[_GroupKey, _CallAcc]:
        groups: dict[_GroupKey, _CallAcc] = {}
        for (participants, status, day, anchor), acc in sorted(self._calls.items(), key=_order):
            key = (_mapped(participants, keymap), status, day, anchor)
            if key not in groups:  # a copy: the resolver's own accumulators are never changed
                groups[key] = _CallAcc(published=acc.published, period=acc.period)
            groups[key].absorb(acc, keymap)
        dated = {k: a for k, a in groups.items() if k[2] is not None}
        undated = {k: a for k, a in groups.items() if k[2] is None}
        _merge_subsets(dated)
        # (told participants, status) -> sorted days: each raw (told, status, day) ends in one call.
        days: dict[tuple, list[date]] = defaultdict(list)
        owner: dict[tuple, _GroupKey] = {}
        for key, acc in dated.items():
            for told in acc.told_as:
                days[(told, key[1])].append(key[2])
                owner[(told, key[1], key[2])] = key
        for told_days in days.values():
            told_days.sort()
        for key, acc in sorted(undated.items(), key=_order):
            participants, status, _day, _anchor = key
            window = acc.period or (
                (acc.published - timedelta(days=JOIN_WINDOW_DAYS), acc.published) if acc.published else None)
            if window is not None:
                told_days = days.get((participants, status), [])
                lo = bisect.bisect_left(told_days, window[0])
                hi = bisect.bisect_right(told_days, window[1])
                if len(set(told_days[lo:hi])) == 1:
                    target = owner[(participants, status, told_days[lo])]
                    dated[target].absorb(acc)
                    continue
            dated[key] = acc
        return dated


def _merge_subsets(dated: dict[_GroupKey, _CallAcc]) -> None:
    """Fold each dated call into its unique maximal superset of the same status and day."""
    buckets: dict[tuple, list[_GroupKey]] = defaultdict(list)
    for key in dated:
        buckets[(key[1], key[2])].append(key)
    for keys in buckets.values():
        sets = {k: frozenset(k[0]) for k in keys}
        for key in sorted(keys, key=_order_key):
            supersets = [k for k in keys if sets[key] < sets[k]]
            maximal = [k for k in supersets if not any(sets[k] < sets[o] for o in supersets)]
            if len(maximal) == 1:
                # A maximal superset has no superset itself, so it is never folded away.
                dated[maximal[0]].absorb(dated.pop(key))


def _is_person(key: str, acc: _EntityAcc | None) -> bool:
    prefix, sep, _name = key.partition(":")
    if not sep or prefix == "gaz":
        return False
    return bool(acc.kinds & _PERSON_KINDS) if acc else prefix in _PERSON_PREFIXES


def _order_key(key: _GroupKey) -> tuple:
    participants, status, day, anchor = key
    return (participants, status.value, day or date.min, anchor)


def _order(item: tuple[_GroupKey, _CallAcc]) -> tuple:
    return _order_key(item[0])


def _call(key: _GroupKey, acc: _CallAcc) -> Call:
    participants, status, day, anchor = key
    media = Counter(m for _a, m in acc.media)
    durations = Counter(d for _a, d in acc.durations)
    medium = max(media, key=lambda m: (media[m], m is CallMedium.VIDEO), default=CallMedium.UNSPECIFIED)
    return Call(
        key=call_key(participants, status.value, day, anchor),
        participants=participants,
        status=status,
        caller=min(acc.callers)[1] if acc.callers else None,
        date=day,
        medium=medium,
        duration_minutes=max(durations, key=lambda d: (durations[d], -d), default=None),
        articles=tuple(sorted(acc.articles)),
        reports=tuple(sorted(acc.reports, key=_report_order)),
        evidence=tuple(sorted(acc.evidence, key=_evidence_order)),
    )


def _evidence_order(ev: Evidence) -> tuple:
    return (ev.article_id, ev.start, ev.end, ev.text)


def _report_order(report: Report) -> tuple:
    return (report.outlet, *_evidence_order(report.evidence))


def resolve(facts: Iterable[ArticleFacts]) -> Resolution:
    """Resolve a whole corpus at once (a ``Resolver`` fed in order)."""
    resolver = Resolver()
    for article in facts:
        resolver.add(article)
    return resolver.result()
