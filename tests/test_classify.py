"""Body decisions that hold whatever the trained weights say."""

from __future__ import annotations

import pytest

from newsparse.classify import _drop_after_article, _is_page_phrase
from newsparse.data.boilerplate import CAPTION_STRONG
from newsparse.model import Block

ARTICLE = (
    "The harbour council voted on Tuesday to restore the old warehouse, after two years of debate "
    "about its cost and about who would run it once the work is done."
)  # 30 words
COMMENT = "I have lived by the harbour all my life and I think the council is wasting our money again."


def _blocks(texts: list[str]) -> list[Block]:
    return [Block(index=i, start_line=i, end_line=i, text=t, line_numbers=[i]) for i, t in enumerate(texts)]


def test_reader_comments_after_a_full_article_are_dropped() -> None:
    texts = [ARTICLE] * 6 + ["Comments", COMMENT, COMMENT]
    chosen = [True] * 6 + [False, True, True]
    _drop_after_article(_blocks(texts), chosen)
    assert chosen == [True] * 6 + [False, False, False]


def test_a_comments_link_above_most_of_the_article_is_passed_over() -> None:
    texts = [ARTICLE, "Kommentare", *[ARTICLE] * 6]
    chosen = [True, False, *[True] * 6]
    _drop_after_article(_blocks(texts), chosen)
    assert chosen == [True, False, *[True] * 6]


def test_a_comment_count_is_no_comments_heading() -> None:
    texts = [*[ARTICLE] * 6, "3 Comments", ARTICLE]
    chosen = [*[True] * 6, False, True]
    _drop_after_article(_blocks(texts), chosen)
    assert chosen[-1]


def test_tags_after_a_full_article_close_it() -> None:
    texts = [*[ARTICLE] * 6, "Tags:", "Harbour council approves the budget for the new ferry terminal"]
    chosen = [*[True] * 6, False, True]
    _drop_after_article(_blocks(texts), chosen)
    assert chosen == [*[True] * 6, False, False]


def test_related_is_no_closer() -> None:
    # "Related" also heads a story's own links, with the story going on below.
    texts = [*[ARTICLE] * 6, "Related", ARTICLE]
    chosen = [*[True] * 6, False, True]
    _drop_after_article(_blocks(texts), chosen)
    assert chosen[-1]


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("In this Sunday, Nov. 10, 2019, photograph, unsold cars stand at a dealership.", True),
        ("In this photo issued by the broadcaster, the two candidates shake hands.", True),
        ("The mayor opens the new bridge on Friday. (AP Photo/Jane Roe)", True),
        ("Crews clear the road after the storm [File: Reuters]", True),
        ("The old harbour warehouse before the fire. Jane Roe / Reuters file", True),
        ("The mayor at the opening last week.Credit...Jane Roe/The Daily Planet", True),
        ("Image caption The council said the decision followed seven interviews", True),
        ("Die ARD zeigt die Sketche ab Montag in ihrer Mediathek. (dpa)", False),
        ("In this town, nobody remembers a colder winter than the last one.", False),
        ("The council approved the budget on Tuesday after a long debate.", False),
    ],
)
def test_caption_shapes(text: str, caption: bool) -> None:
    assert (CAPTION_STRONG.search(text) is not None) is caption


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("Neueste Beiträge", True),
        ("Getty Images", True),
        ("Link Copied", True),
        ("By Jane Roe", True),
        ("Jane Roe", False),
        ("Edilson La Rosa", False),
    ],
)
def test_bare_names_are_never_page_phrases(text: str, page: bool) -> None:
    assert _is_page_phrase(text) is page


def test_a_related_list_ends_where_paragraphs_start() -> None:
    from newsparse.pipeline import parse

    paragraphs = [
        "The harbour council voted on Tuesday to restore the old warehouse after two years of debate.",
        "Work on the roof starts in spring and the building should reopen as a market within two years.",
        "The mayor said the cost would be shared between the city, the port and a private foundation.",
        "Opponents of the plan had argued that the money would be better spent on the ferry terminal.",
    ]  # 16-18 words each: as short as a teaser
    page = "\n\n".join(
        [
            "Harbour council approves restoration of the old warehouse",
            "See also",
            "Ferry terminal budget passes after a long night",
            "Fishermen protest the new mooring fees",
            *paragraphs,
        ]
    )
    article = parse(page)
    assert all(p in article.body for p in paragraphs)
    assert "Fishermen protest the new mooring fees" not in article.body


def test_a_box_heading_ends_the_article_when_only_a_little_follows() -> None:
    from newsparse.classify import _drop_minor_tail

    texts = [*[ARTICLE] * 8, "Newsletter", "Sign up to get the best of the harbour news in your inbox."]
    chosen = [*[True] * 8, False, True]
    _drop_minor_tail(_blocks(texts), chosen, [0.95] * 8 + [0.1, 0.6])
    assert chosen == [*[True] * 8, False, False]


def test_a_box_heading_inside_the_article_cuts_nothing() -> None:
    from newsparse.classify import _drop_minor_tail

    texts = [*[ARTICLE] * 4, "Related articles", *[ARTICLE] * 4]
    chosen = [*[True] * 4, False, *[True] * 4]
    _drop_minor_tail(_blocks(texts), chosen, [0.95] * 9)
    assert chosen == [*[True] * 4, False, *[True] * 4]  # half the article follows


def test_a_sure_paragraph_below_a_box_heading_keeps_it_open() -> None:
    from newsparse.classify import _drop_minor_tail

    texts = [*[ARTICLE] * 8, "About the author", ARTICLE]
    chosen = [*[True] * 8, False, True]
    _drop_minor_tail(_blocks(texts), chosen, [0.95] * 10)
    assert chosen[-1]


def test_see_also_links_inside_the_article_are_dropped() -> None:
    from newsparse.classify import _drop_inline_teasers

    texts = [
        ARTICLE,
        "Lesen Sie auch: Hafenrat stimmt für neue Fähre",
        ARTICLE,
        "VEA TAMBIÉN:",
        "El puerto abre",
        ARTICLE,
    ]
    chosen = [True] * 6
    _drop_inline_teasers(_blocks(texts), chosen)
    assert chosen == [True, False, True, False, False, True]
