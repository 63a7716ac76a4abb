"""Where a page names its article's author, beyond the lines a label opens ("By Jane Roe").

The byline ranker (`select.byline_candidates`) weighs candidates of several kinds; this module finds
the loose ones in the meta window (around the headline, the article's opening and its end): a name
alone on its line, a label inside a meta line, a name beside a date, a source credit, a link to an
author's archive, a copyright holder on a personal page. It also reads a label printed alone on its
line with the names on the lines after it ("Von" / "Jane Roe"), as BeautifulSoup prints them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse import bylines, select, sidebar, timestamps
from newsparse.data import boilerplate
from newsparse.data.bylines import (
    BARE_CONNECTOR,
    CLOCK_TIME,
    LONE_SEPARATOR,
    OUTLET_WORDS,
    PARTICLES,
    STRONG_LABEL,
    WEAK_LABEL,
)
from newsparse.data.titles import UI_PHRASE
from newsparse.model import Block, Byline, Document

if TYPE_CHECKING:
    from newsparse.classify import Analysis

MAX_FIELD_CHARS = 300  # longer blocks are prose or legal text, never a meta line
_BARE_LABEL_CHARS = 24  # "Veröffentlicht von", "Ein Gastbeitrag von": a label, not a line of text
_MAX_JOINED_NAMES = 4  # names a label alone on its line is read with, one per line
_NAME_LINE_WORDS = 5  # words on a line holding one of them
_ROLE_LINE_WORDS = 12  # "Assistant professor of political science at UC Santa Barbara"


def byline_sources(
    doc: Document, analysis: Analysis, layout: select.Layout, bios: dict[int, Byline]
) -> dict[str, dict[int, Byline]]:
    """Byline candidates by kind (the keys of `select.BYLINE_SOURCES`): the labelled lines the field
    parsers read, the trailing `bios`, and the loose shapes of the meta window."""
    window = _meta_window(doc, analysis, layout)
    return {
        "labelled": {**_author_links(doc, analysis, layout, window), **analysis.bylines},
        "trailing_bio": bios,
        **_loose_bylines(doc, analysis, window, layout.last_body),
        "bare_name": _bare_names(doc, analysis, layout, window),
    }


def prefer_labelled(
    chosen: select.BylineCandidate | None, candidates: list[select.BylineCandidate]
) -> select.BylineCandidate | None:
    """The ranker's pick, unless it is one lower-case word beside a date and a labelled full name is
    accepted too (see `_vouched_byline`)."""
    if chosen is not None and _reads_as_tag(chosen):
        return _vouched_byline(candidates) or chosen
    return chosen


def is_bare_label(text: str) -> bool:
    """A byline's label alone on its line ("Von", "By:"): the name is on the next line."""
    return len(text) <= _BARE_LABEL_CHARS and bylines.is_label_only(text)


_BYLINE_REACH = 3  # blocks between a byline and the edge of the article it signs
_BARE_NAME_WORDS = (2, 4)
_SOURCE_CREDIT_REACH = 20  # blocks after the article where its "Quelle:" / "Source:" line may stand
_META_REACH = 3  # blocks around the headline and after the article where meta lines stand
_META_BELOW = 2  # further blocks below the article's opening: pictures and standfirsts come first


def _meta_window(doc: Document, analysis: Analysis, layout: select.Layout) -> list[int]:
    """Blocks where meta lines stand: around the headline, the body's opening (also of its longest
    run, when a stray paragraph opens the body) and after the article."""
    n = len(doc.blocks)
    top = analysis.title if analysis.title is not None else layout.first_body - 1
    main = layout.main_body
    date_lines = set(analysis.dates)
    copies = _headline_copies(layout.normalized(), select.norm(analysis.title_text or ""), top)
    body = set(layout.body)
    return sorted(
        {
            *(k for c in copies for k in range(c, min(n, c + 1 + _META_REACH + _META_BELOW))),
            # Under the headline even when a stray paragraph opened the body above it.
            *range(max(0, top - _META_REACH), max(layout.first_body, top + 1)),
            *_blocks_from(doc.blocks, max(layout.first_body, top + 1), _META_REACH + _META_BELOW, date_lines),
            *range(max(0, main - _META_REACH), min(n, main + _META_REACH)),
            *_blocks_from(doc.blocks, layout.last_body + 1, 2 * _META_REACH, date_lines),
            # Right after a paragraph, inside the body's span: an article signed where it ends, with
            # more of the page (a ticker, a second story) classified as body below it.
            *(i + 1 for i in layout.body if i + 1 not in body and i + 1 < layout.last_body),
        }
    )


