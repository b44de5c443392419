"""``write_outputs`` by pieces: the store, validation and exports of the merged graph, updated
from the last build's pieces (``kg.build.incremental``) when they are there and fit.

The steps are those of ``kg.build.outputs`` (store generation, validation, exports, switch),
except that the next store generation is a copy of the current one with the difference
applied, validation looks again only at what the difference touched, and Turtle and GraphML are
written from the pieces. With no usable cache every owner is new: the store is loaded whole,
validated whole, and the cache filled for next time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path

from kg.build.incremental import PieceCache, code_version, update_pieces, write_graphml_pieces, write_turtle
from kg.build.revalidate import read_report, report_json, revalidate
from kg.errors import Export, ExportError
from kg.model import ArticleMeta, Call, Entity
from kg.rdf.triples import TripleMap
from kg.resolve.evidence import Lookup
from kg.store import generations
from kg.store.local import default_graph_size
from kg.write.staging import ExportSet, describe_os_error

__all__ = ["write_by_pieces", "CACHE_FILE"]

CACHE_FILE = "outputs.sqlite"  # in <out>/.kg
_SLICE = 200_000  # N-Triples lines per load call


def _load(store, lines: list[str]) -> None:
    import pyoxigraph as ox

    for i in range(0, len(lines), _SLICE):
        store.bulk_load(input="\n".join(lines[i:i + _SLICE]).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)


def _load_pieces(store, pieces: Iterable[bytes]) -> None:
    """Bulk-load N-Triples ``pieces`` (UTF-8) in calls of about 32 MB: bytes straight from the
    cache, so a call costs the pieces and their join (a ``str`` joined and encoded cost four to
    five times the text while one of them held an en dash)."""
    import pyoxigraph as ox

    batch: list[bytes] = []
    size = 0
    for nt in pieces:
        batch.append(nt)
        size += len(nt)
        if size >= 32 << 20:
            store.bulk_load(input=b"".join(batch), format=ox.RdfFormat.N_TRIPLES)
            batch, size = [], 0
    if batch:
        store.bulk_load(input=b"".join(batch), format=ox.RdfFormat.N_TRIPLES)


def _remove(store, lines: list[str]) -> None:
    import pyoxigraph as ox

    for i in range(0, len(lines), _SLICE):
        for triple in ox.parse(input="\n".join(lines[i:i + _SLICE]).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
            store.remove(ox.Quad(triple.subject, triple.predicate, triple.object, ox.DefaultGraph()))


def _identity(generation: Path) -> str:
    """A store generation's name and inode: a generation made again under an old name differs."""
    return f"{generation.name}:{generation.stat().st_ino}"


def write_by_pieces(
    entities: Iterable[Entity],
    calls: Iterable[Call],
    articles: Iterable[ArticleMeta],
    out_dir: Path,
    wanted: list[str],
    validate: bool,
    stages,
    lookup: Lookup | None,
    contents: Mapping[str, str] | None,
):
    from kg.build.outputs import FILE_NAMES, STORE_DIR, OutputResult
    from kg.rdf.validate import format_report, validate_store
    from kg.write.rdf_files import write_rdf

    link = out_dir / STORE_DIR
    current_file = "the cache"
    try:
        with generations.writer_lock(link), ExportSet(out_dir, publish=generations.publish) as exports:
            stages.start("store")
            cache = PieceCache(out_dir / ".kg" / CACHE_FILE)
            try:
                version = code_version()
                generation = generations.current(link) if link.is_symlink() else None
                fresh = (not cache.kept or generation is None or cache.info("version") != version
                         or cache.info("generation") != _identity(generation))
                before = None if fresh else read_report(cache.info("report"))
                mapping = TripleMap(entities, graphs=False)
                # calls and articles stream past once; the GraphML writer reads the tally after
                delta, tally = update_pieces(cache, mapping.entities, mapping, calls, articles, lookup, contents,
                                             fresh=fresh)

                def fill(store):
                    nonlocal current_file
                    if fresh:
                        _load_pieces(store, cache.column_bytes("nt"))
                    else:
                        _remove(store, delta.removed)
                        _load(store, delta.added)
                    if fresh:
                        triples = default_graph_size(store)
                    else:  # owners never share a statement: the count follows the difference
                        triples = int(cache.info("triples") or 0) - len(delta.removed) + len(delta.added)
                    outcome = None
                    if validate:
                        stages.start("validate")
                        subclasses = bool(store.query(
                            "ASK { ?c <http://www.w3.org/2000/01/rdf-schema#subClassOf> ?d }"))
                        if before is None or subclasses:
                            outcome = validate_store(store)
                        else:
                            outcome = revalidate(store, delta, before)
                    for fmt in wanted:
                        if fmt in ("nt", "jsonld"):
                            stages.start(fmt)
                            current_file = FILE_NAMES[fmt]
                            with open(exports.path(current_file), "wb") as fh:
                                write_rdf(store, fmt, fh)
                    stages.stop()
                    return triples, triples, outcome  # the merged graph only

                current_file = "the store"
                (triples, total, outcome), new_generation = generations.new_generation(link, fill, fresh=fresh)
                if "ttl" in wanted:
                    stages.start("ttl")
                    current_file = FILE_NAMES["ttl"]
                    with open(exports.path(current_file), "wb") as fh:
                        write_turtle(cache, fh)
                if "graphml" in wanted:
                    stages.start("graphml")
                    current_file = FILE_NAMES["graphml"]
                    with open(exports.path(current_file), "wb") as fh:
                        write_graphml_pieces(cache, mapping, tally, fh)
                stages.start("switch")
                cache.set_info("version", version)
                cache.set_info("generation", _identity(new_generation))
                cache.set_info("triples", str(triples))
                cache.set_info("report", report_json(outcome.violations) if outcome is not None else "")
                files = exports.commit([FILE_NAMES[f] for f in wanted], store=(link, new_generation))
                cache.commit()
                stages.stop()
            except BaseException:
                cache.rollback()
                raise
            finally:
                cache.close()
    except sqlite3.Error as err:
        raise ExportError(
            Export.WRITE_FAILED, f"cannot write the output cache {out_dir / '.kg' / CACHE_FILE}: {err}; "
            "the previous exports and store are unchanged",
        ) from err
    except OSError as err:
        raise ExportError(
            Export.WRITE_FAILED, f"cannot write {current_file or 'the exports'} in {out_dir}: {describe_os_error(err)}; "
            "the previous exports and store are unchanged",
        ) from err
    violations = 0 if outcome is None else sum(v.severity == "Violation" for v in outcome.violations)
    report = "" if outcome is None or outcome.conforms else format_report(outcome)
    return OutputResult(
        entities=len(mapping.entities), calls=tally.calls, articles=len(tally.with_meta), triples=triples, quads=total,
        files=tuple(files), store=link, violations=violations, report=report, timings=stages.timings,
        delta=(delta.owners, delta.changed, len(delta.removed), len(delta.added), fresh),
    )
