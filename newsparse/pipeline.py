"""The pipeline: normalise -> blocks -> classify -> field parsers -> assemble.

`parse` is the library's front door; every stage below it is a pure function.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import datetime

from newsparse.blocks import build_blocks, estimate_wrap, is_blankless, is_fragmented
from newsparse.classify import Analysis, classify
from newsparse.lang import identify_languages, looks_like_code
from newsparse.legal import mark_footnotes
from newsparse.model import Article, Block, Document, Label, Line, Segment, Timestamp
from newsparse.normalize import count_underlined_as_links, normalize_text, peel_lines, underlined_chars
from newsparse.sidebar import build_item
from newsparse.timestamps import DateMatch, document_context

_SHORT_PROSE = 2_000  # characters of long blocks, under which a page's language is judged on all its text


def build_document(text: str) -> Document:
    """Stages 1-2: normalised lines and blocks, plus what the page's shape says about its converter."""
    underlined = underlined_chars(text)
    text = normalize_text(text)
    lines, markdown = peel_lines(text)
    if underlined:
        count_underlined_as_links(lines, underlined)
    width, by_chars = estimate_wrap(lines, markdown=markdown)
    fragmented = is_fragmented(lines, wrap_width=width if markdown else None, by_chars=by_chars)
    blocks = build_blocks(lines, wrap_width=width, fragmented=fragmented, by_chars=by_chars)
    prose = " ".join(b.text for b in blocks if len(b.text) > 40 and not looks_like_code(b.text))
    languages, language_sure = identify_languages(prose or text)
    if not language_sure and len(prose) < _SHORT_PROSE:
        # BeautifulSoup's one-tag-per-line text has few long blocks: the whole page may settle it.
        whole, whole_sure = identify_languages(text)
        language_sure = whole_sure and whole[:1] == languages[:1]
    return Document(
        text=text,
        lines=lines,
        blocks=blocks,
        language=languages[0] if languages else None,
        languages=languages,
        language_sure=language_sure,
        fragmented=fragmented,
        markdown=markdown,
        blankless=is_blankless(lines),
        wrap_width=width,
    )


def _body_text(blocks: list[Block], indices: list[int], fragmented: bool) -> str:
    """Paragraphs joined by blank lines; blocks of one group (no blank line between) stay one paragraph
    only where the converter split inline elements apart."""
    paragraphs: list[str] = []
    last_group = None
    for i in indices:
        b = blocks[i]
        if fragmented and paragraphs and b.group == last_group:
            paragraphs[-1] = f"{paragraphs[-1]} {b.text}"
        else:
            paragraphs.append(b.text)
        last_group = b.group
    return "\n\n".join(paragraphs)


_DATE_HEADLINE_SEPARATOR = re.compile(r"^[\s\-–—|:·,]+")
# What stands between a headline and the date printed after it, and what closes that date.
_HEADLINE_DATE_SEPARATOR = re.compile(r"[\s\-–—|:·,(（\[]+$")
_DATE_CLOSERS = " \t)）]"


def _edge_date(block: Block, found: list[DateMatch]) -> tuple[Timestamp | None, Block]:
    """'28.02.2024 – Headline', 'Headline (2 October 2019)': the item's date, and the block with the
    headline alone."""
    if not found:
        return None, block
    first, last = found[0], found[-1]
    if first.start <= 1:
        rest = _DATE_HEADLINE_SEPARATOR.sub("", block.text[first.end :])
        return (first.timestamp, replace(block, text=rest)) if rest else (None, block)
    if block.text[last.end :].strip(_DATE_CLOSERS):
        return None, block
    rest = _HEADLINE_DATE_SEPARATOR.sub("", block.text[: last.start])
    return (last.timestamp, replace(block, text=rest)) if rest else (None, block)


