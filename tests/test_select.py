"""Candidate helpers of the select stage: site names, doubled link text, the body's main run."""

from __future__ import annotations

import pytest
from conftest import plain_layout

import newsparse
from newsparse import select
from newsparse.model import Block
from newsparse.select import TITLE_FEATURES, Layout, _doubled_half, strip_site_name


def _title_candidate_rows(page: str) -> dict[str, list[float]]:
    """The texts the title ranker is offered on a page, as the pipeline builds them, with their
    feature rows."""
    from newsparse import classify
    from newsparse.pipeline import build_document, document_context

    doc = build_document(page)
    context = document_context([b.text for b in doc.blocks], languages=doc.languages)
    return {c.text: c.row for c in classify.classify(doc, context).title_candidates}


def _title_candidate_texts(page: str) -> set[str]:
    return set(_title_candidate_rows(page))


def test_title_candidates_say_where_they_stand_against_the_body_margin() -> None:
    """inscriptis and lynx indent by nesting: the headline's container stands apart from the article's."""
    page = (
        "Harbour Gazette\n\n  Home\n  Politics\n\n"
        "  The council votes to close the old bridge\n\n"
        "      Repairs will take a year, the engineers say.\n\n"
        "      The council voted on Tuesday to close the old bridge over the river for repairs.\n\n"
        "      Engineers found cracks in two of its piers during the spring inspection, the mayor said.\n\n"
        "          Photo: Harbour Gazette\n"
    )
    rows = _title_candidate_rows(page)
    outdented, indented = TITLE_FEATURES.index("outdented"), TITLE_FEATURES.index("indented")
    headline = rows["The council votes to close the old bridge"]
    standfirst = rows["Repairs will take a year, the engineers say."]
    credit = rows["Photo: Harbour Gazette"]
    assert (headline[outdented], headline[indented]) == (1.0, 0.0)
    assert (standfirst[outdented], standfirst[indented]) == (0.0, 0.0)
    assert (credit[outdented], credit[indented]) == (0.0, 1.0)


def test_title_candidates_say_how_their_blank_lines_compare_with_the_paragraphs() -> None:
    """A converter's margins: a blank line parts the paragraphs, none parts headline and standfirst."""
    page = (
        "Harbour Gazette\nHome\nPolitics\n\n"
        "The council votes to close the old bridge\n"
        "Repairs will take a year, the engineers say.\n\n"
        "The council voted on Tuesday to close the old bridge over the river for repairs.\n\n"
        "Engineers found cracks in two of its piers during the spring inspection, the mayor said.\n\n"
        "A ferry will carry pedestrians across the river while the works go on, the council added.\n"
    )
    rows = _title_candidate_rows(page)
    names = ("glued_above", "apart_above", "glued_below", "apart_below")
    flags = {text: tuple(rows[text][TITLE_FEATURES.index(n)] for n in names) for text in rows}
    assert flags["The council votes to close the old bridge"] == (0.0, 0.0, 1.0, 0.0)
    assert flags["Repairs will take a year, the engineers say."] == (1.0, 0.0, 0.0, 0.0)


def test_a_centred_heading_is_not_indented() -> None:
    """lynx centres an h1: its indent is the heading's, not a nesting deeper than the article's."""
    paragraphs = "\n\n".join(
        f"   The council heard on day {k} that the old bridge over the river needs new piers and a\n"
        "   new deck before the winter storms arrive, the engineers said."
        for k in range(6)
    )
    page = (
        "   Harbour Gazette\n\n   [1]Home [2]Politics\n\n"
        "                   The council votes to close the old bridge\n\n" + paragraphs + "\n"
    )
    headline = _title_candidate_rows(page)["The council votes to close the old bridge"]
    assert headline[TITLE_FEATURES.index("h1")] == 1.0
    assert headline[TITLE_FEATURES.index("indented")] == 0.0


