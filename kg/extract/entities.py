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
from functools import lru_cache
from datetime import date
from types import MappingProxyType
from typing import Mapping, NamedTuple

from spacy.tokens import Doc, Span

from kg.extract.dates import calendar_names, day_parts
from kg.extract.mentions import (
    PERSON_KINDS, Builder, EntityIndex, Mention, former_role, gaz_builder, norm_name, person_key_form, strip_possessive,
)
from kg.extract.names import close, is_patronymic, name_index, name_key
from kg.extract.roles import holds_portfolio, minister_roles, minister_roles_former, minister_roles_not
from kg.extract.outlets import (channel_outlets, copyright_outlets, country_editions, edition_name_of, dateline_outlets, descriptor_before, gazetteer_outlet, home_country, initials, outlet_descriptors, outlet_ref, publisher_builder,
                                outlet_services, own_acronyms, platform_context, slot_outlets, state_media, unknown_outlets)
from kg.extract.people import role_phrase, title_before, title_of_place_before
from kg.extract.places import country_by_adjective
from kg.extract.tokens import columns, doc_text, title_case
from kg.spelling import two_syllable_name
from kg.model import ArticleMeta, EntityKind
from kg.resources import INCOMING_WITHIN, GazEntry, Gazetteer, lexicon_entries, lexicon_mapping, lexicon_phrases, load_given_names, load_lexicon

__all__ = ["Mention", "EntityIndex", "Extractor", "extract_entities", "norm_name", "outlet_ref"]

_UNKNOWN = object()  # a value not looked up yet


# what joins two countries' names ("Serbia and Montenegro", "Serbia or Montenegro",
# "Montenegro-Portugal ties"): closed-class grammar and punctuation
_COORDINATORS = frozenset({"and", "or", ",", "&", "-", "–", "/"})


class _TitleWords(NamedTuple):
    leader: frozenset[str]  # leader titles ("president", "prime minister")
    all: frozenset[str]  # leader and official titles
    not_names: frozenset[str]
    particles: frozenset[str]
    not_leader_before: frozenset[str]
    name_joiners: frozenset[str]  # particles that continue a name just named ("bin")
    role_determiners: frozenset[str]  # "the Russian president", "his French counterpart"
    country_office_openers: frozenset[str]  # "the Emir of Qatar", "a call from President of Kenya"
    patronymic: frozenset[str]  # "bin", "ibn": a name right after one is the father's, inside a longer name
    suffixes: frozenset[str]  # "Jr.", "II": after a surname, never the name a person goes by alone
    honorifics: frozenset[str]  # the words of "His Highness", "Sheikh", "Dr": before a title or a name
    person_verbs: frozenset[str]  # "Montenegro said": a verb a person does, not a country
    kin_nouns: frozenset[str]  # "Sorn's widow, Ilse Sorn": a relative the bare surname is not
    honorific_phrases: tuple[tuple[str, ...], ...]  # "tan sri": honorifics whose words alone are names
    date_surname_before: frozenset[str]  # "spoke with Friday": the surname that is a weekday is the person
    date_surname_not_after: frozenset[str]  # "officials on Friday said": a date still
    date_surname_person_only: frozenset[str]  # "telephoned Montenegro": never a country after them
    person_verb_leads: tuple[tuple[str, ...], ...] = ()  # "Montenegro is due to speak": words before a person's verb
    lead_verbs: frozenset[str] = frozenset()  # "speak", "call": the verbs those words lead to
    country_only_before: frozenset[str] = frozenset()  # "in Montenegro": the country, never the person
    country_taking_before: frozenset[str] = frozenset()  # "ties with Montenegro": the country, where never the place
    talk_leads: frozenset[str] = frozenset()  # "spoke to Montenegro": the person after all


@lru_cache(maxsize=1)
def _title_words() -> _TitleWords:
    """The words of ``data/lexicon/titles.json`` the extractor reads, compiled once per process."""
    titles = load_lexicon("titles")
    leader = frozenset(lexicon_phrases(titles, "leader"))
    return _TitleWords(leader, leader | frozenset(lexicon_phrases(titles, "official")),
                       frozenset(lexicon_phrases(titles, "not_names")), frozenset(lexicon_phrases(titles, "particles")),
                       frozenset(lexicon_phrases(titles, "not_leader_before")),
                       frozenset(e["phrase"] for e in lexicon_entries(titles, "particles") if e.get("joins_name")),
                       frozenset(lexicon_phrases(titles, "role_determiners")),
                       frozenset(lexicon_phrases(titles, "country_office_openers")),
                       frozenset(e["phrase"] for e in lexicon_entries(titles, "particles") if e.get("patronymic")),
                       frozenset(lexicon_phrases(titles, "name_suffixes")),
                       frozenset(w for p in lexicon_phrases(titles, "honorifics") for w in p.split()),
                       frozenset(lexicon_phrases(titles, "person_verbs")),
                       frozenset(lexicon_phrases(titles, "kin_nouns")),
                       tuple(tuple(p.split()) for p in lexicon_phrases(titles, "honorific_phrases")),
                       frozenset(lexicon_phrases(titles, "date_surname_before")),
                       frozenset(lexicon_phrases(titles, "date_surname_not_after")),
                       frozenset(e["phrase"] for e in lexicon_entries(titles, "date_surname_before") if e.get("person_only")),
                       tuple(tuple(p.split()) for p in lexicon_phrases(titles, "person_verb_leads")),
                       frozenset(titles.get("person_verb_leads", {}).get("verbs", ())),
                       frozenset(lexicon_phrases(titles, "country_only_before")),
                       frozenset(lexicon_phrases(titles, "country_taking_before")),
                       frozenset(lexicon_phrases(titles, "talk_leads")))


@lru_cache(maxsize=1)
def _media_acronyms() -> frozenset[str]:
    """The outlet head words written in capitals ("TV"), from ``data/lexicon/reports.json``."""
    return frozenset(p for p in lexicon_phrases(load_lexicon("reports"), "outlet_heads") if p.isupper())


@lru_cache(maxsize=2)
def _description_heads(plural: bool = False) -> tuple[dict[tuple[str, ...], str], frozenset[str]]:
    """The description phrases of ``data/lexicon/discourse.json`` ("the Russian leader"; with
    ``plural``, their plurals: "the Qasari and Ostrian prime ministers") as word tuples -> role,
    and their first words; read once per process, not per article (reading the lexicon file was
    ~1% of the streaming stage)."""
    heads: dict[tuple[str, ...], str] = {}
    for role, entry in load_lexicon("discourse")["descriptions"].items():
        if role.startswith("_"):
            continue
        for w in entry.get("plurals", ()) if plural else entry["phrases"]:
            heads[tuple(w.replace("-", " - ").split())] = role
    return heads, frozenset(k[0] for k in heads)


def _one_short_for_other(a: str, b: str) -> bool:
    """Two first names (of name keys) of three letters at least, one the other or a short form
    of it ("sam", "samuel")."""
    return min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))


#: what joins the items of a list of countries ("Varnian, Ostrian and Qasari")
_LIST_JOINERS = (",", "and")


@lru_cache(maxsize=1)
def _named_only_offices() -> Mapping[str, frozenset[str]]:
    """The descriptions' offices below a leader's ('named_only': "the governor"), which stand
    only for a person the article names in them, each with the words that make a title another
    office ('not_with': "Deputy Mayor", "Lieutenant Governor", "former governor")."""
    return MappingProxyType({role: frozenset(entry.get("not_with", ()))
                             for role, entry in load_lexicon("discourse")["descriptions"].items()
                             if not role.startswith("_") and entry.get("named_only")})


@lru_cache(maxsize=1)
def _person_titled() -> Mapping[str, frozenset[str]]:
    """The descriptions' 'person_titled' phrases ("premier"), each with its 'not_with' words: the
    one person the article titles so stands for "the premier" before a leader of the role does."""
    return MappingProxyType({phrase: frozenset(entry["person_titled"].get("not_with", ()))
                             for role, entry in load_lexicon("discourse")["descriptions"].items()
                             if not role.startswith("_") and "person_titled" in entry
                             for phrase in entry["person_titled"]["phrases"]})


@lru_cache(maxsize=1)
def _taking_office_modifiers() -> frozenset[tuple[str, ...]]:
    """The present_role_modifiers marked taking_office ("new", "newly elected"), as word tuples."""
    return frozenset(tuple(e["phrase"].split()) for e in lexicon_entries(load_lexicon("discourse"), "present_role_modifiers")
                     if e.get("taking_office"))


@lru_cache(maxsize=1)
def _present_modifiers() -> frozenset[str]:
    """The one-word present_role_modifiers of ``data/lexicon/discourse.json`` ("new", "current")."""
    return frozenset(p for p in lexicon_phrases(load_lexicon("discourse"), "present_role_modifiers") if " " not in p)


@lru_cache(maxsize=8)
def _officials_by_office(gaz: Gazetteer) -> dict[tuple[str, str], GazEntry]:
    """The one serving official of each (country, office), as the gazetteer lists them
    ("Foreign Minister" of a country; never a "Former" one): a minister's counterpart."""
    found: dict[tuple[str, str], list[GazEntry]] = {}
    for e in gaz.entries.values():
        if e.kind is EntityKind.PERSON and e.role and e.country and not e.role.casefold().startswith("former"):
            found.setdefault((e.country, e.role.casefold()), []).append(e)
    return {key: entries[0] for key, entries in found.items() if len(entries) == 1}


@lru_cache(maxsize=1)
def _title_fillers() -> frozenset[str]:
    """ "Former", "Interim", "Acting": words that may stand before a title without changing it."""
    return frozenset(lexicon_phrases(load_lexicon("discourse"), "title_fillers")) | frozenset(
        lexicon_phrases(load_lexicon("titles"), "honorifics"))


@lru_cache(maxsize=1)
def _call_words() -> tuple[frozenset[str], frozenset[str]]:
    """The forms of the verbs that place a call and of the call nouns (calls.json)."""
    calls = load_lexicon("calls")
    verbs = frozenset(f for e in lexicon_entries(calls, "call_verbs") for f in e["forms"])
    nouns = frozenset(f for e in lexicon_entries(calls, "call_nouns") if e.get("strength") == "strong"
                      for f in (e["singular"], e["plural"]))
    return verbs, nouns


@lru_cache(maxsize=1)
def _adjective_heads() -> frozenset[str]:
    return frozenset(lexicon_phrases(load_lexicon("reports"), "outlet_adjective_heads"))


@lru_cache(maxsize=1)
def _desk_words() -> frozenset[str]:
    """ "staff", "reporter", "desk": words of a byline's staff credit (titles.json byline_desk_words)."""
    return frozenset(lexicon_phrases(load_lexicon("titles"), "byline_desk_words"))


@lru_cache(maxsize=1)
def _one_word_honorifics() -> frozenset[str]:
    """Honorifics of one word ("ms", "dr."), which stand right before a surname."""
    return frozenset(p for p in lexicon_phrases(load_lexicon("titles"), "honorifics") if " " not in p)


@lru_cache(maxsize=4)
def _sharing_entries(gaz: Gazetteer) -> Mapping[str, tuple[GazEntry, ...]]:
    """Folded forms to the entries that name a ``shared_aliases`` form as theirs too ("abc": the
    Australian broadcaster, beside the ABC News whose alias it is)."""
    found: dict[str, dict[str, GazEntry]] = {}
    for entry in gaz.entries.values():
        for form in entry.shared_aliases:
            # (once each: two spellings of a form, "El País" and "El Pais", fold alike)
            found.setdefault(norm_name(form), {})[entry.id] = entry
    return MappingProxyType({form: tuple(es[k] for k in sorted(es)) for form, es in found.items()})


@lru_cache(maxsize=8)
def _people_by_surname(gaz: Gazetteer) -> dict[str, tuple[GazEntry, ...]]:
    """Gazetteer people by the last word of their name, folded."""
    out: dict[str, list[GazEntry]] = {}
    for entry in gaz.entries.values():
        if entry.kind in PERSON_KINDS and len(entry.name.split()) > 1:
            out.setdefault(norm_name(entry.name.split()[-1]), []).append(entry)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=8)
def _people_by_first_name(gaz: Gazetteer) -> dict[str, tuple[GazEntry, ...]]:
    """Gazetteer leaders by the first word of their name, folded."""
    out: dict[str, list[GazEntry]] = {}
    for entry in gaz.entries.values():
        if entry.kind is EntityKind.LEADER and len(entry.name.split()) > 1:
            out.setdefault(norm_name(entry.name.split()[0]), []).append(entry)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=8)
def _people_by_form(gaz: Gazetteer) -> dict[str, GazEntry]:
    """Gazetteer people by the folded form of each of their names (unique forms only)."""
    seen: dict[str, set[str]] = {}
    entries: dict[str, GazEntry] = {}
    for entry in gaz.entries.values():
        if entry.kind in PERSON_KINDS:
            for form in (entry.name, *entry.aliases):
                key = person_key_form(form)
                if len(key.split()) > 1:
                    seen.setdefault(key, set()).add(entry.id)
                    entries[key] = entry
    return {k: entries[k] for k, ids in seen.items() if len(ids) == 1}


@lru_cache(maxsize=8)
def _people_by_letters(gaz: Gazetteer) -> dict[str, GazEntry]:
    """Gazetteer people by the letters of each of their names of two words or more, spaces left
    out ("Amar Ben Vessa" for "Amar Benvessa": a particle written apart or joined; unique forms only)."""
    seen: dict[str, set[str]] = {}
    entries: dict[str, GazEntry] = {}
    for form, entry in _people_by_form(gaz).items():
        key = form.replace(" ", "")
        seen.setdefault(key, set()).add(entry.id)
        entries[key] = entry
    return {k: entries[k] for k, ids in seen.items() if len(ids) == 1}


def _handle_form(text: str) -> str:
    """A name or handle folded to its letters alone ("Imran Khan", "@ImranKhan" -> "imrankhan")."""
    return "".join(ch for ch in person_key_form(text) if ch.isalpha())


@lru_cache(maxsize=8)
def _people_by_handle(gaz: Gazetteer) -> dict[str, GazEntry]:
    """Gazetteer people by the letters of each of their names of two words or more (unique
    forms only): what a social media handle is made of."""
    seen: dict[str, set[str]] = {}
    entries: dict[str, GazEntry] = {}
    for entry in gaz.entries.values():
        if entry.kind in PERSON_KINDS:
            for form in (entry.name, *entry.aliases):
                if len(form.split()) > 1:
                    key = _handle_form(form)
                    seen.setdefault(key, set()).add(entry.id)
                    entries[key] = entry
    return {k: entries[k] for k, ids in seen.items() if len(ids) == 1 and len(k) >= 6}


