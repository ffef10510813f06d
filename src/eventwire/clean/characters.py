"""Character-level steps: Unicode NFC, line endings, odd spaces, invisible characters, spaces."""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from eventwire.clean.edits import Edit

# A non-ASCII run plus the character before it: NFC only ever combines a character with the
# non-ASCII marks or jamo that follow it, so text outside these pieces is already stable.
_NON_ASCII = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")

# Each kind of character to normalise, with what replaces it. Quote characters are not here on
# purpose: later stages and users rely on them as written.
_REPLACEMENTS = {
    # A soft hyphen at a line end marks where the typesetter broke a word: the word joins again.
    "broken_word": (r"\u00ad[ \t]*(?:\r\n?|\n)[ \t]*(?=[^\s])", ""),
    "line_break": (r"\r\n?|[\v\x85\u2028]", "\n"),
    "paragraph_separator": (r"\u2029", "\n\n"),
    # No-break, ogham, en/em/thin/hair and other typographic spaces, narrow no-break, ideographic.
    "odd_space": (r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]", " "),
    # Soft hyphen, zero-width space/joiners, word joiner, BOM: invisible, and they split words;
    # C0/C1 controls other than tab, newline, form feed (it marks page breaks) and CR.
    "invisible": (r"[\u00ad\u200b-\u200d\u2060\ufeff\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]+", ""),
}
_CHARACTERS = re.compile("|".join(f"(?P<{name}>{rx})" for name, (rx, _) in _REPLACEMENTS.items()))
_SPACE_RUNS = re.compile(r"[ \t]{2,}|\t")


def normalize_nfc(text: str) -> list[Edit]:
    """Compose characters to Unicode NFC, editing only the clusters that change."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return []
    edits: list[Edit] = []
    for match in _NON_ASCII.finditer(text):
        piece = match.group()
        if unicodedata.is_normalized("NFC", piece):
            continue
        offset = match.start()
        for start, end in _clusters(piece):
            cluster = piece[start:end]
            composed = unicodedata.normalize("NFC", cluster)
            if composed != cluster:
                edits.append(Edit(offset + start, offset + end, composed))
    return edits


def _clusters(piece: str) -> list[tuple[int, int]]:
    """Split ``piece`` into the smallest pieces that NFC normalises independently."""
    bounds = [0] + [i for i in range(1, len(piece)) if unicodedata.combining(piece[i]) == 0]
    bounds.append(len(piece))
    clusters: list[tuple[int, int]] = []
    start = 0
    for mid, end in pairwise(bounds[1:]):
        left, right = piece[start:mid], piece[mid:end]
        joined = unicodedata.normalize("NFC", left + right)
        if joined == unicodedata.normalize("NFC", left) + unicodedata.normalize("NFC", right):
            clusters.append((start, mid))
            start = mid
        # else: the two compose together (e.g. Hangul jamo), so they stay one cluster.
    clusters.append((start, len(piece)))
    return clusters


def normalize_characters(text: str) -> list[Edit]:
    """Normalise line endings to ``\\n``, odd spaces to ``" "``; drop invisible characters.

    A soft hyphen that ends a line is dropped together with the line break, rejoining the word.
    Quote characters are left as they are.
    """
    return [
        Edit(m.start(), m.end(), _REPLACEMENTS[m.lastgroup or ""][1])
        for m in _CHARACTERS.finditer(text)
    ]


def collapse_spaces(text: str) -> list[Edit]:
    """Collapse runs of spaces and tabs to one space (line-edge spaces are handled later)."""
    return [Edit(m.start(), m.end(), " ") for m in _SPACE_RUNS.finditer(text)]
