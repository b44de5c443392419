"""The merge rules, in one place: which mentions are one entity, which are one call.

Two kinds of rule (the ``Resolver`` docstring states each in words):

* **In-article rules** (``group_article_calls``) decide, from one article alone, the group key
  each of its call mentions is folded under. They see nothing of other articles, so the
  state they build merges freely across shards.
* **Corpus-wide rules** (``surname_map``, ``merge_subsets``, ``join_undated``) run once on the
  merged state in ``Resolver.result()``; they may look at everything, because they never
  change the state itself, only the result read from it.

A new rule for cross-article merging belongs with the corpus-wide ones and runs in
``merge_calls`` (or ``surname_map`` for entities); keep each rule a function of the merged
state so the result stays independent of article order and of how the corpus was sharded.
"""

from __future__ import annotations

import bisect
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache

from kg.model import ArticleFacts, Call, CallMedium, CallMention, CallStatus, EntityKind, Evidence, Report
from kg.resolve.accumulators import CallAcc, EntityAcc, mapped
from kg.resolve.keys import call_key
from kg.resources import lexicon_phrases, load_given_names, load_lexicon
from kg.spelling import close, given_fold, given_variants, two_syllable_name

__all__ = [
    "GroupKey", "JOIN_WINDOW_DAYS", "NEAR_PUBLICATION_DAYS", "PERIOD_SLACK_DAYS", "MERGE_RULES", "group_article_calls", "surname_map", "spelling_map",
    "merge_calls", "to_call",
]

JOIN_WINDOW_DAYS = 21
NEAR_PUBLICATION_DAYS = 2
#: a stated period's edges are local days: "in April" told in one time zone may be May 1 in
#: another, as the adjacent-day rule allows for days
PERIOD_SLACK_DAYS = 1
#: name -> what it means; a call records the names of the rules that merged its mentions
MERGE_RULES = {
    "same-day": "articles tell the same participants, status and day",
    "same-person": "a participant is named differently by the articles (a surname, a full name, a spelling a letter or two apart)",
    "subset-same-day": "one article names fewer participants of a call on the same day",
    "overlap-same-day": "two articles name different parts of one conference of three people or more on the same day",
    "undated-in-window": "an undated mention of the participants of a call dated in the three weeks before its article, or in the period it states ('in April', a day either side)",
    "undated-subset-in-window": "an undated mention naming fewer participants of a call dated in the three weeks before its article",
    "adjacent-day": "articles a day apart on the day (time zones), with no article telling both days",
    "undated-near-publication": "undated mentions of the same participants and status in articles published within two days",
}
_PERSON_KINDS = {EntityKind.LEADER, EntityKind.PERSON}
_PERSON_PREFIXES = {"person", "leader"}

#: (participants, status, day, anchor): anchor is "" for dated calls; for undated ones it names
#: the article (and the period it allows), so undated mentions of two articles never meet here.
GroupKey = tuple[tuple[str, ...], CallStatus, date | None, str]


# --- in-article rules ------------------------------------------------------------------------


def group_article_calls(facts: ArticleFacts) -> Iterator[tuple[GroupKey, CallMention, tuple[str, ...], CallAcc]]:
    """``(group key, mention, participants, empty accumulator for a new group)`` per call mention.

    Mentions with fewer than two distinct participants are not calls. An undated mention joins
    the article's dated mention of the same participants and status when the article gives
    exactly one such day; an undated mention with a stated period ("in July") stays apart.
    """
    meta = facts.meta
    by_story: dict[tuple, list[CallMention]] = defaultdict(list)
    for mention in facts.calls:
        # interned: a leader's key is one string however many calls name him
        participants = tuple(sorted({sys.intern(p) for p in mention.participants}))
        if len(participants) >= 2:
            by_story[(participants, mention.status)].append(mention)
    for (participants, status), mentions in by_story.items():
        days = {m.date for m in mentions if m.date is not None}
        only_day = next(iter(days)) if len(days) == 1 else None
        for mention in mentions:
            if mention.period is not None and mention.date is None:
                start, end = mention.period
                key = (participants, status, None, f"{meta.id}#{start.isoformat()}/{end.isoformat()}")
                yield key, mention, participants, CallAcc(published=None, period=mention.period)
                continue
            day = mention.date or only_day
            key = (participants, status, day, "" if day else meta.id)
            yield key, mention, participants, CallAcc(published=None if day else meta.published)


