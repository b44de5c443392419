"""Find people the gazetteer does not know, by titles, given names and appositions.

Pure over a Doc: ``find_people(doc, titles, given_names) -> [(start_token, end_token)]``.
A run of capitalised tokens is a person when a title stands right before it ("Economy
Minister Oleksii Sobolev"), when it opens with a known given name ("Sonya Bandouil"), or when
an apposition names a role right after it ("Bryan Lanza, a former adviser"). Tokens already
inside an entity are left alone. ``title_before`` is shared with the entity extractor, which
reads roles from the same titles.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.resources import lexicon_phrases

__all__ = ["find_people", "title_before", "is_name_token", "role_phrase"]

_MAX_TITLE = 5


def is_name_token(tok: Token, not_names: frozenset[str]) -> bool:
    text = tok.text
    if not text or tok.is_space or text in not_names:
        return False
    if text[0].isupper() and any(c.isalpha() for c in text):
        # all-caps words of 4+ letters are headline shouting or acronyms, not names
        return not (text.isupper() and len(text) > 3)
    return False


def title_before(doc: Doc, start: int, phrases: frozenset[str]) -> tuple[int, str] | None:
    """The longest title phrase ending right before token ``start``: (first token, phrase)."""
    best = None
    for n in range(1, _MAX_TITLE + 1):
        lo = start - n
        if lo < 0:
            break
        phrase = " ".join(t.lower_ for t in doc[lo:start])
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
        if not (prev.is_alpha and prev.text[:1].isupper()) or prev.ent_type_ not in ("", "ORG") \
                or prev.is_sent_start and prev.text in ("The", "A"):
            break
        start -= 1
    return doc[start:name_start].text


def _headline(sent) -> bool:
    # a short sentence of names ("President Ama Dule phoned King Emil Sorn.") is title case
    # too; a headline also has no full stop
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) / len(words) >= 0.6 \
        and not sent.text.rstrip().rstrip("\"'”’)").endswith(".")


def _appositive_role(doc: Doc, end: int, roles: frozenset[str]) -> bool:
    if end >= len(doc) or doc[end].text != ",":
        return False
    for tok in doc[end + 1 : min(len(doc), end + 8)]:
        if tok.text in {",", ".", ";", ":", "(", ")"} or tok.is_space:
            return False
        if tok.lower_ in roles:
            return True
    return False


_INITIAL = re.compile(r"^[A-Z]\.$")
_OPEN_QUOTES = frozenset({'"', "“"})
_CLOSE_QUOTES = frozenset({'"', "”"})


def _nickname_end(doc: Doc, j: int, taken: set[int], not_names: frozenset[str]) -> int | None:
    """After a quoted nickname of one or two words that a name goes on after, the token
    where the name goes on; else None."""
    for k in (j + 2, j + 3):
        if k + 1 >= len(doc) or any(m in taken for m in range(j, k + 2)):
            return None
        if doc[k].text in _CLOSE_QUOTES and all(is_name_token(t, not_names) for t in doc[j + 1:k]) \
                and is_name_token(doc[k + 1], not_names):
            return k + 1
    return None


def _portfolio_before(doc: Doc, start: int, portfolios: frozenset[str], title_words: frozenset[str]) -> bool:
    """ "Minister of Foreign Affairs Tala Voss": a title, "of" or "for", and a portfolio right before."""
    for n in range(1, 6):
        k = start - n
        if k < 2:
            break
        if " ".join(t.lower_ for t in doc[k:start]) in portfolios and doc[k - 1].lower_ in ("of", "for") \
                and doc[k - 2].lower_ in title_words:
            return True
    return False


def _counterparts_before(doc: Doc, i: int, found: list[tuple[int, int]]) -> bool:
    """ "his Kyrgyz and Tajik counterparts, Tala Voss and Ilse Varga": names in apposition to
    "counterpart(s)", the second one after "and" too."""
    if i >= 2 and doc[i - 1].text == "," and doc[i - 2].lower_ in ("counterpart", "counterparts"):
        return True
    if found and i >= 1 and doc[i - 1].lower_ == "and" and found[-1][1] == i - 1:
        start = found[-1][0]
        return _counterparts_before(doc, start, found[:-1])
    return False


def find_people(doc: Doc, titles: dict, given_names: frozenset[str]) -> list[tuple[int, int]]:
    not_names = frozenset(lexicon_phrases(titles, "not_names"))
    particles = frozenset(lexicon_phrases(titles, "particles"))
    suffixes = frozenset(lexicon_phrases(titles, "name_suffixes"))
    title_phrases = frozenset(lexicon_phrases(titles, "leader")) | frozenset(lexicon_phrases(titles, "official"))
    roles = frozenset(lexicon_phrases(titles, "appositive_roles"))
    title_words = frozenset(w for t in title_phrases for w in t.split())
    honorific_words = frozenset(w for t in lexicon_phrases(titles, "honorifics") for w in t.split())
    portfolios = frozenset(lexicon_phrases(titles, "portfolios"))
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if i in taken or not is_name_token(doc[i], not_names):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j not in taken and j - i < 6:
            tok = doc[j]
            if is_name_token(tok, not_names) or tok.text in suffixes:
                j += 1
            elif _INITIAL.match(tok.text) and j + 1 < len(doc) and j + 1 not in taken and is_name_token(doc[j + 1], not_names):
                j += 1  # a middle initial: "Antony J. Blinken"
            elif tok.text == "-" and not doc[j - 1].whitespace_ and j + 1 < len(doc) and doc[j + 1].is_alpha \
                    and not tok.whitespace_ and j + 1 not in taken:
                j += 2  # "Kang Yu-jung", "Al-Sisi": a hyphen inside a name
            elif tok.lower_ in particles and j + 1 < len(doc) and is_name_token(doc[j + 1], not_names):
                j += 1
            elif tok.text in _OPEN_QUOTES and _nickname_end(doc, j, taken, not_names):
                j = _nickname_end(doc, j, taken, not_names)  # 'Tala "Tee" Voss': a nickname inside
            else:
                break
        if _INITIAL.match(doc[j - 1].text):
            i = j  # "Antony J." before a known "Blinken": the name goes on in the known person
            continue
        # "Ontario Premier Tala Voss": a place and a title inside the run, the name after them
        inner = max((k for k in range(i + 1, j - 1) if doc[k].lower_ in title_words), default=None)
        if inner is not None and doc[i].lower_ not in title_words and doc[i].lower_ not in honorific_words:
            first = inner + 1
            while first < j - 1 and doc[first].lower_ in honorific_words:
                first += 1  # "On Sunday President Sheikh Amar": the honorific is not the name
            if j - first <= 4:
                found.append((first, j))
            i = j
            continue
        # a capitalised title opening the run is not part of the name ("Spokesperson Ilse Marquardt")
        opening = i
        while i < j - 1 and (doc[i].lower_ in title_words or doc[i].lower_ in honorific_words):
            i += 1
        if all(t.lower_ in title_words or t.lower_ in honorific_words for t in doc[i:j]):
            i = j  # "President Sheikh <known name>", "HH Prince": titles and honorifics, no name
            continue
        size = j - i
        # in a Title Case headline every word looks like a name: trust given names only
        titled = (title_before(doc, i, title_phrases) is not None or _portfolio_before(doc, i, portfolios, title_words)
                  or any(doc[k].lower_ in title_words for k in range(opening, i))
                  or _counterparts_before(doc, i, found)) and not _headline(doc[i].sent)
        accept = (
            (titled and size <= 4)
            or (size >= 2 and doc[i].text in given_names)
            or (size >= 2 and _appositive_role(doc, j, roles))
        )
        if accept and size == 1 and not titled:
            accept = False
        if accept:
            found.append((i, j))
        i = j
    return found
