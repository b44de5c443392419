"""Reading a file's bytes within a size cap, never more than the cap into memory.

``read_capped`` reads a whole file (``.txt``, ``.json``, ``metadata.csv``); ``capped_lines``
yields the lines of a JSON Lines file one at a time, each line within the cap on its own, so a
feed of any length streams and one absurd line is skipped without being held. ``parse_size``
reads the ``--max-size`` option (``50MB``, ``1.5M``, ``200k``, ``1048576``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError, Read

__all__ = ["DEFAULT_MAX_BYTES", "TooLarge", "read_capped", "capped_lines", "parse_size", "format_size"]

#: the size cap of one input file (or one JSON line): a larger one is reported and skipped unread
DEFAULT_MAX_BYTES = 32 << 20
_CHUNK = 1 << 20
_UNITS = {"": 1, "b": 1, "k": 1 << 10, "kb": 1 << 10, "kib": 1 << 10, "m": 1 << 20, "mb": 1 << 20,
          "mib": 1 << 20, "g": 1 << 30, "gb": 1 << 30, "gib": 1 << 30}
_SIZE = re.compile(r"\s*([0-9]+(?:\.[0-9]+)?)\s*([a-zA-Z]*)\s*")


class TooLarge(Exception):
    """The file or line is larger than the cap; ``size`` is what was seen (at least cap + 1)."""

    def __init__(self, size: int):
        super().__init__(size)
        self.size = size


def read_capped(path: Path, cap: int) -> bytes:
    """All bytes of ``path``; ``TooLarge`` (before reading) when it holds more than ``cap``.

    The file's size is checked first, then at most ``cap + 1`` bytes are read, so a file that
    grows while it is read is caught too. ``OSError`` passes through.
    """
    with open(path, "rb") as handle:
        size = _size(handle)
        if size is not None and size > cap:
            raise TooLarge(size)
        data = handle.read(cap + 1)
    if len(data) > cap:
        raise TooLarge(len(data))
    return data


def capped_lines(handle: BinaryIO, cap: int) -> Iterator[tuple[int, bytes | TooLarge]]:
    """``(byte offset, line)`` per line of ``handle``; a longer line than ``cap`` is drained
    in chunks and given as ``TooLarge`` instead."""
    offset = 0
    while True:
        line = handle.readline(cap + 1)
        if not line:
            return
        if len(line) > cap and not line.endswith(b"\n"):
            size = len(line)
            while not line.endswith(b"\n"):
                line = handle.readline(_CHUNK)
                if not line:
                    break
                size += len(line)
            yield offset, TooLarge(size)
            offset += size
            continue
        yield offset, line
        offset += len(line)


def _size(handle: BinaryIO) -> int | None:
    import os

    try:
        return os.fstat(handle.fileno()).st_size
    except (OSError, ValueError):
        return None


def parse_size(text: str) -> int:
    """Bytes in ``text``: a number with an optional unit (B, k/KB/KiB, M/MB/MiB, G/GB/GiB, all
    powers of 1024). Raises ``InputError`` for anything else or a size below 1 KiB."""
    match = _SIZE.fullmatch(text or "")
    unit = match.group(2).lower() if match else None
    if match is None or unit not in _UNITS:
        raise InputError(Read.BAD_SIZE, f"--max-size {text!r} is not a size; write e.g. 50MB, 1.5G or 200k")
    size = int(float(match.group(1)) * _UNITS[unit])
    if size < 1024:
        raise InputError(Read.BAD_SIZE, f"--max-size {text!r} is below 1 KiB; no article would fit")
    return size


def format_size(size: int) -> str:
    """``52428800`` -> ``"50.0 MiB"``."""
    for unit, factor in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}"
    return f"{size} bytes"
