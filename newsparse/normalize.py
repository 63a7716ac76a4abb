"""Stage 1: normalise characters and peel converter markup off each line.

Line numbers are preserved exactly: we only ever split on "\\n" after turning CRLF
and lone CR into "\\n"; other Unicode line separators become spaces.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from newsparse.data import markup
from newsparse.lang import looks_like_code
from newsparse.model import Line

# Character classes rather than str.translate tables: a regex scan skips the (usual) text without
# any of them far faster than translate's per-character table lookups. The result is the same.
_DROP = re.compile(
    "[" + "".join(re.escape(ch) for ch in markup.ZERO_WIDTH if ch not in markup.JOINERS) + "]"
    f"|(?<![{markup.JOINING_SCRIPTS}])[{markup.JOINERS}]|[{markup.JOINERS}](?![{markup.JOINING_SCRIPTS}])"
)
_SPACE = re.compile("[" + "".join(map(re.escape, markup.SPACE_LIKE + markup.LINE_SEPARATORS)) + "]")
# C0/C1 controls other than newline are noise from broken encodings or binary junk.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_SPACES = re.compile(r"[ ]{2,}")
_OVERSTRUCK = re.compile(r"[^\n\x08]\x08")
# Underline struck after the letter ("x\b_"), as some tools order it: the letter stays.
_UNDERLINE_AFTER = re.compile(r"([^\n\x08_])\x08_")
_UNDERLINED = re.compile(r"_\x08[^\n\x08]|[^\n\x08_]\x08_")


def _unify_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def normalize_text(text: str) -> str:
    """Unify newlines, spaces and invisible characters; keep every line where it was."""
    text = _unify_newlines(text)
    text = _SPACE.sub(" ", _DROP.sub("", text))
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        # Some converters print "ü" as "u" plus a combining diaeresis: the same text, but no word
        # pattern, stop-word list or reader's search would find "geprüft" in it.
        text = unicodedata.normalize("NFC", text)
    if "\b" in text:
        # A terminal's bold and underline, as C html2text and man pages print them: "x\bx", "_\bx".
        # The character before each backspace is struck over by the one after it.
        text = _OVERSTRUCK.sub("", _UNDERLINE_AFTER.sub(r"\1", text))
    return _CONTROL.sub("", text)


def underlined_chars(text: str) -> dict[int, int]:
    """Characters struck over with "_" (underlined: how C html2text marks a link), per 1-based line of
    the text `normalize_text` makes of `text`; lines without any are left out."""
    if "\b" not in text:
        return {}
    counts: dict[int, int] = {}
    for number, line in enumerate(_unify_newlines(text).split("\n"), 1):
        found = len(_UNDERLINED.findall(line)) if "\b" in line else 0
        if found:
            counts[number] = found
    return counts


def count_underlined_as_links(lines: list[Line], underlined: dict[int, int]) -> None:
    """Underlined text in a terminal dump is a link's: C html2text underlines nothing else by default."""
    for line in lines:
        count = underlined.get(line.number)
        if count:
            line.link_chars = max(line.link_chars, min(len(line.text), count))


