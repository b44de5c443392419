"""The leaders' call network as plain data, and the choice of which leaders a picture shows.

Owns ``LeaderCall`` (one call: its IRI, date and the leaders on it), ``CallNetwork`` (the leaders
shown, their call counts and the calls between each pair) and ``select_network``, which keeps a
leader's neighbourhood and/or the ``top`` most connected leaders. Leaders are IRIs (strings);
nothing here touches RDF, so any reader (SPARQL over a file or a store, a test) can feed it.

"Most connected" ranks by number of calls, then by number of distinct partners, then by name:
the same order as the picture's node sizes. A leader's count is all of their calls that passed
the reader's filters (dates, statuses), with shown and hidden leaders alike; an edge counts the
calls a pair shared. A call with three shown leaders links each pair once.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from itertools import combinations

from kg.errors import InputError, Plot
from kg.spelling import ascii_name

__all__ = ["DEFAULT_TOP", "LeaderCall", "CallNetwork", "select_network", "find_leader", "rank_leaders"]

#: Leaders a picture shows unless told otherwise: a ring or a spring layout of this many stays
#: readable at the default size; more are drawn on a bigger canvas.
DEFAULT_TOP = 40


@dataclass(frozen=True, slots=True)
class LeaderCall:
    """One call between two or more leaders: its IRI, date (None when unknown), leader IRIs."""

    call: str
    date: date | None
    leaders: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CallNetwork:
    """The leaders a picture shows (ordered by IRI) and the calls between them.

    ``calls_per_leader`` counts every call of a shown leader; ``calls_per_pair`` and ``calls``
    only the calls with two or more shown leaders; ``total_leaders`` is how many leaders the
    calls had, ``candidates`` how many the ``top`` were chosen from (all of them, or the focus
    leader and its partners).
    """

    labels: dict[str, str]
    calls_per_leader: dict[str, int]
    calls_per_pair: dict[tuple[str, str], int]
    calls: int
    total_leaders: int
    candidates: int
    focus: str | None = None


def rank_leaders(calls: Iterable[LeaderCall], labels: Mapping[str, str]) -> list[str]:
    """Every leader on ``calls``, most connected first (calls, partners, then name and IRI)."""
    per_leader, partners = _counts(calls)
    return sorted(
        per_leader, key=lambda x: (-per_leader[x], -len(partners[x]), _fold(labels.get(x, x)), x)
    )


def select_network(
    calls: Iterable[LeaderCall],
    labels: Mapping[str, str],
    *,
    top: int | None = None,
    leader: str | None = None,
) -> CallNetwork:
    """The network of ``calls`` restricted to ``leader`` and its partners (when given), then to
    the ``top`` most connected leaders (``None`` or 0: all). The focus leader is always kept."""
    calls = list(calls)
    per_leader, partners = _counts(calls)
    order = rank_leaders(calls, labels)
    if leader is not None:
        if leader not in per_leader:
            raise InputError(Plot.LEADER_NO_CALL, f"{labels.get(leader, leader)} has no call in the selection")
        near = partners[leader] | {leader}
        order = [leader] + [x for x in order if x in near and x != leader]
    candidates = len(order)
    if top:
        order = order[:top]
    shown = set(order)
    per_pair: Counter = Counter()
    drawn = 0
    for call in calls:
        on = sorted(set(call.leaders) & shown)
        if len(on) >= 2:
            drawn += 1
            per_pair.update(combinations(on, 2))
    keep = sorted(shown)
    return CallNetwork(
        labels={x: labels.get(x) or _last_segment(x) for x in keep},
        calls_per_leader={x: per_leader[x] for x in keep},
        calls_per_pair={pair: per_pair[pair] for pair in sorted(per_pair)},
        calls=drawn,
        total_leaders=len(per_leader),
        candidates=candidates,
        focus=leader,
    )


def find_leader(name: str, names: Mapping[str, Iterable[str]]) -> str:
    """The IRI of the leader called ``name``, matched against every name in ``names``
    (IRI -> label first, then alternative names), ignoring case and accents.

    A whole name wins ("Lula", "luiz inácio lula da silva"); otherwise the leaders with a name
    holding ``name`` as whole words ("Putin" in "Vladimir Putin"). ``InputError`` when no leader
    or several match, with the names that come closest.
    """
    wanted = _fold(name)
    if not wanted:
        raise InputError(Plot.LEADER_EMPTY, "--leader needs a name, e.g. --leader Putin")
    listed = {iri: list(ns) or [_last_segment(iri)] for iri, ns in names.items()}
    folded = {iri: {_fold(n) for n in ns} for iri, ns in listed.items()}
    exact = sorted(iri for iri, ns in folded.items() if wanted in ns)
    if len(exact) == 1:
        return exact[0]
    words = f" {wanted} "
    partial = exact or sorted(iri for iri, ns in folded.items() if any(words in f" {n} " for n in ns))
    if len(partial) == 1:
        return partial[0]
    if partial:
        which = ", ".join(sorted(listed[iri][0] for iri in partial))
        raise InputError(Plot.LEADER_AMBIGUOUS, f"--leader {name!r} names several leaders: {which}; give the full name")
    every = sorted({n for ns in listed.values() for n in ns})
    starts = [n for n in every if any(w.startswith(wanted) for w in _fold(n).split())]
    close = list(dict.fromkeys(starts + difflib.get_close_matches(name, every, n=5, cutoff=0.6)))[:5]
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise InputError(Plot.LEADER_UNKNOWN, f"--leader {name!r}: no leader with a call in the selection goes by that name{hint}")


# --- helpers ---------------------------------------------------------------------------------


def _counts(calls: Iterable[LeaderCall]) -> tuple[Counter, dict[str, set[str]]]:
    per_leader: Counter = Counter()
    partners: dict[str, set[str]] = {}
    for call in calls:
        on = set(call.leaders)
        per_leader.update(on)
        for x in on:
            partners.setdefault(x, set()).update(on - {x})
    return per_leader, partners


def _fold(text: str) -> str:
    """Lower case, no accents, single spaces: "Zelenskyy" and "zelenskyy", "Sánchez" and "Sanchez"."""
    return " ".join(ascii_name(text.casefold()).split())


def _last_segment(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
