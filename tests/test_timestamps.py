"""Timestamp field parser: every supported shape, zones, relative dates, order, rejection, labels."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.timestamps import (
    DateContext,
    date_coverage,
    document_context,
    find_dates,
    label_from_line_above,
    opening_dateline,
    parse_timestamp,
    relative_spans,
)

EN = DateContext(languages=("en",))
NOW = datetime(2024, 5, 17, 20, 0)


def iso(text: str, ctx: DateContext = EN) -> str | None:
    ts = parse_timestamp(text, 1, ctx)
    return ts.iso if ts else None


def ctx_for(lang: str, **kw: object) -> DateContext:
    return DateContext(languages=(lang,), **kw)  # type: ignore[arg-type]


# --- absolute shapes --------------------------------------------------------------------------

SHAPES = [
    # ISO 8601
    ("en", "2024-05-17T19:25:00+03:00", "2024-05-17T19:25:00+03:00"),
    ("en", "2024-05-17T16:25:00Z", "2024-05-17T16:25:00+00:00"),
    ("en", "2024-05-17T19:25:00.123+0300", "2024-05-17T19:25:00+03:00"),
    ("en", "2024-05-17 19:25", "2024-05-17T19:25:00"),
    ("en", "2024-05-17", "2024-05-17"),
    # numeric
    ("de", "17.05.2024 19:25", "2024-05-17T19:25:00"),
    ("de", "17.05.2024, 19:25 Uhr", "2024-05-17T19:25:00"),
    ("en", "05/17/2024", "2024-05-17"),
    ("en", "2024/05/17", "2024-05-17"),
    ("en", "2024.05.17", "2024-05-17"),
    ("fr", "17-05-2024", "2024-05-17"),
    ("de", "18. 05. 2014 22:38", "2014-05-18T22:38:00"),
    ("de", "17.05.24", "2024-05-17"),
    ("ru", "17.05.2024 19:25:42", "2024-05-17T19:25:42"),
    # English month names and abbreviations
    ("en", "29 October 2008, 13:08", "2008-10-29T13:08:00"),
    ("en", "October 29, 2008", "2008-10-29"),
    ("en", "Oct. 29, 2008", "2008-10-29"),
    ("en", "Sept 3, 2021", "2021-09-03"),
    ("en", "29th of October 2008", "2008-10-29"),
    ("en", "May 3rd, 2021", "2021-05-03"),
    ("en", "17-May-2024", "2024-05-17"),
    ("en", "13:39, 4 May 2025", "2025-05-04T13:39:00"),
    ("en", "[12:44 pm] 01 September, 2008", "2008-09-01T12:44:00"),
    ("en", "May 17, 2024 at 3:05 p.m.", "2024-05-17T15:05:00"),
    ("en", "May 17, 2024, 12:10 AM", "2024-05-17T00:10:00"),
    ("en", "Monday, 3 May 2021", "2021-05-03"),
    ("en", "Fri, 17 May 2024 19:25:00", "2024-05-17T19:25:00"),
    ("en", "By Jane RoeMay 17, 2024", "2024-05-17"),
    # Russian, every case of the month
    ("ru", "29 октября 2008", "2008-10-29"),
    ("ru", "29 окт. 2008", "2008-10-29"),
    ("ru", "Пятница, 17 мая 2024 г., 19:25", "2024-05-17T19:25:00"),
    ("ru", "17 мая 2024 в 19:25", "2024-05-17T19:25:00"),
    ("ru", "19:25 17.05.2024", "2024-05-17T19:25:00"),
    ("ru", "1 марта 2020 года", "2020-03-01"),
    ("ru", "октябрь 2008", "2008-10"),
    ("ru", "в октябре 2008", "2008-10"),
    # Ukrainian
    ("uk", "29 жовтня 2008", "2008-10-29"),
    ("uk", "29 жовтня 2008 р. о 10:15", "2008-10-29T10:15:00"),
    ("uk", "жовтень 2008", "2008-10"),
    # German
    ("de", "Donnerstag, 16. Mai 2024 um 10:23 Uhr", "2024-05-16T10:23:00"),
    ("de", "20. März 2021 - 15:00 Uhr", "2021-03-20T15:00:00"),
    ("de", "3. Okt. 2019", "2019-10-03"),
    ("de", "Montag, den 6. November 2023", "2023-11-06"),
    ("de", "6. Juni 2015 um 10.33 Uhr", "2015-06-06T10:33:00"),
    # French
    ("fr", "29 octobre 2008", "2008-10-29"),
    ("fr", "mardi 5 juin 2018", "2018-06-05"),
    ("fr", "1er mai 2021 à 14h30", "2021-05-01T14:30:00"),
    ("fr", "5 févr. 2022", "2022-02-05"),
    # Spanish
    ("es", "29 de octubre de 2008", "2008-10-29"),
    ("es", "6 de mayo de 2022 05:30", "2022-05-06T05:30:00"),
    ("es", "6 de mayo de 2022 a las 05:30", "2022-05-06T05:30:00"),
    # Italian
    ("it", "29 ottobre 2008", "2008-10-29"),
    ("it", "3 maggio 2022 alle 09:15", "2022-05-03T09:15:00"),
    # Polish
    ("pl", "29 października 2008 r.", "2008-10-29"),
    ("pl", "3 maja 2022 o 14:20", "2022-05-03T14:20:00"),
    # Portuguese
    ("pt", "29 de outubro de 2008", "2008-10-29"),
    ("pt", "3 de março de 2022 às 14:20", "2022-03-03T14:20:00"),
    # Dutch
    ("nl", "29 oktober 2008", "2008-10-29"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SHAPES)
def test_shapes(lang: str, text: str, expected: str) -> None:
    assert iso(text, ctx_for(lang)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted 17 May 2024, 19:25 MSK", "2024-05-17T19:25:00+03:00"),
        ("17 мая 2024, 19:25 (МСК)", "2024-05-17T19:25:00+03:00"),
        ("17 March 2010, 19:25 MSK", "2010-03-17T19:25:00+03:00"),  # Moscow was UTC+3 in winter then
        ("17 July 2010, 19:25 MSK", "2010-07-17T19:25:00+04:00"),  # and UTC+4 in summer
        ("May 17, 2024 3:05 p.m. ET", "2024-05-17T15:05:00-04:00"),
        ("Jan 17, 2024 3:05 p.m. ET", "2024-01-17T15:05:00-05:00"),
        ("May 17, 2024 10:00 PT", "2024-05-17T10:00:00-07:00"),
        ("17 May 2024 10:00 GMT", "2024-05-17T10:00:00+00:00"),
        ("17 May 2024 10:00 UTC+3", "2024-05-17T10:00:00+03:00"),
        ("17 May 2024 10:00 UTC-5", "2024-05-17T10:00:00-05:00"),
        ("17 May 2024 10:00 +0300", "2024-05-17T10:00:00+03:00"),
        ("17 May 2024 10:00 CET", "2024-05-17T10:00:00+01:00"),
        ("17 May 2024 10:00 CEST", "2024-05-17T10:00:00+02:00"),
        ("17 May 2024 10:00 BST", "2024-05-17T10:00:00+01:00"),
        ("17 Jan 2024 10:00 EST", "2024-01-17T10:00:00-05:00"),
        ("17 May 2024 10:00 EDT", "2024-05-17T10:00:00-04:00"),
        ("17 Jan 2024 10:00 PST", "2024-01-17T10:00:00-08:00"),
    ],
)
def test_zone_in_text(text: str, expected: str) -> None:
    ts = parse_timestamp(text, 1, DateContext(languages=("en", "ru")))
    assert ts is not None
    assert (ts.iso, ts.tz_source) == (expected, "text")


@pytest.mark.parametrize(
    ("text", "tz", "expected"),
    [
        ("17 January 2024, 10:00", "Europe/Berlin", "2024-01-17T10:00:00+01:00"),
        ("17 July 2024, 10:00", "Europe/Berlin", "2024-07-17T10:00:00+02:00"),
        ("17 July 2024, 10:00", "Europe/Moscow", "2024-07-17T10:00:00+03:00"),
        ("17 July 2024, 10:00 GMT", "Europe/Berlin", "2024-07-17T10:00:00+00:00"),  # the text wins
    ],
)
def test_tz_option_uses_offset_of_that_date(text: str, tz: str, expected: str) -> None:
    ts = parse_timestamp(text, 1, DateContext(languages=("en",), tz=tz))
    assert ts is not None
    assert ts.iso == expected
    assert ts.tz_source == ("text" if "GMT" in text else "option")


def test_no_zone_anywhere() -> None:
    ts = parse_timestamp("17 July 2024, 10:00", 1, EN)
    assert ts is not None and (ts.iso, ts.tz_source) == ("2024-07-17T10:00:00", "none")


def test_date_only_has_no_time_even_with_tz() -> None:
    ts = parse_timestamp("17 July 2024", 1, DateContext(tz="Europe/Berlin"))
    assert ts is not None and ts.iso == "2024-07-17"


def test_unknown_tz_option_is_ignored() -> None:
    ts = parse_timestamp("17 July 2024, 10:00", 1, DateContext(tz="Not/AZone"))
    assert ts is not None and (ts.iso, ts.tz_source) == ("2024-07-17T10:00:00", "none")


# --- relative dates ---------------------------------------------------------------------------

RELATIVE = [
    ("en", "2 hours ago", "2024-05-17T18:00:00"),
    ("en", "5 minutes ago", "2024-05-17T19:55:00"),
    ("en", "an hour ago", "2024-05-17T19:00:00"),
    ("en", "3 days ago", "2024-05-14"),
    ("en", "yesterday, 14:20", "2024-05-16T14:20:00"),
    ("en", "Yesterday at 2:20 pm", "2024-05-16T14:20:00"),
    ("en", "today", "2024-05-17"),
    ("ru", "вчера, 14:20", "2024-05-16T14:20:00"),
    ("ru", "сегодня", "2024-05-17"),
    ("ru", "сегодня в 09:05", "2024-05-17T09:05:00"),
    ("ru", "3 часа назад", "2024-05-17T17:00:00"),
    ("ru", "15 минут назад", "2024-05-17T19:45:00"),
    ("ru", "час назад", "2024-05-17T19:00:00"),
    ("uk", "вчора о 14:20", "2024-05-16T14:20:00"),
    ("uk", "2 години тому", "2024-05-17T18:00:00"),
    ("de", "gestern", "2024-05-16"),
    ("de", "heute, 08:30 Uhr", "2024-05-17T08:30:00"),
    ("de", "vor 3 Stunden", "2024-05-17T17:00:00"),
    ("de", "vor einer Stunde", "2024-05-17T19:00:00"),
    ("de", "vor 2 Tagen", "2024-05-15"),
    ("fr", "hier", "2024-05-16"),
    ("fr", "il y a 2 jours", "2024-05-15"),
    ("es", "ayer", "2024-05-16"),
    ("es", "hace 4 horas", "2024-05-17T16:00:00"),
    ("it", "3 ore fa", "2024-05-17T17:00:00"),
    ("pl", "wczoraj", "2024-05-16"),
    ("pl", "2 godziny temu", "2024-05-17T18:00:00"),
    ("pt", "ontem", "2024-05-16"),
    ("nl", "2 uur geleden", "2024-05-17T18:00:00"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RELATIVE)
def test_relative(lang: str, text: str, expected: str) -> None:
    ts = parse_timestamp(text, 1, ctx_for(lang, now=NOW))
    assert ts is not None and ts.relative
    assert ts.iso == expected


@pytest.mark.parametrize(("lang", "text", "expected"), RELATIVE[:8])
def test_relative_needs_now(lang: str, text: str, expected: str) -> None:
    assert parse_timestamp(text, 1, ctx_for(lang)) is None


def test_relative_with_aware_now_and_tz() -> None:
    now = datetime(2024, 5, 17, 21, 30, tzinfo=UTC)  # already 18 May in Moscow
    ctx = DateContext(languages=("ru",), now=now, tz="Europe/Moscow")
    ts = parse_timestamp("вчера, 14:20", 1, ctx)
    assert ts is not None and (ts.iso, ts.tz_source) == ("2024-05-17T14:20:00+03:00", "option")
    ts = parse_timestamp("2 часа назад", 1, ctx)
    assert ts is not None and ts.iso == "2024-05-17T22:30:00+03:00"


@pytest.mark.parametrize(
    "text", ["a few years ago", "vor Ort", "hace falta", "long ago", "several days ago", "the Hierarchy"]
)
def test_vague_relative_rejected(text: str) -> None:
    assert find_dates(text, 1, DateContext(languages=("en", "de", "es", "fr"), now=NOW)) == []


def test_hier_is_german_here() -> None:
    assert find_dates("Hier klicken", 1, DateContext(languages=("de",), now=NOW)) == []
    assert find_dates("hier", 1, DateContext(now=NOW)) == []  # language unknown: too risky


# --- day/month order --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "lang", "user", "expected", "ambiguous"),
    [
        ([], "en", None, "2021-03-04", True),  # English default: month first, but unsure
        ([], "fr", None, "2021-04-03", True),  # elsewhere day first
        ([], None, None, "2021-04-03", True),
        (["Updated 17/05/2024"], "en", None, "2021-04-03", False),  # the page proves DMY
        (["05/17/2024", "5/18/2024"], "de", None, "2021-03-04", False),  # the page proves MDY
        (["17/05/2024"], "en", "MDY", "2021-03-04", False),  # the user overrides
        ([], "en", "DMY", "2021-04-03", False),
        (["17 May 2024", "Updated 18 May 2024"], "en", None, "2021-04-03", True),  # British-looking page
        (["May 17, 2024"], "en", None, "2021-03-04", True),
    ],
)
def test_order(texts: list[str], lang: str | None, user: str | None, expected: str, ambiguous: bool) -> None:
    ctx = document_context(texts, languages=(lang,) if lang else (), date_order=user)
    ts = parse_timestamp("03/04/2021", 1, ctx)
    assert ts is not None
    assert (ts.iso, ts.ambiguous) == (expected, ambiguous)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17/05/2024", "2024-05-17"),  # day > 12 decides by itself
        ("05/17/2024", "2024-05-17"),
        ("05/05/2024", "2024-05-05"),  # same either way
        ("03.04.2021", "2021-04-03"),  # dotted dates are day first
    ],
)
def test_not_ambiguous(text: str, expected: str) -> None:
    ts = parse_timestamp(text, 1, EN)
    assert ts is not None and (ts.iso, ts.ambiguous) == (expected, False)


def test_document_context_normalises_user_order() -> None:
    assert document_context([], languages=(), date_order="mdy").date_order == "MDY"
    assert document_context([], languages=(), date_order="bogus").date_order is None


def test_ymd_user_order_reads_two_digit_years_first() -> None:
    ctx = document_context([], languages=("en",), date_order="YMD")
    assert iso("24/05/17", ctx) == "2024-05-17"


# --- rejection --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "31 February 2021",
        "30.02.2021",
        "2021-13-01",
        "32/01/2021",
        "12 May 1985",  # before 1990
        "1985-05-12",
        "version 1.2.10",
        "Call 555-12-2020",
        "Price: 12.50",
        "Windows Server 2019",
        "Copyright 2021 Example Media",
        "Mars 2020 landed",  # a rover, not March: French months only on French pages
        "",
        "no digits at all",
    ],
)
def test_rejected(text: str) -> None:
    assert find_dates(text, 1, EN) == []


def test_future_dates_rejected_when_now_given() -> None:
    ctx = DateContext(languages=("en",), now=NOW)
    assert find_dates("20 May 2024", 1, ctx) == []
    assert iso("18 May 2024", ctx) == "2024-05-18"  # a day ahead is a zone difference
    assert iso("20 May 2024") == "2024-05-20"  # without now, no future check


def test_time_does_not_swallow_prices() -> None:
    assert iso("17 May 2024, 12.50 Euro", ctx_for("de")) == "2024-05-17"


# --- labels, several dates, spans, coverage ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Published: 3 May 2021", "published"),
        ("Posted on May 3, 2021", "published"),
        ("Updated: 3 May 2021", "updated"),
        ("Last updated 3 May 2021 10:00", "updated"),
        ("Опубликовано: 03.05.2021", "published"),
        ("Обновлено 3 мая 2021, 10:00", "updated"),
        ("Оновлено: 03.05.2021", "updated"),
        ("Veröffentlicht am 3. Mai 2021", "published"),
        ("Aktualisiert: 03.05.2021, 10:00 Uhr", "updated"),
        ("Stand: 03.05.2021", "updated"),
        ("Update vom 3. Mai 2021", "updated"),
        ("Publié le 3 mai 2021", "published"),
        ("Mis à jour le 3 mai 2021", "updated"),
        ("Actualizado el 3 de mayo de 2021", "updated"),
        ("Aggiornato il 3 maggio 2021", "updated"),
        # Metadata headers, as a reader service prints them over the page's text.
        ("Published Time: 2021-05-03T08:15:00+02:00", "published"),
        ("Publication date: 3 May 2021", "published"),
        ("Modified Time: 2021-05-03T09:00:00Z", "updated"),
        ("3 May 2021", None),
    ],
)
def test_label_kind(text: str, kind: str | None) -> None:
    found = find_dates(text, 1, DateContext())
    assert len(found) == 1
    assert found[0].kind == kind
    assert found[0].timestamp.iso.startswith("2021-05-03")
    assert (found[0].timestamp.updated is not None) == (kind == "updated")


@pytest.mark.parametrize(
    ("above", "text", "kind"),
    [
        ("Veröffentlicht am", "3. Mai 2021", "published"),
        ("Published on", "May 3, 2021", "published"),
        ("Updated:", "3 May 2021", "updated"),
        ("Опубликовано:", "03.05.2021", "published"),
        ("Mis à jour le", "3 mai 2021", "updated"),
        ("Jane Roe", "3 May 2021", None),
        ("am", "3. Mai 2021", None),
    ],
)
def test_a_label_alone_on_the_line_above_gives_the_date_its_kind(
    above: str, text: str, kind: str | None
) -> None:
    # get_text("\n", strip=True) and browser copies print a label and its date on lines of their own.
    found = find_dates(text, 2, DateContext())
    label_from_line_above(found, above)
    assert found[0].kind == kind
    assert (found[0].timestamp.updated is not None) == (kind == "updated")


def test_a_date_with_its_own_label_keeps_it_whatever_stands_above() -> None:
    found = find_dates("Published: 3 May 2021", 2, DateContext())
    label_from_line_above(found, "Updated:")
    assert found[0].kind == "published"
    assert found[0].timestamp.updated is None


def test_published_and_updated_in_one_line() -> None:
    found = find_dates("Published 3 May 2021 | Updated 4 May 2021, 10:00", 7, EN)
    assert [(m.kind, m.timestamp.iso) for m in found] == [
        ("published", "2021-05-03"),
        ("updated", "2021-05-04T10:00:00"),
    ]
    assert found[0].timestamp.updated == "2021-05-04T10:00:00"
    assert found[0].timestamp.line == 7


def test_several_dates_in_order() -> None:
    text = "from 3 May 2021 to 17.05.2024 and 2024-06-01"
    assert [m.timestamp.iso for m in find_dates(text, 1, EN)] == ["2021-05-03", "2024-05-17", "2024-06-01"]


def test_span_and_text() -> None:
    text = "Published: Monday, 3 May 2021 at 10:00 GMT"
    (m,) = find_dates(text, 1, EN)
    assert (m.start, m.end) == (0, len(text))
    assert m.timestamp.text == "Monday, 3 May 2021 at 10:00 GMT"
    assert m.precision == "minute"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Published: Monday, 3 May 2021 at 10:00 GMT", 0.99, 1.0),
        ("Обновлено: пятница, 17 мая 2024 в 19:25", 0.99, 1.0),
        ("Aktualisiert am Donnerstag, 16. Mai 2024 um 10:23 Uhr", 0.99, 1.0),
        ("17.05.2024 | Politik", 0.5, 0.7),
        # A blog's meta line opens on its date: "Am"/"On" count as the date's, so it is a date line.
        ("Am 13. November 2019 von Henry in Aktuell", 0.45, 0.55),
        ("On May 3, 2021 by admin in News", 0.45, 0.6),
        ("The council met on 3 May 2021", 0.35, 0.45),  # a joiner mid-sentence stays the sentence's
        ("The council met on 3 May 2021 to discuss the new budget for the coming year", 0.0, 0.2),
    ],
)
def test_coverage(text: str, low: float, high: float) -> None:
    found = find_dates(text, 1, DateContext(languages=("en", "ru", "de")))
    assert found
    assert low <= date_coverage(text, found[0]) <= high


def test_month_precision() -> None:
    (m,) = find_dates("September 2019", 1, EN)
    assert (m.timestamp.iso, m.precision) == ("2019-09", "month")


def test_seed_first_line() -> None:
    assert iso("29 October 2008, 13:08") == "2008-10-29T13:08:00"


# --- robustness -------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120), st.sampled_from([(), ("en",), ("ru",), ("de", "fr")]), st.booleans())
def test_never_raises(text: str, languages: tuple[str, ...], with_now: bool) -> None:
    ctx = DateContext(languages=languages, now=NOW if with_now else None, tz="Europe/Berlin")
    for m in find_dates(text, 1, ctx):
        assert 0 <= m.start < m.end <= len(text)
        assert 0.0 <= date_coverage(text, m) <= 1.0


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789./-: ,aAmMpPTZ+", max_size=40))
def test_never_raises_on_digit_soup(text: str) -> None:
    find_dates(text, 1, DateContext(languages=("en",), now=NOW))


# --- corpus (skipped when absent) -------------------------------------------------------------

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"


@pytest.mark.skipif(not (CORPUS / "truth.jsonl").exists(), reason="development corpus not available")
def test_corpus_recall_floor() -> None:
    """The gold date is among the dates found in most documents' lines (guards regressions)."""
    gold = {}
    with (CORPUS / "truth.jsonl").open(encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            if row.get("date"):
                gold[row["id"]] = row["date"][:10]
    ids = sorted(gold)[:80]
    hits = 0
    for doc_id in ids:
        lines = [ln.strip() for ln in (CORPUS / "w3m" / f"{doc_id}.txt").read_text().splitlines()]
        short = [ln for ln in lines if ln and len(ln) < 300]
        ctx = document_context(short, languages=())
        found = {m.timestamp.iso[:10] for ln in short for m in find_dates(ln, 1, ctx)}
        hits += gold[doc_id] in found
    assert hits / len(ids) >= 0.8


@pytest.mark.parametrize(
    ("text", "languages", "phrase"),
    [
        ("Jacinta Prado | Publicado hace 3 horas", ("es",), "hace 3 horas"),
        ("Jane Roe · 2 hours ago", ("en",), "2 hours ago"),
        ("Jana Roth vor 5 Minuten", ("de",), "vor 5 Minuten"),
        ("The harbour reopened", ("en",), None),
    ],
)
def test_relative_spans_need_no_reference_time(
    text: str, languages: tuple[str, ...], phrase: str | None
) -> None:
    spans = relative_spans(text, languages)
    assert [text[a:b] for a, b in spans] == ([phrase] if phrase else [])


# --- Chinese, Japanese and Korean dates ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019年11月18日", "2019-11-18"),
        ("2019年11月18日 15時30分", "2019-11-18T15:30:00"),
        ("2019年11月18日(月) 15:30", "2019-11-18T15:30:00"),
        ("2019年11月18日 下午3:30", "2019-11-18T15:30:00"),
        ("2019년 11월 18일 오후 3시 30분", "2019-11-18T15:30:00"),
        ("2019年11月18日 20時", "2019-11-18T20:00:00"),
    ],
)
def test_counted_dates(text: str, expected: str) -> None:
    assert iso(text, ctx_for("ja")) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("发布时间：2019年11月18日", "published"),
        ("更新时间：2019-11-18 15:30", "updated"),
        ("입력 2019.11.18", "published"),
    ],
)
def test_cjk_labels(text: str, kind: str) -> None:
    found = find_dates(text, 1, ctx_for("zh"))
    assert found and found[0].kind == kind


