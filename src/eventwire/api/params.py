"""Query parameters -> ``Filters``, checked as the CLI checks its flags.

Every list endpoint takes the CLI's filters as query parameters (``actor``, ``country``,
``cameo``, ``plover``, ``modality``, ``since``, ``until``, ``text``, ``article`` (repeatable),
``limit``, ``cursor``, and per endpoint ``kind``, ``stance``, ``category``,
``include_inferred``, ``min_confidence``). A value no row can hold (a CAMEO code no code starts
with, a country code that is no country, a date that is no date), a parameter the endpoint does
not know, a repeated single parameter or a ``limit`` out of range is a 422 in the one error shape.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import get_args

from starlette.datastructures import QueryParams

from eventwire.api.errors import bad_parameter
from eventwire.cli.choices import cameo_code, country_code, plover_type, stance
from eventwire.records import ActorKind, Modality, QuantityCategory, StatementKind
from eventwire.store import Filters

DEFAULT_LIMIT = 50
MAX_LIMIT = 1000
"""The most rows one page may hold (``limit`` above it is refused)."""
MAX_TEXT = 200
"""The longest ``text`` or ``actor`` value (characters)."""

COMMON = ("actor", "country", "text", "article", "limit", "cursor")
EVENT_FILTERS = (
    *COMMON, "cameo", "plover", "modality", "since", "until", "include_inferred", "min_confidence",
)  # fmt: skip
ALLOWED: dict[str, tuple[str, ...]] = {
    "events": EVENT_FILTERS,
    "places": EVENT_FILTERS,
    "counts": (*EVENT_FILTERS, "by", "per_story"),
    "statements": (*COMMON, "kind", "stance", "since", "until", "include_inferred"),
    "actors": (*COMMON, "kind"),
    "quantities": (*COMMON, "category", "since", "until"),
    "stories": ("limit", "cursor"),
}
"""The query parameters of each list endpoint."""

_KINDS = {"statements": get_args(StatementKind), "actors": get_args(ActorKind)}


def _checked(name: str, check: Callable[[str], str]) -> Callable[[str], str]:
    def run(value: str) -> str:
        try:
            return check(value)
        except argparse.ArgumentTypeError as exc:
            raise bad_parameter(name, str(exc), value) from None

    return run


def _choice(name: str, choices: Sequence[str]) -> Callable[[str], str]:
    def run(value: str) -> str:
        if value not in choices:
            raise bad_parameter(name, f"not one of {', '.join(choices)}: {value!r}", value)
        return value

    return run


def _date(name: str) -> Callable[[str], dt.date]:
    def run(value: str) -> dt.date:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise bad_parameter(name, f"not a date YYYY-MM-DD: {value!r}", value) from None

    return run


def _bounded_text(name: str) -> Callable[[str], str]:
    def run(value: str) -> str:
        if len(value) > MAX_TEXT:
            raise bad_parameter(name, f"longer than {MAX_TEXT} characters", value[:40])
        if "\x00" in value:
            raise bad_parameter(name, "contains a NUL character", value[:40])
        return value

    return run


def _flag(name: str) -> Callable[[str], bool]:
    def run(value: str) -> bool:
        if value.lower() in ("1", "true", "yes"):
            return True
        if value.lower() in ("0", "false", "no", ""):
            return False
        raise bad_parameter(name, f"not true or false: {value!r}", value)

    return run


def _confidence(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise bad_parameter("min_confidence", f"not a number from 0 to 1: {value!r}", value)
    return number


def limit_value(params: QueryParams, default: int = DEFAULT_LIMIT) -> int:
    """Return the page size ``limit`` asks for (1 to ``MAX_LIMIT``)."""
    value = params.get("limit")
    if value is None:
        return default
    if not value.isdigit() or not 1 <= int(value) <= MAX_LIMIT:
        raise bad_parameter("limit", f"a whole number from 1 to {MAX_LIMIT}, not {value!r}", value)
    return int(value)


def check_known(params: QueryParams, endpoint: str) -> None:
    """Refuse a parameter ``endpoint`` does not take, or a single one given twice."""
    allowed = ALLOWED[endpoint]
    for name in params:
        if name not in allowed:
            raise bad_parameter(
                name, f"unknown parameter (this endpoint takes {', '.join(allowed)})"
            )
        if name != "article" and len(params.getlist(name)) > 1:
            raise bad_parameter(name, "given more than once")


def filters_from(params: QueryParams, endpoint: str) -> Filters:
    """Return the ``Filters`` of an endpoint's query parameters (limit and offset unset)."""
    check_known(params, endpoint)
    readers: Mapping[str, Callable[[str], object]] = {
        "actor": _bounded_text("actor"),
        "text": _bounded_text("text"),
        "country": _checked("country", country_code),
        "cameo": _checked("cameo", cameo_code),
        "plover": _checked("plover", plover_type),
        "modality": _choice("modality", get_args(Modality)),
        "stance": _checked("stance", stance),
        "kind": _choice("kind", _KINDS.get(endpoint, ())),
        "category": _choice("category", get_args(QuantityCategory)),
        "since": _date("since"),
        "until": _date("until"),
        "include_inferred": _flag("include_inferred"),
        "min_confidence": _confidence,
    }
    values = {name: read(params[name]) for name, read in readers.items() if name in params}
    articles = tuple(_bounded_text("article")(a) for a in params.getlist("article"))
    return Filters(**values, articles=articles, limit=None)  # type: ignore[arg-type]
