"""Inputs (paths, directories, stdin) -> documents, in input order, never raising for bad input.

Every problem with an input becomes a ``Failure`` carrying a typed error from
``eventwire.errors`` and reading goes on with the next input (or the next line, item or record
inside a container format). Sizes are checked before anything is read: a file over the limit is
refused from its ``stat`` alone.
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from eventwire.config import Settings
from eventwire.errors import (
    EmptyInputError,
    EventwireError,
    InputError,
    InputTooLargeError,
    UnsupportedInputError,
)
from eventwire.ingest.document import Failure, RawDocument
from eventwire.ingest.feeds import read_feed
from eventwire.ingest.html import read_html
from eventwire.ingest.jsonl import read_jsonl
from eventwire.ingest.paths import SUPPORTED, extension_of, format_of, walk_directory
from eventwire.ingest.pdf import read_pdf
from eventwire.ingest.sniff import sniff_format
from eventwire.ingest.source import Origin, check_byte_size, unexpected_error
from eventwire.ingest.text import read_text
from eventwire.ingest.warc import read_warc

Reader = Callable[[BinaryIO, Origin], Iterator[RawDocument | Failure]]

READERS: dict[str, Reader] = {
    "txt": read_text,
    "pdf": read_pdf,
    "html": read_html,
    "feed": read_feed,
    "jsonl": read_jsonl,
    "warc": read_warc,
}
"""The reader for each format; ``RawDocument.format`` is the key."""

STDIN = "-"
_STDIN_CHUNK = 1 << 20


def iter_documents(
    inputs: Iterable[str | Path], settings: Settings, *, stdin: BinaryIO | None = None
) -> Iterator[RawDocument | Failure]:
    """Read every input and yield its documents, or a ``Failure`` for each one that is bad.

    Args:
        inputs: File or directory paths, or the string ``"-"`` for standard input (a
            ``Path("-")`` is a file named ``-``); a single bare path counts as one input. A
            directory is walked recursively in sorted order; hidden files and unsupported
            extensions inside it are skipped.
        settings: Size limits and the encoding confidence threshold.
        stdin: The stream read for ``"-"`` (default: ``sys.stdin.buffer``; a closed standard
            input is a ``Failure`` of ``-``); its format is sniffed from its content.

    Yields:
        Documents in input order (a JSONL file, feed or WARC gives several), and a ``Failure``
        for each input, line, item or record that could not be read.
    """
    if isinstance(inputs, str | os.PathLike):  # one path given bare, not its characters
        inputs = [inputs]
    for given in inputs:
        if isinstance(given, str) and given == STDIN:
            yield from _read_stdin(stdin if stdin is not None else standard_input(), settings)
        else:
            yield from _read_path(os.fspath(given), settings)


def _read_path(given: str, settings: Settings) -> Iterator[RawDocument | Failure]:
    try:
        info = Path(given).stat()
    except FileNotFoundError:
        yield _failure(InputError("no such file or directory", source=given))
        return
    except OSError as exc:
        yield _failure(InputError(f"cannot read ({exc.strerror})", source=given))
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _read_directory(given, settings)
    elif stat.S_ISREG(info.st_mode):
        yield from _read_file(given, info.st_size, settings)
    else:
        yield _failure(UnsupportedInputError("not a regular file or directory", source=given))


def _read_directory(given: str, settings: Settings) -> Iterator[RawDocument | Failure]:
    found = False
    for entry in walk_directory(given):
        if isinstance(entry, Failure):
            yield entry
            continue
        found = True
        try:
            size = Path(entry).stat().st_size
        except OSError as exc:
            yield _failure(InputError(f"cannot read ({exc.strerror})", source=entry))
            continue
        yield from _read_file(entry, size, settings)
    if not found:
        message = f"directory holds no supported file (supported: {SUPPORTED})"
        yield _failure(UnsupportedInputError(message, source=given))


def _read_file(given: str, size: int, settings: Settings) -> Iterator[RawDocument | Failure]:
    fmt = format_of(given)
    if fmt is None:
        extension = extension_of(given)
        what = f"unsupported file type {extension!r}" if extension else "no file extension"
        yield _failure(UnsupportedInputError(f"{what} (supported: {SUPPORTED})", source=given))
        return
    origin = Origin(given, given, settings)
    try:
        if size == 0:
            raise EmptyInputError("empty file", source=given)
        check_byte_size(size, fmt, origin)
        with Path(given).open("rb") as stream:
            yield from _guarded(READERS[fmt], stream, origin)
    except EventwireError as exc:
        yield _failure(exc)
    except OSError as exc:
        yield _failure(InputError(f"cannot read ({exc.strerror})", source=given))


def standard_input() -> BinaryIO | None:
    """The process's standard input as bytes, or None when it is closed (``<&-``)."""
    stream = sys.stdin
    return None if stream is None else stream.buffer


def _read_stdin(stream: BinaryIO | None, settings: Settings) -> Iterator[RawDocument | Failure]:
    origin = Origin(STDIN, STDIN, settings)
    try:
        if stream is None:
            raise InputError("standard input is closed", source=STDIN)
        data = _read_bounded(stream, settings.max_file_bytes)
        if not data.strip():
            raise EmptyInputError("standard input is empty", source=STDIN)
        fmt = sniff_format(data)
        check_byte_size(len(data), fmt, origin)
    except EventwireError as exc:
        yield _failure(exc)
        return
    yield from _guarded(READERS[fmt], io.BytesIO(data), origin)


def _read_bounded(stream: BinaryIO, limit: int) -> bytes:
    """All of ``stream``, refusing it as soon as it passes ``limit`` bytes."""
    buffer = bytearray()
    while chunk := stream.read(min(_STDIN_CHUNK, limit + 1 - len(buffer))):
        buffer += chunk
        if len(buffer) > limit:
            raise InputTooLargeError(
                f"standard input is over the limit of {limit:,} bytes (max_file_bytes)",
                source=STDIN,
            )
    return bytes(buffer)


def _guarded(reader: Reader, stream: BinaryIO, origin: Origin) -> Iterator[RawDocument | Failure]:
    """Run ``reader``, turning whatever it raises into a final ``Failure`` for the input."""
    try:
        yield from reader(stream, origin)
    except EventwireError as exc:
        yield _failure(exc, origin.name)
    except Exception as exc:  # a parser's own error on damaged input must not end the batch
        yield _failure(unexpected_error(exc, origin))


def _failure(error: EventwireError, name: str | None = None) -> Failure:
    return Failure(error.source or name or "", error)
