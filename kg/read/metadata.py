"""``metadata.csv``: what a folder's files do not say about themselves.

Columns ``file`` and any of ``published`` (YYYY-MM-DD), ``outlet``, ``url``, ``title``, in any
order; blank cells are unknown. ``file`` is a file name of the folder (escaped as article ids
are, or as the OS spells it), or ``name.jsonl#7`` for a record.

A CSV file can lie. A quote that is never closed makes a CSV reader swallow every following
row into one cell (one bogus outlet); here the row where the quote opens is reported with its
line and ignored, and reading goes on at the next line, so the rows after it still count.
The same holds for a row whose quoted cell runs on over lines that are rows themselves (the
quote was closed by another row's quote), and for any other malformed row. Problems are
``Skipped(source=<metadata.csv>, reason="line N ...")``; the rest of the file still loads.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Iterator

from kg.errors import Read
from kg.model import EARLIEST_DATE, LATEST_DATE, Skipped
from kg.read.decode import clean_text, decode, normalise_newlines
from kg.read.files import TooLarge, format_size, read_capped
from kg.read.names import display_path
from kg.read.walk import METADATA_NAME, SUPPORTED_SUFFIXES

__all__ = ["METADATA_COLUMNS", "MetadataRow", "Metadata", "load_metadata", "iso_date", "date_problem"]

METADATA_COLUMNS = ("file", "published", "outlet", "url", "title")
_COLUMNS = ", ".join(METADATA_COLUMNS)


@dataclass(frozen=True, slots=True)
class MetadataRow:
    """One ``metadata.csv`` row (or a JSON record's own fields); ``None`` means unknown."""

    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None


@dataclass
class Metadata:
    """A folder's rows by ``file`` cell, the line each starts on, and which rows were used."""

    source: str = ""
    rows: dict[str, MetadataRow] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def get(self, *keys: str) -> MetadataRow | None:
        """The row of the first of ``keys`` that has one (marked as used)."""
        for key in keys:
            row = self.rows.get(key)
            if row is not None:
                self.used.add(key)
                return row
        return None

    def unused(self) -> Iterator[tuple[str, int]]:
        """``(file cell, line)`` of the rows nobody asked for, in file order."""
        return ((k, n) for k, n in sorted(self.lines.items(), key=lambda kv: kv[1]) if k not in self.used)


def iso_date(value: str) -> date | None:
    """The day of an ISO date or date-time, or None."""
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def date_problem(day: date | None) -> str | None:
    """Why ``day`` cannot be a publication date (outside ``EARLIEST_DATE..LATEST_DATE``), or None."""
    if day is None or EARLIEST_DATE <= day <= LATEST_DATE:
        return None
    return f"{day.isoformat()} is outside the years news can have ({EARLIEST_DATE.year}-{LATEST_DATE.year})"


def load_metadata(folder: Path, cap: int) -> tuple[Metadata, list[Skipped]]:
    """Read ``folder/metadata.csv`` if there is one (see the module docstring)."""
    path = Path(folder) / METADATA_NAME
    meta = Metadata(display_path(path))
    if not path.is_file():
        return meta, []
    try:
        decoded = decode(read_capped(path, cap))
    except TooLarge as err:
        reason = f"{format_size(err.size)} is above the size cap ({format_size(cap)}); metadata ignored"
        return meta, [Skipped(meta.source, reason, Read.TOO_LARGE)]
    except OSError as err:
        return meta, [Skipped(meta.source, f"cannot read: {err.strerror or err}; metadata ignored", Read.CANNOT_READ)]
    if decoded.text is None:
        return meta, [Skipped(meta.source, f"{decoded.problem}; metadata ignored", Read.NOT_UTF8)]
    problems: list[Skipped] = []
    if decoded.note:
        problems.append(Skipped(meta.source, decoded.note, Read.UTF16_NO_BOM))
    # line ends first: a carriage return is a control character clean_text would blank out
    text, invalid = clean_text(normalise_newlines(decoded.text.removeprefix("\ufeff")))
    if invalid:
        problems.append(Skipped(meta.source, f"{invalid} invalid character(s) replaced by U+FFFD",
                                Read.INVALID_CHARACTERS))
    lines = [line + "\n" for line in normalise_newlines(text).split("\n")]
    rows = _rows(lines[:-1] if lines[-1] == "\n" else lines)
    first = next(rows, None)
    if first is None or isinstance(first[1], str):
        return meta, problems
    header = [cell.strip().lower() for cell in first[1]]
    if "file" not in header:
        reason = f"no 'file' column in the header (expected {_COLUMNS}); metadata ignored"
        return meta, problems + [Skipped(meta.source, reason, Read.METADATA_NO_FILE_COLUMN)]
    for name in header:
        if name not in METADATA_COLUMNS:
            reason = f"unknown column '{name}' ignored (expected {_COLUMNS})"
            problems.append(Skipped(meta.source, reason, Read.METADATA_UNKNOWN_COLUMN))
    index = {name: header.index(name) for name in METADATA_COLUMNS if name in header}
    for line, cells in rows:
        if isinstance(cells, str):
            code = Read.METADATA_UNCLOSED_QUOTE if cells == "quote" else Read.METADATA_MALFORMED
            what = "a quote opened here is never closed" if cells == "quote" else f"malformed CSV ({cells})"
            reason = f"line {line}: {what}; the row is ignored, reading goes on at line {line + 1}"
            problems.append(Skipped(meta.source, reason, code))
        else:
            _add_row(meta, problems, line, index, cells)
    return meta, problems


def _rows(lines: list[str]) -> Iterator[tuple[int, list[str] | str]]:
    """``(first line, cells)`` per row, or ``(first line, "quote" | message)`` for a broken
    row, after which reading starts again on the row's second line."""
    at = 0  # index of the first line not yet parsed
    width = None
    while at < len(lines):
        reader = csv.reader(iter(lines[at:]), strict=True)
        start = at
        try:
            for cells in reader:
                end = at + reader.line_num
                if width is not None and end - start > 1 and _swallows_rows(cells, width):
                    raise csv.Error("unexpected end of data")
                width = len(cells) if width is None else width
                yield start + 1, cells
                start = end
            return
        except csv.Error as err:
            # a row that failed after running over lines had a quote open across them
            ran_on = at + reader.line_num - start > 1 or "unexpected end of data" in str(err)
            yield start + 1, "quote" if ran_on else str(err)
            at = start + 1


def _swallows_rows(cells: list[str], width: int) -> bool:
    """Whether a cell running over lines holds lines that are rows themselves (the sign of a
    quote closed by a later row's quote)."""
    for cell in cells:
        for line in cell.split("\n")[1:]:
            try:
                inner = next(csv.reader([line]), [])
            except csv.Error:
                continue
            if len(inner) >= width and any(c.strip().lower().endswith(SUPPORTED_SUFFIXES) for c in inner):
                return True
    return False


def _add_row(meta: Metadata, problems: list[Skipped], line: int, index: dict[str, int], cells: list[str]) -> None:
    if not any(cell.strip() for cell in cells):
        return

    def cell(column: str) -> str | None:
        i = index.get(column)
        value = cells[i].strip() if i is not None and i < len(cells) else ""
        return value or None

    def problem(code: str, reason: str) -> None:
        problems.append(Skipped(meta.source, f"line {line}{reason}", code))

    name = cell("file")
    if name is None:
        return problem(Read.METADATA_EMPTY_FILE_CELL, ": empty 'file' cell; row ignored")
    if name in meta.rows:
        first = meta.lines[name]
        return problem(Read.METADATA_SECOND_ROW, f": second row for '{name}' ignored; the one on line {first} is kept")
    published = None
    if (raw := cell("published")) is not None:
        published = iso_date(raw)
        if published is None:
            problem(Read.NOT_A_DATE, f" ({name}): invalid published date '{raw}' (expected YYYY-MM-DD); the date is ignored")
        elif (why := date_problem(published)) is not None:
            problem(Read.DATE_OUT_OF_RANGE, f" ({name}): published date {why}; the date is ignored")
            published = None
    meta.rows[name] = MetadataRow(published, cell("outlet"), cell("url"), cell("title"))
    meta.lines[name] = line
