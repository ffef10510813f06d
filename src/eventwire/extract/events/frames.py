"""Event frames: a trigger, its CAMEO code and its argument words, before actors are looked up.

A :class:`Frame` is what the coder reads off the parse: the trigger word(s), the pattern that
matched, the source and target argument head words (with how they were found), and the word whose
clause carries the event's modality and date. :mod:`.verbs` and :mod:`.nouns` build frames.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from spacy.tokens import Token

from eventwire.knowledge.event_patterns import Pattern

#: Looks an argument word up: the actor ids it stands for (empty when none).
Resolver = Callable[[Token], list[str]]


class ActorLookup(Protocol):
    """What the coder asks of the actors: who an argument word is, and whether an actor is a
    bare kind of people ("people") rather than someone (:class:`.arguments.Lookup`)."""

    def resolve(self, token: Token, places: bool = False) -> list[str]:
        """Return the actor ids an argument word stands for."""
        ...

    def generic(self, actor_id: str) -> bool:
        """Return whether the actor is a bare kind of people with no country."""
        ...

    def implied_agent(self, trigger: Token, code: str) -> str | None:
        """Return the actor an agentless event implies, if any ("were arrested, police said")."""
        ...

    def seat_of_government(self, token: Token) -> str | None:
        """Return the government a capital as an event's agent stands for, if it is one."""
        ...

    def owner_country(self, word: Token) -> str | None:
        """Return the country a demonym modifying a word names ("Palestinian homes"), if any."""
        ...


@dataclass(frozen=True, slots=True)
class Frame:
    """One coded trigger.

    Attributes:
        trigger: the event word (a verb, or an event noun).
        span: token start and end (exclusive) of the trigger text ("held a bilateral meeting").
        code: the CAMEO code of the pattern (before recoding by modality).
        pattern: the matching row.
        sources: source argument head words (coordinations are expanded later).
        targets: target argument head words.
        source_how: subj, agent, inherited, poss, by, light, mod, between, elided (a light
            verb with no subject of its own: "agreed on carrying out a protest") or none.
        target_how: the target alternative that found the target (obj, prep:to ...) or none.
        anchor: the word whose clause carries modality and date (the verb; for a noun, its light
            verb or the verb of its clause).
        consumed: tokens of the slot this frame coded (no separate events from them).
        topic: the code comes from a matched slot (a family topic or a class).
    """

    trigger: Token
    span: tuple[int, int]
    code: str
    pattern: Pattern
    sources: tuple[Token, ...]
    targets: tuple[Token, ...]
    source_how: str
    target_how: str
    anchor: Token
    consumed: frozenset[int] = field(default_factory=frozenset)
    topic: bool = False

    @property
    def recip(self) -> bool:
        """Whether a plural source without target gives both directions."""
        return self.pattern.recip

    @property
    def nominal(self) -> bool:
        """Whether the trigger is a noun."""
        return self.pattern.nominal
