"""The hand annotation ("gold") that ``kg.evaluate.score`` scores a graph against.

Owns reading the annotation (the format of ``tests/data/seeds-gold.json``), matching names
found in a graph to the annotation's canonical names, matching article identifiers to its
files, and folding per-article call mentions into real-world events.

Format, per article file name: ``published``; ``entities`` (``name``, ``type`` in
Leader/Person/Outlet/Country/Organization, ``aliases``); ``calls`` (``id``, ``event``,
``participants``, ``caller``, ``date``, ``status``, ``required``); ``reported_by`` (``call``,
``outlet``, ``required``). Mentions of one real call in several articles share ``event``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from kg.errors import Evaluate, InputError

__all__ = ["Gold", "GoldEvent", "GoldMention", "load_gold", "norm"]

# Identifiers may carry the input file's extension or not.
_EXTENSION = re.compile(r"\.(txt|json|jsonl|html?)$")


def norm(name: str) -> str:
    """Fold a name for matching: no accents, no case, no possessive, no punctuation, no "the"."""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[’'`]s\b", "", text)
    text = re.sub(r"[^0-9a-z]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


@dataclass(frozen=True, slots=True)
class GoldMention:
    """One call as one article tells it."""

    article: str
    id: str
    event: str
    participants: tuple[str, ...]  # in the annotation's order
    date: str | None
    status: str | None
    required: bool


@dataclass(slots=True)
class GoldEvent:
    """One real-world call, gathered from every article that tells it."""

    id: str
    articles: set[str] = field(default_factory=set)
    participants: set[str] = field(default_factory=set)
    required: bool = False
    date: str | None = None
    status: str | None = None
    outlets: dict[str, bool] = field(default_factory=dict)  # outlet -> required

    @property
    def counted(self) -> bool:
        """Events the event-level figures count: plainly stated calls that took place."""
        return self.required and self.status == "occurred"


class Gold:
    """An annotation, indexed for scoring. Build it with :func:`load_gold`."""

    def __init__(self, data: dict):
        self.articles: dict[str, dict] = data["articles"]
        self.types: dict[str, str] = {}
        self._alias = self._alias_table()
        self._by_last: dict[str, set[str]] = defaultdict(set)
        for name in self.types:
            self._by_last[norm(name).split(" ")[-1]].add(name)
        self.mentions, self.events = self._fold_calls()

    def _alias_table(self) -> dict[str, str]:
        alias: dict[str, str] = {}
        ambiguous: set[str] = set()
        for art in self.articles.values():
            for ent in art.get("entities", []):
                self.types.setdefault(ent["name"], ent["type"])
                for text in [ent["name"], *ent.get("aliases", [])]:
                    key = norm(text)
                    if alias.get(key, ent["name"]) != ent["name"]:
                        ambiguous.add(key)
                    alias[key] = ent["name"]
        # A name two entities share identifies neither.
        return {k: v for k, v in alias.items() if k not in ambiguous}

    def _fold_calls(self) -> tuple[list[GoldMention], dict[str, GoldEvent]]:
        mentions: list[GoldMention] = []
        events: dict[str, GoldEvent] = {}
        for fname, art in self.articles.items():
            calls = {c["id"]: c for c in art.get("calls", [])}
            for c in calls.values():
                mention = GoldMention(fname, c["id"], c["event"], tuple(c["participants"]),
                                      c.get("date"), c.get("status"), bool(c.get("required")))
                mentions.append(mention)
                ev = events.setdefault(c["event"], GoldEvent(c["event"]))
                ev.articles.add(fname)
                ev.participants.update(mention.participants)
                ev.required |= mention.required
                ev.date = ev.date or mention.date
                ev.status = ev.status or mention.status
            for rb in art.get("reported_by", []):
                ev = events[calls[rb["call"]]["event"]]
                ev.outlets[rb["outlet"]] = ev.outlets.get(rb["outlet"], False) or bool(rb.get("required"))
        return mentions, events

    def resolve(self, labels: list[str]) -> str | None:
        """The canonical name one of ``labels`` stands for: an alias, else a unique last name."""
        for label in labels:
            hit = self._alias.get(norm(label))
            if hit:
                return hit
        for label in labels:
            last = norm(label).split(" ")[-1]
            if last and len(self._by_last.get(last, ())) == 1:
                return next(iter(self._by_last[last]))
        return None

    def article_for(self, ident: str) -> str | None:
        """The annotated article an identifier (file name, with or without extension, or IRI) names."""
        stem = _EXTENSION.sub("", PurePosixPath(str(ident)).name)
        for fname in self.articles:
            if Path(fname).stem == stem:
                return fname
        return None

    def names_of_type(self, kind: str) -> list[str]:
        return [n for n, t in self.types.items() if t == kind]


def load_gold(gold: dict | Path | str) -> Gold:
    """Read an annotation from a dict or a JSON file; raise ``InputError`` when unusable."""
    if not isinstance(gold, dict):
        path = Path(gold)
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
            raise InputError(Evaluate.GOLD_UNREADABLE, f"cannot read the annotation {path}: {err}") from err
    try:
        return Gold(gold)
    except (KeyError, TypeError, AttributeError) as err:
        raise InputError(
            Evaluate.GOLD_FORMAT,
            f"the annotation is not in the expected format ({type(err).__name__}: {err}); "
            "see tests/data/seeds-gold.json for an example",
        ) from err
