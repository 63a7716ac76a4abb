"""Stage 3: label every block (body, title, timestamp, byline, legal, sidebar, navigation...).

Field parsers run first on short blocks and act as anchors: dates, bylines and legal
notices are not prose, and runs of dated items are sidebar lists. The article body is
then the best-scoring mostly contiguous run of prose-like blocks (a maximum-sum
window over per-block scores), which is how an article sits on a page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from newsparse import authorship, bylines, chrome, legal, select, sidebar, timestamps
from newsparse.data import boilerplate
from newsparse.data.stopwords import STOPWORDS
from newsparse.features import (
    BODY_FEATURES,
    CONTEXT_FEATURES,
    BlockFeatures,
    best_window,
    block_features,
    body_rows,
    context_rows,
    page_marks,
    prose_score,
)
from newsparse.linear import load_models
from newsparse.model import Block, Byline, Document, Label, LegalNotice
from newsparse.timestamps import DateContext, DateMatch
from newsparse.typography import richer_copy

_DATE_LINE_COVERAGE = 0.45
_WORD = re.compile(r"\w+")
_NOTICE_MAX_WORDS = 30  # a "please enable JavaScript" notice is short; a paragraph about JavaScript is not
_FALLBACK_MIN_WORDS = 8
_DEDUP_MIN_CHARS = 20
_META_LINE_REACH = 3  # blocks under the headline where its date and byline line stands
_DATELINE_PARAGRAPHS = 2  # the article's first paragraphs, where a dateline opens it
_WORDS_BEFORE_CLOSING = 100  # article words above a "Comments" or closing heading before it ends the article
_CLOSING_MAX_CHARS = 80  # a closing heading is short
_CLOSING_SHARE = 0.2  # of the chosen words: how much must stand above a closing heading
_MINOR_TAIL_SHARE = 0.35  # of the article's words: what a box heading may cut off below it
_SURE_PROBABILITY = 0.85  # with _SURE_WORDS: a paragraph no box heading cuts off
_SURE_WORDS = 25
_TAIL_HEADING_WORDS = 5  # "Related articles", "About the author"; "READ MORE: <headline>" is a teaser
_CAPTION_MAX_WORDS = 60  # a credit or a wire date in a block this short marks a caption
_WIRE_CAPTION_MIN_WORDS = 12  # shorter: a date line, which the date finder reads
_COPY_MIN_WORDS = 150  # a block this long that the body already holds: the page's second copy
_COPY_SHARE = 0.7  # of its 4-word runs found elsewhere in the body
_ABOVE_TITLE_SHARE = 0.5  # body words above the headline, against those below, that are not its article
_HEADLINE_ECHO = 0.8  # of the headline's 4-word runs a block repeats to print it again
_PROMPT_WORDS = 20  # a prompt to the reader this short is a widget line
_TEASER_WORDS = 25  # a "see also" paragraph this short is a link, not the article's sentence
_BARE_LEAD_WORDS = 4  # "VEA TAMBIÉN:" alone on its line; the headline follows
_LEAD_WORDS = 15  # a lead paragraph the model doubts is still a paragraph, not a stub or a kicker
_LEAD_PROBABILITY = 0.15  # ... and the model gives it some chance
_LEAD_STUB_WORDS = 3  # an ad marker, "[vc]", "Advertisement": what may stand between it and the body
CONTEXT_PASSES = ("body_context", "body_context2")


@dataclass(slots=True)
class Analysis:
    """What the classifier found, per block index."""

    features: list[BlockFeatures]
    dates: dict[int, DateMatch] = field(default_factory=dict)  # blocks that are essentially a date
    dates_inside: dict[int, list[DateMatch]] = field(default_factory=dict)  # every date in a short block
    bylines: dict[int, Byline] = field(default_factory=dict)
    legal: dict[int, LegalNotice] = field(default_factory=dict)
    sidebar_items: list[list[int]] = field(default_factory=list)  # block indices per sidebar item
    body: list[int] = field(default_factory=list)
    title: int | None = None
    timestamp: int | None = None
    byline: int | None = None
    body_rows: list[list[float]] = field(default_factory=list)  # model inputs, kept for training
    body_probability: list[float] = field(default_factory=list)
    first_probability: list[float] = field(default_factory=list)  # the first pass's, block by block
    context_rows: list[list[float]] = field(default_factory=list)
    title_text: str | None = None
    timestamp_match: DateMatch | None = None
    byline_value: Byline | None = None
    title_candidates: list[select.TitleCandidate] = field(default_factory=list)
    date_candidates: list[select.DateCandidate] = field(default_factory=list)
    byline_candidates: list[select.BylineCandidate] = field(default_factory=list)
    chrome: set[int] = field(default_factory=set)  # an archive's toolbar, server errors: never the page's own
    code: set[int] = field(default_factory=set)  # a script's or style sheet's text (also in chrome)


def _stopwords(languages: tuple[str, ...]) -> frozenset[str]:
    merged: set[str] = set()
    for lang in languages[:2]:
        merged |= STOPWORDS.get(lang, frozenset())
    return frozenset(merged)


def _printed_headline(
    chosen: select.TitleCandidate, candidates: list[select.TitleCandidate], layout: select.Layout
) -> int:
    """Where the chosen headline stands over the article: a page's <title> line (first in a
    BeautifulSoup dump) says it too, but the article's edges are measured from the printed one."""
    value = select.norm(chosen.text)
    main = layout.main_body
    over = [c.index for c in candidates if c.index <= main and select.norm(c.text) == value]
    return max(over) if over and max(over) > chosen.index else chosen.index


