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

import re

from dataclasses import dataclass

from kg.extract.calls.lexicon import Lexicon, LightVerb, NounInfo
from kg.extract.calls.view import NAME, NAMED_TIMES, PRONOUN, ROLE, GROUP, PersonNP, SentView
from kg.extract.dates import day_parts, narrative_weekday
from kg.model import CallMedium, EntityKind
from kg.extract.calls.records import replace  # (dataclasses.replace, quicker for slotted records)

__all__ = ["Cue", "find_cues", "after_ordinal_to", "is_clock", "clock_suffix", "named_in_apposition", "dash_apposition", "titled_description_then_name", "CALL_VERB", "CONTACT_VERB", "TALK_VERB", "NOUN", "ADVERBIAL"]

CALL_VERB, CONTACT_VERB, TALK_VERB, NOUN, ADVERBIAL = "call_verb", "contact_verb", "talk_verb", "noun", "adverbial"
# The word lists are the lexicon's (calls.json noun_modifiers, called_complements ...,
# discourse.json determiners ...); punctuation inside a call's noun phrase ('a 40-minute
# call', a quoted 'historic' call) or opening a name after "called" is grammar and stays here.
_MODIFIER_PUNCT = frozenset({"-", "'", "’", "“", "”", '"'})
_COMPLEMENT_PUNCT = frozenset({"“", '"', "‘", "'"})


def _modifier(lex: Lexicon, low: str) -> bool:
    return low in lex.noun_modifiers or low in _MODIFIER_PUNCT


# a time of day ("9am", "10.30", "9 a.m.", "21:00 GMT"): digits and clock suffixes are closed-class
# grammar of the tokenizer's output, not vocabulary of a lexicon
_CLOCK = re.compile(r"^\d{1,2}(?:[:.]\d{2})?(?:[ap]\.?m\.?)?$")
_CLOCK_SUFFIXES = frozenset({"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc", "hrs"})


def tells_a_time(v: SentView, lex: Lexicon) -> bool:
    """The sentence sets something at a time of day: "at 4 p.m.", "at about 9am"."""
    return _time_after(v, lex, v.start, v.end, _AT)


def is_clock(tok: str) -> bool:
    """A time of day written as one token: "8", "8:00", "20.30"."""
    return _CLOCK.match(tok) is not None


def clock_suffix(tok: str) -> bool:
    """A word that follows a time of day's digits: "pm", "a.m.", "GMT" (lower-cased)."""
    return tok in _CLOCK_SUFFIXES


# the prepositions that set something at a time of day (closed-class grammar): not a live blog's
# entry stamp ("12:05 GMT - ...") nor a score
_AT_TIME = frozenset({"at", "after", "before", "around", "by", "until", "till", "past"})


def time_of_day_in(v: SentView, lex: Lexicon, lo: int, hi: int) -> bool:
    """A time of day set by a preposition between tokens ``lo`` and ``hi`` ("shortly after
    8am", "at about 10.30 p.m.")."""
    return _time_after(v, lex, lo, hi, _AT_TIME)


_AT = frozenset({"at"})


def past_midnight(v: SentView) -> bool:
    """ "just after midnight", "past midnight": a time of the day after the one before it."""
    return any(v.low(k) == "midnight" and v.low(k - 1) in ("after", "past") for k in range(v.start + 1, v.end))


def _time_after(v: SentView, lex: Lexicon, lo: int, hi: int, prepositions: frozenset[str]) -> bool:
    """A time of day right after one of ``prepositions``, between tokens ``lo`` and ``hi``."""
    return any(v.low(k - 1) in prepositions and _clock_at(v, lex, k) for k in range(max(lo, v.start + 1), min(hi, v.end)))


def _clock_at(v: SentView, lex: Lexicon, k: int) -> bool:
    """A time of day at token ``k``, after an approximator or not ("about 9am", "10.30 p.m.")."""
    if v.low(k + 1) in lex.clock_hour_words or v.low(k + 2) in lex.clock_hour_words and v.low(k) in lex.duration_words:
        # "at three o'clock", "at about 3 o'clock"
        return v.low(k + (v.low(k + 1) not in lex.clock_hour_words)) in lex.clock_hours
    if v.low(k) in lex.duration_words and not v.tok(k)[:1].isdigit():
        k += 1
    if v.low(k) in lex.clock_hours and (v.low(k + 1) == "in" and v.low(k + 2) == "the" and v.low(k + 3) in day_parts()
                                        or v.low(k + 1) == "at" and v.low(k + 2) in day_parts()):
        return True  # "at around eight in the morning", "at 11 at night": an hour and its part of the day
    tok = v.low(k)
    if tok in NAMED_TIMES:
        return True  # "shortly before midnight", "at noon"
    if not is_clock(tok):
        return False
    return not tok.isdigit() or v.low(k + 1) in _CLOCK_SUFFIXES


def _story_weekday_at(v: SentView, d, k: int) -> bool:
    """A weekday of the story's own days opens at token ``k`` ("called him the previous Friday")."""
    if not 0 < d.start - k <= 2:
        return False
    found = narrative_weekday(d.expression, tuple(v.low(j) for j in range(k, d.start)))
    return found is not None and found.words_before == d.start - k


def _complement(lex: Lexicon, low: str, after: str = "") -> bool:
    """``low`` opens a naming complement; ``after`` is the word after it, which tells a quotation
    mark opening a quoted adjunct ('call him "in the coming days"') from one opening a name."""
    if low in _COMPLEMENT_PUNCT:
        return after not in lex.quoted_adjunct_openers
    return low in lex.called_complements


def _predicate_after(v: SentView, lex: Lexicon, k: int) -> bool:
    """A naming's predicate at token ``k``, right after the person of "call": a lower-case word
    ending the sentence, alone or with one more after "and" ("called X corrupt.", "called X weak
    and dishonest."), that is no time or manner of a call ("again", "often": calls.json
    called_adverbs), no preposition and no "-ly" adverb."""
    word = v.tok(k)
    if not (word.isalpha() and word.islower()) or word.endswith("ly") or v.low(k) in lex.called_adverbs \
            or v.low(k) in lex.governing_prepositions or v.low(k) in lex.call_verb_particles \
            or v.low(k) in lex.clause_adverbs or v.low(k) in lex.weekdays or v.low(k) in ("to", "and", "but", "or"):
        return False
    end = k + 1
    if v.low(end) in ("and", "or") and v.tok(end + 1).isalpha() and v.tok(end + 1).islower() \
            and v.low(end + 1) not in lex.called_adverbs:
        end += 2
    return end >= v.end or v.low(end) in (".", "!", "”", '"') and end + 1 >= v.end - 1


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

    @property
    def verb_start(self) -> int:
        """Where the cue's verb opens: its light verb's ("held a call"), else the cue's own."""
        return self.light_start if self.light_start is not None else self.start