def split_lines(text: str) -> list[str]:
    """Input lines as the user counts them (normalised text, split on newlines only)."""
    if not text:
        return []
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _strip_markdown(text: str) -> tuple[str, int, bool, str]:
    """Remove Markdown marks; return visible text, characters that were link text, the image flag,
    and the text of the first link to an author's archive."""
    image = False
    link_chars = 0
    author_link = ""
    if "<" in text and not looks_like_code(text):
        # "<span class=\"byline\">By Jane Roe</span>": the words stay. A script's text keeps its
        # strings of HTML: it is the page's, however little it reads.
        text = markup.HTML_TAG.sub("", text)
    if "{" in text:
        # pandoc's attributes ("[Home](/){.active}") and spans ("[By Jane Roe]{.byline}"): the words stay.
        text = markup.PANDOC_ATTACHED.sub("", markup.PANDOC_SPAN.sub(r"\1", text))
    if "](" in text or "][" in text:
        tail = markup.MD_LINK_TAIL.match(text)
        if tail:
            # An icon's placeholder wrapped away from its "[" ("[" / "__](mailto:...)") is no text either.
            inner = "" if markup.MD_ICON_TEXT.match(tail.group(1)) else tail.group(1)
            link_chars += len(inner.strip())
            text = inner + text[tail.end() :]
        images = markup.MD_IMAGE.findall(text)
        if images:
            image = True
            text = markup.MD_IMAGE.sub(lambda m: m.group(1), text)

        def _link(m: re.Match[str]) -> str:
            nonlocal link_chars, author_link
            inner = m.group(1).strip()
            if markup.MD_ICON_TEXT.match(inner):
                return ""
            link_chars += len(inner)
            if not author_link and m.re is markup.MD_LINK and markup.AUTHOR_ARCHIVE.search(m.group(2)):
                author_link = inner.strip("*_ ")  # "[**Jane Roe**](/author/jane/)"
            return inner

        text = markup.MD_LINK.sub(_link, text)
        text = markup.MD_REF_LINK.sub(_link, text)
    if "[" in text:
        text = markup.MD_LINK_HEAD.sub("", text)
    if "*" in text or "_" in text:
        text = markup.MD_FORM_BLANK.sub("", text)
        for _ in range(2):  # nested emphasis such as ***x*** or "** _x_**"
            if "**" in text:
                text = markup.MD_BOLD_LOOSE.sub(lambda m: m.group(1) or f"{m.group(2)} ", text)
            text = markup.MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(4) or "", text)
            if " _" in text:
                text = markup.MD_UNDERSCORE_LOOSE.sub(r"\1 ", text)
        if "_" in text:
            text = markup.MD_EMPHASIS_GLUED.sub(r"\1 ", markup.MD_EMPTY_EMPHASIS.sub("", text))
    if "`" in text:
        text = markup.MD_CODE.sub(r"\1", text)
    if "\\" in text:
        text = markup.MD_ESCAPE.sub(r"\1", markup.MD_HARD_BREAK.sub("", text))
    return text, link_chars, image, author_link


def peel_line(
    number: int,
    raw: str,
    *,
    markdown: bool,
    in_o_list: bool = False,
    marked: str | None = None,
    runs_on: bool = False,
) -> Line:
    """Turn one normalised input line into a Line with its markup noted and removed (`in_o_list`: the
    line opens on "o " beside another that does, a list however little it is indented; `marked`: the
    line's text to peel where it differs from `raw`: a link's address or a bold span wrapped over two
    lines, mended; `runs_on`: the line above is a long line of text, which this one may continue)."""
    stripped = (raw if marked is None else marked).strip()
    indent = len(raw) - len(raw.lstrip(" "))
    line = Line(
        number=number,
        raw=raw,
        text="",
        indent=indent,
        lead_space=indent > 0,
        trail_space=raw.endswith(" "),
    )
    if not stripped:
        return line
    text = stripped
    if text[0] == "*" and text[-1] == "*":
        framed = markup.STAR_FRAMED_HEADING.match(text)
        if framed is not None and (level := _star_frame_level(framed.group(1), markdown=markdown)):
            line.heading = level
            text = framed.group(2)
    if markdown:
        # Each of these patterns can only match a (stripped) line opening with its mark.
        first = text[0]
        if (
            (first in "-*_" and markup.MD_RULE.match(text))
            or (first == "[" and markup.MD_REF_DEF.match(text))
            or (first == ":" and markup.PANDOC_FENCE.match(text))
            or (first == "<" and markup.HTML_TAG_LINE.match(text))
        ):
            line.text = ""
            return line
        heading = markup.MD_HEADING.match(text) if first == "#" else None
        if heading:
            line.heading = len(heading.group(1))
            text = heading.group(2)
        elif first == ">":
            text = markup.MD_BLOCKQUOTE.sub("", text)
    if not markdown and "\\" in text:
        # "1\. Januar 2016", "am 6\. Dezember": Markdown escapes left by html2text with links and
        # emphasis switched off are never meant as printed.
        if markup.MD_ESCAPED_LEAD.match(text):
            text = markup.MD_ESCAPE.sub(r"\1", text, count=1)
        text = markup.MD_ESCAPED_ORDINAL.sub("", text)
    bullet = markup.BULLET.match(text)
    if bullet and bullet.group("mark") == "o" and indent < markup.LETTER_BULLET_MIN_INDENT and not in_o_list:
        # "o" marks lynx's and inscriptis's nested items, indented or in runs; alone near the margin
        # it is a word ("o governo", "Madrid o Zaragoza" wrapped before the "o"), never peeled off.
        bullet = None
    if bullet:
        line.bullet = bullet.group("mark")
        text = text[bullet.end() :]
    if markdown and not line.heading and "#" in text[:6]:
        # A heading inside a list item: "* ## [Story](...)", "4. # Headline" (a breadcrumb's last
        # step). The number stays text, as in any numbered item.
        listed = markup.MD_LISTED_HEADING.match(text)
        if listed and (bullet or listed.group(1)):
            line.heading = len(listed.group(2))
            text = (listed.group(1) or "") + listed.group(3)
    if markdown:
        text, line.link_chars, line.image, line.author_link = _strip_markdown(text)
    if text[:1].isdigit() and markup.LINK_LIST_ENTRY.match(text):
        line.link_chars = len(text)  # an address in the page's list of links: all link, no prose
    elif "[" in text:
        if not markdown:
            found = [m.end() for m in markup.BRACKETED_ADDRESS.finditer(text)]
            if found:
                # The link's text stands before its address; where it closes a short line, the line
                # is the link ("News [/news/]", a menu's or a related story's entry).
                closes = found[-1] == len(text.rstrip())
                text = markup.BRACKETED_ADDRESS.sub(_drop_address, text)
                short = len(text.split()) <= _ADDRESSED_LINK_WORDS
                line.link_chars = _marked_link_chars(text, len(found), whole=closes and short)
        # Also in a page taken for Markdown: a lynx dump that happens to hold "#" lines or escapes.
        marks = markup.LYNX_LINK_MARK.findall(text)
        if marks:
            # lynx numbers each link "[12]Home"; a line that opens with one is a link itself, unless it
            # runs on from a long line above: a wrapped paragraph's next line may open on a link too.
            starts_with_link = not runs_on and markup.LYNX_LINK_MARK.match(text) is not None
            text = markup.LYNX_LINK_MARK.sub("", text)
            line.link_chars = max(
                line.link_chars, _marked_link_chars(text, len(marks), whole=starts_with_link)
            )
    line.text = (_SPACES.sub(" ", text) if "  " in text else text).strip()
    if not markdown and line.text[:1] == "[" and markup.PLACEHOLDER_LINE.match(line.text):
        line.image = True
    return line


