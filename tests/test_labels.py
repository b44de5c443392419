"""kg.write.labels: label boxes are placed beside their point, inside the area, never on each other."""

from __future__ import annotations

import math
import random
from itertools import combinations

import pytest

from kg.write.labels import Box, Occupancy, box_towards, place_label

AREA = Box(0, 0, 400, 300)


def test_boxes():
    a = Box(0, 0, 10, 10)
    assert a.overlaps(Box(5, 5, 15, 15)) and not a.overlaps(Box(10, 0, 20, 10))  # sharing an edge is fine
    assert a.inside(Box(0, 0, 10, 10)) and not a.grown(1).inside(Box(0, 0, 10, 10))


def test_occupancy_finds_boxes_across_cells():
    taken = Occupancy(cell=10)
    taken.add(Box(5, 5, 95, 15))  # spans many cells
    assert not taken.free(Box(50, 10, 51, 11))
    assert not taken.free(Box(-100, -100, 200, 200))  # holds it entirely
    assert taken.free(Box(5, 15, 95, 25))
    assert taken.bounds == Box(5, 5, 95, 15)


def test_first_choice_faces_away_from_the_centre():
    taken = Occupancy()
    spot = place_label((300, 150), 10, (60, 12), taken=taken, area=AREA, centre=(200, 150), gap=3)
    assert not spot.leader_line
    assert spot.box == Box(313, 144, 373, 156)  # to the right, centred vertically
    assert spot.box == box_towards((300, 150), 13, 0.0, (60, 12))
    left = place_label((100, 150), 10, (60, 12), taken=taken, area=AREA, centre=(200, 150), gap=3)
    assert left.box.x1 == pytest.approx(87)


def test_a_taken_spot_moves_the_label_and_the_area_holds_it():
    taken = Occupancy()
    taken.add(Box(305, 100, 400, 200))  # the right side is full
    spot = place_label((300, 150), 10, (60, 12), taken=taken, area=AREA, centre=(200, 150), gap=3)
    assert spot.box.inside(AREA)
    assert not spot.box.overlaps(Box(305, 100, 400, 200))
    # right at the edge, the label goes inside rather than out of the picture
    edge = place_label((395, 10), 4, (80, 12), taken=Occupancy(), area=AREA, centre=(200, 150))
    assert edge.box.inside(AREA)


def test_no_room_means_no_label():
    taken = Occupancy()
    taken.add(Box(0, 0, 400, 300))
    assert place_label((200, 150), 5, (40, 10), taken=taken, area=AREA, centre=(200, 150)) is None
    assert place_label((200, 150), 5, (500, 10), taken=Occupancy(), area=AREA, centre=(200, 150)) is None


def test_many_labels_never_overlap():
    rnd = random.Random(3)
    area = Box(0, 0, 1000, 1000)
    taken = Occupancy(cell=32)
    points = [(rnd.uniform(100, 900), rnd.uniform(100, 900)) for _ in range(300)]
    for x, y in points:
        taken.add(Box(x - 4, y - 4, x + 4, y + 4))
    boxes, far = [], 0
    for x, y in points:
        spot = place_label((x, y), 4, (rnd.uniform(40, 120), 11), taken=taken, area=area, centre=(500, 500))
        assert spot is not None
        boxes.append(spot.box)
        far += spot.leader_line
        # the leader line runs from the node's edge to the nearest point of the box
        assert math.dist(spot.anchor, (x, y)) == pytest.approx(4)
        assert spot.box.x0 <= spot.near[0] <= spot.box.x1 and spot.box.y0 <= spot.near[1] <= spot.box.y1
    assert all(b.inside(area) for b in boxes)
    assert not [(a, b) for a, b in combinations(boxes, 2) if a.overlaps(b)]
    assert not [b for b in boxes for x, y in points if b.overlaps(Box(x - 4, y - 4, x + 4, y + 4))]
    assert far < len(points) / 2  # most labels sit right beside their node
