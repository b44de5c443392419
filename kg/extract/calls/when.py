"""The day of a call a sentence tells: ``call_day(view, lex, cue, status, anchor) -> Day``.

Of the date expressions in the sentence, the one that belongs to the call: close after the cue
("spoke on Tuesday"), between the subject and the cue ("X on Monday called Y"), or opening
the sentence ("On Monday, X spoke with Y"). Left out:
- a day tied to an outlet ("the Washington Post on Sunday") or to a reporting verb ("the office
  on Thursday confirmed he had spoken", "said on Friday"): the report's day, kept only as a
  weak fallback when nothing else dates the call;
- a day of another event: beyond "after", "before", "since", "following" ("spoke days after
  the tariff took effect on Aug. 6"), or tied to an event noun ("his election win last
  Tuesday", "the December 7 election").
A vague expression ("last week", "in July") gives no day but a period the call lies in.
Relative expressions resolve against ``anchor``: the dateline's day when the article has one,
else the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from kg.extract.calls.cues import CALL_VERB, CONTACT_VERB, NOUN, TALK_VERB, Cue, clock_suffix, is_clock, line_holder, past_midnight, the_day_of, time_of_day_in
from kg.extract.calls.frames import trailing_gap, trailing_participle
from kg.extract.calls.lexicon import Lexicon
from kg.extract.calls.status import FUTURE_MODALS, called_off_end, denied_report_at
from kg.extract.calls.view import NAME, PRONOUN, QUOTE_CLOSERS, ROLE, DateMention, SentView
from kg.extract.calls.zones import night_universal_day, same_moment_elsewhere, universal_day
from kg.extract.dates import (LEANING_BACK, Narrative, back_reference_offset, back_reference_same_day, calendar_names,
                              day_parts, is_back_reference, is_relative_day, narrative_weekday, resolve_date, resolve_period,
                              weekday_around, weekday_relation)
from kg.model import CallStatus, EntityKind

__all__ = ["Day", "call_day", "by_reporting_word", "event_weekday", "event_weekday_day", "day_of_event", "narrative_day",
           "day_named_in", "narrative_resolved", "event_reference", "event_days_in", "names_a_year", "in_clause_of_its_own"]

# The word lists are the lexicon's (reports.json reporting_words, dates.json
# reported_relative_days and near_periods, discourse.json date_openers ...); the punctuation
# that may open a sentence before its date is grammar, not vocabulary, and stays here.
_OPENING_PUNCT = frozenset({",", "--", "—", "-"})


@dataclass(frozen=True, slots=True)
class Day:
    day: date | None = None
    weak: bool = False  # read off a reporting verb: a fallback only
    period: tuple[date, date] | None = None  # "last week": no day, but the days it may be on
    back_reference: bool = False  # "that afternoon": the day the text named before
    back_offset: int = 0  # "a day earlier": -1 from that day
    own: bool = False  # the date stands in the call's own noun phrase: "the June 15 call"
    fallback: date | None = None  # "the day before" with no day named before: from the anchor
    # "the Sunday after the vote" (None: from the event's day), "on the Friday" (True: from the story's
    # own day), "the following Monday" (False: from the day named last): the weekday, its direction
    around: tuple[str, int, bool | None] | None = None
    # "the day after the summit", "on election night": the event's noun (its family is
    # ``event_family``'s) whose day the text gives elsewhere, the day read from it (with ``back_offset``)
    event: str | None = None


def _tied_to_outlet(v: SentView, lex: Lexicon, d: DateMention) -> bool:
    # (not the agency of a dateline right before: "VELL, June 15 (Reuters) - On Wednesday, X phoned Y")
    outlets = [j for j in range(max(v.opening, d.start - 4), d.start)
               if v.others.get(j) is not None and v.others[j].kind is EntityKind.OUTLET]
    # "a call via X (formerly Twitter) that afternoon": the platform carried the call, it
    # does not date a report
    return bool(outlets) and not any(v.low(k) in lex.platform_carriers
                                     for k in range(max(v.start, outlets[0] - 6), outlets[0]))


def _clock_after(lex: Lexicon, words: list[str], n: int) -> bool:
    """ "rang Y before seven that morning", "after 9 p.m. on Friday", "shortly before midnight":
    the word at ``n`` is "before" or "after" and an hour of the clock follows, the call's own
    time, no other event ("after seven years", "after 12 people were killed": a count)."""
    if words[n] not in _SIDES or n + 1 >= len(words):
        return False
    nxt = words[n + 1]
    if nxt in lex.hours_of_day or nxt in lex.meal_times:
        return True
    after = words[n + 2] if n + 2 < len(words) else ""
    return (is_clock(nxt) or nxt in lex.clock_hours) \
        and (not after.isalpha() or clock_suffix(after) or after in lex.hour_enders)


def _other_event(v: SentView, lex: Lexicon, d: DateMention, cue: Cue) -> bool:
    """The day belongs to another event: beyond "after", "before", "since" ..., inside a relative
    clause ("an exchange that happened on Friday"), or tied to an event noun that is not
    the cue ("his election win last Tuesday", "the December 7 election", "Sunday's vote")."""
    anchor = cue.start
    if d.end <= cue.start and v.low(d.end) == "," and (d.start == v.start or _opens(v, lex, d.start)):
        return False  # "On July 2, before she toured the coast, she called Y": the fronted day is the main clause's
    if _aside_between(v, d, cue):
        return False  # "had taken, on the Friday night, two hours after the vote closed, a call"
    if d.end <= cue.start and v.low(d.end) == "," and v.low(d.end + 1) == "when" \
            and not any(v.low(k) in (",", ";", ".") for k in range(d.end + 2, cue.start)):
        return False  # "last spoke in July, when X called to congratulate Y": the day's own clause tells the call
    if d.start >= cue.end and same_moment_elsewhere(v, d):
        return False  # "began at 9 p.m. ET, when it was Saturday morning in Tokyo": the call's moment
    if d.end <= cue.start and v.low(_before_adverbs(v, lex, cue.verb_start - 1)) in lex.perfect_auxiliaries \
            and _relative_closed_before(v, lex, d, cue.start):
        # "X, who was sworn in yesterday, has received calls from ...": the oath's day, the calls
        # told up to now (but "X, who turned 70 today, received calls": that day's)
        return True
    lo, hi = (cue.end, d.start) if d.start >= cue.end else (d.end, anchor)
    between = [v.low(k) for k in range(lo, hi)]
    if d.start < cue.end:
        # the cue's own phrase is not another event: "on Monday praised ... during a phone call"
        while between and (between[-1] in lex.cue_phrase_words or between[-1] == "-"
                           or between[-1] in lex.medium_words or between[-1].isdigit()):
            between.pop()
    # "phoned shortly after the count closed on Sunday": the other event's day is the call's too
    if any(w in lex.other_event_words and not (n and between[n - 1] in lex.same_day_adverbs)
           and not (w == "since" and d.start >= cue.end and (_since_phrase_closed(v, lex, lo + n, d.start)
                                                              or _since_a_date(v, lo + n, d)))
           and not _clock_after(lex, between, n)
           for n, w in enumerate(between)):
        return True
    if d.start >= cue.end and between[:1] and between[0] in ("that", "which") and between[-1:] \
            and between[-1] in lex.placing_verbs:
        return False  # "the call that X placed on Sunday": the clause tells the call itself (not "requested")
    if d.start >= cue.end and _new_subject_between(v, cue.end, d.start, that=True):
        return True  # "... agreed on a dialogue, and Minister X will visit on May 6"
    if d.start >= cue.end and any(w in lex.other_event_nouns and n + 1 < len(between) and between[n + 1] in ("that", "which")
                                  for n, w in enumerate(between)):
        return True  # "spoke with X over the crash that killed six people on Wednesday": the crash's day
    if d.start >= cue.end and (k := _event_verb_at(v, lex, d)) is not None and v.low(k) not in lex.event_verbs_own_day \
            and all(v.tok(j).islower() for j in range(k, d.start)):
        # "phoned Y to congratulate her on taking office on October 1": the day she took it (but
        # "phoned the newly elected president X on Friday": the verb describes the partner)
        return True
    relative = [n for n, w in enumerate(between) if w in lex.relative_pronouns]
    own_clause = relative and (relative[-1] == 0 or relative[-1] == 1 and between[0] == ",")
    tail = between[relative[-1]:] if relative else []
    # (a comma inside the clause that only lists, "where a storm sank boats, piers and a ferry on
    # Friday", closes nothing: a word, then "and" or "or", right after the last comma; not "who
    # took office in March, and thanked him", nor ", for an hour and a half")
    after = tail[len(tail) - tail[::-1].index(","):] if "," in tail else []
    listed = len(after) >= 3 and after[0].isalpha() and after[0] not in ("and", "or") \
        and after[0] not in lex.governing_prepositions and after[0] not in lex.determiners and after[1] in ("and", "or")
    if d.start >= cue.end and relative and ("," not in tail or listed) and not own_clause:
        # "an exchange which happened on Friday" (but not "X, who ..., spoke on Friday", nor the
        # call's own clause: "the conversation, which took place on Wednesday")
        return True
    k = event_noun_of(v, lex, d, range(cue.start, cue.end))
    return k is not None and not _on_the_occasion(v, lex, cue, k)


def _on_the_occasion(v: SentView, lex: Lexicon, cue: Cue, k: int) -> bool:
    """The call falls on the occasion the event noun at ``k`` names: "phoned Y on his (70th)
    birthday on Thursday", the "on" right after the call and its partner (not "phoned Y to
    congratulate him on his inauguration", whose "on" a verb of its own governs)."""
    if event_noun_at(v, k, lex.occasion_nouns) is None:
        return False
    j = k - 1 - 2 * (v.low(k - 1) == "-")  # (a hyphenated noun's first token: "swearing-in")
    while j > max(v.start, k - 5) and (v.low(j) in lex.determiners or v.low(j) in lex.possessive_pronouns
                                       or v.low(j)[:1].isdigit() or v.tok(j).islower() and v.low(j) not in ("on", "of")):
        j -= 1  # ("on the eve of his inauguration": the eve's day, not the occasion's: no "of" passed)
    if v.low(j) != "on" or j < cue.end:
        return False
    return all(v.np(x) is not None or v.low(x) in lex.partner_prepositions or v.low(x) in lex.medium_words
               or v.low(x) in lex.cue_phrase_words or v.low(x) == "by" for x in range(cue.end, j))


