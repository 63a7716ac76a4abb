"""Stage 4: choose the article's title, timestamp and byline among the candidates the field
parsers found, with small trained rankers (logistic regression per candidate).

The field parsers say what *could* be a date, a byline or a headline; which one belongs to
the article is a question of layout: the headline sits just above the first paragraph, the
article's date near the headline, a sidebar's dates in a run of other stories. Those
relations are the features here.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from newsparse import lang, sidebar
from newsparse.boosted import load_boosters
from newsparse.data.boilerplate import ARTICLE_END, CAPTION, COMMENTS_MARKER, FURNITURE, READING_TIME
from newsparse.data.bylines import OUTLET_WORDS
from newsparse.data.names import GIVEN_NAMES, NAME_TITLES, is_given_name
from newsparse.data.stopwords import FUNCTION_WORDS
from newsparse.data.titles import (
    BREADCRUMB_LEAD,
    BREADCRUMB_SEPARATOR,
    DATE_PREFIX,
    FORM_FIELD,
    HOME_CRUMB,
    KICKER,
    LIST_NUMBER,
    MENU_ENTRY_SEPARATOR,
    MENU_SEPARATOR,
    NAME_SHAPE,
    SITE_LIKE,
    SITE_SEPARATOR,
    SKIP_LINK,
    TAG_LABEL,
    UI_PHRASE,
)
from newsparse.linear import load_models, sigmoid
from newsparse.model import Block, Byline
from newsparse.timestamps import DateMatch

_WS = re.compile(r"\s+")
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_WORD = re.compile(r"[^\W\d_]{2,}")
_TOKEN = re.compile(r"\w+")
# Where a headline is looked for, in blocks: from 40 above the body's first block to 11 below it (a
# teaser or a standfirst the body model took may stand above the headline), and around the body's
# longest run.
_TITLE_ABOVE_FIRST = 40
_TITLE_BELOW_FIRST = 12
_TITLE_ABOVE_MAIN = 15
_TITLE_BELOW_MAIN = 3
# "Headline | Site" lines whose site part is collected, down to this many blocks below the body's first.
_SITE_NAME_BELOW_FIRST = 8


def norm(text: str) -> str:
    return _WS.sub(" ", text).strip().casefold()


def strip_site_name(text: str) -> str:
    """'Headline | Site' -> 'Headline': drop a short trailing (or leading) site name."""
    seps = list(SITE_SEPARATOR.finditer(text))
    if not seps:
        return text
    last, first = seps[-1], seps[0]
    head, tail = text[: last.start()], text[last.end() :]
    # The site's name is the short side: "Site :: A longer headline" keeps the headline.
    if len(tail.split()) <= 5 and len(head.split()) >= max(2, len(tail.split())):
        return head.strip()
    lead, rest = text[: first.start()], text[first.end() :]
    if len(lead.split()) <= 4 and len(rest.split()) >= 3:
        return rest.strip()
    return text


def _doubled_half(text: str) -> str | None:
    """ "HeadlineHeadline", "Headline Headline": link text and heading printed together, once."""
    s = text.strip()
    for sep_len in (0, 1):
        h = (len(s) - sep_len) // 2
        if (
            h >= 8
            and len(s) == 2 * h + sep_len
            and s[:h] == s[h + sep_len :]
            and s[h : h + sep_len].strip() == ""
        ):
            return s[:h]
    return None


@dataclass(slots=True)
class Layout:
    """Where the article sits: what the rankers measure distances from."""

    blocks: list[Block]
    body: list[int]
    body_probability: list[float]
    sidebar: set[int]
    legal: set[int]
    bylines: set[int]
    dates: set[int]
    link_ratio: list[float]
    n_words: list[int]
    stop_density: list[float]
    furniture: set[int]  # blocks matching a known furniture phrase
    promo: set[int] = field(default_factory=set)  # the page addressing its reader (newsletter, "more on")
    dated: set[int] = field(default_factory=set)  # short blocks holding a date anywhere
    _normalized: list[str] | None = field(default=None, repr=False)

    def normalized(self) -> list[str]:
        """Every block's text as `norm` folds it, found once per page: the title candidates and the
        byline window both compare whole blocks."""
        if self._normalized is None:
            self._normalized = [norm(b.text) for b in self.blocks]
        return self._normalized

    @property
    def first_body(self) -> int:
        """The first body block that reads as a paragraph: a headline the body model let in
        must still count as above the article."""
        for i in self.body[:4]:
            if self.reads_as_paragraph(i):
                return i
        return self.body[0] if self.body else len(self.blocks)

    @property
    def main_body(self) -> int:
        """The first block of the body's longest run: a stray paragraph (a cookie notice, an
        archive banner) can open the body far above the article itself."""
        if not self.body:
            return len(self.blocks)
        best_start, best_words = self.body[0], -1
        start, words, prev = self.body[0], 0, self.body[0]
        for i in self.body:
            if i - prev > 3:
                start, words = i, 0
            words += self.n_words[i]
            prev = i
            if words > best_words:
                best_start, best_words = start, words
        # As for first_body: a headline the body model let in still stands above the article.
        run = [i for i in self.body if best_start <= i < best_start + 6]
        for i in run[:4]:
            if self.reads_as_paragraph(i):
                return i
        return best_start

    def reads_as_paragraph(self, i: int) -> bool:
        return self.n_words[i] >= 10 and self.blocks[i].text.rstrip()[-1:] in '.!?…»”"'

    @property
    def last_body(self) -> int:
        return self.body[-1] if self.body else len(self.blocks)

    def signed(self, i: int, anchor: int, limit: float = 30.0) -> float:
        return max(-limit, min(limit, i - anchor)) / limit

    def near(self, i: int, indices: set[int], radius: int) -> float:
        return float(any(abs(i - j) <= radius for j in indices))


# --- title ------------------------------------------------------------------------------

TITLE_FEATURES: tuple[str, ...] = (
    "lw",
    "w1_2",
    "w3_5",
    "w6_12",
    "w13_20",
    "w21",
    "h1",
    "h2",
    "dist_body",
    "abs_dist",
    "before_body",
    "p_body",
    "link",
    "ends_period",
    "question",
    "title_case",
    "stripped",
    "separator",
    "first_echoed",
    "matches_first",
    "in_first",
    "repeated",
    "date_near",
    "byline_near",
    "is_date",
    "is_byline",
    "rank_above",
    "digits",
    "colon_prefix",
    "fragmented",
    "lead_overlap",
    "contained_elsewhere",
    "sentence_like",
    "caption",
    "echo_end",
    "echo_start",
    "dist_main",
    "abs_main",
    "before_main",
    "bullet",
    "bullet_echoed",
    "kicker_cut",
    "breadcrumb",
    "name_like",
    "stop_density",
    "furniture",
    "site_part",
    "in_legal",
    "page_top",
    "dated_inside",
    "promo",
    "end_marker",
    "labelled",
    "tag_list",
    "ui_phrase",
    "prev_short",
    "next_short",
    "next_paragraph",
    "crumb_last",
    "date_next",
    "date_prev",
    "caption_next",
    "site_like",
    "body_above",
    "doubled",
    "menu_next",
    "outdented",
    "indented",
    "glued_above",
    "apart_above",
    "glued_below",
    "apart_below",
)


@dataclass(slots=True)
class TitleCandidate:
    index: int
    text: str
    row: list[float]


def title_candidates(layout: Layout, *, fragmented: bool, blankless: bool = False) -> list[TitleCandidate]:
    blocks = layout.blocks
    if not blocks:
        return []
    fb = layout.first_body
    first = strip_site_name(blocks[0].text) if blocks else ""
    first_norm, first_raw = norm(first), norm(blocks[0].text)
    texts = layout.normalized()
    counts: dict[str, int] = {}
    for t in texts:
        counts[t] = counts.get(t, 0) + 1
    lead = {w for i in layout.body[:3] for w in _CONTENT_WORD.findall(blocks[i].text.casefold())}
    # Copyright lines repeat the site's name, not the headline: they are not echoes.
    joined = "\n".join(t for k, t in enumerate(texts) if k not in layout.legal)
    # Whole blocks below the first: a <title> line's headline part reappears as the printed headline.
    echo_targets = {t for t in texts[1:] if len(t) > 10}
    main = layout.main_body
    body_indent = blocks[fb].indent if fb < len(blocks) else 0
    body_gap = _median_gap(blocks, layout.body)
    margins = not blankless  # a copy without blank lines has inferred gaps, not the page's
    body_set = set(layout.body)
    # The parts "Headline | Site" lines drop: the site's name, never the headline.
    site_parts = set()
    for b in blocks[: fb + _SITE_NAME_BELOW_FIRST]:
        if len(b.text) < 200 and SITE_SEPARATOR.search(b.text):
            kept = strip_site_name(b.text)
            if kept != b.text:
                site_parts.add(norm(b.text.replace(kept, "", 1).strip(" |-–—:·»/")))
    legal_text = "\n".join(norm(blocks[k].text) for k in layout.legal)
    lo = max(0, fb - _TITLE_ABOVE_FIRST)
    # Just above each run of body blocks too: where the body model found a stray paragraph far above
    # the article, or split it, the headline still sits over one of its runs.
    run_heads = {
        k for i in layout.body if i - 1 not in body_set and i + 1 in body_set for k in range(max(0, i - 3), i)
    }
    # Under a breadcrumb's last step, however far above the body: a paywall or a long standfirst
    # can push the article's first paragraphs the body model trusts a screen further down.
    crumb_heads = {
        k
        for i in range(min(len(blocks), main))
        if _numbered_crumb_last(blocks, i) is not None
        for k in range(i, min(len(blocks), i + 4))
    }
    indices = sorted(
        {
            0,
            *range(lo, min(len(blocks), fb + _TITLE_BELOW_FIRST)),
            *range(max(0, main - _TITLE_ABOVE_MAIN), min(len(blocks), main + _TITLE_BELOW_MAIN)),
        }
        | {b.index for b in blocks if b.heading == 1}
        | run_heads
        | crumb_heads
    )
    out: list[TitleCandidate] = []
    rank = 0
    for i in reversed(indices):
        b = blocks[i]
        n = layout.n_words[i]
        if not 1 <= n <= 40 or i in layout.legal or i in layout.sidebar:
            continue
        # A list item is a headline only as a breadcrumb's last step, printed again just below.
        bullet_echoed = bool(b.bullet) and any(
            texts[i] in texts[k] for k in range(i + 1, min(len(blocks), i + 4)) if not blocks[k].bullet
        )
        # ... or as a heading of its own ("* ## [Headline](...)"), or where the item holds the article,
        # its paragraphs indented under it (a blog that lists its one post).
        holds_text = i + 1 < len(blocks) and not blocks[i + 1].bullet and blocks[i + 1].indent > b.indent
        if b.bullet and not bullet_echoed and not b.heading and not holds_text:
            continue
        if not any(ch.isalpha() for ch in b.text) or FORM_FIELD.search(b.text):
            continue
        if sidebar.is_list_furniture(b.text) or sidebar.is_related_heading(b.text):
            continue  # "Letzte Artikel", "Related stories": a list's heading, never the headline
        if i > 0 and TAG_LABEL.match(blocks[i - 1].text):
            continue  # "Schlagwörter" / "amiga, dogs, floppy": the page's tags
        if _home_crumb(texts, i):
            continue  # "Home Johannes" over "Johannes": a breadcrumb without separators
        if _opens_mid_sentence(b.text):
            continue  # "from University of Michigan", "mit dem Olympiasieger ...": a line's rest
        if _menu_entries(b.text) or SKIP_LINK.match(b.text) or READING_TIME.match(b.text):
            continue  # "Home | Politics | Business | World", "Skip to main content", "5 min read": page furniture
        if i < fb:
            rank += 1
        variants = {b.text: False}
        stripped = strip_site_name(b.text)
        if stripped != b.text:
            variants[stripped] = False
            # "Headline - Section - Site", "Headline | News | Site": stripping the last part is not enough.
            stripped_again = strip_site_name(stripped)
            variants.setdefault(stripped_again, False)
            seps = list(SITE_SEPARATOR.finditer(b.text))
            if len(seps) >= 2:
                variants.setdefault(b.text[: seps[0].start()].strip(), False)
        half = _doubled_half(b.text)
        if half is not None:
            # Printed twice, it is most often a picture's alt text and title (w3m); offered once.
            variants.pop(b.text, None)
            variants.setdefault(half, False)
        kicker = KICKER.match(b.text)
        if kicker and len(kicker.group(2).split()) >= 3:
            variants.setdefault(kicker.group(2), True)
            # Two kickers: "Strompreisbremse – Erlösabschöpfung: Headline".
            inner = KICKER.match(kicker.group(2))
            if inner and len(inner.group(2).split()) >= 3 and len(kicker.group(1) + inner.group(1)) <= 50:
                variants.setdefault(inner.group(2), True)
        dated = DATE_PREFIX.match(b.text)
        if dated and len(b.text[dated.end() :].split()) >= 3:
            variants.setdefault(b.text[dated.end() :], True)
        crumb_last = _numbered_crumb_last(blocks, i)
        unnumbered = crumb_last
        if crumb_last is None and b.heading:
            # A heading as a numbered list's last item: a breadcrumb's last step ("4. # Headline").
            numbered = LIST_NUMBER.match(b.text)
            if numbered and len(b.text[numbered.end() :].split()) >= 2:
                unnumbered = b.text[numbered.end() :]
        if unnumbered is not None:
            # The number is the list's, never the headline's: offered with it, the two forms of one
            # line tie in the ranker.
            variants.pop(b.text, None)
            variants.setdefault(unnumbered, False)
        gap_above, gap_below = _gaps_to_text(blocks, i, default=body_gap)
        crumbs = len(BREADCRUMB_SEPARATOR.findall(b.text))
        breadcrumb = float(crumbs >= 2 or BREADCRUMB_LEAD.match(b.text) is not None)
        for text, kicker_cut in sorted(variants.items()):
            t = norm(text)
            words = text.split()
            # Chinese and Japanese headlines put no spaces between their words: counted as the
            # body's features count them, two characters to a word.
            nw = len(lang.words(text)) if lang.is_unspaced(text) else len(words)
            content = _CONTENT_WORD.findall(t)
            overlap = sum(1 for w in content if w in lead) / len(content) if content else 0.0
            elsewhere = len(t) > 12 and joined.count(t) > (1 if t in texts[i] else 0)
            echo_end = echo_start = False
            if elsewhere:
                # A headline closes breadcrumbs and <title> lines ("Home » News » Headline", "Headline | Site");
                # a site's name opens sentences about the site ("X is run by volunteers").
                for k, other in enumerate(texts):
                    if k == i or k in layout.legal or t not in other or other == t:
                        continue
                    # Only where words follow: "Headline: Site" is a <title> line, "Site is run by" a sentence.
                    if other.startswith(t) and _WORD_FOLLOWS.match(other, len(t)):
                        echo_start = True
                    if (
                        other.endswith(t)
                        or SITE_SEPARATOR.search(other[len(t) : len(t) + 4] or "x")
                        and other.startswith(t)
                    ):
                        echo_end = True
            out.append(
                TitleCandidate(
                    i,
                    text.strip(),
                    [
                        math.log1p(nw),
                        float(nw <= 2),
                        float(3 <= nw <= 5),
                        float(6 <= nw <= 12),
                        float(13 <= nw <= 20),
                        float(nw > 20),
                        float(b.heading == 1),
                        float(b.heading >= 2),
                        layout.signed(i, fb),
                        math.log1p(abs(i - fb)),
                        float(i < fb),
                        layout.body_probability[i] if layout.body_probability else 0.0,
                        layout.link_ratio[i],
                        float(text.rstrip().endswith(".")),
                        float(text.rstrip().endswith(("?", "!"))),
                        sum(1 for w in words if w[:1].isupper()) / max(1, nw),
                        float(text != b.text),
                        float(SITE_SEPARATOR.search(text) is not None),
                        # A page's <title> (first in BeautifulSoup text) echoes its headline further down.
                        float(i == 0 and t in echo_targets),
                        float(i != 0 and t == first_norm),
                        float(i != 0 and len(t) > 10 and t in first_raw),
                        float(counts.get(texts[i], 0) > 1),
                        layout.near(i, layout.dates, 2),
                        layout.near(i, layout.bylines, 3),
                        float(i in layout.dates),
                        float(i in layout.bylines),
                        min(rank, 10) / 10,
                        sum(c.isdigit() for c in text) / max(1, len(text)),
                        float(":" in text[:25] and i < fb),
                        float(fragmented),
                        overlap,
                        float(elsewhere),
                        float(nw > 12 and text.rstrip().endswith(".") and "," in text),
                        float(CAPTION.search(text) is not None),
                        float(echo_end),
                        float(echo_start and not echo_end),
                        layout.signed(i, main),
                        math.log1p(abs(i - main)),
                        float(i < main),
                        float(bool(b.bullet)),
                        float(bullet_echoed),
                        float(kicker_cut),
                        breadcrumb,
                        float(2 <= nw <= 4 and NAME_SHAPE.match(text.strip()) is not None),
                        layout.stop_density[i],
                        float(i in layout.furniture),
                        float(t in site_parts),
                        float(len(t) > 3 and t in legal_text),
                        # The page's first line: a <title> in soup dumps, a site's name in most others.
                        float(i == 0),
                        float(i in layout.dated),
                        float(i in layout.promo),
                        float(ARTICLE_END.match(text) is not None or COMMENTS_MARKER.match(text) is not None),
                        float(_LABELLED.match(text) is not None),
                        float(_is_tag_list(text)),
                        float(UI_PHRASE.search(text) is not None),
                        float(i > 0 and _short_line(layout, i - 1)),
                        float(i + 1 < len(blocks) and _short_line(layout, i + 1)),
                        float(i + 1 < len(blocks) and layout.reads_as_paragraph(i + 1)),
                        float(crumb_last is not None and text == crumb_last),
                        float(i + 1 in layout.dated),
                        float(i - 1 in layout.dated),
                        # A picture's alt text, then the same words with the photo credit: a caption.
                        float(
                            i + 1 < len(blocks)
                            and len(t) > 10
                            and texts[i + 1].startswith(t)
                            and CAPTION.search(blocks[i + 1].text) is not None
                        ),
                        float(SITE_LIKE.search(text) is not None),
                        # A sub-heading has the article's paragraphs right above it; the headline has none.
                        sum(1 for k in range(max(0, i - 4), i) if k in body_set and layout.n_words[k] >= 15)
                        / 4,
                        float(half is not None),
                        # A site's name or logo heads the menu; a headline heads the article.
                        float(i + 1 < len(blocks) and _menu_line(layout, i + 1)),
                        # Converters that indent by nesting (inscriptis, lynx) set the headline's
                        # container apart from the article's paragraphs. Not a marked heading's
                        # indent: lynx centres an h1.
                        float(not b.heading and b.indent < body_indent),
                        float(not b.heading and b.indent > body_indent),
                        # Blank lines are the converter's margins: whether one stands above and below
                        # the line where the article's paragraphs have one (a headline glued to its
                        # standfirst, a kicker to its headline), or none where they have none. Only
                        # where the converter prints them.
                        float(margins and gap_above < body_gap),
                        float(margins and gap_above > body_gap),
                        float(margins and gap_below < body_gap),
                        float(margins and gap_below > body_gap),
                    ],
                )
            )
    return out


_WORD_FOLLOWS = re.compile(r" \w")
_ALNUM_CHAR = re.compile(r"[^\W_]")


def _gaps_to_text(blocks: list[Block], i: int, *, default: int) -> tuple[int, int]:
    """Whether blank lines part block i from the text above and below it (1) or not (0), looking
    past ornament lines ("=====" under a heading, "* * *"), which are no neighbours of their own;
    `default` where no text follows."""
    above, k = blocks[i].gap_before, i - 1
    while k >= 0 and not _ALNUM_CHAR.search(blocks[k].text):
        above, k = max(above, blocks[k].gap_before), k - 1
    below, k = 0, i + 1
    while k < len(blocks) and not _ALNUM_CHAR.search(blocks[k].text):
        below, k = max(below, blocks[k].gap_before), k + 1
    return above, max(below, blocks[k].gap_before) if k < len(blocks) else default


def _median_gap(blocks: list[Block], body: list[int]) -> int:
    """Whether the article's paragraphs stand apart (1) or not (0), as `Block.gap_before` counts a
    run of blank lines: 1 without a body."""
    gaps = sorted(blocks[i].gap_before for i in body[1:])
    return gaps[len(gaps) // 2] if gaps else 1


def _home_crumb(texts: list[str], i: int) -> bool:
    """Block i opens on the site's home and goes on with the text of one of the two blocks under it."""
    home = HOME_CRUMB.match(texts[i])
    if home is None:
        return False
    rest = texts[i][home.end() :]
    return any(texts[k] == rest for k in range(i + 1, min(len(texts), i + 3)))


