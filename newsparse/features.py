"""Per-block layout and language features: the evidence the classifier weighs.

Pure and cheap: one pass over the blocks, regexes compiled once.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from newsparse.data import boilerplate
from newsparse.lang import case_blind_search, lowered, words
from newsparse.model import Block

_SENTENCE_END = re.compile(r"[.!?…。][\"'»”’)\]]*$")
_SENTENCE_INNER = re.compile(r"[.!?…][\"'»”’)]*\s+[\"'«“‘(]*[A-ZА-ЯЁÀ-Ý]")
_UPPER = re.compile(r"[A-ZА-ЯЁÀ-Ý]")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
# Two texts run together without a space, as converters glue a linked headline to its teaser
# ("...Student-AthleteA 24-year-old woman", "...250,000The state of").
_GLUED = re.compile(r"[a-z]{3}[A-Z](?:[a-z]|\s)|\d{3}[A-Z][a-z]|[a-z\d]{2}[.?!:][\"”’]?[A-Z][a-z]")
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net|html?)\b", re.IGNORECASE)


@dataclass(slots=True)
class BlockFeatures:
    n_words: int
    n_chars: int
    stop_density: float
    ends_sentence: bool
    sentences: int
    link_ratio: float
    upper_ratio: float  # capitalised words among words
    caps_ratio: float  # upper-case letters among letters
    digit_ratio: float
    bullet: bool
    heading: int
    repeated: int  # times the same text occurs elsewhere in the page
    url: bool
    boilerplate_hit: bool  # matches a known furniture phrase ("Share this", "Advertisement"...)
    caption_hit: bool  # "Photo: ...", "Image credit ..."
    position: float  # 0 at the top of the page, 1 at the bottom
    content: frozenset[str] = frozenset()  # distinct content words (no stop words, 3+ letters)
    promo_hit: bool = False  # the page talking to its reader: feedback, newsletter, support, "more on"
    bio_hit: bool = False  # opens like an author box ("Jane Roe is a professor of ...")


def block_features(
    blocks: list[Block], language: str | None, stopwords: frozenset[str]
) -> list[BlockFeatures]:
    folded = [b.text.casefold() for b in blocks]
    counts = Counter(folded)
    n = max(1, len(blocks) - 1)
    is_stopword = stopwords.__contains__
    out: list[BlockFeatures] = []
    for b, key in zip(blocks, folded, strict=True):
        text = b.text
        toks = words(text)
        n_words = len(toks)
        n_chars = len(text)
        # The tokens are the runs of _LETTER in the lower-cased text, and lower-casing keeps every
        # character's letterhood (checked for all of Unicode), so they hold exactly the letters.
        letters = sum(map(len, toks))
        ends = _SENTENCE_END.search(text) is not None
        split = text.split()
        # Short blocks are searched for furniture, on lower-cased text where that answers as IGNORECASE.
        lower = lowered(text) if n_words < 40 else None
        out.append(
            BlockFeatures(
                n_words=n_words,
                n_chars=n_chars,
                stop_density=(sum(map(is_stopword, toks)) / n_words) if n_words else 0.0,
                ends_sentence=ends,
                sentences=len(_SENTENCE_INNER.findall(text)) + (1 if ends else 0),
                link_ratio=min(1.0, b.link_chars / n_chars) if text else 0.0,
                upper_ratio=(sum(1 for w in split if w[:1].isupper()) / max(1, len(split))),
                caps_ratio=(len(_UPPER.findall(text)) / letters) if letters else 0.0,
                digit_ratio=len(_DIGIT.findall(text)) / max(1, n_chars),
                bullet=b.bullet is not None,
                heading=b.heading,
                repeated=counts[key] - 1,
                # Word counts first: the patterns only matter for short blocks.
                url=n_words < 12 and _URL.search(text) is not None,
                boilerplate_hit=n_words < 30
                and case_blind_search(boilerplate.FURNITURE, boilerplate.FURNITURE_LOWER, text, lower),
                caption_hit=n_words < 40 and boilerplate.CAPTION.search(text) is not None,
                position=b.index / n,
                content=frozenset(t for t in toks if len(t) >= 3 and not is_stopword(t)),
                promo_hit=n_words < 40
                and case_blind_search(boilerplate.PROMO, boilerplate.PROMO_LOWER, text, lower),
                bio_hit=n_words >= 6 and boilerplate.AUTHOR_BIO.search(text) is not None,
            )
        )
    return out


def prose_score(f: BlockFeatures) -> float:
    """How much a block reads like article prose, in 'word' units: positive for prose, negative for furniture.

    Used as the emission score of the contiguous-run search: a long paragraph pulls the
    article window towards it; menus, link lists and short fragments push it away.
    """
    if f.n_words == 0:
        return -2.0
    score = 0.0
    if f.n_words >= 8:
        score += f.n_words * (0.4 + 2.2 * f.stop_density)
    else:
        score -= 3.0 - f.n_words * 0.2
    if f.ends_sentence:
        score += 4.0
    score -= f.n_words * 2.0 * f.link_ratio
    if f.bullet:
        score -= 4.0 + (f.n_words if f.n_words < 12 else 0)
    if f.boilerplate_hit:
        score -= 10.0 + f.n_words
    if f.caption_hit:
        score -= 6.0 + f.n_words * 0.5
    if f.repeated:
        score -= 6.0 + f.n_words * 0.5
    if f.url:
        score -= 5.0
    if f.caps_ratio > 0.6 and f.n_words > 3:
        score -= f.n_words * 0.5
    return score


BODY_FEATURES: tuple[str, ...] = (
    "bias_free_lw",
    "short",
    "mid",
    "long",
    "stop",
    "stop_long",
    "ends",
    "sentences",
    "link",
    "bullet",
    "heading",
    "repeated",
    "url",
    "boiler",
    "caption",
    "caps",
    "digits",
    "upper",
    "date",
    "byline",
    "legal",
    "sidebar",
    "position",
    "in_window",
    "dist_window",
    "window_rel",
    "prev_lw",
    "next_lw",
    "prev_stop",
    "next_stop",
    "prev_link",
    "next_link",
    "prev_bullet",
    "next_bullet",
    "prev_ends",
    "next_ends",
    "prev2_lw",
    "next2_lw",
    "group_lw",
    "group_n",
    "group_link",
    "group_bullets",
    "gap",
    "prose",
    "prose_smooth",
    "fragmented",
    "markdown",
    "indent_mode",
    "after_comments",
    "end_marker",
    "ends_before",
    "dates_near",
    "promo",
    "promo_short",
    "bio",
    "headline_like",
    "image",
    "prev_image",
    "glued",
    "soft_before",
    "ends_colon",
    "under_intro",
    "comment_near",
)


def best_window(scores: list[float]) -> tuple[int, int]:
    """Maximum-sum contiguous window (Kadane); (start, end) inclusive, (-1, -1) if none is positive.

    How an article sits on a page: one run whose evidence outweighs the furniture inside it."""
    best, span = 0.0, (-1, -1)
    running, start = 0.0, 0
    for i, s in enumerate(scores):
        if running <= 0:
            running, start = s, i
        else:
            running += s
        if running > best:
            best, span = running, (start, i)
    return span


def _clip(x: float, lo: float = -1.0, hi: float = 1.0) -> float:
    return lo if x < lo else hi if x > hi else x


def body_rows(
    blocks: list[Block],
    feats: list[BlockFeatures],
    prose: list[float],
    window: tuple[int, int],
    flags: dict[str, set[int]],
    marks: PageMarks,
    *,
    fragmented: bool,
    markdown: bool,
) -> list[list[float]]:
    """One feature row per block, in BODY_FEATURES order, for the trained body model.

    Context matters as much as the block: prose sits among prose, and the article is one
    mostly contiguous run, so neighbours, the paragraph group and the heuristic window are inputs.
    """
    n = len(blocks)
    lw = [math.log1p(f.n_words) for f in feats]
    clipped = [_clip(p / 20.0) for p in prose]
    group_words: Counter[int] = Counter()
    group_blocks: Counter[int] = Counter()
    group_links: Counter[int] = Counter()
    group_bullets: Counter[int] = Counter()
    for b, f in zip(blocks, feats, strict=True):
        group_words[b.group] += f.n_words
        group_blocks[b.group] += 1
        group_links[b.group] += b.link_chars
        group_bullets[b.group] += f.bullet
    group_chars: Counter[int] = Counter()
    for b in blocks:
        group_chars[b.group] += len(b.text)
    ws, we = window
    in_window_indents = Counter(blocks[i].indent for i in range(ws, we + 1)) if ws >= 0 else Counter()
    indent_mode = in_window_indents.most_common(1)[0][0] if in_window_indents else -1
    # The first comments marker after the article window opens: readers' text from there on.
    comments_from = next(
        (
            k
            for k in range(max(ws, 0), n)
            if len(blocks[k].text) < 80 and boilerplate.COMMENTS_MARKER.search(blocks[k].text)
        ),
        None,
    )
    markers = marks.end
    ends_before = markers_before(markers, ws)
    soft_before = markers_before(marks.soft, ws)
    intro = under_intro(blocks)
    near_meta = marks.comment_near
    near = marks.date_near
    rows: list[list[float]] = []
    for i, (b, f) in enumerate(zip(blocks, feats, strict=True)):
        prev = feats[i - 1] if i > 0 else None
        nxt = feats[i + 1] if i + 1 < n else None
        if ws < 0:
            in_window, dist, rel = 0.0, 3.0, 0.0
        elif ws <= i <= we:
            in_window, dist, rel = 1.0, 0.0, (i - ws) / max(1, we - ws)
        else:
            in_window, dist, rel = 0.0, math.log1p(ws - i if i < ws else i - we), 0.0
        lo, hi = max(0, i - 3), min(n, i + 4)
        g = b.group
        rows.append(
            [
                lw[i],
                float(f.n_words < 4),
                float(4 <= f.n_words <= 15),
                float(f.n_words > 15),
                f.stop_density,
                f.stop_density * min(f.n_words, 40) / 40,
                float(f.ends_sentence),
                min(f.sentences, 10) / 10,
                f.link_ratio,
                float(f.bullet),
                float(f.heading > 0),
                float(f.repeated > 0),
                float(f.url),
                float(f.boilerplate_hit),
                float(f.caption_hit),
                float(f.caps_ratio > 0.6 and f.n_words > 2),
                min(f.digit_ratio * 5, 1.0),
                f.upper_ratio,
                float(i in flags["date"]),
                float(i in flags["byline"]),
                float(i in flags["legal"]),
                float(i in flags["sidebar"]),
                f.position,
                in_window,
                dist,
                rel,
                lw[i - 1] if i > 0 else 0.0,
                lw[i + 1] if i + 1 < n else 0.0,
                prev.stop_density if prev else 0.0,
                nxt.stop_density if nxt else 0.0,
                prev.link_ratio if prev else 0.0,
                nxt.link_ratio if nxt else 0.0,
                float(prev.bullet) if prev else 0.0,
                float(nxt.bullet) if nxt else 0.0,
                float(prev.ends_sentence) if prev else 0.0,
                float(nxt.ends_sentence) if nxt else 0.0,
                lw[i - 2] if i > 1 else 0.0,
                lw[i + 2] if i + 2 < n else 0.0,
                math.log1p(group_words[g]),
                math.log1p(group_blocks[g]),
                min(1.0, group_links[g] / max(1, group_chars[g])),
                group_bullets[g] / group_blocks[g],
                float(b.gap_before > 0),
                clipped[i],
                sum(clipped[lo:hi]) / (hi - lo),
                float(fragmented),
                float(markdown),
                float(b.indent == indent_mode),
                float(comments_from is not None and i > comments_from),
                float(markers[i]),
                ends_before[i],
                near[i],
                float(f.promo_hit),
                float(f.promo_hit and f.n_words < 15),
                float(f.bio_hit),
                float(headline_like(f) and 0 < ws - i <= _HEADLINE_REACH),
                float(b.image),
                float(i > 0 and blocks[i - 1].image),
                float(f.n_words >= 4 and _GLUED.search(b.text) is not None),
                soft_before[i],
                float(b.text.endswith(":")),
                float(intro[i]),
                near_meta[i],
            ]
        )
    return rows


def cohesion(feats: list[BlockFeatures], article: list[bool]) -> list[float]:
    """Share of each block's content words that other article blocks also use.

    An article's paragraphs keep returning to its names and topic words; teasers of other
    stories, promos and page furniture mostly do not."""
    df: Counter[str] = Counter()
    for f, a in zip(feats, article, strict=True):
        if a:
            df.update(f.content)
    out: list[float] = []
    for f, a in zip(feats, article, strict=True):
        if not f.content:
            out.append(0.0)
            continue
        own = 1 if a else 0
        out.append(sum(1 for t in f.content if df[t] > own) / len(f.content))
    return out


_END_MARKER_WORDS = 10
_HEADLINE_REACH = 3  # blocks above the article where its headline and standfirst stand


def headline_like(f: BlockFeatures) -> bool:
    """Short and unpunctuated (or a question): how a headline reads, whatever words it shares with the text."""
    return 2 <= f.n_words <= 25 and not f.ends_sentence and f.link_ratio < 0.5


def end_markers(blocks: list[Block], feats: list[BlockFeatures], legal: set[int]) -> list[bool]:
    """Short blocks that close an article and open what follows it ("Related stories", "Tags:",
    "Share this", "Comments"), and legal notices: the blocks after them are most often not the article's."""
    return [
        i in legal
        or f.n_words <= _END_MARKER_WORDS
        and (
            boilerplate.ARTICLE_END.search(b.text) is not None
            or (len(b.text) < 80 and boilerplate.COMMENTS_MARKER.search(b.text) is not None)
        )
        for i, (b, f) in enumerate(zip(blocks, feats, strict=True))
    ]


