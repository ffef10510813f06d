"""TIMEX3 values -> the calendar interval they cover."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.store.timex import timex_interval

D = dt.date


@pytest.mark.parametrize(
    ("value", "interval"),
    [
        ("2025-09-03", (D(2025, 9, 3), D(2025, 9, 3))),
        ("2025-09-03T14:30", (D(2025, 9, 3), D(2025, 9, 3))),
        ("2025-09", (D(2025, 9, 1), D(2025, 9, 30))),
        ("2024-02", (D(2024, 2, 1), D(2024, 2, 29))),
        ("2025", (D(2025, 1, 1), D(2025, 12, 31))),
        ("2025-W35", (D(2025, 8, 25), D(2025, 8, 31))),
        ("2025-W35-WE", (D(2025, 8, 30), D(2025, 8, 31))),
        ("2025-Q3", (D(2025, 7, 1), D(2025, 9, 30))),
        ("2025-H1", (D(2025, 1, 1), D(2025, 6, 30))),
        ("2024-SU", (D(2024, 6, 1), D(2024, 8, 31))),
        ("2024-WI", (D(2024, 12, 1), D(2025, 2, 28))),
        ("201", (D(2010, 1, 1), D(2019, 12, 31))),
        ("20", (D(2000, 1, 1), D(2099, 12, 31))),
        ("PT3H", None),
        ("PRESENT_REF", None),
        ("XXXX-09-03", None),
        ("2025-13", None),
        ("2025-W60", None),
        ("", None),
        (None, None),
    ],
)
def test_timex_interval(value: str | None, interval: tuple[dt.date, dt.date] | None) -> None:
    assert timex_interval(value) == interval
