"""The HTTP API and the dashboard: ``create_app(store)`` makes the FastAPI app over one store.

The app only reads: every endpoint makes one store call (the same query API the CLI uses) and
answers JSON. List endpoints answer ``{"items": [...], "total": N, "next": CURSOR|null}``, with
``total`` the exact number of rows the filters select and ``next`` the cursor of the following
page (pass it back as ``cursor``). Errors have one shape (``errors.py``). The dashboard is the
package's static files (``static/``), served at ``/`` with a content security policy that lets
the page load nothing from another origin; the OpenAPI description is at ``/openapi.json`` and
a readable page of it at ``/docs``.

Guards (``guards.py``): GET and HEAD only, request bodies and URLs capped, ``limit`` capped, no
CORS header unless origins are given.
"""

from __future__ import annotations

import dataclasses
import functools
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from eventwire.api.cursor import (
    decode_event_cursor,
    decode_offset,
    encode_event_cursor,
    encode_offset,
)
from eventwire.api.errors import ApiError, bad_parameter, install_error_handlers
from eventwire.api.guards import install_guards
from eventwire.api.params import check_known, filters_from, limit_value
from eventwire.store import Filters, Store
from eventwire.store.browse import check_dimensions
from eventwire.version import __version__

STATIC = Path(str(resources.files("eventwire.api") / "static"))
"""The dashboard's files, inside the package."""

Page = dict[str, Any]


