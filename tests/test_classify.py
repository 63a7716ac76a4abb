"""Body decisions that hold whatever the trained weights say."""

from __future__ import annotations

import re

import pytest
from conftest import plain_layout

import newsparse
from newsparse.authorship import _is_page_phrase
from newsparse.classify import _drop_after_article, _printed_headline
from newsparse.data.boilerplate import (
    AD_MARKER_LINE,
    BLOG_FILING_NOTE,
    CAPTION,
    CAPTION_STRONG,
    EMBED_CREDIT,
    FURNITURE,
    PROMO,
)
from newsparse.data.titles import FORM_FIELD
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


def test_a_comments_button_under_the_standfirst_is_passed_over() -> None:
    # A share bar's "Comentarios" under a long standfirst: most of the article is still to come.
    texts = [*[ARTICLE] * 4, "Comentarios", *[ARTICLE] * 20]
    chosen = [*[True] * 4, False, *[True] * 20]
    _drop_after_article(_blocks(texts), chosen)
    assert chosen == [*[True] * 4, False, *[True] * 20]


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


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("A cyclist rides past the blocked plant on the edge of town. © Reuters / Jane Roe", True),
        ("The plague wiped out half of Europe in the 14th century (Image: GETTY)", True),
        ("Harbour workers unload the first ferry of the season. Photo by Jane Roe", True),
        (
            "Brock Nelson celebrates his goal during the third period of the game on Tuesday, Nov. 19, 2019, "
            "in Buffalo, N.Y.",
            True,
        ),
        ("ST. JOSEPH, Mich. (AP)", False),
        (ARTICLE, False),
    ],
)
def test_short_blocks_that_close_on_a_credit_are_captions(text: str, caption: bool) -> None:
    from newsparse.classify import _reads_as_caption
    from newsparse.features import block_features

    block = _blocks([text])[0]
    assert _reads_as_caption(block, block_features([block], "en", frozenset())[0]) is caption


def test_a_second_copy_of_the_article_run_together_is_dropped() -> None:
    from newsparse.classify import _drop_second_copy

    paragraphs = [f"{ARTICLE} The speaker number {k} agreed with the plan." for k in range(6)]
    texts = [*paragraphs, " ".join(paragraphs)]
    chosen = [True] * 7
    _drop_second_copy(_blocks(texts), chosen)
    assert chosen == [True] * 6 + [False]


def test_teasers_above_the_headline_leave_the_body() -> None:
    from newsparse.classify import _drop_above_title

    texts = [
        "Ferry terminal budget passes after a long night.",
        "Harbour council approves the warehouse",
        *[ARTICLE] * 4,
    ]
    assert _drop_above_title(_blocks(texts), [0, 2, 3, 4, 5], 1, [0.6] * 6) == [2, 3, 4, 5]
    # A paragraph the model is sure of above it: the headline was misjudged, nothing moves.
    assert _drop_above_title(_blocks([ARTICLE, *texts[1:]]), [0, 2, 3, 4, 5], 1, [0.95] * 6) == [
        0,
        2,
        3,
        4,
        5,
    ]


def test_also_on_a_site_is_a_teaser_link() -> None:
    from newsparse.classify import _drop_inline_teasers

    texts = [ARTICLE, "Also on example.com Harbour workers strike over pay", ARTICLE]
    chosen = [True] * 3
    _drop_inline_teasers(_blocks(texts), chosen)
    assert chosen == [True, False, True]


def test_the_last_dated_item_stops_at_a_full_paragraph() -> None:
    from newsparse.pipeline import parse

    page = "\n\n".join(
        [
            "Ferry terminal budget passes",
            "12 March 2024",
            "Fishermen protest the new mooring fees",
            "14 March 2024",
            ARTICLE,
            "The warehouse will reopen as a covered market with forty stalls, a cafe and a small museum "
            "about the harbour's history, the council said.",
        ]
    )
    sidebar_text = " ".join(f"{item.headline} {item.summary}" for item in parse(page).sidebar)
    assert "Fishermen" in sidebar_text
    assert "harbour council voted" not in sidebar_text


def test_the_headline_printed_again_after_the_article_ends_it() -> None:
    from newsparse.classify import _cut_at_headline_echo

    headline = "Harbour council approves restoration of the old warehouse"
    texts = [
        headline,
        *[ARTICLE] * 5,
        "Share this story",
        headline,
        "Ferry terminal budget passes after a long night",
    ]
    body = [1, 2, 3, 4, 5, 8]
    assert _cut_at_headline_echo(_blocks(texts), body, 0, [0.9] * 9) == [1, 2, 3, 4, 5]
    # Printed again above most of the article (a breadcrumb or a share bar): nothing is cut.
    texts = [headline, ARTICLE, headline, *[ARTICLE] * 5]
    assert _cut_at_headline_echo(_blocks(texts), [1, 3, 4, 5, 6, 7], 0, [0.9] * 8) == [1, 3, 4, 5, 6, 7]


