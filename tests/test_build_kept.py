"""What an incremental build keeps besides the facts: the stamps of the files it read (an
unchanged file is not read again) and the resolution state of its articles (only the articles
it lacks are folded in). Whatever is added, changed, removed or touched, the exports equal a
build from scratch over the same files, byte for byte."""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import time
from pathlib import Path

from kg.build.pipeline import build
from kg.config import Settings
from kg.model import Article, Known
from kg.read.articles import iter_inputs
from kg.read.stamps import RACY_NS

from test_build_incremental import FORMATS, NAMES, corpus, exports

HOUR_AGO = time.time() - 3600


def settle(folder: Path, when: float = HOUR_AGO) -> None:
    """Date every file of ``folder`` ``when``: a file written just now is too fresh to be stamped."""
    for path in folder.iterdir():
        os.utime(path, (when, when))


def settings(tmp_path: Path, out: str = "out", **kw) -> Settings:
    return Settings(inputs=(tmp_path / "in",), out_dir=tmp_path / out, formats=FORMATS, validate=False, batch_size=4,
                    **kw)


def same_as_scratch(tmp_path: Path, result, **kw) -> None:
    """The exports (and counts) of ``out`` are those of a build from scratch over ``in``."""
    scratch_dir = tmp_path / "scratch"
    if scratch_dir.exists():
        shutil.rmtree(scratch_dir)
    scratch = build(settings(tmp_path, "scratch", **kw))
    assert (scratch.extracted, scratch.reused) == (scratch.articles, 0)
    assert exports(tmp_path / "out") == exports(scratch_dir)
    assert (result.entities, result.calls, result.triples) == (scratch.entities, scratch.calls, scratch.triples)


def test_a_stamped_file_is_known_unread_and_a_fresh_one_is_read(tmp_path):
    folder = corpus(tmp_path / "in", NAMES[:3])
    settle(folder)
    os.utime(folder / NAMES[2], None)  # just now: racily clean, never stamped
    stamps: list[str] = []
    first = list(iter_inputs([folder], known=lambda stamp: stamps.append(stamp)))
    read = [i for i in first if isinstance(i, Article)]
    assert [a.id for a in read] == NAMES[:3]
    assert [bool(a.stamp) for a in read] == [True, True, False]
    assert stamps == [a.stamp for a in read[:2]]
    again = list(iter_inputs([folder], known={read[0].stamp: "key0"}.get))
    assert again[0] == Known(NAMES[0], read[0].meta.source, "key0")
    assert isinstance(again[1], Article) and again[1].stamp == read[1].stamp
    assert [a.stamp for a in iter_inputs([folder])] == ["", "", ""]  # without ``known`` nothing is stamped
    assert RACY_NS >= 1_000_000_000


