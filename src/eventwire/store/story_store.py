"""Stories in the store: place unplaced articles, keep each story's summary and event clusters.

``update_stories`` takes the stored articles that are in no story yet (all of a first ingest, or
those a killed run left), in chunks, in a canonical order (publication day, then id). Each
chunk is placed (``eventwire.stories.place``) against the stored stories that could still grow
(last article within ``WINDOW_DAYS`` of the chunk, or undated), and written in one transaction:
the articles' places and features, then the summary and event clusters of every story that
changed. Stories stored earlier are never merged or split, so an update costs the new articles
and their candidate stories only. Articles re-processed by another pipeline version leave
their story and are placed again.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from eventwire.records import Article
from eventwire.store.results import EventClusterRow, EventRow, StoryRow

if TYPE_CHECKING:  # the clusterer (numpy, scipy, datasketch) is imported when stories are placed
    from eventwire.stories import Item, StoredStory

Row = dict[str, Any]
CHUNK = 1000
"""New articles placed per transaction."""
MAIN_ACTORS = 3
"""Actors named in a story's summary (those in most of its articles)."""


class _Backend(Protocol):
    """What this module needs of ``SQLStore``."""

    def _fetch(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]: ...
    def _insert(self, table: str, rows: Sequence[Row]) -> None: ...
    def _load(self, ids: list[str]) -> list[Article]: ...
    def _transaction(self, failure: str = ...) -> AbstractContextManager[None]: ...


@dataclass(frozen=True, slots=True)
class StoryUpdate:
    """What ``update_stories`` did: articles placed, stories founded and stories changed."""

    placed: int = 0
    founded: int = 0
    changed: int = 0


_UNPLACED = (
    "SELECT a.id FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id "
    "WHERE s.article_id IS NULL ORDER BY coalesce(substr(a.published, 1, 10), ''), a.id LIMIT ?"
)


def update_stories(store: _Backend, chunk: int = CHUNK) -> StoryUpdate:
    """Place every article that is in no story yet; return the counts."""
    placed = founded = changed = 0
    ids = [row[0] for row in store._fetch(_UNPLACED, [chunk])]
    if not ids:
        return StoryUpdate(0, 0, 0)  # a re-ingest of stored articles: nothing to import or place
    from eventwire.stories import place

    while ids:
        items = [_item(article) for article in store._load(ids)]
        stored = _candidates(store, items)
        known = {s.id for s in stored}
        placements = place(items, stored)
        features = {i.article_id: i for i in items}
        with store._transaction(failure="stories not stored"):
            # Another writer may have placed some of them meanwhile: its placement stands.
            taken = _placed(store, [p.article_id for p in placements])
            mine = [p for p in placements if p.article_id not in taken]
            store._insert(
                "story_articles",
                [
                    {"article_id": p.article_id, "story_id": p.story_id,
                     "duplicate_of": p.duplicate_of, "features": _dump(features[p.article_id])}
                    for p in mine
                ],
            )  # fmt: skip
            touched = sorted({p.story_id for p in mine})
            refresh(store, touched)
        if not mine and not taken:
            break  # nothing could be placed (cannot happen with a consistent store)
        placed += len(mine)
        founded += len(set(touched) - known)
        changed += len(touched)
        ids = [row[0] for row in store._fetch(_UNPLACED, [chunk])]
    return StoryUpdate(placed, founded, changed)


def _placed(store: _Backend, ids: list[str]) -> set[str]:
    rows = store._fetch("SELECT article_id FROM story_articles WHERE article_id = ANY(?)", [ids])
    return {row[0] for row in rows}


def forget(store: _Backend, ids: Sequence[str]) -> None:
    """Take re-processed articles out of their stories (inside the caller's transaction)."""
    if not ids:
        return
    rows = store._fetch(
        "SELECT DISTINCT story_id FROM story_articles WHERE article_id = ANY(?)", [list(ids)]
    )
    store._fetch("DELETE FROM story_articles WHERE article_id = ANY(?)", [list(ids)])
    store._fetch("DELETE FROM story_events WHERE article_id = ANY(?)", [list(ids)])
    refresh(store, sorted(row[0] for row in rows))


