"""What a resolver sees: the article date, the parse, and the dates mentioned so far."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from eventwire.extract.times.context import DocView
from eventwire.extract.times.numbers import parse_count
from eventwire.extract.times.time_words import Lexicon

Result = tuple[str, str]  # (TIMEX3 type, value)
Resolver = Callable[[re.Match[str], "Scope"], Result | None]

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})$")
_YEAR = re.compile(r"(\d{4})$")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])$")
# How far (chars) a named quarter stays the subject of "a year ago", "the year-earlier period".
QUARTER_REACH = 1000


@dataclass(slots=True)
class Memory:
    """The last resolved calendar expression: anaphors ("the next day", "a year earlier") use it."""

    date: dt.date | None = None
    granularity: str | None = None  # "day", "month", "year" or "quarter"
    quarter: int | None = None  # the quarter an earnings report is about, and where it was named
    quarter_offset: int = -1

    def remember(self, value: str, offset: int, comparison: bool = False) -> None:
        """Record ``value`` if it names a calendar day, month, quarter or year.

        A comparison ("a year ago", "the year-earlier quarter") is remembered as the last date but
        does not replace the quarter an earnings report is about.
        """
        if m := _DAY.match(value):
            self.date, self.granularity = dt.date(int(m[1]), int(m[2]), int(m[3])), "day"
        elif m := _MONTH.match(value):
            self.date, self.granularity = dt.date(int(m[1]), int(m[2]), 1), "month"
        elif m := _QUARTER.match(value):
            self.date, self.granularity = dt.date(int(m[1]), 3 * int(m[2]) - 2, 1), "quarter"
            if not comparison:
                self.quarter, self.quarter_offset = int(m[1]) * 4 + int(m[2]) - 1, offset
        elif m := _YEAR.match(value):
            self.date, self.granularity = dt.date(int(m[1]), 1, 1), "year"


@dataclass(slots=True)
class Scope:
    """Per-document context of the resolvers."""

    text: str
    anchor: dt.date | None
    lexicon: Lexicon
    view: DocView
    memory: Memory = field(default_factory=Memory)

    def direction(self, m: re.Match[str]) -> str:
        """``"future"`` when the match's clause is future or modal, else ``"past"`` (news default)."""
        return "future" if self.view.tense(m.start(), m.end()) == "future" else "past"

    def lean(self, m: re.Match[str]) -> str:
        """``"future"``, ``"past"``, ``"deadline"`` ("until Tuesday", "by February": either side of
        the article date) or ``"near"`` (a clause with no past or future marking)."""
        if self.word_before(m) in ("until", "till", "by"):
            return "deadline"
        tense = self.view.tense(m.start(), m.end())
        return tense if tense in ("future", "past") else "near"

    def quarter_context(self, m: re.Match[str]) -> int | None:
        """The quarter an earnings report is about, if one was named shortly before ``m``."""
        if (
            self.memory.quarter is not None
            and 0 <= m.start() - self.memory.quarter_offset < QUARTER_REACH
        ):
            return self.memory.quarter
        return None

    def proper(self, m: re.Match[str], group: str) -> bool:
        """Whether a name group (month, weekday) is capitalised and not part of another name."""
        start, end = m.span(group)
        if start < 0 or not self.text[start].isupper():
            return False
        return not self.view.inside_name(start, end)

    def before(self, m: re.Match[str], width: int = 24) -> str:
        """Lower-cased text just before the match."""
        return self.text[max(0, m.start() - width) : m.start()].lower()

    def word_before(self, m: re.Match[str]) -> str:
        """The lower-cased word just before the match ("" at the start of the text)."""
        words = self.before(m).split()
        return words[-1] if words else ""

    def after(self, m: re.Match[str], width: int = 24) -> str:
        """Lower-cased text just after the match."""
        return self.text[m.end() : m.end() + width].lower()

    def base(self) -> dt.date | None:
        """Reference of an anaphor: the last date mentioned in the article so far, else the article date."""
        return self.memory.date or self.anchor

    def base_day(self) -> dt.date | None:
        """The day in view: the last day mentioned, else the article date."""
        return self.memory.date if self.memory.granularity == "day" else self.anchor

    def rel(self, word: str | None) -> int | None:
        """Direction of a relative word: -1 (last, past), 0 (this, current), 1 (next, coming)."""
        if not word:
            return None
        value = self.lexicon.value("relative", word.split()[-1])
        return None if value is None else int(value)

    def count(self, text: str | None) -> float | None:
        """Count of a matched quantity (None when vague: "several", "a few")."""
        if not text:
            return None
        vague = self.lexicon.value("vague_count", text)
        if vague is not None:
            return None if vague == "X" else float(vague)
        return parse_count(text, self.lexicon)


def group(m: re.Match[str], name: str) -> str | None:
    """A named group's text, or None when the rule has no such group or it did not match."""
    return m.group(name) if name in m.re.groupindex else None
