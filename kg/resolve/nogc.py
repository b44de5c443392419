"""``paused_gc()``: the cyclic garbage collector paused while a large acyclic value is built.

Decoding a kept state or resolving a corpus allocates millions of small records (tuples,
sets, frozen dataclasses) that are never garbage: each allocation burst sets off the cyclic
collector, whose older generations walk every object alive, the state included, again and
again (half of decoding a 10k-article state). None of these records forms a reference cycle,
so reference counting frees whatever is dropped meanwhile; the collector runs as usual once
the value is built. ``timeit`` pauses it for the same reason.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused_gc"]


@contextmanager
def paused_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
