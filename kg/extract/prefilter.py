"""Which articles could tell a call: ``could_tell_a_call(text, gaz)``, a scan of the raw text.

The scan is read twice. On the raw text alone, before spaCy (``kg.extract.article.needs_doc``,
in ``kg.build.work``): by default (``kg build --mentions cued``) an article it refuses skips
spaCy and the entity rules altogether and keeps only its metadata and publisher
(``extract_metadata``): no call can come from it, and ordinary news is mostly such articles.
With ``--mentions all`` every article goes through spaCy, so the graph records who is mentioned
where in every article (``schema:mentions``). Then, with the article's entities (``cast``):
an article the scan passes is read for calls; the others are not (``extract_article`` skips
``extract_calls``, most of the extraction work of ordinary news).

The scan must never drop a call, so it is derived from how the rules find one (the words come
from the lexicon files, through ``kg.extract.calls.lexicon``):

* Every call the rules accept has a *strong* mention (``read_calls`` keeps weak ones only beside
  a strong one), and a mention is strong only through a strong cue in the article (a call verb,
  a strong call noun, a call noun after a medium word, a "by phone" phrase), or through a verb of
  talking or contact whose participants are all leaders (``_bare_talk``).
* So an article is read for calls when it holds (S) a word that can start a strong cue where
  that cue is possible: a call verb or strong noun (``call``, ``phoned``, ``videoconference``)
  unless the next word makes the rules refuse it whatever the names around ("called for",
  "a call for", "called off"); a medium word a few words before a call noun ("phone
  conversation", "virtual summit"); a medium noun just after a preposition ("by phone"); or
  (B) a verb of talking or contact ("spoke", "reached") *and* two signs of a leader, at two
  places of the text: a leader's name as the gazetteer spells it (any spelling the rules fold
  to it), a leader's title or a description of one ("the Russian leader"). A call backed by a
  verb of talking alone is between two leaders (``_bare_talk``), two entities each named by a
  mention of its own, and a leader's mention holds a sign; so two leaders leave two signs in
  two places ("President Amara Dule spoke with President Ilse Varga": "president" twice, and
  the same leader named twice counts twice, which only passes more); or (M) a meeting adverb
  right after a call noun ("a video call online", not "video shared online"), or a few words
  after a meeting verb ("met online", "met the king virtually").

The rules also need people: every call they keep has two participants or more, each an
entity of the article's index that is a leader or a person (``_keys`` keeps no other key), and a
call backed by a verb of talking alone needs two leaders (``_bare_talk``). So, when the caller
passes the article's entities (``cast_of(index)``), an article with fewer than two people or
leaders is not read, and (B) asks for two leaders instead of a sign of one in the text.

Words are matched whole, on the text as the pipeline sees it (``normalise_for_nlp``), lower
case. A refusal is read only where the tokenizer must see the same two tokens: one space
between them and a space, the end or ``.,;:!?`` after. With a trained model (its parser may
set sentence ends anywhere) refusals are not used.

Tests (tests/test_prefilter.py) check every lexicon example and every annotated article the
project ships: whenever the full extractor finds a call, the scan passes the article.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache
from typing import NamedTuple

import ahocorasick

from kg.extract.calls.lexicon import Lexicon, lexicon
from kg.extract.mentions import PERSON_KINDS, EntityIndex, person_key_form
from kg.extract.nlp import gazetteer_patterns, name_variants, normalise_for_nlp
from kg.model import EntityKind
from kg.resources import Gazetteer, lexicon_phrases, load_lexicon

__all__ = ["Prefilter", "Cast", "cast_of", "prefilter_for", "could_tell_a_call"]

_WORD = re.compile(r"[0-9a-z]+")
_FOLLOW = frozenset(" \t\n.,;:!?")  # after a refusing word: the tokenizer splits these off
_MEDIUM_REACH = 7  # words from a medium word to its noun ("phone" ... "conversation"): 6 tokens in the rules
_PREP_REACH = 2  # "by phone", "over the phone"


class Cast(NamedTuple):
    """How many distinct people (leaders included) and leaders an article's entities hold."""

    people: int
    leaders: int


def cast_of(index: EntityIndex) -> Cast:
    """The ``Cast`` of an article: its entities and its mentions of a person or leader kind
    (the call rules read both: ``view.entities`` for ``_keys`` and ``is_leader``, the mentions
    for the names of a sentence and the leaders named before)."""
    people, leaders = set(), set()
    for key, builder in index.entities.items():
        if builder.kind in PERSON_KINDS:
            people.add(key)
            if builder.kind is EntityKind.LEADER:
                leaders.add(key)
    for m in index.mentions:
        if m.kind in PERSON_KINDS:
            people.add(m.key)
            if m.kind is EntityKind.LEADER:
                leaders.add(m.key)
    return Cast(len(people), len(leaders))


