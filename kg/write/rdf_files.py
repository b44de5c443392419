"""The RDF exports, dumped by Oxigraph from the build's store: N-Triples, TriG, JSON-LD (and
Turtle for callers that want Oxigraph's; ``kg build`` writes its own, ``kg.write.turtle``).

Oxigraph writes straight from its on-disk indexes, in their order (by the terms' encoded form,
a fixed hash of each IRI and string): the same graph gives the same bytes whatever order its
statements were loaded in, and a statement keeps its place when others are added, so two
builds diff well. Turtle, N-Triples and JSON-LD hold the merged graph (the store's default
graph); TriG holds it too plus one named graph per article.

Prefixes: the data IRIs get one prefix per kind of resource (``person:``, ``call:``,
``article:``...), so a local name never holds a ``/``: Oxigraph would escape it (``id:call\\/x``),
which Virtuoso 7.2 stores with the backslash; ``tests/test_virtuoso.py`` loads the export there.
JSON-LD is written in expanded form (no ``@context``), as Oxigraph streams it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from kg.rdf.ids import PATHS
from kg.rdf.vocab import DATA, PREFIXES

if TYPE_CHECKING:
    import pyoxigraph

__all__ = ["RDF_FORMATS", "FILE_PREFIXES", "write_rdf"]

#: Export format -> pyoxigraph format name, and whether the file holds the named graphs.
RDF_FORMATS = {"ttl": ("TURTLE", False), "nt": ("N_TRIPLES", False), "trig": ("TRIG", True),
               "jsonld": ("JSON_LD", False)}
FILE_PREFIXES = {
    **{prefix: ns for prefix, ns in PREFIXES.items() if prefix != "id"},
    **{path: f"{DATA}{path}/" for path in PATHS},
}


def write_rdf(store: "pyoxigraph.Store", fmt: str, fh: BinaryIO) -> None:
    """Dump ``store`` as ``fmt`` (a key of ``RDF_FORMATS``) into the binary file ``fh``."""
    import pyoxigraph as ox

    name, dataset = RDF_FORMATS[fmt]
    rdf_format = getattr(ox.RdfFormat, name)
    prefixes = FILE_PREFIXES if name in ("TURTLE", "TRIG") else None
    if dataset:
        store.dump(fh, rdf_format, prefixes=prefixes)
    else:
        store.dump(fh, rdf_format, from_graph=ox.DefaultGraph(), prefixes=prefixes)
