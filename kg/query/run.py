"""Named SPARQL queries over a built graph: the shipped files, their parameters, running them.

Owns the query files shipped in ``kg/query/named/*.rq`` (their ``# title:``, ``# description:``,
``# param: name: what`` and ``# page: N rows`` header lines; pages are ``kg.query.paging``'s),
the safe filling of ``$name`` placeholders, running a query
with pyoxigraph over a graph file (parsed into memory) or a persistent store directory
(``kg.store.local``), and turning pyoxigraph's answer into a ``kg.query.results.QueryResult``. The result
records and renderers (table, CSV, TSV, SPARQL JSON) live in ``kg.query.results`` and are re-exported
here, so ``from kg.query.run import run_query, to_table`` is the whole API.

Ad-hoc queries need no PREFIX lines: ``QUERY_PREFIXES`` (rdf, rdfs, xsd, owl, skos, schema, kg,
wd, id and the data prefixes of the Turtle export: person, call, outlet, ...) are declared for
every query; a query's own PREFIX wins. A syntax error is one short message with the line and
column and the line itself, marked, not the parser's grammar.

Result kinds: SELECT gives its variables as columns; ASK gives one ``ask`` column with one
``true``/``false`` cell; CONSTRUCT and DESCRIBE give ``subject``/``predicate``/``object`` rows,
sorted, so every renderer works on them too. Queries see the default graph, into which
``kg.store.local`` merges the named graphs of a .trig/.nq/.jsonld file: each triple is seen once.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from kg.errors import InputError, KgError, Query
from kg.rdf.ids import PATHS
from kg.rdf.vocab import DATA, DISPLAY_PREFIXES
from kg.query.syntax import syntax_message
from kg.query.results import (
    FORMATS,
    QueryResult,
    Term,
    compact,
    display,
    expand,
    render,
    to_csv,
    to_json,
    to_table,
    to_tsv,
)

__all__ = [
    "QueryParam",
    "NamedQuery",
    "Term",
    "QueryResult",
    "FORMATS",
    "list_queries",
    "get_query",
    "parse_query",
    "read_query_file",
    "resolve_query",
    "build_source",
    "bind_params",
    "load_query",
    "run_query",
    "run_queries",
    "default_source",
    "QUERY_PREFIXES",
    "compact",
    "expand",
    "render",
    "to_table",
    "to_csv",
    "to_tsv",
    "to_json",
]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
_HEADER = re.compile(r"#\s*(title|description|param|page)\s*:\s*(.*)")
_PLACEHOLDER = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)\b")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

#: Declared for every query: the standard prefixes, ours, and one per kind of data IRI
QUERY_PREFIXES: dict[str, str] = {**DISPLAY_PREFIXES, **{path: f"{DATA}{path}/" for path in PATHS}}


@dataclass(frozen=True, slots=True)
class QueryParam:
    name: str
    description: str


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A query file: its name (file stem), header and SPARQL text (placeholders unfilled).

    ``page`` is the ``# page:`` header of a shipped query that ``kg query`` shows a page at a
    time (``"100 calls"``: the default page and what a row is; see ``kg.query.paging``).
    """

    name: str
    title: str
    description: str
    params: tuple[QueryParam, ...]
    sparql: str
    page: str = ""


# --- query files -----------------------------------------------------------------------------


def list_queries() -> list[NamedQuery]:
    """The queries shipped with the package, sorted by name."""
    folder = files("kg") / "query" / "named"
    found = [
        parse_query(entry.read_text(encoding="utf-8"), entry.name[: -len(".rq")])
        for entry in folder.iterdir()
        if entry.name.endswith(".rq")
    ]
    return sorted(found, key=lambda q: q.name)


def get_query(name: str) -> NamedQuery:
    """The shipped query called ``name``; ``KgError`` listing the available names otherwise."""
    queries = {q.name: q for q in list_queries()}
    if name not in queries:
        raise KgError(
            Query.UNKNOWN_QUERY, f"no query named {name!r}; available: {', '.join(sorted(queries))}"
        )
    return queries[name]


