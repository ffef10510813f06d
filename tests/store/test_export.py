"""Export: JSONL records, one CSV or Parquet file per table, and checked output paths."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from eventwire.errors import StoreError
from eventwire.records import Article
from eventwire.store import Store
from eventwire.store.schema import TABLES


def test_jsonl_holds_every_record_rebuilt(
    filled: Store, articles: list[Article], tmp_path: Path
) -> None:
    (written,) = filled.export("jsonl", tmp_path / "out.jsonl")
    records = [
        Article.from_dict(json.loads(line))
        for line in written.read_text(encoding="utf-8").splitlines()
    ]
    assert records == sorted(articles, key=lambda a: a.id)
    assert not (tmp_path / "out.jsonl.part").exists()


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_one_file_per_table(filled: Store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "it's here"  # a quote in the path is escaped, not refused
    written = filled.export(fmt, out)  # type: ignore[arg-type]
    assert [p.name for p in written] == [f"{t}.{fmt}" for t in TABLES]
    counts = filled.stats().tables
    for path in written:
        if fmt == "csv":
            with path.open(newline="", encoding="utf-8") as stream:
                rows = list(csv.DictReader(stream))
        else:
            rows = pq.read_table(path).to_pylist()
        assert len(rows) == counts[path.stem], path.name
    events = pq.read_table(out / "events.parquet").to_pylist() if fmt == "parquet" else None
    if events is not None:
        assert {e["cameo"] for e in events} == {"040", "190", "194", "111"}


@pytest.mark.parametrize(
    ("fmt", "out", "message"),
    [
        ("csv", "{tmp}/no/such/parent/out", "parent directory does not exist"),
        ("csv", "{tmp}/a_file", "not a directory"),
        ("jsonl", "{tmp}", "is a directory"),
        ("jsonl", "{tmp}/missing/out.jsonl", "directory does not exist"),
        ("parquet", "bad\x00dir", "NUL"),
        ("jsonl", "", "not a usable path"),
    ],
)
def test_unusable_export_paths_are_refused(
    filled: Store, tmp_path: Path, fmt: str, out: str, message: str
) -> None:
    (tmp_path / "a_file").write_text("x")
    with pytest.raises(StoreError, match=message):
        filled.export(fmt, Path(out.format(tmp=tmp_path)) if out else out)  # type: ignore[arg-type]
    assert not (tmp_path / "no").exists()
