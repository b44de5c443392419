"""RDF exports read back by independent parsers; per-article named graphs; write_exports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic

from graph_samples import CALL_GROUP, CALL_OCCURRED, EV1, EV2, KANT, LUND, VERDI, WIRE, sample_graph
from kg.rdf import ids
from kg.errors import ExportError
from kg.write.export import (
    FILE_NAMES,
    article_subgraphs,
    write_exports,
    write_jsonld,
    write_ntriples,
    write_trig,
    write_turtle,
)
from kg.rdf.vocab import KG, RDF, SDO

ROOT = Path(__file__).resolve().parents[1]
# rdflib's own JSON-LD and TriG parsers still use its deprecated ConjunctiveGraph.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")
A1, A2 = ids.article_iri("a1.txt"), ids.article_iri("a2.txt")


@pytest.fixture(scope="module")
def g():
    return sample_graph()


def parse(path: Path, fmt: str) -> Graph:
    out = Graph()
    out.parse(path, format=fmt)
    return out


def test_turtle_read_back_by_rdflib_and_oxigraph(g, tmp_path):
    path = write_turtle(g, tmp_path / "graph.ttl")
    text = path.read_text(encoding="utf-8")
    assert "@prefix kg: <https://w3id.org/newskg/ontology#> ." in text
    assert "@prefix schema: <https://schema.org/> ." in text
    back = parse(path, "turtle")
    assert isomorphic(back, g)
    oxi = list(ox.parse(path=path, format=ox.RdfFormat.TURTLE))
    assert len(oxi) == len(back) == len(g)


def test_ntriples_sorted_and_read_back(g, tmp_path):
    path = write_ntriples(g, tmp_path / "graph.nt")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == len(g)
    assert isomorphic(parse(path, "nt"), g)
    assert len(list(ox.parse(path=path, format=ox.RdfFormat.N_TRIPLES))) == len(g)


def test_jsonld_read_back(g, tmp_path):
    path = write_jsonld(g, tmp_path / "graph.jsonld")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["@context"]["kg"] == "https://w3id.org/newskg/ontology#"
    assert doc["@context"]["schema"] == "https://schema.org/"
    assert isomorphic(parse(path, "json-ld"), g)
    assert len(list(ox.parse(path=path, format=ox.RdfFormat.JSON_LD))) == len(g)


def test_article_subgraphs(g):
    subs = article_subgraphs(g)
    assert set(subs) == {A1, A2}
    a1, a2 = subs[A1], subs[A2]
    occurred = next(g.subjects(KG.durationMinutes, None))
    # a1 tells the occurred call, with its own evidence and Wire Daily's attribution only
    assert (occurred, RDF.type, KG.Call) in a1
    assert set(a1.objects(occurred, KG.evidence)) == {ids.evidence_iri("a1.txt", EV1.start, EV1.end)}
    assert set(a1.objects(occurred, KG.reportedBy)) == {ids.entity_iri(WIRE.kind, WIRE.key)}
    assert set(a2.objects(occurred, KG.reportedBy)) == {ids.entity_iri(WIRE.kind, "gaz:chatapp")}
    assert set(a2.objects(occurred, KG.evidence)) == {ids.evidence_iri("a2.txt", EV2.start, EV2.end)}
    verdi, kant, lund = (ids.entity_iri(e.kind, e.key) for e in (VERDI, KANT, LUND))
    assert (verdi, KG.called, kant) in a1
    assert (kant, KG.called, lund) not in a1 and (kant, KG.called, lund) in a2
    assert (verdi, RDF.type, KG.Leader) in a1  # participants are described
    assert (A2, SDO.mentions, None) not in a1  # nothing of the other article
    for sub in subs.values():
        assert set(sub) <= set(g)


def test_trig_default_graph_and_named_graphs(g, tmp_path):
    path = write_trig(g, None, tmp_path / "graph.trig")
    ds = Dataset()
    ds.parse(path, format="trig")
    assert isomorphic(ds.default_graph, g)
    subs = article_subgraphs(g)
    named = {c.identifier: c for c in ds.graphs() if c.identifier != ds.default_graph.identifier}
    assert set(named) == set(subs)
    for iri, sub in subs.items():  # rdflib once wrote triples into the wrong graph (#262)
        assert isomorphic(named[iri], sub)
    text = path.read_text(encoding="utf-8")
    assert "<None>" not in text  # rdflib once named the default graph <None> (#433)
    quads = list(ox.parse(path=path, format=ox.RdfFormat.TRIG))
    assert len(quads) == len(g) + sum(len(s) for s in subs.values())
    assert {str(q.graph_name.value) for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)} == {
        str(i) for i in subs
    }


def test_write_exports_all_formats(g, tmp_path):
    out = tmp_path / "new" / "exports"
    paths = write_exports(g, out, ["ttl", "graphml", "nt", "trig", "jsonld", "gexf", "ttl"])
    wanted = ("ttl", "graphml", "nt", "trig", "jsonld", "gexf")
    assert [p.name for p in paths] == [FILE_NAMES[f] for f in wanted]
    assert all(p.stat().st_size > 0 for p in paths)
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in paths)  # no temp files left


def test_unknown_format_is_refused_before_writing(g, tmp_path):
    with pytest.raises(ExportError, match=r"E400.*'pdf'.*available: ttl"):
        write_exports(g, tmp_path / "out", ["ttl", "pdf"])
    assert not (tmp_path / "out").exists()


def test_export_folder_that_cannot_be_created(g, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(ExportError, match="E401.*file") as info:
        write_exports(g, blocker / "sub", ["ttl"])
    assert isinstance(info.value.__cause__, OSError)


def test_failed_rdf_write_keeps_the_previous_export(tmp_path):
    path = tmp_path / "graph.nt"
    path.write_text("previous export\n")
    bad = Graph()  # a literal with a lone surrogate cannot be encoded as UTF-8
    bad.add((ids.article_iri("x"), SDO.headline, Literal("broken \ud800 text")))
    with pytest.raises(ExportError, match="E402.*graph.nt"):
        write_ntriples(bad, path)
    assert path.read_text() == "previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.nt"]


def test_exports_are_byte_identical_across_processes(tmp_path):
    """Python salts str hashes per process; rdflib's JSON-LD and TriG order follow them."""
    script = (
        "import sys; sys.path.insert(0, sys.argv[2]);"
        "from graph_samples import sample_graph; from kg.write.export import write_exports;"
        "write_exports(sample_graph(), sys.argv[1], ['ttl','nt','trig','jsonld','graphml','gexf'])"
    )
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(out), str(Path(__file__).parent)],
                       check=True, env=env, cwd=ROOT)
        outs.append({p.name: p.read_bytes() for p in out.iterdir()})
    assert outs[0] == outs[1]
    assert len(outs[0]) == 6


def test_exports_are_byte_identical_in_one_process(g, tmp_path):
    first = write_exports(g, tmp_path / "a", list(FILE_NAMES))
    second = write_exports(sample_graph(), tmp_path / "b", list(FILE_NAMES))
    for p, q in zip(first, second):
        assert p.read_bytes() == q.read_bytes(), p.name


def test_group_call_subgraph_has_its_evidence(g):
    sub = article_subgraphs(g)[A2]
    group = next(s for s in g.subjects(KG.medium, KG.Video))
    assert len(set(sub.objects(group, KG.participant))) == len(CALL_GROUP.participants)
    assert (A2, SDO.mentions, group) in sub
    assert CALL_OCCURRED.date is not None