def test_short_prompts_to_the_reader_leave_the_body() -> None:
    from newsparse.classify import _drop_reader_prompts
    from newsparse.features import block_features

    texts = [
        ARTICLE,
        "Sign up for our newsletter and never miss a story",
        ARTICLE,
        "War dieser Artikel hilfreich?",
    ]
    blocks = _blocks(texts)
    chosen = [True] * 4
    _drop_reader_prompts(block_features(blocks, "en", frozenset()), chosen)
    assert chosen == [True, False, True, False]


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        # A notice for browsers without scripts is furniture, never a headline or a paragraph.
        (FURNITURE, "Please enable JavaScript to view the comments.", True),
        (FURNITURE, "Die Karte konnte nicht geladen werden - bitte aktivieren Sie JavaScript!", True),
        (FURNITURE, "Das Forum funktioniert am besten, wenn JavaScript aktiviert ist.", True),
        (FURNITURE, "JavaScript is required.", True),
        (FURNITURE, "For scripting, I would say JavaScript is the best choice for beginners.", False),
        # A figure's label opens a caption.
        (CAPTION, "Abb.: Collage aus Archivbildern", True),
        (CAPTION, "Figure 3: Rainfall over the harbour in May", True),
        (CAPTION, "Figures from the harbour office show growth", False),
        # An empty input field, as w3m and lynx print a form: never a headline.
        (FORM_FIELD, "Suche [ ] [Suchen]", True),
        (FORM_FIELD, "E-Mail-Adresse [__________]", True),
        (FORM_FIELD, "[Rezi] Love is War - Sehnsucht", False),
        (PROMO, "Den Artikel mit anderen teilen/diskutieren:", True),
        (PROMO, "Mit Freunden teilen", True),
        (PROMO, "Para comentar debes registrarte y completar los datos generales.", True),
        (PROMO, "Verraten Sie gerne in den Kommentaren: Was bedeutet der Preis für Sie?", True),
        (PROMO, "Wir informieren Sie täglich über die Themen des Tages.", True),
        (PROMO, "Get regular updates on the latest tutorials and offers.", True),
        (PROMO, "You are using an older browser version. Please use a supported one.", True),
        (PROMO, "12 Kommentare", True),
        (PROMO, "Follow The Harbour Herald on Twitter and Instagram", True),
        (PROMO, "We rely on your support to keep local news free for all.", True),
        (PROMO, "*Werbung. Dieser Beitrag enthält Werbung für eine Modemarke.", True),
        (PROMO, "Die Nachbarn teilen sich seit Jahren einen Garten.", False),
        (PROMO, "Twelve comments were sent to the council before the vote.", False),
        (PROMO, "The browser wars of the 1990s shaped the web we use.", False),
        (AD_MARKER_LINE, "Advertisement", True),
        (AD_MARKER_LINE, "ADVERTISEMENT", True),
        (AD_MARKER_LINE, "- Anzeige -", True),
        (AD_MARKER_LINE, "Anzeige [ac]", True),  # w3m prints the ad picture's alt text beside it
        (AD_MARKER_LINE, "РЕКЛАМА – ПРОДОЛЖЕНИЕ НИЖЕ", True),
        (AD_MARKER_LINE, "Story continues below advertisement", True),
        (AD_MARKER_LINE, "Advertisement - Scroll to continue", True),
        (AD_MARKER_LINE, "Advertising revenue fell by a third last year.", False),
        (AD_MARKER_LINE, "Anzeige erstattet", False),
        (BLOG_FILING_NOTE, "This entry was posted in News and tagged harbour. Bookmark the permalink.", True),
        (
            BLOG_FILING_NOTE,
            "Dieser Beitrag wurde unter Gemeinde abgelegt und mit Freibad verschlagwortet.",
            True,
        ),
        (BLOG_FILING_NOTE, "Ce billet a été publié dans Politique.", True),
        (BLOG_FILING_NOTE, "This post was written in a hurry after the vote.", False),
        (BLOG_FILING_NOTE, "Dieser Beitrag wurde am Montag im Rathaus vorgestellt.", False),
    ],
)
def test_reader_prompts_and_ad_slot_labels(pattern: re.Pattern[str], text: str, matches: bool) -> None:
    # These are searched anywhere in a short block; an ad slot's label must fill its line.
    found = (
        pattern.search(text) if pattern in (PROMO, FURNITURE, FORM_FIELD, CAPTION) else pattern.match(text)
    )
    assert (found is not None) is matches


