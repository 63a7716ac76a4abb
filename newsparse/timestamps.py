"""Field parser: timestamps. Finds dates in short strings and parses them to ISO 8601.

A fast path of compiled patterns (built once from newsparse.data.dates) handles the shapes
news pages use; dateparser is only a lazily imported fallback for short strings that carry a
year next to words the fast path did not recognise. `find_dates` runs on every short block of
every page, so it rejects text without a digit or a relative-date word before any real work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from newsparse.calendars import jalali_to_gregorian
from newsparse.data import dates as data
from newsparse.data.scripts import CJK_CHAR
from newsparse.data.typography import ASCII_DIGITS, EASTERN_DIGITS
from newsparse.model import Timestamp

ORDERS = ("DMY", "MDY", "YMD")


@dataclass(frozen=True, slots=True)
class DateContext:
    """What a document tells the date parser: its languages, the reference time, zone and order."""

    languages: tuple[str, ...] = ()
    now: datetime | None = None
    tz: str | None = None
    date_order: str | None = None  # "DMY" | "MDY" | "YMD": forced by the user
    inferred_order: str | None = None  # "DMY" | "MDY": proven by unambiguous numeric dates on the page
    default_order: str | None = None  # "DMY" | "MDY": suggested by the page's month-name dates; unproven


@dataclass(frozen=True, slots=True)
class DateMatch:
    timestamp: Timestamp
    start: int  # character span of the date in the searched text, label and weekday included
    end: int
    kind: str | None = None  # "published" | "updated" when a label says so ("Updated:", "Обновлено")
    precision: str = "day"  # "minute" | "second" | "day" | "month" ("октябрь 2008")
    source: str = "fast"  # "fast" | "dateparser"


# --- patterns, compiled once from the data module ---------------------------------------------

_L = r"[^\W\d_]"  # one letter


def _alt(words: Iterable[str]) -> str:
    """Regex alternation, longest first so "september" wins over "sep"."""
    items = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


_MONTH_ALT = _alt(data.MONTHS)
# WordPress prints the published and modified dates with nothing between them
# ("3. April 20223. April 2022", "15/01/201614/01/2016"): a year may run into the next date's day.
_GLUED_DATE = r"(?=\d{1,2}(?:\.|/|\s+[^\W\d_]))"
_AFTER_YEAR = r"(?<=\D(?:19|20)\d\d)"
_YEAR = rf"(?P<year>(?:19|20)\d\d)(?:(?!\d)|{_GLUED_DATE})"
_DAY_SUFFIX = r"(?:\s*\.|st|nd|rd|th|er|º|°|-?го)?"

# 2024-05-17 (ISO 8601), 2024/05/17, 2024.05.17
_YMD = re.compile(
    r"(?<![\d.])(?P<year>(?:19|20)\d\d)(?P<sep>[./-])(?P<month>0?[1-9]|1[0-2])(?P=sep)(?P<day>[0-3]?\d)(?!\d)"
)
# Cheap gate for every numeric shape: three numbers joined by date separators. It starts with
# a digit, so the regex engine can skip ahead; the exact patterns below start with lookbehinds
# and are only run from where this finds something.
_NUMERIC_GATE = re.compile(r"\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d\d")
# 17.05.2024, 05/17/2024, 17-05-2024, 18. 05. 2014, 17.05.24; not part of a longer dotted number.
_NUMERIC = re.compile(
    rf"(?:(?<![\d./])|{_AFTER_YEAR})(?P<a>[0-3]?\d)(?P<sep>[./-])\s?(?P<b>[0-3]?\d)(?P=sep)\s?"
    rf"(?P<year>(?:19|20)\d\d|\d\d)(?:(?!\d|[.,/-]\d)|{_GLUED_DATE})"
)
_DMY_NAME = re.compile(
    rf"(?:(?<![\d.,])|{_AFTER_YEAR})(?P<day>[0-3]?\d)(?!\d){_DAY_SUFFIX}(?:\s*(?:de|of)\s+|\s*[-/.]?\s*)"
    rf"(?P<month>{_MONTH_ALT})(?!{_L})\.?\s*[,/.-]?\s*(?:(?:de|del)\s+)?{_YEAR}",
    re.IGNORECASE,
)
_MDY_NAME = re.compile(
    # Month at a word start, or glued to a lower-case word ("DambrotNovember 6, 2023" from lost markup).
    rf"(?:(?<!{_L})|(?-i:(?<=[a-zäöüßéа-яёії])(?=[A-ZÄÖÜА-ЯЁІЇ])))(?={_L}{{3,12}}\.?\s*\d)(?P<month>{_MONTH_ALT})\.?\s*(?P<day>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?\.?\s*,?\s*{_YEAR}",
    re.IGNORECASE,
)

# 2019年11月18日, 2019년 11월 18일: each part marked by its own character.
_CJK_GATE = re.compile(rf"[{data.CJK_YEAR_MARKS}]")
_CJK_YMD = re.compile(
    rf"(?<!\d)(?P<year>(?:19|20)\d\d)\s*[{data.CJK_YEAR_MARKS}]\s*(?P<month>1[0-2]|0?[1-9])\s*[{data.CJK_MONTH_MARKS}]"
    rf"\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*[{data.CJK_DAY_MARKS}]"
)
# ۲۷ آبان ۱۳۹۸ (digits read as ASCII by then): a Solar Hijri date, a day of the calendar's own
# months and years; 1398/08/27 only on a Persian page.
_JALALI_YEAR = re.compile(r"(?<!\d)1[34]\d\d(?!\d)")
_JALALI_NAMED = re.compile(
    rf"(?<!\d)(?P<day>[0-3]?\d)\s*(?P<month>{_alt(data.JALALI_MONTHS)})(?!{_L})\s*(?:ماه\s*)?(?P<year>1[34]\d\d)(?!\d)"
)
_JALALI_NUMERIC = re.compile(
    r"(?<![\d./])(?P<year>1[34]\d\d)(?P<sep>[./-])(?P<month>0?[1-9]|1[0-2])(?P=sep)(?P<day>[0-3]?\d)(?!\d)"
)

# 18 พฤศจิกายน 2562: a Thai date, its year in the Buddhist Era.
_THAI_DATE = re.compile(
    rf"(?<!\d)(?P<day>[0-3]?\d)\s*(?P<month>{_alt(data.THAI_MONTHS)})\s*(?:พ\.ศ\.\s*)?(?P<year>25\d\d)(?!\d)"
)

# What may follow such a date: a weekday in brackets ("(月)", "（火）"), then a time: "15時30分",
# "下午3:30", "오후 3시 30분", "15:30".
_CJK_TIME = re.compile(
    r"\s*(?:[(（][^)）\d]{1,3}[)）]\s*)?"
    rf"(?P<half>{'|'.join(data.CJK_HALF_DAY)})?\s*(?P<hour>[01]?\d|2[0-3])\s*"
    rf"(?:[{data.CJK_HOUR_MARKS}]\s*(?:(?P<minute>[0-5]?\d)\s*[{data.CJK_MINUTE_MARKS}])?"
    r"|:(?P<minute2>[0-5]\d)(?::(?P<second>[0-5]\d))?(?!\d))"
)

_ZONE = (
    r"(?-i:Z(?!\w)|[+-](?:[01]\d|2[0-3]):?[0-5]\d(?!\d)"
    r"|(?:UTC|GMT)\s?[+-]\s?(?:1[0-4]|0?\d)(?::?[0-5]\d)?(?!\d)"
    rf"|(?:{_alt(data.ZONE_OFFSETS)})(?!{_L}))"
)
_TIME_CORE = (
    r"(?P<hour>[01]?\d|2[0-3])(?:(?P<tsep>\s?[:.hH]\s?)(?P<minute>[0-5]\d)"
    r"(?::(?P<second>[0-5]\d)(?:[.,]\d{1,9})?)?)?"
    rf"(?:\s*(?P<ampm>[aApP]\.?\s?[mM]\.?)(?!{_L}))?"
)
_TIME_SUFFIX = rf"(?:\s*(?:{_alt(data.TIME_SUFFIXES)})(?!{_L}))?"
_ZONE_TAIL = rf"(?:\s*\(?\s*(?P<zone>{_ZONE})\)?)?"
_JOINER_WORDS = [j for j in data.TIME_JOINERS if j[0].isalpha()]
_JOINER_MARKS = "".join(re.escape(j) for j in data.TIME_JOINERS if len(j) == 1 and not j.isalpha())
_TIME_AFTER = re.compile(
    rf"(?:T(?=\d)|\s*[{_JOINER_MARKS}]?\s*(?:(?P<word>{_alt(_JOINER_WORDS)})(?!{_L})\s*)?\(?\s*)"
    rf"(?<![\d:]){_TIME_CORE}(?![\d:])(?P<suffix>{_TIME_SUFFIX}){_ZONE_TAIL}",
    re.IGNORECASE,
)
_TIME_BEFORE = re.compile(
    rf"(?<![\d:.]){_TIME_CORE}(?P<suffix>{_TIME_SUFFIX}){_ZONE_TAIL}\s*[\])]?\s*[,|/·•–—-]?\s*$",
    re.IGNORECASE,
)
_YEAR_SUFFIX = re.compile(rf"\s*(?:{_alt(data.YEAR_SUFFIXES)})(?!{_L})", re.IGNORECASE)
_LABEL_KIND = {
    **{w: "published" for w in data.PUBLISHED_LABELS},
    **{w: "updated" for w in data.UPDATED_LABELS},
}
_PREFIX = re.compile(
    rf"(?<!{_L})(?:(?P<label>{_alt(_LABEL_KIND)})(?!{_L})\s*[:：.–—-]?\s*)?"
    rf"(?:(?:{_alt(data.LABEL_JOINERS)})\s+)?"
    rf"(?:(?P<weekday>{_alt(data.WEEKDAYS)})(?!{_L})\.?\s*,?\s*(?:(?:{_alt(data.LABEL_JOINERS)})\s+)?)?"
    r"[\[(]?\s*$",
    re.IGNORECASE,
)
# Only a joiner before the date, at the line's start.
_OPENING_JOINER = re.compile(rf"\s*(?:{_alt(data.LABEL_JOINERS)})\s+$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_EASTERN_DIGIT = re.compile(f"[{EASTERN_DIGITS}]")
_LETTER = re.compile(_L)
_LETTER_RUN = re.compile(rf"{_L}+")
_YEAR4 = re.compile(r"(?:19|20)\d\d")  # loose on purpose: it only marks where to look
_TIME_FOLLOWS = re.compile(r"\s*,?\s+[0-2]?\d:[0-5]\d")
_DAY_BEFORE = re.compile(r"\d(?:\.|st|nd|rd|th|er)?\s*(?:(?:de|of)\s+)?$", re.IGNORECASE)
_NAME_REACH = 40  # how far before a year a month-name date can start
_ALNUM = re.compile(r"[^\W_]+")
_FILLER: frozenset[str] = frozenset(
    w.lower()
    for phrase in (
        *_LABEL_KIND,
        *data.WEEKDAYS,
        *data.TIME_SUFFIXES,
        *data.ZONE_OFFSETS,
        "uhr",
    )
    for w in _ALNUM.findall(phrase)
)
# A day and a year around a word the fast path does not know as a month ("3 Okotober 2003",
# "5 listopadu 2020"): the only strings worth handing to dateparser.
_FALLBACK_SIGNAL = re.compile(
    rf"(?<!\d)[0-3]?\d(?:\.|st|nd|rd|th|er)?\s+(?:de\s+)?{_L}{{3,}}\.?,?\s+(?:de\s+)?(?:19|20)\d\d(?!\d)"
    rf"|(?<!{_L}){_L}{{3,}}\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d(?!\d)"
)


@lru_cache(maxsize=512)
def _month_year(languages: tuple[str, ...]) -> re.Pattern[str]:
    """Month-year ("октябрь 2008", "September 2019") from full names of the page's languages only:
    "Mars 2020" is a rover on an English page."""
    langs = [lang for lang in languages if lang in data.MONTHS_BY_LANG] or list(data.MONTHS_BY_LANG)
    names = {n for lang in langs for n in data.MONTHS_BY_LANG[lang]}
    return re.compile(
        rf"(?<![\w.])(?={_L}{{3,12}}\s*,?\s*(?:(?:de|del|of)\s+)?[12])(?P<month>{_alt(names)})(?!{_L})\s*,?\s*(?:(?:de|del|of)\s+)?{_YEAR}",
        re.IGNORECASE,
    )


@dataclass(frozen=True, slots=True)
class _Relative:
    """Relative-date patterns for a set of languages."""

    keyword: re.Pattern[str]  # cheap pre-check
    day_words: re.Pattern[str]
    day_offsets: dict[str, int]
    ago: tuple[tuple[str, re.Pattern[str]], ...] = field(default=())


@lru_cache(maxsize=512)
def _relative(languages: tuple[str, ...]) -> _Relative:
    known = [lang for lang in languages if lang in data.DAY_WORDS]
    langs = known or list(data.DAY_WORDS)
    offsets: dict[str, int] = {}
    for lang in langs:
        for word, off in data.DAY_WORDS[lang].items():
            if word in data.DAY_WORDS_NEED_LANGUAGE and not known:
                continue
            offsets[word] = off
    one = _alt(data.ONE_WORDS)
    ago: list[tuple[str, re.Pattern[str]]] = []
    keywords = set(offsets)
    for lang in langs:
        if lang in data.RELATIVE_AFTER:
            words = data.RELATIVE_AFTER[lang]
            # The number may only be left out in Slavic languages ("час назад"): "a few years ago" is vague.
            count = rf"(?:(?P<n>\d{{1,3}}|{one})\s*)" + ("?" if lang in ("ru", "uk") else "")
            pat = rf"(?<!{_L}){count}(?P<unit>{_L}+)\.?\s+(?:{_alt(words)})(?!{_L})"
        elif lang in data.RELATIVE_AFTER_UNSPACED:
            words = data.RELATIVE_AFTER_UNSPACED[lang]
            units = _alt(data.RELATIVE_UNITS[lang])
            pat = rf"(?<!\d)(?P<n>\d{{1,3}})\s*(?P<unit>{units})\s*(?:{_alt(words)})"
        elif lang in data.RELATIVE_BEFORE:
            words = data.RELATIVE_BEFORE[lang]
            pat = rf"(?<!{_L})(?:{_alt(words)})\s+(?P<n>\d{{1,3}}|{one})\s*(?P<unit>{_L}+)"
        else:
            continue
        keywords.update(words)
        ago.append((lang, re.compile(pat, re.IGNORECASE)))
    return _Relative(
        keyword=re.compile(_alt(keywords), re.IGNORECASE),  # a gate only: no word boundaries, faster
        day_words=re.compile(rf"(?<!{_L})(?P<word>{_alt(offsets)})(?!{_L})", re.IGNORECASE),
        day_offsets=offsets,
        ago=tuple(ago),
    )


@lru_cache(maxsize=32)
def _zone(name: str | None) -> tzinfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):  # unknown or malformed zone names are ignored
        return None


def _text_zone(raw: str) -> tzinfo | None:
    """The zone a time was written with: "+03:00", "UTC+3", "GMT", "MSK", "ET"."""
    raw = raw.strip()
    if raw in data.ZONE_OFFSETS:
        value = data.ZONE_OFFSETS[raw]
        return _zone(value) if isinstance(value, str) else timezone(timedelta(minutes=value))
    m = re.fullmatch(r"(?:UTC|GMT)?\s?([+-])\s?(\d{1,2}):?(\d\d)?", raw)
    if not m:
        return None
    minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
    return timezone(timedelta(minutes=-minutes if m.group(1) == "-" else minutes))


# --- building matches -------------------------------------------------------------------------


@dataclass(slots=True)
class _Found:
    """A date found in the text before it becomes a Timestamp."""

    start: int
    end: int
    day: date | None  # None for month precision
    year: int
    month: int
    precision: str = "day"
    ambiguous: bool = False
    relative: bool = False
    exact: datetime | None = None  # relative "2 hours ago": the instant itself
    time: tuple[int, int, int] | None = None
    zone: tzinfo | None = None
    kind: str | None = None
    text_start: int = -1


def _plausible(d: date, ctx: DateContext) -> bool:
    if not 1990 <= d.year <= 2100:
        return False
    return ctx.now is None or d <= ctx.now.date() + timedelta(days=1)


def _make_date(year: int, month: int, day: int, ctx: DateContext) -> date | None:
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    return d if _plausible(d, ctx) else None


def _numeric_order(ctx: DateContext, sep: str) -> tuple[str, bool]:
    """(order, settled) for a numeric date whose day and month could swap."""
    if ctx.date_order in ("DMY", "MDY"):
        return ctx.date_order, True
    if ctx.inferred_order:
        return ctx.inferred_order, True
    if sep == ".":  # dotted dates are day-first wherever they are written
        return "DMY", True
    if ctx.default_order:
        return ctx.default_order, False
    lang = ctx.languages[0] if ctx.languages else None
    return ("MDY" if lang == "en" else "DMY"), False


def _year2(raw: str) -> int:
    return int(raw) if len(raw) == 4 else 2000 + int(raw)


def _core_dates(text: str, ctx: DateContext, windows: list[tuple[int, int]]) -> list[_Found]:
    out: list[_Found] = []
    gate = _NUMERIC_GATE.search(text)
    pos = gate.start() if gate else len(text)
    for m in _YMD.finditer(text, pos) if gate else ():
        d = _make_date(int(m["year"]), int(m["month"]), int(m["day"]), ctx)
        if d:
            out.append(_Found(m.start(), m.end(), d, d.year, d.month))
    for m in _NUMERIC.finditer(text, pos) if gate else ():
        a, b, sep, yraw = int(m["a"]), int(m["b"]), m["sep"], m["year"]
        short_year = len(yraw) == 2
        if short_year and (sep == "-" or (sep == "." and (len(m["a"]) < 2 or len(m["b"]) < 2))):
            # "1.2.10" is a version, "12-05-19" a code; "1.11.23 20:19" is a date
            with_time = sep == "." and _TIME_FOLLOWS.match(text, m.end()) is not None
            if not with_time:
                continue
        if len(yraw) == 2 and ctx.date_order == "YMD":
            d = _make_date(2000 + a, b, int(yraw), ctx)
            if d:
                out.append(_Found(m.start(), m.end(), d, d.year, d.month))
            continue
        year = _year2(yraw)
        ambiguous = False
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            day, month = b, a
        else:
            order, settled = _numeric_order(ctx, sep)
            day, month = (a, b) if order != "MDY" else (b, a)
            ambiguous = not settled and a != b
        d = _make_date(year, month, day, ctx)
        if d:
            out.append(_Found(m.start(), m.end(), d, year, month, ambiguous=ambiguous))
    for m in _CJK_YMD.finditer(text) if not text.isascii() and _CJK_GATE.search(text) else ():
        d = _make_date(int(m["year"]), int(m["month"]), int(m["day"]), ctx)
        if d:
            found = _Found(m.start(), m.end(), d, d.year, d.month)
            _attach_cjk_time(text, found)
            out.append(found)
    if not text.isascii() and "25" in text:
        for m in _THAI_DATE.finditer(text):
            d = _make_date(
                int(m["year"]) - data.BUDDHIST_ERA_OFFSET, data.THAI_MONTHS[m["month"]], int(m["day"]), ctx
            )
            if d:
                out.append(_Found(m.start(), m.end(), d, d.year, d.month))
    if _JALALI_YEAR.search(text):
        shapes = (_JALALI_NAMED, _JALALI_NUMERIC) if "fa" in ctx.languages else (_JALALI_NAMED,)
        for pattern in shapes:
            for m in pattern.finditer(text):
                month = data.JALALI_MONTHS[m["month"]] if pattern is _JALALI_NAMED else int(m["month"])
                d = jalali_to_gregorian(int(m["year"]), month, int(m["day"]))
                if d is not None and _plausible(d, ctx):
                    out.append(_Found(m.start(), m.end(), d, d.year, d.month))
    # Month-name shapes all end in a year: search only the stretch before each year, because
    # a month alternation tried at every position of every line is the parser's main cost.
    month_year = _month_year(tuple(sorted(ctx.languages))) if windows else None
    for lo, hi in windows:
        for pattern in (_DMY_NAME, _MDY_NAME):
            for m in pattern.finditer(text, lo, hi):
                d = _make_date(int(m["year"]), data.MONTHS.get(m["month"].lower(), 0), int(m["day"]), ctx)
                if d:
                    out.append(_Found(m.start(), m.end(), d, d.year, d.month))
        for m in month_year.finditer(text, lo, hi) if month_year else ():
            if _DAY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue  # "31 February 2021" was judged as a whole; its month is no fallback
            year, month = int(m["year"]), data.MONTHS[m["month"].lower()]
            if _make_date(year, month, 1, ctx):
                out.append(_Found(m.start(), m.end(), None, year, month, precision="month"))
    return out


def _attach_cjk_time(text: str, f: _Found) -> None:
    """Extend a counted date ("2019年11月18日") with the time written after it in the same manner."""
    m = _CJK_TIME.match(text, f.end)
    if m is None:
        return
    hour = int(m["hour"])
    if m["half"]:
        if not 1 <= hour <= 12:
            return
        hour = hour % 12 + (12 if data.CJK_HALF_DAY[m["half"]] == "pm" else 0)
    f.time = (hour, int(m["minute"] or m["minute2"] or 0), int(m["second"] or 0))
    f.end = m.end()


def _year_windows(text: str) -> list[tuple[int, int]]:
    """Spans from a little before each year to the year's end, merged; only where a letter is."""
    spans: list[tuple[int, int]] = []
    for m in _YEAR4.finditer(text):
        lo = max(0, m.start() - _NAME_REACH)
        if not _LETTER.search(text, lo, m.start()):
            continue
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], m.end())
        else:
            spans.append((lo, m.end()))
    return spans


