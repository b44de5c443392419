"""``--jobs``: worker processes give the same graph, byte for byte, and still skip bad inputs."""

from __future__ import annotations

import shutil
from pathlib import Path

from kg.config import Settings
from kg.build.pipeline import build

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_two_workers_build_the_same_bytes_as_one(tmp_path):
    corpus = tmp_path / "in"
    shutil.copytree(FIXTURES, corpus)
    (corpus / "broken.txt").write_bytes(b"Macron \xff\xfe spoke by phone")
    one = build(Settings(inputs=(corpus,), out_dir=tmp_path / "one", validate=False))
    two = build(Settings(inputs=(corpus,), out_dir=tmp_path / "two", validate=False, jobs=2, batch_size=4))
    assert (one.articles, one.calls, one.entities) == (two.articles, two.calls, two.entities)
    assert [s.source for s in two.skipped] == [s.source for s in one.skipped] and one.skipped
    for name in ("graph.ttl", "graph.graphml"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
