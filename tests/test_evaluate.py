"""kg.evaluate.score and kg.evaluate.gold: metric definitions on tiny hand-built graphs, thresholds, CLI."""

from __future__ import annotations

import copy
import csv
import json
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EXIT_INVALID, EXIT_USAGE, InputError
from kg.evaluate.score import check_thresholds, evaluate
from kg.evaluate.gold import load_gold, norm

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
K = Namespace("https://example.org/onto#")
SCHEMA = Namespace("https://schema.org/")
ID = Namespace("https://example.org/id/")

# One call told by two articles (must merge), an earlier, different call between the same two
# leaders told by a third (must stay apart), a minister who is not a leader, a planned follow-up.
GOLD = {
    "articles": {
        "a1.txt": {
            "published": "2025-03-10",
            "entities": [
                {"name": "Emmanuel Macron", "type": "Leader", "aliases": ["Macron", "President Macron"]},
                {"name": "Friedrich Merz", "type": "Leader", "aliases": ["Merz"]},
                {"name": "Jean-Noël Barrot", "type": "Person", "aliases": ["Barrot"]},
                {"name": "Reuters", "type": "Outlet", "aliases": []},
                {"name": "France", "type": "Country", "aliases": []},
            ],
            "calls": [
                {"id": "c1", "event": "E_mm_0309", "participants": ["Emmanuel Macron", "Friedrich Merz"],
                 "caller": "Emmanuel Macron", "date": "2025-03-09", "status": "occurred", "required": True},
                {"id": "c2", "event": "P_mm_next", "participants": ["Emmanuel Macron", "Friedrich Merz"],
                 "caller": None, "date": None, "status": "planned", "required": False},
            ],
            "reported_by": [{"call": "c1", "outlet": "Reuters", "required": True}],
        },
        "a2.txt": {
            "published": "2025-03-11",
            "entities": [
                {"name": "Emmanuel Macron", "type": "Leader", "aliases": ["Macron"]},
                {"name": "Friedrich Merz", "type": "Leader", "aliases": ["Merz", "Chancellor Merz"]},
                {"name": "Le Monde", "type": "Outlet", "aliases": []},
            ],
            "calls": [
                {"id": "c1", "event": "E_mm_0309", "participants": ["Emmanuel Macron", "Friedrich Merz"],
                 "caller": None, "date": "2025-03-09", "status": "occurred", "required": True},
            ],
            "reported_by": [{"call": "c1", "outlet": "Le Monde", "required": True}],
        },
        "a3.txt": {
            "published": "2025-03-02",
            "entities": [
                {"name": "Emmanuel Macron", "type": "Leader", "aliases": ["Macron"]},
                {"name": "Friedrich Merz", "type": "Leader", "aliases": ["Merz"]},
            ],
            "calls": [
                {"id": "c1", "event": "E_mm_0301", "participants": ["Friedrich Merz", "Emmanuel Macron"],
                 "caller": "Friedrich Merz", "date": "2025-03-01", "status": "occurred", "required": True},
            ],
            "reported_by": [],
        },
    }
}


def _slug(name: str) -> str:
    return norm(name).replace(" ", "_")


def perfect_graph(gold: dict) -> Graph:
    """The graph a flawless builder would make from ``gold``: one node per entity and per event."""
    g = Graph()
    types = {}
    for fname, art in gold["articles"].items():
        g.add((ID["art/" + fname], SCHEMA.identifier, Literal(fname)))
        for ent in art["entities"]:
            types[ent["name"]] = ent["type"]
    for name, kind in types.items():
        node = ID[_slug(name)]
        g.add((node, RDFS.label, Literal(name)))
        if kind in ("Leader", "Outlet"):
            g.add((node, RDF.type, K[kind]))
    for fname, art in gold["articles"].items():
        calls = {c["id"]: c for c in art["calls"]}
        for c in calls.values():
            node = ID["call/" + c["event"]]
            g.add((ID["art/" + fname], SCHEMA.mentions, node))
            g.add((node, RDF.type, K.Call))
            g.add((node, K.status, K[c["status"].capitalize()]))
            if c["date"]:
                g.add((node, SCHEMA.startDate, Literal(c["date"], datatype=XSD.date)))
            leaders = [p for p in c["participants"] if types[p] == "Leader"]
            for p in c["participants"]:
                g.add((node, K.participant, ID[_slug(p)]))
            if c["status"] == "occurred":
                for i, a in enumerate(leaders):
                    for b in leaders[i + 1:]:
                        g.add((ID[_slug(a)], K.called, ID[_slug(b)]))
        for rb in art["reported_by"]:
            g.add((ID["call/" + calls[rb["call"]]["event"]], K.reportedBy, ID[_slug(rb["outlet"])]))
    return g


