"""The calendar interval a TIMEX3 date value covers, so date ranges can be filtered in SQL.

``"2025-09-03"`` covers one day, ``"2025-09"`` a month, ``"2025"`` a year, ``"2025-W35"`` an ISO
week (``-WE`` its weekend), ``"2025-Q3"`` a quarter, ``"2025-H2"`` a half, ``"2025-SU"`` a season
(northern meteorological seasons: winter runs December to February), ``"202"`` a decade and ``"20"``
a century. A time of day (``"2025-09-03T14:00"``) counts as its day. Anything else (durations,
``PRESENT_REF``, ``XXXX-09-03``) has no interval and is left out of date-range queries.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

Interval = tuple[dt.date, dt.date]

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"(\d{4})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_PART = re.compile(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)")
_DECADE = re.compile(r"(\d{3})")
_CENTURY = re.compile(r"(\d{2})")

# Part of a year -> (first month, number of months); winter starts in December of its year.
_PARTS: dict[str, tuple[int, int]] = {
    "Q1": (1, 3), "Q2": (4, 3), "Q3": (7, 3), "Q4": (10, 3), "H1": (1, 6), "H2": (7, 6),
    "SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (12, 3),
}  # fmt: skip


def timex_interval(value: str | None) -> Interval | None:
    """Return the first and last day ``value`` covers, or None when it names no calendar span."""
    if not value:
        return None
    try:
        return _interval(value.strip())
    except ValueError:  # out-of-range numbers such as month 13 or week 54
        return None


def _interval(value: str) -> Interval | None:
    if m := _DAY.fullmatch(value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := _WEEK.fullmatch(value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        first = monday + dt.timedelta(days=5) if m[3] else monday
        return first, monday + dt.timedelta(days=6)
    if m := _PART.fullmatch(value):
        first_month, months = _PARTS[m[2]]
        return _months(int(m[1]), first_month, months)
    if m := _MONTH.fullmatch(value):
        return _months(int(m[1]), int(m[2]), 1)
    if m := _YEAR.fullmatch(value):
        return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    if m := _DECADE.fullmatch(value):
        return dt.date(int(m[1]) * 10, 1, 1), dt.date(int(m[1]) * 10 + 9, 12, 31)
    if m := _CENTURY.fullmatch(value):
        return dt.date(max(1, int(m[1]) * 100), 1, 1), dt.date(int(m[1]) * 100 + 99, 12, 31)
    return None


def _months(year: int, first_month: int, months: int) -> Interval:
    first = dt.date(year, first_month, 1)
    last_index = year * 12 + first_month - 1 + months - 1
    last_year, last_month = divmod(last_index, 12)
    last_day = calendar.monthrange(last_year, last_month + 1)[1]
    return first, dt.date(last_year, last_month + 1, last_day)
