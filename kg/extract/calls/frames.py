"""Who a cue says took part and who called: ``read_frame(view, lex, cue, cues) -> Frame``.

A ``Frame`` keeps the person phrases as they stand in the sentence (a pronoun, "the two
leaders" or "the President" is resolved later, by ``kg.extract.calls.discourse``). The
readings, by kind of cue:

- "X (and Y) phoned/called Z": subjects X (and Y), object Z, caller X; "Z was called by X":
  caller X.
- "X spoke/talked/conferred (by phone) with/to Z", "X and Z spoke": no caller.
- "X held/had/made/received a call with/to/from Z": the light verb says who called ("made",
  "placed": the subject; "received", "took", "declined": the person after "from").
- "X's call with Z", "his call with Z", "the call between X and Z", "a call from X to Z".
- "In a phone call (with Z), X told/said ...": the subject after the fronted phrase.
- "X told Z in a phone call": the speaker and the one told.
- lists: "with A, B and C" is one call with all of them, unless the text says the calls were
  separate (plural "calls" from a list, "separately", "then", "as well as", semicolons);
  "to A on Sunday and to B on Monday" is two calls.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.calls.cues import (ADVERBIAL, CALL_VERB, CONTACT_VERB, NOUN, TALK_VERB, Cue, clock_suffix, dash_apposition, is_clock,
                                   line_holder, named_in_apposition, quote_opens_before, titled_description_then_name)
from kg.extract.calls.lexicon import Lexicon
from kg.extract.calls.view import GROUP, NAME, PRONOUN, QUOTE_OPENERS, QUOTES_CLOSE, ROLE, PersonNP, SentView, label_before, object_pronoun
from kg.extract.calls.records import replace  # (dataclasses.replace, quicker for slotted records)
from kg.extract.calls.requests import call_request
from kg.extract.dates import is_back_reference
from kg.model import EntityKind

__all__ = ["Frame", "read_frame", "opening_verb_of_quotation", "clause_bounds", "subjects_before", "coordinated_after", "first_member", "partner_after",
           "of_whom_after", "shown_in_picture"]

_SPLIT_LIST = frozenset({";"})
# The word lists are the lexicon's (discourse.json governing_prepositions, subject_verb_gap,
# ...; calls.json partner_bridges, partner_prepositions ...). What stays here is punctuation
# and the articles "a", "an", "the" alone: grammar, not vocabulary.
_HYPHEN = "-"


@dataclass(frozen=True, slots=True)
class Frame:
    cue: Cue
    subjects: tuple[PersonNP, ...] = ()
    objects: tuple[PersonNP, ...] = ()
    prep: str | None = None  # the preposition of the objects ("with", "to", "from", "between") or "verb"
    caller: PersonNP | None = None
    second: tuple[PersonNP, ...] = ()  # "and to B": partners of calls of their own
    separate: bool = False  # the objects were called one by one
    fronted: bool = False  # "In a phone call, ..."
    country: str | None = None  # "a request ... turned down by Varnia": the country's key, for its leader


def clause_bounds(v: SentView, lex: Lexicon, i: int) -> tuple[int, int]:
    """The clause around token ``i``: from after a semicolon, dash, or comma + clause opener
    before it, to the next such break after it."""
    # (the sentence's words read by position: both walks stay inside it, where ``v.low`` is that)
    lower, start, breaks = v.lower, v.start, lex.clause_breaks
    lo = start
    j = min(i, v.end) - 1
    apposition = True  # (the first comma walked back over may close a phrase in commas after a name)
    while j >= start:
        low = lower[j - start]
        # (marks tested against a set: a tuple compares a word with each of its items in turn)
        if low in {";", "—", "–", ":"} or (low in breaks and _breaks(v, lex, j) and j < i - 1):
            lo = j + 1
            break
        if low == "," and apposition:
            apposition = False
            if j < i - 1 and (r := _relative_clause_before(v, lex, j + 1, start)) is not None \
                    and v.low(r + 1) not in lex.relative_pronouns and (named := v.np(r - 1)) is not None \
                    and named.start == start:
                # "X, acting minister because Y refused to sign it, spent the night taking calls":
                # the phrase in commas after the name, its "because" inside, is no bound (a
                # relative clause, ", who ...,", is read by ``subjects_before`` itself)
                j = r
        j -= 1
    hi = v.end
    for j in range(max(i + 1, start), v.end):
        low = lower[j - start]
        if low == ";" and _list_semicolon(v, j):
            continue
        if low in {"—", "–"} and dash_apposition(v, lex, j):
            continue  # "with the ministers of A and B – X and Y –": the names of the description
        if low in {";", "—", "–"} or (low in breaks and _breaks(v, lex, j)):
            hi = j
            break
    return lo, hi


def _list_semicolon(v: SentView, j: int) -> bool:
    """ "from A, Emir of Q; B, President of R; and C": a semicolon between two named people
    (each with their apposition) separates the items of a list, not two clauses."""
    before = any(np.kind == NAME and (np.end == j or np.end < j and _item_tail_end(v, np.end, j + 1) == j)
                 for np in v.nps)
    k = j + 1 + (v.low(j + 1) == "and")
    after = v.np(k)
    if after is None or after.start != k:
        after = _titled_item(v, k, v.end)  # "; HE President of the Varnian Republic X"
    if after is None or after.kind != NAME or not before:
        return False
    # "from A; B holds talks with C": a word other than the list's punctuation after the name
    # opens a clause of its own
    follow = v.low(after.end)
    if not follow.isalpha() or follow in ("of", "and") or v.others.get(after.end) is not None:
        return True  # (the item's country or title goes on: "B, Crown Prince of the Kingdom of R")
    return not (v.tok(after.end).islower() or v.headline)


def _breaks(v: SentView, lex: Lexicon, j: int) -> bool:
    """ "as" opens a clause, except in "as well as", "such as", "as soon as"; "before", "after"
    and "since" do, except as adverbs ("the day before, ...")."""
    if v.low(j) in lex.clause_adverbs:
        if v.low(j + 1) in lex.partner_prepositions and any(d.start < j and d.end == j + 1 for d in v.dates):
            return False  # "took a call the day before from X": the date's own adverb, then the partner
        return v.low(j + 1) not in (",", ".", ";", ")", "—", "–", "") and not v.tok(j + 1)[:1] in ("”", '"')
    if v.low(j) != "as":
        return True
    if any(v.low(k) in lex.as_comparatives for k in range(max(v.start, j - 3), j)):
        return False  # "at the same table as Y": a comparison
    k = j + 1 + (v.low(j + 1) in lex.office_modifiers)
    if v.tok(k).islower() and any(" ".join(v.lower[k - v.start:k + n - v.start]) in lex.title_phrases for n in range(1, 5)):
        return False  # "sworn in as (acting) foreign minister": a capacity (but "as President X said": a clause)
    return v.low(j + 1) not in lex.as_phrase_after and v.low(j - 1) not in lex.as_phrase_before


def _ungoverned(lex: Lexicon, np: PersonNP) -> bool:
    return np.governor not in lex.governing_prepositions


def _subordinate_subject(v: SentView, lex: Lexicon, np: PersonNP, pos: int) -> bool:
    """ "a day after Trump spoke with X": after "after", "before" or "since" the name right
    before the verb is the subject of its clause, not the object of a preposition."""
    if np.governor not in lex.clause_adverbs or np.possessive:
        return False
    j = np.end
    if v.low(j) == ",":
        # "a day after X, President of the Senate, spoke with Y": past a phrase in commas after
        # the name that names no one else
        close = next((k for k in range(pos - 1, j, -1) if v.low(k) == ","), None)
        if close is None or any(v.np(k) is not None or v.low(k) in (";", ":", ".") for k in range(j + 1, close)):
            return False
        j = close + 1
    while j < pos and (v.low(j) in lex.subject_verb_gap or v.low(j).endswith("ly")):
        j += 1
    return j == pos


def _relative_clause_before(v: SentView, lex: Lexicon, pos: int, lo: int) -> int | None:
    """The comma opening a relative clause (", who ...,") or a phrase in commas after a name
    (", sworn in on Tuesday,") that ends right before ``pos``."""
    if pos - 1 < lo or v.low(pos - 1) != ",":
        return None
    # (an apposition may hold a word its clause bounds stop at: "sworn in as ...")
    nearest = True  # (the comma nearest before: an apposition is one pair of commas)
    apposed = None
    for r in range(pos - 2, max(v.start, pos - 25) - 1, -1):
        low = v.low(r)
        if low in (";", ":"):
            break
        if low == "," and v.low(r + 1) in lex.relative_pronouns and r >= lo:
            # (a relative clause further back wins: "X, who met Y, sworn in last week, spoke")
            return r
        if low == "," and nearest and v.tok(r + 1).isalpha() and v.tok(r + 1).islower() \
                and v.low(r + 1) not in lex.list_connectors and v.low(r + 1) not in lex.relative_pronouns \
                and v.low(r + 1) not in lex.clause_openers and v.low(r + 1) not in ("and", "or", "but", "then") \
                and (np := v.np(r - 1)) is not None and r in (np.end, np.head_end) and np.kind == NAME and not np.possessive:
            # "X, sworn in as foreign minister on Tuesday, spoke ...": a phrase of its own in
            # commas after the name, opened by a word in lower case
            apposed = r
        nearest = nearest and low != ","
    return apposed


def shown_in_picture(v: SentView, lex: Lexicon, np: PersonNP, pos: int) -> bool:
    """ "aired footage of X on the phone with Y": the person a picture or recording shows, right
    before the cue, is its subject."""
    return np.governor == "of" and v.low(np.start - 2) in lex.depiction_nouns and np.end == pos


def _opens_subordinate(v: SentView, lex: Lexicon, np: PersonNP) -> bool:
    """ "a day after X apologised to Y in a phone call": the name after "after", "before" or
    "since" with a verb right after it is the subordinate clause's subject."""
    after = v.tok(np.end)
    return np.governor in lex.clause_adverbs and after.isalpha() and after.islower() \
        and v.low(np.end) not in lex.governing_prepositions and v.low(np.end) not in ("and", "or")


def _main_subject_before(v: SentView, lex: Lexicon, np: PersonNP) -> PersonNP | None:
    """The sentence's subject, named before ``np`` when ``np`` is the object of a verb (its
    governor a lower-case word that is no preposition): the first person phrase after any
    dateline, not governed by a preposition; else None."""
    gov = np.governor
    if not gov.isalpha() or not gov.islower() or gov in lex.governing_prepositions or gov in lex.list_connectors:
        return None
    first = next((n for n in v.nps if n.start >= v.opening and n.kind in (NAME, ROLE)), None)
    if first is None or first.start >= np.start or first.possessive or first.governor in lex.governing_prepositions:
        return None
    return first


def _owned_speaker_says(v: SentView, lex: Lexicon, k: int) -> bool:
    """A verb of saying at token ``k`` whose subject is someone's speaker ("his office said",
    "X's spokesman says": discourse.json speaker_nouns after a possessive)."""
    if v.low(k) not in lex.saying_words:
        return False
    for n in (1, 2, 3):
        at = k - n
        if at > v.start and lex.speaker_nouns.match(v.lower, at - v.start) == n:
            owner = v.np(at - 1)
            return v.low(at - 1) in lex.possessive_pronouns or v.low(at - 1) in ("'s", "’s") \
                or owner is not None and owner.possessive and owner.end == at
    return False


def of_whom_after(v: SentView, lex: Lexicon, np: PersonNP) -> bool:
    """ ", both of whom", ", all of whom" right after ``np`` (discourse.json distributive_quantifiers):
    a relative clause whose subjects are the names it follows, each on its own."""
    k = np.end
    return v.low(k) == "," and v.low(k + 1) in lex.distributive_quantifiers and v.low(k + 2) == "of" and v.low(k + 3) == "whom"


def _back_over_gap(v: SentView, lex: Lexicon, j: int, lo: int) -> int:
    """Token ``j`` walked back over the auxiliaries and adverbs between a subject and its verb
    ("had", "also", "quickly"), no further than ``lo``: the first token before them."""
    while j >= lo and v.np(j) is None and (v.low(j) in lex.subject_verb_gap or v.low(j).endswith("ly")):
        j -= 1
    return j


def _named_before_long_apposition(v: SentView, lex: Lexicon, comma: int, lo: int) -> PersonNP | None:
    """ "Vice Premier X, also a member of the ... and the lead person for ..., held a call": the
    name before a description of more than thirty words set off by commas, opened by "also" or a
    determiner, that names no one else and holds no stop, colon or semicolon, when that name
    is governed by no preposition; else None."""
    for k in range(comma - 1, max(lo, comma - 70) - 1, -1):
        low = v.low(k)
        if low in (".", ";", ":") or (np := v.np(k)) is not None and np.kind == NAME and np.end != k + 1:
            return None
        if low == "," and (named := v.np(k - 1)) is not None and named.end == k and named.kind == NAME \
                and (v.low(k + 1) == "also" or v.low(k + 1) in lex.determiners):
            return named if _ungoverned(lex, named) else None
    return None


