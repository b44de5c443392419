"""One article -> ``ArticleFacts``: entities, then the calls among them.

``extract_article(doc, article, gaz)`` is the entry point the pipeline calls per Doc; it wires
the pure extractors together and adds what the article says of itself: its publisher and the
agency it carries (metadata such as "The Korea Herald (Yonhap)"), and the datelines and agency
credits of its text, whose day anchors relative dates ("on Tuesday" in a story datelined Oct.
27) and whose agency reported every call the story tells.

``needs_doc(article, gaz, parsed)`` says whether an article's text holds a cue a call could
start from (``kg.extract.prefilter``, the scan of the raw text without the article's entities);
an article without one cannot tell a call, and by default it is not given to spaCy at all:
``extract_metadata(article, gaz)`` makes its facts from its metadata alone (the article, its
publisher and the agency its outlet field names; no mentions, no calls), with the same
publisher and agency code as ``extract_article``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from spacy.attrs import DEP
from spacy.tokens import Doc

from kg.extract.calls import extract_calls
from kg.extract.calls.view import QUESTION_PARAGRAPH
from kg.extract.dates import find_date_expressions, resolve_date
from kg.extract.datelines import Dateline, after_prose, find_datelines
from kg.extract.entities import extract_entities, outlet_ref
from kg.extract.outlets import gazetteer_outlet
from kg.extract.prefilter import cast_of, could_tell_a_call
from kg.model import Article, ArticleMeta, ArticleFacts, CallMention, EntityKind, EntityRef, OutletKind, Skipped
from kg.read.dates_text import title_date, top_date
from kg.resources import Gazetteer, lexicon_phrases, load_lexicon

__all__ = ["extract_article", "extract_metadata", "needs_doc", "extract_or_skip", "publisher_and_agency", "anchor_day"]

_PARENTHESIS = re.compile(r"^(?P<outlet>.+?)\s*\((?:via\s+)?(?P<inner>[^()]+)\)\s*$")


def publisher_and_agency(outlet: str | None, gaz: Gazetteer,
                         url: str | None = None) -> tuple[EntityRef | None, EntityRef | None]:
    """The publisher an outlet field names, and the agency it says the story comes from:
    "The Korea Herald (Yonhap)" gives The Korea Herald and Yonhap; "ABC News (Australian
    Broadcasting Corporation)" is one outlet with its full name; "Daily Kos (White House
    readout)" gives Daily Kos alone. A name the gazetteer does not know is looked up by the
    domain of the article's ``url``."""
    if not outlet or not outlet.strip():
        return None, None
    whole = gazetteer_outlet(outlet, gaz)
    match = _PARENTHESIS.match(outlet.strip())
    if whole is not None or match is None:
        return outlet_ref(outlet, gaz, url), None
    publisher = outlet_ref(match.group("outlet"), gaz, url)
    inner = gazetteer_outlet(match.group("inner"), gaz)
    if inner is None or inner.key == publisher.key or inner.outlet_kind is not OutletKind.AGENCY:
        return publisher, None
    return publisher, outlet_ref(inner.name, gaz)


def anchor_day(meta: ArticleMeta, text: str, datelines: tuple[Dateline, ...],
               outlet_starts: frozenset[int] = frozenset()) -> date | None:
    """The day relative expressions count from: the day a transcript's title gives it (or the
    opening of an interview printed as questions and answers: ``_interview_day``), the first
    dated dateline (up to a month before the publication date), or a date line at the top of a
    reposted statement ("September 12, 2012"; up to a week before); else the publication date.
    ``outlet_starts``: where the text's outlets begin (characters), which an interview's opening
    names ("X spoke to Vell News on Monday")."""
    published = meta.published
    # (a dateline after the story's first paragraph of prose heads a statement the story
    # reprints, not the story: "Kigali, 23 May 2021" over a statement below a lede of its own)
    filed = [d.day for d in datelines[:3] if d.day is not None and not after_prose(text, d.start)]
    titled = title_date(text)
    if titled is None and (interview := _interview_day(text, published, outlet_starts)) is not None \
            and (not filed or interview <= filed[0]):
        # (an interview's day before its dated dateline too: "NAIROBI, Aug 17 – X on Tuesday
        # afternoon took questions": the answers' "this morning" is Tuesday's)
        titled = interview
    candidates = [(titled, _ANCHOR_WEEK)] if titled is not None else []
    candidates += [(day, _DATELINE_WINDOW) for day in filed]
    top = top_date(text)
    if top is not None:
        candidates.append((top, _ANCHOR_WEEK))
    for day, window in candidates:
        if published is None or published - window <= day <= published + timedelta(days=1):
            return day
    return published


