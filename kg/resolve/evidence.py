"""Putting evidence sentences back into resolved calls as they are written out.

Resolution keeps only where a sentence is (article, start, end); the text lives in the facts
store. ``attach_text`` streams calls through a look-up, one call at a time, so the texts of a
whole corpus are never in memory together.
"""

from __future__ import annotations

from dataclasses import replace

from collections.abc import Callable, Iterable, Iterator

from kg.errors import Build, KgError
from kg.model import Call, Evidence, Report

__all__ = ["attach_text", "Lookup"]

#: (article id, start, end) -> the sentence, or None when it is unknown
Lookup = Callable[[str, int, int], "str | None"]


def _filled(ev: Evidence, lookup: Lookup) -> Evidence:
    if ev.text:
        return ev
    text = lookup(ev.article_id, ev.start, ev.end)
    if text is None:
        raise KgError(Build.EVIDENCE_MISSING, f"no evidence sentence stored for {ev.article_id!r} at {ev.start}-{ev.end} "
                              "(the facts store is out of step with this build; delete the output's .kg folder)")
    return Evidence(ev.article_id, ev.start, ev.end, text)


def attach_text(calls: Iterable[Call], lookup: Lookup) -> Iterator[Call]:
    """Each call with the text of its evidence and report sentences filled in by ``lookup``."""
    for call in calls:
        evidence = tuple(_filled(ev, lookup) for ev in call.evidence)
        reports = tuple(Report(r.outlet, _filled(r.evidence, lookup)) for r in call.reports)
        yield replace(call, reports=reports, evidence=evidence)
