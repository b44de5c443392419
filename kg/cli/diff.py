"""``kg diff OLD NEW``: new, removed and changed calls between two builds, stores or graph files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from kg.cli.app import app
from kg.cli.common import LOG_FORMAT, QUIET, VERBOSE, checked, log, session, write_text

__all__ = ["diff_cmd", "FORMATS"]

FORMATS = ("table", "json")


def _format(value: str) -> None:
    from kg.errors import Diff, InputError

    if value not in FORMATS:
        raise InputError(Diff.UNKNOWN_FORMAT, f"unknown --format {value!r}; use table or json")


@app.command("diff")
def diff_cmd(
    old: Path = typer.Argument(..., help="The earlier graph: a build's output folder, a store directory or a graph file."),
    new: Path = typer.Argument(..., help="The later graph, the same way."),
    fmt: str = typer.Option("table", "--format", "-f", callback=checked(_format), help="Output: table or json."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the diff to this file (- or none: stdout)."),
    verbose: int = VERBOSE,
    quiet: int = QUIET,
    log_format: str = LOG_FORMAT,
) -> None:
    """Show the calls that are new, removed or changed between two builds, stores or graph files.

    A change is in the date, status, medium, caller, participants, outlets or articles.

    Calls are paired by IRI (minted from participants, status and day), then, for a call whose
    key changed (it gained a day, say), by the same participants and status and an article in
    common; the table says which. A build folder is read through its store (else its
    graph.nt/graph.ttl). The table ends with a count of each; --format json gives every field.

    Examples:

        kg diff yesterday/ exports/

        kg diff old/store exports/store --format json -o changes.json

        kg diff before.ttl after.ttl
    """
    from kg.query.diff import diff_calls, resolve_source, to_document, to_result
    from kg.query.results import to_table

    with session(verbose, quiet, log_format):
        before, after = resolve_source(old), resolve_source(new)
        diff = diff_calls(before, after)
        if fmt == "json":
            text = json.dumps(to_document(diff, str(before), str(after)), indent=2, ensure_ascii=False) + "\n"
        else:
            rows = to_result(diff)
            table = to_table(rows).rsplit("\n", 1)[0] + "\n" if rows.rows else ""  # its "(n rows)" line goes
            text = table + diff.summary + "\n"
        write_text(out, text)
        if out is not None and str(out) != "-":
            log.info("wrote %s: %s", out, diff.summary, extra={"event": "wrote", "path": str(out)})
