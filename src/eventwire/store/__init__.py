"""The store: articles kept by id, with every sighting and every layer, behind one protocol.

``open_store()`` opens the store named by its argument, else by the ``db`` setting
(``$EVENTWIRE_DB``, the settings file, or ``eventwire.duckdb`` in the working directory): a DuckDB
file path or ``:memory:``, or a ``postgresql://user@host:port/db`` URL for a PostgreSQL database a
team shares. Both backends implement the same ``Store`` protocol over the same tables::

    with open_store("news.duckdb") as store:
        result = store.add_batch(articles)
        rows = store.events(Filters(actor="Putin", cameo="04"))
"""

from __future__ import annotations

import re

from eventwire.config import Settings
from eventwire.errors import StoreError
from eventwire.store.base import (
    EXPORT_FORMATS,
    BatchResult,
    ExportFormat,
    Parse,
    ShardFiles,
    Sighting,
    Store,
)
from eventwire.store.paths import redact
from eventwire.store.results import (
    ActorRow,
    EventClusterRow,
    EventRow,
    Filters,
    QuantityRow,
    StatementRow,
    Stats,
    StoryRow,
    TotalRow,
)
from eventwire.store.story_store import StoryUpdate

_POSTGRES = ("postgresql://", "postgres://")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def open_store(url_or_path: str | None = None, *, read_only: bool = False) -> Store:
    """Open the store at a DuckDB path, ``:memory:``, or a PostgreSQL URL.

    Args:
        url_or_path: Where the store is; None uses the ``db`` setting.
        read_only: Open for reading only (the store must exist; other readers may share it).

    Raises:
        StoreError: the location is unsupported or the store cannot be opened.
    """
    location = url_or_path if url_or_path else Settings.build().db
    if location.lower().startswith(_POSTGRES):
        from eventwire.store.postgres_store import PostgresStore  # psycopg only when used

        return PostgresStore(location, read_only=read_only)
    if _URL.match(location):
        raise StoreError(
            "unsupported store URL (use a DuckDB file path, :memory: or postgresql://...)",
            source=redact(location),
        )
    from eventwire.store.duckdb_store import DuckDBStore  # duckdb is imported only when used

    return DuckDBStore(location, read_only=read_only)


__all__ = [
    "EXPORT_FORMATS",
    "ActorRow",
    "BatchResult",
    "EventClusterRow",
    "EventRow",
    "ExportFormat",
    "Filters",
    "Parse",
    "QuantityRow",
    "ShardFiles",
    "Sighting",
    "StatementRow",
    "Stats",
    "Store",
    "StoryRow",
    "StoryUpdate",
    "TotalRow",
    "open_store",
]
