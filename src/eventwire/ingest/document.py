"""What every reader yields: a raw document (text + metadata) or a failure naming the input."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, fields, replace
from typing import Any

from eventwire.errors import EncodingError, EventwireError

PAGE_BREAK = "\f"
"""Readers of paged formats (PDF) join pages with a form feed; the cleaner treats it as a page
break."""


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Text as read from one input document, before cleaning.

    ``source_name`` names the input in messages: a path, ``path:line`` for a JSONL line,
    ``path#item`` for a feed item or WARC record, ``-`` for stdin. ``author`` is the byline
    when the input states one (HTML, PDF metadata, feed item, JSONL), else None. ``encoding`` is
    the encoding plain text was decoded from (``utf-8``, ``cp1252``, ...), else None. ``extra``
    holds the input's fields that have no place of their own (a JSONL ``section``), else None.
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
    encoding: str | None = None
    extra: dict[str, Any] | None = None


_SURROGATE = re.compile("[\ud800-\udfff]")
"""A lone surrogate: from a JSON ``\\udXXX`` escape, or a file name's undecodable byte."""


def valid_unicode(raw: RawDocument) -> RawDocument:
    """Return ``raw`` with every lone surrogate in its strings replaced by U+FFFD, with a warning.

    Such a string cannot be written as UTF-8 (the store, JSON output), so one bad title or file
    name (byte 0xFF, read as ``\\udcff``) would otherwise end a whole batch. One character is
    replaced by one, so offsets into the text stay valid.
    """
    bad = [f.name for f in fields(raw) if _replaced(getattr(raw, f.name)) != getattr(raw, f.name)]
    if not bad:
        return raw
    fixed = replace(raw, **{name: _replaced(getattr(raw, name)) for name in bad})
    named = [name for name in bad if name != "source_name"] or bad
    error = EncodingError(
        f"{', '.join(named)} not valid Unicode (lone surrogate or undecodable byte): "
        "stored with U+FFFD in its place",
        source=fixed.source_name,
    )
    warnings.warn(str(error), stacklevel=2)
    return fixed


def _replaced(value: Any) -> Any:
    """``value`` with U+FFFD for each lone surrogate, through lists and dicts (JSON values)."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_replaced(v) for v in value]
    if isinstance(value, dict):
        return {_replaced(k): _replaced(v) for k, v in value.items()}
    return value


@dataclass(frozen=True, slots=True)
class Failure:
    """An input (or one document inside it) that could not be read or processed."""

    source_name: str
    error: EventwireError

    @property
    def reason(self) -> str:
        """The one-line message for this failure."""
        return str(self.error)