def _find_fields(doc: Document, ctx: DateContext, analysis: Analysis) -> None:
    blocks = doc.blocks
    for b in blocks:
        if b.index in analysis.chrome:
            continue  # the capture calendar's dates and the crawler's name are the archive's
        if len(b.text) > authorship.MAX_FIELD_CHARS:
            notice = legal.classify_legal(b.text, b.start_line, end_line=b.end_line)
            if notice:
                analysis.legal[b.index] = notice
            continue
        found = timestamps.find_dates(b.text, b.start_line, ctx)
        date_line = False
        if found and b.index > 0:
            timestamps.label_from_line_above(found, blocks[b.index - 1].text)
        if found:
            analysis.dates_inside[b.index] = found
            date_line = timestamps.date_coverage(b.text, found[0]) >= _DATE_LINE_COVERAGE
        # "By Jane Roe | May 3, 2021" is both a byline and a date line.
        byline = bylines.parse_byline(b.text, b.start_line)
        if byline is None and authorship.labels_next(blocks, b.index):
            # BeautifulSoup puts "By " and the linked name on lines of their own.
            byline = bylines.parse_byline(authorship.with_named_next(blocks, b.index), b.start_line)
        if byline is not None and byline.authors:
            analysis.bylines[b.index] = byline
        if date_line:
            analysis.dates[b.index] = found[0]
            continue
        if byline is not None:
            continue
        notice = legal.classify_legal(b.text, b.start_line, end_line=b.end_line)
        if notice:
            analysis.legal[b.index] = notice


def _find_sidebar(blocks: list[Block], analysis: Analysis) -> None:
    """Runs of two or more dated items close together are lists of other stories.

    A labelled date ("Aktualisiert am ...", "Published ...") is the article's own, never an item's."""
    dated = sorted(i for i, m in analysis.dates.items() if m.kind is None)
    runs: list[list[int]] = []
    for i in dated:
        if runs and i - runs[-1][-1] <= 3:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        # One article date printed twice ("May 3 | By X" ... "May 3") is not a list of stories.
        if len(run) < 2 or len({analysis.dates[i].timestamp.iso for i in run}) < 2:
            continue
        starts = run
        for k, start in enumerate(starts):
            last = k + 1 == len(starts)
            end = min(len(blocks), start + 3) if last else starts[k + 1]
            item = [start]
            for j in range(start + 1, end):
                if j in analysis.legal or j in analysis.bylines:
                    break
                # The last item has no next date to bound it: a full paragraph is the article's.
                feats = analysis.features[j]
                if last and feats.n_words >= _ITEM_PROSE_WORDS and feats.ends_sentence:
                    break
                if sidebar.is_list_furniture(blocks[j].text):
                    continue
                item.append(j)
            analysis.sidebar_items.append(item)
    _find_related_lists(blocks, analysis)


_ITEM_PROSE_WORDS = 25  # a sidebar item's summary is shorter than a paragraph that ends a sentence
_RELATED_MAX_WORDS = 30
_RELATED_MAX_ITEMS = 12
_PROSE_RUN_WORDS = 12  # each of two sentences in a row this long: paragraphs, not headlines


