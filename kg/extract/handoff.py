"""Columns one of newskg's components wrote on a Doc, handed to the next one instead of read back.

``Doc.to_array`` takes and gives back the GIL for every value it reads (in spaCy's build:
about 150 instructions a value, 3.5% of the streaming stage's instructions over all readers),
and the blank pipeline's components read back what the one before them has just written:
``kg_sentences`` the sentence starts ``kg_line_breaks`` set, ``kg_people`` the entity columns
of the gazetteer ruler. Here the writer keeps the column it wrote, with the Doc's token columns
(``kg.extract.tokens``, one entry per Doc), and the reader takes it (once: ``take`` removes it)
instead of reading the Doc again.

A column is handed on only inside one run of newskg's blank pipeline over a Doc: ``open_for``
(the first component, ``kg_line_breaks``) marks the Doc when the pipeline's components are
newskg's four and nothing else, so no other component can have written the column in between;
then each column kept is the Doc's column as it was written, and every writer still writes the
Doc itself (a reader that is not run, or a Doc read by anyone else, sees the same annotations).
Under a trained pipeline, for a Doc not marked, or a column nobody kept, the readers read the
Doc as before.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.tokens import columns

__all__ = ["BLANK", "open_for", "keep", "take", "SENT_START", "ENTITIES"]

#: the components of newskg's blank pipeline, in order (``kg.extract.nlp._add_rules``)
BLANK = ("kg_line_breaks", "kg_sentences", "kg_gazetteer", "kg_people")

#: what is handed on: the sentence-start column ``kg_line_breaks`` wrote (uint64, one a token),
#: and the gazetteer ruler's entity columns (``kg.extract.ruler._ENT_COLUMNS``: iob, type,
#: knowledge-base id, entity id; uint64, one row a token)
SENT_START, ENTITIES = "sent_start", "entities"

_OPEN = "open"


def open_for(doc: Doc, nlp: Language) -> None:
    """Called by the pipeline's first component for each Doc: forget what a run before kept for
    it, and mark it when ``nlp`` runs newskg's components alone."""
    written = columns(doc).written
    written.clear()
    if tuple(nlp.pipe_names) == BLANK:
        written[_OPEN] = True


def keep(doc: Doc, name: str, array) -> None:
    """``array`` is the Doc's column ``name`` as its writer has just written it."""
    written = columns(doc).written
    if _OPEN in written:
        written[name] = array


def take(doc: Doc, name: str):
    """The column ``name`` a component before kept for this Doc in this run, or None."""
    return columns(doc).written.pop(name, None)
