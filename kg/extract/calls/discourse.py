"""Who a pronoun, a group or a bare title stands for, from what the article said before.

Pure functions over a ``DocView``:
- ``subject_of_sentence(view, sent)``: the first person phrase not governed by a preposition
  (a pronoun there resolves in turn);
- ``resolve(view, sent, np, context)``: a person phrase -> entity keys. A name is its key; "he",
  "his" the subject of the sentence before it, else the subject of the last sentences; "him"
  the person named last who is not the clause's subject; "I", "we", "my" the speaker of the
  quotation (the person right after its closing mark, or before its opening one, in the
  paragraph); "the two leaders" the participants of the call just told, else the two leaders
  named last; "the President" the one leader of the article with that title who is not
  already on the call (written with capitals, "dialled the President", the home country's
  holder when the article names them; "the president-elect" the one taking office).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from kg.extract.calls.lexicon import Lexicon
from kg.extract.calls.view import (CLOSING_MARKS, GROUP, NAME, OPENING_MARKS, PRONOUN, QUESTION_PARAGRAPH, ROLE, TITLE_LINKS, DocView, PersonNP, outlet_label,
                                   SentView, label_before, object_pronoun)
from kg.extract.roles import holds_portfolio, minister_roles_not
from kg.model import EntityKind

__all__ = ["Answer", "quoted_statement_before", "transcript_answer", "answered_yes", "Context", "resolve", "subject_of_sentence", "with_subject_of", "quote_speaker", "leaders_named_before", "paragraph_of"]

@dataclass(frozen=True, slots=True)
class Context:
    """What the fold knows when it reads a sentence: recent sentence subjects (newest last) and
    the participants of the call being told."""

    recent: "tuple[tuple[int, str], ...] | _SubjectsAfter" = ()  # ``subjects``, or how to work them out
    current: frozenset[str] = frozenset()
    current_index: int = -10

    @property
    def subjects(self) -> tuple[tuple[int, str], ...]:
        """(sentence index, entity key) of the last six sentences with a subject, newest last."""
        recent = self.recent
        return recent if type(recent) is tuple else recent.value()


def with_subject_of(view: DocView, v: SentView, ctx: Context) -> Context:
    """``ctx`` once sentence ``v`` (read in ``ctx``) has been read: its subject, if it has one,
    joins the recent subjects. The subject is worked out only when a later sentence asks for
    them (a pronoun or a bare title to resolve), not for every sentence."""
    return Context(_SubjectsAfter(view, v, ctx), ctx.current, ctx.current_index)


class _SubjectsAfter:
    """The recent subjects after sentence ``sent``, read in context ``ctx``: its subject (worked
    out in that context, as if right then) added to ``ctx``'s, on first use, then kept.

    Working out a subject needs the sentence's person phrases; only a pronoun or a bare title
    looks back at the subjects, so most sentences' phrases are never built for it."""

    __slots__ = ("view", "sent", "ctx", "_value")

    def __init__(self, view: DocView, sent: SentView, ctx: Context) -> None:
        self.view, self.sent, self.ctx = view, sent, ctx
        self._value: tuple[tuple[int, str], ...] | None = None

    def value(self) -> tuple[tuple[int, str], ...]:
        if self._value is not None:
            return self._value
        # the sentences back to the last one worked out, worked out oldest first (a loop, not
        # recursion: a long article has thousands of sentences)
        chain: list[_SubjectsAfter] = []
        node = self
        while type(node) is _SubjectsAfter and node._value is None:
            chain.append(node)
            node = node.ctx.recent
        for n in reversed(chain):
            before = n.ctx.subjects  # (the one before is worked out by now)
            subject = subject_of_sentence(n.view, n.sent, n.ctx)
            n._value = before if subject is None else (before + ((n.sent.index, subject),))[-6:]
            n.view = n.sent = n.ctx = None  # not needed any more
        return self._value


def _name_subject(v: SentView, lex: Lexicon) -> PersonNP | None:
    for np in v.nps:
        if np.governor not in lex.governing_prepositions and not (np.kind == NAME and np.possessive and v.np(np.end) is None
                                                 and v.low(np.end) not in lex.possessed_call_words):
            return np
    return None


def _introduces_self(v: SentView, np: PersonNP) -> bool:
    """ "Ann Roe, Vell Post.": a name, a comma and capitalised words alone to the sentence's end
    (an asker introducing herself in a transcript, no one the question is about)."""
    return np.kind == NAME and np.end < v.end and v.low(np.end) == "," and v.end - np.end <= 8 \
        and v.low(v.end - 1) != "?" and not any(v.tok(k)[:1].islower() for k in range(np.end, v.end))
    # (not a vocative: "What about X, President Varga?")


def subject_of_sentence(view: DocView, v: SentView, ctx: Context) -> str | None:
    if view.lex.caller_lists.find(v.lower) is not None:
        return None  # "Among the callers were A and B": a list, not whom the story goes on about
    np = _name_subject(v, view.lex)
    if np is None:
        # "Until now Varga's diplomacy was mostly done by phone": the one person the sentence
        # names, as a possessor, is whom it is about
        named = [n for n in v.nps if n.kind != PRONOUN]
        return named[0].key if len(named) == 1 and named[0].kind == NAME and named[0].possessive else None
    if _introduces_self(v, np):
        return None  # "Ann Roe, Vell Post.": an asker introducing herself, no sentence about her
    if np.kind == NAME:
        return np.key
    if np.kind == PRONOUN and np.word in view.lex.third_singular:
        keys = resolve(view, v, np, ctx)
        return keys[0] if len(keys) == 1 else None
    return None


def paragraph_of(view: DocView, v: SentView) -> list[SentView]:
    """The sentences of the paragraph of ``v`` (paragraphs end at a blank line)."""
    sents = view.sents
    i = v.index

    def blank_after(k: int) -> bool:
        # (a line with no full stop keeps its line breaks: "PRIME MINISTER OF VELL\n\n")
        gap = view.text[sents[k].char_start : sents[k + 1].char_start]
        return "\n\n" in gap[len(gap.rstrip()):]

    lo = i
    while lo > 0 and not blank_after(lo - 1) and i - lo < 6:
        lo -= 1
    hi = i
    while hi + 1 < len(sents) and not blank_after(hi) and hi - i < 6:
        hi += 1
    return list(sents[lo : hi + 1])


def _heading_person(view: DocView, v: SentView, np: PersonNP) -> str | None:
    """The person a heading of its own names, a name alone on the line before the paragraph
    that ``np`` opens ("Lars Berg" above "The outgoing president rang X late on Wednesday"):
    a list's section about that person."""
    if v.index == 0 or np.start > v.start + 1 or paragraph_of(view, v)[0] is not v:
        return None
    heading = view.sents[v.index - 1]
    if len(paragraph_of(view, heading)) != 1:
        return None
    names = [n for n in heading.nps if n.kind == NAME]
    if len(names) != 1 or names[0].start != heading.start or not names[0].key \
            or any(heading.tok(k).isalnum() for k in range(names[0].end, heading.end)):
        return None
    return names[0].key


def _interviewee(view: DocView, v: SentView) -> str | None:
    """In an interview printed as questions and answers with no labels ("X sat down with Vell
    Radio on Thursday. ... / And Ostria? / We talk often. I phoned Y last week."), the one
    an answer's "I" stands for: the named subject of the opening sentence that tells the interview
    (reports.json interview_words), when the paragraph before ``v``'s ends with a question."""
    first = paragraph_of(view, v)[0]
    # (a question put before a statement of its own: "What about Y? Y has not called you.")
    before = paragraph_of(view, view.sents[first.index - 1]) if first.index else []
    if not before or not (_asks(view, before[0]) or _asks(view, before[-1])):
        return None
    return _interview_subject(view, first.index)


def _asks(view: DocView, s: SentView) -> bool:
    return view.text[s.char_start:s.char_end].rstrip().endswith("?")


def _is_question(view: DocView, paragraph: Sequence[SentView]) -> bool:
    """The paragraph asks: it ends with a question mark, or a question's label opens it ("Q.",
    "Question.", "Q:"), as an interview prints a question put as a statement ("Q. A paper
    reported that X phoned him.")."""
    first = paragraph[0]
    label = first.low(first.start)
    return _asks(view, paragraph[-1]) or label.rstrip(".") in view.lex.question_labels and (
        label.endswith(".") or first.low(first.start + 1) in (".", ":"))


def _interview_subject(view: DocView, before: int) -> str | None:
    """The one interviewed, named in the sentence of the text's opening (its first sentences,
    before sentence ``before``) that tells an interview (reports.json interview_openings), in a
    text with two paragraphs or more that are questions: its named subject ("X sat down with
    Vell News"), or, when that subject is a journalist or no one named ("The Herald's Ann Moe",
    "Our correspondent Ann Moe", "Our reporter"), the name right after the opening phrase."""
    questions = view.memo.get("questions")
    if questions is None:
        questions = view.memo["questions"] = len(QUESTION_PARAGRAPH.findall(view.text))
    if questions < 2:
        return None
    for s in view.sents[: min(before, _OPENING_SENTENCES)]:
        at, openings = view.lex.interview_openings.find(s.lower), view.lex.interview_openings
        if at is None and (by_outlet := view.lex.outlet_interview_openings.find(s.lower)) is not None \
                and any(o.kind is EntityKind.OUTLET and o.end == s.start + by_outlet for o in s.others.values()):
            at, openings = by_outlet, view.lex.outlet_interview_openings  # "The Vell Herald spoke with X"
        if at is not None:
            np = _name_subject(s, view.lex)
            after = s.start + at + openings.match(s.lower, at)
            if s.low(after) == "with" and (other := s.np(after + 1)) is not None and other.kind == NAME:
                return None  # "X held a press conference with Y": two who may answer
            asked = s.np(after)
            asked = asked if asked is not None and asked.start == after and asked.kind == NAME else None
            if asked is None:
                # "spoke with Foreign Minister X": the name after the title's words
                asked = next((n for n in s.nps if n.kind == NAME and after < n.start <= after + 4
                              and all(s.tok(k)[:1].isupper() or s.low(k) in view.lex.title_words
                                      for k in range(after, n.start))), None)
            if np is None or np.kind != NAME or (asked is not None and (_reporter_of_outlet(s, np) or _interviewer(s, np, view.lex))):
                # "The Herald's Ann Moe spoke to Minister X", "Our reporter sat down with X": the
                # one named right after the phrase answers
                return asked.key if asked is not None else None
            return np.key
    # ("Vell Radio: Whom did you call? / Ann Moe: ... / And the king? / I rang him ..."): the one
    # person whose name labels the answers printed with a label before, when only one does
    labelled = {speaker for k in range(min(before, len(view.sents)))
                if (k == 0 or "\n" in view.text[view.sents[k - 1].char_end:view.sents[k].char_start])
                and (speaker := _transcript_speaker(view, view.sents[k])) is not None}
    return next(iter(labelled)) if len(labelled) == 1 else None


