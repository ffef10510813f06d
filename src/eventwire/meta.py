"""What every article gets before extraction: its id, its date, its metadata, and size checks."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
import warnings
from typing import Any

from eventwire.config import Settings
from eventwire.errors import InputError, InputTooLargeError, LanguageError
from eventwire.ingest.document import Failure, RawDocument
from eventwire.records import Article, InputInfo, Meta, Pipeline
from eventwire.version import __version__

Outcome = Article | Failure
"""What processing one document gives: its ``Article``, or the ``Failure`` that names it."""


def article_id(raw_text: str) -> str:
    """Return the stable id: sha256 of the input after NFC and whitespace collapsing, 16 hex."""
    canonical = " ".join(unicodedata.normalize("NFC", raw_text).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def parse_date(value: str | dt.date | None, source: str = "date") -> dt.date | None:
    """Return the calendar date of an ISO 8601 date or datetime string (None stays None)."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(f"not an ISO 8601 date: {value!r}", source=source) from None


def pipeline_info(model: str, knowledge: str) -> Pipeline:
    """Return the versions recorded in ``meta.pipeline``."""
    return Pipeline(eventwire=__version__, model=model, knowledge=knowledge)


def base_meta(
    raw: RawDocument,
    published: dt.date | None,
    pipeline: Pipeline,
    language: str,
    dateline: str | None,
) -> Meta:
    """Return the article metadata for a read document."""
    return Meta(
        pipeline=pipeline,
        title=raw.title,
        url=raw.url,
        source=raw.source,
        published=published.isoformat() if published else raw.published,
        dateline=dateline,
        language=language,
        input=InputInfo(path=raw.path, format=raw.format, id=raw.input_id, encoding=raw.encoding),
        extra=extra_fields(raw),
    )


def extra_fields(raw: RawDocument) -> dict[str, Any]:
    """``meta.extra``: the byline, then the input's fields that have no place of their own."""
    extra: dict[str, Any] = {"author": raw.author} if raw.author else {}
    extra.update(raw.extra or {})
    return extra


def check_size(raw: RawDocument, settings: Settings) -> None:
    """Refuse a document over ``max_chars`` (the parser's memory grows with document length)."""
    if len(raw.text) > settings.max_chars:
        raise InputTooLargeError(
            f"{len(raw.text):,} characters, over the limit of {settings.max_chars:,} (setting max_chars)",
            source=raw.source_name,
        )


def warn_language(raw: RawDocument, language: str) -> None:
    """Warn that a non-English document gets no extraction layers."""
    warnings.warn(
        str(
            LanguageError(
                f"language is {language!r}, not English: stored without extraction",
                source=raw.source_name,
            )
        ),
        stacklevel=2,
    )