def test_cjk_headline_with_its_date_is_no_date_line() -> None:
    # Twelve characters of headline say more than the date's eleven: counted by letters alone, the
    # line read as a date line.
    text = "駅前再開発、来年度に着工へ（2019年10月2日）"
    found = find_dates(text, 1, ctx_for("ja"))
    assert found and found[0].timestamp.iso == "2019-10-02"
    assert date_coverage(text, found[0]) < 0.45
    assert (
        date_coverage("2019年10月2日 15時30分", find_dates("2019年10月2日 15時30分", 1, ctx_for("ja"))[0])
        == 1.0
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18 Kasım 2019 Pazartesi", "2019-11-18"),
        ("Salı, 3 Mart 2020", "2020-03-03"),
        ("18. listopadu 2019", "2019-11-18"),
        ("18. marraskuuta 2019", "2019-11-18"),
        ("18 noiembrie 2019", "2019-11-18"),
        ("18 augusti 2019", "2019-08-18"),
        ("18 Agustus 2019", "2019-08-18"),
        ("18 Νοεμβρίου 2019", "2019-11-18"),
        ("18 ΝΟΕΜΒΡΙΟΥ 2019", "2019-11-18"),
        ("18 نوفمبر 2019", "2019-11-18"),
        ("18 تشرين الثاني 2019", "2019-11-18"),
        # Arabic-Indic and Persian digits
        ("الاثنين ١٨ نوفمبر ٢٠١٩ - ١٥:٣٠", "2019-11-18T15:30:00"),
        ("۱۸ نوفمبر ۲۰۱۹", "2019-11-18"),
    ],
)
def test_more_languages(text: str, expected: str) -> None:
    assert iso(text, DateContext(languages=())) == expected


