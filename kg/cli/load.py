"""``kg load``: graph files into a local Oxigraph store and/or a SPARQL server."""

from __future__ import annotations

import os
from contextlib import ExitStack
from pathlib import Path
from typing import Optional

import typer

from kg.cli.app import app
from kg.cli.common import LOG_FORMAT, QUIET, VERBOSE, checked, log, session, stdin_file
from kg.errors import KgError, Store

__all__ = ["load_cmd"]


def _protocol(value: str) -> None:
    from kg.store.endpoint import PROTOCOLS
    from kg.errors import InputError, Remote

    if value not in PROTOCOLS:
        raise InputError(Remote.UNKNOWN_PROTOCOL, f"unknown protocol {value!r}: use one of {', '.join(PROTOCOLS)}")


def _timeout(value: float) -> None:
    from kg.store.transport import check_timeout

    check_timeout(value)


@app.command("load")
def load_cmd(
    graphs: list[Path] = typer.Argument(
        ..., help="Graph files to load (.ttl, .nt, .trig, .nq, .jsonld); - reads TriG or Turtle from stdin."
    ),
    store: Optional[Path] = typer.Option(
        None, "--store", help="Oxigraph store directory; created if missing. Loading a file again adds nothing."
    ),
    endpoint: Optional[str] = typer.Option(
        None, "--endpoint", help="Push to this SPARQL server (Graph Store Protocol or Update URL)."
    ),
    graph_iri: Optional[str] = typer.Option(
        None, "--graph-iri", help="Named graph to push into on the endpoint. [default: the default graph]"
    ),
    protocol: str = typer.Option(
        "auto", "--protocol", callback=checked(_protocol), help="Endpoint write protocol: auto, gsp or update."
    ),
    timeout: float = typer.Option(
        60.0, "--timeout", callback=checked(_timeout),
        help="Seconds each endpoint request may take in all (connecting, sending, the whole answer); inf: no limit.",
    ),
    replace: bool = typer.Option(
        False, "--replace",
        help="Replace what each article said before (by article named graph: give a TriG or N-Quads export) "
             "instead of adding to it.",
    ),
    verbose: int = VERBOSE,
    quiet: int = QUIET,
    log_format: str = LOG_FORMAT,
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
    with session(verbose, quiet, log_format):
        if store is None and endpoint is None:
            raise KgError(Store.NO_TARGET, "say where to load: --store DIR and/or --endpoint URL")
        if graph_iri is not None and endpoint is None:
            raise KgError(Store.GRAPH_IRI_WITHOUT_ENDPOINT,
                          "--graph-iri applies to --endpoint only (the store loads into its default graph)")
        if sum(str(g) == "-" for g in graphs) > 1:
            raise KgError(Store.NO_TARGET, "standard input (-) can be read once")
        with ExitStack() as stack:
            files = [(stack.enter_context(stdin_file(g, ".trig")), "<stdin>" if str(g) == "-" else str(g)) for g in graphs]
            if store is not None:
                _to_store(files, store, replace)
            if endpoint is not None:
                for path, shown in files:
                    _to_endpoint(path, shown, endpoint, graph_iri, protocol, timeout, replace)


def _to_store(files: list[tuple[Path, str]], store: Path, replace: bool) -> None:
    from kg.store.local import load_into_store

    read = added = total = 0
    for path, shown in files:
        report = load_into_store(path, store, replace=replace)
        read, added, total = read + report.read, added + report.added, report.total
        line = f"  {shown}: {report.read} statements read, {report.added} new triples"
        if replace:
            line += f"; {report.graphs} article graphs replaced, {report.removed} triples no longer supported"
        typer.echo(line)
        if report.unknown:
            log.warning("the store had no graph for %d of them: what those articles said before stays (load "
                        "TriG exports to keep article graphs)", report.unknown, extra={"prefix": "note: ", "event": "note"})
    typer.echo(f"loaded {read} triples ({added} new) into {store}; it now holds {total}")


def _to_endpoint(path: Path, shown: str, endpoint: str, graph_iri: Optional[str], protocol: str, timeout: float,
                 replace: bool) -> None:
    from kg.store.endpoint import push_file

    user, password = os.environ.get("KG_ENDPOINT_USER"), os.environ.get("KG_ENDPOINT_PASSWORD")
    credentials = (user, password or "") if user else None
    if path.suffix.lower() in (".trig", ".nq"):
        from kg.store.endpoint_graphs import push_dataset

        sent = push_dataset(path, endpoint, graph_iri, replace=replace, protocol=protocol,
                            credentials=credentials, timeout=timeout)
        verb = "replaced" if replace else "pushed"
        typer.echo(f"{verb} {len(sent.pushes)} graphs ({sent.triples} triples) from {shown} to {endpoint}")
        if sent.skipped_default:
            log.warning("the file's default graph (%d triples, the merged graph) was not pushed: with --replace "
                        "the merged graph is the union of the article graphs (see the README)", sent.skipped_default,
                        extra={"prefix": "note: ", "event": "note"})
        return
    pushed = push_file(path, endpoint, graph_iri, protocol=protocol, credentials=credentials, timeout=timeout,
                       replace=replace)
    target = f"graph <{pushed.graph_iri}>" if pushed.graph_iri else "the default graph"
    typer.echo(f"pushed {pushed.triples} triples from {shown} to {endpoint} ({target}) "
               f"with {pushed.protocol.upper()}, HTTP {pushed.status}")
    if pushed.note:
        log.warning("%s", pushed.note, extra={"prefix": "note: ", "event": "note"})
