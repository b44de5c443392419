"""kg.write.plot and `kg plot`: real pictures (Agg), readable at any size, from a file or a store.

The readability checks measure what matplotlib renders: after ``canvas.draw()``, every text's
``get_window_extent`` (and the white box behind it) is compared with every other one and with
the figure's edges, and every label with every node's disc.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from itertools import combinations
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

import call_graphs
from kg.cli import app
from kg.errors import ExportError, InputError
from kg.query.network import plot
from kg.write.callnet import DEFAULT_TOP, CallNetwork, LeaderCall, select_network
from kg.write.plot import clean_text, draw, plot_network

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
SAMPLE = Path(__file__).parent / "data" / "endpoint_sample.ttl"
SVG = "{http://www.w3.org/2000/svg}"


def _net(labels: dict[str, str], pairs: list[tuple[str, ...]]) -> CallNetwork:
    calls = [LeaderCall(f"c{i}", None, tuple(sorted(p))) for i, p in enumerate(pairs)]
    return select_network(calls, labels)


def _boxes(artists, renderer) -> np.ndarray:
    return np.array([tuple(a.get_window_extent(renderer).extents) for a in artists])


def _overlapping(boxes: np.ndarray) -> list[tuple[int, int]]:
    """Index pairs of boxes (x0, y0, x1, y1) that share more than an edge."""
    x0, y0, x1, y1 = (boxes[:, i] for i in range(4))
    hit = (x0[:, None] < x1[None, :]) & (x0[None, :] < x1[:, None]) & (y0[:, None] < y1[None, :]) & (y0[None, :] < y1[:, None])
    return [(int(i), int(j)) for i, j in zip(*np.nonzero(np.triu(hit, k=1)))]


def assert_readable(picture) -> None:
    """No two texts (labels, edge numbers, title) or their white boxes overlap, all lie inside
    the figure, and no label covers a node."""
    fig = picture.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    texts = [*picture.labels.values(), *picture.counts, picture.title]
    assert len({id(t) for t in texts}) == len(texts)
    for boxes in (
        _boxes(texts, renderer),
        _boxes([t.get_bbox_patch() for t in [*picture.labels.values(), *picture.counts]], renderer),
    ):
        clash = _overlapping(boxes)
        assert not clash, [(texts[i].get_text(), texts[j].get_text()) for i, j in clash[:5]]
        width, height = fig.bbox.width, fig.bbox.height
        assert (boxes[:, 0] >= 0).all() and (boxes[:, 1] >= 0).all()
        assert (boxes[:, 2] <= width).all() and (boxes[:, 3] <= height).all()
    nodes = picture.nodes
    centres = nodes.get_offset_transform().transform(nodes.get_offsets())
    radii = np.sqrt(nodes.get_sizes()) / 2 * fig.dpi / 72
    discs = np.column_stack([centres - radii[:, None], centres + radii[:, None]])
    labels = _boxes(picture.labels.values(), renderer)
    both = np.vstack([labels, discs])
    covered = [(i, j) for i, j in _overlapping(both) if i < len(labels) <= j]
    assert not covered, covered[:5]


# --- small pictures ------------------------------------------------------------------------


def test_plot_writes_a_valid_png_that_reads_back(tmp_path):
    from matplotlib.image import imread
    from PIL import Image

    out = tmp_path / "pics" / "leaders.png"
    report = plot(SAMPLE, out, title="Test network")
    assert (report.leaders, report.total_leaders, report.calls, report.pairs, report.out) == (2, 2, 1, 1, out)
    assert out.read_bytes()[:8] == PNG_MAGIC
    with Image.open(out) as im:
        im.verify()
    with Image.open(out) as im:
        width, height = im.size
    pixels = imread(out)
    assert pixels.shape[:2] == (height, width)
    assert 300 < width < 3000 and 80 < height < 3000
    assert pixels.std() > 0.05  # not a blank canvas
    assert [p.name for p in out.parent.iterdir()] == ["leaders.png"]  # no temp file left


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_same_network_same_bytes(tmp_path, suffix):
    net = _net({"a": "Alpha Leader", "b": "Beta Leader", "c": "Gamma Leader"}, [("a", "b"), ("a", "b"), ("a", "b", "c")])
    one, two = tmp_path / f"one{suffix}", tmp_path / f"two{suffix}"
    plot_network(net, one, title="t")
    plot_network(net, two, title="t")
    assert one.read_bytes() == two.read_bytes()


def test_svg_keeps_labels_as_text_and_parses(tmp_path):
    out = tmp_path / "leaders.svg"
    net = _net({"a": "Alpha Leader", "b": "Beta Leader", "c": "Gamma Leader"}, [("a", "b"), ("a", "b"), ("a", "b", "c")])
    plot_network(net, out, title="Calls")
    texts = {"".join(t.itertext()) for t in ET.parse(out).getroot().iter(f"{SVG}text")}
    assert {"Alpha Leader (3)", "Beta Leader (3)", "Gamma Leader (1)", "Calls", "3"} <= texts


def test_a_small_ring_is_readable():
    labels = {f"l{i:02d}": name for i, name in enumerate(call_graphs.names(24))}
    keys = sorted(labels)
    net = _net(labels, [(keys[i], keys[(i * 7 + 3) % 24]) for i in range(24)] * 2)
    assert_readable(draw(net, "A ring\nof 24"))


def test_a_leaders_neighbourhood_has_them_in_the_middle():
    calls, labels = call_graphs.leader_calls(120, 700)
    focus = sorted(labels)[30]
    net = select_network(calls, labels, leader=focus, top=20)
    picture = draw(net, "around")
    assert picture.labels[focus].get_fontweight() == "bold"
    assert {t.get_fontweight() for x, t in picture.labels.items() if x != focus} == {"normal"}
    xy = picture.nodes.get_offsets()
    at = list(net.labels).index(focus)
    others = np.delete(xy, at, axis=0)
    assert np.allclose(xy[at], others.mean(axis=0), atol=1.0)  # the ring's centre
    assert_readable(picture)


# --- big pictures --------------------------------------------------------------------------


@pytest.mark.slow
def test_300_leaders_all_labelled_without_overlap():
    calls, labels = call_graphs.leader_calls(300, 600)
    net = select_network(calls, labels, top=0)
    assert len(net.labels) == 300
    picture = draw(net, "300 leaders")
    assert picture.unlabelled == ()
    assert len(picture.labels) == 300
    assert {t.get_text().rsplit(" (", 1)[0] for t in picture.labels.values()} == set(net.labels.values())
    assert_readable(picture)


@pytest.mark.slow
def test_a_1000_article_like_graph_shows_the_top_leaders_by_default(tmp_path):
    ttl = tmp_path / "graph.ttl"  # N-Triples is Turtle too, and quick to write
    ttl.write_bytes(call_graphs.graph(349, 2100).serialize(format="nt", encoding="utf-8"))
    out = tmp_path / "leaders.svg"
    result = CliRunner().invoke(app, ["plot", str(ttl), "-o", str(out)])
    assert result.exit_code == 0, result.output
    people, records = call_graphs.call_records(349, 2100)
    held = [c for c in records if c.status.value == "Occurred"]
    counts = {p.name: sum(p.key in c.participants for c in held) for p in people}
    assert f"{DEFAULT_TOP} of 349 leaders" in result.output
    labels = [
        "".join(t.itertext()) for t in ET.parse(out).getroot().iter(f"{SVG}text") if "(" in "".join(t.itertext())
    ]
    assert len(labels) == DEFAULT_TOP
    # they are the most connected: no leader left out has more calls than one shown
    shown = {label.rsplit(" (", 1)[0] for label in labels}
    assert min(counts[n] for n in shown) >= max(counts[n] for n in counts if n not in shown)
    assert all(label == f"{name} ({counts[name]})" for label in labels for name in [label.rsplit(" (", 1)[0]])


# --- text that must stay text --------------------------------------------------------------


def test_labels_are_literal_and_svg_stays_well_formed(tmp_path):
    nasty = {
        "a": "$x^2$ Leader",
        "b": "Bad\x01Name\x0bwith\ufffecontrols\ud800 <&> \"'",
        "c": "Line\nbreak\tand\u200bzero-width",
        "d": "$\\alpha$ \\ {}",
    }
    net = _net(nasty, [("a", "b"), ("b", "c"), ("c", "d"), ("a", "d")])
    out = tmp_path / "nasty.svg"
    plot_network(net, out, title="Title with $math$ and \x07bell")
    texts = {"".join(t.itertext()) for t in ET.parse(out).getroot().iter(f"{SVG}text")}  # a strict parser
    assert "$x^2$ Leader (2)" in texts
    assert "Bad\ufffdName\ufffdwith\ufffdcontrols\ufffd <&> \"' (2)" in texts
    assert "Line break andzero-width (2)" in texts
    assert "$\\alpha$ \\ {} (2)" in texts
    assert "Title with $math$ and \ufffdbell" in texts
    png = tmp_path / "nasty.png"
    plot_network(net, png, title="$a$")
    assert png.read_bytes()[:8] == PNG_MAGIC


def test_clean_text():
    assert clean_text("a\x00b\x1fc\x7fd\x85e") == "a\ufffdb\ufffdc\ufffdd\ufffde"
    assert clean_text("  two \n\n lines\r\n ") == "two lines"
    assert clean_text("\u200ejoin\u200d") == "join"
    assert clean_text("x" * 60, limit=10) == "x" * 9 + "\u2026"
    assert clean_text("Ελένη Σ. $5") == "Ελένη Σ. $5"


# --- errors --------------------------------------------------------------------------------


def test_unknown_picture_format_is_refused_before_reading(tmp_path):
    with pytest.raises(ExportError, match=r"\.png, \.svg or \.pdf"):
        plot(tmp_path / "missing.ttl", tmp_path / "x.gif")


def test_nothing_to_draw_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such graph file"):
        plot(tmp_path / "missing.ttl", tmp_path / "x.png")
    with pytest.raises(InputError, match=r"no occurred calls between leaders in .*, since 2030-01-01"):
        plot(SAMPLE, tmp_path / "x.png", since=date(2030, 1, 1))
    with pytest.raises(InputError, match="nothing to plot"):
        plot_network(_net({}, []), tmp_path / "x.png", title="t")
    assert not list(tmp_path.iterdir())


def test_cli_plot(tmp_path):
    out = tmp_path / "leaders.png"
    result = CliRunner().invoke(app, ["plot", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 leaders, 1 calls" in result.output
    assert out.read_bytes()[:8] == PNG_MAGIC


@pytest.mark.parametrize(
    "args, message",
    [
        (["--since", "2030-01-01"], "no occurred calls between leaders"),
        (["--since", "2026-01-01", "--until", "2025-01-01"], "is after --until"),
        (["--leader", "Nobody"], "no leader with a call in the selection goes by that name"),
        (["--leader", "Frederksen"], "did you mean Mette Frederiksen"),
        (["--top", "1"], "share no call"),
        (["--status", "rumoured"], "unknown call status"),
        (["--store", "."], "give a graph file or --store, not both"),
    ],
)
def test_cli_plot_says_why_nothing_is_drawn(tmp_path, args, message):
    out = tmp_path / "x.png"
    result = CliRunner().invoke(app, ["plot", str(SAMPLE), "-o", str(out), *args])
    usage = {"is after --until", "unknown call status", "give a graph file or --store, not both"}
    assert result.exit_code == (2 if message in usage else 1), result.output
    assert message in result.output
    assert not out.exists()


def test_cli_plot_graph_without_calls(tmp_path):
    empty = tmp_path / "empty.ttl"
    empty.write_text("<http://e/a> <http://e/b> <http://e/c> .\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["plot", str(empty), "-o", str(tmp_path / "e.png")])
    assert result.exit_code == 1
    assert "no occurred calls between leaders in" in result.output
    assert "Traceback" not in result.output


def test_cli_plot_from_a_store_gives_the_same_picture(tmp_path):
    runner = CliRunner()
    store = tmp_path / "store"
    ttl = tmp_path / "graph.ttl"
    call_graphs.graph(60, 300).serialize(ttl, format="turtle", encoding="utf-8")
    assert runner.invoke(app, ["load", str(ttl), "--store", str(store)]).exit_code == 0
    from_file, from_store = tmp_path / "file.svg", tmp_path / "store.svg"
    args = ["--top", "25", "--since", "2024-03-01", "--until", "2024-10-31"]
    one = runner.invoke(app, ["plot", str(ttl), "-o", str(from_file), *args])
    two = runner.invoke(app, ["plot", "--store", str(store), "-o", str(from_store), *args])
    assert one.exit_code == two.exit_code == 0, one.output + two.output
    assert "25 of " in two.output
    assert from_file.read_bytes() == from_store.read_bytes()
    # read-only: a store another process holds open for writing can still be drawn
    import pyoxigraph as ox

    writer = ox.Store(str(store))
    three = runner.invoke(app, ["plot", "--store", str(store), "-o", str(tmp_path / "busy.png")])
    assert three.exit_code == 0, three.output
    del writer
