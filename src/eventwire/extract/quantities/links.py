"""Whose number it is: the actor the counted people belong to, the event, the statement.

* ``actor``: the actor whose mention covers the counted noun ("North Korean soldiers" -> the
  PRKMIL actor), else the first actor mentioned inside the counted phrase ("members of Hamas");
* ``event``: the event whose trigger is the verb that gave the category, else the nearest event
  trigger among the counted noun and the words it hangs from, within its clause;
* ``statement``: the statement whose content contains the number (the innermost piece).

Each layer is optional: without it the link is None.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire.nlp.actor_index import ActorIndex
from eventwire.nlp.state import DocState
from eventwire.records import Event, Statement

__all__ = ["Links"]

# The walk up from a count stops at the edge of its clause: a relative or adverbial clause, a
# reported clause, a conjoined clause ("met ... and 12 were killed" is not the meeting's count),
# and an absolute "with" phrase ("with about 1,000 engineers already in Russia").
_CLAUSE_EDGES = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "conj", "appos"})
_EDGE_PREPS = frozenset({"with"})


@dataclass(frozen=True, slots=True)
class Links:
    """Token-level lookups of the actors, events and statements layers of one document."""

    actors: ActorIndex | None
    events: dict[int, Event]
    pieces: tuple[tuple[int, int, str], ...]

    @classmethod
    def of(cls, doc: Doc, state: DocState) -> Links:
        """Build the lookups from the layers already in ``state``."""
        return cls(
            state.actor_index,
            _event_tokens(doc, state.records("events")),
            _statement_pieces(state.statements or ()),
        )

    def actor(self, head: Token | None, what: tuple[int, int] | None) -> str | None:
        """The actor of the counted people: the mention covering the head, else one inside."""
        if self.actors is None or head is None:
            return None
        found = self.actors.actor_at(head.i)
        if found is not None or what is None:
            return found
        for i in range(*what):
            found = self.actors.actor_at(i)
            if found is not None:
                return found
        return None

    def event(self, source: Token | None, arg: Token) -> str | None:
        """The event coded on ``source``, else on ``arg`` or the first word above it that has one."""
        if source is not None and source.i in self.events:
            return self.events[source.i].id
        token = arg
        for _ in range(64):  # a parse is a tree; the bound only guards against a broken one
            if token.i in self.events:
                return self.events[token.i].id
            if token.head == token or token.dep_ in _CLAUSE_EDGES or token.lower_ in _EDGE_PREPS:
                break
            token = token.head
        return None

    def statement(self, start: int, end: int) -> str | None:
        """The statement whose content piece contains ``[start, end)`` (the shortest such piece)."""
        best: tuple[int, str] | None = None
        for piece_start, piece_end, statement in self.pieces:
            if piece_start <= start and end <= piece_end:
                length = piece_end - piece_start
                if best is None or length < best[0]:
                    best = (length, statement)
        return best[1] if best else None


def _event_tokens(doc: Doc, events: Sequence[object]) -> dict[int, Event]:
    """Token index -> the first event (in id order) with a trigger on that token."""
    found: dict[int, Event] = {}
    for event in events:
        if not isinstance(event, Event):
            continue
        for trigger in event.triggers:
            span = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
            for token in span or ():
                found.setdefault(token.i, event)
    return found


def _statement_pieces(statements: Sequence[object]) -> tuple[tuple[int, int, str], ...]:
    return tuple(
        (piece.start, piece.end, statement.id)
        for statement in statements
        if isinstance(statement, Statement)
        for piece in statement.content
    )
