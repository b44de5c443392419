"""The click underneath typer: recent typer ships its own copy (``typer._click``), older ones
use the ``click`` package. Only the few names typer does not re-export are taken from here."""

from __future__ import annotations

try:
    from typer._click.exceptions import ClickException, UsageError
    from typer._click.globals import get_current_context
except ImportError:  # typer before it vendored click
    from click.exceptions import ClickException, UsageError  # type: ignore[no-redef]
    from click.globals import get_current_context  # type: ignore[no-redef]

__all__ = ["ClickException", "UsageError", "get_current_context"]