def _office_taken(title: str) -> str:
    """The office a title of one taking it names ("president-elect", "prime minister-designate":
    "president", "prime minister"); any other title as it is."""
    return title.casefold().replace("-elect", "").replace("-designate", "").replace(" elect", "").strip()


@lru_cache(maxsize=1)
def _world_offices() -> frozenset[str]:
    """The description roles of an office there is one of in the world ("pope": discourse.json
    descriptions' ``one_in_the_world``)."""
    return frozenset(role for role, entry in load_lexicon("discourse")["descriptions"].items()
                     if not role.startswith("_") and entry.get("one_in_the_world"))


@lru_cache(maxsize=64)
def _sole_holder(gaz: Gazetteer, role: str, day: date | None) -> GazEntry | None:
    """The one leader of the gazetteer holding an office of ``role`` on ``day`` ("pope"), or
    None when none or several do ("president", "chancellor", "emir")."""
    if day is None:
        return None
    holders = [e for e in gaz.entries.values() if e.kind is EntityKind.LEADER
               and any(o.role.casefold() == role and o.holds_on(day) for o in e.offices)]
    return holders[0] if len(holders) == 1 else None


# letters a handle may add after a person's name ("@IlseVargaPM", "@IlseVargaPTI"; not a fan or
# news account's "@IlseVargaFans", "@IlseVargaNews")
_HANDLE_TAIL = 3


