"""Passives that share or raise their patient, on sentences written for this test.

A past participle coordinated with a passive ("were arrested ... and charged") is passive too and
shares the first conjunct's patient and "by" agent; a passive infinitive with no subject of its
own ("was due to be freed") takes the subject of the clause it completes. A stated expectation is
an intent, so the release is coded as its "express intent" code.
"""

from __future__ import annotations

import pytest

from event_dyads import Coded, coded_dyads
from eventwire.config import Settings

DAY = "2018-05-01"

CASES = [
    (
        "Two Reuters journalists were arrested by Myanmar police in December 2017 and charged "
        "under the Official Secrets Act.",
        [("173", "MMRCOP", "GBRMED"), ("115", "MMRCOP", "GBRMED")],
    ),
    (
        "Reuters reporter Wa Lone was due to be freed by Myanmar under a presidential amnesty.",
        [("0353", "MMR", "GBRMED")],
    ),
]


@pytest.fixture(scope="module")
def coded(settings: Settings) -> dict[str, list[Coded]]:
    return coded_dyads([story for story, _ in CASES], DAY, settings)


@pytest.mark.parametrize(("story", "expected"), CASES, ids=[s[:40] for s, _ in CASES])
def test_shared_and_raised_passives(
    story: str, expected: list[tuple[str, str, str]], coded: dict[str, list[Coded]]
) -> None:
    assert coded[story] == expected
