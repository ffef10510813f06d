"""Fuzzing inputs and the crash check, shared by ``tests/test_fuzz.py`` and ``bench/fuzz.py``.

Seeds are real files of every format built from the texts in ``input_files`` (PDFs from
reportlab, WARCs from warcio, RSS/Atom feeds, HTML, JSON Lines, text in several encodings);
a mutation is a short list of byte edits (flip, cut, insert a troublesome byte string, repeat a
stretch, splice in another seed), applied deterministically, so a failing input is rebuilt from
its seed and its edits alone.

What counts as a crash (``Check.crashes``):

* any exception other than an ``EventwireError`` that leaves a reader or the pipeline;
* an ``E900`` internal error (a bug the batch layer caught and reported);
* a ``CorruptInputError`` made from an exception raised in eventwire's own code (a reader's
  guard around a parser caught our bug, not the parser's complaint about damaged bytes);
* a record whose span text differs from the article text at its offsets, or that breaks the
  record schema (``check_records``), or that the store does not give back equal.

A parser's own exception on damaged bytes (pypdf, warcio, feedparser, lxml), turned into an
``E104`` at the reader's boundary, is a rejection: counted by type, not a crash.
"""

from __future__ import annotations

import io
import random
import traceback
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import eventwire
import input_files as files
from eventwire.annotate import annotate_batch
from eventwire.config import Settings
from eventwire.errors import EventwireError
from eventwire.ingest.document import Failure, RawDocument
from eventwire.ingest.readers import READERS
from eventwire.ingest.sniff import sniff_format
from eventwire.ingest.source import Origin
from eventwire.records import Article
from eventwire.store import Store

PACKAGE = Path(eventwire.__file__).resolve().parent

TOKENS: tuple[bytes, ...] = (
    b"\x00", b"\xff", b"\xfe\xff", b"\xef\xbb\xbf", b"\r", b"\r\n", b"\n\n", b"\f", b"\t",
    b"\xc3", b"\xe2\x80", b"\xed\xa0\x80", b"\\ud800", b"\\u0000", b'"', b"{", b"}", b"<", b">",
    b"&", b"&amp;", b"&#0;", b"&#x110000;", b"&nbsp;", b"<p>", b"</p>", b"<script>", b"<![CDATA[",
    b"-->", b"]]>", b"%PDF-1.4", b"%%EOF", b"obj", b"endobj", b"stream", b"trailer", b"xref",
    b"/Length 99999999", b"WARC/1.0\r\n", b"Content-Length: 9999999999\r\n", b"\x1f\x8b\x08",
    b"99999999999999999999", b"1e999", b"-0", b"NaN", b"3.5 trillion", b"$", b"\xe2\x80\x94",
    b"\xcc\x81", b"\xe2\x80\x8b", b"\xe2\x80\xae", b"\xf0\x9f\x98\x80", b"\xc2\xad", b" - ",
    b"(AP) ", b"said", b"killed", b"\"Stop,\" he said.", b"at least ", b"Mr. ", b"U.S.",
)  # fmt: skip
"""Byte strings that tend to reach corners: encodings, escapes, markup, container syntax."""

OPERATIONS = ("flip", "cut", "insert", "repeat", "splice", "truncate")
MAX_LENGTH = 200_000


def seeds() -> list[tuple[str, str, bytes]]:
    """(name, format, bytes) of well-formed files of every reader's format."""
    stories = list(files.STORIES)
    texts = [text for _, _, text in stories]
    out: list[tuple[str, str, bytes]] = [
        ("utf8.txt", "txt", texts[0].encode()),
        ("bom.txt", "txt", b"\xef\xbb\xbf" + texts[3].encode()),
        ("cp1252.txt", "txt", texts[3].replace("“", '"').replace("”", '"').encode("cp1252")),
        ("utf16.txt", "txt", texts[1].encode("utf-16")),
        ("utf16le.txt", "txt", texts[2].encode("utf-16-le")),
        ("crlf.txt", "txt", texts[2].replace("\n", "\r\n").encode()),
        ("page.html", "html", _page(stories[0]).encode()),
        ("page-cp1252.html", "html", _page(stories[1], charset="windows-1252").encode("cp1252")),
        ("rss.xml", "feed", files.make_feed(stories)),
        ("atom.xml", "feed", files.make_feed(stories[1:], "atom")),
        ("wires.jsonl", "jsonl", files.make_jsonl(stories)),
        ("story.pdf", "pdf", _pdf(stories[2])),
        ("two-pages.pdf", "pdf", _pdf(stories[0], pages=2)),
        ("shapes.pdf", "pdf", files.make_shapes_pdf()),
        ("pages.warc.gz", "warc", _warc(stories, gzip=True)),
        ("pages.warc", "warc", _warc(stories[:2], gzip=False)),
    ]
    return out


def _page(story: tuple[str, str, str], charset: str = "utf-8") -> str:
    date, title, text = story
    head = (
        f'<meta charset="{charset}"><title>{title}</title>'
        f'<meta property="article:published_time" content="{date}">'
        '<meta name="author" content="Staff Reporter">'
    )
    return files.html_page(*text.split("\n\n"), head=head)