class Extractor:
    def __init__(self, doc: Doc, meta: ArticleMeta, gaz: Gazetteer, datelines=()):
        self.doc, self.meta, self.gaz = doc, meta, gaz
        # the pipeline's entities, read once: every ``Doc.ents`` builds each Span anew (and a
        # Token or two for each), and the rules here and in kg.extract.outlets read them four times
        self.ents = doc.ents
        # each entity's label and id, read once: ``Span.label_`` and ``Span.ent_id_`` look the
        # string up in the vocabulary again at every read, and the rules here and in
        # kg.extract.outlets read them about a dozen times an entity
        self.ent_labels = tuple(ent.label_ for ent in self.ents)
        self.ent_ids = tuple(ent.ent_id_ for ent in self.ents)
        self.datelines = datelines
        titles = _title_words()
        self.leader_titles, self.all_titles, self.not_names = titles.leader, titles.all, titles.not_names
        self._particles, self._not_leader_before = titles.particles, titles.not_leader_before
        self.given_names = load_given_names()
        self.mentions: list[Mention] = []
        self.entities: dict[str, Builder] = {}
        self.adjectives: dict[int, str] = {}  # token index -> country name
        self._home: str | None | object = _UNKNOWN

    def add(self, start: int, end: int, builder: Builder, named: bool = True, described: bool = False) -> None:
        """A mention of ``builder``'s entity; ``named``: the text is one of its names (a seat of
        power standing for its leader is not); ``described``: the text describes it ("the French
        leader"): where it is mentioned, never one of its names."""
        existing = self.entities.setdefault(builder.key, builder)
        if builder.kind is EntityKind.LEADER and existing.kind is EntityKind.PERSON:
            existing.kind = EntityKind.LEADER
        cols = columns(self.doc)
        if start < end:
            start_char, end_char = cols.idx[start], cols.idx[end - 1] + len(cols.text[end - 1])
        else:
            start_char = end_char = self.doc[start:end].start_char
        text = strip_possessive(cols.span_text(start, end))
        if named and not described and existing.key.startswith(("person:", "org:")) \
                and len(text.split()) > len(existing.name.split()):
            existing.name = text
        if named and not described:
            existing.forms.add(text)
        if named or described:
            existing.spans.append((start_char, start_char + len(text)))
        self.mentions.append(Mention(start, end, start_char, end_char, builder.key, existing.kind, text))

    def retarget(self, start: int, end: int, builder: Builder) -> None:
        """The tokens ``start:end`` name ``builder``'s entity after all: drop the mentions there,
        and an entity left with no mention, then add this one."""
        dropped = {m.key for m in self.mentions if m.start == start and m.end == end}
        self.mentions = [m for m in self.mentions if not (m.start == start and m.end == end)]
        left = {m.key for m in self.mentions}
        for key in dropped - left - {builder.key}:
            del self.entities[key]
        self.add(start, end, builder)

    def drop(self, mention: Mention) -> None:
        """Drop ``mention``, and its entity if it has no other mention."""
        self.mentions.remove(mention)
        if not any(m.key == mention.key for m in self.mentions):
            del self.entities[mention.key]

    def replace(self, mention: Mention, end: int, builder: Builder) -> None:
        """``mention`` was the start of a longer name, ending at token ``end``, of ``builder``'s
        entity ("RNZ" of "RNZ Pacific"): drop it and add that name."""
        self.drop(mention)
        self.add(mention.start, end, builder)

    def _bracketed_short_forms(self) -> None:
        """ "the Cyprus News Agency (CNA)": the short form in brackets is that outlet's, here and
        wherever the article uses it again (whatever else the gazetteer calls so)."""
        texts = columns(self.doc).text
        for m in [m for m in self.mentions if m.kind is EntityKind.OUTLET]:
            if m.end + 2 >= len(texts) or texts[m.end] != "(" or texts[m.end + 2] != ")":
                continue
            short = texts[m.end + 1]
            if not (short.isupper() and 2 <= len(short) <= 8):
                continue
            builder = self.entities[m.key]
            known = gazetteer_outlet(short, self.gaz)
            if known is not None and "gaz:" + known.id != m.key and not set(short) <= set(initials(builder.name)):
                # "Buenos Aires Times (AFP)": a known agency credited after the publisher, whose
                # letters are not the name's (but "the Catalan News Agency (ACN)", its own name's
                # letters in its language's order, is a short form)
                continue
            for i, text in enumerate(texts):
                if text == short and not any(o.key == m.key and o.start <= i < o.end for o in self.mentions):
                    self.retarget(i, i + 1, builder)

    def _acronyms_of_other_names(self) -> None:
        """ "the People's Action Party (PAP)": an acronym in brackets right after a name of
        capitalised words that it spells is that name's short form, no outlet the gazetteer calls
        so (a news agency abroad), here and wherever the article uses it again."""
        texts = columns(self.doc).text
        for m in [m for m in self.mentions if m.kind is EntityKind.OUTLET and m.key.startswith("gaz:")]:
            if not (m.end - m.start == 1 and m.start >= 2 and m.end < len(texts) and texts[m.start - 1] == "("
                    and texts[m.end] == ")" and m.text.isupper()) or m not in self.mentions:
                continue
            k = m.start - 1
            while k - 1 >= 0 and (texts[k - 1][:1].isupper() or texts[k - 1] in ("'s", "’s", "of", "and")):
                k -= 1
            name = " ".join(texts[k:m.start - 1]).replace(" 's", "'s").replace(" ’s", "’s")
            if k < m.start - 2 and initials(name) == m.text \
                    and not any(o.kind is EntityKind.OUTLET and k <= o.start < m.start - 1 for o in self.mentions):
                for other in [o for o in self.mentions if o.key == m.key and o.text == m.text]:
                    self.drop(other)

    def _spelled_out_acronyms(self) -> None:
        """ "Vell Broadcasting Corporation reports. VBC aired footage ...": an acronym the
        gazetteer gives another outlet ("VBC" of a broadcaster abroad) stands, after an outlet of
        those initials is named in full, for that outlet."""
        named = [(m.start, m.key) for m in self.mentions if m.kind is EntityKind.OUTLET]
        for m in [m for m in self.mentions if m.kind is EntityKind.OUTLET and m.key.startswith("gaz:")]:
            if not (m.text.isupper() and 2 <= len(m.text) <= 5 and m.end - m.start == 1) \
                    or any(key == m.key for start, key in named if start < m.start):
                continue  # (the acronym's own outlet named before: it stays that one's)
            full = {key for start, key in named if start < m.start and key != m.key
                    and initials(self.entities[key].name) == m.text}
            if len(full) == 1:
                self.retarget(m.start, m.end, self.entities[full.pop()])

    # -- gazetteer and model entities ----------------------------------------------------
    def run(self) -> EntityIndex:
        seen_ids: set[str] = set()
        unknown_people = []
        unknown_outlets(self)
        inside_outlet = {i for m in self.mentions for i in range(m.start, m.end)}
        for ent, label, ent_id in zip(self.ents, self.ent_labels, self.ent_ids):
            if inside_outlet.intersection(range(ent.start, ent.end)):
                continue  # "Kenya" in "Kenya Broadcasting Corporation"
            entry = self.gaz.get(ent_id) if ent_id else None  # (a root looked up per read)
            if label == "CAPITAL" and ent.end - ent.start == 1 and ent.text in self.given_names \
                    and self._person_slot_before(ent.start) and (end := self._surname_after(ent.end)) is not None:
                # "his counterpart, Santiago Dulek": a capital's name that is a given name, in a
                # person's place (after a title, or after a description and its comma), with a
                # capitalised word of no entity right after it, is a person's name (not "Riyadh Expo")
                unknown_people.append(Span(self.doc, ent.start, end, label="PERSON"))
                continue
            if label == "NORP" and entry:
                for i in range(ent.start, ent.end):
                    self.adjectives[i] = entry.name
                continue
            if label == "SHORT":
                if entry and (entry.id in seen_ids or (entry.kind is EntityKind.OUTLET and ent.text.isupper()
                                                       and descriptor_before(self, ent.start))):
                    # "the Post" once The Washington Post was named; "state news agency TAP" always
                    self.add(ent.start, ent.end, gaz_builder(entry, self.meta))
                continue
            if label == "CONTEXT":
                if entry and platform_context(self, ent.start, ent.end):
                    self.add(ent.start, ent.end, gaz_builder(entry, self.meta))
                    seen_ids.add(entry.id)
                continue
            if entry and entry.kind in PERSON_KINDS and ent.end - ent.start == 1 and not (
                    unknown_people and unknown_people[-1].end == ent.start) \
                    and (given := self._given_names_before(ent.start, entry)) is not None \
                    and self._relative_named(given, ent.end, entry):
                # "Sorn's widow, Ilse Sorn": a given name the people rules left alone (one word
                # before a taken surname is no name to them) before the one-word alias of a
                # gazetteer person, not that person's own: a relative of that surname
                unknown_people.append(Span(self.doc, given, ent.end, label="PERSON"))
                continue
            if entry and entry.kind in PERSON_KINDS and ent.end - ent.start == 1 and unknown_people \
                    and unknown_people[-1].end == ent.start:
                given = self._given_names_before(ent.start, entry)
                if given == unknown_people[-1].start:
                    # "Arzu Rana Deuba": a person the people rules found right before a gazetteer
                    # "Deuba" of other given names is another person of that surname, named in full
                    # (never the gazetteer's one, never two people)
                    unknown_people.append(Span(self.doc, unknown_people.pop().start, ent.end, label="PERSON"))
                    continue
                if given is None and self._same_first_name(unknown_people[-1], entry):
                    # "Samuel Ntsokoane Matekane" for the gazetteer's Sam Matekane: the name in full
                    ent = Span(self.doc, unknown_people.pop().start, ent.end, label=ent.label_)
            elif entry and entry.kind in PERSON_KINDS and ent.end - ent.start >= 2 and unknown_people \
                    and unknown_people[-1].end == ent.start and unknown_people[-1].start == ent.start - 1 \
                    and self.doc[ent.start - 1].text in self.given_names:
                # "Senator Mohammad <Ishaq Dar>": a given name right before a known full name is its
                # first, not a person of its own
                ent = Span(self.doc, unknown_people.pop().start, ent.end, label=ent.label_)
            start = self._chain_start(ent.start) if entry and entry.kind in PERSON_KINDS else ent.start
            if start < ent.start:
                # "Faisal bin Salman bin Abdulaziz": the known name after "bin" is the father's;
                # a name the people rules found in the chain ("Faisal bin") is part of it
                unknown_people = [u for u in unknown_people if not (start <= u.start and u.end <= ent.start + 1)]
                entry = self._person_by_prefix(start, ent.end)
                if entry is None:
                    unknown_people.append(Span(self.doc, start, ent.end, label="PERSON"))
                    continue
                ent = Span(self.doc, start, ent.end, label=label)
            if entry:
                builder = gaz_builder(entry, self.meta)
                if builder.kind is EntityKind.OUTLET and (self._title_after(ent.end) or self._adjective_use(ent)):
                    # "The Australian Prime Minister Anthony Albanese", "the Australian side": a description
                    country = country_by_adjective(self.gaz).get(self.doc[ent.end - 1].lower_)
                    if country is not None:
                        self.adjectives[ent.end - 1] = country
                    continue
                if builder.kind is EntityKind.OUTLET and self._longer_name(ent):
                    continue
                if builder.kind is EntityKind.LEADER and not self._leader_yet(entry, ent.start):
                    # not yet in office on the article's day: a minister today, a leader later
                    title, named_at, _ = self._title_past_honorifics(ent.start)
                    builder.kind = EntityKind.PERSON
                    # (an honorific holds no office: "Hon. X", who is "the Prime Minister-elect")
                    builder.role = role_phrase(self.doc, title[0], named_at) \
                        if title and title[1] not in _title_words().honorifics else None
                self.add(ent.start, ent.end, builder)
                seen_ids.add(entry.id)
            elif label == "PERSON":
                if self.meta.outlet and norm_name(ent.text) == norm_name(self.meta.outlet):
                    continue  # "Miami Herald staff writer X" in the Miami Herald: the publisher, not a person
                outlet = next((b for b in self.entities.values() if b.kind is EntityKind.OUTLET
                               and norm_name(b.name) == norm_name(ent.text)), None)
                if outlet is not None:
                    # "announced on Télé Sahel" after "state television Télé Sahel": the outlet again
                    self.add(ent.start, ent.end, outlet)
                    continue
                unknown_people.append(ent)
            elif label == "ORG":
                text = strip_possessive(ent.text)
                if text and norm_name(text):
                    self.add(ent.start, ent.end, Builder(f"org:{norm_name(text)}", text, EntityKind.ORGANIZATION))
        dateline_outlets(self, self.datelines)
        channel_outlets(self)
        self._unknown_people(unknown_people)
        self._handles()
        self._capital_header()
        self._short_forms()
        self._title_initials()
        self._capital_labels()
        state_media(self)
        slot_outlets(self)
        outlet_services(self)
        country_editions(self)
        copyright_outlets(self)
        self._own_short_name()
        self._serving_titles()
        self._descriptions()
        self._plural_descriptions()
        self._successions()
        self._seats()
        self._bracketed_short_forms()
        self._acronyms_of_other_names()
        self._spelled_out_acronyms()
        self._shared_aliases()
        self._syllabic_short_names()
        self.mentions.sort(key=lambda m: (m.start, m.end))
        # where an entity is mentioned is where its mentions still stand: a rule that gave a
        # mention to another ("telephoned Montenegro": the person, not the country) took it away
        standing = {(m.key, m.start_char) for m in self.mentions}
        for b in self.entities.values():
            b.spans = [s for s in b.spans if (b.key, s[0]) in standing]
        return EntityIndex(self.mentions, self.entities, self.adjectives)

    def _syllabic_short_names(self) -> None:
        """ "John Lee" in a headline over "John Lee Ka-chiu" in the story: a name that is the
        article's one fuller name without its last word, a romanised given name of two syllables
        (hyphened), is that person (a given-name rule may have made it a person of its own first)."""
        people = [b for b in self.entities.values() if b.kind in PERSON_KINDS and not b.key.startswith("gaz:")]
        fuller: dict[tuple[str, ...], list[Builder]] = {}
        for b in people:
            words = b.name.split()
            if len(words) >= 3 and two_syllable_name(words[-1]):
                fuller.setdefault(tuple(w.casefold() for w in words[:-1]), []).append(b)
        if not fuller:
            return  # (most articles)
        for b in people:
            found = fuller.get(tuple(w.casefold() for w in b.name.split()))
            if found is None or len(found) != 1 or found[0] is b:
                continue
            for m in [m for m in self.mentions if m.key == b.key]:
                self.retarget(m.start, m.end, found[0])

    def _shared_aliases(self) -> None:
        """ "ABC Radio" in an article about Australia: a form two gazetteer entries go by is the
        one of the country named right before it ("US network ABC"), else of the country the
        article is told from, else of the only one of their countries it names (a country, its
        adjective or capital, one of its people); else it stays the entry whose alias it is, as
        it does in the pages of a publisher that is one of them."""
        sharing = _sharing_entries(self.gaz)
        if not sharing:
            return
        named: set[str] | None = None
        own = outlet_ref(self.meta.outlet, self.gaz, self.meta.url).key if self.meta.outlet else None
        for m in list(self.mentions):
            others = sharing.get(norm_name(m.text))
            owner = self.gaz.get(m.key.removeprefix("gaz:")) if others and m.key.startswith("gaz:") else None
            if owner is None or owner.kind is not others[0].kind:
                continue
            if named is None:
                named = {b.name if b.kind is EntityKind.COUNTRY else b.country for b in self.entities.values()
                         if b.kind is EntityKind.COUNTRY or b.kind in PERSON_KINDS} | set(self.adjectives.values())
            if own is not None and any(e.key == own for e in (owner, *others)):
                # (the publisher is one of them: it calls itself "the ABC", and a bare alias in its
                # own pages names the entry whose alias it is, as the publisher's name did)
                continue
            candidates = (owner, *others)
            before = {self.adjectives.get(k) for k in range(max(0, m.start - 3), m.start)} | {
                b.country if b.kind is not EntityKind.COUNTRY else b.name
                for b in (self.entities.get(x.key) for x in self.mentions if m.start - 3 <= x.start < m.start) if b}
            home = self._home_country()
            # a country named right before it ("US network ABC"), else the one the article is told
            # from, else the only one of theirs the article names
            pick = [e for e in candidates if e.country in before]
            if len(pick) != 1:
                pick = [e for e in candidates if e.country == home] if home else []
            if len(pick) != 1:
                pick = [e for e in candidates if e.country in named]
            if len(pick) == 1 and pick[0] is not owner:
                self.retarget(m.start, m.end, gaz_builder(pick[0], self.meta))

    def _named_right_after(self, k: int) -> bool:
        """A person's mention opens at token ``k``, or right after honorifics there ("H.E. Mrs.")."""
        cols = columns(self.doc)
        honorifics = _one_word_honorifics()
        while k < len(cols.lower) and cols.lower[k] in honorifics:
            k += 1
        return any(m.start == k and m.kind in PERSON_KINDS for m in self.mentions)

    def _person_slot_before(self, start: int) -> bool:
        """A title's word or an honorific right before token ``start`` ("Minister Santiago X"), or a
        comma after one ("his Argentine counterpart, Santiago X")."""
        cols = columns(self.doc)
        k = start - 1
        if k >= 0 and cols.text[k] == ",":
            k -= 1
        return k >= 0 and (cols.lower[k] in self.all_titles or cols.lower[k] in ("counterpart", "counterparts")
                           or cols.lower[k] in _one_word_honorifics())

    def _surname_after(self, k: int) -> int | None:
        """The end of one or two capitalised words right after token ``k - 1`` that no entity
        holds and that are no title's word nor a word that names no one (a surname), else None."""
        cols = columns(self.doc)
        held = {i for ent in self.ents for i in range(ent.start, ent.end)}
        end = k
        while end < len(cols.text) and end - k < 2 and end not in held and cols.text[end][:1].isupper() \
                and cols.text[end].isalpha() and cols.lower[end] not in self.all_titles and cols.text[end] not in self.not_names \
                and (end == k or cols.ws[end - 1]):
            end += 1
        return end if end > k and (k == 0 or cols.ws[k - 1]) else None

    def _title_initials(self) -> None:
        """ "EAM will speak with X" after "External Affairs Minister Y": the initials of the title
        of one person of the article (three words or more), in capitals, stand for that person
        (not when two people's titles share them, nor where an entity is named)."""
        by_initials: dict[str, set[str]] = {}
        for b in self.entities.values():
            # (a title of words, "External Affairs Minister", not one holding an acronym: "UN Secretary-General")
            if b.kind in PERSON_KINDS and b.role and len(words := b.role.split()) >= 3 \
                    and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
                by_initials.setdefault("".join(w[0] for w in words), set()).add(b.key)
        by_initials = {k: keys for k, keys in by_initials.items() if len(keys) == 1}
        if not by_initials:
            return
        cols = columns(self.doc)
        taken = {i for m in self.mentions for i in range(m.start, m.end)} | {
            i for ent in self.ents for i in range(ent.start, ent.end)} | set(self.adjectives)
        for i in cols.where(by_initials.keys(), lowered=False):
            if i not in taken:
                self.add(i, i + 1, self.entities[next(iter(by_initials[cols.text[i]]))], described=True)

    def _handles(self) -> None:
        """ "PM X called Chairman @IlseVargaPTI today": a social media handle made of the full
        name of a person the gazetteer or the article knows, and at most a few letters more, is
        that person (a handle of a surname alone may be anyone's)."""
        cols = columns(self.doc)
        handles = [i for i, text in enumerate(cols.text) if text[:1] == "@" and len(text) > 6]
        if not handles:
            return
        known = dict(_people_by_handle(self.gaz))
        # (of the people the article names, the handle may shorten the first name: "@alexstubb"
        # of Alexander Stubb; the surname of four letters at least, the first name's start of three)
        shortened: dict[str, list[tuple[str, Builder]]] = {}
        for b in self.entities.values():
            if b.kind in PERSON_KINDS and len(b.name.split()) > 1:
                known.setdefault(_handle_form(b.name), b)
                first, last = _handle_form(b.name.split()[0]), _handle_form(b.name.split()[-1])
                if len(first) > 3 and len(last) >= 4:
                    shortened.setdefault(last, []).append((first, b))
        taken = {i for m in self.mentions for i in range(m.start, m.end)}
        for i in handles:
            if i in taken:
                continue
            letters = _handle_form(cols.text[i][1:])
            for n in range(len(letters), max(5, len(letters) - _HANDLE_TAIL - 1), -1):
                found = known.get(letters[:n])
                if found is None and n == len(letters):
                    # (a shortened name takes no letters after it: "@magdaosterberg_fc" is a fan club's)
                    short = {b.key: b for last, people in shortened.items() if letters[:n].endswith(last)
                             for first, b in people if len(prefix := letters[:n - len(last)]) >= 3 and first.startswith(prefix)}
                    found = next(iter(short.values())) if len(short) == 1 else None
                if found is not None:
                    builder = found if isinstance(found, Builder) else gaz_builder(found, self.meta)
                    self.add(i, i + 1, builder, described=True)  # (where it is named, never one of its names)
                    break

    def _fathers_name(self, start: int) -> bool:
        """The name at ``start`` follows a patronymic particle inside a longer name, after at
        most the father's honorifics ("X ibni Al-Marhum Sultan Haji Y"): the father's, no
        person the text talks about."""
        doc = self.doc
        for k in range(start - 1, max(-1, start - 12), -1):
            t = doc[k]
            if t.lower_ in _title_words().patronymic:
                return k >= 1 and doc[k - 1].text[:1].isupper()
            if not (t.text[:1].isupper() or t.text in ("-", "'", "’")) or t.is_sent_start:
                return False
        return False

    @staticmethod
    def _same_first_name(given: Span, entry: GazEntry) -> bool:
        """The first of the given names ``given`` is the gazetteer person's (or a short form of it)."""
        first = name_key(given.text).split()[:1]
        return bool(first) and any(len(known := name_key(form).split()) > 1 and _one_short_for_other(known[0], first[0])
                                   for form in (entry.name, *entry.aliases))

    def _given_names_before(self, start: int, entry: GazEntry) -> int | None:
        """Where the given names right before a surname at ``start`` open, when they are not
        those of the gazetteer person ``entry`` whose alias the surname is: capitalised words of
        no known entity, no title and no function word ("Arzu Rana" before "Deuba"), two of them,
        or one not opening the sentence."""
        doc = self.doc
        j = start
        while j > 0 and start - j < 3:
            prev = doc[j - 1]
            if not (prev.is_alpha and prev.text[:1].isupper() and not prev.text.isupper()) \
                    or prev.ent_type_ not in ("", "PERSON") or prev.ent_id_ \
                    or prev.text in self.not_names or prev.lower_ in self.all_titles or prev.lower_ in _title_fillers():
                break
            j -= 1
        if j == start or (start - j == 1 and doc[j].is_sent_start):
            return None
        written = name_key(doc[j:start + 1].text).split()
        for form in (entry.name, *entry.aliases):
            known = name_key(form).split()
            if len(known) < 2 or not written:
                continue  # (a form of one word, or one in a script the key folds away)
            if known[0] == written[0] or _one_short_for_other(known[0], written[0]) or known[-len(written):] == written:
                return None  # "Sher Bahadur Deuba", "Samuel X Matekane" for "Sam Matekane": the person's own first name
        return j

    def _country_possessive_before(self, k: int) -> str | None:
        """The country whose possessive stands right before token ``k`` ("Ostria's National
        Security Adviser X": Ostria; past a portfolio's capitalised words: "Ostria's Trade
        Minister X"), else None."""
        start = k
        while k > 1 and start - k < 3 and self.doc[k - 1].is_alpha and self.doc[k - 1].text[:1].isupper():
            k -= 1
        if k < 2 or self.doc[k - 1].text not in ("'s", "’s"):
            return None
        m = next((m for m in reversed(self.mentions) if m.end == k - 1), None)
        return self.entities[m.key].name if m is not None and m.kind is EntityKind.COUNTRY else None

    def _relative_named(self, start: int, end: int, entry: GazEntry) -> bool:
        """The given names ``start..end-1`` before the surname alias of ``entry`` name someone
        else: introduced as a relative ("Sorn's widow, Ilse Sorn"; "Ilse Sorn, the widow of"), or
        given names of the list none of which is a spelling of the person's own (not "Alyaksandr"
        for Alexander), outside a Title Case headline, where any word is capitalised."""
        doc, kin = self.doc, _title_words().kin_nouns
        k = start - 1 if start > 0 and doc[start - 1].text == "," else start
        if k > 0 and doc[k - 1].lower_ in kin:
            return True
        if end < len(doc) and doc[end].text == "," and any(t.lower_ in kin for t in doc[end + 1:end + 5]):
            return True
        sent = doc[start].sent
        if title_case(columns(self.doc).text[sent.start:sent.end]):
            return False
        words = [t.text for t in doc[start:end - 1]]
        own = {w for form in (entry.name, *entry.aliases) for w in name_key(form).split()[:-1]}
        return all(w in self.given_names for w in words) \
            and not any(close(name_key(w), o) for w in words for o in own)

    def _chain_start(self, start: int) -> int:
        """First token of the "Name bin Name bin" chain right before token ``start`` (``start``
        itself when there is none); a chain never reaches into another entity."""
        j = start
        doc = self.doc
        while j >= 2 and doc[j - 1].lower_ in _title_words().patronymic and doc[j - 2].text[:1].isupper() \
                and doc[j - 2].is_alpha and not doc[j - 2].ent_id_ and doc[j - 2].ent_type_ in ("", "PERSON"):
            j -= 2
        return j

    def _person_by_prefix(self, start: int, end: int) -> GazEntry | None:
        """The gazetteer person named by the longest stretch of tokens ``start..end`` that
        begins at ``start`` ("Faisal bin Salman" of "Faisal bin Salman bin Abdulaziz Al Saud")."""
        forms = _people_by_form(self.gaz)
        for stop in range(end, start + 2, -1):
            found = forms.get(person_key_form(self.doc[start:stop].text))
            if found is not None:
                return found
        return None

    def _adjective_use(self, ent) -> bool:
        """ "the Australian side": a newspaper named like a nationality, before a noun it qualifies;
        "the Namibian daily Vell Era": before a descriptor of another outlet's name (but "The
        Namibian newspaper reported", "The Namibian newspaper on Monday": the paper itself)."""
        end, doc = ent.end, self.doc
        if end >= len(doc) or not doc[end].text.islower() or doc[ent.end - 1].lower_ not in country_by_adjective(self.gaz):
            return False
        if doc[end].lower_ in _adjective_heads():
            return True
        if doc[ent.start].text == "The" and ent.start > 0 and not doc[ent.start].is_sent_start \
                and doc[ent.start - 1].text not in ('"', "“", "(", ":"):
            return False  # ("told The Australian newspaper X had ...": a capital inside the sentence is the paper's)
        descriptors = outlet_descriptors()
        return any(end + n < len(doc) and " ".join(t.lower_ for t in doc[end:end + n]) in descriptors
                   and doc[end + n].text[:1].isupper() and doc[end + n].lower_ not in calendar_names()
                   for n in (3, 2, 1))

    def _longer_name(self, ent) -> bool:
        """ "the Independent Electoral Commission", "the Sun King": a paper named "the" and one
        word, written with a small "the" inside a sentence (or opening one) and run on by a
        capitalised word that is no date: the start of another name, not the paper."""
        doc, end = self.doc, ent.end
        if ent.end - ent.start != 2 or doc[ent.start].lower_ != "the" or end >= len(doc):
            return False
        if doc[ent.start].text == "The" and ent.start > 0 and not doc[ent.start].is_sent_start:
            return False  # ("told The Independent Ms X said": a capital "The" mid-sentence is the paper's)
        nxt = doc[end]
        if not (nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_sent_start and nxt.lower_ not in calendar_names()):
            return False
        sent = doc[ent.start].sent
        # (a headline in title case capitalises every word: "Varga Rings Dule, the Independent Reports")
        return not title_case(columns(doc).text[sent.start:sent.end])

    def _title_after(self, end: int) -> bool:
        """A title and a capitalised name right after ``end`` ("... Prime Minister Ama Dule")."""
        for n in (3, 2, 1):
            if end + n < len(self.doc) and " ".join(t.lower_ for t in self.doc[end:end + n]) in self.all_titles \
                    and self.doc[end + n].text[:1].isupper():
                return True
        return False

    def _leader_yet(self, entry: GazEntry, start: int) -> bool:
        """Whether the article's day falls in or after one of the entry's offices (or the
        text calls them elect or designate)."""
        day = self.meta.published
        if day is None or not entry.offices or any(o.start is None or o.start <= day for o in entry.offices):
            return True
        title = title_before(self.doc, start, self.leader_titles)
        return bool(title and ("elect" in title[1] or "designate" in title[1]))


    # -- people the gazetteer does not know ------------------------------------------------
    def _honorific_phrase_before(self, k: int) -> int:
        """The length of the honorific of several words ending right before token ``k``, or 0."""
        for phrase in _title_words().honorific_phrases:
            n = len(phrase)
            if k >= n and all(self.doc[k - n + m].lower_ == phrase[m] for m in range(n)):
                return n
        return 0

    def _title_past_honorifics(self, start: int) -> tuple[tuple[int, str] | None, int, int]:
        """(the title, where the name it titles opens, where the honorifics before token ``start``
        open) of the name at ``start``: the title before its honorifics ("President Sheikh
        Mohamed", "Finance Minister Hon. X"), else the honorific itself, else None."""
        title = title_before(self.doc, start, self.all_titles)
        named_at = k = start
        honorifics = _title_words().honorifics
        while (title is None or title[1] in honorifics) and k > 0 and self.doc[k - 1].lower_ in honorifics:
            k -= 1
            before = title_before(self.doc, k, self.all_titles)
            if before is not None and before[1] not in honorifics:
                title, named_at = before, k
        return title, named_at, k

    def _unknown_people(self, ents) -> None:
        resolved: dict[str, Builder] = {}
        paternal: dict[str, Builder] = {}  # the first of two surnames of a name of three words or more
        singles = []
        for ent in ents:
            text = strip_possessive(ent.text)
            if not norm_name(text) or self._fathers_name(ent.start):
                continue
            title, named_at, k = self._title_past_honorifics(ent.start)
            honorifics = _title_words().honorifics
            if title is None and (n := self._honorific_phrase_before(k)):
                # "Deputy Prime Minister Datuk Seri Amar Dulek": the title before the honorific
                title = title_before(self.doc, k - n, self.all_titles)
                named_at = k - n if title is not None else named_at
            if (title is None or title[1] in honorifics) and k >= 3 and self.doc[k - 1].text == ",":
                # "Ostria's Acting Prime Minister, (Hon.) Amara Dule,": a title in apposition, after
                # a country's possessive or an adjective of one (an honorific holds no office)
                before = title_before(self.doc, k - 1, self.all_titles)
                # (an apposition closed after the name: not "After talks with Ostria's Premier, Amara
                # Dule phoned ...", a clause's subject after a phrase's comma)
                closed = ent.end >= len(self.doc) or self.doc[ent.end].text in (",", ".", ";", ")")
                if before is not None and before[1] not in honorifics and closed and (
                        self.adjectives.get(before[0] - 1) or self._country_possessive_before(before[0])):
                    title, named_at = before, k - 1
            if title is None and ent.start >= 2 and self.doc[ent.start - 1].text == ",":
                # "the President of Ostria, Amara Dule,": the title before the place, in apposition
                title = title_of_place_before(self.doc, ent.start - 1, self.all_titles)
                named_at = ent.start - 1 if title is not None else named_at
            elif title is None and ent.start >= 4:
                # "the President of the Republic of Ostria Amara Dule": the place right before the name
                title = title_of_place_before(self.doc, ent.start, self.all_titles, comma=False)
            kind, role, country = EntityKind.PERSON, None, None
            if title:
                # (an honorific holds no office: "Dr X", "Hon. X" are titled by no role)
                role = role_phrase(self.doc, title[0], named_at) if title[1] not in honorifics else None
                if title[1] in self.leader_titles and not self._not_leader(title[0]) \
                        and not self._of_an_organisation(title[0], named_at):
                    kind = EntityKind.LEADER
                country = self.adjectives.get(title[0] - 1) or self._country_possessive_before(title[0])
            left = self._right_before(ent.start)
            if left is not None:
                # "Mohammed bin Zayed" + "al Nahyan": a name part left over is never a person of its own
                self.add(ent.start, ent.end, left)
                continue
            right = self._completed_by(ent, text)
            if right is not None:
                # "Kassym-Jomart Kemelevich" + "Tokayev": a given name and a patronymic the known
                # surname after them completes are that person's
                self.add(ent.start, ent.end, right)
                continue
            words = text.split()
            if len(words) == 1 or all(w.lower() in _title_words().particles for w in words[:-1]):
                # (a surname alone, or with its particles: "De la Fuente", read once every fuller name is known)
                singles.append((ent, text, kind, role, country, title[1] if title else None))
                continue
            form = person_key_form(text)
            known = (_people_by_form(self.gaz).get(form) or name_index(self.gaz).find(text)
                     or (_people_by_letters(self.gaz).get(form.replace(" ", "")) if " " in form else None))
            if known is not None:  # a gazetteer person spelt another way ("Ahmed Al Shara'a", "Zelenskyi")
                builder = self.entities.get(known.key) or gaz_builder(known, self.meta)
                if builder.kind is EntityKind.LEADER and known.key not in self.entities and not self._leader_yet(known, ent.start):
                    builder.kind = EntityKind.PERSON  # not yet in office on the article's day
                self.add(ent.start, ent.end, builder)
                continue
            # (a given name and a patronymic with no title, no apposition after it: the way one
            # is addressed, not "Dmitri Karpovich, the opposition leader")
            within = self._named_longer(text) or self._named_reversed(text) or (
                self._named_by_patronymic(text) if title is None and (ent.end >= len(self.doc) or self.doc[ent.end].text != ",")
                else None)
            if within is not None:  # "Nana Addo" for "Nana Addo Dankwa Akufo-Addo"
                self.add(ent.start, ent.end, within)
                continue
            key = f"person:{name_key(text)}"
            builder = Builder(key, text, kind, role=role, country=country)
            resolved.setdefault(norm_name(text).split()[-1], builder)
            if len(words) >= 3 and words[-2][:1].isupper() and words[-2].lower() not in _title_words().particles:
                # "Evelyn Salgado Pineda" ... "Governor Salgado": the first of two surnames
                paternal.setdefault(norm_name(words[-2]), builder)
            self.add(ent.start, ent.end, builder)
        for ent, text, kind, role, country, title_phrase in singles:
            if text in _media_acronyms():
                continue  # "Kenya's Citizen TV": an outlet's head word, never a person's name
            if title_phrase and self._given_name_of_next(ent, text, title_phrase, kind, role, country):
                continue
            # "Minister Velden" after "Tariq Velden"; "Sheikh Mohamed" for the one Mohamed named in full
            full = (title_phrase and self._titled_part(text, title_phrase)) \
                or resolved.get(norm_name(text)) or self._known_by_part(text, ent.start) or paternal.get(norm_name(text)) \
                or (self._named_longer(text) if " " in text else None)
            if full is None and role:
                # "Vice President Harris": the one gazetteer person of that surname in that office
                known = self._titled_surname(text, role, country)
                if known is None and title_phrase and title_phrase != role.lower():
                    known = self._titled_surname(text, title_phrase, country)  # "On Sunday President X"
                if known is not None:
                    self.add(ent.start, ent.end, self.entities.get(known.key) or gaz_builder(known, self.meta))
                    continue
            builder = full or Builder(f"person:{norm_name(text)}", text, kind, role=role, country=country)
            self.add(ent.start, ent.end, builder)
        # later bare surnames of people introduced with their full name
        if not resolved:
            return
        taken = {i for m in self.mentions for i in range(m.start, m.end)}
        calendar = calendar_names()
        for i, text in enumerate(columns(self.doc).text):
            if i in taken or not text[:1].isupper() or text.lower() in calendar:
                continue  # (a surname that is a weekday or a month: ``_date_surnames``)
            builder = resolved.get(norm_name(text))
            if builder and norm_name(text) == norm_name(builder.name).split()[-1]:
                named_by = self._people_named_by(text, i)
                if len(named_by) > 1 or named_by and named_by[0] is not builder and not self._introduced_as_kin(builder):
                    continue  # two people of that surname, neither introduced as the other's relative
                # ("VARGA:" labelling a transcript's answer refers to her; no form of the name)
                self.add(i, i + 1, named_by[0] if named_by else builder, named=not text.isupper())

    def _given_name_of_next(self, ent: Span, text: str, title: str, kind: EntityKind, role: str | None,
                            country: str | None) -> bool:
        """A titled word the gazetteer does not know, right before the name of a person it does
        know. Before a one-word name ("President Ama Dule" where the gazetteer knows "Dule" as "Ami
        Dule"): a given name of that person when the title is one of their offices, else the first
        name of someone else ("Trade Minister Ama Dule" beside a president called Dule): never a
        person of its own. Before a name of two words or more: a given name more, only when the
        title (with its country, when it names one) is one of that person's offices ("Prime
        Minister Sione Amar Dule" for the gazetteer's Prime Minister "Amar Dule"; not "Ostrian
        Prime Minister Thanks Amar Dule" of another country's leader)."""
        doc = self.doc
        if not doc[ent.end - 1].whitespace_:
            return False
        # (mentions never overlap: the one opening right after the word, of any length)
        known = next((m for m in self.mentions if m.start == ent.end
                      and m.kind in PERSON_KINDS and m.key.startswith("gaz:")), None)
        if known is None:
            return False
        entry = self.gaz.get(known.key[4:])
        if entry is None:
            return False
        if known.end > known.start + 1 and not _holds_title(entry, title, country):
            return False
        self.mentions.remove(known)
        if _holds_title(entry, title, None):
            self.add(ent.start, known.end, self.entities[known.key])
            return True
        if not any(m.key == known.key for m in self.mentions):
            del self.entities[known.key]
        name = f"{text} {known.text}"
        self.add(ent.start, known.end, Builder(f"person:{name_key(name)}", name, kind, role=role, country=country))
        return True

    def _shared_part(self, part: str, builder: Builder) -> bool:
        """Another person of the article has ``part`` as a first or last name too ("Traoré"
        beside Ibrahim Traoré and Karamoko Traoré): a bare ``part`` names neither for sure."""
        return any(b is not builder for b in self._people_named_by(part))

    def _right_before(self, start: int) -> Builder | None:
        """The person whose mention ends right before token ``start`` (no punctuation between)."""
        if start == 0 or self.doc[start - 1].whitespace_ == "" and not self.doc[start - 1].is_alpha:
            return None
        prev = next((m for m in self.mentions if m.end == start and m.kind in PERSON_KINDS), None)
        if prev is None or not self.doc[start].text[:1].isupper() and self.doc[start].lower_ not in _title_words().name_joiners:
            return None
        return self.entities.get(prev.key)

    def _completed_by(self, ent, text: str) -> Builder | None:
        """The gazetteer person whose mention starts right after ``ent`` (a space between) when
        the two together name that person ("Vell Ostrovich" + "Dulek": the whole name is the
        known person's, a middle name or patronymic the gazetteer lacks)."""
        nxt = next((m for m in self.mentions if m.start == ent.end and m.kind in PERSON_KINDS), None)
        if nxt is None or self.doc[ent.end - 1].whitespace_ == "" or not nxt.key.startswith("gaz:"):
            return None
        known = name_index(self.gaz).find(f"{text} {self.doc[nxt.start:nxt.end].text}")
        return self.entities.get(nxt.key) if known is not None and known.key == nxt.key else None

    def _named_longer(self, text: str) -> Builder | None:
        """The one person of the article whose fuller name holds ``text``'s parts in order ("Bin
        Alawi", a particle and what follows it, anywhere in "Yusuf bin Alawi bin Abdullah")."""
        parts = name_key(text).split()
        particle = bool(parts) and parts[0] in self._particles
        hits = set()
        for b in self.entities.values():
            if b.kind not in PERSON_KINDS:
                continue
            for form in {b.name, *b.forms}:
                whole = name_key(form).split()
                if len(whole) > len(parts) and (_in_order(parts, whole) or particle and _contiguous(parts, whole)):
                    hits.add(b.key)
        return self.entities[hits.pop()] if len(hits) == 1 else None

    def _named_reversed(self, text: str) -> Builder | None:
        """The one person of the article named with the same two words the other way round
        ("Kajiyama Hiroshi" beside "Hiroshi Kajiyama": family name first, as East Asian names are
        often written)."""
        parts = name_key(text).split()
        if len(parts) != 2:
            return None
        hits = {b.key for b in self.entities.values() if b.kind in PERSON_KINDS
                for form in {b.name, *b.forms} if name_key(form).split() == parts[::-1]}
        return self.entities[hits.pop()] if len(hits) == 1 else None

    def _named_by_patronymic(self, text: str) -> Builder | None:
        """The one person of the article whose given name opens ``text`` when a patronymic closes
        it ("Vladimir Vladimirovich" for Vladimir Putin, named so by one who speaks to him)."""
        words = text.split()
        if len(words) != 2 or not is_patronymic(words[1]):
            return None
        given = name_key(words[0])
        hits = {b.key for b in self.entities.values() if b.kind in PERSON_KINDS
                and any(name_key(form).split()[:1] == [given] for form in {b.name, *b.forms} if " " in form)}
        return self.entities[hits.pop()] if len(hits) == 1 else None

    def _titled_surname(self, surname: str, role: str, country: str | None) -> GazEntry | None:
        """The one gazetteer person named ``surname`` whose office or role is ``role`` (in
        ``country`` when the text says which): "Vice President Harris", "Foreign Minister Wang";
        else the one holding that office on the article's day whose first name it is, in the
        country the text, its dateline or its publisher is from ("President Sheikh Mohamed")."""
        title = role.lower()
        hits = []
        for entry in _people_by_surname(self.gaz).get(norm_name(surname), ()):
            if _holds_title(entry, title, country):
                hits.append(entry)
        day = self.meta.published

        def in_office(entry: GazEntry, where: str | None) -> bool:
            return any(o.holds_on(day) and (where is None or o.country == where)
                       and (o.role.lower() == title or o.role.lower().endswith(" " + title)) for o in entry.offices)

        current = [entry for entry in hits if day is not None and in_office(entry, country)]
        if len(current) == 1:
            return current[0]
        home = country or self._home_country()
        if day is not None and home is not None:
            by_first = [entry for entry in _people_by_first_name(self.gaz).get(norm_name(surname), ())
                        if in_office(entry, home)]
            if len(by_first) == 1:
                return by_first[0]
        return hits[0] if len(hits) == 1 else None

    def _home_country(self) -> str | None:
        """The country the article is told from: its dateline's place, else its publisher's
        (looked up once per article: the seats and titled names of an article may all ask)."""
        if self._home is _UNKNOWN:
            self._home = home_country(doc_text(self.doc), self.datelines, self.meta, self.gaz)
        return self._home

    @staticmethod
    def _name_tokens(name: str) -> list[str]:
        """A name's words without the suffixes after it ("Ferdinand Marcos Jr." ends on "Marcos")."""
        words = name.split()
        suffixes = _title_words().suffixes
        while len(words) > 1 and (words[-1] in suffixes or words[-1].rstrip(".") in suffixes):
            words.pop()
        return words

    def _titled_part(self, part: str, title: str) -> Builder | None:
        """ "Captain Traoré" beside Captain Ibrahim Traoré and Karamoko Traoré: the one person
        of the article with that name part who was named with that title."""
        title = title.casefold()
        hits = [b for b in self._people_named_by(part) if any(f.casefold().startswith(title + " ") for f in b.forms)
                # ("General Amar Dule Sorn, ... General Sorn": the title before a gazetteer name, no form of it)
                or any(m.key == b.key and (t := title_before(self.doc, m.start, self.all_titles)) is not None
                       and t[1].casefold() == title for m in self.mentions)]
        return hits[0] if len(hits) == 1 else None

    def _people_named_by(self, part: str, at: int | None = None) -> list[Builder]:
        """The people of the article whose name (of two words or more) starts or ends with ``part``;
        with ``at`` (the token of a bare ``part``), of several only the one named before it when
        the others are named only after it (the reader knows one of them there)."""
        people = [(b, self._name_tokens(b.name)) for b in self.entities.values() if b.kind in PERSON_KINDS]
        hits = [b for b, words in people if len(words) > 1 and part in (words[0], words[-1])]
        if not hits:
            # "Deby" for a gazetteer's "Déby", as the article spells the full name
            folded = norm_name(part)
            hits = [b for b, words in people if len(words) > 1 and any(
                len(f := self._name_tokens(form)) > 1 and folded in (norm_name(f[0]), norm_name(f[-1])) for form in (b.name, *b.forms))]
        if len(hits) > 1:
            # "Sorn's widow, Ilse Sorn": a relative introduced as one is not who the surname stands for
            hits = [b for b in hits if not self._introduced_as_kin(b)] or hits
        if len(hits) > 1 and at is not None:
            # "President Ilse Sorn ... Mr Sorn ... her brother, Emil Sorn": the Sorn named before
            before = [b for b in hits if any(m.key == b.key and m.end <= at and m.end - m.start > 1 for m in self.mentions)]
            hits = before if len(before) == 1 else hits
        return hits

    def _introduced_as_kin(self, builder: Builder) -> bool:
        first = min((m.start for m in self.mentions if m.key == builder.key), default=None)
        if first is None:
            return False
        k = first - 1 if first > 0 and self.doc[first - 1].text == "," else first
        return k > 0 and self.doc[k - 1].lower_ in _title_words().kin_nouns

    def _known_by_part(self, part: str, at: int | None = None) -> Builder | None:
        """The one person of the article whose name starts or ends with ``part`` (named before
        token ``at``: ``_people_named_by``)."""
        hits = self._people_named_by(part, at)
        if not hits:
            # a surname spelt another way ("Zelenskyi" beside Volodymyr Zelensky)
            key = name_key(part)
            hits = [b for b in self.entities.values() if b.kind in PERSON_KINDS and len(b.name.split()) > 1
                    and any(close(key, name_key(f).split()[-1]) for f in {b.name, *b.forms} if len(f.split()) > 1)]
        return hits[0] if len(hits) == 1 else None

    def _told_of_a_past_year(self, i: int) -> bool:
        """The sentence of token ``i``, or the one before it, names a year before the article's
        ("In 2019, ... Mitchell phoned ..."): a story of another time, whose office holders are
        not today's."""
        year = self.meta.published.year if self.meta.published else None
        if year is None:
            return False
        sent = self.doc[i].sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        return any(len(t.text) == 4 and t.text.isdigit() and 1900 < int(t.text) < year for t in self.doc[start:sent.end])

    def _short_forms(self) -> None:
        """A lone first or last name of a person the article names in full ("Lee", "Tamim").

        Only when exactly one person of the article carries that name part, so "Donald" next
        to Donald Trump and Donald Tusk stays unresolved.
        """
        not_names = self.not_names | self._particles

        def name_parts(text: str) -> list[str]:
            # a title in the name ("King Abdullah II") is never the person alone: "King of Bahrain"
            return [t for t in self._name_tokens(text) if len(t) > 1 and t not in not_names
                    and t.lower() not in self.all_titles]

        parts: dict[str, set[str]] = {}
        # surnames that are a title's word ("Julie Bishop", "Ann King"): the person only right
        # after a one-word honorific ("Ms Bishop"), never alone ("the Bishop of Vell")
        titled: dict[str, set[str]] = {}
        for key, b in self.entities.items():
            if b.kind not in PERSON_KINDS:
                continue
            whole = [t for t in self._name_tokens(b.name) if len(t) > 1 and t not in not_names]
            if len(whole) > 1 and whole[-1].lower() in self.all_titles and whole[0].lower() not in self.all_titles:
                titled.setdefault(whole[-1], set()).add(key)
            tokens = name_parts(b.name)
            for part in {tokens[0], tokens[-1]} if len(tokens) > 1 else set():
                parts.setdefault(part, set()).add(key)
            if len(tokens) >= 3 and two_syllable_name(tokens[-1]):
                # "Lee" of "John Lee Ka-chiu": the family name before a romanised given name of two
                # syllables, after an English given name
                parts.setdefault(tokens[-2], set()).add(key)
            for form in b.forms:
                # the surname and first name as this article spells them ("bin Braik" for a
                # gazetteer's "bin Breik", "Fiame" for "Fiamē")
                spelt = name_parts(form)
                if len(spelt) > 1:
                    parts.setdefault(spelt[-1], set()).add(key)
                    if len(tokens) > 1 and spelt[0] != tokens[0] and norm_name(spelt[0]) == norm_name(tokens[0]):
                        parts.setdefault(spelt[0], set()).add(key)  # (the first name without its accents)
        taken = {i for m in self.mentions for i in range(m.start, m.end)} | {
            i for ent in self.ents for i in range(ent.start, ent.end)}
        cols = columns(self.doc)
        texts = cols.text
        country_at = {m.start: m for m in self.mentions if m.kind is EntityKind.COUNTRY and m.end == m.start + 1}
        person_at = {i for m in self.mentions if m.kind in PERSON_KINDS for i in (m.start, m.end - 1)}
        person_ends = {m.end - 1 for m in self.mentions if m.kind in PERSON_KINDS}
        honorifics = _one_word_honorifics()
        # (only the tokens that are a name part: most tokens are passed over, ``Columns.where``)
        for i in cols.where(parts.keys() | titled.keys(), lowered=False):
            text = texts[i]
            keys = parts.get(text) or (titled[text] if i > 0 and texts[i - 1].lower() in honorifics else set())
            if keys and len(keys) == 1 and i in country_at and (
                    self._person_beside(i, person_at) or self._in_person_place(i, person_ends, strict=True)
                    or self._alone_as_the_person(i) and self._surname_of(text, next(iter(keys)))
                    and self._never_the_place(country_at[i].key, country_at)):
                # "Sanchez and Montenegro spoke", "Montenegro said": a country's name that is the
                # surname of a person the article names in full, coordinated with a person or
                # doing what people do, is that person
                gone = country_at[i]
                self.mentions.remove(gone)
                if not any(m.key == gone.key for m in self.mentions):
                    del self.entities[gone.key]  # (the country was named only there)
                taken.discard(i)
            if keys and len(keys) > 1 and all(name_parts(self.entities[k].name)[-1:] == [text] for k in keys) \
                    and not self._told_of_a_past_year(i):
                # "Déby" in a story of the president that names his late father too: the surname
                # is the one's in office on the article's day, when the others held theirs before
                # it (not "Nawaz" of Maryam Nawaz and of Nawaz Sharif: a given name of one)
                keys = {k for k in keys if not former_role(self.entities[k].role)} or keys
            if not keys or i in taken or len(keys) != 1:
                continue
            nxt = texts[i + 1] if i + 1 < len(texts) else None
            if nxt is not None and nxt[:1].isupper() and nxt.isalpha() and i + 1 not in taken:
                continue  # part of another name ("Lee Hsien Loong")
            self.add(i, i + 1, self.entities[next(iter(keys))])
        self._date_surnames(taken)
        # a hyphenated surname alone ("Saint-Cyr" after "Laurent Saint-Cyr"): the tokenizer cut it in three
        hyphenated = {tuple(part.replace("-", " - ").split()): keys for part, keys in parts.items() if "-" in part[1:-1]}
        if hyphenated:
            ws = columns(self.doc).ws
            firsts = {words[0] for words in hyphenated}
            for i in cols.where(firsts, lowered=False):
                for words, keys in hyphenated.items():
                    end = i + len(words)
                    if len(keys) == 1 and tuple(texts[i:end]) == words and not any(ws[k] for k in range(i, end - 1)) \
                            and not taken.intersection(range(i, end)) and not (end < len(texts) and texts[end][:1].isupper()
                                                                               and ws[end - 1] and end not in taken):
                        self.add(i, end, self.entities[next(iter(keys))])
                        taken.update(range(i, end))

    def _date_surnames(self, taken: set[int]) -> None:
        """ "Premier Lars Friday", "Ilse May": a surname that is also a weekday or a month is a
        date wherever the text could date something, and the person alone only in a person's
        place: before a verb people do ("Friday said", "May, who ..."), after a title or an
        honorific ("Mrs May"), or after a word that takes a person ("spoke with Friday"), never
        after the words of a date ("officials on Friday said")."""
        months_and_days = calendar_names()
        surnames: dict[str, set[str]] = {}
        for key, b in self.entities.items():
            if b.kind in PERSON_KINDS:
                tokens = self._name_tokens(b.name)
                if len(tokens) > 1 and tokens[-1].lower() in months_and_days:
                    surnames.setdefault(tokens[-1], set()).add(key)
        if not surnames:
            return
        cols = columns(self.doc)
        lower, n = cols.lower, len(cols.lower)
        person_ends = {m.end - 1 for m in self.mentions if m.kind in PERSON_KINDS}
        for i in cols.where(surnames.keys(), lowered=False):
            keys = surnames[cols.text[i]]
            if i in taken or len(keys) != 1:
                continue
            after = lower[i + 1] if i + 1 < n else ""
            if after in day_parts() or after[:1].isdigit():
                continue  # "Friday morning", "May 3"
            if self._in_person_place(i, person_ends):
                self.add(i, i + 1, self.entities[next(iter(keys))])
                taken.add(i)

    def _in_person_place(self, i: int, person_ends: set[int], strict: bool = False) -> bool:
        """Token ``i``, a surname that is also another word (a weekday, a month, a country),
        stands where a person stands: before a verb people do ("Friday said", "May, who ..."),
        after a title or an honorific ("Mrs May"), or after a word that takes a person ("spoke
        with Friday", "telephoned Montenegro"; ``date_surname_before``), never before a
        possessive an untitled word ("with Friday's summit"); "and" only after a person's name;
        never after the words of a date ("officials on Friday said"). ``strict`` (a country's
        name): of the words before it only those that take a person only ("telephoned
        Montenegro"), never "with" or "congratulated", which take a country as well."""
        titles = _title_words()
        lower = columns(self.doc).lower
        n = len(lower)
        before = lower[i - 1] if i > 0 else ""
        after = lower[i + 1] if i + 1 < n else ""
        if before in titles.date_surname_not_after:
            return False
        # "Montenegro is due to speak with X": words that lead to a verb only a person does
        led = any(tuple(lower[i + 1:i + 1 + len(p)]) == p and i + 1 + len(p) < n and lower[i + 1 + len(p)] in titles.lead_verbs
                  for p in titles.person_verb_leads)
        if strict and before in titles.date_surname_before and before not in titles.date_surname_person_only:
            return after in titles.person_verbs or led
        titled = before in titles.honorifics or before in self.all_titles
        if after in ("'s", "’s") and not titled:
            return False  # "with Friday's summit": the day's
        if before == "and" and not (i >= 2 and i - 2 in person_ends):
            return False  # "Thursday and Friday"; but "between X and May"
        return after in titles.person_verbs or led or after == "," and i + 2 < n and lower[i + 2] in ("who", "whose") \
            or titled or before in titles.date_surname_before

    def _capital_labels(self) -> None:
        """ "ESPOT: Yes. ...", "EURACTIV: Why ...?": a transcript's label in capitals at the start
        of a line, before its colon, names the one person or outlet of the article whose surname
        or name it is."""
        cols = columns(self.doc)
        texts, text = cols.text, cols.doc_text
        taken = {i for m in self.mentions for i in range(m.start, m.end)}

        def line_start(k: int) -> bool:
            return cols.idx[k] == 0 or text[cols.idx[k] - 1] == "\n"

        labels = []  # (first token, end of the name: the colon, or a comma before a role)
        for i in cols.where((":",), lowered=False):
            j = i
            # (a surname in capitals may be a mention already: "AMARA DULE:" after "Amara Dule")
            while j > 0 and i - j < 3 and texts[j - 1].isupper() and texts[j - 1].isalpha() \
                    and (j - 1 not in taken or self._person_at(j - 1)) and not (j < i and line_start(j)):
                j -= 1
            if j < i and line_start(j) and len(cols.span_text(j, i)) > 2:
                labels.append((j, i))
                continue
            # "AMARA DULE, FOREIGN MINISTER: ...": a name in capitals, a comma and a role
            k = i - 1
            while k > 0 and i - k < 9 and (texts[k].isupper() and texts[k].isalpha() or texts[k] == ",") \
                    and not line_start(k):
                k -= 1
            comma = next((c for c in range(k, i) if texts[c] == ","), None)
            if line_start(k) and texts[k].isupper() and texts[k].isalpha() and comma is not None and comma - k >= 2 \
                    and all(t not in taken or self._person_at(t) for t in range(k, comma)):
                labels.append((k, comma))
        if not labels:
            return
        by_word: dict[str, set[str]] = {}
        full: dict[str, set[str]] = {}  # a person's whole name: "AMARA DULE:"
        for key, b in self.entities.items():
            if b.kind in PERSON_KINDS:
                for form in (b.name, *b.forms):
                    full.setdefault(norm_name(form), set()).add(key)
            if b.kind in PERSON_KINDS and len(b.name.split()) > 1:
                # (any surname: "Espot" of "Xavier Espot Zamora", or the words after the first:
                # "KWAKYE OFOSU:" of "Felix Kwakye Ofosu")
                for form in (b.name, *b.forms):
                    words = form.split()
                    for word in {*words[1:], " ".join(words[1:])}:
                        by_word.setdefault(norm_name(word), set()).add(key)
            elif b.kind is EntityKind.OUTLET:
                by_word.setdefault(norm_name(b.name), set()).add(key)
        for j, i in labels:
            label = cols.span_text(j, i)
            keys = by_word.get(norm_name(label), set()) or full.get(norm_name(label), set())
            if not keys and label.casefold() in self.leader_titles:
                # "PRIME MINISTER: ...": a transcript's speaker labelled by office, the one person
                # of the article who holds it
                # the one the transcript's header names before its first label (not a guest
                # "WITH" or "AND" them, nor the one they speak of in the answers)
                holders = {key for key, b in self.entities.items() if b.kind in PERSON_KINDS and b.role
                           and b.role.casefold() == label.casefold()}
                keys = {m.key for m in self.mentions if m.key in holders and m.start < labels[0][0]
                        and self._word_before(m.start) not in ("with", "and", "&")}
            if len(keys) == 1:
                key = next(iter(keys))
                # (the label is one mention: "DULE" found alone before is part of it)
                for m in [m for m in self.mentions if j <= m.start and m.end <= i and m.key == key]:
                    self.mentions.remove(m)
                if any(j <= m.start < i or j < m.end <= i for m in self.mentions):
                    continue
                # (a label in capitals refers to the person, it is no form of the name to keep)
                self.add(j, i, self.entities[key], named=False)

    def _person_at(self, i: int) -> bool:
        """Token ``i`` is in a mention of a person."""
        return any(m.start <= i < m.end and m.kind in PERSON_KINDS for m in self.mentions)

    def _word_before(self, start: int) -> str:
        """The lower-cased word before token ``start``, past line breaks and honorifics ("WITH\n
        THE RT HON X")."""
        lower = columns(self.doc).lower
        honorifics = _title_words().honorifics
        k = start - 1
        while k >= 0 and (not lower[k].strip() or lower[k] in honorifics or lower[k] == "the"):
            k -= 1
        return lower[k] if k >= 0 else ""

    def _capital_header(self) -> None:
        """ "THE HON AMARA DULE MP" on a line of its own in the first lines (a transcript's or a
        release's header, in capitals): the gazetteer person of that name, once its honorifics
        and letters are set aside (the gazetteer's names are matched as written, in mixed case)."""
        cols = columns(self.doc)
        texts, text = cols.text, cols.doc_text
        titles = _title_words()
        aside = titles.honorifics | {w.lower() for w in titles.not_names if w.isupper()} | {w.lower() for w in titles.suffixes} \
            | {t for t in self.all_titles if " " not in t} | {"the"}  # ("SENATOR THE HON X")
        forms = _people_by_form(self.gaz)
        taken = {i for m in self.mentions for i in range(m.start, m.end)}
        lines = 0
        i = 0
        while i < len(texts) and lines < 4:
            j = i
            while j < len(texts) and "\n" not in texts[j]:
                j += 1
            words = [k for k in range(i, j) if texts[k].isalpha()]
            if words and all(texts[k].isupper() for k in words) and not taken.intersection(range(i, j)):
                name = [k for k in words if texts[k].lower() not in aside]
                if len(name) >= 2 and name == list(range(name[0], name[-1] + 1)):
                    entry = forms.get(person_key_form(" ".join(texts[k].title() for k in name)))
                    if entry is not None:
                        self.add(name[0], name[-1] + 1, self.entities.get(entry.key) or gaz_builder(entry, self.meta),
                                 named=False)
            lines += bool(words)
            i = j + 1

    def _alone_as_the_person(self, i: int) -> bool:
        """Token ``i``, a country's name alone, may be the person whose surname it is: not before a
        possessive ("Montenegro's leaders") nor after a preposition that takes a country ("ties
        with Montenegro") unless a talk word leads to it ("spoke to Montenegro", "by phone with
        Montenegro")."""
        lower = columns(self.doc).lower
        words = _title_words()
        if i + 1 < len(lower) and lower[i + 1] in ("'s", "’s"):
            return False
        before = lower[i - 1] if i > 0 else ""
        return before not in words.country_taking_before or i > 1 and lower[i - 2] in words.talk_leads

    def _surname_of(self, text: str, key: str) -> bool:
        """``text`` is the last word of the person ``key``'s name as the article writes it (not the
        first: "Israel" of "Israel Katz" stays the country)."""
        b = self.entities[key]
        return any(self._name_tokens(form)[-1:] == [text] for form in {b.name, *b.forms} if self._name_tokens(form))

    def _never_the_place(self, key: str, country_at: dict) -> bool:
        """No mention of the country ``key`` in the article stands where only a country does ("in
        Montenegro", "of Montenegro"; titles.json country_only_before), nor is it named in more
        words than its one ("the Republic of Montenegro"): where its name is also the surname of a
        person named in full, every bare mention is that person."""
        if any(m.key == key and m.end > m.start + 1 for m in self.mentions):
            return False
        name = self.entities[key].name if key in self.entities else None
        if any(b.kind in PERSON_KINDS and b.country == name and name for b in self.entities.values()):
            return False  # a leader or a minister of that country: the article is about it too
        lower = columns(self.doc).lower
        n = len(lower)
        before = _title_words().country_only_before
        countries = {(m.start, m.end) for m in self.mentions if m.kind is EntityKind.COUNTRY and m.key != key}
        ends, starts = {e for _, e in countries}, {b for b, _ in countries}
        title_firsts = {t.split()[0] for t in self.all_titles}
        for start, m in country_at.items():
            if m.key != key:
                continue
            if start > 0 and lower[start - 1] in before:
                return False  # "in Montenegro"
            if start > 1 and lower[start - 1] in _COORDINATORS and start - 1 in ends \
                    or start + 2 < n and lower[start + 1] in _COORDINATORS and start + 2 in starts:
                return False  # "Serbia and Montenegro", "Montenegro-Portugal ties": a country among countries
            if start + 1 < n and lower[start + 1] in title_firsts:
                return False  # "the Montenegro prime minister": the country's office
        return True

    def _person_beside(self, i: int, person_at: set[int]) -> bool:
        """A person mention joined to token ``i`` by "and" or a comma, on either side."""
        doc = self.doc
        before = i >= 2 and doc[i - 1].lower_ in ("and", ",", "&") and i - 2 in person_at
        after = i + 2 < len(doc) and doc[i + 1].lower_ in ("and", ",", "&") and i + 2 in person_at
        return before or after

    def _of_an_organisation(self, title_start: int, end: int) -> bool:
        """The title's "of" phrase between ``title_start`` and ``end`` names an organisation and no
        country ("the President of the ECOWAS Commission, X": the commission's head leads no
        country; "the President of the Republic of Ostria, X" does)."""
        inside = [m for m in self.mentions if title_start < m.start < end]
        return any(m.kind is EntityKind.ORGANIZATION for m in inside) and not any(m.kind is EntityKind.COUNTRY for m in inside)

    def _not_leader(self, title_start: int) -> bool:
        before = self.doc[max(0, title_start - 2) : title_start]
        if any(t.lower_ in self._not_leader_before for t in before):
            return True
        # "Acme Party president Ana Lind": an organisation's own president leads no country;
        # "Ontario Premier Tala Voss": a place that is no country (a province, a city) neither
        if title_start == 0:
            return False
        prev = self.doc[title_start - 1]
        if prev.ent_type_ == "ORG":
            return True
        return prev.text.replace(".", "").isalpha() and prev.text[:1].isupper() and not prev.ent_type_ \
            and title_start - 1 not in self.adjectives and prev.lower_ not in self.all_titles \
            and prev.lower_ not in _title_fillers()

    # -- outlets the gazetteer does not know ---------------------------------------------------



    # -- generic sources ---------------------------------------------------------------------

    # -- descriptions: "the Russian leader", "his Ukrainian counterpart" --------------------------
    def _descriptions(self) -> None:
        """ "the Russian leader", "Ukraine's president", "his Ukrainian counterpart", and, when
        one leader of the article holds the role, "the chancellor" or "the crown prince"."""
        heads, firsts = _description_heads()
        taken = {i for m in self.mentions for i in range(m.start, m.end)}
        doc = self.doc
        cols = columns(doc)
        lower = cols.lower
        for i in cols.where(firsts):
            if i in taken:
                continue
            tok = doc[i]
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
            if nxt is not None and nxt.text == "-" and not doc[end - 1].whitespace_:
                continue  # "the prime minister-designate": another office (the calls' roles read it)
            if role == "counterpart" and nxt is not None and nxt.text == "," and _person_soon_after(doc, end + 1):
                # "his Libyan counterpart, Ana Lind," or ", External Affairs Minister X,": the name
                # says who (a minister's counterpart is no leader)
                continue
            if role in _named_only_offices():
                # "the governor": the one person the article names in that office, if any; an
                # office below a leader's is never read off a country ("the governor of X"), an
                # adjective or the gazetteer
                if tok.i > 0 and lower[tok.i - 1] == "the" and (nxt is None or nxt.lower_ != "of") \
                        and (key := self._person_by_role(role, _named_only_offices()[role])):
                    self.add(tok.i, end, self.entities[key], described=True)
                continue
            country, start = None, tok.i
            prev = doc[tok.i - 1] if tok.i > 0 else None
            lead = tok.i  # where the description opens, past a word saying the office is held now
            if prev is not None and tok.i >= 2 and prev.lower_ in _present_modifiers():
                lead, prev = tok.i - 1, doc[tok.i - 2]  # "Gabon's new leader", "Ostrian new premier"
            # "Gabon's new leader", "Namibia's president-elect": who takes the office, if anyone
            elect = lower[end - 1] in ("elect", "designate")
            incoming = lead != tok.i or elect
            of_country = None
            if nxt is not None and nxt.lower_ == "of":
                # "the Emir of Qatar", "(a call from) President of Kenya"
                of_country = next((m for m in self.mentions if m.start == end + 1 and m.kind is EntityKind.COUNTRY), None)
                after = end + 2 if end + 2 < len(doc) and lower[end + 1] == "the" else end + 1
                if of_country is None and after < len(doc) and doc[after].text[:1].isupper() and doc[after].is_alpha:
                    later = next((m for m in self.mentions if m.kind is EntityKind.COUNTRY and m.start == after
                                  and not (m.end < len(doc) and doc[m.end].lower_ == "of")), None)
                    # "the President of the Republic of Kenya" (the country's long name right after
                    # "of the"): Kenya's president, when nothing before the title qualifies it
                    # ("former", "Deputy") and no name follows it (the name says who); "the
                    # President of the Senate of X", "of the Government of Spain": another office
                    # (never the article's other president)
                    plain = prev is None or prev.lower_ in ("the", "a") or prev.is_punct and prev.text not in ("-", "–")
                    # (a name right after it, or after its comma and honorifics: "..., H.E. Dr. X")
                    named_after = later is not None and (self._named_right_after(later.end) or later.end < len(doc)
                                                         and doc[later.end].text == "," and self._named_right_after(later.end + 1))
                    entry = self._country_role(self.entities[later.key].name, role, tok.i, incoming, tok.i, elect) \
                        if later is not None and plain and not named_after else None
                    if entry is not None:
                        self.add(tok.i, later.end, self.entities.get(entry.key) or gaz_builder(entry, self.meta), described=True)
                    continue
            if of_country is not None and tok.i > 0 and (prev.lower_ in _title_words().country_office_openers
                                                         or prev.is_sent_start or prev.is_space):
                # "the new president of Chile" after an election: the one taking office, if any
                country_name = self.entities[of_country.key].name
                if of_country.end < len(doc) and doc[of_country.end].text == "," \
                        and self._named_right_after(of_country.end + 1):
                    continue  # "the Prime Minister of Sweden, H.E. Mrs. X": the name after it says who
                entry = self._named_minister(country_name, minister_roles()[role]) if role in minister_roles() \
                    else self._described_leader(country_name, role, incoming, tok.i, elect)
                if entry is not None:
                    self.add(tok.i, of_country.end, self.entities.get(entry.key) or gaz_builder(entry, self.meta), described=True)
                continue
            if prev is not None and prev.i in self.adjectives:
                country, start = self.adjectives[prev.i], prev.i
                for words in _taking_office_modifiers():
                    n = len(words)
                    if prev.i >= n and tuple(t.lower_ for t in doc[prev.i - n:prev.i]) == words:
                        # "his new Malaysian counterpart": the one taking the office
                        incoming, start = True, prev.i - n
                        break
            elif prev is not None and prev.lower_ in ("'s", "’s") and lead >= 2:
                m = next((m for m in self.mentions if m.end == lead - 1 and m.kind is EntityKind.COUNTRY), None)
                if m:
                    country, start = self.entities[m.key].name, m.start
            if start == 0:
                continue
            det = doc[start - 1].lower_
            if country is None:
                if det != "the" or role in ("leader", "counterpart"):
                    continue
                if elect:
                    key = self._incoming_by_role(role)  # "the president-elect": not who holds it today
                elif (words := " ".join(lower[tok.i:end])) in _person_titled() \
                        and (titled := self._person_by_role(words, _person_titled()[words], tok.i)):
                    # "the premier" after "Saskatchewan Premier X" (a province's, typed a leader or
                    # not): X, titled with the word itself, not a prime minister it may stand for
                    key = titled
                else:
                    key = self._leader_by_role(role)
                if key:
                    self.add(start, end, self.entities[key], described=True)
                elif not elect and role in _world_offices() and (sole := _sole_holder(self.gaz, role, self.meta.published)) is not None:
                    # "the Pope", named nowhere else: the one holder of the office in the world that day
                    self.add(start, end, self.entities.get("gaz:" + sole.id) or gaz_builder(sole, self.meta), described=True)
                continue
            if det not in _title_words().role_determiners and doc[start - 1].text != "," and start == tok.i:
                continue
            if role == "counterpart" and (named := self._counterpart_named(country, start)) is not None:
                # "Dule to call Ostrian counterpart" over "... her Ostrian counterpart Emil Sorn":
                # the one the article names with the same description
                self.add(start, end, named, described=True)
                continue
            entry = self._country_role(country, role, start, incoming, tok.i, elect)
            if entry is not None:
                self.add(start, end, self.entities.get(entry.key) or gaz_builder(entry, self.meta), described=True)

    def _counterpart_named(self, country: str, start: int) -> Builder | None:
        """The one person the article names right after "<country's adjective> counterpart"
        ("her Swedish counterpart, Emil Sorn") as the counterpart of the same person as the
        description at token ``start`` is (of anyone, when no one is named before the
        description in its sentence), or None."""
        lower = columns(self.doc).lower
        owner = self._owner(start)
        found = set()
        for m in self.mentions:
            if m.kind not in PERSON_KINDS:
                continue
            k = m.start
            if (title := title_before(self.doc, k, self.all_titles)) is not None:
                k = title[0]  # "her Swedish counterpart, Foreign Minister Lars Berg"
            k = k - 1 if k > 0 and lower[k - 1] == "," else k
            # "her Swedish counterpart Lars Berg", or "Lars Berg, her Swedish counterpart,"
            at = k - 2 if k >= 2 and lower[k - 1] == "counterpart" else None
            of = at  # (where the one whose counterpart it is is looked for: before the description)
            if at is None and m.end + 3 < len(lower) and lower[m.end] == "," and lower[m.end + 3] == "counterpart" \
                    and (lower[m.end + 1] in _title_words().role_determiners):
                at, of = m.end + 2, m.start
            # (a description whose owner goes unnamed, "Interior Minister receives call from
            # Ostrian counterpart" over the story, is the counterpart the story names with it,
            # of one holding the title the description's sentence gives: not a defence minister's)
            if at is None or self.adjectives.get(at) != country or (other := self._owner(of)) is None:
                continue
            if other.key != m.key and (other.key == owner.key if owner is not None else self._titled_before(other.key, start)):
                found.add(m.key)
        return self.entities[next(iter(found))] if len(found) == 1 else None

    def _titled_before(self, key: str, start: int) -> bool:
        """The role of ``key`` stands in the words of token ``start``'s sentence before it
        ("Interior Minister receives call from ..." of an interior minister)."""
        role = self.entities[key].role
        if not role:
            return False
        before = f' {" ".join(columns(self.doc).lower[self.doc[start].sent.start:start])} '
        # ("Defense Minister receives ..." of a "Minister of Defense": a minister's role phrase)
        return f" {role.casefold()} " in before or any(
            f" {phrase} " in before and holds_portfolio(role, holds) for phrase, holds in minister_roles().items())

    def _country_role(self, country: str, role: str, start: int, modified: bool, at: int,
                      elect: bool = False) -> GazEntry | Builder | None:
        """Who holds ``role`` (a description's key) of ``country`` in a description opening at
        token ``start`` whose head is at ``at``; ``modified`` and ``elect`` as in ``_described_leader``."""
        holds = minister_roles().get(role)
        if holds is not None:
            return self._named_minister(country, holds)
        if role == "counterpart" and (office := self._owner_office(start)) is not None:
            # "Foreign Minister X spoke with his Ostrian counterpart": a minister's counterpart
            # holds the same office in the other country, never its head of state: the one the
            # article names with it, else the gazetteer's (whose officials carry no dates)
            holds = minister_roles().get(office, (office,))  # ("Minister of Foreign Affairs" for "foreign minister")
            named = self._ministers(country, holds)
            if named:
                return named[0] if len(named) == 1 else None  # (two named: neither for sure)
            # (not "his new Malaysian counterpart", named nowhere: someone taking the office,
            # whom the gazetteer's undated officials cannot tell)
            return None if modified else _officials_by_office(self.gaz).get((country, office))
        if role == "counterpart" and (head := self._owner_head(start)) is not None:
            # "Prime Minister X ... with Y and their Dutch counterpart": of the country's
            # leaders (those the article names, when it names more than one), the one
            # heading what the owner heads (its government, its state); one named alone is
            # the counterpart whatever the offices ("Macron ... his Indian counterpart": Modi)
            heads = self.gaz.heads_of(country, self.meta.published, head)
            named = self._named_leaders(country)
            if len(named) != 1:
                heads = [e for e in heads if "gaz:" + e.id in named] if named else heads
                if len(heads) == 1:
                    return heads[0]
        return self._described_leader(country, role, modified, at, elect)

    def _own_short_name(self) -> None:
        """ "the ABC" in an article of ABC News (Australia): another outlet's acronym that opens
        the publisher's own name, right after "the", is the publisher in its own pages (not "US
        network ABC", "CNN reported" in CNN Brasil's). So is the acronym of its name or its web
        host ("VELLA (OTA) --" in an article of the Ostrian Telegraph Agency at ota.example), or
        a form the gazetteer gives it and another outlet (``shared_aliases``) crediting its
        dateline or signing it off ("VELLA (OTA) --", "AB/cd/OTA" in OTA News's), and
        the very name the article's metadata gives its outlet where the gazetteer gives that name
        to another outlet ("ABC News" at abc.net.au, which the web host made the Australian
        broadcaster, not the American network of that name; a name it does not know, an edition's
        at its parent's host, stays the outlet the text names). So is a staff credit of words of the
        publisher's name opening a byline's line ("Herald Staff Reporter" in the Vell Herald's pages)."""
        if not self.meta.outlet:
            return
        own = outlet_ref(self.meta.outlet, self.gaz, self.meta.url)
        own_name = norm_name(own.name)
        # (only an acronym the gazetteer does not know for sure, or the credit of the article's own
        # dateline: at abc.net.au, "US network ABC" is the American one; in BelTA's pages "Bulgaria's
        # BTA" is the Bulgarian agency; but "Vella, May 2 (OTA)" in the Ostrian Telegraph Agency's is itself)
        entry = self.gaz.get(own.key.removeprefix("gaz:")) if own.key.startswith("gaz:") else None
        named = own_acronyms(self.meta.outlet, None) | own_acronyms(own.name, None) | frozenset(entry.shared_aliases if entry else ())
        hosted = own_acronyms("", self.meta.url)
        named_as = norm_name(self.meta.outlet)
        lower = columns(self.doc).lower
        for m in [m for m in self.mentions if m.kind is EntityKind.OUTLET and m.key != own.key]:
            short, whole = norm_name(m.text), None
            # (not "US network ABC News": a word before it that says which outlet the text means)
            if short == named_as and m.key.startswith("gaz:") \
                    and not (m.start > 0 and (m.start - 1 in self.adjectives or lower[m.start - 1] in outlet_descriptors())) \
                    or m.text.isupper() and 2 <= len(m.text) <= 5 and (
                    (m.text in named or m.text in hosted) and (not m.key.startswith("gaz:") or self._dateline_credit(m))
                    or own_name.startswith(short + " ") and m.start > 0 and lower[m.start - 1] == "the") \
                    or not m.key.startswith("gaz:") and any(edition_name_of(m.text, n) for n in (own.name, self.meta.outlet)) \
                    or self._own_staff_credit(m, (own_name, named_as)) \
                    or (whole := self._own_name_ending(m, (own_name, named_as))) is not None:
                # (an acronym: "the ABC"; never a name of words, "The Times" of "The Times of X";
                # but "Vell FM News" signing off an article of Vell FM is the publisher's edition)
                builder = publisher_builder(self, own)
                # ("| Hong Kong Free Press": the place's words before the known name are the
                # publisher's name too)
                for o in [m] + [o for o in self.mentions if whole is not None and whole <= o.start and o.end <= m.start]:
                    self.mentions.remove(o)
                    if not any(x.key == o.key for x in self.mentions):
                        del self.entities[o.key]
                self.add(m.start if whole is None else whole, m.end, builder)

    def _own_name_ending(self, m: Mention, own_names: tuple[str, ...]) -> int | None:
        """Where the publisher's whole name opens when the outlet mention ``m`` ends it, one to
        three capitalised words before it ("Hong Kong" + "Free Press" in Hong Kong Free Press's
        pages, not the American Free Press), else None."""
        names = {n.removeprefix("the ") for n in own_names}
        for start in range(m.start - 1, max(-1, m.start - 4), -1):
            if not self.doc[start].text[:1].isupper():
                return None
            if norm_name(self.doc[start:m.end].text).removeprefix("the ") in names:
                return start
        return None

    def _own_staff_credit(self, m: Mention, own_names: tuple[str, ...]) -> bool:
        """The mention opens a byline's line of staff credit and is words of the publisher's name
        (``own_names``, folded): "Herald Staff Reporter" (or "By Herald Staff") alone on its line
        in the Vell Herald's pages; not "X Daily Online", whose last word is the name's own, nor
        "Britain's Guardian Online reported" in a sentence."""
        lower, text = columns(self.doc).lower, self.doc.text
        own_words, desk = frozenset(" ".join(own_names).split()), _desk_words()
        end = m.end
        while end < len(lower) and lower[end] in desk and lower[end] not in own_words:
            end += 1
        if end == m.end:
            return False
        line_start = text.rfind("\n", 0, m.start_char) + 1
        after = self.doc[end - 1].idx + len(self.doc[end - 1].text)
        line_end = text.find("\n", after)
        return text[line_start:m.start_char].strip().casefold() in ("", "by") \
            and not text[after:len(text) if line_end < 0 else line_end].strip() \
            and any(f" {norm_name(m.text).removeprefix('the ')} " in f" {n} " for n in own_names)

    def _dateline_credit(self, m: Mention) -> bool:
        """The mention is the agency a dateline credits ("VELLA, May 3 (OTA) --")."""
        return any(line.agency_start is not None and line.agency_start <= m.start_char < (line.agency_end or line.end)
                   for line in self.datelines)

    def _serving_titles(self) -> None:
        """The office a gazetteer official holds in the article, which the title before a mention
        tells (its officials carry no dates of office): "Iranian Foreign Minister X" of one it lists
        as a former foreign minister holds the office; "Deputy Foreign Minister X", "Former
        Iranian Foreign Minister X", "Then-foreign minister X" of one it lists as the foreign
        minister is a deputy, a former one (a word of ``minister_roles_not`` in the title or in the
        three words before it)."""
        lower = columns(self.doc).lower
        not_words = minister_roles_not()
        for key, b in self.entities.items():
            if b.kind is not EntityKind.PERSON or not key.startswith("gaz:") or not b.role:
                continue
            former = b.role.casefold().startswith("former ")
            office = b.role[len("former "):] if former else b.role
            for m in self.mentions:
                if m.key != key or (title := title_before(self.doc, m.start, self.all_titles)) is None \
                        or not (title[1] == office.casefold() or title[1].endswith(" " + office.casefold())
                                or _same_office(title[1], office)):
                    continue
                before = [w.strip("-") for w in lower[max(0, title[0] - 3):title[0]] if "\n" not in w]
                # (only the title's own words: not "Deputy Premier and Foreign Minister X")
                cut = max((n + 1 for n, w in enumerate(before) if w in ("and", ",", "&") or w in self.all_titles), default=0)
                before = before[cut:]
                qualifier = next((w for w in (*title[1].split()[:-len(office.split())], *before) if w in not_words), None)
                if qualifier is None:
                    b.role = office  # serving
                elif qualifier in minister_roles_former():
                    b.role = f"Former {office}"
                else:
                    b.role = f"{qualifier.title()} {office}"  # "Deputy Foreign Minister"
                break

    def _named_minister(self, country: str, holds: tuple[str, ...]) -> Builder | None:
        """The one person the article names as a minister of ``country`` whose role holds one of
        ``holds`` ("Danish Foreign Minister X" for "the Danish top diplomat"): among the people
        the article names (the gazetteer's officials, who carry no dates of office, only when
        named), never a deputy, a former minister or a ministry's spokesperson."""
        found = self._ministers(country, holds)
        return found[0] if len(found) == 1 else None

    def _ministers(self, country: str, holds: tuple[str, ...]) -> list[Builder]:
        """The people the article names as serving ministers of ``country`` holding ``holds``."""
        return [b for b in self.entities.values() if b.kind in PERSON_KINDS and b.country == country
                and holds_portfolio(b.role, holds)]

    def _plural_descriptions(self) -> None:
        """ "the Qasari and Ostrian prime ministers", "his Varnian, Ostrian and Qasari
        counterparts", "the presidents of Varnia and Ostria": one leader per country, each a
        mention of its own, so that the call rules read them as people joined by "and"."""
        plurals, firsts = _description_heads(plural=True)
        doc, cols = self.doc, columns(self.doc)
        lower = cols.lower
        if firsts.isdisjoint(lower):
            return  # (most articles: one set operation, not a step per token)
        taken = {i for m in self.mentions if m.kind in PERSON_KINDS for i in range(m.start, m.end)}
        for i in cols.where(firsts):
            role, size = next(((plurals[key], n) for n in (3, 2, 1)
                               if len(key := tuple(lower[i:i + n])) == n and key in plurals), (None, 0))
            end = i + size
            if role is None or i in taken or (end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha):
                continue  # "the presidents Amara Dule and ...": names follow, which the name rules read
            spans = self._adjective_list(i) if i > 0 and i - 1 in self.adjectives else self._of_countries(end)
            if len(spans) < 2:
                continue
            opener = spans[0][0] if spans[0][1] <= i else i
            if opener == 0 or lower[opener - 1] not in _title_words().role_determiners:
                continue
            entries = [self._country_role(country, role, opener, False, i) for _, _, country in spans]
            if any(entry is None for entry in entries):
                continue  # "the French and German leaders of the 1950s": all of them or none
            for n, ((s, e, _), entry) in enumerate(zip(spans, entries)):
                if spans[0][1] <= i and n == len(spans) - 1:
                    e = end  # the last adjective takes the head: "[Qasari] and [Ostrian prime ministers]"
                elif spans[0][1] > i and n == 0:
                    s = i  # "[presidents of Varnia] and [Ostria]"
                self.add(s, e, self.entities.get(entry.key) or gaz_builder(entry, self.meta), named=False)

    def _successions(self) -> None:
        """ "his successor", "her predecessor": who held, or will hold, the office of the person
        named last before it in the sentence, by the gazetteer's office dates."""
        words = _succession_words()
        lower, day = columns(self.doc).lower, self.meta.published
        if words.keys().isdisjoint(lower):
            return  # (most articles: one set operation, not a step per token)
        determiners = _title_words().role_determiners
        for i, low in enumerate(lower):
            if low not in words or i == 0 or lower[i - 1] not in determiners or day is None:
                continue
            owner = self._owner(i - 1)
            entry = self.gaz.get(owner.key[4:]) if owner is not None and owner.key.startswith("gaz:") else None
            other = _succession(self.gaz, entry, day, words[low]) if entry is not None else None
            if other is not None:
                self.add(i - 1, i + 1, self.entities.get(other.key) or gaz_builder(other, self.meta), named=False)

    def _adjective_list(self, head: int) -> list[tuple[int, int, str]]:
        """The countries' adjectives joined by commas and a last "and" right before token
        ``head``, as (start, end, country) in text order; [] when they are not such a list."""
        lower, spans, k = columns(self.doc).lower, [], head - 1
        while k >= 0 and k in self.adjectives:
            country, e = self.adjectives[k], k + 1
            while k - 1 >= 0 and self.adjectives.get(k - 1) == country:
                k -= 1
            spans.append((k, e, country))
            if k >= 2 and lower[k - 1] in _LIST_JOINERS and (k - 2) in self.adjectives:
                k -= 2
            elif k >= 3 and lower[k - 1] == "and" and lower[k - 2] == "," and (k - 3) in self.adjectives:
                k -= 3
            else:
                break
        spans.reverse()
        return _country_list(spans, lower)

    def _of_countries(self, end: int) -> list[tuple[int, int, str]]:
        """ "of Varnia, Ostria and Qasar" (or "from ...": "his counterparts from Varnia and
        Ostria") from token ``end`` on, as (start, end, country)."""
        lower = columns(self.doc).lower
        if end >= len(self.doc) or lower[end] not in ("of", "from"):
            return []
        starts = {m.start: m for m in self.mentions if m.kind is EntityKind.COUNTRY}
        spans, k = [], end + 1
        while (m := starts.get(k)) is not None:
            spans.append((m.start, m.end, self.entities[m.key].name))
            k = m.end + 1 if m.end < len(lower) and lower[m.end] in _LIST_JOINERS else -1
            if m.end + 1 < len(lower) and lower[m.end] == "," and lower[m.end + 1] == "and":
                k = m.end + 2  # "Varnia, Ostria, and Qasar"
        return _country_list(spans, lower)

    def _described_leader(self, country: str, role: str, modified: bool, at: int,
                          elect: bool = False) -> GazEntry | Builder | None:
        """The leader a description of ``country`` at token ``at`` stands for; ``modified``: a
        word saying the office is held now stood before its head ("the new president"), which
        prefers the one taking office; ``elect``: the description names the one taking office
        ("Iceland's president-elect"), never the one holding it (the one the article names, else
        the one the gazetteer has taking it up, else no one)."""
        if elect:
            # (of that office: "president-elect", not a prime minister- or vice president-elect)
            office = _office_taken(role).split()[-1:]
            titled = {m.key: b.country for m in self.mentions if m.kind in PERSON_KINDS
                      and (title := ((b := self.entities[m.key]).role or "").casefold()) != _office_taken(title)
                      and _office_taken(title).split()[-1:] == office and not title.startswith(("vice", "deputy"))}
            mine = [k for k, c in titled.items() if c == country]
            if len(mine) == 1:
                return self.entities[mine[0]]  # the article's "Icelandic President-elect X"
            incoming = self._incoming_of(country)
            if incoming is None and self.meta.published is not None:
                soon = [e for e in self.gaz.by_country.get(country, ()) if any(
                    o.country == country and o.begins_soon_after(self.meta.published) and not o.holds_on(self.meta.published)
                    and o.role.casefold().split()[-1:] == office for o in e.offices)]
                incoming = soon[0] if len(soon) == 1 else None
            if incoming is None:
                # one the article titles so with no country of their own (the gazetteer may not know them yet)
                free = [k for k, c in titled.items() if c is None]
                incoming = self.entities[free[0]] if len(free) == 1 else None
            return incoming
        return (self._incoming_of(country) if modified else None) \
            or self._leader_for(country, None if role in ("leader", "counterpart") else role, at)

    def _named_leaders(self, country: str) -> set[str]:
        """The keys of the gazetteer leaders of ``country`` the article names."""
        return {m.key for m in self.mentions if m.kind is EntityKind.LEADER and m.key.startswith("gaz:")
                and self.entities[m.key].country == country}

    def _owner(self, start: int) -> Mention | None:
        """The person a "counterpart" at token ``start`` is the counterpart of: the last person
        named before it in its sentence."""
        sent_start = self.doc[start].sent.start
        return max((m for m in self.mentions if m.kind in PERSON_KINDS and sent_start <= m.start and m.end <= start),
                   key=lambda m: m.end, default=None)

    def _owner_office(self, start: int) -> str | None:
        """The office of the person a "counterpart" at token ``start`` is the counterpart of,
        when that person is no leader."""
        owner = self._owner(start)
        if owner is None or owner.kind is EntityKind.LEADER:
            return None
        role = self.entities[owner.key].role
        return role.casefold() if role else None

    def _owner_head(self, start: int) -> str | None:
        """What the leader a "counterpart" at token ``start`` belongs to heads ("state" or
        "government"; None when both, or when the owner is no leader the gazetteer knows)."""
        owner = self._owner(start)
        entry = self.gaz.get(owner.key[4:]) if owner is not None and owner.key.startswith("gaz:") else None
        if entry is None or owner.kind is not EntityKind.LEADER:
            return None
        heads = {o.head for o in entry.offices if o.holds_on(self.meta.published)}
        return next(iter(heads)) if len(heads) == 1 and heads <= {"state", "government"} else None

    def _seats(self) -> None:
        """A seat of power called ("phoned the Kremlin", "a call with Downing Street"): the
        leader whose office it is on the article's day stands in the call."""
        lower = columns(self.doc).lower
        verbs, nouns = _call_words()
        for m in [m for m in self.mentions if m.kind is EntityKind.ORGANIZATION and m.key.startswith("gaz:")]:
            entry = self.gaz.get(m.key[4:])
            if entry is None or entry.seat_of is None or self.meta.published is None:
                continue
            k = m.start - 1 if m.start > 0 and lower[m.start - 1] == "the" else m.start
            called = k > 0 and lower[k - 1] in verbs
            with_call = k > 0 and lower[k - 1] in ("with", "to", "from") and any(
                lower[j] in nouns for j in range(max(0, k - 5), k - 1))
            if not (called or with_call):
                continue
            day = self.meta.published
            # a seat many countries have ("State House"): the one of the country the article is told from
            country = entry.country or self._home_country()
            leaders = self.gaz.heads_of(country, day, entry.seat_of) if country else []
            if len(leaders) == 1:
                self.mentions.remove(m)
                self.add(m.start, m.end, self.entities.get(leaders[0].key) or gaz_builder(leaders[0], self.meta),
                         named=False)

    def _incoming_of(self, country: str) -> GazEntry | None:
        """The one person the article names who heads ``country`` within months of its day."""
        hits = self._incoming(lambda office: office.country == country)
        return next(iter(hits.values())) if len(hits) == 1 else None

    def _incoming_by_role(self, role: str) -> str | None:
        """The one person of the article who takes up office ``role`` within months of its day."""
        hits = self._incoming(lambda office: role in office.role.casefold())
        return next(iter(hits)) if len(hits) == 1 else None

    def _incoming(self, fits) -> dict[str, GazEntry]:
        """The people the article names (key -> gazetteer entry) who take up an office that
        ``fits`` within months of the article's day."""
        day = self.meta.published
        if day is None:
            return {}
        return {m.key: entry for m in self.mentions if m.kind in PERSON_KINDS and m.key.startswith("gaz:")
                and (entry := self.gaz.get(m.key[4:])) is not None
                and any(fits(o) and o.begins_soon_after(day) for o in entry.offices)}

    def _leader_by_role(self, role: str) -> str | None:
        """The one leader of the article whose role is ``role`` ("the chancellor"), not one the
        gazetteer has in that office only at another time ("the late Pope Francis")."""
        keys = {m.key for m in self.mentions if m.kind is EntityKind.LEADER and role in self._roles(m.key)
                and not self._out_of(m.key, role)}
        return next(iter(keys)) if len(keys) == 1 else None

    def _person_by_role(self, role: str, not_with: frozenset[str], before: int | None = None) -> str | None:
        """The one person of the article (named before token ``before``, if given), leader or not,
        whose title ends with ``role`` and holds none of ``not_with`` ("the governor" after
        "Governor Ann Moe", not after "Lieutenant Governor Ann Moe")."""
        def holds(key: str) -> bool:
            words = (self.entities[key].role or "").casefold().replace("-", " ").split()
            return bool(words) and words[-1] == role and not_with.isdisjoint(words)
        keys = {m.key for m in self.mentions if m.kind in PERSON_KINDS and (before is None or m.start < before) and holds(m.key)}
        return next(iter(keys)) if len(keys) == 1 else None

    def _out_of(self, key: str, role: str) -> bool:
        """The gazetteer has ``key`` in an office of ``role``, and none of it on the article's day."""
        entry = self.gaz.get(key[4:]) if key.startswith("gaz:") else None
        offices = [o for o in entry.offices if role in o.role.casefold()] if entry is not None else []
        return bool(offices) and self.meta.published is not None and not any(o.holds_on(self.meta.published) for o in offices)

    def _roles(self, key: str) -> str:
        roles = [self.entities[key].role or ""]
        entry = self.gaz.get(key[4:]) if key.startswith("gaz:") else None
        if entry is not None:
            roles += [o.role for o in entry.offices if o.holds_on(self.meta.published)]
        return " | ".join(roles).casefold()

    def _leader_for(self, country: str, role: str | None, before: int) -> GazEntry | None:
        in_article = sorted(self._named_leaders(country))
        if role == "head of state":
            # "the Romanian head of state": of the country's leaders, the one whose office heads the state
            heads = self.gaz.heads_of(country, self.meta.published, "state")
            named = [e for e in heads if "gaz:" + e.id in in_article] or heads
            return named[0] if len(named) == 1 else None
        if len(in_article) == 1:
            named = self.gaz.get(in_article[0][4:])
            holders = self.gaz.leaders_of(country, self.meta.published, role) if role else []
            if not holders or named in holders:
                return named
            # "the President of Poland" in a story that names only its prime minister: the
            # holder of the role the gazetteer knows, not the one leader the article names
        if not in_article:
            # "the Uruguayan leader" in a story about its president-elect, who alone of the
            # country's leaders is named: the one taking office, not the one leaving it
            incoming = self._incoming_of(country)
            if incoming is not None:
                return incoming
        candidates = self.gaz.leaders_of(country, self.meta.published, role)
        if len(candidates) != 1 and role is None and len(in_article) > 1:
            # "the Timorese leader" where both the country's president and its premier are named:
            # the one named last before it, whom the text goes on about
            last = max((m for m in self.mentions if m.key in in_article and m.end <= before),
                       key=lambda m: m.end, default=None)
            return self.gaz.get(last.key[4:]) if last is not None else None
        return candidates[0] if len(candidates) == 1 else None