def _after_headline_pair(v: SentView, i: int) -> bool:
    """Token ``i`` follows names coordinated by a bare comma, as telegraphic titles do ("Luxon,
    Albanese call ...", "Dule, Varga call"): the word is their verb, not a noun."""
    last = v.np(i - 1)
    if last is None or last.kind != NAME or last.end != i or last.possessive or v.low(last.start - 1) != ",":
        return False
    first = v.np(last.start - 2)
    return first is not None and first.kind == NAME and first.end == last.start - 1 and not first.possessive


def _noun_cue(v: SentView, lex: Lexicon, i: int, n: int, info: NounInfo) -> Cue | None:
    end = i + n
    if v.low(i - 1) == "to" and v.low(i) in lex.call_verbs and v.low(end) in lex.called_not_before:
        return None  # "X's decision to call up reservists": an infinitive of another verb, no call noun
    medium = info.medium
    strong = info.strength == "strong"
    if info.strength == "in_person" and lex.medium_words.keys().isdisjoint(v.lower[max(0, i - 6 - v.start):i - v.start]):
        # "the summit", "consultations": no medium word among the six before it, which the walk
        # back below reads at most, so a meeting; its dates and person phrases are not needed
        return Cue(NOUN, i, end, False, medium, info.plural, in_person=True)
    j = i - 1
    seen = 0
    own_date = {k for d in v.dates if d.end == i or d.end == i - 1 for k in range(d.start, d.end)}  # "the June 15 call"
    # medium words and other modifiers before the noun: "the 20-minute telephonic conversation"
    while j >= v.start and seen < 6:
        low = v.low(j)
        if j in own_date:
            pass
        elif low in lex.medium_words:
            if lex.medium_words[low] is not CallMedium.UNSPECIFIED:
                medium = lex.medium_words[low]
            strong = True
        elif low in lex.duration_words and j + 1 < i and (v.low(j + 1).endswith(("-minute", "-hour")) or v.tok(j + 1)[:1].isdigit()):
            pass  # "the roughly 30-minute call": a duration's approximator
        elif low == "-" and j + 1 < i and v.low(j + 1) in ("minute", "hour", "long") or \
                low in ("minute", "hour", "long") and v.low(j - 1) == "-":
            pass  # "the 15-minute call" written "15 - minute": the tokenizer's split of a duration
        elif not (_modifier(lex, low) or v.tok(j).replace(".", "").isdigit() or low.endswith("-minute") or low.endswith("-hour")
                  or low in lex.weekdays or (v.tok(j)[:1].isupper() and v.np(j) is None and j + 1 < i + 1
                                           and any(c.isdigit() for c in v.tok(j)) or v.tok(j).isupper() and len(v.tok(j)) > 1)
                  # ("the Vellmark talks": a place's name right after the article, no one's; not
                  # "the Christchurch Call", a name of its own)
                  or v.tok(j)[:1].isupper() and v.tok(j).isalpha() and v.np(j) is None and v.tok(i).islower()
                  and v.low(j - 1) in lex.definite_determiners and j - 1 > v.start):
            break  # a name may stand in ("a virtual “I2U2 Summit”", "the G20 video summit")
        j -= 1
        seen += 1
    if info.strength == "in_person" and not strong:
        return Cue(NOUN, i, end, False, medium, info.plural, in_person=True)
    if _trap_before(v, lex, i) and not _partnered_modifier(v, lex, i, end):
        return None  # "wake-up call", "close call", "roll call"
    if v.low(i) in lex.call_verbs and _after_headline_pair(v, i):
        return None  # "A, B call new PM": a verb of a telegraphic title whose object names no one here
    after = v.low(end)
    # "a call for calm", "call centre": traps of the word "call" itself ("a conference on Ukraine" is none)
    if v.low(i) in ("call", "calls") and lex.traps_after.match(v.lower, end - v.start):
        dated = after == "on" and (any(d.start == end + 1 or d.start == end for d in v.dates) or v.low(end + 1) in lex.weekdays
                                   # "a call on election night": a day told by an event
                                   or v.low(end + 1) in lex.event_day_nouns and v.low(end + 2) in lex.event_day_compounds)
        # ("a video call on the crisis": a call of a medium is no appeal, whatever follows "on";
        # in the body: a headline's call names its people in the text, which tells it)
        if not dated and not (after == "on" and medium is not CallMedium.UNSPECIFIED and not v.headline
                              and v.low(v.end - 1) in (".", "!", '"', "”")):
            return None
    det = v.low(j)
    if j + 1 in own_date and v.low(j + 1) in lex.definite_determiners:
        det = v.low(j + 1)  # "of the June 15 call": the date phrase holds the article
    possessor = None
    np = v.np(j)
    if np is None and det in ("'s", "’s"):
        np = v.np(j - 1)  # "the President's call"
        if np is not None and np.end == j:
            np = replace(np, possessive=True, end=j + 1)
    if np is not None and np.possessive and np.end == j + 1:
        possessor = np
    elif det in lex.possessive_pronouns:
        possessor = v.np(j)
    # "Saturday's call": a day's possessive determines the noun like "the" does
    definite = det in lex.definite_determiners or possessor is not None \
        or det in ("'s", "’s") and j - 1 in own_date
    # the verb before the call noun: "received a call", "held phone talks", "had a 20-minute call"
    light, light_start = None, None
    k = j if det not in lex.determiners else j - 1
    if det == "of" and v.low(j - 1) in lex.call_collectives:
        # "took a string of calls", "took a steady stream of calls": the light verb before the
        # collective, its determiner and an adjective
        at = j - 2 if v.low(j - 2) in lex.determiners else j - 3 if v.tok(j - 2).isalpha() and v.tok(j - 2).islower() \
            and v.low(j - 3) in lex.determiners else None
        k = at - 1 if at is not None else k
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
        if not _modifier(lex, v.low(pos)) and v.low(pos) not in lex.light_verb_adverbs:
            break
    if light is None and v.low(k) == "for" and k - 1 in (dated := v.dated()):
        # "she asked on Monday for a call": a two-word light verb, a date between its words
        p = k - 1
        while p > v.start and p - 1 in dated:
            p -= 1
        if v.low(p - 1) in ("in", "on", "at"):
            p -= 1  # (the date's preposition: grammar)
        m, value = lex.light_verbs.lookup([v.low(p - 1), "for"], 0) if p - 1 >= v.start else (0, None)
        if m == 2:
            light, light_start = value, p - 1
    if light is None and possessor is not None and possessor.kind == NAME and possessor.start > v.start:
        m, value = lex.light_verbs.lookup(v.lower, possessor.start - 1 - v.start)
        if m == 1 and (value.returns or value.caller == "from" and not v.low(possessor.start - 1).endswith("ing")):
            # "returned Y's call", "took Y's call": the verb before the possessor (not a gerund's
            # "footage of X taking Y's call", a picture of a call told before)
            light, light_start = value, possessor.start - 1
    return Cue(NOUN, i, end, strong, medium, info.plural, definite=definite, possessor=possessor,
               light=light, light_start=light_start)



