"""``eventwire counts``: groups, formats, filters, --per-story without stories, bad dimensions."""

from __future__ import annotations

import csv
import io
import json

import pytest

from cli_runner import Run
from eventwire.records import Article
from eventwire.store import Filters, open_store


def test_counts_json_matches_the_store(cli: Run, filled_db: tuple[str, list[Article]]) -> None:
    db, _ = filled_db
    result = cli("counts", "--by", "root,quadclass", "--db", db, "--format", "json")
    assert result.code == 0, result.err
    document = json.loads(result.out)
    assert document["by"] == ["root", "quadclass"] and document["per_story"] is False
    with open_store(db, read_only=True) as store:
        events = store.events(Filters(limit=None))
    assert sum(g["events"] for g in document["groups"]) == len(events)
    assert set(document["groups"][0]) == {"root", "quad_class", "events", "goldstein"}


def test_counts_csv_and_table(cli: Run, filled_db: tuple[str, list[Article]]) -> None:
    db, _ = filled_db
    result = cli("counts", "--by", "dyad", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert rows and list(rows[0]) == ["source", "target", "events", "goldstein"]
    table = cli("counts", "--by", "plover", "--db", db)
    assert table.code == 0 and "per report" in table.out


def test_counts_filters(cli: Run, filled_db: tuple[str, list[Article]]) -> None:
    db, _ = filled_db
    result = cli("counts", "--by", "root", "--cameo", "19", "--db", db, "--format", "json")
    groups = json.loads(result.out)["groups"]
    assert groups and all(g["root"] == "19" for g in groups)


def test_per_story_without_stories_says_so(cli: Run, filled_db: tuple[str, list[Article]]) -> None:
    db, _ = filled_db
    result = cli("counts", "--by", "day", "--per-story", "--db", db, "--format", "json")
    assert result.code == 0
    assert json.loads(result.out)["per_story"] is False
    assert "no stories in this store" in result.err


def test_unknown_dimension_is_a_usage_error(
    cli: Run, filled_db: tuple[str, list[Article]], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = filled_db
    with pytest.raises(SystemExit) as caught:
        cli("counts", "--by", "hour", "--db", db)
    assert caught.value.code == 2
    assert "cannot count by 'hour'" in capsys.readouterr().err