def _numbered_crumb_last(blocks: list[Block], i: int) -> str | None:
    """The last step of a numbered breadcrumb ("1. Home", "2. Sport", "3. Headline"), as text
    dumpers print an ordered list: the headline without its number, else None."""
    m = LIST_NUMBER.match(blocks[i].text)
    if m is None or int(m.group(1)) < 2 or i == 0:
        return None
    prev = LIST_NUMBER.match(blocks[i - 1].text)
    if prev is None or int(prev.group(1)) != int(m.group(1)) - 1:
        return None
    if i + 1 < len(blocks):
        nxt = LIST_NUMBER.match(blocks[i + 1].text)
        if nxt is not None and int(nxt.group(1)) == int(m.group(1)) + 1:
            return None
    rest = blocks[i].text[m.end() :].strip()
    return rest if len(rest.split()) >= 2 else None


def _is_tag_list(text: str) -> bool:
    """ "amiga, dogs, floppy, Hunde": a list of tags or categories, not a sentence."""
    parts = [p for p in text.split(",") if p.strip()]
    return len(parts) >= 3 and sum(len(p.split()) for p in parts) <= 2 * len(parts)


def _menu_line(layout: Layout, k: int) -> bool:
    """A menu: a list item, a line of links, or entries parted by separators ("Home | News | Events")."""
    b = layout.blocks[k]
    return bool(b.bullet) or layout.link_ratio[k] >= 0.5 or len(MENU_SEPARATOR.findall(b.text)) >= 2


