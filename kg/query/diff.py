"""What changed between two graphs: new, removed and changed calls, for watching a feed.

``diff_calls(old, new)`` reads the calls of each side through SPARQL (a build's output folder,
a store directory, a graph file, a pyoxigraph Store or an rdflib Graph) as ``CallState``
records: date, status, medium, caller, participants, outlets (cited with ``kg:reportedBy`` or
publishing an article that mentions the call, as the ``calls`` query counts them) and the
articles that mention it. Calls are paired:

1. by IRI: a call IRI is minted from its merge key (participants, status, day), so the same
   IRI on both sides is the same call; what differs is reported as a change;
2. what is left on both sides, by the same participants and status and at least one article
   in common: the key changed (a call gained a day, an undated mention now joins a dated
   call), so the old IRI is gone and a new one appeared for what is the same call. Most shared
   articles first, then IRI order, each call paired at most once.

Whatever is still unpaired is a new call (only in ``new``) or a removed one (only in ``old``).
Each side's calls are held in memory as small records (about 1 KB each), never the graph.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import Diff, KgError
from kg.query.results import QueryResult, compact

__all__ = ["CallState", "CallChange", "CallDiff", "diff_calls", "read_calls", "resolve_source", "to_result",
           "to_document", "MATCHED_BY_IRI", "MATCHED_BY_CONTENT"]

MATCHED_BY_IRI = "iri"
MATCHED_BY_CONTENT = "participants+status+articles"
_FILES = ("graph.nt", "graph.ttl", "graph.trig", "graph.jsonld")  # a build's exports, fastest to read first

_CALL_FIELDS = """
PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
SELECT ?call ?field ?value ?label WHERE {
  ?call a kg:Call .
  {
    VALUES (?field ?p) { ("participant" kg:participant) ("caller" kg:caller) ("outlet" kg:reportedBy)
                         ("status" kg:status) ("medium" kg:medium) ("date" schema:startDate) }
    ?call ?p ?value .
  } UNION {
    ?article schema:mentions ?call ; schema:identifier ?value . BIND ("article" AS ?field)
  } UNION {
    ?article schema:mentions ?call ; schema:publisher ?value . BIND ("outlet" AS ?field)
  }
  OPTIONAL { ?value rdfs:label ?label }
}
"""


@dataclass(frozen=True, slots=True)
class CallState:
    """One call as a side of the diff sees it: IRIs as full strings, names beside them."""

    iri: str
    date: str = ""
    status: str = ""
    medium: str = ""
    caller: str = ""
    participants: frozenset[str] = frozenset()
    outlets: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    names: tuple[tuple[str, str], ...] = ()  # (IRI, label) of the people and outlets

    def name(self, iri: str) -> str:
        return dict(self.names).get(iri) or compact(iri)


@dataclass(frozen=True, slots=True)
class CallChange:
    """A call on both sides: how it was paired and what differs (field -> (old, new))."""

    old: CallState
    new: CallState
    matched_by: str
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CallDiff:
    added: tuple[CallState, ...]
    removed: tuple[CallState, ...]
    changed: tuple[CallChange, ...]
    unchanged: int

    @property
    def summary(self) -> str:
        return (f"{len(self.added)} new, {len(self.removed)} removed, {len(self.changed)} changed, "
                f"{self.unchanged} unchanged calls")


# --- reading ---------------------------------------------------------------------------------


def resolve_source(path: Path | str) -> Path:
    """The store or graph file a path stands for: a store, a build's output folder (its store,
    else its exports) or a graph file; ``KgError`` E870 otherwise."""
    from kg.store.local import is_store

    path = Path(path)
    if is_store(path):
        return path
    if path.is_dir():
        if is_store(path / "store"):
            return path / "store"
        for name in _FILES:
            if (path / name).is_file():
                return path / name
        raise KgError(Diff.NO_SUCH_SOURCE, f"{path}: neither a store nor a build's output folder (no store, no graph.*)")
    if path.is_file():
        return path
    raise KgError(Diff.NO_SUCH_SOURCE, f"{path}: no such build folder, store or graph file")


def read_calls(source: Any) -> dict[str, CallState]:
    """Every ``kg:Call`` of ``source`` (see the module doc) by IRI."""
    from kg.query.run import run_query

    if isinstance(source, (str, Path)):
        source = resolve_source(source)
    result = run_query(source, _CALL_FIELDS)
    fields: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    names: dict[str, dict[str, str]] = defaultdict(dict)
    for call, name, value, label in result.terms:
        fields[call.value][name.value].add(value.value)
        if label is not None and name.value in ("participant", "caller", "outlet"):
            names[call.value][value.value] = min(label.value, names[call.value].get(value.value, label.value))
    calls = {}
    for iri, got in fields.items():
        calls[iri] = CallState(
            iri=iri, date=_one(got["date"]), status=_local(_one(got["status"])), medium=_local(_one(got["medium"])),
            caller=_one(got["caller"]), participants=frozenset(got["participant"]), outlets=frozenset(got["outlet"]),
            articles=frozenset(got["article"]), names=tuple(sorted(names[iri].items())),
        )
    return calls


def _one(values: set[str]) -> str:
    return min(values) if values else ""


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].lower() if iri else ""


# --- comparing -------------------------------------------------------------------------------


def diff_calls(old: Any, new: Any) -> CallDiff:
    """Pair the calls of ``old`` and ``new`` (see the module doc) and say what changed."""
    before, after = read_calls(old), read_calls(new)
    changed: list[CallChange] = []
    unchanged = 0
    for iri in sorted(before.keys() & after.keys()):
        changes = _changes(before[iri], after[iri])
        if changes:
            changed.append(CallChange(before[iri], after[iri], MATCHED_BY_IRI, changes))
        else:
            unchanged += 1
    gone = [before[i] for i in sorted(before.keys() - after.keys())]
    came = [after[i] for i in sorted(after.keys() - before.keys())]
    pairs = _pair_by_content(gone, came)
    for o, n in pairs:
        changed.append(CallChange(o, n, MATCHED_BY_CONTENT, {"call": (o.iri, n.iri), **_changes(o, n)}))
    paired_old, paired_new = {o.iri for o, _ in pairs}, {n.iri for _, n in pairs}
    changed.sort(key=lambda c: c.new.iri)
    return CallDiff(
        added=tuple(c for c in came if c.iri not in paired_new),
        removed=tuple(c for c in gone if c.iri not in paired_old),
        changed=tuple(changed),
        unchanged=unchanged,
    )


def _pair_by_content(gone: list[CallState], came: list[CallState]) -> list[tuple[CallState, CallState]]:
    by_key: dict[tuple, list[CallState]] = defaultdict(list)
    for call in came:
        by_key[(call.participants, call.status)].append(call)
    candidates = sorted(
        ((len(o.articles & n.articles), o.iri, n.iri, o, n)
         for o in gone for n in by_key.get((o.participants, o.status), ()) if o.articles & n.articles),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    taken_old: set[str] = set()
    taken_new: set[str] = set()
    pairs = []
    for _, o_iri, n_iri, o, n in candidates:
        if o_iri not in taken_old and n_iri not in taken_new:
            taken_old.add(o_iri)
            taken_new.add(n_iri)
            pairs.append((o, n))
    return pairs


def _changes(old: CallState, new: CallState) -> dict[str, tuple[Any, Any]]:
    changes: dict[str, tuple[Any, Any]] = {}
    for name in ("date", "status", "medium", "caller", "participants", "outlets", "articles"):
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            changes[name] = (a, b)
    return changes


# --- showing ---------------------------------------------------------------------------------


def _names(call: CallState, iris) -> str:
    return ", ".join(sorted(call.name(i) for i in iris))


def _describe(call: CallState, name: str, value: Any) -> str:
    if name in ("participants", "outlets"):
        return _names(call, value)
    if name == "caller":
        return call.name(value) if value else ""
    if name == "articles":
        return ", ".join(sorted(value))
    if name == "call":
        return compact(value)
    return str(value)


def _change_text(change: CallChange) -> str:
    parts = []
    for name, (a, b) in change.changes.items():
        if name == "call":
            continue
        if isinstance(a, frozenset):
            plus = _describe(change.new, name, b - a)
            minus = _describe(change.old, name, a - b)
            parts.append(f"{name} " + " ".join(x for x in (f"+{plus}" if plus else "", f"-{minus}" if minus else "") if x))
        else:
            was, now = _describe(change.old, name, a) or "none", _describe(change.new, name, b) or "none"
            parts.append(f"{name} {was} -> {now}")
    return "; ".join(parts)


def to_result(diff: CallDiff) -> QueryResult:
    """The diff as table rows: change, call, date, status, participants, what changed."""
    columns = ("change", "call", "date", "status", "participants", "what")
    rows = []
    for call in diff.added:
        what = f"outlets: {_names(call, call.outlets)}" if call.outlets else ""
        rows.append(("new", compact(call.iri), call.date, call.status, _names(call, call.participants), what))
    for change in diff.changed:
        call = change.new
        matched = "" if change.matched_by == MATCHED_BY_IRI else (
            f"was {compact(change.old.iri)}, matched by participants, status and articles; ")
        rows.append(("changed", compact(call.iri), call.date, call.status, _names(call, call.participants),
                     matched + _change_text(change)))
    for call in diff.removed:
        rows.append(("removed", compact(call.iri), call.date, call.status, _names(call, call.participants), ""))
    return QueryResult(columns, tuple(rows))


def _state(call: CallState) -> dict[str, Any]:
    return {
        "call": call.iri, "date": call.date or None, "status": call.status or None, "medium": call.medium or None,
        "caller": ({"iri": call.caller, "name": call.name(call.caller)} if call.caller else None),
        "participants": [{"iri": i, "name": call.name(i)} for i in sorted(call.participants)],
        "outlets": [{"iri": i, "name": call.name(i)} for i in sorted(call.outlets)],
        "articles": sorted(call.articles),
    }


def _json_value(value: Any) -> Any:
    return sorted(value) if isinstance(value, frozenset) else (value or None)


def to_document(diff: CallDiff, old: str = "", new: str = "") -> dict[str, Any]:
    """The diff as a JSON-ready document (``kg diff --format json``)."""
    changed = []
    for change in diff.changed:
        fields = {}
        for name, (a, b) in change.changes.items():
            if isinstance(a, frozenset):
                fields[name] = {"added": sorted(b - a), "removed": sorted(a - b)}
            else:
                fields[name] = {"old": _json_value(a), "new": _json_value(b)}
        changed.append({"call": change.new.iri, "previous_call": change.old.iri, "matched_by": change.matched_by,
                        "changes": fields, "old": _state(change.old), "new": _state(change.new)})
    return {
        "old": old, "new": new,
        "summary": {"new": len(diff.added), "removed": len(diff.removed), "changed": len(diff.changed),
                    "unchanged": diff.unchanged},
        "new_calls": [_state(c) for c in diff.added],
        "removed_calls": [_state(c) for c in diff.removed],
        "changed_calls": changed,
    }