def _answering(view: DocView, v: SentView, first: SentView) -> str | None:
    """Who answers in the paragraph that ``first`` opens: a transcript's labelled speaker, else, out
    of a quotation, the one an interview printed without labels is with ("Did you call X? / I did
    not call him")."""
    return _transcript_speaker(view, first) or (_interviewee(view, v) if not v.quoted else None)


def _interviewer(s: SentView, np: PersonNP, lex) -> bool:
    """ "Our correspondent Ann Moe", "Herald reporter Ann Moe": a name a journalist's noun stands
    right before (not "former journalist X", nor "Summit host Minister X", another title between)."""
    k = np.head_start - 1
    return k >= s.start and s.low(k) in lex.interviewer_nouns and s.low(k - 1) not in lex.office_modifiers


def _reporter_of_outlet(s: SentView, np: PersonNP) -> bool:
    """ "The Herald's Ann Moe", "Ann Moe of Vell News": a name owned by a capitalised name that is
    no person and no place the article knows (an outlet, known or not: its reporter), or followed
    by "of" and an outlet; not "Varnia's Ann Moe"."""
    if s.low(np.start - 1) in ("'s", "’s") and np.start - 2 >= s.start and s.tok(np.start - 2)[:1].isupper() \
            and s.np(np.start - 2) is None:
        owner = s.others.get(np.start - 2)
        return owner is None or owner.kind is EntityKind.OUTLET
    after = s.others.get(np.end + 1) if s.low(np.end) == "of" else None
    return after is not None and after.kind is EntityKind.OUTLET


# the opening that tells an interview is in a text's first sentences
_OPENING_SENTENCES = 8


def _transcript_speaker(view: DocView, first: SentView) -> str | None:
    """ "Ama Dule: Yes. I called him yesterday.", "A.D.: Yes.": the person whose name (or its
    initials) and a colon open the paragraph whose first sentence is ``first`` (a transcript's
    answer), who says its "I"."""
    np = first.np(first.start)
    if np is not None and np.kind == NAME and first.low(np.end) == ":":
        return np.key
    if first.low(first.start) in view.lex.honorifics and first.low(first.start + 2) == ":" \
            and first.tok(first.start + 1).isupper():
        return _surname_speaker(view, first.low(first.start + 1))  # "MS VARGA:", a briefing's house style
    if first.low(first.start + 1) != ":":
        return None
    label = first.low(first.start)
    if "." not in label and label in view.lex.office_labels and _holders(view, label):
        return None  # "PM:" in an article naming a prime minister: the office's label, not Paul Mills's initials
    return _initials_speaker(view, first.tok(first.start))


def _surname_speaker(view: DocView, surname: str) -> str | None:
    """The one person of the article whose name ends in ``surname`` (lower case); else None."""
    found = {m.key for m in view.mentions if (info := view.entities.get(m.key)) is not None
             and info.kind in (EntityKind.LEADER, EntityKind.PERSON) and info.name.casefold().split()[-1:] == [surname]}
    return found.pop() if len(found) == 1 else None


# a transcript's label of initials: "A.D.", "I.V.S.", "AD"
_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}|[A-Z]{2,4}")


def _initials_speaker(view: DocView, label: str) -> str | None:
    """The one person of the article whose name's initials (of its first and last words, or of
    all of them) are the label's letters ("A.D." for Ama Dule); None when none or several."""
    if not _INITIALS.fullmatch(label):
        return None
    letters = label.replace(".", "")
    found = view.memo.get(("initials", letters))
    if found is None:
        keys = set()
        for m in view.mentions:
            info = view.entities.get(m.key)
            if info is None or info.kind not in (EntityKind.LEADER, EntityKind.PERSON):
                continue
            words = [w for w in re.split(r"[\s-]+", info.name) if w[:1].isupper()]
            if len(words) >= 2 and letters in ("".join(w[0] for w in words), words[0][0] + words[-1][0]):
                keys.add(m.key)
        found = view.memo[("initials", letters)] = sorted(keys)
    return found[0] if len(found) == 1 else None


def _outlet_initials(view: DocView, label: str) -> bool:
    """A transcript's label of capitals that are the initials of an outlet the article names
    ("VRI" for Vella Radio International): the interviewer's label."""
    if not label.isalpha() or not label.isupper() or not 2 <= len(label) <= 5:
        return False
    found = view.memo.get("outlet_initials")
    if found is None:
        found = set()
        for s in view.sents:
            for m in set(s.others.values()):
                if m.kind is EntityKind.OUTLET:
                    words = [s.tok(k) for k in range(m.start, m.end) if s.tok(k)[:1].isupper()]
                    if len(words) >= 2:
                        found.add("".join(w[0] for w in words))
        view.memo["outlet_initials"] = found
    return label in found


def _office_speaker(view: DocView, first: SentView) -> str | None:
    """ "PRIME MINISTER: Last night I spoke with ...": a transcript's speaker labelled by an office
    alone (in capitals or not, "The President:", "Minister:"), the one holding it in the
    article's own country among the people the article names, else (no such one) the one holding
    it whom the headline names; None when the label is no office or the holder is not
    named, or not alone."""
    lex = view.lex
    k = first.start + (first.low(first.start) == "the")
    words = []
    while k < min(first.end, first.start + 5) and first.low(k) != ":":
        words.append(first.low(k))
        k += 1
    if k >= first.end or first.low(k) != ":" or not words or any(w not in lex.title_words for w in words):
        return None
    role = " ".join(words)
    if not view.sents:
        return None
    head = view.sents[0]
    first_line = " ".join(head.lower)
    holders = _holders(view, role)
    home = [key for key in holders if (country := view.entities[key].country) is not None
            and (country == view.home or view.home is None and _names_country(first_line, country))]
    if len(home) == 1:
        return home[0]
    # ("Transcript of Minister X's interview", no home country known: the one holding it whom
    # the headline names, by a name, not by a title alone such as "REMARKS BY THE PRESIDENT")
    titled = {m.key for m in view.mentions if m.key in holders and head.start <= m.start < head.end
              and any(head.low(k) not in lex.title_words for k in range(m.start, min(m.end, head.end)))}
    return next(iter(titled)) if len(titled) == 1 and not home else None


def _labelled_paragraph(view: DocView, first: SentView) -> SentView:
    """The first sentence of the answer a paragraph goes on with: itself when it opens with a
    label ("X:"), else the nearest paragraph before it that does, over three paragraphs at most (an
    answer runs on over paragraphs until the next label: "JOURNALIST: ...")."""
    k, seen = first.index, 0
    while k > 0 and seen < 3 and not _opens_with_label(view.sents[k]):
        k -= 1
        if paragraph_of(view, view.sents[k])[0].index == k:
            seen += 1
    return view.sents[k] if _opens_with_label(view.sents[k]) else first


def _opens_with_label(v: SentView) -> bool:
    return any(v.low(k) == ":" for k in range(v.start + 1, min(v.end, v.start + 5))) \
        and all(v.tok(k)[:1].isupper() for k in range(v.start, _label_colon(v)))


def label_reach(v: SentView, words: int) -> int:
    """How many tokens a transcript's label at the start of ``v`` may take before its colon:
    ``words``, or twelve when brackets after its first word hold a name and an outlet
    ("JOURNALIST (Ana Lind, Vell TV):")."""
    return 12 if v.low(v.start + 1) == "(" else words


def _capitals_label(v: SentView, lex) -> bool:
    """``v`` opens with a label of capitals and a colon ("CHIEF SECRETARY SORN:"), a briefing's
    speaker, within its first six words."""
    colon = next((k for k in range(v.start, min(v.end, v.start + 7)) if v.low(k) == ":"), None)
    # (not another question's label: "REPORTER:", "Q:")
    return colon is not None and colon > v.start and v.low(v.start) not in lex.question_labels and all(
        v.tok(k).isupper() for k in range(v.start, colon) if v.tok(k).isalpha()) and v.tok(v.start)[:1].isupper() \
        and any(v.tok(k).isalpha() and len(v.tok(k)) > 1 for k in range(v.start, colon))  # ("P. VARGA:")


def _label_colon(v: SentView) -> int:
    """The colon closing the label that opens ``v`` ("Ama Dule:", "A.D.:"), its first colon; only
    asked of a sentence that holds one."""
    return next(k for k in range(v.start, v.end) if v.low(k) == ":")


def _names_country(line: str, country: str) -> bool:
    """The article's first line (lower case) names the country, in any case ("PRIME MINISTER OF
    AUSTRALIA" atop a transcript): the home of an office label's holder when no outlet gives one."""
    return f" {country.lower()} " in f" {line} "


