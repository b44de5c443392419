"""GEXF 1.2 for Gephi from the projection's spools, written element by element.

Ready to look at: nodes coloured by type, sized by degree and placed by a seeded spring layout
(a ring per node type above ``LAYOUT_MAX_NODES``, where spring layout gets slow and Gephi's
ForceAtlas2 does better anyway). Memory holds one integer per node (its degree) besides the
layout of a small graph; nothing is dated, so the same records give the same bytes.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import BinaryIO

from kg.errors import Export, ExportError
from kg.write.graphml import graphml_type, xml_attr
from kg.write.projection import Spools, read_rows

__all__ = ["write_gexf", "LAYOUT_MAX_NODES"]

LAYOUT_MAX_NODES = 1000  # spring_layout takes ~4 s at 1000 nodes here and grows quadratically
_SCALE = 500.0
_COLOURS = {
    "Leader": (214, 39, 40), "Person": (255, 152, 150), "Outlet": (31, 119, 180),
    "Country": (44, 160, 44), "Organization": (148, 103, 189), "Call": (255, 127, 14),
    "Article": (127, 127, 127),
}  # fmt: skip
_OTHER = (188, 189, 34)
_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft '
    'http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n'
    "  <meta>\n    <creator>newskg</creator>\n  </meta>\n"
)
_GEXF_TYPES = {"long": "long", "double": "double", "string": "string", "boolean": "boolean"}


def _value(value, kind: str) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(float(value))
    return xml_attr(str(value))


def _positions(spools: Spools, leaders: bool, limit: int) -> dict[str, tuple[float, float]] | None:
    """A spring layout of a small graph; None for a big one (rings, computed while writing)."""
    count = sum(1 for _ in read_rows(spools.leader_nodes if leaders else spools.nodes))
    if count > limit:
        return None
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(node for node, _ in read_rows(spools.leader_nodes if leaders else spools.nodes))
    g.add_edges_from(row[:2] for row in read_rows(spools.leader_edges if leaders else spools.edges))
    if not g:
        return {}
    layout = nx.spring_layout(g, seed=0, scale=_SCALE)
    return {node: (float(x), float(y)) for node, (x, y) in layout.items()}


def _rings(spools: Spools, leaders: bool) -> dict[str, tuple[int, int]]:
    """Node type -> (ring number, nodes on it): one ring per type, types in name order."""
    sizes = Counter(values.get("type", "") for _, values in read_rows(spools.leader_nodes if leaders else spools.nodes))
    return {kind: (i, n) for i, (kind, n) in enumerate(sorted(sizes.items()))}


def write_gexf(spools: Spools, fh: BinaryIO, *, leaders: bool = False, layout_max_nodes: int = LAYOUT_MAX_NODES) -> None:
    """The full graph (or the leaders-only projection) as GEXF 1.2; a spring layout up to
    ``layout_max_nodes`` nodes, rings above."""
    node_types = spools.leader_node_types if leaders else spools.node_types
    try:
        attrs = {name: graphml_type(name, kinds, "node") for name, kinds in node_types.items() if name != "label"}
    except TypeError as err:
        raise ExportError(Export.NETWORK_WRITE, f"cannot write GEXF: {err}") from err
    edge_attrs = {"calls": "long", "occurred": "long", "first": "string", "last": "string"} if leaders \
        else {"predicate": "string"}
    ids = {name: str(i) for i, name in enumerate(sorted(attrs))}
    edge_ids = {name: str(i) for i, name in enumerate(sorted(edge_attrs))}
    degree: Counter[str] = Counter()
    for row in read_rows(spools.leader_edges if leaders else spools.edges):
        degree[row[0]] += 1
        degree[row[1]] += 1
    positions = _positions(spools, leaders, layout_max_nodes)
    rings = _rings(spools, leaders) if positions is None else {}
    placed: Counter[str] = Counter()

    out = [_HEAD, f'  <graph defaultedgetype="{"undirected" if leaders else "directed"}" mode="static">\n',
           '    <attributes class="node" mode="static">\n']
    out += [f'      <attribute id="{ids[n]}" title="{xml_attr(n)}" type="{_GEXF_TYPES[attrs[n]]}"/>\n'
            for n in sorted(attrs)]
    out.append('    </attributes>\n    <attributes class="edge" mode="static">\n')
    out += [f'      <attribute id="{edge_ids[n]}" title="{n}" type="{edge_attrs[n]}"/>\n' for n in sorted(edge_attrs)]
    out.append("    </attributes>\n    <nodes>\n")
    fh.write("".join(out).encode("utf-8"))
    for node, values in read_rows(spools.leader_nodes if leaders else spools.nodes):
        kind = values.get("type", "")
        if positions is not None:
            x, y = positions.get(node, (0.0, 0.0))
        else:
            ring, size = rings[kind]
            angle = 2 * math.pi * placed[kind] / size + ring * math.pi / max(len(rings), 1)
            placed[kind] += 1
            radius = _SCALE * (ring + 1) / len(rings)
            x, y = radius * math.cos(angle), radius * math.sin(angle)
        r, g, b = _COLOURS.get(kind, _OTHER)
        values_xml = "".join(f'          <attvalue for="{ids[n]}" value="{_value(values[n], attrs[n])}"/>\n'
                             for n in sorted(values) if n != "label" and values[n] is not None)
        fh.write((f'      <node id="{xml_attr(node)}" label="{xml_attr(str(values.get("label", node)))}">\n'
                  f"        <attvalues>\n{values_xml}        </attvalues>\n"
                  f'        <viz:size value="{round(4.0 + 2.0 * math.sqrt(degree[node]), 2)}"/>\n'
                  f'        <viz:position x="{round(x, 2)}" y="{round(y, 2)}" z="0.0"/>\n'
                  f'        <viz:color r="{r}" g="{g}" b="{b}" a="1.0"/>\n'
                  "      </node>\n").encode("utf-8"))
    fh.write(b"    </nodes>\n    <edges>\n")
    for i, row in enumerate(read_rows(spools.leader_edges if leaders else spools.edges)):
        if leaders:
            source, target, values = row
            label, weight = values["label"], values["weight"]
            extra = {n: values[n] for n in edge_attrs if n in values}
        else:
            source, target, label, predicate = row
            weight, extra = 1.0, {"predicate": predicate}
        values_xml = "".join(f'          <attvalue for="{edge_ids[n]}" value="{_value(v, edge_attrs[n])}"/>\n'
                             for n, v in sorted(extra.items()))
        fh.write((f'      <edge id="e{i}" source="{xml_attr(source)}" target="{xml_attr(target)}" '
                  f'label="{xml_attr(label)}" weight="{weight!r}">\n'
                  f"        <attvalues>\n{values_xml}        </attvalues>\n      </edge>\n").encode("utf-8"))
    fh.write(b"    </edges>\n  </graph>\n</gexf>\n")
