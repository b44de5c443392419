"""newskg: news articles in, one knowledge graph of leaders' calls out.

The public Python API (the README's "Python API")::

    import kg

    graph = kg.build_graph(["Emmanuel Macron spoke by phone with Olaf Scholz on Monday."])
    print(kg.query(graph, "calls").records())

* ``kg.build_graph(texts_or_articles, out=None, ...)`` -> ``kg.api.BuiltGraph``
* ``kg.query(source, named_query_or_sparql, params)`` -> ``kg.query.results.QueryResult``
* ``kg.load(graph_files, store=..., endpoint=...)`` -> load reports

Importing the package does no work: these names are looked up when first used. The stages live
in their own packages (``kg.read`` -> ``kg.extract`` -> ``kg.resolve`` -> ``kg.rdf`` ->
``kg.write``/``kg.store``, orchestrated by ``kg.build``).
"""

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "build_graph", "query", "load", "BuiltGraph"]

if TYPE_CHECKING:  # pragma: no cover
    from kg.api import BuiltGraph, build_graph, load
    from kg.query import query


def __getattr__(name: str) -> Any:
    if name == "query":  # the package kg.query, which is callable: kg.query(...) runs a query
        import kg.query

        return kg.query
    if name in ("build_graph", "load", "BuiltGraph"):
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
