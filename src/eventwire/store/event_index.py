"""The event index: one flat row per stored event, so pages, totals and counts read one table.

``events`` rows need four joins (the article for its sentence and date, two actors, the first
trigger) before a filter can look at them; over a million events that is too slow for an
interactive query. ``event_index`` holds each ``EventRow`` already joined, plus the keys pages
are ordered by and the event's place. It is derived data, not part of the article record: the
migration fills it from the stored events, and ``add_batch`` writes the rows of the articles it
stores (and deletes those of the articles it replaces) in the same transaction, from the same
SQL (``refresh_sql``), so the index never disagrees with the layers.

Order: ``published_key`` (the publication date, ``~`` when there is none, so undated articles
come last as in the CLI), then ``article_id``, then the event's ``seq``; a page cursor is the
last row's three keys.
"""

from __future__ import annotations

# The event's sentence: list indexes are 1-based, sentence offsets 0-based code points.
EVENTS_SQL = """
SELECT e.article_id, e.id AS event_id, e.date_value AS date, e.date_inferred, e.cameo, e.plover, e.modality,
       e.quad_class, e.goldstein, e.confidence,
       src.name AS source_name, src.code AS source_code, src.country AS source_country,
       tgt.name AS target_name, tgt.code AS target_code, tgt.country AS target_country,
       tr.text AS trigger,
       substring(a.text, a.sentences[e.sentence + 1][1] + 1,
                 a.sentences[e.sentence + 1][2] - a.sentences[e.sentence + 1][1]) AS sentence,
       a.published, a.title,
       e.seq, e.date_start, e.date_end, e.place
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN actors src ON src.article_id = e.article_id AND src.id = e.source
LEFT JOIN actors tgt ON tgt.article_id = e.article_id AND tgt.id = e.target
LEFT JOIN event_triggers tr ON tr.article_id = e.article_id AND tr.event_id = e.id AND tr.seq = 0
"""
"""Every stored event as an ``EventRow`` (plus its order keys and place), for ``query.py`` too."""

_COLUMNS = """
    article_id, event_id, date, date_inferred, cameo, plover, modality, quad_class, goldstein,
    confidence, source_name, source_code, source_country, target_name, target_code,
    target_country, trigger, sentence, published, title, seq, date_start, date_end,
    published_key, place, rid, event_day, event_week, event_month
"""

CREATE = """
CREATE TABLE event_index (
    article_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    date VARCHAR,
    date_inferred BOOLEAN,
    cameo VARCHAR NOT NULL,
    plover VARCHAR,
    modality VARCHAR NOT NULL,
    quad_class INTEGER NOT NULL,
    goldstein DOUBLE PRECISION NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    source_name VARCHAR,
    source_code VARCHAR,
    source_country VARCHAR,
    target_name VARCHAR,
    target_code VARCHAR,
    target_country VARCHAR,
    trigger VARCHAR,
    sentence VARCHAR,
    published VARCHAR,
    title VARCHAR,
    seq INTEGER NOT NULL,
    date_start DATE,
    date_end DATE,
    published_key VARCHAR NOT NULL,
    place VARCHAR,
    rid BIGINT NOT NULL,
    event_day DATE,
    event_week DATE,
    event_month DATE
);
CREATE TABLE event_words (
    word VARCHAR NOT NULL,
    rid BIGINT NOT NULL
);
CREATE TABLE index_words (
    word VARCHAR NOT NULL
);
"""

# The day, week (its Monday) and month (its first day) an event's whole date lies in, else null:
# counts group by them (kept here, so grouping reads a plain DATE column).
_DAY = "CASE WHEN x.date_start = x.date_end THEN x.date_start END"
_WEEK = (
    "CASE WHEN date_trunc('week', x.date_start) = date_trunc('week', x.date_end) "
    "THEN CAST(date_trunc('week', x.date_start) AS DATE) END"
)
_MONTH = (
    "CASE WHEN date_trunc('month', x.date_start) = date_trunc('month', x.date_end) "
    "THEN CAST(date_trunc('month', x.date_start) AS DATE) END"
)

_SELECT = f"""
SELECT {_COLUMNS} FROM (
    SELECT y.*, (SELECT coalesce(max(rid), 0) FROM event_index)
                + row_number() OVER (ORDER BY y.published_key, y.article_id, y.seq) AS rid
    FROM (
        SELECT x.*, coalesce(x.published, '~') AS published_key, {_DAY} AS event_day,
               {_WEEK} AS event_week, {_MONTH} AS event_month
        FROM ({EVENTS_SQL}) AS x
    ) AS y
) AS r
"""  # noqa: S608 - fixed SQL of this module

