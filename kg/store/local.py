"""The persistent graph store: an Oxigraph directory that `kg build` and `kg load` write and
`kg query` reads.

Layout of a store (the README's "A local Oxigraph store"):

* the **default graph** is the merged graph: what queries read;
* a **named graph per article** (IRI = the article's), when the store was filled from a TriG or
  N-Quads export, holds what that article supports (as the TriG export's named graphs);
* the default graph is kept equal to the union of the named graphs plus whatever was loaded
  without a graph name. Loading adds (a store is a set: loading a file again adds nothing);
  ``replace=True`` swaps each article graph the file holds for the file's version and takes out
  of the default graph what no graph supports any more, so a corrected article's old call goes.

Owns reading (``read_store``: read-only, any number of readers at once, pinned to one generation
so a concurrent writer never disturbs them) and writing (``load_into_store``: a new generation,
see ``kg.store.generations``), reading graph files into memory for ``kg.query.run``, and the
file-extension -> RDF format rule.
"""

from __future__ import annotations

import gc
import itertools
import shutil
import traceback
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from kg.errors import InputError, Store
from kg.store import generations

if TYPE_CHECKING:  # pyoxigraph is imported lazily so `kg --help` stays fast
    import pyoxigraph

__all__ = [
    "EXTENSIONS",
    "LoadReport",
    "bulk_add",
    "default_graph_size",
    "is_store",
    "load_into_store",
    "rdf_format",
    "read_graph",
    "read_store",
    "store_size",
]

T = TypeVar("T")
#: Quads per bulk-load call: Oxigraph's bulk loader holds a batch in memory (about 1 KB per
#: quad, 1M quads per batch by default), so big loads go in slices to keep memory flat.
BULK_SLICE = 100_000

#: Graph file extensions and their pyoxigraph ``RdfFormat`` names. An explicit list: pyoxigraph
#: alone would read a .txt news article as N-Triples and fail with a puzzling syntax error.
EXTENSIONS = {
    ".ttl": "TURTLE",
    ".nt": "N_TRIPLES",
    ".trig": "TRIG",
    ".nq": "N_QUADS",
    ".jsonld": "JSON_LD",
    ".json": "JSON_LD",
    ".rdf": "RDF_XML",
    ".owl": "RDF_XML",
    ".xml": "RDF_XML",
    ".n3": "N3",
}


@dataclass(frozen=True, slots=True)
class LoadReport:
    """One file loaded into a store: statements parsed, triples new to the default graph, the
    default graph's size after, and with ``replace`` the article graphs replaced and the triples
    that left the default graph."""

    file: Path
    read: int
    added: int
    total: int
    graphs: int = 0
    removed: int = 0
    unknown: int = 0  # replaced graphs the store did not hold before (nothing of theirs could go)


def rdf_format(path: Path) -> "pyoxigraph.RdfFormat":
    """The RDF format of ``path`` from its extension; ``InputError`` for an unknown one."""
    import pyoxigraph as ox

    name = EXTENSIONS.get(path.suffix.lower())
    if name is None:
        raise InputError(
            Store.UNKNOWN_EXTENSION,
            f"{path}: cannot tell the RDF format from the extension (use one of {', '.join(EXTENSIONS)})",
        )
    return getattr(ox.RdfFormat, name)


def is_store(path: Path) -> bool:
    """True when ``path`` is an Oxigraph store (a directory, or a link to a generation)."""
    return generations.current(Path(path)) is not None


def read_store(store_dir: Path, use: Callable[["pyoxigraph.Store"], T]) -> T:
    """Open the store at ``store_dir`` read-only, call ``use(store)`` and let it go.

    Any number of processes read at once, also while a writer makes the next generation. The
    store is released when nobody references it (pyoxigraph has no ``close()``), so it is handed
    to a callback, which must return plain data (never the store or a lazy iterator over it).
    """
    import pyoxigraph as ox

    with generations.pinned(Path(store_dir)) as generation:
        try:
            store = ox.Store.read_only(str(generation))
        except OSError as err:
            raise InputError(Store.CANNOT_OPEN, f"{store_dir}: cannot open the store: {err}") from err
        try:
            return use(store)
        except BaseException as err:
            traceback.clear_frames(err.__traceback__)
            raise
        finally:
            del store


def default_graph_size(store: "pyoxigraph.Store") -> int:
    """Triples in the store's default graph (the merged graph)."""
    answer = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    return int(next(iter(answer))["n"].value)


def store_size(store_dir: Path) -> int:
    """How many triples the default graph of the store at ``store_dir`` holds."""
    return read_store(Path(store_dir), default_graph_size)


def bulk_add(store: "pyoxigraph.Store", quads: Iterable["pyoxigraph.Quad"]) -> int:
    """Bulk-load ``quads`` in slices (flat memory); returns how many were given."""
    count = 0
    iterator = iter(quads)
    while True:
        part = list(itertools.islice(iterator, BULK_SLICE))
        if not part:
            return count
        store.bulk_extend(part)
        count += len(part)


