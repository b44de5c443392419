"""The ontology's terms, defined once.

``KG`` is a closed ``DefinedNamespace``: a typo such as ``KG.particpant`` raises at import of
the calling module instead of writing a wrong IRI. ``tests/test_vocab.py`` checks it against
``ontology/kg.ttl`` both ways. Other vocabularies come from rdflib (``SDO``, ``SKOS``...).
"""

from __future__ import annotations

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Namespace, URIRef
from rdflib.namespace import SDO, DefinedNamespace

__all__ = ["KG", "KG_NS", "DATA", "SDO", "SKOS", "RDFS", "RDF", "OWL", "XSD", "WD", "new_graph", "DISPLAY_PREFIXES", "compact", "expand"]

KG_NS = "https://w3id.org/newskg/ontology#"
#: Where the graph's own resources (entities, calls, articles, evidence) live.
DATA = Namespace("https://w3id.org/newskg/id/")
WD = Namespace("http://www.wikidata.org/entity/")


class KG(DefinedNamespace):
    """newskg ontology terms (see ``ontology/kg.ttl``)."""

    _NS = Namespace(KG_NS)
    _fail = True

    # classes
    Leader: URIRef
    Outlet: URIRef
    NewsOrganization: URIRef
    NewsAgency: URIRef
    Broadcaster: URIRef
    Platform: URIRef
    StateMedia: URIRef
    Call: URIRef
    CallStatus: URIRef
    CallMedium: URIRef
    Evidence: URIRef
    Attribution: URIRef
    # individuals
    Occurred: URIRef
    Planned: URIRef
    Denied: URIRef
    Attempted: URIRef
    Phone: URIRef
    Video: URIRef
    # properties
    participant: URIRef
    caller: URIRef
    called: URIRef
    status: URIRef
    medium: URIRef
    reportedBy: URIRef
    evidence: URIRef
    attribution: URIRef
    outlet: URIRef
    inArticle: URIRef
    text: URIRef
    startOffset: URIRef
    endOffset: URIRef
    durationMinutes: URIRef
    mergeRule: URIRef
    country: URIRef
    outletKind: URIRef


PREFIXES = {
    "kg": KG_NS,
    "schema": str(SDO),
    "skos": str(SKOS),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "wd": str(WD),
    "id": str(DATA),
}


def new_graph() -> Graph:
    """An empty graph with the project's prefixes bound (and no others)."""
    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g


#: Prefixes used to shorten IRIs for display (and to expand compact IRIs given as parameters).
DISPLAY_PREFIXES = {**PREFIXES, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}
_BY_LENGTH = sorted(DISPLAY_PREFIXES.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def compact(iri: str) -> str:
    """``https://w3id.org/newskg/id/call/x`` -> ``id:call/x``; other IRIs unchanged."""
    for prefix, ns in _BY_LENGTH:
        if iri.startswith(ns) and len(iri) > len(ns) and not any(c.isspace() for c in iri):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def expand(value: str) -> str:
    """Inverse of ``compact`` for a parameter value: ``<iri>`` or ``prefix:local`` -> the IRI."""
    text = value.strip()
    if text.startswith("<") and text.endswith(">") and len(text) > 2:
        return text[1:-1]
    prefix, sep, local = text.partition(":")
    if sep and prefix in DISPLAY_PREFIXES and local and not any(c.isspace() for c in text):
        return DISPLAY_PREFIXES[prefix] + local
    return value
