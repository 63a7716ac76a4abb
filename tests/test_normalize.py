"""Normalising converter marks: Markdown escapes left by html2text outside Markdown mode."""

from __future__ import annotations

import pytest

from newsparse.normalize import looks_like_markdown, normalize_text, peel_line, peel_lines


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("1\\. Januar 2016 von Ada", "1. Januar 2016 von Ada"),
        ("  * Datum 6\\. Dezember 2022", "Datum 6. Dezember 2022"),
        ("Veröffentlicht am 12\\. Juni 2017", "Veröffentlicht am 12. Juni 2017"),
        ("C:\\Users\\ada\\notes. txt", "C:\\Users\\ada\\notes. txt"),  # not an escape: kept as printed
        ("1. Januar 2016", "1. Januar 2016"),
    ],
)
def test_markdown_escapes_outside_markdown(raw: str, text: str) -> None:
    assert peel_line(1, raw, markdown=False).text == text


def test_escaped_list_marks_count_as_markdown() -> None:
    assert looks_like_markdown(["1\\. one", "plain", "2\\. two", "\\- three"])
    assert not looks_like_markdown(["1. one", "- two", "plain"])


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Harbour warehouse to reopen\n===========================\n\nThe council met.", 1),
        ("Harbour warehouse to reopen\n---------------------------\n\nThe council met.", 2),
        ("Harbour warehouse to reopen\n=====\n\nThe council met.", 0),  # a rule, not an underline
        ("\n==========\n", 0),
    ],
)
def test_underlined_headings(text: str, level: int) -> None:
    from newsparse.normalize import peel_lines

    lines, _ = peel_lines(text)
    assert lines[0].heading == level
    assert all(line.raw.strip() == "" or line.text for line in lines)  # the underline stays text


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("[Headset review [Video]](https://example.org/review/) and more", "Headset review [Video] and more"),
        ("tags: [Docker Engine](/search/?q=Docker Engine), stable", "tags: Docker Engine, stable"),
        ("[__](https://twitter.com/share?text=A story) [](mailto:x@example.org)Share", " Share"),
        ("and Herrschaft](/events/reading-group) on Friday", "and Herrschaft on Friday"),
        ("Reading group: [Gayatri Spivak", "Reading group: Gayatri Spivak"),
        ("**Pochettino was sacked **last night", "Pochettino was sacked last night"),
        # html2text's loose marks around a linked byline: a space inside the closing or opening mark.
        ("Von **[Mara Lindqvist](https://example.org/autor/ml/) **", "Von Mara Lindqvist"),
        ("_Written by:[Tobias Renner](https://example.org/t?x=en) _", "Written by:Tobias Renner"),
        ("** _\\---- by Odile Marchetti_**", "---- by Odile Marchetti"),
        # A closing mark, words, then the next bold opening: no loose pair between them.
        ("the **old quarter** and the **harbour**", "the old quarter and the harbour"),
        (
            "at least **106 farmers** in 21 towns, **Pará** said",
            "at least 106 farmers in 21 towns, Pará said",
        ),
        ("_[Photo _(jpeg, 1MB)_](/photo.jpg?__blob=x)_", "Photo (jpeg, 1MB)"),
        # An icon font's empty "<i></i>", printed "__"; an emphasised word glued to the link after it.
        ("__ Suche", "Suche"),
        ("[__ 6\\. Mai 2023](/2023/05/06/) __[Mara Lindqvist](/autor/ml/)", "6. Mai 2023 Mara Lindqvist"),
        (
            'May 6, 2023 _by_[Tobias Renner](https://example.org/u/1 "Tobias Renner")',
            "May 6, 2023 by Tobias Renner",
        ),
        ("snake__case and my_var stay", "snake__case and my_var stay"),
        ("packages in `.deb` and `.rpm` form", "packages in .deb and .rpm form"),
        ("her husband [actor Ted Danson] and she", "her husband [actor Ted Danson] and she"),
        # pandoc's attributes and spans: the words stay, the braces go; braces of prose stay.
        ("[Home](/){.nav-link .active}", "Home"),
        ("[By Mara Lindqvist]{.byline} · [12 May 2023]{.date}", "By Mara Lindqvist · 12 May 2023"),
        ('![The ferry steps](/img/steps.jpg){width="640" height="360"} at dawn', "The ferry steps at dawn"),
        ("the set {a, b} and {orga your life}", "the set {a, b} and {orga your life}"),
        ("forEach(function(t){e=e||r[t]}),!e}", "forEach(function(t){e=e||r[t]}),!e}"),  # a script's text
        ("a line broken by pandoc\\", "a line broken by pandoc"),
    ],
)
def test_markdown_links_and_marks_html2text_leaves(raw: str, text: str) -> None:
    assert peel_line(1, raw, markdown=True).text.strip() == text.strip()


