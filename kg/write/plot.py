"""Draw the leaders' call network of a graph as a picture (PNG, SVG or PDF).

Owns the reading of the call network (``kg:Call`` nodes with ``kg:status kg:Occurred`` and at
least two ``kg:Leader`` participants) and its drawing: one node per leader, sized by how many
calls they took part in, one edge per pair of leaders, as wide as the number of calls between
them, labelled with ``rdfs:label``.

Drawing uses matplotlib's object API on an Agg canvas (``Figure`` + ``FigureCanvasAgg``), never
``pyplot``: no backend is switched, no global figure state is touched, and it works without a
display, in a notebook or a server alike. Same graph, same bytes: sorted input, a seeded or
circular layout, and the date/software metadata stripped from the file.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from rdflib import Graph, URIRef

from kg.write.atomic import atomic_write
from kg.errors import ExportError, InputError
from kg.rdf.vocab import KG, RDF, RDFS, SDO

__all__ = ["PlotReport", "CallNetwork", "call_network", "plot_leaders", "plot_file"]

_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
# Matplotlib writes creation dates and its version into files; None leaves them out.
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "Creator": None, "Producer": None},
}
# Leaders on a ring (labels pointing outwards never overlap) up to this many; beyond it a
# seeded spring layout, which separates clusters better than a crowded ring.
_CIRCULAR_UP_TO = 60
_SEED = 7


@dataclass(frozen=True, slots=True)
class PlotReport:
    """What was drawn: leaders (nodes), calls counted, leader pairs (edges), and where."""

    leaders: int
    calls: int
    pairs: int
    out: Path


@dataclass(frozen=True, slots=True)
class CallNetwork:
    """Leaders with their call counts, and pair -> number of calls; all sorted by IRI."""

    labels: dict[URIRef, str]
    calls_per_leader: dict[URIRef, int]
    calls_per_pair: dict[tuple[URIRef, URIRef], int]
    calls: int


def call_network(graph: Graph) -> CallNetwork:
    """The leaders' network of calls that took place (a call with n leaders links every pair)."""
    per_leader: Counter = Counter()
    per_pair: Counter = Counter()
    calls = 0
    for call in sorted(set(graph.subjects(RDF.type, KG.Call)), key=str):
        if (call, KG.status, KG.Occurred) not in graph:
            continue
        leaders = sorted(
            {p for p in graph.objects(call, KG.participant) if (p, RDF.type, KG.Leader) in graph},
            key=str,
        )
        if len(leaders) < 2:
            continue
        calls += 1
        per_leader.update(leaders)
        per_pair.update(combinations(leaders, 2))
    order = sorted(per_leader, key=str)
    return CallNetwork(
        labels={leader: _label(graph, leader) for leader in order},
        calls_per_leader={leader: per_leader[leader] for leader in order},
        calls_per_pair={pair: per_pair[pair] for pair in sorted(per_pair, key=lambda p: (str(p[0]), str(p[1])))},
        calls=calls,
    )


def plot_leaders(
    graph: Graph, out: Path, *, title: str | None = None, name: str = "the graph"
) -> PlotReport:
    """Draw the leaders' call network of ``graph`` to ``out`` (.png, .svg or .pdf), atomically.

    ``name`` says which graph in messages (e.g. the file it was read from). Raises
    ``InputError`` when there is no call between leaders to draw.
    """
    out = Path(out)
    fmt = _FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise ExportError("E850", f"{out}: unknown picture format; use .png, .svg or .pdf")
    net = call_network(graph)
    if not net.calls:
        raise InputError(
            "E851",
            f"no calls between leaders in {name}: nothing to plot (a call needs kg:status "
            "kg:Occurred and two kg:Leader participants)",
        )
    fig = _draw(net, title or _default_title(net))
    _save(fig, out, fmt)
    return PlotReport(
        leaders=len(net.calls_per_leader), calls=net.calls, pairs=len(net.calls_per_pair), out=out
    )


def plot_file(graph_file: Path, out: Path, *, title: str | None = None) -> PlotReport:
    """Read a graph file (format from its extension, default Turtle) and ``plot_leaders`` it."""
    from rdflib.exceptions import ParserError
    from rdflib.util import guess_format

    graph_file = Path(graph_file)
    if not graph_file.is_file():
        raise InputError("E852", f"cannot read the graph {graph_file}: no such file")
    graph = Graph()
    try:
        graph.parse(graph_file.resolve(), format=guess_format(str(graph_file)) or "turtle")
    except (OSError, SyntaxError, ValueError, ParserError) as err:
        raise InputError("E852", f"cannot read the graph {graph_file}: {err}") from err
    return plot_leaders(graph, out, title=title, name=str(graph_file))


# --- drawing -------------------------------------------------------------------------------


def _default_title(net: CallNetwork) -> str:
    n, c = len(net.calls_per_leader), net.calls
    return f"Calls between leaders: {c} call{'s' * (c != 1)}, {n} leaders"


