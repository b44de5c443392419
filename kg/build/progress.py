"""What a build tells about its progress, for whoever shows it (the CLI draws bars).

A build goes through stages: ``read`` (read, key and analyse the articles; one step per article
or skipped input), ``resolve``, then the outputs as ``kg.build.outputs`` names them: ``store``
(one step per call and article written), ``validate``, one stage per export format (``ttl``,
``graphml``, ...), ``projection`` and ``switch``. ``stage(name, total)`` starts a stage (the
previous one ends); ``advance()`` counts one step of it; ``done()`` ends the last.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, TypeVar

__all__ = ["BuildProgress", "counted"]

T = TypeVar("T")


class BuildProgress(Protocol):
    def stage(self, name: str, total: int | None = None) -> None: ...

    def advance(self, steps: int = 1) -> None: ...

    def done(self) -> None: ...


def counted(items: Iterable[T], progress: BuildProgress | None) -> Iterator[T]:
    """``items``, one ``progress.advance()`` each as they are consumed."""
    for item in items:
        yield item
        if progress is not None:
            progress.advance()
