"""kg.build.outputs: the store and every export from streamed records, switched in as a set."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from graph_samples import ARTICLES, CALLS, ENTITIES, many
from kg.build.outputs import FILE_NAMES, write_outputs
from kg.errors import ExportError, KgError
from kg.query.run import run_query
from kg.rdf.graph import build_dataset, build_graph

ALL = list(FILE_NAMES)
TESTS = Path(__file__).resolve().parent
# rdflib's own JSON-LD and TriG parsers still use its deprecated ConjunctiveGraph.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("outputs")
    result = write_outputs(ENTITIES, iter(CALLS), iter(ARTICLES), folder, ALL, validate=True)
    assert result.violations == 0 and result.calls == len(CALLS) and result.articles == len(ARTICLES)
    assert [p.name for p in result.files] == [FILE_NAMES[f] for f in ALL]
    return folder


def test_rdf_exports_hold_the_merged_graph(out):
    merged = build_graph(ENTITIES, CALLS, ARTICLES)
    for name, fmt in (("graph.ttl", "turtle"), ("graph.nt", "nt"), ("graph.jsonld", "json-ld")):
        assert isomorphic(Graph().parse(out / name, format=fmt), merged), name
        assert len(set(ox.parse(path=out / name))) == len(merged), name


def test_trig_holds_the_merged_graph_and_one_graph_per_article(out):
    expected = build_dataset(ENTITIES, CALLS, ARTICLES)
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    assert isomorphic(ds.default_graph, expected.default_graph)
    named = {g.identifier: g for g in ds.graphs() if g.identifier != ds.default_graph.identifier}
    wanted = {g.identifier: g for g in expected.graphs() if g.identifier != expected.default_graph.identifier}
    assert set(named) == set(wanted) and len(named) == len(ARTICLES)
    for name, graph in wanted.items():
        assert isomorphic(named[name], graph)


def test_the_turtle_never_escapes_a_slash(out):
    text = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "\\/" not in text  # Virtuoso 7.2 would keep the backslash in the IRI
    assert "@prefix call: <https://w3id.org/newskg/id/call/> ." in text


def test_the_store_answers_like_the_file(out):
    question = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert run_query(out / "store", question).rows == run_query(out / "graph.ttl", question).rows
    graphs = run_query(out / "store", "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    assert graphs == (("2",),)  # with TriG asked, the store keeps the article graphs too


def test_nothing_else_is_left_in_the_folder(out):
    assert sorted(p.name for p in out.iterdir()) == sorted([*FILE_NAMES.values(), "store", ".kg"])
    assert not any((out / ".kg" / "tmp").iterdir())
    assert [p.name for p in (out / ".kg" / "stores").iterdir() if p.is_dir()] == [os.readlink(out / "store").split("/")[-1]]


def _build_in_a_process(folder: Path, seed: str, shuffle: int) -> dict[str, bytes]:
    script = (
        "import random, sys; sys.path.insert(0, sys.argv[2]);"
        "from graph_samples import many; from kg.build.outputs import FILE_NAMES, write_outputs;"
        "e, c, a = many(3); e = list(e); random.Random(int(sys.argv[3])).shuffle(e);"
        "write_outputs(e, c, a, sys.argv[1], list(FILE_NAMES))"
    )
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run([sys.executable, "-c", script, str(folder), str(TESTS), str(shuffle)], check=True, env=env)
    return {name: (folder / name).read_bytes() for name in FILE_NAMES.values()}


def test_same_records_same_bytes_across_processes_and_orders(tmp_path):
    """The store's dump order depends on the statements only (Oxigraph's keys), not on the
    order they were loaded in nor on Python's per-process hash seed."""
    first = _build_in_a_process(tmp_path / "a", "1", 1)
    second = _build_in_a_process(tmp_path / "b", "2", 2)
    assert first == second


def test_store_dumps_do_not_depend_on_load_order(tmp_path):
    lines = (TESTS.parent / "exports" / "graph.ttl")
    triples = list(ox.parse(path=lines))
    dumps = []
    for seed in (1, 2):
        random.Random(seed).shuffle(triples)
        store = ox.Store(str(tmp_path / f"s{seed}"))
        half = len(triples) // 2
        store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples[:half])
        store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples[half:])
        dumps.append(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()))
        del store
    assert dumps[0] == dumps[1]


def test_unsorted_calls_are_refused(tmp_path):
    with pytest.raises(KgError, match="E406.*sorted by key"):
        write_outputs(ENTITIES, reversed(CALLS), ARTICLES, tmp_path / "out", ["graphml"])
    assert not (tmp_path / "out" / "graph.graphml").exists()


def test_unknown_format_is_refused_before_writing(tmp_path):
    with pytest.raises(ExportError, match=r"E400.*'pdf'.*available: ttl"):
        write_outputs(ENTITIES, CALLS, ARTICLES, tmp_path / "out", ["ttl", "pdf"])
    assert not (tmp_path / "out").exists()


def test_an_output_folder_that_cannot_be_made(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(ExportError, match="E401.*file") as info:
        write_outputs(ENTITIES, CALLS, ARTICLES, blocker / "sub", ["ttl"])
    assert isinstance(info.value.__cause__, OSError)


def test_a_new_build_replaces_the_whole_set(tmp_path):
    out = tmp_path / "out"
    write_outputs(ENTITIES, CALLS, ARTICLES, out, ["ttl", "gexf"])
    write_outputs(ENTITIES, CALLS[:1], ARTICLES, out, ["ttl", "graphml"])
    assert sorted(p.name for p in out.iterdir()) == [".kg", "graph.graphml", "graph.ttl", "store"]  # no old gexf
    calls = run_query(out / "store", "SELECT (COUNT(*) AS ?n) WHERE { ?c a <https://w3id.org/newskg/ontology#Call> }")
    assert calls.rows == (("1",),)


def test_a_full_disk_keeps_the_previous_set(tmp_path):
    """A file size limit (what a full disk looks like to a writer) stops the new exports."""
    out = tmp_path / "out"
    write_outputs(ENTITIES, CALLS, ARTICLES, out, ["ttl", "graphml"])
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    script = (
        "import resource, signal, sys; sys.path.insert(0, sys.argv[2]);"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN); resource.setrlimit(resource.RLIMIT_FSIZE, (20000, 20000));"
        "from graph_samples import many; from kg.build.outputs import write_outputs; from kg.errors import KgError;"
        "e, c, a = many(40)\n"
        "try:\n write_outputs(e, c, a, sys.argv[1], ['ttl', 'graphml'])\n"
        "except KgError as err:\n print(err); sys.exit(3)"
    )
    run = subprocess.run([sys.executable, "-c", script, str(out), str(TESTS)], capture_output=True, text=True)
    assert run.returncode == 3, run.stderr
    assert "E402" in run.stdout and "file size limit" in run.stdout and "unchanged" in run.stdout
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not any((out / ".kg" / "tmp").iterdir())
    assert run_query(out / "store", "ASK { ?s ?p ?o }").boolean


def test_the_lean_store_has_no_article_graphs(tmp_path):
    out = tmp_path / "out"
    result = write_outputs(*many(2), out, ["ttl"])
    assert result.quads == result.triples
    assert run_query(out / "store", "ASK { GRAPH ?g { ?s ?p ?o } }").boolean is False
