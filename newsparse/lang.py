"""Language identification by writing system, then by function-word counts: cheap,
dependency-free, good enough to choose month names and stop-word lists for a page."""

from __future__ import annotations

import re
from collections import Counter

from newsparse.data.scripts import (
    ARABIC_VARIANT_SHARE,
    BULGARIAN_VOWEL,
    CASE_FOLD_EXOTIC,
    CYRILLIC_MARKER_SHARE,
    CYRILLIC_MARKERS,
    HAN,
    KANA,
    KANA_SHARE,
    PERSIAN_LETTERS,
    RUSSIAN_ONLY,
    SCRIPT_LANGUAGES,
    SCRIPT_SHARE,
    URDU_LETTERS,
)
from newsparse.data.stopwords import CYRILLIC_LANGS, STOPWORDS

_WORD = re.compile(r"[^\W\d_]+")
# Any letter of a script that names its language: a page without one is Latin or Cyrillic text.
_LISTED_SCRIPT = re.compile("|".join(pattern.pattern for _, pattern in SCRIPT_LANGUAGES))
_SCRIPT_SAMPLE = 5_000  # characters: a page's writing system shows in its first few paragraphs
_UNSPACED_CHARS = KANA + HAN  # Chinese and Japanese write no spaces between words
_UNSPACED = re.compile(f"[{_UNSPACED_CHARS}]")
# Letters only: those ranges also hold marks and punctuation ("・", "゠").
_WORD_OR_PAIR = re.compile(f"(?:(?=[^\\W\\d_])[{_UNSPACED_CHARS}]){{1,2}}|[^\\W\\d_{_UNSPACED_CHARS}]+")
# Prose in a language with a stop-word list has a fifth to a third of its words in it (never under 0.13
# on the corpus but for a page of sports results); below this
# share the best list only matched the odd short word of another language.
_SURE_STOPWORD_SHARE = 0.12
# ... or, where menus, names and numbers dilute the prose, this many of its different stop words:
# a related language shares a few ("a", "na", "do"), not a dozen.
_SURE_DISTINCT_STOPWORDS = 12
# A short text in the language uses a few different ones; Hungarian's article "a" is one English word.
_FEWEST_DISTINCT_STOPWORDS = 4
_CODE_MARK_SHARE = 0.02  # braces and semicolons per character, above which a block is code
# Letters only Ukrainian uses among the Cyrillic languages we know.
_UKRAINIAN_LETTERS = set("ієїґ")


def is_unspaced(text: str) -> bool:
    """The text holds Chinese or Japanese, which write no spaces between words."""
    return not text.isascii() and _UNSPACED.search(text) is not None


def words(text: str) -> list[str]:
    """The text's words, lower-cased. Chinese and Japanese write no spaces between words: their
    characters count two to a word (about the length of a word in either), so that a paragraph of
    them weighs what a paragraph of any other language does."""
    if not is_unspaced(text):
        return _WORD.findall(text.lower())
    return _WORD_OR_PAIR.findall(text.lower())


def lowered(text: str) -> str | None:
    """text.lower(), in which a pattern compiled without IGNORECASE finds what its IGNORECASE twin finds
    in the text (and runs several times faster); None where the text holds a letter the two fold
    differently (CASE_FOLD_EXOTIC: dotted capital I, dotless i, long s, old Cyrillic forms)."""
    return text.lower() if CASE_FOLD_EXOTIC.search(text) is None else None


def case_blind_search(
    case_blind: re.Pattern[str], on_lower: re.Pattern[str], text: str, lower: str | None
) -> bool:
    """Whether `case_blind` (IGNORECASE) matches in `text`, asked of `on_lower`, its twin without
    IGNORECASE, in `lower` = lowered(text) where there is one."""
    return (on_lower.search(lower) if lower is not None else case_blind.search(text)) is not None


def looks_like_code(text: str) -> bool:
    """A style sheet's or script's text left in the dump ("{ position: relative; }", "function(){...}"):
    English keywords in no language of the page, which must not name it."""
    return sum(text.count(ch) for ch in "{};") > _CODE_MARK_SHARE * len(text)


def stopword_hits(tokens: list[str]) -> Counter[str]:
    hits: Counter[str] = Counter()
    counts = Counter(tokens)  # each distinct word looked up once per language, not once per use
    for lang, vocab in STOPWORDS.items():
        hits[lang] = sum(counts[t] for t in counts.keys() & vocab)
    return hits


