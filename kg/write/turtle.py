"""Turtle written by us from N-Triples terms, one block of statements at a time.

A build's Turtle export is the concatenation of blocks, one per owner of statements (an entity,
a call, an article, an evidence sentence...; ``kg.write.pieces``), in the owners' key order. A
block depends only on its own statements, so an incremental build reuses the blocks of owners
that did not change and the file comes out byte for byte as from a build from scratch. Inside a
block statements are grouped by subject and predicate, each sorted; a subject may come back in
another owner's block (a valid Turtle file may say more about a subject further on).

Names are compacted with ``kg.write.rdf_files.FILE_PREFIXES`` only when the local part is
letters, digits, ``_`` and ``-`` (no ``.``, ``/`` or escapes, which Virtuoso 7.2 and older
parsers read differently); literals keep their N-Triples form (valid Turtle), with the datatype
compacted (``"5"^^xsd:integer``: Virtuoso reads ``<x> <y> 1.`` as an error).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from kg.write.rdf_files import FILE_PREFIXES

__all__ = ["header", "render", "Statement"]

Statement = tuple[str, str, str]
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_LOCAL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")
_BY_NAMESPACE = {ns: prefix for prefix, ns in FILE_PREFIXES.items()}
_SEP = " ;\n\t"


def header() -> str:
    """The ``@prefix`` lines, in prefix order."""
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(FILE_PREFIXES.items()))


# The names that repeat (vocabulary, entities) stay in a small cache; the many seen once (calls,
# evidence, articles) pass through it. An unbounded cache (or one of a million names) held
# 250 MB at 100k articles (benchmarks/README.md, "The output stage at scale").
@lru_cache(maxsize=1 << 16)
def _iri(term: str) -> str:
    """``<https://schema.org/name>`` -> ``schema:name`` when a prefix and a plain local name fit."""
    body = term[1:-1]
    cut = max(body.rfind("/"), body.rfind("#")) + 1
    prefix = _BY_NAMESPACE.get(body[:cut]) if cut else None
    local = body[cut:]
    return f"{prefix}:{local}" if prefix is not None and _LOCAL.fullmatch(local) else term


def _term(term: str) -> str:
    if term[0] == "<":
        return _iri(term)
    if term.endswith(">") and "^^<" in term:  # a typed literal: its datatype IRI is compacted
        lexical, _, datatype = term.rpartition("^^")
        return f"{lexical}^^{_iri(datatype)}"
    return term


def render(statements: Iterable[Statement]) -> str:
    """Turtle text of ``statements`` (N-Triples terms), grouped by subject and predicate, each
    sorted, duplicates dropped."""
    out: list[str] = []
    last_s = last_p = None
    for s, p, o in sorted(set(statements)):
        if s != last_s:
            if last_s is not None:
                out.append(" .\n")
            out += (_iri(s), " ", "a" if p == _RDF_TYPE else _iri(p), " ", _term(o))
            last_s, last_p = s, p
        elif p != last_p:
            out += (_SEP, "a" if p == _RDF_TYPE else _iri(p), " ", _term(o))
            last_p = p
        else:
            out += (" , ", _term(o))
    if last_s is not None:
        out.append(" .\n")
    return "".join(out)
