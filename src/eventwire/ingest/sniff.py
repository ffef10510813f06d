"""Guess the format of bytes with no file name (stdin) from their content.

In order: PDF (``%PDF-``), WARC (``WARC/``, gzipped or not), JSON Lines (every non-blank line
starts with ``{`` and at least one is a JSON object: a line broken inside still counts, so it
becomes a failure for that line instead of turning the whole input into one text),
an RSS/Atom feed (its root element, after any XML declaration, comments or doctype), HTML (an
HTML doctype or an ``<html>``, ``<head>`` or ``<body>`` tag near the start), else text.
"""

from __future__ import annotations

import io
import json
import re

from eventwire.ingest.warc import is_warc

_HEAD_CHARS = 4096
_PROLOG = r"(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>|\s)*"
_FEED_ROOT = re.compile(_PROLOG + r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE | re.DOTALL)
_HTML_MARK = re.compile(r"<!DOCTYPE\s+html|<(?:html|head|body)\b", re.IGNORECASE)


def sniff_format(data: bytes) -> str:
    """The format of ``data``: ``pdf``, ``warc``, ``jsonl``, ``feed``, ``html`` or ``txt``."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if is_warc(data[:4096]):
        return "warc"
    if looks_like_jsonl(data):
        return "jsonl"
    head = data[: _HEAD_CHARS * 4].decode("utf-8", errors="replace").lstrip("\ufeff")[:_HEAD_CHARS]
    if _FEED_ROOT.match(head):
        return "feed"
    if _HTML_MARK.search(head):
        return "html"
    return "txt"


def looks_like_jsonl(data: bytes) -> bool:
    """True when every non-blank line starts with ``{`` and at least one is a JSON object."""
    parsed = False
    for raw in io.BytesIO(data.removeprefix(b"\xef\xbb\xbf")):
        line = raw.strip()
        if not line:
            continue
        if not line.startswith(b"{"):
            return False
        parsed = parsed or _is_object(line)
    return parsed


def _is_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False