@lru_cache(maxsize=1)
def _combining() -> dict[int, None]:
    return {c: None for c in range(sys.maxunicode + 1) if unicodedata.combining(chr(c))}


def _fold(text: str) -> str:
    """``person_key_form`` of a whole text, quickly: accents off, case folded, apostrophes
    and possessives as the key forms have them, everything else a single space."""
    folded = unicodedata.normalize("NFKD", text).translate(_combining()).casefold()
    folded = re.sub(r"[’'`]s\b", "", folded)
    folded = re.sub(r"(?<=[a-z])[’'`](?=[a-z])", "", folded)
    folded = re.sub(r"[^0-9a-z]+", " ", folded)
    return re.sub(r"\b(?:el|al)\b", "al", folded)


class Prefilter:
    """The scan for one gazetteer (its leaders' names and its words that can open a name)."""

    def __init__(self, gaz: Gazetteer, patterns: list[dict], refusals: bool = True) -> None:
        lex = lexicon()
        self.refusals = refusals
        self.call_verbs = frozenset(w for w in lex.call_verbs if w.isalpha())
        self.strong_nouns = _firsts(lex.nouns, lambda info: info.strength == "strong")
        nouns = _firsts(lex.nouns)
        self.noun_phrases = {w: [p for p, _ in lex.nouns._by_first[w]] for w in nouns}
        self.any_noun = frozenset(nouns)
        self.medium = frozenset(lex.medium_words)
        self.adverbial = frozenset(lex.adverbial_nouns._by_first)
        self.preps = frozenset(lex.adverbial_preps)
        self.talk: dict[str, list[tuple[str, ...]]] = {}
        for phrases in (lex.talk_verbs, lex.contact_verbs):
            for w, ps in phrases._by_first.items():
                self.talk.setdefault(w, []).extend(p for p, _ in ps)
        # refusals: "called for" (``_call_verb``), "a call for" (``_noun_cue``, not "on": "a call on Monday")
        self.not_after_verb = frozenset(w for w in lex.called_not_before if " " not in w)
        self.traps_after = frozenset(p[0] for ps in lex.traps_after._by_first.values() for p, _ in ps if len(p) == 1) - {"on"}
        self.np_words = _np_words(lex)
        firsts, words = set(), set()
        for p in patterns:
            chunks = re.findall(r"\w+", p["pattern"])
            if chunks:
                firsts.update((chunks[0], p["pattern"].split()[0]))
                words.update(chunks)
        self.pattern_firsts, self.pattern_words = frozenset(firsts), frozenset(words)
        # "met online", "a summit, meeting online": a meeting adverb after a meeting verb (a name
        # may stand between them: "met the king virtually") or right after a call noun (the
        # rules ask that a noun cue end on the token before the adverb: ``cues.py``)
        self.meeting_adverbs = frozenset(lex.meeting_adverbs)
        self.meeting_verbs = frozenset(lex.meeting_verbs)
        self.noun_lasts = frozenset(_last_word(p) for ps in lex.nouns._by_first.values() for p, _ in ps) - {None}
        self.leaders = _leader_automaton(gaz)
        self.automaton = ahocorasick.Automaton()
        for word in self.call_verbs | self.strong_nouns | self.medium | self.adverbial | frozenset(self.talk) | self.meeting_adverbs:
            self.automaton.add_word(word, word)
        self.automaton.make_automaton()

    def could_tell_a_call(self, text: str, cast: Cast | None = None) -> bool:
        """``cast``: the article's people and leaders, when its entities are known."""
        if cast is not None and cast.people < 2:
            return False  # no call has fewer than two participants
        text = normalise_for_nlp(text)
        low = text.lower()
        exact = len(low) == len(text)  # offsets shared with the original case (else no refusals)
        talk = False
        for end, w in self.automaton.iter(low):
            start = end + 1 - len(w)
            if (start and _ALNUM(low[start - 1])) or (end + 1 < len(low) and _ALNUM(low[end + 1])):
                continue  # inside a longer word
            after = _words_after(low, end + 1, _MEDIUM_REACH)
            if (w in self.call_verbs or w in self.strong_nouns) and self._cue_possible(w, start, after, low, text, exact):
                return True
            if w in self.medium and any(x in self.any_noun for x, _, _ in after):
                return True
            if w in self.adverbial and any(x in self.preps for x in _words_before(low, start, _PREP_REACH)):
                return True
            if w in self.meeting_adverbs:
                before = _words_before(low, start, 6)
                if before and (before[-1] in self.noun_lasts or any(x in self.meeting_verbs for x in before)):
                    return True
            if not talk and w in self.talk and any(_follows(w, after, p) for p in self.talk[w]):
                talk = True
        if cast is not None:
            return talk and cast.leaders >= 2
        return talk and self._leader_signs(text) >= 2

    def _cue_possible(self, w: str, start: int, after, low: str, text: str, exact: bool) -> bool:
        if w in self.strong_nouns and not any(_follows(w, after, p) for p in self.noun_phrases[w]):
            if w not in self.call_verbs:
                return False  # "video" without "link": not this noun (other roles are read apart)
        if not (self.refusals and exact) or not after:
            return True
        end = start + len(w)
        nxt, nstart, nend = after[0]
        if nstart != end + 1 or low[end] != " " or (nend < len(low) and low[nend] not in _FOLLOW):
            return True  # not surely the next token
        verb_refused = w not in self.call_verbs or (
            nxt in self.not_after_verb and nxt not in self.np_words and w not in self.np_words
            and text[nstart:nend].islower()
            and text[nstart:nend] not in self.pattern_firsts and text[start:end] not in self.pattern_words)
        noun_refused = w not in self.strong_nouns or nxt in self.traps_after
        return not (verb_refused and noun_refused)

    def _leader_signs(self, text: str, enough: int = 2) -> int:
        """How many places of ``text`` hold a sign of a leader (counted up to ``enough``)."""
        folded = " " + _fold(text) + " "
        ends: set[int] = set()
        for end, _key in self.leaders.iter(folded):
            ends.add(end)
            if len(ends) >= enough:
                break
        return len(ends)