def test_an_ad_slot_between_two_paragraphs_stays_out_of_the_body() -> None:
    from newsparse import parse

    paragraphs = [f"{ARTICLE} The speaker number {k} agreed with the plan." for k in range(4)]
    text = "\n".join(
        ["Harbour council restores the old warehouse", "", *paragraphs[:2], "ADVERTISEMENT", *paragraphs[2:]]
    )
    body = parse(text).body
    assert "ADVERTISEMENT" not in body
    assert all(p in body for p in paragraphs)


def test_a_blog_filing_note_after_the_post_stays_out_of_the_body() -> None:
    from newsparse import parse

    paragraphs = [f"{ARTICLE} The speaker number {k} agreed with the plan." for k in range(2)]
    note = "This entry was posted in Harbour. Bookmark the permalink."
    text = "\n\n".join(["Harbour council restores the old warehouse", *paragraphs, note, "Leave a Reply"])
    body = parse(text).body
    assert note not in body
    assert all(p in body for p in paragraphs)


def test_a_source_credit_after_an_info_box_is_a_byline_candidate() -> None:
    from newsparse.classify import classify as classify_document
    from newsparse.pipeline import build_document, document_context

    paragraphs = [
        "The harbour council voted on Tuesday to restore the old warehouse after two years of debate.",
        "Work on the roof starts in spring and the building should reopen as a market within two years.",
        "The mayor said the cost would be shared between the city, the port and a private foundation.",
        "Opponents of the plan had argued that the money would be better spent on the ferry terminal.",
    ]
    # A video box and an info panel stand between the article and its source line.
    furniture = [
        "Video",
        "Video 2:37 Min.",
        "Ende des Videobeitrags",
        "Weitere Informationen",
        "Hafen",
        "Ende",
    ]
    page = "\n\n".join(["Harbour warehouse to reopen as a market", *paragraphs, *furniture, "Quelle: dpa/bb"])
    doc = build_document(page)
    analysis = classify_document(doc, document_context([b.text for b in doc.blocks], languages=doc.languages))
    names = {c.byline.text: [a.name for a in c.byline.authors] for c in analysis.byline_candidates}
    assert names.get("Quelle: dpa/bb") == ["dpa/bb"]


def _candidate_names(page: str) -> dict[str, list[str]]:
    from newsparse.classify import classify as classify_document
    from newsparse.pipeline import build_document, document_context

    doc = build_document(page)
    analysis = classify_document(doc, document_context([b.text for b in doc.blocks], languages=doc.languages))
    return {c.byline.text: [a.name for a in c.byline.authors] for c in analysis.byline_candidates}


_SOUP_PARAGRAPHS = [
    "Der Stadtrat hat am Dienstag beschlossen, das alte Lagerhaus am Hafen zu sanieren und als Markt zu öffnen.",
    "Die Arbeiten am Dach beginnen im Frühjahr, und das Gebäude soll in zwei Jahren wieder offen sein.",
    "Die Kosten teilen sich nach Angaben des Bürgermeisters die Stadt, der Hafen und eine Stiftung.",
]


def test_a_label_alone_reads_the_user_name_beside_it_as_a_signature() -> None:
    # BeautifulSoup's get_text("\n") prints "von" and the linked user name on lines of their own.
    page = "\n \n".join(["Lagerhaus wird Markthalle", "12. Juni 2017", " von ", "gizzmo", *_SOUP_PARAGRAPHS])
    assert _candidate_names(page).get("von gizzmo") == ["gizzmo"]


def test_a_name_ending_on_a_comma_reads_the_date_line_after_it() -> None:
    page = "\n\n".join(
        ["Lagerhaus wird Markthalle", "Gesine Roth,\n02.01.2023, 11:08 Uhr", *_SOUP_PARAGRAPHS]
    )
    # Read as a name beside its date, the ranker's strongest unlabelled shape, not as a bare name.
    assert _candidate_names(page).get("Gesine Roth, 02.01.2023, 11:08 Uhr") == ["Gesine Roth"]


def test_a_user_name_on_its_own_line_reads_the_date_line_after_it() -> None:
    # BeautifulSoup prints a meta line's name, separator and date one tag per line.
    page = "\n\n\n".join(
        ["Lagerhaus wird Markthalle", "quarnfuchs", "—", "2. Februar 2022", *_SOUP_PARAGRAPHS]
    )
    assert ["quarnfuchs"] in _candidate_names(page).values()


def test_an_author_box_name_over_its_role_in_one_block_is_a_bare_name() -> None:
    # BeautifulSoup prints the role on a line of its own that opens with a space: one block with the name.
    box = "Ilka Sonnfeld\n Assistant professor of history at Example University "
    page = "\n \n \n".join(["Lagerhaus wird Markthalle", "2. Februar 2022", box, *_SOUP_PARAGRAPHS])
    assert _candidate_names(page).get(" ".join(box.split())) == ["Ilka Sonnfeld"]
    # A record's link is no role: "Single: Perfidia".
    teaser = "Ilka Sonnfeld\n Single: Hafenlichter "
    page = "\n \n \n".join(["Lagerhaus wird Markthalle", "2. Februar 2022", teaser, *_SOUP_PARAGRAPHS])
    assert ["Ilka Sonnfeld"] not in _candidate_names(page).values()


def test_a_name_beside_a_time_of_day_alone_is_a_candidate() -> None:
    page = "\n\n".join(["Lagerhaus wird Markthalle", "Ilka Sonnfeld 06 PM | 18 Mai", *_SOUP_PARAGRAPHS])
    assert _candidate_names(page).get("Ilka Sonnfeld 06 PM | 18 Mai") == ["Ilka Sonnfeld"]


def test_a_comment_label_over_a_date_line_is_no_signature() -> None:
    page = "\n\n".join(["Lagerhaus wird Markthalle", "Karl sagt:", "2. Februar 2022", *_SOUP_PARAGRAPHS])
    assert ["Karl"] not in _candidate_names(page).values()


def test_a_name_alone_with_its_particle_is_a_bare_name_candidate() -> None:
    page = "\n\n".join(["Lagerhaus wird Markthalle", "Katharina von Hallerbeck", *_SOUP_PARAGRAPHS])
    # The whole name: "von" is its particle here, not the label "von X".
    assert _candidate_names(page).get("Katharina von Hallerbeck") == ["Katharina von Hallerbeck"]


def test_a_name_signing_a_paragraph_inside_the_body_span_is_a_candidate() -> None:
    # The article ends on its author's name; a second story below is read as body too.
    second = [
        "Im Nachbarort eröffnet am Samstag die neue Bibliothek mit einem Lesefest für alle Familien.",
        "Die Gemeinde hat dafür das alte Schulhaus umgebaut und zwei Lesesäle mit Blick auf den See eingerichtet.",
        "Der Eintritt ist frei, und die Ausleihe kostet im ersten Jahr nichts, teilte die Verwaltung mit.",
        "Wer ein Buch spenden möchte, kann es ab Montag im Rathaus abgeben, so die Verwaltung weiter.",
    ]
    more = [
        "Für die Händler soll es günstige Mieten geben, damit auch kleine Betriebe einen Stand bekommen.",
        "Ein Café im Obergeschoss ist geplant, dazu ein Saal für Konzerte und Versammlungen der Vereine.",
        "Die Anwohner hatten sich lange für den Erhalt des Gebäudes eingesetzt und Unterschriften gesammelt.",
    ]
    page = "\n\n".join(
        ["Lagerhaus wird Markthalle", *_SOUP_PARAGRAPHS, *more, "Katharina Hallerbeck", *second]
    )
    assert _candidate_names(page).get("Katharina Hallerbeck") == ["Katharina Hallerbeck"]


def test_the_name_read_with_a_label_alone_is_labelled_byline() -> None:
    from pathlib import Path

    import newsparse

    sample = Path(__file__).resolve().parent.parent / "samples" / "15_bs4_label_alone_de.txt"
    article = newsparse.parse(sample.read_text(encoding="utf-8"))
    lines = sample.read_text(encoding="utf-8").split("\n")
    labels = {s.label.value: (s.start_line, s.end_line) for s in article.segments}
    start, end = labels["byline"]
    # The label's line and the name's, not the name as navigation.
    assert (lines[start - 1], lines[end - 1]) == ("Artikel von", "Henrike Zell")


def test_the_name_after_a_label_alone_is_never_the_headline() -> None:
    import newsparse

    page = "\n\n".join(["Lagerhaus wird Markthalle", "Artikel von", "Gesine Roth", *_SOUP_PARAGRAPHS])
    article = newsparse.parse(page)
    assert article.title == "Lagerhaus wird Markthalle"
    assert [a.name for a in article.byline.authors] == ["Gesine Roth"]


def test_a_bare_name_must_open_like_a_name() -> None:
    # Two capitalised words alone under the headline: a person only with a given name or an initial.
    for line, offered in [("Gesine Roth", True), ("G. Roth", True), ("Digitales Leben", False)]:
        page = "\n\n".join(["Lagerhaus wird Markthalle", line, *_SOUP_PARAGRAPHS])
        assert (line in _candidate_names(page)) is offered, line