def test_an_underline_is_no_neighbour_of_its_heading() -> None:
    """markdownify's "=====" under the headline is an ornament line: the text below is the next block."""
    page = (
        "Harbour Gazette\n\nThe council votes to close the old bridge\n"
        "=========================================\n\n"
        "The council voted on Tuesday to close the old bridge over the river for repairs.\n\n"
        "Engineers found cracks in two of its piers during the spring inspection, the mayor said.\n\n"
        "A ferry will carry pedestrians across the river while the works go on, the council added.\n"
    )
    headline = _title_candidate_rows(page)["The council votes to close the old bridge"]
    assert headline[TITLE_FEATURES.index("h1")] == 1.0
    assert headline[TITLE_FEATURES.index("glued_below")] == 0.0


def test_blank_line_features_stay_silent_where_the_converter_prints_none() -> None:
    """A browser's copy has no blank lines: the gaps the blocks get are inferred, not the page's."""
    menu = "".join(f"Section {k}\n" for k in range(12))
    paragraphs = "".join(
        f"The council heard on day {k} that the old bridge over the river needs new piers and a deck.\n"
        for k in range(10)
    )
    page = f"Harbour Gazette\n{menu}The council votes to close the old bridge\n{paragraphs}"
    rows = _title_candidate_rows(page)
    gaps = [TITLE_FEATURES.index(n) for n in ("glued_above", "apart_above", "glued_below", "apart_below")]
    assert rows and all(row[k] == 0.0 for row in rows.values() for k in gaps)


@pytest.mark.parametrize(
    ("text", "half"),
    [
        ("Neue Brücke eröffnetNeue Brücke eröffnet", "Neue Brücke eröffnet"),
        ("Harbour reopens Harbour reopens", "Harbour reopens"),
        ("Harbour reopens", None),
        ("abcabc", None),  # too short to be a headline printed twice
    ],
)
def test_doubled_half(text: str, half: str | None) -> None:
    assert _doubled_half(text) == half


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("Harbour reopens after storm | The Coast Times", "Harbour reopens after storm"),
        ("Coast Times :: Harbour reopens after the storm", "Harbour reopens after the storm"),
        ("Harbour reopens after storm", "Harbour reopens after storm"),
    ],
)
def test_strip_site_name(text: str, stripped: str) -> None:
    assert strip_site_name(text) == stripped


def _layout(body: list[int], words: list[int]) -> Layout:
    blocks = [Block(index=i, start_line=i, end_line=i, text="x", line_numbers=[i]) for i in range(len(words))]
    return plain_layout(blocks, body, words)


def test_main_body_skips_a_stray_opening_paragraph() -> None:
    # A cookie notice at block 1 opens the body; the article is the run from block 20 on.
    words = [30] * 30
    words[1] = 40  # one long notice outweighs any single paragraph, not the article's run
    layout = _layout([1, 20, 21, 22, 23], words)
    assert layout.first_body == 1
    assert layout.main_body == 20


def test_main_body_of_an_empty_body_is_the_end() -> None:
    assert _layout([], [3, 3]).main_body == 2


def test_name_echoes_count_whole_word_runs() -> None:
    from newsparse.select import _NameEchoes

    page = "By Jane Roe\nJane Roe is our editor. Janet Roeder wrote the sidebar.\nJANE ROE"
    echoes = _NameEchoes(page, ["Jane Roe", "Roeder"])
    assert echoes.count("Jane Roe") == 3  # any case, whole words only: not inside "Janet Roeder"
    assert echoes.count("Roeder") == 1
    assert echoes.count("Nobody Here") == 0


def _blocks(texts: list[str]) -> list[Block]:
    return [Block(index=i, start_line=i, end_line=i, text=t, line_numbers=[i]) for i, t in enumerate(texts)]


def test_numbered_breadcrumb_gives_its_last_step_without_the_number() -> None:
    blocks = _blocks(["1. Home", "2. Sport", "3. Harbour club wins the regional cup", "Harbour club wins"])
    assert select._numbered_crumb_last(blocks, 2) == "Harbour club wins the regional cup"
    assert select._numbered_crumb_last(blocks, 1) is None  # not the last step
    assert select._numbered_crumb_last(blocks, 0) is None