def test_arabic_digits_keep_their_own_text() -> None:
    [match] = find_dates("نشر في ١٨ نوفمبر ٢٠١٩", 1, DateContext(languages=("ar",)))
    assert match.timestamp.text == "١٨ نوفمبر ٢٠١٩"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("zh", "3小时前", "2024-05-17T17:00:00"),
        ("zh", "发布于 2天前", "2024-05-15"),
        ("ja", "3時間前に更新", "2024-05-17T17:00:00"),
        ("ja", "昨日 14:20", "2024-05-16T14:20:00"),
        ("ko", "3시간 전", "2024-05-17T17:00:00"),
        ("ar", "منذ 3 ساعات", "2024-05-17T17:00:00"),
    ],
)
def test_relative_dates_in_more_scripts(lang: str, text: str, expected: str) -> None:
    assert iso(text, ctx_for(lang, now=NOW)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("۲۷ آبان ۱۳۹۸", "2019-11-18"),
        ("دوشنبه ۲۷ آبان ۱۳۹۸ - ساعت ۱۴:۳۰", "2019-11-18T14:30:00"),
        ("تاریخ انتشار: ۱۳۹۸/۰۸/۲۷", "2019-11-18"),
        ("10 دی 1402", "2023-12-31"),
        ("۱۸ نوامبر ۲۰۱۹", "2019-11-18"),
    ],
)
def test_persian_dates(text: str, expected: str) -> None:
    assert iso(text, ctx_for("fa")) == expected