def _menu_entries(text: str) -> bool:
    """Four or more entries of one or two words parted by separators: a menu printed on one line."""
    entries = [e for e in MENU_ENTRY_SEPARATOR.split(text) if e.strip()]
    return len(entries) >= _MENU_MIN_ENTRIES and all(len(e.split()) <= 2 for e in entries)


_MENU_MIN_ENTRIES = 4


def _short_line(layout: Layout, k: int) -> bool:
    """A short line without a closing full stop: a headline, kicker, standfirst or menu entry."""
    return 1 <= layout.n_words[k] <= 20 and layout.blocks[k].text.rstrip()[-1:] not in ".!?…"


# --- timestamp --------------------------------------------------------------------------

DATE_FEATURES: tuple[str, ...] = (
    "date_line",
    "dist_title",
    "abs_title",
    "dist_body",
    "abs_body",
    "before_body",
    "inside_body",
    "after_body",
    "sidebar",
    "published",
    "updated",
    "has_time",
    "relative",
    "first_date",
    "same_count",
    "latest",
    "earliest",
    "position",
    "in_byline",
    "block_words",
    "p_body",
    "link",
    "month_only",
    "first_after_title",
    "title_known",
)


@dataclass(slots=True)
class DateCandidate:
    index: int
    match: DateMatch
    row: list[float]