_ADDRESSED_LINK_WORDS = 8  # a line this short that closes on "[address]" is all link text
# Characters of link text a mark stands for where the converter does not say where the link's text
# ends (lynx's "[12]Home", html-to-text's "Home [/home/]"): about a menu entry's or a name's length.
_LINK_CHARS_PER_MARK = 12


def _marked_link_chars(text: str, marks: int, *, whole: bool) -> int:
    """Link characters in a line with `marks` link marks peeled off: all of it where the line is one
    link (`whole`), else a guess per mark, never more than the line holds."""
    return len(text) if whole else min(len(text), _LINK_CHARS_PER_MARK * marks)


def _drop_address(m: re.Match[str]) -> str:
    """Nothing for a bracketed address, but the space it stood on where a word follows it glued
    ("the link [https://example.org]and more")."""
    end = m.end()
    glued = end < len(m.string) and m.string[end].isalnum() and m.group(0)[:1].isspace()
    return " " if glued else ""


def looks_like_markdown(lines: list[str]) -> bool:
    """html2text or pandoc output: Markdown links, headings or fenced divs on a few lines."""
    hits = 0
    for raw in lines:
        # html2text escapes what would read as Markdown: "1\. Januar", "\- item" (also with
        # links and emphasis switched off, when no "](" is left to see).
        if (
            "](" in raw
            or raw.startswith("#")
            or ("\\" in raw and markup.MD_ESCAPED_LEAD.match(raw))
            or (raw.startswith(":::") and markup.PANDOC_FENCE.match(raw))  # pandoc's fenced divs
        ):
            hits += 1
            if hits >= 3:
                return True
    return False


