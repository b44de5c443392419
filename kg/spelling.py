"""How two spellings of a name relate: ``close`` (how near two name parts are) and
``unaccented`` (a name without its accents). Shared by the resources (given names), extraction
(a gazetteer person written another way) and resolution (one unknown person spelt two ways by
two articles), so none imports another."""

from __future__ import annotations

import unicodedata

__all__ = ["close", "unaccented"]


def unaccented(text: str) -> str:
    """``text`` without its accents ("Venâncio" -> "Venancio"), in compatibility form."""
    folded = unicodedata.normalize("NFKD", text)
    if folded.isascii():
        return folded  # no accent to take off (most names: read without a loop over their letters)
    return "".join(c for c in folded if not unicodedata.combining(c))


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
