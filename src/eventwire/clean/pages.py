"""The page step: find pages, drop running headers/footers and page numbers, join the pages.

Readers of paged formats join pages with a form feed (``ingest.document.PAGE_BREAK``); text
pasted from a PDF viewer often shows a page break as a run of blank lines instead, so three or
more blank lines count as one too.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from eventwire.clean.edits import Edit
from eventwire.clean.lines import Line, content_lines, ends_sentence, is_headline_like, usual_width

PAGE_BREAK_BLANK_LINES = 3
"""This many consecutive blank lines (or more) are a page break."""

FURNITURE_DEPTH = 3
"""At most this many lines are peeled off the top and off the bottom of a page."""

FURNITURE_MAX_LENGTH = 120
"""Running headers and footers are short; a longer repeated line is content (a repeated text)."""

_PAGE_NUMBER = re.compile(
    r"(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|\[\d{1,4}\]",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_BLANK_RUN = re.compile(rf"\n(?:[ \t]*\n){{{PAGE_BREAK_BLANK_LINES}}}")

Page = list[int]
"""Indices (into the list of lines) of one page's non-blank lines."""


def join_pages(text: str) -> list[Edit]:
    """Remove page furniture and join pages.

    A page break inside a sentence becomes a line break (the paragraph step then joins the line
    and handles a hyphen); one after a sentence end or a standalone headline becomes a paragraph
    break.
    """
    if "\f" not in text and not _BLANK_RUN.search(text):
        return []  # one page (the usual web or wire text): no furniture without pages
    lines = content_lines(text)
    pages = find_pages(lines)
    if len(pages) <= 1:
        return []
    furniture = find_furniture(text, lines, pages)
    kept = [page for page in ([i for i in p if i not in furniture] for p in pages) if page]
    if not kept:
        return []  # nothing but furniture-like lines: that is the content, keep it
    width = usual_width(lines)
    edits = [Edit(0, lines[kept[0][0]].start, "")]
    for page, following in pairwise(kept):
        # Start at the separator, not at trailing spaces, so a joining space maps to the newline.
        start, end = lines[page[-1]].end, lines[following[0]].content_start
        edits.append(Edit(start, end, _page_join(text, lines, page, width)))
    edits.append(Edit(lines[kept[-1][-1]].end, len(text), ""))
    return edits


def find_pages(lines: list[Line]) -> list[Page]:
    """Group non-blank lines into pages, split at form feeds and at long runs of blank lines."""
    pages: list[Page] = []
    for i, line in enumerate(lines):
        if not pages or line.page_break_before or line.blank_lines_before >= PAGE_BREAK_BLANK_LINES:
            pages.append([])
        pages[-1].append(i)
    return pages


def find_furniture(text: str, lines: list[Line], pages: list[Page]) -> set[int]:
    """Indices of running headers/footers and lone page numbers at the top or bottom of pages.

    A line is a running header or footer when, with digits ignored, it sits near the top or
    bottom of at least two pages and of at least half of them.
    """
    keys = {i: _key(text, lines[i]) for page in pages for i in _edges(page)}
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({keys[i] for i in _edges(page)})
    repeated = {key for key, n in seen.items() if n >= 2 and 2 * n >= len(pages)}
    furniture: set[int] = set()
    for page in pages:
        for edge in (page[:FURNITURE_DEPTH], page[::-1][:FURNITURE_DEPTH]):
            for i in edge:
                content = text[lines[i].content_start : lines[i].content_end]
                is_running = keys[i] in repeated and len(content) <= FURNITURE_MAX_LENGTH
                if not is_running and not _PAGE_NUMBER.fullmatch(content):
                    break
                furniture.add(i)
    return furniture


def _edges(page: Page) -> list[int]:
    return page[:FURNITURE_DEPTH] + page[-FURNITURE_DEPTH:]


def _key(text: str, line: Line) -> str:
    return _DIGITS.sub("#", text[line.content_start : line.content_end].casefold())


def _page_join(text: str, lines: list[Line], page: Page, width: int) -> str:
    """What replaces a page break after ``page``: a paragraph break or a line break."""
    last = page[-1]
    if ends_sentence(text, lines[last]):
        return "\n\n"
    standalone = last == page[0] or not lines[last].follows_directly
    if standalone and is_headline_like(text, lines[last], width):
        return "\n\n"
    return "\n"