def _item(article: Article) -> Item:
    from eventwire.stories import Item, article_features, signature

    return Item(article.id, article_features(article), tuple(signature(article.text)))


def _dump(item: Item) -> str:
    f = item.features
    return json.dumps({"terms": f.terms, "day": f.day, "signature": list(item.signature)})


def _candidates(store: _Backend, items: Sequence[Item]) -> list[StoredStory]:
    """The stored stories new articles may join: all, or those recent enough when all are dated."""
    from eventwire.stories import Features, Item, StoredStory
    from eventwire.stories.cluster import WINDOW_DAYS

    days = [i.features.day for i in items]
    sql = "SELECT story_id, article_id, features FROM story_articles"
    params: list[Any] = []
    if days and all(days):
        start = dt.date.fromisoformat(min(d for d in days if d)) - dt.timedelta(WINDOW_DAYS)
        sql += (
            " WHERE story_id IN (SELECT id FROM stories WHERE last_date IS NULL OR last_date >= ?)"
        )
        params.append(start)
    members: defaultdict[str, list[Item]] = defaultdict(list)
    for story_id, article_id, features in store._fetch(sql + " ORDER BY 1, 2", params):
        data = json.loads(features)
        members[story_id].append(
            Item(article_id, Features(data["terms"], data["day"]), tuple(data["signature"]))
        )
    return [StoredStory(story_id, tuple(items)) for story_id, items in members.items()]


# -- summaries and event clusters -------------------------------------------------------------

_MEMBERS = """
SELECT sa.story_id, sa.article_id, sa.duplicate_of, a.published, a.title, substr(a.text, 1, 200)
FROM story_articles sa JOIN articles a ON a.id = sa.article_id
WHERE sa.story_id = ANY(?) ORDER BY sa.story_id, coalesce(substr(a.published, 1, 10), ''), sa.article_id
"""
_ACTORS = """
SELECT sa.story_id, ac.name, count(DISTINCT ac.article_id) AS n
FROM story_articles sa JOIN actors ac ON ac.article_id = sa.article_id
WHERE sa.story_id = ANY(?) GROUP BY sa.story_id, ac.name
"""
_EVENTS = """
SELECT sa.story_id, e.article_id, e.id, e.cameo, src.code, src.name, tgt.code, tgt.name
FROM story_articles sa JOIN events e ON e.article_id = sa.article_id
LEFT JOIN actors src ON src.article_id = e.article_id AND src.id = e.source
LEFT JOIN actors tgt ON tgt.article_id = e.article_id AND tgt.id = e.target
WHERE sa.story_id = ANY(?)
"""


def refresh(store: _Backend, story_ids: Sequence[str]) -> None:
    """Rewrite the summary row and the event clusters of each story (inside a transaction)."""
    from eventwire.stories import Report, actor_key, event_clusters

    if not story_ids:
        return
    ids = list(story_ids)
    members: defaultdict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for row in store._fetch(_MEMBERS, [ids]):
        members[row[0]].append(row)
    actors: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for story_id, name, count in store._fetch(_ACTORS, [ids]):
        actors[story_id][name] = count
    reports = [
        Report(row[0], row[1], row[2], row[3], actor_key(row[4], row[5]), actor_key(row[6], row[7]))
        for row in store._fetch(_EVENTS, [ids])
    ]
    clusters = event_clusters(reports)
    store._fetch("DELETE FROM stories WHERE id = ANY(?)", [ids])
    store._fetch("DELETE FROM story_events WHERE story_id = ANY(?)", [ids])
    store._insert(
        "story_events",
        [
            {"article_id": r.article_id, "event_id": r.event_id, "story_id": r.story_id,
             "cluster": clusters[(r.article_id, r.event_id)]}
            for r in reports
        ],
    )  # fmt: skip
    distinct = Counter(cluster.rsplit("/", 1)[0] for cluster in set(clusters.values()))
    now = dt.datetime.now(dt.UTC)
    store._insert(
        "stories",
        [
            _summary(story_id, rows, actors[story_id], distinct[story_id], now)
            for story_id, rows in members.items()
        ],
    )


