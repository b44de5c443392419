"""Datelines and agency credits in an article's text: ``find_datelines(text, published)``.

Wire copy opens a paragraph with the place, often the day, and the agency that filed it, or
credits the agency at the end:

    BEIJING, Oct. 27 (Xinhua) -- ...          NAIROBI (Reuters) - ...
    MOSCOW, March 3. /TASS/. ...              ANKARA, March 3 (Anadolu) - ...
    KUALA LUMPUR, Nov 16 -- ...               ... the minister said. -- Bernama
    TOKYO, June 5 (Yonhap) --                 (Yonhap)
    KINGSTON, Jamaica, Oct 29, CMC –         July 20, 2024 (PORT SUDAN) –
    CANBERRA, Dec 10 AAP -                    APA-Lomé (Togo), April 22, 2021 -

A dateline's day (its month and day, in the year that puts it nearest before the publication
date) is the day relative expressions in its story count from ("on Tuesday" in a story datelined
Oct. 27); its agency reported the story. Pure functions on strings; no spaCy.

Each pattern is tried line by line, where it can match (a match never holds a line break): the
openings at each line's start, the credits on the lines that end with a letter, ")" or "/" (a
paragraph ending with a full stop or a quote mark holds none). Scanning the whole text tried
each of its characters, most of the time of ``find_datelines``; the matches are the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from kg.extract.dates import calendar_names, month_numbers, resolve_date
from kg.extract.places import known_place
from kg.resources import lexicon_entries, lexicon_phrases, load_lexicon, load_zone_abbreviations

__all__ = ["Dateline", "find_datelines", "after_prose"]

# (any case: "MUSCAT, JAN 12 —" writes the month in capitals too)
_MONTH = r"(?P<month>(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*|[A-Z]*)\.?)"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
# the capital letters of the Latin script, accented ones included ("HÀ NỘI", "BOGOTÁ", "ŁÓDŹ")
_UPPER = "A-Z" + "".join(re.escape(chr(c)) for r in ((0xC0, 0x250), (0x1E00, 0x1F00)) for c in range(*r)
                         if chr(c).isupper())
# and the small letters ("Díli", "Bogotá")
_LOWER = "a-z" + "".join(re.escape(chr(c)) for r in ((0xDF, 0x250), (0x1E00, 0x1F00)) for c in range(*r)
                         if chr(c).islower())
_PLACE = rf"(?P<place>[{_UPPER}][{_UPPER}.'’\-]+(?:[ /][{_UPPER}][{_UPPER}.'’\-]+){{0,3}})"
_AGENCY = r"[A-Z][A-Za-z&.'’ -]{0,38}[A-Za-z.]"
_DASH = r"(?:-{1,2}|–|—|:)"
# a host name in brackets after the day ("(vellnews.org)", "(VellNews.com)"): words of letters,
# digits and hyphens joined by dots, ending with a top-level domain of letters
_SITE = r"(?:[A-Za-z0-9\-]+\.)+[a-z]{2,6}"
_MONTH_START = r"(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
# "SEOUL, Tuesday (Yonhap) -", "Muscat, Tuesday:": a weekday in the day's place, the last such
# day up to the publication date
_WEEKDAY_WORD = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WEEKDAY = rf"(?P<weekday>{_WEEKDAY_WORD})"
# "9th February": the day before the month (named apart: a pattern names a group once)
_DAY_FIRST = rf"(?P<dday>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<dmonth>{_MONTH_START}(?:[a-z]*|[A-Z]*)\.?)"
# PLACE[, Region][, Month Day[, Year]][.] [(Agency) | /Agency/] then a dash (or, after an
# agency, straight into the story)
_OPENING = re.compile(
    rf"^[ \t]*{_PLACE}(?:,[ \t]*(?!{_MONTH_START}|\d|{_WEEKDAY_WORD}\b)[A-Z][A-Za-z.'’ -]{{1,30}}?)?"
    # ("AMMAN — Sept 16 (Petra) —": a dash between the place and its day)
    # ("KUALA LUMPUR (Oct 2): ...": the day in brackets)
    rf"(?:(?:,|[ \t]+{_DASH})?[ \t]+(?P<bracket>\()?(?:(?:{_WEEKDAY_WORD},?[ \t]+)?(?:{_MONTH}[ \t]+{_DAY}|{_DAY_FIRST})|{_WEEKDAY})"
    # ("FREETOWN, Monday 27 November 2023 –": a year with no comma before it)
    # ("VELLA, May 24/2024 (OTA) –": the year after a slash)
    rf"(?:(?:,[ \t]*|/)(?P<year>\d{{4}})|[ \t]+(?P<spaced_year>(?:19|20)\d{{2}})(?!\d))?(?(bracket)\)))?\.?"
    rf"[ \t]*(?:\({_SITE}\)(?=[ \t]*{_DASH})|\((?P<agency>{_AGENCY})\)|/(?P<slashed>{_AGENCY})/\.?"
    # "KINGSTON, Jamaica, Oct 29, CMC –", "DUSHANBE, August 25, 2021, Asia-Plus --": an agency
    # after the day's comma, an acronym or one capitalised word (not a weekday), then a dash
    rf"|(?<=\d),[ \t]*(?P<comma>[A-Z]{{2,8}}|(?!{_WEEKDAY_WORD}\b)[A-Z][A-Za-z&'’\-]{{1,25}})"
    rf"(?=[ \t]*{_DASH})"
    # "CANBERRA, Dec 10 AAP -": an acronym right after the day, no comma, then a dash
    rf"|(?<=\d)[ \t]+(?P<spaced>[A-Z]{{2,8}})(?=[ \t]*{_DASH}))?"
    # ("MONTEVIDEO, May 14 (EFE).- ...": a full stop before the dash)
    # ("KATHMANDU, JUNE 4" alone on its line: a known place's only; "HELSINKI, 24 December (STT)"
    # alone on its line: the agency's bracket closes it, the story opens on the next; a day and
    # an agency only, not "FILE PHOTO (REUTERS)")
    rf"(?:\.?[ \t]*{_DASH}|(?<=[)/.])(?=[ \t]+[A-Z])|(?<=\d)(?P<bare>[ \t]*)$|(?<=\))(?P<closed>[ \t]*)$)",
    re.MULTILINE,
)
# "Muscat, Nov 20 (ONA) – ...": a place in title case is a dateline only with its day and its
# agency, or its day and a dash or colon right before the story ("Kathmandu, July 16: Prime
# Minister ..."), else any sentence opening "Paris, May 3" would be one
_OPENING_TITLED = re.compile(
    rf"^[ \t]*(?P<place>[{_UPPER}][{_LOWER}]+(?:[ \-][{_UPPER}][{_LOWER}]+){{0,2}}),[ \t]+"
    # "Vella, Ostria, May 2": the place's country or region
    rf"(?:(?!{_MONTH_START}|\d)[{_UPPER}][{_LOWER}]+(?:[ \-][{_UPPER}][{_LOWER}]+){{0,2}},[ \t]+)?"
    # "Muscat, Nov 20", "Díli, 28 Oct 2025"
    # ("Vella, Tuesday 15th August 2017 –": a weekday before the day)
    # ("Vella, May 2/2025 (VNA) –": the year after a slash)
    rf"(?:(?:{_WEEKDAY_WORD},?[ \t]+)?(?:{_MONTH}[ \t]+{_DAY}(?:(?:,[ \t]*|/)(?P<year>\d{{4}}))?|{_DAY_FIRST}(?:,?[ \t]+(?P<dyear>\d{{4}}))?)|{_WEEKDAY})\.?"
    # "Vella, Ostria, May 2, 2024 / 08:15 am (OTA).": the hour it was filed
    rf"(?:[ \t]*[/,][ \t]*\d{{1,2}}[:.]\d{{2}}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{{2,4}})?)?"
    # ("Vienna, 11 June 2025 (vellnews.org) -": the site's own address before a dash, no agency's
    # credit; tried first, as an agency's name would take a capitalised address too)
    rf"[ \t]*(?:(?:\({_SITE}\)(?=[ \t]*{_DASH})|\((?P<agency>{_AGENCY})\)|/(?P<slashed>{_AGENCY})/\.?"
    # "Accra, Nov. 27, GNA -": an acronym after the day's comma
    rf"|(?<=[\d.]),[ \t]*(?P<comma>[A-Z]{{2,8}})(?=[ \t]*{_DASH})"
    # "Vella, May 2 VNA -": an acronym right after the day, no comma
    rf"|(?<=\d)[ \t]+(?P<spaced>[A-Z]{{2,8}})(?=[ \t]*{_DASH}))(?:\.?[ \t]*{_DASH}|(?=[ \t]+[A-Z])|\.?[ \t]*$|\.(?=[ \t]+[A-Z]))"
    rf"|{_DASH}(?=[ \t]+[A-Z])"
    # "Maseru, 14 December 2020" alone on its line, the year closing it: a statement's dateline
    # (a known place only: not a byline's "John Smith, 14 December 2020")
    rf"|(?<=\d{{4}})(?P<bare>[ \t]*)$)",
    re.MULTILINE,
)
# "July 20, 2024 (PORT SUDAN) –": the day first, the place in brackets after it
_DATE_FIRST = re.compile(
    rf"^[ \t]*(?:{_MONTH}[ \t]+{_DAY}|{_DAY_FIRST})(?:,?[ \t]*(?P<year>\d{{4}}))?"
    rf"[ \t]*\((?P<place>[A-Z][A-Z.'’\-]+(?:[ \t][A-Z][A-Z.'’\-]+){{0,3}})\)[ \t]*{_DASH}",
    re.MULTILINE,
)
# "APA-Lomé (Togo), April 22, 2021 -": the agency's acronym first, joined to a title-case place
# by a hyphen, the place's country in brackets (which tells it from "EU-Africa, March 18 -"),
# then the day ("APA-Dar es Salaam (Tanzania) Thursday, April 22, 2021 -")
_TITLE_PLACE = rf"[{_UPPER}](?:[{_LOWER}]|['’][{_UPPER}])+(?:[ \-](?:[{_LOWER}]{{1,3}}[ \-])?[{_UPPER}][{_LOWER}]+){{0,3}}"
_AGENCY_FIRST = re.compile(
    rf"^[ \t]*(?P<agency>[A-Z]{{2,8}})[-–](?P<place>{_TITLE_PLACE})[ \t]*\([^()\n]{{2,40}}\),?[ \t]+"
    rf"(?:{_WEEKDAY_WORD},?[ \t]+)?(?:{_MONTH}[ \t]+{_DAY}|{_DAY_FIRST})(?:,?[ \t]*(?P<year>\d{{4}}))?[ \t]*{_DASH}",
    re.MULTILINE,
)
# "N'Djamena (APA) - ...": a known place in title case, no day, its agency's acronym in brackets
# and a dash (not a colon: "Kate Smith (BBC): Did ...?" is a transcript's label)
_TITLED_AGENCY = re.compile(
    rf"^[ \t]*(?P<place>{_TITLE_PLACE})[ \t]+\((?P<agency>[A-Z]{{2,8}})\)[ \t]*(?:-{{1,2}}|–|—)", re.MULTILINE)
# "PM call with President X of Ostria: 6 November 2025": a readout's title on a line of its own,
# its day (with the year) after a colon closing it; no place, no agency
_DATED_TITLE = re.compile(
    rf"^[ \t]*(?P<place>[A-Z][^\n:]{{8,140}}?):[ \t]+(?:{_DAY_FIRST}|{_MONTH}[ \t]+{_DAY},?)[ \t]+(?P<year>\d{{4}})[ \t]*$",
    re.MULTILINE)
# "TEHRAN Iranian President ...": a bare place opening the story
_BARE = re.compile(r"\A\s*(?P<place>[A-Z][A-Z.'’\-]{2,}(?:[ /][A-Z][A-Z.'’\-]+){0,3})[ \t]+(?=[A-Z][a-z])")
# "... said. -- Bernama", "— AFP", "(Yonhap)", "/ANI/" closing a paragraph or standing alone; a
# wire's sign-off, the staff's initials before the agency ("AB/cd/OTA", "AB/CD // OTA")
# (its last part may be initials too, "AB // CD": an agency only the gazetteer knows)
_SIGN_OFF = r"^[A-Za-z]{1,4}(?:/[A-Za-z]{1,4})+[ \t]*(?=/)|^[A-Za-z]{1,4}(?:/[A-Za-z]{1,4})*[ \t]*(?=//)"
_CREDIT = re.compile(rf"(?:^|[.!?”\"][ \t]*|(?P<signed>{_SIGN_OFF}))(?:{_DASH}[ \t]*|\(|/{{1,2}}[ \t]*)"
                     rf"(?P<agency>[A-Z][A-Za-z&.' -]{{1,30}}[A-Za-z])(?:\)|/)?[ \t]*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Dateline:
    start: int  # characters of the dateline or credit in the text
    end: int
    agency: str | None = None  # as written: "Xinhua", "TASS", "Reuters"
    day: date | None = None
    agency_start: int | None = None
    agency_end: int | None = None
    place: str | None = None  # "PORT SUDAN": the place as written (None for a credit)
    labelled: bool = False  # a credit after a label ("Source: X"): an agency only the gazetteer knows
    # a title-case place and an acronym alone ("Dakar (APS) –"), a sign-off's last part ("AB/cd/APS"):
    # an outlet only the gazetteer knows (a publisher's own short name, "Mogadishu (HOL) -", is no
    # outlet of its own; a sign-off's initials, "AB // CD", none at all)
    known_only: bool = False


def after_prose(text: str, at: int) -> bool:
    """Two paragraphs of prose (lines of twenty words or more, not a photo's caption with its
    credit) end before character ``at``: a dateline there heads a statement the story reprints,
    not the story (a lede, then "The office released the following statement")."""
    start, prose = 0, 0
    while True:
        brk = text.find("\n", start)
        if brk < 0 or brk >= at:
            return False
        line = text[start:brk]
        if len(line.split()) >= 20 and not _CAPTION_CREDIT.search(line):
            prose += 1
            if prose == 2:
                return True
        start = brk + 1


# a photo's credit closing its caption ("REUTERS/Yves Herman", "(Photo: AFP)", "File Photo"):
# page furniture's own words
_CAPTION_CREDIT = re.compile(r"[A-Z]{2,}/|\bPhoto\b|\bphoto:|Getty Images")


def _day(month: str | None, day: str | None, year: str | None, published: date | None) -> date | None:
    if not month or not day:
        return None
    number = month_numbers().get(month[:3].casefold())
    if number is None:
        return None
    if year:
        try:
            return date(int(year), number, int(day))
        except ValueError:
            return None
    if published is None:
        return None
    # the year that puts the day on or before publication (a day after, across time zones)
    for y in (published.year, published.year - 1, published.year + 1):
        try:
            candidate = date(y, number, int(day))
        except ValueError:
            continue
        if published - timedelta(days=300) <= candidate <= published + timedelta(days=1):
            return candidate
    return None


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line, its line break left out: what ``^`` and ``$`` bound."""
    starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]
    return list(zip(starts, [*(s - 1 for s in starts[1:]), len(text)]))


