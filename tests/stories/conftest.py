"""Fixtures of the story tests: the reports of ``story_texts.py``, processed once."""

from __future__ import annotations

import pytest

from eventwire.config import Settings
from eventwire.pipeline import process_many
from eventwire.records import Article
from story_texts import REPORTS


@pytest.fixture(scope="session")
def reports() -> dict[str, Article]:
    """Each report of ``story_texts.REPORTS``, processed, by name."""
    settings = Settings.build({"n_process": 1}, env={})
    return dict(zip(REPORTS, process_many(list(REPORTS.values()), settings=settings), strict=True))
