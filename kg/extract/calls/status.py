"""A call's status from the words of its own clause: ``call_status(view, lex, cue) -> CallStatus``.

Denied and attempted win over planned, planned over occurred (``data/lexicon/status.json``).
Only the cue's clause counts ("X spoke with Y as Z denies a report of a call" denies the second
call only), and words inside a quotation count only for a cue inside the same quotation ("“We
will speak by phone next week,” he said" is planned; a quoted "will continue to support" says
nothing of a call told outside it). A headline in telegraphic style tells the future with a
bare "to" ("X, Y to hold phone talks").
"""

from __future__ import annotations

import re

from collections.abc import Iterator
from dataclasses import replace

from kg.extract.calls.cues import CALL_VERB, NOUN, Cue
from kg.extract.calls.frames import clause_bounds, lead_clause_end, main_clause_planned, trailing_participle
from kg.extract.calls.lexicon import Lexicon
from kg.extract.calls.requests import call_request
from kg.extract.calls.view import NAME, PRONOUN, ROLE, SentView
from kg.model import CallStatus

__all__ = ["call_status", "called_off_end", "clause_end", "hoped_before", "negation_only", "not_yet", "FUTURE_MODALS"]


def clause_end(v: SentView, start: int, most: int) -> int:
    """Where the clause that starts at ``start`` ends: a comma, semicolon, colon or dash, or
    ``most`` tokens on; an apposition between commas ("a call with X, the chairman of the bloc,
    is being arranged", "talks with Vella's premier, X, are due soon") is passed over."""
    j, end = start, min(v.end, start + most)
    if v.start <= start and _CLAUSE_MARKS.isdisjoint(v.lower[start - v.start : end - v.start]):
        return end  # (no mark in reach, most clauses: one set operation, not a step per word)
    while j < end:
        if v.low(j) == "," and (np := _np_ending(v, j)) is not None and np.kind == NAME \
                and v.low(j + 1) in ("the", "a", "an"):
            close = next((k for k in range(j + 2, min(v.end, j + 13)) if v.low(k) in (",", ";", ".")), None)
            if close is not None and v.low(close) == ",":
                end = min(v.end, end + close + 1 - j)
                j = close + 1
                continue
        if v.low(j) == "," and (np := v.np(j + 1)) is not None and np.start <= j + 1 < np.end and np.kind == NAME \
                and v.low(np.end) == ",":
            # "talks with Vella's premier, Amara Dule, are due soon": the name in apposition
            end = min(v.end, end + np.end + 1 - j)
            j = np.end + 1
            continue
        if v.low(j) == "," and v.low(j + 1).endswith("ed") and v.low(j + 2) == "by":
            # "a call between A and B, requested by the Chinese side, would take place": a
            # participle's phrase between commas
            close = next((k for k in range(j + 3, min(v.end, j + 12)) if v.low(k) in (",", ";", ".")), None)
            if close is not None and v.low(close) == ",":
                end = min(v.end, end + close + 1 - j)
                j = close + 1
                continue
        if v.low(j) in _CLAUSE_MARKS:
            return j
        j += 1
    return end


# what ends a clause (``clause_end``); a set, as a tuple compares a word with each item in turn
_CLAUSE_MARKS = frozenset((",", ";", "—", "–", ":"))


def _np_ending(v: SentView, j: int):
    return next((np for np in v.nps if np.end == j), None)


