"""Resolvers of calendar expressions: explicit dates, months, years, decades, quarters, seasons, holidays.

Each resolver takes the rule's match and the document scope and returns ``(type, value)``, or None
to reject the match (then a shorter rule may still take the text). A missing year comes from the
article date, past-biased: the last occurrence, the next one in a future or modal clause (or when
it is much nearer); without an article date it stays ``XXXX``.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from collections.abc import Callable

from eventwire.extract.times import calendar as cal
from eventwire.extract.times.numbers import year_number
from eventwire.extract.times.scope import Result, Scope

# How many times nearer the last occurrence counts than the next, by the lean of the clause.
_PAST_WEIGHT: dict[int | str, float] = {"past": 4, "near": 2, "deadline": 2}
_SIDES: dict[int | str, Callable[[dt.date, dt.date], bool]] = {
    "past": operator.le,
    "future": operator.ge,
    -1: operator.lt,
    1: operator.gt,
    0: lambda d, anchor: True,
}
_POSSESSIVE = re.compile(r"(?:their|his|her|its|my|our|your|mid|early|late)[\s-]*$")
_QUANTITY_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY"})


def iso(m: re.Match[str], s: Scope) -> Result | None:
    """``2025-09-03`` and ``2025-09-03T10:30``."""
    d = _date(int(m["y"]), int(m["mo"]), int(m["d"]))
    if d is None:
        return None
    if m["h"]:
        return "TIME", f"{cal.day(d)}T{m['h']}:{m['mi']}"
    return "DATE", cal.day(d)


def numeric(m: re.Match[str], s: Scope) -> Result | None:
    """``09/03/2025``: US order (month first) unless the first number cannot be a month."""
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if a > 12:
        a, b = b, a
    if len(m["y"]) == 2:
        y += 2000 if s.anchor is not None and 2000 + y <= s.anchor.year + 1 else 1900
    d = _date(y, a, b)
    return None if d is None else ("DATE", cal.day(d))


def month_day(m: re.Match[str], s: Scope) -> Result | None:
    """``Sept. 3, 2025``, ``3 September``, ``Wednesday, Sept. 3``, ``last Oct. 23``."""
    if not s.proper(m, "mo") or (m["wd"] and not s.proper(m, "wd")):
        return None
    number = int(s.lexicon.value("month", m["mo"]) or 0)
    day = int(re.sub(r"\D", "", m["d"]))
    if m["y"]:
        d = _date(int(m["y"]), number, day)
        return None if d is None else ("DATE", cal.day(d))
    if _date(2000, number, day) is None:  # 2000 is a leap year: Feb. 29 is fine
        return None
    if s.anchor is None:
        return "DATE", f"XXXX-{number:02d}-{day:02d}"
    d = _yearly(s, m, lambda y: _date(y, number, day))
    return None if d is None else ("DATE", cal.day(d))


def month(m: re.Match[str], s: Scope) -> Result | None:
    """``April``, ``early October``, ``last May``, ``August 1988``, ``January this year``."""
    if not s.proper(m, "mo") or _month_is_word(m, s):
        return None
    number = int(s.lexicon.value("month", m["mo"]) or 0)
    if m["y"]:
        y = year_number(m["y"], s.lexicon)
        return None if y is None else ("DATE", cal.month(y, number))
    if s.anchor is None:
        return "DATE", f"XXXX-{number:02d}"
    if m["yrel"]:
        return "DATE", cal.month(s.anchor.year + (s.rel(m["yrel"]) or 0), number)
    current = s.anchor.year * 12 + s.anchor.month - 1
    rel = s.rel(m["rel"])
    direction: int | str = rel if rel is not None else s.lean(m)
    if direction in ("near", "deadline"):
        past = cal.cyclic(current, number - 1, 12, "past")
        future = cal.cyclic(current, number - 1, 12, "future")
        index = future if prefer_future(future - current, current - past, 2) else past
    else:
        index = cal.cyclic(current, number - 1, 12, direction)
    return "DATE", cal.month(index // 12, index % 12 + 1)


def prefer_future(ahead: int, back: int, weight: float) -> bool:
    """Whether the next occurrence wins over the last one, which counts ``weight`` times nearer
    (news reports what happened; upcoming dates are named when they are close)."""
    return ahead > 0 and weight * ahead <= back


def year(m: re.Match[str], s: Scope) -> Result | None:
    """``2024``, ``fiscal 1998``, ``mid-2024``, ``early 2023``, ``the year 2000``."""
    start, end = m.span("y")
    if not m["mod"] and not m["fiscal"] and not _is_year(s, start, end):
        return None
    return "DATE", m["y"]


def decade(m: re.Match[str], s: Scope) -> Result | None:
    """``the 1990s`` = 199, ``the late '80s`` = 198, ``the nineties``; "in their 80s" is an age."""
    if m["decw"]:
        if not m.group(0).lower().startswith("the"):
            return None
        tens = s.lexicon.value("number", m["decw"][:-3] + "y")  # "nineties" -> "ninety"
        return None if tens is None else ("DATE", f"19{int(tens) // 10}")
    digits = m["dec"].lstrip("'")
    if len(digits) == 2:
        if m["dec"][0] != "'" and (
            not m.group(0).lower().startswith("the") or _POSSESSIVE.search(s.before(m))
        ):
            return None
        century = 20 if s.anchor is not None and 2000 + int(digits) <= s.anchor.year else 19
        digits = f"{century}{digits}"
    return "DATE", digits[:3]