def under_intro(blocks: list[Block]) -> list[bool]:
    """Items of a list introduced by a line ending in a colon ("The game offers:" then its points):
    the article's own list, not a menu."""
    out: list[bool] = []
    opened = False
    for k, b in enumerate(blocks):
        prev = blocks[k - 1] if k else None
        if prev is not None and prev.text.endswith(":") and not prev.bullet:
            opened = True
        elif not b.bullet:
            opened = False
        out.append(opened and (b.bullet is not None or (prev is not None and prev.text.endswith(":"))))
    return out


def soft_markers(feats: list[BlockFeatures]) -> list[bool]:
    """Short furniture and promo lines ("Advertisement", "Subscribe", "Follow us"): they close
    articles too, but also interrupt them."""
    return [f.n_words <= _END_MARKER_WORDS and (f.boilerplate_hit or f.promo_hit) for f in feats]


def comment_meta(blocks: list[Block], feats: list[BlockFeatures]) -> list[bool]:
    """Reply buttons, vote counts, avatars: each reader comment prints them."""
    return [
        f.n_words <= 4 and boilerplate.COMMENT_META.search(b.text) is not None
        for b, f in zip(blocks, feats, strict=True)
    ]


@dataclass(slots=True)
class PageMarks:
    """What every body pass reads of the page besides its scores, found once per page: closing
    lines, short furniture and promo lines, and how near date lines and comment furniture stand."""

    end: list[bool]
    soft: list[bool]
    date_near: list[float]
    comment_near: list[float]


