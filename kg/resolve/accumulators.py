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

import sys
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
    """The evidence without its sentence text (looked up again when written out), its article
    id shared with every other record of the article (``sys.intern``) rather than one copy each."""
    return Evidence(sys.intern(ev.article_id), ev.start, ev.end, "")


@dataclass(slots=True)
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


@dataclass(slots=True, eq=False)
class CallAcc:
    """One call's accumulator: four sets, since a set costs ~200 bytes even when empty and a
    corpus holds a few accumulators per article.

    ``votes`` holds the stated caller, medium and duration as ``("caller" | "medium" |
    "duration", article id, value)``; ``said`` holds the ``Evidence`` and ``Report`` records
    (text stripped)."""

    told_as: set = field(default_factory=set)  # participant tuples the mentions used
    articles: set = field(default_factory=set)
    votes: set = field(default_factory=set)
    said: set = field(default_factory=set)
    published: date | None = None  # of the anchor article (undated calls only)
    period: tuple[date, date] | None = None  # the days an undated call with a stated time may be on

    def add(self, mention: CallMention, participants: tuple[str, ...], article_id: str) -> None:
        self.told_as.add(participants)
        self.articles.add(article_id)
        if mention.caller is not None:
            self.votes.add(("caller", article_id, sys.intern(mention.caller)))
        if mention.medium is not CallMedium.UNSPECIFIED:
            self.votes.add(("medium", article_id, mention.medium))
        if mention.duration_minutes is not None:
            self.votes.add(("duration", article_id, mention.duration_minutes))
        self.said.update(Report(sys.intern(r.outlet), strip(r.evidence)) for r in mention.reports)
        self.said.update(strip(ev) for ev in mention.evidence)

    def absorb(self, other: CallAcc, keymap: dict[str, str] | None = None) -> CallAcc:
        """Add ``other`` into this accumulator (in place; ``keymap`` renames entity keys of
        ``other``) and return it. Folding many mentions into one call then costs their size,
        not a copy per mention."""
        if keymap:
            self.told_as |= {mapped(p, keymap) for p in other.told_as}
            self.votes |= {(k, a, keymap.get(v, v)) if k == "caller" else (k, a, v) for k, a, v in other.votes}
            self.said |= {rename_report(r, keymap) if isinstance(r, Report) else r for r in other.said}
        else:
            self.told_as |= other.told_as
            self.votes |= other.votes
            self.said |= other.said
        self.articles |= other.articles
        return self

    def copy(self, keymap: dict[str, str] | None = None) -> CallAcc:
        return CallAcc(published=self.published, period=self.period).absorb(self, keymap)

    def touches(self, keymap: dict[str, str]) -> bool:
        """Whether ``keymap`` renames any entity this call names."""
        return bool(keymap) and (
            any(p in keymap for told in self.told_as for p in told)
            or any(k == "caller" and v in keymap for k, _a, v in self.votes)
            or any(isinstance(r, Report) and r.outlet in keymap for r in self.said))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CallAcc):
            return NotImplemented
        return (self.told_as, self.articles, self.votes, self.said, self.published, self.period) == \
            (other.told_as, other.articles, other.votes, other.said, other.published, other.period)

    def voted(self, kind: str) -> set[tuple]:
        """``(article id, value)`` of every vote of ``kind``."""
        return {(a, v) for k, a, v in self.votes if k == kind}

    @property
    def reports(self) -> set[Report]:
        return {r for r in self.said if isinstance(r, Report)}

    @property
    def evidence(self) -> set[Evidence]:
        return {e for e in self.said if isinstance(e, Evidence)}


def mapped(participants: tuple[str, ...], keymap: dict[str, str]) -> tuple[str, ...]:
    renamed = tuple(sorted({keymap.get(p, p) for p in participants}))
    return renamed if len(renamed) >= 2 else participants  # never collapse a call to one person


def rename_report(report: Report, keymap: dict[str, str]) -> Report:
    outlet = keymap.get(report.outlet, report.outlet)
    return report if outlet == report.outlet else Report(outlet, report.evidence)
