"""What a batch brings to the store: rows built from articles here, or read from a Parquet shard.

``SQLStore`` stores a batch through ``Incoming``: the id and pipeline key of every article (to
classify them against what is stored), then the rows of the articles it writes, their parses
and a sighting of each. ``ArticleRows`` builds those rows from ``Article``s in this process
(``add_batch``). ``ShardRows`` reads them from the Parquet files a Dask worker wrote
(``write_shard``, ``load_shard``): the same rows (``rows.article_tables``, ``sighting_row``,
``parse_row``) in the same Arrow schemas, so a shard bulk-loads without being rebuilt into
records. Times are the store's: ``stored_at`` and ``seen_at`` are set when the batch is stored.

A shard is one file per table, ``NAME.TABLE.parquet``, each written under a temporary name and
renamed over its final name, so a partition run twice (its worker was killed) replaces its files
and a reader never sees half a file.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeAlias

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from eventwire.errors import StoreError
from eventwire.records import Article
from eventwire.store.base import Parse, ShardFiles
from eventwire.store.rows import (
    Row,
    arrow_schema,
    article_tables,
    parse_row,
    pipeline_key,
    sighting_row,
    to_arrow,
)
from eventwire.store.schema import LAYER_TABLES, PARSES

Rows: TypeAlias = Sequence[Row] | pa.Table
"""Rows of one table: dicts by column, or an Arrow table in ``rows.arrow_schema``."""

SIGHTINGS = "sightings"
ARTICLE_TABLES = ("articles", *LAYER_TABLES)
SHARD_TABLES = (*ARTICLE_TABLES, PARSES, SIGHTINGS)


class Incoming(Protocol):
    """The rows of one batch, as the store asks for them."""

    def keys(self) -> list[tuple[str, str]]:
        """The id and pipeline key of every article, in input order (repeated ids included)."""
        ...

    def tables(self, ids: Collection[str], now: dt.datetime) -> Iterator[tuple[str, Rows]]:
        """The rows of ``ids`` (first article of each) for the articles and layer tables."""
        ...

    def parses(self, ids: Collection[str]) -> Rows | None:
        """The parse rows of ``ids`` that have one; None: keep the stored parses."""
        ...

    def sightings(self, now: dt.datetime) -> Rows:
        """A sighting row of every article, seen ``now``."""
        ...


@dataclass(frozen=True, slots=True)
class ArticleRows:
    """A batch of ``Article``s (and their parses by id; None: keep the stored ones)."""

    articles: Sequence[Article]
    parse_map: Mapping[str, Parse] | None

    def keys(self) -> list[tuple[str, str]]:
        """The id and pipeline key of every article, in input order."""
        return [(a.id, pipeline_key(a)) for a in self.articles]

    def tables(self, ids: Collection[str], now: dt.datetime) -> Iterator[tuple[str, Rows]]:
        """The rows of the first article of each of ``ids``."""
        first: dict[str, Article] = {}
        wanted = set(ids)
        for article in self.articles:
            if article.id in wanted:
                first.setdefault(article.id, article)
        yield from article_tables(first.values(), now).items()

    def parses(self, ids: Collection[str]) -> Rows | None:
        """The parse rows of ``ids``, or None when the batch brings no parses."""
        if self.parse_map is None:
            return None
        return [parse_row(i, self.parse_map[i]) for i in ids if i in self.parse_map]

    def sightings(self, now: dt.datetime) -> Rows:
        """A sighting of every article."""
        return [sighting_row(a, now) for a in self.articles]


def write_shard(
    directory: str,
    name: str,
    articles: Sequence[Article],
    parses: Mapping[str, Parse],
) -> ShardFiles:
    """Write the rows of ``articles`` (the first of each id), their parses and a sighting of each
    as the shard ``name`` in ``directory``; replace its files if they exist.

    Raises:
        OSError: a file cannot be written (the directory is missing or not writable).
    """
    now = dt.datetime.now(dt.UTC)  # replaced by the store's time when the shard is loaded
    rows = dict(ArticleRows(articles, parses).tables({a.id for a in articles}, now))
    rows[PARSES] = [parse_row(i, p) for i, p in parses.items()]
    rows[SIGHTINGS] = [sighting_row(a, now) for a in articles]
    shard = ShardFiles(directory, name, tuple(t for t in SHARD_TABLES if rows.get(t)))
    for table in shard.tables:
        final = shard.path(table)
        partial = final.with_name(f".{final.name}.{uuid.uuid4().hex}.part")
        try:
            pq.write_table(to_arrow(table, rows[table]), partial, compression="zstd")
            partial.replace(final)
        finally:
            partial.unlink(missing_ok=True)
    return shard


@dataclass(frozen=True, slots=True)
class ShardRows:
    """A shard's rows, read from its files as the store asks for them."""

    shard: ShardFiles

    def keys(self) -> list[tuple[str, str]]:
        """The id and pipeline key of every article (the sightings), in input order."""
        if SIGHTINGS not in self.shard.tables:
            return []
        seen = _read_file(self.shard.path(SIGHTINGS), ["article_id", "pipeline"])
        ids = seen.column("article_id").to_pylist()
        return list(zip(ids, seen.column("pipeline").to_pylist(), strict=True))

    def tables(self, ids: Collection[str], now: dt.datetime) -> Iterator[tuple[str, Rows]]:
        """The articles and layer rows of ``ids``, with ``stored_at`` set to ``now``."""
        for table in ARTICLE_TABLES:
            if table in self.shard.tables:
                if table == "articles":
                    yield table, _timed(self._read(table, "id", ids), "stored_at", now)
                else:
                    yield table, self._read(table, "article_id", ids)

    def parses(self, ids: Collection[str]) -> Rows | None:
        """The parse rows of ``ids`` (the shard brings the parses of all its articles)."""
        return self._read(PARSES, "article_id", ids) if PARSES in self.shard.tables else []

    def sightings(self, now: dt.datetime) -> Rows:
        """Every sighting of the shard, seen ``now``."""
        if SIGHTINGS not in self.shard.tables:
            return []
        return _timed(_read_file(self.shard.path(SIGHTINGS)), "seen_at", now)

    def _read(self, table: str, key: str, ids: Collection[str]) -> pa.Table:
        data: pa.Table = _read_file(self.shard.path(table)).cast(arrow_schema(table))
        wanted = pa.array(list(ids), type=pa.string())
        return data.filter(pc.is_in(data.column(key), value_set=wanted))


def _read_file(path: Path, columns: list[str] | None = None) -> pa.Table:
    """One shard file as an Arrow table.

    Raises:
        StoreError: the file is missing, unreadable or not Parquet (one line naming it).
    """
    try:
        return pq.read_table(path, columns=columns)
    except (OSError, pa.ArrowException) as exc:
        reason = getattr(exc, "strerror", None) or str(exc).splitlines()[0]
        raise StoreError(f"cannot read a shard file ({reason})", source=str(path)) from None


def _timed(data: pa.Table, column: str, now: dt.datetime) -> pa.Table:
    """``data`` with every value of ``column`` set to ``now``."""
    index = data.schema.get_field_index(column)
    times = pa.array([now] * data.num_rows, type=data.schema.field(index).type)
    return data.set_column(index, data.schema.field(index), times)
