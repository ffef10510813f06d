"""The store's tables: named migrations (applied once, in order) and each table's column layout.

Every layer of the article record has its own table keyed by ``(article_id, local id)``; repeated
parts of a record (an actor's mentions, an event's triggers, a statement's content pieces) have a
child table keyed by ``(article_id, parent id, seq)``. ``seq`` keeps the record's order, so a stored
article rebuilds exactly. Optional spans are flattened into ``<name>_start``, ``<name>_end``,
``<name>_text`` columns (all null when the span is absent). ``date_start``/``date_end`` are derived
from TIMEX3 values (see ``timex.py``) so date ranges can be filtered in SQL.

Migrations are plain SQL that never changes once released: a schema change is a new named
migration appended to ``MIGRATIONS``. The SQL uses types DuckDB and PostgreSQL share where they can.
"""

from __future__ import annotations

from eventwire.store import event_index

_INITIAL = """
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    schema VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    meta JSON NOT NULL,
    title VARCHAR,
    url VARCHAR,
    source VARCHAR,
    published VARCHAR,
    language VARCHAR,
    dateline VARCHAR,
    pipeline VARCHAR NOT NULL,
    paragraphs INTEGER[][] NOT NULL,
    sentences INTEGER[][] NOT NULL,
    stored_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE sightings (
    article_id VARCHAR NOT NULL,
    seen_at TIMESTAMPTZ NOT NULL,
    path VARCHAR,
    url VARCHAR,
    source VARCHAR,
    input_id VARCHAR,
    format VARCHAR,
    pipeline VARCHAR NOT NULL
);
CREATE TABLE actors (
    article_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    code VARCHAR,
    country VARCHAR,
    sector VARCHAR,
    wikidata VARCHAR,
    PRIMARY KEY (article_id, id)
);
CREATE TABLE actor_mentions (
    article_id VARCHAR NOT NULL,
    actor_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    how VARCHAR NOT NULL,
    PRIMARY KEY (article_id, actor_id, seq)
);
CREATE TABLE actor_members (
    article_id VARCHAR NOT NULL,
    actor_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    member_id VARCHAR NOT NULL,
    PRIMARY KEY (article_id, actor_id, seq)
);
CREATE TABLE events (
    article_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    cameo VARCHAR NOT NULL,
    plover VARCHAR,
    plover_mode VARCHAR,
    quad_class INTEGER NOT NULL,
    goldstein DOUBLE PRECISION NOT NULL,
    source VARCHAR,
    target VARCHAR,
    sentence INTEGER NOT NULL,
    date_value VARCHAR,
    date_time VARCHAR,
    date_inferred BOOLEAN,
    date_start DATE,
    date_end DATE,
    place VARCHAR,
    modality VARCHAR NOT NULL,
    statement VARCHAR,
    confidence DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_id, id)
);
CREATE TABLE event_triggers (
    article_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    PRIMARY KEY (article_id, event_id, seq)
);
CREATE TABLE statements (
    article_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    kind VARCHAR NOT NULL,
    speaker VARCHAR,
    speaker_mention_start INTEGER,
    speaker_mention_end INTEGER,
    speaker_mention_text VARCHAR,
    cue_start INTEGER,
    cue_end INTEGER,
    cue_text VARCHAR,
    addressee VARCHAR,
    via_start INTEGER,
    via_end INTEGER,
    via_text VARCHAR,
    stance VARCHAR NOT NULL,
    date_value VARCHAR,
    date_time VARCHAR,
    date_inferred BOOLEAN,
    date_start DATE,
    date_end DATE,
    PRIMARY KEY (article_id, id)
);
CREATE TABLE statement_content (
    article_id VARCHAR NOT NULL,
    statement_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    PRIMARY KEY (article_id, statement_id, seq)
);
CREATE TABLE quantities (
    article_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    low DOUBLE PRECISION,
    high DOUBLE PRECISION,
    bound VARCHAR NOT NULL,
    unit VARCHAR,
    what_start INTEGER,
    what_end INTEGER,
    what_text VARCHAR,
    category VARCHAR NOT NULL,
    actor VARCHAR,
    event VARCHAR,
    statement VARCHAR,
    PRIMARY KEY (article_id, id)
);
CREATE TABLE times (
    article_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    date_start DATE,
    date_end DATE,
    PRIMARY KEY (article_id, id)
);
CREATE TABLE places (
    article_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    country VARCHAR,
    admin1 VARCHAR,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    geonameid BIGINT,
    feature VARCHAR,
    role VARCHAR NOT NULL,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX sightings_article ON sightings (article_id);
"""

