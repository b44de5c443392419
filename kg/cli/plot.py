"""``kg plot``: the leaders' call network as a picture."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path
from typing import Optional

import typer

from kg.cli.app import app
from kg.cli.common import LOG_FORMAT, QUIET, VERBOSE, checked, is_stdio, log, session, write_bytes
from kg.errors import KgError, Plot
from kg.write.callnet import DEFAULT_TOP

__all__ = ["plot_cmd", "PICTURE_FORMATS"]

PICTURE_FORMATS = ("png", "svg", "pdf")


def _picture(value: str) -> None:
    from kg.errors import ExportError

    if value not in PICTURE_FORMATS:
        raise ExportError(Plot.UNKNOWN_PICTURE_FORMAT, f"unknown picture format {value!r}; use png, svg or pdf")


def _out(value: Path) -> None:
    from kg.write.plot import picture_format

    if not is_stdio(value) and Path(value).suffix:
        picture_format(value)


def _statuses(values: list[str]) -> None:
    from kg.query.network import STATUSES
    from kg.errors import InputError

    for value in values:
        if value.strip().lower() not in STATUSES:
            raise InputError(Plot.UNKNOWN_STATUS, f"unknown call status {value!r}; use {', '.join(STATUSES)}")


@app.command("plot")
def plot_cmd(
    graph: Optional[Path] = typer.Argument(
        None, help="The graph file to draw (.ttl, .nt, .jsonld, ...). Default: exports/graph.ttl.", show_default=False
    ),
    store: Optional[Path] = typer.Option(
        None, "--store", help="Draw from an Oxigraph store directory instead (opened read-only)."
    ),
    out: Path = typer.Option(
        Path("leaders.png"), "--out", "-o", callback=checked(_out),
        help="Picture to write: .png, .svg or .pdf; - writes it to stdout (in --format).",
    ),
    fmt: Optional[str] = typer.Option(
        None, "--format", "-f", callback=checked(_picture),
        help="Picture format: png, svg or pdf. [default: from --out, else png]", show_default=False,
    ),
    top: int = typer.Option(
        DEFAULT_TOP, "--top", min=0, help="Show the N most connected leaders (most calls first); 0 shows all."
    ),
    since: Optional[datetime] = typer.Option(
        None, "--since", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="Only calls on or after this day (YYYY-MM-DD)."
    ),
    until: Optional[datetime] = typer.Option(
        None, "--until", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="Only calls on or before this day (YYYY-MM-DD)."
    ),
    leader: Optional[str] = typer.Option(
        None, "--leader", help="Only this leader, the leaders they spoke with and the calls among them."
    ),
    status: list[str] = typer.Option(
        [], "--status", metavar="STATUS", callback=checked(_statuses),
        help="Call status to draw, repeatable: occurred, planned, denied, attempted. Default: occurred.",
    ),
    title: Optional[str] = typer.Option(None, "--title", help="Title above the picture. Default: what is shown."),
    verbose: int = VERBOSE,
    quiet: int = QUIET,
    log_format: str = LOG_FORMAT,
) -> None:
    """Draw the leaders' call network: who called whom, sized by number of calls.

    Calls between two or more kg:Leader participants are drawn, by default those that took place.
    Node size is a leader's number of calls; edge width is the number of calls between a pair.
    A big graph shows its --top most connected leaders. Labels never overlap.

    Examples:

        kg plot exports/graph.ttl -o leaders.png

        kg plot --store store/ --top 100 --since 2025-01-01 -o leaders.svg

        kg plot exports/graph.ttl --leader Putin -f svg -o - > putin.svg
    """
    from kg.query.network import plot

    with session(verbose, quiet, log_format):
        if graph is not None and store is not None:
            raise KgError(Plot.GRAPH_AND_STORE, "give a graph file or --store, not both")
        source = store if store is not None else (graph or Path("exports/graph.ttl"))
        options = dict(top=top, since=since and since.date(), until=until and until.date(), leader=leader,
                       statuses=status or ("occurred",), title=title)
        suffix = "" if is_stdio(out) else Path(out).suffix.lower().lstrip(".")
        if fmt and suffix and suffix != fmt:
            raise KgError(Plot.UNKNOWN_PICTURE_FORMAT, f"--format {fmt} but --out {out} is a .{suffix}: give one")
        if suffix:
            report = plot(source, out, **options)
            where = str(report.out)
        else:  # stdout, or a file name without a suffix: drawn aside, then copied
            with tempfile.TemporaryDirectory(prefix="kg-plot-") as tmp:
                report = plot(source, Path(tmp) / f"leaders.{fmt or 'png'}", **options)
                write_bytes(None if is_stdio(out) else out, report.out.read_bytes())
            where = "stdout" if is_stdio(out) else str(out)
        shown = f"{report.leaders} leaders" if report.leaders == report.total_leaders else (
            f"{report.leaders} of {report.total_leaders} leaders"
        )
        line = f"wrote {where}: {shown}, {report.calls} calls, {report.pairs} pairs of leaders"
        if is_stdio(out):
            log.info("%s", line, extra={"event": "wrote"})  # stdout holds the picture
        else:
            typer.echo(line)
        if report.unlabelled:
            log.warning("%d leader(s) drawn without a label for lack of room; lower --top", report.unlabelled,
                        extra={"prefix": "note: ", "event": "note"})
