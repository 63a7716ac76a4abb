"""Calendars other than the Gregorian that news pages date their articles in: conversion only,
no I/O and no patterns (those live in data/dates.py and timestamps.py)."""

from __future__ import annotations

from datetime import date


def _gregorian_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def jalali_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Solar Hijri one (Iran's and Afghanistan's calendar): 27 Aban 1398 is
    18 November 2019. None for a day the Jalali month does not have.

    Counts the days since a fixed epoch with the calendar's 33-year cycle of leap years, then
    counts them back out in 400-, 100-, 4- and 1-year Gregorian periods."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    found = _convert(year, month, day)
    if month == 12 and day == 30 and found == _convert(year + 1, 1, 1):
        return None  # Esfand 30 in a common year is the next year's Nowruz
    return found


def _convert(year: int, month: int, day: int) -> date:
    y = year + 1595
    days = -355668 + 365 * y + (y // 33) * 8 + ((y % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    gd = days + 1
    lengths = (31, 29 if _gregorian_leap(gy) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    gm = 1
    for length in lengths:
        if gd <= length:
            break
        gd -= length
        gm += 1
    return date(gy, gm, gd)
