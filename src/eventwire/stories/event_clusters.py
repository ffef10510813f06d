"""Event clusters: the reports, across a story's articles, of one event.

Inside one story, two reported events are the same event when they have the same kind (the
CAMEO root: ``19`` fight, ``17`` coerce, ...) and the same source and target actors (by CAMEO
code when the actor has one, else by name, case folded; a missing actor counts as "nobody"). Each
report stays as evidence: the cluster lists every (article, event) pair, and the event rows keep
their triggers, modality, date and confidence. Counting clusters instead of events counts each
happening once however many outlets reported it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Report:
    """One article's report of an event, with what identifies the event."""

    story_id: str
    article_id: str
    event_id: str
    cameo: str
    source: str | None
    target: str | None


def cluster_key(report: Report) -> tuple[str, str, str, str]:
    """The story, event kind and actors that make two reports one event."""
    return (report.story_id, report.cameo[:2], report.source or "-", report.target or "-")


def event_clusters(reports: Iterable[Report]) -> dict[tuple[str, str], str]:
    """Map each (article id, event id) to its cluster id (``<story>/e<n>``, numbered by key)."""
    by_key: dict[tuple[str, str, str, str], list[Report]] = {}
    for report in reports:
        by_key.setdefault(cluster_key(report), []).append(report)
    numbers: dict[str, int] = {}
    clusters: dict[tuple[str, str], str] = {}
    for key in sorted(by_key):
        story = key[0]
        numbers[story] = numbers.get(story, 0) + 1
        for report in by_key[key]:
            clusters[(report.article_id, report.event_id)] = f"{story}/e{numbers[story]}"
    return clusters


def actor_key(code: str | None, name: str | None) -> str | None:
    """An event actor as clusters compare it: its CAMEO code, else its folded name."""
    if code:
        return code
    return name.casefold() if name else None
