"""Shared fixtures: the default pipeline (built once) and a helper that analyses a text; the
hypothesis profiles (``ci``, the default: bounded and reproducible; ``long``: for a local run,
``python3 -m pytest tests/test_fuzz_*.py --hypothesis-profile=long``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from kg.model import Article, ArticleMeta

_SLOW_IS_FINE = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
# ci: a few seconds in all, the same examples every run (no database, derandomised)
settings.register_profile("ci", max_examples=30, deadline=None, derandomize=True, database=None,
                          suppress_health_check=_SLOW_IS_FINE)
# long: thousands of fresh examples, failures remembered in .hypothesis/ for the next run
settings.register_profile("long", max_examples=3000, deadline=None, suppress_health_check=_SLOW_IS_FINE)
settings.load_profile("ci")  # --hypothesis-profile=long (hypothesis' pytest plugin) overrides it

ROOT = Path(__file__).resolve().parents[1]


def pytest_report_header(config):
    return f"newskg tests in {ROOT}"


@pytest.fixture(scope="session")
def nlp_and_gaz():
    from kg.extract.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def analyse_text(nlp_and_gaz):
    """``analyse_text(text, published="2025-03-14", outlet=None, url=None) -> ArticleFacts``."""
    from kg.extract.article import extract_article
    from kg.extract.nlp import normalise_for_nlp

    nlp, gaz = nlp_and_gaz

    def run(text: str, published: str | None = "2025-03-14", outlet: str | None = None, article_id: str = "t.txt",
            url: str | None = None):
        meta = ArticleMeta(id=article_id, source=article_id,
                           published=date.fromisoformat(published) if published else None, outlet=outlet, url=url)
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
