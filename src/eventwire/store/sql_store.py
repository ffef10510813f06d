"""What every SQL backend of the store shares: batches and identity, reading, export, transactions.

``SQLStore`` implements the ``Store`` protocol once. A backend (``DuckDBStore``,
``PostgresStore``) subclasses it and supplies only what its database does differently: how a
statement runs on its connection (``_run``, ``_run_dicts``), how rows reach a table in bulk
(``_insert``: Arrow for DuckDB, COPY for PostgreSQL; never row by row), how the tables are written
to CSV or Parquet files (``_export_tables``), its errors (``_errors``) and its ``Dialect``. The SQL
(here, in ``query.py`` and in ``schema.py``) is shared, with ``?`` placeholders.

A batch's rows come from ``incoming.py``: built from ``Article``s (``add_batch``) or read from a
Parquet shard (``load_shard``); both go through ``_add``, so a shard is classified and written
exactly as the same articles would be.

A batch is one transaction that first takes the writers' lock (where the dialect has one), then
reads which of its ids are stored and by which pipeline version, then writes: two writers of one
database never classify the same id at the same time, so each article is stored exactly once.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import re
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar, Self

import pyarrow as pa

from eventwire.errors import StoreError
from eventwire.records import Article
from eventwire.store import event_index, migrations, story_store
from eventwire.store.base import BatchResult, ExportFormat, Parse, ShardFiles, Sighting
from eventwire.store.browsing import BrowsingStore
from eventwire.store.dialect import Dialect
from eventwire.store.files import replaced_file
from eventwire.store.incoming import ArticleRows, Incoming, Rows, ShardRows
from eventwire.store.paths import output_directory
from eventwire.store.query import (
    STATS_QUERIES,
    actors_query,
    count_query,
    events_query,
    quantities_query,
    statements_query,
    stories_query,
    totals_query,
)
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
from eventwire.store.rows import rebuild_article
from eventwire.store.schema import (
    COLUMNS,
    LAYER_TABLES,
    MIGRATIONS_TABLE,
    PARSES,
    TABLES,
    order_key,
)

Row = dict[str, Any]

_PIPELINES = "SELECT id, pipeline FROM articles WHERE id = ANY(?)"


class SQLStore(BrowsingStore, ABC):
    """A ``Store`` over an SQL database; subclasses connect and run the statements."""

    location: str
    dialect: Dialect
    _errors: ClassVar[tuple[type[Exception], ...]]
    """The exceptions the database driver raises (turned into ``StoreError``s)."""
    refuses_foreign_tables: ClassVar[bool] = False
    """Refuse a database with other tables and no ``schema_migrations`` (a file is one program's;
    a PostgreSQL database a team shares may hold other schemas' tables)."""

    # -- what a backend supplies ---------------------------------------------------------------

    @abstractmethod
    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run one statement (or several without parameters); return its rows, if any."""

    @abstractmethod
    def _run_dicts(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Run a query; return its rows as dicts by column name."""

    @abstractmethod
    def _insert(self, table: str, rows: Sequence[Row]) -> None:
        """Add ``rows`` (dicts with every column of ``table``) to ``table`` in bulk."""

    @abstractmethod
    def _export_tables(self, fmt: ExportFormat, directory: Path) -> list[Path]:
        """Write every table (as of one moment) into ``directory`` as ``TABLE.csv|parquet``."""

    @abstractmethod
    def close(self) -> None:
        """Release the database (idempotent)."""

    def _prepare(self, read_only: bool) -> None:
        """Bring the schema up to date (or, read-only, check it is); close on failure."""
        try:
            if read_only:
                self._check_migrated()
            else:
                self._migrate()
        except BaseException:
            self.close()
            raise

    def _migrate(self) -> None:
        """Apply, once each and in order, the named migrations the database lacks."""
        if self.refuses_foreign_tables:
            tables = [name for (name,) in self._fetch(migrations.TABLES, [])]
            migrations.check_not_foreign(tables, self.location)
        with self._transaction(failure="cannot prepare the store"):
            self._run(self.dialect.ddl(MIGRATIONS_TABLE))
            for name, sql in migrations.pending(self._applied(), self.location):
                self._run(self.dialect.ddl(sql))
                self._run(migrations.RECORD, [name, dt.datetime.now(dt.UTC)])

    def _check_migrated(self) -> None:
        if not self._fetch(migrations.HAS_MIGRATIONS_TABLE, [])[0][0]:
            raise StoreError(migrations.NOT_A_STORE, source=self.location)
        migrations.check_complete(self._applied(), self.location)

    def _applied(self) -> set[str]:
        return {name for (name,) in self._fetch(migrations.APPLIED, [])}

    # -- transactions --------------------------------------------------------------------------

    @contextmanager
    def _transaction(self, failure: str = "batch not stored") -> Iterator[None]:
        """Run the block as one write transaction holding the writers' lock; all or nothing.

        Raises:
            StoreError: the database refused (the message starts with ``failure``).
        """
        try:
            self._run(self.dialect.begin_write)
            if self.dialect.lock_writers:
                self._run(self.dialect.lock_writers)
            yield
        except BaseException as exc:
            with contextlib.suppress(*self._errors):  # a lost connection cannot roll back
                self._run("ROLLBACK")
            if isinstance(exc, self._errors):
                raise StoreError(f"{failure} ({error_line(exc)})", source=self.location) from exc
            raise
        try:
            self._run("COMMIT")
        except self._errors as exc:
            with contextlib.suppress(*self._errors):  # a failed commit may leave it open
                self._run("ROLLBACK")
            raise StoreError(f"{failure} ({error_line(exc)})", source=self.location) from exc

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        """Run several reads in one transaction, so they see the same state of the store."""
        self._fetch(self.dialect.begin_read, [])
        try:
            yield
        finally:
            with contextlib.suppress(*self._errors):
                self._run("ROLLBACK")  # nothing was written: ending the transaction is all it takes

    # -- writing -------------------------------------------------------------------------------

    def add_batch(
        self,
        articles: Sequence[Article],
        parses: Mapping[str, Parse] | None = None,
        seen: Sequence[Sighting] = (),
    ) -> BatchResult:
        """Store articles, their parses and sightings in one transaction (see ``Store.add_batch``)."""
        return self._add(ArticleRows(articles, parses or {}), seen)

    def load_shard(self, shard: ShardFiles, seen: Sequence[Sighting] = ()) -> BatchResult:
        """Bulk-load a shard's Parquet files as one batch (see ``Store.load_shard``)."""
        return self._add(ShardRows(shard), seen)

    def _add(self, incoming: Incoming, seen: Sequence[Sighting]) -> BatchResult:
        """Store a batch in one transaction: new ids written, others classified by pipeline."""
        keys = incoming.keys()
        if not keys and not seen:
            return BatchResult()
        now = dt.datetime.now(dt.UTC)
        first: dict[str, str] = {}  # the key of the first article of each id
        for article_id, key in keys:
            first.setdefault(article_id, key)
        with self._transaction():
            stored = self._stored_pipelines(list(first)) if first else {}
            new, replaced, present, kept = _classify(first, stored)
            self._write_articles(incoming, new, replaced, now)
            self._insert_rows("sightings", incoming.sightings(now))
            self._insert("sightings", [dataclasses.asdict(s) for s in seen])
        return BatchResult(
            stored=tuple(new),
            present=tuple(present) + _repeats(keys) + tuple(s.article_id for s in seen),
            replaced=tuple(replaced),
            kept=tuple(kept),
        )

    def _write_articles(
        self, incoming: Incoming, new: Sequence[str], replaced: Sequence[str], now: dt.datetime
    ) -> None:
        """Insert the articles ``new`` and replace ``replaced``, inside a transaction.

        When ``incoming`` brings parses (even none) the parses of ``replaced`` are replaced by
        those; when it brings None they stay (a recode keeps the parse it read).
        """
        written = [*new, *replaced]
        parses = incoming.parses(written)
        if replaced:
            ids = list(replaced)
            for statement in event_index.DELETE_SQL:
                self._run(statement, [ids])
            tables = [*LAYER_TABLES, *([PARSES] if parses is not None else [])]
            for table in tables:
                self._run(f"DELETE FROM {table} WHERE article_id = ANY(?)", [ids])  # noqa: S608
            self._run("DELETE FROM articles WHERE id = ANY(?)", [ids])
            story_store.forget(self, ids)
        if not written:
            return
        for table, rows in incoming.tables(written, now):
            self._insert_rows(table, rows)
        for statement in event_index.insert_sql():
            self._run(statement, [written])
        if parses is not None:
            self._insert_rows(PARSES, parses)

    def _insert_rows(self, table: str, rows: Rows) -> None:
        """Add dict rows or an Arrow table (``rows.arrow_schema``) to ``table`` in bulk."""
        if not len(rows):
            return
        if isinstance(rows, pa.Table):
            self._insert_arrow(table, rows)
        else:
            self._insert(table, rows)

    def _insert_arrow(self, table: str, data: pa.Table) -> None:
        """Add an Arrow table's rows to ``table`` in bulk (a backend may take Arrow as it is)."""
        self._insert(table, data.to_pylist())

    def stored_pipelines(self, ids: Sequence[str]) -> dict[str, str]:
        """Return the pipeline key of each of ``ids`` that is stored (the others are left out)."""
        return {i: p for i, p in self._fetch(_PIPELINES, [list(ids)])} if ids else {}

    def _stored_pipelines(self, ids: list[str]) -> dict[str, str]:
        return {article_id: pipeline for article_id, pipeline in self._run(_PIPELINES, [ids])}

    def parses(self, ids: Sequence[str]) -> dict[str, Parse]:
        """Return the stored parse of each of ``ids`` that has one."""
        sql = f"SELECT article_id, model, docbin FROM {PARSES} WHERE article_id = ANY(?)"  # noqa: S608
        return {i: Parse(model, bytes(data)) for i, model, data in self._fetch(sql, [list(ids)])}

    def replace_layers(self, articles: Sequence[Article]) -> None:
        """Replace the stored layers (and pipeline key) of stored articles, in one transaction.

        Their sightings and parses stay: this is what ``recode`` writes.
        """
        if articles:
            incoming = ArticleRows(articles, None)
            with self._transaction(failure="recoded batch not stored"):
                self._write_articles(
                    incoming, [], [a.id for a in articles], dt.datetime.now(dt.UTC)
                )

    # -- reading -------------------------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        """Return the stored article, rebuilt exactly, or None when the id is unknown."""
        found = self._load([article_id])
        return found[0] if found else None

    def article_ids(self, ref: str) -> list[str]:
        """Return the ids ``ref`` names: the id, else the input's own id, else an id prefix."""
        if not ref:
            return []
        queries = (
            ("SELECT id FROM articles WHERE id = ?", ref),
            ("SELECT DISTINCT article_id FROM sightings WHERE input_id = ? ORDER BY 1", ref),
            ("SELECT id FROM articles WHERE starts_with(id, ?) ORDER BY id", ref.lower()),
        )
        for sql, value in queries:
            found = [row[0] for row in self._fetch(sql, [value])]
            if found:
                return found
        return []

    def iter_articles(self, chunk_size: int = 500) -> Iterator[Article]:
        """Yield every stored article, rebuilt, in id order, ``chunk_size`` at a time."""
        ids = [row[0] for row in self._fetch("SELECT id FROM articles ORDER BY id", [])]
        for start in range(0, len(ids), chunk_size):
            yield from self._load(ids[start : start + chunk_size])

    def _load(self, ids: list[str]) -> list[Article]:
        by_article: defaultdict[str, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
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
        return [EventRow(*row) for row in self._fetch(*events_query(filters, self.dialect))]

    def statements(self, filters: Filters) -> list[StatementRow]:
        """Return the statements matching ``filters``."""
        query = statements_query(filters, self.dialect)
        return [StatementRow(*row) for row in self._fetch(*query)]

    def actors(self, filters: Filters) -> list[ActorRow]:
        """Return the actors matching ``filters``."""
        return [ActorRow(*row) for row in self._fetch(*actors_query(filters, self.dialect))]

    def quantities(self, filters: Filters) -> list[QuantityRow]:
        """Return the reported numbers matching ``filters``."""
        query = quantities_query(filters, self.dialect)
        return [QuantityRow(*row) for row in self._fetch(*query)]

    def quantity_totals(self, filters: Filters) -> list[TotalRow]:
        """Return the sums of the matching quantities by category, country and unit.

        Only numbers tied to an event the article reports are summed; the others are counted by
        why they were left out (``TotalRow``).
        """
        return [TotalRow(*row) for row in self._fetch(*totals_query(filters, self.dialect))]

    def update_stories(self) -> story_store.StoryUpdate:
        """Place every article that is in no story yet (see ``story_store.update_stories``)."""
        return story_store.update_stories(self)

    def stories(self, filters: Filters) -> list[StoryRow]:
        """Return the stories matching ``filters``, each with its article ids."""
        return story_store.story_rows(self, stories_query(filters, self.dialect))

    def event_clusters(self, filters: Filters) -> list[EventClusterRow]:
        """Return the event clusters of the events matching ``filters``, biggest first."""
        events = self.events(dataclasses.replace(filters, limit=None))
        rows = story_store.cluster_rows(self, events)
        return rows if filters.limit is None else rows[: filters.limit]

    def stats(self) -> Stats:
        """Return counts per table and the main breakdowns."""
        with self._snapshot():
            tables = {table: int(self._fetch(count_query(table), [])[0][0]) for table in TABLES}
            parts = {
                name: [tuple(row) for row in self._fetch(sql, [])]
                for name, sql in STATS_QUERIES.items()
            }
        return Stats(tables=tables, **parts)

    def _fetch(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        try:
            return self._run(sql, params)
        except self._errors as exc:
            raise StoreError(f"query failed ({error_line(exc)})", source=self.location) from exc

    def _dicts(self, sql: str, params: Sequence[Any]) -> list[Row]:
        try:
            return self._run_dicts(sql, params)
        except self._errors as exc:
            raise StoreError(f"query failed ({error_line(exc)})", source=self.location) from exc

    # -- export --------------------------------------------------------------------------------

    def export(self, fmt: ExportFormat, out: Path) -> list[Path]:
        """Write the store to ``out`` (see ``Store.export``); return the files written."""
        if fmt == "jsonl":
            return [self._export_jsonl(out)]
        if fmt not in ("csv", "parquet"):
            raise StoreError(f"unknown export format {fmt!r} (jsonl, csv or parquet)")
        return self._export_tables(fmt, output_directory(out))

    def _export_jsonl(self, out: Path) -> Path:
        with replaced_file(out) as (stream, path):
            for article in self.iter_articles():
                stream.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
        return path

    # -- life cycle ----------------------------------------------------------------------------

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
        return f"{type(self).__name__}({self.location!r})"


# -- helpers ---------------------------------------------------------------------------------------


def error_line(exc: BaseException) -> str:
    """The first line of a database error (messages can run over several)."""
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _classify(
    keys: dict[str, str], stored: dict[str, str]
) -> tuple[list[str], list[str], list[str], list[str]]:
    """Split a batch's ids (with their pipeline keys) into new, to replace, present, and kept."""
    new: list[str] = []
    replaced: list[str] = []
    present: list[str] = []
    kept: list[str] = []
    for article_id, key in keys.items():
        previous = stored.get(article_id)
        if previous is None:
            new.append(article_id)
        elif previous == key:
            present.append(article_id)
        elif _release(previous) > _release(key):
            kept.append(article_id)
        else:
            replaced.append(article_id)
    return new, replaced, present, kept


_RELEASE = re.compile(r"eventwire=(\d+(?:\.\d+)*)")


def _release(key: str) -> tuple[int, ...]:
    """Return the eventwire release numbers in a pipeline key (``()`` when there are none)."""
    match = _RELEASE.match(key)
    return tuple(int(part) for part in match[1].split(".")) if match else ()


def _repeats(keys: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    """Return the ids of articles that repeat an earlier article of the same batch."""
    seen: set[str] = set()
    repeats = []
    for article_id, _ in keys:
        if article_id in seen:
            repeats.append(article_id)
        seen.add(article_id)
    return tuple(repeats)
