"""Quotations by their marks: straight and curly, double and single, across paragraphs.

A mark opens or closes by its neighbours (a space before and a letter after opens; a letter or
punctuation before and a space or punctuation after closes); curly glyphs break ties. News
convention for a quotation over several paragraphs: the opening mark is repeated at the start of
each new paragraph and there is no closing mark until the end, so a quotation still open at the
end of a paragraph continues when the next paragraph opens with a mark. Unbalanced marks are
recovered per paragraph, never for the whole article: an opener left open runs to the end of its
paragraph, a closer without an opener at the start of a paragraph closes a quotation from the
paragraph's start, and an opener inside an open quotation ends the one before it.

Single marks (``‘…’``, ``'…'``) count only outside double quotations (inside, they are quotations
within the quotation and stay part of its text); a straight single mark needs its partner in the
same paragraph, since it is usually an apostrophe.

A :class:`Quote` keeps one ``piece`` per paragraph: the text between the marks, without them
(statement contents never include the outer marks).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Quote", "find_quotes", "paragraphs_of"]

_DOUBLE = re.compile(r"``|''|[\"“”„«»]")
_SINGLE = re.compile(r"[‘’']")
_GLYPHS = frozenset("\"“”„«»‘’'`")
_STRAIGHT = frozenset({'"', "''", "``"})
_OPENING_GLYPHS = frozenset({"“", "„", "«", "``", "‘"})
_CLOSING_GLYPHS = frozenset({"”", "»", "’"})
_BEFORE_OPEN = frozenset(" \t\n\xa0([{—–―-/")
_AFTER_CLOSE = frozenset(" \t\n\xa0.,;:!?)]}—–―-/")
_ENDS_QUOTE = frozenset(".,?!—–-…")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: from its opening mark to past its closing mark, with its text per paragraph.

    Attributes:
        start: offset of the opening mark (of the text's first character when it had none).
        end: offset just past the closing mark (past the text when it had none).
        pieces: the quoted text of each paragraph, without marks, spaces trimmed.
        closed: whether the closing mark was found.
        straight: whether its marks are typewriter marks (``"``, ``'``), not typographic ones.
    """

    start: int
    end: int
    pieces: tuple[tuple[int, int], ...]
    closed: bool = True
    straight: bool = True


@dataclass(frozen=True, slots=True)
class _Mark:
    pos: int
    length: int
    glyph: str
    opens: bool

    @property
    def after(self) -> int:
        return self.pos + self.length


def paragraphs_of(text: str) -> list[tuple[int, int]]:
    """The paragraphs of a cleaned text (separated by blank lines), trimmed of spaces."""
    spans = []
    start = 0
    for m in _BLANK_LINE.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [trimmed for s, e in spans if (trimmed := _trim(text, s, e))[0] < trimmed[1]]


def find_quotes(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Quote]:
    """Return the quotations of ``text`` in text order (double marks, then single ones outside them)."""
    paragraphs = paragraphs if paragraphs is not None else paragraphs_of(text)
    doubles = list(_double_quotes(text, paragraphs))
    singles = [
        q
        for para in paragraphs
        for q in _single_quotes(text, para)
        if not any(d.start <= q.start < d.end for d in doubles)
    ]
    return sorted(doubles + singles, key=lambda q: q.start)


def _double_quotes(text: str, paragraphs: list[tuple[int, int]]) -> Iterator[Quote]:
    """Pair double marks paragraph by paragraph, carrying an open quotation across paragraphs."""
    opener: _Mark | None = None
    pieces: list[tuple[int, int]] = []
    for n, (p_start, p_end) in enumerate(paragraphs):
        marks = _marks(text, _DOUBLE, p_start, p_end)
        if opener is not None:
            if (
                marks
                and marks[0].pos == p_start
                and marks[0].opens
                and _same_style(opener, marks[0])
            ):
                marks = marks[1:]  # the repeated opening mark of a continued quotation
            else:  # not continued: the open quotation ends with the previous paragraph
                yield _quote(text, opener.pos, pieces, None)
                opener, pieces = None, []
        piece_start = p_start if opener is None else _skip_mark(text, p_start)
        for i, mark in enumerate(marks):
            if opener is None:
                if mark.opens or _misplaced_opener(marks, i):
                    opener, piece_start = mark, mark.after
                elif i == 0 and _recoverable_closer(text, mark, p_start):
                    yield _quote(text, p_start, [(p_start, mark.pos)], mark.after)
            elif not mark.opens:
                yield _quote(text, opener.pos, [*pieces, (piece_start, mark.pos)], mark.after)
                opener, pieces = None, []
            else:  # an opener inside an open quotation: the one before lacked its closing mark
                yield _quote(text, opener.pos, [*pieces, (piece_start, mark.pos)], None)
                opener, pieces, piece_start = mark, [], mark.after
        if opener is not None:
            pieces.append((piece_start, p_end))
        if opener is not None and n + 1 == len(paragraphs):
            yield _quote(text, opener.pos, pieces, None)


