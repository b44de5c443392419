"""The ``kg`` typer app: its help, ``--version``, ``-h`` and the console-script entry point.

Each command lives in its own module of ``kg.cli`` and registers itself on ``app``; imports of
heavy libraries (spaCy, rdflib, matplotlib) happen inside the commands so ``kg --help`` is fast.
"""

from __future__ import annotations

import typer

__all__ = ["app", "main", "version"]

HELP = (
    "newskg: turn news articles into a knowledge graph of who called whom, when, and who "
    "reported it.\n\n"
    "Results go to stdout; progress, notes and errors to stderr. Every command takes -h, -q, -v "
    "and --log-format json; `-` is standard input or output wherever a file is read or written.\n\n"
    "Exit codes and error codes: see \"Errors and exit codes\" in the README (README.md in the "
    "source, the project description on PyPI)."
)

app = typer.Typer(
    name="kg",
    help=HELP,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
    rich_markup_mode=None,  # plain click help and one-line errors: no panels that wrap a message
    context_settings={"help_option_names": ["-h", "--help"]},
)


def version() -> str:
    """``newskg X.Y.Z``: the installed distribution's version, else the package's."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    import kg

    try:
        return f"newskg {dist_version('newskg')}"
    except PackageNotFoundError:
        return f"newskg {kg.__version__}"


def _show_version(value: bool) -> None:
    if value:
        typer.echo(version())
        raise typer.Exit()


@app.callback()
def root(
    show_version: bool = typer.Option(
        False, "--version", is_eager=True, callback=_show_version, help="Print the version and exit."
    ),
) -> None:
    # the app's help is HELP; this callback only holds the options of `kg` itself
    return None


def main() -> None:
    """Entry point of the ``kg`` console script (and ``python -m kg``)."""
    app(prog_name="kg")
