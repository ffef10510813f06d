"""PostgreSQL against DuckDB through the command line: the same records, rows and exports from the
same inputs (only write and sighting times differ), and two ingests into one PostgreSQL database
at the same time storing each article once."""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from backends import tables_with_repeated_keys
from cli_runner import Run, write_jsonl
from eventwire.export.gdelt import GDELT_COLUMNS
from eventwire.store import Filters, open_store
from eventwire.store.schema import TABLES

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# Filters that select something in the examples (and one that selects nothing).
FILTERS = [
    Filters(limit=None),
    Filters(actor="iran", limit=None),
    Filters(actor="USA", limit=None),
    Filters(country="RUS", limit=None),
    Filters(cameo="0", limit=None),
    Filters(text="president", limit=None),
    Filters(since=dt.date(2018, 1, 1), limit=None),
    Filters(kind="direct", limit=None),
    Filters(actor="nobody at all", limit=None),
    Filters(limit=3),
]
ONE_FILE_FORMATS = ("jsonl", "gdelt", "plover", "graphml")
QUERIES = ("events", "statements", "actors", "quantities", "quantity_totals")

# The columns whose values are the time a row was written, which no two stores share.
WRITE_TIMES = {"articles": "stored_at", "sightings": "seen_at", "stories": "updated_at"}


def ingest_examples(cli: Run, db: str) -> None:
    result = cli("ingest", str(EXAMPLES), "--db", db, "--batch-size", "2", "--progress", "none")
    assert result.code == 0, result.err


def test_postgresql_and_duckdb_give_the_same_records_and_rows(
    cli: Run, tmp_path: Path, pg_url: str
) -> None:
    duck = str(tmp_path / "store.duckdb")
    for db in (duck, pg_url):
        ingest_examples(cli, db)
    for fmt in ONE_FILE_FORMATS:
        exported = {}
        for name, db in (("duckdb", duck), ("postgresql", pg_url)):
            out = tmp_path / f"{name}.{fmt}"
            assert cli("export", "--format", fmt, "--db", db, str(out)).code == 0
            exported[name] = without_write_times(fmt, out.read_text(encoding="utf-8"))
        assert exported["postgresql"] == exported["duckdb"], fmt
        assert len(exported["duckdb"].splitlines()) >= 5, fmt

    with open_store(duck, read_only=True) as d, open_store(pg_url, read_only=True) as p:
        assert p.stats() == d.stats()
        for query in QUERIES:
            for filters in FILTERS:
                assert getattr(p, query)(filters) == getattr(d, query)(filters), (query, filters)
        assert d.events(Filters(limit=None)) and d.statements(Filters(kind="direct"))
    for command in ("events", "statements", "actors", "quantities"):
        outputs = [
            cli(command, "--db", db, "--format", "jsonl", "--limit", "0").out
            for db in (duck, pg_url)
        ]
        assert outputs[0] == outputs[1] and outputs[0], command


def without_write_times(fmt: str, text: str) -> str:
    """An export with GDELT's DATEADDED (the time of the first sighting) blanked."""
    if fmt != "gdelt":
        return text
    at = GDELT_COLUMNS.index("DATEADDED")
    rows = [line.split("\t") for line in text.splitlines()]
    return "\n".join("\t".join([*row[:at], "", *row[at + 1 :]]) for row in rows)


def test_csv_exports_differ_only_in_write_times(cli: Run, tmp_path: Path, pg_url: str) -> None:
    duck = str(tmp_path / "store.duckdb")
    for name, db in (("duckdb", duck), ("postgresql", pg_url)):
        ingest_examples(cli, db)
        assert cli("export", "--format", "csv", "--db", db, str(tmp_path / name)).code == 0
    for table in TABLES:
        tables = [
            read_csv(tmp_path / name / f"{table}.csv", drop=WRITE_TIMES.get(table))
            for name in ("duckdb", "postgresql")
        ]
        assert tables[0] == tables[1], table


def read_csv(path: Path, drop: str | None) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    return [{k: v for k, v in row.items() if k != drop} for row in rows]


# -- two ingests at once ---------------------------------------------------------------------------

SHARED, OWN = 60, 30


def ingest_process(inputs: Path, db: str) -> subprocess.Popen[str]:
    command = [
        sys.executable, "-m", "eventwire.cli", "ingest", str(inputs), "--db", db,
        "--batch-size", "5", "--progress", "none",
    ]  # fmt: skip
    return subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def summary_count(out: str, label: str) -> int:
    match = re.search(rf"^\s*{label}:\s+(\d+)", out, re.MULTILINE)
    assert match, (label, out)
    return int(match[1])


def wait_for_blocked_writers(url: str, processes: list[subprocess.Popen[str]]) -> None:
    """Wait until every process waits for a lock in the database (each at its first batch)."""
    deadline = time.monotonic() + 300
    with psycopg.connect(url, autocommit=True) as watcher:
        while time.monotonic() < deadline:
            assert all(p.poll() is None for p in processes), "an ingest ended before writing"
            (waiting,) = watcher.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock'"
            ).fetchone() or (0,)
            if waiting == len(processes):
                return
            time.sleep(0.2)
    pytest.fail("the ingests never reached their first batch")


@pytest.mark.slow
def test_two_ingests_at_once_store_every_article_once(tmp_path: Path, pg_url: str) -> None:
    texts = [
        f"Officials in province {i} said the ceasefire talks with the rebels resumed on Monday."
        for i in range(SHARED + 2 * OWN)
    ]
    # Both inputs start with the same documents; both processes are held at their first batch
    # (the articles table locked) and let go together, so they write the same ids at once.
    first = write_jsonl(tmp_path / "first.jsonl", texts[: SHARED + OWN])
    second = write_jsonl(tmp_path / "second.jsonl", texts[:SHARED] + texts[SHARED + OWN :])
    open_store(pg_url).close()  # the schema exists before the lock is taken
    with psycopg.connect(pg_url) as holder:
        holder.execute("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE")
        processes = [ingest_process(path, pg_url) for path in (first, second)]
        wait_for_blocked_writers(pg_url, processes)
    outputs = [process.communicate(timeout=600) for process in processes]
    for process, (_, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, err

    stored = [summary_count(out, "stored") for out, _ in outputs]
    present = [summary_count(out, "already present") for out, _ in outputs]
    assert sum(stored) == len(texts) and sum(present) == SHARED, outputs
    with open_store(pg_url, read_only=True) as store:
        tables = store.stats().tables
        assert tables["articles"] == len(texts)
        assert tables["sightings"] == 2 * (SHARED + OWN)
        assert tables_with_repeated_keys(store) == []
        ids = [article.id for article in store.iter_articles()]
        assert len(set(ids)) == len(texts)
        assert all(len(store.sightings(i)) in (1, 2) for i in ids)


def test_the_ingest_summary_names_the_postgresql_store_without_its_password(
    cli: Run, tmp_path: Path, pg_url: str
) -> None:
    with_password = pg_url.replace("://postgres@", "://postgres:not-checked@")
    inputs = write_jsonl(tmp_path / "one.jsonl", ["Police arrested twelve protesters in Lagos."])
    result = cli("ingest", str(inputs), "--db", with_password, "--progress", "none")
    assert result.code == 0, result.err
    assert "not-checked" not in result.out + result.err
    assert "postgres:***@127.0.0.1" in result.out