def _reads_as_prose(b: Block, f: BlockFeatures) -> bool:
    """A full sentence, not a teaser cut short with "...": how paragraphs end and headlines do not."""
    return f.n_words >= _PROSE_RUN_WORDS and f.ends_sentence and not b.text.endswith(("...", "…"))


def _find_related_lists(blocks: list[Block], analysis: Analysis) -> None:
    """Undated lists under a 'Related stories' / 'Читайте также' heading: each line a headline."""
    taken = {i for item in analysis.sidebar_items for i in item}
    for head in blocks:
        if head.index in taken or not sidebar.is_related_heading(head.text):
            continue
        items: list[int] = []
        group: int | None = None
        for b in blocks[head.index + 1 :]:
            i = b.index
            words = len(b.text.split())
            if i in taken or i in analysis.legal or i in analysis.bylines or words > _RELATED_MAX_WORDS:
                break
            if sidebar.is_list_furniture(b.text) or sidebar.is_related_heading(b.text):
                break
            # Two paragraphs in a row: the list is over and an article (re)starts.
            if (
                i + 1 < len(blocks)
                and _reads_as_prose(b, analysis.features[i])
                and _reads_as_prose(blocks[i + 1], analysis.features[i + 1])
            ):
                break
            if group is None:
                group = b.group
            elif b.group != group:
                # Items one per paragraph continue; a second multi-line group is another list or menu.
                single = sum(1 for x in blocks if x.group == b.group) == 1
                one_per_group = all(sum(1 for x in blocks if x.group == blocks[k].group) == 1 for k in items)
                if not (single and one_per_group):
                    break
                group = b.group
            if i in analysis.dates:
                continue  # a date line under a headline belongs to that item; kept out of headlines
            items.append(i)
            if len(items) >= _RELATED_MAX_ITEMS:
                break
        for i in items:
            item = [i]
            nxt = i + 1
            if nxt in analysis.dates and nxt not in taken:
                item.append(nxt)
            analysis.sidebar_items.append(item)
            taken.update(item)


def classify(doc: Document, ctx: DateContext) -> Analysis:
    feats = block_features(doc.blocks, doc.language, _stopwords(doc.languages))
    code = chrome.script_text(doc.blocks)
    analysis = Analysis(
        features=feats,
        chrome=chrome.archive_toolbar(doc.blocks) | chrome.server_messages(doc.blocks) | code,
        code=code,
    )
    _find_fields(doc, ctx, analysis)
    _find_sidebar(doc.blocks, analysis)
    in_sidebar = {i for item in analysis.sidebar_items for i in item}

    excluded = in_sidebar | analysis.chrome  # never body, whatever the model says
    scores = [prose_score(f) for f in feats]
    for i in excluded:
        scores[i] = -60.0
    for i in analysis.legal:
        scores[i] = -30.0
    for i in analysis.bylines:
        scores[i] = -8.0
    for i in analysis.dates:
        scores[i] = -4.0
    window = best_window(scores)
    flags = {
        "date": set(analysis.dates),
        "byline": set(analysis.bylines),
        "legal": set(analysis.legal),
        "sidebar": in_sidebar,
    }
    marks = page_marks(doc.blocks, feats, flags)
    analysis.body_rows = body_rows(
        doc.blocks, feats, scores, window, flags, marks, fragmented=doc.fragmented, markdown=doc.markdown
    )
    models = load_models()
    model = models.get("body")
    # Weights trained for another feature set (mid-retraining) are ignored, never misapplied.
    if model is not None and model.names != BODY_FEATURES:
        model = None
    if model is not None:
        analysis.body_probability = [model.probability(row) for row in analysis.body_rows]
        analysis.first_probability = analysis.body_probability
        threshold = model.threshold
        # Context passes: each reads the previous pass's probabilities beside the neighbours'.
        for name in CONTEXT_PASSES:
            second = models.get(name)
            if second is None or second.names != CONTEXT_FEATURES:
                break
            analysis.context_rows = context_rows(doc.blocks, feats, analysis.body_probability, flags, marks)
            analysis.body_probability = [second.probability(row) for row in analysis.context_rows]
            threshold = second.threshold
        analysis.body = _decode_body(doc.blocks, analysis, threshold, excluded)
        if not analysis.body and not in_sidebar and any(f.n_words >= _FALLBACK_MIN_WORDS for f in feats):
            # Pages unlike any article (tables, calendars): take what looks most like content
            # rather than nothing; a listing page is still recognised by its sidebar.
            analysis.body = _decode_body(doc.blocks, analysis, threshold * 0.5, excluded)
    elif window[0] >= 0:
        start, end = window
        analysis.body = [
            i
            for i in range(start, end + 1)
            if scores[i] > -3.0 and feats[i].n_words >= 2 and i not in excluded
        ]
    _pick_anchors(doc, analysis, ctx)
    if analysis.title_text is not None:
        analysis.title_text = richer_copy(analysis.title_text, doc.text)
    _assign_labels(doc, analysis, in_sidebar)
    return analysis


