"""Fixtures of the store tests: hand-built articles, and stores of each backend.

Every fixture that yields a store or a store location is parametrised over the backends, so each
test runs against DuckDB and against PostgreSQL (the latter skipped without a server: see
``backends.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from backends import BACKENDS, fresh_location, stored
from eventwire.config import Settings
from eventwire.pipeline import process_many
from eventwire.records import Article
from eventwire.store import Store, open_store
from sample_articles import sample_articles

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The name of the backend under test."""
    return str(request.param)


@pytest.fixture
def location(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> Iterator[str]:
    """Where a fresh store of the backend under test goes (nothing is there yet)."""
    with fresh_location(request, backend, tmp_path) as where:
        yield where


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh DuckDB file path, for the tests of what only a DuckDB file does."""
    return tmp_path / "store.duckdb"


@pytest.fixture
def articles() -> list[Article]:
    """The hand-built articles (every layer filled; one non-English, undated)."""
    return sample_articles()


@pytest.fixture
def store(location: str) -> Iterator[Store]:
    """An empty store of the backend under test."""
    with open_store(location) as opened:
        yield opened


@pytest.fixture
def filled(store: Store, articles: list[Article]) -> Store:
    """A store holding the hand-built articles."""
    store.add_batch(articles)
    return store


@pytest.fixture(scope="module", params=BACKENDS)
def queried(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """A store of each backend holding the hand-built articles, shared by a module's read tests."""
    with stored(request, tmp_path_factory.mktemp("queried"), sample_articles()) as opened:
        yield opened


@pytest.fixture(scope="session")
def example_articles() -> list[Article]:
    """The bundled examples, processed once for the session."""
    settings = Settings.build({"check_records": True}, env={})
    return list(process_many([EXAMPLES], settings=settings))
