"""Calls told by one article: who took part, who called, status, day, duration, reporters.

``extract_calls(doc, meta, index, gaz) -> tuple[CallMention, ...]``. Pure over the Doc. It puts
calls together from what ``kg.extract.sentence``, ``kg.extract.participants`` and
``kg.extract.call_facts`` read in each sentence, and merges the mentions of one call.

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

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span

from kg.extract.call_facts import (
    call_day, call_status, caller_in, clause_end, evidence_of, first_match, reports_in,
)
from kg.extract.dates import find_durations
from kg.extract.entities import EntityIndex
from kg.extract.participants import (
    coordinated_subject, fronted, is_fronted, joined_in, last_two_leaders, object_of, second_objects,
    sentence_subject, sentence_subject_after, speaker_of, subject_of,
)
from kg.extract.sentence import REPORTING, Cue, Reader
from kg.model import ArticleMeta, CallMedium, CallMention, CallStatus, EntityKind, Evidence, Report
from kg.resources import Gazetteer

__all__ = ["extract_calls"]


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


def _continues(r: Reader, current: _Draft, sent: Span, adjacent: bool, near: bool) -> bool:
    """The sentence goes on about the call: close after it, it names two of its participants
    ("the two leaders"), or right after it one of them speaks ("Zelensky said on his Telegram
    channel that ...")."""
    named = {m.key for m in r.index.mentions if sent.start <= m.start < sent.end}
    if near and (len(named & current.participants) >= 2 or r.has(sent.start, sent.end, r.groups)):
        return True
    subject = sentence_subject(r, sent)
    return adjacent and subject in current.participants and any(
        r.lower[i] in REPORTING for i in range(sent.start, sent.end))


def _absorb(d: _Draft, r: Reader, sent: Span, anchor: int | None = None, days: bool = True) -> None:
    """Add what a sentence says about an already known call."""
    d.evidence.setdefault((sent.start_char, sent.end_char), evidence_of(r, sent))
    for key, ev in reports_in(r, sent).items():
        d.reports.setdefault(key, ev)
    day, weak = call_day(r, sent, d.status, anchor) if days else (None, False)
    if days and d.day is None and day is None and r.last_vague and len(d.evidence) == 1:
        d.period = r.last_vague
    if days and anchor is not None and not d.evidence_made_here(sent) and any(
            r.lower[i] in REPORTING for i in range(sent.start, sent.end)):
        weak = weak or day is not None  # "Trump confirmed the call to reporters on Wednesday"
    if day and (d.day is None or (d.day_weak and not weak)):
        d.day, d.day_weak = day, weak
    if d.duration is None:
        found = find_durations(sent.text)
        d.duration = found[0][2] if found else None
    d.caller = d.caller or caller_in(r, sent, d.participants)


_TIMESTAMP = re.compile(r"^[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EST|EDT|ET|local time)[^\n]{0,6})?[ \t]*$",
                        re.MULTILINE | re.IGNORECASE)


def _live_blog_days(drafts: list[_Draft], r: Reader) -> None:
    """A live blog's entries are stamped with a time of its own day: a call an entry tells
    without a day of its own took place that day."""
    stamps = [m.start() for m in _TIMESTAMP.finditer(r.meta_text)]
    if len(stamps) < 2 or r.meta.published is None:
        return
    for d in drafts:
        if d.day is None and d.period is None and d.status is CallStatus.OCCURRED and d.sent.start_char > stamps[0]:
            d.day, d.day_weak = r.meta.published, True


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
        # a day read off a reporting verb ("said in a statement on Friday") is no call's day
        return a.day == b.day or a.day_weak or b.day_weak
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
    r = Reader(doc, meta, index, gaz, text)
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
        for cue in cues:
            if r.plural(cue) or r.hypothetical(cue, sent):
                continue
            objs, prep = object_of(r, cue, sent)
            status = call_status(r, cue, sent)
            if not objs and made:
                made[-1].strong |= cue.kind != "weak"
                if made[-1].medium is CallMedium.UNSPECIFIED:
                    made[-1].medium = cue.medium
                continue
            caller = None
            if prep == "between":
                parts = {m.key for m in objs}
            else:
                subj = subject_of(r, cue.start, sent, frozenset(m.key for m in objs))
                if subj is None and objs:
                    subj = sentence_subject_after(r, objs[-1].end, sent)
                if subj is None and not objs and cue.kind != "weak" and is_fronted(r, cue, sent):
                    objs = fronted(r, cue, sent)  # "In a phone call on Tuesday, Xi told Biden ..."
                parts = {m.key for m in objs}
                if subj:
                    parts |= coordinated_subject(r, subj, cue.start, sent) if not objs else {subj}
                if subj and not objs and len(parts) == 1:
                    teller = speaker_of(r, cue.start, sent, subj)
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
                pair = None if recent else last_two_leaders(r, cue.start, sent)
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
            subject = next(iter(parts - {m.key for m in objs}), None) if len(parts - {m.key for m in objs}) == 1 else None
            for other in second_objects(r, objs, prep, sent):
                if subject and other.key not in parts:
                    # "spoke to Aoun late Sunday and to Salam early Monday": a call of its own
                    e = _Draft(sent, {subject, other.key}, strong, status, caller=caller, medium=cue.medium)
                    e.anchor = other.start
                    made.append(e)
        if made:
            for key in joined_in(r, sent):
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
            or (r.has(sent.start, sent.end, r.report_anaphora) and reports_in(r, sent) and _follows(r, current, sent))
        ):
            # "the conversation" is one that took place, not the one planned after it
            target = current if current.status is CallStatus.OCCURRED or told is None else told
            target.strong |= any(c.kind != "weak" for c in cues)
            target.participants.update(joined_in(r, sent))
            _absorb(target, r, sent, first_match(r, sent, r.anaphora_strong) or first_match(r, sent, r.anaphora))
        elif strong_cues and not r.has(sent.start, sent.end, r.anaphora) and not any(r.definite(c) for c in strong_cues):
            # "European leaders held a video conference on Sunday": a call whose participants
            # the following sentences name ("The call was joined by ...")
            cue = strong_cues[0]
            parts = set(joined_in(r, sent))
            subj = subject_of(r, cue.start, sent)
            if subj:
                parts.add(subj)
            pending = _Draft(sent, parts, True, call_status(r, cue, sent), medium=cue.medium, anchor=cue.start)
            _absorb(pending, r, sent, cue.start)
            drafts.append(pending)
            current = pending
            told = pending if pending.status is CallStatus.OCCURRED else told
        elif current is not None and _follows(r, current, sent) and joined_in(r, sent) \
                and not r.has(sent.start, sent.end, r.in_person):
            # "Merz, Meloni, Tusk ... took part, according to a statement": more on who was on it
            current.participants.update(joined_in(r, sent))
            _absorb(current, r, sent, days=False)
            last_told = sent_index
        elif current is not None and _continues(r, current, sent, _follows(r, current, sent), sent_index - last_told <= 3):
            # "Trump invited Lee to visit Washington, Yonhap reported.": more on the same call
            _absorb(current, r, sent, days=False)
            last_told = sent_index
        if made or (current is not None and current.evidence_made_here(sent)):
            last_told = sent_index
        elif current is not None and (sent.start_char, sent.end_char) in current.evidence:
            last_told = sent_index
        subject = sentence_subject(r, sent)
        if subject:
            r.sent_subjects.append((sent.start, subject))
    drafts = _drop_summaries([d for d in drafts if len(d.participants) >= 2])
    _live_blog_days(drafts, r)
    strong_sets = {frozenset(d.participants) for d in drafts if d.strong}
    accepted = [d for d in drafts if d.strong or frozenset(d.participants) in strong_sets
                or any(frozenset(d.participants) <= s for s in strong_sets)]
    return tuple(_freeze(d, meta) for d in _merge_drafts(accepted))


