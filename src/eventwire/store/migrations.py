"""The rules of the named migrations of ``schema.py``, for every backend.

Migrations are applied once each, in order, and recorded in ``schema_migrations`` (``SQLStore``
applies them in one transaction that holds the writers' lock, so two processes opening a new
PostgreSQL database at the same time apply them once). A database that records a migration this
version does not know was made by a newer eventwire and is refused rather than misread. A
read-only store must already have every migration. A DuckDB file that holds other tables and no
``schema_migrations`` belongs to another program and is refused, not given our tables.
"""

from __future__ import annotations

from eventwire.errors import StoreError
from eventwire.store.schema import MIGRATIONS

# information_schema is standard SQL: DuckDB and PostgreSQL both answer it.
HAS_MIGRATIONS_TABLE = (
    "SELECT count(*) FROM information_schema.tables "
    "WHERE table_name = 'schema_migrations' AND table_schema = current_schema()"
)
TABLES = (
    "SELECT table_name FROM information_schema.tables "
    "WHERE table_schema = current_schema() ORDER BY table_name"
)
APPLIED = "SELECT name FROM schema_migrations"
RECORD = "INSERT INTO schema_migrations VALUES (?, ?)"
NOT_A_STORE = "not an eventwire store (no schema_migrations table; `eventwire ingest` makes one)"


def check_not_foreign(tables: list[str], location: str) -> None:
    """Refuse a database with tables but no ``schema_migrations``: another program's data.

    Adding our tables beside theirs would mix two programs' data in one file.
    """
    if tables and "schema_migrations" not in tables:
        shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
        raise StoreError(
            f"not an eventwire store: it holds other tables ({shown}) and no schema_migrations; "
            "give a new file",
            source=location,
        )


def pending(applied: set[str], location: str) -> list[tuple[str, str]]:
    """Return the migrations (name, SQL) a database that recorded ``applied`` lacks, in order.

    Raises:
        StoreError: the database records a migration this version does not know.
    """
    unknown = sorted(applied - {name for name, _ in MIGRATIONS})
    if unknown:
        raise StoreError(
            f"made by a newer eventwire (unknown migration {unknown[0]}); upgrade eventwire",
            source=location,
        )
    return [(name, sql) for name, sql in MIGRATIONS if name not in applied]


def check_complete(applied: set[str], location: str) -> None:
    """Refuse a database (opened read-only) whose schema is not the one this version reads."""
    missing = pending(applied, location)
    if missing:
        raise StoreError(
            f"the store needs migration {missing[0][0]}; open it for writing once "
            "(eventwire ingest)",
            source=location,
        )
