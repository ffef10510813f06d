"""RSS and Atom feeds: feedparser; one document per item.

An item's text is the longest of its content parts and its summary (the full text when the
feed carries it), flattened from HTML. Its date is the one the item states (``published``,
else ``updated``), kept on the local calendar day the feed gives. Items are named ``path#N``
(1-based) in messages; an item with no text (or no letter or digit: a bare ``&nbsp;``) is a
``Failure`` and the other items still come out. feedparser is handed a stream, never a string, so it can neither fetch a URL nor open a
file named by the data.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterator
from functools import partial
from typing import Any, BinaryIO

from eventwire.errors import CorruptInputError, EmptyInputError
from eventwire.ingest.dates import iso_date
from eventwire.ingest.document import Failure, RawDocument
from eventwire.ingest.markup import fragment_text
from eventwire.ingest.source import (
    Origin,
    attempt,
    check_text_size,
    text_field,
    unexpected_error,
)


def read_feed(stream: BinaryIO, origin: Origin) -> Iterator[RawDocument | Failure]:
    """Read an RSS/Atom feed (already checked against the byte limit): one document per item.

    Raises:
        CorruptInputError: Not a feed, or too malformed to yield any item.
        EmptyInputError: A well-formed feed with no items.
    """
    import feedparser

    data = valid_character_references(stream.read())
    try:
        parsed = feedparser.parse(io.BytesIO(data))
    except Exception as exc:  # feedparser's own errors on damaged markup end this input only
        raise unexpected_error(exc, origin) from exc
    entries = list(parsed.get("entries") or [])
    if not entries:
        raise _no_items(parsed, origin)
    feed_title = text_field(parsed.get("feed", {}).get("title"))
    for number, entry in enumerate(entries, start=1):
        item = origin.item(f"{origin.name}#{number}")
        yield attempt(item, partial(_item_document, entry, feed_title))


_CHARACTER_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")
_REPLACEMENT_REFERENCE = b"&#xFFFD;"


def valid_character_references(data: bytes) -> bytes:
    """``data`` with each numeric character reference to no Unicode character replaced by U+FFFD.

    A reference past U+10FFFF (``&#x110000;``) or to a surrogate (``&#xD800;``) names no
    character; feedparser turns it into one with ``chr`` and stops reading the whole feed with a
    ``ValueError`` or ``UnicodeEncodeError``. HTML reads such a reference as U+FFFD; so do we.
    (Only references written in an ASCII-compatible encoding are seen; the rest still fail.)
    """
    return _CHARACTER_REFERENCE.sub(_checked_reference, data)


def _checked_reference(match: re.Match[bytes]) -> bytes:
    digits = (match[1] or match[2]).lstrip(b"0")
    if len(digits) > 8:  # past any code point, and too long for int() to be worth it
        return _REPLACEMENT_REFERENCE
    value = int(digits or b"0", 16 if match[1] else 10)
    if value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
        return _REPLACEMENT_REFERENCE
    return match[0]


def _no_items(parsed: Any, origin: Origin) -> CorruptInputError | EmptyInputError:
    if parsed.get("bozo"):
        problem = text_field(parsed.get("bozo_exception")) or "parse error"
        return CorruptInputError(f"malformed feed ({problem})", source=origin.name)
    if not parsed.get("version"):
        return CorruptInputError(
            "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)", source=origin.name
        )
    return EmptyInputError("feed has no items", source=origin.name)


def _item_document(entry: Any, feed_title: str | None, origin: Origin) -> RawDocument:
    text = _item_text(entry)
    if not text:
        raise EmptyInputError("feed item has no text (no content or summary)", source=origin.name)
    if not _has_words(text):
        raise EmptyInputError(
            f"feed item has no text (no letter or digit in {text[:40]!r})", source=origin.name
        )
    check_text_size(text, origin)
    return RawDocument(
        text=text,
        source_name=origin.name,
        format="feed",
        path=origin.path,
        input_id=text_field(entry.get("id")),
        title=text_field(entry.get("title")),
        url=text_field(entry.get("link")),
        source=feed_title,
        published=_item_date(entry),
        author=_byline(text_field(entry.get("author"))),
    )


_EMAIL_THEN_NAME = re.compile(r"^\S+@\S+\s*\((?P<name>[^)]+)\)$")
_NAME_THEN_EMAIL = re.compile(r"^(?P<name>[^<]+?)\s*<\S+@\S+>$")


def _byline(author: str | None) -> str | None:
    """The name in an RSS author ("desk@example.org (Ana Ruiz)"); a bare address is no name.

    feedparser's own split truncates addresses with long domains, so it is not used.
    """
    if author is None:
        return None
    match = _EMAIL_THEN_NAME.match(author) or _NAME_THEN_EMAIL.match(author)
    if match:
        return match["name"].strip() or None
    return None if re.fullmatch(r"\S+@\S+", author) else author


def _item_text(entry: Any) -> str:
    """The longest text among the item's content parts and its summary."""
    parts = list(entry.get("content") or [])
    if entry.get("summary_detail"):
        parts.append(entry["summary_detail"])
    elif entry.get("summary"):
        parts.append({"type": "text/html", "value": entry["summary"]})
    texts = [_part_text(part) for part in parts]
    return max(texts, key=len, default="")


def _has_words(text: str) -> bool:
    """True when the text holds a letter or digit, once entities left escaped are read.

    Feeds often escape twice, so an item may come out as the bare ``&nbsp;`` or ``&amp;``:
    markup, not an article.
    """
    return any(c.isalnum() for c in html.unescape(text))


def _part_text(part: Any) -> str:
    value = str(part.get("value") or "")
    if "html" in str(part.get("type") or "text/html"):
        return fragment_text(value)
    return value.strip()


def _item_date(entry: Any) -> str | None:
    for key in ("published", "updated"):
        day = iso_date(entry.get(key))
        if day is None:
            day = iso_date(entry.get(f"{key}_parsed"))
        if day is not None:
            return day
    return None