def _telegraphic_future(v: SentView, lex: Lexicon, cue: Cue) -> bool:
    """ "Xi, Lula to hold phone talks", "Macron to call Biden on Friday": a headline's future."""
    # the article's title line is a headline whatever its capitals ("Premier to call king over ties")
    title_line = v.index == 0 and v.lower[-1] not in (".", "!", "?", '"', "”", "’", "'")
    start = cue.verb_start
    k = start - 1
    while k >= v.start and v.low(k) in lex.telegraphic_future_words:
        k -= 1
    to = k if v.low(k) == "to" else start - 1 if v.low(start - 1) == "to" else None
    if to is None and (v.headline or title_line) and v.low(start - 1) in lex.adverbial_cue_prepositions:
        # "X, Y to discuss pact in call this week": the headline's verb after its names' "to"
        to = next((j for j in range(v.start + 1, start - 1) if v.low(j) == "to" and (np := v.np(j - 1)) is not None
                   and np.kind == NAME and np.end == j and v.tok(j + 1).isalpha() and v.tok(j + 1).islower()), None)
    if to is None or any(v.low(j) in lex.ordinal_before_to for j in range(max(v.start, to - 3), to)):
        # (not "X, Y among first to call new king": one of the calls that came; nor "X first
        # Western leader to speak with Y")
        return False
    if v.headline or title_line:
        return True
    # "Dule to phone Meloni this week" heading a live blog's entry: a name opens the
    # sentence and "to" follows it, with no verb of its own
    # (after the entry's stamp, when the sentencizer left it on: "09:40 | Dule to phone Meloni")
    opening = v.start
    if _CLOCK.match(v.tok(opening)):
        opening += 1
        while opening < to and v.low(opening) in _CLOCK_SUFFIXES:
            opening += 1  # right after the time: "9:40 AM ET" (after a mark, "PM" is a prime minister)
        while opening < to and (v.tok(opening) in _STAMP_MARKS or v.tok(opening).isspace()):
            opening += 1
    first = v.np(opening)
    return first is not None and first.kind in (NAME, ROLE) and first.start == opening and first.end == to


# the modals of a clause's future (grammar): the call it is told in is to come
FUTURE_MODALS = frozenset(("will", "would", "'ll", "’ll", "shall"))  # (closed-class grammar)

# a live blog entry's stamp before its heading: a clock time and the mark after it (grammar)
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?$")
_CLOCK_SUFFIXES = frozenset(("am", "pm", "a.m.", "p.m.", "et", "gmt", "utc", "bst", "cet", "cest", "est", "edt"))
_STAMP_MARKS = frozenset(("|", "—", "–", "-", ":"))


def _future_of_the_teller(v: SentView, lex: Lexicon, lo: int, first: int) -> bool:
    """A person's future governs the verb a call noun at ``first`` is told with: "X will tell Y in
    a phone call", "X is expected to raise it in a call", "Officials said X will press Y in a call"
    (a person right before the future, or a pronoun with no verb of saying before it: "X said he
    would raise it in a call" may tell what was said in one; not "France would support Y in a
    call", a country's; not "'We will help,' X said in a call": nothing of saying nor a quotation
    between the future and the call; not "would later", "would not", "would have")."""
    for k in range(lo, first):
        n = 1 if v.low(k) in FUTURE_MODALS else 0
        if not n:
            n = lex.status["planned"].match(v.lower, k - v.start)
            if not n or not v.low(k + n - 1).isalpha() or v.low(k) in ("may", "might", "could", "planned", "planning"):
                continue
        subject = v.np(k - 1)
        if subject is None or subject.end != k or subject.kind not in (NAME, PRONOUN, ROLE) or subject.possessive:
            continue
        if subject.kind == PRONOUN and any(v.low(j) in lex.reporting_words or v.low(j) in lex.speech_verbs or v.low(j) == "that"
                                           for j in range(lo, subject.start)):
            # "X said he would ... in a call", "X pledged that she would ...": what the one saying it
            # said, maybe in the call (but "Officials said Y will press Z in a call": Y's plan)
            continue
        if v.low(k + 1) in ("not", "later", "have", "never") or v.low(k + n) in ("not", "later", "have"):
            continue
        between = range(k + n, first)
        if any(v.low(j) in lex.reporting_words or v.low(j) in lex.speech_verbs and j == k + n - 1
               or v.low(j) in ('"', "“", "”", ",", ";") or v.low(j) in lex.relative_pronouns for j in between):
            continue
        return True
    return False


