"""Plain text: ``.txt``/``.text``/``.md`` files, text on stdin, and a ``str`` given directly.

Decoding order: a byte-order mark (UTF-8/16/32) decides; otherwise binary data is refused; then
strict UTF-8; then charset-normalizer. Its confidence is ``1 - chaos`` (``CharsetMatch.chaos`` is
the "mess" ratio, 0 for clean text, measured over the decoded sample); a detected encoding is
accepted only when that is ``>= settings.encoding_min_confidence``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import PurePath
from typing import BinaryIO

from eventwire.config import Settings
from eventwire.errors import CorruptInputError, EmptyInputError, EncodingError
from eventwire.ingest.document import RawDocument
from eventwire.ingest.source import Origin, check_text_size

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# C0 controls other than tab, newlines, vertical tab, form feed; plus DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_BINARY_SAMPLE = 65_536
_BINARY_CONTROL_RATIO = 0.10


_DATED_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[_\-. ]|$)")


def read_text(stream: BinaryIO, origin: Origin) -> Iterator[RawDocument]:
    """Read a whole text input (already checked against the byte limit) as one document.

    Plain text carries no metadata, so a file name that starts with an ISO date
    (``2018-06-12_summit.txt``) gives the publication date.
    """
    text = decode_text(stream.read(), origin)
    yield RawDocument(
        text=text,
        source_name=origin.name,
        format="txt",
        path=origin.path,
        published=date_from_name(origin.path),
    )


def date_from_name(path: str) -> str | None:
    """Return the ISO date a file name starts with, if it is a real calendar date."""
    match = _DATED_NAME.match(PurePath(path).name)
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        return None


def read_text_input(
    text: str, source_name: str = "<text>", *, settings: Settings | None = None
) -> RawDocument:
    """A document from a Python ``str`` given directly (never opened as a file).

    Args:
        text: The text itself; a leading byte-order mark is dropped.
        source_name: How messages name this text.
        settings: When given, ``settings.max_chars`` is enforced.

    Raises:
        EmptyInputError: The text is empty or whitespace only.
        InputTooLargeError: The text is longer than ``settings.max_chars``.
    """
    if not isinstance(text, str):
        raise TypeError(f"read_text_input takes a str, not {type(text).__name__}")
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise EmptyInputError("no text (empty or whitespace only)", source=source_name)
    if settings is not None:
        check_text_size(text, Origin(source_name, source_name, settings))
    return RawDocument(text=text, source_name=source_name, format="txt")


def decode_text(data: bytes, origin: Origin) -> str:
    """Decode the bytes of a text input and check it holds text within the size limit.

    Raises:
        EmptyInputError: Nothing but whitespace.
        CorruptInputError: Binary data (NUL bytes or mostly control characters).
        EncodingError: Neither UTF-8 nor any encoding detected with enough confidence.
        InputTooLargeError: More than ``settings.max_chars`` characters.
    """
    text = _decode(data, origin)
    if not text.strip():
        raise EmptyInputError("no text (empty or whitespace only)", source=origin.name)
    check_text_size(text, origin)
    return text


def looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes or where control characters are over 10% of the start."""
    if b"\x00" in data:
        return True
    sample = data[:_BINARY_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > _BINARY_CONTROL_RATIO * len(sample)


def _decode(data: bytes, origin: Origin) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_after_bom(data, len(bom), codec, origin)
    if looks_binary(data):
        raise CorruptInputError("binary data, not text", source=origin.name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    minimum = origin.settings.encoding_min_confidence
    detected = detect_encoding(data, minimum)
    if detected is None:
        raise EncodingError(
            f"not UTF-8 (invalid byte 0x{data[first_bad]:02x} at offset {first_bad}) "
            f"and no encoding detected with confidence >= {minimum}",
            source=origin.name,
        )
    return detected


def _decode_after_bom(data: bytes, skip: int, codec: str, origin: Origin) -> str:
    try:
        return data[skip:].decode(codec)
    except UnicodeDecodeError as exc:
        offset = skip + exc.start
        raise EncodingError(
            f"starts with a {codec.upper()} byte-order mark but is not {codec.upper()} "
            f"(invalid byte 0x{data[offset]:02x} at offset {offset})",
            source=origin.name,
        ) from None


def detect_encoding(data: bytes, min_confidence: float) -> str | None:
    """Decode ``data`` with the encoding charset-normalizer finds, if confident enough.

    Confidence is ``1 - match.chaos``; candidates messier than ``1 - min_confidence`` are
    discarded by the detector itself (its ``threshold``).

    Returns:
        The decoded text, or None when no encoding reaches ``min_confidence``.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data, threshold=max(1.0 - min_confidence, 0.0)).best()
    if best is None or 1.0 - float(best.chaos) < min_confidence:
        return None
    try:
        return data.decode(str(best.encoding))
    except (UnicodeDecodeError, LookupError):
        return None
