"""Language identification by function-word counts: cheap, dependency-free, good enough
to choose month names and stop-word lists for a page."""

from __future__ import annotations

import re
from collections import Counter

from newsparse.data.stopwords import CYRILLIC_LANGS, STOPWORDS

_WORD = re.compile(r"[^\W\d_]+")
# Letters only Ukrainian uses among the Cyrillic languages we know.
_UKRAINIAN_LETTERS = set("ієїґ")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def stopword_hits(tokens: list[str]) -> Counter[str]:
    hits: Counter[str] = Counter()
    counts = Counter(tokens)  # each distinct word looked up once per language, not once per use
    for lang, vocab in STOPWORDS.items():
        hits[lang] = sum(counts[t] for t in counts.keys() & vocab)
    return hits


def detect_languages(text: str, *, limit: int = 40_000) -> tuple[str, ...]:
    """Languages of the page, most likely first; empty when there is too little text."""
    tokens = words(text[:limit])
    if len(tokens) < 3:
        return ()
    hits = stopword_hits(tokens)
    cyrillic = sum(1 for t in tokens if "а" <= t[0] <= "я" or t[0] in "ёієїґ")
    if cyrillic * 2 > len(tokens):
        for lang in list(hits):
            if lang not in CYRILLIC_LANGS:
                del hits[lang]
        ukr = sum(1 for t in tokens for ch in t if ch in _UKRAINIAN_LETTERS)
        if ukr > len(tokens) * 0.03:
            hits["uk"] += len(tokens)
    ranked = [lang for lang, n in hits.most_common() if n > 0]
    if not ranked:
        return ()
    best = hits[ranked[0]]
    # Keep a second language when the page really mixes them (e.g. an English page with Russian notices).
    return tuple(lang for lang in ranked[:3] if hits[lang] >= best * 0.35)


def stopword_density(tokens: list[str], language: str | None) -> float:
    if not tokens or language not in STOPWORDS:
        return 0.0
    vocab = STOPWORDS[language]
    return sum(1 for t in tokens if t in vocab) / len(tokens)
