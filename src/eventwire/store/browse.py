"""Queries over the event index (``event_index.py``): event pages, event counts, event places.

These are the queries an analyst runs over and over on a large store (the server's pages, the
``counts`` command), so they read the one flat ``event_index`` table instead of joining the
layers. The event filters mean what ``query.py`` says.

- Pages are keyset pages: ordered by ``(published_key, article_id, seq)`` and continued after the
  last row's key, so page 1,000 costs what page 1 costs. A text filter alone (one piece) is paged
  and counted from the word index, whose rows carry the page keys; every other filter reads the
  index (narrowed by the word index when there is a text too).
- Counts group the selected events by one or more dimensions (``COUNT_DIMENSIONS``). A date
  dimension puts an event in a day, week or month only when its whole date lies inside it (a date
  ``2025-09`` has a month but no day); otherwise its key is null. With ``per_story`` and an event
  cluster table in the store (``stories.CLUSTERS``), the reports of one cluster count once (the
  earliest report in page order stands for the cluster).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from eventwire.store import stories
from eventwire.store.dialect import DUCKDB, Dialect
from eventwire.store.query import Query, Where, event_where
from eventwire.store.results import EventRow, Filters, row_names

INDEX = "event_index"

# Date keys are the index's DATE columns (grouping by a DATE is much cheaper than computing one);
# the store turns them into ISO text (a month into YYYY-MM).
COUNT_DIMENSIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "dyad": (("source", "r.source_code"), ("target", "r.target_code")),
    "day": (("day", "r.event_day"),),
    "week": (("week", "r.event_week"),),
    "month": (("month", "r.event_month"),),
    "root": (("root", "substr(r.cameo, 1, 2)"),),
    "quadclass": (("quad_class", "r.quad_class"),),
    "plover": (("plover", "r.plover"),),
    "country": (("country", "r.source_country"),),
}
"""Each ``--by`` dimension: its output columns and their SQL over the index (``r``).
``dyad`` is the source and target actor codes; ``country`` is the source actor's country;
``week`` is the Monday that starts it."""


TextWords = tuple[tuple[str, ...], ...]
"""For each piece of a text filter (``event_index.word_pieces``), the known words containing it."""

VOCABULARY = "SELECT word FROM index_words WHERE strpos(word, ?) > 0 ORDER BY word LIMIT ?"
"""The known words containing a piece (at most a number: a piece in too many words, such as
``a``, narrows little and is matched by reading the sentences instead)."""

_HAS_WORD = "r.rid IN (SELECT ew.rid FROM event_words ew WHERE ew.word = ANY(?))"


def index_where(
    filters: Filters, dialect: Dialect = DUCKDB, words: TextWords | None = None
) -> Where:
    """The event filters over the index; with ``words``, a text filter goes through the word
    index: a text of one piece (no space) is exactly the events having a word that contains it,
    so no sentence is read; a text of several pieces keeps the sentence match, over the events
    having a word for every piece."""
    exact = words is not None and len(words) == 1
    where = event_where(dataclasses.replace(filters, text=None) if exact else filters, dialect)
    for group in words or ():
        where.add(_HAS_WORD, list(group))
    return where


@dataclass(frozen=True, slots=True)
class EventKey:
    """Where a page of events stops: the last row's order keys (the next page starts after)."""

    published_key: str
    article_id: str
    seq: int


_PAGE_ORDER = "ORDER BY r.published_key, r.article_id, r.seq"


def _after(alias: str, after: EventKey) -> tuple[str, list[Any]]:
    """The rows of ``alias`` after ``after`` in page order. The first condition is implied by
    the rest; it is there because the database skips whole blocks of rows by it."""
    a = alias
    sql = (
        f"{a}.published_key >= ? AND ({a}.published_key > ? OR ({a}.published_key = ? AND "
        f"({a}.article_id > ? OR ({a}.article_id = ? AND {a}.seq > ?))))"
    )
    key, article = after.published_key, after.article_id
    return sql, [key, key, key, article, article, after.seq]


def text_alone(filters: Filters, words: TextWords | None) -> tuple[str, ...] | None:
    """The known words of a text filter of one piece that is the only filter, else None."""
    bare = Filters(limit=filters.limit, offset=filters.offset, text=filters.text)
    if words is not None and len(words) == 1 and filters == bare:
        return words[0]
    return None


def _word_in(words: tuple[str, ...]) -> str:
    """``ew.word`` is one of ``words`` (a list of placeholders: the database then skips the
    blocks of other words); false when there are none."""
    return f"ew.word IN ({', '.join('?' * len(words))})" if words else "FALSE"


