"""Cue words of the places layer, read from ``knowledge/data/gazetteer.cues.tsv``."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from eventwire.knowledge.tsv import packaged, read_table

CUES_FILE = "gazetteer.cues.tsv"
KINDS = (
    "verb", "noun", "locative", "region", "institution", "eponym", "direction", "language_verb",
    "language_noun", "organisation", "title",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Cues:
    """Word sets by kind (see the table's header for what each kind means)."""

    verbs: frozenset[str]
    nouns: frozenset[str]
    locatives: frozenset[str]
    regions: frozenset[str]
    institutions: frozenset[str]
    eponyms: frozenset[str]
    directions: frozenset[str]
    language_verbs: frozenset[str]
    language_nouns: frozenset[str]
    organisations: frozenset[str]
    titles: frozenset[str]


@functools.lru_cache(maxsize=1)
def load_cues() -> Cues:
    """Return the packaged cue words, read once per process."""
    table = read_table(packaged(CUES_FILE), ("word", "kind"), {"kind": lambda v: v in KINDS})
    words: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for row in table.rows:
        words[row["kind"]].add(row["word"].casefold())
    return Cues(*(frozenset(words[kind]) for kind in KINDS))
