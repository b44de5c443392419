"""kg.facts.keys: the content key sees every field but the path; the extractor version sees the data in use."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date
from pathlib import Path

from kg.facts.keys import content_key, extractor_version
from kg.model import Article, ArticleMeta

DATA = Path(__file__).resolve().parents[1] / "kg" / "data"


def test_content_key_changes_with_every_field():
    base = Article(ArticleMeta("a.txt", "in/a.txt", date(2025, 1, 1), "Reuters", "https://x", "T"), "Text.")
    keys = {content_key(base)}
    for name, value in (("id", "b.txt"), ("published", None), ("outlet", None),
                        ("url", "https://y"), ("title", None)):
        keys.add(content_key(dataclasses.replace(base, meta=dataclasses.replace(base.meta, **{name: value}))))
    keys.add(content_key(dataclasses.replace(base, text="Text!")))
    keys.add(content_key(dataclasses.replace(base, meta=dataclasses.replace(base.meta, title=""))))  # "" is not None
    assert len(keys) == 8
    assert content_key(base) == content_key(Article(base.meta, "Text."))
    # the path it was read from is no part of it: a corpus moved elsewhere is the same corpus
    moved = dataclasses.replace(base, meta=dataclasses.replace(base.meta, source="elsewhere/a.txt"))
    assert content_key(moved) == content_key(base)
    content_key(Article(ArticleMeta("caf\udce9.txt", "x"), "lone \ud800"))  # never raises


def test_extractor_version_follows_the_gazetteers_in_use(tmp_path):
    extra = tmp_path / "mine.jsonl"
    shutil.copy(DATA / "gazetteer" / "outlets.jsonl", extra)
    plain = extractor_version()
    assert extractor_version() == plain
    with_extra = extractor_version(None, [extra])
    assert with_extra != plain
    extra.write_text(extra.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert extractor_version(None, [extra]) not in (plain, with_extra)
    assert extractor_version("some_model") != plain


def test_extractor_version_follows_the_mentions_mode():
    assert extractor_version() == extractor_version(None, (), "cued")
    assert extractor_version(None, (), "all") != extractor_version()


def test_every_package_module_extraction_imports_is_part_of_the_extractor_version():
    # a module extraction reads whose bytes the version does not see would leave stale facts in
    # the store after its change (kg.errors only names errors; it shapes no fact)
    import ast

    from kg.facts.keys import VERSIONED_SOURCES

    root = DATA.parent
    versioned = [root / name for name in VERSIONED_SOURCES]
    sources = [p for p in versioned if p.suffix == ".py"] + [p for d in versioned if d.is_dir() for p in d.rglob("*.py")]
    missing = set()
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg."):
                parts = node.module.split(".")[1:]
                target = root.joinpath(*parts)
                module = target.with_suffix(".py") if not target.is_dir() else target
                if parts[0] != "errors" and not any(module == v or v in module.parents for v in versioned):
                    missing.add(node.module)
    assert not missing, sorted(missing)
