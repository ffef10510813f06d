"""The ``Store`` protocol every backend implements, and the values its methods return.

Callers (the batch loop, the CLI, the server) use only this protocol, so they work the same on
DuckDB and on PostgreSQL (both are ``sql_store.SQLStore``s). Writing is ``add_batch`` (one transaction per call);
reading is ``article``, ``sightings``, ``events``, ``statements``, ``actors``, ``quantities``,
``quantity_totals`` and ``stats`` (see
``query.py`` for the filters); ``export`` writes files; ``close`` (or leaving a ``with`` block)
releases the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Literal, Protocol, Self

from eventwire.records import Article
from eventwire.store.results import (
    ActorRow,
    EventRow,
    Filters,
    QuantityRow,
    StatementRow,
    Stats,
    TotalRow,
)

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


class Store(Protocol):
    """A place articles are kept: idempotent by article id, transactional per batch."""

    location: str
    """Where the store lives (a path, ``:memory:`` or a URL without its password)."""

    def add_batch(self, articles: Sequence[Article]) -> BatchResult:
        """Store a batch of articles and a sighting of each, in one transaction.

        An id not yet stored is inserted; an id stored by the same pipeline version gets only a
        sighting; an id stored by another version has its layers replaced (unless the stored
        version is a newer eventwire). On any error nothing of the batch is kept.

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

    def stats(self) -> Stats:
        """Return counts per table and the main breakdowns."""
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
