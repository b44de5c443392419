"""Outlets from news-please (issue 9 item 4): ``source_domain`` -> the gazetteer's outlet.

Builds tiny news-please feeds with a gazetteer of the test's own (``--gazetteer``): a known
domain lands on the named outlet, ``www.`` or a subdomain included; an unknown domain is an
outlet named after the domain; a domain written as an alias never loses the publisher; one
outlet node per real outlet.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph

from kg.build.pipeline import build
from kg.config import Settings
from kg.read.records import normalise_domain

TEXT = "Chancellor Friedrich Merz spoke with President Donald Trump by phone on Tuesday."
PREFIXES = "PREFIX schema: <https://schema.org/> PREFIX kg: <https://w3id.org/newskg/ontology#> "
PREFIXES += "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "


def _feed(folder: Path, domains: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"maintext": TEXT, "title": f"t{i}", "date_publish": "2025-05-07", "source_domain": d})
             for i, d in enumerate(domains)]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _gazetteer(path: Path) -> Path:
    """Deutsche Welle known by its domain; France 24 with its domain written as an alias."""
    entries = [
        {"id": "deutsche-welle", "name": "Deutsche Welle", "kind": "Outlet", "outlet_kind": "Broadcaster",
         "aliases": ["DW"], "domains": ["dw.com"]},
        {"id": "france-24", "name": "France 24", "kind": "Outlet", "outlet_kind": "Broadcaster",
         "aliases": ["France24", "france24.com"]},
    ]
    path.write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def publishers(tmp_path_factory) -> tuple[dict[str, str], set[str]]:
    """One build of a feed whose records name their outlet by domain only."""
    tmp_path = tmp_path_factory.mktemp("domains")
    gazetteer = _gazetteer(tmp_path / "gaz.jsonl")
    _feed(tmp_path / "in", ["www.dw.com", "dw.com", "amp.dw.com", "www.example-news.org", "www.france24.com",
                            "france24.com"])
    result = build(Settings(inputs=(tmp_path / "in",), out_dir=tmp_path / "out", gazetteers=(gazetteer,),
                            formats=("ttl",), validate=False))
    assert result.skipped == ()
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    rows = g.query(PREFIXES + "SELECT ?id ?name WHERE { ?a schema:identifier ?id ; schema:publisher ?o . ?o rdfs:label ?name }")
    outlets = g.query(PREFIXES + "SELECT ?name WHERE { ?o a kg:Outlet ; rdfs:label ?name }")
    return {str(r.id): str(r.name) for r in rows}, {str(r.name) for r in outlets}


@pytest.mark.parametrize(("raw", "domain"), [
    ("www.dw.com", "dw.com"), ("DW.com", "dw.com"), ("https://www.dw.com:443/en/top", "dw.com"),
    ("edition.cnn.com.", "edition.cnn.com"), ("Deutsche Welle", "Deutsche Welle"), ("localhost", "localhost"),
])
def test_domains_are_normalised(raw, domain):
    assert normalise_domain(raw) == domain


def test_known_domains_are_one_outlet_and_unknown_ones_are_named_after_the_domain(publishers):
    by_article, outlets = publishers
    assert [by_article[f"feed.jsonl#{i}"] for i in (1, 2, 3, 4)] == [
        "Deutsche Welle", "Deutsche Welle", "Deutsche Welle", "example-news.org"]
    assert outlets == {"Deutsche Welle", "example-news.org", "France 24"}  # no "www.dw.com" beside it


def test_a_domain_as_alias_never_removes_the_publisher(publishers):
    by_article, _ = publishers
    assert [by_article.get(f"feed.jsonl#{i}") for i in (5, 6)] == ["France 24", "France 24"]


def test_a_name_opens_an_outlet_s_name_at_its_domain_by_whole_words(nlp_and_gaz):
    from kg.extract.outlets import outlet_ref

    gaz = nlp_and_gaz[1]
    assert outlet_ref("ABC News", gaz, "https://www.abc.net.au/news/x").country == "Australia"
    assert outlet_ref("EFE", gaz, "https://efectococuyo.com/x").name == "EFE"
