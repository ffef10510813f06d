"""Bringing a store's schema up to date with the named migrations of ``schema.py``, on any backend.

Migrations are applied once each, in order, and recorded in ``schema_migrations``, all in one
transaction that holds the writers' lock (two processes opening a new PostgreSQL database at the
same time apply them once). A database that records a migration this version does not know was
made by a newer eventwire and is refused rather than misread. A read-only store must already have
every migration.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from eventwire.errors import StoreError
from eventwire.store.schema import MIGRATIONS, MIGRATIONS_TABLE

if TYPE_CHECKING:
    from eventwire.store.sql_store import SQLStore

# information_schema is standard SQL: DuckDB and PostgreSQL both answer it.
_HAS_MIGRATIONS_TABLE = (
    "SELECT count(*) FROM information_schema.tables "
    "WHERE table_name = 'schema_migrations' AND table_schema = current_schema()"
)


def migrate(store: SQLStore) -> None:
    """Apply, once each and in order, the named migrations the database lacks."""
    with store._transaction(failure="cannot prepare the store"):
        store._run(store.dialect.ddl(MIGRATIONS_TABLE))
        applied = _applied(store)
        _refuse_unknown(applied, store.location)
        for name, sql in MIGRATIONS:
            if name not in applied:
                store._run(store.dialect.ddl(sql))
                store._run(
                    "INSERT INTO schema_migrations VALUES (?, ?)", [name, dt.datetime.now(dt.UTC)]
                )


def check_migrated(store: SQLStore) -> None:
    """Refuse a database (opened read-only) whose schema is not the one this version reads."""
    if not store._fetch(_HAS_MIGRATIONS_TABLE, [])[0][0]:
        raise StoreError(
            "not an eventwire store (no schema_migrations table; `eventwire ingest` makes one)",
            source=store.location,
        )
    applied = _applied(store)
    _refuse_unknown(applied, store.location)
    missing = [name for name, _ in MIGRATIONS if name not in applied]
    if missing:
        raise StoreError(
            f"the store needs migration {missing[0]}; open it for writing once (eventwire ingest)",
            source=store.location,
        )


def _applied(store: SQLStore) -> set[str]:
    return {name for (name,) in store._fetch("SELECT name FROM schema_migrations", [])}


def _refuse_unknown(applied: set[str], location: str) -> None:
    unknown = sorted(applied - {name for name, _ in MIGRATIONS})
    if unknown:
        raise StoreError(
            f"made by a newer eventwire (unknown migration {unknown[0]}); upgrade eventwire",
            source=location,
        )
