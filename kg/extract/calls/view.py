"""An immutable reading of an article for the call rules: sentences as token tuples with their
noun phrases for people, dates, quotations and other entities.

``doc_view(doc, meta, index, lex, text)`` is built once per article. The call rules are pure
functions over it: they never touch spaCy objects, so they can be tested on views made from
hand-built Docs, and nothing they do changes what another rule sees. A sentence's person
phrases, dates, quoted tokens and headline test are computed the first time a rule asks for them
(``SentView``): most sentences carry no cue and no call being told, and are never asked.

A ``PersonNP`` is a stretch of a sentence that stands for a person: a name with the titles and
appositions around it ("Russian President Vladimir Putin", "James Marape, prime minister of
PNG,"), a pronoun ("he", "his"), a group ("the two leaders") or a bare title ("the
President"). Its ``governor`` is the word right before it, which tells a subject from the
object of a preposition.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping, Sequence

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc

from kg.extract.dates import find_date_expressions, resolve_date
from kg.extract.datelines import after_prose
from kg.extract.mentions import EntityIndex, Mention, former_role
from kg.extract.people import byline_line
from kg.extract.tokens import columns, title_case
from kg.extract.calls.lexicon import Lexicon
from kg.model import ArticleMeta, EntityKind, OutletKind
from kg.resources import incoming_on

__all__ = ["ENTRY_STAMP", "QUESTION_PARAGRAPH", "NAMED_TIMES", "PersonNP", "DateMention", "SentView", "DocView", "EntityInfo", "doc_view", "object_pronoun", "outlet_label", "TITLE_LINKS",
           "NAME", "PRONOUN", "GROUP", "ROLE"]

NAME, PRONOUN, GROUP, ROLE = "name", "pronoun", "group", "role"
_PEOPLE = (EntityKind.LEADER, EntityKind.PERSON)
_NOT_DATES = (*_PEOPLE, EntityKind.OUTLET)  # the mentions whose words are never a date
# the words of a place no gazetteer knows before a title ("New Norland Wales Premier X")
_PLACE_WORDS = 3
QUOTES_OPEN = frozenset({"“", "«", "„"})
QUOTES_CLOSE = frozenset({"”", "»"})
# any quotation mark, found by one search (not one ``in`` test per mark for every sentence)
QUOTE_MARKS = QUOTES_OPEN | QUOTES_CLOSE | {'"'}
QUOTE_OPENERS = QUOTES_OPEN | {'"'}  # a mark that may open a quotation (the straight one closes too)
QUOTE_CLOSERS = QUOTES_CLOSE | {'"'}  # a mark that may close one
_QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(QUOTE_MARKS))) + "]")


@dataclass(frozen=True, slots=True)
class PersonNP:
    """A noun phrase standing for a person (see the module docstring)."""

    kind: str  # NAME, PRONOUN, GROUP or ROLE
    start: int  # token span of the whole phrase, titles and apposition included
    end: int
    head_start: int  # the name, pronoun or group words themselves
    head_end: int
    key: str | None = None  # entity key for NAME
    word: str = ""  # lower-cased pronoun, group phrase or role title
    possessive: bool = False  # "Biden's", "his", "their"
    governor: str = ""  # lower-cased token right before the phrase ("" at sentence start)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # tokens
    end: int
    char_start: int  # characters in the article
    char_end: int
    expression: str
    filed: bool = False  # the day of a dateline ("July 20, 2024 (PORT SUDAN) –"): when the story was filed


@dataclass(frozen=True, slots=True)
class EntityInfo:
    key: str
    name: str
    kind: EntityKind
    country: str | None
    role: str | None
    generic: bool = False  # an outlet that names no outlet: "Russian state media", "US media"
    incoming: bool = False  # takes up an office within months of the article: "the president-elect"
    gender: str | None = None  # "female" or "male" when known: which of "she" and "he" can stand for them

    @property
    def former(self) -> bool:
        """The role is one held before ("former Prime Minister", "ex-president")."""
        return former_role(self.role)


def outlet_label(view: "DocView", s: "SentView") -> str | None:
    """The outlet whose name and a colon open sentence ``s`` ("Vell Radio: Has the President
    spoken with X?", a transcript's question labelled with who asks it), by its mention there or
    by the words of the name of an outlet the article names elsewhere (a label the entity rules
    did not read as a name); else None."""
    colon = next((k for k in range(s.start, min(s.end, s.start + _LABEL_WORDS + 1)) if s.low(k) in (":", "):")), None)
    if colon is None or colon == s.start:
        return None
    m = s.others.get(s.start)
    if m is not None and m.kind is EntityKind.OUTLET and m.end == colon:
        return m.key
    names = view.memo.get("outlet_names")
    if names is None:
        names = view.memo["outlet_names"] = {tuple(info.name.casefold().split()): key for key, info in view.entities.items()
                                             if info.kind is EntityKind.OUTLET}
    return names.get(tuple(" ".join(s.words(s.start, colon)).split()))


# the words an outlet's label may have before its colon ("Vell Radio International:")
_LABEL_WORDS = 5


def _generic(b, lex: Lexicon) -> bool:
    """An outlet that names no outlet: "Russian state media", "Danish media", "Iranian TV" (a
    country's word and a generic head), not "Skai TV" (a name and the same head), nor "Ostria's
    Public Television" (a country's broadcaster, named)."""
    if b.outlet_kind is OutletKind.STATE_MEDIA:
        return True
    words = b.name.split()
    return b.key.startswith("outlet:") and words[-1].lower() in lex.generic_media_words and (
        len(words) == 1 or b.country is not None and len(words) == 2)


class _Article:
    """What the lazily computed parts of an article's sentences are read from (one per article,
    shared by its ``SentView``s)."""

    __slots__ = ("doc", "lex", "mention_at", "adjectives", "datelines", "people_at", "people_keys")

    def __init__(self, doc: Doc, lex: Lexicon, mention_at: dict[int, Mention], adjectives: Mapping[int, str],
                 datelines: tuple) -> None:
        self.doc, self.lex, self.mention_at, self.adjectives, self.datelines = doc, lex, mention_at, adjectives, datelines
        # the tokens of people's mentions, in order, and the key of each: a sentence's
        # ``people`` are the keys of those within its span (two bisections, not a step per token)
        people = sorted((i, m.key) for i, m in mention_at.items() if m.kind in _PEOPLE)
        self.people_at = [i for i, _ in people]
        self.people_keys = [key for _, key in people]


_NO_ENTRIES: Mapping = MappingProxyType({})


class _Lazy:
    """A part of a sentence worked out on first read: ``fill`` writes it (and whatever it is
    worked out with) into the instance's ``__dict__``, where every later read finds it before
    this descriptor (a non-data descriptor: a dictionary read, no call)."""

    __slots__ = ("fill", "name")

    def __init__(self, fill, name: str) -> None:
        self.fill, self.name = fill, name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        self.fill(obj)
        return obj.__dict__[self.name]


class SentView:
    """One sentence of the view: token span, character span, token texts and the entities of
    its tokens; its person phrases (``nps``, ``np_at``), ``dates``, ``quoted`` tokens,
    ``headline`` test and the ``people`` it mentions are computed on first use and kept.

    Read-only by convention (only ``doc_view`` builds one, and nothing assigns to it after). It
    is a plain slotted class rather than a frozen dataclass, because most sentences of an article
    carry no cue and no call being told, so their phrases and dates are never asked for, and a
    frozen dataclass would build them all up front, one ``object.__setattr__`` per field. The
    lazy parts are ``_Lazy`` descriptors that keep what they work out in the instance's
    ``__dict__``, so every later read is a dictionary read (the rules read ``quoted`` and
    ``dates`` inside loops over tokens). Not a ``__getattr__`` that fills empty slots: a class
    with ``__getattr__`` has every attribute read and method call on it go through that hook,
    unspecialised by the interpreter (``v.start``, ``v.low(k)``: three times slower, and these
    are read hundreds of thousands of times an article set)."""

    __slots__ = ("index", "start", "end", "char_start", "char_end", "lower", "text", "space", "others",
                 "adjectives", "_article", "_sent_text",
                 "__dict__")  # (the lazy parts, once worked out)

    index: int
    start: int
    end: int
    char_start: int
    char_end: int
    lower: tuple[str, ...]
    text: tuple[str, ...]
    space: tuple[bool, ...]
    others: Mapping[int, Mention]  # tokens of countries, organisations and outlets
    adjectives: Mapping[int, str]  # token of a nationality word -> its country

    def __init__(self, index: int, start: int, end: int, char_start: int, char_end: int,
                 lower: tuple[str, ...], text: tuple[str, ...], space: tuple[bool, ...],
                 others: Mapping[int, Mention], adjectives: Mapping[int, str],
                 article: _Article, sent_text: str) -> None:
        self.index, self.start, self.end, self.char_start, self.char_end = index, start, end, char_start, char_end
        self.lower, self.text, self.space, self.others, self.adjectives = lower, text, space, others, adjectives
        self._article, self._sent_text = article, sent_text

    def __repr__(self) -> str:
        return f"SentView(index={self.index}, start={self.start}, end={self.end}, text={self._sent_text!r})"

    def _fill_phrases(self) -> None:
        a = self._article
        nps = _NPBuilder(a.lex, self.lower, self.text, self.start, self.end, a.mention_at, a.adjectives).build()
        np_at = {i: np for np in nps for i in range(np.start, np.end)}
        self.__dict__.update(nps=nps, _np_at=np_at, np_at=MappingProxyType(np_at))

    def _fill_dates(self) -> None:
        self.__dict__["dates"] = self._dates()

    def _fill_quoted(self) -> None:
        self.__dict__["quoted"] = _quoted(self.lower, self.start, self._sent_text)

    def _fill_headline(self) -> None:
        self.__dict__["headline"] = _headline(self.text, self._sent_text)

    def _fill_opening(self) -> None:
        # the first token after a dateline the sentence opens with ("BALI (Reuters) - On the eve ...")
        a, at = self._article, self.start
        for line in a.datelines:
            if self.char_start <= line.start < self.char_end:
                while at < self.end and a.doc[at].idx < line.end:
                    at += 1
        self.__dict__["opening"] = at

    def _fill_people(self) -> None:
        # (the article's people's tokens within the sentence: no person phrases built)
        a = self._article
        lo = bisect_left(a.people_at, self.start)
        self.__dict__["people"] = frozenset(a.people_keys[lo:bisect_left(a.people_at, self.end, lo)])

    nps: tuple[PersonNP, ...] = _Lazy(_fill_phrases, "nps")  # the person phrases, left to right
    np_at: Mapping[int, PersonNP] = _Lazy(_fill_phrases, "np_at")  # every token of a phrase -> the phrase
    _np_at: dict[int, PersonNP] = _Lazy(_fill_phrases, "_np_at")
    dates: tuple[DateMention, ...] = _Lazy(_fill_dates, "dates")  # the date expressions, left to right
    quoted: frozenset[int] = _Lazy(_fill_quoted, "quoted")  # the tokens inside quotation marks
    headline: bool = _Lazy(_fill_headline, "headline")  # a title-case line without a full stop
    opening: int = _Lazy(_fill_opening, "opening")  # the first token after the sentence's dateline, if any
    people: frozenset[str] = _Lazy(_fill_people, "people")  # the keys of the people mentioned: every key a NAME phrase can have

    def _dates(self) -> tuple[DateMention, ...]:
        a, char_start = self._article, self.char_start
        found = []
        for s, e, expr in find_date_expressions(self._sent_text):
            span = a.doc.char_span(char_start + s, char_start + e, alignment_mode="expand")
            if span is not None and not any(
                    (m := a.mention_at.get(k)) is not None and m.kind in _NOT_DATES for k in range(span.start, span.end)):
                # ("Friday said", "Theresa May": a person named by a weekday or a month is no date;
                # nor is an outlet's name, "The Sunday Herald", "Vella Today")
                filed = any(line.start <= char_start + s < line.end for line in a.datelines)
                found.append(DateMention(span.start, span.end, char_start + s, char_start + e, expr, filed))
        return tuple(found)

    def low(self, i: int) -> str:
        """The lower-cased token ``i`` (a Doc index), or "" outside the sentence."""
        return self.lower[i - self.start] if self.start <= i < self.end else ""

    def tok(self, i: int) -> str:
        return self.text[i - self.start] if self.start <= i < self.end else ""

    def words(self, a: int, b: int) -> tuple[str, ...]:
        a, b = max(a, self.start), min(b, self.end)
        return self.lower[a - self.start : b - self.start] if a < b else ()

    def np(self, i: int) -> PersonNP | None:
        return self._np_at.get(i)

    def after_country(self, j: int) -> PersonNP | None:
        """The named person after a country's possessive at ``j``: "Mexico's leftist
        president-elect X" (a call's object; the adjectives are not titles)."""
        country = self.others.get(j)
        if country is not None and country.kind is EntityKind.COUNTRY:
            end = country.end
        elif country is None and self.np(j) is None and self.tok(j)[:1].isupper() and j > self.start:
            # "Vellmark's state premier X": a place no gazetteer knows, capitalised words (joined
            # by hyphens) no name of a person, outlet or organisation, nor a day ("Monday's")
            end = j
            dated = self.dated()
            while end < min(self.end, j + 4) and end not in dated and self.np(end) is None and self.others.get(end) is None \
                    and (self.tok(end)[:1].isupper() and self.tok(end).isalpha() or self.tok(end) == "-"):
                end += 1
        else:
            return None
        if end == j or self.low(end) not in ("'s", "’s"):
            return None
        k = end + 1
        while k < min(self.end, end + 4) and self.np(k) is None and self.tok(k).isalpha() and self.tok(k).islower():
            k += 1
        if country is None and not all(self.low(m) in self._article.lex.title_words for m in range(end + 1, k)):
            return None  # (of an unknown place, a title's words only: not "Vellmark's ambassador over X")
        np = self.np(k)
        return np if np is not None and np.kind == NAME and not np.possessive else None

    def dated(self) -> frozenset[int]:
        return frozenset(i for d in self.dates for i in range(d.start, d.end))


@dataclass(frozen=True, slots=True)
class DocView:
    meta: ArticleMeta
    text: str  # the article text, which evidence quotes
    sents: tuple[SentView, ...]
    entities: Mapping[str, EntityInfo]
    mentions: tuple[Mention, ...]
    lex: Lexicon
    own_outlet: str | None = None
    anchor: date | None = None  # the day relative expressions count from (dateline or publication)
    home: str | None = None  # the country the article is told from (dateline place, else publisher)
    # whether the gazetteer knows a leader of ``home`` (a small place's own may be unknown to it)
    home_leaders_known: bool = True
    datelines: tuple = ()  # kg.extract.datelines.Dateline: where each is and the day it was filed
    section_days: tuple[tuple[int, date], ...] = ()  # a live blog's day headings: (where, the day)
    # facts derived from the whole article once, when first asked (kg.extract.calls.discourse):
    # ("holders", role word) -> {holder's key: the tokens where their mentions open, in order};
    # "questions" -> how many paragraphs are questions
    memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def anchor_at(self, v: "SentView") -> date | None:
        """The day a sentence's relative expressions count from: the day heading of the live
        blog section it stands in ("Saturday, September 14" on a line of its own), else the
        article's anchor."""
        day = self.anchor
        for at, heading in self.section_days:
            if at > v.char_start:
                break
            day = heading
        return day

    def kind(self, key: str | None) -> EntityKind | None:
        info = self.entities.get(key) if key else None
        return info.kind if info else None

    def is_leader(self, key: str | None) -> bool:
        return self.kind(key) is EntityKind.LEADER


# the small words inside a long title ("Minister of State for Trade at the Office of ..."): closed-class grammar
TITLE_LINKS = frozenset({"of", "the", "at", "for", "and", ","})
# the tokens a chain of titles before a name may reach back ("the Deputy Prime Minister, Minister
# of Economy and Regional Development of the Kingdom of Ostria, Mr. X")
_CHAIN_REACH = 24


def label_before(v: "SentView", colon: int) -> "PersonNP | None":
    """The name that opens the sentence right before the colon at token ``colon``, alone there
    ("Amara Dule: The outgoing president phoned ..."): a list item's label, or a transcript's
    speaker."""
    label = v.np(colon - 1)
    return label if label is not None and label.kind == NAME and label.start == v.start and label.end == colon else None


def object_pronoun(v: "SentView", lex: Lexicon, np: PersonNP) -> bool:
    """ "spoke with her by video", "invited her to the summit", "thanked her.": a "him", or a
    "her" before no noun it could own (punctuation, a preposition, "and", a relative pronoun),
    is the object pronoun, never a possessive."""
    if np.kind != PRONOUN or np.word not in ("him", "her"):
        return False
    if np.word == "him" or np.end >= v.end:
        return True
    word = v.low(np.end)
    return not word[:1].isalpha() or word in lex.governing_prepositions or word == "and" or word in lex.relative_pronouns


def _quoted(lower: list[str], start: int, sent_text: str = "") -> frozenset[int]:
    first = _QUOTE_MARK.search(sent_text) if sent_text else None
    if sent_text and first is None:
        return frozenset()  # no quotation mark, so no token is one
    # a sentence whose first mark closes a quotation ('Ties will grow," he said') goes on with one
    # a sentence before it opened: its words up to the mark are quoted
    inside, out = first is not None and _closes(sent_text, first.start()), set()
    for n, w in enumerate(lower):
        if w in QUOTES_OPEN:
            inside = True
        elif w in QUOTES_CLOSE:
            inside = False
        elif w == '"':
            inside = not inside
        elif inside:
            out.add(start + n)
    return frozenset(out)


def _closes(text: str, i: int) -> bool:
    """The quotation mark at ``i`` closes a quotation: a closing mark, or a straight one right
    after a word or a stop and before a space, a stop or the end ('grow," he said')."""
    if text[i] in QUOTES_CLOSE:
        return True
    return text[i] == '"' and i > 0 and not text[i - 1].isspace() \
        and (i + 1 == len(text) or text[i + 1].isspace() or text[i + 1] in ",.;:!?)")


def _headline(words: list[str], sent_text: str) -> bool:
    return title_case(words) and not sent_text.rstrip().endswith(".")


class _NPBuilder:
    """Finds the person noun phrases of one sentence."""

    def __init__(self, lex: Lexicon, lower: list[str], text: list[str], start: int, end: int,
                 mention_at: dict[int, Mention], adjectives: Mapping[int, str]):
        self.lex, self.lower, self.text, self.start, self.end = lex, lower, text, start, end
        self.mention_at, self.adjectives = mention_at, adjectives

    def low(self, i: int) -> str:
        return self.lower[i - self.start] if self.start <= i < self.end else ""

    def titled(self, i: int) -> bool:
        """Token ``i`` may stand in a title before a name ("Russian", "the", "former", "President")."""
        low = self.low(i)
        m = self.mention_at.get(i)
        if low in ("'", "’"):
            # "the Grenadines' Prime Minister": a plural country's possessive
            before = self.mention_at.get(i - 1)
            return before is not None and before.kind is EntityKind.COUNTRY and before.end == i
        if low == "-":
            # the hyphen of "Vice-President", "Minister-designate", "newly sworn-in President" (a
            # title's word or filler before it), not a dash after a name: "the heads of the bloc - Premier X, ..."
            prev, nxt = self.low(i - 1), self.low(i + 1)
            return (prev in self.lex.title_words or prev in self.lex.title_fillers and prev != "-") \
                and (nxt in self.lex.title_words or nxt in self.lex.title_fillers or nxt.isalpha() and nxt.islower())
        if m is None and (low == "and" and self._portfolio_and(i) or self._portfolio_word_before_title(i)):
            return True  # "Commerce and Industry Minister X": a portfolio's words, its "and" too
        if low == "and" and m is None:
            # "Deputy Prime Minister and Foreign Minister X": two titles of one person (not "the
            # head of state and Mr X": an honorific opens a name of its own)
            # "the head of state and President X": a bare title with its article is a person of its own
            phrases = self.lex.title_phrases
            return i + 1 < self.end and self.text[i + 1 - self.start][:1].isupper() \
                and self.low(i + 1) not in self.lex.honorifics \
                and any(" ".join(self.low(k) for k in range(i - n, i)) in phrases and self.low(i - n - 1) != "the"
                        for n in (1, 2, 3)) \
                and any(" ".join(self.low(k) for k in range(i + 1, i + 1 + n)) in phrases
                        # "... and Home Minister X": capitalised words of a portfolio before the title
                        or n > 1 and i + n < self.end and self.low(i + n) in phrases
                        and all(self._portfolio_word(k) for k in range(i + 1, i + n))
                        for n in (1, 2, 3))
        return bool(low) and (
            low in self.lex.title_words or low in self.lex.title_fillers or i in self.adjectives or self._counterpart(i)
            or (m is not None and m.kind in (EntityKind.COUNTRY, EntityKind.ORGANIZATION))
        )

    def _counterpart(self, k: int) -> bool:
        """A noun of someone's opposite number at ``k`` ("counterpart"; "peer" only after a
        possessive within three words: "his Ostrian peer", not "Labour peer")."""
        low = self.low(k)
        return low in self.lex.counterpart_nouns and (
            low not in self.lex.possessed_counterparts
            or any(self.low(t) in self.lex.possessive_pronouns for t in range(max(self.start, k - 3), k)))

    def _portfolio_word(self, k: int) -> bool:
        """A capitalised word of a portfolio at ``k``, inside the sentence ("Commerce", "Affairs")."""
        return self.start <= k < self.end and self.text[k - self.start][:1].isupper() \
            and self.low(k) in self.lex.portfolio_words

    def _title_word(self, k: int) -> bool:
        """A capitalised title word at ``k``, inside the sentence ("Minister")."""
        return self.start <= k < self.end and self.low(k) in self.lex.title_words and self.text[k - self.start][:1].isupper()

    def _portfolio_word_before_title(self, i: int) -> bool:
        """A capitalised word of a portfolio at ``i`` in a run of such words (with "and" between)
        that a title word closes ("Commerce" of "Commerce and Industry Minister")."""
        k = i
        while k - i <= 4 and self._portfolio_word(k):
            k += 1
            if self.low(k) == "and" and self._portfolio_and(k):
                k += 1
        return k > i and self._title_word(k)

    def _portfolio_and(self, i: int) -> bool:
        """The "and" at ``i`` joins capitalised words of a portfolio before a title word ("Commerce
        and Industry Minister", "Foreign Affairs and Trade Minister")."""
        if not (self._portfolio_word(i - 1) and self._portfolio_word(i + 1)):
            return False
        k = i + 1
        while self._portfolio_word(k) and k - i <= 3:
            k += 1
        return self._title_word(k)

    def _apposed_name(self, comma: int) -> bool:
        """ "the President of the Council, His Excellency X, ...": a person named between commas right
        after a bare title is the one it stands for, no second person."""
        if self.low(comma) != ",":
            return False
        for k in range(comma + 1, min(self.end, comma + 5)):
            m = self.mention_at.get(k)
            if m is not None:
                return m.kind in (EntityKind.LEADER, EntityKind.PERSON)
            if not self.text[k - self.start][:1].isupper():
                return False
        return False

    def _chained_title(self, k: int) -> bool:
        """The comma or "and" at ``k`` joins two capitalised words of titles or portfolios
        ("Vice-President, Minister of", "Trade and Industry")."""
        def capital(t: int) -> bool:
            return self.start <= t < self.end and self.text[t - self.start][:1].isupper() \
                and (self.low(t) in self.lex.title_words or self.low(t) in self.lex.portfolio_words)
        # (one side may be a capitalised word no list holds: "Economy and Regional Development")
        return capital(k - 1) and (capital(k + 1) or self._capitalised_word(k + 1)) \
            or self._capitalised_word(k - 1) and capital(k + 1)

    def _capitalised_word(self, t: int) -> bool:
        """A capitalised word at ``t`` of no entity and no date ("Regional"; an abbreviation with
        full stops, "P.N.G.", too)."""
        word = self.text[t - self.start] if self.start <= t < self.end else ""
        return word[:1].isupper() and (word.isalpha() or word.replace(".", "").isalpha() and word.endswith(".")) \
            and t not in self.mention_at and not find_date_expressions(word)

    def _title_of_before(self, t: int) -> bool:
        """The capitalised words up to ``t`` follow "of" (and "the", or a country's possessive)
        right after a capitalised title word: the body the title is of ("Chairman of the
        Transitional Council", "Head of Ostria's Presidential Council")."""
        k = t
        while k > self.start and self._capitalised_word(k):
            k -= 1
        m = self.mention_at.get(k - 1) if self.low(k) in ("'s", "’s") else None
        if m is not None and m.kind is EntityKind.COUNTRY and m.end == k:
            k = m.start - 1
        elif self.low(k) == "the":
            k -= 1
        return self.low(k) == "of" and self._title_word(k - 1)

    def _plain_capital(self, t: int) -> bool:
        """A capitalised word at ``t``, inside the sentence past its first word, that no entity,
        date, list of the frame's words (verbs of calling and saying, prepositions, clause
        openers and adverbs) nor nationality holds: a name's word no gazetteer knows ("Wester"
        of "Wester Norland Premier X", "Tito" of "Tito Asfura")."""
        if not (self.start < t < self.end) or t in self.mention_at or t in self.adjectives:
            return False
        word, low, lex = self.text[t - self.start], self.low(t), self.lex
        return word[:1].isupper() and word[1:].islower() and word.isalpha() and low not in lex.title_fillers \
            and low not in lex.call_verbs and low not in lex.speech_verbs and low not in lex.governing_prepositions \
            and low not in lex.clause_openers and low not in lex.clause_adverbs and not find_date_expressions(word)

    def extend_left(self, i: int) -> int:
        """First token of the titles before a name starting at ``i``."""
        j = i
        while j - 1 >= self.start and self.titled(j - 1):
            j -= 1
        # "Ontario Premier X", "B.C. Premier X": a place no gazetteer knows, qualifying the title
        # (or a counterpart: "her Odisha counterpart X", a state's chief minister's)
        if j < i and (self.low(j) in self.lex.title_words or self._counterpart(j)) \
                and j - 1 >= self.start and j - 1 not in self.mention_at:
            before = self.text[j - 1 - self.start]
            if before[:1].isupper() and before.replace(".", "").isalpha() and self.low(j - 1) not in self.lex.title_fillers \
                    and not find_date_expressions(before) \
                    and not ((j - 1 == self.start or self.low(j - 2) in QUOTE_OPENERS) and before.endswith(("ing", "ed"))):
                # (not "On Sunday President X"; nor a participle or a past verb opening the sentence
                # or a quotation: "Thanking President X for ...", '"Congratulated Chancellor X ..."')
                j -= 1
                # (a place of two or three words no gazetteer knows: "Wester Norland Chief Minister X")
                place = j
                while place - j < _PLACE_WORDS - 1 and self._plain_capital(j - 1):
                    j -= 1
                while j - 1 >= self.start and self.low(j - 1) in self.lex.portfolio_words and j - 1 not in self.mention_at \
                        and self.text[j - 1 - self.start][:1].isupper():
                    j -= 1  # "External Affairs Minister X": a portfolio of two words
                while j - 1 >= self.start and self.titled(j - 1):
                    j -= 1  # "U.S. Commerce Secretary X": the country before the portfolio's word too
        # "calling Tito Asfura": a capitalised word no entity holds before a one-word name is
        # a given name or nickname the gazetteer does not list (never the sentence's first word,
        # "Like Macron, ...", nor a word of two letters, which is more often an initial or "Mr")
        m = self.mention_at.get(i)
        if j == i and m is not None and m.end == i + 1:
            # (not in a run of capitalised words, as a Title Case headline's "Premier Phones Rama")
            if self._plain_capital(i - 1) and len(self.text[i - 1 - self.start]) > 2 \
                    and not self.text[i - 2 - self.start][:1].isupper():
                return i - 1
        # "the King of Norland, Emil Sorn": a title phrase, then a comma, then the name (an
        # honorific may open it: "Norland's Acting Premier, Hon. Emil Sorn")
        # (or a title of its own after a counterpart: "his Ostrian counterparts, Prince Emil Sorn
        # and Ilse Varga")
        if self.low(j - 1) == "," and all(self.low(t) in self.lex.honorifics or self._counterpart(j - 2)
                                          and self.low(t) in self.lex.title_words for t in range(j, i)):
            k = j - 2
            reach = 9
            while k >= self.start:
                chained = self.low(k) in (",", "and") and self._chained_title(k)
                if i - k > reach and not (chained and i - k <= _CHAIN_REACH):
                    break
                m = self.mention_at.get(k - 1) if self.low(k) == ")" else None
                if m is not None and m.kind is EntityKind.COUNTRY and m.end == k and self.low(m.start - 1) == "(":
                    # "the Minister of Trade of the Republic of Ostria (Vell), X"
                    reach += k - m.start + 2
                    k = m.start - 2
                    continue
                if chained:
                    # "the Vice-President, Minister of Trade and Industry of
                    # Ostria, Mr. X": titles and portfolios of one person, chained
                    reach = max(reach, _CHAIN_REACH)
                    k -= 1
                    continue
                if not (self.titled(k) or self.low(k) in self.lex.portfolio_words
                        # (in a chain of titles, any capitalised word: "of Economy and Regional Development")
                        or self._capitalised_word(k) and self.low(k - 1) in (",", "and") and self._chained_title(k - 1)
                        # ("her Odisha counterpart, X": a place no gazetteer knows before it)
                        or self._capitalised_word(k) and self._counterpart(k + 1)
                        # ("Minister for Trade": the preposition of a portfolio after its title)
                        or self.low(k) == "for" and self._title_word(k - 1) and self.text[k + 1 - self.start][:1].isupper()
                        # ("the Chairman of Ostria's Transitional Council, X": the body a title is of, in
                        # capitalised words no list holds)
                        or self._capitalised_word(k) and self._title_of_before(k)):
                    break
                k -= 1  # ("the Minister of Foreign Affairs, X": the portfolio's words too)
            span = range(k + 1, j - 1)
            words = self.lower[k + 1 - self.start:j - 1 - self.start]
            # (a title's complement ends one only capitalised or as the whole title's last word:
            # "the Minister of the Council of Ministers, X", not "the head of Ostria's interim government, X")
            closed = not words or words[-1] not in self.lex.title_complements or self.text[j - 2 - self.start][:1].isupper() \
                or any(" ".join(words[n:]) in self.lex.title_phrases for n in range(len(words)))
            if span and closed and any(self.low(t) in self.lex.title_words or self._counterpart(t)
                                       for t in span):
                j = k + 1  # also "his Libyan counterpart, Ana Lind"
        if j < i and j - 1 > self.start and (self.low(j - 1) in TITLE_LINKS or self.low(j) in TITLE_LINKS) \
                and self.low(self.start) in self.lex.title_words and self.low(self.start) not in self.lex.determiners \
                and all((self.text[k - self.start][:1].isupper() or self.low(k) in TITLE_LINKS) and k not in self.mention_at
                        for k in range(self.start, j)):
            # "Minister of State for Trade at the Office of the Premier Dr. X rang ...": a title
            # opening the sentence, its words all capitalised but the links, is the name's
            j = self.start
        if j < i and self.low(j - 1) == "between" and "and" in self.lower[j - self.start : i - self.start]:
            # "between Prime Minister and President X": two parties, the first told by its title alone
            j += self.lower[j - self.start : i - self.start].index("and") + 1
        # a phrase never starts on a linking word: "of" and "'s" belong to what is before (the
        # linking words here and in extend_right, and the possessive clitics, are closed-class
        # grammar the tokenizer produces, not vocabulary of a lexicon)
        while j < i and self.low(j) in {"of", "'s", "’s", ",", "and"}:
            j += 1
        return j

    def extend_right(self, end: int) -> int:
        """End of an apposition after a name: ", prime minister of PNG," or ", 72,"; or of a short
        form in brackets: "Mohammed bin Salman (MBS)"."""
        if self.low(end) == "(" and self.low(end + 2) == ")" and self.text[end + 1 - self.start].isupper() \
                and len(self.text[end + 1 - self.start]) <= 6:
            return end + 3
        if self.low(end) == "of" and (self.mention_at.get(end + 1) is not None
                                      and self.mention_at[end + 1].kind is EntityKind.COUNTRY):
            # "President Ana Lind of Norland": the country is part of the phrase
            return self.mention_at[end + 1].end
        if self.low(end) != "," or self.low(end + 1) in ("and", "or"):
            return end  # (", and the President of X, ...": the list's next item, no apposition)
        k = end + 1
        has_title = False
        while k < self.end and k - end <= 9:
            low = self.low(k)
            if low in (",", ".", ";", ":", "(", ")", "—", "–") or low in self.lex.clause_openers:
                break
            if self.mention_at.get(k) is not None and self.mention_at[k].kind in _PEOPLE:
                return end
            if low in self.lex.title_words or self._counterpart(k):
                has_title = True
            elif not (self.titled(k) or low in ("of", "the", "'s", "’s", "and") or k in self.adjectives):
                return end
            k += 1
        return k if has_title else end

    def build(self) -> tuple[PersonNP, ...]:
        names = self._names()
        taken = {i for np in names for i in range(np.start, np.end)}
        return tuple(sorted(names + self._others(taken), key=lambda np: np.start))

    def _names(self) -> list[PersonNP]:
        out: list[PersonNP] = []
        i = self.start
        while i < self.end:
            m = self.mention_at.get(i)
            if m is None or m.kind not in _PEOPLE:
                i += 1
                continue
            head_end = m.end
            last = self.text[head_end - 1 - self.start]
            apostrophe = self.low(head_end) in {"'s", "’s", "'", "’"}
            possessive = apostrophe or last.endswith(("'s", "’s"))
            left = self.extend_left(i)
            if not possessive and self.low(head_end) in self.lex.name_modified_nouns \
                    and all(self.low(k) in self.lex.determiners for k in range(left, i)):
                i = head_end  # "the Dule administration": the name qualifies a noun, no person here
                continue
            end = head_end + (1 if apostrophe else 0) if possessive else self.extend_right(head_end)
            if out and out[-1].key == m.key and left <= out[-1].end and out[-1].kind == NAME:
                # one person named twice in a row: "the Emir of Qatar, Sheikh Tamim", "President Xi Jinping"
                prev = out.pop()
                out.append(PersonNP(NAME, prev.start, end, prev.head_start, head_end, key=m.key, possessive=possessive,
                                    governor=prev.governor))
                i = max(head_end, end)
                continue
            start = max(left, out[-1].end if out else self.start)
            while start < i and self.low(start) in {",", "and", "of", ";"}:
                start += 1  # "A of Norland, B of Ostria": the comma joins the list, it is no title
            if start > self.start and self.low(start - 1) in self.lex.paired_determiners:
                start -= 1  # "phoned both A and B": the list's word is the phrase's, the verb governs it
            out.append(PersonNP(NAME, start, end, i, head_end, key=m.key, possessive=possessive,
                                governor=self.low(start - 1)))
            i = max(head_end, end)
        return out

    def _the_before_role(self, i: int) -> int | None:
        """Where "the" stands before a title at ``i``, directly or before a word saying the
        office is held now ("the new prime minister"); None when no "the" is there."""
        if self.low(i - 1) == "the":
            return i - 1
        for words in self.lex.present_role_modifiers:
            k = i - len(words)
            if k - 1 >= self.start and tuple(self.low(t) for t in range(k, i)) == words and self.low(k - 1) == "the":
                return k - 1
        if self.low(i - 1) in self.lex.holder_descriptors and self.low(i - 2) == "the" and i - 2 >= self.start:
            return i - 2  # "the Conservative prime minister": the holder, described
        return None

    def _bare_title(self, i: int) -> bool:
        """A capitalised title with no article, opening the sentence or a "that" clause ("Prime
        Minister spoke to X", "that Prime Minister had called"), as officialese writes its own leader."""
        if not self.text[i - self.start][:1].isupper() or self.text[i - self.start].isupper() and len(self.text[i - self.start]) > 3:
            return False
        prev = self.low(i - 1)
        # (or after the comma closing a phrase that opens the sentence: "On the eve of the
        # summit, Lyonchhen spoke with X")
        return i == self.start or prev in ("that", "between", "\u201c", '"') \
            or prev == "," and self.low(self.start) in self.lex.fronting_prepositions \
            and "," not in self.lower[: i - 1 - self.start]

    def _others(self, taken: set[int]) -> list[PersonNP]:
        out: list[PersonNP] = []
        lex = self.lex
        i = self.start
        lower, start, np_words = self.lower, self.start, lex.np_words
        while i < self.end:
            if i in taken or lower[i - start] not in np_words:
                i += 1  # (no group, pronoun or role phrase starts here: the common case)
                continue
            low = self.low(i)
            n, of_ok = lex.groups.lookup(self.lower, i - self.start) if low in lex.groups.firsts else (0, None)
            if not n and low in lex.bare_groups.firsts:
                n = lex.bare_groups.match(self.lower, i - self.start)
                after = self.low(i + n)
                if n and not (after in lex.subject_verb_gap or after in lex.speech_verbs or lex.talk_verbs.match(self.lower, i + n - self.start)
                              or (after.endswith("ed") and after.isalpha())):
                    n = 0  # "the two countries": no group of people
                elif n and self.low(i + n - 1) == "sides" and self.low(i - 1) in lex.governing_prepositions:
                    n = 0  # "claimed by the sides", "officials on the sides were": no one's subject
            if n and of_ok is False and self.low(i + n) == "of":
                n = 0  # "the presidents of France and Cuba": a description of others, not the two told before
            if n and not taken.intersection(range(i, i + n)):
                out.append(PersonNP(GROUP, i, i + n, i, i + n, word=" ".join(self.lower[i - self.start : i - self.start + n]),
                                    possessive=self.low(i + n) in ("'s", "’s", "'", "’"), governor=self.low(i - 1)))
                i += n
                continue
            n, noun = lex.honorific_refs.lookup(self.lower, i - self.start) if low in lex.honorific_refs.firsts else (0, None)
            if n and n > 1 and self.low(i + n) == "the" and self.mention_at.get(i + n + 1) is None \
                    and (m := lex.role_titles_multi.match(self.lower, i + n + 1 - self.start)) \
                    and not (self.text[i + n + 1 + m - self.start][:1].isupper() if i + n + 1 + m < self.end else False) \
                    and not taken.intersection(range(i, i + n + 1 + m)):
                # "a call to His Highness the Amir": the honorific and the title are one reference
                # to the holder of the office (no name after them)
                head = i + n + 1
                out.append(PersonNP(ROLE, i, head + m, head, head + m, word=" ".join(self.lower[head - self.start : head + m - self.start]),
                                    possessive=self.low(head + m) in ("'s", "’s"), governor=self.low(i - 1)))
                i = head + m
                continue
            if n and (n > 1 or self.text[i - self.start].isupper()) and self.mention_at.get(i + n) is None \
                    and not self.text[i + n - self.start][:1].isupper() and self.low(i + n) != "the" \
                    and not taken.intersection(range(i, i + n)):
                # "HRH also received a call": no name after the honorific, a reference to the one it named
                out.append(PersonNP(ROLE, i, i + n, i, i + n, word=f"honorific {noun}",
                                    possessive=self.low(i + n) in ("'s", "’s"), governor=self.low(i - 1)))
                i += n
                continue
            if low in lex.pronouns and not (self.text[i - self.start].isupper() and len(low) > 1):  # "US" is no "us"
                out.append(PersonNP(PRONOUN, i, i + 1, i, i + 1, word=low, possessive=low in lex.possessive_pronouns,
                                    governor=self.low(i - 1)))
                i += 1
                continue
            the = self._the_before_role(i) if low in lex.role_titles or low in lex.role_openers else None
            if the is None and low in lex.role_titles and self._bare_title(i):
                the = i  # "a report that Prime Minister spoke to X": an office's house style with no article
            elif the is None and low in lex.role_titles and self.lower[-1] not in (".", "!", "?") and i > self.start \
                    and (self.low(i - 1),) in lex.present_role_modifiers and self.text[i - self.start][:1].isupper():
                the = i - 1  # a headline's "... to call new King": the one now in that office
            if the is not None and self.mention_at.get(i) is None and lex.role_titles_multi.match(self.lower, i - self.start):
                # "the President", "the new prime minister" with no name after it: a reference
                # to a leader of the article
                nxt = i + lex.role_titles_multi.match(self.lower, i - self.start)
                nxt += lex.own_country_complements.match(self.lower, nxt - self.start) if self.low(nxt) == "of" else 0
                named = nxt < self.end and (self.text[nxt - self.start][:1].isupper() and self.text[nxt - self.start].isalpha())
                # (nor a title going on with its portfolio: "Minister for Foreign Affairs X", not
                # "phoned the president for an hour")
                portfolio = self.low(nxt) == "for" and nxt + 1 < self.end and self.text[nxt + 1 - self.start][:1].isupper()
                if not named and not portfolio and self.low(nxt) not in ("of", "-") and nxt not in self.mention_at \
                        and not self._apposed_name(nxt):
                    out.append(PersonNP(ROLE, the, nxt, i, nxt, word=" ".join(self.lower[i - self.start : nxt - self.start]),
                                        possessive=self.low(nxt) in ("'s", "’s"), governor=self.low(the - 1)))
                    i = nxt
                    continue
            i += 1
        return out


@lru_cache(maxsize=8)
def _office_starts(gaz) -> dict[str, tuple[date, ...]]:
    """``"gaz:<id>"`` -> the days its offices began, for the entries with such a day; built once
    per gazetteer (each article asked again, and its publication day defeats a cache by day)."""
    return {f"gaz:{entry_id}": starts for entry_id, entry in gaz.entries.items()
            if (starts := tuple(o.start for o in entry.offices if o.start is not None))}


@lru_cache(maxsize=4)
def _led_countries(gaz) -> frozenset[str]:
    """The countries the gazetteer knows a leader of (at any time)."""
    return frozenset(o.country for e in gaz.entries.values() if e.kind is EntityKind.LEADER
                     for o in e.offices if o.country)


def _incoming(key: str, gaz, day: date | None) -> bool:
    if gaz is None or day is None:
        return False
    starts = _office_starts(gaz).get(key)
    if not starts:
        return False
    return any(incoming_on(start, day) for start in starts)


def _genders(index: EntityIndex, lower: Sequence[str], text: Sequence[str], lex: Lexicon, gaz) -> dict[str, str]:
    """The gender of each person whose gender is known: the gazetteer's, else that of a
    gendered title, capitalised, right before a mention or opening it ("Ms Varga", "King Rasmus";
    not the verb in "will miss Varga"); none when the article's titles disagree."""
    found: dict[str, set[str]] = {}
    for m in index.mentions:
        if m.kind in _PEOPLE:
            for k in (m.start - 1, m.start):
                if 0 <= k < len(lower) and text[k][:1].isupper() and (g := lex.gendered_titles.get(lower[k])):
                    found.setdefault(m.key, set()).add(g)
    out = {key: next(iter(gs)) for key, gs in found.items() if len(gs) == 1}
    if gaz is not None:
        for key in index.entities:
            entry = gaz.get(key[4:]) if key.startswith("gaz:") else None
            if entry is not None and entry.gender:
                out[key] = entry.gender
    return out


def _joined_inside_names(bounds: list[tuple[int, int, int, int]], mentions) -> list[tuple[int, int, int, int]]:
    """The sentences, a sentence that opens inside a name joined to the one before it ("Guðni Th.
    Jóhannesson": the splitter's full stop after an abbreviation the tokenizer does not know)."""
    inside = {i for m in mentions if m.end - m.start > 1 for i in range(m.start + 1, m.end)}
    if not inside or not any(b[0] in inside for b in bounds):
        return bounds
    out: list[tuple[int, int, int, int]] = []
    for b in bounds:
        if out and b[0] in inside:
            out[-1] = (out[-1][0], b[1], out[-1][2], b[3])
        else:
            out.append(b)
    return out


def _sentence_bounds(doc: Doc, cols) -> list[tuple[int, int, int, int]]:
    """(start, end, start_char, end_char) of each of ``doc.sents``, from the Doc's sentence
    starts (one column) and the token columns, as ``Doc.sents`` reads them (a sentence opens at
    the first token and at every later token whose ``sent_start`` is 1): ``doc.sents`` makes a
    Span for each sentence and a Token for each of its character offsets."""
    if not len(doc) or "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        return [(sent.start, sent.end, sent.start_char, sent.end_char) for sent in doc.sents]
    starts = numpy.flatnonzero(doc.to_array(SENT_START).view(numpy.int64) == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    ends = starts[1:]
    ends.append(len(doc))
    idx, text = cols.idx, cols.text
    return [(s, e, idx[s], idx[e - 1] + len(text[e - 1])) for s, e in zip(starts, ends)]


# a live blog's entry stamp: a time alone on its line, or before a dash or colon and the entry's
# heading ("18:05 — Premier speaks to king", "12:40 a.m. ET: Premier concedes", "09:15 | Premier
# concedes")
# ("Jun 3, 2023, 07:15 IST", "3 June 2023 07:15": the entry's date before its clock, and a zone's
# letters after it)
_STAMP_DATE = (r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+"
               r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?),?(?:[ \t]+\d{4},?)?[ \t]+")
ENTRY_STAMP = re.compile(r"^[ \t]*(?:" + _STAMP_DATE + r")?\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EST|EDT|ET|local time|(?-i:[A-Z]{2,4}))[^\n]{0,6})?"
                         r"[ \t]*(?:$|[—–:|-][ \t]+\S|(?-i:[ \t]+[\"“‘'A-Z]))", re.MULTILINE | re.IGNORECASE)
# (the last form, a stamp and its entry's headline: "22:03 Polls closed", "09:40 \"We are ready\"")

# a paragraph of one line that asks a question, not inside a quotation: an interview printed as
# questions and answers with no speaker labels has two or more
QUESTION_PARAGRAPH = re.compile(r"(?<=\n\n)(?:[—–-][ \t]*)?[A-Z][^\n\"“”]{0,300}\?[ \t]*(?=\n\n|\n?\Z)")

# times of day named by a word, with their hour and minute (closed-class: the clock's own names)
NAMED_TIMES = {"midnight": (0, 0), "noon": (12, 0), "midday": (12, 0)}


# a line that may hold only a day: short, and no full stop inside (a live blog's day heading)
_HEADING_LINE = re.compile(r"^[ \t]*([^\n.]{3,40}?\.?)[ \t]*$", re.MULTILINE)


_BLOG_DAYS_AFTER = timedelta(days=2)


def _section_days(text: str, published: date | None) -> tuple[tuple[int, date], ...]:
    """The day headings of a live blog ("Sunday, September 15", "14 September 2019" on a line of
    their own), where each stands and the day it names, when there are two or more: below one,
    "this evening" is that day's."""
    if published is None:
        return ()
    found = []
    for m in _HEADING_LINE.finditer(text):
        line = m.group(1)
        if not line[:1].isalnum() or not any(c.isdigit() for c in line):
            continue
        expressions = find_date_expressions(line)
        if len(expressions) != 1:
            continue
        start, end, expression = expressions[0]
        rest = (line[:start] + line[end:]).strip(" ,.")
        day = resolve_date(expression, published) if not rest else None
        # (a live blog runs on into the days after it was first published: "Sunday 2 June" below
        # "Saturday 1 June" in a blog of 1 June)
        if day is not None and day <= published + _BLOG_DAYS_AFTER:
            found.append((m.start(), day))
    # (one heading is enough over stamped entries: "Wednesday 8 May" atop "09:40 | ..." and "11:15 | ...")
    return tuple(found) if len(found) >= 2 or found and len(ENTRY_STAMP.findall(text)) >= 2 else ()


def _dated_headers(text: str, lex: Lexicon, published: date | None, base: date | None) -> tuple[tuple[int, date], ...]:
    """Lines that introduce a reprinted statement with its day and end with a colon ("From the
    palace, dated 3 May 2019:"; dates.json release_anchors, role "dated"; the day last on the
    line, at most two months before publication): the relative days of the quotation below one,
    up to the paragraph that closes it, count from that day; after it, from ``base`` again."""
    words = lex.release_anchor_words["dated"]
    if published is None or not words:
        return ()
    found = []
    for m in _COLON_LINE.finditer(text):
        line = m.group(1)
        if words.isdisjoint(w.casefold() for w in line.split()):
            continue  # (no "dated" on the line: its dates are not read)
        for start, end, expression in find_date_expressions(line):
            before = line[:start].split()
            if not before or before[-1].casefold() not in words or line[end:].strip(" ,.") \
                    or (day := resolve_date(expression, published)) is None or not timedelta(0) <= published - day <= _DATED_BACK:
                continue
            found.append((m.end(), day))
            closed = _QUOTE_CLOSED.search(text, m.end())
            if closed is not None and base is not None:
                found.append((closed.end(), base))
            break
    return tuple(sorted(found))


_DATED_BACK = timedelta(days=61)
# the end of a paragraph that closes a quotation (its last mark a closing quote)
_QUOTE_CLOSED = re.compile(r"[\"”][ \t]*(?:\n|\Z)")
_COLON_LINE = re.compile(r"^[ \t]*([^\n]{8,160}):[ \t]*$", re.MULTILINE)


def _release_days(sents: Sequence["SentView"], lex: Lexicon, published: date | None, text: str = "",
                  anchor: date | None = None) -> tuple[tuple[int, date], ...]:
    """Where the article begins to reprint a statement it says was issued on a day ("The
    following statement was issued on Thursday evening by the palace.", "The palace issued the
    following statement last night."), and that day: the
    relative days after it ("this morning") count from it. One such sentence at most, among the
    article's first ten. A statement reprinted as a quotation ends with the paragraph that closes
    it: the article's own days (``anchor``) hold again after it."""
    words = lex.release_anchor_words
    for v in sents[:10]:
        low = v.lower
        if words["opener"].isdisjoint(low) or words["noun"].isdisjoint(low) or words["verb"].isdisjoint(low):
            continue
        # (passive, "The following statement was issued on Thursday", or active, "The palace issued
        # the following statement last night": the verb right before the opener's phrase)
        if not any(low[k] in ("was", "were") and low[k + 1] in words["verb"] for k in range(len(low) - 1)) \
                and not any(low[k] in words["verb"] and k > 0 and low[k - 1] not in ("will", "to", "would")
                            and not words["opener"].isdisjoint(low[k + 1:k + 3]) for k in range(len(low))):
            continue
        for _start, _end, expression in find_date_expressions(v._sent_text):
            day = resolve_date(expression, published) if published is not None else None
            if day is not None and day <= published:
                end = _quotation_end(text, v.char_end)
                return ((v.char_end, day),) if end is None or anchor is None else ((v.char_end, day), (end, anchor))
    return ()


def _interview_days(sents: Sequence["SentView"], lex: Lexicon, published: date | None,
                    text: str) -> tuple[tuple[int, date], ...]:
    """Where an interview printed as questions and answers begins (its first question), and the
    day it was given, when a sentence of the article's opening tells it with a day, given to an
    outlet or to "us" ("X spoke to Vell Radio on Monday evening", "X sat down with us on
    Monday": reports.json interview_openings), and two paragraphs or more ask: the relative days
    of the questions and answers ("this morning") count from that day, not from the
    publication day."""
    if published is None:
        return ()
    questions = [m.start() for m in QUESTION_PARAGRAPH.finditer(text)]
    if len(questions) < 2:
        return ()
    for v in sents[:8]:
        at = lex.interview_openings.find(v.lower)
        if at is None:
            continue
        phrase = v.lower[at:at + lex.interview_openings.match(v.lower, at)]
        after = v.start + at + len(phrase)
        after += v.low(after) == "the"
        # (not "X spoke to King Y by phone on Monday": a call, the one spoken to no outlet)
        if not (v.low(after) in lex.first_person or "this" in phrase
                or any(o.kind is EntityKind.OUTLET and o.start == after for o in v.others.values())):
            return ()
        # (the first day told after the phrase: "spoke to Vell Radio on Sunday, two days after
        # the vote on May 3", Sunday)
        offset = sum(len(w) + sp for w, sp in zip(v.text[:at], v.space[:at]))
        found = [e for s, _e, e in find_date_expressions(v._sent_text) if s >= offset]
        day = resolve_date(found[0], published) if found else None
        first = next((q for q in questions if q > v.char_end), None)
        return ((first, day),) if day is not None and day < published and first is not None else ()
    return ()


# an entry stamp's clock ("1:12am", "23:52", "11.05 p.m."): the written time's grammar
_STAMP_CLOCK = re.compile(r"(\d{1,2})[:.](\d{2})(?:[ \t]*([ap])\.?m\b\.?)?", re.IGNORECASE)


def _stamp_sections(text: str, published: date | None) -> tuple[tuple[int, date], ...]:
    """A live blog's entries by their stamps' clocks, in the order the blog keeps (newest first
    or oldest first): where the clock runs from the evening on to the morning, midnight was passed
    ("12:58am" after "11:52pm" in a blog of the oldest first, "11:52pm" after "12:58am" in one of
    the newest first). The day each entry opens on, counted from the publication day (the newest entry's);
    () for a blog of one day, or no blog."""
    if published is None:
        return ()
    stamps = []
    for m in ENTRY_STAMP.finditer(text):
        c = _STAMP_CLOCK.search(text, m.start(), m.end())
        if c is None:
            return ()
        hour, minute = int(c.group(1)) % 24, int(c.group(2))
        if c.group(3):
            hour = hour % 12 + (12 if c.group(3).lower() == "p" else 0)
        stamps.append((m.start(), hour * 60 + minute))
    if len(stamps) < 3:
        return ()
    steps = [b[1] - a[1] for a, b in zip(stamps, stamps[1:])]
    newest_first = sum(x < 0 for x in steps) > sum(x > 0 for x in steps)
    offsets, offset = [0], 0
    for n, (a, b) in enumerate(zip(stamps, stamps[1:])):
        # (a step from the small hours back to the evening, newest first, or from the evening on
        # to the morning, oldest first, is a passed midnight; not the first step, a pinned entry,
        # nor a list of key events above the blog that restarts the clock at midday)
        if n and newest_first and a[1] < 6 * 60 and b[1] >= 18 * 60:
            offset -= 1
        elif n and not newest_first and a[1] >= 18 * 60 and b[1] < 8 * 60:
            offset += 1
        offsets.append(offset)
    if not any(offsets):
        return ()
    newest = offsets[0] if newest_first else offsets[-1]
    return tuple((at, published + timedelta(days=o - newest)) for (at, _clock), o in zip(stamps, offsets))


# a line that ends a reprinted press statement ("END", "-ENDS-", "###"): closed-class page furniture
_STATEMENT_END = re.compile(r"^[ \t]*(?:-{0,3}[ \t]*(?i:ends?)[ \t]*-{0,3}|#{3})[ \t]*$", re.MULTILINE)


def _statement_datelines(text: str, datelines: Sequence, published: date | None,
                         anchor: date | None) -> tuple[tuple[int, date], ...]:
    """A statement the story reprints under a dateline of its own after the story's first
    paragraph ("Kigali, 23 May 2021" over it): its relative days count from that day, up to the
    line that ends it ("END"), after which the story's own day holds again."""
    for d in datelines:
        if d.day is None or not after_prose(text, d.start) or published is None \
                or not published - timedelta(days=31) <= d.day <= published:
            continue
        end = _STATEMENT_END.search(text, d.start)
        return ((d.start, d.day),) if end is None or anchor is None else ((d.start, d.day), (end.end(), anchor))
    return ()


#: the marks a quotation may open or close with, straight or curly, set on its own (a reprinted
#: statement, a paragraph of a quotation of several)
OPENING_MARKS = ('"', "“", "«")
CLOSING_MARKS = ('"', "”", "»")


def _quotation_end(text: str, start: int) -> int | None:
    """Where the quotation ends whose line opens right after ``start`` with a quotation mark:
    the end of the first line (of twenty at most) that closes with one; None when the statement
    is not set as a quotation."""
    at = len(text) - len(text[start:].lstrip())
    if not text.startswith(OPENING_MARKS, at):
        return None
    for _ in range(20):
        brk = text.find("\n", at)
        end = len(text) if brk < 0 else brk
        if text[at:end].rstrip().endswith(CLOSING_MARKS):
            return end
        if brk < 0:
            return None
        at = brk + 1
    return None


def _line_at(text: str, at: int) -> str:
    """The line holding character ``at``."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)]


def doc_view(doc: Doc, meta: ArticleMeta, index: EntityIndex, lex: Lexicon, text: str | None = None,
             own_outlet: str | None = None, anchor: date | None = None, gaz=None,
             home: str | None = None, datelines: tuple = ()) -> DocView:
    """The view of an analysed article; ``text`` is the original article text (same length as
    the Doc's text)."""
    text = columns(doc).doc_text if text is None else text
    # (the writers a byline names stand outside the story: no one a call or a pronoun is of)
    mentions = tuple(m for m in index.mentions
                     if not (m.kind is EntityKind.PERSON and byline_line(_line_at(text, m.start_char).strip())))
    mention_at: dict[int, Mention] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            mention_at[i] = m
    # each sentence takes its tokens' entries in the mappings' own order, looked up by token
    # rather than by scanning the mappings: a long article must not cost sentences x mentions
    sents = []
    cols = columns(doc)  # token texts read once, not per sentence and rule
    bounds = _joined_inside_names(_sentence_bounds(doc, cols), mentions)
    # the mentions other than people and the nationality words of each sentence, in the order of
    # ``mention_at`` and ``index.adjectives`` (one pass each, not one per sentence)
    sent_of = [0] * len(doc)
    for n, (start, end, _, _) in enumerate(bounds):
        sent_of[start:end] = [n] * (end - start)
    others_of: dict[int, dict[int, Mention]] = {}
    for i, m in mention_at.items():
        if m.kind not in _PEOPLE and 0 <= i < len(sent_of):
            others_of.setdefault(sent_of[i], {})[i] = m
    adjectives_of: dict[int, dict[int, str]] = {}
    for i, c in index.adjectives.items():
        if 0 <= i < len(sent_of):
            adjectives_of.setdefault(sent_of[i], {})[i] = c
    # a sentence's text is its slice of the Doc's text, joined once per Doc by the columns
    # (``Doc.text`` makes a Token for every token)
    doc_text = cols.doc_text
    article = _Article(doc, lex, mention_at, index.adjectives, datelines)
    lower_col, text_col, ws_col = cols.lower, cols.text, cols.ws
    n = -1
    for number, (start, end, start_char, end_char) in enumerate(bounds):
        sent_text = doc_text[start_char:end_char]
        if sent_text.isspace():
            continue
        n += 1
        others = others_of.get(number)
        adjectives = adjectives_of.get(number)
        sents.append(SentView(
            n, start, end, start_char, end_char, tuple(lower_col[start:end]), tuple(text_col[start:end]),
            tuple(ws_col[start:end]), _NO_ENTRIES if others is None else MappingProxyType(others),
            _NO_ENTRIES if adjectives is None else MappingProxyType(adjectives), article, sent_text))
    genders = _genders(index, lower_col, text_col, lex, gaz)
    entities = {key: EntityInfo(key, b.name, b.kind, b.country, b.role, _generic(b, lex), _incoming(key, gaz, meta.published),
                                genders.get(key)) for key, b in index.entities.items()}
    return DocView(meta=meta, text=text, sents=tuple(sents), entities=MappingProxyType(entities),
                   mentions=mentions, lex=lex, own_outlet=own_outlet,
                   anchor=anchor if anchor is not None else meta.published, home=home,
                   home_leaders_known=home is None or gaz is None or home in _led_countries(gaz), datelines=tuple(datelines),
                   section_days=_section_days(text, meta.published)
                   or _release_days(sents, lex, meta.published, text, anchor if anchor is not None else meta.published)
                   or _interview_days(sents, lex, meta.published, text)
                   or _dated_headers(text, lex, meta.published, anchor if anchor is not None else meta.published)
                   or _stamp_sections(text, meta.published)
                   or _statement_datelines(text, datelines, meta.published, anchor if anchor is not None else meta.published))