# Prose lines (characters) whose indentation tells a page's margin, how many a page needs, and the
# share of them that must keep one margin for lines off it to be read as lynx's headings.
_MARGIN_PROSE_LENGTH = 50
_MARGIN_PROSE_LINES = 5
_MARGIN_PROSE_SHARE = 0.6
_MARGIN_HEADING_WORDS = 30
_MARGIN_HEADING_LINES = 3
# Columns a centred line's two sides may differ by: lynx centres on the screen, a few columns wider
# than its prose, and rounds.
_CENTRED_SLACK = 8
_STAR_HEADING_LINES = 3  # lines a framed heading may be wrapped over
# A line above this long (characters) may be prose that wrapped onto the next line.
_RUN_ON_LENGTH = 40


def _may_run_on(above: str) -> bool:
    """The line above may be prose wrapped onto the next: long, and not a link itself (a list of
    notes or links, "[1] <http://...>" line after line, is links however long its lines)."""
    text = above.strip()
    return len(text) >= _RUN_ON_LENGTH and markup.LYNX_LINK_MARK.match(text) is None


def peel_lines(text: str) -> tuple[list[Line], bool]:
    """All input lines as Lines; also says whether the text is Markdown."""
    raw_lines = split_lines(text)
    markdown = looks_like_markdown(raw_lines)
    mended = _mend_wrapped_markdown(raw_lines) if markdown else {}
    opens_o = [raw.lstrip(" ").startswith("o ") for raw in raw_lines]
    last = len(raw_lines) - 1
    lines = [
        peel_line(
            i + 1,
            raw,
            markdown=markdown,
            in_o_list=opens_o[i] and ((i > 0 and opens_o[i - 1]) or (i < last and opens_o[i + 1])),
            marked=mended.get(i),
            # Only a line holding a lynx link mark asks (peel_line's "[" branch).
            runs_on=i > 0 and "[" in raw and _may_run_on(raw_lines[i - 1]),
        )
        for i, raw in enumerate(raw_lines)
    ]
    _mark_underlined_headings(lines)
    _mark_wrapped_star_headings(lines, markdown=markdown)
    if not markdown:
        _mark_capital_headings(lines)
        _mark_margin_headings(lines)
        _mark_lynx_author_links(raw_lines, lines)
    return lines, markdown


def _mark_lynx_author_links(raw_lines: list[str], lines: list[Line]) -> None:
    """lynx numbers each link in place ("[12]Jane Roe") and lists the addresses at the end ("12.
    https://example.org/author/jane-roe/"): a numbered link to an author's archive keeps its text in
    `author_link`, as a Markdown link does."""
    archives = set()
    for raw in raw_lines:
        if raw[:8].strip()[:1].isdigit():
            entry = markup.LYNX_REFERENCE.match(raw)
            if entry and markup.AUTHOR_ARCHIVE.search(entry.group(2)):
                archives.add(entry.group(1))
    if not archives:
        return
    for raw, line in zip(raw_lines, lines, strict=True):
        if "[" not in raw:
            continue
        for m in markup.LYNX_LINKED_TEXT.finditer(raw):
            name = m.group(2).strip()
            if m.group(1) in archives and name:
                line.author_link = name
                break


def _mend_wrapped_markdown(raw_lines: list[str]) -> dict[int, str]:
    """Markdown lines as they would read unwrapped, where html2text's wrapping cut a link, a bold span
    or an emphasis over two lines; keyed by line index, other lines are as printed."""
    mended = _mend_split_addresses(raw_lines)
    mended = _mend_split_marks(raw_lines, mended, _bold_left_open, _bold_closing, 2)
    return _mend_split_marks(raw_lines, mended, _emphasis_left_open, _emphasis_closing, 1)


def _mend_split_addresses(raw_lines: list[str]) -> dict[int, str]:
    """Lines whose link address or title runs onto the next line, mended: the opening line closes its
    link there ("Dückert](https://... \"Zeige alle" -> "Dückert]()"), the next loses the address's rest
    ("Beiträge von Simon Dückert\") von" -> " von"). Keyed by line index; other lines are as printed."""
    mended: dict[int, str] = {}
    for i, raw in enumerate(raw_lines[:-1]):
        opened = markup.MD_DEST_OPEN.search(raw) if "](" in raw else None
        if opened is None:
            continue
        nxt = raw_lines[i + 1]
        rest = markup.MD_DEST_REST.match(nxt)
        if rest is None:
            continue  # no telling where the address ends: both lines stay as printed
        # Same lengths as printed, so that positions found in the raw lines still hold.
        mended[i] = (mended.get(i, raw)[: opened.start()] + "]()").ljust(len(raw))
        mended[i + 1] = " " * rest.end() + nxt[rest.end() :]
    return mended


