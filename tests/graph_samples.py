"""Hand-built resolved records for the graph and export tests (invented names, not the seeds)."""

from __future__ import annotations

from datetime import date

from kg.model import (
    ArticleMeta,
    Call,
    CallMedium,
    CallStatus,
    Entity,
    EntityKind,
    Evidence,
    OutletKind,
    Report,
)

VERDI = Entity(
    "gaz:alma-verdi", "Alma Verdi", EntityKind.LEADER, role="President", country="Arcadia",
    wikidata="Q4242", aliases=("Verdi", "Alma Verdi", "President Verdi"), articles=("a1.txt",),
)
KANT = Entity(
    "gaz:boris-kant", "Boris Kant", EntityKind.LEADER, role="Prime Minister",
    country="Borduria", articles=("a1.txt", "a2.txt"),
)
ODE = Entity(
    "person:carl ode", "Carl Ode", EntityKind.PERSON, role="foreign minister",
    country="arcadia", articles=("a2.txt",),
)
LUND = Entity("gaz:dana-lund", "Dana Lund", EntityKind.LEADER, role="Chancellor", articles=("a2.txt",))
ARCADIA = Entity("gaz:arcadia", "Arcadia", EntityKind.COUNTRY, aliases=("Republic of Arcadia",))
WIRE = Entity(
    "gaz:wire-daily", "Wire Daily", EntityKind.OUTLET, outlet_kind=OutletKind.AGENCY,
    aliases=("WD",), articles=("a1.txt",),
)
CHAT = Entity(
    "gaz:chatapp", "ChatApp", EntityKind.OUTLET, outlet_kind=OutletKind.PLATFORM, articles=("a2.txt",)
)
LEAGUE = Entity("org:league of ports", "League of Ports", EntityKind.ORGANIZATION, articles=("a2.txt",))

EV1 = Evidence("a1.txt", 10, 60, "Verdi called Kant on Sunday, Wire Daily reported.")
EV2 = Evidence("a2.txt", 0, 41, 'Kant wrote on ChatApp: "a good call".')
EV3 = Evidence("a2.txt", 42, 90, "Kant, Lund and Ode spoke by video.")

CALL_OCCURRED = Call(
    "call|gaz:alma-verdi|gaz:boris-kant|Occurred|2025-03-09",
    ("gaz:alma-verdi", "gaz:boris-kant"), CallStatus.OCCURRED, caller="gaz:alma-verdi",
    date=date(2025, 3, 9), medium=CallMedium.PHONE, duration_minutes=90,
    articles=("a1.txt", "a2.txt"),
    reports=(Report("gaz:wire-daily", EV1), Report("gaz:chatapp", EV2)), evidence=(EV1, EV2),
)
CALL_PLANNED = Call(
    "call|gaz:alma-verdi|gaz:boris-kant|Planned|undated@a2.txt",
    ("gaz:alma-verdi", "gaz:boris-kant"), CallStatus.PLANNED, articles=("a2.txt",),
)
CALL_GROUP = Call(  # no caller stated: called edges both ways between the leaders only
    "call|gaz:boris-kant|gaz:dana-lund|person:carl ode|Occurred|undated@a2.txt",
    ("gaz:boris-kant", "gaz:dana-lund", "person:carl ode"), CallStatus.OCCURRED,
    medium=CallMedium.VIDEO, articles=("a2.txt",), evidence=(EV3,),
)

ARTICLES = (
    ArticleMeta("a1.txt", "in/a1.txt", date(2025, 3, 10), "wire daily", "https://example.org/a1",
                "Verdi and Kant talk"),
    ArticleMeta("a2.txt", "in/a2.txt", date(2025, 3, 11), "Unknown Gazette", "not a url"),
)
ENTITIES = (VERDI, KANT, ODE, LUND, ARCADIA, WIRE, CHAT, LEAGUE)
CALLS = (CALL_OCCURRED, CALL_PLANNED, CALL_GROUP)


def sample_graph():
    from kg.rdf.graph import build_graph

    return build_graph(ENTITIES, CALLS, ARTICLES)


def many(copies: int):
    """``copies`` renamed copies of the sample articles and calls (entities shared), sorted by
    key as a build passes them: (entities, calls, articles)."""
    from dataclasses import replace

    ids = {a.id: [f"c{k:05d}-{a.id}" for k in range(copies)] for a in ARTICLES}
    entities = tuple(replace(e, articles=tuple(i for a in e.articles for i in ids[a])) for e in ENTITIES)

    def rename(ev, k):
        return replace(ev, article_id=ids[ev.article_id][k])

    calls = sorted(
        (replace(c, key=f"{c.key}#{k:05d}", articles=tuple(ids[a][k] for a in c.articles),
                 evidence=tuple(rename(ev, k) for ev in c.evidence),
                 reports=tuple(replace(r, evidence=rename(r.evidence, k)) for r in c.reports))
         for c in CALLS for k in range(copies)),
        key=lambda c: c.key,
    )
    articles = sorted((replace(a, id=ids[a.id][k]) for a in ARTICLES for k in range(copies)), key=lambda a: a.id)
    return entities, calls, articles
