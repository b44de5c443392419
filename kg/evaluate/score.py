"""Score a graph against a hand annotation: did it find the calls, dates, outlets and people?

Owns the reading of a graph through the evaluation contract and the metrics. The contract
is deliberately loose so that any graph can be judged: the ontology namespace is the one of
the class whose local name is ``Call``; ``schema:`` may be ``http`` or ``https``; names come
from ``rdfs:label``, ``skos:prefLabel``/``altLabel`` or ``schema:name``/``alternateName``;
an article node says which file it is with ``schema:identifier`` and lists its calls with
``schema:mentions``. The annotation side lives in ``kg.evaluate.gold``.

A gold call is *found* in an article when a call node mentioned by that article has at least
two of its participants. Mention figures (``call_*``, ``status_accuracy``) are per article;
event figures (``events_*``, ``event_*``, ``date_accuracy``, ``reported_by_*``,
``called_edge_recall``) are over real-world calls, each system node assigned to the gold event
it shares most articles with; entity figures are over the gold entities' canonical names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.exceptions import ParserError
from rdflib.util import guess_format

from kg.errors import Evaluate, InputError
from kg.evaluate.gold import Gold, load_gold

__all__ = ["Evaluation", "evaluate", "check_thresholds", "parse_requirement", "load_graph"]

Metric = float | int | None
_SCHEMA = ("http://schema.org/", "https://schema.org/")
_LABELS = (
    RDFS.label, SKOS.prefLabel, SKOS.altLabel,
    *(URIRef(ns + local) for local in ("name", "alternateName") for ns in _SCHEMA),
)
# Matches nothing: a graph without a Call class is scored as one with no calls.
_NO_NAMESPACE = "urn:x-kg-evaluate:none#"
_SCORED_KINDS = ("Leader", "Person", "Outlet")
_REQUIREMENT = re.compile(r"\s*(\w+)\s*(>=|<=|==|>|<)\s*(-?[0-9]*\.?[0-9]+)\s*")
_COMPARE = {
    ">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b, "==": lambda a, b: a == b,
    ">": lambda a, b: a > b, "<": lambda a, b: a < b,
}


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The figures (see the module docstring) and one line per miss, in a stable order."""

    metrics: dict[str, Metric]
    misses: list[str]
    namespace: str | None = None  # the ontology namespace found in the graph


@dataclass(frozen=True, slots=True)
class _SysCall:
    node: str
    parts: frozenset[str]  # canonical gold names of the participants that resolve
    unmapped: tuple[str, ...]  # labels of those that do not
    arts: frozenset[str]  # gold article files that mention the node
    dates: tuple[str, ...]
    status: str
    outlets: frozenset[str]

    def matches(self, participants) -> bool:
        return len(self.parts & set(participants)) >= 2


def _local(term) -> str:
    return re.split(r"[#/]", str(term))[-1]


def _order(term) -> tuple[str, str]:
    """A total order over mixed RDF terms (URIs, blank nodes, literals of any datatype)."""
    return type(term).__name__, str(term)


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return round(2 * p * r / (p + r), 3) if p + r else 0.0


def load_graph(path: Path | str) -> Graph:
    """Parse Turtle, N-Triples or any format rdflib guesses from the extension (default Turtle)."""
    path = Path(path)
    graph = Graph()
    try:
        graph.parse(path, format=guess_format(str(path)) or "turtle")
    except (OSError, SyntaxError, ValueError, ParserError) as err:
        raise InputError(Evaluate.GRAPH_UNREADABLE, f"cannot read the graph {path}: {err}") from err
    return graph


