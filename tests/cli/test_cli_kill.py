"""A run killed with SIGKILL mid-ingest, then re-run, stores every article exactly once (DuckDB and
PostgreSQL)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from backends import BACKENDS, fresh_location, tables_with_repeated_keys
from cli_runner import write_jsonl
from eventwire.store import open_store

DOCUMENTS = 300
BATCH = 5
KILL_AFTER_BATCHES = 3


def ingest_command(inputs: Path, db: str) -> list[str]:
    return [
        sys.executable, "-m", "eventwire.cli", "ingest", str(inputs), "--db", db,
        "--batch-size", str(BATCH), "--progress", "lines",
    ]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("backend", BACKENDS)
def test_killed_ingest_then_rerun_stores_each_article_once(
    request: pytest.FixtureRequest, backend: str, tmp_path: Path
) -> None:
    with fresh_location(request, backend, tmp_path) as db:
        kill_then_rerun(tmp_path, db)


def kill_then_rerun(tmp_path: Path, db: str) -> None:
    texts = [
        f"Officials in district {i} said the talks with the rebels went well on Monday."
        for i in range(DOCUMENTS)
    ]
    inputs = write_jsonl(tmp_path / "tiny.jsonl", texts)
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

    with open_store(db, read_only=True) as store:
        partial = store.stats().tables
    assert partial["articles"] >= KILL_AFTER_BATCHES * BATCH
    assert partial["articles"] % BATCH == 0, "only whole batches are stored"
    assert partial["sightings"] == partial["articles"]

    rerun = subprocess.run(
        ingest_command(inputs, db), capture_output=True, text=True, env=env, timeout=300
    )
    assert rerun.returncode == 0, rerun.stderr

    with open_store(db, read_only=True) as store:
        tables = store.stats().tables
        assert tables_with_repeated_keys(store) == []
        sql = "SELECT count(DISTINCT article_id) FROM sightings"
        ((distinct_sightings,),) = store._fetch(sql, [])  # type: ignore[attr-defined]
    assert tables["articles"] == DOCUMENTS
    assert distinct_sightings == DOCUMENTS
    assert tables["sightings"] == DOCUMENTS + partial["articles"]
