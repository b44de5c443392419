"""Every spaCy factory newskg registers, in one place.

The components are thin adapters: the logic they run lives in pure functions
(``kg.extract.people.find_people``, ``clean_model_entities`` here), and they only write
annotations on the Doc. Importing this module registers the factories (also reachable through
the ``spacy_factories`` entry point, so a saved pipeline loads with ``spacy.load`` without
importing kg first).

Under a trained pipeline the entities come from three sources, in this order of trust: the
gazetteer ruler (its spans carry the gazetteer id), the rules for people the gazetteer does not
know (``kg_people``), and the model's ``ner``. ``kg_model_entities`` keeps only the model
entities the rules can use, and ``kg_people`` lets a rule person replace a model entity.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_TYPE, IS_PUNCT, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.extract import handoff
from kg.extract.outlets import outlet_descriptors
from kg.extract.people import find_people, is_name_token
from kg.extract.places import subdivision
from kg.extract.tokens import columns
from kg.resources import lexicon_entries, lexicon_phrases, load_given_names, load_lexicon

__all__ = ["make_line_breaks", "make_sentences", "make_people", "make_model_entities", "clean_model_entities", "MODEL_LABELS",
           "clear_place_ids"]

#: The model labels the extractors read, and the label each becomes; the others (dates,
#: numbers, places the gazetteer does not know, nationalities) are left to the rules.
MODEL_LABELS = {"PERSON": "PERSON"}

@Language.factory("kg_line_breaks", assigns=["token.is_sent_start"])
def make_line_breaks(nlp: Language, name: str):
    """Start a sentence after every line break: headlines and bylines carry no full stop."""

    def line_breaks(doc: Doc) -> Doc:
        handoff.open_for(doc, nlp)
        # a token's own whitespace is one space at most: line breaks are space tokens. They are
        # found from the line breaks of the Doc's text (``str.find``, the token holding each by
        # its offset) in the token columns, which the components after this one read too: not
        # two columns of the Doc (``to_array`` takes and gives back the GIL per value) and a
        # string look-up per space token
        cols = columns(doc)
        text, idx, texts = cols.doc_text, cols.idx, cols.text
        starts = None
        last = -1
        at = text.find("\n")
        while at != -1:
            i = bisect_right(idx, at) - 1  # (a space token holds it: no token's own space does)
            if i != last and i < len(texts) - 1 and texts[i].isspace():  # (``Token.is_space``)
                if starts is None:
                    starts = doc.to_array(SENT_START)
                starts[i + 1] = 1
            last = i
            at = text.find("\n", at + 1)
        if starts is not None:
            # one write for the whole Doc: setting ``Token.is_sent_start`` scans the Doc each time
            # (a long article would cost its length times its lines)
            doc.from_array([SENT_START], starts)
            handoff.keep(doc, handoff.SENT_START, starts)  # (kg_sentences reads it next)
        return doc

    return line_breaks


class _Punct(dict):
    """text -> ``Token.is_punct`` (the lexeme's flag) in one vocabulary, looked up once per
    distinct text: read per token through ``map`` instead of a column of ``Doc.to_array``.
    Bounded as ``kg.extract.tokens._TEXTS`` is."""

    __slots__ = ("vocab",)

    def __init__(self, vocab) -> None:
        super().__init__()
        self.vocab = vocab

    def __missing__(self, text: str) -> bool:
        if len(self) > _PUNCT_SIZE:
            self.clear()
        flag = self[text] = self.vocab[text].is_punct
        return flag


_PUNCT_SIZE = 1 << 20


_OPENING_QUOTES = frozenset({'"', "“"})


@Language.factory("kg_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str):
    """spaCy's ``sentencizer`` (default punctuation, boundaries already set are kept), computed
    on the Doc's arrays and written once: the sentencizer makes a ``Token`` object for every
    token of every Doc, one of the largest costs of the whole pipeline."""

    punct = frozenset(Sentencizer.default_punct_chars)
    is_punct = _Punct(nlp.vocab)

    def sentences(doc: Doc) -> Doc:
        if not len(doc):
            return doc
        texts = columns(doc).text
        # the sentence starts kg_line_breaks has just written, when it kept them, and the
        # punctuation flags of the lexemes by text: columns not read through ``to_array``
        kept = handoff.take(doc, handoff.SENT_START)
        if doc.vocab is nlp.vocab:
            punctuation = numpy.fromiter(map(is_punct.__getitem__, texts), dtype=bool, count=len(doc))
            starts = (kept if kept is not None else doc.to_array(SENT_START)).view(numpy.int64)
        else:
            cols = doc.to_array([IS_PUNCT, SENT_START])
            starts = cols[:, 1].view(numpy.int64)
            punctuation = cols[:, 0] != 0
        # "." "!" "?" ... (the token texts are read once per Doc and kept: kg.extract.tokens)
        # (``map`` over the set's own test: no Python step per token)
        final = numpy.fromiter(map(punct.__contains__, texts), dtype=bool, count=len(doc))
        # as Sentencizer.predict: a token that is neither punctuation nor sentence-final starts a
        # sentence when a sentence-final token came after the previous such token ("He left."
        # Then', '?!'); and the first token does
        word = ~final & ~punctuation
        at = numpy.flatnonzero(word)
        finals_before = numpy.cumsum(final)[at]
        guess = numpy.zeros(len(doc), dtype=bool)
        guess[at[numpy.diff(finals_before, prepend=0) > 0]] = True
        guess[0] = True
        unset = starts == 0  # boundaries already set (line breaks) are kept
        starts[unset] = numpy.where(guess[unset], 1, -1)
        # '... on Thursday. "We spoke," he said': an opening quote mark (a space before it, none
        # after) starts the sentence after it instead of ending the one before
        words = columns(doc)
        texts, ws = words.text, words.ws
        if not _OPENING_QUOTES.isdisjoint(texts):
            # (only the quote marks are visited, found as ``Columns.where`` finds words: a scan
            # of the column for a mark the Doc has, none for one it has not; spaces read from
            # the columns, not Tokens)
            for i in words.where(_OPENING_QUOTES, lowered=False):
                if not 1 <= i < len(doc) - 1:
                    continue
                if unset[i] and unset[i + 1] and starts[i + 1] == 1 and ws[i - 1] and not ws[i]:
                    starts[i], starts[i + 1] = 1, -1
        doc.from_array([SENT_START], starts.view(numpy.uint64).reshape(-1, 1))
        return doc

    return sentences


def _is_rule_entity(ent: Span) -> bool:
    """Gazetteer entities carry their gazetteer id; everything else came from a model."""
    return bool(ent.ent_id_)


def _crosses_a_break(span: Span) -> bool:
    return any(t.is_sent_start or t.is_space for t in span[1:]) or any(
        "\n" in t.whitespace_ for t in span[:-1])


def _title_case(sent: Span) -> bool:
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) / len(words) >= 0.6


def clean_model_entities(doc: Doc, titles: dict, given_names: frozenset[str]) -> list[Span]:
    """The model's entities the rules can use, relabelled and trimmed.

    Dropped: entities that cross a sentence start, a line break or a paragraph, and labels the
    extractors do not read. A person loses the titles and honorifics the model swallowed
    ("President", "Mr.") and a trailing possessive, and must then be a run of name words.
    """
    not_names = frozenset(lexicon_phrases(titles, "not_names"))
    particles = frozenset(lexicon_phrases(titles, "particles"))
    suffixes = frozenset(lexicon_phrases(titles, "name_suffixes"))
    place_before = frozenset(lexicon_phrases(titles, "place_prepositions"))  # "in Port Vessa": a place
    descriptors = outlet_descriptors()  # "told radio station X": X is an outlet
    reports = load_lexicon("reports")
    openers = frozenset(lexicon_phrases(reports, "outlet_openers"))  # "Radio X", "Televisão de X"
    # "reported by X", "carried by X": a place only an outlet takes (reports.json outlet_slots, not person_too)
    slots = frozenset(tuple(e["phrase"].split()) for e in lexicon_entries(reports, "outlet_slots")
                      if e["place"] == "before" and not e.get("person_too"))
    title_words = frozenset(
        w for key in ("leader", "official", "honorifics") for t in lexicon_phrases(titles, key) for w in t.replace("-", " ").split())
    honorific_phrases = [tuple(p.split()) for p in lexicon_phrases(titles, "honorific_phrases")]
    # (the one-word offices, "governor", "gov.", "premier": not "of" or "state" of longer titles)
    office_words = frozenset(t for key in ("leader", "official") for t in lexicon_phrases(titles, key) if " " not in t)
    out = []
    for ent in doc.ents:
        if _is_rule_entity(ent):
            continue
        label = MODEL_LABELS.get(ent.label_)
        if label is None or _crosses_a_break(ent):
            continue
        start, end = ent.start, ent.end
        if doc[start].text in openers and end - start > 1:
            continue  # "Televisão de Moçambique": an outlet's name, which the outlet rules read
        if label == "PERSON":
            # through the last title word that leaves a name of two words ("Foreign Minister", "Mr.")
            titled = [i for i in range(start, end - 2) if doc[i].lower_.rstrip(".") in title_words]
            start = titled[-1] + 1 if titled else start
            for phrase in honorific_phrases:
                if tuple(t.lower_ for t in doc[start:start + len(phrase)]) == phrase:
                    start += len(phrase)  # "Datuk Seri Anwar": an honorific whose words are also names
                    break
            while start < end and (doc[start].text in not_names or doc[start].lower_ in {"the", "-"}):
                start += 1
            # the possessive clitic as the tokenizer splits it: grammar, not vocabulary
            while end > start and (doc[end - 1].lower_ in {"'s", "’s", "'", "’"} or doc[end - 1].is_punct):
                end -= 1
            words = doc[start:end]
            if all(t.lower_.rstrip(".") in title_words for t in words):
                continue  # "the Crown Prince", "Prime Minister": a title with no name
            if len(words) == 2 and (words[0].lower_ in title_words or words[0].lower_ + "." in title_words):
                continue  # "Gen Prawit": a title and one name, which the rules read as the person's
            if len(words) < 2 or (start > 0 and doc[start - 1].lower_ in place_before):
                continue  # a lone word is a surname the rules join to a full name, or not a person
            if any(" ".join(t.lower_ for t in doc[max(0, start - n):start]) in descriptors for n in (1, 2, 3)):
                continue  # "told radio station Del Sol": an outlet's name, which the outlet rules read
            if any(tuple(t.lower_ for t in doc[max(0, start - n):start]) in slots for n in (1, 2, 3)):
                continue  # "first reported by Dagens Industri": an outlet's place, which the outlet rules read
            if start > 0 and doc[start - 1].lower_ == "the" \
                    and any(" ".join(t.lower_ for t in doc[end:end + n]) in descriptors for n in (1, 2, 3)):
                continue  # "told the Vell Noticias agency": an outlet's name before its descriptor
            if not is_name_token(words[0], not_names) or not all(
                    (is_name_token(t, not_names) and not t.text.isupper()) or t.lower_ in particles
                    or t.text in suffixes or (t.text == "-" and not t.whitespace_) for t in words):
                continue  # not a run of name words: a place, a credit in capitals, a slogan
            if _title_case(doc[start].sent) and words[0].text not in given_names:
                continue  # a Title Case headline makes every word look like a name (as in kg_people)
            if subdivision(words.text) or _named_as_place(doc, [t.text for t in words], place_before, office_words):
                continue  # a state's name, or "Vell Province Gov. X", "in Vell Province" in the article: a place
        out.append(Span(doc, start, end, label=label))
    return out


def _named_as_place(doc: Doc, words: list[str], place_before: frozenset[str], office_words: frozenset[str]) -> bool:
    """The words (a model's person) stand somewhere in the article where only a place does: right
    before an office's title ("Vell Province Gov. X", "Vell governor says") or right after a
    preposition of place ("in Vell Province"); an article names one thing by one name."""
    # (the token columns, not a Token per word: each model person reads the whole article)
    cols = columns(doc)
    text, lower, n = cols.text, cols.lower, len(words)
    for k in range(len(text) - n + 1):
        if text[k] == words[0] and text[k:k + n] == words:
            if k > 0 and lower[k - 1] in place_before \
                    or k + n < len(text) and (lower[k + n] in office_words or lower[k + n].rstrip(".") in office_words):
                return True
    return False


@Language.factory("kg_model_entities", assigns=["doc.ents"], requires=["doc.ents"])
def make_model_entities(nlp: Language, name: str):
    """After a trained ``ner``: keep the rule entities, and the model's as ``clean_model_entities`` says."""
    titles, given_names = load_lexicon("titles"), load_given_names()

    def model_entities(doc: Doc) -> Doc:
        rules = [e for e in doc.ents if _is_rule_entity(e)]
        doc.ents = filter_spans(rules + clean_model_entities(doc, titles, given_names))
        return doc

    return model_entities


#: ENT_IOB, ENT_TYPE and ENT_ID among the ruler's columns (``kg.extract.ruler._ENT_COLUMNS``)
_KEPT_ENTITY_COLUMNS = [0, 1, 3]


def _gazetteer_only(doc: Doc) -> set[int] | None:
    """The tokens of the Doc's entities when every entity is a gazetteer entity (as ``Doc.ents``
    spans them: a B token with a label opens one, I tokens continue it), else None. An entity
    whose tokens all carry a gazetteer id is a rule entity (``_is_rule_entity`` reads the id
    of one of its tokens, the Span's root); without a model, all of them are."""
    if not len(doc):
        return set()
    kept = handoff.take(doc, handoff.ENTITIES)  # (the gazetteer ruler's columns, just written)
    cols = doc.to_array([ENT_IOB, ENT_TYPE, ENT_ID]) if kept is None else kept[:, _KEPT_ENTITY_COLUMNS]
    inside = (cols[:, 0] == 1) | ((cols[:, 0] == 3) & (cols[:, 1] != 0))
    if (cols[inside, 2] == 0).any():
        return None
    return set(numpy.flatnonzero(inside).tolist())


def clear_place_ids(doc: Doc, found: list[tuple[int, int]]) -> None:
    """A person found over a place's word ("Minister Santiago X", ``find_people``) keeps no
    gazetteer id of the place: writing the person's span leaves the tokens' ids as they were."""
    for start, end in found:
        if doc[start].ent_id:
            for token in doc[start:end]:
                token.ent_id = 0


class PeopleFinder:
    """Adds PERSON entities for people the gazetteer does not know (titles, given names).

    A person the rules find replaces a model entity over the same words: the rules read titles
    and given names the same way with or without a model.
    """

    def __init__(self) -> None:
        self.titles = load_lexicon("titles")
        self.given_names = load_given_names()

    def __call__(self, doc: Doc) -> Doc:
        taken = _gazetteer_only(doc)  # (no Span made when every entity is the gazetteer's)
        rules, model = [], []
        if taken is None:
            ents = list(doc.ents)
            rules = [e for e in ents if _is_rule_entity(e)]
            model = [e for e in ents if not _is_rule_entity(e)]
            if model:
                doc.ents = rules  # the rules see what they see without a model
        found = find_people(doc, self.titles, self.given_names, taken)
        if not found and not model:
            return doc
        clear_place_ids(doc, found)
        new = [Span(doc, s, e, label="PERSON") for s, e in found]
        if not model:
            # the people found are apart from each other and from every entity (find_people
            # leaves the words of entities alone): the rule entities stay as they are and only
            # the people's words are written, not every entity of the Doc again
            doc.set_ents(new, default="unmodified")
            return doc
        taken = {i for span in rules + new for i in range(span.start, span.end)}
        kept = [e for e in model if not taken.intersection(range(e.start, e.end))]
        doc.ents = filter_spans(rules + new + kept)
        return doc


@Language.factory("kg_people", assigns=["doc.ents"], requires=["doc.ents"])
def make_people(nlp: Language, name: str) -> PeopleFinder:
    return PeopleFinder()
