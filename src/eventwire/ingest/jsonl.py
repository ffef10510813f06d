"""JSON Lines: one document per line, ``{"text": ..., "id"?, "date"?|"published"?, "title"?,
"url"?, "source"?, "author"?}``; any other key (``section``, ``keywords``, ...) is kept as it is
in ``RawDocument.extra`` (the record's ``meta.extra``).

The file is read line by line, and one line is never read past a fixed number of bytes, so memory
stays bounded whatever the file holds. Documents are named ``path:LINE`` (1-based, blank lines
counted). A bad line is a ``Failure`` naming its line and the other lines still come out.
``date`` (or ``published``) is an ISO 8601 date or datetime, or an RFC 2822 date; it keeps its
precision. A date that cannot be parsed ("December 9") leaves the document undated, with a
warning: the text is still worth storing, and ``--date`` can date it.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from functools import partial
from typing import Any, BinaryIO

from eventwire.errors import (
    CorruptInputError,
    EmptyInputError,
    EncodingError,
    InputTooLargeError,
)
from eventwire.ingest.dates import iso_timestamp
from eventwire.ingest.document import Failure, RawDocument
from eventwire.ingest.source import Origin, attempt, check_text_size

_LINE_BYTES_PER_CHAR = 6
"""Bytes a line may hold per allowed text character: JSON escapes a character as up to \\uXXXX."""
_LINE_OVERHEAD = 65_536
_CHUNK = 65_536
_TEXT_FIELDS = ("id", "title", "url", "source", "author")
_KNOWN = frozenset({"text", "date", "published", *_TEXT_FIELDS})


def read_jsonl(stream: BinaryIO, origin: Origin) -> Iterator[RawDocument | Failure]:
    """Read a JSON Lines input: one document (or ``Failure``) per non-blank line.

    Raises:
        EmptyInputError: No line holds anything but whitespace.
    """
    limit = _LINE_BYTES_PER_CHAR * origin.settings.max_chars + _LINE_OVERHEAD
    number = 0
    seen = False
    while line := stream.readline(limit + 1):
        number += 1
        item = origin.item(f"{origin.name}:{number}")
        if len(line) > limit and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            error = InputTooLargeError(f"line is longer than {limit:,} bytes", source=item.name)
            yield Failure(item.name, error)
            seen = True
            continue
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        seen = True
        yield attempt(item, partial(_line_document, line))
    if not seen:
        raise EmptyInputError("no JSON lines (empty or whitespace only)", source=origin.name)


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while chunk := stream.readline(_CHUNK):
        if chunk.endswith(b"\n"):
            return


def _line_document(line: bytes, origin: Origin) -> RawDocument:
    record = _parse_object(line, origin)
    text = record.get("text")
    if text is None:
        raise CorruptInputError('no "text" field', source=origin.name)
    if not isinstance(text, str):
        raise CorruptInputError(
            f'"text" must be a string, not {_json_type(text)}', source=origin.name
        )
    if not text.strip():
        raise EmptyInputError('"text" is empty', source=origin.name)
    check_text_size(text, origin)
    fields = {name: _optional_text(record, name, origin) for name in _TEXT_FIELDS}
    return RawDocument(
        text=text,
        source_name=origin.name,
        format="jsonl",
        path=origin.path,
        input_id=fields["id"],
        title=fields["title"],
        url=fields["url"],
        source=fields["source"],
        published=_published(record, origin),
        author=fields["author"],
        extra={k: v for k, v in record.items() if k not in _KNOWN} or None,
    )


def _parse_object(line: bytes, origin: Origin) -> dict[str, Any]:
    try:
        decoded = line.rstrip(b"\r\n").decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"line is not UTF-8 (invalid byte 0x{line[exc.start]:02x} at byte {exc.start + 1})",
            source=origin.name,
        ) from None
    try:
        value = json.loads(decoded)
    except json.JSONDecodeError as exc:
        raise CorruptInputError(
            f"invalid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})",
            source=origin.name,
        ) from None
    if not isinstance(value, dict):
        raise CorruptInputError(
            f"expected a JSON object, got {_json_type(value)}", source=origin.name
        )
    return value


def _optional_text(record: dict[str, Any], name: str, origin: Origin) -> str | None:
    value = record.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        return value.strip()
    if name == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise CorruptInputError(
        f'"{name}" must be a string, not {_json_type(value)}', source=origin.name
    )


def _published(record: dict[str, Any], origin: Origin) -> str | None:
    """The line's date; one that cannot be parsed leaves it undated, with a warning."""
    name = "date" if record.get("date") is not None else "published"
    value = _optional_text(record, name, origin)
    if value is None:
        return None
    stamp = iso_timestamp(value)
    if stamp is None:
        error = CorruptInputError(
            f'"{name}" is not a date in ISO 8601 or RFC 2822: {value!r}; stored undated '
            "(give --date to date it)",
            source=origin.name,
        )
        warnings.warn(str(error), stacklevel=2)
    return stamp


def _json_type(value: object) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", str: "a string"}
    names.update({list: "an array", dict: "an object", type(None): "null"})
    return names.get(type(value), type(value).__name__)
