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
from bisect import bisect_left
from functools import lru_cache
from itertools import compress
from typing import NamedTuple, Sequence

from spacy.tokens import Doc, Token

from kg.extract.places import known_place
from kg.extract.dates import calendar_names, day_parts
from kg.extract.tokens import Columns, columns, title_case
from kg.resources import lexicon_entries, lexicon_phrases, load_lexicon

__all__ = ["find_people", "title_before", "is_name_token", "role_phrase", "byline_line"]

_MAX_TITLE = 6  # "President of the Council of Ministers"


def is_name_token(tok: Token, not_names: frozenset[str]) -> bool:
    return _is_name(tok.text, not_names)


def _is_name(text: str, not_names: frozenset[str]) -> bool:
    """``is_name_token`` on a token's text (``Token.is_space`` is ``str.isspace`` of it)."""
    if not text or text.isspace() or text in not_names:
        return False
    if text[0].isupper() and any(c.isalpha() for c in text):
        # all-caps words of 4+ letters are headline shouting or acronyms, not names
        return not (text.isupper() and len(text) > 3)
    return False


@lru_cache(maxsize=8)
def _endings(phrases: frozenset[str]) -> frozenset[str]:
    """Every ending of every phrase: the text of the last word of a phrase ``title_before``
    finds is one of them."""
    return frozenset(p[k:] for p in phrases for k in range(len(p)))


def title_before(doc: Doc, start: int, phrases: frozenset[str]) -> tuple[int, str] | None:
    """The longest title phrase ending right before token ``start``: (first token, phrase)."""
    lower = columns(doc).lower  # (a Token per word read would cost more than the whole test)
    if start < 1 or start <= len(lower) and lower[start - 1] not in _endings(phrases):
        # the phrases are the words before ``start`` joined, so each ends with the word right
        # before it (most capitalised words have no title before them: one set lookup)
        return None
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


def title_of_place_before(doc: Doc, end: int, phrases: frozenset[str], comma: bool = True,
                          portfolios: frozenset[str] = frozenset(),
                          title_words: frozenset[str] = frozenset()) -> tuple[int, str] | None:
    """ "the President of Ostria, Amara Dule,", "the Interim President of the Federal Republic of Ostria,
    Amara Dule,": the title (first token, phrase) before "of" and a place of capitalised words
    (with "of", "the" and a possessive inside) ending at the comma ``end`` before a name. With
    ``comma=False`` the place ends right before token ``end``, where the name starts ("the Minister
    of Foreign Affairs and Trade of Ostria Amara Dule": a portfolio may stand for the title,
    then the phrase is the portfolio's)."""
    cols = columns(doc)
    text = cols.text
    last = end - 1
    if last < 1 or comma and text[end] != "," or not comma and not text[last][:1].isupper():
        return None  # (without a comma, the place's last word is a capitalised word of its own)
    for k in range(last, max(0, last - 9), -1):
        word = text[k]
        if word in _PLACE_JOINERS:
            if word == "of" and k < last:
                if (found := title_before(doc, k, phrases)) is not None:
                    return found
                if portfolios and _portfolio_before(cols.lower, k, portfolios, title_words):
                    return k, "portfolio"
            continue
        if not (word[:1].isupper() and word.isalpha()):
            return None
    return None


_PLACE_JOINERS = frozenset({"of", "the", "'s", "’s"})


def role_phrase(doc: Doc, title_start: int, name_start: int) -> str:
    """The role as written before a name: the title plus the capitalised words that qualify
    it ("Armed Forces Minister", "Economy Minister", a list of portfolios joined by "and":
    "Foreign Affairs and Trade Minister"), without nationality words."""
    def qualifier(k: int) -> bool:
        prev = doc[k]
        return prev.is_alpha and prev.text[:1].isupper() and prev.ent_type_ in ("", "ORG") \
            and not (prev.is_sent_start and prev.text in ("The", "A"))

    start = title_start
    while start > 0 and title_start - start < 3 and qualifier(start - 1):
        start -= 1
    if start >= 2 and doc[start - 1].lower_ in ("and", "&"):
        # (a portfolio before it: no title's head, name or body of its own, "the President and
        # Trade Minister X", "Parliament and Justice Minister X", and opening its phrase, not
        # after "the", "between" or a verb)
        w = _words(load_lexicon("titles"))
        j = start - 1
        while j > 0 and start - 1 - j < 3 and qualifier(j - 1) and doc[j - 1].ent_type_ == "" \
                and doc[j - 1].lower_ not in w.title_heads:
            j -= 1
        if j < start - 1 and (j == 0 or doc[j].is_sent_start or not doc[j - 1].is_alpha
                              or doc[j - 1].ent_type_ in ("GPE", "NORP")):
            start = j
    return doc[start:name_start].text


