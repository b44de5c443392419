"""How two spellings of a name relate: ``close`` (how near two name parts are),
``given_variants`` (two transliterations of one given name) and ``unaccented`` (a name without
its accents). Shared by the resources (given names), extraction
(a gazetteer person written another way) and resolution (one unknown person spelt two ways by
two articles), so none imports another."""

from __future__ import annotations

import unicodedata

__all__ = ["UNDECOMPOSED", "ascii_name", "close", "given_fold", "given_variants", "two_syllable_name", "unaccented"]


# the Latin letters no decomposition takes apart, as their languages write them in ASCII
# ("Þorgerður" and "Thorgerdur", "Støre" and "Store", "Łukasz" and "Lukasz"): letters of the
# script, not vocabulary
UNDECOMPOSED = str.maketrans({"þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "đ": "d", "Đ": "D", "æ": "ae",
                              "Æ": "Ae", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "Oe", "ß": "ss", "ł": "l",
                              "Ł": "L", "ı": "i", "ħ": "h", "Ħ": "H"})


def unaccented(text: str) -> str:
    """``text`` without its accents ("Venâncio" -> "Venancio"), in compatibility form."""
    folded = unicodedata.normalize("NFKD", text)
    if folded.isascii():
        return folded  # no accent to take off (most names: read without a loop over their letters)
    return "".join(c for c in folded if not unicodedata.combining(c))


def ascii_name(text: str) -> str:
    """``unaccented``, with the letters no decomposition splits written as in ASCII
    ("Þorgerður Gunnarsdóttir" -> "Thorgerdur Gunnarsdottir"): the form keys and IRIs are made
    of, so that two spellings of one name are one key."""
    folded = unaccented(text)
    return folded if folded.isascii() else folded.translate(UNDECOMPOSED)


def close(a: str, b: str) -> bool:
    """Surnames at most one edit apart (two for long ones): a typo or a transliteration."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 2:
        return False
    limit = 2 if min(len(a), len(b)) >= 7 else 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            # a swap of two letters counts as one edit ("Zelenksyy")
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
        if min(cur) > limit:
            return False
    return prev[-1] <= limit


# the letters transliterations of a given name trade or drop ("Hristiyan", "Hristijan", "Hristo",
# "Hristyo", "Mamadi", "Mamady", "Gjorgje", "Gjorge"; "Nicos", "Nikos"): letters of the script, not
# vocabulary
_TRADED = str.maketrans("c", "k", "hijy")


def given_fold(name: str) -> str:
    """A lower-case given name without the letters transliterations trade, doubled letters made
    one ("Hristiyan" and "Hristijan": "rstan"; "Emmanuel" and "Emanuel": "emanuel"; "Nicos" and
    "Nikos": "nkos")."""
    folded = name.lower().translate(_TRADED)
    return "".join(c for n, c in enumerate(folded) if n == 0 or c != folded[n - 1])


def given_variants(a: str, b: str, given: frozenset[str]) -> bool:
    """Two lower-case given names that may be one name written two ways: the same, the same but
    for a "k" written "c" after the first letter ("Nicos", "Nikos"), or, each of five letters or
    more, the same fold of four letters or more (``given_fold``) and not both
    names of their own in ``given`` ("Mario", "Maria"; "Ivana" and "Ivanka" differ in a letter no
    transliteration trades)."""
    if a == b:
        return True
    if len(a) == len(b) >= 5 and a[0] == b[0] and all(x == y or x + y in ("ck", "kc") for x, y in zip(a, b)):
        # ("Nicos" and "Nikos", both names of their own: a "k" written "c" inside, one name; but
        # "Carol" and "Karol", "Catalin" and "Katalin" are names of their own of other people)
        return True
    # (five letters or more, and four kept by the fold: "Jalil" folds to "al", as an "Al" does)
    return min(len(a), len(b)) >= 5 and len(fold := given_fold(a)) >= 4 and fold == given_fold(b) \
        and not (a in given and b in given)


def two_syllable_name(word: str) -> bool:
    """A romanised given name of two syllables joined by a hyphen, the second in lower case
    ("Ka-chiu", "Kwok-ki"; not "al-Sudani", "Varga-Sorn", "Saint-Cyr")."""
    first, sep, second = word.partition("-")
    return bool(sep) and first[:1].isupper() and first[1:].islower() and first.isalpha() \
        and second.isalpha() and second.islower()