# --- corpus-wide rules -----------------------------------------------------------------------


def surname_map(entities: dict[str, EntityAcc], call_keys) -> dict[str, str]:
    """Single-token person key -> the unique multi-token person key ending with it.

    ``gaz:`` keys are authoritative: never merged by name either way.
    """
    keys = set(entities)
    for participants, _status, _day, _anchor in call_keys:
        keys.update(participants)
    # ("Teodoro" for "Gilberto Teodoro Jr.": the surname before a generational suffix)
    names = {k: _without_suffix(_name_tokens(k)) for k in keys if _is_person(k, entities.get(k))}
    by_last: dict[str, set[str]] = defaultdict(set)
    singles = {}
    for key, tokens in names.items():
        if len(tokens) == 1:
            singles[key] = tokens[0]
        elif tokens:
            by_last[tokens[-1]].add(key)
    out = {k: next(iter(by_last[t])) for k, t in singles.items() if len(by_last[t]) == 1}
    particles = _particles()
    for key, tokens in names.items():
        if len(tokens) > 1 and all(t in particles for t in tokens[:-1]):
            # "De la Fuente" for "Juan Ramon de la Fuente": a surname with its particles, the one
            # person whose name ends with them
            fuller = [k for k in by_last[tokens[-1]] if len(names[k]) > len(tokens) and names[k][-len(tokens):] == tokens]
            if len(fuller) == 1:
                out[key] = fuller[0]
    return out


def _name_tokens(key: str) -> list[str]:
    """The words of a person key's name ("person:amar dule" -> ["amar", "dule"])."""
    return key.split(":", 1)[1].split()


def _without_suffix(tokens: list[str]) -> list[str]:
    """A name's words without a generational suffix at the end ("jr.", "iii")."""
    suffixes = _suffixes()
    # (a name and a regnal number alone, "Abdullah II", is no surname: two words stay two)
    while len(tokens) > 2 and tokens[-1] in suffixes:
        tokens = tokens[:-1]
    return tokens


@lru_cache(maxsize=1)
def _suffixes() -> frozenset[str]:
    """The generational suffixes of names, lower-cased as keys are, from the titles lexicon."""
    return frozenset(s.lower() for s in lexicon_phrases(load_lexicon("titles"), "name_suffixes"))


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    """The particles of names ("de", "la", "van", "al"), from the titles lexicon."""
    return frozenset(lexicon_phrases(load_lexicon("titles"), "particles"))