def day_of_event(v: SentView, lex: Lexicon, d: DateMention, own: range = range(0)) -> bool:
    """The date is tied to an event noun that is not the call's own (tokens ``own``): "the
    December 7 election", "Sunday's vote", "the summit in Vella in October"."""
    return event_noun_of(v, lex, d, own) is not None


def names_a_year(v: SentView) -> bool:
    """The sentence holds a number of four digits ("In 2019, ..."): a time of its own."""
    return any(t.isdigit() and len(t) == 4 for t in v.lower)


def _event_verb_before(v: SentView, lex: Lexicon, d: DateMention) -> str | None:
    """The event verb a date completes ("was sworn in (as president) on May 2"): its family."""
    k = _event_verb_at(v, lex, d)
    return None if k is None else lex.event_verbs[v.low(k)]


def _event_verb_at(v: SentView, lex: Lexicon, d: DateMention) -> int | None:
    """The token of the event verb a date completes ("sworn", "office": "took office on May 2")."""
    k, words = d.start - 1, 0
    while k > v.start and (v.low(k) in ("on", "in", "at", "as") or v.tok(k)[:1].isupper() or v.low(k) in lex.title_words
                           or _name_modifier(v, k)  # ("electing the Berg-Hale ticket on May 5")
                           or words < 2 and v.tok(k).isalpha() and v.low(k) not in lex.event_verbs):
        # "struck Vella on Monday", "sworn in as president on Monday", "announced sanctions on Monday"
        words += v.tok(k).isalpha() and v.tok(k).islower() and v.low(k) not in ("on", "in", "at", "as") \
            and v.low(k) not in lex.title_words
        k -= 1
    if k - 1 > v.start and v.low(k) in lex.event_verbs_after.get(v.low(k - 1), ()) and _is_event_verb(v, lex, k - 1):
        # ("came down off the coast on Monday", "crashed into the sea on May 3": the walk ends on
        # the preposition of the verb's place, after its two lower-case words)
        return k - 1
    return k if _is_event_verb(v, lex, k) else None


def _is_event_verb(v: SentView, lex: Lexicon, k: int) -> bool:
    """Token ``k`` is an event verb ("sworn"), with the word it needs before it where it needs one
    ("took office"; not "phoned from his office")."""
    low = v.low(k)
    return low in lex.event_verbs and (low not in lex.event_verbs_before or v.low(k - 1) in lex.event_verbs_before[low]) \
        and (low not in lex.event_verbs_after or v.low(k + 1) in lex.event_verbs_after[low]
             or not v.tok(k + 1)[:1].isalnum()  # ("took over as president", "the day he took over,")
             # ("came down in eastern Vellmark": a place's name after the preposition)
             or v.low(k + 1) in lex.event_verbs_place_after.get(low, ())
             and any(v.tok(j)[:1].isupper() and v.tok(j).isalpha() and v.low(j) not in calendar_names()
                     for j in range(k + 2, min(v.end, k + 5))))


def _before_place(v: SentView, k: int, floor: int) -> int:
    """Token ``k`` walked back over a place's words ("in Vella", "at Camp David"), no further
    than ``floor`` (nor the sentence's start): the first token before them, or ``floor``."""
    while k > max(v.start, floor) and (v.low(k) in _PLACE_LINKS or v.tok(k)[:1].isupper()):
        k -= 1
    return k


def event_noun_of(v: SentView, lex: Lexicon, d: DateMention, own: range = range(0)) -> int | None:
    """The token of the event noun the date is tied to (``day_of_event``), or None."""

    def event_noun(k: int) -> bool:
        # ("his swearing-in last night", "the May 28 run-off": a hyphenated noun's last token
        # before the date, its first after it)
        return k not in own and event_noun_at(v, k, lex.other_event_nouns) is not None

    if d.start - 1 >= v.start and event_noun(d.start - 1):
        return d.start - 1
    if d.start - 2 >= v.start and v.low(d.start - 1) in QUOTE_CLOSERS and event_noun(d.start - 2):
        return d.start - 2  # ('promising "an orderly handover" on May 2': a quotation closing on the noun)
    # "to invite her to the summit in Vella in October": a place between the event and its day
    k = _before_place(v, d.start - 1, d.start - 7)
    if k < d.start - 2 and event_noun(k) and v.low(k + 1) in _PLACE_LINKS:
        return k
    if k < d.start - 1 and v.low(k) == "on" and k - 1 >= v.start and event_noun(k - 1) \
            and all(v.tok(j)[:1].isupper() for j in range(k + 1, d.start)):
        return k - 1  # ("the conference on Vellmark on May 3": the topic between the event and its day)
    # "the summit, which began in Vella on May 3": the day of a relative clause right after the
    # event's noun and its comma
    # ("the summit in Vella, which opened on May 3": a place between; "the quake that struck the
    # coast on Monday": a restrictive clause, right after the noun)
    rel = next((j for j in range(d.start - 1, max(v.start, d.start - 8), -1) if v.low(j) in ("which", "that")), None)
    if rel is not None and not any(v.low(j) in (",", ";") for j in range(rel + 1, d.start)):
        if v.low(rel - 1) != "," and event_noun(rel - 1) and v.tok(rel + 1).isalpha() and v.tok(rel + 1).islower() \
                and v.low(rel + 1) not in lex.pronouns and v.low(rel + 1) not in lex.determiners:
            return rel - 1  # (not "told a news conference that he had spoken ... on Monday")
        k = rel - 2
        while v.low(rel - 1) == "," and k > max(v.start, rel - 8) and (v.low(k) in _PLACE_LINKS or v.tok(k)[:1].isupper()) \
                and not event_noun(k):
            k -= 1
        if v.low(rel - 1) == "," and event_noun(k) and (k == rel - 2 or v.low(k + 1) in _PLACE_LINKS):
            return k
    # "The fire that spread through the pine slopes above the port on the evening of May 3 killed
    # two": a restrictive clause whose verb follows "that" right after the noun, its place however
    # long, the date closing it with the main clause's verb right after (not "The quake that hit
    # the town destroyed the bridge on Monday.", "... drew a report from the inspectors on May 3."),
    # no punctuation and no word of a plan in it ("the summit that was due to open ... on Monday")
    rel = next((j for j in range(d.start - 1, max(v.start, d.start - _CLAUSE_REACH), -1) if v.low(j) == "that"), None)
    if rel is not None and rel - 1 >= v.start and event_noun(rel - 1) and _clause_verb(v, lex, rel + 1) \
            and (_clause_verb(v, lex, d.end) or v.low(d.end) in lex.finite_be or v.low(d.end) in ("has", "had")) \
            and not any(v.low(j) in (",", ";", ":", "(", ")", "—", "–") for j in range(rel + 2, d.start)) \
            and lex.status["planned"].find(v.lower, rel - v.start, d.start - v.start) is None \
            and not any(v.low(j) == "to" and v.tok(j + 1).isalpha() and v.tok(j + 1).islower()
                        and v.low(j + 1) not in lex.determiners for j in range(rel + 1, d.start)):
        # (an infinitive in the clause tells what was to come: "was due to open", "is set to begin")
        return rel - 1
    # "the elections held on Sunday", "the summit held in Vella on May 3": a participle of holding
    # the event between its noun and its day (a place may follow it)
    k = _before_place(v, d.start - 1, d.start - 5)
    for n in range(1, 4):
        if lex.event_participles.match(v.lower, k - n + 1 - v.start) == n:
            if event_noun(k - n):
                return k - n
            # ("the summit, to be held in Vella in July": a passive infinitive between them, a
            # comma before it or none)
            j = k - n - 2 - (v.low(k - n - 2) == ",")
            if v.low(k - n) == "be" and v.low(k - n - 1) == "to" and event_noun(j):
                return j
    # "the summit between the two presidents on August 15": the day after the noun's partners
    k = next((j for j in range(d.start - 2, max(v.start, d.start - 9), -1) if v.low(j) == "between"), None)
    if k is not None and event_noun(k - 1) and not any(v.low(j) in (",", ";", ":") for j in range(k, d.start)):
        return k - 1
    after = list(range(d.end, min(v.end, d.end + 3)))
    if after and v.low(after[0]) in ("'s", "’s"):
        # ("Sunday's vote", "Sunday's Maltese election", "Wednesday's twin suicide bombings": any
        # word right before the noun, lower-case words further back)
        for k in range(d.end + 1, min(v.end, d.end + 5)):
            if event_noun(k):
                return k
            if k > d.end + 1 and not (v.tok(k).isalpha() and v.tok(k).islower()):
                return None
        return None
    if after and event_noun(after[0]):
        return after[0]
    if len(after) > 1 and event_noun(after[1]) and (v.low(after[0]).isalpha() or v.tok(after[0])[:1].isupper()) \
            and v.low(after[0]) not in lex.date_call_links and v.low(after[0]) not in lex.governing_prepositions:
        # ("last Sunday's presidential vote"; not "spoke last week about opening the border":
        # a preposition opens another phrase)
        return after[1]
    return None


@lru_cache(maxsize=4)
def _hyphen_heads(nouns: frozenset[str]) -> frozenset[str]:
    """The first words of the hyphenated event nouns ("run" of "run-off"): the tokens that may
    open one."""
    return frozenset(n.split("-", 1)[0] for n in nouns if "-" in n)


def event_noun_at(v: SentView, k: int, nouns: frozenset[str], ending: bool = True) -> str | None:
    """The noun of ``nouns`` at token ``k``: a hyphenated one (three tokens: "run-off") opening
    there or, with ``ending``, ending there, else the word itself; None when none is."""
    if v.low(k + 1) == "-" and (text := f"{v.low(k)}-{v.low(k + 2)}") in nouns:
        return text
    if ending and v.low(k - 1) == "-" and (text := f"{v.low(k - 2)}-{v.low(k)}") in nouns:
        return text
    return v.low(k) if v.low(k) in nouns else None


def event_family(lex: Lexicon, noun: str) -> str:
    """The event a noun names ("vote" and "polls" name the election): event_families of dates.json."""
    return lex.event_families.get(noun, noun)