def _in_the_call(v: SentView, lex: Lexicon, first: int) -> bool:
    """The call noun opening at ``first`` is the one something was said in: "in (their) first
    call", "during a phone call" ("in" and "during" are grammar of the construction)."""
    k = first - 1
    while k > v.start and (v.low(k) in lex.determiners or v.low(k) in lex.possessive_pronouns
                           or v.low(k) in lex.ordinal_before_to or v.low(k) in lex.medium_words):
        k -= 1
    return v.low(k) in ("in", "during")


def _tried(v: SentView, lex: Lexicon, cue: Cue, lo: int) -> bool:
    """ "tried several times to reach X by phone", "has been trying for days to call X": a verb
    of trying, "to" within a few words, and the call's verb (or the cue) right after it."""
    start = cue.verb_start
    first = max(lo, start - 8)
    if v.start <= first and lex.attempt_verbs.isdisjoint(v.lower[first - v.start : start - v.start]):
        return False  # (no verb of trying: most cues, in one set operation)
    for k in range(first, start):
        if v.low(k) in lex.attempt_verbs:
            to = next((j for j in range(k + 1, min(start, k + 6)) if v.low(j) == "to"), None)
            if to is not None and start - to <= 3 and (k in v.quoted) == (cue.start in v.quoted):
                return True
    return False


def _not_a_person_at(v: SentView, k: int) -> bool:
    """What follows "reach" at token ``k`` is no person: a thing it does not name ("reach an
    agreement", "reach any deal": an indefinite article, closed-class grammar), or a country,
    organisation or outlet ("reach Kyiv")."""
    return v.low(k) in ("a", "an", "any", "no") or (k in v.others and v.np(k) is None)


