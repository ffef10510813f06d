"""One-file exports: a regular file is replaced whole or not at all; pipes and stdout are streamed."""

from __future__ import annotations

import os
import stat
import sys
import threading
from pathlib import Path

import pytest

from eventwire.errors import StoreError
from eventwire.export import export
from eventwire.export.files import text_output
from eventwire.store import Store


def test_a_new_file_is_written_and_no_temporary_file_stays(tmp_path: Path) -> None:
    with text_output(tmp_path / "out.tsv") as (stream, path):
        stream.write("a\tb\n")
    assert path == tmp_path / "out.tsv"
    assert path.read_text(encoding="utf-8") == "a\tb\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.tsv"]


def test_a_failed_export_leaves_the_old_file_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "out.tsv"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), text_output(target) as (stream, _):
        stream.write("half of the new\n")
        raise RuntimeError("the store went away")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.tsv"]


def test_the_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.tsv"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    with text_output(target) as (stream, _):
        stream.write("new\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text(encoding="utf-8") == "new\n"


def test_a_link_is_replaced_not_written_through(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n", encoding="utf-8")
    link = tmp_path / "out.tsv"
    link.symlink_to(victim)
    with text_output(link) as (stream, _):
        stream.write("new\n")
    assert victim.read_text(encoding="utf-8") == "keep me\n"
    assert not link.is_symlink() and link.read_text(encoding="utf-8") == "new\n"


def test_a_named_pipe_is_written_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    with text_output(fifo) as (stream, path):
        stream.write("through the pipe\n")
    reader.join(timeout=10)
    assert received == ["through the pipe\n"] and path == fifo
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


def test_dash_is_standard_output() -> None:
    with text_output("-") as (stream, path):
        assert stream is sys.stdout and path is None


@pytest.mark.parametrize(
    ("out", "message"),
    [
        ("{tmp}", "is a directory"),
        ("{tmp}/missing/out.tsv", "directory does not exist"),
        ("bad\x00name", "NUL"),
        ("", "not a usable path"),
    ],
)
def test_unusable_paths_are_refused(tmp_path: Path, out: str, message: str) -> None:
    with pytest.raises(StoreError, match=message), text_output(out.format(tmp=tmp_path)):
        pytest.fail("nothing may be opened")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("fmt", "out", "message"),
    [
        ("csv", "-", "only for the one-file format"),
        ("parquet", "-", "only for the one-file format"),
        ("xml", "{tmp}/out.xml", "unknown export format 'xml'"),
        ("gdelt", "{tmp}", "is a directory"),
        ("graphml", "{tmp}/no/such.graphml", "directory does not exist"),
        ("plover", "{tmp}/a\x00b", "NUL"),
    ],
)
def test_export_refuses_bad_requests_with_one_coded_line(
    sample_store: Store, tmp_path: Path, fmt: str, out: str, message: str
) -> None:
    with pytest.raises(StoreError, match=message) as caught:
        export(sample_store, fmt, out.format(tmp=tmp_path))
    assert str(caught.value).startswith("[E400]") and "\n" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []
