"""RSS and Atom feeds: one document per item, a failure per item without text."""

from __future__ import annotations

import pytest

from eventwire.errors import CorruptInputError, EmptyInputError
from eventwire.ingest import Failure, RawDocument

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Valley Gazette</title><link>https://gazette.example/</link>
<description>Local news</description>
<item>
  <title>Flood barrier completed</title>
  <link>https://gazette.example/flood-barrier</link>
  <guid isPermaLink="false">gazette-101</guid>
  <pubDate>Wed, 03 Sep 2025 23:30:00 -0500</pubDate>
  <author>desk@gazette.example (Ana Ruiz)</author>
  <description>&lt;p&gt;Workers finished the &lt;b&gt;flood barrier&lt;/b&gt; along the
  Tamber river on Wednesday.&lt;/p&gt;&lt;p&gt;The mayor thanked the crews.&lt;/p&gt;
  &lt;script&gt;track();&lt;/script&gt;</description>
</item>
<item>
  <title>Photo gallery</title>
  <link>https://gazette.example/gallery</link>
  <guid>gazette-102</guid>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Harbour Wire</title><id>urn:harbour-wire</id><updated>2025-09-03T10:00:00Z</updated>
<entry>
  <title>Ferry strike ends</title><id>urn:harbour-wire:1</id>
  <link href="https://wire.example/ferry-strike-ends"/>
  <published>2025-09-02T08:00:00+02:00</published><updated>2025-09-03T09:00:00+02:00</updated>
  <author><name>Lee Park</name></author>
  <summary>Crews are back.</summary>
  <content type="html">&lt;p&gt;Ferry crews returned to work on Tuesday after a
  two-day strike over rosters.&lt;/p&gt;</content>
</entry>
<entry>
  <title>Timetable</title><id>urn:harbour-wire:2</id>
  <link href="https://wire.example/timetable"/><updated>2025-09-03T09:00:00Z</updated>
</entry>
</feed>
"""


@pytest.mark.parametrize("name", ["gazette.xml", "gazette.rss"])
def test_rss_items(read, tmp_path, name):
    path = tmp_path / name
    path.write_text(RSS, encoding="utf-8")

    doc, failure = read(path)

    assert isinstance(doc, RawDocument)
    assert doc.text == (
        "Workers finished the flood barrier along the Tamber river on Wednesday.\n\n"
        "The mayor thanked the crews."
    )
    assert doc.source_name == f"{path}#1"
    assert (doc.format, doc.path) == ("feed", str(path))
    assert (doc.input_id, doc.url) == ("gazette-101", "https://gazette.example/flood-barrier")
    assert (doc.title, doc.source) == ("Flood barrier completed", "Valley Gazette")
    assert doc.published == "2025-09-03"  # the feed's local day, not the UTC day after
    assert doc.author == "Ana Ruiz"
    assert isinstance(failure, Failure)
    assert isinstance(failure.error, EmptyInputError)
    assert failure.source_name == f"{path}#2"
    assert "feed item has no text" in failure.reason


def test_atom_entries(read, tmp_path):
    path = tmp_path / "wire.atom"
    path.write_text(ATOM, encoding="utf-8")

    doc, failure = read(path)

    assert isinstance(doc, RawDocument)
    assert doc.text == (
        "Ferry crews returned to work on Tuesday after a two-day strike over rosters."
    )
    assert (doc.input_id, doc.url) == (
        "urn:harbour-wire:1",
        "https://wire.example/ferry-strike-ends",
    )
    assert (doc.title, doc.source, doc.author) == ("Ferry strike ends", "Harbour Wire", "Lee Park")
    assert doc.published == "2025-09-02"  # <published>, not <updated>
    assert isinstance(failure, Failure)
    assert failure.source_name == f"{path}#2"


@pytest.mark.parametrize(
    ("data", "error", "fragment"),
    [
        (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Cut',
            CorruptInputError,
            "malformed feed",
        ),
        (
            "<?xml version='1.0'?><catalog><book>Atlas</book></catalog>",
            CorruptInputError,
            "not an RSS or Atom",
        ),
        (
            '<rss version="2.0"><channel><title>Quiet</title></channel></rss>',
            EmptyInputError,
            "no items",
        ),
    ],
    ids=["truncated", "not-a-feed", "no-items"],
)
def test_bad_feeds_fail_as_a_whole(read, tmp_path, data, error, fragment):
    path = tmp_path / "feed.xml"
    path.write_text(data, encoding="utf-8")

    [failure] = read(path)

    assert isinstance(failure, Failure)
    assert type(failure.error) is error
    assert failure.source_name == str(path)
    assert fragment in failure.reason


@pytest.mark.parametrize(
    "summary",
    [
        "&amp;amp;",
        "&amp;nbsp;",
        '<summary type="text">&amp;nbsp;</summary>',
        "&#8203;",
        "&amp;mdash; &amp;hellip;",
    ],
)
def test_an_item_that_is_only_an_entity_is_no_article(read, tmp_path, summary):
    entry = summary if summary.startswith("<") else f"<summary>{summary}</summary>"
    feed = ATOM.replace("<summary>Crews are back.</summary>", entry).replace(
        ATOM[ATOM.index('  <content type="html">') : ATOM.index("</content>") + 10], ""
    )
    path = tmp_path / "wire.atom"
    path.write_text(feed, encoding="utf-8")

    failure, _ = read(path)

    assert isinstance(failure, Failure), failure
    assert isinstance(failure.error, EmptyInputError)
    assert "feed item has no text" in failure.reason


@pytest.mark.parametrize("reference", ["&#x110000;", "&#xD800;", "&#1114112;", "&#99999999999;"])
def test_a_reference_to_no_character_is_read_as_u_fffd(read, tmp_path, reference):
    # feedparser calls chr() on the reference: a ValueError (past U+10FFFF) or a
    # UnicodeEncodeError (a surrogate) used to end the whole feed (found by tests/test_fuzz.py).
    feed = ATOM.replace("<title>Ferry strike ends</title>", f"<title>Ferry{reference} ends</title>")
    path = tmp_path / "wire.atom"
    path.write_text(feed, encoding="utf-8")

    first, *_ = read(path)

    assert isinstance(first, RawDocument), first
    assert first.title == "Ferry\ufffd ends"


def test_feedparser_errors_end_the_feed_as_e104_with_the_cause_kept(read, tmp_path, monkeypatch):
    import feedparser

    def broken(stream):
        raise RuntimeError("parser bug")

    monkeypatch.setattr(feedparser, "parse", broken)
    path = tmp_path / "wire.atom"
    path.write_text(ATOM, encoding="utf-8")

    (failure,) = read(path)

    assert isinstance(failure, Failure) and isinstance(failure.error, CorruptInputError)
    assert "RuntimeError: parser bug" in failure.reason
    assert isinstance(failure.error.__cause__, RuntimeError)