def subjects_before(v: SentView, lex: Lexicon, pos: int, lo: int | None = None) -> tuple[PersonNP, ...]:
    """The subject phrase(s) before token ``pos``: the nearest person phrase not governed by a
    preposition, with the phrases coordinated with it ("X and Y", "X, Y and Z")."""
    lo = v.start if lo is None else lo
    # the auxiliaries and adverbs right before the verb, walked back over once
    j = _back_over_gap(v, lex, pos - 1, lo)
    if j >= lo and v.low(j) in lex.attempt_verbs and v.low(j + 1) == "to":
        j = _back_over_gap(v, lex, j - 1, lo)  # "Y, who had tried to reach him": the verb of trying and what stands before it
    gap = j + 1  # where they open
    if j >= lo and v.np(j) is None and v.tok(j).isalpha() and v.tok(j).islower() and v.low(j) in lex.unnamed_plural_subjects:
        return ()  # "world leaders call to congratulate him": the subject is no one named
    if j - 1 >= lo and v.low(j) in ("who", "that") and v.low(j - 1) == ",":
        # "X spoke with Y, who had called him": the relative clause's subject is the one it
        # follows, whatever governs that name
        np = v.np(j - 2)
        if np is not None and np.end == j - 1 and np.kind == NAME and v.low(np.start - 1) in lex.negations \
                and v.low(np.start - 2) == "," and (kept := v.np(np.start - 3)) is not None \
                and kept.end == np.start - 2 and kept.kind == NAME and v.low(kept.start - 2) == "it" \
                and v.low(kept.start - 1) in lex.finite_be:
            return (kept,)  # "it was X, not Y, who called Z": X, the one the cleft sets Y against
        if np is not None and np.end == j - 1 and np.kind == NAME:
            return (np,)
    j = pos - 1
    # "X, who declared a day of mourning in his country, phoned Y": the subject is before the
    # relative clause, which ends before the auxiliaries ("X, who ..., has also held talks")
    # (a clause the relative clause holds may have set ``lo`` inside it: "X, who is acting
    # president while Y is abroad, held a call")
    r = _relative_clause_before(v, lex, gap, lo)
    if r is None and lo > v.start and (r := _relative_clause_before(v, lex, gap, v.start)) is not None \
            and not (v.low(r + 1) in lex.relative_pronouns and (np := v.np(r - 1)) is not None and np.end == r and np.kind == NAME
                     and not any(v.low(k) == "," for k in range(r + 2, gap - 1))):
        r = None  # (only one pair of commas right after a name, nothing set off inside it)
    if r is not None:
        j = r - 1
        if r < lo:
            lo = (np.start if (np := v.np(r - 1)) is not None else r)  # (the name the phrase follows)
    found = None
    if gap - 4 >= lo and (np := v.np(gap - 5)) is not None and np.end == gap - 4 and np.kind == NAME and of_whom_after(v, lex, np):
        # "from A and B, both of whom rang X": the names the relative clause
        # follows, whatever governs them
        found = np
    # (the sentence's opening subject, read once for the walk)
    opening = v.nps[0] if v.nps and v.nps[0].start == v.start and v.nps[0].kind == NAME else None
    while found is None and j >= lo and pos - j <= 30:
        np = v.np(j)
        low = v.low(j)
        if np is not None:
            between = [v.low(k) for k in range(np.end, pos)]
            # (a line with no full stop, its verbs in the present: a headline, in title or sentence case)
            headline_object = (v.headline or v.low(v.end - 1) not in (".", "!", "?", '"', "”", "'", "’")) \
                and between[:1] == [","] and len(between) <= 3 and np.governor.endswith("s") \
                and np.governor.isalpha() and np.governor.islower() and np.governor not in lex.governing_prepositions
            # (or any verb's object before "and": "X sent Y a letter on Monday and will speak with
            # him this week", whose subject is X)
            # (the main verb's own object: right after the sentence's opening subject, and followed
            # by what follows an object, "a letter", "on Monday", "that ...": not "said Y had
            # arrived", "expects Y to visit", where Y does something next)
            verb_object = "and" in between and opening is not None and opening is not np and np.start - 1 >= opening.end \
                and all(v.low(m) in ("of", "the", ",") or v.tok(m)[:1].isupper() for m in range(opening.end, np.start - 1)) \
                and np.governor.isalpha() and np.governor.islower() and np.governor not in lex.governing_prepositions \
                and np.governor not in _NOT_VERBS and np.kind == NAME and not np.possessive \
                and (v.low(np.end) in lex.determiners or v.low(np.end) in ("that", ",")
                     or v.low(np.end) in lex.governing_prepositions and v.low(np.end) != "to")
            if headline_object or verb_object or np.governor in lex.call_verbs and (
                    between[:1] == [","] and 1 < len(between) <= 3 or "and" in between or "then" in between):
                # "Premier rings Varnia's Dule, plans call with X", "X phoned A on Friday and,
                # in a separate call, spoke with B", "X phoned A to thank her, then phoned B": the
                # first verb's object is not the second's subject (nor, in a headline, the object of
                # any verb: "Premier congratulates Varnia's Dule, denies phoning X")
                j = np.start - 1
                continue
            if np.kind == NAME and np.possessive and np.end < pos and v.np(np.end) is None \
                    and v.low(np.end) not in lex.subject_verb_gap and not v.low(np.end).endswith("ly"):
                if v.low(np.end) in lex.possessed_intent_nouns and v.low(np.end + 1) == "to" and np.end + 2 == pos:
                    return (np,)  # "Macron's attempt to call Y": the possessor calls
                n = lex.speaker_nouns.match(v.lower, np.end - v.start)
                if n and v.low(np.end + n) in lex.saying_words:
                    return (np,)  # "X's office says a call with Y is being arranged": X's call
                if (before := _apposed_to_owned(v, np, gap)) is not None:
                    j = before.end - 1  # "X, Y's envoy, phoned Z": X, whom the description is of
                    continue
                return ()  # "Trump's envoy phoned Putin": the subject is the envoy, not named
            owned = np.end + 1 if v.low(np.end) in ("'s", "’s") else np.end if np.possessive else None
            if np.kind == ROLE and owned is not None and owned < pos and v.np(owned) is None \
                    and v.low(owned) not in lex.subject_verb_gap:
                # "X, the president's son-in-law, told reporters on a call": the title owns the
                # noun after it, it is no subject (X may be, before it)
                j = np.start - 1
                continue
            if np.kind == PRONOUN and np.word in lex.object_pronouns and ("," in between or "then" in between):
                # "phoned A to congratulate him, then phoned B": "him" is no subject of the verb of the
                # next clause (but "saw him phone B", "allowed me to call B": the doer of that verb)
                j = np.start - 1
                continue
            if "then" in between and np.governor in ("and", ","):
                first = np
                while (prev := _coordinated_before(v, lex, first, lo, (NAME, ROLE))) is not None:
                    first = prev
                if first.governor in lex.call_verbs:
                    j = first.start - 1  # "phoned A and B to thank them, then phoned C": C's caller is before A
                    continue
            if _ungoverned(lex, np) or _subordinate_subject(v, lex, np, pos) or shown_in_picture(v, lex, np, pos):
                found = np
                break
            j = np.start - 1
            continue
        if low == "," and j < gap - 1 and (r := _relative_clause_before(v, lex, j + 1, lo)) is not None \
                and (named := v.np(r - 1)) is not None and named.start in (v.start, lo):
            # "X, acting minister because Y refused to sign his appointment, spent the night taking
            # calls": past the phrase in commas after the name opening the clause, to the name (not a
            # verb's subject in it; not "X met Y, acting premier since Z resigned, and later phoned W")
            j = r - 1
            continue
        if low == ":" and (label := label_before(v, j)) is not None:
            return (label,)  # "Amara Dule: The party's leader phoned ...": the item's label
        if low in (";", ":"):
            return ()
        if low in lex.reporting_words and pos - j > 2 and v.low(j + 1) in lex.determiners and v.np(j + 1) is None \
                and any(v.low(k) in lex.finite_be or v.low(k) in lex.perfect_auxiliaries for k in range(j + 2, pos)) \
                and not any(v.low(k) in (",", "and", "but") for k in range(j + 1, pos)):
            # "the man who says he won says the ministry has tried to reach him": the reported
            # clause opens with a subject of its own, no person ("the ministry"), and its verb
            # (not "posted a clip of a call with Y", the verb's object; nor "said the vote was
            # rigged and phoned Y", the first subject's second verb)
            return ()
        if low == "that" and pos - j > 2 and not any(d.start == j for d in v.dates) \
                and not (all(v.low(m) in lex.determiners or v.low(m) in lex.medium_words or v.low(m) in lex.noun_modifiers
                             for m in range(j + 1, pos)) and _owned_speaker_says(v, lex, j - 1)):
            # "X tells reporters that Pakistan's army chief called ...": the subject is inside the
            # "that" clause, and no person is named there (not "X had rung again that evening
            # to reach Y": a day's "that"; nor "X's office said that a phone call with Y ...", the
            # cue's own noun phrase after what someone's office said: X's call)
            return ()
        j -= 1
    if found is None and pos - j > 30 and v.low(gap - 1) == ",":
        found = _named_before_long_apposition(v, lex, gap - 1, lo)
    if found is None:
        # the clause opened after a list item's label: the item is about the one it names
        label = label_before(v, lo - 1) if j == lo - 1 and lo > v.start and v.low(lo - 1) == ":" and pos - lo <= 30 else None
        return (label,) if label is not None else ()
    listed = v.low(found.end) == "," and v.low(found.end + 1) in lex.distributive_quantifiers
    out = [found]
    k = found.start - 1
    while k >= v.start:
        low = v.low(k)
        if low == "," and (opened := _description_before(v, lex, k, out[-1])) is not None:
            k = opened - 1  # "X and the winner, Y, spoke": past the description of Y, to X
            continue
        if low not in ("and", "&", ",") and (prev := _named_before_title(v, lex, k, out[-1])) is not None:
            # "X, Ostria's Minister of Economy, Trade and Industry Y and Z held ...": X, before Y's title
            out.append(prev)
            k = prev.start - 1
            continue
        if low in ("and", "&", ","):
            k2 = k - 1
            if v.low(k2) == "," and low == "and":
                k2 -= 1
            k2 = _past_bracket(v, k2, v.start)  # "A (Reform) and B spoke"
            np = v.np(k2)
            # (not the object of a call or contact verb before: "Premier Phones Rama, Tajani Calls
            # Hasani"; "Unable to reach X, Y spoke to Z")
            # ("two days after A and B spoke": "after" opens a clause, it governs no one)
            if np is not None and np.end == k2 + 1 and (_ungoverned(lex, np) or np.governor in lex.clause_adverbs and low == "and"
                                                         or listed and np.kind == NAME) \
                    and not np.possessive and not (low == "," and (np.governor in lex.call_verbs
                                                                   or np.governor in lex.contact_verbs.firsts)):
                out.append(np)
                k = np.start - 1
                continue
        break
    return tuple(reversed(out))


def _apposed_to_owned(v: SentView, possessor: PersonNP, gap: int) -> PersonNP | None:
    """ "X, Y's national security adviser, phoned Z": the name before a closed apposition that a
    possessive name opens (a few words of the thing owned, then a comma right before the verb and
    its auxiliaries at ``gap``), whom the apposition describes; else None."""
    k = possessor.end
    while k < min(gap, possessor.end + 5) and v.tok(k).isalpha():
        k += 1
    if k == possessor.end or v.low(k) != "," or k + 1 != gap or v.low(possessor.start - 1) != ",":
        return None
    named = v.np(possessor.start - 2)
    return named if named is not None and named.kind == NAME and named.end == possessor.start - 1 \
        and not named.possessive else None


def _owned_name(v: SentView, np: PersonNP) -> PersonNP | None:
    """The name phrase a possessive pronoun opens ("my Indonesian counterpart, X": the phrase
    of X, its description first), else None."""
    if np.kind != PRONOUN or not np.possessive:
        return None
    owned = v.np(np.end)
    return owned if owned is not None and owned.kind == NAME and owned.start == np.end \
        and owned.head_start > owned.start else None


def _described_after(v: SentView, k: int, hi: int, closed: bool = False) -> PersonNP | None:
    """The name a short lower-case description at token ``k`` goes on to after a comma ("envoy,
    Cardinal Y"; with ``closed``, a comma after the name too: "his deputy, Y,"), else None."""
    for j in range(k, min(hi, k + 5)):
        if v.low(j) == ",":
            np = v.np(j + 1)
            return np if j > k and np is not None and np.kind == NAME and np.start == j + 1 \
                and (not closed or v.low(np.end) == ",") else None
        if not (v.tok(j).isalpha() and v.tok(j).islower()):
            return None
    return None


def _relative_antecedent(v: SentView, subject: PersonNP) -> PersonNP | None:
    """The person a "whom" right before ``subject`` refers to ("Y, whom X had rung"; "Y, with
    whom X spoke by phone"): the name right before the comma that opens the relative clause."""
    if v.low(subject.start - 1) != "whom":
        return None
    comma = subject.start - 2 if v.low(subject.start - 2) == "," else \
        subject.start - 3 if v.low(subject.start - 2) in ("with", "to") and v.low(subject.start - 3) == "," else None
    np = v.np(comma - 1) if comma is not None else None
    return np if np is not None and np.kind == NAME and np.end == comma and not np.possessive else None


