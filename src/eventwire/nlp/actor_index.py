"""The token-level index the actors layer leaves for later layers (``DocState.actors.index``).

Statements, events and quantities look actors up by token, not by character offsets:

* :meth:`ActorIndex.actor_at` -- the actor id of a token (the smallest mention covering it, so
  "Russia" in "Russia's army" is Russia and "army" is the army);
* :meth:`ActorIndex.actor_of` -- the actor of a syntactic argument: its own mention, else a
  mention headed by it, else the first mention inside its subtree span;
* ``mentions`` -- every mention as ``(token start, token end, actor id, how)``, in text order;
* ``heads`` -- the head token of each mention -> actor id;
* ``members`` -- set actor id -> member ids; ``kinds`` and ``codes`` by actor id.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.records import ActorKind, MentionHow

MentionRef = tuple[int, int, str, MentionHow]


@dataclass(frozen=True)
class ActorIndex:
    """Token-level lookups of the actors layer of one document."""

    mentions: tuple[MentionRef, ...] = ()
    by_token: dict[int, str] = field(default_factory=dict)
    heads: dict[int, str] = field(default_factory=dict)
    members: dict[str, tuple[str, ...]] = field(default_factory=dict)
    kinds: dict[str, ActorKind] = field(default_factory=dict)
    codes: dict[str, str | None] = field(default_factory=dict)

    def actor_at(self, i: int) -> str | None:
        """Return the id of the actor whose smallest mention covers token ``i``."""
        return self.by_token.get(i)

    def actor_of(self, token: Token) -> str | None:
        """Return the actor a syntactic argument refers to (its mention, or one it heads)."""
        if token.i in self.heads:
            return self.heads[token.i]
        found = self.by_token.get(token.i)
        if found is not None:
            return found
        left, right = token.left_edge.i, token.right_edge.i
        for start, _end, actor, _how in self.mentions:
            if left <= start <= right:
                return actor
        return None

    def mentions_of(self, actor: str) -> tuple[MentionRef, ...]:
        """Return the mentions of one actor, in text order."""
        return tuple(m for m in self.mentions if m[2] == actor)
