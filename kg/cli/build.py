"""``kg build``: articles in, the store and the exports out (``kg.build.pipeline.build``)."""

from __future__ import annotations

import logging
from contextlib import ExitStack
from pathlib import Path
from typing import Optional

import typer

from kg.cli.app import app
from kg.cli.common import LOG_FORMAT, QUIET, VERBOSE, checked, is_stdio, log, session, stdin_file
from kg.errors import READ_NOTICES, Exit

__all__ = ["build_cmd", "summary"]


def _formats(values: list[str]) -> list[str]:
    from kg.build.outputs import check_formats

    return check_formats(values)


def _engine(value: str) -> None:
    from kg.build.pipeline import ENGINES
    from kg.errors import Build, InputError

    if value not in ENGINES:
        raise InputError(Build.UNKNOWN_ENGINE, f"unknown engine {value!r}; use {' or '.join(ENGINES)}")


def _mentions(value: str) -> None:
    from kg.build.pipeline import check_mentions

    check_mentions(value)


def _size(value: str) -> int:
    from kg.read.files import parse_size

    return parse_size(value)


def _with_projections(formats: tuple[str, ...], leaders_only: bool) -> tuple[str, ...]:
    """``--leaders-only``: each GraphML/GEXF export gets its leaders-only projection beside it."""
    if not leaders_only:
        return formats
    extra = tuple(f"{f}-leaders" for f in ("graphml", "gexf") if f in formats and f"{f}-leaders" not in formats)
    return formats + (extra or ("graphml-leaders",))


