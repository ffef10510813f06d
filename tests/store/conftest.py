"""Fixtures of the store tests: hand-built articles and stores in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.records import Article
from eventwire.store import Store, open_store
from sample_articles import sample_articles


@pytest.fixture
def articles() -> list[Article]:
    """The hand-built articles (every layer filled; one non-English, undated)."""
    return sample_articles()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh DuckDB file path (never in the repository)."""
    return tmp_path / "store.duckdb"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """An empty store in a fresh file."""
    with open_store(str(db_path)) as opened:
        yield opened


@pytest.fixture
def filled(store: Store, articles: list[Article]) -> Store:
    """A store holding the hand-built articles."""
    store.add_batch(articles)
    return store


@pytest.fixture(scope="module")
def queried(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A store holding the hand-built articles, shared by a module's read-only tests."""
    path = tmp_path_factory.mktemp("queried") / "store.duckdb"
    with open_store(str(path)) as opened:
        opened.add_batch(sample_articles())
        yield opened
