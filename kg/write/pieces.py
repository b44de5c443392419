"""The merged graph cut into pieces by owner, so that a build can reuse the unchanged ones.

Every statement of the merged graph belongs to exactly one owner:

* an entity: its description;
* a call: its node, its attributions, its evidence links and the ``schema:mentions`` of it;
* an article (with or without metadata): what it is (type, identifier, label), its metadata and
  its ``schema:mentions`` of entities (a popular entity is mentioned by thousands of articles:
  kept with the entity, its piece would change with every article added);
* an evidence sentence: its node (shared by the calls and attributions citing it);
* a ``kg:called`` edge between two leaders (shared by the calls that took place between them).

``Owners`` gives each owner's statements (as ``kg.rdf.triples.TripleMap`` maps them, merged
graph only) and ``piece`` renders them as N-Triples lines and a Turtle block
(``kg.write.turtle``). ``NetworkPieces`` renders what GraphML shows of a call or an article as
XML fragments (``kg.write.graphml``) with edge ids left to the writer, which numbers edges in
file order, and writes the whole GraphML file from the pieces plus the entities, byte for byte
as ``write_graphml`` writes the projection's spools. A piece depends only on its owner's record
and the entities it names, which is what an incremental build compares
(``kg.build.incremental``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from kg.model import ArticleMeta, Call, Entity, Evidence
from kg.rdf import ids
from kg.rdf.terms import iri, text
from kg.rdf.triples import A, LABEL, MENTIONS, P, Statement, TripleMap
from kg.rdf.vocab import DATA, SDO
from kg.write import turtle
from kg.write.graphml import edge_xml, graphml_head, node_xml, type_names
from kg.write.projection import Projection, clean_xml, node_id

__all__ = ["Owners", "Piece", "piece", "NetworkPieces", "Tally", "call_pairs"]

_EVIDENCE = f"<{DATA}evidence/"
_ARTICLE = f"<{DATA}article/"
_REF = frozenset((A, LABEL, iri(SDO.identifier)))
_CALLED = P["called"]


@dataclass(frozen=True, slots=True)
class Piece:
    """An owner's statements as N-Triples lines and as a Turtle block."""

    nt: str
    ttl: str


def piece(statements: Iterable[Statement]) -> Piece:
    unique = sorted(set(statements))
    return Piece("".join([f"{s} {p} {o} .\n" for s, p, o in unique]), turtle.render(unique))


class Owners:
    """The statements of each owner, from a merged-graph ``TripleMap``."""

    def __init__(self, mapping: TripleMap):
        if mapping.graphs:
            raise ValueError("Owners needs a TripleMap of the merged graph only (graphs=False)")
        self.mapping = mapping

    @staticmethod
    def ref(article_id: str) -> list[Statement]:
        g = iri(ids.article_iri(article_id))
        name = text(article_id)
        return [(g, A, iri(SDO.NewsArticle)), (g, iri(SDO.identifier), name), (g, LABEL, name)]

    @staticmethod
    def _own(quads) -> Iterator[Statement]:
        for s, p, o, _g in quads:
            if s.startswith(_ARTICLE) and p in _REF:
                continue  # what an article is: said by the article's own piece
            yield s, p, o

    def entity(self, entity: Entity) -> list[Statement]:
        return list(self.mapping._own[entity.key])

    def mentions(self, article_id: str, keys: Iterable[str]) -> list[Statement]:
        """The article's ``schema:mentions`` of the entities with ``keys``."""
        g = iri(ids.article_iri(article_id))
        return [(g, MENTIONS, self.mapping.nodes[k]) for k in keys]

    def article(self, meta: ArticleMeta, keys: Iterable[str] = ()) -> list[Statement]:
        """The article's statements; ``keys``: the entities that list it among their articles."""
        return [*self._own(self.mapping.article(meta)), *self.ref(meta.id), *self.mentions(meta.id, keys)]

    def call(self, call: Call) -> list[Statement]:
        """The call's own statements: not its evidence nodes, nor its ``kg:called`` edges."""
        quads = self.mapping.call(call, evidence_nodes=False)
        return [st for st in self._own(quads) if not st[0].startswith(_EVIDENCE) and st[1] != _CALLED]

    def evidence(self, ev: Evidence) -> list[Statement]:
        node, quads = self.mapping._evidence(ev)
        return [(s, p, o) for s, p, o, _g in quads if s == node]

    @staticmethod
    def called(pair: tuple[str, str]) -> list[Statement]:
        return [(pair[0], _CALLED, pair[1])]


