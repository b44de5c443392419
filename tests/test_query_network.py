"""kg.query.network: the call network read through SPARQL, the same from a file, a store, a
pyoxigraph Store or an rdflib Graph; dates and statuses filtered in the query."""

from __future__ import annotations

from datetime import date

import pyoxigraph as ox
import pytest
from rdflib import Literal

from kg.errors import InputError
from kg.query.network import default_title, read_calls
from kg.rdf.vocab import DATA, KG, RDF, RDFS, SDO, SKOS, XSD, new_graph
from kg.store.local import load_into_store
from kg.write.callnet import LeaderCall, select_network


def _person(key: str):
    return DATA[f"person/{key}"]


def _graph():
    """Four leaders and a minister. c1, c2: A-B (dated), c3: A-B-C (undated), c4: B-D planned,
    c5: A-minister (one leader only)."""
    g = new_graph()
    for key, label in [("a", "Alpha Leader"), ("b", "Beta Leader"), ("c", "Gamma Leader"), ("d", "Delta Leader")]:
        g.add((_person(key), RDF.type, KG.Leader))
        g.add((_person(key), RDFS.label, Literal(label)))
        g.add((_person(key), SDO.name, Literal(label)))
    g.add((_person("a"), SKOS.altLabel, Literal("Alpha")))
    g.add((_person("a"), RDFS.label, Literal("Alpha le chef", lang="fr")))
    g.add((_person("m"), RDFS.label, Literal("A Minister")))
    calls = [
        ("c1", KG.Occurred, "ab", "2025-01-10"),
        ("c2", KG.Occurred, "ab", "2025-02-20"),
        ("c3", KG.Occurred, "abc", None),
        ("c4", KG.Planned, "bd", "2025-03-01"),
        ("c5", KG.Occurred, "am", "2025-01-10"),
    ]
    for key, status, people, day in calls:
        call = DATA[f"call/{key}"]
        g.add((call, RDF.type, KG.Call))
        g.add((call, KG.status, status))
        if day:
            g.add((call, SDO.startDate, Literal(day, datatype=XSD.date)))
        for p in people:
            g.add((call, KG.participant, _person(p)))
    return g


A, B, C, D = (str(_person(k)) for k in "abcd")
CALL = {k: str(DATA[f"call/{k}"]) for k in ("c1", "c2", "c3", "c4")}


def _sources(tmp_path):
    g = _graph()
    ttl = tmp_path / "graph.ttl"
    g.serialize(ttl, format="turtle", encoding="utf-8")
    load_into_store(ttl, tmp_path / "store")
    mem = ox.Store()
    mem.load(ttl.read_bytes(), format=ox.RdfFormat.TURTLE)
    return {"file": ttl, "store": tmp_path / "store", "oxigraph": mem, "rdflib": g}


def test_the_same_network_from_every_source(tmp_path):
    seen = {kind: read_calls(source) for kind, source in _sources(tmp_path).items()}
    calls, names = seen["file"]
    assert calls == [
        LeaderCall(CALL["c1"], date(2025, 1, 10), (A, B)),
        LeaderCall(CALL["c2"], date(2025, 2, 20), (A, B)),
        LeaderCall(CALL["c3"], None, (A, B, C)),
    ]
    assert names == {A: ["Alpha Leader", "Alpha"], B: ["Beta Leader"], C: ["Gamma Leader"]}
    assert all(other == seen["file"] for other in seen.values())


@pytest.mark.parametrize(
    "since, until, expected",
    [
        (date(2025, 1, 10), None, ["c1", "c2"]),  # inclusive, and undated calls drop out
        (date(2025, 1, 11), None, ["c2"]),
        (None, date(2025, 2, 20), ["c1", "c2"]),
        (date(2025, 2, 1), date(2025, 2, 28), ["c2"]),
        (date(2026, 1, 1), None, []),
    ],
)
def test_dates(tmp_path, since, until, expected):
    calls, _ = read_calls(_graph(), since=since, until=until)
    assert [c.call for c in calls] == [CALL[k] for k in expected]


def test_statuses():
    calls, names = read_calls(_graph(), statuses=["planned"])
    assert calls == [LeaderCall(CALL["c4"], date(2025, 3, 1), (B, D))]
    assert set(names) == {B, D}
    both, _ = read_calls(_graph(), statuses=["Occurred", "planned"])
    assert len(both) == 4
    with pytest.raises(InputError, match="unknown call status 'held'"):
        read_calls(_graph(), statuses=["held"])


def test_sources_that_are_not_graphs(tmp_path):
    (tmp_path / "folder").mkdir()
    with pytest.raises(InputError, match="not an Oxigraph store"):
        read_calls(tmp_path / "folder")
    with pytest.raises(InputError, match="no such graph file"):
        read_calls(tmp_path / "none.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(InputError, match="not valid"):
        read_calls(bad)


def test_default_title():
    calls, names = read_calls(_graph())
    labels = {iri: ns[0] for iri, ns in names.items()}
    net = select_network(calls, labels, top=2)
    assert default_title(net, None, None, ("occurred",)) == (
        "Calls between leaders\n3 calls, the 2 most connected of 3 leaders"
    )
    net = select_network(calls, labels, leader=C)
    assert default_title(net, date(2025, 1, 1), None, ("occurred", "planned")) == (
        "Occurred/planned calls around Gamma Leader\n3 calls, 3 leaders, since 2025-01-01"
    )
