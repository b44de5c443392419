"""Push a dataset (TriG, N-Quads) to a SPARQL server graph by graph: ``kg load --endpoint`` for
files with named graphs, and ``--replace`` by article graph.

Each named graph of the file goes to the graph of the same name on the server (``push_file``
with that graph IRI, so every protocol rule and error message of ``kg.store.endpoint`` holds);
with ``replace=True`` it replaces that graph. The file's default graph (in a newskg TriG export:
the merged graph, the union of the article graphs) goes to the target graph (``--graph-iri`` or
the server's default graph), added to it without ``replace``, and not at all with ``replace``:
adding it would pile the new merged graph on the old one, so there the merged view is the union
of the article graphs, which Virtuoso and GraphDB query by default (Fuseki with
``tdb2:unionDefaultGraph``, ``oxigraph serve`` with ``--union-default-graph``).
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError, Remote
from kg.store.endpoint import PushReport, push_file

__all__ = ["DatasetPushReport", "push_dataset"]


@dataclass(frozen=True, slots=True)
class DatasetPushReport:
    """The pushes of one dataset file: one per graph, and how many triples went in all."""

    pushes: tuple[PushReport, ...]
    skipped_default: int  # triples of the file's default graph left out (``replace``)

    @property
    def triples(self) -> int:
        return sum(p.triples for p in self.pushes)


def push_dataset(
    path: Path, endpoint: str, graph_iri: str | None = None, *, replace: bool = False, **options
) -> DatasetPushReport:
    """Push ``path`` (TriG or N-Quads) graph by graph; ``options`` go to ``push_file``."""
    import pyoxigraph as ox

    path = Path(path)
    try:
        fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower())
    except ValueError:
        fmt = None
    if fmt is None or not fmt.supports_datasets:
        raise InputError(Remote.NOT_A_DATASET, f"{path}: not a TriG or N-Quads file")
    folder = Path(tempfile.mkdtemp(prefix="kg-push-"))
    try:
        files: dict[str, Path] = {}
        handles = {}
        try:
            for quad in ox.parse(path=path, format=fmt, base_iri=path.resolve().as_uri()):
                name = "" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
                if name not in handles:
                    files[name] = folder / f"{len(files)}.nt"
                    handles[name] = open(files[name], "w", encoding="utf-8")
                handles[name].write(f"{ox.Triple(quad.subject, quad.predicate, quad.object)} .\n")
        except SyntaxError as err:
            raise InputError(Remote.INVALID_RDF, f"{path}: not valid {fmt.name}: {err}") from err
        except OSError as err:
            raise InputError(Remote.CANNOT_READ, f"{path}: cannot read: {err.strerror or err}") from err
        finally:
            for handle in handles.values():
                handle.close()
        pushes = []
        skipped = 0
        for name in sorted(files):
            if not name:
                if replace and len(files) > 1:
                    skipped = sum(1 for _ in open(files[name], encoding="utf-8"))
                    continue
                pushes.append(push_file(files[name], endpoint, graph_iri, replace=replace, **options))
            else:
                pushes.append(push_file(files[name], endpoint, name, replace=replace, **options))
        return DatasetPushReport(tuple(pushes), skipped)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
