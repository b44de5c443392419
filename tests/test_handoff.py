"""What the blank pipeline's components hand each other (``kg.extract.handoff``) and the text a
Doc keeps from its tokenizer (``kg.extract.tokens.remember_text``) change no annotation.

The same texts go through the pipeline as it runs and with both shortcuts turned off (every
reader reads the Doc, the token columns join the Doc's text again): sentence starts, entity
columns and the token columns must be equal. A Doc given to the pipeline with entities and
sentence starts of its own, and a run with a component left out, read the Doc as before.
"""

from __future__ import annotations

import pytest
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, SENT_START

from kg.extract import handoff, tokens

TEXTS = [
    "Putin Speaks With Macron\nRussian President Vladimir Putin spoke by phone with French President "
    "Emmanuel Macron on Tuesday, the Kremlin said. \"We spoke,\" he said.\n\nReuters reported the call.",
    "Headline without a stop\nPrime Minister Tala Voss phoned Chancellor Ilse Marquardt. They talked "
    "for an hour! Did they agree? Yes.",
    "A text\u00a0with a non-breaking space and `quotes´ ... and an ending",
    "",
    "One",
]
COLUMNS = [SENT_START, ENT_IOB, ENT_TYPE, ENT_ID, ENT_KB_ID]


def _annotations(doc):
    cols = tokens.columns(doc)
    return doc.to_array(COLUMNS).tolist(), cols.text, cols.lower, cols.ws, cols.idx, cols.doc_text


class _Forgetful(dict):
    """A ``tokens._INPUTS`` that keeps nothing."""

    def __setitem__(self, key, value) -> None:
        pass


def _without_shortcuts(monkeypatch) -> None:
    """Every reader reads the Doc from now on, and the columns join the Doc's text again."""
    monkeypatch.setattr(handoff, "BLANK", ("no such pipeline",))
    monkeypatch.setattr(tokens, "_INPUTS", _Forgetful())
    tokens._CACHE.clear()
    tokens._LAST = (None, None)


def test_same_annotations_without_the_shortcuts(nlp_and_gaz, monkeypatch):
    nlp, _ = nlp_and_gaz
    fast = [_annotations(doc) for doc in nlp.pipe(TEXTS)]
    _without_shortcuts(monkeypatch)
    slow = [_annotations(doc) for doc in nlp.pipe(TEXTS)]
    assert fast == slow
    assert [a[-1] for a in fast] == TEXTS


def test_doc_text_is_the_text_given(nlp_and_gaz):
    nlp, _ = nlp_and_gaz
    text = TEXTS[0]
    doc = nlp(text)
    assert tokens.columns(doc).doc_text is text
    assert doc.text == text
    assert not tokens.columns(doc).written.keys() - {"open"}  # every column kept was taken


def test_a_doc_with_sentence_starts_of_its_own(nlp_and_gaz, monkeypatch):
    """A Doc given to the pipeline (not a text) keeps the sentence starts it brings, and comes
    out as it does with nothing handed on."""
    nlp, _ = nlp_and_gaz

    def run():
        doc = nlp.make_doc(TEXTS[1])
        doc[8].is_sent_start = True  # (inside "Tala Voss")
        return nlp(doc)

    fast = run()
    assert fast[8].is_sent_start
    _without_shortcuts(monkeypatch)
    assert _annotations(fast) == _annotations(run())


def test_a_component_left_out(nlp_and_gaz):
    """``nlp.pipe(disable=...)`` skips a component without changing ``pipe_names``: what one
    component kept for a reader that does not run is never read, and the Doc holds what each
    component that ran wrote."""
    nlp, _ = nlp_and_gaz
    full = nlp(TEXTS[0])
    doc = next(nlp.pipe([TEXTS[0]], disable=["kg_sentences"]))
    breaks = [0] + [t.i + 1 for t in doc[:-1] if t.is_space and "\n" in t.text]
    assert [t.i for t in doc if t.is_sent_start] == breaks
    assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in full.ents]
    people = next(nlp.pipe([TEXTS[0]], disable=["kg_gazetteer"]))
    assert {e.label_ for e in people.ents} <= {"PERSON"}
