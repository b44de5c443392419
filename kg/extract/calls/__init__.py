"""Calls told by one article: who took part, who called, status, day, duration, reporters.

``extract_calls(doc, meta, index, gaz, text=..., own_outlet=...) -> tuple[CallMention, ...]``:
an immutable view of the article (``view``), the cues of each sentence (``cues``), what each
cue says (``frames``), who pronouns and groups stand for (``discourse``), status (``status``),
day (``when``), reporters (``reporters``), put together sentence by sentence (``assemble``).
Word lists are data in ``kg/data/lexicon`` (``lexicon``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from datetime import date

from kg.extract.calls.assemble import credit_evidence, read_calls, with_agencies
from kg.extract.calls.lexicon import lexicon
from kg.extract.calls.view import doc_view
from kg.extract.mentions import EntityIndex
from kg.extract.outlets import home_country
from kg.model import ArticleMeta, CallMention
from kg.resources import Gazetteer

__all__ = ["extract_calls"]


def extract_calls(doc: Doc, meta: ArticleMeta, index: EntityIndex, gaz: Gazetteer, *, text: str | None = None,
                  own_outlet: str | None = None, anchor: date | None = None, agencies: tuple[str, ...] = (),
                  datelines: tuple = ()) -> tuple[CallMention, ...]:
    """The calls an article tells. ``text`` is the original article text (evidence quotes it);
    ``anchor`` the day relative dates count from (default: the publication date); ``agencies``
    the outlets its datelines and metadata credit, which reported every call it tells."""
    home = home_country(text if text is not None else doc.text, datelines, meta, gaz)
    view = doc_view(doc, meta, index, lexicon(), text, own_outlet, anchor, gaz, home, datelines)
    calls = read_calls(view)
    if not agencies or not calls:
        return calls
    evidence = credit_evidence(view, datelines)
    # a wire story's opening credit reports the calls its lead tells; a closing credit, or a
    # credit no call is told beside, the whole story's
    lead = [c for c in calls if any(e.start == evidence.start for e in c.evidence)]
    return tuple(with_agencies(c, agencies, evidence) if not lead or c in lead else c for c in calls)
