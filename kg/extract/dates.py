"""Date expressions and call durations in plain text.

Owns three jobs, all pure functions over strings (no spaCy, no rdflib):

- ``find_date_expressions(text)`` finds date expressions in a sentence, as character offsets;
- ``resolve_date(expression, published)`` turns one expression into a calendar day, resolved
  against the article's publication date, or ``None`` when the day is not determined;
- ``find_durations(text)`` / ``parse_duration(text)`` read call lengths in minutes.

The words (months, weekdays, relative phrases, number words, units) are data in
``kg/data/lexicon/dates.json``; ``_load_lexicon`` is the only place that reads it. Calendar
arithmetic is left to python-dateutil (``parser.parse`` and ``relativedelta``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import NamedTuple

import ahocorasick
from dateutil import parser as date_parser
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from kg.resources import lexicon_entries, lexicon_mapping, lexicon_phrases, load_lexicon

__all__ = ["calendar_names", "day_parts", "weekday_relation", "weekday_around", "find_date_expressions", "is_back_reference", "back_reference_offset", "back_reference_same_day", "resolve_date", "resolve_period", "find_durations", "parse_duration",
           "month_numbers"]

_WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)
# dateutil fills what the text does not say from ``default``; parsing with two defaults that
# differ in every field shows which fields were really written. Both years are leap years so
# that "Feb. 29" without a year still parses.
_DEFAULT_A = datetime(2000, 1, 1)
_DEFAULT_B = datetime(2004, 2, 2)
_SEP = r"[\s-]+"


def _load_lexicon() -> dict:
    """The date lexicon (``data/lexicon/dates.json``), read once by ``kg.resources``."""
    return load_lexicon("dates")


def _phrases(words, sep: str = r"\s+") -> str:
    """Case-insensitive alternation of phrases, longest first so that the longest one wins."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?i:" + "|".join(sep.join(map(re.escape, w.split())) for w in ordered) + ")"


def _names(words, dotted: bool = False) -> str:
    """Month/weekday names as written in prose: Capitalised or in CAPITALS, never lower case
    (so that the verb "may" or "sat" is not a date)."""
    forms = sorted({f for w in words for f in (w.capitalize(), w.upper())}, key=lambda w: (-len(w), w))
    dot = r"\.?" if dotted else ""
    return "(?:" + "|".join(re.escape(f) + dot for f in forms) + r")(?![A-Za-z])"


def _opening_class(phrases, inside_words) -> str:
    """A lookahead for the first character of a match of ``expression``: at a word boundary, a
    word character or the first character of a phrase (in any case) that is not one; or,
    anywhere, the first character of one of ``inside_words`` (the months, the one alternative
    not opened by a boundary); empty (no lookahead) if a phrase is empty, which could make an
    empty match anywhere."""
    firsts = set()
    for phrase in phrases:
        if not phrase.strip():
            return ""
        first = phrase.split()[0][0]
        if not re.match(r"\w", first):
            firsts.add(first)
    inside = "".join(re.escape(c) for c in sorted({w[0] for w in inside_words}))
    return "(?=\\b(?i:[\\w" + "".join(re.escape(c) for c in sorted(firsts)) + "])|[" + inside + "])"


