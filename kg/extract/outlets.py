"""Outlets within one article: the publisher, outlets the gazetteer does not know, generic sources.

Functions over the entity ``Extractor``: the article's own outlet as metadata names it;
"Kenya Broadcasting Corporation" and "Channel 12" by the shape of the name; "broadcaster DR"
and "the Petra news agency" by a descriptor; "Russian state media" and "Danish media" as
generic sources; and "X" as the platform only next to a platform cue ("on X").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Mapping

from kg.extract.mentions import PERSON_KINDS, Builder, gaz_builder, norm_name
from kg.extract.tokens import Columns, columns, doc_text, span_text
from kg.extract.dates import calendar_names, day_parts
from kg.extract.places import country_by_adjective, known_place
from kg.model import ArticleMeta, EntityKind, EntityRef, OutletKind
from kg.resources import (GazEntry, Gazetteer, lexicon_entries, lexicon_mapping, lexicon_phrases, load_given_names,
                          load_lexicon)

if TYPE_CHECKING:
    from kg.extract.entities import Extractor

__all__ = ["channel_outlets", "country_editions", "edition_name_of", "publisher_builder", "slot_outlets", "outlet_services", "outlet_descriptors", "outlet_ref", "outlet_key", "descriptor_before", "platform_context", "unknown_outlets", "described_outlet", "outlet_tokens", "state_media",
           "dateline_outlets", "gazetteer_outlet", "home_country"]


def outlet_ref(name: str, gaz: Gazetteer, url: str | None = None) -> EntityRef:
    """The entity for an article's own outlet as metadata names it: by a gazetteer outlet's
    web domain (``dw.com``, ``edition.cnn.com`` for ``cnn.com``), name or alias; else by the
    domain of the article's ``url`` ("The National" at thenationalnews.com); the outlet at the
    ``url``'s domain first when the name opens one of its names ("ABC News" at abc.net.au)."""
    folded = norm_name(name)
    by_url = _outlet_by_domain(_host(url), gaz) if url else None
    if by_url is not None and folded and any(f == folded or f.startswith(folded + " ")
                                             for f in map(norm_name, (by_url.name, *by_url.aliases))):
        # "ABC News" at abc.net.au: the Australian broadcaster whose name it opens, not the
        # American one the name alone would be
        entry = by_url
    else:
        entry = (_outlet_by_domain(name, gaz) or _outlets_by_name(gaz).get(folded)
                 or _outlets_by_name(gaz).get(re.sub(r"^the ", "", folded)) or _edition_of(folded, gaz) or by_url)
    if entry is not None:
        # the name the metadata gives it, when another than its own the gazetteer knows ("HRT"
        # for Croatian Radiotelevision), is a name of the outlet the graph gives too (as the
        # gazetteer writes it: "hrt" in the metadata is "HRT")
        form = next((f for f in (*entry.aliases, *entry.short_aliases) if norm_name(f) in (folded, re.sub(r"^the ", "", folded))),
                    None)
        return EntityRef(key=entry.key, name=entry.name, kind=EntityKind.OUTLET, country=entry.country,
                         wikidata=entry.wikidata, outlet_kind=entry.outlet_kind,
                         aliases=(form,) if form is not None and form != entry.name else ())
    return EntityRef(key=outlet_key(name), name=name.strip(), kind=EntityKind.OUTLET, outlet_kind=OutletKind.NEWS)


def _host(url: str) -> str:
    """The host of a URL ("https://www.dw.com/en/x" -> "www.dw.com"), or "" when it has none."""
    match = re.match(r"^[a-z][a-z0-9+.-]*://([^/?#:@]+)", url.strip(), re.IGNORECASE)
    return match.group(1) if match else ""


def initials(name: str) -> str:
    """The acronym a name of capitalised words makes ("Jewish Telegraphic Agency" -> "JTA",
    "Agence France-Presse" -> "AFP", "KosovaPress" -> "KP"): each word's capitals (a word in
    capitals counts whole), words in lower case ("of", "the") left out."""
    letters = []
    for word in re.split(r"[\s\-]+", name.strip()):
        if word.casefold() == "the" or not word[:1].isupper():
            continue
        letters.append(word if word.isupper() else "".join(c for c in word if c.isupper()))
    return "".join(letters)


def own_acronyms(name: str, url: str | None) -> frozenset[str]:
    """The acronyms a publisher goes by in its own pages: its name's ``initials``, and its web
    host's name ("jta.org" -> "JTA")."""
    found = {initials(name)}
    host = _host(url or "").casefold().removeprefix("www.")
    if host:
        found.add(host.split(".")[0].upper())
    return frozenset(a for a in found if 2 <= len(a) <= 5)


def outlet_key(name: str) -> str:
    """The key of an outlet the gazetteer does not know: "The Fiji Times" and "Fiji Times" are one."""
    return "outlet:" + re.sub(r"^the ", "", norm_name(name))


def _edition_base(folded: str) -> str | None:
    """The name before an edition's word ending ``folded`` (a ``norm_name``: "sputnik
    international" -> "sputnik"), None when no such word ends it."""
    words = folded.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in _words().editions else None


def _edition_of(folded: str, gaz: Gazetteer) -> GazEntry | None:
    """ "Sputnik International", "Xinhua English": an edition of an outlet the gazetteer knows."""
    base = _edition_base(folded)
    return _outlets_by_name(gaz).get(base) if base is not None else None


def edition_name_of(name: str, base: str) -> bool:
    """``name`` is ``base`` with an edition's word after it ("Vell FM News" of Vell FM)."""
    return _edition_base(norm_name(name)) == norm_name(base)


def publisher_builder(x: Extractor, own: EntityRef) -> Builder:
    """The article's publisher (``own``, as ``outlet_ref`` gives it) as an entity of the article:
    the one it holds already, else one made from the reference."""
    return x.entities.get(own.key) or Builder(own.key, own.name, EntityKind.OUTLET, country=own.country,
                                              wikidata=own.wikidata, outlet_kind=own.outlet_kind)


def gazetteer_outlet(name: str, gaz: Gazetteer) -> GazEntry | None:
    """The gazetteer outlet named ``name`` (a name or alias, case- and accent-folded)."""
    folded = norm_name(name)
    by_name = _outlets_by_name(gaz)
    return by_name.get(folded) or by_name.get(re.sub(r"^the ", "", folded))


def dateline_outlets(x: Extractor, datelines) -> None:
    """The agencies of datelines and credits ("BEIJING, Oct. 27 (Xinhua) --", "-- Bernama"):
    an outlet the gazetteer knows, or an unknown one when the name looks like an agency."""
    taken = {i for m in x.mentions if m.kind is EntityKind.OUTLET for i in range(m.start, m.end)}
    for line in datelines:
        if line.agency is None or line.agency_start is None:
            continue
        span = x.doc.char_span(line.agency_start, line.agency_end, alignment_mode="expand")
        if span is None:
            continue
        placed = _agency_in_place(line.agency, doc_text(x.doc)[line.start:line.agency_start], x.meta, x.gaz)
        if taken.intersection(range(span.start, span.end)):
            if placed is not None:  # "TAIPEI (CNA)": the acronym's agency of that place, not another's
                x.retarget(span.start, span.end, gaz_builder(placed, x.meta))
            elif line.known_only and _agencies_by_acronym(x.gaz).get(line.agency):
                # "Abidjan (APA) -" in a story of neither agency's country nor publisher: which of
                # the agencies that go by it is not known, so none is credited
                for m in [m for m in x.mentions if m.start == span.start and m.end == span.end]:
                    x.drop(m)
            continue
        entry = placed or gazetteer_outlet(line.agency, x.gaz) \
            or (None if line.known_only else _agency_by_first_word(line.agency, x.gaz))
        if line.labelled and (entry is None or entry.outlet_kind is not OutletKind.AGENCY):
            continue  # "Source: SIPRI", "Source: IMF": a credit line names data as often as an agency
        if line.known_only and entry is None:
            continue  # ("Mogadishu (HOL) -", "AB // CD", "Iran/US/Qatar": a short name, initials, places)
        if entry is None and norm_name(line.agency) in norm_name(x.meta.outlet or "").split()[1:]:
            # "– TIMES" closing a Buenos Aires Times story: the publisher's own sign-off by a word
            # of its name after the first (but "(DNA)" in a DNA News Agency story is its agency)
            continue
        if entry is not None:
            x.add(span.start, span.end, gaz_builder(entry, x.meta))
        elif line.agency.isupper() and 2 <= len(line.agency) <= 8 or "agency" in line.agency.casefold():
            x.add(span.start, span.end, Builder(outlet_key(line.agency), line.agency, EntityKind.OUTLET,
                                                outlet_kind=OutletKind.AGENCY))
        taken.update(range(span.start, span.end))


def _agency_by_first_word(agency: str, gaz: Gazetteer) -> GazEntry | None:
    """ "BAKU, December 28. /TREND/.", "the news agency Trend reported": the one news agency of
    the gazetteer whose name is that word and more ("Trend News Agency"); datelines and reports
    credit agencies by their short names."""
    hits = _agencies_by_first_word(gaz).get(norm_name(agency), ())
    return hits[0] if len(hits) == 1 else None


@lru_cache(maxsize=8)
def _agencies_by_first_word(gaz: Gazetteer) -> dict[str, tuple[GazEntry, ...]]:
    index: dict[str, list[GazEntry]] = {}
    for entry in sorted(gaz.entries.values(), key=lambda e: e.id):
        words = norm_name(entry.name).split()
        if entry.kind is EntityKind.OUTLET and entry.outlet_kind is OutletKind.AGENCY and len(words) > 1:
            index.setdefault(words[0], []).append(entry)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=8)
