"""The time vocabulary (``knowledge/data/time_words.tsv``) and the regex pieces built from it."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from eventwire.knowledge.tsv import packaged, read_table

TABLE = "time_words.tsv"

KINDS = frozenset(
    {
        "month",
        "weekday",
        "season",
        "part_of_day",
        "unit",
        "number",
        "multiplier",
        "ordinal",
        "vague_count",
        "approx",
        "reference",
        "relative",
        "set_adverb",
        "holiday",
        "future_aux",
        "future_verb",
        "schedule_verb",
    }
)
# Kinds whose words are proper names: they only count when written with a capital letter.
CAPITALISED = frozenset({"month", "weekday", "holiday"})


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word -> value tables by kind (keys folded to lower case) and their regex alternations."""

    words: dict[str, dict[str, str]]

    def value(self, kind: str, word: str) -> str | None:
        """Return the value of ``word`` (any case, whitespace collapsed) as a ``kind``, or None."""
        return self.words[kind].get(fold(word))

    def has(self, kind: str, word: str) -> bool:
        """Whether ``word`` is a ``kind``."""
        return fold(word) in self.words[kind]

    def pattern(self, kind: str) -> str:
        """Return a non-capturing regex alternation of the spellings of ``kind``."""
        return alternation(self.words[kind])


def fold(word: str) -> str:
    """Fold a matched word for lookup: lower case, curly apostrophes, single spaces."""
    return " ".join(word.replace("\u2019", "'").lower().split())


def alternation(words: Iterable[str]) -> str:
    """Regex alternation of ``words``, longest first, with spaces matching any whitespace."""
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        escaped = re.escape(word).replace(r"\ ", r"\s+").replace("'", "['\u2019]")
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read the time vocabulary from ``path`` (default: the packaged table)."""
    table = read_table(
        path or packaged(TABLE), required=("words", "kind"), checks={"kind": KINDS.__contains__}
    )
    words: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
    for row in table.rows:
        for spelling in row.items("words"):
            words[row["kind"]][fold(spelling)] = row.get("value")
    return Lexicon(words)


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged time vocabulary, read once per process."""
    return load_lexicon()