def spelling_map(entities: dict[str, EntityAcc]) -> dict[str, str]:
    """Person key -> the key of the same person named another way by other articles.

    Four forms link two names, each between names no article gives both of (in one article
    two such names are two people: "Lars Nielsen spoke with his counterpart Lars Nilsen") and
    never of two countries; ``gaz:`` keys are never merged by name either way, nor keys no
    article's entities hold:

    * spelt a letter or two apart ("Amar Dulekhov" and "Amar Dulehov"), the given names too
      when they differ only in the letters transliterations trade ("Hristo", "Hristyo";
      ``kg.spelling.given_variants``; not "Ivana" and "Ivanka"): the surname at least five
      letters;
    * written the other way round ("Arata Kenji", family name first, and "Kenji Arata");
    * the same letters with a particle written apart or joined ("Amar Ben Vessa", "Amar Benvessa");
    * a syllable of a hyphened given name written with other vowels ("Kim Jeong-kwan" and "Kim
      Jung-kwan", ``_vowels_apart``: a romanisation's "eo" and "u"), or the given name before
      a surname of two words or more ("Marhaf Abu Vessa", "Murhaf Abu Vessa");
    * a shorter form of one fuller name ("Amar Dulekhov" for "Amar Dulekhov Ruiz", a second
      surname dropped, never a generational suffix; "Amar Dulekhov" for "Amar Vell Dulekhov", a
      middle name dropped), when it is the only fuller name the shorter form fits.

    The names linked, however many steps apart, are one person when every two of them are apart
    as above (else none is merged: which goes with which is not known); the fullest name wins,
    then the one more articles give, then the first in order. The result depends on the names
    only, never on the order articles came in.
    """
    people = {key: _name_tokens(key) for key in entities if _is_person(key, entities.get(key))}
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.get(key, key) != key:
            parent[key] = parent.get(parent[key], parent[key])
            key = parent[key]
        return key

    def link(a: str, b: str) -> None:
        if _apart(entities[a], entities[b]):
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = parent[min(ra, rb)] = min(ra, rb)

    for key, other in _block_pairs(_spelling_blocks(people)):
        if _spelt_alike(people[key], people[other]):
            link(key, other)
    for key, other in _block_pairs(_vowel_blocks(people)):
        if (odd := _vowels_apart(people[key], people[other])) is not None and (
                _in_hyphened(entities[key], odd[0]) and _in_hyphened(entities[other], odd[1])
                # ("Marhaf Abu Vessa" and "Murhaf Abu Vessa": a given name's vowels, its surname
                # of two words or more the same)
                or odd[0] == people[key][0]):
            link(key, other)
    # (a particle written apart or joined: "Amar Ben Vessa" and "Amar Benvessa", the same letters)
    joined: dict[str, list[str]] = defaultdict(list)
    for key, tokens in people.items():
        if len(tokens) >= 2:
            joined["".join(tokens)].append(key)
    for keys in joined.values():
        for other in sorted(keys)[1:]:
            link(min(keys), other)
    pairs = {tuple(tokens): key for key, tokens in people.items() if len(tokens) == 2 and tokens[0] != tokens[1]}
    for words, key in pairs.items():
        if (other := pairs.get(words[::-1])) is not None and key < other:
            link(key, other)
    # (names whose last word is a romanised given name of two syllables, "Ka-chiu", two words of the key)
    syllabic = {key for key in people if len(people[key]) >= 4
                and any(len(name.split()) >= 3 and two_syllable_name(name.split()[-1]) for name in entities[key].names)}
    for short, full in _fuller_forms(people, syllabic):
        link(short, full)
    components: dict[str, list[str]] = defaultdict(list)
    for key in parent:
        components[find(key)].append(key)
    out: dict[str, str] = {}
    for keys in components.values():
        if len(keys) < 2 or not all(_apart(entities[a], entities[b]) for n, a in enumerate(keys) for b in keys[n + 1:]):
            continue
        win = min(keys, key=lambda k: (-len(people[k]), -len(entities[k].articles), k))
        out.update({k: win for k in keys if k != win})
    return out


def _spelling_blocks(people: dict[str, list[str]]) -> dict[tuple, list[str]]:
    """Person keys that may be spellings of one name, grouped so that names are compared within
    small blocks, never all against all (nor all of one given name: a corpus holds thousands of
    people named Mohammed): by their given names' transliteration folds and the first two
    letters of the surname, and by the folds and its last two (a surname spelt a letter or two
    apart keeps one end or the other: "Dulekhov", "Tulekhov"; "Mitskoski", "Mickoski")."""
    blocks: dict[tuple, list[str]] = defaultdict(list)
    for key, tokens in sorted(people.items()):
        if len(tokens) >= 2 and len(tokens[-1]) >= 5:
            folds = tuple(map(given_fold, tokens[:-1]))
            blocks[("head", tokens[-1][:2], *folds)].append(key)
            blocks[("tail", tokens[-1][-2:], *folds)].append(key)
    return {k: v for k, v in blocks.items() if len(v) > 1}


def _block_pairs(blocks: dict[tuple, list[str]]) -> Iterator[tuple[str, str]]:
    """Every two keys of a block, in the block's order."""
    for group in blocks.values():
        for n, key in enumerate(group):
            for other in group[n + 1:]:
                yield key, other


_VOWELS = frozenset("aeiouy")


def _consonants(word: str) -> str:
    """A word's letters without its vowels ("jeong", "jung": "jng")."""
    return "".join(c for c in word if c not in _VOWELS)


def _vowel_blocks(people: dict[str, list[str]]) -> dict[tuple, list[str]]:
    """Person keys of three words or more grouped by their words' consonants: the names
    ``_vowels_apart`` compares (a romanisation's vowels: "Kim Jeong-kwan", "Kim Jung-kwan")."""
    blocks: dict[tuple, list[str]] = defaultdict(list)
    for key, tokens in sorted(people.items()):
        if len(tokens) >= 3:
            blocks[tuple(map(_consonants, tokens))].append(key)
    return {k: v for k, v in blocks.items() if len(v) > 1}


def _vowels_apart(a: list[str], b: list[str]) -> tuple[str, str] | None:
    """The one word two names of three words or more write with other vowels, four letters or
    more each and not both given names ("jeong" and "jung" of "Kim Jeong-kwan" and "Kim
    Jung-kwan"; not "maria" and "mario" of "Ana Maria Ruiz" and "Ana Mario Ruiz"), else None."""
    if len(a) != len(b) or len(a) < 3:
        return None
    odd = [(x, y) for x, y in zip(a, b) if x != y]
    if len(odd) != 1:
        return None
    x, y = odd[0]
    same = min(len(x), len(y)) >= 4 and len(_consonants(x)) >= 2 and _consonants(x) == _consonants(y) \
        and not (x in _given_names() and y in _given_names())
    return (x, y) if same else None


def _in_hyphened(acc: EntityAcc, word: str) -> bool:
    """Every name an entity is given writes ``word`` as a syllable of a hyphened given name
    ("Jeong-kwan"): a romanised name's syllable, whose vowels romanisations trade, not a
    surname or a given name of its own ("Minh", "Moreno")."""
    return bool(acc.names) and all(any("-" in part and word in part.lower().split("-") for part in name.split())
                                   for name in acc.names)


def _spelt_alike(a: list[str], b: list[str]) -> bool:
    """Two names of as many words: the surnames the same or ``close``, each given name the same
    or a transliteration of it that is no given name of its own ("Hristo", "Hristyo"; not
    "Mario", "Maria"); "Ilse Dulehov" and "Amar Dulehov" differ in a whole word."""
    if a == b or len(a) != len(b) or not close(a[-1], b[-1]):
        return False
    given = _given_names()
    return all(given_variants(x, y, given) for x, y in zip(a[:-1], b[:-1]))


