"""kg.read.metadata: a metadata.csv that lies is reported by line, and nothing else is corrupted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.errors import Read
from kg.model import Article, Skipped
from kg.read.articles import iter_inputs
from kg.read.metadata import MetadataRow, load_metadata

BODY = "Leader A spoke with Leader B by phone on Tuesday."


def folder(tmp_path: Path, csv: str | bytes, *names: str) -> Path:
    for name in names:
        (tmp_path / name).write_text(BODY, encoding="utf-8")
    data = csv if isinstance(csv, bytes) else csv.encode("utf-8")
    (tmp_path / "metadata.csv").write_bytes(data)
    return tmp_path


def read(path: Path) -> tuple[dict[str, Article], list[Skipped]]:
    items = list(iter_inputs([path]))
    return {i.id: i for i in items if isinstance(i, Article)}, [i for i in items if isinstance(i, Skipped)]


def test_an_unclosed_quote_costs_its_own_row_only(tmp_path):
    csv = ("file,published,outlet\n"
           'a.txt,2025-01-01,"The Unclosed Gazette\n'
           "b.txt,2025-01-02,Wire\n"
           "c.txt,2025-01-03,Post\n")
    articles, [problem] = read(folder(tmp_path, csv, "a.txt", "b.txt", "c.txt"))
    assert problem.code == Read.METADATA_UNCLOSED_QUOTE
    assert problem.reason == ("line 2: a quote opened here is never closed; the row is ignored, "
                              "reading goes on at line 3")
    assert problem.source.endswith("metadata.csv")
    assert articles["a.txt"].meta.outlet is None  # not "The Unclosed Gazette\nb.txt,..."
    assert (articles["b.txt"].meta.published, articles["b.txt"].meta.outlet) == (date(2025, 1, 2), "Wire")
    assert (articles["c.txt"].meta.published, articles["c.txt"].meta.outlet) == (date(2025, 1, 3), "Post")


def test_a_quote_closed_by_a_later_rows_quote_is_caught_too(tmp_path):
    csv = ("file,outlet,title\n"
           'a.txt,"Gazette,First\n'
           "b.txt,Wire,Second\n"
           'c.txt,Post,"Third, quoted"\n')
    articles, [problem] = read(folder(tmp_path, csv, "a.txt", "b.txt", "c.txt"))
    assert problem.code == Read.METADATA_UNCLOSED_QUOTE and problem.reason.startswith("line 2:")
    assert articles["b.txt"].meta.outlet == "Wire" and articles["c.txt"].meta.title == "Third, quoted"


def test_a_title_may_run_over_lines(tmp_path):
    csv = 'file,title\na.txt,"Two\nlines"\nb.txt,Plain\n'
    articles, problems = read(folder(tmp_path, csv, "a.txt", "b.txt"))
    assert problems == []
    assert (articles["a.txt"].meta.title, articles["b.txt"].meta.title) == ("Two\nlines", "Plain")


def test_a_malformed_row_is_reported_with_its_line(tmp_path):
    csv = 'file,outlet\na.txt,"Wire"junk\nb.txt,Post\n'
    articles, [problem] = read(folder(tmp_path, csv, "a.txt", "b.txt"))
    assert problem.code == Read.METADATA_MALFORMED and problem.reason.startswith("line 2: malformed CSV (")
    assert articles["b.txt"].meta.outlet == "Post"


def test_rows_for_missing_files_are_reported(tmp_path):
    csv = ("file,outlet\n"
           "a.txt,Wire\n"
           "gone.txt,Ghost\n"
           "feed.jsonl#3,Ghost\n"
           "notes.md,Not an article\n")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    articles, problems = read(folder(tmp_path, csv, "a.txt"))
    assert articles["a.txt"].meta.outlet == "Wire"
    assert [(p.code, p.reason) for p in problems] == [
        (Read.METADATA_NO_SUCH_FILE, "line 3: no file 'gone.txt' in this folder; the row is ignored"),
        (Read.METADATA_NO_SUCH_FILE, "line 4: no file 'feed.jsonl#3' in this folder; the row is ignored"),
    ]


def test_a_row_for_a_dangling_link_is_reported_once(tmp_path):
    (tmp_path / "b.txt").symlink_to("nowhere.txt")
    articles, problems = read(folder(tmp_path, "file,outlet\na.txt,Wire\nb.txt,Post\n", "a.txt"))
    assert [p.code for p in problems] == [Read.DANGLING_LINK]  # the link, not also its row


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1799-12-31", "2200-01-01"])
def test_dates_news_cannot_have_are_refused(tmp_path, day):
    articles, [problem] = read(folder(tmp_path, f"file,published\na.txt,{day}\n", "a.txt"))
    assert problem.code == Read.DATE_OUT_OF_RANGE
    assert problem.reason == (f"line 2 (a.txt): published date {day} is outside the years news can have "
                              "(1800-2199); the date is ignored")
    assert articles["a.txt"].meta.published is None


def test_utf16_metadata_without_bom_is_read_and_said(tmp_path):
    csv = "file,outlet\na.txt,Wire\n".encode("utf-16-le")
    articles, [note] = read(folder(tmp_path, csv, "a.txt"))
    assert note.code == Read.UTF16_NO_BOM and articles["a.txt"].meta.outlet == "Wire"


def test_metadata_above_the_cap_is_ignored(tmp_path):
    folder(tmp_path, "file,outlet\n" + "a.txt,Wire\n" * 200, "a.txt")
    meta, [problem] = load_metadata(tmp_path, 1024)
    assert problem.code == Read.TOO_LARGE and meta.rows == {}


def test_escaped_and_raw_names_both_find_their_row(tmp_path):
    raw = tmp_path / "caf\udce9.txt"  # the bytes b"caf\xe9.txt": not UTF-8
    raw.write_text(BODY, encoding="utf-8")
    articles, problems = read(folder(tmp_path, "file,outlet\ncaf%E9.txt,Wire\n"))
    assert problems == [] and articles["caf%E9.txt"].meta.outlet == "Wire"


def test_load_metadata_keeps_lines(tmp_path):
    folder(tmp_path, "file,published\n\nx.txt,2024-11-11\n")
    meta, problems = load_metadata(tmp_path, 1 << 20)
    assert problems == [] and meta.rows == {"x.txt": MetadataRow(date(2024, 11, 11))} and meta.lines == {"x.txt": 3}
