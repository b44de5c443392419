"""The output stage by pieces: only what changed since the last build is mapped, loaded and checked.

The merged graph is cut into pieces by owner (``kg.write.pieces``): entities, calls, evidence
sentences, ``kg:called`` edges, articles. Each piece is kept in ``<out>/.kg/outputs.sqlite``
with a digest of what it was made from (the record, the names and kinds of the entities it
refers to; for an evidence sentence its article's content hash), its N-Triples lines, its
Turtle block and its GraphML fragments. A build maps only the owners whose digest is new,
applies the difference of their statements to a copy of the last store generation
(``kg.store.generations``, RocksDB's hard-link backup) instead of loading the whole graph, runs
the shapes only on the nodes whose statements changed and on the nodes pointing at those whose
types changed (every shape looks one hop away) and keeps the last report for the rest, and
writes Turtle and GraphML from the kept pieces, in key order: the files are byte for byte those
of a build from scratch over the same records.

Anything that does not match (no cache, another version of this code, a store generation other
than the one the cache describes, a damaged cache file) means a build from scratch, which
fills the cache again. The cache's transaction is committed only after the exports and the
store are switched in, so a failed build leaves the last build's cache, exports and store.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.model import ArticleMeta, Call, Entity, Evidence
from kg.rdf.triples import TripleMap
from kg.resolve.evidence import Lookup
from kg.errors import Build, Export, KgError
from kg.write import turtle
from kg.write.pieces import NetworkPieces, Owners, call_pairs, piece

__all__ = ["PieceCache", "Delta", "update_pieces", "code_version", "write_turtle", "write_graphml_pieces"]

# ranks: the order of the owners' blocks in the Turtle file
ENTITY, CALL, EVIDENCE, CALLED, ARTICLE, REFERENCE = range(6)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS info(name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pieces(
    rank INTEGER NOT NULL, key BLOB NOT NULL, digest BLOB NOT NULL, nt BLOB NOT NULL, ttl BLOB NOT NULL,
    node BLOB, edges BLOB, types TEXT, PRIMARY KEY (rank, key)) WITHOUT ROWID;
"""
_CODE = ("rdf/triples.py", "rdf/ids.py", "rdf/terms.py", "rdf/vocab.py", "write/turtle.py", "write/pieces.py",
         "write/graphml.py", "write/projection.py", "write/rdf_files.py", "build/incremental.py",
         "ontology/shapes.ttl")