class Answer(NamedTuple):
    """The answer a transcript's question gets: who speaks it, whether it opens with a yes or a
    no (``None``: neither), the question's sentences after the one it was asked for, and the
    answer's first sentence."""

    speaker: str
    says: str | None
    rest: tuple[SentView, ...]
    reply: SentView  # the answer's first sentence, its label in it ("Dule: No. ...") or one of its own ("Answer.")


def transcript_answer(view: DocView, v: SentView) -> Answer | None:
    """For a sentence of a transcript's question ("Reporter: Did you call the king?", "Question
    (Vell Times): ..."), the answer of the paragraph after it ("Ilse Varga: No, ..."): its
    labelled speaker is the "you" of the question. None outside such a question."""
    lex = view.lex
    if v.index + 1 >= len(view.sents):
        return None
    para = paragraph_of(view, v)
    first = para[0]
    asker = first.low(first.start) in lex.question_labels or outlet_label(view, first) is not None or (  # "EURACTIV: Why ...?"
        first.low(first.start + 1) == ":" and _outlet_initials(view, first.tok(first.start)))  # "VRI:" for Vella Radio International
    labelled = asker and any(w in (":", "):") for w in first.lower[:label_reach(first, 6)])  # (the tokenizer keeps "):" whole)
    if para[-1].index + 1 >= len(view.sents):
        return None
    reply = view.sents[para[-1].index + 1]
    if labelled:
        speaker = _transcript_speaker(view, reply)
        if speaker is None and _capitals_label(reply, lex):
            speaker = ""  # "CHIEF SECRETARY SORN:": a speaker the article names nowhere else
        opens = _label_colon(reply) + 1 - reply.start if speaker is not None else 0
    elif not _opens_with_label(first) and _asks(view, para[-1]) and not _asks(view, paragraph_of(view, reply)[-1]) \
            and not _opens_with_label(reply):
        # an interview printed with no labels ("The Herald reported that you spoke with X. Is that
        # so? / No. ..."): the one interviewed answers (past the dash that may open an answer,
        # "— No. ...")
        speaker, opens = _interview_subject(view, v.index), 1 if reply.low(reply.start) in ("—", "–", "-") else 0
    elif _asks(view, para[-1]) and _opens_with_label(reply) and (speaker := _transcript_speaker(view, reply)) is not None \
            and (not _opens_with_label(first) or _transcript_speaker(view, first) not in (None, speaker)):
        # a question printed with no label, or with its asker's name, and its answer with a label
        # of its own ("Have you spoken to X? / Dule: No.", "Moe: Have you spoken to X? / Dule: No.")
        opens = _label_colon(reply) + 1 - reply.start
    else:
        return None
    if speaker is None:
        return None
    _, says = lex.answer_openers.lookup(reply.lower, opens)
    if says not in ("yes", "no") and len(reply.lower) - 3 > opens and reply.lower[-3] == "," and reply.lower[-1] in (".", "!"):
        # "I have been in touch with him since Friday, yes.": the answer's word at its end
        n, last = lex.answer_openers.lookup(reply.lower, len(reply.lower) - 2)
        says = last if n == 1 else says
    if says not in ("yes", "no") and reply.index + 1 < len(view.sents) \
            and "\n" not in view.text[reply.char_end : view.sents[reply.index + 1].char_start]:
        # "I read that story. It is not correct.": the answer's second sentence
        _, says = lex.answer_openers.lookup(view.sents[reply.index + 1].lower, 0)
    return Answer(speaker, says if says in ("yes", "no") else None, tuple(s for s in para if s.index > v.index), reply)


def _asked_about(view: DocView, first: SentView, exclude: frozenset[str], ctx: Context | None = None) -> str | None:
    """In a transcript's answer opened by ``first``, the person the question before it named
    last ("Reporter: Have you spoken with X? / Dule: I called him yesterday"), or the one a title
    it asked about stands for ("how is the President holding up?"): who "him" or "her" stands for."""
    if first.index == 0:
        return None
    question = paragraph_of(view, view.sents[first.index - 1])
    for s in reversed(question):
        for np in reversed(s.nps):
            if np.kind == NAME and np.key and np.key not in exclude and not _introduces_self(s, np):
                return np.key
    if ctx is not None:
        for s in reversed(question):
            for np in reversed(s.nps):
                if np.kind == ROLE and not np.possessive and (keys := resolve(view, s, np, ctx, exclude)) and len(keys) == 1:
                    return keys[0]
    return None


def asked_partner(view: DocView, v: SentView, exclude: frozenset[str], of_others: bool = False) -> str | None:
    """In a transcript's answer ("Reporter: Did you speak to X? / Dule: I tried. I rang on
    Friday."), the person the question named, who a call the answer tells without naming its
    partner is with; None outside an answer, or when an earlier sentence of the answer names
    someone else than ``exclude``. ``of_others``: the call is someone else's than the one
    answering ("Which leaders have called X? / The first was A. He rang last night."), which the
    question must then ask with no "you" in it; an interview printed without labels answers too."""
    paragraph = paragraph_of(view, v)
    first = paragraph[0]
    speaker = _transcript_speaker(view, first) or (_interviewee(view, v) if of_others and not v.quoted else None)
    if speaker is None:
        return None
    if _told_earlier_in_answer(paragraph, v, frozenset({speaker}) | (exclude if of_others else frozenset())) is not None:
        return None
    question = question_before(view, v)
    if of_others and _asks_you(view, question):
        # "Which leaders have called you? / A was the first. He called on Sunday.": the one asked
        # ("Did you call X? / No. Y called.": Y may have called the one asked, or X)
        return speaker if _asks_who(view, question) else None
    named = {n.key for s in question for n in s.nps if n.kind == NAME and n.key and n.key not in exclude | {speaker}}
    # (a question of one person only: "Did you call X or Y?" names no one partner)
    return _asked_about(view, first, exclude | {speaker}) if len(named) == 1 else None


def _asks_who(view: DocView, question: Sequence[SentView]) -> bool:
    """A sentence of the question opens (past a dash, a label or the name it is put to) with a
    word asking who did it, "you" in that sentence and no one named in the question but the one
    it is put to ("Which leaders have called you?"; not "Which leaders have called X, do you
    know?")."""
    for s in question:
        k = s.start
        while k < s.end and (not s.tok(k)[:1].isalnum() or s.low(k + 1) == ":"):
            k += 1 + (s.low(k + 1) == ":")
        comma = next((m for m in range(k + 1, min(s.end, k + 4)) if s.low(m) == ","), None)
        if comma is not None and all(s.tok(m)[:1].isupper() for m in range(k, comma)):
            k = comma + 1  # "Ama Dule, which leaders have called you?": the one addressed first
        if _asks(view, s) and s.low(k) in view.lex.who_questions \
                and any(n.kind == PRONOUN and n.word in view.lex.second_person for n in s.nps) \
                and not any(n.kind in (NAME, ROLE) and n.start >= k for q in question for n in q.nps if q is not s or n.start >= k):
            return True
    return False


def _asks_you(view: DocView, question: Sequence[SentView]) -> bool:
    """The question is put to the one answering: "you" stands in it."""
    return any(n.kind == PRONOUN and n.word in view.lex.second_person for s in question for n in s.nps)


def question_before(view: DocView, v: SentView) -> tuple[SentView, ...]:
    """The sentences of the paragraph right before the one ``v`` is in (an answer's question)."""
    first = paragraph_of(view, v)[0]
    return tuple(paragraph_of(view, view.sents[first.index - 1])) if first.index else ()


def answers_a_question(view: DocView, v: SentView) -> bool:
    """The paragraph right before ``v``'s asks (``_is_question``): ``v`` stands in an answer."""
    question = question_before(view, v)
    return bool(question) and _is_question(view, question)


def answered_yes(view: DocView, v: SentView) -> tuple[str, str, tuple[SentView, ...]] | None:
    """ "Q: Have you spoken to X lately? / Dule: Yes, by video link on Thursday.": the first
    sentence of a transcript's answer that opens with a yes and names no one tells a call of its
    speaker with the one the question put to them asked about: (speaker, partner, the question's
    sentences, which the caller checks ask about a talk); else None."""
    first = paragraph_of(view, v)[0]
    if first.index != v.index or first.index == 0 or (speaker := _transcript_speaker(view, first)) is None:
        return None
    _, says = view.lex.answer_openers.lookup(first.lower, _label_colon(first) + 1 - first.start)
    question = paragraph_of(view, view.sents[first.index - 1])
    if says != "yes" or not _asks(view, question[-1]) \
            or all(view.lex.second_person.isdisjoint(s.lower) for s in question):
        return None
    partner = asked_partner(view, v, frozenset({speaker}))
    return (speaker, partner, tuple(question)) if partner is not None else None


def _sole_person_before(view: DocView, v: SentView) -> str | None:
    """The one person the sentence right before ``v`` names, when it names one person by name and
    no one by a title or a pronoun; else None."""
    before = view.sents[v.index - 1] if v.index else None
    if before is None or any(n.kind != NAME for n in before.nps if not _is_label(before, n)):
        return None
    named = {n.key for n in before.nps if n.kind == NAME and n.key and not _is_label(before, n)}
    return next(iter(named)) if len(named) == 1 else None


def _told_earlier_in_answer(paragraph: Sequence[SentView], v: SentView, exclude: frozenset[str]) -> str | None:
    """The person a sentence of a transcript's answer before ``v`` names (the last one named in the
    first such sentence), not a label ("DULE:") nor one of ``exclude``; None when none does."""
    for s in paragraph:
        if s.index >= v.index:
            break
        told = [n.key for n in s.nps if n.kind == NAME and n.key and n.key not in exclude and not _is_label(s, n)]
        if told:
            return told[-1]
    return None


def _closing(s: SentView, k: int) -> bool:
    """A straight quote mark right after a comma or full stop closes a quotation that began in
    an earlier sentence (the marks of one sentence alone cannot tell)."""
    return k > s.start and s.low(k - 1) in (",", ".", "?", "!") and (k + 1 >= s.end or s.space[k - s.start])


