"""The command-line tool: a thin typer layer over the library.

Each command parses options, calls one library function, renders the result and maps
``KgError`` to a message and an exit code (see ``kg.errors``) in one place: ``main()``.
Heavy imports (spaCy, rdflib, matplotlib) happen inside the commands so ``kg --help`` is fast.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Optional

import typer

from kg.errors import Evaluate, KgError, Plot, Query, Store, Validate
from kg.write.callnet import DEFAULT_TOP

__all__ = ["app", "main"]

app = typer.Typer(
    name="kg",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
    help=(
        "newskg: turn news articles into a knowledge graph of who called whom, when, "
        "and who reported it.\n\n"
        "Exit codes: 0 ok; 1 user or input error; 2 built, but some inputs were skipped; "
        "3 validation or evaluation failed; 4 a SPARQL server refused or failed; "
        "5 built, but newskg's own code failed on some articles (a bug: please report it)."
    ),
)


def _fail(err: KgError) -> None:
    typer.secho(f"error: {err}", fg=typer.colors.RED, err=True)
    raise typer.Exit(err.exit_code)


@contextmanager
def user_errors():
    """Wrap a command body: a ``KgError`` becomes one red line and its documented exit code."""
    try:
        yield
    except KgError as err:
        _fail(err)


# --- commands -------------------------------------------------------------------------------
# Each command below is a thin wrapper; keep library logic out of this file.


@app.command("build")
def build_cmd(
    paths: list[Path] = typer.Argument(
        None, help="Article files or folders (.txt, .json, .jsonl; metadata.csv beside them). Default: seeds/"
    ),
    out: Path = typer.Option(Path("exports"), "--out", "-o", help="Folder the exports are written to."),
    model: Optional[str] = typer.Option(
        None, "--model", help="A trained spaCy pipeline (package name or path) to run under the rules."
    ),
    gazetteer: list[Path] = typer.Option(
        [], "--gazetteer", help="Extra gazetteer file (JSON Lines, format in kg/data/README.md); repeatable."
    ),
    formats: list[str] = typer.Option(
        [], "--format", "-f",
        help="Export format, repeatable: ttl, graphml, nt, trig, jsonld, gexf, graphml-leaders, gexf-leaders "
             "(the leaders and their calls only). Default: ttl and graphml.",
    ),
    validate: bool = typer.Option(True, "--validate/--no-validate", help="Check the graph against ontology/shapes.ttl."),
    jobs: int = typer.Option(
        1, "--jobs", "-j", min=1,
        help="Worker processes analysing the articles (each builds the pipeline once); with --engine dask "
             "and no --scheduler, the workers of the local cluster (one per core when not given)."),
    engine: str = typer.Option("local", "--engine", help="Where articles are analysed: local (this machine) or dask."),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", help="Dask scheduler address (tcp://host:8786) for --engine dask; none: a local cluster."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress display."),
    max_size: str = typer.Option(
        "32MiB", "--max-size", metavar="SIZE",
        help="Size cap of one input file (one line of a .jsonl): larger ones are reported and skipped unread. E.g. 50MB, 1G.",
    ),
) -> None:
    """Build the knowledge graph from news articles and write the exports and the store.

    The exports go to OUT/graph.*, an Oxigraph store to OUT/store (what `kg query` reads); the
    new files and store replace the previous build's all at once, when everything is written.

    Example: kg build seeds/ --out exports/ --format ttl --format graphml --format gexf

    Only articles new since the last build into the same --out folder are analysed: the facts
    of the others come from <out>/.kg/facts.sqlite. Unreadable or malformed inputs are
    reported by name and skipped; the build goes on and exits with code 2 when anything was
    skipped, 3 when the graph breaks ontology/shapes.ttl, 5 when newskg's own code failed on
    an article. Two builds into one --out folder at once: the second is refused.
    """
    from kg.config import DEFAULT_FORMATS, Settings
    from kg.errors import EXIT_INTERNAL, EXIT_INVALID, EXIT_SKIPPED, READ_NOTICES
    from kg.build.pipeline import build
    from kg.read.files import parse_size

    with user_errors():
        max_bytes = parse_size(max_size)
    settings = Settings(
        inputs=tuple(paths or [Path("seeds")]), out_dir=out, model=model, gazetteers=tuple(gazetteer),
        formats=tuple(formats or DEFAULT_FORMATS), validate=validate, jobs=jobs, max_bytes=max_bytes, engine=engine,
        scheduler=scheduler,
    )
    with user_errors():
        if quiet:
            result = build(settings)
        else:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            with Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} read"),
                          TimeElapsedColumn(), transient=True) as bar:
                task = bar.add_task("reading articles", total=None)
                result = build(settings, progress=lambda _source: bar.advance(task))
    for item in result.skipped:
        code = f" [{item.code}]" if item.code else ""
        colour = typer.colors.RED if item.internal else typer.colors.YELLOW
        label = "warning" if item.code in READ_NOTICES else "skipped"  # a notice: the input was still read
        typer.secho(f"{label} {item.source}{code}: {item.reason}", fg=colour, err=True)
    for note in result.notes:
        typer.secho(f"note: {note}", fg=typer.colors.YELLOW, err=True)
    if result.validation_report:
        typer.secho(result.validation_report, fg=typer.colors.YELLOW, err=True)
    internal = len(result.internal_errors)
    typer.echo(
        f"articles read: {result.articles} ({result.extracted} analysed, {result.reused} from the facts store); "
        f"skipped: {len(result.skipped) - internal}; internal errors: {internal}; entities: {result.entities}; "
        f"calls: {result.calls}; triples: {result.triples}; shape violations: {result.violations}"
    )
    for path in result.files:
        typer.echo(f"wrote {path}")
    if internal:
        raise typer.Exit(EXIT_INTERNAL)  # a bug of ours on some article: never disguised as bad input
    if result.violations:
        raise typer.Exit(EXIT_INVALID)  # the exports are written, but do not conform: say so
    if result.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command("evaluate")
def evaluate_cmd(
    graph: Path = typer.Argument(..., help="The graph to score: Turtle (.ttl) or N-Triples (.nt)."),
    gold: Path = typer.Option(..., "--gold", help="The hand annotation (JSON, as tests/data/seeds-gold.json)."),
    require: list[str] = typer.Option(
        [], "--require", metavar="METRIC>=VALUE",
        help="A figure that must hold, e.g. 'call_f1>=0.9' (also <=, ==, >, <). Repeatable.",
    ),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write metrics, misses and failures here."),
) -> None:
    """Score a graph against a hand annotation and list what it missed.

    Prints every figure, the precision/recall summary and one line per miss.
    Exits 3 when a --require does not hold, naming each one that failed.

    Example:

        kg evaluate exports/graph.ttl --gold tests/data/seeds-gold.json --require 'call_f1>=0.9'
    """
    import json

    from kg.errors import ExportError, ValidationFailed
    from kg.evaluate.score import check_thresholds, evaluate

    with user_errors():
        result = evaluate(graph, gold)
        failed = check_thresholds(result.metrics, require)
        m = result.metrics
        width = max(map(len, m))
        for key, value in m.items():
            typer.echo(f"{key:<{width}}  {'n/a' if value is None else value}")
        typer.echo(f"\ncalls:       precision {m['call_precision']}  recall {m['call_recall']}  f1 {m['call_f1']}")
        typer.echo(f"reported-by: precision {m['reported_by_precision']}  recall {m['reported_by_recall']}"
                   f"  f1 {m['reported_by_f1']}")
        if result.misses:
            typer.echo(f"\nmisses ({len(result.misses)}):")
            for miss in result.misses:
                typer.echo(f"  - {miss}")
        if json_out is not None:
            report = {"metrics": m, "misses": result.misses, "namespace": result.namespace, "failed": failed}
            try:
                json_out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            except OSError as err:
                raise ExportError(Evaluate.REPORT_UNWRITABLE, f"cannot write the evaluation to {json_out}: {err}") from err
        if failed:
            raise ValidationFailed(Evaluate.REQUIREMENTS_FAILED, f"{len(failed)} requirement(s) failed: " + "; ".join(failed))


@app.command("query")
def query_cmd(
    query: Optional[str] = typer.Argument(
        None, help="A named query (see --list) or SPARQL text.", show_default=False
    ),
    graph: Optional[Path] = typer.Option(
        None, "--graph", "-g", help="Query this graph file (.ttl, .nt, .trig, .jsonld) instead of a store."
    ),
    store: Optional[Path] = typer.Option(
        None, "--store", help="Store directory to query (from `kg build` or `kg load`). [default: exports/store]"
    ),
    file: Optional[Path] = typer.Option(None, "--file", "-f", help="Run the SPARQL in this .rq file."),
    name: Optional[str] = typer.Option(None, "--name", "-n", help="Run this named query (same as giving its name)."),
    param: list[str] = typer.Option(
        [], "--param", "-p", metavar="KEY=VALUE", help="A query parameter, e.g. person=Lula. Repeatable."
    ),
    fmt: str = typer.Option("table", "--format", help="Output: table, csv, tsv or json (SPARQL JSON results)."),
    list_queries: bool = typer.Option(False, "--list", help="List the named queries and their parameters."),
) -> None:
    """Ask the graph a question with SPARQL: a named query, a .rq file or SPARQL text.

    Queries read the store `kg build` leaves in exports/store (or --store DIR), opened
    read-only, so any number can run at once, also during a build; --graph FILE reads a file.
    IRIs are shown shortened (id:, kg:, schema:); --format json gives full SPARQL JSON
    results. ASK prints true or false; CONSTRUCT and DESCRIBE print subject/predicate/object
    rows. Parameters fill the query's $name placeholders as escaped strings.

    Examples:

        kg query --list

        kg query calls

        kg query timeline --param person=Lula --format csv

        kg query evidence -p call=id:call/... --graph exports/graph.ttl

        kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
    """
    import textwrap

    from kg.query import run as q

    with user_errors():
        if list_queries:
            for nq in q.list_queries():
                params = " ".join(f"--param {p.name}=..." for p in nq.params)
                typer.echo(f"{nq.name:<14} {nq.title}" + (f"  ({params})" if params else ""))
                for line in textwrap.wrap(nq.description, 84):
                    typer.echo(f"{'':<15}{line}")
            return
        if fmt not in q.FORMATS:
            raise KgError(Query.UNKNOWN_FORMAT, f"unknown --format {fmt!r}; use one of {', '.join(q.FORMATS)}")
        given = [x for x in (query, file, name) if x is not None]
        if len(given) != 1:
            raise KgError(
                Query.ONE_QUERY, "give exactly one query: a name (see `kg query --list`), --name NAME, --file Q.rq or SPARQL text"
            )
        if name is not None:
            named = q.get_query(name)
        elif file is not None:
            named = q.read_query_file(file)
        elif query in {nq.name for nq in q.list_queries()} or not any(c in query for c in " \n\t{"):
            named = q.get_query(query)  # a bare word is a name: a typo gets the list of names
        else:
            named = q.parse_query(query, "query")
        params = {}
        for item in param:
            key, sep, value = item.partition("=")
            if not sep or not key.strip():
                raise KgError(Query.PARAM_SYNTAX, f"--param {item!r}: write it as KEY=VALUE, e.g. person=Lula")
            params[key.strip()] = value
        sparql = q.bind_params(named, params)
        if graph is not None and store is not None:
            raise KgError(Query.GRAPH_AND_STORE, "give --graph or --store, not both")
        source = store if store is not None else (graph or q.default_source())
        result = q.run_query(source, sparql)
        out = q.render(result, fmt)
        typer.echo(out, nl=not out.endswith("\n"))


@app.command("load")
def load_cmd(
    graphs: list[Path] = typer.Argument(..., help="Graph files to load (.ttl, .nt, .trig, .nq, .jsonld)."),
    store: Optional[Path] = typer.Option(
        None, "--store", help="Oxigraph store directory; created if missing. Loading a file again adds nothing."
    ),
    endpoint: Optional[str] = typer.Option(
        None, "--endpoint", help="Push to this SPARQL server (Graph Store Protocol or Update URL)."
    ),
    graph_iri: Optional[str] = typer.Option(
        None, "--graph-iri", help="Named graph to push into on the endpoint. [default: the default graph]"
    ),
    protocol: str = typer.Option("auto", "--protocol", help="Endpoint write protocol: auto, gsp or update."),
    timeout: float = typer.Option(
        60.0, "--timeout",
        help="Seconds each endpoint request may take in all (connecting, sending, the whole answer); inf: no limit.",
    ),
    replace: bool = typer.Option(
        False, "--replace",
        help="Replace what each article said before (by article named graph: give a TriG or N-Quads export) "
             "instead of adding to it.",
    ),
) -> None:
    """Load graph files into a local Oxigraph store and/or push them to a SPARQL server.

    The store is a set of triples: loading the same file twice adds nothing. Named graphs (one
    per article in a TriG export) are kept, and their triples join the default graph, which
    queries read. With --replace each article graph in the file replaces the one of the same
    name, and what no article supports any more leaves the default graph: a corrected article's
    old call goes. For a server that asks for a password, set KG_ENDPOINT_USER and
    KG_ENDPOINT_PASSWORD.

    Examples:

        kg load exports/graph.ttl --store store/

        kg load today/graph.trig --store store/ --replace

        kg query top-leaders --store store/

        kg load exports/graph.ttl --endpoint http://localhost:7878/store --graph-iri https://w3id.org/newskg/graph
    """
    import os

    with user_errors():
        if store is None and endpoint is None:
            raise KgError(Store.NO_TARGET, "say where to load: --store DIR and/or --endpoint URL")
        if graph_iri is not None and endpoint is None:
            raise KgError(Store.GRAPH_IRI_WITHOUT_ENDPOINT, "--graph-iri applies to --endpoint only (the store loads into its default graph)")
        if store is not None:
            from kg.store.local import load_into_store

            read = added = total = 0
            for path in graphs:
                report = load_into_store(path, store, replace=replace)
                read, added, total = read + report.read, added + report.added, report.total
                line = f"  {path}: {report.read} statements read, {report.added} new triples"
                if replace:
                    line += f"; {report.graphs} article graphs replaced, {report.removed} triples no longer supported"
                typer.echo(line)
                if report.unknown:
                    typer.echo(f"  note: the store had no graph for {report.unknown} of them: what those articles "
                               "said before stays (load TriG exports to keep article graphs)", err=True)
            typer.echo(f"loaded {read} triples ({added} new) into {store}; it now holds {total}")
        if endpoint is not None:
            from kg.store.endpoint import push_file

            user, password = os.environ.get("KG_ENDPOINT_USER"), os.environ.get("KG_ENDPOINT_PASSWORD")
            credentials = (user, password or "") if user else None
            for path in graphs:
                if path.suffix.lower() in (".trig", ".nq"):
                    from kg.store.endpoint_graphs import push_dataset

                    sent = push_dataset(path, endpoint, graph_iri, replace=replace, protocol=protocol,
                                        credentials=credentials, timeout=timeout)
                    verb = "replaced" if replace else "pushed"
                    typer.echo(f"{verb} {len(sent.pushes)} graphs ({sent.triples} triples) from {path} to {endpoint}")
                    if sent.skipped_default:
                        typer.echo(f"  note: the file's default graph ({sent.skipped_default} triples, the merged "
                                   "graph) was not pushed: with --replace the merged graph is the union of the "
                                   "article graphs (see the README)")
                    continue
                pushed = push_file(
                    path, endpoint, graph_iri, protocol=protocol, credentials=credentials, timeout=timeout,
                    replace=replace,
                )
                target = f"graph <{pushed.graph_iri}>" if pushed.graph_iri else "the default graph"
                typer.echo(
                    f"pushed {pushed.triples} triples from {path} to {endpoint} ({target}) "
                    f"with {pushed.protocol.upper()}, HTTP {pushed.status}"
                )
                if pushed.note:
                    typer.echo(f"  note: {pushed.note}")


@app.command("validate")
def validate_cmd(
    graph: Path = typer.Argument(Path("exports/graph.ttl"), help="The graph file to check (.ttl, .nt, .jsonld, ...)."),
) -> None:
    """Check a graph against the newskg SHACL shapes (ontology/shapes.ttl).

    Prints one line per violation (focus node, property, what is wrong) and exits 3 when there
    is any.

    Example:

        kg validate exports/graph.ttl
    """
    from kg.errors import ValidationFailed
    from kg.rdf.validate import format_report, validate_graph

    with user_errors():
        report = validate_graph(graph)
        if report.conforms:
            typer.echo(f"{graph}: conforms to the newskg shapes")
            if report.violations:  # warnings and infos only
                typer.echo(format_report(report))
            return
        typer.echo(format_report(report))
        raise ValidationFailed(
            Validate.VIOLATIONS, f"{graph}: {sum(v.severity == 'Violation' for v in report.violations)} SHACL violation(s)"
        )


@app.command("plot")
def plot_cmd(
    graph: Optional[Path] = typer.Argument(
        None, help="The graph file to draw (.ttl, .nt, .jsonld, ...). Default: exports/graph.ttl.", show_default=False
    ),
    store: Optional[Path] = typer.Option(
        None, "--store", help="Draw from an Oxigraph store directory instead (opened read-only)."
    ),
    out: Path = typer.Option(Path("leaders.png"), "--out", "-o", help="Picture to write: .png, .svg or .pdf."),
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
        [], "--status", metavar="STATUS",
        help="Call status to draw, repeatable: occurred, planned, denied, attempted. Default: occurred.",
    ),
    title: Optional[str] = typer.Option(None, "--title", help="Title above the picture. Default: what is shown."),
) -> None:
    """Draw the leaders' call network: who called whom, sized by number of calls.

    Calls between two or more kg:Leader participants are drawn, by default those that took place.
    Node size is a leader's number of calls; edge width is the number of calls between a pair.
    A big graph shows its --top most connected leaders. Labels never overlap.

    Examples:

        kg plot exports/graph.ttl -o leaders.png

        kg plot --store store/ --top 100 --since 2025-01-01 -o leaders.svg

        kg plot exports/graph.ttl --leader Putin -o putin.png
    """
    with user_errors():
        from kg.query.network import plot

        if graph is not None and store is not None:
            raise KgError(Plot.GRAPH_AND_STORE, "give a graph file or --store, not both")
        source = store if store is not None else (graph or Path("exports/graph.ttl"))
        report = plot(
            source, out, top=top, since=since and since.date(), until=until and until.date(),
            leader=leader, statuses=status or ("occurred",), title=title,
        )
        shown = f"{report.leaders} leaders" if report.leaders == report.total_leaders else (
            f"{report.leaders} of {report.total_leaders} leaders"
        )
        typer.echo(f"wrote {report.out}: {shown}, {report.calls} calls, {report.pairs} pairs of leaders")
        if report.unlabelled:
            typer.echo(f"note: {report.unlabelled} leader(s) drawn without a label for lack of room; lower --top")


@app.command("serve")
def serve_cmd(
    store: Path = typer.Option(Path("exports/store"), "--store", help="The Oxigraph store directory to serve."),
    port: int = typer.Option(7878, "--port", "-p", min=1, max=65535, help="Port of the SPARQL endpoint."),
    explorer_port: Optional[int] = typer.Option(
        None, "--explorer-port", min=1, max=65535, help="Port of the explorer page. [default: --port + 1]"
    ),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0 opens it to the network)."),
    writable: bool = typer.Option(
        False, "--writable", help="Let SPARQL Update and the Graph Store Protocol change the store."
    ),
) -> None:
    """Serve a store: Oxigraph's SPARQL endpoint and query page, and the explorer beside it.

    Prints `SPARQL endpoint: URL` and `explorer: URL` once both answer.
    Serves until Ctrl-C or SIGTERM, which stop everything it started.
    Read-only unless --writable.

    Examples:

        kg load exports/graph.ttl --store exports/store

        kg serve

        kg serve --store store/ --port 8000

        curl --data-urlencode 'query=ASK {}' http://127.0.0.1:7878/query
    """
    from kg.serve import start, stop_on_signals

    with user_errors():
        try:
            with stop_on_signals():
                with start(store, host=host, port=port, explorer_port=explorer_port, writable=writable) as serving:
                    typer.echo(f"SPARQL endpoint: {serving.sparql_url}")
                    typer.echo(f"explorer: {serving.explorer_url}")
                    mode = "read-write" if writable else "read-only"
                    typer.echo(f"serving {store} {mode}; query page {serving.query_page_url}; "
                               "Ctrl-C stops", err=True)
                    serving.wait()
        except KeyboardInterrupt:
            typer.echo("stopped the SPARQL endpoint and the explorer", err=True)


def main() -> None:
    """Entry point of the ``kg`` console script: the one KgError -> exit code boundary."""
    try:
        app()
    except KgError as err:  # raised outside a command's own handling
        typer.secho(f"error: {err}", fg=typer.colors.RED, err=True)
        sys.exit(err.exit_code)
