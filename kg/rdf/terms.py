"""RDF terms as N-Triples text: the one spelling every writer and the store read.

The triple mapping (``kg.rdf.triples``) produces statements as tuples of N-Triples terms
(``<iri>``, ``"text"``, ``"60"^^<xsd:integer>``): cheap to make in Python, hashable, and parsed
by pyoxigraph (which validates and canonicalises them) without a Python object per term.

Owns the cleaning every literal goes through (``clean_text``): control characters become spaces
(Virtuoso 7.2 rejects raw C0 controls in a long Turtle string, rapper cuts a literal at NUL,
XML 1.0 cannot hold C0 and news text with C1 is mojibake; a space keeps evidence offsets true) and
lone surrogates become U+FFFD (they cannot be encoded as UTF-8 at all).
"""

from __future__ import annotations

import re

import pyoxigraph

from kg.rdf.ids import web_iri

__all__ = ["iri", "text", "integer", "date", "http_iri", "clean_text", "XSD_NS"]

XSD_NS = "http://www.w3.org/2001/XMLSchema#"
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
# An absolute http(s) URL with none of the characters an IRI may not hold (RFC 3987).
_INTEGER = f"<{XSD_NS}integer>"
_DATE = f"<{XSD_NS}date>"


def clean_text(value: str) -> str:
    """``value`` with control characters as spaces and lone surrogates as U+FFFD (same length)."""
    return _SURROGATE.sub("\ufffd", _CONTROL.sub(" ", value))


def iri(value: str) -> str:
    """``<value>``: only for IRIs minted by ``kg.rdf.ids`` or checked by ``http_iri``."""
    return f"<{value}>"


def text(value: str) -> str:
    """A plain (``xsd:string``) literal of cleaned ``value``."""
    return f'"{clean_text(value).translate(_ESCAPES)}"'


def integer(value: int) -> str:
    return f'"{int(value)}"^^{_INTEGER}'


def date(value) -> str:
    """An ``xsd:date`` literal of a ``datetime.date``."""
    return f'"{value.isoformat()}"^^{_DATE}'


def http_iri(url: str | None) -> str | None:
    """``url`` as an IRI every store accepts, or None (``kg.rdf.ids.web_iri`` decides)."""
    found = web_iri(url)
    return None if found is None else str(found)