"""The quantity vocabulary: ``quantity_words.tsv`` (numbers, bounds, currencies, units, labels) and
``quantity_cues.tsv`` (what a number counts), read once per process.

Both tables document their kinds and columns in their headers. Spellings are lowercase token
sequences; lookups take the lowercase texts (or lemmas) of consecutive tokens.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import cast, get_args

from eventwire.knowledge.base import Knowledge, cached_per_knowledge
from eventwire.knowledge.tsv import Row, packaged, read_table
from eventwire.records import Bound, QuantityCategory

__all__ = ["Cue", "CueLexicon", "NumberLexicon", "Phrases", "cue_lexicon", "number_lexicon"]

WORDS_TABLE = "quantity_words.tsv"
CUES_TABLE = "quantity_cues.tsv"

WORD_KINDS = frozenset(
    {
        "number", "multiplier", "suffix", "vague", "bound", "bound_after", "range_joiner",
        "range_opener", "currency_before", "currency_after", "unit", "label_before",
        "label_after", "clock_after", "age_before", "age_after", "reference", "uncounted",
        "dated_noun",
    }
)  # fmt: skip
CUE_KINDS = frozenset({"verb", "adjective", "noun", "of_noun", "place", "event", "person"})
ROLES = frozenset({"object", "subject", "any"})
_BOUNDS = frozenset(get_args(Bound))
_CATEGORIES = frozenset(get_args(QuantityCategory))
_NUMBER = ("number", "multiplier", "suffix", "vague")
_DIGITS = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


_WORD_CHECKS: dict[str, Callable[[str], bool]] = {
    "kind": WORD_KINDS.__contains__,
    "low": _is_number,
    "high": _is_number,
    "category": {"duration", "other"}.__contains__,
}
_CUE_CHECKS: dict[str, Callable[[str], bool]] = {
    "kind": CUE_KINDS.__contains__,
    "role": ROLES.__contains__,
    "category": _CATEGORIES.__contains__,
}

Key = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Phrases:
    """Token-sequence phrases -> values, with the longest phrase length for scanning."""

    values: dict[Key, str]
    longest: int

    @classmethod
    def of(cls, values: dict[Key, str]) -> Phrases:
        """Build from a phrase -> value mapping."""
        return cls(values, max((len(k) for k in values), default=0))

    def after(self, words: Sequence[str], i: int) -> tuple[int, str] | None:
        """Return (length, value) of the longest phrase starting at ``words[i]``, or None."""
        for n in range(min(self.longest, len(words) - i), 0, -1):
            value = self.values.get(tuple(words[i : i + n]))
            if value is not None:
                return n, value
        return None

    def before(self, words: Sequence[str], end: int, start: int = 0) -> tuple[int, str] | None:
        """Return (length, value) of the longest phrase ending just before ``words[end]``."""
        for n in range(min(self.longest, end - start), 0, -1):
            value = self.values.get(tuple(words[end - n : end]))
            if value is not None:
                return n, value
        return None

    def __contains__(self, word: object) -> bool:
        return (word,) in self.values


@dataclass(frozen=True, slots=True)
class NumberLexicon:
    """The number vocabulary by kind (see ``quantity_words.tsv``)."""

    kinds: dict[str, Phrases]
    vague_ranges: dict[Key, tuple[float, float, float]]
    unit_categories: dict[str, str]
    starters: frozenset[str]
    digits: re.Pattern[str]

    def phrases(self, kind: str) -> Phrases:
        """Return the phrases of one kind."""
        return self.kinds[kind]

    def factor(self, kind: str, word: str) -> float | None:
        """Return the value of a one-word number, multiplier or suffix, or None."""
        value = self.kinds[kind].values.get((word,))
        return None if value is None else float(value)


def _key(spelling: str) -> Key:
    return tuple(spelling.lower().split())


def load_number_lexicon(path: Path | None = None) -> NumberLexicon:
    """Read the number vocabulary from ``path`` (default: the packaged table).

    Raises:
        KnowledgeError: the file cannot be read or a row is bad.
    """
    table = read_table(path or packaged(WORDS_TABLE), ("words", "kind"), _WORD_CHECKS)
    values: dict[str, dict[Key, str]] = {kind: {} for kind in WORD_KINDS}
    ranges: dict[Key, tuple[float, float, float]] = {}
    units: dict[str, str] = {}
    for row in table.rows:
        kind = row["kind"]
        _check_value(row, kind)
        for spelling in row.items("words"):
            values[kind][_key(spelling)] = row.get("value")
            if kind == "vague":
                ranges[_key(spelling)] = (
                    float(row["value"]), float(row.get("low") or row["value"]),
                    float(row.get("high") or row["value"]),
                )  # fmt: skip
        if kind == "unit":
            units[row["value"]] = row.get("category", "other")
    starters = frozenset(k[0] for kind in ("number", "vague") for k in values[kind]) | {"a", "an"}
    return NumberLexicon(
        {k: Phrases.of(v) for k, v in values.items()}, ranges, units, starters, _digits(values)
    )


def _digits(values: dict[str, dict[Key, str]]) -> re.Pattern[str]:
    """Digits with an optional glued currency prefix ("rs.500") and a glued suffix ("3bn")."""
    prefixes = sorted((k[0] for k in values["currency_before"] if len(k) == 1), key=len)
    prefix = "|".join(re.escape(p) for p in reversed(prefixes))
    return re.compile(rf"(?P<prefix>{prefix})?{_DIGITS}(?P<suffix>[a-z%\u00b2]+)?")


def _check_value(row: Row, kind: str) -> None:
    value = row.get("value")
    if kind in _NUMBER and not _is_number(value):
        raise row.error(f"kind {kind} needs a number in column 'value', not {value!r}")
    if kind in ("bound", "bound_after") and value not in _BOUNDS:
        raise row.error(f"kind {kind} needs a bound in column 'value', not {value!r}")
    if kind in ("unit", "currency_before", "currency_after", "range_opener") and not value:
        raise row.error(f"kind {kind} needs a value")


@dataclass(frozen=True, slots=True)
class Cue:
    """What a cue word says: the category, and which argument the count must be (verbs, events)."""

    category: QuantityCategory
    role: str = "any"
    extra: Key = ()


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Category cues by kind (see ``quantity_cues.tsv``); verbs keyed by lemma, longest first."""

    verbs: dict[str, tuple[Cue, ...]]
    adjectives: dict[str, QuantityCategory]
    nouns: Phrases
    of_nouns: dict[str, QuantityCategory]
    places: dict[str, QuantityCategory]
    events: tuple[tuple[str, Cue], ...]
    persons: frozenset[str]