def _partnered_modifier(v: SentView, lex: Lexicon, i: int, end: int) -> bool:
    """A trap of one word that is also a call noun's modifier ("last") leaves the call noun at
    ``i`` a call when its partner follows ("X's last call with Y"; not "the last call for the
    flight", "a wake-up call to Y", nor an appeal "a last call to Y to withdraw")."""
    word = v.low(i - 1)
    if word not in lex.noun_modifiers or lex.traps_before.match(v.lower, i - 1 - v.start) != 1 \
            or any(lex.traps_before.match(v.lower, k - v.start) == i - k for k in range(max(v.start, i - 4), i - 1)):
        return False
    person = _person_after(v, lex, end + 1, 2) if v.low(end) in lex.partner_prepositions else None
    return person is not None and not (v.low(end) == "to" and v.low(person.end) == "to")


def _time_right_after(v: SentView, lex: Lexicon, k: int) -> bool:
    """A span of time (time_after_complement) right after the person called, past words of a
    quantity only ("a few minutes earlier", "a little after ten"; not "a traitor a while ago")."""
    at = lex.time_after_complement.find(v.lower, k + 1 - v.start, k + 5 - v.start)
    return at is not None and all(v.low(j) in lex.duration_words or v.low(j) in lex.determiners or v.tok(j).isdigit()
                                  or v.low(j) in lex.quantity_words for j in range(k, v.start + at))


def the_day_of(v: SentView, lex: Lexicon, k: int) -> bool:
    """ "(called X) the day he was sworn in", "the evening the ferry sank": "the" and a day or a
    part of one at ``k``, then a clause (opened by a pronoun, a determiner or a name; not "the
    day before", "the day of the vote", "the morning star"): when, not what X was called."""
    nxt = v.low(k + 2)
    # (the clause's first word: a pronoun, a determiner or a name; not "the morning star")
    opens = nxt in lex.subject_pronouns or nxt in lex.determiners or v.tok(k + 2)[:1].isupper()
    return v.low(k) == "the" and (v.low(k + 1) in ("day", "week") or v.low(k + 1) in day_parts()) \
        and v.tok(k + 2).isalpha() and opens and nxt not in lex.governing_prepositions and nxt not in lex.clause_adverbs \
        and lex.time_after_complement.match(v.lower, k + 2 - v.start) == 0


def _trap_before(v: SentView, lex: Lexicon, i: int) -> bool:
    """A trap phrase ends right before token ``i``."""
    traps = lex.traps_before
    for k in range(max(v.start, i - 4), i):
        if v.lower[k - v.start] not in traps.firsts:
            continue
        n, value = traps.lookup(v.lower, k - v.start)
        if k + n == i and (value != "topic" or v.low(i + 1) in lex.topic_openers):
            # (a match ends at ``i``; no match, 0, leaves ``k < i``; "had nothing to talk about",
            # not "owed much to calls between A and B")
            return True
    return False


def _person_after(v: SentView, lex: Lexicon, j: int, limit: int = 6) -> PersonNP | None:
    """The person phrase starting at or shortly after ``j`` (titles are part of the phrase)."""
    end = min(v.end, j + limit)
    np = v.after_country(j)
    if np is not None:
        return np
    while j < end:
        np = v.np(j)
        if np is not None:
            return np if np.kind in (NAME, PRONOUN, ROLE, GROUP) else None
        if v.low(j) not in lex.call_verb_particles:
            return None
        j += 1
    return None


def named_in_apposition(v: SentView, lex: Lexicon, j: int, hi: int) -> PersonNP | None:
    """ "phoned the leaders of A and B, X and Y", "will call his counterparts, X and Y", "with the
    ministers of A, B and C – X, Y and Z –": the first person named after the comma, dash or
    colon that closes a plural description starting at ``j`` (a list of countries inside it,
    "of A, B and C", goes on)."""
    for k in range(j, min(v.end, j + 14)):
        low = v.low(k)
        if k >= hi and low not in APPOSITION_DASHES:
            return None
        if low in APPOSITION_MARKS:
            nxt = v.np(k + 1)
            if nxt is not None and nxt.kind == NAME and nxt.start == k + 1 \
                    and lex.group_partners.find(v.lower, j - v.start, k - v.start) is not None:
                return nxt
            if low == "," and _country_at(v, k + 1 + (v.low(k + 1) == "and")):
                continue  # "the leaders of A, B and C, X, Y and Z"
            return None
        if low in (";", ".") or low in lex.clause_openers \
                or (v.np(k) is not None and v.np(k).kind == NAME):
            return None
    return None


def _closes_apposition(v: SentView, lex: Lexicon, k: int) -> bool:
    """Token ``k``, right after a name in apposition, ends it: punctuation, the sentence's end,
    a preposition, "and" or "to" (not a verb of a clause the name opens)."""
    word = v.low(k)
    return k >= v.end or not word[:1].isalpha() or word in lex.governing_prepositions or word in ("and", "to") \
        or any(d.start == k for d in v.dates)


# what closes a plural description before its people's names: a comma, a dash or a colon
APPOSITION_DASHES = frozenset(("–", "—", "-"))
APPOSITION_MARKS = frozenset((",", ":")) | APPOSITION_DASHES


def _country_at(v: SentView, k: int) -> bool:
    m = v.others.get(k)
    return m is not None and m.kind is EntityKind.COUNTRY


def dash_apposition(v: SentView, lex: Lexicon, j: int) -> bool:
    """ "with the ministers of A and B – X and Y – ...": the dash at ``j`` opens the names of a
    plural description before it, not a clause."""
    nxt = v.np(j + 1)
    if nxt is None or nxt.kind != NAME or nxt.start != j + 1:
        return False
    for k in range(j - 1, max(v.start, j - 13) - 1, -1):
        np = v.np(k)
        if np is not None and np.kind == NAME or v.low(k) in (";", "."):
            return False
        if lex.group_partners.match(v.lower, k - v.start):
            return named_in_apposition(v, lex, k, j) is nxt
    return False


