"""Draw a leaders' call network (``kg.write.callnet.CallNetwork``) as a picture: PNG, SVG or PDF.

Owns the drawing: one node per leader, its area growing with the leader's calls, one edge per
pair of leaders as wide as their calls together, every label placed where it overlaps no other
label, no node and nothing outside the figure (``kg.write.labels``), and the atomic save.

Everything is laid out in pixels: the axes fill the figure and its data limits are the figure's
size in pixels, so a label's measured size is its size on the page and the placement can check
boxes exactly. Where the nodes go is ``kg.write.netlayout``'s.

Text is drawn literally: no mathtext (``$x$`` stays dollars), no LaTeX whatever the user's
matplotlibrc says, and characters that XML 1.0 cannot hold (control characters, lone
surrogates, U+FFFE/U+FFFF) are replaced, so an SVG is always well-formed.

Drawing uses matplotlib's object API on an Agg canvas (``Figure`` + ``FigureCanvasAgg``), never
``pyplot``, under matplotlib's default style: no global state, no display needed. Same network,
same bytes: sorted input, seeded layout, and the date/software metadata left out of the file.
"""

from __future__ import annotations

import math
import re
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import ExportError, InputError, Plot
from kg.write.atomic import atomic_write
from kg.write.callnet import CallNetwork
from kg.write.labels import Box, Occupancy, place_label
from kg.write.netlayout import RING_UP_TO, apart, fit, layout

__all__ = ["PlotReport", "Picture", "picture_format", "clean_text", "draw", "save", "plot_network"]

_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
# Matplotlib writes creation dates and its version into files; None leaves them out.
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "Creator": None, "Producer": None},
}
_COUNTS_UP_TO = 60
_DPI = 100
_MIN_SIDE, _MAX_SIDE = 640, 3200  # pixels
_LABEL_CHARS = 40
_PAD = 3.0  # pixels between the figure's edge and anything on it
_GAP = 3.0  # pixels between a node and its label
_CLEAR = 7.0  # pixels between a node and any other node's label
# XML 1.0 allows neither C0 controls (but tab, LF, CR), surrogates, nor U+FFFE/U+FFFF; C1
# controls are allowed there but draw as nothing useful.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_EDGE, _NODE, _TEXT = "#7a8ca3", "#d35400", "#22313f"


@dataclass(frozen=True, slots=True)
class PlotReport:
    """What was drawn: leaders shown (of how many with calls), calls drawn, leader pairs
    (edges), leaders whose label found no room, and the file written."""

    leaders: int
    total_leaders: int
    calls: int
    pairs: int
    unlabelled: int
    out: Path


@dataclass(frozen=True, slots=True)
class Picture:
    """A drawn figure and its artists: ``nodes`` (one scatter of discs), ``labels`` mapping each
    labelled leader to its label, ``counts`` (the numbers on edges), the ``title``, and the
    leaders left without a label."""

    figure: Any
    nodes: Any
    title: Any
    labels: dict[str, Any]
    counts: tuple[Any, ...]
    unlabelled: tuple[str, ...]


def picture_format(out: Path) -> str:
    """The picture format of ``out`` from its suffix (png, svg or pdf); ``ExportError`` otherwise."""
    fmt = _FORMATS.get(Path(out).suffix.lower())
    if fmt is None:
        raise ExportError(Plot.UNKNOWN_PICTURE_FORMAT, f"{out}: unknown picture format; use .png, .svg or .pdf")
    return fmt


