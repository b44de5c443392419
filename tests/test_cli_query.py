"""The `kg query`, `kg load` and `kg validate` commands, run through typer's CliRunner on real
files, stores and (for the endpoint wiring) a closed local port."""

from __future__ import annotations

import json
import socket
from pathlib import Path

from rdflib import Graph, Namespace
from typer.testing import CliRunner

from kg.cli import app

MINI = Path(__file__).parent / "data" / "mini.ttl"
MINI_TRIPLES = len(Graph().parse(MINI))
KG = Namespace("https://w3id.org/newskg/ontology#")
ID = Namespace("https://w3id.org/newskg/id/")

runner = CliRunner()


def kg(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def test_query_list_names_every_query_and_its_parameters():
    result = kg("query", "--list")
    assert result.exit_code == 0, result.output
    names = [line.split()[0] for line in result.stdout.splitlines() if not line.startswith(" ")]
    assert names == ["calls", "evidence", "multi-sourced", "outlets", "summary", "timeline", "top-leaders"]
    assert "timeline       One person's calls  (--param person=...)" in result.stdout


def test_query_by_name_as_a_table():
    result = kg("query", "multi-sourced", "--graph", MINI)
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "call        date        status    sources  outlets\n"
        "----------  ----------  --------  -------  ------------\n"
        "id:call/c1  2025-03-10  occurred  2        NHK, Reuters\n"
        "(1 row)\n"
    )


def test_query_with_a_parameter_as_csv():
    result = kg("query", "--name", "timeline", "-g", MINI, "--param", "person=ishiba", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "date,status,medium,with,outlets,call\n"
        "2025-03-10,occurred,phone,Luiz Inácio Lula da Silva,\"NHK, Reuters\",id:call/c1\n"
        ",planned,,William Ruto,NHK,id:call/c3\n"
    )


def test_query_json_and_tsv():
    result = kg("query", "top-leaders", "-g", MINI, "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["head"]["vars"] == ["leader", "country", "calls", "occurred"]
    assert doc["results"]["bindings"][0]["leader"] == {"type": "literal", "value": "William Ruto"}
    tsv = kg("query", "top-leaders", "-g", MINI, "--format", "tsv")
    assert tsv.stdout.splitlines()[1] == "William Ruto\tKenya\t3\t2"


def test_query_sparql_text_and_file(tmp_path):
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    result = kg("query", text, "-g", MINI, "--format", "csv")
    assert result.stdout == f"n\n{MINI_TRIPLES}\n"
    rq = tmp_path / "leaders.rq"
    rq.write_text(
        "# title: Leaders\nSELECT ?l WHERE { ?l a <https://w3id.org/newskg/ontology#Leader> } ORDER BY ?l\n",
        encoding="utf-8",
    )
    result = kg("query", "--file", rq, "-g", MINI, "--format", "csv")
    assert result.stdout == "l\nid:person/ishiba\nid:person/lula\nid:person/ruto\n"


def test_query_user_errors_exit_1_or_2_with_a_message(tmp_path):
    usage = [  # the command line is wrong: exit 2, with the usage line
        (("query", "calz", "-g", MINI), "no query named 'calz'; available: calls"),
        (("query", "timeline", "-g", MINI), "needs --param person="),
        (("query", "timeline", "-g", MINI, "-p", "person"), "write it as KEY=VALUE"),
        (("query", "calls", "-g", MINI, "--format", "xml"), "unknown output format 'xml'"),
        (("query", "-g", MINI), "give exactly one query"),
        (("query", "calls", "--name", "calls", "-g", MINI), "give exactly one query"),
        (("query", "calls", "-g", MINI, "--store", tmp_path), "give --graph or --store, not both"),
    ]
    errors = [  # the command could not do its work: exit 1
        (("query", "calls", "-g", tmp_path / "none.ttl"), "no such graph file"),
        (("query", "SELECT ?x WHERE {", "-g", MINI), "does not parse"),
    ]
    for cases, code in ((usage, 2), (errors, 1)):
        for args, message in cases:
            result = kg(*args)
            assert result.exit_code == code, (args, result.output)
            assert message in result.output, (args, result.output)


def test_load_twice_then_query_the_store(tmp_path):
    store = tmp_path / "store"
    first = kg("load", MINI, "--store", store)
    assert first.exit_code == 0, first.output
    assert first.stdout.splitlines()[-1] == (
        f"loaded {MINI_TRIPLES} triples ({MINI_TRIPLES} new) into {store}; it now holds {MINI_TRIPLES}"
    )
    again = kg("load", MINI, "--store", store)
    assert again.exit_code == 0, again.output
    assert f"loaded {MINI_TRIPLES} triples (0 new) into {store}" in again.stdout
    result = kg("query", "calls", "--store", store, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1].startswith("id:call/c1,2025-03-10,occurred,phone,")


def test_load_several_files_sums_them(tmp_path):
    extra = tmp_path / "extra.nt"
    extra.write_text(f'<{ID["person/ruto"]}> <urn:x:nick> "Bill" .\n', encoding="utf-8")
    result = kg("load", MINI, extra, "--store", tmp_path / "store")
    assert result.exit_code == 0, result.output
    assert f"loaded {MINI_TRIPLES + 1} triples ({MINI_TRIPLES + 1} new)" in result.stdout
    assert f"  {extra}: 1 statements read, 1 new triples" in result.stdout


def test_load_needs_a_target(tmp_path):
    result = kg("load", MINI)
    assert result.exit_code == 2
    assert "--store DIR and/or --endpoint URL" in result.output
    result = kg("load", MINI, "--store", tmp_path / "s", "--graph-iri", "urn:x:g")
    assert result.exit_code == 2
    assert "--graph-iri applies to --endpoint only" in result.output


def test_load_to_an_endpoint_that_is_down_exits_4(tmp_path):
    with socket.socket() as sock:  # a port nobody listens on once the socket is closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = kg("load", MINI, "--endpoint", f"http://127.0.0.1:{port}/store", "--timeout", "5")
    assert result.exit_code == 4, result.output
    assert "connection refused" in result.output


def test_validate_passes_on_the_mini_graph():
    result = kg("validate", MINI)
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{MINI}: conforms to the newskg shapes\n"


def test_validate_fails_with_exit_3_and_one_line_per_violation(tmp_path):
    g = Graph().parse(MINI)
    g.remove((ID["call/c3"], KG.participant, ID["person/ruto"]))
    g.add((ID["call/c2"], KG.reportedBy, ID["country/kenya"]))
    bad = tmp_path / "bad.ttl"
    g.serialize(bad, format="turtle")
    result = kg("validate", bad)
    assert result.exit_code == 3, result.output
    assert result.stdout == (
        "does not conform: 2 violations\n"
        "Violation: id:call/c2 kg:reportedBy: kg:reportedBy must point at a kg:Outlet [value: id:country/kenya]\n"
        "Violation: id:call/c3 kg:participant: a call needs at least two kg:participant\n"
    )
    assert f"{bad}: 2 SHACL violation(s)" in result.stderr