def titled_description_then_name(v: SentView, lex: Lexicon, j: int, hi: int) -> PersonNP | None:
    """ "the head of Ostria's military government, General X": a description opened by "the"
    with a title word in it, and the person named after its comma; "Ostria's military ruler,
    General X": one opened by a country's possessive, of a few lower-case words; "Sorn's widow,
    Ilse Sorn": by a name's possessive that stands for no one the rules could tell; "the winner,
    X", "her old rival, X": one with a noun of ``apposed_person_nouns``."""
    country = v.others.get(j)
    end = country.end if country is not None and country.kind is EntityKind.COUNTRY else None
    if end is None and v.tok(j)[:1].isupper() and v.np(j) is None and v.others.get(j) is None:
        end = j + 1  # (a surname two people of the article share, which the rules leave unresolved)
    if end is not None and v.low(end) in ("'s", "’s"):
        k = end + 1
        while k < min(hi, v.end, end + 7) and (v.tok(k).isalpha() and v.tok(k).islower() or v.tok(k) == "-"):
            k += 1
        nxt = v.np(k + 1) if k > end + 1 and v.low(k) == "," else None
        return nxt if nxt is not None and nxt.kind == NAME and nxt.start == k + 1 else None
    if v.low(j) != "the" and v.low(j) not in lex.possessive_pronouns:
        return None
    titled = described = False
    for k in range(j + 1, min(hi, v.end, j + 12)):
        low = v.low(k)
        if low == ",":
            # (a title or honorific the name rules keep apart may open the name: "Mullah X")
            after = next((m for m in range(k + 1, min(v.end, k + 3)) if v.np(m) is not None), None)
            nxt = v.np(after) if after is not None and all(v.tok(m)[:1].isupper() for m in range(k + 1, after)) else None
            if nxt is None or nxt.kind != NAME or nxt.start != after:
                return None
            if titled and v.low(j) == "the":
                return nxt
            # "the winner, X,", "her old rival, X": a person told by what they did, whose name
            # opens no clause of its own ("phoned the winner, X said", "After Y phoned her rival,
            # X resigned": X is the subject of the next verb)
            return nxt if described and _closes_apposition(v, lex, nxt.end) else None
        if (np := v.np(k)) is not None:
            # "the losing candidate, X": a phrase the person rules opened at its noun, after words
            # of description
            # ("the party leader, X": a title word the phrase was opened at, after "the"; "the
            # VPP leader, X": a party's initials before it)
            return np if np.kind == NAME and np.start == k and (
                low in lex.apposed_person_nouns or low in lex.title_words and v.low(j) == "the") \
                and all(v.tok(m).isalpha() and (v.tok(m).islower() or v.tok(m).isupper() and len(v.tok(m)) > 1)
                        and v.low(m) not in lex.governing_prepositions for m in range(j + 1, k)) else None
        if low in (";", ":", ".") or low in lex.clause_openers:
            return None
        titled = titled or low in lex.title_words
        described = described or low in lex.apposed_person_nouns
    return None


def _ends_clause(v: SentView, lex: Lexicon, i: int) -> bool:
    """The call verb at ``i`` ends its clause (punctuation after it, or the sentence's end, or
    either after one adverb of ``intransitive_call_adverbs``) and one person right before it,
    past the words that may come between a subject and its verb ("X also called."), opens a
    clause of its own: at the sentence's start, right after a day ("Also on Monday X called"), a
    reporting or speech word ("Officials said X called first", "wrote that X had called": the
    ``after_saying`` words of the lexicon), a punctuation mark with no person before it, or a
    word of ``intransitive_subject_leads`` with none ("..., and X called too"); or the focus of a
    cleft, "It was X who called." (``_cleft_subject``). Not "X has not called" (no call told), nor
    "A and B have called" (calls to someone the text names elsewhere, not between the two), nor
    "the election X called", "until X calls"."""
    k = i + 1
    if v.low(k) in lex.intransitive_call_adverbs:
        k += 1
    elif (v.low(k).endswith("ly") or v.low(k) == "soon") and v.tok(k).islower() and v.low(k + 1) in lex.intransitive_call_adverbs:
        k += 2  # "X rang shortly afterwards", "soon after" (not "called Italy later": a lower-case adverb)
    # (punctuation is grammar: it stays here)
    if k < v.end and v.low(k) not in (",", ";", ".", "!") or k > v.end:
        return False
    j = i
    while j - 1 > v.start and v.low(j - 1) in lex.subject_verb_gap:
        j -= 1
    if any(v.low(t) in lex.negations for t in range(j, i)):
        return False
    if v.low(j - 1) in lex.relative_pronouns and _cleft_subject(v, lex, j - 1):
        return True  # "It was X who called.", "it was Ostria's premier, X, who rang": X called
    np = next((np for np in v.nps if np.end == j and np.kind in (NAME, ROLE, PRONOUN) and not np.possessive), None)
    if np is None:
        return False
    start = np.start
    if v.low(start - 1) in ("'s", "’s") and (country := v.others.get(start - 2)) is not None \
            and country.kind is EntityKind.COUNTRY and country.end == start - 1:
        start = country.start  # ", and Vellmark's X rang": the country's possessive opens the subject
    if start == v.start:
        return True
    lead = v.low(start - 1)
    if any(d.end == start for d in v.dates):
        return True  # "This morning X rang.", "Also on Monday X called.": a day right before
    def saying(word: str) -> bool:
        return word in lex.reporting_words or word in lex.speech_verbs
    if saying(lead) or lead in lex.intransitive_saying_leads and saying(v.low(start - 2)):
        return True  # "Officials said X called first", "Papers wrote that X had also called"
    if lead not in (",", ";", ":", "—", "–") and lead not in lex.intransitive_subject_leads:
        return False
    stop = start - 1  # where the lead stands, or the comma before it (", and X called")
    if lead != "," and v.low(stop - 1) == ",":
        stop -= 1
    return not any(other.end == stop and other.kind in (NAME, ROLE) for other in v.nps)