_PARSES = """
CREATE TABLE parses (
    article_id VARCHAR PRIMARY KEY,
    model VARCHAR NOT NULL,
    docbin BYTEA NOT NULL
);
"""
# An article's spaCy parse (a compressed ``DocBin`` without user data), kept so that ``recode``
# re-runs the extraction layers without parsing again; ``model`` is the model that parsed it.

# Stories (eventwire.stories): which articles report one happening, the features each was placed
# by (so later articles are compared with it without re-reading it), and its events' clusters.
_STORIES = """
CREATE TABLE stories (
    id VARCHAR PRIMARY KEY,
    first_date DATE,
    last_date DATE,
    articles INTEGER NOT NULL,
    duplicates INTEGER NOT NULL,
    events INTEGER NOT NULL,
    main_actors VARCHAR NOT NULL,
    title VARCHAR,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE story_articles (
    article_id VARCHAR PRIMARY KEY,
    story_id VARCHAR NOT NULL,
    duplicate_of VARCHAR,
    features JSON NOT NULL
);
CREATE TABLE story_events (
    article_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL,
    cluster VARCHAR NOT NULL,
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX story_articles_story ON story_articles (story_id);
CREATE INDEX story_events_story ON story_events (story_id);
"""

MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("0001_initial", _INITIAL),
    ("0002_event_index", event_index.MIGRATION),
    ("0003_stories", _STORIES),
    ("0004_parses", _PARSES),
    ("0005_keyed_words", event_index.KEYED_WORDS_MIGRATION),
)
"""Named schema changes, applied once each, in this order (recorded in ``schema_migrations``)."""

MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    name VARCHAR PRIMARY KEY,
    applied_at TIMESTAMPTZ NOT NULL
)
"""

# Column kinds (``rows.ARROW_TYPES`` maps each to the Arrow type bulk inserts use; pyarrow is
# imported only where rows are written, so reading this table stays cheap).
_STR, _INT, _BIGINT, _FLOAT, _BOOL = "str", "int", "bigint", "float", "bool"
_DATE, _TIME, _SPANS, _BYTES = "date", "time", "spans", "bytes"


def _span(prefix: str) -> tuple[tuple[str, str], ...]:
    return ((f"{prefix}_start", _INT), (f"{prefix}_end", _INT), (f"{prefix}_text", _STR))


_SPAN = (("start_char", _INT), ("end_char", _INT), ("text", _STR))
_DATE_REF = (
    ("date_value", _STR), ("date_time", _STR), ("date_inferred", _BOOL),
    ("date_start", _DATE), ("date_end", _DATE),
)  # fmt: skip

COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("id", _STR), ("schema", _STR), ("text", _STR), ("meta", _STR), ("title", _STR),
        ("url", _STR), ("source", _STR), ("published", _STR), ("language", _STR),
        ("dateline", _STR), ("pipeline", _STR), ("paragraphs", _SPANS), ("sentences", _SPANS),
        ("stored_at", _TIME),
    ),
    "sightings": (
        ("article_id", _STR), ("seen_at", _TIME), ("path", _STR), ("url", _STR),
        ("source", _STR), ("input_id", _STR), ("format", _STR), ("pipeline", _STR),
    ),
    "actors": (
        ("article_id", _STR), ("id", _STR), ("seq", _INT), ("name", _STR), ("kind", _STR),
        ("code", _STR), ("country", _STR), ("sector", _STR), ("wikidata", _STR),
    ),
    "actor_mentions": (
        ("article_id", _STR), ("actor_id", _STR), ("seq", _INT), *_SPAN, ("how", _STR),
    ),
    "actor_members": (
        ("article_id", _STR), ("actor_id", _STR), ("seq", _INT), ("member_id", _STR),
    ),
    "events": (
        ("article_id", _STR), ("id", _STR), ("seq", _INT), ("cameo", _STR), ("plover", _STR),
        ("plover_mode", _STR), ("quad_class", _INT), ("goldstein", _FLOAT), ("source", _STR),
        ("target", _STR), ("sentence", _INT), *_DATE_REF, ("place", _STR), ("modality", _STR),
        ("statement", _STR), ("confidence", _FLOAT),
    ),
    "event_triggers": (("article_id", _STR), ("event_id", _STR), ("seq", _INT), *_SPAN),
    "statements": (
        ("article_id", _STR), ("id", _STR), ("seq", _INT), ("kind", _STR), ("speaker", _STR),
        *_span("speaker_mention"), *_span("cue"), ("addressee", _STR), *_span("via"),
        ("stance", _STR), *_DATE_REF,
    ),
    "statement_content": (
        ("article_id", _STR), ("statement_id", _STR), ("seq", _INT), *_SPAN,
    ),
    "quantities": (
        ("article_id", _STR), ("id", _STR), ("seq", _INT), *_SPAN, ("value", _FLOAT),
        ("low", _FLOAT), ("high", _FLOAT), ("bound", _STR), ("unit", _STR), *_span("what"),
        ("category", _STR), ("actor", _STR), ("event", _STR), ("statement", _STR),
    ),
    "times": (
        ("article_id", _STR), ("id", _STR), ("seq", _INT), *_SPAN, ("type", _STR),
        ("value", _STR), ("date_start", _DATE), ("date_end", _DATE),
    ),
    "places": (
        ("article_id", _STR), ("id", _STR), ("seq", _INT), *_SPAN, ("name", _STR),
        ("country", _STR), ("admin1", _STR), ("lat", _FLOAT), ("lon", _FLOAT),
        ("geonameid", _BIGINT), ("feature", _STR), ("role", _STR),
    ),
    "stories": (
        ("id", _STR), ("first_date", _DATE), ("last_date", _DATE), ("articles", _INT),
        ("duplicates", _INT), ("events", _INT), ("main_actors", _STR), ("title", _STR),
        ("updated_at", _TIME),
    ),
    "story_articles": (
        ("article_id", _STR), ("story_id", _STR), ("duplicate_of", _STR), ("features", _STR),
    ),
    "story_events": (
        ("article_id", _STR), ("event_id", _STR), ("story_id", _STR), ("cluster", _STR),
    ),
    "parses": (("article_id", _STR), ("model", _STR), ("docbin", _BYTES)),
}  # fmt: skip
"""Each table's columns in table order, with their kind (see ``rows.ARROW_TYPES``)."""

PARSES = "parses"
"""The table of stored parses: written with its article, replaced with it, never exported (its
bytes are spaCy's, not part of the record)."""

TABLES: tuple[str, ...] = tuple(t for t in COLUMNS if t != PARSES)
"""Every data table, articles first (the order ``stats`` and ``export`` list them in)."""

STORY_TABLES: tuple[str, ...] = ("stories", "story_articles", "story_events")
"""The tables of stories (``eventwire.stories``), derived from the articles and their layers."""

LAYER_TABLES: tuple[str, ...] = tuple(
    t for t in TABLES if t not in ("articles", "sightings", *STORY_TABLES)
)
"""The tables an article's extraction layers live in (replaced together on re-processing)."""

ORDER_KEYS: dict[str, str] = {
    "articles": "id",
    "sightings": "article_id, seen_at",
    "actor_mentions": "article_id, actor_id, seq",
    "actor_members": "article_id, actor_id, seq",
    "event_triggers": "article_id, event_id, seq",
    "statement_content": "article_id, statement_id, seq",
    "stories": "id",
    "story_articles": "story_id, article_id",
    "story_events": "story_id, cluster, article_id, event_id",
}
"""The stable row order of each table (layer tables default to ``article_id, seq``)."""


def order_key(table: str) -> str:
    """Return the ORDER BY list that gives ``table``'s rows in record order."""
    return ORDER_KEYS.get(table, "article_id, seq")
