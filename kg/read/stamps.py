"""File stamps: what an article file looked like when it was read.

A stamp names everything that decides which article a ``.txt`` file reads as, besides its
bytes: the path as shown, the article id, the size cap, the file's ``metadata.csv`` row, and
the file's size, inode, modification and change times (nanoseconds). A build keeps the stamp
of each file it read with the article's content key (``kg.facts.store``); the next build finds
the same stamp and takes the key without reading or hashing the file, as ``git status`` trusts
its index. ``kg build --rehash`` reads and hashes every file instead.

A file modified less than ``RACY_NS`` before it is read is not stamped ("racily clean", git's
term): it could change again within the same clock tick and keep its stamp.
"""

from __future__ import annotations

import os
import time

__all__ = ["RACY_NS", "file_stamp"]

RACY_NS = 2_000_000_000


def file_stamp(info: os.stat_result, source: str, article_id: str, cap: int, row: object) -> str:
    """The stamp of a file about to be read, or "" when it is too fresh to be trusted later."""
    if time.time_ns() - info.st_mtime_ns < RACY_NS:
        return ""
    return "\0".join((source, article_id, str(info.st_size), str(info.st_mtime_ns), str(info.st_ctime_ns),
                      str(info.st_ino), str(cap), repr(row)))
