"""What the read side of the store answers in: the ``Filters`` of a query and its result rows.

``query.py`` builds the SQL that selects these rows; every backend returns them the same way.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any


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
    include_inferred: bool = False  # with since/until: keep dates inferred from the article date
    text: str | None = None
    min_confidence: float | None = None  # events whose confidence is at least this
    articles: tuple[str, ...] = ()
    min_articles: int | None = None  # stories: at least this many articles
    limit: int | None = 100
    offset: int = 0  # rows to skip before the first one returned (pages of the server)


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event with its actors, first trigger and sentence."""

    article_id: str
    event_id: str
    date: str | None
    date_inferred: bool | None
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
    date_inferred: bool | None
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
    """The sum of the selected quantities of one category, country and unit, and what it left out.

    Only numbers tied to an event the article itself reports are summed (``quantities`` of them,
    from ``articles`` articles); the other selected numbers are counted by why they were left
    out: ``no_event`` (tied to no event: a figure quoted for context, an economy's size),
    ``earlier_event`` (an event dated over ``CONTEXT_DAYS`` days before the article: a past
    war's toll), ``not_happened`` (an event stated as intended, hypothetical, negated or denied).
    """

    category: str
    country: str | None
    unit: str | None
    quantities: int
    articles: int
    total: float
    no_event: int = 0
    earlier_event: int = 0
    not_happened: int = 0


@dataclass(frozen=True, slots=True)
class StoryRow:
    """One story: the articles that report one happening, and what they report."""

    id: str
    title: str | None
    first_date: str | None
    last_date: str | None
    articles: list[str]
    duplicates: int
    events: int
    main_actors: str


@dataclass(frozen=True, slots=True)
class EventClusterRow:
    """One event as several articles of a story report it, with every report as evidence.

    ``evidence`` holds one entry per report: its article and event ids, trigger spans, modality,
    date and confidence.
    """

    story_id: str
    cluster: str
    cameo: str
    plover: str | None
    source_name: str | None
    source_code: str | None
    target_name: str | None
    target_code: str | None
    reports: int
    articles: int
    first_date: str | None
    last_date: str | None
    confidence: float
    trigger: str | None
    evidence: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Stats:
    """Counts per table and the main breakdowns of what the store holds."""

    tables: dict[str, int] = field(default_factory=dict)
    languages: list[tuple[str, int]] = field(default_factory=list)
    years: list[tuple[str, int]] = field(default_factory=list)
    pipelines: list[tuple[str, int]] = field(default_factory=list)
    top_actors: list[tuple[str, str | None, int]] = field(default_factory=list)
    cameo_roots: list[tuple[str, int]] = field(default_factory=list)


ResultRow = EventRow | StatementRow | ActorRow | QuantityRow | TotalRow | StoryRow | EventClusterRow


def row_names(row_type: type[ResultRow]) -> list[str]:
    """Return the column names of a result row type, in order."""
    return [f.name for f in dataclasses.fields(row_type)]


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """A place where selected events happened, in one article, with how many happened there."""

    article_id: str
    place_id: str
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    feature: str | None
    text: str
    events: int
    published: str | None
    title: str | None


@dataclass(frozen=True, slots=True)
class Counts:
    """Events counted per group: ``columns`` name the group keys of each row of ``rows``.

    Each row is the group's keys (in ``columns`` order), then the number of events and their mean
    Goldstein score. ``per_story``: each event cluster was counted once (stories were stored).
    """

    by: tuple[str, ...]
    columns: tuple[str, ...]
    rows: list[tuple[object, ...]] = field(default_factory=list)
    per_story: bool = False
