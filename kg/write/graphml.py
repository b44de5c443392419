"""GraphML from the projection's spools, written element by element (flat memory).

The file validates against the GraphML 1.0 schema and imports into Gephi, networkx, igraph and
Neo4j APOC (``readLabels: true``): key ids are unique across nodes and edges and never
networkx's ``d3``/``d7`` (which Gephi reads as labels); APOC reads the ids ``labels`` (node
labels) and ``label`` (relationship type, the edge's first ``<data>``); node ids are NMTOKENs
with the IRI in an ``iri`` attribute; edge ids are ``e0``, ``e1``... in file order; every edge of
the full graph has weight 1.0 (Gephi drops weight-0 edges).

``typed=True`` adds ``labels=":A:B"`` to each ``<node>`` and ``label="RELATION"`` to each
``<edge>``: APOC then reads labels and types without ``readLabels`` and Gephi keeps same-pair
edges of different relations apart -- but the schema allows no extra attributes, so the file
no longer validates.
"""

from __future__ import annotations

import math
import numbers
import re
from typing import Any, BinaryIO

from kg.errors import Export, ExportError
from kg.write.projection import RELATIONS, Spools, clean_xml, read_rows

__all__ = ["write_graphml", "graphml_type", "xml_value", "xml_attr", "graphml_head", "node_xml", "edge_xml", "type_names"]

_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_EDGE_TYPES = {"label": {str}, "predicate": {str}, "weight": {float}}
_LEADER_EDGE_TYPES = {"label": {str}, "weight": {float}, "calls": {int}, "occurred": {int}, "first": {str},
                      "last": {str}}
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTR_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;",
                               "\r": "&#13;", "\t": "&#9;"})


def graphml_type(name: str, types: set[type], where: str) -> str:
    """The GraphML ``attr.type`` for values of ``types``; ``TypeError`` for a non-scalar."""
    kinds = set()
    for kind in types:
        if issubclass(kind, bool):
            kinds.add("boolean")
        elif issubclass(kind, numbers.Integral):
            kinds.add("long")
        elif issubclass(kind, numbers.Real):
            kinds.add("double")
        elif issubclass(kind, str):
            kinds.add("string")
        else:
            raise TypeError(f"{where} attribute {name!r} has a {kind.__name__} value; "
                            "GraphML takes only str, int, float and bool")
    if kinds <= {"long", "double"} and "double" in kinds:
        return "double"
    return kinds.pop() if len(kinds) == 1 else "string"


def xml_value(value: Any, xml_type: str) -> str:
    """``value`` as element text of type ``xml_type``."""
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
        if not -(2**63) <= int(value) < 2**63:
            raise TypeError(f"{value} does not fit a GraphML long")
        return str(int(value))
    return clean_xml(str(value)).translate(_ESCAPES)


def xml_attr(value: str) -> str:
    return clean_xml(value).translate(_ATTR_ESCAPES)


def _keys(types: dict[str, set[type]], where: str, reserved: dict[str, str], prefix: str,
          taken: set[str]) -> dict[str, tuple[str, str]]:
    """attr name -> (key id, attr.type), in name order, ids unique across both domains."""
    keys: dict[str, tuple[str, str]] = {}
    for name in sorted(types):
        key_id = reserved.get(name) or prefix + re.sub(r"[^A-Za-z0-9_.-]", "_", name)
        while key_id in taken:
            key_id += "_"
        taken.add(key_id)
        keys[name] = (key_id, graphml_type(name, types[name], where))
    return keys


def _head(node_types: dict[str, set[type]], leaders: bool):
    try:
        taken: set[str] = set()
        nkeys = _keys(node_types, "node", {"labels": "labels"}, "n_", taken)
        ekeys = _keys(_LEADER_EDGE_TYPES if leaders else _EDGE_TYPES, "edge", {"label": "label"}, "e_", taken)
    except TypeError as err:
        raise ExportError(Export.NETWORK_WRITE, f"cannot write GraphML: {err}") from err
    head = ['<?xml version="1.0" encoding="UTF-8"?>\n',
            f'<graphml xmlns="{_GRAPHML_NS}" xmlns:xsi="{_XSI}" xsi:schemaLocation='
            f'"{_GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n']
    for domain, keys in (("node", nkeys), ("edge", ekeys)):
        for name, (key_id, xml_type) in keys.items():
            head.append(f'  <key id="{key_id}" for="{domain}" attr.name="{xml_attr(name)}" attr.type="{xml_type}"/>\n')
    head.append(f'  <graph id="G" edgedefault="{"undirected" if leaders else "directed"}">\n')
    return "".join(head).encode("utf-8"), nkeys, ekeys


