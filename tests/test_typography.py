"""Characters a converter flattened in the headline, taken back from another copy on the page."""

from __future__ import annotations

from newsparse.typography import richer_copy

PAGE = (
    '## Freibad am Muhlbach offnet wieder - mit neuem "Familientarif"\n'
    'Setze ein Lesezeichen auf den [Permalink](https://x.example/p "Permalink zu Freibad am Mühlbach öffnet '
    'wieder – mit neuem “Familientarif”").\n'
)


def test_accents_dashes_and_quotes_come_back_from_a_link_title() -> None:
    flat = 'Freibad am Muhlbach offnet wieder - mit neuem "Familientarif"'
    assert richer_copy(flat, PAGE) == "Freibad am Mühlbach öffnet wieder – mit neuem “Familientarif”"


def test_the_headline_keeps_its_own_case() -> None:
    page = PAGE.replace("Freibad am Mühlbach öffnet wieder", "FREIBAD AM MÜHLBACH ÖFFNET WIEDER")
    assert richer_copy("Freibad am Muhlbach offnet wieder", page) == "Freibad am Mühlbach öffnet wieder"
    assert richer_copy("FREIBAD AM MUHLBACH OFFNET WIEDER", PAGE) == "FREIBAD AM MÜHLBACH ÖFFNET WIEDER"


def test_nothing_changes_without_a_richer_copy() -> None:
    title = "Freibad am Mühlbach öffnet wieder"
    assert richer_copy(title, PAGE) == title  # already the rich form
    assert richer_copy("Harbour council votes", "Harbour council votes – Zürich") == "Harbour council votes"


def test_a_short_word_is_never_swapped_for_its_accented_twin() -> None:
    # "schon" and "schön" are different words; too short a match proves nothing.
    assert richer_copy("Das ist schon", "Das ist schön. Das ist schon.") == "Das ist schon"


def test_only_characters_with_the_same_plain_form_change() -> None:
    assert (
        richer_copy("Ein langer Tag in Munchen", "ein langer tag in münchen") == "Ein langer Tag in München"
    )
    assert (
        richer_copy("Ein langer Tag in Munchen", "Ein langer Tag in Mönchen") == "Ein langer Tag in Munchen"
    )
