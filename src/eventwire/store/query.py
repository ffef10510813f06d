"""The read side of the store, shared by the CLI and the server: the SQL of every query.

A query is a ``Filters`` value; every backend runs the SQL built here (plain SQL that DuckDB and
PostgreSQL both run, with ``?`` placeholders, every value a parameter, every identifier from this
module; case-insensitive matches fold as the backend's ``Dialect`` says) and returns rows of the
dataclasses in ``results.py``. Filter meanings:

- ``actor``: the actor's name contains it (case-insensitive), or its CAMEO code starts with it
  (``RUS`` matches ``RUSGOV``); events match on the source or the target, statements on the speaker
  or the addressee.
- ``country``: ISO 3166-1 alpha-3 of the source or target actor (speaker or addressee; the actor).
- ``cameo``: a full CAMEO code or a prefix of one (``04`` matches ``040`` to ``049``).
- ``since``/``until``: the event's (statement's) date value lies within the range; a date covering
  a span (``2025-09``, ``2025-W35``) must lie inside it whole, and an undated item is excluded
  whenever a range is given. A date only inferred from the article's date (no time expression
  dates the event) is excluded too, unless ``include_inferred``.
- ``text``: a case-insensitive substring of the event's sentence, the statement's content, or one
  of the actor's mentions.

Quantities: ``actor`` matches the actor the counted people belong to or the speaker of the
statement that reports the number; ``country`` is that actor's country, else the country of the
linked event's place; ``category`` is the quantity category; dates are the linked event's date,
else the article's publication date; ``text`` is a substring of the quantity's span or counted
noun phrase. Totals sum ``value`` (the conservative reading: the low end of a range, the least a
vague count can mean) per category, country and unit, over the quantities the filters select.
"""

from __future__ import annotations

from typing import Any

from eventwire.store.dialect import DUCKDB, Dialect
from eventwire.store.event_index import EVENTS_SQL
from eventwire.store.results import (
    ActorRow,
    EventRow,
    Filters,
    QuantityRow,
    ResultRow,
    StatementRow,
    row_names,
)
from eventwire.store.schema import TABLES

Query = tuple[str, list[Any]]


# -- SQL -------------------------------------------------------------------------------------------

# The source sentence(s): the first sentence ending after the attribution starts (content,
# speaker or cue, whichever comes first) to the last sentence starting before it ends. Sentences
# are in text order, so that is the least start and the greatest end among those sentences.
_STATEMENTS = """
SELECT b.*, substring(b.text, b.sentence_start + 1, b.sentence_end - b.sentence_start) AS sentence
FROM (
    SELECT p.*,
           (SELECT min(p.sentences[i][1])
            FROM generate_series(1, array_length(p.sentences, 1)) AS g(i)
            WHERE p.sentences[i][2] > p.first_char) AS sentence_start,
           (SELECT max(p.sentences[i][2])
            FROM generate_series(1, array_length(p.sentences, 1)) AS g(i)
            WHERE p.sentences[i][1] < p.last_char) AS sentence_end
    FROM (
        SELECT s.article_id, s.id AS statement_id, s.date_value AS date, s.date_inferred,
               s.kind, s.stance,
               sp.name AS speaker_name, sp.code AS speaker_code, sp.country AS speaker_country,
               ad.name AS addressee_name, ad.code AS addressee_code,
               ad.country AS addressee_country,
               s.cue_text AS cue, s.via_text AS via, c.content, a.published, a.title,
               s.seq, s.date_start, s.date_end, a.text, a.sentences,
               least(c.first_char, s.speaker_mention_start, s.cue_start) AS first_char,
               greatest(c.last_char, s.speaker_mention_end, s.cue_end) AS last_char
        FROM statements s
        JOIN articles a ON a.id = s.article_id
        LEFT JOIN actors sp ON sp.article_id = s.article_id AND sp.id = s.speaker
        LEFT JOIN actors ad ON ad.article_id = s.article_id AND ad.id = s.addressee
        LEFT JOIN (
            SELECT article_id, statement_id, string_agg(text, ' … ' ORDER BY seq) AS content,
                   min(start_char) AS first_char, max(end_char) AS last_char
            FROM statement_content GROUP BY article_id, statement_id
        ) c ON c.article_id = s.article_id AND c.statement_id = s.id
    ) AS p
) AS b
"""

