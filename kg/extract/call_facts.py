"""What else a sentence says about a call: its status, its day, how long, who called, who reported it.

Functions over a ``Reader``. Status cues come from ``data/lexicon/status.json`` (denied and
attempted win over planned, planned over occurred); the day is the date expression nearest
the cue, leaving out days tied to an outlet ("the Post on Sunday"), to another event ("days
after the tariff took effect on Aug. 6") or to a reporting verb (a fallback only); reporters
are outlets in a sentence with a reporting cue, never the article's own publisher.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span

from kg.extract.dates import find_date_expressions, resolve_date, resolve_period
from kg.extract.sentence import DAY_RELATIVE, OTHER_EVENT, REPORTING, Cue, Phrases, Reader
from kg.model import CallStatus, EntityKind, Evidence

__all__ = ["call_status", "clause_end", "call_day", "reports_in", "caller_in", "evidence_of", "opens_sentence",
           "first_match"]


def call_status(r: Reader, cue: Cue, sent: Span) -> CallStatus:
    """Denied, attempted, planned or occurred, from the cues of the cue's own clause.

    "Netanyahu speaks with Modi as Syria denies report of call" denies the second call only;
    words inside a quotation ("will continue to support") say nothing of the call's status.
    """
    lo, hi = _clause(r, cue, sent)
    quoted = _quoted(r, sent)

    def has(a: int, b: int, name: str) -> bool:
        return any(r.match(i, r.status_cues[name]) and i not in quoted for i in range(max(a, sent.start), min(b, sent.end)))

    for name, status in (("denied", CallStatus.DENIED), ("attempted", CallStatus.ATTEMPTED)):
        if has(lo, hi, name):
            return status
    # the future may be told before a subordinate clause: "is expected to ... when he speaks"
    if has(cue.start - 8, min(hi, cue.end + 4), "planned") \
            or has(cue.end, clause_end(r, cue.end, sent, 14), "planned_after"):
        return CallStatus.PLANNED
    return CallStatus.OCCURRED


def _clause(r: Reader, cue: Cue, sent: Span) -> tuple[int, int]:
    breaks = r.clause_breaks
    lo = sent.start
    for j in range(cue.start - 1, max(sent.start, cue.start - 14) - 1, -1):
        if r.lower[j] in breaks:
            lo = j + 1
            break
    hi = sent.end
    for j in range(cue.end, sent.end):
        if r.lower[j] in breaks:
            hi = j
            break
    return lo, hi


def _quoted(r: Reader, sent: Span) -> set[int]:
    """Tokens inside quotation marks in the sentence."""
    inside, out = False, set()
    for t in sent:
        if t.text in ("“", "”", '"'):
            inside = not inside if t.text == '"' else t.text == "“"
            continue
        if inside:
            out.add(t.i)
    return out


def clause_end(r: Reader, start: int, sent: Span, most: int) -> int:
    """Where the clause that starts at ``start`` ends: a comma, semicolon or dash, or ``most`` tokens."""
    for j in range(start, min(sent.end, start + most)):
        if r.lower[j] in (",", ";", "—", "–", ":"):
            return j
    return min(sent.end, start + most)


def call_day(r: Reader, sent: Span, status: CallStatus, anchor: int | None = None) -> tuple[date | None, bool]:
    """The call's day from the date expression nearest the cue (``anchor``, a token).

    A vague nearest expression ("last week") means no day, not a farther one; a day tied
    to an outlet ("the Post on Sunday") is the report's, and one tied to a reporting verb
    ("said on Dec. 28") is only a fallback.
    """
    candidates = []
    for s, e, expr in find_date_expressions(sent.text):
        tok = r.doc.char_span(sent.start_char + s, sent.start_char + e, alignment_mode="expand")
        if tok is None:
            continue
        if any(r.mention_at.get(j) and r.mention_at[j].kind is EntityKind.OUTLET
               for j in range(max(sent.start, tok.start - 4), tok.start)):
            continue  # "the Washington Post on Sunday": the report's day, not the call's
        lo, hi = (anchor, tok.start) if anchor is not None and tok.start >= anchor else (tok.end, anchor or tok.end)
        if any(r.lower[k] in OTHER_EVENT for k in range(lo, hi)):
            continue  # "came days after the tariff took effect on Aug. 6": another event's day
        window = r.lower[max(sent.start, tok.start - 6) : tok.start]
        weak = any(w in REPORTING for w in window)
        reported = any(r.lower[i] in REPORTING for i in range(sent.start, tok.start))
        vague = None
        if reported and expr.lower().strip() in DAY_RELATIVE:
            day = None  # "he said he had spoken earlier in the day": relative to an unknown post
        else:
            day = resolve_date(expr, r.meta.published, future=status is CallStatus.PLANNED)
            # "in July", "last week": a time, but not a day
            vague = resolve_period(expr, r.meta.published) if day is None else None
        # after the cue and close is most likely the call's own day ("spoke ... on Tuesday");
        # before it, only when nothing follows ("On Tuesday, X phoned Y")
        if anchor is None:
            distance = 0
        elif tok.start == sent.start or (tok.start > sent.start and opens_sentence(r, sent, tok.start)):
            distance = 1  # "On Monday evening, X spoke with Y": the opening date is the clause's
        elif tok.start >= anchor:
            distance = tok.start - anchor if tok.start - anchor <= 25 else 500 + tok.start - anchor
        else:
            distance = 100 + anchor - tok.end
        if vague and not expr.lower().startswith(("last", "earlier", "this", "over", "recently", "in recent")):
            distance += 50  # "agreement reached in November": a bare month is a weak clue
        candidates.append((weak, distance, day, vague))
    r.last_vague = None
    if not candidates:
        return None, False
    firm = [c for c in candidates if not c[0]]
    if firm:
        best = min(firm, key=lambda c: c[1])
        r.last_vague = best[3]
        return best[2], False
    day = min(candidates, key=lambda c: c[1])[2]
    return day, day is not None


def reports_in(r: Reader, sent: Span) -> dict[str, Evidence]:
    if not r.has(sent.start, sent.end, r.report_cues):
        return {}
    ev = evidence_of(r, sent)
    return {m.key: ev for m in r.index.mentions
            if m.kind is EntityKind.OUTLET and sent.start <= m.start < sent.end and m.key != r.own_outlet}


def caller_in(r: Reader, sent: Span, participants: set[str]) -> str | None:
    for i in range(sent.start, sent.end):
        n = r.match(i, r.initiated)
        if not n:
            continue
        for j in range(i + n, min(sent.end, i + n + 5)):
            m = r.mention_at.get(j)
            if m is None:
                continue
            if m.key in participants:
                return m.key
            if m.kind is EntityKind.COUNTRY:
                country = r.index.entities[m.key].name
                same = [p for p in participants if r.index.country(p) == country]
                return same[0] if len(same) == 1 else None
        for j in range(i + n, min(sent.end, i + n + 4)):
            country = r.index.adjectives.get(j)
            if country:  # "initiated by the Qatari side"
                same = [p for p in participants if r.index.country(p) == country]
                return same[0] if len(same) == 1 else None
    return None


def evidence_of(r: Reader, sent: Span) -> Evidence:
    raw = r.meta_text[sent.start_char : sent.end_char]
    text = raw.strip()
    start = sent.start_char + len(raw) - len(raw.lstrip())
    return Evidence(r.meta.id, start, start + len(text), text)



def opens_sentence(r: "Reader", sent: Span, start: int) -> bool:
    """The date opens the sentence after a dateline or a leading adverb ("Earlier, on Monday ...")."""
    return all(r.lower[k] in (",", "earlier", "later", "separately", "meanwhile", "also", "--", "—", "-")
               for k in range(sent.start, start))


def first_match(r: Reader, sent: Span, phrases: Phrases) -> int | None:
    return next((i for i in range(sent.start, sent.end) if r.match(i, phrases)), None)
