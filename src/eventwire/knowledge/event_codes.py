"""CAMEO event codes (``event_codes.tsv``), their classes (``event_code_classes.tsv``) and recoding
by modality (``event_recodes.tsv``).

:func:`load_codebook` returns a :class:`CodeBook`: every CAMEO event code with its name, quad
class, Goldstein score and PLOVER type/mode, and the two recodings the events layer applies: an
intended cooperative event takes its "express intent" code ("will visit" 042 -> 036), an intended
conflict event announced under a condition takes its threat code ("will withdraw ... unless" 1661
-> 136), a refused cooperative act its rejection code ("will not accept refugees" 075 -> 1223).
:meth:`CodeBook.in_class` answers which class of codes a code is in (verbal, forceful,
cooperative ...), so the layer's reasoning about kinds of acts reads a documented table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from eventwire.knowledge.tsv import Row, is_score, packaged, read_table

__all__ = [
    "CLASSES_TABLE",
    "CODES_TABLE",
    "RECODES_TABLE",
    "CodeBook",
    "EventCode",
    "load_codebook",
]

CODES_TABLE = "event_codes.tsv"
RECODES_TABLE = "event_recodes.tsv"
CLASSES_TABLE = "event_code_classes.tsv"

_CODE = re.compile(r"[0-9]{2,4}")


def is_code(value: str) -> bool:
    """Return whether ``value`` has the shape of a CAMEO event code (2-4 digits)."""
    return _CODE.fullmatch(value) is not None


@dataclass(frozen=True, slots=True)
class EventCode:
    """One CAMEO event code and its scores."""

    code: str
    name: str
    quad_class: int
    goldstein: float
    plover: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        """The root category (first two digits)."""
        return self.code[:2]


@dataclass(frozen=True)
class CodeBook:
    """The CAMEO codes by code, and the recodings by modality."""

    codes: dict[str, EventCode]
    intended: dict[str, str]
    threats: dict[str, str]
    refusals: dict[str, str]
    classes: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def in_class(self, code: str, name: str) -> bool:
        """Return whether ``code`` starts with one of the codes of class ``name``.

        Raises:
            KeyError: no class has that name (a programming error, not a data one).
        """
        return code.startswith(self.classes[name])

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def get(self, code: str) -> EventCode:
        """Return the code's entry (raises ``KeyError`` for an unknown code)."""
        return self.codes[code]

    def recode(self, code: str, *, intended: bool, threat: bool, refused: bool = False) -> str:
        """Return the code an event takes under its modality (itself when nothing applies).

        Args:
            code: the pattern's code.
            intended: the event is intended (cooperative codes take their "intent" code).
            threat: the event is announced under a condition (conflict codes take their threat
                code; this wins over ``intended``).
            refused: the event is a refused cooperative act ("will not accept", "failed to
                reach"; wins over all).

        The tables are searched for the code, then its parents ("0841" -> "084" -> "08").
        """
        table = (
            self.refusals if refused
            else self.threats if threat
            else self.intended if intended
            else None
        )  # fmt: skip
        if table is None:
            return code
        for length in range(len(code), 1, -1):
            found = table.get(code[:length])
            if found:
                return found
        return code


def load_codebook(directory: Path | None = None) -> CodeBook:
    """Load ``event_codes.tsv`` and ``event_recodes.tsv`` (the packaged ones, cached, by default).

    Raises:
        KnowledgeError: a file cannot be read or a row is bad (the message names file and line).
    """
    return _packaged() if directory is None else _load(directory)


@lru_cache(maxsize=1)
def _packaged() -> CodeBook:
    return _load(packaged(CODES_TABLE).parent)


def _load(directory: Path) -> CodeBook:
    table = read_table(
        directory / CODES_TABLE,
        ("code", "name", "quad_class", "goldstein"),
        {
            "code": is_code,
            "quad_class": lambda v: v in {"0", "1", "2", "3", "4"},
            "goldstein": is_score,
        },
    )
    codes: dict[str, EventCode] = {}
    for row in table.rows:
        if row["code"] in codes:
            raise row.error(f"duplicate code {row['code']!r}")
        codes[row["code"]] = EventCode(
            code=row["code"],
            name=row["name"],
            quad_class=int(row["quad_class"]),
            goldstein=float(row["goldstein"]),
            plover=row.get("plover") or None,
            plover_mode=row.get("plover_mode") or None,
        )
    recodes = read_table(directory / RECODES_TABLE, ("code",), {"code": is_code})
    intended: dict[str, str] = {}
    threats: dict[str, str] = {}
    refusals: dict[str, str] = {}
    for row in recodes.rows:
        for column, target in (("intended", intended), ("threat", threats), ("refusal", refusals)):
            value = row.get(column)
            if value:
                _check_known(row, value, codes)
                target[row["code"]] = value
    return CodeBook(codes, intended, threats, refusals, _classes(directory / CLASSES_TABLE, codes))


def _classes(path: Path, codes: dict[str, EventCode]) -> dict[str, tuple[str, ...]]:
    table = read_table(path, ("class", "codes"), {"class": lambda v: v.replace("_", "").isalpha()})
    classes: dict[str, tuple[str, ...]] = {}
    for row in table.rows:
        if row["class"] in classes:
            raise row.error(f"duplicate class {row['class']!r}")
        members = tuple(row["codes"].split("|"))
        for code in members:
            _check_known(row, code, codes)
        classes[row["class"]] = members
    return classes


def _check_known(row: Row, code: str, codes: dict[str, EventCode]) -> None:
    if code not in codes:
        raise row.error(f"unknown CAMEO code {code!r} (not in {CODES_TABLE})")
