"""kg.collector: counted holds on the frozen set, a foreign freeze left alone, thresholds restored."""

from __future__ import annotations

import gc

import pytest

from kg import collector
from kg.collector import Hold, LongLived, fewer_collections, paused_gc


@pytest.fixture(autouse=True)
def nothing_frozen():
    """Each test starts and ends with no object frozen and no hold (a failing one included)."""
    gc.unfreeze()
    collector._holds = 0
    yield
    gc.unfreeze()
    collector._holds = 0


class Node:
    pass


def test_a_hold_freezes_what_is_alive_and_its_release_gives_it_back():
    hold, kept = Hold(), Node()
    hold.freeze()
    assert gc.get_freeze_count() > 0
    assert not any(o is kept for o in gc.get_objects())
    hold.release()
    assert gc.get_freeze_count() == 0
    assert any(o is kept for o in gc.get_objects())


def test_objects_come_back_only_when_the_last_hold_is_released():
    pipeline, state = Hold(), Hold()
    pipeline.freeze()
    state.freeze()
    state.release()
    assert gc.get_freeze_count() > 0  # the pipeline still holds
    state.release()  # a second release of the same hold counts for nothing
    assert gc.get_freeze_count() > 0
    pipeline.release()
    assert gc.get_freeze_count() == 0


def test_a_hold_freezes_again_what_was_built_since():
    hold = Hold()
    hold.freeze()
    later = Node()
    assert any(o is later for o in gc.get_objects())
    hold.freeze()
    assert not any(o is later for o in gc.get_objects())
    hold.release()
    assert any(o is later for o in gc.get_objects())


def test_a_freeze_by_someone_else_is_left_to_them():
    gc.freeze()
    frozen = gc.get_freeze_count()
    hold = Hold()
    hold.freeze()
    assert gc.get_freeze_count() == frozen  # ours did not join theirs
    hold.release()
    assert gc.get_freeze_count() == frozen  # and theirs was not given back


def test_long_lived_pauses_while_building_and_keeps_what_it_built_off_the_collector():
    kept = LongLived()
    with kept.build():
        assert not gc.isenabled()
        value = [Node() for _ in range(3)]
    assert gc.isenabled()
    assert not any(o is value for o in gc.get_objects())
    kept.close()
    assert any(o is value for o in gc.get_objects())


def test_paused_gc_leaves_a_disabled_collector_disabled():
    gc.disable()
    try:
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_fewer_collections_raises_the_young_threshold_and_restores_it():
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        with fewer_collections():
            assert gc.get_threshold() == (collector.YOUNG_THRESHOLD, 10, 10)
        assert gc.get_threshold() == (700, 10, 10)
        gc.set_threshold(0)  # collections off: they stay off
        with fewer_collections():
            assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)
