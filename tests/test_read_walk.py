"""kg.read.walk through iter_inputs: links, loops, special and unreadable files, deep trees."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

from kg.errors import Read
from kg.model import Article, Skipped
from kg.read.articles import iter_inputs

BODY = "Leader A spoke with Leader B by phone on Tuesday."


def read(*paths: Path) -> tuple[list[Article], list[Skipped]]:
    items = list(iter_inputs(list(paths)))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Skipped)]


def write(path: Path, text: str = BODY) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def codes(skipped: list[Skipped]) -> dict[str, str]:
    return {Path(s.source).name: s.code for s in skipped}


def test_symlink_loops_are_reported_once_and_the_rest_is_read(tmp_path):
    write(tmp_path / "in" / "a.txt")
    write(tmp_path / "in" / "sub" / "b.txt")
    os.symlink("..", tmp_path / "in" / "sub" / "up")  # a folder link back above itself
    os.symlink("self.txt", tmp_path / "in" / "self.txt")  # a link to itself
    os.symlink("ping", tmp_path / "in" / "pong")
    os.symlink("pong", tmp_path / "in" / "ping")
    articles, skipped = read(tmp_path / "in")
    assert [a.id for a in articles] == ["a.txt", "sub/b.txt"]
    assert codes(skipped) == {"ping": Read.LINK_LOOP, "pong": Read.LINK_LOOP, "self.txt": Read.LINK_LOOP,
                              "up": Read.LINK_LOOP}
    assert all("loop" in s.reason for s in skipped)


def test_dangling_link(tmp_path):
    write(tmp_path / "a.txt")
    os.symlink("gone.txt", tmp_path / "b.txt")
    articles, [skipped] = read(tmp_path)
    assert [a.id for a in articles] == ["a.txt"]
    assert skipped.code == Read.DANGLING_LINK and skipped.reason == "symbolic link to 'gone.txt', which does not exist"


def test_fifo_and_device_are_never_opened(tmp_path):
    write(tmp_path / "a.txt")
    os.mkfifo(tmp_path / "feed.txt")  # opening it would block the build for ever
    os.symlink(os.devnull, tmp_path / "null.txt")
    articles, skipped = read(tmp_path)
    assert [a.id for a in articles] == ["a.txt"]
    assert codes(skipped) == {"feed.txt": Read.SPECIAL_FILE, "null.txt": Read.SPECIAL_FILE}
    assert [s.reason for s in skipped] == ["a FIFO, not a file", "a device, not a file"]
    _, [named] = read(tmp_path / "feed.txt")  # named on the command line too
    assert named.code == Read.SPECIAL_FILE


def _read_as_nobody(path: Path) -> list:
    """iter_inputs in a child process that gave up root (root reads any file)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop to nobody, read, report, exit without cleanup
        try:
            os.close(read_end)
            os.setgid(65534)
            os.setuid(65534)
            out = repr([(type(i).__name__, getattr(i, "code", ""), getattr(i, "id", "")) for i in iter_inputs([path])])
            os.write(write_end, out.encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    return eval(data)  # noqa: S307 - our own repr of plain tuples


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_unreadable_file_and_folder():
    # under /tmp, not tmp_path: an unprivileged reader must be able to reach the folder
    with tempfile.TemporaryDirectory(dir="/tmp") as where:
        root = Path(where)
        root.chmod(0o755)
        write(root / "a.txt")
        secret = write(root / "secret.txt")
        write(root / "closed" / "c.txt")
        secret.chmod(0)
        (root / "closed").chmod(0)
        try:
            if os.geteuid() == 0:  # root reads any file: read as nobody instead
                items = _read_as_nobody(root)
            else:
                items = [(type(i).__name__, getattr(i, "code", ""), getattr(i, "id", "")) for i in iter_inputs([root])]
        finally:
            secret.chmod(0o644)
            (root / "closed").chmod(0o755)
    assert [i for k, _, i in items if k == "Article"] == ["a.txt"]
    assert sorted(c for k, c, _ in items if k == "Skipped") == sorted([Read.CANNOT_READ, Read.CANNOT_LIST])


def test_a_link_out_of_the_input_is_followed_once(tmp_path):
    outside = tmp_path / "archive"
    write(outside / "old.txt")
    root = tmp_path / "in"
    write(root / "a.txt")
    os.symlink(outside, root / "one")
    os.symlink(outside, root / "two")
    os.symlink(outside / "old.txt", root / "x.txt")
    articles, skipped = read(root)
    assert [a.id for a in articles] == ["a.txt", "x.txt"]  # the first way there wins
    assert codes(skipped) == {"old.txt": Read.SEEN_FILE, "two": Read.SEEN_FOLDER}
    assert [s.reason for s in skipped] == [
        f"the same folder as {(root / 'one').as_posix()}, already read",
        f"the same file as {(root / 'x.txt').as_posix()}, already read",
    ]


def test_a_link_inside_the_input_is_read_in_its_own_place(tmp_path):
    write(tmp_path / "a.txt")
    write(tmp_path / "sub" / "b.txt")
    os.symlink("a.txt", tmp_path / "copy.txt")
    os.symlink("sub", tmp_path / "same")
    write(tmp_path / ".hidden" / "h.txt")
    os.symlink(".hidden", tmp_path / "shown")  # its target is not walked: the link is read
    articles, skipped = read(tmp_path)
    assert [a.id for a in articles] == ["a.txt", "shown/h.txt", "sub/b.txt"]
    assert codes(skipped) == {"copy.txt": Read.SEEN_FILE, "same": Read.SEEN_FOLDER}


def test_a_deep_tree_is_walked_without_recursion(tmp_path):
    depth = 1010  # deeper than Python's recursion limit (1000)
    fds = [os.open(tmp_path, os.O_RDONLY)]
    try:  # made and removed relative to open folders: no path is resolved from the top each time
        for _ in range(depth):
            os.mkdir("d", dir_fd=fds[-1])
            fds.append(os.open("d", os.O_RDONLY, dir_fd=fds[-1]))
        with open(os.open("x.txt", os.O_WRONLY | os.O_CREAT, dir_fd=fds[-1]), "w", encoding="utf-8") as out:
            out.write(BODY)
        articles, skipped = read(tmp_path)
    finally:  # bottom-up: shutil.rmtree (and pytest's clean-up) recurse and would fail
        if len(fds) == depth + 1:
            os.unlink("x.txt", dir_fd=fds[-1])
        for parent in reversed(fds[:-1]):
            os.close(fds.pop())
            os.rmdir("d", dir_fd=parent)
        os.close(fds.pop())
    assert skipped == [] and articles[0].id == "d/" * depth + "x.txt"


def test_walk_order_files_then_subfolders(tmp_path):
    for name in ["b/z.txt", "a/y.txt", "c.txt", "a/b/x.txt", "a.txt"]:
        write(tmp_path / name)
    assert [a.id for a in read(tmp_path)[0]] == ["a.txt", "c.txt", "a/y.txt", "a/b/x.txt", "b/z.txt"]