_LINE_BREAK = re.compile("\n")
_CREDIT_ENDS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz)/")  # (``_CREDIT``'s last characters)


def find_datelines(text: str, published: date | None) -> tuple[Dateline, ...]:
    """Datelines opening a paragraph and agency credits closing one, in text order."""
    out: list[Dateline] = []
    lines = _lines(text)
    openings: dict[int, re.Match] = {}
    for pattern in (_AGENCY_FIRST, _OPENING, _OPENING_TITLED, _DATE_FIRST, _TITLED_AGENCY):
        for start, _ in lines:
            if (m := pattern.match(text, start)) is not None:
                openings.setdefault(m.start(), m)
    for m in (openings[k] for k in sorted(openings)):
        place = m.group("place")
        if len(place.replace(".", "")) < 3 or place.casefold() in _question_labels():
            continue  # ("QUESTION (Vell Radio): ...": a transcript's label of who asked, no dateline)
        if m.re is _OPENING_TITLED and not any(m.groupdict().get(g) for g in ("agency", "slashed", "comma", "spaced")) \
                and not _place_like(place):
            continue  # "Monday, March 10 - ...", "On Friday, May 2: ...": a day in a timeline, no place
        group = next((g for g in ("agency", "slashed", "comma", "spaced") if m.groupdict().get(g)), "agency")
        groups = m.groupdict()
        if m.re is _TITLED_AGENCY and not known_place(place):
            continue  # ("Update (AP) - ...", "European Union (EU) - ...": no place)
        if (groups.get("bare") is not None or groups.get("bracket")) and not known_place(place):
            continue  # "John Smith, 14 December 2020", "Updated, 14 December 2020": a byline, a stamp
            # ("BIDEN (May 2): I spoke to him.": a transcript's speaker and day, no place)
        if group == "spaced" and (groups["spaced"] in load_zone_abbreviations() or _CLOCK_HALF.fullmatch(groups["spaced"])):
            groups["spaced"] = None  # "VELLA, Dec 10 GMT -", "LONDON, Dec 10 PM -": a clock's words, no agency
        if groups.get("agency") and place.split()[0].casefold() in _honorifics():
            continue  # "MR. OTO (Vell Radio): Did the king call?": a transcript's asker, no dateline
        agency = groups.get(group)
        if agency and agency.strip().casefold() in _not_agencies():
            agency = None  # ("VELLA, May 2 (File)", "Tuesday, June 15, 2021 (PM)": a picture's, a clock's)
        if groups.get("closed") is not None and not (agency and (groups.get("day") or groups.get("dday")
                                                                 or groups.get("weekday"))):
            continue  # ("FILE PHOTO (REUTERS)", "KYIV, May 12 (File)": a caption, a label, no dateline)
        # "ABU DHABI, 9th February, 2026 (WAM) --": the day before the month
        month, day = (groups["month"], groups["day"]) if groups.get("month") else (groups.get("dmonth"), groups.get("dday"))
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t"))  # the place, or the day first
        # (a weekday: the last such day up to the publication date, as a bare weekday resolves)
        spaced = groups.get("spaced_year")
        if spaced and (published is None or abs(int(spaced) - published.year) > 1):
            spaced = None  # ("Nov 27 2045 GMT": a clock time, no year)
        filed = _day(month, day, groups.get("year") or groups.get("dyear") or spaced, published) if not groups.get("weekday") \
            else resolve_date(groups["weekday"], published)
        out.append(Dateline(start, m.end(), agency.strip() if agency else None, filed,
                            m.start(group) if agency else None, m.end(group) if agency else None, place,
                            known_only=m.re is _TITLED_AGENCY))
    titles = [(n, m) for n, (start, _) in enumerate(lines) if (m := _DATED_TITLE.match(text, start)) is not None]
    for n, m in titles:
        groups = m.groupdict()
        month, day = (groups["month"], groups["day"]) if groups.get("month") else (groups["dmonth"], groups["dday"])
        filed = _day(month, day, groups["year"], published)
        # (a title naming a call, not a timeline's line beside another dated one, nor a stamp:
        # "Drone strike on Vell: 2 November 2025", "Last updated: 6 October 2025")
        if filed is None or any(abs(n - k) == 1 for k, _ in titles) or any(d.start <= m.start() < d.end for d in out) \
                or _call_words().isdisjoint(re.findall(r"[a-z]+", m.group("place").lower())):
            continue
        out.append(Dateline(m.start("place"), m.end(), None, filed))
    bare = _BARE.match(text)
    if bare and not out:
        out.append(Dateline(bare.start("place"), bare.end("place"), place=bare.group("place")))
    credit_lines = [(a, b) for a, b in lines if text[a:b].rstrip(" \t")[-1:] in _CREDIT_ENDS]
    for m in (m for a, b in credit_lines for m in _CREDIT.finditer(text, a, b)):
        agency = m.group("agency").strip()
        if len(agency.split()) > 4 or agency.casefold() in _not_agencies():
            continue
        out.append(Dateline(m.start("agency"), m.end(), agency, None, m.start("agency"), m.end("agency"),
                            known_only=m.group("signed") is not None))
    labelled = _labelled_credit()
    # (the story's last lines only: "Source: X" under a chart mid-story credits the chart's data)
    last = [(a, b) for a, b in lines if text[a:b].strip()][-3:]
    for m in (m for a, b in credit_lines if (a, b) in last for m in [labelled.match(text, a, b)] if m is not None):
        # "Source: A, B", "(With inputs from A and B)": each agency of the line
        at = m.start("agencies")
        for part in _CREDIT_SEPARATOR.split(m.group("agencies")):
            start = text.index(part, at)
            at = start + len(part)
            agency = part.strip()
            if agency and len(agency.split()) <= 4 and agency.casefold() not in _not_agencies():
                out.append(Dateline(start, at, agency, None, start, at, labelled=True))
    return tuple(sorted(out, key=lambda d: d.start))


