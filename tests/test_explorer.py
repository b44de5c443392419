"""The explorer in a real browser: `kg serve` on the seed store, the page in headless Chromium
(Debian's, driven by Playwright), a person clicked with the mouse in the network, and what the
page then shows checked against the graph file read independently with pyoxigraph.

Skipped, with the reason, where Chromium or Playwright is missing (.ci/run installs Chromium).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.serve.explorer import STATIC_DIR
from serving import ROOT, click_pair, click_person, kg_serve, launch_chromium, wait_ready, watch, why_no_browser

GRAPH = ROOT / "exports" / "graph.ttl"
PREFIXES = """PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
KG = "https://w3id.org/newskg/ontology#"

needs_browser = pytest.mark.skipif(why_no_browser() is not None, reason=why_no_browser() or "")


# --- the graph, read without the server --------------------------------------------------------

@pytest.fixture(scope="module")
def graph():
    store = ox.Store()
    store.load(path=GRAPH, format=ox.RdfFormat.TURTLE)

    def rows(query: str) -> list[dict[str, str]]:
        result = store.query(PREFIXES + query)
        names = [v.value for v in result.variables]
        return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in result]

    return rows


def calls_of(graph, name: str) -> list[dict]:
    """Each call of the person labelled ``name``: its IRI, date, status and counterparts."""
    found = graph(f"""
        SELECT ?call ?date ?status ?other WHERE {{
          ?person rdfs:label {_lit(name)} . ?call a kg:Call ; kg:participant ?person ; kg:status ?status .
          ?call kg:participant ?o . FILTER (?o != ?person) ?o rdfs:label ?other .
          OPTIONAL {{ ?call schema:startDate ?date }}
        }}""")
    calls: dict[str, dict] = {}
    for r in found:
        entry = calls.setdefault(r["call"], {"call": r["call"], "date": r["date"] or "undated",
                                             "status": r["status"].rsplit("#", 1)[1].lower(), "with": set()})
        entry["with"].add(r["other"])
    return list(calls.values())


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# --- the page ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def explorer(seed_store):
    with kg_serve(seed_store) as server:
        yield server.explorer_url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = launch_chromium(pw)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.problems = watch(page)
    yield page
    problems = page.problems
    page.close()
    assert problems == [], problems


def timeline_rows(page) -> list[dict]:
    return page.eval_on_selector_all(
        "#calls-body tr",
        """rows => rows.map(r => ({ call: r.dataset.call, date: r.cells[0].innerText,
             status: r.cells[1].innerText, with: r.cells[2].innerText, caller: r.cells[3].innerText,
             how: r.cells[4].innerText, outlets: r.cells[5].innerText }))""",
    )


def rows_dates(page) -> list[str]:
    return [r["date"] for r in timeline_rows(page)]


@needs_browser
def test_the_page_shows_the_seed_graph(page, explorer, graph):
    page.goto(explorer)
    wait_ready(page)
    calls = int(graph("SELECT (COUNT(?c) AS ?n) WHERE { ?c a kg:Call }")[0]["n"])
    people = graph("SELECT DISTINCT ?name WHERE { ?c a kg:Call ; kg:participant/rdfs:label ?name }")
    articles = graph("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?c a kg:Call . ?a schema:mentions ?c }")[0]["n"]
    assert page.inner_text("#count-calls") == f"{calls} calls"
    assert page.inner_text("#count-people") == f"{len(people)} people"
    assert page.inner_text("#count-articles") == f"{articles} articles"
    drawn = page.evaluate("window.kgExplorer.network.cy.nodes().map(n => n.data('name'))")
    assert sorted(drawn) == sorted(p["name"] for p in people)
    assert len(timeline_rows(page)) == calls
    assert page.inner_text("#page-info").startswith(f"calls 1–{calls} of {calls}")


