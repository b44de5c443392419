"""The leaders' call network read through SPARQL, and ``plot``: from a graph to a picture.

Owns the two SELECTs that read the network (calls with their status, date and leader
participants; the leaders' names) and where they run: a graph file (parsed into an in-memory
Oxigraph store), an Oxigraph store directory (opened read-only, so plotting never blocks a
query or a server), a ``pyoxigraph.Store`` or an rdflib ``Graph``. The same query text serves
all of them, so a picture of a million-article store needs no Turtle file in memory.

Dates and statuses are filtered in SPARQL; the choice of leaders (neighbourhood, top N) is
``kg.write.callnet``'s, the drawing ``kg.write.plot``'s.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from kg.errors import InputError, KgError, Plot
from kg.write.callnet import DEFAULT_TOP, LeaderCall, find_leader, select_network
from kg.write.plot import PlotReport, picture_format, plot_network

__all__ = ["STATUSES", "read_calls", "plot", "default_title"]

T = TypeVar("T")
_KG = "https://w3id.org/newskg/ontology#"
#: Call statuses a picture can show (the ontology's kg:CallStatus individuals).
STATUSES = {"occurred": "Occurred", "planned": "Planned", "denied": "Denied", "attempted": "Attempted"}

_CALLS = """\
PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT DISTINCT ?call ?date ?leader WHERE {
  VALUES ?status { %(statuses)s }
  ?call a kg:Call ; kg:status ?status ; kg:participant ?leader .
  ?leader a kg:Leader .
  OPTIONAL { ?call schema:startDate ?date }
  %(dates)s
}"""
_NAMES = """\
PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?leader ?kind ?name WHERE {
  ?leader a kg:Leader .
  VALUES (?p ?kind) { (rdfs:label 0) (schema:name 1) (skos:altLabel 2) }
  ?leader ?p ?name .
  FILTER (LANG(?name) = "" || LANGMATCHES(LANG(?name), "en"))
}"""


def read_calls(
    source: Any,
    *,
    since: date | None = None,
    until: date | None = None,
    statuses: Iterable[str] = ("occurred",),
) -> tuple[list[LeaderCall], dict[str, list[str]]]:
    """The calls between two or more leaders in ``source`` (sorted by IRI), and each leader's
    names (IRI -> label first, then the other names), for calls of ``statuses`` dated within
    ``since``..``until`` (inclusive; with either given, undated calls are left out)."""
    sparql = _calls_query(since, until, statuses)

    def run(store) -> tuple[list[LeaderCall], dict[str, list[str]]]:
        # rows are streamed, and each leader's IRI kept once, however many calls it is on
        dates: dict[str, date | None] = {}
        leaders: dict[str, set[str]] = defaultdict(set)
        known: dict[str, str] = {}
        for row in _select(store, sparql):
            call, leader = row["call"].value, row["leader"].value
            leaders[call].add(known.setdefault(leader, leader))
            dates[call] = _date(row["date"]) or dates.get(call)
        calls = [
            LeaderCall(call, dates[call], tuple(sorted(on)))
            for call, on in sorted(leaders.items()) if len(on) >= 2
        ]
        found: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for row in _select(store, _NAMES):
            found[row["leader"].value].append((int(row["kind"].value), row["name"].value))
        names = {iri: list(dict.fromkeys(n for _, n in sorted(found[iri]))) for iri in _on_calls(calls)}
        return calls, names

    return _with_source(source, run)


def plot(
    source: Any,
    out: Path,
    *,
    top: int | None = DEFAULT_TOP,
    since: date | None = None,
    until: date | None = None,
    leader: str | None = None,
    statuses: Iterable[str] = ("occurred",),
    title: str | None = None,
    name: str | None = None,
) -> PlotReport:
    """Draw the call network of ``source`` (graph file, store directory, pyoxigraph Store or
    rdflib Graph) to ``out``: ``leader``'s neighbourhood when given, at most the ``top`` most
    connected leaders (None or 0: all), calls of ``statuses`` within ``since``..``until``.

    ``name`` says which graph in messages. ``InputError`` when nothing is left to draw.
    """
    picture_format(out)  # a bad file name fails before any reading
    statuses = tuple(dict.fromkeys(s.strip().lower() for s in statuses))
    if since and until and since > until:
        raise InputError(Plot.SINCE_AFTER_UNTIL, f"--since {since} is after --until {until}: no day is in between")
    if top is not None and top < 0:
        raise InputError(Plot.NEGATIVE_TOP, f"--top must be 0 (all) or more, got {top}")
    calls, names = read_calls(source, since=since, until=until, statuses=statuses)
    where = name or (str(source) if isinstance(source, (str, Path)) else "the graph")
    if not calls:
        kinds = " or ".join(statuses)
        raise InputError(
            Plot.NOTHING_TO_PLOT,
            f"no {kinds} calls between leaders in {where}{_period(since, until)}: nothing to plot "
            "(a call needs two kg:Leader participants"
            + (", and a date in the period)" if since or until else ")"),
        )
    focus = find_leader(leader, names) if leader is not None else None
    labels = {iri: ns[0] if ns else "" for iri, ns in names.items()}
    net = select_network(calls, labels, top=top, leader=focus)
    if not net.calls:
        raise InputError(
            Plot.TOP_SHARE_NO_CALL,
            f"the {len(net.labels)} leader(s) kept by --top {top} share no call in {where}: "
            "nothing to draw; raise --top",
        )
    return plot_network(net, out, title=title or default_title(net, since, until, statuses))


def default_title(net, since: date | None, until: date | None, statuses: tuple[str, ...]) -> str:
    """Two lines: what is drawn, then the counts and the filters."""
    n, c = len(net.labels), net.calls
    what = "Calls" if statuses == ("occurred",) else f"{'/'.join(statuses).capitalize()} calls"
    head = f"{what} around {net.labels[net.focus]}" if net.focus else f"{what} between leaders"
    shown = f"{n} leaders" if n == net.candidates else f"the {n} most connected of {net.candidates} leaders"
    return f"{head}\n{c} call{'s' * (c != 1)}, {shown}{_period(since, until)}"


# --- helpers ---------------------------------------------------------------------------------


def _calls_query(since: date | None, until: date | None, statuses: Iterable[str]) -> str:
    chosen = []
    for status in statuses:
        key = status.strip().lower()
        if key not in STATUSES:
            raise InputError(Plot.UNKNOWN_STATUS, f"unknown call status {status!r}; use {', '.join(STATUSES)}")
        chosen.append(f"<{_KG}{STATUSES[key]}>")
    if not chosen:
        raise InputError(Plot.NO_STATUS, f"give at least one call status ({', '.join(STATUSES)})")
    tests = []
    # date objects only, so the text pasted here is always an ISO date
    if since is not None:
        tests.append(f'?date >= "{date.isoformat(since)}"^^xsd:date')
    if until is not None:
        tests.append(f'?date <= "{date.isoformat(until)}"^^xsd:date')
    dates = f"FILTER (BOUND(?date) && {' && '.join(tests)})" if tests else ""
    return _CALLS % {"statuses": " ".join(chosen), "dates": dates}


def _with_source(source: Any, use: Callable[[Any], T]) -> T:
    import pyoxigraph as ox

    from kg.store.local import is_store, read_graph, read_store

    if isinstance(source, ox.Store):
        return use(source)
    if type(source).__module__.startswith("rdflib"):
        store = ox.Store()
        store.load(source.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
        return use(store)
    path = Path(source)
    if not path.exists():
        raise InputError(Plot.NO_SUCH_SOURCE, f"{path}: no such graph file or store (build one with `kg build`)")
    if path.is_dir():
        if not is_store(path):
            raise InputError(Plot.NOT_A_STORE, f"{path}: a directory but not an Oxigraph store (see `kg load`)")
        return read_store(path, use)
    return use(read_graph(path))


def _select(store, sparql: str):
    try:
        yield from store.query(sparql)
    except OSError as err:
        raise KgError(Plot.NETWORK_QUERY, f"reading the call network failed: {err}") from err


def _date(term) -> date | None:
    if term is None:
        return None
    try:
        return date.fromisoformat(term.value)
    except ValueError:
        return None


def _on_calls(calls: list[LeaderCall]) -> list[str]:
    return sorted({x for call in calls for x in call.leaders})


def _period(since: date | None, until: date | None) -> str:
    if since and until:
        return f", {since} to {until}"
    return f", since {since}" if since else f", until {until}" if until else ""
