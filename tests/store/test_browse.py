"""The event index and what reads it (pages, totals, counts, places, stories), on both backends."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from eventwire.records import Article
from eventwire.store import Filters, Store, event_index, open_store
from eventwire.store.browse import COUNT_DIMENSIONS, check_dimensions


def _all_pages(store: Store, filters: Filters, size: int) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    after = None
    while True:
        page = store.event_page(filters, after, size)
        assert page.total == len(store.events(dataclasses.replace(filters, limit=None)))
        seen.extend((r.article_id, r.event_id) for r in page.rows)
        if page.next is None:
            return seen
        after = page.next


def test_index_pages_are_the_events_query_in_order(filled: Store) -> None:
    rows = filled.events(Filters(limit=None))
    assert rows
    for size in (1, 2, 100):
        assert _all_pages(filled, Filters(), size) == [(r.article_id, r.event_id) for r in rows]
    page = filled.event_page(Filters(), None, 100)
    assert page.rows == rows


@pytest.mark.parametrize(
    "filters",
    [Filters(actor="rus"), Filters(cameo="19"), Filters(text="SHELL"), Filters(min_confidence=0.5)],
)
def test_index_filters_mean_what_the_events_filters_mean(filled: Store, filters: Filters) -> None:
    expected = filled.events(dataclasses.replace(filters, limit=None))
    assert filled.event_page(filters, None, 1000).rows == expected
    assert filled.total("events", filters) == len(expected)


def test_replacing_an_article_replaces_its_index_rows(
    store: Store, articles: list[Article]
) -> None:
    store.add_batch(articles)
    first = articles[0]
    newer = dataclasses.replace(
        first,
        meta=dataclasses.replace(
            first.meta, pipeline=dataclasses.replace(first.meta.pipeline, knowledge="test-2")
        ),
        events=first.events[:1],
    )
    assert store.add_batch([newer]).replaced == (first.id,)
    assert store.event_page(Filters(articles=(first.id,)), None, 100).rows == store.events(
        Filters(articles=(first.id,), limit=None)
    )
    assert store.total("events", Filters(articles=(first.id,))) == 1


def test_counts_group_and_average(filled: Store) -> None:
    rows = filled.events(Filters(limit=None))
    counts = filled.counts(Filters(), ("root",))
    assert counts.columns == ("root",) and not counts.per_story
    by_root = {row[0]: row for row in counts.rows}
    for root, _events, goldstein in by_root.values():
        chosen = [r for r in rows if r.cameo[:2] == root]
        assert by_root[root][1] == len(chosen)
        assert goldstein == pytest.approx(sum(r.goldstein for r in chosen) / len(chosen))
    assert sum(row[1] for row in counts.rows) == len(rows)


def test_counts_every_dimension_runs(filled: Store) -> None:
    total = len(filled.events(Filters(limit=None)))
    for name in COUNT_DIMENSIONS:
        counts = filled.counts(Filters(), (name,))
        assert sum(row[-2] for row in counts.rows) == total, name
    dyads = filled.counts(Filters(), ("dyad", "month"))
    assert dyads.columns == ("source", "target", "month")


def test_a_day_holds_only_events_dated_to_that_day(filled: Store) -> None:
    rows = filled.events(Filters(limit=None))
    days = dict((r[0], r[1]) for r in filled.counts(Filters(), ("day",)).rows)
    dated = [r for r in rows if r.date and len(r.date) == 10]
    assert sum(n for day, n in days.items() if day is not None) == len(dated)


def test_unknown_dimension_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot count by 'hour'"):
        check_dimensions(("hour",))


def test_per_story_counts_each_cluster_once(location: str, articles: list[Article]) -> None:
    with open_store(location) as store:
        store.add_batch(articles)
        rows = store.events(Filters(limit=None))
        assert len(rows) >= 2 and not store.has_clusters()  # no story placed yet
        per_report = store.counts(Filters(), ("quadclass",))
        unclustered = store.counts(Filters(), ("quadclass",), per_story=True)
        assert sum(r[-2] for r in unclustered.rows) == len(rows)  # no cluster yet: one each
        # The story clusterer's rows (written by hand here): the first two events are one happening.
        run = store._run  # type: ignore[attr-defined]
        for row in rows[:2]:
            run(
                "INSERT INTO story_events VALUES (?, ?, 'S1', 'S1/e1')",
                [row.article_id, row.event_id],
            )
        run(
            "INSERT INTO stories VALUES ('S1', NULL, NULL, 2, 0, 2, '', 'a story', "
            "TIMESTAMPTZ '2025-01-01 00:00:00+00')"
        )
        per_story = store.counts(Filters(), ("quadclass",), per_story=True)
        assert per_story.per_story
        assert sum(r[-2] for r in per_story.rows) == len(rows) - 1
        assert sum(r[-2] for r in per_report.rows) == len(rows)
        assert store.has_stories()
        items, total = store.story_page(10)
        assert total == 1 and items[0]["id"] == "S1" and items[0]["title"] == "a story"


def test_places_of_events(filled: Store) -> None:
    places = filled.places(Filters(limit=None))
    located = [r for r in filled.events(Filters(limit=None))]
    assert filled.total("places", Filters()) == len(places)
    assert sum(p.events for p in places) <= len(located)
    assert all(p.name for p in places)


def test_text_through_the_word_index_keeps_substring_meaning(filled: Store) -> None:
    rows = filled.events(Filters(limit=None))
    sentence = next(r.sentence for r in rows if r.sentence and " " in r.sentence.strip())
    assert sentence is not None
    gap = sentence.index(" ", 3)
    texts = [
        sentence[gap - 2 : gap + 3].upper(),  # across a space, any case
        sentence[1:4],  # inside a word
        "  " + sentence[gap - 1 : gap + 2],  # leading spaces
        "Kyïv",  # not ASCII: no narrowing, still a plain match
    ]
    for text in texts:
        filters = Filters(text=text)
        expected = filled.events(dataclasses.replace(filters, limit=None))
        assert filled.event_page(filters, None, 1000).rows == expected, text
        assert filled.total("events", filters) == len(expected)
    assert filled.event_page(Filters(text=texts[0]), None, 10).rows


def _copies(articles: list[Article], n: int) -> list[Article]:
    """``n`` copies of each article under new ids, published on other days (some undated)."""
    out = []
    for i in range(n):
        for a in articles:
            day = None if i % 5 == 4 else f"2024-0{1 + i % 9}-{10 + (i * 7) % 19:02d}"
            meta = dataclasses.replace(a.meta, published=day)
            out.append(dataclasses.replace(a, id=f"{a.id[:10]}{i:06d}", meta=meta))
    return out


_COMBINATIONS = [
    Filters(),
    Filters(text="killed"),  # one word
    Filters(text="e"),  # a piece inside many words: an event has several of them
    Filters(text="SHELL"),
    Filters(text="no such word"),
    Filters(text="zzzz"),  # a piece in no word
    Filters(text="the strikes"),  # several pieces: sentences are read
    Filters(actor="rus"),
    Filters(actor="RUS", text="e"),
    Filters(cameo="1", text="claimed"),
    Filters(since=dt.date(2024, 2, 1), until=dt.date(2025, 12, 31)),
    Filters(since=dt.date(2024, 2, 1), text="e"),
    Filters(country="UKR", modality="claimed"),
    Filters(min_confidence=0.5, text="president"),
    Filters(plover="ASSAULT", actor="ukr", text="e"),
]


def _shown(filters: Filters) -> str:
    given = dataclasses.asdict(filters).items()
    return ",".join(f"{k}={v}" for k, v in given if v not in (None, (), False) and k != "limit")


@pytest.mark.parametrize("filters", _COMBINATIONS, ids=_shown)
def test_fast_pages_are_the_plain_query_after_out_of_order_ingests(
    store: Store, articles: list[Article], filters: Filters
) -> None:
    """Pages and totals (the word index pages a text alone, a cursor skips blocks by its key)
    equal the plain events query, for articles stored newest first and one re-ingested, so row
    numbers do not follow page order."""
    copies = _copies(articles, 12)
    for start in range(len(copies) - 6, -1, -6):
        store.add_batch(copies[start : start + 6])
    changed = dataclasses.replace(
        copies[4], meta=dataclasses.replace(copies[4].meta, published="2023-12-31")
    )
    store.add_batch([dataclasses.replace(changed, events=changed.events[:1])])
    expected = [
        (r.article_id, r.event_id) for r in store.events(dataclasses.replace(filters, limit=None))
    ]
    for size in (1, 3, 50):
        assert _all_pages(store, filters, size) == expected
    assert store.total("events", filters) == len(expected)


def test_keyed_words_migration_keeps_pages(location: str, articles: list[Article]) -> None:
    """A store made before migration 0005 (words without page keys) pages text alike after it."""
    copies = _copies(articles, 4)
    with open_store(location) as store:
        store.add_batch(copies)
        before = {text: _all_pages(store, Filters(text=text), 2) for text in ("e", "killed")}
        old = event_index._WORDS.format(rows="TRUE")
        store._run("DROP TABLE event_words")  # type: ignore[attr-defined]
        store._run(
            store.dialect.ddl(
                "CREATE TABLE event_words (word VARCHAR NOT NULL, rid BIGINT NOT NULL)"
            )
        )  # type: ignore[attr-defined]
        store._run("DELETE FROM index_words")  # type: ignore[attr-defined]
        store._run(old)  # type: ignore[attr-defined]
        store._run("DELETE FROM schema_migrations WHERE name = '0005_keyed_words'")  # type: ignore[attr-defined]
    with open_store(location) as store:
        assert {text: _all_pages(store, Filters(text=text), 2) for text in before} == before
        assert before["e"]


_KEYS = {
    "dyad": lambda r: (r.source_code, r.target_code),
    "root": lambda r: (r.cameo[:2],),
    "quadclass": lambda r: (r.quad_class,),
    "plover": lambda r: (r.plover,),
    "country": lambda r: (r.source_country,),
}


@pytest.mark.parametrize("filters", _COMBINATIONS[:10], ids=_shown)
def test_counts_are_the_plain_events_grouped(
    store: Store, articles: list[Article], filters: Filters
) -> None:
    """Counts by every dimension an event row shows equal the plain events query grouped."""
    store.add_batch(_copies(articles, 6))
    rows = store.events(dataclasses.replace(filters, limit=None))
    for name, key in _KEYS.items():
        groups: dict[tuple[object, ...], list[float]] = {}
        for row in rows:
            groups.setdefault(key(row), []).append(row.goldstein)
        found = {tuple(r[:-2]): (r[-2], r[-1]) for r in store.counts(filters, (name,)).rows}
        assert found.keys() == groups.keys(), name
        for group, scores in groups.items():
            assert found[group][0] == len(scores)
            assert found[group][1] == pytest.approx(sum(scores) / len(scores))


def test_date_keys_are_iso_text(filled: Store) -> None:
    """Days and weeks are answered as YYYY-MM-DD, months as YYYY-MM, in date order."""
    for name, width in (("day", 10), ("week", 10), ("month", 7)):
        keys = [row[0] for row in filled.counts(Filters(), (name,)).rows]
        dated = [key for key in keys if key is not None]
        assert dated and all(isinstance(k, str) and len(k) == width for k in dated), name
        assert dated == sorted(dated)
        assert dt.date.fromisoformat(dated[0] + ("-01" if width == 7 else ""))
