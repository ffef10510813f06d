"""Export: JSONL records, one CSV or Parquet file per table, and checked output paths."""

from __future__ import annotations

import csv
import json
import os
import stat
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


def test_jsonl_replaces_a_file_whole_through_a_link_and_no_part_file_is_used(
    filled: Store, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    # The old export wrote OUT.part and renamed it over OUT: an existing OUT.part (here a link
    # to a file the user keeps) was written into, and a link at OUT was replaced by a file.
    kept = tmp_path / "kept.txt"
    kept.write_text("mine\n", encoding="utf-8")
    (tmp_path / "out.jsonl.part").symlink_to(kept)
    target = tmp_path / "target.jsonl"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "out.jsonl"
    link.symlink_to(target)
    (written,) = filled.export("jsonl", link)
    assert written == target and link.is_symlink()
    assert len(target.read_text(encoding="utf-8").splitlines()) == filled.stats().tables["articles"]
    assert kept.read_text(encoding="utf-8") == "mine\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "kept.txt", "out.jsonl", "out.jsonl.part", "target.jsonl",
    ]  # fmt: skip


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_named_pipe_or_a_device_is_refused_and_left_alone(
    filled: Store, tmp_path: Path, fmt: str
) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    fifo = tmp_path / ("out.jsonl" if fmt == "jsonl" else "articles.csv")
    os.mkfifo(fifo)
    out = fifo if fmt == "jsonl" else tmp_path
    with pytest.raises(StoreError, match=r"not a regular file \(a named pipe\)"):
        filled.export(fmt, out)  # type: ignore[arg-type]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    if fmt == "jsonl":
        with pytest.raises(StoreError, match=r"not a regular file \(a device\)"):
            filled.export("jsonl", Path("/dev/null"))
        assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)


def test_a_table_file_that_is_a_link_is_written_through(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    out.mkdir()
    target = tmp_path / "kept_articles.csv"
    target.write_text("old\n", encoding="utf-8")
    (out / "articles.csv").symlink_to(target)
    filled.export("csv", out)
    assert (out / "articles.csv").is_symlink()
    with target.open(newline="", encoding="utf-8") as stream:
        assert len(list(csv.DictReader(stream))) == filled.stats().tables["articles"]
    assert not [p for p in out.iterdir() if p.name.endswith(".part")]