def test_names_on_lines_of_their_own_joined_by_a_connector_are_one_byline() -> None:
    # w3m, inscriptis and BeautifulSoup print each author's link on a line of its own.
    import newsparse

    page = "\n".join(
        ["Lagerhaus wird Markthalle", "Von", "Gesine Roth", "und", "Anton Keller", "", *_SOUP_PARAGRAPHS]
    )
    article = newsparse.parse(page)
    assert article.byline is not None
    assert [a.name for a in article.byline.authors] == ["Gesine Roth", "Anton Keller"]
    assert article.title == "Lagerhaus wird Markthalle"


def test_a_connector_line_before_prose_joins_no_more_names() -> None:
    import newsparse

    page = "\n".join(["Lagerhaus wird Markthalle", "Von", "Gesine Roth", "und", *_SOUP_PARAGRAPHS])
    article = newsparse.parse(page)
    assert article.byline is not None
    assert [a.name for a in article.byline.authors] == ["Gesine Roth"]


@pytest.mark.parametrize(
    ("text", "machine"),
    [
        ("IMG_2475", True),
        ("harbour-warehouse-restoration-2019-01", True),
        ("1977223_10203041332852016_274302103_n", True),
        ("191119052250266", True),
        ("Sylvia_Plath", False),  # a wiki link's name, no digit
        ("well-known", False),
        ("2019", False),
        ("COVID-19", False),
        ("Baden-Württemberg", False),
    ],
)
def test_machine_tokens(text: str, machine: bool) -> None:
    from newsparse.data.boilerplate import MACHINE_TOKEN

    assert (MACHINE_TOKEN.fullmatch(text) is not None) is machine


def test_image_file_names_between_paragraphs_stay_out_of_the_body() -> None:
    from newsparse import parse

    paragraphs = [f"{ARTICLE} The speaker number {k} agreed with the plan." for k in range(5)]
    text = "\n\n".join(
        [
            "Harbour council restores the old warehouse",
            paragraphs[0],
            paragraphs[1],
            "harbour-warehouse-2019-01",
        ]
        + ["harbour-warehouse-2019-02", paragraphs[2], paragraphs[3], "191119052250266", paragraphs[4]]
    )
    body = parse(text).body
    assert "harbour-warehouse-2019-01" not in body
    assert "191119052250266" not in body
    assert all(p in body for p in paragraphs)


def _lead_case(texts: list[str], body: list[int], dates: list[int]) -> list[int]:
    from newsparse.classify import Analysis, _take_lead
    from newsparse.features import block_features

    blocks = _blocks(texts)
    analysis = Analysis(features=block_features(blocks, "en", frozenset()), body=body, title=0)
    analysis.dates = dict.fromkeys(dates)  # type: ignore[assignment]  # only membership is read
    probs = [0.3] * len(texts)
    return _take_lead(blocks, analysis, probs)


LEAD = (
    "The harbour council has paid the full price for the old warehouse this morning to secure the "
    "building before the winter storms"
)


def test_a_doubted_lead_below_the_date_joins_the_body() -> None:
    texts = ["Council buys the old warehouse", "June 3, 2024", "[INS::INS]", LEAD, "[vc]", ARTICLE, ARTICLE]
    assert _lead_case(texts, [5, 6], dates=[1]) == [3, 5, 6]


def test_a_standfirst_above_the_date_stays_out() -> None:
    texts = ["Council buys the old warehouse", LEAD, "June 3, 2024", ARTICLE, ARTICLE]
    assert _lead_case(texts, [3, 4], dates=[2]) == [3, 4]


def test_the_lead_is_not_taken_across_other_text() -> None:
    texts = [
        "Council buys the old warehouse",
        "June 3, 2024",
        LEAD,
        "Read the council's statement here",
        ARTICLE,
    ]
    assert _lead_case(texts, [4], dates=[1]) == [4]


def test_a_caption_between_two_paragraphs_of_one_group_is_no_fragment() -> None:
    # BeautifulSoup's fragments between two body blocks of one paragraph group join the body; a caption
    # or a file name there does not.
    from newsparse.classify import Analysis, _decode_body
    from newsparse.features import block_features

    paragraphs = [f"{ARTICLE} The speaker number {k} agreed with the plan." for k in range(3)]
    caption = "The mayor opens the new bridge on Friday. (AP Photo/Jane Roe)"
    texts = [paragraphs[0], caption, paragraphs[1], "and", paragraphs[2]]
    blocks = _blocks(texts)
    analysis = Analysis(features=block_features(blocks, "en", frozenset()))
    analysis.body_probability = [0.9, 0.3, 0.9, 0.3, 0.9]
    assert _decode_body(blocks, analysis, 0.5, set()) == [0, 2, 3, 4]


