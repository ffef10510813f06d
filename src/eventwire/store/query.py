"""The read side of the store, shared by the CLI and the server: filters, result rows, their SQL.

A query is a ``Filters`` value; every backend runs the SQL built here (plain SQL with ``?``
placeholders, every value a parameter, every identifier from this module) and returns rows of the
dataclasses below. Filter meanings:

- ``actor``: the actor's name contains it (case-insensitive), or its CAMEO code starts with it
  (``RUS`` matches ``RUSGOV``); events match on the source or the target, statements on the speaker
  or the addressee.
- ``country``: ISO 3166-1 alpha-3 of the source or target actor (speaker or addressee; the actor).
- ``cameo``: a full CAMEO code or a prefix of one (``04`` matches ``040`` to ``049``).
- ``since``/``until``: the event's (statement's) date value lies within the range; a date covering
  a span (``2025-09``, ``2025-W35``) must lie inside it whole, and an undated item is excluded
  whenever a range is given.
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

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from eventwire.store.schema import TABLES

Query = tuple[str, list[Any]]


@dataclass(frozen=True, slots=True)
class Filters:
    """What to select; unset filters select everything. ``limit=None`` returns every row."""

    actor: str | None = None
    country: str | None = None
    cameo: str | None = None
    plover: str | None = None
    modality: str | None = None
    kind: str | None = None
    stance: str | None = None
    category: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    text: str | None = None
    articles: tuple[str, ...] = ()
    limit: int | None = 100


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event with its actors, first trigger and sentence."""

    article_id: str
    event_id: str
    date: str | None
    cameo: str
    plover: str | None
    modality: str
    quad_class: int
    goldstein: float
    confidence: float
    source_name: str | None
    source_code: str | None
    source_country: str | None
    target_name: str | None
    target_code: str | None
    target_country: str | None
    trigger: str | None
    sentence: str | None
    published: str | None
    title: str | None


@dataclass(frozen=True, slots=True)
class StatementRow:
    """One statement with its speaker, addressee, cue, content (pieces joined by " … ") and the
    source sentence(s): from the sentence where the attribution starts to the one where it ends."""

    article_id: str
    statement_id: str
    date: str | None
    kind: str
    stance: str
    speaker_name: str | None
    speaker_code: str | None
    speaker_country: str | None
    addressee_name: str | None
    addressee_code: str | None
    cue: str | None
    via: str | None
    content: str | None
    sentence: str | None
    published: str | None
    title: str | None


@dataclass(frozen=True, slots=True)
class ActorRow:
    """One actor of one article, with how often and how it is mentioned."""

    article_id: str
    actor_id: str
    name: str
    kind: str
    code: str | None
    country: str | None
    sector: str | None
    wikidata: str | None
    mentions: int
    mention_texts: str | None
    published: str | None
    title: str | None


@dataclass(frozen=True, slots=True)
class QuantityRow:
    """One reported number with its bounds, what it counts, whose it is and who reported it."""

    article_id: str
    quantity_id: str
    date: str | None
    category: str
    value: float
    low: float | None
    high: float | None
    bound: str
    unit: str | None
    span: str
    what: str | None
    actor_name: str | None
    actor_code: str | None
    country: str | None
    event_id: str | None
    event_cameo: str | None
    event_modality: str | None
    statement_id: str | None
    speaker_name: str | None
    speaker_code: str | None
    published: str | None
    title: str | None


@dataclass(frozen=True, slots=True)
class TotalRow:
    """The sum of the selected quantities of one category, country and unit."""

    category: str
    country: str | None
    unit: str | None
    quantities: int
    articles: int
    total: float


@dataclass(frozen=True, slots=True)
class Stats:
    """Counts per table and the main breakdowns of what the store holds."""

    tables: dict[str, int] = field(default_factory=dict)
    languages: list[tuple[str, int]] = field(default_factory=list)
    years: list[tuple[str, int]] = field(default_factory=list)
    pipelines: list[tuple[str, int]] = field(default_factory=list)
    top_actors: list[tuple[str, str | None, int]] = field(default_factory=list)
    cameo_roots: list[tuple[str, int]] = field(default_factory=list)


ResultRow = EventRow | StatementRow | ActorRow | QuantityRow | TotalRow


def row_names(row_type: type[ResultRow]) -> list[str]:
    """Return the column names of a result row type, in order."""
    return [f.name for f in dataclasses.fields(row_type)]


# -- SQL -------------------------------------------------------------------------------------------

# The event's sentence: list indexes are 1-based, sentence offsets 0-based code points.
_EVENTS = """
SELECT e.article_id, e.id AS event_id, e.date_value AS date, e.cameo, e.plover, e.modality,
       e.quad_class, e.goldstein, e.confidence,
       src.name AS source_name, src.code AS source_code, src.country AS source_country,
       tgt.name AS target_name, tgt.code AS target_code, tgt.country AS target_country,
       tr.text AS trigger,
       substring(a.text, a.sentences[e.sentence + 1][1] + 1,
                 a.sentences[e.sentence + 1][2] - a.sentences[e.sentence + 1][1]) AS sentence,
       a.published, a.title,
       e.seq, e.date_start, e.date_end
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN actors src ON src.article_id = e.article_id AND src.id = e.source
LEFT JOIN actors tgt ON tgt.article_id = e.article_id AND tgt.id = e.target
LEFT JOIN event_triggers tr ON tr.article_id = e.article_id AND tr.event_id = e.id AND tr.seq = 0
"""

