"""Field parser: bylines. Turns "Author: X, CK correspondent" into structured names and roles."""

from __future__ import annotations

import re

from newsparse.data import bylines as patterns
from newsparse.model import Author, Byline

_NAME_WORD = re.compile(r"^[A-ZА-ЯЁ][\w'’.\-]*$")


def _looks_like_name(text: str) -> bool:
    parts = text.split()
    return 1 <= len(parts) <= 5 and all(_NAME_WORD.match(p) for p in parts)


def parse_byline(text: str, line: int) -> Byline | None:
    """A Byline when `text` is one, else None."""
    label = patterns.BYLINE_LABEL.match(text)
    if not label or len(text) > 200:
        return None
    rest = text[label.end() :].strip().rstrip(".")
    authors: list[Author] = []
    for chunk in patterns.NAME_SPLIT.split(rest):
        name, _, role = chunk.partition(",")
        name = name.strip()
        if _looks_like_name(name):
            authors.append(Author(name=name, role=role.strip() or None))
        elif authors and chunk.strip() and authors[-1].role is None:
            # A trailing role attached to the previous name ("X, CK correspondent").
            authors[-1].role = chunk.strip()
    if not authors:
        return None
    return Byline(text=text, authors=authors, line=line)