def date_candidates(
    layout: Layout, found: dict[int, list[DateMatch]], title: int | None
) -> list[DateCandidate]:
    items = [(i, m) for i in sorted(found) for m in found[i]]
    if not items:
        return []
    fb, lb = layout.first_body, layout.last_body
    anchor = title if title is not None else fb
    days = [m.timestamp.iso[:10] for _, m in items]
    latest, earliest = max(days), min(days)
    counts: dict[str, int] = {}
    for d in days:
        counts[d] = counts.get(d, 0) + 1
    after_title = next((k for k, (i, _) in enumerate(items) if i >= anchor), None)
    n = max(1, len(layout.blocks) - 1)
    out: list[DateCandidate] = []
    for k, (i, m) in enumerate(items):
        day = days[k]
        out.append(
            DateCandidate(
                i,
                m,
                [
                    float(i in layout.dates),
                    layout.signed(i, anchor),
                    math.log1p(abs(i - anchor)),
                    layout.signed(i, fb),
                    math.log1p(abs(i - fb)),
                    float(i < fb),
                    float(fb <= i <= lb),
                    float(i > lb),
                    float(i in layout.sidebar),
                    float(m.kind == "published"),
                    float(m.kind == "updated"),
                    float("T" in m.timestamp.iso),
                    float(m.timestamp.relative),
                    float(k == 0),
                    math.log1p(counts[day]),
                    float(day == latest),
                    float(day == earliest),
                    i / n,
                    float(i in layout.bylines),
                    math.log1p(layout.n_words[i]),
                    layout.body_probability[i] if layout.body_probability else 0.0,
                    layout.link_ratio[i],
                    float(len(m.timestamp.iso) < 10),
                    float(k == after_title),
                    float(title is not None),
                ],
            )
        )
    return out


