"""eventwire: news articles -> events, statements, actors, times, places and quantities.

The public API is small and imported lazily, so ``import eventwire`` stays fast::

    import eventwire
    article = eventwire.process("Text of a news story ...", date="2025-09-03")
    for article in eventwire.process_many(paths_or_texts, n_process=2): ...
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from eventwire.version import __version__

if TYPE_CHECKING:
    from eventwire.nlp.loading import load_pipeline
    from eventwire.pipeline import process, process_many
    from eventwire.store import open_store

_EXPORTS = {
    "process": "eventwire.pipeline",
    "process_many": "eventwire.pipeline",
    "load_pipeline": "eventwire.nlp.loading",
    "open_store": "eventwire.store",
}

__all__ = ["__version__", "load_pipeline", "open_store", "process", "process_many"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
