"""The command-line tool: a thin typer layer over the library.

Each command parses options, calls one library function, renders the result and maps
``KgError`` to a message and an exit code (see ``kg.errors``) in one place: ``main()``.
Heavy imports (spaCy, rdflib, matplotlib) happen inside the commands so ``kg --help`` is fast.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

import typer

from kg.errors import KgError

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
        "3 validation or evaluation failed; 4 a SPARQL server refused or failed."
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


def main() -> None:
    """Entry point of the ``kg`` console script: the one KgError -> exit code boundary."""
    try:
        app()
    except KgError as err:  # raised outside a command's own handling
        typer.secho(f"error: {err}", fg=typer.colors.RED, err=True)
        sys.exit(err.exit_code)