@dataclass(frozen=True)
class _Rules:
    weekdays: dict[str, int]
    before: tuple[str, ...]
    after: tuple[str, ...]
    weeks: dict[str, int]  # "last week" -> -1: "on Tuesday of last week"
    relative: dict[str, int]
    periods: dict[str, list[int] | str]  # vague expression -> [from, to] days, "month<offset>" or "year<offset>"
    named_days: dict[str, str]  # "christmas eve" -> "12-24"
    numbers: dict[str, int]
    units: dict[str, int]
    fractions: dict[str, int]
    approximators: tuple[str, ...]
    absolute: re.Pattern
    weekday: re.Pattern
    ago: re.Pattern
    expression: re.Pattern
    day_of_month: re.Pattern  # its "on the 25th" alternative alone (``_pattern_for``)
    by_name: re.Pattern  # its alternatives that hold a month or weekday name or an ISO date (``_pattern_for``)
    duration: re.Pattern
    duration_words: re.Pattern  # a word every duration holds: a unit, or the last word of a fraction
    duration_words_lower: re.Pattern | None  # the same words, case-sensitive, for lower-cased ASCII text
    amount: re.Pattern


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    lex = _load_lexicon()
    months = {e["phrase"]: e.get("abbreviations", []) for e in lexicon_entries(lex, "months")}
    full = _names(months)
    abbrev = _names([a for abbrevs in months.values() for a in abbrevs], dotted=True)
    month = f"(?:{full}|{abbrev})"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)?\b"
    year = r"(?:1[89]|2[01])\d\d\b"
    absolute = (
        rf"(?:\b\d{{4}}-\d\d-\d\d\b(?!-)"
        rf"|{month}\s+{day}(?:,?\s+{year})?"
        rf"|\b{day}\s+(?i:of\s+)?{month}(?:,?\s+{year})?)"
    )
    weekdays = lexicon_phrases(lex, "weekdays")  # calendar order from Monday
    weekday = _names(weekdays)
    mods = lexicon_mapping(lex, "weekday_modifiers", "relation")
    modifier = _phrases(mods)
    part = _phrases(lexicon_phrases(lex, "day_parts"))
    numbers = lexicon_mapping(lex, "numbers", "value")
    relative = lexicon_mapping(lex, "relative_days", "days")
    periods = lexicon_mapping(lex, "vague", "period")
    named_days = lexicon_mapping(lex, "named_days", "day")  # file order: the first form that fits wins
    count = rf"(?:\d{{1,2}}|{_phrases(numbers)})"
    ago = rf"\b{count}\s+{_phrases(lexicon_phrases(lex, 'days_ago'))}\b"
    # "on the 25th (local time)": a day of the month named without its month
    followers = _phrases(lexicon_phrases(lex, "day_of_month_followers"))
    day_of_month = rf"\b(?i:on)\s+the\s+{day}(?=\s*[(,.;:]|\s*$|\s+(?i:{followers})\b)"
    # every match starts on a word character or on the first character of one of the phrases
    # it is built from, and every alternative but a month and year opens with a word boundary:
    # said up front, the scan skips spaces, punctuation and the inside of words without trying
    # each alternative there (a third of the time of the scan, then a fifth of the rest); no
    # matches are added or lost
    month_forms = [f for w in [*months, *(a for abbrevs in months.values() for a in abbrevs)]
                   for f in (w.capitalize(), w.upper())]  # (as ``_names`` writes them)
    opening = _opening_class([*mods, *lexicon_phrases(lex, "back_references"), *numbers, *relative, *periods,
                              *named_days, *months, *(a for abbrevs in months.values() for a in abbrevs), *weekdays],
                             month_forms)
    # the alternatives, in order: a weekday or a written date, with what may open it; the
    # phrases (relative days before the back references: "the day before yesterday", not "the
    # day before"); a month without a day ("in July", "January 2025": a time, but no day)
    weeks = lexicon_mapping(lex, "weekday_weeks", "week")
    by_name = (rf"\b(?:{modifier}\s+){{0,2}}(?:the\s+)?"
               rf"(?:{weekday}(?:\s+{part})?(?:,?\s+(?:the\s+)?{absolute}|\s+(?i:of\s+)?{_phrases(weeks)}\b(?![’']s))?|{absolute})")
    # (a back reference "alone" only where its clause ends: "followed the day after.", "..., and",
    # "... to congratulate him"; not "the day after the vote", an event's day)
    backs = lexicon_entries(lex, "back_references")
    alone = [e["phrase"] for e in backs if e.get("alone")]
    back = _phrases([e["phrase"] for e in backs if not e.get("alone")]) \
        + (rf"\b|\b{_phrases(alone)}(?=\s*[,.;:!?)\"”’—–]|\s+-|\s+(?:and|to)\b|\s*$)" if alone else "")
    by_phrase = (rf"\b{_phrases(relative)}\b|\b{back}\b"
                 rf"|{ago}|{day_of_month}|\b{_phrases(periods)}\b"
                 rf"|\b(?i:{'|'.join(re.escape(k) for k in named_days)})\b")
    month_only = rf"\b(?i:in|since|during|early|late|mid-?)\s+{month}(?:\s+{year})?|{month}\s+{year}"
    expression = re.compile(opening + f"(?:{by_name}|{by_phrase}|{month_only})")
    units = lexicon_mapping(lex, "duration_units", "minutes")
    fractions = lexicon_mapping(lex, "duration_fractions", "minutes")
    approximators = lexicon_phrases(lex, "approximators")
    num = rf"(?:\d+(?:\.\d+)?|\b{_phrases(numbers)})"
    half = rf"{_SEP}and{_SEP}a{_SEP}half"
    unit = _phrases(units)
    one_amount = rf"{num}(?:{half})?{_SEP}{unit}\b(?:{_SEP}long\b)?(?:{half}\b)?"
    approx = _phrases(approximators)
    duration = re.compile(
        rf"\b(?:{approx}\s+)?(?:{_phrases(fractions, _SEP)}\b"
        rf"|{one_amount}(?:,?\s+(?:and\s+)?{one_amount})?)",
        re.IGNORECASE,
    )
    # (a fraction's words are matched one by one, so each is in the text as it is: its unit, as
    # "hour" of "hour long", else its last word). Each is a whole word of the match: a unit
    # follows a number and a separator and is followed by a word boundary, and a fraction
    # starts and ends on one; so "minister", "along" or "belong" hold none
    held = sorted({*units, *(next((w for w in f.split() if w in units), f.split()[-1]) for f in fractions)},
                  key=lambda w: (-len(w), w))
    duration_words = re.compile(r"\b(?:" + "|".join(map(re.escape, held)) + r")\b", re.IGNORECASE)
    # (only for words of ASCII letters in lower case: then, on ASCII text, the case-insensitive
    # search and this one on the lower-cased text find a word at the same places)
    duration_words_lower = re.compile(r"\b(?:" + "|".join(map(re.escape, held)) + r")\b") \
        if all(w.isascii() and w == w.lower() for w in held) else None
    amount = re.compile(rf"\b({num})( and a half)? ({unit})\b(?: long)?( and a half)?", re.IGNORECASE)
    return _Rules(
        weekdays={w: i for i, w in enumerate(weekdays)},
        before=tuple(w for w, rel in mods.items() if rel == "strictly_before"),
        after=tuple(w for w, rel in mods.items() if rel == "strictly_after"),
        weeks=weeks,
        relative=relative,
        periods=periods,
        named_days=named_days,
        numbers=numbers,
        units=units,
        fractions=fractions,
        approximators=tuple(sorted(approximators, key=len, reverse=True)),
        absolute=re.compile(absolute),
        weekday=re.compile(weekday),
        ago=re.compile(ago),
        expression=expression,
        day_of_month=re.compile(opening + f"(?:{day_of_month})"),
        by_name=re.compile(opening + f"(?:{by_name}|{month_only})"),
        duration=duration,
        duration_words=duration_words,
        duration_words_lower=duration_words_lower,
        amount=amount,
    )


def find_date_expressions(text: str) -> list[tuple[int, int, str]]:
    """Date expressions in ``text`` as ``(start, end, expression)``, left to right.

    Modifiers that change the day are part of the expression ("last Thursday", "late Wednesday
    night", "on Sunday, Dec. 28"); undetermined ones ("last week") are found too, so a caller
    can tell "no date" from "a vague date". Feed the expression to ``resolve_date``.
    """
    pattern = _pattern_for(text)
    if pattern is None:
        return []
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


@lru_cache(maxsize=1 << 12)  # pure; asked of every date a call sentence names, the same few again and again
def is_back_reference(expression: str) -> bool:
    """ "that afternoon", "later that day": the day the text named before, none of its own."""
    return _ends_with_one(_folded(expression), _back_references())


def is_relative_day(expression: str) -> bool:
    """ "tomorrow", "yesterday", "this morning": a day counted from the day it was said."""
    low = _folded(expression)
    return (low[3:] if low.startswith("on ") else low) in _rules().relative


def back_reference_offset(expression: str) -> int:
    """The days a back reference moves from the day named before it ("a day earlier": -1)."""
    low = _folded(expression)
    return next((days for b, days in _back_reference_days() if _ends_with_one(low, (b,))), 0)


def back_reference_same_day(expression: str) -> bool:
    """ "minutes earlier": with no day named before, the back reference is of the day counted from."""
    return _ends_with_one(_folded(expression), _same_day_back_references())


