"""The one loader for packaged data: gazetteers, given names and lexicons.

Rules, lexicons and gazetteers are data files under ``kg/data`` (format in
``kg/data/README.md``); users add gazetteer entries with their own JSON Lines files. Every
file is read here and nowhere else, parsed into frozen records, and cached per path set.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Sequence

from kg.errors import DataFile, InputError
from kg.model import EntityKind, OutletKind
from kg.spelling import ascii_name, unaccented

__all__ = [
    "Office",
    "incoming_on",
    "GazEntry",
    "Gazetteer",
    "load_gazetteer",
    "read_gazetteer_file",
    "HEADS",
    "load_lexicon",
    "lexicon_entries",
    "lexicon_phrases",
    "lexicon_mapping",
    "load_given_names",
    "data_path",
]

_FIELDS = {
    "id", "name", "kind", "aliases", "short_aliases", "context_aliases", "shared_aliases", "offices", "role",
    "country", "outlet_kind", "adjectives", "capitals", "wikidata", "domains", "seat_of", "gender", "tld",
}
# a person's gender as the press's pronouns give it ("she", "he"); read by the pronoun rules
GENDERS = ("female", "male")
_OFFICE_FIELDS = {"role", "country", "start", "end", "head"}
# what an office is the head of: the head of state, of government, or both (a US president)
HEADS = ("state", "government", "both")


def data_path(*parts: str) -> Path:
    """Path of a packaged data file (``kg/data/...``)."""
    return Path(str(resources.files("kg").joinpath("data", *parts)))


#: how far ahead an office taken up makes its holder "incoming" (an election to an inauguration)
INCOMING_WITHIN = timedelta(days=200)
#: how far back an office taken up still leaves its holder "the prime minister-designate" of the
#: days an article looks back on (the calls between the vote and the swearing-in, told after it)
INCOMING_SINCE = timedelta(days=14)


def incoming_on(start: date, day: date) -> bool:
    """Whether an office taken up on ``start`` makes its holder "incoming" on ``day``: taken up
    within ``INCOMING_WITHIN`` after it, or within ``INCOMING_SINCE`` before it."""
    return day - INCOMING_SINCE < start <= day + INCOMING_WITHIN


@dataclass(frozen=True, slots=True)
class Office:
    role: str
    country: str | None
    start: date | None = None
    end: date | None = None
    head: str | None = None  # "state", "government", "both" (one of HEADS), or None: neither or unknown

    def holds_on(self, day: date | None) -> bool:
        """Whether the office was held on ``day`` (unknown day: only a current office counts)."""
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def begins_soon_after(self, day: date) -> bool:
        """Whether the office is taken up within ``INCOMING_WITHIN`` after ``day`` (or was, within
        ``INCOMING_SINCE`` before it): its holder is "the president-elect" (or the prime minister
        designate) of the days the article tells."""
        return self.start is not None and incoming_on(self.start, day)


@dataclass(frozen=True, slots=True)
class GazEntry:
    id: str
    name: str
    kind: EntityKind
    aliases: tuple[str, ...] = ()
    short_aliases: tuple[str, ...] = ()
    context_aliases: tuple[str, ...] = ()
    # forms another entry of the same kind goes by too ("ABC"): this entry's in an article that
    # names its country and not the other's (``kg.extract.entities``); the other's otherwise
    shared_aliases: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()
    role: str | None = None
    country: str | None = None
    outlet_kind: OutletKind | None = None
    adjectives: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    wikidata: str | None = None
    domains: tuple[str, ...] = ()  # for outlets: web domains ("dw.com"), lower case, no "www."
    # for organisations that are a seat of power ("the Kremlin", "State House"): the head whose
    # office it is ("state", "government" or "both"), of its country (any country when none)
    seat_of: str | None = None
    gender: str | None = None  # "female" or "male": which of "she" and "he" stands for a person
    tld: str | None = None  # for countries: the country-code top-level domain of its web ("lk")

    @property
    def key(self) -> str:
        return f"gaz:{self.id}"

    def role_on(self, day: date | None) -> str | None:
        for office in self.offices:
            if office.holds_on(day):
                return office.role
        if self.offices:
            return ("former " if day is None or all(o.end and o.end < day for o in self.offices) else "") + self.offices[-1].role
        return self.role

    def country_on(self, day: date | None) -> str | None:
        for office in self.offices:
            if office.holds_on(day) and office.country:
                return office.country
        return self.country or next((o.country for o in self.offices if o.country), None)


@dataclass(frozen=True, eq=False)  # hashed by identity: loaded once per path set and cached
class Gazetteer:
    entries: dict[str, GazEntry]
    by_country: dict[str, tuple[GazEntry, ...]] = field(default_factory=dict)  # country name -> leaders

    def get(self, entry_id: str) -> GazEntry | None:
        return self.entries.get(entry_id)

    def country(self, name: str | None) -> GazEntry | None:
        if not name:
            return None
        for entry in self.entries.values():
            if entry.kind is EntityKind.COUNTRY and entry.name == name:
                return entry
        return None

    def heads_of(self, country: str, day: date | None, head: str) -> list[GazEntry]:
        """Leaders whose office of ``country`` on ``day`` heads its ``head`` ("state" or
        "government"), or both."""
        return [e for e in self.leaders_of(country, day) if any(
            o.country == country and o.holds_on(day) and o.head in (head, "both") for o in e.offices)]

    def leaders_of(self, country: str, day: date | None, role: str | None = None) -> list[GazEntry]:
        """Leaders holding an office of ``country`` on ``day`` (optionally of one role)."""
        out = []
        for entry in self.by_country.get(country, ()):
            for office in entry.offices:
                if office.country == country and office.holds_on(day):
                    if role is None or office.role.casefold() == role.casefold():
                        out.append(entry)
                        break
        return out


def _date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as err:
        raise InputError(DataFile.BAD_DATE, f"{where}: bad date {value!r} (expected YYYY-MM-DD)") from err


def _tuple(value: Any) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value if str(v).strip())


def _office(raw: Any, where: str) -> Office:
    if not isinstance(raw, dict):
        raise InputError(DataFile.OFFICE_NOT_OBJECT, f"{where}: an office must be a JSON object, not {raw!r}")
    unknown = set(raw) - _OFFICE_FIELDS
    if unknown:
        raise InputError(DataFile.OFFICE_UNKNOWN_FIELD, f"{where}: unknown office field(s) {sorted(unknown)}; valid: {sorted(_OFFICE_FIELDS)}")
    head = raw.get("head") or None
    if head is not None and head not in HEADS:
        raise InputError(DataFile.OFFICE_HEAD, f"{where}: office head {head!r} is not one of {list(HEADS)}")
    return Office(
        str(raw.get("role") or "leader"), raw.get("country"),
        _date(raw.get("start"), where), _date(raw.get("end"), where), head,
    )


def _entry(raw: dict, where: str) -> GazEntry:
    unknown = set(raw) - _FIELDS
    if unknown:
        raise InputError(DataFile.UNKNOWN_FIELD, f"{where}: unknown field(s) {sorted(unknown)}; valid: {sorted(_FIELDS)}")
    for required in ("id", "name", "kind"):
        if not str(raw.get(required) or "").strip():
            raise InputError(DataFile.MISSING_FIELD, f"{where}: missing {required!r}")
    try:
        kind = EntityKind(raw["kind"])
    except ValueError as err:
        raise InputError(
            DataFile.UNKNOWN_KIND, f"{where}: kind {raw['kind']!r} is not one of {[k.value for k in EntityKind]}"
        ) from err
    outlet_kind = None
    if raw.get("outlet_kind"):
        try:
            outlet_kind = OutletKind(raw["outlet_kind"])
        except ValueError as err:
            raise InputError(
                DataFile.UNKNOWN_OUTLET_KIND, f"{where}: outlet_kind {raw['outlet_kind']!r} is not one of {[k.value for k in OutletKind]}"
            ) from err
    elif kind is EntityKind.OUTLET:
        outlet_kind = OutletKind.NEWS
    offices = tuple(_office(o, where) for o in raw.get("offices") or ())
    seat_of = raw.get("seat_of") or None
    if seat_of is not None and seat_of not in HEADS:
        raise InputError(DataFile.OFFICE_HEAD, f"{where}: seat_of {seat_of!r} is not one of {list(HEADS)}")
    gender = raw.get("gender") or None
    if gender is not None and gender not in GENDERS:
        raise InputError(DataFile.GENDER, f"{where}: gender {gender!r} is not one of {list(GENDERS)}")
    return GazEntry(
        id=str(raw["id"]).strip(),
        name=str(raw["name"]).strip(),
        kind=kind,
        aliases=_tuple(raw.get("aliases")),
        short_aliases=_tuple(raw.get("short_aliases")),
        context_aliases=_tuple(raw.get("context_aliases")),
        shared_aliases=_tuple(raw.get("shared_aliases")),
        offices=offices,
        role=raw.get("role") or None,
        country=raw.get("country") or None,
        outlet_kind=outlet_kind,
        adjectives=_tuple(raw.get("adjectives")),
        capitals=_tuple(raw.get("capitals")),
        wikidata=raw.get("wikidata") or None,
        domains=tuple(d.casefold().removeprefix("www.") for d in _tuple(raw.get("domains"))),
        seat_of=seat_of,
        gender=gender,
        tld=(raw.get("tld") or "").casefold() or None,
    )


def read_gazetteer_file(path: Path) -> Iterable[GazEntry]:
    """The entries of one gazetteer file, in file order (duplicates kept: the caller decides)."""
    return _read_jsonl(Path(path))


def _read_jsonl(path: Path) -> Iterable[GazEntry]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(DataFile.CANNOT_READ, f"cannot read gazetteer {path}: {err}") from err
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path} line {n}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(DataFile.INVALID_JSON, f"{where}: invalid JSON ({err.msg})") from err
        if not isinstance(raw, dict):
            raise InputError(DataFile.NOT_AN_OBJECT, f"{where}: expected a JSON object")
        yield _entry(raw, where)


@lru_cache(maxsize=8)
def _load(paths: tuple[Path, ...]) -> Gazetteer:
    entries: dict[str, GazEntry] = {}
    for path in paths:
        for entry in _read_jsonl(path):
            # later files (the user's) override packaged entries with the same id
            entries[entry.id] = entry
    by_country: dict[str, list[GazEntry]] = {}
    for entry in entries.values():
        if entry.kind is EntityKind.LEADER:
            for country in {o.country for o in entry.offices if o.country}:
                by_country.setdefault(country, []).append(entry)
    return Gazetteer(entries, {c: tuple(sorted(v, key=lambda e: e.id)) for c, v in by_country.items()})


def load_gazetteer(extra: Sequence[Path] = ()) -> Gazetteer:
    """The packaged gazetteers plus the user's files (which win on equal ids)."""
    packaged = tuple(sorted(data_path("gazetteer").glob("*.jsonl")))
    for path in extra:
        if not Path(path).is_file():
            raise InputError(DataFile.NO_SUCH_FILE, f"gazetteer file {path} does not exist")
    return _load(packaged + tuple(Path(p) for p in extra))


