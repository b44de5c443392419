"""The universal day of a call told at a clock time in a place: ``universal_day(v, lex, told, day)``.

"at 9 p.m. on Friday in Vella", "around 1:15am Cairo time on Monday": the moment is
the place's time on that day; the day of the call is that moment's day in universal time (the
convention of the annotated sets and of wire desks: "where local dates differ, the UTC date").
The place is a country (or its adjective: "Nigerian time"), its capital or a city the tz database names, read from
``kg/data/gazetteer/zones.json`` (each country's zone) and ``countries.jsonl``; a clock time with
no place, or with a place no zone is known for, changes nothing.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kg.extract.calls.lexicon import Lexicon, lexicon
from kg.extract.calls.view import NAMED_TIMES, DateMention, SentView
from kg.extract.dates import weekday_number
from kg.extract.mentions import norm_name
from kg.extract.places import place_zones
from kg.resources import load_named_zones, load_zone_abbreviations

__all__ = ["universal_day", "clock_at", "place_zone", "clock_universal_day", "same_moment_elsewhere"]

# a clock time as the tokenizer leaves it ("7", "7:00", "12:30am", "19.40"), then its suffix:
# grammar of the written time, not vocabulary
_CLOCK = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?(am|pm|a\.m\.?|p\.m\.?)?$")
_SUFFIX = {"am": 0, "a.m.": 0, "a.m": 0, "pm": 12, "p.m.": 12, "p.m": 12}
# the words between a day and the time it is told at ("on Sunday, at about 1:15am"): grammar
_TIME_LINKS = frozenset((",", "at", "around", "about", "shortly", "just", "before", "after", "some"))
# "..., Vella time, in the small hours of Friday": the words between a zone's name and the day
# it is told for
_DAY_LEADS = frozenset((",", "in", "on", "the", "early", "late", "small", "hours", "of"))
# "shortly before 7 a.m.", "just after midnight": minutes the word puts the time off by
_NUDGES = {"before": -15, "after": 15}


def clock_at(v: SentView, k: int) -> tuple[int, int, int] | None:
    """The time of day written from token ``k`` on, and the token after it: (hour, minute,
    end); None when no time of day stands there ("7 p.m.", "19:40", "12:30am", "midnight").
    A bare number needs its "a.m." or "p.m." (a number alone is no time)."""
    low = v.low(k)
    if low in NAMED_TIMES:
        return (*NAMED_TIMES[low], k + 1)
    lex = lexicon()  # (the one lexicon of the rules, read once)
    if low in lex.clock_hours and v.low(k + 1) in lex.clock_hour_words:
        # "three o'clock", "3 o'clock p.m.": the hour as written, unless a suffix says the afternoon
        hour, end = lex.clock_hours[low], k + 2
        if v.low(end) in _SUFFIX:
            hour, end = hour % 12 + _SUFFIX[v.low(end)], end + 1
        return hour, 0, end
    m = _CLOCK.match(low)
    if m is None:
        return None
    hour, minute, suffix = int(m.group(1)), int(m.group(2) or 0), m.group(3)
    end = k + 1
    if suffix is None and v.low(k + 1) in _SUFFIX:
        suffix, end = v.low(k + 1), k + 2
    if suffix is None and m.group(2) is None:
        return None
    if suffix is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + _SUFFIX[suffix]
    if hour > 23 or minute > 59:
        return None
    return hour, minute, end


def place_zone(words: list[str]) -> str | None:
    """The zone of the place ``words`` name ("Baghdad", "St. John's", "New Delhi"), or None."""
    return place_zones().get(norm_name(" ".join(words))) if words else None


def _place_after(v: SentView, k: int, hi: int) -> str | None:
    """A place told at token ``k`` for a clock time: "in Vella", "Baghdad time", "(Tokyo time)",
    up to three capitalised words, or a zone's abbreviation ("ET"); its zone, or None."""
    if v.low(k) in ("(", ","):
        k += 1  # "(Tokyo time)", "on Friday, Nigerian time"
    if (zone := load_zone_abbreviations().get(v.tok(k))) is not None:
        return zone  # "9 p.m. ET", "7am on Friday AEST"
    start = k + 1 if v.low(k) == "in" else k
    words = []
    j = start
    while j < min(hi, start + 4) and (v.tok(j)[:1].isupper() or v.low(j) in ("'s", "’s", "'", ".") and words):
        words.append(v.tok(j))
        j += 1
    if not words:
        return None
    while words:
        zone = place_zone(words)
        if zone is not None and (start > k or v.low(start + len(words)) == "time"):
            return zone  # "in Vella", or "Vella time"
        if start == k and v.low(start + len(words)) == "time" and (zone := _named_zones().get(" ".join(words))):
            return zone  # "9 p.m. Eastern time"
        words.pop()
    return None