def load_into_store(graph_file: Path, store_dir: Path, *, replace: bool = False) -> LoadReport:
    """Add the statements of ``graph_file`` to the store at ``store_dir`` (created if missing).

    Atomic: a syntax error half-way through leaves the store as it was (the new generation is
    dropped). Loading a file twice changes nothing the second time (``added == 0``). Named graphs
    stay named graphs and their triples join the default graph. ``replace=True``: see the module
    docstring; it needs named graphs (a TriG or N-Quads export) to know what to replace.
    """
    graph_file = Path(graph_file)
    fmt = rdf_format(graph_file)
    if not graph_file.is_file():
        raise InputError(Store.NO_SUCH_GRAPH_FILE, f"{graph_file}: no such graph file")
    if replace and not fmt.supports_datasets:
        raise InputError(
            Store.REPLACE_NEEDS_GRAPHS,
            f"{graph_file}: --replace works by article named graph; give a TriG or N-Quads export "
            "(kg build -f trig), whose named graphs say what each article supports",
        )

    def fill(store) -> LoadReport:
        before = default_graph_size(store)
        with _reading(graph_file, fmt):
            if replace:
                # the scratch store sits with the generations: a killed load's is removed by the next writer
                scratch = generations.generations_dir(Path(store_dir)) / f"{Path(store_dir).name}-replace.tmp"
                read, graphs, removed, unknown = _replace(store, graph_file, fmt, scratch)
            else:
                parsed = [0]
                bulk_add(store, _with_default(_parse(graph_file, fmt), parsed))
                read, graphs, removed, unknown = parsed[0], 0, 0, 0
        total = default_graph_size(store)
        # compact what the load wrote, as a build does after its bulk load: the named queries read
        # a compacted store 15-30% faster (benchmarks/README.md)
        store.optimize()
        return LoadReport(graph_file, read, total - before + removed, total, graphs, removed, unknown)

    return generations.write(Path(store_dir), fill, fresh=False)


def read_graph(graph_file: Path) -> "pyoxigraph.Store":
    """An in-memory store holding the file's triples (all its graphs merged), for querying."""
    import pyoxigraph as ox

    graph_file = Path(graph_file)
    fmt = rdf_format(graph_file)
    if not graph_file.is_file():
        raise InputError(
            Store.NO_SUCH_GRAPH_FILE, f"{graph_file}: no such graph file (build one with `kg build`, or pass --graph/--store)"
        )
    store = ox.Store()
    with _reading(graph_file, fmt):
        if fmt.supports_datasets:
            store.extend(_merged(graph_file, fmt))
        else:  # the fast path: no graph names to drop
            store.load(path=graph_file, format=fmt, base_iri=graph_file.resolve().as_uri())
    return store


def _parse(graph_file: Path, fmt):
    import pyoxigraph as ox

    return ox.parse(path=graph_file, format=fmt, base_iri=graph_file.resolve().as_uri())


def _with_default(quads, parsed: list[int]):
    """Each quad, and for a quad in a named graph also its triple in the default graph;
    ``parsed[0]`` counts the quads read."""
    import pyoxigraph as ox

    for quad in quads:
        parsed[0] += 1
        yield quad
        if not isinstance(quad.graph_name, ox.DefaultGraph):
            yield ox.Quad(quad.subject, quad.predicate, quad.object)


def _merged(graph_file: Path, fmt):
    """The file's statements, each moved into the default graph."""
    import pyoxigraph as ox

    for quad in _parse(graph_file, fmt):
        yield quad if isinstance(quad.graph_name, ox.DefaultGraph) else ox.Quad(
            quad.subject, quad.predicate, quad.object
        )


def _replace(store, graph_file: Path, fmt, scratch_dir: Path) -> tuple[int, int, int, int]:
    """Swap each named graph of the file into ``store``; returns (read, graphs, removed, unknown).
    The file is first loaded into a scratch store at ``scratch_dir``, which groups it by graph."""
    import pyoxigraph as ox

    shutil.rmtree(scratch_dir, ignore_errors=True)
    try:
        scratch = ox.Store(str(scratch_dir))
        read = bulk_add(scratch, _parse(graph_file, fmt))
        graphs = removed = unknown = 0
        for name in sorted(scratch.named_graphs(), key=str):
            graphs += 1
            unknown += not store.contains_named_graph(name)
            new = {(q.subject, q.predicate, q.object) for q in scratch.quads_for_pattern(None, None, None, name)}
            old = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, name)}
            for s, p, o in old - new:
                store.remove(ox.Quad(s, p, o, name))
                others = (q for q in store.quads_for_pattern(s, p, o, None) if not isinstance(q.graph_name, ox.DefaultGraph))
                if next(others, None) is None:  # no other article supports it: it leaves
                    store.remove(ox.Quad(s, p, o))
                    removed += 1
            bulk_add(store, (ox.Quad(s, p, o, g) for s, p, o in new - old for g in (name, ox.DefaultGraph())))
        bulk_add(store, scratch.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        del scratch
        gc.collect()
        return read, graphs, removed, unknown
    finally:
        shutil.rmtree(scratch_dir, ignore_errors=True)


@contextmanager
def _reading(graph_file: Path, fmt):
    try:
        yield
    except SyntaxError as err:
        raise InputError(Store.INVALID_RDF, f"{graph_file}: not valid {fmt.name}: {err}") from err
    except OSError as err:
        raise InputError(Store.CANNOT_READ, f"{graph_file}: cannot read: {err}") from err
