"""The DuckDB store: a file (or ``:memory:``), bulk writes through Arrow, a transaction per batch.

Rows reach the database only as registered Arrow tables (``INSERT INTO t SELECT ... FROM
incoming``), never row by row. ``add_batch`` (``SQLStore``) runs between ``BEGIN`` and ``COMMIT``
and rolls back on any error, so a batch is stored whole or not at all; DuckDB's write-ahead log
drops an uncommitted transaction when a killed process's database is reopened. A DuckDB file has
one writing process at a time (DuckDB locks it), so writers need no lock of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

import duckdb
import pyarrow as pa

from eventwire.errors import StoreError
from eventwire.store.base import ExportFormat
from eventwire.store.dialect import DUCKDB
from eventwire.store.duckdb_setup import connect
from eventwire.store.files import replaced_path
from eventwire.store.paths import sql_literal
from eventwire.store.rows import to_arrow
from eventwire.store.schema import COLUMNS, TABLES, order_key
from eventwire.store.sql_store import Row, SQLStore, error_line


class DuckDBStore(SQLStore):
    """A ``Store`` in a DuckDB database file (or in memory)."""

    _errors: ClassVar[tuple[type[Exception], ...]] = (duckdb.Error,)
    refuses_foreign_tables: ClassVar[bool] = True

    def __init__(self, location: str, *, read_only: bool = False) -> None:
        """Open (creating when writable and missing) the database and bring its schema up to date.

        Raises:
            StoreError: the file cannot be opened (missing when read-only, locked by another
                process, not a DuckDB file) or was made by a newer eventwire.
        """
        self.location = location
        self.dialect = DUCKDB
        self._con = connect(location, read_only)
        self._prepare(read_only)

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._con.execute(sql, list(params) if params else None).fetchall()

    def _run_dicts(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        rows: list[Row] = self._con.sql(sql, params=list(params)).to_arrow_table().to_pylist()
        return rows

    def _insert(self, table: str, rows: Sequence[Row]) -> None:
        if rows:
            self.insert_arrow(table, to_arrow(table, rows))

    def _insert_arrow(self, table: str, data: pa.Table) -> None:
        self.insert_arrow(table, data)

    def insert_arrow(self, table: str, data: pa.Table | pa.RecordBatchReader) -> None:
        """Add Arrow rows (``rows.arrow_schema(table)``) to ``table`` in one statement."""
        columns = ", ".join(name for name, _ in COLUMNS[table])
        view = f"incoming_{table}"
        self._con.register(view, data)
        try:
            insert = f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {view}"  # noqa: S608
            self._con.execute(insert)
        finally:
            self._con.unregister(view)

    def _export_tables(self, fmt: ExportFormat, directory: Path) -> list[Path]:
        options = "FORMAT csv, HEADER" if fmt == "csv" else "FORMAT parquet"
        written = []
        with self._snapshot():  # every table as of one moment
            for table in TABLES:
                query = f"SELECT * FROM {table} ORDER BY {order_key(table)}"  # noqa: S608
                with replaced_path(directory / f"{table}.{fmt}") as (partial, path):
                    try:
                        self._con.execute(f"COPY ({query}) TO {sql_literal(partial)} ({options})")
                    except duckdb.Error as exc:
                        raise StoreError(
                            f"export failed ({error_line(exc)})", source=str(path)
                        ) from exc
                written.append(path)
        return written

    def close(self) -> None:
        """Release the database (idempotent)."""
        self._con.close()