def _named_before_title(v: SentView, lex: Lexicon, k: int, named: PersonNP) -> PersonNP | None:
    """The person named before the title that opens ``named``'s phrase at token ``k`` and
    back ("A, Ostria's Minister of Economy, Trade and Industry B": A, a comma after A's name and
    a title word between), which the person phrases may have read as A's apposition."""
    for j in range(k, max(v.start, k - 12) - 1, -1):
        np = v.np(j)
        if np is not None and np is not named:
            between = range(np.head_end, named.start)
            if np.kind != NAME or np.end != j + 1 or np.possessive or not any(v.low(m) == "," for m in between) \
                    or not any(v.low(m) in lex.title_words for m in between):
                return None
            # (a subject of its own: not "B, who replaced A, Chile's Minister ... C": A is an object)
            return np if _ungoverned(lex, np) and (not np.governor.isalpha() or np.governor == "and") else None
        word = v.tok(j)
        if not (word[:1].isupper() and word.isalpha() or v.low(j) in ("of", "'s", "’s", "the", ",", "and", "&")):
            return None
    return None


def _description_before(v: SentView, lex: Lexicon, comma: int, named: PersonNP) -> int | None:
    """Where the description that ``named`` stands in apposition to opens, when the comma at
    ``comma`` ends one ("the winner, X", "her old rival, X": ``titled_description_then_name``)."""
    for j in range(comma - 1, max(v.start, comma - 7) - 1, -1):
        if v.low(j) == "the" or v.low(j) in lex.possessive_pronouns:
            found = titled_description_then_name(v, lex, j, v.end)
            return j if found is not None and found.start == named.start else None
        if not v.tok(j).isalpha():
            return None
    return None


def first_member(v: SentView, lex: Lexicon, i: int) -> PersonNP | None:
    """The first person named after a group-member opener within 16 tokens of ``i`` in the same
    clause list ("world leaders on Monday, including X", "among them X")."""
    openers = lex.group_member_openers
    for k in range(i, min(v.end, i + 16)):
        if v.low(k) in (".", ";"):
            return None
        n = openers.match(v.lower, k - v.start) if v.low(k) in openers.firsts else 0
        if n:
            return v.np(k + n)
    return None


def _plural_phrase_end(v: SentView, lex: Lexicon, k: int) -> int | None:
    """Where a run of at most four words from ``k``, opened by a determiner or a quantifier
    (group_quantifiers), no one's name, ends in a lower-case plural ("several other leaders",
    "the Nordic leaders"; not "praised the leaders"), else None."""
    if v.low(k) not in lex.determiners and v.low(k) not in lex.group_quantifiers:
        return None
    j = k
    openers = lex.group_member_openers.firsts
    while j < min(v.end, k + 4) and v.tok(j).isalpha() and v.np(j) is None and v.low(j) not in openers:
        j += 1
    return j if j > k and v.tok(j - 1).islower() and v.low(j - 1).endswith("s") else None


def _member_right_after(v: SentView, lex: Lexicon, i: int | None) -> PersonNP | None:
    """The person named by a group-member opener right after a group ending at ``i``, a comma
    between them or not ("other leaders, including X")."""
    if i is None:
        return None
    k = i + (v.low(i) == ",")
    n = lex.group_member_openers.match(v.lower, k - v.start) if v.low(k) in lex.group_member_openers.firsts else 0
    return v.np(k + n) if n else None


def coordinated_after(v: SentView, lex: Lexicon, i: int, hi: int, reach: int = 6,
                      objects: bool = False) -> tuple[list[PersonNP], bool]:
    """Person phrases from token ``i`` on with their coordinations ("A, B and C"), and whether
    the list says they were separate ("A; B; and C", "A as well as B", "A, then B").
    ``objects``: the list is a verb's partners, after it, so a name followed by a verb of its
    own opens the next clause ("phoned A, and B is expected to call"; not a call noun's, whose
    own verb may follow: "calls with A and B were cordial")."""
    found: list[PersonNP] = []
    connectors: list[list[str]] = []
    separate = False
    j = i
    while j < min(hi, i + reach):
        np = v.np(j)
        if np is not None:
            found.append(np)
            break
        if v.low(j) in (".", ";", ",") or v.low(j) in lex.clause_openers:
            break
        j += 1
    if not found and j == i + reach:
        # "with Ostria's First Deputy Premier and Trade Minister X", "with Varnia's Secretary of
        # State in the Office of the President X": a long title, then the name
        title = _titled_item(v, i, hi)
        if title is not None and title.start > j - 1:
            found.append(title)
    if (not found or found[0].kind == GROUP) and (named := named_in_apposition(v, lex, found[0].start if found else i, hi)) is not None:
        found = [named]  # "with the ministers of A and B – X and Y –": the description's people
    if not found and (named := titled_description_then_name(v, lex, i, hi)) is not None:
        found = [named]  # "in a call with the victor, X,"
    if not found or found[0].kind == GROUP:
        # "with some 40 heads of state since the vote, including X", "calls from world leaders,
        # among them X": the people named
        member = first_member(v, lex, found[0].end if found else i)
        if member is not None:
            found = [member]
            # (the members go on past the clause the group ended: "with several leaders since
            # the vote, including A and B")
            hi = max(hi, next((k for k in range(member.end, v.end) if v.low(k) in (".", ";")), v.end))
    while found and found[-1].kind == NAME and found[-1].possessive and v.np(found[-1].end) is None:
        # "joined by Trump's billionaire backer, Elon Musk": the possessor is not the person
        nxt = next((v.np(k) for k in range(found[-1].end, min(v.end, found[-1].end + 6)) if v.np(k) is not None), None)
        found = [nxt] if nxt is not None and v.low(nxt.start - 1) == "," else []
    while found:
        k = found[-1].end
        if v.low(k) in (")",):
            k += 1
        elif (close := _bracket_close(v, k, hi)) is not None and all(v.tok(j)[:1].isupper() for j in range(k + 1, close)):
            k = close + 1  # "A (Varnia), B (Ostria) and C": a country in brackets after each name
        k = _item_tail_end(v, k, hi)
        if v.low(k) == "of":
            # "with Prime Minister A of Vell and Prime Minister B of Ostria": the place after the
            # name (a country, or capitalised words before the list goes on)
            j = k + 1
            while j < min(hi, k + 4) and v.tok(j)[:1].isupper() and v.tok(j).isalpha() and v.np(j) is None:
                j += 1
            if (country := v.others.get(k + 1)) is not None and country.kind is EntityKind.COUNTRY:
                k = country.end
            elif j > k + 1 and v.low(j) in ("and", ",", ";"):
                k = j
        k = _apposition_end(v, lex, _relative_clause_end(v, lex, k, hi), hi)
        words = []
        while k < hi:
            if v.low(k) in lex.list_connectors or v.low(k) in (",", "&", ";"):
                words.append(v.low(k))
                k += 1
            elif words[-1:] == ["later"] and not {"and", "then"}.isdisjoint(words) and k in v.dated():
                # "with A, and later in the afternoon with B": a later time between the two, another
                # call (only before the next one's preposition: not "with A later in the afternoon,
                # his office said"; a day of its own, "and on 9 June with B", is read elsewhere)
                j = k
                while j < hi and j in v.dated():
                    j += 1
                if v.low(j) not in ("with", "to", "from"):
                    break
                words.append("later")
                k = j
            else:
                break
        if not words or (words[-1] in ("with", "to") and words[:1] != [","] and "and" not in words and "then" not in words):
            break
        if "as" in words and "as well as" not in " ".join(words):
            break  # "with X as Y denied ...": a clause, not a list
        if words == [","] and any("and" in w for w in connectors):
            break  # "with A, with B and with C, spokesman X said": "and" closed the list
        nxt = v.np(k)
        # "; HE President of the Varnian Republic X", "and with Deputy Prime Minister and Foreign
        # Minister of Ostria X": an item whose long title opens it
        titled_ok = ";" in words or words[-1] in ("with", "to")
        if (nxt is None or nxt.start != k) and titled_ok:
            nxt = _titled_item(v, k, hi)
        if (nxt is None or nxt.start != k or nxt.kind == PRONOUN and nxt.possessive) and "and" in words \
                and (described := titled_description_then_name(v, lex, k, hi)) is not None:
            after = described.end + (v.low(described.end) == ",")
            if v.low(described.end) == "," and any(_verb_like(lex, v.low(m)) for m in (after, after + 1)):
                break  # "phoned A, and the winner, B, later thanked her": B opens a clause of its own
            found.append(described)  # "the loser, A, and the winner, B": B after the description
            connectors.append(words)
            continue
        if (nxt is None or nxt.start > k) and v.low(k) in lex.honorifics:
            # "..., H.E. Mr. B, and H.E. Dr. C": honorifics before the next name of the list
            j = k
            while j < min(hi, k + 4) and v.low(j) in lex.honorifics:
                j += 1
            if (named := v.np(j)) is not None and named.start == j and named.kind == NAME:
                nxt = named
                k = j
        if (nxt is None or nxt.start > k) and not titled_ok and "and" in words:
            # "with A and NDP Leader B": a party's or a place's capitalised word before the
            # title of the next name (the title's words, all capitalised, within three words)
            named = next((v.np(m) for m in range(k + 1, min(hi, k + 4)) if v.np(m) is not None), None)
            if named is not None and named.kind == NAME and all(v.tok(m)[:1].isupper() for m in range(k, named.start)) \
                    and any(v.low(m) in lex.title_words for m in range(k, named.start)):
                nxt, k = named, named.start
        if (nxt is None or nxt.start > k) and (owned := v.after_country(k)) is not None and owned.kind == NAME:
            nxt, k = owned, owned.start  # "with A, Ostria's B and C": a country's possessive before a name
        if "and" in words and (nxt is None or nxt.start > k or nxt.kind == GROUP) \
                and (member := _member_right_after(v, lex, nxt.end if nxt is not None and nxt.start == k
                                                   else _plural_phrase_end(v, lex, k))) is not None:
            # "with A, B and several other leaders, including C": the members named of the group
            nxt, k = member, member.start
        if nxt is None or nxt.start > k and not titled_ok or nxt.start < k:
            break
        if words[-1] == "from" and (nxt.kind not in (NAME, ROLE) or nxt.possessive):
            break  # "telephoned X from his residence": a place, not a second caller
        if objects and ("and" in words or ";" in words) and nxt.kind == NAME and v.low(i - 1) != "between" \
                and _opens_clause_at(v, lex, _after_bracket(v, nxt.end, hi), present=";" in words):
            # (not "a call between A and B is scheduled": the verb is the call noun's)
            # "with A, and B is expected to call next week", "Premier calls A; B speaks to Y": B
            # opens a clause of its own
            break
        if nxt.kind == PRONOUN and nxt.word in lex.subject_pronouns and len(found) == 1 and found[0].kind == PRONOUN:
            break  # "called me, and he told me ...": a subject opens a clause of its own
        if ";" in words or "then" in words or ("as" in words and "well" in words) or "later" in words \
                or not lex.separating_connectors.isdisjoint(words):
            separate = True
        if words[-1] in ("with", "to", "from") and ("and" in words or "then" in words or "," in words):
            separate = True  # "with A and with B", "calls from A, from B and from C"
        found.append(nxt)
        connectors.append(words)
    if len(found) > 1 and all(w == [","] for w in connectors) and not _headline_list(v, found[-1].end, hi):
        # "with A, B spoke": no "and" closes a list, so what follows the comma is the next clause
        return found[:1], False
    return found, separate


_FINITE_AFTER_NAME = frozenset(("is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can",
                                "did", "does", "met", "held", "said", "told", "says", "tells"))


def _bracket_close(v: SentView, k: int, hi: int) -> int | None:
    """Where a bracket opened at ``k`` closes, within four words and before ``hi``, else None."""
    if v.low(k) != "(":
        return None
    return next((j for j in range(k + 1, min(hi, k + 5)) if v.low(j) == ")"), None)


def _after_bracket(v: SentView, k: int, hi: int) -> int:
    """The token after a bracket opened at ``k`` ("B (Varnia) met ..."), else ``k``."""
    close = _bracket_close(v, k, hi)
    return k if close is None else close + 1


def _opens_clause_at(v: SentView, lex: Lexicon, k: int, present: bool = False) -> bool:
    """Token ``k``, right after a name (an adverb may come first: "B later met"), is a finite
    verb: the name is a clause's subject; with ``present``, after a semicolon, a verb of calling
    or talking in the present as well ("Premier calls A; B speaks to Y")."""
    if v.low(k) in ("later", "also", "then", "subsequently"):
        k += 1
    return v.low(k) in _FINITE_AFTER_NAME or _verb_like(lex, v.low(k)) or present and v.low(k) in lex.present_verbs


def _verb_like(lex: Lexicon, word: str) -> bool:
    """A word that may be a clause's verb after a name: a verb of saying or thanking, or a past
    form ("resigned"; not "twice", "shortly", "separately")."""
    return word in lex.reporting_words or word in lex.speech_verbs or word in lex.gratitude_verbs \
        or len(word) > 4 and word.endswith("ed")


def _headline_list(v: SentView, end: int, hi: int) -> bool:
    """ "Dule takes calls from Varga, Sorn": a headline's commas stand for "and" in a list that
    ends its clause."""
    return v.headline and (end >= hi or v.low(end) in (";", ":", ".") or not v.low(end).strip())


_ITEM_TAIL = frozenset(("of", "the", ",", "-", "and"))


