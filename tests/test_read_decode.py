"""kg.read.decode and kg.read.files: encodings, same-length cleaning, the size cap."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from kg.errors import InputError, Read
from kg.model import Article, Skipped
from kg.read.articles import iter_inputs
from kg.read.decode import clean_text, decode, looks_utf16
from kg.read.files import parse_size

BODY = "Leader A spoke with Leader B by phone on Tuesday."


def read(path: Path, **kwargs) -> tuple[list[Article], list[Skipped]]:
    items = list(iter_inputs([path], **kwargs))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Skipped)]


# --- encodings --------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [BODY, "Президент Путин поговорил по телефону.", "Ĉu la prezidanto telefonis?"])
def test_utf16_without_bom_is_read_and_said(tmp_path, encoding, text):
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    [article], [note] = read(tmp_path)
    assert article.text == text
    assert note.code == Read.UTF16_NO_BOM and note.reason.startswith("no byte order mark: read as UTF-16")


def test_utf16_with_bom_is_read_quietly(tmp_path):
    (tmp_path / "a.txt").write_bytes(BODY.encode("utf-16"))
    assert read(tmp_path) == ([read(tmp_path)[0][0]], []) and read(tmp_path)[0][0].text == BODY


def test_utf16_json_lines(tmp_path):
    lines = "\r\n".join(json.dumps({"maintext": BODY, "title": f"t{i}"}) for i in range(3))
    (tmp_path / "feed.jsonl").write_bytes(lines.encode("utf-16-le"))
    articles, [note] = read(tmp_path)
    assert [a.id for a in articles] == ["feed.jsonl#1", "feed.jsonl#2", "feed.jsonl#3"]
    assert note.code == Read.UTF16_NO_BOM


@pytest.mark.parametrize("data", [b"a\x00b c", b"plain ascii text", "caf\u00e9 au lait".encode(), b"\x00\x01"])
def test_utf8_and_stray_zeros_are_not_taken_for_utf16(data):
    assert looks_utf16(data) is None


def test_not_utf8_says_where(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"Hello\xff world")
    _, [skipped] = read(tmp_path)
    assert skipped.code == Read.NOT_UTF8 and skipped.reason.startswith("not valid UTF-8: byte 0xff at byte offset 5")


# --- cleaning keeps offsets ---------------------------------------------------------------------


def test_cleaning_is_same_length():
    text = "A\x00B\x0bC\x1b\x7f\x85D\ud800E\ufffeF\uffff\U0010fffe\u200fG\u200bH\tI\n"
    cleaned, invalid = clean_text(text)
    assert len(cleaned) == len(text) and invalid == 4
    assert cleaned == "A B C   D\ufffdE\ufffdF\ufffd\ufffd\u200fG\u200bH\tI\n"


def test_lone_surrogates_in_a_record_are_replaced_and_counted_once(tmp_path):
    record = {"maintext": "Trump called \ud800 Putin.", "title": "bad \udfff title", "url": "https://e.org/\ud83d"}
    (tmp_path / "r.json").write_text(json.dumps(record), encoding="utf-8")  # json.dumps spells them \ud800
    [article], [note] = read(tmp_path)
    assert article.text == "Trump called \ufffd Putin." and article.meta.title == "bad \ufffd title"
    assert note.code == Read.INVALID_CHARACTERS and note.reason.startswith("3 invalid characters")
    article.text.encode("utf-8")  # every later stage can encode it


# --- the size cap --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "size"), [("50MB", 50 << 20), ("1.5G", 3 << 29), ("200k", 200 << 10),
                                            ("4096", 4096), (" 2 MiB ", 2 << 20)])
def test_parse_size(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "lots", "5 parsecs", "-1M", "100"])
def test_parse_size_refuses(text):
    with pytest.raises(InputError) as info:
        parse_size(text)
    assert info.value.code == Read.BAD_SIZE


def test_a_file_above_the_cap_is_skipped_unread(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as out:  # 50 MB on one line
        chunk = b"word " * 200_000
        for _ in range(50):
            out.write(chunk)
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    tracemalloc.start()
    try:
        articles, [skipped] = read(tmp_path, max_bytes=2 << 20)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [a.id for a in articles] == ["a.txt"]
    assert skipped.code == Read.TOO_LARGE and skipped.reason.startswith("47.7 MiB is above the size cap (2.0 MiB)")
    assert peak < 4 << 20  # never read whole


def test_a_json_line_above_the_cap_is_skipped_and_the_feed_goes_on(tmp_path):
    small = json.dumps({"maintext": BODY})
    huge = json.dumps({"maintext": "x" * (16 << 20)})
    (tmp_path / "feed.jsonl").write_text("\n".join([small, huge, small]) + "\n", encoding="utf-8")
    tracemalloc.start()
    try:
        articles, [skipped] = read(tmp_path, max_bytes=1 << 20)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [a.id for a in articles] == ["feed.jsonl#1", "feed.jsonl#3"]
    assert skipped.code == Read.TOO_LARGE and skipped.reason.startswith("line 2: 16.0 MiB is above the size cap")
    assert peak < 4 << 20  # a few times the cap, whatever the line's length


@pytest.mark.parametrize(("content", "code"), [
    ("[" * 100_000 + "]" * 100_000, Read.JSON_TOO_DEEP),
    ('{"maintext": "x", "n": ' + "9" * 5000 + "}", Read.JSON_NUMBER),
    ("[1, 2", Read.BAD_JSON),
])
def test_hostile_json_is_one_skipped_file(tmp_path, content, code):
    (tmp_path / "r.json").write_text(content, encoding="utf-8")
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    articles, [skipped] = read(tmp_path)
    assert [a.id for a in articles] == ["a.txt"] and skipped.code == code


def test_the_quick_look_holds_every_character_clean_text_replaces():
    """``clean_text`` returns a text unchanged when ``_SUSPECT`` finds nothing in it."""
    from kg.read.decode import _CONTROL, _INVALID, _SUSPECT

    missing = [c for c in range(0x110000) if (_CONTROL.match(chr(c)) or _INVALID.match(chr(c))) and not _SUSPECT.match(chr(c))]
    assert missing == []
    assert clean_text("“quoted” – plain é") == ("“quoted” – plain é", 0)