def _headline(sent) -> bool:
    # a short sentence of names ("President Ama Dule phoned King Emil Sorn.") is title case
    # too; a headline also has no full stop
    return title_case([t.text for t in sent]) and not sent.text.rstrip().rstrip("\"'”’)").endswith(".")


class _Headlines:
    """``_headline(doc[i].sent)`` from the token columns, for the tokens of one Doc: the
    sentence around token ``i`` found as ``Span.sent`` walks the Doc's sentence starts (read
    once per Doc, when first needed), and the test read from the token texts, not from a
    ``Token`` per word (``Token.is_alpha`` is ``str.isalpha`` of its text). A Doc with hooks
    for sentences, or without sentence starts, takes spaCy's own way."""

    def __init__(self, doc: Doc, cols: Columns) -> None:
        self.doc, self.cols = doc, cols
        self.own = not (doc.user_hooks or doc.user_span_hooks or doc.user_token_hooks) and doc.has_annotation("SENT_START")
        self.starts: list[int] | None = None

    def at(self, i: int) -> bool:
        if not self.own:
            return _headline(self.doc[i].sent)
        starts = self.starts
        if starts is None:
            self.starts = starts = self.doc.to_array("SENT_START").view("int64").tolist()
        start = i
        while starts[start] != 1 and start > 0:
            start -= 1
        end = i + 1
        while end < len(starts) and starts[end] != 1:
            end += 1
        return title_case(self.cols.text[start:end]) and not self.cols.span_text(start, end).rstrip().rstrip("\"'”’)").endswith(".")


def _appositive_role(cols: Columns, end: int, roles: frozenset[str]) -> bool:
    text = cols.text
    if end >= len(text) or text[end] != ",":
        return False
    for k in range(end + 1, min(len(text), end + 8)):
        if text[k] in {",", ".", ";", ":", "(", ")"} or text[k].isspace():
            return False
        if cols.lower[k] in roles:
            return True
    return False


def _appositive_who(cols: Columns, end: int) -> bool:
    """A description in apposition that goes on with "who" ("X Y, the Social Democrat who has
    led the state since 2011, said"): the words before the comma name a person."""
    text, lower = cols.text, cols.lower
    if end + 2 >= len(text) or text[end] != "," or lower[end + 1] not in ("the", "a", "an"):
        return False
    for k in range(end + 2, min(len(text), end + 9)):
        if lower[k] == "who":
            return k > end + 2
        if text[k] in {",", ".", ";", ":", "(", ")", "\n"} or text[k].isspace():
            return False
    return False


_INITIAL = re.compile(r"^[A-Z]\.$")
_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")  # "G.L.", written as one token
# (single quotes too: "Amar 'Pik' Dule", the tokenizer's quote tokens, no apostrophe inside a word)
_OPEN_QUOTES = frozenset({'"', "“", "'", "‘"})
_CLOSE_QUOTES = frozenset({'"', "”", "'", "’"})


def _nickname_end(text: list[str], j: int, taken: set[int], not_names: frozenset[str]) -> int | None:
    """After a quoted nickname of one or two words that a name goes on after, the token
    where the name goes on; else None."""
    for k in (j + 2, j + 3):
        if k + 1 >= len(text) or any(m in taken for m in range(j, k + 2)):
            return None
        if text[k] in _CLOSE_QUOTES and all(_is_name(t, not_names) for t in text[j + 1:k]) \
                and _is_name(text[k + 1], not_names):
            return k + 1
    return None


