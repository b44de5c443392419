"""Our Turtle writer: blocks that every parser reads back as the statements given, names compacted
only where every consumer reads them the same way."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph

from graph_samples import ARTICLES, CALLS, ENTITIES
from kg.rdf.triples import DEFAULT, TripleMap
from kg.write import turtle

DATA = "https://w3id.org/newskg/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _parse(text: str) -> set[tuple[str, str, str]]:
    return {(str(t.subject), str(t.predicate), str(t.object))
            for t in ox.parse(input=text.encode("utf-8"), format=ox.RdfFormat.TURTLE)}


def test_blocks_read_back_as_the_statements():
    mapping = TripleMap(ENTITIES, graphs=False)
    quads = [q for c in CALLS for q in mapping.call(c)] + [q for a in ARTICLES for q in mapping.article(a)]
    statements = [(s, p, o) for s, p, o, g in quads if g == DEFAULT]
    text = turtle.header() + turtle.render(statements[: len(statements) // 2]) + turtle.render(statements[len(statements) // 2:])
    expected = {(str(t.subject), str(t.predicate), str(t.object)) for t in ox.parse(
        input="".join(f"{s} {p} {o} .\n" for s, p, o in statements).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)}
    assert _parse(text) == expected
    assert len(Graph().parse(data=text, format="turtle")) == len(expected)


def test_grouped_sorted_and_without_repeats():
    s, t = f"<{DATA}person/b-1>", f"<{DATA}person/a-1>"
    label, kind = "<http://www.w3.org/2000/01/rdf-schema#label>", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    block = turtle.render([(s, label, '"B"'), (t, label, '"A"'), (s, kind, "<https://schema.org/Person>"),
                           (s, label, '"B"'), (s, label, '"Bee"')])
    assert block == ('person:a-1 rdfs:label "A" .\n'
                     'person:b-1 a schema:Person ;\n\trdfs:label "B" , "Bee" .\n')
    assert turtle.render([]) == ""


def test_names_are_compacted_only_when_plain():
    odd = [f"<{DATA}article/x.y-1>", f"<{DATA}article/a/b>", f"<{DATA}call/-x>", "<https://example.org/p>"]
    p = "<https://w3id.org/newskg/ontology#endOffset>"
    block = turtle.render([(o, p, f'"5"^^<{XSD}integer>') for o in odd])
    for name in odd:
        assert name in block  # written in full: a dot, a slash or a leading hyphen
    assert 'kg:endOffset "5"^^xsd:integer' in block  # never a bare 5 (Virtuoso reads `1.` wrongly)
    assert len(_parse(turtle.header() + block)) == 4


def test_hostile_literals_survive():
    text = '"say \\"hi\\"\\nthere \u2028 \\\\ end"'
    block = turtle.header() + turtle.render([(f"<{DATA}evidence/e-1>", "<https://w3id.org/newskg/ontology#text>", text)])
    (found,) = _parse(block)
    assert found[2] == '"say \\"hi\\"\\nthere \u2028 \\\\ end"'
