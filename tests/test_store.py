"""kg.store.local: loading graph files into a persistent Oxigraph store, on a real store on disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.errors import InputError
from kg.store.local import is_store, load_into_store, store_size, with_store

MINI = Path(__file__).parent / "data" / "mini.ttl"
MINI_TRIPLES = len(Graph().parse(MINI))

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
    assert is_store(store)
    assert store_size(store) == MINI_TRIPLES


def test_loading_the_same_file_again_changes_nothing(tmp_path):
    store = tmp_path / "store"
    load_into_store(MINI, store)
    again = load_into_store(MINI, store)
    assert (again.read, again.added, again.total) == (MINI_TRIPLES, 0, MINI_TRIPLES)
    assert store_size(store) == MINI_TRIPLES


def test_the_same_graph_in_another_format_adds_nothing(tmp_path):
    store = tmp_path / "store"
    nt = tmp_path / "mini.nt"
    Graph().parse(MINI).serialize(nt, format="nt", encoding="utf-8")
    load_into_store(MINI, store)
    assert load_into_store(nt, store).added == 0


def test_named_graphs_are_merged_into_the_default_graph(tmp_path):
    store = tmp_path / "store"
    triples = Graph().parse(MINI).serialize(format="nt", encoding="utf-8").decode("utf-8")
    trig = tmp_path / "graph.trig"
    trig.write_text("{\n" + triples + "}\n<urn:x:g> {\n" + triples + "}\n", encoding="utf-8")
    report = load_into_store(trig, store)
    assert (report.read, report.added, report.total) == (2 * MINI_TRIPLES, MINI_TRIPLES, MINI_TRIPLES)
    assert load_into_store(MINI, store).added == 0


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
    assert store_size(store) == MINI_TRIPLES  # nothing of the file's valid first lines went in


def test_the_store_is_released_after_an_error_in_use(tmp_path):
    store = tmp_path / "store"
    load_into_store(MINI, store)

    def fail(_store):
        raise InputError("E999", "boom")

    with pytest.raises(InputError, match="boom") as caught:
        with_store(store, fail)
    assert caught.value is not None  # the traceback is still alive here...
    assert store_size(store) == MINI_TRIPLES  # ...and the lock is not


def test_opening_a_store_twice_is_a_clear_error(tmp_path):
    store = tmp_path / "store"
    load_into_store(MINI, store)
    with pytest.raises(InputError, match=r"E527.*the store is in use"):
        with_store(store, lambda _opened: load_into_store(MINI, store))
    assert store_size(store) == MINI_TRIPLES


def test_a_read_only_open_shares_the_store_and_never_creates_one(tmp_path):
    store = tmp_path / "store"
    load_into_store(MINI, store)
    # a writer holds the store: a reader still gets in, and sees everything
    assert with_store(store, lambda _w: with_store(store, len, read_only=True)) == MINI_TRIPLES
    assert with_store(store, lambda _r: with_store(store, len, read_only=True), read_only=True) == MINI_TRIPLES
    with pytest.raises(InputError, match="E525.*not an Oxigraph store"):
        with_store(tmp_path / "nowhere", len, read_only=True, create=True)
    assert not (tmp_path / "nowhere").exists()


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
