"""Types shared by the places modules."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.extract.places.gazetteer import Match

Point = tuple[float, float]


@dataclass(slots=True)
class Mention:
    """A stretch of tokens ``[start, end)`` that names a place, with its gazetteer candidates.

    ``key`` is the folded name the place is resolved under (all mentions with one key get one
    place); ``label`` says where the mention came from (an entity label or a pattern name).
    """

    start: int
    end: int
    key: str
    label: str
    matches: tuple[Match, ...]
    kind: str = "name"  # name | demonym | metonym (a listed seat of government, not a town)
    country: str | None = None  # the country a demonym or metonym belongs to
    region_word: bool = False  # "the Kursk region"
    container: int | None = None  # index of the mention naming its region ("Paris, Texas")
