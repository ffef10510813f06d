"""The read API of quantities: every filter, and totals by category, country and unit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from backends import BACKENDS, stored
from eventwire.store import Filters, Store, TotalRow, open_store
from quantity_articles import context, kharkiv, lagos, quantity_articles

D = dt.date
NAMES = {kharkiv().id: "kharkiv", lagos().id: "lagos"}
ALL = ["kharkiv.Q1", "kharkiv.Q2", "kharkiv.Q3", "kharkiv.Q4", "lagos.Q1", "lagos.Q2"]


@pytest.fixture(scope="module", params=BACKENDS)
def store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    with stored(request, tmp_path_factory.mktemp("quantities"), quantity_articles()) as opened:
        yield opened


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), ALL),
        (Filters(category="killed"), ["kharkiv.Q1", "lagos.Q2"]),
        (Filters(category="money"), ["kharkiv.Q4"]),
        (Filters(actor="UKR"), ["kharkiv.Q1", "kharkiv.Q2"]),
        (Filters(actor="RUS"), ["kharkiv.Q1", "kharkiv.Q2"]),  # the speaker's number
        (Filters(actor="protesters"), ["lagos.Q1", "lagos.Q2"]),
        (Filters(actor="nobody"), []),
        (Filters(country="nga"), ["lagos.Q1", "lagos.Q2"]),
        (Filters(country="UKR"), ["kharkiv.Q1", "kharkiv.Q2"]),
        (Filters(since=D(2025, 5, 1)), ["lagos.Q1", "lagos.Q2"]),
        (Filters(until=D(2025, 3, 9)), ["kharkiv.Q1", "kharkiv.Q2"]),  # the event's date
        (Filters(since=D(2025, 3, 10), until=D(2025, 3, 10)), ["kharkiv.Q3", "kharkiv.Q4"]),
        (Filters(since=D(2025, 6, 1)), ["lagos.Q2"]),  # undated event: the article's date
        (Filters(text="soldiers"), ["kharkiv.Q1"]),
        (Filters(text="2,000"), ["kharkiv.Q3"]),
        (Filters(category="killed", country="NGA"), ["lagos.Q2"]),
        (Filters(articles=(lagos().id,)), ["lagos.Q1", "lagos.Q2"]),
        (Filters(limit=2), ["kharkiv.Q1", "kharkiv.Q2"]),
    ],
)
def test_quantity_filters(store: Store, filters: Filters, expected: list[str]) -> None:
    rows = store.quantities(filters)
    assert [f"{NAMES[r.article_id]}.{r.quantity_id}" for r in rows] == expected


def test_quantity_rows_carry_whose_number_it_is(store: Store) -> None:
    (row,) = store.quantities(Filters(category="killed", country="UKR"))
    assert (row.value, row.bound, row.unit, row.span, row.what) == (
        12.0, "exact", "people", "12", "Ukrainian soldiers",
    )  # fmt: skip
    assert (row.actor_name, row.actor_code, row.country) == ("Ukrainian soldiers", "UKRMIL", "UKR")
    assert (row.event_id, row.event_cameo, row.event_modality) == ("E1", "190", "claimed")
    assert (row.statement_id, row.speaker_name, row.speaker_code) == (
        "S1", "Russian officials", "RUSGOV",
    )  # fmt: skip
    assert (row.date, row.published, row.title) == ("2025-03-08", "2025-03-10", "Kharkiv claims")
    (approx,) = store.quantities(Filters(category="displaced"))
    assert (approx.low, approx.high, approx.bound, approx.date) == (
        None,
        None,
        "approx",
        "2025-03-10",
    )


def test_totals_by_category_country_and_unit(store: Store) -> None:
    # Numbers tied to no event (people fleeing, aid pledged, deaths the text dates nowhere) are
    # counted as left out, not summed.
    assert store.quantity_totals(Filters()) == [
        TotalRow("arrested", "NGA", "people", 1, 1, 45.0),
        TotalRow("displaced", None, "people", 0, 0, 0.0, no_event=1),
        TotalRow("killed", "NGA", "people", 0, 0, 0.0, no_event=1),
        TotalRow("killed", "UKR", "people", 1, 1, 12.0),
        TotalRow("money", None, "USD", 0, 0, 0.0, no_event=1),
        TotalRow("wounded", "UKR", "people", 1, 1, 30.0),
    ]


def test_totals_follow_the_filters(store: Store) -> None:
    assert store.quantity_totals(Filters(category="killed", limit=1)) == [
        TotalRow("killed", "NGA", "people", 0, 0, 0.0, no_event=1),
        TotalRow("killed", "UKR", "people", 1, 1, 12.0),
    ]
    assert store.quantity_totals(Filters(country="UKR")) == [
        TotalRow("killed", "UKR", "people", 1, 1, 12.0),
        TotalRow("wounded", "UKR", "people", 1, 1, 30.0),
    ]
    assert store.quantity_totals(Filters(actor="nobody")) == []


@pytest.fixture(params=BACKENDS)
def context_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with stored(request, tmp_path, [context()]) as opened:
        yield opened


def test_totals_leave_out_numbers_quoted_for_context(context_store: Store) -> None:
    # Before: 7,000,512 people and $3 trillion summed from one article whose own news is 12
    # people kidnapped; now the rest is counted as left out, with the reason.
    totals = context_store.quantity_totals(Filters())
    assert totals == [
        TotalRow("deployed", None, "people", 0, 0, 0.0, not_happened=1),
        TotalRow("kidnapped", None, "people", 1, 1, 12.0),
        TotalRow("killed", None, "people", 0, 0, 0.0, earlier_event=2),
        TotalRow("money", None, "USD", 0, 0, 0.0, no_event=1),
    ]


def test_totals_add_up_across_articles(tmp_path: object) -> None:
    with open_store(":memory:") as opened:
        opened.add_batch(quantity_articles())
        totals = opened.quantity_totals(Filters())
    people = [t for t in totals if t.unit == "people" and t.quantities]
    assert sum(t.total for t in people) == 87.0  # 45 arrested in Lagos, 12 + 30 near Kharkiv
    assert {t.country for t in people} == {"NGA", "UKR"}


def test_an_empty_store_has_no_quantities(tmp_path: object) -> None:
    with open_store(":memory:") as opened:
        assert opened.quantities(Filters()) == [] and opened.quantity_totals(Filters()) == []