@pytest.mark.parametrize(
    ("raw", "text", "level", "bullet"),
    [
        ("  4. #  Harbour club wins the regional cup", "4. Harbour club wins the regional cup", 1, None),
        ("  * ## [Ferry resumes winter timetable](/news/ferry)", "Ferry resumes winter timetable", 2, "*"),
        ("  * ### Weekly newsletter", "Weekly newsletter", 3, "*"),
        ("5. #hashtag campaigns are back", "5. #hashtag campaigns are back", 0, None),  # no space: a tag
        ("* #1 in the charts", "#1 in the charts", 0, "*"),
    ],
)
def test_a_heading_inside_a_list_item_is_a_heading(
    raw: str, text: str, level: int, bullet: str | None
) -> None:
    line = peel_line(1, raw, markdown=True)
    assert (line.text, line.heading, line.bullet) == (text, level, bullet)


def test_pandoc_fences_and_heading_attributes() -> None:
    # pandoc -t markdown: a fenced div's lines hold no text; a heading's attributes are not its words.
    text = "::: {#main .content}\n# Harbour path opens {#headline .entry-title}\n\n## Related {-}\n:::\n"
    lines, markdown = peel_lines(text)
    assert markdown
    assert [(line.text, line.heading) for line in lines] == [
        ("", 0),
        ("Harbour path opens", 1),
        ("", 0),
        ("Related", 2),
        ("", 0),
    ]


def test_decomposed_letters_are_composed_and_lines_kept() -> None:
    from newsparse.normalize import normalize_text

    decomposed = "Es wurde gepru\u0308ft.\nJane\u0301 Koos\n"
    assert normalize_text(decomposed) == "Es wurde geprüft.\nJané Koos\n"
    assert normalize_text("already composed: geprüft\n") == "already composed: geprüft\n"


@pytest.mark.parametrize(
    ("raw", "text", "bullet"),
    [
        (
            "o sentimento de impunidade, como o sentimento de que",
            "o sentimento de impunidade, como o sentimento de que",
            None,
        ),
        ("   o governo anunciou ontem", "o governo anunciou ontem", None),  # lynx sets paragraphs 3 in
        ("       o Hollywood News", "Hollywood News", "o"),  # lynx's and inscriptis's nested items
        ("* Sport", "Sport", "*"),
    ],
)
def test_a_lone_letter_o_is_a_list_mark_only_when_indented(raw: str, text: str, bullet: str | None) -> None:
    line = peel_line(1, raw, markdown=False)
    assert (line.text, line.bullet) == (text, bullet)


def test_a_run_of_flush_o_lines_is_a_list() -> None:
    # A copy that lost the indentation keeps the nested items' marks, one under the other.
    lines, _ = peel_lines("News\no Bollywood News\no Hollywood News\no sentimento de impunidade")
    assert [(ln.text, ln.bullet) for ln in lines] == [
        ("News", None),
        ("Bollywood News", "o"),
        ("Hollywood News", "o"),
        ("sentimento de impunidade", "o"),
    ]
    lines, _ = peel_lines("Text that wraps here before the word\no sentimento de impunidade, como")
    assert lines[1].bullet is None


