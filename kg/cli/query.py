"""``kg query``: a named query, a .rq file or SPARQL text over a store or a graph file."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Optional

import typer

from kg.cli.app import app
from kg.cli.common import LOG_FORMAT, QUIET, VERBOSE, checked, is_stdio, read_text, session, write_text
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

    Examples:

        kg query --list

        kg query calls -f csv -o calls.csv

        kg query timeline --param person=Lula --format csv

        echo 'SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Call }' | kg query -

        kg query 'SELECT ?name WHERE { ?p a kg:Leader ; schema:name ?name }'
    """
    from kg.cli.common import stdin_file
    from kg.query import run as q

    with session(verbose, quiet, log_format):
        if list_queries:
            lines = []
            for nq in q.list_queries():
                params = " ".join(f"--param {p.name}=..." for p in nq.params)
                lines.append(f"{nq.name:<14} {nq.title}" + (f"  ({params})" if params else ""))
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
        sparql = q.bind_params(named, params)
        if graph is not None:
            with stdin_file(graph, ".trig") as path:
                result = q.run_query(path, sparql)
        else:
            result = q.run_query(store if store is not None else q.default_source(), sparql)
        text = q.render(result, fmt)
        write_text(out, text if text.endswith("\n") else text + "\n")