# The source sentence(s): the first sentence ending after the attribution starts (content,
# speaker or cue, whichever comes first) to the last sentence starting before it ends.
_STATEMENTS = """
SELECT *, substring(text, sentence_start + 1, sentence_end - sentence_start) AS sentence
FROM (
    SELECT *,
           list_filter(sentences, lambda x: x[2] > first_char)[1][1] AS sentence_start,
           list_filter(sentences, lambda x: x[1] < last_char)[-1][2] AS sentence_end
    FROM (
        SELECT s.article_id, s.id AS statement_id, s.date_value AS date, s.kind, s.stance,
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
    )
)
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


class _Where:
    """Collects conditions over the columns of ``r`` (the base query) and their parameters."""

    def __init__(self) -> None:
        self.conditions: list[str] = []
        self.params: list[Any] = []

    def add(self, condition: str, *params: Any) -> None:
        self.conditions.append(condition)
        self.params.extend(params)

    def actor(self, value: str | None, roles: tuple[str, ...]) -> None:
        if value:
            one = "(strpos(lower(r.{0}_name), lower(?)) > 0 OR starts_with(r.{0}_code, upper(?)))"
            self.add(" OR ".join(one.format(role) for role in roles), *[value, value] * len(roles))

    def country(self, value: str | None, columns: tuple[str, ...]) -> None:
        if value:
            self.add(" OR ".join(f"r.{c} = upper(?)" for c in columns), *[value] * len(columns))

    def dates(self, filters: Filters) -> None:
        if filters.since is not None:
            self.add("r.date_start >= ?", filters.since)
        if filters.until is not None:
            self.add("r.date_end <= ?", filters.until)

    def equal(self, column: str, value: str | None, *, fold: bool = False) -> None:
        if value:
            self.add(f"lower(r.{column}) = lower(?)" if fold else f"r.{column} = ?", value)

    def contains(self, column: str, value: str | None) -> None:
        if value:
            self.add(f"strpos(lower(r.{column}), lower(?)) > 0", value)

    def articles(self, ids: tuple[str, ...]) -> None:
        if ids:
            self.add("r.article_id = ANY(?)", list(ids))

    def query(self, base: str, row_type: type[ResultRow], limit: int | None) -> Query:
        columns = ", ".join(f"r.{name}" for name in row_names(row_type))
        where = f"WHERE ({') AND ('.join(self.conditions)})" if self.conditions else ""
        order = "ORDER BY r.published NULLS LAST, r.article_id, r.seq"
        # Identifiers and conditions come from this module; every value is a parameter.
        sql = f"SELECT {columns} FROM ({base}) AS r {where} {order} LIMIT ?"  # noqa: S608
        return sql, [*self.params, limit]


def events_query(filters: Filters) -> Query:
    """Return the SQL and parameters selecting ``EventRow``s."""
    where = _Where()
    where.actor(filters.actor, ("source", "target"))
    where.country(filters.country, ("source_country", "target_country"))
    if filters.cameo:
        where.add("starts_with(r.cameo, ?)", filters.cameo.strip())
    where.equal("plover", filters.plover, fold=True)
    where.equal("modality", filters.modality)
    where.dates(filters)
    where.contains("sentence", filters.text)
    where.articles(filters.articles)
    return where.query(_EVENTS, EventRow, filters.limit)


def statements_query(filters: Filters) -> Query:
    """Return the SQL and parameters selecting ``StatementRow``s."""
    where = _Where()
    where.actor(filters.actor, ("speaker", "addressee"))
    where.country(filters.country, ("speaker_country", "addressee_country"))
    where.equal("kind", filters.kind)
    where.equal("stance", filters.stance)
    where.dates(filters)
    where.contains("content", filters.text)
    where.articles(filters.articles)
    return where.query(_STATEMENTS, StatementRow, filters.limit)


def actors_query(filters: Filters) -> Query:
    """Return the SQL and parameters selecting ``ActorRow``s."""
    where = _Where()
    if filters.actor:
        where.add(
            "strpos(lower(r.name), lower(?)) > 0 OR starts_with(r.code, upper(?))",
            filters.actor,
            filters.actor,
        )
    where.country(filters.country, ("country",))
    where.equal("kind", filters.kind)
    where.contains("mention_texts", filters.text)
    where.articles(filters.articles)
    return where.query(_ACTORS, ActorRow, filters.limit)


def _quantity_where(filters: Filters) -> _Where:
    where = _Where()
    where.actor(filters.actor, ("actor", "speaker"))
    where.country(filters.country, ("country",))
    where.equal("category", filters.category)
    where.dates(filters)
    if filters.text:
        where.add(
            "strpos(lower(r.span), lower(?)) > 0 OR strpos(lower(r.what), lower(?)) > 0",
            filters.text,
            filters.text,
        )
    where.articles(filters.articles)
    return where


def quantities_query(filters: Filters) -> Query:
    """Return the SQL and parameters selecting ``QuantityRow``s."""
    return _quantity_where(filters).query(_QUANTITIES, QuantityRow, filters.limit)


def totals_query(filters: Filters) -> Query:
    """Return the SQL and parameters of ``TotalRow``s: sums by category, country and unit.

    The filters select the quantities first; ``limit`` does not apply (the groups are few).
    """
    where = _quantity_where(filters)
    condition = f"WHERE ({') AND ('.join(where.conditions)})" if where.conditions else ""
    # Conditions come from this module; every value is a parameter.
    sql = (
        "SELECT r.category, r.country, r.unit, count(*) AS quantities, "  # noqa: S608
        "count(DISTINCT r.article_id) AS articles, sum(r.value) AS total "
        f"FROM ({_QUANTITIES}) AS r {condition} "
        "GROUP BY r.category, r.country, r.unit "
        "ORDER BY r.category, r.country NULLS LAST, r.unit NULLS LAST"
    )
    return sql, where.params


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
