"""What every reader is handed about its input, the size limits, and per-item error capture.

Readers share one signature, ``reader(stream, origin) -> Iterator[RawDocument | Failure]``:
``stream`` is a seekable binary stream (an open file, or the bytes read from stdin) and
``origin`` names the input and carries the settings in force.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from eventwire.config import Settings
from eventwire.errors import CorruptInputError, EventwireError, InputTooLargeError
from eventwire.ingest.document import Failure, RawDocument

_DETAIL_CHARS = 120
TEXT_BYTES_PER_CHAR = 4
"""A text file over this many bytes per allowed character is refused unread (UTF-8 needs <= 4)."""


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a document comes from.

    Attributes:
        name: The name used in messages (``source_name``): a path, ``path:LINE``, ``path#N``
            or ``-``.
        path: The path as the user gave it, or ``-`` for stdin.
        settings: The settings in force (size limits, encoding confidence).
    """

    name: str
    path: str
    settings: Settings

    def item(self, name: str) -> Origin:
        """The origin of one document inside this input (a JSONL line, feed item, WARC record)."""
        return replace(self, name=name)


def byte_limit(fmt: str, settings: Settings) -> tuple[int, str]:
    """The largest input of format ``fmt`` read, in bytes, and the setting that sets it."""
    if fmt == "txt":
        by_chars = TEXT_BYTES_PER_CHAR * settings.max_chars
        if by_chars < settings.max_file_bytes:
            return by_chars, f"{TEXT_BYTES_PER_CHAR} bytes x max_chars={settings.max_chars:,}"
    return settings.max_file_bytes, f"max_file_bytes={settings.max_file_bytes:,}"


def check_byte_size(size: int, fmt: str, origin: Origin) -> None:
    """Refuse an input of ``size`` bytes that is over the limit for ``fmt`` (before reading it).

    Raises:
        InputTooLargeError: The input is over the limit; the message states both numbers.
    """
    limit, why = byte_limit(fmt, origin.settings)
    if size > limit:
        raise InputTooLargeError(
            f"input is {size:,} bytes, over the limit of {limit:,} bytes ({why})",
            source=origin.name,
        )


def check_text_size(text: str, origin: Origin) -> None:
    """Refuse a decoded or extracted text longer than ``settings.max_chars``.

    Raises:
        InputTooLargeError: The text is too long; the message states both numbers.
    """
    limit = origin.settings.max_chars
    if len(text) > limit:
        raise InputTooLargeError(
            f"text is {len(text):,} characters, over the limit of max_chars={limit:,}",
            source=origin.name,
        )


def attempt(origin: Origin, read: Callable[[Origin], RawDocument]) -> RawDocument | Failure:
    """Read one document, turning any error into a ``Failure`` that names it.

    Third-party parsers (pypdf, trafilatura, feedparser, warcio) raise many exception types on
    damaged input; a reader must never raise, so those become ``CorruptInputError``.
    """
    try:
        return read(origin)
    except EventwireError as exc:
        return Failure(exc.source or origin.name, exc)
    except Exception as exc:  # the parsers' own errors: report, never crash the batch
        return Failure(origin.name, unexpected_error(exc, origin))


def unexpected_error(exc: Exception, origin: Origin) -> CorruptInputError:
    """A ``CorruptInputError`` for an exception a parser raised on damaged input.

    The parser's exception is kept as the error's ``__cause__``, so a test can tell a parser's
    complaint about damaged bytes from a bug of ours that the same guard caught.
    """
    error = CorruptInputError(f"damaged or unreadable input ({describe(exc)})", source=origin.name)
    error.__cause__ = exc
    return error


def describe(exc: Exception) -> str:
    """A parser's exception as one short printable line: its type and the start of its message."""
    lines = str(exc).strip().splitlines()
    detail = "".join(c if c.isprintable() else "?" for c in (lines[0] if lines else ""))
    if len(detail) > _DETAIL_CHARS:
        detail = detail[: _DETAIL_CHARS - 3] + "..."
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


def text_field(value: object) -> str | None:
    """A metadata value from a parser as a stripped string, or None when absent or blank."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
