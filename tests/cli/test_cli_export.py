"""``eventwire export``: every format of the demo store, loaded by its consumer, counted against
``eventwire events --limit 0``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq
import pytest

from cli_runner import Run
from eventwire.export.gdelt import COLUMNS


@pytest.fixture
def event_count(cli: Run, demo_db: str) -> int:
    result = cli("events", "--db", demo_db, "--limit", "0", "--format", "jsonl")
    assert result.code == 0 and result.err == "", result.err
    return len(result.out.splitlines())


def loaded_count(fmt: str, path: Path) -> int:
    """Load one export with the tool its users would use; return how many events it holds."""
    if fmt == "csv":
        return int(pa_csv.read_csv(path / "events.csv").num_rows)
    if fmt == "parquet":
        return int(pq.read_table(path / "events.parquet").num_rows)
    if fmt == "graphml":
        return int(nx.read_graphml(path).graph["events_total"])
    lines = path.read_text(encoding="utf-8").splitlines()
    if fmt == "gdelt":
        assert {len(line.split("\t")) for line in lines} == {len(COLUMNS)}
        return len(lines)
    if fmt == "plover":
        return len([json.loads(line) for line in lines])
    return sum(len(json.loads(line)["events"]) for line in lines)  # jsonl: article records


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "gdelt", "plover", "graphml"])
def test_every_format_holds_every_event(
    cli: Run, demo_db: str, event_count: int, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"out.{fmt}"
    result = cli("export", "--format", fmt, "--db", demo_db, str(out))
    assert result.code == 0, result.err
    assert f"eventwire: wrote {out}" in result.err
    assert event_count > 20 and loaded_count(fmt, out) == event_count


@pytest.mark.parametrize("fmt", ["gdelt", "plover", "graphml"])
def test_dash_writes_to_stdout(
    cli: Run, demo_db: str, tmp_path: Path, event_count: int, fmt: str
) -> None:
    result = cli("export", "--format", fmt, "--db", demo_db, "-")
    assert result.code == 0 and result.err == "", result.err
    written = cli("export", "--format", fmt, "--db", demo_db, str(tmp_path / "file"))
    assert written.code == 0
    assert result.out == (tmp_path / "file").read_text(encoding="utf-8")
    if fmt == "graphml":
        assert nx.read_graphml(io.BytesIO(result.out.encode())).graph["events_total"] == event_count


def test_a_bad_request_is_one_line_and_exit_code_1(cli: Run, demo_db: str) -> None:
    result = cli("export", "--format", "csv", "--db", demo_db, "-")
    assert result.code == 1 and result.err.count("\n") == 1 and "[E400]" in result.err
