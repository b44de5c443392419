"""Validation of a built graph against ``ontology/shapes.ttl``.

Owns running the shapes (compiled to SPARQL by ``kg.rdf.shacl_sparql``) over an Oxigraph store,
a graph file or an rdflib graph (no inference: types must be written out, as consumers without
a reasoner read them), turning the answers into plain records sorted for stable output, and
printing them one line each with compact IRIs. Library code returns the report;
``ensure_conforms`` raises ``ValidationFailed`` (exit code 3) for callers that must stop.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph

from kg.errors import InputError, KgError, Validate, ValidationFailed
from kg.rdf.shacl_sparql import TARGETS, Check, compile_shapes
from kg.rdf.vocab import compact

if TYPE_CHECKING:
    import pyoxigraph

__all__ = [
    "Violation",
    "ValidationReport",
    "shapes_graph",
    "validate_graph",
    "validate_store",
    "report_of",
    "format_report",
    "ensure_conforms",
]

_SHOWN_IN_ERROR = 10
#: Targets per slice of a bounded check: its joins and groups hold about 1 KB per target
#: (benchmarks/README.md); more per slice saves little time, as each target is looked up anyway.
_SLICE = 10_000
_SUBCLASS_OF = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}
#: Graph file extensions and their pyoxigraph format names (as ``kg.store.local``).
_FORMATS = {".ttl": "TURTLE", ".nt": "N_TRIPLES", ".trig": "TRIG", ".nq": "N_QUADS", ".jsonld": "JSON_LD",
            ".json": "JSON_LD", ".rdf": "RDF_XML", ".owl": "RDF_XML", ".xml": "RDF_XML", ".n3": "N3"}


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result: focus node and path as full IRIs ("" when the shape is on the node)."""

    focus: str
    path: str
    message: str
    severity: str  # "Violation", "Warning" or "Info"
    value: str = ""


@dataclass(frozen=True, slots=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]


def shapes_graph() -> Graph:
    """The packaged shapes (``kg/ontology/shapes.ttl``)."""
    source = files("kg") / "ontology" / "shapes.ttl"
    try:
        return Graph().parse(data=source.read_text(encoding="utf-8"), format="turtle")
    except (OSError, SyntaxError) as err:
        raise KgError(Validate.SHAPES_UNREADABLE, f"cannot read the packaged SHACL shapes {source}: {err}") from err


@lru_cache(maxsize=2)
def _checks(subclasses: bool = True) -> tuple[Check, ...]:
    return tuple(compile_shapes(shapes_graph(), subclasses=subclasses))


def validate_store(store: "pyoxigraph.Store") -> ValidationReport:
    """Check the default graph of ``store`` against the newskg shapes.

    Warnings and infos do not make a graph non-conforming; violations do. Memory stays bounded:
    each check reads its targets a slice of ``_SLICE`` at a time, or streams (see
    ``kg.rdf.shacl_sparql``); a class with a target that is not an IRI (a blank node, which
    ``VALUES`` cannot name) is checked whole.
    """
    subclasses = bool(store.query("ASK { ?class <http://www.w3.org/2000/01/rdf-schema#subClassOf> ?other }"))
    found: set[Violation] = set()
    by_target: dict[str, list[Check]] = {}
    for check in _checks(subclasses):
        if TARGETS in check.bounded:
            by_target.setdefault(check.target, []).append(check)
        else:
            _answers(store, check, check.bounded, found)
    for target, checks in by_target.items():
        for names in _slices(store, target, subclasses):
            if names is None:
                for check in checks:
                    _answers(store, check, check.query, found)
                break
            for check in checks:
                _answers(store, check, check.bounded.replace(TARGETS, names), found)
    return report_of(found)


def _answers(store, check: Check, query: str, found: set[Violation]) -> None:
    has_value = "?value" in query
    for row in store.query(query):
        value = row["value"] if has_value else None
        found.add(Violation(focus=row["this"].value, path=check.path, message=check.message,
                            severity=check.severity, value="" if value is None else value.value))


