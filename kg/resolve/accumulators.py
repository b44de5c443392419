"""What resolution remembers of an entity or a call while articles come in.

Each accumulator is a mergeable value: every field is a set union, a count or a minimum, so
``merge`` is associative and commutative and folding articles in any order, or in shards
merged later, gives the same value. Votes are stored with the article that cast them
(``(article id, value)``), so a union never counts one article twice.

Evidence is kept without its text (``Evidence.text == ""``): the sentence lives in the facts
store and is put back when the calls are written out (``kg.resolve.evidence``), so the size
of this state is that of the entities and calls, not of the articles.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from kg.model import CallMedium, CallMention, Entity, EntityKind, EntityRef, Evidence, Report

__all__ = ["EntityAcc", "CallAcc", "SPECIFICITY", "FIELDS", "strip", "mapped", "rename_report"]

#: An entity's kind is the first of these that any article gives it.
SPECIFICITY = (
    EntityKind.LEADER,
    EntityKind.PERSON,
    EntityKind.OUTLET,
    EntityKind.COUNTRY,
    EntityKind.ORGANIZATION,
)
#: Entity fields taken from the smallest article id that states one.
FIELDS = ("role", "country", "wikidata", "outlet_kind")


def strip(ev: Evidence) -> Evidence:
    """The evidence without its sentence text (looked up again when written out)."""
    return ev if not ev.text else Evidence(ev.article_id, ev.start, ev.end, "")


@dataclass
class EntityAcc:
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
        for name in FIELDS:
            value = getattr(ref, name)
            if value is not None:
                self._first(name, (article_id, value))

    def _first(self, name: str, pair: tuple) -> None:
        if name not in self.firsts or pair < self.firsts[name]:
            self.firsts[name] = pair

    def merge(self, other: EntityAcc) -> EntityAcc:
        """Add ``other`` into this accumulator (in place) and return it."""
        self.names.update(other.names)
        self.aliases |= other.aliases
        self.kinds |= other.kinds
        self.articles |= other.articles
        for name, pair in other.firsts.items():
            self._first(name, pair)
        return self

    def copy(self) -> EntityAcc:
        return EntityAcc(Counter(self.names), set(self.aliases), set(self.kinds), dict(self.firsts),
                         set(self.articles))

    def entity(self, key: str) -> Entity:
        name = min(self.names, key=lambda n: (len(n.split()) < 2, -self.names[n], -len(n), n))
        kind = next(k for k in SPECIFICITY if k in self.kinds)
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
class CallAcc:
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
        self.reports.update(Report(r.outlet, strip(r.evidence)) for r in mention.reports)
        self.evidence.update(strip(ev) for ev in mention.evidence)

    def absorb(self, other: CallAcc, keymap: dict[str, str] | None = None) -> CallAcc:
        """Add ``other`` into this accumulator (in place; ``keymap`` renames entity keys of
        ``other``) and return it. Folding many mentions into one call then costs their size,
        not a copy per mention."""
        self.told_as |= {mapped(p, keymap) for p in other.told_as} if keymap else other.told_as
        self.callers |= {(a, keymap.get(c, c)) for a, c in other.callers} if keymap else other.callers
        self.reports |= {rename_report(r, keymap) for r in other.reports} if keymap else other.reports
        self.media |= other.media
        self.durations |= other.durations
        self.articles |= other.articles
        self.evidence |= other.evidence
        return self

    def copy(self) -> CallAcc:
        return CallAcc(published=self.published, period=self.period).absorb(self)


def mapped(participants: tuple[str, ...], keymap: dict[str, str]) -> tuple[str, ...]:
    renamed = tuple(sorted({keymap.get(p, p) for p in participants}))
    return renamed if len(renamed) >= 2 else participants  # never collapse a call to one person


def rename_report(report: Report, keymap: dict[str, str]) -> Report:
    outlet = keymap.get(report.outlet, report.outlet)
    return report if outlet == report.outlet else Report(outlet, report.evidence)