def _summary(
    story_id: str, rows: list[tuple[Any, ...]], actors: Counter[str], events: int, now: dt.datetime
) -> Row:
    days = sorted(d for d in (_day(row[3]) for row in rows) if d is not None)
    first = rows[0]
    title = first[4] or (first[5].split("\n", 1)[0][:120] if first[5] else None)
    main = sorted(actors.items(), key=lambda item: (-item[1], item[0]))[:MAIN_ACTORS]
    return {
        "id": story_id,
        "first_date": days[0] if days else None,
        "last_date": days[-1] if days else None,
        "articles": len(rows),
        "duplicates": sum(1 for row in rows if row[2] is not None),
        "events": events,
        "main_actors": "; ".join(name for name, _ in main),
        "title": title,
        "updated_at": now,
    }


def _day(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


# -- reading ---------------------------------------------------------------------------------


def story_rows(store: _Backend, query: tuple[str, list[Any]]) -> list[StoryRow]:
    """Run a ``stories_query`` and return its stories with their article ids (oldest first)."""
    found = store._fetch(*query)
    ids = [row[0] for row in found]
    members: defaultdict[str, list[str]] = defaultdict(list)
    for story_id, article_id, *_ in store._fetch(_MEMBERS, [ids]) if ids else []:
        members[story_id].append(article_id)
    return [
        StoryRow(
            id=story_id, title=title, first_date=_text(first), last_date=_text(last),
            articles=members[story_id], duplicates=duplicates, events=events,
            main_actors=main_actors,
        )
        for story_id, title, first, last, duplicates, events, main_actors in found
    ]  # fmt: skip


_CLUSTERS = (
    "SELECT se.article_id, se.event_id, se.story_id, se.cluster, tr.start_char, tr.end_char, "
    "tr.text FROM story_events se LEFT JOIN event_triggers tr ON tr.article_id = se.article_id "
    "AND tr.event_id = se.event_id WHERE se.article_id = ANY(?) ORDER BY se.article_id, "
    "se.event_id, tr.seq"
)


def cluster_rows(store: _Backend, events: Sequence[EventRow]) -> list[EventClusterRow]:
    """Group event rows (already filtered) into their stories' event clusters, biggest first.

    Events of articles in no story yet are left out.
    """
    cluster_of: dict[tuple[str, str], tuple[str, str]] = {}
    triggers: defaultdict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    ids = sorted({e.article_id for e in events})
    for article_id, event_id, story_id, cluster, start, end, text in (
        store._fetch(_CLUSTERS, [ids]) if ids else []
    ):
        cluster_of[(article_id, event_id)] = (story_id, cluster)
        if start is not None:
            triggers[(article_id, event_id)].append({"start": start, "end": end, "text": text})
    grouped: defaultdict[tuple[str, str], list[EventRow]] = defaultdict(list)
    for event in events:
        key = cluster_of.get((event.article_id, event.event_id))
        if key is not None:
            grouped[key].append(event)
    rows = [_cluster_row(key, reports, triggers) for key, reports in grouped.items()]
    return sorted(rows, key=lambda r: (-r.reports, -r.articles, r.cluster))


def _cluster_row(
    key: tuple[str, str],
    reports: list[EventRow],
    triggers: dict[tuple[str, str], list[dict[str, Any]]],
) -> EventClusterRow:
    first = reports[0]
    dates = sorted(r.date for r in reports if r.date)
    evidence = [
        {
            "article_id": r.article_id, "event_id": r.event_id,
            "triggers": triggers.get((r.article_id, r.event_id), []), "modality": r.modality,
            "date": r.date, "date_inferred": r.date_inferred, "confidence": r.confidence,
        }
        for r in reports
    ]  # fmt: skip
    return EventClusterRow(
        story_id=key[0], cluster=key[1], cameo=first.cameo, plover=first.plover,
        source_name=first.source_name, source_code=first.source_code,
        target_name=first.target_name, target_code=first.target_code, reports=len(reports),
        articles=len({r.article_id for r in reports}), first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        confidence=max(r.confidence for r in reports), trigger=first.trigger, evidence=evidence,
    )  # fmt: skip


def _text(value: object) -> str | None:
    return None if value is None else str(value)
