"""The token columns of a Doc, read once per article: ``columns(doc) -> Columns``.

Every Python pass over a Doc creates one ``Token`` object per token, and every ``Span.text`` or
``Doc.text`` joins the tokens again; with a dozen rules each walking the article that was most
of the extraction time. The rules read these plain lists instead: token texts, lower-cased
texts, trailing whitespace, character offsets and the lexical flags they test. They are fixed
by the tokenizer alone (never entities or sentence starts, which components still set), so one
copy serves every component and extractor; it is kept in ``doc.user_data``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, ORTH, SPACY
from spacy.tokens import Doc

__all__ = ["Columns", "columns", "span_text"]

_KEY = "kg.columns"


@dataclass(frozen=True, slots=True)
class Columns:
    text: list[str]
    lower: list[str]  # ``Token.lower_`` (``str.lower`` of the text)
    ws: list[bool]  # the token is followed by a space (``Token.whitespace_``)
    idx: list[int]  # character offset of each token in the Doc's text

    def __len__(self) -> int:
        return len(self.text)

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``, without building the Span."""
        if start >= end:
            return ""
        text = self.text
        last = end - 1
        return "".join([t + " " if w else t for t, w in zip(text[start:last], self.ws[start:last])]) + text[last]


def columns(doc: Doc) -> Columns:
    """The columns of ``doc``, computed on first use and kept with it."""
    cached = doc.user_data.get(_KEY)
    if cached is not None and len(cached.text) == len(doc):
        return cached
    strings = doc.vocab.strings
    array = doc.to_array([ORTH, SPACY, IDX])
    text = [strings[orth] for orth in array[:, 0].tolist()]
    cols = Columns(text, list(map(str.lower, text)), array[:, 1].astype(bool).tolist(), array[:, 2].tolist())
    doc.user_data[_KEY] = cols
    return cols


def span_text(doc: Doc, start: int, end: int) -> str:
    return columns(doc).span_text(start, end)
