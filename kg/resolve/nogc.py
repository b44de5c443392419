"""The cyclic garbage collector kept off the resolution state, which holds no cycles.

Decoding a kept state or resolving a corpus allocates millions of small records (tuples,
sets, frozen dataclasses) that live until the build ends: each allocation burst sets off the
cyclic collector, and its older generations walk every object alive, the state included,
again and again (half of decoding a 10k-article state). None of these records is part of a
reference cycle, so reference counting frees whatever is dropped.

``paused_gc()`` pauses the collector while such a value is built (``timeit`` does the same).
Pausing alone only defers the walk: the next collection finds every new object young. So
``LongLived.build()`` also moves what was built out of the collector's generations
(``gc.freeze``) for the rest of the build, and ``LongLived.close()`` gives them back
(``gc.unfreeze``); it freezes nothing when something else froze objects already.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused_gc", "LongLived"]


@contextmanager
def paused_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class LongLived:
    """Values built in ``build()`` blocks are kept off the collector until ``close()``."""

    def __init__(self) -> None:
        self.frozen = False

    @contextmanager
    def build(self) -> Iterator[None]:
        with paused_gc():
            yield
            if self.frozen or gc.get_freeze_count() == 0:
                gc.freeze()
                self.frozen = True

    def close(self) -> None:
        if self.frozen:
            gc.unfreeze()
            self.frozen = False
