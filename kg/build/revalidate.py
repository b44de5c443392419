"""Shape checks after a change: only the nodes the change touched are checked again.

Every shape in ``ontology/shapes.ttl`` looks at a focus node's own statements and at the types
of what they point to (one hop). So after a difference is applied to the store, the results
can change only for the nodes whose statements changed and for the nodes pointing at a node
whose types changed; those are checked in a small store holding their statements and the types
of their values, and every other node keeps its result from the last build's report (kept in
the pieces cache as JSON).
"""

from __future__ import annotations

import json

from kg.build.incremental import Delta

__all__ = ["read_report", "report_json", "revalidate"]


def report_json(violations) -> str:
    return json.dumps([[v.focus, v.path, v.message, v.severity, v.value] for v in violations], ensure_ascii=False)


def read_report(text: str | None):
    """The violations kept by the last build, or None when it did not validate."""
    from kg.rdf.validate import Violation

    if not text:
        return None
    return [Violation(*row) for row in json.loads(text)]


_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def revalidate(store, delta: Delta, before):
    """The shapes' report of ``store`` after ``delta``, from the last one (``before``): the
    nodes whose statements changed, and those pointing at nodes whose types changed, are
    checked again in a small store holding their statements and the types of what they point
    at; the other nodes keep their results."""
    import pyoxigraph as ox

    from kg.rdf.validate import report_of, validate_store

    graph = ox.DefaultGraph()
    focus: set[str] = set()
    retyped: set[str] = set()
    for line in (*delta.removed, *delta.added):
        subject, predicate, _rest = line.split(" ", 2)
        focus.add(subject[1:-1])
        if predicate == _RDF_TYPE:
            retyped.add(subject[1:-1])
    for node in retyped:
        for quad in store.quads_for_pattern(None, None, ox.NamedNode(node), graph):
            if isinstance(quad.subject, ox.NamedNode):
                focus.add(quad.subject.value)
    quads, objects = [], set()
    for node in focus:
        for quad in store.quads_for_pattern(ox.NamedNode(node), None, None, graph):
            quads.append(quad)
            if isinstance(quad.object, ox.NamedNode) and quad.object.value not in focus:
                objects.add(quad.object)
    rdf_type = ox.NamedNode(_RDF_TYPE[1:-1])
    for node in objects:
        quads.extend(store.quads_for_pattern(node, rdf_type, None, graph))
    small = ox.Store()
    small.extend(quads)
    found = validate_store(small)
    kept = [v for v in before if v.focus not in focus]
    return report_of([*kept, *(v for v in found.violations if v.focus in focus)])