def _blocks_from(blocks: list[Block], start: int, count: int, uncounted: set[int]) -> list[int]:
    """`count` blocks from `start` on, with the pictures among them ("[logo]", "[banner_2]", as w3m
    prints images) and the `uncounted` ones (date lines) passed over uncounted: a row of pictures or
    "Published" / "31.10.2023" lines stands between many an article and its author box."""
    out: list[int] = []
    seen = 0
    for k in range(max(0, start), len(blocks)):
        if seen == count:
            break
        out.append(k)
        seen += not (blocks[k].image or k in uncounted)
    return out


def _headline_copies(texts: list[str], headline: str, title: int) -> list[int]:
    """The first two other blocks that print the headline (normalised `texts`). A headline taken from
    a <title> line (BeautifulSoup's first line) is printed again over the article, and a headline
    chosen lower down (a contents list's entry) was printed above it first: the meta lines stand
    under such a copy."""
    if not headline:
        return []
    return [k for k, text in enumerate(texts) if k != title and text == headline][:2]


def _bare_names(
    doc: Document, analysis: Analysis, layout: select.Layout, window: list[int]
) -> dict[int, Byline]:
    """A name alone on its line right under the headline or after the article ("Jane Roe"):
    a byline without its label. Offered to the ranker as a weaker candidate."""
    out: dict[int, Byline] = {}
    for i in window:
        if i in layout.sidebar or i in analysis.legal:
            continue
        b = doc.blocks[i]
        text = bylines.bare_name_text(_name_over_role(doc, b))
        words = text.split()
        if (
            i in layout.bylines  # a byline, or a name a label alone on its line was read with
            or i == analysis.title
            or not _BARE_NAME_WORDS[0] <= len(words) <= _BARE_NAME_WORDS[1]
        ):
            continue
        # Capitalised words, with a name's particles inside: "Christoph von Eichhorn".
        if any(ch.isdigit() for ch in text) or not all(
            w[:1].isupper() or (k > 0 and w in PARTICLES) for k, w in enumerate(words)
        ):
            continue
        if sidebar.is_list_furniture(text) or sidebar.is_related_heading(text) or _is_page_phrase(text):
            continue
        # With no label to vouch for them, capitalised words are a name only where they open like one
        # ("Jane Roe", "J. Roe"): on the corpus such lines without a given name or an initial were a
        # menu or a heading ("Digital Life", "Europäische Union") about 70 times for each real name.
        if not select.opens_with_given_name(text):
            continue
        labelled = bylines.parse_byline(f"By {text}", b.start_line)
        if labelled is not None and labelled.authors:
            labelled.text = b.text
            out[i] = labelled
    return out


def _name_over_role(doc: Document, b: Block) -> str:
    """An author box's name with its role on the line under it ("Jane Roe" / "Professor of history at
    Example University"), which a converter printed as one block: the name's line. Else the block."""
    if len(b.line_numbers) != 2:
        return b.text
    first = doc.lines[b.line_numbers[0] - 1].text
    role = doc.lines[b.line_numbers[1] - 1].text
    # A role is a few words, not a sentence nor a labelled line ("Single: Perfidia", a record's link).
    if not 2 <= len(role.split()) <= _ROLE_LINE_WORDS or role.endswith((".", "!", "?")) or ":" in role:
        return b.text
    return first


def _author_links(
    doc: Document, analysis: Analysis, layout: select.Layout, window: list[int]
) -> dict[int, Byline]:
    """A link to an author's archive among the meta lines ("[Jane Roe](/author/jane-roe/)", kept by
    Markdown converters): its text is the author's name, as a label would say."""
    out: dict[int, Byline] = {}
    for i in window:
        if i in layout.sidebar or i in analysis.legal or i == analysis.title:
            continue
        b = doc.blocks[i]
        name = next(
            (doc.lines[n - 1].author_link for n in b.line_numbers if doc.lines[n - 1].author_link), ""
        )
        at = b.text.find(name) if name else -1
        if at < 0 or not _opens_meta_line(b.text[:at]):
            continue
        found = bylines.parse_byline(f"Written by {name}", b.start_line)
        if found is not None and found.authors:
            found.text = b.text
            out[i] = found
    # The archive's link on the team's name beside the person's ("Jane Roe" / "Redaktion Haus.de"):
    # the person wrote it.
    if any(select.opens_with_given_name(f.authors[0].name) for f in out.values()):
        out = {
            i: f
            for i, f in out.items()
            if not any(w.casefold() in OUTLET_WORDS for w in f.authors[0].name.split())
        }
    return out


def _opens_meta_line(prefix: str) -> bool:
    """What may stand before an author's link on its line: nothing, a label ("Von", "Posted by") or a
    date. "Übersetzung [Jane Roe](/author/...)" credits a translator."""
    prefix = prefix.strip(" |•·-–—:,/")
    return (
        not prefix
        or WEAK_LABEL.fullmatch(prefix + " ") is not None
        or STRONG_LABEL.fullmatch(prefix) is not None
        or (any(ch.isdigit() for ch in prefix) and len(prefix.split()) <= 5)
    )