_ANCHOR_WEEK = timedelta(days=7)
#: a dateline's day is the day the story was filed, however late a site carried it (an
#: aggregator's copy a week or more after the wire's)
_DATELINE_WINDOW = timedelta(days=31)


# a speaker's label opening a line of a transcript: "EURACTIV:", "MR. KELD:", "Q:", "Ilse Varga:",
# "Question (Kurjer):" (up to four capitalised words, an outlet in brackets after them), an
# outlet written with its capitals inside ("vellNEWS:")
_LABEL_LINE = re.compile(r"^(?:[A-Z][A-Z.' -]{0,30}|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?: \([^()\n]{1,40}\))?"
                         r"|[a-z]+[A-Z][A-Za-z]*):", re.MULTILINE)


def _line_end(text: str, at: int) -> int:
    """Where the line holding character ``at`` ends (its newline, or the end of the text)."""
    end = text.find("\n", at)
    return end if end >= 0 else len(text)


@lru_cache(maxsize=1)
def _interview_openings(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the phrases that tell an interview in a text's opening, as whole words."""
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")\b")


def _interview_day(text: str, published: date | None, outlet_starts: frozenset[int] = frozenset()) -> date | None:
    """The day an interview printed as questions and answers was given, as the sentence of its
    opening that names the interview says it ("In an interview in Vell on Tuesday, she spoke
    about ..."), or an opening phrase of an interview with an outlet right after it ("X spoke to
    Vell News on Monday"; not "X spoke to Y by phone on Monday", a call): the answers'
    "yesterday" counts from it. None for any other text."""
    first_line = _line_end(text, len(text) - len(text.lstrip()))
    # (not the headline's "Name: 'quotation'": a label on the first line is none of the transcript's)
    labels = [m for m in _LABEL_LINE.finditer(text) if m.start() > first_line]
    # a transcript's speakers come back ("Q:" ... "Q:"); "READ MORE:" and "WATCH:" do not; and
    # someone asks: a labelled line holds a question ("Photo:" twice is page furniture)
    said = [m.group().strip().casefold() for m in labels]
    if published is None:
        return None
    if len(labels) < 2 or len(set(said)) == len(said) or not any(
            "?" in text[m.end():_line_end(text, m.end())] for m in labels):
        # (or questions with no labels: two paragraphs or more of one line ending in "?")
        questions = [m for m in QUESTION_PARAGRAPH.finditer(text) if m.start() > first_line]
        if len(questions) < 2:
            return None
        opening = text[: questions[0].start()]
    else:
        opening = text[: labels[0].start()]
    reports = load_lexicon("reports")
    words = lexicon_phrases(reports, "interview_words")
    # (or the phrase of an opening that tells an interview: "X spoke to Vell News on Monday")
    openings = _interview_openings(tuple(lexicon_phrases(reports, "interview_openings")))
    offset = 0
    # (a blank line ends a sentence too: a headline and a "Published 22 October" stamp over the
    # opening are none of its sentences)
    for sentence in re.split(r"(?<=[.!?])\s+|\n[ \t]*\n\s*", opening):
        begins = opening.find(sentence, offset)
        offset = begins + len(sentence)
        at = [m.start() for m in re.finditer(r"[a-z]+", sentence.lower()) if m.group() in words] \
            + [m.start() for m in openings.finditer(sentence.lower())
               if any(begins + m.end() < o <= begins + m.end() + 5 for o in outlet_starts)]
        if not at:
            continue
        # the day nearest the words of the interview ("NAIROBI, Aug 17 – X on Tuesday afternoon took
        # questions": Tuesday, not the dateline's day)
        found = sorted(find_date_expressions(sentence), key=lambda e: min(abs(e[0] - a) for a in at))
        for _start, _end, expression in found:
            day = resolve_date(expression, published)
            if day is not None and day <= published:
                return day
    return None


