"""kg.write.netlayout: rings and spring layouts that leave room for every node and label."""

from __future__ import annotations

import math

import pytest

import call_graphs
from kg.write.callnet import select_network
from kg.write.labels import Box, box_towards
from kg.write.netlayout import RING_UP_TO, apart, even_disc, fit, layout


def test_a_ring_from_the_top_with_the_focus_in_the_middle():
    calls, labels = call_graphs.leader_calls(60, 300)
    net = select_network(calls, labels, top=RING_UP_TO)
    unit = layout(net)
    assert all(math.hypot(*p) == pytest.approx(1.0) for p in unit.values())
    assert max(unit.values(), key=lambda p: p[1]) == (0.0, 1.0)
    focus = sorted(labels)[0]  # the most called: partners enough to fill the ring
    around = layout(select_network(calls, labels, leader=focus, top=RING_UP_TO + 1))
    assert around[focus] == (0.0, 0.0) and len(around) == RING_UP_TO + 1
    assert layout(net) == unit  # seeded


def test_a_crowd_is_spread_evenly_over_the_disc():
    calls, labels = call_graphs.leader_calls(200, 900)
    unit = layout(select_network(calls, labels))
    radii = sorted(math.hypot(*p) for p in unit.values())
    assert radii[-1] <= 1.0
    # even density: the inner half of the radius holds about a quarter of the nodes
    assert 0.2 < sum(r <= 0.5 for r in radii) / len(radii) < 0.3
    points = {"a": (0.0, 0.0), "b": (10.0, 0.0), "c": (0.0, 0.1)}  # b flung far out
    assert max(math.hypot(*p) for p in even_disc(points).values()) < 1.0


def test_fit_keeps_nodes_and_outward_labels_inside():
    unit = {"l": (-1.0, 0.0), "r": (1.0, 0.0), "t": (0.0, 1.0)}
    radius = {k: 10.0 for k in unit}
    sizes = {"l": (120.0, 14.0), "r": (60.0, 14.0), "t": (80.0, 14.0)}
    area = Box(0, 0, 400, 300)
    pos = fit(unit, radius, sizes, area, None, 3.0)
    for k, (x, y) in pos.items():
        assert Box(x - 10, y - 10, x + 10, y + 10).inside(area)
        label = box_towards((x, y), 13.0, math.atan2(*reversed(unit[k])), sizes[k])
        assert label.inside(area)
    assert pos["l"][0] - 10 - 3 - 120 == 0.0 or pos["r"][0] + 10 + 3 + 60 == 400.0  # as big as it goes
    assert fit(unit, radius, sizes, area, 20.0, 3.0)["r"] == (220.0, 150.0)  # at most the limit


def test_apart_separates_discs():
    pos = {"a": (100.0, 100.0), "b": (105.0, 100.0), "c": (100.0, 100.0)}
    radius = {"a": 10.0, "b": 6.0, "c": 4.0}
    out = apart(pos, radius, Box(0, 0, 300, 300), 5.0, rounds=200)
    for p, q in (("a", "b"), ("a", "c"), ("b", "c")):
        assert math.dist(out[p], out[q]) >= radius[p] + radius[q] + 5.0 - 0.5
    assert apart(out, radius, Box(0, 0, 300, 300), 5.0) == out
