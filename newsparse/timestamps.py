"""Field parser: timestamps. Finds dates in short strings and parses them to ISO 8601."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from newsparse.data import dates
from newsparse.model import Timestamp


@dataclass(frozen=True, slots=True)
class DateContext:
    """What a document tells the date parser: its languages, the reference time, zone and order."""

    languages: tuple[str, ...] = ()
    now: datetime | None = None
    tz: str | None = None
    date_order: str | None = None  # "DMY" | "MDY" | "YMD": forced by the user


@dataclass(frozen=True, slots=True)
class DateMatch:
    timestamp: Timestamp
    start: int  # character span of the date in the searched text
    end: int
    kind: str | None = None  # "published" | "updated" when a label says so ("Updated:", "Обновлено")


def _valid(year: int, month: int, day: int) -> bool:
    try:
        datetime(year, month, day)
    except ValueError:
        return False
    return 1990 <= year <= 2100


def find_dates(text: str, line: int, ctx: DateContext) -> list[DateMatch]:
    """Every date in `text`, in order of appearance, with times attached where written beside them."""
    found: list[DateMatch] = []
    for pattern in (dates.ISO_DATE, dates.DAY_MONTH_YEAR, dates.MONTH_DAY_YEAR, dates.NUMERIC_DMY):
        for m in pattern.finditer(text):
            if any(f.start <= m.start() < f.end for f in found):
                continue
            month_raw = m.group("month")
            month = int(month_raw) if month_raw.isdigit() else dates.MONTHS[month_raw.lower()]
            year, day = int(m.group("year")), int(m.group("day"))
            if not _valid(year, month, day):
                continue
            start, end = m.start(), m.end()
            iso = f"{year:04d}-{month:02d}-{day:02d}"
            window = text[max(0, start - 12) : end + 16]
            t = dates.TIME_PATTERN.search(window)
            if t:
                hour = int(t.group("hour"))
                ampm = (t.group("ampm") or "").lower().replace(".", "")
                if ampm == "pm" and hour < 12:
                    hour += 12
                elif ampm == "am" and hour == 12:
                    hour = 0
                iso += f"T{hour:02d}:{t.group('minute')}:{t.group('second') or '00'}"
                w0 = max(0, start - 12)
                start, end = min(start, w0 + t.start()), max(end, w0 + t.end())
            found.append(DateMatch(Timestamp(text=text[start:end].strip(), iso=iso, line=line), start, end))
    found.sort(key=lambda f: f.start)
    return found


_LABEL_NOISE = re.compile(r"[\W\d_]+")


def date_coverage(text: str, match: DateMatch) -> float:
    """Share of the text's letters and digits that belong to the date: 1.0 for a pure date line."""
    total = len(re.sub(r"\W", "", text))
    inside = len(re.sub(r"\W", "", text[match.start : match.end]))
    return inside / total if total else 0.0


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
    day/month order of ambiguous numeric dates from the unambiguous ones."""
    return DateContext(languages=languages, now=now, tz=tz, date_order=date_order)
