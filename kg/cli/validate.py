"""``kg validate``: a graph file checked against the newskg SHACL shapes."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli.app import app
from kg.cli.common import LOG_FORMAT, QUIET, VERBOSE, session, stdin_file
from kg.errors import Validate, ValidationFailed

__all__ = ["validate_cmd"]


@app.command("validate")
def validate_cmd(
    graph: Path = typer.Argument(
        Path("exports/graph.ttl"), help="The graph file to check (.ttl, .nt, .jsonld, ...); - reads Turtle from stdin."
    ),
    verbose: int = VERBOSE,
    quiet: int = QUIET,
    log_format: str = LOG_FORMAT,
) -> None:
    """Check a graph against the newskg SHACL shapes (ontology/shapes.ttl).

    Prints one line per violation (focus node, property, what is wrong) and exits 3 when there
    is any.

    Example:

        kg validate exports/graph.ttl
    """
    from kg.rdf.validate import format_report, validate_graph

    with session(verbose, quiet, log_format):
        shown = "<stdin>" if str(graph) == "-" else str(graph)
        with stdin_file(graph, ".trig") as path:
            report = validate_graph(path)
        if report.conforms:
            typer.echo(f"{shown}: conforms to the newskg shapes")
            if report.violations:  # warnings and infos only
                typer.echo(format_report(report))
            return
        typer.echo(format_report(report))
        raise ValidationFailed(
            Validate.VIOLATIONS, f"{shown}: {sum(v.severity == 'Violation' for v in report.violations)} SHACL violation(s)"
        )
