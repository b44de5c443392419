"""kg.build.failures and kg.build.work: one article's failure is one Skipped record, and the
project's own bugs are told apart from bad input."""

from __future__ import annotations

from datetime import date

import pytest

from kg.build.failures import skipped_for
from kg.build.work import analyse_batch
from kg.errors import InputError
from kg.facts.codec import from_plain
from kg.model import Article, ArticleFacts, ArticleMeta, Skipped

ART = Article(ArticleMeta("a.txt", "in/a.txt", date(2025, 1, 1)), "Macron phoned Merz.")


def raised(fn):
    try:
        fn()
    except BaseException as err:  # noqa: BLE001
        return err
    raise AssertionError("nothing raised")


def _third_party():
    import json

    json.loads("{")  # raises inside the standard library, not in kg


@pytest.mark.parametrize("err, stage, code, internal", [
    (raised(lambda: from_plain(ArticleFacts, 5)), "extract", "E391", True),  # a TypeError in kg's code
    (raised(lambda: from_plain(ArticleFacts, 5)), "nlp", "E390", True),
    (raised(_third_party), "nlp", "E320", False),  # spaCy (not kg) rejecting a text
    (InputError("E999", "no"), "extract", "E321", False),
    (RecursionError("deep"), "extract", "E322", False),
    (raised(lambda: "\ud800".encode("utf-8")), "nlp", "E323", False),
])
def test_the_split(err, stage, code, internal):
    skipped = skipped_for(ART, err, stage)
    assert (skipped.code, skipped.internal, skipped.source) == (code, internal, "in/a.txt")
    assert "\n" not in skipped.reason
    if internal:
        assert "internal error" in skipped.reason and "please report" in skipped.reason
        assert "codec.py:" in skipped.reason  # where in our code


def test_one_bad_text_costs_only_itself():
    # a lone surrogate makes spaCy fail inside nlp.pipe (a text over max_length no longer does:
    # it is analysed in chunks, kg.extract.chunks)
    bad = Article(ArticleMeta("bad.txt", "in/bad.txt"), "Macron \ud800 spoke by phone with Merz.")
    batch = [ART, bad, Article(ArticleMeta("b.txt", "in/b.txt"), "Merz called Macron on Monday.")]
    result = analyse_batch(batch)
    kinds = [type(item).__name__ for item in result.items]
    assert kinds == ["ArticleFacts", "Skipped", "ArticleFacts"]
    assert isinstance(result.items[1], Skipped) and result.items[1].code == "E323"
    assert len(result.state) == 2
