"""The export set of a build: written aside, then switched in as a whole.

A build writes every export into a private staging folder (``<out>/.kg/tmp/export-*``), and
only when all of them (and the store) are complete does it switch them in: a journal
(``<out>/.kg/switch.json``, itself written atomically) lists the renames, then each file is
renamed over its old version, then the store link is switched, then the journal goes. A kill
before the journal leaves the old set untouched; a kill during the switch leaves a journal that
the next build (or ``recover``) finishes first. Export files of the kinds newskg writes that the
new build did not write are removed in the same switch, so the folder never holds a new Turtle
beside an old GraphML.

Staging folders hold an ``flock`` while their build runs; a later build deletes the ones nobody
holds (left by killed builds), and the hidden ``.graph.*.tmp`` files of older versions.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from kg.errors import Export, ExportError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = ["ExportSet", "EXPORT_NAMES", "recover", "describe_os_error"]

#: Every file name an export set may hold; the ones a build does not write are removed.
EXPORT_NAMES = ("graph.ttl", "graph.nt", "graph.trig", "graph.jsonld", "graph.graphml", "graph.gexf",
                "graph.leaders.graphml", "graph.leaders.gexf")
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", -1), errno.EFBIG}


def describe_os_error(err: OSError) -> str:
    """A short reason for ``err``, naming a full disk as such."""
    text = err.strerror or str(err)
    # RocksDB (under Oxigraph) reports I/O failures as an OSError without errno, in words
    if err.errno in _DISK_FULL or any(w in str(err) for w in ("No space left", "File too large", "quota")):
        return f"the disk is full or a file size limit was reached ({text})"
    return text


def _private(out_dir: Path) -> Path:
    return Path(out_dir) / ".kg"


def _journal(out_dir: Path) -> Path:
    return _private(out_dir) / "switch.json"


def _sync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def recover(out_dir: Path, publish: Callable[[Path, Path], None] | None = None) -> bool:
    """Finish a switch a killed build left half done (``publish(link, generation)`` switches a
    store link). Returns True when there was one."""
    journal = _journal(out_dir)
    if not journal.is_file():
        return False
    plan = json.loads(journal.read_text(encoding="utf-8"))
    _apply(Path(out_dir), plan, publish)
    return True


def _apply(out_dir: Path, plan: dict, publish: Callable[[Path, Path], None] | None) -> None:
    staging = Path(plan["staging"])
    for name in plan["files"]:
        if (staging / name).exists():
            os.replace(staging / name, out_dir / name)
    for name in plan["remove"]:
        with contextlib.suppress(FileNotFoundError):
            (out_dir / name).unlink()
    store = plan.get("store")
    if store and publish is not None and Path(store["generation"]).is_dir():
        publish(Path(store["link"]), Path(store["generation"]))
    _sync_dir(out_dir)
    shutil.rmtree(staging, ignore_errors=True)
    _journal(out_dir).unlink(missing_ok=True)
    _sync_dir(_private(out_dir))


def _clean_stale(out_dir: Path, tmp_root: Path) -> None:
    for entry in tmp_root.glob("export-*"):
        if entry.suffix == ".lock":
            continue
        lock = entry.with_name(entry.name + ".lock")
        with open(lock, "a+b") as fh:
            if fcntl is not None:
                try:
                    fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    continue  # another build is writing there
            shutil.rmtree(entry, ignore_errors=True)
        lock.unlink(missing_ok=True)
    for pattern in (".graph.*.tmp", ".graph.leaders.*.tmp"):
        for stale in out_dir.glob(pattern):
            with contextlib.suppress(OSError):
                stale.unlink()


class ExportSet:
    """``with ExportSet(out) as exports:`` write ``exports.path(name)`` for each file, then
    ``exports.commit(names, store=...)``; leaving the block without a commit drops them all."""

    def __init__(self, out_dir: Path, publish: Callable[[Path, Path], None] | None = None):
        self.out_dir = Path(out_dir)
        self._publish = publish
        self.staging: Path | None = None
        self._lock = None
        self.committed = False

    def __enter__(self) -> "ExportSet":
        tmp_root = _private(self.out_dir) / "tmp"
        try:
            tmp_root.mkdir(parents=True, exist_ok=True)
            recover(self.out_dir, self._publish)
            _clean_stale(self.out_dir, tmp_root)
            self.staging = Path(tempfile.mkdtemp(prefix="export-", dir=tmp_root))
            self._lock = open(self.staging.with_name(self.staging.name + ".lock"), "a+b")
        except OSError as err:
            raise ExportError(
                Export.FOLDER_UNWRITABLE, f"cannot write into the output folder {self.out_dir}: {describe_os_error(err)}; "
                "check that it exists and is writable (the previous exports are unchanged)",
            ) from err
        if fcntl is not None:
            fcntl.flock(self._lock.fileno(), fcntl.LOCK_EX)
        return self

    def path(self, name: str) -> Path:
        assert self.staging is not None
        return self.staging / name

    def commit(self, names: list[str], store: tuple[Path, Path] | None = None) -> list[Path]:
        """Switch the staged ``names`` (and the store ``(link, generation)``) in; returns the
        final paths. Every staged file is flushed to disk before anything is switched."""
        assert self.staging is not None
        plan = {"staging": str(self.staging), "files": list(names),
                "remove": [n for n in EXPORT_NAMES if n not in names],
                "store": {"link": str(store[0]), "generation": str(store[1])} if store else None}
        try:
            for name in names:
                with open(self.staging / name, "rb") as fh:
                    os.fsync(fh.fileno())
            _sync_dir(self.staging)
            journal = _journal(self.out_dir)
            tmp = journal.with_suffix(".tmp")
            tmp.write_text(json.dumps(plan, indent=1), encoding="utf-8")
            with open(tmp, "rb") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, journal)
            _sync_dir(journal.parent)
        except OSError as err:
            raise ExportError(Export.WRITE_FAILED, f"cannot finish the exports in {self.out_dir}: {describe_os_error(err)}; "
                              "the previous exports are unchanged") from err
        _apply(self.out_dir, plan, self._publish)  # renames within one folder: no space needed
        self.committed = True
        return [self.out_dir / n for n in names]

    def __exit__(self, *exc) -> None:
        if self.staging is not None and not self.committed:
            shutil.rmtree(self.staging, ignore_errors=True)
        if self._lock is not None:
            self._lock.close()
            with contextlib.suppress(OSError):
                Path(self._lock.name).unlink()