def _phrases_in(v: SentView, lex: Lexicon, cue: Cue, a: int, b: int, name: str) -> Iterator[object]:
    """The values of the phrases of status section ``name`` that count for ``cue`` between
    tokens ``a`` and ``b``, in order."""
    phrases = lex.status[name]
    lower, start, firsts = v.lower, v.start, phrases.firsts
    lo, hi = max(a, start), min(b, v.end)
    if lo >= hi or firsts.isdisjoint(lower[lo - start : hi - start]):
        return  # no phrase starts between them (most cues: one set operation, before the setup)
    cue_quoted = cue.start in v.quoted
    quoted = v.quoted
    own_phrase: set[int] = set()
    if name == "planned" and cue.kind == "noun":
        # "end a scheduled hour-long call": a word inside the call's own noun phrase tells no plan
        # by itself ("a scheduled call next week" has its future elsewhere)
        k = cue.start - 1
        while k > v.start and cue.start - k < 7 and v.low(k) not in lex.own_phrase_openers:
            own_phrase.add(k)
            k -= 1
    in_dates = None
    for i in range(lo, hi):
        if lower[i - start] not in firsts:
            continue  # (no phrase starts here: the common case, tested first)
        # what follows the call's phrase may be quoted as the text's own predicate: 'a call
        # between them "is being arranged"'
        if (i in quoted) != cue_quoted and name != "planned_after":
            continue
        if lower[i - start] == "may":
            if in_dates is None:
                # "on 3 May": a month's name is no modal (while "next week" in a date still tells a plan)
                in_dates = {k for d in v.dates for k in range(d.start, d.end) if v.low(k) == "may"}
            if i in in_dates or i in v.np_at:
                # (a person's name is no modal either: "Theresa May spoke with ...")
                continue
        if i in own_phrase and v.low(i) in lex.own_phrase_plan_words:
            continue
        n, value = phrases.lookup(v.lower, i - v.start)
        if n:
            if name == "planned" and (lex.status["past_modals"].match(v.lower, i - v.start)
                                      or lex.status["blessings"].match(v.lower, i - v.start)):
                continue  # "could have held": a past claim; "may God keep him": a blessing
            if name == "planned" and n == 1 and v.low(i) in lex.plan_nouns and v.low(i + 1) not in ("for", "to") and (
                    v.low(i - 1) in lex.determiners or v.low(i - 1) in lex.possessive_pronouns or v.low(i - 1) in ("'s", "’s")):
                continue  # "went over the cabinet's plans by phone": a noun, no plan of a call
            if name in ("planned", "planned_after") and v.low(i + n) in ("'s", "’s") and i >= cue.end:
                continue  # "held a call on Thursday ahead of next week's meeting": the meeting's time
            if name == "attempted" and i >= cue.end and v.low(i + n - 1) == "to" and _verb_of_calling(v, lex, i + n) \
                    and _own_subject_before(v, lex, cue.end, i):
                # "after X had been on the phone to Y, Z tried to ring W": the try of another verb
                # of calling, with a subject of its own after the cue's clause, is that verb's own
                # (not "phoned Y but could not reach her": the call's own failure)
                continue
            if name == "attempted" and v.low(i + n - 1) == "reach" and _not_a_person_at(v, i + n):
                continue  # "has not been able to reach an agreement with Y": no try to reach Y
            if value == "before" and i >= cue.end:
                continue  # "was the first to call, followed by Y": who called next, no plan
            if isinstance(value, frozenset) and not (cue.kind == "noun" and cue.light_start is not None
                                                     and v.low(cue.light_start) in value):
                # "has a call with Y arranged for Friday" (a plan held now), not "a call scheduled
                # for Monday went ahead", "held the call that had been set for Friday"
                continue
            if value == "attributive" and not (cue.kind == "noun" and cue.strong and i + n <= cue.start <= i + n + 2):
                # "discussed upcoming events by phone", "discussed upcoming talks in a call": the
                # word is another noun's (a call's own noun names a call by itself: "phone call")
                continue
            if value == "negation" and not (i <= cue.start <= i + n + 3):
                continue  # "had not yet spoken with X but plans to talk with him by phone": the talk it negates
            if name in ("denied", "attempted") and lex.status["denial_qualifiers"].match(v.lower, i + n - v.start):
                continue  # "The call did not happen in isolation": how it came about, not whether
            if name == "denied" and i < cue.start and any(v.low(k) in lex.confirmations for k in range(i + n, cue.start)):
                continue  # "denies X phoned Y, confirms call with Z": the call confirmed after the denial
            if name == "denied" and v.low(i + n - 1) == "no" and not any(
                    v.low(k) in lex.nouns.firsts or v.low(k) in lex.medium_words or v.low(k) in lex.no_call_words
                    for k in range(i + n, min(v.end, i + n + 3))):
                continue  # "there was no answer", "there was no agreement": no call denied
            yield value


def _verb_of_calling(v: SentView, lex: Lexicon, k: int) -> bool:
    """Token ``k`` opens a verb of calling, reaching or talking ("ring", "reach", "speak")."""
    low = v.low(k)
    return low in lex.call_verbs or bool(lex.contact_verbs.match(v.lower, k - v.start)) \
        or bool(lex.talk_verbs.match(v.lower, k - v.start))


def _own_subject_before(v: SentView, lex: Lexicon, after: int, k: int) -> bool:
    """A person phrase not governed by a preposition ends right before token ``k`` (an auxiliary
    between them aside), with a comma between ``after`` and it: the subject of a clause of its
    own ("..., Z tried to ring W")."""
    j = k - 1
    while j > after and v.np(j) is None and v.tok(j).isalpha() and v.tok(j).islower() and k - j <= 2:
        j -= 1  # ("Z had tried to")
    np = v.np(j)
    return np is not None and np.end == j + 1 and not np.possessive \
        and np.governor not in lex.governing_prepositions and any(v.low(m) == "," for m in range(after, np.start))