def _outlets_by_name(gaz: Gazetteer) -> dict[str, GazEntry]:
    index: dict[str, GazEntry] = {}
    for entry in sorted(gaz.entries.values(), key=lambda e: e.id):
        if entry.kind is EntityKind.OUTLET:
            for form in (entry.name, *entry.aliases):
                index.setdefault(norm_name(form), entry)
    for entry in sorted(gaz.entries.values(), key=lambda e: e.id):
        if entry.kind is EntityKind.OUTLET:
            # acronyms among the short forms ("TAP", "MNA") name the outlet where the text says it is one: a
            # dateline credit, "news agency X" (the gazetteer ruler never reads them alone)
            for form in entry.short_aliases:
                if form.isupper():  # an acronym; "the Times" stays a short form of its own article only
                    index.setdefault(norm_name(form), entry)
    return index


@lru_cache(maxsize=8)
def _agencies_by_acronym(gaz: Gazetteer) -> dict[str, tuple[GazEntry, ...]]:
    """Acronyms that several agencies go by ("APS" in Algiers and in Dakar)."""
    index: dict[str, list[GazEntry]] = {}
    for entry in sorted(gaz.entries.values(), key=lambda e: e.id):
        if entry.kind is EntityKind.OUTLET:
            for form in {f for f in (entry.name, *entry.aliases, *entry.short_aliases, *entry.shared_aliases) if f.isupper()}:
                index.setdefault(form, []).append(entry)
    return {k: tuple(v) for k, v in index.items() if len(v) > 1}


@lru_cache(maxsize=8)
def _countries_by_place(gaz: Gazetteer) -> dict[str, str]:
    """Country names by their own name and their capitals, folded ("dakar" -> "Senegal")."""
    index: dict[str, str] = {}
    for entry in sorted(gaz.entries.values(), key=lambda e: e.id):
        if entry.kind is EntityKind.COUNTRY:
            for form in (entry.name, *entry.capitals):
                index.setdefault(norm_name(form), entry.name)
    return index


def _place_country(dateline: str, gaz: Gazetteer) -> str | None:
    """The country of a dateline's place ("DAKAR, May 3 (APS) -" is in Senegal)."""
    return _countries_by_place(gaz).get(norm_name(re.split(r"[,(/]", dateline, maxsplit=1)[0]))


def home_country(text: str, datelines, meta: ArticleMeta, gaz: Gazetteer) -> str | None:
    """The country an article is told from: its first dateline's place, else its publisher's."""
    for line in datelines[:1]:
        country = _place_country(line.place or text[line.start:line.end], gaz)
        if country is not None:
            return country
    # "Windhoek, Tuesday" on a line of its own near the top: a dateline without a day of the month
    for line in text[:400].splitlines()[:8]:
        head = re.match(r"^\s*([A-Z][A-Za-z'’. -]{2,30}?)\s*(?:,|—|–|--)", line)
        country = _place_country(head.group(1), gaz) if head else None
        if country is not None:
            return country
    return _publisher_country(meta, gaz)


def _publisher_country(meta: ArticleMeta, gaz: Gazetteer) -> str | None:
    country = outlet_ref(meta.outlet, gaz, meta.url).country if meta.outlet else None
    if country is None and meta.url:
        # a crawl that left the outlet out: the publisher known by the domain of the article's
        # address, else the country whose top-level domain it is under ("island.lk")
        entry = _outlet_by_domain(_host(meta.url), gaz)
        country = entry.country if entry is not None else _countries_by_tld(gaz).get(_host(meta.url).rpartition(".")[2].casefold())
    return country


@lru_cache(maxsize=4)
def _countries_by_tld(gaz: Gazetteer) -> dict[str, str]:
    return {e.tld: e.name for e in gaz.entries.values() if e.kind is EntityKind.COUNTRY and e.tld}


def _agency_in_place(acronym: str, before: str, meta: ArticleMeta, gaz: Gazetteer) -> GazEntry | None:
    """The agency an acronym shared by several names where the dateline is ("DAKAR, May 3
    (APS)" is Senegal's), else where the publisher is; None when neither tells."""
    entries = _agencies_by_acronym(gaz).get(acronym)
    if not entries:
        return None
    country = _place_country(before, gaz) or _publisher_country(meta, gaz)
    return next((e for e in entries if e.country == country), None)


def _outlet_by_domain(name: str, gaz: Gazetteer) -> GazEntry | None:
    host = name.strip().lower().removeprefix("www.")
    if " " in host or "." not in host:
        return None
    domains = _outlets_by_domain(gaz)
    labels = host.split(".")
    for i in range(len(labels) - 1):  # "edition.cnn.com", then "cnn.com"
        entry = domains.get(".".join(labels[i:]))
        if entry is not None:
            return entry
    return None


@lru_cache(maxsize=8)
def _outlets_by_domain(gaz: Gazetteer) -> dict[str, GazEntry]:
    index: dict[str, GazEntry] = {}
    for entry in sorted(gaz.entries.values(), key=lambda e: e.id):
        if entry.kind is EntityKind.OUTLET:
            for domain in entry.domains:
                index.setdefault(domain, entry)
    return index


@dataclass(frozen=True)
class _Words:
    """The outlet words of ``data/lexicon/reports.json``, compiled once per process."""

    platform_before: frozenset[str]
    named_channels: frozenset[str]  # "the Ostria Today Telegram channel": the name before is an outlet
    page_owners: frozenset[str]  # "palace": "the Vell Palace Facebook page" is the palace's, no outlet
    agency_name_verbs: frozenset[str]  # "the news agency Trend reported": the gazetteer's Trend News Agency
    openers: Mapping[str, OutletKind]  # "Radio Vell": a word opening an outlet's name
    platform_after: frozenset[str]
    platform_markers: tuple[str, ...]
    heads: dict[str, list[tuple[tuple[str, ...], OutletKind]]]  # first word -> (words, kind), file order
    channels: frozenset[str]
    channel_designators: frozenset[str]  # "Channel": a known broadcaster's channel number beside its name
    descriptors: dict[str, str]  # descriptor -> outlet kind
    descriptor_firsts: frozenset[str]
    state_media: tuple[list[str], ...]  # token sequences ("state-run" is three tokens)
    generic_media: tuple[list[str], ...]
    editions: frozenset[str]  # "Xinhua English": an edition of an outlet
    name_words: frozenset[str]  # "National" in "Varnia National Broadcaster": no person's, but an outlet's
    generic_names: frozenset[str]  # "Public" of "Ostria's Public Television": a country's outlet
    head_continuations: frozenset[str]  # "the Weekly Press Conference": a head the name goes on past
    slots_before: dict[tuple[str, ...], tuple[bool, OutletKind]]  # "citing" -> (a person's place too, kind)
    slots_name_alone: frozenset[tuple[str, ...]]  # "revealed by": the name must end the phrase
    slots_after: dict[str, tuple[bool, OutletKind, frozenset[str]]]  # "reported" (after the name), words not after it
    services: dict[str, tuple[tuple[str, ...], ...]]  # first word -> service phrases ("radio national")
    slot_non_names: frozenset[str]  # "published by the Presidency": no outlet's name
    name_tails: frozenset[str]  # "news" of "VellNews": a one-word outlet name's ending
    reporting_verbs: frozenset[str]  # "reported", "said": after a channel's name ("Gabon 1ère reported")
    broadcast_verbs: frozenset[str]  # "aired", "carried"
    copyright_marks: tuple[str, ...]  # "©", "(c)", "copyright": a copyright line's opening
    copyright_signs: frozenset[str]  # "©": a mark that makes a line one alone
    copyright_notices: tuple[str, ...]  # "all rights reserved": a line with another mark is one
    company_words: frozenset[str]  # "publishing", "corporation": a publisher's company after its name
    corporate_suffixes: frozenset[tuple[str, ...]]  # "ltd", "pvt ltd": a company's ending, no name's
    particles: frozenset[str]  # "de" of "Televisão de Moçambique": lower-case words inside a name
    descriptor_adjectives: frozenset[str]  # "Kurdish" of "the Kurdish broadcaster": no outlet's name
    non_media_agencies: frozenset[str]  # "intelligence" of "the intelligence agency X": no news agency
    depictions: frozenset[str]  # "footage", "photos": what a broadcaster airs of someone
    airing_slots: frozenset[str]  # "aired": an outlet's place only before a depiction ("aired footage")
    subject_pronouns: frozenset[str]  # "told Vellwave radio he had ...": a clause after the outlet

    @cached_property
    def slot_words(self) -> frozenset[str]:
        """The words an outlet place is found at: the last word of a place before a name, a
        place after it."""
        return frozenset(p[-1] for p in self.slots_before) | frozenset(self.slots_after)

    @cached_property
    def slots_before_by_last(self) -> dict[str, tuple[tuple[tuple[str, ...], tuple[bool, OutletKind]], ...]]:
        """``slots_before`` by the last word of each place, in the lexicon's order: the places
        a slot word can close, not every place tried at every slot word."""
        index: dict[str, list] = {}
        for phrase, value in self.slots_before.items():
            index.setdefault(phrase[-1], []).append((phrase, value))
        return {word: tuple(places) for word, places in index.items()}

    @cached_property  # (computed once: it was rebuilt at every use)
    def head_words(self) -> frozenset[str]:
        """Single outlet head words ("News", "Times") that may end a name after a descriptor."""
        return frozenset(words[0] for entries in self.heads.values() for words, _ in entries if len(words) == 1)

    @cached_property
    def opening_words(self) -> frozenset[str]:
        """Token texts an ``unknown_outlets`` rule can start at, besides those a descriptor
        starts at or right after: channel words, name openers, outlet heads and the comma of an
        apposition."""
        return frozenset().union(self.channels, self.openers, self.heads, (",",))


def outlet_descriptors() -> Mapping[str, str]:
    """ "radio station", "broadcaster", "the daily" -> the kind of outlet whose name follows them."""
    return _words().descriptors


