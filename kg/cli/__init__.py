"""The command-line tool: a thin typer layer over the library, one module per command.

``kg.cli.app`` holds the app and its options shared by all; ``kg.cli.common`` the conventions
(stdout for results, stderr for messages, ``-`` for stdin/stdout, the one error boundary);
``kg.cli.progress`` the build's progress display. Importing this package registers the commands.
"""

from kg.cli.app import app, main
from kg.cli import build, diff, evaluate, load, plot, query, serve, validate  # noqa: F401,E402 - registers

__all__ = ["app", "main"]
