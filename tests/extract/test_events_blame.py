"""Condemning or accusing a forceful act is aimed at whoever did it, never at its victims or the
country it happened in. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from event_dyads import coded_dyads
from eventwire.config import Settings

DAY = "2025-05-06"

CASES = [
    # (story of our own, (source code, target code) of its accusation, 11x)
    ("Brazil condemned the bombing of the Chilean embassy in Peru.", ("BRAGOV", None)),
    ("Brazil condemned the Argentine raid on the Chilean embassy.", ("BRAGOV", "ARG")),
    (
        "Brazil on Monday condemned Argentina's shelling of the border towns of Uruguay.",
        ("BRAGOV", "ARG"),
    ),
    (
        "Brazil condemned the killings of Chilean students by Argentine police.",
        ("BRAGOV", "ARGCOP"),
    ),
    ("Brazil accused Argentina of the shelling.", ("BRAGOV", "ARG")),
]


@pytest.fixture(scope="module")
def accusations(settings: Settings) -> dict[str, list[tuple[str | None, str | None]]]:
    coded = coded_dyads([story for story, _ in CASES], DAY, settings)
    return {
        story: [(s, t) for code, s, t in events if code.startswith("11")]
        for story, events in coded.items()
    }


@pytest.mark.parametrize(("story", "expected"), CASES, ids=[s[:40] for s, _ in CASES])
def test_blame_goes_to_the_agent(
    story: str,
    expected: tuple[str | None, str | None],
    accusations: dict[str, list[tuple[str | None, str | None]]],
) -> None:
    assert accusations[story] == [expected]
