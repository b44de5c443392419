"""Label placement without overlaps: boxes beside points, greedily, most important first.

Owns the geometry only (pixels, no matplotlib): ``Box``, the ``Occupancy`` index of boxes
already taken and ``place_label``, which tries positions around a point, nearest first and
facing away from the picture's centre first, and takes the first one inside the area that
touches nothing taken. A label that finds no room is left out rather than drawn over another:
the caller reports it. Because every accepted box is checked against every box already taken,
no two placed labels can overlap, whatever the layout.

Positions are the cartographers' ones: the label's near corner or edge at a point on a circle
around the node, so a label never covers its own node; beyond the first circle the label moves
out ring by ring and the caller draws a thin leader line back to the node.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["Box", "Occupancy", "Placement", "place_label", "box_towards"]

# Directions tried on each ring (more on outer rings, where the circle is longer).
_DIRECTIONS_FIRST_RING = 16
_DIRECTIONS_MAX = 48


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-aligned rectangle in pixels (x grows rightwards, y upwards)."""

    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Box) -> bool:
        return self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1

    def inside(self, area: Box) -> bool:
        return area.x0 <= self.x0 and self.x1 <= area.x1 and area.y0 <= self.y0 and self.y1 <= area.y1

    def grown(self, by: float) -> Box:
        return Box(self.x0 - by, self.y0 - by, self.x1 + by, self.y1 + by)


class Occupancy:
    """Boxes already taken, bucketed in a square grid so a test looks only at nearby boxes.

    A box may have an ``owner``: a node's keep-clear zone belongs to that node, so its own
    label may sit in it while every other label stays out (a label is then read as its own
    node's, not a neighbour's).
    """

    def __init__(self, cell: float = 40.0):
        self._cell = cell
        self._grid: dict[tuple[int, int], list[tuple[Box, object]]] = {}
        self.bounds: Box | None = None  # the smallest box holding every box taken

    def _cells(self, box: Box):
        c = self._cell
        for ix in range(math.floor(box.x0 / c), math.floor(box.x1 / c) + 1):
            for iy in range(math.floor(box.y0 / c), math.floor(box.y1 / c) + 1):
                yield ix, iy

    def free(self, box: Box, owner: object = None) -> bool:
        """True when ``box`` overlaps no box taken, ignoring those of ``owner`` (when given)."""
        return not any(
            box.overlaps(other) and (owner is None or mine is not owner)
            for cell in self._cells(box) for other, mine in self._grid.get(cell, ())
        )

    def add(self, box: Box, owner: object = None) -> None:
        for cell in self._cells(box):
            self._grid.setdefault(cell, []).append((box, owner))
        b = self.bounds or box
        self.bounds = Box(min(b.x0, box.x0), min(b.y0, box.y0), max(b.x1, box.x1), max(b.y1, box.y1))


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a label goes: its box (text plus padding) and whether it sits away from its node
    (then a leader line joins them, from ``anchor`` on the node's edge to ``near`` on the box)."""

    box: Box
    leader_line: bool
    anchor: tuple[float, float]
    near: tuple[float, float]


def place_label(
    point: tuple[float, float],
    radius: float,
    size: tuple[float, float],
    *,
    taken: Occupancy,
    area: Box,
    centre: tuple[float, float],
    gap: float = 3.0,
    rings: int = 40,
    step: float | None = None,
    owner: object = None,
) -> Placement | None:
    """The first free position for a ``size`` (width, height) label of the node at ``point``.

    Tries ``rings`` circles from ``radius + gap`` outwards, ``step`` apart (default: the label's
    height), each in directions ordered by how close they face away from ``centre``. The chosen
    box is added to ``taken``; boxes of ``owner`` in ``taken`` do not block it. None when
    nothing fits.
    """
    x, y = point
    w, h = size
    step = step or max(h, 6.0)
    outward = math.atan2(y - centre[1], x - centre[0]) if (x, y) != centre else 0.0
    for ring in range(rings):
        distance = radius + gap + ring * step
        count = min(_DIRECTIONS_MAX, _DIRECTIONS_FIRST_RING * (1 + ring // 4))
        # the exact outward direction first: that is where a fitted layout left room
        for angle in ([outward] if ring == 0 else []) + _directions(outward, count):
            box = _box_at(x + distance * math.cos(angle), y + distance * math.sin(angle), angle, w, h)
            if box.inside(area) and taken.free(box, owner):
                taken.add(box)
                anchor = (x + radius * math.cos(angle), y + radius * math.sin(angle))
                return Placement(box, ring > 0, anchor, _nearest(box, point))
    return None


def box_towards(point: tuple[float, float], distance: float, angle: float, size: tuple[float, float]) -> Box:
    """The box of a ``size`` label ``distance`` from ``point`` in direction ``angle`` (radians),
    as ``place_label`` would put it."""
    return _box_at(point[0] + distance * math.cos(angle), point[1] + distance * math.sin(angle), angle, *size)


def _directions(outward: float, count: int) -> list[float]:
    """``count`` evenly spaced angles, the one nearest ``outward`` first, then alternating."""
    step = 2 * math.pi / count
    first = round(outward / step)
    order = [first]
    for k in range(1, count // 2 + 1):
        order += [first + k, first - k]
    return [i * step for i in dict.fromkeys(i % count for i in order)]


def _box_at(px: float, py: float, angle: float, w: float, h: float) -> Box:
    """A w x h box touching (px, py) on the side facing the node: a label to the right starts
    at the point, one to the left ends at it, one above or below is centred on it."""
    dx, dy = math.cos(angle), math.sin(angle)
    x0 = px if dx > 0.38 else px - w if dx < -0.38 else px - w / 2
    y0 = py if dy > 0.38 else py - h if dy < -0.38 else py - h / 2
    return Box(x0, y0, x0 + w, y0 + h)


def _nearest(box: Box, point: tuple[float, float]) -> tuple[float, float]:
    return (min(max(point[0], box.x0), box.x1), min(max(point[1], box.y0), box.y1))