def event_page_query(
    filters: Filters,
    after: EventKey | None,
    limit: int,
    dialect: Dialect = DUCKDB,
    words: TextWords | None = None,
) -> Query:
    """Return the SQL and parameters of the row numbers (``rid``) of one page of events.

    Only the narrow order keys are sorted; ``event_rows_query`` then reads the page's rows whole
    (sorting a million wide rows to keep fifty costs several times more). A text filter alone is
    paged from the word index, which holds each word's events with their page keys.
    """
    alone = text_alone(filters, words)
    if alone is not None:
        return _word_page_query(alone, after, limit)
    where = index_where(filters, dialect, words)
    if after is not None:
        keyset, keys = _after("r", after)
        where.add(keyset, *keys)
    # Identifiers and conditions come from this module and query.py; every value is a parameter.
    sql = f"SELECT r.rid FROM {INDEX} AS r {where.clause()} {_PAGE_ORDER} LIMIT ?"  # noqa: S608
    return sql, [*where.params, limit]


def _word_page_query(words: tuple[str, ...], after: EventKey | None, limit: int) -> Query:
    """The page of the events having one of ``words``: an event with several of them has a row
    for each, so the first ``limit * len(words)`` rows hold its first ``limit`` events."""
    condition, params = _word_in(words), list(words)
    if after is not None:
        keyset, keys = _after("ew", after)
        condition, params = f"{condition} AND {keyset}", [*params, *keys]
    columns = "ew.rid, ew.published_key, ew.article_id, ew.seq"
    sql = (
        f"SELECT w.rid FROM (SELECT DISTINCT {columns} FROM (SELECT {columns} "  # noqa: S608
        f"FROM event_words ew WHERE {condition} "
        "ORDER BY ew.published_key, ew.article_id, ew.seq LIMIT ?) AS ew) AS w "
        "ORDER BY w.published_key, w.article_id, w.seq LIMIT ?"
    )
    return sql, [*params, limit * max(1, len(words)), limit]


def event_rows_query(rids: list[int]) -> Query:
    """Return the SQL and parameters of the index rows ``rids`` (``EventRow`` columns, then
    ``seq``), in page order. The range of ``rids`` lets the database skip the blocks outside it."""
    columns = ", ".join(f"r.{name}" for name in [*row_names(EventRow), "seq"])
    sql = (
        f"SELECT {columns} FROM {INDEX} AS r "  # noqa: S608
        f"WHERE r.rid >= ? AND r.rid <= ? AND r.rid = ANY(?) {_PAGE_ORDER}"
    )
    return sql, [min(rids), max(rids), rids]


def event_total_query(
    filters: Filters,
    dialect: Dialect = DUCKDB,
    words: TextWords | None = None,
    largest: str | None = None,
) -> Query:
    """Return the SQL and parameters counting every event the filters select.

    A text of one piece and no other filter is counted from the word index alone (the events
    having a word that contains it), without reading the index rows; a word has one row per
    event, so the events of a single word are its rows. With several words, ``largest`` (the
    one with the most rows, see ``WORD_ROWS``) is counted by its rows and the others are set
    against it: |L ∪ R| = |L| + |R| - |L ∩ R|, where only the smaller R is ever hashed.
    """
    alone = text_alone(filters, words)
    if alone is None:
        return index_where(filters, dialect, words).count(f"SELECT * FROM {INDEX}")  # noqa: S608
    if len(alone) == 1 or largest not in alone:
        counted = "count(*)" if len(alone) == 1 else "count(DISTINCT ew.rid)"
        return f"SELECT {counted} FROM event_words ew WHERE {_word_in(alone)}", list(alone)  # noqa: S608
    rest = tuple(word for word in alone if word != largest)
    others = f"SELECT ew.rid FROM event_words ew WHERE {_word_in(rest)}"  # noqa: S608
    sql = (
        "SELECT (SELECT count(*) FROM event_words WHERE word = ?) "  # noqa: S608
        f"+ (SELECT count(DISTINCT r.rid) FROM ({others}) AS r) "
        f"- (SELECT count(*) FROM event_words l WHERE l.word = ? AND l.rid IN ({others}))"
    )
    return sql, [largest, *rest, largest, *rest]


WORD_ROWS = "SELECT word, count(*) FROM event_words WHERE word = ANY(?) GROUP BY word"
"""How many events each of some words has (the word index has a row per word and event)."""