def _portfolio_before(lower: list[str], start: int, portfolios: frozenset[str], title_words: frozenset[str]) -> bool:
    """ "Minister of Foreign Affairs Tala Voss": a title, "of" or "for", and a portfolio right
    before; or a list of them ("Minister of Economy, Trade and Industry Tala Voss")."""
    end = start
    for _item in range(5):
        for n in range(1, 6):
            k = end - n
            if k < 2:
                return False
            if " ".join(lower[k:end]) not in portfolios:
                continue
            if end == start and start < len(lower) and " ".join(lower[k:start + 1]) in portfolios:
                return False  # "Minister of Investment Promotion": the word at ``start`` ends the portfolio
            if lower[k - 1] in {"of", "for"} and lower[k - 2] in title_words:
                return True
            if lower[k - 1] in {",", "and", "&"}:
                end = k - 1 - (lower[k - 2] == "," and lower[k - 1] == "and")  # ("Economy, Trade, and Industry")
                break
        else:
            return False
    return False


def _counterparts_before(cols: Columns, i: int, found: list[tuple[int, int]]) -> bool:
    """ "his Kyrgyz and Tajik counterparts, Tala Voss and Ilse Varga": names in apposition to
    "counterpart(s)", the second one after "and" too; "his counterpart Tala Voss"."""
    if i >= 2 and cols.text[i - 1] == "," and cols.lower[i - 2] in {"counterpart", "counterparts"}:
        return True
    if i >= 1 and cols.lower[i - 1] == "counterpart":
        return True  # "his Albanian counterpart Tala Voss": no comma before the name
    if found and i >= 1 and cols.lower[i - 1] == "and" and found[-1][1] == i - 1:
        start = found[-1][0]
        return _counterparts_before(cols, start, found[:-1])
    return False


class _Words(NamedTuple):
    not_names: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]
    title_phrases: frozenset[str]
    roles: frozenset[str]
    title_words: frozenset[str]
    honorific_words: frozenset[str]
    portfolios: frozenset[str]
    honorific_phrases: tuple[tuple[str, ...], ...]  # "tan sri": honorifics whose words alone are names
    given_name_titles: frozenset[str]  # "prince": a given name alone after it is the name
    title_heads: frozenset[str]  # "president", "minister", "general": words that end a title
    capital_honorifics: frozenset[str]  # "HE": an honorific only written so (as its token's text)
    byline_desk_words: frozenset[str]  # "desk", "staff": a byline of no person ("By Web Desk")
    one_word_honorifics: frozenset[str]  # "shri", "dasho": an honorific of one word opens a name
    institution_heads: frozenset[str]  # "street", "foundation": a place or body named after someone
    occasion_heads: frozenset[str]  # "day": "Unity Day", an occasion, named by no title


_WORDS: dict[int, tuple[dict, _Words]] = {}  # id(titles) -> (titles, its words): the lexicon is loaded once


@lru_cache(maxsize=1)
def _phone_verbs() -> frozenset[str]:
    """Every form of the call verbs of ``data/lexicon/calls.json`` that carry a medium ("phoned",
    "rang", "video-called"; not "called", which also names): a run of capitalised words with a
    name particle inside, right after one, is the person called ("tried to telephone Amar
    al-Tamimi"; not "phoned Buckingham Palace")."""
    return frozenset(f for e in lexicon_entries(load_lexicon("calls"), "call_verbs") if e.get("medium")
                     for f in e["forms"])


# (a personal pronoun before "called" makes it the call, not the naming: "I called Amar
# al-Tamimi", not "a group called Ahrar al-Vell", nor "what he called Ahrar al-Vell"; an
# auxiliary or "also" may stand between: "I had called", "she also called")
_CALLING_PRONOUNS = frozenset(("i", "he", "she", "we", "they"))
_CALLING_GAP = frozenset(("had", "'d", "also", "then", "first", "just", "later"))
_NAMING_BEFORE = frozenset(("what", "which", "whom", "who"))


def _called_by_pronoun(lower: list[str], i: int) -> bool:
    """ "I called", "she had called" right before token ``i`` (not after "what")."""
    if i < 2 or lower[i - 1] != "called":
        return False
    k = i - 2
    if lower[k] in _CALLING_GAP and k >= 1:
        k -= 1
    return lower[k] in _CALLING_PRONOUNS and (k == 0 or lower[k - 1] not in _NAMING_BEFORE)


