"""Fixtures of the scale tests: store locations of each backend, a small corpus, settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from backends import BACKENDS, fresh_location
from eventwire.config import Settings
from eventwire.pipeline import process_many
from eventwire.records import Article
from scale_corpus import write_corpus


@pytest.fixture(params=BACKENDS)
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh store location of each backend (PostgreSQL skipped without a server)."""
    with fresh_location(request, str(request.param), tmp_path) as where:
        yield where


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Six short stories as one JSONL file."""
    return write_corpus(tmp_path / "stories.jsonl", 6)


@pytest.fixture
def plain() -> Settings:
    """Packaged settings, records checked, one process."""
    return Settings.build({"check_records": True, "n_process": 1}, env={})


@pytest.fixture(scope="session")
def example_articles() -> list[Article]:
    """The bundled examples, processed once for the session."""
    settings = Settings.build({"check_records": True}, env={})
    return list(process_many([Path(__file__).resolve().parents[2] / "examples"], settings=settings))
