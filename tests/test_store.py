"""kg.store.local and kg.store.generations: loading, replacing and reading a store on disk."""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from graph_samples import ARTICLES, CALL_OCCURRED, CALLS, ENTITIES
from kg.build.outputs import write_outputs
from kg.errors import InputError
from kg.query.run import run_query
from kg.store import generations
from kg.store.local import is_store, load_into_store, read_store, store_size

MINI = Path(__file__).parent / "data" / "mini.ttl"
MINI_TRIPLES = len(Graph().parse(MINI))
KG = "https://w3id.org/newskg/ontology#"

# Two new triples and one the mini graph already has.
EXTRA = (
    "<https://w3id.org/newskg/id/person/ruto> <http://www.w3.org/2004/02/skos/core#altLabel> \"W. Ruto\" .\n"
    "<https://w3id.org/newskg/id/person/lula> <http://www.w3.org/2004/02/skos/core#altLabel> \"Lula\" .\n"
    "<https://w3id.org/newskg/id/call/c9> <http://www.w3.org/2000/01/rdf-schema#label> \"c9\" .\n"
)


def test_load_into_a_new_store(tmp_path):
    store = tmp_path / "store"
    report = load_into_store(MINI, store)
    assert (report.file, report.read, report.added, report.total) == (MINI, MINI_TRIPLES, MINI_TRIPLES, MINI_TRIPLES)
    assert is_store(store) and store.is_symlink()  # a link to an immutable generation
    assert store_size(store) == MINI_TRIPLES


def test_loading_the_same_file_again_changes_nothing(tmp_path):
    store = tmp_path / "store"
    load_into_store(MINI, store)
    again = load_into_store(MINI, store)
    assert (again.read, again.added, again.total) == (MINI_TRIPLES, 0, MINI_TRIPLES)
    assert len([p for p in generations.generations_dir(store).iterdir() if p.is_dir()]) == 1  # the old one went


def test_named_graphs_stay_and_their_triples_join_the_default_graph(tmp_path):
    store = tmp_path / "store"
    triples = Graph().parse(MINI).serialize(format="nt", encoding="utf-8").decode("utf-8")
    trig = tmp_path / "graph.trig"
    trig.write_text("{\n" + triples + "}\n<urn:x:g> {\n" + triples + "}\n", encoding="utf-8")
    report = load_into_store(trig, store)
    assert (report.read, report.added, report.total) == (2 * MINI_TRIPLES, MINI_TRIPLES, MINI_TRIPLES)
    assert load_into_store(MINI, store).added == 0
    named = run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:x:g> { ?s ?p ?o } }")
    assert named.rows == ((str(MINI_TRIPLES),),)


def test_a_new_file_adds_only_its_new_triples(tmp_path):
    store = tmp_path / "store"
    extra = tmp_path / "extra.nt"
    extra.write_text(EXTRA, encoding="utf-8")
    load_into_store(MINI, store)
    report = load_into_store(extra, store)
    assert (report.read, report.added, report.total) == (3, 2, MINI_TRIPLES + 2)