def century(m: re.Match[str], s: Scope) -> Result | None:
    """``the 20th century`` = 19; ``this century``."""
    if m["ord"]:
        number = int(s.lexicon.value("ordinal", m["ord"]) or 0)
        return ("DATE", f"{number - 1:02d}") if number else None
    if s.anchor is None:
        return "DATE", "XX"
    return "DATE", f"{s.anchor.year // 100 + (s.rel(m['rel']) or 0):02d}"


def quarter(m: re.Match[str], s: Scope) -> Result | None:
    """``the third quarter``, ``third-quarter``, ``the year-ago quarter``, ``the fiscal first quarter``."""
    pre = m["pre"].lower()
    if not (m["ord"] or pre.strip() or m.group(0).lower().startswith("the")):
        return None
    if s.anchor is None:
        return "DATE", f"XXXX-Q{_ordinal(s, m['ord']) or 'X'}"
    current = cal.quarter_index(s.anchor)
    explicit = re.search(r"\d{4}", pre) or (m["y"] and re.match(r"\d{4}", m["y"]))
    year = int(explicit.group(0)) if explicit else None
    if year is None and (m["yrel"] or "year's" in pre):
        word = m["yrel"] or pre.split("year's")[0].split()[-1]
        year = s.anchor.year + (s.rel(word) or 0)
    number = _ordinal(s, m["ord"])
    if number and year is not None:
        index = year * 4 + number - 1
    elif number:  # quarters are reported after they end: the latest one not after the article date
        index = cal.cyclic(current, number - 1, 4, 1 if "next" in pre else "past")
    else:
        index = _unnumbered_quarter(pre, current, s, m)
        if year is not None:
            index = year * 4 + index % 4
    if "year-ago" in pre or "year-earlier" in pre or m["ago"]:
        index -= 4
    return "DATE", cal.quarter(index)


def half(m: re.Match[str], s: Scope) -> Result | None:
    """``the first half of 2024`` = 2024-H1."""
    number = 1 if m["ord"].lower() in ("first", "1st") else 2
    if m["y"]:
        return "DATE", f"{m['y']}-H{number}"
    if s.anchor is None:
        return "DATE", f"XXXX-H{number}"
    year_ = s.anchor.year + (s.rel(m["yrel"]) or 0)
    if not m["yrel"] and not m.group(0).lower().endswith("year"):
        current = s.anchor.year * 2 + (s.anchor.month - 1) // 6
        year_ = cal.cyclic(current, number - 1, 2, s.direction(m)) // 2
    return "DATE", f"{year_}-H{number}"


