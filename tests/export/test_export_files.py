"""One-file exports: a regular file is replaced whole or not at all (through a link); others refused."""

from __future__ import annotations

import os
import re
import stat
import sys
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


def test_a_link_is_written_through_to_its_target_and_stays_a_link(tmp_path: Path) -> None:
    target = tmp_path / "target.tsv"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "out.tsv"
    link.symlink_to(target)
    with text_output(link) as (stream, path):
        stream.write("new\n")
    assert path == target and link.is_symlink()
    assert target.read_text(encoding="utf-8") == "new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.tsv", "target.tsv"]


def test_a_dangling_link_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "out.tsv"
    link.symlink_to(tmp_path / "target.tsv")
    with text_output(link) as (stream, _):
        stream.write("new\n")
    assert link.is_symlink() and (tmp_path / "target.tsv").read_text(encoding="utf-8") == "new\n"


def test_a_named_pipe_is_refused_with_one_coded_line(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    refused = pytest.raises(StoreError, match=re.escape("not a regular file (a named pipe)"))
    with refused as caught, text_output(fifo):
        pytest.fail("nothing may be opened")
    assert str(caught.value).startswith("[E400]") and "\n" not in str(caught.value)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


@pytest.mark.parametrize("device", ["/dev/full", "/dev/null"])
def test_a_device_is_refused_and_left_alone(device: str, tmp_path: Path) -> None:
    link = tmp_path / "out.tsv"
    link.symlink_to(device)
    for out in (device, str(link)):
        refused = pytest.raises(StoreError, match=re.escape("not a regular file (a device)"))
        with refused, text_output(out):
            pytest.fail("nothing may be opened")
    assert stat.S_ISCHR(Path(device).stat().st_mode)


def test_a_link_loop_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "out.tsv"
    link.symlink_to(link)
    with pytest.raises(StoreError, match="E400"), text_output(link):
        pytest.fail("nothing may be opened")


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
