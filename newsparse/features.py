"""Per-block layout and language features: the evidence the classifier weighs.

Pure and cheap: one pass over the blocks, regexes compiled once.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from newsparse.data import boilerplate
from newsparse.lang import words
from newsparse.model import Block

_SENTENCE_END = re.compile(r"[.!?…。][\"'»”’)\]]*$")
_SENTENCE_INNER = re.compile(r"[.!?…][\"'»”’)]*\s+[\"'«“‘(]*[A-ZА-ЯЁÀ-Ý]")
_UPPER = re.compile(r"[A-ZА-ЯЁÀ-Ý]")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net|html?)\b", re.IGNORECASE)


@dataclass(slots=True)
class BlockFeatures:
    n_words: int
    n_chars: int
    stop_density: float
    ends_sentence: bool
    sentences: int
    link_ratio: float
    upper_ratio: float  # capitalised words among words
    caps_ratio: float  # upper-case letters among letters
    digit_ratio: float
    bullet: bool
    heading: int
    repeated: int  # times the same text occurs elsewhere in the page
    url: bool
    boilerplate_hit: bool  # matches a known furniture phrase ("Share this", "Advertisement"...)
    caption_hit: bool  # "Photo: ...", "Image credit ..."
    position: float  # 0 at the top of the page, 1 at the bottom


def block_features(
    blocks: list[Block], language: str | None, stopwords: frozenset[str]
) -> list[BlockFeatures]:
    counts = Counter(b.text.casefold() for b in blocks)
    n = max(1, len(blocks) - 1)
    out: list[BlockFeatures] = []
    for b in blocks:
        text = b.text
        toks = words(text)
        n_words = len(toks)
        letters = len(_LETTER.findall(text))
        out.append(
            BlockFeatures(
                n_words=n_words,
                n_chars=len(text),
                stop_density=(sum(1 for t in toks if t in stopwords) / n_words) if n_words else 0.0,
                ends_sentence=bool(_SENTENCE_END.search(text)),
                sentences=len(_SENTENCE_INNER.findall(text)) + (1 if _SENTENCE_END.search(text) else 0),
                link_ratio=min(1.0, b.link_chars / len(text)) if text else 0.0,
                upper_ratio=(sum(1 for w in text.split() if w[:1].isupper()) / max(1, len(text.split()))),
                caps_ratio=(len(_UPPER.findall(text)) / letters) if letters else 0.0,
                digit_ratio=len(_DIGIT.findall(text)) / max(1, len(text)),
                bullet=b.bullet is not None,
                heading=b.heading,
                repeated=counts[text.casefold()] - 1,
                url=bool(_URL.search(text)) and n_words < 12,
                boilerplate_hit=boilerplate.FURNITURE.search(text) is not None and n_words < 30,
                caption_hit=boilerplate.CAPTION.search(text) is not None and n_words < 40,
                position=b.index / n,
            )
        )
    return out


def prose_score(f: BlockFeatures) -> float:
    """How much a block reads like article prose, in 'word' units: positive for prose, negative for furniture.

    Used as the emission score of the contiguous-run search: a long paragraph pulls the
    article window towards it; menus, link lists and short fragments push it away.
    """
    if f.n_words == 0:
        return -2.0
    score = 0.0
    if f.n_words >= 8:
        score += f.n_words * (0.4 + 2.2 * f.stop_density)
    else:
        score -= 3.0 - f.n_words * 0.2
    if f.ends_sentence:
        score += 4.0
    score -= f.n_words * 2.0 * f.link_ratio
    if f.bullet:
        score -= 4.0 + (f.n_words if f.n_words < 12 else 0)
    if f.boilerplate_hit:
        score -= 10.0 + f.n_words
    if f.caption_hit:
        score -= 6.0 + f.n_words * 0.5
    if f.repeated:
        score -= 6.0 + f.n_words * 0.5
    if f.url:
        score -= 5.0
    if f.caps_ratio > 0.6 and f.n_words > 3:
        score -= f.n_words * 0.5
    return score