def page_marks(blocks: list[Block], feats: list[BlockFeatures], flags: dict[str, set[int]]) -> PageMarks:
    n = len(blocks)
    return PageMarks(
        end=end_markers(blocks, feats, flags["legal"]),
        soft=soft_markers(feats),
        date_near=dates_near(n, flags["date"]),
        comment_near=dates_near(n, {k for k, m in enumerate(comment_meta(blocks, feats)) if m}),
    )


def markers_before(markers: list[bool], start: int) -> list[float]:
    """How many end markers stand between the article's start and each block (0, 1/3, 2/3, 1)."""
    out: list[float] = []
    count = 0
    for i, m in enumerate(markers):
        out.append(min(count, 3) / 3)
        if m and i >= start >= 0:
            count += 1
    return out


def dates_near(n: int, dated: set[int], reach: int = 3) -> list[float]:
    """Share of the blocks within `reach` that are date lines: lists of stories print one per item."""
    out: list[float] = []
    for i in range(n):
        lo, hi = max(0, i - reach), min(n, i + reach + 1)
        out.append(sum(1 for k in range(lo, hi) if k != i and k in dated) / (2 * reach))
    return out


CONTEXT_FEATURES: tuple[str, ...] = (
    "logit",
    "p_prev",
    "p_next",
    "p_prev2",
    "p_next2",
    "p_mean3",
    "p_mean10",
    "p_max_before",
    "p_max_after",
    "p_group",
    "in_window",
    "dist_window",
    "lw",
    "link",
    "bullet",
    "date",
    "byline",
    "legal",
    "sidebar",
    "sandwich",
    "inside_core",
    "sandwich_short",
    "run_share",
    "main_run",
    "gap_words",
    "logit_out",
    "dates_near",
    "ends_before",
    "cohesion",
    "cohesion_sure",
    "promo",
    "bio",
    "tail",
    "headline_like",
    "soft_before",
    "comment_near",
)


