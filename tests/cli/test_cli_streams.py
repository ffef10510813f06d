"""Closed or full standard streams: one coded line on stderr, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest

COMMAND = [sys.executable, "-m", "eventwire.cli", "process"]


def _run(
    args: list[str], stdout: IO[str] | int, preexec_fn: Callable[[], None] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, *args],
        text=True,
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=300,
        check=False,
        preexec_fn=preexec_fn,
    )


def _one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if not line.startswith("warning:")]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_closed_standard_input_is_a_failure_of_dash_only(tmp_path: Path) -> None:
    story = tmp_path / "a.txt"
    story.write_text("Officials met in Vienna on Tuesday.", encoding="utf-8")
    closed = _run([str(story), "-"], stdout=subprocess.PIPE, preexec_fn=_close_stdin)
    assert closed.returncode == 1
    assert closed.stdout.count("\n") == 1
    assert _one_line(closed.stderr) == "eventwire: [E100] -: standard input is closed"


def _close_stdin() -> None:
    os.close(0)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_standard_output_is_one_coded_line(tmp_path: Path) -> None:
    story = tmp_path / "a.txt"
    story.write_text("Officials met in Vienna on Tuesday.", encoding="utf-8")
    with Path("/dev/full").open("w") as full:
        result = _run([str(story)], full)
    assert result.returncode == 1
    assert _one_line(result.stderr).startswith("eventwire: [E401] standard output: cannot write")
