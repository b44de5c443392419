"""A SPARQL syntax error as a person reads it: where, what was expected, the line marked.

pyoxigraph's parser reports ``error at LINE:COLUMN: expected one of ...`` followed by every
token and character class the grammar allows there, which can fill a screen, and its position
is where the parser gave up, often the end of the query. rdflib's SPARQL grammar (pyparsing)
points at the start of the clause that does not fit, so ``syntax_message`` asks it where the
error is and says ``cannot read the query from 'X' on`` there; when rdflib accepts the text
(syntax only Oxigraph reads, or a prefix that is not declared) it keeps Oxigraph's position,
names an undeclared prefix, and shortens the expected tokens to a few words. The line is shown with a caret under the column.
"""

from __future__ import annotations

import re

__all__ = ["syntax_message"]

_POSITION = re.compile(r"error at (\d+):(\d+): ?(.*)", re.DOTALL)
_PREFIXED = re.compile(r"([A-Za-z][\w.-]*)?:[\w.-]*$")
_SHOWN = 8  # expected tokens listed before "..."
_FOUND = re.compile(r"found (end of text|'.*?')\s+\(at char")


def syntax_message(sparql: str, error: str) -> str:
    """``"line 3, column 3: cannot read the query from 'FILTER' on\\n  FILTER (?o > )\\n  ^"``."""
    match = _POSITION.match(error.strip())
    found = _rdflib_position(sparql) if (match is None or "Prefix not found" not in match.group(3)) else None
    if found is not None:
        line_no, column, what = found
    elif match is None:
        return _shorten(error)
    else:
        line_no, column, what = int(match.group(1)), int(match.group(2)), match.group(3)
    lines = sparql.split("\n")
    line = lines[line_no - 1] if 0 < line_no <= len(lines) else ""
    column = max(1, min(column, len(line) + 1))
    if found is not None:
        pass
    elif "Prefix not found" in what:
        prefix, start = _prefix_before(line, column)
        what = f"unknown prefix {prefix!r}; declare it with PREFIX" if prefix else "unknown prefix"
        column = start or column
    else:
        what = _expected(what)
    at_end = found is None and line_no >= len(lines) and column > len(line.rstrip())
    where = "at the end of the query" if at_end else f"line {line_no}, column {column}"
    shown = line.expandtabs(1)
    return f"{where}: {what}\n  {shown}\n  {' ' * (column - 1)}^"


def _rdflib_position(sparql: str) -> tuple[int, int, str] | None:
    """(line, column, "unexpected 'X'") where rdflib's grammar stops, or None when it parses."""
    try:
        from pyparsing import ParseBaseException
        from rdflib.plugins.sparql.parser import parseQuery
    except ImportError:  # pragma: no cover - rdflib is a dependency
        return None
    try:
        parseQuery(sparql)
    except ParseBaseException as err:
        token = _FOUND.search(str(err))
        what = token.group(1) if token else ""
        # pyparsing stops where no rule matches any more: at the start of the clause that breaks
        # (`FILTER (?o > )` stops at FILTER), so the message says from where, not what
        ended = what == "end of text" or not what
        what = "the query ends too soon" if ended else f"cannot read the query from {what} on"
        return err.lineno, err.col, what
    except Exception:  # noqa: BLE001 - any other complaint: keep Oxigraph's own position
        return None
    return None


def _prefix_before(line: str, column: int) -> tuple[str, int]:
    """The prefixed name's prefix that ends before ``column``, and the column it starts at."""
    match = _PREFIXED.search(line[: column - 1].rstrip())
    return (f"{match.group(1) or ''}:", match.start() + 1) if match else ("", 0)


def _expected(what: str) -> str:
    head, sep, rest = what.partition("expected one of ")
    if not sep:
        return _shorten(what)
    words: list[str] = []
    for token in _split(rest):
        word = _word(token)
        if word not in words:
            words.append(word)
    listed = ", ".join(words[:_SHOWN]) + (", ..." if len(words) > _SHOWN else "")
    return f"{head}expected one of {listed}"


def _split(text: str) -> list[str]:
    """The comma-separated tokens of a list, commas inside [...] or quotes kept."""
    tokens, depth, quote, current = [], 0, "", []
    for char in text.replace("\n", " "):
        if quote:
            quote = "" if char == quote and current[-1:] != ["\\"] else quote
        elif char in "\"'":
            quote = char
        elif char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == "," and depth == 0:
            tokens.append("".join(current).strip())
            current = []
            continue
        current.append(char)
    tokens.append("".join(current).strip())
    return [t for t in tokens if t]


def _word(token: str) -> str:
    if not token.startswith("["):
        return token
    if "'A'" in token or "'a'" in token:
        return "a name"
    if "'0'" in token:
        return "a digit"
    return "a character"


def _shorten(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