_ACTORS = """
SELECT ac.article_id, ac.id AS actor_id, ac.name, ac.kind, ac.code, ac.country, ac.sector,
       ac.wikidata, coalesce(m.mentions, 0) AS mentions, m.mention_texts, a.published, a.title,
       ac.seq
FROM actors ac
JOIN articles a ON a.id = ac.article_id
LEFT JOIN (
    SELECT article_id, actor_id, count(*) AS mentions,
           string_agg(DISTINCT text, '; ' ORDER BY text) AS mention_texts
    FROM actor_mentions GROUP BY article_id, actor_id
) m ON m.article_id = ac.article_id AND m.actor_id = ac.id
"""

# A quantity's date: its event's date, else the article's publication day.
_QUANTITIES = """
SELECT q.article_id, q.id AS quantity_id, coalesce(e.date_value, substr(a.published, 1, 10)) AS date,
       q.category, q.value, q.low, q.high, q.bound, q.unit, q.text AS span, q.what_text AS what,
       ac.name AS actor_name, ac.code AS actor_code, coalesce(ac.country, p.country) AS country,
       q.event AS event_id, e.cameo AS event_cameo, e.modality AS event_modality,
       q.statement AS statement_id, sp.name AS speaker_name, sp.code AS speaker_code,
       a.published, a.title,
       q.seq,
       coalesce(e.date_start, CAST(substr(a.published, 1, 10) AS DATE)) AS date_start,
       coalesce(e.date_end, CAST(substr(a.published, 1, 10) AS DATE)) AS date_end
FROM quantities q
JOIN articles a ON a.id = q.article_id
LEFT JOIN actors ac ON ac.article_id = q.article_id AND ac.id = q.actor
LEFT JOIN events e ON e.article_id = q.article_id AND e.id = q.event
LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place
LEFT JOIN statements s ON s.article_id = q.article_id AND s.id = q.statement
LEFT JOIN actors sp ON sp.article_id = s.article_id AND sp.id = s.speaker
"""


class Where:
    """Collects conditions over the columns of ``r`` (the base query) and their parameters."""

    def __init__(self, dialect: Dialect) -> None:
        self.dialect = dialect
        self.conditions: list[str] = []
        self.params: list[Any] = []

    def add(self, condition: str, *params: Any) -> None:
        self.conditions.append(condition)
        self.params.extend(params)

    def actor(self, value: str | None, roles: tuple[str, ...]) -> None:
        """The name of one of ``roles`` contains ``value``, or its code starts with it."""
        if value:
            names = [(f"r.{role}_name", f"r.{role}_code") for role in roles]
            self.name_or_code(value, names)

    def name_or_code(self, value: str, columns: list[tuple[str, str]]) -> None:
        """One of the ``(name, code)`` column pairs matches ``value`` (see ``actor``)."""
        lower, upper = self.dialect.lower, self.dialect.upper
        one = "(strpos({}, {}) > 0 OR starts_with({}, {}))"
        self.add(
            " OR ".join(one.format(lower(n), lower("?"), c, upper("?")) for n, c in columns),
            *[value, value] * len(columns),
        )

    def country(self, value: str | None, columns: tuple[str, ...]) -> None:
        if value:
            upper = self.dialect.upper("?")
            self.add(" OR ".join(f"r.{c} = {upper}" for c in columns), *[value] * len(columns))

    def dates(self, filters: Filters, inferred: bool = False) -> None:
        """The date range; with ``inferred``, the rows say whether a date is inferred."""
        if filters.since is not None:
            self.add("r.date_start >= ?", filters.since)
        if filters.until is not None:
            self.add("r.date_end <= ?", filters.until)
        ranged = filters.since is not None or filters.until is not None
        if inferred and ranged and not filters.include_inferred:
            self.add("r.date_inferred IS NOT TRUE")

    def equal(self, column: str, value: str | None, *, fold: bool = False) -> None:
        if value:
            lower = self.dialect.lower
            self.add(f"{lower(f'r.{column}')} = {lower('?')}" if fold else f"r.{column} = ?", value)

    def contains(self, value: str | None, *columns: str) -> None:
        """One of ``columns`` holds ``value`` (case-insensitive)."""
        if value:
            lower = self.dialect.lower
            one = f"strpos({{}}, {lower('?')}) > 0"
            self.add(
                " OR ".join(one.format(lower(f"r.{c}")) for c in columns), *[value] * len(columns)
            )

    def articles(self, ids: tuple[str, ...]) -> None:
        if ids:
            self.add("r.article_id = ANY(?)", list(ids))

    def clause(self) -> str:
        """Return the WHERE clause of the conditions (empty when there are none)."""
        return f"WHERE ({') AND ('.join(self.conditions)})" if self.conditions else ""

    def query(
        self, base: str, row_type: type[ResultRow], limit: int | None, offset: int = 0
    ) -> Query:
        columns = ", ".join(f"r.{name}" for name in row_names(row_type))
        order = "ORDER BY r.published NULLS LAST, r.article_id, r.seq"
        # Identifiers and conditions come from this module; every value is a parameter.
        sql = f"SELECT {columns} FROM ({base}) AS r {self.clause()} {order} LIMIT ? OFFSET ?"  # noqa: S608
        return sql, [*self.params, limit, offset]

    def count(self, base: str) -> Query:
        """Return the SQL and parameters counting the rows of ``base`` the conditions select."""
        return f"SELECT count(*) FROM ({base}) AS r {self.clause()}", list(self.params)  # noqa: S608


