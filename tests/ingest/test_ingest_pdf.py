"""PDF files: pages, metadata, damaged, scanned, encrypted and oversized PDFs."""

from __future__ import annotations

import io

import pytest

from eventwire.errors import (
    CorruptInputError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
)
from eventwire.ingest import PAGE_BREAK, Failure, RawDocument

PAGES = [
    [
        "Talks on the river treaty resumed in Vellmar on Monday.",
        "Delegates from both provinces met for six hours.",
    ],
    [
        "The envoy said a draft could be ready within a month.",
        '"We are closer than we have ever been," she told reporters.',
    ],
    ["Page three holds the closing paragraph of the report."],
]


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _encrypted(data: bytes, user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pages_are_joined_by_page_breaks_with_their_lines(read, tmp_path, make_pdf):
    path = _write(tmp_path, "report.pdf", make_pdf(PAGES, title="River treaty", author="J. Moss"))

    [doc] = read(path)

    assert isinstance(doc, RawDocument)
    pages = doc.text.split(PAGE_BREAK)
    assert len(pages) == 3
    for page, lines in zip(pages, PAGES, strict=True):
        assert [line for line in page.splitlines() if line.strip()] == lines
    assert (doc.format, doc.path, doc.source_name) == ("pdf", str(path), str(path))
    assert (doc.title, doc.author) == ("River treaty", "J. Moss")
    assert doc.published == "2000-01-01"  # reportlab's invariant creation date


def test_placeholder_metadata_is_dropped(read, tmp_path, make_pdf):
    # reportlab writes "untitled" and "anonymous" when no title or author was set
    [doc] = read(_write(tmp_path, "plain.PDF", make_pdf(PAGES[:1])))

    assert isinstance(doc, RawDocument)
    assert (doc.title, doc.author) == (None, None)


def test_pdf_problems_fail_with_a_named_reason(read, tmp_path, make_pdf, make_shapes_pdf):
    good = make_pdf(PAGES)
    cases = [
        ("truncated.pdf", good[: len(good) // 2], CorruptInputError, "damaged or truncated PDF"),
        ("junk.pdf", b"%PDF-1.4\nthis is not really a pdf\n", CorruptInputError, "damaged"),
        ("scan.pdf", make_shapes_pdf(), EmptyInputError, "PDF has no text layer (scanned?); OCR"),
        ("locked.pdf", _encrypted(good, "secret"), InputError, "encrypted with a password"),
    ]
    paths = [_write(tmp_path, name, data) for name, data, _, _ in cases]

    failures = read(*paths)

    assert len(failures) == len(cases)
    for failure, path, (_, _, error, fragment) in zip(failures, paths, cases, strict=True):
        assert isinstance(failure, Failure), failure
        assert type(failure.error) is error
        assert failure.source_name == str(path)
        assert fragment in failure.reason


def test_owner_only_encryption_is_read(read, tmp_path, make_pdf):
    path = _write(tmp_path, "restricted.pdf", _encrypted(make_pdf(PAGES), user_password=""))

    [doc] = read(path)

    assert isinstance(doc, RawDocument)
    assert "Talks on the river treaty resumed" in doc.text


@pytest.mark.parametrize(("max_chars", "page"), [(60, 1), (200, 2)])
def test_extraction_stops_at_max_chars(read, tmp_path, make_pdf, settings, max_chars, page):
    path = _write(tmp_path, "long.pdf", make_pdf(PAGES))

    [failure] = read(path, settings=settings.replace(max_chars=max_chars))

    assert isinstance(failure, Failure)
    assert isinstance(failure.error, InputTooLargeError)
    assert f"max_chars={max_chars}" in failure.reason
    assert f"at page {page} of 3" in failure.reason
