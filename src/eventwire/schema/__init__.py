"""The JSON Schema of the article record, and validation against it."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from eventwire.errors import EventwireError


class SchemaError(EventwireError):
    """A record does not match ``article.schema.json``."""

    code = "E600"


@functools.lru_cache(maxsize=1)
def article_schema() -> dict[str, Any]:
    """Return the packaged JSON Schema of ``eventwire/article@1``."""
    text = (resources.files("eventwire.schema") / "article.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@functools.lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema

    return jsonschema.Draft202012Validator(article_schema())


def validate_article(record: dict[str, Any]) -> None:
    """Raise ``SchemaError`` naming the first problem when ``record`` does not match the schema."""
    error = next(iter(_validator().iter_errors(record)), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        raise SchemaError(f"{where}: {error.message}", source=str(record.get("id", "record")))