def season(m: re.Match[str], s: Scope) -> Result | None:
    """``last summer`` = the previous year's, ``this spring``, ``in the autumn``, ``winter 1994``."""
    code = s.lexicon.value("season", m["s"]) or ""
    word = " ".join((m["rel"] or "").lower().split())
    rel = s.rel(word) if word not in ("", "the", "this past", "past") else None
    if m["y"]:
        y = year_number(m["y"], s.lexicon)
        return None if y is None else ("DATE", f"{y}-{code}")
    if rel is None and not word.endswith("past") and not _season_context(m, s):
        return None
    if s.anchor is None:
        return "DATE", f"XXXX-{code}"
    this = cal.this_season(s.anchor, code)
    if rel is not None:
        return "DATE", cal.season(this + 4 * rel)
    current = cal.season_index(s.anchor)
    if word not in ("this past", "past") and s.direction(m) == "future":
        return "DATE", cal.season(this if this >= current else this + 4)
    return "DATE", cal.season(this if this <= current else this - 4)


def holiday(m: re.Match[str], s: Scope) -> Result | None:
    """``Christmas``, ``Thanksgiving Day``, ``last Easter``: dates of fixed and moving holidays."""
    if not s.proper(m, "h"):
        return None
    rule = s.lexicon.value("holiday", m["h"]) or ""
    if m["y"]:
        return "DATE", cal.day(cal.holiday(rule, int(m["y"])))
    if s.anchor is None:
        return "DATE", f"XXXX-{rule}" if re.fullmatch(r"\d\d-\d\d", rule) else "XXXX-XX-XX"
    rel = s.rel(m["rel"])
    d = _yearly(s, m, lambda y: cal.holiday(rule, y), rel)
    return None if d is None else ("DATE", cal.day(d))


def fiscal(m: re.Match[str], s: Scope) -> Result | None:
    """``the fiscal year`` (a year-long period), ``the current fiscal year``, ``last fiscal year``."""
    rel = m["rel"].lower() if m["rel"] else None
    if rel is None:
        return "DURATION", "P1Y"
    if s.anchor is None:
        return "DATE", "XXXX"
    shift = -1 if rel in ("latest", "last", "previous") else (s.rel(rel) or 0)
    return "DATE", str(s.anchor.year + shift)


def _yearly(
    s: Scope, m: re.Match[str], make: Callable[[int], dt.date | None], rel: int | None = None
) -> dt.date | None:
    """The occurrence of a yearly date (``make(year)``) meant relative to the article date.

    An explicit relative word decides; a future clause takes the next one; otherwise the last one,
    unless the next one is much nearer (news names upcoming dates when they are close).
    """
    assert s.anchor is not None
    if rel is None and "rel" in m.re.groupindex:
        rel = s.rel(m["rel"])
    direction: int | str = rel if rel is not None else s.lean(m)
    if direction not in _PAST_WEIGHT:
        return _occurrence(s.anchor, make, direction)
    past, future = _occurrence(s.anchor, make, "past"), _occurrence(s.anchor, make, "future")
    if past is None or future is None:
        return past or future
    ahead, back = (future - s.anchor).days, (s.anchor - past).days
    return future if prefer_future(ahead, back, _PAST_WEIGHT[direction]) else past


def _occurrence(
    anchor: dt.date, make: Callable[[int], dt.date | None], direction: int | str
) -> dt.date | None:
    """The nearest ``make(year)`` on the ``direction`` side of ``anchor`` (see ``calendar.cyclic``)."""
    offsets = (0, -1, -2) if direction in ("past", -1, 0) else (0, 1, 2)
    for offset in offsets:
        d = make(anchor.year + offset)
        if d is not None and _SIDES[direction](d, anchor):
            return d
    return None


