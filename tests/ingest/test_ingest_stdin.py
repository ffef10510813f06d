"""Standard input: the format is sniffed from the bytes."""

from __future__ import annotations

import io
import json

import pytest

from eventwire.errors import CorruptInputError, EmptyInputError, InputTooLargeError
from eventwire.ingest import Failure, RawDocument
from eventwire.ingest.sniff import sniff_format

TEXT = "Firefighters contained the blaze near Alderwick late on Saturday, officials said.\n"
PAGE = (
    "<!DOCTYPE html><html><head><title>Blaze contained</title></head><body><article>"
    "<p>Firefighters contained the blaze near Alderwick late on Saturday.</p>"
    "</article></body></html>"
)
RSS = (
    '<?xml version="1.0"?>\n<!-- generated -->\n<rss version="2.0"><channel><title>Wire</title>'
    "<item><guid>w-1</guid><description>Firefighters contained the blaze.</description></item>"
    "</channel></rss>"
)


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (TEXT.encode(), "txt"),
        (b'{"text": "a"}\n\n{"text": "b", "id": 2}\n', "jsonl"),
        (b'\xef\xbb\xbf{"text": "a"}\n{"text": "cut off\n', "jsonl"),
        (b'{"text": "a"}\nnot json\n', "txt"),
        (b"[1, 2, 3]\n", "txt"),
        (b"{not json at all}\n", "txt"),
        (b'{broken\n{"text": "b"}\n', "jsonl"),
        (PAGE.encode(), "html"),
        (b"<p>Hello</p><body>", "html"),
        (RSS.encode(), "feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', "feed"),
        (b"Use <html> tags in 2025? The city council debated it.", "html"),
        (b"%PDF-1.7\n...", "pdf"),
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"),
        (b"a < b and c > d", "txt"),
    ],
)
def test_sniffing(data, fmt):
    assert sniff_format(data) == fmt


def test_text_from_stdin(read):
    [doc] = read("-", stdin=io.BytesIO(TEXT.encode("utf-8")))

    assert doc == RawDocument(text=TEXT, source_name="-", format="txt", path="-", encoding="utf-8")


def test_jsonl_from_stdin(read):
    lines = [{"text": "The strike ended.", "id": "s1"}, "{broken", {"text": "Ferries sailed."}]
    data = "\n".join(row if isinstance(row, str) else json.dumps(row) for row in lines)

    first, failure, last = read("-", stdin=io.BytesIO(data.encode()))

    assert isinstance(first, RawDocument)
    assert (first.text, first.input_id, first.source_name) == ("The strike ended.", "s1", "-:1")
    assert (first.format, first.path) == ("jsonl", "-")
    assert isinstance(failure, Failure)
    assert isinstance(failure.error, CorruptInputError)
    assert failure.source_name == "-:2"
    assert failure.reason.startswith("[E104] -:2: invalid JSON")
    assert isinstance(last, RawDocument)
    assert last.source_name == "-:3"


def test_html_and_feed_from_stdin(read):
    [page] = read("-", stdin=io.BytesIO(PAGE.encode()))
    [item] = read("-", stdin=io.BytesIO(RSS.encode()))

    assert isinstance(page, RawDocument)
    assert (page.format, page.title) == ("html", "Blaze contained")
    assert isinstance(item, RawDocument)
    assert (item.format, item.source_name, item.input_id) == ("feed", "-#1", "w-1")


def test_pdf_from_stdin(read, make_pdf):
    [doc] = read("-", stdin=io.BytesIO(make_pdf([["Firefighters contained the blaze."]])))

    assert isinstance(doc, RawDocument)
    assert doc.format == "pdf"
    assert "Firefighters contained the blaze." in doc.text


@pytest.mark.parametrize(
    ("data", "error", "fragment"),
    [
        (b"", EmptyInputError, "standard input is empty"),
        (b"  \n\n", EmptyInputError, "standard input is empty"),
        (b"\x00\x01binary" * 10, CorruptInputError, "binary data, not text"),
        (b"x" * 2_001, InputTooLargeError, "over the limit of 2,000 bytes (max_file_bytes)"),
    ],
)
def test_bad_stdin(read, settings, data, error, fragment):
    small = settings.replace(max_file_bytes=2_000)

    [failure] = read("-", settings=small, stdin=io.BytesIO(data))

    assert isinstance(failure, Failure)
    assert type(failure.error) is error
    assert failure.source_name == "-"
    assert fragment in failure.reason


def test_stdin_among_files(read, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Before.", encoding="utf-8")

    items = read(path, "-", path, stdin=io.BytesIO(b"From the pipe."))

    assert [item.text for item in items if isinstance(item, RawDocument)] == [
        "Before.",
        "From the pipe.",
        "Before.",
    ]
