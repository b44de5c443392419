"""What every command shares: the output options, messages on stderr, the error boundary and
``-`` for standard input and output.

Conventions (the README's "Command-line conventions"): results go to stdout, everything else
(progress, notes, warnings, errors) to stderr through the ``kg`` logger, as text or as one JSON
object a line (``--log-format json``). ``-q`` hides progress and notes (``-qq``: errors only),
``-v`` adds stage timings (``-vv``: debug detail and tracebacks). ``session()`` is the one place
a ``KgError`` becomes a message and its catalogue exit code; a usage error goes through click,
which prints the command's usage and exits 2; any other exception is a bug: ``E001``, exit 5.
"""

from __future__ import annotations

import json
import logging
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Optional

import typer

from kg.cli._click import ClickException, UsageError, get_current_context
from kg.errors import Cli, Exit, KgError

__all__ = [
    "VERBOSE", "QUIET", "LOG_FORMAT", "Session", "session", "log", "is_stdio",
    "write_text", "write_bytes", "read_text", "stdin_file", "checked",
]

log = logging.getLogger("kg")

VERBOSE = typer.Option(0, "--verbose", "-v", count=True, show_default=False, help="More on stderr: stage timings (-vv: debug detail).")
QUIET = typer.Option(0, "--quiet", "-q", count=True, show_default=False, help="Less on stderr: no progress or notes (-qq: errors only).")


def _log_format(value: str) -> str:
    if value not in ("text", "json"):
        raise typer.BadParameter(f"{value!r} is not text or json")
    return value


LOG_FORMAT = typer.Option(
    "text", "--log-format", metavar="text|json", callback=_log_format,
    help="Messages on stderr as text, or as JSON (one object a line).",
)

_COLOURS = {logging.ERROR: "red", logging.WARNING: "yellow"}


class _Text(logging.Handler):
    """One line per message on the current stderr (typer's, so CliRunner and rich see it)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = record.getMessage()
            prefix = getattr(record, "prefix", None)
            if prefix is None:
                prefix = {logging.ERROR: "error: ", logging.WARNING: "warning: "}.get(record.levelno, "")
            text = prefix + line
            if record.exc_info and log.isEnabledFor(logging.DEBUG):
                text += "\n" + "".join(traceback.format_exception(*record.exc_info)).rstrip()
            typer.secho(text, fg=_COLOURS.get(record.levelno), err=True)
        except Exception:  # noqa: BLE001 - logging must never raise into the command
            self.handleError(record)


class _Json(logging.Handler):
    """One JSON object per message: time, level, event, message and the record's fields."""

    FIELDS = ("event", "code", "source", "stage", "done", "total", "seconds", "exit_code", "path")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            doc: dict[str, Any] = {
                "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + "Z",
                "level": record.levelname.lower(),
                "event": "message",
                "message": record.getMessage(),
            }
            doc.update({k: getattr(record, k) for k in self.FIELDS if hasattr(record, k)})
            if "code" in doc:
                doc["code"] = str(doc["code"])
            if record.exc_info and log.isEnabledFor(logging.DEBUG):
                doc["traceback"] = "".join(traceback.format_exception(*record.exc_info))
            typer.echo(json.dumps(doc, ensure_ascii=False), err=True)
        except Exception:  # noqa: BLE001 - logging must never raise into the command
            self.handleError(record)


class Session:
    """A command's run: its verbosity and log format (``progress`` says whether to draw bars)."""

    def __init__(self, verbose: int, quiet: int, log_format: str):
        self.verbose, self.quiet, self.log_format = verbose, quiet, log_format

    @property
    def level(self) -> int:
        if self.quiet:
            return logging.WARNING if self.quiet == 1 else logging.ERROR
        return logging.DEBUG if self.verbose > 1 else logging.INFO

    @property
    def progress(self) -> bool:
        """Progress bars: on a terminal, at the default level or more, in text mode."""
        return not self.quiet and self.log_format == "text"

    @property
    def json(self) -> bool:
        return self.log_format == "json"


