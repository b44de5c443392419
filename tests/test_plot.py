"""kg.write.plot: the leaders' call network is read right and drawn to a real, readable picture."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import ExportError, InputError
from kg.write.plot import call_network, plot_file, plot_leaders
from kg.rdf.vocab import DATA, KG, RDF, RDFS, new_graph

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
SAMPLE = Path(__file__).parent / "data" / "endpoint_sample.ttl"


def _person(key: str):
    return DATA[f"person/{key}"]


def _graph():
    """Four leaders and a minister; calls: A-B twice, A-B-C once (a conference), B-D planned,
    A-minister once; only the first three are calls between leaders that took place."""
    g = new_graph()
    for key, label in [("a", "Alpha Leader"), ("b", "Beta Leader"), ("c", "Gamma Leader"), ("d", "Delta Leader")]:
        g.add((_person(key), RDF.type, KG.Leader))
        g.add((_person(key), RDFS.label, Literal(label)))
    g.add((_person("m"), RDFS.label, Literal("A Minister")))
    calls = [
        ("c1", KG.Occurred, "ab"),
        ("c2", KG.Occurred, "ab"),
        ("c3", KG.Occurred, "abc"),
        ("c4", KG.Planned, "bd"),
        ("c5", KG.Occurred, "am"),
    ]
    for key, status, people in calls:
        call = DATA[f"call/{key}"]
        g.add((call, RDF.type, KG.Call))
        g.add((call, KG.status, status))
        for p in people:
            g.add((call, KG.participant, _person(p)))
    return g


def test_call_network_counts_only_occurred_calls_between_leaders():
    net = call_network(_graph())
    a, b, c = _person("a"), _person("b"), _person("c")
    assert net.calls == 3
    assert net.calls_per_leader == {a: 3, b: 3, c: 1}
    assert net.calls_per_pair == {(a, b): 3, (a, c): 1, (b, c): 1}
    assert net.labels[a] == "Alpha Leader"


def test_plot_writes_a_valid_png_that_reads_back(tmp_path):
    from matplotlib.image import imread
    from PIL import Image

    out = tmp_path / "pics" / "leaders.png"
    report = plot_leaders(_graph(), out, title="Test network")
    assert (report.leaders, report.calls, report.pairs, report.out) == (3, 3, 3, out)
    data = out.read_bytes()
    assert data[:8] == PNG_MAGIC
    with Image.open(out) as im:
        im.verify()
    with Image.open(out) as im:
        width, height = im.size
        assert im.format == "PNG"
    pixels = imread(out)
    assert pixels.shape[:2] == (height, width)
    assert 300 < width < 3000 and 300 < height < 3000
    assert pixels.std() > 0.05  # not a blank canvas
    assert not [p for p in out.parent.iterdir() if p.name != "leaders.png"]  # no temp file left


def test_same_graph_same_bytes(tmp_path):
    one, two = tmp_path / "one.png", tmp_path / "two.png"
    plot_leaders(_graph(), one)
    plot_leaders(_graph(), two)
    assert one.read_bytes() == two.read_bytes()


def test_svg_output_has_the_labels(tmp_path):
    out = tmp_path / "leaders.svg"
    plot_leaders(_graph(), out)
    svg = out.read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert "Alpha Leader (3)" in svg and "Delta Leader" not in svg  # only planned calls


def test_graph_without_calls_between_leaders_is_an_error(tmp_path):
    g = new_graph()
    g.add((_person("a"), RDF.type, KG.Leader))
    out = tmp_path / "none.png"
    with pytest.raises(InputError, match="no calls between leaders in my.ttl"):
        plot_leaders(g, out, name="my.ttl")
    assert not out.exists()


def test_unknown_picture_format_is_refused(tmp_path):
    with pytest.raises(ExportError, match=r"\.png, \.svg or \.pdf"):
        plot_leaders(_graph(), tmp_path / "x.gif")


def test_plot_file_reads_turtle(tmp_path):
    report = plot_file(SAMPLE, tmp_path / "sample.png")
    assert (report.leaders, report.calls) == (2, 1)
    with pytest.raises(InputError, match="no such file"):
        plot_file(tmp_path / "missing.ttl", tmp_path / "x.png")


def test_cli_plot(tmp_path):
    out = tmp_path / "leaders.png"
    result = CliRunner().invoke(app, ["plot", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 leaders, 1 calls" in result.output
    assert out.read_bytes()[:8] == PNG_MAGIC
    empty = tmp_path / "empty.ttl"
    empty.write_text("<http://e/a> <http://e/b> <http://e/c> .\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["plot", str(empty), "-o", str(tmp_path / "e.png")])
    assert result.exit_code == 1
    assert "no calls between leaders" in result.output


def test_svg_is_deterministic_too(tmp_path):
    one, two = tmp_path / "one.svg", tmp_path / "two.svg"
    plot_leaders(_graph(), one)
    plot_leaders(_graph(), two)
    assert one.read_bytes() == two.read_bytes()