def event_days_in(v: SentView, lex: Lexicon, anchor_day: date | None,
                  future: bool = False) -> list[tuple[str, str, date, bool, bool]]:
    """The days the sentence gives events ("Sunday's election", "the summit on May 3", "The vote
    was held on Sunday", "X was sworn in on Monday", "X on Tuesday attended the summit"): (the
    event's family, its noun, its day, whether the date holds a number: a weekday alone is
    counted from the text's day, which a story told in the past does not count from, and whether
    it is the day someone took part in it: one day of an event that may last several, used only
    when the text gives the event no other day). Not a day after ``anchor_day`` (an event still
    to come dates no call told as done), nor a month and day without a year that would be the
    year before's while this year's is still to come ("the May 26 runoff" in a text of May 10).
    With ``future``, the days still to come instead (for a planned call: "will phone Y on the eve
    of the summit, which opens on Tuesday")."""
    out = []
    planned = lex.status["planned"]
    for d in v.dates:
        expr = d.expression.lower().strip()
        if not future and planned.find(v.lower, d.start - 5 - v.start, d.start - v.start) is not None:
            continue  # "The runoff will be held on Sunday": a day still to come, whatever it resolves to
        k = event_noun_of(v, lex, d)
        word = (event_noun_at(v, k, lex.other_event_nouns) or v.low(k)) if k is not None else _event_told_before(v, lex, d)
        moved = 0
        if word is None and (apposed := _event_apposed(v, lex, d)) is not None:
            word, moved = apposed  # "on May 2, the day the quake hit"
        taken_part = word is None
        word = word or _event_taken_part_in(v, lex, d) or _event_joined_before(v, lex, d)
        if word is None or is_back_reference(expr) or (day := resolve_date(d.expression, anchor_day, future=future)) is None:
            continue
        day -= timedelta(days=moved)
        if future:
            # (a day still to come as the text tells it: a plan's word before it, or a date past the
            # text's day on its own; not "The summit opened on Tuesday", a past day read forward)
            told_ahead = planned.find(v.lower, d.start - 5 - v.start, d.start - v.start) is not None \
                or (resolve_date(d.expression, anchor_day) or day) > anchor_day \
                or any(v.low(k) in lex.present_event_verbs for k in range(max(v.start, d.start - 4), d.start))
            if anchor_day is None or not told_ahead or not anchor_day < day <= anchor_day + timedelta(days=180):
                continue
        elif anchor_day is not None and (day > anchor_day or (anchor_day - day).days > 180
                                         and not re.search(r"\b\d{4}\b", expr)):
            continue
        out.append((event_family(lex, word), word, day, any(c.isdigit() for c in expr), taken_part))
    return out


def _event_taken_part_in(v: SentView, lex: Lexicon, d: DateMention) -> str | None:
    """The event a date right before a verb of taking part gives its day ("X on Tuesday took part
    in the online summit", "X today attended the funeral": dates.json
    ``event_participation_verbs``), its noun within five words of lower-case words after the verb."""
    if d.end >= v.end or v.low(d.end) not in lex.event_participation.firsts:
        return None
    n = lex.event_participation.match(v.lower, d.end - v.start)
    if not n:
        return None
    for k in range(d.end + n, min(v.end, d.end + n + 6)):
        if v.low(k) in lex.event_day_nouns:
            # the noun heads the object ("the online summit", "the summit of leaders"; not "the
            # election campaign", a noun after it)
            # ("the summit held by ...", "the summit attended by ...": a participle may follow)
            after = v.tok(k + 1) if k + 1 < v.end else "."
            return v.low(k) if not (after.isalpha() and after.islower()) or after in lex.governing_prepositions \
                or after.endswith("ed") or v.low(k + 2) == "by" else None
        if v.low(k) in lex.governing_prepositions or v.low(k) in (",", ";", ":", ".", "and", "but"):
            return None  # "addressed the nation after the election", "hosted a dinner for summit leaders"
        if not (v.tok(k).isalpha() or v.low(k) == "-" or v.tok(k)[:1].isupper()):
            return None  # ("the G20 summit", "the EU-Russia summit": capitals and hyphens in the object)
    return None


def _event_joined_before(v: SentView, lex: Lexicon, d: DateMention) -> str | None:
    """The event a date closing a clause of taking part gives its day ("X joined the online
    summit by video link yesterday", "X took part in the summit from the capital on Tuesday"): its
    noun, within fifteen words before the date and the object of a verb of
    ``event_participation_verbs`` within six words before it, with no comma, stop or other clause
    between them (a participle's agent may stand there: "joined the summit hosted by Y via video
    link yesterday"; not "attended the summit before flying home on Wednesday")."""
    for k in range(d.start - 1, max(v.start, d.start - 16) - 1, -1):
        if v.low(k) in (",", ";", ":", ".", "and") or v.low(k) in lex.clause_openers:
            return None
        if v.low(k) in lex.event_day_nouns:
            # (or a noun further back: "joined the summit via video conference yesterday")
            for m in range(k - 1, max(v.start, k - 7) - 1, -1):
                if v.low(m) in (",", ";", ":", ".") or v.np(m) is not None:
                    break
                n = lex.event_participation.match(v.lower, m - v.start) if v.low(m) in lex.event_participation.firsts else 0
                if n and m + n <= k:
                    return v.low(k)
    return None


def _event_told_before(v: SentView, lex: Lexicon, d: DateMention) -> str | None:
    """The event noun or verb a date completes in its clause ("The vote was held on Sunday", "The
    summit in Vella opened on Tuesday", "X was sworn in on Monday": event_families' ``verbs``),
    the noun opening the clause or the verb right before the date; None for any other date."""
    verb = _event_verb_before(v, lex, d)
    if verb is not None:
        return verb
    k = d.start - 1
    j = v.opening  # (past a dateline the sentence opens with)
    if v.low(j) in lex.event_time_subordinators:
        j += 1  # "When the storm broke over the coast on Friday, ...": the storm's day
    elif v.tok(j).isalpha() and v.low(j + 1) in lex.event_day_nouns and v.low(j) not in lex.event_day_nouns:
        j += 1  # "Municipal elections were held on October 4": a capital only because the sentence opens there
    while j < d.start - 1 and (v.low(j) in lex.determiners or v.tok(j).isalpha() and v.tok(j).islower()
                               and v.low(j) not in lex.event_day_nouns or _measure_at(v, j)
                               or j > v.opening and _name_modifier(v, j) and v.low(j) not in lex.event_day_nouns):
        j += 1  # "The", "the presidential", "The 7.5-magnitude", "The African Union", "The EU-China"
    if j >= d.start - 1 or v.low(j) not in lex.event_day_nouns:
        return None
    between = range(j + 1, d.start)
    if list(between) == [j + 1] and v.low(j + 1) == ",":
        return v.low(j)  # "The attack, on Tuesday afternoon, killed 26": the day set off by commas
    if len(between) > 10 or any(v.low(x) in (",", ";", ":", "but") or v.low(x) in lex.relative_pronouns
                                or v.low(x) == "and" and not _joins_noun_phrases(v, lex, x) for x in between):
        return None
    return v.low(j)


def _name_modifier(v: SentView, j: int) -> bool:
    """Token ``j`` is part of a name or code before an event's noun ("African Union", "G20",
    "EU-China"), after the clause's first word: a capitalised word, or a hyphen between two."""
    return v.tok(j)[:1].isupper() or v.low(j) == "-" and v.tok(j - 1)[:1].isupper() and v.tok(j + 1)[:1].isupper()


def _joins_noun_phrases(v: SentView, lex: Lexicon, k: int) -> bool:
    """The "and" at ``k`` joins two noun phrases ("struck the coast and the islands"), not two
    clauses ("and killed", "and the president said"): a determiner or a capital after it, and no
    verb of saying within three words."""
    nxt = v.tok(k + 1) if k + 1 < v.end else ""
    after = v.tok(k + 2) if k + 2 < v.end else ""
    # (or an adjective before a name: "struck southern Turkey and northern Syria"; never a
    # person, who may open a clause of their own: "and Premier X said on Tuesday", "and X on
    # Wednesday visited the area")
    return (v.low(k + 1) in lex.determiners or nxt[:1].isupper() or nxt.isalpha() and nxt.islower() and after[:1].isupper()) \
        and not any(v.np(x) is not None for x in range(k + 1, min(v.end, k + 4))) \
        and not any(v.low(x) in lex.reporting_words for x in range(k + 1, min(v.end, k + 8)))


_MAGNITUDE = re.compile(r"\d{1,2}(?:\.\d)?")


def _measure_at(v: SentView, m: int) -> bool:
    """Token ``m`` is part of a quake's measure before its noun ("the 7.6-magnitude quake", "the
    magnitude 7.6 quake")."""
    return bool(_MAGNITUDE.fullmatch(v.tok(m))) and (v.tok(m + 1) in ("-", "magnitude") or v.low(m - 1) == "magnitude") \
        or v.tok(m) == "-" and bool(_MAGNITUDE.fullmatch(v.tok(m - 1)))

#: how far after the cue a lead telling a day by an event may open ("called X to congratulate him
#: on his second term the day after the run-off")
_EVENT_LEAD_REACH = 16
# how far before a date the "that" of an event's restrictive clause may stand ("the fire that
# swept through the pine slopes above the port late on May 3")
_CLAUSE_REACH = 16