def test_meta_lines_are_looked_for_under_the_printed_copy_of_a_title_line_headline() -> None:
    # BeautifulSoup's first line is the <title>; the ranker may take the headline from it, but the
    # byline stands under the headline as printed over the article, far below.
    from newsparse.authorship import _meta_window
    from newsparse.classify import Analysis
    from newsparse.model import Document

    texts = [
        "Lagerhaus wird Markthalle | Hafenbote",
        "Rubrik",
        # A cookie notice the body model let in: the body opens far above the article.
        "Wir verwenden Cookies, um Ihnen das beste Erlebnis auf unserer Seite zu bieten, und Sie stimmen dem zu.",
        *[f"Rubrik {k}" for k in range(10)],
        "Lagerhaus wird Markthalle",
        "Gesine Roth",
        *[f"Teilen auf Netzwerk {k}" for k in range(7)],
        *_SOUP_PARAGRAPHS,
    ]
    blocks = _blocks(texts)
    doc = Document(text="\n".join(texts), lines=[], blocks=blocks)
    body = [2, 22, 23, 24]
    analysis = Analysis(features=[], body=body, title=0, title_text="Lagerhaus wird Markthalle")
    layout = plain_layout(blocks, body, [len(t.split()) for t in texts])
    assert layout.main_body == 22
    assert 14 in _meta_window(doc, analysis, layout)


def test_a_name_beside_a_relative_stamp_is_a_byline_without_a_reference_time() -> None:
    page = (
        "Harbour news\n\nFerry resumes winter timetable\n\nJane Roe · 2 hours ago\n\n"
        "The ferry between the two harbours will run again from Monday, the operator said on Friday "
        "after weeks of repairs.\n\n"
        "The winter timetable has fewer crossings but keeps the early boat that workers rely on.\n"
    )
    article = newsparse.parse(page)
    assert article.byline is not None
    assert [a.name for a in article.byline.authors] == ["Jane Roe"]


def test_meta_lines_stand_under_a_copy_of_the_headline_above_or_below_the_chosen_one() -> None:
    from newsparse.authorship import _headline_copies

    texts = ["home", "harbour club wins the cup", "mara lindqvist", "contents", "harbour club wins the cup"]
    assert _headline_copies(texts, "harbour club wins the cup", 4) == [1]
    assert _headline_copies(texts, "harbour club wins the cup", 1) == [4]
    assert _headline_copies(texts, "", 1) == []


def test_pictures_and_dates_after_the_article_do_not_use_up_the_reach_where_its_author_stands() -> None:
    from newsparse.authorship import _blocks_from
    from newsparse.model import Block

    texts = ["Last paragraph.", "[banner]", "[logo_1]", "[logo_2]", "Mara Lindqvist", "More stories"]
    blocks = [
        Block(index=k, start_line=k, end_line=k, text=t, line_numbers=[k], image=t.startswith("["))
        for k, t in enumerate(texts)
    ]
    assert _blocks_from(blocks, 1, 2, set()) == [1, 2, 3, 4, 5]
    assert _blocks_from(blocks, 4, 1, set()) == [4]
    assert _blocks_from(blocks, 6, 3, set()) == []
    # Date lines are meta lines too: "Published" / "31.10.2023" do not use up the reach either.
    assert _blocks_from(blocks, 0, 2, {0}) == [0, 1, 2, 3, 4, 5]


_CATEGORY_PAGE = """Nachrichten

Meeresforscher finden warmes Tiefenwasser vor Grönland

07.12.2022 {meta}

Ein Forschungsschiff hat im Herbst vor der Ostküste Grönlands ungewöhnlich warmes Wasser in großer \
Tiefe gemessen. Die Werte lagen deutlich über denen der vergangenen zehn Jahre, berichten die Forschenden.

Nach ihren Angaben könnte das warme Wasser die Gletscher der Region von unten schmelzen lassen. \
Weitere Messfahrten sind für das kommende Frühjahr geplant.

Kontakt Impressum Datenschutz
"""


def test_capitalised_words_beside_the_date_name_an_author_only_when_they_open_like_a_name() -> None:
    import newsparse

    categories = newsparse.parse(_CATEGORY_PAGE.format(meta="Wissenschaft Atmosphäre Klima"))
    assert categories.byline is None
    assert categories.timestamp is not None and categories.timestamp.iso.startswith("2022-12-07")
    person = newsparse.parse(_CATEGORY_PAGE.format(meta="Jana Kowalczyk"))
    assert person.byline is not None and [a.name for a in person.byline.authors] == ["Jana Kowalczyk"]


_TAGGED_PAGE = """Example Science News

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

October 22, 2019 {tag}

Old stone tool shows traces of birch tar glue

{byline}

Researchers at a museum in the north have found a small flint tool that still carries a layer of birch tar on one edge.

The team says the tar was used as glue to fix the flint to a wooden handle, which takes planning and several steps to make.

Earlier finds of the same kind were rare, and most of them came from sites that had been dug up many decades ago.

The new tool was found in a river bank after a flood, and the scientists dated it with several methods to be sure.
"""


