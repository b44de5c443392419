"""Querying a built graph: the named SPARQL queries, how results are rendered, and diffs.

``query(source, text, params)`` is the Python API's query (``kg.query``): this package is also
callable, ``kg.query(...)`` being ``kg.query.query(...)``, so the public name and the package
name can be the same without one hiding the other once the package is imported.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

__all__ = ["query"]


def query(source: Any, text: str, params: Mapping[str, str] | None = None, /, **more: str):
    """Run a named query or SPARQL text over a graph and return its ``QueryResult``.

    Args:
        source: what ``kg.build_graph`` returned, a build's output folder, a store directory, a
            graph file (.ttl, .nt, .trig, .jsonld), an rdflib Graph or a pyoxigraph Store.
        text: a named query (``"calls"``, ``"timeline"``; see ``kg query --list``) or SPARQL.
            The prefixes kg:, schema:, rdfs:, rdf:, xsd:, skos:, owl:, wd:, id: and the data
            prefixes (person:, call:, ...) need no PREFIX line.
        params: the named query's parameters (``{"person": "Putin"}``); keywords work too.

    Returns:
        A ``kg.query.results.QueryResult``: ``columns``, ``rows`` of display strings (compact
        IRIs), ``records()`` as dicts, ``terms`` with full IRIs.

    Raises:
        KgError: E500 for an unknown name, E504 for a missing parameter, E509 for a syntax
            error (with the line and column), E517 for a source of another kind.
    """
    from kg.query.run import bind_params, build_source, resolve_query, run_query

    store = getattr(source, "store", None)
    if isinstance(store, PurePath):  # what kg.build_graph returned: query its store
        source = store
    elif isinstance(source, str) and not any(c in source for c in "\n{"):
        source = build_source(source)
    elif hasattr(source, "__fspath__"):
        source = build_source(source)
    sparql = bind_params(resolve_query(text), {**(params or {}), **more})
    return run_query(source, sparql)


class _CallablePackage(types.ModuleType):
    def __call__(self, *args: Any, **kwargs: Any):
        return query(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage
