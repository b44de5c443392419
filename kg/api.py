"""The Python API: ``build_graph``, ``query`` and ``load``, exported by ``kg`` itself.

``build_graph`` runs the same build as ``kg build`` (facts store, Oxigraph store, exports,
validation) on texts held in memory: they are written as article files with a
``metadata.csv`` into the output folder's private ``.kg/api-input`` (or a temporary folder), so
an article's id, date and outlet mean exactly what they mean for files, and a second call into
the same folder analyses only the texts that are new. ``query`` is ``kg.query.query``;
``load`` puts graph files into a store or pushes them to a SPARQL server, as ``kg load``.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kg.errors import Cli, InputError, KgError
from kg.model import Article, Skipped

__all__ = ["BuiltGraph", "build_graph", "query", "load"]

_INPUT = "api-input"  # inside <out>/.kg/
_SAFE_ID = re.compile(r"[\w][\w.,+=@ -]{0,150}")
_TEXT_KEYS = ("text", "maintext")
_FIELDS = {"published": ("published", "date_publish", "date"), "outlet": ("outlet", "source_domain", "publisher"),
           "url": ("url",), "title": ("title",)}


@dataclass(frozen=True)
class BuiltGraph:
    """What ``build_graph`` made: where it is, what went in and what came out.

    ``query(text, **params)`` runs a named query or SPARQL over its store; ``out`` holds the
    exports (``files``) and ``store``; ``skipped`` lists the inputs that could not be used.
    A temporary output folder lives as long as this object.
    """

    out: Path
    store: Path
    files: tuple[Path, ...]
    articles: int
    entities: int
    calls: int
    triples: int
    violations: int
    skipped: tuple[Skipped, ...]
    _tmp: Any = field(default=None, repr=False, compare=False)

    def query(self, text: str, params: Mapping[str, str] | None = None, /, **more: str):
        """``kg.query(self, text, params)``: a ``QueryResult``."""
        from kg.query import query as run

        return run(self, text, params, **more)


def build_graph(
    texts_or_articles: Iterable[str | Mapping[str, Any] | Article],
    out: str | Path | None = None,
    *,
    formats: Sequence[str] = ("ttl",),
    validate: bool = True,
    model: str | None = None,
    gazetteers: Sequence[str | Path] = (),
    jobs: int = 1,
    mentions: str = "cued",
) -> BuiltGraph:
    """Build the knowledge graph of some news texts.

    Args:
        texts_or_articles: article texts (``str``), records as dicts (``text`` or ``maintext``,
            and optionally ``id``, ``published``/``date_publish`` (a date or ``YYYY-MM-DD``),
            ``outlet``, ``url``, ``title``) or ``kg.model.Article`` records. Relative dates
            ("on Thursday") need a publication date.
        out: the output folder (the exports, the store and the facts store go there, as with
            ``kg build --out``); ``None`` builds in a temporary folder kept while the result is.
        formats: export formats (``ttl``, ``nt``, ``trig``, ``jsonld``, ``graphml``, ``gexf``, ...).
        validate: check the graph against the SHACL shapes (``violations`` in the result).
        model, gazetteers, jobs: as ``kg build --model/--gazetteer/--jobs``.
        mentions: as ``kg build --mentions``: "cued" records the people, countries and outlets
            of the articles that hold a cue of a call (the others keep their node, metadata and
            publisher, and skip spaCy); "all" those of every article.

    Returns:
        A ``BuiltGraph``; ``result.query("calls").records()`` lists the calls.

    Raises:
        KgError: E010 for an item that is not a text, a dict or an Article, E202 when no text
            gives an article, E400 for an unknown format, E345 for an unknown ``mentions``; see
            the README's error codes.
    """
    from kg.build.pipeline import build
    from kg.config import Settings

    tmp = None
    if out is None:
        tmp = tempfile.TemporaryDirectory(prefix="newskg-")
        out = Path(tmp.name)
    out = Path(out)
    folder = out / ".kg" / _INPUT
    _write_inputs(list(texts_or_articles), folder)
    settings = Settings(inputs=(folder,), out_dir=out, model=model, gazetteers=tuple(map(Path, gazetteers)),
                        formats=tuple(formats), validate=validate, jobs=jobs, mentions=mentions)
    result = build(settings)
    return BuiltGraph(
        out=out, store=out / "store", files=result.files, articles=result.articles, entities=result.entities,
        calls=result.calls, triples=result.triples, violations=result.violations, skipped=result.skipped, _tmp=tmp,
    )


def query(source: Any, text: str, params: Mapping[str, str] | None = None, /, **more: str):
    """Run a named query or SPARQL text over a graph; see ``kg.query.query``."""
    from kg.query import query as run

    return run(source, text, params, **more)


def load(graph_files: str | Path | Iterable[str | Path], store: str | Path | None = None, *,
         endpoint: str | None = None, replace: bool = False, graph_iri: str | None = None,
         timeout: float = 60.0) -> list[Any]:
    """Load graph files into an Oxigraph store and/or push them to a SPARQL server.

    Args:
        graph_files: one path or several (.ttl, .nt, .trig, .nq, .jsonld).
        store: a store directory, created if missing (``kg query --store`` reads it).
        endpoint: a SPARQL server's Graph Store Protocol or Update URL.
        replace: replace each article's named graph instead of adding (TriG or N-Quads).
        graph_iri, timeout: as ``kg load --graph-iri/--timeout``.

    Returns:
        One report per file and target: ``kg.store.local.LoadReport`` for the store,
        ``kg.store.endpoint.PushReport`` for the endpoint.
    """
    from kg.errors import Store

    files = [Path(graph_files)] if isinstance(graph_files, (str, Path)) else [Path(f) for f in graph_files]
    if store is None and endpoint is None:
        raise InputError(Store.NO_TARGET, "say where to load: store=DIR and/or endpoint=URL")
    reports: list[Any] = []
    if store is not None:
        from kg.store.local import load_into_store

        reports += [load_into_store(f, Path(store), replace=replace) for f in files]
    if endpoint is not None:
        from kg.store.endpoint import push_file

        reports += [push_file(f, endpoint, graph_iri, replace=replace, timeout=timeout) for f in files]
    return reports


# --- texts as article files ------------------------------------------------------------------


def _write_inputs(items: list[Any], folder: Path) -> None:
    """One .txt file per item and a metadata.csv, replacing what the folder held before."""
    rows = []
    names: set[str] = set()
    texts = []
    for number, item in enumerate(items, 1):
        text, meta = _parts(item, number)
        name = _file_name(meta.pop("id", None), number, names)
        names.add(name)
        texts.append((name, text))
        rows.append({"file": name, **meta})
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name, text in texts:
        (folder / name).write_text(text, encoding="utf-8")
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, ["file", "published", "outlet", "url", "title"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    (folder / "metadata.csv").write_text(buffer.getvalue(), encoding="utf-8")


def _parts(item: Any, number: int) -> tuple[str, dict[str, str]]:
    if isinstance(item, str):
        return item, {}
    if isinstance(item, Article):
        m = item.meta
        return item.text, {"id": m.id, "published": _day(m.published), "outlet": m.outlet or "", "url": m.url or "",
                           "title": m.title or ""}
    if isinstance(item, Mapping):
        text = next((item[k] for k in _TEXT_KEYS if isinstance(item.get(k), str)), None)
        if text is None:
            raise KgError(Cli.BAD_TEXTS, f"item {number}: a dict needs the article's text under 'text' or 'maintext'")
        meta = {name: _day(_first(item, keys)) if name == "published" else str(_first(item, keys) or "")
                for name, keys in _FIELDS.items()}
        if item.get("id") is not None:
            meta["id"] = str(item["id"])
        return text, meta
    raise KgError(Cli.BAD_TEXTS, f"item {number}: {type(item).__name__} is not a text (str), a dict or an Article")


def _first(item: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    return next((item[k] for k in keys if item.get(k) not in (None, "")), None)


def _day(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10] if value else ""  # "2025-02-12 08:00:00" (news-please) -> its day


def _file_name(given: str | None, number: int, taken: set[str]) -> str:
    """The article's id as the file name when it is a plain one, else its number."""
    stem = given[:-4] if given and given.endswith(".txt") else given
    name = f"{stem}.txt" if stem and _SAFE_ID.fullmatch(stem) and stem != "metadata" else f"{number:06d}.txt"
    while name in taken:
        name = f"{name[:-4]}-{number}.txt"
    return name
