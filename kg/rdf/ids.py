"""The only place IRIs are minted.

Every IRI is a pure function of a canonical key: a readable slug plus a short stable hash of
the key, under ``vocab.DATA``. The same key always gives the same IRI, so the same entity or
call told by several articles (or added in a later build) lands on the same node, and the
exports are byte-for-byte reproducible. No blank nodes, no random parts, never raw text.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from functools import lru_cache

import pyoxigraph
from rdflib import URIRef

from kg.errors import Iri, KgError
from kg.model import EntityKind
from kg.rdf.vocab import DATA
from kg.spelling import ascii_name

__all__ = [
    "PATHS",
    "slugify",
    "entity_iri",
    "call_iri",
    "article_iri",
    "evidence_iri",
    "attribution_iri",
    "web_iri",
    "MAX_IRI_LENGTH",
]

#: The longest IRI written to the graph. Stores cut or drop longer ones (Virtuoso keeps IRIs of
#: at most about 2,000 characters); a longer URL stays a literal.
MAX_IRI_LENGTH = 2000
# An absolute http(s) URL with none of the characters an IRI may not hold (RFC 3987), nor the
# bidirectional formatting characters RFC 3987 section 4.1 forbids.
_HTTP_URL = re.compile(r"https?://[^\s<>\"{}|\\^`\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]+",
                       re.IGNORECASE)

_KIND_PATH = {
    EntityKind.LEADER: "person",  # a leader is a person: a change of role must not move the node
    EntityKind.PERSON: "person",
    EntityKind.OUTLET: "outlet",
    EntityKind.COUNTRY: "country",
    EntityKind.ORGANIZATION: "org",
}
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
#: The path segments below ``DATA`` that IRIs are minted under, one per kind of resource.
PATHS = ("person", "outlet", "country", "org", "call", "article", "evidence", "attribution")


def slugify(text: str, max_len: int = 48) -> str:
    """ASCII, lower-case, hyphen-separated; never empty (``"x"`` for text with no letters)."""
    slug = _NOT_SLUG.sub("-", ascii_name(text).casefold()).strip("-")
    return slug[:max_len].rstrip("-") or "x"


def _digest(key: str) -> str:
    # "surrogatepass": a key holding a lone surrogate still gets its own stable digest
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def _mint(path: str, readable: str, key: str) -> URIRef:
    if not key or not key.strip():
        raise KgError(Iri.EMPTY_KEY, "cannot mint an IRI from an empty key")
    return URIRef(f"{DATA}{path}/{slugify(readable)}-{_digest(key)}")


def entity_iri(kind: EntityKind, key: str) -> URIRef:
    """IRI of an entity from its canonical key (``EntityRef.key``)."""
    readable = key.split(":", 1)[-1]
    return _mint(_KIND_PATH[kind], readable, key)


def call_iri(key: str, participant_names: tuple[str, ...] = (), day: date | None = None) -> URIRef:
    """IRI of a call from its merge key; names and day only make the IRI readable."""
    surnames = "-".join(n.split()[-1] for n in participant_names[:3] if n.split()) or "call"
    readable = f"{surnames}-{day.isoformat()}" if day else surnames
    return _mint("call", readable, key)


# An article's IRI is asked for by every record that mentions the article (hundreds of
# thousands of times at 10k articles), and slugify is the costly part: remember recent ones.
@lru_cache(maxsize=1 << 16)
def article_iri(article_id: str) -> URIRef:
    return _mint("article", article_id.rsplit(".", 1)[0], "article|" + article_id)


def evidence_iri(article_id: str, start: int, end: int) -> URIRef:
    key = f"evidence|{article_id}|{start}|{end}"
    return _mint("evidence", f"{article_id.rsplit('.', 1)[0]}-{start}", key)


def attribution_iri(call: str, outlet: str) -> URIRef:
    return _mint("attribution", outlet.split(":", 1)[-1], f"attribution|{call}|{outlet}")


def web_iri(url: str | None) -> URIRef | None:
    """``url`` as an IRI every store accepts, or None: then it is kept as a literal.

    rdflib takes almost anything, but Jena and Oxigraph reject e.g. ``%zz``, ``[`` or a second
    ``#``, so Oxigraph's RFC 3987 parser decides; the scheme is lower-cased because Jena warns
    about ``HTTPS:``. Longer than ``MAX_IRI_LENGTH``: None.
    """
    url = (url or "").strip()
    if len(url) > MAX_IRI_LENGTH or not _HTTP_URL.fullmatch(url):
        return None
    scheme, rest = url.split(":", 1)
    try:
        return URIRef(str(pyoxigraph.NamedNode(f"{scheme.lower()}:{rest}").value))
    except ValueError:
        return None