def _fuller_forms(people: dict[str, list[str]], syllabic: frozenset[str] | set[str] = frozenset()) -> Iterator[tuple[str, str]]:
    """``(shorter key, fuller key)``: a name of two words or more that is a fuller name with a
    last word dropped (a second surname: "Amar Vell" of "Amar Vell Ruiz", when the last word
    of the shorter is no given name, "Juan Carlos" being a name of its own, nor the fuller's
    last a generational suffix: "Amar Vell Jr." is his son; or, for the ``syllabic`` keys, a
    romanised given name of two syllables, "John Lee" of "John Lee Ka-chiu", also past a second
    family name before it, "Ann Lam" of "Ann Lam Cheng Yuet-ngor", whatever the shorter's last word) or with middle words dropped (the same first and last word), where the
    fuller name is the only one it fits. Found through three indexes, not by comparing names two
    by two."""
    given, suffixes = _given_names(), _suffixes()
    by_head: dict[tuple[str, ...], list[str]] = defaultdict(list)  # a fuller name without its last word
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)  # its first and last words
    by_family: dict[tuple[str, ...], list[str]] = defaultdict(list)  # a syllabic name without its given name
    for key, tokens in people.items():
        if len(tokens) >= 3:
            if tokens[-1] not in suffixes:
                by_head[tuple(tokens[:-1])].append(key)
            by_ends[(tokens[0], tokens[-1])].append(key)
        if key in syllabic:
            by_family[tuple(tokens[:-2])].append(key)
            if len(tokens) >= 5:
                # (a second family name before it, a married woman's own: "Ann Lam Cheng Yuet-ngor")
                by_family[tuple(tokens[:-3])].append(key)
    for key, tokens in sorted(people.items()):
        # (a family name of two letters stands before a syllabic given name: "Emil Ho Ka-ming")
        if len(tokens) < 2 or len(tokens[-1]) < 3 and tuple(tokens) not in by_family:
            continue
        fits = set() if tokens[-1] in given else set(by_head.get(tuple(tokens), ())) | set(by_family.get(tuple(tokens), ()))
        for full in by_ends.get((tokens[0], tokens[-1]), ()):
            rest = iter(people[full][1:-1])  # the shorter's middle words, in order, among the fuller's
            if len(people[full]) > len(tokens) and all(word in rest for word in tokens[1:-1]):
                fits.add(full)
        fits.discard(key)
        if len(fits) == 1:
            yield key, fits.pop()


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Given names, lower-cased as keys are."""
    return frozenset(n.lower() for n in load_given_names())


def _apart(a: EntityAcc, b: EntityAcc) -> bool:
    """Two spellings that may be one person's: told by different articles, and of the same
    country when both have one."""
    countries = {acc.firsts["country"][1] for acc in (a, b) if "country" in acc.firsts}
    return a.articles.isdisjoint(b.articles) and len(countries) <= 1


def _is_person(key: str, acc: EntityAcc | None) -> bool:
    prefix, sep, _name = key.partition(":")
    if not sep or prefix == "gaz":
        return False
    return bool(acc.kinds & _PERSON_KINDS) if acc else prefix in _PERSON_PREFIXES


def merge_calls(calls: dict[GroupKey, CallAcc], keymap: dict[str, str],
                published: dict[str, date | None] | None = None) -> dict[GroupKey, CallAcc]:
    """The calls of the corpus: groups renamed by ``keymap``, subsets folded, undated joined.

    The state's own accumulators are never changed: one is copied only when something is
    folded into it (or ``keymap`` renames what it names), so most calls are not copied at all.
    """
    groups: dict[GroupKey, CallAcc] = {}
    owned: set[GroupKey] = set()  # groups whose accumulator is a copy of our own

    def own(key: GroupKey) -> CallAcc:
        if key not in owned:
            groups[key] = groups[key].copy()
            owned.add(key)
        return groups[key]

    for (participants, status, day, anchor), acc in sorted(calls.items(), key=_order):
        key = (mapped(participants, keymap), status, day, anchor)
        if key in groups:
            own(key).absorb(acc, keymap)
            _mark(own(key), "same-person")
        elif acc.touches(keymap):
            groups[key] = acc.copy(keymap)
            owned.add(key)
        else:
            groups[key] = acc
        if day is not None and len(groups[key].articles) > 1 and ("rule", "", "same-day") not in groups[key].votes:
            _mark(own(key), "same-day")
    dated = {k for k in groups if k[2] is not None}
    merge_subsets(groups, dated, own)
    if merge_overlaps(groups, dated, own):
        merge_subsets(groups, dated, own)  # (a call of part of a conference merged just now)
    join_adjacent_days(groups, dated, own, published or {})
    join_undated(groups, dated, own)
    join_undated_near(groups, own)
    return groups


def _mark(acc: CallAcc, rule: str) -> None:
    acc.votes.add(("rule", "", rule))


def join_adjacent_days(groups: dict[GroupKey, CallAcc], dated: set[GroupKey], own,
                       published: dict[str, date | None]) -> None:
    """A call told a day apart by different articles is one call (the day differs across time
    zones) when no article tells both days and the later day is not after the earlier day's
    articles were published; it keeps the day more articles give (the earlier on a tie)."""
    by_story: dict[tuple, list[GroupKey]] = defaultdict(list)
    for key in dated:
        by_story[(key[0], key[1])].append(key)
    for keys in by_story.values():
        keys.sort(key=_order_key)
        n = 0
        while n + 1 < len(keys):
            a, b = keys[n], keys[n + 1]
            first, second = groups[a], groups[b]
            days = [published.get(a) for a in first.articles]
            days = [d for d in days if d is not None]
            if (b[2] - a[2]).days == 1 and not (first.articles & second.articles) \
                    and (not days or b[2] <= min(days)):
                keep, drop = (a, b) if len(first.articles) >= len(second.articles) else (b, a)
                own(keep).absorb(groups.pop(drop))
                _mark(own(keep), "adjacent-day")
                dated.discard(drop)
                n += 2
                continue
            n += 1


def merge_subsets(groups: dict[GroupKey, CallAcc], dated: set[GroupKey], own) -> None:
    """Fold each dated call into its unique maximal superset of the same status and day
    ("A called B" and "A, B and C talked" on one day); with several maximal ones, none."""
    buckets: dict[tuple, list[GroupKey]] = defaultdict(list)
    for key in dated:
        buckets[(key[1], key[2])].append(key)
    for keys in buckets.values():
        sets = {k: frozenset(k[0]) for k in keys}
        for key in sorted(keys, key=_order_key):
            supersets = [k for k in keys if sets[key] < sets[k]]
            maximal = [k for k in supersets if not any(sets[k] < sets[o] for o in supersets)]
            if len(maximal) == 1:
                # A maximal superset has no superset itself, so it is never folded away.
                own(maximal[0]).absorb(groups.pop(key))
                _mark(own(maximal[0]), "subset-same-day")
                dated.discard(key)


def merge_overlaps(groups: dict[GroupKey, CallAcc], dated: set[GroupKey], own) -> bool:
    """Two dated calls of three people or more on the same day and of the same status, sharing
    two people or more, are one conference each article names part of ("A, B, C and D" and "B,
    C and E" met by video): one call of all of them. Only when each is the other's one such
    call, a call of two among them counting too: "A called B" beside "A, B and C" and "A, B and D"
    leaves all three apart), when different articles tell them and they do not say they were held
    in different ways (a video call, a phone call). Whether any merged."""
    merged_any = False
    buckets: dict[tuple, list[GroupKey]] = defaultdict(list)
    for key in dated:
        buckets[(key[1], key[2])].append(key)
    for keys in buckets.values():
        if sum(1 for k in keys if len(k[0]) >= 3) < 2:
            continue
        sets = {k: frozenset(k[0]) for k in keys}
        overlaps = {k: [o for o in keys if o != k and len(sets[k] & sets[o]) >= 2] for k in keys}
        for a in sorted(keys, key=_order_key):
            if len(sets[a]) < 3 or len(overlaps[a]) != 1 or len(sets[overlaps[a][0]]) < 3:
                continue
            b = overlaps[a][0]
            if overlaps[b] != [a] or _order_key(b) < _order_key(a) or a not in groups or b not in groups:
                continue
            if not groups[a].articles.isdisjoint(groups[b].articles) or _media_differ(groups[a], groups[b]):
                continue  # two calls one article tells apart, or a video call and a phone call
            # (no call of the union's people is there already: it would overlap both a and b)
            union: GroupKey = (tuple(sorted(sets[a] | sets[b])), a[1], a[2], a[3])
            groups[union] = groups.pop(a)
            own(union).absorb(groups.pop(b))
            dated -= {a, b}
            dated.add(union)
            _mark(groups[union], "overlap-same-day")
            merged_any = True
    return merged_any


def _media_differ(a: CallAcc, b: CallAcc) -> bool:
    """Both calls say how they were held, and not the same way."""
    said_a, said_b = {m for _a, m in a.voted("medium")}, {m for _a, m in b.voted("medium")}
    return bool(said_a) and bool(said_b) and said_a.isdisjoint(said_b)


def join_undated(groups: dict[GroupKey, CallAcc], dated: set[GroupKey], own) -> None:
    """Each undated call joins the single dated call of the same status, told with the same
    participants, in its window (its stated period and a day either side, else the 21 days up to
    its article's publication); with none or several candidates it stays a call of its own."""
    days: dict[tuple, list[date]] = defaultdict(list)  # (told participants, status) -> days
    owner: dict[tuple, GroupKey] = {}
    for key in dated:
        for told in groups[key].told_as:
            days[(told, key[1])].append(key[2])
            owner[(told, key[1], key[2])] = key
    for told_days in days.values():
        told_days.sort()
    # the dated calls by status and day, for the coalition rule's window (a scan of every dated
    # call per undated one grew with the square of the corpus: 90 s at 10k articles)
    by_day: dict[object, list[tuple[date, tuple]]] = defaultdict(list)
    for key in dated:
        by_day[key[1]].append((key[2], _order_key(key), key))
    for entries in by_day.values():
        entries.sort()
    undated = sorted((k for k in groups if k[2] is None), key=_order_key)
    for key in undated:
        participants, status, _day, _anchor = key
        acc = groups[key]
        slack = timedelta(days=PERIOD_SLACK_DAYS)
        window = (acc.period[0] - slack, acc.period[1] + slack) if acc.period else (
            (acc.published - timedelta(days=JOIN_WINDOW_DAYS), acc.published) if acc.published else None)
        if window is None:
            continue
        told_days = days.get((participants, status), [])
        lo = bisect.bisect_left(told_days, window[0])
        hi = bisect.bisect_right(told_days, window[1])
        if len(set(told_days[lo:hi])) == 1:
            target = own(owner[(participants, status, told_days[lo])])
            target.absorb(groups.pop(key))
            _mark(target, "undated-in-window")
            continue
        if hi > lo:
            continue  # several days fit: ambiguous, it stays its own call
        # "a coalition call" told without all its people: the one dated call of a superset
        entries = by_day.get(status, [])
        first = bisect.bisect_left(entries, (window[0],))
        people = set(participants)
        wider = set()
        for day, _order_, k in entries[first:]:
            if day > window[1]:
                break
            if k in groups and people < set(k[0]):
                wider.add(k)
        if len(wider) == 1:
            target = own(wider.pop())
            target.absorb(groups.pop(key))
            _mark(target, "undated-subset-in-window")


def join_undated_near(groups: dict[GroupKey, CallAcc], own) -> None:
    """Undated calls of the same participants and status told by articles published within
    two days of each other are one call (the first article's node keeps them)."""
    by_story: dict[tuple, list[GroupKey]] = defaultdict(list)
    for key in groups:
        if key[2] is None and groups[key].published is not None and groups[key].period is None:
            by_story[(key[0], key[1])].append(key)
    for keys in by_story.values():
        keys.sort(key=lambda k: (groups[k].published, _order_key(k)))
        head = keys[0]
        for key in keys[1:]:
            if (groups[key].published - groups[head].published).days <= NEAR_PUBLICATION_DAYS:
                target = own(head)
                target.absorb(groups.pop(key))
                _mark(target, "undated-near-publication")
            else:
                head = key


def _order_key(key: GroupKey) -> tuple:
    participants, status, day, anchor = key
    return (participants, status.value, day or date.min, anchor)


def _order(item: tuple[GroupKey, CallAcc]) -> tuple:
    return _order_key(item[0])


def to_call(key: GroupKey, acc: CallAcc) -> Call:
    """The call record: caller from the smallest article id stating one; the medium most
    articles give (Video wins a tie); the duration most give (the smaller wins a tie)."""
    participants, status, day, anchor = key
    media = Counter(m for _a, m in acc.voted("medium"))
    durations = Counter(d for _a, d in acc.voted("duration"))
    callers = acc.voted("caller")
    medium = max(media, key=lambda m: (media[m], m is CallMedium.VIDEO), default=CallMedium.UNSPECIFIED)
    return Call(
        key=call_key(participants, status.value, day, anchor),
        participants=participants,
        status=status,
        caller=min(callers)[1] if callers else None,
        date=day,
        medium=medium,
        duration_minutes=max(durations, key=lambda d: (durations[d], -d), default=None),
        articles=tuple(sorted(acc.articles)),
        reports=tuple(sorted(acc.reports, key=_report_order)),
        evidence=tuple(sorted(acc.evidence, key=_evidence_order)),
        merge_rules=tuple(sorted(v for _a, v in acc.voted("rule"))),
    )


def _evidence_order(ev: Evidence) -> tuple:
    return (ev.article_id, ev.start, ev.end, ev.text)


def _report_order(report: Report) -> tuple:
    return (report.outlet, *_evidence_order(report.evidence))