def _country_list(spans: list[tuple[int, int, str]], lower: list[str]) -> list[tuple[int, int, str]]:
    """``spans`` (start, end, country) when they are a list of two or more distinct countries
    whose last is joined by "and"; else []."""
    joined = len(spans) >= 2 and lower[spans[-1][0] - 1] == "and"
    return spans if joined and len({c for _, _, c in spans}) == len(spans) else []


@lru_cache(maxsize=1)
def _succession_words() -> dict[str, str]:
    """ "successor" -> "next", "predecessor" -> "previous" (``data/lexicon/discourse.json``)."""
    return lexicon_mapping(load_lexicon("discourse"), "succession_words", "direction")


def _succession(gaz: Gazetteer, entry: GazEntry, day: date, direction: str) -> GazEntry | None:
    """The holder of ``entry``'s office on ``day`` (or of the last one it left before, or of
    the one it takes up soon after: a president-elect's predecessor is who hands over) right
    after it ("next") or right before it ("previous"), when the gazetteer dates both."""
    held = [o for o in entry.offices if o.country and o.start and o.start <= day + INCOMING_WITHIN]
    if not held:
        return None
    office = max(held, key=lambda o: o.start)
    best: tuple[date, GazEntry] | None = None
    for other in gaz.by_country.get(office.country, ()):
        for o in other.offices:
            if other.id == entry.id or o.country != office.country or o.role != office.role or o.start is None:
                continue
            if direction == "next" and o.start > office.start and (best is None or o.start < best[0]):
                best = (o.start, other)
            elif direction == "previous" and o.start < office.start and (best is None or o.start > best[0]):
                best = (o.start, other)
    return best[1] if best is not None else None