def events_query(filters: Filters, dialect: Dialect = DUCKDB) -> Query:
    """Return the SQL and parameters selecting ``EventRow``s."""
    return event_where(filters, dialect).query(EVENTS_SQL, EventRow, filters.limit, filters.offset)


def event_where(filters: Filters, dialect: Dialect = DUCKDB) -> Where:
    """Return the conditions of the event filters (over ``EventRow`` columns)."""
    where = Where(dialect)
    where.actor(filters.actor, ("source", "target"))
    where.country(filters.country, ("source_country", "target_country"))
    if filters.cameo:
        where.add("starts_with(r.cameo, ?)", filters.cameo.strip())
    where.equal("plover", filters.plover, fold=True)
    where.equal("modality", filters.modality)
    where.dates(filters, inferred=True)
    where.contains(filters.text, "sentence")
    where.articles(filters.articles)
    if filters.min_confidence is not None:
        where.add("r.confidence >= ?", filters.min_confidence)
    return where


def stories_query(filters: Filters, dialect: Dialect = DUCKDB) -> Query:
    """Return the SQL and parameters selecting stories (the ``stories`` table's rows).

    ``actor`` is a substring of the story's main actors, ``text`` of its title; ``since`` and
    ``until`` keep stories whose first-to-last dates overlap the range (undated ones left out);
    ``articles`` the stories holding one of those articles; ``min_articles`` the least size.
    Biggest stories first, then the latest.
    """
    where = Where(dialect)
    where.contains(filters.actor, "main_actors")
    where.contains(filters.text, "title")
    if filters.since is not None:
        where.add("r.last_date >= ?", filters.since)
    if filters.until is not None:
        where.add("r.first_date <= ?", filters.until)
    if filters.articles:
        where.add(
            "r.id IN (SELECT story_id FROM story_articles WHERE article_id = ANY(?))",
            list(filters.articles),
        )
    if filters.min_articles:
        where.add("r.articles >= ?", filters.min_articles)
    condition = f"WHERE ({') AND ('.join(where.conditions)})" if where.conditions else ""
    sql = (
        "SELECT r.id, r.title, r.first_date, r.last_date, r.duplicates, r.events, "  # noqa: S608
        f"r.main_actors FROM stories AS r {condition} "
        "ORDER BY r.articles DESC, r.last_date DESC NULLS LAST, r.id LIMIT ?"
    )
    return sql, [*where.params, filters.limit]


def statements_query(filters: Filters, dialect: Dialect = DUCKDB) -> Query:
    """Return the SQL and parameters selecting ``StatementRow``s."""
    where = statement_where(filters, dialect)
    return where.query(_STATEMENTS, StatementRow, filters.limit, filters.offset)


def statement_where(filters: Filters, dialect: Dialect = DUCKDB) -> Where:
    """Return the conditions of the statement filters."""
    where = Where(dialect)
    where.actor(filters.actor, ("speaker", "addressee"))
    where.country(filters.country, ("speaker_country", "addressee_country"))
    where.equal("kind", filters.kind)
    where.equal("stance", filters.stance)
    where.dates(filters, inferred=True)
    where.contains(filters.text, "content")
    where.articles(filters.articles)
    return where


def actors_query(filters: Filters, dialect: Dialect = DUCKDB) -> Query:
    """Return the SQL and parameters selecting ``ActorRow``s."""
    return actor_where(filters, dialect).query(_ACTORS, ActorRow, filters.limit, filters.offset)


def actor_where(filters: Filters, dialect: Dialect = DUCKDB) -> Where:
    """Return the conditions of the actor filters."""
    where = Where(dialect)
    if filters.actor:
        where.name_or_code(filters.actor, [("r.name", "r.code")])
    where.country(filters.country, ("country",))
    where.equal("kind", filters.kind)
    where.contains(filters.text, "mention_texts")
    where.articles(filters.articles)
    return where


