"""Page chrome added by whoever served or saved the page, not by the site: a web archive's toolbar,
the server's error messages, the text of scripts and style sheets a converter left in.

A toolbar's text (a crawl's description, a calendar of captures) reads like prose and sits above the
headline, and a PHP warning at the page's top looks like a headline, so the models would take them
for the article; they are recognised by their fixed labels and shapes instead.
"""

from __future__ import annotations

from newsparse.data.boilerplate import (
    ARCHIVE_TOOLBAR_ANCHOR,
    ARCHIVE_TOOLBAR_HEAD,
    ARCHIVE_TOOLBAR_TAIL,
    SERVER_MESSAGE,
)
from newsparse.data.markup import SCRIPT_CODE, STYLE_MARK_SHARE, STYLE_RULE
from newsparse.model import Block

_HEAD_REACH = 40  # blocks from the page's top where the toolbar's "COLLECTED BY" may stand
_TAIL_REACH = 30  # blocks from "COLLECTED BY" to the toolbar's last line ("TIMESTAMPS", "loading")


def archive_toolbar(blocks: list[Block]) -> set[int]:
    """Indices of the Wayback Machine toolbar's blocks at the page's top, or an empty set.

    Only a toolbar that shows both its "COLLECTED BY" section and its closing "TIMESTAMPS" (or
    "loading") line counts: an article quoting one of the labels is left alone.
    """
    anchor = next(
        (b.index for b in blocks[:_HEAD_REACH] if ARCHIVE_TOOLBAR_ANCHOR.match(b.text)),
        None,
    )
    if anchor is None:
        return set()
    end = next(
        (
            b.index
            for b in blocks[anchor + 1 : anchor + 1 + _TAIL_REACH]
            if ARCHIVE_TOOLBAR_TAIL.match(b.text)
        ),
        None,
    )
    if end is None:
        return set()
    # "TIMESTAMPS" and "loading" both close it in some dumps, one under the other.
    while end + 1 < len(blocks) and ARCHIVE_TOOLBAR_TAIL.match(blocks[end + 1].text):
        end += 1
    head = next((b.index for b in blocks[:anchor] if ARCHIVE_TOOLBAR_HEAD.match(b.text)), anchor)
    return set(range(head, end + 1))


def server_messages(blocks: list[Block]) -> set[int]:
    """Indices of blocks that are error messages the server printed into the page ("Warning: ... in
    /www/wp-config.php on line 12")."""
    return {b.index for b in blocks if SERVER_MESSAGE.match(b.text)}


def script_text(blocks: list[Block]) -> set[int]:
    """Indices of blocks that are a script's or a style sheet's text ("(adsbygoogle = window.adsbygoogle
    || []).push({});", ".nav{display:none}"): a dump of the page's source, not its words."""
    return {b.index for b in blocks if _is_code(b.text)}


def _is_code(text: str) -> bool:
    if ("(" in text or "{" in text or "=" in text) and SCRIPT_CODE.search(text):
        return True
    if "{" in text and STYLE_RULE.search(text):
        return sum(text.count(ch) for ch in "{};") > STYLE_MARK_SHARE * len(text)
    return False
