"""The ingest loop through its API: batches, progress callbacks, failures, store errors."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from eventwire.batch import IngestReport, ingest
from eventwire.config import Settings
from eventwire.errors import StoreError
from eventwire.records import Article
from eventwire.store import BatchResult, open_store


def jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def doc(i: int) -> str:
    return json.dumps(
        {"id": f"d{i}", "text": f"Negotiators from country {i} met in Vienna on Tuesday."}
    )


@pytest.fixture
def settings() -> Settings:
    return Settings.build({"check_records": True}, env={})


def test_each_batch_is_stored_and_reported(tmp_path: Path, settings: Settings) -> None:
    inputs = jsonl(tmp_path / "in.jsonl", [doc(i) for i in range(5)] + ["[1, 2]"])
    seen: list[tuple[int, int, int]] = []

    def on_batch(report: IngestReport) -> None:
        seen.append((report.batches, report.documents, report.stored))

    with open_store(str(tmp_path / "s.duckdb")) as store:
        report = ingest([str(inputs)], store, settings=settings, batch_size=2, on_batch=on_batch)
        assert store.stats().tables["articles"] == 5
    assert seen == [(1, 2, 2), (2, 4, 4), (3, 6, 5)]
    assert (report.documents, report.stored, report.failed) == (6, 5, 1)
    assert report.failures[0].source_name.endswith("in.jsonl:6")
    assert len(report.article_ids) == 5


def test_a_store_error_stops_the_run_and_keeps_earlier_batches(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = jsonl(tmp_path / "in.jsonl", [doc(i) for i in range(6)])
    with open_store(str(tmp_path / "s.duckdb")) as store:
        original = store.add_batch
        calls = {"n": 0}

        def failing_second_batch(articles: Any, *rest: Any) -> BatchResult:
            calls["n"] += 1
            if calls["n"] == 2:
                raise StoreError("disk full (simulated)")
            return original(articles, *rest)

        monkeypatch.setattr(store, "add_batch", failing_second_batch)
        with pytest.raises(StoreError, match="disk full"):
            ingest([str(inputs)], store, settings=settings, batch_size=2)
        assert store.stats().tables["articles"] == 2


def test_the_date_override_reaches_the_stored_record(tmp_path: Path, settings: Settings) -> None:
    inputs = jsonl(tmp_path / "in.jsonl", [doc(1)])
    with open_store(":memory:") as store:
        report = ingest([str(inputs)], store, settings=settings, date="2024-05-06")
        article = store.article(report.article_ids[0])
    assert isinstance(article, Article) and article.meta.published == "2024-05-06"


def test_a_string_that_is_not_utf8_loses_no_batch(tmp_path: Path, settings: Settings) -> None:
    """A file name with byte 0xFF and a lone surrogate in a title are replaced, with a warning."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"{i}.txt").write_text(f"Talks in city {i} went on today.", encoding="utf-8")
    bad_name = os.fsdecode(os.fsencode(folder) + b"/2b\xff.txt")
    Path(bad_name).write_text("Negotiators met in Vienna on Tuesday.", encoding="utf-8")
    line = json.dumps({"id": "s", "title": "bad \ud800 title", "text": "Troops left the city."})
    jsonl(folder / "3c.jsonl", [line])
    with open_store(str(tmp_path / "s.duckdb")) as store, pytest.warns(UserWarning) as caught:
        report = ingest([str(folder)], store, settings=settings, batch_size=2)
        articles = {a.meta.input.path or "": a for a in store.iter_articles()}
    assert (report.stored, report.failed) == (6, 0)
    paths = sorted(articles)
    assert any(p.endswith("2b\ufffd.txt") for p in paths)
    titles = [a.meta.title for a in articles.values() if a.meta.title]
    assert titles == ["bad \ufffd title"]
    messages = [str(w.message) for w in caught]
    assert sum("not valid Unicode" in m for m in messages) == 2
    for article in articles.values():
        json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize(("given", "stored"), [(None, None), ("2025-01-02", "2025-01-02")])
def test_a_line_with_a_date_that_cannot_be_parsed_is_stored(
    tmp_path: Path, settings: Settings, given: str | None, stored: str | None
) -> None:
    line = json.dumps({"id": "x", "text": "Troops left the city.", "date": "12:01 PM"})
    inputs = jsonl(tmp_path / "in.jsonl", [line, doc(1)])
    with open_store(str(tmp_path / "s.duckdb")) as store, pytest.warns(UserWarning, match="E104"):
        report = ingest([str(inputs)], store, settings=settings, date=given)
        [article] = [a for a in store.iter_articles() if a.meta.input.id == "x"]
    assert (report.stored, report.failed) == (2, 0)
    assert article.meta.published == stored
