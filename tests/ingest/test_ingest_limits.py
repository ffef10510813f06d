"""Size limits: big files are refused from their size alone, before anything is read."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from eventwire.errors import InputTooLargeError
from eventwire.ingest import Failure, RawDocument

SENTENCE = "The regional assembly voted on Thursday to extend the night-train subsidy.\n"
MB = 1 << 20


def _write_sentences(path: Path, size: int) -> Path:
    chunk = (SENTENCE * (MB // len(SENTENCE) + 1)).encode()[:MB]
    with path.open("wb") as out:
        for _ in range(size // MB):
            out.write(chunk)
        out.write(chunk[: size % MB])
    return path


@pytest.fixture
def forbid_opening(monkeypatch):
    """Make any attempt to open a file fail the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the reader opened a file it should have refused from its size")

    monkeypatch.setattr(Path, "open", refuse)


def test_a_50mb_text_file_is_refused_without_reading_it(read, tmp_path, request):
    path = _write_sentences(tmp_path / "huge.txt", 50 * MB)
    request.getfixturevalue("forbid_opening")

    started = time.perf_counter()
    [failure] = read(path)
    elapsed = time.perf_counter() - started

    assert elapsed < 0.5
    assert isinstance(failure, Failure)
    assert isinstance(failure.error, InputTooLargeError)
    assert failure.reason == (
        f"[E105] {path}: input is 52,428,800 bytes, over the limit of 4,000,000 bytes "
        "(4 bytes x max_chars=1,000,000)"
    )


def test_raised_limits_read_a_2mb_file(read, tmp_path, settings):
    path = _write_sentences(tmp_path / "big.txt", 2 * MB)
    raised = settings.replace(max_chars=3_000_000, max_file_bytes=10_000_000)

    [refused] = read(path)  # under the byte limit, but 2,097,152 characters > 1,000,000
    [doc] = read(path, settings=raised)

    assert isinstance(refused, Failure)
    assert isinstance(refused.error, InputTooLargeError)
    assert "text is 2,097,152 characters, over the limit of max_chars=1,000,000" in refused.reason
    assert isinstance(doc, RawDocument)
    assert len(doc.text) == 2 * MB
    assert doc.text.startswith(SENTENCE)


@pytest.mark.parametrize("name", ["page.html", "feed.xml", "lines.jsonl", "doc.pdf", "a.warc.gz"])
def test_max_file_bytes_applies_to_every_format(read, tmp_path, settings, name, request):
    path = tmp_path / name
    path.write_bytes(b"<" + b"x" * 5_000)
    request.getfixturevalue("forbid_opening")

    [failure] = read(path, settings=settings.replace(max_file_bytes=1_000))

    assert isinstance(failure, Failure)
    assert isinstance(failure.error, InputTooLargeError)
    assert "input is 5,001 bytes, over the limit of 1,000 bytes (max_file_bytes=1,000)" in (
        failure.reason
    )


def test_max_file_bytes_wins_over_the_text_limit_when_smaller(read, tmp_path, settings):
    path = _write_sentences(tmp_path / "a.txt", 3_000)

    [failure] = read(path, settings=settings.replace(max_file_bytes=2_000))

    assert isinstance(failure, Failure)
    assert "over the limit of 2,000 bytes (max_file_bytes=2,000)" in failure.reason
