"""Resolvers of expressions relative to the article date or to the last date mentioned.

Weekdays, ``yesterday``/``tonight``, ``last week``, ``the weekend``, ``two days ago``, ``the next day``,
clock times. News is past-biased: a bare weekday is the latest one on or before the article date,
the weekend the last Saturday-Sunday, unless the clause is future or modal.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwire.extract.times import calendar as cal
from eventwire.extract.times.scope import Result, Scope
from eventwire.extract.times.time_words import fold

UNKNOWN_DAY = "XXXX-XX-XX"
_PLACEHOLDER = {
    "Y": "XXXX",
    "M": "XXXX-XX",
    "W": "XXXX-WXX",
    "D": UNKNOWN_DAY,
    "Q": "XXXX-QX",
    "E": "XXX",
    "C": "XX",
}
_DAY_OFFSET = {
    "the day before yesterday": -2,
    "yesterday": -1,
    "today": 0,
    "tonight": 0,
    "tomorrow": 1,
    "the day after tomorrow": 2,
}
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)!?\"'\u201d\u2019_]|$|and\b|but\b|when\b|as\b|in\b|on\b)")
_PODS = {"morning", "afternoon", "evening", "night", "midday", "daytime", "overnight"}
_POD_PREPS = frozenset({"in", "during", "by", "until", "throughout"})


def weekday(m: re.Match[str], s: Scope) -> Result | None:
    """``Wednesday`` (latest on or before the article date), ``next Friday``, ``Friday morning``, ``Mondays``."""
    if not s.proper(m, "wd"):
        return None
    number = int(s.lexicon.value("weekday", m["wd"]) or 0)
    pod = _pod(s, m["pod"])
    if m["plural"] or m["podpl"]:
        return "SET", f"XXXX-WXX-{number}{pod}"
    kind = "TIME" if pod else "DATE"
    if s.anchor is None:
        return kind, f"XXXX-WXX-{number}{pod}"
    return kind, cal.day(_weekday(m, s, number, s.rel(m["rel"]))) + pod


def _weekday(m: re.Match[str], s: Scope, number: int, rel: int | None = None) -> dt.date:
    """The date of ISO weekday ``number`` meant by the match's clause (see :meth:`Scope.lean`)."""
    assert s.anchor is not None
    if rel is not None:
        return cal.weekday_date(s.anchor, number, rel)
    lean = s.lean(m)
    if lean == "deadline":  # "until Tuesday": the nearer one
        past, future = (cal.weekday_date(s.anchor, number, d) for d in ("past", "future"))
        return future if (future - s.anchor) < (s.anchor - past) else past
    return cal.weekday_date(s.anchor, number, "future" if lean == "future" else "past")


def relday(m: re.Match[str], s: Scope) -> Result | None:
    """``yesterday``, ``today``, ``tomorrow``, ``tonight`` (2025-09-03TNI), ``late yesterday``."""
    base = fold(m["base"])
    pod = _pod(s, m["pod"]) or ("TNI" if base == "tonight" else "")
    kind = "TIME" if pod else "DATE"
    if s.anchor is None:
        return kind, UNKNOWN_DAY + pod
    return kind, cal.day(s.anchor + dt.timedelta(days=_DAY_OFFSET[base])) + pod


def relpod(m: re.Match[str], s: Scope) -> Result | None:
    """``this morning`` (2025-09-03TMO), ``last night``, ``yesterday afternoon``."""
    rel = fold(m["rel"])
    offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel]
    pod = _pod(s, m["pod"])
    if s.anchor is None:
        return "TIME", UNKNOWN_DAY + pod
    return "TIME", cal.day(s.anchor + dt.timedelta(days=offset)) + pod