def test_a_numbered_list_not_starting_a_run_is_no_breadcrumb() -> None:
    blocks = _blocks(["Ingredients", "4. Add the flour and stir well"])
    assert select._numbered_crumb_last(blocks, 1) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("amiga, dogs, floppy, Hunde, Hundeleben", True),
        ("The harbour reopened, the boats returned, and the town, at last, breathed again", False),
        ("Politics, Economy", False),
    ],
)
def test_tag_lists(text: str, expected: bool) -> None:
    assert select._is_tag_list(text) is expected


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("leichtathletik.de", True),
        ("comparis.ch Logo", True),
        ("Harbour club wins the regional cup", False),
        ("Version 2.0 released", False),
    ],
)
def test_site_like(text: str, site: bool) -> None:
    from newsparse.data.titles import SITE_LIKE

    assert (SITE_LIKE.search(text) is not None) is site


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # Two kickers before the headline: the trailing one is cut too.
        (
            "Strompreisbremse – Erlösabschöpfung: Regierung kürzt die Vergütung für Biogas",
            "Regierung kürzt die Vergütung für Biogas",
        ),
        (
            "Jun 17 The quietest end of the world: a harbour town",
            "The quietest end of the world: a harbour town",
        ),
        ("23.01.2022 - Harbour club wins the regional cup", "Harbour club wins the regional cup"),
        # A <title> line with a section and a site after the headline.
        ("Quarnwerk - Download - ZIPPO", "Quarnwerk"),
        (
            "Harbour ferry resumes winter timetable - Lokales | News | Küstenbote",
            "Harbour ferry resumes winter timetable",
        ),
    ],
)
def test_title_candidates_cut_kickers_dates_and_site_parts_off_the_headline(text: str, headline: str) -> None:
    layout = _layout([1, 2], [len(text.split()), 30, 30])
    layout.blocks[0].text = text
    texts = {c.text for c in select.title_candidates(layout, fragmented=False)}
    assert headline in texts


def test_a_line_printed_twice_is_offered_once_and_marked() -> None:
    # w3m prints a picture's alt text and its title side by side: "Jane Roe, CEOJane Roe, CEO".
    text = "Jane Roe, chief executive at QuarnbankJane Roe, chief executive at Quarnbank"
    layout = _layout([1, 2], [len(text.split()), 30, 30])
    layout.blocks[0].text = text
    found = {c.text: c.row for c in select.title_candidates(layout, fragmented=False)}
    assert text not in found
    half = "Jane Roe, chief executive at Quarnbank"
    assert found[half][select.TITLE_FEATURES.index("doubled")] == 1.0


def test_a_number_opening_a_headline_is_no_date() -> None:
    from newsparse.data.titles import DATE_PREFIX

    assert DATE_PREFIX.match("17 Menschen sterben bei einem Unfall") is None
    assert DATE_PREFIX.match("2019 was a good year for wine") is None


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Hanna Vogt", True),
        ("Dr. Hanna Vogt", True),
        ("JEAN-LUC MARCHAND", True),
        ("H. Vogt", True),
        ("Mrs H Vogt", True),
        ("Светлана Орлова", True),
        ("Juergen Hollmer", True),  # umlaut spelt out
        ("JOERG HOLLMER", True),
        ("Rene Vautrin", True),  # accent dropped by the converter
        ("Weitere Informationen", False),
        ("Neuer Inhalt", False),
        ("Classic Cars", False),
        ("Zum Seitenanfang", False),
        ("Dr.", False),
    ],
)
def test_a_byline_candidate_knows_a_given_name(name: str, person: bool) -> None:
    assert select.opens_with_given_name(name) is person


def _offered_titles(texts: list[str], body: list[int]) -> set[int]:
    """The blocks offered as title candidates on a page of one-line blocks, the body's 40 words long."""
    words = [40 if i in body else len(t.split()) for i, t in enumerate(texts)]
    layout = _layout(body, words)
    layout.blocks = [
        Block(index=i, start_line=i, end_line=i, text=t, line_numbers=[i]) for i, t in enumerate(texts)
    ]
    return {c.index for c in select.title_candidates(layout, fragmented=False)}