class _View:
    """The graph as the contract sees it, with names resolved against the gold."""

    def __init__(self, graph: Graph, gold: Gold):
        self.g, self.gold = graph, gold
        self.namespace = self._find_namespace()
        self._names: dict = {}

    def _find_namespace(self) -> str | None:
        counts: dict[str, int] = defaultdict(int)
        for _, cls in self.g.subject_objects(RDF.type):
            if isinstance(cls, URIRef) and _local(cls) == "Call":
                counts[str(cls)[: -len("Call")]] += 1
        return min(counts, key=lambda ns: (-counts[ns], ns)) if counts else None

    def term(self, local: str) -> URIRef:
        return URIRef((self.namespace or _NO_NAMESPACE) + local)

    def schema(self, node, local: str) -> list:
        return [o for ns in _SCHEMA for o in self.g.objects(node, URIRef(ns + local))]

    def labels(self, node) -> list[str]:
        return [str(o) for p in _LABELS
                for o in sorted(self.g.objects(node, p), key=_order) if isinstance(o, Literal)]

    def first_label(self, node) -> str:
        return (self.labels(node) or [str(node)])[0]

    def name(self, node) -> str | None:
        if node not in self._names:
            self._names[node] = self.gold.resolve(self.labels(node))
        return self._names[node]

    def has_type(self, node, local: str) -> bool:
        return (node, RDF.type, self.term(local)) in self.g

    def calls(self) -> list[_SysCall]:
        nodes = set(self.g.subjects(RDF.type, self.term("Call")))
        return [self._call(c) for c in sorted(nodes, key=_order)]

    def _call(self, node) -> _SysCall:
        participants = sorted(self.g.objects(node, self.term("participant")), key=_order)
        arts = {self.gold.article_for(str(ident))
                for ns in _SCHEMA for art in self.g.subjects(URIRef(ns + "mentions"), node)
                for ident in [*self.schema(art, "identifier"), art]}
        statuses = sorted(str(s) if isinstance(s, Literal) else _local(s)
                          for s in self.g.objects(node, self.term("status")))
        return _SysCall(
            node=str(node),
            parts=frozenset(n for n in map(self.name, participants) if n),
            unmapped=tuple(sorted(self.first_label(p) for p in participants if not self.name(p))),
            arts=frozenset(arts - {None}),
            dates=tuple(sorted({str(d)[:10] for d in self.schema(node, "startDate")})),
            status=(statuses[-1] if statuses else "occurred").casefold(),
            outlets=frozenset(self.name(o) or "?" + self.first_label(o)
                              for o in self.g.objects(node, self.term("reportedBy"))),
        )

    def entity_nodes(self) -> dict[str, set]:
        """Canonical name -> the non-call nodes that bear it."""
        nodes: dict[str, set] = defaultdict(set)
        for s in set(self.g.subjects()):
            if isinstance(s, URIRef) and self.name(s) and not self.has_type(s, "Call"):
                nodes[self.name(s)].add(s)
        return nodes


def _call_metrics(calls: list[_SysCall], gold: Gold, misses: list[str]) -> dict[str, Metric]:
    required = [m for m in gold.mentions if m.required]
    found = 0
    for m in required:
        if any(m.article in c.arts and c.matches(m.participants) for c in calls):
            found += 1
        else:
            misses.append(f"missed call {list(m.participants)} in {m.article}")
    # Precision counts each (article, participant set) once: duplicate nodes in one article
    # are the event figures' business.
    seen: dict[tuple, _SysCall] = {}
    for c in calls:
        for art in sorted(c.arts):
            seen.setdefault((art, c.parts, c.unmapped), c)
    correct = 0
    for (art, _, _), c in seen.items():
        if any(m.article == art and c.matches(m.participants) for m in gold.mentions):
            correct += 1
        else:
            misses.append(f"spurious call {sorted(c.parts) + list(c.unmapped)} in {art}")
    orphans = sum(1 for c in calls if not c.arts)
    if orphans:
        misses.append(f"{orphans} call node(s) are mentioned by no known article")
    p, r = _ratio(correct, len(seen)), _ratio(found, len(required))
    return {"call_nodes": len(calls), "call_precision": p, "call_recall": r, "call_f1": _f1(p, r)}


