"""Give a field back the characters a converter flattened in one copy and kept in another.

html2text prints "Nähe" as "Nahe" and "–" as "-" where the page wrote them as HTML entities, but the
same headline in a link's title attribute or a share address keeps them. The page is the source: a
character is only ever taken from another copy of the same words on the page, never made up.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from newsparse.data.typography import PLAIN_EQUIVALENT

# Below this length another copy of the same letters may be another word ("schon", "schön").
_MIN_CHARS = 20


@lru_cache(maxsize=4096)
def _fold(char: str) -> str:
    """One character for one: typographic marks to their ASCII look-alike, letters without their
    accents, lower case; whitespace to a space."""
    if char.isspace():
        return " "
    plain = PLAIN_EQUIVALENT.get(char)
    if plain is not None:
        return plain
    base = unicodedata.normalize("NFD", char)[0]
    lower = base.lower()
    return lower if len(lower) == 1 else base


def _in_case_of(mine: str, theirs: str) -> str:
    """`theirs` in the case of `mine` (where the case change keeps it one character)."""
    changed = theirs.lower() if mine.islower() else theirs.upper() if mine.isupper() else theirs
    return changed if len(changed) == 1 else theirs


def _fold_table(chars: set[str]) -> dict[int, str]:
    return {ord(c): _fold(c) for c in chars}


def richer_copy(text: str, page: str) -> str:
    """`text` with the accents and typographic marks of the page's richest other copy of it.

    Only characters `text` prints as ASCII while the other copy prints a non-ASCII character with the
    same plain form change; case and everything else stay as `text` has them."""
    if len(text) < _MIN_CHARS or page.isascii():
        return text
    table = _fold_table(set(page) | set(text))
    folded_text = text.translate(table)
    folded_page = page.translate(table)
    best, best_gain = text, 0
    start = folded_page.find(folded_text)
    while start >= 0:
        copy = page[start : start + len(text)]
        upgraded = [
            _in_case_of(mine, theirs)
            if mine.isascii() and not theirs.isascii() and not theirs.isspace()
            else mine
            for mine, theirs in zip(text, copy, strict=True)
        ]
        gain = sum(a != b for a, b in zip(upgraded, text, strict=True))
        if gain > best_gain:
            best, best_gain = "".join(upgraded), gain
        start = folded_page.find(folded_text, start + 1)
    return best
