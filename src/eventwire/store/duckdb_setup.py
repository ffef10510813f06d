"""Opening a DuckDB database with clear errors."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from eventwire.errors import StoreError
from eventwire.store.sql_store import error_line

MEMORY = ":memory:"


def connect(location: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    """Open the database at ``location`` (a path or ``:memory:``) with clear errors."""
    if "\x00" in location:
        raise StoreError("not a usable path (contains a NUL character)", source=repr(location))
    if location != MEMORY:
        path = Path(location).expanduser()
        if read_only and not path.exists():
            raise StoreError("no store here yet (run `eventwire ingest` first)", source=location)
        if not path.parent.is_dir():
            raise StoreError("directory does not exist", source=str(path.parent))
        location = os.fspath(path)
    try:
        return duckdb.connect(location, read_only=read_only and location != MEMORY)
    except duckdb.Error as exc:
        message = error_line(exc)
        if "lock" in message.lower():
            message = f"in use by another process ({message})"
        raise StoreError(f"cannot open the store: {message}", source=location) from exc
