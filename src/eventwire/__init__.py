"""eventwire: news articles -> events, statements, actors, times, places and quantities.

The public API is small and imported lazily, so ``import eventwire`` stays fast::

    import eventwire
    article = eventwire.process("Text of a news story ...", date="2025-09-03")
    for article in eventwire.process_many(paths_or_texts, n_process=2): ...
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventwire.version import __version__

if TYPE_CHECKING:
    from eventwire.nlp.loading import load_pipeline
    from eventwire.pipeline import process, process_many
    from eventwire.store import open_store

__all__ = ["__version__", "load_pipeline", "open_store", "process", "process_many"]


def __getattr__(name: str) -> Any:
    # imported on first use, so ``import eventwire`` does not load spaCy or DuckDB
    if name in ("process", "process_many"):
        from eventwire import pipeline

        return getattr(pipeline, name)
    if name == "load_pipeline":
        from eventwire.nlp.loading import load_pipeline

        return load_pipeline
    if name == "open_store":
        from eventwire.store import open_store

        return open_store
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
