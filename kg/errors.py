"""User-facing errors and the exit codes the CLI maps them to.

Library code raises ``KgError`` (or a subclass) with a code and a message that says what went
wrong and how to fix it; only ``kg.cli`` turns them into a message and an exit code.

Exit codes (documented in the README and ``kg --help``):
    0  success
    1  user or input error (bad option, unreadable file, nothing to build)
    2  the build finished but some inputs were skipped
    3  validation failed (SHACL violations, evaluation below a threshold)
    4  a remote server (SPARQL endpoint) refused or failed
    5  the build finished, but newskg's own code failed on some articles (a bug to report)
"""

from __future__ import annotations

__all__ = [
    "EXIT_OK",
    "EXIT_USAGE",
    "EXIT_SKIPPED",
    "EXIT_INVALID",
    "EXIT_REMOTE",
    "EXIT_INTERNAL",
    "KgError",
    "InputError",
    "ExportError",
    "ValidationFailed",
    "RemoteError",
    "ServeError",
]

EXIT_OK = 0
EXIT_USAGE = 1
EXIT_SKIPPED = 2
EXIT_INVALID = 3
EXIT_REMOTE = 4
EXIT_INTERNAL = 5


class KgError(Exception):
    """Root of the errors a user can act on. ``code`` is stable; the message says what to do."""

    exit_code = EXIT_USAGE

    def __init__(self, code: str, message: str):
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message


class InputError(KgError):
    """An input file or folder cannot be used."""


class ExportError(KgError):
    """An export could not be written."""


class ValidationFailed(KgError):
    """A graph does not conform (SHACL) or scores below a required threshold."""

    exit_code = EXIT_INVALID


class RemoteError(KgError):
    """A SPARQL endpoint refused or failed; the message carries what the server answered."""

    exit_code = EXIT_REMOTE


class ServeError(KgError):
    """`kg serve` cannot start or keep serving: no store, a port in use, the server failed."""
