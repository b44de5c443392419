"""The token columns (``kg.extract.tokens``) on small invented texts: what ``Token`` and
``Doc`` would give, read through the process-wide table of token texts."""

from __future__ import annotations

import pytest
import spacy

from kg.extract import tokens
from kg.extract.tokens import columns, title_case

TEXT = "President Tala Voss phoned  King Emil Sorn on Monday.\n\n“We spoke,” she said."


def test_columns_are_the_tokens_columns():
    doc = spacy.blank("en")(TEXT)
    cols = columns(doc)
    assert cols.text == [t.text for t in doc]
    assert cols.lower == [t.lower_ for t in doc]
    assert cols.ws == [bool(t.whitespace_) for t in doc]
    assert cols.idx == [t.idx for t in doc]
    assert cols.doc_text == doc.text == TEXT


def test_one_table_of_texts_serves_every_vocabulary():
    """A hash names one string in every vocabulary: a word first read through one pipeline's
    vocabulary is the same text for another's, and a word only the second knows is read there."""
    first = spacy.blank("en")(TEXT)
    columns(first)
    second = spacy.blank("en")(TEXT + " Ostria replied")
    assert columns(second).text == [t.text for t in second]
    assert columns(second).text[-2:] == ["Ostria", "replied"]


def test_the_table_of_texts_is_bounded(monkeypatch):
    monkeypatch.setattr(tokens, "_TEXTS_SIZE", 3)
    doc = spacy.blank("en")(TEXT)
    assert columns(doc).text == [t.text for t in doc]
    assert len(tokens._TEXTS) > 3  # (filled by this Doc; cleared before the next one is read)
    other = spacy.blank("en")("Ana Lind called.")
    assert columns(other).text == ["Ana", "Lind", "called", "."]
    assert len(tokens._TEXTS) == 4


@pytest.mark.parametrize("line, titled", [
    ("Dule Phones Sorn Over Border Dispute", True),
    ("Dule calls Sorn over the border dispute", False),
    # names and a title make most long words capitalised, but three lower-case ones make prose
    ("When President Amara Dule rang you on Wednesday, did he mention the dam?", False),
    ("Will President Amara Dule Call King Emil Sorn?", True),
    ("Dule Speaks with President Sorn about Vell Dam", True),  # small prepositions, as title case keeps them
    ("President Amara Dule rang King Emil Sorn", True),  # a line of names and one verb
])
def test_a_title_case_line_has_few_lower_case_words(line, titled):
    assert title_case(line.replace("?", " ?").replace(",", " ,").split()) is titled