def test_a_labelled_full_name_wins_over_a_lower_case_word_beside_the_date() -> None:
    import newsparse

    # "report" is the story's tag; the label says who wrote it.
    article = newsparse.parse(_TAGGED_PAGE.format(tag="report", byline="by Mara Quillfeather , Example.org"))
    assert article.byline is not None and [a.name for a in article.byline.authors] == ["Mara Quillfeather"]
    # With no labelled name to vouch otherwise, the word beside the date stays the user name it may be.
    article = newsparse.parse(_TAGGED_PAGE.format(tag="quarnfuchs", byline=""))
    assert article.byline is not None and [a.name for a in article.byline.authors] == ["quarnfuchs"]


_ARCHIVE_LINK_PAGE = """# Lagerhaus wird Markthalle

{meta}

Der Stadtrat hat am Dienstag beschlossen, das alte Lagerhaus am Hafen zu sanieren und als Markt zu öffnen.

Die Arbeiten am Dach beginnen im Frühjahr, und das Gebäude soll in zwei Jahren wieder offen sein.

Die Kosten teilen sich nach Angaben des Bürgermeisters die Stadt, der Hafen und eine Stiftung.

Mehr zum Thema lesen Sie in unserem [Archiv](https://example.org/archiv/) und im [Newsletter](https://example.org/nl/).
"""


def test_a_link_to_an_author_archive_under_the_headline_names_the_author() -> None:
    import newsparse

    meta = (
        '[Mara Lindqvist](https://example.org/author/mara/ "Beiträge von Mara Lindqvist") **06 PM | 18 Mai**'
    )
    article = newsparse.parse(_ARCHIVE_LINK_PAGE.format(meta=meta))
    assert article.byline is not None and [a.name for a in article.byline.authors] == ["Mara Lindqvist"]
    # A translator's credit links to the archive too, but credits no authorship.
    meta = "Übersetzung [Mara Lindqvist](https://example.org/author/mara/), 12.12.22"
    assert ["Mara Lindqvist"] not in _candidate_names(_ARCHIVE_LINK_PAGE.format(meta=meta)).values()


def test_sidebar_item_date_after_its_headline() -> None:
    """'Headline (October 2, 2019)': the item's date comes off the end of its headline, as one
    before it ('28.02.2024 – Headline') comes off the start."""
    from newsparse.pipeline import parse

    page = "\n".join(
        [
            "City News",
            "",
            "City approves new library next to the station",
            "November 18, 2019 15:30",
            "",
            "The city council on Monday approved a plan to build a new library next to the station, with the"
            " work to be finished in 2022 and room for some three hundred thousand books on four floors.",
            "",
            "The mayor told reporters that the building should be a place for everyone, from children to"
            " the elderly. It will cost about forty million and use a national grant for half of it.",
            "",
            "Related stories",
            "• Station redevelopment to start next year (October 2, 2019)",
            "• Library visitor numbers reach a record – 15.09.2019",
            "• Harbour ferry gets a new timetable",
        ]
    )
    items = [(item.headline, item.timestamp.iso if item.timestamp else None) for item in parse(page).sidebar]
    assert items == [
        ("Station redevelopment to start next year", "2019-10-02"),
        ("Library visitor numbers reach a record", "2019-09-15"),
        ("Harbour ferry gets a new timetable", None),
    ]


def test_a_headline_printed_twice_is_placed_over_the_article() -> None:
    """A BeautifulSoup dump opens on the page's <title>: the ranker may like that copy, but the
    article's edges are measured from the one printed over it."""
    from newsparse.select import TitleCandidate

    texts = [
        "The council votes to close the old bridge",
        "Home",
        "The council votes to close the old bridge",
        "The council voted on Tuesday to close the old bridge over the river for repairs.",
        "Engineers found cracks in two of its piers during the spring inspection.",
        "More stories",
        "The council votes to close the old bridge",
    ]
    blocks = [
        Block(index=k, start_line=k + 1, end_line=k + 1, text=t, line_numbers=[k + 1])
        for k, t in enumerate(texts)
    ]
    layout = plain_layout(blocks, [3, 4], [len(t.split()) for t in texts])
    candidates = [TitleCandidate(k, texts[k], []) for k in (0, 1, 2, 6)]
    assert _printed_headline(candidates[0], candidates, layout) == 2
    # A copy below the article (a "more stories" list) is no place for it.
    assert _printed_headline(candidates[3], candidates, layout) == 6
    assert _printed_headline(candidates[1], candidates, layout) == 1


