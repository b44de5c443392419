"""Calls told by one article: who took part, who called, status, day, duration, reporters.

``extract_calls(doc, meta, index, gaz) -> tuple[CallMention, ...]``. Pure over the Doc.

How it reads a sentence (all cue words come from ``data/lexicon/calls.json``,
``reports.json`` and ``status.json``):
1. Cues: strong ones name a call ("phone call", "video conference", "phoned", "spoke by phone",
   "X called Y"); weak ones (spoke with, talks, conversation) need a strong cue in the same
   sentence, a strong-cue call between the same people elsewhere in the article, or a strong
   definite reference ("The call, ...") in the next sentence. Traps ("called for", "called him
   a liar", "call centre") never match.
2. Participants: the subject before the cue (a pronoun resolves to the article's recent
   subject, "I" in a quote to its speaker), the persons after "with/to/between/from" and
   their coordinations, everyone who "joined", and "the two leaders" of the call before.
3. A definite reference without its own participants ("the call lasted just over an hour")
   adds evidence, day, duration, caller and reporters to the call the article is telling.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date

from spacy.tokens import Doc, Span

from kg.extract.dates import find_date_expressions, find_durations, resolve_date, resolve_period
from kg.extract.entities import EntityIndex, Mention
from kg.model import ArticleMeta, CallMedium, CallMention, CallStatus, EntityKind, Evidence, Report
from kg.resources import Gazetteer, load_lexicon

__all__ = ["extract_calls"]

_PEOPLE = (EntityKind.LEADER, EntityKind.PERSON)
_PREPS = {"like", "unlike", "with", "to", "of", "by", "from", "for", "about", "at", "between", "on", "including", "against", "toward", "towards", "than"}
_STOP = {".", ";", "that", "who", "which", "before", "after", "prior", "ahead", "but", "while", "when", "where",
         "whom", "because", "as", "following", "amid", "despite", "since", "until", "to", "in", "during", "over"}
_REPORTING = {"said", "says", "wrote", "writes", "posted", "told", "according", "tweeted", "announced", "stated",
              "statement", "briefing", "interview", "reported", "confirmed", "added"}
# words inside a title before a name: "new Japanese Prime Minister", "Portugal's"
_TITLE_ADJECTIVES = {"the", "'s", "’s", "-", "former", "new", "newly", "outgoing", "incoming", "acting", "interim",
                     "elected", "then", "current", "caretaker", "his", "her", "their"}
# words between a determiner and a call noun: "the 20-minute phone call"
_CALL_MODIFIERS = {"-", "minute", "minutes", "hour", "hours", "long", "lengthy", "brief", "short", "first", "second",
                   "latest", "recent", "same", "whole", "entire", "phone", "telephone", "video", "reported", "planned"}
# a day beyond one of these words belongs to another event
_OTHER_EVENT = {"after", "before", "since", "until", "following", "ahead", "preceding", "when"}
# words that may stand between a cue and its preposition: "spoke by phone on Tuesday with"
_BRIDGE = {"took", "place", "taking", "takes", "was", "were", "been", "has", "have", "by", "phone", "telephone", "on", "the", "over", "briefly", "again", "directly", "also", "separately",
           "first", "late", "earlier", "later", "yesterday", "today", "video", "link", "via", "a", "an", "in", "for",
           "nearly", "about", "around", "minutes", "minute", "hour", "hours", "-", "night", "morning", "evening",
           "afternoon", "last", "this", "week", "their", "his", "her", "held", "had", "was", "conference", "call"}
_DAY_RELATIVE = ("today", "yesterday", "tonight", "this morning", "this afternoon", "this evening", "earlier in the day", "earlier today", "the same day", "earlier in the morning")


class _Phrases:
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
def _phrases_cached(words: tuple[str, ...]) -> _Phrases:
    return _Phrases(words)


def _phrases(words) -> _Phrases:
    return _phrases_cached(tuple(words))


@dataclass
class _Cue:
    start: int
    end: int
    kind: str  # strong | weak | verb
    medium: CallMedium = CallMedium.UNSPECIFIED


@dataclass
class _Draft:
    sent: Span
    participants: set[str]
    strong: bool
    status: CallStatus
    caller: str | None = None
    day: date | None = None
    day_weak: bool = False  # from a reporting verb's own date ("said on Dec. 28"): a fallback
    medium: CallMedium = CallMedium.UNSPECIFIED
    duration: int | None = None
    reports: dict[str, Evidence] = field(default_factory=dict)
    evidence: dict[tuple[int, int], Evidence] = field(default_factory=dict)
    anchor: int | None = None  # token of the cue that made it
    # its time is stated but not its day ("last spoke in July"): the days it may be on
    period: tuple[date, date] | None = None
    definite: bool = False  # told as "the call between X and Y": the call the article is about

    def evidence_made_here(self, sent: Span) -> bool:
        return sent.start_char == self.sent.start_char


class _Reader:
    def __init__(self, doc: Doc, meta: ArticleMeta, index: EntityIndex, gaz: Gazetteer):
        self.doc, self.meta, self.index, self.gaz = doc, meta, index, gaz
        lex = load_lexicon("calls")
        self.lex = lex
        self.strong_nouns = _phrases(lex["strong_nouns"])
        self.adverbials = _phrases(lex["phone_adverbials"])
        self.weak = _phrases(lex["weak_verbs"] + lex["weak_nouns"])
        self.strong_verbs = set(lex["strong_verbs"])
        self.anaphora = _phrases(lex["anaphora"])
        # definite references that name a call by themselves ("the call", "this conversation")
        self.anaphora_strong = _phrases(tuple(" ".join(p) for p in self.anaphora if any(
            w.startswith(("call", "conversation", "phone", "video", "telephone")) for w in p)))
        self.groups = _phrases(lex["group_participants"])
        self.hypo = _phrases(lex["hypothetical_before"])
        self.in_person = _phrases(lex["in_person"])
        self.initiated = _phrases(lex["initiated_by"])
        rep = load_lexicon("reports")
        self.report_cues = _phrases(rep["cues"])
        self.report_anaphora = _phrases(rep["anaphoric_subjects"])
        st = load_lexicon("status")
        self.status_cues = {k: _phrases(st[k]) for k in ("denied", "attempted", "planned", "planned_after")}
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
    def match(self, i: int, phrases: _Phrases) -> int:
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
        return m if m is not None and m.kind in _PEOPLE else None

    # -- cues -------------------------------------------------------------------------------
    def cues(self, sent: Span) -> list[_Cue]:
        out: list[_Cue] = []
        i = sent.start
        while i < sent.end:
            low = self.lower[i]
            n = self.match(i, self.adverbials)
            if n:
                out.append(_Cue(i, i + n, "strong", CallMedium.VIDEO if "video" in self.lower[i:i + n] else CallMedium.PHONE))
                i += n
                continue
            n = self.match(i, self.strong_nouns)
            if n and self._real_call_noun(i, i + n):
                medium = CallMedium.VIDEO if any(w.startswith(("video", "zoom", "virtual")) for w in self.lower[i:i + n]) else (
                    CallMedium.PHONE if any(w.startswith(("phone", "telephone")) for w in self.lower[i:i + n]) else CallMedium.UNSPECIFIED)
                kind = "verb" if low in ("call", "calls") and self.person_after(i + n) else "strong"
                out.append(_Cue(i, i + n, kind, medium))
                i += n
                continue
            if low in self.strong_verbs or (low in self.person_verbs and self._called_person(i)):
                out.append(_Cue(i, i + 1, "verb", CallMedium.PHONE if low in self.strong_verbs else CallMedium.UNSPECIFIED))
                i += 1
                continue
            n = self.match(i, self.weak)
            if n:
                out.append(_Cue(i, i + n, "weak"))
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
            return False  # "a call for calm", "calls on allies"
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

    # -- participants ------------------------------------------------------------------------
    def coordinated(self, i: int, limit: int) -> list[Mention]:
        """Persons from token i on, with their coordinations ('X, Y and Z').

        The first person may come after a few words ("with around 70 leaders, including X");
        each further one must follow a comma or "and" directly, titles aside.
        """
        found: list[Mention] = []
        j = i
        while j < limit and not found:
            m = self.person(j)
            if m is not None and m.end < limit and self.lower[m.end] in ("'s", "’s"):
                j = m.end + 1  # "Trump's backer, Elon Musk": the possessor is not the person
                continue
            if m is not None:
                found.append(m)
                break
            if self.lower[j] in _STOP or self.lower[j] in (".", ";") or self.doc[j].is_space or j - i >= 12:
                return found
            j += 1
        while found:
            k = found[-1].end
            if k < limit and self.lower[k] == "," and k + 1 < limit and self.lower[k + 1] in ("and", "&"):
                k += 1
            if k >= limit or self.lower[k] not in (",", "and", "&"):
                break
            nxt = self.person_after(k + 1)
            if nxt is None or nxt.start >= limit:
                break
            found.append(nxt)
        return found

    def object_of(self, cue: _Cue, sent: Span) -> tuple[list[Mention], str | None]:
        """Persons after the cue's preposition, and which preposition it was.

        The preposition must follow the cue closely ("spoke by phone on Tuesday with"): in
        "disclosed the call in a message inviting journalists to ..." the "to" is not the call's.
        """
        j = cue.end
        if cue.kind == "verb":  # the object follows the verb at once ("phoned Milei")
            first = self.person_after(j)
            if first is None or first.start >= sent.end:
                return [], "verb"
            return self.coordinated(first.start, min(sent.end, first.start + 12)), "verb"
        for k in range(j, min(sent.end, j + 7)):
            low = self.lower[k]
            if low in ("with", "to", "between", "from"):
                return self.coordinated(k + 1, min(sent.end, k + 20)), low
            if not (low in _BRIDGE or self.doc[k].like_num or low in self.weekdays):
                break
        return [], None

    def definite(self, cue: _Cue) -> bool:
        """ "the call", "this 20-minute phone call", "their first call": one already told."""
        j = cue.start - 1
        while j >= 0 and (self.doc[j].like_num or self.lower[j] in _CALL_MODIFIERS):
            j -= 1
        return j >= 0 and self.lower[j] in ("the", "this", "that", "their", "its")

    def hypothetical(self, cue: _Cue, sent: Span) -> bool:
        """ "saw no point in calling Trump", "if Putin calls": no call is told."""
        return self.has(max(sent.start, cue.start - 4), cue.start, self.hypo)

    def plural(self, cue: _Cue) -> bool:
        return cue.end - cue.start == 1 and self.lower[cue.start] in ("calls", "conversations", "discussions")

    def skip_titles_back(self, j: int, sent: Span) -> int:
        """The first token at or before j that is not part of a title ("French President")."""
        while j >= sent.start and (
            self.lower[j] in self.title_words or self.lower[j] in _TITLE_ADJECTIVES
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
            self.lower[j] in self.title_words or self.lower[j] in _TITLE_ADJECTIVES
            or self.doc[j].ent_type_ in ("NORP", "GPE", "CAPITAL")
        ):
            j += 1
        return self.person(j) if j < len(self.doc) else None

    def governed(self, m: Mention, sent: Span) -> bool:
        """Whether a preposition governs the mention ("with Russian President Vladimir Putin")."""
        j = self.skip_titles_back(m.start - 1, sent)
        return j >= sent.start and self.lower[j] in _PREPS

    def subject_of(self, cue_start: int, sent: Span, exclude: frozenset[str] = frozenset()) -> str | None:
        for j in range(cue_start - 1, sent.start - 1, -1):
            m = self.person(j)
            low = self.lower[j]
            if m is not None:
                if self.governed(m, sent) or m.key in exclude:
                    continue
                return m.key
            if low in self.lex["pronouns_subject"] or low in ("his", "her"):
                return self.resolve_pronoun(j)
            if low in self.lex["first_person"]:
                return self.quote_speaker(sent)
        return None

    def resolve_pronoun(self, token: int) -> str | None:
        sent = self.doc[token].sent
        # "Fico, who like Orban opposes aid, said he will ...": the sentence's subject
        for j in range(sent.start, token):
            m = self.person(j)
            if m is not None and not self.governed(m, sent):
                return m.key
        recent = [key for t, key in self.sent_subjects if t < token][-3:]
        if recent:
            return recent[-1]
        before = [m for m in self.index.mentions if m.end <= token and m.kind in _PEOPLE]
        return before[-1].key if before else None

    def quote_speaker(self, sent: Span) -> str | None:
        closing = [t.i for t in sent if t.text in ("”", '"', "’")]
        for q in closing[-1:]:
            for j in range(q + 1, min(sent.end, q + 6)):
                m = self.person(j)
                if m is not None:
                    return m.key
        return None

    def joined(self, sent: Span) -> list[str]:
        """Everyone the sentence says joined, hosted or took part in the call."""
        keys = []
        for t in sent:
            took_part = self.lower[t.i] in ("took", "take", "takes", "taking") and t.i + 1 < sent.end \
                and self.lower[t.i + 1] == "part"
            if self.lower[t.i] not in self.lex["joined"] and not took_part:
                continue
            if t.i + 1 < sent.end and self.lower[t.i + 1] == "by":
                keys += [m.key for m in self.coordinated(t.i + 2, min(sent.end, t.i + 30))]
            else:
                subj = self.subject_of(t.i, sent)
                if subj:
                    keys += sorted(_coordinated_subject(self, subj, t.i, sent))
        return keys

    # -- attributes ---------------------------------------------------------------------------
    def status(self, cue: _Cue, sent: Span) -> CallStatus:
        for name, status in (("denied", CallStatus.DENIED), ("attempted", CallStatus.ATTEMPTED)):
            if self.has(sent.start, sent.end, self.status_cues[name]):
                return status
        if self.has(max(sent.start, cue.start - 8), min(sent.end, cue.end + 4), self.status_cues["planned"]) \
                or self.has(cue.end, self.clause_end(cue.end, sent, 14), self.status_cues["planned_after"]):
            return CallStatus.PLANNED
        return CallStatus.OCCURRED

    def clause_end(self, start: int, sent: Span, most: int) -> int:
        """Where the clause that starts at ``start`` ends: a comma, semicolon or dash, or ``most`` tokens."""
        for j in range(start, min(sent.end, start + most)):
            if self.lower[j] in (",", ";", "—", "–", ":"):
                return j
        return min(sent.end, start + most)

    def day(self, sent: Span, status: CallStatus, anchor: int | None = None) -> tuple[date | None, bool]:
        """The call's day from the date expression nearest the cue (``anchor``, a token).

        A vague nearest expression ("last week") means no day, not a farther one; a day tied
        to an outlet ("the Post on Sunday") is the report's, and one tied to a reporting verb
        ("said on Dec. 28") is only a fallback.
        """
        candidates = []
        for s, e, expr in find_date_expressions(sent.text):
            tok = self.doc.char_span(sent.start_char + s, sent.start_char + e, alignment_mode="expand")
            if tok is None:
                continue
            if any(self.mention_at.get(j) and self.mention_at[j].kind is EntityKind.OUTLET
                   for j in range(max(sent.start, tok.start - 4), tok.start)):
                continue  # "the Washington Post on Sunday": the report's day, not the call's
            lo, hi = (anchor, tok.start) if anchor is not None and tok.start >= anchor else (tok.end, anchor or tok.end)
            if any(self.lower[k] in _OTHER_EVENT for k in range(lo, hi)):
                continue  # "came days after the tariff took effect on Aug. 6": another event's day
            window = self.lower[max(sent.start, tok.start - 6) : tok.start]
            weak = any(w in _REPORTING for w in window)
            reported = any(self.lower[i] in _REPORTING for i in range(sent.start, tok.start))
            vague = None
            if reported and expr.lower().strip() in _DAY_RELATIVE:
                day = None  # "he said he had spoken earlier in the day": relative to an unknown post
            else:
                day = resolve_date(expr, self.meta.published, future=status is CallStatus.PLANNED)
                # "in July", "last week": a time, but not a day
                vague = resolve_period(expr, self.meta.published) if day is None else None
            # after the cue and close is most likely the call's own day ("spoke ... on Tuesday");
            # before it, only when nothing follows ("On Tuesday, X phoned Y")
            if anchor is None:
                distance = 0
            elif tok.start == sent.start or (tok.start > sent.start and r_is_opening(self, sent, tok.start)):
                distance = 1  # "On Monday evening, X spoke with Y": the opening date is the clause's
            elif tok.start >= anchor:
                distance = tok.start - anchor if tok.start - anchor <= 25 else 500 + tok.start - anchor
            else:
                distance = 100 + anchor - tok.end
            if vague and not expr.lower().startswith(("last", "earlier", "this", "over", "recently", "in recent")):
                distance += 50  # "agreement reached in November": a bare month is a weak clue
            candidates.append((weak, distance, day, vague))
        self.last_vague = None
        if not candidates:
            return None, False
        firm = [c for c in candidates if not c[0]]
        if firm:
            best = min(firm, key=lambda c: c[1])
            self.last_vague = best[3]
            return best[2], False
        day = min(candidates, key=lambda c: c[1])[2]
        return day, day is not None

    def reports(self, sent: Span) -> dict[str, Evidence]:
        if not self.has(sent.start, sent.end, self.report_cues):
            return {}
        ev = self.evidence(sent)
        return {m.key: ev for m in self.index.mentions
                if m.kind is EntityKind.OUTLET and sent.start <= m.start < sent.end and m.key != self.own_outlet}

    def caller_in(self, sent: Span, participants: set[str]) -> str | None:
        for i in range(sent.start, sent.end):
            n = self.match(i, self.initiated)
            if not n:
                continue
            for j in range(i + n, min(sent.end, i + n + 5)):
                m = self.mention_at.get(j)
                if m is None:
                    continue
                if m.key in participants:
                    return m.key
                if m.kind is EntityKind.COUNTRY:
                    country = self.index.entities[m.key].name
                    same = [p for p in participants if self.index.country(p) == country]
                    return same[0] if len(same) == 1 else None
            for j in range(i + n, min(sent.end, i + n + 4)):
                country = self.index.adjectives.get(j)
                if country:  # "initiated by the Qatari side"
                    same = [p for p in participants if self.index.country(p) == country]
                    return same[0] if len(same) == 1 else None
        return None

    def evidence(self, sent: Span) -> Evidence:
        text = self.meta_text[sent.start_char : sent.end_char].strip()
        start = sent.start_char + (len(self.meta_text[sent.start_char : sent.end_char]) - len(self.meta_text[sent.start_char : sent.end_char].lstrip()))
        return Evidence(self.meta.id, start, start + len(text), text)

    meta_text = ""


def _coordinated_subject(r: _Reader, subj: str, cue_start: int, sent: Span) -> set[str]:
    """'X and Y spoke': the persons coordinated with the subject right before the cue."""
    keys = {subj}
    j = cue_start - 1
    while j >= sent.start and r.person(j) is None:
        j -= 1
    while j >= sent.start:
        m = r.person(j)
        if m is None:
            break
        keys.add(m.key)
        k = r.skip_titles_back(m.start - 1, sent)
        hop = k
        while hop >= max(sent.start, k - 8) and (r.lower[hop] in (",", "of", "the") or r.doc[hop].ent_type_ in ("GPE", "NORP")
                                                 or r.lower[hop] in r.title_words):
            hop -= 1
        if hop >= sent.start and r.lower[hop] == "and" and hop != k:
            k = hop
        if k >= sent.start and r.lower[k] in ("and", ",", "&"):
            j = k - 1
            while j >= sent.start and r.person(j) is None and r.lower[j] in (",",):
                j -= 1
            continue
        break
    return keys


def _sentence_subject(r: _Reader, sent: Span) -> str | None:
    for i in range(sent.start, sent.end):
        m = r.person(i)
        if m is not None:
            if r.governed(m, sent):
                continue
            return m.key
        if r.lower[i] in r.lex["pronouns_subject"]:
            return r.resolve_pronoun(i)
    return None


def _continues(r: _Reader, current: _Draft, sent: Span, adjacent: bool, near: bool) -> bool:
    """The sentence goes on about the call: close after it, it names two of its participants
    ("the two leaders"), or right after it one of them speaks ("Zelensky said on his Telegram
    channel that ...")."""
    named = {m.key for m in r.index.mentions if sent.start <= m.start < sent.end}
    if near and (len(named & current.participants) >= 2 or r.has(sent.start, sent.end, r.groups)):
        return True
    subject = _sentence_subject(r, sent)
    return adjacent and subject in current.participants and any(
        r.lower[i] in _REPORTING for i in range(sent.start, sent.end))


def _absorb(d: _Draft, r: _Reader, sent: Span, anchor: int | None = None, days: bool = True) -> None:
    """Add what a sentence says about an already known call."""
    d.evidence.setdefault((sent.start_char, sent.end_char), r.evidence(sent))
    for key, ev in r.reports(sent).items():
        d.reports.setdefault(key, ev)
    day, weak = r.day(sent, d.status, anchor) if days else (None, False)
    if days and d.day is None and day is None and r.last_vague and len(d.evidence) == 1:
        d.period = r.last_vague
    if days and anchor is not None and not d.evidence_made_here(sent) and any(
            r.lower[i] in _REPORTING for i in range(sent.start, sent.end)):
        weak = weak or day is not None  # "Trump confirmed the call to reporters on Wednesday"
    if day and (d.day is None or (d.day_weak and not weak)):
        d.day, d.day_weak = day, weak
    if d.duration is None:
        found = find_durations(sent.text)
        d.duration = found[0][2] if found else None
    d.caller = d.caller or r.caller_in(sent, d.participants)


def _drop_summaries(drafts: list[_Draft]) -> list[_Draft]:
    """ "Anwar speaks to Anutin, Hun Manet by phone" over an article that tells the two calls
    apart: a draft whose people are covered by two or more smaller drafts sums them up."""
    out = []
    for d in drafts:
        parts = [o.participants for o in drafts
                 if o is not d and o.participants < d.participants and o.status is d.status]
        distinct = {frozenset(p) for p in parts}
        if len(d.participants) >= 3 and len(distinct) >= 2 and set().union(*distinct) >= d.participants:
            continue
        out.append(d)
    return out


def _compatible(a: _Draft, b: _Draft) -> bool:
    """Whether two mentions can be of one call as far as their days go."""
    if a.day is not None and b.day is not None:
        return a.day == b.day
    if a.period is not None and b.period is not None:
        return a.period[0] <= b.period[1] and b.period[0] <= a.period[1]
    for x, y in ((a, b), (b, a)):
        if x.period is not None and y.day is not None:
            return x.period[0] <= y.day <= x.period[1]
    return True


def _merge_drafts(drafts: list[_Draft]) -> list[_Draft]:
    """One draft per call: same people and status, and no conflicting days."""
    merged: list[_Draft] = []
    # strong mentions first: a weak one ("Merz and Macron discussed ...") refers back to the
    # call the article told, whatever day its sentence mentions
    order = {CallStatus.DENIED: 0, CallStatus.ATTEMPTED: 0, CallStatus.OCCURRED: 1, CallStatus.PLANNED: 1}
    for d in sorted(drafts, key=lambda x: (not x.strong, order[x.status])):
        target = None
        for m in merged:
            same_people = d.participants <= m.participants or m.participants <= d.participants
            same_day = _compatible(m, d) or (d.definite and d.period is None)
            # an article that denies a call, or says it failed, tells the claim it disputes
            # ("Bloomberg reported the two leaders discussed ...") about that same call
            disputed = m.status in (CallStatus.DENIED, CallStatus.ATTEMPTED) and d.status is CallStatus.OCCURRED
            # "during the call", "the call between X and Y": the call told already, as told
            referring = d.definite and m.participants == d.participants
            if same_people and (m.status is d.status or disputed or referring) and same_day:
                target = m
                break
        if target is None:
            merged.append(d)
            continue
        target.participants |= d.participants
        if target.day is not None or d.day is not None:
            target.period = None
        elif target.period is None or (d.period is not None and d.period[1] - d.period[0] < target.period[1] - target.period[0]):
            target.period = d.period
        if d.day and (target.day is None or (target.day_weak and not d.day_weak and d.strong)):
            target.day, target.day_weak = d.day, d.day_weak
        target.caller = target.caller or d.caller
        target.duration = target.duration or d.duration
        if target.medium is CallMedium.UNSPECIFIED:
            target.medium = d.medium
        for k, v in d.reports.items():
            target.reports.setdefault(k, v)
        target.evidence.update(d.evidence)
    return merged


def extract_calls(
    doc: Doc, meta: ArticleMeta, index: EntityIndex, gaz: Gazetteer, *, text: str | None = None,
    own_outlet: str | None = None,
) -> tuple[CallMention, ...]:
    """The calls an article tells. ``text`` is the original article text (evidence quotes it)."""
    r = _Reader(doc, meta, index, gaz)
    r.meta_text = text if text is not None else doc.text
    r.own_outlet = own_outlet
    drafts: list[_Draft] = []
    current: _Draft | None = None
    told: _Draft | None = None  # the last call that took place
    last_told = 0
    for sent_index, sent in enumerate(s for s in doc.sents if not s.text.isspace()):
        cues = r.cues(sent)
        strong_here = any(c.kind != "weak" for c in cues)
        made: list[_Draft] = []
        strong_cues = [c for c in cues if c.kind != "weak" and not r.plural(c)]
        status_default = None
        for cue in cues:
            if r.plural(cue) or r.hypothetical(cue, sent):
                continue
            objs, prep = r.object_of(cue, sent)
            status = r.status(cue, sent)
            status_default = status_default or status
            if not objs and made:
                made[-1].strong |= cue.kind != "weak"
                if made[-1].medium is CallMedium.UNSPECIFIED:
                    made[-1].medium = cue.medium
                continue
            caller = None
            if prep == "between":
                parts = {m.key for m in objs}
            else:
                subj = r.subject_of(cue.start, sent, frozenset(m.key for m in objs))
                if subj is None and objs:
                    subj = _sentence_subject_after(r, objs[-1].end, sent)
                if subj is None and not objs and cue.kind != "weak" and _is_fronted(r, cue, sent):
                    objs = _fronted(r, cue, sent)  # "In a phone call on Tuesday, Xi told Biden ..."
                parts = {m.key for m in objs}
                if subj:
                    parts |= _coordinated_subject(r, subj, cue.start, sent) if not objs else {subj}
                if subj and not objs and len(parts) == 1:
                    teller = _speaker_of(r, cue.start, sent, subj)
                    if teller:  # "Erdogan told Putin in a phone call that ..."
                        parts.add(teller)
                        caller = None
                rang = next((d for d in reversed(drafts) if d.caller in d.participants), None)
                if cue.kind == "verb" and not objs and len(parts) == 1 and rang is not None:
                    # "Netanyahu also phoned": the same person the previous caller rang
                    rest = rang.participants - {rang.caller} - parts
                    if len(rest) == 1:
                        parts |= rest
                if prep == "from" and objs:
                    caller = objs[0].key
                elif cue.kind == "verb" or prep == "to":
                    caller = subj
            definite = r.definite(cue)
            if len(parts) < 2 and definite and not objs:
                continue  # "During the 20-minute call, the two leaders ...": the call just told
            if len(parts) < 2 and r.has(sent.start, sent.end, r.groups):
                # "the two leaders": the call just told, else the two leaders named last
                recent = current is not None and sent_index - last_told <= 2
                pair = None if recent else _last_two_leaders(r, cue.start, sent)
                if pair and (not parts or parts <= pair):
                    parts |= pair
                elif current is not None and (not parts or parts <= current.participants):
                    parts |= current.participants
            if len(parts) < 2:
                continue
            strong = cue.kind != "weak" or strong_here or _bare_spoke(r, cue, sent, parts)
            d = _Draft(sent, parts, strong, status, caller=caller, medium=cue.medium)
            d.definite = definite
            d.anchor = cue.start
            made.append(d)
        if made:
            for key in r.joined(sent):
                made[0].participants.add(key)
            for d in made:
                _absorb(d, r, sent, d.anchor)
            drafts.extend(made)
            # the sentence's main call is the first strong one; later cues are subordinate
            # ("held a call with X before speaking with Y")
            current = next((d for d in made if d.strong), made[0])
            told = next((d for d in made if d.status is CallStatus.OCCURRED), told)
        elif current is not None and (
            (r.has(sent.start, sent.end, r.anaphora) and any(c.kind != "weak" for c in cues))
            or r.has(sent.start, sent.end, r.anaphora_strong) or any(r.definite(c) for c in strong_cues)
            or (r.has(sent.start, sent.end, r.report_anaphora) and r.reports(sent) and _follows(current, sent))
        ):
            # "the conversation" is one that took place, not the one planned after it
            target = current if current.status is CallStatus.OCCURRED or told is None else told
            target.strong |= any(c.kind != "weak" for c in cues)
            target.participants.update(r.joined(sent))
            _absorb(target, r, sent, _first_match(r, sent, r.anaphora_strong) or _first_match(r, sent, r.anaphora))
        elif strong_cues and not r.has(sent.start, sent.end, r.anaphora) and not any(r.definite(c) for c in strong_cues):
            # "European leaders held a video conference on Sunday": a call whose participants
            # the following sentences name ("The call was joined by ...")
            cue = strong_cues[0]
            parts = set(r.joined(sent))
            subj = r.subject_of(cue.start, sent)
            if subj:
                parts.add(subj)
            pending = _Draft(sent, parts, True, r.status(cue, sent), medium=cue.medium, anchor=cue.start)
            _absorb(pending, r, sent, cue.start)
            drafts.append(pending)
            current = pending
            told = pending if pending.status is CallStatus.OCCURRED else told
        elif current is not None and _follows(current, sent) and r.joined(sent) \
                and not r.has(sent.start, sent.end, r.in_person):
            # "Merz, Meloni, Tusk ... took part, according to a statement": more on who was on it
            current.participants.update(r.joined(sent))
            _absorb(current, r, sent, days=False)
            last_told = sent_index
        elif current is not None and _continues(r, current, sent, _follows(current, sent), sent_index - last_told <= 3):
            # "Trump invited Lee to visit Washington, Yonhap reported.": more on the same call
            _absorb(current, r, sent, days=False)
            last_told = sent_index
        if made or (current is not None and current.evidence_made_here(sent)):
            last_told = sent_index
        elif current is not None and (sent.start_char, sent.end_char) in current.evidence:
            last_told = sent_index
        subject = _sentence_subject(r, sent)
        if subject:
            r.sent_subjects.append((sent.start, subject))
    drafts = _drop_summaries([d for d in drafts if len(d.participants) >= 2])
    strong_sets = {frozenset(d.participants) for d in drafts if d.strong}
    accepted = [d for d in drafts if d.strong or frozenset(d.participants) in strong_sets
                or any(frozenset(d.participants) <= s for s in strong_sets)]
    return tuple(_freeze(d, meta) for d in _merge_drafts(accepted))


def r_is_opening(r: "_Reader", sent: Span, start: int) -> bool:
    """The date opens the sentence after a dateline or a leading adverb ("Earlier, on Monday ...")."""
    return all(r.lower[k] in (",", "earlier", "later", "separately", "meanwhile", "also", "--", "—", "-")
               for k in range(sent.start, start))


def _last_two_leaders(r: "_Reader", before: int, sent: Span) -> set[str] | None:
    """The two leaders named last before ``before`` (in this or the two sentences before it)."""
    sents = [s for s in r.doc.sents if s.end <= sent.start and not s.text.isspace()][-2:]
    lo = sents[0].start if sents else sent.start
    seen: list[str] = []
    for m in reversed([m for m in r.index.mentions if lo <= m.start < before and m.kind is EntityKind.LEADER]):
        if m.key not in seen:
            seen.append(m.key)
        if len(seen) == 2:
            return set(seen)
    return None


def _first_match(r: _Reader, sent: Span, phrases: _Phrases) -> int | None:
    return next((i for i in range(sent.start, sent.end) if r.match(i, phrases)), None)


def _speaker_of(r: _Reader, cue_start: int, sent: Span, addressee: str) -> str | None:
    """Who spoke to ``addressee`` right before the cue ("Erdogan told Putin in a call")."""
    m = next((m for m in r.index.mentions if m.key == addressee and sent.start <= m.start < cue_start
              and not r.governed(m, sent)), None)
    if m is None:
        return None
    j = r.skip_titles_back(m.start - 1, sent)
    if j < sent.start or r.lower[j] not in r.lex["speech_verbs"]:
        return None
    for k in range(j - 1, sent.start - 1, -1):
        other = r.person(k)
        if other is not None and other.key != addressee and not r.governed(other, sent):
            return other.key
    return None


def _is_fronted(r: _Reader, cue: _Cue, sent: Span) -> bool:
    """The cue opens the sentence as an adverbial: "In a phone call, ...", "During a video call ..." """
    if r.lower[cue.start] in r.lex["fronting"]:
        return cue.start == sent.start or r.lower[cue.start - 1] in (",", "“", '"')
    return cue.start - 2 >= sent.start and r.lower[cue.start - 1] in ("a", "an") \
        and r.lower[cue.start - 2] in r.lex["fronting"] and (cue.start - 2 == sent.start or r.lower[cue.start - 3] in (",",))


def _fronted(r: _Reader, cue: _Cue, sent: Span) -> list[Mention]:
    """After a fronted call ("In a phone call, X told Y ..."): the speaker and who was told."""
    out: list[Mention] = []
    j = cue.end
    while j < sent.end and len(out) < 2:
        m = r.person(j)
        if m is not None and not r.governed(m, sent):
            if not out or any(r.lower[k] in r.lex["speech_verbs"] or r.lower[k] == "with" for k in range(out[-1].end, m.start)):
                out.append(m)
            j = m.end
            continue
        j += 1
    return out if len(out) == 2 else []


def _bare_spoke(r: _Reader, cue: _Cue, sent: Span, parts: set[str]) -> bool:
    """ "Erdogan and Putin spoke on Tuesday": leaders who "spoke" with each other, with no sign
    of a meeting in person, held a call."""
    words = " ".join(r.lower[cue.start : cue.end])
    planned = words in ("speak", "talk") and r.status(cue, sent) is CallStatus.PLANNED  # "are expected to speak"
    if (words not in r.lex["bare_spoke"] and not planned) or len(parts) < 2:
        return False
    if not all(r.index.kind(p) is EntityKind.LEADER for p in parts if p in r.index.entities):
        return False
    after = r.lower[cue.end] if cue.end < sent.end else ""
    if after in r.lex["not_after_bare_spoke"] and not (after == "on" and r.doc[cue.end + 1].lower_ in r.weekdays if cue.end + 1 < len(r.doc) else False):
        return False
    return not r.has(sent.start, sent.end, r.in_person)


def _sentence_subject_after(r: _Reader, start: int, sent: Span) -> str | None:
    for i in range(start, sent.end):
        m = r.person(i)
        if m is not None and not r.governed(m, sent):
            return m.key
    return None


def _follows(current: _Draft, sent: Span) -> bool:
    """A sentence right after one that told the call ("The disclosure was made in a post on ...")."""
    last_end = max(e for _, e in current.evidence) if current.evidence else current.sent.end_char
    gap = sent.doc.text[last_end : sent.start_char]
    return len(gap.strip()) == 0


def _freeze(d: _Draft, meta: ArticleMeta) -> CallMention:
    parts = tuple(sorted(d.participants))
    reports = tuple(sorted((Report(k, ev) for k, ev in d.reports.items()), key=lambda x: (x.outlet, x.evidence.start)))
    evidence = tuple(sorted(d.evidence.values(), key=lambda e: e.start))
    return CallMention(
        article_id=meta.id, participants=parts, status=d.status,
        caller=d.caller if d.caller in d.participants else None, date=d.day, medium=d.medium,
        duration_minutes=d.duration, reports=reports, evidence=evidence, period=None if d.day else d.period,
    )
