"""Tests for kg.read.articles (and the text dates of kg.read.dates_text it relies on)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kg.read.articles import MetadataRow, iter_inputs, read_metadata
from kg.errors import InputError
from kg.model import Article, Skipped

SEEDS = Path(__file__).parents[1] / "seeds"
BODY = "Leader A spoke with Leader B by phone on Tuesday."


def read(*paths: Path) -> tuple[list[Article], list[Skipped]]:
    items = list(iter_inputs(list(paths)))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Skipped)]


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_bytes(text.encode("utf-8"))
    return path


def one(tmp_path: Path, text: str, metadata: str | None = None) -> Article:
    write(tmp_path / "a.txt", text)
    if metadata is not None:
        write(tmp_path / "metadata.csv", metadata)
    articles, skipped = read(tmp_path)
    assert skipped == []
    assert len(articles) == 1
    return articles[0]


# --- .txt -----------------------------------------------------------------------------------


def test_plain_text_file(tmp_path: Path) -> None:
    article = one(tmp_path, BODY + "\n")
    assert article.id == "a.txt"
    assert article.meta.source == (tmp_path / "a.txt").as_posix()
    assert article.text == BODY + "\n"
    assert (article.meta.published, article.meta.outlet, article.meta.title, article.meta.url) == (None,) * 4


def test_bom_removed_and_line_endings_normalised(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", b"\xef\xbb\xbfFirst line.\r\nSecond line.\rThird.\r\n")
    [article], _ = read(tmp_path)
    assert article.text == "First line.\nSecond line.\nThird.\n"


@pytest.mark.parametrize(
    "raw",
    [
        f" date 2025-12-29 {BODY}",
        f"date 2025-12-29\n\n{BODY}",
        f"Date: 2025-12-29\r\n{BODY}",
    ],
)
def test_date_marker_removed_and_kept_as_published(tmp_path: Path, raw: str) -> None:
    article = one(tmp_path, raw)
    assert article.text == BODY
    assert article.meta.published == date(2025, 12, 29)


def test_impossible_date_marker_is_left_in_the_text(tmp_path: Path) -> None:
    article = one(tmp_path, f"date 2025-02-30 {BODY}")
    assert article.text == f"date 2025-02-30 {BODY}"
    assert article.meta.published is None


@pytest.mark.parametrize(
    "line",
    [
        "Wednesday, 12th February, 2025",
        "Published: 12 February 2025",
        "Feb. 12, 2025",
        "2025-02-12",
        "Updated on Feb. 12, 2025 10:30 AM EST",
        "| 12 Feb 2025 |",
    ],
)
def test_date_line_near_the_top(tmp_path: Path, line: str) -> None:
    article = one(tmp_path, f"Some Headline Here\n\n{line}\n\n{BODY}")
    assert article.meta.published == date(2025, 2, 12)
    assert line in article.text  # only the "date YYYY-MM-DD" marker is ever removed


@pytest.mark.parametrize(
    "text",
    [
        f"12/02/2025\n{BODY}",  # numeric day/month order is ambiguous
        f"February 2025\n{BODY}",  # no day
        f"Tuesday\n{BODY}",  # no year
        "one\ntwo\nthree\nfour\nfive\n12 February 2025\n" + BODY,  # sixth line: too far down
        f"The call on 12 February 2025 lasted an hour.\n{BODY}",  # prose, not a date line
    ],
)
def test_no_publication_date_guessed(tmp_path: Path, text: str) -> None:
    assert one(tmp_path, text).meta.published is None


@pytest.mark.parametrize(
    ("text", "outlet", "published"),
    [
        ("BERLIN, July 5 (Reuters) - The chancellor said on July 4, 2025 that ...", "Reuters", date(2025, 7, 5)),
        ("KYIV, Ukraine, March 3 (AP) \u2014 Talks held on March 1, 2025 ended.", "AP", date(2025, 3, 3)),
        ("MOSCOW (Reuters) - The Kremlin said on December 28, 2025 ...", "Reuters", None),
        ("WASHINGTON, Dec 28 (Reuters) - No year is stated anywhere.", "Reuters", None),
        # the year putting Dec 28 nearest the stated full date: 2025, not 2026
        ("WASHINGTON, Dec. 28 (Reuters) - A summit is set for January 3, 2026.", "Reuters", date(2025, 12, 28)),
        ("Headline\n\nST. PETERSBURG, Russia, Sept. 3 (TASS) -- Met on 2 September 2024.", "TASS", date(2024, 9, 3)),
    ],
)
def test_agency_dateline(tmp_path: Path, text: str, outlet: str, published: date | None) -> None:
    article = one(tmp_path, text)
    assert (article.meta.outlet, article.meta.published) == (outlet, published)
    assert article.text == text


def test_parenthesised_initial_is_not_a_dateline(tmp_path: Path) -> None:
    article = one(tmp_path, "US President A (R) and B - at a summit on Aug. 15, 2025.")
    assert (article.meta.outlet, article.meta.published) == (None, None)


def test_top_date_line_wins_over_dateline_date(tmp_path: Path) -> None:
    article = one(tmp_path, "Published: 29 December 2025\nWASHINGTON, Dec 28 (Reuters) - Text on Dec 1, 2025.")
    assert (article.meta.published, article.meta.outlet) == (date(2025, 12, 29), "Reuters")


# --- metadata.csv ---------------------------------------------------------------------------


def test_metadata_wins_over_text(tmp_path: Path) -> None:
    text = "date 2025-01-02 WASHINGTON, Dec 28 (Reuters) - Body on Dec 1, 2025."
    csv = "file,published,outlet,url,title\na.txt,2025-01-05,The Daily,https://example.org/a,A Title\n"
    article = one(tmp_path, text, csv)
    assert article.meta.published == date(2025, 1, 5)
    assert article.meta.outlet == "The Daily"
    assert article.meta.url == "https://example.org/a"
    assert article.meta.title == "A Title"
    assert article.text.startswith("WASHINGTON")


def test_blank_metadata_cells_fall_back_to_the_text(tmp_path: Path) -> None:
    article = one(tmp_path, "MOSCOW, May 2 (Reuters) - Said on May 1, 2024.", "file,published,outlet\na.txt,,\n")
    assert (article.meta.published, article.meta.outlet) == (date(2024, 5, 2), "Reuters")


def test_metadata_subset_of_columns_in_any_order(tmp_path: Path) -> None:
    article = one(tmp_path, BODY, 'title,file\n"Calls, and more",a.txt\n')
    assert article.meta.title == "Calls, and more"
    assert (article.meta.published, article.meta.outlet, article.meta.url) == (None, None, None)


def test_read_metadata_rows(tmp_path: Path) -> None:
    write(tmp_path / "metadata.csv", "\ufefffile,published,outlet\nx.txt,2024-11-11,Wire\n\ny.txt,,\n")
    rows, problems = read_metadata(tmp_path)
    assert problems == []
    assert rows == {"x.txt": MetadataRow(date(2024, 11, 11), "Wire"), "y.txt": MetadataRow()}
    assert read_metadata(tmp_path / "nowhere") == ({}, [])


def test_metadata_with_windows_line_ends_and_quoted_cells(tmp_path: Path) -> None:
    (tmp_path / "metadata.csv").write_bytes(
        b'file,published,outlet,title\r\nx.txt,2024-11-11,Wire,"Leaders speak, and agree"\r\n'
        b'y.txt,2024-11-12,"Daily (Agency)","A call, then a deal"\r\n')
    rows, problems = read_metadata(tmp_path)
    assert problems == []
    assert rows["x.txt"].title == "Leaders speak, and agree"
    assert rows["y.txt"] == MetadataRow(date(2024, 11, 12), "Daily (Agency)", None, "A call, then a deal")


def test_metadata_without_file_column_is_reported_and_ignored(tmp_path: Path) -> None:
    write(tmp_path / "metadata.csv", "name,published\na.txt,2020-01-01\n")
    write(tmp_path / "a.txt", BODY)
    articles, skipped = read(tmp_path)
    assert [s.source for s in skipped] == [(tmp_path / "metadata.csv").as_posix()]
    assert "no 'file' column" in skipped[0].reason
    assert articles[0].meta.published is None


def test_bad_metadata_rows_are_reported_and_the_rest_loads(tmp_path: Path) -> None:
    csv = "file,published,outlet,colour\na.txt,2025-13-01,Wire,red\n,2025-01-01,X,\nb.txt,2025-01-02,Post,\nb.txt,2025-01-03,Dup,\n"
    write(tmp_path / "metadata.csv", csv)
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / "b.txt", BODY)
    articles, skipped = read(tmp_path)
    reasons = [s.reason for s in skipped]
    assert all(s.source.endswith("metadata.csv") for s in skipped)
    assert reasons[0].startswith("unknown column 'colour'")
    assert reasons[1] == "line 2 (a.txt): invalid published date '2025-13-01' (expected YYYY-MM-DD); the date is ignored"
    assert reasons[2] == "line 3: empty 'file' cell; row ignored"
    assert reasons[3] == "line 5: second row for 'b.txt' ignored; the one on line 4 is kept"
    assert [s.code for s in skipped] == ["E261", "E255", "E262", "E263"]
    a, b = articles
    assert (a.meta.published, a.meta.outlet) == (None, "Wire")
    assert (b.meta.published, b.meta.outlet) == (date(2025, 1, 2), "Post")


def test_metadata_with_bad_utf8_is_reported(tmp_path: Path) -> None:
    write(tmp_path / "metadata.csv", b"file,title\na.txt,Caf\xe9\n")
    write(tmp_path / "a.txt", BODY)
    articles, [problem] = read(tmp_path)
    assert "not valid UTF-8" in problem.reason and "metadata ignored" in problem.reason
    assert len(articles) == 1


# --- unreadable and unusable files ----------------------------------------------------------


def test_invalid_utf8_is_skipped_with_byte_offset(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", b"Hello\xff world")
    write(tmp_path / "b.txt", BODY)
    articles, [skipped] = read(tmp_path)
    assert skipped.source == (tmp_path / "a.txt").as_posix()
    assert skipped.reason.startswith("not valid UTF-8: byte 0xff at byte offset 5")
    assert [a.id for a in articles] == ["b.txt"]


@pytest.mark.parametrize("content", ["", "  \n\t\n", "date 2025-01-01\n\n"])
def test_empty_article_is_skipped(tmp_path: Path, content: str) -> None:
    write(tmp_path / "a.txt", content)
    assert read(tmp_path) == ([], [Skipped((tmp_path / "a.txt").as_posix(), "empty article", "E244")])


def test_unsupported_file_named_explicitly(tmp_path: Path) -> None:
    pdf = write(tmp_path / "report.pdf", b"%PDF")
    bare = write(tmp_path / "README", "x")
    _, skipped = read(pdf, bare)
    assert [s.reason for s in skipped] == [
        "unsupported file type '.pdf' (expected .txt, .json, .jsonl)",
        "unsupported file type (no extension) (expected .txt, .json, .jsonl)",
    ]


def test_explicit_file_reads_its_folders_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", BODY)
    write(tmp_path / "metadata.csv", "file,outlet\na.txt,Wire\n")
    [article], _ = read(path)
    assert (article.id, article.meta.outlet) == ("a.txt", "Wire")
    _, [skipped] = read(tmp_path / "metadata.csv")
    assert "not an article" in skipped.reason


def test_nonexistent_path_raises_before_reading(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", BODY)
    missing = tmp_path / "missing"
    with pytest.raises(InputError, match=r"\[E201\] input path '.*missing' does not exist") as info:
        iter_inputs([tmp_path, missing])
    assert info.value.code == "E201"


def test_empty_folder_yields_nothing(tmp_path: Path) -> None:
    write(tmp_path / "notes.md", "# not an article")
    assert read(tmp_path) == ([], [])


# --- JSON and JSON Lines --------------------------------------------------------------------


def record(**fields: object) -> dict[str, object]:
    return {"maintext": BODY, **fields}


def test_single_news_please_record(tmp_path: Path) -> None:
    fields = {
        "title": "A Title",
        "date_publish": "2024-11-11 08:30:00",
        "source_domain": "example.org",
        "url": "https://example.org/a",
        "description": "ignored",
    }
    write(tmp_path / "r.json", json.dumps(record(**fields)))
    [article], skipped = read(tmp_path)
    assert skipped == []
    assert article.id == "r.json"
    assert article.text == BODY
    assert article.meta.title == "A Title"
    assert (article.meta.published, article.meta.outlet, article.meta.url) == (
        date(2024, 11, 11),
        "example.org",
        "https://example.org/a",
    )


def test_json_array_records(tmp_path: Path) -> None:
    records = [record(date_publish="2024-11-11T08:30:00Z"), "oops", {"title": "no text"}, record(maintext=" \n")]
    write(tmp_path / "many.json", json.dumps(records))
    articles, skipped = read(tmp_path)
    assert [(a.id, a.meta.published) for a in articles] == [("many.json#1", date(2024, 11, 11))]
    assert [s.reason for s in skipped] == [
        "record 2: expected a JSON object, found string",
        "record 3: no article text ('maintext' is missing or empty)",
        "record 4: no article text ('maintext' is missing or empty)",
    ]


def test_json_lines_with_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps(record(title="one")),
        "{not json",
        "",
        json.dumps({"maintext": 42}),
        json.dumps(record(date_publish="sometime")),
    ]
    write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    articles, skipped = read(tmp_path)
    assert [a.id for a in articles] == ["feed.jsonl#1", "feed.jsonl#5"]
    assert articles[1].meta.published is None
    assert all(s.source == (tmp_path / "feed.jsonl").as_posix() for s in skipped)
    reasons = [s.reason for s in skipped]
    assert reasons[0].startswith("line 2: invalid JSON: ")
    assert reasons[1] == "line 4: no article text ('maintext' is not a string)"
    assert reasons[2] == "line 5: date_publish 'sometime' is not a date; the date is ignored"


def test_json_lines_bad_utf8_line(tmp_path: Path) -> None:
    first = json.dumps(record()).encode() + b"\n"
    write(tmp_path / "feed.jsonl", first + b'{"maintext": "caf\xe9"}\n' + json.dumps(record()).encode())
    articles, [skipped] = read(tmp_path)
    assert [a.id for a in articles] == ["feed.jsonl#1", "feed.jsonl#3"]
    assert skipped.reason.startswith(f"line 2: not valid UTF-8: byte 0xe9 at byte offset {len(first) + 17}")


def test_metadata_applies_to_records_and_wins(tmp_path: Path) -> None:
    line = json.dumps(record(date_publish="2024-01-01", source_domain="a.org", title="Own")) + "\n"
    write(tmp_path / "feed.jsonl", line * 2)
    write(tmp_path / "metadata.csv", "file,published,outlet\nfeed.jsonl#1,2024-02-02,\nfeed.jsonl#2,,Wire\n")
    first, second = read(tmp_path)[0]
    assert (first.meta.published, first.meta.outlet, first.meta.title) == (date(2024, 2, 2), "a.org", "Own")
    assert (second.meta.published, second.meta.outlet) == (date(2024, 1, 1), "Wire")


def test_json_record_text_rules_apply(tmp_path: Path) -> None:
    write(tmp_path / "r.json", json.dumps(record(maintext="MOSCOW (Reuters) - Putin said\r\nmore.")))
    [article], _ = read(tmp_path)
    assert (article.text, article.meta.outlet) == ("MOSCOW (Reuters) - Putin said\nmore.", "Reuters")


def test_invalid_json_file(tmp_path: Path) -> None:
    write(tmp_path / "r.json", '{"maintext": ')
    _, [skipped] = read(tmp_path)
    assert skipped.reason.startswith("invalid JSON: Expecting value (line 1, column")


# --- walking --------------------------------------------------------------------------------


def test_walk_order_nesting_and_ignored_files(tmp_path: Path) -> None:
    for name in ["z.txt", "b/d/e.txt", "a.txt", "b/c.json", "b/x.csv", "b/.hidden.txt", ".git/h.txt", "img.png"]:
        content = json.dumps(record()) if name.endswith(".json") else BODY
        write(tmp_path / name, content)
    write(tmp_path / "b" / "metadata.csv", "file,outlet\nc.json,Sub Outlet\n")
    articles, skipped = read(tmp_path)
    assert skipped == []
    assert [a.id for a in articles] == ["a.txt", "z.txt", "b/c.json", "b/d/e.txt"]
    assert articles[2].meta.outlet == "Sub Outlet"
    assert read(tmp_path) == (articles, [])


def test_same_file_name_in_two_folders_gets_distinct_ids(tmp_path: Path) -> None:
    write(tmp_path / "x.txt", "top")
    write(tmp_path / "sub" / "x.txt", "nested")
    write(tmp_path / "metadata.csv", "file,title\nx.txt,Top\n")
    articles, _ = read(tmp_path)
    assert [(a.id, a.text, a.meta.title) for a in articles] == [("x.txt", "top", "Top"), ("sub/x.txt", "nested", None)]


def test_duplicate_id_across_inputs_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "one" / "x.txt", BODY)
    write(tmp_path / "two" / "x.txt", BODY)
    articles, [skipped] = read(tmp_path / "one", tmp_path / "two")
    assert [a.meta.source for a in articles] == [(tmp_path / "one" / "x.txt").as_posix()]
    assert skipped.source == (tmp_path / "two" / "x.txt").as_posix()
    assert "duplicate article id 'x.txt'" in skipped.reason


def test_relative_source_stays_relative(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "in" / "a.txt", BODY)
    monkeypatch.chdir(tmp_path)
    [article], _ = read(Path("in"))
    assert article.meta.source == "in/a.txt"


def test_articles_are_streamed(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "first")
    write(tmp_path / "b.txt", "second")
    items = iter_inputs([tmp_path])
    assert isinstance(items, Iterator)
    assert next(items).text == "first"
    write(tmp_path / "b.txt", "changed")  # read only when reached
    assert next(items).text == "changed"


# --- the seed corpus ------------------------------------------------------------------------


def test_seed_folder() -> None:
    articles, skipped = read(SEEDS)
    assert skipped == []
    published = {a.id: a.meta.published for a in articles}
    assert published == {
        "000_69d62b99b9f381a1.txt": date(2025, 12, 29),
        "001_4330e57bc01e9a4b.txt": date(2025, 12, 28),
        "002_c1485926cf67b712.txt": date(2024, 11, 11),
        "003_33731e09fbb75848.txt": date(2024, 11, 11),
        "004_3af399e3a7d6d88a.txt": date(2025, 2, 12),
    }
    first = articles[0]
    # the file's text without its leading "date YYYY-MM-DD" marker
    raw = (SEEDS / first.id).read_text(encoding="utf-8").split()
    assert raw[:2] == ["date", "2025-12-29"] and first.text.split()[:6] == raw[2:8]
    assert "date 2025-12-29" not in first.text
    assert articles[1].meta.outlet == "The Kyiv Independent"