def _is_page_phrase(text: str) -> bool:
    """Capitalised words that are the page's, not a person's: "Neueste Beiträge", "Link Copied",
    "Getty Images", "By Jane Roe" (a label the labelled finder reads)."""
    return (
        boilerplate.ARTICLE_END.search(text) is not None
        or boilerplate.ARTICLE_CLOSER.search(text) is not None
        or boilerplate.FURNITURE.search(text) is not None
        or boilerplate.PICTURE_AGENCY.fullmatch(text) is not None
        or UI_PHRASE.search(text) is not None
        or WEAK_LABEL.match(text) is not None
        or STRONG_LABEL.match(text) is not None
    )


def _loose_bylines(
    doc: Document, analysis: Analysis, window: list[int], last_body: int
) -> dict[str, dict[int, Byline]]:
    """Shapes too loose to trust on their own, offered to the ranker by kind: a label inside a meta
    line, a lone user name after a label, a name beside a date, a source credit, a person holding
    the copyright."""
    inline: dict[int, Byline] = {}
    signature: dict[int, Byline] = {}
    beside_date: dict[int, Byline] = {}
    source: dict[int, Byline] = {}
    for i in window:
        b = doc.blocks[i]
        if i in analysis.bylines or i == analysis.title or len(b.text) > MAX_FIELD_CHARS:
            continue
        found = bylines.parse_signature(with_named_next(doc.blocks, i), b.start_line)
        if found is not None:
            signature[i] = found
            continue
        found = bylines.parse_inline_byline(b.text, b.start_line)
        if found is not None:
            inline[i] = found
            continue
        found = bylines.parse_source_credit(b.text, b.start_line)
        if found is not None:
            source[i] = found
            continue
        dates = analysis.dates_inside.get(i)
        # Without a reference time "hace 3 horas" is no date, but still the stamp beside a name.
        spans = (
            [(d.start, d.end) for d in dates]
            if dates
            else timestamps.relative_spans(b.text, doc.languages) or _clock_spans(b.text)
        )
        if spans:
            found = bylines.parse_name_beside_date(b.text, spans, b.start_line)
            if found is not None and _names_a_person(found):
                beside_date[i] = found
        elif b.text.endswith(",") and i + 1 in analysis.dates and doc.blocks[i + 1].group == b.group:
            # "Jane Roe," / "02.01.2023, 11:08": one meta line that BeautifulSoup cut at a tag.
            found = _beside_date_line(doc, analysis, i, i + 1)
            if found is not None:
                beside_date[i] = found
        elif (k := _date_line_after(doc.blocks, analysis, i)) is not None:
            # "jane_roe" / "—" / "2. Februar 2022": a meta line BeautifulSoup printed a tag per line.
            found = _beside_date_line(doc, analysis, i, k)
            if found is not None and _names_a_person(found):
                found.text = b.text  # the name's own line; the date line is the timestamp's
                beside_date[i] = found
    # "Quelle: dpa/bb" closes the article, but often only after a video box or an info panel.
    near = set(window)
    after = range(last_body + 1, min(len(doc.blocks), last_body + 1 + _SOURCE_CREDIT_REACH))
    for i in after if analysis.body else ():
        b = doc.blocks[i]
        if i in near or i in analysis.bylines or len(b.text) > MAX_FIELD_CHARS:
            continue
        found = bylines.parse_source_credit(b.text, b.start_line)
        if found is not None:
            source[i] = found
    loose = {"inline_label": inline, "signature": signature, "beside_date": beside_date, "source": source}
    if analysis.bylines or inline:
        return loose  # a page that signs its article never needs the copyright line to say who wrote it
    holders: dict[int, Byline] = {}
    for i, notice in analysis.legal.items():
        if notice.kind == "copyright" and notice.holder:
            found = bylines.parse_holder_name(notice.holder, doc.blocks[i].text, doc.blocks[i].start_line)
            if found is not None:
                holders[i] = found
    return loose | {"holder": holders}


def _beside_date_line(doc: Document, analysis: Analysis, i: int, k: int) -> Byline | None:
    """Block `i` read with the date line `k` after it as the one meta line a converter split."""
    b = doc.blocks[i]
    date = analysis.dates[k]
    shift = len(b.text) + 1  # the date's place in the joined line
    return bylines.parse_name_beside_date(
        f"{b.text} {doc.blocks[k].text}", [(date.start + shift, date.end + shift)], b.start_line
    )


