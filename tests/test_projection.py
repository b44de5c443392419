"""kg.write.projection, graphml and gexf: the graph-tool view streamed from records."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from graph_samples import ARTICLES, CALL_OCCURRED, CALLS, ENTITIES, KANT, LUND, VERDI, WIRE
from kg.rdf import ids
from kg.rdf.triples import TripleMap
from kg.write.gexf import write_gexf
from kg.write.graphml import write_graphml
from kg.write.projection import Projection, node_id

XSD = Path(__file__).parent / "data" / "graphml" / "graphml.xsd"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
TYPES = {"Leader", "Person", "Outlet", "Country", "Organization", "Call", "Article"}


@pytest.fixture(scope="module")
def spools(tmp_path_factory):
    projection = Projection(TripleMap(ENTITIES), tmp_path_factory.mktemp("spools"))
    for call in CALLS:
        projection.add_call(call)
    for meta in ARTICLES:
        projection.add_article(meta)
    return projection.finish()


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(XSD), etree.XMLParser(no_network=True)))


def write(writer, spools, **options) -> bytes:
    buffer = io.BytesIO()
    writer(spools, buffer, **options)
    return buffer.getvalue()


def nid(entity) -> str:
    return node_id(str(ids.entity_iri(entity.kind, entity.key)))


def call_id() -> str:
    return node_id(TripleMap(ENTITIES).call_node(CALL_OCCURRED)[1:-1])


def read_graphml(data: bytes, tmp_path: Path, name="g.graphml") -> nx.DiGraph:
    path = tmp_path / name
    path.write_bytes(data)
    return nx.read_graphml(path)


def test_nodes_edges_and_attributes(spools, tmp_path):
    g = read_graphml(write(write_graphml, spools), tmp_path)
    types = nx.get_node_attributes(g, "type")
    assert set(types.values()) == TYPES
    assert sum(t == "Call" for t in types.values()) == 3 and sum(t == "Article" for t in types.values()) == 2
    verdi = g.nodes[nid(VERDI)]
    assert verdi["label"] == "Alma Verdi" and verdi["labels"] == ":Leader:Person"
    assert (verdi["wikidata"], verdi["country"], verdi["role"], verdi["calls"]) == ("Q4242", "Arcadia", "President", 2)
    assert g.nodes[nid(WIRE)]["outlet_kind"] == "NewsAgency"
    call = g.nodes[call_id()]
    assert (call["date"], call["status"], call["medium"], call["caller"]) == ("2025-03-09", "Occurred", "Phone", "Alma Verdi")
    assert (call["evidence"], call["reports"], call["duration_minutes"]) == (2, 2, 90)
    assert g.edges[call_id(), nid(VERDI)]["label"] == "participant"
    assert g.edges[nid(VERDI), nid(KANT)]["label"] == "called"
    relations = {d["label"] for *_, d in g.edges(data=True)}
    assert relations == {"participant", "called", "reportedBy", "mentions", "publisher", "country"}
    a1 = node_id(str(ids.article_iri("a1.txt")))
    assert g.edges[a1, nid(WIRE)]["label"] == "publisher"  # stands for the mentions edge to its publisher
    assert len(g.edges) == spools.edge_count  # never two relations on one pair


def test_graphml_is_schema_valid_and_gephi_safe(spools, schema, tmp_path):
    tree = etree.fromstring(write(write_graphml, spools))
    schema.assertValid(tree)
    keys = tree.findall(f"{GRAPHML}key")
    assert len({k.get("id") for k in keys}) == len(keys) and not {"d3", "d7"} & {k.get("id") for k in keys}
    by_name = {(k.get("for"), k.get("attr.name")): k.get("id") for k in keys}
    assert by_name[("edge", "label")] == "label" and by_name[("node", "labels")] == "labels"
    for edge in tree.iter(f"{GRAPHML}edge"):
        assert edge[0].get("key") == "label" and edge[0].text  # APOC takes the type from the first <data>


def test_typed_graphml_adds_neo4j_attributes_outside_the_schema(spools, schema):
    tree = etree.fromstring(write(write_graphml, spools, typed=True))
    assert {e.get("label") for e in tree.iter(f"{GRAPHML}edge")} >= {"PARTICIPANT", "CALLED"}
    assert not schema.validate(tree)


def test_leaders_only_projection(spools, schema, tmp_path):
    data = write(write_graphml, spools, leaders=True)
    schema.assertValid(etree.fromstring(data))
    g = read_graphml(data, tmp_path, "leaders.graphml")
    assert not g.is_directed()
    assert set(g.nodes) == {nid(VERDI), nid(KANT), nid(LUND)}
    verdi_kant = g.edges[nid(VERDI), nid(KANT)]  # one occurred and one planned call
    assert (verdi_kant["weight"], verdi_kant["calls"], verdi_kant["occurred"]) == (2.0, 2, 1)
    assert g.edges[nid(KANT), nid(LUND)]["calls"] == 1
    assert g.nodes[nid(KANT)]["calls"] == 3


def test_gexf_read_back_with_layout_and_colours(spools, tmp_path):
    for leaders in (False, True):
        path = tmp_path / f"g{leaders}.gexf"
        path.write_bytes(write(write_gexf, spools, leaders=leaders))
        back = nx.read_gexf(path)
        assert back.number_of_edges() == (2 if leaders else spools.edge_count)
        viz = [d["viz"] for _, d in back.nodes(data=True)]
        assert all({"color", "size", "position"} <= set(v) for v in viz)
        assert len({(v["position"]["x"], v["position"]["y"]) for v in viz}) == len(viz)
    assert "Alma Verdi" in {d["label"] for _, d in back.nodes(data=True)}


def test_gexf_of_a_big_graph_is_laid_out_in_rings(spools, tmp_path):
    path = tmp_path / "rings.gexf"
    path.write_bytes(write(write_gexf, spools, layout_max_nodes=3))  # the big-graph path on a small graph
    back = nx.read_gexf(path)
    positions = {(round(d["viz"]["position"]["x"]), round(d["viz"]["position"]["y"])) for _, d in back.nodes(data=True)}
    assert len(positions) == back.number_of_nodes()


def test_same_records_same_bytes(spools, tmp_path):
    again = Projection(TripleMap(ENTITIES), tmp_path)
    for call in CALLS:
        again.add_call(call)
    for meta in ARTICLES:
        again.add_article(meta)
    other = again.finish()
    for writer in (write_graphml, write_gexf):
        for leaders in (False, True):
            assert write(writer, spools, leaders=leaders) == write(writer, other, leaders=leaders)


def test_characters_xml_cannot_hold_are_dropped(tmp_path, schema):
    from dataclasses import replace

    odd = replace(VERDI, name='Alma\x07 "Verdi" & <b>\ufffe')
    projection = Projection(TripleMap([odd if e.key == VERDI.key else e for e in ENTITIES]), tmp_path)
    for call in CALLS:
        projection.add_call(call)
    data = write(write_graphml, projection.finish())
    schema.assertValid(etree.fromstring(data))
    assert read_graphml(data, tmp_path).nodes[nid(VERDI)]["label"] == 'Alma  "Verdi" & <b>'
