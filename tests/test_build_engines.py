"""Every engine (in-process, --jobs worker processes, Dask on a 2-worker LocalCluster) builds the
same bytes and reports the same bad inputs, each as one Skipped record with a code; an article
without a cue of a call (which skips spaCy by default) is one of the inputs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import rdflib

from kg.build.pipeline import build
from kg.config import Settings

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FORMATS = ("ttl", "graphml")
# invented ordinary news: a person, countries and an outlet, and no cue of a call
UNCUED = ("Finance Minister Tala Voss presented the budget in Nairobi on Tuesday. Farmers in Kenya and "
          "Uganda welcomed lower fuel taxes, Reuters reported.\n")
SCHEMA = rdflib.Namespace("https://schema.org/")


@pytest.fixture(scope="module")
def hostile_corpus(tmp_path_factory) -> Path:
    corpus = tmp_path_factory.mktemp("engines") / "in"
    shutil.copytree(FIXTURES, corpus)
    (corpus / "broken.txt").write_bytes(b"Macron \xff\xfe spoke by phone")  # not UTF-8: the reader skips it
    (corpus / "uncued.txt").write_text(UNCUED, encoding="utf-8")
    with (corpus / "metadata.csv").open("a", encoding="utf-8") as meta:
        meta.write("uncued.txt,2025-03-04,The Korea Herald (Yonhap),,Budget day in Nairobi\n")
    # longer than spaCy's max_length: analysed in chunks (kg.extract.chunks) by every engine; a
    # blob of long lines between two calls, so that the chunks are many and cheap to analyse
    blob = "\n\n".join(f"{n:05d}" + "x" * 4_993 for n in range(205))
    (corpus / "huge.txt").write_text("Macron spoke by phone with Merz on Monday.\n\n" + blob +
                                     "\n\nOlaf Scholz spoke by phone with Joe Biden on Tuesday.\n", encoding="utf-8")
    return corpus


@pytest.fixture(scope="module")
def serial(hostile_corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("serial")
    return build(Settings(inputs=(hostile_corpus,), out_dir=out, formats=FORMATS, validate=False)), out


def _same(result, out, serial) -> None:
    reference, ref_out = serial
    assert [(s.source, s.code, s.internal) for s in result.skipped] == \
        [(s.source, s.code, s.internal) for s in reference.skipped]
    assert (result.articles, result.calls, result.entities) == (reference.articles, reference.calls, reference.entities)
    for name in ("graph.ttl", "graph.graphml"):
        assert (out / name).read_bytes() == (ref_out / name).read_bytes()


def test_serial_build_skips_each_bad_input_with_a_code(serial):
    result, _out = serial
    by_name = {Path(s.source).name: s for s in result.skipped}
    assert "broken.txt" in by_name
    assert all(s.code or "metadata" in s.source for s in result.skipped if Path(s.source).name != "broken.txt")
    assert "huge.txt" not in by_name  # read, in chunks
    assert not result.internal_errors
    assert result.articles >= 21


def _article_node(out: Path, name: str):
    graph = rdflib.Graph().parse(out / "graph.ttl")
    node = graph.value(predicate=SCHEMA.identifier, object=rdflib.Literal(name))
    assert node is not None, name
    return graph, node


def _names(graph, nodes) -> set[str]:
    return {str(graph.value(n, rdflib.RDFS.label)) for n in nodes}


def test_an_article_without_a_cue_keeps_its_node_and_publisher_but_no_mentions(serial):
    result, out = serial
    graph, node = _article_node(out, "uncued.txt")
    assert str(graph.value(node, SCHEMA.headline)) == "Budget day in Nairobi"
    assert _names(graph, graph.objects(node, SCHEMA.publisher)) == {"The Korea Herald"}
    # what its outlet field names, nothing from its text
    assert _names(graph, graph.objects(node, SCHEMA.mentions)) == {"The Korea Herald", "Yonhap"}


def test_all_mentions_reads_the_text_of_every_article(hostile_corpus, serial, tmp_path):
    result = build(Settings(inputs=(hostile_corpus,), out_dir=tmp_path, formats=FORMATS, validate=False,
                            mentions="all", jobs=2, batch_size=4))
    graph, node = _article_node(tmp_path, "uncued.txt")
    assert {"Tala Voss", "Kenya", "Uganda", "Reuters", "The Korea Herald"} <= _names(graph, graph.objects(node, SCHEMA.mentions))
    reference, _ = serial
    assert (result.articles, result.calls) == (reference.articles, reference.calls)
    assert result.entities > reference.entities


def test_worker_processes_build_the_same(hostile_corpus, serial, tmp_path):
    result = build(Settings(inputs=(hostile_corpus,), out_dir=tmp_path, formats=FORMATS, validate=False,
                            jobs=2, batch_size=4))
    _same(result, tmp_path, serial)


def test_dask_local_cluster_builds_the_same(hostile_corpus, serial, tmp_path):
    result = build(Settings(inputs=(hostile_corpus,), out_dir=tmp_path, formats=FORMATS, validate=False,
                            engine="dask", jobs=2, batch_size=6))
    _same(result, tmp_path, serial)
    assert not result.notes


def test_an_unknown_engine_is_a_user_error(hostile_corpus, tmp_path):
    from kg.errors import InputError

    with pytest.raises(InputError, match="E344"):
        build(Settings(inputs=(hostile_corpus,), out_dir=tmp_path, engine="spark"))
