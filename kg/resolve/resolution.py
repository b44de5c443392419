"""``Resolution``: what resolution hands on, entities and calls sorted by key, articles by id."""

from __future__ import annotations

from dataclasses import dataclass

from kg.model import ArticleMeta, Call, Entity

__all__ = ["Resolution"]


@dataclass(frozen=True, slots=True)
class Resolution:
    """The merged corpus: entities and calls sorted by key, articles by id."""

    entities: tuple[Entity, ...] = ()
    calls: tuple[Call, ...] = ()
    articles: tuple[ArticleMeta, ...] = ()
