"""Entity mentions of one article, resolved within the article.

``extract_entities(doc, meta, gaz) -> EntityIndex``: every person, leader, outlet, country
and organisation mention with the article-independent key the resolver merges on. Within the
article: surnames and titled short forms join the full name ("Lanza" -> "Bryan Lanza"),
short outlet aliases count once the full name appeared ("the Post"), ambiguous platform names
count only in platform context ("on X"), descriptions resolve when unambiguous ("the Russian
leader", "his Ukrainian counterpart"), and generic sources become outlets ("Russian state
media"). Pure: reads the Doc and returns records; the Doc is not changed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from kg.extract.people import role_phrase, title_before
from kg.model import ArticleMeta, EntityKind, EntityRef, OutletKind
from kg.resources import GazEntry, Gazetteer, load_lexicon

__all__ = ["Mention", "EntityIndex", "extract_entities", "norm_name", "outlet_ref"]

_POSSESSIVE = re.compile(r"(?:['’`]s|['’])$")
_PERSON_KINDS = (EntityKind.LEADER, EntityKind.PERSON)


def norm_name(text: str) -> str:
    """Case-, accent- and punctuation-folded form used in keys."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    folded = re.sub(r"[’'`]s\b", "", folded)
    return re.sub(r"[^0-9a-z]+", " ", folded).strip()


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # token offsets in the Doc
    end: int
    start_char: int
    end_char: int
    key: str
    kind: EntityKind
    text: str


@dataclass
class _Builder:
    key: str
    name: str
    kind: EntityKind
    role: str | None = None
    country: str | None = None
    wikidata: str | None = None
    outlet_kind: OutletKind | None = None
    forms: set[str] = field(default_factory=set)
    spans: list[tuple[int, int]] = field(default_factory=list)

    def freeze(self) -> EntityRef:
        return EntityRef(
            key=self.key, name=self.name, kind=self.kind, role=self.role, country=self.country,
            wikidata=self.wikidata, outlet_kind=self.outlet_kind,
            aliases=tuple(sorted(self.forms - {self.name})), mentions=tuple(sorted(set(self.spans))),
        )


@dataclass
class EntityIndex:
    """The article's entities and their mentions in document order."""

    mentions: list[Mention]
    entities: dict[str, _Builder]
    adjectives: dict[int, str] = field(default_factory=dict)  # token -> country of "Russian", "Qatari"

    def refs(self) -> tuple[EntityRef, ...]:
        return tuple(b.freeze() for _, b in sorted(self.entities.items()))

    def kind(self, key: str) -> EntityKind:
        return self.entities[key].kind

    def country(self, key: str) -> str | None:
        return self.entities[key].country

    def at(self, token: int) -> Mention | None:
        for m in self.mentions:
            if m.start <= token < m.end:
                return m
        return None


def _strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text).strip()


def _gaz_builder(entry: GazEntry, meta: ArticleMeta) -> _Builder:
    day = meta.published
    return _Builder(
        key=entry.key, name=entry.name, kind=entry.kind,
        role=entry.role_on(day) if entry.kind in _PERSON_KINDS else entry.role,
        country=entry.country_on(day), wikidata=entry.wikidata, outlet_kind=entry.outlet_kind,
    )


@lru_cache(maxsize=None)
def _outlet_heads(pairs: tuple[tuple[str, str], ...]) -> dict[str, list[tuple[tuple[str, ...], OutletKind]]]:
    """Outlet head phrases indexed by their first word."""
    out: dict[str, list] = {}
    for phrase, kind in pairs:
        words = tuple(phrase.split())
        out.setdefault(words[0], []).append((words, OutletKind(kind)))
    return out


@lru_cache(maxsize=8)
def _outlets_by_name(gaz: Gazetteer) -> dict[str, GazEntry]:
    index: dict[str, GazEntry] = {}
    for entry in sorted(gaz.entries.values(), key=lambda e: e.id):
        if entry.kind is EntityKind.OUTLET:
            for form in (entry.name, *entry.aliases):
                index.setdefault(norm_name(form), entry)
    return index


