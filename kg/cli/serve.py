"""``kg serve``: Oxigraph's SPARQL endpoint over a store, and the explorer beside it."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.cli.app import app
from kg.cli.common import LOG_FORMAT, QUIET, VERBOSE, log, session

__all__ = ["serve_cmd"]


@app.command("serve")
def serve_cmd(
    store: Path = typer.Option(Path("exports/store"), "--store", help="The Oxigraph store directory to serve."),
    port: int = typer.Option(7878, "--port", min=1, max=65535, help="Port of the SPARQL endpoint."),
    explorer_port: Optional[int] = typer.Option(
        None, "--explorer-port", min=1, max=65535, help="Port of the explorer page. [default: --port + 1]"
    ),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0 opens it to the network)."),
    writable: bool = typer.Option(
        False, "--writable", help="Let SPARQL Update and the Graph Store Protocol change the store."
    ),
    verbose: int = VERBOSE,
    quiet: int = QUIET,
    log_format: str = LOG_FORMAT,
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

    with session(verbose, quiet, log_format):
        try:
            with stop_on_signals():
                with start(store, host=host, port=port, explorer_port=explorer_port, writable=writable) as serving:
                    typer.echo(f"SPARQL endpoint: {serving.sparql_url}")
                    typer.echo(f"explorer: {serving.explorer_url}")
                    mode = "read-write" if writable else "read-only"
                    log.info("serving %s %s; query page %s; Ctrl-C stops", store, mode, serving.query_page_url,
                             extra={"event": "serving"})
                    serving.wait()
        except KeyboardInterrupt:
            log.info("stopped the SPARQL endpoint and the explorer", extra={"event": "stopped"})
