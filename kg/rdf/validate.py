"""SHACL validation of a built graph against ``ontology/shapes.ttl``.

Owns running pySHACL with the packaged shapes (no inference: types must be written out, as
consumers without a reasoner read them), turning its results graph into plain records sorted
for stable output, and printing them one line each with compact IRIs. Library code returns the
report; ``ensure_conforms`` raises ``ValidationFailed`` (exit code 3) for callers that must stop.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from rdflib import RDF, Graph, Namespace
from rdflib.util import guess_format

from kg.errors import InputError, KgError, ValidationFailed
from kg.rdf.vocab import compact

__all__ = [
    "Violation",
    "ValidationReport",
    "shapes_graph",
    "validate_graph",
    "format_report",
    "ensure_conforms",
]

SH = Namespace("http://www.w3.org/ns/shacl#")
_SHOWN_IN_ERROR = 10


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
        raise KgError("E600", f"cannot read the packaged SHACL shapes {source}: {err}") from err


def validate_graph(data: Graph | Path) -> ValidationReport:
    """Check ``data`` (a graph, or a graph file) against the newskg shapes.

    Warnings and infos do not make a graph non-conforming; violations do.
    """
    import pyshacl  # slow to import: only when validating

    graph = data if isinstance(data, Graph) else _read(Path(data))
    conforms, results, _text = pyshacl.validate(
        graph,
        shacl_graph=shapes_graph(),
        inference="none",
        allow_warnings=True,
        allow_infos=True,
        abort_on_first=False,
    )
    violations = sorted(
        (_violation(results, node) for node in results.subjects(RDF.type, SH.ValidationResult)),
        key=lambda v: (_SEVERITY_ORDER.get(v.severity, 9), v.focus, v.path, v.message, v.value),
    )
    return ValidationReport(conforms=bool(conforms), violations=tuple(violations))


def format_report(report: ValidationReport) -> str:
    """One line per result (``Violation: id:call/x kg:participant: message [value: ...]``)."""
    if not report.violations:
        return "conforms: no SHACL violations"
    counts = _count(report)
    head = ("conforms" if report.conforms else "does not conform") + f": {counts}"
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
        "E601", f"{what} does not conform to the newskg shapes: {_count(report)}\n" + "\n".join(shown)
    )


_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


def _read(path: Path) -> Graph:
    fmt = guess_format(str(path)) or "turtle"
    if not path.is_file():
        raise InputError("E602", f"{path}: no such graph file")
    try:
        return Graph().parse(str(path), format=fmt)
    except (OSError, SyntaxError, ValueError) as err:
        raise InputError("E603", f"{path}: cannot parse as {fmt}: {err}") from err


def _violation(results: Graph, node) -> Violation:
    def one(prop) -> str:
        values = sorted(str(v) for v in results.objects(node, prop))
        return values[0] if values else ""

    messages = sorted(str(m) for m in results.objects(node, SH.resultMessage))
    severity = one(SH.resultSeverity)
    value = results.value(node, SH.value)
    return Violation(
        focus=one(SH.focusNode),
        path=one(SH.resultPath),
        message="; ".join(messages) or _constraint_name(results, node),
        severity=severity.rsplit("#", 1)[-1] if severity else "Violation",
        value="" if value is None else str(value),
    )


def _constraint_name(results: Graph, node) -> str:
    component = results.value(node, SH.sourceConstraintComponent)
    return compact(str(component)).replace("http://www.w3.org/ns/shacl#", "sh:") if component else ""


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
