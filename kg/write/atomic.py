"""Atomic file writes for exports.

A failed export must never leave a truncated or empty file that a later tool mistakes for a
finished one (a 0-byte ``.graphml`` is a known trap), nor destroy the previous export. So every
export is written to a temporary file in the target's directory, flushed to disk, and renamed
over the target in one step; on any failure the temporary file is removed and the target is
untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from kg.errors import Export, ExportError

__all__ = ["atomic_write", "WRITE_ERRORS"]

#: The failures a serialiser raises on data it cannot write, besides ``OSError``. Anything else
#: is a bug in this package and propagates unchanged.
WRITE_ERRORS: tuple[type[Exception], ...] = (OSError, ValueError, TypeError, LookupError)


def _default_mode() -> int:
    # mkstemp creates 0600 files; an export should get the usual permissions (0666 & ~umask).
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write(
    path: Path,
    write: Callable[[BinaryIO], None],
    *,
    errors: tuple[type[Exception], ...] = WRITE_ERRORS,
) -> Path:
    """Write ``path`` through ``write(fh)`` all at once or not at all.

    Raises ``ExportError`` (E401 when the directory is not writable, E402 when ``write`` or the
    disk fails), chained from the original error; the previous ``path``, if any, stays intact.
    """
    path = Path(path)
    try:
        mode = path.stat().st_mode & 0o7777 if path.exists() else _default_mode()
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:
        raise ExportError(
            Export.FOLDER_UNWRITABLE,
            f"cannot write {path}: {err.strerror or err}; check that the folder exists and is writable",
        ) from err
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as err:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(err, ExportError) or not isinstance(err, errors):
            raise
        raise ExportError(Export.WRITE_FAILED, f"cannot write {path}: {type(err).__name__}: {err}") from err
    _sync_dir(path.parent)
    return path


def _sync_dir(folder: Path) -> None:
    """Make the rename durable; best effort (not every platform can open a directory)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