def _clock_spans(text: str) -> list[tuple[int, int]]:
    """A time of day alone ("06 PM", "18:52 Uhr"): no date, but the stamp a meta line prints beside a
    name ("Jane Roe 06 PM | 18 Mai")."""
    return [(m.start(), m.end()) for m in CLOCK_TIME.finditer(text)]


def _date_line_after(blocks: list[Block], analysis: Analysis, i: int) -> int | None:
    """The date line right after a short block `i`, past one block of a lone separator ("—", "|"),
    or None."""
    # "Karl sagt:" opens a comment; a line ending in a colon is a label, never a signature.
    if len(blocks[i].text.split()) > _NAME_LINE_WORDS or blocks[i].text.endswith(":"):
        return None
    k = i + 1
    if k < len(blocks) and LONE_SEPARATOR.fullmatch(blocks[k].text):
        k += 1
    # A date line that is a byline itself ("Por Jane Roe 04 de mayo") signs the article on its own.
    return k if k in analysis.dates and k not in analysis.bylines else None


def _reads_as_tag(candidate: select.BylineCandidate) -> bool:
    """One lower-case word beside a date: a user name ("reineckefuchs") or a tag ("report")."""
    names = [a.name for a in candidate.byline.authors]
    return (
        candidate.kind == "beside_date"
        and len(names) == 1
        and len(names[0].split()) == 1
        and names[0].islower()
    )


def _vouched_byline(candidates: list[select.BylineCandidate]) -> select.BylineCandidate | None:
    """The best labelled byline of a full name the ranker also accepts: "by Jane Roe" says who wrote
    the article, where a lower-case word beside the date may as well be its tag."""
    for c in select.passing(candidates, "author", select.AUTHOR_FEATURES):
        if c.kind == "labelled" and c.byline.authors and len(c.byline.authors[0].name.split()) >= 2:
            return c
    return None


def _names_a_person(byline: Byline) -> bool:
    """Several capitalised words with no label to vouch for them are a name only where they open like
    one ("Jane Roe", "J. Roe"); beside a date they are otherwise a category ("Wissenschaft Klima")."""
    name = byline.authors[0].name
    return len(name.split()) < 2 or select.opens_with_given_name(name)


def signed_blocks(blocks: list[Block], bylines: set[int]) -> set[int]:
    """Byline blocks with the names that labels alone on their lines were read with ("Artikel von" /
    "Jane Roe"): the name is the byline's, never a headline."""
    return bylines | {k for i in bylines for k in _named_lines(blocks, i)}


def labels_next(blocks: list[Block], i: int) -> bool:
    """A label alone on its line with a line after it, where BeautifulSoup put the linked name
    ("By" / "Jane Roe", "von" / "gizzmo")."""
    return i + 1 < len(blocks) and is_bare_label(blocks[i].text)


def _named_lines(blocks: list[Block], i: int) -> list[int]:
    """The lines a label alone on its line is read with: the next one, and further names joined to it
    by a connector alone on its line ("By" / "Jane Roe" / "and" / "John Doe")."""
    if not labels_next(blocks, i):
        return []
    run = [i + 1]
    k = i + 2
    while len(run) < 2 * _MAX_JOINED_NAMES - 1 and k + 1 < len(blocks):
        name = blocks[k + 1].text
        if not BARE_CONNECTOR.fullmatch(blocks[k].text.strip()) or not _short_name_line(name):
            break
        run += [k, k + 1]
        k += 2
    return run


def _short_name_line(text: str) -> bool:
    """A line that may hold one more author's name: a few words opening on a capital."""
    return 1 <= len(text.split()) <= _NAME_LINE_WORDS and text.lstrip()[:1].isupper()


def with_named_next(blocks: list[Block], i: int) -> str:
    """The block's text, read with the names on the lines after it when it is a label alone on its line."""
    return " ".join([blocks[i].text, *(blocks[k].text.strip() for k in _named_lines(blocks, i))])


def byline_at_edges(
    analysis: Analysis, layout: select.Layout, in_sidebar: set[int], *, labelled_only: bool
) -> select.BylineCandidate | None:
    """A byline right under the headline or right after the last paragraph signs the article.
    With a trained ranker that passed on every candidate, only labelled bylines ("By X") qualify."""
    top = analysis.title if analysis.title is not None else layout.first_body - 1
    fb, lb = layout.first_body, layout.last_body
    pool = [
        c
        for c in analysis.byline_candidates
        if c.index not in in_sidebar
        and (top <= c.index <= fb + 1 or lb < c.index <= lb + _BYLINE_REACH)
        and (not labelled_only or bylines.byline_confidence(c.byline.text) >= 0.8)
    ]
    return min(pool, key=lambda c: min(abs(c.index - fb), abs(c.index - lb))) if pool else None
