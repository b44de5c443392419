"""The pipeline: the blank default, and a trained pipeline plugged in underneath the rules.

The trained one is a tiny NER + sentence recogniser the test trains and saves itself (no model
can be downloaded here); what matters is that ``--model PATH`` loads it, the gazetteer ruler
goes before its ``ner``, and extraction still works on top.
"""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.training import Example

from kg.extract.nlp import gazetteer_patterns, load_nlp, normalise_for_nlp
from kg.resources import load_gazetteer
from kg.errors import InputError


def test_blank_pipeline_components():
    nlp, gaz = load_nlp()
    assert nlp.pipe_names == ["kg_line_breaks", "sentencizer", "kg_gazetteer", "kg_people"]
    doc = nlp("Headline without a stop\nFrench President Emmanuel Macron spoke. Reuters said so.")
    assert [s.text.strip() for s in doc.sents][0] == "Headline without a stop"
    assert {(e.text, e.label_) for e in doc.ents} >= {("Emmanuel Macron", "PERSON"), ("Reuters", "OUTLET")}


def test_patterns_cover_names_aliases_and_the_less_forms():
    gaz = load_gazetteer()
    patterns = {(p["pattern"], p["label"]) for p in gazetteer_patterns(gaz)}
    assert ("Reuters", "OUTLET") in patterns
    assert ("Washington Post", "OUTLET") in patterns  # "The Washington Post" without "The"


def test_normalise_keeps_offsets():
    text = "Russia`s leader\u00a0spoke"
    assert len(normalise_for_nlp(text)) == len(text)
    assert normalise_for_nlp(text).startswith("Russia's")


def test_unknown_model_is_a_clear_error():
    with pytest.raises(InputError, match="cannot load spaCy pipeline 'no_such_pipeline'"):
        load_nlp("no_such_pipeline")


def _spans(text: str, *labelled: tuple[str, str]) -> tuple[str, list[tuple[int, int, str]]]:
    return text, [(text.index(part), text.index(part) + len(part), label) for part, label in labelled]


TRAIN = [
    _spans("Prime Minister Anna Kovac spoke with President Lars Holm.", ("Anna Kovac", "PERSON"), ("Lars Holm", "PERSON")),
    _spans("Lars Holm thanked Anna Kovac.", ("Lars Holm", "PERSON"), ("Anna Kovac", "PERSON")),
    _spans("The Daily Ledger reported that Mira Tane left.", ("Daily Ledger", "ORG"), ("Mira Tane", "PERSON")),
    _spans("Officials in Norland said Tomas Reed would travel.", ("Norland", "GPE"), ("Tomas Reed", "PERSON")),
]


@pytest.fixture(scope="module")
def trained_pipeline(tmp_path_factory):
    """A tiny English pipeline with a trained NER, saved to disk like an installed model."""
    random.seed(0)
    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    for _, ents in TRAIN:
        for *_, label in ents:
            ner.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": e}) for t, e in TRAIN]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(30):
        random.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.1)
    path = tmp_path_factory.mktemp("model") / "tiny_ner"
    nlp.to_disk(path)
    return path


def test_trained_pipeline_plugs_in_under_the_rules(trained_pipeline):
    nlp, gaz = load_nlp(str(trained_pipeline))
    assert nlp.pipe_names.index("kg_gazetteer") < nlp.pipe_names.index("ner")
    assert "kg_people" in nlp.pipe_names and "sentencizer" in nlp.pipe_names
    doc = nlp("Emmanuel Macron spoke by phone with Narendra Modi. Lars Holm thanked Anna Kovac.")
    ents = {e.text: e for e in doc.ents}
    # the gazetteer wins over the model for known people ...
    assert ents["Emmanuel Macron"].ent_id_ and ents["Narendra Modi"].ent_id_
    # ... and the model still labels what the rules leave alone
    assert any(e.label_ == "PERSON" and not e.ent_id_ for e in doc.ents)


def test_trained_pipeline_extracts_calls(trained_pipeline, tmp_path):
    from datetime import date

    from kg.extract.article import extract_article
    from kg.model import Article, ArticleMeta

    nlp, gaz = load_nlp(str(trained_pipeline))
    text = "Emmanuel Macron spoke by phone with Narendra Modi on Tuesday, according to Reuters."
    meta = ArticleMeta(id="m.txt", source="m.txt", published=date(2025, 3, 14))
    facts = extract_article(nlp(text), Article(meta, text), gaz)
    names = {e.key: e.name for e in facts.entities}
    assert len(facts.calls) == 1
    call = facts.calls[0]
    assert {names[p] for p in call.participants} == {"Emmanuel Macron", "Narendra Modi"}
    assert call.date == date(2025, 3, 11)
    assert [names[r.outlet] for r in call.reports] == ["Reuters"]
