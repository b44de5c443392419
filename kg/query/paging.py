"""Pages of the long listings: ``kg query calls`` shows its first 100 calls, not all 20,000.

Owns the page forms shipped in ``kg/query/named/pages/``. A named query whose header has
``# page: 100 calls`` (the default page size, and what a row is) has two companions there:
``NAME.rq`` lists the same rows in the same order as the named query, with ``LIMIT $limit
OFFSET $offset``, but picks the page's rows before it reads their strings (names, labels, ids)
and builds the lists of those rows only; ``NAME.count.rq`` counts the rows of the whole listing
(one ``?rows`` cell) without reading a string. At 10k articles the whole ``calls`` listing takes
about 2 CPU seconds from the store, a page and its count about half a second
(``benchmarks/README.md``). ``tests/test_query_paging.py`` checks that the pages of every such
query, put end to end, are its whole listing.

Any other query is run whole and cut (``page_of``): paging it saves nothing but the printing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from importlib.resources import files
from typing import Any

from kg.errors import KgError, Query
from kg.query.results import QueryResult
from kg.query.run import NamedQuery, bind_params, run_queries

__all__ = ["Paging", "paging", "run_page", "page_of"]

_PAGE = re.compile(r"([1-9][0-9]*)\s+(\S.*)")


@dataclass(frozen=True, slots=True)
class Paging:
    """How a named query is paged: default rows per page, what a row is, its page and count forms."""

    size: int
    unit: str
    sparql: str  # the page form; $limit, $offset and the query's own $params unfilled
    count: str  # the count form: one ?rows cell


def paging(query: NamedQuery) -> Paging | None:
    """The page forms of a shipped query with a ``# page:`` header; None for any other query."""
    if not query.page:
        return None
    match = _PAGE.fullmatch(query.page.strip())
    if not match:
        raise KgError(Query.BAD_PAGE_FORM, f"{query.name}: bad page line {query.page!r} (want `# page: 100 calls`)")
    folder = files("kg") / "query" / "named" / "pages"
    try:
        sparql = (folder / f"{query.name}.rq").read_text(encoding="utf-8")
        count = (folder / f"{query.name}.count.rq").read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise KgError(Query.BAD_PAGE_FORM, f"{query.name}: has a page line but no page form ({err.filename})") from err
    return Paging(int(match.group(1)), match.group(2).strip(), sparql, count)


def run_page(
    source: Any, query: NamedQuery, params: Mapping[str, str] | None = None, *, limit: int | None = None,
    offset: int = 0,
) -> QueryResult:
    """Rows ``offset`` to ``offset + limit`` of ``query``'s listing, with the listing's ``total``.

    ``limit`` None is the query's default page (every row for a query without a page form).
    A query with a page form reads only the page's strings; any other one runs whole and is cut.
    Sources and errors as ``kg.query.run.run_query``; ``ValueError`` for a ``limit`` below 1 or a
    negative ``offset``.
    """
    if limit is not None and limit < 1 or offset < 0:
        raise ValueError(f"a page needs limit >= 1 and offset >= 0, not {limit} and {offset}")
    form = paging(query)
    if form is None:
        return page_of(run_queries(source, [bind_params(query, params)])[0], limit, offset)
    size = form.size if limit is None else limit
    # the page's bounds first: a parameter's value may hold "$limit" and must stay as it is
    page_text = form.sparql.replace("$limit", str(size)).replace("$offset", str(offset))
    page, counted = run_queries(source, [bind_params(replace(query, sparql=page_text), params),
                                         bind_params(replace(query, sparql=form.count), params)])
    return replace(page, total=int(counted.rows[0][0]), offset=offset, unit=form.unit)


def page_of(result: QueryResult, limit: int | None, offset: int = 0) -> QueryResult:
    """Rows ``offset`` to ``offset + limit`` of a whole result (``limit`` None: to the end)."""
    if result.kind == "ask" or (limit is None and not offset):
        return result
    end = None if limit is None else offset + limit
    return replace(result, rows=result.rows[offset:end], terms=result.terms[offset:end], total=len(result.rows),
                   offset=offset)
