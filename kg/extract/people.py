"""Find people the gazetteer does not know, by titles, given names and appositions.

Pure over a Doc: ``find_people(doc, titles, given_names) -> [(start_token, end_token)]``.
A run of capitalised tokens is a person when a title stands right before it ("Economy
Minister Oleksii Sobolev"), when it opens with a known given name ("Sonya Bandouil"), or when
an apposition names a role right after it ("Bryan Lanza, a former adviser"). Tokens already
inside an entity are left alone. ``title_before`` is shared with the entity extractor, which
reads roles from the same titles.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.tokens import columns
from kg.resources import lexicon_phrases

__all__ = ["find_people", "title_before", "is_name_token", "role_phrase"]

_MAX_TITLE = 5


def is_name_token(tok: Token, not_names: frozenset[str]) -> bool:
    return _is_name(tok.text, not_names)


def _is_name(text: str, not_names: frozenset[str]) -> bool:
    if not text or text in not_names:
        return False  # (a space token never starts with a capital)
    if text[0].isupper() and any(c.isalpha() for c in text):
        # all-caps words of 4+ letters are headline shouting or acronyms, not names
        return not (text.isupper() and len(text) > 3)
    return False


def title_before(doc: Doc, start: int, phrases: frozenset[str]) -> tuple[int, str] | None:
    """The longest title phrase ending right before token ``start``: (first token, phrase)."""
    return _title_before(columns(doc).lower, start, phrases)


def _title_before(lower: list[str], start: int, phrases: frozenset[str]) -> tuple[int, str] | None:
    best = None
    for n in range(1, _MAX_TITLE + 1):
        lo = start - n
        if lo < 0:
            break
        phrase = " ".join(lower[lo:start])
        phrase = phrase.replace(" - ", "-")
        if phrase in phrases:
            best = (lo, phrase)
    return best


def role_phrase(doc: Doc, title_start: int, name_start: int) -> str:
    """The role as written before a name: the title plus the capitalised words that qualify
    it ("Armed Forces Minister", "Economy Minister"), without nationality words."""
    start = title_start
    while start > 0 and title_start - start < 3:
        prev = doc[start - 1]
        if not (prev.is_alpha and prev.text[:1].isupper()) or prev.ent_type_ or prev.is_sent_start and prev.text in ("The", "A"):
            break
        start -= 1
    return columns(doc).span_text(start, name_start)


def _headline(sent) -> bool:
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) / len(words) >= 0.6


def _appositive_role(text: list[str], lower: list[str], end: int, roles: frozenset[str]) -> bool:
    if end >= len(text) or text[end] != ",":
        return False
    for k in range(end + 1, min(len(text), end + 8)):
        if text[k] in {",", ".", ";", ":", "(", ")"} or text[k].isspace():
            return False
        if lower[k] in roles:
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Words:
    """The title lexicon as the sets ``find_people`` tests."""

    not_names: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]
    title_phrases: frozenset[str]
    roles: frozenset[str]
    title_words: frozenset[str]


_WORDS: dict[int, tuple[dict, _Words]] = {}


def _words(titles: dict) -> _Words:
    # keyed by the dict itself (load_lexicon hands out one per process); the dict is kept
    # alongside so that its id cannot be reused by another
    hit = _WORDS.get(id(titles))
    if hit is not None and hit[0] is titles:
        return hit[1]
    title_phrases = frozenset(lexicon_phrases(titles, "leader")) | frozenset(lexicon_phrases(titles, "official"))
    words = _Words(
        not_names=frozenset(lexicon_phrases(titles, "not_names")),
        particles=frozenset(lexicon_phrases(titles, "particles")),
        suffixes=frozenset(lexicon_phrases(titles, "name_suffixes")),
        title_phrases=title_phrases,
        roles=frozenset(lexicon_phrases(titles, "appositive_roles")),
        title_words=frozenset(w for t in title_phrases for w in t.split()),
    )
    if len(_WORDS) > 8:
        _WORDS.clear()
    _WORDS[id(titles)] = (titles, words)
    return words


def find_people(doc: Doc, titles: dict, given_names: frozenset[str]) -> list[tuple[int, int]]:
    w = _words(titles)
    not_names, particles, suffixes, roles = w.not_names, w.particles, w.suffixes, w.roles
    cols = columns(doc)
    text, lower, ws = cols.text, cols.lower, cols.ws
    size_doc = len(text)
    name = [t[:1].isupper() and _is_name(t, not_names) for t in text]
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    found: list[tuple[int, int]] = []
    i = 0
    while i < size_doc:
        if not name[i] or i in taken:
            i += 1
            continue
        j = i + 1
        while j < size_doc and j not in taken and j - i < 6:
            tok = text[j]
            if name[j] or tok in suffixes:
                j += 1
            elif tok == "-" and not ws[j - 1] and j + 1 < size_doc and text[j + 1].isalpha() \
                    and not ws[j] and j + 1 not in taken:
                j += 2  # "Kang Yu-jung", "Al-Sisi": a hyphen inside a name
            elif lower[j] in particles and j + 1 < size_doc and name[j + 1]:
                j += 1
            else:
                break
        # a capitalised title opening the run is not part of the name ("Spokesperson Ilse Marquardt")
        while i < j - 1 and lower[i] in w.title_words:
            i += 1
        size = j - i
        # in a Title Case headline every word looks like a name: trust given names only
        titled = _title_before(lower, i, w.title_phrases) is not None and not _headline(doc[i].sent)
        accept = (
            (titled and size <= 4)
            or (size >= 2 and text[i] in given_names)
            or (size >= 2 and _appositive_role(text, lower, j, roles))
        )
        if accept and size == 1 and not titled:
            accept = False
        if accept:
            found.append((i, j))
        i = j
    return found