def _cleft_subject(v: SentView, lex: Lexicon, rel: int) -> bool:
    """One person named right before the relative pronoun at ``rel`` (past a comma) is the focus
    of a cleft sentence: "it" and a form of "be" stand right before the person's phrase, or before
    a description of them set off by a comma ("It was X who ...", "it was Ostria's acting premier,
    X, who ..."); not a negated focus ("It was not X who called") nor two of them ("It was X and Y
    who called")."""
    k = rel - 1 if v.low(rel - 1) == "," else rel
    np = next((np for np in v.nps if np.end == k and np.kind in (NAME, ROLE) and not np.possessive), None)
    if np is None:
        return False
    start = np.start
    if v.low(start - 1) == ",":
        # (the description before the comma: words of its own, no other person, no "and")
        start -= 1
        while start > v.start and ((other := v.np(start - 1)) is None or other.kind == ROLE) \
                and v.low(start - 1) not in ("it", ",", "and") and np.start - start <= _CLEFT_DESCRIPTION:
            start -= 1
    if v.low(start - 1) in ("'s", "’s") and v.tok(start - 2)[:1].isupper():
        # "it was Ostria's acting premier, X": the country's possessive opens it
        owner = v.others.get(start - 2)
        start = owner.start if owner is not None and owner.end == start - 1 else start - 2
    return v.low(start - 1) in lex.finite_be and v.low(start - 2) == "it"


# the words a description of the cleft's focus may have before its comma ("Ostria's acting prime minister,")
_CLEFT_DESCRIPTION = 8


def after_ordinal_to(v: SentView, lex: Lexicon, i: int) -> bool:
    """The verb at ``i`` is the infinitive after an ordinal ("the first to call", "the first
    foreign leader to speak to X": status.json ``ordinal_before_to`` in the four words before "to")."""
    return v.low(i - 1) == "to" and any(v.low(k) in lex.ordinal_before_to for k in range(max(v.start, i - 5), i - 1))


def first_on_the_line(v: SentView, lex: Lexicon, i: int) -> bool:
    """ "X was first on the line", "Y was the second on the line": an ordinal right before "on"
    at ``i`` after a name and a form of "be" (a call of the name's, in a round of calls to
    someone the text tells around it)."""
    k = i - 1
    if v.low(k) not in lex.ordinal_before_to or v.low(i + 3) in ("of", "for"):
        return False  # (not "first on the line of succession", "... of fire")
    return _name_before_be(v, lex, k - 1 - (v.low(k - 1) == "the"))


def _ordinal_of_a_name(v: SentView, lex: Lexicon, i: int) -> bool:
    """The infinitive at ``i`` after an ordinal whose subject is a name before a form of "be"
    ("X was the first to ring", "Y was among the first to call"; not "thanked him for being
    among the first to call", which tells no call of its own)."""
    k = next((k for k in range(i - 2, max(v.start, i - 6) - 1, -1) if v.low(k) in lex.ordinal_before_to), None)
    if k is None:
        return False
    j = k - 1
    while j > v.start and v.low(j) in ("the", "among", "also", "one", "of"):  # (grammar: "was also among the first")
        j -= 1
    return _name_before_be(v, lex, j)


def _name_before_be(v: SentView, lex: Lexicon, j: int) -> bool:
    """A form of "be" at token ``j``, a name its subject right before it ("X was ...")."""
    np = v.np(j - 1)
    return v.low(j) in lex.finite_be and np is not None and np.kind == NAME and np.end == j


def _plan_ends_at(v: SentView, lex: Lexicon, i: int) -> bool:
    """A plan's phrase of status.json planned ending in "to" ends right before token ``i`` ("is
    expected to", "plans to")."""
    planned = lex.status["planned"]
    return any(planned.match(v.lower, k - v.start) == i - k for k in range(max(v.start, i - 4), i - 1))


