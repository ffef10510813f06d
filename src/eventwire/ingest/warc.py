"""Web archives (``.warc``, ``.warc.gz``): warcio; each HTML response goes through the HTML reader.

Only ``response`` records with a 2xx HTTP status and an HTML content type are read (redirects,
error pages, requests, metadata and other media are skipped silently). A page's ``url`` is the
record's ``WARC-Target-URI``, its ``input_id`` the ``WARC-Record-ID``, and its date the page's
own, else the capture date (``WARC-Date``). Records are named ``path#N`` (N counts every record,
from 1). warcio is lenient with damage, so the reader checks for it: the file must start with a
WARC header, a record must be complete and match its digest when it has one, and the records
must reach the end of the file (a cut ``.warc.gz`` otherwise ends early without an error).
A record over ``max_file_bytes`` once decompressed is refused alone (a small ``.warc.gz`` can hold
a record of gigabytes); it is never read into memory.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from functools import partial
from typing import Any, BinaryIO

from eventwire.errors import CorruptInputError, EmptyInputError, InputTooLargeError
from eventwire.ingest.dates import iso_date
from eventwire.ingest.document import Failure, RawDocument
from eventwire.ingest.html import html_document
from eventwire.ingest.source import Origin, attempt, describe, text_field

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MAGIC = b"\x1f\x8b"
_WARC_MAGIC = b"WARC/"
_GZIP_WBITS = 16 + zlib.MAX_WBITS
_CHUNK = 1 << 16


def is_warc(head: bytes) -> bool:
    """True when ``head`` (the first bytes of an input) starts a WARC file, gzipped or not."""
    if head.startswith(_GZIP_MAGIC):
        try:
            head = zlib.decompressobj(_GZIP_WBITS).decompress(head, len(_WARC_MAGIC))
        except zlib.error:
            return False
    return head.startswith(_WARC_MAGIC)


def read_warc(stream: BinaryIO, origin: Origin) -> Iterator[RawDocument | Failure]:
    """Read a WARC file: one document (or ``Failure``) per HTML response record.

    Documents already yielded stay yielded when damage is found further on.

    Raises:
        CorruptInputError: Not a WARC file, or damaged (the message says after which record).
        EmptyInputError: The archive holds no HTML response.
    """
    from warcio.archiveiterator import ArchiveIterator

    size = stream.seek(0, 2)
    stream.seek(0)
    head = stream.read(4096)
    if not is_warc(head):
        raise CorruptInputError("not a WARC file (no WARC/1.x record header)", source=origin.name)
    stream.seek(0)
    records = ArchiveIterator(stream, check_digests=True)
    number = pages = last_start = 0
    last = None
    try:
        for number, record in enumerate(records, start=1):
            if not _header_complete(record):
                raise _damaged("a record header is cut short", number - 1, origin)
            last, last_start = record, records.offset  # where this record starts
            if _is_html_response(record):
                pages += 1
                item = origin.item(f"{origin.name}#{number}")
                yield attempt(item, partial(_record_document, record))
    except CorruptInputError:
        raise
    except Exception as exc:  # warcio and zlib raise many types on damaged archives
        raise _damaged(describe(exc), number, origin) from exc
    if last is not None and _truncated(last):
        raise _damaged("the last record is cut short", number - 1, origin)
    if records.offset < size or (
        head.startswith(_GZIP_MAGIC) and not _members_complete(stream, last_start)
    ):
        raise _damaged("the data ends early or is damaged", number, origin)
    if pages == 0:
        raise EmptyInputError(
            f"WARC holds no HTML response record ({number} records read)", source=origin.name
        )


def _members_complete(stream: BinaryIO, start: int) -> bool:
    """True when the gzip members from byte ``start`` on are all whole.

    warcio stops without an error at a gzip member cut short, so the last record's member and
    anything after it are decompressed again here (output discarded) to tell the two apart.
    """
    stream.seek(start)
    decompressor = zlib.decompressobj(_GZIP_WBITS)
    pending = b""
    while chunk := pending or stream.read(_CHUNK):
        if decompressor.eof:  # the next member starts in ``pending``
            decompressor = zlib.decompressobj(_GZIP_WBITS)
        try:
            decompressor.decompress(chunk, _CHUNK)
            while decompressor.unconsumed_tail:
                decompressor.decompress(decompressor.unconsumed_tail, _CHUNK)
        except zlib.error:
            return False
        pending = decompressor.unused_data
    return decompressor.eof


def _header_complete(record: Any) -> bool:
    """WARC-Type and a numeric Content-Length are mandatory; warcio accepts a header without."""
    length = str(record.rec_headers.get_header("Content-Length") or "").strip()
    return record.rec_type is not None and length.isdigit()


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = str(record.http_headers.get_statuscode() or "")
    content_type = str(record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and content_type.startswith(_HTML_TYPES)


def _record_document(record: Any, origin: Origin) -> RawDocument:
    limit = origin.settings.max_file_bytes
    # The record's declared length, then the bytes actually decoded: a few compressed bytes can
    # hold gigabytes (gzip members, HTTP Content-Encoding), and only ``limit`` + 1 are read.
    declared = int(str(record.rec_headers.get_header("Content-Length") or "0").strip() or 0)
    payload = b"" if declared > limit else record.content_stream().read(limit + 1)
    if declared > limit or len(payload) > limit:
        size = f"{declared:,} bytes" if declared > limit else f"over {limit:,} bytes"
        raise InputTooLargeError(
            f"record is {size} decompressed, over the limit of {limit:,} bytes "
            f"(setting max_file_bytes)",
            source=origin.name,
        )
    if _truncated(record):
        raise CorruptInputError("record is truncated", source=origin.name)
    if record.digest_checker.passed is False:
        problems = "; ".join(str(p) for p in record.digest_checker.problems) or "digest mismatch"
        raise CorruptInputError(f"record is damaged ({problems})", source=origin.name)
    headers = record.rec_headers
    return html_document(
        payload,
        origin,
        fmt="warc",
        url=text_field(headers.get_header("WARC-Target-URI")),
        fallback_date=iso_date(headers.get_header("WARC-Date")),
        input_id=text_field(headers.get_header("WARC-Record-ID")),
    )


def _truncated(record: Any) -> bool:
    """True when the record's stream ended before its declared ``Content-Length``."""
    return int(getattr(record.raw_stream, "limit", 0) or 0) > 0 and _exhausted(record)


def _exhausted(record: Any) -> bool:
    return not record.raw_stream.read(1)


def _damaged(detail: str, complete: int, origin: Origin) -> CorruptInputError:
    """The error for damage found after ``complete`` whole records."""
    where = f"after record {complete}" if complete else "in its first record"
    return CorruptInputError(f"damaged WARC {where} ({detail})", source=origin.name)