def _bare_spoke(r: Reader, cue: Cue, sent: Span, parts: set[str]) -> bool:
    """ "Erdogan and Putin spoke on Tuesday": leaders who "spoke" with each other, with no sign
    of a meeting in person, held a call."""
    words = " ".join(r.lower[cue.start : cue.end])
    planned = words in ("speak", "talk") and call_status(r, cue, sent) is CallStatus.PLANNED  # "are expected to speak"
    if (words not in r.lex["bare_spoke"] and not planned) or len(parts) < 2:
        return False
    if not all(r.index.kind(p) is EntityKind.LEADER for p in parts if p in r.index.entities):
        return False
    after = r.lower[cue.end] if cue.end < sent.end else ""
    on_day = after == "on" and cue.end + 1 < len(r.doc) and r.doc[cue.end + 1].lower_ in r.weekdays
    to_leader = after == "to" and (m := r.person_after(cue.end + 1)) is not None and m.kind is EntityKind.LEADER
    if after in r.lex["not_after_bare_spoke"] and not (on_day or to_leader):
        return False  # "spoke to reporters", "spoke at a rally"; but "spoke to President X"
    # a meeting in the same clause ("spoke at the summit they met at") is in person; one
    # later in the sentence ("shortly before the cabinet met") says nothing of the talk
    return not r.has(max(sent.start, cue.start - 8), clause_end(r, cue.end, sent, 12), r.in_person)


def _follows(r: Reader, current: _Draft, sent: Span) -> bool:
    """A sentence right after one that told the call ("The disclosure was made in a post on ...")."""
    last_end = max(e for _, e in current.evidence) if current.evidence else current.sent.end_char
    # the reader's copy of the text: Doc.text rebuilds the whole string on every access
    return not r.meta_text[last_end : sent.start_char].strip()


def _freeze(d: _Draft, meta: ArticleMeta) -> CallMention:
    parts = tuple(sorted(d.participants))
    reports = tuple(sorted((Report(k, ev) for k, ev in d.reports.items()), key=lambda x: (x.outlet, x.evidence.start)))
    evidence = tuple(sorted(d.evidence.values(), key=lambda e: e.start))
    return CallMention(
        article_id=meta.id, participants=parts, status=d.status,
        caller=d.caller if d.caller in d.participants else None, date=d.day, medium=d.medium,
        duration_minutes=d.duration, reports=reports, evidence=evidence, period=None if d.day else d.period,
    )
