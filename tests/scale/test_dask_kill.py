"""``ingest --dask local:2`` with a worker killed by SIGKILL mid-run: its partitions run again on
a worker (writing their Parquet shards again under the same names), every article is stored
exactly once, the records equal a one-process run, and no shard file is left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import psutil
import pytest

from backends import tables_with_repeated_keys
from eventwire.config import Settings
from eventwire.pipeline import process_many
from eventwire.store import open_store
from scale_corpus import write_corpus

DOCUMENTS = 48
BATCH = 3


def dask_workers(pid: int) -> list[psutil.Process]:
    """The worker processes a ``LocalCluster`` started under process ``pid`` (spawned by nannies)."""
    children = psutil.Process(pid).children(recursive=True)
    return [p for p in children if "spawn_main" in " ".join(p.cmdline())]


@pytest.mark.slow
def test_a_killed_dask_worker_loses_nothing_and_duplicates_nothing(
    location: str, tmp_path: Path
) -> None:
    inputs = write_corpus(tmp_path / "stories.jsonl", DOCUMENTS)
    shards = tmp_path / "shards"
    shards.mkdir()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [
        sys.executable, "-m", "eventwire.cli", "ingest", str(inputs), "--db", location,
        "--dask", "local:2", "--shards", str(shards), "--batch-size", str(BATCH),
        "--progress", "lines",
    ]  # fmt: skip
    run = subprocess.Popen(
        command, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )
    assert run.stderr is not None and run.stdout is not None
    killed = None
    log = []
    for line in run.stderr:  # the first committed batch: both workers are busy with the next ones
        log.append(line)
        if " committed: " in line and killed is None:
            workers = dask_workers(run.pid)
            assert len(workers) == 2, log
            killed = workers[0].pid
            os.kill(killed, signal.SIGKILL)
    run.wait(timeout=600)
    summary = run.stdout.read()
    assert killed is not None, "the run ended before a batch was committed"
    assert run.returncode == 0, "".join(log)
    committed = [line for line in log if line.startswith("eventwire: batch ")]
    assert f"committed: {DOCUMENTS} documents" in committed[-1]
    assert "stored:" in summary and f"{DOCUMENTS:>8,}" in summary
    assert not psutil.pid_exists(killed) or psutil.Process(killed).status() == psutil.STATUS_ZOMBIE
    assert list(shards.iterdir()) == []  # every shard loaded and removed, the run's folder too

    settings = Settings.build({"check_records": True, "n_process": 1}, env={})
    expected = {a.id: a.to_dict() for a in process_many([inputs], settings=settings)}
    with open_store(location, read_only=True) as store:
        assert tables_with_repeated_keys(store) == []
        tables = store.stats().tables
        stored = {a.id: a.to_dict() for a in store.iter_articles()}
        parses = store.parses(list(expected))
    assert tables["articles"] == tables["sightings"] == DOCUMENTS
    assert stored == expected
    assert sorted(parses) == sorted(expected)