@lru_cache(maxsize=1)
def _cabinet_style_titles() -> frozenset[str]:
    return frozenset(lexicon_phrases(load_lexicon("titles"), "cabinet_style_titles"))


def _holds_title(entry: GazEntry, title: str, country: str | None) -> bool:
    """Whether ``title`` (lower case) is one of ``entry``'s offices (in ``country``, when given)
    or its role, or the last words of one: "Vice President X" and "President X" both name who holds
    "Vice President"."""
    roles = [o.role.lower() for o in entry.offices if country is None or o.country in (None, country)]
    if entry.role and (country is None or entry.country in (None, country)):
        roles.append(entry.role.lower())
    # ("Captain Traoré" of one the gazetteer knows as "Captain Ibrahim Traoré": a rank the press
    # puts before the name)
    # ("Secretary X", "Minister X": the cabinet style for a "Secretary of Defense", a "Minister of ...")
    cabinet = title in _cabinet_style_titles()
    return any(r == title or r.endswith(" " + title) or cabinet and r.startswith(title + " of ") for r in roles) \
        or any(a.lower().startswith(title + " ") for a in entry.aliases)


def _person_soon_after(doc: Doc, start: int) -> bool:
    """A person's name opens the phrase at ``start``, after at most a title of a few words."""
    for k in range(start, min(len(doc), start + 7)):
        if doc[k].ent_type_ == "PERSON":
            return True
        if doc[k].is_punct or not doc[k].text[:1].isupper():
            return False
    return False


