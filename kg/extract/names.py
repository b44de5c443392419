"""When two written names are one person's name: ``name_key`` and ``NameIndex``.

A name key folds case, accents and punctuation, splits hyphenated parts, drops initials
("John F. Kerry" is "john kerry") and maps each part to its group in ``data/lexicon/names.json``
(transliterations: Mohammed/Mohamed/Muhammad; nicknames: Steve/Stephen). ``NameIndex`` finds a
gazetteer person by key, or by the same first name and a surname at most a letter or two away
("Zelenskyi", "Zelenksyy" for Zelensky) and no middle name of another, when exactly one
person fits; failing that, by a first name written another way as well, in the letters
transliterations trade ("Hristiyan" for "Hristijan"; ``kg.spelling.given_variants``), when the two
are not both given names of their own.
"""

from __future__ import annotations

from functools import lru_cache

from kg.extract.mentions import norm_name
from kg.model import EntityKind
from kg.resources import GazEntry, Gazetteer, lexicon_phrases, load_given_names, load_lexicon
from kg.spelling import close, given_fold, given_variants

__all__ = ["name_key", "NameIndex", "name_index", "close", "is_patronymic"]

_PEOPLE = (EntityKind.LEADER, EntityKind.PERSON)


@lru_cache(maxsize=1)
def _groups() -> dict[str, str]:
    lex = load_lexicon("names")
    canon: dict[str, str] = {}
    for section in ("spelling_variants", "nicknames"):
        for entry in lex.get(section, []):
            forms = entry["forms"]
            for form in forms:
                canon.setdefault(form, forms[0])
    return canon


@lru_cache(maxsize=1)
def _suffixes() -> frozenset[str]:
    """The suffixes after a surname ("Jr.", "III"), as name keys write them."""
    return frozenset(norm_name(s) for s in lexicon_phrases(load_lexicon("titles"), "name_suffixes"))


@lru_cache(maxsize=1)
def _patronymic_endings() -> tuple[str, ...]:
    return tuple(lexicon_phrases(load_lexicon("names"), "patronymic_endings"))


def is_patronymic(word: str) -> bool:
    """ "Vladimirovich", "Sergeyevna": a father's name a given name goes by (a capitalised word of
    more letters than its ending, ending as ``patronymic_endings`` say)."""
    low = word.lower()
    return word[:1].isupper() and any(low.endswith(e) and len(low) > len(e) + 2 for e in _patronymic_endings())


def name_key(text: str) -> str:
    """The key two spellings of one name share (see the module docstring)."""
    parts = norm_name(text.replace("-", " ")).split()
    kept = [p for p in parts if len(p) > 1] if len(parts) > 2 else parts
    groups = _groups()
    return " ".join(groups.get(p, p) for p in kept)


class NameIndex:
    """Gazetteer people by name key, and by first name for near spellings."""

    def __init__(self, gaz: Gazetteer) -> None:
        by_key: dict[str, set[str]] = {}
        by_first: dict[str, list[tuple[str, tuple[str, ...], str]]] = {}
        bare: dict[str, set[str]] = {}
        self.entries: dict[str, GazEntry] = {}
        for entry in gaz.entries.values():
            if entry.kind not in _PEOPLE:
                continue
            self.entries[entry.id] = entry
            for form in (entry.name, *entry.aliases):
                key = name_key(form)
                parts = key.split()
                if len(parts) < 2:
                    continue
                by_key.setdefault(key, set()).add(entry.id)
                by_first.setdefault(parts[0], []).append((parts[-1], tuple(parts[1:-1]), entry.id))
                if len(parts) > 2 and parts[-1] in _suffixes():
                    bare.setdefault(" ".join(parts[:-1]), set()).add(entry.id)
        # a name without its suffix ("Ferdinand Romualdez Marcos" of "... Marcos Jr."), unless it
        # is another's name in full ("Donald Trump" of "Donald Trump Jr.")
        for key, ids in bare.items():
            if key not in by_key:
                by_key[key] = ids
                parts = key.split()
                by_first.setdefault(parts[0], []).extend((parts[-1], tuple(parts[1:-1]), i) for i in ids)
        self.by_key = {k: next(iter(ids)) for k, ids in by_key.items() if len(ids) == 1}
        self.by_first = by_first
        self.firsts: dict[str, list[str]] = {}  # by their transliteration fold
        for first in sorted(by_first):
            self.firsts.setdefault(given_fold(first), []).append(first)

    def find(self, text: str) -> GazEntry | None:
        """The one gazetteer person ``text`` names, by key or near spelling, or None."""
        key = name_key(text)
        parts = key.split()
        if len(parts) < 2:
            return None
        found = self.by_key.get(key)
        if found is None:
            near = self._near(parts[0], parts)
            if not near:
                # the first name written another way too, in the letters transliterations trade
                # ("Hristiyan" for "Hristijan"), unless both are given names of their own ("Mario",
                # "Maria"); not "Ivana" for "Ivanka"
                given = _given_keys()
                near = set().union(*(self._near(first, parts) for first in self.firsts.get(given_fold(parts[0]), ())
                                     if first != parts[0] and given_variants(first, parts[0], given)))
            found = next(iter(near)) if len(near) == 1 else None
        return self.entries.get(found) if found else None

    def _near(self, first: str, parts: list[str]) -> set[str]:
        """The people of first name ``first`` whose surname is ``close`` to the name's and who
        have no middle name of another (when both spellings have some: "Mohamed Azmin Ali" is
        not "Mohamed Irfaan Ali")."""
        middle = parts[1:-1]
        return {eid for last, middles, eid in self.by_first.get(first, ()) if close(parts[-1], last)
                and (not middle or not middles or any(close(m, n) for m in middle for n in middles))}


@lru_cache(maxsize=1)
def _given_keys() -> frozenset[str]:
    """The given names of the given-name list, as name keys write them."""
    return frozenset(norm_name(n) for n in load_given_names())


@lru_cache(maxsize=4)
def name_index(gaz: Gazetteer) -> NameIndex:
    return NameIndex(gaz)