def test_a_headline_over_a_body_run_far_from_the_first_and_main_runs_is_a_candidate() -> None:
    # A stray paragraph opens the body at block 2 and the longest run starts at 100; the article the
    # headline at 57 heads is the run from 60, which only the run-head window reaches.
    texts = ["Site navigation"] * 120
    texts[57] = "Harbour ferry resumes winter timetable"
    found = _offered_titles(texts, [2, 60, 61, *range(100, 110)])
    assert 57 in found
    assert 30 not in found  # nowhere near a run: not offered


def test_a_headline_below_a_long_teaser_run_is_a_candidate() -> None:
    # The body model took a run of teasers (blocks 10-20) above the headline at 21; the article's
    # first paragraphs stand apart (22, 24, 26) above its longest run (from 60).
    texts = ["Site navigation"] * 100
    texts[21] = "Harbour ferry resumes winter timetable"
    found = _offered_titles(texts, [*range(10, 21), 22, 24, 26, *range(60, 80)])
    assert 21 in found
    assert 25 not in found  # past the window: not offered


def test_a_headline_under_a_numbered_breadcrumb_far_above_the_body_is_a_candidate() -> None:
    # A paywall box (blocks 13-59) stands between the breadcrumb's last step with the headline under
    # it (10-12) and the paragraphs the body model trusts (from 60): past every window but the crumb's.
    texts = ["Site navigation"] * 100
    texts[8], texts[9] = "1. Home", "2. Energy"
    texts[10] = "3. Snow weighs on solar panels"
    texts[12] = "Snow weighs on solar panels"
    found = _offered_titles(texts, list(range(60, 80)))
    assert 12 in found
    assert 16 not in found  # past the crumb's reach: not offered


def test_a_heading_as_a_numbered_breadcrumbs_last_step_is_offered_without_its_number() -> None:
    # html2text prints an <h1> inside the last <li> of a breadcrumb as "4. # Headline".
    page = (
        "[Home](/) [Sport](/sport)\n\n"
        "  1. [Tidewater Post](/)\n  2. [Sport](/sport)\n  3. [Rowing](/sport/rowing)\n"
        "  4. #  Harbour club wins the regional cup after a late surge\n\n"
        "The harbour club won the regional rowing cup on Saturday after a late surge in the final "
        "five hundred metres, its first title in eleven years.\n\n"
        "The crew had trailed for most of the race but the coach said the plan had always been to "
        "save the strongest strokes for the last stretch of water.\n"
    )
    article = newsparse.parse(page)
    assert article.title == "Harbour club wins the regional cup after a late surge"
    # The number is the list's: the numbered form is not offered beside the bare one, where the two
    # would tie in the ranker.
    texts = _title_candidate_texts(page)
    assert "Harbour club wins the regional cup after a late surge" in texts
    assert not any(t.startswith("4.") for t in texts)


def test_a_list_item_holding_the_article_is_a_headline_candidate() -> None:
    # A blog that wraps its one post in a list item: w3m prints the item's heading as a bullet and
    # the post indented under it. A menu entry, followed by another entry, is no candidate.
    page = (
        "Notes from the Workshop\n\n"
        "  • Home\n  • Archive\n\n"
        "  • Why the old lathe still runs true\n\n"
        "    Posted by Ines 21.10.2019\n\n"
        "    The lathe in the back room was built before the war and it still turns a shaft to within "
        "a hair, which says more about its makers than about anyone who has used it since then.\n\n"
        "    Every spring the belts are checked, the ways are cleaned and oiled, and the chuck is taken "
        "apart so that the jaws can be measured against the drawings kept in the drawer.\n"
    )
    texts = _title_candidate_texts(page)
    assert "Why the old lathe still runs true" in texts
    assert "Home" not in texts and "Archive" not in texts