def _item_tail_end(v: SentView, k: int, hi: int) -> int:
    """ "A of the Hashemite Kingdom of Jordan; B, Crown Prince of C; and D": in a list whose
    items are set apart by semicolons, where an item's title or country after the name ends
    (the semicolon), else ``k``."""
    for j in range(k, min(hi, k + 16)):
        low = v.low(j)
        if low == ";":
            return j if j > k else k
        if not (low in _ITEM_TAIL or v.tok(j)[:1].isupper() or v.others.get(j) is not None):
            return k
    return k


def _relative_clause_end(v: SentView, lex: Lexicon, k: int, hi: int) -> int:
    """ "A, whose country sent the most troops, B and C": the comma closing a relative clause
    that follows a list's item (the list goes on after it), else ``k``."""
    if v.low(k) != "," or v.low(k + 1) not in lex.relative_pronouns:
        return k
    for j in range(k + 2, min(hi, k + 16)):
        if v.low(j) in (";", ".", ":"):
            return k
        if v.low(j) == ",":
            nxt = v.np(j + 1) or (v.np(j + 2) if v.low(j + 1) == "and" else None)
            if nxt is None and v.low(j + 1) == "and":
                # ("A, who chairs the bloc, and later in the afternoon with B": past connectors and
                # a time, the next item's preposition)
                m = j + 2
                while m < min(hi, j + 9) and (v.low(m) in lex.list_connectors and v.low(m) not in ("with", "to", "from")
                                              or m in v.dated()):
                    m += 1
                if v.low(m) in ("with", "to", "from"):
                    nxt = v.np(m + 1) or v.after_country(m + 1)
            return j if nxt is not None and nxt.kind == NAME and not nxt.possessive else k
    return k


def _apposition_end(v: SentView, lex: Lexicon, k: int, hi: int) -> int:
    """ "A, the new head of the Transitional Council, and B": the comma closing a description of a
    list's item that opens with a determiner and holds a title's word and no one else (the list
    goes on after it with "and" or "or" and a name), else ``k``."""
    if v.low(k) != "," or v.low(k + 1) not in lex.determiners:
        return k
    titled = False
    for j in range(k + 2, min(hi, k + 14)):
        np = v.np(j)
        if v.low(j) in (";", ".", ":", "(", ")") or np is not None and np.kind in (NAME, PRONOUN):
            return k
        if v.low(j) == ",":
            nxt = v.np(j + 2) if v.low(j + 1) in ("and", "or") else None
            return j if titled and nxt is not None and nxt.start == j + 2 and nxt.kind == NAME and not nxt.possessive else k
        titled = titled or v.low(j) in lex.title_words
    return k


def _titled_item(v: SentView, k: int, hi: int) -> PersonNP | None:
    """The named person of a list item whose title opens it with its country ("HE President of
    the Varnian Republic X"): the first name before the item ends."""
    for j in range(k, min(hi, k + 24)):
        np = v.np(j)
        if np is not None:
            return np if np.kind == NAME else None
        low = v.low(j)
        if low in (";", ".", ":") or not (low in _ITEM_TAIL or low in _TITLE_LINKS or v.tok(j)[:1].isupper()
                                           or v.others.get(j) is not None):
            return None
    return None


_TITLE_LINKS = frozenset(("at", "for", "'s", "’s"))  # "Minister of State at the Ministry", "Qatar's Minister"


def _ordinal_callers(v: SentView, lex: Lexicon, cue: Cue, hi: int) -> tuple[PersonNP, ...]:
    """ "The first (foreign leader) to call Y(, on Monday,) was X": the name after the copula
    that follows the infinitive, when "the" and an ordinal (``ordinal_before_to``)
    open the phrase the infinitive ends, at most three words between them and "to", and the
    phrase opens the sentence or its clause (after "that" or a comma; "Among the first to call Y
    were ..." is read with the callers after their verb)."""
    if v.low(cue.start - 1) != "to":
        return ()
    k = cue.start - 2
    while k >= v.start and cue.start - 2 - k < 3 and v.low(k) not in lex.ordinal_before_to:
        if not v.tok(k).isalpha():
            return ()
        k -= 1
    if k - 1 < v.start or v.low(k) not in lex.ordinal_before_to or v.low(k - 1) != "the" \
            or k - 2 >= v.start and v.low(k - 2) not in ("that", ","):
        return ()
    copula = next((j for j in range(cue.end, min(v.end, cue.end + 16)) if v.low(j) in ("was", "were")), None)
    if copula is None or any(v.low(j) in (";", ":", "and", "but", "who", "which", "whom", "whose")
                             for j in range(cue.end, copula)):
        return ()  # (the copula of a relative clause: "Y, who was visiting Z, was X")
    if v.low(copula + 1) in lex.negations or lex.status["planned"].match(v.lower, copula + 1 - v.start) \
            or v.low(copula + 1) in lex.reporting_words or v.low(copula + 1) == "to":
        return ()  # "was not X but Z", "was expected to be X", "was said to be X": no one who called for sure
    for j in range(copula + 1, min(v.end, copula + 9)):
        np = v.np(j)
        if np is not None and np.start == j and np.kind == NAME and not np.possessive:
            # (one name: "were A and B" tells calls of their own, which this frame cannot keep apart)
            names, _ = coordinated_after(v, lex, j, hi)
            return (np,) if len(names) <= 1 else ()
        if v.low(j) in (";", ":", "and", "who", "which", "."):
            return ()
    return ()


def _relative_light(v: SentView, lex: Lexicon, cue: Cue, hi: int):
    """ "the call he took on Sunday from Y": a subject pronoun right after a definite call
    noun, then a light verb, then within four words (no comma) "from", "to" or "with" and a
    person; as (pronoun, preposition, person, light verb), else None."""
    np = v.np(cue.end)
    if np is None or np.start != cue.end or np.kind != PRONOUN or np.possessive or np.word not in lex.subject_pronouns:
        return None
    before = v.low(cue.start - 2) if v.low(cue.start - 1) in ("the", "that") else ""
    if before in lex.fronting_prepositions or before in lex.clause_adverbs:
        return None  # "After the call he received a letter from Y": the pronoun opens the main clause
    m, light = lex.light_verbs.lookup(v.lower, np.end - v.start)
    if not m:
        return None
    for k in range(np.end + m, min(hi, np.end + m + 5)):
        low = v.low(k)
        if low in ("from", "to", "with") and (other := v.np(k + 1)) is not None and other.start == k + 1 \
                and other.kind in (NAME, ROLE):
            return np, low, other, light
        if not v.tok(k).isalpha() or low in ("and", "but", "that") or low in lex.determiners:
            return None  # (the verb's own object: "the call he made a pledge to Y" is no relative clause)
    return None


def _objects_after(v: SentView, lex: Lexicon, cue: Cue, hi: int, cues: tuple[Cue, ...]) -> tuple[str | None, list[PersonNP], bool]:
    """The preposition after the cue, the persons it governs, and whether they were separate."""
    adverbial = {i for c in cues if c.kind == ADVERBIAL for i in range(c.start, c.end)}
    dated = v.dated()
    if cue.kind == NOUN and v.low(cue.end).endswith("ing") and v.low(cue.end) in lex.partner_participles:
        people, separate = coordinated_after(v, lex, cue.end + 1, hi, reach=2, objects=cue.kind != NOUN)
        if people:
            return "verb", people, separate  # "his phone call congratulating Donald Trump"
    k = cue.end - 1
    limit = min(hi, cue.end + 12)
    while k + 1 < limit:
        k += 1
        low = v.low(k)
        if k == cue.end and cue.kind == NOUN and (low in QUOTES_CLOSE or low == '"'):
            continue  # 'she had "a long and friendly call" with X': the quotation ends at the call
        if low == ",":
            # "held phone talks, at the request of the Ostrian side, with X", "held calls on
            # Wednesday, the first day of the holiday, with X": an adjunct between commas, naming
            # no one, between the call and its partner
            close = next((j for j in range(k + 1, min(hi, k + 12)) if v.low(j) == ","), None)
            if close is not None and v.low(close + 1) in lex.partner_prepositions \
                    and not any(v.np(j) is not None for j in range(k + 1, close)):
                k = close
                limit = min(hi, max(limit, close + 2))
                continue
        if low == "," and v.low(k + 1) == "with" and k > cue.end:
            continue  # "had a call late on Friday, with X": the partner after the call's adjuncts
        if cue.kind == NOUN and low in lex.partner_role_openers and (end := _role_phrase_end(v, lex, k + 1, hi)) is not None:
            k = end - 1  # "his first call as foreign minister with X": the caller's standing, then the partner
            limit = min(hi, max(limit, end + 2))
            continue
        if low in lex.partner_prepositions:
            people, separate = coordinated_after(v, lex, k + 1, hi, objects=cue.kind != NOUN)
            if not people and (named := titled_description_then_name(v, lex, k + 1, hi)) is not None:
                people, separate = coordinated_after(v, lex, named.start, hi, objects=cue.kind != NOUN)  # "with the head of X's junta, General Y"
            if not people and (named := _after_long_title(v, lex, k + 1, hi)) is not None:
                people, separate = coordinated_after(v, lex, named.start, hi, objects=cue.kind != NOUN)
            if people and (owned := _owned_name(v, people[0])) is not None:
                # "with my Indonesian counterpart, X": the name the possessed description goes on to
                people, separate = coordinated_after(v, lex, owned.start, hi, objects=cue.kind != NOUN)
            elif people and people[0].kind == PRONOUN and people[0].possessive and v.np(people[0].end) is None \
                    and not object_pronoun(v, lex, people[0]):
                # "calls from his counterparts": the possessor is not the partner; "with his Kyrgyz
                # and Tajik counterparts, A and B": the names the phrase goes on to
                after = next((np for np in v.nps if people[0].end < np.start <= people[0].end + 5), None)
                people = coordinated_after(v, lex, after.start, hi, objects=cue.kind != NOUN)[0] if after is not None and after.kind == NAME else []
            if not people:
                return None, [], False  # "spoke by phone to discuss trade": an infinitive, not a partner
            if people[0].kind == PRONOUN and people[0].word in lex.subject_pronouns:
                # "the only call from abroad she answered": a subject pronoun is no one a
                # preposition governs (the one of the clause after the unnamed partner)
                return None, [], False
            if low == "from" and v.low(people[-1].end) == "to":
                more, _ = coordinated_after(v, lex, people[-1].end + 1, hi, objects=cue.kind != NOUN)
                return "from-to", people + more, False
            return low, people, separate
        if cue.kind == CALL_VERB and (end := _message_end(v, lex, k, hi)) is not None:
            k = end - 1  # "phoned his congratulations to X": what the call conveyed, then its partner
            continue
        if not (low in lex.partner_bridges or low == _HYPHEN or k in adverbial or k in dated or v.tok(k).isdigit() or is_clock(low)
                or low in ("(", ")") and (k + 1 in dated or k - 1 in dated)):  # "on Saturday (May 10) from X"
            break
    if cue.kind == NOUN and (v.low(cue.end) == "of" or (cue.light is not None and cue.light.caller == "from")):
        # "received calls of good wishes for the national holiday from A": a phrase
        # saying what the calls were for stands between the calls and their callers
        of_only = True  # (only "of" phrases passed: "with" after "at odds", "in solidarity", "to discuss" is theirs)
        for k in range(cue.end, min(hi, cue.end + 20)):
            if v.low(k) in (",", ";", ".", ":") or v.low(k) in lex.clause_openers or v.np(k) is not None:
                break
            if v.low(k) == "from" or v.low(k) == "with" and v.low(cue.end) == "of" and of_only:
                # ("a video conference of the bloc's heads of state with A and B": its partners)
                people, separate = coordinated_after(v, lex, k + 1, hi, objects=cue.kind != NOUN)
                if people and (people[0].start == k + 1 or (owned := v.after_country(k + 1)) is not None
                               and owned.start == people[0].start):
                    return v.low(k), people, separate  # (also "with Ostria's President X")
                break
            of_only = of_only and (v.low(k) == "of" or v.low(k) != "in" and v.low(k) not in lex.governing_prepositions)
    return None, [], False


def _after_long_title(v: SentView, lex: Lexicon, k: int, hi: int) -> PersonNP | None:
    """The person named after a long title that lists its portfolios between commas ("from HE
    Minister of Foreign Affairs, Trade and Expatriates of the Republic of Vella Tom Hale"): the
    first name after capitalised words, "of", "and", "the" and commas only, a title word among
    them."""
    titled = False
    for m in range(k, min(hi, v.end, k + 25)):
        np = v.np(m)
        if np is not None:
            return np if np.kind == NAME and np.start == m and titled and m > k + 2 else None
        tok, low = v.tok(m), v.low(m)
        if low in lex.title_words:
            titled = True
        if not (tok[:1].isupper() or low in ("of", "and", "the", ",", "&", "-") or v.others.get(m) is not None):
            return None
    return None


def _role_phrase_end(v: SentView, lex: Lexicon, k: int, hi: int) -> int | None:
    """Where a phrase of the caller's standing that starts at ``k`` ends: one to four lower-case
    words ("foreign minister", "the new post", "taking office") up to a partner's preposition, a
    comma or a date, none of them a word that opens a clause, the last a title's word or one of
    standing_nouns."""
    dated = v.dated()
    for j in range(k, min(hi, k + 5)):
        low = v.low(j)
        if low in lex.partner_prepositions or low == "," or j in dated:
            # (a title or a word of standing last: "as foreign minister", "in office"; not "since
            # the quarrel with Y", "as talks with Y stalled")
            last = v.low(j - 1)
            return j if j > k and (last in lex.title_words or last in lex.standing_nouns) else None
        if not v.tok(j).isalpha() or not v.tok(j).islower() or low in lex.clause_openers:
            return None
    return None


