"""Builders of input files for the reader tests and the fuzzing suite, from texts written here.

Every builder returns the bytes of one file: a PDF with a text layer (reportlab), a PDF with only
drawings, a small news page, a WARC of HTTP responses (warcio), an RSS or Atom feed, JSON Lines.
The texts are short news-style reports of well-documented events, written for these tests.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from html import escape

STORIES: tuple[tuple[str, str, str], ...] = (
    (
        "2011-03-11",
        "Earthquake off Japan",
        "TOKYO, March 11 (Wire) - A magnitude 9.0 earthquake struck off the northeast coast of "
        "Japan on Friday, sending a tsunami several metres high into towns along the shore.\n\n"
        "Prime Minister Naoto Kan said the government had set up an emergency headquarters. "
        "Police said at least 300 people were killed and hundreds more were missing.",
    ),
    (
        "2010-08-05",
        "Miners trapped in Chile",
        "COPIAPO, Chile - Thirty-three miners were trapped underground on Thursday after a "
        "tunnel collapsed at the San Jose copper and gold mine.\n\n"
        '"We will do everything to bring them home," President Sebastian Pinera told reporters. '
        "Rescuers drilled three boreholes toward a shelter 700 metres below the surface.",
    ),
    (
        "2014-04-16",
        "Ferry capsizes",
        "SEOUL (Wire) — A passenger ferry carrying 476 people capsized off South Korea's "
        "southwest coast on Wednesday. The coast guard said 174 were rescued.\n\n"
        "Gunmen kidnapped 12 aid workers near the border last week, officials said, and the "
        "government pledged $2.5 million in emergency aid. The 1950-53 war killed about "
        "2.5 million people.",
    ),
    (
        "1989-11-09",
        "Berlin Wall opens",
        "BERLIN, Nov. 9 - East German officials opened the border crossings in Berlin on "
        "Thursday night, and thousands of people walked through to the West.\n\n"
        "Günter Schabowski, a spokesman for the ruling party, told a news conference the new "
        "travel rules applied “immediately”. Crowds cheered at the Brandenburg Gate.",
    ),
)
"""(date, title, text) of short reports written for the tests."""


def make_pdf(
    pages: Sequence[Sequence[str]], *, title: str | None = None, author: str | None = None
) -> bytes:
    """A PDF with a text layer: one page per item of ``pages``, one text line per string."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=True)  # invariant: fixed creation date 2000-01-01
    if title:
        pdf.setTitle(title)
    if author:
        pdf.setAuthor(author)
    for lines in pages:
        y = 780
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 16
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_shapes_pdf() -> bytes:
    """A PDF with drawings and no text layer, like a scan."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.rect(100, 100, 200, 150, fill=1)
    pdf.circle(300, 500, 60)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def html_page(*paragraphs: str, head: str = "", nav: bool = True) -> str:
    """A small news page: optional head markup, navigation, an article, a footer."""
    body = "\n".join(f"<p>{text}</p>" for text in paragraphs)
    menu = '<nav><a href="/">Home</a> <a href="/world">World</a></nav>' if nav else ""
    return (
        f"<!DOCTYPE html><html><head>{head}</head><body>{menu}"
        f"<article>{body}</article><footer>All rights reserved.</footer></body></html>"
    )


def make_warc(records: Sequence[tuple[str, str, bytes]], *, gzip: bool = True) -> bytes:
    """A WARC of HTTP ``response`` records ``(url, content type, payload)``, plus a request."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for url, content_type, payload in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(payload),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2025-09-04T06:30:00Z"},
        )
        writer.write_record(record)
    request = writer.create_warc_record(
        "https://news.example/", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
    )
    writer.write_record(request)
    return buffer.getvalue()


_RSS_ITEM = (
    "<item><title>{title}</title><link>https://news.example/{n}</link><guid>story-{n}</guid>"
    "<pubDate>{date}T08:00:00Z</pubDate><description>{html}</description></item>"
)
_ATOM_ENTRY = (
    '<entry><title>{title}</title><id>urn:story:{n}</id><link href="https://news.example/a/{n}"/>'
    '<updated>{date}T08:00:00Z</updated><content type="html">{html}</content></entry>'
)
_FEEDS = {
    "rss": (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>Example Wire</title><link>https://news.example/</link>{entries}</channel></rss>"
    ),
    "atom": (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Example Wire</title><id>urn:wire</id><updated>2025-09-04T00:00:00Z</updated>"
        "{entries}</feed>"
    ),
}


def make_feed(items: Sequence[tuple[str, str, str]], kind: str = "rss") -> bytes:
    """An RSS 2.0 or Atom feed of ``(date, title, text)`` items, the text as escaped HTML."""
    entry = _RSS_ITEM if kind == "rss" else _ATOM_ENTRY
    entries = "".join(
        entry.format(n=n, date=date, title=escape(title), html=escape(_paragraphs(text)))
        for n, (date, title, text) in enumerate(items, start=1)
    )
    return _FEEDS[kind].format(entries=entries).encode()


def make_jsonl(items: Sequence[tuple[str, str, str]]) -> bytes:
    """JSON Lines of ``(date, title, text)`` documents with an id, an author and a section."""
    lines = []
    for n, (date, title, text) in enumerate(items, start=1):
        record = {"id": f"w{n}", "date": date, "title": title, "text": text}
        record |= {"author": "Staff", "section": "world"}
        lines.append(json.dumps(record, ensure_ascii=n % 2 == 0))
    return ("\n".join(lines) + "\n").encode()


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(part)}</p>" for part in text.split("\n\n"))
