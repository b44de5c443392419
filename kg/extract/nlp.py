"""Build the spaCy pipeline: a blank English one by default, or a trained one underneath.

The default needs no download: ``spacy.blank("en")`` + line-break and punctuation sentence
splitting + an EntityRuler fed from the gazetteers + rules for people the gazetteer does not
know. With ``model`` (an installed package name or a path), the same rules run on top of the
trained pipeline: the ruler goes before its ``ner`` so gazetteer entries win and the model
fills in the rest.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Sequence

import spacy
from spacy.language import Language

import kg.extract.components  # noqa: F401  (registers the kg_* factories)
from kg.errors import InputError
from kg.model import EntityKind
from kg.resources import Gazetteer, load_gazetteer

__all__ = ["load_nlp", "load_gazetteer_checked", "gazetteer_patterns", "LABELS", "normalise_for_nlp"]

#: EntityRuler labels by gazetteer kind; the ids of the patterns are gazetteer ids.
LABELS = {
    EntityKind.LEADER: "PERSON",
    EntityKind.PERSON: "PERSON",
    EntityKind.OUTLET: "OUTLET",
    EntityKind.COUNTRY: "GPE",
    EntityKind.ORGANIZATION: "ORG",
}

# Same-length substitutions only, so character offsets stay those of the original text.
_NORMALISE = str.maketrans({"`": "'", "´": "'", "\u00a0": " "})


def normalise_for_nlp(text: str) -> str:
    """Map look-alike characters the tokenizer does not know ("Russia`s") to ones it does."""
    return text.translate(_NORMALISE)


_ARABIC_PARTICLE = re.compile(r"\b([Aa]l|[Ee]l)[- ](?=[A-Z])")


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c))


def _variants(form: str) -> set[str]:
    """The spellings news uses for one name: without "The", straight or curly apostrophes,
    without accents ("Erdogan"), and Arabic particles written al-/el-/Al /El ("El Sisi")."""
    out = {form}
    for article in ("The ", "the "):
        if form.startswith(article) and len(form) > 4:
            out.add(form[len(article):])
    for f in list(out):
        if "’" in f or "'" in f:
            out |= {f.replace("’", "'"), f.replace("'", "’")}
        if re.search(r"\w['’]\w", f):
            out.add(re.sub(r"(?<=\w)['’](?=\w)", "", f))  # "Shara'a" -> "Sharaa"
    for f in list(out):
        if _ARABIC_PARTICLE.search(f):
            for particle in ("al-", "el-", "Al-", "El-", "al ", "el ", "Al ", "El "):
                out.add(_ARABIC_PARTICLE.sub(particle, f))
    out |= {_ascii(f) for f in out}
    return {f for f in out if f.strip()}


def gazetteer_patterns(gaz: Gazetteer) -> list[dict]:
    """EntityRuler phrase patterns for every name, alias, adjective and capital."""
    patterns: list[dict] = []
    for entry in sorted(gaz.entries.values(), key=lambda e: e.id):
        label = LABELS[entry.kind]
        # a name that is also a context or short alias ("X") is only ever matched as such
        forms = {entry.name, *entry.aliases} - set(entry.context_aliases) - set(entry.short_aliases)
        for form in sorted(set().union(set(), *(_variants(f) for f in forms))):
            patterns.append({"label": label, "pattern": form, "id": entry.id})
        for form in sorted(entry.short_aliases):
            patterns.append({"label": "SHORT", "pattern": form, "id": entry.id})
        for form in sorted(entry.context_aliases):
            patterns.append({"label": "CONTEXT", "pattern": form, "id": entry.id})
        for form in sorted(entry.adjectives):
            patterns.append({"label": "NORP", "pattern": form, "id": entry.id})
        for form in sorted(entry.capitals):
            patterns.append({"label": "CAPITAL", "pattern": form, "id": entry.id})
    return patterns


def load_gazetteer_checked(gazetteers: Sequence[Path] = ()) -> Gazetteer:
    """The gazetteer alone, so a bad user file is reported before worker processes start."""
    return load_gazetteer(gazetteers)


def load_nlp(model: str | None = None, gazetteers: Sequence[Path] = ()) -> tuple[Language, Gazetteer]:
    """The pipeline and the gazetteer it was built from."""
    gaz = load_gazetteer(gazetteers)
    if model is None:
        nlp = spacy.blank("en")
    else:
        try:
            nlp = spacy.load(model)
        except OSError as err:
            raise InputError(
                "E310",
                f"cannot load spaCy pipeline {model!r}: {err}. Install it (e.g. "
                "'pip install en_core_web_sm') or pass the path of a saved pipeline.",
            ) from err
    has_parser = "parser" in nlp.pipe_names or "senter" in nlp.pipe_names
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    if not has_parser:
        nlp.add_pipe("kg_line_breaks", before=first) if first else nlp.add_pipe("kg_line_breaks")
        nlp.add_pipe("sentencizer", after="kg_line_breaks")
    ruler_at = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name="kg_gazetteer", config={"overwrite_ents": True}, **ruler_at)
    ruler.add_patterns(gazetteer_patterns(gaz))
    nlp.add_pipe("kg_people")
    return nlp, gaz
