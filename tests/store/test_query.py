"""The read API: every filter of events, statements and actors, over hand-built articles."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from eventwire.store import Filters, Store
from sample_articles import shelling, summit

D = dt.date
SUMMIT, SHELLING = summit().id, shelling().id
NAMES = {SUMMIT: "summit", SHELLING: "shelling"}


def found(rows: list[Any], id_field: str) -> list[str]:
    """Rows as ``article.item`` labels, in the order returned."""
    return [f"{NAMES[row.article_id]}.{getattr(row, id_field)}" for row in rows]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), ["shelling.E1", "shelling.E2", "summit.E1", "summit.E2"]),
        (Filters(actor="putin"), ["summit.E1"]),
        (Filters(actor="xi jin"), ["summit.E1"]),
        (Filters(actor="RUS"), ["shelling.E1", "shelling.E2", "summit.E1"]),
        (Filters(actor="IGO"), ["shelling.E2"]),
        (Filters(actor="nobody"), []),
        (Filters(country="CHN"), ["summit.E1"]),
        (Filters(country="ukr"), ["shelling.E1"]),
        (Filters(cameo="04"), ["summit.E1"]),
        (Filters(cameo="19"), ["shelling.E1", "summit.E2"]),
        (Filters(cameo="194"), ["shelling.E1"]),
        (Filters(cameo="1"), ["shelling.E1", "shelling.E2", "summit.E2"]),
        (Filters(plover="assault"), ["shelling.E1", "summit.E2"]),
        (Filters(modality="claimed"), ["shelling.E1", "summit.E2"]),
        # summit.E2's date is only the article's year (inferred): left out of ranges by default
        (Filters(since=D(2025, 1, 1)), ["summit.E1"]),
        (Filters(since=D(2025, 1, 1), include_inferred=True), ["summit.E1", "summit.E2"]),
        (Filters(since=D(2025, 6, 1)), ["summit.E1"]),
        (Filters(until=D(2024, 12, 31)), ["shelling.E2"]),
        (Filters(since=D(2025, 9, 1), until=D(2025, 9, 30)), ["summit.E1"]),
        (Filters(since=D(2025, 1, 1), until=D(2025, 12, 31)), ["summit.E1"]),
        (
            Filters(since=D(2025, 1, 1), until=D(2025, 12, 31), include_inferred=True),
            ["summit.E1", "summit.E2"],
        ),
        (Filters(text="BEIJING"), ["summit.E1"]),
        (Filters(text="barbaric"), ["shelling.E2"]),
        (Filters(text="100%_"), []),
        (Filters(articles=(SUMMIT,)), ["summit.E1", "summit.E2"]),
        (Filters(limit=1), ["shelling.E1"]),
        (Filters(limit=None), ["shelling.E1", "shelling.E2", "summit.E1", "summit.E2"]),
        (Filters(actor="RUS", modality="asserted"), ["shelling.E2", "summit.E1"]),
    ],
)
def test_event_filters(queried: Store, filters: Filters, expected: list[str]) -> None:
    assert found(queried.events(filters), "event_id") == expected


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), ["shelling.S1", "shelling.S2", "summit.S1", "summit.S2"]),
        (Filters(actor="putin"), ["summit.S1"]),
        (Filters(actor="RUS"), ["shelling.S2", "summit.S1"]),
        (Filters(country="UKR"), ["shelling.S1"]),
        (Filters(country="RUS"), ["shelling.S2", "summit.S1"]),
        (Filters(kind="direct"), ["summit.S1"]),
        (Filters(kind="indirect"), ["summit.S2"]),
        (Filters(kind="mixed"), ["shelling.S1"]),
        (Filters(kind="partial"), ["shelling.S2"]),
        (Filters(stance="accuse"), ["shelling.S1"]),
        (Filters(since=D(2024, 2, 1), until=D(2024, 2, 29)), ["shelling.S1"]),
        (Filters(since=D(2024, 2, 10)), ["summit.S1"]),
        (Filters(text="terror"), ["shelling.S1"]),
        (Filters(text="relations"), ["summit.S1"]),
        (Filters(articles=(SHELLING,), limit=1), ["shelling.S1"]),
    ],
)
def test_statement_filters(queried: Store, filters: Filters, expected: list[str]) -> None:
    assert found(queried.statements(filters), "statement_id") == expected


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (
            Filters(),
            ["shelling.A1", "shelling.A2", "shelling.A3", "summit.A1", "summit.A2", "summit.A3"],
        ),
        (Filters(actor="putin"), ["summit.A1"]),
        (Filters(actor="RUS"), ["shelling.A2", "summit.A1", "summit.A3"]),
        (Filters(actor="IGONAT"), ["shelling.A3"]),
        (Filters(country="chn"), ["summit.A2"]),
        (Filters(kind="group"), ["summit.A3"]),
        (Filters(text="putin"), ["summit.A1"]),
        (Filters(articles=(SUMMIT,), limit=2), ["summit.A1", "summit.A2"]),
    ],
)
def test_actor_filters(queried: Store, filters: Filters, expected: list[str]) -> None:
    assert found(queried.actors(filters), "actor_id") == expected


def test_event_rows_carry_actors_trigger_and_sentence(queried: Store) -> None:
    (row,) = queried.events(Filters(cameo="040"))
    assert (row.article_id, row.source_name, row.source_code, row.target_name, row.target_code) == (
        SUMMIT, "Vladimir Putin", "RUSGOV", "Xi Jinping", "CHNGOV",
    )  # fmt: skip
    assert row.trigger == "met"
    assert (
        row.sentence
        == "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday."
    )
    assert (row.date, row.published, row.title) == ("2025-09-02", "2025-09-03", "Summit in Beijing")


def test_statement_rows_carry_speaker_cue_and_content(queried: Store) -> None:
    (row,) = queried.statements(Filters(kind="partial"))
    assert (row.speaker_name, row.addressee_name, row.cue, row.content) == (
        "NATO",
        "Russia",
        "called",
        "barbaric",
    )
    assert row.sentence == 'The attack was condemned by NATO, which called the strikes "barbaric".'


def test_statement_rows_carry_their_source_sentence(queried: Store) -> None:
    (row,) = queried.statements(Filters(kind="mixed"))
    assert row.sentence == 'Ukraine accused Russia of shelling Kharkiv, calling it "terror".'


def test_actor_rows_count_mentions(queried: Store) -> None:
    (row,) = queried.actors(Filters(actor="putin"))
    assert (row.mentions, row.mention_texts, row.wikidata) == (2, "Putin; Vladimir Putin", "Q7747")


def test_stats(queried: Store) -> None:
    stats = queried.stats()
    assert stats.tables == {
        "articles": 3, "sightings": 3, "actors": 6, "actor_mentions": 6, "actor_members": 2,
        "events": 4, "event_triggers": 4, "statements": 4, "statement_content": 4,
        "quantities": 1, "times": 2, "places": 1,
        "stories": 0, "story_articles": 0, "story_events": 0,
    }  # fmt: skip
    assert stats.languages == [("en", 2), ("de", 1)]
    assert stats.years == [("2024", 1), ("2025", 1), ("unknown", 1)]
    assert stats.cameo_roots == [("19", 2), ("04", 1), ("11", 1)]
    assert ("Vladimir Putin", "RUSGOV", 1) in stats.top_actors
    assert [n for _, n in stats.pipelines] == [3]


def test_an_empty_store_answers_with_nothing(store: Store) -> None:
    assert (
        store.events(Filters()) == []
        and store.statements(Filters()) == []
        and store.actors(Filters()) == []
    )
    assert set(store.stats().tables.values()) == {0}


def test_case_insensitive_matches_fold_beyond_ascii(store: Store) -> None:
    article = summit()
    renamed = dataclasses.replace(article.actors[0], name="Émile Öztürk", code="RUSGOV")
    store.add_batch([dataclasses.replace(article, actors=(renamed, *article.actors[1:]))])
    assert found(store.actors(Filters(actor="ÉMILE öztürk")), "actor_id") == ["summit.A1"]
    assert found(store.events(Filters(actor="ÖZTÜRK")), "event_id") == ["summit.E1"]
    assert found(store.statements(Filters(actor="émile")), "statement_id") == ["summit.S1"]


def test_rows_say_whether_a_date_is_inferred(queried: Store) -> None:
    rows = {f"{NAMES[r.article_id]}.{r.event_id}": r for r in queried.events(Filters())}
    assert rows["summit.E1"].date_inferred is False
    assert rows["summit.E2"].date_inferred is True
    undated_or_not = {False, None}  # None: an undated statement
    assert {r.date_inferred for r in queried.statements(Filters())} <= undated_or_not