def first_person_speaker(view: DocView, v: SentView, ctx: Context | None = None) -> str | None:
    """Who "I" and "me" in sentence ``v`` stand for when someone is speaking there: the speaker of
    its quotation, or the labelled speaker of its paragraph in a transcript ("Dule: ...", an
    office's "Spokesperson: ..."); None in plain narration."""
    return quote_speaker(view, v, ctx) or labelled_speaker(view, v)


def labelled_speaker(view: DocView, v: SentView) -> str | None:
    """The labelled speaker of sentence ``v``'s paragraph in a transcript ("Dule: ...", an
    office's "Spokesperson: ..."), else None."""
    first = paragraph_of(view, v)[0]
    return _transcript_speaker(view, first) or _office_speaker(view, _labelled_paragraph(view, first))


def quote_speaker(view: DocView, v: SentView, ctx: Context | None = None) -> str | None:
    """The speaker of the quotation a first-person word stands in (``ctx``: what the fold knows,
    for a title after the quotation: '"I will call him," the prime minister said')."""
    para = paragraph_of(view, v)
    after = [s for s in para if s.index >= v.index]
    attributed = False  # (a saying word after a closing mark: '"...," an aide said')
    for s in after:
        # a straight quote mark closes when the word before it is quoted and the one after is not
        closes = [k for k in range(s.start, s.end) if s.low(k) in {"”", '"', "»"}
                  and (not (s.low(k) == '"' and k + 1 in s.quoted) or _closing(s, k))]
        for q in closes:
            attributed = attributed or any(s.low(j) in view.lex.saying_words for j in range(q + 1, min(s.end, q + 8)))
            for j in range(q + 1, min(s.end, q + 7)):
                np = s.np(j)
                if np is not None and np.kind == NAME:
                    return np.key
                if np is not None and np.kind == ROLE and ctx is not None:
                    keys = resolve(view, s, np, ctx)
                    if len(keys) == 1:
                        return keys[0]
                    break
                if np is not None and np.kind == PRONOUN and np.word in ("he", "she"):
                    # '"I will call her," he said.': the subject named last before the quotation
                    said = _subject_named_before(view, para, v)
                    if said is not None:
                        return said
                    break
    before = [s for s in para if s.index <= v.index]
    for s in reversed(before):
        opens = [k for k in range(s.start, s.end) if s.low(k) in OPENING_MARKS
                 and not (s.low(k) == '"' and k + 1 not in s.quoted)]
        for q in opens[:1]:
            for j in range(q - 1, max(s.start - 1, q - 8), -1):
                np = s.np(j)
                if np is not None and np.kind == NAME:
                    return np.key
            # 'X, who backed Y before the vote, wrote on his page: "..."': the clause's subject
            subject = _name_subject(s, view.lex)
            if subject is not None and subject.end <= q \
                    and not any(s.low(k) in (".", ";", '"', "“") for k in range(subject.end, q)):
                if subject.kind == NAME:
                    return subject.key
                if s is v and _says(view, s, subject) and (said := _said_by_pronoun(view, para, s, subject)) is not None:
                    return said  # 'She said: "..."': the one named last before, of her gender
            if s is v and q == s.start and s.index > para[0].index and not attributed:
                # 'X said the neighbours had been quick. "Y called me at dawn."': a quotation
                # opening the sentence, with no speaker of its own, is the one the sentence before
                # has saying something
                prev = view.sents[s.index - 1]
                subject = _name_subject(prev, view.lex)
                if subject is not None and _says(view, prev, subject):
                    if subject.kind == NAME:
                        return subject.key
                    if (said := _said_by_pronoun(view, para, prev, subject)) is not None:
                        return said
    return _caption_speaker(view, before) or _introduced_speaker(view, para)


def _said_by_pronoun(view: DocView, para: Sequence[SentView], s: SentView, subject: PersonNP) -> str | None:
    """Whom a subject "he" or "she" saying something in ``s`` stands for: the one named last as
    a subject before it in the paragraph, when not known to be of the other gender; else None
    (nor for "his wife said": a possessive is no speaker)."""
    if subject.kind != PRONOUN or subject.word not in view.lex.subject_pronouns or subject.word not in view.lex.third_singular:
        return None
    said = _subject_named_before(view, para, s)
    info = view.entities.get(said) if said is not None else None
    gender = view.lex.pronoun_genders.get(subject.word)
    return said if info is None or info.gender in (None, gender) else None


def _says(view: DocView, v: SentView, subject: PersonNP) -> bool:
    """ "X said", "she told reporters", "he also said": a saying word right after the subject
    (one word between at most)."""
    return any(v.low(k) in view.lex.saying_words for k in range(subject.end, min(v.end, subject.end + 2)))


def _subject_named_before(view: DocView, para: Sequence[SentView], v: SentView) -> str | None:
    """The named subject of the last sentence of ``v``'s paragraph before it that has one (or of
    a line with no full stop right before the paragraph: a live blog's "X speaks to reporters"
    heading): whom a "he" or "she" saying something there stands for; None when none is named."""
    earlier = [p for p in para if p.index < v.index]
    if para[0].index > 0:
        line = view.sents[para[0].index - 1]
        if not view.text[line.char_start:line.char_end].rstrip().endswith((".", "!", "?", ":")):
            earlier.insert(0, line)
    for prev in reversed(earlier):
        subject = _name_subject(prev, view.lex)
        if subject is not None and subject.kind == NAME:
            return subject.key
    return None


def _caption_speaker(view: DocView, before: list[SentView]) -> str | None:
    """ 'Tala Voss, Minister of Foreign Affairs' on a line of its own, the next line opening a
    quotation (a broadcaster's transcript names who speaks so, as its caption on screen): the
    one named."""
    opening = next((s for s in reversed(before) if s.low(s.start) in OPENING_MARKS), None)
    if opening is None or opening.index == 0:
        return None
    line = view.sents[opening.index - 1]
    if "\n" not in view.text[line.char_end - 1:opening.char_start] \
            or view.text[line.char_start:line.char_end].rstrip().endswith((".", "!", "?", ":", ";", *CLOSING_MARKS)):
        return None
    np = line.np(line.start)
    if np is None or np.start != line.start or np.kind != NAME or not np.key:
        return None
    rest = [k for k in range(np.end, line.end) if not line.tok(k).isspace()]
    # (the name alone, or with its title after a comma, opened by a title word: "Minister of
    # Foreign Affairs", "Spokesperson for the Presidency"; not a headline's "Ilse Varga, Tala Voss
    # Vow Closer Ties")
    if rest and (line.low(rest[0]) != "," or len(rest) < 2 or line.low(rest[1]) not in view.lex.title_words
                 or not all(line.tok(k)[:1].isupper() or line.low(k) in view.lex.title_words
                            or line.low(k) in view.lex.governing_prepositions for k in rest[1:])):
        return None
    return np.key


# paragraphs of one quotation walked back to the line introducing it ("X issued this statement:")
_QUOTED_PARAGRAPHS = 12


def _introduced_speaker(view: DocView, para: list[SentView]) -> str | None:
    """ 'X issued the following statement:' and then paragraphs each opened by a quotation mark
    and left open (a quotation of several paragraphs): X, the named subject of the line ending
    in a colon right before the first of them, for a paragraph of that quotation."""
    intro = _quotation_intro(view, para[0])
    subject = _name_subject(intro, view.lex) if intro is not None else None
    return subject.key if subject is not None and subject.kind == NAME else None


def _quotation_intro(view: DocView, first: SentView) -> SentView | None:
    """For the first sentence of a paragraph opened by a quotation mark, the last sentence of the
    paragraph ending in a colon that introduces the quotation (of one paragraph or several, each
    opened by a mark and left open, as a statement of several paragraphs is set); None when a
    paragraph of prose or a closed quotation comes first."""
    if first.low(first.start) not in OPENING_MARKS:
        return None
    k = first.index - 1
    for _ in range(_QUOTED_PARAGRAPHS):
        if k < 0:
            return None
        before = paragraph_of(view, view.sents[k])
        text = _paragraph_text(view, before)
        if text.endswith(":"):
            return before[-1]
        if before[0].low(before[0].start) not in OPENING_MARKS or text.endswith(CLOSING_MARKS):
            return None  # (a paragraph of prose, or a quotation closed: its own speaker's)
        k = before[0].index - 1
    return None


def _paragraph_text(view: DocView, para: Sequence[SentView]) -> str:
    """The text of a paragraph's sentences, with no space after its last."""
    return view.text[para[0].char_start:para[-1].char_end].rstrip()


def quoted_statement_before(view: DocView, v: SentView) -> tuple[int, int] | None:
    """ 'X issued the following statement:' '"..."' ... 'The statement was posted on Y': the first
    and last sentence indices (the line introducing it included) of the quotation closed in the
    paragraph right before ``v``'s, when a line ending in a colon introduces it."""
    para = paragraph_of(view, v)
    if para[0].index == 0:
        return None
    before = paragraph_of(view, view.sents[para[0].index - 1])
    if not _paragraph_text(view, before).endswith(CLOSING_MARKS):
        return None
    intro = _quotation_intro(view, before[0])
    return (intro.index, before[-1].index) if intro is not None else None