def _after_zone_name(v: SentView, k: int) -> tuple[int, ...]:
    """Where a date may start right after "Vella time" or "(Tokyo time)" at token ``k``: the
    token after the name and its "time"; () when none is there."""
    j = k + (v.low(k) == "(")
    while j < min(v.end, k + 5) and v.tok(j)[:1].isupper() and v.low(j) != "time":
        j += 1  # ("Eastern Time": the name ends before its "Time")
    if j == k or v.low(j) != "time":
        return ()
    j += 1 + (v.low(j + 1) == ")")
    # (not after a comma: "at 6:45 a.m. Cairo time, late on Sunday night in Washington" tells
    # the day of another place)
    return (j,)


@lru_cache(maxsize=1)
def _named_zones() -> dict[str, str]:
    return load_named_zones()


def universal_day(v: SentView, lex: Lexicon, told: DateMention | None, day: date | None) -> date | None:
    """The universal day of the call told on ``day`` (the date ``told``), when a clock time and its
    place stand by the date in the sentence ("at 7 p.m. on Thursday in Vella", "at 12:30am Vella
    time on Sunday"), or a clock time in one place and the day in another ("at 7 a.m. Vella time,
    late on Wednesday night in Ostria": the moment that is that day in the second); None when the
    sentence does not tell them."""
    if told is None or day is None:
        return None
    said = _universal_weekday(v, told, day) or _same_moment_or(v, told, day)
    if said is not None:
        return said
    for k in range(max(v.start, told.start - 10), min(v.end, told.end + 8)):
        clock = clock_at(v, k)
        if clock is None:
            continue
        hour, minute, end = clock
        if k == v.start and any(v.low(j) in (":", "|", "—", "–") for j in range(end, min(v.end, end + 5))):
            continue  # "11:45 p.m. ET Thursday: ...": a live blog's stamp, when it was posted
        if any(v.low(j) in lex.reporting_words for j in range(max(v.start, k - 3), k)):
            continue  # "The office said at 11:45 p.m. on Thursday that ...": when it was said
        if v.low(k - 1) in _NUDGES:
            # "shortly before 7 a.m.": a quarter of an hour off the time named, the side it says
            total = (hour * 60 + minute + _NUDGES[v.low(k - 1)]) % (24 * 60)
            hour, minute = divmod(total, 60)
        # the time is the date's: "at 7 p.m. on Thursday", "Thursday at 7 p.m.", "early on Sunday,
        # around 1:15am" (not "on Thursday, hours after sirens sounded at 2 a.m. in Vella")
        own = _place_after(v, end, v.end)  # "7 a.m. Vella time"
        adjacent = told.start in (end, end + 1) or k - 3 <= told.end <= k and all(
            v.low(j) in _TIME_LINKS for j in range(told.end, k)) \
            or own is not None and told.start in _after_zone_name(v, end)  # "at 9 p.m. Eastern time on Wednesday"
        dated = _place_after(v, max(end, told.end), v.end)  # "(at 7 p.m.) on Thursday in Vella"
        if own is not None and dated is None and not adjacent and v.low(end) == ",":
            # "just after midnight, Vella time, in the small hours of Friday": the zone set off
            # by commas, then the day with no place of its own
            after = _after_zone_name(v, end + 1)
            adjacent = bool(after) and after[0] <= told.start <= after[0] + 6 \
                and all(v.low(j) in _DAY_LEADS for j in range(after[0], told.start))
        if not adjacent and not (own and dated and told.start - end <= 8):
            # (two places: "at 6:45 a.m. Cairo time, late on Sunday night in Washington", "at 9:20
            # p.m. EDT, by which time it was Saturday morning in Tokyo")
            continue
        try:
            if adjacent and (own or dated):
                return _universal(day, hour, minute, own or dated)
            if own and dated and dated != own:
                # the day is the second place's: of the moments the time names around that day, the
                # one that falls on it there
                for shift in (0, 1, -1):
                    moment = datetime.combine(day.fromordinal(day.toordinal() + shift), datetime.min.time(),
                                              tzinfo=ZoneInfo(own)).replace(hour=hour, minute=minute)
                    if moment.astimezone(ZoneInfo(dated)).date() == day:
                        return moment.astimezone(timezone.utc).date()
                return None
        except (ZoneInfoNotFoundError, ValueError):
            return None
    return _late_night(v, told, day) or _small_hours(v, lex, told, day)