def outlet_ref(name: str, gaz: Gazetteer) -> EntityRef:
    """The entity for an article's own outlet as metadata names it."""
    folded = norm_name(name)
    entry = _outlets_by_name(gaz).get(folded) or _outlets_by_name(gaz).get(re.sub(r"^the ", "", folded))
    if entry is not None:
        return EntityRef(key=entry.key, name=entry.name, kind=EntityKind.OUTLET, country=entry.country,
                         wikidata=entry.wikidata, outlet_kind=entry.outlet_kind)
    return EntityRef(key=f"outlet:{folded}", name=name.strip(), kind=EntityKind.OUTLET, outlet_kind=OutletKind.NEWS)


class _Extractor:
    def __init__(self, doc: Doc, meta: ArticleMeta, gaz: Gazetteer):
        self.doc, self.meta, self.gaz = doc, meta, gaz
        self.titles = load_lexicon("titles")
        self.calls_lex = load_lexicon("calls")
        self.reports_lex = load_lexicon("reports")
        self.leader_titles = frozenset(self.titles["leader"])
        self.all_titles = self.leader_titles | frozenset(self.titles["official"])
        self.mentions: list[Mention] = []
        self.entities: dict[str, _Builder] = {}
        self.adjectives: dict[int, str] = {}  # token index -> country name

    def add(self, start: int, end: int, builder: _Builder) -> None:
        existing = self.entities.setdefault(builder.key, builder)
        if builder.kind is EntityKind.LEADER and existing.kind is EntityKind.PERSON:
            existing.kind = EntityKind.LEADER
        span = self.doc[start:end]
        text = _strip_possessive(span.text)
        if len(text.split()) > len(existing.name.split()) and existing.key.startswith(("person:", "org:")):
            existing.name = text
        existing.forms.add(text)
        existing.spans.append((span.start_char, span.start_char + len(text)))
        self.mentions.append(Mention(start, end, span.start_char, span.end_char, builder.key, existing.kind, text))

    # -- gazetteer and model entities ----------------------------------------------------
    def run(self) -> EntityIndex:
        seen_ids: set[str] = set()
        unknown_people = []
        self._unknown_outlets()
        inside_outlet = {i for m in self.mentions for i in range(m.start, m.end)}
        for ent in self.doc.ents:
            if inside_outlet.intersection(range(ent.start, ent.end)):
                continue  # "Kenya" in "Kenya Broadcasting Corporation"
            entry = self.gaz.get(ent.ent_id_) if ent.ent_id_ else None
            if ent.label_ == "NORP" and entry:
                for i in range(ent.start, ent.end):
                    self.adjectives[i] = entry.name
                continue
            if ent.label_ == "SHORT":
                if entry and entry.id in seen_ids:
                    self.add(ent.start, ent.end, _gaz_builder(entry, self.meta))
                continue
            if ent.label_ == "CONTEXT":
                if entry and self._platform_context(ent.start, ent.end):
                    self.add(ent.start, ent.end, _gaz_builder(entry, self.meta))
                    seen_ids.add(entry.id)
                continue
            if entry:
                builder = _gaz_builder(entry, self.meta)
                if builder.kind is EntityKind.LEADER and not self._leader_yet(entry, ent.start):
                    # not yet in office on the article's day: a minister today, a leader later
                    title = title_before(self.doc, ent.start, self.all_titles)
                    builder.kind = EntityKind.PERSON
                    builder.role = role_phrase(self.doc, title[0], ent.start) if title else None
                self.add(ent.start, ent.end, builder)
                seen_ids.add(entry.id)
            elif ent.label_ == "PERSON":
                unknown_people.append(ent)
            elif ent.label_ == "ORG":
                text = _strip_possessive(ent.text)
                if text and norm_name(text):
                    self.add(ent.start, ent.end, _Builder(f"org:{norm_name(text)}", text, EntityKind.ORGANIZATION))
        self._unknown_people(unknown_people)
        self._short_forms()
        self._state_media()
        self._descriptions()
        self.mentions.sort(key=lambda m: (m.start, m.end))
        return EntityIndex(self.mentions, self.entities, self.adjectives)

    def _leader_yet(self, entry: GazEntry, start: int) -> bool:
        """Whether the article's day falls in or after one of the entry's offices (or the
        text calls them elect or designate)."""
        day = self.meta.published
        if day is None or not entry.offices or any(o.start is None or o.start <= day for o in entry.offices):
            return True
        title = title_before(self.doc, start, self.leader_titles)
        return bool(title and ("elect" in title[1] or "designate" in title[1]))

    def _platform_context(self, start: int, end: int) -> bool:
        before = self.doc[start - 1].lower_ if start > 0 else ""
        after = self.doc[end].lower_ if end < len(self.doc) else ""
        tail = " ".join(t.lower_ for t in self.doc[end : end + 4])
        return (
            before in self.reports_lex["platform_context_before"]
            or after in self.reports_lex["platform_context_after"]
            or any(marker in tail for marker in self.reports_lex["platform_markers"])
        )

    # -- people the gazetteer does not know ------------------------------------------------
    def _unknown_people(self, ents) -> None:
        resolved: dict[str, _Builder] = {}
        singles = []
        for ent in ents:
            text = _strip_possessive(ent.text)
            if not norm_name(text):
                continue
            title = title_before(self.doc, ent.start, self.all_titles)
            kind, role, country = EntityKind.PERSON, None, None
            if title:
                role = role_phrase(self.doc, title[0], ent.start)
                if title[1] in self.leader_titles and not self._not_leader(title[0]):
                    kind = EntityKind.LEADER
                country = self.adjectives.get(title[0] - 1)
            if len(text.split()) == 1:
                singles.append((ent, text, kind, role, country))
                continue
            key = f"person:{norm_name(text)}"
            builder = _Builder(key, text, kind, role=role, country=country)
            resolved.setdefault(norm_name(text).split()[-1], builder)
            self.add(ent.start, ent.end, builder)
        for ent, text, kind, role, country in singles:
            full = resolved.get(norm_name(text))
            builder = full or _Builder(f"person:{norm_name(text)}", text, kind, role=role, country=country)
            self.add(ent.start, ent.end, builder)
        # later bare surnames of people introduced with their full name
        taken = {i for m in self.mentions for i in range(m.start, m.end)}
        for tok in self.doc:
            if tok.i in taken or not tok.text[:1].isupper():
                continue
            builder = resolved.get(norm_name(tok.text))
            if builder and norm_name(tok.text) == norm_name(builder.name).split()[-1]:
                self.add(tok.i, tok.i + 1, builder)

    def _short_forms(self) -> None:
        """A lone first or last name of a person the article names in full ("Lee", "Tamim").

        Only when exactly one person of the article carries that name part, so "Donald" next
        to Donald Trump and Donald Tusk stays unresolved.
        """
        not_names = set(self.titles["not_names"]) | set(self.titles["particles"])
        parts: dict[str, set[str]] = {}
        for key, b in self.entities.items():
            if b.kind not in _PERSON_KINDS:
                continue
            tokens = [t for t in re.split(r"[\s]+", b.name) if len(t) > 1 and t not in not_names]
            for part in {tokens[0], tokens[-1]} if len(tokens) > 1 else set():
                parts.setdefault(part, set()).add(key)
        taken = {i for m in self.mentions for i in range(m.start, m.end)} | {
            i for ent in self.doc.ents for i in range(ent.start, ent.end)}
        for tok in self.doc:
            keys = parts.get(tok.text)
            if tok.i in taken or not keys or len(keys) != 1:
                continue
            nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha and nxt.i not in taken:
                continue  # part of another name ("Lee Hsien Loong")
            self.add(tok.i, tok.i + 1, self.entities[next(iter(keys))])

    def _not_leader(self, title_start: int) -> bool:
        before = self.doc[max(0, title_start - 2) : title_start]
        return any(t.lower_ in self.titles["not_leader_before"] for t in before)

    # -- outlets the gazetteer does not know ---------------------------------------------------
    def _unknown_outlets(self) -> None:
        """ "Kenya Broadcasting Corporation", "Channel 12": a capitalised name ending with an
        outlet word from the lexicon."""
        heads = _outlet_heads(tuple((k, v) for k, v in self.reports_lex["outlet_heads"].items() if not k.startswith("_")))
        channels = set(self.reports_lex["outlet_channel_words"])
        texts = [t.text for t in self.doc]
        taken: set[int] = set()
        person = {i for ent in self.doc.ents if ent.label_ in ("PERSON", "OUTLET", "ORG", "SHORT") for i in range(ent.start, ent.end)}
        doc = self.doc
        for tok in doc:
            if tok.text in channels and tok.i + 1 < len(doc) and doc[tok.i + 1].like_num and tok.i not in taken:
                name = f"{tok.text} {doc[tok.i + 1].text}"
                self.add(tok.i, tok.i + 2, _Builder(f"outlet:{norm_name(name)}", name, EntityKind.OUTLET,
                                                    outlet_kind=OutletKind.BROADCASTER))
                continue
            found = self._described_outlet(tok.i, taken | person)
            if found:
                start, end, kind = found
                name = doc[start:end].text
                self.add(start, end, _Builder(f"outlet:{norm_name(name)}", name, EntityKind.OUTLET, outlet_kind=kind))
                taken.update(range(start, end))
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
                    and doc[start - 1].text not in self.titles["not_names"]
                ):
                    start -= 1
                if start == tok.i and len(head) == 1:
                    continue  # a bare "Agency" or "Times" names nothing
                name = doc[start:end].text
                self.add(start, end, _Builder(f"outlet:{norm_name(name)}", name, EntityKind.OUTLET, outlet_kind=kind))
                taken.update(range(start, end))
                break

    def _described_outlet(self, i: int, taken: set[int]) -> tuple[int, int, OutletKind] | None:
        """An unknown name with an outlet descriptor: "broadcaster DR", "the Petra news agency"."""
        doc, lex = self.doc, self.reports_lex["outlet_descriptors"]
        for n in (3, 2, 1):  # descriptor before the name
            words = " ".join(t.lower_ for t in doc[i : i + n])
            if i + n < len(doc) and words in lex and not words.startswith("_") and doc[i + n - 1].is_lower:
                j = i + n
                k = j
                while k < len(doc) and k - j < 3 and k not in taken and doc[k].text[:1].isupper() \
                        and doc[k].text not in self.titles["not_names"] and not doc[k].ent_type_ in ("NORP",):
                    k += 1
                if k > j:
                    return j, k, OutletKind(lex[words])
        tok = doc[i]  # name before the descriptor: "the Petra news agency"
        if tok.text[:1].isupper() and i not in taken and tok.text not in self.titles["not_names"] and i > 0 \
                and doc[i - 1].lower_ == "the" and not tok.ent_type_:
            for n in (3, 2, 1):
                words = " ".join(t.lower_ for t in doc[i + 1 : i + 1 + n])
                if words in lex and not words.startswith("_") and i + n < len(doc) and doc[i + 1].is_lower:
                    return i, i + 1, OutletKind(lex[words])
        return None

    def _outlet_tokens(self) -> set[int]:
        return {i for m in self.mentions if m.kind is EntityKind.OUTLET for i in range(m.start, m.end)}

    # -- generic sources ---------------------------------------------------------------------
    def _state_media(self) -> None:
        lower = [t.lower_ for t in self.doc]
        for raw in self.reports_lex["state_media_heads"]:
            head = " ".join(raw).replace("-", " - ").split()  # the tokenizer splits "state-run"
            n = len(head)
            for i in range(len(lower) - n + 1):
                if lower[i : i + n] != head:
                    continue
                if any(self.doc[j].ent_type_ == "OUTLET" or (j in self._outlet_tokens())
                       for j in range(i + n, min(len(self.doc), i + n + 2))):
                    continue  # "state news agency Agence Kampuchea Presse": the outlet is named
                country = self.adjectives.get(i - 1)
                start = i - 1 if country else i
                if country is None and i >= 2 and self.doc[i - 1].lower_ in ("'s", "’s"):
                    owner = next((m for m in self.mentions if m.end == i - 1 and m.kind is EntityKind.COUNTRY), None)
                    if owner is not None:
                        country, start = self.entities[owner.key].name, owner.start
                name = self.doc[start : i + n].text
                name = name[0].upper() + name[1:]
                key = f"outlet:{norm_name(name)}"
                self.add(start, i + n, _Builder(key, name, EntityKind.OUTLET, country=country,
                                                outlet_kind=OutletKind.STATE_MEDIA))
        taken = {i for m in self.mentions for i in range(m.start, m.end)}
        for raw in self.reports_lex["generic_media_heads"]:
            n = len(raw)
            for i in range(1, len(lower) - n + 1):
                if lower[i : i + n] != raw or i - 1 not in self.adjectives or i in taken:
                    continue
                name = self.doc[i - 1 : i + n].text  # "Danish media", "Iranian press"
                self.add(i - 1, i + n, _Builder(f"outlet:{norm_name(name)}", name, EntityKind.OUTLET,
                                                country=self.adjectives[i - 1], outlet_kind=OutletKind.NEWS))

    # -- descriptions: "the Russian leader", "his Ukrainian counterpart" --------------------------
    def _descriptions(self) -> None:
        """ "the Russian leader", "Ukraine's president", "his Ukrainian counterpart", and, when
        one leader of the article holds the role, "the chancellor" or "the crown prince"."""
        heads: dict[tuple[str, ...], str] = {}
        for role, words in self.calls_lex["descriptions"].items():
            for w in words:
                heads[tuple(w.replace("-", " - ").split())] = role
        taken = {i for m in self.mentions for i in range(m.start, m.end)}
        doc = self.doc
        lower = [t.lower_ for t in doc]
        firsts = {k[0] for k in heads}
        for tok in doc:
            if lower[tok.i] not in firsts or tok.i in taken:
                continue
            role, size = None, 0
            for n in (3, 2, 1):
                key = tuple(lower[tok.i : tok.i + n])
                if len(key) == n and key in heads:
                    role, size = heads[key], n
                    break
            if role is None:
                continue
            end = tok.i + size
            nxt = doc[end] if end < len(doc) else None
            if nxt is not None and (nxt.i in taken or (nxt.text[:1].isupper() and nxt.is_alpha)):
                continue  # a title before a name, not a description
            country, start = None, tok.i
            prev = doc[tok.i - 1] if tok.i > 0 else None
            if prev is not None and prev.i in self.adjectives:
                country, start = self.adjectives[prev.i], prev.i
            elif prev is not None and prev.lower_ in ("'s", "’s") and tok.i >= 2:
                m = next((m for m in self.mentions if m.end == tok.i - 1 and m.kind is EntityKind.COUNTRY), None)
                if m:
                    country, start = self.entities[m.key].name, m.start
            if start == 0:
                continue
            det = doc[start - 1].lower_
            if country is None:
                if det != "the" or role in ("leader", "counterpart"):
                    continue
                key = self._leader_by_role(role)
                if key:
                    self.add(start, end, self.entities[key])
                continue
            if det not in ("the", "his", "her", "their", "its") and doc[start - 1].text != "," and start == tok.i:
                continue
            entry = self._leader_for(country, None if role in ("leader", "counterpart") else role, tok.i)
            if entry is not None:
                self.add(start, end, self.entities.get(entry.key) or _gaz_builder(entry, self.meta))

    def _leader_by_role(self, role: str) -> str | None:
        """The one leader of the article whose role is ``role`` ("the chancellor")."""
        keys = {m.key for m in self.mentions if m.kind is EntityKind.LEADER and role in self._roles(m.key)}
        return next(iter(keys)) if len(keys) == 1 else None

    def _roles(self, key: str) -> str:
        roles = [self.entities[key].role or ""]
        entry = self.gaz.get(key[4:]) if key.startswith("gaz:") else None
        if entry is not None:
            roles += [o.role for o in entry.offices if o.holds_on(self.meta.published)]
        return " | ".join(roles).casefold()

    def _leader_for(self, country: str, role: str | None, before: int) -> GazEntry | None:
        in_article = sorted({m.key for m in self.mentions if m.kind is EntityKind.LEADER
                             and self.entities[m.key].country == country and m.key.startswith("gaz:")})
        if len(in_article) == 1:
            return self.gaz.get(in_article[0][4:])
        candidates = self.gaz.leaders_of(country, self.meta.published, role)
        return candidates[0] if len(candidates) == 1 else None


def extract_entities(doc: Doc, meta: ArticleMeta, gaz: Gazetteer) -> EntityIndex:
    return _Extractor(doc, meta, gaz).run()