def _time_of(m: re.Match[str]) -> tuple[int, int, int] | None:
    """(h, m, s) from a _TIME_CORE match, or None when it is only a bare number."""
    hour, minute, ampm = int(m["hour"]), m["minute"], m["ampm"]
    if minute is None and ampm is None:
        return None
    if ampm:
        if not 1 <= hour <= 12:
            return None
        pm = ampm.lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    return hour, int(minute or 0), int(m["second"] or 0)


def _attach_time(text: str, f: _Found, floor: int) -> None:
    """Extend `f` with a time written after or before it ("…2008, 13:08", "13:39, 4 May 2025")."""
    if f.precision == "month":
        return
    y = _YEAR_SUFFIX.match(text, f.end)
    if y:
        f.end = y.end()
    m = _TIME_AFTER.match(text, f.end)
    # A dotted time ("19.25") is only a time beside a joiner word or "Uhr", or when it ends the
    # text ("Tue 14 Feb 2023 11.37"): otherwise it is a number.
    if (
        m
        and m["tsep"]
        and "." in m["tsep"]
        and not (m["word"] or m["suffix"].strip())
        and text[m.end() :].strip(" \t|·,")
    ):
        m = None
    if m is None:
        lo = max(floor, f.start - 40)
        m = _TIME_BEFORE.search(text, lo, f.start)
        if m and m["tsep"] and ":" not in m["tsep"] and "h" not in m["tsep"].lower():
            m = None
        if m:
            t = _time_of(m)
            if t:
                f.time, f.start = t, m.start()
                f.zone = _text_zone(m["zone"]) if m["zone"] else None
        return
    t = _time_of(m)
    if t:
        f.time, f.end = t, m.end()
        f.zone = _text_zone(m["zone"]) if m["zone"] else None


