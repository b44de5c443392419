"""The Python API (kg.build_graph, kg.query, kg.load): the README's example run as written, the
kinds of input and source it takes, and importing kg doing no work."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

import kg
from kg.errors import Exit, KgError
from kg.model import Article, ArticleMeta

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
MACRON = "Emmanuel Macron spoke by phone with Olaf Scholz on Monday."
TRUMP = "Donald Trump called Vladimir Putin on Wednesday."


def _block(marker: str, fence: str) -> str:
    block = README.split(f"<!-- {marker}:start -->\n")[1].split(f"<!-- {marker}:end -->")[0]
    return block.split(f"```{fence}\n", 1)[1].rsplit("```", 1)[0]


def _python(code: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


def test_the_readme_example_runs_as_written_and_prints_what_the_readme_shows(tmp_path):
    example = _block("api-example", "python")
    assert len([line for line in example.splitlines() if line.strip()]) <= 6
    run = _python(example, tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout == _block("api-output", "")
    assert run.stderr == ""  # the library prints nothing


def test_importing_kg_does_no_work():
    run = _python("import sys, kg; print(sorted(m for m in sys.modules if m.split('.')[0] in "
                  "('spacy', 'rdflib', 'pyoxigraph', 'networkx', 'matplotlib') or m.startswith('kg.')))", ROOT)
    assert run.returncode == 0 and run.stdout == "[]\n", run.stdout + run.stderr
    assert {"build_graph", "query", "load", "BuiltGraph"} <= set(kg.__all__) and "query" in dir(kg)


def test_dicts_and_articles_keep_their_metadata(tmp_path):
    article = Article(ArticleMeta("wire-1.txt", "wire-1.txt", date(2025, 2, 14), "Reuters", "https://x.test/1",
                                  "Trump and Putin speak"), TRUMP)
    record = {"maintext": MACRON, "date_publish": "2024-06-12 08:00:00", "outlet": "Le Monde", "id": "lm-7"}
    graph = kg.build_graph([article, record], tmp_path / "out", formats=["ttl", "nt"])
    assert (graph.articles, graph.calls, graph.violations, graph.skipped) == (2, 2, 0, ())
    assert [p.name for p in graph.files] == ["graph.ttl", "graph.nt"]
    calls = {r["participants"]: r for r in graph.query("calls").records()}
    assert calls["Donald Trump, Vladimir Putin"]["date"] == "2025-02-12"
    assert calls["Donald Trump, Vladimir Putin"]["outlets"] == "Reuters"
    assert calls["Donald Trump, Vladimir Putin"]["articles"] == "wire-1.txt"
    assert calls["Emmanuel Macron, Olaf Scholz"]["date"] == "2024-06-10"  # Monday before 12 June
    assert calls["Emmanuel Macron, Olaf Scholz"]["articles"] == "lm-7.txt"


def test_a_second_build_into_the_same_folder_reuses_the_facts(tmp_path):
    from kg.facts.store import FactsStore

    first = kg.build_graph([MACRON, TRUMP], tmp_path / "out")
    again = kg.build_graph([MACRON, TRUMP, "Nothing happened today."], tmp_path / "out")
    assert (first.articles, again.articles) == (2, 3)
    with FactsStore(tmp_path / "out" / ".kg" / "facts.sqlite") as store:
        assert store is not None  # the facts store is where kg build keeps it
    assert kg.query(tmp_path / "out", "SELECT (COUNT(*) AS ?n) WHERE { ?a a schema:NewsArticle }").rows == (("3",),)


def test_mentions_of_articles_without_a_call_are_asked_for(tmp_path):
    budget = {"text": "Finance Minister Tala Voss presented the budget in Nairobi on Tuesday.", "outlet": "Reuters"}
    people = "SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n } ORDER BY ?n"
    cued = kg.build_graph([budget, MACRON], tmp_path / "cued")
    every = kg.build_graph([budget, MACRON], tmp_path / "all", mentions="all")
    assert (cued.articles, cued.calls) == (every.articles, every.calls) == (2, 1)
    assert ("Tala Voss",) not in cued.query(people).rows and ("Tala Voss",) in every.query(people).rows
    with pytest.raises(KgError, match="E345"):
        kg.build_graph([MACRON], tmp_path / "other", mentions="none")


def test_query_takes_every_kind_of_source(tmp_path):
    graph = kg.build_graph([TRUMP], tmp_path / "out")
    sparql = "SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Call }"
    parsed = rdflib.Graph().parse(graph.out / "graph.ttl")
    dataset = rdflib.Dataset()
    dataset.graph(rdflib.URIRef("urn:x:g")).parse(graph.out / "graph.ttl")
    store = ox.Store()
    store.load(path=str(graph.out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    for source in (graph, graph.out, str(graph.out), graph.store, graph.out / "graph.ttl", parsed, dataset, store):
        assert kg.query(source, sparql).rows == (("1",),), source
    timeline = kg.query(parsed, "timeline", person="vladimir putin").records()
    assert [r["with"] for r in timeline] == ["Donald Trump"]


def test_run_query_on_something_else_is_a_kg_error_not_a_type_error():
    from kg.query.run import run_query

    with pytest.raises(KgError, match="E517.*cannot query a dict"):
        run_query({"not": "a graph"}, "ASK {}")
    with pytest.raises(KgError, match="E509"):
        kg.query(rdflib.Graph(), "SELECT ?x WHERE {")


def test_build_graph_refuses_what_is_not_a_text(tmp_path):
    with pytest.raises(KgError, match=re.escape("[E010] item 2: int is not a text")) as err:
        kg.build_graph([MACRON, 42], tmp_path / "out")
    assert err.value.exit_code == Exit.USAGE and not (tmp_path / "out").exists()
    with pytest.raises(KgError, match="E400"):
        kg.build_graph([MACRON], tmp_path / "out", formats=["docx"])


def test_load_into_a_store(tmp_path):
    graph = kg.build_graph([TRUMP, MACRON], tmp_path / "out", formats=["trig"])
    (report,) = kg.load(graph.out / "graph.trig", store=tmp_path / "store")
    assert report.added == graph.triples
    assert kg.query(tmp_path / "store", "top-leaders").rows[0][0] == "Donald Trump"
    with pytest.raises(KgError, match="E529"):
        kg.load(graph.out / "graph.trig")
