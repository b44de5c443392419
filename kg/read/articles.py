"""The input stage: files and folders on disk -> ``Article`` records (streamed) and ``Skipped``.

Owns turning input paths into articles; the parts live beside it: ``walk`` (finding files
safely), ``files`` (reading within the size cap), ``decode`` (bytes -> clean text),
``metadata`` (``metadata.csv``), ``records`` (news-please JSON), ``names`` (ids from file
names) and ``dates_text`` (what a text says about its own date and outlet).

Formats:
    ``.txt``    one article, UTF-8 (a BOM is allowed; UTF-16 is read too, see ``decode``).
    ``.json``   one news-please record, or a JSON array of them (``name.json#3`` is the 3rd).
    ``.jsonl``  one news-please record per line (``name.jsonl#7`` is the record on line 7).

``Article.text`` is what every later stage analyses, and evidence offsets index into it: the
decoded text with the BOM removed, line endings normalised to ``\\n`` (``\\r\\n`` and lone
``\\r``), control characters replaced by spaces and invalid code points by U+FFFD (same-length
substitutions, ``kg.read.decode.clean_text``), and a leading ``date YYYY-MM-DD`` marker removed
(its date is kept as the publication date). Nothing else is changed; the title is never
prepended.

Ids: ``ArticleMeta.id`` is the file name for files directly in a folder given as input (or a
file given by name), the path relative to that folder for files in subfolders
(``sub/x.txt``), plus ``#n`` for records of a JSON array or JSON Lines file. Names are escaped
by ``kg.read.names.escape_name`` (bytes that are not UTF-8 and invisible characters as
``%XX``). When several inputs are given, a second article with an id already read is skipped,
not renamed: pass the common parent folder instead. ``ArticleMeta.source`` is the path as
given, in ``/`` form, escaped the same way; ``Skipped.reason`` is meant to be shown as
``f"{source}: {reason}"``.

Metadata: precedence for each field: ``metadata.csv``, then the JSON record's own field, then
what the text states (``date`` marker, a date line near the top, an agency dateline);
otherwise ``None``. A publication date outside ``kg.model.EARLIEST_DATE..LATEST_DATE`` is
reported and ignored, wherever it comes from.

Every problem is a ``Skipped`` with a ``kg.errors.Read`` code; some only report (a date
ignored, UTF-16 without a BOM) and the article is still read.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from kg.errors import InputError, Read
from kg.model import Article, ArticleMeta, Known, Skipped
from kg.read.dates_text import dateline, infer_dateline_date, strip_date_marker, top_date
from kg.read.decode import clean_text, decode, looks_utf16, normalise_newlines
from kg.read.files import DEFAULT_MAX_BYTES, TooLarge, capped_lines, format_size, read_capped
from kg.read.metadata import METADATA_COLUMNS, Metadata, MetadataRow, date_problem, load_metadata
from kg.read.names import display_path, escape_name
from kg.read.records import Problem, normalise_domain, parse_json, read_record
from kg.read.stamps import file_stamp
from kg.read.walk import METADATA_NAME, SUPPORTED_SUFFIXES, Folder, WalkState, special_kind, walk

__all__ = [
    "METADATA_COLUMNS",
    "METADATA_NAME",
    "SUPPORTED_SUFFIXES",
    "MetadataRow",
    "iter_inputs",
    "read_metadata",
]

_EXPECTED = ", ".join(SUPPORTED_SUFFIXES)
_UNKNOWN = MetadataRow()

#: stamp -> the content key of the article a file with that stamp was read as, or None
Recall = Callable[[str], "str | None"]


def iter_inputs(
    paths: Sequence[Path], *, max_bytes: int = DEFAULT_MAX_BYTES, known: Recall | None = None
) -> Iterator[Article | Known | Skipped]:
    """Yield an ``Article`` per readable article and a ``Skipped`` per problem, lazily.

    Args:
        paths: files and folders, in the order given.
        max_bytes: the size cap of one file (of one line for JSON Lines): a larger one is
            reported and skipped without being read into memory.
        known: with it, ``.txt`` files are stamped (``kg.read.stamps``): a file whose stamp
            ``known`` recognises is yielded as a ``Known`` (its content key, unread), and an
            article read from a file that reported nothing else carries its stamp
            (``Article.stamp``). Without it, nothing is stamped and every file is read.

    Raises:
        InputError: E201 when a path does not exist (checked before anything is read).
    """
    roots = [Path(p) for p in paths]
    for root in roots:
        if not root.exists():
            raise InputError(
                Read.NO_SUCH_PATH,
                f"input path '{display_path(root)}' does not exist; pass article files "
                f"({_EXPECTED}) or folders that contain them",
            )
    return _iter(roots, max_bytes, known)


def read_metadata(folder: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[dict[str, MetadataRow], list[Skipped]]:
    """``folder/metadata.csv``'s rows keyed by their ``file`` cell, and its problems."""
    meta, problems = load_metadata(folder, max_bytes)
    return meta.rows, problems


