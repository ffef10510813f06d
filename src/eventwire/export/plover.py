"""PLOVER/POLECAT-style event records: one JSON document per event and line.

Each record uses POLECAT's published field names (lower case, words joined by underscores) for
the event (type, mode, intensity, quad code, contexts), its actor and recipient, its place and its
article, and keeps eventwire's own fields (CAMEO codes, modality, confidence, offsets) under
``"eventwire"``. The JSON Schema is ``eventwire/schema/plover_event.schema.json``; the mapping from
the article record is documented in ``docs/exports.md``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from eventwire.export.actor_codes import code_parts
from eventwire.export.files import text_output
from eventwire.export.plover_tables import contexts_of, intensity_of
from eventwire.export.views import EventView, iter_event_views
from eventwire.records import Actor, Article, Place
from eventwire.store import Store

Record = dict[str, Any]

_ORGANIZATION_KINDS = frozenset({"organization", "group", "government"})


def write_plover(store: Store, out: str | os.PathLike[str]) -> Path | None:
    """Write one PLOVER record per stored event, one JSON document a line; return the file.

    Raises:
        StoreError: ``out`` is not a usable place to write, or writing failed.
    """
    with text_output(out) as (stream, path):
        for article, views in iter_event_views(store):
            story = story_fields(article)
            for view in views:
                record = plover_record(view, story)
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def plover_record(view: EventView, story: Record | None = None) -> Record:
    """Return the PLOVER record of one event (``story``: the article's fields, if computed)."""
    event = view.event
    day = view.day
    return {
        "event_id": view.key,
        "event_date": day.isoformat() if day else None,
        "event_type": event.plover,
        "event_mode": event.plover_mode,
        "intensity": intensity_of(event.plover, event.plover_mode),
        "quad_code": event.quad_class,
        "contexts": list(contexts_of(event.cameo)),
        **actor_fields("actor", view.source, view),
        **actor_fields("recipient", view.target, view),
        **place_fields(view.place),
        **(story if story is not None else story_fields(view.article)),
        "event_text": view.sentence_text,
        "eventwire": eventwire_fields(view),
    }


def actor_fields(role: str, actor: Actor | None, view: EventView) -> Record:
    """The eight POLECAT fields of the actor (``role="actor"``) or the recipient."""
    sectors = list(code_parts(actor).labels()) if actor else []
    mention = view.mention(actor)
    return {
        f"{role}_name": actor.name if actor else None,
        f"{role}_country": actor.country if actor else None,
        f"{role}_cow": None,
        f"primary_{role}_sector": sectors[0] if sectors else None,
        f"{role}_sectors": sectors,
        f"{role}_title": None,
        f"{role}_name_raw": mention.text if mention else None,
        f"wikipedia_{role}_id": actor.wikidata if actor else None,
    }


def place_fields(place: Place | None) -> Record:
    """The POLECAT location fields of the event's place (all null when it has none)."""
    town = place is not None and (place.feature or "").startswith("PPL")
    return {
        "placename": place.name if place else None,
        "city": place.name if place and town else None,
        "district": None,
        "province": place.admin1 if place else None,
        "country": place.country if place else None,
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "geonames_id": place.geonameid if place else None,
        "raw_placename": place.span.text if place else None,
        "feature_type": place.feature if place else None,
    }


def story_fields(article: Article) -> Record:
    """The POLECAT fields that describe the article the event comes from."""
    meta = article.meta
    pipeline = meta.pipeline
    return {
        "source": meta.source,
        "publication_date": meta.published,
        "story_people": _names(a.name for a in article.actors if a.kind == "person"),
        "story_organizations": _names(
            a.name for a in article.actors if a.kind in _ORGANIZATION_KINDS
        ),
        "story_locations": _names(p.name for p in article.places if p.role == "location"),
        "language": meta.language,
        "version": (
            f"eventwire {pipeline.eventwire}; model {pipeline.model}; "
            f"knowledge {pipeline.knowledge}"
        ),
    }


def _names(names: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(name for name in names if name))


def eventwire_fields(view: EventView) -> Record:
    """eventwire's own fields: the CAMEO coding, modality, confidence and the offsets."""
    event, sentence = view.event, view.sentence
    return {
        "article_id": view.article.id,
        "event_id": event.id,
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "modality": event.modality,
        "confidence": event.confidence,
        "date": event.date.value if event.date else None,
        "date_inferred": event.date.inferred if event.date else None,
        "actor_code": view.source.code if view.source else None,
        "recipient_code": view.target.code if view.target else None,
        "sentence": {"start": sentence[0], "end": sentence[1]} if sentence else None,
        "triggers": [t.to_dict() for t in event.triggers],
        "statement": event.statement,
        "url": view.article.meta.url,
    }