def test_a_file_is_read_again_when_its_stamp_changes(tmp_path):
    folder = corpus(tmp_path / "in", NAMES[:2])
    settle(folder)
    (stamp,) = [a.stamp for a in iter_inputs([folder], known=lambda s: None) if a.id == NAMES[0]]
    path = folder / NAMES[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("a", "e", 1), encoding="utf-8")  # same size, same times given back
    os.utime(path, (HOUR_AGO, HOUR_AGO))
    (again,) = [a for a in iter_inputs([folder], known={stamp: "old"}.get) if a.id == NAMES[0]]
    assert isinstance(again, Article) and again.stamp != stamp  # the change time tells
    (stamp1,) = [a.stamp for a in iter_inputs([folder], known=lambda s: None) if a.id == NAMES[1]]
    with (folder / "metadata.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    title = rows[0].index("title")
    for row in rows[1:]:
        if row[0] == NAMES[1]:
            row[title] = "Another title"
    with (folder / "metadata.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    (read,) = [a for a in iter_inputs([folder], known={stamp1: "old"}.get) if getattr(a, "id", "") == NAMES[1]]
    assert isinstance(read, Article) and read.meta.title == "Another title"  # its row changed: read again


def test_adding_touching_changing_and_removing_articles_with_kept_state(tmp_path):
    folder = corpus(tmp_path / "in", NAMES[:10])
    settle(folder)
    one = build(settings(tmp_path))
    assert (one.extracted, one.reused, one.kept) == (10, 0, 0)
    db = sqlite3.connect(tmp_path / "out" / ".kg" / "facts.sqlite")
    assert db.execute("SELECT COUNT(*) FROM files").fetchone()[0] == 10
    assert db.execute("SELECT COUNT(*) FROM state_members").fetchone()[0] == 10

    same = build(settings(tmp_path))  # nothing changed: nothing read, nothing folded
    assert (same.extracted, same.reused, same.kept) == (0, 10, 10)
    same_as_scratch(tmp_path, same)

    corpus(tmp_path / "in", NAMES[:13])  # three added (the folder is written again: all re-stamped)
    settle(folder)
    added = build(settings(tmp_path))
    assert (added.extracted, added.reused, added.kept) == (3, 10, 10)
    same_as_scratch(tmp_path, added)
    assert db.execute("SELECT COUNT(*) FROM state").fetchone()[0] == 2  # the kept state and the three added

    os.utime(folder / NAMES[4], (HOUR_AGO + 60, HOUR_AGO + 60))  # touched: read and hashed again, same facts
    touched = build(settings(tmp_path))
    assert (touched.extracted, touched.reused, touched.kept) == (0, 13, 13)
    same_as_scratch(tmp_path, touched)

    path = folder / NAMES[1]
    path.write_text(path.read_text(encoding="utf-8") + "\nA closing line.\n", encoding="utf-8")
    settle(folder)
    changed = build(settings(tmp_path))  # the kept state holds the old article: every stored one folded
    assert (changed.extracted, changed.reused, changed.kept) == (1, 12, 0)
    same_as_scratch(tmp_path, changed)
    assert db.execute("SELECT COUNT(*) FROM state").fetchone()[0] == 1  # written whole again
    assert build(settings(tmp_path)).kept == 13

    for name in NAMES[5:7]:
        (folder / name).unlink()
    removed = build(settings(tmp_path))
    assert (removed.extracted, removed.reused, removed.kept) == (0, 11, 0)
    same_as_scratch(tmp_path, removed)
    assert db.execute("SELECT COUNT(*) FROM files").fetchone()[0] == 11  # the removed files' stamps dropped
    again = build(settings(tmp_path))
    assert (again.extracted, again.reused, again.kept) == (0, 11, 11)
    same_as_scratch(tmp_path, again)


def test_rehash_reads_every_file_whatever_the_stamps_say(tmp_path):
    folder = corpus(tmp_path / "in", NAMES[:5])
    settle(folder)
    build(settings(tmp_path))
    db = sqlite3.connect(tmp_path / "out" / ".kg" / "facts.sqlite")
    # a file system that lies: every stamp now names the facts of the first article
    (first,) = db.execute("SELECT content FROM files ORDER BY stamp LIMIT 1").fetchone()
    db.execute("UPDATE files SET content = ?", (first,))
    db.commit()
    rehashed = build(settings(tmp_path, rehash=True))
    assert (rehashed.extracted, rehashed.reused) == (0, 5)
    same_as_scratch(tmp_path, rehashed)
    assert len(set(db.execute("SELECT content FROM files"))) == 5  # and the stamps are right again


def test_a_new_extractor_or_resolver_state_code_means_no_kept_state(tmp_path):
    extra = tmp_path / "mine.jsonl"
    extra.write_text('{"id": "test-leader", "name": "Marta Alba", "kind": "Leader", "country": "France"}\n',
                     encoding="utf-8")
    folder = corpus(tmp_path / "in", NAMES[:4])
    settle(folder)
    assert build(settings(tmp_path)).kept == 0
    assert build(settings(tmp_path)).kept == 4
    other = build(settings(tmp_path, gazetteers=(extra,)))
    assert (other.extracted, other.kept) == (4, 0)
    same_as_scratch(tmp_path, other, gazetteers=(extra,))
    db = sqlite3.connect(tmp_path / "out" / ".kg" / "facts.sqlite")
    db.execute("UPDATE state SET code = 'older code'")
    db.commit()
    assert (build(settings(tmp_path, gazetteers=(extra,))).kept) == 0
    db.execute("UPDATE state SET data = ?", (b'{"format": 1, "articles": [[]]}',))  # damaged
    db.commit()
    damaged = build(settings(tmp_path, gazetteers=(extra,)))
    assert (damaged.reused, damaged.kept) == (4, 0)
    same_as_scratch(tmp_path, damaged, gazetteers=(extra,))
    assert build(settings(tmp_path, gazetteers=(extra,))).kept == 4  # written whole again


def test_added_states_are_parts_until_there_are_too_many(tmp_path):
    from kg.build.feed import MAX_PARTS

    folder = corpus(tmp_path / "in", NAMES[:2])
    settle(folder)
    build(settings(tmp_path))
    db = sqlite3.connect(tmp_path / "out" / ".kg" / "facts.sqlite")
    parts = []
    for n in range(3, 3 + MAX_PARTS + 1):
        corpus(tmp_path / "in", NAMES[:n])  # one more article each time
        settle(folder)
        result = build(settings(tmp_path))
        assert (result.extracted, result.kept) == (1, n - 1)
        parts.append(db.execute("SELECT COUNT(*) FROM state").fetchone()[0])
    # a part per build until there are MAX_PARTS of them; then the state is written whole again
    assert parts == [*range(2, MAX_PARTS + 1), 1, 2]
    same_as_scratch(tmp_path, result)


def test_kg_build_rehash(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    folder = corpus(tmp_path / "in", NAMES[:3])
    settle(folder)
    args = ["build", str(folder), "-o", str(tmp_path / "out"), "-f", "ttl", "--no-validate", "-q"]
    assert CliRunner().invoke(app, args).exit_code == 0
    again = CliRunner().invoke(app, [*args, "--rehash"])
    assert again.exit_code == 0, again.output
    assert "0 analysed, 3 from the facts store" in again.output
