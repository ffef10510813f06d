"""Temporal expressions: find them in a parsed ``Doc`` and normalise them to TIMEX3 (type + value).

The grammar (``timex/grammar.py``) proposes matches over the text; they are taken leftmost-longest
and resolved in text order (``timex/dates.py``, ``relative.py``, ``periods.py``) against the
article date ``state.published``, so anaphors ("the next day", "a year earlier") see the dates
mentioned before them. News conventions: a bare weekday is the latest one on or before the
article date unless its clause is future or modal ("will meet on Friday"); a bare month or day of
the year ("April", "Sept. 3") the last occurrence too, unless the clause is future or modal or the
next occurrence is much nearer ("rights expire Sept. 15"); "last summer" is the previous year's;
"the weekend" is the last Saturday-Sunday. Without an article date relative expressions keep X
placeholders ("XXXX-WXX-3"), never today's date.

The NER's DATE/TIME entities were tried as extra candidates and left out: on the TimeBank and
AQUAINT gold they add four wrong spans (mostly ages: "a 6-year-old") for every right one; the
parse serves as evidence instead (entities veto names such as "Theresa May", tense picks the
direction, number entities reject "1500 troops" as a year).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from eventwire.extract.times import dates, periods, relative
from eventwire.extract.times.anchors import windows
from eventwire.extract.times.context import DocView
from eventwire.extract.times.grammar import Rule, fold_case, rules
from eventwire.extract.times.scope import Resolver, Scope
from eventwire.extract.times.time_words import lexicon
from eventwire.knowledge.base import Knowledge
from eventwire.nlp.grammar import doc_text
from eventwire.nlp.state import DocState
from eventwire.records import Span, TimeExpr, TimeType

RESOLVERS: dict[str, Resolver] = {
    "iso": dates.iso,
    "numeric": dates.numeric,
    "clock": relative.clock,
    "mdy": dates.month_day,
    "dmy": dates.month_day,
    "month": dates.month,
    "decade": dates.decade,
    "century": dates.century,
    "quarter": dates.quarter,
    "quarter_adj": dates.quarter,
    "half": dates.half,
    "season": dates.season,
    "weekday": relative.weekday,
    "relday": relative.relday,
    "relpod": relative.relpod,
    "anaphor": relative.anaphor,
    "podmod": relative.podmod,
    "relunit": relative.relunit,
    "inthe": relative.inthe,
    "weekend": relative.weekend,
    "ago": relative.ago,
    "fiscal": dates.fiscal,
    "yearlong": dates.yearlong,
    "yearend": dates.year_end,
    "period": dates.period,
    "spoken_year": dates.spoken_year,
    "year": dates.year,
    "set": periods.frequency,
    "duration_adj": periods.duration,
    "duration": periods.duration,
    "ahead": periods.ahead,
    "holiday": dates.holiday,
    "reference": periods.reference,
}
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Expressions that name a period to compare with ("a year ago", "year-earlier"), not the subject.
_COMPARISON = re.compile(r"\b(?:ago|earlier|prior)\b")


@dataclass(frozen=True, slots=True)
class Found:
    """A resolved match before it becomes a record."""

    start: int
    end: int
    type: str
    value: str
    rule: str


def extract_times(
    doc: Doc, state: DocState, knowledge: Knowledge | None = None
) -> tuple[TimeExpr, ...]:
    """Return the temporal expressions of ``doc`` in text order (ids T1, T2, ...).

    The time vocabulary is packaged; ``knowledge`` (the actor tables) is not used.
    """
    text = doc_text(doc)
    lex = lexicon()
    scope = Scope(text, state.published, lex, DocView.of(doc, lex))
    folded = fold_case(text)
    compiled = rules()
    found = _resolve(_matches(folded, compiled, windows(doc, folded, compiled)), scope)
    found = _anchor_clock_times(found, scope)
    return tuple(
        TimeExpr(
            id=f"T{n}",
            span=Span(f.start, f.end, text[f.start : f.end]),
            type=_type(f.type),
            value=f.value,
        )
        for n, f in enumerate(found, start=1)
    )


def _matches(
    folded: str, compiled: tuple[Rule, ...], spans: dict[tuple[str, ...], list[tuple[int, int]]]
) -> list[tuple[int, int, int, Rule, re.Match[str]]]:
    """Every rule's matches in its windows, ordered leftmost first, then longest, then by priority."""
    matches = [
        (m.start(), -m.end(), rule.priority, rule, m)
        for rule in compiled
        for low, high in spans[rule.anchors]
        for m in rule.regex.finditer(folded, low, high)
        if m.end() > m.start()
    ]
    matches.sort(key=lambda item: item[:3])
    return [(start, -neg_end, priority, rule, m) for start, neg_end, priority, rule, m in matches]


def _resolve(matches: list[tuple[int, int, int, Rule, re.Match[str]]], scope: Scope) -> list[Found]:
    """Take matches leftmost-longest; a match whose resolver rejects it leaves room for the next."""
    found: list[Found] = []
    taken_until = 0
    for start, end, _priority, rule, m in matches:
        if start < taken_until:
            continue
        result = RESOLVERS[rule.name](m, scope)
        if result is None:
            continue
        kind, value = result
        found.append(Found(start, end, kind, value, rule.name))
        scope.memory.remember(value, start, comparison=bool(_COMPARISON.search(m.group(0))))
        taken_until = end
    return found


def _anchor_clock_times(found: list[Found], scope: Scope) -> list[Found]:
    """Give a clock time without a day the day named in its sentence, else the day last named,
    else the article date."""
    if scope.anchor is None:
        return found
    result = []
    last_day = scope.anchor.isoformat()
    for f in found:
        if f.rule == "clock" and f.value.startswith(relative.UNKNOWN_DAY):
            day = _day_in_sentence(f, found, scope) or last_day
            f = Found(f.start, f.end, f.type, day + f.value[len(relative.UNKNOWN_DAY) :], f.rule)
        elif _DAY_VALUE.match(f.value):
            last_day = f.value[:10]
        result.append(f)
    return result


def _day_in_sentence(clock: Found, found: list[Found], scope: Scope) -> str | None:
    low, high = scope.view.sentence_bounds(clock.start)
    days = [
        (abs(f.start - clock.start), f.value[:10])
        for f in found
        if f is not clock and low <= f.start < high and _DAY_VALUE.match(f.value)
    ]
    return min(days)[1] if days else None


def _type(kind: str) -> TimeType:
    if kind == "TIME":
        return "TIME"
    if kind == "DURATION":
        return "DURATION"
    if kind == "SET":
        return "SET"
    return "DATE"