@lru_cache(maxsize=1)
def _byline_pattern() -> re.Pattern:
    """The whole of a byline's line (titles.json ``byline_labels``, ``byline_desk_words``): maybe a
    programme's name and a slash, bar or semicolon first ("Evening Brief / By A"), the label (a
    colon after it allowed), then names joined by commas, "and" or "&", each of capitalised words
    (short lower-case particles between: "da", "van"), a desk's word closing one ("Vell Radio
    staff"); nothing else on the line."""
    titles = load_lexicon("titles")
    labels = "|".join(re.escape(p) for p in sorted(lexicon_phrases(titles, "byline_labels"), key=len, reverse=True))
    desks = "|".join(re.escape(p) for p in sorted(lexicon_phrases(titles, "byline_desk_words"), key=len, reverse=True))
    word = r"[A-Z][\w'’.\-]*"
    # (a writer's place may follow the name: "A in Vell", "B in the north")
    name = rf"{word}(?:[ \t]+(?:[a-z]{{1,3}}[ \t]+)?{word}){{0,4}}(?:[ \t]+in[ \t]+the[ \t]+[a-z]+)?(?:[ \t]+(?:{desks}))?"
    return re.compile(rf"[ \t]*(?:[^\n/|;]{{0,60}}[/|;][ \t]*)?(?i:{labels})\b[ \t]*:?[ \t]*"
                      rf"{name}(?:[ \t]*(?:,|\band\b|&)[ \t]*{name})*[ \t]*")


def byline_line(line: str) -> bool:
    """The line (no line break in it) is a byline or a credit line of the story's writers, and
    nothing else: "By A and B", "Reporter: A", "Evening Brief / By A", "With files from A" (not
    "By Monday, A had spoken ...", "By contrast, A said ..."); or its first sentence is, a note
    to readers after it ("Reporting by A in Vell and B in the north. Times are local.")."""
    pattern = _byline_pattern()
    if pattern.fullmatch(line) is not None:
        return True
    # (a credit line of a label of its own, not a bare "By": "By Monday. A had spoken" is prose;
    # and a note after it names no one: each of its sentences capitalises its first word only, not
    # "Reporter A in Vell. B arrived on Sunday.")
    first, stop, rest = line.partition(". ")
    note = bool(stop) and rest[:1].isupper() and all(
        not any(w[:1].isupper() for w in s.split()[1:]) for s in re.split(r"[.!?]\s+", rest))
    return (note or line.endswith(".") and not rest) \
        and not first.lower().startswith("by ") and pattern.fullmatch(first.rstrip(".")) is not None


def _line_of(text: Sequence[str], ws: Sequence[bool], i: int, limit: int = 30) -> str | None:
    """The line of tokens holding token ``i``, rebuilt from the tokens and their spaces; None for
    a line of more than ``limit`` tokens (prose, never a byline)."""
    start = i
    while start > 0 and "\n" not in text[start - 1]:
        start -= 1
        if i - start > limit:
            return None
    end = i
    while end < len(text) and "\n" not in text[end]:
        end += 1
        if end - start > limit:
            return None
    return "".join(text[k] + (" " if ws[k] else "") for k in range(start, end)).strip()


def _byline_name(text: Sequence[str], lower: Sequence[str], ws: Sequence[bool], i: int, j: int,
                 given_names: frozenset[str]) -> bool:
    """The run of tokens ``i`` to ``j`` is a name on a byline's line (``byline_line``) that looks
    like one: its first word a known given name, or none of its words a word the lexicons use
    ("By Air Force One", "By Invitation Only", "Written by Chat GPT": no one)."""
    line = _line_of(text, ws, i)
    if line is None or not byline_line(line):
        return False
    return text[i] in given_names or not any(lower[k] in _byline_common(given_names) for k in range(i, j))


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    """Every lower-case word of the lexicons' phrases (the rules' vocabulary: "force", "only",
    "emergency"): a capitalised one in a byline is a headline's word, not a name's."""
    found: set[str] = set()
    for name in ("calls", "status", "titles", "reports", "discourse", "dates"):
        for section in load_lexicon(name).values():
            if isinstance(section, dict):
                for entry in section.get("entries", ()):
                    for phrase in ([entry] if isinstance(entry, str) else
                                   [entry.get("phrase", "")] + list(entry.get("forms", ()))):
                        found.update(re.findall(r"[a-z]+", phrase.lower()))
    return frozenset(found)


@lru_cache(maxsize=4)
def _byline_common(given_names: frozenset[str]) -> frozenset[str]:
    """The lexicons' words that are no given name ("force", not "grace")."""
    return _lexicon_words() - frozenset(n.lower() for n in given_names)