def event_reference(v: SentView, lex: Lexicon, cue: Cue) -> tuple[str, int, int] | None:
    """ "On election night", "the day after the summit", "on the eve of his inauguration": a day
    told by an event, opening the sentence or in the cue's clause (right after the cue, or right
    before it): (the event's noun, the days it moves from the event's day, where it starts). Not
    one of saying ("wrote on election night that she had phoned X", "The day
    after the vote, X said she had phoned Y"), after "since" ("their first call since election
    night"), in a relative clause ("phoned X, who had spent election night in Vella"), nor a
    compound that qualifies a noun ("election day violence")."""
    leads, compounds, nouns = lex.event_day_leads, lex.event_day_compounds, lex.event_day_nouns
    if nouns.isdisjoint(v.lower) and lex.event_verbs.keys().isdisjoint(v.lower) \
            and _hyphen_heads(nouns).isdisjoint(v.lower):
        return None  # (most sentences name no event: one set operation each; "run-off" is three tokens)

    def noun(k: int) -> bool:
        # (a hyphenated noun is read at its first token: "run-off")
        return event_noun_at(v, k, nouns, ending=False) is not None

    for k in range(v.start, v.end):
        n, days = leads.lookup(v.lower, k - v.start) if v.low(k) in leads.firsts else (0, None)
        if n and v.low(k) in ("hours", "minutes") and v.tok(k - 1).isdecimal():
            # "48 hours after the vote": whole days, when the count makes some; "36 hours": no day
            hours = int(v.tok(k - 1)) // (60 if v.low(k) == "minutes" else 1)
            if hours % 24 and hours >= 24 or hours > 24 * 7:
                return None
            days += hours // 24 * (-1 if "before" in v.lower[k - v.start:k - v.start + n] else 1)
        at = None
        if n and not _clause_lead_holds(v, lex, k, n):
            n = 0  # "spent the day at the summit", "the day's talks": no clause telling the event
        if n:
            m = k + n
            # "the", "his", "Sunday's", "Lars Berg's", "the leaders'", a few lower-case words:
            # then the event's noun
            while m < min(v.end, k + n + 6) and not noun(m) and not _is_event_verb(v, lex, m) and (
                    v.tok(m).isalpha() and v.tok(m).islower() or v.low(m) in ("'s", "’s", "'", "’")
                    or v.tok(m)[:1].isupper() or v.tok(m).isdigit() and (v.tok(m - 1)[:1].isupper()
                                                                         or v.tok(m + 1)[:1].isupper())
                    or _measure_at(v, m)):
                # ("the day after the June 4 vote", "the 4 June vote": a date's day number by its
                # month; "the 7.6-magnitude quake", "the magnitude 7.6 quake": a measure)
                m += 1
            if m < v.end and _is_event_verb(v, lex, m) and m > k + n:
                # "the day after the Varnian was sworn in on May 2": the event the clause tells, with
                # its own day (not "the day after he announced his candidacy": which announcement)
                opening = k <= v.start + 1 or _opens(v, lex, k)
                dated = any(m < x.start <= m + 6 and _event_verb_before(v, lex, x) for x in v.dates)
                if (dated or v.low(m) not in lex.event_verbs_own_day) and (opening or cue.end <= k <= cue.end + _EVENT_LEAD_REACH) and v.low(k - 1) != "since" \
                        and not (k < cue.start and any(v.low(j) in lex.reporting_words for j in range(m + 1, cue.start))) \
                        and not (k > cue.end and any(v.low(j) in lex.relative_pronouns or v.low(j) in lex.reporting_words
                                                     for j in range(cue.end, k))):
                    return lex.event_verbs[v.low(m)], days, k
                continue
            at = m if m < v.end and noun(m) else None
        elif noun(k) and v.low(k + 1) in compounds:
            nxt = v.tok(k + 2)
            if not (nxt.isalpha() and nxt.islower()) or nxt in lex.governing_prepositions or nxt in ("and", "to"):
                at, days = k, compounds[v.low(k + 1)]  # (not "election day violence")
        if at is None:
            continue
        end = at + 1 if n else at + 2
        if v.low(k - 1) == "since" or v.low(k - 2) == "since" and v.low(k - 1) in ("on", "the"):
            return None
        opening = k <= v.start + 1 or _opens(v, lex, k)
        if not (opening or cue.end <= k <= cue.end + _EVENT_LEAD_REACH or 0 <= cue.start - end <= 3):
            continue
        if k < cue.start and any(v.low(j) in lex.reporting_words for j in range(v.start, cue.start)):
            return None  # the day of a report told before the call's verb
        if k > cue.end and (any(v.low(j) in lex.reporting_words for j in range(max(v.start, k - 3), k))
                            or any(v.low(j) in lex.relative_pronouns for j in range(cue.end, k))):
            return None  # "said the day after the summit that ...", "X, who had spent election night ..."
        return event_noun_at(v, at, nouns, ending=False), days, k
    return None


def opening_event(v: SentView, lex: Lexicon) -> str | None:
    """The event noun of a day told by an event that opens the sentence ("On the evening of the
    match, ...", "The day after the summit, ..."), when the sentence names no date of its own;
    else None."""
    if v.dates:
        return None
    k = v.start + (v.low(v.start) == "on")
    n = lex.event_day_leads.lookup(v.lower, k - v.start)[0] if v.low(k) in lex.event_day_leads.firsts else 0
    if not n or _is_clause_lead(v, lex, k, n):
        return None
    j = _event_noun_within(v, lex, k + n, min(v.end, k + n + 5))
    return event_noun_at(v, j, lex.event_day_nouns, ending=False) if j is not None else None


def _clause_lead_holds(v: SentView, lex: Lexicon, k: int, n: int) -> bool:
    """A lead of ``n`` tokens at ``k`` that opens a clause ("the day the quake hit": dates.json
    event_day_leads' ``clause``) is one only before "that", "when" or a determiner, with the
    clause's verb after the event's noun; any other lead holds as it is."""
    if not _is_clause_lead(v, lex, k, n):
        return True
    m = k + n
    if m < v.end and v.low(m) in ("that", "when"):
        m += 1
    if m < v.end and (v.tok(m)[:1].isupper() or v.low(m) in lex.subject_pronouns):
        # "on the night Mr X was sworn in", "the day she took office": a named subject (or a
        # pronoun), then the event's verb
        j = m + (v.low(m) in lex.subject_pronouns)
        while j < min(v.end, m + 6) and (v.tok(j)[:1].isupper() or v.low(j) in ("was", "were", "had", "been", "is")):
            j += 1
        if j < v.end and v.low(j) in lex.event_verbs_before.get(v.low(j + 1), ()):
            j += 1  # ("took office", "took over": the word the verb needs, then the verb's word)
        return j < v.end and _is_event_verb(v, lex, j)
    if m >= v.end or v.low(m) not in lex.determiners and v.low(m) not in lex.possessive_pronouns:
        return False
    j = _event_noun_within(v, lex, m + 1, min(v.end - 1, m + 4))
    return j is not None and _clause_verb(v, lex, j + 1)


def _is_clause_lead(v: SentView, lex: Lexicon, k: int, n: int) -> bool:
    return " ".join(v.lower[k - v.start:k - v.start + n]) in lex.event_day_clause_leads


def _event_noun_within(v: SentView, lex: Lexicon, lo: int, hi: int) -> int | None:
    """The first event noun from ``lo`` on, before ``hi``, over words and possessives only."""
    for j in range(lo, hi):
        if v.low(j) in lex.event_day_nouns:
            return j
        if not (v.tok(j).isalpha() or v.low(j) in ("'s", "’s")):
            return None
    return None


def _clause_verb(v: SentView, lex: Lexicon, k: int) -> bool:
    """The word at ``k``, right after an event's noun, is the verb of a clause telling the event
    ("the quake hit", "the vote was counted"; not "the quake victims", "his quake relief plan")."""
    word = v.tok(k) if k < v.end else ""
    return word.isalpha() and word.islower() and (word.endswith("ed") or word in lex.event_clause_verbs)


def _noun_heads(v: SentView, lex: Lexicon, j: int) -> bool:
    """The event's noun at ``j`` heads its phrase ("the eve of the vote,", "the day of the vote
    in Vella"; not "the day of the flood warnings")."""
    nxt = v.tok(j + 1) if j + 1 < v.end else "."
    return not (nxt.isalpha() and nxt.islower()) or nxt in lex.governing_prepositions or nxt in ("and", "that", "which")


def _event_apposed(v: SentView, lex: Lexicon, d: DateMention) -> tuple[str, int] | None:
    """A day told by an event right after a date and a comma ("on May 2, the day the quake
    hit", "May 2, the eve of his inauguration"): (the event's noun, the days the lead moves
    from the event's day), so that the event's day is the date less them."""
    k = d.end + 1
    if k >= v.end or v.low(d.end) != "," or v.low(k) not in lex.event_day_leads.firsts:
        return None
    n, days = lex.event_day_leads.lookup(v.lower, k - v.start)
    if not n or not _clause_lead_holds(v, lex, k, n):
        return None
    j = _event_noun_within(v, lex, k + n, min(v.end, k + n + 5))
    # (the noun heading its phrase, or the subject of the lead's clause)
    return (v.low(j), days) if j is not None and (_is_clause_lead(v, lex, k, n) or _noun_heads(v, lex, j)) else None


# the words placing an event before its day ("the summit in Vella in October"): grammar
_PLACE_LINKS = frozenset(("in", "at", "of", "the", ","))


def _since_phrase_closed(v: SentView, lex: Lexicon, k: int, end: int) -> bool:
    """ "his first call since taking office on March 1 had been with X on Saturday": a gerund's
    phrase after "since" at ``k``, closed by its own day, then a verb of being or having of the
    clause before ``end`` (not "since hearing the plane had crashed on Sunday")."""
    if not v.low(k + 1).endswith("ing"):
        return False
    own = next((x for x in v.dates if k + 1 < x.start and x.end < end), None)
    return own is not None and any(v.low(j) in lex.finite_be or v.low(j) in lex.perfect_auxiliaries
                                   for j in range(own.end, end))


def _since_a_date(v: SentView, k: int, d: DateMention) -> bool:
    """ "their first call since January on Tuesday": the "since" at ``k`` governs a date of its
    own, closed before ``d``; ``d`` is the main clause's day again, not a day of the last contact."""
    return any(x.start <= k < x.end or x.start == k + 1 for x in v.dates
               if x is not d and x.end <= d.start and all(v.low(j) == "," for j in range(x.end, d.start)))


