"""The graph-tool view of the knowledge graph: a networkx projection, GraphML and GEXF.

Owns ``to_networkx`` (RDF -> ``nx.MultiDiGraph``: entities, calls and articles as nodes,
one edge per relation) and the two writers. Rules that come from what Gephi, networkx,
igraph and Neo4j APOC accept: only ``str``/``int``/``float``/``bool`` values; GraphML node and
edge ids are short NMTOKENs (``n0``, ``e0``, assigned in sorted order) with the IRI in an
``iri`` attribute; key ids are unique across nodes and edges and never networkx's ``d3``/``d7``
(which Gephi takes as labels); the edge relation is the first ``<data key="label">`` (Neo4j
APOC ``readLabels``) and node labels are in ``<data key="labels">``; every edge has weight 1.0
because Gephi drops weight-0 edges.

The schema allows no edge *type* attribute and Gephi merges edges between the same pair, so
the projection never puts two relations on one pair: the caller travels as the call's
``caller`` attribute, and an article's ``publisher`` edge stands for its ``mentions`` edge to
the same outlet. ``write_graphml(..., typed=True)`` also writes APOC's XML ``label``/``labels``
attributes, at the cost of schema validity.
"""

from __future__ import annotations

import math
import numbers
import re
from collections import Counter
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter
from rdflib import Graph, URIRef

from kg.write.atomic import WRITE_ERRORS, atomic_write
from kg.errors import ExportError
from kg.rdf.vocab import KG, OWL, RDF, RDFS, SDO, SKOS, WD

__all__ = ["NODE_TYPES", "RELATIONS", "to_networkx", "write_graphml", "write_gexf"]

#: rdf:type -> node type, most specific first (a Leader is also a schema:Person).
NODE_TYPES: tuple[tuple[URIRef, str], ...] = (
    (KG.Leader, "Leader"),
    (KG.Outlet, "Outlet"),
    (KG.Call, "Call"),
    (SDO.NewsArticle, "Article"),
    (SDO.Country, "Country"),
    (SDO.Person, "Person"),
    (SDO.Organization, "Organization"),
)
#: predicate -> edge relation. No two relations may join the same pair of nodes, because
#: Gephi's GraphML import merges such edges: the caller is therefore a call attribute (it is
#: always a participant too), and an article's publisher edge replaces its mentions edge.
RELATIONS: dict[URIRef, str] = {
    KG.participant: "participant",
    KG.called: "called",
    KG.reportedBy: "reportedBy",
    SDO.mentions: "mentions",
    SDO.publisher: "publisher",
    KG.country: "country",
}
_COLOURS = {
    "Leader": (214, 39, 40), "Person": (255, 152, 150), "Outlet": (31, 119, 180),
    "Country": (44, 160, 44), "Organization": (148, 103, 189), "Call": (255, 127, 14),
    "Article": (127, 127, 127), "Resource": (188, 189, 34),
}  # fmt: skip
_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_LAYOUT_MAX_NODES = 1000  # spring_layout takes ~4 s at 1000 nodes here and grows quadratically
_NX_ERRORS = (*WRITE_ERRORS, nx.NetworkXException)


def _clean(text: str) -> str:
    """Drop the characters XML 1.0 cannot hold at all (every XML reader rejects them)."""
    return _XML_ILLEGAL.sub("", text)


def _local(iri: Any) -> str:
    return re.split(r"[#/]", str(iri))[-1]


def _first(g: Graph, s: Any, p: URIRef) -> Any:
    values = sorted(g.objects(s, p), key=str)
    return values[0] if values else None


def _node_type(g: Graph, node: Any) -> str | None:
    types = set(g.objects(node, RDF.type))
    return next((name for rdf_type, name in NODE_TYPES if rdf_type in types), None)


