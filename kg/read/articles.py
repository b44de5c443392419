"""The input stage: files and folders on disk -> ``Article`` records (streamed) and ``Skipped``.

Owns finding input files, decoding them, the optional ``metadata.csv`` beside them, and the
publication date and outlet an article states about itself (``kg.read.dates_text``).

Formats:
    ``.txt``    one article, UTF-8 (a BOM is allowed).
    ``.json``   one news-please record, or a JSON array of them (``name.json#3`` is the 3rd).
    ``.jsonl``  one news-please record per line (``name.jsonl#7`` is the record on line 7).
    A news-please record gives ``maintext`` (the text analysed), ``title``, ``date_publish``,
    ``source_domain`` (the outlet) and ``url``; ``description`` and other fields are ignored.

``Article.text`` is what every later stage analyses, and evidence offsets index into it: the
decoded text with the BOM removed, line endings normalised to ``\\n`` (``\\r\\n`` and lone
``\\r``), and a leading ``date YYYY-MM-DD`` marker removed (its date is kept as the
publication date). Nothing else is changed; the title is never prepended.

Ids: ``ArticleMeta.id`` is the file name for files directly in a folder given as input (or a
file given by name), the path relative to that folder for files in subfolders
(``sub/x.txt``), plus ``#n`` for records of a JSON array or JSON Lines file. When several
inputs are given, a second article with an id already read is skipped, not renamed: pass the
common parent folder instead. ``ArticleMeta.source`` is the path as given, in ``/`` form.

Metadata: a ``metadata.csv`` applies to the files in its own folder, keyed by their file name
(``name.jsonl#7`` for a record). Precedence for each field: ``metadata.csv``, then the JSON
record's own field, then what the text states (``date`` marker, a date line near the top, an
agency dateline); otherwise ``None``. Problems in ``metadata.csv`` are reported as
``Skipped(source=<metadata.csv>, reason="row N ...")`` and the rest of it still loads.

Walking: folders are walked recursively in sorted name order (each folder's files, then its
subfolders), skipping hidden entries, ``metadata.csv`` and files of other types; symbolic
links to folders are not followed. ``Skipped.reason`` is meant to be shown as
``f"{source}: {reason}"``.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from kg.read.dates_text import dateline, infer_dateline_date, strict_date, strip_date_marker, top_date
from kg.errors import InputError
from kg.model import Article, ArticleMeta, Skipped

__all__ = [
    "METADATA_COLUMNS",
    "METADATA_NAME",
    "SUPPORTED_SUFFIXES",
    "MetadataRow",
    "iter_inputs",
    "read_metadata",
]

SUPPORTED_SUFFIXES = (".txt", ".json", ".jsonl")
METADATA_NAME = "metadata.csv"
METADATA_COLUMNS = ("file", "published", "outlet", "url", "title")
_EXPECTED = ", ".join(SUPPORTED_SUFFIXES)
_COLUMNS = ", ".join(METADATA_COLUMNS)


@dataclass(frozen=True, slots=True)
class MetadataRow:
    """One ``metadata.csv`` row (or a JSON record's own fields); ``None`` means unknown."""

    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None


_UNKNOWN = MetadataRow()
_Rows = dict[str, MetadataRow]


def iter_inputs(paths: Sequence[Path]) -> Iterator[Article | Skipped]:
    """Yield an ``Article`` per readable article and a ``Skipped`` per unusable input.

    Args:
        paths: files and folders, in the order given.

    Raises:
        InputError: E201 when a path does not exist (checked before anything is read).
    """
    roots = [Path(p) for p in paths]
    for root in roots:
        if not root.exists():
            raise InputError(
                "E201",
                f"input path '{root}' does not exist; pass article files "
                f"({_EXPECTED}) or folders that contain them",
            )
    return _iter(roots)


def read_metadata(folder: Path) -> tuple[dict[str, MetadataRow], list[Skipped]]:
    """Read ``folder/metadata.csv`` if there is one: rows keyed by file name, and problems.

    Columns: ``file`` and any of ``published`` (YYYY-MM-DD), ``outlet``, ``url``, ``title``, in
    any order; blank cells are unknown. Rows are numbered as in a spreadsheet (header = row 1).
    """
    path = Path(folder) / METADATA_NAME
    if not path.is_file():
        return {}, []
    source = path.as_posix()
    try:
        text, problem = _decode(path.read_bytes())
    except OSError as err:
        text, problem = None, f"cannot read: {err.strerror}"
    if text is None:
        return {}, [Skipped(source, f"{problem}; metadata ignored")]
    rows: _Rows = {}
    problems: list[Skipped] = []
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [cell.strip().lower() for cell in next(reader, [])]
        if header and "file" not in header:
            reason = f"no 'file' column in the header (expected {_COLUMNS}); metadata ignored"
            return {}, [Skipped(source, reason)]
        for name in header:
            if name not in METADATA_COLUMNS:
                reason = f"unknown column '{name}' ignored (expected {_COLUMNS})"
                problems.append(Skipped(source, reason))
        index = {name: header.index(name) for name in METADATA_COLUMNS if name in header}
        for number, cells in enumerate(reader, start=2):
            _add_row(rows, problems, source, number, index, cells)
    except csv.Error as err:
        reason = f"line {reader.line_num}: malformed CSV ({err}); the rest is ignored"
        problems.append(Skipped(source, reason))
    return rows, problems


def _add_row(
    rows: _Rows, problems: list[Skipped], source: str, number: int, index: dict[str, int], cells: list[str]
) -> None:
    if not any(cell.strip() for cell in cells):
        return

    def cell(column: str) -> str | None:
        i = index.get(column)
        value = cells[i].strip() if i is not None and i < len(cells) else ""
        return value or None

    name = cell("file")
    if name is None:
        problems.append(Skipped(source, f"row {number}: empty 'file' cell; row ignored"))
        return
    if name in rows:
        problems.append(Skipped(source, f"row {number}: second row for '{name}' ignored; the first is kept"))
        return
    published = None
    if (raw := cell("published")) is not None:
        published = _iso_date(raw)
        if published is None:
            reason = (
                f"row {number} ({name}): invalid published date '{raw}' (expected YYYY-MM-DD); "
                "the date is ignored"
            )
            problems.append(Skipped(source, reason))
    rows[name] = MetadataRow(published, cell("outlet"), cell("url"), cell("title"))


def _iso_date(value: str) -> date | None:
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def _iter(roots: list[Path]) -> Iterator[Article | Skipped]:
    seen: set[str] | None = set() if len(roots) > 1 else None
    folder_rows: dict[Path, _Rows] = {}  # metadata of the folders of files named explicitly
    for root in roots:
        items = _walk(root, "") if root.is_dir() else _explicit(root, folder_rows)
        for item in items:
            if seen is not None and isinstance(item, Article):
                if item.id in seen:
                    reason = (
                        f"duplicate article id '{item.id}' (read before from another input); "
                        "pass their common parent folder instead"
                    )
                    item = Skipped(item.meta.source, reason)
                else:
                    seen.add(item.id)
            yield item


def _explicit(path: Path, folder_rows: dict[Path, _Rows]) -> Iterator[Article | Skipped]:
    source = path.as_posix()
    suffix = path.suffix.lower()
    if path.name == METADATA_NAME:
        yield Skipped(source, "metadata.csv is not an article; it is read for the articles beside it")
    elif suffix not in SUPPORTED_SUFFIXES:
        kind = f"'{suffix}'" if suffix else "(no extension)"
        yield Skipped(source, f"unsupported file type {kind} (expected {_EXPECTED})")
    elif not path.is_file():
        yield Skipped(source, "not a regular file")
    else:
        if path.parent not in folder_rows:
            folder_rows[path.parent], problems = read_metadata(path.parent)
            yield from problems
        yield from _read_file(path, path.name, folder_rows[path.parent])


def _walk(folder: Path, prefix: str) -> Iterator[Article | Skipped]:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as err:
        yield Skipped(folder.as_posix(), f"cannot list folder: {err.strerror}")
        return
    visible = [entry for entry in entries if not entry.name.startswith(".")]
    files = [
        entry
        for entry in visible
        if entry.name != METADATA_NAME
        and os.path.splitext(entry.name)[1].lower() in SUPPORTED_SUFFIXES
        and entry.is_file()
    ]
    rows: _Rows = {}
    if files:
        rows, problems = read_metadata(folder)
        yield from problems
    for entry in files:
        yield from _read_file(Path(entry.path), prefix + entry.name, rows)
    for entry in visible:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path), f"{prefix}{entry.name}/")


