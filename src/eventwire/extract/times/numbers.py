"""Reading counts in time expressions: ``3``, ``1,000``, ``2 1/2``, ``twenty-four``, ``a hundred``."""

from __future__ import annotations

import re

from eventwire.extract.times.time_words import Lexicon

_DIGITS = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)?(?:\s*(\d+)/(\d+))?")
_WORD = re.compile(r"[a-z]+")
_HALF = re.compile(r"\s+and\s+a\s+half$")


def parse_count(text: str, lexicon: Lexicon) -> float | None:
    """Return the number written in ``text`` (digits, fractions or words), or None if it is not one.

    ``a``/``an`` count as one; a trailing "and a half" adds 0.5.
    """
    folded = " ".join(text.lower().replace("-", " ").split())
    half = 0.0
    if _HALF.search(folded):
        folded = _HALF.sub("", folded)
        half = 0.5
    if folded in ("a", "an", "one"):
        return 1 + half
    if folded and folded[0].isdigit():
        value = _digits(folded)
        return None if value is None else value + half
    value = _words(folded, lexicon)
    return None if value is None else value + half


def _digits(text: str) -> float | None:
    m = _DIGITS.fullmatch(text)
    if m is None or not (m.group(1) or m.group(2)):
        return None
    whole = float(m.group(1).replace(",", "")) if m.group(1) else 0.0
    if m.group(2):
        denominator = int(m.group(3))
        if denominator == 0:
            return None
        whole += int(m.group(2)) / denominator
    return whole


def _words(text: str, lexicon: Lexicon) -> float | None:
    """Sum number words, multiplying by scale words: "two hundred and fifty" = 250."""
    total = 0
    current = 0
    seen = False
    for word in _WORD.findall(text):
        if word in ("and", "a", "an"):
            current = current or (1 if word != "and" else 0)
            continue
        number = lexicon.value("number", word)
        if number is not None:
            current += int(number)
            seen = True
            continue
        scale = lexicon.value("multiplier", word)
        if scale is None:
            return None
        current = (current or 1) * int(scale)
        if int(scale) >= 1000:
            total, current = total + current, 0
        seen = True
    return float(total + current) if seen else None


def year_number(text: str, lexicon: Lexicon) -> int | None:
    """Return the year written in digits or spoken ("nineteen ninety-six", "two thousand and one")."""
    folded = " ".join(text.lower().replace("-", " ").split())
    if folded.isdigit():
        return int(folded)
    if folded.startswith("two thousand"):
        rest = folded.removeprefix("two thousand").removeprefix(" and").strip()
        tail = _words(rest, lexicon) if rest else 0.0
        return None if tail is None else 2000 + int(tail)
    head, _, rest = folded.partition(" ")
    century = lexicon.value("number", head)
    if century is None or not rest:
        return None
    rest = rest.removeprefix("oh ").strip()
    tail = 0.0 if rest == "hundred" else _words(rest, lexicon)
    return None if tail is None else int(century) * 100 + int(tail)
