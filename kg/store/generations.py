"""Store directories that readers can always open: immutable generations behind one symlink.

RocksDB (under Oxigraph) lets any number of processes open a store read-only, but only while
nobody writes it ("undefined behaviour" otherwise), and one read-write opener locks everyone else
out. So a store path such as ``exports/store`` is a symbolic link to a *generation*, a complete
Oxigraph directory under ``.kg/stores/`` beside it, which is never written once published:

* A writer (``kg build``, ``kg load``) takes ``.kg/stores/<name>.write.lock``, makes the next
  generation (empty, or a hard-linked copy of the current one made by RocksDB's backup), writes
  it, closes it, and publishes it by replacing the link in one ``rename``: a reader sees the old
  graph or the new one, never a half-written one and never a lock error.
* A reader resolves the link and holds a shared ``flock`` on ``<generation>.lock`` while it reads
  (``pinned``); old generations are deleted only when no reader holds them, by the next writer.
* A killed writer leaves an unpublished ``*.tmp`` generation that the next writer deletes.

A plain store directory (made by an older newskg or ``oxigraph load``) is read as it is, and
turned into a generation the first time it is written. Written for POSIX systems (symbolic links
and ``flock``); where ``fcntl`` does not exist readers do not pin their generation.
"""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from kg.errors import InputError, Store

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

if TYPE_CHECKING:
    import pyoxigraph

__all__ = [
    "generations_dir", "current", "is_store_dir", "pinned", "writer_lock", "new_generation", "publish",
    "write", "cleanup",
]

T = TypeVar("T")
_RETRIES = 50  # a reader racing a writer's switch retries this many times, 20 ms apart


def is_store_dir(path: Path) -> bool:
    """True when ``path`` (or what it links to) is an Oxigraph (RocksDB) directory."""
    return (Path(path) / "CURRENT").is_file()


def generations_dir(link: Path) -> Path:
    """Where the generations of the store at ``link`` live: ``<parent>/.kg/stores``."""
    return Path(link).parent / ".kg" / "stores"


def current(link: Path) -> Path | None:
    """The directory the store path ``link`` stands for now, or None when there is no store."""
    link = Path(link)
    if link.is_symlink():
        target = link.parent / os.readlink(link)
        return target if is_store_dir(target) else None
    return link if is_store_dir(link) else None


def _lock_file(generation: Path) -> Path:
    return generation.with_name(generation.name + ".lock")


def _flock(fh, mode: int) -> bool:
    if fcntl is None:
        return True
    try:
        fcntl.flock(fh.fileno(), mode)
        return True
    except BlockingIOError:
        return False


@contextlib.contextmanager
def pinned(link: Path) -> Iterator[Path]:
    """The current generation of ``link``, kept from deletion while the block runs.

    Raises ``InputError`` E525 when there is no store at ``link``.
    """
    link = Path(link)
    for _ in range(_RETRIES):
        target = current(link)
        if target is None:
            if link.exists() or link.is_symlink():
                time.sleep(0.02)  # a writer is switching the link, or a plain dir was half made
                continue
            break
        if not link.is_symlink():  # a plain store directory: nothing to pin
            yield target
            return
        with open(_lock_file(target), "a+b") as fh:
            _flock(fh, fcntl.LOCK_SH if fcntl else 0)
            if current(link) != target or not is_store_dir(target):
                continue  # replaced (and maybe deleted) between resolving and locking: again
            yield target
            return
    raise InputError(
        Store.NOT_A_STORE, f"{link}: not an Oxigraph store (build one with `kg build`, or `kg load GRAPH --store {link}`)"
    )


def _next_name(folder: Path, name: str) -> str:
    numbers = [0]
    for entry in folder.glob(f"{name}-*"):
        stem = entry.name[len(name) + 1:].split(".")[0]
        if stem.isdigit():
            numbers.append(int(stem))
    return f"{name}-{max(numbers) + 1:06d}"