# Rows go in page order, so the table is stored roughly sorted by it (news mostly arrives in
# publication order): DuckDB then skips whole row groups for a page or a date range.
_ORDER = "ORDER BY r.published_key, r.article_id, r.seq"
BACKFILL = f"INSERT INTO event_index ({_COLUMNS}) {_SELECT} {_ORDER}"

# The words of the index rows chosen by ``{rows}``: lower-cased, split at spaces, one row per
# distinct word of an event; the vocabulary gains the words it lacks. This is the SQL of migration
# 0002 (released: never changed); ``_KEYED_WORDS`` is what the store writes now.
_WORDS = """
INSERT INTO event_words (word, rid)
SELECT DISTINCT w.word, w.rid FROM (
    SELECT e.rid, unnest(string_to_array(lower(e.sentence), ' ')) AS word
    FROM event_index e WHERE {rows}
) AS w WHERE w.word <> '' ORDER BY 1, 2;
INSERT INTO index_words (word)
SELECT DISTINCT ew.word FROM event_words ew
WHERE ew.rid IN (SELECT e.rid FROM event_index e WHERE {rows})
  AND ew.word NOT IN (SELECT word FROM index_words);
"""

# Each word row also carries its event's page keys (migration 0005), so the page of a text filter
# alone is read from the word index in page order, without joining a million event rows.
_KEYED_WORDS = """
INSERT INTO event_words (word, rid, published_key, article_id, seq)
SELECT DISTINCT w.word, w.rid, w.published_key, w.article_id, w.seq FROM (
    SELECT e.rid, e.published_key, e.article_id, e.seq,
           unnest(string_to_array(lower(e.sentence), ' ')) AS word
    FROM event_index e WHERE {rows}
) AS w WHERE w.word <> '' ORDER BY 1, 3, 4, 5;
INSERT INTO index_words (word)
SELECT DISTINCT ew.word FROM event_words ew
WHERE ew.rid IN (SELECT e.rid FROM event_index e WHERE {rows})
  AND ew.word NOT IN (SELECT word FROM index_words);
"""

WORDS_BACKFILL = _KEYED_WORDS.format(rows="TRUE")
"""Fill the word index from every index row (after ``BACKFILL``, on the current schema)."""

MIGRATION = CREATE + BACKFILL + ";" + _WORDS.format(rows="TRUE")
"""The migration that makes and fills the index (``0002_event_index``)."""

KEYED_WORDS_MIGRATION = """
CREATE TABLE event_words_keyed (
    word VARCHAR NOT NULL,
    rid BIGINT NOT NULL,
    published_key VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL
);
INSERT INTO event_words_keyed (word, rid, published_key, article_id, seq)
SELECT w.word, w.rid, e.published_key, e.article_id, e.seq
FROM event_words w JOIN event_index e ON e.rid = w.rid ORDER BY 1, 3, 4, 5;
DROP TABLE event_words;
ALTER TABLE event_words_keyed RENAME TO event_words;
"""
"""The migration giving each word row its event's page keys (``0005_keyed_words``)."""


DELETE_SQL = (
    "DELETE FROM event_words WHERE rid IN (SELECT rid FROM event_index WHERE article_id = ANY(?))",
    "DELETE FROM event_index WHERE article_id = ANY(?)",
)
"""Remove the index rows (and their words) of the articles ``= ANY(?)`` (before replacing them)."""


def insert_sql() -> tuple[str, ...]:
    """Return the statements adding the index rows (and their words) of the articles
    ``= ANY(?)``; each takes the list of ids as its one parameter."""
    rows = "e.article_id = ANY(?)"
    insert_words, insert_vocabulary = (
        _KEYED_WORDS.format(rows=rows).strip().rstrip(";").split(";\n")
    )
    return (
        f"INSERT INTO event_index ({_COLUMNS}) {_SELECT} WHERE r.article_id = ANY(?) {_ORDER}",
        insert_words,
        insert_vocabulary,
    )


def word_pieces(text: str) -> list[str]:
    """The pieces of a ``text`` filter the word index narrows by: its parts between spaces,
    lower-cased, when all are ASCII (which every backend lower-cases alike); else none."""
    pieces = [piece.lower() for piece in text.split(" ") if piece]
    return pieces if all(piece.isascii() for piece in pieces) else []
