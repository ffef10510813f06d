"""Reading numerals from tokens: the number, its range, bounds, currency and unit.

A numeral is read around a *core*: digits ("6,000", "1.5", "3bn", "Rs.500"), number words ("two
dozen", "twenty-five", "a hundred") or a vague count ("hundreds", "tens of thousands"). Around
the core come a scale word ("million", "lakh"), the other end of a range ("10 to 15", "between
10 and 15", "10-15"), a unit or currency word after it, a currency symbol and bound words before
it ("more than", "at least", "nearly"), and bound words after it ("or more"). Words that make the
number something other than a count (labels, clock times, ages) are noted in ``flags`` for
:mod:`eventwire.extract.quantities.exclusions` to judge.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from eventwire.extract.quantities.quantity_words import NumberLexicon
from eventwire.records import Bound

__all__ = ["Numeral", "find_numerals"]


@dataclass(slots=True)
class Numeral:
    """A number read from tokens ``[start, end)``; the number itself is ``[core_start, core_end)``."""

    start: int
    end: int
    core_start: int
    core_end: int
    value: float
    low: float | None = None
    high: float | None = None
    bound: Bound = "exact"
    vague: bool = False
    words: bool = False
    factor: float = 1.0
    currency: str | None = None
    unit: str | None = None
    is_range: bool = False
    flags: set[str] = field(default_factory=set)

    def set_range(self, low: float, high: float) -> None:
        """Make the numeral a range: the value is its low end (see the package docs)."""
        self.value, self.low, self.high, self.bound, self.is_range = low, low, high, "approx", True


def find_numerals(doc: Doc, lex: NumberLexicon) -> Iterator[Numeral]:
    """Yield the numerals of ``doc`` in text order; they never overlap."""
    words = [t.lower_ for t in doc]
    digits = lex.digits
    floor = i = 0
    while i < len(words):
        first = words[i]
        if first[:1].isdigit() or first in lex.starters or digits.match(first):
            numeral = _numeral(doc, words, i, floor, lex)
            if numeral is not None:
                yield numeral
                floor = i = numeral.end
                continue
        i += 1


def _numeral(doc: Doc, words: list[str], i: int, floor: int, lex: NumberLexicon) -> Numeral | None:
    core = _read_core(doc, words, i, lex)
    if core is None:
        return None
    symbol = lex.phrases("currency_before").before(words, i, floor)
    if symbol is not None and core.currency is None:
        core.currency = symbol[1]  # known before scaling: "EUR 2.5 m" is millions
    _scale(core, words, lex)
    opener = lex.phrases("range_opener").before(
        words, _before_currency(words, i, floor, lex), floor
    )
    _range(core, doc, words, lex, "and" if opener else None)
    _after(core, doc, words, lex)
    _before(core, words, floor, lex, opener is not None and core.is_range)
    return core


def _read_core(doc: Doc, words: list[str], i: int, lex: NumberLexicon) -> Numeral | None:
    match = lex.digits.fullmatch(words[i])
    if match is not None:
        return _digits(match, i, lex)
    vague = lex.phrases("vague").after(words, i)
    if vague is not None:
        value, low, high = lex.vague_ranges[tuple(words[i : i + vague[0]])]
        end = i + vague[0]
        return Numeral(i, end, i, end, value, low, high, "approx", vague=True, words=True)
    return _number_words(doc, words, i, lex)


def _digits(match: re.Match[str], i: int, lex: NumberLexicon) -> Numeral | None:
    suffix = match.group("suffix") or ""
    value = float(match.group("num").replace(",", ""))
    numeral = Numeral(i, i + 1, i, i + 1, value)
    if match.group("prefix"):
        numeral.currency = lex.phrases("currency_before").values[(match.group("prefix"),)]
    if not suffix:
        return numeral
    factor = lex.factor("suffix", suffix) or lex.factor("multiplier", suffix)
    unit = lex.phrases("unit").values.get((suffix,))
    if factor is not None:
        numeral.value, numeral.factor = value * factor, factor
    elif unit is not None:
        numeral.unit = unit
    elif suffix in lex.phrases("clock_after"):
        numeral.flags.add("clock")
    else:
        return None  # an ordinal ("21st"), a decade ("1990s") or a code ("300x")
    return numeral


def _number_words(doc: Doc, words: list[str], i: int, lex: NumberLexicon) -> Numeral | None:
    """Read "two", "twenty-five", "two hundred and fifty", "a dozen", "one million"."""
    j, total, current, last = i, 0.0, 0.0, ""
    if words[i] in ("a", "an"):
        if i + 1 >= len(words) or lex.factor("multiplier", words[i + 1]) is None:
            return None
        j, current, last = i + 1, 1.0, "a"
    while j < len(words):
        word = words[j]
        number, scale = lex.factor("number", word), lex.factor("multiplier", word)
        if number is not None and _may_follow(last, number, lex):
            current, last = current + number, word
        elif scale is not None and last:
            current = (current or 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
            last = "scale"
        elif word in ("-", "and") and last and _joins(doc, words, j, lex):
            j += 1
            continue
        else:
            break
        j += 1
    if not last or last == "a":
        return None
    return Numeral(i, j, i, j, total + current, words=True)


def _may_follow(last: str, number: float, lex: NumberLexicon) -> bool:
    """A number word follows nothing, a scale word, or a tens word when it is a unit (1-9)."""
    if last in ("", "a", "scale"):
        return True
    previous = lex.factor("number", last) or 0
    return previous >= 20 and previous % 10 == 0 and 0 < number < 10


def _joins(doc: Doc, words: list[str], j: int, lex: NumberLexicon) -> bool:
    """ "-" joins "twenty-five" (no spaces); "and" joins "hundred and fifty"."""
    if j + 1 >= len(words) or lex.factor("number", words[j + 1]) is None:
        return False
    if words[j] == "-":
        return not doc[j - 1].whitespace_ and not doc[j].whitespace_
    return lex.factor("multiplier", words[j - 1]) is not None


def _scale(numeral: Numeral, words: list[str], lex: NumberLexicon) -> None:
    """Apply scale words after the core ("1.5 million", "5 lakh", "several hundred"; "EUR 2.5 m")."""
    j = numeral.end
    while j < len(words):
        if words[j] == "-" and j + 1 < len(words) and lex.factor("multiplier", words[j + 1]):
            j += 1  # "Rs 100-crore"
        factor = lex.factor("multiplier", words[j])
        if factor is None and numeral.currency and numeral.factor == 1:
            factor = lex.factor("suffix", words[j])
        if factor is None or (numeral.vague and j > numeral.end):
            break
        numeral.value *= factor
        numeral.factor *= factor
        if numeral.low is not None and numeral.high is not None:
            numeral.low, numeral.high = numeral.low * factor, numeral.high * factor
        j += 1
    numeral.end = numeral.core_end = j


def _range(
    numeral: Numeral, doc: Doc, words: list[str], lex: NumberLexicon, joiner: str | None
) -> None:
    """Read the high end of "10 to 15", "10-15", "two or three", "between 10 and 15"."""
    j = numeral.end
    if numeral.vague or j + 1 >= len(words):
        return
    if words[j] != joiner and words[j] not in lex.phrases("range_joiner"):
        return
    k = j + 1
    symbol = lex.phrases("currency_before").after(words, k)
    if symbol is not None and symbol[1] == (numeral.currency or symbol[1]):
        k += symbol[0]
    if k >= len(words):
        return
    high = _read_core(doc, words, k, lex)
    if high is None or high.vague or high.words != numeral.words:
        return
    _scale(high, words, lex)
    low = numeral.value
    if numeral.factor == 1 and low * high.factor <= high.value:
        low *= high.factor  # "3 to 4 million"
    if low >= high.value:
        if words[j] == "-":
            numeral.flags.add("score")  # "won 3-1", "a 5-4 vote", "2019-20"
            numeral.end = high.end
        return
    numeral.set_range(low, high.value)
    numeral.currency = numeral.currency or high.currency
    numeral.unit = numeral.unit or high.unit
    numeral.end = numeral.core_end = high.end


def _after(numeral: Numeral, doc: Doc, words: list[str], lex: NumberLexicon) -> None:
    """Read a currency word, a unit, an age ("-year-old") or a bound ("or more") after the number."""
    j = numeral.end
    if numeral.vague and j + 1 < len(words) and words[j] == "of":
        money = lex.phrases("currency_after").after(words, j + 1)
        unit = lex.phrases("unit").after(words, j + 1)
        if money is not None and numeral.currency is None:
            numeral.currency, j = money[1], j + 1 + money[0]  # "millions of dollars"
        elif unit is not None:
            numeral.unit, j = unit[1], j + 1 + unit[0]  # "a couple of days"
    j = _currency_or_unit(numeral, words, j, lex)
    hyphen = 1 if j < len(words) and words[j] == "-" else 0
    if numeral.unit and lex.phrases("unit").values.get(tuple(words[j - 1 : j])) is not None:
        if j + hyphen < len(words) and words[j + hyphen] in lex.phrases("age_after"):
            numeral.flags.add("age")  # "19-year-old", "45 years old"
        if tuple(words[j : j + 2]) == ("of", "age"):
            numeral.flags.add("age")  # "over 75 years of age"
    bound = lex.phrases("bound_after").after(words, j + hyphen)
    if bound is not None and numeral.bound == "exact":
        numeral.bound, j = bound[1], j + hyphen + bound[0]  # type: ignore[assignment]
    if j < len(words) and words[j] in lex.phrases("clock_after"):
        numeral.flags.add("clock")
    if _glued_compound(doc, words, j):
        numeral.flags.add("compound")  # "a three-tier coach", "two-wheelers", "the 250-mark"
    if j < len(words) and words[j] in lex.phrases("label_after"):
        numeral.flags.add("label")
    numeral.end = j


def _glued_compound(doc: Doc, words: list[str], j: int) -> bool:
    """A hyphen glued between the number and a word that is no unit: a compound modifier."""
    if j + 1 >= len(words) or words[j] != "-" or doc[j - 1].whitespace_ or doc[j].whitespace_:
        return False
    return doc[j + 1].is_alpha


def _currency_or_unit(numeral: Numeral, words: list[str], j: int, lex: NumberLexicon) -> int:
    money = lex.phrases("currency_after").after(words, j)
    if money is not None and numeral.currency is None:
        followed = j + money[0]
        if followed >= len(words) or words[followed] != "of":
            numeral.currency = money[1]
            return followed
    if numeral.currency or numeral.unit:
        return j
    hyphen = 1 if j < len(words) and words[j] == "-" else 0
    unit = lex.phrases("unit").after(words, j + hyphen)
    if unit is not None:
        numeral.unit = unit[1]
        return j + hyphen + unit[0]
    return j


def _before_currency(words: list[str], i: int, floor: int, lex: NumberLexicon) -> int:
    """Return the index before which bound words may end: before a currency symbol at ``i``."""
    symbol = lex.phrases("currency_before").before(words, i, floor)
    return i - symbol[0] if symbol is not None else i


def _before(
    numeral: Numeral, words: list[str], floor: int, lex: NumberLexicon, opened: bool
) -> None:
    """Read a currency symbol, bound words, "between", or a label, age or reference word before."""
    i = numeral.start
    symbol = lex.phrases("currency_before").before(words, i, floor)
    if symbol is not None and numeral.currency in (None, symbol[1]):
        numeral.currency, i = symbol[1], i - symbol[0]
    bound = lex.phrases("bound").before(words, i, floor)
    if bound is not None and not numeral.is_range:
        numeral.bound, i = bound[1], i - bound[0]  # type: ignore[assignment]
    if opened:
        i -= 1
    numeral.start = i
    previous = words[i - 1] if i > floor else ""
    if previous in lex.phrases("label_before"):
        numeral.flags.add("label")
    if previous in lex.phrases("age_before") or tuple(words[max(floor, i - 2) : i]) == (
        "age",
        "of",
    ):
        numeral.flags.add("age")
    if previous in lex.phrases("reference") and numeral.words and not numeral.vague:
        numeral.flags.add("reference")