# --- byline -----------------------------------------------------------------------------

AUTHOR_FEATURES: tuple[str, ...] = (
    "dist_title",
    "abs_title",
    "dist_body",
    "abs_body",
    "dist_end",
    "abs_end",
    "before_body",
    "inside_body",
    "after_body",
    "sidebar",
    "organization",
    "first_byline",
    "position",
    "block_words",
    "p_body",
    "link",
    "has_date",
    "repeated",
    "labelled",
    "title_known",
    "trailing_bio",
    "bare_name",
    "inline_label",
    "signature",
    "beside_date",
    "holder",
    "source",
    "one_word",
    "first_block",
    "outlet_word",
    "lower_echo",
    "name_count",
    "after_teaser_heading",
    "date_next",
    "date_prev",
    "given_name",
)
# Where a candidate came from, strongest first: a block offered by several sources keeps the first.
BYLINE_SOURCES = (
    "labelled",
    "trailing_bio",
    "inline_label",
    "signature",
    "source",
    "beside_date",
    "bare_name",
    "holder",
)


@dataclass(slots=True)
class BylineCandidate:
    index: int
    byline: Byline
    row: list[float]
    kind: str = ""  # the finder that offered it: a key of BYLINE_SOURCES


_LABELLED = re.compile(
    r"^\W*(?:by|von|par|por|di|de|автор|авторы|текст|author|autor|written)\b", re.IGNORECASE
)