def _drop_after_article(blocks: list[Block], chosen: list[bool]) -> None:
    """Once an article has run its course, a "Comments" heading opens the readers' text and a
    "Tags" or "Most read" heading the page's furniture: nothing after them is the article's, however
    much it reads like prose. A marker above most of the article (under 100 words, or under a fifth of
    the chosen words, above it) is a menu entry ("Kommentare"), a count under the headline ("0
    Comments") or a share bar's button under a long standfirst, and is passed over."""
    total = sum(len(b.text.split()) for b, c in zip(blocks, chosen, strict=True) if c)
    words = 0
    for i, c in enumerate(chosen):
        if c:
            words += len(blocks[i].text.split())
        elif (
            words >= _WORDS_BEFORE_CLOSING
            and words >= _CLOSING_SHARE * total
            and len(blocks[i].text) < _CLOSING_MAX_CHARS
            and not blocks[i].text[:1].isdigit()
            and (
                boilerplate.COMMENTS_MARKER.search(blocks[i].text) is not None
                or boilerplate.ARTICLE_CLOSER.search(blocks[i].text) is not None
            )
        ):
            chosen[i + 1 :] = [False] * (len(chosen) - i - 1)
            return


def _drop_minor_tail(blocks: list[Block], chosen: list[bool], probs: list[float]) -> None:
    """A heading that may close the article ("Related", "Newsletter", "About the author") ends it when
    what follows is a small share of the body and holds no paragraph the model is sure of: a box
    inside the article has the article going on below it."""
    sizes = [len(b.text.split()) if c else 0 for b, c in zip(blocks, chosen, strict=True)]
    total = sum(sizes)
    words = 0
    for i, b in enumerate(blocks):
        words += sizes[i]
        if (
            chosen[i]
            or words < _WORDS_BEFORE_CLOSING
            or len(b.text.split()) > _TAIL_HEADING_WORDS
            or b.text[:1].isdigit()
            or not (boilerplate.ARTICLE_END.search(b.text) or boilerplate.TAIL_OPENER.search(b.text))
        ):
            continue
        if total - words > _MINOR_TAIL_SHARE * total:
            continue
        if any(chosen[k] and _is_sure_paragraph(probs[k], sizes[k]) for k in range(i + 1, len(blocks))):
            continue
        chosen[i + 1 :] = [False] * (len(chosen) - i - 1)
        return


def _is_sure_paragraph(probability: float, words: int) -> bool:
    """A paragraph the model is sure of: no heading or echo above it ends the article."""
    return probability >= _SURE_PROBABILITY and words >= _SURE_WORDS


def _reads_as_caption(b: Block, f: BlockFeatures) -> bool:
    """Blocks only a caption reads like: "In this photo ...", a closing agency credit, or a short block
    with a photo credit or a wire photo's full date."""
    if boilerplate.CAPTION_STRONG.search(b.text) is not None:
        return True
    if f.n_words > _CAPTION_MAX_WORDS:
        return False
    return (
        f.caption_hit
        or boilerplate.CREDIT_TAIL.search(b.text) is not None
        or (f.n_words >= _WIRE_CAPTION_MIN_WORDS and boilerplate.WIRE_CAPTION_DATE.search(b.text) is not None)
    )


def _shingles(text: str) -> set[tuple[str, ...]]:
    """Runs of four words, punctuation aside."""
    words = _WORD.findall(text.casefold())
    return {tuple(words[k : k + 4]) for k in range(len(words) - 3)}


