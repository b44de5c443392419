"""The gazetteer ruler's per-Doc work, without spaCy's general-purpose overhead.

The gazetteer is an ``EntityRuler`` (``kg_gazetteer``) with phrase patterns only and
``overwrite_ents``. For every Doc, ``EntityRuler.match`` sets up a ``warnings.catch_warnings``
block (to silence the empty token matcher's warning) and runs that empty matcher, and
``set_annotations`` builds a ``Token`` for every word of every match to test whether it already
has an entity, a test ``overwrite_ents`` then ignores. Together that was three times the phrase
matching itself (~5% of the streaming stage). ``lean(ruler)`` gives this ruler the same two
steps without that work: the same matches in the same order, the same entities. On a Doc with
no entities yet (always, under the blank pipeline) the entities are written as the token
columns ``Doc.set_ents`` would write, in one ``Doc.from_array``: no ``Span`` is made for them
(the ``Doc.ents`` setter makes each twice, and ``set_ents`` tests every token of the Doc
against a Python set).
A ruler with token patterns, or without ``overwrite_ents``, keeps spaCy's own steps.
"""

from __future__ import annotations

from types import MethodType

import numpy

from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span

from kg.extract import handoff

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
    if not entities:
        return _write_entities(ruler, doc, matches)
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


_ENT_COLUMNS = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]
_ID_COLUMNS = [ENT_KB_ID, ENT_ID]  # (their order in ``_ENT_COLUMNS``)
_B, _I, _O = 3, 1, 2  # ``Token.ent_iob``


def _write_entities(ruler: EntityRuler, doc: Doc, matches) -> None:
    """``_set_annotations`` on a Doc without entities: the matches kept (as there: none that
    starts or ends on a word already taken) written as ``Doc.set_ents`` writes their Spans,
    every other token outside an entity, with its knowledge-base and entity ids as they were."""
    if not len(doc):
        return
    strings = doc.vocab.strings
    ent_ids = ruler._ent_ids
    starts, ends, labels, ids = [], [], [], []
    seen_tokens: set[int] = set()
    for match_id, start, end in matches:
        if start in seen_tokens or end - 1 in seen_tokens:
            continue
        if match_id in ent_ids:
            label, ent_id = ent_ids[match_id]
            label, ent_id = strings.add(label), strings.add(ent_id)  # (as ``Span`` adds them)
        else:
            label, ent_id = match_id, 0
        starts.append(start)
        ends.append(end)
        labels.append(label)
        ids.append(ent_id)
        seen_tokens.update(range(start, end))
    # the entity and type of every token are written anew, so only the ids, which a token
    # outside the matches keeps, are read (``Doc.to_array`` and ``Doc.from_array`` take and give
    # back the GIL per value, in spaCy's build: ~5% of the stage over all components)
    kept = doc.to_array(_ID_COLUMNS)
    columns = numpy.zeros((len(doc), 4), dtype=numpy.uint64)
    columns[:, 0] = _O
    columns[:, 2:] = kept
    if starts:
        # every token of the entities, with its entity's row (whole arrays, not one write per match)
        first = numpy.array(starts, dtype=numpy.int64)
        sizes = numpy.array(ends, dtype=numpy.int64) - first
        row = numpy.repeat(numpy.arange(len(first)), sizes)
        tokens = first[row] + numpy.arange(len(row)) - numpy.repeat(numpy.cumsum(sizes) - sizes, sizes)
        columns[tokens, 0] = _I
        columns[first, 0] = _B
        columns[tokens, 1] = numpy.array(labels, dtype=numpy.uint64)[row]
        columns[tokens, 2] = 0  # (a match has no knowledge-base id)
        token_ids = numpy.array(ids, dtype=numpy.uint64)[row]
        named = token_ids != 0  # ``set_ents`` keeps a token's entity id when the Span has none
        columns[tokens[named], 3] = token_ids[named]
    # of the ids, only a column that changes is written (rewriting a value as it was changes
    # nothing): the knowledge-base ids, which no match has, are mostly left as they were
    write = [True, True, *(columns[:, 2:] != kept).any(axis=0).tolist()]
    doc.from_array([attr for attr, w in zip(_ENT_COLUMNS, write) if w], columns[:, numpy.array(write)])
    handoff.keep(doc, handoff.ENTITIES, columns)  # (kg_people reads them next: kg.extract.handoff)


def lean(ruler: EntityRuler) -> EntityRuler:
    """``ruler``, matching and writing its entities through the steps above."""
    ruler.match = MethodType(_match, ruler)
    ruler.set_annotations = MethodType(_set_annotations, ruler)
    return ruler
