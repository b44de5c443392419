"""``kg query``: a named query, a .rq file or SPARQL text over a store or a graph file."""

from __future__ import annotations

import contextlib
import textwrap
from pathlib import Path
from typing import Optional

import typer

from kg.cli.app import app
from kg.cli.common import LOG_FORMAT, QUIET, VERBOSE, checked, is_stdio, log, read_text, session, write_text
from kg.errors import KgError, Query

__all__ = ["query_cmd"]


def _format(value: str) -> None:
    from kg.query.results import check_format

    check_format(value)


@app.command("query")
def query_cmd(
    query: Optional[str] = typer.Argument(
        None, help="A named query (see --list), SPARQL text, or - to read SPARQL from stdin.", show_default=False
    ),
    graph: Optional[Path] = typer.Option(
        None, "--graph", "-g", help="Query this graph file (.ttl, .nt, .trig, .jsonld; - reads TriG or Turtle from "
                                    "stdin) instead of a store."
    ),
    store: Optional[Path] = typer.Option(
        None, "--store", help="Store directory to query (from `kg build` or `kg load`). [default: exports/store]"
    ),
    file: Optional[Path] = typer.Option(None, "--file", help="Run the SPARQL in this .rq file (- reads stdin)."),
    name: Optional[str] = typer.Option(None, "--name", "-n", help="Run this named query (same as giving its name)."),
    param: list[str] = typer.Option(
        [], "--param", "-p", metavar="KEY=VALUE", help="A query parameter, e.g. person=Lula. Repeatable."
    ),
    fmt: str = typer.Option(
        "table", "--format", "-f", callback=checked(_format),
        help="Output: table, csv, tsv or json (SPARQL JSON results).",
    ),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the result to this file (- or none: stdout)."),
    limit: Optional[int] = typer.Option(
        None, "--limit", min=1, help="Show at most this many rows. A long listing (calls) shows one page by "
                                     "default (see --list); other queries every row.",
        show_default=False,
    ),
    offset: int = typer.Option(0, "--offset", min=0, help="Skip this many rows first (the next page: --offset 100)."),
    all_rows: bool = typer.Option(False, "--all", help="Every row, however many (slower; --limit/--offset choose a page)."),
    list_queries: bool = typer.Option(False, "--list", help="List the named queries and their parameters."),
    verbose: int = VERBOSE,
    quiet: int = QUIET,
    log_format: str = LOG_FORMAT,
) -> None:
    """Ask the graph a question with SPARQL: a named query, a .rq file or SPARQL text.

    Queries read the store `kg build` leaves in exports/store (or --store DIR), opened
    read-only, so any number can run at once, also during a build; --graph FILE reads a file.
    The prefixes rdf, rdfs, xsd, owl, skos, schema, kg, wd, id and those of the data (person,
    call, outlet, country, org, article, evidence, attribution) are declared for every query.
    IRIs are shown shortened (id:, kg:, schema:); --format json gives full SPARQL JSON
    results. ASK prints true or false; CONSTRUCT and DESCRIBE print subject/predicate/object
    rows. Parameters fill the query's $name placeholders as escaped strings.

    A long listing shows one page: `kg query calls` its first 100 calls, and says on stderr how
    many there are; --offset 100 shows the next page, --all every row.

    Examples:

        kg query --list

        kg query calls --all -f csv -o calls.csv

        kg query timeline --param person=Lula --format csv

        echo 'SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Call }' | kg query -

        kg query 'SELECT ?name WHERE { ?p a kg:Leader ; schema:name ?name }'
    """
    from kg.cli.common import stdin_file
    from kg.query import run as q
    from kg.query.paging import run_page

    with session(verbose, quiet, log_format):
        if list_queries:
            lines = []
            for nq in q.list_queries():
                params = " ".join(f"--param {p.name}=..." for p in nq.params)
                paged = f"  (pages of {nq.page}; --all for every one)" if nq.page else ""
                lines.append(f"{nq.name:<14} {nq.title}" + (f"  ({params})" if params else "") + paged)
                lines += [f"{'':<15}{line}" for line in textwrap.wrap(nq.description, 84)]
            write_text(out, "\n".join(lines) + "\n")
            return
        given = [x for x in (query, file, name) if x is not None]
        if len(given) != 1:
            raise KgError(
                Query.ONE_QUERY,
                "give exactly one query: a name (see `kg query --list`), --name NAME, --file Q.rq, SPARQL text or -",
            )
        if graph is not None and store is not None:
            raise KgError(Query.GRAPH_AND_STORE, "give --graph or --store, not both")
        if sum(is_stdio(x) for x in (query, file, graph)) > 1:
            raise KgError(Query.ONE_QUERY, "only one of the query and the graph can come from stdin (-)")
        if name is not None:
            named = q.get_query(name)
        elif file is not None:
            named = q.parse_query(read_text(file), "stdin") if is_stdio(file) else q.read_query_file(file)
        elif is_stdio(query):
            named = q.parse_query(read_text(Path("-")), "stdin")
        else:
            named = q.resolve_query(query)
        params = {}
        for item in param:
            key, sep, value = item.partition("=")
            if not sep or not key.strip():
                raise KgError(Query.PARAM_SYNTAX, f"--param {item!r}: write it as KEY=VALUE, e.g. person=Lula")
            params[key.strip()] = value
        if all_rows and (limit is not None or offset):
            raise KgError(Query.PAGE_AND_ALL, "give --all or --limit/--offset, not both")
        q.bind_params(named, params)  # a wrong parameter fails before any graph is read
        with contextlib.ExitStack() as stack:
            source = stack.enter_context(stdin_file(graph, ".trig")) if graph is not None else (
                store if store is not None else q.default_source())
            if all_rows:
                result = q.run_query(source, q.bind_params(named, params))
            else:
                result = run_page(source, named, params, limit=limit, offset=offset)
        text = q.render(result, fmt)
        write_text(out, text if text.endswith("\n") else text + "\n")
        if result.total is not None and (result.offset or len(result.rows) < result.total):
            log.info("%s", page_summary(result), extra={"event": "page", "done": len(result.rows), "total": result.total})


def page_summary(result) -> str:
    """``showing calls 1-100 of 17,430; --offset 100 for the next page, --all for every one``."""
    first, shown, total = result.offset + 1, len(result.rows), result.total
    if not shown:
        return f"no {result.unit} from {first:,}: there are {total:,}"
    last = result.offset + shown
    after = f"--offset {last} for the next page, " if last < total else ""
    return f"showing {result.unit} {first:,}-{last:,} of {total:,}; {after}--all for every one"