def _call_verb(v: SentView, lex: Lexicon, i: int) -> Cue | None:
    low = v.low(i)
    medium, needs_person = lex.call_verbs[low]
    nxt = v.low(i + 1)
    prev = v.low(i - 1)
    # (the end of a hyphened name is no word of its own: "Chui Sai-on telephoned")
    hyphened = i - 2 >= v.start and v.low(i - 2) == "-" and not v.space[i - 2 - v.start]
    if prev in lex.verb_not_after and not hyphened or prev == "-" or prev in lex.medium_words and low in ("call", "calls"):
        return None  # a noun: "the phone", "by telephone", "phone calls"
    if lex.nouns.match(v.lower, i + 1 - v.start) or nxt in lex.medium_words and low in ("phone", "telephone"):
        return None  # "phone call", "telephone conversation": the noun is the cue
    if prev == "-" or (prev == "so" and v.low(i - 1) == "so"):
        return None
    if nxt == "to" and v.low(i + 2) in lex.purpose_verbs:
        return Cue(CALL_VERB, i, i + 1, True, medium)  # "also called to convey his sympathy"
    day = next((d for d in v.dates if d.start == i + 1 or (d.start == i + 2 and v.low(i + 1) in lex.clause_adverbs)
                or (d.start == i + 2 and v.low(i + 1) in ("on", "at"))  # ("rang on Christmas Day")
                or (i + 2 < d.start <= i + 5 and all(v.low(k) in lex.call_day_openers for k in range(i + 1, d.start)))),
               None)  # ("rang on the evening of Tuesday, June 8")
    after_day = v.low(day.end) if day is not None else ""
    # "telephoned on Tuesday to offer aircraft": an infinitive of purpose after the day (not after
    # "called", which urges there: "called on Tuesday to extend the ceasefire")
    purpose = after_day == "to" and low not in lex.naming_verbs and v.tok(day.end + 1).isalpha() \
        and v.tok(day.end + 1).islower() and v.low(day.end + 1) not in ("the", "a", "an", "be")
    # "rang this morning the Prime Minister-designate of Y, X": the one rung after the day (not after
    # "called", which names there: "called on Tuesday the worst day")
    rung_after = day is not None and after_day == "the" and low not in lex.naming_verbs \
        and any(n.kind == NAME and day.end <= n.start <= day.end + 4 for n in v.nps)
    lead = lex.event_day_leads.match(v.lower, i + 2 - v.start) if day is None and nxt == "on" else 0
    if lead and prev not in lex.passive_auxiliaries and prev != "to" and not lex.nouns.match(v.lower, i - v.start) \
            and low not in lex.medium_words \
            and not any(v.low(k) in ("for", "to") for k in range(i + 2 + lead, min(v.end, i + 2 + lead + 5))):
        # "She rang on the eve of the summit", "X called on the morning after the vote": a day told
        # by an event, no appeal "on" someone (not "called on the eve of the summit for calm")
        return Cue(CALL_VERB, i, i + 1, True, medium)
    if day is not None and low in lex.naming_verbs and after_day in lex.event_day_nouns:
        return None  # "called the December 3 referendum a historic mandate": the day is the event's
    # ("X, first of the kings to phone, early on Tuesday": the infinitive of an ordinal; "Y also
    # tried to call on Monday night": of a try; a call of X's whose partner the text around tells)
    ordinal_to = after_ordinal_to(v, lex, i)
    named_to = ordinal_to and _ordinal_of_a_name(v, lex, i) or (prev == "to" and v.low(i - 2) in lex.attempt_verbs)
    # ("will call tomorrow", "is expected to call later today": a verb, whose partner the text
    # around it tells, not the noun of "a call on Monday")
    verbal = (prev in lex.verb_leads or prev == "to" and _plan_ends_at(v, lex, i)) and day is not None \
        and v.low(day.end) not in ("'s", "’s") and not ((named := v.np(day.end)) is not None and named.start == day.end)
    if day is not None and (prev != "to" or named_to or verbal) and prev not in lex.passive_auxiliaries \
            and (after_day not in lex.called_not_before or purpose or rung_after) \
            and (verbal or not lex.nouns.match(v.lower, i - v.start)) and (low not in lex.medium_words or named_to):  # not "a call on Monday"
        # "Carney called late on Tuesday": a call with its day and no one named after it (its
        # partner is told by the text around it)
        return Cue(CALL_VERB, i, i + 1, True, medium)
    # ("the first to phone": an infinitive, no noun, after "to")
    if (prev != "to" or ordinal_to or named_to or verbal) and prev not in lex.passive_auxiliaries \
            and (low not in lex.medium_words or named_to) \
            and (_ends_clause(v, lex, i) or ordinal_to and v.low(i + 1) == "," or named_to and (
                v.low(i + 1) in (",", ".", ";", "!") or v.low(i + 1) in lex.intransitive_call_adverbs
                or day is not None and not purpose and after_day not in lex.called_not_before)):
        # ("Y was the first to ring.", "... the first to ring, late on Friday": the ordinal's
        # infinitive ending its clause, or with its day, after a verb that needs a person named)
        # "King Rasmus called first.", "X phoned too, an aide said": a call whose partner the
        # text around it tells
        return Cue(CALL_VERB, i, i + 1, True, medium)
    opener = lex.call_time_openers.match(v.lower, i + 1 - v.start)
    # (after "called" too, when the time is a day told by an event, "called the day after the
    # vote": no name "called" gives stands there; not "called shortly after 9 a.m.", whose day
    # the rules for a clock time read)
    if opener and (opener >= 2 and nxt == "the" or low not in lex.naming_verbs and medium is not CallMedium.UNSPECIFIED) \
            and prev != "to" and prev not in lex.passive_auxiliaries and low not in lex.medium_words:
        # "X rang within minutes of the result", "Y telephoned the day after the summit": a call
        # at a time another event tells, its partner told by the text around it
        return Cue(CALL_VERB, i, i + 1, True, medium)
    if nxt == "at" and prev != "to" and prev not in lex.passive_auxiliaries and low not in lex.medium_words \
            and _clock_at(v, lex, i + 2):
        return Cue(CALL_VERB, i, i + 1, True, medium)  # "Trump called at about 9am": a call at a time of day
    # ("a little after noon": the adverb of two words)
    lag = 2 if v.low(i + 1) == "a" and v.low(i + 2) == "little" else 1
    if v.low(i + lag + 1) in ("after", "before") and (lag == 2 or v.low(i + 1) in lex.same_day_adverbs) and prev != "to" \
            and prev not in lex.passive_auxiliaries and low not in lex.medium_words and (
                _clock_at(v, lex, i + lag + 2) and any(i + lag + 2 < d.start <= i + lag + 9 for d in v.dates)
                or (v.low(i + lag + 2) in lex.hours_of_day or v.low(i + lag + 2) in lex.meal_times)
                and i + lag + 4 == v.end and v.low(i + lag + 3) == "." and not lex.nouns.match(v.lower, i - v.start)):
        # "X rang shortly after 10 pm on Thursday": a call at a time of a day the clause names (not
        # "phoned just before noon, aides said", whose day would be read off another event's);
        # "Y called shortly after lunch.": the sentence ends there, the day is the one told before
        return Cue(CALL_VERB, i, i + 1, True, medium)
    if nxt == "by" and prev in lex.passive_auxiliaries and (agent := v.np(i + 2)) is not None \
            and agent.kind in (NAME, ROLE) and not agent.possessive:
        return Cue(CALL_VERB, i, i + 1, True, medium, passive=True)  # "was phoned by X" (not "called by his nickname")
    # ("rang up X", "called back X": a particle before the one rung; but "called up the reservists"
    # mobilised them: after "call" only a name)
    particle_then_person = nxt in lex.call_verb_particles and (after := _person_after(v, lex, i + 1)) is not None \
        and (low not in lex.naming_verbs or after.kind == NAME)
    if nxt in lex.called_not_before and v.np(i + 1) is None and not particle_then_person \
            and named_in_apposition(v, lex, i + 1, v.end) is None and titled_description_then_name(v, lex, i + 1, v.end) is None:
        return None  # ("will telephone the head of X's government, Y": Y after the description)
    # ("will be calling X": a progressive, not a passive)
    passive = prev in lex.passive_auxiliaries and not low.endswith("ing")
    if passive:
        return Cue(CALL_VERB, i, i + 1, True, medium, passive=True)
    obj = _person_after(v, lex, i + 1) or named_in_apposition(v, lex, i + 1, v.end) \
        or titled_description_then_name(v, lex, i + 1, v.end)
    if obj is not None and obj.kind == PRONOUN and obj.possessive \
            and (described := titled_description_then_name(v, lex, i + 1, v.end)) is not None:
        obj = described  # "called her predecessor, X": X is the one called, not "her"
    if obj is not None:
        if obj.kind == PRONOUN and (obj.word in lex.possessive_determiners or obj.word in lex.subject_pronouns):
            obj = None if obj.word in lex.subject_pronouns else obj
        # "called him a liar": only "call" takes a complement ("phoned him the day before" does not)
        naming = low in lex.naming_verbs and obj is not None \
            and not any(d.start == obj.end or _story_weekday_at(v, d, obj.end) for d in v.dates) \
            and not _time_right_after(v, lex, obj.end) and not the_day_of(v, lex, obj.end)
        # ("called him the day before", "called her a few minutes earlier": when, not what)
        if naming and obj is not None and obj.kind == PRONOUN and _complement(lex, v.low(obj.end), v.low(obj.end + 1)):
            return None  # "called him a liar"
        if naming and obj is not None and obj.kind == NAME and _complement(lex, v.low(obj.end), v.low(obj.end + 1)) \
                and v.low(obj.end) != "'":
            return None  # "called Zelensky a dictator"
        if naming and obj is not None and obj.kind in (NAME, PRONOUN) and not obj.possessive \
                and _predicate_after(v, lex, obj.end):
            return None  # "called Varga corrupt.", "called him weak and dishonest"
        if naming and obj is not None and obj.kind in (NAME, ROLE) and obj.possessive:
            # "called the premier's remarks 'erroneous'", "called the prime minister's tone 'too
            # soft'": the remarks are what is called
            return None
        if naming and obj is not None and obj.kind == PRONOUN and obj.word in lex.possessive_determiners \
                and v.np(obj.end) is None and v.tok(obj.end).isalpha() and v.tok(obj.end).islower() \
                and v.low(obj.end) not in lex.call_verb_particles and not any(d.start == obj.end for d in v.dates) \
                and not (obj.word == "her" and (_adverb_ends_clause(v, lex, obj.end) or _clause_goes_on(v, lex, obj.end))):
            # ("call her later", "call her tomorrow": "her" is the one called, a time after it;
            # "called her twice", "called her myself": a time or a manner after it)
            return None  # "called his defeat 'a clear verdict'": the defeat is what is called
        if obj is not None:
            return Cue(CALL_VERB, i, i + 1, True, medium)
    # grammar, not vocabulary: an article or "be" after "called to" makes "to" no infinitive of purpose
    if nxt == "to" and v.tok(i + 2).isalpha() and v.tok(i + 2).islower() and v.low(i + 2) not in ("the", "a", "an", "be"):
        return Cue(CALL_VERB, i, i + 1, True, medium)  # "called to congratulate him"
    if not needs_person and nxt not in lex.called_not_before:
        return Cue(CALL_VERB, i, i + 1, True, medium)  # "the king phoned on Monday"
    return None