def quantity_where(filters: Filters, dialect: Dialect = DUCKDB) -> Where:
    where = Where(dialect)
    where.actor(filters.actor, ("actor", "speaker"))
    where.country(filters.country, ("country",))
    where.equal("category", filters.category)
    where.dates(filters)
    where.contains(filters.text, "span", "what")
    where.articles(filters.articles)
    return where


def quantities_query(filters: Filters, dialect: Dialect = DUCKDB) -> Query:
    """Return the SQL and parameters selecting ``QuantityRow``s."""
    where = quantity_where(filters, dialect)
    return where.query(_QUANTITIES, QuantityRow, filters.limit, filters.offset)


CONTEXT_DAYS = 31
"""An event whose whole date ends more than this many days before its article's publication is
quoted for context (a past war, last year's floods): its numbers are left out of totals."""
NOT_HAPPENED = ("intended", "hypothetical", "negated", "denied")
"""Event modalities whose numbers are left out of totals: the event is not said to have happened."""

_TIE = f"""CASE
  WHEN r.event_id IS NULL THEN 'no_event'
  WHEN r.event_modality IN ({", ".join(f"'{m}'" for m in NOT_HAPPENED)}) THEN 'not_happened'
  WHEN r.date_end < CAST(substr(r.published, 1, 10) AS DATE) - {CONTEXT_DAYS} THEN 'earlier_event'
  ELSE 'own'
END"""
"""Why a quantity is or is not summed: ``own`` (tied to an event the article reports) or a reason."""


def totals_query(filters: Filters, dialect: Dialect = DUCKDB) -> Query:
    """Return the SQL and parameters of ``TotalRow``s: sums by category, country and unit.

    The filters select the quantities first; of those, only the numbers tied to the article's own
    events are summed, and the others are counted by why they were left out (see ``TotalRow``).
    ``limit`` does not apply (the groups are few).
    """
    where = quantity_where(filters, dialect)
    condition = f"WHERE ({') AND ('.join(where.conditions)})" if where.conditions else ""
    left_out = ", ".join(
        f"CAST(sum(CASE WHEN t.tie = '{reason}' THEN 1 ELSE 0 END) AS INTEGER) AS {reason}"
        for reason in ("no_event", "earlier_event", "not_happened")
    )
    # Conditions come from this module; every value is a parameter.
    sql = (
        "SELECT t.category, t.country, t.unit, "  # noqa: S608
        "CAST(sum(CASE WHEN t.tie = 'own' THEN 1 ELSE 0 END) AS INTEGER) AS quantities, "
        "count(DISTINCT CASE WHEN t.tie = 'own' THEN t.article_id END) AS articles, "
        "coalesce(sum(CASE WHEN t.tie = 'own' THEN t.value END), 0.0) AS total, "
        f"{left_out} "
        f"FROM (SELECT r.*, {_TIE} AS tie FROM ({_QUANTITIES}) AS r {condition}) AS t "
        "GROUP BY t.category, t.country, t.unit "
        "ORDER BY t.category, t.country NULLS LAST, t.unit NULLS LAST"
    )
    return sql, where.params


def total_query(kind: str, filters: Filters, dialect: Dialect = DUCKDB) -> Query:
    """Return the SQL and parameters counting every row a query of ``kind`` selects."""
    bases = {
        "events": (EVENTS_SQL, event_where),
        "statements": (_STATEMENTS, statement_where),
        "actors": (_ACTORS, actor_where),
        "quantities": (_QUANTITIES, quantity_where),
    }
    base, conditions = bases[kind]
    return conditions(filters, dialect).count(base)


def count_query(table: str) -> str:
    """Return the SQL counting the rows of one of the store's tables."""
    if table not in TABLES:
        raise ValueError(f"not a store table: {table!r}")
    return f"SELECT count(*) FROM {table}"  # noqa: S608 - the name is checked against TABLES


STATS_QUERIES: dict[str, str] = {
    "languages": (
        "SELECT coalesce(language, 'unknown'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1"
    ),
    "years": (
        "SELECT coalesce(substr(published, 1, 4), 'unknown'), count(*) FROM articles "
        "GROUP BY 1 ORDER BY 1"
    ),
    "pipelines": "SELECT pipeline, count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1",
    "top_actors": (
        "SELECT name, code, count(DISTINCT article_id) AS n FROM actors GROUP BY name, code "
        "ORDER BY n DESC, name, code NULLS LAST LIMIT 10"
    ),
    "cameo_roots": "SELECT substr(cameo, 1, 2), count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1",
}
"""The breakdowns of ``Stats``, by field name."""