def check_dimensions(by: tuple[str, ...]) -> None:
    """Raise ``ValueError`` naming the first unknown (or repeated) dimension of ``by``."""
    if not by:
        raise ValueError(f"no dimension to count by (one or more of {', '.join(COUNT_DIMENSIONS)})")
    for name in by:
        if name not in COUNT_DIMENSIONS:
            raise ValueError(f"cannot count by {name!r} (one of {', '.join(COUNT_DIMENSIONS)})")
    if len(set(by)) < len(by):
        raise ValueError(f"a dimension is repeated in {','.join(by)!r}")


def count_columns(by: tuple[str, ...]) -> tuple[str, ...]:
    """Return the output columns of the group keys of ``by``."""
    return tuple(name for dim in by for name, _ in COUNT_DIMENSIONS[dim])


def counts_query(
    filters: Filters,
    by: tuple[str, ...],
    clusters: str | None = None,
    dialect: Dialect = DUCKDB,
    words: TextWords | None = None,
) -> Query:
    """Return the SQL and parameters counting the selected events per group of ``by``.

    Args:
        clusters: The event cluster table (``stories.CLUSTERS``) when each cluster counts once.

    Raises:
        ValueError: a dimension of ``by`` is unknown.
    """
    check_dimensions(by)
    where = index_where(filters, dialect, words)
    source = f"(SELECT r.* FROM {INDEX} AS r {where.clause()})"  # noqa: S608 - fixed SQL
    if clusters is not None:
        source = _one_per_cluster(source, clusters)
    keys = [(name, sql) for dim in by for name, sql in COUNT_DIMENSIONS[dim]]
    selected = ", ".join(f"{sql} AS {name}" for name, sql in keys)
    positions = ", ".join(str(i + 1) for i in range(len(keys)))
    order = ", ".join(f"c.{name} NULLS LAST" for name, _ in keys)
    shown = ", ".join(_shown_key(name, dialect) for name, _ in keys)
    grouped = (
        f"SELECT {selected}, count(*) AS events, avg(r.goldstein) AS goldstein "  # noqa: S608
        f"FROM {source} AS r GROUP BY {positions}"
    )
    sql = f"SELECT {shown}, c.events, c.goldstein FROM ({grouped}) AS c ORDER BY {order}"  # noqa: S608
    return sql, list(where.params)


def _shown_key(name: str, dialect: Dialect) -> str:
    """A group key as answered: dates as ISO text (a month as ``YYYY-MM``), written by the
    database after grouping (turning thousands of dates into text in Python costs more)."""
    if name in ("day", "week"):
        return f"{dialect.date_text(f'c.{name}')} AS {name}"
    if name == "month":
        return f"substr({dialect.date_text(f'c.{name}')}, 1, 7) AS {name}"
    return f"c.{name}"


def _one_per_cluster(source: str, clusters: str) -> str:
    """Keep one selected report per event cluster (events in no cluster stand alone)."""
    happening = f"coalesce(c.{stories.CLUSTER}, s.article_id || '/' || s.event_id)"
    return (
        "(SELECT * FROM (SELECT s.*, row_number() OVER (PARTITION BY "  # noqa: S608
        f"{happening} ORDER BY s.published_key, s.article_id, s.seq) AS nth "
        f"FROM {source} AS s LEFT JOIN {clusters} AS c "
        "ON c.article_id = s.article_id AND c.event_id = s.event_id) AS d WHERE d.nth = 1)"
    )


_PLACES = """
SELECT p.article_id, p.id AS place_id, p.name, p.country, p.admin1, p.lat, p.lon, p.feature,
       p.text, count(*) AS events, min(r.published) AS published, min(r.title) AS title
FROM {index} AS r
JOIN places p ON p.article_id = r.article_id AND p.id = r.place
{where}
GROUP BY p.article_id, p.id, p.name, p.country, p.admin1, p.lat, p.lon, p.feature, p.text
ORDER BY min(r.published_key), p.article_id, p.id
"""


def places_query(
    filters: Filters, dialect: Dialect = DUCKDB, words: TextWords | None = None
) -> Query:
    """Return the SQL and parameters of the places of the selected events (``PlaceRow``s)."""
    where = index_where(filters, dialect, words)
    sql = _PLACES.format(index=INDEX, where=where.clause())
    return f"{sql} LIMIT ? OFFSET ?", [*where.params, filters.limit, filters.offset]


def places_total_query(
    filters: Filters, dialect: Dialect = DUCKDB, words: TextWords | None = None
) -> Query:
    """Return the SQL and parameters counting the rows ``places_query`` selects."""
    where = index_where(filters, dialect, words)
    sql = _PLACES.format(index=INDEX, where=where.clause())
    return f"SELECT count(*) FROM ({sql}) AS n", list(where.params)  # noqa: S608
