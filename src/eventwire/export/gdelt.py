"""The GDELT 2.0 event table: one tab-separated line per event, no header, 61 columns plus ours.

Columns follow GDELT's event codebook in its order (``GDELT_COLUMNS``), then eventwire's own
(``EXTRA_COLUMNS``). Which GDELT columns are filled, approximated (and how) or left empty is
documented in ``docs/exports.md``; the tests hold the export to that table. Values never contain a
tab or a line break (each becomes a space), so every line splits into exactly 66 fields.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from eventwire.export.actor_codes import code_parts
from eventwire.export.files import text_output
from eventwire.export.geography import EMPTY_COLUMNS, Geo, country_geo, place_geo
from eventwire.export.views import EventView, iter_event_views
from eventwire.records import Actor
from eventwire.store import Sighting, Store

_ACTOR = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
    "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
)  # fmt: skip
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{name}" for name in _ACTOR), *(f"Actor2{name}" for name in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{name}" for name in _GEO), *(f"Actor2Geo_{name}" for name in _GEO),
    *(f"ActionGeo_{name}" for name in _GEO),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
"""GDELT 2.0's 61 event-table columns, in the codebook's order."""

EXTRA_COLUMNS: tuple[str, ...] = (
    "ArticleID",
    "EventID",
    "TriggerOffsets",
    "Modality",
    "Confidence",
)
"""eventwire's columns, appended after GDELT's."""

COLUMNS = GDELT_COLUMNS + EXTRA_COLUMNS

_BREAKS = re.compile(r"[\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def write_gdelt(store: Store, out: str | os.PathLike[str]) -> Path | None:
    """Write every stored event as a GDELT event-table line; return the file (None: stdout).

    Raises:
        StoreError: ``out`` is not a usable place to write, or writing failed.
    """
    with text_output(out) as (stream, path):
        for article, views in iter_event_views(store):
            sightings = store.sightings(article.id) if views else []
            for view in views:
                _write_row(stream, gdelt_row(view, sightings))
    return path


def _write_row(stream: IO[str], values: Sequence[object]) -> None:
    stream.write("\t".join(field_text(v) for v in values) + "\n")


def field_text(value: object) -> str:
    """Return a value as a field: empty for None, numbers plainly, no tabs or line breaks."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6g}" if abs(value) < 1e6 else f"{value:.1f}"
    return _BREAKS.sub(" ", str(value))


def gdelt_row(view: EventView, sightings: Sequence[Sighting]) -> tuple[object, ...]:
    """Return the 66 values of one event's line."""
    event = view.event
    source, target = view.source, view.target
    return (
        global_event_id(view.key),
        *date_columns(view.day),
        *actor_columns(source),
        *actor_columns(target),
        *event_columns(view, sightings),
        *(_geo(country_geo(source.country)) if source else EMPTY_COLUMNS),
        *(_geo(country_geo(target.country)) if target else EMPTY_COLUMNS),
        *(_geo(place_geo(view.place)) if view.place else EMPTY_COLUMNS),
        _date_added(sightings),
        view.article.meta.url or view.article.meta.input.path,
        view.article.id,
        event.id,
        ";".join(f"{t.start}-{t.end}" for t in event.triggers),
        event.modality,
        event.confidence,
    )


def global_event_id(key: str) -> int:
    """A stable positive 60-bit integer for an event, from its store-wide key."""
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:15], 16)


def date_columns(day: dt.date | None) -> tuple[object, ...]:
    """Day (YYYYMMDD), MonthYear (YYYYMM), Year and FractionDate (year + elapsed fraction)."""
    if day is None:
        return (None, None, None, None)
    length = 366 if calendar.isleap(day.year) else 365
    fraction = day.year + (day.timetuple().tm_yday - 1) / length
    return (f"{day:%Y%m%d}", f"{day:%Y%m}", day.year, f"{fraction:.4f}")


def actor_columns(actor: Actor | None) -> tuple[object, ...]:
    """The ten columns of one actor: code, name (upper case), country, group, types."""
    if actor is None:
        return (None,) * len(_ACTOR)
    parts = code_parts(actor)
    types = (*parts.types[:3], None, None, None)[:3]
    ethnic = religion1 = religion2 = None
    return (
        actor.code, actor.name.upper(), parts.country, parts.known_group, ethnic, religion1,
        religion2, *types,
    )  # fmt: skip


def event_columns(view: EventView, sightings: Sequence[Sighting]) -> tuple[object, ...]:
    """IsRootEvent, the three event codes, QuadClass, Goldstein, the counts and AvgTone."""
    event = view.event
    return (
        int(_in_lead(view)),
        event.cameo,
        event.cameo[:3],
        event.cameo[:2],
        event.quad_class,
        event.goldstein,
        max(1, len(event.triggers)),
        _distinct(_source_of(s) for s in sightings),
        _distinct(s.url or s.path or s.input_id for s in sightings),
        None,
    )


def _in_lead(view: EventView) -> bool:
    """Whether the event's sentence starts in the article's first paragraph."""
    sentence, paragraphs = view.sentence, view.article.paragraphs
    return bool(sentence and paragraphs and sentence[0] < paragraphs[0][1])


def _source_of(sighting: Sighting) -> str | None:
    if sighting.source:
        return sighting.source.casefold()
    return urlsplit(sighting.url).hostname if sighting.url else None


def _distinct(keys: Iterable[str | None]) -> int:
    """How many different non-empty keys there are, at least one (the article itself)."""
    return max(1, len({k for k in keys if k}))


def _geo(geo: Geo | None) -> tuple[object, ...]:
    return geo.columns() if geo is not None else EMPTY_COLUMNS


def _date_added(sightings: Sequence[Sighting]) -> str | None:
    """When the article was first stored (its first sighting), as YYYYMMDDHHMMSS in UTC."""
    if not sightings:
        return None
    first = min(s.seen_at for s in sightings)
    if first.tzinfo is not None:
        first = first.astimezone(dt.UTC)
    return f"{first:%Y%m%d%H%M%S}"