def _new_subject_between(v: SentView, lo: int, hi: int, that: bool = False) -> bool:
    """A coordinated clause with a named subject of its own opens between ``lo`` and ``hi``:
    ", and Minister X will visit" (but not ", and with X on Tuesday", a second partner); with
    ``that``, a "that" clause too ("agreeing that X would travel to Vell next week")."""
    for k in range(lo, hi - 2):
        if v.low(k) == "," and v.low(k + 1) in ("and", "but"):
            np = v.np(k + 2)
            if np is not None and np.kind == NAME and not np.possessive and np.end < hi:
                return True
        if v.low(k) == ";" and (np := v.np(k + 1 + (v.low(k + 1) in ("the", "and")))) is not None \
                and np.kind in (NAME, ROLE) and not np.possessive and np.end < hi \
                and not all(v.low(t) in v.lower[: k - v.start] for t in range(np.start, np.end)
                            if v.tok(t)[:1].isalpha() and v.low(t) not in ("the", "a")):
            # "X requested the call; the trade minister rang Y late Saturday" (but "Premier X spoke
            # with Y; the premier raised trade in the call on Tuesday": the subject's words all told
            # before, one of the call's people)
            return True
        if that and v.low(k) == "that" and (np := v.np(k + 1)) is not None and np.start == k + 1 and np.kind == NAME \
                and not np.possessive and np.end < hi:
            return True
        if that and v.low(k) == "that" and k > lo and (m := next((j for j in range(k + 2, min(hi, k + 7))
                                                              if v.low(j) in FUTURE_MODALS), None)) is not None \
                and all(v.tok(j).isalpha() for j in range(k + 1, hi)):
            # "agreed that the brigade would cross the bridge on Sunday": what is to come (the
            # clause running on to the date: not "to say that aid would be sent, on Monday")
            return True
    return False


def by_reporting_word(v: SentView, lex: Lexicon, d: DateMention) -> bool:
    """A reporting word within four words before the date or two after it ("said on Friday",
    "the office on Thursday confirmed")."""
    reporting = lex.reporting_words
    # (a capital inside the sentence is a name's: "Sheikh Amar bin Said died late on 3 May")
    return any(v.low(k) in reporting and (k == v.start or not v.tok(k)[:1].isupper())
               for k in range(max(v.start, d.start - 4), d.start)) \
        or any(v.low(k) in reporting and not v.tok(k)[:1].isupper() for k in range(d.end, min(v.end, d.end + 2)))


def _reporting_day(v: SentView, lex: Lexicon, d: DateMention, cue: Cue) -> bool:
    """ "the office on Thursday confirmed", "said on Friday", "On Wednesday, the spokesman said
    that ...": the day a report was made."""
    reporting = lex.reporting_words
    if by_reporting_word(v, lex, d):
        # unless the day sits right by the cue: "spoke on Friday, the office said"
        return not (cue.end <= d.start <= cue.end + 3)
    # a reporting verb between the day and the cue: the day is the report's (not one of an aside
    # after the day: "had taken, on Friday, soon after the count was announced, a call")
    # (or a report denied: "on Tuesday dismissed a Vell Times report that ...")
    return d.end <= cue.start \
        and any(v.low(k) in reporting or denied_report_at(v, lex, k) is not None for k in range(d.end, cue.start)) \
        and not _aside_between(v, d, cue)


def _written_report(v: SentView, lex: Lexicon, d: DateMention) -> bool:
    """A verb of writing or posting, or a written report's noun, before the day: the report is a
    text of its own whose day may not be the story's ("wrote that he had spoken this morning"); a spoken
    one with no day of its own is the story's ("told parliament he had spoken this morning")."""
    before = v.lower[: max(0, d.start - v.start)]
    return not (lex.writing_verbs.isdisjoint(before) and lex.publishing_verbs.isdisjoint(before)
                and lex.written_report_nouns.isdisjoint(before))


def _second_partner_at(v: SentView, lo: int, hi: int) -> int | None:
    """Where, between tokens ``lo`` and ``hi``, "and" (or "then") and a preposition open a second
    partner's phrase ("spoke with A in March, and with B on Wednesday": a call of its own), else
    None."""
    for k in range(lo, hi - 2):
        if v.low(k) in ("and", "then") and v.low(k + 1) in ("with", "to") and (np := v.np(k + 2)) is not None \
                and np.start == k + 2 and np.end <= hi:
            return k
    return None


def _aside_between(v: SentView, d: DateMention, cue: Cue) -> bool:
    """The day stands between commas after the clause's verb and an aside set off by commas
    follows it, closing just before the call's noun ("had taken, on the Friday night, two hours
    after the vote closed, a call"): what the aside tells is not the day's."""
    if d.end > cue.start or v.low(d.end) != "," or v.low(d.start - 1) != ",":
        return False
    close = max((k for k in range(d.end + 1, cue.start) if v.low(k) == ","), default=None)
    return close is not None and 0 < cue.start - close <= 3 and v.tok(d.start - 2).isalpha() \
        and v.tok(d.start - 2).islower()


_NEW_DAY_LEADS = frozenset(("to", "until", "till"))


def _after_dated_event(v: SentView, lex: Lexicon, cue: Cue, anchor_day: date | None, status: CallStatus) -> date | None:
    """ "the morning after the Vella earthquake of 21 November", "two days before the vote of
    May 3": a gap (the part of a day after "the", or trailing_gaps) then "after" or "before" the
    event (event_day_nouns) whose date follows it with "of": that date moved by the gap, when the
    sentence names no other date (a day of the call's own wins: "rang Y on Friday, a week after
    the vote of May 3") and the gap follows no verb after the call's ("rang Y about the aid
    pledged the day after ...")."""
    d = next((d for d in v.dates if v.low(d.start - 1) == "of"), None)
    if d is None:
        return None
    k = d.start - 1  # "of"
    n = k - 1
    while n > k - 4 and n >= v.start and v.low(n) not in lex.event_day_nouns:
        n -= 1  # ("the Vella earthquake of": the event's noun, a name or two before "of")
    if n < v.start or v.low(n) not in lex.event_day_nouns \
            or not all(v.tok(t)[:1].isupper() for t in range(n + 1, k)):
        return None
    t = n - 1
    while t > v.start and t > n - 4 and v.low(t) not in lex.definite_determiners:
        t -= 1
    side = t - 1  # "after" or "before" (``_SIDES``)
    if v.low(t) not in lex.definite_determiners or v.low(side) not in _SIDES:
        return None
    if v.low(side - 1) in day_parts() | {"day"} and v.low(side - 2) in lex.definite_determiners:
        days, opens = 1, side - 2  # "the morning after the earthquake of 21 November"
    else:
        gap = next(((g, m) for g in range(max(v.start, side - 3), side)
                    if (m := lex.trailing_gaps.lookup(v.lower, g - v.start))[0] and g + m[0] == side), None)
        if gap is None:
            return None
        days, opens = gap[1][1], gap[0]
    if any(x is not d and not opens <= x.start < side for x in v.dates):
        return None  # (a date of its own elsewhere in the sentence; "the evening before" is the gap's)
    before = v.tok(opens - 1)
    if cue.end <= opens - 1 and before.isalpha() and before.islower() and before.endswith("ed"):
        return None  # ("rang Y about the aid pledged the day after ...": the gap of another verb's)
    day = resolve_date(d.expression, anchor_day, future=status is CallStatus.PLANNED)
    return day + timedelta(days=_SIDES[v.low(side)] * days) if day is not None else None


# which way a gap counts from the event it stands before or after (closed-class grammar)
_SIDES = {"after": 1, "before": -1}


def call_day(v: SentView, lex: Lexicon, cue: Cue, status: CallStatus, anchor_day: date | None) -> Day:
    if status is CallStatus.PLANNED and (off := called_off_end(v, lex, cue)) is not None:
        # "the call was postponed until Monday": the new day; "postponed on Friday": when it was
        # called off, no day of the call
        # (the day the call had, "the call on Friday was postponed", when no new one is told)
        new = next((d for d in v.dates if d.start >= off and (v.low(d.start - 1) in _NEW_DAY_LEADS
                    or d.expression.lower().split()[0] in _NEW_DAY_LEADS)), None) \
            or next((d for d in v.dates if cue.end <= d.start and d.end <= off), None)
        return Day(resolve_date(new.expression, anchor_day, future=True) if new is not None else None)
    if (trailing := trailing_participle(v, lex, cue)) is not None and not any(d.start >= cue.end for d in v.dates):
        # "X phoned Y on Thursday, a day after speaking with Z": the day before the main clause's
        # (no gap told, "..., after speaking with Z": no day; a day of its own after the gerund is
        # read as any call's)
        comma, days = trailing
        main = [d for d in v.dates if d.end <= comma and not is_back_reference(d.expression.lower().strip())]
        day = resolve_date(main[-1].expression, anchor_day, future=status is CallStatus.PLANNED) \
            if main and days is not None else None
        return Day(day + timedelta(days=days) if day is not None else None)
    if (gap := _finite_trailing(v, lex, cue)) is not None and not any(d.start >= cue.end for d in v.dates):
        # "X phoned Y on Thursday, two days after he spoke with Z": the days counted back from the
        # day that ends the main clause; "The call came a day after X spoke with Z": from the day
        # named before; any other day in the sentence may be another event's: no day
        lead, days = gap
        # ("just a day after", "only two days after": an adverb before the gap)
        comma = lead - 1 - (v.low(lead - 1).endswith("ly") or lex.trailing_gaps.match(v.lower, lead - 1 - v.start) == 1)
        if v.low(comma) == ",":
            # (not "to discuss the vote of March 1, a day after ...", "Y, who was re-elected on
            # Tuesday, two days after ...": a day of another event or of a clause of its own)
            main = next((d for d in v.dates if d.end == comma and not is_back_reference(d.expression.lower().strip())
                         and not by_reporting_word(v, lex, d) and v.low(d.start - 1) != "of"
                         and not day_of_event(v, lex, d) and not in_clause_of_its_own(v, lex, d)), None)
            day = resolve_date(main.expression, anchor_day, future=status is CallStatus.PLANNED) if main else None
            return Day(day + timedelta(days=days) if day is not None else None)
        if not v.dates and (n := lex.anaphora.match(v.lower, 0)) and v.low(v.start + n) in lex.call_arrival_verbs:
            return Day(back_reference=True, back_offset=days)
        return Day()
    if (dated := _after_dated_event(v, lex, cue, anchor_day, status)) is not None:
        return Day(dated)
    if cue.kind == CALL_VERB and (np := v.np(cue.end)) is not None and np.start == cue.end and the_day_of(v, lex, np.end) \
            and not any(d.start > np.end and (v.low(d.start - 1) == "," or v.low(d.start - 1) == "on" and v.low(d.start - 2) == ",")
                        for d in v.dates):
        # "X, who rang Y the day she took office, told reporters on Monday ...": the call's own time, told
        # by another event; a day named elsewhere in the sentence is not the call's (unless it
        # restates that time after a comma: "the day she took office, on Friday")
        return Day()
    candidates = []
    named: dict[int, DateMention] = {}  # candidate -> its date, for the days a text names
    if cue.kind == "noun":
        # ("the Sunday-morning call": a part of the day joined to it; but "received this evening a
        # call": a determiner opens the noun's own phrase after the day, which is the verb's)
        own = next((d for d in v.dates if d.end <= cue.start and all(
            (v.low(k) in lex.medium_words or v.low(k) in lex.cue_phrase_words or v.low(k) == "-" or v.low(k) in day_parts())
            and v.low(k) not in lex.determiners for k in range(d.end, cue.start))), None)
        if own is not None and (own.end >= cue.start - 2 or own.end == cue.start - 3 and v.low(own.end) == "-"):
            day = resolve_date(own.expression, anchor_day, future=status is CallStatus.PLANNED)
            if day is not None:
                return Day(day, own=True)  # "the June 15 call", "Monday's phone call"
    # "her Friday post says she has just talked to Y": the day of the report is the call's
    # ("I just had a call with Y": before the light verb of a call noun)
    verb = cue.verb_start if (held := line_holder(v, lex, cue)) is None else held  # ("just had Y on the line")
    just = any(v.low(k) in lex.immediacy_words for k in range(max(v.start, verb - 2), verb))
    for d in v.dates:
        if _tied_to_outlet(v, lex, d) and not just:
            continue
        narrative = narrative_day(v, lex, d)
        if status is CallStatus.OCCURRED and v.low(d.start - narrative.words_before - 1 if narrative else d.start - 1) == "by" \
                and d.start > v.start and not (is_back_reference(d.expression) and v.low(d.end - 1) in day_parts()):
            # "By the Friday, X had phoned Y twice": a deadline, no day of a call (but "By that
            # evening X was on the phone to Y": within the day named before)
            continue
        if _other_event(v, lex, replace(d, start=d.start - narrative.words_before) if narrative else d, cue):
            continue  # (the words of "the following Monday" are the date's, not another event's)
        expr = d.expression.lower().strip()
        if _opens_event_clause(v, lex, d, cue):
            continue  # "the evening before she left Vell": a day counted from an event no date tells
        if expr.startswith("since ") or v.low(d.start - 1) == "since":
            continue  # "their first call since January": the last contact before the call, not its day
        if d.start >= cue.end and (k := _second_partner_at(v, cue.end, d.start)) is not None \
                and any(cue.end <= x.start < k for x in v.dates):
            continue  # "spoke with A in March, and with B on Wednesday": B's call's day, not A's
        if expr in lex.reported_day_parts and d.start not in v.quoted and _own_report_before(v, lex, d.start):
            # "X said she had spoken with Y earlier in the evening": the evening of the day X said
            # it (the day the sentence gives the saying, else the text's), not of the day named
            # before ("According to aides, X had spoken with Y earlier in the evening" is that day's)
            candidates.append((False, 0, _said_on(v, lex, anchor_day) or anchor_day, None, None))
            continue
        if is_back_reference(expr):
            if status is CallStatus.PLANNED and expr.startswith("by "):
                continue  # "will phone X by the evening": a deadline, no day named before
            # one before the cue weighs like any day before it ("congratulated him the day before,
            # praised ... on Monday during a call": Monday is the call's)
            near = d.start - cue.end if d.start >= cue.end else cue.start - d.end
            candidates.append((False, near if d.start >= cue.end or d.start == v.start or _opens(v, lex, d.start)
                               else 100 + near, None, None, d))
            continue
        # the dateline's day is the day the story was filed, a fallback like a report's day
        weak = (_reporting_day(v, lex, d, cue) or d.filed) and not just
        # "says he spoke yesterday": a statement of the text's day, its relative days resolve
        # ("has said": a present perfect is the text's day too)
        # (no reporting word before the day, most dates: one set operation, not a step per word)
        reported = not lex.reporting_words.isdisjoint(v.lower[: max(0, d.start - v.start)]) and any(
            v.low(i) in lex.reporting_words and v.low(i) not in lex.present_reporting_words
            and v.low(i - 1) not in {"has", "have"} for i in range(v.start, d.start))
        quoted = d.start in v.quoted and cue.start not in v.quoted
        vague = None
        in_quote = d.start in v.quoted and cue.start in v.quoted
        # (and 'said on Wednesday he had spoken with Y "this morning"': the day told is the saying's)
        said = _said_on(v, lex, anchor_day) if (in_quote or quoted or reported) and is_relative_day(expr) else None
        if said is not None:
            # 'said on Tuesday: "I will call him tomorrow"': counted from the day it was said
            day = resolve_date(d.expression, said)
        elif (reported and (_written_report(v, lex, d) or resolve_date(expr, anchor_day) != anchor_day) or quoted) \
                and not in_quote and expr in lex.reported_relative_days:
            # "he wrote that he had spoken earlier in the day": relative to an unknown post; "he said
            # he had spoken yesterday": to the day he said it, which may be the story's day before
            # (but "told parliament he had spoken this morning": the story's day)
            day = None
        elif d.start in v.quoted and expr in lex.quoted_relative_days:
            # "“We spoke this morning,” she said": the day of a statement the text may not date (a
            # fallback; but '"I will call him this afternoon," she said' is the text's day, a plan
            # having no other to fall back on)
            day, weak = resolve_date(d.expression, anchor_day), status is not CallStatus.PLANNED
        else:
            day = resolve_date(d.expression, anchor_day, future=status is CallStatus.PLANNED)
            vague = resolve_period(d.expression, anchor_day) if day is None else None
            if vague is not None and status is CallStatus.PLANNED and vague[1] == anchor_day and vague[0] < anchor_day:
                # "to hold a call this week": the days of the period still to come, not those gone
                vague = (anchor_day, anchor_day + (anchor_day - vague[0]))
        if d.start == v.start or _opens(v, lex, d.start):
            distance = 1
        elif d.end <= verb and all(v.low(k) in lex.subject_verb_gap for k in range(d.end, verb)):
            # "X on Thursday telephoned Y to congratulate him on the vote of May 3": the verb's
            # own day, before any day its object or purpose names
            distance = 2
        elif d.start >= cue.end:
            distance = d.start - cue.end if d.start - cue.end <= 25 else 500 + d.start - cue.end
        else:
            distance = 100 + cue.start - d.end
        if vague and not expr.startswith(lex.near_periods):
            distance += 50  # "the agreement reached in November": a bare month is a weak clue
        candidates.append((weak, distance, day, vague, False))
        named[len(candidates) - 1] = d
    if not candidates:
        event = event_reference(v, lex, cue)
        if event is not None:
            # "On election night, X phoned Y"; "X will phone Y a day before the talks open": a
            # plan's event is one still to come
            return Day(event=event[0], back_offset=event[1])
        if status is not CallStatus.PLANNED and time_of_day_in(v, lex, v.start, v.end) \
                and lex.other_time_phrases.find(v.lower) is None and not names_a_year(v):
            # "Y received a call from X shortly after 8am", with no day: the day named before (the
            # next day "after midnight"; not "In 2019, X phoned Y at midnight", "Last year ...")
            return Day(back_reference=True, back_offset=1 if past_midnight(v) else 0)
        return Day()
    backs = [c[4] for c in candidates if c[2] is None and c[4] not in (None, False)
             and is_back_reference(c[4].expression.lower().strip())]
    if len(backs) > 1:
        # "By mid-morning the next day": the part of a day the other back reference moves to
        moved = [d for d in backs if back_reference_offset(d.expression)]
        candidates = [c for c in candidates if not (c[4] not in (None, False) and c[4] in backs
                                                    and not back_reference_offset(c[4].expression)
                                                    and any(abs(c[4].end - m.start) <= 2 or abs(m.end - c[4].start) <= 2
                                                            for m in moved))]
    firm = [c for c in candidates if not c[0]]
    best = min(firm, key=lambda c: c[1]) if firm else None
    if best is not None and best[2] is None and best[3] is not None and (period := named.get(candidates.index(best))):
        # "for the second time this month on Tuesday": a day inside the period, right beside it,
        # names the call's day more closely than the period does
        inside = [n for n, c in enumerate(candidates) if not c[0] and c[2] is not None and not c[4] and n in named
                  and best[3][0] <= c[2] <= best[3][1] and _abut(v, period, named[n])]
        # (one day alone: "twice this week, on Monday and Wednesday", "on March 3 or 4" name no one day)
        after = named[inside[0]].end if len(inside) == 1 else None
        if after is not None and v.low(after) not in ("and", "or", "&") \
                and not (v.low(after) == "," and any(0 < x.start - after <= 2 for x in v.dates)):
            best = candidates[inside[0]]
    # (asked only where no day of the sentence's own dates the call, or a back reference may be an
    # event's: most call sentences name a day)
    event = None if best is not None and not best[4] else event_reference(v, lex, cue)
    if best is not None and not best[4] and status is not CallStatus.PLANNED and (told := named.get(candidates.index(best))) \
            and _event_verb_before(v, lex, told) and (clause := event_reference(v, lex, cue)) is not None \
            and clause[2] < told.start:
        # "The day after she took the oath on November 17, X phoned Y": the date is the event's, the
        # call a day after it
        return Day(event=clause[0], back_offset=clause[1])
    if event is not None and (best is None or best[4].start == event[2]):
        # "the day before the summit": the summit's day, else (a back reference) the day named
        # before; a report's day is no day of the call
        return Day(event=event[0], back_offset=event[1], back_reference=best is not None)
    if best is not None:
        if best[4]:
            # "A day earlier, on Saturday, ...": the day said in apposition to the back reference
            said = [c for n, c in enumerate(candidates) if not c[0] and c[2] is not None and n in named
                    and 0 <= named[n].start - best[4].end <= 2]
            if said:
                told = named[candidates.index(said[0])]
                if (narrative := narrative_day(v, lex, told)) is not None and status is not CallStatus.PLANNED:
                    # "Two days after the talks, on the Sunday": the Sunday of the story's week, on the
                    # side of the story's day the back reference points to ("A day before the
                    # call, on the Saturday": the Saturday before)
                    offset = back_reference_offset(best[4].expression)
                    direction = -1 if offset < 0 else 1 if offset > 0 else narrative.direction
                    return Day(back_reference=True, around=(told.expression, direction, narrative.story),
                               fallback=said[0][2] if narrative.story else None)
                return Day(said[0][2])
            offset = back_reference_offset(best[4].expression)
            # "spoke with A on Tuesday and with B a day earlier": the day named before in the sentence
            before = [resolve_date(d.expression, anchor_day) for d in v.dates
                      if d.end <= best[4].start and not is_back_reference(d.expression.lower().strip())
                      and not _in_closed_relative(v, lex, d, best[4].start)]
            before = [b for b in before if b is not None]
            if before:
                return Day(before[-1] + timedelta(days=offset))
            fallback = resolve_date(best[4].expression, anchor_day)
            if fallback is None and back_reference_same_day(best[4].expression):
                fallback = anchor_day  # "he had called her a few minutes earlier": the day told
            return Day(back_reference=True, back_offset=offset, fallback=fallback)
        told = named.get(candidates.index(best))
        if best[2] is not None and told is not None and (direction := event_weekday(v, told)):
            # "on the Sunday after the vote", "the Friday before May 3": counted from that day
            dated, day = event_weekday_day(v, told, direction, anchor_day)
            # ("on the Friday after the summit": counted from the day the text gives the summit, when
            # it gives one; else from the day named before)
            k = told.end + 1 + (v.low(told.end + 1) in ("the", "this", "that", "last"))
            noun = event_noun_at(v, k, lex.event_day_nouns, ending=False)
            return Day(day) if dated else Day(back_reference=True, around=(told.expression, direction, None), event=noun)
        if best[2] is not None and told is not None and status is not CallStatus.PLANNED \
                and (narrative := narrative_day(v, lex, told)) is not None:
            # "on the Friday", "the following Monday": counted from a day the story named before
            fallback = best[2] if narrative.story else None
            direction = narrative.direction
            offsets = [back_reference_offset(o.expression) for o in v.dates
                       if o.end <= told.start and is_back_reference(o.expression.lower().strip())]
            verb = cue.verb_start
            if offsets and offsets[-1]:
                direction = -1 if offsets[-1] < 0 else 1  # "Two days earlier, on the Saturday": the one before
            elif any(v.low(k) in _BACKWARD for k in range(max(v.start, told.start - 8), told.start)):
                direction = -1  # "A day before the call, on the Saturday"
            elif narrative.story and "had" in (v.low(k) for k in range(max(v.start, verb - 2), verb)) \
                    and lex.reporting_words.isdisjoint(v.lower[: verb - v.start]):
                # "The vote was on Sunday, May 5. On the Saturday, X had phoned Y": leaning back from the
                # story's day ("On Friday, the rebels had seized the airport. On the Saturday, X had
                # phoned Y": the day after; not after a verb of saying, whose past the pluperfect follows)
                direction = LEANING_BACK
            if (base := day_named_in(v, lex, told.start, anchor_day)) is not None:
                return Day(narrative_resolved(told.expression, direction, base, anchor_day, fallback))
            reported = _report_day(v, lex, told, anchor_day, before_only=False)
            if reported is not None:
                # "phoned Y on the Monday, his office said on Tuesday": the Monday before the report
                # ("told parliament on Tuesday that Y had called him the previous Friday")
                return Day(narrative_resolved(told.expression, -1 if narrative.story else direction, reported,
                                              anchor_day, fallback))
            return Day(back_reference=True, around=(told.expression, direction, narrative.story), fallback=fallback)
        if best[2] is not None and (universal := universal_day(v, lex, told, best[2])) is not None:
            # "at 7 p.m. on Thursday in Vella": that moment's day in universal time (it wins over a
            # local day another sentence told)
            return Day(universal, own=True)
        if best[2] is not None and (other := _other_zone_day(v, told, anchor_day)) and other[0]:
            # "at 7am on Monday, Tokyo time, which was Sunday evening in Ottawa": the
            # moment told in two time zones; the earlier day is the one nearer universal time for
            # the zones far ahead of it that such sentences convert from, but a night in a place far
            # behind it is the next day there ("at 2am on Friday, while it was still late Thursday
            # night in Mexico City": Friday)
            night = night_universal_day(v, other[1], other[0])
            return Day(night if night is not None else min(best[2], other[0]))
        if best[2] is not None and told is not None and status is not CallStatus.PLANNED:
            # "X told parliament on Tuesday that Y had called him on Friday": the Friday before the
            # report, not after it
            reported = _report_day(v, lex, told, anchor_day, before_only=True)
            if reported is not None and best[2] > reported and (again := resolve_date(told.expression, reported)) is not None:
                return Day(again)
        return Day(best[2], False, best[3] if best[2] is None else None)
    if status in (CallStatus.PLANNED, CallStatus.DENIED):
        # "said on Monday he would phone Y", "denied on Tuesday having spoken with Y": the day
        # of the report or the denial, never of a plan nor of the call denied
        return Day()
    best = min(candidates, key=lambda c: c[1])
    return Day(best[2], best[2] is not None, None)


def _finite_trailing(v: SentView, lex: Lexicon, cue: Cue) -> tuple[int, int] | None:
    """A call verb's own clause after a gap and a lead ("two days after he spoke with Z", "a day
    after X had phoned Z"; discourse.json trailing_gaps, trailing_leads), its subject a pronoun or
    a name right before the verb: (where the gap starts, the days from the day before it to the
    call's)."""
    if cue.kind == NOUN and cue.light is not None and cue.light_start is not None and not v.low(cue.light_start).endswith("ing"):
        verb = cue.light_start  # ("two days after X held a telephone conversation with Z": the light verb's clause)
    elif cue.kind not in (CALL_VERB, TALK_VERB, CONTACT_VERB) or v.low(cue.start).endswith("ing"):
        return None
    else:
        verb = cue.start
    verb -= v.low(verb - 1) in lex.perfect_auxiliaries
    if v.low(verb - 1) == ")" and (opened := next((k for k in range(verb - 2, max(v.start, verb - 8), -1) if v.low(k) == "("), None)):
        verb = opened  # ("X (in another script) held a call": the name's gloss in brackets)
    np = v.np(verb - 1)
    if v.low(verb - 1) in lex.subject_pronouns:
        subject = verb - 1
    elif np is not None and np.kind == NAME and np.end == verb and not np.possessive:
        subject = np.start
    else:
        return None
    while subject - 1 > v.start and (v.low(subject - 1) in lex.title_words or v.low(subject - 1) in lex.portfolio_words
                                     or v.low(subject - 1) in ("of", "and")) and v.low(subject - 1) not in lex.trailing_leads:
        subject -= 1  # ("a day after Trade Minister X had held ...": the name's title)
    if (direction := lex.trailing_leads.get(v.low(subject - 1))) is None \
            or (gap := trailing_gap(v, lex, subject - 1)) is None:
        return None
    return gap[0], direction * gap[1]


def in_clause_of_its_own(v: SentView, lex: Lexicon, d: DateMention) -> bool:
    """Between the last comma before the date ``d`` (or the sentence's start) and the date, a
    relative pronoun or a word of another event opens a clause of its own ("Y, who was sworn in on
    Tuesday", "after the strike on Tuesday")."""
    k = d.start - 1
    while k > v.start and v.low(k) != ",":
        if v.low(k) in lex.relative_pronouns or v.low(k) in lex.other_event_words:
            return True
        k -= 1
    return False


