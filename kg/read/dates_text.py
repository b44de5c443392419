"""What an article's own text says about when and by whom it was published.

Pure functions on strings, used by ``kg.read.articles`` only when the metadata leaves a field unknown:

- a leading ``date YYYY-MM-DD`` marker (removed from the text, its date kept);
- a date line within the first five non-empty lines ("Wednesday, 12th February, 2025",
  "Published: 12 February 2025", "Feb. 12, 2025", "2025-02-12");
- an agency dateline opening a paragraph ("BERLIN, July 5 (Reuters) -", "MOSCOW (AP) —"):
  its agency is an outlet, its month and day a date once a year is known.

Dates are parsed by python-dateutil with a strict check: the string must be a date and nothing
else, name its month in words (or be ISO ``YYYY-MM-DD``), and give the same day under two
different defaults, so a missing day or year is never filled in silently. Numeric dates such as
``12/02/2025`` are rejected because day and month order is ambiguous.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from dateutil import parser as dateparser

__all__ = [
    "Dateline",
    "dateline",
    "infer_dateline_date",
    "strict_date",
    "strip_date_marker",
    "title_date",
    "top_date",
]

_INFO = dateparser.parserinfo()
_DEFAULTS = (datetime(2001, 1, 1), datetime(2002, 2, 2))
_TOP_LINES = 5
_MAX_DATE_LINE = 80  # a longer line is prose, not a date line; also bounds dateutil's work
_HEAD_CHARS = 4000  # the top of an article: enough for its first lines, never the whole text

_MARKER = re.compile(r"\s*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?![\d-])\s*", re.IGNORECASE)
_ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_YEAR = re.compile(r"\b(?:1[89]|2[01])\d\d\b")
_WORD = re.compile(r"[A-Za-z]+")
_LABEL = re.compile(
    r"^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)(?:\s+on)?|date)\s*[:\-\u2013\u2014]?\s*",
    re.IGNORECASE,
)
_EDGE = " \t|\u00b7\u2022-\u2013\u2014"
# PLACE[, Region][, Month Day] (Agency) -   e.g. "KYIV, Ukraine, March 3 (AP) —"
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'\u2019/ -]*[A-Z.])"
    r"(?:,[ \t]*[A-Z][A-Za-z.'\u2019 -]*?)?"
    r"(?:,[ \t]*(?P<month>[A-Z][a-z]{2,8})\.?[ \t]+(?P<day>\d{1,2}))?"
    r"[ \t]*\((?P<agency>[A-Za-z][A-Za-z&.' -]{0,38}[A-Za-z.])\)[ \t]*(?:-{1,2}|\u2013|\u2014)"
)
_SEP = r"[ \t\u00a0]+"
_FULL_DATE = re.compile(
    r"\b(?:\d{4}-\d{2}-\d{2}"
    rf"|[A-Z][a-z]{{2,8}}\.?{_SEP}\d{{1,2}}(?:st|nd|rd|th)?,?{_SEP}\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?{_SEP}(?:of{_SEP})?[A-Z][a-z]{{2,8}}\.?,?{_SEP}\d{{4}})\b"
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """An agency dateline: the agency as written, and its month and day when it gives them."""

    agency: str
    month: int | None = None
    day: int | None = None


def strip_date_marker(text: str) -> tuple[str, date | None]:
    """Remove a leading ``date YYYY-MM-DD`` marker (and the space after it); return its date.

    The marker may run straight into the body on the same line. An impossible date
    (``date 2025-02-30``) is not a marker and the text is returned unchanged.
    """
    match = _MARKER.match(text)
    if match is None:
        return text, None
    try:
        found = date.fromisoformat(match.group(1))
    except ValueError:
        return text, None
    return text[match.end() :], found


def strict_date(value: str) -> date | None:
    """The day ``value`` states, or ``None`` unless it is a complete, unambiguous date."""
    value = value.strip(_EDGE)
    if not _ISO.search(value) and not any(_INFO.month(word) for word in _WORD.findall(value)):
        return None
    days = set()
    for default in _DEFAULTS:
        try:
            days.add(dateparser.parse(value, default=default, ignoretz=True).date())
        except (dateparser.ParserError, ValueError, OverflowError):
            return None
    return days.pop() if len(days) == 1 else None


def top_date(text: str) -> date | None:
    """A publication date stated alone on one of the first five non-empty lines."""
    for line in _top_lines(text):
        if len(line) <= _MAX_DATE_LINE and _YEAR.search(line):
            found = strict_date(_LABEL.sub("", line, count=1))
            if found is not None:
                return found
    return None


_BRACKETED_END = re.compile(r"\(([^()]{6,40})\)\s*$")


def title_date(text: str) -> date | None:
    """The full date in brackets closing the first line, as a transcript's or a statement's
    title gives the day it was delivered ("Remarks by the Minister (March 3, 2025)")."""
    lines = _top_lines(text)
    match = _BRACKETED_END.search(lines[0]) if lines else None
    return strict_date(match.group(1)) if match is not None and _YEAR.search(match.group(1)) else None


def dateline(text: str) -> Dateline | None:
    """The agency dateline opening one of the first five non-empty lines, if any."""
    for line in _top_lines(text):
        match = _DATELINE.match(line)
        if match is None:
            continue
        month = _INFO.month(match["month"]) if match["month"] else None
        day = int(match["day"]) if month else None
        return Dateline(match["agency"].strip(), month, day)
    return None


def infer_dateline_date(month: int, day: int, text: str) -> date | None:
    """A dateline's month and day in the year of the first full date the text states.

    Of that year and the years either side, the one putting the day nearest the stated date
    wins, so "Dec 28" in a text that mentions "January 3, 2026" is 28 December 2025.
    ``None`` when the text states no full date or the day does not exist.
    """
    reference = _first_full_date(text)
    if reference is None:
        return None
    best = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if best is None or abs(candidate - reference) < abs(best - reference):
            best = candidate
    return best


def _first_full_date(text: str) -> date | None:
    for match in _FULL_DATE.finditer(text):
        found = strict_date(match.group())
        if found is not None:
            return found
    return None


def _top_lines(text: str) -> list[str]:
    lines = (line.strip() for line in text[:_HEAD_CHARS].split("\n"))
    return [line for line in lines if line][:_TOP_LINES]
