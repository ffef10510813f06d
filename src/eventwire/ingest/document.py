"""What every reader yields: a raw document (text + metadata) or a failure naming the input."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.errors import EventwireError

PAGE_BREAK = "\f"
"""Readers of paged formats (PDF) join pages with a form feed; the cleaner treats it as a page
break."""


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Text as read from one input document, before cleaning.

    ``source_name`` names the input in messages: a path, ``path:line`` for a JSONL line,
    ``path#item`` for a feed item or WARC record, ``-`` for stdin. ``author`` is the byline
    when the input states one (HTML, PDF metadata, feed item, JSONL), else None.
    """

    text: str
    source_name: str
    format: str
    path: str | None = None
    input_id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    author: str | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    """An input (or one document inside it) that could not be read or processed."""

    source_name: str
    error: EventwireError

    @property
    def reason(self) -> str:
        """The one-line message for this failure."""
        return str(self.error)
