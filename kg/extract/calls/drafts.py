"""A call as the article tells it, while the article is being read: ``Draft``, and how drafts
of one call come together (``absorb``, ``merge_drafts``) and are frozen into ``CallMention``.

Drafts are frozen; every change makes a new one (``records.replace``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from kg.extract.calls.cues import Cue
from kg.extract.calls.lexicon import Lexicon
from kg.extract.calls.reporters import evidence_of, interview_reports, reports_in
from kg.extract.calls.view import NAME, PRONOUN, DocView, SentView
from kg.extract.calls.when import Day, call_day, narrative_resolved
from kg.extract.dates import find_durations, weekday_around
from kg.model import CallMedium, CallMention, CallStatus, EntityKind, Evidence, Report
from kg.extract.calls.records import replace  # (dataclasses.replace, quicker for slotted records)

__all__ = ["Draft", "with_sentence", "token_offset", "absorb", "merge_drafts", "freeze", "compatible", "caller_in"]


@dataclass(frozen=True, slots=True)
class Draft:
    sent: int  # index of the sentence that told it
    participants: frozenset[str]
    strong: bool
    status: CallStatus
    caller: str | None = None
    day: date | None = None
    day_weak: bool = False  # read off a reporting verb ("said on Dec. 28"): a fallback
    period: tuple[date, date] | None = None  # "last spoke in July": the days it may be on
    medium: CallMedium = CallMedium.UNSPECIFIED
    duration: int | None = None
    reports: tuple[tuple[str, Evidence], ...] = ()
    evidence: tuple[Evidence, ...] = ()
    anchor: int | None = None  # token of the cue that made it
    definite: bool = False  # told as "the call between X and Y": the call the article is about
    pending: bool = False  # a call announced before its people are named ("X will host a virtual summit")
    negation: bool = False  # told only as a talk that did not happen ("X has not spoken to Y"): no claim
    plural: bool = False  # told as calls ("moved by the calls"): "the first call" next is one of them, no name for it
    prior: bool = False  # an attempt told as before another call ("had already tried to reach Y"): a try of its own
    requested: bool = False  # an attempt told only as asked for ("X has asked for a call with Y"): the call held is it
    grouped: bool = False  # a video call with a group no one named: only the people named after it join it, or it is dropped

    def told_in(self, v: SentView) -> bool:
        return self.sent == v.index


def _subject_end(v: SentView, lex: Lexicon, i: int) -> int:
    """Where the subject of the initiating verb at ``i`` ends (exclusive), past "tried to" and
    the auxiliaries between them ("X tried to place", "X had already made")."""
    k = i - 1
    if v.low(k) == "to" and v.low(k - 1) in lex.attempt_verbs:
        k -= 2  # "tried to place"
    while k > v.start and v.low(k) in lex.subject_verb_gap:
        k -= 1  # "had", "had already"
    return k + 1


def _after_call_noun(v: SentView, lex: Lexicon, start: int) -> bool:
    """A call noun ends right before ``start`` (or before "that"/"which" there): the subject
    starting at ``start`` opens a relative clause of the call."""
    # ("that" and "which" open the clause: closed-class grammar, "that" no relative pronoun of the lexicon's)
    noun = start - 2 if v.low(start - 1) in ("that", "which") else start - 1
    return noun >= v.start and lex.nouns.match(v.lower, noun - v.start) == 1


def _placer_after_noun(v: SentView, lex: Lexicon, i: int):
    """The name right after a call noun that is the subject of the initiating verb at ``i``, a
    relative clause with no pronoun or with "that" ("a call X tried to place", "the call X had made",
    "the call that X placed"), else None."""
    k = _subject_end(v, lex, i) - 1
    np = v.np(k)
    if np is None or np.end != k + 1 or np.kind != NAME or np.possessive or np.start - 1 < v.start:
        return None
    return np if _after_call_noun(v, lex, np.start) else None


def _callee_after_pronoun(v: SentView, lex: Lexicon, i: int):
    """The name after "to" right after the initiating verb at ``i`` whose subject is a
    pronoun of one person right after a call noun ("a phone call he made to Y"), else None."""
    k = _subject_end(v, lex, i) - 1
    np = v.np(k)
    if np is None or np.kind != PRONOUN or np.word not in ("he", "she") or np.end != k + 1 \
            or not _after_call_noun(v, lex, np.start) or v.low(i + 1) != "to":
        return None
    callee = v.np(i + 2)
    return callee if callee is not None and callee.start == i + 2 and callee.kind == NAME else None


def _country_after_noun(view: DocView, v: SentView, lex: Lexicon, i: int) -> str | None:
    """The country right after a call noun that is the subject of the initiating verb at ``i``
    ("in a call Ostria had requested", "the call that Vell asked for"), else None."""
    k = _subject_end(v, lex, i) - 1
    m = v.others.get(k)
    if m is None or m.end != k + 1 or m.kind is not EntityKind.COUNTRY or not _after_call_noun(v, lex, m.start):
        return None
    return _country_at(view, v, k, countries_only=True)


def _doubted_before(v: SentView, lex, k: int) -> bool:
    """What the sentence says from token ``k`` on is denied or asked ("The Kremlin denied that X
    requested the call", "It was unclear whether X had requested it"): no one's initiative told."""
    return lex.status["denied"].find(v.lower, 0, k - v.start) is not None \
        or any(v.low(j) in lex.doubt_openers for j in range(v.start, k))


def _after_day(v: SentView, k: int) -> int:
    """Token ``k``, or the token after a day told from there ("on Tuesday", "late on Monday")."""
    day = next((d for d in v.dates if k <= d.start <= k + 2 and all(v.low(j).isalpha() for j in range(k, d.start))), None)
    return k if day is None else day.end


def caller_in(view: DocView, v: SentView, participants: frozenset[str]) -> str | None:
    """Who initiated the call, as the sentence says: "at the request of X", "at X's request",
    "at the initiative of the Qatari side", "initiated by X"."""
    lex = view.lex
    if "first" in v.lower and (first := _first_to_call(view, v, participants)) is not None:
        return first
    if lex.initiative_nouns.isdisjoint(v.lower) and lex.initiated.firsts.isdisjoint(v.lower) \
            and lex.initiating_verbs.isdisjoint(v.lower) and lex.initiating_phrases.firsts.isdisjoint(v.lower):
        return None  # (neither a request nor an initiative: most sentences, in three set operations)
    # "The call, which ..." opens the sentence, and its clause holds the request ("The call came
    # after aid was sent at Ankara's request" does not)
    # (of two people: a conference "held at Ostria's invitation" has a host, not a caller)
    n_ref = lex.anaphora.match(v.lower, 0) if len(participants) == 2 else 0
    ref_end = v.start + n_ref
    # each test below starts with the word at ``i``: only the positions of those words are read
    # ("on", "at" and "was" open an "initiated" phrase: most sentences that get this far)
    opening = lex.initiating_verbs | lex.initiative_nouns | lex.initiated.firsts | lex.initiating_phrases.firsts
    for i in [k for k, low in enumerate(v.lower, v.start) if low in opening]:
        if v.low(i) in lex.initiating_verbs and (n := lex.anaphora.match(v.lower, i + 1 - v.start)) \
                and not (v.low(i) in lex.deciding_verbs and v.low(i + 1 + n) == "to" and v.np(i + 2 + n) is None):
            # (not "made the call to withdraw", a decision; "placed the call to explain" placed it)
            # "X placed the call", "It was X who initiated the conversation"
            k = i - 1
            if v.low(k) in lex.perfect_auxiliaries and (subject := v.np(k - 1)) is not None and subject.end == k:
                k -= 1  # "X had requested the call"
            while k > v.start and v.low(k) in lex.subject_verb_gap and v.low(k - 1) in lex.relative_pronouns:
                k -= 1  # "who had requested"
            relative = k
            while k > v.start and v.low(k) in lex.relative_pronouns:
                k -= 1
            if k < relative and v.low(k) == ",":
                k -= 1  # "with Y, who (had) requested the call,": the one the relative clause is of
            np = v.np(k)
            if np is not None and np.end == k + 1 and np.key in participants and not _doubted_before(v, lex, np.start):
                return np.key
        if v.low(i) in lex.initiating_verbs and v.low(i - 1) == "side" \
                and (lex.anaphora.match(v.lower, i + 1 - v.start) or v.low(i + 1) == "it"):
            # "the Pakistani side initiated it", "the Qatari side placed the call": the one
            # participant from that country (the diplomatic "side" ties the country to the call)
            country = _country_at(view, v, i - 2, countries_only=True)
            same = _participants_from(view, participants, country) if country is not None else []
            if len(same) == 1:
                return same[0]
        if v.low(i) in lex.initiating_verbs and (placer := _placer_after_noun(v, lex, i)) is not None \
                and placer.key in participants:
            return placer.key  # "a call X tried to place to Y went unanswered", "the call X made to Y"
        if v.low(i) in lex.initiating_verbs and len(participants) == 2 and (callee := _callee_after_pronoun(v, lex, i)) is not None \
                and callee.key in participants:
            # "X, in a call she made to Y on Monday, offered help": a pronoun placed it, Y took it
            return next(iter(participants - {callee.key}))
        if (v.low(i) in lex.initiating_verbs or lex.initiating_phrases.match(v.lower, i - v.start)) \
                and (country := _country_after_noun(view, v, lex, i)) is not None:
            # "in a call Ostria had asked for": the one participant from that country
            same = _participants_from(view, participants, country)
            if len(same) == 1:
                return same[0]
        np = v.np(i - 1) if v.low(i) in lex.initiating_verbs and n_ref else None
        lead = np.start if np is not None and np.end == i else i - 1  # ("which King X placed")
        if v.low(i) in lex.initiating_verbs and n_ref and v.low(lead - 1) in ("which", "that") \
                and v.low(lead - 2) == "," and lead - 2 == ref_end and v.low(_after_day(v, i + 1)) in (",", ".", ";", "and"):
            # "The call, which Berlin requested, lasted an hour" ("which X placed on Tuesday,"):
            # the one who asked for it, or the one participant from the country named
            if np is not None and np.end == i and np.key in participants:
                return np.key
            country = _country_at(view, v, i - 1)
            same = _participants_from(view, participants, country) if country is not None else []
            if len(same) == 1:
                return same[0]
        if len(participants) > 2 and v.low(i) in lex.host_words:
            continue  # "at Ostria's invitation" with four ministers: a host, no caller
        if v.low(i) in lex.initiative_nouns and "at" in v.words(i - 6, i):  # ("at the South Korean side's request")
            np = next((v.np(k) for k in range(i - 1, i - 4, -1) if v.np(k) is not None), None)  # "at X's request"
            if np is not None and np.key in participants:
                return np.key
            if np is not None and np.kind == PRONOUN and np.word in _OTHER_GENDER and len(participants) == 2:
                # "X said she had spoken with Y at his request": a possessive of the other gender
                # than the pronoun standing for the subject is the other participant
                first = next((n for n in v.nps if n.kind == NAME), None)
                if first is not None and first.key in participants and first.start < np.start and any(
                        n.kind == PRONOUN and n.word == _OTHER_GENDER[np.word] for n in v.nps if first.end <= n.start < np.start):
                    return next(p for p in participants if p != first.key)
            # "at the Japanese side's request": the one participant from that country (the
            # diplomatic "side" ties it to the call; "sent aid at Ankara's request" does not)
            # ("The call was held at Japan's request": the sentence is about the call itself)
            for k in range(i - 1, max(v.start, i - 4) - 1, -1) if "side" in v.words(i - 3, i) \
                    or n_ref and _held_at(v, ref_end, i) else ():
                country = _country_at(view, v, k, countries_only=True)
                if country is not None:
                    same = _participants_from(view, participants, country)
                    if len(same) == 1:
                        return same[0]
                    break
            if v.low(i - 1) in ("'s", "’s") and v.low(i - 3) == "the" and v.tok(i - 2).isalpha():
                # "at the envoy's request": the one participant whose title has that word
                word = v.low(i - 2)
                if word in lex.title_words:
                    titled = {np.key for np in v.nps if np.key in participants and word in _title_before(v, np)} | {
                        p for p in participants if view.entities.get(p)
                        and word in (view.entities[p].role or "").casefold().split()}
                    if len(titled) == 1:
                        return titled.pop()
            if v.low(i - 2) in ("latter", "former") and v.low(i - 1) in ("'s", "’s"):
                # "at the latter's request": the last (or first) participant named before it
                named = [n.key for n in v.nps if n.kind == NAME and n.key in participants and n.end <= i - 2]
                if named:
                    return named[-1] if v.low(i - 2) == "latter" else named[0]
        n = lex.initiated.match(v.lower, i - v.start)
        if not n:
            continue
        if len(participants) > 2 and not lex.host_words.isdisjoint(v.words(i, i + n)):
            continue  # "held at the invitation of Ostria" with four ministers: a host, no caller
        # (far enough for "at the initiative of the Interim President of the Federal Republic of Ostria, X")
        for j in range(i + n, min(v.end, i + n + 11)):
            if v.low(j) in (";", ".", ":"):
                break
            if v.low(j) == "," and not ((after := v.np(j + 1)) is not None and after.start == j + 1
                                        and (v.low(after.end) == "," or v.low(after.end) == "-")):
                break  # past the phrase: "At the request of Ostria's government, X held a call" names no caller
            np = v.np(j)
            if np is not None and np.key is not None:
                return np.key if np.key in participants else None
            country = _country_at(view, v, j)
            if country is not None:  # "initiated by the Qatari side", "at the initiative of Uzbekistan"
                same = _participants_from(view, participants, country)
                return same[0] if len(same) == 1 else None
    return None


def _held_at(v: SentView, ref_end: int, noun: int) -> bool:
    """ "The call, which lasted an hour, was held at Japan's request": between the reference to
    the call and the "at" of the request noun at ``noun`` only a verb of the call's taking
    place (past an aside between commas), so the request is the call's."""
    k = ref_end
    if v.low(k) == ",":
        k = next((j + 1 for j in range(k + 1, min(v.end, k + 14)) if v.low(j) == ","), k)
    at = next((j for j in range(noun - 1, max(v.start, noun - 5) - 1, -1) if v.low(j) == "at"), None)
    return at is not None and k <= at and all(w in _TAKING_PLACE for w in v.words(k, at))


def _first_to_call(view: DocView, v: SentView, participants: frozenset[str]) -> str | None:
    """ "X was among the first leaders to call", "X was the first to phone Y": X called."""
    lex = view.lex
    for i in [k for k, low in enumerate(v.lower, v.start) if low == "first"]:
        to = next((j for j in range(i + 1, min(v.end, i + 4)) if v.low(j) == "to"), None)
        if to is None or v.low(to + 1) not in lex.call_verbs:
            continue
        obj = v.np(to + 2)
        if not (v.low(to + 2) in (",", ".", ";") or obj is not None and obj.start == to + 2 and (
                obj.key in participants or obj.kind == PRONOUN) and v.low(obj.end) in (",", ".", ";", "on", "to", "after")):
            continue  # "the first to call the result a comeback", "the first to call for talks": no call
        k = i - 1
        while k > v.start and v.np(k) is None and v.tok(k).islower():
            k -= 1  # "was among the", "had been the"
        np = v.np(k)
        if np is not None and np.kind == NAME and np.end == k + 1 and np.key in participants and any(
                w in lex.finite_be for w in v.words(np.end, i)):
            return np.key
    return None


# a call's taking place, between "The call" and "at X's request" (closed-class grammar)
_TAKING_PLACE = frozenset({"was", "were", "is", "has", "had", "been", "being", "held", "made", "placed", "initiated",
                           "arranged", "organised", "organized", "came", "took", "place", "set", "up", "also"})
# a possessive pronoun -> the subject pronoun of the other gender (closed-class grammar)
_OTHER_GENDER = {"his": "she", "her": "he"}


def _title_before(v: SentView, np) -> tuple[str, ...]:
    """The words of a person phrase's title, or of the title in apposition right before it ("with
    the bloc's special envoy, X"), back to the comma or the word that opens it."""
    k = np.start - 1
    if v.low(k) == ",":
        k -= 1
        while k > max(v.start, np.start - 10) and v.low(k) not in (",", ";", ":", "with", "to", "from", "and") \
                and v.np(k) is None:
            k -= 1
        return v.words(k + 1, np.start - 1) + v.words(np.start, np.head_start)
    return v.words(np.start, np.head_start)


def _country_at(view: DocView, v: SentView, k: int, countries_only: bool = False) -> str | None:
    """The country token ``k`` names: its country's adjective ("the Qatari side"), or the name
    of the entity mentioned there (any entity's, unless ``countries_only``)."""
    m = v.others.get(k)
    if m is not None and m.key in view.entities and (not countries_only or m.kind is EntityKind.COUNTRY):
        return view.entities[m.key].name
    return v.adjectives.get(k)


def _participants_from(view: DocView, participants: frozenset[str], country: str) -> list[str]:
    return [p for p in participants if view.entities.get(p) and view.entities[p].country == country]


def token_offset(v: SentView, k: int) -> int:
    """Where token ``k`` starts in the sentence's text (characters)."""
    return sum(len(v.tok(j)) + (1 if v.space[j - v.start] else 0) for j in range(v.start, k))


def _duration(view: DocView, v: SentView, anchor: int | None) -> int | None:
    text = view.text[v.char_start : v.char_end]
    found = find_durations(text)
    if not found:
        return None
    if anchor is None or len(found) == 1:
        return found[0][2]
    # several durations: the one nearest the cue describes its call
    pos = token_offset(v, min(anchor, v.end))
    return min(found, key=lambda f: min(abs(f[0] - pos), abs(f[1] - pos)))[2]




def with_sentence(d: Draft, view: DocView, v: SentView) -> tuple[Evidence, ...]:
    """The draft's evidence with sentence ``v`` added (once)."""
    ev = evidence_of(view, v)
    # sentences are read in order, so the draft's evidence is in reading order and ``ev`` is
    # already in it only as its last: O(1) for a call told over thousands of sentences
    return d.evidence if d.evidence and d.evidence[-1].start == ev.start else d.evidence + (ev,)


def absorb(d: Draft, view: DocView, v: SentView, cue: Cue | None = None, days: bool = True,
           previous_day: Callable[..., date | None] | None = None) -> Draft:
    """What a sentence adds to a call: evidence, reporters, its day, duration and caller.
    ``previous_day`` gives the day the text named before the sentence; it is asked only for a
    back reference ("that afternoon"), so the sentences before are read for dates only then."""
    lex: Lexicon = view.lex
    evidence = with_sentence(d, view, v)
    reports = dict(d.reports)
    for key, rev in reports_in(view, v).items():
        reports.setdefault(key, rev)
    for key, rev in interview_reports(view, v).items():
        reports.setdefault(key, rev)  # an answer of an interview given to an outlet
    day, weak, period = d.day, d.day_weak, d.period
    if days and cue is not None and not cue.strong and not d.told_in(v):
        found = call_day(v, lex, cue, d.status, view.anchor_at(v))
        if found.day is not None and not found.weak and (day is None or weak):
            day, weak = found.day, False  # "the two leaders discussed trade on Wednesday night"
    elif days and cue is not None:
        found: Day = call_day(v, lex, cue, d.status, view.anchor_at(v))
        if found.event is not None:
            # "the day after the summit": the day the text gives the summit, else no day (but a
            # back reference's, "the day before the summit", is the day named before)
            told = previous_day(event=found.event, future=d.status is CallStatus.PLANNED) if previous_day is not None else None
            if told is not None and found.around is not None:
                # "on the Friday after the summit": the weekday counted from the summit's day
                found = Day(weekday_around(found.around[0], told, found.around[1]))
            elif told is not None:
                found = Day(told + timedelta(days=found.back_offset))
            elif not found.back_reference:
                found = Day()
        if found.back_reference:
            # ("on the Friday" counts from the days that stand on their own)
            story = found.around[2] if found.around is not None else None
            before = (previous_day(fixed=True) if story else previous_day()) if previous_day is not None else None
            if found.around is not None and story is None:  # "the Sunday after the vote": no day when none was named before
                found = Day(weekday_around(found.around[0], before, found.around[1]) if before else None)
            elif found.around is not None:
                # ("on the Friday" with no day of the story named before: the text's Friday, its fallback)
                found = Day(narrative_resolved(found.around[0], found.around[1], before, view.anchor_at(v), found.fallback))
            else:
                found = Day(before + timedelta(days=found.back_offset) if before else found.fallback)
        if found.day is not None and cue.start and not d.told_in(v) and not lex.confirming_words.isdisjoint(v.lower):
            found = Day(found.day, True)  # "Trump confirmed the call to reporters on Wednesday"
        if found.day and (day is None or (weak and not found.weak) or found.own):
            day, weak = found.day, found.weak
        if day is None and found.period and len(evidence) == 1:
            period = found.period
    duration = d.duration if d.duration is not None else _duration(view, v, cue.start if cue else None)
    caller = d.caller or caller_in(view, v, d.participants)
    return replace(d, evidence=evidence, reports=tuple(sorted(reports.items())), day=day, day_weak=weak,
                   period=period, duration=duration, caller=caller)


def _media_differ(a: Draft, b: Draft) -> bool:
    return CallMedium.UNSPECIFIED not in (a.medium, b.medium) and a.medium is not b.medium


def compatible(a: Draft, b: Draft) -> bool:
    """Whether two mentions can be of one call as far as their days go."""
    if a.day is not None and b.day is not None:
        return a.day == b.day or a.day_weak or b.day_weak
    if a.period is not None and b.period is not None:
        return a.period[0] <= b.period[1] and b.period[0] <= a.period[1]
    for x, y in ((a, b), (b, a)):
        if x.period is not None and y.day is not None:
            return x.period[0] <= y.day <= x.period[1]
    return True


def _join(target: Draft, d: Draft) -> Draft:
    period = target.period
    if (target.day is not None and not target.day_weak) or (d.day is not None and not d.day_weak):
        period = None
    elif period is None or (d.period is not None and d.period[1] - d.period[0] < period[1] - period[0]):
        period = d.period
    day, weak = target.day, target.day_weak
    if d.day and (day is None or (weak and not d.day_weak and d.strong)):
        day, weak = d.day, d.day_weak
    reports = dict(target.reports)
    for k, v in d.reports:
        reports.setdefault(k, v)
    # evidence is gathered by merge_drafts (one dict per call: linear in a call's mentions)
    return replace(
        target, participants=target.participants | d.participants, period=period, day=day, day_weak=weak,
        caller=target.caller or d.caller, duration=target.duration or d.duration,
        medium=target.medium if target.medium is not CallMedium.UNSPECIFIED else d.medium,
        reports=tuple(sorted(reports.items())),
        strong=target.strong or d.strong, negation=target.negation and d.negation,
    )


def _told_held(d: Draft) -> bool:
    """A call told as held, strong, in a sentence that asks nothing ("Has X spoken to Y?" is no
    telling that a request became a call)."""
    return d.status is CallStatus.OCCURRED and d.strong and not any(e.text.rstrip().endswith("?") for e in d.evidence)


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """One draft per call: same people (or a subset), same status, and no conflicting days."""
    merged: list[Draft] = []
    evidence: list[dict[int, Evidence]] = []
    order = {CallStatus.DENIED: 0, CallStatus.ATTEMPTED: 0, CallStatus.OCCURRED: 1, CallStatus.PLANNED: 1}
    for d in sorted(drafts, key=lambda x: (not x.strong, order[x.status], x.sent)):
        target, weak_denial = None, False
        disputing: list[tuple[int, int]] = []  # (preference, index) of calls that dispute d
        # a call of exactly its people first: "the call" of a sentence naming X and Y is theirs,
        # not a call of X's alone announced before ("X has received calls from leaders")
        exact = [n for n, m in enumerate(merged) if m.participants == d.participants and m.status is d.status
                 and compatible(m, d)]
        for n, m in ([(exact[0], merged[exact[0]])] if exact else enumerate(merged)):
            same_people = d.participants <= m.participants or m.participants <= d.participants
            if same_people and m.participants != d.participants and _media_differ(m, d):
                # "X took part in the online summit ... On its eve, X received a phone call
                # from Y": one of X's calls is not the other, of another medium
                same_people = False
            # ("X's call with Y on Saturday ... had first asked for a call on Thursday": an attempt
            # and the call held, each on a day of its own, are two)
            tried_apart = {m.status, d.status} == {CallStatus.ATTEMPTED, CallStatus.OCCURRED} \
                and all(x.day is not None and not x.day_weak for x in (m, d)) and m.day != d.day
            # ("X received calls on Monday. The call from B came on Tuesday": one of the calls, on a
            # day of its own, not all of them)
            one_of_many = m.plural and len(m.participants) < 2 and None not in (m.day, d.day) and m.day != d.day
            same_day = compatible(m, d) or (d.definite and d.period is None and not tried_apart and not one_of_many)
            if any(x.requested and _told_held(y) and y.day is None for x, y in ((m, d), (d, m))):
                same_day = False  # "has asked for a call with Y ... they spoke in 2019": another call
            # an article that denies a call, or says it failed, tells the claim it disputes
            disputed = m.status in (CallStatus.DENIED, CallStatus.ATTEMPTED) and d.status is CallStatus.OCCURRED \
                and len(m.participants) >= 2 and not m.prior \
                and (len(m.participants) >= len(d.participants) or len(d.participants) < 3) \
                and not (m.status is CallStatus.ATTEMPTED and m.day is None and d.day is not None and not d.day_weak)
            # (and a weak denial read after the claim it disputes, which sorts first: "Y reported
            # that X had phoned Z. ... told an agency that 'no conversation between Z and X has
            # taken place'": the claim denied; not one with a day of its own, "had one conversation
            # with Y, on Thursday. There was no second call.")
            # (a claim some outlet or person reported, not a call the text tells as its own: "X
            # phoned Y on Monday. Since then, no conversation between them has taken place")
            denies = d.status is CallStatus.DENIED and m.status is CallStatus.OCCURRED and not d.strong and m.strong \
                and not d.negation and not d.definite and d.day is None and d.period is None and bool(m.reports) \
                and len(d.participants) >= 2 and d.participants == m.participants
            # (a claim with one person named disputes no one's call, nor two people's the call of
            # three they were on: "A had not yet spoken to B one on one"; a call that failed at some
            # time the text does not give is not the call held on a day it gives: "had turned down
            # a call from X ... X rang him on 19 March")
            # "Xi will host a virtual summit ... Modi will join Putin in the virtual meet": a call
            # announced without its people, and the definite reference that names them
            pending = m.status is d.status and ((m.pending and len(m.participants) < 2 and d.definite)
                                                or (d.pending and len(d.participants) < 2 and m.definite))
            # (a call that took place on a day of its own is not the call planned: "after their
            # first call on Monday" beside "will hold a second call")
            dated_apart = {m.status, d.status} == {CallStatus.PLANNED, CallStatus.OCCURRED} and any(
                x.status is CallStatus.OCCURRED and x.day is not None and not x.day_weak for x in (m, d))
            referring = (d.definite and m.participants == d.participants or pending) and not dated_apart
            if denies and same_day:
                target, weak_denial = n, True
                break
            if (same_people or pending) and (m.status is d.status or disputed or referring) and same_day:
                if m.status is d.status or referring or not disputed:
                    target = n
                    break
                disputing.append((0 if m.status is CallStatus.DENIED else 1, n))
        if disputing and (target is None or target > disputing[0][1]):
            # a claim the article denies, rather than a call someone tried and failed to place
            target = min(disputing)[1]
        if target is None:
            merged.append(d)
            evidence.append({e.start: e for e in d.evidence})
        else:
            # (told by another cue: the request's own words hold no call of its own)
            t = merged[target]
            held = (t.sent, t.anchor) != (d.sent, d.anchor) and min(len(d.participants), len(t.participants)) >= 2 and (
                t.requested and _told_held(d) or d.requested and _told_held(t))
            merged[target] = _join(t, d)
            if weak_denial:
                merged[target] = replace(merged[target], status=CallStatus.DENIED)  # (the claim a weak denial disputes)
            if held:
                # "X has asked for a call with Y ... X and Y spoke": the request became the call
                merged[target] = replace(merged[target], status=CallStatus.OCCURRED, requested=False)
            for e in d.evidence:
                evidence[target].setdefault(e.start, e)
    return [replace(m, evidence=tuple(ev.values())) for m, ev in zip(merged, evidence)]


def freeze(d: Draft, article_id: str) -> CallMention:
    parts = tuple(sorted(d.participants))
    day = None if d.day_weak and d.period is not None else d.day
    reports = tuple(sorted((Report(k, ev) for k, ev in d.reports), key=lambda x: (x.outlet, x.evidence.start)))
    evidence = tuple(sorted(d.evidence, key=lambda e: e.start))
    return CallMention(
        article_id=article_id, participants=parts, status=d.status,
        # the day of a report ("X said on Saturday that they had spoken") gives way to the period
        # the text tells for the call itself ("last week"): no day rather than a guess
        caller=d.caller if d.caller in d.participants else None, date=day, medium=d.medium,
        duration_minutes=d.duration, reports=reports, evidence=evidence, period=None if day else d.period,
    )
