"""kg.errors: one catalogue of unique codes, used everywhere, and the README's tables in step."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest

import kg
from kg.errors import (
    CATALOGUE,
    READ_NOTICES,
    READ_PROBLEMS,
    REMOTE_PROBLEMS,
    TABLES,
    Code,
    Exit,
    InputError,
    KgError,
    Query,
    Read,
    Remote,
    RemoteError,
    exit_table,
    markdown_table,
)

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
PACKAGE = Path(kg.__file__).parent


def _block(marker: str) -> str:
    text = README.read_text(encoding="utf-8")
    assert text.count(f"<!-- {marker}:start -->") == 1, f"README needs one {marker} block"
    return text.split(f"<!-- {marker}:start -->\n")[1].split(f"<!-- {marker}:end -->")[0]


def test_every_code_is_unique_well_formed_and_titled():
    seen: dict[str, str] = {}
    for table in TABLES:
        for name, code in table.codes().items():
            where = f"{table.__name__}.{name}"
            assert re.fullmatch(r"E\d{3}", code), where
            assert str(code) not in seen, f"{where} reuses {code} of {seen.get(str(code))}"
            seen[str(code)] = where
            assert code.title and not code.title.endswith("."), where
            assert isinstance(code.exit, Exit) and code.exit not in (Exit.OK,), where
    assert set(seen) == set(CATALOGUE)


def test_read_and_remote_views_of_the_catalogue():
    assert READ_PROBLEMS == {str(c): c.title for c in Read.codes().values()}
    assert REMOTE_PROBLEMS == {str(c): c.title for c in Remote.codes().values()}
    assert READ_NOTICES <= set(READ_PROBLEMS)


def test_a_code_is_a_string_and_travels_as_one():
    assert Read.NOT_UTF8 == "E242" and f"[{Read.NOT_UTF8}]" == "[E242]"
    assert type(pickle.loads(pickle.dumps(Read.NOT_UTF8))) is str


def test_the_code_decides_the_exit_code():
    assert InputError(Read.NO_SUCH_PATH, "x").exit_code == Exit.ERROR
    assert InputError(Query.GRAPH_AND_STORE, "x").exit_code == Exit.USAGE
    assert RemoteError(Remote.HTTP_STATUS, "x").exit_code == Exit.REMOTE
    err = KgError("E509", "plain strings are looked up")
    assert err.code is Query.SYNTAX and str(err) == "[E509] plain strings are looked up"


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "errors" not in p.relative_to(PACKAGE).parts[:1])


def test_modules_raise_catalogue_members_not_string_literals():
    literal = re.compile(r"""["']E\d{3}["']""")
    offenders = [
        f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
        for path in _sources()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if literal.search(line)
    ]
    assert not offenders, "use a member of kg.errors' catalogue:\n" + "\n".join(offenders)


def test_every_code_is_used_somewhere():
    text = "\n".join(p.read_text(encoding="utf-8") for p in _sources())
    unused = [
        f"{table.__name__}.{name}" for table in TABLES for name in table.codes()
        if not re.search(rf"\b{table.__name__}\.{name}\b", text)
    ]
    assert not unused, f"codes nothing raises (retire them): {unused}"


def test_the_readme_has_one_table_of_error_codes_listing_each():
    block = _block("error-codes")
    assert block == markdown_table(), (
        "README's error-code table is stale; paste the output of\n"
        "python3 -c 'from kg.errors import markdown_table; print(markdown_table(), end=\"\")'"
    )
    rows = re.findall(r"^\| (E\d{3}) \|", README.read_text(encoding="utf-8"), re.MULTILINE)
    assert sorted(rows) == sorted(CATALOGUE), "each code is listed once, in the one table"


def test_the_readme_has_one_table_of_exit_codes():
    assert _block("exit-codes") == exit_table()
    text = README.read_text(encoding="utf-8")
    assert text.count("| exit code |") == 1


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_codes_render_as_table_rows(code):
    c = CATALOGUE[code]
    assert isinstance(c, Code) and f"| {code} | {int(c.exit)} | {c.title} |" in markdown_table()