@needs_browser
def test_clicking_a_leader_shows_their_calls_counterparts_and_evidence(page, explorer, graph):
    page.goto(explorer)
    wait_ready(page)
    click_person(page, "Donald Trump")  # a mouse click on the node Cytoscape drew

    expected = calls_of(graph, "Donald Trump")
    assert page.inner_text("#person-name") == "Donald Trump"
    assert page.inner_text("#person-stats").startswith(f"{len(expected)} calls under the filters")
    counts = Counter(name for c in expected for name in c["with"])
    listed = page.eval_on_selector_all("#counterparts li", "items => items.map(i => i.innerText)")
    assert sorted(listed) == sorted(f"{name} {n} call{'s' if n > 1 else ''}" for name, n in counts.items())

    # The timeline holds exactly their calls: dates, statuses and counterparts.
    rows = timeline_rows(page)
    assert sorted((r["date"], r["status"], r["with"]) for r in rows) == sorted(
        (c["date"], c["status"], ", ".join(sorted(c["with"]))) for c in expected)
    dated = [r["date"] for r in rows if r["date"] != "undated"]
    assert dated == sorted(dated) and rows[-1]["date"] == "undated"  # oldest first, undated last

    # Pick the call with Putin on 2025-02-12: its facts and its evidence sentences.
    row = next(r for r in rows if r["date"] == "2025-02-12")
    page.click(f"#calls-body tr[data-call='{row['call']}']")
    page.wait_for_function("() => location.hash.includes('call=')")
    wait_ready(page)
    facts = dict(page.eval_on_selector_all("#call-facts tr", "rows => rows.map(r => [r.cells[0].innerText, r.cells[1].innerText])"))
    call = graph(f"""SELECT ?mins (GROUP_CONCAT(DISTINCT ?outlet; separator="|") AS ?outlets) WHERE {{
        <{row['call']}> kg:durationMinutes ?mins . OPTIONAL {{ <{row['call']}> kg:reportedBy/rdfs:label ?outlet }}
      }} GROUP BY ?mins""")[0]
    assert facts["date"] == "2025-02-12" and facts["status"] == "occurred"
    assert facts["participants"] == "Donald Trump (United States), Vladimir Putin (Russia)"
    assert facts["duration"] == f"{call['mins']} min"
    for outlet in call["outlets"].split("|"):
        assert outlet in facts["outlets"]
    sentences = {r["text"] for r in graph(f"SELECT ?text WHERE {{ <{row['call']}> kg:evidence/kg:text ?text }}")}
    shown = page.eval_on_selector_all("#evidence blockquote", "qs => qs.map(q => q.innerText)")
    assert sentences and sentences <= set(shown)
    headline = graph(f"""SELECT DISTINCT ?h WHERE {{ <{row['call']}> kg:evidence/kg:inArticle/schema:headline ?h }}""")
    assert headline[0]["h"] in page.inner_text("#evidence")