def _mend_split_marks(
    raw_lines: list[str],
    mended: dict[int, str],
    left_open: Callable[[str], int | None],
    closing: Callable[[str], int | None],
    mark: int,
) -> dict[int, str]:
    """A span wrapped over two lines ("**Complete coverage, weekly" / "video and more.**", "the fiery
    chaos of _the Big" / "Bang_ remains"): the mark `left_open` finds at the first line's end and the one
    `closing` finds first on the next, each `mark` characters long, are dropped, as such a span on one
    line is peeled. `mended`: lines already mended, updated and returned (after the addresses: from here
    on a mended line may be shorter than printed)."""
    for i in range(len(raw_lines) - 1):
        line = mended.get(i, raw_lines[i])
        opened = left_open(line)
        if opened is None:
            continue
        nxt = mended.get(i + 1, raw_lines[i + 1])
        close = closing(nxt)
        if close is None:
            continue
        mended[i] = line[:opened] + line[opened + mark :]
        mended[i + 1] = nxt[:close] + nxt[close + mark :]
    return mended


def _bold_left_open(text: str) -> int | None:
    return text.rindex("**") if text.count("**") % 2 else None


def _bold_closing(text: str) -> int | None:
    return text.index("**") if text.count("**") % 2 else None


def _emphasis_left_open(text: str) -> int | None:
    """Where an "_emphasis" opened on the line is left unclosed at its end, if one is."""
    if "_" not in text:
        return None
    masked = markup.MD_ADDRESS.sub(lambda m: " " * len(m.group(0)), text) if "](" in text else text
    opened: int | None = None
    k = masked.find("_")
    while k >= 0:
        if opened is None and markup.MD_EMPHASIS_OPEN.match(masked, k):
            opened = k
        elif opened is not None and markup.MD_EMPHASIS_CLOSE.match(masked, k):
            opened = None
        k = masked.find("_", k + 1)
    return opened


def _emphasis_closing(text: str) -> int | None:
    """Where the line closes an emphasis it did not open, if it does."""
    close = markup.MD_EMPHASIS_CLOSE.search(text)
    if close is None or markup.MD_EMPHASIS_OPEN.search(text, 0, close.start()) is not None:
        return None
    return close.start()


def _mark_underlined_headings(lines: list[Line]) -> None:
    """ "Title" over "=====" (or "-----" for a section): the heading style of markdownify, pandoc's
    plain text and many hand-made texts. The underline stays as printed, an ornament line."""
    for prev, line in zip(lines, lines[1:], strict=False):
        text = line.raw.strip()  # raw: in Markdown a "-----" line was peeled as a rule
        if len(text) < 3 or text[0] not in "=-" or not prev.text or prev.heading or prev.bullet:
            continue
        if markup.SETEXT_UNDERLINE.match(text) and abs(len(text) - len(prev.text)) <= max(
            2, len(prev.text) // 3
        ):
            prev.heading = 1 if text[0] == "=" else 2


def _in_capitals(text: str) -> bool:
    """Every cased letter a capital, and enough of them to say so ("EU" alone says nothing)."""
    cased = [c for c in text if c.lower() != c.upper()]
    return len(cased) >= _CAPITALS_MIN_LETTERS and all(c.isupper() for c in cased)


def _mark_capital_headings(lines: list[Line]) -> None:
    """Headings as html-to-text prints them: in capitals, two blank lines above and one below (a line
    in capitals running into the text under it is a dateline: "TEGUCIGALPA, HONDURAS.-"). Only where that is the
    page's habit (most lines set off so are in capitals): elsewhere a line in capitals after a gap is
    a menu's entry or a site's name. The level is not printed; 2, a heading that may be the
    headline or the article's own sub-heading."""
    set_off = [
        line
        for k, line in enumerate(lines)
        if k >= 2
        and not line.blank
        and lines[k - 1].blank
        and lines[k - 2].blank
        and (k + 1 == len(lines) or lines[k + 1].blank)
        and not line.bullet
        and any(c.isalpha() for c in line.text)
    ]
    in_capitals = [line for line in set_off if _in_capitals(line.text)]
    if len(in_capitals) < _CAPITAL_HEADINGS_MIN or len(in_capitals) < _CAPITAL_HEADINGS_SHARE * len(set_off):
        return
    for line in in_capitals:
        if not line.heading:
            line.heading = 2


