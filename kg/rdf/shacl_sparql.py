"""The SHACL shapes as SPARQL queries, so that validation runs inside the store.

``ontology/shapes.ttl`` stays the contract; this compiles the part of SHACL it uses into one
``SELECT`` per constraint, each answering the focus nodes (and values) that break it, and runs
them with Oxigraph over the store's default graph. Each constraint has two forms:

* ``query``, the whole class at once: a scan of the targets joined with a scan of the one
  property it checks (hash joins). Fast, but each join holds every target of the class, so its
  memory grows with the graph (58 MB for one check at 10k articles, about 0.6 KB per node).
* ``bounded``, what ``kg.rdf.validate`` runs: the property scanned with the condition as a
  filter, when the condition reads one statement (``sh:in``, ``sh:datatype``, ...); otherwise
  the targets are given a slice at a time (``VALUES ?this { $targets }``) and each one's
  statements are looked up, so nothing held grows with the graph. Looking up is slower per
  node than hashing (benchmarks/README.md), still in time proportional to the graph.

Results carry the same focus, path, value and message as pySHACL's report, which
``tests/test_shacl_sparql.py`` checks.

Supported: node shapes with ``sh:targetClass`` and, on the node or on property shapes with an
IRI ``sh:path``: ``sh:class``, ``sh:minCount``, ``sh:maxCount``, ``sh:in``, ``sh:datatype``,
``sh:minInclusive``, ``sh:minLength``, ``sh:lessThan``, ``sh:sparql`` (``sh:select`` with
``$this``), ``sh:message`` and ``sh:severity``. Anything else is refused (E605) rather than
silently not checked.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from kg.errors import KgError, Validate

__all__ = ["Check", "compile_shapes", "SH", "TARGETS"]

SH = Namespace("http://www.w3.org/ns/shacl#")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_SUBCLASS = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"
_CASTABLE = {f"{_XSD}{t}" for t in ("integer", "date", "dateTime", "decimal", "double", "boolean")}
#: Where a bounded query takes a slice of its targets (IRIs written as in N-Triples).
TARGETS = "$targets"
_KNOWN = {SH.targetClass, SH.property, SH.path, SH.message, SH.severity, SH["class"], SH.minCount,
          SH.maxCount, SH["in"], SH.datatype, SH.minInclusive, SH.minLength, SH.lessThan, SH.sparql,
          SH.select, RDF.type, SH.name, SH.description}


@dataclass(frozen=True, slots=True)
class Check:
    """One constraint: its queries (each answers ``?this`` and maybe ``?value``) and how to report it."""

    query: str  # the whole class at once (hash joins: memory grows with the class)
    path: str  # the property path IRI, "" for a node-level constraint
    message: str
    severity: str
    focus_is_value: bool = False  # node-level constraints report the focus node as the value
    target: str = ""  # the target class, as a term
    bounded: str = ""  # the same answers in bounded memory; with TARGETS, run once per slice of targets


def _term(node) -> str:
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        return node.n3()
    raise KgError(Validate.SHAPE_UNSUPPORTED, f"shapes: cannot use {node!r} in a query (blank node?)")


def _message(shapes: Graph, shape, fallback: str) -> str:
    messages = sorted(str(m) for m in shapes.objects(shape, SH.message))
    return "; ".join(messages) or fallback


def _severity(shapes: Graph, shape, default: str) -> str:
    value = shapes.value(shape, SH.severity)
    return str(value).rsplit("#", 1)[-1] if value is not None else default


def _checks_for(shapes: Graph, shape, target: str, path: str | None, message: str, severity: str,
                instance: str) -> list[Check]:
    # The whole-class form joins the targets with the one pattern it looks at, both as
    # sub-selects: Oxigraph scans each once and joins them by hashing, about 3 times faster
    # than looking the property up for every target (19 s -> ~6 s at 10k articles). Counts are
    # GROUP BY aggregates and absences MINUS, which mean the same here as FILTER NOT EXISTS:
    # the variables shared are always bound. The bounded form gives the same answers from a
    # slice of targets (VALUES, then lookups) or, for a condition on one statement, from the
    # property scanned with the condition as a filter (few rows left to check the type of).
    this = f"?this {instance} {target} ."
    targets = f"{{ SELECT DISTINCT ?this WHERE {{ {this} }} }}"
    sliced = f"VALUES ?this {{ {TARGETS} }}"
    focus = "?this" if path is None else "?v"
    where_path = "" if path is None else path[1:-1]
    checks: list[Check] = []

    def add(body: str, bounded: str, with_value: bool = True, grouped: str = "", whole_grouped: str = "") -> None:
        select = "SELECT DISTINCT ?this" + (f" ({focus} AS ?value)" if with_value else "")
        # without an sh:message pySHACL names the constraint component, e.g. sh:MinCountConstraintComponent
        name = str(predicate).rsplit("#", 1)[-1]
        fallback = f"sh:{name[0].upper()}{name[1:]}ConstraintComponent"
        checks.append(Check(f"{select} WHERE {{ {targets} {body} }}{whole_grouped}", where_path, message or fallback, severity,
                            focus_is_value=path is None and with_value, target=target,
                            bounded=f"{select} WHERE {{ {bounded} }}{grouped}"))

    def values_where(condition: str) -> tuple[str, str]:
        """The (focus, value) pairs of the path whose value meets ``condition``; on the node
        itself (no path) the condition filters the targets."""
        if path is None:
            return f"FILTER ({condition})", f"{sliced} FILTER ({condition})"
        return (f"{{ SELECT ?this ?v WHERE {{ ?this {path} ?v FILTER ({condition}) }} }}",
                f"?this {path} ?v FILTER ({condition}) FILTER EXISTS {{ {this} }}")

    def counted(having: str) -> str:
        return f"{{ SELECT ?this WHERE {{ ?this {path} ?v }} GROUP BY ?this HAVING ({having}) }}"

    both_counts = all(len(set(shapes.objects(shape, bound))) == 1 for bound in (SH.minCount, SH.maxCount))
    for predicate, constraint in sorted(shapes.predicate_objects(shape), key=lambda po: (str(po[0]), str(po[1]))):
        if predicate not in _KNOWN:
            raise KgError(Validate.SHAPE_UNSUPPORTED, f"shapes: {predicate} is not supported by the store validator; "
                                  "extend kg/rdf/shacl_sparql.py or remove it from the shapes")
        if predicate == SH["class"]:
            typed = f"{{ SELECT ?{focus[1:]} WHERE {{ {focus} {instance} {_term(constraint)} }} }}"
            pairs = "" if path is None else f"{{ SELECT ?this ?v WHERE {{ ?this {path} ?v }} }}"
            looked_up = "" if path is None else f"?this {path} ?v"
            add(f"{pairs} MINUS {typed}",
                f"{sliced} {looked_up} FILTER NOT EXISTS {{ {focus} {instance} {_term(constraint)} }}")
        elif predicate in (SH.minCount, SH.maxCount) and path is not None and message and both_counts:
            # one look at each target's values for both bounds: the two results would be
            # the same record (same focus, path and message, no value)
            if predicate == SH.minCount:
                having = (f"COUNT(DISTINCT ?v) < {int(constraint)} || "
                          f"COUNT(DISTINCT ?v) > {int(shapes.value(shape, SH.maxCount))}")
                grouped = f" GROUP BY ?this HAVING ({having})"
                add(f"OPTIONAL {{ ?this {path} ?v }}", f"{sliced} OPTIONAL {{ ?this {path} ?v }}", with_value=False,
                    grouped=grouped, whole_grouped=grouped)
        elif predicate == SH.minCount and path is not None:
            add(f"MINUS {counted(f'COUNT(DISTINCT ?v) >= {int(constraint)}')}",
                f"{sliced} OPTIONAL {{ ?this {path} ?v }}", with_value=False,
                grouped=f" GROUP BY ?this HAVING (COUNT(DISTINCT ?v) < {int(constraint)})")
        elif predicate == SH.maxCount and path is not None:
            add(counted(f"COUNT(DISTINCT ?v) > {int(constraint)}"), f"{sliced} ?this {path} ?v", with_value=False,
                grouped=f" GROUP BY ?this HAVING (COUNT(DISTINCT ?v) > {int(constraint)})")
        elif predicate == SH["in"]:
            allowed = ", ".join(_term(x) for x in Collection(shapes, constraint))
            add(*values_where(f"{focus} NOT IN ({allowed})"))
        elif predicate == SH.datatype:
            check = f"!isLiteral({focus}) || datatype({focus}) != {_term(constraint)}"
            if str(constraint) in _CASTABLE:  # an ill-formed literal ("2025-13-45"^^xsd:date) breaks it too
                cast = f"{_term(constraint)}(STR({focus}))"
                check += f" || !COALESCE({cast} = {cast}, false)"
            add(*values_where(check))
        elif predicate == SH.minInclusive:
            add(*values_where(f"!COALESCE({focus} >= {_term(constraint)}, false)"))
        elif predicate == SH.minLength:
            add(*values_where(f"isBlank({focus}) || STRLEN(STR({focus})) < {int(constraint)}"))
        elif predicate == SH.lessThan and path is not None:
            add(f"{{ SELECT ?this ?v WHERE {{ {{ SELECT ?this ?v WHERE {{ ?this {path} ?v }} }} "
                f"{{ SELECT ?this ?w WHERE {{ ?this {_term(constraint)} ?w }} }} FILTER (!COALESCE(?v < ?w, false)) }} }}",
                f"{sliced} ?this {path} ?v . ?this {_term(constraint)} ?w FILTER (!COALESCE(?v < ?w, false))")
        elif predicate == SH.sparql:
            select = str(shapes.value(constraint, SH.select) or "")
            if "$this" not in select or "{" not in select:
                raise KgError(Validate.SHAPE_UNSUPPORTED, "shapes: an sh:sparql constraint needs an sh:select using $this")
            select = select.replace("$this", "?this")
            # $this pre-bound a slice at a time: the slice's VALUES open the select's WHERE
            opened = select.index("{") + 1
            prebound = f"{select[:opened]} {sliced} {select[opened:]}"
            checks.append(Check(
                f"SELECT DISTINCT ?this ?value WHERE {{ {this} {{ {select} }} }}",
                "", _message(shapes, constraint, message), _severity(shapes, constraint, severity), target=target,
                bounded=f"SELECT DISTINCT ?this ?value WHERE {{ {{ {prebound} }} }}"))
        elif predicate in (SH.minCount, SH.maxCount, SH.lessThan):
            raise KgError(Validate.SHAPE_UNSUPPORTED, f"shapes: {predicate} needs a property shape")
    return checks


def compile_shapes(shapes: Graph, *, subclasses: bool = True) -> list[Check]:
    """The checks of every node shape in ``shapes``, in a stable order.

    SHACL reads ``sh:class`` and ``sh:targetClass`` through ``rdfs:subClassOf``; with
    ``subclasses=False`` (for data that holds no ``rdfs:subClassOf`` statement, such as a built
    graph) the queries look at ``rdf:type`` alone, which gives the same answers ~20% faster.
    """
    instance = f"a/{_SUBCLASS}*" if subclasses else "a"
    checks: list[Check] = []
    for shape in sorted(set(shapes.subjects(SH.targetClass, None)), key=str):
        severity = _severity(shapes, shape, "Violation")
        for target in sorted(shapes.objects(shape, SH.targetClass), key=str):
            node_message = _message(shapes, shape, "")
            checks += _checks_for(shapes, shape, _term(target), None, node_message, severity, instance)
            for prop in sorted(shapes.objects(shape, SH.property), key=lambda p: sorted(map(str, shapes.objects(p, SH.path)))):
                path = shapes.value(prop, SH.path)
                if not isinstance(path, URIRef):
                    raise KgError(Validate.SHAPE_UNSUPPORTED, "shapes: only IRI paths are supported by the store validator")
                checks += _checks_for(shapes, prop, _term(target), _term(path), _message(shapes, prop, ""),
                                      _severity(shapes, prop, severity), instance)
    return checks