@needs_browser
def test_filters_by_status_date_country_and_a_typed_name(page, explorer, graph):
    page.goto(explorer)
    wait_ready(page)

    # the rarest status of the graph (planned on the seeds, when the build finds planned calls)
    status = graph("""SELECT ?s (COUNT(?c) AS ?n) WHERE { ?c a kg:Call ; kg:status ?s }
                      GROUP BY ?s ORDER BY ?n ?s LIMIT 1""")[0]["s"]
    with_status = graph(f"SELECT ?c WHERE {{ ?c a kg:Call ; kg:status <{status}> }}")
    page.select_option("#f-status", status)
    wait_ready(page)
    assert {r["call"] for r in timeline_rows(page)} == {r["c"] for r in with_status}
    assert {r["status"] for r in timeline_rows(page)} == {status.rsplit("#", 1)[1].lower()}

    page.click("#f-clear")
    wait_ready(page)
    page.fill("#f-from", "2025-01-01")
    page.dispatch_event("#f-from", "change")
    wait_ready(page)
    since = graph("""SELECT ?c WHERE { ?c a kg:Call ; schema:startDate ?d FILTER (?d >= "2025-01-01"^^<http://www.w3.org/2001/XMLSchema#date>) }""")
    assert {r["call"] for r in timeline_rows(page)} == {r["c"] for r in since}
    bars = page.eval_on_selector_all("#histogram g.bar:not(.empty)", "gs => gs.map(g => g.dataset.period)")
    assert bars and all(b >= "2025-01" for b in bars)

    page.click("#f-clear")
    wait_ready(page)
    russia = graph("SELECT ?c ?iri WHERE { ?iri rdfs:label \"Russia\" . ?c a kg:Call ; kg:participant/kg:country ?iri }")
    page.select_option("#f-country", russia[0]["iri"])
    wait_ready(page)
    assert {r["call"] for r in timeline_rows(page)} == {r["c"] for r in russia}

    page.click("#f-clear")
    wait_ready(page)
    first = page.eval_on_selector("#histogram g.bar:not(.empty)", "g => g.dataset.period")  # e.g. 2024-11
    page.click(f"#histogram g.bar[data-period='{first}']")
    wait_ready(page)
    assert page.input_value("#f-from") == f"{first}-01" and page.input_value("#f-to").startswith(first)
    assert rows_dates(page) and all(d.startswith(first) for d in rows_dates(page))

    page.click("#f-clear")
    wait_ready(page)
    click_pair(page, "Vladimir Putin", "Donald Trump")  # the line between them: the calls of the pair
    pair = [c for c in calls_of(graph, "Donald Trump") if "Vladimir Putin" in c["with"]]
    assert {r["call"] for r in timeline_rows(page)} == {c["call"] for c in pair}
    assert "with" in page.inner_text("#f-with")

    page.click("#f-clear")
    wait_ready(page)
    page.fill("#f-leader", "zelen")  # part of a name, any case: the endpoint suggests, Enter picks
    page.press("#f-leader", "Enter")
    page.wait_for_function("() => location.hash.includes('leader=')")
    wait_ready(page)
    assert page.inner_text("#person-name") == "Volodymyr Zelensky"
    assert len(timeline_rows(page)) == len(calls_of(graph, "Volodymyr Zelensky"))


def test_the_vendored_graph_library_is_the_one_noted():
    note = (STATIC_DIR / "vendor" / "README.md").read_text(encoding="utf-8")
    library = (STATIC_DIR / "vendor" / "cytoscape.min.js").read_bytes()
    checksum = re.search(r"sha256 of `cytoscape.min.js`: `([0-9a-f]{64})`", note).group(1)
    assert hashlib.sha256(library).hexdigest() == checksum
    version = re.search(r"\| ([0-9.]+) \| MIT", note).group(1)
    assert f'"{version}"'.encode() in library
    assert (STATIC_DIR / "vendor" / "cytoscape.LICENSE").read_text().startswith("Copyright")


def test_the_page_loads_nothing_from_elsewhere():
    for path in STATIC_DIR.rglob("*"):
        if path.suffix in {".html", ".js", ".css"} and "vendor" not in path.parts:
            text = path.read_text(encoding="utf-8")
            assert not re.search(r"""(src|href)\s*=\s*["']https?://""", text), path
            assert not re.search(r"""(import|fetch)\s*\(?\s*["']https?://""", text), path


# --- a large graph -----------------------------------------------------------------------------

