"""Shared fixtures for the reader tests: settings, a reading helper and file builders.

Every fixture file is built at test time in ``tmp_path`` from short news-style texts written
for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pytest

import input_files
from eventwire.config import Settings
from eventwire.ingest import Failure, RawDocument, iter_documents

Item = RawDocument | Failure
Read = Callable[..., list[Item]]


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Packaged defaults only: no environment, and no eventwire.toml in the working directory."""
    monkeypatch.chdir(tmp_path)
    return Settings.build(env={})


@pytest.fixture
def read(settings: Settings) -> Read:
    """``read(*inputs, settings=..., stdin=...)`` -> every document and failure, in order."""

    def _read(
        *inputs: str | Path, settings: Settings = settings, stdin: BinaryIO | None = None
    ) -> list[Item]:
        return list(iter_documents(inputs, settings, stdin=stdin))

    return _read


@pytest.fixture
def make_pdf() -> Callable[..., bytes]:
    """``make_pdf(pages, title=..., author=...)``: a PDF with a text layer."""
    return input_files.make_pdf


@pytest.fixture
def make_shapes_pdf() -> Callable[[], bytes]:
    """``make_shapes_pdf()``: a PDF with no text layer."""
    return input_files.make_shapes_pdf


@pytest.fixture
def html_page() -> Callable[..., str]:
    """``html_page(*paragraphs, head=..., nav=...)``: a small news page."""
    return input_files.html_page


@pytest.fixture
def make_warc() -> Callable[..., bytes]:
    """``make_warc(records, gzip=...)``: a WARC of HTTP responses plus one request."""
    return input_files.make_warc
