"""One build at a time per output folder: an exclusive lock on ``<out>/.kg/build.lock``.

A second ``kg build`` into the same folder is refused at once with a message naming the
process that holds it (waiting silently would look like a hang). The lock is an OS file lock
(``flock``; ``msvcrt.locking`` on Windows), so the kernel drops it when its holder dies, even
by SIGKILL: a killed build never leaves a stale lock behind.
"""

from __future__ import annotations

import os
from pathlib import Path

from kg.errors import Build, InputError

__all__ = ["BuildLock"]

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None
    import msvcrt


def _try_lock(fd: int) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:  # pragma: no cover - Windows
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


class BuildLock:
    """Context manager holding the build lock of ``folder`` (created if missing)."""

    def __init__(self, folder: Path, out: Path | None = None):
        self.path = Path(folder) / "build.lock"
        self.out = out or Path(folder).parent
        self._fd: int | None = None

    def __enter__(self) -> BuildLock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as err:
            raise InputError(Build.LOCK_UNWRITABLE, f"cannot write to the output folder {self.out}: {err.strerror}") from err
        if not _try_lock(fd):
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise InputError(
                Build.LOCKED,
                f"another kg build (process {holder}) is writing to {self.out}; "
                "wait for it to finish, or build into another --out folder",
            )
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        self._fd = fd
        return self

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None