def detect_languages(text: str, *, limit: int = 40_000) -> tuple[str, ...]:
    """Languages of the page, most likely first; empty when there is too little text."""
    return identify_languages(text, limit=limit)[0]


def identify_languages(text: str, *, limit: int = 40_000) -> tuple[tuple[str, ...], bool]:
    """(the page's languages, most likely first; whether the first is sure). A page in a language no
    stop-word list here covers (Turkish, Czech, Indonesian) still shares a few short words with one:
    those are a guess to choose word lists by, not the page's language to report."""
    sample = text[:limit]
    by_script = script_language(sample)
    if by_script is not None:
        return (by_script,), True
    tokens = words(sample)
    if len(tokens) < 3:
        return (), False
    hits = stopword_hits(tokens)
    cyrillic = sum(1 for t in tokens if "а" <= t[0] <= "я" or t[0] in "ёієїґ")
    in_cyrillic = cyrillic * 2 > len(tokens)
    if in_cyrillic:
        for lang in list(hits):
            if lang not in CYRILLIC_LANGS:
                del hits[lang]
        other = _unlisted_cyrillic(tokens)
        if other is not None:
            return (other, "ru"), True
        ukr = sum(1 for t in tokens for ch in t if ch in _UKRAINIAN_LETTERS)
        if ukr > len(tokens) * 0.03:
            hits["uk"] += len(tokens)
    ranked = [lang for lang, n in hits.most_common() if n > 0]
    if not ranked:
        return (), False
    best = hits[ranked[0]]
    # Keep a second language when the page really mixes them (e.g. an English page with Russian notices).
    found = tuple(lang for lang in ranked[:3] if hits[lang] >= best * 0.35)
    distinct = len(set(tokens) & STOPWORDS.get(ranked[0], frozenset()))
    # Cyrillic text is Russian unless letters Russian lacks say otherwise (checked above).
    sure = (
        in_cyrillic
        or distinct >= _SURE_DISTINCT_STOPWORDS
        or (best >= _SURE_STOPWORD_SHARE * len(tokens) and distinct >= _FEWEST_DISTINCT_STOPWORDS)
    )
    return found, sure


def _unlisted_cyrillic(tokens: list[str]) -> str | None:
    """Macedonian, Serbian, Belarusian, Kazakh or Bulgarian, by the letters that tell each from
    Russian; None for Russian and Ukrainian (or too few words to tell)."""
    if len(tokens) < 20:
        return None
    least = CYRILLIC_MARKER_SHARE * len(tokens)
    for lang, letters in CYRILLIC_MARKERS:
        if sum(1 for t in tokens if any(ch in letters for ch in t)) > least:
            return lang
    with_vowel = sum(1 for t in tokens if BULGARIAN_VOWEL in t)
    russian = sum(1 for t in tokens if any(ch in RUSSIAN_ONLY for ch in t))
    if with_vowel > least and russian < least / 4:
        return "bg"
    return None


def script_language(text: str) -> str | None:
    """The language a page's writing system names ("ja", "zh", "ko", "ar", ...), when most of its
    letters are in one no stop-word list covers; None for Latin and Cyrillic text, or too little."""
    text = text[:_SCRIPT_SAMPLE]
    if _LISTED_SCRIPT.search(text) is None:
        return None
    letters = sum(1 for ch in text if ch.isalpha())
    if letters < 20:
        return None
    counts = {name: len(pattern.findall(text)) for name, pattern in SCRIPT_LANGUAGES}
    han, kana = counts.pop("han"), counts.pop("kana")
    if han + kana >= SCRIPT_SHARE * letters:
        return "ja" if kana > KANA_SHARE * (han + kana) else "zh"
    name, n = max(counts.items(), key=lambda item: item[1])
    if n < SCRIPT_SHARE * letters:
        return None
    if name == "ar":
        if len(URDU_LETTERS.findall(text)) > ARABIC_VARIANT_SHARE * n:
            return "ur"
        if len(PERSIAN_LETTERS.findall(text)) > ARABIC_VARIANT_SHARE * n:
            return "fa"
    return name


def stopword_density(tokens: list[str], language: str | None) -> float:
    if not tokens or language not in STOPWORDS:
        return 0.0
    vocab = STOPWORDS[language]
    return sum(1 for t in tokens if t in vocab) / len(tokens)
