"""Stories: articles that report the same happening, and the events they report in common.

``place`` puts new articles into stories (stored ones or new ones) from their content only
(``features.py``: words, actors, places, event types, dates, numbers; ``duplicates.py``:
MinHash/LSH near-duplicates); ``event_clusters`` groups a story's event reports into events.
The store keeps the result (``Store.update_stories``) and answers ``Store.stories``.
"""

from __future__ import annotations

from eventwire.stories.cluster import Item, Placement, StoredStory, place
from eventwire.stories.duplicates import signature
from eventwire.stories.event_clusters import Report, actor_key, event_clusters
from eventwire.stories.features import Features, article_features

__all__ = [
    "Features",
    "Item",
    "Placement",
    "Report",
    "StoredStory",
    "actor_key",
    "article_features",
    "event_clusters",
    "place",
    "signature",
]
