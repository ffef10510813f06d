"""``eventwire ingest``: effects checked through the store API."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_runner import Run, write_jsonl
from eventwire.store import open_store

GOOD_DOCUMENTS = 4


def counts(db: str) -> dict[str, int]:
    with open_store(db, read_only=True) as store:
        return store.stats().tables


def test_ingest_stores_every_document_once_and_each_sighting(
    cli: Run, db: str, good_inputs: Path
) -> None:
    first = cli("ingest", str(good_inputs), "--db", db)
    assert first.code == 0, first.err
    assert "stored:" in first.out and f"{GOOD_DOCUMENTS:>8}" in first.out
    second = cli("ingest", str(good_inputs), "--db", db)
    assert second.code == 0, second.err
    tables = counts(db)
    assert (tables["articles"], tables["sightings"]) == (GOOD_DOCUMENTS, 2 * GOOD_DOCUMENTS)
    with open_store(db, read_only=True) as store:
        for article in store.iter_articles():
            sightings = store.sightings(article.id)
            assert len(sightings) == 2
            assert {s.format for s in sightings} <= {"txt", "jsonl"}
    assert "already present:" in second.out


def test_a_pipeline_version_bump_reprocesses_without_duplicates(
    cli: Run, db: str, good_inputs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("ingest", str(good_inputs), "--db", db).code == 0
    before = counts(db)
    monkeypatch.setattr("eventwire.meta.__version__", "99.0.0")
    result = cli("ingest", str(good_inputs), "--db", db)
    assert result.code == 0, result.err
    assert (
        "re-processed:" in result.out
        and f"{GOOD_DOCUMENTS:>8}" in result.out.split("re-processed:")[1]
    )
    after = counts(db)
    assert {t: n for t, n in after.items() if t != "sightings"} == {
        t: n for t, n in before.items() if t != "sightings"
    }
    assert after["sightings"] == 2 * GOOD_DOCUMENTS
    with open_store(db, read_only=True) as store:
        assert all(a.meta.pipeline.eventwire == "99.0.0" for a in store.iter_articles())


def test_bad_inputs_are_listed_and_good_ones_stored(cli: Run, db: str, good_inputs: Path) -> None:
    (good_inputs / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (good_inputs / "empty.txt").write_text("   \n", encoding="utf-8")
    with (good_inputs / "wires.jsonl").open("a", encoding="utf-8") as stream:
        stream.write("{not json\n")
    result = cli("ingest", str(good_inputs), "--db", db, "--batch-size", "2")
    assert result.code == 1
    assert counts(db)["articles"] == GOOD_DOCUMENTS
    failures = [line for line in result.err.splitlines() if line.startswith("eventwire: failed:")]
    assert len(failures) == 3, result.err
    for name in ("broken.pdf", "empty.txt", "wires.jsonl:4"):
        assert any(name in line for line in failures), (name, failures)
    assert all("[E1" in line for line in failures)
    assert "failed:                   3" in result.out


def test_progress_lines_report_each_committed_batch(cli: Run, db: str, tmp_path: Path) -> None:
    inputs = write_jsonl(
        tmp_path / "five.jsonl", [f"Talks number {i} were held in Oslo today." for i in range(5)]
    )
    result = cli("ingest", str(inputs), "--db", db, "--batch-size", "2", "--progress", "lines")
    assert result.code == 0, result.err
    assert [line.split(":")[1] for line in result.err.splitlines() if "committed" in line] == [
        " batch 1 committed",
        " batch 2 committed",
        " batch 3 committed",
    ]


def test_an_unreachable_postgresql_server_is_a_clear_error(cli: Run, good_inputs: Path) -> None:
    result = cli("ingest", str(good_inputs), "--db", "postgresql://u:pw@127.0.0.1:1/news")
    assert result.code == 1
    assert "cannot connect" in result.err and "u:***@127.0.0.1:1/news" in result.err
    assert "pw" not in result.err