def _message_end(v: SentView, lex: Lexicon, k: int, hi: int) -> int | None:
    """Where a phrase for what a call conveyed ends, when one starts at ``k`` ("his
    congratulations", "her deepest sympathies", "an invitation"): up to three lower-case words,
    then a message noun."""
    for j in range(k, min(hi, k + 4)):
        low = v.low(j)
        if low in lex.message_nouns:
            return j + 1
        if not v.tok(j).isalpha() or not v.tok(j).islower() or low in lex.partner_prepositions:
            return None
    return None


def _second_objects(v: SentView, lex: Lexicon, objs: list[PersonNP], prep: str | None, hi: int) -> list[PersonNP]:
    """ "spoke to A late Sunday and to B early Monday": B is the partner of a call of its own (and
    "a call from A, followed by one from B": of a call B placed)."""
    if not objs or prep not in ("to", "with", "from"):
        return []
    dated = v.dated()
    out: list[PersonNP] = []
    j = objs[-1].end
    hi = v.end  # "with A on Tuesday; with B on Wednesday": a list may run past the clause
    while j < hi:
        while j < hi and (j in dated or v.low(j) in (",", ";", "(", ")") or v.low(j).isdigit() or v.low(j) in lex.duration_words):
            if v.low(j) == "," and (past := _saying_aside_end(v, lex, j + 1, hi)) is not None:
                j = past  # "with A on Tuesday, an aide said, and with B on Wednesday"
                continue
            j += 1
        k = j
        while k < min(hi, j + 2) and v.low(k) in lex.second_call_connectors:
            k += 1
        if k > j:
            while k < hi and k in dated:
                k += 1  # "with A, and on 12 June with B": the second call's own day
            if v.low(k) == "at" and (v.low(k + 1) in lex.hours_of_day or is_clock(v.low(k + 1))):
                # "at noon with A, and at midnight (at 9 pm) with B": the second call's own hour
                k += 2
                while k < hi and (v.low(k) in lex.clock_hour_words or clock_suffix(v.low(k))):
                    k += 1
            if prep == "from" and v.low(k) in lex.second_call_pronouns:
                k += 1  # "and another from B"
        elif prep == "from":
            break  # ("calls from A, B": one list; a call of its own needs its connector)
        if (k > j or v.low(j - 1) == ";") and v.low(k) == prep:
            nxt = v.np(k + 1)
            if nxt is None or nxt.start != k + 1 or nxt.possessive:
                break  # (not "and with B's support she will ...": no partner)
            out.append(nxt)
            j = nxt.end
            continue
        last = out[-1] if out else objs[-1]
        if k > j and last.end in dated and (nxt := v.np(k)) is not None and nxt.start == k and nxt.kind == NAME \
                and nxt.end in dated and _ends_there(v, lex, max(d.end for d in v.dates if d.start <= nxt.end < d.end)):
            # "calls from A on Saturday and B on Sunday": each partner with a day of its own, a call
            # each (not "... and B on Sunday said that ...": B's clause of its own)
            out.append(nxt)
            j = nxt.end
            continue
        if k == j and (comma := _purpose_then_partner(v, lex, j, prep, hi)) is not None:
            j = comma  # "with A last week to congratulate her, and with B on Monday": B's call of its own
            continue
        break
    return out


# words before a name that are no verb governing it as its object ("and", "or", "than" ...):
# closed-class grammar
_NOT_VERBS = frozenset({"and", "or", "but", "nor", "than", "as", "while", "whereas", "if", "when", "because"})


def _saying_aside_end(v: SentView, lex: Lexicon, j: int, hi: int) -> int | None:
    """Where an aside of saying that opens at ``j`` after a comma ends ("a White House official
    said," "aides say,"): the token after its closing comma; None when none opens there."""
    for k in range(j + 1, min(hi, j + 7)):
        if v.low(k) in ("and", ";", ".", "that"):
            return None
        if v.low(k) in lex.saying_words and v.low(k + 1) == ",":
            return k + 2
    return None


def _ends_there(v: SentView, lex: Lexicon, k: int) -> bool:
    """Nothing of a clause of its own starts at ``k``: the sentence, a list or a clause ends."""
    return k >= v.end or v.low(k) in (",", ";", ".", ")") or v.low(k) in lex.second_call_connectors


def _purpose_then_partner(v: SentView, lex: Lexicon, j: int, prep: str, hi: int) -> int | None:
    """The comma closing a purpose or topic phrase at ``j`` ("to congratulate her on the win",
    "about trade") that a second partner's connector and preposition follow (", and with B"), past
    a time before it ("last week")."""
    j = next((d.end for d in v.dates if d.start == j), j)
    if v.low(j - 1) in ("to", "about", "over"):
        j -= 1  # (the walk before passes these as words of durations: "about 20 to 30 minutes")
    if not (v.low(j) == "to" and v.tok(j + 1).isalpha() and v.tok(j + 1).islower() or v.low(j) in ("about", "over")):
        return None
    for k in range(j + 1, min(hi, j + 16)):
        low = v.low(k)
        if low in (";", ".", ":", '"', "“", "”") or (np := v.np(k)) is not None and np.kind == NAME:
            return None
        if low == ",":
            m = k + 1
            while m < min(hi, k + 3) and v.low(m) in lex.second_call_connectors:
                m += 1
            return k if m > k + 1 and v.low(m) == prep and v.np(m + 1) is not None else None
    return None


def _direct_object(v: SentView, lex: Lexicon, cue: Cue, hi: int) -> tuple[list[PersonNP], bool]:
    j = cue.end
    while j < hi and v.low(j) in lex.call_verb_particles:
        j += 1
    told = next((d for d in v.dates if d.start == j or d.start == j + 1 and v.low(j) == "on"), None) if v.np(j) is None else None
    if told is not None and not is_back_reference(told.expression.lower().strip()):
        # "rang this morning the Prime Minister-designate of Y, X", "rang on Sunday X": the object
        # after the time (as notes put into English from another language order them); not the
        # subject of a clause after it ("phoned on Sunday, the day X arrived")
        k = told.end
        np = v.np(k)
        if not (np is not None and np.start == k and np.kind in (NAME, ROLE) and not np.possessive):
            np = next((n for n in v.nps if k < n.start <= k + 3 and n.kind == NAME and not n.possessive
                       and all(v.low(m) in ("the", "-") or v.tok(m)[:1].isupper() for m in range(k, n.start))), None)
        if np is not None and (np.end >= v.end or not v.tok(np.end).isalpha() or v.low(np.end) in lex.governing_prepositions
                               or v.low(np.end) in ("to", "and")):
            j = np.start  # ("the Prime Minister-designate of Y, X": the titled phrase the rules open after its first words)
    if v.low(j) in lex.ordinal_before_to and v.low(j + 1) == ",":
        return [], False  # "A called first, B this morning": the next caller, no one called
    np = v.np(j)
    if np is None and v.after_country(j) is not None:
        np = v.after_country(j)
        return coordinated_after(v, lex, np.start, hi, objects=True)
    if np is None or np.kind == GROUP or np.kind == PRONOUN and np.possessive:
        named = named_in_apposition(v, lex, j, hi)
        if named is not None:
            return coordinated_after(v, lex, named.start, hi, objects=True)
    if np is not None and np.possessive and np.kind in (NAME, ROLE) \
            and (named := _described_after(v, np.end + (v.low(np.end) in ("'s", "’s")), hi)) is not None:
        # "phoned the pope's envoy, Cardinal Y", "phoned Sorn's envoy, Y": the one the possessed
        # description goes on to name
        return coordinated_after(v, lex, named.start, hi, objects=True)
    if np is not None and np.kind == ROLE and not np.possessive and v.low(np.end) == "," \
            and (named := v.np(np.end + 1)) is not None and named.kind == NAME and named.start == np.end + 1 \
            and v.low(named.end) == ",":
        # "tried to reach the opposition candidate, Dr Y, by phone": the name the role is apposed
        # to, closed by its comma (not "phoned the president, Y said")
        return coordinated_after(v, lex, named.start, hi, objects=True)
    if (np is None or np.kind == PRONOUN and np.possessive) and (named := titled_description_then_name(v, lex, j, hi)) is not None:
        # "will call the head of X's government, Y", "phoned her old rival, Y"
        return coordinated_after(v, lex, named.start, hi, objects=True)
    if np is None and lex.group_partners.find(v.lower, j - v.start, j + 4 - v.start) is not None \
            and (member := first_member(v, lex, j)) is not None:
        return coordinated_after(v, lex, member.start, v.end, objects=True)  # "phoned several leaders, including A and B"
    if np is None:
        # "called to congratulate him": the person of the purpose clause
        if v.low(cue.end) == "to":
            for k in range(cue.end + 2, min(hi, cue.end + 5)):
                np = v.np(k)
                if np is not None and not (np.kind == PRONOUN and np.possessive):  # "to convey his sympathy"
                    return [np], False
        return [], False
    if (owned := _owned_name(v, np)) is not None:
        return coordinated_after(v, lex, owned.start, hi, objects=True)  # "phoned my Indonesian counterpart, X"
    if np.kind == PRONOUN and np.possessive and (np.word != "her" or _message_end(v, lex, j + 1, hi) is not None):
        return [], False  # "called his counterpart", "phoned her condolences to X" (but "called her")
    return coordinated_after(v, lex, j, hi, objects=True)


def _then_objects(v: SentView, lex: Lexicon, k: int) -> list[PersonNP]:
    """ "phoned A on Monday, then B on Tuesday", "phoned A first and then B and C": the objects
    after "then", the verb left out (a call of its own each), when no verb follows them ("phoned
    A, then B resigned" opens a clause)."""
    dated = v.dated()

    def past_dates(j: int) -> int:
        while j < v.end and j in dated:
            j += 1
        return j

    k = past_dates(k)
    if v.low(k) == "first":
        k += 1  # ("phoned A first, then B")
    k += v.low(k) == ","
    k += v.low(k) == "and"
    if v.low(k) != "then":
        return []
    found: list[PersonNP] = []
    k += 1
    while True:
        np = v.np(k)
        # (the person phrase may open at "then" itself, its head right after)
        if np is None or k not in (np.start, np.head_start) or np.kind != NAME or np.possessive:
            break
        found.append(np)
        k = past_dates(np.end)
        nxt = k + (v.low(k) == ",")
        nxt += v.low(nxt) in ("and", "then")
        nxt += v.low(nxt) == "then"
        if nxt == k:
            break
        k = nxt
    if not found:
        return []
    word = v.low(k) if k < v.end else "."
    return found if word in (".", ",", ";", "") or not word[:1].isalpha() or word in lex.governing_prepositions else []


def _clause_subjects(v: SentView, lex: Lexicon, cue: Cue, lo: int) -> tuple[PersonNP, ...]:
    """The subjects that open the cue's clause ("X and Y agreed during their call")."""
    first = next((np for np in v.nps if lo <= np.start < cue.start and np.kind == NAME and not np.possessive
                  and np.governor not in lex.governing_prepositions), None)
    if first is None:
        return ()
    found, _ = coordinated_after(v, lex, first.start, cue.start)
    return tuple(np for np in found if np.kind == NAME)


def _shared_light(v: SentView, lex: Lexicon, cue: Cue, cues: tuple[Cue, ...]) -> Cue | None:
    """The earlier call noun with a light verb ("received calls ...") that a call noun right
    after "as well as" or "and" shares its verb with ("..., as well as a call from C")."""
    k = cue.start - 1
    # (a modifier's "and", "phone and video call", is not the list's; "and the call from A to B
    # lasted an hour" opens a clause of its own: an indefinite noun only)
    while k > v.start and v.low(k) != "and" and (v.low(k) in ("a", "an") or v.low(k) in lex.medium_words
                                                 or v.low(k) in lex.noun_modifiers):
        k -= 1
    joined = v.low(k) == "and" or (v.low(k) == "as" and v.low(k - 1) == "well" and v.low(k - 2) == "as")
    if not joined:
        return None
    return next((c for c in reversed(cues) if c.start < k and c.kind == NOUN and c.light is not None
                 and c.light_start is not None), None)


def _fronted(v: SentView, lex: Lexicon, cue: Cue) -> bool:
    """ "In a phone call, ...", "During their video call on Monday, ...", "Over the phone, ..." """
    k = cue.start - 1
    dated = v.dated()
    while k >= v.start and (v.low(k) in lex.fronted_phrase_words or v.low(k) in lex.medium_words or v.low(k) == _HYPHEN
                            or v.tok(k).isdigit() or v.low(k).endswith("-minute")
                            or k in dated or v.low(k) in ("'s", "’s") and k - 1 in dated):  # "During Monday's call, ..."
        k -= 1
    if v.low(k) not in lex.fronting_prepositions:
        return False
    return _opens_sentence(v, lex, k) and _phrase_ends_at_comma(v, lex, cue.end)


def _opens_sentence(v: SentView, lex: Lexicon, k: int) -> bool:
    """Token ``k`` starts the sentence, maybe after a quote mark or a leading adverb ("Earlier, in a call ...")."""
    return _lead_start(v, lex, k) == k