def _assign(call: _SysCall, gold: Gold) -> str | None:
    """The gold event the node shares most articles with (then the same status, then date)."""
    best, best_key = None, (0, 0, 0)
    for ev in gold.events.values():
        if not call.matches(ev.participants):
            continue
        key = (len(call.arts & ev.articles), int(call.status == ev.status),
               int(bool(ev.date) and ev.date in call.dates))
        if key[0] and key > best_key:
            best, best_key = ev.id, key
    return best


def _event_metrics(calls, assigned, gold: Gold, misses: list[str]) -> dict[str, Metric]:
    events = gold.events
    multi = [e for e in events.values() if e.required and len(e.articles) > 1]
    merged = 0
    for ev in multi:
        if any(ev.articles <= c.arts and c.matches(ev.participants) for c in calls):
            merged += 1
        else:
            misses.append(f"event {ev.id} is split over several nodes (articles {sorted(ev.articles)})")
    overmerged = 0
    for c in calls:
        hit = sorted(e.id for e in events.values()
                     if e.counted and c.matches(e.participants) and c.arts & e.articles)
        if len(hit) > 1:
            overmerged += 1
            misses.append(f"node {c.node} merges distinct events {hit}")
    counted = {e.id for e in events.values() if e.counted}
    system = [c for c in calls if c.status == "occurred" and assigned[c.node] in counted]
    return {
        "events_gold_occurred": len(counted),
        "events_system_occurred": len(system),
        "event_merge_recall": _ratio(merged, len(multi)),
        "event_overmerged_nodes": overmerged,
    }


def _date_accuracy(calls, assigned, gold: Gold, misses: list[str]) -> float | None:
    dated = [e for e in gold.events.values() if e.counted and e.date]
    right = 0
    for ev in dated:
        cands = [c for c in calls if assigned[c.node] == ev.id and c.dates]
        if cands and all(c.dates == (ev.date,) for c in cands):
            right += 1
        else:
            misses.append(f"date of {ev.id}: gold {ev.date}, system {[list(c.dates) for c in cands]}")
    return _ratio(right, len(dated))


def _status_accuracy(calls, assigned, gold: Gold) -> float | None:
    pairs = [(m, c) for m in gold.mentions if m.required for c in calls
             if m.article in c.arts and c.matches(m.participants) and assigned[c.node] == m.event]
    return _ratio(sum(c.status == m.status for m, c in pairs), len(pairs))


def _reported_by(calls, assigned, gold: Gold, misses: list[str]) -> dict[str, Metric]:
    every = {(e.id, o) for e in gold.events.values() for o in e.outlets}
    required = {(e.id, o) for e in gold.events.values() for o, req in e.outlets.items() if req}
    system = {(assigned[c.node], o) for c in calls for o in c.outlets}
    misses.extend(f"spurious reported-by {p}" for p in sorted(system - every, key=str))
    misses.extend(f"missed reported-by {p}" for p in sorted(required - system))
    p = _ratio(len(system & every), len(system))
    r = _ratio(len(required & system), len(required))
    return {"reported_by_precision": p, "reported_by_recall": r, "reported_by_f1": _f1(p, r)}


def _entity_metrics(view: _View, gold: Gold, misses: list[str]) -> dict[str, Metric]:
    nodes = view.entity_nodes()
    out: dict[str, Metric] = {}
    for kind in _SCORED_KINDS:
        names = gold.names_of_type(kind)
        misses.extend(f"missing {kind.lower()} {n}" for n in names if not nodes.get(n))
        out[f"{kind.lower()}_recall"] = _ratio(sum(bool(nodes.get(n)) for n in names), len(names))
    split = [n for n, ns in nodes.items() if len(ns) > 1 and gold.types.get(n) in _SCORED_KINDS]
    misses.extend(f"{n} is split over {len(nodes[n])} nodes" for n in sorted(split))

    def typed(kind: str, cls: str) -> tuple[int, int]:
        present = [n for n in gold.names_of_type(kind) if nodes.get(n)]
        return sum(any(view.has_type(s, cls) for s in nodes[n]) for n in present), len(present)

    wrong = [n for n in gold.names_of_type("Person")
             if any(view.has_type(s, "Leader") for s in nodes.get(n, ()))]
    misses.extend(f"{n} is typed as a leader" for n in wrong)
    out["leader_typing"] = _ratio(*typed("Leader", "Leader"))
    out["outlet_typing"] = _ratio(*typed("Outlet", "Outlet"))
    out["non_leaders_typed_leader"] = len(wrong)
    out["split_entities"] = len(split)
    return out


