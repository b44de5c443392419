"""Reading one sentence for calls: the cue words and the token helpers every rule uses.

``Reader`` wraps a Doc and its ``EntityIndex`` with the lexicons of ``data/lexicon`` compiled
into phrase tables (indexed by first word, cached), and finds the cues of a sentence: strong
ones that name a call ("phone call", "video conference", "phoned", "X called Y"), weak ones
(spoke with, talks) and traps that are no call ("called for", "call centre", "if Putin calls").
Participants, days and reporters are read by ``kg.extract.participants`` and
``kg.extract.call_facts``; ``kg.extract.calls`` puts a call together.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.extract.dates import find_date_expressions
from kg.extract.entities import EntityIndex, Mention
from kg.model import ArticleMeta, CallMedium, EntityKind
from kg.resources import Gazetteer, load_lexicon

__all__ = ["Reader", "Cue", "Phrases", "phrases", "PEOPLE", "PREPS", "STOP", "REPORTING", "TITLE_ADJECTIVES",
           "CALL_MODIFIERS", "OTHER_EVENT", "BRIDGE", "DAY_RELATIVE"]

PEOPLE = (EntityKind.LEADER, EntityKind.PERSON)
PREPS = {"like", "unlike", "with", "to", "of", "by", "from", "for", "about", "at", "between", "on", "including", "against", "toward", "towards", "than"}
STOP = {".", ";", "that", "who", "which", "before", "after", "prior", "ahead", "but", "while", "when", "where",
         "whom", "because", "as", "following", "amid", "despite", "since", "until", "to", "in", "during", "over"}
REPORTING = {"said", "says", "wrote", "writes", "posted", "told", "according", "tweeted", "announced", "stated",
              "statement", "briefing", "interview", "reported", "confirmed", "added"}
# words inside a title before a name: "new Japanese Prime Minister", "Portugal's"
TITLE_ADJECTIVES = {"counterpart", "counterparts", "highness", "majesty", "excellency", "sheikh", "sheikha", "the", "'s", "’s", "-", "former", "new", "newly", "outgoing", "incoming", "acting", "interim",
                     "elected", "then", "current", "caretaker", "his", "her", "their"}
# words between a determiner and a call noun: "the 20-minute phone call"
CALL_MODIFIERS = {"-", "minute", "minutes", "hour", "hours", "long", "lengthy", "brief", "short", "first", "second",
                   "latest", "recent", "same", "whole", "entire", "phone", "telephone", "video", "reported", "planned"}
# a day beyond one of these words belongs to another event
OTHER_EVENT = {"after", "before", "since", "until", "following", "ahead", "preceding", "when"}
# words that may stand between a cue and its preposition: "spoke by phone on Tuesday with"
BRIDGE = {"took", "place", "taking", "takes", "was", "were", "been", "has", "have", "by", "phone", "telephone", "on", "the", "over", "briefly", "again", "directly", "also", "separately",
           "first", "late", "earlier", "later", "yesterday", "today", "video", "link", "via", "a", "an", "in", "for",
           "nearly", "about", "around", "minutes", "minute", "hour", "hours", "-", "night", "morning", "evening",
           "afternoon", "last", "this", "week", "their", "his", "her", "held", "had", "was", "conference", "call"}
DAY_RELATIVE = ("today", "yesterday", "tonight", "this morning", "this afternoon", "this evening", "earlier in the day", "earlier today", "the same day", "earlier in the morning")


class Phrases:
    """Token phrases indexed by their first word, longest first, so a lookup at a token only
    tries the phrases that can start there."""

    def __init__(self, words) -> None:
        phrases = sorted({tuple(w.replace("-", " - ").split()) for w in words}, key=len, reverse=True)
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for ph in phrases:
            if ph:
                self.by_first.setdefault(ph[0], []).append(ph)
        self.all = phrases

    def __iter__(self):
        return iter(self.all)


@lru_cache(maxsize=None)
def _title_words(titles: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for t in titles for w in t.split())


@lru_cache(maxsize=None)
def _phrases_cached(words: tuple[str, ...]) -> Phrases:
    return Phrases(words)


def phrases(words) -> Phrases:
    return _phrases_cached(tuple(words))


@dataclass
class Cue:
    start: int
    end: int
    kind: str  # strong | weak | verb
    medium: CallMedium = CallMedium.UNSPECIFIED


class Reader:
    def __init__(self, doc: Doc, meta: ArticleMeta, index: EntityIndex, gaz: Gazetteer, text: str | None = None):
        self.doc, self.meta, self.index, self.gaz = doc, meta, index, gaz
        # the original article text (evidence quotes it); same length as the Doc's text
        self.meta_text = text if text is not None else doc.text
        self._dated: dict[int, set[int]] = {}
        lex = load_lexicon("calls")
        self.lex = lex
        self.strong_nouns = phrases(lex["strong_nouns"])
        self.adverbials = phrases(lex["phone_adverbials"])
        self.weak = phrases(lex["weak_verbs"] + lex["weak_nouns"])
        self.strong_verbs = set(lex["strong_verbs"])
        self.anaphora = phrases(lex["anaphora"])
        # definite references that name a call by themselves ("the call", "this conversation")
        self.anaphora_strong = phrases(tuple(" ".join(p) for p in self.anaphora if any(
            w.startswith(("call", "conversation", "phone", "video", "telephone")) for w in p)))
        self.groups = phrases(lex["group_participants"])
        self.hypo = phrases(lex["hypothetical_before"])
        self.in_person = phrases(lex["in_person"])
        self.initiated = phrases(lex["initiated_by"])
        rep = load_lexicon("reports")
        self.report_cues = phrases(rep["cues"])
        self.report_anaphora = phrases(rep["anaphoric_subjects"])
        st = load_lexicon("status")
        self.status_cues = {k: phrases(st[k]) for k in ("denied", "attempted", "planned", "planned_after")}
        self.clause_breaks = frozenset(st["clause_breaks"])
        self.lower = [t.lower_ for t in doc]
        self.own_outlet = None
        self.mention_at: dict[int, Mention] = {}
        for m in index.mentions:
            for i in range(m.start, m.end):
                self.mention_at[i] = m
        self.sent_subjects: list[tuple[int, str]] = []
        self.person_verbs = set(lex["called_verb"]) | set(lex["reach_verbs"])
        self.weekdays = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
        titles = load_lexicon("titles")
        self.title_words = _title_words(tuple(titles["leader"] + titles["official"]))

    # -- token helpers ---------------------------------------------------------------------
    def date_tokens(self, sent: Span) -> set[int]:
        """Tokens inside the date expressions of a sentence (cached per sentence)."""
        cached = self._dated.get(sent.start)
        if cached is None:
            cached = set()
            for s, e, _ in find_date_expressions(sent.text):
                span = self.doc.char_span(sent.start_char + s, sent.start_char + e, alignment_mode="expand")
                if span is not None:
                    cached.update(range(span.start, span.end))
            self._dated[sent.start] = cached
        return cached

    def match(self, i: int, phrases: Phrases) -> int:
        """Length of the longest phrase starting at token i, or 0."""
        if i >= len(self.lower):
            return 0
        for ph in phrases.by_first.get(self.lower[i], ()):
            if tuple(self.lower[i : i + len(ph)]) == ph:
                return len(ph)
        return 0

    def has(self, lo: int, hi: int, phrases) -> bool:
        return any(self.match(i, phrases) for i in range(max(lo, 0), min(hi, len(self.doc))))

    def person(self, i: int) -> Mention | None:
        m = self.mention_at.get(i)
        return m if m is not None and m.kind in PEOPLE else None

    # -- cues -------------------------------------------------------------------------------
    def cues(self, sent: Span) -> list[Cue]:
        out: list[Cue] = []
        i = sent.start
        while i < sent.end:
            low = self.lower[i]
            n = self.match(i, self.adverbials)
            if n:
                out.append(Cue(i, i + n, "strong", CallMedium.VIDEO if "video" in self.lower[i:i + n] else CallMedium.PHONE))
                i += n
                continue
            n = self.match(i, self.strong_nouns)
            if n and self._real_call_noun(i, i + n):
                medium = CallMedium.VIDEO if any(w.startswith(("video", "zoom", "virtual")) for w in self.lower[i:i + n]) else (
                    CallMedium.PHONE if any(w.startswith(("phone", "telephone")) for w in self.lower[i:i + n]) else CallMedium.UNSPECIFIED)
                kind = "verb" if low in ("call", "calls") and self.person_after(i + n) else "strong"
                out.append(Cue(i, i + n, kind, medium))
                i += n
                continue
            if low in self.strong_verbs or (low in self.person_verbs and self._called_person(i)):
                out.append(Cue(i, i + 1, "verb", CallMedium.PHONE if low in self.strong_verbs else CallMedium.UNSPECIFIED))
                i += 1
                continue
            n = self.match(i, self.weak)
            if n:
                out.append(Cue(i, i + n, "weak"))
                i += n
                continue
            i += 1
        return out

    def _real_call_noun(self, start: int, end: int) -> bool:
        after = self.lower[end] if end < len(self.doc) else ""
        before = self.lower[start - 1] if start > 0 else ""
        if after in self.lex["not_call_after"] or before in self.lex["not_call_before"]:
            return False
        if self.lower[start] in ("call", "calls") and after in ("for", "on", "upon"):
            nxt = end + 1
            dated = nxt < len(self.doc) and (self.lower[nxt] in self.weekdays or nxt in self.date_tokens(self.doc[end].sent))
            if not (after == "on" and dated):
                return False  # "a call for calm", "calls on allies"; but "a call on Monday"
        if before in ("so", "-") and start >= 2 and self.lower[start - 2] == "so":
            return False
        return True

    def _called_person(self, i: int) -> bool:
        """'X called Y' is a call; 'called for', 'called on', 'called Y a liar' are not."""
        j = i + 1
        if j < len(self.doc) and self.lower[j] in self.lex["called_not_followed_by"]:
            return False
        m = self.person_after(j)
        if m is None:
            return False
        after = self.lower[m.end] if m.end < len(self.doc) else ""
        return after not in ("a", "an", "the", "his", "her", "one", "out", "names", "“", '"')



    def definite(self, cue: Cue) -> bool:
        """ "the call", "this 20-minute phone call", "their first call": one already told."""
        j = cue.start - 1
        while j >= 0 and (self.doc[j].like_num or self.lower[j] in CALL_MODIFIERS):
            j -= 1
        return j >= 0 and self.lower[j] in ("the", "this", "that", "their", "its")

    def hypothetical(self, cue: Cue, sent: Span) -> bool:
        """ "saw no point in calling Trump", "if Putin calls": no call is told."""
        return self.has(max(sent.start, cue.start - 4), cue.start, self.hypo)

    def plural(self, cue: Cue) -> bool:
        return cue.end - cue.start == 1 and self.lower[cue.start] in ("calls", "conversations", "discussions")

    def skip_titles_back(self, j: int, sent: Span) -> int:
        """The first token at or before j that is not part of a title ("French President")."""
        while j >= sent.start and (
            self.lower[j] in self.title_words or self.lower[j] in TITLE_ADJECTIVES
            or (self.mention_at.get(j) is not None and self.mention_at[j].kind is not EntityKind.LEADER
                and self.mention_at[j].kind is not EntityKind.PERSON)
            or self.doc[j].ent_type_ in ("NORP", "GPE")
        ):
            j -= 1
        return j

    def person_after(self, j: int) -> Mention | None:
        """The person starting at j, after any title words ("Brazilian President Lula")."""
        limit = min(len(self.doc), j + 6)
        while j < limit and self.person(j) is None and (
            self.lower[j] in self.title_words or self.lower[j] in TITLE_ADJECTIVES
            or self.doc[j].ent_type_ in ("NORP", "GPE", "CAPITAL")
        ):
            j += 1
        return self.person(j) if j < len(self.doc) else None

    def governed(self, m: Mention, sent: Span) -> bool:
        """Whether a preposition governs the mention ("with Russian President Vladimir Putin")."""
        j = self.skip_titles_back(m.start - 1, sent)
        return j >= sent.start and self.lower[j] in PREPS
