"""Field parser: sidebar headline lists (other stories, each with timestamp, headline, summary)."""

from __future__ import annotations

from newsparse.model import Block, SidebarItem, Timestamp

_SUMMARY_MIN_WORDS = 18


def build_item(blocks: list[Block], timestamp: Timestamp | None) -> SidebarItem:
    """One list entry from its blocks (date line, if any, already removed)."""
    line = timestamp.line if timestamp else (blocks[0].start_line if blocks else 0)
    item = SidebarItem(line=line, timestamp=timestamp)
    for b in blocks:
        long = len(b.text.split()) >= _SUMMARY_MIN_WORDS
        if item.headline is None and not long:
            item.headline = b.text
        elif item.summary is None and (long or item.headline is not None):
            item.summary = b.text
        elif item.summary is not None:
            item.summary = f"{item.summary} {b.text}"
        else:
            item.headline = b.text
    return item