def _layout(net: CallNetwork) -> dict[URIRef, tuple[float, float]]:
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(net.calls_per_leader)
    for (a, b), n in net.calls_per_pair.items():
        g.add_edge(a, b, weight=n)
    if len(g) <= _CIRCULAR_UP_TO:
        # Start at the top, go clockwise.
        step = 2 * math.pi / len(g)
        return {
            node: (round(math.sin(i * step), 9), round(math.cos(i * step), 9)) for i, node in enumerate(g.nodes)
        }
    pos = nx.spring_layout(g, seed=_SEED, weight="weight", k=3 / math.sqrt(len(g)))
    return {node: (float(x), float(y)) for node, (x, y) in pos.items()}


def _draw(net: CallNetwork, title: str):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure

    pos = _layout(net)
    n = len(pos)
    side = min(6 + 0.25 * n, 20)
    fig = Figure(figsize=(side, side), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_aspect("equal")
    ax.axis("off")
    # A white box, not a path-effect halo: path effects turn SVG text into outlines.
    halo = {"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.7}

    most_pair = max(net.calls_per_pair.values())
    segments = [(pos[a], pos[b]) for a, b in net.calls_per_pair]
    widths = [1.5 + 6.5 * (c / most_pair) for c in net.calls_per_pair.values()]
    ax.add_collection(
        LineCollection(segments, linewidths=widths, colors="#7a8ca3", alpha=0.75, zorder=1)
    )
    for (a, b), count in net.calls_per_pair.items():
        if count > 1:
            mx, my = (pos[a][0] + pos[b][0]) / 2, (pos[a][1] + pos[b][1]) / 2
            ax.text(mx, my, str(count), ha="center", va="center", fontsize=9, color="#34495e",
                    zorder=4, bbox=halo)

    most_leader = max(net.calls_per_leader.values())
    leaders = list(net.calls_per_leader)
    sizes = [150 + 1050 * (net.calls_per_leader[x] / most_leader) for x in leaders]
    ax.scatter([pos[x][0] for x in leaders], [pos[x][1] for x in leaders], s=sizes,
               c="#d35400", edgecolors="white", linewidths=1.5, zorder=2)

    fontsize = 12 if n <= 12 else 10
    radial = 24 < n <= _CIRCULAR_UP_TO  # a crowded ring: labels along the radius, like spokes
    for leader, size in zip(leaders, sizes):
        x, y = pos[leader]
        # Push each label outwards from the centre, just past its node's edge.
        norm = math.hypot(x, y) or 1.0
        offset = math.sqrt(size) / 2 + 4  # points
        dx, dy = x / norm, y / norm
        if radial:
            angle = math.degrees(math.atan2(dy, dx))
            rotation = angle + 180 if dx < 0 else angle  # never upside down
            ha, va = ("right" if dx < 0 else "left"), "center"
        else:
            rotation = 0.0
            ha = "left" if dx > 0.3 else "right" if dx < -0.3 else "center"
            va = "bottom" if dy > 0.3 else "top" if dy < -0.3 else "center"
        ax.annotate(
            f"{net.labels[leader]} ({net.calls_per_leader[leader]})",
            (x, y),
            xytext=(dx * offset, dy * offset),
            textcoords="offset points",
            ha=ha,
            va=va,
            rotation=rotation,
            rotation_mode="anchor",
            fontsize=fontsize,
            zorder=5,
            bbox=halo,
        )
    # Keep the title clear of the label above the topmost node (a spoke: its length in points).
    longest = max(len(net.labels[x]) + 5 for x in leaders) * fontsize * 0.62
    label_height = longest if radial else 2 * fontsize
    ax.set_title(title, fontsize=14, pad=math.sqrt(max(sizes)) / 2 + 10 + label_height)
    # Both layouts lie within [-1, 1]^2 (a 2-leader ring has zero width: no autoscaling).
    ax.set_xlim(-1.15, 1.15)
    ax.set_ylim(-1.15, 1.15)
    return fig


def _save(fig, out: Path, fmt: str) -> None:
    import matplotlib

    def write(fh) -> None:
        # SVG: labels as searchable text, and element ids from a fixed salt (not random).
        with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "newskg"}):
            # "tight" grows the canvas to whatever the labels need, so none is cut off.
            fig.savefig(fh, format=fmt, metadata=_METADATA[fmt], bbox_inches="tight", pad_inches=0.3)

    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExportError("E853", f"cannot create the folder {out.parent}: {err.strerror or err}") from err
    atomic_write(out, write)


def _label(graph: Graph, node: URIRef) -> str:
    """rdfs:label, else schema:name, else the IRI's last segment; English or untagged first."""
    for prop in (RDFS.label, SDO.name):
        values = list(graph.objects(node, prop))
        if values:
            best = min(values, key=lambda v: (getattr(v, "language", None) not in (None, "en"), str(v)))
            return str(best)
    return str(node).rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
