"""Sidebar items: headline, summary and caption from an item's blocks, in any order."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.model import Block, Timestamp
from newsparse.sidebar import build_item, is_list_furniture, is_related_heading, split_caption

HEADLINE = "Court hears appeal over closure of regional rights group"
SUMMARY = (
    "The appeal was heard behind closed doors, and lawyers for the group said they expected the ruling "
    "to be upheld despite new evidence from former members."
)


def _block(text: str, line: int, *, bullet: str | None = None, link: bool = False, heading: int = 0) -> Block:
    return Block(
        index=line,
        start_line=line,
        end_line=line,
        text=text,
        line_numbers=[line],
        bullet=bullet,
        link_chars=len(text) if link else 0,
        heading=heading,
    )


def _ts(line: int) -> Timestamp:
    return Timestamp(text="May 17, 2024 19:25", iso="2024-05-17T19:25:00", line=line)


# (blocks as (text, line, bullet), timestamp line, expected headline, summary, caption, item line)
CASES = [
    pytest.param(
        [(HEADLINE, 11, None), (SUMMARY, 13, None)],
        10,
        HEADLINE,
        SUMMARY,
        None,
        10,
        id="date-headline-summary",
    ),
    pytest.param(
        [(HEADLINE, 11, "•"), (SUMMARY, 13, None)], 10, HEADLINE, SUMMARY, None, 10, id="bulleted-headline"
    ),
    pytest.param(
        [(SUMMARY, 11, None), (HEADLINE, 13, None)], 15, HEADLINE, SUMMARY, None, 11, id="summary-first"
    ),
    pytest.param([(HEADLINE, 11, None)], 12, HEADLINE, None, None, 11, id="headline-then-date"),
    pytest.param([], 10, None, None, None, 10, id="timestamp-only"),
    pytest.param([(HEADLINE, 11, "*")], None, HEADLINE, None, None, 11, id="headline-only"),
    pytest.param([(SUMMARY, 11, None)], 10, None, SUMMARY, None, 10, id="summary-only"),
    pytest.param(
        [("Photo by Jane Roe for the Caucasian Knot " + HEADLINE, 11, None), (SUMMARY, 12, None)],
        10,
        HEADLINE,
        SUMMARY,
        "Photo by Jane Roe for the Caucasian Knot",
        10,
        id="caption-glued-en",
    ),
    pytest.param(
        [("Фото: Иван Иванов Суд отказал в регистрации новой партии", 11, None)],
        10,
        "Суд отказал в регистрации новой партии",
        None,
        "Фото: Иван Иванов",
        10,
        id="caption-glued-ru",
    ),
    pytest.param(
        [("Фото: Иван Иванов / ТАСС В городе открыли новый мост", 11, None)],
        10,
        "В городе открыли новый мост",
        None,
        "Фото: Иван Иванов / ТАСС",
        10,
        id="caption-with-agency",
    ),
    pytest.param(
        [("Photo: Reuters", 11, None), (HEADLINE, 12, None)],
        10,
        HEADLINE,
        None,
        "Photo: Reuters",
        10,
        id="separate-caption",
    ),
    pytest.param(
        [(HEADLINE, 11, None), ("News archive", 13, None)],
        10,
        HEADLINE,
        None,
        None,
        10,
        id="furniture-dropped",
    ),
    pytest.param([("Все новости", 11, None)], 10, None, None, None, 10, id="furniture-only"),
]


@pytest.mark.parametrize(("blocks", "ts_line", "headline", "summary", "caption", "line"), CASES)
def test_build_item(
    blocks: list[tuple[str, int, str | None]],
    ts_line: int | None,
    headline: str | None,
    summary: str | None,
    caption: str | None,
    line: int,
) -> None:
    timestamp = _ts(ts_line) if ts_line is not None else None
    item = build_item([_block(t, n, bullet=b) for t, n, b in blocks], timestamp)
    assert (item.headline, item.summary, item.caption, item.line) == (headline, summary, caption, line)
    assert item.timestamp is timestamp


def test_linked_headline_beats_short_teaser() -> None:
    teaser = "Officials said the bridge will open next week."
    item = build_item([_block(teaser, 11), _block("Bridge opens early", 12, link=True)], _ts(10))
    assert (item.headline, item.summary) == ("Bridge opens early", teaser)


@pytest.mark.parametrize(
    "text",
    [
        "News archive",
        "All news",
        "All news »",
        "More stories",
        "Load more",
        "[Load more]",
        "Все новости",
        "Все новости →",
        "Архив новостей",
        "Показать ещё",
        "Alle Nachrichten",
        "Mehr laden",
        "Toutes les actualités",
        "Todas las noticias",
        "Ver más",
        "Read more...",
        "Letzte Artikel",
        "Neueste Beiträge",
        "Derniers articles",
        "Nicht klassifiziert",
        "Uncategorized",
    ],
)
def test_list_furniture(text: str) -> None:
    assert is_list_furniture(text)


@pytest.mark.parametrize(
    "text",
    [
        HEADLINE,
        "All news outlets must register, says minister",
        "Все новости о выборах в одном месте: как голосовать",
        "More stories emerge of abuse in detention",
        "Archive footage shows the 1994 flood",
        "Letzte Artikel von Brecht in Zürich entdeckt",
        "",
    ],
)
def test_not_list_furniture(text: str) -> None:
    assert not is_list_furniture(text)


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        (
            "Photo by Jane Roe for the Caucasian Knot Protest in Grozny",
            "Photo by Jane Roe for the Caucasian Knot",
        ),
        ("Фото: Иван Иванов Заголовок новости", "Фото: Иван Иванов"),
        ("Фото: ТАСС Заголовок новости дня", "Фото: ТАСС"),
        ("Court hears appeal", None),
        ("Photo by Jane", None),  # nothing left for a headline
    ],
)
def test_split_caption(text: str, caption: str | None) -> None:
    found, rest = split_caption(text)
    assert found == caption
    if caption is None:
        assert rest == text
    else:
        assert f"{found} {rest}" == text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=120), max_size=5), st.booleans())
def test_build_item_never_raises(texts: list[str], dated: bool) -> None:
    blocks = [_block(t, i + 2) for i, t in enumerate(texts)]
    item = build_item(blocks, _ts(1) if dated else None)
    assert item.headline is None or not is_list_furniture(item.headline)


@pytest.mark.parametrize(
    ("text", "related"),
    [
        ("Mehr aus der Region", True),  # German for "More from ...": other stories follow
        ("More from Business", True),
        ("Lesen Sie auch", True),
        ("Letzte Artikel", True),
        ("Latest stories", True),
        ("Derniers articles", True),
        ("Letzte Artikel von Brecht in Zürich entdeckt", False),
        ("Mehr aus dem Hafen wurde 2024 verschifft als je zuvor, meldet die Hafenverwaltung", False),
        ("Regionales", False),
    ],
)
def test_headings_that_open_a_list_of_other_stories(text: str, related: bool) -> None:
    from newsparse.sidebar import is_related_heading

    assert is_related_heading(text) is related


@pytest.mark.parametrize(
    ("text", "is_heading"),
    [
        ("関連記事", True),
        ("相关新闻：", True),
        ("관련 기사", True),
        ("関連記事一覧の使い方について", False),
        ("اقرأ أيضا", True),
        ("İlgili Haberler", True),
        ("Baca juga:", True),
        ("اخبار مرتبط", True),
    ],
)
def test_cjk_related_headings(text: str, is_heading: bool) -> None:
    assert is_related_heading(text) is is_heading
