"""Stage 2: group lines into blocks (logical lines) that keep their input line numbers.

Three kinds of line break are not paragraph breaks and are undone here:
- hard wraps from w3m/lynx/html2text at a fixed width: the next line's first word
  would not have fitted on the line, so the break was the converter's, not the page's;
- inline fragments from BeautifulSoup's get_text("\\n"): every <a>, <em>, <span> starts
  a new line, and the whitespace that separated it from its neighbours is still there;
  the line breaks of the page's HTML source stay too (a sentence running on in lower case);
- the same fragments with the whitespace stripped (get_text("\\n", strip=True)) or a browser's
  copy, without blank lines: only the words tell that a sentence runs on.
"""

from __future__ import annotations

import re

from newsparse.bylines import is_label_only
from newsparse.data.bylines import STRONG_LABEL, WEAK_LABEL
from newsparse.data.dates import ENDS_ON_DATE
from newsparse.data.scripts import HANGUL
from newsparse.data.stopwords import STOPWORDS
from newsparse.data.typography import KOREAN_RUNS_ON, KOREAN_WORD_END
from newsparse.model import Block, Line

_HAS_WORD = re.compile(r"\w")
# The main East Asian Wide and Fullwidth ranges (CJK, kana, Hangul, fullwidth forms, common emoji), in
# one pattern: asking unicodedata.east_asian_width character by character showed as 7% of a parse
# under cProfile.
_WIDE = re.compile(
    "[\u1100-\u115f\u231a-\u231b\u2329-\u232a\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
    "\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6"
    "\U0001f300-\U0001f64f\U0001f900-\U0001f9ff\U00020000-\U0003fffd]"
)
_OPENERS = tuple("([{«„“‘\"'¿¡")
_CLOSERS = tuple(")]}»”’,.;:!?…%")


def estimate_wrap(lines: list[Line], *, markdown: bool = False) -> tuple[int | None, bool]:
    """(the width the converter wrapped at, whether it counted characters rather than columns).

    Python's textwrap (html2text wraps with it) counts characters, and breaks only at spaces: Korean
    it wrapped agrees on a width in characters, and on one in a terminal's columns only by chance.
    Where both agree, the one more line pairs agree on wins. (Chinese and Japanese, with no spaces
    to break at, it leaves whole.)"""
    width, support = _estimate_wrap_width(lines, markdown=markdown)
    if not any(not line.raw.isascii() and HANGUL.search(line.raw) for line in lines):
        return width, False
    in_chars, char_support = _estimate_wrap_width(lines, markdown=markdown, by_chars=True)
    if in_chars is not None and (width is None or char_support > support):
        return in_chars, True
    return width, False


def estimate_wrap_width(lines: list[Line], *, markdown: bool = False) -> int | None:
    """The column a converter wrapped at, or None when lines were not hard-wrapped."""
    return _estimate_wrap_width(lines, markdown=markdown)[0]


