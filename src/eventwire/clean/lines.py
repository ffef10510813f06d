"""Lines with their offsets, and the line tests the page and paragraph steps share."""

from __future__ import annotations

import re
from typing import NamedTuple

# Sentence-final punctuation, then any closing quotes or brackets: `... heroically."` ends one.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
HEADLINE_MAX = 70
"""A headline-like line has at most this many characters ..."""
HEADLINE_RATIO = 0.7
"""... and at most this fraction of the text's usual line length."""
_FUNCTION_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
     "than", "that", "the", "to", "with"}
)  # fmt: skip


class Line(NamedTuple):
    """One non-blank line of a text, with what separates it from the previous non-blank line.

    ``start``/``end`` span the whole line without its separator; ``content_start``/``content_end``
    leave out its leading and trailing spaces.
    """

    start: int
    end: int
    content_start: int
    content_end: int
    blank_lines_before: int  # blank lines since the previous non-blank line (or the text start)
    page_break_before: bool  # whether a form feed comes since then

    @property
    def indented(self) -> bool:
        """Whether the line starts with a space before its content."""
        return self.content_start > self.start

    @property
    def follows_directly(self) -> bool:
        """Whether the line comes right after the previous one, in the same block."""
        return self.blank_lines_before == 0 and not self.page_break_before


# A line with content: its leading spaces, then from its first other character to its end.
_CONTENT = re.compile(r"(?:\A|(?<=[\n\f]))[ \t]*([^ \t\n\f][^\n\f]*)")


def content_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, split at ``\\n`` and ``\\f``.

    Only lines with content are built, so long runs of blank lines cost nothing per line.
    """
    lines: list[Line] = []
    previous_end = 0
    for match in _CONTENT.finditer(text):
        start = match.start()
        content_start, end = match.span(1)
        content_end = content_start + len(match.group(1).rstrip(" \t"))
        if lines and start == previous_end + 1:  # the common case: the line right after
            blank, page_break = 0, text[previous_end] == "\f"
        else:
            # The gap holds the previous line's separator and one per blank line after it.
            gap = text[previous_end:start]
            blank = gap.count("\n") + gap.count("\f") - (1 if lines else 0)
            page_break = "\f" in gap
        lines.append(Line(start, end, content_start, content_end, blank, page_break))
        previous_end = end
    return lines


def usual_width(lines: list[Line]) -> int:
    """The median length of the lines: about the column width of wrapped text."""
    widths = sorted(line.content_end - line.content_start for line in lines)
    return widths[len(widths) // 2] if widths else 0


def ends_sentence(text: str, line: Line) -> bool:
    """Whether ``line`` ends with sentence-final punctuation (plus closing quotes/brackets)."""
    return ends_sentence_text(
        text[max(line.content_start, line.content_end - 8) : line.content_end]
    )


def ends_sentence_text(text: str) -> bool:
    """Whether ``text`` ends with sentence-final punctuation (plus closing quotes/brackets)."""
    return bool(_SENTENCE_END.search(text))


def is_headline_like(text: str, line: Line, width: int) -> bool:
    """Whether ``line`` looks like a headline or section title rather than wrapped prose.

    Short (well under ``width``, the usual length of a wrapped line), starts with a capital or a
    digit, and does not stop where prose only breaks a line: after a comma, a hyphen or a function
    word such as "the".
    """
    content = text[line.content_start : line.content_end]
    if not content or len(content) > min(HEADLINE_MAX, HEADLINE_RATIO * width):
        return False
    if not (content[0].isupper() or content[0].isdigit()):
        return False
    if content[-1] in ",;:-–—(" or ends_sentence(text, line):
        return False
    last_word = content.rsplit(" ", 1)[-1].lower()
    return last_word not in _FUNCTION_WORDS
