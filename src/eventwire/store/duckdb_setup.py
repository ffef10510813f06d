"""Opening a DuckDB database with clear errors."""

from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb

from eventwire.errors import StoreError
from eventwire.store.sql_store import error_line

MEMORY = ":memory:"
_PID = re.compile(r"\bPID (\d+)")


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
            raise StoreError(locked_message(message), source=location) from exc
        raise StoreError(f"cannot open the store: {message}", source=location) from exc


def locked_message(message: str) -> str:
    """Say why a locked DuckDB file cannot be opened now, and what to do instead.

    DuckDB does not wait for the lock: the open fails at once, so a query never hangs.
    """
    pid = _PID.search(message)
    holder = f"process {pid[1]}" if pid else "another process"
    return (
        f"cannot open the store: {holder} has it open (a DuckDB file is open to one process "
        "while it writes, such as an `eventwire ingest`, and to readers only when nobody "
        "writes); run this again when that process has finished, or keep the store in "
        "PostgreSQL (--db postgresql://...) to query it during an ingest"
    )
