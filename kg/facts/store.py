"""``FactsStore``: the per-article facts of earlier builds, in one SQLite file.

SQLite (the standard library's ``sqlite3``) because the store is a cache of small keyed
records that must survive a killed build: every batch is one transaction, the write-ahead log
makes a kill at any point leave the last committed state, and there is no server, no extra
dependency and a file any SQLite tool can open. Parquet would need whole files rewritten to
add a few rows and has no transactions; DuckDB is built for scans, not for point look-ups.

Tables::

    versions(id, hash)                        one row per extractor version seen
    facts(content, version, article_id, data) one article's facts (kg.facts.codec JSON)
    sentences(content, version, start, end, text)  evidence sentences, looked up when calls
                                              are written out, so resolution never holds them
    files(stamp, content)                     the content key of each file the last build read,
                                              by its stamp (``kg.read.stamps``)
    state(part, version, code, data)          the resolution state of the last build's articles
                                              (``kg.resolve.state``): a whole state (part 0) and
                                              the states of articles added since, merged on load
    state_members(article_id, content)        which articles the state holds
    current(article_id, content)              TEMP: the articles of the build under way
    seen(stamp)                               TEMP: the stamps of the build under way (at pruning)

A build calls ``begin(version)``, then ``recall``/``has``/``get``/``put``/``remember``/
``mark_current`` per article and ``commit()`` per batch; ``prune()`` after its exports are
written drops the facts of articles no longer in the input and of other extractor versions,
and the stamps of files this build did not see.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from kg.errors import Build, InputError
from kg.facts.codec import decode_facts, encode_facts
from kg.model import ArticleFacts, ArticleMeta, Evidence

__all__ = ["FactsStore", "SCHEMA_VERSION"]

SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS info(name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS versions(id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS facts(
    content TEXT NOT NULL, version INTEGER NOT NULL, article_id BLOB NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (content, version)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sentences(
    content TEXT NOT NULL, version INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text BLOB NOT NULL, PRIMARY KEY (content, version, start, "end")) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS files(stamp BLOB PRIMARY KEY, content TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS state(part INTEGER PRIMARY KEY, version TEXT NOT NULL, code TEXT NOT NULL, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS state_members(article_id BLOB PRIMARY KEY, content TEXT NOT NULL) WITHOUT ROWID;
"""


def _id(article_id: str) -> bytes:
    # BLOB, not TEXT: ids may hold lone surrogates (file names that are not UTF-8), and the
    # byte order of this encoding is the code point order Python sorts strings by.
    return article_id.encode("utf-8", "surrogatepass")


def _text(data: bytes) -> str:
    return data.decode("utf-8", "surrogatepass")


def _sentences(facts: ArticleFacts) -> set[Evidence]:
    found: set[Evidence] = set()
    for call in facts.calls:
        found.update(call.evidence)
        found.update(report.evidence for report in call.reports)
    return found


