"""Which ministers a portfolio names: ``holds_portfolio(role, holds, excluded)``.

"The foreign minister", "the Danish top diplomat" refer to a person the article names with that
portfolio (``minister_roles`` of ``data/lexicon/titles.json``), never to a deputy, a former
minister or a ministry's spokesperson (``minister_roles_not``). Read by the entity extractor
(descriptions with a country) and the call rules (the bare role).
"""

from __future__ import annotations

from functools import lru_cache

from kg.resources import lexicon_entries, lexicon_phrases, load_lexicon

__all__ = ["holds_portfolio", "minister_roles", "minister_roles_former", "minister_roles_not"]

# the words a minister's own title holds, beside its portfolio (closed-class: the offices)
_MINISTER_WORDS = ("minister", "secretary")


@lru_cache(maxsize=1)
def minister_roles() -> dict[str, tuple[str, ...]]:
    """A minister's role phrase ("top diplomat") -> the words of the roles that hold it."""
    return {e["phrase"]: tuple(e["holds"]) for e in lexicon_entries(load_lexicon("titles"), "minister_roles")}


@lru_cache(maxsize=1)
def minister_roles_not() -> tuple[str, ...]:
    """The words of a role that make it no minister's own portfolio ("deputy", "former")."""
    return tuple(lexicon_phrases(load_lexicon("titles"), "minister_roles_not"))


@lru_cache(maxsize=1)
def minister_roles_former() -> frozenset[str]:
    """The words of ``minister_roles_not`` that make an office a past one ("former", "then-")."""
    return frozenset(e["phrase"] for e in lexicon_entries(load_lexicon("titles"), "minister_roles_not") if e.get("former"))


def holds_portfolio(role: str | None, holds: tuple[str, ...], excluded: tuple[str, ...] | None = None) -> bool:
    """Whether a person's ``role`` ("Minister of External Affairs") is a minister's or
    secretary's holding one of ``holds`` ("foreign", "external affairs"), and none of
    ``excluded`` (default: ``minister_roles_not``)."""
    if not role:
        return False
    # whole words ("ex" is no part of "external"; "ex-" and "then-" are words of their own)
    held = f" {' '.join(role.casefold().replace('-', ' ').split())} "
    excluded = minister_roles_not() if excluded is None else excluded
    if _holds(held, holds, excluded):
        return True
    # "Deputy Prime Minister and Foreign Minister": two offices, the second a portfolio of its
    # own (a qualifier holds for its own office only, but one opening the title for all of them:
    # "former Deputy Prime Minister and Foreign Minister")
    if " and " not in held or held.split()[0] in minister_roles_former() and held.split()[0] in excluded:
        return False
    return any(_holds(f" {part.strip()} ", holds, excluded) for part in held.split(" and "))


def _holds(held: str, holds: tuple[str, ...], excluded: tuple[str, ...]) -> bool:
    return any(f" {w} " in held for w in holds) and any(f" {w} " in held for w in _MINISTER_WORDS) \
        and not any(f" {w} " in held for w in excluded)
