"""HTML pages: main text without boilerplate, metadata, malformed pages."""

from __future__ import annotations

import os

import pytest

from eventwire.errors import CorruptInputError, EmptyInputError
from eventwire.ingest import Failure, RawDocument

FIRST = (
    "The port authority of Easthaven reopened the main harbour on Tuesday, three days after a "
    "storm damaged two piers and stranded several fishing boats."
)
SECOND = (
    '"We expect full traffic by the end of the week," harbour master Tomas Ferreira said, '
    "adding that repairs would cost about 2 million euros."
)
HEAD = (
    "<title>Harbour reopens after storm | Coastal Times</title>"
    '<meta name="author" content="Maria Lindqvist">'
    '<meta property="article:published_time" content="2025-09-03T08:00:00+02:00">'
    '<meta property="og:site_name" content="Coastal Times">'
    '<link rel="canonical" href="https://coastal.example/harbour-reopens">'
)


def test_main_text_and_metadata(read, tmp_path, html_page):
    path = tmp_path / "harbour.html"
    path.write_text(html_page(FIRST, SECOND, head=HEAD), encoding="utf-8")

    [doc] = read(path)

    assert isinstance(doc, RawDocument)
    assert doc.text == f"{FIRST}\n\n{SECOND}"  # no navigation, no footer, blank-line paragraphs
    assert doc.title == "Harbour reopens after storm"
    assert doc.author == "Maria Lindqvist"
    assert doc.published == "2025-09-03"
    assert doc.source == "Coastal Times"
    assert doc.url == "https://coastal.example/harbour-reopens"
    assert (doc.format, doc.path, doc.source_name) == ("html", str(path), str(path))


# Pages under ~250 characters of text send trafilatura to its fallback extractors, which keep
# menus; the short pages below therefore have no <nav>.


def test_declared_legacy_encoding_is_honoured(read, tmp_path, html_page):
    text = "Le maire de Nîmes a annoncé lundi que la piscine rouvrira en août."
    page = html_page(text, head='<meta charset="windows-1252"><title>Piscine</title>', nav=False)
    path = tmp_path / "nimes.HTM"
    path.write_bytes(page.encode("cp1252"))

    [doc] = read(path)

    assert isinstance(doc, RawDocument)
    assert doc.text == text


def test_line_breaks_inside_a_paragraph_are_kept(read, tmp_path, html_page):
    path = tmp_path / "poem.html"
    path.write_text(html_page("First line of the notice<br>second line of the notice.", nav=False))

    [doc] = read(path)

    assert isinstance(doc, RawDocument)
    assert doc.text == "First line of the notice\nsecond line of the notice."


def test_a_page_without_a_date_has_none(read, tmp_path, html_page):
    # "Updated 12 March 2024" in the running text is not taken as the publication date
    path = tmp_path / "undated.html"
    path.write_text(html_page(FIRST, "Updated 12 March 2024. Copyright 2021."))

    [doc] = read(path)

    assert isinstance(doc, RawDocument)
    assert doc.published is None


@pytest.mark.parametrize(
    ("data", "error", "fragment"),
    [
        (os.urandom(16) + bytes(range(256)) * 4, CorruptInputError, "binary data, not HTML"),
        (b"just some words, no markup anywhere", CorruptInputError, "not HTML: no markup"),
        (b"<html><head><title>x</title></head><body></body></html>", EmptyInputError, "no main"),
        (b"<html><body><script>var a = 1;</script></body></html>", EmptyInputError, "no main"),
        (b"<html><body><p>", EmptyInputError, "no main text"),
        (b"  \n ", EmptyInputError, "empty HTML file"),
    ],
    ids=["binary", "no-markup", "empty-body", "script-only", "cut-off", "blank"],
)
def test_malformed_html_fails_with_a_named_reason(read, tmp_path, data, error, fragment):
    path = tmp_path / "page.html"
    path.write_bytes(data)

    [failure] = read(path)

    assert isinstance(failure, Failure)
    assert type(failure.error) is error
    assert failure.reason.startswith(f"[{error.code}] {path}: ")
    assert fragment in failure.reason
