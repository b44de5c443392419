"""hypothesis strategies for ``ArticleFacts``: small worlds of a few leaders, outlets and days,
so that generated articles overlap (same entities, same calls) as real news does."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from kg.model import (
    ArticleFacts, ArticleMeta, CallMedium, CallMention, CallStatus, EntityKind, EntityRef, Evidence, OutletKind,
    Report,
)

PEOPLE = ("gaz:alba", "person:sven borg", "person:borg", "person:ines cruz", "leader:dana eko", "person:eko")
OUTLETS = ("gaz:wire", "outlet:daily")
KINDS = {k: EntityKind.LEADER if k.startswith(("gaz", "leader")) else EntityKind.PERSON for k in PEOPLE}
KINDS.update({k: EntityKind.OUTLET for k in OUTLETS})
BASE = date(2025, 3, 1)
days = st.integers(0, 12).map(lambda n: BASE + timedelta(days=n))
names = st.sampled_from(("Alba", "Sven Borg", "Borg", "Ines Cruz", "Dana Eko", "Eko", "Wire", "The Daily"))
# text with lone surrogates and non-BMP characters: both must survive the facts store
texts = st.text(st.characters(codec=None, exclude_categories=()), min_size=1, max_size=12)


@st.composite
def article_facts(draw, article_id: str) -> ArticleFacts:
    published = draw(st.none() | days)
    meta = ArticleMeta(article_id, f"/in/{article_id}", published, draw(st.none() | st.sampled_from(OUTLETS)),
                       draw(st.none() | st.just(f"https://example.org/{article_id}")), draw(st.none() | texts))
    keys = draw(st.lists(st.sampled_from(PEOPLE + OUTLETS), unique=True, max_size=6))
    refs = tuple(
        EntityRef(k, draw(names), KINDS[k], role=draw(st.none() | st.sampled_from(("President", "Prime Minister"))),
                  country=draw(st.none() | st.sampled_from(("Ardia", "Borovia"))),
                  outlet_kind=OutletKind.AGENCY if k == "gaz:wire" else None,
                  aliases=tuple(sorted(draw(st.sets(names, max_size=2)))),
                  mentions=((0, 4),))
        for k in sorted(keys))
    calls = []
    for n in range(draw(st.integers(0, 4))):
        who = tuple(sorted(draw(st.sets(st.sampled_from(PEOPLE), min_size=1, max_size=3))))
        start = 10 * n
        text = draw(texts)
        ev = Evidence(article_id, start, start + len(text), text)
        day = draw(st.none() | days)
        period = None
        if day is None and draw(st.booleans()):
            first = draw(days)
            period = (first, first + timedelta(days=draw(st.integers(0, 5))))
        calls.append(CallMention(
            article_id=article_id, participants=who, status=draw(st.sampled_from(list(CallStatus))),
            caller=draw(st.none() | st.sampled_from(who)), date=day,
            medium=draw(st.sampled_from(list(CallMedium))), duration_minutes=draw(st.none() | st.sampled_from((30, 60))),
            reports=tuple(Report(o, ev) for o in draw(st.sets(st.sampled_from(OUTLETS), max_size=1))),
            evidence=(ev,), period=period))
    return ArticleFacts(meta, refs, tuple(calls))


@st.composite
def corpora(draw, min_size: int = 1, max_size: int = 8) -> list[ArticleFacts]:
    n = draw(st.integers(min_size, max_size))
    return [draw(article_facts(f"a{i:02d}.txt")) for i in range(n)]
