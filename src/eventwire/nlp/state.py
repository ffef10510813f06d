"""Per-document state carried on a spaCy ``Doc`` between eventwire components.

Components read the article context (publication date, dateline) and earlier layers from
``doc._.eventwire`` and add their own layer. Records stay Python objects in-process; the
multi-process path ships finished ``Article`` dicts, never ``Doc``s.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

EXTENSION = "eventwire"


@dataclass(slots=True)
class DocState:
    """Context and layers of one document, filled in by the components in pipeline order."""

    published: dt.date | None = None
    dateline: str | None = None
    layers: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    # Per-layer scratch that later layers may read; not part of the record. index["actors"] is
    # an eventwire.extract.actors.ActorIndex: token -> actor id, mention heads, set members.
    index: dict[str, Any] = field(default_factory=dict)


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
