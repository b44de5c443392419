"""Generated call networks for the picture tests and benchmarks/bench_plot.py (invented names).

``leader_calls`` gives plain ``LeaderCall`` records; ``call_records`` gives the resolved model
records (``Entity``, ``Call``) that ``kg.rdf.graph.build_graph`` turns into a real graph, with
the shape of a news build: a few leaders in most calls (Zipf-like), some calls with three
leaders, some planned rather than held, some undated. Same arguments, same network.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from kg.model import Call, CallStatus, Entity, EntityKind
from kg.write.callnet import LeaderCall

GIVEN = (
    "Alma Boris Carla Dmitri Elena Farid Greta Hugo Ines Jonas Kemal Lina Marek Nadia Omar Petra "
    "Quentin Rosa Sven Tariq Ulla Viktor Wanda Xavier Yara Zoltan Aurelio Benedikta Cosimo Dagny"
).split()
FAMILY = (
    "Verdi Kant Lund Ode Moreau Novak Sato Okafor Haddad Kowalski Ferreira Jensen Petrov Nakamura "
    "Mensah Costa Dubois Rahman Silva Yilmaz Andersen Bianchi Horvat Ivanova Castellanos-Rivera "
    "Oyelaran Vasquez-Montoya Szczepanski Nwachukwu-Obi"
).split()
START = date(2024, 1, 1)


def names(count: int) -> list[str]:
    """``count`` distinct invented full names, of mixed lengths (with a middle initial beyond
    the first 870)."""
    pool = [f"{g} {f}" for f in FAMILY for g in GIVEN]
    pool += [f"{g} {m}. {f}" for m in "ABCDEFGHJKLMNPRSTW" for f in FAMILY for g in GIVEN][: max(0, count - len(pool))]
    if count > len(pool):
        raise ValueError(f"at most {len(pool)} names")
    random.Random(count).shuffle(pool)
    return pool[:count]


def call_records(leaders: int, calls: int, seed: int = 1) -> tuple[list[Entity], list[Call]]:
    """``leaders`` leader entities and ``calls`` calls between them (at least one each)."""
    rnd = random.Random(seed)
    people = [Entity(f"gaz:leader-{i:04d}", name, EntityKind.LEADER) for i, name in enumerate(names(leaders))]
    weights = [1 / (i + 1) ** 0.9 for i in range(leaders)]
    records = []
    for k in range(max(calls, leaders)):
        # every leader is on one call that took place, then the calls go mostly to the big names
        on = {k} if k < leaders else {rnd.choices(range(leaders), weights)[0]}
        while len(on) < (3 if rnd.random() < 0.08 else 2):
            on.add(rnd.choices(range(leaders), weights)[0])
        status = CallStatus.OCCURRED if k < leaders or rnd.random() < 0.85 else CallStatus.PLANNED
        day = None if rnd.random() < 0.05 else START + timedelta(days=rnd.randrange(366))
        participants = tuple(sorted(people[i].key for i in on))
        records.append(Call(f"call-{k:05d}", participants, status, date=day))
    return people, records


def leader_calls(leaders: int, calls: int, seed: int = 1) -> tuple[list[LeaderCall], dict[str, str]]:
    """The calls that took place as ``LeaderCall`` records, and each leader's label."""
    people, records = call_records(leaders, calls, seed)
    iri = {p.key: f"https://example.org/leader/{p.key.split(':')[1]}" for p in people}
    held = [
        LeaderCall(f"https://example.org/call/{c.key}", c.date, tuple(sorted(iri[k] for k in c.participants)))
        for c in records if c.status is CallStatus.OCCURRED
    ]
    return held, {iri[p.key]: p.name for p in people}


def graph(leaders: int, calls: int, seed: int = 1):
    """The rdflib Graph ``kg build`` would make of these leaders and calls."""
    from kg.rdf.graph import build_graph

    people, records = call_records(leaders, calls, seed)
    return build_graph(people, records, [])