def _node_attrs(g: Graph, node: URIRef, kind: str) -> dict[str, Any]:
    label = _first(g, node, RDFS.label) or _first(g, node, SDO.name) or _local(node)
    local_types = sorted({_local(t) for t in g.objects(node, RDF.type)} - {kind})
    attrs: dict[str, Any] = {
        "label": _clean(str(label)),
        "type": kind,
        "labels": "".join(f":{t}" for t in [kind, *local_types]),
        "iri": str(node),
    }

    def put(name: str, value: Any) -> None:
        if value is not None:
            attrs[name] = _clean(str(value))

    if kind == "Call":
        put("date", _first(g, node, SDO.startDate))
        put("status", _local(_first(g, node, KG.status) or KG.Occurred))
        medium = _first(g, node, KG.medium)
        put("medium", _local(medium) if medium is not None else None)
        minutes = _first(g, node, KG.durationMinutes)
        if minutes is not None:
            attrs["duration_minutes"] = int(minutes.toPython())
        caller = _first(g, node, KG.caller)
        put("caller", _first(g, caller, RDFS.label) if caller is not None else None)
        attrs["evidence"] = len(set(g.objects(node, KG.evidence)))
        attrs["reports"] = len(set(g.objects(node, KG.reportedBy)))
        attrs["articles"] = len(set(g.subjects(SDO.mentions, node)))
    elif kind == "Article":
        headline = _first(g, node, SDO.headline)
        if headline is not None:
            attrs["label"] = _clean(str(headline))  # Gephi shows the headline; the id stays below
        put("identifier", _first(g, node, SDO.identifier))
        put("date", _first(g, node, SDO.datePublished))
        put("title", _first(g, node, SDO.headline))
        put("url", _first(g, node, SDO.url))
    else:
        put("role", _first(g, node, SDO.jobTitle))
        put("outlet_kind", _first(g, node, KG.outletKind))
        same = sorted(str(o) for o in g.objects(node, OWL.sameAs) if str(o).startswith(str(WD)))
        put("wikidata", _local(same[0]) if same else None)
        country = _first(g, node, KG.country)
        if country is not None:
            put("country", _first(g, country, RDFS.label) or _local(country))
        aliases = sorted(str(a) for a in g.objects(node, SKOS.altLabel))
        if aliases:
            put("aliases", "; ".join(aliases))
        attrs["calls"] = len(set(g.subjects(KG.participant, node)) | set(g.subjects(KG.reportedBy, node)))
        attrs["articles"] = len(set(g.subjects(SDO.mentions, node)))
    return attrs


def to_networkx(g: Graph) -> nx.MultiDiGraph:
    """Project the RDF graph onto a ``MultiDiGraph`` for graph tools.

    Nodes are the typed entities, calls and articles, keyed by IRI string, with ``label``,
    ``type`` (Leader, Person, Outlet, Country, Organization, Call, Article), ``labels``
    (``":Leader:Person"``), ``iri`` and scalar facts (date, status, role, country, wikidata,
    counts of calls, articles and evidence). Evidence and attribution nodes are folded into
    counts. Edges are keyed by relation (``RELATIONS``) with ``label``, ``predicate`` and
    ``weight`` 1.0. An edge whose end is not a projected node brings that node in as type
    ``Resource`` so no relation is lost.
    """
    nxg = nx.MultiDiGraph()
    for node in sorted({s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef)}):
        kind = _node_type(g, node)
        if kind is not None:
            nxg.add_node(str(node), **_node_attrs(g, node, kind))
    for predicate, relation in RELATIONS.items():
        for s, o in sorted(g.subject_objects(predicate), key=lambda so: (str(so[0]), str(so[1]))):
            if not (isinstance(s, URIRef) and isinstance(o, URIRef)):
                continue
            if predicate == SDO.mentions and (s, SDO.publisher, o) in g:
                continue
            for end in (s, o):
                if str(end) not in nxg:
                    nxg.add_node(str(end), label=_clean(_local(end)) or str(end),
                                 type="Resource", labels=":Resource", iri=str(end))
            nxg.add_edge(str(s), str(o), key=relation, label=relation,
                         predicate=str(predicate), weight=1.0)
    return nxg


def _short_ids(nxg: nx.MultiDiGraph) -> tuple[dict[Any, str], list[tuple[Any, Any, Any, dict]]]:
    """Deterministic ``n<i>`` ids (nodes sorted by key) and edges sorted by ends and key."""
    node_ids = {node: f"n{i}" for i, node in enumerate(sorted(nxg.nodes, key=str))}
    order = {node: i for i, node in enumerate(sorted(nxg.nodes, key=str))}
    edges = sorted(nxg.edges(keys=True, data=True), key=lambda e: (order[e[0]], order[e[1]], str(e[2])))
    return node_ids, edges


