"""Incremental builds: only new or changed articles are analysed, removed ones drop out, and
the exports equal a build from scratch over the same articles, byte for byte."""

from __future__ import annotations

import csv
import shutil
import sqlite3
from pathlib import Path

import pytest

from kg.build.pipeline import build
from kg.config import ALL_FORMATS, Settings

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FORMATS = ("ttl", "graphml", "nt")


def corpus(folder: Path, names: list[str]) -> Path:
    """A copy of the named fixture articles with their rows of metadata.csv."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    with (FIXTURES / "metadata.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    with (folder / "metadata.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows([rows[0]] + [r for r in rows[1:] if r and r[0] in names])
    for name in names:
        shutil.copy(FIXTURES / name, folder / name)
    return folder


def exports(out: Path, formats=FORMATS) -> dict[str, bytes]:
    return {f: (out / f"graph.{f}").read_bytes() for f in formats}


NAMES = sorted(p.name for p in FIXTURES.glob("*.txt"))


def test_adding_changing_and_removing_articles(tmp_path):
    first, later = NAMES[:15], NAMES[3:]  # three removed, six added
    out = tmp_path / "out"
    settings = Settings(inputs=(tmp_path / "in",), out_dir=out, formats=FORMATS, validate=False, batch_size=4)
    corpus(tmp_path / "in", first)
    one = build(settings)
    assert (one.extracted, one.reused) == (15, 0)
    corpus(tmp_path / "in", later)
    changed = tmp_path / "in" / later[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA closing line.\n", encoding="utf-8")
    two = build(settings)
    assert (two.extracted, two.reused) == (7, 11)  # six new, one changed; the rest from the store
    scratch = build(Settings(inputs=(tmp_path / "in",), out_dir=tmp_path / "scratch", formats=FORMATS,
                             validate=False))
    assert (scratch.extracted, scratch.reused) == (18, 0)
    assert exports(out) == exports(tmp_path / "scratch")
    assert (two.entities, two.calls, two.triples) == (scratch.entities, scratch.calls, scratch.triples)
    db = sqlite3.connect(out / ".kg" / "facts.sqlite")
    assert db.execute("SELECT COUNT(*) FROM facts").fetchone()[0] == 18  # removed and old versions pruned
    three = build(settings)
    assert (three.extracted, three.reused) == (0, 18)
    assert exports(out) == exports(tmp_path / "scratch")


def test_a_corpus_moved_to_another_folder_is_read_from_the_store(tmp_path):
    out = tmp_path / "out"
    corpus(tmp_path / "in", NAMES[:6])
    one = build(Settings(inputs=(tmp_path / "in",), out_dir=out, formats=FORMATS, validate=False))
    before = exports(out)
    shutil.move(tmp_path / "in", tmp_path / "moved")
    two = build(Settings(inputs=(tmp_path / "moved",), out_dir=out, formats=FORMATS, validate=False))
    assert (one.extracted, two.extracted, two.reused) == (6, 0, 6)
    assert exports(out) == before


def test_a_new_gazetteer_means_a_new_extractor(tmp_path):
    extra = tmp_path / "mine.jsonl"
    extra.write_text('{"id": "test-leader", "name": "Marta Alba", "kind": "Leader", "country": "France"}\n',
                     encoding="utf-8")
    corpus(tmp_path / "in", NAMES[:4])
    base = Settings(inputs=(tmp_path / "in",), out_dir=tmp_path / "out", formats=("nt",), validate=False)
    assert build(base).extracted == 4
    again = Settings(inputs=base.inputs, out_dir=base.out_dir, formats=("nt",), validate=False, gazetteers=(extra,))
    assert build(again).extracted == 4
    assert build(again).extracted == 0


# invented ordinary news without a cue of a call: read for its mentions only with --mentions all
UNCUED = ("Finance Minister Tala Voss presented the budget in Nairobi on Tuesday. Farmers in Kenya and "
          "Uganda welcomed lower fuel taxes, Reuters reported.\n")


def test_the_facts_store_never_mixes_the_mentions_modes(tmp_path):
    folder = corpus(tmp_path / "in", NAMES[:5])
    (folder / "uncued.txt").write_text(UNCUED, encoding="utf-8")
    settings = {m: Settings(inputs=(folder,), out_dir=tmp_path / "out", formats=FORMATS, validate=False,
                            batch_size=2, mentions=m) for m in ("cued", "all")}
    scratch = {}
    for mode, s in settings.items():
        scratch[mode] = tmp_path / f"scratch-{mode}"
        build(Settings(inputs=s.inputs, out_dir=scratch[mode], formats=FORMATS, validate=False, mentions=mode))
    assert exports(scratch["cued"]) != exports(scratch["all"])  # the uncued article's mentions
    assert build(settings["cued"]).extracted == 6
    for mode in ("all", "cued", "all"):  # each switch reads every article again, in its mode
        result = build(settings[mode])
        assert (result.extracted, result.reused, result.kept) == (6, 0, 0)
        assert exports(tmp_path / "out") == exports(scratch[mode])
    again = build(settings["all"])
    assert (again.extracted, again.reused) == (0, 6)
    assert exports(tmp_path / "out") == exports(scratch["all"])


@pytest.mark.slow
def test_every_format_equal_after_an_incremental_build(tmp_path):
    settings = Settings(inputs=(tmp_path / "in",), out_dir=tmp_path / "out", formats=ALL_FORMATS)
    corpus(tmp_path / "in", NAMES[:10])
    build(settings)
    corpus(tmp_path / "in", NAMES)
    build(settings)
    build(Settings(inputs=(tmp_path / "in",), out_dir=tmp_path / "scratch", formats=ALL_FORMATS))
    assert exports(tmp_path / "out", ALL_FORMATS) == exports(tmp_path / "scratch", ALL_FORMATS)


def test_an_article_that_changes_an_existing_call_and_an_entity(tmp_path):
    """An article's correction moves a call (its day, who called, who took part) and gives a
    leader of another article a new name form (an alias): the incremental build maps those
    pieces again and writes what a build from scratch writes."""
    out = tmp_path / "out"
    settings = Settings(inputs=(tmp_path / "in",), out_dir=out, formats=FORMATS, validate=True)
    corpus(tmp_path / "in", NAMES[:6])
    build(settings)
    before = exports(out)
    fixed = tmp_path / "in" / NAMES[0]
    text = fixed.read_text(encoding="utf-8")
    changed = (text.replace("on Thursday", "on Wednesday")
               .replace("initiated by the French side", "initiated by the German side")
               .replace("German Chancellor Friedrich Merz", "German Chancellor Friedrich Merz and Italian Prime "
                        "Minister Giorgia Meloni", 1)
               + "\nPrime Minister Giorgia Maria Meloni said the call had gone well.\n")
    assert changed != text
    fixed.write_text(changed, encoding="utf-8")
    again = build(settings)
    assert again.extracted == 1
    scratch = build(Settings(inputs=(tmp_path / "in",), out_dir=tmp_path / "scratch", formats=FORMATS, validate=True))
    assert exports(out) == exports(tmp_path / "scratch")
    assert exports(out)["ttl"] != before["ttl"]
    alias = b'"Giorgia Maria Meloni"'  # Giorgia Meloni (of another article) gains an alias
    assert alias in exports(out)["ttl"] and alias not in before["ttl"]
    assert (again.triples, again.violations, again.validation_report) == (
        scratch.triples, scratch.violations, scratch.validation_report)
    assert (out / ".kg" / "outputs.sqlite").is_file()
