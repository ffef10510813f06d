"""Re-ingesting costs a hash: stored articles get a sighting without being parsed (both backends)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventwire.batch import ingest
from eventwire.config import Settings
from eventwire.scale import executors
from eventwire.scale.known import model_name, pipeline_key
from eventwire.store import open_store
from eventwire.store.rows import pipeline_key as stored_key
from scale_corpus import POLICE_AS_MILITARY


def forbid_processing(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: Any) -> Any:
        raise AssertionError("a stored article was processed again")

    monkeypatch.setattr(executors, "process_shard", fail)


def test_reingest_adds_sightings_without_processing(
    location: str, corpus: Path, plain: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(location) as store:
        first = ingest([str(corpus)], store, settings=plain, batch_size=4)
    assert (first.stored, first.present) == (6, 0)

    forbid_processing(monkeypatch)
    with open_store(location) as store:
        again = ingest([str(corpus)], store, settings=plain, batch_size=4)
        assert (again.stored, again.present, again.replaced, again.failed) == (0, 6, 0, 0)
        assert again.article_ids == first.article_ids
        assert store.stats().tables["sightings"] == 12
        sightings = store.sightings(first.article_ids[0])
    assert [s.input_id for s in sightings] == ["story-0", "story-0"]
    assert sightings[0].pipeline == sightings[1].pipeline


def test_the_key_worked_out_unloaded_is_the_key_articles_get(
    corpus: Path, plain: Settings, tmp_path: Path
) -> None:
    with open_store(":memory:") as store:
        report = ingest([str(corpus)], store, settings=plain)
        article = store.article(report.article_ids[0])
    assert article is not None
    assert pipeline_key(plain) == stored_key(article)
    assert model_name(plain.model) == article.meta.pipeline.model
    assert model_name(str(tmp_path / "no-such-model")) is None


def test_a_new_pipeline_version_processes_again(
    location: str, corpus: Path, plain: Settings, tmp_path: Path
) -> None:
    table = tmp_path / "agents.tsv"
    table.write_text(POLICE_AS_MILITARY, encoding="utf-8")
    with open_store(location) as store:
        ingest([str(corpus)], store, settings=plain)
        other = plain.replace(actors=str(table))
        report = ingest([str(corpus)], store, settings=other, batch_size=4)
        parses = store.parses(report.article_ids)
        (count,) = store._fetch("SELECT count(*) FROM parses", [])[0]  # type: ignore[attr-defined]
    assert (report.stored, report.present, report.replaced) == (0, 0, 6)
    assert sorted(parses) == sorted(report.article_ids) and count == 6  # replaced, not added


def test_a_mixed_batch_keeps_input_order(location: str, plain: Settings, tmp_path: Path) -> None:
    from scale_corpus import write_corpus

    some = write_corpus(tmp_path / "some.jsonl", 3)
    more = write_corpus(tmp_path / "more.jsonl", 6)
    with open_store(location) as store:
        ingest([str(some)], store, settings=plain)
        report = ingest([str(more)], store, settings=plain, batch_size=6)
        expected = ingest([str(more)], store, settings=plain, batch_size=6).article_ids
    assert (report.stored, report.present) == (3, 3)
    assert report.article_ids == expected