def _ALNUM(char: str) -> bool:
    return "a" <= char <= "z" or "0" <= char <= "9"


def _words_after(low: str, pos: int, n: int) -> list[tuple[str, int, int]]:
    out = []
    for m in _WORD.finditer(low, pos):
        out.append((m.group(), m.start(), m.end()))
        if len(out) == n:
            break
    return out


def _words_before(low: str, pos: int, n: int) -> list[str]:
    return _WORD.findall(low, max(0, pos - 40), pos)[-n:]  # (a word cut by the window only adds)


def _follows(first: str, after, phrase: tuple[str, ...]) -> bool:
    """``first`` and the words after it read ``phrase`` (hyphens in it are separators here too)."""
    parts = [p for p in phrase if p != "-"]
    return parts[0] == first and all(k - 1 < len(after) and after[k - 1][0] == part for k, part in enumerate(parts) if k)


def _last_word(phrase: tuple[str, ...]) -> str | None:
    """The last word of a lexicon phrase as ``_WORD`` reads it ("video-conference": "conference")."""
    words = _WORD.findall(" ".join(phrase))
    return words[-1] if words else None


def _firsts(phrases, keep=lambda value: True) -> set[str]:
    return {w for w, ps in phrases._by_first.items() if w != "-" and any(keep(v) for _, v in ps)}


def _np_words(lex: Lexicon) -> frozenset[str]:
    """Lower-case words a person phrase can hold besides names: titles, fillers, pronouns,
    groups ("the two leaders"), bare titles ("the President") and descriptions ("the leader")."""
    groups = {w for ps in lex.groups._by_first.values() for p, _ in ps for w in p}
    descriptions = {w for role, entry in load_lexicon("discourse")["descriptions"].items() if not role.startswith("_")
                    for phrase in entry["phrases"] for w in phrase.replace("-", " - ").split()}
    return frozenset(lex.title_words | lex.title_fillers | lex.pronouns | lex.role_titles | groups | descriptions)


def _leader_automaton(gaz: Gazetteer) -> ahocorasick.Automaton:
    """Folded forms that may name a leader: gazetteer spellings of leaders, leader titles and
    descriptions ("the Russian leader"), each between spaces."""
    forms: set[str] = set()
    for entry in gaz.entries.values():
        if entry.kind is EntityKind.LEADER:
            for form in (entry.name, *entry.aliases, *entry.short_aliases, *entry.context_aliases):
                forms.update(name_variants(form))
    forms.update(lexicon_phrases(load_lexicon("titles"), "leader"))
    for role, entry in load_lexicon("discourse")["descriptions"].items():
        if not role.startswith("_"):
            forms.update(entry["phrases"])
    automaton = ahocorasick.Automaton()
    for form in forms:
        key = person_key_form(form)
        if key:
            automaton.add_word(f" {key} ", key)
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=4)
def prefilter_for(gaz: Gazetteer, refusals: bool = True) -> Prefilter:
    return Prefilter(gaz, gazetteer_patterns(gaz), refusals)


def could_tell_a_call(text: str, gaz: Gazetteer, parsed: bool = False, cast: Cast | None = None) -> bool:
    """The scan with ``gaz``'s prefilter; ``parsed``: sentence ends came from a parser;
    ``cast``: the article's people and leaders (``cast_of``), when its entities are known."""
    return prefilter_for(gaz, not parsed).could_tell_a_call(text, cast)
