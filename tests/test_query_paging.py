"""Pages of the long listings (kg.query.paging, `kg query --limit/--offset/--all`) on real stores
and graph files: a query's pages put end to end are its whole listing, term for term, whatever
the page size, and the command line says what it left out."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KgError
from kg.query.paging import page_of, paging, run_page
from kg.query.run import get_query, list_queries, load_query, run_query
from kg.store.local import load_into_store
from tests.test_query_lists import built  # noqa: F401 - the generated 300-call store, a fixture

MINI = Path(__file__).parent / "data" / "mini.ttl"
PAGES = Path(__file__).parent.parent / "kg" / "query" / "named" / "pages"

# Calls the builds rarely make, that a page must still show as the listing does: no article, no
# outlet, no date, no medium; a status outside the four; the same date as another call.
ODD = """
@prefix person: <https://w3id.org/newskg/id/person/> .
@prefix call: <https://w3id.org/newskg/id/call/> .
@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
call:c0 a kg:Call, schema:Event ; rdfs:label "Call: Ishiba – Lula (2025-03-10)" ;
    kg:participant person:ishiba, person:lula ; kg:status kg:Occurred ;
    schema:startDate "2025-03-10"^^xsd:date .
call:c9 a kg:Call, schema:Event ; rdfs:label "Call: Lula – Ruto" ;
    kg:participant person:lula, person:ruto ; kg:status kg:Rumoured .
"""


def _pages(source, name: str, size: int):
    """Every page of ``name`` from the first, and the empty one past the end."""
    query, pages, offset = get_query(name), [], 0
    while True:
        page = run_page(source, query, limit=size, offset=offset)
        pages.append(page)
        if not page.rows:
            return pages
        offset += size


@pytest.fixture(scope="module")
def odd(tmp_path_factory):
    folder = tmp_path_factory.mktemp("odd")
    graph = folder / "odd.ttl"
    graph.write_text(MINI.read_text(encoding="utf-8") + ODD, encoding="utf-8")
    load_into_store(graph, folder / "store")
    return graph, folder / "store"


@pytest.mark.parametrize("size", [1, 2, 100])
def test_odd_calls_page_as_they_are_listed_from_a_file_and_a_store(odd, size):
    for source in odd:
        whole = run_query(source, load_query("calls"))
        assert len(whole.rows) == 5  # the minister's call has one leader only
        pages = _pages(source, "calls", size)
        assert [t for page in pages for t in page.terms] == list(whole.terms)
        assert {page.total for page in pages} == {5}
        assert [page.offset for page in pages] == list(range(0, 5 + size, size))[: len(pages)]
        assert pages[0].columns == whole.columns and pages[0].unit == "calls"
    rumoured = [row for row in whole.rows if row[0] == "id:call/c9"][0]
    assert rumoured[1:] == ("", "rumoured", "", "Luiz Inácio Lula da Silva, William Ruto", "", "")


@pytest.mark.parametrize("size", [7, 100, 1000])
def test_pages_end_to_end_are_the_whole_listing(built, size):  # noqa: F811
    store = built[0]
    whole = run_query(store, load_query("calls"))
    pages = _pages(store, "calls", size)
    assert len(whole.rows) == 300
    assert [t for page in pages for t in page.terms] == list(whole.terms)
    assert all(page.total == 300 for page in pages)


def test_the_default_page_and_a_query_without_a_page_form(built):  # noqa: F811
    store = built[0]
    whole = run_query(store, load_query("calls"))
    first = run_page(store, get_query("calls"))
    assert (len(first.rows), first.total, first.offset) == (100, 300, 0)
    assert first.terms == whole.terms[:100]
    outlets = run_query(store, load_query("outlets"))
    assert run_page(store, get_query("outlets")) == outlets  # no page form, no limit: all of it
    cut = run_page(store, get_query("outlets"), limit=2, offset=1)
    assert cut.terms == outlets.terms[1:3] and cut.rows == outlets.rows[1:3]
    assert (cut.total, cut.offset) == (len(outlets.rows), 1)
    asked = page_of(run_query(store, "ASK { ?s ?p ?o }"), 1, 3)
    assert asked.boolean is True and asked.total is None
    for bad in ({"limit": 0}, {"offset": -1}):
        with pytest.raises(ValueError, match="a page needs"):
            run_page(store, get_query("calls"), **bad)


def test_every_page_header_has_its_forms_and_every_form_a_header():
    paged = {q.name: paging(q) for q in list_queries() if q.page}
    assert set(paged) == {"calls"}
    assert {p.name.split(".")[0] for p in PAGES.glob("*.rq")} == set(paged)
    for name, form in paged.items():
        assert form.size > 0 and form.unit
        assert "$limit" in form.sparql and "$offset" in form.sparql
        assert "?rows" in form.count


def test_a_page_line_without_its_forms_is_a_bug_with_a_code():
    query = get_query("summary")
    for page in ("100 types", "many types"):
        with pytest.raises(KgError, match="E519"):
            paging(query.__class__(query.name, query.title, query.description, query.params, query.sparql, page))


# --- the command line -------------------------------------------------------------------------

runner = CliRunner()


def kg(*args):
    return runner.invoke(app, [str(a) for a in args])


def _rows(stdout: str) -> list[str]:
    return [line.split(",")[0] for line in stdout.splitlines()[1:]]


def test_kg_query_shows_a_page_and_says_how_to_see_more(built):  # noqa: F811
    store = built[0]
    whole = [row[0] for row in run_query(store, load_query("calls")).rows]
    result = kg("query", "calls", "--store", store, "-f", "csv")
    assert result.exit_code == 0, result.output
    assert _rows(result.stdout) == whole[:100]
    assert "showing calls 1-100 of 300; --offset 100 for the next page, --all for every one" in result.stderr

    result = kg("query", "calls", "--store", store, "-f", "csv", "--offset", 250, "--limit", 100)
    assert result.exit_code == 0, result.output
    assert len(_rows(result.stdout)) == 50
    assert "showing calls 251-300 of 300; --all for every one" in result.stderr

    result = kg("query", "calls", "--store", store, "-f", "csv", "--all")
    assert result.exit_code == 0, result.output
    assert len(_rows(result.stdout)) == 300 and "showing" not in result.stderr

    result = kg("query", "calls", "--store", store, "--offset", 400)
    assert result.exit_code == 0 and "(0 rows)" in result.stdout
    assert "no calls from 401: there are 300" in result.stderr

    result = kg("query", "outlets", "--store", store, "--limit", 2, "-q")
    assert result.exit_code == 0 and "(2 rows)" in result.stdout and result.stderr == ""


def test_kg_query_pages_a_graph_file_and_needs_a_consistent_request(odd):
    graph, _store = odd
    result = kg("query", "calls", "--graph", graph, "--limit", 2, "--offset", 1, "-f", "csv")
    assert result.exit_code == 0, result.output
    assert _rows(result.stdout) == ["id:call/c1", "id:call/c2"]
    assert "showing calls 2-3 of 5; --offset 3 for the next page, --all for every one" in result.stderr
    small = kg("query", "calls", "--graph", graph)  # one page holds them all: nothing to say
    assert small.exit_code == 0 and "(5 rows)" in small.stdout and "showing" not in small.stderr

    result = kg("query", "calls", "--graph", graph, "--all", "--limit", 3)
    assert result.exit_code == 2 and "E518" in result.output
    assert kg("query", "calls", "--graph", graph, "--limit", 0).exit_code == 2
    assert kg("query", "calls", "--graph", graph, "--offset", -1).exit_code == 2