PERFECT = {
    "call_nodes": 3, "call_precision": 1.0, "call_recall": 1.0, "call_f1": 1.0,
    "events_gold_occurred": 2, "events_system_occurred": 2, "event_merge_recall": 1.0,
    "event_overmerged_nodes": 0, "date_accuracy": 1.0, "status_accuracy": 1.0,
    "reported_by_precision": 1.0, "reported_by_recall": 1.0, "reported_by_f1": 1.0,
    "leader_recall": 1.0, "person_recall": 1.0, "outlet_recall": 1.0, "leader_typing": 1.0,
    "outlet_typing": 1.0, "non_leaders_typed_leader": 0, "split_entities": 0, "called_edge_recall": 1.0,
}


def test_perfect_graph_scores_full_marks():
    result = evaluate(perfect_graph(GOLD), GOLD)
    assert {k: v for k, v in result.metrics.items() if k != "triples"} == PERFECT
    assert result.misses == []
    assert result.namespace == str(K)


def test_missing_call_lowers_recall_only():
    g = perfect_graph(GOLD)
    g.remove((ID["art/a3.txt"], SCHEMA.mentions, ID["call/E_mm_0301"]))
    result = evaluate(g, GOLD)
    assert result.metrics["call_recall"] == 0.667  # 2 of 3 required mentions
    assert result.metrics["call_precision"] == 1.0
    assert result.metrics["call_f1"] == 0.8
    assert "missed call ['Friedrich Merz', 'Emmanuel Macron'] in a3.txt" in result.misses


def test_spurious_call_lowers_precision():
    g = perfect_graph(GOLD)
    g.add((ID["call/x"], RDF.type, K.Call))
    g.add((ID["call/x"], K.participant, ID["emmanuel_macron"]))
    g.add((ID["call/x"], K.participant, ID["jean_noel_barrot"]))
    g.add((ID["art/a1.txt"], SCHEMA.mentions, ID["call/x"]))
    result = evaluate(g, GOLD)
    assert result.metrics["call_precision"] == 0.75
    assert any(m.startswith("spurious call ['Emmanuel Macron', 'Jean-Noël Barrot']") for m in result.misses)


def test_split_entity_is_counted():
    g = perfect_graph(GOLD)
    g.add((ID["merz2"], RDFS.label, Literal("Chancellor Merz")))
    result = evaluate(g, GOLD)
    assert result.metrics["split_entities"] == 1
    assert "Friedrich Merz is split over 2 nodes" in result.misses


def test_minister_typed_leader_is_counted():
    g = perfect_graph(GOLD)
    g.add((ID["jean_noel_barrot"], RDF.type, K.Leader))
    result = evaluate(g, GOLD)
    assert result.metrics["non_leaders_typed_leader"] == 1
    assert "Jean-Noël Barrot is typed as a leader" in result.misses


def test_wrong_date_lowers_date_accuracy():
    g = perfect_graph(GOLD)
    node = ID["call/E_mm_0301"]
    g.set((node, SCHEMA.startDate, Literal("2025-03-02", datatype=XSD.date)))
    result = evaluate(g, GOLD)
    assert result.metrics["date_accuracy"] == 0.5
    assert "date of E_mm_0301: gold 2025-03-01, system [['2025-03-02']]" in result.misses


def test_datetime_is_cut_to_its_date():
    g = perfect_graph(GOLD)
    node = ID["call/E_mm_0301"]
    g.set((node, SCHEMA.startDate, Literal("2025-03-01T21:30:00", datatype=XSD.dateTime)))
    assert evaluate(g, GOLD).metrics["date_accuracy"] == 1.0


def test_distinct_events_merged_into_one_node_are_counted():
    g = perfect_graph(GOLD)
    g.remove((ID["call/E_mm_0301"], None, None))
    g.remove((None, None, ID["call/E_mm_0301"]))
    g.add((ID["art/a3.txt"], SCHEMA.mentions, ID["call/E_mm_0309"]))
    result = evaluate(g, GOLD)  # one node now stands for both calls
    assert result.metrics["event_overmerged_nodes"] == 1
    assert result.metrics["events_system_occurred"] == 1
    assert any("merges distinct events ['E_mm_0301', 'E_mm_0309']" in m for m in result.misses)


def test_same_call_on_two_nodes_is_a_split_event():
    g = perfect_graph(GOLD)
    old, new = ID["call/E_mm_0309"], ID["call/E_mm_0309_bis"]
    g.remove((ID["art/a2.txt"], SCHEMA.mentions, old))
    g.add((ID["art/a2.txt"], SCHEMA.mentions, new))
    for p, o in list(g.predicate_objects(old)):
        g.add((new, p, o))
    result = evaluate(g, GOLD)
    assert result.metrics["event_merge_recall"] == 0.0
    assert result.metrics["events_system_occurred"] == 3
    assert result.metrics["call_recall"] == 1.0