def code_version() -> str:
    """A hash of the code that makes pieces: a change to any of it means a build from scratch."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.blake2b(digest_size=16)
    for name in _CODE:
        digest.update(name.encode() + b"\0" + (root / name).read_bytes())
    return digest.hexdigest()


def _key(text: str) -> bytes:
    # the byte order of this encoding is the code point order Python sorts strings by
    return text.encode("utf-8", "surrogatepass")


def _digest(*parts) -> bytes:
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=16).digest()


class PieceCache:
    """The pieces of the last build; opened for one build, committed when its outputs are in."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.kept = True  # False: the file could not be used; pieces live in memory for this build
        try:
            self._db = self._connect(self.path)
        except sqlite3.DatabaseError:
            # a cache: a damaged one costs a build from scratch, never the build
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            try:
                self._db = self._connect(self.path)
            except sqlite3.Error:  # the disk is full or the folder read-only: the exports will say
                self._db, self.kept = self._connect(":memory:"), False

    @staticmethod
    def _connect(path) -> sqlite3.Connection:
        db = sqlite3.connect(path, isolation_level="DEFERRED")
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(_SCHEMA)
            db.execute("SELECT COUNT(*) FROM info").fetchone()
            db.commit()
        except BaseException:
            db.close()
            raise
        return db

    def info(self, name: str) -> str | None:
        row = self._db.execute("SELECT value FROM info WHERE name=?", (name,)).fetchone()
        return None if row is None else row[0]

    def set_info(self, name: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO info VALUES (?, ?)", (name, value))

    def clear(self) -> None:
        self._db.execute("DELETE FROM pieces")
        self._db.execute("DELETE FROM info")

    def digests(self) -> dict[tuple[int, bytes], bytes]:
        return {(r, k): d for r, k, d in self._db.execute("SELECT rank, key, digest FROM pieces")}

    def old_lines(self, rank: int, key: bytes) -> str:
        row = self._db.execute("SELECT nt FROM pieces WHERE rank=? AND key=?", (rank, key)).fetchone()
        return "" if row is None else row[0]

    def put(self, rank: int, key: bytes, digest: bytes, nt: str, ttl: str, node: str | None = None,
            edges: str | None = None, types: str | None = None) -> None:
        self._db.execute("INSERT OR REPLACE INTO pieces VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (rank, key, digest, nt, ttl, node, edges, types))

    def delete(self, rank: int, key: bytes) -> None:
        self._db.execute("DELETE FROM pieces WHERE rank=? AND key=?", (rank, key))

    def column(self, name: str, rank: int | None = None) -> Iterable[str]:
        where = "" if rank is None else f" WHERE rank={int(rank)}"
        return (row[0] for row in self._db.execute(f"SELECT {name} FROM pieces{where} ORDER BY rank, key"))

    def net(self, rank: int) -> Iterable[tuple[str, str]]:
        return self._db.execute("SELECT node, edges FROM pieces WHERE rank=? ORDER BY key", (rank,))

    def node_types(self) -> list[str]:
        return [row[0] for row in self._db.execute("SELECT DISTINCT types FROM pieces WHERE types IS NOT NULL")]

    def commit(self) -> None:
        self._db.commit()

    def rollback(self) -> None:
        self._db.rollback()

    def close(self) -> None:
        self._db.close()


@dataclass
class Delta:
    """What changed in the merged graph: N-Triples lines to remove and to add, and counts."""

    removed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    owners: int = 0  # owners in this build
    changed: int = 0  # owners mapped again (new, changed or gone)


def _lines(nt: str) -> set[str]:
    # not splitlines(): a literal may hold U+2028 and the like, which N-Triples leaves as they are
    return set(nt.split("\n")) - {""}


def update_pieces(
    cache: PieceCache,
    entities: Mapping[str, Entity],
    mapping: TripleMap,
    calls: list[Call],
    metas: list[ArticleMeta],
    lookup: Lookup | None,
    contents: Mapping[str, str] | None,
) -> Delta:
    """Bring the cache's pieces up to the records (inside its open transaction); return the
    difference of the merged graph's statements."""
    for what, keys in (("call", [c.key for c in calls]), ("article", [m.id for m in metas])):
        for before, after in zip(keys, keys[1:]):
            if after <= before:
                raise KgError(Export.UNSORTED, f"{what} {after!r} came after {before!r}: records must come sorted by key")
    owners = Owners(mapping)
    net = NetworkPieces(mapping)
    old = cache.digests()
    delta = Delta()
    seen: set[tuple[int, bytes]] = set()

    def visit(rank: int, key: str, digest: bytes, make: Callable[[], tuple]) -> None:
        k = (rank, _key(key))
        seen.add(k)
        if old.get(k) == digest:
            return
        statements, extra = make()
        new = piece(statements)
        before = _lines(cache.old_lines(*k)) if k in old else set()
        after = _lines(new.nt)
        delta.removed += before - after
        delta.added += after - before
        delta.changed += 1
        cache.put(rank, k[1], digest, new.nt, new.ttl, *extra)

    def who(key: str | None) -> tuple | None:
        e = entities.get(key) if key else None
        return None if e is None else (e.key, e.name, e.kind.value)

    mentioned: dict[str, list[str]] = {}  # article id -> keys of the entities listing it
    for entity in entities.values():
        country = mapping.country_of(entity)
        visit(ENTITY, entity.key, _digest(replace(entity, articles=()), country and country.key),
              lambda e=entity: (owners.entity(e), ()))
        for article_id in entity.articles:
            mentioned.setdefault(article_id, []).append(entity.key)
    evidence: dict[tuple[str, int, int], Evidence] = {}
    pairs: set[tuple[str, str]] = set()
    referenced: set[str] = {a for e in entities.values() for a in e.articles}
    for call in calls:
        deps = (tuple(who(k) for k in call.participants), who(call.caller),
                tuple(sorted({who(r.outlet) for r in call.reports}, key=repr)))

        def make_call(c=call):
            p = net.call(c)
            return owners.call(c), (p.node, p.edges, p.types)

        visit(CALL, call.key, _digest(call, deps), make_call)
        for ev in (*call.evidence, *(r.evidence for r in call.reports)):
            evidence.setdefault((ev.article_id, ev.start, ev.end), ev)
        pairs.update(call_pairs(mapping, call))
        referenced.update(call.articles)
    for (article_id, start, end), ev in evidence.items():
        referenced.add(article_id)
        source = (contents or {}).get(article_id)

        def make_evidence(ev=ev):
            if not ev.text:
                if lookup is None:
                    raise KgError(Build.EVIDENCE_MISSING, f"no evidence sentence for {ev.article_id!r} at {ev.start}-{ev.end}")
                found = lookup(ev.article_id, ev.start, ev.end)
                if found is None:
                    raise KgError(Build.EVIDENCE_MISSING,
                                  f"no evidence sentence stored for {ev.article_id!r} at {ev.start}-{ev.end} "
                                  "(the facts store is out of step with this build; delete the output's .kg folder)")
                ev = Evidence(ev.article_id, ev.start, ev.end, found)
            return owners.evidence(ev), ()

        digest = b"c" + source.encode() if source else _digest("text", ev.text or lookup(article_id, start, end))
        visit(EVIDENCE, f"{article_id}\0{start:012d}\0{end:012d}", digest, make_evidence)
    for a, b in pairs:
        visit(CALLED, f"{a}\0{b}", b"", lambda pair=(a, b): (owners.called(pair), ()))
    with_meta = set()
    for meta in metas:
        with_meta.add(meta.id)
        publisher = mapping.publisher_of(meta)
        keys = sorted(set(mentioned.get(meta.id, ())))

        def make_article(m=meta, keys=keys):
            p = net.article(m, keys)
            return owners.article(m, keys), (p.node, p.edges, p.types)

        visit(ARTICLE, meta.id, _digest(meta.id, meta.published, meta.outlet, meta.url, meta.title,
                                        publisher and publisher.key, [(k, entities[k].kind.value) for k in keys]),
              make_article)
    for article_id in referenced - with_meta:
        keys = sorted(set(mentioned.get(article_id, ())))
        visit(REFERENCE, article_id, _digest([(k, entities[k].kind.value) for k in keys]),
              lambda a=article_id, keys=keys: ([*owners.ref(a), *owners.mentions(a, keys)], ()))
    for k in old.keys() - seen:
        delta.removed += _lines(cache.old_lines(*k))
        delta.changed += 1
        cache.delete(*k)
    delta.owners = len(seen)
    return delta


def write_turtle(cache: PieceCache, fh) -> None:
    """The Turtle export: the prefixes, then every piece's block in (rank, key) order."""
    fh.write(turtle.header().encode("utf-8"))
    batch: list[str] = []
    for block in cache.column("ttl"):
        batch.append(block)
        if len(batch) >= 4096:
            fh.write("".join(batch).encode("utf-8"))
            batch.clear()
    fh.write("".join(batch).encode("utf-8"))


def write_graphml_pieces(cache: PieceCache, mapping: TripleMap, calls: list[Call], metas: list[ArticleMeta], fh) -> None:
    NetworkPieces(mapping).write(fh, calls, lambda: cache.net(CALL), lambda: cache.net(ARTICLE),
                                 cache.node_types(), metas)


def report_json(violations) -> str:
    return json.dumps([[v.focus, v.path, v.message, v.severity, v.value] for v in violations], ensure_ascii=False)


def read_report(text: str | None):
    """The violations kept by the last build, or None when it did not validate."""
    from kg.rdf.validate import Violation

    if not text:
        return None
    return [Violation(*row) for row in json.loads(text)]


_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def revalidate(store, delta: Delta, before) -> "object":
    """The shapes' report of ``store`` after ``delta``, from the last one (``before``): the
    nodes whose statements changed, and those pointing at nodes whose types changed, are
    checked again in a small store holding their statements and the types of what they point
    at; the other nodes keep their results."""
    import pyoxigraph as ox

    from kg.rdf.validate import report_of, validate_store

    graph = ox.DefaultGraph()
    focus: set[str] = set()
    retyped: set[str] = set()
    for line in (*delta.removed, *delta.added):
        subject, predicate, _rest = line.split(" ", 2)
        focus.add(subject[1:-1])
        if predicate == _RDF_TYPE:
            retyped.add(subject[1:-1])
    for node in retyped:
        for quad in store.quads_for_pattern(None, None, ox.NamedNode(node), graph):
            if isinstance(quad.subject, ox.NamedNode):
                focus.add(quad.subject.value)
    quads, objects = [], set()
    for node in focus:
        for quad in store.quads_for_pattern(ox.NamedNode(node), None, None, graph):
            quads.append(quad)
            if isinstance(quad.object, ox.NamedNode) and quad.object.value not in focus:
                objects.add(quad.object)
    rdf_type = ox.NamedNode(_RDF_TYPE[1:-1])
    for node in objects:
        quads.extend(store.quads_for_pattern(node, rdf_type, None, graph))
    small = ox.Store()
    small.extend(quads)
    found = validate_store(small)
    kept = [v for v in before if v.focus not in focus]
    return report_of([*kept, *(v for v in found.violations if v.focus in focus)])