def call_pairs(mapping: TripleMap, call: Call) -> list[tuple[str, str]]:
    """The call's ``kg:called`` edges (subject, object), as ``TripleMap`` draws them."""
    people = [mapping.lookup(k, "participant", call) for k in call.participants]
    caller = mapping.lookup(call.caller, "caller", call) if call.caller else None
    return [(a, b) for a, _, b in mapping._called(call, people, caller)]


class _Capture(Projection):
    """A ``Projection`` that keeps each record's rows instead of spooling them."""

    def __init__(self, mapping: TripleMap):  # no spool files
        self.mapping = mapping
        self.rows: list = []
        self.node_types: dict[str, set[type]] = {}
        self._entity_calls = Counter()
        self._called: set[tuple[str, str]] = set()
        self._pairs: dict = {}
        self._leader_calls = Counter()
        self._referenced: set[str] = set()
        self._articles_seen: set[str] = set()
        self._publisher: dict[str, str] = {}
        self._last_key = ""

    def _node(self, iri_: str, attrs: dict) -> None:
        self.rows.append((node_id(iri_), attrs))

    def _edge(self, source: str, target: str, relation: str) -> None:
        self.rows.append((node_id(source), node_id(target), relation))

    def take(self) -> list:
        rows, self.rows = self.rows, []
        self._last_key, self._called = "", set()
        return rows


@dataclass(frozen=True, slots=True)
class NetPiece:
    """What GraphML shows of a call or an article: its node, its edges (without ids) and the
    names and types of its node's attributes (``type_names``)."""

    node: str
    edges: str  # edge fragments, each ending in "\n", separated by "\x00"
    types: str


@dataclass
class Tally:
    """What the GraphML file needs besides the pieces, gathered as calls and articles stream
    past, so that no list of them is kept: per article its id, per entity a count, per
    ``kg:called`` edge the call that draws it (the first in key order)."""

    #: ids of the articles the entities, calls and evidence name
    referenced: set[str] = field(default_factory=set)
    #: ids of the articles with metadata
    with_meta: set[str] = field(default_factory=set)
    #: entity key -> calls it takes part in or reports
    entity_calls: Counter = field(default_factory=Counter)
    #: call key -> the ``kg:called`` edges (subject, object) no call before it drew
    first_pairs: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    calls: int = 0

    def add_call(self, call: Call, pairs: Iterable[tuple[str, str]], drawn: Callable[[tuple[str, str]], bool]) -> None:
        """Count ``call``; ``pairs``: its ``kg:called`` edges, ``drawn(pair)``: whether a call
        before it drew that edge (and marks it drawn)."""
        self.calls += 1
        self.referenced.update(call.articles)
        self.referenced.update(e.article_id for e in call.evidence)
        self.referenced.update(r.evidence.article_id for r in call.reports)
        for key in set(call.participants) | {r.outlet for r in call.reports}:
            self.entity_calls[key] += 1
        fresh = [pair for pair in pairs if not drawn(pair)]
        if fresh:
            self.first_pairs[call.key] = fresh