def test_wrong_status_and_missing_outlet():
    g = perfect_graph(GOLD)
    g.set((ID["call/E_mm_0301"], K.status, K.Planned))
    g.remove((ID["call/E_mm_0309"], K.reportedBy, ID["le_monde"]))
    m = evaluate(g, GOLD).metrics
    assert m["status_accuracy"] == 0.667
    assert m["events_system_occurred"] == 1
    assert (m["reported_by_precision"], m["reported_by_recall"], m["reported_by_f1"]) == (1.0, 0.5, 0.667)


def test_missing_types_and_entities():
    g = perfect_graph(GOLD)
    g.remove((ID["reuters"], RDF.type, K.Outlet))
    g.remove((ID["jean_noel_barrot"], None, None))
    g.remove((None, K.called, None))
    m = evaluate(g, GOLD).metrics
    assert (m["outlet_typing"], m["person_recall"], m["called_edge_recall"]) == (0.5, 0.0, 0.0)


def test_no_call_class_scores_zero():
    g = Graph()
    g.add((ID["x"], RDFS.label, Literal("Emmanuel Macron")))
    result = evaluate(g, GOLD)
    assert result.namespace is None
    assert result.metrics["call_recall"] == 0.0
    assert result.metrics["call_precision"] is None
    assert result.misses[0] == "no node is typed with a class whose local name is 'Call'"


# Written by hand, with http schema, identifiers without extension, skos/schema labels and a
# status given as a literal; the same figures were checked against the reference scorer.
HAND_TURTLE = """
@prefix o: <http://example.net/vocab/> .
@prefix s: <http://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix : <http://example.net/data/> .

:a1 s:identifier "a1" ; s:mentions :call1 .
:a2 s:identifier "a2" ; s:mentions :call1 , :call2 .
:a3 s:identifier "a3.txt" ; s:mentions :call1 .
:call1 a o:Call ; o:participant :macron , :merz ;
    s:startDate "2025-03-09"^^<http://www.w3.org/2001/XMLSchema#date> ;
    o:reportedBy :reuters , :lemonde ; o:status o:Occurred .
:call2 a o:Call ; o:participant :merz , :barrot ; o:status "planned" .
:macron a o:Leader ; skos:prefLabel "President Macron" .
:merz a o:Leader ; s:name "Merz" .
:merz_again s:alternateName "Friedrich Merz" .
:barrot a o:Leader ; s:name "Jean-Noel Barrot" .
:reuters a o:Outlet ; s:name "Reuters" .
:lemonde s:name "LE MONDE" .
:macron o:called :merz .
"""

HAND_EXPECTED = {
    "call_nodes": 2, "call_precision": 0.75, "call_recall": 1.0, "call_f1": 0.857,
    "events_gold_occurred": 2, "events_system_occurred": 1, "event_merge_recall": 1.0,
    "event_overmerged_nodes": 1, "date_accuracy": 0.5, "status_accuracy": 1.0,
    "reported_by_precision": 1.0, "reported_by_recall": 1.0, "reported_by_f1": 1.0,
    "leader_recall": 1.0, "person_recall": 1.0, "outlet_recall": 1.0, "leader_typing": 1.0,
    "outlet_typing": 0.5, "non_leaders_typed_leader": 1, "split_entities": 1,
    "called_edge_recall": 1.0, "triples": 29,
}


@pytest.mark.parametrize("suffix,fmt", [(".ttl", "turtle"), (".nt", "nt")])
def test_hand_written_graph_from_file(tmp_path, suffix, fmt):
    path = tmp_path / ("graph" + suffix)
    path.write_text(Graph().parse(data=HAND_TURTLE, format="turtle").serialize(format=fmt), encoding="utf-8")
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps(GOLD), encoding="utf-8")
    result = evaluate(path, gold_path)
    assert result.metrics == HAND_EXPECTED
    assert result.namespace == "http://example.net/vocab/"


