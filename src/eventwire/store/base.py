"""The ``Store`` protocol every backend implements, and the values its methods return.

Callers (the batch loop, the CLI, the server) use only this protocol, so they work the same on
DuckDB and on PostgreSQL (both are ``sql_store.SQLStore``s). Writing is ``add_batch``, or
``load_shard`` for a batch a Dask worker wrote as Parquet (one transaction per call);
reading is ``article``, ``sightings``, ``events``, ``statements``, ``actors``, ``quantities``,
``quantity_totals``, ``stories``, ``event_clusters``, ``stats``, and the browsing side
(``event_page``, ``total``, ``places``, ``counts``, ``story_list``; see ``browsing.py``) (see
``query.py`` for the filters); ``export`` writes files; ``close`` (or leaving a ``with`` block)
releases the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Protocol, Self

from eventwire.records import Article
from eventwire.store.browse import EventKey
from eventwire.store.browsing import EventPage
from eventwire.store.results import (
    ActorRow,
    Counts,
    EventClusterRow,
    EventRow,
    Filters,
    PlaceRow,
    QuantityRow,
    StatementRow,
    Stats,
    StoryRow,
    TotalRow,
)
from eventwire.store.story_store import StoryUpdate

ExportFormat = Literal["jsonl", "csv", "parquet"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("jsonl", "csv", "parquet")


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What ``add_batch`` did with each article id of the batch.

    Attributes:
        stored: Ids stored for the first time.
        present: Ids already stored by the same pipeline version (only a sighting was added).
        replaced: Ids whose layers were replaced because a different pipeline version made them.
        kept: Ids already stored by a newer eventwire version, left as they were (sighting added).
    """

    stored: tuple[str, ...] = ()
    present: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Sighting:
    """One time an article was read: where from, and by which pipeline version."""

    article_id: str
    seen_at: dt.datetime
    path: str | None
    url: str | None
    source: str | None
    input_id: str | None
    format: str | None
    pipeline: str


@dataclass(frozen=True, slots=True)
class Parse:
    """An article's stored parse: spaCy ``DocBin`` bytes (compressed, no user data) and the model
    (``meta.pipeline.model``) that made them."""

    model: str
    docbin: bytes


@dataclass(frozen=True, slots=True)
class ShardFiles:
    """The Parquet files of one shard: ``DIRECTORY/NAME.TABLE.parquet`` for each of ``tables``."""

    directory: str
    name: str
    tables: tuple[str, ...]

    def path(self, table: str) -> Path:
        """The file holding ``table``'s rows."""
        return Path(self.directory) / f"{self.name}.{table}.parquet"

    def remove(self) -> None:
        """Delete the shard's files (those that are there)."""
        for table in self.tables:
            self.path(table).unlink(missing_ok=True)


