"""Codebook usage notes the events layer follows (CAMEO 116: individuals found guilty -> 173)."""

from __future__ import annotations

import pytest

from eventwire.config import Settings
from eventwire.pipeline import process

CASES = [
    # (story of our own, CAMEO code of its event)
    ("A jury in Denver convicted former mayor John Hale of fraud on Friday.", "173"),
    ("A court convicted three police officers of assault.", "173"),
    ("The court convicted Gazprom of breaking the contract.", "116"),  # a company: a ruling
]


@pytest.mark.parametrize(("story", "code"), CASES)
def test_a_guilty_verdict_against_people_is_a_detention(
    story: str, code: str, settings: Settings
) -> None:
    article = process(story, date="2024-05-06", settings=settings)
    assert [e.cameo for e in article.events] == [code]
