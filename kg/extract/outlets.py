"""Outlets within one article: the publisher, outlets the gazetteer does not know, generic sources.

Functions over the entity ``Extractor``: the article's own outlet as metadata names it;
"Kenya Broadcasting Corporation" and "Channel 12" by the shape of the name; "broadcaster DR"
and "the Petra news agency" by a descriptor; "Russian state media" and "Danish media" as
generic sources; and "X" as the platform only next to a platform cue ("on X").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.mentions import Builder, norm_name
from kg.model import EntityKind, EntityRef, OutletKind
from kg.resources import GazEntry, Gazetteer, lexicon_mapping, lexicon_phrases, load_lexicon

if TYPE_CHECKING:
    from kg.extract.entities import Extractor

__all__ = ["outlet_ref", "platform_context", "unknown_outlets", "described_outlet", "outlet_tokens", "state_media",
           "dateline_outlets", "gazetteer_outlet"]


def outlet_ref(name: str, gaz: Gazetteer) -> EntityRef:
    """The entity for an article's own outlet as metadata names it: by a gazetteer outlet's
    web domain (``dw.com``, ``edition.cnn.com`` for ``cnn.com``), name or alias."""
    folded = norm_name(name)
    entry = (_outlet_by_domain(name, gaz) or _outlets_by_name(gaz).get(folded)
             or _outlets_by_name(gaz).get(re.sub(r"^the ", "", folded)) or _edition_of(folded, gaz))
    if entry is not None:
        return EntityRef(key=entry.key, name=entry.name, kind=EntityKind.OUTLET, country=entry.country,
                         wikidata=entry.wikidata, outlet_kind=entry.outlet_kind)
    return EntityRef(key=f"outlet:{folded}", name=name.strip(), kind=EntityKind.OUTLET, outlet_kind=OutletKind.NEWS)


def _edition_of(folded: str, gaz: Gazetteer) -> GazEntry | None:
    """ "Sputnik International", "Xinhua English": an edition of an outlet the gazetteer knows."""
    words = folded.split()
    if len(words) > 1 and words[-1] in _words().editions:
        return _outlets_by_name(gaz).get(" ".join(words[:-1]))
    return None


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
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        entry = gazetteer_outlet(line.agency, x.gaz)
        if entry is not None:
            x.add(span.start, span.end, Builder(entry.key, entry.name, EntityKind.OUTLET, country=entry.country,
                                                wikidata=entry.wikidata, outlet_kind=entry.outlet_kind))
        elif line.agency.isupper() and 2 <= len(line.agency) <= 8 or "agency" in line.agency.casefold():
            x.add(span.start, span.end, Builder(f"outlet:{norm_name(line.agency)}", line.agency, EntityKind.OUTLET,
                                                outlet_kind=OutletKind.AGENCY))
        taken.update(range(span.start, span.end))


@lru_cache(maxsize=8)
def _outlets_by_name(gaz: Gazetteer) -> dict[str, GazEntry]:
    index: dict[str, GazEntry] = {}
    for entry in sorted(gaz.entries.values(), key=lambda e: e.id):
        if entry.kind is EntityKind.OUTLET:
            for form in (entry.name, *entry.aliases):
                index.setdefault(norm_name(form), entry)
    return index


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
    platform_after: frozenset[str]
    platform_markers: tuple[str, ...]
    heads: dict[str, list[tuple[tuple[str, ...], OutletKind]]]  # first word -> (words, kind), file order
    channels: frozenset[str]
    descriptors: dict[str, str]  # descriptor -> outlet kind
    descriptor_firsts: frozenset[str]
    state_media: tuple[list[str], ...]  # token sequences ("state-run" is three tokens)
    generic_media: tuple[list[str], ...]
    editions: frozenset[str]  # "Xinhua English": an edition of an outlet


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
        platform_markers=tuple(lexicon_phrases(lex, "platform_markers")),
        heads=heads,
        channels=frozenset(lexicon_phrases(lex, "outlet_channel_words")),
        descriptors=descriptors,
        descriptor_firsts=frozenset(p.split()[0] for p in descriptors),
        state_media=tuple(p.replace("-", " - ").split() for p in lexicon_phrases(lex, "state_media_heads")),
        generic_media=tuple(p.split() for p in lexicon_phrases(lex, "generic_media_heads")),
        editions=frozenset(lexicon_phrases(lex, "outlet_editions")),
    )


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


def unknown_outlets(x: Extractor) -> None:
    """ "Kenya Broadcasting Corporation", "Channel 12": a capitalised name ending with an
    outlet word from the lexicon."""
    heads, channels = _words().heads, _words().channels
    texts = [t.text for t in x.doc]
    taken: set[int] = set()
    person = {i for ent in x.doc.ents if ent.label_ in ("PERSON", "OUTLET", "ORG", "SHORT") for i in range(ent.start, ent.end)}
    doc = x.doc
    blocked = taken | person  # kept with ``taken``, not remade per token: a long article has many people
    for tok in doc:
        if tok.text in channels and tok.i + 1 < len(doc) and doc[tok.i + 1].like_num and tok.i not in taken:
            name = f"{tok.text} {doc[tok.i + 1].text}"
            x.add(tok.i, tok.i + 2, Builder(f"outlet:{norm_name(name)}", name, EntityKind.OUTLET,
                                                outlet_kind=OutletKind.BROADCASTER))
            continue
        found = described_outlet(x, tok.i, blocked)
        if found:
            start, end, kind = found
            name = doc[start:end].text
            x.add(start, end, Builder(f"outlet:{norm_name(name)}", name, EntityKind.OUTLET, outlet_kind=kind))
            taken.update(range(start, end))
            blocked.update(range(start, end))
            continue
        for head, kind in heads.get(tok.text, ()):
            end = tok.i + len(head)
            if tuple(texts[tok.i:end]) != head:
                continue
            if any(i in taken or i in person for i in range(tok.i, end)):
                continue
            start = tok.i
            while start > 0 and start - 1 not in taken and start - 1 not in person and tok.i - start < 4 and (
                doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha
                and doc[start - 1].text not in x.not_names
            ):
                start -= 1
            if start == tok.i and len(head) == 1:
                continue  # a bare "Agency" or "Times" names nothing
            name = doc[start:end].text
            x.add(start, end, Builder(f"outlet:{norm_name(name)}", name, EntityKind.OUTLET, outlet_kind=kind))
            taken.update(range(start, end))
            blocked.update(range(start, end))
            break


def described_outlet(x: Extractor, i: int, taken: set[int]) -> tuple[int, int, OutletKind] | None:
    """An unknown name with an outlet descriptor: "broadcaster DR", "the Petra news agency"."""
    doc, lex, firsts = x.doc, _words().descriptors, _words().descriptor_firsts
    after_name = i + 1 < len(doc) and doc[i + 1].lower_ in firsts
    if doc[i].lower_ not in firsts and not after_name:
        return None  # the common case: no descriptor starts here or right after
    for n in (3, 2, 1):  # descriptor before the name
        words = " ".join(t.lower_ for t in doc[i : i + n])
        if i + n < len(doc) and words in lex and doc[i + n - 1].is_lower:
            j = i + n
            k = j
            while k < len(doc) and k - j < 3 and k not in taken and doc[k].text[:1].isupper() \
                    and doc[k].text not in x.not_names and not doc[k].ent_type_ in ("NORP",):
                k += 1
            if k > j:
                return j, k, OutletKind(lex[words])
    tok = doc[i]  # name before the descriptor: "the Petra news agency"
    if tok.text[:1].isupper() and i not in taken and tok.text not in x.not_names and i > 0 \
            and doc[i - 1].lower_ == "the" and not tok.ent_type_:
        for n in (3, 2, 1):
            words = " ".join(t.lower_ for t in doc[i + 1 : i + 1 + n])
            if words in lex and i + n < len(doc) and doc[i + 1].is_lower:
                return i, i + 1, OutletKind(lex[words])
    return None


def outlet_tokens(x: Extractor) -> set[int]:
    return {i for m in x.mentions if m.kind is EntityKind.OUTLET for i in range(m.start, m.end)}


def state_media(x: Extractor) -> None:
    lower = [t.lower_ for t in x.doc]
    for head in _words().state_media:
        n = len(head)
        for i in range(len(lower) - n + 1):
            if lower[i : i + n] != head:
                continue
            if any(x.doc[j].ent_type_ == "OUTLET" or (j in outlet_tokens(x))
                   for j in range(i + n, min(len(x.doc), i + n + 2))):
                continue  # "state news agency Agence Kampuchea Presse": the outlet is named
            country = x.adjectives.get(i - 1)
            start = i - 1 if country else i
            if country is None and i >= 2 and x.doc[i - 1].lower_ in ("'s", "’s"):
                owner = next((m for m in x.mentions if m.end == i - 1 and m.kind is EntityKind.COUNTRY), None)
                if owner is not None:
                    country, start = x.entities[owner.key].name, owner.start
            if country is None:
                continue  # "state-run media said": no outlet without its country
            name = x.doc[start : i + n].text
            name = name[0].upper() + name[1:]
            key = f"outlet:{norm_name(name)}"
            x.add(start, i + n, Builder(key, name, EntityKind.OUTLET, country=country,
                                            outlet_kind=OutletKind.STATE_MEDIA))
    taken = {i for m in x.mentions for i in range(m.start, m.end)}
    for raw in _words().generic_media:
        n = len(raw)
        for i in range(1, len(lower) - n + 1):
            if lower[i : i + n] != raw or i - 1 not in x.adjectives or i in taken:
                continue
            name = x.doc[i - 1 : i + n].text  # "Danish media", "Iranian press"
            x.add(i - 1, i + n, Builder(f"outlet:{norm_name(name)}", name, EntityKind.OUTLET,
                                            country=x.adjectives[i - 1], outlet_kind=OutletKind.NEWS))
