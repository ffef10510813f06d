"""Extractors: pure functions over a parsed ``Doc`` (and its ``DocState``) that return frozen records.

Each layer's function is named in ``eventwire.nlp.factories.LAYERS`` and re-exported here
(imported on first use, so ``import eventwire.extract`` stays cheap)::

    from eventwire.extract import extract_times
    times = extract_times(doc, state)
"""

from __future__ import annotations

import importlib
from typing import Any

_EXTRACTORS = {
    "extract_actors": "eventwire.extract.actors",
    "extract_times": "eventwire.extract.times",
    "extract_places": "eventwire.extract.places",
    "extract_statements": "eventwire.extract.statements",
    "extract_events": "eventwire.extract.events",
    "extract_quantities": "eventwire.extract.quantities",
}

__all__ = list(_EXTRACTORS)


def __getattr__(name: str) -> Any:
    if name in _EXTRACTORS:
        return getattr(importlib.import_module(_EXTRACTORS[name]), name)
    raise AttributeError(f"module 'eventwire.extract' has no attribute {name!r}")
