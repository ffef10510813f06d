"""The PostgreSQL store: one database a team shares, bulk writes through COPY, a batch per transaction.

The tables, migrations, queries and exports are DuckDB's (``SQLStore`` and the shared SQL); only
the statements below talk to the server. Rows reach a table through binary ``COPY ... FROM STDIN``,
never row by row. Each batch runs at READ COMMITTED after taking a transaction-level advisory lock
(``dialect.WRITERS_LOCK``) that eventwire writers of one database take in turn: a writer that
waited sees what the one before it committed, so concurrent ingests store each article once.
Readers never wait for it. A killed writer's transaction is rolled back by the server, its lock
released with its connection.

CSV and Parquet exports stream a snapshot of every table (server-side cursors, in chunks) into a
scratch DuckDB store beside the output, whose own export writes the files: both backends write the
same files, column types and NOT NULL flags included.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, ClassVar

import psycopg
import pyarrow as pa
from psycopg.rows import dict_row

from eventwire.errors import StoreError
from eventwire.store.base import ExportFormat
from eventwire.store.duckdb_store import DuckDBStore
from eventwire.store.paths import redact
from eventwire.store.postgres_setup import connect
from eventwire.store.rows import arrow_batch, arrow_schema
from eventwire.store.schema import COLUMNS, TABLES
from eventwire.store.sql_store import Row, SQLStore, error_line

# The PostgreSQL type COPY sends each column kind of ``schema.COLUMNS`` as (JSON goes as text).
COPY_TYPES: dict[str, str] = {
    "str": "text",
    "int": "int4",
    "bigint": "int8",
    "float": "float8",
    "bool": "bool",
    "date": "date",
    "time": "timestamptz",
    "spans": "int4[]",
    "bytes": "bytea",
}

EXPORT_CHUNK = 5000
"""Rows fetched from the server at a time while exporting."""


class PostgresStore(SQLStore):
    """A ``Store`` in a PostgreSQL database (``postgresql://user@host:port/db``)."""

    _errors: ClassVar[tuple[type[Exception], ...]] = (psycopg.Error,)

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        """Connect and bring the schema up to date (read-only: check that it is).

        Raises:
            StoreError: the server cannot be reached or refuses, the database is not UTF8, is not
                a store (read-only), or was made by a newer eventwire.
        """
        self.location = redact(url)
        self._con, self.dialect = connect(url, read_only, self.location)
        self._prepare(read_only)

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._con.cursor() as cursor:
            if params:
                cursor.execute(_placeholders(sql), list(params))
            else:  # without parameters several statements may run at once (migrations)
                cursor.execute(sql)
            return cursor.fetchall() if cursor.description is not None else []

    def _run_dicts(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._con.cursor(row_factory=dict_row) as cursor:
            cursor.execute(_placeholders(sql), list(params))
            return cursor.fetchall()

    def _insert(self, table: str, rows: Sequence[Row]) -> None:
        if not rows:
            return
        names = [name for name, _ in COLUMNS[table]]
        copy_sql = f"COPY {table} ({', '.join(names)}) FROM STDIN (FORMAT BINARY)"
        with self._con.cursor() as cursor, cursor.copy(copy_sql) as copy:
            copy.set_types([COPY_TYPES[kind] for _, kind in COLUMNS[table]])
            for row in rows:
                copy.write_row([row[name] for name in names])

    def _export_tables(self, fmt: ExportFormat, directory: Path) -> list[Path]:
        # The snapshot goes into a scratch DuckDB store beside the output, which writes the files.
        with (
            tempfile.TemporaryDirectory(prefix=".eventwire-export-", dir=directory) as scratch,
            DuckDBStore(str(Path(scratch) / "snapshot.duckdb")) as copy,
        ):
            try:
                with self._snapshot():
                    for table in TABLES:
                        self._copy_table(table, copy)
            except (*self._errors, *DuckDBStore._errors) as exc:
                raise StoreError(
                    f"export failed ({error_line(exc)})", source=str(directory)
                ) from exc
            return copy._export_tables(fmt, directory)

    def _copy_table(self, table: str, copy: DuckDBStore) -> None:
        """Stream ``table`` into the same table of ``copy`` (a server-side cursor, in chunks)."""
        names = ", ".join(name for name, _ in COLUMNS[table])
        with self._con.cursor(name=f"eventwire_export_{table}") as cursor:
            cursor.execute(f"SELECT {names} FROM {table}")  # noqa: S608
            batches = _batches(table, cursor)
            copy.insert_arrow(
                table, pa.RecordBatchReader.from_batches(arrow_schema(table), batches)
            )

    def close(self) -> None:
        """Release the connection (idempotent)."""
        self._con.close()


def _placeholders(sql: str) -> str:
    """Return shared SQL with psycopg's placeholders: ``?`` -> ``%s`` (a literal ``%`` doubled).

    The shared SQL has no ``?`` other than placeholders (values are always parameters).
    """
    return sql.replace("%", "%%").replace("?", "%s")


def _batches(table: str, cursor: psycopg.ServerCursor[tuple[Any, ...]]) -> Iterator[pa.RecordBatch]:
    while rows := cursor.fetchmany(EXPORT_CHUNK):
        yield arrow_batch(table, rows)
