"""kg.build.work: the per-article map sends only the articles with a cue of a call through spaCy
(``mentions="cued"``), every article with ``mentions="all"``, and keeps the batch's order."""

from __future__ import annotations

from datetime import date

import pytest

import kg.build.work as work
from kg.build.work import analyse_batch, pipeline_for
from kg.extract.article import extract_article, extract_metadata
from kg.extract.nlp import normalise_for_nlp
from kg.model import Article, ArticleFacts, ArticleMeta, Skipped

# invented texts: ordinary news without a cue of a call, and a call between two leaders
UNCUED = ("Finance Minister Tala Voss presented the budget in Nairobi on Tuesday. Farmers in Kenya and "
          "Uganda welcomed lower fuel taxes, Reuters reported.")
CUED = "Emmanuel Macron spoke by phone with Olaf Scholz on Monday about Ukraine."


def _article(name: str, text: str) -> Article:
    return Article(ArticleMeta(name, f"in/{name}", date(2025, 3, 4), outlet="The Korea Herald (Yonhap)"), text)


BATCH = [_article("a.txt", CUED), _article("b.txt", UNCUED), _article("c.txt", CUED.replace("Monday", "Friday"))]


@pytest.fixture
def piped(monkeypatch):
    """The texts ``nlp.pipe`` is given, batch by batch."""
    seen: list[list[str]] = []
    real = work._docs

    def spy(nlp, batch):
        seen.append([a.meta.id for a in batch])
        return real(nlp, batch)

    monkeypatch.setattr(work, "_docs", spy)
    return seen


def test_an_article_without_a_cue_skips_spacy_and_keeps_its_metadata(piped):
    nlp, gaz = pipeline_for(None, ())
    result = analyse_batch(BATCH)
    assert piped == [["a.txt", "c.txt"]]
    assert [item.meta.id for item in result.items] == ["a.txt", "b.txt", "c.txt"]  # the batch's order
    assert result.items[1] == extract_metadata(BATCH[1], gaz)
    for i in (0, 2):  # the articles with a cue: as before
        assert result.items[i] == extract_article(nlp(normalise_for_nlp(BATCH[i].text)), BATCH[i], gaz)
        assert result.items[i].calls
    assert len(result.state) == 3  # every article counts


def test_every_article_through_spacy_with_all_mentions(piped):
    nlp, gaz = pipeline_for(None, ())
    result = analyse_batch(BATCH, mentions="all")
    assert piped == [["a.txt", "b.txt", "c.txt"]]
    assert result.items == [extract_article(nlp(normalise_for_nlp(a.text)), a, gaz) for a in BATCH]
    assert len(result.items[1].entities) > len(extract_metadata(BATCH[1], gaz).entities)


def test_a_bad_text_beside_an_uncued_article_costs_only_itself():
    bad = _article("bad.txt", "Macron \ud800 spoke by phone with Merz.")  # spaCy fails on it
    result = analyse_batch([BATCH[1], bad, BATCH[0]])
    assert [type(i).__name__ for i in result.items] == ["ArticleFacts", "Skipped", "ArticleFacts"]
    assert isinstance(result.items[1], Skipped) and result.items[1].code == "E323"
    assert all(isinstance(i, ArticleFacts) for i in (result.items[0], result.items[2]))


def test_the_pipeline_is_kept_off_the_collector_until_another_replaces_it(monkeypatch):
    events = []

    class Spy(work.Hold):
        def freeze(self):
            events.append("freeze")
            super().freeze()

        def release(self):
            events.append("release")
            super().release()

    monkeypatch.setattr(work, "_PIPELINES", {})
    monkeypatch.setattr(work, "_PIPELINE_HOLD", Spy())
    monkeypatch.setattr("kg.extract.nlp.load_nlp", lambda model, gazetteers: events.append(f"load {model}") or model)
    try:
        pipeline_for("a", ())
        pipeline_for("a", ())  # kept: neither built nor frozen again
        pipeline_for("b", ())
        assert events == ["release", "load a", "freeze", "release", "load b", "freeze"]
        assert work._PIPELINE_HOLD.held
    finally:
        work._PIPELINE_HOLD.release()


def test_a_batch_is_analysed_with_fewer_young_collections(monkeypatch):
    import gc

    from kg.collector import YOUNG_THRESHOLD

    seen = []
    real = work._docs
    monkeypatch.setattr(work, "_docs", lambda nlp, batch: seen.append(gc.get_threshold()[0]) or real(nlp, batch))
    before = gc.get_threshold()
    analyse_batch(BATCH)
    assert seen == [max(before[0], YOUNG_THRESHOLD)] and gc.get_threshold() == before