def _drop_second_copy(blocks: list[Block], chosen: list[bool]) -> None:
    """Pages that print the article twice (a print version, an AMP or JSON copy) run the second copy
    together into one long block: dropped when the rest of the body already holds most of it."""
    long_blocks = [i for i, c in enumerate(chosen) if c and len(blocks[i].text.split()) >= _COPY_MIN_WORDS]
    if not long_blocks:
        return
    runs = {i: _shingles(blocks[i].text) for i, c in enumerate(chosen) if c}
    holders: Counter[tuple[str, ...]] = Counter()
    for own in runs.values():
        holders.update(own)
    for i in long_blocks:
        own = runs[i]
        # A run is held elsewhere when another chosen block has it too.
        if own and sum(1 for run in own if holders[run] > 1) >= _COPY_SHARE * len(own):
            chosen[i] = False
            holders.subtract(own)


def _drop_reader_prompts(feats: list[BlockFeatures], chosen: list[bool]) -> None:
    """A short line that talks to the reader (share it, subscribe, donate, "Was this helpful?") is
    the page's widget, not the story's sentence."""
    for i, f in enumerate(feats):
        if chosen[i] and f.promo_hit and f.n_words <= _PROMPT_WORDS:
            chosen[i] = False


def _drop_inline_teasers(blocks: list[Block], chosen: list[bool]) -> None:
    """Links to other stories set inside the article: "Lesen Sie auch: ...", or a bare "VEA TAMBIÉN:"
    with the headline on the next line."""
    for i, b in enumerate(blocks):
        if not chosen[i]:
            continue
        size = len(b.text.split())
        if size <= _TEASER_WORDS and boilerplate.INLINE_TEASER.search(b.text):
            chosen[i] = False
            if (
                size <= _BARE_LEAD_WORDS
                and i + 1 < len(blocks)
                and len(blocks[i + 1].text.split()) <= _TEASER_WORDS
            ):
                chosen[i + 1] = False


def _may_join_body(blocks: list[Block], analysis: Analysis, i: int) -> bool:
    """False for blocks that never join the body, whatever the model says: a notice; a picture or a
    block only a caption reads like (images are captions, whatever their alt text says); a file name
    or an id alone on its line (the page's, not the writer's); an ad slot's label; a blog's filing note;
    a notice for browsers without scripts."""
    b = blocks[i]
    return (
        i not in analysis.legal
        and not b.image
        and not _reads_as_caption(b, analysis.features[i])
        and boilerplate.MACHINE_TOKEN.fullmatch(b.text) is None
        and boilerplate.AD_MARKER_LINE.match(b.text) is None
        and boilerplate.BLOG_FILING_NOTE.match(b.text) is None
        and not (
            analysis.features[i].n_words < _NOTICE_MAX_WORDS and boilerplate.SCRIPT_NOTICE.search(b.text)
        )
    )


def _decode_body(blocks: list[Block], analysis: Analysis, threshold: float, excluded: set[int]) -> list[int]:
    """Blocks the model calls body; fragments caught between two body blocks of one paragraph
    group join them (BeautifulSoup splits a sentence at every link)."""
    probs = analysis.body_probability

    def eligible(i: int) -> bool:
        return i not in excluded and _may_join_body(blocks, analysis, i)

    # Asked only of blocks the threshold lets through: the caption patterns are the costly part. The
    # fragments re-joined below are asked the same.
    chosen = [p >= threshold and eligible(i) for i, p in enumerate(probs)]
    for i in range(1, len(blocks) - 1):
        if not chosen[i] and chosen[i - 1] and chosen[i + 1]:
            same_group = blocks[i - 1].group == blocks[i].group == blocks[i + 1].group
            if same_group and probs[i] >= threshold / 3 and eligible(i):
                chosen[i] = True
    _drop_after_article(blocks, chosen)
    _drop_minor_tail(blocks, chosen, probs)
    _drop_inline_teasers(blocks, chosen)
    _drop_second_copy(blocks, chosen)
    _drop_reader_prompts(analysis.features, chosen)
    # An article never prints one paragraph twice: a repeat is a gallery caption, a teaser or a
    # widget's copy. The likeliest copy stays.
    best: dict[str, int] = {}
    for i, c in enumerate(chosen):
        if c and len(blocks[i].text) >= _DEDUP_MIN_CHARS:
            key = blocks[i].text.casefold()
            if key in best:
                keep = best[key] if probs[best[key]] >= probs[i] else i
                chosen[i + best[key] - keep] = False
                best[key] = keep
            else:
                best[key] = i
    return [i for i, c in enumerate(chosen) if c]