def context_rows(
    blocks: list[Block],
    feats: list[BlockFeatures],
    probs: list[float],
    flags: dict[str, set[int]],
    marks: PageMarks,
) -> list[list[float]]:
    """Second-pass rows: each block's first-pass body probability beside its neighbours', so
    the article's contiguity is learnt rather than hard-coded."""
    n = len(probs)
    weight = [math.sqrt(1 + f.n_words) for f in feats]
    group_sum: dict[int, float] = defaultdict(float)
    group_weight: dict[int, float] = defaultdict(float)
    for b, p, w in zip(blocks, probs, weight, strict=True):
        group_sum[b.group] += p * w
        group_weight[b.group] += w
    # Word-weighted window over the first-pass evidence.
    ws, we = best_window([(p - 0.5) * w for p, w in zip(probs, weight, strict=True)])

    weighted = [p * w for p, w in zip(probs, weight, strict=True)]

    def mean(lo: int, hi: int) -> float:
        # Sums over the same slices in the same order as ever (no running totals): bit-identical inputs.
        lo, hi = max(0, lo), min(n, hi)
        total = sum(weight[lo:hi])
        return sum(weighted[lo:hi]) / total if total else 0.0

    confident = [i for i, p in enumerate(probs) if p >= 0.8]
    core_lo, core_hi = (confident[0], confident[-1]) if confident else (-1, -1)
    share, main, gap = _runs(probs, weight, feats)
    near = marks.date_near
    ends_before = markers_before(marks.end, core_lo)
    soft_before = markers_before(marks.soft, core_lo)
    near_meta = marks.comment_near
    cohesive = cohesion(feats, [p >= 0.5 for p in probs])
    # The last blocks of the main run: where promos, author boxes and sign-offs sit.
    last_main = max((i for i in range(n) if main[i]), default=-1)
    first_main = min((i for i in range(n) if main[i]), default=-1)
    tail = [1.0 if main[i] and last_main - i < 3 else 0.0 for i in range(n)]
    rows: list[list[float]] = []
    for i, (b, f) in enumerate(zip(blocks, feats, strict=True)):
        p = min(max(probs[i], 1e-6), 1 - 1e-6)
        before = max(probs[max(0, i - 5) : i], default=0.0)
        after = max(probs[i + 1 : i + 6], default=0.0)
        sandwich = min(before, after)
        if ws < 0:
            in_window, dist = 0.0, 3.0
        elif ws <= i <= we:
            in_window, dist = 1.0, 0.0
        else:
            in_window, dist = 0.0, math.log1p(ws - i if i < ws else i - we)
        rows.append(
            [
                math.log(p / (1 - p)),
                probs[i - 1] if i > 0 else 0.0,
                probs[i + 1] if i + 1 < n else 0.0,
                probs[i - 2] if i > 1 else 0.0,
                probs[i + 2] if i + 2 < n else 0.0,
                mean(i - 3, i + 4),
                mean(i - 10, i + 11),
                before,
                after,
                group_sum[b.group] / group_weight[b.group],
                in_window,
                dist,
                math.log1p(f.n_words),
                f.link_ratio,
                float(f.bullet),
                float(i in flags["date"]),
                float(i in flags["byline"]),
                float(i in flags["legal"]),
                float(i in flags["sidebar"]),
                sandwich,
                float(core_lo < i < core_hi),
                sandwich * float(f.n_words < 8),
                share[i],
                float(main[i]),
                gap[i],
                math.log(p / (1 - p)) * float(not main[i]),
                near[i],
                ends_before[i],
                cohesive[i],
                cohesive[i] * min(1.0, len(f.content) / 8),
                float(f.promo_hit),
                float(f.bio_hit),
                tail[i],
                float(headline_like(f) and 0 < first_main - i <= _HEADLINE_REACH),
                soft_before[i],
                near_meta[i],
            ]
        )
    return rows


