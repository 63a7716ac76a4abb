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