def _publish(link: Path, target: Path) -> None:
    """Point ``link`` at ``target`` in one rename (a plain directory is moved aside first)."""
    if link.exists() and not link.is_symlink():
        legacy = target.parent / f"{link.name}-000000-legacy"
        os.replace(link, legacy)  # the one moment a reader may find no store: it retries
    tmp = link.with_name(f".{link.name}.link.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    os.symlink(os.path.relpath(target, link.parent), tmp)
    os.replace(tmp, link)
    _sync_dir(link.parent)


def _sync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def cleanup(link: Path) -> list[Path]:
    """Delete generations of ``link`` that are not current and that no reader pins, and
    unpublished ``*.tmp`` ones; call only while holding the writer lock. Returns what went."""
    folder = generations_dir(link)
    keep = current(link)
    gone: list[Path] = []
    if not folder.is_dir():
        return gone
    for entry in sorted(folder.glob(f"{Path(link).name}-*")):
        if not entry.is_dir() or entry == keep or (keep is not None and entry.resolve() == keep.resolve()):
            continue
        lock = _lock_file(entry)
        with open(lock, "a+b") as fh:
            if not _flock(fh, (fcntl.LOCK_EX | fcntl.LOCK_NB) if fcntl else 0):
                continue  # a reader still uses it: the next writer will try again
            shutil.rmtree(entry, ignore_errors=True)
            lock.unlink(missing_ok=True)
            gone.append(entry)
    for lock in folder.glob(f"{Path(link).name}-*.lock"):
        if not lock.with_name(lock.name[: -len(".lock")]).exists():
            with contextlib.suppress(OSError):
                lock.unlink()
    return gone


@contextlib.contextmanager
def writer_lock(link: Path) -> Iterator[None]:
    """Hold the store's writer lock (waiting for it): one writer per store at a time."""
    folder = generations_dir(link)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / f"{Path(link).name}.write.lock", "a+b") as fh:
        _flock(fh, fcntl.LOCK_EX if fcntl else 0)
        yield


def _check_target(link: Path) -> None:
    if link.exists() and not link.is_symlink() and not is_store_dir(link):
        if not link.is_dir():
            raise InputError(Store.STORE_IS_FILE, f"{link}: is a file, not a store directory")
        if any(link.iterdir()):
            raise InputError(
                Store.NOT_EMPTY, f"{link}: directory is not empty and holds no store; choose a new or empty directory for --store"
            )


def new_generation(link: Path, fill: Callable[["pyoxigraph.Store"], T], *, fresh: bool) -> tuple[T, Path]:
    """Make the next generation of the store at ``link`` with ``fill(store)``; not published.

    Call with ``writer_lock(link)`` held. ``fresh=True`` starts empty, otherwise from a copy of
    the current generation (RocksDB's backup: hard links, so cheap). The store is closed before
    this returns; ``fill`` must not keep it. On any error (or a kill) the unfinished generation is
    deleted (now, or by the next writer) and the link is untouched. Returns ``fill``'s result
    and the finished generation's directory, for ``publish``.
    """
    import pyoxigraph as ox

    link = Path(link)
    _check_target(link)
    folder = generations_dir(link)
    cleanup(link)
    name = _next_name(folder, link.name)
    tmp, final = folder / f"{name}.tmp", folder / name
    source = current(link)
    try:
        if not fresh and source is not None:
            if link.is_symlink():  # a generation: flushed, so RocksDB's backup (hard links) has it all
                ox.Store.read_only(str(source)).backup(str(tmp))
            else:  # a plain directory may hold data only in its write-ahead log: copy it all
                shutil.copytree(source, tmp)
                (tmp / "LOCK").unlink(missing_ok=True)
        store = ox.Store(str(tmp))
        try:
            result = fill(store)
            store.flush()
        except BaseException as err:
            traceback.clear_frames(err.__traceback__)
            raise
        finally:
            del store
            gc.collect()  # pyoxigraph closes RocksDB when the Store is freed
        os.replace(tmp, final)
        _sync_dir(folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return result, final


def publish(link: Path, generation: Path) -> None:
    """Point ``link`` at ``generation`` (from ``new_generation``) and delete unused ones.
    Call with ``writer_lock(link)`` held."""
    link = Path(link)
    if link.exists() and not link.is_symlink() and not is_store_dir(link):
        link.rmdir()  # an empty directory given as --store (``_check_target`` allowed it)
    _publish(link, Path(generation))
    cleanup(link)


def write(link: Path, fill: Callable[["pyoxigraph.Store"], T], *, fresh: bool) -> T:
    """Lock, make a new generation with ``fill`` and publish it; returns ``fill``'s result."""
    with writer_lock(link):
        result, generation = new_generation(link, fill, fresh=fresh)
        publish(link, generation)
    return result
