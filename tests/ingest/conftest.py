"""Shared fixtures for the reader tests: settings, a reading helper and file builders.

Every fixture file is built at test time in ``tmp_path`` from short news-style texts written
for these tests.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

import pytest

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


def _make_pdf(
    pages: Sequence[Sequence[str]], *, title: str | None = None, author: str | None = None
) -> bytes:
    """A PDF with a text layer: one page per item of ``pages``, one text line per string."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=True)  # invariant: fixed creation date 2000-01-01
    if title:
        pdf.setTitle(title)
    if author:
        pdf.setAuthor(author)
    for lines in pages:
        y = 780
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 16
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _make_shapes_pdf() -> bytes:
    """A PDF with drawings and no text layer, like a scan."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.rect(100, 100, 200, 150, fill=1)
    pdf.circle(300, 500, 60)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _html_page(*paragraphs: str, head: str = "", nav: bool = True) -> str:
    """A small news page: optional head markup, navigation, an article, a footer."""
    body = "\n".join(f"<p>{text}</p>" for text in paragraphs)
    menu = '<nav><a href="/">Home</a> <a href="/world">World</a></nav>' if nav else ""
    return (
        f"<!DOCTYPE html><html><head>{head}</head><body>{menu}"
        f"<article>{body}</article><footer>All rights reserved.</footer></body></html>"
    )


def _make_warc(records: Sequence[tuple[str, str, bytes]], *, gzip: bool = True) -> bytes:
    """A WARC of HTTP ``response`` records ``(url, content type, payload)``, plus a request."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for url, content_type, payload in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(payload),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2025-09-04T06:30:00Z"},
        )
        writer.write_record(record)
    request = writer.create_warc_record(
        "https://news.example/", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
    )
    writer.write_record(request)
    return buffer.getvalue()


@pytest.fixture
def make_pdf() -> Callable[..., bytes]:
    """``make_pdf(pages, title=..., author=...)``: a PDF with a text layer."""
    return _make_pdf


@pytest.fixture
def make_shapes_pdf() -> Callable[[], bytes]:
    """``make_shapes_pdf()``: a PDF with no text layer."""
    return _make_shapes_pdf


@pytest.fixture
def html_page() -> Callable[..., str]:
    """``html_page(*paragraphs, head=..., nav=...)``: a small news page."""
    return _html_page


@pytest.fixture
def make_warc() -> Callable[..., bytes]:
    """``make_warc(records, gzip=...)``: a WARC of HTTP responses plus one request."""
    return _make_warc