def _segments(blocks: list[Block], lines: list[Line]) -> list[Segment]:
    """Contiguous blocks with one label merge into one segment; every non-blank line is in exactly one.
    A line of markup alone (a Markdown rule, a pandoc fence, an icon's empty link) holds no text and
    is in no block: it goes with the blocks around it where both have one label, else it is "other"."""
    spans = [(b.start_line, b.end_line, b.label, b.confidence) for b in blocks]
    markup_only = [ln.number for ln in lines if not ln.text and ln.raw.strip()]
    if markup_only:
        starts = [b.start_line for b in blocks]
        for n in markup_only:
            k = bisect.bisect_left(starts, n)  # blocks[k] is the first block after the line
            if k > 0 and blocks[k - 1].end_line >= n:
                continue  # inside a block's span already: its segment holds it
            before = blocks[k - 1].label if k > 0 else None
            after = blocks[k].label if k < len(blocks) else None
            joins = before is not None and before == after and before not in (Label.TITLE, Label.TIMESTAMP)
            label = before if joins and before is not None else Label.OTHER
            spans.append((n, n, label, _MARKUP_LINE_CONFIDENCE))
        spans.sort(key=lambda span: span[0])
    segments: list[Segment] = []
    for start, end, label, confidence in spans:
        last = segments[-1] if segments else None
        if last is not None and last.label == label and label not in (Label.TITLE, Label.TIMESTAMP):
            last.end_line = end
            last.confidence = min(last.confidence, confidence)
        else:
            segments.append(Segment(label, start, end, confidence))
    return segments


_MARKUP_LINE_CONFIDENCE = 0.5


def assemble(doc: Document, analysis: Analysis, source: str | None) -> Article:
    blocks = doc.blocks
    # A guess that only chose the word lists is not reported as the page's language.
    article = Article(source=source, language=doc.language if doc.language_sure else None)
    if not blocks:
        article.kind = "empty"
        article.warnings.append("empty input: no text found")
        return article
    if analysis.title is not None:
        article.title = analysis.title_text or blocks[analysis.title].text
        article.title_line = blocks[analysis.title].start_line
    if analysis.timestamp_match is not None:
        article.timestamp = analysis.timestamp_match.timestamp
    if analysis.byline_value is not None:
        article.byline = analysis.byline_value
    article.body = _body_text(blocks, analysis.body, doc.fragmented)
    article.body_lines = [n for i in analysis.body for n in blocks[i].line_numbers]
    article.legal = mark_footnotes([analysis.legal[i] for i in sorted(analysis.legal)], doc.text)
    for item in sorted(analysis.sidebar_items):
        dated = next((j for j in item if j in analysis.dates), None)
        rest = [blocks[j] for j in item if j != dated]
        stamp = analysis.dates[dated].timestamp if dated is not None else None
        if stamp is None and rest:
            stamp, rest[0] = _edge_date(rest[0], analysis.dates_inside.get(rest[0].index, []))
        article.sidebar.append(build_item(rest, stamp))
    article.segments = _segments(blocks, doc.lines)
    if article.timestamp is not None and article.timestamp.ambiguous:
        article.warnings.append(
            f"ambiguous date {article.timestamp.text!r}: day/month order guessed as in "
            f"{article.timestamp.iso[:10]}; use --date-order to settle it"
        )
    if not article.body:
        article.kind = "listing" if article.sidebar else "article"
        article.warnings.append("no article body found")
    if article.title is None:
        article.warnings.append("no title found")
    if article.timestamp is None:
        article.warnings.append("no timestamp found")
    return article


def parse(
    text: str,
    *,
    source: str | None = None,
    now: datetime | None = None,
    tz: str | None = None,
    date_order: str | None = None,
) -> Article:
    """Parse one raw scrape into an Article."""
    doc = build_document(text)
    ctx = document_context(
        [b.text for b in doc.blocks if len(b.text) < 300],
        languages=doc.languages,
        now=now,
        tz=tz,
        date_order=date_order,
    )
    analysis = classify(doc, ctx)
    return assemble(doc, analysis, source)