def test_unreadable_inputs_raise_input_error(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(InputError, match="bad.ttl"):
        evaluate(bad, GOLD)
    with pytest.raises(InputError, match="nothere.json"):
        evaluate(Graph(), tmp_path / "nothere.json")
    broken = copy.deepcopy(GOLD)
    del broken["articles"]["a1.txt"]["calls"][0]["event"]
    with pytest.raises(InputError, match="expected format"):
        load_gold(broken)


def test_check_thresholds():
    metrics = {"call_f1": 0.8, "split_entities": 0, "date_accuracy": None}
    assert check_thresholds(metrics, ["call_f1>=0.8", "split_entities <= 0", "call_f1 < 0.9"]) == []
    failed = check_thresholds(metrics, ["call_f1>=0.9", "date_accuracy>=0.5", "split_entities==0"])
    assert failed == ["call_f1 = 0.8, wanted >= 0.9", "date_accuracy = None (nothing to measure), wanted >= 0.5"]
    with pytest.raises(InputError, match="cannot read the requirement"):
        check_thresholds(metrics, ["call_f1 about 0.9"])
    with pytest.raises(InputError, match="unknown metric 'recall'"):
        check_thresholds(metrics, ["recall>=0.9"])


@pytest.fixture()
def graph_and_gold(tmp_path) -> tuple[Path, Path]:
    graph, gold = tmp_path / "graph.ttl", tmp_path / "gold.json"
    perfect_graph(GOLD).serialize(graph, format="turtle")
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    return graph, gold


def test_cli_evaluate_passes(graph_and_gold, tmp_path):
    graph, gold = graph_and_gold
    out = tmp_path / "eval.json"
    result = CliRunner().invoke(app, ["evaluate", str(graph), "--gold", str(gold),
                                      "--require", "call_f1>=0.9", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "call_f1                   1.0" in result.output
    assert "calls:       precision 1.0  recall 1.0  f1 1.0" in result.output
    assert json.loads(out.read_text(encoding="utf-8"))["metrics"]["event_merge_recall"] == 1.0


def test_cli_evaluate_fails_a_requirement(graph_and_gold):
    graph, gold = graph_and_gold
    g = Graph().parse(graph)
    g.remove((None, K.called, None))
    g.serialize(graph, format="turtle")
    result = CliRunner().invoke(app, ["evaluate", str(graph), "--gold", str(gold),
                                      "--require", "called_edge_recall>=0.5", "--require", "call_f1>=0.9"])
    assert result.exit_code == EXIT_INVALID
    assert "missing called edge ['Emmanuel Macron', 'Friedrich Merz']" in result.output
    assert "called_edge_recall = 0.0, wanted >= 0.5" in result.output
    assert "call_f1" not in result.output.split("failed:")[-1]


def test_cli_evaluate_bad_requirement_is_a_usage_error(graph_and_gold):
    graph, gold = graph_and_gold
    result = CliRunner().invoke(app, ["evaluate", str(graph), "--gold", str(gold), "--require", "f1 high"])
    assert result.exit_code == EXIT_USAGE
    assert "E703" in result.output


# --- the annotations shipped with the tests --------------------------------------------------


@pytest.mark.parametrize("gold_path", [HERE / "data" / "seeds-gold.json", HERE / "data" / "fixtures-gold.json"],
                         ids=["seeds", "fixtures"])
def test_shipped_annotation_scores_full_marks_on_its_perfect_graph(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    m = evaluate(perfect_graph(gold), gold).metrics
    ratios = {k: v for k, v in m.items() if isinstance(v, float)}
    assert set(ratios.values()) == {1.0}, ratios
    assert (m["non_leaders_typed_leader"], m["split_entities"], m["event_overmerged_nodes"]) == (0, 0, 0)


def test_fixture_annotation_matches_the_articles():
    gold = json.loads((HERE / "data" / "fixtures-gold.json").read_text(encoding="utf-8"))["articles"]
    with (FIXTURES / "metadata.csv").open(encoding="utf-8", newline="") as fh:
        meta = {row["file"]: row for row in csv.DictReader(fh)}
    texts = {p.name for p in FIXTURES.glob("*.txt")}
    assert len(texts) >= 18
    assert set(gold) == set(meta) == texts
    for fname, art in gold.items():
        assert art["published"] == meta[fname]["published"], fname
        words = len((FIXTURES / fname).read_text(encoding="utf-8").split())
        assert 60 <= words <= 250, (fname, words)
        names = {e["name"] for e in art["entities"]}
        calls = {c["id"]: c for c in art["calls"]}
        for c in calls.values():
            assert set(c["participants"]) <= names and c["caller"] in names | {None}, (fname, c["id"])
            assert c["status"] in ("occurred", "planned", "denied", "attempted"), (fname, c["id"])
        for rb in art["reported_by"]:
            assert rb["call"] in calls and rb["outlet"] in names, (fname, rb)


def test_fixture_events_agree_across_articles():
    gold = load_gold(HERE / "data" / "fixtures-gold.json")
    for m in gold.mentions:
        ev = gold.events[m.event]
        assert m.date in (None, ev.date) and m.status == ev.status, (m.article, m.id)
    assert any(len(ev.articles) > 1 for ev in gold.events.values() if ev.counted)
