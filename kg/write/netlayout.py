"""Where the nodes of a call network go: a ring or a spring layout, fitted to the canvas.

Owns ``layout`` (unit coordinates: up to ``RING_UP_TO`` leaders on a ring, ordered so that
leaders who call each other sit close, the focus leader in the middle; more on a seeded
networkx spring layout spread evenly over the disc by ``even_disc``), ``fit`` (pixels: as large
as the canvas allows with the outward labels inside) and ``apart`` (no two node discs touch).
Seeded and sorted, so the same network always lands in the same place.
"""

from __future__ import annotations

import math

from kg.write.callnet import CallNetwork
from kg.write.labels import Box, box_towards

__all__ = ["RING_UP_TO", "layout", "fit", "apart", "even_disc"]

RING_UP_TO = 24
_APART_UP_TO = 500
_SEED = 7


def layout(net: CallNetwork) -> dict[str, tuple[float, float]]:
    """Node centres around (0, 0) within the unit disc: a ring (the focus leader, if any, in
    its middle), or an even spring layout."""
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(net.labels)
    g.add_edges_from(net.calls_per_pair)
    if len(g) <= RING_UP_TO + (net.focus is not None):
        ring = [x for x in net.labels if x != net.focus]
        if len(ring) > 3:
            # leaders who call each other side by side: the ring follows a spring layout's angles
            raw = nx.spring_layout(g.subgraph(ring), seed=_SEED)
            ring.sort(key=lambda x: (math.atan2(raw[x][0], raw[x][1]), x))
        # from the top, clockwise; two leaders side by side, their labels pointing outwards
        step = 2 * math.pi / len(ring)
        start = -math.pi / 2 if len(ring) == 2 else 0.0
        unit = {x: (math.sin(start + i * step), math.cos(start + i * step)) for i, x in enumerate(ring)}
        if net.focus is not None:
            unit[net.focus] = (0.0, 0.0)
        return unit
    raw = nx.spring_layout(g, seed=_SEED, k=2.5 / math.sqrt(len(g)), iterations=50)
    return even_disc({x: (float(px), float(py)) for x, (px, py) in raw.items()})


def fit(unit, radius, sizes, area: Box, limit: float | None, gap: float) -> dict[str, tuple[float, float]]:
    """Scale the unit layout into ``area`` as large as it goes (at most ``limit``) while every
    node (``radius`` in pixels) and its label (``sizes``, ``gap`` from the node) in the first
    place tried, facing outwards, stays inside."""
    cx, cy = (area.x0 + area.x1) / 2, (area.y0 + area.y1) / 2
    scale = limit or max(area.x1 - area.x0, area.y1 - area.y0)
    for x, (ux, uy) in unit.items():
        r = radius[x]
        label = box_towards((0.0, 0.0), r + gap, math.atan2(uy, ux), sizes[x])
        lo_x, hi_x = min(label.x0, -r), max(label.x1, r)
        lo_y, hi_y = min(label.y0, -r), max(label.y1, r)
        for u, lo, hi, c, a0, a1 in ((ux, lo_x, hi_x, cx, area.x0, area.x1), (uy, lo_y, hi_y, cy, area.y0, area.y1)):
            if u > 1e-9:
                scale = min(scale, (a1 - c - hi) / u)
            elif u < -1e-9:
                scale = min(scale, (c + lo - a0) / -u)
    scale = max(scale, 1.0)
    return {x: (cx + ux * scale, cy + uy * scale) for x, (ux, uy) in unit.items()}


def apart(pos, radius, area: Box, clear: float, rounds: int = 40) -> dict[str, tuple[float, float]]:
    """Push overlapping nodes apart (each pair shares the move) until every two discs are
    ``clear`` apart or ``rounds`` run out, within ``area``: a node hidden under a bigger one
    could not be told, nor its label placed beside it."""
    import numpy as np

    keys = list(pos)
    if len(keys) > _APART_UP_TO:  # pairwise arrays grow with n squared; the layout spreads a crowd
        return pos
    xy = np.array([pos[k] for k in keys], dtype=float)
    r = np.array([radius[k] for k in keys], dtype=float)
    need = r[:, None] + r[None, :] + clear
    order = np.sign(np.arange(len(keys))[:, None] - np.arange(len(keys))[None, :])
    for _ in range(rounds):
        d = xy[:, None, :] - xy[None, :, :]
        dist = np.hypot(d[..., 0], d[..., 1])
        over = np.clip(need - dist, 0.0, None)
        np.fill_diagonal(over, 0.0)
        if not over.any():
            break
        # two nodes on one spot part along x, the lower index to the left
        unit = np.where(dist[..., None] > 1e-9, d / np.maximum(dist, 1e-9)[..., None], np.stack([order, 0 * order], -1))
        xy = xy + (unit * (over / 2)[..., None]).sum(axis=1)
        xy[:, 0] = np.clip(xy[:, 0], area.x0 + r, area.x1 - r)
        xy[:, 1] = np.clip(xy[:, 1], area.y0 + r, area.y1 - r)
    return {k: (float(x), float(y)) for k, (x, y) in zip(keys, xy)}


def even_disc(points: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Spread a spring layout evenly over the unit disc: each node keeps its direction from the
    centroid and the rank of its distance, which becomes sqrt(rank / n) (even density). A
    spring layout packs hubs into a dense core and flings small components far out; labels
    need room everywhere, and who is near whom survives the change."""
    n = len(points)
    cx = sum(p[0] for p in points.values()) / n
    cy = sum(p[1] for p in points.values()) / n
    polar = sorted(((math.hypot(px - cx, py - cy), x, math.atan2(py - cy, px - cx)) for x, (px, py) in points.items()))
    return {
        x: (math.sqrt((i + 0.5) / n) * math.cos(angle), math.sqrt((i + 0.5) / n) * math.sin(angle))
        for i, (_, x, angle) in enumerate(polar)
    }
