"""A small graph as one rdflib ``Graph``: for tests, evaluation and other small uses.

The mapping itself lives in ``kg.rdf.triples``; this only collects the merged graph's
statements of a few records into rdflib. A build never holds its graph this way: it streams
the same statements into an Oxigraph store and the export files (``kg.build.outputs``).
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Dataset, Graph

from kg.model import ArticleMeta, Call, Entity
from kg.rdf.triples import DEFAULT, TripleMap, call_label
from kg.rdf.vocab import new_graph

__all__ = ["build_graph", "build_dataset", "call_label", "quads"]


def quads(entities: Iterable[Entity], calls: Iterable[Call], articles: Iterable[ArticleMeta]):
    """Every quad of the records, in record order (repeats included)."""
    mapping = TripleMap(entities)
    for entity in sorted(mapping.entities.values(), key=lambda e: e.key):
        yield from mapping.entity(entity)
    for call in calls:
        yield from mapping.call(call)
    for meta in articles:
        yield from mapping.article(meta)


def build_graph(
    entities: Iterable[Entity], calls: Iterable[Call], articles: Iterable[ArticleMeta]
) -> Graph:
    """The merged knowledge graph of ``entities``, ``calls`` and ``articles`` (see
    ``kg.rdf.triples.TripleMap`` for the rules and the errors)."""
    lines = {f"{s} {p} {o} .\n" for s, p, o, g in quads(entities, calls, articles) if g == DEFAULT}
    g = new_graph()
    g.parse(data="".join(sorted(lines)), format="nt")
    return g


def build_dataset(
    entities: Iterable[Entity], calls: Iterable[Call], articles: Iterable[ArticleMeta]
) -> Dataset:
    """The merged graph as the default graph plus one named graph per article."""
    lines = {f"{s} {p} {o} {g} .\n" if g else f"{s} {p} {o} .\n" for s, p, o, g in quads(entities, calls, articles)}
    ds = Dataset()
    ds.parse(data="".join(sorted(lines)), format="nquads")
    return ds
