"""Merge keys of resolved calls: plain strings, independent of any RDF library.

``kg.rdf.ids`` mints a call's IRI from this key, so the same call always lands on the same node.
"""

from __future__ import annotations

from datetime import date

from kg.errors import Iri, KgError

__all__ = ["call_key"]


def call_key(
    participants: tuple[str, ...], status: str, day: date | None, anchor: str = ""
) -> str:
    """The merge key of a call: who took part, its status and its day.

    ``anchor`` distinguishes calls with no known day (it is the article id that tells them),
    so that two undated mentions in different articles never merge by accident.
    """
    if len(participants) < 2:
        raise KgError(Iri.CALL_PARTICIPANTS, f"a call needs two participants, got {participants!r}")
    when = day.isoformat() if day else f"undated@{anchor}"
    return "|".join(["call", *sorted(participants), status, when])