def _phrase_ends_at_comma(v: SentView, lex: Lexicon, j: int) -> bool:
    """From token ``j`` on, the fronted phrase goes on with its partner, days and bridges to a
    comma: "In a phone call with X on Monday, ..." """
    dated = v.dated()
    start = j
    while j < v.end and j - start < 14:
        if v.low(j - 1) in lex.partner_prepositions or v.low(j - 1) == "and" and v.low(j - 2) == ",":
            if (named := titled_description_then_name(v, lex, j, v.end)) is not None:
                # "In a call with the winner, X, (and his deputy, Y,) ...": each description and its name
                while v.low(named.end) == "," and v.low(named.end + 1) == "and" \
                        and (more := _described_after(v, named.end + 2, v.end, closed=True)) is not None:
                    named = more
                j = named.end
                continue
        if not (v.np(j) is not None or j in dated or v.low(j) in lex.partner_bridges
                or v.low(j) == _HYPHEN or v.low(j) in lex.fronted_partner_words
                or j in v.others):  # "initiated by Ostria"
            break
        j += 1
    return v.low(j) == ","


def _call_was_to(v: SentView, cue: Cue) -> PersonNP | None:
    """ "X's first call as president was to Y", "His first call abroad, on Monday,
    was to Y": the person the possessor's call "was to", past a short adjunct after the noun
    ("was to" and "went to" are grammar of the construction, not vocabulary)."""
    for k in range(cue.end, min(v.end - 2, cue.end + 12)):
        if v.low(k) in ("was", "went") and v.low(k + 1) == "to":
            np = v.np(k + 2)
            return np if np is not None and np.start == k + 2 and np.kind == NAME and not np.possessive else None
        if v.low(k) in (".", ";", "and", "but") or (named := v.np(k)) is not None and named.kind == NAME:
            return None
    return None


def _fronted_talk(v: SentView, lex: Lexicon, cue: Cue) -> bool:
    """The cue opens the sentence as an adverbial of the clause after its comma: "Over the phone
    on Sunday, X and Y agreed ...", "Speaking by phone with X on Monday, Y said ...", "After
    speaking with X, Y said ...". (A call noun's fronted phrase is ``_fronted``.)"""
    lead = participle_lead(v, lex, cue)
    if not lead and not _opens_sentence(v, lex, cue.start):
        return False
    if cue.kind == TALK_VERB and not lead and not v.low(cue.start).endswith("ing"):
        return False  # "Spoke with X, Y said": no participle, the subject is missing
    return any(v.low(j) == "," for j in range(cue.end, min(v.end, cue.end + 14)))  # the phrase ends at a comma


def _lead_start(v: SentView, lex: Lexicon, end: int) -> int:
    """The first token before ``end`` past the words that may open any fronted phrase ("Earlier, ...")."""
    k = v.start
    while k < end and (v.low(k) in lex.fronted_openers or v.low(k) in ("“", '"', ",", "—", "-")):
        k += 1
    return k


def participle_lead(v: SentView, lex: Lexicon, cue: Cue) -> bool:
    """The cue's verb opens the sentence after the words of a lead with no subject ("After
    speaking with X, ...", "Having spoken ...", "Unable to reach X, ..."; discourse.json
    participle_leads)."""
    k = _lead_start(v, lex, cue.start)
    return 0 < cue.start - k <= 3 and " ".join(v.low(j) for j in range(k, cue.start)) in lex.participle_leads


def lead_clause_end(v: SentView, lex: Lexicon, cue: Cue) -> int | None:
    """Where the main clause opens when the sentence opens with such a lead's clause before
    ``cue`` ("Unable to reach X, Y spoke instead to Z": the try is not Z's call): the token after
    the lead clause's comma, else None."""
    k = _lead_start(v, lex, cue.start)
    for n in (3, 2, 1):
        if k + n < cue.start and " ".join(v.low(j) for j in range(k, k + n)) in lex.participle_leads:
            comma = next((j for j in range(k + n, cue.start) if v.low(j) == ","), None)
            return comma + 1 if comma is not None else None
    return None


def _after_comma(v: SentView, lex: Lexicon, cue: Cue) -> tuple[tuple[PersonNP, ...], list[PersonNP]]:
    """After a fronted phrase: the subject, and the one told when a speech verb follows ("In
    a phone call on Monday, Y told X that ...")."""
    k = cue.end
    while k < v.end and v.low(k) != ",":
        np = v.np(k)
        if (np is None or np.kind == PRONOUN and np.possessive) and v.low(k - 1) in lex.partner_prepositions \
                and (named := titled_description_then_name(v, lex, k, v.end)) is not None:
            np = named  # "In a call with the winner, X, ...", "with her old rival, X, ..."
            while v.low(np.end) == "," and v.low(np.end + 1) == "and" and (more := _described_after(v, np.end + 2, v.end, closed=True)) is not None:
                np = more  # "... and his deputy, Y, ..."
        k = np.end if np is not None and np.end > k else k + 1  # a comma inside an apposition is the name's
    for j in range(k + 1, min(v.end, k + 8)):
        np = v.np(j)
        if np is not None:
            if not _ungoverned(lex, np):
                return (), []
            head = max(np.start, np.head_start)
            if any(i + lex.speaker_nouns.match(v.lower, i - v.start) == head for i in range(k + 1, head)):
                # "Hours after the call with X, press secretary Y wrote ...": one who speaks for a
                # side, no party to the call (the title's head a speaker's: not "Cabinet Secretary Y")
                return (), []
            # "..., X and Y agreed": the subject with its coordinates
            found = [n for n in coordinated_after(v, lex, np.start, v.end)[0] if n.kind == NAME and not n.possessive]
            subjects = tuple(found) if len(found) > 1 and found[0] is np else (np,)
            last = subjects[-1]
            told = None
            if v.low(last.end) in lex.conveying_verbs:
                # "X conveyed to Y his sympathy", "X offered his condolences to Y": the one after "to"
                to = next((j for j in range(last.end + 1, min(v.end, last.end + 7)) if v.low(j) == "to"
                           or v.low(j) in (",", ";", ".")), None)
                told = v.np(to + 1) if to is not None and v.low(to) == "to" else None
                told = told if told is not None and told.start == to + 1 else None
            if told is None and v.low(last.end) in lex.speech_verbs:
                told = v.np(last.end + 1)
                if told is None:
                    told = v.np(last.end + 2) if v.low(last.end + 1) in ("to", "with") else None
            if told is not None and told.kind == PRONOUN and told.possessive:
                told = None  # "X offered his condolences": "his" is no one told
            return subjects, [told] if told is not None else []
    return (), []


def _past_bracket(v: SentView, j: int, lo: int) -> int:
    """The token before a short bracket that closes at ``j`` ("A (Reform) and B": a party's, a
    country's, an age after a name), else ``j``."""
    if v.low(j) != ")":
        return j
    k = j - 1
    while k > lo and j - k <= 5 and v.low(k) not in ("(", ")"):
        k -= 1
    # (not a bracket holding a person's short name, "A (AB) and B": the name in it is one of them)
    return k - 1 if v.low(k) == "(" and j - k > 1 and not any(v.np(t) is not None for t in range(k + 1, j)) else j


def _coordinated_before(v: SentView, lex: Lexicon, np: PersonNP, lo: int, kinds: tuple[str, ...]) -> PersonNP | None:
    """The person phrase of one of ``kinds`` coordinated right before ``np`` ("A, B and C": B for
    C), past the commas and words that join names, and past a short bracket after the name ("A
    (Reform) and B": a party's or a country's); None when none is."""
    j = np.start - 1
    while j >= lo and (v.low(j) in lex.name_coordinators or v.low(j) in (",", "&")):
        j -= 1
    if j < np.start - 1:
        j = _past_bracket(v, j, lo)
    prev = v.np(j)
    if j == np.start - 1 or prev is None or prev.end != j + 1 or prev.kind not in kinds:
        return None
    return prev


def adjunct_after_objects(v: SentView, lex: Lexicon, cue: Cue, lo: int) -> bool:
    """The call noun ends an adjunct right after the people a preposition or a verb before it
    takes ("spoke with A, B and C in separate calls"): the noun tells how that talk was held,
    its people are not the adjunct's subjects."""
    k = cue.start - 1
    while k >= lo and (v.low(k) in lex.noun_modifiers or v.low(k) in lex.medium_words or v.tok(k).isdigit()
                       or v.low(k) in lex.determiners):
        k -= 1
    if k < lo or v.low(k) not in lex.adverbial_cue_prepositions:
        return False
    last = v.np(k - 1)
    if last is None or last.end != k or last.kind != NAME:
        return False
    head = last
    while (prev := _coordinated_before(v, lex, head, lo, (NAME, ROLE))) is not None:
        head = prev
    return head.governor in lex.governing_prepositions or head.governor in lex.call_verbs


def _verb_objects(v: SentView, lex: Lexicon, cue: Cue, lo: int) -> tuple[tuple[PersonNP, ...], list[PersonNP]]:
    """ "X will join Y, Z and W in the virtual meet": the subject, and the people the verb
    before the adjunct takes (a coordination walked back from the nearest)."""
    k = cue.start - 1
    while k >= lo and v.np(k) is None and v.low(k) in lex.adjunct_words:
        k -= 1
    last = v.np(k)
    if last is None and v.low(k) == "," and (named := v.np(k - 1)) is not None and named.kind == NAME \
            and named.end == k and any(v.low(j) == "," for j in range(named.start, named.end)) \
            and _tells_its_object(lex, named.governor) and not partner_after(v, lex, cue):
        # "thanked X, his Ostrian counterpart, in a call": the name with its description (not
        # "praised the governor, X, in a call with Y": X is what was praised)
        last = named
    if last is None or last.kind != NAME:
        return (), []
    chain = [last]
    while (prev := _coordinated_before(v, lex, chain[0], lo, (NAME,))) is not None:
        chain.insert(0, prev)
    first = chain[0]
    if first.governor in lex.governing_prepositions or first.governor in ("", ",", "and") or not first.governor.isalpha():
        return (), []
    if v.low(cue.start - 1) in lex.singular_definite and lex.joined.match(v.lower, first.start - 1 - v.start) == 1:
        # "Minister Z joined X in the call": Z on the call told before, as "Z joined the call"
        # (``_joined_in``), not a call of Z with X
        return (), []
    subject = subjects_before(v, lex, first.start - 1, lo)
    return (subject, chain) if subject else ((), [])


def partner_after(v: SentView, lex: Lexicon, cue: Cue) -> bool:
    """A person named after a partner preposition within a few words of the cue."""
    for k in range(cue.end, min(v.end, cue.end + 4)):
        if v.low(k) in lex.partner_prepositions:
            return any(v.np(j) is not None and v.np(j).kind == NAME for j in range(k + 1, min(v.end, k + 6)))
    return False


def _tells_its_object(lex: Lexicon, verb: str) -> bool:
    """A verb whose object is the one spoken to: of speaking, thanking or reaching ("told",
    "thanked", "reached"), not of praising or raising ("praised the governor, X, in a call")."""
    return verb in lex.speech_verbs or verb in lex.gratitude_verbs or verb in lex.contact_verbs.firsts


def opening_verb_of_quotation(v: SentView, lex: Lexicon, np: PersonNP) -> bool:
    """ '"Congratulated Y by phone ...', '"Thanked Y ...': the phrase is the object of a verb of
    saying or thanking that opens a quotation, its subject left out (a post's writer)."""
    verb = np.start - 1
    return v.low(verb) == np.governor and (np.governor in lex.speech_verbs or np.governor in lex.gratitude_verbs) \
        and v.low(verb - 1) in QUOTE_OPENERS


def in_adjunct(v: SentView, lex: Lexicon, cue: Cue) -> bool:
    """The call noun stands in an adverbial phrase of its clause: "during a phone call", "in a call"."""
    k = cue.start - 1
    while k >= v.start and (v.low(k) in lex.medium_words or v.low(k) in lex.adjunct_phrase_words or v.low(k) == _HYPHEN
                            or v.tok(k).isdigit() or v.low(k) in lex.count_words):
        k -= 1
    return v.low(k) in lex.adjunct_prepositions and k > v.start


def _thanked_for(v: SentView, lex: Lexicon, cue: Cue) -> PersonNP | None:
    """ "thanked X for his call": the person thanked, whom the possessive before the call noun names."""
    p = cue.possessor
    if p is None or p.kind != PRONOUN or v.low(p.start - 1) != "for":
        return None
    np = v.np(p.start - 2)
    if np is None or np.end != p.start - 1 or np.kind not in (NAME, ROLE) or np.governor not in lex.gratitude_verbs:
        return None
    return np


def _opening_phrase(v: SentView, lex: Lexicon, i: int) -> bool:
    """Token ``i`` is in a phrase opening the sentence: "Following his call ...", "After their talks ...",
    past the words that may open any fronted phrase ("Hours after his call ...")."""
    k = _lead_start(v, lex, i)
    return all(v.low(t) in lex.opening_phrase_words or v.low(t) in ("“", '"') for t in range(k, i)) and i - k <= 3