def _date(y: int, mo: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def _ordinal(s: Scope, word: str | None) -> int | None:
    value = s.lexicon.value("ordinal", word) if word else None
    return int(value) if value else None


def _unnumbered_quarter(pre: str, current: int, s: Scope, m: re.Match[str]) -> int:
    """``the latest quarter`` (just reported), ``the current quarter``, ``the same quarter`` (last named)."""
    words = set(pre.replace("-", " ").split())
    if words & {"current", "this"}:
        return current
    if words & {"next", "coming"}:
        return current + 1
    if words & {"same", "comparable", "ago", "earlier"}:
        named = s.quarter_context(m)
        if named is not None:
            return named
    return current - 1


def _month_is_word(m: re.Match[str], s: Scope) -> bool:
    """ "May" the modal or a name, "March" the verb or noun (capitalised at a sentence start)."""
    word = m["mo"].lower()
    if word not in ("may", "march") or m["y"] or m["yrel"] or m["rel"] or m["mod"]:
        return False
    token = s.view.token(m.start("mo"))
    return token.tag_ == "MD" or (
        token.pos_ in ("VERB", "AUX", "PROPN") and token.ent_type_ != "DATE"
    )


def _is_year(s: Scope, start: int, end: int) -> bool:
    """A four-digit number is a year unless it counts or measures something ("1500 troops")."""
    label = s.view.entity_label(start, end)
    if label in _QUANTITY_LABELS:
        return False
    token = s.view.token(start)
    if token.dep_ == "nummod" and token.head.tag_ == "NNS":
        return False
    following = s.text[end : end + 12].lower()
    return not re.match(r"\s*(?:%|percent|per\s+cent)", following)


def _season_context(m: re.Match[str], s: Scope) -> bool:
    """A bare season word is a time only after a preposition or a modifier ("in the fall", "late summer")."""
    if m["mod"] or m["mod2"]:
        return True
    return s.word_before(m) in {
        "in",
        "during",
        "by",
        "until",
        "till",
        "since",
        "through",
        "throughout",
        "over",
        "for",
        "this",
        "that",
        "each",
        "every",
        "next",
        "last",
    }


def yearlong(m: re.Match[str], s: Scope) -> Result | None:
    """``the year ended June 30``: a year-long reporting period."""
    return "DURATION", "P1Y"


def year_end(m: re.Match[str], s: Scope) -> Result | None:
    """``year-end``, ``the end of the month``: the current period (the previous year "since year-end")."""
    unit = (m["unit"] or "year").lower()
    if s.anchor is None:
        return "DATE", {"month": "XXXX-XX", "week": "XXXX-WXX", "quarter": "XXXX-QX"}.get(
            unit, "XXXX"
        )
    if unit == "month":
        return "DATE", cal.month(s.anchor.year, s.anchor.month)
    if unit == "week":
        return "DATE", cal.week(s.anchor)
    if unit == "quarter":
        return "DATE", cal.quarter(cal.quarter_index(s.anchor))
    since = s.word_before(m) == "since"
    return "DATE", str(s.anchor.year - since)


def period(m: re.Match[str], s: Scope) -> Result | None:
    """``the latest period``, ``the year-earlier period``, ``year-ago`` results (earnings reports)."""
    if s.anchor is None:
        return "DATE", "XXXX"
    current = cal.quarter_index(s.anchor)
    back = bool(m["ago"] or m["later"])
    base = current - 1 if (m["which"] or "").lower() == "latest" else s.quarter_context(m)
    if base is None:
        return ("DATE", str(s.anchor.year - 1)) if back else None
    return "DATE", cal.quarter(base - 4 if back else base)


def spoken_year(m: re.Match[str], s: Scope) -> Result | None:
    """``nineteen ninety-six``, ``the year two thousand``."""
    y = year_number(m["sy"] or m["sy2"], s.lexicon)
    return None if y is None else ("DATE", str(y))