def test_a_broken_file_leaves_the_store_as_it_was(tmp_path):
    store = tmp_path / "store"
    load_into_store(MINI, store)
    broken = tmp_path / "broken.nt"
    broken.write_text(EXTRA + "<urn:a> <urn:b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"E522.*broken\.nt: not valid N-Triples"):
        load_into_store(broken, store)
    assert store_size(store) == MINI_TRIPLES
    assert not list(generations.generations_dir(store).glob("*.tmp"))


def _build(folder: Path, calls) -> Path:
    write_outputs(ENTITIES, calls, ARTICLES, folder, ["trig"])
    return folder / "graph.trig"


def _calls(store: Path) -> set[str]:
    rows = run_query(store, f"SELECT ?c WHERE {{ ?c a <{KG}Call> }}").rows
    return {row[0] for row in rows}


def test_replace_takes_out_what_a_corrected_article_no_longer_says(tmp_path):
    """a2 is corrected: the planned call it told is gone. Adding piles on; --replace does not."""
    before = _build(tmp_path / "before", CALLS)
    after = _build(tmp_path / "after", [c for c in CALLS if "Planned" not in c.key])
    piled, replaced = tmp_path / "piled", tmp_path / "replaced"
    for store in (piled, replaced):
        load_into_store(before, store)
    load_into_store(after, piled)
    report = load_into_store(after, replaced, replace=True)
    assert len(_calls(piled)) == 3 and len(_calls(replaced)) == 2
    assert report.graphs == 2 and report.removed > 0 and report.unknown == 0
    # what another article still supports stays: the occurred call, told by a1 and a2
    fresh = tmp_path / "fresh"
    load_into_store(after, fresh)
    question = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert run_query(replaced, question).rows == run_query(fresh, question).rows
    assert any("verdi-kant-2025-03-09" in c for c in _calls(replaced)) and CALL_OCCURRED.articles == ("a1.txt", "a2.txt")


def test_replace_needs_article_graphs(tmp_path):
    with pytest.raises(InputError, match="E531.*TriG or N-Quads"):
        load_into_store(MINI, tmp_path / "store", replace=True)
    store = tmp_path / "store"
    load_into_store(MINI, store)  # no article graphs: nothing can be known about what they said
    report = load_into_store(_build(tmp_path / "b", CALLS), store, replace=True)
    assert report.unknown == report.graphs == 2


def test_readers_pin_their_generation_while_writers_move_on(tmp_path):
    store = tmp_path / "store"
    load_into_store(MINI, store)
    with generations.pinned(store) as first:
        reader = ox.Store.read_only(str(first))
        extra = tmp_path / "extra.nt"
        extra.write_text(EXTRA, encoding="utf-8")
        load_into_store(extra, store)  # a new generation; the pinned one is kept
        assert generations.current(store) != first and first.is_dir()
        assert len(reader) == MINI_TRIPLES  # the reader still sees the old graph, whole
        del reader
    load_into_store(MINI, store)  # the next writer deletes what nobody reads any more
    assert not first.exists()
    assert store_size(store) == MINI_TRIPLES + 2


def test_a_plain_store_directory_is_read_and_then_turned_into_a_generation(tmp_path):
    plain = tmp_path / "plain"
    st = ox.Store(str(plain))
    st.load(path=MINI, format=ox.RdfFormat.TURTLE)
    del st
    assert store_size(plain) == MINI_TRIPLES
    extra = tmp_path / "extra.nt"
    extra.write_text(EXTRA, encoding="utf-8")
    assert load_into_store(extra, plain).total == MINI_TRIPLES + 2
    assert plain.is_symlink()


def test_stale_unfinished_generations_are_removed(tmp_path):
    store = tmp_path / "store"
    load_into_store(MINI, store)
    stale = generations.generations_dir(store) / "store-000099.tmp"
    stale.mkdir()
    (stale / "CURRENT").write_text("killed writer")
    load_into_store(MINI, store)
    assert not stale.exists()


def test_read_store_returns_plain_data(tmp_path):
    store = tmp_path / "store"
    load_into_store(MINI, store)
    assert read_store(store, len) == MINI_TRIPLES


def test_bad_targets_are_refused(tmp_path):
    (tmp_path / "exports").mkdir()
    (tmp_path / "exports" / "graph.ttl").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="E526.*not empty and holds no store"):
        load_into_store(MINI, tmp_path / "exports")
    with pytest.raises(InputError, match="E524.*is a file"):
        load_into_store(MINI, tmp_path / "exports" / "graph.ttl")
    with pytest.raises(InputError, match="E525.*not an Oxigraph store"):
        store_size(tmp_path / "nowhere")
    assert not (tmp_path / "nowhere").exists()  # reading never creates a store
    with pytest.raises(InputError, match="E521.*no such graph file"):
        load_into_store(tmp_path / "missing.ttl", tmp_path / "store")
    with pytest.raises(InputError, match="E520.*cannot tell the RDF format"):
        load_into_store(tmp_path / "article.txt", tmp_path / "store")
    assert os.listdir(tmp_path) == ["exports"] or sorted(os.listdir(tmp_path)) == [".kg", "exports"]