def _teaser_heading(layout: Layout, k: int) -> bool:
    """ "Lesen Sie auch", "Related", "Advertisement": a short line opening what is not the article."""
    text = layout.blocks[k].text
    return layout.n_words[k] <= 6 and (
        ARTICLE_END.match(text) is not None or FURNITURE.match(text) is not None
    )


_INITIAL = re.compile(r"[^\W\d_]\.?")


def _opens_mid_sentence(text: str) -> bool:
    """A line opening on a lower-case function word ("from University of Michigan", "mit dem
    Olympiasieger ...", "oder berechnen Sie"): the rest of a sentence or an affiliation, no headline."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return first.islower() and first in FUNCTION_WORDS


def opens_with_given_name(name: str) -> bool:
    """ "Jane Roe", "Dr. Jane Roe", "JEAN-LUC ROE", "J. Roe": a common given name or an initial first;
    "Weitere Informationen" and "Classic Cars" are not."""
    words = [w for w in name.casefold().split() if w not in NAME_TITLES]
    if not words:
        return False
    first = words[0]
    head = first.split("-")[0]
    # An initial stands for a given name: "J. Roe", "H Pyke".
    return first in GIVEN_NAMES or is_given_name(head) or _INITIAL.fullmatch(first) is not None


class _NameEchoes:
    """How often the page prints a name, as a run of whole words (case-folded). Counted from the
    page's word n-grams in one pass: a page of thousands of candidate names stays linear."""

    def __init__(self, page: str, names: list[str]) -> None:
        words = _TOKEN.findall(page.casefold())
        lengths = {len(_TOKEN.findall(n.casefold())) for n in names} - {0}
        self._grams: Counter[tuple[str, ...]] = Counter()
        for size in lengths:
            self._grams.update(zip(*(words[k:] for k in range(size)), strict=False))

    def count(self, name: str) -> int:
        return self._grams[tuple(_TOKEN.findall(name.casefold()))]


