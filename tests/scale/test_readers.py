"""A query run while an ingest writes to the same store works (PostgreSQL) or fails at once with
why and what to do (a DuckDB file has one writing process and no readers meanwhile)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from scale_corpus import write_corpus


def eventwire(*argv: str) -> list[str]:
    return [sys.executable, "-m", "eventwire.cli", *argv]


@pytest.mark.slow
def test_a_query_during_an_ingest(location: str, tmp_path: Path) -> None:
    inputs = write_corpus(tmp_path / "stories.jsonl", 200)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    writer = subprocess.Popen(
        eventwire("ingest", str(inputs), "--db", location, "--batch-size", "2",
                  "--workers", "1", "--progress", "lines"),
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env,
    )  # fmt: skip
    assert writer.stderr is not None
    try:
        for line in writer.stderr:  # a batch is committed: the writer holds the store
            if " committed: " in line:
                break
        query = subprocess.run(
            eventwire("events", "--db", location, "--limit", "0", "--format", "json"),
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        still_writing = writer.poll() is None
    finally:
        writer.kill()
        writer.wait()
    assert still_writing, "the ingest ended before the query ran"
    if location.startswith("postgresql://"):
        assert query.returncode == 0, query.stderr
        assert query.stdout.startswith("[")
    else:
        assert query.returncode == 1
        assert f"process {writer.pid} has it open" in query.stderr
        assert "when that process has finished" in query.stderr
        assert "PostgreSQL" in query.stderr