def _folded(expression: str) -> str:
    """A date expression as the phrase lists are written: one space between words, case-folded,
    without the punctuation around it."""
    return " ".join(expression.split()).casefold().strip(" ,;:.")


def _ends_with_one(low: str, phrases: tuple[str, ...]) -> bool:
    """``low`` is one of ``phrases`` or ends with one as its last words ("later that day")."""
    return any(low == b or low.endswith(" " + b) for b in phrases)


@lru_cache(maxsize=1)
def _same_day_back_references() -> tuple[str, ...]:
    return tuple(e["phrase"].casefold() for e in lexicon_entries(_load_lexicon(), "back_references")
                 if e.get("same_day_fallback"))


@lru_cache(maxsize=1)
def _back_references() -> tuple[str, ...]:
    return tuple(p.casefold() for p in lexicon_phrases(_load_lexicon(), "back_references"))


@lru_cache(maxsize=1)
def _back_reference_days() -> tuple[tuple[str, int], ...]:
    # longest first: "two days earlier" before "earlier"
    pairs = [(e["phrase"].casefold(), int(e.get("days", 0))) for e in lexicon_entries(_load_lexicon(), "back_references")]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))

_ISO = re.compile(r"\d{4}-\d\d-\d\d")
_ON_THE_DAY = "<on the, before a day of the month>"  # what the folded automaton finds for "on the"

def weekday_number(word: str) -> int | None:
    """0 for "Monday" ... 6 for "Sunday" (any case), None for any other word."""
    return _rules().weekdays.get(word.lower())


def weekday_relation(word: str) -> int:
    """1 for a word counting "the <weekday>" from a day after it ("the Sunday after the vote"),
    -1 for one counting back ("the Friday before the vote"), 0 for any other word."""
    return _weekday_relations().get(word, 0)


@lru_cache(maxsize=1)
def _weekday_relations() -> dict[str, int]:
    return {e["phrase"]: int(e["direction"]) for e in lexicon_entries(_load_lexicon(), "weekday_relations")}


def weekday_around(expression: str, day: date, direction: int) -> date | None:
    """The day "the Sunday (morning)" stands for, counted from ``day``: the first such weekday
    after it (``direction`` 1), the last one before it (-1), the one in the week from that day
    on (0: "that Sunday"), or from five days before it to the day after (``LEANING_BACK``). None
    when the expression names anything but a weekday (a month, a number)."""
    words = _folded(expression).split()
    weekdays = _rules().weekdays
    if not any(w in weekdays for w in words) or any(w in calendar_names() and w not in weekdays or w.isdigit() for w in words):
        return None
    # ("the next Friday": the relation is ``direction``'s, not the modifier's)
    bare = " ".join(w for w in expression.split() if w.casefold().strip(" ,;:.") in weekdays)
    if direction == 0:
        return resolve_date(bare, day + timedelta(days=6))
    if direction == LEANING_BACK:
        return resolve_date(bare, day + timedelta(days=1))
    return resolve_date(bare, day + timedelta(days=7) if direction > 0 else day - timedelta(days=1))


#: ``weekday_around``'s direction for a weekday told in a story's pluperfect: the one from five days
#: before that day to the day after it ("The vote was on Sunday. On the Saturday, X had phoned Y")
LEANING_BACK = -2


class Narrative(NamedTuple):
    """How a weekday told from the story's own days is counted (``narrative_weekday``)."""

    direction: int  # as ``weekday_around``'s
    words_before: int  # how many of the words before the expression belong to it ("the following")
    story: bool  # from the last day the story named on its own (else from the day named last)


