"""A request for a call, and its refusal: ``call_request(v, lex, cue) -> Request | None``.

"A request by X for a phone call", "X's request for a call with Y", "his request for a call"
name who asked for the call: its caller, whether or not it was held. When the request is turned
down ("Y rejected X's request for a call", "a request by X for a call was turned down by Y",
"... went unanswered") the call was attempted, and the one who turned it down is the other
side: a person, or a country standing for its leader ("turned down by Varnia").

Only the noun phrase right before the call's "for" counts: the request noun with its
requester before it (a possessive) or after it ("by X", "from X"). The refusal is a verb of
the lexicon's ``request_refusals`` right before that phrase (active, its subject the refuser)
or after the call's phrase ("was turned down by Y", passive, its agent the refuser).
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.calls.cues import Cue
from kg.extract.calls.lexicon import Lexicon
from kg.extract.calls.view import NAME, PRONOUN, ROLE, PersonNP, SentView
from kg.model import EntityKind

__all__ = ["Request", "call_request"]

# the auxiliaries of a passive ("was turned down", "had been rejected"): closed-class grammar
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "being", "be"})
_DETERMINERS = frozenset({"a", "an", "the"})


@dataclass(frozen=True, slots=True)
class Request:
    requester: PersonNP | None  # who asked for the call (its caller)
    refused: bool = False  # turned down, rebuffed, unanswered: the call was attempted
    refuser: PersonNP | None = None  # the person who turned it down
    refuser_country: str | None = None  # the country's entity key, when a country did


def call_request(v: SentView, lex: Lexicon, cue: Cue) -> Request | None:
    """The request for the call of the noun ``cue``, when the sentence tells one."""
    if lex.request_nouns.isdisjoint(v.lower):
        return None  # (most sentences: no request noun at all)
    k = cue.start - 1
    while k >= v.start and k >= cue.start - 4 and v.low(k) != "for":
        low = v.low(k)
        if not (low in _DETERMINERS or low in lex.medium_words or low in lex.noun_modifiers):
            return None
        k -= 1
    if k < v.start or v.low(k) != "for":
        return None
    requester, opens = _requester(v, lex, k)
    if opens is None:
        return None
    refused, refuser, country = _refused_before(v, lex, opens)
    if not refused:
        refused, refuser, country = _refused_after(v, lex, cue.end)
    return Request(requester, refused, refuser, country)


def _requester(v: SentView, lex: Lexicon, for_at: int) -> tuple[PersonNP | None, int | None]:
    """(who asked, where the request's phrase opens) for the phrase ending right before "for"."""
    k = for_at - 1
    np = v.np(k)
    if np is not None and np.end == for_at and np.kind in (NAME, ROLE, PRONOUN) and v.low(np.start - 1) in ("by", "from"):
        # "a request by X for a call", "requests from the premier for a call", "a request last
        # week from X for a call" (a date between)
        dated = v.dated()
        noun = np.start - 2
        while noun >= v.start and noun > np.start - 7 and noun in dated:
            noun -= 1
        if v.low(noun) in lex.request_nouns:
            opens = _modifiers_start(v, lex, noun, 3)  # "a fresh request", "the latest requests"
            return np, opens - 1 if v.low(opens - 1) in _DETERMINERS else opens
    if v.low(k) not in lex.request_nouns:
        return None, None
    j = _modifiers_start(v, lex, k, 2) - 1  # "an earlier request", "a fresh request"
    owner = v.np(j)
    if owner is not None and owner.possessive and owner.end == j + 1:
        return owner, owner.start  # "X's request for a call", "his request for a call"
    if v.low(j) in ("'s", "’s") and (owner := v.np(j - 1)) is not None and owner.end == j:
        return owner, owner.start
    if v.low(j) in _DETERMINERS:
        return None, j  # "a request for a call": no one named
    return None, j + 1


def _modifiers_start(v: SentView, lex: Lexicon, noun: int, most: int) -> int:
    """Where the modifiers (``most`` at most) right before the request noun at ``noun`` open."""
    opens = noun
    while opens - 1 >= v.start and opens > noun - most and v.low(opens - 1) in lex.noun_modifiers:
        opens -= 1
    return opens


def _refused_before(v: SentView, lex: Lexicon, opens: int) -> tuple[bool, PersonNP | None, str | None]:
    """ "Y rejected X's request for a call": a refusal verb right before the request's phrase,
    its subject right before it."""
    for length in (2, 1):
        at = opens - length
        if at >= v.start and lex.request_refusals.match(v.lower, at - v.start) == length:
            np = v.np(at - 1)
            if np is not None and np.end == at and not np.possessive:
                return True, np, None
            country = v.others.get(at - 1)
            if country is not None and country.kind is EntityKind.COUNTRY and country.end == at:
                return True, None, country.key
            return True, None, None
    return False, None, None


def _refused_after(v: SentView, lex: Lexicon, end: int) -> tuple[bool, PersonNP | None, str | None]:
    """ "... for a video call with Y was turned down by her office", "... went unanswered": a passive
    refusal after the call's phrase (dates, "with Y" and the like between), its agent if named."""
    for k in range(end, min(v.end, end + 9)):
        low = v.low(k)
        if low in (",", ";", ".", ":") or low in lex.clause_breaks:
            return False, None, None
        n = lex.request_refusals.match(v.lower, k - v.start)
        if not n:
            continue
        if v.low(k - 1) not in _PASSIVE and v.low(k - 1) not in lex.request_refusal_bridges:
            continue  # "a request for a call with X, who declined": not the request's verb
        if v.low(k + n) != "by":
            return True, None, None
        np = v.np(k + n + 1)
        if np is not None and np.start == k + n + 1:
            return True, np, None
        country = v.others.get(k + n + 1)
        if country is not None and country.kind is EntityKind.COUNTRY:
            return True, None, country.key
        return True, None, None
    return False, None, None
