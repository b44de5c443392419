"""Reading an article sentence by sentence into the calls it tells: ``read_calls(view)``.

A fold over the sentences with an immutable state (the drafts so far, the call being told,
recent subjects). What only some sentences need is worked out when a rule asks for it, not for
every sentence: the recent subjects (``discourse.with_subject_of``), the day the text named last
(``_DaysNamed``) and each sentence's phrases and dates (``view.SentView``). Per sentence:
1. its cues (``kg.extract.calls.cues``) and what each says (``frames``); the person phrases
   resolved (``discourse``); one draft per call: a list of separate calls gives one per
   partner, "and to B" a call of its own;
2. a sentence with no call of its own may go on about the call being told: a reference ("the
   call lasted an hour", "The disclosure came in a post on X"), who joined or took part, or
   the two leaders again; it adds evidence, reporters and, for references, the day;
3. at the end: weak mentions are kept only where a strong one tells the same people; summaries
   of calls the article tells one by one are dropped; a live blog's undated entries take its
   day; a day told once for a group of calls carries to each; mentions of one call merge.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial

from kg.extract.calls.cues import ADVERBIAL, CALL_VERB, CONTACT_VERB, NOUN, TALK_VERB, Cue, after_ordinal_to, find_cues, first_on_the_line, line_holder, quote_opens_before, tells_a_time, titled_description_then_name
from kg.extract.calls.discourse import (Context, answered_yes, answers_a_question, asked_partner, label_reach, labelled_speaker, leaders_named_before, paragraph_of, question_before, quote_speaker, quoted_statement_before,
                                       resolve, subject_of_sentence,
                                       transcript_answer, with_subject_of)
from kg.extract.calls.drafts import Draft, absorb, caller_in, freeze, merge_drafts, token_offset, with_sentence
from kg.extract.calls.lexicon import Lexicon, names_a_talking_minister
from kg.extract.calls.frames import (Frame, opening_verb_of_quotation, trailing_participle, adjunct_after_objects, clause_bounds, coordinated_after, first_member, in_adjunct, of_whom_after,
                                     partner_after, read_frame, subjects_before)
from kg.extract.calls.reporters import has_report_cue, reports_in
from kg.extract.calls.status import call_status, clause_end, hoped_before, negation_only, not_yet
from kg.extract.calls.view import ENTRY_STAMP, GROUP, NAME, NAMED_TIMES, PRONOUN, QUOTE_MARKS, ROLE, DocView, PersonNP, SentView
from kg.extract.calls.zones import clock_at, clock_universal_day
from kg.extract.roles import holds_portfolio, minister_roles_not
from kg.extract.places import known_place
from kg.extract.dates import find_date_expressions
from kg.extract.dates import back_reference_offset, calendar_names, day_parts, find_durations, is_back_reference, resolve_date, resolve_period, weekday_around
from kg.extract.calls.when import (by_reporting_word, call_day, opening_event, day_named_in, day_of_event, event_weekday, event_weekday_day,
                                   event_days_in, event_family, event_noun_at, in_clause_of_its_own, names_a_year, narrative_day, narrative_resolved)
from kg.extract.calls.reporters import evidence_of
from kg.model import CallMedium, CallMention, CallStatus, EntityKind, Evidence, Report
from kg.extract.calls.records import replace  # (dataclasses.replace, quicker for slotted records)

__all__ = ["read_calls", "credit_evidence", "with_agencies"]


@dataclass(frozen=True)
class _State:
    drafts: tuple[Draft, ...] = ()
    current: int | None = None  # index in drafts of the call being told
    told: int | None = None  # the last call that took place
    last_told: int = -10  # sentence index
    ctx: Context = field(default_factory=Context)
    # (subject, day, sentence): "calls with A, B and C on Tuesday"; no subject: "Saturday brought more calls"
    group_days: tuple[tuple[str | None, date, int], ...] = ()
    summaries: frozenset[str] = frozenset()  # subjects of strong summaries: "Xi's phone conversations with leaders of ..."
    days: "_DaysNamed | None" = None  # the day the text named last before each sentence, asked when needed
    last_from: str | None = None  # the caller named last ("leaders declined a call from Biden")
    receiver: tuple[str, int] | None = None  # (key, sentence) of "X received calls", "calls poured in for X"
    dialler: tuple[str, int] | None = None  # (key, sentence) of "X to call IMF chief": a caller whose callee is unnamed


def _phrase_before(v: SentView, phrases, start: int) -> bool:
    """One of ``phrases`` starts in the five words before token ``start`` and ends at most one
    word after it."""
    return next(_phrases_before(v, phrases, start), None) is not None


def _phrases_before(v: SentView, phrases, start: int) -> Iterator[int]:
    """Where each of ``phrases`` starts that starts in the five words before token ``start``
    and ends at most one word after it (quote marks inside a phrase are none of its words:
    'there were "no plans" for a call')."""
    lower, firsts = v.lower, phrases.firsts
    near = range(max(v.start, start - 7), min(v.end, start + 2))
    if not QUOTE_MARKS.isdisjoint(lower[near.start - v.start:near.stop - v.start]):
        marks = [k for k in near if lower[k - v.start] in QUOTE_MARKS]
        kept = [k for k in range(max(v.start, start - 5 - len(marks)), min(v.end, start + 2)) if k not in marks]
        words = [lower[k - v.start] for k in kept]
        for j, k in enumerate(kept):
            if k < start and words[j] in firsts and (n := phrases.match(words, j)) and kept[j + n - 1] <= start:
                yield k
        return
    for k in range(max(v.start, start - 5), start):
        if lower[k - v.start] not in firsts:
            continue  # (no phrase starts here: a set lookup, not a call)
        n = phrases.match(lower, k - v.start)
        if n and k + n <= start + 1:
            yield k


def _depicted(v: SentView, lex, cue: Cue) -> Cue:
    """ "aired footage of X speaking on the phone": a call word in a participle after a picture
    of someone shows the call told before (a definite cue), not a call of its own; "footage of
    X speaking by phone with Y" tells the call, with its partner. The participle may follow a
    comma after where the picture shows the person ("footage of X at his home, speaking on the
    phone")."""
    comma = None
    for k in range(cue.start - 1, max(v.start, cue.start - 14) - 1, -1):
        if v.low(k) in lex.depiction_nouns and v.low(k + 1) == "of" and v.np(k + 2) is not None:
            if v.np(k + 2).kind == NAME and partner_after(v, lex, cue):
                return cue
            return replace(cue, definite=True) if cue.start - k <= 8 or comma is not None else cue
        if v.low(k) in (",", ";", "."):
            if comma is not None or v.low(k) != "," or cue.start - k > 2:
                break
            comma = k  # ("..., speaking on the phone": the participle, or the phrase right after it)
    return cue


def _attempt_before(v: SentView, lex, start: int) -> bool:
    """ "declined to take a call from X": an attempt phrase before the cue, which the refusal
    inside it ("declined to") does not make a hypothetical or refused call: X's call was attempted."""
    return _phrase_before(v, lex.status["attempted"], start)


def _refused(v: SentView, view: DocView, cue: Cue) -> bool:
    """A refusal right before the cue: "the premier said she will not request a call with him"."""
    start = cue.verb_start
    return _phrase_before(v, view.lex.refusals, start) and not _attempt_before(v, view.lex, start)


def _hypothetical(v: SentView, view: DocView, cue: Cue) -> bool:
    lex = view.lex
    held = line_holder(v, lex, cue)  # ("If X had Y on the line": the verb before the partner)
    start = _verb_of(v, lex, cue) if held is None else held
    if _attempt_before(v, lex, start):
        return False
    if all(is_back_reference(d.expression.lower().strip()) for d in v.dates) and (v.low(start - 1) in lex.ability_modals
                        or (v.low(start - 2) in lex.ability_modals and v.tok(start - 1).isalpha() and v.tok(start - 1).islower()
                            and v.low(start - 1) not in lex.partner_prepositions)):
        # "among the few who can ring both A and B within the hour": what one is able to do (not
        # "can now phone Y, and did so on Monday", a sentence that dates a call)
        return True
    if (hope := hoped_before(v, lex, cue)) is not None and v.low(hope - 1) in lex.perfect_auxiliaries:
        return True  # "had hoped to call X": a hope that came to nothing, no call
    if v.low(v.start) == "asked" and v.low(v.start + 1) in lex.question_openers and \
            all(v.low(k) != "," for k in range(v.start, start)):
        return True  # "Asked whether the two had plans to talk, the spokesman said ...": a question
    if _inverted_condition(v, lex, start) or _whenever_told(v, lex, start):
        return True
    if v.low(v.end - 1) == "?" and _modal_question(v, lex, cue):
        return True  # "Last question: would X take a call from Y today?": a call that might be
    if (asked := _asked_with_a_day(v, lex, start)) is not None:
        return not _request_unanswered(view, v, asked, cue)  # "X asked on Friday to talk to Y"
    return any(not _message_noun_at(v, lex, k) and not _request_unanswered(view, v, k, cue)
               for k in _phrases_before(v, lex.hypothetical, start))


# the irregular past forms of the verbs of talking and calling (the regular ones end in "-ed"):
# grammar, not vocabulary
_PAST_TALK_FORMS = frozenset(("spoke", "rang", "had", "held", "got", "took"))


def _habitual(v: SentView, view: DocView, cue: Cue) -> bool:
    """ "The two have talked several times this spring", "X has phoned Y repeatedly": a word of
    frequency (status.json habitual_frequencies) in the cue's clause of a sentence that names no
    day, a summary of repeated contacts, no call (but "X phoned Y several times on Monday" tried
    on a day)."""
    lex = view.lex
    lo, _ = clause_bounds(v, lex, cue.start)
    # (the word stands by the cue: in its verb group, "has repeatedly phoned", or after its
    # partner, "spoke with Y several times"; not in a clause of its own, "Y, who has repeatedly
    # criticised the plan")
    hi = next((k for k in range(cue.end, min(v.end, cue.end + 12)) if v.low(k) in (",", ";", ":", ".")
               or v.low(k) in lex.relative_pronouns or v.low(k) in lex.clause_openers), min(v.end, cue.end + 12))
    if lex.status["habitual_frequencies"].find(v.lower, max(lo, cue.start - 2) - v.start, hi - v.start) is None:
        return False
    if any(v.low(k) in lex.attempt_verbs for k in range(lo, cue.start)):
        return False  # "had tried several times to reach Y": the tries are one attempted call
    # (a day anywhere in the sentence keeps the call: "several times since May, most recently on
    # June 11"; a dateline's day is the story's)
    return not any(not d.filed and resolve_date(d.expression, view.anchor_at(v)) is not None for d in v.dates)


def _whenever_told(v: SentView, lex, start: int) -> bool:
    """ '"When the leaders speak, we will inform the public"': a clause opened by "when" in the
    five words before the verb, naming no one and no day, whose comma leads to a clause with
    "will": a promise for whenever the talk comes, no call (but "When X calls Y next week, they
    will ..." plans one)."""
    when = next((k for k in range(start - 1, max(v.start, start - 6) - 1, -1) if v.low(k) == "when"), None)
    # (a name's span may take in a capitalised "When" that opens the sentence)
    if when is None or any(np.kind == NAME and np.end > when and np.start < start for np in v.nps):
        return False
    if v.low(start).endswith("ed") or v.low(start) in _PAST_TALK_FORMS:
        return False  # '"When he called me, I'll admit, I was nervous"': a call that took place
    comma = next((k for k in range(start, min(v.end, start + 8)) if v.low(k) == ","), None)
    if comma is None or any(when <= d.start < comma for d in v.dates):
        return False
    return any(v.low(k) in ("will", "'ll") for k in range(comma + 1, min(v.end, comma + 4)))


def _verb_of(v: SentView, lex, cue: Cue) -> int:
    """Where the cue's verb opens: its own (or its light verb's), or for an adverbial right after a
    verb of calling or talking that verb's ("asked to speak by telephone with Y": "speak")."""
    start = cue.verb_start
    if cue.kind == ADVERBIAL and (v.low(start - 1) in lex.call_verbs or lex.talk_verbs.match(v.lower, start - 1 - v.start)):
        return start - 1
    return start


def _asked_before(v: SentView, lex, cue: Cue) -> int | None:
    """The verb of asking of a request for the cue ("asked to speak with Y", "asked on Monday to
    speak by phone with Y"): its token, else None."""
    start = _verb_of(v, lex, cue)
    if v.low(start - 1) == "to" and v.low(start - 2) in lex.asking_verbs:
        return start - 2
    return _asked_with_a_day(v, lex, start)


def _asked_with_a_day(v: SentView, lex, start: int) -> int | None:
    """ "X asked on Friday morning to talk to Y": the verb of asking (its token) whose "to"
    stands right before the cue's verb at ``start`` with only a day between them, as "asked to"."""
    if v.low(start - 1) != "to":
        return None
    dated = v.dated()
    k = start - 2
    while k > v.start and k in dated:
        k -= 1
    return k if k < start - 2 and v.low(k) in lex.asking_verbs else None


def _request_unanswered(view: DocView, v: SentView, k: int, cue: Cue) -> bool:
    """ "X asked to speak with Y by telephone, but Y did not respond": a request (the verb of
    asking in the active voice at ``k``, "to" and the cue right after it) that a "but" clause of
    the sentence says came to nothing (its phrase of an attempt ending the clause: not "did not
    respond to a request for comment"), or the next sentence of its paragraph, opening a
    quotation or not ('"We have had no response," an aide said'), an attempt."""
    lex = view.lex
    # (the verb of asking of the cue's own request: "asked (on Friday) to speak (by phone) with Y")
    if _asked_before(v, lex, cue) != k or v.low(k - 1) in lex.finite_be or v.low(k - 1) in ("been", ","):
        return False  # ("X, asked to speak with Y, did not respond": X was asked)
    but = next((j for j in range(cue.end, v.end) if v.low(j) in ("but", ";")), None)
    if but is None:
        return any(_says_unanswered(lex, nxt) for nxt in _next_in_paragraph(view, v))
    if v.low(but) != "but":
        return False
    at = lex.status["attempted"].find(v.lower, but - v.start)
    if at is None:
        return False
    end = v.start + at + lex.status["attempted"].match(v.lower, at)
    return v.low(end) in (".", ",", ";", "") or end >= v.end or v.low(end) in ('"', "”")


def _next_in_paragraph(view: DocView, v: SentView) -> tuple[SentView, ...]:
    """The sentence after ``v`` in its paragraph, and the one after that when the first opens a
    quotation it does not close ('"It was sent to the palace. We have had no
    answer," an aide said': the quotation's second sentence answers the request too)."""
    after = [s for s in paragraph_of(view, v) if s.index > v.index][:2]
    if after:
        nxt = after[0]
        if nxt.low(nxt.start) not in ('"', "“") or any(nxt.low(k) in ('"', "”") for k in range(nxt.start + 1, nxt.end)):
            return tuple(after[:1])
    return tuple(after)


def _says_unanswered(lex, nxt: SentView) -> bool:
    """A status.json unanswered_requests phrase in the first eight tokens of ``nxt``, ending its
    clause ("no response so far,", not "no response from the unions to ...")."""
    phrases = lex.status["unanswered_requests"]
    at = phrases.find(nxt.lower, 0, min(len(nxt.lower), 8))
    if at is None:
        return False
    after = at + phrases.match(nxt.lower, at)
    words = tuple(nxt.lower[after:after + 2])
    return not words or not words[0][:1].isalnum() or words[0] == "yet" or words == ("so", "far")


def _inverted_condition(v: SentView, lex, start: int) -> bool:
    """ "Had X called Y, ...", "Were X to call Y, ...": the sentence opens on an auxiliary before
    its subject (a name, or a pronoun), and the cue follows in that clause. Not "Had Y on the line
    tonight", a post whose verb opens it with no subject ("Had" read into Y's title), nor "Had X
    not called Y, ...", which says X called."""
    first = v.start + (v.low(v.start) in ('"', "“", "but", "and"))
    if v.low(first) not in lex.inverted_conditions or start <= first + 1:
        return False
    subject = v.np(first + 1) or v.np(first)
    if subject is not None and subject.kind == NAME and subject.end > first + 1:
        end = subject.end
    elif v.low(first + 1) in lex.subject_pronouns:
        end = first + 2
    else:
        return False
    # ("Had X not phoned Y, the talks would have collapsed": X did phone)
    return end <= start and all(v.low(k) != "," for k in range(first, start)) \
        and not any(v.low(k) in lex.negations for k in range(end, start))


def _message_noun_at(v: SentView, lex, k: int) -> bool:
    """ "conveyed his best wishes to X by phone": a message noun after a possessive, not the verb
    of a wish ("the king wishes to call")."""
    return v.low(k) in lex.message_nouns and (v.low(k - 1) in lex.possessive_pronouns or v.low(k - 2) in lex.possessive_pronouns)


def _in_person(v: SentView, view: DocView, cue: Cue) -> bool:
    lex = view.lex
    lo = max(v.start, cue.start - 8)
    hi = clause_end(v, cue.end, 12)
    if v.low(hi) == "," and v.low(hi + 1) == "including":
        hi = clause_end(v, hi + 2, 8)  # "spoke for an hour, including over lunch": the talk's own adjunct
    # the clause of saying before "that": its place of saying is no meeting ("disclosed at a press
    # conference that he had talked with Y"), any other place is ("told reporters at the summit
    # that he had spoken with Y")
    at = lex.in_person.find(v.lower, lo - v.start, hi - v.start)
    if at is None:
        # "held talks with X in New Delhi on Thursday", "the two held talks in Vienna": the talks'
        # place, a city or country, right after the cue or its partner (a day between them
        # aside); not a topic's or another clause's ("to discuss the war in Ukraine", "as
        # protests spread in London"). No meeting word near and no place: most talks.
        dated = v.dated()
        ends = [cue.end] + [np.end for np in v.nps if np.kind == NAME and cue.end < np.start <= cue.end + 2
                            and v.low(np.start - 1) in ("with", "to")]
        for k in ends:
            while k < hi and k in dated:
                k += 1  # ("talks with Sorn on Thursday in Vienna")
            if v.low(k) == "in" and _place_at(v, k + 1):
                return True
        return False
    said = next((k for k in range(cue.start - 1, lo - 1, -1) if v.low(k) == "that"
                 and not lex.reporting_words.isdisjoint(v.lower[: k - v.start])), None)
    while at is not None and (said is not None and at + v.start < said and lex.saying_venues.match(v.lower, at)
                              or _invited_to(v, lex, at + v.start, cue)):
        at = lex.in_person.find(v.lower, at + 1, hi - v.start)
    return at is not None


def _invited_to(v: SentView, lex, k: int, cue: Cue) -> bool:
    """The meeting word at token ``k`` is one to come, after "to" and a verb of inviting that
    follows the talk ("spoke with Y and invited him to visit Vella": no meeting in person told;
    but "Y, who had invited X to visit Vella, spoke with him there" tells the visit)."""
    return v.low(k - 1) == "to" and any(v.low(j) in lex.invitation_verbs for j in range(max(cue.end, k - 5), k - 1))


def _place_at(v: SentView, k: int) -> bool:
    """A known place's name (a country, a capital, a city of the tz database) of one to three
    capitalised words opens at token ``k``."""
    for n in (3, 2, 1):
        words = v.text[k - v.start:k + n - v.start]
        if len(words) == n and all(w[:1].isupper() for w in words) and known_place(" ".join(words)):
            return True
    return False


def _in_quotation(v: SentView, k: int) -> bool:
    """Token ``k`` is quoted: marked so, or before a closing quotation mark with no opening one
    between (a quotation opened in a sentence before: '"... I think I could talk to him," X said')."""
    if k in v.quoted:
        return True
    for j in range(k + 1, v.end):
        if v.low(j) in ("“", "«"):
            return False
        if v.low(j) in ("”", "»"):
            return True
        if v.low(j) == '"':
            # (a straight mark after the quotation's comma closes it, whatever the marks before
            # told the sentence)
            return j - 1 in v.quoted or j + 1 not in v.quoted or v.low(j - 1) in (",", ".", "!", "?")
    return False


def _plan_time(v: SentView, lex: Lexicon, modal: int) -> bool:
    """A plan's word of time in the sentence beside the modal at ``modal`` ("could speak soon",
    "as early as next week"): a phrase of status.json planned other than the modal itself."""
    at = lex.status["planned"].find(v.lower)
    while at is not None:
        if at + v.start != modal:
            return True
        at = lex.status["planned"].find(v.lower, at + 1)
    return False


def _ministers_talk(view: DocView, v: SentView, cue: Cue, parts: frozenset[str]) -> bool:
    """ "Foreign Minister X spoke with his counterpart Y on Monday", "Secretary of State X spoke
    with President Y", "Defence Minister X spoke with his counterpart Y", "X tried to reach his
    counterpart Y": a foreign or defence minister talks with or reaches a leader, another such
    minister or a counterpart named with no role, in an article that names such a minister by
    title (the article scan reads the same titles: ``kg.extract.prefilter``)."""
    lex = view.lex
    if cue.kind not in (TALK_VERB, CONTACT_VERB):
        return False
    # (the title the sentence gives wins over the gazetteer's role: "US Defense Secretary X" of
    # a person the gazetteer knows as a former secretary)
    # (with the two words before the phrase: "Former US Defence Minister X", "Vell's deputy ...")
    titled = {np.key: " ".join(v.tok(k) for k in range(max(v.start, np.start - 2), np.head_start)) for np in v.nps
              if np.kind == NAME and np.key in parts and np.head_start > np.start}
    # (the gazetteer's role unless the sentence's words say former or deputy)
    qualified = {p for p, t in titled.items() if any(w in minister_roles_not() for w in t.casefold().replace("-", " ").split())}
    ministers = {p for p in parts if holds_portfolio(titled.get(p), lex.minister_talk_holds)
                 or p not in qualified and holds_portfolio(view.entities[p].role if p in view.entities else None,
                                                           lex.minister_talk_holds)}
    if not ministers or not names_a_talking_minister(view.text):
        return False
    if cue.kind == CONTACT_VERB and not any(c.strong and not c.in_person and c.kind != CONTACT_VERB
                                            for s in paragraph_of(view, v) if 0 <= v.index - s.index <= 2
                                            for c in find_cues(s, lex)):
        # (a minister's reach is a call's only beside one, in its paragraph: "spoke by phone with
        # X. She asked ... I also tried to reach Y")
        return False
    return all(p in ministers or view.is_leader(p)
               or (p in view.entities and not view.entities[p].role and _called_counterpart(v, lex, p)) for p in parts)


def _called_counterpart(v: SentView, lex: Lexicon, key: str) -> bool:
    """The sentence names ``key`` as someone's counterpart: the word (minister_talk_partners) in
    the words right before the name ("his Chilean counterpart Y", "her counterpart, Y") or right
    after it ("Y, his counterpart")."""
    for np in v.nps:
        if np.kind != NAME or np.key != key:
            continue
        before = range(max(v.start, np.head_start - 4), np.head_start)
        apposed = range(np.head_end, np.end)  # (an apposition the phrase holds)
        after = range(np.end, min(v.end, np.end + 3))
        if any(v.low(j) in lex.minister_talk_partners for j in (*before, *apposed)) \
                or v.low(np.end) == "," and any(v.low(j) in lex.minister_talk_partners for j in after):
            return True
        if any(v.low(j) in lex.possessed_counterparts and any(v.low(t) in lex.possessive_pronouns for t in range(j - 3, j))
               for j in before):
            return True  # "his Vellish peer Y" (not "Labour peer Y")
    return False


def _bare_talk(view: DocView, v: SentView, cue: Cue, parts: frozenset[str], status: CallStatus) -> bool:
    """ "Erdogan and Putin spoke on Tuesday", "Trump would later contact Zelensky": leaders who
    spoke with or reached each other, with no sign of a meeting in person, held a call."""
    if cue.kind not in (TALK_VERB, CONTACT_VERB) or len(parts) < 2:
        return False
    if not all(view.is_leader(p) for p in parts) and not _ministers_talk(view, v, cue, parts):
        return False
    if cue.kind == CONTACT_VERB:
        return not _in_person(v, view, cue) and not _written_contact(v, view.lex, cue)
    lex = view.lex
    word = v.low(cue.start)
    if (word not in lex.bare_talk_forms and trailing_participle(v, lex, cue) is None) \
            or (word in lex.bare_talk_planned and status is not CallStatus.PLANNED
                and v.low(cue.start - 1) not in lex.bare_talk_past_auxiliaries):
        return False  # (a gerund as a clause after the main one: "..., a day after speaking with Z")
    after = v.low(cue.end)
    if after in lex.bare_talk_places and not (
            after == "on" and v.low(cue.end + 1) in lex.weekdays):
        return False
    return not _in_person(v, view, cue) and not _called_a_meeting_next(view, v)


def _called_a_meeting_next(view: DocView, v: SentView) -> bool:
    """ "The two leaders spoke for an hour. It was their first formal meeting.": the sentence
    after calls the talk a meeting ("it" or "this", a form of "be", a meeting word in its first
    eight words)."""
    if v.index + 1 >= len(view.sents):
        return False
    nxt = view.sents[v.index + 1]
    if nxt.low(nxt.start) not in ("it", "this") or nxt.low(nxt.start + 1) not in ("was", "is"):
        return False
    return view.lex.in_person.find(nxt.lower, 0, min(8, nxt.end - nxt.start)) is not None



def _pleasure_noun(view: DocView, v: SentView, cue: Cue) -> bool:
    """ '"Good talk with Y"', '"Great conversation with Y"': one talk, a word of pleasure right
    before its noun."""
    return cue.kind == NOUN and not cue.plural and v.low(cue.start - 1) in view.lex.post_pleasure_words


def _post_talk(view: DocView, v: SentView, cue: Cue, parts: frozenset[str], status: CallStatus) -> bool:
    """'"Good to speak with Y this morning," X wrote', '"Great talking to Y"', '"Good talk with Y"': a post or remark
    that leaves its writer out and opens on the pleasure of talking with a leader (or a minister
    of the talking kind) tells a call, unless it shows a meeting in person (not "Looking forward
    to speaking with Y", a plan)."""
    if not (cue.kind == TALK_VERB or _pleasure_noun(view, v, cue)) or status is not CallStatus.OCCURRED or len(parts) != 2:
        return False
    lex = view.lex
    k = cue.start if cue.kind == NOUN else cue.start - 1 \
        if v.low(cue.start - 1) == "to" and v.low(cue.start).isalpha() and not v.low(cue.start).endswith("ing") \
        else cue.start if v.low(cue.start).endswith("ing") else None
    if k is None or v.low(k - 1) not in lex.post_pleasure_words:
        return False
    if not all(view.is_leader(p) for p in parts) and not _ministers_talk(view, v, cue, parts):
        return False
    if not _opens_post(view, v, cue):
        return False
    quoted = [k for k in range(cue.end, v.end) if k in v.quoted]
    if any(v.low(k) in lex.post_future_words for k in quoted) \
            or any(d.start in v.quoted and d.start >= cue.end and d.expression.lower().startswith("next") for d in v.dates):
        return False  # ('"Good to speak with Y soon"', '"... next week"': a talk to come)
    # (a place told after a topic is the topic's: '"Good to speak with Y about peace in the Gulf"')
    # ("on" may open a day as well as a topic: '"... on Tuesday at the G20"')
    topic = next((k for k in quoted if v.low(k) in lex.topic_prepositions and v.low(k) != "on"), v.end)
    if any(v.low(k) in ("in", "at") and (v.tok(p := k + 1 + (v.low(k + 1) == "the"))[:1].isupper()
                                         and v.low(p) not in calendar_names()) for k in quoted if k < topic):
        return False  # ('"Good to speak with Y in Vella"', '"... at the G20"': a place they met in)
    # no meeting in person told in the sentence, or in the two before it between the two of them
    # ('X met Y in Vella. "Great talking to Y," X wrote'; '..., X wrote after their lunch')
    return not any(lex.in_person.find(s.lower) is not None and (s is v or parts <= s.people)
                   for s in view.sents[max(0, v.index - 2):v.index + 1])


def _written_contact(v: SentView, lex, cue: Cue) -> bool:
    """ "contacted Y in a letter", "contacted Y by email", "contacted Y via the embassy": the
    means right after the one contacted is a message or a messenger (not "contacted Y about a
    letter from Z")."""
    partner = next((v.np(k) for k in range(cue.end, min(v.end, cue.end + 4)) if v.np(k) is not None), None)
    if partner is None or v.low(partner.end) not in ("in", "by", "through", "via", "with"):
        return False
    return any(v.low(k) in lex.written_contact_nouns for k in range(partner.end + 1, min(v.end, partner.end + 4)))


def _also_after_call(view: DocView, v: SentView, cue: Cue, parts: frozenset[str], status: CallStatus,
                     state: "_State") -> bool:
    """ "X spoke by phone with Y on Monday. Later X also spoke with Z": one of a call just told
    who "also" spoke with someone else held another call, whoever they are (a UN head, a
    defence secretary: not only two leaders, as bare talk asks); so does one who spoke with
    the one a caller just rang, in a sentence that tells another call of the round after it."""
    lex = view.lex
    if cue.kind != TALK_VERB or status is not CallStatus.OCCURRED or len(parts) != 2 or state.told is None \
            or v.low(cue.start) not in lex.bare_talk_forms or v.low(cue.start) in lex.bare_talk_planned:
        return False
    told = state.drafts[state.told]
    if not (told.strong and 0 < v.index - told.sent <= 2 and len(parts & told.participants) == 1):
        return False
    # (or, with no "also", one more talking to the one a caller just rang, in a sentence that goes
    # on to the call from another: "A rang X on Monday. B spoke to him the next morning, and the
    # call from C came that afternoon", a round of calls to X)
    rung = told.caller is not None and told.caller in told.participants and told.caller not in parts \
        and any(c.kind == NOUN and c.strong and not c.in_person and c.start > cue.end and v.low(c.end) == "from"
                for c in find_cues(v, lex))
    if not rung and lex.additive_adverbs.isdisjoint(v.lower[max(0, cue.start - 2 - v.start):cue.start - v.start]):
        return False
    # the one added is a leader or a minister (not "his chief of staff", "the opposition leader")
    (new,) = parts - told.participants
    return (view.is_leader(new) or new in view.entities and holds_portfolio(view.entities[new].role, lex.minister_talk_holds)) \
        and not _in_person(v, view, cue)


# the longest aside read past: ", himself only three months in office,"
_ASIDE = 10


def _past_aside(v: SentView, k: int, key: str | None = None) -> int:
    """Where the sentence goes on after an aside between commas that opens at token ``k`` and
    names no one but ``key`` (", himself new in office,", ", the German chancellor,"); ``k`` when
    none opens there."""
    if v.low(k) != ",":
        return k
    close = next((j for j in range(k + 1, min(v.end, k + _ASIDE)) if v.low(j) in (",", ";", ".")), None)
    if close is None or v.low(close) != "," or any((np := v.np(j)) is not None and np.kind == NAME and np.key != key
                                                   for j in range(k + 1, close)):
        return k
    return close + 1


def _video_in_clause(v: SentView, lex: Lexicon, cue: Cue) -> bool:
    """A word of the cue's clause tells a video link ("called X by video link")."""
    lo, hi = clause_bounds(v, lex, cue.start)
    return any(lex.medium_words.get(v.low(k)) is CallMedium.VIDEO for k in range(lo, hi))


def _keys(view: DocView, v: SentView, nps, ctx: Context, exclude: frozenset[str] = frozenset(),
          as_object: bool = False) -> list[str]:
    out: list[str] = []
    for np in nps:
        for key in resolve(view, v, np, ctx, exclude, as_object):
            if key not in out and view.kind(key) in (EntityKind.LEADER, EntityKind.PERSON):
                out.append(key)
    return out


def _topic_of_talk(v: SentView, lex: Lexicon, c: Cue, cues) -> bool:
    """ "talked on the phone about the summit planned for May": a weak noun in the four words
    after a topic opener (topic_openers), no word of a clause or another cue between, after
    another cue of the sentence: what the talk was about."""
    if c.kind != NOUN or c.strong or not any(o.start < c.start for o in cues if o is not c):
        return False
    if c.possessor is not None or v.low(c.end) in lex.partner_prepositions or v.low(c.end) == "between":
        return False  # "spoke to reporters about her conversation with King Rasmus": a call of its own
    for k in range(c.start - 1, max(v.start, c.start - 5) - 1, -1):
        if v.low(k) in lex.topic_openers:
            return not any(o.start > k and o.start < c.start for o in cues)
        if not v.tok(k).isalpha() and not v.tok(k)[:1].isdigit() and "-" not in v.tok(k) or v.low(k) in lex.clause_breaks:
            return False
    return False


def _with_after_host(v: SentView, k: int) -> int | None:
    """The "with" right after a host's name at ``k``, past a place after "in" of at most three
    words ("by A in Vell with B", "by A in the capital with B"; not "by A from Vell with B at
    his side", whose "with" tells who was in the room), else None."""
    if v.low(k) == "in":
        end = k + 1
        while end < min(v.end, k + 4) and v.tok(end).isalpha() and v.np(end) is None and v.low(end) != "with":
            end += 1
        k = end
    return k if k < v.end and v.low(k) == "with" else None


def _joined_in(view: DocView, v: SentView, ctx: Context) -> list[str]:
    """Everyone the sentence says joined, hosted or took part in the call."""
    lex = view.lex
    keys: list[str] = []
    joined, firsts = lex.joined, lex.joined.firsts
    if firsts.isdisjoint(v.lower):
        return keys  # no phrase starts in the sentence (most sentences: one set operation)
    for i in range(v.start, v.end):
        if v.lower[i - v.start] not in firsts:
            continue  # (the common case, before the phrase is matched)
        n, value = joined.lookup(v.lower, i - v.start)
        if not n or v.low(i - 1) in lex.negations or v.low(i - 2) in lex.negations:
            continue  # "was invited but did not attend"
        if value == "call_subject" and not _call_before(v, lex, i):
            continue  # "the delegation included the trade minister": no call named
        if value == "after_call" and (v.index == 0 or not any(not c.in_person for c in find_cues(view.sents[v.index - 1], lex))):
            continue  # "He flew to a summit on migration. Its participants included A and B": not the call's
        if value in ("object", "call_subject", "after_call"):
            # "the video conference brought together A, B and C"
            people, _ = coordinated_after(v, lex, i + n, v.end, reach=3)
            keys += _keys(view, v, people, ctx)
        elif v.low(by := _by_after(v, i + n, lex)) == "by":
            n = by - i
            before = v.np(i - 2) if v.low(i - 1) in lex.finite_be else None
            if before is not None and before.kind == NAME:
                continue  # "On the call, the king had his ministers beside him": in the room, not on the call
            people, _ = coordinated_after(v, lex, i + n + 1, v.end, reach=3)
            keys += _keys(view, v, people, ctx)
            if people and (w := _with_after_host(v, people[-1].end)) is not None:
                # "a video conference hosted by A in Vell with B, C and D": the host's guests
                guests, _ = coordinated_after(v, lex, w + 1, v.end, reach=3)
                keys += [k for k in _keys(view, v, guests, ctx) if k not in keys]
        elif value == "call_object" and (not _call_after(v, lex, i + n) or _future_in_relative(v, lex, i)):
            # "the vice president will attend the inauguration": another event; "B, who will
            # host Saturday's summit": one to come, not the call told
            continue
        else:
            j = i - 1
            while j > v.start and v.np(j) is None and v.low(j) in lex.subject_verb_gap:
                j -= 1
            if (other := v.others.get(j)) is not None and other.kind in (EntityKind.COUNTRY, EntityKind.ORGANIZATION) \
                    and v.low(other.start - 1) != "in" and v.low(other.start - 1) not in lex.governing_prepositions:
                # "(Hale said) Ostria was represented at the funeral": the country the clause is of
                # took part, no person (but "A of Ostria and B of Vell participated": A and B)
                continue
            subjects = subjects_before(v, lex, i)
            among = next((k for k in range(i - 1, max(v.start, i - 7) - 1, -1) if v.low(k) == "among"), None)
            if among is not None and v.low(among - 1) in lex.finite_be and all(np.kind == GROUP for np in subjects):
                # "A and B were among some twenty leaders taking part": the ones the group includes
                subjects = subjects_before(v, lex, among - 1)
            if not subjects and v.low(i).endswith("ing"):
                # "a summit by video, with the premier chairing it": the person before the participle
                subjects = tuple(np for np in v.nps if np.end == i and np.kind == NAME and np.governor == "with")
            if len(subjects) == 1 and subjects[0].kind == PRONOUN and subjects[0].word == "they":
                # "A and B have confirmed they will join": the people of the clause "they" stands in
                named = subjects_before(v, lex, subjects[0].start)
                if len(named) >= 2 and all(np.kind == NAME for np in named):
                    subjects = named
            if subjects and v.low(i - 1) == "to" and not all(
                    v.low(k) in lex.subject_verb_gap or v.low(k) in lex.joining_gap_words or v.low(k) == "to"
                    or v.low(k).endswith("ly") for k in range(subjects[-1].end, i)):
                # "the king would appoint an envoy to join the talks": the envoy joins, not the king
                subjects = ()
            if subjects and v.low(subjects[-1].end) == ":":
                subjects = ()  # "Dule: Ostria was represented at the funeral": the answer's speaker, no subject
            found = _keys(view, v, subjects, ctx)
            if not found:
                # "Among the heads of state who joined from home were A and B": who joined, named after it
                link = next((k for k in range(i + n, min(v.end, i + n + 5)) if v.low(k) not in lex.joined_then_people_gap), None)
                link = link if link is not None and v.low(link) in lex.joined_then_people else None
                if link is not None:
                    people, _ = coordinated_after(v, lex, link + 1, v.end, reach=3)
                    found = _keys(view, v, people, ctx)
                    # "who joined him on screen were A and B": the one they joined is on it too
                    # ("her" before "online" or "on screen" is the object, not a possessive)
                    host = [replace(np, possessive=False) for k in range(i + n, link) if (np := v.np(k)) is not None
                            and np.kind == PRONOUN and np.start == k and (not np.possessive or (
                                v.low(np.end) in lex.joined_then_people_gap or v.low(np.end) in lex.joined_then_people))]
                    if found and len(host) == 1:
                        found = found + [key for key in _keys(view, v, host, ctx, frozenset(found), as_object=True)
                                         if key not in found]
            if not found:
                # "World leaders, including X and Y, will take part"
                openers = lex.group_member_openers
                inc = next((k for k in range(i - 1, max(v.start, i - 15) - 1, -1)
                            if v.low(k) in openers.firsts and openers.match(v.lower, k - v.start)), None)
                if inc is not None:
                    people, _ = coordinated_after(v, lex, inc + openers.match(v.lower, inc - v.start), i)
                    found = _keys(view, v, people, ctx)
            if found:
                # "X joined from the capital, alongside A, B and C, among others": they joined too
                for k in range(i + n, min(v.end, i + n + 12)):
                    m = lex.joining_companions.match(v.lower, k - v.start)
                    if m:
                        people, _ = coordinated_after(v, lex, k + m, v.end)
                        found = found + _keys(view, v, people, ctx)
                        break
                    np = v.np(k)
                    if v.low(k) in (";", ".") or np is not None and not (np.kind == PRONOUN and np.possessive):
                        break  # (another person; but "from his office, alongside A" goes on)
            keys += found
    return keys


def _after_to(v: SentView, cue: Cue) -> bool:
    """ "the first to call", "X to call IMF chief": a singular noun cue right after "to" (the verb
    read as a noun when no person follows it)."""
    return cue.kind == NOUN and not cue.plural and v.low(cue.start - 1) == "to"


def _receiver(view: DocView, v: SentView, cue: Cue, frame: Frame, ctx: Context) -> str | None:
    """The one plural calls were made to: "X received calls from leaders", "calls poured in for X"."""
    lex = view.lex
    if cue.light is not None and cue.light.caller == "from":
        subj = _keys(view, v, frame.subjects, ctx)
        return subj[0] if len(subj) == 1 else None
    at = _received_for(v, lex, cue.end)
    if at is None:
        return None
    np = v.np(at)
    keys = _keys(view, v, (np,), ctx) if np is not None else []
    return keys[0] if len(keys) == 1 else None


def _received_for(v: SentView, lex: Lexicon, k: int) -> int | None:
    """Where the one plural calls reached is named: the plural call noun ending at ``k``, an
    "of" phrase of a few lower-case words after it, auxiliaries, a receiving verb (calls.json
    receiving_verbs) and, past "in" and a time, "for" right before the person ("calls poured in
    for X", "calls of support have been arriving all week for X"); None for any other clause
    ("calls came from the opposition for X to resign", "the calls came too late for X")."""
    if v.low(k) == "of":
        k += 1
        while k < v.end and v.tok(k).isalpha() and v.tok(k).islower() and v.low(k) not in lex.subject_verb_gap \
                and not lex.receiving_verbs.match(v.lower, k - v.start) and v.low(k) not in lex.clause_openers:
            k += 1
    while k < v.end and v.low(k) in lex.subject_verb_gap:
        k += 1  # ("have been arriving", "kept" of "kept coming" is the verb's own)
    n = lex.receiving_verbs.match(v.lower, k - v.start)
    if not n:
        return None
    k += n
    dated = v.dated()
    if v.low(k) == "in":
        k += 1
    while k < v.end and (k in dated or v.low(k) in lex.receiving_times):
        k += 1  # ("all week", "since Sunday")
    np = v.np(k + 1) if v.low(k) == "for" else None
    if np is None or np.start != k + 1 or np.possessive or v.low(np.end) in ("to", "'s", "’s"):
        return None  # ("for X to resign", "for X's inauguration")
    return k + 1


def _called_again(view: DocView, v: SentView, d: Draft, cue: Cue) -> date | None:
    """The day of the same pair's second call the sentence tells by "and again" and a day after
    the call's ("spoke on Monday and again on Wednesday"), when it is another day than ``d``'s."""
    if d.day is None or d.status is not CallStatus.OCCURRED or "again" not in v.lower:
        return None
    for k in range(cue.end, v.end - 1):
        if v.low(k) == "again" and v.low(k - 1) in ("and", "then"):
            told = next((x for x in v.dates if k < x.start <= k + 2), None)
            day = resolve_date(told.expression, view.anchor_at(v)) if told is not None else None
            return day if day is not None and day != d.day else None
    return None


def _caller_list(view: DocView, v: SentView, state: _State) -> list[Draft]:
    """ "X received calls from several leaders. Among the callers were A and B": a call from each
    one listed to the one the calls just told were made to (the call being told, with no partner
    yet), with what that call was told with (its day, its medium)."""
    lex = view.lex
    k = lex.caller_lists.find(v.lower)
    if k is None:
        return []
    d = state.drafts[state.current]
    if len(d.participants) != 1 or v.index - d.sent > 2:
        receiver = state.receiver
        if receiver is None or v.index - receiver[1] > 3:
            receiver = _common_partner(state.drafts, v.index)
        if receiver is None:
            return []
        # "X received calls from leaders. Y was the first to call. Among the other callers were ..."
        d = Draft(receiver[1], frozenset((receiver[0],)), True, CallStatus.OCCURRED)
    k += v.start
    n, before = lex.caller_lists.lookup(v.lower, k - v.start)
    after = k + n
    if before and after < v.end and v.tok(after).isalpha() and v.low(after) != "to" \
            and v.low(after) not in lex.other_event_words and not any(d.start == after for d in v.dates):
        return []  # "A was among those who called for restraint", "... who called him a fraud": no call
    people = subjects_before(v, lex, k) if before else coordinated_after(v, lex, k + n, v.end)[0]
    out = []
    # "A and B were among those who rang on Tuesday night": a day of the list's own
    for key in _keys(view, v, people, state.ctx, d.participants):
        out.append(_with_own_day(replace(d, sent=v.index, participants=d.participants | {key}, caller=key, anchor=k), view, v, k, n))
    return out


def _conveyed_in_round(view: DocView, v: SentView, state: _State) -> list[Draft]:
    """ "X received calls from several heads of state ... . The President of Y, Mr. Z, conveyed
    to the President his warmest congratulations": in the three sentences after the calls X
    received, a sentence with no call word whose subject conveys a message to X (conveying_verbs,
    "to" X, a message noun in the words after the verb) tells that subject's call to X (not one
    "in a letter", "in person", nor a message to someone else or to no one named)."""
    receiver = state.receiver
    if receiver is None or not 0 < v.index - receiver[1] <= 3:
        return []
    lex = view.lex
    k = next((k for k in range(v.start, v.end) if v.low(k) in lex.conveying_verbs), None)
    if k is None or not any(v.low(j) in lex.message_nouns for j in range(k + 1, min(v.end, k + 10))) \
            or not lex.written_contact_nouns.isdisjoint(v.lower) or lex.in_person.find(v.lower) is not None:
        return []
    to = next((j for j in range(k + 1, min(v.end, k + 8)) if v.low(j) == "to"), None)
    told = _keys(view, v, (np,), state.ctx) if to is not None and (np := v.np(to + 1)) is not None else []
    if told != [receiver[0]]:
        return []
    keys = _keys(view, v, subjects_before(v, lex, k), state.ctx, frozenset((receiver[0],)))
    if len(keys) != 1 or keys[0] == receiver[0]:
        return []
    return [_with_own_day(Draft(v.index, frozenset((receiver[0], keys[0])), True, CallStatus.OCCURRED, caller=keys[0], anchor=k),
                          view, v, k)]


def _with_own_day(d: Draft, view: DocView, v: SentView, k: int, n: int = 1) -> Draft:
    """A call told by a sentence with no call word (read at the ``n`` tokens from ``k``), with the
    sentence's own day when it names one for it, else the day told for the round it belongs to."""
    own_day = Cue(NOUN, k, k + n, True)
    if v.dates and call_day(v, view.lex, own_day, CallStatus.OCCURRED, view.anchor_at(v)).day is not None:
        return absorb(replace(d, day=None, day_weak=False), view, v, own_day)
    return absorb(d, view, v, days=False)


# the words of a time of day or a lapse between a call's verb of arriving and its "from" ("came at
# noon from", "came an hour later from", "late at night"): closed-class grammar of clock and span
_GAP_TIME_WORDS = frozenset({"at", "in", "the", "an", "a", "later", "earlier", "hour", "hours", "minute", "minutes",
                             "dawn", "late", "early", "about", "around", "a.m.", "p.m.", "am", "pm"})
_TITLES_REACH = 12  # tokens of titles before a name after "from" ("the Sultan of the Realm of Ostria, His Majesty X")


def _arriving_from(view: DocView, v: SentView, cue: Cue, ctx: Context) -> str | None:
    """ "The earliest call had come on Saturday night, once the count ended, from the King of Y,
    Z": the one a call noun's arrival verb (call_arrival_verbs) says it came from, the
    person named right after a "from" further on in the sentence."""
    k = cue.end
    while k < v.end and v.low(k) in view.lex.subject_verb_gap:
        k += 1  # "had come", "has finally arrived"
    if v.low(k) not in view.lex.call_arrival_verbs:
        return None
    start = next((j for j in range(k + 1, v.end) if v.low(j) == "from"), None)
    if start is None:
        return None
    # the verb's own "from": right after it, after its day ("came late on Sunday from"), or
    # after an aside closed by a comma; not "came hours after a rebuke from Y"
    timed = {t for d in v.dates for t in range(d.start, d.end)}
    if v.low(start - 1) != "," and not all(t in timed or v.low(t) in day_parts() or v.low(t) in view.lex.light_verb_adverbs
                                           or v.low(t) in _GAP_TIME_WORDS or v.tok(t)[:1].isdigit() or v.low(t) in NAMED_TIMES
                                           for t in range(k + 1, start)):
        return None
    # (the phrase right after "from", its titles included, "the King of Y, Z": not "as X
    # returned from talks with Y")
    np = next((np for np in v.nps if np.kind == NAME and np.start == start + 1 and np.head_start - start <= _TITLES_REACH), None)
    keys = _keys(view, v, (np,), ctx) if np is not None else []
    return keys[0] if len(keys) == 1 else None


def _callee_of_the_round(state: "_State", earlier, index: int, caller: str) -> str | None:
    """The one called in the call told just before (earlier in the sentence, else in the
    sentence before), when that call names its caller and ``caller`` is neither of its two;
    else the one "X received calls" named in the three sentences before."""
    prev = next(((p, c) for p, c in reversed(earlier)), None)
    if prev is None and state.drafts and 0 < index - state.drafts[-1].sent <= 1 and len(state.drafts[-1].participants) > 1:
        # (not "X received a string of calls": a call of one, the calls X received)
        prev = state.drafts[-1].participants, state.drafts[-1].caller
    if prev is not None:
        if len(prev[0]) != 2 or caller in prev[0]:
            return None
        last = state.drafts[-1] if state.drafts else None
        if prev[1] is None and last is not None and 0 < index - last.sent <= 2 \
                and len(common := prev[0] & last.participants) == 1 \
                and _callers_of(state.drafts, last) != common:  # (the caller of the call before, told as the only one)
            # "A rang X on Monday. B spoke to him the next morning, and the call from C came that
            # afternoon": the one both calls before had (the one rung, not the caller A)
            return next(iter(common))
        if prev[1] is None or prev[1] not in prev[0]:
            return None
        return next(iter(prev[0] - {prev[1]}))
    if state.receiver is not None and 0 <= index - state.receiver[1] <= 3 and state.receiver[0] != caller:
        return state.receiver[0]
    # "A telephoned X at 7 pm ... B placed a call to X ... C rang at 9 pm ... D's call came at
    # 8.30 pm": the one every call of the round before rang, each naming its caller
    round_ = [d for d in state.drafts if 0 < index - d.sent <= _ROUND_REACH and len(d.participants) == 2
              and d.caller in d.participants]
    rung = {next(iter(d.participants - {d.caller})) for d in round_}
    callers = {d.caller for d in round_}
    return next(iter(rung)) if len(rung) == 1 and len(callers) >= 2 and caller not in rung | callers else None


#: how many sentences back the calls of a round are read for the one they all rang
_ROUND_REACH = 8


def _talk_subject_before(view: DocView, v: SentView, ctx: Context, earlier, parts: frozenset[str]) -> str | None:
    """The subject of a talk told before in the sentence that names no caller, when that subject
    stands alone ("A spoke with B ..."; not "A and B spoke ...", either of whom it may be)."""
    if not earlier or earlier[-1][1] is not None or len(earlier[-1][0]) != 2:
        return None
    lead = subject_of_sentence(view, v, ctx)
    if lead is None or lead not in earlier[-1][0] or lead in parts:
        return None
    np = next((np for np in v.nps if np.key == lead), None)
    return lead if np is not None and v.low(np.end) not in ("and", "&", ",") else None


def _callers_of(drafts, call: Draft) -> set[str]:
    """The callers the drafts of ``call``'s sentence and people name (a sentence may tell one
    call twice, by two cues)."""
    return {d.caller for d in drafts if d.sent == call.sent and d.participants == call.participants and d.caller}


def _common_partner(drafts, index: int, called: bool = False) -> tuple[str, int] | None:
    """(key, sentence) of the one person every call told in the four sentences before
    ``index`` has in common, when there are two such calls or more ("A called X ... B called X
    ... C and D were among those who telephoned": X); ``called``: only when each of those calls
    names its caller, the other one."""
    recent = [d for d in drafts if 0 < index - d.sent <= 4 and len(d.participants) == 2]
    if len(recent) < 2:
        return None
    common = frozenset.intersection(*(d.participants for d in recent))
    if len(common) != 1 or called and any(d.caller is None or d.caller in common for d in recent):
        return None
    return next(iter(common)), max(d.sent for d in recent)


def _by_after(v: SentView, k: int, lex: Lexicon | None = None) -> int:
    """Where "by" is after a passive verb at ``k``, past a manner or a place ("was chaired
    virtually from Harare by X"; with ``lex``, the words that may stand between a joining phrase
    and who joined: "was joined on screen by X"); ``k`` when it is not there."""
    gap = lex.joined_then_people_gap if lex is not None else frozenset()
    for j in range(k, min(v.end, k + 5)):
        low = v.low(j)
        if low == "by":
            return j
        if not (low.endswith("ly") or low in ("from", "in", "online") or low in gap or v.tok(j)[:1].isupper() and v.np(j) is None):
            return k
    return k


def _call_before(v: SentView, lex: Lexicon, k: int) -> bool:
    """A call noun, a reference to the call, or "who took part" in the words before token ``k``
    in its clause ("Those on the video call included ...")."""
    for j in range(k - 1, max(v.start, k - 10) - 1, -1):
        if v.low(j) in (",", ".", ";", ":"):
            return False
        if lex.nouns.match(v.lower, j - v.start) or lex.anaphora.match(v.lower, j - v.start):
            return True
        if v.low(j - 1) in lex.relative_pronouns:
            n, value = lex.joined.lookup(v.lower, j - v.start)
            if value is True and j + n == k:
                return True  # "Other leaders who took part included A and B": those on the call
    return False


def _future_in_relative(v: SentView, lex: Lexicon, i: int) -> bool:
    """The verb at token ``i`` is a future in a relative clause ("B, who will (also) host ...")."""
    j, future = i - 1, False
    while j > v.start and v.low(j) in lex.subject_verb_gap:
        future = future or v.low(j) in lex.report_future_words
        j -= 1
    return future and v.low(j) in lex.relative_pronouns


def _call_after(v: SentView, lex: Lexicon, k: int) -> bool:
    """A call or meeting noun, a reference to the call or "it" within the phrase starting at
    ``k`` (the sentence tells of a call: "chairing the meeting" is chairing it)."""
    for j in range(k, min(v.end, k + 6)):
        low = v.low(j)
        if low in (",", ".", ";", ":") or low in lex.clause_openers:
            return False
        if low == "it" or low in lex.medium_words or lex.nouns.match(v.lower, j - v.start) \
                or lex.anaphora.match(v.lower, j - v.start) or lex.in_person.match(v.lower, j - v.start):
            return True
    return False


def _previous_day(view: DocView, v: SentView, floor: int = 0, named: "_DaysNamed | None" = None,
                  fixed: bool = False, unresolved: list | None = None, stops: list | None = None,
                  begun: list | None = None) -> date | None:
    """The day the text named last before this sentence ("on the 25th ... that afternoon"); a
    report's day ("..., the office said on Wednesday") only when no other day is named. Nothing
    before character ``floor`` counts (the live blog entry the question comes from opens there).
    ``named`` gives the days named before a sentence, for "on the Friday" of the story's week;
    ``fixed``: only the days that stand on their own count (not "on the Friday" itself).
    ``unresolved`` receives "the Sunday after the vote" when no day before it was found here;
    ``stops``, the sentence a day of an event the text gives no day opens ("On the night of the
    vote, ..."), where the walk back ends with no day; ``begun``, the day a span began ("have fled
    since the rebels took the town on Sunday"), the walk's last resort."""
    report_day = None
    pending = None  # "the Sunday after the vote" (its words, its direction): counted from the day found next
    for s in reversed(view.sents[max(0, v.index - 2) : v.index + 1]):
        if s.char_end <= floor:
            break
        if stops is not None and named is not None and (event := opening_event(s, view.lex)) is not None \
                and not named.dated_event(event) and any(not c.in_person for c in find_cues(s, view.lex)):
            # "On the evening of the match, X phoned Y. The same night ...": a call on the day of
            # an event the text gives no day, unknown; a day named before it is another's (a
            # sentence of no call, "Hours after the vote, markets rallied", tells the story goes on)
            stops.append(s.index)
            return None
        if not s.dates and named is not None and not named.reading and pending is None \
                and (told := _event_part_of_day(view, s, named)) is not None:
            # "Calls came all through the evening of the summit. Y rang the next morning": the day the
            # text gives that event
            return told
        # "on Wednesday, ... since the May 9 polls": another event's day is the sentence's last
        # resort (it may be all a sentence names: "The count of the March 4 vote ran late")
        # (and a day in a clause of its own, "the eruption, which sent lava into the city on
        # Saturday night", after the sentence's own day, "on Monday morning")
        events = [d for d in s.dates if day_of_event(s, view.lex, d)] if s.dates else []
        own = [d for d in s.dates if d not in events and not in_clause_of_its_own(s, view.lex, d)] if len(s.dates) > 1 else []
        if own:
            events += [d for d in s.dates if d not in events and d not in own]
        # (a dateline's day after an event's: "VELLA, March 14 - X won Sunday's runoff" names Sunday)
        filed = [d for d in s.dates if d.filed and d not in events] if events else []
        for d in [d for d in reversed(s.dates) if d not in events and d not in filed] + events[::-1] + filed:
            if d.start in s.quoted or (d.start > s.start and s.low(d.start - 1) in view.lex.deadline_words):
                continue  # "we need time until July 9": a deadline someone named, not the story's day
            if any(s.low(k) in view.lex.deadline_words and s.low(k) not in ("by", "before")
                   for k in range(max(s.start, d.start - 5), d.start)):
                continue  # "serves as caretaker until she is sworn in on 3 May": the day a period ends
            if _since_clause_before(s, d):
                # "thousands have fled since the rebels took the town on Sunday": where a span
                # began, the day only when no sentence before names another
                if begun is not None and (day := resolve_date(d.expression, view.anchor_at(s))) is not None:
                    begun.append(day)
                continue
            if is_back_reference(d.expression.lower().strip()):
                if named is not None and not fixed and (offset := back_reference_offset(d.expression)) \
                        and not any(e.end <= d.start for e in s.dates) \
                        and "had" not in s.lower[d.end - s.start : d.end - s.start + 6]:
                    # "On Tuesday ... The next day, X called": that day, counted from the one named
                    # before the sentence (but "approved on Tuesday, after the resignation the
                    # previous day": the sentence's own day is Tuesday; "The previous day, X had
                    # sacked her minister": a flashback; nor a day "on the Friday" counts from, one
                    # standing on its own); never a day after the text's
                    base = named.before(s.index)
                    anchor = view.anchor_at(s)
                    if base is not None and (anchor is None or base + timedelta(days=offset) <= anchor):
                        return base + timedelta(days=offset)
                continue  # "later the same day": the day named before it, further back
            if pending is None and (direction := event_weekday(s, d)):
                day = event_weekday_day(s, d, direction, view.anchor_at(s))[1]
                if day is None:
                    pending = (d.expression, direction)  # "the Sunday after the vote": from the vote's day
                    continue
                return day  # "the Friday before June 14"
            if any(s.low(k) in view.lex.report_future_words or s.low(k) in view.lex.promise_words
                   for k in range(max(s.start, d.start - 12), d.start)) \
                    or view.lex.status["planned"].find(s.lower, max(0, d.start - 12 - s.start), d.start - s.start) is not None:
                continue  # "he would speak with X on Monday", "expected to call on Tuesday", "promising a handover on May 2": a day to come
            if s.low(d.start - 1) in (",", "(", "—", "–", "-") and (
                    s.low(d.end) == "in" and s.tok(d.end + 1)[:1].isupper() or s.low(d.end + 1) == "time"):
                continue  # "at 9 a.m., late Tuesday evening in Vell": the hour in another time zone
            day = resolve_date(d.expression, view.anchor_at(s))
            if (narrative := narrative_day(s, view.lex, d)) is not None:
                if fixed:
                    continue
                # "on the Friday" of the week the story told last ("The unrest began on Wednesday,
                # 24 November"), "the following Monday" after the day named before it
                base = day_named_in(s, view.lex, d.start, view.anchor_at(s))
                if base is None and named is not None:
                    base = named.before(s.index, fixed=narrative.story)
                day = narrative_resolved(d.expression, narrative.direction, base, view.anchor_at(s),
                                         day if narrative.story else None)
            if day is None:
                continue
            if by_reporting_word(s, view.lex, d):
                report_day = report_day or day
                continue
            return weekday_around(pending[0], day, pending[1]) if pending is not None else day
    if pending is not None and unresolved is not None:
        unresolved.append(pending)
    return report_day if pending is None else None


def _since_clause_before(s: SentView, d) -> bool:
    """The date ends a clause opened by "since" with words of its own ("since the rebels took
    the town on Sunday"; not "since Sunday"), no punctuation between: the day a span began."""
    k = next((k for k in range(d.start - 1, max(s.start, d.start - 10) - 1, -1)
              if s.low(k) == "since" or not (s.tok(k).isalnum() or s.low(k) == "-")), None)
    return k is not None and s.low(k) == "since" and d.start - k > 2 and not s.low(k + 1).isdigit()


class _DaysNamed:
    """The day the text named last before each sentence of a view (``_previous_day`` of the
    sentence before it, else of the one before that, and so on), found on demand.

    Only a back reference ("that afternoon", "a day earlier") asks for it, so the dates of most
    sentences are never read for it; the walk back from a sentence stops at the first one that
    names a day, and every sentence it passed keeps the answer, so each is looked at once."""

    __slots__ = ("view", "_upto", "_stamps", "_events", "_future", "_dated", "reading")

    def __init__(self, view: DocView) -> None:
        self.view = view
        # sentence index -> the day named last up to it (included); of all days, of fixed ones
        self._upto: tuple[dict[int, date | None], dict[int, date | None]] = ({}, {})
        self._stamps: list[int] | None = None  # where a live blog's entries open, read when first asked
        # (sentence, family, noun, day, whether one took part in it that day), read when first asked
        self._events: list[tuple[int, str, str, date, bool]] | None = None
        self._future: list[tuple[int, str, str, date, bool]] | None = None  # of the events still to come
        self._dated: frozenset[str] | None = None  # the nouns and families of events the text gives a day
        self.reading = False  # while the events are read (their days may ask for the days named before)

    def event(self, index: int, noun: str, future: bool = False) -> date | None:
        """The day the text gives an event (its noun: "Sunday's election", "the summit on Tuesday")
        for a sentence ``index`` that tells a day by it ("the day after the summit"): of the same
        noun if the text gives one, else of its family ("the vote" of "Sunday's election"); the
        last one given up to that sentence, else the first given after it. With ``future``, of the
        events still to come (a planned call "on the eve of the summit")."""
        if future:
            if self._future is None:
                self._future = self._read_events(future=True)
            events = self._future
        else:
            if self._events is None:
                self._events = self._read_events(future=False)
            events = self._events
        family = event_family(self.view.lex, noun)
        kinds = self.view.lex.event_kinds.get(family)
        if kinds:
            # "the disaster": the one day the text gives an event of those kinds (two days, of two
            # quakes or of a quake and a flood: which one it means is not known)
            days = {day for n, fam, word, day, part in events if (fam in kinds or fam == family) and not part}
            return next(iter(days)) if len(days) == 1 else None
        # (of the same noun, of its family; a day someone took part in it only when the text gives
        # none other; one told up to the sentence before one told after it: "on the night of the
        # attack" after "Wednesday's bombings" is not "claimed the attack on Thursday" further on)
        groups = next((found for weak in (False, True) if (found := [group for group in (
            [(n, day) for n, fam, word, day, part in events if word == noun and part is weak],
            [(n, day) for n, fam, word, day, part in events if fam == family and part is weak]) if group])), [])
        before = next(([day for n, day in days if n <= index] for days in groups
                       if any(n <= index for n, _ in days)), [])
        return before[-1] if before else groups[0][0][1] if groups else None

    def dated_event(self, noun: str) -> bool:
        """The text gives the event (its noun, or its family) a day anywhere, past or to come:
        read without the days named before each sentence, which ask for this."""
        if self._dated is None:
            view, lex = self.view, self.view.lex
            self._dated = frozenset(w for v in view.sents for future in (False, True)
                                    for fam, word, _day, _n, _part in event_days_in(v, lex, view.anchor_at(v), future=future)
                                    for w in (fam, word))
        return noun in self._dated or event_family(self.view.lex, noun) in self._dated

    def _read_events(self, future: bool) -> list[tuple[int, str, str, date, bool]]:
        """(sentence, family, noun, day, whether one took part in it that day) of every event the
        text gives a day, of those still to come with ``future``. A past weekday alone is counted
        from the text's day, so only in a story of the text's own week ("Wednesday's crash" after
        "yesterday"; but "the Sunday meeting" after the story named Wednesday 19 March, two weeks
        before the text's day, is that week's Sunday)."""
        view, lex = self.view, self.view.lex
        self.reading = True
        try:
            return [(v.index, fam, word, day, taken_part) for v in view.sents
                    for fam, word, day, numbered, taken_part in event_days_in(v, lex, view.anchor_at(v), future=future)
                    if future or numbered or self._recent(v.index, view.anchor_at(v))]
        finally:
            self.reading = False

    def _entry_start(self, index: int) -> int:
        """Where the live blog entry holding sentence ``index`` opens (0 outside a live blog):
        a day named in an earlier entry is another story's ("a few minutes earlier" in an entry
        stamped 12:40 is not the day an entry before it named)."""
        if self._stamps is None:
            self._stamps = _entry_stamps(self.view)
        n = bisect_right(self._stamps, self.view.sents[index].char_start)
        return self._stamps[n - 1] if n else 0

    def _recent(self, index: int, anchor: date | None) -> bool:
        """No day named before sentence ``index``, or one in the week before ``anchor``."""
        named = self.before(index)
        return named is None or anchor is not None and 0 <= (anchor - named).days <= 6

    def before(self, index: int, fixed: bool = False, event: str | None = None, future: bool = False) -> date | None:
        """The day the text named last before sentence ``index``, in its live blog entry (with
        ``fixed``, of the days that stand on their own: the week "on the Friday" is of; with
        ``event``, the day the text gives that event: ``event``, with ``future`` one to come)."""
        if event is not None:
            return self.event(index, event, future)
        upto = self._upto[fixed]
        floor = self._entry_start(index)
        k = index - 1
        if k >= 0 and self.view.sents[k].char_end <= floor:
            return None
        if k in upto:
            return upto[k]
        passed, day = [], None
        pending, counted = None, 0  # "on the Sunday after the slide" two sentences after the slide's day
        begun: list = []
        stops: list = []
        while k >= 0 and self.view.sents[k].char_end > floor:
            if k in upto:
                day = upto[k]
                break
            passed.append(k)
            unresolved: list = []
            day = _previous_day(self.view, self.view.sents[k], floor, self, fixed, unresolved, stops, begun)
            if day is not None or stops:
                break
            if unresolved and pending is None:
                pending, counted = unresolved[0], len(passed)
            k -= 1
        if day is None and not stops and pending is None and begun:
            day = begun[0]  # (no other day before it: the day the span began is the one named)
        if pending is not None:
            day = weekday_around(pending[0], day, pending[1]) if day is not None else None
            passed = passed[:counted]  # (the sentences before the event's weekday named the event's day)
        for j in passed:
            upto[j] = day
        return day


def _named_next(view: DocView, v: SentView, group: PersonNP, ctx: Context) -> list[str]:
    """The people named at the opening of the sentence after ``v``, coordinated ("X and Y",
    "X, Y and Z"), when as many as the group's number word says (discourse.json group_sizes; two
    or more with none); else []."""
    if v.index + 1 >= len(view.sents):
        return []
    nxt = view.sents[v.index + 1]
    names: list[PersonNP] = []
    k = nxt.opening
    for np in nxt.nps:
        if np.start < k:
            continue
        if np.start != k or np.kind != NAME or np.possessive:
            break
        names.append(np)
        k = np.end + 1 if nxt.low(np.end) in (",", "and") else None
        if k is not None and nxt.low(np.end) == "," and nxt.low(k) == "and":
            k += 1  # "X, Y, and Z"
        if k is None:
            break
    size = next((n for w, n in view.lex.group_sizes.items() if w in group.word.split()), None)
    if len(names) < 2 or size is not None and len(names) != size or names[-1].end < nxt.end and nxt.low(names[-1].end) in ("'s", "’s"):
        return []
    keys = _keys(view, nxt, names, ctx)
    if len(keys) != len(names):
        return []
    # the leaders a group of leaders stands for (not commentators: "X of the Vell Institute"); and
    # a sentence that speaks of the call as told ("welcomed the call") is others' comment on it
    if group.word not in view.lex.person_groups and not all(view.is_leader(k) for k in keys):
        return []
    if view.lex.anaphora.find(nxt.lower) is not None:
        return []
    return keys


def _writer_before_colon(view: DocView, v: SentView, cue: Cue, ctx: Context) -> str | None:
    """The one who wrote or said the quotation the cue opens, named before the colon right
    before it with a saying word between ('Y wrote in a post on X: "..."'), else None."""
    k = cue.verb_start - 1
    while k > v.start and v.low(k) not in ('"', "“"):
        k -= 1
    if v.low(k - 1) != ":":
        return None
    found = subjects_before(v, view.lex, k - 1)
    if len(found) != 1 or not any(v.low(j) in view.lex.saying_words for j in range(found[0].end, k - 1)):
        return None
    keys = _keys(view, v, found, ctx)
    return keys[0] if len(keys) == 1 else None


def _opens_post(view: DocView, v: SentView, cue: Cue) -> bool:
    """The cue opens a quotation after at most three words that name no one ("Great call with X",
    "Just off the phone with X", "Just had X on the line"): a post or a remark with its first
    person left out."""
    held = line_holder(v, view.lex, cue)  # (the partner held "on the line" before the cue)
    if held is None and cue.kind == ADVERBIAL and (told := v.np(cue.start - 1)) is not None \
            and opening_verb_of_quotation(v, view.lex, told):
        return True  # '"Congratulated Y by phone ...": the verb opening the quotation, Y its object'
    return quote_opens_before(v, cue.verb_start if held is None else held)


def _refused_by_each(cue: Cue) -> bool:
    """Plural calls that a verb of refusing takes ("declined calls", "rebuffed his calls"): each
    of the verb's subjects refused calls of their own."""
    # (a verb of refusing takes the caller after "from"; "requested calls" has its subject call)
    return cue.kind == NOUN and cue.plural and cue.light is not None and cue.light.status is CallStatus.ATTEMPTED \
        and cue.light.caller == "from"


def _answer_of_calls(view: DocView, v: SentView, cue: Cue, subjects: frozenset[str]) -> str | None:
    """The labelled speaker of a transcript's answer that ``v`` stands in, when the answer tells a
    call with no one named as called ("Q: Who rang first? / Dule: President X rang at ten."):
    the paragraph before asks (naming no one: "Did you speak to Y? / Dule: X rang on Monday"
    may be of Y), the answer asks nothing itself, and no one else is named after the cue in its
    paragraph ("... King Y took the call"). None otherwise."""
    speaker = labelled_speaker(view, v)
    if speaker is None or speaker in subjects or not answers_a_question(view, v):
        return None
    if any(np.kind == NAME and s.low(np.end) != ":" for s in question_before(view, v) for np in s.nps):
        return None
    paragraph = [s for s in view.sents if s.index >= v.index and s.char_start < _paragraph_end(view, v)]
    if any(s.low(s.end - 1) == "?" for s in paragraph):
        return None
    later = {np.key for s in paragraph for np in s.nps if np.kind == NAME and np.key and (s is not v or np.start >= cue.end)}
    return speaker if later <= subjects | {speaker} else None


def _paragraph_end(view: DocView, v: SentView) -> int:
    """The character where ``v``'s paragraph ends (a blank line, or the text's end)."""
    at = view.text.find("\n\n", v.char_start)
    return len(view.text) if at < 0 else at


def _convened_call(v: SentView, lex: Lexicon, cue: Cue) -> bool:
    """A verb of calling that also convenes ("called"), with no one after it, in a relative clause
    of what its subject convened: a noun of calls.json convened_nouns, after a determiner, right
    before the subject's bare name ("for the rally X called on Sunday"), in no phrase opening the
    sentence ("After the election X called on Sunday" is a call): no call."""
    if v.low(cue.start) not in lex.convening_verbs or cue.passive or not _nothing_called(v, cue):
        return False
    subject = v.np(cue.verb_start - 1)
    if subject is None or subject.end != cue.verb_start or subject.kind != NAME or subject.head_start != subject.start:
        return False
    k = subject.start - 1
    det = k - 1
    opening = _opening_token(v)
    return v.low(k) in lex.convened_nouns and (v.low(det) in lex.determiners or v.low(det) in lex.possessive_pronouns
                                               or v.low(det) in ("'s", "’s")) \
        and det - 1 > opening and v.low(opening) not in lex.governing_prepositions


def _opening_token(v: SentView) -> int:
    """The sentence's first word, past an opening quote mark."""
    return v.start + (v.low(v.start) in ('"', "“", "'", "‘"))


def _nothing_called(v: SentView, cue: Cue) -> bool:
    """Nothing stands for a partner right after the call verb: the clause ends, or a date or a
    preposition of time follows ("I rang on Friday", "I rang, but ..."; not "I phoned home",
    "I phoned ahead to the hotel")."""
    k = cue.end
    return k >= v.end or not v.tok(k)[:1].isalpha() or any(d.start == k for d in v.dates) or v.low(k) in ("on", "at", "late", "early", "twice", "again")


def _thanked_by_name(v: SentView, lex: Lexicon, cue: Cue) -> tuple[PersonNP, bool] | None:
    """ '"Thank you, Ilse, for the call"', '"Thanks, Premier Varga, for your call"': the one
    thanked by name in a quotation for the call, and whether "your" makes them its caller."""
    k = cue.start - 1
    while k > v.start and v.low(k) in lex.medium_words:
        k -= 1
    yours = v.low(k) in lex.second_person
    if not (yours or v.low(k) == "the") or v.low(k - 1) != "for" or v.low(k - 2) != ",":
        return None
    np = v.np(k - 3)
    if np is None or np.kind != NAME or np.end != k - 2 or v.low(np.start - 1) != ",":
        return None
    after = v.tok(cue.end)
    if after[:1].isalpha() and v.low(cue.end) not in ("and", "today", "yesterday", "earlier", "this", "last", "on"):
        return None  # "for your call to duty", "for the call you made to X": no call with the one thanked
    thanked = v.low(np.start - 2)
    if not (thanked in lex.gratitude_verbs or thanked in lex.second_person and v.low(np.start - 3) in lex.gratitude_verbs):
        return None
    return np, yours


def _statement_posted(v: SentView, lex: Lexicon) -> bool:
    """ "The statement was also posted on X", "His office posted it on X": a reference back
    (report_anaphora) opening the sentence or right after a verb of publishing, and such a verb
    in the sentence (not "The opposition, which rejected it, posted its own plan")."""
    k = lex.report_anaphora.find(v.lower)
    if k is None or lex.publishing_verbs.isdisjoint(v.lower):
        return False
    return k == 0 or v.low(v.start + k - 1) in lex.publishing_verbs


def _footage_of(v: SentView, lex: Lexicon, participants: frozenset[str]) -> bool:
    """ "footage of Dr Dule at her desk, receiver in hand": a picture (depiction_nouns) of one of
    the call's people that shows the call (a medium word or a call_props word in the twelve
    words after the name; not "footage of Dule touring the villages")."""
    if lex.depiction_nouns.isdisjoint(v.lower):
        return False
    for k in range(v.start, v.end):
        if v.low(k) in lex.depiction_nouns and v.low(k + 1) == "of" and (np := v.np(k + 2)) is not None \
                and np.start == k + 2 and np.kind == NAME and np.key in participants:
            return any(v.low(j) in lex.call_props or v.low(j) in lex.medium_words for j in range(np.end, min(v.end, np.end + 12)))
    return False


def _statement_carried(view: DocView, v: SentView) -> tuple[str, str] | None:
    """ "The Palace communiqué was relayed by X": the noun of the text carried and the
    lower-cased words of whose it is ("palace"; "" for none), for a sentence opening "The", at
    most four capitalised words (a possessive's "'s" after them), the noun, a clause between
    commas or not, a form of "be", an adverb or not, then a carrying participle; else None."""
    lex = view.lex
    if v.low(v.start) != "the" or lex.carried_statements.isdisjoint(v.lower):
        return None
    k = v.start + 1
    while k < min(v.end, v.start + 5) and v.low(k) not in lex.carried_statements and v.tok(k)[:1].isupper():
        k += 1
    whose = " ".join(v.lower[v.start + 1 - v.start:k - v.start])
    k += v.low(k) in ("'s", "’s") and k > v.start + 1
    if v.low(k) not in lex.carried_statements:
        return None
    noun, j = v.low(k), k + 1
    if v.low(j) == ",":
        # "The communiqué, issued late at night, was relayed by X"
        j = next((m + 1 for m in range(j + 1, min(v.end, j + 10)) if v.low(m) == ","), j)
    if v.low(j) not in lex.finite_be:
        return None
    j += 1
    j += v.low(j) in ("also", "then", "later") or v.low(j).endswith("ly")
    return (noun, whose) if v.low(j) in lex.statement_carriers else None


def _joint_call_noun(v: SentView, lex: Lexicon) -> bool:
    """A call noun with a word of one call of several right before it ("on a conference call",
    "in a three-way call"; not "before a joint summit")."""
    return not lex.joint_call_words.isdisjoint(v.lower) and any(
        c.kind == NOUN and any(v.low(k) in lex.joint_call_words for k in range(max(v.start, c.start - 2), c.start))
        for c in find_cues(v, lex))


def _drafts_of(view: DocView, v: SentView, frame: Frame, ctx: Context, state: _State,
               earlier: tuple[tuple[frozenset[str], str | None], ...] = ()) -> list[tuple[frozenset[str], str | None, Cue, Cue]]:
    """(participants, caller, cue, the cue its day is read from) for each call a frame tells;
    ``earlier``: (participants, caller) of the calls told before in the same sentence."""
    cue = frame.cue
    # Frame.prep codes ("verb" and "from-to" among them), not words of the text
    as_obj = cue.kind in (CALL_VERB,) or frame.prep in {"to", "with", "from", "verb", "by"}
    # names first: a pronoun, group or bare title is never one of the names beside it
    named_subjects = frozenset(np.key for np in frame.subjects if np.kind == NAME and np.key)
    named_objects = frozenset(np.key for np in frame.objects if np.kind == NAME and np.key)
    subjects = _keys(view, v, frame.subjects, ctx, named_objects)
    objects = _keys(view, v, frame.objects, ctx, frozenset(subjects) | named_subjects, as_object=as_obj)
    if len(objects) == 1 and len(frame.objects) == 1 and frame.objects[0].kind == PRONOUN and subjects \
            and objects[0] not in subjects:
        # "A, who rang on Monday, was the first leader to ring, while B phoned him": the one the
        # sentence's earlier caller rang, as they did, not that caller
        # (of the pronoun's gender, where known, and not when the caller is one telling it: "X,
        # who called Y, said Z had phoned him")
        gender = view.lex.pronoun_genders.get(frame.objects[0].word)
        rung = {next(iter(p - {c})) for p, c in earlier if c == objects[0] and len(p) == 2}
        if len(rung) == 1 and not rung & set(subjects) and not any(v.low(k) in view.lex.saying_words for k in range(v.start, cue.start)) \
                and ((info := view.entities.get(next(iter(rung)))) is None or gender is None or info.gender in (None, gender)):
            objects = list(rung)
    if cue.kind == NOUN and cue.start in v.quoted and not any(np.kind == NAME for np in frame.subjects + frame.objects) \
            and (thanked := _thanked_by_name(v, view.lex, cue)) is not None:
        # '"Thank you, Ilse, for the call," X wrote': the writer's call with the one thanked
        speaker = quote_speaker(view, v, ctx)
        keys = _keys(view, v, (thanked[0],), ctx, frozenset({speaker}) if speaker else frozenset())
        if speaker and len(keys) == 1 and keys[0] != speaker:
            return [(frozenset((speaker, keys[0])), keys[0] if thanked[1] else None, cue, cue)]
    if len(subjects) >= 2 and _refused_by_each(cue) and not (objects and frame.prep != "from"):
        # "A and B have declined calls": each refused someone else's calls, they did not call
        # each other (the one whose calls they were, "declined his calls" or "calls from X",
        # called each)
        owner = objects if objects else _keys(view, v, (cue.possessor,), ctx, frozenset(subjects)) if cue.possessor is not None else []
        if not owner:
            # "X sought support, but A and B declined calls": the one other person the sentence
            # names before them (not "..., analyst Y wrote", who reports it)
            first = min(np.start for np in frame.subjects)
            owner = sorted({np.key for np in v.nps if np.kind == NAME and np.key and np.key not in subjects and np.end <= first})
        if len(owner) != 1:
            return []
        return [(frozenset((owner[0], key)), owner[0], cue, cue) for key in subjects if key != owner[0]]
    if not objects and not frame.objects and len(subjects) == 1 and cue.kind == CALL_VERB and not cue.passive \
            and len(frame.subjects) == 1 and frame.subjects[0].kind == PRONOUN and frame.subjects[0].word in view.lex.first_person \
            and _nothing_called(v, cue) and (asked := asked_partner(view, v, frozenset(subjects))) is not None:
        # "Reporter: Did you speak to X? / Dule: I tried. I rang on Friday.": the call with X
        objects = [asked]
    elif not objects and not frame.objects and len(subjects) == 1 and cue.kind == CALL_VERB and not cue.passive \
            and len(frame.subjects) == 1 and frame.subjects[0].kind in (NAME, PRONOUN) \
            and frame.subjects[0].word not in view.lex.first_person and _nothing_called(v, cue) \
            and (asked := asked_partner(view, v, frozenset(subjects), of_others=True)) is not None \
            and asked not in subjects and _asks_of_contact(view, question_before(view, v)):
        # "Which leaders have called X? / The first was A. He rang last night.": A's call with X
        # (not "Is X still in hospital? / ... Y called this morning")
        objects = [asked]
    elif not objects and not frame.objects and len(subjects) == 1 and cue.kind == CALL_VERB and not cue.passive \
            and len(frame.subjects) == 1 and frame.subjects[0].kind == NAME and v.low(frame.subjects[0].end) != ":" \
            and _nothing_called(v, cue) and not v.quoted \
            and (speaker := _answer_of_calls(view, v, cue, frozenset(subjects))) is not None:
        # "Q: Who was first? / Dule: President X rang at ten at night.": the one answering tells
        # of a call with no one named as called, their own
        objects = [speaker]
    if not objects and not frame.objects and cue.strong and all(v.low(np.end) == ":" for np in frame.subjects) \
            and (pair := answered_yes(view, v)) is not None and set(subjects) <= {pair[0]} \
            and _asks_of_a_talk(view, pair[2]):
        # "Q: Have you spoken to X lately? / Dule: Yes, by video link on Thursday." (the label
        # "Dule:" read as the subject, or no subject)
        subjects, objects = [pair[0]], [pair[1]]
    if not subjects and not objects and frame.subjects and all(np.kind == GROUP for np in frame.subjects) \
            and (named := _named_next(view, v, frame.subjects[0], ctx)):
        # "The two leaders spoke by phone on Tuesday. / X and Y agreed ...": a group the text
        # has named no one for, the names opening the next sentence
        subjects = named
    if not objects and frame.country is not None:
        # "a request by X for a call was turned down by Varnia": the one leader of Varnia the
        # article has named before
        objects = _country_leader(view, v, frame.country, frozenset(subjects))
    if not frame.subjects and objects and (cue.strong or cue.kind == TALK_VERB or _pleasure_noun(view, v, cue)) \
            and _opens_post(view, v, cue):
        # '"Great call with X today," Y wrote': a post that leaves its subject out is its writer's
        speaker = quote_speaker(view, v, ctx)
        if speaker is not None and speaker not in objects:
            subjects = [speaker]
    if not frame.subjects and objects and not subjects and _opens_post(view, v, cue) \
            and (writer := _writer_before_colon(view, v, cue, ctx)) is not None and writer not in objects:
        # 'Y posted on Telegram: "Talked with Z this morning."': the writer named before the colon
        subjects = [writer]
    caller = None
    if not frame.subjects and len(subjects) == 1 and len(objects) == 1 and cue.kind == CALL_VERB and not cue.passive \
            and frame.caller is None and frame.prep == "verb":
        # '"Just phoned X," Y wrote': the writer left out of their post placed the call
        caller = subjects[0]
    if frame.caller is not None:
        if frame.caller in frame.subjects:
            found = _keys(view, v, (frame.caller,), ctx, named_objects)
        else:
            found = _keys(view, v, (frame.caller,), ctx, frozenset(subjects) | named_subjects, as_object=as_obj)
        caller = found[0] if len(found) == 1 else None
    out = []
    if cue.kind == NOUN and cue.plural and cue.definite and len(frame.subjects) >= 2 and not frame.objects \
            and frame.subjects[-1].end == cue.start and all(np.kind == NAME and not np.possessive for np in frame.subjects):
        return []  # "photos of the A and B calls": A's call and B's, told before, not a call between them
    if cue.kind == CALL_VERB and len(frame.objects) == 1 and frame.objects[0].kind == GROUP \
            and frame.objects[0].word.startswith("both ") and len(objects) == 2 and len(subjects) == 1:
        # "X phoned both presidents": a call with each of them
        return [(frozenset((subjects[0], o)), caller, cue, cue) for o in objects if o != subjects[0]]
    if cue.kind == CALL_VERB and not frame.subjects and len(objects) == 1 and frame.objects[-1].kind == NAME:
        members = _members_of_subject_group(view, v, frame, ctx)
        if members:
            # "Several leaders called X on Monday, including A and B": a call from each of them
            return [(frozenset((m, objects[0])), m, cue, cue) for m in members if m != objects[0]]
    if frame.prep == "between":
        if cue.plural and len(objects) >= 3:
            # "phone conversations between A and B and C": A's call with each of the others
            for o in objects[1:]:
                out.append((frozenset((objects[0], o)), caller, cue, cue))
            return out
        parts = frozenset(objects)
        if len(parts) >= 2:
            out.append((parts, caller, cue, cue))
        return out
    if not objects and cue.light is not None and cue.light.caller == "from" and state.last_from \
            and subjects and state.last_from not in subjects:
        # "Leaders declined a call from Biden. ... X and Y have declined calls": each with him
        for subject in subjects:
            out.append((frozenset((subject, state.last_from)), state.last_from, cue, cue))
        return out
    if (cue.kind == CALL_VERB and not cue.passive and frame.prep == "verb"
            or cue.kind == TALK_VERB and frame.prep in ("to", "with")) and len(subjects) == 1 \
            and sum(np.kind == NAME for np in frame.objects) >= 2 and len(objects) >= 2 \
            and (cue.kind == CALL_VERB or not _joint_call_noun(v, view.lex)):
        # "X will phone A and B": one call each (a call of three is held, not dialled; "spoke
        # with A and B on a conference call" is that one call)
        return [(frozenset((subjects[0], o)), caller, cue, cue) for o in objects if o != subjects[0]]
    if not subjects and len(objects) == 1 and (cue.kind == CALL_VERB and v.low(cue.start - 1) == "to" or _after_to(v, cue)) \
            and (callers := _inverted_callers(view, v, cue, ctx, frozenset(objects))):
        # "Among the first leaders to phone X that evening was Y's prime minister, Z": Z called X
        return [(frozenset((c, objects[0])), c, cue, cue) for c in callers if c != objects[0]]
    if not subjects and len(objects) == 1 and (ranked := _ranked_subjects(view, v, cue, ctx, frozenset(objects))):
        # "X was among the earliest on the line with Y", "... to call Y": X's call with Y
        return [(frozenset((s, objects[0])), s if cue.kind == CALL_VERB else None, cue, cue) for s in ranked]
    if cue.kind == CONTACT_VERB and not frame.subjects and len(objects) == 1 \
            and (owner := _call_owner_before(view, v, cue.start)) is not None and owner != objects[0]:
        # "X's call reached Y shortly after midnight": X rang Y
        return [(frozenset((owner, objects[0])), owner, cue, cue)]
    dialled = cue.kind in (CALL_VERB, CONTACT_VERB) and not cue.passive and frame.prep == "verb"
    if len(subjects) >= 2 and not objects and (dialled or _headline_call_noun(v, cue)) and _group_right_after(v, view.lex, cue):
        # "A, B and C call the region's leaders": each called someone unnamed, not one another
        return []
    if dialled and not subjects and all(np.kind == GROUP for np in frame.subjects) and len(objects) >= 2:
        # "Leaders from the region contacted A and B": someone unnamed called each of them
        return []
    if cue.kind == CALL_VERB and len(subjects) >= 3 and len(objects) == 1 and objects[0] not in subjects \
            and frame.prep == "verb" and (v.headline or v.index == 0 and v.low(v.end - 1) != "."):
        # "A, B and C call X after the crash" as a headline: each rang X (two, "A, B call X", may have
        # held one joint call; a sentence of the body may say "jointly")
        return [(frozenset((s, objects[0])), s, cue, cue) for s in subjects]
    if len(subjects) >= 2 and len(objects) == 1 and objects[0] not in subjects and frame.subjects \
            and (any(v.low(k) in view.lex.distributive_subjects
                     for k in range(max(frame.subjects[-1].end, cue.verb_start - 2), cue.verb_start))
                 or of_whom_after(v, view.lex, frame.subjects[-1])):
        # "A and B each spoke by phone with X", "A and B separately phoned X", "A and B, both of
        # whom phoned X": a call each
        return [(frozenset((s, objects[0])), s if dialled else None, cue, cue) for s in subjects]
    if dialled and len(subjects) >= 2 and len(objects) == 1 and objects[0] not in subjects and frame.subjects \
            and any(v.low(k) in view.lex.round_subjects for k in range(frame.subjects[-1].end, cue.verb_start)) \
            and view.lex.joint_call_words.isdisjoint(v.lower) and _rung_by_another(state.drafts, earlier, v.index, objects[0], frozenset(subjects)):
        # "X received a call from A. B and C also telephoned X": a round of calls to X, one each
        return [(frozenset((s, objects[0])), s, cue, cue) for s in subjects]
    if dialled and len(subjects) >= 2 and not objects and not frame.objects and frame.subjects \
            and all(np.kind == NAME for np in frame.subjects) \
            and (any(v.low(k) in view.lex.round_subjects for k in range(frame.subjects[-1].end, cue.verb_start))
                 or v.low(cue.end) == "with" and any(v.low(k) in view.lex.message_nouns for k in range(cue.end + 1, cue.end + 4))) \
            and view.lex.joint_call_words.isdisjoint(v.lower) \
            and view.lex.reciprocal_objects.find(v.lower, cue.end - v.start, min(v.end, cue.end + 3) - v.start) is None:
        # "A rang X on Sunday. B and C also called on Monday", "X's phone rings as B and C call
        # with congratulations": each placed a call of their own to the one the text around
        # tells (as "B also called" does), not one to the other
        return [t for np in frame.subjects
                for t in _drafts_of(view, v, replace(frame, subjects=(np,), caller=np), ctx, state, earlier)]
    if frame.separate and len(objects) > 1 and not (cue.kind == NOUN and not cue.plural and (
            cue.medium is CallMedium.VIDEO or _video_in_clause(v, view.lex, cue))):
        # (but "held a video call with A and B, and with C": one conference)
        # calls one by one with someone the text does not name here: none among the list
        # "received calls from A, B and C": each of them made their own call
        from_each = frame.prep in ("from", "from-to") or (cue.light is not None and cue.light.caller == "from")
        for o in objects:
            if subjects and o not in subjects:
                out.append((frozenset(subjects) | {o}, o if from_each else caller, cue, cue))
    else:
        parts = frozenset(subjects) | frozenset(objects)
        if len(parts) == 1 and frame.fronted and not objects and cue.strong and not _another_call(v, view.lex, cue):
            # "X urged Y to ... . In the hour-long call, X said ...": the one other
            # leader the sentence before named beside X
            named = leaders_named_before(view, v, v.start, sentences=1)
            others = [k for k in named if k not in parts]
            if len(others) == 1 and all(k in named for k in parts):
                parts |= {others[0]}
        if len(parts) == 1 and not objects and subjects and cue.light is not None and cue.light.returns \
                and (prev := next((d.participants for d in reversed(state.drafts)
                                   if subjects[0] in d.participants and len(d.participants) == 2), None)) is not None:
            # "X tried to reach Y on Friday ... Y returned the call on Saturday": a call back to X
            parts, caller = parts | prev, subjects[0]
        if len(parts) == 1 and not subjects and objects and cue.kind == NOUN and frame.prep == "with" \
                and (common := _common_partner(state.drafts, v.index)) is not None and common[0] not in parts:
            # "X got calls from A, then from B ... A phone call with C is expected this week": with X
            parts |= {common[0]}
        elif len(parts) == 1 and not subjects and objects and cue.kind == NOUN and frame.prep == "with" \
                and not cue.plural and state.receiver is not None and 0 < v.index - state.receiver[1] <= 4 \
                and state.receiver[0] not in parts:
            # "X received calls from foreign leaders. ... Later, a telephone conversation took place
            # with C": with X, who received the calls
            parts |= {state.receiver[0]}
        if len(parts) == 1 and cue.kind == NOUN and not cue.plural and (
                frame.prep == "from" and not subjects and len(objects) == 1
                and v.low(_past_aside(v, frame.objects[-1].end, frame.objects[-1].key)) in view.lex.call_arrival_verbs
                or not objects and len(frame.subjects) == 1 and frame.subjects[0] is cue.possessor
                and v.low(cue.end) in view.lex.call_arrival_verbs) \
                and (callee := _callee_of_the_round(state, earlier, v.index, next(iter(parts)))) is not None:
            # "A rang X on Monday. The call from B came through the same afternoon" (or "B's call
            # came the next day"): B called X, as A did (a verb of arriving after the call's
            # phrase: not "B's call for calm was rejected")
            parts, caller = parts | {callee}, next(iter(parts))
        if len(parts) < 2 and cue.kind == NOUN and not cue.plural and not frame.subjects \
                and (v.low(cue.start) not in view.lex.elided_call_ordinals or _run_of_calls_before(view, v)) \
                and (sender := _arriving_from(view, v, cue, ctx)) is not None and parts <= {sender} \
                and (callee := _callee_of_the_round(state, earlier, v.index, sender)) is not None:
            # "A rang X on Monday. The earliest call had arrived on Saturday, once the count
            # ended, from the King of Y, B": B called X too
            parts, caller = frozenset((sender, callee)), sender
        if len(parts) == 1 and cue.kind == NOUN and not cue.plural and not objects and len(subjects) == 1 \
                and cue.possessor is None and earlier and in_adjunct(v, view.lex, cue) \
                and (callee := _callee_of_the_round(state, earlier, v.index, subjects[0])) is not None:
            # "A called X on Thursday, while B conveyed his sympathy in a call that evening": B's
            # call is with X too (a call told before in the sentence names its caller; this one
            # does not say who placed it)
            parts = parts | {callee}
        if len(parts) == 1 and cue.kind == CALL_VERB and v.low(cue.start) in view.lex.round_verbs \
                and len(subjects) == 1 and (before := _round_told_before(view, state, v.index)) is not None \
                and subjects[0] not in before.participants:
            # "A rang X on Monday, the first to call. B followed in the afternoon": B called X
            parts, caller = parts | (before.participants - {before.caller}), subjects[0]
        # ("X was first on the line": a call of X's in a round, as "X called first")
        on_the_line = cue.kind == ADVERBIAL and first_on_the_line(v, view.lex, cue.start)
        if len(parts) < 2 and (cue.kind == CALL_VERB or _after_to(v, cue) or on_the_line) \
                and not objects and subjects and v.low(cue.start) not in view.lex.round_verbs:
            # "Netanyahu also phoned": the same person the previous caller rang
            # ("A called X on Monday; B also called to ...": the call before may be in this sentence)
            prev = next(((p, c) for p, c in reversed(earlier) if c and c in p), None) or next(
                ((d.participants, d.caller) for d in reversed(state.drafts) if d.caller and d.caller in d.participants
                 and d.status is not CallStatus.ATTEMPTED), None)  # (a call no one took leads no round)
            receiver = state.receiver
            if receiver is not None and v.index - receiver[1] <= 3 and receiver[0] not in parts and len(subjects) == 1 \
                    and (prev is None or receiver[0] in prev[0]):
                # "X received calls from leaders. / Calls poured in for X. Y was the first to call": Y called X
                parts |= {receiver[0]}
                caller = subjects[0]
            elif cue.kind == CALL_VERB and (lead := _talk_subject_before(view, v, ctx, earlier, parts)) is not None:
                # "A spoke with B on Monday, and C rang shortly afterwards": C rang A, whom the
                # sentence is about (the talk before it in the sentence names no caller; a call
                # of an earlier sentence is not the one this goes on from)
                parts |= {lead}
            elif prev is not None and cue.kind == CALL_VERB:
                rest = prev[0] - {prev[1]} - parts
                if len(rest) == 1:
                    parts |= rest
            if len(parts) < 2 and (cue.kind == CALL_VERB or on_the_line) and len(subjects) == 1 and not frame.fronted \
                    and all(np.kind == NAME for np in frame.subjects) and cue.start not in v.quoted \
                    and (hero := _protagonist(view)) is not None and hero not in parts \
                    and call_status(v, view.lex, cue) is CallStatus.OCCURRED:
                # "the king rang within minutes of the result" in a story about
                # one leader's calls (its headline's, named far more than anyone): a call to them
                parts |= {hero}
                caller = subjects[0]
        if len(parts) == 1 and cue.kind == NOUN and not cue.plural and cue.possessor is None and not subjects \
                and not frame.subjects and len(objects) == 1 and frame.prep == "with" and cue.start - v.start <= 1 \
                and cue.start not in v.quoted and (hero := _protagonist(view)) is not None and hero not in parts \
                and call_status(v, view.lex, cue) is CallStatus.PLANNED:
            # "A call with Y is being set up for next week" in a story about one leader's
            # calls: their call (a call told as done names who held it)
            parts |= {hero}
        if caller is None and frame.fronted and len(subjects) == 1 and len(parts) == 2 and _another_call(v, view.lex, cue):
            receiver = state.receiver if state.receiver is not None and 0 < v.index - state.receiver[1] <= 4 \
                else _common_partner(state.drafts, v.index, called=True)
            if receiver is not None and receiver[0] in parts and receiver[0] != subjects[0] \
                    and caller_in(view, v, parts) is None:
                # "X received calls from leaders ... / A called X ... B rang X ... / In another
                # call, Y conveyed to X his sympathy": Y called, as the others did
                caller = subjects[0]
        out.append((parts, caller, cue, cue))
        if cue.kind == CALL_VERB and caller is not None and len(parts) == 2 and caller in parts:
            # "X phoned Y on Monday, as did Z": Z's call of its own to Y
            for np in _ellipsis_callers(v, view.lex, cue):
                for key in _keys(view, v, (np,), ctx, parts):
                    out.append(((parts - {caller}) | {key}, key, cue, replace(cue, start=np.start, end=np.end)))
    if frame.second and len(subjects) == 1:
        for np in frame.second:
            for key in _keys(view, v, (np,), ctx, frozenset(subjects), as_object=True):
                # the call of its own is read from where its partner is named ("and to B early Monday";
                # "and another from B": B called)
                out.append((frozenset(subjects) | {key}, key if frame.prep == "from" else caller, cue,
                            replace(cue, start=np.start, end=np.end)))
    return out


def _protagonist(view: DocView) -> str | None:
    """The leader an article is about: named in its opening lines (its headline, among the first
    four sentences, after an outlet's name and a line of page furniture), and more often than
    twice anyone else of the article; None when no one stands out."""
    if "protagonist" in view.memo:
        return view.memo["protagonist"]
    counts: dict[str, int] = {}
    for m in view.mentions:
        if m.kind in (EntityKind.LEADER, EntityKind.PERSON) and m.key:
            counts[m.key] = counts.get(m.key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    opening = {np.key for s in view.sents[:4] for np in s.nps if np.kind == NAME}
    found = None
    if ranked and ranked[0][1] >= 4 and (len(ranked) == 1 or ranked[0][1] > 2 * ranked[1][1]) \
            and ranked[0][0] in opening and view.is_leader(ranked[0][0]):
        found = ranked[0][0]
    view.memo["protagonist"] = found
    return found


def _inverted_callers(view: DocView, v: SentView, cue: Cue, ctx: Context, exclude: frozenset[str]) -> list[str]:
    """ "Among the first leaders to phone X that evening was Y's prime minister, Z" (or "were A
    and B"): the people named after the "was" or "were" of a sentence opened by "among", its
    subject put after its verb; [] for any other sentence."""
    lex = view.lex
    if v.low(v.start) != "among":
        return []
    be = next((k for k in range(cue.end, min(v.end, cue.end + 12)) if v.low(k) in ("was", "were")), None)
    if be is None or any(v.low(k) in (",", ";", ":") for k in range(cue.end, be)):
        return []
    people, _ = coordinated_after(v, lex, be + 1, v.end)
    if not people:
        named = titled_description_then_name(v, lex, be + 1, v.end)
        people = coordinated_after(v, lex, named.start, v.end)[0] if named is not None else []
    return [k for k in _keys(view, v, [np for np in people if np.kind == NAME], ctx, exclude)]


def _asks_of_contact(view: DocView, question: tuple[SentView, ...]) -> bool:
    """The question asks who got in touch with someone: a call cue in it, or a word of
    discourse.json asked_contact_words ("Which leaders have congratulated X?")."""
    return any(not view.lex.asked_contact_words.isdisjoint(s.lower) or find_cues(s, view.lex) for s in question)


def _asks_of_a_talk(view: DocView, question: tuple[SentView, ...]) -> bool:
    """The question asks about a talk held ("Have you talked to X?"; not "Did you watch X's
    speech?" nor "Will you speak to X?"): a cue of a call or talk in it, not planned."""
    return any((c.kind in (CALL_VERB, TALK_VERB, CONTACT_VERB) or c.strong) and not c.in_person
               and call_status(s, view.lex, c) is CallStatus.OCCURRED for s in question for c in find_cues(s, view.lex))


def _ranked_subjects(view: DocView, v: SentView, cue: Cue, ctx: Context, exclude: frozenset[str]) -> list[str]:
    """ "X was among the earliest on the line with Y": the named subject opening the
    sentence, then "was" or "were" and a ranking word (discourse.json ranking_words), all in the
    cue's clause; [] for any other sentence."""
    lex = view.lex
    first = v.nps[0] if v.nps else None
    if first is None or first.kind != NAME or first.possessive or first.start > v.start + 1 or first.end >= cue.start:
        return []
    people, _ = coordinated_after(v, lex, first.start, cue.start)  # ("A and B were among ...")
    end = max((np.end for np in people), default=first.end)
    if v.low(end) not in lex.finite_be or v.low(end + 1) not in lex.ranking_words \
            or any(v.low(k) in (",", ";", ":") for k in range(end, cue.start)):
        return []
    return [k for k in _keys(view, v, [np for np in people if np.kind == NAME], ctx, exclude)]


def _told_as_prior(v: SentView, lex, cue: Cue) -> bool:
    """The attempt's own clause puts it before another call ("had already tried to reach Y
    earlier in the evening, but ..."): a word of ``prior_attempt_words`` from a few words before
    the cue to the end of its clause (not "The palace said earlier that X had tried ...", nor
    "..., but the king had already gone to bed")."""
    hi = clause_end(v, cue.end, 12)
    return any(v.low(k) in lex.prior_attempt_words for k in range(max(v.start, cue.start - 4), hi))


def _part_of_day_only(v: SentView, lex, cue: Cue, status: CallStatus, view: DocView) -> bool:
    """The sentence dates the call by a part of the day alone ("in the afternoon", "that
    evening"): a back reference to a day, moving it by none."""
    found = call_day(v, lex, cue, status, view.anchor_at(v))
    return found.back_reference and not found.back_offset and found.around is None and found.event is None


def _fronted_subject_of_the_call(view: DocView, v: SentView, frame: Frame, state: "_State", ctx: Context) -> Frame:
    """ "Hours after the call with X, Y said ...": Y took part in the call with X only when a call
    told before has both (or none has X: the call is told here); with calls of X told before and
    none of Y's, Y is a third person speaking of them ("... Z said she had also spoken with W")."""
    objects = frozenset(_keys(view, v, frame.objects, ctx))
    subjects = frozenset(_keys(view, v, frame.subjects, ctx))
    told = [d for d in state.drafts if objects and objects <= d.participants and len(d.participants) >= 2]
    if told and subjects and not any(subjects <= d.participants for d in told):
        return replace(frame, subjects=())
    return frame


def _call_just_told(drafts: list[Draft], index: int, parts: frozenset[str]) -> Draft | None:
    """The call told last before sentence ``index``, at most two sentences back, when it took
    place on a day the text gives and shares someone with ``parts`` (not the same people)."""
    for d in reversed(drafts):  # (in the order told: the last of a sentence's calls first)
        if d.sent >= index:
            continue
        if index - d.sent > 2:
            return None
        if d.status is CallStatus.OCCURRED and d.day is not None and not d.day_weak \
                and d.participants & parts and d.participants != parts:
            return d
    return None


def _another_call(v: SentView, lex, cue: Cue) -> bool:
    """A word in the three before the cue says the call is another than the one told before
    ("In another call, ...", "In a separate call ...")."""
    return not lex.other_call_words.isdisjoint(v.lower[max(0, cue.start - 3 - v.start):cue.start - v.start])


def _headline_call_noun(v: SentView, cue: Cue) -> bool:
    """ "A, B and C call Ostrian leaders with condolences": a call noun of a line with no full
    stop standing as a headline's verb."""
    return cue.kind == NOUN and not cue.plural and v.lower[-1] not in (".", "!", "?")


def _group_right_after(v: SentView, lex, cue: Cue) -> bool:
    """The cue's object is a group of people the text does not name, right after it, a word
    (an adjective, a determiner) between at most: "call Ostrian leaders", "phoned world leaders"."""
    at = lex.group_partners.find(v.lower, cue.end - v.start, cue.end + 4 - v.start)
    if at is None or at + v.start - cue.end > 1:
        return False
    if at + v.start == cue.end:
        return True
    # the word between is an adjective or a determiner ("Ostrian", "the"), not punctuation nor a
    # word opening another phrase or clause ("an online summit of Nordic premiers" is theirs,
    # named later; "held a call as allies pressed for a truce")
    gap = v.low(cue.end)
    return gap.isalpha() and gap not in lex.governing_prepositions and gap not in lex.clause_openers \
        and gap not in lex.list_connectors and gap not in lex.subject_verb_gap and gap != "or"  # (a coordinator)


def _ellipsis_callers(v: SentView, lex, cue: Cue) -> list:
    """The people right after "as did" ("so did") that follows the call verb in its sentence; or
    the one name after ", and" whose verb is left out, only a time after it to the sentence's
    end ("A phoned X on Thursday, and B about an hour later")."""
    # (the words are looked for only where one of them may start: most sentences hold none)
    for k in range(cue.end, v.end) if not lex.ellipsis_callers.firsts.isdisjoint(v.lower) else ():
        n = lex.ellipsis_callers.match(v.lower, k - v.start)
        if n:
            # (the person phrase may start a few words on: "as did Nicaraguan co-president X")
            np = next((p for p in v.nps if k + n <= p.start <= k + n + 4), None)
            if np is None or np.kind != NAME:
                return []
            return [p for p in coordinated_after(v, lex, np.start, v.end)[0] if p.kind == NAME]
    return _gapped_caller(v, lex, cue)  # (none, or an "as" of another phrase: "as early as nine")


def _gapped_caller(v: SentView, lex, cue: Cue) -> list:
    """ "A phoned on Thursday, and B about an hour later.": B after ", and" (maybe after a
    country's possessive), the verb naming no one before it, then only words of a span of time
    or a day to the end of the sentence (time_after_complement, duration and quantity words,
    dates)."""
    dated = v.dated()
    for k in range(cue.end, v.end - 2):
        if v.low(k) != "," or v.low(k + 1) != "and":
            continue
        if any(cue.end <= p.start < k for p in v.nps):
            return []  # ("A phoned X on Thursday, and B on Friday": B is another one A phoned)
        np = next((p for p in v.nps if k + 2 <= p.start <= k + 4), None)
        if np is None or np.kind != NAME or np.possessive or any(v.np(j) is not None for j in range(k + 2, np.start)):
            return []
        rest = [j for j in range(np.end, v.end) if v.low(j) not in (".", "!")]
        timed = bool(rest) and all(j in dated or v.low(j) in lex.duration_words or v.low(j) in lex.quantity_words
                                   or v.low(j) in lex.time_after_complement.firsts or v.low(j) in ("later", "earlier")
                                   for j in rest)
        return [np] if timed and lex.time_after_complement.find(v.lower, np.end - v.start) is not None \
            or timed and any(j in dated for j in rest) else []
    return []


def _group_partners(v: SentView, lex, cue: Cue) -> bool:
    """The cue's partners are a group, not named: "with world leaders", "with several counterparts"."""
    for k in range(cue.end, min(v.end, cue.end + 10)):
        if v.low(k) in {"with", "to"}:
            at = lex.group_partners.find(v.lower, k + 1 - v.start, k + 6 - v.start)
            # (the group right after the preposition, a word or two before it: "to follow up on
            # the leaders' talks" is an infinitive's, no partner)
            if at is not None and at + v.start - (k + 1) <= 2 and not any(
                    v.low(j) in lex.governing_prepositions for j in range(k + 1, at + v.start)):
                return True
    return False


def _members_of_subject_group(view: DocView, v: SentView, frame: Frame, ctx: Context) -> list[str]:
    """The people a group subject goes on to name after the call's partner: "Several leaders
    called X on Monday, including A and B" (A and B)."""
    lex = view.lex
    lo, _hi = clause_bounds(v, lex, frame.cue.start)
    if lex.group_partners.find(v.lower, lo - v.start, frame.cue.start - v.start) is None:
        return []
    member = first_member(v, lex, frame.objects[-1].end)
    if member is None or member.kind != NAME:
        return []
    return _keys(view, v, coordinated_after(v, lex, member.start, v.end)[0], ctx)


def _day_told_here(v: SentView, made: list[Draft], parts: frozenset[str], cue: Cue,
                   before: Callable[..., date | None]) -> Callable[..., date | None]:
    """The day a back reference counts from: the firm day of another call (not of ``parts``)
    told earlier in the same sentence ("X rang Y the evening of the fire; Z rang him the next
    morning": the evening's day, which no date of the text may name), else the
    day the text named before (``before``); an event's day is always the text's."""
    # (a date before the cue is the day named before: "who had called X on May 2"; not a back
    # reference, "B spoke to X the next morning, and the call from C came that afternoon", whose
    # day is that of the call told before it in the sentence, read below)
    if any(d.start < cue.start and not is_back_reference(d.expression.lower().strip()) for d in v.dates):
        return before
    here = next((x.day for x in reversed(made) if x.day is not None and not x.day_weak and x.participants != parts
                 and x.anchor is not None and x.anchor < cue.start), None)
    if here is None:
        return before

    def previous(fixed: bool = False, event: str | None = None, future: bool = False) -> date | None:
        # (an event's day, a day to come and "on the Friday" of the story's week are the text's)
        return before(fixed=fixed, event=event, future=future) if event is not None or future or fixed else here
    return previous


def _call_owner_before(view: DocView, v: SentView, k: int) -> str | None:
    """The named owner of a call noun right before token ``k`` ("X's call", "X's phone call"),
    the subject of the verb at ``k``; else None."""
    lex = view.lex
    j = k - 1
    if j <= v.start or not lex.nouns.lookup(v.lower, j - v.start)[0] and not (
            j - 1 > v.start and lex.nouns.lookup(v.lower, j - 1 - v.start)[0] == 2):
        return None
    while j > v.start and v.low(j - 1) not in ("'s", "’s") and k - j < 3:
        j -= 1  # ("X's phone call": past the medium word)
    owner = next((np for np in v.nps if np.kind == NAME and np.key and np.possessive and np.end in (j - 1, j)), None)
    # (the owner opens the clause: not "News of X's call reached Y")
    opens = owner is not None and (owner.start == v.start or v.low(owner.start - 1) in (",", ";")) \
        and not any(v.tok(i)[:1].islower() and v.low(i) not in ("'s", "’s") for i in range(owner.start, owner.head_start))
    return owner.key if opens else None


def _request_only(v: SentView, lex, cue: Cue, status: CallStatus) -> bool:
    """The attempt is told only as a request ("has asked for a call with Y"), no refusal or
    failure in the sentence ("... but Vell turned the request down")."""
    return status is CallStatus.ATTEMPTED and cue.light is not None and cue.light.caller == "subject" \
        and cue.light.status is CallStatus.ATTEMPTED and lex.request_refusals.find(v.lower) is None


def _rung_by_another(drafts: list[Draft], earlier: list, index: int, callee: str, subjects: frozenset[str]) -> bool:
    """Someone other than ``subjects`` rang ``callee`` in a call of two told in this sentence
    (``earlier``: (participants, caller)) or in the three before it: a round of calls to them."""
    told = [(d.participants, d.caller) for d in drafts if index - d.sent <= 3] + list(earlier)
    return any(len(p) == 2 and callee in p and c is not None and c != callee and c not in subjects for p, c in told)


def _strong_here(v: SentView, cues: list[Cue], cue: Cue, view: DocView) -> bool:
    """A strong cue in the same clause."""
    lo, hi = clause_bounds(v, view.lex, cue.start)
    return any(c.strong and not c.in_person and not c.definite and lo <= c.start < hi for c in cues)


def _answered(view: DocView, v: SentView, read: list) -> list:
    """The calls of a transcript's question, as the answer after it has them: a call of the
    one the question is put to that the question asks about ("Did you phone X?") is a call
    only when the answer opens with a yes; one the question says was reported ("Kurjer says
    you phoned X. Is that so?") is denied when it opens with a no, if nothing but a request to
    confirm comes between. Calls of others the question tells are left as they are."""
    answer = transcript_answer(view, v)
    if answer is None:
        return read
    asked = v.low(v.end - 1) == "?"
    given = _presupposed(v, view.lex)
    polar = _leaves_unanswered(view, v, answer, given)
    last = not asked and all(not any(np.kind in (NAME, ROLE) for np in s.nps) for s in answer.rest)
    out = []
    for cue, frame, status, calls in read:
        kept = []
        # (a call the question says was reported, not one it tells as known: "You spoke with X last
        # week. Did he apologise?" / "No." denies no call)
        last_report = last and _told_as_reported(v, view.lex)
        for call in calls:
            if answer.speaker not in call[0] and polar and _asked_of(v, view.lex, cue):
                # "Has the President spoken with X?" / "That's a question for the palace.": asked, not told
                continue
            if answer.speaker not in call[0]:
                kept.append(call)
                if answer.says == "no" and status is CallStatus.OCCURRED and last_report:
                    # "Kurjer reports that the premier called X. Can you confirm?" / "It is not
                    # correct.": the spokesman denies the reported call of someone else
                    status = CallStatus.DENIED
            elif asked and answer.says != "yes" and not (given is not None and cue.end <= given) \
                    and not (not cue.strong and _asks_when(v, view.lex, cue)):
                # "Did you call X?" answered "No", or not at all: no call (a talk asked about by "when"
                # is a call only where the answer tells its medium: ``_answered_by_medium``)
                continue
            elif answer.says == "no" and status is CallStatus.OCCURRED and last_report:
                kept.append(call)
                status = CallStatus.DENIED  # "Kurjer says you called X. Is that so?" / "No, that is not true."
            else:
                kept.append(call)
        out.append((cue, frame, status, kept))
    return out


def _plan_denied(v: SentView, lex, cues: tuple[Cue, ...], cue: Cue, status: CallStatus) -> bool:
    """A denial whose call is a plan, the sentence's only cue ("For now, no call between X and Y
    is scheduled"): "no" before the call's noun, then its partners' words and the words of a
    plan as its verb (not "has not spoken with Y, and no call is scheduled", whose talk is denied
    by another cue; nor "No call took place on Monday despite one being arranged")."""
    if status is not CallStatus.DENIED or len(cues) != 1 or cue.kind != NOUN:
        return False
    k = cue.start - 1
    while k > v.start and (v.low(k) in lex.medium_words or v.low(k) == "-"):
        k -= 1
    if v.low(k) != "no":
        return False
    end = clause_end(v, cue.end, 14)
    for j in range(cue.end, end):
        if lex.status["planned_after"].match(v.lower, j - v.start):
            return True
        if v.tok(j).isalpha() and v.tok(j).islower() and v.low(j) not in lex.governing_prepositions \
                and v.low(j) not in lex.determiners and v.low(j) != "and" and v.low(j) not in lex.title_words \
                and not any(np.start <= j < np.end for np in v.nps):
            return False  # (a verb of its own: "No call took place")
    return False


def _question_opening(v: SentView, lex) -> int:
    """The first token of a question past its label ("Reporter:", "Question (Vell Radio):",
    "Vell Radio:", "Q.")."""
    label = next((k for k in range(v.start, min(v.end, v.start + label_reach(v, 8))) if v.low(k) in (":", "):")), None)
    if label is None and v.low(v.start + 1) == "." and v.low(v.start) in lex.question_labels:
        label = v.start + 1
    return v.start if label is None else label + 1


def _polar_question(v: SentView, lex) -> bool:
    """The sentence asks whether something took place, by an auxiliary that opens it past its
    label and a conjunction ("Reporter: And did the King speak to X?")."""
    k = _question_opening(v, lex)
    if v.low(k) in ("and", "but", "so"):
        k += 1
    if v.low(k) in lex.topic_prepositions:
        # ("On Vellmark, has the minister spoken with Y?": the topic put before the question)
        k = next((j + 1 for j in range(k + 1, min(v.end, k + 8)) if v.low(j) == ","), k)
    if v.low(k) in lex.finite_be:
        # "Is a call with Y under consideration?" asks of a plan; "Is X happy with his call with
        # Y?" takes the call as given
        return v.low(k) in lex.polar_question_openers and (
            lex.status["planned"].find(v.lower, k - v.start) is not None
            or lex.status["planned_after"].find(v.lower, k - v.start) is not None)
    return v.low(k) in lex.polar_question_openers


def _modal_question(v: SentView, lex, cue: Cue) -> bool:
    """The sentence asks, by a modal that opens it past its label and a conjunction, whether
    someone would make the cue's call: the modal, its subject, then the cue's verb ("Would the
    President take a call from X?", "Could X phone Y this week?"; not "Could you confirm that X
    phoned Y?", "Would you say the call went well?", which take the call as given)."""
    k = _question_opening(v, lex)
    k = next((j + 1 for j in range(k, min(v.end, k + 4)) if v.low(j) == ":"), k)  # ("Vell Radio: Last question: ...")
    if v.low(k) in ("and", "but", "so"):
        k += 1
    # (a capitalised modal may open the name's phrase: "Can President X ...")
    if v.low(k) not in lex.modal_question_openers or (np := v.np(k + 1)) is None or np.start not in (k, k + 1):
        return False
    j = np.end
    while j < cue.verb_start and (v.low(j).endswith("ly") or v.low(j) in lex.clause_adverbs or v.low(j) in ("ever", "still", "also")):
        j += 1  # ("Would X ever take a call from Y?")
    return j == cue.verb_start


def _asked_unanswered(view: DocView, v: SentView) -> bool:
    """A transcript's question whether others talked ("Has X spoken with Y?") that its answer
    leaves unanswered (``_evasive``)."""
    if v.low(v.end - 1) != "?":
        return False
    answer = transcript_answer(view, v)
    return answer is not None and _leaves_unanswered(view, v, answer, _presupposed(v, view.lex))


def _leaves_unanswered(view: DocView, v: SentView, answer, given: int | None) -> bool:
    """``_asked_unanswered`` for a question whose answer and presupposed clause (``given``,
    ``_presupposed``) are read already."""
    return v.low(v.end - 1) == "?" and given is None and _polar_question(v, view.lex) \
        and _evasive(view, answer) and not any(answer.speaker == np.key for np in v.nps)


def _asked_of(v: SentView, lex, cue: Cue) -> bool:
    """The cue stands in the clause a polar question asks about, no clause of time or reason
    opening between its auxiliary and the cue ("Did X consult you before she called Y?" takes
    the call as given)."""
    return not any(v.low(k) in lex.clause_breaks for k in range(_question_opening(v, lex), cue.start))


def _evasive(view: DocView, answer) -> bool:
    """An answer that tells nothing of a call: no yes, no day, no call cue, and no pronoun and
    auxiliary answering for one ("She did, on Wednesday", "They have.") in its first sentence."""
    reply, lex = answer.reply, view.lex
    k = _question_opening(reply, lex)
    # (a day answers only in a short reply, "On Wednesday, I believe.": not the day of another
    # event the answer turns to, "The two met in Vell at the end of October.")
    # (nor a weak noun, "The two held a meeting in Vell": a talk of another kind, not the call asked of)
    if answer.says == "yes" or reply.dates and reply.end - k <= 6 \
            or any(c.strong or c.kind != NOUN for c in find_cues(reply, lex)):
        return False
    # (the auxiliary ends its clause: "She did, on Wednesday"; not "I have nothing for you")
    return not (reply.low(k) in lex.subject_pronouns and reply.low(k + 1) in lex.polar_question_openers
                and reply.low(k + 2) in (",", ".", ";", "!", ""))


def _asks_when(v: SentView, lex, cue: Cue) -> bool:
    """A question opened (past its label, "Q.") by a word asking when or how, before the cue."""
    return v.low(v.end - 1) == "?" and any(v.low(k) in lex.question_words_of_time for k in range(v.start, min(cue.start, v.start + 4)))


def _answered_by_medium(view: DocView, v: SentView, cue: Cue, parts: frozenset[str]) -> tuple[SentView, Cue] | None:
    """A transcript's question asking when or how the one interviewed talked with someone (a weak
    cue: "speak with", "last talk to"), answered with a medium and no one named ("When did you
    last speak with the premier? / On Thursday night, by phone.") or with a day and then an
    unnamed call ("On Friday night. He called me."): the answer's sentence and the cue to read
    its day by, which make the talk a call of the two."""
    lex = view.lex
    if cue.strong or len(parts) != 2 or not _asks_when(v, lex, cue):
        return None
    answer = transcript_answer(view, v)
    if answer is None or answer.speaker not in parts or answer.says == "no":
        return None
    reply = answer.reply
    if len(reply.lower) <= 2 and reply.index + 1 < len(view.sents):
        reply = view.sents[reply.index + 1]  # (past a label printed as a sentence of its own: "Answer.")
    if any(np.kind in (NAME, ROLE, GROUP) for np in reply.nps):
        return None  # (the answer tells a call of its own: "By phone, King X called me on Monday.")
    medium = next((c for c in find_cues(reply, lex) if c.kind == ADVERBIAL and c.strong and c.medium is not CallMedium.UNSPECIFIED), None)
    if medium is None and reply.dates and reply.index + 1 < len(view.sents) \
            and "\n\n" not in view.text[reply.char_end : view.sents[reply.index + 1].char_start]:
        # "On Friday night, soon after the news broke. He called me.": the day, then the call of
        # the two told with no name (its day is the reply's, read at the reply's end)
        after = view.sents[reply.index + 1]
        if any(c.kind == CALL_VERB and c.strong for c in find_cues(after, lex)) \
                and not any(np.kind in (NAME, ROLE, GROUP) for np in after.nps):
            medium = Cue(ADVERBIAL, reply.end - 1, reply.end, True)
    if medium is None:
        return None
    return reply, medium


def _told_as_reported(v: SentView, lex) -> bool:
    """The sentence says someone reported what it tells ("The Times wrote that ...", "..., the
    Courier says", "according to ...", "Sources say ..."), not only tells it as known."""
    return any(w in lex.saying_words or w in lex.report_markers for w in v.lower)


def _presupposed(v: SentView, lex) -> int | None:
    """ "Question (Kurjer): When President X called you on Tuesday, did he ...?": where the clause
    of time that opens a question ends (its comma), a call told in it being taken as given.
    None when the question opens otherwise."""
    opener = _question_opening(v, lex)
    if v.low(opener) not in lex.presupposing_openers or v.low(opener + 1) in lex.subject_verb_gap:
        return None  # ("When did you last call X?", "When will you call X?": the question's own word)
    return next((k for k in range(opener + 1, v.end) if v.low(k) == ","), None)


# word endings in -s that make no plural noun ("generous", "serious", "useless"): English
# morphology, closed like the suffix itself
_NOT_PLURAL_ENDINGS = ("ous", "ss", "us", "is")


def _read_sentence(view: DocView, v: SentView, state: _State) -> _State:
    lex = view.lex
    ctx = state.ctx
    found = find_cues(v, lex)
    # (most sentences hold no cue: no generator is made for them, here or below)
    cues = tuple(c for c in found if not c.in_person) if found else ()
    if cues and not lex.convened_nouns.isdisjoint(v.lower):
        cues = tuple(c for c in cues if not _convened_call(v, lex, c))
    if cues and not lex.depiction_nouns.isdisjoint(v.lower):
        cues = tuple(_depicted(v, lex, c) for c in cues)
    if len(cues) >= 2 and not lex.topic_openers.isdisjoint(v.lower):
        cues = tuple(c for c in cues if not _topic_of_talk(v, lex, c, cues))
    made: list[Draft] = []
    denied_claims = False  # (a claim told before denied here: ``_denied_claim``)
    named: list[bool] = []  # per made draft: its frame names someone (not only "the leaders", "he")
    drafts = list(state.drafts)
    read = []  # (cue, frame, status, calls it tells)
    dialled = []  # "X rang on Friday and talked with Y": who placed a call told with no partner
    grouped = []  # (cue, subject, status): a video call of someone with a group no one names yet
    for cue in cues:
        if _hypothetical(v, view, cue) or _habitual(v, view, cue):
            continue
        if v.low(cue.start) in lex.round_verbs and _round_told_before(view, state, v.index) is None:
            continue  # "B followed on Tuesday" after no call: a visit, a statement of B's
        if not cue.strong and not v.nps:
            continue  # (as below, without reading the frame: the sentence names no one)
        frame = read_frame(v, lex, cue, cues)
        if frame.fronted and cue.definite and cue.possessor is None and frame.subjects and frame.objects:
            frame = _fronted_subject_of_the_call(view, v, frame, state, ctx)
        if not cue.strong and not (frame.subjects or frame.objects or frame.caller or frame.second):
            # "the talks on trade made little progress": a weak cue whose frame names no one
            # tells no call, and changes nothing a later cue or sentence reads (what is read of
            # ``read`` below is a strong cue's, or a call's)
            continue
        status = call_status(v, lex, cue)
        if status is CallStatus.OCCURRED and (asked := _asked_before(v, lex, cue)) is not None \
                and _request_unanswered(view, v, asked, cue):
            status = CallStatus.ATTEMPTED  # "X had asked on Tuesday to speak with Y. 'No response so far,' ..."
        if not cue.strong and status is CallStatus.PLANNED and v.low(cue.start - 1) in lex.talk_possibility \
                and _in_quotation(v, cue.start) and not v.dates and not _plan_time(v, lex, cue.start - 1):
            # '"I think I could talk to him openly," X said': an ability, no plan (but "could speak
            # on Friday", "may speak with Y soon, the office said")
            continue
        if status is CallStatus.DENIED and (lex.status["no_contact_spans"].find(
                v.lower, cue.end - v.start, clause_end(v, cue.end, 12) - v.start) is not None or _since_closing(v, cue)):
            continue  # "had not spoken to him for a long time": no call claimed, none denied
        if _plan_denied(v, lex, cues, cue, status):
            continue  # "No call between X and Y is planned": no plan, and no call claimed
        if frame.prep in ("from", "from-to") and frame.objects and frame.objects[0].kind == NAME:
            state = _evolve(state, last_from=frame.objects[0].key)
        if cue.kind == CALL_VERB and not cue.passive and not frame.objects and len(frame.subjects) == 1 \
                and status is CallStatus.OCCURRED and len(subj := _keys(view, v, frame.subjects, ctx)) == 1:
            dialled.append(subj[0])
        unnamed = cue.kind == CALL_VERB and not cue.passive and frame.prep == "verb" and frame.objects \
            and all(np.kind == ROLE for np in frame.objects) and not _keys(view, v, frame.objects, ctx)
        to_call = _after_to(v, cue) and not frame.objects and v.low(cue.start) in lex.call_verbs
        if (unnamed or to_call) and len(subj := _keys(view, v, frame.subjects, ctx)) == 1:
            # "Premier to call IMF chief tomorrow": whom the text names next is told apart
            state = _evolve(state, dialler=(subj[0], v.index))
        if cue.kind == CALL_VERB and not cue.passive and not frame.subjects and len(frame.objects) == 1 \
                and frame.objects[0].kind == NAME and status is CallStatus.OCCURRED \
                and lex.group_partners.find(v.lower, 0, cue.start - v.start) is not None \
                and not any(np.kind == NAME and np.end <= cue.start for np in v.nps) \
                and len(receiver := _keys(view, v, frame.objects, ctx)) == 1:
            # "Leaders of several countries telephoned X on Wednesday": X received calls, whose
            # callers a list may name next ("A and B were among the callers")
            state = _evolve(state, receiver=(receiver[0], v.index))
            if (day := call_day(v, lex, cue, status, view.anchor_at(v)).day):
                state = _evolve(state, group_days=state.group_days + ((receiver[0], day, v.index),))
        if cue.kind in (CALL_VERB, TALK_VERB) and not frame.subjects and len(frame.objects) == 1 \
                and frame.objects[0].kind == NAME and status is CallStatus.OCCURRED and after_ordinal_to(v, lex, cue.start) \
                and len(receiver := _keys(view, v, frame.objects, ctx)) == 1:
            # "The first leader abroad to call X was A": X received the calls the text tells
            # next, those of callers named without a partner ("B rang two days later")
            state = _evolve(state, receiver=(receiver[0], v.index))
        if cue.kind == CONTACT_VERB and not frame.subjects and len(frame.objects) == 1 and status is CallStatus.OCCURRED \
                and v.low(cue.start - 1) not in lex.negations \
                and any(c.kind == NOUN and not c.plural and c.end < cue.start and v.low(c.end) == "from"
                        and _unnamed_sender(v, lex, c.end + 1) for c in cues) \
                and len(receiver := _keys(view, v, frame.objects, ctx)) == 1:
            # "the earliest call from a world leader reached her": the calls told next without a
            # partner were made to her ("X telephoned from his office"), on the day told here (of
            # the clause it arrived in: "... on Friday when the earliest call reached her")
            state = _evolve(state, receiver=(receiver[0], v.index))
            if (day := call_day(v, lex, cue, status, view.anchor_at(v)).day or day_named_in(v, lex, cue.start, view.anchor_at(v))):
                state = _evolve(state, group_days=state.group_days + ((receiver[0], day, v.index),))
        if cue.kind == NOUN and cue.plural and cue.strong and (receiver := _receiver(view, v, cue, frame, ctx)):
            state = _evolve(state, receiver=(receiver, v.index))
            if not frame.subjects and (day := call_day(v, lex, cue, status, view.anchor_at(v)).day):
                # "calls poured in for X on Monday": the day of each call told next
                state = _evolve(state, group_days=state.group_days + ((receiver, day, v.index),))
        if cue.kind == ADVERBIAL and cue.strong and not frame.objects and v.low(cue.start) == "on" \
                and lex.group_partners.find(v.lower, cue.end - v.start) is not None:
            # "X spent the evening (before taking office) on the phone as colleagues lined up to
            # congratulate him": the calls told next without a partner were made to X
            subj = _keys(view, v, frame.subjects, ctx) or [k for k in (subject_of_sentence(view, v, ctx),) if k]
            if len(subj) == 1:
                state = _evolve(state, receiver=(subj[0], v.index))
        if cue.kind == NOUN and cue.plural:
            # "his phone calls with the leaders of A, B and C on Tuesday": a day for each of them
            subj = _keys(view, v, frame.subjects, ctx)
            if cue.strong and len(subj) == 1:
                state = _evolve(state, summaries=state.summaries | {subj[0]})
            day = call_day(v, lex, cue, status, view.anchor_at(v)).day
            if subj and day:
                state = _evolve(state, group_days=state.group_days + ((subj[0], day, v.index),))
            elif day and cue.strong and status is CallStatus.OCCURRED and not any(np.kind == NAME for np in v.nps) \
                    and not call_day(v, lex, cue, status, view.anchor_at(v)).weak:
                # "Saturday brought yet more phone calls.": the day of the calls told right after
                # (not a report's day: "On Friday, officials said calls had taken place")
                state = _evolve(state, group_days=state.group_days + ((None, day, v.index),))
            if not frame.objects and len(frame.subjects) < 2 and not (cue.light and cue.light.caller == "from") \
                    and not (not frame.subjects and adjunct_after_objects(v, lex, cue, clause_bounds(v, lex, cue.start)[0])):
                # "a string of calls to foreign leaders": no one named (but "spoke with A and B in
                # separate calls" is read on: the adjunct backs the talk of its clause)
                continue
        if not frame.objects and _group_partners(v, lex, cue):
            # "the president had several talks with foreign leaders on Friday": the day of each call told after
            subj = _keys(view, v, frame.subjects, ctx)
            day = call_day(v, lex, cue, status, view.anchor_at(v)).day
            if len(subj) == 1 and day:
                state = _evolve(state, group_days=state.group_days + ((subj[0], day, v.index),))
            if len(subj) == 1 and cue.strong and (cue.kind == ADVERBIAL or cue.plural):
                # "X spent days on the phone with other leaders": X's talks told next were calls
                # (but "a call with 25 leaders" is one call)
                state = _evolve(state, summaries=state.summaries | {subj[0]})
            if len(subj) == 1 and cue.strong and not cue.definite and not cue.plural \
                    and cue.medium is CallMedium.VIDEO and status is CallStatus.OCCURRED:
                # "X rang A at noon and sat in on a video call with Nordic heads of government at
                # dusk": a call of its own, its people named next if at all
                grouped.append((cue, subj[0], status))
            if frame.subjects:
                continue  # "B held video talks with Nordic ministers": no one of the call told before
        earlier = tuple((t[0], t[1]) for r in read for t in r[3])
        # "X tried to call Y, but the two could not connect": "the two" of a call told before in the sentence
        here = replace(ctx, current=earlier[-1][0], current_index=v.index) if earlier else ctx
        read.append((cue, frame, status, [t for t in _drafts_of(view, v, frame, here, state, earlier) if len(t[0]) >= 2]))
    if read and any(r[3] for r in read):
        read = _answered(view, v, read)
        read = _denied_after(view, v, read, cues)
    # a strong cue with no partners of its own ("by phone", "in a call that ...") backs the
    # weak cues of its sentence; one with partners backs those of its clause
    # (most sentences read no cue: no list made for them, here and below)
    adjuncts = [cue for cue, frame, _, calls in read if cue.strong and not calls and not cue.definite] if read else []
    for cue, frame, status, calls in read:
        respective = _respective_days(v, lex, len(calls), view.anchor_at(v), status) if len(calls) >= 2 else None
        for n_call, (parts, caller, c, day_cue) in enumerate(calls):
            if not c.strong and c.kind == NOUN and _in_person(v, view, c):
                continue  # "the two agreed on talks face to face": a meeting
            strong = c.strong or bool(adjuncts) or _strong_here(v, [r[0] for r in read if r[3]], c, view) \
                or _bare_talk(view, v, c, parts, status) or _also_after_call(view, v, c, parts, status, state) \
                or _post_talk(view, v, c, parts, status)
            by_medium = None if strong else _answered_by_medium(view, v, c, parts)
            strong = strong or by_medium is not None
            # (an adverbial right after the verb tells its medium even where it reads partners of
            # its own: "spoke by phone with A and B", a call with each)
            medium = c.medium if c.medium is not CallMedium.UNSPECIFIED else next(
                (a.medium for a in adjuncts if a.medium is not CallMedium.UNSPECIFIED), None) or next(
                (r[0].medium for r in read if r[0].kind == ADVERBIAL and r[0].medium is not CallMedium.UNSPECIFIED
                 and r[0].start == c.end), c.medium)
            if caller is None and len(dialled) == 1 and dialled[0] in parts and len(parts) == 2 and status is CallStatus.OCCURRED:
                caller = dialled[0]  # "X rang on Friday and talked with Y for an hour"
            if caller is None and status is CallStatus.ATTEMPTED and c.kind in (TALK_VERB, ADVERBIAL) \
                    and (asked := _asked_before(v, lex, c)) is not None \
                    and len(asker := _keys(view, v, subjects_before(v, lex, asked), ctx)) == 1 \
                    and asker[0] in parts:
                caller = asker[0]  # "X asked to speak with Y, but Y did not respond": X's attempt
            d = Draft(v.index, parts, strong, status, caller=caller, medium=medium, anchor=day_cue.start,
                      definite=c.definite and not (c.light is not None and c.light.returns), negation=status is CallStatus.DENIED and negation_only(v, lex, c),
                      prior=status is CallStatus.ATTEMPTED and _told_as_prior(v, lex, c),
                      requested=_request_only(v, lex, c, status))
            made_one = absorb(d, view, v, day_cue, previous_day=_day_told_here(v, made, parts, day_cue, partial(state.days.before, v.index)))
            if (claim := _denied_claim(v, lex, c, made_one, drafts)) is not None:
                # (the claim denied takes this sentence as its evidence, and its day when it had
                # none: one call, denied)
                denied = replace(drafts[claim], status=CallStatus.DENIED, negation=False)
                if denied.day is None and denied.period is None and made_one.day is not None:
                    denied = replace(denied, day=made_one.day, day_weak=made_one.day_weak)
                drafts[claim] = absorb(denied, view, v, days=False)
                denied_claims = True
                continue
            if by_medium is not None:
                # (the answer's day and medium: "On Thursday night, by phone.")
                made_one = absorb(replace(made_one, medium=by_medium[1].medium if made_one.medium is CallMedium.UNSPECIFIED
                                          else made_one.medium), view, by_medium[0], by_medium[1])
            if status is CallStatus.OCCURRED and state.told is not None \
                    and any(_another_call(v, lex, r[0]) for r in read) \
                    and (before := drafts[state.told]).day is not None and not before.day_weak \
                    and before.participants != parts and _part_of_day_only(v, lex, day_cue, status, view) \
                    and ((between := state.days.before(v.index)) is None or between <= before.day):
                # "X phoned Y this morning. [...] In a separate call in the afternoon, Y spoke with
                # Z": the part of the day is of the day of the call told before, not of an earlier
                # day named between ("Y was sworn in on Wednesday evening"; but after "On Wednesday,
                # Y flew to Paris" the story has moved on to that day)
                made_one = replace(made_one, day=before.day, day_weak=False)
            elif status is CallStatus.OCCURRED and made_one.day is None and made_one.period is None \
                    and c.kind == NOUN and _another_call(v, lex, c) and c.start - v.start <= 4 \
                    and "since" not in v.lower[c.end - v.start:c.end + 4 - v.start] \
                    and (before := _call_just_told(drafts, v.index, parts)) is not None \
                    and ((between := state.days.before(v.index)) is None or between <= before.day):
                # "X today phoned Y. [...] In a second call, X congratulated Z": a call of the same
                # round, told with no day of its own, is on the day of the one told just before (a
                # weak day, which a day told next overrides; not "a second call since taking office")
                made_one = replace(made_one, day=before.day, day_weak=True)
            elif status is CallStatus.OCCURRED and made_one.day is None and made_one.period is None \
                    and v.low(v.opening) in lex.same_time_openers and state.told is not None \
                    and v.index - (before := drafts[state.told]).sent <= 4 and before.status is CallStatus.OCCURRED \
                    and before.day is not None and not before.day_weak \
                    and ((between := state.days.before(v.index)) is None or between <= before.day):
                # "X received a call from Y today. [...] Meanwhile, Z received a call from W": at
                # the time of the call told before (a weak day, which a day told next overrides)
                made_one = replace(made_one, day=before.day, day_weak=True)
            if c.kind == CALL_VERB and v.low(c.start) in lex.round_verbs \
                    and (before := _round_told_before(view, state, v.index)) is not None \
                    and (found := call_day(v, lex, day_cue, status, view.anchor_at(v))).back_reference \
                    and found.event is None and found.around is None and (before.day is not None or found.back_offset):
                # "A rang X on Sunday. B followed a day later": a day after A's call, the round's
                # (not after a day the text named before it; none when A's call has none)
                made_one = replace(made_one, day=before.day + timedelta(days=found.back_offset) if before.day else None,
                                   day_weak=False)
            if respective is not None:
                made_one = replace(made_one, day=respective[n_call], day_weak=False, period=None)
            if made_one.negation and not_yet(v, lex, c):
                made_one = replace(made_one, day=None, day_weak=False, period=None)  # "had not yet spoken as of Monday"
            seconds = [dc.start for _p, _c, cc, dc in calls if dc is not cc]
            if made_one.duration is not None and seconds and (
                    _durations_at(view, v, day_cue.start) if day_cue is not c else _durations_at(view, v, min(seconds), before=True)) == 0:
                # "spoke with A for 30 minutes and later with B": the half hour was A's
                made_one = replace(made_one, duration=None)
            made.append(made_one)
            named.append(any(np.kind == NAME for np in frame.subjects + frame.objects))
            if (again := _called_again(view, v, made_one, day_cue)) is not None:
                # "spoke by phone on Monday and again on Wednesday": a second call of the pair
                made.append(replace(made_one, day=again, day_weak=False, caller=None, duration=None))
                named.append(named[-1])
    if denied_claims and not made:
        return _next(view, v, _evolve(state, drafts=tuple(drafts), last_told=v.index))
    if state.current is not None and (not made or lex.caller_lists.find(v.lower) is not None):
        # ("A and B were among those who telephoned": calls of each to the one called before,
        # not a call between A and B)
        listed = _caller_list(view, v, state)
        if listed or not made:
            made, named = listed, [True] * len(listed)
    if not made and not cues and (conveyed := _conveyed_in_round(view, v, state)):
        made, named = conveyed, [True]
    if made:
        made = _share_days(made)
        drafts = _dated_by_reference(view, v, read, state, drafts)
        joined = _joined_in(view, v, ctx)
        if joined:
            made[0] = replace(made[0], participants=made[0].participants | frozenset(joined))
        cur = state.current
        # "Leaders met by video link ... A, B and C also spoke during the session, while D was
        # represented by E": more people of the conference, not a talk of their own
        more_of_conference = joined and cur is not None and not any(d.strong for d in made) \
            and drafts[cur].medium is CallMedium.VIDEO and drafts[cur].status is CallStatus.OCCURRED
        # "Leaders met by video link ... Those on the virtual summit included A and B": the
        # people of the call announced before its people were named
        names_pending = cur is not None and drafts[cur].pending and len(drafts[cur].participants) < 2 \
            and len(made) == 1 and any(c.definite and c.strong and not calls for c, _f, _s, calls in read) \
            and made[0].status is drafts[cur].status and not drafts[cur].plural
        # "Also on the call were A, B and C": the people joining "the call" told before
        joined_definite = bool(joined) and cur is not None and len(made) == 1 \
            and all(c.definite for c, _f, _s, calls in read if calls) and made[0].participants <= frozenset(joined) \
            and made[0].status is drafts[cur].status
        if (more_of_conference or names_pending or joined_definite) and v.index - state.last_told <= 3:
            drafts[cur] = absorb(replace(drafts[cur], participants=drafts[cur].participants | made[0].participants),
                                 view, v, days=False)
            ctx = replace(ctx, current=drafts[cur].participants, current_index=v.index)
            return _next(view, v, _evolve(state, drafts=tuple(drafts), last_told=v.index, ctx=ctx))
        dialler = state.dialler
        if dialler is not None and 0 < v.index - dialler[1] <= 2:
            # "X to call IMF chief tomorrow. / X will hold a video call with Y tomorrow": X calls
            made = [replace(d, caller=dialler[0]) if d.caller is None and dialler[0] in d.participants
                    and len(d.participants) == 2 else d for d in made]
        start = len(drafts)
        drafts.extend(made)
        for cue, subject, status in grouped:
            if not any(subject in d.participants and d.medium is CallMedium.VIDEO for d in made):
                # (after the calls the sentence names: "the video call was hosted by A" next is this one)
                drafts.append(absorb(Draft(v.index, frozenset({subject}), True, status, medium=cue.medium,
                                           anchor=cue.start, pending=True, grouped=True),
                                     view, v, cue, previous_day=partial(state.days.before, v.index)))
        # "the leaders agreed to keep up the pressure while talks continue": a weak mention that
        # names no one (talks of a group, not said to be a call) does not take "the call" of the
        # next sentences; "X held direct talks with Y. The call ..." does
        kept = [n for n, d in enumerate(made) if d.strong or named[n]]
        if kept or state.current is None:
            current = start + next((n for n in kept if made[n].strong), kept[0] if kept else 0)
            told = next((start + n for n in kept if made[n].status is CallStatus.OCCURRED), state.told)
        else:
            current, told = state.current, state.told
        parts = drafts[current].participants
        ctx = replace(ctx, current=parts, current_index=v.index)
        return _next(view, v, _evolve(state, drafts=tuple(drafts), current=current, told=told, last_told=v.index,
                                      ctx=ctx))
    cur = state.current
    # a call of its own, named later ("the king will host an online summit of the bloc's leaders")
    ref = lex.anaphora.find(v.lower)
    anaphoric = ref is not None  # "the call", "the conversation": one told before
    if anaphoric and cues:
        # "X rang Y late on Monday; aides say the call lasted an hour": after a semicolon, the
        # reference is to the call the sentence just told
        # (not "; the call with Dule had lasted an hour": another call, its partner named)
        new = next((c for c in cues if c.strong and not c.definite and not c.in_person), None)
        n = lex.anaphora.match(v.lower, ref)
        anaphoric = new is None or not any(v.low(k) == ";" for k in range(new.end, v.start + ref)) \
            or v.low(v.start + ref + n) in ("with", "between", "to", "from")
    if not anaphoric and cur is not None and v.index - state.last_told <= 2 and any(
            drafts[k].medium is CallMedium.VIDEO for k in _told_with(drafts, cur)):
        # "The session ran for an hour" after a video call (one of the cues of the sentence that
        # told it: "held talks on Monday, a video summit that ran for hours")
        anaphoric = lex.video_anaphora.find(v.lower) is not None
    if not anaphoric and cur is not None and cues and _call_predicated(v, cues):
        anaphoric = True  # '"It was an excellent conversation," X wrote': the call told before
    if not anaphoric and cur is not None and cues and not v.dates and any(
            c.kind == NOUN and c.definite and c.possessor is None and not c.plural and not c.in_person
            and c.start - v.start <= 5 and v.low(v.start) == "the" for c in cues):
        # "The hour-long exchange happened at the X side's request": the call told before (a
        # sentence with no day of its own: "The brief talks began at noon, late Monday in Vell"
        # may tell another clock's day)
        anaphoric = True
    own_call = bool(cues) and any(c.strong and not c.definite and not c.in_person for c in cues) and not anaphoric
    # (``_denies_current`` reads cues: a sentence with none denies nothing)
    if cur is not None and not own_call and cues and _denies_current(view, v, cues, drafts[cur], state):
        # "Did such a conversation take place? / Spokesman: No. There was no conversation.": the
        # call just told (as a report's claim) is denied ("There was no such conversation on
        # Wednesday" gives a claim told with no day its day)
        undated = drafts[cur].day is None and drafts[cur].period is None
        denying = next((c for c in cues if call_status(v, lex, c) is CallStatus.DENIED), None) if undated else None
        drafts[cur] = absorb(replace(drafts[cur], status=CallStatus.DENIED, negation=False), view, v, denying,
                             days=denying is not None)
        return _next(view, v, _evolve(state, drafts=tuple(drafts), last_told=v.index))
    if cur is not None and not own_call and v.index == state.last_told + 1 and _unanswered(view, v, drafts[cur]):
        # "X picked up the phone to call Y. Nobody answered.": the call was attempted
        drafts[cur] = absorb(replace(drafts[cur], status=CallStatus.ATTEMPTED), view, v, days=False)
        return _next(view, v, _evolve(state, drafts=tuple(drafts), last_told=v.index))
    if cur is not None and len(drafts) >= 2 and lex.plural_anaphora.find(v.lower) is not None \
            and v.index - state.last_told <= 3 and reports_in(view, v):
        # "Agency X carried accounts of both calls": each of the two calls told last
        calls: dict[frozenset[str], list[int]] = {}  # the two calls told last, each with its drafts
        for n in sorted(range(len(drafts)), key=lambda n: drafts[n].sent, reverse=True):
            if drafts[n].participants in calls or len(calls) < 2:
                calls.setdefault(drafts[n].participants, []).append(n)
        for n in (n for ns in calls.values() for n in ns):
            drafts[n] = absorb(drafts[n], view, v, days=False)
        return _next(view, v, _evolve(state, drafts=tuple(drafts), last_told=v.index))
    if drafts and not own_call and _statement_posted(v, lex) \
            and (statement := quoted_statement_before(view, v)) is not None and reports_in(view, v):
        # 'X issued this statement: "... I received a call from A ... B called me ..." The
        # statement was also posted on Y': Y carried each call the statement told
        told = [n for n in range(len(drafts)) if statement[0] <= drafts[n].sent <= statement[1]]
        for n in told:
            drafts[n] = absorb(drafts[n], view, v, days=False)
        if told:
            return _next(view, v, _evolve(state, drafts=tuple(drafts), last_told=v.index))
    if drafts and not cues and (carried := _statement_carried(view, v)) is not None and reports_in(view, v):
        # "The Palace communiqué was relayed that night by Vell Radio": the outlet carried
        # each call told in a sentence with that communiqué (of the palace, when it says whose)
        noun, whose = carried
        spans = [(s.char_start, s.char_end) for s in view.sents[: v.index]
                 if noun in s.lower and (not whose or f" {whose} " in f" {' '.join(s.lower)} ")]
        told = [n for n in range(len(drafts)) if any(a <= e.start < b for e in drafts[n].evidence for a, b in spans)]
        for n in told:
            drafts[n] = absorb(drafts[n], view, v, days=False)
        if told:
            return _next(view, v, _evolve(state, drafts=tuple(drafts), last_told=v.index))
    # ("Word of the Varga-Sorn exchange came in a post on X", paragraphs after: a noun of a
    # call with the pair by it names the call told before, as a sentence with no cue does)
    late = _late_report(view, v, drafts, cur, state) if not cues or all(c.kind == NOUN for c in cues) \
        and len(_named_with_call_word(view, v, cues)) == 2 else None
    if late is not None:
        # "Agency X reported that A and B had also touched on ...", paragraphs after A and B's
        # call: the outlet reported that call
        drafts[late] = absorb(drafts[late], view, v, days=False)
        # (and "the conversation" of the next sentence is that call)
        ctx = replace(state.ctx, current=drafts[late].participants, current_index=v.index)
        return _next(view, v, _evolve(state, drafts=tuple(drafts), current=late, last_told=v.index, ctx=ctx))
    if cur is not None and not own_call:
        named_here = _named_with_call_word(view, v, cues) if cues or anaphoric else set()
        if len(named_here) >= 2 and not named_here <= drafts[cur].participants:
            # "The Fajon-Szijjarto conversation was reported by ..." after another call of
            # Fajon's: more on the call of the two it names (a sentence naming them without a
            # word of a call may be about anything else they did)
            cur = next((n for n in range(len(drafts) - 1, -1, -1) if named_here <= drafts[n].participants), cur)
        d = drafts[cur]
        strong_cues = [c for c in cues if c.strong] if cues else []
        referring = anaphoric or bool(strong_cues) and any(c.definite for c in strong_cues)
        adjacent = _follows(view, d, v)
        near = v.index - state.last_told <= 3
        if referring and (strong_cues or anaphoric):
            # "The call lasted an hour": more on the call being told (the one that took place)
            said = call_status(v, lex, strong_cues[0]) if strong_cues else None
            if said is CallStatus.PLANNED:
                # "The phone talks are to happen at the king's request": the planned call
                target = cur if d.status is CallStatus.PLANNED else next(
                    (n for n in range(len(drafts) - 1, -1, -1) if drafts[n].status is CallStatus.PLANNED), cur)
            else:
                target = cur if d.status is CallStatus.OCCURRED or state.told is None else state.told
            named_people = frozenset(np.key for np in v.nps if np.kind == NAME and np.key)
            if said is CallStatus.DENIED and strong_cues[0].definite and drafts[target].status is CallStatus.OCCURRED \
                    and len(drafts[target].participants) >= 2 and not negation_only(v, lex, strong_cues[0]) \
                    and named_people and named_people <= drafts[target].participants \
                    and not answers_a_question(view, v) and transcript_answer(view, v) is None:
                # "X said he had called Y on Monday. Y's office says that call never happened": the
                # claim just told is denied by one of its people (a weak noun's denial is read in
                # ``_denies_current``; an answer's "That call did not take place" names no one of it
                # and is read against its question)
                drafts[target] = absorb(replace(drafts[target], status=CallStatus.DENIED, negation=False), view, v, days=False)
                return _next(view, v, _evolve(state, drafts=tuple(drafts), last_told=v.index))
            # (a definite noun, or one after "on the": "The communiqué on the videoconference ...")
            medium_said = strong_cues[0].medium if strong_cues and (
                strong_cues[0].definite or strong_cues[0].kind == ADVERBIAL and v.low(strong_cues[0].start + 1) == "the") else None
            switched = False
            if medium_said is CallMedium.VIDEO and drafts[target].medium is not CallMedium.VIDEO \
                    and (video := next((n for n in range(len(drafts) - 1, -1, -1) if drafts[n].medium is CallMedium.VIDEO
                                        and drafts[n].status is drafts[target].status
                                        and (v.index - drafts[n].sent <= 3 or drafts[n].sent >= drafts[target].sent
                                             or sum(dr.medium is CallMedium.VIDEO for dr in drafts) == 1
                                             and not any(np.kind == NAME for np in v.nps))),
                                       None)) is not None:
                # "X rang A, then sat in on a video call with Nordic premiers. The video call was
                # hosted by B": the video call, not the phone call told with it (told long before
                # too, when it is the article's one video call and the sentence names no one:
                # "The communiqué on the videoconference was carried by Y" at the end of a story
                # of calls)
                target = video
                switched = True
            people_named = set(named_people) if len(drafts) > 1 else set()
            # (past a pronoun that stands for the one named after it: "In a post after his call, Y
            # wrote ...")
            opener = v.nps[0] if v.nps and len(drafts) > 1 else None
            if opener is not None and opener.kind == PRONOUN and opener.possessive \
                    and (comma := next((k for k in range(v.start, v.end) if v.low(k) == ","), None)) is not None \
                    and opener.end <= comma and len(v.nps) > 1 and v.nps[1].start == comma + 1:
                opener = v.nps[1]
            if opener is not None and opener.kind == NAME and opener.key and not opener.possessive \
                    and opener.governor not in lex.governing_prepositions \
                    and opener.key not in drafts[target].participants \
                    and any(opener.key in drafts[n].participants for n in range(len(drafts))):
                # "In a post last night, Y said he had raised it during the call", after X's call
                # was told: the call of the one the sentence is about, whoever else it names
                people_named = {opener.key}
            exact = [n for n in range(len(drafts) - 1, -1, -1) if drafts[n].participants == people_named
                     and (drafts[n].status is not CallStatus.PLANNED or said is CallStatus.PLANNED)] \
                if len(people_named) >= 2 and drafts[target].participants != people_named and _pair_told(v, lex, people_named) else []
            toward = _call_toward(v, strong_cues[0]) if strong_cues and strong_cues[0].definite \
                and said is not CallStatus.PLANNED else None
            if toward is not None and not _fits_toward(drafts[target], toward) \
                    and (fits := [n for n in range(len(drafts)) if _fits_toward(drafts[n], toward)
                                  and drafts[n].status is CallStatus.OCCURRED]):
                # "The call to X was first reported by Y" after X's own call to Z was told: the
                # call X received, the first one the story told
                target = fits[0]
            elif exact:
                # "A said in a post that he and B had discussed ..." after A's call with
                # C was told: the call of exactly the two it names
                target = exact[0]
            elif people_named and not people_named & drafts[target].participants:
                # "the minister, the ministry wrote, had raised it in Saturday's call" after another call was
                # told: the call of the person it names, not the one told last
                fits = [n for n in range(len(drafts) - 1, -1, -1) if people_named & drafts[n].participants
                        and (drafts[n].status is not CallStatus.PLANNED or said is CallStatus.PLANNED)]
                target = cur if cur in fits else fits[0] if fits else target
            elif not people_named and len(drafts) > 1 and (sides := _possessive_sides(view, v)) \
                    and not any(view.entities[p].country in sides for p in drafts[target].participants
                                if p in view.entities):
                # "Kurjer ran the Kremlin's readout of the conversation", after another call
                # was told: the call of the one whose side gave that account
                fits = [n for n in range(len(drafts) - 1, -1, -1) if drafts[n].status is drafts[target].status
                        and any(view.entities[p].country in sides for p in drafts[n].participants if p in view.entities)]
                target = fits[0] if fits else target
            # (a weak noun too, "the conversation", as the reference back it would be)
            definite_noun = next((c for c in (strong_cues or cues or ()) if c.kind == NOUN and c.definite), None)
            if said is not CallStatus.PLANNED and definite_noun is not None \
                    and (other_side := _new_partner(view, v, definite_noun, drafts, drafts[target])) is not None \
                    and call_status(v, lex, definite_noun) is CallStatus.OCCURRED \
                    and not _in_person(v, view, definite_noun):
                # "Moscow took longer. The conversation with President X, held on Tuesday, was the
                # first since ...", in a story of Y's calls: Y's call with X, not the one told before
                # (but "The meeting with X over lunch", "The conversation with X never took place")
                # ("Y's call, when it came": Y placed it)
                possessed = definite_noun.possessor is not None and definite_noun.possessor.key == other_side[1]
                fresh = absorb(Draft(v.index, frozenset(other_side), True, CallStatus.OCCURRED,
                                     caller=other_side[1] if possessed else None,
                                     medium=definite_noun.medium, anchor=definite_noun.start),
                               view, v, definite_noun, previous_day=partial(state.days.before, v.index))
                drafts.append(fresh)
                ctx = replace(ctx, current=fresh.participants, current_index=v.index)
                return _next(view, v, _evolve(state, drafts=tuple(drafts), current=len(drafts) - 1,
                                              told=len(drafts) - 1, last_told=v.index, ctx=ctx))
            t = drafts[target]
            anchor_cue = strong_cues[0] if strong_cues else Cue(NOUN, v.start, v.start + 1, True)
            joined = frozenset(_joined_in(view, v, ctx))
            # "The phone call took place the day after a video summit where Y stood in for X": a
            # call of another medium told in passing is a call of its own, and the people who
            # joined are its people, not the phone call's
            other = next((c for c in cues if c.strong and not c.definite and c.medium is not CallMedium.UNSPECIFIED
                          and t.medium is not CallMedium.UNSPECIFIED and c.medium is not t.medium), None)
            t = absorb(replace(t, strong=t.strong or bool(strong_cues),
                               participants=t.participants | (joined if other is None else frozenset())),
                       view, v, anchor_cue, previous_day=partial(state.days.before, v.index))
            if t.day is not None and not t.day_weak and t.day == drafts[target].day \
                    and not _clock_told(view.sents[t.sent]) \
                    and (universal := clock_universal_day(v, lex, t.day)) is not None:
                # "held talks on Tuesday night ... The session opened at 8:10 p.m. New York time": the
                # day told before is the clock's place's (unless the call's own sentence gave a clock)
                t = replace(t, day=universal)
            if t.day != drafts[target].day and t.day is not None and not t.day_weak:
                # "held talks on Tuesday night, a video summit ... The session opened at 8:10 p.m.
                # New York time": the day the sentence gives is that of each cue that told the call
                for n in _told_with(drafts, target):
                    drafts[n] = replace(drafts[n], day=t.day, day_weak=False)
            drafts[target] = t
            if other is not None and joined:
                passing = absorb(Draft(v.index, joined, True, call_status(v, lex, other), medium=other.medium,
                                       anchor=other.start, pending=True),
                                 view, v, other, previous_day=partial(state.days.before, v.index))
                drafts.append(passing)
                ctx = replace(ctx, current=passing.participants, current_index=v.index)
                return _next(view, v, _evolve(state, drafts=tuple(drafts), current=len(drafts) - 1,
                                              last_told=v.index, ctx=ctx))
            if switched:
                # (the video call is the one told now: "Among its participants were A and B" next)
                ctx = replace(ctx, current=drafts[target].participants, current_index=v.index)
                return _next(view, v, _evolve(state, drafts=tuple(drafts), current=target, last_told=v.index, ctx=ctx))
            return _next(view, v, _evolve(state, drafts=tuple(drafts), last_told=v.index))
        if (adjacent and (lex.report_anaphora.find(v.lower) is not None or _bare_report(view, v)
                          or d.medium is CallMedium.VIDEO and lex.video_report_anaphora.find(v.lower) is not None)
                or near and (_closes_quote_of(view, v, d.participants, state.ctx) or _carried_speech(view, v))) and reports_in(view, v) \
                and not _said_another_time(view, v, d, drafts):
            drafts[cur] = absorb(d, view, v, days=False)
            return _next(view, v, _evolve(state, drafts=tuple(drafts), last_told=v.index))
        if near and not cues and _footage_of(v, lex, d.participants) and reports_in(view, v):
            # "VLTV aired footage of Dr Dule at her desk, receiver in hand", a paragraph after
            # Dule's call: the broadcaster showed the call
            drafts[cur] = absorb(d, view, v, days=False)
            return _next(view, v, _evolve(state, drafts=tuple(drafts), last_told=v.index))
        if adjacent and _disclosed_this(view, v):
            # "X disclosed this in a statement on Friday." right after the call: the statement
            # told it (its day is the statement's), and "The statement was posted on X" may follow
            drafts[cur] = absorb(d, view, v, days=False)
            return _next(view, v, _evolve(state, drafts=tuple(drafts), last_told=v.index))
        joined = _joined_in(view, v, ctx)
        if joined and (adjacent or near) and (lex.in_person.find(v.lower) is None or d.medium is CallMedium.VIDEO):
            # ("the summit was chaired by X" after "leaders met by video link": the virtual summit)
            # "Merz, Meloni and Tusk took part, according to a statement": who was on it
            drafts[cur] = absorb(replace(d, participants=d.participants | frozenset(joined)), view, v, days=False)
            ctx = replace(ctx, current=drafts[cur].participants, current_index=v.index)
            return _next(view, v, _evolve(state, drafts=tuple(drafts), last_told=v.index, ctx=ctx))
        if _continues(view, v, d, state, adjacent, near):
            drafts[cur] = absorb(d, view, v, _day_anchor(view, v, d), days=(d.day is None or d.day_weak) and d.period is None,
                                 previous_day=partial(state.days.before, v.index))
            return _next(view, v, _evolve(state, drafts=tuple(drafts), last_told=v.index))
    # "as world leaders call to congratulate him": a plural subject right before makes the
    # noun a verb of no one named
    # a definite reference with no call told before it introduces one ("The video conference
    # brought together A, B and C")
    strong_cues = [c for c in cues if c.strong and (not c.definite or cur is None) and not _refused(v, view, c) and not (
        c.kind == NOUN and c.start > v.start and v.low(c.start - 1).endswith("s") and v.low(c.start - 1).isalpha()
        # (an adjective's ending, no plural's: "a generous call", "a serious call", "a previous call")
        and not v.low(c.start - 1).endswith(_NOT_PLURAL_ENDINGS)
        and v.low(c.start - 1) not in lex.medium_words and v.low(c.start - 1) not in lex.not_plural_s_words)] if cues else []
    # ("For now, no phone talk is scheduled.": no call, neither planned nor denied)
    if len(cues) == 1:
        strong_cues = [c for c in strong_cues if not _plan_denied(v, lex, cues, c, call_status(v, lex, c))]
    if strong_cues and (not anaphoric or cur is None and strong_cues[0].definite):
        # "Nordic leaders had a video conference on Friday": a call whose participants
        # the next sentences name ("The call was joined by ...")
        cue = strong_cues[0]
        if _asked_unanswered(view, v) and _asked_of(v, lex, cue) or _hypothetical(v, view, cue) or _habitual(v, view, cue):
            # "Have A and B talked by phone?" / "No comment.": asked, not told; "Asked whether A
            # would take a call from B, ...": a question the cues' reading left out; a habit
            return _next(view, v, state)
        parts = frozenset(_joined_in(view, v, ctx)) | frozenset(_keys(view, v, subjects_before(v, lex, cue.start), ctx))
        if len(parts) >= 2 and (cue.kind in (CALL_VERB, CONTACT_VERB) or _headline_call_noun(v, cue)) and _group_right_after(v, lex, cue):
            return _next(view, v, state)  # "A, B and C call the region's leaders": calls told one by one, if at all
        if len(parts) >= 2 and _refused_by_each(cue):
            return _next(view, v, state)  # "A and B have declined calls": no call of the two (``_drafts_of``)
        leaders = {np.key for np in v.nps if np.kind == NAME and view.is_leader(np.key)}
        # (a plural noun, "a series of calls from world leaders", is calls of others with one of them)
        determined = cue.kind == NOUN and not cue.plural and any(v.low(k) in lex.leader_pair_determiners
                                              for k in range(max(v.start, cue.start - 7), cue.start))
        caller = None
        received = state.summaries - parts
        status = call_status(v, lex, cue)
        if len(parts) == 1 and len(received) == 1 and status is CallStatus.OCCURRED and not cue.plural \
                and (cue.kind == CALL_VERB or cue.kind == NOUN and cue.light is None and cue.medium is not CallMedium.VIDEO):
            # "Faye received calls from foreign leaders ... X was the first to call": a call to the
            # one the calls were to, placed by X
            caller, parts = next(iter(parts)), parts | received
        if len(parts) < 2 and len(leaders) == 2 and parts <= leaders and determined \
                and lex.separating_connectors.isdisjoint(v.lower):
            # "Trump blasted Turnbull over the deal, ending their phone call early": the sentence's
            # two leaders, when the call names no one else (not "held a call with A and,
            # separately, with B": calls of someone unnamed with each)
            parts = frozenset(leaders)
        if status is CallStatus.DENIED and len(parts) < 2 and cur is not None and v.index - state.last_told <= 2 \
                and (drafts[cur].status in (CallStatus.OCCURRED, CallStatus.DENIED) or drafts[cur].negation) \
                and len(drafts[cur].participants) >= 2 \
                and not (v.headline and parts - drafts[cur].participants) \
                and not _denial_of_own(v, lex, cue, parts - drafts[cur].participants):
            # (a denial of someone else's own call is not of this call: "X did not call: he flew in
            # to see Y", nor a heading naming someone else, which heads the next call: "Premier
            # Rejects Report Of Sorn Call"; but "Peskov said no call had taken place" is the one
            # saying it)
            # '"No such call was held," the office said': the claim just told is denied (and
            # '"X has not spoken to Y. There was no such call"' denies a call, not only a talk;
            # a second denial goes on with the first)
            drafts[cur] = absorb(replace(drafts[cur], status=CallStatus.DENIED, negation=False), view, v, days=False)
            return _next(view, v, _evolve(state, drafts=tuple(drafts), last_told=v.index))
        pending = absorb(Draft(v.index, parts, True, status, medium=cue.medium, anchor=cue.start,
                               pending=True, caller=caller, plural=cue.plural),
                         view, v, cue, previous_day=partial(state.days.before, v.index))
        drafts.append(pending)
        if caller is not None and len(received) == 1:
            # "A called on Tuesday morning, and B telephoned in the afternoon": each clause of the
            # run another call to the one the calls were to, placed by its own subject
            drafts.extend(_more_of_the_run(view, v, ctx, state, cue, strong_cues, parts | received, received))
        ctx = replace(ctx, current=parts, current_index=v.index)
        return _next(view, v, _evolve(state, drafts=tuple(drafts), current=len(drafts) - 1,
                                      told=len(drafts) - 1 if pending.status is CallStatus.OCCURRED else state.told,
                                      ctx=ctx, last_told=v.index))
    return _next(view, v, state)


def _more_of_the_run(view: DocView, v: SentView, ctx: Context, state: _State, first: Cue, cues: list[Cue],
                     told: frozenset[str], received: frozenset[str]) -> list[Draft]:
    """The calls of a run's further clauses in the sentence ("..., and B telephoned on Tuesday
    afternoon"): a call verb after a comma, "and" or a semicolon, with one subject of its own
    and no one called."""
    lex, out = view.lex, []
    for cue in cues:
        if cue.kind != CALL_VERB or cue.start <= first.end \
                or not any(v.low(k) in (",", ";", "and") for k in range(first.end, cue.start)):
            continue
        who = frozenset(_keys(view, v, subjects_before(v, lex, cue.start, first.end), ctx))
        if len(who) != 1 or who <= told or call_status(v, lex, cue) is not CallStatus.OCCURRED:
            continue
        caller = next(iter(who))
        out.append(absorb(Draft(v.index, who | received, True, CallStatus.OCCURRED, medium=cue.medium,
                                anchor=cue.start, pending=True, caller=caller),
                          view, v, cue, previous_day=partial(state.days.before, v.index)))
        first, told = cue, told | who
    return out


# the marks that close a quotation, found by one set operation over a sentence's words
_CLOSING_QUOTES = frozenset(('"', "”"))


def _such_denial(v: SentView, lex: Lexicon, c: Cue) -> bool:
    """ "no such call", "no such phone conversation": a denial of a call told before."""
    # ("such" is a determiner: grammar, not vocabulary)
    return c.kind == NOUN and "such" in (v.low(c.start - 1), v.low(c.start - 2)) \
        and call_status(v, lex, c) is CallStatus.DENIED


def _denied_claim(v: SentView, lex: Lexicon, c: Cue, d: Draft, drafts: list[Draft]) -> int | None:
    """ "Kurjer reported on Monday that X had phoned Y. [...] No such conversation took place
    between X and Y": the claim of the same two told in the five sentences before, which the
    reference denies (no second call: a day of its own other than the claim's tells another)."""
    if not _such_denial(v, lex, c):
        return None
    return next((n for n in range(len(drafts) - 1, -1, -1) if drafts[n].participants == d.participants
                 and drafts[n].status is CallStatus.OCCURRED and 0 < v.index - drafts[n].sent <= 5
                 and (d.day is None or drafts[n].day is None or d.day == drafts[n].day)), None)


def _denied_after(view: DocView, v: SentView, read: list, cues) -> list:
    """ "Kurjer wrote that X had rung Y; the palace said no such call was made": a claim told in
    one clause and denied in a later one of the same sentence by a reference to it ("no such
    ...") is denied."""
    denials = [c.start for c in cues if _such_denial(v, view.lex, c)]
    if not denials:
        return read
    first = min(denials)
    claims = [cue.start for cue, _frame, status, calls in read if calls and status is CallStatus.OCCURRED
              and cue.end < first and clause_bounds(v, view.lex, cue.start)[1] <= first]
    if not claims:
        return read
    last = max(claims)  # (the claim nearest before the denial: "... and that Z had phoned W; ... no such call")
    return [(cue, frame, CallStatus.DENIED if cue.start == last and calls else status, calls)
            for cue, frame, status, calls in read]


def _respective_days(v: SentView, lex: Lexicon, count: int, anchor: date | None,
                     status: CallStatus) -> list[date] | None:
    """ "spoke with A and B on Sunday and Monday respectively": the ``count`` days listed right
    before "respectively" (dates.json respective_days), one for each call of the list in order,
    else None."""
    if lex.respective_days.isdisjoint(v.lower):
        return None
    at = next(k for k in range(v.start, v.end) if v.low(k) in lex.respective_days)
    listed: list = []  # the dates, in text order
    end = at - 1 if v.low(at - 1) == "," else at  # ("on Sunday and Monday, respectively")
    for d in reversed(v.dates):
        if d.end > at:
            continue
        between = [v.low(k) for k in range(d.end, end)]
        if between and (listed and between not in (["and"], [","], [",", "and"]) or not listed and between != []):
            break
        listed.insert(0, d)
        end = d.start
    if len(listed) != count or any(v.low(k) in lex.relative_pronouns for k in range(v.start, listed[0].start)):
        return None  # (not "phoned A and B, who won elections on Sunday and Monday respectively")
    days = [resolve_date(d.expression, anchor, future=status is CallStatus.PLANNED) for d in listed]
    return days if all(day is not None for day in days) else None


def _share_days(made: list[Draft]) -> list[Draft]:
    """ "The two had last talked on the phone in March, as X rang to congratulate Y": the calls one
    sentence tells of the same people with the same status are one call, and a day or period
    one of them has is the others' (when the sentence gives them no other)."""
    if len(made) < 2:
        return made
    out = []
    for d in made:
        if d.day is None and d.period is None:
            same = [o for o in made if o.participants == d.participants and o.status is d.status
                    and (o.day is not None or o.period is not None)]
            if same and all(o.day == same[0].day and o.period == same[0].period for o in same):
                d = replace(d, day=same[0].day, day_weak=same[0].day_weak, period=same[0].period)
        out.append(d)
    return out


def _possessive_sides(view: DocView, v: SentView) -> frozenset[str]:
    """The countries a sentence names as a possessor, by a country or an office of state of
    theirs ("the Kremlin's account", "Ostria's version"): the side an account is from."""
    out = set()
    for m in v.others.values():
        if v.low(m.end) not in ("'s", "’s") or (info := view.entities.get(m.key)) is None:
            continue
        if m.kind is EntityKind.COUNTRY:
            out.add(info.name)
        elif m.kind is EntityKind.ORGANIZATION and info.country is not None:
            out.add(info.country)
    return frozenset(out)


def _country_leader(view: DocView, v: SentView, country: str, exclude: frozenset[str]) -> list[str]:
    """The one leader of ``country`` (an entity key) in office and named before the sentence
    ends, if one."""
    info = view.entities.get(country)
    if info is None:
        return []
    found = {m.key for m in view.mentions if m.start < v.end and m.kind is EntityKind.LEADER and m.key not in exclude
             and (e := view.entities.get(m.key)) is not None and e.country == info.name and not e.former}
    return list(found) if len(found) == 1 else []


def _closes_quote_of(view: DocView, v: SentView, participants: frozenset[str], ctx: Context) -> bool:
    """ '... side by side," X wrote on X.': the sentence that closes a quotation of one of the
    call's people, whose platform or outlet then carried what the quotation said of the call."""
    if _CLOSING_QUOTES.isdisjoint(v.text):
        return False
    if sum(t in {'"', "“", "”"} for t in v.text) % 2 == 0:
        return False  # 'X posted a message, calling Y "a great leader"': a quotation of its own, opened and closed here
    speaker = quote_speaker(view, v, ctx)
    if speaker is None or v.index == 0:
        return False
    # the quotation opened a sentence before, naming the other side of the call ("Spoke with Y
    # to congratulate her. ...," X wrote on X), not a remark on something else
    prev = view.sents[v.index - 1]
    if not any(t in ('"', "“") for t in prev.text):
        return False
    if speaker not in participants:
        # ('"A called B today. ...," party spokesman Z wrote on X': one who speaks for a side,
        # quoting the call itself)
        return _speaks_for(view, v, speaker, participants) and len(prev.people & participants) >= 2 \
            and any(c.strong for c in find_cues(prev, view.lex))
    if any(np.kind == NAME and np.key in participants - {speaker} for np in prev.nps):
        return True
    # ('"We talked for an hour. He sent ...," X told Vell Radio': the quotation opens on the call
    # itself, told in the first person)
    return any(np.kind == PRONOUN and np.word in view.lex.first_person for np in prev.nps) \
        and any(c.kind in (TALK_VERB, CALL_VERB) or c.strong for c in find_cues(prev, view.lex))


def _next(view: DocView, v: SentView, state: _State) -> _State:
    # (the sentence's subject joins the recent ones when a later sentence asks for them)
    return _evolve(state, ctx=with_subject_of(view, v, state.ctx))


def _evolve(state: _State, **changes) -> _State:
    """``dataclasses._evolve(state, **changes)`` without its walk over the fields and its
    frozen ``__init__`` (4 us against 0.6 us): the fold makes a new state for every sentence."""
    new = object.__new__(_State)
    new.__dict__.update(state.__dict__, **changes)
    return new


def _day_anchor(view: DocView, v: SentView, d: Draft) -> Cue | None:
    """Where a sentence that goes on about a call tells its day, if it does: "The Kremlin said
    the two leaders discussed trade on Wednesday night" (its participants or "the two leaders"
    as subject, with no meeting and no plan in it)."""
    lex = view.lex
    if lex.in_person.find(v.lower) is not None or lex.status["planned"].find(v.lower) is not None:
        return None
    for np in v.nps:
        if np.governor in lex.object_prepositions:
            continue
        if np.kind == GROUP or (np.kind == NAME and np.key in d.participants):
            if any(lex.report_cues.match(v.lower, k - v.start) for k in range(np.end, min(v.end, np.end + 4))) \
                    and not find_cues(v, lex):
                continue  # "On Monday Y gave his own account.": the day of Y's account, with no word of the call
            return Cue(NOUN, np.end, np.end + 1, False)
    return None


def _durations_at(view: DocView, v: SentView, start: int, before: bool = False) -> int:
    """How many durations the sentence tells after token ``start`` (before it, with ``before``)."""
    at = token_offset(v, start)
    return sum((s < at) if before else (s >= at) for s, _e, _m in find_durations(view.text[v.char_start:v.char_end]))


def _dated_by_reference(view: DocView, v: SentView, read: list, state: "_State", drafts: list[Draft]) -> list[Draft]:
    """ "Aides said that in the call of 3 May, X told Y he had also phoned Z": a
    definite reference with no people of its own dates the call told before, while the sentence
    goes on to tell another."""
    target = state.told if state.told is not None else state.current
    if target is None or target >= len(drafts):
        return drafts
    t = drafts[target]
    if t.day is not None and not t.day_weak:
        return drafts
    for cue, frame, status, calls in read:
        if not (cue.strong and cue.definite and cue.kind == NOUN) or calls or frame.objects or frame.subjects \
                or status is not t.status:
            continue
        found = call_day(v, view.lex, cue, status, view.anchor_at(v))
        if found.day is not None and not found.weak and not found.back_reference:
            drafts = list(drafts)
            drafts[target] = replace(t, day=found.day, day_weak=False, evidence=with_sentence(t, view, v))
            break
    return drafts


def _clock_told(v: SentView) -> bool:
    """The sentence tells a time of day ("at 7 p.m."): a day it gave may be universal already."""
    return any(clock_at(v, k) is not None for k in range(v.start, v.end) if v.tok(k)[:1].isdigit()
               or v.low(k) in NAMED_TIMES)


def _told_with(drafts: list[Draft], n: int) -> list[int]:
    """The drafts of the call draft ``n`` tells that the same sentence made from its other cues:
    same sentence, people and status (``n`` among them)."""
    d = drafts[n]
    return [k for k, x in enumerate(drafts) if x.sent == d.sent and x.participants == d.participants
            and x.status is d.status]


_SPACES = re.compile(r"\s*")


def _follows(view: DocView, d: Draft, v: SentView) -> bool:
    """The sentence comes right after one that told of the call."""
    # while sentences are read, a draft's evidence is in reading order (``absorb``): the last
    # ended last. O(1), and a whitespace match that stops at the first word, so that a call told
    # over thousands of sentences (a hostile or very long article) does not cost their square
    last_end = d.evidence[-1].end if d.evidence else -1
    if last_end < 0:
        return False
    # (a sentence that goes on with a quotation opened before it: from where the quotation
    # opened, '"I passed on our wishes. Ties will grow," he wrote', up to three sentences back)
    for k in range(v.index, max(-1, v.index - 4), -1):
        s = view.sents[k]
        if last_end >= s.char_start or _SPACES.match(view.text, last_end, s.char_start).end() == s.char_start:
            return True
        if k == 0 or s.start not in s.quoted:
            return False
    return False


def _denial_of_own(v: SentView, lex: Lexicon, cue: Cue, others: frozenset[str]) -> bool:
    """The negated verb's own subject is someone outside the call told before ("X did not call:
    he flew in to see Y"): named right before the verb, with no word of saying between (not
    "Peskov said no call had taken place", "Peskov denied any call")."""
    if not others:
        return False

    def verb_from(np) -> int:
        # ("The Emir of Qasar, Sheikh Omar Dahl, did not call": the name in apposition, its comma)
        apposed = v.low(np.start - 1) == "," or "," in v.lower[np.start - v.start:np.end - v.start]
        return np.end + 1 if v.low(np.end) == "," and apposed else np.end

    return any(np.kind == NAME and np.key in others and np.end < cue.start and cue.start - verb_from(np) <= 4
               and all(v.low(k) in _NEGATED_VERB_WORDS for k in range(verb_from(np), cue.start)) for np in v.nps)


# the auxiliaries and negations between a subject and its negated verb ("did not", "has never"):
# closed-class grammar, not vocabulary of a lexicon
_NEGATED_VERB_WORDS = frozenset({"did", "does", "do", "has", "have", "had", "not", "never", "n't", "yet", "also",
                                 "still", "will", "would", "could", "can", "ca"})


def _call_toward(v: SentView, cue: Cue) -> tuple[str, str] | None:
    """ "the call to X", "the call from X": ("to" or "from", X's key) when a named person follows
    the call noun's preposition; else None."""
    word = v.low(cue.end)
    np = v.np(cue.end + 1) if word in ("to", "from") else None
    return (word, np.key) if np is not None and np.start == cue.end + 1 and np.kind == NAME and np.key \
        and not np.possessive else None  # (not "the call to X's counterpart")


def _new_partner(view: DocView, v: SentView, cue: Cue, drafts: list[Draft], told: Draft) -> tuple[str, str] | None:
    """ "The conversation with President X" or "X's call" opening its sentence, in a story of one
    leader's calls, where X is a leader no call told before names: (the story's leader, X), that
    leader being one of the call told before; else None."""
    if cue.kind != NOUN or not cue.definite or cue.plural:
        return None
    if v.low(cue.end) == "with" and cue.start - v.start <= 3:
        np = v.np(cue.end + 1)
        if np is None or np.start != cue.end + 1:
            return None
    elif cue.possessor is not None and cue.possessor.kind == NAME and cue.possessor.start - v.start <= 1 \
            and v.low(cue.end) == "," and v.low(cue.end + 1) in ("when", "which"):
        # ("Y's call, when it finally came, ...": a clause telling it came; not "Y's call was for calm")
        np = replace(cue.possessor, possessive=False)
    else:
        return None
    if np.kind != NAME or not np.key or np.possessive \
            or not view.is_leader(np.key) or any(np.key in d.participants for d in drafts):
        return None
    if v.low(np.end) in ("and", "or") or (after := v.np(np.end + 1)) is not None and after.start == np.end + 1:
        return None  # (the conversation with X and Y: a call of others)
    # (the leader the article is about, else the one every call told in the sentences before has
    # in common: "A called X first; B phoned the next morning. C's call, when it came, ...")
    hero = _protagonist(view)
    if hero is None or hero not in told.participants:
        hero = (_common_partner(drafts, v.index) or (None,))[0]
    return (hero, np.key) if hero is not None and hero != np.key and hero in told.participants else None


def _fits_toward(d: Draft, toward: tuple[str, str]) -> bool:
    """The call is to the one named ("the call to X": X reached, someone else placing it) or from
    them ("the call from X": X placed it)."""
    word, key = toward
    if key not in d.participants:
        return False
    # (a call of no known caller that X took part in may be either)
    return d.caller in (key, None) if word == "from" else d.caller != key


def _pair_told(v: SentView, lex: Lexicon, pair: set[str]) -> bool:
    """The sentence tells two people together as the ones who talked, "he and B had discussed"
    (pair_talk_verbs), the second named (not "after A and B fell out")."""
    for k in range(v.start + 1, v.end - 1):
        if v.low(k) == "and" and (after := v.np(k + 1)) is not None and after.start == k + 1 and after.kind == NAME \
                and after.key in pair and (before := v.np(k - 1)) is not None and before.end == k \
                and (before.kind == PRONOUN and not before.possessive or before.kind == NAME and before.key in pair):
            j = after.end
            while j < v.end and v.low(j) in lex.subject_verb_gap:
                j += 1  # "had", "also"
            if v.low(j) in lex.pair_talk_verbs:
                return True
    return False


def _since_closing(v: SentView, cue: Cue) -> bool:
    """ "... and the two have not spoken since.": a "since" with nothing after it closes the
    clause a few words after the cue (not "since the latter left office", a span that is told)."""
    for k in range(cue.end, min(v.end, cue.end + 4)):
        if v.low(k) == "since":
            return k + 1 >= v.end or not v.low(k + 1).isalnum()
    return False


def _unanswered(view: DocView, v: SentView, d: Draft) -> bool:
    """The sentence right after a call someone placed opens saying no one took it ("Nobody
    answered.", status.json unanswered_after), naming no one outside that call."""
    if d.status is not CallStatus.OCCURRED or d.caller is None or len(d.participants) != 2:
        return False
    n = view.lex.status["unanswered_after"].match(v.lower, 0)
    if n == 0 or v.low(v.start + n).isalpha() and v.low(v.start + n) not in ("and", "but"):
        return False  # (not "Nobody answered questions about it": an object of its own)
    if (gender := view.lex.pronoun_genders.get(v.low(v.start))) is not None:
        # "She did not pick up.": the one called, of that gender, when the caller cannot be (not
        # "A phoned B, and reporters asked him about it. He did not answer.", A's silence): the
        # caller told the call as "I", is known to be of the other gender, or the one called is
        # the last person the call's sentence names
        callee = next(iter(d.participants - {d.caller}))
        told = view.sents[d.sent].nps
        told_by_caller = any(np.kind == PRONOUN and np.word in view.lex.first_person for np in told)
        named_last = bool(told) and told[-1].kind == NAME and told[-1].key == callee
        caller_gender = view.entities[d.caller].gender if d.caller in view.entities else None
        callee_gender = view.entities[callee].gender if callee in view.entities else None
        if callee_gender not in (None, gender) \
                or not (told_by_caller or named_last or caller_gender not in (None, gender)):
            return False
    return not any(np.kind == NAME and np.key not in d.participants for np in v.nps)


def _denies_current(view: DocView, v: SentView, cues, d: Draft, state: _State) -> bool:
    """A sentence soon after a call was told that says no such talk took place ("There was no
    conversation"), with a weak cue (a strong one is read where calls are made), naming no one
    outside that call and asking nothing."""
    if not cues or any(c.strong for c in cues) or v.index - state.last_told > 4 or v.low(v.end - 1) == "?":
        return False
    if d.status is CallStatus.DENIED and any(np.kind in (NAME, ROLE) for np in v.nps):
        return False  # (a call denied by the answer's opening takes "There was no conversation" too)
    if d.status not in (CallStatus.OCCURRED, CallStatus.DENIED) or len(d.participants) < 2:
        return False
    if any(np.kind == NAME and np.key not in d.participants for np in v.nps):
        return False
    # (not "there was no conversation about the border": a topic denied, not the call; but "no
    # conversation on Wednesday" denies the call that day, unless the claim was of another day)
    return any(call_status(v, view.lex, c) is CallStatus.DENIED and not negation_only(v, view.lex, c)
               and (v.low(c.end) not in view.lex.topic_prepositions or v.low(c.end) == "on"
                    and any(x.start in (c.end, c.end + 1) for x in v.dates)
                    and (d.day is None or d.day_weak
                         or call_day(v, view.lex, c, CallStatus.DENIED, view.anchor_at(v)).day == d.day))
               for c in cues)


def _call_predicated(v: SentView, cues) -> bool:
    """ '"It was an excellent conversation," X wrote', "This was a good call": the sentence (or its
    quotation) opens with "it", "this" or "that", then "was" or "is", "a" or "an" and at most two
    words before a call noun: a word on the call told before, no call of its own."""
    k = v.start + (v.low(v.start) in ('"', "“"))
    if v.low(k) not in ("it", "this", "that") or v.low(k + 1) not in ("was", "is", "'s") \
            or v.low(k + 2) not in ("a", "an"):
        return False
    return any(c.kind == NOUN and not c.plural and k + 3 <= c.start <= k + 5 for c in cues)


def _named_with_call_word(view: DocView, v: SentView, cues) -> set[str]:
    """The people a sentence names right by a word of a call ("the Varga-Sorn conversation",
    "the call between X and Y"), with nothing that opens another clause between them (in
    "The call came after X and Y disagreed", X and Y are named for something else)."""
    lex = view.lex
    at = [c.start for c in cues]
    ref = lex.anaphora.find(v.lower)
    if ref is not None:
        at.append(v.start + ref)
    out = set()
    for np in v.nps:
        if np.kind != NAME or not np.key:
            continue
        for k in at:
            lo, hi = (np.end, k) if np.end <= k else (k, np.start)
            if hi - lo <= 6 and not any(v.low(j) in lex.clause_adverbs or v.low(j) in lex.clause_breaks
                                        or v.low(j) in (",", ";") for j in range(lo, hi)):
                out.add(np.key)
                break
    return out


def _bare_report(view: DocView, v: SentView) -> bool:
    """ "Kurjer reports, citing its own sources.": a sentence that names no one, opened by an
    outlet and a reporting word, says who reported what the sentence before told."""
    # (the outlet and its verb first: a sentence's person phrases are built only when they are there)
    m = _opening_outlet(v)
    return m is not None and (v.low(m.end) in view.lex.reporting_words or v.low(m.end) in view.lex.present_reporting_words) \
        and not v.nps


def _disclosed_this(view: DocView, v: SentView) -> bool:
    """ "X disclosed this in a statement", "the ministry confirmed it": a reporting verb whose
    object is a pronoun for what the sentence before told."""
    lex = view.lex
    # (the pronoun ends the object: "said it supports Y" says something else)
    return any(v.low(k) in lex.reporting_words and v.low(k + 1) in ("this", "it")
               and (v.low(k + 2) in lex.governing_prepositions or v.low(k + 2) in (",", ".", ";", "in", "late", "later", "")
                    or k + 2 >= v.end)
               for k in range(v.start, v.end - 1))


def _unnamed_sender(v: SentView, lex: Lexicon, k: int) -> bool:
    """ "(a call from) a foreign leader", "(from) world leaders": someone unnamed by an office or
    as a group, at token ``k`` (an article, at most two adjectives in lower case, the noun)."""
    if lex.group_partners.match(v.lower, k - v.start):
        return True
    if v.low(k) not in ("a", "an", "another", "one"):
        return False
    for j in range(k + 1, min(v.end, k + 4)):
        if v.np(j) is not None or not v.tok(j).isalpha() or not v.tok(j).islower():
            return False
        if v.low(j) in lex.title_words or lex.group_partners.match(v.lower, j - v.start):
            return True
    return False


def _carried_speech(view: DocView, v: SentView) -> bool:
    """ "Kurjer carried his speech live.": an outlet broadcast the words the call was told in
    (a sentence naming no one, opened by the outlet, a broadcasting verb and a speech noun)."""
    lex = view.lex
    m = _opening_outlet(v, lex)
    # (the outlet, verb and noun first, the person phrases last: most sentences are opened by no outlet)
    return m is not None and v.low(m.end) in lex.broadcast_verbs \
        and any(v.low(j) in lex.speech_nouns for j in range(m.end + 1, min(v.end, m.end + 4))) \
        and not any(np.kind != PRONOUN or not np.possessive for np in v.nps)


def _opening_outlet(v: SentView, lex: Lexicon | None = None):
    """The outlet that opens the sentence ("Kurjer", "The Kurjer"; with ``lex``, after its
    descriptor too: "State broadcaster Kurjer", "The Danish news agency Kurjer")."""
    k = v.start + 1 if v.low(v.start) == "the" else v.start
    if lex is not None:
        # (a country's adjective before the descriptor: "Danish broadcaster Kurjer")
        at = k + 1 if k in v.adjectives else k
        if n := lex.outlet_descriptors.match(v.lower, at - v.start):
            k = at + n
    m = v.others.get(k)
    return m if m is not None and m.kind is EntityKind.OUTLET and m.start == k else None


# how many sentences after a call a report naming its two people may come ("According to Vell
# Radio, X also told Y that ...", paragraphs after the call, in a story of several calls)
_LATE_REPORT_REACH = 24


def _one_told_the_other(view: DocView, v: SentView, named: frozenset[str]) -> int | None:
    """Where the phrase of the second of two people ends when the first tells it something
    ("A also told B that ...", "A assured B that ..."): a verb of saying between them, no more
    than a word beside it. What follows is what was said in the call."""
    phrases = [np for np in v.nps if np.kind == NAME and np.key in named]
    if len(named) != 2 or len(phrases) != 2 or phrases[0].key == phrases[1].key:
        return None
    first, second = phrases
    between = range(first.end, second.start)
    if len(between) > 2 or not any(v.low(k) in view.lex.speech_verbs for k in between):
        return None
    return second.end


def _late_report(view: DocView, v: SentView, drafts: list[Draft], cur: int | None, state: _State) -> int | None:
    """The one call that took place between exactly the two people a sentence with an outlet's
    report names, when it is not the call being told right before (``_continues`` reads that)."""
    # (the cheap tests first: most sentences fail them; one person named only with a verb of
    # conveying: "A later said she had conveyed her sorrow to His Majesty")
    if not has_report_cue(view, v) or not v.people or len(v.people) < 2 and view.lex.conveying_verbs.isdisjoint(v.lower):
        return None
    named = frozenset(np.key for np in v.nps if np.kind == NAME and np.key)
    if len(named) == 1 and subject_of_sentence(view, v, state.ctx) in named:
        # "In a post on X, A later said he had offered his condolences to Y": the one call A had
        fits = [n for n, d in enumerate(drafts) if named <= d.participants and d.status is CallStatus.OCCURRED]
        if len({drafts[n].participants for n in fits}) != 1 or not v.people <= drafts[fits[0]].participants:
            return None
        # (and the other side of that call is named too, by a title at least: "to His Majesty")
        others = {k for np in v.nps if np.kind == ROLE for k in resolve(view, v, np, state.ctx)} | (v.people - named)
        if not others or not others <= drafts[fits[0]].participants:
            return None
    elif len(named) != 2:
        return None
    else:
        fits = [n for n, d in enumerate(drafts) if d.participants == named and d.status is CallStatus.OCCURRED]
    # (the call may have been told in several sentences, each a draft: one call, unless they
    # give it two days)
    if not fits or len({drafts[n].day for n in fits if drafts[n].day is not None}) > 1:
        return None
    fits = fits[-1:]
    if fits[0] == cur and v.index - state.last_told <= 3 or v.index - drafts[fits[0]].sent > _LATE_REPORT_REACH:
        return None
    # (a plan told of the two; but "X also told Y that the bloc would be represented", one telling
    # the other, is what was said in the call: a plan after it is of something else)
    told = _one_told_the_other(view, v, named)
    upto = len(v.lower) if told is None else told - v.start
    if view.lex.status["planned"].find(v.lower, 0, upto) is not None \
            or not view.lex.report_future_words.isdisjoint(v.lower[:upto]):
        return None  # "X reported that A and B would meet in June": another event, not the call
    return fits[0] if reports_in(view, v) else None


def _same_paragraph(view: DocView, told: int, v: SentView) -> bool:
    """No line break between sentence ``told`` and ``v``: one paragraph (a line break of its own
    ends one in the texts read here, as a blank line does)."""
    return "\n" not in view.text[view.sents[told].char_end:v.char_start]


def _what_one_said(view: DocView, v: SentView, d: Draft) -> bool:
    """ "... reported that X had asked for ...": right after "that", one of the call's people
    and (past an auxiliary) a verb of saying or conveying: what they said, in the call."""
    lex = view.lex
    for k in range(v.start, v.end - 2):
        if v.low(k) != "that" or (np := v.np(k + 1)) is None or np.start != k + 1 or np.key not in d.participants:
            continue
        j = np.end + (v.low(np.end) in lex.perfect_auxiliaries)
        if v.low(j) in lex.speech_verbs or v.low(j) in lex.conveying_verbs:
            return True
    return False


def _continues(view: DocView, v: SentView, d: Draft, state: _State, adjacent: bool, near: bool) -> bool:
    """The sentence goes on about the call: close after it, it names two of its participants
    ("the two leaders"), or right after it one of them speaks ("Zelensky said on his Telegram
    channel that ..."), or an outlet opening a sentence of its paragraph tells what one of them
    said ("Broadcaster Z reported that X had asked ...")."""
    lex = view.lex
    # (the sentence's person phrases are built only then, and only when the people it mentions
    # hold two of the call's, or a group phrase is there)
    if near and (len(v.people & d.participants) >= 2 or lex.groups.find(v.lower) is not None
                 or lex.bare_groups.find(v.lower) is not None):
        named = {np.key for np in v.nps if np.kind == NAME}
        if (len(named & d.participants) >= 2 or any(np.kind == GROUP for np in v.nps)) \
                and not (v.dates and any(not c.strong and _in_person(v, view, c) and call_status(v, lex, c) is CallStatus.OCCURRED
                                         for c in find_cues(v, lex))):
            # (not "X had held talks with Y in Delhi on Thursday": a meeting held on a day of its
            # own, not the call's; "agreed to hold a meeting in Z next month" goes on about the call)
            return True
    if not adjacent and near and v.index - state.last_told <= 2 and v.quoted and has_report_cue(view, v) \
            and _same_paragraph(view, state.last_told, v) \
            and not _quote_after_a_name(v) and quote_speaker(view, v, state.ctx) in d.participants \
            and not any(np.kind == NAME and np.key not in d.participants for np in v.nps):
        # '"...," X wrote on X.' a sentence after a remark on the call, in its paragraph: one of its
        # people posting
        return True
    if not adjacent and v.index - state.last_told <= 2 and v.people & d.participants and has_report_cue(view, v):
        if _opening_outlet(v, view.lex) is not None and not v.quoted and v.people <= d.participants \
                and d.status is CallStatus.OCCURRED and _same_paragraph(view, state.last_told, v) \
                and _what_one_said(view, v, d) and not _said_another_time(view, v, d, state.drafts) \
                and lex.status["planned"].find(v.lower) is None and lex.report_future_words.isdisjoint(v.lower) \
                and bool(reports_in(view, v)):
            # "X spoke with Y in the afternoon. Two women died. Broadcaster Z reported that X had
            # asked ...": an outlet opening a sentence of the call's paragraph tells what one of
            # its people said in it (not a plan, another day, nor another matter)
            return True
        # '"Y pledged support," press secretary Z wrote on his Facebook page' a sentence after
        # the call's telling ended (its paragraph went on to another matter): one who speaks for
        # a side posting about one of the call's people
        speaker = quote_speaker(view, v, state.ctx) if v.quoted else subject_of_sentence(view, v, state.ctx)
        return speaker is not None and speaker not in d.participants and _tells_what_was_said(view, v, d) \
            and _speaks_for(view, v, speaker, d.participants) and bool(reports_in(view, v))
    if not (adjacent and has_report_cue(view, v)) or _said_another_time(view, v, d, state.drafts):
        return False
    # '"...," the king wrote on his page': the speaker of a quotation is the one who reports
    subject = subject_of_sentence(view, v, state.ctx)
    if subject in d.participants:
        return True
    if subject is None and v.people & d.participants and reports_in(view, v):
        return True  # "State television aired footage of X on the line": an outlet showing one of the call's people
    if subject is not None and subject not in d.participants and v.people & d.participants \
            and _speaks_for(view, v, subject, d.participants) and reports_in(view, v):
        # '"Y pledged support," press secretary Z wrote on his Facebook page': one who speaks for
        # a side posting about one of the call's people, right after the call
        return True
    if subject is None and any(np.kind == ROLE and _outlet_before(v, np.start)
                               and not d.participants.isdisjoint(resolve(view, v, np, state.ctx)) for np in v.nps) \
            and reports_in(view, v):
        # "The VBC aired pictures of the President watching the session": one of them by
        # title, after the outlet (not "the premier told TV 2 that ...", someone speaking)
        return True
    return bool(v.quoted) and not _quote_after_a_name(v) and quote_speaker(view, v, state.ctx) in d.participants


def _said_another_time(view: DocView, v: SentView, d: Draft, drafts: tuple[Draft, ...] | list[Draft]) -> bool:
    """The sentence dates what it tells to a time that ended before the call's day ('..., X told
    Vell TV in February' of a call in May): a remark made before, not a report of the call (a
    day after the call's may be the report's: 'X told Vell TV on Monday')."""
    # (the call's day may be told by an earlier mention of it: '... held a call on Monday. "Talked
    # with him ...," she wrote')
    day = d.day or next((x.day for x in reversed(drafts) if x.day is not None and x.participants == d.participants), None)
    if day is None:
        return False
    for m in v.dates:
        if m.start in v.quoted or is_back_reference(m.expression.lower().strip()) or in_clause_of_its_own(v, view.lex, m):
            continue  # (a quotation's day, or a relative clause's: "X, who called the vote on Sunday, said")
        told = resolve_date(m.expression, view.anchor_at(v))
        span = (told, told) if told is not None else resolve_period(m.expression, view.anchor_at(v))
        if span is not None and span[1] < day:
            return True
    return False


def _tells_what_was_said(view: DocView, v: SentView, d: Draft) -> bool:
    """The sentence opens with one of the call's people and a verb in the past or of conveying
    ('"Y reaffirmed his support ..."', "Y conveyed ..."): what was said on the call, not a plan
    or another matter ('"Y will visit next week"', '"Y is welcome here"')."""
    first = next((np for np in v.nps if np.kind == NAME and np.key), None)
    if first is None or first.key not in d.participants or first.start > v.start + 2:
        return False
    verb = v.low(first.end)
    return (verb.endswith("ed") or verb in view.lex.conveying_verbs) \
        and view.lex.status["planned"].find(v.lower) is None


def _speaks_for(view: DocView, v: SentView, key: str, participants: frozenset[str]) -> bool:
    """The sentence names ``key`` with a title of one who speaks for one of the call's people
    ("presidential press secretary Z", "spokeswoman Z", "Z, the president's spokesman,":
    discourse.json ``speaker_nouns``), not for anyone else: a capitalised word before the title
    names whom they speak for ("Kremlin spokesman Z", "Opposition spokesman Z"), then it must be a
    country or body of one of the call's people ("Turkish presidential spokesman Z" of a call of
    Turkey's president); "Z, a spokesman for Y," speaks for Y."""
    nouns = view.lex.speaker_nouns
    countries = {view.entities[p].country for p in participants if p in view.entities} - {None}
    for np in v.nps:
        if np.kind != NAME or np.key != key:
            continue
        lo, hi = max(v.start, np.start - 3), min(v.end, np.end + 8)
        at = next((k for k in range(lo, np.head_start) if nouns.match(v.lower, k - v.start)), None)
        if at is None and v.low(np.end) == ",":
            at = next((k for k in range(np.end + 1, hi) if nouns.match(v.lower, k - v.start)), None)
            if at is not None:
                end = at + nouns.match(v.lower, at - v.start)
                if v.low(end) in ("for", "of", "to"):
                    # "Z, a spokesman for Y,": Y's ("for the president" may be the call's; "for the
                    # opposition", "for rival Y" are not)
                    whose = v.np(end + 1)
                    return whose is not None and (whose.kind == ROLE or whose.kind == NAME and whose.key in participants)
                return True
        if at is None:
            continue
        # the words of the phrase before the title: its own side's ("presidential", "palace":
        # discourse.json own_side_words), a determiner, or a country of the call's people
        for k in range(at - 1, max(v.start, at - 4) - 1, -1):
            if not v.tok(k)[:1].isalpha():
                break  # (the phrase opens after a quotation mark or a comma)
            other = v.others.get(k)
            if v.low(k) in view.lex.own_side_words or v.low(k) in view.lex.determiners:
                continue
            country = v.adjectives.get(k) or (view.entities[other.key].country
                                              if other is not None and other.key in view.entities else None)
            if country not in countries:
                return False
        return True
    return False


def _outlet_before(v: SentView, k: int) -> bool:
    """An outlet is named in the sentence before token ``k``."""
    return any(o.kind is EntityKind.OUTLET and j < k for j, o in v.others.items())


def _quote_after_a_name(v: SentView) -> bool:
    """ 'calling Y "a great leader"': a quotation right after a person's name says what they were
    called, no one's account of a call."""
    return any(v.low(q) in {'"', "“"} and (np := v.np(q - 1)) is not None and np.end == q for q in range(v.start + 1, v.end))



def _dateline_days(view: DocView, drafts: list[Draft]) -> list[Draft]:
    """ "MOSCOW, June 12. /TASS/. X and Y have held a telephone conversation": a dateline the
    sentencizer cut off as sentences of its own dates the lede right after it as it would the
    sentence holding it (the day the story was filed, a fallback)."""
    if not view.datelines:
        return drafts
    ledes = {}  # sentence index -> the day of the dateline right before it
    for line in view.datelines:
        if line.day is None:
            continue
        # the sentence the dateline's end falls in (". /TASS/. X and Y ..."), or the first after it
        after = next((v for v in view.sents if v.char_end > line.end), None)
        if after is None or after.index == 0 or view.sents[after.index - 1].char_start < line.start:
            continue  # (the dateline opens the sentence itself: its day is among the sentence's dates)
        if after.char_start <= line.end or not view.text[line.end : after.char_start].strip(" \t.-–—:/"):
            ledes[after.index] = line.day
    if not ledes:
        return drafts
    return [replace(d, day=ledes[d.sent], day_weak=True)
            if d.sent in ledes and d.day is None and d.period is None and d.status is CallStatus.OCCURRED else d
            for d in drafts]


def _entry_stamps(view: DocView) -> list[int]:
    """Where a live blog's entries open, in text order (their stamps): none unless there are two."""
    found = [m.start() for m in ENTRY_STAMP.finditer(view.text)]
    return found if len(found) >= 2 else []


def _event_part_of_day(view: DocView, s: SentView, named: "_DaysNamed") -> date | None:
    """The day of "(on) the evening of the summit", "the night of the count" in a sentence with no
    date of its own: the day the text gives the event, if it gives one."""
    lex = view.lex
    for k in range(s.start, s.end - 3):
        if s.low(k) == "the" and s.low(k + 1) in day_parts() and s.low(k + 2) == "of":
            j = k + 3 + (s.low(k + 3) in ("the", "this", "that", "last"))
            noun = event_noun_at(s, j, lex.event_day_nouns, ending=False)
            if noun is not None:
                return named.event(s.index, noun)
    return None


def _round_told_before(view: DocView, state: _State, index: int) -> Draft | None:
    """The call a round verb goes on ("A rang X. B followed in the afternoon"): the last call told
    in the sentence before sentence ``index``, held, naming its caller, when the text tells a
    round of calls to its other party: "X received calls" (its receiver) named in the four
    sentences before, a call to X of another caller told before it, or a call told by an
    ordinal in its sentence or the one before (``_ordinal_of_a_call``: "the first leader to call")."""
    before = next((d for d in reversed(state.drafts) if d.sent == index - 1 and d.caller is not None
                   and len(d.participants) == 2 and d.status is CallStatus.OCCURRED), None)
    if before is None:
        return None
    receiver = next(iter(before.participants - {before.caller}))
    if state.receiver is not None and state.receiver[0] == receiver and 0 <= index - state.receiver[1] <= 4:
        return before
    if any(d is not before and receiver in d.participants and d.caller not in (None, receiver, before.caller)
           and index - d.sent <= 4 for d in state.drafts):
        return before
    return before if any(_ordinal_of_a_call(s, view.lex) for s in view.sents[max(0, before.sent - 1):before.sent + 1]) else None


def _ordinal_of_a_call(v: SentView, lex) -> bool:
    """The sentence tells a call as one of a series by an ordinal: its infinitive a call verb
    ("the first leader to call", "the first to ring her"; not "the first country to do so"), or a
    call noun right after it ("The first call came from A")."""
    for k in range(v.start, v.end):
        if v.low(k) in lex.call_verbs and after_ordinal_to(v, lex, k):
            return True
        if v.low(k) in lex.elided_call_ordinals and lex.nouns.match(v.lower, k + 1 - v.start):
            return True
    return False


def _run_of_calls_before(view: DocView, v: SentView) -> bool:
    """The sentence right before tells calls in the plural ("X received a string of calls"): "The
    first came from Y" is one of them (not after "Dule also got two letters")."""
    return v.index > 0 and any(c.kind == NOUN and c.plural and c.strong for c in find_cues(view.sents[v.index - 1], view.lex))


def _stamp_day(view: DocView, at: int) -> date | None:
    """The date a live blog's entry stamp at character ``at`` opens with ("Jun 3, 2023, 07:15
    IST"), resolved against the publication date; None for a stamp of a clock alone."""
    end = view.text.find("\n", at)
    line = view.text[at:end if end >= 0 else len(view.text)]
    found = find_date_expressions(line[:30])
    if not found or found[0][0] > 2 or view.meta.published is None:
        return None
    day = resolve_date(found[0][2], view.meta.published)
    return day if day is not None and not _after_publication(view, day) else None


#: how far past the article's day a day read in it may fall: a night across time zones (a call
#: late on the 3rd in one place is on the 4th in another where the article is dated)
_PUBLICATION_SLACK = timedelta(days=1)


def _after_publication(view: DocView, day: date) -> bool:
    """The day is later than the article's day can tell of (``_PUBLICATION_SLACK`` aside)."""
    return view.meta.published is not None and day > view.meta.published + _PUBLICATION_SLACK


def _live_blog_days(view: DocView, drafts: list[Draft]) -> list[Draft]:
    """A live blog's entries are stamped with a time of its own day: a call an entry tells
    without a day of its own took place (or is planned for) that day."""
    stamps = _entry_stamps(view)
    if not stamps or view.meta.published is None:
        return drafts
    out = []
    for d in drafts:
        start = view.sents[d.sent].char_start
        # (a call an entry announces with no day, "will meet the premiers at 3 p.m.", that day too;
        # but not one "in the coming days": a plan is of the entry's day only when it says so)
        if d.day is None and d.period is None and start >= stamps[0] and (
                d.status is CallStatus.OCCURRED or d.status is CallStatus.PLANNED and _same_day_plan(view, d)):
            # (a stamp that carries its date, "May 2, 2024, 21:15 IST", dates its entry)
            stamped = _stamp_day(view, stamps[bisect_right(stamps, start) - 1])
            d = replace(d, day=stamped or (view.anchor_at(view.sents[d.sent]) if view.section_days else view.meta.published),
                        day_weak=True)
            if d.day is not None and d.anchor is not None \
                    and (universal := clock_universal_day(view.sents[d.sent], view.lex, d.day, d.anchor + 1)) is not None \
                    and universal > d.day:
                # "X called Y at about 9:40 p.m. Eastern time": that moment's universal day, the next
                # one for an evening west of it (no fallback now: the entry's own clock tells it,
                # where a headline's day does not); an entry's day is the blog's, which an hour far
                # east of it may not be ("at 8 a.m. Tokyo time" in a blog of Washington's day)
                d = replace(d, day=universal, day_weak=False)
        out.append(d)
    return out


def _same_day_plan(view: DocView, d: Draft) -> bool:
    """A sentence that tells the plan sets it on the entry's day: at a time of day ("at 4 p.m."),
    or "later today", "this afternoon"."""
    published = view.meta.published
    told = [v for v in view.sents if any(v.char_start <= e.start < v.char_end for e in d.evidence)]
    return any(tells_a_time(v, view.lex) or any(resolve_date(m.expression, published) == published for m in v.dates)
               for v in told)


def _headline_days(view: DocView, drafts: list[Draft]) -> list[Draft]:
    """ "Ruler speaks to premier by phone" as the article's title: headlines tell the day's news
    in the present tense, so a call the body does not date took place on the article's day (a
    weak day: any day the text names wins, and it never keeps two mentions apart)."""
    if not view.sents or view.anchor is None:
        return drafts
    title = view.sents[0]
    if title.char_start != 0 or view.text[:title.char_end].rstrip().endswith(".") or "\n" not in view.text[max(0, title.char_end - 3):title.char_end + 3]:
        return drafts
    drafts = [_lead_day(view, d, title) if d.day is None and d.period is None and d.status is CallStatus.OCCURRED
              and d.evidence and d.evidence[0].start < title.char_end else d for d in drafts]
    present = any(title.low(k) in view.lex.present_verbs and title.low(k - 1) not in view.lex.headline_noun_markers
                  for k in range(title.start, title.end))
    if not present:
        return drafts
    return [replace(d, day=view.anchor, day_weak=True)
            if d.day is None and d.period is None and d.status is CallStatus.OCCURRED
            and any(e.start < title.char_end for e in d.evidence) else d for d in drafts]


def _lead_day(view: DocView, d: Draft, title: SentView) -> Draft:
    """A call only the headline tells ("X, Y talk by phone on truce"), dated by the body's first
    sentence when it names all its people and one day, told of no report ("X and Y discussed the
    truce on Saturday, the presidency said"): the lead retells the headline's news."""
    lead = next((s for s in view.sents[title.index + 1:title.index + 3] if s.end > s.start), None)
    if lead is None or not d.participants <= {np.key for np in lead.nps if np.kind == NAME} \
            or any(e.start >= lead.char_end for e in d.evidence):
        return d  # (the body told it further on: its own sentences date it)
    days = [x for x in lead.dates if not by_reporting_word(lead, view.lex, x)]
    if len(days) != 1 or len(lead.dates) != 1:
        return d
    day = resolve_date(days[0].expression, view.anchor_at(lead))
    return replace(d, day=day, day_weak=False) if day is not None else d


def _drop_summaries(drafts: list[Draft]) -> list[Draft]:
    """ "King phones premiers of A, B" over an article that tells the two calls
    apart: a draft whose people are covered by two or more smaller drafts sums them up."""
    out = []
    for d in drafts:
        if len(d.participants) < 3:  # a call of two sums up nothing (and a long article has thousands)
            out.append(d)
            continue
        # (one video call sums up only calls of a day of their own: "held a video call with A, B and
        # C last night ... / 'Spoke with A, B and C,' she posted" is that one conference; "spoke with
        # A on Monday, with B on Thursday ... In a video call with A and B this week" sums them up)
        conference = d.medium is CallMedium.VIDEO and not d.plural
        parts = [o.participants for o in drafts if o is not d and o.participants < d.participants and o.status is d.status
                 and (not conference or o.day is not None and not o.day_weak and o.day != d.day)]
        distinct = {frozenset(p) for p in parts}
        if len(distinct) >= 2 and frozenset().union(*distinct) >= d.participants:
            continue
        out.append(d)
    return out


def _group_days(view: DocView, drafts: list[Draft], group_days) -> list[Draft]:
    """ "Xi held phone talks with the leaders of A, B and C on Tuesday. ... In his call with X,
    Xi said ...": the day told once for the group carries to each call; "Saturday brought more
    phone calls. A rang X ...": to the calls that took place told in the next two sentences, with
    no time of their own ("In 2019, A rang X", "A had rung X before the vote" are other times)."""
    if not group_days:
        return drafts
    # (the people of each call told before with a day of its own: "A, who called X on the night of
    # the vote. 'I have just spoken with X,' A wrote" tells that call again, not one of X's day of calls)
    dated = [(m.participants, m.sent) for m in drafts if len(m.participants) >= 2 and m.day is not None
             and not m.day_weak and m.status is CallStatus.OCCURRED]
    out = []
    for d in drafts:
        # (a call that took place: not a denied claim nor a plan told after a day of calls)
        if d.day is None and d.period is None and d.status is CallStatus.OCCURRED \
                and not any(people == d.participants and sent < d.sent for people, sent in dated):
            for subject, day, sent in group_days:
                if subject in d.participants and sent <= d.sent or subject is None and 0 < d.sent - sent <= 2 \
                        and _no_time_of_its_own(view.sents[d.sent], d.anchor):
                    d = replace(d, day=day)
                    break
        out.append(d)
    return out


def _no_time_of_its_own(v: SentView, at: int | None) -> bool:
    """The sentence names no time (no date, no year), and its call (its cue at token ``at``) is
    not told as done before another time ("had rung")."""
    return not v.dates and (at is None or "had" not in (v.low(at - 1), v.low(at - 2))) \
        and not names_a_year(v)


def _list_days(view: DocView, drafts: list[Draft]) -> list[Draft]:
    """ "X telephoned Y on Sunday. ... Y said he had received calls from X, from A and from B": a
    call told with no day in one sentence with a call told elsewhere with its day, and sharing a
    person with it, took place that day (the sentence tells them together, naming no day of its
    own: not "X phoned Y on Monday, weeks after Y had spoken with Z"); not when the calls so told
    were given different days."""
    dated = [(m, {e.start for e in m.evidence}) for m in drafts
             if m.day is not None and not m.day_weak and m.status is CallStatus.OCCURRED]
    if not dated:
        return drafts
    starts_at = [s.char_start for s in view.sents]
    out = []
    for d in drafts:
        if d.day is None and d.period is None and d.status is CallStatus.OCCURRED and not d.negation:
            # (the sentences that tell it and name no day)
            starts = {e.start for e in d.evidence
                      if not view.sents[max(0, bisect_right(starts_at, e.start) - 1)].dates}
            days = {m.day for m, told in dated if m is not d and told & starts and m.participants & d.participants}
            if len(days) == 1:
                d = replace(d, day=days.pop(), day_weak=True)
        out.append(d)
    return out


def read_calls(view: DocView) -> tuple[CallMention, ...]:
    state = _State(days=_DaysNamed(view))
    for v in view.sents:
        state = _read_sentence(view, v, state)
    teasers = _teaser_spans(view)
    # (a video call with a group told beside another call, whose people were never named, is no
    # call of its own: nor is it the other call's, which would take its medium)
    drafts = _drop_summaries([d for d in state.drafts if (len(d.participants) >= 2 or (d.participants and d.strong and not d.grouped))
                              and not (teasers and _in_spans(view.sents[d.sent].char_start, teasers))])  # pending: may be named later
    drafts = _live_blog_days(view, _dateline_days(view, drafts))
    drafts = _group_days(view, drafts, state.group_days)
    strong_sets = {d.participants for d in drafts if d.strong}
    # a weak mention is a call where a strong one tells the same people, or where the article
    # summed up its subject's calls as phone or video calls ("In his conversation with X" after
    # "Xi's phone conversations with the leaders of A, B and C")
    accepted = [d for d in drafts if d.strong or any(d.participants <= s for s in strong_sets)
                or (d.participants & state.summaries and d.status is CallStatus.OCCURRED)]
    # "X has not spoken to Y" claims no call: it stands only as the denial of a call the article
    # tells otherwise (a report it answers, merged with it) or of one on a day it names
    merged = [_not_after_publication(view, d) for d in _list_days(view, _headline_days(view, merge_drafts(accepted)))
              if not (d.negation and (d.day is None or d.day_weak))]
    return tuple(freeze(d, view.meta.id) for d in merged if len(d.participants) >= 2)


def _not_after_publication(view: DocView, d: Draft) -> Draft:
    """A call told as held (or tried, or denied) on a day after the article was published (a
    day's night across time zones aside) has a day read wrongly: counted from a day still to come
    ("X travels to Y tomorrow. ... The following day, Z telephoned" of a call weeks before): no
    day rather than that guess."""
    if d.day is None or d.status is CallStatus.PLANNED or not _after_publication(view, d.day):
        return d
    return replace(d, day=None, day_weak=False)


def _teaser_spans(view: DocView) -> list[tuple[int, int]]:
    """(start, end) of the lines that are a page's teasers for other stories: a line opening with
    a teaser label and a colon, bar or dash ("Read more: ..."), and the short lines under a label
    alone on its line ("RELATED"), up to the next line of prose (discourse.json teaser_labels)."""
    labels = view.lex.teaser_labels
    spans: list[tuple[int, int]] = []
    block = False
    start = 0
    for line in view.text.split("\n"):
        end = start + len(line)
        low = line.strip().lower()
        bare = low.rstrip(":|–—- ").strip()
        if bare in labels:
            block = True
            spans.append((start, end))
        elif any(low.startswith(label) and low[len(label):].lstrip()[:1] in (":", "|", "–", "—", "-") for label in labels):
            spans.append((start, end))
        elif block and low:
            if len(low.split()) < 20 and not low.endswith("."):
                spans.append((start, end))
            else:
                block = False
        start = end + 1
    return spans


def _in_spans(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= at <= b for a, b in spans)


def credit_evidence(view: DocView, datelines) -> Evidence:
    """The sentence of the first dateline or credit naming an agency (else the first sentence)."""
    for line in datelines:
        if line.agency_start is not None:
            for v in view.sents:
                if v.char_start <= line.agency_start < v.char_end:
                    return evidence_of(view, v)
    return evidence_of(view, view.sents[0])


def with_agencies(call: CallMention, agencies: tuple[str, ...], evidence: Evidence) -> CallMention:
    """The call, reported also by the agencies the article is credited to."""
    have = {r.outlet for r in call.reports}
    extra = tuple(Report(a, evidence) for a in agencies if a not in have)
    if not extra:
        return call
    reports = tuple(sorted(call.reports + extra, key=lambda r: (r.outlet, r.evidence.start)))
    return replace(call, reports=reports)