@pytest.mark.parametrize(
    ("text", "bullet", "menu"),
    [
        ("Home | News | Events | Contact", None, True),
        ("Start • Sport • Kultur", None, True),
        ("News", "*", True),  # a list item
        ("Volunteers restore the old railway footbridge", None, False),
        ("Jane Roe | 12 May 2023", None, False),  # one separator: a meta line
    ],
)
def test_a_menu_line_follows_a_site_name(text: str, bullet: str | None, menu: bool) -> None:
    # The title feature "menu_next": a site's name or logo heads the menu, a headline the article.
    from newsparse.select import _menu_line

    blocks = [
        Block(index=0, start_line=0, end_line=0, text="Fernhill Voice", line_numbers=[0]),
        Block(index=1, start_line=1, end_line=1, text=text, line_numbers=[1], bullet=bullet),
    ]
    assert _menu_line(plain_layout(blocks, [], [2, len(text.split())]), 1) is menu


@pytest.mark.parametrize(
    ("text", "mid_sentence"),
    [
        ("from University of Michigan", True),  # an affiliation under the byline
        ("mit dem Olympiasieger Max Reinelt im Rathaus", True),
        ("oder berechnen Sie die Kosten", True),
        # Headlines printed in lower case open on a content word.
        ("iOS 13 will fix the FaceTime eye contact problem", False),
        ("micropolitics", False),
        ("From the archive: the harbour in 1950", False),
    ],
)
def test_a_line_opening_on_a_lower_case_function_word_is_no_headline(text: str, mid_sentence: bool) -> None:
    from newsparse.select import _opens_mid_sentence

    assert _opens_mid_sentence(text) is mid_sentence


@pytest.mark.parametrize(
    ("text", "menu"),
    [
        ("Home | Politics | Business | World", True),
        ("홈 | 정치 | 경제 | 사회 | 국제 | 스포츠", True),
        ("Startseite · Lokales · Sport · Kultur", True),
        # A <title> line's parts: a headline is longer than two words.
        ("Council approves riverside path | Local | Harbour News", False),
        ("Impressum | Kontakt", False),
        # Colons and slashes part entries too; a French headline's " : " parts longer words.
        ("home : heute : shop : woche : podcast : suche :", True),
        ("Politik / Wirtschaft / Kultur / Sport", True),
        ("Retraites : le Sénat adopte la réforme : ce qui change", False),
    ],
)
def test_a_line_of_menu_entries_is_no_headline(text: str, menu: bool) -> None:
    from newsparse.select import _menu_entries

    assert _menu_entries(text) is menu


@pytest.mark.parametrize(
    ("first", "offered"),
    [
        ("Skip to main content", False),
        ("Zum Inhalt springen", False),
        ("» Direkt zum Inhalt", False),
        ("Toggle navigation", False),
        ("Lesezeit: 3 Minuten", False),
        ("Tempo di lettura: 3 minuti", False),
        ("5 min read", False),
        ("How to read a tide table in five minutes", True),
        # Only at the line's start: a headline may speak of navigation or of skipping.
        ("Why sailors still learn navigation by the stars", True),
        ("Councils skip to the front of the grant queue", True),
    ],
)
def test_a_skip_link_is_no_headline(first: str, offered: bool) -> None:
    page = (
        f"{first}\n\nHarbour path opens after years of delay\n\n"
        "The new path along the harbour opened on Saturday morning, three years after work began, "
        "and hundreds of walkers came to try it before the official ribbon was cut.\n\n"
        "The council said the last section, near the old ferry steps, had needed new foundations.\n"
    )
    texts = _title_candidate_texts(page)
    assert (first.strip() in texts) is offered


def test_a_headline_printed_in_capitals_is_still_the_headline() -> None:
    # html-to-text prints every heading in capitals (and sites set headlines so with CSS, which some
    # browser copies keep): capitals say nothing against a headline, and the standfirst under it
    # in ordinary case is no better a title for them.
    page = (
        "LAKESIDE COURIER\n\n * News\n * Business\n * Culture\n\n\n"
        "FÄHRE NACH NORDHOLM FÄHRT WIEDER NACH DEM WINTERFAHRPLAN\n\n"
        "Die Reederei verlängert die Abfahrten am Abend bis Ende März\n\n"
        "Von Priya Castellane · 4. Oktober 2024\n\n"
        "Die Fähre nach Nordholm fährt von Montag an wieder nach dem Winterfahrplan. Die letzte Abfahrt "
        "am Abend ist dann um 21.30 Uhr, eine Stunde früher als im Sommer.\n\n"
        "Die Reederei begründet den Wechsel mit der geringeren Zahl an Fahrgästen. Pendler, die später "
        "fahren müssen, können nach Angaben der Reederei ein Wassertaxi bestellen.\n\n"
        "Im Frühjahr soll der Sommerfahrplan wie gewohnt wieder gelten.\n"
    )
    assert newsparse.parse(page).title == "FÄHRE NACH NORDHOLM FÄHRT WIEDER NACH DEM WINTERFAHRPLAN"