def narrative_weekday(expression: str, before: tuple[str, ...] = ()) -> Narrative | None:
    """For a weekday told from the story's own days ("on the Friday", "that Friday", "the
    following Monday", "the next Monday"; ``before``: the lower-case words right before the
    expression), how it is counted from a day named before (dates.json ``narrative_weekdays``);
    None for any other date ("on Friday", "last Friday", "Friday, May 3")."""
    words = _folded(expression).split()
    weekdays = _rules().weekdays
    at = next((n for n, w in enumerate(words) if w in weekdays), None)
    if at is None or any(w in calendar_names() and w not in weekdays or w.isdigit() for w in words):
        return None
    full = [*before, *words[:at]]
    for phrase, direction, story in _narrative_weekdays():
        if len(full) >= len(phrase) and full[len(full) - len(phrase):] == list(phrase):
            return Narrative(direction, max(0, len(phrase) - at), story)
    return None


@lru_cache(maxsize=1)
def _narrative_weekdays() -> tuple[tuple[tuple[str, ...], int, bool], ...]:
    # longest first: "the following" before "the"
    rows = [(tuple(e["phrase"].casefold().split()), int(e["direction"]), e["base"] == "story")
            for e in lexicon_entries(_load_lexicon(), "narrative_weekdays")]
    return tuple(sorted(rows, key=lambda p: -len(p[0])))


@lru_cache(maxsize=1)
def calendar_names() -> frozenset[str]:
    """The month names, their abbreviations and the weekday names of dates.json, lower case."""
    lex = _load_lexicon()
    months = {e["phrase"]: e.get("abbreviations", []) for e in lexicon_entries(lex, "months")}
    return frozenset([*months, *(a for abbrevs in months.values() for a in abbrevs), *lexicon_phrases(lex, "weekdays")])


@lru_cache(maxsize=1)
def day_parts() -> frozenset[str]:
    """The parts of a day of dates.json ("morning", "night"), lower case."""
    return frozenset(lexicon_phrases(_load_lexicon(), "day_parts"))


@lru_cache(maxsize=1)
def _words() -> tuple[ahocorasick.Automaton, ahocorasick.Automaton]:
    """What every date expression holds: a month or weekday name (as ``_names`` writes them:
    Capitalised or CAPITALS), or one of the phrases matched in any case (``ago``, back
    references, relative, vague and named days, and "on the" before a day of the month). An
    ISO date is tested apart."""
    lex = _load_lexicon()
    cased = ahocorasick.Automaton()
    for form in {f for w in calendar_names() for f in (w.capitalize(), w.upper())}:
        cased.add_word(form, form)
    cased.make_automaton()
    sections = ("days_ago", "back_references", "relative_days", "vague", "named_days")
    phrases = {" ".join(p.casefold().split()) for section in sections for p in lexicon_phrases(lex, section)}
    folded = ahocorasick.Automaton()
    for phrase in phrases:
        folded.add_word(phrase, phrase)
    if "on the" not in phrases:  # (else it is a phrase of its own, and opens no shortcut)
        folded.add_word("on the", _ON_THE_DAY)
    folded.make_automaton()
    return cased, folded


def _pattern_for(text: str) -> re.Pattern | None:
    """What ``text`` is scanned with: nothing (None) when ``expression`` cannot match, i.e. none
    of what every match holds is there (phrases are compared with runs of spaces as one and
    case folded, as the pattern reads them); its day-of-month alternative alone when "on the" is
    the only thing there (every other alternative holds a month or weekday name, an ISO date or
    another of the phrases: where it cannot match, the whole expression finds what that one
    finds; half the sentences asked, "on the phone", then cost one short scan); the alternatives
    of names alone (``by_name``) when a name or an ISO date is there and none of the phrases,
    "on the" included (the phrases' alternatives cannot match then, and the scan no longer tries
    each of them, case folded, at every word); else the whole expression."""
    cased, folded = _words()
    rules = _rules()
    named = next(cased.iter(text), None) is not None or ("-" in text and _ISO.search(text) is not None)
    phrases = {phrase for _, phrase in folded.iter(" ".join(text.casefold().split()))}
    if named:
        return rules.expression if phrases else rules.by_name
    if not phrases:
        return None
    return rules.day_of_month if phrases == {_ON_THE_DAY} else rules.expression