@app.command("build")
def build_cmd(
    paths: list[Path] = typer.Argument(
        None, help="Article files or folders (.txt, .json, .jsonl; metadata.csv beside them); - reads "
                   "news-please JSON Lines from stdin. Default: seeds/", show_default=False,
    ),
    out: Path = typer.Option(Path("exports"), "--out", "-o", help="Folder the exports and the store are written to."),
    formats: list[str] = typer.Option(
        [], "--format", "-f", callback=checked(_formats),
        help="Export format, repeatable: ttl, graphml, nt, trig, jsonld, gexf, graphml-leaders, gexf-leaders "
             "(the leaders and their calls only). Default: ttl and graphml.",
    ),
    leaders_only: bool = typer.Option(
        False, "--leaders-only",
        help="Also write the leaders-only projection (leaders and their calls, edges weighted by the number of "
             "calls) of each GraphML/GEXF export, next to the full graph: graph.leaders.graphml, graph.leaders.gexf.",
    ),
    model: Optional[str] = typer.Option(
        None, "--model", help="A trained spaCy pipeline (package name or path) to run under the rules."
    ),
    gazetteer: list[Path] = typer.Option(
        [], "--gazetteer", help="Extra gazetteer file (JSON Lines, format in kg/data/README.md); repeatable."
    ),
    mentions: str = typer.Option(
        "cued", "--mentions", metavar="cued|all", callback=checked(_mentions),
        help="Which articles' people, countries and outlets the graph records (schema:mentions). cued: only "
             "those of articles whose text holds a cue of a call (call, phoned, video conference, spoke with a "
             "leader...); an article without one cannot tell a call, so it skips spaCy, the slow part, and keeps "
             "its node, metadata and publisher. all: every article's, each through spaCy (several times slower "
             "on ordinary news). The calls are the same either way."),
    validate: bool = typer.Option(True, "--validate/--no-validate", help="Check the graph against ontology/shapes.ttl."),
    jobs: int = typer.Option(
        1, "--jobs", "-j", min=1,
        help="Worker processes analysing the articles (each builds the pipeline once); with --engine dask "
             "and no --scheduler, the workers of the local cluster (one per core when not given)."),
    engine: str = typer.Option(
        "local", "--engine", callback=checked(_engine), help="Where articles are analysed: local (this machine) or dask."
    ),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", help="Dask scheduler address (tcp://host:8786) for --engine dask; none: a local cluster."),
    max_size: str = typer.Option(
        "32MiB", "--max-size", metavar="SIZE", callback=checked(_size),
        help="Size cap of one input file (one line of a .jsonl): larger ones are reported and skipped unread. E.g. 50MB, 1G.",
    ),
    rehash: bool = typer.Option(
        False, "--rehash",
        help="Read and hash every input file, trusting none of the stamps (size, times, inode) the last build "
             "kept of unchanged .txt files."),
    verbose: int = VERBOSE,
    quiet: int = QUIET,
    log_format: str = LOG_FORMAT,
) -> None:
    """Build the knowledge graph from news articles and write the exports and the store.

    The exports go to OUT/graph.*, an Oxigraph store to OUT/store (what `kg query` reads); the
    new files and store replace the previous build's all at once, when everything is written.
    A progress bar per stage (reading, resolving, the store, validation, each export) shows on
    stderr; the summary goes to stdout.

    Example: kg build seeds/ --out exports/ -f ttl -f graphml -f gexf

    Only articles new since the last build into the same --out folder are analysed: the facts
    of the others come from <out>/.kg/facts.sqlite, and a .txt file whose size, times and inode
    are those the last build saw is not read again (--rehash reads every file). Unreadable or malformed inputs are
    reported by name and skipped; the build goes on and exits with code 6 when anything was
    skipped, 3 when the graph breaks ontology/shapes.ttl, 5 when newskg's own code failed on
    an article. Two builds into one --out folder at once: the second is refused.
    """
    from kg.build.pipeline import build
    from kg.cli.progress import BuildDisplay
    from kg.config import DEFAULT_FORMATS, Settings

    with session(verbose, quiet, log_format) as run, ExitStack() as stack:
        inputs = list(paths or [Path("seeds")])
        spooled = stack.enter_context(stdin_file(Path("-"), ".jsonl")) if any(is_stdio(p) for p in inputs) else None
        inputs = [spooled if is_stdio(p) else p for p in inputs]
        settings = Settings(
            inputs=tuple(inputs), out_dir=out, model=model, gazetteers=tuple(gazetteer),
            formats=_with_projections(tuple(formats or DEFAULT_FORMATS), leaders_only), validate=validate, jobs=jobs, max_bytes=int(max_size),
            engine=engine, scheduler=scheduler, rehash=rehash, mentions=mentions,
        )
        with BuildDisplay(run.progress, count_inputs=inputs) as display:
            result = build(settings, progress=display)
        for item in result.skipped:
            notice = item.code in READ_NOTICES  # the input was still read
            source = item.source.replace(str(spooled), "<stdin>") if spooled else item.source
            log.log(
                logging.ERROR if item.internal else logging.WARNING, "%s%s", source, f" [{item.code}]: {item.reason}" if item.code else f": {item.reason}",
                extra={"prefix": "warning " if notice else "skipped ", "event": "warning" if notice else "skipped",
                       "code": item.code, "source": source},
            )
        for note in result.notes:
            log.warning("%s", note, extra={"prefix": "note: ", "event": "note"})
        if result.validation_report:
            log.warning("%s", result.validation_report, extra={"prefix": "", "event": "violations"})
        for stage, seconds in result.timings:
            log.debug("CPU seconds in %s: %.2f", stage, seconds, extra={"event": "timing", "stage": stage,
                                                                        "seconds": seconds})
        typer.echo(summary(result, validate))
        for path in result.files:
            typer.echo(f"wrote {path}")
    code = build_exit_code(result)
    if code != Exit.OK:
        raise typer.Exit(code)


def summary(result, validated: bool) -> str:
    """The one line a build ends with."""
    internal = len(result.internal_errors)
    shapes = f"shape violations: {result.violations}" if validated else "shapes: not checked (--no-validate)"
    return (
        f"articles read: {result.articles} ({result.extracted} analysed, {result.reused} from the facts store); "
        f"skipped: {len(result.skipped) - internal}; internal errors: {internal}; entities: {result.entities}; "
        f"calls: {result.calls}; triples: {result.triples}; {shapes}"
    )


def build_exit_code(result) -> Exit:
    """5 before 3 before 6: a bug of ours is never disguised as bad input."""
    if result.internal_errors:
        return Exit.INTERNAL
    if result.violations:
        return Exit.CHECK_FAILED
    if result.skipped:
        return Exit.SKIPPED
    return Exit.OK