def _speaker_frame(v: SentView, lex: Lexicon, cue: Cue, lo: int) -> tuple[tuple[PersonNP, ...], list[PersonNP]]:
    """ "X told Y in a phone call": the speaker and who was told ("X thanked A and B for their
    help in separate calls": each of those thanked)."""
    j = cue.start - 1
    while j >= lo and (v.np(j) is None or v.np(j).kind == PRONOUN and v.np(j).possessive):
        j -= 1
    told = v.np(j)
    if told is None:
        return (), []
    if told.kind == NAME and v.low(told.start - 1) == "," and v.low(told.end) == "," and told.end + 1 == cue.start \
            and not partner_after(v, lex, cue):
        # "tried to reach the opposition candidate, Dr Y, by telephone": the name in apposition
        # to the object of a verb of speaking or reaching, walked back over the description
        k = told.start - 2
        while k >= lo and told.start - 2 - k <= 8 and v.low(k) not in lex.speech_verbs \
                and v.low(k) not in lex.contact_verbs.firsts and (v.low(k) == "of" or v.low(k) in ("'s", "’s") or (
                    v.tok(k).isalpha() and v.low(k) not in lex.governing_prepositions)):
            k -= 1  # ("the candidate of the People's Party, Dr Y")
        if k >= lo and (v.low(k) in lex.speech_verbs or v.low(k) in lex.contact_verbs.firsts):
            speaker = subjects_before(v, lex, k, lo)
            return (speaker, [told]) if speaker else ((), [])
        return (), []
    if any(v.low(k) in ("and", ",", ";", "then") for k in range(told.end, cue.start)):
        return (), []  # "thanked X for his support and discussed Y in a call with Z": another verb's
    chain = [told]
    while chain[0].governor not in lex.speech_verbs:
        if (prev := _coordinated_before(v, lex, chain[0], lo, (NAME, ROLE))) is None:
            return (), []
        chain.insert(0, prev)
    speaker = subjects_before(v, lex, chain[0].start - 1, lo)
    return speaker, chain


def _initiator_opening(v: SentView, lex: Lexicon, cue: Cue) -> PersonNP | None:
    """The person of an "at the initiative of X," or "at the request of X," that opens the
    sentence (after a quotation mark), before the call's noun."""
    k = v.start + 1 if v.low(v.start) in ('"', "“") else v.start
    n = lex.initiated.match(v.lower, k - v.start)
    if not n or v.low(k) not in ("at", "on"):
        return None
    np = v.np(k + n)
    if np is None or np.start != k + n or np.kind not in (NAME, ROLE) or np.possessive or np.end >= cue.start:
        return None
    # the phrase closes with a comma (past the rest of a hyphenated name: "X Osmani-Sadriu,")
    j = np.end
    while j < min(cue.start, np.end + 3) and (v.low(j) == _HYPHEN or v.tok(j)[:1].isupper()):
        j += 1
    return np if v.low(j) == "," else None


def trailing_participle(v: SentView, lex: Lexicon, cue: Cue) -> tuple[int, int | None] | None:
    """A call verb's gerund opening a clause after the main clause's comma ("X phoned Y on
    Thursday, a day after speaking with Z"): (the comma, the days from the main clause's day to
    the call's, None when no gap says: discourse.json trailing_leads, trailing_gaps)."""
    if cue.kind not in (CALL_VERB, TALK_VERB, CONTACT_VERB) or not v.low(cue.start).endswith("ing") \
            or (direction := lex.trailing_leads.get(v.low(cue.start - 1))) is None:
        return None
    lead = cue.start - 1
    if v.low(lead - 1) == ",":
        return lead - 1, None
    gap = trailing_gap(v, lex, lead)
    return (gap[0] - 1, direction * gap[1]) if gap is not None and v.low(gap[0] - 1) == "," else None


def trailing_gap(v: SentView, lex: Lexicon, lead: int) -> tuple[int, int] | None:
    """The gap of time right before the lead at ``lead`` ("a day" of "a day after", "two days" of
    "two days before"; discourse.json trailing_gaps): (where it starts, its days), or None."""
    for k in range(max(v.start, lead - 4), lead):
        n, days = lex.trailing_gaps.lookup(v.lower, k - v.start)
        if n and k + n == lead:
            return k, days
    return None


def main_clause_planned(v: SentView, lex: Lexicon, comma: int) -> bool:
    """The clause before a trailing clause's comma tells a plan ("X will phone Y on Friday, a day
    after speaking with Z": the talk with Z is to come too)."""
    return lex.status["planned"].find(v.lower, 0, comma - v.start) is not None


def _main_subject(v: SentView, lex: Lexicon, comma: int) -> tuple[PersonNP, ...]:
    """The subject of the clause before ``comma``, with those coordinated with it: the last
    person phrase there that opens the sentence or a clause a verb of saying governs ("X said Y
    had been briefed by Z, before calling W": Y), not an object."""
    first = None
    for np in v.nps:
        if v.opening <= np.start < comma and np.kind in (NAME, PRONOUN, ROLE) and _ungoverned(lex, np) \
                and not np.possessive and (np.start == v.opening or np.governor in ("", ",", "that")
                                           or np.governor in lex.reporting_words or np.governor in lex.speech_verbs):
            if first is None or np.start >= first.end:
                first = np
    if first is None:
        return ()
    return tuple(np for np in coordinated_after(v, lex, first.start, comma)[0] if not np.possessive) or (first,)


def read_frame(v: SentView, lex: Lexicon, cue: Cue, cues: tuple[Cue, ...]) -> Frame:
    frame = _read_frame(v, lex, cue, cues)
    if (trailing := trailing_participle(v, lex, cue)) is not None and (subj := _main_subject(v, lex, trailing[0])):
        # "X phoned Y on Thursday, a day after speaking with Z": X spoke with Z
        caller = subj[0] if cue.kind == CALL_VERB and len(subj) == 1 else None
        frame = replace(frame, subjects=subj, caller=caller if frame.prep == "verb" else frame.caller)
    if cue.kind == NOUN and cue.light is not None and not frame.objects and (partner := _fronted_with(v, lex, cue)) is not None:
        # "With President X I have a call arranged for Friday": the partner fronted before the
        # subject (read as a subject when a comma follows it)
        frame = replace(frame, subjects=tuple(np for np in frame.subjects if np is not partner
                                              and not (partner.key and np.key == partner.key)), objects=(partner,), prep="with")
    if not frame.separate and len(frame.objects) > 1 and frame.prep != "between":
        lo, hi = clause_bounds(v, lex, cue.start)
        first = frame.objects[0].start
        commas = [k for k in range(cue.end, first) if v.low(k) == ","]
        dated = v.dated()
        at = lex.separately.find(v.lower, lo - v.start, hi - v.start)
        while at is not None and (at + v.start in dated or len(commas) >= 2 and commas[0] < at + v.start < commas[-1]):
            # "Later in the day, ...": a date's word; "the summit, also held online, with A, B and
            # C": the adjunct's word, not the list's
            at = lex.separately.find(v.lower, at + 1, hi - v.start)
        if at is not None and not (v.low(v.start + at) == "also" and _one_call(v, lex, cue)):
            # "he had also spoken with A, B and C, among others": one call each (but "also joined a
            # video call with A, B and C" is one call)
            frame = replace(frame, separate=True)
    return frame


def _fronted_with(v: SentView, lex: Lexicon, cue: Cue) -> PersonNP | None:
    """The name of an opening "With X" before the subject of the cue's light verb ("With Y I
    have a phone call arranged", "With Y, X has a call set for Monday"), else None."""
    k = _lead_start(v, lex, cue.start)
    if v.low(k) != "with":
        return None
    np = v.np(k + 1)
    if np is None or np.kind != NAME or np.possessive or cue.light_start is None:
        return None
    subject = np.end + (v.low(np.end) == ",")
    after = v.np(subject)
    # (the subject right after it, then the light verb: "I have", "X has")
    return np if after is not None and after.kind in (NAME, PRONOUN) and not after.possessive \
        and after.end == cue.light_start else None


def _one_call(v: SentView, lex: Lexicon, cue: Cue) -> bool:
    """ "joined a video call with A, B and C": a call noun after "a", one call, "also" or not
    ("also held phone talks with A and B" may be two)."""
    if cue.kind != NOUN or cue.plural:
        return False
    k, words = cue.start - 1, 0
    while k >= v.start and (v.low(k) in lex.medium_words or v.low(k) == "-" or v.tok(k).isdigit()
                            or words < 2 and v.tok(k).isalpha() and v.tok(k).islower() and v.low(k) not in ("a", "an", "the")):
        # ("a brief video call", "a three-way call", "an hour-long joint call")
        words += v.low(k) not in lex.medium_words and v.tok(k).isalpha()
        k -= 1
    return v.low(k) in ("a", "an", "the")