@lru_cache(maxsize=1 << 14)  # pure; an article asks about the same few expressions many times
def resolve_date(expression: str, published: date | None, future: bool = False) -> date | None:
    """The calendar day an expression names, or ``None`` when the day is not determined.

    Args:
        expression: one date expression ("Dec. 28", "last Thursday", "yesterday", ...).
        published: the article's publication date; needed by every expression without a year.
        future: the expression is about a planned event: a day without a year, or a plain
            weekday, is then the nearest one on or after ``published`` instead of on or before.

    "last/past <weekday>" is always strictly before ``published`` (7 days before on the same
    weekday) and "next <weekday>" strictly after; a plain weekday on the article's own weekday
    is that very day. A written date wins over a weekday next to it ("Sunday, Dec. 28").
    """
    rules = _rules()
    text = " ".join(expression.split()).strip(" ,;:")
    named = rules.named_days.get(re.sub(r"^(?:on|at)\s+", "", text.casefold()))
    if named:  # "New Year's Eve": a fixed day without a year
        month, day = (int(x) for x in named.split("-"))
        text = f"{date(2000, month, day):%B} {day}"
    found = rules.absolute.search(text)
    if found:
        return _calendar_day(found.group(), published, future)
    if published is None:
        return None
    low = text.casefold().rstrip(".")
    if low.startswith("on ") and low[3:] in rules.relative:
        low = low[3:]
    if low in rules.relative:
        return published + timedelta(days=rules.relative[low])
    of_month = _DAY_OF_MONTH.fullmatch(low)
    if of_month:
        return _day_of_month(int(of_month.group(1)), published, future)
    ago = rules.ago.fullmatch(low)
    if ago:
        count = low.split()[0]
        return published - timedelta(days=int(count) if count.isdigit() else rules.numbers[count])
    named = rules.weekday.search(text)
    if named is None:
        return None
    weekday = _WEEKDAYS[rules.weekdays[named.group().casefold()]]
    week = next((n for phrase, n in rules.weeks.items() if low.endswith(phrase)), None)
    if week is not None:
        # "on Tuesday of last week": that weekday of the week before the anchor's (from Monday)
        return published - timedelta(days=published.weekday()) + timedelta(weeks=week) + relativedelta(weekday=weekday(+1))
    before = text[: named.start()].casefold()
    if any(re.search(rf"\b{re.escape(w)}\b", before) for w in rules.after):
        return published + timedelta(days=1) + relativedelta(weekday=weekday(+1))
    if any(re.search(rf"\b{re.escape(w)}\b", before) for w in rules.before):
        return published - timedelta(days=1) + relativedelta(weekday=weekday(-1))
    return published + relativedelta(weekday=weekday(+1 if future else -1))

@lru_cache(maxsize=1 << 14)
def resolve_period(expression: str, published: date | None) -> tuple[date, date] | None:
    """The days a vague expression spans ("last week", "in July", "January 2025"), or ``None``.

    Used to tell whether an undated mention can be a call of a known day: "they spoke last
    week" fits a call five days before publication, "they last spoke in July" does not.
    """
    if published is None:
        return None
    text = " ".join(expression.split()).strip(" ,;:")
    low = text.casefold().rstrip(".")
    span = _rules().periods.get(low)
    if isinstance(span, list):
        return published + timedelta(days=span[0]), published + timedelta(days=span[1])
    if isinstance(span, str) and span.startswith("year"):
        year = published.year + int(span[4:] or 0)
        return date(year, 1, 1), date(year, 12, 31)
    if isinstance(span, str):
        return _month_span(published + relativedelta(months=int(span[5:] or 0), day=1))
    month = re.search(rf"{_MONTH_WORD}", text)
    if month is None:
        return None
    number = month_numbers().get(month.group().casefold().rstrip(".")[:3])
    if number is None:
        return None
    year = re.search(r"\b(1[89]|2[01])\d\d\b", text)
    if year:
        return _month_span(date(int(year.group()), number, 1))
    # a month without a year: the latest such month not after publication
    start = date(published.year if number <= published.month else published.year - 1, number, 1)
    return _month_span(start)

_MONTH_WORD = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """{"jan": 1, ...}: the first three letters of each month of dates.json (calendar order)."""
    return {m[:3]: n for n, m in enumerate(lexicon_phrases(_load_lexicon(), "months"), 1)}

_DAY_OF_MONTH = re.compile(r"(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)?")

