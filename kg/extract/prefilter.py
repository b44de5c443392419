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
  unless the words around it make the rules refuse both readings whatever the names around:
  the verb by the word before it ("the call", "a conference call": ``verb_not_after`` and the
  medium words, read by ``_call_verb`` first), or by the next word: one after which the verb
  is no call ("called for", "called off") or, for a verb that needs a person, one no person
  starts with ("hundreds of calls from people trapped ..."), when no day starts there
  ("called on Monday") and no name in apposition may follow a description of partners ("called
  on the leaders of A and B, X and Y": a comma in the ten tokens after, after "leaders"); the noun
  by a trap phrase of the lexicon after "call" ("a call for calm", "calls from the public")
  or ending right before it ("wake-up call", "told analysts on a conference call"); a medium
  word a few words before a call noun other than a strong one, read at its own place ("phone
  conversation", "virtual summit"); a medium noun just after a preposition ("by phone"); or
  (B) a verb of talking or contact ("spoke", "reached") *and* two signs of a leader, at two
  places of the text. A call backed by a verb of talking alone is between two leaders
  (``_bare_talk``), two entities of kind leader, and every way the entity rules make one
  leaves a sign at a place of its own (``_leader_signs``): a leader's name as the ruler
  matches it, in any spelling the rules fold to it, or a seat of power that stands for one
  ("the Kremlin", ``_seats``), in the folded text; a description with a country before it or
  "of" after it ("the Russian leader", "Ukraine's president", "the Emir of Qatar":
  ``_descriptions``; without a country it only names a leader already named); a leader's
  title right before a capitalised word, honorifics and particles between allowed ("President
  Amara Dule", "President Sheikh Amar": ``_unknown_people`` makes a leader of a name the
  people rules found only so), or any title right before a gazetteer leader's surname or first
  name ("Foreign Minister Lavrov": ``_titled_surname``), in the raw text ("president" alone,
  "the club's president, Tala Voss" or "the prime minister spoke" make no leader). Each
  leader has a mention of its own, and no two mentions share one place of a kind, so two
  leaders leave two places (the same leader named twice counts twice, which only passes
  more). Not covered: a leader the rules know only through ``NameIndex``, a near spelling of
  a leader's name with no title before it (the scan read that one only by chance before, when
  a leader's title stood anywhere in the text); or (F) a verb of talking and a foreign or
  defence minister's title anywhere ("Foreign Minister X spoke with his counterpart Y": the rules read
  such a talk only in an article that names a foreign or defence minister so, ``_ministers_talk``, with
  the same lexicon phrases, ``minister_talk_titles``); or (M) a meeting adverb
  right after a call noun ("a video call online", not "video shared online"), or after a light
  verb right after one ("the summit, also held online"), or a few words after a meeting verb
  ("met online", "met the king virtually").

The rules also need people: every call they keep has two participants or more, each an
entity of the article's index that is a leader or a person (``_keys`` keeps no other key), and a
call backed by a verb of talking alone needs two leaders (``_bare_talk``) or a foreign or defence minister
(F). So, when the caller passes the article's entities (``cast_of(index)``), an article with
fewer than two people or leaders is not read, and (B) asks for two leaders instead of a sign of
one in the text.

Words are matched whole, on the text as the pipeline sees it (``normalise_for_nlp``), lower
case. A refusal is read only where the tokenizer must see the same tokens in one sentence:
words one space apart, the first after a space, a line break or the start, the last followed
by a space, the end or ``.,;:!?``. With a trained model (its parser may set sentence ends
anywhere) refusals are not used.

Tests (tests/test_prefilter.py) check every lexicon example and every annotated article the
project ships: whenever the full extractor finds a call, the scan passes the article.
"""

from __future__ import annotations

import re
import unicodedata
from collections import OrderedDict
from functools import lru_cache
from typing import NamedTuple

import ahocorasick

from kg.extract.calls.lexicon import Lexicon, lexicon, names_a_talking_minister
from kg.extract.calls.view import NAMED_TIMES
from kg.extract.dates import find_date_expressions
from kg.extract.mentions import PERSON_KINDS, EntityIndex, person_key_form
from kg.extract.nlp import gazetteer_patterns, name_variants, normalise_for_nlp
from kg.model import EntityKind
from kg.resources import Gazetteer, lexicon_phrases, load_lexicon
from kg.spelling import UNDECOMPOSED

__all__ = ["Prefilter", "Cast", "cast_of", "prefilter_for", "could_tell_a_call"]

_WORD = re.compile(r"[0-9a-z]+")
_NAME_WORD = re.compile(r"\S*")  # the text up to a space: a one-word name and what is glued to it
_FOLLOW = frozenset(" \t\n.,;:!?")  # after a refusing word: the tokenizer splits these off
_NAME, _DESCRIPTION = "name", "description"  # kinds of leader signs
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


_POSSESSIVE_S = re.compile(r"[’'`]s\b")
# (the apostrophe first: the regex engine then skips to the next one instead of trying every position)
_INNER_APOSTROPHE = re.compile(r"[’'`](?<=[a-z][’'`])(?=[a-z])")
# the UTF-8 bytes of a character other than [0-9a-z] (any byte of a character beyond ASCII) -> a space
_SPACES = bytes(c if 0x30 <= c <= 0x39 or 0x61 <= c <= 0x7A else 0x20 for c in range(256))


def _fold(text: str) -> str:
    """``person_key_form`` of a whole text, quickly: accents off, case folded, apostrophes
    and possessives as the key forms have them, everything else a single space (a run of
    other characters at either end too), "el" as "al"."""
    folded = unicodedata.normalize("NFKD", text)
    if not folded.isascii():  # (an ASCII text has no accents to take off)
        # the accents NFKD split off, read among the text's distinct characters (a few dozen),
        # not looked up in a table of every mark of Unicode built first
        marks = {ord(c): None for c in set(folded) if unicodedata.combining(c)}
        if marks:
            folded = folded.translate(marks)
        folded = folded.translate(UNDECOMPOSED)  # ("Støre" as "Store", as the key forms have it)
    folded = folded.casefold()
    if "'" in folded or "’" in folded or "`" in folded:
        folded = _INNER_APOSTROPHE.sub("", _POSSESSIVE_S.sub("", folded))
    # runs of other characters as one space, on the bytes (a table, not a regex over the text)
    spaced = folded.encode("utf-8").translate(_SPACES)
    words = spaced.split()
    out = b" ".join(words).decode("ascii")
    if b" el " in b" " + spaced + b" ":
        out = f" {out} "
        while " el " in out:
            out = out.replace(" el ", " al ")  # (twice for "el el": a replacement takes its spaces)
        out = out[1:-1]
    if spaced[:1] == b" ":
        out = " " + out
    if spaced[-1:] == b" " and words:
        out += " "
    return out


_CUE, _TALK, _NOTHING = "cue", "talk", "nothing"  # what ``Prefilter._scan`` finds
_MEMO_SIZE = 256  # texts whose scan is kept: a batch of the build is 64 articles


class Prefilter:
    """The scan for one gazetteer (its leaders' names and its words that can open a name)."""

    def __init__(self, gaz: Gazetteer, patterns: list[dict], refusals: bool = True) -> None:
        lex = lexicon()
        self.refusals = refusals
        self.call_verbs = frozenset(w for w in lex.call_verbs if w.isalpha())
        # a clock's hour, or a named time, in the three words after "at" ("at 9pm", "at about nine",
        # "at noon": cues._clock_at reads them, with more words around; the scan is wider)
        hours = sorted({w for w in lex.clock_hours if w.isalpha()} | set(NAMED_TIMES), key=len, reverse=True)
        self.clock_after_at = re.compile(r"(?:\s+\S+){0,2}?\s+(?:\d|(?:" + "|".join(map(re.escape, hours)) + r")\b)")
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
        # refusals (``_verb_refused``, ``_trapped``): the word before a verb ("the call",
        # "conference call") or after it ("called for"), the words a verb's person cannot start
        # with ("calls from"), trap phrases around the noun ("a call for", "calls from the public",
        # "told analysts on a conference call"; not "on": "a call on Monday")
        self.not_after_verb = frozenset(w for w in lex.called_not_before if " " not in w)
        self.np_words = _np_words(lex)
        self.lex = lex
        self.verb_not_after = frozenset(lex.verb_not_after)
        self.needs_person = frozenset(w for w in self.call_verbs if lex.call_verbs[w][1])
        titles = load_lexicon("titles")
        name_openers = {w.lower() for key in ("particles", "honorifics") for p in lexicon_phrases(titles, key)
                        for w in _chunks(p)}  # "called de Varga"
        self.not_a_person = frozenset(lex.np_words | self.np_words | lex.call_verb_particles | name_openers | {"to"})
        self.clause_adverbs = frozenset(lex.clause_adverbs)
        self.passive = frozenset(lex.passive_auxiliaries)
        self.partner_phrases = tuple(frozenset(w for w in p if w.isalnum())
                                     for ps in lex.group_partners._by_first.values() for p, _ in ps)
        self.longest_trap = {w: max(len(p) for p, _ in ps) for w, ps in lex.traps_before._by_first.items()}
        # a strong noun of one word is read at its own place (``_cue_possible``), traps included:
        # after a medium word only the other nouns need reading ("phone conversation")
        self.own_nouns = frozenset(p[0] for ps in lex.nouns._by_first.values() for p, info in ps
                                   if len(p) == 1 and info.strength == "strong")
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
        self.light_participles = frozenset(p[0] for ps in lex.light_verbs._by_first.values() for p, _ in ps if len(p) == 1)
        self.noun_lasts = frozenset(_last_word(p) for ps in lex.nouns._by_first.values() for p, _ in ps) - {None}
        self.leaders = _leader_automaton(gaz)
        self.country_words = _country_words(gaz)
        self.titles, self.leader_titles, self.title_gap, self.leader_parts = _title_signs(gaz)
        self.automaton = ahocorasick.Automaton()
        for word in self.call_verbs | self.strong_nouns | self.medium | self.adverbial | frozenset(self.talk) | self.meeting_adverbs:
            self.automaton.add_word(word, word)
        self.automaton.make_automaton()
        self._memo: OrderedDict[str, str] = OrderedDict()

    def could_tell_a_call(self, text: str, cast: Cast | None = None) -> bool:
        """``cast``: the article's people and leaders, when its entities are known."""
        if cast is not None and cast.people < 2:
            return False  # no call has fewer than two participants
        found = self._found(text)
        if found is not _TALK:
            return found is _CUE
        if names_a_talking_minister(normalise_for_nlp(text)):
            return True  # a foreign or defence minister's talk (``_ministers_talk``) needs no second leader
        if cast is not None:
            return cast.leaders >= 2
        return self._leader_signs(normalise_for_nlp(text)) >= 2

    def tells_of_talk(self, text: str) -> bool:
        """Whether ``text`` (a sentence) holds a word that may tell a call or a talk."""
        return self._scan(text) is not _NOTHING

    def _found(self, text: str) -> str:
        """What the text holds: a cue that may start a call (``_CUE``), else a verb of talking
        (``_TALK``), else ``_NOTHING``. An article is scanned twice, before spaCy and then
        with its entities, and the answer does not depend on them: the last texts' answers
        are kept."""
        found = self._memo.get(text)
        if found is None:
            found = self._memo[text] = self._scan(text)
            if len(self._memo) > _MEMO_SIZE:
                self._memo.popitem(last=False)
        return found

    def _scan(self, text: str) -> str:
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
                return _CUE
            if w in self.medium and any(x in self.any_noun and x not in self.own_nouns for x, _, _ in after):
                return _CUE
            if w in self.adverbial and any(x in self.preps for x in _words_before(low, start, _PREP_REACH)):
                return _CUE
            if w in self.meeting_adverbs:
                before = _words_before(low, start, 6)
                if before and (before[-1] in self.noun_lasts or any(x in self.meeting_verbs for x in before)
                               or before[-1] in self.light_participles and any(x in self.noun_lasts for x in before[-3:-1])):
                    return _CUE  # (also "the summit, also held online": ``_held_after`` in cues.py)
            if not talk and w in self.talk and any(_follows(w, after, p) for p in self.talk[w]):
                talk = True
        return _TALK if talk else _NOTHING

    def _cue_possible(self, w: str, start: int, after, low: str, text: str, exact: bool) -> bool:
        if w in self.strong_nouns and not any(_follows(w, after, p) for p in self.noun_phrases[w]):
            if w not in self.call_verbs:
                return False  # "video" without "link": not this noun (other roles are read apart)
        if not (self.refusals and exact):
            return True
        end = start + len(w)
        before, after_sure = _sure_before(low, start), _sure_after(low, end, after)
        return not (self._verb_refused(w, start, end, before, after if after_sure else (), low, text)
                    and (w not in self.strong_nouns or self._trapped(w, before, after_sure)))

    def _verb_refused(self, w: str, start: int, end: int, before: list[str], after, low: str, text: str) -> bool:
        """The rules read no verb cue at ``w`` (``_call_verb``): the word before makes it a noun
        ("the call", "a conference call"); or the next word is one after which the verb is no
        call ("called for") or, for a verb that needs a person ("calls"), one no person can
        start with ("calls from"), and neither a day right after it ("called on Monday"), a
        passive ("were called from") nor a name in apposition after a comma closing a
        description of partners (``named_in_apposition``, ten tokens on) lets the verb through.
        ``after``: the words after ``w``, empty unless the next one is surely its next token."""
        if w not in self.call_verbs or self._before_refuses(w, before):
            return True
        if not after:
            return False
        word, nstart, nend = after[0]
        if not text[nstart:nend].islower() or text[nstart:nend] in self.pattern_firsts \
                or text[start:end] in self.pattern_words or word in self.clause_adverbs or word == "to":
            return False  # (a name, a day after an adverb or an infinitive may start there)
        if word in self.not_after_verb:
            if word in self.np_words or w in self.np_words:
                return False
            if word in self.lex.call_verb_particles:
                return False  # "rang up X", "called back X": a particle before the one called (the rules weigh who)
            aux = _WORD_BEFORE.search(low, max(0, start - 16), start) if word == "by" else None
            if aux is not None and aux.group(1) in self.passive:
                return False  # "was phoned by X": the agent of a passive
        elif w not in self.needs_person or word in self.not_a_person:
            return False
        else:
            aux = _WORD_BEFORE.search(low, max(0, start - 16), start)
            if aux is not None and aux.group(1) in self.passive:
                return False  # "were calls", "was called"
        if any(s < nend - nstart for s, _, _ in find_date_expressions(text[nstart:nstart + 200])):
            return False  # "called on Monday": a day right after the verb
        if word == "at" and self.clock_after_at.match(low, nend):
            return False  # "rang at around eight in the morning": a time of day (cues._clock_at reads it)
        for chunk in text[end:].split(None, 10)[:10]:
            if "," in chunk:
                # a name in apposition is read after the first comma, only when a description
                # of partners comes before it ("the leaders of A and B, X and Y")
                words = set(_WORD.findall(low, end, text.index(",", end)))
                return not any(phrase <= words for phrase in self.partner_phrases)
            if _FULL_STOP.fullmatch(chunk):
                break  # "water.": a full stop token ends the search for an apposition
        return True

    def _before_refuses(self, w: str, before: list[str]) -> bool:
        """The word before makes ``w`` no verb: "the call", "by telephone", "a conference call"
        (``_call_verb`` refuses these first, whatever follows)."""
        return bool(before) and (before[-1] in self.verb_not_after or w in _TRAPPED and before[-1] in self.medium)

    def _trapped(self, w: str, before: list[str], after: list[str]) -> bool:
        """A trap phrase of the rules makes the noun ``w`` no call: after "call" ("a call for
        calm", "calls from the public"; not "on", which a day may follow) or ending right
        before it ("wake up call", "analysts on a conference call")."""
        if w in _TRAPPED and after and after[0] != "on" and self.lex.traps_after.match(after, 0):
            return True
        seq = [*before, w, *after]
        for k in range(len(before)):
            longest = self.longest_trap.get(seq[k])
            # (a longer phrase that could run past the words read would be matched instead)
            if longest is None or k + longest > len(seq):
                continue
            n, value = self.lex.traps_before.lookup(seq, k)
            if k + n == len(before):
                if value == "topic":
                    # ("had nothing to talk about", not "owed much to calls between A and B")
                    return bool(after) and after[0] in self.lex.topic_openers
                # (a trap of one word that is also a modifier is the call's before its partner's
                # preposition: "X's last call with Y", read by the rules when a person follows)
                return not (k == len(before) - 1 and before[-1] in self.lex.noun_modifiers
                            and after and after[0] in self.lex.partner_prepositions)
        return False

    def _leader_signs(self, text: str, enough: int = 2) -> int:
        """How many places of ``text`` hold a sign of a leader (counted up to ``enough``): the
        folded text's names and descriptions (``_leader_automaton``), and the raw text's titles
        before a name (``_title_signs``); a place of each kind counts apart."""
        folded = " " + _fold(text) + " "
        ends: set[int] = set()
        for end, (key, kind) in self.leaders.iter(folded):
            start = end + 1 - len(key)  # (the space before the form)
            if kind == _DESCRIPTION and not _described(folded, start, end, self.country_words):
                continue  # "the president said": no country, so only a leader already named
            ends.add(end)
            if len(ends) >= enough:
                return len(ends)
        return len(ends) + self._title_places(text, enough - len(ends))

    def _title_places(self, text: str, enough: int) -> int:
        """Places where a title stands right before a name that can make a leader: a leader's
        title before a capitalised word ("President Amara Dule", "President Sheikh Amar",
        "President de Varga"), or any title before a leader's surname or first name ("Foreign
        Minister Lavrov", read as the gazetteer's leader of that name and office)."""
        if enough <= 0:
            return 0
        low = text.lower()
        if len(low) != len(text):
            return enough  # (offsets not shared with the original case: no reading of capitals)
        places = 0
        for end, word in self.titles.iter(low):
            start = end + 1 - len(word)
            if (start and low[start - 1].isalnum()) or (end + 1 < len(low) and low[end + 1].isalnum()):
                continue  # inside a longer word
            name = self.title_gap.match(low, end + 1).end()
            if name >= len(text) or not text[name].isupper():
                continue
            if not self.leader_titles.search(low, max(0, start - 40), end + 1):
                # the name is one word ("Minister Lavrov"), its tokens joined without a space
                parts = person_key_form(_NAME_WORD.match(text, name).group()).split()
                if not any(" ".join(parts[:n]) in self.leader_parts for n in range(1, len(parts) + 1)):
                    continue
            places += 1
            if places >= enough:
                break
        return places


_TRAPPED = ("call", "calls")  # the trap phrases after a noun are of these words (``_noun_cue``)
_WORD_BEFORE = re.compile(r"([a-z]+)\s+\Z")
_FULL_STOP = re.compile(r"[a-z]{3,}\.")  # the tokenizer splits the stop off (no exception is so spelt)
_TRAP_REACH = 4  # words before a noun a trap may start at (``_trap_before``)


def _sure_before(low: str, start: int) -> list[str]:
    """The words right before ``start`` that are surely the tokens before it, in one sentence:
    each followed by one space, the first after a space or the start of the text."""
    out: list[str] = []
    pos = start
    while len(out) < _TRAP_REACH and pos > 1 and low[pos - 1] == " " and _ALNUM(low[pos - 2]):
        first = pos - 2
        while first > 0 and _ALNUM(low[first - 1]):
            first -= 1
        if first and low[first - 1] not in " \n":
            break  # glued to what precedes it ("u.s.", "re-"), or after a space the tokenizer keeps
        out.insert(0, low[first:pos - 1])
        pos = first
    return out


def _sure_after(low: str, end: int, after) -> list[str]:
    """The words of ``after`` that are surely the tokens after ``end``: each after one space,
    the last followed by a space, the end or ``.,;:!?``."""
    out: list[str] = []
    pos = end
    for word, s, e in after:
        if s != pos + 1 or low[pos] != " " or (e < len(low) and low[e] not in _FOLLOW):
            break
        if e < len(low) and low[e] == "." and len(word) < 3:
            break  # "a.", "co.": the tokenizer keeps an initial's stop (``_FULL_STOP``)
        out.append(word)
        pos = e
    return out


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
    """Folded forms that may name a leader, each between spaces, as ``(form, kind)``: every
    spelling of a leader the ruler matches, of a seat of power that stands for one ("the
    Kremlin": ``_seats``), and descriptions ("the Russian leader", read with ``_described``)."""
    forms: dict[str, str] = {}
    for entry in gaz.entries.values():
        if entry.kind is EntityKind.LEADER or entry.seat_of is not None:
            for form in (entry.name, *entry.aliases, *entry.short_aliases, *entry.context_aliases):
                forms.update(dict.fromkeys(name_variants(form), _NAME))
    for role, entry in load_lexicon("discourse")["descriptions"].items():
        if not role.startswith("_"):
            for phrase in entry["phrases"]:
                forms.setdefault(phrase, _DESCRIPTION)
    automaton = ahocorasick.Automaton()
    for form, kind in forms.items():
        key = person_key_form(form)
        if key:
            automaton.add_word(f" {key} ", (f" {key} ", kind))
    automaton.make_automaton()
    return automaton


def _described(folded: str, start: int, end: int, country_words: tuple[frozenset[str], frozenset[str]]) -> bool:
    """The description ``folded[start:end]`` (between spaces) can name a leader the article has
    not named: a country's adjective or name right before it ("the Russian leader", "Ukraine's
    president") or "of" and a country's name right after it ("the Emir of Qatar"). Without a
    country ``_descriptions`` only names a leader of the article already named (``_leader_by_role``)."""
    before = folded.rfind(" ", 0, start)
    if folded[before + 1:start] in country_words[0]:
        return True
    if not folded.startswith("of ", end + 1):
        return False
    words = folded[end + 4:end + 80].split(" ")
    return any(" ".join(words[:n]) in country_words[1] for n in range(1, len(words)))


def _country_words(gaz: Gazetteer) -> tuple[frozenset[str], frozenset[str]]:
    """The words ``_descriptions`` takes a country from, folded: the last word of every adjective
    of the gazetteer and of every name, alias and capital of its countries (right before a
    description: "the Russian leader", "Ukraine's president"), and those names whole (a
    country's mention right after "of": "the Emir of Qatar")."""
    lasts, names_whole = set(), set()
    for entry in gaz.entries.values():
        names = [entry.name, *entry.aliases, *entry.short_aliases, *entry.context_aliases, *entry.capitals] \
            if entry.kind is EntityKind.COUNTRY else []
        for form in (*entry.adjectives, *names):
            for variant in name_variants(form):
                key = person_key_form(variant).split()
                if key:
                    lasts.add(key[-1])
                    if form in names:
                        names_whole.add(" ".join(key))
    return frozenset(lasts), frozenset(names_whole)


def _title_signs(gaz: Gazetteer) -> tuple[ahocorasick.Automaton, re.Pattern, re.Pattern, frozenset[str]]:
    """What ``_title_places`` reads, from titles.json and the gazetteer: the last word of every
    title (leader and official; ``title_before``), the leader titles, what may stand
    between a title and the name (the title's own punctuation, a space, honorifics and particles:
    "President Sheikh Amar", "President de Varga"), and the folded surnames and first names of the
    gazetteer's leaders (``_titled_surname``)."""
    titles = load_lexicon("titles")
    leader = lexicon_phrases(titles, "leader")
    official = lexicon_phrases(titles, "official")
    lasts = {_chunks(p)[-1] for p in (*leader, *official) if _chunks(p)}
    # a leader's title as the tokens before the name spell it (``title_before`` joins them with
    # one space, " - " read as "-"), ending where the title found ends
    spelt = sorted((re.escape(p).replace(r"\-", " ?- ?").replace(r"\ ", " ") for p in leader), key=len, reverse=True)
    leader_titles = re.compile(f"(?<![^\\W_])(?:{'|'.join(spelt)})\\Z")
    skip = sorted({w for key in ("honorifics", "particles") for p in lexicon_phrases(titles, key) for w in _chunks(p)},
                  key=len, reverse=True)
    gaps = "".join(sorted({c for p in (*leader, *official, *lexicon_phrases(titles, "honorifics"))
                           for c in p if not c.isalnum()} | {" "}))
    gap = re.compile(f"[{re.escape(gaps)}]*(?:(?:{'|'.join(map(re.escape, skip))})(?![^\\W_])[{re.escape(gaps)}]*)*")
    automaton = ahocorasick.Automaton()
    for word in lasts:
        automaton.add_word(word, word)
    automaton.make_automaton()
    parts = set()
    for entry in gaz.entries.values():
        if entry.kind is EntityKind.LEADER and len(entry.name.split()) > 1:
            parts.update(person_key_form(w) for w in (entry.name.split()[0], entry.name.split()[-1]))
    return automaton, leader_titles, gap, frozenset(parts - {""})


def _chunks(phrase: str) -> list[str]:
    return re.findall(r"[^\W_]+", phrase.lower())


@lru_cache(maxsize=4)
def prefilter_for(gaz: Gazetteer, refusals: bool = True) -> Prefilter:
    return Prefilter(gaz, gazetteer_patterns(gaz), refusals)


def could_tell_a_call(text: str, gaz: Gazetteer, parsed: bool = False, cast: Cast | None = None) -> bool:
    """The scan with ``gaz``'s prefilter; ``parsed``: sentence ends came from a parser;
    ``cast``: the article's people and leaders (``cast_of``), when its entities are known."""
    return prefilter_for(gaz, not parsed).could_tell_a_call(text, cast)