def _xml_type(name: str, values: list[Any], where: str) -> str:
    kinds = set()
    for value in values:
        if isinstance(value, bool):
            kinds.add("boolean")
        elif isinstance(value, numbers.Integral):
            if not -(2**63) <= int(value) < 2**63:
                raise TypeError(f"{where} attribute {name!r}: {value} does not fit a GraphML long")
            kinds.add("long")
        elif isinstance(value, numbers.Real):
            kinds.add("double")
        elif isinstance(value, str):
            kinds.add("string")
        else:
            raise TypeError(
                f"{where} attribute {name!r} has a {type(value).__name__} value ({value!r}); "
                "GraphML takes only str, int, float and bool"
            )
    if kinds <= {"long", "double"} and "double" in kinds:
        return "double"
    return kinds.pop() if len(kinds) == 1 else "string"


def _text(value: Any, xml_type: str) -> str:
    if xml_type == "boolean":
        return "true" if value else "false"
    if xml_type == "double":
        number = float(value)
        if math.isnan(number):
            return "NaN"
        if math.isinf(number):
            return "INF" if number > 0 else "-INF"
        return repr(number)
    if xml_type == "long":
        return str(int(value))
    return escape(_clean(str(value)), {"\r": "&#13;"})


def _keys(items: list[dict], where: str, reserved: dict[str, str], prefix: str) -> dict[str, tuple[str, str]]:
    """attr name -> (key id, attr.type), in sorted name order, ids unique across domains."""
    values: dict[str, list[Any]] = {}
    for data in items:
        for name, value in data.items():
            if value is not None:
                values.setdefault(str(name), []).append(value)
    keys = {}
    for name in sorted(values):
        key_id = reserved.get(name) or prefix + re.sub(r"[^A-Za-z0-9_.-]", "_", name)
        while key_id in {k for k, _ in keys.values()}:
            key_id += "_"
        keys[name] = (key_id, _xml_type(name, values[name], where))
    return keys


