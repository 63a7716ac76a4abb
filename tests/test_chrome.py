"""The web archive toolbar finder: what it takes and what it leaves alone."""

from __future__ import annotations

from newsparse import chrome, parse
from newsparse.model import Block

TOOLBAR = [
    "Wayback Machine",
    "success",
    "fail",
    "3 captures Previous capture 14 Next capture",
    "About this capture",
    "COLLECTED BY",
    "Organization: Internet Archive",
    "These pages were saved so that links to them keep working after the site changes or goes away.",
    "TIMESTAMPS",
    "loading",
]


def _blocks(texts: list[str]) -> list[Block]:
    return [
        Block(index=i, start_line=i + 1, end_line=i + 1, text=t, line_numbers=[i + 1])
        for i, t in enumerate(texts)
    ]


def test_toolbar_is_found_from_its_first_line_to_its_closing_one() -> None:
    blocks = _blocks(["Site name", *TOOLBAR, "Headline of the post", "First paragraph of the post."])
    assert chrome.archive_toolbar(blocks) == set(range(1, 11))


def test_toolbar_without_its_closing_line_is_left_alone() -> None:
    # An article that quotes the labels is no toolbar.
    blocks = _blocks([*TOOLBAR[:8], "The archive's page then lists every capture by date."])
    assert chrome.archive_toolbar(blocks) == set()


def test_labels_far_down_the_page_are_no_toolbar() -> None:
    blocks = _blocks([f"Paragraph {i} of a long article." for i in range(60)] + TOOLBAR)
    assert chrome.archive_toolbar(blocks) == set()


def test_toolbar_prose_never_reaches_the_body_nor_its_dates_the_timestamp() -> None:
    text = "\n\n".join(
        [
            *TOOLBAR[:5],
            "COLLECTED BY",
            "Organization: Internet Archive",
            "These crawls save pages as they are published, and every page they link to, so that a reader "
            "who follows an old link still finds what its author meant to show, long after the site changed.",
            "The hope is that sites will point to the saved copy instead of a broken link, and that readers "
            "will not be sent into the void when a page they were promised has disappeared from the web.",
            "Capture period: 14 Oct 2014 - 10 Aug 2017",
            "TIMESTAMPS",
            "loading",
            "Spring check for a road bike",
            "March 3, 2016",
            "Anyone who left a bike in the cellar all winter should plan half an hour for a check before "
            "the first long ride of the year. Most early punctures can be avoided this way.",
            "Start with the tyre pressure: tubes lose air slowly over the months, and soft tyres roll "
            "heavily and burst more easily on kerbs. Then look at the brake pads.",
        ]
    )
    article = parse(text)
    assert article.body.startswith("Anyone who left a bike")
    assert "crawls" not in article.body
    assert article.timestamp is not None and article.timestamp.iso.startswith("2016-03-03")
    assert article.title == "Spring check for a road bike"


def test_server_error_messages_are_chrome_and_never_the_headline() -> None:
    warning = (
        "Deprecated: Assigning the return value of new by reference is deprecated in /www/htdocs/site/ "
        "wp-settings.php on line 520"
    )
    texts = [
        warning,
        "Warning: mysql_get_server_info(): Access denied for user in /www/site/wp-db.php on line 12",
        "Harbour ferry resumes its winter timetable",
        "The harbour ferry sails again from Monday, the operator said, after two weeks of repairs to "
        "its engines and a new landing stage at the northern pier.",
        "Warning: the ferry will not run in storms.",  # an article's own warning: no file, no line
    ]
    assert chrome.server_messages(_blocks(texts)) == {0, 1}
    article = parse("\n\n".join(texts))
    assert article.title == "Harbour ferry resumes its winter timetable"
    assert "Deprecated" not in article.body


def test_a_scripts_and_a_style_sheets_text_are_found() -> None:
    code = [
        "(adsbygoogle = window.adsbygoogle || []).push({});",
        "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}",
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry back on time"}',
        "if(window.innerWidth<=768){googletag.cmd.push(function(){googletag.display('ad-1');});}",
        ".nav{display:flex;justify-content:space-between} .nav a{color:#222}",
        "var consent = readCookie('consent'); if (!consent) showBanner();",
        "document.addEventListener('DOMContentLoaded', () => { init(); });",
    ]
    assert chrome.script_text(_blocks(code)) == set(range(len(code)))


def test_prose_with_brackets_and_signs_is_not_code() -> None:
    prose = [
        "The council (which met on Tuesday) agreed that x = 3 lanes would do; the mayor disagreed.",
        "Prices rose by 4% {provisional figures}; the final ones follow in May.",
        "The function of the new hall (a market on weekdays) was set out in the plan.",
        "Let the record show: the vote was 12 to 3.",
    ]
    assert chrome.script_text(_blocks(prose)) == set()
