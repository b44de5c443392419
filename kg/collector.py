"""Python's cyclic garbage collector: every place newskg pauses it, freezes objects out of it or
collects less often goes through this module.

Two kinds of objects live long and hold nothing the collector must find:

* the spaCy pipeline of a process (~150,000 objects, with the ~10,000 Docs its EntityRuler keeps
  for the phrase patterns), alive until the process ends or another configuration replaces it;
* the resolution state and its result (millions of small records: tuples, sets, frozen
  dataclasses, in no reference cycle), alive until the build ends.

Every full collection walks them all again, and the young collections that promote objects set
full ones off: on the all-calls benchmark the collector took ~8% of the streaming stage, and half
of decoding a kept 10k-article state. Hence:

``paused_gc()`` pauses the collector while such a value is built (``timeit`` does the same).

``Hold`` moves every object alive now out of the collector's generations (``gc.freeze``) until
it is released. Python has one frozen set for the whole process, so holds are counted: the
objects come back (``gc.unfreeze``) when the last hold is released. When objects were frozen by
someone else (an application embedding newskg) before any hold, a hold freezes nothing: what
they froze is theirs to give back, and ours would never come back. A frozen object that becomes
garbage is still freed by reference counting; only garbage in a cycle waits for the unfreeze.

``fewer_collections()`` raises the threshold of the youngest generation while Docs are
analysed: an article allocates tens of thousands of short-lived objects, and at Python's default
(700) the young collections run every few sentences and promote what is merely in use, which
sets off the older ones.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused_gc", "Hold", "LongLived", "fewer_collections"]

_holds = 0  # live holds that froze objects: the frozen set is ours while this is not 0


@contextmanager
def paused_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Hold:
    """One claim on the frozen set: ``freeze()`` as often as new objects are to be kept off the
    collector, ``release()`` once they may come back (only the last release gives them back)."""

    def __init__(self) -> None:
        self.held = False

    def freeze(self) -> None:
        global _holds
        if not self.held:
            if _holds == 0 and gc.get_freeze_count():
                return  # frozen by someone else (see the module docstring)
            self.held = True
            _holds += 1
        gc.freeze()

    def release(self) -> None:
        global _holds
        if self.held:
            self.held = False
            _holds -= 1
            if _holds == 0:
                gc.unfreeze()


class LongLived:
    """Values built in ``build()`` blocks are kept off the collector until ``close()``."""

    def __init__(self) -> None:
        self._hold = Hold()

    @contextmanager
    def build(self) -> Iterator[None]:
        with paused_gc():
            yield
            self._hold.freeze()

    def close(self) -> None:
        self._hold.release()


#: The youngest generation's threshold while Docs are analysed: ten times Python's default; an
#: article of the benchmark's corpora allocates about as many objects that live for a sentence.
YOUNG_THRESHOLD = 7_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """The youngest generation collected every ``YOUNG_THRESHOLD`` allocations instead of every
    700 (the older ones follow it as before), and the thresholds as they were afterwards."""
    before = gc.get_threshold()
    if 0 < before[0] < YOUNG_THRESHOLD:  # (0: collections are off, and stay off)
        gc.set_threshold(YOUNG_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
