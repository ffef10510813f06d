"""Paths: missing and unsupported inputs, directory walks, symlinks, input order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventwire.errors import EmptyInputError, InputError, UnsupportedInputError
from eventwire.ingest import FORMATS, Failure, RawDocument, iter_documents
from eventwire.ingest.paths import extension_of, format_of


def _touch(path: Path, text: str = "The council met on Monday.") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "extension", "fmt"),
    [
        ("a.txt", ".txt", "txt"),
        ("A.TXT", ".txt", "txt"),
        ("notes.md", ".md", "txt"),
        ("r.Pdf", ".pdf", "pdf"),
        ("p.htm", ".htm", "html"),
        ("feed.atom", ".atom", "feed"),
        ("crawl.WARC.GZ", ".warc.gz", "warc"),
        ("crawl.warc", ".warc", "warc"),
        ("story.txt.gz", ".gz", None),
        ("README", "", None),
        ("archive.tar.gz", ".gz", None),
    ],
)
def test_formats_come_from_extensions(name, extension, fmt):
    assert extension_of(name) == extension
    assert format_of(name) == fmt


def test_missing_path(read, tmp_path):
    missing = tmp_path / "nowhere" / "story.txt"

    [failure] = read(missing)

    assert isinstance(failure, Failure)
    assert type(failure.error) is InputError
    assert failure.reason == f"[E100] {missing}: no such file or directory"


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("report.docx", "unsupported file type '.docx'"),
        ("story.txt.gz", "unsupported file type '.gz'"),
        ("README", "no file extension"),
    ],
)
def test_unsupported_file(read, tmp_path, name, fragment):
    path = _touch(tmp_path / name)

    [failure] = read(path)

    assert isinstance(failure, Failure)
    assert isinstance(failure.error, UnsupportedInputError)
    assert fragment in failure.reason
    assert all(extension in failure.reason for extension in FORMATS)


def test_directory_is_walked_recursively_in_sorted_order(read, tmp_path):
    root = tmp_path / "corpus"
    for name in ["b/2.txt", "b/1.txt", "a.txt", "c.md", "b/deeper/0.txt", "b.txt", "B.txt"]:
        _touch(root / name, f"Text of {name}.")
    _touch(root / "notes.docx")  # unsupported: skipped
    _touch(root / ".hidden.txt")  # hidden: skipped
    _touch(root / ".git" / "x.txt")  # inside a hidden directory: skipped
    (root / "empty").mkdir()

    items = read(root)

    assert all(isinstance(item, RawDocument) for item in items)
    expected = ["B.txt", "a.txt", "b/1.txt", "b/2.txt", "b/deeper/0.txt", "b.txt", "c.md"]
    assert [item.source_name for item in items] == [str(root / name) for name in expected]
    assert [item.text for item in items] == [f"Text of {name}." for name in expected]


def test_path_of_a_walked_file_keeps_the_form_given(read, tmp_path):
    _touch(tmp_path / "in" / "a.txt")

    [doc] = read("in/")  # relative to the working directory (tmp_path)

    assert isinstance(doc, RawDocument)
    assert doc.path == doc.source_name == os.path.join("in", "a.txt")


@pytest.mark.parametrize("names", [[], ["photo.png", "data.csv", ".secret.txt"]])
def test_directory_without_supported_files(read, tmp_path, names):
    root = tmp_path / "nothing"
    root.mkdir()
    for name in names:
        _touch(root / name)

    [failure] = read(root)

    assert isinstance(failure, Failure)
    assert isinstance(failure.error, UnsupportedInputError)
    assert failure.source_name == str(root)
    assert "directory holds no supported file" in failure.reason


def test_bad_files_in_a_directory_do_not_stop_the_walk(read, tmp_path):
    root = tmp_path / "mixed"
    _touch(root / "1.txt")
    (root / "2.txt").write_bytes(b"")
    _touch(root / "3.txt")

    first, failure, third = read(root)

    assert isinstance(first, RawDocument)
    assert isinstance(failure, Failure)
    assert isinstance(failure.error, EmptyInputError)
    assert failure.source_name == str(root / "2.txt")
    assert isinstance(third, RawDocument)


def test_walk_does_not_leave_the_directory_through_symlinks(read, tmp_path):
    outside = _touch(tmp_path / "private" / "secret.txt", "Outside text.")
    _touch(tmp_path / "private" / "more.txt", "More outside text.")
    root = tmp_path / "corpus"
    _touch(root / "a.txt", "Inside text.")
    (root / "link_out.txt").symlink_to(outside)
    (root / "link_dir").symlink_to(outside.parent, target_is_directory=True)
    (root / "link_in.txt").symlink_to(root / "a.txt")
    (root / "broken.txt").symlink_to(tmp_path / "gone.txt")

    items = read(root)

    assert [item.source_name for item in items] == [str(root / "a.txt"), str(root / "link_in.txt")]
    assert all(isinstance(item, RawDocument) for item in items)


def test_inputs_are_read_in_order_past_bad_ones(read, tmp_path):
    first = _touch(tmp_path / "first.txt", "First.")
    last = _touch(tmp_path / "last.md", "Last.")

    items = read(first, tmp_path / "missing.txt", str(tmp_path / "x.docx"), last)

    assert [type(item) for item in items] == [RawDocument, Failure, Failure, RawDocument]
    assert [item.source_name for item in items] == [
        str(first),
        str(tmp_path / "missing.txt"),
        str(tmp_path / "x.docx"),
        str(last),
    ]


def test_a_bare_path_is_one_input(tmp_path, settings):
    path = _touch(tmp_path / "a.txt")

    by_str = list(iter_documents(str(path), settings))
    by_path = list(iter_documents(path, settings))

    assert [item.source_name for item in by_str + by_path] == [str(path), str(path)]


def test_a_parser_crash_becomes_a_failure(read, tmp_path, monkeypatch, html_page):
    import trafilatura

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("parser exploded\nwith a second line")

    monkeypatch.setattr(trafilatura, "bare_extraction", crash)
    page = tmp_path / "page.html"
    page.write_text(html_page("The mayor resigned on Friday."), encoding="utf-8")
    after = _touch(tmp_path / "after.txt")

    failure, doc = read(page, after)

    assert isinstance(failure, Failure)
    assert failure.reason == (
        f"[E104] {page}: damaged or unreadable input (RuntimeError: parser exploded)"
    )
    assert isinstance(doc, RawDocument)


@pytest.mark.skipif(os.name != "posix", reason="needs a FIFO")
def test_a_special_file_is_refused(read, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    [failure] = read(fifo)

    assert isinstance(failure, Failure)
    assert isinstance(failure.error, UnsupportedInputError)
    assert "not a regular file or directory" in failure.reason