def _honoured(view: DocView, v: SentView, np: PersonNP, exclude: frozenset[str]) -> tuple[str, ...]:
    """The person last named with the honorific a bare "HRH" or "His Majesty" repeats (its
    noun, "highness" or "majesty", in the words before the name), else the one office holder
    the honorific stands for (``honorific_roles``)."""
    noun = np.word.split()[1]
    # a subject's honorific repeats one no preposition governs: "His Highness the Crown Prince X
    # took calls asking after His Highness the Amir Y. His Highness also took a call from Z" is
    # X (the one a preposition governs when no other is)
    for free in ((True, False) if np.governor not in view.lex.governing_prepositions else (False,)):
        for s in reversed(view.sents[: v.index + 1]):
            for other in reversed(s.nps):
                if other.kind != NAME or other.key in exclude or (s is v and other.start >= np.start) \
                        or free and other.governor in view.lex.governing_prepositions:
                    continue
                # (the honorific in the name's own words: "His Majesty Sultan X", "His Highness the
                # Amir Sheikh X", not "His Majesty also spoke with President X", whose verb stands between)
                if any(s.low(k) == noun and not any(s.tok(j).isalpha() and s.tok(j).islower() and s.low(j) not in view.lex.determiners
                                                    for j in range(k + 1, other.start))
                       for k in range(max(s.start, other.start - 4), other.head_start)):
                    return (other.key,)
                # (or opening the name's head, a gazetteer alias holding it: "Samdech Techo X")
                n = view.lex.honorific_refs.match(s.lower, other.head_start - s.start)
                if n and other.head_start + n < other.head_end and s.low(other.head_start + n - 1) == noun:
                    return (other.key,)
    # no one named with it: the one monarch of the article ("His Majesty" after "Sultan X" became
    # king), when the offices the honorific stands for hold just one
    roles = view.lex.honorific_roles.get(noun)
    if roles:
        held = {m.key for m in view.mentions if m.start < np.start and m.kind is EntityKind.LEADER
                and m.key not in exclude and (info := view.entities.get(m.key)) is not None
                and next(iter((info.role or "").casefold().split()), None) in roles}
        if len(held) == 1:
            return (next(iter(held)),)
    return ()


def leaders_named_before(view: DocView, v: SentView, before: int, sentences: int = 2) -> list[str]:
    """Distinct leaders named before token ``before``, in this and the ``sentences`` before,
    newest first."""
    lo = view.sents[max(0, v.index - sentences)].start
    seen: list[str] = []
    for m in reversed(view.mentions):
        if lo <= m.start < before and m.kind is EntityKind.LEADER and m.key not in seen:
            seen.append(m.key)
    return seen


def _object_before_second_verb(v: SentView, lex, other: PersonNP) -> bool:
    """ "X thanks Y and says he ...", "X said he would brief Y and that he would call Z": a name
    right before "and" and a reporting verb (the second verb of the sentence's subject) or a
    second "that" clause, after another person of the same clause."""
    k = other.end + (v.low(other.end) == ",")
    return v.low(k) == "and" and (v.low(k + 1) in lex.reporting_words or v.low(k + 1) == "that") \
        and other.governor not in ("", "and", ",") \
        and any(n.end <= other.start and n.kind in (NAME, PRONOUN, ROLE) and not n.possessive for n in v.nps)


def _holders(view: DocView, role: str) -> dict[str, list[int]]:
    """The article's people ``role`` may stand for, each with the tokens where their mentions
    open (in text order), worked out once per article and role word."""
    found = view.memo.get(("holders", role))
    if found is None:
        matches: dict[str, bool] = {}
        found = {}
        for m in view.mentions:
            if m.key not in matches:
                matches[m.key] = _role_matches(view, m.key, role)
            if matches[m.key]:
                found.setdefault(m.key, []).append(m.start)
        view.memo[("holders", role)] = found
    return found


def _sentence_at(view: DocView, token: int) -> SentView:
    """The sentence holding token ``token`` (the last opening at or before it)."""
    starts = view.memo.get("sent_starts")
    if starts is None:
        starts = view.memo["sent_starts"] = [s.start for s in view.sents]
    return view.sents[max(0, bisect_left(starts, token + 1) - 1)]


def _titled_as(view: DocView, key: str, word: str) -> bool:
    """A mention of ``key`` after the title ``word`` ("Secretary Berg", "Head of State X"),
    anywhere in the run of capitalised titles before the name ("Deputy Prime Minister and Interior
    Minister X" for "deputy prime minister")."""
    words = tuple(word.split())
    n = len(words)
    incoming = _incoming_word(word)  # (only a title taken up next is read over its "-elect")
    named = view.memo.get("named_tokens")
    if named is None:
        named = view.memo["named_tokens"] = frozenset(k for m in view.mentions for k in range(m.start, m.end))
    for m in view.mentions:
        if m.key == key:
            s = _sentence_at(view, m.start)
            if not s.start <= m.start <= s.end:
                continue
            run = m.start
            while run > s.start and m.start - run < _TITLE_RUN and run - 1 not in named and (
                    s.tok(run - 1)[:1].isupper() and s.tok(run - 1).isalpha() or s.low(run - 1) in ("and", "of", "&")
                    or incoming and s.low(run - 1) in ("-", "elect", "designate")):  # ("President-elect X")
                run -= 1  # (to another person's name at most: "Vice President A and Deputy Prime Minister B")
            # (or inside the mention, before its name: "Colonel X" as the gazetteer's mention)
            inner = m.start
            while inner < min(m.end, s.end) and s.low(inner) in view.lex.title_words:
                inner += 1
            for p in range(run, inner - n + 1):
                # (the whole title: not "Press Secretary X", a title of its own, nor a former one)
                # (nor the second word of "Secretary-General X", "Director General X")
                if tuple(s.lower[p - s.start:p + n - s.start]) == words and s.low(p - 1) != "-" \
                        and f"{s.low(p - 1)} {word}" not in view.lex.title_phrases \
                        and s.low(p - 1) not in view.lex.office_modifiers:
                    return True
    return False


# the longest run of titles read back from a name ("Vice President and Minister of Trade and Industry")
_TITLE_RUN = 10


def _apposed_as(view: DocView, key: str, word: str) -> bool:
    """A mention of ``key`` followed by an apposition ending in the title ``word`` ("X, the
    Norland province governor, ...", "X, governor of Norland, ..."): the office the article gave
    them in words (``_titled_as`` reads a title before the name). Never a deputy's, an interim
    or a former holder's ("X, the deputy governor", "X, a former mayor": ``minister_roles_not``,
    ``office_modifiers``)."""
    words = tuple(word.split())
    n = len(words)
    not_holders = frozenset(minister_roles_not())
    for m in view.mentions:
        if m.key != key:
            continue
        s = _sentence_at(view, m.start)
        if not s.start <= m.start < s.end or s.low(m.end) != ",":
            continue
        k = m.end + 1
        if s.low(k) in view.lex.determiners:
            k += 1
        seen: list[str] = []
        while len(seen) <= _APPOSITION_WORDS and k + n <= s.end and ((low := s.low(k)).isalpha() or low == "-"):
            if tuple(s.words(k, k + n)) == words:
                if s.low(k + n) in (",", ";", ".", "and", "of") and not any(
                        w in not_holders or w in view.lex.office_modifiers or f"{w} {word}" in view.lex.title_phrases
                        for w in seen):
                    return True
            # (the apposition's own words only: not "X, the son of the governor", "a candidate for
            # governor", nor a clause after it)
            if low == "and" or low in view.lex.relative_pronouns or low in view.lex.governing_prepositions:
                break
            seen.append(low)
            k += 1
    return False


# the words an apposition may hold before its title ("the Buenos Aires province governor")
_APPOSITION_WORDS = 6


def _incoming_word(role: str) -> bool:
    """The role is one taken up next ("president-elect", "Prime Minister - designate")."""
    return not {"elect", "designate"}.isdisjoint(_incoming_title(role).split())


def _incoming_title(role: str) -> str:
    """ "president-elect", "President - elect", "Prime Minister-designate": one spelling."""
    return " ".join(role.casefold().replace("-", " ").split())


def _role_matches(view: DocView, key: str, role: str) -> bool:
    info = view.entities.get(key)
    if info is None or info.kind not in (EntityKind.LEADER, EntityKind.PERSON):
        return False
    if "elect" in role or "designate" in role:
        # "the president-elect": who takes office after the article (or took it days before),
        # in that office when the article gives them one
        office = role.replace("-", " ").split()[0]
        if info.role and _incoming_title(info.role) == _incoming_title(role):
            return True  # titled so in the article ("President-elect Lars Berg"), known to no gazetteer
        return info.incoming and (not info.role or office in info.role.casefold()
                                  or office == "premier" and "prime minister" in info.role.casefold())
    holds = view.lex.minister_roles.get(role)
    if holds is not None:
        return holds_portfolio(info.role, holds)  # "the foreign minister", "the top diplomat"
    if role == "minister":
        # "the minister", a transcript's "Minister:": one holding a portfolio, never a prime or
        # chief minister (minister_heads), whose title holds the word too
        held = f" {(info.role or '').casefold()} "
        return info.kind is EntityKind.PERSON and not info.former and holds_portfolio(info.role, (role,)) \
            and not any(f" {w} minister " in held for w in view.lex.minister_heads)
    if role in view.lex.titled_roles:
        # "Secretary Lars Berg ... The secretary spoke with Y": the word the article titled them by
        return _titled_as(view, key, role) or _apposed_as(view, key, role)
    if info.kind is not EntityKind.LEADER:
        return False
    if role.split()[0] in view.lex.office_modifiers and _titled_as(view, key, role):
        return True  # "Interim Prime Minister X ... the interim prime minister": the one titled so
    held = (info.role or "").casefold()
    held = view.lex.role_offices.get(held, held)  # (titled "Lyonchhen X": a prime minister)
    role = view.lex.role_offices.get(role, role)  # "the State President": a president
    if info.former:
        return False
    if role.startswith(("head of state", "head of government")):
        return True  # "the head of state": any leader in office (the one named last wins in ``resolve``)
    if " of " in role and view.lex.own_country_complements.find(role.split()) is None:
        return role in held  # "the President of the Council": that office, not any president
    word = role.split()[0]
    return word in held or (word == "premier" and "prime minister" in held) or (word == "pm" and "prime minister" in held)


