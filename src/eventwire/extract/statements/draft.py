"""A statement while it is being found (:class:`Draft`).

Finders work on tokens and character offsets of the cleaned text; records are built at the end
(:mod:`eventwire.extract.statements.assemble`). Content pieces are character spans; the speaker is a
token range, so the actors layer's token index can resolve it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from eventwire.records import Stance

__all__ = ["CharSpan", "Draft", "Origin"]

CharSpan = tuple[int, int]
#: How a statement was found: a quotation and its frame, a speaker label ("NAME: ..."), an
#: attribution line ("... ― Name"), or the parse of a reported clause.
Origin = Literal["quote", "label", "dash", "parse"]


@dataclass(slots=True)
class Draft:
    """One attribution before it becomes a ``Statement``.

    Attributes:
        pieces: content spans (characters), in text order.
        origin: how it was found.
        stance: the cue's stance.
        cue: the cue's character span, or None.
        cue_token: index of the cue's head token (None for a label or a dash).
        speaker: token range ``[start, end)`` of the speaker mention, or None.
        speaker_head: index of the token the speaker refers through (a relative pronoun's
            antecedent, else the mention's head): the one the actors layer resolves.
        addressee: index of the addressee's head token, or None.
        via: character span of the document the statement is reported through, or None.
        frame: character span of the attribution clause (where its date is looked for).
        slot: the content slot of a reported statement (``object``, ``clause`` ...).
    """

    pieces: list[CharSpan]
    origin: Origin
    stance: Stance = "say"
    cue: CharSpan | None = None
    cue_token: int | None = None
    speaker: tuple[int, int] | None = None
    speaker_head: int | None = None
    addressee: int | None = None
    via: CharSpan | None = None
    frame: CharSpan | None = None
    slot: str | None = None

    @property
    def start(self) -> int:
        """Offset of the first content character."""
        return self.pieces[0][0]
