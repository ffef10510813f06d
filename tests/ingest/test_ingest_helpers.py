"""Small pure helpers: date normalisation and HTML fragment flattening."""

from __future__ import annotations

import time
from datetime import date, datetime

import pytest

from eventwire.ingest.dates import iso_date, iso_timestamp
from eventwire.ingest.markup import fragment_text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-09-03", "2025-09-03"),
        ("2025-09-03T23:30:00-05:00", "2025-09-03"),
        ("2025-09-03T10:00:00Z", "2025-09-03"),
        ("Wed, 03 Sep 2025 23:30:00 -0500", "2025-09-03"),
        ("D:20250903120000+02'00'", "2025-09-03"),
        ("D:20251340", None),
        ("D:2025", None),
        ("2025-02-30", None),
        ("yesterday", None),
        ("", None),
        (None, None),
        (20250903, None),
        (datetime(2025, 9, 3, 23, 59), "2025-09-03"),
        (date(2025, 9, 3), "2025-09-03"),
        (time.strptime("2025-09-03", "%Y-%m-%d"), "2025-09-03"),
    ],
)
def test_iso_date(value, expected):
    assert iso_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-09-03", "2025-09-03"),
        (" 2025-09-03 ", "2025-09-03"),
        ("2025-09-03T14:00:00+02:00", "2025-09-03T14:00:00+02:00"),
        ("2025-09-03T14:00", "2025-09-03T14:00:00"),
        ("2025-09-03T14:00:00Z", "2025-09-03T14:00:00+00:00"),
        ("Wed, 03 Sep 2025 23:30:00 -0500", "2025-09-03T23:30:00-05:00"),
        ("03/09/2025", None),
        ("last Tuesday", None),
    ],
)
def test_iso_timestamp(value, expected):
    assert iso_timestamp(value) == expected


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
        ("Plain words only", "Plain words only"),
        ("<p>A <b>bold</b>\n   claim &amp; a&nbsp;fact.</p>", "A bold claim & a\xa0fact."),
        ("Line one<br>line two<br/>", "Line one\nline two"),
        ("<ul><li>first</li><li>second</li></ul>", "first\n\nsecond"),
        ("<p>Kept.</p><script>var x = '<p>';</script><style>p {}</style>", "Kept."),
        ("<div><div><p>Nested.</p></div></div>", "Nested."),
        ("<p>Unclosed <i>markup", "Unclosed markup"),
        ("", ""),
    ],
)
def test_fragment_text(fragment, expected):
    assert fragment_text(fragment) == expected