def extract_article(doc: Doc, article: Article, gaz: Gazetteer, *, parsed: bool | None = None) -> ArticleFacts:
    """``parsed``: whether the Doc carries a dependency parse, when the caller knows it (the
    build's blank pipeline has no parser); else it is read from the Doc."""
    meta = article.meta
    datelines = find_datelines(article.text, meta.published)
    index = extract_entities(doc, meta, gaz, datelines)
    own, agency = publisher_and_agency(meta.outlet, gaz, meta.url)
    if agency is not None and (inner := _PARENTHESIS.match(meta.outlet.strip())) is not None:
        # the agency as the text reads the same form ("Abidjan.net (APA)" over a story whose "(APA)"
        # the article's countries make APA News, not the Azerbaijani agency also called so): one outlet
        refs = {ref.key: ref for ref in index.refs()}
        agency = next((refs[m.key] for m in index.mentions if m.kind is EntityKind.OUTLET and m.key in refs
                       and m.text == inner.group("inner").strip() and m.key.startswith("gaz:")
                       and refs[m.key].outlet_kind is OutletKind.AGENCY and (own is None or m.key != own.key)), agency)
    # the agency a metadata field credits is an outlet of the article; only an agency the text
    # itself credits (a dateline, a closing credit) is said to have reported its calls
    agencies: list[str] = []
    for line in datelines:
        if line.agency_start is None:
            continue
        m = next((m for m in index.mentions if m.kind is EntityKind.OUTLET
                  and m.start_char < line.agency_end and line.agency_start < m.end_char), None)
        if m is None or m.key in agencies:
            continue
        closing = line.start == line.agency_start and line.day is None
        if closing and not m.key.startswith("gaz:") and len(article.text[line.end:].split()) > 60:
            # "... in Islamabad on Sunday. — PID" closing a caption mid-story: a photo credit of
            # a name the gazetteer does not know, not the agency that carried the story
            continue
        agencies.append(m.key)
    agencies = [a for a in agencies if own is None or a != own.key]
    calls = ()
    # an article with no word that can start a call the rules accept, or without the people a
    # call needs, is not read for calls (kg.extract.prefilter); its entities are (an article
    # without a cue only comes here when every article's mentions are asked for: needs_doc)
    if could_tell_a_call(article.text, gaz, parsed=_parsed(doc) if parsed is None else parsed, cast=cast_of(index)):
        calls = extract_calls(doc, meta, index, gaz, text=article.text, own_outlet=own.key if own else None,
                              anchor=anchor_day(meta, article.text, datelines, frozenset(
                                  m.start_char for m in index.mentions if m.kind is EntityKind.OUTLET)),
                              agencies=tuple(agencies),
                              datelines=datelines)
    return _facts(meta, own, agency, {ref.key: ref for ref in index.refs()}, calls)


def _parsed(doc: Doc) -> bool:
    """``doc.has_annotation("DEP")``: a token has a dependency label. Read as one column, since
    ``has_annotation`` walks a generator over every token of an unparsed Doc (~0.8% of the
    streaming stage); an empty Doc counts as annotated, as there."""
    return not len(doc) or bool(doc.to_array(DEP).any())


def needs_doc(article: Article, gaz: Gazetteer, parsed: bool = False) -> bool:
    """Whether ``article`` could tell a call, by a scan of its raw text (no Doc needed): else
    ``extract_metadata`` gives its facts. ``parsed``: the pipeline has a parser (the scan then
    reads no refusals, ``kg.extract.prefilter``), as with a trained model."""
    return could_tell_a_call(article.text, gaz, parsed=parsed)


def extract_metadata(article: Article, gaz: Gazetteer) -> ArticleFacts:
    """The facts of an article that is not analysed: its metadata, its publisher and the agency
    its outlet field names, as ``extract_article`` gives them; no mentions and no calls."""
    meta = article.meta
    own, agency = publisher_and_agency(meta.outlet, gaz, meta.url)
    return _facts(meta, own, agency, {}, ())


def _facts(meta: ArticleMeta, own: EntityRef | None, agency: EntityRef | None, refs: dict[str, EntityRef],
           calls: tuple[CallMention, ...]) -> ArticleFacts:
    """The article's facts: its entities (``refs``, key -> ref) with its publisher and agency."""
    for extra in (own, agency):
        if extra is not None and extra.key not in refs:
            refs[extra.key] = extra
        elif extra is not None and not set(extra.aliases) <= set(refs[extra.key].aliases):
            # (named in the text too: the metadata's name of it stays one of its names)
            ref = refs[extra.key]
            refs[extra.key] = replace(ref, aliases=tuple(sorted(set(ref.aliases) | set(extra.aliases) - {ref.name})))
    if own is not None and own.name != meta.outlet:
        # the graph finds the publisher by name: give it the outlet's canonical name, not the
        # metadata's spelling (a gazetteer alias or domain would otherwise lose the publisher)
        meta = replace(meta, outlet=own.name)
    return ArticleFacts(meta=meta, entities=tuple(refs[k] for k in sorted(refs)), calls=calls)


def extract_or_skip(doc: Doc, article: Article, gaz: Gazetteer) -> ArticleFacts | Skipped:
    """``extract_article``, or a ``Skipped`` naming the article when a rule trips on an odd
    text: one article must never lose the run."""
    try:
        return extract_article(doc, article, gaz)
    except (ValueError, IndexError) as err:
        return Skipped(article.meta.source, f"extraction failed: {type(err).__name__}: {err}")