def _iter(roots: list[Path], cap: int, known: Recall | None) -> Iterator[Article | Known | Skipped]:
    seen: set[str] | None = set() if len(roots) > 1 else None
    state = WalkState()
    folder_meta: dict[Path, Metadata] = {}  # metadata of the folders of files named explicitly
    for root in roots:
        items = _tree(root, state, cap, known) if root.is_dir() else _explicit(root, folder_meta, cap, known)
        for item in items:
            if seen is not None and isinstance(item, (Article, Known)):
                if item.id in seen:
                    reason = (
                        f"duplicate article id '{item.id}' (read before from another input); "
                        "pass their common parent folder instead"
                    )
                    source = item.source if isinstance(item, Known) else item.meta.source
                    item = Skipped(source, reason, Read.DUPLICATE_ID)
                else:
                    seen.add(item.id)
            yield item


def _tree(root: Path, state: WalkState, cap: int, known: Recall | None) -> Iterator[Article | Known | Skipped]:
    for item in walk(root, state):
        if isinstance(item, Skipped):
            yield item
        else:
            yield from _folder(item, cap, known)


def _folder(folder: Folder, cap: int, known: Recall | None) -> Iterator[Article | Known | Skipped]:
    meta = Metadata()
    if METADATA_NAME in folder.names:
        meta, problems = load_metadata(folder.path, cap)
        yield from problems
    for entry in folder.files:
        yield from _read_file(entry.path, folder.prefix + entry.name, entry.raw_name, meta, cap, known, entry.info)
    present = folder.names | {escape_name(name) for name in folder.names}
    for key, line in meta.unused():
        base, hashmark, number = key.rpartition("#")
        if key in present or (hashmark and number.isdigit() and base in present):
            continue  # the file is there: it was read, or reported as it was skipped
        reason = f"line {line}: no file '{key}' in this folder; the row is ignored"
        yield Skipped(meta.source, reason, Read.METADATA_NO_SUCH_FILE)


def _explicit(
    path: Path, folder_meta: dict[Path, Metadata], cap: int, known: Recall | None
) -> Iterator[Article | Known | Skipped]:
    source = display_path(path)
    suffix = path.suffix.lower()
    if path.name == METADATA_NAME:
        reason = "metadata.csv is not an article; it is read for the articles beside it"
        yield Skipped(source, reason, Read.METADATA_AS_ARTICLE)
        return
    try:
        info = path.stat()
        kind = special_kind(info.st_mode)
    except OSError as err:
        yield Skipped(source, f"cannot read: {err.strerror or err}", Read.CANNOT_READ)
        return
    if kind is not None:
        yield Skipped(source, f"a {kind}, not a file", Read.SPECIAL_FILE)
    elif suffix not in SUPPORTED_SUFFIXES:
        shown = f"'{escape_name(suffix)}'" if suffix else "(no extension)"
        yield Skipped(source, f"unsupported file type {shown} (expected {_EXPECTED})", Read.UNSUPPORTED)
    else:
        if path.parent not in folder_meta:
            folder_meta[path.parent], problems = load_metadata(path.parent, cap)
            yield from problems
        yield from _read_file(path, escape_name(path.name), path.name, folder_meta[path.parent], cap, known, info)


def _read_file(
    path: Path, article_id: str, raw: str, meta: Metadata, cap: int,
    known: Recall | None = None, info: os.stat_result | None = None,
) -> Iterator[Article | Known | Skipped]:
    source = display_path(path)
    name = article_id.rsplit("/", 1)[-1]
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl(path, article_id, source, (name, raw), meta, cap)
        return
    stamp = ""
    if known is not None and info is not None and path.suffix.lower() == ".txt":
        row = meta.get(name, raw)
        stamp = file_stamp(info, source, article_id, cap, row)
        content = known(stamp) if stamp else None
        if content is not None:
            yield Known(article_id, source, content)
            return
    try:
        decoded = decode(read_capped(path, cap))
    except TooLarge as err:
        yield _too_large(source, err.size, cap, "")
        return
    except OSError as err:
        yield Skipped(source, f"cannot read: {err.strerror or err}", Read.CANNOT_READ)
        return
    if decoded.text is None:
        yield Skipped(source, decoded.problem or "cannot read", Read.NOT_UTF8)
        return
    if decoded.note:
        yield Skipped(source, decoded.note, Read.UTF16_NO_BOM)
    if path.suffix.lower() == ".txt":
        items = list(_article(article_id, source, decoded.text, meta.get(name, raw), _UNKNOWN, ""))
        if stamp and not decoded.note and len(items) == 1 and isinstance(items[0], Article):
            items[0] = replace(items[0], stamp=stamp)  # nothing else to report: next time, unread
        yield from items
        return
    value = parse_json(decoded.text)
    if isinstance(value, Problem):
        yield Skipped(source, value.reason, value.code)
    elif isinstance(value, list):
        for number, record in enumerate(value, start=1):
            row = meta.get(f"{name}#{number}", f"{raw}#{number}")
            yield from _record(record, f"{article_id}#{number}", source, row, f"record {number}: ")
    else:
        yield from _record(value, article_id, source, meta.get(name, raw), "")