def hoped_before(v: SentView, lex: Lexicon, cue: Cue) -> int | None:
    """Where a hope ending right before the call's verb starts ("hopes to speak with X", "hope to
    hold a video call": status.json plan_hopes), or None."""
    verb = cue.verb_start
    for k in range(max(v.start, verb - 3), verb):
        if v.low(k) in lex.plan_hopes.firsts and k + lex.plan_hopes.match(v.lower, k - v.start) == verb:
            return k
    return None


def _arrived(v: SentView, lex: Lexicon, cue: Cue) -> bool:
    """A call noun whose verb of arriving (call_arrival_verbs) stands right after it, or after a
    perfect's auxiliary ("The next call came on Wednesday", "the next call had come from Y"): a
    call told as made, whatever "next" plans ("the next call will come" has its modal between)."""
    if cue.kind != NOUN:
        return False
    k = cue.end + (v.low(cue.end) in lex.perfect_auxiliaries)
    return v.low(k) in lex.call_arrival_verbs


def denied_report_at(v: SentView, lex: Lexicon, k: int) -> int | None:
    """ "dismissed a Vell Times report that", "rejected the newspaper's report that": a verb of
    ``report_denials`` at token ``k``, a determiner, up to four words qualifying the report (an
    outlet's, "front-page"), a report's noun and "that": where that "that" stands, else None."""
    if v.low(k) not in lex.report_denials or v.low(k + 1) not in lex.determiners:
        return None
    j = k + 2
    nouns = lex.denied_report_nouns
    while j < min(v.end, k + 7) and v.low(j) not in nouns and (v.tok(j).isalpha() or v.low(j) in ("-", "'s", "’s")):
        j += 1
    return j + 1 if j > k + 2 and v.low(j) in nouns and v.low(j + 1) == "that" else None


def _outlet_report_denied(v: SentView, lex: Lexicon, cue: Cue, lo: int) -> bool:
    """ "dismissed a Vell Times report that X had spoken with Y" (``denied_report_at``), in the
    cue's clause: its "that" clause holds the cue within twelve words, no comma, semicolon or
    "and"/"but" between (not "dismissed a report that X was ill and said he phoned Y")."""
    for k in range(max(lo, cue.start - 20), cue.start):
        that = denied_report_at(v, lex, k)
        if that is not None and that < cue.start <= that + 12 \
                and not any(v.low(j) in (",", ";", "and", "but") for j in range(that, cue.start)):
            return True
    return False