def _attr(value: str) -> str:
    return escape(value, {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def write_graphml(nxg: nx.MultiDiGraph, path: Path, *, typed: bool = False) -> Path:
    """GraphML that validates against the GraphML 1.0 schema and imports into Gephi,
    networkx, igraph and Neo4j APOC (``readLabels: true``).

    ``typed=True`` adds ``labels=":A:B"`` to each ``<node>`` and ``label="RELATION"`` to each
    ``<edge>``: APOC then reads node labels and relationship types without ``readLabels``, and
    Gephi keeps same-pair edges of different relations apart instead of merging them (its
    default) -- but the schema allows no extra attributes, so the file no longer validates.
    """
    path = Path(path)

    def write(fh: BinaryIO) -> None:
        node_ids, edges = _short_ids(nxg)
        # networkx would number keys d0, d1...; Gephi reads d3/d7 as labels and APOC reads the
        # ids "labels" (node labels) and "label" (relationship type), so ids are chosen here.
        try:
            nkeys = _keys([d for _, d in nxg.nodes(data=True)], "node", {"labels": "labels"}, "n_")
            ekeys = _keys([d for *_, d in edges], "edge", {"label": "label"}, "e_")
        except TypeError as err:
            raise ExportError("E403", f"cannot write {path}: {err}") from err
        taken = {k for k, _ in nkeys.values()}
        ekeys = {n: (k + "_" if k in taken else k, t) for n, (k, t) in ekeys.items()}
        out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
               f'<graphml xmlns="{_GRAPHML_NS}" xmlns:xsi="{_XSI}" xsi:schemaLocation='
               f'"{_GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n']
        for domain, keys in (("node", nkeys), ("edge", ekeys)):
            for name, (key_id, xml_type) in keys.items():
                out.append(f'  <key id="{key_id}" for="{domain}" attr.name="{_attr(_clean(name))}" '
                           f'attr.type="{xml_type}"/>\n')
        out.append('  <graph id="G" edgedefault="directed">\n')
        fh.write("".join(out).encode("utf-8"))

        def data_lines(data: dict, keys: dict[str, tuple[str, str]]) -> list[str]:
            # "label" first: APOC takes the relationship type from the edge's first <data>.
            names = sorted((n for n, v in data.items() if v is not None), key=lambda n: (n != "label", n))
            return [f'      <data key="{keys[n][0]}">{_text(data[n], keys[n][1])}</data>\n' for n in names]

        for node, data in sorted(nxg.nodes(data=True), key=lambda nd: int(node_ids[nd[0]][1:])):
            extra = f' labels="{_attr(_clean(str(data["labels"])))}"' if typed and "labels" in data else ""
            lines = [f'    <node id="{node_ids[node]}"{extra}>\n', *data_lines(data, nkeys), "    </node>\n"]
            fh.write("".join(lines).encode("utf-8"))
        for i, (u, v, key, data) in enumerate(edges):
            relation = str(data.get("label", key))
            extra = f' label="{_attr(_clean(relation.upper()))}"' if typed else ""
            lines = [f'    <edge id="e{i}" source="{node_ids[u]}" target="{node_ids[v]}"{extra}>\n',
                     *data_lines(data, ekeys), "    </edge>\n"]
            fh.write("".join(lines).encode("utf-8"))
        fh.write(b"  </graph>\n</graphml>\n")

    return atomic_write(path, write, errors=_NX_ERRORS)


def _layout(h: nx.MultiDiGraph) -> dict[Any, tuple[float, float]]:
    if h.number_of_nodes() <= _LAYOUT_MAX_NODES:
        return nx.spring_layout(nx.Graph(h.to_undirected(as_view=True)), seed=0, scale=500.0)
    # Beyond that spring_layout is too slow: one ring per node type; Gephi's ForceAtlas2 does the rest.
    shells: dict[str, list[Any]] = {}
    for node, kind in h.nodes(data="type", default="Resource"):
        shells.setdefault(str(kind), []).append(node)
    return nx.shell_layout(h, [shells[k] for k in sorted(shells)], scale=500.0)


def _gexf_values(data: dict, skip: tuple[str, ...]) -> dict[str, Any]:
    return {
        str(k): _clean(v) if isinstance(v, str) else v
        for k, v in data.items()
        if v is not None and k not in skip
    }


def write_gexf(nxg: nx.MultiDiGraph, path: Path) -> Path:
    """GEXF 1.2 for Gephi, ready to look at: nodes coloured by type, sized by degree and placed
    by a seeded spring layout (a ring per type above 1000 nodes)."""
    path = Path(path)

    def write(fh: BinaryIO) -> None:
        node_ids, edges = _short_ids(nxg)
        try:  # the same value rules as GraphML, checked before networkx fails half-way
            _keys([d for _, d in nxg.nodes(data=True)], "node", {}, "")
            _keys([d for *_, d in edges], "edge", {}, "")
        except TypeError as err:
            raise ExportError("E403", f"cannot write {path}: {err}") from err
        h = nx.MultiDiGraph()
        for node in sorted(nxg.nodes, key=lambda n: int(node_ids[n][1:])):
            h.add_node(node_ids[node], **_gexf_values(nxg.nodes[node], ()))
        for i, (u, v, key, data) in enumerate(edges):
            # GEXF reads an edge's "type" as directed/undirected, and "id" is set here
            values = _gexf_values(data, ("type", "id", "key"))
            h.add_edge(node_ids[u], node_ids[v], key=str(key), **values, id=f"e{i}")
        positions = _layout(h)
        degree = Counter(dict(h.degree()))
        for node, data in h.nodes(data=True):
            r, g_, b = _COLOURS.get(str(data.get("type")), _COLOURS["Resource"])
            x, y = positions[node]
            data["viz"] = {
                "color": {"r": r, "g": g_, "b": b, "a": 1.0},
                "size": round(4.0 + 2.0 * math.sqrt(degree[node]), 2),
                "position": {"x": round(float(x), 2), "y": round(float(y), 2), "z": 0.0},
            }
        writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
        meta = writer.xml.find("meta")
        if meta is not None:  # networkx stamps today's date: not reproducible
            meta.attrib.pop("lastmodifieddate", None)
        writer.add_graph(h)
        writer.write(fh)

    return atomic_write(path, write, errors=_NX_ERRORS)
