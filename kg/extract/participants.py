"""Who took part in a call a sentence tells, and who called.

Functions over a ``Reader``: the persons after the cue's preposition and their coordinations
("with X, Y and Z"), the subject before the cue (a pronoun resolves to the sentence's subject
or the article's recent one; "I" in a quote to its speaker), everyone who "joined" or "took
part", the speaker of "X told Y in a call", fronted calls ("In a phone call, X told Y"), and
"the two leaders" as the two the text named last.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.entities import Mention
from kg.extract.sentence import BRIDGE, PEOPLE, STOP, Cue, Reader
from kg.model import EntityKind

_HONORIFIC_NOUNS = {"highness", "majesty", "excellency"}

__all__ = ["coordinated", "object_of", "second_objects", "subject_of", "resolve_pronoun", "quote_speaker", "joined_in",
           "coordinated_subject", "sentence_subject", "speaker_of", "is_fronted", "fronted",
           "sentence_subject_after", "last_two_leaders"]


def coordinated(r: Reader, i: int, limit: int) -> list[Mention]:
    """Persons from token i on, with their coordinations ('X, Y and Z').

    The first person may come after a few words ("with around 70 leaders, including X");
    each further one must follow a comma or "and" directly, titles aside.
    """
    found: list[Mention] = []
    j = i
    while j < limit and not found:
        m = r.person(j)
        if m is not None and m.end < limit and r.lower[m.end] in ("'s", "’s"):
            j = m.end + 1  # "Trump's backer, Elon Musk": the possessor is not the person
            continue
        if m is not None:
            found.append(m)
            break
        if r.lower[j] in STOP or r.lower[j] in (".", ";") or r.doc[j].is_space or j - i >= 12:
            return found
        j += 1
    while found:
        k = found[-1].end
        if k < limit and r.lower[k] == "," and k + 1 < limit and r.lower[k + 1] in ("and", "&"):
            k += 1
        if k >= limit or r.lower[k] not in (",", "and", "&"):
            break
        nxt = r.person_after(k + 1)
        if nxt is None or nxt.start >= limit:
            break
        found.append(nxt)
    return found


def object_of(r: Reader, cue: Cue, sent: Span) -> tuple[list[Mention], str | None]:
    """Persons after the cue's preposition, and which preposition it was.

    The preposition must follow the cue closely ("spoke by phone on Tuesday with"): in
    "disclosed the call in a message inviting journalists to ..." the "to" is not the call's.
    """
    j = cue.end
    if cue.kind == "verb":  # the object follows the verb at once ("phoned Milei")
        first = r.person_after(j)
        if first is None or first.start >= sent.end:
            return [], "verb"
        return coordinated(r, first.start, min(sent.end, first.start + 12)), "verb"
    dated = r.date_tokens(sent)  # "received a call on New Year's Eve from ..."
    for k in range(j, min(sent.end, j + 9)):
        low = r.lower[k]
        if low in ("with", "to", "between", "from"):
            return coordinated(r, k + 1, min(sent.end, k + 20)), low
        if not (low in BRIDGE or r.doc[k].like_num or low in r.weekdays or k in dated):
            break
    return [], None


def second_objects(r: Reader, objs: list[Mention], prep: str | None, sent: Span) -> list[Mention]:
    """Persons after a repeated preposition: "spoke to Aoun late Sunday and to Salam early Monday"."""
    if not objs or prep not in ("to", "with"):
        return []
    dated = r.date_tokens(sent)
    out: list[Mention] = []
    j = objs[-1].end
    while j < sent.end:
        while j < sent.end and (j in dated or r.lower[j] in (",",)):
            j += 1
        if j + 1 < sent.end and r.lower[j] == "and" and r.lower[j + 1] == prep:
            m = r.person_after(j + 2)
            if m is None:
                break
            out.append(m)
            j = m.end
            continue
        break
    return out


def subject_of(r: Reader, cue_start: int, sent: Span, exclude: frozenset[str] = frozenset()) -> str | None:
    for j in range(cue_start - 1, sent.start - 1, -1):
        m = r.person(j)
        low = r.lower[j]
        if m is not None:
            if r.governed(m, sent) or m.key in exclude:
                continue
            return m.key
        if low in r.lex["pronouns_subject"] or low in ("his", "her"):
            return resolve_pronoun(r, j)
        if low in _HONORIFIC_NOUNS and j > sent.start and r.lower[j - 1] in ("his", "her"):
            return resolve_pronoun(r, j - 1)  # "His Highness also held a phone call ..."
        if low in r.lex["first_person"]:
            return quote_speaker(r, sent)
    return None


def resolve_pronoun(r: Reader, token: int) -> str | None:
    sent = r.doc[token].sent
    # "Fico, who like Orban opposes aid, said he will ...": the sentence's subject
    for j in range(sent.start, token):
        m = r.person(j)
        if m is not None and not r.governed(m, sent):
            return m.key
    recent = [key for t, key in r.sent_subjects if t < token][-3:]
    if recent:
        return recent[-1]
    before = [m for m in r.index.mentions if m.end <= token and m.kind in PEOPLE]
    return before[-1].key if before else None


def quote_speaker(r: Reader, sent: Span) -> str | None:
    closing = [t.i for t in sent if t.text in ("”", '"', "’")]
    for q in closing[-1:]:
        for j in range(q + 1, min(sent.end, q + 6)):
            m = r.person(j)
            if m is not None:
                return m.key
    return None


def joined_in(r: Reader, sent: Span) -> list[str]:
    """Everyone the sentence says joined, hosted or took part in the call."""
    keys = []
    for t in sent:
        took_part = r.lower[t.i] in ("took", "take", "takes", "taking") and t.i + 1 < sent.end \
            and r.lower[t.i + 1] == "part"
        if r.lower[t.i] not in r.lex["joined"] and not took_part:
            continue
        if t.i + 1 < sent.end and r.lower[t.i + 1] == "by":
            keys += [m.key for m in coordinated(r, t.i + 2, min(sent.end, t.i + 30))]
        else:
            subj = subject_of(r, t.i, sent)
            if subj:
                keys += sorted(coordinated_subject(r, subj, t.i, sent))
    return keys


def coordinated_subject(r: Reader, subj: str, cue_start: int, sent: Span) -> set[str]:
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
            if j >= sent.start and r.person(j) is None and r.lower[j] in r.lex["pronouns_subject"]:
                found = resolve_pronoun(r, j)  # "he and New Zealand's Christopher Luxon had spoken"
                if found:
                    keys.add(found)
                break
            continue
        break
    return keys


def sentence_subject(r: Reader, sent: Span) -> str | None:
    for i in range(sent.start, sent.end):
        m = r.person(i)
        if m is not None:
            if r.governed(m, sent):
                continue
            return m.key
        if r.lower[i] in r.lex["pronouns_subject"]:
            return resolve_pronoun(r, i)
    return None


def speaker_of(r: Reader, cue_start: int, sent: Span, addressee: str) -> str | None:
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


def is_fronted(r: Reader, cue: Cue, sent: Span) -> bool:
    """The cue opens the sentence as an adverbial: "In a phone call, ...", "During a video call ..." """
    if r.lower[cue.start] in r.lex["fronting"]:
        return cue.start == sent.start or r.lower[cue.start - 1] in (",", "“", '"')
    return cue.start - 2 >= sent.start and r.lower[cue.start - 1] in ("a", "an") \
        and r.lower[cue.start - 2] in r.lex["fronting"] and (cue.start - 2 == sent.start or r.lower[cue.start - 3] in (",",))


def fronted(r: Reader, cue: Cue, sent: Span) -> list[Mention]:
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


def sentence_subject_after(r: Reader, start: int, sent: Span) -> str | None:
    for i in range(start, sent.end):
        m = r.person(i)
        if m is not None and not r.governed(m, sent):
            return m.key
    return None


def last_two_leaders(r: "Reader", before: int, sent: Span) -> set[str] | None:
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