def byline_candidates(
    layout: Layout,
    sources: dict[str, dict[int, Byline]],
    dated: set[int],
    title: int | None,
) -> list[BylineCandidate]:
    """One candidate per block, from `sources` (kind -> block -> byline; kinds in BYLINE_SOURCES)."""
    fb, lb = layout.first_body, layout.last_body
    anchor = title if title is not None else fb
    n = max(1, len(layout.blocks) - 1)
    found = sources.get("labelled", {})
    names = ["; ".join(a.name for a in b.authors).casefold() for b in found.values()]
    merged: dict[int, tuple[str, Byline]] = {}
    for kind in BYLINE_SOURCES:
        for i, byline in sources.get(kind, {}).items():
            merged.setdefault(i, (kind, byline))
    out: list[BylineCandidate] = []
    if not merged:
        return out
    page = "\n".join(b.text for b in layout.blocks)
    # Words the page also prints in lower case are common words ("Mehr Sport", "Neueste Beiträge"),
    # rarely a person's name.
    lower_words = {w for w in _WORD.findall(page) if w[0].islower()}
    echoes = _NameEchoes(page, [a.name for _, byline in merged.values() for a in byline.authors])
    name_counts = Counter(names)
    for k, (i, (kind, byline)) in enumerate(sorted(merged.items())):
        key = "; ".join(a.name for a in byline.authors).casefold()
        tokens = [w for a in byline.authors for w in _WORD.findall(a.name)]
        lower_echo = sum(w.casefold() in lower_words for w in tokens) / len(tokens) if tokens else 0.0
        name_count = sum(echoes.count(a.name) for a in byline.authors) / len(byline.authors)
        out.append(
            BylineCandidate(
                i,
                byline,
                [
                    layout.signed(i, anchor),
                    math.log1p(abs(i - anchor)),
                    layout.signed(i, fb),
                    math.log1p(abs(i - fb)),
                    layout.signed(i, lb),
                    math.log1p(abs(i - lb)),
                    float(i < fb),
                    float(fb <= i <= lb),
                    float(i > lb),
                    float(i in layout.sidebar),
                    float(byline.organization is not None),
                    float(k == 0),
                    i / n,
                    math.log1p(layout.n_words[i]),
                    layout.body_probability[i] if layout.body_probability else 0.0,
                    layout.link_ratio[i],
                    float(i in dated),
                    float(name_counts[key] > 1),
                    float(_LABELLED.match(byline.text) is not None),
                    float(title is not None),
                    float(kind == "trailing_bio"),
                    float(kind == "bare_name"),
                    float(kind == "inline_label"),
                    float(kind == "signature"),
                    float(kind == "beside_date"),
                    float(kind == "holder"),
                    float(kind == "source"),
                    float(all(len(a.name.split()) == 1 for a in byline.authors)),
                    float(i == 0),
                    float(any(w in OUTLET_WORDS for a in byline.authors for w in a.name.casefold().split())),
                    lower_echo,
                    math.log1p(name_count),
                    # "Lesen Sie auch" / "Related" just above: the byline of a teaser, not of the article.
                    float(any(_teaser_heading(layout, k) for k in range(max(0, i - 3), i))),
                    float(i + 1 in dated),
                    float(i - 1 in dated),
                    sum(opens_with_given_name(a.name) for a in byline.authors) / max(1, len(byline.authors)),
                ],
                kind,
            )
        )
    return out


