"""The persistent graph store: an Oxigraph (RocksDB) directory that `kg load` fills and
`kg query --store` reads.

Owns opening a store directory safely (never creating one by accident, one clear error when it is
locked), reading graph files (into a store on disk, or into memory for ``kg.query.run``), and the
file-extension -> RDF format rule.

Everything goes into the default graph: the named graphs of a .trig/.nq/.jsonld file are merged
into it, so a triple the build repeats in a per-article provenance graph is still one triple and
a query never sees it twice. A store is a set, so loading the same file again adds nothing. Blank
nodes are the one exception: each parse mints fresh ones, so a file with blank nodes grows the
store on every load (our graphs have none).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from kg.errors import InputError

if TYPE_CHECKING:  # pyoxigraph is imported lazily so `kg --help` stays fast
    import pyoxigraph

__all__ = [
    "LoadReport",
    "load_into_store",
    "read_graph",
    "store_size",
    "with_store",
    "is_store",
    "rdf_format",
    "EXTENSIONS",
]

T = TypeVar("T")

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
    """One file loaded into a store: statements parsed (a triple repeated in several named graphs
    counts each time), how many triples were new, and the store size after."""

    file: Path
    read: int
    added: int
    total: int


def rdf_format(path: Path) -> "pyoxigraph.RdfFormat":
    """The RDF format of ``path`` from its extension; ``InputError`` for an unknown one."""
    import pyoxigraph as ox

    name = EXTENSIONS.get(path.suffix.lower())
    if name is None:
        raise InputError(
            "E520",
            f"{path}: cannot tell the RDF format from the extension "
            f"(use one of {', '.join(EXTENSIONS)})",
        )
    return getattr(ox.RdfFormat, name)


def is_store(path: Path) -> bool:
    """True when ``path`` is a directory holding an Oxigraph (RocksDB) store."""
    return (Path(path) / "CURRENT").is_file()


def with_store(
    store_dir: Path, use: Callable[["pyoxigraph.Store"], T], *, create: bool = False, read_only: bool = False
) -> T:
    """Open the store at ``store_dir``, call ``use(store)``, flush, and let the store go.

    ``read_only`` opens it without RocksDB's write lock, so readers never block each other
    (what a reader sees while another process writes is undefined, say pyoxigraph's docs).

    The store is closed as soon as nobody references it (pyoxigraph has no ``close()``), so it is
    handed to a callback instead of being returned, and the frames of a failing callback are
    cleared: a traceback kept by the caller (a test, a REPL) must not keep RocksDB's lock. ``use``
    must return plain data, never the store or a lazy iterator over it.
    """
    store = _open(Path(store_dir), create=create and not read_only, read_only=read_only)
    try:
        result = use(store)
        if not read_only:
            store.flush()
        return result
    except BaseException as err:
        traceback.clear_frames(err.__traceback__)
        raise
    finally:
        del store


def load_into_store(graph_file: Path, store_dir: Path) -> LoadReport:
    """Add the statements of ``graph_file`` to the store at ``store_dir`` (created if missing).

    Atomic: a syntax error half-way through leaves the store as it was. Loading a file twice
    changes nothing the second time (``added == 0``).
    """
    graph_file = Path(graph_file)
    fmt = rdf_format(graph_file)
    if not graph_file.is_file():
        raise InputError("E521", f"{graph_file}: no such graph file")
    return with_store(Path(store_dir), lambda store: _load(store, graph_file, fmt), create=True)


def store_size(store_dir: Path) -> int:
    """How many quads the store at ``store_dir`` holds."""
    return with_store(Path(store_dir), len)


def read_graph(graph_file: Path) -> "pyoxigraph.Store":
    """An in-memory store holding the file's triples (all its graphs merged), for querying."""
    import pyoxigraph as ox

    graph_file = Path(graph_file)
    fmt = rdf_format(graph_file)
    if not graph_file.is_file():
        raise InputError(
            "E521", f"{graph_file}: no such graph file (build one with `kg build`, or pass --graph/--store)"
        )
    store = ox.Store()
    with _reading(graph_file, fmt):
        if fmt.supports_datasets:
            store.extend(_merged(graph_file, fmt))
        else:  # the fast path: no graph names to drop
            store.load(path=graph_file, format=fmt, base_iri=graph_file.resolve().as_uri())
    return store


def _load(store, graph_file: Path, fmt) -> LoadReport:
    before = len(store)
    read = 0

    def counted(quads):
        nonlocal read
        for quad in quads:
            read += 1
            yield quad

    with _reading(graph_file, fmt):
        # extend() is one transaction, so nothing is written unless the whole file parses.
        store.extend(counted(_merged(graph_file, fmt)))
    total = len(store)
    return LoadReport(file=graph_file, read=read, added=total - before, total=total)


def _merged(graph_file: Path, fmt):
    """The file's statements, each moved into the default graph."""
    import pyoxigraph as ox

    quads = ox.parse(path=graph_file, format=fmt, base_iri=graph_file.resolve().as_uri())
    for quad in quads:
        yield quad if isinstance(quad.graph_name, ox.DefaultGraph) else ox.Quad(
            quad.subject, quad.predicate, quad.object
        )


@contextmanager
def _reading(graph_file: Path, fmt):
    try:
        yield
    except SyntaxError as err:
        raise InputError("E522", f"{graph_file}: not valid {fmt.name}: {err}") from err
    except OSError as err:
        raise InputError("E523", f"{graph_file}: cannot read: {err}") from err


def _open(store_dir: Path, *, create: bool, read_only: bool = False) -> "pyoxigraph.Store":
    import pyoxigraph as ox

    if store_dir.exists() and not store_dir.is_dir():
        raise InputError("E524", f"{store_dir}: is a file, not a store directory")
    if not is_store(store_dir):
        if not create:
            raise InputError(
                "E525",
                f"{store_dir}: not an Oxigraph store (create one with `kg load GRAPH --store {store_dir}`)",
            )
        if store_dir.is_dir() and any(store_dir.iterdir()):
            raise InputError(
                "E526",
                f"{store_dir}: directory is not empty and holds no store; "
                "choose a new or empty directory for --store",
            )
    try:
        return ox.Store.read_only(str(store_dir)) if read_only else ox.Store(str(store_dir))
    except OSError as err:
        if "lock" in str(err).lower():
            raise InputError(
                "E527",
                f"{store_dir}: the store is in use (open in this process, or by another program "
                "such as a running `oxigraph serve`); close it and retry",
            ) from err
        raise InputError("E528", f"{store_dir}: cannot open the store: {err}") from err
