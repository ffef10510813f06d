"""The CAMEO actor-code vocabulary (``knowledge/data/actor_codes.tsv``) and code checks.

A CAMEO actor code concatenates 3-letter blocks: the actor's country (a CAMEO country code) or an
international type (``IGO``, ``NGO``, ``IMG`` ...), then type codes (``GOV``, ``MIL``, ``REB`` ...):
``RUSGOV``, ``PRKGOVMED``, ``IGOMIL``. Known-group codes (``NAT``, ``HMS``) name organisations and
are kept apart from the code.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eventwire.knowledge.tsv import packaged, read_table

__all__ = ["INTERNATIONAL", "NAMED_TYPES", "Vocabulary", "code_problem", "load_vocabulary"]

TABLE = "actor_codes.tsv"

#: Type codes that stand first in a code instead of a country.
INTERNATIONAL = frozenset({"IGO", "NGO", "IMG", "INT", "MNC", "NGM", "UIS"})

#: Type codes that name one organisation (Greenpeace is a type, not a known group, in CAMEO).
NAMED_TYPES = frozenset({"AMN", "IRC", "GRP", "UNO"})

_KINDS = ("type", "group", "religion")
_BLOCKS = re.compile(r"(?:[A-Z]{3}){1,4}")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The valid 3-letter codes by kind, with their labels."""

    types: frozenset[str]
    groups: frozenset[str]
    religions: frozenset[str]
    labels: dict[tuple[str, str], str]

    @property
    def group_codes(self) -> frozenset[str]:
        """Codes that may stand in a known-group field: known groups and organisation types."""
        return self.groups | (self.types & NAMED_TYPES)

    def label(self, kind: str, code: str) -> str | None:
        """Return what a code of a kind ("type", "group", "religion") stands for."""
        return self.labels.get((kind, code))


def load_vocabulary(path: Path | None = None) -> Vocabulary:
    """Load the vocabulary table (the packaged one, cached, when ``path`` is ``None``).

    Raises:
        KnowledgeError: the file cannot be read or a row is bad.
    """
    return _load_packaged() if path is None else _load(path)


@lru_cache(maxsize=1)
def _load_packaged() -> Vocabulary:
    return _load(packaged(TABLE))


def _load(path: Path) -> Vocabulary:
    table = read_table(
        path,
        ("code", "kind", "label"),
        {"code": lambda v: re.fullmatch(r"[A-Z]{3}", v) is not None, "kind": _KINDS.__contains__},
    )
    by_kind: dict[str, set[str]] = {kind: set() for kind in _KINDS}
    labels: dict[tuple[str, str], str] = {}
    for row in table.rows:
        if row["code"] in by_kind[row["kind"]]:
            raise row.error(f"duplicate {row['kind']} code {row['code']!r}")
        by_kind[row["kind"]].add(row["code"])
        labels[row["kind"], row["code"]] = row["label"]
    return Vocabulary(
        frozenset(by_kind["type"]),
        frozenset(by_kind["group"]),
        frozenset(by_kind["religion"]),
        labels,
    )


def code_problem(code: str, vocabulary: Vocabulary, countries: Collection[str]) -> str | None:
    """Say what is wrong with a CAMEO actor code, or return ``None`` when it is valid.

    Args:
        code: e.g. ``"RUSGOVMED"``.
        vocabulary: the valid type codes.
        countries: the valid country blocks (CAMEO and ISO alpha-3 codes).
    """
    if not _BLOCKS.fullmatch(code):
        return f"code {code!r} is not 1-4 blocks of 3 capital letters"
    blocks = [code[i : i + 3] for i in range(0, len(code), 3)]
    if blocks[0] not in INTERNATIONAL and blocks[0] not in countries:
        return (
            f"code {code!r} starts with {blocks[0]!r}, neither a country nor an international type"
        )
    unknown = [b for b in blocks[1:] if b not in vocabulary.types]
    if unknown:
        return f"code {code!r} has unknown type code(s) {', '.join(unknown)}"
    return None