@lru_cache(maxsize=1)
def _words() -> _Words:
    lex = load_lexicon("reports")
    heads: dict[str, list] = {}
    for phrase, kind in lexicon_mapping(lex, "outlet_heads", "kind").items():
        words = tuple(phrase.split())
        heads.setdefault(words[0], []).append((words, OutletKind(kind)))
    descriptors = lexicon_mapping(lex, "outlet_descriptors", "kind")
    return _Words(
        platform_before=frozenset(lexicon_phrases(lex, "platform_context_before")),
        platform_after=frozenset(lexicon_phrases(lex, "platform_context_after")),
        named_channels=frozenset(lexicon_phrases(lex, "named_channel_words")),
        page_owners=frozenset(lexicon_phrases(lex, "page_owner_words")),
        agency_name_verbs=frozenset(lexicon_phrases(lex, "agency_name_verbs")),
        platform_markers=tuple(lexicon_phrases(lex, "platform_markers")),
        heads=heads,
        openers={e["phrase"]: OutletKind(e["kind"]) for e in lexicon_entries(lex, "outlet_openers")},
        particles=frozenset(lexicon_phrases(load_lexicon("titles"), "particles")),
        descriptor_adjectives=frozenset(lexicon_phrases(lex, "outlet_descriptor_adjectives")),
        non_media_agencies=frozenset(lexicon_phrases(lex, "non_media_agency_words")),
        depictions=frozenset(f for e in lexicon_entries(lex, "depiction_nouns") for f in e.get("forms") or (e["phrase"],)),
        airing_slots=frozenset(e["phrase"] for e in lexicon_entries(lex, "outlet_slots") if e.get("before_depiction")),
        subject_pronouns=frozenset(lexicon_phrases(load_lexicon("discourse"), "subject_pronouns")),
        channels=frozenset(lexicon_phrases(lex, "outlet_channel_words")),
        channel_designators=frozenset(e["phrase"] for e in lexicon_entries(lex, "outlet_channel_words") if e.get("designator")),
        descriptors=descriptors,
        descriptor_firsts=frozenset(p.split()[0] for p in descriptors),
        state_media=tuple(p.replace("-", " - ").split() for p in lexicon_phrases(lex, "state_media_heads")),
        generic_media=tuple(p.split() for p in lexicon_phrases(lex, "generic_media_heads")),
        editions=frozenset(lexicon_phrases(lex, "outlet_editions")),
        name_words=frozenset(lexicon_phrases(lex, "outlet_name_words")),
        generic_names=frozenset(lexicon_phrases(lex, "outlet_generic_names")),
        head_continuations=frozenset(lexicon_phrases(lex, "outlet_head_continuations")),
        slots_before={tuple(e["phrase"].split()): (e["person_too"], OutletKind(e["kind"]))
                      for e in lexicon_entries(lex, "outlet_slots") if e["place"] == "before"},
        slots_name_alone=frozenset(tuple(e["phrase"].split()) for e in lexicon_entries(lex, "outlet_slots") if e.get("name_alone")),
        slots_after={e["phrase"]: (e["person_too"], OutletKind(e["kind"]), frozenset(e.get("not_followed_by", ())))
                     for e in lexicon_entries(lex, "outlet_slots") if e["place"] == "after"},
        services=_by_first_word(lexicon_phrases(lex, "outlet_services")),
        slot_non_names=frozenset(lexicon_phrases(lex, "outlet_slot_non_names")),
        name_tails=frozenset(lexicon_phrases(lex, "outlet_name_tails")),
        reporting_verbs=frozenset(lexicon_phrases(lex, "reporting_words")),
        broadcast_verbs=frozenset(lexicon_phrases(lex, "broadcast_verbs")),
        copyright_marks=tuple(p.casefold() for p in lexicon_phrases(lex, "copyright_marks")),
        copyright_signs=frozenset(e["phrase"].casefold() for e in lexicon_entries(lex, "copyright_marks") if e.get("sign")),
        copyright_notices=tuple(p.casefold() for p in lexicon_phrases(lex, "copyright_notices")),
        company_words=frozenset(lexicon_phrases(lex, "company_words")),
        corporate_suffixes=frozenset(tuple(p.split()) for p in lexicon_phrases(lex, "corporate_suffixes")),
    )