def _data(values: dict, keys: dict[str, tuple[str, str]]) -> str:
    # "label" first: APOC takes the relationship type from the edge's first <data>
    names = sorted((n for n, v in values.items() if v is not None), key=lambda n: (n != "label", n))
    return "".join(f'      <data key="{keys[n][0]}">{xml_value(values[n], keys[n][1])}</data>\n' for n in names)


def graphml_head(node_types: dict[str, set[type]]) -> bytes:
    """The start of a full-graph file whose nodes have attributes of ``node_types``, up to
    ``<graph>``; every attribute name must have values of one type (``ExportError`` E4xx)."""
    mixed = sorted(name for name, kinds in node_types.items() if len(kinds) > 1)
    if mixed:
        raise ExportError(Export.NETWORK_WRITE, f"cannot write GraphML pieces: node attributes {mixed} have values of mixed types")
    return _head(node_types, False)[0]


def type_names(attrs: dict) -> str:
    """``"articles:int,label:str,..."``: the names and types of a node's attributes."""
    return ",".join(f"{n}:{type(v).__name__}" for n, v in sorted(attrs.items()) if v is not None)


def node_xml(node: str, attrs: dict) -> str:
    """A full-graph ``<node>`` element, each value typed by its own Python type."""
    keys = {n: (("labels" if n == "labels" else "n_" + re.sub(r"[^A-Za-z0-9_.-]", "_", n)),
                graphml_type(n, {type(v)}, "node")) for n, v in attrs.items() if v is not None}
    return f'    <node id="{xml_attr(node)}">\n{_data(attrs, keys)}    </node>\n'


def edge_xml(source: str, target: str, relation: str) -> str:
    """A full-graph ``<edge>`` element after its ``id`` attribute (the writer numbers edges)."""
    data = _EDGE_DATA.get(relation)
    if data is None:
        values = {"label": relation, "predicate": RELATIONS[relation], "weight": 1.0}
        data = _EDGE_DATA[relation] = _data(values, _head({}, False)[2])
    return f' source="{_attr(source)}" target="{_attr(target)}">\n{data}    </edge>\n'


_EDGE_DATA: dict[str, str] = {}
_ATTRS: dict[str, str] = {}


def _attr(value: str) -> str:
    """``xml_attr``, remembered: node ids come back in edge after edge."""
    found = _ATTRS.get(value)
    if found is None:
        found = xml_attr(value)
        if len(_ATTRS) < 1_000_000:
            _ATTRS[value] = found
    return found


def write_graphml(spools: Spools, fh: BinaryIO, *, leaders: bool = False, typed: bool = False) -> None:
    """The full graph (or with ``leaders=True`` the leaders-only projection) as GraphML."""
    node_types = spools.leader_node_types if leaders else spools.node_types
    head, nkeys, ekeys = _head(node_types, leaders)
    fh.write(head)
    data = _data
    for node, values in read_rows(spools.leader_nodes if leaders else spools.nodes):
        extra = f' labels="{xml_attr(values["labels"])}"' if typed and "labels" in values else ""
        fh.write(f'    <node id="{xml_attr(node)}"{extra}>\n{data(values, nkeys)}    </node>\n'.encode("utf-8"))
    for i, row in enumerate(read_rows(spools.leader_edges if leaders else spools.edges)):
        if leaders:
            source, target, values = row
        else:
            source, target, relation, predicate = row
            values = {"label": relation, "predicate": predicate, "weight": 1.0}
        extra = f' label="{xml_attr(str(values["label"]).upper())}"' if typed else ""
        fh.write(f'    <edge id="e{i}" source="{xml_attr(source)}" target="{xml_attr(target)}"{extra}>\n'
                 f'{data(values, ekeys)}    </edge>\n'.encode("utf-8"))
    fh.write(b"  </graph>\n</graphml>\n")
