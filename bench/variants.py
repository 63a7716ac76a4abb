#!/usr/bin/env python3
"""Robustness benchmark: newsparse on converter shapes the development corpus does not have.

The held-out judging set is dumped by other converters. This script derives such shapes from the
development corpus by rewriting each scrape the way another tool would print the same page, scores
newsparse on them with ../shared/tools/score.py, and prints each variant beside the converter it
was derived from: a large drop means a rule leans on one converter's habits.

    python bench/variants.py            # all variants
    python bench/variants.py --keep     # keep the derived scrapes (printed path) for inspection

Variants (derived, so only approximations of the real tools):
  lynx-like      from inscriptis: re-wrapped at 74 columns, 3-space indent, "*" bullets
  lynx-refs      from html2text: links numbered in place ("[12]Home"), a References list at the
                 end, Markdown marks removed, re-wrapped as lynx-like, headings as lynx sets them
                 (h1 centred, h2 at the margin, h3-h6 indented 2-8 columns)
  browser-copy   from inscriptis: one line per block, no blank lines, no indentation
  soup-strip     from soup: BeautifulSoup's get_text("\n", strip=True), every link and emphasis on
                 a line of its own with no space left at the cut, no blank lines
  md-setext      from html2text: headings underlined with === and --- (markdownify's default)
  crlf-nbsp      from w3m: CRLF line ends and no-break spaces
  md-wrapped     from html2text: paragraphs wrapped at 78 columns (html2text's default body_width),
                 links broken across lines where they fall
  h2t-plain      from html2text: links, images, emphasis and heading marks removed (escapes kept,
                 as html2text prints them with --ignore-links --ignore-emphasis)
  h2t-c          from html2text: as the C++ html2text (Debian's `html2text`) prints with its defaults:
                 "****** Headline ******", bold and links overstruck with backspaces, wrapped at 79
                 (its author_acc counts fewer pages: the scorer finds a gold name in the scrape only
                 where no backspace is struck through it)
  h2t-c-nobs     the same with -nobs: no backspaces
  html-to-text   from html2text: as the html-to-text package prints: "text [address]" links,
                 headings in capitals, " * " items, no emphasis, wrapped at 80 columns
  pandoc-md      from html2text: as pandoc -t markdown prints: fenced divs (":::") around the page
                 and each list, attributes on headings and pictures ("{#id}", "{width=...}"),
                 "-   " list items, "*" emphasis, wrapped at 72 columns
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import CORPUS, load_scorer, prediction  # noqa: E402

_PARAGRAPH = re.compile(r"\n\s*\n")
_MD_MARKS = re.compile(r"\*\*|__|^#+\s*|!?\[([^\]]*)\]\([^)]*\)", re.MULTILINE)
# A heading inside a list item keeps its list mark: "  * ## Story", "  4. # Headline".
_LISTED_HEADING_MARK = re.compile(r"^(\s*(?:[*+-]|\d{1,3}\.)\s+)#{1,6}\s+", re.MULTILINE)


# html2text's emphasis ("_Reuters_"); not a word's own underscore ("Liebe_r", "snake_case"), nor
# the underline a terminal strikes with backspaces ("_\bW_\bo"), as h2t-c marks its links.
_MD_EMPHASIS = re.compile(r"(?<![\w\\\x08])_(?=[^\s\x08])([^_\n\x08]+?)(?<=\S)_(?![\w\x08])")


def _unmark(text: str) -> str:
    """Markdown marks removed, as a converter that prints no Markdown would show the text."""
    unmarked = _MD_MARKS.sub(lambda m: m.group(1) or "", _LISTED_HEADING_MARK.sub(r"\1", text))
    return _MD_EMPHASIS.sub(r"\1", unmarked)


def lynx_like(text: str) -> str:
    out: list[str] = []
    for para in _PARAGRAPH.split(text):
        for line in (x.strip() for x in para.split("\n")):
            if not line:
                continue
            bullet = line.startswith(("* ", "• "))
            body = line[2:] if bullet else line
            wrapped = textwrap.wrap(body, 74) or [""]
            out.append(("     * " if bullet else "   ") + wrapped[0])
            out.extend((" " * 7 if bullet else "   ") + w for w in wrapped[1:])
        out.append("")
    return "\n".join(out)


_MD_LINK = re.compile(r"(!?)\[([^\]]*)\]\(([^)\s]*)[^)]*\)")


def lynx_refs(text: str) -> str:
    """lynx -dump: every link numbered in place ("[12]Home"), their addresses listed at the end;
    headings laid out by lynx's default style sheet (h1 centred, h2 at the margin, h3 to h6 indented
    2 to 8 columns, paragraphs 3)."""
    refs: list[str] = []

    def number(m: re.Match[str]) -> str:
        refs.append(m.group(3))
        return f"[{len(refs)}]{m.group(2)}" if not m.group(1) else f"[{len(refs)}]"

    pieces = []
    for para in _PARAGRAPH.split(_MD_LINK.sub(number, text)):
        heading = _LYNX_HEADING.match(para.strip())
        if heading:
            pieces.append(_lynx_heading(len(heading.group(1)), _unmark(heading.group(2)).strip()))
        elif para.strip():
            pieces.append(lynx_like(_unmark(para)))
    listing = [f"{k:4}. {url}" for k, url in enumerate(refs, 1)]
    return "\n".join(pieces) + ("\n\nReferences\n\n" + "\n".join(listing) + "\n" if refs else "")


# A Markdown heading alone in its paragraph (one line).
_LYNX_HEADING = re.compile(r"^(#{1,6})\s+([^\n]*?)\s*#*$")
_LYNX_COLUMNS = 79


def _lynx_heading(level: int, text: str) -> str:
    if level == 1:
        return (
            "\n".join(
                " " * ((_LYNX_COLUMNS - len(w)) // 2) + w for w in textwrap.wrap(text, _LYNX_COLUMNS) or [""]
            )
            + "\n"
        )
    indent = " " * (0 if level == 2 else 2 * (level - 2))
    return "\n".join(indent + w for w in textwrap.wrap(text, _LYNX_COLUMNS - len(indent)) or [""]) + "\n"


# Spaces only: "\s" at the end would eat the blank lines after the heading, which markdownify keeps.
_ATX_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)


def setext_markdown(text: str) -> str:
    """markdownify's default: headings underlined ("Title" over "=====", "Section" over "-----")."""

    def underline(m: re.Match[str]) -> str:
        title = m.group(2)
        return f"{title}\n{('=' if len(m.group(1)) == 1 else '-') * max(3, len(title))}"

    return _ATX_HEADING.sub(underline, text)