_RUN_GAP_BLOCKS = 3  # low-probability blocks a run of body blocks may skip (captions, ads)


def _runs(
    probs: list[float], weight: list[float], feats: list[BlockFeatures]
) -> tuple[list[float], list[bool], list[float]]:
    """Runs of likely body blocks (short gaps allowed): each block's run evidence as a share of the
    strongest run's, whether it lies in that main run, and how many non-body words separate it from it.

    An article is one main run; teasers and comments after it form weaker runs behind a gap."""
    n = len(probs)
    spans: list[list[int]] = []
    masses: list[float] = []
    for i, p in enumerate(probs):
        if p < 0.5:
            continue
        if spans and i - spans[-1][1] - 1 <= _RUN_GAP_BLOCKS:
            spans[-1][1] = i
            masses[-1] += p * weight[i]
        else:
            spans.append([i, i])
            masses.append(p * weight[i])
    share = [0.0] * n
    main = [False] * n
    gap = [0.0] * n
    if not spans:
        return share, main, [3.0] * n
    top = max(range(len(spans)), key=lambda k: masses[k])
    for (lo, hi), mass in zip(spans, masses, strict=True):
        for i in range(lo, hi + 1):
            share[i] = mass / masses[top]
    m_lo, m_hi = spans[top]
    for i in range(m_lo, m_hi + 1):
        main[i] = True
    # Words of non-body blocks between each block and the main run.
    low = [feats[i].n_words if probs[i] < 0.5 else 0 for i in range(n)]
    running = 0
    for i in range(m_lo - 1, -1, -1):
        gap[i] = math.log1p(running)
        running += low[i]
    running = 0
    for i in range(m_hi + 1, n):
        gap[i] = math.log1p(running)
        running += low[i]
    return share, main, gap