# the last hour "the early hours of Friday" may name: past midnight, up to dawn
_SMALL_HOURS_LAST = 5


def _small_hours(v: SentView, lex: Lexicon, told: DateMention, day: date) -> date | None:
    """The universal day of a call told "in the wee hours of Friday, Seoul time" (dates.json
    small_hours_phrases before the day, its place after it): the day before, where even the last
    of those hours (5 a.m.) is the day before in universal time (a place more than five hours
    ahead of it); None for any other date or place, for a phrase of a saying ("the office said
    in the early hours of Friday") and when the sentence tells a clock time, which says more."""
    k = told.start
    n = next((n for n in range(2, 6) if k - n >= v.start and " ".join(v.lower[k - n - v.start:k - v.start]) in lex.small_hours_phrases),
             None)
    if n is None or any(v.low(j) in lex.reporting_words for j in range(max(v.start, k - n - 3), k - n)):
        return None
    if any(clock_at(v, j) is not None for j in range(v.start, v.end)):
        return None
    zone = _place_after(v, told.end, v.end)
    if zone is None:
        return None
    try:
        local = datetime(day.year, day.month, day.day, _SMALL_HOURS_LAST, tzinfo=ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError):
        return None
    moment = local.astimezone(timezone.utc).date()
    return moment if moment < day else None


def same_moment_elsewhere(v: SentView, d: DateMention) -> bool:
    """The date tells the moment just named in another place: "when it was (already) Saturday
    morning in Tokyo", "by which time it was Saturday in Tokyo", ", which was Saturday in Tokyo"
    (grammar: the clause has no verb of its own but "was")."""
    k = d.start - 1
    if v.low(k) in ("already", "still"):
        k -= 1
    return v.low(k) in ("was", "is") and (v.low(k - 1) == "it" and v.low(k - 2) in ("when", "time")
                                          or v.low(k - 1) == "which" and v.low(k - 2) == ",")


# a night told with no clock time ("late on Monday night in Toronto"): its hour, late enough that
# in a place three hours or more behind universal time the moment is the next day there
_NIGHT_HOUR = 23
_DAY_PARTS = frozenset(("morning", "afternoon", "evening", "noon", "midday"))


def night_universal_day(v: SentView, told: DateMention, day: date) -> date | None:
    """The universal day of a night told with its place ("late Thursday night in Mexico City"),
    the next day where the place is three hours or more behind universal time; None for any other
    date or place (a night east of universal time stays its day)."""
    words = told.expression.lower().split()
    if "night" not in words and (words[:1] != ["late"] or not _DAY_PARTS.isdisjoint(words)):
        return None  # (not "late on Saturday afternoon")
    zone = _place_after(v, told.end, v.end)
    if zone is None:
        return None
    try:
        local = datetime(day.year, day.month, day.day, _NIGHT_HOUR, tzinfo=ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError):
        return None
    offset = local.utcoffset()
    if offset is None or offset > timedelta(hours=-3):
        return None
    return local.astimezone(timezone.utc).date()


def _late_night(v: SentView, told: DateMention, day: date) -> date | None:
    """The universal day of a call told late at night with the place of that night, when the
    sentence tells the same moment's day in another place too ("late on Monday night in Toronto,
    by which time it was Tuesday in Seoul"): the next day where the place is three
    hours or more behind universal time (the evening of the Americas is the next day's early
    hours); None for any other date or place (a night east of universal time stays its day), and
    for a night told in one place only, whose own day the text keeps."""
    if not any(d.start > told.end and same_moment_elsewhere(v, d) for d in v.dates):
        return None
    return night_universal_day(v, told, day)


# the names of universal time a wire service writes after a local time: "(0030 GMT Friday)"
_UNIVERSAL = frozenset(("gmt", "utc"))