def test_a_link_address_and_title_wrapped_onto_the_next_line_are_peeled() -> None:
    # html2text wraps at 78 columns between a link's address and its title, or inside the title.
    text = "\n".join(
        [
            "[Harbour](/) [News](/news) [Sport](/sport)",
            "Posted on [17\\. December",
            "2019](https://news.example.org/2019/12/17/harbour-council-votes/",
            '"14:55") by [Ada',
            'Lovelace](https://news.example.org/author/ada/ "Show all posts by',
            'Ada Lovelace") in [Council](/council)',
        ]
    )
    lines, markdown = peel_lines(text)
    assert markdown
    assert [line.text for line in lines[1:]] == [
        "Posted on 17. December",
        "2019",
        "by Ada",
        "Lovelace",
        "in Council",
    ]
    assert all(line.raw == raw for line, raw in zip(lines, text.split("\n"), strict=True))


def test_bold_emphasis_and_icon_links_wrapped_over_two_lines_are_peeled() -> None:
    text = "\n".join(
        [
            "# Harbour council votes",
            "[Harbour](/) [News](/news) [Sport](/sport)",
            "**Complete harbour coverage, a weekly video and the",
            "editors' picks.** Sign up today.",
            "**Ferry timetable  ",
            "**  ",
            "[",
            "__](mailto:?subject=Harbour%20council) Print this article",
            "the fiery chaos of _the Big",
            "Bang_ remains, and [snake_case](/a_b/_c) _dark",
            "matter_, stays.",
        ]
    )
    lines, markdown = peel_lines(text)
    assert markdown
    assert [line.text for line in lines[2:]] == [
        "Complete harbour coverage, a weekly video and the",
        "editors' picks. Sign up today.",
        "Ferry timetable",
        "",
        "",
        "Print this article",
        "the fiery chaos of the Big",
        "Bang remains, and snake_case dark",
        "matter, stays.",
    ]


