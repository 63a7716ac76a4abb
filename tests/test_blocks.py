"""Blocks and paragraph groups, for converters that mark paragraphs with blank lines and for those
that do not (a browser's copy)."""

from __future__ import annotations

import pytest

from newsparse.blocks import build_blocks
from newsparse.normalize import peel_lines

PROSE = "The council met on Tuesday evening to decide the future of the old harbour warehouse."


def _groups(text: str) -> list[int]:
    lines, _ = peel_lines(text)
    return [b.group for b in build_blocks(lines, wrap_width=None, fragmented=False)]


def _texts(text: str, *, fragmented: bool) -> list[str]:
    lines, _ = peel_lines(text)
    return [b.text for b in build_blocks(lines, wrap_width=None, fragmented=fragmented)]


def test_blankless_copy_sets_paragraphs_apart_and_keeps_menus_together() -> None:
    menu = ["Home", "News", "Sport", "Weather"]
    text = "\n".join([*menu, PROSE, PROSE, *menu] * 3)
    groups = _groups(text)
    assert groups[0] == groups[1] == groups[2] == groups[3]  # the menu is one run
    assert groups[4] != groups[3] and groups[5] != groups[4]  # each paragraph stands apart
    assert groups[6] != groups[5] and groups[6] == groups[7]


def test_blank_lines_decide_when_present() -> None:
    text = "\n\n".join([PROSE] * 5) + "\n" + "\n".join(["Home", "News"] * 10)
    groups = _groups(text)
    assert len(set(groups[:5])) == 5
    assert groups[5] == groups[4]  # no blank line: same group, as the converter printed it


def _lynx_page() -> str:
    words = [
        "the",
        "harbour",
        "council",
        "voted",
        "on",
        "tuesday",
        "to",
        "restore",
        "the",
        "old",
        "warehouse",
        "and",
        "open",
        "it",
        "to",
        "the",
        "public",
        "as",
        "a",
        "market",
        "hall",
        "with",
        "room",
        "for",
        "stalls",
        "and",
        "a",
        "small",
        "museum",
        "of",
        "the",
        "port",
    ]
    lines, line = [], "  "
    for k in range(300):
        word = words[k % len(words)] if k % 9 else f"[{k}]{words[k % len(words)]}"
        if len(line) + 1 + len(word) > 72:
            lines.append(line)
            line = "  "
        line += " " + word
    lines.append(line)
    refs = [
        f"{k:4}. https://example.org/archive/2024/{k}/a-rather-long-address-for-story-number-{k}"
        for k in range(1, 60)
    ]
    return "\n".join([*lines, "", "References", "", *refs]) + "\n"


def test_wrap_width_survives_a_references_list_of_long_addresses() -> None:
    from newsparse.blocks import estimate_wrap_width

    lines, _ = peel_lines(_lynx_page())
    assert estimate_wrap_width(lines) is not None


def test_references_entries_are_never_joined() -> None:
    from newsparse.blocks import estimate_wrap_width

    lines, _ = peel_lines(_lynx_page())
    blocks = build_blocks(lines, wrap_width=estimate_wrap_width(lines), fragmented=False)
    entries = [b for b in blocks if "https://example.org" in b.text]
    assert len(entries) == 59
    assert all(b.start_line == b.end_line and b.link_chars == len(b.text) for b in entries)
    assert any(len(b.text.split()) > 100 for b in blocks)  # the wrapped prose was re-joined


def test_site_relative_and_empty_references_are_links() -> None:
    lines, _ = peel_lines("References\n\n   1. /news/harbour\n   2. \n   3. #top\n")
    entries = [line for line in lines if line.text]
    assert [line.link_chars == len(line.text) for line in entries[1:]] == [True, True, True]


def test_lynx_link_marks_are_read_in_a_page_taken_for_markdown() -> None:
    # "#" lines make the page look like html2text's; the "[12]" marks are still lynx's links.
    text = "# Harbour\n\n## News\n\n### Sport\n\n[12]Home [13]News\n\n" + PROSE + "\n"
    lines, markdown = peel_lines(text)
    assert markdown
    menu = next(line for line in lines if "Home" in line.text)
    assert menu.text == "Home News" and menu.link_chars == len(menu.text)


