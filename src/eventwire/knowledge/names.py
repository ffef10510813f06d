"""What the knowledge tables share: name normalisation, item marks, clash-checked indexes, merging.

Names in the tables (country aliases, demonyms, metonyms, organisation aliases) are looked up the
way news writes them:

* case, accents, curly apostrophes and runs of spaces are folded ("Côte d’Ivoire" finds
  "Cote d'Ivoire"), and a leading "the" may be dropped ("the United States" finds "United States");
* an item with no lowercase letter (``US``, ``U.S.``, ``DPRK``, ``WHO``) or written with a leading
  ``=`` (``=Labour``) matches only exactly as written, so the pronoun "us" is never the United
  States and the noun "labour" never the party;
* an item written with a leading ``~`` is shared with another row ("Congolese" for both Congos):
  it stays in the record but never resolves on its own.

Two rows that claim the same name raise ``KnowledgeError`` naming both lines. Override files
are merged into a table by key with :func:`merge_rows`.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Generic, NamedTuple, TypeVar

from eventwire.errors import KnowledgeError
from eventwire.knowledge.tsv import Row

__all__ = [
    "Marked",
    "NameIndex",
    "Origin",
    "by_identity",
    "fold",
    "is_exact",
    "merge_rows",
    "split_marks",
]

T = TypeVar("T")
S = TypeVar("S")
R = TypeVar("R")

EXACT_MARK = "="
SHARED_MARK = "~"
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʻ": "'", "`": "'", "´": "'"})


class Origin(NamedTuple):
    """Where a record was read: file path and 1-based line number."""

    file: str
    line: int

    @classmethod
    def of(cls, row: Row) -> Origin:
        """Return the origin of a table row."""
        return cls(row.file, row.line)


class Marked(NamedTuple):
    """The items of a list column with their marks removed."""

    items: tuple[str, ...]
    exact: frozenset[str]
    shared: frozenset[str]


def fold(text: str) -> str:
    """Fold a name for case- and accent-insensitive comparison."""
    if text.isascii():
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def is_exact(name: str) -> bool:
    """Whether a (mark-free) name is written only in capitals, digits and punctuation."""
    return name == name.upper() and name != name.lower()


def split_marks(items: Iterable[str]) -> Marked:
    """Strip ``=`` and ``~`` marks from list items, remembering which items carried them."""
    names: list[str] = []
    exact: set[str] = set()
    shared: set[str] = set()
    for item in items:
        name = item.lstrip(EXACT_MARK + SHARED_MARK).strip()
        if item.startswith(EXACT_MARK):
            exact.add(name)
        elif item.startswith(SHARED_MARK):
            shared.add(name)
        if name and name not in names:
            names.append(name)
    return Marked(tuple(names), frozenset(exact), frozenset(shared))


def by_identity(build: Callable[[S], R]) -> Callable[[S], R]:
    """Remember the last few results of ``build`` by the identity of its argument.

    Loading validates a table by building its index; the :class:`Knowledge` object built from
    the same (immutable) tuple then reuses that index instead of building it again.
    """
    cache: dict[int, tuple[S, R]] = {}

    @functools.wraps(build)
    def cached(arg: S) -> R:
        hit = cache.get(id(arg))
        if hit is not None and hit[0] is arg:
            return hit[1]
        result = build(arg)
        if len(cache) >= 8:
            cache.clear()
        cache[id(arg)] = (arg, result)  # holding ``arg`` keeps its id from being reused
        return result

    return cached


def _variants(text: str) -> tuple[str, ...]:
    """The text with single spaces, and without a leading "the" when it has one."""
    text = " ".join(text.split())
    head, _, rest = text.partition(" ")
    return (text, rest) if head.lower() == "the" and rest else (text,)


@dataclass(frozen=True)
class _Entry(Generic[T]):
    value: T
    key: str
    origin: Origin


@dataclass
class NameIndex(Generic[T]):
    """A name -> record index that refuses two records claiming one name.

    Args:
        what: what the names are ("alias", "demonym" ...), for error messages.
    """

    what: str
    _exact: dict[str, _Entry[T]] = field(default_factory=dict, repr=False)
    _folded: dict[str, _Entry[T]] = field(default_factory=dict, repr=False)
    _shared: dict[str, str] = field(default_factory=dict, repr=False)

    def add(self, name: str, value: T, key: str, origin: Origin, *, exact: bool = False) -> None:
        """Index ``name`` for ``value`` (whose identity is ``key``).

        Raises:
            KnowledgeError: another record (a different key) already claims the name.
        """
        table, text = (self._exact, " ".join(name.split())) if exact else (self._folded, fold(name))
        entry = table.get(text)
        if entry is None:
            table[text] = _Entry(value, key, origin)
        elif entry.key != key:
            raise KnowledgeError(
                f"line {origin.line}: {self.what} {name!r} of {key} is already the {self.what} "
                f"of {entry.key} (line {entry.origin.line} of {entry.origin.file})",
                source=origin.file,
            )

    def add_marked(self, names: Marked, value: T, key: str, origin: Origin) -> None:
        """Index every item of a marked list; shared items are recorded but not resolvable."""
        for name in names.items:
            if name in names.shared:
                self._shared.setdefault(fold(name), key)
            else:
                exact = name in names.exact or is_exact(name)
                self.add(name, value, key, origin, exact=exact)

    def get(self, text: str) -> T | None:
        """Return the record a name stands for, or ``None`` (unknown or shared name)."""
        for variant in _variants(text):
            entry = self._exact.get(variant) or self._folded.get(fold(variant))
            if entry is not None:
                return entry.value
        return None

    def is_shared(self, text: str) -> bool:
        """Whether the name is listed only as shared between rows (so it resolves to nothing)."""
        return self.get(text) is None and any(fold(v) in self._shared for v in _variants(text))

    def __len__(self) -> int:
        return len(self._exact) + len(self._folded)


def merge_rows(base: Iterable[Row], overrides: Sequence[Iterable[Row]], key: str) -> list[Row]:
    """Merge table rows by key: an override row replaces the base row with its key, or is added.

    Args:
        base: the rows of the main table.
        overrides: the rows of each override file, applied in order.
        key: the column that identifies a row.

    Raises:
        KnowledgeError: a key repeats within one file (the message names both lines).
    """
    merged = _unique(base, key)
    for rows in overrides:
        merged.update(_unique(rows, key))
    return list(merged.values())


def _unique(rows: Iterable[Row], key: str) -> dict[str, Row]:
    seen: dict[str, Row] = {}
    for row in rows:
        first = seen.get(row[key])
        if first is not None:
            raise row.error(f"{key} {row[key]!r} repeats line {first.line}")
        seen[row[key]] = row
    return seen
