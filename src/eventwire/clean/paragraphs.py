"""The paragraph step: join hard-wrapped lines into paragraphs separated by exactly ``"\\n\\n"``."""

from __future__ import annotations

from itertools import pairwise

from eventwire.clean.edits import Edit
from eventwire.clean.hyphens import IsWord, drop_hyphen
from eventwire.clean.lines import Line, content_lines, ends_sentence

PARAGRAPH_BREAK = "\n\n"
_HYPHENS = "-\u2010"  # hyphen-minus, hyphen
_DASHES = "\u2013\u2014"  # en dash, em dash


def join_lines(text: str, *, is_word: IsWord | None = None) -> list[Edit]:
    """Join wrapped lines and normalise paragraph breaks.

    A blank line separates paragraphs. So does an indented line right after a line that ends a
    sentence, unless most lines are indented (then indentation is a margin, not a signal). Other
    lines are joined with one space, or with none after a line-end hyphen or dash; a line-break
    hyphen is removed when ``is_word`` says the joined word exists.

    Args:
        text: Text whose pages were already joined (no form feeds left).
        is_word: Lexicon test for line-end hyphens; ``None`` keeps every hyphen.
    """
    content = content_lines(text)
    if not content:
        return [Edit(0, len(text), "")]
    indent_is_signal = 2 * sum(line.indented for line in content) < len(content)
    edits = [Edit(0, content[0].content_start, "")]
    for prev, line in pairwise(content):
        if not line.follows_directly or (
            indent_is_signal and line.indented and ends_sentence(text, prev)
        ):
            edits.append(Edit(prev.content_end, line.content_start, PARAGRAPH_BREAK))
        else:
            edits.extend(_join_wrapped(text, prev, line, is_word))
    edits.append(Edit(content[-1].content_end, len(text), ""))
    return edits


def _join_wrapped(text: str, prev: Line, line: Line, is_word: IsWord | None) -> list[Edit]:
    """Edits that join ``line`` onto ``prev``, the line before it in the same paragraph."""
    last = text[prev.content_end - 1]
    # A dash glued to the word before it ("goose-", "war—") continues without a space.
    glued = prev.content_end - prev.content_start >= 2 and text[prev.content_end - 2] != " "
    if glued and last in _HYPHENS:
        head_start = text.rfind(" ", prev.content_start, prev.content_end) + 1
        head = text[max(head_start, prev.content_start) : prev.content_end - 1]
        tail = text[line.content_start : line.content_end]
        cut = prev.content_end - 1 if drop_hyphen(head, tail, is_word) else prev.content_end
        return [Edit(cut, line.content_start, "")]
    if glued and last in _DASHES:
        return [Edit(prev.content_end, line.content_start, "")]
    # The joining space replaces the newline itself, so it maps back to the newline.
    edits = [Edit(prev.end, prev.end + 1, " ")]
    if prev.content_end < prev.end:
        edits.insert(0, Edit(prev.content_end, prev.end, ""))
    if line.start < line.content_start:
        edits.append(Edit(line.start, line.content_start, ""))
    return edits
