"""Words only one country's news uses for its own institutions (``knowledge/data/country_cues.tsv``).

"Sheriff's deputies", "the Marion County Jail", "Sen. Collins (R-Maine)" and "Dayton, Ohio" tell a
reader the story is American before any place is resolved; "Preston Crown Court" that it is English,
"gardaí" that it is Irish. The actors layer counts each match as one piece of evidence for the
document's country (:func:`eventwire.extract.actors.backoff.document_country`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from eventwire.knowledge.tsv import packaged, read_table

__all__ = ["TABLE", "country_cues"]

TABLE = "country_cues.tsv"


def _pattern(value: str) -> bool:
    try:
        re.compile(value)
    except re.error:
        return False
    return True


@dataclass(frozen=True, slots=True)
class _Cue:
    pattern: re.Pattern[str]
    anchors: tuple[str, ...]
    country: str


@lru_cache(maxsize=1)
def _cues() -> tuple[_Cue, ...]:
    """The table's rows, their patterns compiled to end at a word boundary."""
    table = read_table(
        packaged(TABLE),
        ("pattern", "country", "anchors"),
        {"pattern": _pattern, "country": lambda v: len(v) == 3 and v.isupper()},
    )
    return tuple(
        _Cue(re.compile(rf"(?:{row['pattern']})(?!\w)"), row.items("anchors"), row["country"])
        for row in table.rows
    )


def country_cues(text: str) -> Iterator[str]:
    """Yield the ISO 3166-1 alpha-3 country of each cue found in ``text``, once per match of a
    row (a row is tried only when the text holds one of its anchors: most texts hold few)."""
    for cue in _cues():
        if any(anchor in text for anchor in cue.anchors):
            for _ in cue.pattern.finditer(text):
                yield cue.country