def call_status(v: SentView, lex: Lexicon, cue: Cue) -> CallStatus:
    lo, hi = clause_bounds(v, lex, cue.start)
    if (main := lead_clause_end(v, lex, cue)) is not None:
        lo = max(lo, main)  # "Unable to reach X, Y spoke instead to Z": the lead clause's words are its own
    # "denied that X had spoken with Y, but said Z had talked with W": what "but" goes on to say
    # is a statement of its own
    said = next((k for k in range(cue.start - 1, lo, -1) if v.low(k) == "but" and (
        v.low(k + 1) in lex.reporting_words or v.low(k + 1) in lex.confirmations)), None)
    if said is not None:
        lo = said + 1

    def has(a: int, b: int, name: str) -> bool:
        return next(_phrases_in(v, lex, cue, a, b, name), None) is not None

    if cue.light is not None and cue.light.status is not None:
        return cue.light.status  # "declined a call from", "sought a call with"
    if any(v.low(k) in lex.relative_pronouns for k in range(max(lo, cue.verb_start - 3), cue.verb_start)) \
            and (close := next((j for j in range(cue.end, hi) if v.low(j) == ","), None)) is not None:
        # "A and B, who spoke by phone on Monday, are to meet next month": the relative clause
        # ends at its comma, the main clause's plan is no plan of its call
        hi = close
    if hoped_before(v, lex, cue) is not None:
        return CallStatus.PLANNED  # "hopes to speak with X by phone"
    if (trailing := trailing_participle(v, lex, cue)) is not None and main_clause_planned(v, lex, trailing[0]):
        return CallStatus.PLANNED  # "X will phone Y on Friday, a day after speaking with Z"
    if (request := call_request(v, lex, cue)) is not None and request.refused:
        return CallStatus.ATTEMPTED  # "X's request for a call was turned down"
    if _correlative_negation(v, lex, cue, lo, hi):
        return CallStatus.DENIED  # "Neither A nor B has phoned Y": a negation, as "has not phoned"
    tried = _tried(v, lex, cue, lo)
    # (a try's own failure after it is no denial: "tried to reach Y on Thursday, but there was no
    # answer"; a denial before it still is: "denied that X had tried to reach Y")
    if has(lo, cue.start if tried else hi, "denied") or _outlet_report_denied(v, lex, cue, lo):
        return CallStatus.DENIED
    if has(lo, hi, "attempted"):
        return CallStatus.ATTEMPTED
    if tried or _failed_after(v, lex, cue.end, ringing=cue.kind == CALL_VERB and not cue.passive) or _failing(v, lex, cue):
        return CallStatus.ATTEMPTED
    # the future may be told before a subordinate clause: "is expected to ... when he speaks"
    # (counted from after the noun's people: "a call between A and B would take place")
    after = clause_end(v, _past_partners(v, lex, cue), 14)
    # "held a call on Thursday in which they discussed next week's summit": the relative
    # clause tells what was said, not when the call is
    after = next((j for j in range(cue.end, after) if v.low(j) in lex.relative_pronouns), after)
    first = cue.verb_start
    det = v.low(first - 1) in {"a", "an", "the"} or v.low(first - 1) in lex.possessive_pronouns
    opener = v.low(first - 2) if det else v.low(first - 1)
    if opener in lex.clause_adverbs and opener in lex.clause_breaks:
        lo = max(lo, first)  # "will ship fuel after (a) call with X": the plan is the other clause's
    if cue.kind != NOUN and any(v.low(k) in lex.speech_verbs for k in range(max(lo, first - 6), first)):
        # "X tells Y by phone that Varnia will apply": the future is what was said, not the call
        # (not after a call noun: "welcomed a call that will be held" is a relative clause)
        said = next((j for j in range(cue.end, min(hi, cue.end + 4)) if v.low(j) == "that"), None)
        if said is not None:
            hi, after = min(hi, said), min(after, said)
    if cue.kind == NOUN and _in_the_call(v, lex, first):
        if any(v.low(k) in lex.speech_verbs for k in range(lo, first)):
            # "X assures Y Vella will defend the isles in first call": the future is what was said in it
            # (and "told Y in a call on Monday that the request was under consideration")
            lo = max(lo, first)
            said = next((j for j in range(cue.end, hi) if v.low(j) == "that"), None)
            if said is not None:
                hi, after = min(hi, said), min(after, said)
        elif _future_of_the_teller(v, lex, lo, first):
            # "X will tell Y in a phone call that ...", "X said he would raise it in a call with Y":
            # the future of the one telling is the call's
            return CallStatus.PLANNED
    # (what the talk was about is no plan of it: "spoke by phone about the planned summit", but
    # "the call about the border is scheduled for Friday": the plan after the topic's words)
    topic, topic_end = _topic_after(v, lex, cue, hi)
    if (has(max(lo, cue.start - 8), min(hi, cue.end + 4, topic), "planned") or has(topic_end, min(hi, cue.end + 4), "planned")
            or has(cue.end, min(after, topic), "planned_after") or has(topic_end, after, "planned_after")) \
            and not _arrived(v, lex, cue):
        return CallStatus.PLANNED
    if _telegraphic_future(v, lex, cue) or called_off_end(v, lex, cue) is not None:
        return CallStatus.PLANNED
    return CallStatus.OCCURRED


_BE_FORMS = frozenset(("was", "were", "is", "are", "has", "have", "had", "been", "being"))


