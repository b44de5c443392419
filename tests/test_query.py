"""kg.query.run: the shipped named queries row by row on tests/data/mini.ttl, parameters, result
kinds and sources (graph files of several formats, a store)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph

from kg.errors import InputError, KgError
from kg.query.run import (
    bind_params,
    get_query,
    list_queries,
    load_query,
    parse_query,
    read_query_file,
    run_query,
    to_json,
)
from kg.store.local import load_into_store

MINI = Path(__file__).parent / "data" / "mini.ttl"
LULA = "Luiz Inácio Lula da Silva"

EXPECTED = {
    "calls": (
        ("call", "date", "status", "medium", "participants", "outlets", "articles"),
        [
            ("id:call/c1", "2025-03-10", "occurred", "phone", f"{LULA}, Shigeru Ishiba", "NHK, Reuters", "a1.txt"),
            ("id:call/c2", "2025-04-02", "occurred", "video", f"{LULA}, William Ruto", "Reuters", "a1.txt"),
            ("id:call/c3", "", "planned", "", "Shigeru Ishiba, William Ruto", "NHK", "a2.txt"),
        ],
    ),
    "timeline": (
        ("date", "status", "medium", "with", "outlets", "call"),
        [
            ("2025-04-02", "occurred", "video", LULA, "Reuters", "id:call/c2"),
            ("2025-04-05", "occurred", "phone", "Mauro Vieira", "NHK", "id:call/c4"),
            ("", "planned", "", "Shigeru Ishiba", "NHK", "id:call/c3"),
        ],
    ),
    "outlets": (
        ("outlet", "kind", "calls", "reported"),
        [
            (
                "NHK",
                "Broadcaster",
                "3",
                "Ishiba – Ruto call (planned); Lula – Ishiba call, 2025-03-10; Ruto – Vieira call, 2025-04-05",
            ),
            ("Reuters", "NewsAgency", "2", "Lula – Ishiba call, 2025-03-10; Lula – Ruto call, 2025-04-02"),
        ],
    ),
    "top-leaders": (
        ("leader", "country", "calls", "occurred"),
        [("William Ruto", "Kenya", "3", "2"), (LULA, "Brazil", "2", "2"), ("Shigeru Ishiba", "Japan", "2", "1")],
    ),
    "multi-sourced": (
        ("call", "date", "status", "sources", "outlets"),
        [("id:call/c1", "2025-03-10", "occurred", "2", "NHK, Reuters")],
    ),
    "evidence": (
        ("call", "supports", "article", "start", "end", "text"),
        [
            ("id:call/c1", "call", "a1.txt", "0", "57", "Lula phoned Shigeru Ishiba on March 10 for forty minutes."),
            ("id:call/c1", "reported by NHK", "a1.txt", "61", "89", "NHK first reported the call."),
            ("id:call/c3", "call", "a2.txt", "0", "47", "Ruto is expected to speak with Ishiba by phone."),
        ],
    ),
    "summary": (
        ("type", "count"),
        [
            ("kg:Evidence", "5"),
            ("schema:Event", "4"),
            ("schema:Person", "4"),
            ("kg:Call", "4"),
            ("schema:Country", "3"),
            ("kg:Leader", "3"),
            ("schema:NewsArticle", "2"),
            ("schema:Organization", "2"),
            ("kg:Outlet", "2"),
            ("kg:Attribution", "1"),
            ("kg:Broadcaster", "1"),
            ("kg:NewsAgency", "1"),
        ],
    ),
}
PARAMS = {"timeline": {"person": "Ruto"}, "evidence": {"call": "Ishiba"}}


def test_the_shipped_queries_are_listed_with_their_headers():
    queries = list_queries()
    assert [q.name for q in queries] == sorted(EXPECTED)
    for q in queries:
        assert q.title and q.title != q.name, q.name
        assert len(q.description) > 40, q.name
        assert "ORDER BY" in q.sparql, f"{q.name} must order its rows"
    assert {q.name: [p.name for p in q.params] for q in queries if q.params} == {
        "evidence": ["call"],
        "timeline": ["person"],
    }


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_named_query_rows_on_the_mini_graph(name):
    columns, rows = EXPECTED[name]
    result = run_query(MINI, load_query(name, PARAMS.get(name)))
    assert result.kind == "select"
    assert result.columns == columns
    assert list(result.rows) == rows


@pytest.mark.parametrize("person", ["lula", "LULA", "Lula da Silva", LULA, "luiz inácio lula da silva"])
def test_timeline_matches_labels_and_alternative_names_case_insensitively(person):
    result = run_query(MINI, load_query("timeline", {"person": person}))
    assert [row[-1] for row in result.rows] == ["id:call/c1", "id:call/c2"]


def test_timeline_of_an_unknown_person_is_empty():
    assert run_query(MINI, load_query("timeline", {"person": "Lul"})).rows == ()


@pytest.mark.parametrize(
    "call",
    ["id:call/c1", "https://w3id.org/newskg/id/call/c1", "<https://w3id.org/newskg/id/call/c1>"],
)
def test_evidence_takes_a_call_iri_in_any_spelling(call):
    result = run_query(MINI, load_query("evidence", {"call": call}))
    assert [row[:2] for row in result.rows] == [("id:call/c1", "call"), ("id:call/c1", "reported by NHK")]


def test_parameters_are_escaped_not_spliced():
    hostile = 'Ruto") } } SELECT * WHERE { ?s ?p ?o } #\n\\'
    sparql = load_query("timeline", {"person": hostile})
    assert '"Ruto\\") } } SELECT * WHERE { ?s ?p ?o } #\\n\\\\"' in sparql
    assert "$person" not in sparql
    assert run_query(MINI, sparql).rows == ()


def test_missing_unknown_and_misspelt_parameters_are_named():
    with pytest.raises(KgError, match=r"E504.*needs --param person=") as err:
        load_query("timeline")
    assert err.value.code == "E504"
    with pytest.raises(KgError, match=r"has no parameter who \(parameters: person\)"):
        load_query("timeline", {"person": "Lula", "who": "x"})
    with pytest.raises(KgError, match=r"no parameter limit \(parameters: none\)"):
        load_query("calls", {"limit": "3"})


def test_unknown_query_lists_the_available_ones():
    with pytest.raises(KgError, match="no query named 'call'; available: calls, evidence, multi-sourced"):
        get_query("call")


def test_user_query_file_with_its_own_parameter(tmp_path):
    path = tmp_path / "by-outlet.rq"
    path.write_text(
        "# title: Calls an outlet was cited for\n"
        "# param: outlet: the outlet's name\n"
        "PREFIX kg: <https://w3id.org/newskg/ontology#>\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT ?call WHERE { ?call kg:reportedBy/rdfs:label $outlet } ORDER BY ?call\n",
        encoding="utf-8",
    )
    named = read_query_file(path)
    assert (named.name, named.title, named.params[0].name) == ("by-outlet", "Calls an outlet was cited for", "outlet")
    assert run_query(MINI, bind_params(named, {"outlet": "NHK"})).rows == (("id:call/c1",),)
    with pytest.raises(InputError, match="cannot read the query file"):
        read_query_file(tmp_path / "missing.rq")


def test_undeclared_dollar_variables_stay_variables():
    named = parse_query("SELECT $s WHERE { $s a <https://w3id.org/newskg/ontology#Leader> } ORDER BY $s")
    assert named.params == () and named.title == "query"
    assert len(run_query(MINI, bind_params(named)).rows) == 3


def test_ask_gives_one_cell():
    result = run_query(MINI, "ASK { ?c a <https://w3id.org/newskg/ontology#Call> }")
    assert (result.kind, result.columns, result.rows, result.boolean) == ("ask", ("ask",), (("true",),), True)
    assert json.loads(to_json(result)) == {"head": {}, "boolean": True}
    assert run_query(MINI, "ASK { ?c a <urn:x:Nothing> }").rows == (("false",),)


def test_construct_gives_sorted_triples():
    result = run_query(
        MINI,
        "CONSTRUCT { ?b <urn:x:called> ?a } WHERE { ?a <https://w3id.org/newskg/ontology#called> ?b }",
    )
    assert result.kind == "graph"
    assert result.columns == ("subject", "predicate", "object")
    assert list(result.rows) == [
        ("id:person/ishiba", "urn:x:called", "id:person/lula"),
        ("id:person/lula", "urn:x:called", "id:person/ruto"),
        ("id:person/ruto", "urn:x:called", "id:person/lula"),
    ]


def test_a_bad_query_is_a_user_error():
    with pytest.raises(KgError, match="E509.*does not parse"):
        run_query(MINI, "SELECT ?x WHERE { ?x ")


def test_bad_sources_are_named(tmp_path):
    with pytest.raises(InputError, match="E521.*no such graph file"):
        run_query(tmp_path / "graph.ttl", "ASK {}")
    with pytest.raises(InputError, match=r"E520.*graph\.txt: cannot tell the RDF format"):
        run_query(tmp_path / "graph.txt", "ASK {}")
    with pytest.raises(InputError, match="E505.*not an Oxigraph store"):
        run_query(tmp_path, "ASK {}")
    broken = tmp_path / "broken.ttl"
    broken.write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match="E522.*broken.ttl: not valid Turtle"):
        run_query(broken, "ASK {}")


@pytest.mark.parametrize("fmt,ext", [("nt", ".nt"), ("json-ld", ".jsonld"), ("xml", ".rdf")])
def test_other_graph_formats_answer_the_same(tmp_path, fmt, ext):
    path = tmp_path / f"graph{ext}"
    Graph().parse(MINI).serialize(path, format=fmt, encoding="utf-8")
    assert run_query(path, load_query("calls")).rows == tuple(EXPECTED["calls"][1])


def test_trig_graphs_are_merged_so_no_row_repeats(tmp_path):
    # As the build's .trig does: the whole graph in the default graph, and again in a named one.
    triples = Graph().parse(MINI).serialize(format="nt", encoding="utf-8").decode("utf-8")
    path = tmp_path / "graph.trig"
    path.write_text("{\n" + triples + "}\n<urn:x:g> {\n" + triples + "}\n", encoding="utf-8")
    for name in ("calls", "top-leaders", "summary"):
        assert run_query(path, load_query(name)).rows == tuple(EXPECTED[name][1])
    assert run_query(path, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows == ((str(len(triples.splitlines())),),)


def test_a_store_answers_like_the_file(tmp_path):
    store = tmp_path / "store"
    load_into_store(MINI, store)
    assert run_query(store, load_query("multi-sourced")).rows == tuple(EXPECTED["multi-sourced"][1])
    # The store was let go: it can be queried (opened) again at once.
    assert run_query(store, load_query("summary")).rows == tuple(EXPECTED["summary"][1])


def test_json_of_a_real_result_keeps_dates_typed():
    doc = json.loads(to_json(run_query(MINI, load_query("calls"))))
    first = doc["results"]["bindings"][0]
    assert first["call"] == {"type": "uri", "value": "https://w3id.org/newskg/id/call/c1"}
    assert first["date"]["datatype"] == "http://www.w3.org/2001/XMLSchema#date"
    assert "date" not in doc["results"]["bindings"][2]  # unbound: left out, as the spec says
