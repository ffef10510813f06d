"""Helpers of the CLI tests: the result of one in-process run, and JSONL input files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple


class Result(NamedTuple):
    """What one command did: its exit code and what it printed."""

    code: int
    out: str
    err: str


Run = Callable[..., Result]


def write_jsonl(path: Path, texts: list[str]) -> Path:
    """Write one JSONL document per text (ids doc-0, doc-1, ...)."""
    lines = [
        json.dumps({"id": f"doc-{i}", "text": t, "date": "2025-01-02"}) for i, t in enumerate(texts)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
