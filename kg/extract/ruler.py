"""The gazetteer ruler's per-Doc work, without spaCy's general-purpose overhead.

The gazetteer is an ``EntityRuler`` (``kg_gazetteer``) with phrase patterns only and
``overwrite_ents``. For every Doc, ``EntityRuler.match`` sets up a ``warnings.catch_warnings``
block (to silence the empty token matcher's warning) and runs that empty matcher, and
``set_annotations`` builds a ``Token`` for every word of every match to test whether it already
has an entity, a test ``overwrite_ents`` then ignores. Together that was three times the phrase
matching itself (~5% of the streaming stage). ``lean(ruler)`` gives this ruler the same two
steps without that work: the same matches in the same order, the same entities.
A ruler with token patterns, or without ``overwrite_ents``, keeps spaCy's own steps.
"""

from __future__ import annotations

from types import MethodType

from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span

__all__ = ["lean"]


def _match(ruler: EntityRuler, doc: Doc) -> list[tuple[int, int, int]]:
    """``EntityRuler.match`` of a ruler whose token matcher is empty."""
    if len(ruler.matcher):  # token patterns were added since: spaCy's own step
        return EntityRuler.match(ruler, doc)
    # as spaCy: distinct non-empty matches, longest first, then leftmost first
    final_matches = set([(m_id, start, end) for m_id, start, end in ruler.phrase_matcher(doc) if start != end])
    return sorted(final_matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)


def _set_annotations(ruler: EntityRuler, doc: Doc, matches) -> None:
    """``EntityRuler.set_annotations`` with ``overwrite_ents``: the words of a match are never
    tested for an entity they already have, since it would be overwritten anyway."""
    if not ruler.overwrite:
        return EntityRuler.set_annotations(ruler, doc, matches)
    entities = list(doc.ents)
    new_entities = []
    seen_tokens: set[int] = set()
    ent_ids = ruler._ent_ids
    for match_id, start, end in matches:
        # check for end - 1 here because boundaries are inclusive (as spaCy)
        if start not in seen_tokens and end - 1 not in seen_tokens:
            if match_id in ent_ids:
                label, ent_id = ent_ids[match_id]
                span = Span(doc, start, end, label=label, span_id=ent_id)
            else:
                span = Span(doc, start, end, label=match_id)
            new_entities.append(span)
            if entities:
                entities = [e for e in entities if not (e.start < end and e.end > start)]
            seen_tokens.update(range(start, end))
    doc.ents = entities + new_entities


def lean(ruler: EntityRuler) -> EntityRuler:
    """``ruler``, matching and writing its entities through the steps above."""
    ruler.match = MethodType(_match, ruler)
    ruler.set_annotations = MethodType(_set_annotations, ruler)
    return ruler
