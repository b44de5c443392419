"""A ``Resolver`` state as bytes and back, exactly: ``decode_state(encode_state(r)) == r``.

The build keeps the state of its articles in the facts store (``FactsStore.save_state``), so
the next build folds in only the articles the state does not hold, instead of decoding and
folding every stored article again. The state is a value of the set of articles folded in
(``kg.resolve.resolver``), so the kept state plus the new articles is the state a build from
scratch makes.

JSON, like the facts codec: the store lives in a user's output folder and reading it must
never run code. Article ids are written once, in the table of articles, and named elsewhere
by their index there; enums by value, dates in ISO form. ``state_code()`` hashes the code that
decides what a state holds: a state made by other code is not used.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from kg.facts.codec import from_plain, to_plain
from kg.model import ArticleMeta, CallMedium, CallStatus, EntityKind, Evidence, OutletKind, Report
from kg.resolve.accumulators import CallAcc, EntityAcc
from kg.collector import paused_gc
from kg.resolve.resolver import Resolver

__all__ = ["encode_state", "decode_state", "state_code"]

#: the files (relative to ``kg/``) whose code decides what a state holds and how it is stored
_CODE = ("model.py", "facts/codec.py", "resolve/accumulators.py", "resolve/rules.py", "resolve/resolver.py",
         "resolve/state.py")
_FORMAT = 1


def state_code() -> str:
    """A hash of the code that makes and stores states."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.blake2b(f"state {_FORMAT}".encode(), digest_size=16)
    for name in _CODE:
        digest.update(name.encode() + b"\0" + (root / name).read_bytes())
    return digest.hexdigest()


def encode_state(state: Resolver) -> bytes:
    ids = list(state._articles)
    index = {a: i for i, a in enumerate(ids)}

    def ref(article_id: str) -> int | str:  # an id not in the table (never, today) as itself
        return index.get(article_id, article_id)

    def said(item: Evidence | Report) -> list:
        if isinstance(item, Report):
            ev = item.evidence
            return [ref(ev.article_id), ev.start, ev.end, ev.text, item.outlet]
        return [ref(item.article_id), item.start, item.end, item.text]

    entities = [
        [key, list(acc.names.items()), list(acc.aliases), [k.value for k in acc.kinds],
         [[f, ref(a), v] for f, (a, v) in acc.firsts.items()], [index[a] for a in acc.articles]]
        for key, acc in state._entities.items()
    ]
    calls = [
        [list(participants), status.value, day and day.isoformat(), anchor,
         [list(t) for t in acc.told_as], [index[a] for a in acc.articles],
         [[k, ref(a), v] for k, a, v in acc.votes], [said(x) for x in acc.said],
         acc.published and acc.published.isoformat(),
         acc.period and [acc.period[0].isoformat(), acc.period[1].isoformat()]]
        for (participants, status, day, anchor), acc in state._calls.items()
    ]
    plain = {"format": _FORMAT, "articles": [to_plain(state._articles[a]) for a in ids],
             "entities": entities, "calls": calls}
    return json.dumps(plain, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def decode_state(data: bytes) -> Resolver:
    """The ``Resolver`` ``encode_state`` was given; ``ValueError`` for bytes of another format."""
    with paused_gc():
        return _decode(json.loads(data))


def _decode(plain) -> Resolver:
    if not isinstance(plain, dict) or plain.get("format") != _FORMAT:
        raise ValueError("not a resolution state of this format")
    intern = sys.intern
    days: dict[str, date] = {}

    def day(text: str | None) -> date | None:
        if text is None:
            return None
        found = days.get(text)
        if found is None:
            found = days[text] = date.fromisoformat(text)
        return found

    metas = [from_plain(ArticleMeta, m) for m in plain["articles"]]
    ids = [intern(m.id) for m in metas]

    def article(ref: int | str) -> str:
        return ids[ref] if isinstance(ref, int) else intern(ref)

    firsts = {"outlet_kind": OutletKind}
    sentences: dict[tuple, Evidence] = {}  # a call's evidence and its reports share one record

    def said_(item: list) -> Evidence | Report:
        where = (item[0], item[1], item[2], item[3])
        ev = sentences.get(where)
        if ev is None:
            a = item[0]
            ev = sentences[where] = Evidence(ids[a] if isinstance(a, int) else intern(a), item[1], item[2], item[3])
        return ev if len(item) == 4 else Report(intern(item[4]), ev)

    state = Resolver()
    state._articles = {a: m for a, m in zip(ids, metas)}
    for key, names, aliases, kinds, first, articles in plain["entities"]:
        state._entities[key] = EntityAcc(
            Counter(dict(names)), set(aliases), {EntityKind(k) for k in kinds},
            {f: (article(a), firsts[f](v) if f in firsts else v) for f, a, v in first},
            {ids[a] for a in articles})
    for participants, status, when, anchor, told, articles, votes, said, published, period in plain["calls"]:
        acc = CallAcc(
            {tuple(intern(p) for p in t) for t in told}, {ids[a] for a in articles},
            {(k, article(a), _vote(k, v)) for k, a, v in votes},
            {said_(x) for x in said},
            day(published), period and (day(period[0]), day(period[1])))
        key = (tuple(intern(p) for p in participants), CallStatus(status), day(when), anchor)
        state._calls[key] = acc
    return state


def _vote(kind: str, value):
    if kind == "medium":
        return CallMedium(value)
    return sys.intern(value) if kind == "caller" else value
