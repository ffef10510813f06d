"""Stories, when the store has them: the optional tables ``counts --per-story`` and the server read.

Stories (articles grouped by the happening they report, and event clusters that keep each report
of one event as evidence) are made by the story clusterer, which writes its own tables. The read
side here needs only:

- ``story_events`` (written by the story clusterer, ``story_store.py``) with at least
  ``article_id``, ``event_id`` and ``cluster``: the cluster
  of each clustered event (an event in no cluster is a happening of its own);
- ``stories``: one row per story (any columns; listed as they are, ordered by their first column).

A store without these tables has no stories: counts are per report, and the server says so.
"""

from __future__ import annotations

CLUSTERS = "story_events"
CLUSTER = "cluster"
CLUSTER_COLUMNS = ("article_id", "event_id", CLUSTER)
STORIES = "stories"

TABLE_COLUMNS = (
    "SELECT column_name FROM information_schema.columns "
    "WHERE table_schema = current_schema() AND table_name = ?"
)
"""The columns of one table of the store (none when it does not exist)."""


def has_clusters(columns: set[str]) -> bool:
    """Whether a table with ``columns`` can serve as the event cluster table."""
    return set(CLUSTER_COLUMNS) <= columns
