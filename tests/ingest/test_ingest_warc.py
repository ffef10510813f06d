"""WARC archives: HTML responses through the HTML reader, other records skipped, damage found."""

from __future__ import annotations

import pytest

from eventwire.errors import CorruptInputError, EmptyInputError, InputTooLargeError
from eventwire.ingest import Failure, RawDocument

DAM = (
    "Engineers inspected the Norbury dam on Friday and found no cracks in the spillway, the "
    "regional water board said in a statement."
)
TRAM = (
    "The first trams on the new Easthaven line carried more than 4,000 passengers on their "
    "opening day, the operator said."
)
DATED_HEAD = '<title>Tram line opens</title><meta name="date" content="2025-08-30">'


@pytest.fixture
def pages(html_page) -> list[tuple[str, str, bytes]]:
    return [
        ("https://news.example/dam", "text/html; charset=utf-8", html_page(DAM).encode()),
        ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        ("https://news.example/tram", "text/html", html_page(TRAM, head=DATED_HEAD).encode()),
    ]


@pytest.mark.parametrize(("name", "gzip"), [("crawl.warc.gz", True), ("crawl.WARC", False)])
def test_html_responses_become_documents(read, tmp_path, make_warc, pages, name, gzip):
    path = tmp_path / name
    path.write_bytes(make_warc(pages, gzip=gzip))

    dam, tram = read(path)

    assert isinstance(dam, RawDocument)
    assert isinstance(tram, RawDocument)
    assert (dam.text, tram.text) == (DAM, TRAM)
    assert (dam.url, tram.url) == ("https://news.example/dam", "https://news.example/tram")
    assert (dam.source_name, tram.source_name) == (f"{path}#1", f"{path}#3")
    assert dam.published == "2025-09-04"  # from WARC-Date: the page states no date
    assert tram.published == "2025-08-30"  # the page's own date wins
    assert tram.title == "Tram line opens"
    assert {dam.format, tram.format} == {"warc"}
    assert dam.path == str(path)
    assert dam.input_id is not None
    assert dam.input_id.startswith("<urn:uuid:")


def test_a_warc_without_html_is_reported(read, tmp_path, make_warc, pages):
    path = tmp_path / "media.warc.gz"
    path.write_bytes(make_warc(pages[1:2]))

    [failure] = read(path)

    assert isinstance(failure, Failure)
    assert isinstance(failure.error, EmptyInputError)
    assert "no HTML response record (2 records read)" in failure.reason


def test_a_page_without_text_fails_alone(read, tmp_path, make_warc, pages):
    empty = ("https://news.example/empty", "text/html", b"<html><body></body></html>")
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(make_warc([empty, pages[0]]))

    failure, doc = read(path)

    assert isinstance(failure, Failure)
    assert failure.source_name == f"{path}#1"
    assert isinstance(doc, RawDocument)
    assert doc.text == DAM


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize(("fraction", "kept"), [(0.2, 0), (0.6, 1), (0.9, 2)])
def test_a_cut_warc_keeps_what_was_read_then_fails(
    read, tmp_path, make_warc, pages, gzip, fraction, kept
):
    # records: dam page, tram page, request; the cuts fall inside the 1st, 2nd and 3rd record
    data = make_warc([pages[0], pages[2]], gzip=gzip)
    path = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    path.write_bytes(data[: int(len(data) * fraction)])

    *documents, failure = read(path)

    assert [doc.text for doc in documents] == [DAM, TRAM][:kept]
    assert isinstance(failure, Failure)
    assert isinstance(failure.error, CorruptInputError)
    assert failure.source_name == str(path)
    assert "damaged WARC" in failure.reason


@pytest.mark.parametrize("short_by", [1, 4, 8])
def test_a_gzip_trailer_cut_short_is_found(read, tmp_path, make_warc, pages, short_by):
    # The last member's records are whole but its gzip trailer (CRC, size) is cut: warcio
    # itself ends quietly; the reader must notice.
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(make_warc([pages[0], pages[2]])[:-short_by])

    dam, tram, failure = read(path)

    assert (dam.text, tram.text) == (DAM, TRAM)
    assert isinstance(failure, Failure)
    assert "damaged WARC after record 3 (the data ends early or is damaged)" in failure.reason


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"hello, this is not an archive\n" * 10, "not a WARC file"),
        (b"\x1f\x8b\x08\x00garbage that is not gzip", "not a WARC file"),
    ],
)
def test_not_a_warc(read, tmp_path, data, fragment):
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(data)

    [failure] = read(path)

    assert isinstance(failure, Failure)
    assert isinstance(failure.error, CorruptInputError)
    assert fragment in failure.reason


def test_a_record_over_the_limit_once_decompressed_is_refused_alone(
    read, settings, tmp_path, make_warc, pages
):
    # 3 MB of one repeated paragraph compress to a few kilobytes: the cap is on what they expand to
    bomb = ("https://news.example/bomb", "text/html", ("<p>" + TRAM + "</p>\n").encode() * 25_000)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(make_warc([bomb, pages[0]]))
    assert path.stat().st_size < 100_000  # the file itself is well under the limit

    failure, dam = read(path, settings=settings.replace(max_file_bytes=1_000_000))

    assert isinstance(failure, Failure)
    assert isinstance(failure.error, InputTooLargeError)
    assert failure.source_name == f"{path}#1"
    assert "decompressed, over the limit of 1,000,000 bytes (setting max_file_bytes)" in (
        failure.reason
    )
    assert isinstance(dam, RawDocument) and dam.text == DAM
