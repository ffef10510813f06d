"""Fixtures of the export tests: a store of the hand-built articles, and the demo store opened."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from eventwire.store import Store, open_store
from sample_articles import sample_articles


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A store of the hand-built articles, shared by a module's read-only tests."""
    path = tmp_path_factory.mktemp("sample") / "store.duckdb"
    with open_store(str(path)) as opened:
        opened.add_batch(sample_articles())
        yield opened


@pytest.fixture
def demo_store(demo_db: str) -> Iterator[Store]:
    """The store of the bundled examples (root ``demo_db``), open for reading."""
    with open_store(demo_db, read_only=True) as store:
        yield store
