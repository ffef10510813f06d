"""Opening a DuckDB store and bringing its schema up to date with the named migrations.

Migrations are applied once each, in order, and recorded in ``schema_migrations``. A database
that records a migration this version does not know was made by a newer eventwire and is refused
rather than misread. A read-only store must already have every migration.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import duckdb

from eventwire.errors import StoreError
from eventwire.store.schema import MIGRATIONS, MIGRATIONS_TABLE

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


def _applied(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {name for (name,) in con.execute("SELECT name FROM schema_migrations").fetchall()}


def migrate(con: duckdb.DuckDBPyConnection, location: str) -> None:
    """Apply, once each and in order, the named migrations the database lacks."""
    try:
        con.execute(MIGRATIONS_TABLE)
        applied = _applied(con)
        _refuse_unknown(applied, location)
        for name, sql in MIGRATIONS:
            if name in applied:
                continue
            con.begin()
            try:
                con.execute(sql)
                con.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?)", [name, dt.datetime.now(dt.UTC)]
                )
                con.commit()
            except BaseException:
                con.rollback()
                raise
    except duckdb.Error as exc:
        raise StoreError(f"cannot prepare the store ({error_line(exc)})", source=location) from exc


def check_migrated(con: duckdb.DuckDBPyConnection, location: str) -> None:
    """Refuse a read-only database whose schema is not the one this version reads."""
    try:
        applied = _applied(con)
    except duckdb.CatalogException:
        raise StoreError(
            "not an eventwire store (no schema_migrations table)", source=location
        ) from None
    _refuse_unknown(applied, location)
    missing = [name for name, _ in MIGRATIONS if name not in applied]
    if missing:
        raise StoreError(
            f"the store needs migration {missing[0]}; open it for writing once (eventwire ingest)",
            source=location,
        )


def _refuse_unknown(applied: set[str], location: str) -> None:
    unknown = sorted(applied - {name for name, _ in MIGRATIONS})
    if unknown:
        raise StoreError(
            f"made by a newer eventwire (unknown migration {unknown[0]}); upgrade eventwire",
            source=location,
        )


def error_line(exc: BaseException) -> str:
    """The first line of a database error (DuckDB messages can run over several)."""
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
