"""Field parser: sidebar headline lists (other stories, each with timestamp, headline, summary).

The classifier groups blocks into items and takes each item's date out; `build_item` decides
which remaining block is the headline, which the summary and which a picture caption, in
whatever order the page printed them. `is_list_furniture` tells navigation phrases ("All news",
"Архив новостей", "Load more") from headlines, for the classifier and for `build_item` itself.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsparse.data import boilerplate
from newsparse.data import sidebar as patterns
from newsparse.model import Block, SidebarItem, Timestamp

_SUMMARY_MIN_WORDS = 18  # a headline rarely runs longer; a teaser paragraph rarely shorter
_HEADLINE_MAX_WORDS = 30  # beyond this, even an unpunctuated line is a teaser
_FURNITURE_MAX_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?…»”\"]$")

__all__ = ["build_item", "is_list_furniture", "split_caption"]


def is_list_furniture(text: str) -> bool:
    """True for navigation phrases of story lists ("All news", "Все новости", "Load more",
    "News archive »"), in any of the languages in newsparse/data/sidebar.py."""
    core = patterns.FURNITURE_DECORATION.sub("", text).strip()
    core = re.sub(r"\s+", " ", core)
    if not core or len(core.split()) > _FURNITURE_MAX_WORDS:
        return False
    return bool(patterns.LIST_FURNITURE.match(core))


def split_caption(text: str) -> tuple[str | None, str]:
    """(caption, rest) for a picture credit glued in front of a headline; (None, text) when the
    text does not open with a credit or its end cannot be found."""
    label = patterns.CREDIT_LABEL.match(text)
    if not label:
        return None, text
    pos = label.end()
    # The credited name: a known outlet ("Фото: ТАСС"), or one or two capitalised words (a person).
    outlet = patterns.CREDIT_OUTLETS.match(text, pos)
    end = outlet.end() if outlet else _name_end(text, pos, max_words=2)
    if end is None:
        return None, text
    link = patterns.CREDIT_LINK.match(text, end)
    if link and link.end() > end:
        outlet = patterns.CREDIT_OUTLETS.match(text, link.end())
        if outlet:
            end = outlet.end()
        else:
            after = _name_end(text, link.end(), max_words=2)
            if after is None:
                return None, text
            end = after
    else:
        # A known outlet right after the name counts as part of the credit too.
        outlet = patterns.CREDIT_OUTLETS.match(text, end + 1) if text[end : end + 1] == " " else None
        if outlet and outlet.end() < len(text):
            end = outlet.end()
    caption, rest = text[:end].strip(" ,;"), text[end:].strip(" ,;:—–-")
    # The headline must remain and look like one: capitalised, more than a word or two.
    if len(rest.split()) < 2 or not rest[0].isupper() and not rest[0].isdigit():
        return None, text
    return caption, rest


def _name_end(text: str, pos: int, *, max_words: int) -> int | None:
    """End of a run of 1..max_words capitalised words at `pos` that leaves more text after it."""
    end: int | None = None
    i = pos
    for _ in range(max_words):
        while i < len(text) and text[i] == " ":
            i += 1
        word = patterns.CAPITALISED.match(text, i)
        if not word:
            break
        end = i = word.end()
    return end


def _is_caption(b: Block) -> bool:
    return b.image or bool(boilerplate.CAPTION.search(b.text)) and len(b.text.split()) <= 25


def _headline_score(b: Block) -> float:
    """How much a block looks like an item's headline rather than its teaser."""
    n = len(b.text.split())
    if n >= _HEADLINE_MAX_WORDS:
        return -1.0
    score = 0.0
    if b.heading:
        score += 3.0
    if b.link_chars and b.link_chars >= len(b.text) * 0.6:
        score += 2.0
    if b.bullet:
        score += 1.0
    if not _SENTENCE_END.search(b.text) or b.text.endswith(("?", "!")):
        score += 1.0
    if n < _SUMMARY_MIN_WORDS:
        score += 2.0
    return score


def build_item(blocks: list[Block], timestamp: Timestamp | None) -> SidebarItem:
    """One list entry from its blocks (date line, if any, already removed).

    Blocks may come in any order (date, headline, teaser; teaser first; headline only). Navigation
    phrases are dropped, a picture caption is kept apart, and a caption glued in front of the
    headline is split off.
    """
    lines = [b.start_line for b in blocks] + ([timestamp.line] if timestamp else [])
    item = SidebarItem(line=min(lines) if lines else 0, timestamp=timestamp)
    captions: list[str] = []
    rest: list[Block] = []
    glued: set[int] = set()  # indices in `rest` of headlines freed from a glued-on credit
    for b in blocks:
        if not b.text.strip() or is_list_furniture(b.text):
            continue
        caption, text = split_caption(b.text)
        if caption is not None:
            captions.append(caption)
            glued.add(len(rest))
            rest.append(replace(b, text=text))
        elif _is_caption(b):
            captions.append(b.text)
        else:
            rest.append(b)
    if captions:
        item.caption = " ".join(captions)
    if not rest:
        return item
    scored = [(_headline_score(b) + (3.0 if k in glued else 0.0), -k, b) for k, b in enumerate(rest)]
    best_score, _, best = max(scored, key=lambda t: (t[0], t[1]))
    headline: Block | None = best if best_score > 0 or len(rest) > 1 else None
    if headline is None and len(best.text.split()) < _SUMMARY_MIN_WORDS:
        headline = best  # a lone short line is a headline whose link text survived
    if headline is not None:
        item.headline = headline.text
    summary = [b.text for b in rest if b is not headline]
    if summary:
        item.summary = " ".join(summary)
    return item


def is_related_heading(text: str) -> bool:
    """'Related stories', 'Читайте также', 'À lire aussi'...: the blocks under it are other stories."""
    return len(text) <= 60 and patterns.RELATED_HEADING.match(text.strip(" ▸►»›>•*#")) is not None