def _read_file(path: Path, article_id: str, rows: _Rows) -> Iterator[Article | Skipped]:
    source = path.as_posix()
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(path, article_id, rows)
        return
    try:
        text, problem = _decode(path.read_bytes())
    except OSError as err:
        text, problem = None, f"cannot read: {err.strerror}"
    if text is None:
        yield Skipped(source, problem or "cannot read")
    elif suffix == ".txt":
        yield _article(article_id, source, text, rows.get(path.name), _UNKNOWN, "")
    else:
        yield from _read_json(path, text, article_id, rows)


def _read_json(path: Path, text: str, article_id: str, rows: _Rows) -> Iterator[Article | Skipped]:
    source = path.as_posix()
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        yield Skipped(source, f"invalid JSON: {err.msg} (line {err.lineno}, column {err.colno})")
        return
    if isinstance(value, list):
        for number, record in enumerate(value, start=1):
            row = rows.get(f"{path.name}#{number}")
            yield from _record(record, f"{article_id}#{number}", source, row, f"record {number}: ")
    else:
        yield from _record(value, article_id, source, rows.get(path.name), "")


def _read_jsonl(path: Path, article_id: str, rows: _Rows) -> Iterator[Article | Skipped]:
    source = path.as_posix()
    offset = 0
    try:
        with path.open("rb") as lines:
            for number, raw in enumerate(lines, start=1):
                line, problem = _decode(raw, offset)
                offset += len(raw)
                if line is None:
                    yield Skipped(source, f"line {number}: {problem}")
                    continue
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as err:
                    yield Skipped(source, f"line {number}: invalid JSON: {err.msg} (column {err.colno})")
                    continue
                row = rows.get(f"{path.name}#{number}")
                yield from _record(record, f"{article_id}#{number}", source, row, f"line {number}: ")
    except OSError as err:
        yield Skipped(source, f"cannot read: {err.strerror}")


