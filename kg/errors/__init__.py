"""User-facing errors, the catalogue of their codes and the exit codes they map to.

Library code raises ``KgError`` (or a subclass, to be caught by kind) with a catalogue member
(``kg.errors.catalogue``: ``Read.NO_SUCH_PATH``, ``Query.SYNTAX``, ...) and a message that says
what went wrong and how to fix it. The code decides the exit code (``Exit``); only ``kg.cli``
turns an error into a message and that exit code. The README's "Errors and exit codes" section
holds the one table of each, checked against this package by ``tests/test_errors.py``.
"""

from __future__ import annotations

from kg.errors.catalogue import (
    CATALOGUE,
    READ_NOTICES,
    READ_PROBLEMS,
    REMOTE_PROBLEMS,
    TABLES,
    Build,
    Cli,
    Diff,
    Evaluate,
    Export,
    DataFile,
    Rdf,
    Iri,
    Model,
    Plot,
    Query,
    Read,
    Remote,
    Serve,
    Store,
    Validate,
    lookup,
    markdown_table,
)
from kg.errors.codes import EXIT_MEANINGS, Code, Exit

__all__ = [
    "Exit", "EXIT_MEANINGS", "Code", "CATALOGUE", "TABLES", "lookup", "markdown_table", "exit_table",
    "EXIT_OK", "EXIT_ERROR", "EXIT_USAGE", "EXIT_INVALID", "EXIT_REMOTE", "EXIT_INTERNAL", "EXIT_SKIPPED",
    "KgError", "InputError", "ExportError", "ValidationFailed", "RemoteError", "ServeError",
    "Cli", "Iri", "Read", "DataFile", "Model", "Build", "Rdf", "Export", "Query", "Store",
    "Validate", "Evaluate", "Remote", "Plot", "Diff", "Serve",
    "READ_PROBLEMS", "READ_NOTICES", "REMOTE_PROBLEMS",
]

EXIT_OK = Exit.OK
EXIT_ERROR = Exit.ERROR
EXIT_USAGE = Exit.USAGE
EXIT_INVALID = Exit.CHECK_FAILED
EXIT_REMOTE = Exit.REMOTE
EXIT_INTERNAL = Exit.INTERNAL
EXIT_SKIPPED = Exit.SKIPPED


class KgError(Exception):
    """Root of the errors a user can act on. ``code`` is a catalogue ``Code``; the message says
    what to do; ``exit_code`` is the code's."""

    def __init__(self, code: str, message: str):
        try:
            code = lookup(code)
        except KeyError:  # not in the catalogue: tests/test_errors.py keeps this from shipping
            code = Code(str(code), "not in the catalogue")
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message

    @property
    def exit_code(self) -> int:
        return int(self.code.exit)


class InputError(KgError):
    """An input file, folder or option cannot be used."""


class ExportError(KgError):
    """An export could not be written."""


class ValidationFailed(KgError):
    """A graph does not conform (SHACL) or scores below a required threshold."""


class RemoteError(KgError):
    """A SPARQL endpoint refused or failed; the message carries what the server answered."""


class ServeError(KgError):
    """`kg serve` cannot start or keep serving: no store, a port in use, the server failed."""


def exit_table() -> str:
    """The README's table of exit codes."""
    rows = ["| exit code | meaning | e.g. |", "| --- | --- | --- |"]
    rows += [f"| {int(code)} | {meaning} | {example} |" for code, (meaning, example) in EXIT_MEANINGS.items()]
    return "\n".join(rows) + "\n"
