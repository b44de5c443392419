"""The triple mapping, defined once: resolved records -> RDF statements, graph by graph.

Owns what the graph says about ``Entity``, ``Call`` and ``ArticleMeta`` records: types, labels,
calls with their participants, caller, status, medium, date and duration, the leader-to-leader
``kg:called`` edges, who reported each call (``kg:reportedBy`` plus a ``kg:Attribution`` carrying
the evidence), evidence sentences and article provenance (``schema:mentions``).

Every statement is a quad ``(s, p, o, g)`` of N-Triples terms (``kg.rdf.terms``): ``g`` is
``DEFAULT`` ("") for the merged graph, or the IRI of an article's named graph, which holds what
that article supports (see ``TripleMap.call``). The merged graph is the union of the article
graphs plus the descriptions of entities no article mentions (a country only linked to, say); a
statement may come out more than once (a store or a
set keeps one). Records are mapped one at a time, so calls and articles can stream past; only the
entities (few) are held. IRIs come from ``kg.rdf.ids`` only; no blank nodes, nothing random.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from kg.errors import KgError, Rdf
from kg.model import ArticleMeta, Call, CallMedium, CallStatus, Entity, EntityKind, Evidence
from kg.rdf import ids
from kg.rdf.terms import date, http_iri, integer, iri, text
from kg.rdf.vocab import KG, OWL, RDF, RDFS, SDO, SKOS, WD

__all__ = ["DEFAULT", "Quad", "Statement", "TripleMap", "call_label"]

Statement = tuple[str, str, str]
Quad = tuple[str, str, str, str]
DEFAULT = ""  # the graph name of the merged (default) graph

A, LABEL, NAME, MENTIONS = iri(RDF.type), iri(RDFS.label), iri(SDO.name), iri(SDO.mentions)
_KIND_TYPES: dict[EntityKind, tuple[str, ...]] = {
    EntityKind.LEADER: (iri(KG.Leader), iri(SDO.Person)),
    EntityKind.PERSON: (iri(SDO.Person),),
    EntityKind.OUTLET: (iri(KG.Outlet), iri(SDO.Organization)),
    EntityKind.COUNTRY: (iri(SDO.Country),),
    EntityKind.ORGANIZATION: (iri(SDO.Organization),),
}
_MEDIUM = {CallMedium.PHONE: iri(KG.Phone), CallMedium.VIDEO: iri(KG.Video)}
_CALL_TYPES = (iri(KG.Call), iri(SDO.Event))
_WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")
P = {name: iri(KG[name]) for name in (
    "participant", "caller", "status", "medium", "durationMinutes", "evidence", "reportedBy",
    "attribution", "outlet", "inArticle", "text", "startOffset", "endOffset", "called", "country",
    "outletKind", "mergeRule",
)}  # fmt: skip


def call_label(call: Call, names: Iterable[str]) -> str:
    """``"Call: Donald Trump – Vladimir Putin (2025-12-28)"``, the status added unless occurred."""
    notes = [call.date.isoformat()] if call.date else []
    if call.status is not CallStatus.OCCURRED:
        notes.append(call.status.value.lower())
    suffix = f" ({', '.join(notes)})" if notes else ""
    return f"Call: {' – '.join(names)}{suffix}"


def _index_names(entities: Iterable[Entity]) -> dict[str, Entity]:
    """Case-folded name and alias -> entity; a name wins over another entity's alias."""
    index: dict[str, Entity] = {}
    ordered = sorted(entities, key=lambda e: e.key)
    for entity in ordered:
        for alias in entity.aliases:
            index.setdefault(alias.casefold(), entity)
    for entity in ordered:
        index[entity.name.casefold()] = entity
    return index


