"""Numbers that are not quantities: dates, ages, times of day, labels, parts of names, codes.

:func:`exclusion` returns why a numeral is not a reported quantity, or None when it may be one.
The times layer decides dates first (a number inside a DATE, TIME or SET expression is part of a
date; one inside a DURATION stays a quantity); the checks here catch what it leaves (a bare year,
"march 15" in lowercased text) and what is no time at all (ages, labels, names, codes, list
markers, scores, hyphenated compounds such as "a three-tier coach"). Ordinals and decades never
become numerals (see :mod:`.numerals`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire.extract.quantities.numerals import Numeral
from eventwire.extract.quantities.quantity_words import NumberLexicon
from eventwire.extract.times.time_words import lexicon as time_lexicon
from eventwire.records import TimeExpr

__all__ = ["TimeSpans", "exclusion"]

# Entity labels whose numbers are part of a name ("Boeing 737", "World War 2", "Resolution 2231").
_NAMES = frozenset({"PRODUCT", "LAW", "EVENT", "FAC", "WORK_OF_ART", "ORG", "PERSON", "GPE", "LOC"})
_FLAGGED = ("score", "clock", "age", "label", "compound")
_AFTER_AGE = frozenset({",", ".", ")", ";", ":", "and", "who", "was", "is", "has", "had", "of"})
_NAME_DEPS = frozenset({"nummod", "appos", "compound", "npadvmod", "nmod", "dep"})


@dataclass(frozen=True, slots=True)
class TimeSpans:
    """Character spans of the times layer's DATE, TIME and SET expressions."""

    dates: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of(cls, times: Sequence[object]) -> TimeSpans:
        """Collect the date-like spans of a times layer (DURATIONs are left out)."""
        return cls(
            tuple(
                (t.span.start, t.span.end)
                for t in times
                if isinstance(t, TimeExpr) and t.type != "DURATION"
            )
        )

    def covers(self, start: int, end: int) -> bool:
        """Whether a date-like time expression overlaps ``[start, end)``."""
        return any(s < end and start < e for s, e in self.dates)


def exclusion(numeral: Numeral, doc: Doc, times: TimeSpans, lex: NumberLexicon) -> str | None:
    """Return why ``numeral`` is not a quantity ("date", "age", "name", ...), or None."""
    for flag in _FLAGGED:
        if flag in numeral.flags:
            return flag
    core = doc[numeral.core_start : numeral.core_end]
    if times.covers(core.start_char, core.end_char) and numeral.currency is None:
        return "date"
    if _year(numeral, doc, lex) or _day_of_month(numeral, doc):
        return "date"
    checks = (
        ("clock", _military_time), ("age", _apposed_age), ("name", _name_part), ("code", _code),
        ("list", _list_marker),
    )  # fmt: skip
    for reason, check in checks:
        if check(numeral, doc):
            return reason
    return None


def _plain_integer(numeral: Numeral, doc: Doc) -> str | None:
    """The core's digits when it is one token of plain digits with nothing around it."""
    if numeral.words or numeral.currency or numeral.unit or numeral.factor != 1:
        return None
    text = doc[numeral.core_start].text
    return text if text.isdigit() else None


def _year(numeral: Numeral, doc: Doc, lex: NumberLexicon) -> bool:
    """A bare year ("in 2019", "the 1992 riots", "2024 election"); "1500 troops" counts troops."""
    text = _plain_integer(numeral, doc)
    if text is None or len(text) != 4 or not 1500 <= int(text) <= 2100:
        return False
    head = _counted_head(doc[numeral.core_start])
    if head is None or head.tag_ not in ("NNS", "NNPS"):
        return True
    if head.lower_ in lex.phrases("dated_noun") or head.lemma_.lower() in lex.phrases("dated_noun"):
        return True
    before = doc[numeral.start - 1] if numeral.start > 0 and numeral.bound == "exact" else None
    return before is not None and (before.pos_ in ("DET", "ADP") or before.dep_ == "poss")


def _counted_head(token: Token) -> Token | None:
    head = token.head
    if token.dep_ == "nummod" and head.i > token.i and head.pos_ in ("NOUN", "PROPN"):
        return head
    return None


def _day_of_month(numeral: Numeral, doc: Doc) -> bool:
    """A day beside a month name: "March 10", "10 March", "march 15 programme"."""
    first = doc[numeral.core_start]
    if not first.text.isdigit() or len(first.text) > 2 or not 1 <= int(first.text) <= 31:
        return False
    months = time_lexicon()
    i, j = numeral.core_start, numeral.core_end
    before = doc[i - 1] if i > 0 else None
    after = doc[j + 1] if j + 1 < len(doc) and doc[j].lower_ in ("th", "of") else None
    after = after or (doc[j] if j < len(doc) else None)
    if before is not None and months.has("month", before.text):
        return True
    return (
        after is not None and months.has("month", after.text) and after.pos_ not in ("VERB", "AUX")
    )


def _military_time(numeral: Numeral, doc: Doc) -> bool:
    """ "1800 hrs": four digits that read as a clock time, before an hour unit."""
    text = doc[numeral.core_start].text
    if numeral.unit != "hour" or len(text) != 4 or not text.isdigit():
        return False
    return int(text[:2]) < 24 and int(text[2:]) < 60


def _apposed_age(numeral: Numeral, doc: Doc) -> bool:
    """An age set off after a name: "Kim, 41, said", "Ram Kumar (35)" (or a marker "(2)")."""
    text = _plain_integer(numeral, doc)
    if text is None or numeral.bound != "exact" or not 1 <= int(text) <= 120:
        return False
    i, j = numeral.start, numeral.end
    if i < 2 or j >= len(doc):
        return False
    before, after, named = doc[i - 1].text, doc[j].lower_, doc[i - 2]
    if before == "(" and after == ")":
        return True  # an age after a name ("Ram Kumar (35)") or a list marker ("(2)")
    return before == "," and after in _AFTER_AGE and (named.pos_ == "PROPN" or named.is_title)


def _name_part(numeral: Numeral, doc: Doc) -> bool:
    """A number inside a name or a model: "Boeing 737", "World War 2", "MH-17", "G 20"."""
    first = doc[numeral.core_start]
    if first.ent_type_ in _NAMES and first.ent_iob_ == "I":
        return True
    i = numeral.start
    if (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 2].whitespace_
        and not doc[i - 1].whitespace_
    ):
        return doc[i - 2].is_alpha  # "Su-27", "COVID-19"
    if i == 0 or numeral.currency or numeral.unit or numeral.bound != "exact":
        return False
    previous = doc[i - 1]
    linked = first.head == previous or previous.head == first
    return previous.pos_ == "PROPN" and linked and first.dep_ in _NAME_DEPS | {"ROOT"}


def _code(numeral: Numeral, doc: Doc) -> bool:
    """Phone numbers, PIN codes and zero-padded codes: long or zero-led plain digits."""
    text = _plain_integer(numeral, doc)
    return text is not None and (len(text) >= 7 or (len(text) > 1 and text.startswith("0")))


def _list_marker(numeral: Numeral, doc: Doc) -> bool:
    """ "1." or "2)" opening a sentence, "(3)" standing alone."""
    text = _plain_integer(numeral, doc)
    if text is None or int(text) > 50 or numeral.end >= len(doc):
        return False
    first = doc[numeral.start]
    after = doc[numeral.end].text
    opens = first.is_sent_start or (first.i > 0 and doc[first.i - 1].is_space)
    return bool(opens and after in (".", ")"))