def _universal_weekday(v: SentView, told: DateMention, day: date) -> date | None:
    """ "late on Wednesday (0130 GMT Thursday)", "on Wednesday at 9 p.m. (0130 GMT on Thursday)",
    "late on Wednesday in Vella (Thursday 0130 GMT)": the universal day the text gives in brackets
    after the local one (the clause's next bracket), of the days next to it."""
    at = told.end
    while at < min(v.end, told.end + 7) and v.low(at) not in ("(", ",", ";", ".", ":"):
        at += 1  # "on Thursday evening Washington time (...)", "on Wednesday at 9 p.m. (...)"
    if v.low(at) != "(":
        return None
    inside = []
    for k in range(at + 1, min(v.end, at + 7)):
        if v.low(k) == ")":
            break
        inside.append(v.low(k))
    if _UNIVERSAL.isdisjoint(inside):
        return None
    number = next((n for w in inside if (n := weekday_number(w)) is not None), None)
    if number is None:
        return None
    return _weekday_next_to(day, number)


def _same_moment_or(v: SentView, told: DateMention, day: date) -> date | None:
    """ "at 9am on Friday (May 3), or 9pm on Thursday in Vella": the same moment told again
    at a clock time on a weekday (next to the day) in a place after ", or": the universal day of
    that one; None when no such alternative follows the date."""
    at = next((k for k in range(told.end, min(v.end - 1, told.end + 7)) if v.low(k) == "," and v.low(k + 1) == "or"), None)
    if at is None:
        return None
    clock = next((c for k in range(at + 2, min(v.end, at + 5)) if (c := clock_at(v, k)) is not None), None)
    if clock is None:
        return None
    hour, minute, end = clock
    k = end + (v.low(end) == "on")
    # (its own weekday, next to the day: with none, "or 4am in Vella", which day it is there is
    # not told)
    if (number := weekday_number(v.low(k))) is None:
        return None
    other = _weekday_next_to(day, number)
    k += 1
    zone = _place_after(v, k, v.end)
    if other is None or zone is None:
        return None
    try:
        return _universal(other, hour, minute, zone)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _weekday_next_to(day: date, number: int) -> date | None:
    """The day of weekday ``number`` among ``day`` and the days either side of it, or None."""
    return next((day + timedelta(days=shift) for shift in (0, 1, -1) if (day + timedelta(days=shift)).weekday() == number), None)


def _universal(day: date, hour: int, minute: int, zone: str) -> date:
    """The universal day of ``hour``:``minute`` on ``day`` in ``zone``."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(zone)).astimezone(timezone.utc).date()


def clock_universal_day(v: SentView, lex: Lexicon, day: date, cue_end: int | None = None) -> date | None:
    """The universal day of a call told on ``day`` (a local day another sentence gave) when this
    sentence, which names no day, gives the time it began and the place of that clock ("The
    session opened at 8:10 p.m. New York time"): the day is taken to be the clock's place's.
    Only a time right after a word of starting counts (dates.json ``clock_start_words``): "ended
    at 1 a.m.", "announced by the palace at 9 p.m.", "landed at 11 p.m." move no day. With
    ``cue_end``, the end of the call's own cue in this sentence, a time in the cue's clause right
    after it counts too ("X called Y at about 9:40 p.m. Eastern time")."""
    if v.dates or (cue_end is None and lex.clock_start_words.isdisjoint(v.lower)):
        return None
    for k in range(v.start + 2, v.end):
        if v.low(k - 1) not in ("at", "around", "about") or (clock := clock_at(v, k)) is None:
            continue
        # (the call's own words only: its partner's name and title, "at about"; not "hours before
        # the vote closed at 8 p.m.")
        after_cue = cue_end is not None and cue_end <= k - 1 <= cue_end + 10 and all(
            v.tok(j)[:1].isupper() or v.low(j) in ("at", "around", "about", "-") or v.low(j) in lex.medium_words
            or v.low(j) in lex.cue_phrase_words or any(np.start <= j < np.end for np in v.nps) for j in range(cue_end, k))
        if not after_cue and not any(v.low(j) in lex.clock_start_words for j in range(max(v.start, k - 4), k - 1)):
            continue  # (the time of something else the sentence tells)
        hour, minute, end = clock
        zone = _place_after(v, end, v.end)
        if zone is None:
            continue
        try:
            return _universal(day, hour, minute, zone)
        except (ZoneInfoNotFoundError, ValueError):
            return None
    return None
