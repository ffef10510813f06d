"""Placing articles in stories: features from content only, near-duplicates, similar but
different happenings kept apart, determinism, and incremental placement against stored stories."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from eventwire.config import Settings
from eventwire.pipeline import process_many
from eventwire.records import Article, InputInfo
from eventwire.stories import (
    Item,
    Placement,
    Report,
    StoredStory,
    article_features,
    event_clusters,
    place,
    signature,
)
from eventwire.stories.duplicates import near_duplicates
from eventwire.stories.features import Features
from eventwire.stories.linkage import average_link
from eventwire.stories.similarity import WEIGHTS, TermStats, similarities, vectors
from story_texts import ARRESTED, ARRESTS, MEETINGS, MUNICH, SAME_STORY, TURKEY_A, TURKEY_A_COPY


def _item(article: Article) -> Item:
    return Item(article.id, article_features(article), tuple(signature(article.text)))


def _partition(placements: list[Placement], names: dict[str, str]) -> set[frozenset[str]]:
    by_story: dict[str, set[str]] = {}
    for p in placements:
        by_story.setdefault(p.story_id, set()).add(names[p.article_id])
    return {frozenset(members) for members in by_story.values()}


def test_reports_of_one_happening_form_one_story_and_similar_ones_stay_apart(
    reports: dict[str, Article],
) -> None:
    names = {a.id: name for name, a in reports.items()}
    placements = place([_item(a) for a in reports.values()])
    assert _partition(placements, names) == {frozenset(s) for s in SAME_STORY}


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (ARRESTS, ARRESTED),  # one country's two former presidents arrested, a year apart
        (MUNICH, MEETINGS),  # this year's conference and last year's, in one city
    ],
    ids=["two-arrests", "two-meetings"],
)
def test_similar_happenings_of_other_people_or_years_are_other_stories(
    texts: dict[str, str], expected: tuple[set[str], ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings.build({"n_process": 1}, env={})
    articles = list(process_many(list(texts.values()), settings=settings))
    names = {a.id: name for name, a in zip(texts, articles, strict=True)}
    placements = place([_item(a) for a in articles])
    assert _partition(placements, names) == {frozenset(s) for s in expected}
    if texts is MUNICH:  # the years the leads name keep them apart: words alone merge them
        monkeypatch.setattr("eventwire.stories.cluster.marks", lambda features: ())
        assert len(_partition(place([_item(a) for a in articles]), names)) == 1


def test_a_lightly_edited_copy_is_a_near_duplicate_kept_as_its_own_article(
    reports: dict[str, Article],
) -> None:
    placements = {p.article_id: p for p in place([_item(a) for a in reports.values()])}
    original, copy = reports["turkey_a"], reports["turkey_a_copy"]
    assert original.id != copy.id
    pair = {placements[original.id].duplicate_of, placements[copy.id].duplicate_of}
    assert pair in ({None, original.id}, {None, copy.id})  # one points at the other
    assert placements[original.id].story_id == placements[copy.id].story_id
    assert placements[reports["turkey_b"].id].duplicate_of is None


def test_near_duplicates_map_to_the_earliest_copy() -> None:
    other = "Completely different words about a summit of leaders in a faraway city this week."
    signatures = [signature(t) for t in (TURKEY_A, other, TURKEY_A_COPY, TURKEY_A)]
    assert near_duplicates(signatures) == {2: 0, 3: 0}
    assert near_duplicates(signatures, first_new=3) == {3: 0}


def test_features_ignore_ids_file_names_and_urls(reports: dict[str, Article]) -> None:
    article = reports["nepal_a"]
    moved = dataclasses.replace(
        article,
        id="0" * 16,
        meta=dataclasses.replace(
            article.meta,
            url="https://example.org/nepal-earthquake-2015",
            input=InputInfo(path="quake_nepal.txt", format="text", id="nepal-1"),
        ),
    )
    assert article_features(moved) == article_features(article)


def test_features_are_typed_terms_of_the_content(reports: dict[str, Article]) -> None:
    terms = article_features(reports["nepal_a"]).terms
    assert terms["w:kathmandu"] >= 2
    assert "n:7.8" in terms and "y:2015" in terms
    assert any(t.startswith("a:") for t in terms) and any(t.startswith("p:") for t in terms)
    assert "w:the" not in terms  # stop words carry nothing


def test_what_the_leads_name_weighs_in_the_similarity() -> None:
    # Three reports sharing the same words; the first two name the same port in their leads,
    # the third another port (a second fire at a similar depot): the first two are more alike.
    body = {"w:fire": 2, "w:warehouse": 1, "w:firefighters": 1, "w:port": 1}
    beira = {"w:beira": 1, "w:nacala": 1, "Lw:beira": 1}
    nacala = {"w:beira": 1, "w:nacala": 1, "Lw:nacala": 1}
    features = [
        Features({**body, **beira}),
        Features({**body, **beira}),
        Features({**body, **nacala}),
    ]
    stats = TermStats()
    stats.add(features)
    alike = similarities(vectors(features, stats))
    assert alike[0, 1] > alike[0, 2]
    without = similarities(vectors(features, stats, {**WEIGHTS, "L": 0.0}))
    assert without[0, 1] == pytest.approx(without[0, 2])  # the words alone do not tell


def test_placement_does_not_depend_on_input_order(reports: dict[str, Article]) -> None:
    items = [_item(a) for a in reports.values()]
    forward = sorted(place(items), key=lambda p: p.article_id)
    backward = sorted(place(items[::-1]), key=lambda p: p.article_id)
    assert forward == backward


def test_new_articles_join_a_stored_story_which_keeps_its_id(reports: dict[str, Article]) -> None:
    first = place([_item(reports["turkey_a"]), _item(reports["nepal_a"])])
    stored = [
        StoredStory(p.story_id, (_item(next(a for a in reports.values() if a.id == p.article_id)),))
        for p in first
    ]
    later = {
        p.article_id: p
        for p in place([_item(reports[n]) for n in ("turkey_b", "nepal_b", "summit")], stored)
    }
    story_of = {p.article_id: p.story_id for p in first}
    assert later[reports["turkey_b"].id].story_id == story_of[reports["turkey_a"].id]
    assert later[reports["nepal_b"].id].story_id == story_of[reports["nepal_a"].id]
    assert later[reports["summit"].id].story_id not in story_of.values()


def test_two_stored_stories_never_merge() -> None:
    similarity = np.full((3, 3), 0.9)
    clusters = average_link(similarity, [[0], [1], [2]], 0.5, frozen=[True, True, False])
    assert len(clusters) == 2 and [2] not in clusters


@pytest.mark.parametrize(
    ("ratio", "expected"),
    [
        (0.0, [[0, 1, 2, 3]]),  # 0.3 between the pairs is above the threshold
        (0.6, [[0, 1], [2, 3]]),  # but well under the pairs' own cohesion (0.9)
    ],
)
def test_average_link_with_a_cohesion_ratio(ratio: float, expected: list[list[int]]) -> None:
    similarity = np.array(
        [[1, 0.9, 0.3, 0.3], [0.9, 1, 0.3, 0.3], [0.3, 0.3, 1, 0.9], [0.3, 0.3, 0.9, 1]]
    )
    assert average_link(similarity, [[0], [1], [2], [3]], 0.2, ratio=ratio) == expected


def test_average_link_keeps_items_under_the_threshold_apart() -> None:
    similarity = np.array([[1, 0.1, 0.0], [0.1, 1, 0.6], [0.0, 0.6, 1]])
    assert average_link(similarity, [[0], [1], [2]], 0.5) == [[0], [1, 2]]


def test_event_reports_cluster_by_story_kind_and_actors() -> None:
    reports = [
        Report("s1", "a1", "E1", "190", "RUSMIL", "UKR"),
        Report("s1", "a2", "E4", "193", "RUSMIL", "UKR"),  # same root, same actors
        Report("s1", "a2", "E5", "190", "UKRMIL", "RUS"),  # other actors
        Report("s2", "a3", "E1", "190", "RUSMIL", "UKR"),  # other story
    ]
    clusters = event_clusters(reports)
    assert clusters[("a1", "E1")] == clusters[("a2", "E4")]
    assert len(set(clusters.values())) == 3
    assert clusters[("a3", "E1")].startswith("s2/")


def test_the_stories_of_the_example_texts(reports: dict[str, Article]) -> None:
    """Every report ends up in exactly one story (nothing lost or repeated)."""
    placements = place([_item(a) for a in reports.values()])
    assert sorted(p.article_id for p in placements) == sorted(a.id for a in reports.values())
