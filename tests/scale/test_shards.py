"""Shards on disk: what a Dask worker of ``ingest`` writes as Parquet and the store bulk-loads.

A loaded shard stores what ``add_batch`` of the same articles stores, on both backends (COPY
into PostgreSQL); articles already stored only get their sightings; a partition written twice
(its worker was killed and the task ran again) replaces its files; a directory a worker cannot
write gives one coded line; ``ingest --dask`` writes shards and removes them once loaded.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from backends import tables_with_repeated_keys
from eventwire.batch.ingest import writes_shards
from eventwire.cli import main
from eventwire.config import Settings
from eventwire.errors import ClusterError, StoreError
from eventwire.ingest import iter_documents
from eventwire.pipeline import process_many
from eventwire.records import Article
from eventwire.scale.shards import ShardOnDisk, probe, shard_directory, write_partition
from eventwire.store import Filters, Parse, Sighting, open_store
from eventwire.store.incoming import SHARD_TABLES, write_shard


def parses_of(articles: list[Article]) -> dict[str, Parse]:
    """A stand-in parse per article (the store keeps the bytes as they are)."""
    return {a.id: Parse("en_test-1.0", a.id.encode() * 3) for a in articles}


def snapshot(location: str) -> tuple[dict[str, dict[str, object]], dict[str, int], list[object]]:
    """Every stored record, the row count of every table, and every indexed event."""
    with open_store(location, read_only=True) as store:
        records = {a.id: a.to_dict() for a in store.iter_articles()}
        return records, store.stats().tables, store.events(Filters())


def test_a_loaded_shard_stores_what_add_batch_stores(
    location: str, tmp_path: Path, example_articles: list[Article]
) -> None:
    batch = [*example_articles, example_articles[0]]  # an id twice: one article, two sightings
    parses = parses_of(example_articles)
    shard = write_shard(str(tmp_path), "part-000001", batch, parses)
    assert {"articles", "events", "parses", "sightings"} <= set(shard.tables) <= set(SHARD_TABLES)
    with open_store(location) as store:
        loaded = store.load_shard(shard)
        stored_parses = store.parses([a.id for a in example_articles])
    expected_location = str(tmp_path / "expected.duckdb")
    with open_store(expected_location) as store:
        expected = store.add_batch(batch, parses)
    assert loaded == expected
    assert loaded.stored == tuple(a.id for a in example_articles)
    assert loaded.present == (example_articles[0].id,)
    assert stored_parses == parses
    assert snapshot(location) == snapshot(expected_location)


def test_a_shard_of_stored_articles_only_adds_their_sightings(
    location: str, tmp_path: Path, example_articles: list[Article]
) -> None:
    shard = write_shard(str(tmp_path), "part-000001", example_articles, {})
    seen_before = Sighting(
        example_articles[0].id, dt.datetime(2026, 1, 2, tzinfo=dt.UTC), None, None, None,
        "wire-1", "txt", "eventwire=0;model=m;knowledge=k",
    )  # fmt: skip
    with open_store(location) as store:
        store.add_batch(example_articles)
        before = store.stats().tables
        loading = dt.datetime.now(dt.UTC)
        result = store.load_shard(shard, [seen_before])
        after = store.stats().tables
        sightings = store.sightings(example_articles[0].id)
    ids = tuple(a.id for a in example_articles)
    assert result.stored == () and result.replaced == ()
    assert result.present == (*ids, ids[0])
    assert {t: n for t, n in after.items() if t != "sightings"} == {
        t: n for t, n in before.items() if t != "sightings"
    }
    assert after["sightings"] == before["sightings"] + len(ids) + 1
    assert len(sightings) == 3
    assert sightings[0] == seen_before
    assert sightings[-1].seen_at >= loading  # the batch's own time, not the shard's


def test_a_shard_by_another_pipeline_replaces_the_layers(
    location: str, tmp_path: Path, example_articles: list[Article]
) -> None:
    older = [_other_pipeline(a) for a in example_articles]
    shard = write_shard(str(tmp_path), "part-000001", example_articles, parses_of(example_articles))
    with open_store(location) as store:
        store.add_batch(older, {a.id: Parse("old", b"old") for a in older})
        result = store.load_shard(shard)
        assert tables_with_repeated_keys(store) == []
        parses = store.parses([a.id for a in example_articles])
    assert result.replaced == tuple(a.id for a in example_articles)
    assert parses == parses_of(example_articles)
    records, _, _ = snapshot(location)
    assert records == {a.id: a.to_dict() for a in example_articles}


def test_a_partition_written_twice_replaces_its_files(tmp_path: Path, plain: Settings) -> None:
    corpus = tmp_path / "inputs"
    corpus.mkdir()
    (corpus / "one.txt").write_text(
        "Firefighters in Lisbon rescued twelve residents from a burning apartment block on "
        "Sunday, the city's civil protection agency said.",
        encoding="utf-8",
    )
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    chunk = list(iter_documents([str(corpus)], plain))
    shards = tmp_path / "shards"
    shards.mkdir()
    first = write_partition(chunk, plain, None, str(shards), "part-000007")
    listed = sorted(p.name for p in shards.iterdir())
    second = write_partition(chunk, plain, None, str(shards), "part-000007")  # the task again
    assert sorted(p.name for p in shards.iterdir()) == listed
    assert first.files == second.files and first.files is not None
    assert all(name.startswith("part-000007.") for name in listed)
    assert [type(o).__name__ for o in second.outcomes] == ["Failure", "str"]
    location = str(tmp_path / "store.duckdb")
    with open_store(location) as store:
        result = second.store_into(store, [])
        assert tables_with_repeated_keys(store) == []
        assert store.stats().tables["articles"] == 1
    second.discard()
    assert list(shards.iterdir()) == []
    assert result.stored == (second.outcomes[1],)


def test_a_directory_a_worker_cannot_write_gives_one_coded_line(
    tmp_path: Path, plain: Settings, corpus: Path
) -> None:
    missing = str(tmp_path / "not-shared")
    chunk = list(iter_documents([str(corpus)], plain))[:2]
    shard = write_partition(chunk, plain, None, missing, "part-000001")
    assert shard.files is None and shard.error is not None
    assert probe(missing) == f"{missing}: No such file or directory"
    with open_store(str(tmp_path / "store.duckdb")) as store, pytest.raises(ClusterError) as err:
        shard.store_into(store, [])
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith("[E700] a worker cannot write shards (")
    assert missing in message and "--shards" in message and "every worker" in message


def test_shards_without_dask_and_a_shard_path_that_is_no_directory_are_refused(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "store.duckdb")
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x", encoding="utf-8")
    assert main(["ingest", str(corpus), "--db", db, "--shards", str(tmp_path)]) == 1
    assert "[E300] --shards needs --dask" in capsys.readouterr().err
    command = ["ingest", str(corpus), "--db", db, "--dask", "local:1", "--shards", str(not_a_dir)]
    assert main(command) == 1
    err = capsys.readouterr().err
    assert f"[E700] {not_a_dir}: not a directory; give --shards a directory" in err
    assert len(err.strip().splitlines()) == 1


def test_a_run_directory_is_made_inside_the_shard_directory_and_removed(tmp_path: Path) -> None:
    with shard_directory(str(tmp_path)) as run:
        assert Path(run).parent == tmp_path and Path(run).is_dir()
        (Path(run) / "part-000001.articles.parquet").write_bytes(b"left by a killed worker")
    assert list(tmp_path.iterdir()) == []
    with shard_directory(None) as private:
        assert Path(private).is_dir()
    assert not Path(private).exists()


@pytest.mark.slow
def test_a_worker_that_cannot_write_the_shard_directory_is_named(tmp_path: Path) -> None:
    from eventwire.scale.dask_cluster import dask_client

    missing = str(tmp_path / "only-on-another-machine")
    model = Settings.build(env={}).model
    with pytest.raises(ClusterError) as err, dask_client("local:1", model, (), missing):
        pass
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith("[E700] local:1: worker tcp://127.0.0.1:")
    assert f"cannot write shards ({missing}: No such file or directory)" in message


@pytest.mark.slow
def test_ingest_on_dask_writes_shards_and_removes_them_once_loaded(
    location: str, tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shards = tmp_path / "shards"
    shards.mkdir()
    loaded: list[list[str]] = []
    discard = ShardOnDisk.discard

    def watched(shard: ShardOnDisk) -> None:
        assert shard.files is not None
        loaded.append([t for t in shard.files.tables if shard.files.path(t).is_file()])
        discard(shard)
        assert not any(shard.files.path(t).exists() for t in shard.files.tables)

    monkeypatch.setattr(ShardOnDisk, "discard", watched)
    command = ["ingest", str(corpus), "--db", location, "--dask", "local:1"]
    assert main([*command, "--shards", str(shards), "--batch-size", "2", "--progress", "none"]) == 0
    assert len(loaded) == 3
    assert all({"articles", "events", "parses", "sightings"} <= set(t) for t in loaded)
    assert list(shards.iterdir()) == []  # the run's directory went with it
    settings = Settings.build({"check_records": True, "n_process": 1}, env={})
    expected = {a.id: a.to_dict() for a in process_many([corpus], settings=settings)}
    records, tables, _ = snapshot(location)
    assert records == expected
    assert tables["sightings"] == len(expected)


def _other_pipeline(article: Article) -> Article:
    pipeline = dataclasses.replace(article.meta.pipeline, knowledge="older")
    return dataclasses.replace(article, meta=dataclasses.replace(article.meta, pipeline=pipeline))


@pytest.mark.parametrize(
    ("dask", "shards", "writes"),
    [
        ("local:2", None, True),  # a private temporary directory the local workers share
        ("local:2", "/mnt/shared", True),
        ("tcp://scheduler:8786", "/mnt/shared", True),
        ("tcp://scheduler:8786", None, False),  # workers elsewhere: partitions come back in memory
        (None, None, False),
    ],
)
def test_which_runs_write_shards(dask: str | None, shards: str | None, writes: bool) -> None:
    assert writes_shards(dask, shards) is writes


@pytest.mark.parametrize("damage", ["missing", "not parquet"])
def test_a_shard_file_that_cannot_be_read_gives_one_coded_line(
    location: str, tmp_path: Path, example_articles: list[Article], damage: str
) -> None:
    shard = write_shard(str(tmp_path), "part-000001", example_articles, {})
    broken = shard.path("events")
    if damage == "missing":
        broken.unlink()
    else:
        broken.write_bytes(b"not a parquet file")
    with open_store(location) as store, pytest.raises(StoreError) as caught:
        store.load_shard(shard)
    message = str(caught.value)
    assert message.startswith("[E") and "cannot read a shard file" in message
    assert str(broken) in message and "\n" not in message
    records, _, _ = snapshot(location)
    assert records == {}  # nothing of the shard was stored
