"""Walking input folders safely: which files are articles, and what is reported instead.

``walk(root, state)`` yields one ``Folder`` per folder (its article files, sorted by name; the
folder's own files come before its subfolders, depth first, without recursion) and a
``Skipped`` for each entry that cannot be used. Listing a folder only stats its entries; the
files are read later, by the caller, one at a time.

Links and odd entries, each reported once and skipped, never fatal:

* a symbolic link that loops (``a -> a``, or a folder link back to a folder above it):
  ``LINK_LOOP``; a link to nothing: ``DANGLING_LINK``;
* FIFOs, devices and sockets: ``SPECIAL_FILE`` (never opened: a FIFO would block the build);
* a link to a file or folder inside the input that the walk reads in its own place:
  ``SEEN_FILE``/``SEEN_FOLDER``, so no article is read twice. A link out of the input is
  followed, once: a second link to the same file or folder is ``SEEN_*`` too;
* a folder that cannot be listed: ``CANNOT_LIST``.

Hidden entries (a name starting with ``.``) are ignored, as are files that are not ``.txt``,
``.json`` or ``.jsonl`` (and ``metadata.csv``, which the caller reads for its folder).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import Read
from kg.model import Skipped
from kg.read.names import display_path, escape_name

__all__ = ["SUPPORTED_SUFFIXES", "METADATA_NAME", "FileEntry", "Folder", "WalkState", "walk", "special_kind"]

SUPPORTED_SUFFIXES = (".txt", ".json", ".jsonl")
METADATA_NAME = "metadata.csv"


@dataclass(frozen=True, slots=True)
class FileEntry:
    """An article file: its path, its name as the OS gives it and its escaped name (for ids)."""

    path: Path
    raw_name: str
    name: str
    info: os.stat_result | None = None  # as the walk found it (the link's target for a link)


@dataclass(frozen=True, slots=True)
class Folder:
    """A folder's article files, in name order, and every name it holds (for ``metadata.csv``)."""

    path: Path
    prefix: str  # id prefix of its files: "" for an input folder, "sub/dir/" below it
    files: tuple[FileEntry, ...]
    names: frozenset[str] = frozenset()


@dataclass
class WalkState:
    """What the walks of one run share: the real paths of the inputs, and the link targets
    already followed out of them (each read once)."""

    roots: list[str] = field(default_factory=list)
    followed: dict[tuple[int, int], str] = field(default_factory=dict)


def special_kind(mode: int) -> str | None:
    """``"FIFO"``, ``"device"`` or ``"socket"`` for a special file's mode, else None."""
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return None


def walk(root: Path, state: WalkState) -> Iterator[Folder | Skipped]:
    """Walk the folder ``root`` (see the module docstring)."""
    real_root = os.path.realpath(root)
    state.roots.append(real_root)
    top = os.stat(root)
    # (folder, id prefix, (dev, ino) of the folders above it and itself, reached by a link out)
    stack: list[tuple[Path, str, frozenset[tuple[int, int]], bool]] = [(root, "", frozenset({_key(top)}), False)]
    while stack:
        folder, prefix, above, outside = stack.pop()
        try:
            with os.scandir(folder) as scan:
                entries = sorted((e for e in scan if not e.name.startswith(".")), key=lambda e: e.name)
        except OSError as err:
            yield _skip(folder, Read.CANNOT_LIST, f"cannot list folder: {err.strerror or err}")
            continue
        files: list[FileEntry] = []
        subfolders: list[tuple[Path, str, frozenset[tuple[int, int]], bool]] = []
        for entry in entries:
            found = _classify(entry, above, state, outside)
            if isinstance(found, Skipped):
                yield found
            elif found == "dir":
                key = _key(os.stat(entry.path))
                out = outside or entry.is_symlink()
                subfolders.append((Path(entry.path), f"{prefix}{escape_name(entry.name)}/", above | {key}, out))
            elif found == "file":
                files.append(FileEntry(Path(entry.path), entry.name, escape_name(entry.name), _info(entry)))
        yield Folder(folder, prefix, tuple(files), frozenset(e.name for e in entries))
        stack.extend(reversed(subfolders))


def _classify(
    entry: os.DirEntry, above: frozenset[tuple[int, int]], state: WalkState, outside: bool
) -> str | Skipped | None:
    """``"file"`` (an article file), ``"dir"`` (a folder to walk), a ``Skipped`` or None (ignored).

    ``outside``: the entry is in a folder reached through a link out of the input, whose files
    may be reached again through another link, so each is read once.
    """
    path = Path(entry.path)
    try:
        link = entry.is_symlink()
        info = os.stat(entry.path) if link else entry.stat(follow_symlinks=False)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return _skip(path, Read.LINK_LOOP, "symbolic link loop (the link leads back to itself)")
        if err.errno in (errno.ENOENT, errno.ENOTDIR):
            target = _readlink(path)
            return _skip(path, Read.DANGLING_LINK, f"symbolic link to '{target}', which does not exist")
        return _skip(path, Read.CANNOT_READ, f"cannot read: {err.strerror or err}")
    if stat.S_ISDIR(info.st_mode):
        if _key(info) in above:
            return _skip(path, Read.LINK_LOOP, "symbolic link loop (a link to a folder above it)")
        return _followed(path, info, state, "folder") if link else "dir"
    kind = special_kind(info.st_mode)
    if kind is not None:
        return _skip(path, Read.SPECIAL_FILE, f"a {kind}, not a file")
    suffix = os.path.splitext(entry.name)[1].lower()
    if entry.name == METADATA_NAME or suffix not in SUPPORTED_SUFFIXES or not stat.S_ISREG(info.st_mode):
        return None
    if link:
        return _followed(path, info, state, "file")
    return _once(path, info, state, "file") if outside else "file"


def _followed(path: Path, info: os.stat_result, state: WalkState, what: str) -> str | Skipped:
    """Follow a link out of the input once; a link into the input is read in its own place."""
    real = os.path.realpath(path)
    for root in state.roots:
        inside = os.path.relpath(real, root)
        read_there = what == "folder" or os.path.splitext(real)[1].lower() in SUPPORTED_SUFFIXES
        if read_there and not inside.startswith(os.pardir) and not any(p.startswith(".") for p in Path(inside).parts):
            code = Read.SEEN_FOLDER if what == "folder" else Read.SEEN_FILE
            where = display_path(Path(root, inside))
            return _skip(path, code, f"symbolic link to the {what} {where}, which is read in its own place")
    return _once(path, info, state, what)


def _once(path: Path, info: os.stat_result, state: WalkState, what: str) -> str | Skipped:
    """A file or folder out of the input: read the first time it is reached, reported after."""
    shown = display_path(path)
    first = state.followed.setdefault(_key(info), shown)
    if first != shown:
        code = Read.SEEN_FOLDER if what == "folder" else Read.SEEN_FILE
        return _skip(path, code, f"the same {what} as {first}, already read")
    return "dir" if what == "folder" else "file"


def _info(entry: os.DirEntry) -> os.stat_result | None:
    try:
        return entry.stat()  # the stat _classify made (os.DirEntry keeps it), the target's for a link
    except OSError:
        return None


def _key(info: os.stat_result) -> tuple[int, int]:
    return info.st_dev, info.st_ino


def _readlink(path: Path) -> str:
    try:
        return display_path(os.readlink(path))
    except OSError:
        return "?"


def _skip(path: Path, code: str, reason: str) -> Skipped:
    return Skipped(display_path(path), reason, code)
