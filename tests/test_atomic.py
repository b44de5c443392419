"""atomic_write: all or nothing, with the usual file permissions."""

from __future__ import annotations

import os

import pytest

from kg.write.atomic import atomic_write
from kg.errors import ExportError


def test_writes_and_replaces(tmp_path):
    path = tmp_path / "out.txt"
    atomic_write(path, lambda fh: fh.write(b"one"))
    atomic_write(path, lambda fh: fh.write(b"two"))
    assert path.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_new_file_gets_umask_permissions_not_0600(tmp_path):
    path = atomic_write(tmp_path / "out.txt", lambda fh: fh.write(b"x"))
    umask = os.umask(0o022)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_failure_keeps_the_old_file_and_removes_the_temp_file(tmp_path):
    path = tmp_path / "out.txt"
    path.write_bytes(b"old")

    def half_then_fail(fh):
        fh.write(b"half")
        "x".encode("ascii", errors="strict") and "é".encode("ascii")

    with pytest.raises(ExportError, match=r"E402.*out\.txt.*UnicodeEncodeError") as info:
        atomic_write(path, half_then_fail)
    assert isinstance(info.value.__cause__, UnicodeEncodeError)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_missing_folder(tmp_path):
    with pytest.raises(ExportError, match="E401.*nowhere"):
        atomic_write(tmp_path / "nowhere" / "out.txt", lambda fh: fh.write(b"x"))


def test_bugs_are_not_disguised_as_export_errors(tmp_path):
    def buggy(fh):
        raise AttributeError("a bug")

    with pytest.raises(AttributeError):
        atomic_write(tmp_path / "out.txt", buggy)
    assert list(tmp_path.iterdir()) == []
