"""``eventwire stories`` and ``eventwire events --per-story``: after an ingest, one row per story
(jsonl lines carry ``id`` and ``articles``), "showing N of M" when ``--limit`` leaves rows out,
per-story event rows with their evidence, and ``eventwire eval stories`` on a gold file."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from cli_runner import Run, write_jsonl
from eventwire.store import Filters, open_store
from story_texts import REPORTS, SAME_STORY


@pytest.fixture(scope="module")
def story_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store the CLI ingested the story reports into."""
    from eventwire.cli import main

    folder = tmp_path_factory.mktemp("stories")
    wires = write_jsonl(folder / "wires.jsonl", list(REPORTS.values()))
    db = str(folder / "store.duckdb")
    assert main(["ingest", str(wires), "--db", db, "--progress", "none", "--workers", "1"]) == 0
    return db


def test_ingest_places_the_articles_in_stories(cli: Run, story_db: str) -> None:
    result = cli("stories", "--db", story_db, "--format", "jsonl", "--limit", "0")
    lines = [json.loads(line) for line in result.out.splitlines()]
    assert result.code == 0 and result.err == ""
    assert sorted(len(line["articles"]) for line in lines) == sorted(len(s) for s in SAME_STORY)
    assert all({"id", "articles"} <= set(line) for line in lines)
    with open_store(story_db, read_only=True) as store:
        stored = {s.id: s.articles for s in store.stories(Filters(limit=None))}
    assert {line["id"]: line["articles"] for line in lines} == stored


def test_limit_says_how_many_rows_were_left_out(cli: Run, story_db: str) -> None:
    result = cli("stories", "--db", story_db, "--format", "json", "--limit", "1")
    (row,) = json.loads(result.out)
    assert len(row["articles"]) == 3  # the biggest story first
    assert "showing 1 of 3 stories" in result.err


def test_csv_and_table_formats(cli: Run, story_db: str) -> None:
    rows = list(
        csv.DictReader(io.StringIO(cli("stories", "--db", story_db, "--format", "csv").out))
    )
    assert len(rows) == 3 and sorted(len(r["articles"].split()) for r in rows) == [1, 2, 3]
    table = cli("stories", "--db", story_db, "--min-articles", "2")
    assert table.code == 0 and "stories (2)" in table.out


def test_filters_select_stories(cli: Run, story_db: str) -> None:
    def ids(*options: str) -> list[str]:
        out = cli("stories", "--db", story_db, "--format", "jsonl", "--limit", "0", *options).out
        return [json.loads(line)["id"] for line in out.splitlines()]

    everything = cli("stories", "--db", story_db, "--format", "jsonl", "--limit", "0").out
    lines = [json.loads(line) for line in everything.splitlines()]
    (summit,) = [line for line in lines if len(line["articles"]) == 1]
    assert ids("--actor", "kishida") == [summit["id"]]
    assert ids("--text", "group of seven") == [summit["id"]]  # the title: its first line
    assert ids("--article", summit["articles"][0]) == [summit["id"]]
    assert len(ids("--until", "2025-01-02")) == 3  # every report is dated 2025-01-02
    assert ids("--since", "2025-01-03") == []
    assert ids("--actor", "kishida", "--min-articles", "2") == []  # filters combine with AND


def test_events_per_story_count_each_event_once(cli: Run, story_db: str) -> None:
    per_report = cli("events", "--db", story_db, "--format", "jsonl", "--limit", "0").out
    per_story = cli("events", "--db", story_db, "--per-story", "--format", "jsonl", "--limit", "0")
    clusters = [json.loads(line) for line in per_story.out.splitlines()]
    assert sum(c["reports"] for c in clusters) == len(per_report.splitlines())
    assert all(len(c["evidence"]) == c["reports"] for c in clusters)
    limited = cli("events", "--db", story_db, "--per-story", "--limit", "1", "--format", "json")
    assert len(json.loads(limited.out)) == 1
    assert f"showing 1 of {len(clusters)} event clusters" in limited.err


def test_stories_of_a_store_that_is_not_there(cli: Run, tmp_path: Path) -> None:
    result = cli("stories", "--db", str(tmp_path / "missing.duckdb"))
    assert result.code == 1 and result.err.startswith("eventwire: [E400]")


def test_eval_stories_scores_a_gold_file_of_document_clusters(cli: Run, tmp_path: Path) -> None:
    cluster_of = {name: n for n, names in enumerate(SAME_STORY) for name in names}
    gold = tmp_path / "clusters.jsonl"
    lines = [
        json.dumps({"id": f"g{n}", "text": text, "doc_cluster": f"c{cluster_of[name]}"})
        for n, (name, text) in enumerate(REPORTS.items())
    ]
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cli("eval", "stories", str(gold), "--format", "json")
    report = json.loads(result.out)
    assert result.code == 0
    assert report["figures"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert report["counts"]["documents"] == len(REPORTS)
