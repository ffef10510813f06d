"""Place new articles in stories: join a stored story, or found a new one with other new articles.

The stored stories' articles and the new ones are compared together (``similarity.py``; term
statistics over all of them). Near-duplicates (``duplicates.py``) start in one group with the
copy they repeat, so a lightly edited copy always lands in its original's story, and is marked as
a duplicate of it. Average-link merging (``linkage.py``) then joins groups, the most alike first,
except two groups in conflict (``conflicts.py``: each names in its leads a specific, such as a
company, a place or a year, that the other never mentions); a stored story is a frozen group, so new articles join it or not, and two stored stories never merge. Articles
published more than ``WINDOW_DAYS`` apart are never alike. New articles are taken in a canonical
order (publication day, then article id, a hash of the text), so the same articles placed against
the same stored stories give the same stories whatever order they came in; input ids, file names
and URLs play no part.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from eventwire.stories.conflicts import marks
from eventwire.stories.duplicates import near_duplicates
from eventwire.stories.features import Features
from eventwire.stories.linkage import average_link
from eventwire.stories.similarity import TermStats, similarities, vectors

THRESHOLD = 0.08
"""The least average similarity of two groups of articles that merge."""
RATIO = 0.3
"""Two groups of several articles merge only when alike at least this share of their cohesion.
(0.6 before conflicts kept similar happenings apart; any value up to 0.45 now gives the same
stories on the development parts.)"""
WINDOW_DAYS = 30
"""Articles published further apart than this are never in one story (when both are dated)."""


@dataclass(frozen=True, slots=True)
class Item:
    """An article as the clusterer sees it: its id, features and near-duplicate signature."""

    article_id: str
    features: Features
    signature: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class StoredStory:
    """A story stored earlier, with its articles."""

    id: str
    members: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a new article goes: its story, and the article it near-duplicates (if any)."""

    article_id: str
    story_id: str
    duplicate_of: str | None = None


def place(new: Sequence[Item], stored: Sequence[StoredStory] = ()) -> list[Placement]:
    """Return the story of each new article (in canonical order: day, then article id)."""
    fresh = sorted({i.article_id: i for i in new}.values(), key=_canonical)
    old = [m for story in stored for m in story.members]
    items = [*old, *fresh]
    if not fresh:
        return []
    duplicates = near_duplicates([i.signature for i in items], first_new=len(old))
    groups, frozen = _groups(stored, len(old), len(items), duplicates)
    stats = TermStats()
    stats.add([i.features for i in items])
    similarity = similarities(vectors([i.features for i in items], stats))
    similarity[_far_apart([i.features.day for i in items])] = 0.0
    layers = marks([i.features for i in items])
    clusters = average_link(
        similarity, groups, THRESHOLD, ratio=RATIO, frozen=frozen, layers=layers, copies=duplicates
    )
    story_of: dict[int, str] = {}
    starts = np.cumsum([0] + [len(s.members) for s in stored])
    for cluster in clusters:
        story_id = _story_id(cluster, starts, stored, items)
        story_of.update(dict.fromkeys(cluster, story_id))
    return [
        Placement(
            items[i].article_id,
            story_of[i],
            items[duplicates[i]].article_id if i in duplicates else None,
        )
        for i in range(len(old), len(items))
    ]


def _canonical(item: Item) -> tuple[str, str]:
    return (item.features.day or "", item.article_id)


def _groups(
    stored: Sequence[StoredStory], old: int, total: int, duplicates: dict[int, int]
) -> tuple[list[list[int]], list[bool]]:
    """Start groups: each stored story (frozen), then each new article not a near-duplicate;
    a near-duplicate joins the group of the article it repeats."""
    groups: list[list[int]] = []
    frozen: list[bool] = []
    group_of: dict[int, int] = {}
    start = 0
    for story in stored:
        members = list(range(start, start + len(story.members)))
        group_of.update(dict.fromkeys(members, len(groups)))
        groups.append(members)
        frozen.append(True)
        start += len(story.members)
    for index in range(old, total):
        if index in duplicates:
            target = group_of[duplicates[index]]
            groups[target].append(index)
            group_of[index] = target
        else:
            group_of[index] = len(groups)
            groups.append([index])
            frozen.append(False)
    return groups, frozen


def _far_apart(days: Sequence[str | None]) -> np.ndarray:
    """Pairs of dated articles published more than ``WINDOW_DAYS`` apart."""
    ordinal = np.array([dt.date.fromisoformat(d).toordinal() if d else 0 for d in days])
    dated = ordinal > 0
    gap = np.abs(ordinal[:, None] - ordinal[None, :])
    far: np.ndarray = (gap > WINDOW_DAYS) & dated[:, None] & dated[None, :]
    return far


def _story_id(
    cluster: list[int], starts: np.ndarray, stored: Sequence[StoredStory], items: Sequence[Item]
) -> str:
    """A stored story keeps its id; a new one is named by a hash of its first article's id."""
    for number, story in enumerate(stored):
        if starts[number] <= cluster[0] < starts[number + 1]:
            return story.id
    first = min(items[i].article_id for i in cluster)
    return "s" + hashlib.sha256(first.encode("ascii")).hexdigest()[:15]