def _before_brackets(text: Sequence[str], k: int) -> int:
    """Where a bracketed aside of up to three words ending right before token ``k`` opens ("the
    Minister of Trade of the Republic of Ostria (Vell), X": the title ends before it), else ``k``."""
    if k < 3 or text[k - 1] != ")":
        return k
    opening = next((m for m in range(k - 2, max(0, k - 6), -1) if text[m] == "("), None)
    return opening if opening is not None else k


def _words(titles: dict) -> _Words:
    entry = _WORDS.get(id(titles))
    if entry is not None and entry[0] is titles:
        return entry[1]
    title_phrases = frozenset(lexicon_phrases(titles, "leader")) | frozenset(lexicon_phrases(titles, "official"))
    words = _Words(
        frozenset(lexicon_phrases(titles, "not_names")), frozenset(lexicon_phrases(titles, "particles")),
        frozenset(lexicon_phrases(titles, "name_suffixes")), title_phrases,
        frozenset(lexicon_phrases(titles, "appositive_roles")), frozenset(w for t in title_phrases for w in t.split()),
        frozenset(w for t in lexicon_phrases(titles, "honorifics") for w in t.split()),
        frozenset(lexicon_phrases(titles, "portfolios")),
        tuple(tuple(p.split()) for p in lexicon_phrases(titles, "honorific_phrases")),
        frozenset(lexicon_phrases(titles, "given_name_titles")),
        frozenset(re.split(r"[ -]", t)[-1] for t in title_phrases),
        frozenset(lexicon_phrases(titles, "capital_honorifics")),
        frozenset(lexicon_phrases(titles, "byline_desk_words")),
        frozenset(p for p in lexicon_phrases(titles, "honorifics") if " " not in p),
        frozenset(lexicon_phrases(titles, "institution_heads")),
        frozenset(lexicon_phrases(titles, "occasion_heads")))
    _WORDS.clear()
    _WORDS[id(titles)] = (titles, words)
    return words


class _Capitalised(dict):
    """word -> whether it starts with a capital (``word[:1].isupper()``), worked out once per
    distinct word; bounded, cleared when it grows past ``_CAPITALISED_SIZE``."""

    def __missing__(self, word: str) -> bool:
        flag = self[word] = word[:1].isupper()
        return flag


_CAPITALISED = _Capitalised()
_CAPITALISED_SIZE = 1 << 20


def _given_name_of_a_place(doc: Doc, i: int, text, lower, taken: set[int], given_names: frozenset[str],
                           not_names, title_words) -> bool:
    """Token ``i`` is a capital's one-word name opening a person's name after a title ("Foreign
    Minister Santiago X"), or after a country's possessive when it is a given name too ("Varnia's
    Santiago X"): the person's, not the city's (not "in Santiago on Monday")."""
    if i == 0 or i + 1 >= len(text) or i + 1 in taken or not _is_name(text[i + 1], not_names):
        return False
    # (a title before it; a country's possessive only before a given name: not "Chile's Santiago
    # Metropolitan Region")
    if lower[i - 1] not in title_words and not (lower[i - 1] in ("'s", "’s") and text[i] in given_names):
        return False
    token = doc[i]
    return token.ent_type_ == "CAPITAL" and token.ent_iob_ == "B" and doc[i + 1].ent_iob_ != "I"


