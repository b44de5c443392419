"""Shared fixtures: the default pipeline (built once) and a helper that analyses a text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.model import Article, ArticleMeta

ROOT = Path(__file__).resolve().parents[1]


def pytest_report_header(config):
    return f"newskg tests in {ROOT}"


@pytest.fixture(scope="session")
def nlp_and_gaz():
    from kg.extract.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def analyse_text(nlp_and_gaz):
    """``analyse_text(text, published="2025-03-14", outlet=None) -> ArticleFacts``."""
    from kg.extract.article import extract_article
    from kg.extract.nlp import normalise_for_nlp

    nlp, gaz = nlp_and_gaz

    def run(text: str, published: str | None = "2025-03-14", outlet: str | None = None, article_id: str = "t.txt"):
        meta = ArticleMeta(id=article_id, source=article_id,
                           published=date.fromisoformat(published) if published else None, outlet=outlet)
        article = Article(meta, text)
        return extract_article(nlp(normalise_for_nlp(text)), article, gaz)

    return run


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory) -> Path:
    """An Oxigraph store of the seed graph, made as a user would: `kg load exports/graph.ttl --store DIR`."""
    from typer.testing import CliRunner

    from kg.cli import app

    store = tmp_path_factory.mktemp("seed-store") / "store"
    result = CliRunner().invoke(app, ["load", str(ROOT / "exports" / "graph.ttl"), "--store", str(store)])
    assert result.exit_code == 0, result.output
    return store