def _slices(store, target: str, subclasses: bool):
    """The targets of class ``target`` as ``VALUES`` text, ``_SLICE`` at a time, read lazily
    from the type index; None (and stop) at a target that is not an IRI."""
    import pyoxigraph as ox

    if subclasses:  # (DISTINCT holds the class's targets: only for data that merged in an ontology)
        nodes = (row["this"] for row in store.query(f"SELECT DISTINCT ?this WHERE {{ ?this a/{_SUBCLASS_OF}* {target} }}"))
    else:
        # the data holds no rdfs:subClassOf: the targets are the type index's, each once
        rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
        nodes = (q.subject for q in store.quads_for_pattern(None, rdf_type, ox.NamedNode(target[1:-1]), ox.DefaultGraph()))
    names: list[str] = []
    for node in nodes:
        if not isinstance(node, ox.NamedNode):
            yield None
            return
        names.append(str(node))
        if len(names) == _SLICE:
            yield " ".join(names)
            names = []
    if names:
        yield " ".join(names)


def report_of(violations) -> ValidationReport:
    """The report of ``violations`` (any order, no repeats): sorted, and whether it conforms."""
    ordered = sorted(set(violations), key=lambda v: (_SEVERITY_ORDER.get(v.severity, 9), v.focus, v.path, v.message, v.value))
    conforms = not any(v.severity == "Violation" for v in ordered)
    return ValidationReport(conforms=conforms, violations=tuple(ordered))


def validate_graph(data: Graph | Path) -> ValidationReport:
    """Check ``data`` (an rdflib graph, or a graph file) against the newskg shapes."""
    import pyoxigraph as ox

    store = ox.Store()
    if isinstance(data, Graph):
        store.load(data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    else:
        _load_file(store, Path(data))
    return validate_store(store)


def format_report(report: ValidationReport) -> str:
    """One line per result (``Violation: id:call/x kg:participant: message [value: ...]``)."""
    if not report.violations:
        return "conforms: no SHACL violations"
    head = ("conforms" if report.conforms else "does not conform") + f": {_count(report)}"
    return "\n".join([head, *(_line(v) for v in report.violations)])


def ensure_conforms(report: ValidationReport, what: str) -> None:
    """Raise ``ValidationFailed`` naming ``what`` and the first violations, unless it conforms."""
    if report.conforms:
        return
    shown = [_line(v) for v in report.violations[:_SHOWN_IN_ERROR]]
    more = len(report.violations) - len(shown)
    if more > 0:
        shown.append(f"... and {more} more (run `kg validate` on the graph to see them all)")
    raise ValidationFailed(
        Validate.DOES_NOT_CONFORM, f"{what} does not conform to the newskg shapes: {_count(report)}\n" + "\n".join(shown)
    )


def _load_file(store, path: Path) -> None:
    import pyoxigraph as ox

    if not path.is_file():
        raise InputError(Validate.NO_SUCH_GRAPH_FILE, f"{path}: no such graph file")
    name = _FORMATS.get(path.suffix.lower(), "TURTLE")
    fmt = getattr(ox.RdfFormat, name)
    try:
        if fmt.supports_datasets:  # what the file's graphs say together, as `kg query` reads it
            store.extend(ox.Quad(q.subject, q.predicate, q.object)
                         for q in ox.parse(path=path, format=fmt, base_iri=path.resolve().as_uri()))
        else:
            store.load(path=path, format=fmt, base_iri=path.resolve().as_uri())
    except (OSError, SyntaxError, ValueError) as err:
        raise InputError(Validate.CANNOT_PARSE, f"{path}: cannot parse as {name.lower().replace('_', '-')}: {err}") from err


def _count(report: ValidationReport) -> str:
    by: dict[str, int] = {}
    for v in report.violations:
        by[v.severity] = by.get(v.severity, 0) + 1
    parts = []
    for severity in sorted(by, key=lambda s: _SEVERITY_ORDER.get(s, 9)):
        n = by[severity]
        parts.append(f"{n} {severity.lower()}{'' if n == 1 else 's'}")
    return ", ".join(parts)


def _line(v: Violation) -> str:
    where = " ".join(x for x in (compact(v.focus), compact(v.path) if v.path else "") if x)
    value = f" [value: {compact(v.value)}]" if v.value else ""
    return f"{v.severity}: {where}: {v.message}{value}"