def resolve(view: DocView, v: SentView, np: PersonNP, ctx: Context, exclude: frozenset[str] = frozenset(),
            as_object: bool = False) -> tuple[str, ...]:
    """The entity keys a person phrase stands for (empty when unknown). ``as_object``: the
    phrase is the object of a verb ("called him"), ``exclude``: people it cannot be (the
    clause's subject). A gendered pronoun never stands for a person known to be of the other
    gender: the one the rules would pick is excluded and the rules are asked again."""
    keys = _resolve(view, v, np, ctx, exclude, as_object)
    if np.kind == GROUP and (offices := view.lex.group_offices.get(np.word)) is not None \
            and not all(_holds_office(view, key, offices) for key in keys):
        return ()  # "the two governors" are two governors, not any two people named before
    gender = view.lex.pronoun_genders.get(np.word) if np.kind == PRONOUN else None
    for _ in range(4):  # three people of the other gender at most before giving up
        if gender is None or len(keys) != 1 or (info := view.entities.get(keys[0])) is None \
                or info.gender in (None, gender):
            return keys
        exclude = exclude | {keys[0]}
        keys = _resolve(view, v, np, ctx, exclude, as_object)
    return ()


def _holds_office(view: DocView, key: str, offices: tuple[str, ...]) -> bool:
    """The person's role, or a title the article gives them, holds one of the offices."""
    info = view.entities.get(key)
    role = f" {(info.role or '').casefold()} " if info is not None else " "
    return any(f" {o} " in role or _titled_as(view, key, o) for o in offices)


def _second_report_speaker(view: DocView, v: SentView, np: PersonNP) -> str | None:
    """The one who opens the sentence saying something, when ``np`` stands in a second thing
    they said ("X said ..., and that Y had rung him"): who an object pronoun there stands for."""
    first = v.nps[0] if v.nps else None
    lex = view.lex
    if first is None or first.kind != NAME or not first.key or first.start != v.start \
            or v.low(first.end) not in lex.saying_words:
        return None
    second = any(v.low(k) == "that" and v.low(k - 1) == "and" for k in range(first.end + 2, np.start))
    return first.key if second else None


def _speaker_after(view: DocView, v: SentView, np: PersonNP, ctx: Context) -> str | None:
    """The leader named after the clause as saying it ("A rang him on Monday, B said"): who an
    object pronoun in what they said stands for, when named right after a comma that follows it
    and one of the call told just before (a run of calls to one person; not "A rang him to
    congratulate him, B said" of a man the text named before)."""
    lex = view.lex
    for k in range(np.end, v.end):
        if v.low(k) in (";", ":") or v.low(k) == "\"":
            return None
        if v.low(k) == ",":
            said = v.np(k + 1)
            if said is not None and said.start == k + 1 and said.kind == NAME and view.is_leader(said.key) \
                    and v.low(said.end) in lex.saying_words:
                # (a leader: "..., spokesman X said" tells whose office speaks, not whom "him" means)
                return said.key if said.key in ctx.current and 0 <= v.index - ctx.current_index <= 3 else None
    return None


def _teller_before(view: DocView, v: SentView, np: PersonNP) -> str | None:
    """ "X told Y that Z had called him": X, the named subject of a verb of saying whose "that"
    clause holds the pronoun, one person told between them (indirect speech tells of its
    speaker as "him"; the one told would be "you" in the speaker's words)."""
    # (a call told as done before the telling, "had called him", and a teller the pronoun's gender
    # fits as the gazetteer knows it: "him" may as well be the one told, "assured Y that Z would
    # call him")
    if v.low(np.start - 2) not in ("had", "'d") or v.low(np.start - 1) not in view.lex.call_verbs:
        return None
    that = next((k for k in range(np.start - 1, v.start, -1) if v.low(k) == "that"), None)
    if that is None:
        return None
    told = v.np(that - 1)
    if told is None or told.end != that or told.kind != NAME:
        return None
    verb = told.start - 1
    teller = v.np(verb - 1)
    if v.low(verb) not in view.lex.speech_verbs or teller is None or teller.end != verb or teller.kind != NAME \
            or teller.possessive or not teller.key:
        return None
    info = view.entities.get(teller.key)
    gender = view.lex.pronoun_genders.get(np.word)
    return teller.key if info is not None and gender is not None and info.gender == gender else None


def _in_closed_relative(v: SentView, lex, np: PersonNP, before: int) -> bool:
    """``np`` stands in a relative clause that opened after a comma and closed with a comma
    before token ``before`` ("X, a surgeon whom Y named, said ...")."""
    k = np.start - 1
    while k > v.start and v.low(k) != "," and np.start - k <= 8:
        k -= 1
    if v.low(k) != "," or not any(v.low(j) in lex.relative_pronouns for j in range(k + 1, np.start)):
        return False
    return any(v.low(j) == "," for j in range(np.end, before))


def _is_label(v: SentView, np: PersonNP) -> bool:
    """``np`` is a transcript's label, the name before its colon ("DULE: ...")."""
    return v.low(np.end) == ":"


def _labelled(v: SentView, np: PersonNP) -> str | None:
    """The person a list item is labelled with when ``np`` opens its text ("Amara Dule: The
    President phoned ..."): the name before the colon that opens the sentence."""
    label = label_before(v, np.start - 1) if v.low(np.start - 1) == ":" else None
    return label.key if label is not None and label.key else None


def _quote_referent(lex: Lexicon, v: SentView, np: PersonNP) -> str | None:
    """The person a phrase after the quotation holding ``np`` names as whom it speaks of
    ('"He called me," X said, referring to his counterpart, Y': Y; discourse.json
    quote_referents), in the same sentence."""
    if lex.quote_referents.find(v.lower, np.end - v.start) is None:
        return None  # (most quotations: one scan of the sentence's words)
    k = next((k for k in range(np.end, v.end) if k not in v.quoted and k - 1 in v.quoted), None)
    at = lex.quote_referents.find(v.lower, k - v.start) if k is not None else None
    if at is None:
        return None
    start = v.start + at + lex.quote_referents.match(v.lower, at)
    for j in range(start, min(v.end, start + 10)):
        if v.low(j) in (";", ".", ":") or v.low(j) in lex.clause_openers:
            return None
        other = v.np(j)
        if other is not None and other.kind == NAME and other.key:
            return other.key
    return None