class _Candidate(Protocol):
    row: list[float]


C = TypeVar("C", bound=_Candidate)


def best(
    candidates: list[C],
    task: str,
    names: tuple[str, ...],
    value: Callable[[C], str] | None = None,
    prefer: Callable[[list[C], list[float], int], int] | None = None,
) -> tuple[C | None, bool]:
    """(the highest-scoring candidate above threshold, whether a usable model exists).

    Where boosted trees refine the ranker, they choose the answer and the linear ranker its place:
    of the candidates with the same `value` (a headline printed twice), the one it scores highest.
    The rankers that read distances from that place were trained on the linear ranker's picks.
    `prefer` may move the pick to another candidate, given the final scores."""
    model = load_models().get(task)
    if model is None or model.names != names:
        return None, False
    if not candidates:
        return None, True
    linear, scores = _scores(candidates, task)
    z, k = max((s, k) for k, s in enumerate(scores))
    if sigmoid(z) < model.threshold:
        return None, True
    if prefer is not None:
        k = prefer(candidates, scores, k)
    if value is not None and scores != linear:
        answer = value(candidates[k])
        _, k = max((s, j) for j, s in enumerate(linear) if value(candidates[j]) == answer)
    return candidates[k], True


def headline_over_runner_up(candidates: list[TitleCandidate], scores: list[float], k: int) -> int:
    """The ranker's pick, or the candidate right above it where that one scores nearly as well and is
    shorter: a headline's standfirst, caption or first line of text, printed under it, is what most
    often outscores it by a hair (w3m, inscriptis and derived shapes alike, measured in bench/quality.py
    and bench/variants.py). Not a name or a short "Label: value" line above it: an author's name,
    "Herausgeber: ..."."""
    top = candidates[k]
    length = len(norm(top.text))
    above = [
        j
        for j, c in enumerate(candidates)
        if c.index == top.index - 1
        and scores[j] >= scores[k] - _HEADLINE_ABOVE_MARGIN
        and len(norm(c.text)) < length
        and not _name_or_label(c.text)
    ]
    return max(above, key=lambda j: scores[j]) if above else k


def _name_or_label(text: str) -> bool:
    words = len(text.split())
    return (2 <= words <= 4 and NAME_SHAPE.match(text.strip()) is not None) or (
        words <= 4 and _SHORT_LABEL.match(text) is not None
    )


# How far below the pick (in logits) the candidate right above it may score and still be preferred;
# 0.5 to 0.7 gained 10 to 12 pages over the four corpus converters; chosen on half the pages, 0.5 and
# 1.0 gained 7 and 3 on the other half.
_HEADLINE_ABOVE_MARGIN = 0.6
_SHORT_LABEL = re.compile(r"^[^:]{2,30}:\s")


def _scores(candidates: list[C], task: str) -> tuple[list[float], list[float]]:
    """(the linear ranker's logits, the final scores with the boosted trees' refinement)."""
    model = load_models()[task]
    linear = [model.logit(c.row) for c in candidates]
    scores = list(linear)
    booster = load_boosters().get(task)
    if booster is not None and booster.names == model.names:
        for _, k in sorted(((s, k) for k, s in enumerate(scores)), reverse=True)[: booster.top]:
            scores[k] += booster.score(candidates[k].row)
    return linear, scores


def passing(candidates: list[C], task: str, names: tuple[str, ...]) -> list[C]:
    """The candidates the ranker scores at or above its threshold, best first (none without a model)."""
    model = load_models().get(task)
    if model is None or model.names != names or not candidates:
        return []
    _, scores = _scores(candidates, task)
    ranked = sorted(zip(scores, range(len(candidates)), strict=True), reverse=True)
    return [candidates[k] for z, k in ranked if sigmoid(z) >= model.threshold]