def _clause_goes_on(v: SentView, lex: Lexicon, k: int) -> bool:
    """A preposition, a word opening a clause, or a conjunction at token ``k``, where a noun
    would stand after a possessive: "called her to congratulate her", "called her because ...",
    "called her from the plane" ("her" the one called; grammar, not vocabulary)."""
    low = v.low(k)
    return low in lex.governing_prepositions or low in lex.clause_breaks or low in ("because", "and", "but", "so")


def _adverb_ends_clause(v: SentView, lex: Lexicon, k: int) -> bool:
    """A word of ``called_adverbs`` at token ``k`` ends the clause (punctuation, a quotation mark,
    "and" or "but", a date or the sentence's end after it): "called her myself," is the one called
    and a manner; "called her first speech a triumph" a naming (her, the one possessive that is
    also an object pronoun)."""
    if v.low(k) not in lex.called_adverbs:
        return False
    nxt = k + 1
    return nxt >= v.end or not v.tok(nxt)[:1].isalnum() or v.low(nxt) in ("and", "but") \
        or any(d.start == nxt for d in v.dates)


def quote_opens_before(v: SentView, k: int) -> bool:
    """A quotation opens before token ``k`` after at most three words that name no one ('"Just
    had Y on the line', '"Great call with Y'): a post or remark with its first person left out
    (not '"Wish I had Y on the line', which names its speaker)."""
    k, n = k - 1, 0
    while k >= v.start and n < 3 and v.np(k) is None and v.tok(k).isalpha():
        k, n = k - 1, n + 1
    return k >= v.start and v.low(k) in ('"', "“")


def line_holder(v: SentView, lex: Lexicon, cue: Cue) -> int | None:
    """Where the verb of "had Y on the line" stands before an adverbial cue, its partner named
    between them; None for any other cue."""
    return line_holder_at(v, lex, cue.start) if cue.kind == ADVERBIAL else None


def line_holder_at(v: SentView, lex: Lexicon, i: int) -> int | None:
    """Where the verb of "had Y on the line" stands before token ``i`` (the adverbial's first
    word), the partner named between them, else None."""
    if (held := v.np(i - 1)) is None or held.kind != NAME:
        return None
    if v.low(held.start) in lex.line_holding_verbs:
        return held.start  # ('"Had President Y on the line': a capitalised verb read into the title)
    return held.start - 1 if v.low(held.start - 1) in lex.line_holding_verbs else None


def _held_after(v: SentView, lex: Lexicon, k: int, ends: set[int]) -> bool:
    """Token ``k`` is a light verb's participle right after a call or meeting noun, or after the
    comma that closes it: "the summit, also held online" (the adverb after it tells the medium)."""
    if k <= v.start or lex.light_verbs.match(v.lower, k - v.start) != 1:
        return False
    after = k + 2  # (the word after the adverb ends the phrase: not "held virtually no surprises")
    if v.tok(after)[:1].isalpha() and v.low(after) not in lex.governing_prepositions and not any(d.start == after for d in v.dates):
        return False
    j = k - 1
    if v.low(j) == "also":
        j -= 1
    if v.low(j) == ",":
        j -= 1
    # (or after the noun's complement of "of": "a summit of the regional bloc (RB) held virtually")
    return j + 1 in ends or any(e in ends and v.low(e) == "of" and not any(v.low(t) in (",", ";", ":") for t in range(e, k))
                                for e in range(max(v.start, k - 12), k - 1))


def _elided_call(v: SentView, lex: Lexicon, i: int) -> Cue | None:
    """ "The first came late on Monday from B" opening a sentence: a call of a series told before,
    its noun left out (elided_call_ordinals), when a verb of arriving and "from" a person follow."""
    if i - 1 != v.start or v.low(i - 1) != "the":
        return None
    end = i + 1 + (v.low(i + 1) == "one")
    k = end
    while k < v.end and v.low(k) in lex.subject_verb_gap:
        k += 1  # "had come"
    if v.low(k) not in lex.call_arrival_verbs:
        return None
    if not any(v.low(j) == "from" and (np := v.np(j + 1)) is not None and np.start == j + 1 and np.kind == NAME
               and not np.possessive for j in range(k + 1, v.end - 1)):
        return None
    return Cue(NOUN, i, end, True, definite=True)


