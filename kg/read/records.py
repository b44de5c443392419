"""news-please records: JSON text -> the fields newskg reads, or why not.

A record gives ``maintext`` (the text analysed), ``title``, ``date_publish``, ``source_domain``
(the outlet) and ``url``; other fields are ignored. ``parse_json`` never lets a hostile value
escape as an exception: a value nested too deeply for the parser (``[[[[...]]]]``) and a number
too long to convert are reported like any other invalid JSON.

``source_domain`` is the outlet's web domain; it is normalised (lower case, no scheme, port,
path, trailing dot or leading ``www.``) so that ``www.dw.com`` and ``dw.com`` are one outlet,
which the gazetteer's ``domains`` field maps to a named outlet.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from kg.errors import Read
from kg.read.dates_text import strict_date
from kg.read.metadata import MetadataRow, date_problem, iso_date

__all__ = ["Record", "Problem", "parse_json", "read_record", "normalise_domain"]

_MAX_DATE = 100  # longer is no date; also bounds the date parser's work
_DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]")


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong with (part of) a record: a ``kg.errors.Read`` code and a reason."""

    code: str
    reason: str


@dataclass(frozen=True, slots=True)
class Record:
    """A record's text and own fields, with the problems worth reporting (the record is kept)."""

    text: str
    own: MetadataRow
    notes: tuple[Problem, ...] = ()


def parse_json(text: str) -> object | Problem:
    """The JSON value of ``text``, or a ``Problem`` saying where it is invalid."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        return Problem(Read.BAD_JSON, f"invalid JSON: {err.msg} (line {err.lineno}, column {err.colno})")
    except RecursionError:
        return Problem(Read.JSON_TOO_DEEP, "invalid JSON: values nested too deeply to read")
    except ValueError as err:  # e.g. an integer of more digits than Python converts
        return Problem(Read.JSON_NUMBER, f"invalid JSON: {err}")


def read_record(value: object) -> Record | Problem:
    """The fields of one news-please record, or why it is not one."""
    if not isinstance(value, dict):
        return Problem(Read.NOT_A_RECORD, f"expected a JSON object, found {_json_type(value)}")
    text = value.get("maintext")
    if not isinstance(text, str) or not text.strip():
        state = "is not a string" if text is not None and not isinstance(text, str) else "is missing or empty"
        return Problem(Read.NO_TEXT, f"no article text ('maintext' {state})")
    notes: list[Problem] = []
    published: date | None = None
    raw = value.get("date_publish")
    if isinstance(raw, str) and raw.strip():
        published = iso_date(raw.strip()) or (strict_date(raw.strip()) if len(raw) <= _MAX_DATE else None)
        if published is None:
            notes.append(Problem(Read.NOT_A_DATE, f"date_publish {_quote(raw)} is not a date; the date is ignored"))
        elif (why := date_problem(published)) is not None:
            notes.append(Problem(Read.DATE_OUT_OF_RANGE, f"date_publish {why}; the date is ignored"))
            published = None
    domain = _text(value.get("source_domain"))
    own = MetadataRow(published, normalise_domain(domain) if domain else None,
                      _text(value.get("url")), _text(value.get("title")))
    return Record(text, own, tuple(notes))


def normalise_domain(value: str) -> str:
    """``"https://WWW.DW.com:443/en"`` -> ``"dw.com"``; a value that is no domain stays as given."""
    host = value.strip().lower()
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", host)
    host = re.split(r"[/?#:]", host, maxsplit=1)[0].rstrip(".")
    host = host.removeprefix("www.")
    return host if _DOMAIN.fullmatch(host) else value.strip()


def _text(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _quote(raw: str) -> str:
    return repr(raw[:80] + ("..." if len(raw) > 80 else ""))


def _json_type(value: object) -> str:
    return {list: "array", str: "string", bool: "boolean", int: "number", float: "number"}.get(
        type(value), "null" if value is None else type(value).__name__
    )
