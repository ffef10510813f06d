"""Publication dates from the forms inputs state them in, normalised to ISO 8601.

Pages, feeds, PDFs and WARC headers give dates as ISO 8601, RFC 2822 (RSS ``pubDate``), PDF
``D:YYYYMMDDHHmmSS`` strings or ``time.struct_time``. Readers keep the *local* calendar date the
input states ("Wed, 03 Sep 2025 23:30:00 -0500" is 2025-09-03, not the UTC day after).
"""

from __future__ import annotations

import re
import time
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_PDF_DATE = re.compile(r"^D:(\d{4})(\d{2})(\d{2})")
_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def iso_date(value: object) -> str | None:
    """The calendar date in ``value`` as ``YYYY-MM-DD``, or None when there is no valid date.

    Args:
        value: A string (ISO 8601, RFC 2822 or PDF date), a ``date``/``datetime`` or a
            ``time.struct_time``; anything else gives None.
    """
    if isinstance(value, datetime | date):
        day = value.date() if isinstance(value, datetime) else value
        return day.isoformat()
    if isinstance(value, time.struct_time):
        return _day(value.tm_year, value.tm_mon, value.tm_mday)
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    match = _PDF_DATE.match(text) or _ISO_PREFIX.match(text)
    if match:
        return _day(*(int(part) for part in match.groups()))
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def iso_timestamp(value: str) -> str | None:
    """A user-given date or datetime kept at its precision, or None when it is not one.

    ``"2025-09-03"`` stays a date; ``"2025-09-03T14:00:00+02:00"`` and RFC 2822 strings become
    ISO 8601 datetimes. Used for JSONL ``date``/``published`` fields.
    """
    text = value.strip()
    try:
        if len(text) == len("YYYY-MM-DD"):
            return date.fromisoformat(text).isoformat()
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
