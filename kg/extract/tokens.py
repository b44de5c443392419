"""The token columns of a Doc, read once per article: ``columns(doc) -> Columns``.

Every Python pass over a Doc creates one ``Token`` object per token, and every ``Span.text`` or
``Doc.text`` joins the tokens again; with a dozen rules each walking the article that was most
of the extraction time. The rules read these plain lists instead: token texts, lower-cased
texts, trailing whitespace, character offsets and the lexical flags they test. They are fixed
by the tokenizer alone (never entities or sentence starts, which components still set), so one
copy serves every component and extractor. It is kept in a small cache beside the Docs being
processed, never in ``doc.user_data`` (which ``Doc.to_bytes`` must be able to serialise).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress
from operator import add

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc

from kg.resources import lexicon_phrases, load_lexicon

__all__ = ["Columns", "columns", "doc_text", "span_text", "remember_text", "title_case"]

#: id(doc) -> (doc, columns) of the last Docs seen; the Doc is kept so an id is never reused
#: while its entry lives. nlp.pipe hands components batches, so a few dozen cover them.
_CACHE: "OrderedDict[int, tuple[Doc, Columns]]" = OrderedDict()
_CACHE_SIZE = 64
#: id(doc) -> (doc, the text it was made from), for the Docs made since their columns were last
#: asked for (``remember_text``): the Doc's text is that text, so it need not be joined again
#: from the tokens. Bounded as ``_CACHE`` is; a Doc is dropped once its columns are made.
_INPUTS: "OrderedDict[int, tuple[Doc, str]]" = OrderedDict()
#: the (doc, columns) asked for last: the rules ask for the same Doc's columns tens of
#: thousands of times an article in a row (an entity's mention, a title before a name), so the
#: common case is one identity test, not a dict read and a move in the ordered cache
_LAST: "tuple[Doc | None, Columns | None]" = (None, None)


class _Texts(dict):
    """hash -> string, for the token texts: a string is looked up in the vocabulary (and decoded)
    once per process, not once per token (a dictionary read through ``map`` is twice as quick
    as ``StringStore.__getitem__`` per token). A hash names one string in every vocabulary (it
    is the string's hash), so one table serves every pipeline. Bounded: cleared when it grows
    past ``_TEXTS_SIZE`` (a vocabulary of news holds far fewer words)."""

    __slots__ = ("strings",)

    def __missing__(self, orth: int) -> str:
        text = self[orth] = self.strings[orth]
        return text


_TEXTS = _Texts()
_TEXTS_SIZE = 1 << 20


class _Lowers(dict):
    """text -> ``str.lower`` of it, for the lower-cased column: one string per distinct word
    and process, not a new one per token (a dictionary read is cheaper than lower-casing, and
    the string's hash, which every set and dictionary test of the rules needs, is then worked
    out once per process, not once per token and article). Cleared with ``_TEXTS``."""

    __slots__ = ()

    def __missing__(self, text: str) -> str:
        low = self[text] = text.lower()
        return low


_LOWERS = _Lowers()


@dataclass(frozen=True, slots=True)
class Columns:
    text: list[str]
    lower: list[str]  # ``Token.lower_`` (``str.lower`` of the text)
    ws: list[bool]  # the token is followed by a space (``Token.whitespace_``)
    idx: list[int]  # character offset of each token in the Doc's text
    doc_text: str  # ``Doc.text`` (which makes a Token per token each time it is read)
    # the distinct lower-cased texts and texts, made on first use by ``where``
    _distinct: dict = field(default_factory=dict, compare=False, repr=False)
    # columns a component wrote, kept for the next one (``kg.extract.handoff``): not the
    # tokenizer's, so held apart from the columns above
    written: dict = field(default_factory=dict, compare=False, repr=False)

    def __len__(self) -> int:
        return len(self.text)

    def where(self, words: Collection[str], lowered: bool = True) -> list[int]:
        """The indices of the tokens whose lower-cased text (else, ``lowered=False``, whose
        text) is one of ``words``, in order: ``[k for k, w in enumerate(self.lower) if w in
        words]``. Found with a set operation against the Doc's distinct words, then in C, not a
        Python step per token (a dozen rules each look for their few words among every token of
        the article): a ``list.index`` scan for a word alone, one pass of a set test over the
        column for several. (``list.index`` compares every token it passes at ~100 instructions
        a token, more than the set test: a scan for each of several words was ~7% of the
        streaming stage's instructions, the outlet rules asking for up to nine words at once.)"""
        column = self.lower if lowered else self.text
        distinct = self._distinct.get(lowered)
        if distinct is None:
            distinct = self._distinct[lowered] = frozenset(column)
        # (C iterates over the smaller of two sets, over ``words`` when it is no set)
        present = distinct.intersection(words)
        if len(present) > 1:
            return list(compress(range(len(column)), map(present.__contains__, column)))
        found: list[int] = []
        for word in present:
            i = column.index(word)
            while True:
                found.append(i)
                try:
                    i = column.index(word, i + 1)
                except ValueError:
                    break
        return found

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``, without building the Span."""
        if start >= end:
            return ""
        text = self.text
        last = end - 1
        return "".join([t + " " if w else t for t, w in zip(text[start:last], self.ws[start:last])]) + text[last]


def columns(doc: Doc) -> Columns:
    """The columns of ``doc``, computed on first use and kept with it."""
    global _LAST
    last_doc, last = _LAST
    if last_doc is doc and len(last.text) == len(doc):
        return last
    entry = _CACHE.get(id(doc))
    if entry is not None and entry[0] is doc and len(entry[1].text) == len(doc):
        _CACHE.move_to_end(id(doc))
        _LAST = entry
        return entry[1]
    # two columns, not three: ``to_array`` takes and gives back the GIL per value, and each
    # token's offset is the sum of the texts and spaces before it (as ``Doc.push_back`` sets
    # ``Token.idx``), added up in C by ``accumulate``
    array = doc.to_array([ORTH, SPACY])
    if len(_TEXTS) > _TEXTS_SIZE:
        _TEXTS.clear()
        _LOWERS.clear()
    _TEXTS.strings = doc.vocab.strings  # (where a missing hash is looked up: this Doc's vocabulary)
    text = list(map(_TEXTS.__getitem__, array[:, 0].tolist()))
    spaces = array[:, 1].tolist()
    ws = list(map(bool, spaces))
    idx = list(accumulate(map(add, map(len, text), spaces), initial=0))
    size = idx.pop()  # (the text's length)
    given = _INPUTS.pop(id(doc), None)
    if given is not None and given[0] is doc and len(given[1]) == size:
        doc_text = given[1]  # the text the tokenizer was given, which is the Doc's text
    else:
        doc_text = "".join([t + " " if w else t for t, w in zip(text, ws)])
    cols = Columns(text, list(map(_LOWERS.__getitem__, text)), ws, idx, doc_text)
    _CACHE[id(doc)] = _LAST = (doc, cols)
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return cols


def remember_text(doc: Doc, text: str) -> None:
    """``doc`` was just made from ``text`` by a tokenizer: its text is ``text`` (spaCy's
    tokenizer loses no character), kept until its columns are made, so ``Columns.doc_text``
    is that string, not a join of every token and its space (one string made per spaced token)."""
    _INPUTS[id(doc)] = (doc, text)
    if len(_INPUTS) > _CACHE_SIZE:
        _INPUTS.popitem(last=False)


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc."""
    return columns(doc).doc_text


def span_text(doc: Doc, start: int, end: int) -> str:
    return columns(doc).span_text(start, end)


def title_case(texts) -> bool:
    """Whether a line's words (token texts) are in title case, as a headline's: of its words
    of more than three letters at least three, three in five capitalised, and at most one in
    lower case that is no preposition or conjunction a headline keeps small (a question with
    a couple of lower-case verbs and nouns is prose, however many names it holds: "When
    President X rang you on Wednesday, did he mention the dam?")."""
    words = [t for t in texts if len(t) > 3 and t.isalpha()]
    upper = sum(1 for t in words if t[:1].isupper())
    if len(words) < 3 or upper / len(words) < 0.6:
        return False
    minor = _minor_words()
    return sum(1 for t in words if not t[:1].isupper() and t not in minor) < 2


@lru_cache(maxsize=1)
def _minor_words() -> frozenset[str]:
    return frozenset(lexicon_phrases(load_lexicon("titles"), "title_case_minor_words"))
