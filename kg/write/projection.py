"""The graph-tool view of the knowledge graph, built from the records as they stream past.

Owns what GraphML and GEXF show: entities, calls and articles as nodes (evidence and
attributions are folded into counts), one edge per relation (``participant``, ``called``,
``reportedBy``, ``mentions``, ``publisher``, ``country``), and the leaders-only projection
(leaders, one edge per pair that shared a call, weighted by the number of calls).

Nodes and edges are written to two spool files (JSON lines) as calls and articles go by; the
writers (``kg.write.graphml``, ``kg.write.gexf``) read them back. Memory holds the entities, a
few counters per entity, the pairs of leaders, and per article only its id (articles seen, and
the publisher of those that have one). Node ids are stable and readable: the IRI's path below
``https://w3id.org/newskg/id/`` with ``/`` written ``.`` (``person.donald-trump-43e587e400``,
an XML NMTOKEN), so a node keeps its id when other articles are added. Records must come
sorted by key (entities are sorted here): the files then follow that order, byte for byte.

Rules that come from what Gephi, networkx, igraph and Neo4j APOC accept: only scalar values;
never two relations on one pair of nodes (Gephi merges such edges), so the caller travels as
the call's ``caller`` attribute and an article's ``publisher`` edge stands for its ``mentions``
edge to the same outlet.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import Export, KgError
from kg.model import ArticleMeta, Call, CallMedium, CallStatus, Entity, EntityKind
from kg.rdf import ids
from kg.rdf.terms import clean_text, http_iri
from kg.rdf.triples import TripleMap, call_label
from kg.rdf.vocab import DATA, KG, SDO

__all__ = ["Projection", "Spools", "node_id", "RELATIONS", "clean_xml", "read_rows"]

#: relation -> predicate IRI, for the edge's ``predicate`` attribute.
RELATIONS = {
    "participant": str(KG.participant),
    "called": str(KG.called),
    "reportedBy": str(KG.reportedBy),
    "mentions": str(SDO.mentions),
    "publisher": str(SDO.publisher),
    "country": str(KG.country),
}
_KIND_NAMES = {
    EntityKind.LEADER: ("Leader", "Person"),
    EntityKind.PERSON: ("Person",),
    EntityKind.OUTLET: ("Outlet", "Organization"),
    EntityKind.COUNTRY: ("Country",),
    EntityKind.ORGANIZATION: ("Organization",),
}
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_xml(text: str) -> str:
    """``text`` as RDF literals carry it (``clean_text``), minus what XML 1.0 cannot hold."""
    return _XML_ILLEGAL.sub("", clean_text(text))


def node_id(iri: str) -> str:
    """``https://w3id.org/newskg/id/person/x-1`` -> ``person.x-1`` (an XML NMTOKEN)."""
    if not iri.startswith(str(DATA)):
        raise KgError(Export.NODE_ID, f"cannot make a graph-tool node id for {iri!r}: not a newskg IRI")
    return iri[len(str(DATA)):].replace("/", ".")


def _labels(names: tuple[str, ...]) -> str:
    return "".join(f":{n}" for n in (names[0], *sorted(names[1:])))