def _estimate_wrap_width(
    lines: list[Line], *, markdown: bool = False, by_chars: bool = False
) -> tuple[int | None, int]:
    """(the column a converter wrapped at, or None when lines were not hard-wrapped; how many line
    pairs agree on it). `markdown`: the text is html2text's, which wraps paragraphs but never list
    items; `by_chars`: widths counted in characters, as Python's textwrap counts them, not in a
    terminal's columns.

    A pair of consecutive lines is consistent with wrapping at width W when the first line
    fits in W but the next line's first word would not have: W in [len, len + word]. The
    width most pairs agree on wins, if enough agree and few lines run past it.
    """
    limit = 300
    votes = [0] * (limit + 2)
    lengths: list[int] = []
    prev: Line | None = None
    for line in lines:
        if line.blank:
            prev = None
            continue
        length = _width(line.raw.rstrip(), by_chars)
        # A line that runs long only because of one unbreakable word (a URL in lynx's References
        # list) says nothing about the width, for or against: no wrapper could have broken it.
        if max(map(_unbreakable_len, line.raw.split()), default=0) >= _UNBREAKABLE:
            prev = None
            continue
        if not (markdown and line.bullet):
            # A long list item in Markdown says nothing against a width (elsewhere it does: inscriptis
            # prints its items whole and its paragraphs too).
            lengths.append(length)
        if prev is not None and not line.bullet:
            lo = _width(prev.raw.rstrip(), by_chars)
            hi = lo + _wrapped_word_len(line, by_chars)
            if 40 <= lo <= limit:
                votes[lo] += 1
                votes[min(hi, limit) + 1] -= 1
        prev = line
    coverage: list[int] = []
    running = 0
    for width in range(limit + 1):
        running += votes[width]
        coverage.append(running)
    # longer[w]: lines at least w columns long.
    longer = [0] * (limit + 2)
    for n in lengths:
        longer[min(n, limit + 1)] += 1
    for width in range(limit, -1, -1):
        longer[width] += longer[width + 1]
    allowed = max(2, len(lengths) // 20)
    # Cells and boxes wrap narrower than the page, and menus agree on a width by chance: the
    # page's width is the best-voted one that almost no line runs past.
    ranked = sorted(range(limit + 1), key=lambda w: (-coverage[w], w))
    floor = max(_MIN_WRAP_VOTES, _RUNNER_UP_SHARE * coverage[ranked[0]])
    # Without blank lines (a browser's copy, a stripped dump: short lines and whole paragraphs) a
    # width wins votes by accident; wrapped text also fills its lines up to the width.
    full_share = _WRAPPED_FULL_SHARE if is_blankless(lines) else 0.0
    for width in ranked:
        if coverage[width] < floor:
            break
        if longer[min(width + _OVERFLOW_SLACK + 1, limit + 1)] <= allowed and (
            not full_share
            or longer[max(0, width - _FULL_BAND)] - longer[min(width + 2, limit + 1)]
            >= full_share * len(lengths)
        ):
            return width, coverage[width]
    return None, 0


def is_fragmented(lines: list[Line], *, wrap_width: int | None = None, by_chars: bool = False) -> bool:
    """BeautifulSoup-style dumps: mostly blank lines and whitespace kept at fragment edges.

    `wrap_width`: the width Markdown was wrapped at. html2text's unwrapped output (one line per paragraph,
    a blank line between) reads as such a dump; wrapped, each paragraph counts as the one line it was."""
    if not lines:
        return False
    if wrap_width is not None:
        lines = [
            lines[0],
            *(
                line
                for prev, line in zip(lines, lines[1:], strict=False)
                if not _wraps_on(prev, line, wrap_width, by_chars)
            ),
        ]
    blank = sum(1 for ln in lines if ln.blank)
    if blank / len(lines) > 0.45:
        return True
    # Without its blank lines such a dump still shows where inline tags cut a sentence: lines that
    # open on the comma or full stop after a link.
    cut = sum(1 for ln in lines if ln.text[:1] in _FRAGMENT_OPENERS and not ln.text.startswith(".."))
    return cut >= _FRAGMENT_SIGNS


def _wraps_on(prev: Line, line: Line, width: int, by_chars: bool = False) -> bool:
    """`line` is the rest of `prev`, wrapped at `width`: its first word would not have fitted."""
    # Raw, not visible, text: a line holding only a link's wrapped address still continues its line.
    if not prev.raw.strip() or not line.raw.strip() or line.bullet:
        return False
    return _width(prev.raw.rstrip(), by_chars) <= width + _OVERFLOW_SLACK and not _next_word_fits(
        prev, line, width, by_chars
    )


_FRAGMENT_OPENERS = frozenset(",.;)")
_FRAGMENT_SIGNS = 5  # lines opening on such a mark before a dump counts as cut at inline tags
_WRAPPED_FULL_SHARE = 0.15  # of a blankless text's lines that end within _FULL_BAND of its width
_FULL_BAND = 20  # columns
_MIN_WRAP_VOTES = 4  # line pairs that must agree on a width before text counts as wrapped
# A width below the top-voted one needs this share of its votes, when lines run past the top one.
_RUNNER_UP_SHARE = 0.6
_OVERFLOW_SLACK = 8  # columns a line may run past the width (a trailing mark, a wide glyph)
_UNBREAKABLE = 30  # characters: a token this long (a URL) cannot be wrapped
_PROSE_WORDS = 12  # a line this long reads as a paragraph, not a menu entry
_SENTENCE_END = (".", "!", "?", ":", ";", "…")
_FULL_STOP = (".", "!", "?", "…")  # not ":", which also closes a label ("mot-clé:")
_CONTINUED_MIN_CHARS = 60  # a block this long that breaks off mid-sentence is a wrapped paragraph
_SENTENCE_BREAK = re.compile(r"\w[.!?] \w")  # one sentence ended, the next began
# Words of any language a sentence runs on after: articles, prepositions, conjunctions.
_FUNCTION_WORDS = frozenset().union(*STOPWORDS.values())
_LINK_TEXT_WORDS = 6  # a line this short inside a sentence is a link's or an emphasis's text
# What opens the rest of a sentence cut after a link, in a dump without spaces at the cuts. Not
# "»" or "”", which open a quotation in German and Swedish text.
_BARE_CLOSERS = (",", ";", ":", ")", ".")
# A line ending on an opening bracket was cut at a link inside it: "Inhaltsverzeichnis (" / "PDF" / ")".
# Not quotation marks, which close as often as they open ("Das Wort „Ende“").
_BARE_OPENERS = ("(", "[", "{", "„", "¿", "¡")


def is_blankless(lines: list[Line]) -> bool:
    """Text whose converter marked no paragraph with a blank line."""
    filled = sum(1 for ln in lines if not ln.blank)
    return filled >= 20 and (len(lines) - filled) <= filled // 50


def _is_prose(line: Line) -> bool:
    return len(line.text.split()) >= _PROSE_WORDS


def _is_link_entry(line: Line) -> bool:
    return line.text[:1].isdigit() and line.link_chars >= len(line.text) > 0 and " " in line.text


def _is_ornament(text: str) -> bool:
    return len(text) >= 5 and not _HAS_WORD.search(text)


def _wide(ch: str) -> bool:
    """A character terminals print two columns wide (Chinese, Japanese, Korean, most emoji)."""
    return _WIDE.match(ch) is not None


def _width(text: str, by_chars: bool = False) -> int:
    """Columns `text` takes in a terminal dump: wide characters count twice (once `by_chars`)."""
    return len(text) if by_chars or text.isascii() else len(text) + len(_WIDE.findall(text))


def _unbreakable_len(token: str) -> int:
    """Length of a token no wrapper could break: 0 for CJK text, which wraps anywhere."""
    if _WIDE.search(token) is not None:
        return 0
    return len(token)


def _first_word_len(text: str, by_chars: bool = False) -> int:
    """Columns of what the wrapper could not break: a word, or one wide character (CJK text
    wraps between any two characters in a terminal; textwrap, counting characters, only at spaces)."""
    if _wide(text[:1]) and not by_chars:
        return 2
    return _width(text.split(" ", 1)[0], by_chars)


def _wrapped_word_len(line: Line, by_chars: bool = False) -> int:
    """Columns of the first word as the wrapper saw it: with the marks peeled off since ("Levitz](url)"
    after "By [Eric", "[12]Home" in lynx), but never the list mark or quotation mark before it."""
    return max(_first_word_len(line.text, by_chars), _first_word_len(line.raw.lstrip(), by_chars))


def _next_word_fits(prev: Line, line: Line, width: int, by_chars: bool = False) -> bool:
    """`line`'s first word would have fitted on `prev` at `width`: so the break was not the wrapper's."""
    return _width(prev.raw.rstrip(), by_chars) + 1 + _wrapped_word_len(line, by_chars) <= width


def _unspaced(prev: Line, cur: Line) -> bool:
    """Chinese, Japanese and Korean text that a terminal dump wrapped between two characters joins
    without a space: such dumps fill the width and break mid-word. A space the dump kept at the
    line's end was a word break, and so, in Korean, was a particle that ends a word."""
    last, first = prev.text[-1:], cur.text[:1]
    if not (_wide(last) and _wide(first)) or prev.raw[-1:].isspace():
        return False
    if HANGUL.match(last) and HANGUL.match(first):
        return last not in KOREAN_WORD_END or cur.text.startswith(KOREAN_RUNS_ON)
    return True


def _joiner(
    prev: Line, cur: Line, width: int | None, fragmented: bool, held: str, bare: bool, by_chars: bool = False
) -> str | None:
    """How to join `cur` onto `prev` in one block (`held` is the block's text so far; `bare`: the
    text has no blank lines; `by_chars`: `width` counts characters), or None when `cur` starts a new block."""
    if cur.heading_runs_on:
        return " "
    if cur.bullet or cur.heading or prev.heading or cur.image or prev.image:
        return None
    if _is_link_entry(prev) or _is_link_entry(cur):
        return None  # each address of a References list is its own line, however long
    if _is_ornament(prev.text) or _is_ornament(cur.text):
        return None  # rules and ornaments ("━━━━", "* * *") fill the width but wrap nothing
    # In a copy without blank lines (short lines and whole paragraphs) a width is often a vote's
    # accident: a line running past it was not wrapped there, and must not swallow the next line.
    if width is not None and not (bare and _width(prev.raw.rstrip(), by_chars) > width + _OVERFLOW_SLACK):
        fits = _next_word_fits(prev, cur, width, by_chars)
        if prev.bullet:
            aligned = cur.indent > prev.indent  # a list item's wrapped lines hang under its text
        else:
            # A wrapped line keeps its paragraph's margin, or moves in under a centred line's. One
            # column in from a flush-left line is neither: w3m prints an element's leading space there
            # (" Posted by ..." under a rating line), never a wrap.
            aligned = cur.indent >= prev.indent and not (prev.indent == 0 and cur.indent == 1)
        if not fits and aligned:
            # Counting characters, textwrap breaks at spaces only.
            return "" if not by_chars and _unspaced(prev, cur) else " "
    if fragmented:
        if prev.trail_space or cur.lead_space:
            return " "
        if prev.text.endswith(_OPENERS) or cur.text.startswith(_CLOSERS):
            # A quotation closed at the line's end opens nothing: the next fragment keeps its space.
            return " " if _closes_quotation(prev.text) else ""
        if len(held) >= _CONTINUED_MIN_CHARS and _continues(held, cur.text):
            # A line break inside the page's own text (its HTML source was wrapped): a sentence
            # running on in lower case after a long line is no new paragraph.
            return " "
    return None


# Marks that open a quotation in one language and close it in another, each with the mark that opens
# what it closes: German „…“ and ‚…‘, »…«; a straight quote closes the one before it.
_QUOTE_PARTNER = {'"': '"', "“": "„", "‘": "‚", "«": "»"}


def _closes_quotation(text: str) -> bool:
    """The line's last mark closes a quotation opened on the same line ('... "Golf aus China"'), so
    the next fragment is no word it opens."""
    last = text[-1:]
    partner = _QUOTE_PARTNER.get(last)
    if partner is None:
        return False
    if partner == last:
        return text.count(last) % 2 == 0
    return text.count(partner) >= text.count(last)


def _plain(block: Block, line: Line) -> bool:
    """Neither side is a list item, a heading or a picture: only running text carries a sentence on."""
    return not (block.bullet or block.heading or block.image or line.bullet or line.heading or line.image)


def _runs_on(block: Block, line: Line) -> bool:
    """`line` carries on the sentence the long `block` broke off."""
    return (
        _plain(block, line) and len(block.text) >= _CONTINUED_MIN_CHARS and _continues(block.text, line.text)
    )


def _bare_joiner(block: Block, line: Line, nxt: Line | None) -> str | None:
    """In a dump without blank lines or spaces at the cuts: how `line` joins the sentence `block`
    broke off, or None when it does not carry it on."""
    if not _plain(block, line) or not block.text or block.text.endswith(_SENTENCE_END) or not line.text:
        return None
    if line.text.startswith(_BARE_CLOSERS) and not line.text.startswith(".."):
        return ""  # ", published on Monday" after a link
    if block.text.endswith(_BARE_OPENERS):
        return ""
    return " " if _runs_on_bare(block.text, line.text, nxt) else None


def _runs_on_bare(held: str, text: str, nxt: Line | None) -> bool:
    """`text` opens in lower case, or is a short link text after a word no sentence ends on ("told",
    "Newsweek", ": ..."); and it is long, ends the sentence, or the next line carries on."""
    if STRONG_LABEL.match(text) or WEAK_LABEL.match(text) or is_label_only(text):
        return False  # "von Tilman Weber 10.12.2022": a byline under the headline, not its rest
    if (STRONG_LABEL.match(held) or WEAK_LABEL.match(held)) and not is_label_only(held):
        return False  # after "By" only the name joins: "By oradmin", "in weitere Netzwerke teilen"
    next_runs_on = (
        nxt is not None
        and bool(nxt.text)
        and (nxt.text.startswith(_BARE_CLOSERS) or (nxt.text[0].isalpha() and nxt.text[0].islower()))
    )
    if text[0].isalpha() and text[0].islower():
        if not (held[-1].isalpha() or held[-1] == ","):
            return False  # "12. Juni 2017", "von", "gizzmo": a date line, then a byline's label
        if not next_runs_on and ENDS_ON_DATE.search(text) is not None:
            return False  # "reineckefuchs — 2. Februar 2022" under a headline: its meta line
        return (
            len(text) >= _CONTINUED_MIN_CHARS // 2
            or text.endswith(_FULL_STOP)
            or next_runs_on
            # A paragraph cut mid-sentence at a link: the short piece after it carries the sentence
            # on, whatever follows it ("..., gab er" / "gesundheitliche Probleme" / "an und verlor das").
            or (len(held) >= _CONTINUED_MIN_CHARS and "," in held and not any(c.isdigit() for c in text))
        )
    # A capitalised short line joins only between two pieces of one sentence, after a word no
    # sentence ends on ("told the", "provided by"): after a headline ("... sichern") stands a name.
    last_word = held.rsplit(" ", 1)[-1].casefold()
    return (
        next_runs_on
        and text[0].isalpha()
        and len(text.split()) <= _LINK_TEXT_WORDS
        and len(held.split()) >= 3  # not "en" over a headline: a language switch
        and (held.endswith(",") or last_word in _FUNCTION_WORDS or _inside_prose(held))
    )


def _inside_prose(held: str) -> bool:
    """`held` broke off inside a paragraph's sentence: long, a full stop behind it, its last word in
    lower case ("Trotz sofort eingeleiteter" before the link "Reanimationsmaßnahmen"). A headline has
    no sentence behind it, and a capitalised line after it is a name."""
    return (
        len(held) >= _CONTINUED_MIN_CHARS and held[-1].islower() and _SENTENCE_BREAK.search(held) is not None
    )


def _continues(held: str, text: str) -> bool:
    """A line that carries on the sentence `held` broke off: no closing mark before, a lower-case
    word after."""
    last = held[-1]
    if not (last == "," or (last.isalpha() and not last.isupper())) or not text[:1].islower():
        return False
    # A short lower-case line after a headline is a list's next entry or a "vor 5 Stunden" stamp; a
    # sentence's rest is a full line or ends the sentence.
    return len(text) >= _CONTINUED_MIN_CHARS // 2 or text.endswith(_SENTENCE_END)


def build_blocks(
    lines: list[Line], *, wrap_width: int | None, fragmented: bool, by_chars: bool = False
) -> list[Block]:
    """Re-join wrapped lines and fragments into blocks; blank lines separate groups (`by_chars`: the
    wrap width counts characters, not columns)."""
    blocks: list[Block] = []
    group = 0
    gap = 0
    prev: Line | None = None
    current: Block | None = None
    blankless = is_blankless(lines)
    blanks = 0
    for k, line in enumerate(lines):
        if line.blank:
            if prev is not None:
                gap += 1
            prev = None
            blanks += 1
            continue
        joiner = (
            _joiner(
                prev,
                line,
                wrap_width,
                fragmented,
                current.text if current is not None else "",
                blankless,
                by_chars,
            )
            if prev is not None
            else None
        )
        if fragmented and prev is None and blanks == 1 and current is not None and _runs_on(current, line):
            # BeautifulSoup prints a line break of the page's HTML source, next to a tag, as a blank line.
            joiner, gap = " ", 0
        blanks = 0
        if blankless and joiner is None and current is not None and prev is not None:
            # No blank line and no spaces at the cut: a stripped dump (get_text("\n", strip=True))
            # cut at every inline tag, or a browser's copy. Only the words tell a sentence running on.
            joiner = _bare_joiner(current, line, lines[k + 1] if k + 1 < len(lines) else None)
        if blankless and prev is not None and joiner is None and (_is_prose(prev) or _is_prose(line)):
            # A copy without blank lines (a browser's): a paragraph stands apart, as its blank line
            # would have set it; runs of short lines (menus, lists) stay together.
            gap = 1
        if current is not None and joiner is not None:
            current.text = f"{current.text}{joiner}{line.text}" if joiner else current.text + line.text
            current.end_line = line.number
            current.line_numbers.append(line.number)
            current.link_chars += line.link_chars
        else:
            if gap and blocks:
                group += 1
            current = Block(
                index=len(blocks),
                start_line=line.number,
                end_line=line.number,
                text=line.text,
                line_numbers=[line.number],
                group=group,
                gap_before=gap if blocks else 0,
                indent=line.indent,
                bullet=line.bullet,
                heading=line.heading,
                link_chars=line.link_chars,
                image=line.image,
            )
            blocks.append(current)
            gap = 0
        prev = line
    return blocks
