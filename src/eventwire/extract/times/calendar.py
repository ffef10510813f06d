"""Calendar arithmetic and TIMEX3 value strings (dates, weeks, seasons, quarters, durations)."""

from __future__ import annotations

import datetime as dt
import math

# Season codes in calendar order; a season's year is the year of its first month (winter 2024 =
# December 2024 - February 2025), as TimeML writes it.
SEASONS = ("SP", "SU", "FA", "WI")
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# The next smaller unit and how many of it make one (for "2 1/2 years" = P2Y6M).
SMALLER = {
    "Y": ("M", 12),
    "M": ("D", 30),
    "W": ("D", 7),
    "D": ("TH", 24),
    "TH": ("TM", 60),
    "TM": ("TS", 60),
}
# Decades, centuries and millennia are counted in years when the count is known ("two decades" =
# P20Y); an unknown count keeps TimeBank's letters ("decades" = PXE, "centuries" = PXC).
IN_YEARS = {"E": 10, "C": 100, "L": 1000}


def day(d: dt.date) -> str:
    """``YYYY-MM-DD``."""
    return d.isoformat()


def month(year: int, number: int) -> str:
    """``YYYY-MM``."""
    return f"{year:04d}-{number:02d}"


def week(d: dt.date) -> str:
    """ISO week of ``d``: ``YYYY-Www``."""
    year, number, _ = d.isocalendar()
    return f"{year:04d}-W{number:02d}"


def add_months(year: int, number: int, delta: int) -> tuple[int, int]:
    """Return (year, month) ``delta`` months after ``year``-``number``."""
    index = year * 12 + number - 1 + delta
    return index // 12, index % 12 + 1


def cyclic(current: int, target: int, period: int, direction: int | str) -> int:
    """Pick an occurrence of a cyclic value (month, quarter, weekday ...) relative to ``current``.

    Values are absolute indices (e.g. ``year * 12 + month - 1``); ``target`` is the position in
    the cycle (``0 <= target < period``).

    Args:
        current: the index of the reference (the article date's month, quarter, day ...).
        target: the wanted position in the cycle.
        period: the cycle length.
        direction: ``"past"`` = latest on or before ``current``; ``"future"`` = earliest on or after;
            ``-1`` = latest strictly before; ``1`` = earliest strictly after; ``0`` = the one in the
            same cycle as ``current``.
    """
    base = current - current % period
    if direction == 0:
        return base + target
    back = (current % period - target) % period
    if direction == "past":
        return current - back
    if direction == -1:
        return current - (back or period)
    ahead = (target - current % period) % period
    if direction == "future":
        return current + ahead
    return current + (ahead or period)


def weekday_date(anchor: dt.date, weekday: int, direction: int | str) -> dt.date:
    """The ISO ``weekday`` (1-7) relative to ``anchor`` (see :func:`cyclic` for ``direction``)."""
    if direction == 0:  # "this Friday": the one in the anchor's ISO week
        return anchor + dt.timedelta(days=weekday - anchor.isoweekday())
    ordinal = anchor.toordinal()
    # date.toordinal() % 7 == isoweekday % 7, so positions line up with ISO numbers mod 7
    return dt.date.fromordinal(cyclic(ordinal, weekday % 7, 7, direction))


def weekend(anchor: dt.date, direction: int | str) -> str:
    """The weekend (Saturday-Sunday) relative to ``anchor``: ``YYYY-Www-WE``."""
    if direction == 0:
        saturday = anchor + dt.timedelta(days=6 - anchor.isoweekday())
    elif anchor.isoweekday() == 7 and direction == "past":
        saturday = anchor - dt.timedelta(days=1)
    else:
        saturday = weekday_date(anchor, 6, direction)
    return week(saturday) + "-WE"


def season_index(d: dt.date) -> int:
    """Index ``year * 4 + position`` of the season containing ``d`` (SP=0 .. WI=3)."""
    if d.month <= 2:
        return (d.year - 1) * 4 + 3
    return d.year * 4 + (d.month - 3) // 3


def season(index: int) -> str:
    """``YYYY-SS`` of a season index."""
    return f"{index // 4:04d}-{SEASONS[index % 4]}"


def this_season(anchor: dt.date, code: str) -> int:
    """Index of the named season of the anchor's own (season) year: "this summer"."""
    position = SEASONS.index(code)
    year = anchor.year - 1 if code == "WI" and anchor.month <= 2 else anchor.year
    return year * 4 + position


def quarter_index(d: dt.date) -> int:
    """Index ``year * 4 + quarter - 1`` of the quarter containing ``d``."""
    return d.year * 4 + (d.month - 1) // 3


def quarter(index: int) -> str:
    """``YYYY-Qn`` of a quarter index."""
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def easter(year: int) -> dt.date:
    """Western Easter Sunday of ``year`` (anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    j = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * j) // 451
    number = (h + j - 7 * m + 114) // 31
    return dt.date(year, number, (h + j - 7 * m + 114) % 31 + 1)


def holiday(rule: str, year: int) -> dt.date:
    """The date of a holiday rule (``MM-DD``, ``MM-Wn-D``, ``MM-WL-D`` or ``E+n``) in ``year``."""
    if rule.startswith("E"):
        return easter(year) + dt.timedelta(days=int(rule[1:]))
    parts = rule.split("-")
    number = int(parts[0])
    if len(parts) == 2:
        return dt.date(year, number, int(parts[1]))
    nth, weekday = parts[1][1:], int(parts[2])
    if nth == "L":
        following = dt.date(year + number // 12, number % 12 + 1, 1)
        return weekday_date(following - dt.timedelta(days=1), weekday, "past")
    first = weekday_date(dt.date(year, number, 1), weekday, "future")
    return first + dt.timedelta(weeks=int(nth) - 1)


def duration(count: float | None, unit: str) -> str:
    """TIMEX3 duration: ``P3D``, ``PT3H``, ``PXY`` (count unknown), ``P2Y6M`` (2.5 years)."""
    if count is None:
        return _join("X", unit, "")
    if unit in IN_YEARS:
        return duration(count * IN_YEARS[unit], "Y")
    whole = math.floor(count)
    rest = count - whole
    if rest > 1e-9 and unit in SMALLER:
        smaller, factor = SMALLER[unit]
        extra = round(rest * factor, 6)
        head = _number(whole) + _letter(unit) if whole else ""
        tail = _number(extra) + _letter(smaller)
        time_tail = smaller.startswith("T") and not unit.startswith("T")
        if unit.startswith("T") or not head:
            prefix = "PT" if smaller.startswith("T") else "P"
            return prefix + head + tail
        return "P" + head + ("T" if time_tail else "") + tail
    return _join(_number(count), unit, "")


def _join(count: str, unit: str, rest: str) -> str:
    prefix = "PT" if unit.startswith("T") else "P"
    return f"{prefix}{count}{_letter(unit)}{rest}"


def _letter(unit: str) -> str:
    return unit[1:] if unit.startswith("T") else unit


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"