def _same_style(first: _Mark, second: _Mark) -> bool:
    """Whether two marks are both straight or both typographic (a continued quotation repeats
    the style of its opening mark)."""
    return (first.glyph in _STRAIGHT) == (second.glyph in _STRAIGHT)


def _single_quotes(text: str, paragraph: tuple[int, int]) -> Iterator[Quote]:
    """Pair single marks inside one paragraph; an unpaired single mark is an apostrophe."""
    opener: _Mark | None = None
    for mark in _marks(text, _SINGLE, *paragraph):
        if opener is None:
            if mark.opens and _can_open(text, mark.pos, mark.after, paragraph[0]):
                opener = mark
        elif not mark.opens and (mark.glyph != "'" or opener.glyph == "'"):
            inner = text[opener.after : mark.pos]
            if len(inner.split()) >= 2 or opener.glyph == "‘":
                yield _quote(text, opener.pos, [(opener.after, mark.pos)], mark.after)
            opener = None


def _marks(text: str, pattern: re.Pattern[str], start: int, end: int) -> list[_Mark]:
    """The marks of one paragraph, each oriented as an opener or a closer by its neighbours."""
    marks: list[_Mark] = []
    inside = False
    for m in pattern.finditer(text, start, end):
        glyph = m.group()
        can_open = _can_open(text, m.start(), m.end(), start)
        can_close = _can_close(text, m.start(), m.end(), end)
        if glyph in {"'", "’"} and not can_open and text[m.end() : m.end() + 1].isalnum():
            continue  # an apostrophe inside a word
        if can_open != can_close:
            opens = can_open
        elif glyph in _OPENING_GLYPHS or glyph in _CLOSING_GLYPHS:
            opens = glyph in _OPENING_GLYPHS
        else:
            opens = not inside
        marks.append(_Mark(m.start(), m.end() - m.start(), glyph, opens))
        inside = opens
    return marks


def _can_open(text: str, start: int, end: int, low: int) -> bool:
    before = text[start - 1] if start > low else " "
    after = text[end : end + 1]
    return (before in _BEFORE_OPEN or _DOUBLE.match(before) is not None) and (
        after != "" and not after.isspace()
    )


def _can_close(text: str, start: int, end: int, high: int) -> bool:
    before = text[start - 1 : start]
    after = text[end] if end < high else " "
    return (before != "" and not before.isspace()) and (
        after in _AFTER_CLOSE or _DOUBLE.match(after) is not None
    )


def _misplaced_opener(marks: list[_Mark], i: int) -> bool:
    """A straight closer followed by another closer opens (a mark typed on the wrong side of
    its space: ``said." We expect ...," she added``)."""
    return marks[i].glyph in _STRAIGHT and i + 1 < len(marks) and not marks[i + 1].opens


def _recoverable_closer(text: str, mark: _Mark, p_start: int) -> bool:
    """A closer with no opener closes a quotation from the paragraph start when it ends a clause."""
    return mark.pos > p_start + 1 and text[mark.pos - 1] in _ENDS_QUOTE


def _skip_mark(text: str, pos: int) -> int:
    m = _DOUBLE.match(text, pos)
    return m.end() if m else pos


def _quote(text: str, start: int, pieces: list[tuple[int, int]], end: int | None) -> Quote:
    trimmed = tuple(t for s, e in pieces if (t := _trim(text, s, e, ","))[0] < t[1])
    last = trimmed[-1][1] if trimmed else start
    mark = text[start] if text[start] in _GLYPHS else (text[end - 1] if end else '"')
    return Quote(start, end if end is not None else last, trimmed, end is not None, mark in "\"'`")


def _trim(text: str, start: int, end: int, strip: str = "") -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in strip):
        end -= 1
    return start, end
