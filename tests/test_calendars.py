"""Solar Hijri to Gregorian: days checked against published Nowruz dates and calendar tables."""

from __future__ import annotations

from datetime import date

import pytest

from newsparse.calendars import jalali_to_gregorian


@pytest.mark.parametrize(
    ("jalali", "gregorian"),
    [
        ((1398, 1, 1), date(2019, 3, 21)),  # Nowruz
        ((1398, 8, 27), date(2019, 11, 18)),
        ((1399, 12, 30), date(2021, 3, 20)),  # 1399 is a leap year: Esfand has 30 days
        ((1400, 1, 1), date(2021, 3, 21)),
        ((1401, 6, 31), date(2022, 9, 22)),
        ((1402, 10, 10), date(2023, 12, 31)),
        ((1402, 12, 29), date(2024, 3, 19)),
        ((1403, 1, 1), date(2024, 3, 20)),
        ((1379, 10, 11), date(2000, 12, 31)),
    ],
)
def test_known_days(jalali: tuple[int, int, int], gregorian: date) -> None:
    assert jalali_to_gregorian(*jalali) == gregorian


@pytest.mark.parametrize("jalali", [(1402, 7, 31), (1402, 13, 1), (1402, 0, 5), (1402, 12, 30)])
def test_days_the_calendar_lacks(jalali: tuple[int, int, int]) -> None:
    assert jalali_to_gregorian(*jalali) is None


def test_every_day_follows_the_one_before() -> None:
    previous = jalali_to_gregorian(1390, 1, 1)
    assert previous is not None
    for year in range(1390, 1410):
        for month in range(1, 13):
            for day in range(1, 32 if month <= 6 else 31):
                found = jalali_to_gregorian(year, month, day)
                if found is None:
                    continue
                if (year, month, day) != (1390, 1, 1):
                    assert (found - previous).days == 1, (year, month, day)
                previous = found
