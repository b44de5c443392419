"""Strict parsers over a folder of exports, shared by the hostile-input and fuzzing tests.

``check_exports(folder)`` parses every export there with every strict consumer installed:
pyoxigraph and rdflib for the RDF files (Turtle, N-Triples, TriG, JSON-LD), the GraphML 1.0
schema (``tests/data/graphml``) and networkx for GraphML, networkx and lxml for GEXF, and
rapper (Raptor 2) for Turtle and N-Triples when it is on the PATH. It fails the test with the
consumer's own message and returns the article identifiers each file holds.
"""

from __future__ import annotations

import shutil
import subprocess
import warnings
from functools import lru_cache
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from lxml import etree
from rdflib import Dataset, Graph, URIRef

XSD = Path(__file__).resolve().parent / "data" / "graphml" / "graphml.xsd"
IDENTIFIER = "https://schema.org/identifier"
RDF_FORMATS = {
    "graph.ttl": (ox.RdfFormat.TURTLE, "turtle"),
    "graph.nt": (ox.RdfFormat.N_TRIPLES, "nt"),
    "graph.trig": (ox.RdfFormat.TRIG, "trig"),
    "graph.jsonld": (ox.RdfFormat.JSON_LD, "json-ld"),
}
RAPPER = {"graph.ttl": "turtle", "graph.nt": "ntriples"}


@lru_cache(maxsize=1)
def _graphml_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD)))


def check_exports(folder: Path) -> dict[str, set[str]]:
    """``{file name: article ids in it}`` for every export in ``folder``; asserts they parse."""
    ids: dict[str, set[str]] = {}
    for name, (ox_format, rdflib_format) in RDF_FORMATS.items():
        path = folder / name
        if not path.exists():
            continue
        quads = list(ox.parse(path=path, format=ox_format))
        found = {q.object.value for q in quads if q.predicate.value == IDENTIFIER}
        graph = Dataset() if name.endswith(".trig") else Graph()
        with warnings.catch_warnings():  # rdflib's TriG and JSON-LD parsers use its own deprecated API
            warnings.simplefilter("ignore", DeprecationWarning)
            graph.parse(path, format=rdflib_format)
        theirs = {str(o) for o in graph.objects(None, URIRef(IDENTIFIER))} if name != "graph.trig" else {
            str(q[2]) for q in graph.quads((None, URIRef(IDENTIFIER), None, None))}
        assert theirs == found, f"{name}: rdflib and pyoxigraph disagree on the article ids"
        if name in RAPPER and shutil.which("rapper"):
            run = subprocess.run(["rapper", "-q", "-i", RAPPER[name], "-c", str(path)],
                                 capture_output=True, text=True, timeout=120)
            assert run.returncode == 0, f"rapper refuses {name}: {run.stderr[-2000:]}"
        ids[name] = found
    graphml = folder / "graph.graphml"
    if graphml.exists():
        doc = etree.parse(str(graphml))
        schema = _graphml_schema()
        assert schema.validate(doc), f"graph.graphml breaks the GraphML schema: {schema.error_log}"
        g = nx.read_graphml(graphml)
        ids["graph.graphml"] = {str(d.get("identifier")) for _, d in g.nodes(data=True) if d.get("type") == "Article"}
    gexf = folder / "graph.gexf"
    if gexf.exists():
        etree.parse(str(gexf))
        g = nx.read_gexf(gexf)
        ids["graph.gexf"] = {str(d.get("identifier")) for _, d in g.nodes(data=True) if d.get("type") == "Article"}
    return ids