def _read_frame(v: SentView, lex: Lexicon, cue: Cue, cues: tuple[Cue, ...]) -> Frame:
    lo, hi = clause_bounds(v, lex, cue.start)
    hi_obj = v.end if hi < cue.end + 2 else hi
    if cue.kind == CALL_VERB:
        if cue.passive:
            # "X was phoned by Y"
            subj = subjects_before(v, lex, cue.start, lo)
            prep, objs, _ = _objects_after(v, lex, cue, hi_obj, cues)
            if v.low(cue.end) == "by":
                callers, _ = coordinated_after(v, lex, cue.end + 1, hi_obj)
                return Frame(cue, subj, tuple(callers), "by", callers[0] if len(callers) == 1 else None)
            return Frame(cue, subj, tuple(objs), prep)
        subj = subjects_before(v, lex, cue.start, lo)
        if not subj and participle_lead(v, lex, cue) and _fronted_talk(v, lex, cue):
            subj = _after_comma(v, lex, cue)[0]  # "Before calling X on Monday, Y met his cabinet": Y called
        if not subj and (first := _ordinal_callers(v, lex, cue, hi_obj)):
            subj = first  # "The first of the leaders to phone Y was X": X phoned Y
        if len(subj) == 1 and v.low(cue.start - 1) == "," and v.low(cue.start).endswith("ing") \
                and (main := _main_subject_before(v, lex, subj[0])) is not None:
            # "X was among the first to reach Y, calling him late last night": the participle's
            # subject is the main clause's, not the object before the comma
            subj = (main,)
        objs, separate = _direct_object(v, lex, cue, hi_obj)
        # (one person named twice: "X, President of the Republic of Y, called Z")
        caller = subj[0] if len(subj) == 1 or subj and subj[0].key and all(np.key == subj[0].key for np in subj) else None
        if not objs:
            prep, objs, separate = _objects_after(v, lex, cue, hi_obj, cues)
            if prep == "from":
                caller = objs[0] if len(objs) == 1 else None
        if not objs and len(subj) == 1 and (antecedent := _relative_antecedent(v, subj[0])) is not None:
            objs = [antecedent]  # "Y, whom X had rung on Monday, sent a message": X rang Y
        second = _second_objects(v, lex, objs, "to", hi_obj) if objs else []
        if not second and objs and objs[-1].kind == NAME:
            second = _then_objects(v, lex, objs[-1].end)  # "phoned A on Monday, then B on Tuesday": B's call of its own
        return Frame(cue, subj, tuple(objs), "verb", caller, tuple(second), separate)
    if cue.kind in (TALK_VERB, CONTACT_VERB, ADVERBIAL):
        subj = subjects_before(v, lex, cue.start, lo)
        if not subj and (cue.kind != CONTACT_VERB or participle_lead(v, lex, cue)) and _fronted_talk(v, lex, cue):
            # "Over the phone, X and Y agreed ...", "Speaking to X by phone, Y stressed ...": the
            # subjects after the comma, the partner (if any) in the fronted phrase
            after, told = _after_comma(v, lex, cue)
            if cue.kind == CONTACT_VERB:
                prep, (objs, separate) = "verb", _direct_object(v, lex, cue, hi_obj)  # "Unable to reach X, ..."
            else:
                prep, objs, separate = _objects_after(v, lex, cue, hi_obj, cues)
            objs = [o for o in objs if o not in after] + [t for t in told if t not in objs]
            if after:
                # (who tried to reach someone placed the call: "Unable to reach X, Y ...")
                caller = after[0] if cue.kind == CONTACT_VERB and len(after) == 1 else None
                return Frame(cue, after, tuple(objs), prep or "verb", caller, (), separate, True)
        if cue.kind == ADVERBIAL:
            speaker, told = _speaker_frame(v, lex, cue, lo)
            if speaker:  # "X told Y by phone that ..."
                # "X attempted to reach the candidate, Dr Y, by telephone": a verb of calling or
                # reaching before the one told, its subject the caller
                # (a verb, not the noun of "a telephone meeting", and of the one told's own
                # clause, not one before "and": "held a telephone meeting ... and invited him")
                reached = len(speaker) == 1 and told and any(
                    (v.low(k) in lex.call_verbs or v.low(k) in lex.contact_verbs.firsts)
                    and v.low(k - 1) not in lex.verb_not_after and v.low(k - 1) not in lex.determiners
                    and "and" not in v.lower[k - v.start:told[0].start - v.start]
                    for k in range(speaker[0].end, told[0].start))
                return Frame(cue, speaker, tuple(told), "verb", speaker[0] if reached else None)
        if cue.kind == CONTACT_VERB:
            objs, separate = _direct_object(v, lex, cue, hi_obj)
            prep = "verb"
            if not subj and (first := _ordinal_callers(v, lex, cue, hi_obj)):
                subj = first  # "The first leader to reach Y by phone was X": X reached Y
        else:
            prep, objs, separate = _objects_after(v, lex, cue, hi_obj, cues)
        if not objs and len(subj) == 1 and v.low(subj[0].start - 2) in ("with", "to") \
                and (antecedent := _relative_antecedent(v, subj[0])) is not None:
            prep, objs = v.low(subj[0].start - 2), [antecedent]  # "Y, with whom X spoke by phone on Friday"
        second = _second_objects(v, lex, objs, prep, hi_obj)
        caller = None
        if cue.kind == CONTACT_VERB and len(subj) == 1:
            caller = subj[0]
        if cue.kind == ADVERBIAL and v.low(cue.start) in lex.adverbial_callers:
            # "X picked up the phone to Y": the person right after "to", after a verb of picking
            # up (not "picked up the phone to find Y on the line", "hung up the phone to Y")
            direct = v.low(cue.end) == "to" and (np := v.np(cue.end + 1)) is not None and np.start == cue.end + 1 \
                and v.low(cue.start - 1) in lex.adverbial_callers[v.low(cue.start)]
            objs = [o for o in objs if o.start == cue.end + 1] if direct else []
            caller = subj[0] if direct and objs and len(subj) == 1 else None
        elif cue.kind == ADVERBIAL and prep == "from" and len(objs) == 1 and objs[0].governor == "from":
            # "X received congratulations by phone from Y": what came from Y, Y's call (not "spoke
            # by phone from Paris with Y")
            caller = objs[0]
        if cue.kind == ADVERBIAL and not objs and len(subj) == 1 and v.low(cue.end) == "by" \
                and v.low(cue.start - 1) in lex.passive_talk_participles and v.low(cue.start - 2) in lex.passive_auxiliaries \
                and (agent := v.np(cue.end + 1)) is not None and agent.start == cue.end + 1 and agent.kind != GROUP:
            objs = [agent]  # "X was briefed by phone by Y": Y, the agent of the passive
        if cue.kind == ADVERBIAL and not objs and len(subj) >= 2 and (partner := v.np(cue.start - 1)) is not None \
                and partner.end == cue.start and partner.governor in ("with", "to") and partner not in subj \
                and any(c.kind in (TALK_VERB, CALL_VERB, CONTACT_VERB) and subj[-1].end <= c.start < partner.start for c in cues):
            # "A and B spoke with C by phone": the verb's call (or calls), told by its own frame;
            # the adverbial tells only its medium, no call of A with B
            return Frame(cue, (), (), prep, None, (), separate)
        if cue.kind == ADVERBIAL and not objs and len(subj) == 1:
            # "X met Y by video link": the person right before the adverbial is the partner
            # (or an apposition closed right before it: "with his counterpart, Y, by phone")
            adjacent = cue.start - 1 if v.low(cue.start - 1) == "," and (apposed := v.np(cue.start - 2)) is not None \
                and apposed.end == cue.start - 1 and "," in v.lower[apposed.start - v.start:apposed.end - v.start] \
                else cue.start
            if adjacent == cue.start and (r := _relative_clause_before(v, lex, cue.start, lo)) is not None \
                    and (told := v.np(r - 1)) is not None and told.end == r \
                    and (told is subj[0] or told.governor == "with" and v.low(told.start - 2) in ("up", "in")):
                # "X briefed Y, who is abroad, by phone": Y, before the relative clause (also "X is to
                # follow up with Y, who kept his post, by phone", a phrasal verb's "with"; not "his
                # deal with Y", "in line with Y")
                adjacent = r
            np = v.np(adjacent - 1)
            if np is not None and np is subj[0] and np.governor in lex.meeting_verbs:
                subj = subjects_before(v, lex, np.start - 1, lo)  # "X met Y online": Y is met, X meets
            elif np is not None and np is subj[0] and np.governor.isalpha() and np.governor not in lex.governing_prepositions \
                    and np.governor not in lex.list_connectors and np.start - 1 >= v.start \
                    and v.low(np.start - 1) == np.governor and (before := subjects_before(v, lex, np.start - 1, lo)):
                subj = before  # "X will brief Y by phone": Y is the verb's object, X its subject
            elif np is not None and np is subj[0] and opening_verb_of_quotation(v, lex, np):
                # '"Congratulated Y by phone on his election," X wrote': the verb's object, the
                # writer left out (found with the quotation)
                return Frame(cue, (), (np,), prep, None, (), separate)
            elif np is not None and np is subj[0] and (held := line_holder(v, lex, cue)) in (np.start - 1, np.start) \
                    and quote_opens_before(v, held):
                # '"Just had Y on the line," X wrote': the one held on the line is the partner,
                # the subject left out (a post's writer, found with the quotation; not "If X had
                # Y on the line", '"Wish I had Y on the line"')
                subj, objs = (), [np]
                return Frame(cue, subj, tuple(objs), prep, None, (), separate)
            if np is not None and np is not subj[0] and np.governor not in lex.governing_prepositions:
                objs = [np]
            elif np is not None and np is not subj[0] and np.governor == "with" and np.end == adjacent \
                    and not any(c.kind in (TALK_VERB, CALL_VERB, CONTACT_VERB) and c.start < np.start for c in cues):
                # "X discussed the war with Y by phone": the one talked with (a verb of talking
                # before, "spoke with Y by phone", is a frame of its own)
                objs = [np]
            elif np is not None and np.governor == "by" and v.low(np.start - 3) in ("was", "were", "been") \
                    and v.low(np.start - 2).endswith("ed") and np is not subj[0]:
                objs = [np]  # "X was briefed by Y over the phone": Y, the agent of the passive
            elif np is not None and np.governor == "to" and v.low(np.start - 2) in lex.message_nouns:
                # "X conveyed his condolences to Y by phone": Y, and the one who conveyed them
                objs = [np]
                subj = next(((n,) for n in v.nps if lo <= n.start < np.start and n.kind in (NAME, PRONOUN, ROLE)
                             and _ungoverned(lex, n) and not n.possessive), subj)
        return Frame(cue, subj, tuple(objs), prep, caller, tuple(second), separate)
    # a call noun
    prep, objs, separate = _objects_after(v, lex, cue, hi_obj, cues)
    # (a group right after it is its other side: "rang Y, then sat in on a video call with Nordic
    # premiers" names no one of the video call but its subject)
    grouped = not objs and v.low(cue.end) == "with" \
        and (g := lex.group_partners.find(v.lower, cue.end + 1 - v.start, cue.end + 6 - v.start)) is not None \
        and g + v.start - (cue.end + 1) <= 2
    if not objs and cue.possessor is not None and (called := _call_was_to(v, cue)) is not None:
        prep, objs = "to", [called]  # "His first call as president was to Y"
    separate = separate or (cue.plural and len(objs) > 1)
    caller = None
    subj: tuple[PersonNP, ...] = ()
    fronted = _fronted(v, lex, cue)
    country = None
    if prep == "between":
        subj = ()
    elif (request := call_request(v, lex, cue)) is not None and request.requester is not None:
        # "a request by X for a call was turned down by Y": X asked for it (its caller), Y is
        # the other side, or the country that turned it down stands for its leader
        subj, caller = (request.requester,), request.requester
        if not objs and request.refuser is not None:
            prep, objs = "with", [request.refuser]
        elif not objs:
            country = request.refuser_country
    elif (thanked := _thanked_for(v, lex, cue)) is not None:
        # "Y thanked X for his call", "Thanking X for his call, Y said ...": X called Y
        subj = (thanked,)
        thanker = subjects_before(v, lex, thanked.start - 1, lo) or _after_comma(v, lex, cue)[0]
        objs = list(thanker) + [o for o in objs if o not in thanker]
        caller = thanked
    elif cue.light is not None and cue.light.returns and cue.possessor is not None and cue.possessor.kind == NAME \
            and not objs and subjects_before(v, lex, cue.light_start, lo):
        # "X returned Y's call": Y had called; X calls Y back
        subj, prep, objs = subjects_before(v, lex, cue.light_start, lo), "with", [cue.possessor]
    elif cue.light is not None and cue.light.caller == "from" and cue.possessor is not None and cue.possessor.kind == NAME \
            and not objs and not v.low(cue.light_start).endswith("ing") and subjects_before(v, lex, cue.light_start, lo):
        # "X took Y's concession call", "X declined Y's call": Y called X, as "a call from Y" says
        # (not a gerund's "footage of X taking Y's call": a picture of the call told before)
        subj, prep, objs = subjects_before(v, lex, cue.light_start, lo), "from", [cue.possessor]
    elif cue.possessor is not None and cue.possessor.kind == PRONOUN and cue.light is not None \
            and subjects_before(v, lex, cue.light_start, lo):
        # "X and Y held their first phone conversation": the light verb's subjects, whom "their" names
        subj = subjects_before(v, lex, cue.light_start, lo)
    elif cue.possessor is not None and cue.possessor.kind == PRONOUN and cue.possessor.word in lex.third_plural \
            and len(_clause_subjects(v, lex, cue, lo)) >= 2:
        # "X and his counterpart Y agreed during their call": the clause's subjects
        subj = _clause_subjects(v, lex, cue, lo)
    elif cue.possessor is not None:
        subj = (cue.possessor,)
        if cue.possessor.kind == PRONOUN and _opening_phrase(v, lex, cue.possessor.start):
            # "Following his call with X, the French leader said ...": "his" is the one after the comma
            after, _ = _after_comma(v, lex, cue)
            subj = after or subj
    elif cue.light is not None:
        subj = subjects_before(v, lex, cue.light_start, lo)
    elif not objs and cue.definite and (after := _relative_light(v, lex, cue, hi_obj)) is not None:
        # "a post about the call he received from Y", "the call she made to Y on Monday": the
        # relative clause's subject took part, the one after its preposition is the other side
        subj, prep, objs, light = (after[0],), after[1], [after[2]], after[3]
        # (the clause tells the call whole: no reference to one told before or after)
        cue = replace(cue, definite=False)
        caller = after[2] if prep == "from" and light.caller == "from" else after[0] if light.caller == "subject" else None
    elif (shared := _shared_light(v, lex, cue, cues)) is not None:
        # "received calls from A and B, as well as a call from C": the subject of the first
        subj = subjects_before(v, lex, shared.light_start, clause_bounds(v, lex, shared.start)[0])
    elif fronted:
        subj, told = _after_comma(v, lex, cue)
        objs = list(objs) + [t for t in told if t not in objs]
    else:
        speaker, told = _speaker_frame(v, lex, cue, lo)
        if not speaker and v.low(cue.start - 1) in ("the", "a", "an") and v.low(cue.start - 2) in lex.adverbial_cue_prepositions \
                or not speaker and v.low(cue.start - 1) in lex.medium_words and v.low(cue.start - 2) in ("the", "a", "an"):
            speaker, told = _verb_objects(v, lex, cue, lo)
        if speaker:
            subj, objs = speaker, ([] if grouped else told) + list(objs)
            separate = separate or (cue.plural and len(objs) > 1)  # "thanked A and B in calls": one each
        elif in_adjunct(v, lex, cue):
            # "X, one of the first to congratulate Y, praised ... during a phone call with Z":
            # the clause's own subject, not the nearest name
            first = next((np for np in v.nps if lo <= np.start < cue.start and np.kind in (NAME, PRONOUN, ROLE, GROUP)
                          and (np.governor not in lex.governing_prepositions or _opens_subordinate(v, lex, np))
                          and not np.possessive), None)
            if first is not None:
                # "A and B reviewed the talks during a phone call": the subject with its coordinates
                subj = tuple(np for np in coordinated_after(v, lex, first.start, cue.start)[0]
                             if not np.possessive) or (first,)
            else:
                subj = subjects_before(v, lex, cue.start, lo)
            if not objs and not grouped:
                # "X agreed with Y in a telephone conversation": the partner before the adjunct
                # (not "rang Y, then sat in on a video call with Nordic premiers": the group
                # after it is the call's other side)
                partner = next((np for np in reversed(v.nps) if lo <= np.start and np.end <= cue.start
                                and np.governor in ("with", "to") and np not in subj), None)
                if partner is not None:
                    objs = [partner]
        elif not v.low(cue.start - 1) in lex.singular_definite and not (not objs and adjunct_after_objects(v, lex, cue, lo)):
            subj = subjects_before(v, lex, cue.start, lo)
    if not subj and prep in ("with", None) and (opener := _initiator_opening(v, lex, cue)) is not None:
        # "At the initiative of X, a telephone conversation was held with Y": X took part and called
        subj, caller = (opener,), opener
    if caller is not None:
        pass  # told by the construction itself ("thanked X for his call")
    elif prep == "from-to":
        caller = objs[0] if objs else None
    elif prep == "from" and len(objs) == 1:
        caller = objs[0]
    elif cue.light is not None and cue.light.caller == "subject" and len(subj) == 1:
        caller = subj[0]
    elif prep == "to" and cue.strong and len(subj) == 1 and (cue.light is None or cue.light.caller != "from"):
        caller = subj[0]  # "Biden's call to Netanyahu", "a call to Y"
    if cue.light is not None and cue.light.caller == "from" and prep != "from":
        caller = None
    second = _second_objects(v, lex, objs, prep, hi_obj)
    return Frame(cue, subj, tuple(objs), prep, caller, tuple(second), separate, fronted, country)
