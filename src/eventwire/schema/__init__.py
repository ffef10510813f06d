"""The JSON Schemas of the article record and of the PLOVER export's event records, and validation."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from eventwire.errors import EventwireError


class SchemaError(EventwireError):
    """A record does not match its JSON Schema (``article.schema.json``, ...)."""

    code = "E600"


ARTICLE_SCHEMA = "article.schema.json"
PLOVER_EVENT_SCHEMA = "plover_event.schema.json"


@functools.cache
def load_schema(name: str) -> dict[str, Any]:
    """Return a packaged JSON Schema by file name (``ARTICLE_SCHEMA``, ``PLOVER_EVENT_SCHEMA``)."""
    text = (resources.files("eventwire.schema") / name).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def article_schema() -> dict[str, Any]:
    """Return the packaged JSON Schema of ``eventwire/article@1``."""
    return load_schema(ARTICLE_SCHEMA)


@functools.cache
def _validator(name: str) -> Any:
    import jsonschema

    return jsonschema.Draft202012Validator(load_schema(name))


def _validate(name: str, record: dict[str, Any], source: str) -> None:
    error = next(iter(_validator(name).iter_errors(record)), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        raise SchemaError(f"{where}: {error.message}", source=source)


def validate_article(record: dict[str, Any]) -> None:
    """Raise ``SchemaError`` naming the first problem when ``record`` does not match the schema."""
    _validate(ARTICLE_SCHEMA, record, str(record.get("id", "record")))


def validate_plover_event(record: dict[str, Any]) -> None:
    """Raise ``SchemaError`` naming the first problem when a PLOVER export record is invalid."""
    _validate(PLOVER_EVENT_SCHEMA, record, str(record.get("event_id", "record")))
