"""Page cursors: opaque strings the client passes back as ``cursor`` for the next page.

An events cursor holds the last row's order keys (keyset pages: later pages cost what the first
costs); the other lists' cursors hold an offset. Both are URL-safe base64 of a small JSON value.
A cursor that cannot be read, or of the other kind, is a 422.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from eventwire.api.errors import bad_parameter
from eventwire.store.browse import EventKey

MAX_CURSOR = 512
"""The longest cursor read (characters)."""


def _encode(value: Any) -> str:
    raw = json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _decode(cursor: str) -> Any:
    if len(cursor) > MAX_CURSOR:
        raise bad_parameter("cursor", "not a cursor this server made (too long)")
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        return json.loads(raw.decode("utf-8"))
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise bad_parameter("cursor", "not a cursor this server made", cursor[:40]) from None


def encode_event_cursor(key: EventKey | None) -> str | None:
    """Return the cursor of the page after ``key`` (None: there is none)."""
    if key is None:
        return None
    return _encode({"e": [key.published_key, key.article_id, key.seq]})


def decode_event_cursor(cursor: str | None) -> EventKey | None:
    """Return the key an events cursor holds (None without a cursor)."""
    if cursor is None:
        return None
    value = _decode(cursor)
    keys = value.get("e") if isinstance(value, dict) else None
    if (
        not isinstance(keys, list)
        or len(keys) != 3
        or not isinstance(keys[0], str)
        or not isinstance(keys[1], str)
        or not isinstance(keys[2], int)
        or isinstance(keys[2], bool)
    ):
        raise bad_parameter("cursor", "not an events cursor", cursor[:40])
    return EventKey(keys[0], keys[1], keys[2])


def encode_offset(offset: int) -> str:
    """Return the cursor of the page starting at row ``offset``."""
    return _encode({"o": offset})


def decode_offset(cursor: str | None) -> int:
    """Return the offset a list cursor holds (0 without a cursor)."""
    if cursor is None:
        return 0
    value = _decode(cursor)
    offset = value.get("o") if isinstance(value, dict) else None
    if not isinstance(offset, int) or isinstance(offset, bool) or not 0 <= offset < 2**31:
        raise bad_parameter("cursor", "not a cursor of this list", cursor[:40])
    return offset
