"""kg.query.results: IRI display and the renderers (table, CSV, TSV, SPARQL JSON) on a hand-built
result with every kind of cell."""

from __future__ import annotations

import json

import pytest

from kg.errors import KgError
from kg.query.results import QueryResult, Term, compact, display, expand, render, to_csv, to_json, to_table, to_tsv


def test_compact_and_expand():
    assert compact("https://w3id.org/newskg/id/call/c1") == "id:call/c1"
    assert compact("https://w3id.org/newskg/ontology#Call") == "kg:Call"
    assert compact("http://www.wikidata.org/entity/Q155") == "wd:Q155"
    assert compact("urn:x:y") == "urn:x:y"
    assert compact("https://w3id.org/newskg/id/") == "https://w3id.org/newskg/id/"
    assert expand("id:call/c1") == "https://w3id.org/newskg/id/call/c1"
    assert expand("<urn:x:y>") == "urn:x:y"
    assert expand("Lula") == "Lula"
    assert expand("Note: Lula") == "Note: Lula"


SMALL = QueryResult(
    columns=("who", "n", "note"),
    rows=(("id:person/lula", "2", 'says "hi", twice'), ("x", "10", "line\nbreak\tand tab")),
    terms=(
        (
            Term("uri", "https://w3id.org/newskg/id/person/lula"),
            Term("literal", "2", "http://www.w3.org/2001/XMLSchema#integer"),
            Term("literal", 'says "hi", twice', lang="en"),
        ),
        (Term("bnode", "x"), Term("literal", "10", "http://www.w3.org/2001/XMLSchema#integer"), None),
    ),
)


def test_to_table_aligns_columns():
    assert to_table(SMALL) == (
        "who             n   note\n"
        "--------------  --  ------------------\n"
        'id:person/lula  2   says "hi", twice\n'
        "x               10  line break and tab\n"
        "(2 rows)"
    )
    assert to_table(QueryResult(("a",), ())) == "a\n-\n(0 rows)"


def test_to_csv_and_tsv():
    assert to_csv(SMALL) == 'who,n,note\nid:person/lula,2,"says ""hi"", twice"\nx,10,"line\nbreak\tand tab"\n'
    assert to_tsv(SMALL) == 'who\tn\tnote\nid:person/lula\t2\tsays "hi", twice\nx\t10\tline break and tab\n'


def test_to_json_is_sparql_results_json():
    assert json.loads(to_json(SMALL)) == {
        "head": {"vars": ["who", "n", "note"]},
        "results": {
            "bindings": [
                {
                    "who": {"type": "uri", "value": "https://w3id.org/newskg/id/person/lula"},
                    "n": {"type": "literal", "value": "2", "datatype": "http://www.w3.org/2001/XMLSchema#integer"},
                    "note": {"type": "literal", "value": 'says "hi", twice', "xml:lang": "en"},
                },
                {
                    "who": {"type": "bnode", "value": "x"},
                    "n": {"type": "literal", "value": "10", "datatype": "http://www.w3.org/2001/XMLSchema#integer"},
                },
            ]
        },
    }


def test_render_rejects_an_unknown_format():
    assert render(SMALL, "csv") == to_csv(SMALL)
    with pytest.raises(KgError, match="unknown output format 'xml'"):
        render(SMALL, "xml")


def test_display_of_each_kind_of_cell():
    assert display(None) == ""
    assert display(Term("uri", "https://w3id.org/newskg/ontology#Call")) == "kg:Call"
    assert display(Term("bnode", "b0")) == "_:b0"
    assert display(Term("literal", "2025-03-10", "http://www.w3.org/2001/XMLSchema#date")) == "2025-03-10"


def test_ask_as_json_and_csv():
    ask = QueryResult(("ask",), (("false",),), kind="ask", boolean=False)
    assert json.loads(to_json(ask)) == {"head": {}, "boolean": False}
    assert to_csv(ask) == "ask\nfalse\n"