# html2text's defaults (body_width 78): paragraphs and quotations wrapped ("> " carried on), while
# headings, list items, tables and indented code keep one line each.
_MD_KEPT_WHOLE = re.compile(r"\s*(?:#|\||[*+-]\s|\d{1,3}\.\s)|    ")


def md_wrapped(text: str) -> str:
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= 78 or _MD_KEPT_WHOLE.match(line):
            out.append(line)
        else:
            carried = "> " if line.startswith("> ") else ""
            wrapped = textwrap.wrap(
                line, 78, break_long_words=False, break_on_hyphens=False, subsequent_indent=carried
            )
            out.extend(wrapped or [""])
    return "\n".join(out)


_H2T_BULLET = re.compile(r"^(\s*)[*+-]\s+")
_H2T_EMPHASIS = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_MD_IMAGE_END = re.compile(r"(!\[[^\]]*\]\([^)\s]*\))")
_HEADING_LINE = re.compile(r"^(#{1,6})\s+(.*?)\s*$")


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.casefold()).strip("-")[:40] or "section"


def pandoc_markdown(text: str) -> str:
    """pandoc -f html -t markdown: fenced divs around the page and each list (":::: {#page}", "::: {.menu}",
    ":::"), attributes on headings and pictures ("# Headline {#headline}", "![](a.jpg){width=\"640\"}"),
    "-   " list items, "*" emphasis, a backslash for a line break, wrapped at 72 columns (list items
    carried on 4 columns in)."""
    out = [":::: {#page .site}"]
    in_list = False
    for line in text.split("\n"):
        bullet = _H2T_BULLET.match(line)
        if bullet and not in_list:
            out += ["", "::: {.menu}"]
        elif not bullet and line.strip() and in_list:
            out += [":::", ""]
        if line.strip():
            in_list = bool(bullet)
        line = _MD_IMAGE_END.sub(r'\1{width="640" height="360"}', _H2T_EMPHASIS.sub(r"*\1*", line))
        if line.endswith("  "):
            line = line.rstrip() + "\\"
        heading = _HEADING_LINE.match(line)
        if heading:
            out.append(f"{heading.group(1)} {heading.group(2)} {{#{_slug(heading.group(2))}}}")
        elif bullet:
            indent = " " * (max(0, len(bullet.group(1)) // 2 - 1) * 4)  # html2text's "  * " is the top level
            rest = line[bullet.end() :]
            rows = textwrap.wrap(rest, 72 - len(indent) - 4, break_long_words=False, break_on_hyphens=False)
            out.extend((indent + ("-   " if k == 0 else "    ") + r) for k, r in enumerate(rows or [""]))
        elif len(line) > 72 and not line.startswith(("|", "    ")):
            out.extend(textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False))
        else:
            out.append(line)
    if in_list:
        out.append(":::")
    return "\n".join([*out, "::::", ""])


# A link's text may hold one level of brackets: a picture inside a link ("[![alt](pic.jpg)](/story/)")
# is rewritten with its link, the picture on the next pass.
_MD_LINK_OR_IMAGE = re.compile(r"(!?)\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*([^)\s]*)[^)]*\)")
_LINK_PASSES = 4  # enough for links nested three deep


def html_to_text(text: str) -> str:
    """The html-to-text package's defaults (npm; many crawlers): a link as its text and its address in
    brackets ("News [/news/]"), a picture as its alt text and address, headings in capitals with blank
    lines above, " * " list items, no emphasis, wrapped at 80 columns."""

    def link(m: re.Match[str]) -> str:
        label = m.group(2).strip()
        return f"{label} [{m.group(3)}]".strip() if m.group(3) else label

    out: list[str] = []
    # Links first, on the whole text: html2text wraps some over two lines. Nested ones from the inside
    # out, so that no "](" is left that the real tool would never print.
    unlinked = text
    for _ in range(_LINK_PASSES):
        unlinked = _MD_LINK_OR_IMAGE.sub(link, unlinked)
        if "](" not in unlinked:
            break
    for line in unlinked.split("\n"):
        heading = _HEADING_LINE.match(line)
        if heading:
            out += ["", "", _unmark(heading.group(2)).upper()]
            continue
        bullet = _H2T_BULLET.match(line)
        lead = " " * max(0, len(bullet.group(1)) - 1) + " * " if bullet else ""
        body = _unmark(line[bullet.end() :] if bullet else line).replace("\\", "")
        rows = textwrap.wrap(body, 80 - len(lead), break_long_words=False, break_on_hyphens=False)
        out.extend((lead if k == 0 else " " * len(lead)) + r for k, r in enumerate(rows or [""]))
    return "\n".join(out)


def browser_copy(text: str) -> str:
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


# get_text("\n", strip=True) strips each string and drops the empty ones: the same rewrite, applied to
# a get_text("\n") dump.
soup_strip = browser_copy


def crlf_nbsp(text: str) -> str:
    return text.replace(" ", "\u00a0", 50).replace("\n", "\r\n")


def h2t_plain(text: str) -> str:
    return _unmark(text)


_MD_BOLD = re.compile(r"\*\*(.+?)\*\*")
_MD_BULLET = re.compile(r"^\s*[*+-]\s+")


def _overstrike(text: str, mark: str | None) -> str:
    """A terminal's bold ("x\bx") or underline ("_\bx"), as C html2text prints without -nobs."""
    return "".join(f"{mark or ch}\b{ch}" if not ch.isspace() else ch for ch in text)


def h2t_c(text: str) -> str:
    """The other html2text (the C++ one Debian ships as `html2text`), as run with its defaults:
    headings framed by stars ("****** Headline ******" for h1, one star fewer per level; wrapped
    like any line), bold text
    and headings overstruck with backspaces, links underlined with them, images as "[alt]", list
    items "  * ", paragraphs wrapped at 79 columns."""
    out: list[str] = []
    for para in _PARAGRAPH.split(text):
        heading = _LYNX_HEADING.match(para.strip())
        if heading:
            stars = "*" * (7 - len(heading.group(1)))
            framed = f"{stars} {_unmark(heading.group(2)).strip()} {stars}"
            out.append("\n".join(_overstrike(row, None) for row in textwrap.wrap(framed, 79)))
            continue
        lines = []
        # Links first, on the whole paragraph: html2text breaks some over lines.
        para = _MD_LINK.sub(lambda m: f"[{m.group(2)}]" if m.group(1) else _overstrike(m.group(2), "_"), para)
        for line in para.split("\n"):
            if not line.strip():
                continue
            bullet = _MD_BULLET.match(line)
            body = line[bullet.end() :] if bullet else line.strip()
            body = _MD_BOLD.sub(lambda m: _overstrike(m.group(1), None), body)
            body = _unmark(body)
            # Wrapped on the printed width: an overstruck character takes one column, not three.
            words = body.split()
            rows, row, width = [], [], 0
            for word in words:
                seen = len(word.replace("\b", "")) - word.count("\b")
                if row and width + 1 + seen > (75 if bullet else 79):
                    rows.append(" ".join(row))
                    row, width = [], 0
                width += seen + (1 if row else 0)
                row.append(word)
            if row:
                rows.append(" ".join(row))
            lead = "  * " if bullet else ""
            lines.extend((lead if k == 0 else " " * len(lead)) + r for k, r in enumerate(rows))
        if lines:
            out.append("\n".join(lines))
    # What the simple patterns above leave of nested Markdown (an image inside a link, a heading
    # inside a list item), which C html2text would never print.
    return _MD_LEFTOVER.sub("", "\n\n".join(out)) + "\n"


_MD_LEFTOVER = re.compile(r"\]\([^)]*\)|^#+\s+", re.MULTILINE)


_STRUCK = re.compile(r".\x08")


def h2t_c_nobs(text: str) -> str:
    """C html2text run with -nobs (no backspaces for bold and underline), as files are often written."""
    return _STRUCK.sub("", h2t_c(text))


VARIANTS: dict[str, tuple[str, Callable[[str], str]]] = {
    "lynx-like": ("inscriptis", lynx_like),
    "browser-copy": ("inscriptis", browser_copy),
    "soup-strip": ("soup", soup_strip),
    "lynx-refs": ("html2text", lynx_refs),
    "md-setext": ("html2text", setext_markdown),
    "crlf-nbsp": ("w3m", crlf_nbsp),
    "h2t-plain": ("html2text", h2t_plain),
    "md-wrapped": ("html2text", md_wrapped),
    "h2t-c": ("html2text", h2t_c),
    "h2t-c-nobs": ("html2text", h2t_c_nobs),
    "pandoc-md": ("html2text", pandoc_markdown),
    "html-to-text": ("html2text", html_to_text),
}
SHOWN = ("body_f1", "snip_f", "title_acc", "author_acc", "date_acc")


def score(split: Path, converter: str, out: Path) -> dict[str, float]:
    import newsparse

    with out.open("w", encoding="utf-8") as f:
        for path in sorted((split / converter).glob("*.txt")):
            # Bytes, as a user's file arrives: CRLF must survive until newsparse sees it.
            text = path.read_bytes().decode("utf-8")
            article = newsparse.parse(text).to_dict()
            f.write(json.dumps(prediction(path.stem, article), ensure_ascii=False) + "\n")
    return load_scorer().score(str(split), converter, str(out))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--keep", action="store_true", help="keep the derived scrapes")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="newsparse-variants-"))
    try:
        split = work / "dev"
        split.mkdir()
        shutil.copy(CORPUS / "truth.jsonl", split / "truth.jsonl")
        for name, (source, rewrite) in VARIANTS.items():
            (split / name).mkdir()
            for path in (CORPUS / source).glob("*.txt"):
                (split / name / path.name).write_bytes(
                    rewrite(path.read_text(encoding="utf-8")).encode("utf-8")
                )
        sources = sorted({source for source, _ in VARIANTS.values()})
        results = {c: score(CORPUS, c, work / f"{c}.jsonl") for c in sources}
        results |= {name: score(split, name, work / f"{name}.jsonl") for name in VARIANTS}
        print(f"{'converter':<14}{'derived from':<14}" + "".join(f"{m:>12}" for m in SHOWN))
        print("-" * (28 + 12 * len(SHOWN)))
        for name in [*sources, *VARIANTS]:
            origin = VARIANTS[name][0] if name in VARIANTS else "-"
            row = results[name]
            print(f"{name:<14}{origin:<14}" + "".join(f"{row[m]:>12.3f}" for m in SHOWN))
        if args.keep:
            print(f"derived scrapes kept in {split}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