def _round_verb(v: SentView, lex: Lexicon, i: int) -> Cue | None:
    """ "The President of Y, B, followed in the afternoon.", "B followed a day later, an aide
    said.": a round verb (round_verbs) right after the sentence's subject, a name, its clause
    ending after it or after a time right after it: B's call in a round told before, whose
    partner the calls before tell (assemble reads it only in a round)."""
    k = i - 1 if v.low(i - 1) == "," else i
    np = v.np(k - 1)
    if np is None or np.kind != NAME or np.possessive or np.end != k:
        return None
    if not all(v.low(j) in lex.determiners for j in range(v.opening, np.start)):
        return None  # (the sentence's subject: "The President of Y, B, followed")
    # (a time right after the verb, or after its preposition: "followed on Tuesday")
    end = next((d.end for d in v.dates if i < d.start <= i + 2 and all(v.low(j) in ("on", "in", "at") for j in range(i + 1, d.start))),
               i + 1)
    if end >= v.end or v.low(end) == "." \
            or v.low(end) == "," and any(v.low(j) in lex.reporting_words for j in range(end + 1, min(v.end, end + 5))):
        return Cue(CALL_VERB, i, i + 1, True)  # ("..., an aide said.")
    if v.low(end) == "," and v.low(end + 1) == "in" and v.low(end + 2) in ("a", "an"):
        # ("B followed the day after, in a long conversation ...": one call, not "in a meeting",
        # "in talks with his cabinet")
        for j in range(end + 3, min(v.end, end + 6)):
            info = lex.nouns.lookup(v.lower, j - v.start)[1]
            if info is not None:
                if info.strength != "in_person" and not info.plural:
                    return Cue(CALL_VERB, i, i + 1, True)
                break
            if not (v.tok(j).isalpha() and v.tok(j).islower()):
                break
    return None  # ("B followed on Tuesday with a pledge of his own", "B followed suit")


def find_cues(v: SentView, lex: Lexicon) -> tuple[Cue, ...]:
    out: list[Cue] = []
    i = v.start
    lower = v.lower
    call_words = lex.call_words
    # ("The first came from X": an ordinal opening the sentence after "the" may start a cue, which
    # the common ordinal words elsewhere never do)
    if lex.cue_starts.isdisjoint(lower) and not (len(lower) > 1 and lower[0] == "the" and lower[1] in lex.elided_call_ordinals):
        # no word a cue starts with or needs ("by" needs "phone" after it): most sentences,
        # in one set operation, even the many with a preposition of ``call_words``
        i = v.end
    while i < v.end:
        low = lower[i - v.start]
        if low in lex.round_verbs:
            if (cue := _round_verb(v, lex, i)) is not None:
                out.append(cue)
            i += 1
            continue
        if low not in call_words:
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
            if n and low == "on" and medium is CallMedium.VIDEO and v.low(i - 1) in lex.recording_verbs:
                n = 0  # "a meeting captured on video": how it was recorded, no talk by video
            if n and " ".join(lower[k - v.start:k + n - v.start]) in lex.partner_only_adverbial_nouns \
                    and not (low == "on" and v.low(k + n) in ("with", "to") and _person_after(v, lex, k + n + 1) is not None) \
                    and not (low == "on" and line_holder_at(v, lex, i) is not None) \
                    and not (low == "on" and first_on_the_line(v, lex, i)):
                n = 0  # "on the line with X" or "to X", "had X on the line" (not "jobs are on the line")
            if n and medium is CallMedium.VIDEO and " ".join(lower[k - v.start:k + n - v.start]) in lex.partner_only_adverbial_nouns \
                    and (v.low(i - 1) not in lex.finite_be and v.low(i - 1) != "been" or k == i + 1):
                n = 0  # "was on the screen with X" (not "appeared on screen with X": a broadcast)
            if n and not lex.nouns.match(lower, k + n - v.start) and v.low(k + n) not in lex.medium_words:
                out.append(Cue(ADVERBIAL, i, k + n, True, medium))
                i = k + n
                continue
        if low in lex.elided_call_ordinals and (cue := _elided_call(v, lex, i)) is not None:
            out.append(cue)
            i = cue.end
            continue
        if low in lex.call_verbs:
            cue = _call_verb(v, lex, i)
            if cue is not None:
                out.append(cue)
                i += 1
                continue
        # (each table is asked only for a word a phrase of it starts with: a preposition of
        # ``call_words`` that opened no adverbial starts none of the three)
        n = lex.contact_verbs.match(lower, i - v.start) if low in lex.contact_verbs.firsts else 0
        if n and _person_after(v, lex, i + n) is not None and v.low(i - 1) not in lex.determiners:
            out.append(Cue(CONTACT_VERB, i, i + n, False))  # "would later contact Zelensky"
            i += n
            continue
        n, info = lex.nouns.lookup(lower, i - v.start) if low in lex.nouns.firsts else (0, None)
        if n:
            cue = _noun_cue(v, lex, i, n, info)
            if cue is not None:
                out.append(cue)
            i += n
            continue
        n = lex.talk_verbs.match(lower, i - v.start) if low in lex.talk_verbs.firsts else 0
        if n:
            out.append(Cue(TALK_VERB, i, i + n, False))
            i += n
            continue
        i += 1
    # "met online", "their summit, meeting online": the meeting word right before was a video call
    if not lex.meeting_adverbs.isdisjoint(lower):
        ends = {c.end for c in out if c.kind == NOUN}
        for k in range(v.start + 1, v.end):
            partner = v.np(k - 1)  # "met X virtually"
            if lower[k - v.start] in lex.meeting_adverbs and (k in ends or v.low(k - 1) in lex.meeting_verbs or (
                    partner is not None and partner.kind == NAME and v.low(partner.start - 1) in lex.meeting_verbs)
                    or _held_after(v, lex, k - 1, ends)):
                out.append(Cue(ADVERBIAL, k, k + 1, True, CallMedium.VIDEO))
        out.sort(key=lambda c: c.start)
    # a meeting held by video: "joined the meeting between X and Y via video"
    adverbials = [c for c in out if c.kind == ADVERBIAL]
    if adverbials:
        # (an adverbial right after a verb cue tells that verb's medium, not a meeting's named after
        # it: "spoke on the phone the day after the summit")
        verb_ends = {c.end for c in out if c.kind in (CALL_VERB, TALK_VERB, CONTACT_VERB)}
        out = [(_held_by(v, lex, c, adverbials[0].medium) if any(0 <= a.start - c.end <= 4 for a in adverbials)
                else replace(c, strong=True, in_person=False, medium=adverbials[0].medium))
               if c.in_person and any(abs(a.start - c.end) <= 12 and not (a.start in verb_ends and a.end <= c.start)
                                      for a in adverbials) else c for c in out]
    return tuple(out)


def _held_by(v: SentView, lex: Lexicon, cue: Cue, medium: CallMedium) -> Cue:
    """A meeting noun held by the medium of an adverbial right after it, a call cue read again
    as a strong noun: its light verb, possessor and determiner too ("held their first summit by
    video link": the summit the subjects of "held" held)."""
    n, info = lex.nouns.lookup(v.lower, cue.start - v.start)
    again = _noun_cue(v, lex, cue.start, n, replace(info, strength="strong")) if n == cue.end - cue.start else None
    return replace(again or cue, strong=True, in_person=False, medium=medium)
