"""kg.query.syntax: a SPARQL syntax error as one short message with the line, column and a caret,
on the real messages of pyoxigraph's parser."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.query.syntax import syntax_message


def _oxigraph_error(sparql: str) -> str:
    with pytest.raises(SyntaxError) as err:
        ox.Store().query(sparql)
    return str(err.value)


def test_the_offending_token_is_marked_on_its_line():
    sparql = "SELECT ?x WHERE {\n  ?x ?p ?o .\n  FILTER (?o > ) \n}"
    message = syntax_message(sparql, _oxigraph_error(sparql))
    first, line, caret = message.split("\n")
    assert first == "line 3, column 3: cannot read the query from 'FILTER' on"  # the clause that breaks
    assert line == "    FILTER (?o > ) " and caret.index("^") == line.index("FILTER")


def test_an_undeclared_prefix_is_named():
    sparql = "SELECT * WHERE { ?s a nope:Thing }"
    message = syntax_message(sparql, _oxigraph_error(sparql))
    assert message.splitlines()[0] == "line 1, column 23: unknown prefix 'nope:'; declare it with PREFIX"
    assert message.splitlines()[2].index("^") - 2 == sparql.index("nope:")


def test_a_query_cut_short_says_so_and_stays_short():
    sparql = "SELECT ?x WHERE { ?x ?p"
    message = syntax_message(sparql, _oxigraph_error(sparql))
    assert message.splitlines()[0] == "line 1, column 19: cannot read the query from '?' on"  # the triple cut short
    assert len(message) < 200


def test_an_unclosed_brace_is_the_end_of_the_query():
    sparql = "SELECT ?x WHERE { ?x ?p ?o"
    message = syntax_message(sparql, _oxigraph_error(sparql))
    assert message.splitlines()[0].endswith("the query ends too soon")


def test_a_grammar_list_is_cut_to_a_few_words():
    error = "error at 1:5: expected one of " + ", ".join(f"'T{i}'" for i in range(40)) + ", ['A'-'Z'], ['0'-'9']"
    message = syntax_message("SELE", error)  # rdflib does not parse it either, and says where
    assert "\n  SELE\n" in message and len(message.splitlines()[0]) < 120