def test_a_dateline_opening_the_first_paragraph_dates_the_article() -> None:
    # The page prints no date line of its own: only the dateline the article's first paragraph, too long
    # to be searched whole, opens with.
    page = (
        "Harbour Weekly\n\n  • Home\n  • News\n  • Sport\n\n"
        "Harbour ferry resumes its winter timetable\n\n"
        "Hamburg, 14. Dezember 2021 – Die Hafenfähre fährt ab Montag wieder nach dem Winterfahrplan, "
        "teilte die Verkehrsgesellschaft am Dienstag mit. Die Abfahrten am Morgen beginnen eine halbe "
        "Stunde früher als im Sommer, und am Abend fährt die letzte Fähre um zehn Uhr. Wer mit dem "
        "Fahrrad reist, muss sich wie bisher an der Rampe anstellen und die Hinweise der Besatzung "
        "beachten, die an den Wochenenden mit mehr Andrang rechnet.\n\n"
        "Die Gesellschaft rechnet im Winter mit weniger Fahrgästen, will aber alle Anleger weiter "
        "bedienen. Der Sommerfahrplan gilt wieder ab dem ersten April, wie in den vergangenen Jahren.\n"
    )
    article = newsparse.parse(page)
    assert article.timestamp is not None and article.timestamp.iso.startswith("2021-12-14")
    assert article.body.startswith("Hamburg, 14. Dezember 2021 – Die Hafenfähre")  # the text stays whole


def test_an_updated_date_gives_way_to_the_published_one_its_line_prints_first() -> None:
    from newsparse.classify import _published_beside
    from newsparse.timestamps import DateContext, find_dates

    line = "11.01.2022, 09:50 Uhr / Aktualisiert am 21.01.2022, 11:39 Uhr"
    found = find_dates(line, 7, DateContext(languages=("de",)))
    published, updated = found
    assert updated.kind == "updated"
    chosen = _published_beside(updated, {3: found}, 3)
    assert chosen is published
    assert chosen.timestamp.iso.startswith("2022-01-11T09:50")
    assert chosen.timestamp.updated is not None and chosen.timestamp.updated.startswith("2022-01-21T11:39")
    assert _published_beside(published, {3: found}, 3) is published  # a published date stays


@pytest.mark.parametrize(
    ("text", "embed"),
    [
        ("Ein Beitrag geteilt von Jane Roe (@janeroe) am Apr 21, 2019 um 4:47 PDT", True),
        ("A post shared by Harbour Weekly (@harbourweekly) on Nov 5, 2023 at 9:12am PST", True),
        ("— Jane Roe (@janeroe) November 5, 2023", True),
        ("The ferry ran late — again — on 5 November 2023, the council said.", False),
        ("Posted by Jane Roe on November 5, 2023", False),
    ],
)
def test_embed_credit_lines(text: str, embed: bool) -> None:
    assert (EMBED_CREDIT.search(text) is not None) is embed


def test_an_embedded_posts_date_is_never_the_articles() -> None:
    paragraph = (
        "The harbour ferry will keep its winter timetable until April, the operator said, after a "
        "season in which fewer passengers than ever took the early crossings to the island."
    )
    page = (
        "Harbour ferry keeps its winter timetable\n\n"
        "Ein Beitrag geteilt von Harbour Weekly (@harbourweekly) am Apr 21, 2019 um 4:47 PDT\n\n"
        f"{paragraph}\n\n{paragraph}\n\n{paragraph}\n\n18.10.2019 16:06 Uhr\n"
    )
    article = newsparse.parse(page)
    assert article.timestamp is not None and article.timestamp.iso.startswith("2019-10-18")


def test_a_date_the_headline_names_gives_way_to_the_meta_line_under_it() -> None:
    from newsparse.bylines import parse_byline
    from newsparse.classify import Analysis, _meta_date_under_headline
    from newsparse.select import DateCandidate
    from newsparse.timestamps import DateContext, find_dates

    ctx = DateContext(languages=("de",))
    blocks = ["Ergebnisse: Regionalmeisterschaft der Schülerinnen, 19.5.2007", "von Jane Roe | 20. Mai 2007"]
    named, meta = (DateCandidate(i, find_dates(t, i, ctx)[0], []) for i, t in enumerate(blocks))
    analysis = Analysis(features=[], title=0, title_text=blocks[0])
    analysis.date_candidates = [named, meta]
    byline = parse_byline(blocks[1], 1)
    assert byline is not None
    analysis.bylines = {1: byline}
    assert _meta_date_under_headline(named, analysis) is meta
    analysis.bylines = {}  # no meta line under the headline: its own date stands
    assert _meta_date_under_headline(named, analysis) is named
