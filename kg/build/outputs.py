"""Everything after resolution: the store, validation and the export files, streamed.

``write_outputs(entities, calls, articles, out_dir, formats, validate)`` maps the resolved
records to RDF (``kg.rdf.triples``), loads the statements into a new Oxigraph store generation
(``kg.store.generations``), validates it there with SPARQL (``kg.rdf.validate``), writes the
exports and switches the new store and export files in together (``kg.write.staging``).

With the merged graph alone and the formats of ``PIECE_FORMATS`` (the default) this runs by
pieces (``kg.build.by_pieces``): only what changed since the last build into the folder is
mapped, loaded and checked, and Turtle and GraphML are written from the kept pieces. Otherwise
(TriG, article graphs, GEXF, the leaders-only projections) the records are mapped one at a time
and bulk-loaded in slices, Oxigraph dumps N-Triples, TriG and JSON-LD (``kg.write.rdf_files``),
GraphML and GEXF come from the projection (``kg.write.projection``), and the Turtle file is
made from pieces afresh, as a build by pieces writes it. The output folder:

* ``<out>/graph.*``: the exports of the last build, and nothing from an older one;
* ``<out>/store``: a link to the current store generation (what ``kg query`` reads);
* ``<out>/.kg/``: private state (store generations, staging folders, the switch journal, the
  pieces of the last build in ``outputs.sqlite``).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import Export, ExportError
from kg.model import ArticleMeta, Call, Entity
from kg.rdf.triples import DEFAULT, Quad, TripleMap
from kg.store import generations
from kg.store.local import default_graph_size
from kg.resolve.evidence import Lookup
from kg.write.staging import ExportSet, describe_os_error

__all__ = ["FILE_NAMES", "OutputResult", "write_outputs", "check_formats", "STORE_DIR"]

#: Export format -> file name inside the output folder.
FILE_NAMES = {
    "ttl": "graph.ttl",
    "nt": "graph.nt",
    "trig": "graph.trig",
    "jsonld": "graph.jsonld",
    "graphml": "graph.graphml",
    "gexf": "graph.gexf",
    "graphml-leaders": "graph.leaders.graphml",
    "gexf-leaders": "graph.leaders.gexf",
}
STORE_DIR = "store"
#: Formats the output stage can write by pieces (incrementally); others mean a build from scratch.
PIECE_FORMATS = {"ttl", "nt", "jsonld", "graphml"}
_SLICE = 100_000  # quads per bulk-load call: Oxigraph holds a call's batch in memory

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class OutputResult:
    """What ``write_outputs`` did: counts, the files written (in the order asked), the store,
    the shape violations with their report, and seconds per stage (wall, CPU)."""

    entities: int
    calls: int
    articles: int
    triples: int  # in the merged graph
    quads: int  # in the store: the merged graph plus the article graphs
    files: tuple[Path, ...]
    store: Path
    violations: int = 0
    report: str = ""
    timings: dict[str, tuple[float, float]] = field(default_factory=dict)
    #: by pieces: (owners, owners mapped again, statements removed, added, whether from scratch)
    delta: tuple[int, int, int, int, bool] | None = None


def check_formats(formats: Iterable[str]) -> list[str]:
    """The formats asked, without repeats; ``ExportError`` E400 for an unknown one."""
    wanted = list(dict.fromkeys(formats))
    unknown = [f for f in wanted if f not in FILE_NAMES]
    if unknown:
        raise ExportError(
            Export.UNKNOWN_FORMAT, f"unknown export format {', '.join(map(repr, unknown))}; available: {', '.join(FILE_NAMES)}"
        )
    return wanted


class _Stages:
    def __init__(self, progress: Progress | None):
        self.progress = progress
        self.timings: dict[str, tuple[float, float]] = {}
        self._name, self._wall, self._cpu = "", 0.0, 0.0

    def start(self, name: str) -> None:
        self.stop()
        self._name, self._wall, self._cpu = name, time.perf_counter(), time.process_time()
        if self.progress:
            self.progress(name)

    def stop(self) -> None:
        if self._name:
            self.timings[self._name] = (time.perf_counter() - self._wall, time.process_time() - self._cpu)
            self._name = ""


def _lines(quads: Iterable[Quad]) -> Iterator[bytes]:
    """N-Quads text in slices of ``_SLICE`` distinct statements."""
    iterator = iter(quads)
    while True:
        part = set(itertools.islice(iterator, _SLICE))
        if not part:
            return
        yield "".join(
            f"{s} {p} {o} .\n" if g == DEFAULT else f"{s} {p} {o} {g} .\n"
            for s, p, o, g in part
        ).encode("utf-8")


def write_outputs(
    entities: Iterable[Entity],
    calls: Iterable[Call],
    articles: Iterable[ArticleMeta],
    out_dir: Path,
    formats: Iterable[str],
    validate: bool = True,
    progress: Progress | None = None,
    *,
    article_graphs: bool = False,
    lookup: Lookup | None = None,
    contents: Mapping[str, str] | None = None,
) -> OutputResult:
    """Write the store and the ``formats`` of the records into ``out_dir``; see the module doc.

    ``calls`` (sorted by key) and ``articles`` (sorted by id) are consumed once, calls first.
    The store holds the merged graph, and the per-article named graphs too when ``trig`` is
    asked or ``article_graphs=True``: they let ``kg load --replace`` tell what an article said,
    and cost about 3.6 times the statements (4 times the load time, 10 times the disk).
    Calls may come without their evidence sentences when ``lookup`` (article id, start, end ->
    text) finds them; ``contents`` (article id -> content hash) tells which stored sentences
    are still those of the last build. With the merged graph alone and formats among
    ``PIECE_FORMATS`` the output stage runs by pieces (``kg.build.incremental``): only what
    changed since the last build into this folder is mapped, loaded and checked again.
    Raises ``ExportError``: E400 for an unknown format (before anything is written), E401 for
    an output folder that cannot be written, E402 when the disk fails; the previous exports and
    store then stay as they were.
    """
    import pyoxigraph as ox

    from kg.rdf.validate import format_report, validate_store
    from kg.write.gexf import write_gexf
    from kg.write.graphml import write_graphml
    from kg.write.projection import Projection
    from kg.write.rdf_files import RDF_FORMATS, write_rdf

    wanted = check_formats(formats)
    article_graphs = article_graphs or "trig" in wanted
    out_dir = Path(out_dir)
    try:
        (out_dir / ".kg").mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExportError(Export.FOLDER_UNWRITABLE, f"cannot create the output folder {out_dir}: {describe_os_error(err)}") from err
    stages = _Stages(progress)
    if not article_graphs and set(wanted) <= PIECE_FORMATS:
        from kg.build.by_pieces import write_by_pieces

        return write_by_pieces(entities, calls, articles, out_dir, wanted, validate, stages, lookup, contents)
    calls = list(calls)
    if lookup is not None:
        from kg.resolve.evidence import attach_text

        texts = attach_text(calls, lookup)
    else:
        texts = iter(calls)
    link = out_dir / STORE_DIR
    counts = {"entities": 0, "calls": 0, "articles": 0}
    network = [f for f in wanted if f.split("-")[0] in ("graphml", "gexf")]
    current_file = ""
    try:
        with generations.writer_lock(link), ExportSet(out_dir, publish=generations.publish) as exports:
            mapping = TripleMap(entities, graphs=article_graphs)
            metas: list[ArticleMeta] = []
            counts["entities"] = len(mapping.entities)
            projection = Projection(mapping, exports.path("")) if network else None

            def quads() -> Iterator[Quad]:
                for entity in sorted(mapping.entities.values(), key=lambda e: e.key):
                    yield from mapping.entity(entity)
                for call in texts:
                    counts["calls"] += 1
                    if projection is not None:
                        projection.add_call(call)
                    yield from mapping.call(call)
                for meta in articles:
                    metas.append(meta)
                    counts["articles"] += 1
                    if projection is not None:
                        projection.add_article(meta)
                    yield from mapping.article(meta)

            def fill(store: ox.Store) -> tuple[int, int, str, int]:
                nonlocal current_file
                stages.start("store")
                for text in _lines(quads()):
                    store.bulk_load(input=text, format=ox.RdfFormat.N_QUADS)
                # the bulk load leaves one RocksDB file per slice: compacted, every later lookup
                # (validation, exports, each `kg query`) reads fewer (benchmarks/README.md)
                store.optimize()
                triples, total = default_graph_size(store), len(store)
                report, violations = "", 0
                if validate:
                    stages.start("validate")
                    outcome = validate_store(store)
                    violations = sum(v.severity == "Violation" for v in outcome.violations)
                    report = "" if outcome.conforms else format_report(outcome)
                for fmt in wanted:
                    if fmt in RDF_FORMATS and fmt != "ttl":
                        stages.start(fmt)
                        current_file = FILE_NAMES[fmt]
                        with open(exports.path(current_file), "wb") as fh:
                            write_rdf(store, fmt, fh)
                stages.stop()
                return triples, total, report, violations

            current_file = "the store"
            (triples, total, report, violations), generation = generations.new_generation(link, fill, fresh=True)
            if "ttl" in wanted:
                stages.start("ttl")
                current_file = FILE_NAMES["ttl"]
                _turtle_from_scratch(mapping.entities, calls, metas, exports.path(""), exports.path(current_file),
                                     lookup)
            if projection is not None:
                stages.start("projection")
                spools = projection.finish()
                for fmt in network:
                    stages.start(fmt)
                    current_file = FILE_NAMES[fmt]
                    writer = write_graphml if fmt.startswith("graphml") else write_gexf
                    with open(exports.path(current_file), "wb") as fh:
                        writer(spools, fh, leaders=fmt.endswith("-leaders"))
            stages.start("switch")
            files = exports.commit([FILE_NAMES[f] for f in wanted], store=(link, generation))
            stages.stop()
    except OSError as err:
        raise ExportError(
            Export.WRITE_FAILED, f"cannot write {current_file or 'the exports'} in {out_dir}: {describe_os_error(err)}; "
            "the previous exports and store are unchanged",
        ) from err
    return OutputResult(
        entities=counts["entities"], calls=counts["calls"], articles=counts["articles"], triples=triples,
        quads=total, files=tuple(files), store=link, violations=violations, report=report,
        timings=stages.timings,
    )


def _turtle_from_scratch(entities, calls, metas, folder: Path, target: Path, lookup) -> None:
    """The Turtle export as a build by pieces writes it, from pieces made afresh in ``folder``."""
    from kg.build.incremental import PieceCache, update_pieces, write_turtle

    cache = PieceCache(folder / "pieces.sqlite")
    try:
        merged = TripleMap(entities.values(), graphs=False)
        update_pieces(cache, merged.entities, merged, calls, metas, lookup, None, fresh=True)
        with open(target, "wb") as fh:
            write_turtle(cache, fh)
    finally:
        cache.close()
        for suffix in ("", "-wal", "-shm"):
            (folder / f"pieces.sqlite{suffix}").unlink(missing_ok=True)