class NetworkPieces:
    """GraphML pieces of calls and articles, and the file written from them."""

    def __init__(self, mapping: TripleMap):
        self.mapping = mapping
        self._capture = _Capture(mapping)

    def _piece(self, rows: list, skip_called: bool) -> NetPiece:
        node, attrs = rows[0]
        edges = [edge_xml(*row) for row in rows[1:] if not (skip_called and row[2] == "called")]
        return NetPiece(node_xml(node, attrs), "\x00".join(edges), type_names(attrs))

    def call(self, call: Call) -> NetPiece:
        """The call's node and its participant, reportedBy and mentions edges (its ``called``
        edges are drawn by the writer: only the first call of a pair draws one)."""
        self._capture.add_call(call)
        return self._piece(self._capture.take(), skip_called=True)

    def article(self, meta: ArticleMeta, keys: Iterable[str] = ()) -> NetPiece:
        """The article's node, its publisher edge and its mentions edges to the entities with
        ``keys`` (the publisher edge stands for the publisher's)."""
        self._capture.add_article(meta)
        rows = self._capture.take()
        publisher = self.mapping.publisher_of(meta)
        node = rows[0][0]
        rows += [(node, node_id(self._capture._iri(k)), "mentions") for k in keys
                 if publisher is None or k != publisher.key]
        return self._piece(rows, skip_called=False)

    def write(
        self,
        fh: BinaryIO,
        tally: Tally,
        call_pieces: Callable[[], Iterable[tuple[bytes, str, str]]],
        article_pieces: Callable[[], Iterable[tuple[bytes, str, str]]],
        node_types: Iterable[str],
    ) -> None:
        """The full graph as GraphML: ``call_pieces()`` and ``article_pieces()`` give (key,
        node, edges) of every call and article in key order (asked twice: nodes, then edges);
        ``node_types`` the distinct ``types`` of those pieces; ``tally`` what the records said
        besides (``update_pieces`` fills it as they stream past)."""
        mapping = self.mapping
        referenced = tally.referenced
        projection = self._capture
        projection._entity_calls = tally.entity_calls
        extra: list[tuple[str, dict]] = []
        for article_id in sorted(referenced - tally.with_meta):
            node = str(ids.article_iri(article_id))
            name = clean_xml(article_id)
            extra.append((node_id(node), {"label": name, "type": "Article", "labels": ":Article:NewsArticle",
                                          "iri": node, "identifier": name}))
        entities = sorted(mapping.entities.values(), key=lambda e: e.key)
        extra += [(node_id(projection._iri(e.key)), projection._entity_attrs(e)) for e in entities]
        types: dict[str, set[type]] = {}
        for names in {*node_types, *(type_names(attrs) for _, attrs in extra)}:
            for item in filter(None, names.split(",")):
                name, kind = item.rsplit(":", 1)
                types.setdefault(name, set()).add({"str": str, "int": int, "float": float, "bool": bool}[kind])
        fh.write(graphml_head(types))
        for _key, node, _edges in call_pieces():
            fh.write(node.encode("utf-8"))
        for _key, node, _edges in article_pieces():
            fh.write(node.encode("utf-8"))
        fh.write("".join(node_xml(node, attrs) for node, attrs in extra).encode("utf-8"))
        count = 0

        def numbered(edges: Iterable[str]) -> bytes:
            nonlocal count
            out = []
            for rest in edges:
                out.append(f'    <edge id="e{count}"{rest}')
                count += 1
            return "".join(out).encode("utf-8")

        for key, _node, edges in call_pieces():
            fh.write(numbered(edges.split("\x00") if edges else ()))
            pairs = tally.first_pairs.get(key.decode("utf-8", "surrogatepass"), ())
            fh.write(numbered(edge_xml(node_id(a[1:-1]), node_id(b[1:-1]), "called") for a, b in pairs))
        for _key, _node, edges in article_pieces():
            if edges:
                fh.write(numbered(edges.split("\x00")))
        tail = []
        only_referenced = referenced - tally.with_meta  # articles without metadata: mentions drawn here
        if only_referenced:
            mentions: dict[str, list[str]] = {}
            for entity in entities:
                for article_id in entity.articles:
                    if article_id in only_referenced:
                        mentions.setdefault(article_id, []).append(entity.key)
            for article_id in sorted(mentions):
                node = node_id(str(ids.article_iri(article_id)))
                tail += [edge_xml(node, node_id(projection._iri(k)), "mentions") for k in sorted(set(mentions[article_id]))]
        for entity in entities:
            country = mapping.country_of(entity)
            if country is not None:
                tail.append(edge_xml(node_id(projection._iri(entity.key)), node_id(projection._iri(country.key)), "country"))
        fh.write(numbered(tail))
        fh.write(b"  </graph>\n</graphml>\n")