def test_cjk_text_wrapped_by_columns_is_rejoined_without_spaces() -> None:
    from newsparse.blocks import estimate_wrap_width

    # Wide characters take two columns: 40 of them fill an 80-column dump, mid-word.
    sentence = "港の古い倉庫は来年の春に市民の図書館として生まれ変わる予定です。" * 4
    paragraphs = [sentence, sentence[7:] + sentence[:7]] * 3
    text = "\n\n".join("\n".join(p[k : k + 40] for k in range(0, len(p), 40)) for p in paragraphs)
    lines, _ = peel_lines(text)
    assert estimate_wrap_width(lines) is not None
    blocks = build_blocks(lines, wrap_width=estimate_wrap_width(lines), fragmented=False)
    assert [b.text for b in blocks] == paragraphs


def test_korean_wrapped_mid_word_and_at_spaces() -> None:
    """Korean puts spaces between words, but w3m cuts it anywhere: a line ending on a particle was
    cut at a space, one ending mid-word ("결" / "론을") runs on."""
    full = "가" * 49  # 98 columns: a full line at width 100
    text = "\n".join(
        [
            f"{full[:-4]} 엘제이의",
            f"일방적인 {full[:-5]}결",
            "론을 내더라도 마찬가지다.",
        ]
    )
    lines, _ = peel_lines(text)
    [block] = build_blocks(lines, wrap_width=100, fragmented=False)
    assert "엘제이의 일방적인" in block.text
    assert "결론을" in block.text


