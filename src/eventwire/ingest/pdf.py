"""PDF files: pypdf extracts the text layer page by page; pages are joined with ``PAGE_BREAK``.

Each page's lines are kept exactly as pypdf lays them out (hard line breaks, running headers,
footers and page numbers included): the cleaner removes those and joins the pages. Extraction
stops as soon as the text passes ``settings.max_chars``. A PDF encrypted with an empty user
password (only "owner" restrictions, common for published reports) is read; one that needs a
password is refused.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator
from typing import Any, BinaryIO

from eventwire.errors import CorruptInputError, EmptyInputError, InputError, InputTooLargeError
from eventwire.ingest.dates import iso_date
from eventwire.ingest.document import PAGE_BREAK, RawDocument
from eventwire.ingest.source import Origin, describe, text_field

_PLACEHOLDERS = frozenset({"untitled", "anonymous", "unknown", "unspecified", "none", "null"})
"""Metadata values PDF writers fill in when the author set nothing (reportlab: "untitled")."""


def read_pdf(stream: BinaryIO, origin: Origin) -> Iterator[RawDocument]:
    """Read one PDF (already checked against the byte limit) as one document."""
    yield pdf_document(stream, origin)


def pdf_document(stream: BinaryIO, origin: Origin) -> RawDocument:
    """Extract the text layer and metadata of a PDF.

    Raises:
        CorruptInputError: The file is truncated or damaged.
        InputError: The PDF needs a password.
        EmptyInputError: No page has a text layer (a scan; OCR is not supported).
        InputTooLargeError: The text is longer than ``settings.max_chars``.
    """
    reader = _open(stream, origin)
    pages = _page_texts(reader, origin)
    text = PAGE_BREAK.join(pages)
    if not text.strip():
        raise EmptyInputError(
            "PDF has no text layer (scanned?); OCR is not supported", source=origin.name
        )
    title, author, published = _metadata(reader)
    return RawDocument(
        text=text,
        source_name=origin.name,
        format="pdf",
        path=origin.path,
        title=title,
        published=published,
        author=author,
    )


def _open(stream: BinaryIO, origin: Origin) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(stream)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(
                "PDF is encrypted with a password; decrypt it first (e.g. qpdf --decrypt)",
                source=origin.name,
            )
    except DependencyError as exc:
        raise InputError(f"encrypted PDF cannot be decrypted ({exc})", source=origin.name) from None
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files
        raise _damaged(exc, origin) from exc  # the cause tells a parser error from a bug of ours
    return reader


def _page_texts(reader: Any, origin: Origin) -> list[str]:
    limit = origin.settings.max_chars
    pages: list[tuple[str, Lines | None]] = []
    size = 0
    try:
        count = len(reader.pages)
        for number, page in enumerate(reader.pages, start=1):
            pages.append(page_lines(page))
            size += len(pages[-1][0]) + len(PAGE_BREAK)
            if size - len(PAGE_BREAK) > limit:
                raise InputTooLargeError(
                    f"text passes the limit of max_chars={limit:,} characters at page "
                    f"{number} of {count}",
                    source=origin.name,
                )
    except InputTooLargeError:
        raise
    except Exception as exc:  # pypdf raises many types on damaged page trees and streams
        raise _damaged(exc, origin) from exc
    return with_paragraph_gaps(pages)


PARAGRAPH_GAP = 1.5
"""A vertical gap this many times the document's usual line spacing separates two paragraphs."""

Lines = list[tuple[float, str]]


def page_lines(page: Any) -> tuple[str, Lines | None]:
    """Return a page's plain text and its lines with baselines (None when they can't be trusted).

    pypdf's plain extraction drops vertical white space, so paragraphs set apart only by spacing
    would run together; its text visitor reports each fragment's baseline, from which the gaps
    between lines are measured. When the fragments do not add up to the plain text (unusual
    layouts), only the plain text is used.
    """
    from pypdf import mult

    fragments: list[tuple[float, str]] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if text:
            fragments.append((float(mult(tm, cm)[5]), text))

    plain = str(page.extract_text(visitor_text=visit) or "")
    if "".join(t for _, t in fragments) != plain:
        return plain, None
    return plain, _lines_with_baselines(fragments)


def with_paragraph_gaps(pages: list[tuple[str, Lines | None]]) -> list[str]:
    """Return each page's text with a blank line at every gap wider than the usual spacing."""
    gaps = Counter(
        round(above - below)
        for _, lines in pages
        for (above, _), (below, _) in itertools.pairwise(lines or [])
        if above - below > 0
    )
    if not gaps:
        return [plain for plain, _ in pages]
    # the line spacing is the most common gap (ties: the smaller); paragraph gaps are rarer
    usual = min(gaps, key=lambda gap: (-gaps[gap], gap))
    texts = []
    for plain, lines in pages:
        if not lines:
            texts.append(plain)
            continue
        out = [lines[0][1]]
        for (above, _), (y, text) in itertools.pairwise(lines):
            if above - y > PARAGRAPH_GAP * usual:
                out.append("")
            out.append(text)
        texts.append("\n".join(out) + ("\n" if plain.endswith("\n") else ""))
    return texts


def _lines_with_baselines(fragments: list[tuple[float, str]]) -> list[tuple[float, str]]:
    """Group fragments into lines (split at newlines), each with its first fragment's baseline."""
    lines: list[tuple[float, str]] = []
    current: list[str] = []
    baseline: float | None = None
    for y, text in fragments:
        for i, piece in enumerate(text.split("\n")):
            if i > 0:
                lines.append((baseline if baseline is not None else y, "".join(current)))
                current, baseline = [], None
            if piece and baseline is None:
                baseline = y
            current.append(piece)
    if current and "".join(current):
        lines.append((baseline if baseline is not None else 0.0, "".join(current)))
    return lines


def _damaged(exc: Exception, origin: Origin) -> CorruptInputError:
    return CorruptInputError(f"damaged or truncated PDF ({describe(exc)})", source=origin.name)


def _metadata(reader: Any) -> tuple[str | None, str | None, str | None]:
    """Title, author and creation date (YYYY-MM-DD); damaged metadata counts as absent."""
    try:
        info = reader.metadata
        if info is None:
            return None, None, None
        title = _meaningful(info.get("/Title"))
        author = _meaningful(info.get("/Author"))
        published = iso_date(str(info.get("/CreationDate") or ""))
    except Exception:  # metadata is optional: never fail a readable PDF because of it
        return None, None, None
    return title, author, published


def _meaningful(value: object) -> str | None:
    text = text_field(value)
    if text is None or text.lower() in _PLACEHOLDERS:
        return None
    return text
