"""Query results as plain records, and how they are shown.

Owns ``QueryResult`` (columns and rows of display strings, plus the full terms for JSON), the
display form of IRIs (compacted with the project prefixes; ``expand`` is the inverse, for
parameters typed by hand) and the renderers: an aligned table, CSV, TSV and SPARQL 1.1 Query
Results JSON. No pyoxigraph or rdflib objects cross this module: ``kg.query.run`` converts them.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any

from kg.errors import KgError, Query
from kg.rdf.vocab import DISPLAY_PREFIXES, compact, expand

__all__ = [
    "Term",
    "QueryResult",
    "FORMATS",
    "DISPLAY_PREFIXES",
    "compact",
    "expand",
    "display",
    "render",
    "check_format",
    "to_table",
    "to_csv",
    "to_tsv",
    "to_json",
]

FORMATS = ("table", "csv", "tsv", "json")
@dataclass(frozen=True, slots=True)
class Term:
    """One result cell as SPARQL JSON results describe it: uri, literal, bnode or triple."""

    kind: str
    value: str
    datatype: str | None = None
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Columns and rows of display strings (compact IRIs, literal values, "" when unbound).

    ``terms`` keeps the full terms row by row for ``to_json``; ``boolean`` is set for ASK.
    A page of a longer listing (``kg.query.paging``) has ``total``, the rows of the whole
    listing, and ``offset``, how many of them come before its first row; ``unit`` says what a
    row is ("calls"). A whole listing has ``total`` None.
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    terms: tuple[tuple[Term | None, ...], ...] = ()
    kind: str = "select"  # "select", "ask" or "graph" (CONSTRUCT/DESCRIBE)
    boolean: bool | None = None
    total: int | None = None
    offset: int = 0
    unit: str = "rows"

    def records(self) -> list[dict[str, str]]:
        """The rows as dicts, column name -> display string."""
        return [dict(zip(self.columns, row)) for row in self.rows]


def display(term: Term | None) -> str:
    """A cell as shown: compact IRI, literal value, ``_:id`` for a blank node, "" when unbound."""
    if term is None:
        return ""
    if term.kind == "uri":
        return compact(term.value)
    if term.kind == "bnode":
        return f"_:{term.value}"
    return term.value


# --- renderers -------------------------------------------------------------------------------


def check_format(fmt: str) -> None:
    """``KgError`` E511 unless ``fmt`` is one of ``FORMATS``."""
    if fmt not in FORMATS:
        raise KgError(Query.UNKNOWN_FORMAT, f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}")


def render(result: QueryResult, fmt: str) -> str:
    """The result in one of ``FORMATS``."""
    check_format(fmt)
    renderers = {"table": to_table, "csv": to_csv, "tsv": to_tsv, "json": to_json}
    return renderers[fmt](result)


def to_table(result: QueryResult) -> str:
    """Aligned columns with a header rule and a ``(N rows)`` footer."""
    rows = [[_one_line(cell) for cell in row] for row in result.rows]
    widths = [len(c) for c in result.columns]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row)]

    def line(cells) -> str:
        return "  ".join(cell.ljust(w) for cell, w in zip(cells, widths)).rstrip()

    out = [line(result.columns), "  ".join("-" * w for w in widths)]
    out += [line(row) for row in rows]
    n = len(rows)
    out.append(f"({n} row{'' if n == 1 else 's'})")
    return "\n".join(out)


def to_csv(result: QueryResult) -> str:
    """RFC 4180 CSV of the display values, header first."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows(result.rows)
    return buf.getvalue()


def to_tsv(result: QueryResult) -> str:
    """Tab-separated display values; tabs and line breaks inside a value become spaces."""
    lines = ["\t".join(result.columns)]
    lines += ["\t".join(_one_line(cell) for cell in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def to_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON: full IRIs, datatypes and language tags."""
    if result.kind == "ask":
        doc: dict[str, Any] = {"head": {}, "boolean": bool(result.boolean)}
    else:
        bindings = []
        for row in result.terms:
            binding = {}
            for column, term in zip(result.columns, row):
                if term is None:
                    continue
                cell: dict[str, str] = {"type": term.kind, "value": term.value}
                if term.datatype:
                    cell["datatype"] = term.datatype
                if term.lang:
                    cell["xml:lang"] = term.lang
                binding[column] = cell
            bindings.append(binding)
        doc = {"head": {"vars": list(result.columns)}, "results": {"bindings": bindings}}
    return json.dumps(doc, indent=2, ensure_ascii=False)


def _one_line(text: str) -> str:
    """Line breaks and tabs as spaces: they would break a table row or a TSV record."""
    if "\n" in text or "\r" in text:
        text = " ".join(text.splitlines())
    return text.replace("\t", " ")