def clean_text(text: str, limit: int = _LABEL_CHARS) -> str:
    """``text`` as one line any writer can hold: line breaks and tabs become spaces, invisible
    format characters go, characters XML cannot hold become U+FFFD, and it is cut at ``limit``."""
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    text = " ".join(_NOT_TEXT.sub("\ufffd", text.replace("\t", " ")).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def plot_network(net: CallNetwork, out: Path, *, title: str) -> PlotReport:
    """Draw ``net`` to ``out`` (.png, .svg or .pdf), atomically."""
    out = Path(out)
    fmt = picture_format(out)
    picture = draw(net, title)
    save(picture, out, fmt)
    return PlotReport(
        leaders=len(net.labels), total_leaders=net.total_leaders, calls=net.calls,
        pairs=len(net.calls_per_pair), unlabelled=len(picture.unlabelled), out=out,
    )


def draw(net: CallNetwork, title: str) -> Picture:
    """The figure of ``net`` with every label placed clear of the others, of the nodes and of
    the figure's edges (``title`` may have several lines). ``InputError`` when ``net`` has no
    call to draw."""
    if not net.calls_per_pair:
        raise InputError(Plot.NO_LEADER_CALLS, "no calls between the leaders to draw: nothing to plot")
    with _style():
        return _draw(net, title)


def _draw(net: CallNetwork, title: str) -> Picture:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    leaders = list(net.labels)
    n = len(leaders)
    fontsize = 12 if n <= 12 else 10 if n <= 40 else 8
    fig = Figure(dpi=_DPI)
    FigureCanvasAgg(fig)
    renderer = fig.canvas.get_renderer()
    ax = fig.add_axes((0, 0, 1, 1))
    ax.axis("off")
    pad = 0.2 * fontsize * _DPI / 72  # the white box behind a label, beyond its text
    halo = {"boxstyle": "round,pad=0.18", "facecolor": "white", "edgecolor": "none", "alpha": 0.8}
    texts = {
        x: ax.text(0, 0, f"{clean_text(net.labels[x])} ({net.calls_per_leader[x]})", fontsize=fontsize,
                   color=_TEXT, ha="center", va="center", zorder=5, bbox=halo, parse_math=False,
                   fontweight="bold" if x == net.focus else "normal")
        for x in leaders
    }
    sizes = {x: _size(t, renderer, pad) for x, t in texts.items()}
    heading = "\n".join(clean_text(line, 120) for line in title.splitlines())
    title_text = ax.text(0, 0, heading, fontsize=14, ha="center", va="top", color=_TEXT, parse_math=False)

    most = max(net.calls_per_leader.values())
    r_max = max(8.0, min(24.0, 420 / math.sqrt(n)))
    radius = {x: r_max / 4 + 0.75 * r_max * math.sqrt(net.calls_per_leader[x] / most) for x in leaders}
    tallest = max(h for _, h in sizes.values())
    widest = max(w for w, _ in sizes.values())
    if n <= RING_UP_TO + (net.focus is not None):
        # A ring as wide as its labels need to stand side by side, with a label's width
        # left on either side for the labels pointing outwards.
        ring = max(140.0, 0.55 * n * tallest)
        side = 2 * (ring + widest + r_max + _GAP + _PAD) + 2
    else:  # room for about seven times the labels' area
        ring = None
        side = min(_MAX_SIDE, max(_MIN_SIDE, math.sqrt(7 * sum(w * h for w, h in sizes.values()))))
    area = Box(_PAD, _PAD, side - _PAD, side - _PAD)
    pos = apart(fit(layout(net), radius, sizes, area, ring, _GAP), radius, area, _CLEAR)

    nodes = _draw_edges_and_nodes(ax, net, pos, radius)
    taken = Occupancy(cell=max(40.0, tallest * 2))
    for x in leaders:
        px, py = pos[x]
        disc = Box(px - radius[x], py - radius[x], px + radius[x], py + radius[x])
        taken.add(disc)
        taken.add(disc.grown(_CLEAR), owner=x)  # other labels keep clear
    placed, unlabelled = _place_labels(ax, net, texts, pos, radius, sizes, taken, area, step=max(tallest / 2, 4.0))
    # Numbers on the edges help a small picture; in a crowd they are noise.
    counts = _pair_counts(ax, net, pos, renderer, taken, area, fontsize) if n <= _COUNTS_UP_TO else ()
    _frame(fig, ax, title_text, taken.bounds.grown(3 * _PAD), _size(title_text, renderer, 0))
    return Picture(fig, nodes, title_text, placed, counts, tuple(sorted(unlabelled)))


def save(picture: Picture, out: Path, fmt: str | None = None) -> None:
    """Write the picture to ``out`` atomically (format from the suffix unless given)."""
    fmt = fmt or picture_format(out)

    def write(fh) -> None:
        with _style():
            picture.figure.savefig(fh, format=fmt, metadata=_METADATA[fmt], dpi=_DPI)

    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExportError(Plot.FOLDER_UNWRITABLE, f"cannot create the folder {out.parent}: {err.strerror or err}") from err
    atomic_write(out, write)


# --- helpers ---------------------------------------------------------------------------------


@contextmanager
def _style():
    """Matplotlib's default style whatever the user's matplotlibrc says (no usetex, no odd
    fonts), text in SVG kept as text, and SVG element ids from a fixed salt (not random)."""
    import matplotlib

    with matplotlib.rc_context():
        matplotlib.rcdefaults()
        matplotlib.rcParams.update({"svg.fonttype": "none", "svg.hashsalt": "newskg", "text.usetex": False})
        yield


def _size(text, renderer, pad: float) -> tuple[float, float]:
    extent = text.get_window_extent(renderer)
    return extent.width + 2 * pad + 1, extent.height + 2 * pad + 1


def _draw_edges_and_nodes(ax, net: CallNetwork, pos, radius):
    from matplotlib.collections import LineCollection

    leaders = list(net.labels)
    most_pair = max(net.calls_per_pair.values())
    ax.add_collection(LineCollection(
        [(pos[a], pos[b]) for a, b in net.calls_per_pair],
        linewidths=[0.6 + 5.4 * c / most_pair for c in net.calls_per_pair.values()],
        colors=_EDGE, alpha=0.75 if len(leaders) <= 40 else 0.45, zorder=1,
    ))
    # scatter sizes are areas in points squared; radius is in pixels
    return ax.scatter([pos[x][0] for x in leaders], [pos[x][1] for x in leaders],
               s=[(2 * radius[x] * 72 / _DPI) ** 2 for x in leaders],
               c=_NODE, zorder=2, edgecolors=[_TEXT if x == net.focus else "white" for x in leaders],
               linewidths=[2.5 if x == net.focus else 1.0 for x in leaders])


def _place_labels(ax, net: CallNetwork, texts, pos, radius, sizes, taken: Occupancy, area: Box, step: float):
    """Each leader's label where it fits, most calls first (the focus leader first among
    equals); a label moved away from its node gets a leader line. Returns the labels placed
    and the leaders left without one."""
    from matplotlib.collections import LineCollection

    centre = ((area.x0 + area.x1) / 2, (area.y0 + area.y1) / 2)
    placed: dict[str, Any] = {}
    unlabelled = []
    guides = []
    for x in sorted(net.labels, key=lambda x: (-net.calls_per_leader[x], x != net.focus, net.labels[x], x)):
        spot = place_label(pos[x], radius[x], sizes[x], taken=taken, area=area, centre=centre,
                           gap=_GAP, rings=60, step=step, owner=x)
        if spot is None:
            texts[x].remove()
            unlabelled.append(x)
            continue
        box = spot.box
        texts[x].set_position(((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2))
        placed[x] = texts[x]
        if spot.leader_line:
            guides.append((spot.anchor, spot.near))
    if guides:
        # dark and above the edges, so a leader line is not taken for a call
        ax.add_collection(LineCollection(guides, linewidths=0.9, colors=_TEXT, zorder=3))
    return {x: placed[x] for x in net.labels if x in placed}, unlabelled


def _frame(fig, ax, title_text, content: Box, title_size: tuple[float, float]) -> None:
    """Crop the canvas to ``content`` with the title above it: the axes keep one data unit
    per pixel, so nothing placed moves relative to anything else."""
    title_w, title_h = title_size
    width = max(content.x1 - content.x0, title_w + 2 * _PAD)
    x0 = (content.x0 + content.x1 - width) / 2
    height = content.y1 - content.y0 + title_h + 2 * _PAD
    fig.set_size_inches(width / _DPI, height / _DPI, forward=False)
    ax.set_xlim(x0, x0 + width)
    ax.set_ylim(content.y0, content.y0 + height)
    title_text.set_position((x0 + width / 2, content.y0 + height - _PAD))


def _pair_counts(ax, net: CallNetwork, pos, renderer, taken: Occupancy, area: Box, fontsize: int):
    """The number of calls on each edge with more than one, where it fits at the edge's middle."""
    halo = {"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.8}
    drawn = []
    pairs = sorted(((c, a, b) for (a, b), c in net.calls_per_pair.items() if c > 1), key=lambda t: (-t[0], t[1], t[2]))
    for count, a, b in pairs:
        mx, my = (pos[a][0] + pos[b][0]) / 2, (pos[a][1] + pos[b][1]) / 2
        text = ax.text(mx, my, str(count), ha="center", va="center", fontsize=fontsize - 1,
                       color="#34495e", zorder=4, bbox=halo, parse_math=False)
        w, h = _size(text, renderer, 0.15 * (fontsize - 1) * _DPI / 72)
        box = Box(mx - w / 2, my - h / 2, mx + w / 2, my + h / 2)
        if box.inside(area) and taken.free(box):
            taken.add(box)
            drawn.append(text)
        else:
            text.remove()
    return tuple(drawn)