def _called_edge_recall(view: _View, gold: Gold, misses: list[str]) -> float | None:
    wanted = set()
    for ev in gold.events.values():
        if ev.counted:
            leaders = sorted(p for p in ev.participants if gold.types.get(p) == "Leader")
            wanted |= {frozenset((a, b)) for i, a in enumerate(leaders) for b in leaders[i + 1:]}
    have = set()
    for x, y in view.g.subject_objects(view.term("called")):
        a, b = view.name(x), view.name(y)
        if a and b and a != b:
            have.add(frozenset((a, b)))
    misses.extend(f"missing called edge {sorted(p)}" for p in sorted(wanted - have, key=sorted))
    return _ratio(len(wanted & have), len(wanted))


def evaluate(graph: Graph | Path | str, gold: dict | Path | str) -> Evaluation:
    """Score ``graph`` (a Graph or a Turtle/N-Triples file) against an annotation.

    Raises ``InputError`` when either cannot be read.
    """
    g = graph if isinstance(graph, Graph) else load_graph(graph)
    annotation = load_gold(gold)
    view = _View(g, annotation)
    misses: list[str] = []
    if view.namespace is None:
        misses.append("no node is typed with a class whose local name is 'Call'")
    calls = view.calls()
    assigned = {c.node: _assign(c, annotation) for c in calls}
    metrics: dict[str, Metric] = _call_metrics(calls, annotation, misses)
    metrics |= _event_metrics(calls, assigned, annotation, misses)
    metrics["date_accuracy"] = _date_accuracy(calls, assigned, annotation, misses)
    metrics["status_accuracy"] = _status_accuracy(calls, assigned, annotation)
    metrics |= _reported_by(calls, assigned, annotation, misses)
    metrics |= _entity_metrics(view, annotation, misses)
    metrics["called_edge_recall"] = _called_edge_recall(view, annotation, misses)
    metrics["triples"] = len(g)
    return Evaluation(metrics, misses, view.namespace)


def parse_requirement(req: str) -> tuple[str, str, float]:
    """``"call_f1>=0.9"`` -> ``("call_f1", ">=", 0.9)``; ``InputError`` E703 when it cannot be read."""
    found = _REQUIREMENT.fullmatch(req)
    if not found:
        raise InputError(Evaluate.REQUIREMENT_SYNTAX, f"cannot read the requirement {req!r}; write it as METRIC>=VALUE, "
                         "e.g. 'call_f1>=0.9' (operators: >=, <=, ==, >, <)")
    return found.group(1), found.group(2), float(found.group(3))


def check_thresholds(metrics: dict[str, Metric], requirements: list[str]) -> list[str]:
    """The requirements (``"call_f1>=0.9"``; also ``<=``, ``==``, ``>``, ``<``) that fail, explained.

    A metric that could not be measured (``None``) fails. Raises ``InputError`` for a
    requirement that cannot be read or names an unknown metric.
    """
    failed = []
    for req in requirements:
        key, op, value = parse_requirement(req)
        shown = _REQUIREMENT.fullmatch(req).group(3)
        if key not in metrics:
            raise InputError(Evaluate.UNKNOWN_METRIC, f"unknown metric {key!r} in {req!r}; available: {', '.join(metrics)}")
        got = metrics[key]
        if got is None:
            failed.append(f"{key} = None (nothing to measure), wanted {op} {shown}")
        elif not _COMPARE[op](got, value):
            failed.append(f"{key} = {got}, wanted {op} {shown}")
    return failed
