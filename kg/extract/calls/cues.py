"""Finding the words of a sentence that tell of a call: ``find_cues(view) -> tuple[Cue, ...]``.

A cue is one of:
- a verb that places a call on its object ("phoned", "called X", "dialled"; ``CALL_VERB``);
- a verb of reaching someone ("reached X by phone"; ``CONTACT_VERB``, weak by itself);
- a verb of talking ("spoke", "held talks"; ``TALK_VERB``, weak by itself);
- a call noun with what stands before it ("a 20-minute telephone conversation", "Biden's
  call", "received a call from"; ``NOUN``): strong when the noun is ("call") or when a medium
  word qualifies it ("telephonic conversation", "virtual summit"), weak otherwise, and no cue at
  all for a meeting with no medium word;
- a phrase saying a talk was by phone or video ("by phone", "over a video link"; ``ADVERBIAL``).

Traps are left out here: "a call for calm", "call centre", "wake-up call", "called for",
"called off", "so-called", and "called X a liar".
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.extract.calls.lexicon import Lexicon, LightVerb, NounInfo
from kg.extract.calls.view import NAME, PRONOUN, ROLE, GROUP, PersonNP, SentView
from kg.model import CallMedium

__all__ = ["Cue", "find_cues", "CALL_VERB", "CONTACT_VERB", "TALK_VERB", "NOUN", "ADVERBIAL"]

CALL_VERB, CONTACT_VERB, TALK_VERB, NOUN, ADVERBIAL = "call_verb", "contact_verb", "talk_verb", "noun", "adverbial"
_DETERMINERS = {"a", "an", "the", "this", "that", "their", "his", "her", "its", "our", "my", "these", "those", "another", "what"}
_DEFINITE = {"the", "this", "that", "their", "his", "her", "its", "our", "my", "these", "those"}
_MODIFIERS = {"first", "second", "third", "latest", "last", "recent", "brief", "short", "long", "lengthy", "hour-long",
              "minute", "minutes", "hour", "hours", "-", "same", "whole", "entire", "reported", "planned", "cordial",
              "warm", "frank", "friendly", "productive", "rare", "surprise", "unusual", "direct", "separate", "joint",
              "private", "official", "congratulatory", "trilateral", "bilateral", "three-way", "four-way", "multilateral",
              "emergency", "two", "three", "four", "five", "several", "further", "new", "historic", "lengthy", "tense",
              "and", "urgent", "late-night", "early-morning", "weekend", "extraordinary", "previous", "earlier", "next",
              "work", "working", "good", "very", "constructive", "detailed", "substantive", "'", "’", "“", "”", '"',
              "positive", "courtesy", "follow-up", "follow", "up", "initial", "introductory", "one-hour", "half-hour"}
_COMPLEMENT = {"a", "an", "the", "his", "her", "one", "out", "names", "“", '"', "‘", "'", "liar", "traitor", "fool",
               "dictator", "criminal", "terrorist"}


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    start: int
    end: int
    strong: bool
    medium: CallMedium = CallMedium.UNSPECIFIED
    plural: bool = False
    definite: bool = False  # "the call", "their conversation": a call told before, or about to be
    possessor: PersonNP | None = None  # "Biden's call", "his call"
    light: LightVerb | None = None  # the verb before a call noun ("received", "held")
    light_start: int | None = None
    in_person: bool = False  # a meeting noun with no medium word ("summit")
    passive: bool = False  # "was called by X"


def _noun_cue(v: SentView, lex: Lexicon, i: int, n: int, info: NounInfo) -> Cue | None:
    end = i + n
    medium = info.medium
    strong = info.strength == "strong"
    j = i - 1
    seen = 0
    # medium words and other modifiers before the noun: "the 20-minute telephonic conversation"
    while j >= v.start and seen < 6:
        low = v.low(j)
        if low in lex.medium_words:
            if lex.medium_words[low] is not CallMedium.UNSPECIFIED:
                medium = lex.medium_words[low]
            strong = True
        elif not (low in _MODIFIERS or v.tok(j).replace(".", "").isdigit() or low.endswith("-minute") or low.endswith("-hour")
                  or low in _WEEKDAYS or (v.tok(j)[:1].isupper() and v.np(j) is None and j + 1 < i + 1
                                           and any(c.isdigit() for c in v.tok(j)) or v.tok(j).isupper() and len(v.tok(j)) > 1)):
            break  # a name may stand in ("a virtual “I2U2 Summit”", "the G20 video summit")
        j -= 1
        seen += 1
    if info.strength == "in_person" and not strong:
        return Cue(NOUN, i, end, False, medium, info.plural, in_person=True)
    if _trap_before(v, lex, i):
        return None  # "wake-up call", "close call", "roll call"
    after = v.low(end)
    # "a call for calm", "call centre": traps of the word "call" itself ("a conference on Ukraine" is none)
    if v.low(i) in ("call", "calls") and lex.traps_after.match(v.lower, end - v.start):
        dated = after == "on" and (any(d.start == end + 1 or d.start == end for d in v.dates) or v.low(end + 1) in _WEEKDAYS)
        if not dated:
            return None
    det = v.low(j)
    possessor = None
    np = v.np(j)
    if np is None and det in ("'s", "’s"):
        np = v.np(j - 1)  # "the President's call"
        if np is not None and np.end == j:
            np = replace(np, possessive=True, end=j + 1)
    if np is not None and np.possessive and np.end == j + 1:
        possessor = np
    elif det in ("his", "her", "their", "our", "my"):
        possessor = v.np(j)
    definite = det in _DEFINITE or possessor is not None
    # the verb before the call noun: "received a call", "held phone talks", "had a 20-minute call"
    light, light_start = None, None
    k = j if det not in _DETERMINERS else j - 1
    for back in range(0, 4):
        pos = k - back
        if pos < v.start:
            break
        for length in (2, 1):
            m, value = lex.light_verbs.lookup(v.lower, pos - v.start - length + 1)
            if m == length and pos - length + 1 >= v.start:
                light, light_start = value, pos - length + 1
                break
        if light is not None:
            break
        if v.low(pos) not in _MODIFIERS and v.low(pos) not in ("also", "reportedly", "briefly", "then", "later", "recently", "just", "earlier", "both", "first", "again", "previously", "not", "n't", "never", "already", "separately"):
            break
    return Cue(NOUN, i, end, strong, medium, info.plural, definite=definite, possessor=possessor,
               light=light, light_start=light_start)


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _trap_before(v: SentView, lex: Lexicon, i: int) -> bool:
    """A trap phrase ends right before token ``i``."""
    for k in range(max(v.start, i - 4), i):
        n = lex.traps_before.match(v.lower, k - v.start)
        if n and k + n == i:
            return True
    return False


def _person_after(v: SentView, j: int, limit: int = 6) -> PersonNP | None:
    """The person phrase starting at or shortly after ``j`` (titles are part of the phrase)."""
    end = min(v.end, j + limit)
    while j < end:
        np = v.np(j)
        if np is not None:
            return np if np.kind in (NAME, PRONOUN, ROLE, GROUP) else None
        if v.low(j) not in ("up", "back", "again", "personally", "directly", "separately", "also", "then", "later"):
            return None
        j += 1
    return None


def _call_verb(v: SentView, lex: Lexicon, i: int) -> Cue | None:
    low = v.low(i)
    medium, needs_person = lex.call_verbs[low]
    nxt = v.low(i + 1)
    prev = v.low(i - 1)
    if prev in ("the", "a", "an", "by", "via", "his", "her", "their", "its", "on", "over", "-") or prev in lex.medium_words and low in ("call", "calls"):
        return None  # a noun: "the phone", "by telephone", "phone calls"
    if lex.nouns.match(v.lower, i + 1 - v.start) or nxt in lex.medium_words and low in ("phone", "telephone"):
        return None  # "phone call", "telephone conversation": the noun is the cue
    if prev == "-" or (prev == "so" and v.low(i - 1) == "so"):
        return None
    if nxt in lex.called_not_before and v.np(i + 1) is None:
        return None
    passive = prev in ("was", "were", "been", "being", "is", "be", "got")
    if passive:
        return Cue(CALL_VERB, i, i + 1, True, medium, passive=True)
    obj = _person_after(v, i + 1)
    if obj is not None:
        if obj.kind == PRONOUN and obj.word in ("his", "her", "their", "its", "my", "our", "i", "we", "he", "she", "they"):
            obj = None if obj.word in ("i", "we", "he", "she", "they") else obj
        # "called him a liar": only "call" takes a complement ("phoned him the day before" does not)
        naming = low in ("call", "calls", "called", "calling") and obj is not None \
            and not any(d.start == obj.end for d in v.dates)  # "called him the day before"
        if naming and obj is not None and obj.kind == PRONOUN and v.low(obj.end) in _COMPLEMENT | {"names"}:
            return None  # "called him a liar"
        if naming and obj is not None and obj.kind == NAME and v.low(obj.end) in _COMPLEMENT and v.low(obj.end) != "'":
            return None  # "called Zelensky a dictator"
        if obj is not None:
            return Cue(CALL_VERB, i, i + 1, True, medium)
    if nxt == "to" and v.tok(i + 2).isalpha() and v.tok(i + 2).islower() and v.low(i + 2) not in ("the", "a", "an", "be"):
        return Cue(CALL_VERB, i, i + 1, True, medium)  # "called to congratulate him"
    if not needs_person and nxt not in lex.called_not_before:
        return Cue(CALL_VERB, i, i + 1, True, medium)  # "the king phoned on Monday"
    return None


def find_cues(v: SentView, lex: Lexicon) -> tuple[Cue, ...]:
    out: list[Cue] = []
    i = v.start
    lower = v.lower
    while i < v.end:
        low = lower[i - v.start]
        if not lex.is_call_word(low):
            i += 1
            continue
        # "by phone", "over the phone", "via video link" (not followed by a call noun)
        if low in lex.adverbial_preps:
            k = i + 1
            if v.low(k) in lex.adverbial_articles:
                k += 1
            n, medium = lex.adverbial_nouns.lookup(lower, k - v.start)
            if n and low == "in" and v.low(k + n - 1) not in ("format", "mode"):
                n = 0  # "in virtual format"; but "in a video call" is a call noun's own phrase
            if n and not lex.nouns.match(lower, k + n - v.start) and v.low(k + n) not in lex.medium_words:
                out.append(Cue(ADVERBIAL, i, k + n, True, medium))
                i = k + n
                continue
        if low in lex.call_verbs:
            cue = _call_verb(v, lex, i)
            if cue is not None:
                out.append(cue)
                i += 1
                continue
        n = lex.contact_verbs.match(lower, i - v.start)
        if n and _person_after(v, i + n) is not None and v.low(i - 1) not in _DETERMINERS:
            out.append(Cue(CONTACT_VERB, i, i + n, False))  # "would later contact Zelensky"
            i += n
            continue
        n, info = lex.nouns.lookup(lower, i - v.start)
        if n:
            cue = _noun_cue(v, lex, i, n, info)
            if cue is not None:
                out.append(cue)
            i += n
            continue
        n = lex.talk_verbs.match(lower, i - v.start)
        if n:
            out.append(Cue(TALK_VERB, i, i + n, False))
            i += n
            continue
        i += 1
    # a meeting held by video: "joined the meeting between X and Y via video"
    adverbials = [c for c in out if c.kind == ADVERBIAL]
    if adverbials:
        out = [replace(c, strong=True, in_person=False, medium=adverbials[0].medium)
               if c.in_person and any(abs(a.start - c.end) <= 12 for a in adverbials) else c for c in out]
    return tuple(out)
