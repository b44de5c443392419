"""``ArticleFacts`` <-> compact JSON bytes, exactly: ``decode_facts(encode_facts(f)) == f``.

The codec is driven by the dataclasses' own type hints (``kg.model``), so a field added to a
record is stored without touching this module. A record is written as the list of its field
values in declaration order; dates as ISO strings, enums by value, tuples as lists. Output is
ASCII (``ensure_ascii``), so lone surrogates from odd file names and texts survive the round
trip, and the same facts always give the same bytes.

JSON rather than pickle: the store lives in a user's output folder and may be handed around;
reading it must never run code, and it stays readable with any SQLite and JSON tool.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import types
import typing
from datetime import date
from functools import lru_cache
from typing import Any, Callable

from kg.model import ArticleFacts

__all__ = ["encode_facts", "decode_facts", "to_plain", "from_plain"]

_NONE = type(None)


def to_plain(value: Any) -> Any:
    """A JSON-ready value: dataclasses as lists of fields, enums by value, dates in ISO form."""
    if dataclasses.is_dataclass(value):
        return [to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [to_plain(v) for v in value]
    return value


@lru_cache(maxsize=None)
def _decoder(tp: Any) -> Callable[[Any], Any]:
    """A function turning the plain form of type ``tp`` back into a value of that type."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not _NONE]
        if len(args) != 1:
            raise TypeError(f"the facts codec cannot store a field of type {tp}")
        inner = _decoder(args[0])
        return lambda v: None if v is None else inner(v)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            return lambda v: tuple(item(x) for x in v)
        parts = [_decoder(a) for a in args]
        return lambda v: tuple(f(x) for f, x in zip(parts, v))
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        fields = [_decoder(hints[f.name]) for f in dataclasses.fields(tp)]
        return lambda v: tp(*(f(x) for f, x in zip(fields, v)))
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp
    if tp is date:
        return date.fromisoformat
    if tp in (str, int, float, bool):
        return lambda v: v
    raise TypeError(f"the facts codec cannot store a field of type {tp}")


def from_plain(tp: type, plain: Any) -> Any:
    """The inverse of ``to_plain`` for a value of type ``tp``."""
    return _decoder(tp)(plain)


def encode_facts(facts: ArticleFacts) -> bytes:
    return json.dumps(to_plain(facts), ensure_ascii=True, separators=(",", ":")).encode("ascii")


def decode_facts(data: bytes) -> ArticleFacts:
    return from_plain(ArticleFacts, json.loads(data))
