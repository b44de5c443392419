"""Bytes -> text, and the one normalisation every text read from an input goes through.

``decode`` takes UTF-8 (a BOM allowed) and UTF-16 (with a BOM, or without one when the bytes
leave no doubt: every other byte zero); anything else that is not UTF-8 is refused with the
offset of the first bad byte.

``clean_text`` makes a text safe for every later stage and writer with **same-length
substitutions**, so character offsets into the cleaned text are offsets into the decoded one:

* control characters other than tab and newline (C0, DEL, C1) become a space: XML 1.0 cannot
  hold them, rapper cuts a literal at NUL, Virtuoso refuses them in long strings;
* lone surrogates (JSON can spell them: ``"\\ud800"``) and Unicode non-characters (U+FFFE,
  U+FFFF, U+FDD0..U+FDEF, ...) become U+FFFD: no UTF-8 encoder or XML parser accepts the former,
  XML refuses U+FFFE/U+FFFF. They are counted, because they mean the input is damaged.

Right-to-left marks, zero-width characters and every other valid character are kept: they are
part of real text and every writer takes them.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

__all__ = ["Decoded", "decode", "clean_text", "normalise_newlines", "looks_utf16"]

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
)
_INVALID = re.compile(f"[\ud800-\udfff{_NONCHARACTERS}]")
# every character _CONTROL or _INVALID finds, in two ranges: one look at a clean text (7x
# quicker than _INVALID's 37 ranges)
_SUSPECT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\U0010ffff]")
_SAMPLE = 4096  # bytes looked at to recognise UTF-16 without a BOM
_LOW_BYTES = bytes([*range(0, 9), *range(14, 32)])
_NAMES = {"utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE"}


@dataclass(frozen=True, slots=True)
class Decoded:
    """``text`` (None when the bytes cannot be read), ``problem`` (why not) or ``note`` (how)."""

    text: str | None
    problem: str | None = None
    note: str | None = None  # e.g. read as UTF-16 without a BOM: worth telling the user


def looks_utf16(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when ``data`` (no BOM) is clearly UTF-16, else None.

    Clearly: at least a tenth of the sample's bytes are control bytes that text in UTF-8 never
    holds (the zero or small high bytes of UTF-16 code units), and read as UTF-16 the sample is
    nearly all printable characters.
    """
    sample = data[: _SAMPLE - _SAMPLE % 2]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 8 or len(sample) - len(sample.translate(None, _LOW_BYTES)) < 0.1 * len(sample):
        return None
    best, score = None, 0.9
    for encoding in ("utf-16-le", "utf-16-be"):
        text = sample.decode(encoding, "replace")
        good = sum(1 for char in text if char.isprintable() or char in "\t\n\r") / len(text)
        if good >= score and "\ufffd" not in text[:-1]:
            best, score = encoding, good
    return best


def decode(data: bytes, base: int = 0) -> Decoded:
    """Decode ``data``; ``base`` is its byte offset in the file (for the message)."""
    if data.startswith(codecs.BOM_UTF8):
        data, base = data[len(codecs.BOM_UTF8) :], base + len(codecs.BOM_UTF8)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _utf16(data, "utf-16", None)
    elif (encoding := looks_utf16(data)) is not None:
        note = f"no byte order mark: read as {_NAMES[encoding]} (save the file as UTF-8)"
        found = _utf16(data, encoding, note)
        if found.text is not None:
            return found
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError as err:
        where = f"byte 0x{data[err.start]:02x} at byte offset {base + err.start}"
        return Decoded(None, f"not valid UTF-8: {where} (save the file as UTF-8)")


def _utf16(data: bytes, encoding: str, note: str | None) -> Decoded:
    try:
        return Decoded(data.decode(encoding), note=note)
    except UnicodeDecodeError as err:
        return Decoded(None, f"not valid UTF-16: bad code unit at byte offset {err.start} (save the file as UTF-8)")


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` -> ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def clean_text(text: str) -> tuple[str, int]:
    """``text`` with same-length substitutions (see the module docstring), and how many
    invalid code points (lone surrogates, non-characters) it held."""
    invalid = 0
    if not _SUSPECT.search(text):
        return text, 0
    if _INVALID.search(text):
        text, invalid = _INVALID.subn("\ufffd", text)
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
    return text, invalid