def _label_kind(label: str) -> str | None:
    """ "published" or "updated" for a date's label as written ("Last  Updated", "Veröffentlicht")."""
    return _LABEL_KIND.get(re.sub(r"\s+", " ", label.lower()))


def _attach_prefix(text: str, f: _Found, floor: int) -> None:
    """Absorb a label ("Updated:") and weekday ("Monday,") written before the date."""
    f.text_start = f.start
    lo = max(floor, f.start - 60)
    m = _PREFIX.search(text, lo, f.start)
    if not m or m.start() == f.start:
        return
    if m["label"]:
        f.kind = _label_kind(m["label"])
    if m["weekday"]:
        f.text_start = m.start("weekday")
    elif not m["label"]:
        return
    f.start = m.start()


def _relative_dates(text: str, ctx: DateContext) -> list[_Found]:
    now = _local_now(ctx)
    if now is None:
        return []
    rel = _relative(tuple(sorted(ctx.languages)))  # order does not matter here; keeps the cache small
    if not rel.keyword.search(text):
        return []
    out: list[_Found] = []
    for m in rel.day_words.finditer(text):
        d = now.date() + timedelta(days=rel.day_offsets[m["word"].lower()])
        out.append(_Found(m.start(), m.end(), d, d.year, d.month, relative=True))
    for m, unit in _ago_phrases(text, rel):
        n = int(m["n"]) if m["n"] and m["n"].isdigit() else 1
        f = _ago(now, unit, n)
        if f:
            f.start, f.end = m.start(), m.end()
            out.append(f)
    return out