def _title_score(b: Block, f: BlockFeatures, distance: int) -> float:
    if not (2 <= f.n_words <= 30) or f.link_ratio > 0.5 or f.bullet:
        return -1.0
    score = 3.0 - 0.3 * distance
    if b.heading == 1:
        score += 4.0
    elif b.heading:
        score += 2.0
    if not f.ends_sentence or b.text.endswith(("?", "!")):
        score += 1.0
    if 4 <= f.n_words <= 20:
        score += 1.0
    if f.boilerplate_hit or f.caption_hit:
        score -= 4.0
    return score


def _drop_above_title(blocks: list[Block], body: list[int], title: int, probs: list[float]) -> list[int]:
    """Body blocks above the headline that weigh little against the article below it are teasers
    and another story's standfirst; a paragraph the model is sure of up there means the headline was
    misjudged, and all stays."""
    above = [i for i in body if i < title]
    if not above:
        return body
    below = [i for i in body if i > title]
    words_above = sum(len(blocks[i].text.split()) for i in above)
    words_below = sum(len(blocks[i].text.split()) for i in below)
    if any(_is_sure_paragraph(probs[i], len(blocks[i].text.split())) for i in above):
        return body
    if words_below and words_above < _ABOVE_TITLE_SHARE * words_below:
        return below
    return body


def _take_lead(blocks: list[Block], analysis: Analysis, probs: list[float]) -> list[int]:
    """The article's first paragraph, printed between the headline and the body with only an ad
    marker or a widget's stub around it, belongs to the body even where the model doubts it."""
    body, title = analysis.body, analysis.title
    if not body or title is None or body[0] <= title + 1:
        return body
    first = body[0]
    for k in range(first - 1, title, -1):
        f = analysis.features[k]
        if (
            f.n_words >= _LEAD_WORDS
            and probs[k] >= _LEAD_PROBABILITY
            and k not in analysis.bylines
            and k not in analysis.dates
            and _may_join_body(blocks, analysis, k)
            # Below the date or byline: a standfirst stands between them and the headline.
            and any(j in analysis.dates or j in analysis.bylines for j in range(title + 1, k))
        ):
            return [k, *body]
        if f.n_words > _LEAD_STUB_WORDS:
            break
    return body


def _cut_at_headline_echo(blocks: list[Block], body: list[int], title: int, probs: list[float]) -> list[int]:
    """The headline printed again once the article has run (a share widget, the next-story box, a
    list of stories that includes this one) opens the page's furniture, when what follows is a small
    share of the body with no sure paragraph in it."""
    headline = _shingles(blocks[title].text)
    if len(headline) < 2:
        return body
    need = _HEADLINE_ECHO * len(headline)
    echoes = {k for k in range(title + 1, len(blocks)) if len(headline & _shingles(blocks[k].text)) >= need}
    sizes = {i: len(blocks[i].text.split()) for i in body}
    total = sum(sizes.values())
    # Body words and sure paragraphs below each block, echoes left out.
    tail_words: dict[int, int] = {}
    tail_sure: dict[int, bool] = {}
    words, sure = 0, False
    for j in range(len(blocks) - 1, title, -1):
        tail_words[j], tail_sure[j] = words, sure
        if j in sizes and j not in echoes:
            words += sizes[j]
            sure = sure or _is_sure_paragraph(probs[j], sizes[j])
    chosen = set(body)
    words = 0
    for j in range(title + 1, len(blocks)):
        if j in chosen and j not in echoes:
            words += sizes[j]
            continue
        if words < _WORDS_BEFORE_CLOSING or j not in echoes:
            continue
        if tail_words[j] > _MINOR_TAIL_SHARE * total or tail_sure[j]:
            continue
        return [k for k in body if k < j]
    return body