@pytest.mark.parametrize("label", ["Schlagwörter", "Tags:", "Themen", "Keywords", "Теги"])
def test_the_line_under_a_tag_label_is_no_title_candidate(label: str) -> None:
    page = (
        "Ein Hundetagebuch\n\n"
        "Nach langer Zeit wieder ein Spaziergang am Deich\n\n"
        "12. Oktober 2023\n\n"
        f"{label}\n\n"
        "Deich, Hunde, Herbst, Spaziergang\n\n"
        "Es ist lange her, dass ich hier über die Hunde geschrieben habe. Heute waren wir endlich wieder "
        "am Deich, und beide sind gerannt, als hätten sie nie etwas anderes getan.\n\n"
        "Der Wind war kalt, aber die Sonne kam am Nachmittag noch einmal heraus, und wir sind bis zum "
        "alten Leuchtturm gegangen.\n"
    )
    texts = _title_candidate_texts(page)
    assert "Deich, Hunde, Herbst, Spaziergang" not in texts
    assert "Nach langer Zeit wieder ein Spaziergang am Deich" in texts


_STANDFIRST = "Die Stadt will bis 2027 zwei Dutzend neue Kitas bauen und sucht dafür Grundstücke am Stadtrand"


@pytest.mark.parametrize(
    ("above", "gap", "chosen"),
    [
        # The headline right above the standfirst that outscores it by a hair: the headline.
        ("Mehr Kitas für Nordhafen", 0.4, "Mehr Kitas für Nordhafen"),
        # Clearly outscored, longer, an author's name or a short label: the ranker's pick stays.
        ("Mehr Kitas für Nordhafen", 1.5, _STANDFIRST),
        (_STANDFIRST + " und im Hafenviertel, sagt die Bürgermeisterin", 0.4, _STANDFIRST),
        ("Alice Wu", 0.2, _STANDFIRST),
        ("Herausgeber: Stadt Nordhafen", 0.2, _STANDFIRST),
    ],
)
def test_the_headline_right_above_a_narrowly_preferred_standfirst_is_taken(
    above: str, gap: float, chosen: str
) -> None:
    candidates = [
        select.TitleCandidate(3, "Nordhafener Zeitung", []),
        select.TitleCandidate(7, above, []),
        select.TitleCandidate(8, _STANDFIRST, []),
    ]
    scores = [-2.0, 1.0 - gap, 1.0]
    k = select.headline_over_runner_up(candidates, scores, 2)
    assert candidates[k].text == chosen


def test_a_breadcrumb_without_separators_over_its_last_step_is_no_title_candidate() -> None:
    def page(crumb: str, headline: str) -> str:
        return (
            "ohneQ Podcast\n\n * Startseite\n * Johannes\n * Gäste\n\n"
            f"{crumb}\n\n{headline}\n\n"
            "Hi! Mein Name ist Johannes, und ich mache seit sechs Jahren Podcasts über Brettspiele, "
            "Musik und alles, was mir dazwischen einfällt.\n\n"
            "Hier findet ihr alle Folgen, in denen ich zu Gast war, und die, in denen Gäste bei mir waren.\n"
        )

    texts = _title_candidate_texts(page("Home Johannes", "Johannes"))
    assert "Home Johannes" not in texts and "Johannes" in texts
    # A headline that opens on "Home" and echoes no line under it stays one.
    texts = _title_candidate_texts(page("Podcast", "Home sales rise again in the spring"))
    assert "Home sales rise again in the spring" in texts