def _by_first_word(phrases: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases as token tuples by their first word, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        index.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def platform_context(x: Extractor, start: int, end: int) -> bool:
    words = _words()
    before = x.doc[start - 1].lower_ if start > 0 else ""
    after = x.doc[end].lower_ if end < len(x.doc) else ""
    tail = " ".join(t.lower_ for t in x.doc[end : end + 4])
    return (
        before in words.platform_before
        or after in words.platform_after
        or any(marker in tail for marker in words.platform_markers)
    )


@dataclass(frozen=True, slots=True)
class _Tokens:
    """What the outlet rules read of an article, as lists (see ``kg.extract.tokens``)."""

    text: list[str]
    lower: list[str]
    ent_type: list[str]  # ``Token.ent_type_``
    ws: list[bool]  # a space after the token
    not_names: frozenset[str]
    descriptors: dict[str, str]
    first_words: frozenset[str]  # of the descriptors


def _tokens(x: Extractor) -> _Tokens:
    cols = columns(x.doc)
    # ``Token.ent_type_`` of each token, from the entities the extractor has read already (a
    # token of an entity has its entity's label, every other token none; no column of the Doc
    # read through ``to_array``)
    ent_type = [""] * len(cols.text)
    for ent, label in zip(x.ents, x.ent_labels):
        ent_type[ent.start:ent.end] = [label] * (ent.end - ent.start)
    words = _words()
    return _Tokens(cols.text, cols.lower, ent_type, cols.ws, x.not_names, words.descriptors, words.descriptor_firsts)


def _rule_starts(cols: Columns, firsts: frozenset[str]) -> list[int]:
    """The tokens, in order, where a rule of ``unknown_outlets`` can find something: at any
    other token each of its tests fails, so they are passed over (``Columns.where``)."""
    opening = _words().opening_words
    at = set(cols.where(opening, lowered=False))
    for i in cols.where(firsts):
        at.update((i, i - 1) if i else (i,))  # a descriptor at this token, or right after the one before
    return sorted(at)


def unknown_outlets(x: Extractor) -> None:
    """ "Kenya Broadcasting Corporation", "Channel 12": a capitalised name ending with an
    outlet word from the lexicon."""
    words = _words()
    heads, channels, openers = words.heads, words.channels, words.openers
    t = _tokens(x)
    national = {ent.start: entry.name for ent, label, ent_id in zip(x.ents, x.ent_labels, x.ent_ids)
                if label == "NORP" and ent.end == ent.start + 1 and ent_id and (entry := x.gaz.get(ent_id)) is not None}
    texts, lower, firsts = t.text, t.lower, t.first_words
    taken: set[int] = set()
    person = {i for ent, label in zip(x.ents, x.ent_labels) if label in {"PERSON", "OUTLET", "ORG", "SHORT"}
              for i in range(ent.start, ent.end)}
    # a trained model's people (no gazetteer id): an apposition may tell one is an outlet
    guessed = frozenset(i for ent, label, ent_id in zip(x.ents, x.ent_labels, x.ent_ids) if label == "PERSON" and not ent_id
                        for i in range(ent.start, ent.end))
    # a surname of a person the article names, alone elsewhere ("Hale told Sorn newspaper reports
    # were false"), is that person's, never an unknown outlet's name
    surnames = {texts[ent.end - 1] for ent, label in zip(x.ents, x.ent_labels) if label == "PERSON" and ent.end - ent.start > 1}
    # (alone: "Deka" of another "Vell Deka" is no surname standing for a person)
    person |= {i for i in columns(x.doc).where(frozenset(surnames), lowered=False)
               if not (i > 0 and texts[i - 1][:1].isupper())} if surnames else set()
    # (a broadcaster the gazetteer knows: "Channel 7 Teletica"; not a wire's name beside another
    # channel's, "Kanal 7 AFP footage")
    known = [(ent.start, ent.end) for ent, label, ent_id in zip(x.ents, x.ent_labels, x.ent_ids) if label == "OUTLET" and ent_id
             and (entry := x.gaz.get(ent_id)) is not None and entry.outlet_kind is OutletKind.BROADCASTER]
    known_starts, known_ends = {a for a, _ in known}, {b for _, b in known}
    doc = x.doc
    blocked = taken | person  # kept with ``taken``, not remade per token: a long article has many people
    size = len(texts)
    for start, end in _numbered_country_channels(x, texts, lower, words):
        # "state channel Uzbekistan 24 reported", "Gabon 1ère aired": a broadcaster, not the country
        name = span_text(doc, start, end)
        entry = gazetteer_outlet(name, x.gaz)
        x.add(start, end, gaz_builder(entry, x.meta) if entry is not None
              else Builder(outlet_key(name), name, EntityKind.OUTLET, outlet_kind=OutletKind.BROADCASTER))
        taken.update(range(start, end))
        blocked.update(range(start, end))
    for i in _rule_starts(columns(x.doc), firsts):
        text = texts[i]
        if text in channels and i + 1 < size and doc[i + 1].like_num and i not in taken:
            if text in words.channel_designators and (i + 2 in known_starts or i in known_ends):
                continue  # "Channel 7 Vell TV aired it", "Vell TV Channel 7": the known outlet's channel
            name = f"{text} {texts[i + 1]}"
            x.add(i, i + 2, Builder(outlet_key(name), name, EntityKind.OUTLET,
                                    outlet_kind=OutletKind.BROADCASTER))
            continue
        if text in openers and i not in taken and i not in person and i + 1 < size:
            end = i + 1
            while end < size and end - i <= 3 and end not in taken and end not in person \
                    and (texts[end][:1].isupper() and texts[end].isalpha() and texts[end] not in t.not_names
                         or end + 1 < size and texts[end] in words.particles and texts[end + 1][:1].isupper()):
                end += 1  # ("Televisão de Moçambique": a particle inside the name)
            if end > i + 1 and texts[end - 1] in words.particles:
                end -= 1
            if end > i + 1:  # "Radio Kelmar", "Radio Pakistan"
                name = span_text(doc, i, end)
                entry = gazetteer_outlet(name, x.gaz)
                x.add(i, end, gaz_builder(entry, x.meta) if entry is not None
                      else Builder(outlet_key(name), name, EntityKind.OUTLET, outlet_kind=openers[text]))
                taken.update(range(i, end))
                blocked.update(range(i, end))
                continue
        # no descriptor at or right after this token: the common case, tested before the sets are joined
        found = None
        if lower[i] in firsts or (i + 1 < size and lower[i + 1] in firsts):
            found = _described(t, i, blocked)
        if found is None and text == "," and i > 0 and (i - 1 not in blocked or i - 1 in guessed):
            # "The Tribune, a Varnian weekly, said ..." (a model's person too: "Vell Siete, a
            # La Paz newspaper, reported")
            found = _apposed(t, i, blocked, guessed)
        if found is None and lower[i] in firsts:
            # "Sana, Syria's official agency, reported": the comma a few words before the descriptor
            comma = next((k for k in range(i - 1, max(0, i - 6), -1) if texts[k] == ","), None)
            if comma is not None and comma > 0 and comma - 1 not in blocked and lower[comma + 1] not in ("a", "an"):
                found = _apposed(t, comma, blocked)
        if found:
            start, end, kind = found
            name = span_text(doc, start, end)
            entry = gazetteer_outlet(name, x.gaz)  # "state news agency Wam": a known agency spelt another way
            if entry is None and kind is OutletKind.AGENCY and end < len(lower) and not known_place(name) \
                    and (agency := _agency_by_first_word(name, x.gaz)) is not None:
                # the countries an adjective or a possessive names before it ("Ostrian news
                # agency Trend", "Ostria's Trend news agency")
                named = {country_by_adjective(x.gaz).get(texts[k].casefold())
                         for k in range(max(0, start - 5), start) if texts[k][:1].isupper()} | {
                    place.name for ent, ent_id in zip(x.ents, x.ent_ids)
                    if start - 6 <= ent.start < start and lower[ent.end] in ("'s", "’s") and ent_id
                    and (place := x.gaz.get(ent_id)) is not None and place.kind is EntityKind.COUNTRY}
                named.discard(None)
                if (named == {agency.country} if named else lower[end] in _words().agency_name_verbs
                        or not texts[end][:1].isalnum() or lower[end] in firsts and texts[end].islower()):
                    # "the news agency Trend reported", "..., the official news agency Saba said",
                    # "the Trend news agency" (the descriptor after the name, the rest of its
                    # name), "Ostrian news agency Trend broke the story": the agency the gazetteer
                    # names with that first word, with a verb of reporting, a stop or its
                    # descriptor after it, or its country's adjective or possessive before (not
                    # another country's, "Vellish news agency Trend"; not "told the news agency
                    # Kenya would send envoys")
                    entry = agency
            x.add(start, end, gaz_builder(entry, x.meta) if entry is not None
                  else Builder(outlet_key(name), name, EntityKind.OUTLET, outlet_kind=kind))
            taken.update(range(start, end))
            blocked.update(range(start, end))
            continue
        for head, kind in heads.get(text, ()):
            end = i + len(head)
            if tuple(texts[i:end]) != head:
                continue
            if any(k in taken or k in person for k in range(i, end)):
                continue
            if end < size and texts[end][:1].isupper() and lower[end] in words.head_continuations:
                break  # "the Spokesperson's Regular Press Conference": an event, no outlet
            start = i
            while start > 0 and start - 1 not in taken and start - 1 not in person and i - start < 4:
                before = texts[start - 1]
                if before[:1].isupper() and before.isalpha() and (before not in t.not_names or before in words.name_words):
                    start -= 1
                elif before in _NAME_PARTICLES and start - 1 > i - 3 and start >= 2 and texts[start - 2][:1].isupper() \
                        and texts[start - 2].isalpha() and start - 2 not in taken and start - 2 not in person:
                    start -= 1  # "Agence Varnienne de Presse": a particle right before the head, a name before it
                elif before == "-" and start < i and (hyphened := _hyphened_start(t, start, blocked)) < start:
                    start = hyphened  # "Al-Vellam TV": a hyphen inside the name
                else:
                    break
            if start == i and len(head) == 1:
                continue  # a bare "Agency" or "Times" names nothing
            # "Greek TV": a country's word and a generic head name the country's media, no outlet
            # of its own (the country marks it generic, as "Danish media"); "Skai TV" is one
            country = national.get(start) if start == i - 1 and [lower[i]] in words.generic_media else None
            if start < i and all(texts[k] in words.generic_names for k in range(start, i)) \
                    and (owner := _country_possessive(x, start)) is not None:
                # "Ostria's Public Television": the country's broadcaster, named with it
                start, country = owner
            name = span_text(doc, start, end)
            x.add(start, end, Builder(outlet_key(name), name, EntityKind.OUTLET, outlet_kind=kind, country=country))
            taken.update(range(start, end))
            blocked.update(range(start, end))
            break


# a channel's number after a name: "24", "1", "1ère" or "1ere" (digits and ordinal suffixes are the
# tokenizer's output, not vocabulary of a lexicon)
_CHANNEL_NUMBER = re.compile(r"^\d{1,2}(?:ère|ere|re|er|e)?$")


def _numbered_country_channels(x: Extractor, texts, lower, words: _Words) -> list[tuple[int, int]]:
    """(start, end) of a country's name followed by a channel's number ("Uzbekistan 24") after an
    outlet's descriptor ("state channel Uzbekistan 24") or before a verb of reporting or
    broadcasting ("Gabon 1ère reported"): no score line ("Ostria 2, Vell 1") nor a year."""
    out = []
    size = len(texts)
    for ent, label, ent_id in zip(x.ents, x.ent_labels, x.ent_ids):
        k = ent.end
        if label != "GPE" or not ent_id or k >= size or not _CHANNEL_NUMBER.match(texts[k]):
            continue
        entry = x.gaz.get(ent_id)
        if entry is None or entry.kind is not EntityKind.COUNTRY:
            continue
        if k + 1 < size and (texts[k + 1] in ("-", "–", "—", ",", "%", ":") or texts[k + 1][:1].isdigit()):
            continue  # a score, a share or a time
        # an outlet's descriptor right before ("state channel Uzbekistan 24"); or, opening its
        # clause (not "in Mali 2 reported deaths"), a verb of reporting right after, not a
        # participle before a noun ("reported cases")
        described = any(" ".join(lower[m:ent.start]) in words.descriptors for m in range(max(0, ent.start - 3), ent.start))
        opening = ent.start == 0 or not (texts[ent.start - 1].isalpha() and texts[ent.start - 1].islower())
        reporting = opening and k + 1 < size and (lower[k + 1] in words.reporting_verbs or lower[k + 1] in words.broadcast_verbs) \
            and not (k + 2 < size and texts[k + 2].isalpha() and texts[k + 2].islower() and lower[k + 2] != "that")
        if described or reporting:
            out.append((ent.start, k + 1))
    return out


def _country_possessive(x: Extractor, k: int) -> tuple[int, str] | None:
    """(where it starts, the country) for a country's possessive ending right before token
    ``k`` ("Ostria's"), read from the gazetteer's entities of the Doc."""
    if k < 2 or x.doc[k - 1].lower_ not in ("'s", "’s"):
        return None
    ent = next((e for e in x.ents if e.end == k - 1 and e.label_ == "GPE" and e.ent_id_), None)
    entry = x.gaz.get(ent.ent_id_) if ent is not None else None
    return (ent.start, entry.name) if entry is not None and entry.kind is EntityKind.COUNTRY else None


def channel_outlets(x: Extractor) -> None:
    """ "the Ostria Today Telegram channel": a capitalised name no entity holds, right before a
    platform and a channel word, is an outlet that publishes there."""
    doc, words = x.doc, _words()
    held = {i for m in x.mentions for i in range(m.start, m.end)} | {
        i for ent, label in zip(x.ents, x.ent_labels) if label in {"PERSON", "ORG", "GPE", "NORP"}
        for i in range(ent.start, ent.end)}
    for ent, ent_id in zip(x.ents, x.ent_ids):
        entry = x.gaz.get(ent_id) if ent_id else None  # (a root looked up per read)
        if entry is None or entry.outlet_kind is not OutletKind.PLATFORM:
            continue
        if doc[ent.end - 1].lower_ not in words.named_channels and (
                ent.end >= len(doc) or doc[ent.end].lower_ not in words.named_channels):
            continue  # ("Telegram channel" may be the platform's own alias)
        start = ent.start
        while start > 0 and start - 1 not in held and ent.start - start < 4 and doc[start - 1].is_alpha \
                and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start:
            start -= 1
        if start < ent.start and (start == 0 or doc[start - 1].lower_ == "the"):
            name = span_text(doc, start, ent.start)
            found = gazetteer_outlet(name, x.gaz)
            if found is None and any(doc[k].lower_ in words.page_owners for k in range(start, ent.start)):
                continue  # "a post on the Vell Palace Facebook page": the palace's page, the platform reports
            x.add(start, ent.start, gaz_builder(found, x.meta) if found is not None
                  else Builder(outlet_key(name), name, EntityKind.OUTLET, outlet_kind=OutletKind.NEWS))
            held.update(range(start, ent.start))


# a copyright line is short: a longer line is prose, and no pattern is run over it
_COPYRIGHT_LINE_MOST = 200
_LINE_BREAKS = re.compile(r"\r\n|[\n\r\u2028\u2029]")
# where a copyright holder's name ends: a year, a full stop, comma, semicolon or bar before a
# space, a spaced dash ("© WAFA – Palestinian News & Info Agency"), the line's end
_HOLDER_END = re.compile(r"\s(?=\d{4}\b)|[.,;|](?=\s|$)|\s[-–—]\s|$")
_YEARS = re.compile(r"\d{4}(?: ?[-–] ?\d{4})?\s{0,3}")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_LINKS = frozenset(("of", "the", "and", "&"))  # (grammar: the particles of names come from the lexicon)


def copyright_outlets(x: Extractor) -> None:
    """ "© Vell Today 2025. All rights reserved.", "Copyright (c) 2024 The Ostria Post Ltd.": the
    holder a line of page furniture opens with a copyright mark for (past a year) is an outlet.
    A word or a letter in brackets alone ("Copyright ...", "(c) ...") makes a line one only with a
    year or a notice of rights reserved (not "Copyright Reform Bill Passes", a list's "(c) ..." item).
    The holder is the article's publisher when its name is the publisher's, spelt together, with
    its company's words ("© Vell Herald Publishing Corporation"), or the acronym it goes by; else
    the gazetteer's outlet of that name, spelling or web domain; else, only when the metadata names
    no publisher, an outlet of its own written as a name (a company's ending, "Ltd.", left off).
    Not a person or a country alone."""
    words = _words()
    text, doc = x.doc.text, x.doc
    # (a country inside a longer name is no holder of its own: "© Vell Varnia")
    held = {i for m in x.mentions if m.kind is not EntityKind.COUNTRY for i in range(m.start, m.end)}
    countries = {(m.start, m.end) for m in x.mentions if m.kind is EntityKind.COUNTRY}
    start = 0
    for line_end in [m.start() for m in _LINE_BREAKS.finditer(text)] + [len(text)]:
        line, at = text[start:line_end], start
        start = line_end + 1 + (text[line_end:line_end + 2] == "\r\n")
        holder = _copyright_holder(line, words) if len(line) <= _COPYRIGHT_LINE_MOST else None
        if holder is None:
            continue
        opens, ends, name_words = holder
        name = " ".join(name_words)
        span = doc.char_span(at + opens, at + ends, alignment_mode="expand")
        if span is None or any(i in held for i in range(span.start, span.end)) or (span.start, span.end) in countries:
            continue  # (named already: the gazetteer's ruler or another rule read it)
        known = _publisher_spelt_so(x, name_words, words)
        if known is None:
            # ("(c) KoreaTimes", "© Vell-news.example 2025"): the gazetteer's, however written
            entry = gazetteer_outlet(name, x.gaz) or _outlet_by_domain(name, x.gaz) or _outlets_compact(x.gaz).get(_compact(name))
            known = (x.entities.get(entry.key) or gaz_builder(entry, x.meta)) if entry is not None else None
        if known is None and not x.meta.outlet and name_words[0][:1].isupper() and all(
                w[:1].isupper() or w[:1].isdigit() or w.casefold() in _LINKS or w.casefold() in words.particles
                for w in name_words):
            # one of its own only when the metadata names no publisher (a publisher's line
            # naming someone else names its company: "© Vell Media Group"); and written as a
            # name ("© Kabar news agency" is a description the rule cannot trust)
            known = Builder(outlet_key(name), name, EntityKind.OUTLET, outlet_kind=OutletKind.NEWS)
        if known is not None:
            x.add(span.start, span.end, known)
            held.update(range(span.start, span.end))


def _copyright_holder(line: str, words: _Words) -> tuple[int, int, list[str]] | None:
    """(where in ``line`` the holder's name opens and ends, its words) when the line opens with copyright
    marks (``copyright_marks``; "Copyright ©" and "© Copyright" doubled), past a year; else None."""
    i, n = 0, len(line)
    while i < n and line[i].isspace():
        i += 1
    signed = marked = False
    low = line.casefold()
    while True:  # (each mark read once: the line is walked, not sliced again and again)
        mark = next((m for m in words.copyright_marks if low.startswith(m, i)), None)
        if mark is None:
            break
        marked, signed = True, signed or mark in words.copyright_signs
        i += len(mark)
        while i < n and line[i].isspace():
            i += 1
    if not marked or not (signed or _A_YEAR.search(line) or any(notice in low for notice in words.copyright_notices)):
        return None
    if (years := _YEARS.match(line, i)) is not None:
        i = years.end()
    end = _HOLDER_END.search(line, i)
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", line[i:end.start()])]
    name_words = [line[i + a:i + b] for a, b in spans]
    while True:  # ("The Vell Herald Pvt Ltd", "Kelvo Vell & Co."): company endings and links left off
        if len(name_words) > 1 and tuple(w.casefold().replace(".", "") for w in name_words[-2:]) in words.corporate_suffixes:
            name_words = name_words[:-2]
        elif name_words and (name_words[-1].casefold().replace(".", ""),) in words.corporate_suffixes \
                or len(name_words) > 1 and name_words[-1].casefold() in _LINKS:
            name_words = name_words[:-1]
        else:
            break
    if not name_words or len(name_words) > 6:
        return None
    return i, i + spans[len(name_words) - 1][1], name_words


def _publisher_spelt_so(x: Extractor, name_words: list[str], words: _Words) -> Builder | None:
    """The article's publisher when a copyright holder's words are its name (spelt together or
    apart: "KoreaTimes"), that name with its company's words after it ("Vell Herald Publishing
    Corporation"), or the acronym it goes by (``own_acronyms``: "Vti" of Vell Television
    International)."""
    if not x.meta.outlet:
        return None
    own = outlet_ref(x.meta.outlet, x.gaz, x.meta.url)
    held = _compact(" ".join(name_words))
    folded = [norm_name(w) for w in name_words]
    for spelt in {x.meta.outlet, own.name}:
        base = norm_name(spelt).removeprefix("the ").split()
        rest = folded[len(base):] if folded[:len(base)] == base else (folded[1:][len(base):] if folded[1:][:len(base)] == base
                                                                          and folded[0] == "the" else None)
        if held == _compact(spelt) or rest is not None and all(w in words.company_words for w in rest):
            break
    else:
        if held.upper() not in own_acronyms(x.meta.outlet, x.meta.url) | own_acronyms(own.name, None):
            return None
    return publisher_builder(x, own)


def _compact(name: str) -> str:
    """A name's letters and digits alone, case-folded, without a leading "the" ("The Korea
    Times", "KoreaTimes" -> "koreatimes")."""
    return re.sub(r"[^0-9a-z]", "", re.sub(r"^the ", "", norm_name(name)))


@lru_cache(maxsize=4)
def _outlets_compact(gaz: Gazetteer) -> dict[str, GazEntry]:
    """The gazetteer's outlets by the compact form of each name and alias (of four letters at least)."""
    index: dict[str, GazEntry] = {}
    for entry in sorted(gaz.entries.values(), key=lambda e: e.id):
        if entry.kind is EntityKind.OUTLET:
            for form in (entry.name, *entry.aliases, *entry.short_aliases):
                if len(key := _compact(form)) >= 4:
                    index.setdefault(key, entry)
    return index


_APPOSITION_BREAKS = frozenset(("of", "for", "at", "with", "to", "in", "on", "by", "from", "and", ","))


# words that make "the ... broadcaster" an institution's description, not a person's ("Tala Voss,
# the veteran broadcaster"); a people's or country's adjective does as well ("the Kurdish broadcaster")
_INSTITUTION_WORDS = frozenset(("state", "public", "private", "commercial", "national", "regional", "independent",
                                "satellite", "local", "government", "official", "opposition", "pan", "-"))


def _names_a_person_too(t: _Tokens, words: str, at: int) -> bool:
    """ "the well-known broadcaster": a descriptor that is a person's job too, with no word
    before it that makes it an institution's."""
    if words != "broadcaster":
        return False
    before = t.text[at - 1] if at > 0 else ""
    return not (before.lower() in _INSTITUTION_WORDS or before in _words().descriptor_adjectives or t.ent_type[at - 1] == "NORP")


def _object_of_preposition(t: _Tokens, comma: int) -> bool:
    """The capitalised words right before ``comma`` (four at most) follow a preposition."""
    k = comma - 1
    while k >= 0 and comma - k <= 4 and t.text[k][:1].isupper() and t.text[k].isalpha():
        k -= 1
    return k < comma - 1 and k >= 0 and t.lower[k] in _prepositions()


@lru_cache(maxsize=1)
def _place_prepositions() -> frozenset[str]:
    """Words before a place's name ("in Port Vella", "near Lake Orrin": titles.json place_prepositions)."""
    return frozenset(lexicon_phrases(load_lexicon("titles"), "place_prepositions"))


@lru_cache(maxsize=1)
def _prepositions() -> frozenset[str]:
    """The prepositions that govern a noun phrase (discourse.json governing_prepositions and
    adjunct_prepositions: "of", "within", "in")."""
    discourse = load_lexicon("discourse")
    return frozenset(lexicon_phrases(discourse, "governing_prepositions")) | frozenset(
        lexicon_phrases(discourse, "adjunct_prepositions"))


def _apposed(t: _Tokens, comma: int, blocked: set[int], guessed: frozenset[int] = frozenset()) -> tuple[int, int, OutletKind] | None:
    """A capitalised name before ``, a/an/the ... <descriptor>,``: "The Tribune, a Varnian weekly,",
    "Vellvision, the Kurdish broadcaster,", "Sana, Syria's official agency,". ``guessed``: the
    tokens of a trained model's people, which the apposition tells to be an outlet after all."""
    text, lower, size = t.text, t.lower, len(t.text)
    if comma + 2 >= size:
        return None
    if lower[comma + 1] not in ("a", "an", "the") and not (text[comma + 1][:1].isupper() and lower[comma + 2] in ("'s", "’s")):
        return None  # ("a Varnian weekly", "Syria's official agency")
    for end in range(comma + 3, min(size, comma + 9)):
        if lower[end] in (",", ".", ";") or lower[end] in ("said", "reported", "says", "reports"):
            if lower[end] not in (",", ".", ";") and lower[comma + 1] in ("a", "an", "the") \
                    and _object_of_preposition(t, comma):
                # ("... cooperation within Vellnet, the newspaper said": a reporting clause after
                # a preposition's object, its subject the outlet told before; but "..., Vellvision,
                # the state broadcaster reported" names it)
                return None
            for n in (3, 2, 1):
                words = " ".join(lower[end - n : end])
                # (the words before the descriptor qualify it: not "X, the head of the daily,")
                if end - n > comma + 1 and words in t.descriptors and text[end - n].islower() \
                        and not _no_news_agency(lower, words, end - n) \
                        and not any(lower[k] in _APPOSITION_BREAKS for k in range(comma + 2, end - n)) \
                        and not (lower[comma + 1] == "the" and _names_a_person_too(t, words, end - n)):
                    start = comma
                    while start > 0 and comma - start < 4 and (start - 1 not in blocked or start - 1 in guessed) and (
                            text[start - 1][:1].isupper() and text[start - 1].isalpha()
                            and (not t.ent_type[start - 1] or start - 1 in guessed)):
                        start -= 1
                    if start == comma or text[start] in t.not_names and start + 1 == comma:
                        return None
                    return start, comma, OutletKind(t.descriptors[words])
            return None
    return None


def descriptor_before(x: Extractor, start: int) -> bool:
    """An outlet descriptor ends right before token ``start`` ("state news agency TAP"), or
    before the comma of an apposition the name opens ("the state news agency, TAP, said"), or a
    place only an outlet (or a person) takes ("a statement to TAP")."""
    lower = columns(x.doc).lower
    descriptors = _words().descriptors
    if start >= 2 and lower[start - 1] == "," and start + 1 < len(lower) and lower[start + 1] in (",", ".", ")"):
        start -= 1
    if any(start - n >= 0 and " ".join(lower[start - n : start]) in descriptors for n in (3, 2, 1)):
        return True
    # an outlet's place before it ("a statement to RSS", "citing TAP") says as much as a descriptor
    return _slot_phrase_before(lower, start)


def _slot_phrase_before(lower, start: int) -> bool:
    """A place only an outlet, or a person, takes (lexicon ``outlet_slots``, "before") ends right
    before token ``start`` ("told", "a statement to", "citing")."""
    return any(start >= len(phrase) and tuple(lower[start - len(phrase) : start]) == phrase
               for phrase in _words().slots_before)


def described_outlet(x: Extractor, i: int, taken: set[int]) -> tuple[int, int, OutletKind] | None:
    """An unknown name with an outlet descriptor: "broadcaster DR", "the Petra news agency"."""
    return _described(_tokens(x), i, taken)


def _no_news_agency(lower: list[str], words: str, at: int) -> bool:
    """The descriptor ``words`` at token ``at`` is "agency" after a word of another kind of
    agency ("the intelligence agency X", "X, the space agency,"): no news agency."""
    return words == "agency" and at > 0 and lower[at - 1] in _words().non_media_agencies


def _described(t: _Tokens, i: int, taken: set[int]) -> tuple[int, int, OutletKind] | None:
    lex, firsts, text, lower = t.descriptors, t.first_words, t.text, t.lower
    size = len(text)
    after_name = i + 1 < size and lower[i + 1] in firsts
    if lower[i] not in firsts and not after_name:
        return None  # the common case: no descriptor starts here or right after
    heads = _words().head_words
    for n in (3, 2, 1):  # descriptor before the name
        words = " ".join(lower[i : i + n])
        if i + n < size and words in lex and text[i + n - 1].islower():
            if _no_news_agency(lower, words, i):
                return None  # "the intelligence agency X": no news agency
            j = i + n
            # "the daily The Standard", "daily The New Times": a name opened by its own article
            the_end = _the_name_end(t, j, taken) if text[j] == "The" else None
            if the_end is not None:
                return j, the_end, OutletKind(lex[words])
            k = j
            hyphens = 0  # (a hyphen and the word after it count as one word: "Al-Vellam News")
            # "news website Fresh Report", "radio station 3VX": capitalised words, an outlet word
            # ("News", "Times") among them, or a call sign
            while k < size and k - j - hyphens < 3 and k not in taken and (
                    (text[k][:1].isupper() and (text[k] not in t.not_names or (k > j and text[k] in heads)))
                    or (k == j and text[k].isalnum() and any(c.isupper() for c in text[k]) and any(c.isdigit() for c in text[k]))
                    # "the daily 24 Chasa", "radio station 610 CKVL": a number opening the name, a
                    # capitalised word after it
                    or (k == j and text[k].isdigit() and k + 1 < size and text[k + 1][:1].isupper() and text[k + 1].isalpha()
                        and t.ws[k])
                    # "outlet El 19 Digital": a number inside the name
                    or (k > j and text[k].isdigit() and k + 1 < size and text[k + 1][:1].isupper() and text[k + 1].isalpha())) \
                    and not t.ent_type[k] in ("NORP",):
                k += 1
                if k + 1 < size and text[k] == "-" and not t.ws[k - 1] and not t.ws[k] and text[k + 1][:1].isupper() \
                        and k + 1 not in taken:
                    k += 2  # "the daily Al-Vellam": a hyphen inside the name
                    hyphens += 2
            if k > j and k < size and text[k - 1] in _words().channels and text[k].isdigit():
                k += 1  # "broadcaster TV 2": a channel word and its number
            if k == j and j + 1 < size and text[j].isdigit() and not t.ws[j] and text[j + 1].isupper() \
                    and text[j + 1].isalpha() and len(text[j + 1]) <= 4:
                k = j + 2  # "radio station 2GB": a call sign the tokenizer cut like "2 GB"
            if k > j:
                return j, k, OutletKind(lex[words])
    # name before the descriptor: "the Petra news agency", "the Vell Today news channel"; with no
    # "the", where an outlet's verb follows the descriptor ("Vellpost newspaper reported") or an
    # outlet's place comes before the name ("told Vellwave radio", "confirmed to Ostrapress news
    # agency")
    s = _hyphened_start(t, i, taken)  # ("Al-Vellam newspaper reported": a hyphen inside the name)
    # "the Kestrel Nord newspaper": the words before the last one too (not "the Vellton Sunday
    # newspaper", a Sunday paper)
    if lower[i + 1 : i + 2] and lower[i + 1] in firsts and lower[i] not in calendar_names():
        s = _name_words_before(t, s, taken)
    if not (text[i][:1].isupper() and i not in taken and text[s] not in t.not_names
            and text[i] not in _words().descriptor_adjectives and not t.ent_type[i]):
        return None
    after_the = s > 0 and _after_the(t, s)
    # (an outlet's place that a person takes too, "told X": the descriptor must end the phrase,
    # "told Vellwave radio that ...", not "told Dravo Kell newspaper editors")
    slot = s > 0 and not after_the and lower[i] not in calendar_names() and _slot_before_name(t, s)
    if after_the or slot or _reports_after_descriptor(t, s, i):
        m = i + 1
        while m < size and m - i < 3 and m not in taken and text[m][:1].isupper() and text[m] not in t.not_names \
                and " ".join(lower[m : m + 2]) not in lex and not t.ent_type[m] and not (slot and lower[m] in lex):
            m += 1  # (after an outlet's place, "Vellish TV Kestrel channel": the descriptor "TV" ends it)
        for n in (3, 2, 1):
            words = " ".join(lower[m : m + n])
            if words in lex and m + n <= size and text[m].islower():
                after = text[m + n] if m + n < size else ""
                sign = m + n + 1 < size and text[m + n + 1].isupper() and text[m + n + 1].isalpha()
                if (after[:1].isupper() or after[:1].isdigit() and (any(c.isupper() for c in after) or sign)) \
                        and (after == "The" or after not in t.not_names):
                    # "the Vell daily The Standard", "Vellton radio station 3VX", "... station 610
                    # CKVL": a place before the descriptor, the name after
                    return None
                if slot and after.isalpha() and after.islower() and after not in _NAME_ALONE_AFTER \
                        and after not in _words().subject_pronouns:
                    return None  # "told Dravo Kell newspaper editors": a noun the descriptor qualifies
                return s, m, OutletKind(lex[words])
    return None


def _name_words_before(t: _Tokens, s: int, taken: set[int]) -> int:
    """The start of a name of up to three capitalised words ending with the one at ``s``
    ("Kestrel Nord" before "newspaper"), none of them a word that names nothing alone, a
    descriptor's adjective or a recognised entity's."""
    words = _words()
    k = s
    while k > 0 and s - k < 2 and k - 1 not in taken and t.text[k - 1][:1].isupper() and t.text[k - 1].isalpha() \
            and t.text[k - 1] not in t.not_names and t.text[k - 1] not in words.descriptor_adjectives \
            and t.text[k - 1] not in words.openers and t.text[k - 1] not in words.head_words \
            and t.lower[k - 1] not in calendar_names() and not t.ent_type[k - 1]:
        k -= 1  # (not "TV" of "Vellish TV Kestrel channel", an opener's name of its own, nor "Sunday")
    return k


def _slot_before_name(t: _Tokens, s: int) -> bool:
    """An outlet's place ends right before the name at ``s`` ("told", "an interview with",
    "comments to"; lexicon ``outlet_slots``), or "to" closing a clause a reporting word opens
    ("confirmed the call to"): with a descriptor after the name, the place is an outlet's, not a
    person's, nor a place one goes to ("flew to Vellmark radio talks")."""
    lower = t.lower
    if lower[s - 1] == "to":
        for k in range(s - 2, max(-1, s - 9), -1):
            if not lower[k].isalpha() or lower[k] in _CLAUSE_OPENERS:
                break  # ("an aide said before he flew to Vellton radio studios": another clause's "to")
            if lower[k] in _words().reporting_verbs:
                return True
    return _slot_phrase_before(lower, s)


def _hyphened_start(t: _Tokens, i: int, taken: set[int]) -> int:
    """The start of a name whose last part is at ``i``, over hyphens joining capitalised parts
    with no space ("Al-Vellam", "Dal-Im"); ``i`` when none is before it."""
    s = i
    while s >= 2 and t.text[s - 1] == "-" and not t.ws[s - 2] and not t.ws[s - 1] and s - 2 not in taken \
            and t.text[s - 2][:1].isupper() and t.text[s - 2].isalpha():
        s -= 2
    return s


def _reports_after_descriptor(t: _Tokens, i: int, last: int | None = None) -> bool:
    """A capitalised word at ``i`` inside a sentence, after a comma, a colon or "and" (a word's
    capital there is a name's, not the sentence's), an outlet descriptor after it (or after the
    name's ``last`` word) and a verb of an outlet's place after that (", Vellpost newspaper
    reported", ", Vellpost daily said", ", Al-Vellam newspaper reported")."""
    lower, size = t.lower, len(t.lower)
    if i == 0 or lower[i - 1] not in (",", ":", "and"):
        return False
    i = i if last is None else last
    words = _words()
    for n in (3, 2, 1):
        if " ".join(lower[i + 1 : i + 1 + n]) in t.descriptors and i + 1 + n < size \
                and (lower[i + 1 + n] in words.slots_after or lower[i + 1 + n] in words.reporting_verbs):
            return True
    return False


def _the_name_end(t: _Tokens, j: int, taken: set[int]) -> int | None:
    """Where a name opened by "The" at ``j`` ends: capitalised words after it, none of them a
    word that names nothing alone unless the name ends with an outlet word ("The Standard",
    "The New Times")."""
    text, size = t.text, len(t.text)
    k = j + 1
    while k < size and k - j <= 3 and k not in taken and text[k][:1].isupper() and text[k].isalpha() \
            and not t.ent_type[k]:
        k += 1
    if k == j + 1 or j in taken:
        return None
    words = text[j + 1 : k]
    if text[k - 1] in _words().head_words or not any(w in t.not_names for w in words):
        return k
    return None


def _after_the(t: _Tokens, i: int) -> bool:
    """ "the Herald newspaper", "the state-owned Herald newspaper": "the" before the name, or
    before lower-case modifiers that come before it; or a place's possessive, which stands for
    it ("Ostria's Herald newspaper")."""
    k = i - 1
    while k >= max(0, i - 5) and t.lower[k] != "the" and (t.text[k] == "-" or t.text[k].isalpha() and t.text[k].islower()):
        k -= 1
    return k >= 0 and (t.lower[k] == "the" or t.lower[k] in ("'s", "’s") and k > 0 and t.ent_type[k - 1] == "GPE")


def outlet_tokens(x: Extractor) -> set[int]:
    return {i for m in x.mentions if m.kind is EntityKind.OUTLET for i in range(m.start, m.end)}


def state_media(x: Extractor) -> None:
    cols = columns(x.doc)
    lower = cols.lower
    words = _words()
    at: dict[str, list[int]] = {}  # word -> its positions, for the first words of the heads
    for head in words.state_media + words.generic_media:
        at.setdefault(head[0], [])
    for i in cols.where(frozenset(at)):
        at[lower[i]].append(i)
    for head in words.state_media:
        n = len(head)
        for i in at[head[0]]:
            if i > len(lower) - n or lower[i : i + n] != head:
                continue
            if any(x.doc[j].ent_type_ == "OUTLET" or (j in outlet_tokens(x))
                   for j in range(i + n, min(len(x.doc), i + n + 2))):
                continue  # "state news agency Agence Kampuchea Presse": the outlet is named
            country = x.adjectives.get(i - 1)
            start = i - 1 if country else i
            if country is None and i >= 2 and lower[i - 1] in ("'s", "’s"):
                owner = next((m for m in x.mentions if m.end == i - 1 and m.kind is EntityKind.COUNTRY), None)
                if owner is not None:
                    country, start = x.entities[owner.key].name, owner.start
            if country is None:
                continue  # "state-run media said": no outlet without its country
            name = span_text(x.doc, start, i + n)
            name = name[0].upper() + name[1:]
            key = outlet_key(name)
            x.add(start, i + n, Builder(key, name, EntityKind.OUTLET, country=country,
                                        outlet_kind=OutletKind.STATE_MEDIA))
    taken = {i for m in x.mentions for i in range(m.start, m.end)}
    for raw in words.generic_media:
        n = len(raw)
        for i in at[raw[0]]:
            if i < 1 or i > len(lower) - n:
                continue
            if lower[i : i + n] != raw or i - 1 not in x.adjectives or i in taken:
                continue
            name = span_text(x.doc, i - 1, i + n)  # "Danish media", "Iranian press"
            x.add(i - 1, i + n, Builder(outlet_key(name), name, EntityKind.OUTLET,
                                        country=x.adjectives[i - 1], outlet_kind=OutletKind.NEWS))


#: words that open an outlet's name as "The" does ("Le Vigilant", "El Faro")
_NAME_ARTICLES = frozenset({"The", "Le", "La", "Les", "L'", "El", "Los", "Las", "Il", "Die", "Der", "Das", "De", "Het"})
#: words that open a clause of another event before its subject ("after X reported ...")
_CLAUSE_OPENERS = frozenset({"after", "before", "when", "while", "since", "because", "until", "once", "as"})
#: lower-case words after which a capitalised name goes on ("the Center for Research")
_NAME_GOES_ON = frozenset({"for", "of", "and", "&"})
#: lower-case words inside a name between capitalised ones ("Agence Varnienne de Presse")
_NAME_PARTICLES = frozenset({"de", "du", "des", "di", "da", "do", "del", "della", "der", "van", "von", "y", "e"})


# words that may follow an outlet's name ending an outlet's place ("revealed by Kurjer on Monday")
_NAME_ALONE_AFTER = frozenset(("on", "in", "at", "and", "by", "for", "from", "late", "earlier", "last", "this",
                               "yesterday", "today", "which", "that", "after", "before", "as", "but", "citing", "quoting"))


def slot_outlets(x: Extractor) -> None:
    """ "Kurjer reported that ...", "citing Le Vigilant", "carried live on VellOne": a
    capitalised name no other rule knows, in a place only an outlet takes (lexicon
    ``outlet_slots``). Unknown outlets are what real news credits most often, and their names
    rarely carry a head word such as "Times"; the place says what the name cannot. Where a
    person takes the place too ("told X") the name must look like an outlet's besides."""
    words = _words()
    cols = columns(x.doc)
    texts, lower = cols.text, cols.lower
    at = cols.where(words.slot_words)
    if not at:
        return
    held = {i for m in x.mentions for i in range(m.start, m.end)} | {
        i for ent in x.ents for i in range(ent.start, ent.end)}
    found: list[tuple[int, int, bool, OutletKind]] = []
    by_last = words.slots_before_by_last
    for i in at:
        for phrase, (person_too, kind) in by_last.get(lower[i], ()):
            n = len(phrase)
            if i + 1 >= n and tuple(lower[i + 1 - n : i + 1]) == phrase:
                j = i + 1
                if j < len(texts) and texts[j] == "the":
                    j += 1
                end = _name_forward(cols, j, held)
                if end > j and phrase in words.slots_name_alone and not (
                        end >= len(texts) or lower[end] in _NAME_ALONE_AFTER or lower[end] in calendar_names()
                        or not texts[end][:1].isalnum() and texts[end] not in ("'s", "’s")):
                    break  # "revealed by Ostrian officials", "disclosed by Vellmark's ministry"
                if end > j:
                    found.append((j, end, person_too, kind))
                break
        if lower[i] in words.slots_after and i > 0:
            person_too, kind, not_after = words.slots_after[lower[i]]
            if i + 1 < len(lower) and lower[i + 1] in not_after:
                continue  # "Kurjer reported from the capital": a reporter's byline
            if lower[i] in words.airing_slots and not (i + 1 < len(lower) and lower[i + 1] in words.depictions):
                continue  # "VLTV aired footage of X", not "the ODP aired a campaign advert"
            start = _name_backward(cols, i, held)
            if start < i:
                found.append((start, i, person_too, kind))
    # (imported here: the prefilter reads the call lexicon, whose package imports this module)
    from kg.extract.prefilter import prefilter_for

    given, talk = load_given_names(), prefilter_for(x.gaz)
    lowercase: frozenset[str] | None = None  # the article's lower-case words, once a name is weighed
    surnames = {b.name.split()[-1] for b in x.entities.values() if b.kind in PERSON_KINDS and b.name}
    for start, end, person_too, kind in found:
        if any(k in held for k in range(start - 1, end + 1)):
            continue  # (right next to a name found already: "Channel 12 News reported" is one outlet)
        if end - start == 1 and texts[start] in surnames:
            continue  # a person of the article by their surname
        if end - start == 1 and texts[start] in words.descriptor_adjectives:
            continue  # "carried by the Kurdish broadcaster Y": a people's adjective, the name after
        if end + 1 < len(texts) and lower[end] in _NAME_GOES_ON and texts[end + 1][:1].isupper():
            continue  # "a report by the Center for Research on ...": a longer name, an organisation's
        if start > 0 and lower[start - 1] in _CLAUSE_OPENERS:
            continue  # "X phoned Y after Ukrenergo reported blackouts": what it reported is something else
        if start > 0 and lower[start - 1] in _place_prepositions() and end < len(lower) and lower[end] in words.slots_after \
                and known_place(span_text(x.doc, start, end)):
            # "The Vell Courier in Hong Kong reported": where the paper is, a known place (not "a
            # report in X that", nor "a reporter at Kurjer reported")
            continue
        if end < len(texts) and texts[end] in ("'s", "’s") and person_too:
            continue  # "according to El Presidente's office": whose office, not an outlet
        name = span_text(x.doc, start, end)
        # a name the gazetteer knows as an outlet's (an agency's acronym: "a statement to RSS")
        # needs no outlet's look in an outlet's place
        known = gazetteer_outlet(name, x.gaz)
        if known is None:
            if len(name) < 2:
                continue  # "which 2M aired": a letter the tokenizer cut off a name, no name
            if lowercase is None:
                # (most articles have no name left to weigh here: not a pass over every token each)
                lowercase = frozenset(t for t in texts if t.islower())
            if not _outlet_like_name(x, cols, start, end, person_too, given, lowercase):
                continue
            if not person_too and not _outlet_looking(cols, start, end) and not talk.tells_of_talk(x.doc[start].sent.text) \
                    and not (end - start == 1 and texts[start].isupper() and len(texts[start]) > 1
                             and end < len(lower) and lower[end] in words.airing_slots):
                # "Kharkiv reported heavy shelling", "Keystone reported a leak": a plain name in an
                # outlet's place is an outlet's only in a sentence that tells of a call or a talk
                # (but an acronym that airs footage is a broadcaster: "VLTV aired footage of X";
                # not "the ANC aired a campaign advert")
                continue
        # "Trend reports": a known agency by the first word of its name, as a dateline credits it
        entry = known or _agency_by_first_word(name, x.gaz)
        x.add(start, end, gaz_builder(entry, x.meta) if entry is not None
              else Builder(outlet_key(name), name, EntityKind.OUTLET, outlet_kind=kind))
        held.update(range(start, end))


def _name_token(text: str) -> bool:
    """A word that can stand in an outlet's name: capitalised ("Kurjer", "VellOne", "TV8"), or
    a lower-case letter before capitals ("bTV", "eNCA"; not "iPhone")."""
    return text.isalnum() and (text[:1].isupper() or text[:1].islower() and sum(c.isupper() for c in text[1:]) >= 2)


def _name_forward(cols, j: int, held: set[int]) -> int:
    """The end of a capitalised name starting at ``j`` (``j`` when there is none): at most five
    words, with hyphens ("Dal-Im Ilbo") and particles ("de") between capitalised words."""
    texts, ws, size = cols.text, cols.ws, len(cols.text)
    k = j
    while k < size and k - j < 5 and k not in held:
        if _name_token(texts[k]) or (k == j and texts[k] in _NAME_ARTICLES):
            k += 1
        elif k > j and texts[k] == "-" and not ws[k - 1] and not ws[k] and k + 1 < size \
                and _name_token(texts[k + 1]) and k + 1 not in held:
            k += 2
        elif k > j and texts[k] in _NAME_PARTICLES and k + 1 < size and _name_token(texts[k + 1]):
            k += 1
        else:
            break
    return k


def _name_backward(cols, i: int, held: set[int]) -> int:
    """The start of a capitalised name ending right before ``i`` (``i`` when there is none)."""
    texts, ws = cols.text, cols.ws
    k = i
    while k > 0 and i - k < 5 and k - 1 not in held:
        text = texts[k - 1]
        if _name_token(text) or (text in _NAME_ARTICLES and k < i):
            k -= 1
        elif k < i and text == "-" and k >= 2 and not ws[k - 2] and not ws[k - 1] and _name_token(texts[k - 2]):
            k -= 2
        elif k < i and text in _NAME_PARTICLES and k >= 2 and _name_token(texts[k - 2]):
            k -= 1
        else:
            break
        if text in _NAME_ARTICLES:
            break  # an article opens the name
    return k


def _name_words(words: list[str]) -> list[str]:
    """The words of a name without its particles and hyphens ("Agence Varnienne Presse")."""
    return [w for w in words if w not in _NAME_PARTICLES and w != "-"]


def _outlet_like_name(x: Extractor, cols, start: int, end: int, person_too: bool, given: frozenset[str],
                      lowercase: frozenset[str]) -> bool:
    """Whether the name at ``start:end`` found in an outlet's place can be an outlet's: no word
    of it names nothing alone (a weekday, "Ministry"), its first word is no given name (a
    person's; unless an article opens the name, "The Dong-A Ilbo"), and a lone capitalised word
    opening a sentence is no common word the article also writes in lower case ("Officials
    reported"); where a person takes the place too, it has an outlet's look."""
    texts, words = cols.text, _words()
    opened = texts[start] in _NAME_ARTICLES
    body = _name_words(texts[start + 1 : end] if opened else texts[start:end])
    if not body or any(w in x.not_names and w not in words.head_words and w not in words.name_words
                       or w in words.slot_non_names for w in body):
        return False
    if (body[0] in given and not opened) or body[0] in x.all_titles or all(w in words.head_words or w in words.name_words for w in body):
        return False  # a person's name; or "News" alone
    if len(body) == 1 and not opened and (start == 0 or texts[start - 1] in (".", ":", '"', "“", "\n", "\n\n")
                                           or x.doc[start].is_sent_start):
        if body[0].lower() in lowercase:
            return False
        if body[0].endswith("s") and body[0][1:].islower():
            return False  # "Sources reported", "Diplomats reported": plural common nouns
    if not person_too:
        return True
    return _outlet_looking(cols, start, end)


def _outlet_looking(cols, start: int, end: int) -> bool:
    """A name with an outlet's look: opened by an article ("Le Vigilant"), ending with an outlet
    head word ("Vell Courier"), or with a word shaped like an outlet's ("VellNews", "TV8")."""
    texts = cols.text
    body = _name_words(texts[start:end])
    return texts[start] in _NAME_ARTICLES or body[-1] in _words().head_words or any(_outlet_shaped(w) for w in body)


def _outlet_shaped(word: str) -> bool:
    """ "VellNews", "VellFM", "TV8", "2GB": letters with digits, or capitals inside a word that
    ends with an outlet's word (lexicon ``outlet_name_tails``; not a surname's "Mc"/"De", a
    company's "VellSoft" or a plural acronym, "MPs")."""
    if any(c.isdigit() for c in word) and any(c.isalpha() for c in word):
        return True
    if re.match(r"^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|O)[A-Z]", word) or re.fullmatch(r"[A-Z]{2,}s", word):
        return False
    if not (any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)):
        return False
    low = word.lower()
    return any(low.endswith(tail) and len(tail) < len(low) for tail in _words().name_tails)