@lru_cache(maxsize=1)
def load_zones() -> dict[str, str]:
    """Each gazetteer country's time zone, an IANA name (``kg/data/gazetteer/zones.json``)."""
    return dict(_zones_file()["zones"])


@lru_cache(maxsize=1)
def load_zone_abbreviations() -> dict[str, str]:
    """The zone of each abbreviation the press writes after a clock time ("9 p.m. ET")."""
    return dict(_zones_file().get("abbreviations", {}))


def load_named_zones() -> dict[str, str]:
    """The zone of each name the press writes before "time" ("9 p.m. Eastern time")."""
    return dict(_zones_file().get("named", {}))


@lru_cache(maxsize=1)
def _zones_file() -> dict:
    path = data_path("gazetteer", "zones.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        dict(data["zones"])
        return data
    except (OSError, json.JSONDecodeError, KeyError, TypeError, ValueError) as err:
        raise InputError(DataFile.CANNOT_READ, f"cannot read time zones {path}: {err}") from err


@lru_cache(maxsize=None)
def load_lexicon(name: str) -> dict:
    """A lexicon ``kg/data/lexicon/<name>.json`` as a dict."""
    path = data_path("lexicon", f"{name}.json")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise InputError(DataFile.LEXICON_UNREADABLE, f"cannot read lexicon {path}: {err}") from err


@lru_cache(maxsize=1)
def load_given_names() -> frozenset[str]:
    path = data_path("given_names.txt")
    if not path.is_file():
        return frozenset()
    names = {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")}
    # each name also without its accents, as the press often writes it ("Venâncio", "Venancio")
    return frozenset(names | {unaccented(n) for n in names} | {ascii_name(n) for n in names})


def lexicon_entries(lexicon: dict, section: str) -> list[dict]:
    """The entries of a lexicon section: a list, or a dict with an ``entries`` list. An entry
    is an object with an ``example``; a plain string counts as ``{"phrase": s}``."""
    value = lexicon.get(section, [])
    if isinstance(value, dict):
        value = value.get("entries", [])
    return [v if isinstance(v, dict) else {"phrase": v} for v in value]


def lexicon_phrases(lexicon: dict, section: str) -> list[str]:
    """Every form of every entry of a section (``forms`` lists, else ``phrase``)."""
    out: list[str] = []
    for entry in lexicon_entries(lexicon, section):
        out += entry.get("forms") or [entry["phrase"]]
    return out


def lexicon_mapping(lexicon: dict, section: str, field: str) -> dict[str, Any]:
    """``{form: entry[field]}`` over every form of every entry of a section, in file order:
    the value each phrase carries ("yesterday" -> -1 in ``days``, "News Agency" -> "NewsAgency"
    in ``kind``)."""
    out: dict[str, Any] = {}
    for entry in lexicon_entries(lexicon, section):
        if field not in entry:
            shown = entry.get("phrase") or entry.get("forms")
            raise InputError(DataFile.LEXICON_ENTRY, f"lexicon section {section!r}: entry {shown!r} has no {field!r}")
        for form in entry.get("forms") or [entry["phrase"]]:
            out[form] = entry[field]
    return out