def write_large_graph(path: Path, leaders: int, calls: int) -> str:
    """A generated graph of the explorer's shape: ``leaders`` leaders in 40 countries, ``calls``
    calls between two of them (a few leaders on many calls), each with a date and a sentence.
    Returns the name of a leader on the last call, one of the many on few calls."""
    import random

    rng = random.Random(9)
    kg, sdo, rdfs = KG, "https://schema.org/", "http://www.w3.org/2000/01/rdf-schema#"
    base = "https://w3id.org/newskg/id/"
    typ = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    lines = []
    for c in range(40):
        lines.append(f'<{base}country/c{c}> <{rdfs}label> "Country {c}" .')
    for i in range(leaders):
        p = f"<{base}person/p{i}>"
        lines += [f"{p} <{typ}> <{kg}Leader> .", f'{p} <{rdfs}label> "Leader {i:04d}" .',
                  f"{p} <{kg}country> <{base}country/c{i % 40}> ."]
    statuses = ["Occurred"] * 6 + ["Planned", "Denied", "Attempted"]
    for j in range(calls):
        a = min(int(rng.paretovariate(0.9)) - 1, leaders - 1)  # a few leaders are on many calls
        b = rng.randrange(leaders)
        b = b if b != a else (b + 1) % leaders
        call, ev, art = f"<{base}call/c{j}>", f"<{base}evidence/e{j}>", f"<{base}article/a{j // 3}>"
        day = f"{2015 + j % 11}-{1 + j % 12:02d}-{1 + j % 28:02d}"
        lines += [f"{call} <{typ}> <{kg}Call> .", f"{call} <{kg}participant> <{base}person/p{a}> .",
                  f"{call} <{kg}participant> <{base}person/p{b}> .",
                  f"{call} <{kg}status> <{kg}{statuses[j % len(statuses)]}> .",
                  f'{call} <{sdo}startDate> "{day}"^^<http://www.w3.org/2001/XMLSchema#date> .',
                  f"{call} <{kg}evidence> {ev} .", f"{ev} <{kg}inArticle> {art} .",
                  f'{ev} <{kg}text> "Leader {a:04d} spoke by phone with Leader {b:04d}." .',
                  f"{ev} <{kg}startOffset> \"0\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
                  f"{ev} <{kg}endOffset> \"40\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
                  f"{art} <{sdo}mentions> {call} .", f'{art} <{sdo}identifier> "a{j // 3}.txt" .',
                  f'{art} <{sdo}url> "https://news.example/a{j // 3}" .']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f"Leader {b:04d}"


@pytest.mark.slow
@needs_browser
def test_a_large_graph_loads_the_top_people_and_pages_the_timeline(browser, tmp_path):
    leaders, calls = 3000, 6000
    graph_file = tmp_path / "large.nt"
    someone = write_large_graph(graph_file, leaders, calls)
    ox.Store(str(tmp_path / "store")).bulk_load(path=graph_file, format=ox.RdfFormat.N_TRIPLES)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    problems = watch(page)
    try:
        with kg_serve(tmp_path / "store") as server:
            page.goto(server.explorer_url)
            wait_ready(page, timeout_ms=60_000)
            assert page.inner_text("#count-calls") == f"{calls:,} calls"
            assert page.evaluate("window.kgExplorer.network.cy.nodes().length") == 100
            assert "showing the 100 people on most calls of" in page.inner_text("#network-note")
            assert len(timeline_rows(page)) == 25
            assert page.inner_text("#page-info").startswith(f"calls 1–25 of {calls:,} · page 1 of {calls // 25}")
            page.click("#next")
            wait_ready(page, timeout_ms=60_000)
            assert page.inner_text("#page-info").startswith(f"calls 26–50 of {calls:,}")
            # A leader outside the top 100 is one filter away, with their own network.
            page.fill("#f-leader", someone)
            page.press("#f-leader", "Enter")
            page.wait_for_function("() => location.hash.includes('leader=')")
            wait_ready(page, timeout_ms=60_000)
            assert page.inner_text("#person-name") == someone
            names = page.evaluate("window.kgExplorer.network.cy.nodes().map(n => n.data('name'))")
            assert someone in names and len(names) <= 100
            # A call's evidence links to its article where the graph has the article's URL.
            first = timeline_rows(page)[0]["call"]
            page.click(f"#calls-body tr[data-call='{first}']")
            page.wait_for_function("() => location.hash.includes('call=')")
            wait_ready(page, timeout_ms=60_000)
            article = int(first.rsplit("/c", 1)[1]) // 3
            link = page.eval_on_selector("#evidence a.article-link", "a => [a.href, a.innerText]")
            assert link == [f"https://news.example/a{article}", f"a{article}.txt"]
            assert someone in page.inner_text("#evidence blockquote")
    finally:
        page.close()
    assert problems == [], problems
