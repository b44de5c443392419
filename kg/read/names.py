"""File names as users see them: article ids and the paths shown in messages.

A POSIX file name is bytes. Python hands the bytes that are not UTF-8 over as lone surrogates
(``os.fsdecode``), which no encoder, RDF writer or terminal accepts, and a name may hold
newlines, tabs, right-to-left overrides or zero-width characters that break a line of output or
make two names look the same. ``escape_name`` turns a name into one printable string:

* every byte that is not UTF-8 becomes ``%XX`` (``b"caf\\xe9.txt"`` -> ``caf%E9.txt``);
* control characters (C0, DEL, C1), format characters such as RLO, LRM and zero-width space,
  and the line and paragraph separators become the ``%XX`` of their UTF-8 bytes;
* a ``%`` that is followed by two hex digits becomes ``%25``, so the escape is never ambiguous;
* everything else, ``#``, quotes, spaces and letters of any script included, stays as it is.

So the id of a name stays readable, different names never share an id, and ``unescape_name``
gives the name's bytes back.
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache

__all__ = ["escape_name", "unescape_name", "display_path"]

_HEX = re.compile(r"%(?=[0-9A-Fa-f]{2})")
_ESCAPED = re.compile(r"%([0-9A-Fa-f]{2})")
_VISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


@lru_cache(maxsize=4096)
def _needs_escape(char: str) -> bool:
    return unicodedata.category(char) in _VISIBLE_CATEGORIES


def escape_name(name: str) -> str:
    """``name`` (as ``os.fsdecode`` gives it) as a printable, reversible string."""
    name = _HEX.sub("%25", name)
    if name.isprintable() and name.isascii():
        return name  # the common case, and quick
    out: list[str] = []
    for char in name:
        if "\udc80" <= char <= "\udcff":  # an undecodable byte, as surrogateescape holds it
            out.append(f"%{ord(char) - 0xDC00:02X}")
        elif _needs_escape(char):
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass"))
        else:
            out.append(char)
    return "".join(out)


def unescape_name(text: str) -> bytes:
    """The bytes of the file name ``escape_name`` turned into ``text``."""
    data = bytearray()
    last = 0
    for match in _ESCAPED.finditer(text):
        data += text[last : match.start()].encode("utf-8")
        data.append(int(match.group(1), 16))
        last = match.end()
    data += text[last:].encode("utf-8")
    return bytes(data)


def display_path(path: os.PathLike | str) -> str:
    """A path in ``/`` form, each name escaped as by ``escape_name`` (``/`` is never in a name)."""
    text = os.fspath(path)
    if os.sep != "/":
        text = text.replace(os.sep, "/")
    return "/".join(escape_name(part) for part in text.split("/"))