# what closes a country edition's name ("told CNN Portugal that ...", "on CNN Portugal."), maybe
# after a time ("told CNN Portugal on Monday that"): not a verb nor a list, which make the country
# the subject of a clause or an item ("told CNN Ostria had ...", "told CNN Ostria, Vellmark and ...")
_AFTER_EDITION = frozenset(("that", ".", ")"))
_EDITION_TIME_WORDS = frozenset(("on", "late", "early", "last", "this"))


def country_editions(x: Extractor) -> None:
    """ "told CNN Portugal that ...": a country named right after a known outlet of another
    country, then "that", a full stop or a closing bracket (maybe after a time: "on Monday that"),
    is that outlet's edition for the country, an outlet of its own (of the country, of the
    parent's kind)."""
    cols = columns(x.doc)
    lower, size = cols.lower, len(cols.text)
    countries = {m.start: m for m in x.mentions if m.kind is EntityKind.COUNTRY}
    for m in [m for m in x.mentions if m.kind is EntityKind.OUTLET and m.key.startswith("gaz:") and m.end in countries]:
        country = countries[m.end]
        parent = x.entities[m.key]
        place = x.entities[country.key]
        k = country.end
        while k < size and k - country.end < 4 and (lower[k] in _EDITION_TIME_WORDS or lower[k] in calendar_names()
                                                     or lower[k] in day_parts()):
            k += 1
        if k >= size or lower[k] not in _AFTER_EDITION or parent.country == place.name \
                or cols.text[m.end - 1] in ("'s", "’s"):
            continue
        name = span_text(x.doc, m.start, country.end)
        entry = gazetteer_outlet(name, x.gaz)
        x.drop(country)
        x.replace(m, country.end, gaz_builder(entry, x.meta) if entry is not None else Builder(
            outlet_key(name), name, EntityKind.OUTLET, country=place.name, outlet_kind=parent.outlet_kind))


