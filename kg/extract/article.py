"""One analysed article -> ``ArticleFacts``: entities, then the calls among them.

The single entry point the pipeline calls per Doc; it wires the pure extractors together and
adds the article's own outlet (its publisher) as an entity.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg.extract.calls import extract_calls
from kg.extract.entities import extract_entities, outlet_ref
from kg.model import Article, ArticleFacts, Skipped
from kg.resources import Gazetteer

__all__ = ["extract_article", "extract_or_skip"]


def extract_article(doc: Doc, article: Article, gaz: Gazetteer) -> ArticleFacts:
    index = extract_entities(doc, article.meta, gaz)
    own = outlet_ref(article.meta.outlet, gaz) if article.meta.outlet else None
    calls = extract_calls(doc, article.meta, index, gaz, text=article.text, own_outlet=own.key if own else None)
    refs = {ref.key: ref for ref in index.refs()}
    if own is not None and own.key not in refs:
        refs[own.key] = own
    meta = article.meta
    if own is not None and own.name != meta.outlet:
        # the graph finds the publisher by name: give it the outlet's canonical name, not the
        # metadata's spelling (a gazetteer alias or domain would otherwise lose the publisher)
        meta = replace(meta, outlet=own.name)
    return ArticleFacts(meta=meta, entities=tuple(refs[k] for k in sorted(refs)), calls=calls)


def extract_or_skip(doc: Doc, article: Article, gaz: Gazetteer) -> ArticleFacts | Skipped:
    """``extract_article``, or a ``Skipped`` naming the article when a rule trips on an odd
    text: one article must never lose the run."""
    try:
        return extract_article(doc, article, gaz)
    except (ValueError, IndexError) as err:
        return Skipped(article.meta.source, f"extraction failed: {type(err).__name__}: {err}")