def _abut(v: SentView, a: DateMention, b: DateMention) -> bool:
    """Two date expressions stand side by side, a comma between them at most."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    return all(v.low(k) == "," for k in range(first.end, second.start))


def _opens_event_clause(v: SentView, lex: Lexicon, d: DateMention, cue) -> bool:
    """A day counted before or after ("the day before", "the night after") that goes on to a clause
    of its own ("the evening before she left Vell", "the day after President Sorn landed"): the
    day of an event the clause tells, not one counted from the text's day or a day named before.
    Not when the clause is the call's own ("The night before Sorn had called Berg"): before the
    cue, a comma must close it first."""
    if v.low(d.end - 1) not in ("before", "after") or d.end >= v.end:
        return False
    if d.start < cue.start and "," not in v.lower[d.end - v.start:cue.start - v.start]:
        return False
    if v.low(d.end) in lex.subject_pronouns:
        return True
    j = d.end  # a named subject, titles included ("President Sorn"), then its verb
    while j < min(v.end, d.end + 5) and v.tok(j)[:1].isupper() and v.tok(j).replace(".", "").isalpha() \
            and v.low(j) not in calendar_names():
        j += 1
    return j > d.end and j < v.end and v.tok(j).isalpha() and v.tok(j).islower() \
        and v.low(j) not in lex.governing_prepositions


def event_weekday(v: SentView, d: DateMention) -> int:
    """For "the Sunday (morning)" right before "after", "following", "before" ... ("on the
    Sunday after the vote"), the direction the weekday is counted in from the other day (1
    after, -1 before); 0 for any other date. "on Sunday after the vote" is the text's Sunday:
    the article before the weekday makes the construction."""
    words = d.expression.lower().split()
    if len(words) > 3 and words[1:3] == ["on", "the"]:
        words = words[1:]  # ("late on the Friday after the summit": a part of the day before it)
    if words[:1] != ["the"] and words[:2] != ["on", "the"]:
        return 0
    direction = weekday_relation(v.low(d.end))
    return direction if direction and weekday_around(d.expression, date(2000, 1, 1), direction) is not None else 0


def narrative_day(v: SentView, lex: Lexicon, d: DateMention) -> Narrative | None:
    """For a weekday told from the story's own days ("on the Friday", "that Friday", "the
    following Monday"), how it is counted (``dates.narrative_weekday``); None for any other date,
    for "the Sunday after the vote" (``event_weekday``: counted from the event's day), and for
    "that" opening a clause ("said that Monday's vote ...")."""
    if event_weekday(v, d):
        return None
    found = narrative_weekday(d.expression, tuple(v.low(k) for k in range(max(v.start, d.start - 2), d.start)))
    if found is not None and found.words_before and v.low(d.start - 1) == "that" and (
            v.low(d.end) in ("'s", "’s") or v.low(d.start - 2) in lex.reporting_words or v.low(d.start - 2) in lex.speech_verbs):
        return None
    return found


def day_named_in(v: SentView, lex: Lexicon, end: int, anchor_day: date | None) -> date | None:
    """The last day the sentence names before token ``end`` that stands on its own (no back
    reference, no weekday of the story's days, no day of a report), or None."""
    named = [resolve_date(o.expression, anchor_day) for o in v.dates
             if o.end <= end and not is_back_reference(o.expression.lower().strip()) and narrative_day(v, lex, o) is None
             and not by_reporting_word(v, lex, o)]
    named = [n for n in named if n is not None]
    return named[-1] if named else None


# words before a weekday of the story's that turn it back from the story's day (grammar)
_BACKWARD = frozenset(("before", "earlier", "previously"))


def _own_report_before(v: SentView, lex: Lexicon, end: int) -> bool:
    """A reporting word before token ``end`` right after a person's name or a pronoun that is
    the clause's subject ("X said", "she told reporters"): someone's own account (not "aides
    said", "According to aides", "X, who reporters said ...")."""
    for k in range(v.start + 1, end):
        if v.low(k) in lex.reporting_words and (np := v.np(k - 1)) is not None and np.end == k \
                and np.kind in (NAME, PRONOUN) and not np.possessive and v.low(np.start - 1) not in lex.relative_pronouns:
            return True
    return False


def _before_adverbs(v: SentView, lex, k: int) -> int:
    """Token ``k`` walked back over the adverbs before a verb ("has also received")."""
    while k > v.start and (v.low(k) in lex.light_verb_adverbs or v.low(k) in lex.additive_adverbs or v.low(k).endswith("ly")):
        k -= 1
    return k


def _relative_opening(v: SentView, lex, d: DateMention) -> int | None:
    """The comma opening the relative clause (", who ...") the day stands in, the nearest mark
    before the day within twenty tokens; else None."""
    opening = next((k for k in range(d.start - 1, max(v.start, d.start - 20) - 1, -1)
                    if v.low(k) in (",", ";", ":", "(", "—", "–")), None)
    return opening if opening is not None and v.low(opening) == "," and v.low(opening + 1) in lex.relative_pronouns else None


def _relative_closed_before(v: SentView, lex, d: DateMention, upto: int) -> bool:
    """The day stands in a relative clause right after a name (", who ... ,"), closed by the
    comma before token ``upto``."""
    opening = _relative_opening(v, lex, d)
    return opening is not None and (np := v.np(opening - 1)) is not None and np.end == opening and np.kind == NAME \
        and v.low(next((k for k in range(d.end, upto) if not v.tok(k)[:1].isalnum()), d.end)) == ","


def _in_closed_relative(v: SentView, lex, d: DateMention, upto: int) -> bool:
    """ "X, who was sworn in on Tuesday, also called Y the same day": a day inside a relative
    clause closed before ``upto`` tells of the person, not of the day a back reference counts
    from, when "also" after it ties the call to one told before, or when the clause tells a call
    of its own ("X, who had called Z on May 2, phoned Y the same evening"); not "X, who flew there
    on Tuesday, said she had talked with Y that morning": Tuesday's morning."""
    opening = _relative_opening(v, lex, d)
    if opening is None:
        return False
    close = next((k for k in range(d.end, upto) if v.low(k) == ","), None)
    return close is not None and (any(v.low(k) in lex.additive_adverbs for k in range(close, upto))
                                  or any(v.low(k) in lex.call_verbs or lex.nouns.match(v.lower, k - v.start)
                                         for k in range(opening, close)))


def _report_day(v: SentView, lex: Lexicon, told: DateMention, anchor_day: date | None, before_only: bool) -> date | None:
    """The day a report of the call was made, told in its sentence ("told parliament on Tuesday
    that ...", "..., his office said on Tuesday"): a date by a reporting word with no comma between
    them (not "X, who returned on Tuesday, said"), before ``told`` with no clause of a new subject
    between ("said on Tuesday that talks would resume, and Y phoned him on Thursday") or, unless
    ``before_only``, after it."""
    if v.low(v.start) in lex.saying_participles:
        # "Speaking to reporters on Tuesday, X said Y had called her on Thursday": the opening
        # clause's day is the report's
        comma = next((k for k in range(v.start + 1, v.end) if v.low(k) == ","), None)
        opening = [o for o in v.dates if o is not told and comma is not None and o.end <= comma < told.start]
        if opening and not _new_subject_between(v, comma, told.start) \
                and not any(v.low(k) in (";", ":") or v.low(k) == "," and v.low(k + 1) in ("and", "but")
                            for k in range(comma + 1, told.start)) \
                and (day := resolve_date(opening[-1].expression, anchor_day)) is not None:
            return day  # (not "Speaking on Tuesday, X said ..., and on Thursday Y called her")
    for o in v.dates:
        if o is told or before_only and o.end > told.start or not by_reporting_word(v, lex, o):
            continue
        attached = [k for k in range(max(v.start, o.start - 4), min(v.end, o.end + 2))
                    if v.low(k) in lex.reporting_words and not o.start <= k < o.end
                    and "," not in (v.low(j) for j in (range(k, o.start) if k < o.start else range(o.end, k)))]
        if not attached:
            continue
        if o.end <= told.start and _new_subject_between(v, o.end, told.start):
            continue
        return resolve_date(o.expression, anchor_day)
    return None


def narrative_resolved(expression: str, direction: int, base: date | None, anchor_day: date | None,
                       fallback: date | None) -> date | None:
    """The day of a weekday told from the story's days, counted from ``base``; ``fallback`` when
    there is no base, or the day would be after the text's. "on the Monday night" of a story whose
    day is a Monday is that Monday (a part of the day names the day the story is on)."""
    if base is None or anchor_day is not None and base > anchor_day:
        return fallback
    if direction in (1, LEANING_BACK) and weekday_around(expression, base, 0) == base \
            and any(w.casefold().strip(" ,.") in day_parts() for w in expression.split()):
        return base
    day = weekday_around(expression, base, direction)
    return fallback if day is None or anchor_day is not None and day > anchor_day else day


def event_date(v: SentView, d: DateMention) -> DateMention | None:
    """The date the event of "the Friday before the vote on June 14" is told with: the first
    date after the word relating the weekday to it, within six words and before any comma,
    semicolon, colon or full stop."""
    for k in range(d.end + 1, min(v.end, d.end + 7)):
        if v.low(k) in (",", ";", ":", "."):
            return None
        found = next((o for o in v.dates if o.start == k), None)
        if found is not None:
            return found
    return None


def event_weekday_day(v: SentView, d: DateMention, direction: int, anchor_day: date | None) -> tuple[bool, date | None]:
    """For "the Friday before the vote on June 14" (``event_weekday`` gave ``direction``):
    whether the event's date is told after it, and the weekday's day counted from that date
    (None when it is not told, or cannot be resolved)."""
    other = event_date(v, d)
    if other is None:
        return False, None
    base = resolve_date(other.expression, anchor_day)
    return True, (weekday_around(d.expression, base, direction) if base else None)


def _said_on(v: SentView, lex: Lexicon, anchor_day: date | None) -> date | None:
    """The day the sentence says its quotation was said: a day outside the quotation, by a
    reporting word ("said on Tuesday", "Speaking to reporters on Tuesday")."""
    comma = None
    if v.low(v.start) in lex.saying_participles:
        # "Speaking to reporters on Tuesday, X said": a day in the opening clause
        comma = next((k for k in range(v.start + 1, v.end) if v.low(k) == ","), None)
    for d in v.dates:
        if d.start not in v.quoted and not is_relative_day(d.expression) and (
                by_reporting_word(v, lex, d) or comma is not None and d.end <= comma):
            return resolve_date(d.expression, anchor_day)
    return None


def _other_zone_day(v: SentView, d: DateMention | None, anchor_day: date | None) -> tuple[date | None, DateMention] | None:
    """The day the same moment fell on in another time zone, told right after ``d``, and the date
    that tells it: "on Monday, Tokyo time, which was Sunday evening in Ottawa", "on Monday in Vell,
    when it was still Sunday in Ostria", "Monday in Vell, which was Sunday in Ostria"; "time",
    "which was" and "when it was" are grammar of the construction, not vocabulary."""
    if d is None:
        return None
    # "at 8am today - late on Sunday night in Vell -": the other day set off by a
    # dash or a bracket and placed by "in" and a place name (or "... time")
    j = next((j for j in range(d.end, min(v.end, d.end + 2)) if v.low(j) in ("-", "—", "–", "(")), None)
    aside = next((o for o in v.dates if j is not None and j + 1 <= o.start <= j + 2), None)
    placed = aside is not None and v.low(aside.end + 2) in (v.low(j), ")") and (
        v.low(aside.end) == "in" and v.tok(aside.end + 1)[:1].isupper() or v.low(aside.end + 1) == "time")
    if placed:  # (closed right after the place: "- on Tuesday in Vell the two will meet" is no aside)
        return resolve_date(aside.expression, anchor_day), aside
    # "at 2 a.m. on Tuesday in Vella, while it was Monday night in Ostria"
    it = next((j for j in range(d.end, min(v.end, d.end + 7)) if v.low(j) == "it" and v.low(j + 1) in ("was", "is")
               and v.low(j - 1) in ("when", "while", ",")), None)
    if it is not None and (other := next((o for o in v.dates if it + 2 <= o.start <= it + 3), None)) is not None:
        return resolve_date(other.expression, anchor_day), other
    # "midnight Thursday in Vell, which was Wednesday morning in Ostria": placed by "in" and a name
    k = d.end + 1 if v.low(d.end) == "in" and v.tok(d.end + 1)[:1].isupper() else None
    while k is not None and k + 1 < v.end and v.tok(k + 1)[:1].isupper():
        k += 1  # (a place of several words: "in New Vella")
    if k is None:
        k = next((j for j in range(d.end, min(v.end, d.end + 5)) if v.low(j) == "time"), None)
    if k is None or v.low(k + 1) != "," or v.low(k + 2) != "which" or v.low(k + 3) not in ("was", "is"):
        return None
    other = next((o for o in v.dates if k + 4 <= o.start <= k + 5), None)
    return (resolve_date(other.expression, anchor_day), other) if other is not None else None


def _opens(v: SentView, lex: Lexicon, start: int) -> bool:
    """The date opens the sentence after a dateline or a leading adverb ("Earlier, on Monday ...")."""
    return all(v.low(k) in lex.date_openers or v.low(k) in _OPENING_PUNCT for k in range(v.opening, start))