def outlet_services(x: Extractor) -> None:
    """ "RNZ"-like broadcaster + "Pacific", "X Radio National", "X TV8": a service or station of
    an outlet, named right after it, is an outlet of its own (lexicon ``outlet_services``),
    of its parent's country and kind."""
    words = _words()
    cols = columns(x.doc)
    texts, lower, size = cols.text, cols.lower, len(cols.text)
    held = {i for m in x.mentions for i in range(m.start, m.end)}
    publisher = outlet_ref(x.meta.outlet, x.gaz, x.meta.url).key if x.meta.outlet else None
    for m in [m for m in x.mentions if m.kind is EntityKind.OUTLET]:
        if m.key == publisher:
            continue  # the publisher's own service at the foot of its page is the publisher
        end = m.end
        if end >= size or not texts[end][:1].isupper():
            continue
        if end in held:
            # "BBC" + "Radio 4" (a channel word and its number, found alone): one service's name
            after = next((o for o in x.mentions if o.start == end and o.kind is EntityKind.OUTLET
                          and o.key.startswith("outlet:")), None)
            if after is None or texts[end] not in words.channels:
                continue
            x.drop(after)
            held.difference_update(range(after.start, after.end))
            end = after.end
        for phrase in words.services.get(lower[end], ()) if end == m.end else ():
            if tuple(lower[end : end + len(phrase)]) == phrase and all(
                    t[:1].isupper() for t in texts[end : end + len(phrase)]):
                end += len(phrase)
                break
        else:
            if end == m.end and any(c.isdigit() for c in texts[end]) and texts[end].isalnum() and texts[end][:1].isupper():
                end += 1  # "TV8": a station's call sign
        if end < size and end > m.end and texts[end].isdigit() and cols.ws[end - 1] and texts[end - 1] in words.channels:
            end += 1  # (a channel word and its number)
        if end == m.end or texts[m.end - 1] in ("'s", "’s"):
            continue
        parent = x.entities[m.key]
        name = span_text(x.doc, m.start, end)
        if name.startswith(("The ", "the ")):
            name = name[4:]
        x.replace(m, end, Builder(outlet_key(name), name, EntityKind.OUTLET, country=parent.country,
                                  outlet_kind=parent.outlet_kind))
        held.update(range(m.start, end))
