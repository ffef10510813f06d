"""A run killed with SIGKILL mid-ingest, then re-run, stores every article exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from cli_runner import write_jsonl
from eventwire.store import open_store
from eventwire.store.schema import LAYER_TABLES

DOCUMENTS = 300
BATCH = 5
KILL_AFTER_BATCHES = 3

# Each layer table's key: no row may appear twice.
KEYS = {
    "actor_mentions": "article_id, actor_id, seq",
    "actor_members": "article_id, actor_id, seq",
    "event_triggers": "article_id, event_id, seq",
    "statement_content": "article_id, statement_id, seq",
}


def ingest_command(inputs: Path, db: Path) -> list[str]:
    return [
        sys.executable, "-m", "eventwire.cli", "ingest", str(inputs), "--db", str(db),
        "--batch-size", str(BATCH), "--progress", "lines",
    ]  # fmt: skip


@pytest.mark.slow
def test_killed_ingest_then_rerun_stores_each_article_once(tmp_path: Path) -> None:
    texts = [
        f"Officials in district {i} said the talks with the rebels went well on Monday."
        for i in range(DOCUMENTS)
    ]
    inputs = write_jsonl(tmp_path / "tiny.jsonl", texts)
    db = tmp_path / "killed.duckdb"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        ingest_command(inputs, db),
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stderr is not None
    committed = 0
    for line in proc.stderr:  # wait for committed batches, not for a fixed time
        if " committed: " in line:
            committed += 1
            if committed == KILL_AFTER_BATCHES:
                proc.send_signal(signal.SIGKILL)
                break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"

    with open_store(str(db), read_only=True) as store:
        partial = store.stats().tables
    assert partial["articles"] >= KILL_AFTER_BATCHES * BATCH
    assert partial["articles"] % BATCH == 0, "only whole batches are stored"
    assert partial["sightings"] == partial["articles"]

    rerun = subprocess.run(
        ingest_command(inputs, db), capture_output=True, text=True, env=env, timeout=300
    )
    assert rerun.returncode == 0, rerun.stderr

    with open_store(str(db), read_only=True) as store:
        tables = store.stats().tables
        con = store._con  # type: ignore[attr-defined]
        for table in LAYER_TABLES:
            key = KEYS.get(table, "article_id, id")
            total, distinct = con.execute(
                f"SELECT count(*), count(DISTINCT ({key})) FROM {table}"
            ).fetchone()
            assert total == distinct, f"duplicate rows in {table}"
        (distinct_sightings,) = con.execute(
            "SELECT count(DISTINCT article_id) FROM sightings"
        ).fetchone()
    assert tables["articles"] == DOCUMENTS
    assert distinct_sightings == DOCUMENTS
    assert tables["sightings"] == DOCUMENTS + partial["articles"]
