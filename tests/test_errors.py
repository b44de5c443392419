"""kg.errors: one code per kind of problem, each described, and the README's tables in step."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.errors import READ_NOTICES, READ_PROBLEMS, REMOTE_PROBLEMS, Read, Remote

README = Path(__file__).resolve().parents[1] / "README.md"


def _codes(table: type) -> dict[str, str]:
    return {name: value for name, value in vars(table).items() if name.isupper()}


@pytest.mark.parametrize(("table", "described"), [(Read, READ_PROBLEMS), (Remote, REMOTE_PROBLEMS)])
def test_codes_are_unique_and_described(table, described):
    codes = _codes(table)
    assert len(set(codes.values())) == len(codes), "a code is used for two kinds of problem"
    assert set(codes.values()) == set(described)
    assert all(re.fullmatch(r"E\d{3}", code) for code in codes.values())
    assert READ_NOTICES <= set(READ_PROBLEMS)


def test_read_and_remote_codes_do_not_overlap():
    assert not set(READ_PROBLEMS) & set(REMOTE_PROBLEMS)


@pytest.mark.parametrize(("marker", "described"), [("read-codes", READ_PROBLEMS), ("remote-codes", REMOTE_PROBLEMS)])
def test_the_readme_lists_every_code(marker, described):
    text = README.read_text(encoding="utf-8")
    block = text.split(f"<!-- {marker}:start -->")[1].split(f"<!-- {marker}:end -->")[0]
    rows = dict(re.findall(r"^\| (E\d{3}) \| (.+?) \|$", block, re.MULTILINE))
    assert rows == described