_CAPITALS_MIN_LETTERS = 4
_CAPITAL_HEADINGS_MIN = 2
# Share of the lines after two blank lines that must be in capitals. html-to-text's pages run from
# about 0.2 to 1 (their other gaps are the page's own); the corpus's converters mostly under 0.1.
_CAPITAL_HEADINGS_SHARE = 0.4


def _mark_margin_headings(lines: list[Line]) -> None:
    """The headline as lynx lays it out: its default style sheet sets prose at a margin of 3 columns
    and centres an h1 on the screen (links centres an h1 too, its html.c shows, over the margin its
    -html-margin option sets). Only where most prose keeps such a margin: elsewhere a line set
    apart by its indentation is a table's cell or a nested box. (lynx's h2 starts at column 0, but
    marking those lost sub-headings from bodies in bench/variants.py's lynx-refs and won no title.)"""
    # Prose: long lines, neither list items nor lynx's list of addresses.
    prose = [
        line
        for line in lines
        if len(line.text) >= _MARGIN_PROSE_LENGTH and not line.bullet and line.link_chars < len(line.text)
    ]
    if len(prose) < _MARGIN_PROSE_LINES:
        return
    margins: dict[int, int] = {}
    for line in prose:
        margins[line.indent] = margins.get(line.indent, 0) + 1
    margin, count = max(margins.items(), key=lambda item: (item[1], -item[0]))
    if margin not in markup.HEADING_PROSE_MARGINS or count < _MARGIN_PROSE_SHARE * len(prose):
        return
    right_edge = max(len(line.raw.rstrip()) for line in prose if line.indent == margin)

    def centred(line: Line) -> bool:
        width = len(line.raw.rstrip()) - line.indent
        return line.indent > margin + 2 and abs(2 * line.indent + width - right_edge) <= _CENTRED_SLACK

    # A paragraph of its own (a long headline wraps, each line centred), every line centred.
    start = 0
    while start < len(lines):
        if lines[start].blank:
            start += 1
            continue
        end = start
        while end + 1 < len(lines) and not lines[end + 1].blank:
            end += 1
        paragraph = lines[start : end + 1]
        if (
            len(paragraph) <= _MARGIN_HEADING_LINES
            and sum(len(line.text.split()) for line in paragraph) <= _MARGIN_HEADING_WORDS
            and all(not line.bullet and not line.heading and centred(line) for line in paragraph)
        ):
            for line in paragraph:
                line.heading = 1
                line.heading_runs_on = line is not paragraph[0]
        start = end + 1


def _star_frame_level(stars: str, *, markdown: bool) -> int:
    """The heading level C html2text frames with `stars` (six for an h1, one fewer per level), or 0
    where they frame no heading: two stars each side are bold in Markdown ("** 6709 **")."""
    if markdown and len(stars) <= 2:
        return 0
    return markup.STAR_FRAME_H1 + 1 - len(stars)


def _mark_wrapped_star_headings(lines: list[Line], *, markdown: bool) -> None:
    """C html2text's star-framed heading wrapped over lines ("****** A long" / "headline ******"):
    the frame opens on one line and closes on one of the next two, with nothing between (`markdown`:
    two stars open bold there, not a heading)."""
    for k, line in enumerate(lines):
        opened = (
            markup.STAR_FRAME_OPEN.match(line.text) if line.text[:2] == "**" and not line.heading else None
        )
        if opened is None or not (level := _star_frame_level(opened.group(1), markdown=markdown)):
            continue
        stars = opened.group(1)
        for end in range(k + 1, min(len(lines), k + _STAR_HEADING_LINES)):
            rest = lines[end]
            if rest.blank or rest.heading or rest.bullet:
                break
            # The closing stars end a line of the heading's words, or stand alone on the last line.
            if rest.text == stars or rest.text.endswith(" " + stars):
                line.text = line.text[len(stars) + 1 :]
                rest.text = rest.text[: -len(stars)].rstrip()
                for part in lines[k : end + 1]:
                    part.heading = level
                    part.heading_runs_on = part is not line
                break
