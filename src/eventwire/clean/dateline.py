"""Datelines: the all-caps place (plus region and agency) that opens a wire story.

"BEIJING (AP) — ...", "WASHINGTON, D.C. (AP) — ...", "KYIV, Ukraine — ...", "NEW DELHI: ...",
"KYIV (Reuters) - ..." (an ASCII hyphen between spaces).
The dateline stays in the text (offsets must not move); it is only reported.
"""

from __future__ import annotations

import re

from eventwire.clean.lines import ends_sentence_text

# A word starting with a letter (any script; case is checked in code, as ``re`` has no \p{Lu}).
_WORD = r"[^\W\d_][\w'’.\-]*"
_DATELINE = re.compile(
    rf"(?P<place>{_WORD}(?: {_WORD}){{0,3}})"
    rf"(?:, (?P<region>{_WORD}(?: {_WORD}){{0,3}}))?"
    r"(?: ?\((?P<agency>[A-Z][A-Za-z.&/ \-]{0,29})\))?"
    # An ASCII hyphen counts only with a space on each side: it also joins words ("KYIV-based").
    r"(?: ?(?P<dash>—|–|--|:) ?| - )(?=\S)"
)

# All-caps openers that are labels or organisations, not places ("NATO — the alliance ...").
NOT_PLACES = frozenset(
    {"ADVISORY", "ALERT", "ANALYSIS", "BREAKING", "CORRECTION", "EDITOR", "EDITORS", "EXCLUSIVE",
     "FACT", "FILE", "FLASH", "LIVE", "NATO", "NOTE", "OPEC", "OPINION", "PHOTO", "PHOTOS",
     "REVIEW", "UPDATE", "UPDATED", "URGENT", "VIDEO", "WARNING", "WATCH"}
)  # fmt: skip
MAX_PREAMBLE = 2
"""Headline or byline paragraphs that may come before the dateline paragraph."""
_PREAMBLE_LENGTH = 120


def find_dateline(text: str, paragraphs: tuple[tuple[int, int], ...]) -> str | None:
    """The dateline place of a cleaned text, as written (``"BEIJING"``), or ``None``.

    The first paragraph is checked; a short headline or byline before it (no sentence end) is
    skipped, up to :data:`MAX_PREAMBLE` of them.
    """
    found = _find(text, paragraphs)
    return found[0] if found else None


def story_start(text: str, paragraphs: tuple[tuple[int, int], ...]) -> int:
    """The offset where the story starts: just after the dateline's dash, else 0.

    The actors layer reads no phrase across it, so a parse that hangs "KYIV (Reuters) -" onto
    the first noun ("Russian forces") does not make the dateline part of an actor.
    """
    found = _find(text, paragraphs)
    return found[1] if found else 0


def _find(text: str, paragraphs: tuple[tuple[int, int], ...]) -> tuple[str, int] | None:
    for start, end in paragraphs[: MAX_PREAMBLE + 1]:
        paragraph = text[start:end]
        match = _place_match(paragraph)
        if match is not None:
            return match.group("place"), start + match.end()
        after = _after_headline(paragraph)
        if after is not None:
            return after[0], start + after[1]
        if len(paragraph) > _PREAMBLE_LENGTH or ends_sentence_text(paragraph):
            return None
    return None


def _after_headline(paragraph: str) -> tuple[str, int] | None:
    """A dateline after a short headline run into the same paragraph ("Mansfield OKs refinancing.
    MANSFIELD — The City Council ..."), as feeds that join title and text write it; only with a
    dash, as a colon after capitals also opens quotes and labels."""
    for end in _HEADLINE_END.finditer(paragraph, 0, _PREAMBLE_LENGTH):
        match = _place_match(paragraph[end.end() :])
        if match is not None and match.group("dash") != ":":
            return match.group("place"), end.end() + match.end()
    return None


_HEADLINE_END = re.compile(r"(?<=[a-z])\s?[.!?] (?=[A-Z]{2})")


def dateline_place(paragraph: str) -> str | None:
    """The place of the dateline that opens ``paragraph``, or ``None``."""
    match = _place_match(paragraph)
    return match.group("place") if match else None


def _place_match(paragraph: str) -> re.Match[str] | None:
    match = _DATELINE.match(paragraph)
    if match is None:
        return None
    place, region = match.group("place"), match.group("region")
    words = place.split()
    if not place.isupper() or words[0].strip(".") in NOT_PLACES:
        return None
    if sum(c.isalpha() for c in place) < 3 or (region and not region[0].isupper()):
        return None
    # A colon is also how all-caps labels and headlines open ("FLOODS HIT MARLOW: ..."), so only a
    # short place may use it.
    if match.group("dash") == ":" and len(words) > 2 and not match.group("agency"):
        return None
    return match