class FactsStore:
    """One open facts store; use as a context manager (commits nothing on its own at exit)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.note = ""  # set when a damaged store had to be started afresh
        self.version_id: int | None = None
        self.version = ""
        self._stamps: dict[bytes, str] | None = None
        self._seen: set[bytes] = set()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._connect()
        except sqlite3.DatabaseError as err:
            # The store is a cache: a damaged one costs a full extraction, never the build.
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            self.note = f"the facts store {self.path} was unreadable ({err}); it was started afresh"
            self._db = self._connect()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(_SCHEMA)
            row = db.execute("SELECT value FROM info WHERE name='schema'").fetchone()
            if row is None:
                db.execute("INSERT INTO info VALUES ('schema', ?)", (SCHEMA_VERSION,))
            elif row[0] != SCHEMA_VERSION:
                raise sqlite3.DatabaseError(f"schema {row[0]}, expected {SCHEMA_VERSION}")
            db.execute("CREATE TEMP TABLE current(article_id BLOB PRIMARY KEY, content TEXT NOT NULL)")
            db.execute("CREATE TEMP TABLE seen(stamp BLOB PRIMARY KEY) WITHOUT ROWID")
            db.commit()
        except BaseException:
            db.close()
            raise
        return db

    def __enter__(self) -> FactsStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    # --- one build ---------------------------------------------------------------------------

    def begin(self, version: str) -> None:
        """Start a build with the extractor ``version``: only its facts count as known."""
        self._db.execute("INSERT OR IGNORE INTO versions(hash) VALUES (?)", (version,))
        self.version_id = self._db.execute("SELECT id FROM versions WHERE hash=?", (version,)).fetchone()[0]
        self.version = version
        self._db.execute("DELETE FROM current")
        self._db.commit()
        self._stamps = None  # stamp -> content key, read on the first recall
        self._seen = set()  # the stamps of this build's files

    def recall(self, stamp: str) -> str | None:
        """The content key of the article a file with ``stamp`` was read as, when its facts are
        stored for this build's version (the stamp is then kept for the next build); else None."""
        if self._stamps is None:  # one query rather than one per file
            self._stamps = dict(self._db.execute(
                "SELECT f.stamp, f.content FROM files f JOIN facts x ON x.content = f.content AND x.version = ?",
                (self.version_id,)))
        key = _id(stamp)
        content = self._stamps.get(key)
        if content is not None:
            self._seen.add(key)
        return content

    def remember(self, stamp: str, content: str) -> None:
        """Keep ``stamp`` -> ``content`` for the next build (the article's facts are stored)."""
        self._db.execute("INSERT OR REPLACE INTO files VALUES (?, ?)", (_id(stamp), content))
        self._seen.add(_id(stamp))

    def mark_current(self, article_id: str, content: str) -> None:
        """Record that this build includes the article; a second article with the id is an error."""
        try:
            self._db.execute("INSERT INTO current VALUES (?, ?)", (_id(article_id), content))
        except sqlite3.IntegrityError as err:
            raise InputError(Build.DUPLICATE_ARTICLE_ID, f"two articles share the id {article_id!r}; rename one of the files") from err

    def has(self, content: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM facts WHERE content=? AND version=?", (content, self.version_id)).fetchone()
        return row is not None

    def get(self, content: str) -> ArticleFacts:
        row = self._db.execute(
            "SELECT data FROM facts WHERE content=? AND version=?", (content, self.version_id)).fetchone()
        if row is None:
            raise KeyError(content)
        return decode_facts(row[0])

    def put(self, content: str, facts: ArticleFacts) -> None:
        version = self.version_id
        self._db.execute("INSERT OR REPLACE INTO facts VALUES (?, ?, ?, ?)",
                         (content, version, _id(facts.meta.id), encode_facts(facts)))
        self._db.executemany(
            "INSERT OR REPLACE INTO sentences VALUES (?, ?, ?, ?, ?)",
            [(content, version, ev.start, ev.end, _id(ev.text)) for ev in _sentences(facts)])

    def commit(self) -> None:
        self._db.commit()

    # --- after resolution ------------------------------------------------------------------------

    def sentence(self, article_id: str, start: int, end: int) -> str | None:
        """The evidence text at ``start:end`` of a current article, or None if unknown."""
        row = self._db.execute(
            'SELECT s.text FROM current c JOIN sentences s ON s.content = c.content '
            'WHERE c.article_id=? AND s.version=? AND s.start=? AND s."end"=?',
            (_id(article_id), self.version_id, start, end)).fetchone()
        return None if row is None else _text(row[0])

    def load_state(self, code: str) -> tuple[list[bytes], dict[str, str]] | None:
        """The parts of the kept resolution state (a whole state, then the states added to it)
        and the articles they hold (id -> content key), when every part was made for this
        build's extractor version by code ``code``; else None."""
        rows = self._db.execute("SELECT part, version, code, data FROM state ORDER BY part").fetchall()
        if not rows or rows[0][0] != 0 or any(v != self.version or c != code for _p, v, c, _d in rows):
            return None
        members = {_text(a): c for a, c in self._db.execute("SELECT article_id, content FROM state_members")}
        return [row[3] for row in rows], members

    def save_state(self, code: str, data: bytes, members: dict[str, str], *, add: bool = False) -> None:
        """Keep ``data``, the resolution state of the articles ``members`` (id -> content key);
        with ``add``, as one more part of the kept state (whose articles ``members`` are not)."""
        if not add:
            self._db.execute("DELETE FROM state_members")
            self._db.execute("DELETE FROM state")
        part = self._db.execute("SELECT COALESCE(MAX(part) + 1, 0) FROM state").fetchone()[0]
        self._db.execute("INSERT INTO state VALUES (?, ?, ?, ?)", (part, self.version, code, data))
        self._db.executemany("INSERT INTO state_members VALUES (?, ?)", ((_id(a), c) for a, c in members.items()))

    def contents(self) -> dict[str, str]:
        """This build's articles: id -> content hash (what their stored sentences were read from)."""
        return {_text(aid): content for aid, content in self._db.execute("SELECT article_id, content FROM current")}

    def current_articles(self) -> Iterator[ArticleMeta]:
        """The metadata of this build's articles with stored facts, sorted by id."""
        rows = self._db.execute(
            "SELECT f.data FROM current c JOIN facts f ON f.content = c.content AND f.version = ? "
            "ORDER BY c.article_id", (self.version_id,))
        for (data,) in rows:
            yield decode_facts(data).meta

    def prune(self) -> int:
        """Drop the facts of articles not in this build and of other versions; how many went."""
        params = (self.version_id,)
        gone = self._db.execute(
            "DELETE FROM facts WHERE version != ? OR content NOT IN (SELECT content FROM current)", params).rowcount
        self._db.execute(
            "DELETE FROM sentences WHERE version != ? OR content NOT IN (SELECT content FROM current)", params)
        self._db.execute("DELETE FROM versions WHERE id != ?", params)
        self._db.execute("DELETE FROM seen")
        self._db.executemany("INSERT INTO seen VALUES (?)", ((s,) for s in self._seen))
        self._db.execute("DELETE FROM files WHERE stamp NOT IN (SELECT stamp FROM seen)")
        self._db.commit()
        return gone

    def count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
