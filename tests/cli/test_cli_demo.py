"""``eventwire demo``: ingests the examples into the store, prints what it found, idempotent."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from cli_runner import Run
from eventwire.store import open_store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_demo_twice_stores_each_example_once(cli: Run, db: str) -> None:
    first = cli("demo", str(EXAMPLES), "--db", db)
    assert first.code == 0, first.err
    with open_store(db, read_only=True) as store:
        tables = store.stats().tables
    second = cli("demo", str(EXAMPLES), "--db", db)
    assert second.code == 0, second.err
    with open_store(db, read_only=True) as store:
        again = store.stats().tables
    assert tables["articles"] >= 5
    assert {t: n for t, n in again.items() if t != "sightings"} == {
        t: n for t, n in tables.items() if t != "sightings"
    }
    assert again["sightings"] == 2 * tables["sightings"]
    for layer in ("actors", "events", "statements"):
        assert f"{layer}: none found yet" in second.out or f"{layer} (" in second.out


def test_demo_without_examples_is_an_error(cli: Run, db: str, tmp_path: Path) -> None:
    result = cli("demo", str(tmp_path / "nowhere"), "--db", db)
    assert result.code == 1 and "no such examples directory" in result.err


def test_demo_runs_outside_the_repository_from_the_packaged_examples(
    cli: Run, db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no ./examples here
    result = cli("demo", "--db", db)
    assert result.code == 0, result.err
    with open_store(db, read_only=True) as store:
        assert store.stats().tables["articles"] >= 5


def test_the_packaged_examples_are_the_repository_examples() -> None:
    packaged = Path(str(resources.files("eventwire") / "examples"))
    names = sorted(p.name for p in EXAMPLES.iterdir())
    assert sorted(p.name for p in packaged.iterdir()) == names
    for name in names:
        assert (packaged / name).read_bytes() == (EXAMPLES / name).read_bytes(), name