def test_a_numeric_solar_hijri_date_needs_a_persian_page() -> None:
    assert iso("1398/08/27", ctx_for("en")) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18 नवंबर 2019", "2019-11-18"),
        ("१८ नवंबर २०१९", "2019-11-18"),  # Devanagari digits
        ("18 ноември 2019", "2019-11-18"),  # Bulgarian
        ("18 лістапада 2019", "2019-11-18"),  # Belarusian
        ("18. новембар 2019.", "2019-11-18"),  # Serbian, Cyrillic
        # Thai: the Buddhist Era's year, in Thai digits too
        ("18 พฤศจิกายน 2562", "2019-11-18"),
        ("วันที่ 18 พฤศจิกายน พ.ศ. 2562", "2019-11-18"),
        ("๑๘ พ.ย. ๒๕๖๒ 14:30", "2019-11-18T14:30:00"),
    ],
)
def test_dates_of_more_scripts(text: str, expected: str) -> None:
    assert iso(text, DateContext(languages=())) == expected


@pytest.mark.parametrize(
    ("paragraph", "lang", "expected"),
    [
        ("27.1.2022 - Bei der Erinnerung an die Verfolgten des Regimes", "de", "2022-01-27"),
        ("Wien, 14. Dezember 2021 – Aufgrund der steigenden Nachfrage", "de", "2021-12-14"),
        ("LONDON, Nov 5, 2021 — The bank said on Friday that", "en", "2021-11-05"),
        # A date the prose mentions has no dash after it, or stands behind more than a place.
        ("Am 14. Juni 2005 hielt er eine vielbeachtete Rede", "de", None),
        ("The ferry last ran on 5 November 2021 - and then stopped", "en", None),
    ],
)
def test_a_dateline_opens_a_paragraph(paragraph: str, lang: str, expected: str | None) -> None:
    found = opening_dateline(paragraph, 1, ctx_for(lang))
    assert (found.timestamp.iso[:10] if found else None) == expected