def parse_query(text: str, name: str = "query") -> NamedQuery:
    """Read the header comment lines of a query text (all optional for user queries)."""
    fields: dict[str, str] = {}
    params: list[QueryParam] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = _HEADER.fullmatch(stripped)
        if not match:
            continue
        key, value = match.group(1), match.group(2).strip()
        if key == "param":
            pname, _, pdesc = value.partition(":")
            pname = pname.strip()
            if not _NAME.fullmatch(pname):
                raise KgError(Query.BAD_PARAM_LINE, f"{name}: bad parameter line {stripped!r} (want `# param: name: what it is`)")
            params.append(QueryParam(pname, pdesc.strip()))
        else:
            fields[key] = value
    return NamedQuery(
        name=name,
        title=fields.get("title", name),
        description=fields.get("description", ""),
        params=tuple(params),
        sparql=text,
        page=fields.get("page", ""),
    )


def resolve_query(text: str) -> NamedQuery:
    """A shipped query by name, or SPARQL text: a bare word is a name (a typo gets the list of
    names), anything with a space or a brace is SPARQL."""
    if text in {q.name for q in list_queries()} or not any(c in text for c in " \n\t{"):
        return get_query(text)
    return parse_query(text, "query")


def read_query_file(path: Path) -> NamedQuery:
    """A user's .rq file as a ``NamedQuery`` (named after the file)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise InputError(Query.FILE_UNREADABLE, f"{path}: cannot read the query file: {err.strerror or err}") from err
    return parse_query(text, path.stem)


def bind_params(query: NamedQuery, params: Mapping[str, str] | None = None) -> str:
    """The query's SPARQL with each declared ``$name`` replaced by a quoted string literal.

    Values are escaped, so a quote or brace in a name cannot change the query. A value written as
    ``<IRI>`` or as a compact IRI with a project prefix (``id:call/...``, as the table output
    shows them) is expanded to the full IRI first, so it compares equal to ``STR(?iri)``.
    """
    params = dict(params or {})
    declared = {p.name for p in query.params}
    unknown = sorted(set(params) - declared)
    if unknown:
        allowed = ", ".join(sorted(declared)) or "none"
        raise KgError(Query.UNKNOWN_PARAM, f"query {query.name!r} has no parameter {', '.join(unknown)} (parameters: {allowed})")
    missing = [p for p in query.params if p.name not in params]
    if missing:
        wanted = "; ".join(f"{p.name}: {p.description}" for p in missing)
        raise KgError(Query.MISSING_PARAM, f"query {query.name!r} needs --param {missing[0].name}=... ({wanted})")

    def fill(match: re.Match) -> str:
        name = match.group(1)
        return _sparql_string(expand(params[name])) if name in declared else match.group(0)

    return _PLACEHOLDER.sub(fill, query.sparql)


def load_query(name: str, params: Mapping[str, str] | None = None) -> str:
    """The SPARQL of the shipped query ``name`` with its parameters filled in."""
    return bind_params(get_query(name), params)


# --- running ---------------------------------------------------------------------------------


def default_source(out_dir: Path = Path("exports")) -> Path:
    """What ``kg query`` reads without --store or --graph: the build's store, or else (a build
    by an older newskg) its Turtle export."""
    from kg.store.local import is_store

    store = Path(out_dir) / "store"
    return store if is_store(store) or not (Path(out_dir) / "graph.ttl").exists() else Path(out_dir) / "graph.ttl"


def build_source(path: Path | str) -> Path:
    """What to query for a path: a build's output folder stands for its store (or, built by an
    older newskg, its graph.ttl); a store or a graph file for itself."""
    from kg.store.local import is_store

    path = Path(path)
    if path.is_dir() and not is_store(path):
        if is_store(path / "store"):
            return path / "store"
        if (path / "graph.ttl").is_file():
            return path / "graph.ttl"
    return path


def run_query(source: Any, sparql: str) -> QueryResult:
    """Run ``sparql`` over a store directory (``kg.store.local``), a graph file, a pyoxigraph
    Store or an rdflib Graph (or Dataset, whose graphs are queried as one).

    A store is opened read-only: any number of queries run at once, also while ``kg build`` or
    ``kg load`` writes its next generation (they see the old graph or the new one). A graph file
    is parsed into memory each time (pyoxigraph: about 1 s per 500k triples). ``KgError`` E509
    when the query does not parse, E517 for a source of another kind.
    """
    return run_queries(source, [sparql])[0]


def run_queries(source: Any, queries: list[str]) -> list[QueryResult]:
    """``run_query`` for several queries over one source, opened (or parsed) once."""
    import pyoxigraph as ox

    from kg.store.local import is_store, read_graph, read_store

    def run_all(store, union: bool = False) -> list[QueryResult]:
        return [_execute(store, sparql, union) for sparql in queries]

    if isinstance(source, ox.Store):
        return run_all(source)
    if type(source).__module__.startswith("rdflib"):
        return run_all(*_from_rdflib(source))
    if not isinstance(source, (str, Path)):
        raise KgError(
            Query.UNSUPPORTED_SOURCE,
            f"cannot query a {type(source).__name__}: give a store directory, a graph file, a pyoxigraph Store "
            "or an rdflib Graph",
        )
    path = Path(source)
    if path.is_dir() or path.is_symlink():
        if not is_store(path):
            raise InputError(Query.NOT_A_STORE, f"{path}: a directory but not an Oxigraph store (see `kg build` and `kg load`)")
        return read_store(path, run_all)
    return run_all(read_graph(path))


def _from_rdflib(graph: Any):
    """An in-memory pyoxigraph store holding an rdflib graph, and whether to query its union."""
    import pyoxigraph as ox
    import rdflib

    store = ox.Store()
    if isinstance(graph, rdflib.ConjunctiveGraph):  # a Dataset too: all its graphs
        with warnings.catch_warnings():  # rdflib's own N-Quads writer uses its deprecated contexts()
            warnings.simplefilter("ignore", DeprecationWarning)
            data = graph.serialize(format="nquads", encoding="utf-8")
        store.load(data, format=ox.RdfFormat.N_QUADS)
        return store, True
    if isinstance(graph, rdflib.Graph):
        store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
        return store, False
    raise KgError(Query.UNSUPPORTED_SOURCE, f"cannot query a {type(graph).__name__}: not an rdflib Graph")


def _execute(store, sparql: str, union: bool = False) -> QueryResult:
    import pyoxigraph as ox

    if not sparql.strip():
        raise KgError(Query.EMPTY, "the query is empty")
    try:
        answer = store.query(sparql, prefixes=QUERY_PREFIXES, use_default_graph_as_union=union)
        if isinstance(answer, ox.QueryBoolean):
            value = bool(answer)
            return QueryResult(
                ("ask",), ((str(value).lower(),),), ((Term("literal", str(value).lower(), _XSD_BOOLEAN),),),
                kind="ask", boolean=value,
            )
        if isinstance(answer, ox.QuerySolutions):
            columns = tuple(v.value for v in answer.variables)
            terms = [tuple(_term(solution[c]) for c in columns) for solution in answer]
            kind = "select"
        else:  # QueryTriples: CONSTRUCT / DESCRIBE
            columns = ("subject", "predicate", "object")
            triples = sorted(answer, key=str)  # N-Triples text: a stable order
            terms = [(_term(t.subject), _term(t.predicate), _term(t.object)) for t in triples]
            kind = "graph"
    except SyntaxError as err:
        raise KgError(Query.SYNTAX, f"the SPARQL query does not parse: {syntax_message(sparql, str(err))}") from err
    except OSError as err:
        raise KgError(Query.FAILED, f"the query failed: {err}") from err
    rows = tuple(tuple(display(t) for t in row) for row in terms)
    return QueryResult(columns, rows, tuple(terms), kind=kind)


def _term(node) -> Term | None:
    import pyoxigraph as ox

    if node is None:
        return None
    if isinstance(node, ox.NamedNode):
        return Term("uri", node.value)
    if isinstance(node, ox.BlankNode):
        return Term("bnode", node.value)
    if isinstance(node, ox.Literal):
        if node.language:
            return Term("literal", node.value, lang=node.language)
        datatype = node.datatype.value
        return Term("literal", node.value, None if datatype == _XSD_STRING else datatype)
    return Term("triple", str(node))  # RDF 1.2 triple term: shown in N-Triples syntax

# --- parameters ------------------------------------------------------------------------------


def _sparql_string(value: str) -> str:
    escaped = (
        value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    return f'"{escaped}"'