class _Gate:
    """Lets one request at a time use the store (a database connection is not shared safely)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._lock = threading.Lock()

    @contextmanager
    def open(self) -> Iterator[Store]:
        with self._lock:
            yield self._store


def create_app(store: Store, *, cors_origins: Sequence[str] = ()) -> FastAPI:
    """Return the API and dashboard app over ``store`` (read-only use).

    Args:
        store: An open store; the app never writes to it and does not close it.
        cors_origins: Origins allowed to read the API from another site's pages (none by default).
    """
    app = FastAPI(
        title="eventwire",
        version=__version__,
        description="Events, statements, actors, quantities and places stored by eventwire.",
        docs_url=None,
        redoc_url=None,
    )
    install_error_handlers(app)
    install_guards(app, cors_origins)
    gate = _Gate(store)
    _add_list_endpoints(app, gate)
    _add_other_endpoints(app, gate)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def _page(items: list[Any], total: int, following: str | None) -> Page:
    return {"items": [_plain(item) for item in items], "total": total, "next": following}


def _plain(item: Any) -> Any:
    """A result row as a dict of its fields (rows hold only JSON values: no deep copy needed)."""
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return {name: getattr(item, name) for name in _field_names(type(item))}
    return item


@functools.cache
def _field_names(row_type: type[Any]) -> tuple[str, ...]:
    return tuple(field.name for field in dataclasses.fields(row_type))


def _offset_page(
    gate: _Gate, request: Request, endpoint: str, rows: Callable[[Store, Filters], list[Any]]
) -> Page:
    filters = filters_from(request.query_params, endpoint)
    limit = limit_value(request.query_params)
    offset = decode_offset(request.query_params.get("cursor"))
    with gate.open() as store:
        items = rows(store, dataclasses.replace(filters, limit=limit, offset=offset))
        total = store.total(endpoint, filters)
    more = offset + len(items) < total
    return _page(items, total, encode_offset(offset + len(items)) if more else None)


_OFFSET_LISTS: tuple[tuple[str, str, Callable[[Store, Filters], list[Any]]], ...] = (
    ("statements", "Statements with speaker, addressee, cue and content", lambda s, f: s.statements(f)),
    ("actors", "Actors, one row per actor per article, with mentions", lambda s, f: s.actors(f)),
    ("quantities", "Reported numbers: what they count, whose, who said", lambda s, f: s.quantities(f)),
    ("places", "Places where the selected events happened, per article", lambda s, f: s.places(f)),
)  # fmt: skip
"""The lists paged by offset: path, summary, the store call."""


def _offset_endpoint(
    gate: _Gate, endpoint: str, rows: Callable[[Store, Filters], list[Any]]
) -> Callable[[Request], Page]:
    def answer(request: Request) -> Page:
        return _offset_page(gate, request, endpoint, rows)

    return answer


def _add_list_endpoints(app: FastAPI, gate: _Gate) -> None:
    @app.get("/api/events", summary="Events, filtered; keyset pages", response_class=JSONResponse)
    def events(request: Request) -> JSONResponse:
        """Events with their actors, trigger and sentence (parameters as ``eventwire events``)."""
        filters = filters_from(request.query_params, "events")
        limit = limit_value(request.query_params)
        after = decode_event_cursor(request.query_params.get("cursor"))
        with gate.open() as store:
            page = store.event_page(filters, after, limit)
        return JSONResponse(_page(page.rows, page.total, encode_event_cursor(page.next)))

    for endpoint, summary, rows in _OFFSET_LISTS:
        app.add_api_route(
            f"/api/{endpoint}", _offset_endpoint(gate, endpoint, rows), methods=["GET"],
            summary=summary, name=endpoint,
        )  # fmt: skip

    @app.get(
        "/api/counts", summary="Event counts and mean Goldstein per group",
        response_class=JSONResponse,
    )  # fmt: skip
    def counts(request: Request) -> JSONResponse:
        """Counts of the selected events by ``by`` (comma-separated: dyad, day, week, month,
        root, quadclass, plover, country); ``per_story=true`` counts each event cluster once
        when the store holds stories. Items are groups: their keys, ``events``, ``goldstein``."""
        return JSONResponse(_counts(gate, request))

    @app.get("/api/stories", summary="Stories (when the store has them)")
    def stories(request: Request) -> Page:
        """Stored stories; 404 when the store has none."""
        check_known(request.query_params, "stories")
        limit = limit_value(request.query_params)
        offset = decode_offset(request.query_params.get("cursor"))
        with gate.open() as store:
            if not store.has_stories():
                raise ApiError(404, "no_stories", "this store holds no stories")
            items, total = store.story_page(limit, offset)
        more = offset + len(items) < total
        return _page(items, total, encode_offset(offset + len(items)) if more else None)


def _counts(gate: _Gate, request: Request) -> Page:
    params = request.query_params
    filters = filters_from(params, "counts")
    by = tuple(part.strip() for part in params.get("by", "day").split(","))
    try:
        check_dimensions(by)
    except ValueError as exc:
        raise bad_parameter("by", str(exc), params.get("by")) from None
    per_story = params.get("per_story", "false").lower() in ("1", "true", "yes")
    limit = limit_value(params, default=1000)
    offset = decode_offset(params.get("cursor"))
    with gate.open() as store:
        result = store.counts(filters, by, per_story)
    names = (*result.columns, "events", "goldstein")
    chosen = [dict(zip(names, row, strict=True)) for row in result.rows[offset : offset + limit]]
    more = offset + len(chosen) < len(result.rows)
    page = _page(chosen, len(result.rows), encode_offset(offset + len(chosen)) if more else None)
    return {**page, "by": list(by), "per_story": result.per_story}


def _add_other_endpoints(app: FastAPI, gate: _Gate) -> None:
    @app.get("/api/articles/{article_id}", summary="One stored article, its full record")
    def article(article_id: str) -> JSONResponse:
        """The article record (``eventwire/article@1``) exactly as ``eventwire show`` prints it."""
        if len(article_id) > 64:
            raise bad_parameter("article_id", "longer than 64 characters", article_id[:40])
        with gate.open() as store:
            found = store.article(article_id)
        if found is None:
            raise ApiError(
                404, "not_found", f"no stored article {article_id!r}", {"id": article_id}
            )
        return JSONResponse(found.to_dict())

    @app.get("/api/stats", summary="What the store holds")
    def stats() -> dict[str, Any]:
        """Rows per table, articles by language, year and pipeline, top actors, CAMEO roots."""
        with gate.open() as store:
            numbers = store.stats()
            stories = store.has_stories()
        return {**dataclasses.asdict(numbers), "stories": stories}

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html")
