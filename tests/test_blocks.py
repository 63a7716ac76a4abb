"""Blocks and paragraph groups, for converters that mark paragraphs with blank lines and for those
that do not (a browser's copy)."""

from __future__ import annotations

from newsparse.blocks import build_blocks
from newsparse.normalize import peel_lines

PROSE = "The council met on Tuesday evening to decide the future of the old harbour warehouse."


def _groups(text: str) -> list[int]:
    lines, _ = peel_lines(text)
    return [b.group for b in build_blocks(lines, wrap_width=None, fragmented=False)]


def test_blankless_copy_sets_paragraphs_apart_and_keeps_menus_together() -> None:
    menu = ["Home", "News", "Sport", "Weather"]
    text = "\n".join([*menu, PROSE, PROSE, *menu] * 3)
    groups = _groups(text)
    assert groups[0] == groups[1] == groups[2] == groups[3]  # the menu is one run
    assert groups[4] != groups[3] and groups[5] != groups[4]  # each paragraph stands apart
    assert groups[6] != groups[5] and groups[6] == groups[7]


def test_blank_lines_decide_when_present() -> None:
    text = "\n\n".join([PROSE] * 5) + "\n" + "\n".join(["Home", "News"] * 10)
    groups = _groups(text)
    assert len(set(groups[:5])) == 5
    assert groups[5] == groups[4]  # no blank line: same group, as the converter printed it
