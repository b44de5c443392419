"""The records that flow between stages.

Every stage boundary is a frozen dataclass of plain values (strings, character offsets,
dates, enums): no spaCy ``Span``/``Doc`` and no rdflib terms, so records are hashable,
picklable, comparable in tests and outlive the Doc they came from.

Flow: ``Article`` -> (spaCy) -> ``ArticleFacts`` (article-local ``EntityRef`` and
``CallMention``) -> ``resolve`` -> ``Entity`` and ``Call`` -> graph.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

__all__ = [
    "Article",
    "ArticleMeta",
    "ArticleFacts",
    "Call",
    "CallMedium",
    "CallMention",
    "CallStatus",
    "Entity",
    "EntityKind",
    "EntityRef",
    "Evidence",
    "Known",
    "OutletKind",
    "Report",
    "Skipped",
    "EARLIEST_DATE",
    "LATEST_DATE",
]

#: The days a news article can be published on. The read stage refuses other publication dates
#: (0001-01-01 and 9999-12-31 are valid ``date``s, but a day's arithmetic overflows near them);
#: later stages may rely on ``ArticleMeta.published`` being inside, or ``None``.
EARLIEST_DATE = date(1800, 1, 1)
LATEST_DATE = date(2199, 12, 31)


class EntityKind(str, enum.Enum):
    """What an entity is. ``LEADER`` is a head of state or government (incl. elect, acting, former)."""

    LEADER = "Leader"
    PERSON = "Person"
    OUTLET = "Outlet"
    COUNTRY = "Country"
    ORGANIZATION = "Organization"


class OutletKind(str, enum.Enum):
    """The kinds of outlet the graph tells apart."""

    NEWS = "NewsOrganization"  # newspapers, magazines, news sites
    AGENCY = "NewsAgency"  # wire agencies: Reuters, AP, AFP, TASS ...
    BROADCASTER = "Broadcaster"  # TV and radio
    PLATFORM = "Platform"  # social platforms and messengers: Truth Social, X, Telegram ...
    STATE_MEDIA = "StateMedia"  # generic sources: "Russian state media", "state-run media"


class CallStatus(str, enum.Enum):
    OCCURRED = "Occurred"
    PLANNED = "Planned"
    DENIED = "Denied"
    ATTEMPTED = "Attempted"


class CallMedium(str, enum.Enum):
    PHONE = "Phone"
    VIDEO = "Video"
    UNSPECIFIED = "Unspecified"


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What is known about an article besides its text."""

    id: str  # the input file name (plus "#n" for the n-th record of a JSON Lines file)
    source: str  # path of the file it was read from (for messages: odd characters %-escaped)
    published: date | None = None  # None or within EARLIEST_DATE..LATEST_DATE
    outlet: str | None = None
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from disk: its metadata and the body text to analyse."""

    meta: ArticleMeta
    text: str
    #: what its file looked like when read (``kg.read.stamps``), "" when not stamped: a build
    #: that finds the same stamp next time takes the article's content key without reading it
    stamp: str = ""

    @property
    def id(self) -> str:
        return self.meta.id


@dataclass(frozen=True, slots=True)
class Known:
    """An article whose file is unchanged since a build that read it (same stamp): its id,
    where it was read from and its content key (``kg.facts.keys.content_key``), not its text."""

    id: str
    source: str
    content: str


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be used, and why (reported, never fatal).

    ``code`` is a stable error code (see ``kg.errors``); ``internal`` marks a failure of the
    project's own code on that article (a bug to report), as opposed to bad input.
    """

    source: str
    reason: str
    code: str = ""
    internal: bool = False


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence of an article that supports a fact, by character offsets into the article text."""

    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class EntityRef:
    """An entity as one article knows it, after in-article coreference.

    ``key`` is the canonical, article-independent key the resolver merges on:
    ``"gaz:<id>"`` for gazetteer entries, ``"<kind>:<normalised full name>"`` otherwise.
    """

    key: str
    name: str
    kind: EntityKind
    role: str | None = None
    country: str | None = None  # canonical country name the entity belongs to
    wikidata: str | None = None  # a Wikidata Q-id, only when the gazetteer states it
    outlet_kind: OutletKind | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[tuple[int, int], ...] = ()  # character offsets of each mention


@dataclass(frozen=True, slots=True)
class Report:
    """The text ties a call to an outlet that reported, disclosed or confirmed it."""

    outlet: str  # EntityRef.key of the outlet
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class CallMention:
    """One call as one article tells it."""

    article_id: str
    participants: tuple[str, ...]  # sorted EntityRef keys, at least two
    status: CallStatus = CallStatus.OCCURRED
    caller: str | None = None  # EntityRef key of who called or initiated, when stated
    date: date | None = None  # only when the day is determined
    medium: CallMedium = CallMedium.UNSPECIFIED
    duration_minutes: int | None = None
    reports: tuple[Report, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    #: the days the text allows when it gives a time but no day ("last week", "in July"): the
    #: resolver joins the mention only to a dated call inside this period
    period: tuple[date, date] | None = None


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """Everything extracted from one article; the text itself is not kept."""

    meta: ArticleMeta
    entities: tuple[EntityRef, ...] = ()
    calls: tuple[CallMention, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    """A real-world entity, merged over all articles."""

    key: str
    name: str
    kind: EntityKind
    role: str | None = None
    country: str | None = None
    wikidata: str | None = None
    outlet_kind: OutletKind | None = None
    aliases: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()  # ids of the articles that mention it


@dataclass(frozen=True, slots=True)
class Call:
    """A real-world call, merged over all the articles that tell it."""

    key: str  # deterministic merge key; ids.call_iri() mints the IRI from it
    participants: tuple[str, ...]  # sorted Entity keys
    status: CallStatus
    caller: str | None = None
    date: date | None = None
    medium: CallMedium = CallMedium.UNSPECIFIED
    duration_minutes: int | None = None
    articles: tuple[str, ...] = ()
    reports: tuple[Report, ...] = ()
    evidence: tuple[Evidence, ...] = field(default=())
    #: the rules that merged its mentions across articles (``kg.resolve.rules.MERGE_RULES``)
    merge_rules: tuple[str, ...] = ()