def _resolve(view: DocView, v: SentView, np: PersonNP, ctx: Context, exclude: frozenset[str],
             as_object: bool) -> tuple[str, ...]:
    if np.kind == NAME:
        return (np.key,) if np.key else ()
    if np.start in v.quoted and (np.kind == ROLE or np.kind == PRONOUN and np.word in view.lex.third_singular) \
            and (referent := _quote_referent(view.lex, v, np)) is not None and referent not in exclude:
        return (referent,)  # '"He called me last night," X said, referring to Y': Y
    if np.kind == PRONOUN:
        word = np.word
        if word in view.lex.first_person:
            speaker = first_person_speaker(view, v, ctx)
            if speaker is None and not v.quoted:
                speaker = _interviewee(view, v)
            return (speaker,) if speaker else ()
        if word in view.lex.second_person:
            answer = transcript_answer(view, v)
            if answer is None and not v.quoted and _asks(view, paragraph_of(view, v)[-1]):
                # "Yesterday you met X on a video link. What did you agree?": an interview's question
                # with no labels, put to the one interviewed
                keys = _interview_subject(view, v.index)
                return (keys,) if keys else ()
            return (answer.speaker,) if answer is not None and answer.speaker else ()
        if word in view.lex.third_plural:
            return tuple(sorted(ctx.current)) if len(ctx.current) >= 2 and v.index - ctx.current_index <= 3 else ()
        if np.start in v.quoted and (said := quote_speaker(view, v, ctx)) is not None:
            exclude = exclude | {said}  # '"He called me," X said': in X's words "he" is someone else
        elif not v.quoted and _is_question(view, paragraph_of(view, v)) \
                and (interviewed := _interview_subject(view, v.index)) is not None:
            exclude = exclude | {interviewed}  # an interview's question: "you" is the one asked, "him" another
        if word in ("he", "she") and not as_object:
            # "X, who later wrote that he had spoken to Y": the person the relative clause is about
            for other in reversed([n for n in v.nps if n.end <= np.start]):
                if v.low(other.end) == "," and v.low(other.end + 1) in view.lex.relative_pronouns:
                    if other.kind == NAME and other.key not in exclude \
                            and not any(v.low(k) in (";", ".") for k in range(other.end, np.start)):
                        return (other.key,)
                    break
        if word == "him" or word == "her" and (as_object or object_pronoun(v, view.lex, np)):
            speaker = _second_report_speaker(view, v, np) or _speaker_after(view, v, np, ctx)
            if speaker is not None and speaker not in exclude:
                return (speaker,)  # "X said he had spoken with A, and that B had rung him": X
            teller = _teller_before(view, v, np)
            if teller is not None and teller not in exclude:
                return (teller,)  # "X told Y that Z had called him": X, the one telling of himself
            # the person named last in the sentence who is not excluded (the clause's subject; not a
            # transcript's label, "DULE: ...")
            for other in reversed([n for n in v.nps if n.end <= np.start and n.kind == NAME and n.key not in exclude
                                   and not _is_label(v, n)]):
                return (other.key,)
            paragraph = paragraph_of(view, v)
            first = paragraph[0]
            speaker = _answering(view, v, first)
            if speaker is not None:
                # a name an earlier sentence of the answer told ("DULE: X is an old friend. The President
                # called him last night"), else the one the question asked about
                told = _told_earlier_in_answer(paragraph, v, exclude | {speaker})
                if told is not None:
                    return (told,)
                asked = _asked_about(view, first, exclude | {speaker}, ctx)
                if asked is not None:
                    return (asked,)
                exclude = exclude | {speaker}  # (the one answering says "me", not "him")
            near = len(ctx.current) >= 2 and 0 <= v.index - ctx.current_index <= 2
            if near and exclude & ctx.current and len(ctx.current - exclude) == 1:
                # "A rang B at dawn. Later A wrote that their talk with her went well": the other one of the call
                return (next(iter(ctx.current - exclude)),)
            told = view.sents[ctx.current_index].nps if near else ()
            if near and len(ctx.current) == 2 and v.index > ctx.current_index and any(
                    n.kind == PRONOUN and n.word == word for n in told) \
                    and not ctx.current <= {n.key for n in told if n.kind == NAME}:
                # (not when the call named both: "A took a call from B, who invited him" - the
                # pronoun there was no one of the call reached by it)
                # "A phoned her on Sunday. B called her yesterday": the one the call just told
                # reached by the same pronoun, not its subject (a run of calls keeps its person)
                last = next((key for idx, key in reversed(ctx.subjects) if idx == ctx.current_index), None)
                reached = ctx.current - exclude - {last}
                if last in ctx.current and len(reached) == 1:
                    return (next(iter(reached)),)
            if near and as_object and len(ctx.current) == 2 and v.index > ctx.current_index and exclude \
                    and exclude.isdisjoint(ctx.current):
                # "A rang B within hours. C spoke to him the next morning": a new caller's call in a
                # run of calls to one person reaches that person, the one of the call just told
                # whom the text has named more often (named as often: no one for sure)
                counts = {k: sum(1 for m in view.mentions if m.key == k and m.start < np.start) for k in ctx.current}
                a, b = sorted(ctx.current, key=lambda k: -counts[k])
                info = view.entities.get(a)
                # (of a gender the gazetteer knows: "him" may be the caller whose gender no one told)
                if counts[a] > counts[b] and info is not None and info.gender == view.lex.pronoun_genders.get(word):
                    return (a,)
                # (named as often: the one the call just told reached, not its subject, "A rang B on
                # Sunday. C telephoned him on Tuesday", when the gazetteer knows both genders as the pronoun's)
                last = next((key for idx, key in reversed(ctx.subjects) if idx == ctx.current_index), None)
                reached = ctx.current - {last}
                # (the subject placed the call: not "A was called by B", "A took a call from B")
                if counts[a] == counts[b] and last in ctx.current and len(reached) == 1 \
                        and not any(n.key in reached and n.governor in ("by", "from") for n in view.sents[ctx.current_index].nps) \
                        and all((i := view.entities.get(k)) is not None and i.gender == view.lex.pronoun_genders.get(word)
                                for k in ctx.current):
                    return (next(iter(reached)),)
            for _, key in reversed(ctx.subjects):
                if key not in exclude:
                    return (key,)
            # "X congratulated Y on his inauguration. / 'I spoke with him this morning,' X said": no
            # subject but the one excluded, the person named last before it in this paragraph or
            # the one before
            first = paragraph_of(view, v)[0]
            if first.index > 0:
                first = paragraph_of(view, view.sents[first.index - 1])[0]
            before = [m for m in view.mentions if first.start <= m.start and m.end <= np.start
                      and m.kind in (EntityKind.LEADER, EntityKind.PERSON) and m.key not in exclude]
            return (before[-1].key,) if before else ()
        # he, she, his, her: the nearest subject before it in the sentence ("Woodward said Trump
        # ordered ... so that he could"), else the recent subject (in a transcript's answer, never
        # the one answering, who says "I")
        first = paragraph_of(view, v)[0]
        speaker = _answering(view, v, first)
        if speaker is not None:
            exclude = exclude | {speaker}
            asked = _asked_about(view, first, exclude, ctx)
            if asked is not None and not any(n.kind == NAME and n.end <= np.start and not _is_label(v, n) for n in v.nps):
                # (but the one person the sentence before, in the answer, named: "Which leaders
                # called X? / The first was A. He rang last night."; not "The secretary spoke with
                # B. He conveyed ...", whose subject is a title, nor after a question put to the
                # one answering, "Has X called you? / Yes. Y arranged it. He rang on Sunday": X)
                told = _sole_person_before(view, v) if paragraph_of(view, v)[0] is not v \
                    and not _asks_you(view, question_before(view, v)) else None
                return (told if told is not None and told not in exclude else asked,)  # "Has the President spoken to X? / DULE: Yes. She called him on Sunday."
        for other in reversed([n for n in v.nps if n.end <= np.start and not _is_label(v, n)]):
            if _in_closed_relative(v, view.lex, other, np.start):
                continue  # "X, an adviser whom Y named last year, said he ...": not the clause's subject
            if _object_before_second_verb(v, view.lex, other):
                continue  # "X thanks Y and says he ...": Y is the first verb's object, "he" is X
            if other.kind == ROLE and other.governor not in view.lex.governing_prepositions \
                    and other.governor not in view.lex.speech_verbs and not other.possessive:
                # "The Prime Minister confirmed that she had received a call": the one the title stands for
                keys = resolve(view, v, other, ctx, exclude)
                if len(keys) == 1:
                    return keys
            # not the one told or informed ("Trump informed Turnbull that he had spoken ..."), nor
            # the one called ("X phoned Y a day after he held talks with Z")
            if other.kind == NAME and other.key not in exclude and other.start == v.start + 1 and v.low(v.start) == "for" \
                    and v.low(other.end) == "," and ((after := v.np(other.end + 1)) is None or after.kind != PRONOUN):
                # "For X, the first test came when he joined ...": the one the sentence is about
                # (not "For X, he made an exception": someone acting for X)
                return (other.key,)
            if other.kind == NAME and other.governor not in view.lex.governing_prepositions and other.key not in exclude \
                    and other.governor not in view.lex.speech_verbs and other.governor not in view.lex.call_verbs \
                    and not (other.possessive and v.np(other.end) is None
                             and not view.lex.speaker_nouns.match(v.lower, other.end - v.start)):
                return (other.key,)
        near = len(ctx.current) >= 2 and 0 <= v.index - ctx.current_index <= 1
        if near and exclude & ctx.current and len(ctx.current - exclude) == 1:
            # "A rang B on Monday night. Hers was the first call he took": the other one of the call
            return (next(iter(ctx.current - exclude)),)
        recent = [key for idx, key in ctx.subjects if idx >= v.index - 3 and key not in exclude]
        if recent:
            return (recent[-1],)
        before = [m for m in view.mentions if m.end <= np.start and m.kind in (EntityKind.LEADER, EntityKind.PERSON)
                  and m.key not in exclude]
        return (before[-1].key,) if before else ()
    if np.kind == GROUP and np.word in view.lex.aide_groups:
        # "The two advisers spoke ...": the two people, not leaders, the sentence before names (the
        # leaders' aides are no pair of leaders; "the two advisers' deputies" are neither)
        if np.possessive:
            return ()
        aides = _people_named_since(view, v.index - 1, np.start, (EntityKind.PERSON,))
        return tuple(sorted(aides)) if len(aides) == 2 else ()
    if np.kind == GROUP:
        here = {n.key for n in v.nps if n.kind == NAME and n.key and n.end <= np.start}
        if len(here) == 1:
            # "On Monday she spoke with X, and the two agreed ...": she and X (a pronoun before the
            # name; not "X said he was not aware of a call between the two")
            first_name = min(n.start for n in v.nps if n.kind == NAME and n.key in here)
            for n in v.nps:
                if n.end <= first_name and n.kind == PRONOUN and n.word in view.lex.subject_pronouns \
                        and n.word in view.lex.third_singular:
                    keys = _resolve(view, v, n, ctx, frozenset(here), False)
                    here |= set(keys[:1]) if len(keys) == 1 else set()
                    break
        if len(here) == 2 and here != ctx.current:
            # "X held talks with his counterpart, Y, and the two agreed ...": the two this
            # sentence named, not those of the call told before it
            return tuple(sorted(here))
        if len(ctx.current) >= 2 and v.index - ctx.current_index <= 2:
            return tuple(sorted(ctx.current))
        pair = leaders_named_before(view, v, np.start)[:2]
        if len(pair) < 2:
            # "X has been in contact with her colleague, Y. The two ministers spoke ...": the two
            # people (leaders or not) the sentence before names, when it names only two; "X met
            # the president-elect Y. The two men spoke ...": a leader and one who takes office
            # soon or held it before (not a spokesman beside a leader)
            ministers = np.word in view.lex.person_groups
            # (office holders over the same two sentences as leaders: "X embraced Y. It was their
            # second meeting. The two men first spoke ...")
            people = _people_named_since(view, v.index - (1 if ministers else 2), np.start,
                                         (EntityKind.LEADER, EntityKind.PERSON))
            if ministers and not people:
                # ("X and Y have quarrelled for months. Their ties thawed. After the call between
                # the two governors ...": a sentence naming no one between)
                people = _people_named_since(view, v.index - 2, np.start, (EntityKind.LEADER, EntityKind.PERSON))
            if not ministers:
                # (and one whose office stands beside a leader's: "Vice-President X ran the cabinet.
                # President Y stayed abroad. The two men spoke ...", when a leader is one of the two)
                led = len(people) == 2 and any(view.entities[k].kind is EntityKind.LEADER for k in people)
                close = _people_named_since(view, v.index - 1, np.start, (EntityKind.LEADER, EntityKind.PERSON))
                # (only a group of people: "the two sides" may be two countries)
                if np.word in view.lex.office_holder_groups and len(close) == 2 and all(
                        view.entities[k].kind is EntityKind.PERSON and _office_holder(view, k) for k in close) \
                        and not _owners_named(view, v, np.start):
                    # "Security adviser X is in touch with his counterpart, Y. The two spoke ...":
                    # the only two people the sentence before names, each with an office, no
                    # leader among them (a leader beside an aide is read below)
                    return tuple(sorted(close))
                people = {k for k in people if view.entities[k].kind is EntityKind.LEADER
                          or view.entities[k].incoming or view.entities[k].former
                          or led and _pair_office(view.lex, view.entities[k].role)}
            pair = sorted(people) if len(people) == 2 else pair
        return tuple(sorted(pair)) if len(pair) == 2 else ()
    if np.kind == ROLE and np.word.startswith("honorific "):
        return _honoured(view, v, np, exclude)
    if np.kind == ROLE:
        label = _labelled(v, np)
        if label is not None and label not in exclude and _role_matches(view, label, np.word):
            return (label,)  # (a transcript's speaker is labelled the same way: only one holding the role)
        headed = _heading_person(view, v, np)
        if headed is not None and headed not in exclude and (_role_matches(view, headed, np.word) or (
                (info := view.entities.get(headed)) is not None and info.role
                and np.word.split()[-1] in info.role.casefold())):
            # (an office the person is leaving counts: "The outgoing prime minister")
            return (headed,)  # "Lars Berg\n\nThe outgoing president rang X": the section's person
        holders = _holders(view, np.word)
        candidates = sorted(set(holders) - exclude)
        if len(candidates) > 1:
            # the holders the text has named by then (not one it names only later: "how is the
            # President holding up?" above an answer that goes on to another country's president)
            candidates = [k for k in candidates if holders[k][0] < np.start] or candidates
        if len(candidates) > 1 and _incoming_word(np.word):
            # "the president-elect" when one who took office days before is named too: the one the
            # article titled so ("President-elect X", "Prime Minister-designate X"), if one was
            spelt = _incoming_title(np.word)
            head, _, last = spelt.rpartition(" ")
            titled = [k for k in candidates if any(_titled_as(view, k, form) for form in (spelt, f"{head} - {last}"))]
            candidates = titled if len(titled) == 1 else candidates
        if len(candidates) > 1 and (np.word in view.lex.minister_roles or np.word in view.lex.titled_roles):
            return ()  # two foreign ministers, two secretaries: "the foreign minister" is neither for sure
        words = np.word.split()
        if len(candidates) > 1 and view.lex.own_country_complements.find(words, 1) is not None:
            # "the President of the Republic": the home country's, the leader the article is about
            candidates = [max(candidates, key=lambda k: len(holders[k]))]
        if len(candidates) > 1 and view.home is not None \
                and (_capitalised_title(v, np)
                     or v.low(v.end - 1) == "?" and transcript_answer(view, v) is not None):
            # "dialled the President" in a paper's house style, the capital marking its own
            # country's office, or "Did the president speak with X?" put to a briefing: the home
            # country's holder when the article names them
            home = _home_holders(view, candidates) or _plainly_titled(view, candidates, holders)
            candidates = home if len(home) == 1 else candidates
        if len(candidates) > 1 and view.home is not None and (
                np.governor in view.lex.call_verbs or np.governor in view.lex.governing_prepositions
                or np.governor in view.lex.contact_verbs.firsts):
            # "Sisi spoke with Aoun ... King Abdullah telephoned the president later that evening"
            # in a Lebanese paper about Aoun's calls: the one called (or spoken with) is the home
            # country's holder, when the article is about them more than about any other holder
            # (and named in the paragraph, or no other holder is: "Biden hosted Zelensky. Zelensky
            # later phoned the president", a paragraph after the home president's, is Biden)
            home = _home_holders(view, candidates)
            if len(home) == 1 and all(len(holders[home[0]]) > len(holders[k]) for k in candidates if k != home[0]):
                lo = paragraph_of(view, v)[0].start

                def in_paragraph(key: str) -> bool:
                    starts = holders[key]
                    at = bisect_left(starts, lo)
                    return at < len(starts) and starts[at] < np.start

                if in_paragraph(home[0]) or not any(in_paragraph(k) for k in candidates if k != home[0]):
                    candidates = home
        if len(candidates) > 1 and (" " in np.word or np.word in view.lex.role_offices) and _capitalised_title(v, np) \
                and len(titled := [k for k in candidates if _titled_as(view, k, np.word)]) == 1:
            # "telephoned Head of State X ... The Head of State will hold a call": the one the
            # article titled with those words, capitalised as a house style writes its own office
            candidates = titled
        if len(candidates) > 1 and 0 <= v.index - ctx.current_index <= 1 \
                and len(called := [k for k in candidates if k in ctx.current and k not in exclude]) == 1 \
                and np.governor in view.lex.call_verbs:
            # "Y telephoned King A on Wednesday on behalf of King B. / Z called the king on
            # Thursday": the king of the call just told, to whom the round of calls goes
            candidates = called
        opener = v.nps[0] if v.nps and v.nps[0].start == v.opening and v.nps[0].kind == NAME else None
        if len(candidates) > 1 and opener is not None and len(here := [k for k in candidates if any(
                opener.end <= at < np.start for at in holders[k])]) == 1:
            # "X, one of Y's fiercest critics, spoke with the president": the one holder named
            # since the subject opening the sentence, however it was named, over the holders of
            # the sentences before (not one a fronted clause names before the subject: "Asked
            # about Y's visit, the king said the president had phoned him")
            candidates = here
        if len(candidates) > 1:
            # two prime ministers in the article: the one the last sentences were about, else
            # the one named in them last
            recent = [k for idx, k in reversed(ctx.subjects) if idx >= v.index - 3 and k in candidates] \
                or [k for k in leaders_named_before(view, v, np.start, sentences=3) if k in candidates]
            candidates = recent[:1] if recent else candidates
        if len(candidates) > 1 and view.home is not None and v.low(np.start) == "the" and np.head_start == np.start + 1 \
                and len(home := _home_holders(view, candidates)) == 1 and holders[home[0]][0] < np.start \
                and all(len(holders[home[0]]) > len(holders[k]) for k in candidates if k != home[0]) \
                and next((k for _, k in reversed(ctx.subjects) if k in candidates), None) == home[0]:
            # "The president will also speak with X on Friday" sentences after the holders were
            # last named, in a home paper about its own president's calls: the one the article is
            # about, when the last of them a sentence was about is that one (not after "In
            # Washington, President Y signed ..."; the bare title only: not "a foreign head of
            # state", "the outgoing president")
            candidates = home
        return (candidates[0],) if len(candidates) == 1 else ()
    return ()


