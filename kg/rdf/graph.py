"""Build the RDF graph from resolved records.

Owns the mapping ``Entity``/``Call``/``ArticleMeta`` -> triples: types, labels, calls with their
participants, status, medium, date and duration, the leader-to-leader ``kg:called`` edges,
who reported each call (``kg:reportedBy`` plus a ``kg:Attribution`` carrying the evidence),
evidence sentences and article provenance (``schema:mentions``). Every IRI comes from
``kg.rdf.ids``; no blank nodes, nothing random, so the same records give the same graph whatever
order they arrive in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rdflib import Graph, Literal, URIRef

from kg.rdf import ids
from kg.errors import KgError
from kg.model import ArticleMeta, Call, CallMedium, CallStatus, Entity, EntityKind, Evidence
from kg.rdf.vocab import KG, OWL, RDF, RDFS, SDO, SKOS, WD, XSD, new_graph

__all__ = ["build_graph", "call_label"]

_KIND_TYPES: dict[EntityKind, tuple[URIRef, ...]] = {
    EntityKind.LEADER: (KG.Leader, SDO.Person),
    EntityKind.PERSON: (SDO.Person,),
    EntityKind.OUTLET: (KG.Outlet, SDO.Organization),
    EntityKind.COUNTRY: (SDO.Country,),
    EntityKind.ORGANIZATION: (SDO.Organization,),
}
_MEDIUM = {CallMedium.PHONE: KG.Phone, CallMedium.VIDEO: KG.Video}
_WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")
# Control characters other than tab, newline and CR. Virtuoso 7.2's Turtle loader rejects raw
# C0 controls in a long string, rapper cuts a literal at NUL, XML 1.0 cannot hold C0 and
# discourages DEL and C1 (in news text they are mojibake); a space keeps evidence offsets right.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def build_graph(
    entities: Iterable[Entity], calls: Iterable[Call], articles: Iterable[ArticleMeta]
) -> Graph:
    """The knowledge graph of ``entities``, ``calls`` and ``articles``.

    Participants, callers and report outlets are entity keys and must be among ``entities``
    (the resolver guarantees it); a dangling key raises ``KgError`` E300 rather than minting a
    node nobody described. An entity's country is linked only when that country is itself
    among ``entities``; an article's publisher only when an Outlet entity carries its name.
    """
    by_key: dict[str, Entity] = {}
    for entity in entities:
        if by_key.setdefault(entity.key, entity) != entity:
            raise KgError(
                "E302",
                f"two different entities share the key {entity.key!r}; the resolver must merge them",
            )
    g = new_graph()
    article_ids: set[str] = set()
    countries = _index_names(e for e in by_key.values() if e.kind is EntityKind.COUNTRY)
    outlets = _index_names(e for e in by_key.values() if e.kind is EntityKind.OUTLET)

    for entity in by_key.values():
        _add_entity(g, entity, countries)
        article_ids.update(entity.articles)
    for call in calls:
        article_ids.update(_add_call(g, call, by_key))
    for meta in articles:
        _add_article_meta(g, meta, outlets)
        article_ids.add(meta.id)
    # Every article referenced anywhere is a typed, identified, labelled node, with or
    # without metadata: the scorer and graph tools both need it.
    for article_id in article_ids:
        node = ids.article_iri(article_id)
        g.add((node, RDF.type, SDO.NewsArticle))
        g.add((node, SDO.identifier, _text(article_id)))
        if (node, RDFS.label, None) not in g:
            g.add((node, RDFS.label, _text(article_id)))
    return g


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


def _text(value: str) -> Literal:
    """A plain string literal that every RDF and XML consumer reads back unchanged."""
    return Literal(_CONTROL.sub(" ", value))


def _node(entity: Entity) -> URIRef:
    return ids.entity_iri(entity.kind, entity.key)


def _lookup(by_key: dict[str, Entity], key: str, what: str, call: Call) -> Entity:
    try:
        return by_key[key]
    except KeyError:
        raise KgError(
            "E300",
            f"call {call.key!r} names {what} {key!r}, which is not among the resolved entities; "
            "the resolver must pass every entity a call refers to",
        ) from None


def _add_entity(g: Graph, entity: Entity, countries: dict[str, Entity]) -> None:
    node = _node(entity)
    for rdf_type in _KIND_TYPES[entity.kind]:
        g.add((node, RDF.type, rdf_type))
    name = _text(entity.name)
    g.add((node, RDFS.label, name))
    g.add((node, SDO.name, name))
    for alias in sorted(set(entity.aliases) - {entity.name}):
        g.add((node, SKOS.altLabel, _text(alias)))
    if entity.role:
        g.add((node, SDO.jobTitle, _text(entity.role)))
    if entity.kind is EntityKind.OUTLET and entity.outlet_kind is not None:
        g.add((node, RDF.type, KG[entity.outlet_kind.value]))
        g.add((node, KG.outletKind, Literal(entity.outlet_kind.value)))
    if entity.country and entity.kind is not EntityKind.COUNTRY:
        country = countries.get(entity.country.casefold())
        if country is not None:  # never mint a country from raw text
            g.add((node, KG.country, _node(country)))
    if entity.wikidata:
        if not _WIKIDATA_ID.fullmatch(entity.wikidata):
            raise KgError(
                "E301",
                f"entity {entity.key!r} has wikidata {entity.wikidata!r}, which is not a Q-id "
                "such as 'Q22686'; fix the gazetteer entry",
            )
        g.add((node, OWL.sameAs, WD[entity.wikidata]))
    for article_id in entity.articles:
        g.add((ids.article_iri(article_id), SDO.mentions, node))


def _add_evidence(g: Graph, ev: Evidence) -> URIRef:
    node = ids.evidence_iri(ev.article_id, ev.start, ev.end)
    g.add((node, RDF.type, KG.Evidence))
    g.add((node, KG.inArticle, ids.article_iri(ev.article_id)))
    g.add((node, KG.text, _text(ev.text)))
    g.add((node, KG.startOffset, Literal(ev.start, datatype=XSD.integer)))
    g.add((node, KG.endOffset, Literal(ev.end, datatype=XSD.integer)))
    return node


def _add_call(g: Graph, call: Call, by_key: dict[str, Entity]) -> set[str]:
    """Add one call; returns the ids of the articles it references."""
    people = [_lookup(by_key, key, "participant", call) for key in call.participants]
    names = tuple(p.name for p in people)
    node = ids.call_iri(call.key, names, call.date)
    g.add((node, RDF.type, KG.Call))
    g.add((node, RDF.type, SDO.Event))
    g.add((node, RDFS.label, _text(call_label(call, names))))
    for person in people:
        g.add((node, KG.participant, _node(person)))
    caller = _lookup(by_key, call.caller, "caller", call) if call.caller else None
    if caller is not None:
        g.add((node, KG.caller, _node(caller)))
    g.add((node, KG.status, KG[call.status.value]))
    if call.medium in _MEDIUM:
        g.add((node, KG.medium, _MEDIUM[call.medium]))
    if call.date:
        g.add((node, SDO.startDate, Literal(call.date.isoformat(), datatype=XSD.date)))
    if call.duration_minutes is not None:
        minutes = call.duration_minutes
        g.add((node, KG.durationMinutes, Literal(minutes, datatype=XSD.integer)))
        # ISO 8601 text, as schema.org has it: Virtuoso 7.2 stores any xsd:duration as seconds
        # ("PT90M" comes back as "5400.0"^^xsd:duration, openlink/virtuoso-opensource#936)
        g.add((node, SDO.duration, Literal(f"PT{minutes}M")))

    referenced = set(call.articles)
    for article_id in call.articles:
        g.add((ids.article_iri(article_id), SDO.mentions, node))
    for ev in call.evidence:
        g.add((node, KG.evidence, _add_evidence(g, ev)))
        referenced.add(ev.article_id)

    by_outlet: dict[str, list[Evidence]] = {}
    for report in call.reports:
        by_outlet.setdefault(report.outlet, []).append(report.evidence)
    for outlet_key, evidence in by_outlet.items():
        outlet = _lookup(by_key, outlet_key, "report outlet", call)
        attribution = ids.attribution_iri(call.key, outlet_key)
        g.add((node, KG.reportedBy, _node(outlet)))
        g.add((node, KG.attribution, attribution))
        g.add((attribution, RDF.type, KG.Attribution))
        # the label must not end with a person's name: tools that match labels by surname
        # would take the attribution for that person
        g.add((attribution, RDFS.label, _text(f"{call_label(call, names)} reported by {outlet.name}: attribution")))
        g.add((attribution, KG.outlet, _node(outlet)))
        for ev in evidence:
            g.add((attribution, KG.evidence, _add_evidence(g, ev)))
            referenced.add(ev.article_id)

    if call.status is CallStatus.OCCURRED:
        leaders = [_node(p) for p in people if p.kind is EntityKind.LEADER]
        if caller is not None and caller.kind is EntityKind.LEADER:
            sources = [_node(caller)]
        else:
            sources = leaders
        for a in sources:
            for b in leaders:
                if a != b:
                    g.add((a, KG.called, b))
    return referenced


def _add_article_meta(g: Graph, meta: ArticleMeta, outlets: dict[str, Entity]) -> None:
    node = ids.article_iri(meta.id)
    # the identifier, not the headline: a headline ending in a name ("... meeting with
    # Zelensky") would read as that person to label-matching tools; the title is schema:headline
    g.add((node, RDFS.label, _text(meta.id)))
    if meta.title:
        g.add((node, SDO.headline, _text(meta.title)))
    if meta.published:
        g.add((node, SDO.datePublished, Literal(meta.published.isoformat(), datatype=XSD.date)))
    url = ids.web_iri(meta.url)
    if url is not None:
        g.add((node, SDO.url, url))
    elif meta.url and meta.url.strip():  # not a valid IRI, or too long for stores: kept as text
        g.add((node, SDO.url, _text(meta.url.strip())))
    if meta.outlet:
        publisher = outlets.get(meta.outlet.strip().casefold())
        if publisher is not None:
            g.add((node, SDO.publisher, _node(publisher)))