def _read_jsonl(
    path: Path, article_id: str, source: str, names: tuple[str, str], meta: Metadata, cap: int
) -> Iterator[Article | Skipped]:
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
            handle.seek(0)
            lines: Iterator[tuple[int, bytes | str | TooLarge]]
            if head.startswith((b"\xff\xfe", b"\xfe\xff")) or looks_utf16(head):
                # UTF-16: a line is not the bytes up to b"\n"; the file is read whole (capped)
                try:
                    decoded = decode(read_capped(path, cap))
                except TooLarge as err:
                    yield _too_large(source, err.size, cap, "")
                    return
                if decoded.text is None:
                    yield Skipped(source, decoded.problem or "cannot read", Read.NOT_UTF8)
                    return
                if decoded.note:
                    yield Skipped(source, decoded.note, Read.UTF16_NO_BOM)
                text = normalise_newlines(decoded.text.removeprefix("\ufeff"))
                lines = ((0, line) for line in text.split("\n"))
            else:
                lines = capped_lines(handle, cap)
            for number, (offset, line) in enumerate(lines, start=1):
                yield from _json_line(number, offset, line, article_id, source, names, meta, cap)
    except OSError as err:
        yield Skipped(source, f"cannot read: {err.strerror or err}", Read.CANNOT_READ)


def _json_line(
    number: int, offset: int, line: bytes | str | TooLarge, article_id: str, source: str,
    names: tuple[str, str], meta: Metadata, cap: int,
) -> Iterator[Article | Skipped]:
    where = f"line {number}: "
    if isinstance(line, TooLarge):
        yield _too_large(source, line.size, cap, where)
        return
    if isinstance(line, bytes):
        decoded = decode(line, offset)
        if decoded.text is None:
            yield Skipped(source, f"{where}{decoded.problem}", Read.NOT_UTF8)
            return
        line = decoded.text
    if not line.strip():
        return
    value = parse_json(line)
    if isinstance(value, Problem):
        yield Skipped(source, where + value.reason.replace(" (line 1, column", " (column"), value.code)
        return
    row = meta.get(*(f"{n}#{number}" for n in names))
    yield from _record(value, f"{article_id}#{number}", source, row, where)


def _too_large(source: str, size: int, cap: int, where: str) -> Skipped:
    reason = (f"{where}{format_size(size)} is above the size cap ({format_size(cap)}); skipped unread "
              "(kg build --max-size raises the cap)")
    return Skipped(source, reason, Read.TOO_LARGE)


def _record(value: object, article_id: str, source: str, row: MetadataRow | None, where: str) -> Iterator[Article | Skipped]:
    record = read_record(value)
    if isinstance(record, Problem):
        yield Skipped(source, where + record.reason, record.code)
        return
    for note in record.notes:
        yield Skipped(source, where + note.reason, note.code)
    yield from _article(article_id, source, record.text, row, record.own, where)


def _article(
    article_id: str, source: str, text: str, row: MetadataRow | None, own: MetadataRow, where: str
) -> Iterator[Article | Skipped]:
    text, invalid = clean_text(normalise_newlines(text.removeprefix("\ufeff")))
    text, marked = strip_date_marker(text)
    if (why := date_problem(marked)) is not None:
        yield Skipped(source, f"{where}date marker {why}; the date is ignored", Read.DATE_OUT_OF_RANGE)
        marked = None
    if not text.strip():
        yield Skipped(source, f"{where}empty article", Read.EMPTY)
        return
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
        if (why := date_problem(published)) is not None:
            yield Skipped(source, f"{where}the date the text states, {why}; the date is ignored",
                          Read.DATE_OUT_OF_RANGE)
            published = None
    fields = []
    for value in (outlet, row.url or own.url, row.title or own.title):
        cleaned, bad = clean_text(value) if value else (None, 0)
        fields.append(cleaned.strip() or None if cleaned else None)
        invalid += bad
    if invalid:
        what = "character" if invalid == 1 else "characters"
        reason = f"{where}{invalid} invalid {what} (lone surrogates or non-characters) replaced by U+FFFD"
        yield Skipped(source, reason, Read.INVALID_CHARACTERS)
    outlet, url, title = fields
    outlet = normalise_domain(outlet) if outlet else None
    yield Article(ArticleMeta(article_id, source, published, outlet, url, title), text)
