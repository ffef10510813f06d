"""``eventwire quantities``: numbers and totals, checked against the store API."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json

import pytest

from cli_runner import Run
from eventwire.store import Filters, open_store
from quantity_articles import quantity_articles


@pytest.fixture
def quantities_db(db: str) -> str:
    """A store holding the hand-built articles with quantities."""
    with open_store(db) as store:
        store.add_batch(quantity_articles())
    return db


def api(db: str, filters: Filters, *, totals: bool = False) -> list[dict[str, object]]:
    with open_store(db, read_only=True) as store:
        rows = store.quantity_totals(filters) if totals else store.quantities(filters)
    return [dataclasses.asdict(r) for r in rows]


@pytest.mark.parametrize(
    ("argv", "filters"),
    [
        ([], Filters()),
        (["--category", "killed"], Filters(category="killed")),
        (["--actor", "UKR", "--category", "wounded"], Filters(actor="UKR", category="wounded")),
        (["--country", "nga"], Filters(country="nga")),
        (["--since", "2025-05-01", "--until", "2025-06-30"],
         Filters(since=dt.date(2025, 5, 1), until=dt.date(2025, 6, 30))),
        (["--text", "soldiers"], Filters(text="soldiers")),
        (["--limit", "2"], Filters(limit=2)),
        (["--limit", "0"], Filters(limit=None)),
    ],
)  # fmt: skip
def test_quantities_print_what_the_api_returns(
    cli: Run, quantities_db: str, argv: list[str], filters: Filters
) -> None:
    expected = api(quantities_db, filters)
    assert expected, "every case selects something"
    result = cli("quantities", *argv, "--db", quantities_db, "--format", "json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == expected
    lines = cli("quantities", *argv, "--db", quantities_db, "--format", "jsonl").out.splitlines()
    assert [json.loads(line) for line in lines] == expected
    out = cli("quantities", *argv, "--db", quantities_db, "--format", "csv").out
    assert [r["quantity_id"] for r in csv.DictReader(io.StringIO(out))] == [
        e["quantity_id"] for e in expected
    ]
    assert f"quantities ({len(expected)})" in cli("quantities", *argv, "--db", quantities_db).out


@pytest.mark.parametrize(
    ("argv", "filters"),
    [
        (["--totals"], Filters(limit=100)),
        (["--totals", "--category", "killed"], Filters(category="killed", limit=100)),
        (["--totals", "--country", "UKR"], Filters(country="UKR", limit=100)),
    ],
)
def test_totals_print_what_the_api_returns(
    cli: Run, quantities_db: str, argv: list[str], filters: Filters
) -> None:
    expected = api(quantities_db, filters, totals=True)
    assert expected
    result = cli("quantities", *argv, "--db", quantities_db, "--format", "json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == expected
    table = cli("quantities", *argv, "--db", quantities_db).out
    assert f"quantity totals ({len(expected)})" in table and "killed" in table


def test_totals_say_what_they_summed_and_left_out(cli: Run, quantities_db: str) -> None:
    result = cli("quantities", "--totals", "--db", quantities_db, "--format", "csv")
    assert result.code == 0, result.err
    assert result.out.splitlines()[0].endswith("total,no_event,earlier_event,not_happened")
    assert result.err.strip() == (
        "eventwire: totals sum 3 numbers tied to events their articles report; "
        "left out: 3 tied to no event (quoted for context)"
    )


def test_no_match_says_so(cli: Run, quantities_db: str) -> None:
    result = cli("quantities", "--actor", "nobody", "--db", quantities_db)
    assert result.code == 0 and "quantities: none found" in result.out
    result = cli("quantities", "--totals", "--actor", "nobody", "--db", quantities_db)
    assert result.code == 0 and "quantity totals: none found" in result.out


@pytest.mark.parametrize(
    "argv",
    [["--category", "victims"], ["--since", "2025-13-01"], ["--limit", "-1"]],
)
def test_bad_arguments_are_usage_errors(cli: Run, quantities_db: str, argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli("quantities", *argv, "--db", quantities_db)
    assert exit_info.value.code == 2


def test_a_missing_store_is_an_error(cli: Run, tmp_path: object) -> None:
    result = cli("quantities", "--db", f"{tmp_path}/none.duckdb")
    assert result.code == 1 and "no store here yet" in result.err