def _capitalised_title(v: SentView, np: PersonNP) -> bool:
    """The words of a bare title all capitalised but its links ("the President", "the Head of
    State"): a house style writing its own country's office so."""
    return v.tok(np.head_start)[:1].isupper() and all(
        v.tok(i)[:1].isupper() or v.low(i) in TITLE_LINKS for i in range(np.head_start, np.head_end))


def _office_holder(view: DocView, key: str) -> bool:
    """Whether the person's role is an office (``office_holder_words``: "Interior Minister",
    "National Security Adviser"; not "lawyer")."""
    words = (view.entities[key].role or "").casefold().replace("-", " ").split()
    return not view.lex.office_holder_words.isdisjoint(words)


def _owners_named(view: DocView, v: SentView, end: int) -> bool:
    """Whether a person named in the sentence before ``v`` or in ``v`` before token ``end`` is
    named as an owner ("X's deputy met Y's adviser"): the two are then someone else."""
    for s in view.sents[max(0, v.index - 1):v.index + 1]:
        if any(s.start <= m.start and m.end < min(s.end, end) and m.kind in (EntityKind.LEADER, EntityKind.PERSON)
               and s.low(m.end) in ("'s", "’s", "'", "’") for m in view.mentions):
            return True
    return False


def _home_holders(view: DocView, candidates: list[str]) -> list[str]:
    """The candidates of the country the article is told from; when that country is one whose
    leaders the gazetteer does not know, the one candidate of no known country ("Prime Minister
    X" of a small place's paper, beside two foreign prime ministers the gazetteer knows)."""
    home = [k for k in candidates if view.entities[k].country == view.home]
    if home or view.home_leaders_known:
        return home
    unknown = [k for k in candidates if view.entities[k].country is None]
    return unknown if len(unknown) == 1 else []


def _plainly_titled(view: DocView, candidates: list[str], holders: Mapping[str, list[int]]) -> list[str]:
    """The holder the article names first, when it never titles them with a country and titles
    every other with one ("Prime Minister X" beside "Vellmark's Prime Minister Y" and "Ostrian
    President Z"): the paper's own office holder, whom "the Prime Minister" capitalised stands
    for, when the outlet's country has no holder among them (a paper whose name the gazetteer
    gives to another country's)."""
    first = min(candidates, key=lambda k: holders[k][0])
    if _country_titled(view, first) or not all(_country_titled(view, k) for k in candidates if k != first):
        return []
    return [first]


def _country_titled(view: DocView, key: str) -> bool:
    """Whether the article titles the person with a country anywhere: "Vellmark's Prime Minister
    X", "Ostrian President X", "the Prime Minister of Vellmark, X", "Prime Minister X of Vellmark"."""
    def country(s: SentView, k: int) -> bool:
        return k in s.adjectives or (m := s.others.get(k)) is not None and m.kind is EntityKind.COUNTRY

    for s in view.sents:
        if key not in s.people:
            continue
        for np in s.nps:
            if np.kind != NAME or np.key != key:
                continue
            lo = np.start - 2 if s.low(np.start - 1) in ("'s", "’s") else np.start
            after = np.head_end + 1 + (s.low(np.head_end + 1) == "the")
            if any(country(s, k) for k in range(lo, np.head_start)) or s.low(np.head_end) == "of" and country(s, after):
                return True
    return False


def _people_named_since(view: DocView, first: int, end: int, kinds: tuple[EntityKind, ...]) -> set[str]:
    """The people of ``kinds`` named from sentence ``first`` on, before token ``end``."""
    lo = view.sents[max(0, first)].start
    return {m.key for m in view.mentions if lo <= m.start < end and m.kind in kinds}


def _pair_office(lex, role: str | None) -> bool:
    """Whether a role holds an office "the two men" may pair with a leader's (group_pair_offices)."""
    words = (role or "").casefold().replace("-", " ").split()
    return any(words[i:i + len(office)] == list(office) for office in lex.group_pair_offices
               for i in range(len(words) - len(office) + 1))