def _pick_anchors(doc: Document, analysis: Analysis, ctx: DateContext) -> None:
    """Title, then the timestamp and byline relative to it: trained rankers where weights
    exist, nearest-to-the-body heuristics otherwise."""
    blocks, feats = doc.blocks, analysis.features
    in_sidebar = {i for item in analysis.sidebar_items for i in item}
    layout = select.Layout(
        blocks=blocks,
        body=analysis.body,
        body_probability=analysis.first_probability,
        # An archive's toolbar is as foreign to the article as another story's teaser.
        sidebar=in_sidebar | analysis.chrome,
        legal=set(analysis.legal),
        bylines=authorship.signed_blocks(blocks, set(analysis.bylines)),
        dates=set(analysis.dates),
        link_ratio=[f.link_ratio for f in feats],
        n_words=[f.n_words for f in feats],
        stop_density=[f.stop_density for f in feats],
        furniture={i for i, f in enumerate(feats) if f.boilerplate_hit},
        promo={i for i, f in enumerate(feats) if f.promo_hit},
        dated=set(analysis.dates_inside),
    )
    analysis.title_candidates = select.title_candidates(
        layout, fragmented=doc.fragmented, blankless=doc.blankless
    )
    chosen, trained = select.best(
        analysis.title_candidates,
        "title",
        select.TITLE_FEATURES,
        lambda c: select.norm(c.text),
        prefer=select.headline_over_runner_up,
    )
    if chosen is not None:
        analysis.title, analysis.title_text = (
            _printed_headline(chosen, analysis.title_candidates, layout),
            chosen.text,
        )
    else:
        # No model, or no candidate it trusts: the headline-like block right above the body.
        _heuristic_title(doc, analysis, in_sidebar)
    if analysis.title is not None and analysis.title in analysis.body:
        analysis.body.remove(analysis.title)
        layout.body = analysis.body
    # Both trims weigh the model's certainty; without trained weights there is none to weigh.
    if analysis.title is not None and analysis.body_probability:
        probs = analysis.body_probability
        analysis.body = _drop_above_title(doc.blocks, analysis.body, analysis.title, probs)
        analysis.body = _cut_at_headline_echo(doc.blocks, analysis.body, analysis.title, probs)
        analysis.body = _take_lead(doc.blocks, analysis, probs)
        layout.body = analysis.body
    # The headline is judged on its own evidence (the first pass): the context passes pull it towards
    # the article right below it. The date and the byline sit among the article's edges: the final pass.
    layout.body_probability = analysis.body_probability

    # The article's date is never a sidebar item's.
    own_dates = {
        i: found
        for i, found in analysis.dates_inside.items()
        if i not in in_sidebar and not boilerplate.EMBED_CREDIT.search(blocks[i].text)
    }
    # Paragraphs too long to search whole: only a dateline opening the article's first ones.
    for i in analysis.body[:_DATELINE_PARAGRAPHS]:
        if i not in own_dates:
            dateline = timestamps.opening_dateline(blocks[i].text, blocks[i].start_line, ctx)
            if dateline is not None:
                own_dates[i] = [dateline]
    analysis.date_candidates = select.date_candidates(layout, own_dates, analysis.title)
    date, trained = select.best(analysis.date_candidates, "date", select.DATE_FEATURES)
    if not trained:
        # Nearest date line to the title that is not a sidebar item's.
        pool = [
            c for c in analysis.date_candidates if c.index in analysis.dates and c.index not in in_sidebar
        ]
        anchor = analysis.title if analysis.title is not None else layout.first_body
        date = min(pool, key=lambda c: (abs(c.index - anchor), c.index)) if pool else None
    if date is not None:
        date = _meta_date_under_headline(date, analysis)
        analysis.timestamp, analysis.timestamp_match = (
            date.index,
            _with_update(_published_beside(date.match, own_dates, date.index), own_dates, date.index),
        )

    bios: dict[int, Byline] = {}
    for i in analysis.body[-3:]:
        bio = bylines.parse_trailing_bio(blocks[i].text, blocks[i].start_line)
        if bio is not None:
            bios[i] = bio
    analysis.byline_candidates = select.byline_candidates(
        layout,
        authorship.byline_sources(doc, analysis, layout, bios),
        set(analysis.dates_inside),
        analysis.title,
    )
    byline, trained = select.best(analysis.byline_candidates, "author", select.AUTHOR_FEATURES)
    byline = authorship.prefer_labelled(byline, analysis.byline_candidates)
    if byline is None:
        byline = authorship.byline_at_edges(analysis, layout, in_sidebar, labelled_only=trained)
    if byline is not None:
        # A trailing bio stays in the body: it is article text that also names the author.
        analysis.byline, analysis.byline_value = byline.index, byline.byline


