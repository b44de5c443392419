"""Property-based build: tiny hostile corpora through the public ``build(Settings(...))`` into
every export format, each export checked by the strict parsers (tests/export_checks.py).

Only the project's documented errors may escape: a ``KgError`` of a known code (nothing to
build at all: E202); every problem with an input is a ``Skipped`` with a documented code and
never an internal failure. The CI profile runs a handful of builds (a few seconds); the long
profile (README) runs hundreds.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings

from export_checks import check_exports
from kg.build.pipeline import build
from kg.config import ALL_FORMATS, Settings
from kg.errors import READ_PROBLEMS, KgError, Read
from strategies import corpora, write_corpus

DOCUMENTED = {Read.NOTHING_READ}
pytestmark = pytest.mark.slow


@settings(max_examples=max(2, settings.default.max_examples // 12))
@given(corpora())
def test_any_tiny_corpus_builds_into_exports_every_parser_reads(corpus):
    with tempfile.TemporaryDirectory() as where:
        folder = Path(where) / "in"
        write_corpus(corpus, folder)
        out = Path(where) / "out"
        try:
            result = build(Settings(inputs=(folder,), out_dir=out, formats=ALL_FORMATS, validate=False))
        except KgError as err:
            assert err.code in DOCUMENTED, err
            return
        for item in result.skipped:
            assert item.code in READ_PROBLEMS and not item.internal, item
        ids = check_exports(out)
    first = ids["graph.nt"]
    assert len(first) == result.articles
    assert all(found == first for found in ids.values()), {k: len(v) for k, v in ids.items()}