class TripleMap:
    """The statements of resolved records, given the entities they refer to.

    Participants, callers and report outlets are entity keys and must be among the entities (the
    resolver guarantees it); a dangling key raises ``KgError`` E300 rather than minting a node
    nobody described. An entity's country is linked only when that country is itself among the
    entities; an article's publisher only when an Outlet entity carries its name.
    """

    def __init__(self, entities: Iterable[Entity], *, graphs: bool = True):
        self.graphs = graphs  # False: the merged graph only, no article graphs (cheaper)
        self.entities: dict[str, Entity] = {}
        for entity in entities:
            if self.entities.setdefault(entity.key, entity) != entity:
                raise KgError(
                    Rdf.ENTITY_KEY_CLASH, f"two different entities share the key {entity.key!r}; the resolver must merge them"
                )
        by_kind = lambda kind: (e for e in self.entities.values() if e.kind is kind)  # noqa: E731
        self._countries = _index_names(by_kind(EntityKind.COUNTRY))
        self._outlets = _index_names(by_kind(EntityKind.OUTLET))
        self.nodes = {key: iri(ids.entity_iri(e.kind, key)) for key, e in self.entities.items()}
        self._own = {key: tuple(self._describe_entity(e)) for key, e in self.entities.items()}
        # what an article graph says about an entity it refers to: its own statements, and the
        # type and label of its country so that the graph names the country it links to
        self.described = {key: own + self._country_names(self.entities[key]) for key, own in self._own.items()}
        self._referenced: set[str] = set()

    # --- entities ----------------------------------------------------------------------------

    def _both(self, g: str) -> tuple[str, ...]:
        return (DEFAULT, g) if self.graphs else (DEFAULT,)

    def country_of(self, entity: Entity) -> Entity | None:
        if not entity.country or entity.kind is EntityKind.COUNTRY:
            return None
        return self._countries.get(entity.country.casefold())  # never mint a country from raw text

    def publisher_of(self, meta: ArticleMeta) -> Entity | None:
        return self._outlets.get(meta.outlet.strip().casefold()) if meta.outlet else None

    def _describe_entity(self, entity: Entity) -> Iterator[Statement]:
        node = self.nodes[entity.key]
        for rdf_type in _KIND_TYPES[entity.kind]:
            yield node, A, rdf_type
        name = text(entity.name)
        yield node, LABEL, name
        yield node, NAME, name
        for alias in sorted(set(entity.aliases) - {entity.name}):
            yield node, iri(SKOS.altLabel), text(alias)
        if entity.role:
            yield node, iri(SDO.jobTitle), text(entity.role)
        if entity.kind is EntityKind.OUTLET and entity.outlet_kind is not None:
            yield node, A, iri(KG[entity.outlet_kind.value])
            yield node, P["outletKind"], text(entity.outlet_kind.value)
        country = self.country_of(entity)
        if country is not None:
            yield node, P["country"], self.nodes[country.key]
        if entity.wikidata:
            if not _WIKIDATA_ID.fullmatch(entity.wikidata):
                raise KgError(
                    Rdf.BAD_WIKIDATA,
                    f"entity {entity.key!r} has wikidata {entity.wikidata!r}, which is not a Q-id "
                    "such as 'Q22686'; fix the gazetteer entry",
                )
            yield node, iri(OWL.sameAs), iri(WD[entity.wikidata])

    def _country_names(self, entity: Entity) -> tuple[Statement, ...]:
        country = self.country_of(entity)
        if country is None:
            return ()
        return tuple(st for st in self._own[country.key] if st[1] in (A, LABEL))

    def entity(self, entity: Entity) -> Iterator[Quad]:
        """The entity's description (merged graph) and, in the graph of each article that
        mentions it, the mention and the description."""
        node = self.nodes[entity.key]
        for s, p, o in self._own[entity.key]:
            yield s, p, o, DEFAULT
        described = self.described[entity.key]
        for article_id in entity.articles:
            g = iri(ids.article_iri(article_id))
            yield g, MENTIONS, node, DEFAULT
            if self.graphs:
                yield g, MENTIONS, node, g
                for s, p, o in described:
                    yield s, p, o, g
            yield from self.article_ref(article_id)

    # --- articles ----------------------------------------------------------------------------

    def article_ref(self, article_id: str) -> Iterator[Quad]:
        """What every referenced article is (type, identifier, label), metadata or not; said
        once per article (the set of ids seen is the only state kept per article)."""
        if article_id in self._referenced:
            return
        self._referenced.add(article_id)
        g = iri(ids.article_iri(article_id))
        name = text(article_id)
        for st in ((g, A, iri(SDO.NewsArticle)), (g, iri(SDO.identifier), name), (g, LABEL, name)):
            for graph in self._both(g):
                yield (*st, graph)

    def article(self, meta: ArticleMeta) -> Iterator[Quad]:
        """An article's metadata, in the merged graph and its own graph (with its publisher's
        description). The label is the identifier, not the headline: a headline ending in a name
        ("... meeting with Zelensky") would read as that person to label-matching tools."""
        g = iri(ids.article_iri(meta.id))
        own: list[Statement] = []
        if meta.title:
            own.append((g, iri(SDO.headline), text(meta.title)))
        if meta.published:
            own.append((g, iri(SDO.datePublished), date(meta.published)))
        url = http_iri(meta.url)
        if url is not None:
            own.append((g, iri(SDO.url), iri(url)))
        elif meta.url and meta.url.strip():  # not a valid IRI, or too long for stores: kept as text
            own.append((g, iri(SDO.url), text(meta.url.strip())))
        publisher = self.publisher_of(meta)
        if publisher is not None:
            own.append((g, iri(SDO.publisher), self.nodes[publisher.key]))
        for s, p, o in own:
            for graph in self._both(g):
                yield s, p, o, graph
        if publisher is not None and self.graphs:
            for s, p, o in self.described[publisher.key]:
                yield s, p, o, g
        yield from self.article_ref(meta.id)

    # --- calls -------------------------------------------------------------------------------

    def lookup(self, key: str, what: str, call: Call) -> Entity:
        try:
            return self.entities[key]
        except KeyError:
            raise KgError(
                Rdf.CALL_UNKNOWN_ENTITY,
                f"call {call.key!r} names {what} {key!r}, which is not among the resolved entities; "
                "the resolver must pass every entity a call refers to",
            ) from None

    def call_node(self, call: Call) -> str:
        names = tuple(self.lookup(k, "participant", call).name for k in call.participants)
        return iri(ids.call_iri(call.key, names, call.date))

    def call(self, call: Call, *, evidence_nodes: bool = True) -> Iterator[Quad]:
        """A call in the merged graph and in the graph of each article that tells it.

        ``evidence_nodes=False`` leaves out the statements about its evidence sentences (what
        they say, not the links to them), for callers that map each sentence once on its own.

        An article graph holds the call as merged (types, label, participants, caller, status,
        medium, date, duration) and the description of its participants; only the evidence
        sentences from that article; only the attributions whose evidence it holds (with their
        ``kg:reportedBy`` and the outlet's description); and the ``kg:called`` edges of the call.
        """
        people = [self.lookup(key, "participant", call) for key in call.participants]
        names = tuple(p.name for p in people)
        node = iri(ids.call_iri(call.key, names, call.date))
        caller = self.lookup(call.caller, "caller", call) if call.caller else None
        label = call_label(call, names)
        shared: list[Statement] = [(node, A, t) for t in _CALL_TYPES]
        shared.append((node, LABEL, text(label)))
        shared += [(node, P["participant"], self.nodes[p.key]) for p in people]
        if caller is not None:
            shared.append((node, P["caller"], self.nodes[caller.key]))
        shared.append((node, P["status"], iri(KG[call.status.value])))
        if call.medium in _MEDIUM:
            shared.append((node, P["medium"], _MEDIUM[call.medium]))
        if call.date:
            shared.append((node, iri(SDO.startDate), date(call.date)))
        if call.duration_minutes is not None:
            shared.append((node, P["durationMinutes"], integer(call.duration_minutes)))
            # ISO 8601 text, as schema.org has it: Virtuoso 7.2 stores any xsd:duration as
            # seconds ("PT90M" comes back as "5400.0"^^xsd:duration, virtuoso-opensource#936)
            shared.append((node, iri(SDO.duration), text(f"PT{call.duration_minutes}M")))
        shared += [(node, P["mergeRule"], text(rule)) for rule in call.merge_rules]
        shared += self._called(call, people, caller)

        told = set(call.articles) if self.graphs else set()
        graphs = [iri(ids.article_iri(a)) for a in call.articles] if self.graphs else []
        for s, p, o in shared:
            yield s, p, o, DEFAULT
            for g in graphs:
                yield s, p, o, g
        for article_id in call.articles:
            g = iri(ids.article_iri(article_id))
            yield g, MENTIONS, node, DEFAULT
            if self.graphs:
                yield g, MENTIONS, node, g
                for person in people:
                    for s, p, o in self.described[person.key]:
                        yield s, p, o, g
            yield from self.article_ref(article_id)
        for ev in call.evidence:
            ev_node, ev_quads = self._evidence(ev) if evidence_nodes else (self._evidence_node(ev), ())
            yield from ev_quads
            yield node, P["evidence"], ev_node, DEFAULT
            if ev.article_id in told:
                yield node, P["evidence"], ev_node, iri(ids.article_iri(ev.article_id))
        by_outlet: dict[str, list[Evidence]] = {}
        for report in call.reports:
            by_outlet.setdefault(report.outlet, []).append(report.evidence)
        for outlet_key, evidence in by_outlet.items():
            yield from self._attribution(call, node, label, outlet_key, evidence, told, evidence_nodes)

    def _called(self, call: Call, people: list[Entity], caller: Entity | None) -> list[Statement]:
        """Leader-to-leader edges of a call that took place: from the caller when a leader,
        both ways between the leaders otherwise."""
        if call.status is not CallStatus.OCCURRED:
            return []
        leaders = [self.nodes[p.key] for p in people if p.kind is EntityKind.LEADER]
        sources = [self.nodes[caller.key]] if caller is not None and caller.kind is EntityKind.LEADER else leaders
        return [(a, P["called"], b) for a in sources for b in leaders if a != b]

    @staticmethod
    def _evidence_node(ev: Evidence) -> str:
        return iri(ids.evidence_iri(ev.article_id, ev.start, ev.end))

    def _evidence(self, ev: Evidence) -> tuple[str, list[Quad]]:
        node = self._evidence_node(ev)
        g = iri(ids.article_iri(ev.article_id))
        statements = (
            (node, A, iri(KG.Evidence)), (node, P["inArticle"], g), (node, P["text"], text(ev.text)),
            (node, P["startOffset"], integer(ev.start)), (node, P["endOffset"], integer(ev.end)),
        )  # fmt: skip
        quads = [(s, p, o, graph) for s, p, o in statements for graph in self._both(g)]
        return node, [*quads, *self.article_ref(ev.article_id)]

    def _attribution(
        self, call: Call, node: str, label: str, outlet_key: str, evidence: list[Evidence], told: set[str],
        evidence_nodes: bool = True,
    ) -> Iterator[Quad]:
        outlet = self.lookup(outlet_key, "report outlet", call)
        outlet_node = self.nodes[outlet.key]
        attribution = iri(ids.attribution_iri(call.key, outlet_key))
        # the label must not end with a person's name: tools that match labels by surname
        # would take the attribution for that person
        about = (
            (node, P["reportedBy"], outlet_node), (node, P["attribution"], attribution),
            (attribution, A, iri(KG.Attribution)),
            (attribution, LABEL, text(f"{label} reported by {outlet.name}: attribution")),
            (attribution, P["outlet"], outlet_node),
        )  # fmt: skip
        for s, p, o in about:
            yield s, p, o, DEFAULT
        for ev in evidence:
            ev_node, ev_quads = self._evidence(ev) if evidence_nodes else (self._evidence_node(ev), ())
            yield from ev_quads
            yield attribution, P["evidence"], ev_node, DEFAULT
            if ev.article_id not in told:
                continue
            g = iri(ids.article_iri(ev.article_id))
            yield attribution, P["evidence"], ev_node, g
            for s, p, o in about:
                yield s, p, o, g
            for s, p, o in self.described[outlet.key]:
                yield s, p, o, g