def load_cue_lexicon(path: Path | None = None, agents: Sequence[str] = ()) -> CueLexicon:
    """Read the cue table from ``path`` (default: the packaged table).

    Args:
        path: a table in the ``quantity_cues.tsv`` format.
        agents: agent noun phrases (lemmas) that also name people.

    Raises:
        KnowledgeError: the file cannot be read or a row is bad.
    """
    table = read_table(path or packaged(CUES_TABLE), ("words", "kind"), _CUE_CHECKS)
    verbs: dict[str, list[Cue]] = {}
    single: dict[str, dict[str, QuantityCategory]] = {"adjective": {}, "place": {}, "of_noun": {}}
    nouns: dict[Key, str] = {}
    events: list[tuple[str, Cue]] = []
    persons: set[str] = set(agents)
    for row in table.rows:
        kind, words = row["kind"], row["words"]
        category = cast(QuantityCategory, row.get("category"))
        if kind != "person" and not category:
            raise row.error(f"kind {kind} needs a category")
        if kind == "verb":
            verb, *extra = words.split()
            verbs.setdefault(verb, []).append(Cue(category, row.get("role", "any"), tuple(extra)))
        elif kind == "event":
            events.append((words, Cue(category, row.get("role", "any"))))
        elif kind == "noun":
            nouns[_key(words)] = category
        elif kind == "person":
            persons.add(words)
        else:
            single[kind][words] = category
    return CueLexicon(
        verbs={v: tuple(sorted(c, key=lambda cue: -len(cue.extra))) for v, c in verbs.items()},
        adjectives=single["adjective"],
        nouns=Phrases.of(nouns),
        of_nouns=single["of_noun"],
        places=single["place"],
        events=tuple(sorted(events, key=lambda e: -len(e[0]))),
        persons=frozenset(persons),
    )


@lru_cache(maxsize=1)
def number_lexicon() -> NumberLexicon:
    """The packaged number vocabulary, read once per process."""
    return load_number_lexicon()


@cached_per_knowledge
def cue_lexicon(knowledge: Knowledge) -> CueLexicon:
    """The packaged cue table plus the agent nouns of the knowledge in force, built once per
    knowledge version (user agent files add their nouns)."""
    return load_cue_lexicon(agents=[a.phrase for a in knowledge.agents])
