"""Typed per-document state carried on a spaCy ``Doc`` between eventwire components.

The annotator sets the article context (publication date, dateline); each layer's component
stores its extractor's result in the field named after the layer (see ``eventwire.layers``).
A field is None until its layer ran, so a layer that needs another can say what is missing.
No layer changes another's result: the events layer returns the actors it implies
(:attr:`EventsResult.implied_actors`), and the annotator adds them to the record's actors.
Records stay Python objects in-process; the multi-process path ships finished ``Article`` dicts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from eventwire.errors import PipelineError
from eventwire.nlp.actor_index import ActorIndex
from eventwire.records import Actor, Event, Place, Quantity, Statement, TimeExpr

EXTENSION = "eventwire"


@dataclass(frozen=True)
class ActorsResult:
    """What the actors layer returns: its records and the token-level index of their mentions."""

    actors: tuple[Actor, ...] = ()
    index: ActorIndex = field(default_factory=ActorIndex)

    @property
    def records(self) -> tuple[Actor, ...]:
        """The layer's records."""
        return self.actors


@dataclass(frozen=True)
class EventsResult:
    """What the events layer returns: its records, the implied actors they use (ids numbered
    after the article's own actors) and each event's confidence features (for calibration)."""

    events: tuple[Event, ...] = ()
    implied_actors: tuple[Actor, ...] = ()
    features: Mapping[str, Mapping[str, float]] = field(default_factory=dict)

    @property
    def records(self) -> tuple[Event, ...]:
        """The layer's records."""
        return self.events


@dataclass(slots=True)
class DocState:
    """Context and layer results of one document, filled in by the components in table order."""

    published: dt.date | None = None
    dateline: str | None = None
    actors: ActorsResult | None = None
    times: tuple[TimeExpr, ...] | None = None
    places: tuple[Place, ...] | None = None
    statements: tuple[Statement, ...] | None = None
    events: EventsResult | None = None
    quantities: tuple[Quantity, ...] | None = None

    def records(self, layer: str) -> tuple[Any, ...]:
        """Return the records of ``layer`` (``()`` when it did not run)."""
        value = getattr(self, layer)
        if value is None:
            return ()
        return value if isinstance(value, tuple) else tuple(value.records)

    def implied_actors(self) -> tuple[Actor, ...]:
        """Return the actors that layers other than the actors layer imply, in layer order."""
        return self.events.implied_actors if self.events is not None else ()

    def require(self, needed: tuple[str, ...], component: str) -> None:
        """Raise a ``PipelineError`` naming every layer in ``needed`` that has not run yet."""
        missing = [layer for layer in needed if getattr(self, layer) is None]
        if missing:
            adds = ", ".join(f'nlp.add_pipe("eventwire_{m}")' for m in missing)
            raise PipelineError(
                f"{component} needs the {', '.join(missing)} layer(s) first: add them before it "
                f"({adds}), or use eventwire.load_pipeline()"
            )

    @property
    def actor_list(self) -> tuple[Actor, ...]:
        """The actors layer's records (``()`` before it ran)."""
        return self.actors.actors if self.actors is not None else ()

    @property
    def actor_index(self) -> ActorIndex:
        """The actors layer's token index (an empty one before it ran)."""
        return self.actors.index if self.actors is not None else ActorIndex()


def ensure_extension() -> None:
    """Register ``Doc._.eventwire`` once (idempotent; called by the factories)."""
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)


def state_of(doc: Doc) -> DocState:
    """Return the document's state, creating an empty one (no date) if the caller set none."""
    ensure_extension()
    state = doc._.get(EXTENSION)
    if state is None:
        state = DocState()
        doc._.set(EXTENSION, state)
    return state  # type: ignore[no-any-return]
