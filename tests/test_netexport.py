"""The networkx projection, GraphML (schema, networkx, Gephi/APOC conventions) and GEXF."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from graph_samples import CALL_OCCURRED, ENTITIES, KANT, VERDI, WIRE, sample_graph
from kg.rdf import ids
from kg.errors import ExportError
from kg.write.network import to_networkx, write_gexf, write_graphml

XSD = Path(__file__).parent / "data" / "graphml" / "graphml.xsd"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
TYPES = {"Leader", "Person", "Outlet", "Country", "Organization", "Call", "Article"}


@pytest.fixture(scope="module")
def nxg():
    return to_networkx(sample_graph())


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(XSD), etree.XMLParser(no_network=True)))


def iri(entity) -> str:
    return str(ids.entity_iri(entity.kind, entity.key))


def call_iri() -> str:
    names = tuple({e.key: e.name for e in ENTITIES}[k] for k in CALL_OCCURRED.participants)
    return str(ids.call_iri(CALL_OCCURRED.key, names, CALL_OCCURRED.date))


def test_projection_nodes(nxg):
    types = nx.get_node_attributes(nxg, "type")
    assert set(types.values()) == TYPES
    assert sum(1 for t in types.values() if t == "Call") == 3
    assert sum(1 for t in types.values() if t == "Article") == 2
    assert not any("/evidence/" in n or "/attribution/" in n for n in nxg)  # folded into counts
    verdi = nxg.nodes[iri(VERDI)]
    assert verdi["label"] == "Alma Verdi" and verdi["type"] == "Leader"
    assert verdi["labels"] == ":Leader:Person"
    assert verdi["wikidata"] == "Q4242" and verdi["country"] == "Arcadia" and verdi["role"] == "President"
    assert verdi["calls"] == 2
    assert nxg.nodes[iri(WIRE)]["outlet_kind"] == "NewsAgency"
    call = nxg.nodes[call_iri()]
    assert call["date"] == "2025-03-09" and call["status"] == "Occurred" and call["medium"] == "Phone"
    assert call["evidence"] == 2 and call["reports"] == 2 and call["duration_minutes"] == 90


def test_projection_values_are_scalars(nxg):
    for _, data in nxg.nodes(data=True):
        assert all(type(v) in (str, int, float, bool) for v in data.values()), data
        assert data["label"]
    for *_, data in nxg.edges(keys=True, data=True):
        assert all(type(v) in (str, int, float, bool) for v in data.values()), data


def test_projection_edges_one_per_relation(nxg):
    relations = {k for *_, k in nxg.edges(keys=True)}
    assert relations == {"participant", "called", "reportedBy", "mentions", "publisher", "country"}
    # never two relations on one pair: Gephi would merge them; the caller is an attribute
    pairs = [(u, v) for u, v, _ in nxg.edges(keys=True)]
    assert len(pairs) == len(set(pairs))
    assert set(nxg[call_iri()][iri(VERDI)]) == {"participant"}
    assert nxg.nodes[call_iri()]["caller"] == nxg.nodes[iri(VERDI)]["label"]
    assert set(nxg[iri(VERDI)][iri(KANT)]) == {"called"}
    for *_, data in nxg.edges(data=True):
        assert data["weight"] == 1.0 and data["label"]


def test_graphml_is_schema_valid_and_gephi_safe(nxg, schema, tmp_path):
    path = write_graphml(nxg, tmp_path / "graph.graphml")
    tree = etree.parse(str(path))
    schema.assertValid(tree)
    keys = tree.findall(f"{GRAPHML}key")
    key_ids = [k.get("id") for k in keys]
    assert len(key_ids) == len(set(key_ids))
    assert not {"d3", "d7"} & set(key_ids)  # Gephi reads these yEd ids as labels
    by_name = {(k.get("for"), k.get("attr.name")): k.get("id") for k in keys}
    assert by_name[("edge", "label")] == "label"  # APOC readLabels: relationship type
    assert by_name[("node", "labels")] == "labels"  # APOC readLabels: node labels
    assert by_name[("node", "label")] != "label"
    assert {k.get("attr.type") for k in keys} <= {"string", "long", "double", "boolean"}
    for edge in tree.iter(f"{GRAPHML}edge"):
        first = edge[0]
        assert first.get("key") == "label" and first.text  # APOC takes the type from the first <data>
        weight = edge.find(f"{GRAPHML}data[@key='{by_name[('edge', 'weight')]}']")
        assert float(weight.text) > 0  # Gephi removes weight-0 edges
    iris = {d.text for d in tree.iter(f"{GRAPHML}data") if d.get("key") == by_name[("node", "iri")]}
    assert iris == set(nxg.nodes)


def test_graphml_read_back_by_networkx(nxg, tmp_path):
    back = nx.read_graphml(write_graphml(nxg, tmp_path / "graph.graphml"))
    assert back.number_of_nodes() == nxg.number_of_nodes()
    assert back.number_of_edges() == nxg.number_of_edges()
    assert all(d.get("label") and d.get("type") in TYPES for _, d in back.nodes(data=True))
    assert all(d.get("label") for *_, d in back.edges(data=True))
    assert {d["iri"] for _, d in back.nodes(data=True)} == set(nxg.nodes)
    verdi = next(d for _, d in back.nodes(data=True) if d["iri"] == iri(VERDI))
    assert verdi["calls"] == 2 and isinstance(verdi["calls"], int)


def test_graphml_typed_adds_neo4j_attributes_outside_the_schema(nxg, schema, tmp_path):
    tree = etree.parse(str(write_graphml(nxg, tmp_path / "typed.graphml", typed=True)))
    assert {e.get("label") for e in tree.iter(f"{GRAPHML}edge")} >= {"PARTICIPANT", "CALLED"}
    assert all(n.get("labels", "").startswith(":") for n in tree.iter(f"{GRAPHML}node"))
    assert not schema.validate(tree)


def test_graphml_drops_characters_xml_cannot_hold(schema, tmp_path):
    g = nx.MultiDiGraph()
    g.add_node("a", label="bell\x07 and\x00 nul", type="Person")
    g.add_node("b", label='quotes " & <tags>', type="Person")
    g.add_edge("a", "b", key="knows", label="knows", weight=1.0)
    path = write_graphml(g, tmp_path / "x.graphml")
    schema.assertValid(etree.parse(str(path)))
    labels = nx.get_node_attributes(nx.read_graphml(path), "label")
    assert sorted(labels.values()) == ["bell and nul", 'quotes " & <tags>']


def test_graphml_unwritable_value_keeps_the_previous_export(tmp_path):
    path = tmp_path / "graph.graphml"
    path.write_text("previous export\n")
    g = nx.MultiDiGraph()
    g.add_node("a", label="A", tags=["x", "y"])  # GraphML has no list type
    with pytest.raises(ExportError, match=r"E403.*graph\.graphml.*'tags'.*list"):
        write_graphml(g, path)
    assert path.read_text() == "previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.graphml"]


def test_gexf_read_back_with_layout_and_colours(nxg, tmp_path):
    path = write_gexf(nxg, tmp_path / "graph.gexf")
    back = nx.read_gexf(path)
    assert back.number_of_nodes() == nxg.number_of_nodes()
    assert back.number_of_edges() == nxg.number_of_edges()
    labels = {d["label"] for _, d in back.nodes(data=True)}
    assert "Alma Verdi" in labels
    viz = [d["viz"] for _, d in back.nodes(data=True)]
    assert all({"color", "size", "position"} <= set(v) for v in viz)
    assert len({(v["position"]["x"], v["position"]["y"]) for v in viz}) == len(viz)
    assert "lastmodifieddate" not in path.read_text(encoding="utf-8")  # would change daily


def test_gexf_unwritable_value_keeps_the_previous_export(tmp_path):
    path = tmp_path / "graph.gexf"
    path.write_text("previous export\n")
    g = nx.MultiDiGraph()
    g.add_node("a", label="A", type="Person", when=None)  # dropped, as in GraphML
    g.add_node("b", label="B", type="Person", spans={"x": 1})  # GEXF has no map type
    with pytest.raises(ExportError, match=r"E403.*graph\.gexf.*'spans'.*dict"):
        write_gexf(g, path)
    assert path.read_text() == "previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.gexf"]


def test_graphml_and_gexf_byte_identical(nxg, tmp_path):
    again = to_networkx(sample_graph())
    for writer, name in ((write_graphml, "g.graphml"), (write_gexf, "g.gexf")):
        a = writer(nxg, tmp_path / f"a-{name}").read_bytes()
        b = writer(again, tmp_path / f"b-{name}").read_bytes()
        assert a == b, name
