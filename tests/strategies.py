"""hypothesis strategies for the inputs newskg meets: article texts, file names, dates,
``metadata.csv`` rows and news-please records, each mixing real news shapes (leaders, call
cues, days) with the characters and values that have broken readers and writers.

``corpora()`` draws a whole tiny input folder (``Corpus``), written to disk by ``write_corpus``.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from hypothesis import strategies as st

LEADERS = ["Donald Trump", "Vladimir Putin", "Emmanuel Macron", "Olaf Scholz", "Xi Jinping", "Putin", "Macron"]
CUES = ["spoke with", "held a phone call with", "called", "had a video call with", "will speak with",
        "denied talking to", "tried to call"]
DAYS = ["on Tuesday", "yesterday", "on March 3", "last week", "on 12 February 2025", "", "on Dec. 28"]
OUTLETS = ["Reuters", "The Kyiv Independent", "Truth Social", "www.dw.com", "dw.com", "Example Gazette"]
#: characters that have broken a reader, a writer or a parser somewhere
HOSTILE = ["\x00", "\x01", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9f", "\ud800", "\udfff", "\udc80",
           "\ufffe", "\uffff", "\ufdd0", "\U0010ffff", "\u200e", "\u200f", "\u202e", "\u2066", "\u200b", "\ufeff",
           "\u2028", "\u2029", "\r", "\r\n", "\n", "\t", '"', "'", "<", ">", "\\", "{", "}", "#", "%", "%zz",
           "$x$", "&", "]]>", '"""', "@prefix", "_:b0", "\U0001f1eb\U0001f1f7", "\u0301", "ß", "İ"]

any_char = st.characters(exclude_categories=())  # every code point, lone surrogates included
hostile = st.sampled_from(HOSTILE)
noise = st.text(any_char, max_size=12)


@st.composite
def sentences(draw) -> str:
    who, whom = draw(st.sampled_from(LEADERS)), draw(st.sampled_from(LEADERS))
    return f"{who} {draw(st.sampled_from(CUES))} {whom} {draw(st.sampled_from(DAYS))}".rstrip() + "."


#: article texts: sentences about calls, with hostile characters and noise between and inside
texts = st.lists(st.one_of(sentences(), sentences(), hostile, noise, st.just("\n\n")), min_size=1, max_size=8).map(
    "".join)

#: file names as the OS gives them: any bytes but "/" and NUL, not hidden, an article suffix
names = st.builds(
    lambda stem, suffix: stem + suffix,
    st.binary(min_size=1, max_size=40).map(lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_")).filter(
        lambda b: not b.startswith(b".")),
    st.sampled_from([b".txt", b".json", b".jsonl", b".TXT"]),
)

#: dates of every year Python knows, and the strings they come as
dates = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
date_strings = st.one_of(
    dates.map(date.isoformat),
    dates.map(lambda d: f"{d.isoformat()}T12:00:00Z"),
    dates.map(lambda d: d.strftime("%d %B %Y") if d.year >= 1000 else d.isoformat()),
    st.sampled_from(["", "sometime", "2025-02-30", "12/02/2025", "0000-00-00", "9" * 40]),
    noise,
)
urls = st.one_of(
    st.builds(lambda p: f"https://example.org/{p}", noise),
    st.builds(lambda n: "https://example.org/story?" + "q=1&" * n, st.integers(0, 700)),
    st.sampled_from(["https://exa mple.org/", "https://e.org/%zz", "HTTPS://E.ORG/Up", "javascript:alert(1)",
                     "https://e.org/\u202eevil", "not a url", ""]),
)

#: news-please records: the fields newskg reads, wrong types and extra nesting included
records = st.fixed_dictionaries(
    {"maintext": st.one_of(texts, texts, st.none(), st.integers(), st.just("   "))},
    optional={
        "title": st.one_of(st.text(any_char, max_size=30), st.none(), st.integers()),
        "date_publish": st.one_of(date_strings, st.none(), st.integers(), st.lists(st.integers(), max_size=2)),
        "source_domain": st.one_of(st.sampled_from(OUTLETS), st.text(any_char, max_size=20), st.none()),
        "url": st.one_of(urls, st.none()),
        "extra": st.recursive(st.integers() | st.text(max_size=5), lambda c: st.lists(c, max_size=3), max_leaves=10),
    },
)


@st.composite
def metadata_rows(draw, files: list[str]) -> list[list[str]]:
    """Rows for some of ``files`` (and some missing ones), every cell possibly hostile."""
    rows = []
    for name in draw(st.lists(st.sampled_from(files + ["gone.txt", "feed.jsonl#9"]), max_size=4)):
        rows.append([name, draw(date_strings), draw(st.one_of(st.sampled_from(OUTLETS), noise)),
                     draw(urls), draw(st.text(any_char, max_size=20))])
    return rows


@dataclass
class Corpus:
    """One input folder: ``.txt`` files (name -> bytes), a JSON Lines feed and a metadata.csv."""

    files: dict[bytes, bytes] = field(default_factory=dict)
    feed: list[str] = field(default_factory=list)
    metadata: str | None = None


def _encode(text: str, how: str) -> bytes:
    if how == "utf-16":
        return text.encode("utf-16-le", "surrogatepass")
    return text.encode("utf-8", "surrogatepass")  # a lone surrogate makes it invalid UTF-8: fine


@st.composite
def corpora(draw) -> Corpus:
    corpus = Corpus()
    for name in draw(st.lists(names.filter(lambda b: b.lower().endswith(b".txt")), min_size=1, max_size=3,
                              unique_by=bytes.lower)):
        corpus.files[name] = _encode(draw(texts), draw(st.sampled_from(["utf-8", "utf-8", "utf-16"])))
    corpus.feed = [json.dumps(r) for r in draw(st.lists(records, max_size=3))]
    if draw(st.booleans()):
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["file", "published", "outlet", "url", "title"])
        listed = [os.fsdecode(n) for n in corpus.files] + [f"feed.jsonl#{i + 1}" for i in range(len(corpus.feed))]
        writer.writerows(draw(metadata_rows(listed)))
        extra = draw(st.sampled_from(["", 'x.txt,2025-01-01,"unclosed\n', "a,b\n"]))
        corpus.metadata = buffer.getvalue() + extra
    return corpus


def write_corpus(corpus: Corpus, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    base = os.fsencode(folder)
    for name, data in corpus.files.items():
        with open(os.path.join(base, name), "wb") as out:
            out.write(data)
    if corpus.feed:
        (folder / "feed.jsonl").write_text("\n".join(corpus.feed) + "\n", encoding="utf-8")
    if corpus.metadata is not None:
        (folder / "metadata.csv").write_bytes(corpus.metadata.encode("utf-8", "surrogatepass"))