def anaphor(m: re.Match[str], s: Scope) -> Result | None:
    """``the next day``, ``the previous day``, ``that day``, ``earlier that day``, ``the day before``."""
    unit, rel = m["unit"].lower(), (m["rel"] or "").lower()
    the = (m["the"] or "").lower()
    bare = the == "the" and not rel and not m["dir"]
    if (
        not the
        or unit == "weekend"
        or (bare and not (unit in _PODS and s.word_before(m) in _POD_PREPS))
    ):
        return (
            None  # "the day" alone is no time; "in the morning" is the morning of the day in view
        )
    if rel in ("next", "previous", "preceding") and unit in ("week", "month", "year"):
        return None  # "the next week" is a period (relunit)
    shift = s.rel(rel) or 0
    if m["dir"]:
        shift = -1 if m["dir"].lower() in ("before", "earlier") else 1
        if not _CLAUSE_END.match(s.after(m)):
            return None
    pod = _pod(s, unit) if unit in _PODS else ""
    base = s.base_day() if unit in _PODS or unit == "day" else s.base()
    if base is None:
        return ("TIME" if pod else "DATE"), {
            "week": "XXXX-WXX",
            "month": "XXXX-XX",
            "year": "XXXX",
        }.get(unit, UNKNOWN_DAY + pod)
    if unit == "week":
        return "DATE", cal.week(base + dt.timedelta(weeks=shift))
    if unit == "month":
        return "DATE", cal.month(*cal.add_months(base.year, base.month, shift))
    if unit == "year":
        return "DATE", str(base.year + shift)
    return ("TIME" if pod else "DATE"), cal.day(base + dt.timedelta(days=shift)) + pod


def podmod(m: re.Match[str], s: Scope) -> Result | None:
    """``mid-afternoon``, ``early morning``, ``late evening yesterday``: part of a day."""
    pod = _pod(s, m["pod"])
    day = s.base_day()
    if s.anchor is not None and m["rd"]:
        day = s.anchor + dt.timedelta(days=_DAY_OFFSET[m["rd"].lower()])
    elif s.anchor is not None and m["wd"] and s.proper(m, "wd"):
        day = _weekday(m, s, int(s.lexicon.value("weekday", m["wd"]) or 0))
    return "TIME", (cal.day(day) if day else UNKNOWN_DAY) + pod


def relunit(m: re.Match[str], s: Scope) -> Result | None:
    """``last week`` (2025-W35), ``this year``, ``next month``, ``the past year`` (P1Y), ``this weekend``."""
    unit = m["unit"].lower()
    rel = s.rel(m["rel"]) or 0
    if unit == "weekend":
        return _weekend(m, s, rel)
    code = s.lexicon.value("unit", unit) or "Y"
    if m["the"] and m["rel"].lower() != "current":
        return "DURATION", cal.duration(1, code)
    return "DATE", _shifted(s.anchor, code, rel)


def inthe(m: re.Match[str], s: Scope) -> Result | None:
    """``earlier in the year``, ``later in the week``: the current period."""
    code = s.lexicon.value("unit", m["unit"]) or "Y"
    return "DATE", _shifted(s.anchor, code, 0)


def weekend(m: re.Match[str], s: Scope) -> Result | None:
    """``the weekend``: the last Saturday-Sunday on or before the article date (next one if future)."""
    return _weekend(m, s, None)


def ago(m: re.Match[str], s: Scope) -> Result | None:
    """``two days ago``, ``a year earlier``, ``three weeks ago``, ``several years ago`` (PAST_REF)."""
    direction = fold(m["dir"])
    if direction in ("before", "after") and not _CLAUSE_END.match(s.after(m)):
        return None  # "two days before the vote": only the period is a time expression
    code = s.lexicon.value("unit", m["unit"]) or "D"
    if direction in ("earlier", "later") and code != "Y":
        return None  # "three days later": TimeBank marks the period only
    count = s.count(m["count"]) if m["count"] else None
    backward = direction in ("ago", "earlier", "before")
    if count is None:
        if direction == "ago":
            return "DATE", "PAST_REF"
        return ("DATE", "FUTURE_REF") if direction in ("from now", "hence") else None
    if code in ("E", "C"):  # "a decade ago" is a year
        count, code = count * (10 if code == "E" else 100), "Y"
    n = round(count) * (-1 if backward else 1)
    named = s.quarter_context(m)
    if code == "Y" and abs(n) == 1 and named is not None:
        return "DATE", cal.quarter(named + 4 * n)  # earnings: the same quarter a year before
    base = s.anchor if direction in ("ago", "from now", "hence") else s.base()
    return "DATE", _shifted(base, code, n)


def clock(m: re.Match[str], s: Scope) -> Result | None:
    """``10:35 a.m.``, ``noon Thursday``, ``5 p.m. EST``, ``4 in the morning``: TIME values."""
    hm = _hour_minute(m, s)
    if hm is None:
        return None
    day = UNKNOWN_DAY
    if s.anchor is not None:
        if m["wd"] and s.proper(m, "wd"):
            day = cal.day(_weekday(m, s, int(s.lexicon.value("weekday", m["wd"]) or 0)))
        elif m["rd"]:
            day = cal.day(s.anchor + dt.timedelta(days=_DAY_OFFSET[m["rd"].lower()]))
        elif m["mo"] and s.proper(m, "mo"):
            day = _month_day(m, s) or UNKNOWN_DAY
    return "TIME", f"{day}T{hm[0]:02d}:{hm[1]:02d}"


def _hour_minute(m: re.Match[str], s: Scope) -> tuple[int, int] | None:
    if m["word"]:
        return (24, 0) if m["word"].lower() == "midnight" else (12, 0)
    if m["h3"]:
        count = s.count(m["h3"])
        if count is None or not 1 <= count <= 12:
            return None
        hour = int(count) % 12 + (0 if m["pod3"].lower() == "morning" else 12)
        return hour, 0
    hour = int(m["h"] or m["h2"])
    minute = int(m["mi"] or m["mi2"] or 0)
    if m["ap"]:
        if not 1 <= hour <= 12:
            return None
        pm = m["ap"].lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    return hour, minute


def _month_day(m: re.Match[str], s: Scope) -> str | None:
    assert s.anchor is not None
    number = int(s.lexicon.value("month", m["mo"]) or 0)
    day = int(re.sub(r"\D", "", m["d"]))
    for year in (s.anchor.year, s.anchor.year - 1):
        try:
            d = dt.date(year, number, day)
        except ValueError:
            return None
        if d <= s.anchor + dt.timedelta(days=183):
            return cal.day(d)
    return None


def _weekend(m: re.Match[str], s: Scope, rel: int | None) -> Result:
    if s.anchor is None:
        return "DATE", "XXXX-WXX-WE"
    if rel == -1:
        start = s.anchor - dt.timedelta(days=7) if s.anchor.isoweekday() >= 6 else s.anchor
        return "DATE", cal.weekend(start, "past")
    if rel == 1:
        return "DATE", cal.weekend(s.anchor, 1)
    return "DATE", cal.weekend(s.anchor, s.direction(m))


def _shifted(base: dt.date | None, code: str, n: int) -> str:
    """The period of unit ``code`` that is ``n`` units from ``base`` (at that unit's granularity)."""
    if base is None:
        return _PLACEHOLDER.get(code, UNKNOWN_DAY)
    if code == "Y":
        return str(base.year + n)
    if code == "M":
        return cal.month(*cal.add_months(base.year, base.month, n))
    if code == "W":
        return cal.week(base + dt.timedelta(weeks=n))
    if code == "Q":
        return cal.quarter(cal.quarter_index(base) + n)
    if code == "E":
        return f"{base.year // 10 + n:03d}"
    if code == "C":
        return f"{base.year // 100 + n:02d}"
    if code == "D":
        return cal.day(base + dt.timedelta(days=n))
    return cal.day(base)  # hours, minutes: the day they fall on


def _pod(s: Scope, word: str | None) -> str:
    code = s.lexicon.value("part_of_day", word) if word else None
    return f"T{code}" if code else ""
