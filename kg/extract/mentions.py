"""The records of the entity stage within one article: mentions, entity builders, the index.

``Mention`` is one stretch of tokens naming an entity; ``Builder`` gathers what the article
says of one entity until it is frozen into an ``EntityRef``; ``EntityIndex`` is what the call
extractor reads. ``norm_name`` folds names into the keys the resolver merges on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.model import ArticleMeta, EntityKind, EntityRef, OutletKind
from kg.resources import GazEntry
from kg.spelling import ascii_name

__all__ = ["Mention", "Builder", "EntityIndex", "norm_name", "person_key_form", "strip_possessive", "gaz_builder", "PERSON_KINDS",
           "former_role"]

_POSSESSIVE = re.compile(r"(?:['’`]s|['’])$")
_NICKNAME = re.compile(r"\s+[\"“][^\"“”]{1,30}[\"”]\s+")
_MARKS = frozenset("'’`\"“")  # every match of either pattern holds one of these
PERSON_KINDS = (EntityKind.LEADER, EntityKind.PERSON)


def former_role(role: str | None) -> bool:
    """The role is one held before ("former Prime Minister", as ``gaz_builder`` writes the role of
    one out of office on the article's day, or "ex-president")."""
    return (role or "").casefold().startswith(("former", "ex-"))


@lru_cache(maxsize=1 << 16)  # names recur across an article and a corpus
def norm_name(text: str) -> str:
    """Case-, accent- and punctuation-folded form used in keys."""
    folded = ascii_name(text).casefold()
    folded = re.sub(r"[’'`]s\b", "", folded)
    folded = re.sub(r"(?<=[a-z])[’'`](?=[a-z])", "", folded)  # "Shara'a" and "Sharaa" are one name
    return re.sub(r"[^0-9a-z]+", " ", folded).strip()


@lru_cache(maxsize=1 << 14)
def person_key_form(text: str) -> str:
    """``norm_name`` with Arabic particles made one ("El Sisi", "al-Sisi" -> "al sisi")."""
    return re.sub(r"\b(?:el|al)\b", "al", norm_name(text))


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # token offsets in the Doc
    end: int
    start_char: int
    end_char: int
    key: str
    kind: EntityKind
    text: str


@dataclass
class Builder:
    key: str
    name: str
    kind: EntityKind
    role: str | None = None
    country: str | None = None
    wikidata: str | None = None
    outlet_kind: OutletKind | None = None
    forms: set[str] = field(default_factory=set)
    spans: list[tuple[int, int]] = field(default_factory=list)

    def freeze(self) -> EntityRef:
        return EntityRef(
            key=self.key, name=self.name, kind=self.kind, role=self.role, country=self.country,
            wikidata=self.wikidata, outlet_kind=self.outlet_kind,
            aliases=tuple(sorted(self.forms - {self.name})), mentions=tuple(sorted(set(self.spans))),
        )


@dataclass
class EntityIndex:
    """The article's entities and their mentions in document order."""

    mentions: list[Mention]
    entities: dict[str, Builder]
    adjectives: dict[int, str] = field(default_factory=dict)  # token -> country of "Russian", "Qatari"

    def refs(self) -> tuple[EntityRef, ...]:
        return tuple(b.freeze() for _, b in sorted(self.entities.items()))

    def kind(self, key: str) -> EntityKind:
        return self.entities[key].kind

    def country(self, key: str) -> str | None:
        return self.entities[key].country


def strip_possessive(text: str) -> str:
    """A name without its possessive ending and without a quoted nickname inside it
    ('Tala "Tee" Voss's' is "Tala Voss"): the nickname is how the press styles the name,
    not a part that tells two people apart."""
    if _MARKS.isdisjoint(text):
        return text.strip()  # (most names: no mark either pattern needs, no regex run)
    return _POSSESSIVE.sub("", _NICKNAME.sub(" ", text)).strip()


def gaz_builder(entry: GazEntry, meta: ArticleMeta) -> Builder:
    day = meta.published
    return Builder(
        key=entry.key, name=entry.name, kind=entry.kind,
        role=entry.role_on(day) if entry.kind in PERSON_KINDS else entry.role,
        country=entry.country_on(day), wikidata=entry.wikidata, outlet_kind=entry.outlet_kind,
    )
