"""Who reported a call, and the sentences that say so.

``reports_in(view, sent)``: the outlets of a sentence that carries a reporting cue ("according
to", "reported", "told", "in a post on", "carried by"; ``data/lexicon/reports.json``), except
the article's own publisher. ``evidence_of(view, sent)``: the sentence as evidence, with offsets
into the article text.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

from kg.extract.calls.view import DocView, SentView
from kg.model import EntityKind, Evidence

__all__ = ["reports_in", "evidence_of", "has_report_cue"]


def evidence_of(view: DocView, v: SentView) -> Evidence:
    raw = view.text[v.char_start : v.char_end]
    text = raw.strip()
    start = v.char_start + len(raw) - len(raw.lstrip())
    return Evidence(view.meta.id, start, start + len(text), text)


def has_report_cue(view: DocView, v: SentView) -> bool:
    cues = view.lex.report_cues
    return any(w in cues and cues.match(v.lower, n) for n, w in enumerate(v.lower))


def reports_in(view: DocView, v: SentView) -> Mapping[str, Evidence]:
    outlets = {m.key for m in v.others.values() if m.kind is EntityKind.OUTLET and m.key != view.own_outlet}
    if not outlets or not has_report_cue(view, v):
        return MappingProxyType({})
    ev = evidence_of(view, v)
    return MappingProxyType({key: ev for key in sorted(outlets)})