@contextmanager
def session(verbose: int = 0, quiet: int = 0, log_format: str = "text") -> Iterator[Session]:
    """Set up the ``kg`` logger for one command and be its error boundary (see the module doc)."""
    run = Session(verbose, quiet, log_format)
    handler: logging.Handler = _Json() if run.json else _Text()
    saved = (log.level, log.propagate)
    log.addHandler(handler)
    log.setLevel(run.level)
    log.propagate = False
    try:
        yield run
    except (typer.Exit, typer.Abort, ClickException):
        raise
    except KgError as err:
        if err.exit_code == Exit.USAGE:  # click prints the usage line and exits 2
            raise UsageError(str(err), get_current_context(silent=True)) from err
        log.error("%s", err, extra={"event": "error", "code": err.code, "exit_code": err.exit_code})
        raise typer.Exit(err.exit_code) from err
    except BrokenPipeError:  # `kg query ... | head`: the reader has gone, and that is fine
        _pacify_stdout()
        raise typer.Exit(Exit.ERROR) from None
    except KeyboardInterrupt:
        raise
    except Exception as err:  # noqa: BLE001 - the boundary: a bug becomes E001, never a bare traceback
        where = _where(err)
        log.error(
            "[%s] internal error: %s: %s (at %s); please report it%s", Cli.UNEXPECTED, type(err).__name__, err, where,
            "" if log.isEnabledFor(logging.DEBUG) else "; -vv shows the traceback",
            exc_info=err, extra={"event": "error", "code": Cli.UNEXPECTED, "exit_code": int(Exit.INTERNAL)},
        )
        raise typer.Exit(Exit.INTERNAL) from err
    finally:
        log.removeHandler(handler)
        log.setLevel(saved[0])
        log.propagate = saved[1]


def _where(err: BaseException) -> str:
    frames = traceback.extract_tb(err.__traceback__)
    ours = [f for f in frames if "/kg/" in f.filename.replace("\\", "/")] or frames
    if not ours:
        return "?"
    frame = ours[-1]
    path = frame.filename.replace("\\", "/")
    return f"{path[path.rfind('/kg/') + 1:] if '/kg/' in path else path}:{frame.lineno}"


def _pacify_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # CliRunner's stdout has no file descriptor
        pass


# --- standard input and output ---------------------------------------------------------------


def is_stdio(path: Optional[Path | str]) -> bool:
    """True for ``-`` (standard input or output)."""
    return path is not None and str(path) == "-"


def write_text(path: Optional[Path], text: str) -> None:
    """``text`` to stdout (no path, or ``-``) or atomically to the file ``path``."""
    if path is None or is_stdio(path):
        typer.echo(text, nl=False)
        return
    write_bytes(path, text.encode("utf-8"))


def write_bytes(path: Optional[Path], data: bytes) -> None:
    """``data`` to stdout (no path, or ``-``) or atomically to the file ``path``."""
    if path is None or is_stdio(path):
        stream = typer.get_binary_stream("stdout")
        stream.write(data)
        stream.flush()
        return
    from kg.write.atomic import atomic_write

    atomic_write(Path(path), lambda fh: fh.write(data))


def read_text(path: Path) -> str:
    """The UTF-8 text of standard input (``-``) or of ``path``."""
    if is_stdio(path):
        data = typer.get_binary_stream("stdin").read()
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise KgError(Cli.STDIN_UNREADABLE, f"standard input is not UTF-8 text ({err.reason} at byte {err.start})") \
                from err
    return Path(path).read_text(encoding="utf-8")


@contextmanager
def stdin_file(path: Path, suffix: str) -> Iterator[Path]:
    """``path`` itself, or for ``-`` standard input copied to a temporary ``stdin{suffix}`` file
    (for readers that take a path). Messages name it ``<stdin>``."""
    if not is_stdio(path):
        yield Path(path)
        return
    with tempfile.TemporaryDirectory(prefix="kg-stdin-") as tmp:
        spooled = Path(tmp) / f"stdin{suffix}"
        with open(spooled, "wb") as fh:
            shutil.copyfileobj(typer.get_binary_stream("stdin"), fh)
        try:
            yield spooled
        except KgError as err:
            raise type(err)(err.code, err.message.replace(str(spooled), "<stdin>")) from err


def checked(check: Callable[[Any], Any]) -> Callable[..., Any]:
    """An option callback running a library check while options are parsed, before any work:
    a ``KgError`` becomes click's "Invalid value" usage error (exit 2) with the code."""

    def callback(ctx: typer.Context, param: typer.CallbackParam, value: Any) -> Any:
        if value is None or ctx.resilient_parsing:
            return value
        try:
            result = check(value)
        except KgError as err:
            raise typer.BadParameter(str(err), ctx=ctx, param=param) from err
        return value if result is None else result

    return callback