def _wrap(words: list[str], width: int) -> list[str]:
    out, line = [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    return [*out, line]


def test_a_narrow_box_with_more_votes_does_not_hide_the_page_width() -> None:
    from newsparse.blocks import estimate_wrap_width

    words = (PROSE + " ").split() * 12
    box = []
    for _ in range(5):  # boxes wrapped at 60 columns: 25 votes against the article's 20
        box += [*_wrap(words[:60], 60), ""]
    article = [*_wrap(words, 98), ""] * 2
    lines, _ = peel_lines("\n".join([*box, *article]) + "\n")
    assert estimate_wrap_width(lines) in range(95, 101)


def test_a_blankless_dump_cut_at_inline_tags_counts_as_fragmented() -> None:
    from newsparse.blocks import is_fragmented

    pieces = []
    for k in range(5):
        pieces += [
            f"According to the report number {k} ",
            "study",
            ", published on Monday, the council had agreed",
        ]
    lines, _ = peel_lines("\n".join(pieces) + "\n")
    assert is_fragmented(lines)
    blocks = build_blocks(lines, wrap_width=None, fragmented=True)
    assert blocks[0].text.startswith("According to the report number 0 study, published on Monday")
    plain, _ = peel_lines(PROSE + "\n" + PROSE + "\n")
    assert not is_fragmented(plain)


def test_a_source_line_break_in_a_fragmented_dump_is_no_paragraph_break() -> None:
    # BeautifulSoup keeps the line breaks of a page's HTML source inside a paragraph, next to a tag
    # even with a blank line: the sentence runs on in lower case after a long line.
    text = (
        "The crew had trailed for most of the race, and the coach said the plan had\n\n"
        "always been to save the strongest strokes for the last stretch of water.\n"
        "Rowing clubs across the region have since asked how they trained for it,\n"
        "and the coach has promised a open session in the spring.\n"
    )
    blocks = _texts(text, fragmented=True)
    assert len(blocks) == 2  # a capital after a full stop may open the next paragraph: left apart
    assert "coach said the plan had always been to save" in blocks[0]
    assert "trained for it, and the coach" in blocks[1]
    assert _texts(text, fragmented=False)[0].endswith("the plan had")


@pytest.mark.parametrize(
    ("line", "after", "joined"),
    [
        # A closing quotation mark opens nothing: the next fragment keeps the space before it.
        ('he said. "We will be back"', "The ferry", 'he said. "We will be back" The ferry'),
        ("sprach von „einem Sommer ohne Fähren“", "Teilen", "sprach von „einem Sommer ohne Fähren“ Teilen"),
        # An opening one: the quoted word follows it without a space.
        ('The mayor then said "', "enough", 'The mayor then said "enough'),
        ("Der Bürgermeister sagte „", "genug", "Der Bürgermeister sagte „genug"),
    ],
)
def test_a_fragment_after_a_quotation_mark_is_glued_only_to_an_opening_one(
    line: str, after: str, joined: str
) -> None:
    assert _texts(f"{line}\n{after}\n", fragmented=True) == [joined]


def test_a_short_lower_case_line_after_a_headline_stays_apart() -> None:
    # A teaser's headline, then its "vor 5 Stunden" stamp or the next entry of a list: no sentence's rest.
    text = (
        "Gemeinderat beschließt neuen Radweg entlang der alten Bahnstrecke nach Talheim\n"
        "vor 5 Stunden\n"
        "Zwei Spuren für Radler, eine Spur für den Bus, dazu breitere Gehwege am Markt\n"
        "breitere Gehwege\n"
    )
    assert _texts(text, fragmented=True) == text.splitlines()


def test_a_stripped_dump_cut_at_inline_tags_is_rejoined_from_its_words() -> None:
    # get_text("\n", strip=True): every link and emphasis on its own line, no blank line anywhere and
    # no space left at a cut. Only the words tell that a sentence runs on.
    menu = ["Home", "News", "Sport", "Weather", "Culture"]
    footer = ["About us", "Contact", "Imprint", "Privacy", "Terms", "Jobs", "Archive", "Advertise"]
    sentence = [
        "The crew had trailed for most of the race, according to",
        "Tom Reeve",
        ", the club's coach, who had planned",
        "a late surge",
        "for the last stretch of water. The full results (",
        "PDF",
        ") list every crew.",
    ]
    text = "\n".join(
        [
            *menu,
            "Harbour club wins the regional cup after a late surge",
            "By",
            "Ines Vogt",
            *sentence,
            "Rowing clubs across the region have since asked how the crew trained for it.",
            *footer,
        ]
    )
    blocks = _texts(text, fragmented=False)
    assert (
        "The crew had trailed for most of the race, according to Tom Reeve, the club's coach, who had "
        "planned a late surge for the last stretch of water. The full results (PDF) list every crew."
    ) in blocks
    # The headline, the byline's label and its name stay apart; so do the menus and the next paragraph.
    assert blocks[: len(menu)] == menu
    assert blocks[len(menu) : len(menu) + 3] == [
        "Harbour club wins the regional cup after a late surge",
        "By",
        "Ines Vogt",
    ]
    assert "Rowing clubs across the region have since asked how the crew trained for it." in blocks
    assert blocks[-len(footer) :] == footer


def test_in_a_stripped_dump_a_short_lower_case_piece_carries_on_a_long_sentence() -> None:
    # Two links in a row cut the sentence: the short lower-case piece after a long stretch of prose
    # that broke off mid-sentence carries it on, though the line after it opens with a capital.
    menu = ["Home", "News", "Sport", "Weather", "Culture"]
    footer = [
        "About us",
        "Contact",
        "Imprint",
        "Privacy",
        "Terms",
        "Jobs",
        "Archive",
        "Advertise",
        "Shop",
        "Help",
    ]
    text = "\n".join(
        [
            *menu,
            "Ferry service resumes after the storm",
            "Asked by a reporter on the quay, who had waited since the morning, the captain said",
            "the crossing",
            "Harbour Authority",
            "inspectors had declared safe again overnight.",
            *footer,
        ]
    )
    blocks = _texts(text, fragmented=False)
    assert (
        "Asked by a reporter on the quay, who had waited since the morning, the captain said the crossing"
    ) in blocks
    assert "Harbour Authority inspectors had declared safe again overnight." in blocks
    assert blocks[len(menu)] == "Ferry service resumes after the storm"
    assert blocks[-len(footer) :] == footer


def test_in_a_copy_without_blank_lines_a_line_past_the_width_swallows_nothing() -> None:
    # A browser's copy or a stripped dump has no wrap width; one voted by accident (here 47) must
    # not glue the line after a longer one onto it, as it would in a dump wrapped at 47 columns.
    menu = [f"Section {k}" for k in range(24)]
    text = "\n".join([*menu, PROSE, "Springe zum Hauptinhalt", *menu])
    lines, _ = peel_lines(text)
    texts = [b.text for b in build_blocks(lines, wrap_width=47, fragmented=False)]
    assert PROSE in texts and "Springe zum Hauptinhalt" in texts


def test_a_width_voted_by_accident_in_a_copy_without_blank_lines_is_refused() -> None:
    from newsparse.blocks import estimate_wrap_width

    # Short menu lines, a few mid-length lines followed by long words (votes for a width near 48)
    # and one paragraph: no wrapper made this, few lines come near the "width".
    menu = [f"Menu {k}" for k in range(44)]
    votes = [
        "The harbour club announced its new summer times",
        "Registration",
        "Members of the rowing section meet on Thursdays",
        "Afterwards",
        "The regional cup returns to the harbour in June",
        "Everybody",
        "Tickets for the final go on sale at the clubhouse",
        "Volunteers",
    ]
    copy = "\n".join([*menu, *votes, PROSE + " " + PROSE])
    lines, _ = peel_lines(copy)
    assert estimate_wrap_width(lines) is None
    # Prose wrapped at 60 columns with no blank lines keeps its width (the narrowest that fits it).
    wrapped = "\n".join(_wrap((" ".join([PROSE] * 12)).split(), 60) + menu[:10])
    lines, _ = peel_lines(wrapped)
    assert estimate_wrap_width(lines) in range(56, 61)


def test_a_line_broken_before_a_long_link_joins_in_wrapped_markdown() -> None:
    # html2text's default wrapping (78 columns): "By [Ada" could not take the next word, which is the
    # rest of the name with the link's address, "Lovelace](https://...)", however short its visible text.
    address = "https://news.example.org/authors/ada-lovelace-and-the-analytical-engine/"
    text = "\n".join(
        [
            "# Harbour council votes to keep the old warehouse",
            "",
            "By [Ada",
            f"Lovelace]({address})",
            "",
            "The council met on Tuesday evening to decide the future of the old harbour",
            "warehouse, and the [vote](/news/vote) was closer than anyone had expected it",
            "to be after a long and often heated debate about money and the waterfront.",
            "",
        ]
    )
    lines, markdown = peel_lines(text)
    assert markdown
    from newsparse.blocks import estimate_wrap_width

    blocks = build_blocks(lines, wrap_width=78, fragmented=False)
    assert estimate_wrap_width(lines) is None or estimate_wrap_width(lines) >= 70
    assert "By Ada Lovelace" in [b.text for b in blocks]


def test_long_list_items_in_markdown_do_not_hide_the_width_its_paragraphs_were_wrapped_at() -> None:
    from newsparse.blocks import estimate_wrap_width

    paragraph = (
        "The council met on Tuesday evening to decide the future of the old harbour warehouse, and the "
        "vote was closer than anyone had expected it to be after a long and often heated debate about "
        "money, the waterfront and the ferry timetable that the town has argued over for years."
    )
    import textwrap

    wrapped = textwrap.wrap(paragraph, 78, break_long_words=False)
    items = [
        f"  * [Story number {k} about the harbour and the ferry timetable that runs all winter](/news/{k})"
        for k in range(8)
    ]
    text = "\n".join(["# Harbour", "", *items, "", *wrapped, "", *wrapped, "", *wrapped, ""])
    lines, markdown = peel_lines(text)
    assert markdown and estimate_wrap_width(lines, markdown=True) in range(70, 79)
    # Outside Markdown (inscriptis prints items and paragraphs whole) long items still count against it.
    assert estimate_wrap_width(lines, markdown=False) is None


def test_wrapped_markdown_takes_the_page_shape_of_its_unwrapped_print() -> None:
    # html2text prints one line per paragraph with a blank line between (half the lines blank, the shape
    # BeautifulSoup's dumps have); wrapped at 78 columns, the same page counts each paragraph once.
    import textwrap

    from newsparse.blocks import is_fragmented

    paragraph = (
        "The council met on Tuesday evening to decide the future of the old harbour warehouse, and the "
        "[vote](/news/vote) was closer than anyone had expected after a long and often heated debate."
    )
    unwrapped = "\n\n".join([paragraph] * 12) + "\n"
    wrapped = "\n\n".join(["\n".join(textwrap.wrap(paragraph, 78, break_long_words=False))] * 12) + "\n"
    flat, _ = peel_lines(unwrapped)
    lines, markdown = peel_lines(wrapped)
    assert markdown and is_fragmented(flat)
    assert not is_fragmented(lines)
    assert is_fragmented(lines, wrap_width=78)


def test_in_a_stripped_dump_a_capitalised_link_inside_a_sentence_carries_it_on() -> None:
    # German capitalises nouns: the link "Rettungskräfte" cut out of a sentence opens with a capital
    # though the sentence runs on. A sentence already ended in the piece before, and it broke off on
    # a lower-case word: prose, not a headline, whose next capitalised line would be a name.
    menu = ["Startseite", "Lokales", "Sport", "Kultur", "Wetter"]
    footer = [
        "Impressum",
        "Kontakt",
        "Datenschutz",
        "Archiv",
        "Abo",
        "Jobs",
        "Anzeigen",
        "Hilfe",
        "AGB",
        "Shop",
    ]
    text = "\n".join(
        [
            *menu,
            "Fähre bleibt nach dem Sturm im Hafen",
            "Max Mustermann",
            "vor 5 Stunden",
            "Der Wind drehte am Abend auf Nord. Trotz der schnell eingetroffenen",
            "Rettungskräfte",
            "blieb die Fähre bis zum Morgen im Hafen liegen, wie die Reederei mitteilte.",
            *footer,
        ]
    )
    blocks = _texts(text, fragmented=False)
    assert (
        "Der Wind drehte am Abend auf Nord. Trotz der schnell eingetroffenen Rettungskräfte blieb die "
        "Fähre bis zum Morgen im Hafen liegen, wie die Reederei mitteilte."
    ) in blocks
    # After a headline, a capitalised line is the author's name: it stays apart.
    assert blocks[len(menu) : len(menu) + 2] == [
        "Fähre bleibt nach dem Sturm im Hafen",
        "Max Mustermann",
    ]


def test_text_wrapped_by_characters_is_rejoined_at_spaces() -> None:
    """Python's textwrap (html2text's wrapper) counts characters, not a terminal's columns: Korean it
    wrapped at 78 agrees on that width in characters only, and every cut was at a space."""
    from newsparse.pipeline import build_document

    sentences = [
        "시는 이달 중 주민설명회를 세 차례 열어 의견을 설계에 반영할 방침이다.",
        "산책로는 구도심에서 하구 공원까지 이어지며 쉼터 여섯 곳이 들어선다.",
        "공사는 내년 4월 시작해 2025년 봄 전면 개통을 목표로 한다.",
        "반면 강변에서 농사를 짓는 주민들은 공사 소음을 걱정한다.",
    ]
    paragraphs = [" ".join(sentences[k:] + sentences[:k]) for k in range(4)]
    text = "\n\n".join("\n".join(_wrap(p.split(), 78)) for p in paragraphs)
    assert [b.text for b in build_document(text).blocks] == paragraphs


def test_a_line_one_column_in_from_a_flush_left_line_is_a_new_element() -> None:
    # w3m prints an element's leading space: " Posted by ..." under a rating line that did not wrap,
    # though its first word would not have fitted on it at the page's width.
    rating = "Did the harbour ferry keep its winter timetable this year?, 4.0 out of 5 based on 3 ratings"
    text = f"{rating}\n Posted by Jane Roe at 18:52\n\nThe ferry ran on time."
    lines, _ = peel_lines(text)
    blocks = build_blocks(lines, wrap_width=len(rating) + 4, fragmented=False)
    assert [b.text for b in blocks[:2]] == [rating, "Posted by Jane Roe at 18:52"]


def test_wrapped_lines_under_a_centred_line_or_a_numbered_item_are_joined() -> None:
    lines, _ = peel_lines(
        "A headline centred over two lines of the harbour\n      ferry's winter timetable\n\n"
        " 1. The council met on Tuesday evening to decide the harbour's\n    future\n"
    )
    blocks = build_blocks(lines, wrap_width=50, fragmented=False)
    assert [b.text for b in blocks] == [
        "A headline centred over two lines of the harbour ferry's winter timetable",
        "1. The council met on Tuesday evening to decide the harbour's future",
    ]


def test_in_a_stripped_dump_a_lower_case_line_closing_on_a_date_is_the_headlines_meta_line() -> None:
    # A user name opens the line under the headline ("reineckefuchs — 2. Februar 2022"): lower case, but
    # no sentence's rest; it closes on the article's date. A sentence's rest with a date ends the sentence.
    menu = ["Startseite", "Nachrichten", "Sport", "Kultur", "Wetter", "Verkehr", "Leserbriefe", "Archiv"]
    paragraph = (
        "Die Fähre zur Insel fährt von Montag an wieder nach dem Winterfahrplan, teilte die Reederei am "
        "Wochenende mit. Die letzte Abfahrt am Abend ist dann um 21.30 Uhr."
    )
    for meta in ("hafenreporterin — 2. Februar 2022", "hafenreporterin, 02.02.2022 14:05"):
        text = "\n".join(
            [*menu, "Winterfahrplan für die Inselfähre gilt wieder", meta, paragraph, *menu, *menu]
        )
        blocks = _texts(text, fragmented=False)
        assert blocks[len(menu) : len(menu) + 2] == ["Winterfahrplan für die Inselfähre gilt wieder", meta]
    rest = "\n".join(
        [
            *menu,
            "Die Reederei hat den Fahrplan geändert und die Fähre fährt wieder ab dem",
            "kommenden Montag, dem 7. Februar 2022, nach dem Winterfahrplan.",
            *menu,
            *menu,
        ]
    )
    assert (
        "Die Reederei hat den Fahrplan geändert und die Fähre fährt wieder ab dem kommenden Montag, dem "
        "7. Februar 2022, nach dem Winterfahrplan." in _texts(rest, fragmented=False)
    )