def _topic_after(v: SentView, lex: Lexicon, cue: Cue, hi: int) -> tuple[int, int]:
    """Where a topic opened by a topic opener in the four words after the cue begins and ends
    (at a comma, a form of "be", a modal or a clause's break: "about the border is scheduled"),
    else ``(hi, hi)``."""
    topic = next((j for j in range(cue.end, min(hi, cue.end + 4)) if v.low(j) in lex.topic_openers), None)
    if topic is None:
        return hi, hi
    end = next((j for j in range(topic + 1, hi) if v.low(j) in (",", ";", ":") or v.low(j) in _BE_FORMS
                or v.low(j) in ("will", "would") or v.low(j) in lex.clause_breaks), hi)
    return topic, end


def called_off_end(v: SentView, lex: Lexicon, cue: Cue) -> int | None:
    """A call noun, the subject of its clause, then a form of "be" and a participle of calling
    off ("The phone call between X and Y was postponed", "A video call with X has been put
    off"): the call was planned and did not take place. Where the participle ends, else None.
    A day may stand before the verb ("the call on Friday was postponed")."""
    if cue.kind != NOUN:
        return None
    # (a day may stand before the partners or after them: "the call on Friday between A and B")
    day = next((d for d in v.dates if d.start == cue.end), None)
    k = _past_partners(v, lex, replace(cue, end=day.end) if day is not None else cue)
    k = next((d.end for d in v.dates if d.start == k), k)
    if v.low(k) not in _BE_FORMS:
        return None
    while v.low(k) in _BE_FORMS or v.low(k) in ("also", "now", "since", "later", "reportedly"):
        k += 1
    n = lex.called_off.match(v.lower, k - v.start)
    return k + n if n else None


def _past_partners(v: SentView, lex: Lexicon, cue: Cue) -> int:
    """The token after a call noun's partner phrase ("a call between A and B", "talks with A"),
    else the token after the cue."""
    j = cue.end
    if cue.kind != NOUN or not (v.low(j) == "between" or v.low(j) in lex.partner_prepositions):
        return j
    j += 1
    while j < v.end:
        np = v.np(j)
        if np is not None and np.start == j:
            # (up to a comma inside the phrase: "the prime minister, X," is an apposition
            # ``clause_end`` passes over)
            j = next((k for k in range(np.start, np.end) if v.low(k) == ","), np.end)
            if j < np.end:
                break
        elif v.low(j) == "and" and (nxt := v.np(j + 1)) is not None and nxt.start == j + 1:
            j += 1  # (a comma is ``clause_end``'s to read: an apposition after the name)
        else:
            break
    return j


def _failure_at(v: SentView, lex: Lexicon, j: int) -> int:
    """The length of the words saying a call failed (status.json failed_connections: "could not
    connect") starting at token ``j``, 0 when none does."""
    phrases = lex.status["failed_connections"]
    return phrases.match(v.lower, j - v.start) if v.low(j) in phrases.firsts else 0


def _ends_there(v: SentView, k: int, end: int) -> bool:
    """Nothing of the clause goes on at token ``k``: ``end`` is reached or a mark stands there
    ("could not connect." but not "could not connect their grids", "... get through to W")."""
    return k >= end or not v.tok(k)[:1].isalpha()


def _failing(v: SentView, lex: Lexicon, cue: Cue) -> bool:
    """The cue is the verb of words saying a call failed ("they could not connect."), read as a
    plan of a contact otherwise."""
    for j in range(max(v.start, cue.start - 4), cue.start + 1):
        n = _failure_at(v, lex, j)
        if n and j + n >= cue.end and _ends_there(v, j + n, v.end):
            return True
    return False


