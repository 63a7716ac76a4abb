"""The pipeline: normalise -> blocks -> classify -> field parsers -> assemble.

`parse` is the library's front door; every stage below it is a pure function.
"""

from __future__ import annotations

from datetime import datetime

from newsparse.blocks import build_blocks, estimate_wrap_width, is_fragmented
from newsparse.classify import Analysis, classify
from newsparse.lang import detect_languages
from newsparse.model import Article, Block, Document, Label, Segment
from newsparse.normalize import normalize_text, peel_lines
from newsparse.sidebar import build_item
from newsparse.timestamps import document_context


def build_document(text: str) -> Document:
    """Stages 1-2: normalised lines and blocks, plus what the page's shape says about its converter."""
    text = normalize_text(text)
    lines, markdown = peel_lines(text)
    width = estimate_wrap_width(lines)
    fragmented = is_fragmented(lines)
    blocks = build_blocks(lines, wrap_width=width, fragmented=fragmented)
    languages = detect_languages(" ".join(b.text for b in blocks if len(b.text) > 40) or text)
    return Document(
        text=text,
        lines=lines,
        blocks=blocks,
        language=languages[0] if languages else None,
        languages=languages,
        fragmented=fragmented,
        markdown=markdown,
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


def _segments(blocks: list[Block]) -> list[Segment]:
    """Contiguous blocks with one label merge into one segment; every non-blank line is in exactly one."""
    segments: list[Segment] = []
    for b in blocks:
        last = segments[-1] if segments else None
        if last is not None and last.label == b.label and b.label not in (Label.TITLE, Label.TIMESTAMP):
            last.end_line = b.end_line
            last.confidence = min(last.confidence, b.confidence)
        else:
            segments.append(Segment(b.label, b.start_line, b.end_line, b.confidence))
    return segments


def assemble(doc: Document, analysis: Analysis, source: str | None) -> Article:
    blocks = doc.blocks
    article = Article(source=source, language=doc.language)
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
    article.legal = [analysis.legal[i] for i in sorted(analysis.legal)]
    for item in analysis.sidebar_items:
        date = analysis.dates.get(item[0])
        rest = item[1:] if date else item
        article.sidebar.append(build_item([blocks[j] for j in rest], date.timestamp if date else None))
    article.segments = _segments(blocks)
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