def read_rows(path: Path) -> Iterator[list]:
    """The rows of a spool file, in the order they were written."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


@dataclass(frozen=True, slots=True)
class Spools:
    """Where a projection's rows are: ``[id, attrs]`` per node, ``[source, target, relation,
    predicate]`` per edge, each file in the order the writers must follow."""

    nodes: Path
    edges: Path
    leader_nodes: Path
    leader_edges: Path
    node_count: int
    edge_count: int
    #: attribute name -> the Python types of its values, per spool (the writers declare keys)
    node_types: dict[str, set[type]]
    leader_node_types: dict[str, set[type]]


class Projection:
    """Collects the graph-tool view of records; ``add_call``, then ``add_article``, then
    ``finish``."""

    def __init__(self, mapping: TripleMap, folder: Path):
        self.mapping = mapping
        self.folder = Path(folder)
        self._nodes = open(self.folder / "nodes.jsonl", "w", encoding="utf-8")
        self._edges = open(self.folder / "edges.jsonl", "w", encoding="utf-8")
        self.node_count = self.edge_count = 0
        self.node_types: dict[str, set[type]] = {}
        self._entity_calls: Counter[str] = Counter()
        self._called: set[tuple[str, str]] = set()
        self._pairs: dict[tuple[str, str], list] = {}  # leader pair -> [calls, occurred, first, last]
        self._leader_calls: Counter[str] = Counter()
        self._articles_seen: set[str] = set()
        self._referenced: set[str] = {a for e in mapping.entities.values() for a in e.articles}
        self._publisher: dict[str, str] = {}
        self._last_key = ""

    def _node(self, iri: str, attrs: dict) -> None:
        for name, value in attrs.items():
            self.node_types.setdefault(name, set()).add(type(value))
        self._nodes.write(json.dumps([node_id(iri), attrs], ensure_ascii=False) + "\n")
        self.node_count += 1

    def _edge(self, source: str, target: str, relation: str) -> None:
        row = [node_id(source), node_id(target), relation, RELATIONS[relation]]
        self._edges.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.edge_count += 1

    def _iri(self, key: str) -> str:
        return self.mapping.nodes[key][1:-1]

    def _in_order(self, key: str, what: str) -> None:
        if key <= self._last_key:
            raise KgError(Export.UNSORTED, f"{what} {key!r} came after {self._last_key!r}: records must come sorted by key")
        self._last_key = key

    def add_call(self, call: Call) -> None:
        self._in_order("call " + call.key, "call")
        people = [self.mapping.lookup(k, "participant", call) for k in call.participants]
        node = self.mapping.call_node(call)[1:-1]
        caller = self.mapping.lookup(call.caller, "caller", call) if call.caller else None
        outlets = sorted({r.outlet for r in call.reports})
        attrs: dict = {
            "label": clean_xml(call_label(call, [p.name for p in people])), "type": "Call",
            "labels": ":Call:Event", "iri": node, "status": call.status.value,
            "evidence": len({(e.article_id, e.start, e.end) for e in call.evidence}),
            "reports": len(outlets), "articles": len(set(call.articles)),
        }  # fmt: skip
        if call.date:
            attrs["date"] = call.date.isoformat()
        if call.medium is not CallMedium.UNSPECIFIED:
            attrs["medium"] = call.medium.value
        if call.duration_minutes is not None:
            attrs["duration_minutes"] = int(call.duration_minutes)
        if caller is not None:
            attrs["caller"] = clean_xml(caller.name)
        self._node(node, attrs)
        for person in people:
            self._edge(node, self._iri(person.key), "participant")
        for outlet in outlets:
            self._edge(node, self._iri(self.mapping.lookup(outlet, "report outlet", call).key), "reportedBy")
        for article_id in call.articles:
            self._edge(str(ids.article_iri(article_id)), node, "mentions")
        self._referenced.update(call.articles)
        self._referenced.update(e.article_id for e in call.evidence)
        self._referenced.update(r.evidence.article_id for r in call.reports)
        for key in set(call.participants) | set(outlets):
            self._entity_calls[key] += 1
        self._add_leaders(call, people, caller)

    def _add_leaders(self, call: Call, people: list[Entity], caller: Entity | None) -> None:
        leaders = sorted(self._iri(p.key) for p in people if p.kind is EntityKind.LEADER)
        for i, a in enumerate(leaders):
            self._leader_calls[a] += len(leaders) > 1
            for b in leaders[i + 1:]:
                pair = self._pairs.setdefault((a, b), [0, 0, "", ""])
                pair[0] += 1
                if call.status is CallStatus.OCCURRED:
                    pair[1] += 1
                if call.date:
                    day = call.date.isoformat()
                    pair[2] = min(pair[2] or day, day)
                    pair[3] = max(pair[3], day)
        if call.status is not CallStatus.OCCURRED:
            return
        sources = [self._iri(caller.key)] if caller is not None and caller.kind is EntityKind.LEADER else leaders
        for a in sources:
            for b in leaders:
                if a != b and (a, b) not in self._called:
                    self._called.add((a, b))
                    self._edge(a, b, "called")

    def add_article(self, meta: ArticleMeta) -> None:
        self._in_order("meta " + meta.id, "article")
        node = str(ids.article_iri(meta.id))
        attrs: dict = {
            "label": clean_xml(meta.title or meta.id), "type": "Article", "labels": ":Article:NewsArticle",
            "iri": node, "identifier": clean_xml(meta.id),
        }  # fmt: skip
        if meta.published:
            attrs["date"] = meta.published.isoformat()
        if meta.title:
            attrs["title"] = clean_xml(meta.title)
        url = http_iri(meta.url)
        if url:
            attrs["url"] = clean_xml(url)
        self._node(node, attrs)
        self._articles_seen.add(meta.id)
        publisher = self.mapping.publisher_of(meta)
        if publisher is not None:
            self._publisher[meta.id] = publisher.key
            self._edge(node, self._iri(publisher.key), "publisher")

    def finish(self) -> Spools:
        """Write the articles known only by reference, the entities and their edges, the
        leaders projection; close the spools."""
        for article_id in sorted(self._referenced - self._articles_seen):
            node = str(ids.article_iri(article_id))
            name = clean_xml(article_id)
            self._node(node, {"label": name, "type": "Article", "labels": ":Article:NewsArticle",
                              "iri": node, "identifier": name})
        entities = sorted(self.mapping.entities.values(), key=lambda e: e.key)
        for entity in entities:
            self._node(self._iri(entity.key), self._entity_attrs(entity))
        for entity in entities:
            node = self._iri(entity.key)
            for article_id in entity.articles:
                if self._publisher.get(article_id) != entity.key:  # the publisher edge stands for it
                    self._edge(str(ids.article_iri(article_id)), node, "mentions")
            country = self.mapping.country_of(entity)
            if country is not None:
                self._edge(node, self._iri(country.key), "country")
        self._nodes.close()
        self._edges.close()
        leader_nodes, leader_edges, leader_types = self._write_leaders()
        return Spools(self.folder / "nodes.jsonl", self.folder / "edges.jsonl", leader_nodes, leader_edges,
                      self.node_count, self.edge_count, self.node_types, leader_types)

    def _entity_attrs(self, entity: Entity) -> dict:
        names = _KIND_NAMES[entity.kind]
        if entity.kind is EntityKind.OUTLET and entity.outlet_kind is not None:
            names = (*names, entity.outlet_kind.value)
        attrs: dict = {"label": clean_xml(entity.name), "type": names[0], "labels": _labels(names),
                       "iri": self._iri(entity.key)}
        if entity.role:
            attrs["role"] = clean_xml(entity.role)
        if entity.kind is EntityKind.OUTLET and entity.outlet_kind is not None:
            attrs["outlet_kind"] = entity.outlet_kind.value
        if entity.wikidata:
            attrs["wikidata"] = entity.wikidata
        country = self.mapping.country_of(entity)
        if country is not None:
            attrs["country"] = clean_xml(country.name)
        aliases = sorted(clean_xml(a) for a in set(entity.aliases) - {entity.name})
        if aliases:
            attrs["aliases"] = "; ".join(aliases)
        attrs["calls"] = self._entity_calls[entity.key]
        attrs["articles"] = len(set(entity.articles))
        return attrs

    def _write_leaders(self) -> tuple[Path, Path, dict[str, set[type]]]:
        nodes, edges = self.folder / "leader-nodes.jsonl", self.folder / "leader-edges.jsonl"
        by_iri = {self._iri(e.key): e for e in self.mapping.entities.values()}
        types: dict[str, set[type]] = {}
        with open(nodes, "w", encoding="utf-8") as fh:
            for iri in sorted({x for pair in self._pairs for x in pair}, key=node_id):
                attrs = self._entity_attrs(by_iri[iri])
                attrs = {k: v for k, v in attrs.items() if k not in ("articles", "aliases")}
                attrs["calls"] = self._leader_calls[iri]
                for name, value in attrs.items():
                    types.setdefault(name, set()).add(type(value))
                fh.write(json.dumps([node_id(iri), attrs], ensure_ascii=False) + "\n")
        with open(edges, "w", encoding="utf-8") as fh:
            for (a, b), (calls, occurred, first, last) in sorted(
                self._pairs.items(), key=lambda kv: (node_id(kv[0][0]), node_id(kv[0][1]))
            ):
                attrs = {"label": "calls", "weight": float(calls), "calls": calls, "occurred": occurred}
                if first:
                    attrs.update(first=first, last=last)
                fh.write(json.dumps([node_id(a), node_id(b), attrs], ensure_ascii=False) + "\n")
        return nodes, edges, types