def _record(
    record: object, article_id: str, source: str, row: MetadataRow | None, where: str
) -> Iterator[Article | Skipped]:
    if not isinstance(record, dict):
        yield Skipped(source, f"{where}expected a JSON object, found {type(record).__name__}")
        return
    text = record.get("maintext")
    if not isinstance(text, str) or not text.strip():
        state = "is not a string" if text is not None and not isinstance(text, str) else "is missing or empty"
        yield Skipped(source, f"{where}no article text ('maintext' {state})")
        return
    published = None
    raw = record.get("date_publish")
    if isinstance(raw, str) and raw.strip():
        published = _iso_date(raw.strip()) or strict_date(raw.strip())
        if published is None:
            yield Skipped(source, f"{where}date_publish '{raw}' is not a date; the date is ignored")
    own = MetadataRow(
        published, _text(record.get("source_domain")), _text(record.get("url")), _text(record.get("title"))
    )
    yield _article(article_id, source, text, row, own, where)


def _text(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _article(
    article_id: str, source: str, text: str, row: MetadataRow | None, own: MetadataRow, where: str
) -> Article | Skipped:
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text, marked = strip_date_marker(text)
    if not text.strip():
        return Skipped(source, f"{where}empty article")
    row = row or _UNKNOWN
    published = row.published or own.published or marked
    outlet = row.outlet or own.outlet
    if published is None or outlet is None:
        found = dateline(text)
        if outlet is None and found is not None:
            outlet = found.agency
        if published is None:
            published = top_date(text)
        if published is None and found is not None and found.month is not None:
            published = infer_dateline_date(found.month, found.day, text)
    meta = ArticleMeta(article_id, source, published, outlet, row.url or own.url, row.title or own.title)
    return Article(meta, text)


def _decode(data: bytes, base: int = 0) -> tuple[str | None, str | None]:
    """Decode UTF-8 (BOM allowed) or say where it is not: ``(text, None)`` or ``(None, problem)``."""
    start = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[start:].decode("utf-8"), None
    except UnicodeDecodeError as err:
        at = start + err.start
        where = f"byte 0x{data[at]:02x} at byte offset {base + at}"
        return None, f"not valid UTF-8: {where} (save the file as UTF-8)"