def _ago_phrases(text: str, rel: _Relative) -> Iterator[tuple[re.Match[str], str]]:
    """ "2 hours ago", "hace 3 horas" in `text`, each with its unit ("hour"); unknown units skipped."""
    for lang, pattern in rel.ago:
        for m in pattern.finditer(text):
            unit = _unit(lang, m["unit"].lower())
            if unit is not None:
                yield m, unit


def relative_spans(text: str, languages: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where `text` says how long ago ("2 hours ago", "hace 3 horas", "vor 5 Minuten"), whether or
    not a reference time makes it a date: the words a meta line prints beside a name."""
    rel = _relative(tuple(sorted(languages)))
    if not rel.keyword.search(text):
        return []
    return [(m.start(), m.end()) for m, _ in _ago_phrases(text, rel)]


def _unit(lang: str, word: str) -> str | None:
    best: str | None = None
    best_len = 0
    for prefix, unit in data.RELATIVE_UNITS[lang].items():
        if word.startswith(prefix) and len(prefix) > best_len:
            best, best_len = unit, len(prefix)
    return best


def _ago(now: datetime, unit: str, n: int) -> _Found | None:
    if unit in ("second", "minute", "hour"):
        exact = (now - timedelta(**{unit + "s": n})).replace(second=0, microsecond=0)
        return _Found(0, 0, exact.date(), exact.year, exact.month, relative=True, exact=exact)
    if unit in ("day", "week"):
        d = now.date() - timedelta(days=n * (7 if unit == "week" else 1))
    else:
        months = n * (12 if unit == "year" else 1)
        y, mo = divmod(now.year * 12 + now.month - 1 - months, 12)
        try:
            d = date(y, mo + 1, min(now.day, 28))
        except ValueError:
            return None
    if d.year < 1990:
        return None
    return _Found(0, 0, d, d.year, d.month, relative=True)


def _local_now(ctx: DateContext) -> datetime | None:
    """ctx.now seen in the page's zone (ctx.tz) when one is given."""
    if ctx.now is None:
        return None
    zone = _zone(ctx.tz)
    if zone is None:
        return ctx.now
    return ctx.now.astimezone(zone) if ctx.now.tzinfo else ctx.now.replace(tzinfo=zone)


def _to_match(text: str, f: _Found, line: int, ctx: DateContext, source: str) -> DateMatch:
    tz_source = "none"
    precision = f.precision
    if f.exact is not None:
        iso = f.exact.isoformat()
        tz_source = "option" if f.exact.tzinfo else "none"
        precision = "minute"
    elif f.precision == "month":
        iso = f"{f.year:04d}-{f.month:02d}"
    elif f.time is None or f.day is None:
        iso = f.day.isoformat() if f.day else f"{f.year:04d}-{f.month:02d}"
    else:
        h, mi, s = f.time
        zone = f.zone
        if zone is not None:
            tz_source = "text"
        else:
            zone = _zone(ctx.tz)
            if zone is None and f.relative and ctx.now is not None and ctx.now.tzinfo:
                zone = ctx.now.tzinfo  # "yesterday, 14:20" is wall time where `now` was taken
            tz_source = "option" if zone is not None else "none"
        iso = datetime(f.day.year, f.day.month, f.day.day, h, mi, s, tzinfo=zone).isoformat()
        precision = "second" if s else "minute"
    start = f.text_start if f.text_start >= 0 else f.start
    ts = Timestamp(
        text=text[start : f.end].strip(),
        iso=iso,
        line=line,
        relative=f.relative,
        updated=iso if f.kind == "updated" else None,
        tz_source=tz_source,
        ambiguous=f.ambiguous,
    )
    return DateMatch(ts, f.start, f.end, f.kind, precision, source)


def opening_dateline(text: str, line: int, ctx: DateContext) -> DateMatch | None:
    """The dateline a paragraph opens with ("27.1.2022 - Text", "Wien, 14. Dezember 2021 – Text"), or
    None: a date mentioned in the prose has no dash after it."""
    opening = text[: data.DATELINE_REACH]
    found = find_dates(opening, line, ctx)
    if not found:
        return None
    first = found[0]  # only the first date can open the paragraph
    head = opening[: first.start]
    placed = not head.strip() or data.DATELINE_PLACE.match(head) is not None
    return first if placed and data.DATELINE_DASH.match(opening[first.end :]) else None


def label_from_line_above(found: list[DateMatch], above: str) -> None:
    """Give the first date its label when the line above is that label alone ("Veröffentlicht am" /
    "15/07/2014"): a dump cut at every tag prints them on lines of their own."""
    if not found or found[0].kind is not None:
        return
    # The pattern wants the space a date would follow ("am 15/07/2014").
    m = _PREFIX.fullmatch(above.strip() + " ")
    kind = _label_kind(m["label"]) if m and m["label"] else None
    if kind is None:
        return
    found[0] = replace(found[0], kind=kind)
    if kind == "updated":
        found[0].timestamp.updated = found[0].timestamp.iso


def find_dates(text: str, line: int, ctx: DateContext) -> list[DateMatch]:
    """Every date in `text`, in order of appearance, with times, zones, weekdays and labels
    written beside them. Relative dates ("3 часа назад") need ctx.now."""
    has_digit = _DIGIT.search(text) is not None
    if not has_digit and ctx.now is None:
        return []
    shown = text
    if has_digit and not text.isascii() and _EASTERN_DIGIT.search(text):
        # Arabic-Indic and Persian digits ("١٨ نوفمبر ٢٠١٩") read as ASCII ones, one for one, so every
        # span stays where it was; the match still shows the page's own digits.
        text = text.translate(ASCII_DIGITS)
    windows = _year_windows(text) if has_digit else []
    candidates = _core_dates(text, ctx, windows) if has_digit else []
    candidates += _relative_dates(text, ctx)
    source = "fast"
    if not candidates and windows:
        candidates = _dateparser_dates(text, ctx, windows)
        source = "dateparser"
    if not candidates:
        return []
    # Earliest first, longest on ties; later overlapping candidates are the same date seen twice.
    candidates.sort(key=lambda f: (f.start, -f.end))
    kept: list[_Found] = []
    for f in candidates:
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    floor = 0
    for i, f in enumerate(kept):
        nxt = kept[i + 1].start if i + 1 < len(kept) else len(text)
        _attach_time(text, f, floor)
        if f.end > nxt:  # a time must not swallow the next date
            f.end, f.time, f.zone = nxt, None, None
        _attach_prefix(text, f, floor)
        floor = f.end
    found = [_to_match(shown, f, line, ctx, source) for f in kept]
    _link_updates(found)
    return found


def _link_updates(found: list[DateMatch]) -> None:
    """ "Published 3 May 2021, updated 4 May 2021": the published date carries the update."""
    updated = next((m for m in found if m.kind == "updated"), None)
    if updated is None:
        return
    for m in found:
        if m.kind != "updated" and m.timestamp.updated is None:
            m.timestamp.updated = updated.timestamp.iso


def date_coverage(text: str, match: DateMatch) -> float:
    """Share of the text's letters and digits that belong to the date: 1.0 for a pure date line.
    Labels, weekdays, joiners and zone names anywhere in the text count as the date's."""
    size = _weighed if not text.isascii() and CJK_CHAR.search(text) else len
    total = sum(map(size, _ALNUM.findall(text)))
    if not total:
        return 0.0
    inside = sum(map(size, _ALNUM.findall(text, match.start, match.end)))
    if _OPENING_JOINER.match(text, 0, match.start):
        # "Am 13. November 2019 von ...", "On May 3, 2021 by ...": the line opens on its date.
        inside += sum(map(size, _ALNUM.findall(text, 0, match.start)))
    for part in (text[: match.start], text[match.end :]):
        inside += sum(size(w) for w in _ALNUM.findall(part) if w.lower() in _FILLER)
    return min(1.0, inside / total)


# A Chinese, Japanese or Korean character says about what three Latin letters do: "着工へ" is
# "to start", and a headline of twelve of them no short line beside its date.
_CJK_WEIGHT = 3


def _weighed(token: str) -> int:
    return len(token) + (_CJK_WEIGHT - 1) * len(CJK_CHAR.findall(token))


def parse_timestamp(text: str, line: int, ctx: DateContext) -> Timestamp | None:
    """The first date in `text`, or None."""
    found = find_dates(text, line, ctx)
    return found[0].timestamp if found else None


def document_context(
    texts: list[str],
    *,
    languages: tuple[str, ...],
    now: datetime | None = None,
    tz: str | None = None,
    date_order: str | None = None,
) -> DateContext:
    """The DateContext for one document; `texts` are its short blocks, used to settle the
    day/month order of ambiguous numeric dates from the unambiguous ones (17/05/2024 proves DMY)."""
    order = date_order.upper() if date_order else None
    if order not in ORDERS:
        order = None
    dmy = mdy = dmy_names = mdy_names = 0
    english = bool(languages) and languages[0] == "en"
    for t in texts:
        if not _DIGIT.search(t):
            continue
        if english:  # only English pages are torn between "17 May" (UK) and "May 17" (US)
            for lo, hi in _year_windows(t):
                dmy_names += sum(1 for _ in _DMY_NAME.finditer(t, lo, hi))
                mdy_names += sum(1 for _ in _MDY_NAME.finditer(t, lo, hi))
        for m in _NUMERIC.finditer(t):
            if len(m["year"]) != 4:
                continue
            a, b = int(m["a"]), int(m["b"])
            if 12 < a <= 31 and 1 <= b <= 12:
                dmy += 1
            elif 12 < b <= 31 and 1 <= a <= 12:
                mdy += 1
    inferred = "DMY" if dmy > mdy else "MDY" if mdy > dmy else None
    default = "DMY" if dmy_names > mdy_names else None
    return DateContext(
        languages=languages, now=now, tz=tz, date_order=order, inferred_order=inferred, default_order=default
    )


# --- dateparser fallback ----------------------------------------------------------------------


def _dateparser_dates(text: str, ctx: DateContext, windows: list[tuple[int, int]]) -> list[_Found]:
    """Dates the fast path missed, from dateparser, on the short window around a year only."""
    if len(text) > 200:
        return []
    out: list[_Found] = []
    signals = (m for lo, hi in windows for m in _FALLBACK_SIGNAL.finditer(text, lo, hi))
    for m in signals:
        if any(w.lower() in data.MONTHS for w in _LETTER_RUN.findall(m.group())):
            continue  # a known month the fast path already judged (e.g. a year before 1990)
        lo = max(0, m.start() - 25)
        hi = min(len(text), m.end() + 25)
        # Widen to word edges so dateparser sees whole words.
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        window = text[lo:hi].strip()
        order = ctx.date_order or ctx.inferred_order or _numeric_order(ctx, "/")[0]
        langs = tuple(lang for lang in ctx.languages if lang in data.DATEPARSER_LANGUAGES) or ("en",)
        hit = _dateparser_search(window, langs, order)
        if hit is None:
            continue
        matched, value = hit
        d = _make_date(value.year, value.month, value.day, ctx)
        pos = text.find(matched, lo)
        if d is None or pos < 0:
            continue
        f = _Found(pos, pos + len(matched), d, d.year, d.month)
        if value.hour or value.minute:
            f.time = (value.hour, value.minute, value.second)
        out.append(f)
    return out


@lru_cache(maxsize=4096)
def _dateparser_search(window: str, languages: tuple[str, ...], order: str) -> tuple[str, datetime] | None:
    from dateparser.search import search_dates  # lazy: importing dateparser costs ~0.2 s

    settings: dict[str, Any] = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "DATE_ORDER": order,
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        found = search_dates(window, languages=list(languages), settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; a miss is the right answer
        return None
    for matched, value in found or ():
        if _DIGIT.search(matched) and re.search(r"(?:19|20)\d\d", matched):
            return matched, value
    return None
