"""Who reported a call, and the sentences that say so.

``reports_in(view, sent)``: the outlets of a sentence that carries a reporting cue ("according
to", "reported", "told", "in a post on", "carried by"; ``data/lexicon/reports.json``), except
the article's own publisher. ``evidence_of(view, sent)``: the sentence as evidence, with offsets
into the article text.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

from kg.extract.calls.cues import find_cues
from kg.extract.calls.discourse import labelled_speaker, paragraph_of
from kg.extract.calls.frames import shown_in_picture
from kg.extract.calls.view import QUOTES_CLOSE, QUOTES_OPEN, DocView, SentView, outlet_label
from kg.model import EntityKind, Evidence

__all__ = ["reports_in", "interview_reports", "evidence_of", "has_report_cue"]


def evidence_of(view: DocView, v: SentView) -> Evidence:
    raw = view.text[v.char_start : v.char_end]
    text = raw.strip()
    start = v.char_start + len(raw) - len(raw.lstrip())
    return Evidence(view.meta.id, start, start + len(text), text)


def has_report_cue(view: DocView, v: SentView) -> bool:
    # (``Phrases.find``: the same test as ``match`` at each word, after its two set operations)
    return view.lex.report_cues.find(v.lower) is not None


def _tied(view: DocView, v: SentView, start: int, end: int) -> bool:
    """The outlet is what a reporting word is about: "according to X", "told X", "X reported",
    "in a post on X", "X's account", "the X report"."""
    lex = view.lex
    cues = lex.report_cues
    # "confirmed the call to the news agency X": the descriptor is part of the outlet's phrase
    lead = next((start - n for n in (3, 2, 1) if start - n >= v.start
                 and lex.outlet_descriptors.match(v.lower, start - n - v.start) == n), start)
    if lead < start and v.low(lead - 1) == "the":
        lead -= 1
    before = v.lower[max(0, lead - 6 - v.start) : lead - v.start]
    if v.low(lead - 1) == "to" and _said_to(v, cues, lead - 1):
        return True  # "confirmed the hour of the conversation to Lusa": the one it was said to
    on = start - 2 if v.low(start - 1) in ("its", "his", "her", "their") else start - 1
    if v.low(on) == "on" and _published_before(v, lex, on):
        return True  # "posted a photo from the call on X", "... on its X page"
    if v.low(end) in ("'s", "’s"):
        # "Vell Radio's Morning Hour programme reported the call": past the programme's name
        k = end + 1
        while k < min(v.end, end + 6) and v.tok(k)[:1].isupper():
            k += 1
        if k > end + 1 and v.low(k) in lex.programme_nouns:
            end = k + 1
    if end < v.end and v.tok(end) in lex.outlet_head_words:
        end += 1  # "SLBC Television in the evening aired ...": a known outlet's medium word after it
    # "The Vell Courier newspaper in Port Vella said": past its descriptor and the place it is in
    # (a few capitalised words), when a place follows (the descriptor may be a cue of its own:
    # "a clip on its YouTube channel")
    k = end + (lex.outlet_descriptors.match(v.lower, end - v.start) if end < v.end else 0)
    if v.low(k) == "in" and k + 1 < v.end and v.tok(k + 1)[:1].isupper():
        k += 1
        while k < min(v.end, end + 7) and v.tok(k)[:1].isupper() and v.tok(k).isalpha():
            k += 1
        if v.tok(k)[:1].isalpha():
            end = k  # (the outlet's own verb right after: not "who owns the X newspaper in Vella, said")
    after = v.lower[end - v.start : min(len(v.lower), end + 4 - v.start)]
    first = after.index("first") if "first" in after else None
    if first is not None and "to" in after[first:]:
        # "X was the first to break the news of the call", "X was the first to carry it"
        to = end + first + after[first:].index("to")
        after = v.lower[end - v.start : min(len(v.lower), to + 3 - v.start)]
    windows = [before, after]
    if v.low(end) == ",":
        # "The Tribune, a Varnian weekly, reported ...": past the apposition too
        close = _apposition_end(v, end)
        if close is not None:
            windows.append(v.lower[close + 1 - v.start : min(len(v.lower), close + 5 - v.start)])
    for words in windows:
        for n, w in enumerate(words):
            if w in cues and cues.match(words, n):
                return True
    return False


def _said_to(v: SentView, cues, to: int) -> bool:
    """A reporting cue opens the clause that ends in ``to`` (the word before an outlet), however
    long its object ("confirmed the hour of the conversation to X", "described the conversation in
    some detail to X"), with no comma, colon or full stop between."""
    for k in range(to - 1, max(v.start, to - 12) - 1, -1):
        if v.low(k) in (",", ".", ";", ":"):
            return False
        if v.low(k) in cues.firsts and cues.match(v.lower, k - v.start):
            return True
    return False


def _published_before(v: SentView, lex, on: int) -> bool:
    """A verb of publishing within ten words before ``on``, no comma or full stop between, and
    the call itself what was put out ("posted a photo from the call on X", "a photograph of
    herself on the phone on X"; not "a photo of the flood", "a warning about scams on the phone")."""
    call = False
    for k in range(on - 1, max(v.start, on - 10) - 1, -1):
        low = v.low(k)
        if low in (",", ".", ";", ":", "that", "saying"):
            return False  # (nor a clause of what was written: "wrote about the call that he would go on X")
        if lex.nouns.match(v.lower, k - v.start) or lex.anaphora.match(v.lower, k - v.start) \
                or low in lex.medium_words and _shown_on_the_line(v, lex, k):
            call = True  # (or "a photograph of herself on the phone": the call shown)
        if low in lex.publishing_verbs or k > v.start and f"{v.low(k - 1)} {low}" in lex.publishing_verbs:
            return call  # ("put out": a verb of two words)
    return False


def _shown_on_the_line(v: SentView, lex, k: int) -> bool:
    """The medium word at ``k`` closes "on the phone" after a picture of someone ("a photograph
    of X on the phone", "footage of herself on the phone"): the call is what the picture shows."""
    on = k - 2
    if v.words(on, k) != ("on", "the"):
        return False
    np = v.np(on - 1)
    if np is not None and shown_in_picture(v, lex, np, on):
        return True
    # (or an English reflexive, which is no person phrase: "of herself")
    return v.low(on - 1).endswith(("self", "selves")) and v.low(on - 2) == "of" and v.low(on - 3) in lex.depiction_nouns


def _apposition_end(v: SentView, end: int) -> int | None:
    """The comma closing an apposition opened by the comma at ``end``."""
    return next((k for k in range(end + 1, min(v.end, end + 16)) if v.low(k) == ","), None)


def reports_in(view: DocView, v: SentView) -> Mapping[str, Evidence]:
    """Outlets of the sentence tied to a reporting word; never the publisher, nor generic
    sources ("Chinese state media", "US media"), which name no outlet, nor an outlet named in
    another's apposition ("The Tribune, a weekly owned by the Daily Star, reported").

    A sentence that names none but refers back to a post ("In the same post, she said ...")
    takes the outlets of the nearest of the three sentences before that names some, with that
    sentence as their evidence: the post was told there; one inside a quotation opened before
    it takes the outlets of the sentence that opened the quotation."""
    if _message_posted(view, v):
        return MappingProxyType({})  # "Y had posted her congratulations on X overnight": her message, no call
    found = _reports_of(view, v)
    if found:
        return found
    if (at := view.lex.post_anaphora.find(v.lower)) is not None \
            and (at == 0 or v.lower[at - 1] in (",", "and", "but", '"') or v.lower[at - 1] in QUOTES_CLOSE):
        # ("In another post, she said ...", '"...," the statement read': opening its clause; not
        # "X, who served in another post before", a post of another kind)
        for index in range(v.index - 1, max(-1, v.index - 4), -1):
            found = _reports_of(view, view.sents[index])
            if found:
                return found
        return found
    opener = _quotation_opener(view, v)
    if opener is not None:
        # ('It read in part: "..."': the statement told before carried it; see post_anaphora)
        return reports_in(view, opener)
    before = _post_told_before(view, v)
    return _reports_of(view, before, posted=True) if before is not None else found


def interview_reports(view: DocView, v: SentView) -> Mapping[str, Evidence]:
    """The outlet an interview printed as questions and answers was given to, for a sentence of
    one of its answers: every question is labelled with that one outlet's name ("Vell Radio: Has
    the President spoken with X?"), two questions at least, and the sentence's paragraph answers
    one (labelled with its speaker, "Dule: ...", or the paragraph right after a question). Its
    evidence is the first sentence naming the outlet before the first question (the one telling
    the interview: "X gave an interview to Vell Radio"), else that question. A press briefing,
    whose questions several outlets ask, gives none; nor does the article's own publisher."""
    found = view.memo.get("interview_outlet", False)
    if found is False:
        found = view.memo["interview_outlet"] = _interview_outlet(view)
    if found is None:
        return MappingProxyType({})
    key, questions, ev = found
    first = paragraph_of(view, v)[0].index
    if first < min(questions) or first in questions:
        return MappingProxyType({})
    after_question = first > 0 and paragraph_of(view, view.sents[first - 1])[0].index in questions
    if not after_question and labelled_speaker(view, v) is None:
        return MappingProxyType({})  # (a paragraph of the article's own after the interview)
    return MappingProxyType({key: ev})


def _interview_outlet(view: DocView) -> tuple[str, frozenset[int], Evidence] | None:
    """(outlet, the questions' first sentences, evidence) of ``interview_reports``."""
    labels: list[tuple[int, str]] = []
    for s in view.sents:
        if (key := outlet_label(view, s)) is not None and paragraph_of(view, s)[0] is s:
            labels.append((s.index, key))
    keys = {key for _, key in labels}
    if len(labels) < 2 or len(keys) != 1 or view.own_outlet in keys:
        return None
    key, first = labels[0][1], labels[0][0]
    told = next((s for s in view.sents[:first] if any(m.key == key for m in s.others.values())), view.sents[first])
    return key, frozenset(index for index, _ in labels), evidence_of(view, told)


def _message_posted(view: DocView, v: SentView) -> bool:
    """The sentence tells a message someone posted ("posted her congratulations", "shared his
    condolences": a verb of publishing, a possessive and a message noun) and names no call."""
    lex = view.lex
    if lex.message_nouns.isdisjoint(v.lower):
        return False  # (most sentences: one set operation)
    return any(v.low(k) in lex.publishing_verbs and v.low(k + 1) in lex.possessive_pronouns and v.low(k + 2) in lex.message_nouns
               for k in range(v.start, v.end - 2)) \
        and not any(not c.in_person for c in find_cues(v, lex)) and lex.anaphora.find(v.lower) is None


def _post_told_before(view: DocView, v: SentView) -> SentView | None:
    """The sentence right before ``v`` in its paragraph, when ``v`` opens a written quotation ('"...,"
    she wrote', maybe a sentence or two later) that names no platform: the post it quotes was told
    there ("X followed up on Y.")."""
    if v.index == 0 or not v.quoted or v.low(v.start) not in QUOTES_OPEN and v.low(v.start) != '"':
        return None
    prev = view.sents[v.index - 1]
    if "\n" in view.text[prev.char_end:v.char_start]:
        return None
    for s in view.sents[v.index:v.index + 3]:
        if s.index > v.index and "\n" in view.text[view.sents[s.index - 1].char_end:s.char_start]:
            return None
        # (after the quotation's last mark: a sentence that closes a quotation opened before it
        # cannot tell its own marks apart)
        last = max((k for k in range(s.start, s.end) if s.low(k) in QUOTES_CLOSE or s.low(k) == '"'), default=None)
        if last is not None and any(s.low(k) in view.lex.writing_verbs for k in range(last + 1, s.end)):
            return prev
    return None


def _quotation_opener(view: DocView, v: SentView) -> SentView | None:
    """The sentence that opened the quotation still open where ``v`` starts ('X wrote on his
    page: "Big day. I will call Y tomorrow."'): what carried the quotation carried all of it.
    Read from the paragraph's first sentence: a sentence that closes a quotation opens none. A
    paragraph opening with a quotation mark after one that left its quotation open goes on with
    it (the press's way of quoting a statement over several paragraphs)."""
    return _open_before(view, v.index, depth=0)


def _open_before(view: DocView, index: int, depth: int) -> SentView | None:
    """The opener of the quotation open where sentence ``index`` starts (``_quotation_opener``),
    looking back over at most 12 paragraphs."""
    first = _paragraph_start(view, index)
    opener = None
    head = view.sents[first].text[:1]
    if first > 0 and depth < 12 and head and (head[0] in QUOTES_OPEN or head[0] == '"'):
        opener = _open_after(view, first - 1, depth + 1)  # (left open by the paragraph before)
    carried = opener is not None
    for s in view.sents[first:index]:
        # (a paragraph's opening mark re-opens the quotation it carries)
        opener = _scan(s, opener, skip_first=carried and s.index == first)
    return opener


def _open_after(view: DocView, index: int, depth: int) -> SentView | None:
    """The opener of the quotation still open after sentence ``index``."""
    before = _open_before(view, index, depth)
    return _scan(view.sents[index], before, skip_first=before is not None and _paragraph_start(view, index) == index)


def _paragraph_start(view: DocView, index: int) -> int:
    first = index
    while first > 0 and "\n" not in view.text[view.sents[first - 1].char_end : view.sents[first].char_start]:
        first -= 1
    return first


def _scan(s: SentView, opener: SentView | None, skip_first: bool = False) -> SentView | None:
    """The opener of the quotation open after sentence ``s``, given the one open before it."""
    for n, t in enumerate(s.text):
        if skip_first and n == 0:
            continue
        if t in QUOTES_OPEN or t == '"' and opener is None:
            opener = s
        elif t in QUOTES_CLOSE or t == '"':
            opener = None
    return opener


def _label_outlet(v: SentView, start: int, end: int) -> bool:
    """ "Question (Vell Radio): ...": a transcript's label names who asked, not who reported."""
    return start - 2 == v.start and v.low(start - 1) == "(" and (
        v.low(end) == "):" or v.low(end) == ")" and v.low(end + 1) == ":")  # (the tokenizer keeps "):" whole)


def _reports_of(view: DocView, v: SentView, posted: bool = False) -> Mapping[str, Evidence]:
    """``posted``: ``v`` tells the post a written quotation after it comes from, so an outlet
    "on" (or "to", "via") which something happened there is where it was posted ("X followed
    up on Y.", "X took to Y.")."""
    outlets = set()
    mentions = [m for m in {id(m): m for m in v.others.values()}.values() if m.kind is EntityKind.OUTLET]
    inside = set()
    for o in mentions:
        close = _apposition_end(v, o.end) if v.low(o.end) == "," else None
        if close is not None and v.low(o.end + 1) not in view.lex.citing_words:
            inside.update(id(m) for m in mentions if o.end < m.start and m.end <= close)
    for m in mentions:
        if m.key == view.own_outlet or id(m) in inside or _label_outlet(v, m.start, m.end):
            continue
        info = view.entities.get(m.key)
        if info is not None and info.generic:
            continue
        if _tied(view, v, m.start, m.end) or posted and v.low(m.start - 1) in ("on", "via", "to"):
            outlets.add(m.key)
    if not outlets:
        return MappingProxyType({})
    ev = evidence_of(view, v)
    return MappingProxyType({key: ev for key in sorted(outlets)})