def _meta_date_under_headline(date: select.DateCandidate, analysis: Analysis) -> select.DateCandidate:
    """A date the headline itself names ("Protokoll der Sitzung vom 10. Oktober 2019", "Ergebnisse,
    19.5.2007") is the event's: where a date line follows within a few blocks, that is the article's."""
    title, headline = analysis.title, analysis.title_text
    if title is None or date.index != title or not headline:
        return date
    if date.match.timestamp.text not in headline:
        return date
    below = [
        c
        for c in analysis.date_candidates
        if title < c.index <= title + _META_LINE_REACH
        and (c.index in analysis.dates or c.index in analysis.bylines)
    ]
    return min(below, key=lambda c: c.index) if below else date


def _published_beside(match: DateMatch, found: dict[int, list[DateMatch]], index: int) -> DateMatch:
    """For an "Updated ..." date, the published one its line prints before it ("11.01.2022, 09:50 /
    Aktualisiert am 21.01.2022"): the article's date is when it came out, the update rides along."""
    if match.kind != "updated":
        return match
    for other in found.get(index, []):
        if (
            other.start < match.start
            and other.kind != "updated"
            and other.timestamp.iso <= match.timestamp.iso
        ):
            other.timestamp.updated = match.timestamp.iso
            return other
    return match


def _with_update(match: DateMatch, found: dict[int, list[DateMatch]], index: int) -> DateMatch:
    """Attach an "Updated ..." stamp printed within a few blocks of the published date."""
    stamp = match.timestamp
    if stamp.updated is not None or match.kind == "updated":
        return match
    for i in range(index - 2, index + 3):
        for other in found.get(i, []):
            if other.kind == "updated" and other.timestamp.iso != stamp.iso:
                stamp.updated = other.timestamp.iso
                return match
    return match


def _heuristic_title(doc: Document, analysis: Analysis, in_sidebar: set[int]) -> None:
    blocks, feats = doc.blocks, analysis.features
    first_body = analysis.body[0] if analysis.body else len(blocks)
    taken = set(analysis.dates) | set(analysis.legal) | set(analysis.bylines)
    # The window search often swallows the headline into the body: a short first block
    # without a sentence end is the headline, not a paragraph.
    if analysis.body:
        head = analysis.body[0]
        f = feats[head]
        if f.n_words <= 25 and not (f.ends_sentence and not blocks[head].text.endswith(("?", "!"))):
            analysis.body.pop(0)
            first_body = analysis.body[0] if analysis.body else head + 1
    best, best_score = None, 0.0
    for i in range(first_body - 1, max(-1, first_body - 25), -1):
        if i in taken or i in in_sidebar or i in analysis.chrome:
            continue
        s = _title_score(blocks[i], feats[i], first_body - 1 - i)
        if s > best_score:
            best, best_score = i, s
    analysis.title = best
    if best is not None:
        analysis.title_text = select.strip_site_name(blocks[best].text)


def _assign_labels(doc: Document, analysis: Analysis, in_sidebar: set[int]) -> None:
    body = set(analysis.body)
    read = set(analysis.bylines) | ({analysis.byline} if analysis.byline is not None else set())
    signed = read | (authorship.signed_blocks(doc.blocks, read) - body)
    for b, f in zip(doc.blocks, analysis.features, strict=True):
        i = b.index
        if i == analysis.title:
            b.label, b.confidence = Label.TITLE, 0.7
        elif i in analysis.code:
            b.label, b.confidence = Label.OTHER, 0.9
        elif i in analysis.chrome:
            b.label, b.confidence = Label.NAVIGATION, 0.9
        elif i in in_sidebar:
            b.label, b.confidence = Label.SIDEBAR, 0.8
        elif i in analysis.legal:
            b.label, b.confidence = Label.LEGAL, 0.9
        elif i in analysis.dates:
            b.label, b.confidence = Label.TIMESTAMP, 0.9 if i == analysis.timestamp else 0.6
        elif i in signed:
            b.label, b.confidence = Label.BYLINE, 0.8
        elif i in body:
            b.label, b.confidence = Label.BODY, 0.8
        elif f.caption_hit or b.image:
            b.label, b.confidence = Label.CAPTION, 0.6
        elif f.n_words <= 6 or f.link_ratio > 0.5 or f.bullet:
            b.label, b.confidence = Label.NAVIGATION, 0.6
        else:
            b.label, b.confidence = Label.OTHER, 0.5
