"""``clean_text``: the cleaning stages in order, and the :class:`Cleaned` result."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from eventwire.clean.characters import collapse_spaces, normalize_characters, normalize_nfc
from eventwire.clean.dateline import find_dateline
from eventwire.clean.edits import Step, run_steps
from eventwire.clean.hyphens import IsWord
from eventwire.clean.offsets import OffsetMap
from eventwire.clean.pages import join_pages
from eventwire.clean.paragraphs import PARAGRAPH_BREAK, join_lines


@dataclass(frozen=True, slots=True)
class Cleaned:
    """A cleaned text with its way back to the input.

    Attributes:
        text: The cleaned text: paragraphs separated by exactly ``"\\n\\n"``, no other newline.
        offsets: Map from offsets in ``text`` to offsets in the input.
        paragraphs: ``[start, end)`` of each paragraph in ``text``.
        dateline: The dateline place as written (``"BEIJING"``), or ``None``.
    """

    text: str
    offsets: OffsetMap
    paragraphs: tuple[tuple[int, int], ...]
    dateline: str | None


def cleaning_steps(is_word: IsWord | None = None) -> tuple[Step, ...]:
    """The cleaning stages, in the order they run.

    Characters are normalised first so that every later stage sees only ``\\n``, ``\\f`` and
    single spaces; pages are joined before lines so that a word or sentence broken across a page
    is joined like one broken across a line.
    """
    return (
        normalize_nfc,
        normalize_characters,
        collapse_spaces,
        join_pages,
        partial(join_lines, is_word=is_word),
    )


def clean_text(raw: str, *, is_word: IsWord | None = None) -> Cleaned:
    """Clean text extracted from a PDF, a web page or a wire feed.

    Args:
        raw: The input text.
        is_word: Lexicon test deciding line-end hyphens (see :func:`spacy_lexicon`); with
            ``None`` every line-end hyphen is kept.

    Returns:
        The cleaned text, its offset map, paragraph spans and dateline.
    """
    text, offsets = run_steps(raw, cleaning_steps(is_word))
    paragraphs = paragraph_spans(text)
    return Cleaned(text, offsets, paragraphs, find_dateline(text, paragraphs))


def paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """``[start, end)`` of each paragraph of a cleaned text."""
    spans: list[tuple[int, int]] = []
    start = 0
    while text:
        end = text.find(PARAGRAPH_BREAK, start)
        if end < 0:
            spans.append((start, len(text)))
            break
        spans.append((start, end))
        start = end + len(PARAGRAPH_BREAK)
    return tuple(spans)