def find_people(doc: Doc, titles: dict, given_names: frozenset[str],
                taken: set[int] | None = None) -> list[tuple[int, int]]:
    """``taken``: the tokens of the Doc's entities, when the caller has them (else read here)."""
    w = _words(titles)
    not_names, particles, suffixes, title_words, honorific_words = \
        w.not_names, w.particles, w.suffixes, w.title_words, w.honorific_words
    # the token columns (``Token.text``, ``lower_``, ``whitespace_``; ``is_space`` and
    # ``is_alpha`` are ``str.isspace``/``str.isalpha`` of the text), not a Token per word read
    cols = columns(doc)
    text, lower, ws = cols.text, cols.lower, cols.ws
    n_tokens = len(text)
    if taken is None:
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    found: list[tuple[int, int]] = []
    headline = _Headlines(doc, cols)

    def hyphen_joins(k: int) -> bool:
        """The hyphen at ``k`` joins two parts of a name, no space on either side ("Yu-jung")."""
        return not ws[k - 1] and not ws[k] and k + 1 < n_tokens and text[k + 1].isalpha() and k + 1 not in taken

    # a name starts with a capital: the capitalised words are listed first (each distinct word
    # tested once per process, the positions picked in C by ``compress``), and the loop goes
    # from one to the next (``bisect``), not a Python step for every other word
    if len(_CAPITALISED) > _CAPITALISED_SIZE:
        _CAPITALISED.clear()
    capitals = list(compress(range(n_tokens), map(_CAPITALISED.__getitem__, text)))
    at = 0
    i = 0
    while True:
        at = bisect_left(capitals, i, at)
        if at == len(capitals):
            break
        i = capitals[at]
        # (initials run together open a name right after a title: "Foreign Minister G.L. X")
        initials = _INITIALS.match(text[i]) is not None and i > 0 \
            and (lower[i - 1] in title_words or lower[i - 1] in w.one_word_honorifics) \
            and i + 1 < n_tokens and i + 1 not in taken and _is_name(text[i + 1], not_names)
        if i in taken and not _given_name_of_a_place(doc, i, text, lower, taken, given_names, not_names, title_words) \
                or not (initials or _is_name(text[i], not_names)):
            i += 1
            continue
        if text[i] in w.capital_honorifics and i + 1 < n_tokens and _is_name(text[i + 1], not_names):
            if i + 1 in taken:
                i += 1
                continue  # "HE <known name>": the honorific is no name of its own
            i += 1  # "Minister of State HE Aron Whitby": the name after it
            he_at = i - 1
        else:
            he_at = None
        j = i + 1
        # the run's limit counts its names only, not the titles and honorifics opening it nor the
        # particles and hyphens inside it: "Deputy Amir HH Sheikh Amar bin Saleh bin Nasser
        # Al-Kelas" runs to its last name
        linking = 0
        while i + linking + 1 < n_tokens and i + linking + 1 not in taken and (
                lower[i + linking] in title_words or lower[i + linking] in honorific_words
                or text[i + linking] in w.capital_honorifics):
            linking += 1
        while j < n_tokens and j not in taken and j - i - linking < 6:
            tok = text[j]
            if _is_name(tok, not_names) or tok in suffixes:
                j += 1
                # ("Al-Sabah": a particle written capitalised and joined by a hyphen is no name of its own)
                linking += lower[j - 1] in particles and j < n_tokens and text[j] == "-"
            elif _INITIAL.match(tok) and j + 1 < n_tokens and j + 1 not in taken and _is_name(text[j + 1], not_names):
                j += 1  # a middle initial: "Antony J. Blinken"
            elif len(tok) == 1 and tok.isupper() and tok != "I" and ws[j] and j + 1 < n_tokens and j + 1 not in taken \
                    and _is_name(text[j + 1], not_names) and len(text[j + 1]) > 1 and not headline.at(j):
                j += 1  # a middle initial without its full stop: "Cornelius A Smith"
            elif tok == "-" and hyphen_joins(j):
                j += 2  # "Kang Yu-jung", "Al-Sisi": a hyphen inside a name
                linking += 1
            elif lower[j] in particles and j + 1 < n_tokens and _is_name(text[j + 1], not_names):
                j += 1
                linking += 1
            elif lower[j] in particles and j + 2 < n_tokens and text[j + 1] == "-" and not ws[j] and not ws[j + 1] \
                    and _is_name(text[j + 2], not_names) and j + 2 not in taken:
                j += 3  # "Amar al-Tamimi": a particle joined to the surname by a hyphen
            elif lower[j] in particles and j + 2 < n_tokens and lower[j + 1] in particles \
                    and _is_name(text[j + 2], not_names) and j + 2 not in taken:
                j += 2  # "de la", "van der": two particles before the surname
            elif text[j - 1] in given_names and (j - 1 == i or lower[j - 2] in title_words or lower[j - 2] in honorific_words) \
                    and i - 1 not in taken and tok[:1].isupper() and lower[j] in calendar_names() \
                    and not (j + 1 < n_tokens and (text[j + 1][:1].isdigit() or lower[j + 1] in day_parts())) \
                    and not (j >= 2 and lower[j - 2] in w.given_name_titles
                             or j >= 3 and f"{lower[j - 3]} {lower[j - 2]}" in w.given_name_titles) \
                    and not headline.at(j):
                # "Ilse May", "Lars Friday": a given name's surname that is a month or a weekday
                # (not "Prince William Tuesday", nor a Title Case headline's "Amar May Call X", nor
                # "President Xi Jinping Thursday", whose "Jinping" goes on a known name before it)
                j += 1
            elif tok in _OPEN_QUOTES and _nickname_end(text, j, taken, not_names):
                j = _nickname_end(text, j, taken, not_names)  # 'Tala "Tee" Voss': a nickname inside
            else:
                break
        if j < n_tokens and text[j] == "-" and j not in taken and hyphen_joins(j):
            j += 2  # ("... Hamad Al-Thani" at the run's limit: a name is never cut inside its hyphen)
        while j - 1 > i and lower[j - 1] in particles:
            j -= 1  # ("Prince Amar bin" before a known "Saleh II": a name never ends on its particle)
        if _INITIAL.match(text[j - 1]):
            i = j  # "Antony J." before a known "Blinken": the name goes on in the known person
            continue
        # "Ontario Premier Tala Voss": a place and a title inside the run, the name after them
        # (after an office modifier or title opening the run: "Interim Conservative Leader Tala Voss")
        lead = i
        while lead < j - 1 and (lower[lead] in title_words or lower[lead] in honorific_words):
            lead += 1
        inner = max((k for k in range(lead + 1, j - 1) if lower[k] in title_words), default=None)
        if inner is not None and lead > i and (inner - lead > 2 or text[lead] in given_names
                                                or any(lower[k] in particles or text[k] == "-" for k in range(lead, inner))):
            inner = None  # ("Sultan A ibni Al-Marhum Sultan B": a name, then a father's title and name)
        if inner is not None:
            first = inner + 1
            while first < j and text[first] == "-" and first + 1 < j \
                    and (text[first + 1].islower() or lower[first + 1] in title_words):
                first += 2  # "NZ Governor-General", "Ontario Premier-designate X": the title's suffix, no name
            while first < j - 1 and lower[first] in honorific_words:
                first += 1  # "On Sunday President Sheikh Amar": the honorific is not the name
            # (after a title opening the run, a name of two words at least, no suffix alone:
            # not "Senator Angus King Jr" cut to "Jr", nor "Acting Governor Tala Prince Voss")
            if first < j and j - first <= 4 and (lead == i or j - first >= 2 and text[first] not in suffixes):
                found.append((first, j))
                i = j
                continue
            if lead == i:
                i = j
                continue
        # a capitalised title opening the run is not part of the name ("Spokesperson Ilse Marquardt")
        opening = i
        while i < j - 1 and (lower[i] in title_words or lower[i] in honorific_words
                             or (i > opening and text[i] == "-" and i + 1 < j
                                 and (text[i + 1].islower() or lower[i + 1] in title_words))):
            # ("Premier-designate X", "Governor-General X": the title's suffix or second word too)
            i += 2 if text[i] == "-" else 1
        honoured = i  # where the name's honorific opens, if it has one of several words
        for phrase in w.honorific_phrases:
            if tuple(lower[i:i + len(phrase)]) == phrase and i + len(phrase) <= j:
                i += len(phrase)  # "Prime Minister Tan Sri X": the honorific's words are no name here
                break
        for n in (3, 2, 1):
            if i + n < j and " ".join(lower[i:i + n]) in w.portfolios and _portfolio_before(lower, i + n, w.portfolios, title_words):
                i += n  # "Minister of Economy, Trade and Industry X": the list's last portfolio opens the run
                break
        if all(t in title_words or t in honorific_words for t in lower[i:j]):
            i = j  # "President Sheikh <known name>", "HH Prince": titles and honorifics, no name
            continue
        size = j - i
        # "Karamoko Jean-Marie Traoré" has three words, not five tokens: the longest titled name
        # ("Amar bin Saleh bin Nasser Al-Kelas" four: the particles between names are no names,
        # and a chain of fathers' names may hold one name more than other titled names)
        between = sum(1 for k in range(i + 1, j - 1) if lower[k] in particles and text[k + 1] != "-" and text[k - 1] != "-")
        words = size - 2 * sum(1 for k in range(i + 1, j - 1) if text[k] == "-") - between \
            - sum(1 for k in range(i + 1, j - 1) if text[k] in _OPEN_QUOTES or text[k] in _CLOSE_QUOTES)  # (a nickname's quotes)
        # (any particle, "bin" or the "Al" of "Al-Sabah": a chain of fathers' names)
        fathers = between or any(lower[k] in particles and text[k + 1] == "-" for k in range(i, j - 1))
        # in a Title Case headline every word looks like a name: trust given names only
        titled = (title_before(doc, i, w.title_phrases) is not None or _portfolio_before(lower, i, w.portfolios, title_words)
                  or honoured < i and title_before(doc, honoured, w.title_phrases) is not None
                  # "the President of Ostria HE Aron Whitby": the title before the honorific
                  or he_at is not None and (title_before(doc, he_at, w.title_phrases) is not None or (
                      # (a title and its place: four tokens at least, as below)
                      he_at >= 4 and title_of_place_before(doc, he_at, w.title_phrases, comma=False, portfolios=w.portfolios,
                                                           title_words=title_words) is not None))
                  # (a word that ends a title: "Federal" opens "Federal President" but titles no
                  # "Federal Police")
                  or any(lower[k] in w.title_heads for k in range(opening, i))
                  or _counterparts_before(cols, i, found)
                  # "the President of the Republic of Ostria Amara Dule": the place right before
                  or (words >= 2 and i >= 4 and text[i - 1] != "," and title_of_place_before(
                      doc, i, w.title_phrases, comma=False, portfolios=w.portfolios, title_words=title_words) is not None)
                  # "the Minister of Foreign Affairs, Tala Voss, said": a title, a comma, the name
                  # and a comma or full stop after it
                  or (i >= 2 and text[i - 1] == "," and j < n_tokens and (text[j] in {",", ".", ";", "?"} or (
                      # (the surname may be a gazetteer name of its own: "..., Arzu Rana Deuba,")
                      j in taken and j + 1 < n_tokens and text[j + 1] in {",", ".", ";"}))
                      and (title_before(doc, (kb := _before_brackets(text, i - 1)), w.title_phrases) is not None
                           or _portfolio_before(lower, kb, w.portfolios, title_words)
                           or title_of_place_before(doc, kb, w.title_phrases, comma=kb == i - 1) is not None))) and not headline.at(i)
        # "his counterpart, External Affairs Minister X": a capitalised word of a title
        # ("External", then "Affairs Minister") is not a name
        before_title = j + 1 < n_tokens and text[j] in not_names and text[j][:1].isupper() \
            and text[j + 1][:1].isupper() and lower[j + 1] in title_words \
            or size == 1 and j < n_tokens and text[j][:1].isupper() and lower[j] in title_words  # "Health Minister X"
        accept = not before_title and (
            (titled and words <= (5 if fathers else 4))
            or (size >= 2 and text[i] in given_names)
            or (size >= 2 and honoured < i)  # "Tan Sri Amar Kelas": an honorific of several words names a person
            # "Dasho Karma Kelas": so does one of one word, before a name of two words or more
            or (2 <= words <= 4 and any(lower[k] in w.one_word_honorifics for k in range(min(opening, i - 1), i)))
            or (size >= 2 and _appositive_role(cols, j, w.roles))
            or (2 <= words <= 4 and _appositive_who(cols, j) and not headline.at(i))
            or (2 <= words <= 4 and i > 0 and (lower[i - 1] in _phone_verbs() or _called_by_pronoun(lower, i))
                and not headline.at(i) and any(lower[k] in particles for k in range(i + 1, j - 1)))
            or (2 <= words <= 4 and w.byline_desk_words.isdisjoint(lower[i:j])
                and _byline_name(text, lower, ws, i, j, given_names))
        )
        if accept and size == 1 and not titled:
            accept = False
        if accept and not titled and known_place(" ".join(text[i:j])):
            accept = False  # a place's name with no title before it: "São Paulo", "San José"
        if accept and words >= 2 and lower[j - 1] in w.institution_heads and text[i] not in given_names:
            # "the Canary Islands, says ...", "Alhaji Amar Kelas Street": a place's or a body's name,
            # no person's (one opening with a given name stays a person: "Mayor Andy Street")
            accept = False
        if accept and not titled and honoured >= i and words >= 2 and lower[j - 1] in w.occasion_heads \
                and text[i] not in given_names and not (j + 1 < n_tokens and lower[j + 1] in ("the", "a", "an")
                                                        and _appositive_role(cols, j, w.roles)):
            # "On the morning of Unity Day, President X ...": an occasion, no person (but "Aron
            # Day, the trade minister," is described as one)
            accept = False
        if accept:
            found.append((i, j))
        i = j
    return found