def _failed_after(v: SentView, lex: Lexicon, hi: int, ringing: bool = False) -> bool:
    """ "X rang Y on Friday, but they could not connect.", "..., but the line could not be
    connected.": the clause after the call's, opened by "but" and about the call or the two (a
    pronoun or "the ..." opening it), ends with words saying it failed (status.json
    failed_connections)."""
    # (the first "but" after the clause, past an adverbial one: "rang on Friday, not long after
    # the vote, but they ...")
    k = next((j for j in range(hi, min(v.end, hi + 14)) if v.low(j) == "but" and v.low(j - 1) == ","), None)
    if k is None or any(v.low(j) in (";", ".", ":") for j in range(hi, k)):
        return False
    opener = v.np(k + 1)
    if not (opener is not None and opener.kind == PRONOUN and opener.start == k + 1 or v.low(k + 1) in ("the", "it")):
        return False  # ("but Z could not get through to her": another's attempt)
    end = clause_bounds(v, lex, k + 1)[1]
    for j in range(k + 1, end):
        if n := _failure_at(v, lex, j):
            return _ends_there(v, j + n, end)  # (the first such words decide)
    if ringing and opener is not None and opener.kind == PRONOUN and opener.word in lex.subject_pronouns:
        # "rang Y, once the count was over, but he did not pick up." (unanswered_endings)
        phrases = lex.status["unanswered_endings"]
        for j in range(k + 2, end):
            if v.low(j) in phrases.firsts and (n := phrases.match(v.lower, j - v.start)):
                return _ends_there(v, j + n, end)
    return False


def _correlative_negation(v: SentView, lex: Lexicon, cue: Cue, lo: int, hi: int) -> bool:
    """A correlative negation ("neither ... nor") of the call itself: its subjects ("Neither A nor B
    (has) phoned Y", the pair's people right before the verb), its partners right after the cue
    ("spoke to neither A nor B"), or its verb ("neither phoned Y nor met him")."""
    pairs = lex.correlative_negations
    if v.low(cue.start - 1) in pairs and cue.kind != NOUN:
        # (a verb's: "neither call had been announced" is a determiner of the call, no negation)
        return any(v.low(j) == pairs[v.low(cue.start - 1)] for j in range(cue.end, hi))
    verb = cue.start
    while verb > lo and (v.low(verb - 1) in lex.subject_verb_gap or v.low(verb - 1).endswith("ly")
                         or v.low(verb - 1) == "yet"):  # ("has yet spoken": as not_yet reads it)
        verb -= 1
    second = next((np for np in v.nps if np.end == verb and not np.possessive), None)
    if second is not None and second.start - 1 >= lo and (pair := v.low(second.start - 1)) in pairs.values():
        first = next((np for np in v.nps if np.end == second.start - 1 and not np.possessive), None)
        # ("Neither" opening the sentence may open the name's span too: its capital)
        if first is not None and (pairs.get(v.low(first.start - 1)) == pair and first.start - 1 >= lo
                                  or pairs.get(v.low(first.start)) == pair and first.start >= lo):
            return True
    k = cue.end + (v.low(cue.end) in lex.partner_prepositions)
    if v.low(k) in pairs and (first := v.np(k + 1)) is not None and first.start == k + 1 \
            and v.low(first.end) == pairs[v.low(k)] and (second := v.np(first.end + 1)) is not None \
            and second.start == first.end + 1:
        return True
    return False


def negation_only(v: SentView, lex: Lexicon, cue: Cue) -> bool:
    """The cue's clause is denied only by saying the talk did not happen ("X has not spoken to
    Y", "the two have never spoken by phone"): it claims no call of its own, unlike a denial of a
    report ("denied reports that X had phoned Y") or of a call ("no such call took place")."""
    lo, hi = clause_bounds(v, lex, cue.start)
    found = list(_phrases_in(v, lex, cue, lo, hi, "denied"))
    if not found:
        return _correlative_negation(v, lex, cue, lo, hi)
    return all(value == "negation" for value in found)


def not_yet(v: SentView, lex: Lexicon, cue: Cue) -> bool:
    """ "As of Monday the two had not yet spoken", "X has yet to call Y": the clause says no call
    has happened so far, on no day of its own (the day is when that was still so)."""
    lo, hi = clause_bounds(v, lex, cue.start)
    return any(v.low(k) == "yet" for k in range(max(lo, cue.start - 4), min(hi, cue.end + 8)))

