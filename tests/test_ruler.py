"""The gazetteer ruler's lean steps (``kg.extract.ruler``) give spaCy's own matches and entities."""

from __future__ import annotations

import numpy
import pytest
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.pipeline import EntityRuler
from spacy.tokens import Span

TEXTS = [
    "Russian President Vladimir Putin spoke by phone with Turkey's President Recep Tayyip Erdogan on Tuesday, the Kremlin said.",
    "According to Xinhua, Xi Jinping had a conference by video with Lula on Monday. Reuters could not confirm it.",
    "The Prime Minister of India, Narendra Modi, called Emmanuel Macron of France.",
    "No one here is in the gazetteer at all.",
    "",
]


def _ents(doc):
    return [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]


def _token_columns(doc):
    """What the entities leave on the tokens (``Doc.set_ents`` writes all four)."""
    return doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID])


@pytest.mark.parametrize("text", TEXTS)
def test_lean_ruler_matches_spacy(nlp_and_gaz, text):
    nlp, _ = nlp_and_gaz
    ruler = nlp.get_pipe("kg_gazetteer")
    assert ruler.match.__func__ is not EntityRuler.match  # the pipeline uses the lean steps
    before = [name for name in nlp.pipe_names if name != "kg_gazetteer"][:2]  # line breaks, sentences
    lean, plain = nlp.make_doc(text), nlp.make_doc(text)
    for doc in (lean, plain):
        for name in before:
            nlp.get_pipe(name)(doc)
    matches = ruler.match(lean)
    assert matches == EntityRuler.match(ruler, plain)
    ruler.set_annotations(lean, matches)
    EntityRuler.set_annotations(ruler, plain, matches)
    assert _ents(lean) == _ents(plain)
    assert numpy.array_equal(_token_columns(lean), _token_columns(plain))


@pytest.mark.parametrize("text", TEXTS[:3])
def test_lean_ruler_over_entities_already_there(nlp_and_gaz, text):
    """A Doc that has entities before the ruler (a trained pipeline's): spaCy's entities too."""
    nlp, _ = nlp_and_gaz
    ruler = nlp.get_pipe("kg_gazetteer")
    lean, plain = nlp.make_doc(text), nlp.make_doc(text)
    for doc in (lean, plain):
        doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, len(doc) - 2, len(doc) - 1, label="DATE")]
    matches = ruler.match(lean)
    ruler.set_annotations(lean, matches)
    EntityRuler.set_annotations(ruler, plain, matches)
    assert _ents(lean) == _ents(plain)
    assert numpy.array_equal(_token_columns(lean), _token_columns(plain))
