"""``replace(record, **changes)``: ``dataclasses.replace`` for the frozen, slotted records the
call rules copy with a change at nearly every step (``Draft``, ``Cue``, ``PersonNP``,
``Context``: ~25 copies an article).

``dataclasses.replace`` walks the class's fields, builds keyword arguments and calls the
frozen ``__init__``, which sets each field through ``object.__setattr__`` (~4 us for a
``Draft``). Here a copy is made without ``__init__`` and each field is set through its slot's
own descriptor, as ``object.__setattr__`` would set it (~1.8 us): the same record. Only for a
dataclass whose fields are all slots and all ``__init__`` arguments, with no ``__post_init__``;
any other class, or a change that names no field, goes to ``dataclasses.replace`` (which
raises as it does).
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace as _dataclass_replace

__all__ = ["replace"]

#: class -> (field names, (name, slot getter, slot setter) per field), or None: not one of these
_PLANS: dict[type, tuple[frozenset[str], tuple] | None] = {}


def _plan(cls: type) -> tuple[frozenset[str], tuple] | None:
    if not is_dataclass(cls) or hasattr(cls, "__post_init__"):
        return None
    steps = []
    for f in fields(cls):
        slot = getattr(cls, f.name, None)
        if not f.init or type(slot).__name__ != "member_descriptor":
            return None
        steps.append((f.name, slot.__get__, slot.__set__))
    return frozenset(name for name, _, _ in steps), tuple(steps)


def replace(obj, /, **changes):
    """``dataclasses.replace(obj, **changes)``."""
    cls = type(obj)
    try:
        plan = _PLANS[cls]
    except KeyError:
        plan = _PLANS[cls] = _plan(cls)
    if plan is None or not plan[0].issuperset(changes):
        return _dataclass_replace(obj, **changes)
    new = object.__new__(cls)
    for name, get, set_ in plan[1]:
        set_(new, changes[name] if name in changes else get(obj))
    return new
