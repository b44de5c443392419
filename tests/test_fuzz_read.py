"""Property-based tests of the read stage: names, cleaning, records, metadata, whole folders.

Whatever the input, reading yields ``Article`` and ``Skipped`` records (never an exception),
every code is a documented one, and what it yields is safe for every later stage: text any
encoder takes, offsets kept, dates inside the years news can have, printable unique ids.
The CI profile (tests/conftest.py) keeps this to a few seconds; see the README for the long run.
"""

from __future__ import annotations

import json
import os
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kg.errors import READ_PROBLEMS
from kg.model import EARLIEST_DATE, LATEST_DATE, Article, Skipped
from kg.read.articles import iter_inputs
from kg.read.decode import clean_text, decode
from kg.read.metadata import load_metadata
from kg.read.names import display_path, escape_name, unescape_name
from kg.read.records import parse_json, read_record
from strategies import any_char, corpora, names, records, texts, write_corpus

_INVISIBLE = {"Cc", "Cf", "Cs", "Zl", "Zp"}


def _safe(text: str) -> None:
    """What every later stage needs of a text: UTF-8, no control but tab and newline, no
    invalid code point."""
    text.encode("utf-8")
    assert not any(unicodedata.category(c) == "Cc" and c not in "\t\n" for c in text)
    assert "\ufffe" not in text and "\uffff" not in text


@given(st.binary(max_size=60).map(lambda b: b.replace(b"/", b"_")))
def test_names_round_trip_and_print(raw):
    shown = escape_name(os.fsdecode(raw))
    assert unescape_name(shown) == raw  # so two names never share an id
    assert not any(unicodedata.category(c) in _INVISIBLE for c in shown)
    shown.encode("utf-8")


@given(st.lists(st.binary(min_size=1, max_size=12).map(lambda b: b.replace(b"/", b"_")), min_size=1, max_size=4))
def test_paths_display_printably(parts):
    shown = display_path(os.fsdecode(b"/".join(parts)))
    assert shown.count("/") == len(parts) - 1
    shown.encode("utf-8")


@given(st.text(any_char, max_size=80))
def test_cleaning_keeps_length_and_is_idempotent(text):
    cleaned, _ = clean_text(text)
    assert len(cleaned) == len(text)
    _safe(cleaned)
    assert clean_text(cleaned) == (cleaned, 0)


@given(st.binary(max_size=200))
def test_decoding_any_bytes_gives_text_or_a_reason(data):
    decoded = decode(data)
    assert (decoded.text is None) != (decoded.problem is None)


@given(st.one_of(records, st.recursive(st.none() | st.integers() | st.text(any_char), lambda c: st.lists(c, max_size=3))))
def test_any_json_value_is_a_record_or_a_documented_problem(value):
    parsed = parse_json(json.dumps(value))
    record = read_record(parsed)
    if hasattr(record, "code"):
        assert record.code in READ_PROBLEMS
    else:
        assert isinstance(record.text, str) and record.text.strip()
        assert record.own.published is None or EARLIEST_DATE <= record.own.published <= LATEST_DATE


@given(st.text(any_char, max_size=300))
def test_any_metadata_text_loads(text):
    with tempfile.TemporaryDirectory() as where:
        (Path(where) / "metadata.csv").write_bytes(text.encode("utf-8", "surrogatepass"))
        meta, problems = load_metadata(Path(where), 1 << 20)
    assert all(p.code in READ_PROBLEMS for p in problems)
    for row in meta.rows.values():
        assert row.published is None or EARLIEST_DATE <= row.published <= LATEST_DATE
        for value in (row.outlet, row.url, row.title):
            if value is not None:
                _safe(value)


@given(names, texts)
def test_one_file_of_any_name_and_text(name, text):
    with tempfile.TemporaryDirectory() as where:
        with open(os.path.join(os.fsencode(where), name), "wb") as out:
            out.write(text.encode("utf-8", "surrogatepass"))
        items = list(iter_inputs([Path(where)]))
    _check(items)


@given(corpora())
def test_any_corpus_reads_into_safe_records(corpus):
    with tempfile.TemporaryDirectory() as where:
        write_corpus(corpus, Path(where))
        items = list(iter_inputs([Path(where)]))
    _check(items)


def _check(items: list) -> None:
    ids = [i.id for i in items if isinstance(i, Article)]
    assert len(ids) == len(set(ids))
    for item in items:
        if isinstance(item, Skipped):
            assert item.code in READ_PROBLEMS, item
            item.source.encode("utf-8")
            item.reason.encode("utf-8")
            continue
        assert isinstance(item, Article)
        _safe(item.text)
        assert item.text.strip()
        assert not any(unicodedata.category(c) in _INVISIBLE for c in item.id)
        meta = item.meta
        assert meta.published is None or EARLIEST_DATE <= meta.published <= LATEST_DATE
        for value in (meta.title, meta.outlet, meta.url, meta.source):
            if value is not None:
                value.encode("utf-8")
