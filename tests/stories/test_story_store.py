"""Stories in the store (DuckDB and PostgreSQL): placed at the end of an update, incremental,
idempotent, summarised, with event clusters that keep every report as evidence."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from backends import BACKENDS, fresh_location
from eventwire.records import Article, Pipeline
from eventwire.store import Filters, Store, open_store
from story_texts import SAME_STORY

ALL = Filters(limit=None)


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store of each backend."""
    with fresh_location(request, str(request.param), tmp_path) as where, open_store(where) as s:
        yield s


def _stories(store: Store, reports: dict[str, Article]) -> set[frozenset[str]]:
    names = {a.id: name for name, a in reports.items()}
    return {frozenset(names[i] for i in story.articles) for story in store.stories(ALL)}


def test_an_update_places_every_article_once(store: Store, reports: dict[str, Article]) -> None:
    store.add_batch(list(reports.values()))
    assert store.update_stories().placed == len(reports)
    assert _stories(store, reports) == {frozenset(s) for s in SAME_STORY}
    assert store.update_stories().placed == 0  # nothing left to place: nothing changes
    assert _stories(store, reports) == {frozenset(s) for s in SAME_STORY}


def test_later_articles_join_stored_stories(store: Store, reports: dict[str, Article]) -> None:
    store.add_batch([reports["turkey_a"], reports["nepal_a"]])
    store.update_stories()
    before = {s.id: set(s.articles) for s in store.stories(ALL)}
    store.add_batch([reports[n] for n in ("turkey_b", "turkey_a_copy", "nepal_b", "summit")])
    update = store.update_stories()
    assert (update.placed, update.founded, update.changed) == (4, 1, 3)
    after = {s.id: set(s.articles) for s in store.stories(ALL)}
    assert all(before[story_id] <= after[story_id] for story_id in before)  # ids kept, grown
    assert _stories(store, reports) == {frozenset(s) for s in SAME_STORY}


def test_a_story_row_sums_up_its_articles(store: Store, reports: dict[str, Article]) -> None:
    store.add_batch(list(reports.values()))
    store.update_stories()
    (turkey,) = store.stories(Filters(articles=(reports["turkey_b"].id,)))
    assert len(turkey.articles) == 3 and turkey.duplicates == 1
    assert turkey.events >= 1
    assert "erdogan" in turkey.main_actors.lower()
    (big,) = store.stories(Filters(min_articles=3))
    assert big.id == turkey.id
    assert [s.id for s in store.stories(Filters(actor="KISHIDA"))] != []
    assert len(store.stories(Filters(limit=1))) == 1


def test_event_clusters_keep_every_report_as_evidence(
    store: Store, reports: dict[str, Article]
) -> None:
    store.add_batch(list(reports.values()))
    store.update_stories()
    clusters = store.event_clusters(ALL)
    events = store.events(ALL)
    assert sum(c.reports for c in clusters) == len(events)
    reported = {(e["article_id"], e["event_id"]) for c in clusters for e in c.evidence}
    assert reported == {(e.article_id, e.event_id) for e in events}
    for cluster in clusters:
        for evidence in cluster.evidence:
            assert {"triggers", "modality", "date", "confidence"} <= set(evidence)
            assert evidence["triggers"] and evidence["triggers"][0]["end"] > 0
    assert any(c.articles > 1 for c in clusters)  # one event reported by several articles


def test_a_reprocessed_article_is_placed_again(store: Store, reports: dict[str, Article]) -> None:
    store.add_batch(list(reports.values()))
    store.update_stories()
    article = reports["nepal_b"]
    newer = dataclasses.replace(
        article,
        meta=dataclasses.replace(
            article.meta, pipeline=Pipeline("99.0.0", article.meta.pipeline.model, "newer")
        ),
    )
    assert store.add_batch([newer]).replaced == (article.id,)
    assert store.update_stories().placed == 1
    assert _stories(store, reports) == {frozenset(s) for s in SAME_STORY}


def test_a_story_runs_from_its_first_to_its_last_report_and_copies_keep_their_sightings(
    store: Store, reports: dict[str, Article]
) -> None:
    days = {"turkey_a": "2023-02-06", "turkey_a_copy": "2023-02-07", "turkey_b": "2023-02-08"}
    dated = {
        name: dataclasses.replace(a, meta=dataclasses.replace(a.meta, published=days[name]))
        for name, a in reports.items()
        if name in days
    }
    store.add_batch(list(dated.values()))
    store.update_stories()
    (story,) = store.stories(ALL)
    assert (story.first_date, story.last_date) == ("2023-02-06", "2023-02-08")
    assert story.duplicates == 1  # the lightly edited copy is in the story as its own article
    for article in dated.values():
        assert len(store.sightings(article.id)) == 1