def _contiguous(parts: list[str], whole: list[str]) -> bool:
    """``parts`` stand side by side somewhere in ``whole``."""
    n = len(parts)
    return any(whole[k:k + n] == parts for k in range(len(whole) - n + 1))


def _in_order(parts: list[str], whole: list[str]) -> bool:
    """``parts`` appear in ``whole`` in order, the first one first ("nana addo" in "nana addo dankwa akufo addo")."""
    if not parts:
        return False
    if whole[-len(parts):] == parts:
        return True  # "Al Nahyan" for "Mohamed bin Zayed Al Nahyan"
    if parts[0] != whole[0]:
        return False
    it = iter(whole)
    return all(p in it for p in parts)


def extract_entities(doc: Doc, meta: ArticleMeta, gaz: Gazetteer, datelines=()) -> EntityIndex:
    return Extractor(doc, meta, gaz, datelines).run()


#: words of an office's name that tell no office apart ("Secretary of Defense" is "Defense Secretary")
_OFFICE_LINKS = frozenset({"of", "the", "for", "and"})


def _same_office(title: str, office: str) -> bool:
    """The title before a mention names the office the gazetteer gives, in other words or
    spelling: "defense secretary" and "Secretary of Defense", "defence minister" and "Defense
    Minister" (the same words, "of" and "the" aside, "defence" spelt either way)."""
    def words(text: str) -> frozenset[str]:
        return frozenset(w.replace("defense", "defence") for w in text.casefold().replace("-", " ").split()) - _OFFICE_LINKS
    return words(title) == words(office)
