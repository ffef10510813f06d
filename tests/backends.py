"""Store locations of each backend for the tests: DuckDB files, and fresh PostgreSQL databases.

PostgreSQL databases are made on the server named by ``$EVENTWIRE_TEST_PG``. ``make test`` (through
``.ci/with-postgres``) starts a private server when PostgreSQL is installed and sets the variable;
without it, the tests that need a server are skipped with one reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
from psycopg import sql

from eventwire.records import Article
from eventwire.store import Store, open_store
from eventwire.store.schema import LAYER_TABLES

BACKENDS = ("duckdb", "postgresql")

ENV = "EVENTWIRE_TEST_PG"
SKIP = (
    f"PostgreSQL tests skipped: ${ENV} is not set (install PostgreSQL and run `make test`, "
    f"which starts a private server, or set {ENV}=postgresql://USER@127.0.0.1:PORT/DB)"
)


class PgServer:
    """A PostgreSQL server the tests may create and drop databases on."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._admin = psycopg.connect(url, autocommit=True)

    def create(self, encoding: str = "UTF8") -> str:
        """Create an empty database; return its URL."""
        name = f"eventwire_test_{uuid.uuid4().hex[:12]}"
        self._admin.execute(
            sql.SQL("CREATE DATABASE {} ENCODING {} LOCALE 'C' TEMPLATE template0").format(
                sql.Identifier(name), sql.Literal(encoding)
            )
        )
        return urlsplit(self.url)._replace(path=f"/{name}").geturl()

    def drop(self, url: str) -> None:
        """Drop a database made by ``create`` (closing whatever is still connected to it)."""
        name = urlsplit(url).path.lstrip("/")
        self._admin.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )

    def close(self) -> None:
        self._admin.close()


@contextmanager
def fresh_location(request: pytest.FixtureRequest, backend: str, folder: Path) -> Iterator[str]:
    """A new, empty store location of ``backend``: a DuckDB file path or a database URL.

    The PostgreSQL server comes from the ``pg_server`` fixture (which skips without one).
    """
    if backend == "duckdb":
        yield str(folder / "store.duckdb")
        return
    server: PgServer = request.getfixturevalue("pg_server")
    url = server.create()
    try:
        yield url
    finally:
        server.drop(url)


@contextmanager
def stored(
    request: pytest.FixtureRequest, folder: Path, articles: Sequence[Article]
) -> Iterator[Store]:
    """A new store of the backend in ``request.param``, holding ``articles``, open."""
    with fresh_location(request, str(request.param), folder) as where, open_store(where) as store:
        store.add_batch(articles)
        yield store


# The key of each layer table whose key is not ``(article_id, id)``.
_KEYS = {
    "actor_mentions": "article_id, actor_id, seq",
    "actor_members": "article_id, actor_id, seq",
    "event_triggers": "article_id, event_id, seq",
    "statement_content": "article_id, statement_id, seq",
}


def tables_with_repeated_keys(store: Store) -> list[str]:
    """The layer tables holding a row key more than once (an article stored twice)."""
    repeated = []
    for table in LAYER_TABLES:
        key = _KEYS.get(table, "article_id, id")
        sql = f"SELECT count(*), count(DISTINCT ({key})) FROM {table}"
        ((total, distinct),) = store._fetch(sql, [])  # type: ignore[attr-defined]
        if total != distinct:
            repeated.append(table)
    return repeated
