"""Making the Doc of an article of any length: texts beyond spaCy's ``max_length`` in chunks.

spaCy refuses a text longer than ``nlp.max_length`` (E088). Such a text is cut into chunks of
at most that length, each ending at a paragraph break (a blank line) where there is one, else
at a line end, else after a sentence end, else at a space, and only as a last resort (a text of
one endless word) at the limit itself. A cut always falls after the whole run of whitespace, so
each chunk starts where the tokenizer would start a new token in the whole text. The chunks go
through the pipeline and are joined with ``Doc.from_docs`` without added whitespace, so the
article's Doc has exactly the article's text: every offset the extractors take from it indexes
the original text, and the article is extracted once, as a whole (its dateline, anchor date
and publisher apply to every chunk). A text within the limit is one chunk: its Doc is what
``nlp(text)`` gives, untouched.

``chunk_bounds`` is the cut, ``make_doc`` the Doc of one text, ``pipe_docs`` the Docs of a
stream of texts through ``nlp.pipe`` (chunks of long texts batched with the short texts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["chunk_bounds", "make_doc", "pipe_docs"]

T = TypeVar("T")

# Where a chunk may end, best first; each match ends before the first character of the next
# chunk, which is not whitespace (a cut inside a run of whitespace would tokenize it apart).
_CUTS = (
    re.compile(r"\n[^\S\n]*\n\s*(?=\S)"),  # a blank line: a paragraph break
    re.compile(r"\n\s*(?=\S)"),  # a line end
    re.compile(r"""[.!?…]['"’”)\]]*\s+(?=\S)"""),  # a sentence end
    re.compile(r"\s+(?=\S)"),  # a space between words
)


def chunk_bounds(text: str, limit: int) -> list[tuple[int, int]]:
    """``(start, end)`` of consecutive chunks covering ``text``, each at most ``limit`` long,
    cut at the best break the ``limit`` allows; one chunk when the text fits."""
    if limit < 1:
        raise ValueError(f"chunk limit must be positive, not {limit}")
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _cut(text: str, start: int, stop: int) -> int:
    """The end of the chunk starting at ``start``: the last break of the best kind in
    ``text[start:stop]``, followed by a character that is not whitespace."""
    for cut in _CUTS:
        end = None
        # endpos one past stop: the lookahead may see the character that starts the next chunk
        for match in cut.finditer(text, start, stop + 1):
            if start < match.end() <= stop:
                end = match.end()
        if end is not None:
            return end
    return stop


def _join(docs: list[Doc]) -> Doc:
    if len(docs) == 1:
        return docs[0]
    # no whitespace added between the chunks: each ends where the next begins in the text
    return Doc.from_docs(docs, ensure_whitespace=False)


def make_doc(nlp: Language, text: str, limit: int | None = None) -> Doc:
    """``nlp(text)``, for a text of any length: in chunks when it is longer than ``limit``
    (``nlp.max_length`` unless given; a smaller one is for tests)."""
    limit = nlp.max_length if limit is None else min(limit, nlp.max_length)
    if len(text) <= limit:
        return nlp(text)
    return _join([nlp(text[a:b]) for a, b in chunk_bounds(text, limit)])


def pipe_docs(nlp: Language, items: Iterable[tuple[str, T]], limit: int | None = None,
              **pipe_options) -> Iterator[tuple[Doc, T]]:
    """``nlp.pipe(items, as_tuples=True)`` for texts of any length, in order: a long text's
    chunks go through the pipe like short texts, and its Doc is joined when its last comes out."""
    limit = nlp.max_length if limit is None else min(limit, nlp.max_length)

    def pieces() -> Iterator[tuple[str, tuple[T, int]]]:
        for text, context in items:
            bounds = chunk_bounds(text, limit)
            for a, b in bounds:
                yield text[a:b], (context, len(bounds))

    parts: list[Doc] = []
    for doc, (context, count) in nlp.pipe(pieces(), as_tuples=True, **pipe_options):
        parts.append(doc)
        if len(parts) == count:
            yield _join(parts), context
            parts = []
