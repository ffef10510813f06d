"""The store's browsing side: pages with exact totals, counts, event places and stories.

``BrowsingStore`` is a part of ``SQLStore`` (every backend): it runs the SQL of ``browse.py`` and
``query.py`` and returns ``results.py`` values. A page and its total are read in one snapshot, so
they agree even while another process ingests.
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from eventwire.store import stories
from eventwire.store.browse import (
    VOCABULARY,
    WORD_ROWS,
    EventKey,
    TextWords,
    count_columns,
    counts_query,
    event_page_query,
    event_rows_query,
    event_total_query,
    places_query,
    places_total_query,
    text_alone,
)
from eventwire.store.dialect import Dialect
from eventwire.store.event_index import word_pieces
from eventwire.store.query import total_query
from eventwire.store.results import Counts, EventRow, Filters, PlaceRow, row_names

MAX_WORDS = 200
"""The most known words a piece of a text filter may narrow to (else the sentences are read)."""


@dataclass(frozen=True, slots=True)
class EventPage:
    """One page of events, the number of events the filters select, and where the next starts."""

    rows: list[EventRow]
    total: int
    next: EventKey | None


class BrowsingStore(ABC):
    """Pages, totals, counts, places and stories over an SQL store."""

    dialect: Dialect

    @abstractmethod
    def _fetch(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]: ...

    @abstractmethod
    def _snapshot(self) -> AbstractContextManager[None]: ...

    def event_page(self, filters: Filters, after: EventKey | None, limit: int) -> EventPage:
        """Return up to ``limit`` events after ``after`` (in page order) and the exact total."""
        with self._snapshot():
            words = self._text_words(filters)
            keys = event_page_query(filters, after, limit + 1, self.dialect, words)
            rids = [row[0] for row in self._fetch(*keys)]
            found = self._fetch(*event_rows_query(rids)) if rids else []
            total = self._event_total(filters, words)
        rows = [EventRow(*row[:-1]) for row in found[:limit]]
        last = found[limit - 1] if len(found) > limit else None
        following = None if last is None else EventKey(_published_key(last), last[0], last[-1])
        return EventPage(rows, total, following)

    def total(self, kind: str, filters: Filters) -> int:
        """Return how many rows a query of ``kind`` (events, statements, actors, quantities,
        places) selects, whatever its limit."""
        if kind == "places":
            query = places_total_query(filters, self.dialect, self._text_words(filters))
        elif kind == "events":
            return self._event_total(filters, self._text_words(filters))
        else:
            query = total_query(kind, filters, self.dialect)
        return int(self._fetch(*query)[0][0])

    def _event_total(self, filters: Filters, words: TextWords | None) -> int:
        """How many events the filters select (several words of a text alone: the largest
        first, see ``event_total_query``)."""
        alone = text_alone(filters, words)
        largest = None
        if alone is not None and len(alone) > 1:
            rows = self._fetch(WORD_ROWS, [list(alone)])
            largest = max(rows, key=lambda row: (row[1], row[0]))[0] if rows else None
        return int(self._fetch(*event_total_query(filters, self.dialect, words, largest))[0][0])

    def places(self, filters: Filters) -> list[PlaceRow]:
        """Return the places of the events the filters select, with their event counts."""
        query = places_query(filters, self.dialect, self._text_words(filters))
        return [PlaceRow(*row) for row in self._fetch(*query)]

    def counts(self, filters: Filters, by: tuple[str, ...], per_story: bool = False) -> Counts:
        """Count the selected events per group of ``by``; with ``per_story`` and stored event
        clusters, each cluster once (``Counts.per_story`` says whether it was)."""
        clusters = stories.CLUSTERS if per_story and self.has_clusters() else None
        query = counts_query(filters, by, clusters, self.dialect, self._text_words(filters))
        rows = self._fetch(*query)
        columns = count_columns(by)
        plain = [_plain(row) for row in rows]
        return Counts(by, columns, plain, clusters is not None)

    def _text_words(self, filters: Filters) -> TextWords | None:
        """The known words containing each piece of the text filter (None: read sentences)."""
        pieces = word_pieces(filters.text or "")
        if not pieces:
            return None
        words = []
        for piece in pieces:
            found = self._fetch(VOCABULARY, [piece, MAX_WORDS + 1])
            if len(found) > MAX_WORDS:
                return None
            words.append(tuple(row[0] for row in found))
        return tuple(words)

    def has_clusters(self) -> bool:
        """Whether the store holds event clusters (see ``stories.py``): the table, with rows."""
        return stories.has_clusters(self._columns(stories.CLUSTERS)) and self._any(stories.CLUSTERS)

    def has_stories(self) -> bool:
        """Whether the store holds stories: the table, with rows."""
        return bool(self._columns(stories.STORIES)) and self._any(stories.STORIES)

    def _any(self, table: str) -> bool:
        """Whether a table (one of the fixed names of ``stories.py``) has a row."""
        return bool(self._fetch(f"SELECT 1 FROM {table} LIMIT 1", []))  # noqa: S608

    def story_page(self, limit: int | None, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Return a page of stored stories (as dicts of their columns) and how many there are.

        An empty page and 0 when the store has no stories.
        """
        columns = self._columns(stories.STORIES)
        if not columns:
            return [], 0
        with self._snapshot():
            names = [row[0] for row in self._fetch(stories.TABLE_COLUMNS, [stories.STORIES])]
            listed = ", ".join(f'"{name}"' for name in names)
            sql = f"SELECT {listed} FROM {stories.STORIES} ORDER BY 1 LIMIT ? OFFSET ?"  # noqa: S608
            rows = self._fetch(sql, [limit, offset])
            total = int(self._fetch(f"SELECT count(*) FROM {stories.STORIES}", [])[0][0])  # noqa: S608
        return [dict(zip(names, map(_json_value, row), strict=True)) for row in rows], total

    def _columns(self, table: str) -> set[str]:
        return {row[0] for row in self._fetch(stories.TABLE_COLUMNS, [table])}


def _published_key(row: tuple[Any, ...]) -> str:
    published = row[EVENT_PUBLISHED]
    return published if published is not None else "~"


EVENT_PUBLISHED = row_names(EventRow).index("published")


def _plain(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A count row as JSON-ready values (the database already wrote the dates as ISO text)."""
    *keys, events, goldstein = row
    return (*keys, int(events), None if goldstein is None else float(goldstein))


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Iterator):
        return list(value)
    return value