_CREDIT_SEPARATOR = re.compile(r",[ \t]*|[ \t]+and[ \t]+|[ \t]*[/&][ \t]*")


@lru_cache(maxsize=1)
def _call_words() -> frozenset[str]:
    """The call nouns (calls.json ``call_nouns``, singular and plural): the words a readout's
    dated title names its call by."""
    calls = load_lexicon("calls")
    return frozenset(w for e in lexicon_entries(calls, "call_nouns") for w in (e["singular"], e["plural"]))


@lru_cache(maxsize=1)
def _labelled_credit() -> re.Pattern:
    """A line of its own crediting agencies after a label ("Source: A", "(With inputs from A and
    B)"; reports.json credit_labels)."""
    labels = "|".join(re.escape(p) for p in sorted(lexicon_phrases(load_lexicon("reports"), "credit_labels"), key=len, reverse=True))
    return re.compile(rf"[ \t]*\(?(?:{labels})[ \t]*:?[ \t]*(?P<agencies>[A-Z][A-Za-z&.' ,/-]{{1,80}}[A-Za-z.])\)?[ \t]*$")


# words that open a phrase of time, not a place's name (closed-class grammar)
_NOT_PLACE_OPENERS = frozenset({"on", "by", "in", "at", "from", "since", "until", "after", "before", "during", "as", "of"})


# "AM", "PM": the half of a clock's day, no agency's name (clock grammar, not vocabulary)
_CLOCK_HALF = re.compile(r"[AP]M")


def _place_like(place: str) -> bool:
    """A title-case dateline place with only a day and a dash after it is a place's name: none
    of its words is a weekday, a month or a word opening a phrase of time."""
    words = [w.casefold() for w in re.split(r"[ \-]+", place) if w]
    return bool(words) and not any(w in calendar_names() or w in _NOT_PLACE_OPENERS for w in words)


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    """ "MR.", "MS.": a word that opens a person's name, never a place's (titles.json)."""
    return frozenset(lexicon_phrases(load_lexicon("titles"), "honorifics"))


@lru_cache(maxsize=1)
def _question_labels() -> frozenset[str]:
    """ "QUESTION", "REPORTER": the words labelling a transcript's question (discourse.json)."""
    return frozenset(lexicon_phrases(load_lexicon("discourse"), "question_labels"))


@lru_cache(maxsize=1)
def _not_agencies() -> frozenset[str]:
    """ "(END)", "(Photo)": words in a credit's place that name no agency (reports.json)."""
    return frozenset(lexicon_phrases(load_lexicon("reports"), "credit_non_agencies"))
