"""Every spaCy factory newskg registers, in one place.

The components are thin adapters: the logic they run lives in pure functions
(``kg.extract.people.find_people``), and they only write annotations on the Doc. Importing
this module registers the factories (also reachable through the ``spacy_factories`` entry
point, so a saved pipeline loads with ``spacy.load`` without importing kg first).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.extract.people import find_people
from kg.resources import load_given_names, load_lexicon

__all__ = ["make_line_breaks", "make_people"]


@Language.factory("kg_line_breaks", assigns=["token.is_sent_start"])
def make_line_breaks(nlp: Language, name: str):
    """Start a sentence after every line break: headlines and bylines carry no full stop."""

    def line_breaks(doc: Doc) -> Doc:
        for i in range(1, len(doc)):
            prev = doc[i - 1]
            if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
                doc[i].is_sent_start = True
        return doc

    return line_breaks


class PeopleFinder:
    """Adds PERSON entities for people the gazetteer does not know (titles, given names)."""

    def __init__(self) -> None:
        self.titles = load_lexicon("titles")
        self.given_names = load_given_names()

    def __call__(self, doc: Doc) -> Doc:
        found = find_people(doc, self.titles, self.given_names)
        if not found:
            return doc
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        new = [Span(doc, s, e, label="PERSON") for s, e in found if not taken.intersection(range(s, e))]
        doc.ents = filter_spans(list(doc.ents) + new)
        return doc


@Language.factory("kg_people", assigns=["doc.ents"], requires=["doc.ents"])
def make_people(nlp: Language, name: str) -> PeopleFinder:
    return PeopleFinder()
