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
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.model import ArticleMeta, Call, Entity, Evidence
from kg.rdf.triples import TripleMap
from kg.resolve.evidence import Lookup
from kg.errors import Build, Export, KgError
from kg.write import turtle
from kg.write.pieces import NetworkPieces, Owners, Tally, call_pairs, piece

__all__ = ["PieceCache", "Delta", "Tally", "update_pieces", "code_version", "write_turtle", "write_graphml_pieces"]

# ranks: the order of the owners' blocks in the Turtle file
ENTITY, CALL, EVIDENCE, CALLED, ARTICLE, REFERENCE = range(6)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS info(name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pieces(
    rank INTEGER NOT NULL, key BLOB NOT NULL, digest BLOB NOT NULL, nt BLOB NOT NULL, ttl BLOB NOT NULL,
    node BLOB, edges BLOB, types TEXT, UNIQUE (rank, key));
"""
_CODE = ("rdf/triples.py", "rdf/ids.py", "rdf/terms.py", "rdf/vocab.py", "write/turtle.py", "write/pieces.py",
         "write/graphml.py", "write/projection.py", "write/rdf_files.py", "build/incremental.py", "build/revalidate.py",
         "ontology/shapes.ttl")


def code_version() -> str:
    """A hash of the code that makes pieces: a change to any of it means a build from scratch."""
    import pyoxigraph  # it decides which URLs are IRIs (``kg.rdf.ids.web_iri``)

    root = Path(__file__).resolve().parent.parent
    digest = hashlib.blake2b(pyoxigraph.__version__.encode(), digest_size=16)
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

    def put(self, rows: list[tuple]) -> None:
        """Rows of (rank, key, digest, nt, ttl, node, edges, types), new or replacing."""
        self._db.executemany("INSERT OR REPLACE INTO pieces VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def delete(self, rank: int, key: bytes) -> None:
        self._db.execute("DELETE FROM pieces WHERE rank=? AND key=?", (rank, key))

    def column(self, name: str) -> Iterable[str]:
        """``name`` ("nt" or "ttl") of every piece, in (rank, key) order."""
        return (row[0] for row in self._db.execute(f"SELECT {name} FROM pieces ORDER BY rank, key"))

    def column_bytes(self, name: str) -> Iterable[bytes]:
        """``column`` as UTF-8 bytes, as SQLite keeps them (no str made and encoded again)."""
        return (row[0] for row in self._db.execute(f"SELECT CAST({name} AS BLOB) FROM pieces ORDER BY rank, key"))

    def net(self, rank: int) -> Iterable[tuple[bytes, str, str]]:
        """(key, node, edges) of the GraphML pieces of ``rank``, in key order."""
        return self._db.execute("SELECT key, node, edges FROM pieces WHERE rank=? ORDER BY key", (rank,))

    # The evidence sentences the calls cite, each once, in the order first cited: kept in a
    # temporary table (SQLite spills it to a file) rather than a dict of the whole corpus's.
    # Ids and texts as BLOBs: both may hold lone surrogates (``kg.facts.store``).
    def start_evidence(self) -> None:
        self._db.execute("CREATE TEMP TABLE IF NOT EXISTS cited("
                         "article BLOB NOT NULL, start INTEGER NOT NULL, stop INTEGER NOT NULL, said BLOB, "
                         "PRIMARY KEY (article, start, stop))")
        self._db.execute("DELETE FROM temp.cited")

    def add_evidence(self, cited: Iterable[Evidence]) -> None:
        """Evidence to visit; a sentence cited before keeps its first text."""
        self._db.executemany("INSERT OR IGNORE INTO temp.cited VALUES (?, ?, ?, ?)", (
            (_key(ev.article_id), ev.start, ev.end, None if ev.text is None else _key(ev.text)) for ev in cited))

    def evidence(self) -> Iterable[Evidence]:
        for article, start, stop, said in self._db.execute("SELECT * FROM temp.cited ORDER BY rowid"):
            yield Evidence(article.decode("utf-8", "surrogatepass"), start, stop,
                           None if said is None else said.decode("utf-8", "surrogatepass"))

    def end_evidence(self) -> None:
        self._db.execute("DELETE FROM temp.cited")

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


class _Cited:
    """The evidence sentences the calls cite, each once with the first text given, in the order
    first cited. Up to ``limit`` of them wait in a dict (a real corpus cites about nine per
    article: 10k articles fit); beyond, in the cache's temporary table, which SQLite spills to a
    file, so the whole corpus's sentences are never in memory (the table costs 0.45 s more at
    10k, hence the dict first)."""

    def __init__(self, cache: PieceCache, limit: int = 1 << 17):
        self.cache, self.limit = cache, limit
        self.waiting: dict[tuple[str, int, int], Evidence] = {}
        self.spilled = False

    def add(self, ev: Evidence) -> None:
        key = (ev.article_id, ev.start, ev.end)
        if key not in self.waiting:
            self.waiting[key] = ev
            if len(self.waiting) >= self.limit:
                self._spill()

    def _spill(self) -> None:
        if not self.spilled:
            self.cache.start_evidence()
            self.spilled = True
        self.cache.add_evidence(self.waiting.values())  # a sentence already there keeps its first row
        self.waiting.clear()

    def __iter__(self) -> Iterator[Evidence]:
        if not self.spilled:
            yield from self.waiting.values()
            return
        self._spill()
        yield from self.cache.evidence()
        self.cache.end_evidence()


def _in_order(what: str) -> Callable[[str], None]:
    last = [None]

    def check(key: str) -> None:
        if last[0] is not None and key <= last[0]:
            raise KgError(Export.UNSORTED, f"{what} {key!r} came after {last[0]!r}: records must come sorted by key")
        last[0] = key

    return check


def update_pieces(
    cache: PieceCache,
    entities: Mapping[str, Entity],
    mapping: TripleMap,
    calls: Iterable[Call],
    metas: Iterable[ArticleMeta],
    lookup: Lookup | None,
    contents: Mapping[str, str] | None,
    *,
    fresh: bool = False,
) -> tuple[Delta, Tally]:
    """Bring the cache's pieces up to the records (inside its open transaction); return the
    difference of the merged graph's statements (none with ``fresh``: the cache starts empty
    and the store is loaded from all the pieces) and what the GraphML file needs besides the
    pieces.

    ``calls`` (sorted by key) and ``metas`` (sorted by id) are consumed once, in that order,
    and not kept: memory holds per article its id and the keys of the entities naming it, per
    entity and leader pair a little, and the last build's digests (none from scratch). The
    evidence sentences, which several calls may cite, wait in ``_Cited``.
    """
    owners = Owners(mapping)
    net = NetworkPieces(mapping)
    if fresh:
        cache.clear()
    # the last build's owners not visited yet: what is left at the end is gone
    old = {} if fresh else cache.digests()
    delta = Delta()
    tally = Tally()
    rows: list[tuple] = []

    def visit(rank: int, key: str, digest: bytes, make: Callable[[], tuple]) -> None:
        k = (rank, _key(key))
        delta.owners += 1
        was = old.pop(k, None)
        if was == digest:
            return
        statements, extra = make()
        new = piece(statements)
        if not fresh:
            before = _lines(cache.old_lines(*k)) if was is not None else set()
            after = _lines(new.nt)
            delta.removed += before - after
            delta.added += after - before
        delta.changed += 1
        rows.append((rank, k[1], digest, new.nt, new.ttl, *extra, *(None,) * (3 - len(extra))))
        if len(rows) >= 2048:
            cache.put(rows)
            rows.clear()

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
    pairs: dict[tuple[str, str], None] = {}  # kg:called edges, in the order calls first draw them

    def drawn(pair: tuple[str, str]) -> bool:
        if pair in pairs:
            return True
        pairs[pair] = None
        return False

    tally.referenced.update(a for e in entities.values() for a in e.articles)
    cited = _Cited(cache)
    in_order = _in_order("call")
    for call in calls:
        in_order(call.key)
        deps = (tuple(who(k) for k in call.participants), who(call.caller),
                tuple(sorted({who(r.outlet) for r in call.reports}, key=repr)))

        def make_call(c=call):
            p = net.call(c)
            return owners.call(c), (p.node, p.edges, p.types)

        visit(CALL, call.key, _digest(call, deps), make_call)
        for ev in call.evidence:
            cited.add(ev)
        for report in call.reports:
            cited.add(report.evidence)
        tally.add_call(call, call_pairs(mapping, call), drawn)
    for cited_ev in cited:
        article_id, start, end, said = cited_ev.article_id, cited_ev.start, cited_ev.end, cited_ev.text
        source = (contents or {}).get(article_id)

        def make_evidence(ev=cited_ev):
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

        digest = b"c" + source.encode() if source else _digest("text", said or lookup(article_id, start, end))
        visit(EVIDENCE, f"{article_id}\0{start:012d}\0{end:012d}", digest, make_evidence)
    for a, b in pairs:
        visit(CALLED, f"{a}\0{b}", b"", lambda pair=(a, b): (owners.called(pair), ()))
    in_order = _in_order("article")
    for meta in metas:
        in_order(meta.id)
        tally.with_meta.add(meta.id)
        publisher = mapping.publisher_of(meta)
        keys = sorted(set(mentioned.get(meta.id, ())))

        def make_article(m=meta, keys=keys):
            p = net.article(m, keys)
            return owners.article(m, keys), (p.node, p.edges, p.types)

        visit(ARTICLE, meta.id, _digest(meta.id, meta.published, meta.outlet, meta.url, meta.title,
                                        publisher and publisher.key, [(k, entities[k].kind.value) for k in keys]),
              make_article)
    for article_id in tally.referenced - tally.with_meta:
        keys = sorted(set(mentioned.get(article_id, ())))
        visit(REFERENCE, article_id, _digest([(k, entities[k].kind.value) for k in keys]),
              lambda a=article_id, keys=keys: ([*owners.ref(a), *owners.mentions(a, keys)], ()))
    cache.put(rows)
    for k in old:
        delta.removed += _lines(cache.old_lines(*k))
        delta.changed += 1
        cache.delete(*k)
    return delta, tally


def write_turtle(cache: PieceCache, fh) -> None:
    """The Turtle export: the prefixes, then every piece's block in (rank, key) order."""
    fh.write(turtle.header().encode("utf-8"))
    batch: list[bytes] = []
    for block in cache.column_bytes("ttl"):
        batch.append(block)
        if len(batch) >= 4096:
            fh.write(b"".join(batch))
            batch.clear()
    fh.write(b"".join(batch))


def write_graphml_pieces(cache: PieceCache, mapping: TripleMap, tally: Tally, fh) -> None:
    NetworkPieces(mapping).write(fh, tally, lambda: cache.net(CALL), lambda: cache.net(ARTICLE), cache.node_types())

