"""The typed document model every pipeline stage reads and writes.

Stages are pure functions over these dataclasses; nothing here does I/O.
Line numbers are always 1-based lines of the input text (split on newlines
after CR/CRLF normalisation), so a user can find every field in the original file.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

SCHEMA_ID = "newsparse/1"


class Label(StrEnum):
    """What a block of the page is. The string values are part of the output schema."""

    TIMESTAMP = "timestamp"
    TITLE = "title"
    BODY = "body"
    BYLINE = "byline"
    LEGAL = "legal"
    SIDEBAR = "sidebar"
    NAVIGATION = "navigation"
    CAPTION = "caption"
    OTHER = "other"


@dataclass(slots=True)
class Line:
    """One input line after normalisation, with converter markup peeled off."""

    number: int  # 1-based input line number
    raw: str  # normalised line, indentation kept
    text: str  # visible text: no bullet, no Markdown marks, stripped
    indent: int = 0
    bullet: str | None = None  # the list mark that opened the line, if any
    heading: int = 0  # Markdown heading level (html2text "# "), 0 if none
    heading_runs_on: bool = False  # the rest of the heading above, wrapped (lynx centres each line)
    link_chars: int = 0  # characters of text that sat inside a hyperlink
    image: bool = False  # the line was an image (Markdown ![alt](src))
    lead_space: bool = False  # raw line began with whitespace before its text
    trail_space: bool = False  # raw line ended with whitespace
    author_link: str = ""  # the text of a link to an author's archive page (Markdown keeps addresses)

    @property
    def blank(self) -> bool:
        return not self.text


@dataclass(slots=True)
class Block:
    """A logical line: one or more input lines re-joined (hard wraps, inline fragments).

    Blocks are the unit of classification. `group` numbers runs of blocks not
    separated by a blank line, which is how converters show paragraph boundaries.
    """

    index: int
    start_line: int
    end_line: int
    text: str
    line_numbers: list[int]
    group: int = 0
    gap_before: int = 0  # 1 where blank lines part it from the previous block, else 0
    indent: int = 0
    bullet: str | None = None
    heading: int = 0
    link_chars: int = 0
    image: bool = False
    label: Label = Label.OTHER
    confidence: float = 0.0


@dataclass(slots=True)
class Timestamp:
    text: str
    iso: str
    line: int
    relative: bool = False
    updated: str | None = None  # ISO time the page says it was updated, kept apart
    tz_source: str = "none"  # "text" | "option" | "none"
    ambiguous: bool = False  # numeric day/month order could not be settled from the text

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Author:
    name: str
    role: str | None = None
    affiliation: str | None = None


@dataclass(slots=True)
class Byline:
    text: str
    authors: list[Author]
    line: int
    organization: str | None = None


@dataclass(slots=True)
class LegalNotice:
    kind: str
    text: str
    line: int
    language: str | None = None
    subject: str | None = None  # the foreign agent or banned organisation named
    marked: list[str] = field(default_factory=list)  # names in the text carrying this footnote's asterisks
    holder: str | None = None  # copyright holder
    year: str | None = None  # copyright year or range
    end_line: int | None = None


@dataclass(slots=True)
class SidebarItem:
    line: int
    timestamp: Timestamp | None = None
    headline: str | None = None
    summary: str | None = None
    caption: str | None = None


@dataclass(slots=True)
class Segment:
    label: Label
    start_line: int
    end_line: int
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": str(self.label),
            "start_line": self.start_line,
            "end_line": self.end_line,
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Document:
    """The working state threaded through the pipeline stages."""

    text: str
    lines: list[Line]
    blocks: list[Block]
    language: str | None = None
    languages: tuple[str, ...] = ()
    language_sure: bool = True  # the first language is the page's, not a guess to choose word lists by
    fragmented: bool = False  # inline elements split onto their own lines (BeautifulSoup get_text("\n"))
    markdown: bool = False  # html2text-style Markdown marks were seen
    # No blank line parts the paragraphs (a browser's copy): the blocks' gaps are inferred.
    blankless: bool = False
    wrap_width: int | None = None


@dataclass(slots=True)
class Article:
    """The result of `newsparse.parse`: every field of the output schema."""

    source: str | None = None
    language: str | None = None
    kind: str = "article"  # "article" | "listing" | "empty"
    title: str | None = None
    timestamp: Timestamp | None = None
    byline: Byline | None = None
    body: str = ""
    legal: list[LegalNotice] = field(default_factory=list)
    sidebar: list[SidebarItem] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    title_line: int | None = None
    body_lines: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form, keys in schema order."""
        return {
            "schema": SCHEMA_ID,
            "source": self.source,
            "language": self.language,
            "kind": self.kind,
            "title": self.title,
            "timestamp": self.timestamp.to_dict() if self.timestamp else None,
            "byline": asdict(self.byline) if self.byline else None,
            "body": self.body,
            "legal": [asdict(n) for n in self.legal],
            "sidebar": [
                {
                    "timestamp": item.timestamp.to_dict() if item.timestamp else None,
                    "headline": item.headline,
                    "summary": item.summary,
                    "caption": item.caption,
                    "line": item.line,
                }
                for item in self.sidebar
            ],
            "segments": [s.to_dict() for s in self.segments],
            "warnings": list(self.warnings),
        }
