"""``kg evaluate``: a graph scored against a hand annotation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from kg.cli.app import app
from kg.cli.common import LOG_FORMAT, QUIET, VERBOSE, checked, is_stdio, log, session, stdin_file, write_text
from kg.errors import Evaluate, ExportError, KgError, ValidationFailed

__all__ = ["evaluate_cmd"]


def _requirements(values: list[str]) -> None:
    from kg.evaluate.score import parse_requirement

    for value in values:
        parse_requirement(value)


@app.command("evaluate")
def evaluate_cmd(
    graph: Path = typer.Argument(..., help="The graph to score: Turtle (.ttl) or N-Triples (.nt); - reads stdin."),
    gold: Path = typer.Option(..., "--gold", help="The hand annotation (JSON, as tests/data/seeds-gold.json)."),
    require: list[str] = typer.Option(
        [], "--require", metavar="METRIC>=VALUE", callback=checked(_requirements),
        help="A figure that must hold, e.g. 'call_f1>=0.9' (also <=, ==, >, <). Repeatable.",
    ),
    json_out: Optional[Path] = typer.Option(
        None, "--json", help="Also write metrics, misses and failures here (- : stdout, and the report to stderr)."
    ),
    verbose: int = VERBOSE,
    quiet: int = QUIET,
    log_format: str = LOG_FORMAT,
) -> None:
    """Score a graph against a hand annotation and list what it missed.

    Prints every figure, the precision/recall summary and one line per miss.
    Exits 3 when a --require does not hold, naming each one that failed.

    Example:

        kg evaluate exports/graph.ttl --gold tests/data/seeds-gold.json --require 'call_f1>=0.9'
    """
    from kg.evaluate.score import check_thresholds, evaluate

    with session(verbose, quiet, log_format):
        with stdin_file(graph, ".ttl") as path:
            result = evaluate(path, gold)
        failed = check_thresholds(result.metrics, require)
        m = result.metrics
        width = max(map(len, m))
        lines = [f"{key:<{width}}  {'n/a' if value is None else value}" for key, value in m.items()]
        lines += [
            f"\ncalls:       precision {m['call_precision']}  recall {m['call_recall']}  f1 {m['call_f1']}",
            f"reported-by: precision {m['reported_by_precision']}  recall {m['reported_by_recall']}"
            f"  f1 {m['reported_by_f1']}",
        ]
        if result.misses:
            lines.append(f"\nmisses ({len(result.misses)}):")
            lines += [f"  - {miss}" for miss in result.misses]
        report = "\n".join(lines)
        if is_stdio(json_out):
            log.info("%s", report, extra={"event": "report"})  # stdout holds the JSON
        else:
            typer.echo(report)
        if json_out is not None:
            doc = {"metrics": m, "misses": result.misses, "namespace": result.namespace, "failed": failed}
            try:
                write_text(json_out, json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
            except KgError as err:
                raise ExportError(Evaluate.REPORT_UNWRITABLE, f"cannot write the evaluation to {json_out}: "
                                                              f"{err.message}") from err
        if failed:
            raise ValidationFailed(Evaluate.REQUIREMENTS_FAILED,
                                   f"{len(failed)} requirement(s) failed: " + "; ".join(failed))