def _lynx_article(headline_lines: list[str], *, margin: int = 3) -> str:
    """A page as lynx -dump prints it: prose at a margin, the h1 centred on an 80-column screen."""
    prose = [
        "The harbour council voted on Tuesday to restore the old warehouse and open",
        "it to the public as a market hall, with room for stalls and a small museum",
        "of the port. Work is due to start in the spring and to last two years.",
    ]
    paragraph = "\n".join(" " * margin + line for line in prose)
    heading = "\n".join(" " * ((79 - len(line)) // 2) + line for line in headline_lines)
    return "\n\n".join(["   [1]Harbour Gazette", heading, paragraph, paragraph, paragraph]) + "\n"


def test_a_headline_centred_over_lynx_prose_is_a_heading() -> None:
    lines, _ = peel_lines(_lynx_article(["Old warehouse to become a market hall"]))
    headings = [line.text for line in lines if line.heading]
    assert headings == ["Old warehouse to become a market hall"]
    assert next(line for line in lines if line.heading).heading == 1


def test_a_centred_headline_wrapped_over_two_lines_is_one_heading_block() -> None:
    from newsparse.blocks import build_blocks, estimate_wrap_width

    head = ["Old harbour warehouse to become a market hall with stalls, a museum", "and a cafe"]
    lines, _ = peel_lines(_lynx_article(head))
    assert [line.heading for line in lines if line.text in head] == [1, 1]
    blocks = build_blocks(lines, wrap_width=estimate_wrap_width(lines), fragmented=False)
    assert [b.text for b in blocks if b.heading] == [" ".join(head)]


def test_a_centred_line_is_no_heading_where_prose_has_no_margin() -> None:
    # w3m and inscriptis print prose at column 0; a centred line there is a table cell or a
    # <center> box (a copyright line), not lynx's headline.
    lines, _ = peel_lines(_lynx_article(["Old warehouse to become a market hall"], margin=0))
    assert not any(line.heading for line in lines)


def _html_to_text_page(*, capitals: bool) -> str:
    """A page as the html-to-text package prints it: headings in capitals, two blank lines above."""

    def heading(text: str) -> str:
        return text.upper() if capitals else text

    return (
        "Ostsee-Bote [/]\n\n * Region [/region/]\n * Sport [/sport/]\n\n\n"
        f"{heading('Neue Fähre für die Insel Lüttwarder')}\n\n"
        "Die Gemeinde hat am Montag eine zweite Fähre für die Strecke zur Insel bestellt. Sie soll im\n"
        "Sommer fahren und Platz für zwölf Autos bieten.\n\n\n"
        f"{heading('Mehr Fahrten am Abend')}\n\n"
        "Mit dem zweiten Schiff kann die letzte Abfahrt am Abend eine Stunde später liegen.\n\n\n"
        "Kommentare (0)\n"
    )


def test_headings_in_capitals_after_two_blank_lines_are_headings_where_that_is_the_pages_habit() -> None:
    lines, markdown = peel_lines(_html_to_text_page(capitals=True))
    assert not markdown
    assert [line.text for line in lines if line.heading] == [
        "NEUE FÄHRE FÜR DIE INSEL LÜTTWARDER",
        "MEHR FAHRTEN AM ABEND",
    ]
    # In ordinary case the same page marks none: only capitals say "heading" without Markdown.
    plain, _ = peel_lines(_html_to_text_page(capitals=False))
    assert not any(line.heading for line in plain)


def test_a_dateline_in_capitals_running_into_its_paragraph_is_no_heading() -> None:
    page = _html_to_text_page(capitals=True).replace(
        "Die Gemeinde hat am Montag", "LÜTTWARDER, 3. MÄRZ.-\nDie Gemeinde hat am Montag"
    )
    lines, _ = peel_lines(page)
    assert "LÜTTWARDER, 3. MÄRZ.-" not in [line.text for line in lines if line.heading]
    page = page.replace("\n\nLÜTTWARDER", "\n\n\nLÜTTWARDER")  # two blank lines above it, none below
    lines, _ = peel_lines(page)
    assert "LÜTTWARDER, 3. MÄRZ.-" not in [line.text for line in lines if line.heading]


def test_one_line_in_capitals_after_a_gap_is_no_heading() -> None:
    # A site's name or a menu's entry in capitals, once, among lines in ordinary case.
    page = _html_to_text_page(capitals=False).replace("Kommentare (0)", "KOMMENTARE")
    lines, _ = peel_lines(page)
    assert not any(line.heading for line in lines)


def test_a_wrapped_line_opening_on_a_lynx_link_is_not_all_link() -> None:
    text = (
        "   The plan was drawn up by the harbour trust and the city's own architects,\n"
        "   [14]who said the hall would open in 2026 and be run by a cooperative of traders\n"
    )
    lines, _ = peel_lines(text)
    assert lines[1].text.startswith("who said") and lines[1].link_chars < len(lines[1].text) // 2
    # Alone in its paragraph, a line opening on a link is one (a menu, a list of stories).
    alone, _ = peel_lines("   [14]Harbour hall to open in 2026 under a traders' cooperative\n")
    assert alone[0].link_chars == len(alone[0].text)


def test_overstruck_bold_and_underline_read_as_their_letters() -> None:
    from newsparse.normalize import normalize_text

    # C html2text without -nobs, and man pages: bold is "x\bx", underline (a link) "_\bx".
    bold = "".join(f"{c}\b{c}" for c in "Harbour")
    underlined = "".join(f"_\b{c}" for c in "Gwen")
    assert normalize_text(f"{bold} hall, by {underlined} Farrow\n") == "Harbour hall, by Gwen Farrow\n"
    # Some tools strike the underline after the letter.
    assert normalize_text("".join(f"{c}\b_" for c in "Gwen") + " Farrow") == "Gwen Farrow"


@pytest.mark.parametrize(
    ("raw", "level", "text"),
    [
        ("****** Harbour hall to open in spring ******", 1, "Harbour hall to open in spring"),
        ("***** Traders ask for longer hours *****", 2, "Traders ask for longer hours"),
        ("** Opening hours **", 5, "Opening hours"),
        ("* Opening hours *", 0, "Opening hours *"),  # one star each side: a list item
    ],
)
def test_star_framed_headings_of_c_html2text(raw: str, level: int, text: str) -> None:
    lines, markdown = peel_lines(raw + "\n\nThe harbour hall opens in spring, the council said on Tuesday.\n")
    assert not markdown
    assert (lines[0].heading, lines[0].text) == (level, text)


def test_a_star_framed_heading_wrapped_over_two_lines_is_one_heading_block() -> None:
    from newsparse.blocks import build_blocks

    text = (
        "****** Harbour hall to open in spring after the council backs a plan by the\n"
        "traders' cooperative ******\n\nThe hall opens in spring, the council said.\n"
    )
    lines, _ = peel_lines(text)
    blocks = build_blocks(lines, wrap_width=None, fragmented=False)
    assert blocks[0].heading == 1
    assert blocks[0].text == (
        "Harbour hall to open in spring after the council backs a plan by the traders' cooperative"
    )


def test_a_star_framed_heading_whose_closing_stars_wrapped_alone() -> None:
    text = (
        "****** Harbour hall to open in spring after the council backs the traders' plan\n"
        "******\n\nThe hall opens in spring, the council said.\n"
    )
    lines, _ = peel_lines(text)
    assert lines[0].heading == 1
    assert lines[0].text == "Harbour hall to open in spring after the council backs the traders' plan"
    assert lines[1].heading == 1 and lines[1].blank


def test_two_stars_around_words_are_bold_in_markdown_not_a_heading() -> None:
    # html2text (the Python one) prints a bold number with spaces inside its marks.
    text = "[Home](/) [News](/news)\n\n[Sport](/sport)\n\n** 6709 **\n\n[Imprint](/imprint)\n"
    lines, markdown = peel_lines(text)
    assert markdown
    assert not any(line.heading for line in lines)


def test_underlined_text_counts_as_link_text() -> None:
    from newsparse.pipeline import build_document

    # C html2text underlines links: "_\bH_\bo_\bm_\be". The words stay; the line reads as a link.
    menu = " ".join("".join(f"_\b{c}" for c in word) for word in ["Home", "News", "Sport"])
    prose = "The harbour hall opens in spring, the council said on Tuesday evening."
    doc = build_document(f"{menu}\n\n{prose}\n")
    assert [line.text for line in doc.lines if line.text] == ["Home News Sport", prose]
    assert doc.lines[0].link_chars == len("HomeNewsSport")
    assert doc.lines[2].link_chars == 0


@pytest.mark.parametrize(
    ("raw", "author"),
    [
        (
            '[Mara Lindqvist](https://example.org/author/mara/ "Posts by Mara Lindqvist") **06 PM**',
            "Mara Lindqvist",
        ),
        ("__[**Tobias Renner**](/autor/tobias-renner) __2. Februar 2020", "Tobias Renner"),
        ("Par [Jeanne Morel](https://exemple.fr/auteur/jmorel/)", "Jeanne Morel"),
        # A link elsewhere (a profile on another site, a category) names no author's archive.
        ("[Mara Lindqvist](https://twitter.com/maralind)", ""),
        ("[Authors wanted](https://example.org/authors-wanted/)", ""),
        ("[Garten](https://example.org/category/author/)", ""),
    ],
)
def test_a_link_to_an_author_archive_keeps_its_text(raw: str, author: str) -> None:
    assert peel_line(1, raw, markdown=True).author_link == author


def test_a_lynx_numbered_link_to_an_author_archive_keeps_its_text() -> None:
    page = "\n".join(
        [
            "   [1]Home [2]Politik",
            "",
            "                       Lagerhaus wird Markthalle",
            "",
            "   Von [3]Mara Lindqvist | 12. Juni 2023",
            "",
            "   Der Stadtrat hat am Dienstag beschlossen, das alte Lagerhaus zu sanieren.",
            "",
            "References",
            "",
            "   1. https://example.org/",
            "   2. https://example.org/politik/",
            "   3. https://example.org/autor/mara-lindqvist/",
        ]
    )
    lines, _ = peel_lines(page)
    assert [(ln.number, ln.author_link) for ln in lines if ln.author_link] == [(5, "Mara Lindqvist")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Persian spells words with a ZWNJ inside them: it stays between two of its letters...
        ("پیاده\u200cروی", "پیاده\u200cروی"),
        # ... and is dropped, like a zero-width space, anywhere else.
        ("a\u200cb", "ab"),
        ("x\u200bz", "xz"),
        ("\u200cپ", "پ"),
    ],
)
def test_joiners_kept_only_inside_words_that_spell_with_them(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


@pytest.mark.parametrize(
    ("raw", "text", "all_link"),
    [
        # html-to-text prints a link as its text and its address in brackets.
        (" * News [/news/]", "News", True),
        (
            "Reed beds replanted along the marina [/news/reed-beds/]",
            "Reed beds replanted along the marina",
            True,
        ),
        (
            "the reed beds [https://example.org/reed-beds/] that were replanted",
            "the reed beds that were replanted",
            False,
        ),
        (
            "[https://example.org/reed-beds/] that were replanted along the marina",
            "that were replanted along the marina",
            False,
        ),
        ("the Courier [https://example.org/].  It said", "the Courier. It said", False),
        ("the link [https://example.org/a]and more", "the link and more", False),
        # Relative addresses, as pages write their links, and a heading's link in capitals.
        (" * Parkmuseum [museo.php?id=4]", "Parkmuseum", True),
        ("Erweiterte Suche [./search.php?sid=7f3a]", "Erweiterte Suche", True),
        ("Zur Übersicht [../archiv/2021/]", "Zur Übersicht", True),
        ("Wald und Forst [de/themen/wald/]", "Wald und Forst", True),
        ("Teilen [javascript:void(0)]", "Teilen", True),
        ("Copy and paste from a terminal [.]", "Copy and paste from a terminal", True),
        ("NEUE DEICHE FÜR DIE MARSCH [HTTPS://EXAMPLE.ORG/DEICHE/]", "NEUE DEICHE FÜR DIE MARSCH", True),
        # Bracketed words of the text stay: an editor's note, a unit, a fraction.
        ("the mayor said [sic] that it was fine", "the mayor said [sic] that it was fine", False),
        ("a limit of 30 [km/h] on the ring road", "a limit of 30 [km/h] on the ring road", False),
        ("a choice of cake [and/or] biscuits", "a choice of cake [and/or] biscuits", False),
        ("she wrote that [..] the ferry was late", "she wrote that [..] the ferry was late", False),
        # A path glued to a word is a forum's markup, and a lone address a picture's placeholder.
        ("1574096160[/automerge]", "1574096160[/automerge]", False),
        ("[https://example.org/media/swans.jpg]", "[https://example.org/media/swans.jpg]", False),
    ],
)
def test_an_address_in_brackets_after_its_link_text_goes(raw: str, text: str, all_link: bool) -> None:
    line = peel_line(1, raw, markdown=False)
    assert line.text == text
    assert (line.link_chars == len(text)) is all_link


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        # pandoc -t gfm passes HTML through where Markdown has no mark for it.
        ('<div class="main-nav">', ""),
        ("</div>", ""),
        ('<span class="byline">By [Mara Lindqvist](/authors/ml/)</span>', "By Mara Lindqvist"),
        ("<!-- ad slot --> Read on", "Read on"),
        # Not tags: comparisons, autolinks, and HTML inside a script's text.
        ("if a < b and c > d", "if a < b and c > d"),
        ("<https://example.org/>", "<https://example.org/>"),
        ('var t = "<div>" + x; f(); g(); h(); k();', 'var t = "<div>" + x; f(); g(); h(); k();'),
    ],
)
def test_html_tags_in_markdown_are_markup(raw: str, text: str) -> None:
    assert peel_line(1, raw, markdown=True).text == text