class Store(Protocol):
    """A place articles are kept: idempotent by article id, transactional per batch."""

    location: str
    """Where the store lives (a path, ``:memory:`` or a URL without its password)."""

    def add_batch(
        self,
        articles: Sequence[Article],
        parses: Mapping[str, Parse] | None = None,
        seen: Sequence[Sighting] = (),
    ) -> BatchResult:
        """Store a batch of articles and a sighting of each, in one transaction.

        An id not yet stored is inserted; an id stored by the same pipeline version gets only a
        sighting; an id stored by another version has its layers replaced (unless the stored
        version is a newer eventwire). ``parses`` (by article id) are kept with the articles
        written; ``seen`` are sightings of articles known to be stored already (found by their
        id before processing), added in the same transaction. On any error nothing of the batch
        is kept.

        Raises:
            StoreError: the batch could not be written (the store is unchanged).
        """
        ...

    def load_shard(self, shard: ShardFiles, seen: Sequence[Sighting] = ()) -> BatchResult:
        """Bulk-load a shard's Parquet files (``incoming.write_shard``) as one batch.

        The same as ``add_batch`` of the shard's articles and parses: one transaction, new ids
        written, ids stored by the same pipeline version only sighted; the files stay.

        Raises:
            StoreError: the batch could not be written (the store is unchanged).
        """
        ...

    def stored_pipelines(self, ids: Sequence[str]) -> dict[str, str]:
        """Return the pipeline key (``rows.pipeline_key``) of each of ``ids`` that is stored."""
        ...

    def parses(self, ids: Sequence[str]) -> dict[str, Parse]:
        """Return the stored parse of each of ``ids`` that has one."""
        ...

    def replace_layers(self, articles: Sequence[Article]) -> None:
        """Replace the layers of stored articles (sightings and parses stay), in one transaction.

        Raises:
            StoreError: the batch could not be written (the store is unchanged).
        """
        ...

    def article(self, article_id: str) -> Article | None:
        """Return the stored article, rebuilt exactly, or None when the id is unknown."""
        ...

    def iter_articles(self, chunk_size: int = 500) -> Iterator[Article]:
        """Yield every stored article, rebuilt, in id order, reading ``chunk_size`` at a time."""
        ...

    def article_ids(self, ref: str) -> list[str]:
        """Return the ids of the articles ``ref`` names, in id order: the article id itself,
        else the input's own id (of any sighting), else every id that starts with it."""
        ...

    def sightings(self, article_id: str) -> list[Sighting]:
        """Return every sighting of an article, oldest first."""
        ...

    def events(self, filters: Filters) -> list[EventRow]:
        """Return the events matching ``filters``."""
        ...

    def statements(self, filters: Filters) -> list[StatementRow]:
        """Return the statements matching ``filters``."""
        ...

    def actors(self, filters: Filters) -> list[ActorRow]:
        """Return the actors (one row per actor per article) matching ``filters``."""
        ...

    def quantities(self, filters: Filters) -> list[QuantityRow]:
        """Return the reported numbers matching ``filters``."""
        ...

    def quantity_totals(self, filters: Filters) -> list[TotalRow]:
        """Return the sums of the matching quantities by category, country and unit.

        Only numbers tied to an event the article reports are summed; the others are counted by
        why they were left out (``TotalRow``).
        """
        ...

    def update_stories(self) -> StoryUpdate:
        """Place every stored article that is in no story yet into a story (new or stored),
        one transaction per chunk; return how many were placed.

        Raises:
            StoreError: the stories could not be written (placed chunks stay).
        """
        ...

    def stories(self, filters: Filters) -> list[StoryRow]:
        """Return the stories matching ``filters``, each with its article ids."""
        ...

    def event_clusters(self, filters: Filters) -> list[EventClusterRow]:
        """Return the event clusters (one per event, every report as evidence) of the events
        matching ``filters``."""
        ...

    def stats(self) -> Stats:
        """Return counts per table and the main breakdowns."""
        ...

    def event_page(self, filters: Filters, after: EventKey | None, limit: int) -> EventPage:
        """Return up to ``limit`` events after ``after`` in page order, and the exact total."""
        ...

    def total(self, kind: str, filters: Filters) -> int:
        """Return how many rows a query of ``kind`` selects, whatever its limit."""
        ...

    def places(self, filters: Filters) -> list[PlaceRow]:
        """Return the places of the events the filters select, with their event counts."""
        ...

    def counts(self, filters: Filters, by: tuple[str, ...], per_story: bool = False) -> Counts:
        """Count the selected events per group of ``by`` (each event cluster once with
        ``per_story`` when the store holds event clusters)."""
        ...

    def has_clusters(self) -> bool:
        """Whether the store holds event clusters."""
        ...

    def has_stories(self) -> bool:
        """Whether the store holds stories."""
        ...

    def story_page(self, limit: int | None, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Return a page of stored stories and how many there are (none: ``[], 0``)."""
        ...

    def export(self, fmt: ExportFormat, out: Path) -> list[Path]:
        """Write the store to ``out`` and return the files written.

        ``jsonl``: ``out`` is a file with one full record per line. ``csv``/``parquet``: ``out`` is
        a directory (created if its parent exists) with one file per table.

        Raises:
            StoreError: ``out`` is not a usable place to write.
        """
        ...

    def close(self) -> None:
        """Release the database (idempotent)."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
