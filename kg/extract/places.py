"""Places the press names and the time zone each keeps: ``place_zones``; ``known_place``.

Built once from the gazetteer's countries (their names, aliases, capitals and adjectives:
"Nigerian time") and from the cities the tz database names ("New York", "Los Angeles"); a name
two zones share is left out. Read by the time-zone rules of calls and by the datelines (a
statement's dateline alone on its line is one only when it names a known place). ``subdivision``
knows the first-level subdivisions of every country (states, provinces, regions: ISO 3166-2 as
pycountry keeps it), which keep no one zone: a trained model's person of two words or more that
is one is a place ("Nuevo León"; a single word such as "Hidalgo" is a surname too).
"""

from __future__ import annotations

from functools import lru_cache
from zoneinfo import available_timezones

import pycountry

from kg.extract.mentions import norm_name
from kg.model import EntityKind
from kg.resources import Gazetteer, data_path, load_zones, read_gazetteer_file

__all__ = ["place_zones", "known_place", "subdivision", "subdivisions", "country_by_adjective"]


@lru_cache(maxsize=1)
def place_zones() -> dict[str, str]:
    """Place (folded by ``norm_name``) -> IANA zone."""
    by_country = load_zones()
    found: dict[str, set[str]] = {}
    for entry in read_gazetteer_file(data_path("gazetteer", "countries.jsonl")):
        zone = by_country.get(entry.id)
        if entry.kind is not EntityKind.COUNTRY or zone is None:
            continue
        for name in (entry.name, *entry.aliases, *entry.capitals, *entry.adjectives):
            found.setdefault(norm_name(name), set()).add(zone)
    cities: dict[str, set[str]] = {}
    for zone in available_timezones():
        if "/" in zone and not zone.startswith("Etc/"):
            cities.setdefault(norm_name(zone.rsplit("/", 1)[1].replace("_", " ")), set()).add(zone)
    for name, zones in cities.items():
        found.setdefault(name, zones)
    return {name: next(iter(zones)) for name, zones in found.items() if len(zones) == 1}


@lru_cache(maxsize=1)
def subdivisions() -> frozenset[str]:
    """The names (folded by ``norm_name``) of every country's first-level subdivisions."""
    return frozenset(norm_name(s.name) for s in pycountry.subdivisions if not s.parent_code)


def known_place(name: str) -> bool:
    """``name`` is a country, a capital or a city the tz database names."""
    return norm_name(name) in place_zones()


def subdivision(name: str) -> bool:
    """``name`` is a country's first-level subdivision ("Nuevo León", "Bavaria")."""
    return norm_name(name) in subdivisions()


@lru_cache(maxsize=8)
def country_by_adjective(gaz: Gazetteer) -> dict[str, str]:
    """Country names by their adjectives, folded ("australian" -> "Australia")."""
    return {a.casefold(): e.name for e in gaz.entries.values() if e.kind is EntityKind.COUNTRY for a in e.adjectives}
