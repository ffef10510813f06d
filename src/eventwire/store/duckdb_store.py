"""The DuckDB store: a file (or ``:memory:``), bulk writes through Arrow, a transaction per batch.

Rows reach the database only as registered Arrow tables (``INSERT INTO t SELECT ... FROM
incoming``), never row by row. ``add_batch`` runs between ``BEGIN`` and ``COMMIT`` and rolls back
on any error, so a batch is stored whole or not at all; DuckDB's write-ahead log drops an
uncommitted transaction when a killed process's database is reopened.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import duckdb

from eventwire.errors import StoreError
from eventwire.records import Article
from eventwire.store.base import BatchResult, ExportFormat, Sighting
from eventwire.store.duckdb_setup import check_migrated, connect, error_line, migrate
from eventwire.store.paths import output_directory, output_file, sql_literal
from eventwire.store.query import (
    STATS_QUERIES,
    ActorRow,
    EventRow,
    Filters,
    QuantityRow,
    StatementRow,
    Stats,
    TotalRow,
    actors_query,
    count_query,
    events_query,
    quantities_query,
    statements_query,
    totals_query,
)
from eventwire.store.rows import (
    article_tables,
    pipeline_key,
    rebuild_article,
    sighting_row,
    to_arrow,
)
from eventwire.store.schema import (
    COLUMNS,
    LAYER_TABLES,
    TABLES,
    order_key,
)


class DuckDBStore:
    """A ``Store`` in a DuckDB database file (or in memory)."""

    def __init__(self, location: str, *, read_only: bool = False) -> None:
        """Open (creating when writable and missing) the database and bring its schema up to date.

        Raises:
            StoreError: the file cannot be opened (missing when read-only, locked by another
                process, not a DuckDB file) or was made by a newer eventwire.
        """
        self.location = location
        self._con = connect(location, read_only)
        try:
            if read_only:
                check_migrated(self._con, location)
            else:
                migrate(self._con, location)
        except BaseException:
            self._con.close()
            raise

    # -- writing -------------------------------------------------------------------------------

    def add_batch(self, articles: Sequence[Article]) -> BatchResult:
        """Store articles and their sightings in one transaction (see ``Store.add_batch``)."""
        if not articles:
            return BatchResult()
        now = dt.datetime.now(dt.UTC)
        first: dict[str, Article] = {}
        for article in articles:
            first.setdefault(article.id, article)
        with self._transaction():
            stored = self._stored_pipelines(list(first))
            new, replaced, present, kept = _classify(list(first.values()), stored)
            if replaced:
                ids = [a.id for a in replaced]
                for table in LAYER_TABLES:
                    delete = f"DELETE FROM {table} WHERE article_id = ANY(?)"  # noqa: S608
                    self._con.execute(delete, [ids])
                self._con.execute("DELETE FROM articles WHERE id = ANY(?)", [ids])
            for table, rows in article_tables([*new, *replaced], now).items():
                self._insert(table, rows)
            self._insert("sightings", [sighting_row(a, now) for a in articles])
        return BatchResult(
            stored=tuple(a.id for a in new),
            present=tuple(a.id for a in present) + _repeats(articles),
            replaced=tuple(a.id for a in replaced),
            kept=tuple(a.id for a in kept),
        )

    def _stored_pipelines(self, ids: list[str]) -> dict[str, str]:
        rows = self._con.execute(
            "SELECT id, pipeline FROM articles WHERE id = ANY(?)", [ids]
        ).fetchall()
        return {article_id: pipeline for article_id, pipeline in rows}

    def _insert(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        columns = ", ".join(name for name, _ in COLUMNS[table])
        view = f"incoming_{table}"
        self._con.register(view, to_arrow(table, rows))
        try:
            insert = f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {view}"  # noqa: S608
            self._con.execute(insert)
        finally:
            self._con.unregister(view)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._con.begin()
        try:
            yield
        except BaseException as exc:
            self._con.rollback()
            if isinstance(exc, duckdb.Error):
                raise StoreError(
                    f"batch not stored ({error_line(exc)})", source=self.location
                ) from exc
            raise
        try:
            self._con.commit()
        except duckdb.Error as exc:
            with contextlib.suppress(duckdb.Error):  # a failed commit may leave it open
                self._con.rollback()
            raise StoreError(f"batch not stored ({error_line(exc)})", source=self.location) from exc

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        """Run several reads in one transaction, so they see the same state of the store."""
        self._con.begin()
        try:
            yield
        finally:
            self._con.rollback()  # nothing was written: ending the transaction is all it takes

    # -- reading -------------------------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        """Return the stored article, rebuilt exactly, or None when the id is unknown."""
        found = self._load([article_id])
        return found[0] if found else None

    def iter_articles(self, chunk_size: int = 500) -> Iterator[Article]:
        """Yield every stored article, rebuilt, in id order, ``chunk_size`` at a time."""
        ids = [row[0] for row in self._fetch("SELECT id FROM articles ORDER BY id", [])]
        for start in range(0, len(ids), chunk_size):
            yield from self._load(ids[start : start + chunk_size])

    def _load(self, ids: list[str]) -> list[Article]:
        by_article: defaultdict[str, dict[str, list[dict[str, Any]]]] = defaultdict(
            lambda: defaultdict(list)
        )
        with self._snapshot():
            article_rows = self._dicts(
                "SELECT * FROM articles WHERE id = ANY(?) ORDER BY id", [ids]
            )
            if not article_rows:
                return []
            for table in LAYER_TABLES:
                order = order_key(table)
                sql = f"SELECT * FROM {table} WHERE article_id = ANY(?) ORDER BY {order}"  # noqa: S608
                for row in self._dicts(sql, [ids]):
                    by_article[row["article_id"]][table].append(row)
        return [rebuild_article(row, by_article[row["id"]]) for row in article_rows]

    def sightings(self, article_id: str) -> list[Sighting]:
        """Return every sighting of an article, oldest first."""
        names = ", ".join(name for name, _ in COLUMNS["sightings"])
        sql = f"SELECT {names} FROM sightings WHERE article_id = ? ORDER BY seen_at"  # noqa: S608
        return [Sighting(*row) for row in self._fetch(sql, [article_id])]

    def events(self, filters: Filters) -> list[EventRow]:
        """Return the events matching ``filters``."""
        return [EventRow(*row) for row in self._fetch(*events_query(filters))]

    def statements(self, filters: Filters) -> list[StatementRow]:
        """Return the statements matching ``filters``."""
        return [StatementRow(*row) for row in self._fetch(*statements_query(filters))]

    def actors(self, filters: Filters) -> list[ActorRow]:
        """Return the actors matching ``filters``."""
        return [ActorRow(*row) for row in self._fetch(*actors_query(filters))]

    def quantities(self, filters: Filters) -> list[QuantityRow]:
        """Return the reported numbers matching ``filters``."""
        return [QuantityRow(*row) for row in self._fetch(*quantities_query(filters))]

    def quantity_totals(self, filters: Filters) -> list[TotalRow]:
        """Return the sums of the matching quantities by category, country and unit."""
        return [TotalRow(*row) for row in self._fetch(*totals_query(filters))]

    def stats(self) -> Stats:
        """Return counts per table and the main breakdowns."""
        tables = {table: int(self._fetch(count_query(table), [])[0][0]) for table in TABLES}
        parts = {
            name: [tuple(row) for row in self._fetch(sql, [])]
            for name, sql in STATS_QUERIES.items()
        }
        return Stats(tables=tables, **parts)

    def _fetch(self, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        try:
            return self._con.execute(sql, params).fetchall()
        except duckdb.Error as exc:
            raise StoreError(f"query failed ({error_line(exc)})", source=self.location) from exc

    def _dicts(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        try:
            rows: list[dict[str, Any]] = (
                self._con.sql(sql, params=params).to_arrow_table().to_pylist()
            )
        except duckdb.Error as exc:
            raise StoreError(f"query failed ({error_line(exc)})", source=self.location) from exc
        return rows

    # -- export --------------------------------------------------------------------------------

    def export(self, fmt: ExportFormat, out: Path) -> list[Path]:
        """Write the store to ``out`` (see ``Store.export``); return the files written."""
        if fmt == "jsonl":
            return [self._export_jsonl(output_file(out))]
        if fmt not in ("csv", "parquet"):
            raise StoreError(f"unknown export format {fmt!r} (jsonl, csv or parquet)")
        directory = output_directory(out)
        options = "FORMAT csv, HEADER" if fmt == "csv" else "FORMAT parquet"
        written = []
        with self._snapshot():  # every table as of one moment
            for table in TABLES:
                path = directory / f"{table}.{fmt}"
                query = f"SELECT * FROM {table} ORDER BY {order_key(table)}"  # noqa: S608
                try:
                    self._con.execute(f"COPY ({query}) TO {sql_literal(path)} ({options})")
                except duckdb.Error as exc:
                    raise StoreError(
                        f"export failed ({error_line(exc)})", source=str(path)
                    ) from exc
                written.append(path)
        return written

    def _export_jsonl(self, path: Path) -> Path:
        partial = path.with_name(path.name + ".part")
        try:
            with partial.open("w", encoding="utf-8") as stream:
                for article in self.iter_articles():
                    stream.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
            partial.replace(path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise StoreError(f"export failed ({exc.strerror})", source=str(path)) from None
        return path

    # -- life cycle ----------------------------------------------------------------------------

    def close(self) -> None:
        """Release the database (idempotent)."""
        self._con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"DuckDBStore({self.location!r})"


# -- helpers ---------------------------------------------------------------------------------------


def _classify(
    articles: list[Article], stored: dict[str, str]
) -> tuple[list[Article], list[Article], list[Article], list[Article]]:
    """Split a batch (one article per id) into new, to replace, already present, and kept."""
    new: list[Article] = []
    replaced: list[Article] = []
    present: list[Article] = []
    kept: list[Article] = []
    for article in articles:
        previous = stored.get(article.id)
        if previous is None:
            new.append(article)
        elif previous == pipeline_key(article):
            present.append(article)
        elif _release(previous) > _release(pipeline_key(article)):
            kept.append(article)
        else:
            replaced.append(article)
    return new, replaced, present, kept


_RELEASE = re.compile(r"eventwire=(\d+(?:\.\d+)*)")


def _release(key: str) -> tuple[int, ...]:
    """Return the eventwire release numbers in a pipeline key (``()`` when there are none)."""
    match = _RELEASE.match(key)
    return tuple(int(part) for part in match[1].split(".")) if match else ()


def _repeats(articles: Sequence[Article]) -> tuple[str, ...]:
    """Return the ids of articles that repeat an earlier article of the same batch."""
    seen: set[str] = set()
    repeats = []
    for article in articles:
        if article.id in seen:
            repeats.append(article.id)
        seen.add(article.id)
    return tuple(repeats)