def _pdf(story: tuple[str, str, str], pages: int = 1) -> bytes:
    _, title, text = story
    words = text.replace("—", "-").replace("“", '"').replace("”", '"').replace("ü", "u").split()
    lines = [" ".join(words[i : i + 11]) for i in range(0, len(words), 11)]
    per_page = max(1, -(-len(lines) // pages))
    chunks = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    return files.make_pdf(chunks, title=title, author="Staff Reporter")


def _warc(stories: Sequence[tuple[str, str, str]], gzip: bool) -> bytes:
    records = [
        (f"https://news.example/{n}", "text/html; charset=utf-8", _page(story).encode())
        for n, story in enumerate(stories, start=1)
    ]
    records.append(("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"))
    return files.make_warc(records, gzip=gzip)


Edit = tuple[str, float, float, int]
"""(operation, position as a share of the length, a second share, a choice among tokens/seeds)."""


def mutate(data: bytes, edits: Sequence[Edit], others: Sequence[bytes]) -> bytes:
    """Apply ``edits`` in order to ``data`` (deterministic: the same edits give the same bytes)."""
    out = bytearray(data)
    for op, where, size, choice in edits:
        at = int(where * len(out))
        span = max(1, int(size * min(len(out), 4096)))
        if op == "flip" and out:
            at = min(at, len(out) - 1)
            out[at] ^= 1 << (choice % 8)
        elif op == "cut":
            del out[at : at + span]
        elif op == "insert":
            out[at:at] = TOKENS[choice % len(TOKENS)]
        elif op == "repeat":
            out[at:at] = out[at : at + span] * (1 + choice % 3)
        elif op == "splice" and others:
            other = others[choice % len(others)]
            start = int(size * len(other))
            out[at:] = other[start:]
        elif op == "truncate":
            del out[at:]
        if len(out) > MAX_LENGTH:
            del out[MAX_LENGTH:]
    return bytes(out)


def random_edits(rng: random.Random) -> list[Edit]:
    """One to six random edits (most inputs get few, so they stay close to a valid file)."""
    count = min(6, 1 + int(rng.expovariate(0.7)))
    return [
        (rng.choice(OPERATIONS), rng.random(), rng.random() ** 3, rng.randrange(1 << 16))
        for _ in range(count)
    ]


@dataclass
class Check:
    """What happened to one input: documents read and stored, failures, rejections, crashes."""

    documents: int = 0
    articles: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    rejections: Counter[str] = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)

    def add(self, other: Check) -> None:
        """Add ``other``'s counts to these."""
        self.documents += other.documents
        self.articles += other.articles
        self.failures.update(other.failures)
        self.rejections.update(other.rejections)
        self.crashes += other.crashes


def fuzz_settings(**changes: object) -> Settings:
    """The packaged defaults (no environment variables) with record checks on."""
    return Settings.build(env={}).replace(check_records=True, **changes)


def read(fmt: str, data: bytes, settings: Settings, check: Check) -> list[RawDocument]:
    """Run the reader of ``fmt`` on ``data``; record failures and crashes in ``check``."""
    origin = Origin(f"fuzz.{fmt}", f"fuzz.{fmt}", settings)
    documents: list[RawDocument] = []
    try:
        for item in READERS[fmt](io.BytesIO(data), origin):
            if isinstance(item, Failure):
                _failed(item.error, check)
            else:
                documents.append(item)
    except EventwireError as exc:
        _failed(exc, check)
    except Exception as exc:  # the crash being looked for
        check.crashes.append(f"reader {fmt}: {_where(exc)}")
    check.documents += len(documents)
    return documents


def sniffed(data: bytes) -> str:
    """The format standard input would be read as."""
    return sniff_format(data)


def annotate(
    documents: Sequence[RawDocument], settings: Settings, check: Check, store: Store | None = None
) -> list[Article]:
    """Run the pipeline (and the store, when given) on ``documents``; record what went wrong."""
    if not documents:
        return []
    try:
        outcomes = annotate_batch(documents, settings, None)
    except Exception as exc:  # AssertionError: a record broke its schema or a span its text
        check.crashes.append(f"pipeline: {_where(exc)}")
        return []
    articles = []
    for outcome in outcomes:
        if isinstance(outcome, Failure):
            _failed(outcome.error, check)
        else:
            articles.append(outcome)
            check.crashes += [f"span {problem}" for problem in span_problems(outcome)]
    check.articles += len(articles)
    if store is not None and articles:
        _round_trip(store, articles, check)
    return articles


def span_problems(article: Article) -> list[str]:
    """Every span of ``article`` whose text is not the article text at its offsets."""
    from eventwire.records import iter_spans

    return [
        f"{where} {span.text!r} != text[{span.start}:{span.end}]"
        for where, span in iter_spans(article)
        if article.text[span.start : span.end] != span.text
    ]


def _round_trip(store: Store, articles: Sequence[Article], check: Check) -> None:
    try:
        result = store.add_batch(articles)
        first: dict[str, Article] = {}
        for article in articles:  # an article id is its text's: the first one is stored
            first.setdefault(article.id, article)
        for stored in result.stored:
            if store.article(stored) != first[stored]:
                check.crashes.append(f"store: article {stored} comes back different")
    except EventwireError as exc:
        check.crashes.append(f"store: {exc}")
    except Exception as exc:
        check.crashes.append(f"store: {_where(exc)}")


def _failed(error: EventwireError, check: Check) -> None:
    check.failures[error.code] += 1
    if error.code == "E900":
        check.crashes.append(f"internal error: {error}")
        return
    cause = error.__cause__  # set by the readers' catch-all guards (``unexpected_error``)
    if cause is None or isinstance(cause, EventwireError):
        return
    if _raised_in_eventwire(cause):
        check.crashes.append(f"caught as {error.code}: {_where(cause)}")
    else:
        check.rejections[type(cause).__name__] += 1


def _raised_in_eventwire(exc: BaseException) -> bool:
    frames = traceback.extract_tb(exc.__traceback__)
    return bool(frames) and Path(frames[-1].filename).resolve().is_relative_to(PACKAGE)


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    place = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{type(exc).__name__}{place}: {str(exc)[:200]}"