def _day_of_month(day: int, published: date, future: bool) -> date | None:
    """The nearest day with that number on or before publication (on or after when planned)."""
    step = 1 if future else -1
    for months in range(3):
        try:
            found = (published + relativedelta(months=step * months)).replace(day=day)
        except ValueError:  # the 31st of a 30-day month
            continue
        if (found >= published) if future else (found <= published):
            return found
    return None

def _month_span(first: date) -> tuple[date, date]:
    return first, first + relativedelta(months=1, days=-1)

@lru_cache(maxsize=1 << 12)
def _parsed(text: str) -> tuple[datetime, datetime] | None:
    """``text`` as dateutil reads it with each default, or None when it cannot. Pure and kept
    per process: the same written dates ("Dec. 28") come back in article after article, while
    ``resolve_date``'s own cache is keyed by each article's day as well."""
    try:
        return date_parser.parse(text, default=_DEFAULT_A), date_parser.parse(text, default=_DEFAULT_B)
    except (ValueError, OverflowError):  # dateutil's ParserError is a ValueError ("Feb. 30")
        return None


def _calendar_day(text: str, published: date | None, future: bool) -> date | None:
    parsed = _parsed(text)
    if parsed is None:
        return None
    first, second = parsed
    if (first.month, first.day) != (second.month, second.day):
        return None  # the day or month was not written ("December 2025")
    if first.year == second.year:
        return first.date()
    if published is None:
        return None
    step = 1 if future else -1
    if not future:
        # a day or two after the publication date is that year's, not the year before's: a live blog
        # or an updated page keeps the date it was first published under
        try:
            same = date(published.year, first.month, first.day)
        except ValueError:
            same = None
        if same is not None and 0 < (same - published).days <= 2:
            return same
    # Nine years always reach a 29 February (none in 1900 or 2100).
    for offset in range(9):
        try:
            day = date(published.year + step * offset, first.month, first.day)
        except ValueError:
            continue
        if (day >= published) if future else (day <= published):
            return day
    return None

def find_durations(text: str) -> list[tuple[int, int, int]]:
    """Durations in ``text`` as ``(start, end, minutes)``: "90-minute", "nearly two hours",
    "an hour and a half", "1 hour and 25 minutes". Approximators ("nearly", "more than")
    are part of the span but do not change the minutes."""
    rules = _rules()
    if not _may_hold_duration(text, rules):
        return []  # no unit and no fraction (most sentences): one search of a few words, not the full scan
    found = []
    for m in rules.duration.finditer(text):
        if _OFFSET_AFTER.match(text, m.end()):
            continue  # "12 hours after he took the oath", "two hours later": a time, no length
        minutes = _minutes(m.group())
        if minutes:
            found.append((m.start(), m.end(), minutes))
    return found

def _may_hold_duration(text: str, rules: _Rules) -> bool:
    """``text`` holds one of the words every duration holds, in any case. A case-insensitive
    search tries each word in each case at every character (~4 us a sentence); on ASCII text
    (ASCII letters fold only to each other) the lower-cased text is searched as it is, ~4x
    quicker. Other text keeps the case-insensitive search, which also folds "ſ" to "s"."""
    if rules.duration_words_lower is not None and text.isascii():
        return rules.duration_words_lower.search(text.lower()) is not None
    return rules.duration_words.search(text) is not None


# grammar words that make a length a point in time; not vocabulary of a lexicon
_OFFSET_AFTER = re.compile(r"\s+(?:after|later|earlier|ago)\b", re.IGNORECASE)


def parse_duration(text: str) -> int | None:
    """Minutes of the first duration in ``text`` ("for 2.5 hours" -> 150), or ``None``."""
    found = find_durations(text)
    return found[0][2] if found else None

def _minutes(span: str) -> int | None:
    rules = _rules()
    words = " ".join(span.casefold().replace("-", " ").split())
    for approx in rules.approximators:
        if words.startswith(approx + " "):
            words = words[len(approx) + 1 :]
            break
    if words in rules.fractions:
        return rules.fractions[words]
    total = 0.0
    for m in rules.amount.finditer(words):
        number, half_before, unit, half_after = m.groups()
        value = float(number) if number[0].isdigit() else rules.numbers[number]
        total += (value + (0.5 if half_before or half_after else 0)) * rules.units[unit]
    return round(total) or None
