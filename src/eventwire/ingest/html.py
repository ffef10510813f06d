"""Web pages: trafilatura extracts the main text (no navigation, ads or comments) and metadata.

The text keeps trafilatura's blocks (paragraphs, headings, list items, quotes, table rows) as
paragraphs separated by one blank line; a ``<br>`` inside a paragraph stays a line break. The
page's own headline is kept when trafilatura counts it as part of the article. Dates come from
the page's metadata (meta tags, JSON-LD, ``<time>``, URL) only: trafilatura's "extensive" search
through the running text is off, because it turns "Updated 12 March 2024" or a copyright year into
a publication date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from eventwire.errors import CorruptInputError, EmptyInputError
from eventwire.ingest.dates import iso_date
from eventwire.ingest.document import RawDocument
from eventwire.ingest.source import Origin, check_text_size, text_field
from eventwire.ingest.text import looks_binary

_MARKUP = re.compile(rb"<\s*[a-zA-Z!?/]")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def read_html(stream: BinaryIO, origin: Origin) -> Iterator[RawDocument]:
    """Read one HTML file (already checked against the byte limit) as one document."""
    yield html_document(stream.read(), origin)


def html_document(
    data: bytes,
    origin: Origin,
    *,
    fmt: str = "html",
    url: str | None = None,
    fallback_date: str | None = None,
    input_id: str | None = None,
) -> RawDocument:
    """Extract the main text and metadata of one HTML page.

    Args:
        data: The page's bytes; trafilatura decodes them (meta charset, then detection).
        origin: Names the page in messages.
        fmt: The document's ``format`` (``warc`` for a page from a WARC record).
        url: The page's address when known (a WARC target URI); it wins over the page's own.
        fallback_date: The date used when the page states none (a WARC record's date).
        input_id: The input's own id (a WARC record id).

    Raises:
        CorruptInputError: Binary data, or no HTML markup at all.
        EmptyInputError: No main text (empty body, or navigation and boilerplate only).
        InputTooLargeError: The extracted text is longer than ``settings.max_chars``.
    """
    _check_markup(data, origin)
    import trafilatura

    page: Any = trafilatura.bare_extraction(
        data,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params=dict(_DATE_PARAMS),
    )
    text = _main_text(page) if page is not None else ""
    if not text:
        raise EmptyInputError(
            "no main text found in the HTML (empty body, or navigation and boilerplate only)",
            source=origin.name,
        )
    check_text_size(text, origin)
    return RawDocument(
        text=text,
        source_name=origin.name,
        format=fmt,
        path=origin.path,
        input_id=input_id,
        title=text_field(page.title),
        url=url or text_field(page.url),
        source=text_field(page.sitename),
        published=iso_date(page.date) or fallback_date,
        author=text_field(page.author),
    )


def _check_markup(data: bytes, origin: Origin) -> None:
    if not data.strip():
        raise EmptyInputError("empty HTML file", source=origin.name)
    if data.startswith(_UTF16_BOMS):
        return
    if looks_binary(data):
        raise CorruptInputError("binary data, not HTML", source=origin.name)
    if not _MARKUP.search(data[:65_536]):
        raise CorruptInputError("not HTML: no markup found", source=origin.name)


def _main_text(page: Any) -> str:
    """The extracted body as blocks separated by blank lines (trafilatura joins them with one
    newline, which loses the paragraph boundaries)."""
    from trafilatura.xml import xmltotxt

    blocks = [str(xmltotxt(block, False)).strip() for block in page.body]
    text = "\n\n".join(block for block in blocks if block)
    return text or str(page.text or "").strip()
