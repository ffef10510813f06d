"""Plain text: ``.txt``/``.text``/``.md`` files, text on stdin, and a ``str`` given directly.

Decoding order: a byte-order mark (UTF-8/16/32) decides; then UTF-16 without a mark (text whose
every other byte is NUL); otherwise binary data is refused; then strict UTF-8; then UTF-8 with a
few damaged bytes replaced by U+FFFD, with a warning (the rest holds valid multi-byte UTF-8, or the
only bad bytes are 0xFE/0xFF, which no Western text uses); then cp1252 for text that is mostly
ASCII with a few Western characters (English with accents and curly quotes: a detector would
guess cp1250 or a Cyrillic page from so few bytes); then charset-normalizer. Its confidence is
``1 - chaos`` (``CharsetMatch.chaos`` is the "mess" ratio, 0 for clean text, measured over the
decoded sample); a detected encoding is accepted only when that is
``>= settings.encoding_min_confidence``. The encoding used is ``RawDocument.encoding``.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
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
_UTF16_ZERO_SHARE = 0.5
"""UTF-16 without a mark: at least this share of one byte of each pair is NUL, none of the other."""
_DAMAGED_BYTES = 3
"""Bad bytes UTF-8 may hold and still be read as UTF-8 (or one per 1,000 bytes, if more)."""
_WESTERN_SHARE, _WESTERN_FEW = 0.03, 2
"""cp1252 is taken without detection when its non-ASCII characters are at most this share of the
letters, or at most this few (English with a few accents; Czech or Polish use far more)."""
_WESTERN = frozenset(
    "\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u2022\u20ac\u00a3\u00a9\u00ae"
    "\u00b0\u00bd\u00bc\u00be\u00a0\u00ab\u00bb\u2122"
    "\u00e0\u00e1\u00e2\u00e4\u00e7\u00e8\u00e9\u00ea\u00eb\u00ed\u00ee\u00ef\u00f1\u00f3"
    "\u00f4\u00f6\u00fa\u00fb\u00fc\u00c9\u00c0\u00c7\u00d6\u00dc\u00c5\u00e5\u00f8\u00e6"
)
"""The non-ASCII characters English text borrows (quotes, dashes, currency, accented letters)."""


_DATED_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[_\-. ]|$)")


def read_text(stream: BinaryIO, origin: Origin) -> Iterator[RawDocument]:
    """Read a whole text input (already checked against the byte limit) as one document.

    Plain text carries no metadata, so a file name that starts with an ISO date
    (``2018-06-12_summit.txt``) gives the publication date.
    """
    text, encoding = decode_text(stream.read(), origin)
    yield RawDocument(
        text=text,
        source_name=origin.name,
        format="txt",
        path=origin.path,
        published=date_from_name(origin.path),
        encoding=encoding,
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


def decode_text(data: bytes, origin: Origin) -> tuple[str, str]:
    """Decode the bytes of a text input and check it holds text within the size limit.

    Returns:
        The text and the name of the encoding it was decoded from.

    Raises:
        EmptyInputError: Nothing but whitespace.
        CorruptInputError: Binary data (NUL bytes or mostly control characters).
        EncodingError: Neither UTF-8 nor any encoding detected with enough confidence.
        InputTooLargeError: More than ``settings.max_chars`` characters.
    """
    text, encoding = _decode(data, origin)
    if not text.strip():
        raise EmptyInputError("no text (empty or whitespace only)", source=origin.name)
    check_text_size(text, origin)
    return text, encoding


def looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes or where control characters are over 10% of the start."""
    if b"\x00" in data:
        return True
    sample = data[:_BINARY_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > _BINARY_CONTROL_RATIO * len(sample)


def _decode(data: bytes, origin: Origin) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_after_bom(data, len(bom), codec, origin), codec
    unmarked = _utf16_without_mark(data)
    if unmarked is not None:
        return unmarked
    if looks_binary(data):
        raise CorruptInputError("binary data, not text", source=origin.name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    damaged = _damaged_utf8(data, origin)
    if damaged is not None:
        return damaged, "utf-8"
    western = _western(data)
    if western is not None:
        return western, "cp1252"
    minimum = origin.settings.encoding_min_confidence
    detected = detect_encoding(data, minimum)
    if detected is None:
        raise EncodingError(
            f"not UTF-8 (invalid byte 0x{data[first_bad]:02x} at offset {first_bad}) "
            f"and no encoding detected with confidence >= {minimum}",
            source=origin.name,
        )
    return detected


def _utf16_without_mark(data: bytes) -> tuple[str, str] | None:
    """Text in UTF-16 with no byte-order mark: mostly ASCII, so every other byte is NUL."""
    if len(data) < 2 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    for codec, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros >= _UTF16_ZERO_SHARE * half and others == 0:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return None if looks_binary(text.encode("utf-8")) else (text, codec)
    return None


def _damaged_utf8(data: bytes, origin: Origin) -> str | None:
    """UTF-8 with a few bad bytes replaced by U+FFFD (and a warning), when it is UTF-8 at all.

    It is, when the rest holds valid multi-byte sequences (a cp1252 file almost never does) or
    the only bad bytes are 0xFE/0xFF; and the bad bytes are few.
    """
    escaped = data.decode("utf-8", errors="surrogateescape")
    bad = [c for c in escaped if "\udc80" <= c <= "\udcff"]
    multibyte = sum(1 for c in escaped if c > "\x7f") - len(bad)
    few = len(bad) <= max(_DAMAGED_BYTES, len(data) // 1000)
    if not few or not (multibyte or all(c in "\udcfe\udcff" for c in bad)):
        return None
    count = f"{len(bad)} byte{'s' if len(bad) > 1 else ''}"
    error = EncodingError(
        f"{count} that {'are' if len(bad) > 1 else 'is'} not UTF-8 replaced by U+FFFD "
        "(the rest is UTF-8)",
        source=origin.name,
    )
    warnings.warn(str(error), stacklevel=2)
    return data.decode("utf-8", errors="replace")


def _western(data: bytes) -> str | None:
    """Mostly-ASCII text with a few cp1252 characters (Western letters, quotes, dashes)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = sum(1 for c in text if c.isalpha())
    foreign = [c for c in text if c > "\x7f"]
    if len(foreign) > max(_WESTERN_FEW, _WESTERN_SHARE * letters):
        return None
    return text if all(c in _WESTERN for c in foreign) else None


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


def detect_encoding(data: bytes, min_confidence: float) -> tuple[str, str] | None:
    """Decode ``data`` with the encoding charset-normalizer finds, if confident enough.

    Confidence is ``1 - match.chaos``; candidates messier than ``1 - min_confidence`` are
    discarded by the detector itself (its ``threshold``).

    Returns:
        The decoded text and its encoding, or None when no encoding reaches ``min_confidence``.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data, threshold=max(1.0 - min_confidence, 0.0)).best()
    if best is None or 1.0 - float(best.chaos) < min_confidence:
        return None
    try:
        return data.decode(str(best.encoding)), str(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
