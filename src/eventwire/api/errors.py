"""One error shape for every 4xx and 5xx answer: ``{"error": {"code", "message", "details"}}``.

``ApiError`` is raised by the endpoints; the handlers installed by ``install_error_handlers`` turn
it, FastAPI's own errors (an unknown path, a method not allowed, a malformed parameter) and
anything unexpected into that shape. An unexpected error says only that it happened (no
traceback reaches the client); it is logged on the server.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from eventwire.errors import EventwireError

log = logging.getLogger("eventwire.api")

_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "request_too_large",
    414: "uri_too_long",
    422: "invalid_parameter",
}


class ApiError(Exception):
    """An answer other than success: HTTP status, a stable code, one line, and details."""

    def __init__(
        self, status: int, code: str, message: str, details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details or {}


def error_response(
    status: int, code: str, message: str, details: dict[str, Any] | None = None
) -> JSONResponse:
    """Return the JSON answer of an error."""
    body = {"error": {"code": code, "message": message, "details": details or {}}}
    return JSONResponse(body, status_code=status)


def bad_parameter(name: str, message: str, value: object = None) -> ApiError:
    """A query parameter no row can hold or that cannot be read (422)."""
    return ApiError(
        422, "invalid_parameter", f"{name}: {message}", {"parameter": name, "value": value}
    )


def install_error_handlers(app: FastAPI) -> None:
    """Answer every error of ``app`` in the one error shape."""

    async def api_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ApiError)
        return error_response(exc.status, exc.code, exc.message, exc.details)

    async def http_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, HTTPException)
        code = _CODES.get(exc.status_code, "error" if exc.status_code < 500 else "internal")
        return error_response(exc.status_code, code, str(exc.detail))

    async def validation_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        problems = [
            {"parameter": ".".join(str(p) for p in e.get("loc", ())[1:]), "message": e.get("msg")}
            for e in exc.errors()
        ]
        first = problems[0] if problems else {"parameter": "", "message": "invalid request"}
        message = f"{first['parameter']}: {first['message']}"
        return error_response(422, "invalid_parameter", message, {"problems": problems})

    async def store_error(_request: Request, exc: Exception) -> JSONResponse:
        log.error("store error: %s", exc)
        return error_response(503, "store_error", "the store could not answer", {})

    async def internal_error(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error", exc_info=exc)
        return error_response(500, "internal", "internal error", {})

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(EventwireError, store_error)
    app.add_exception_handler(Exception, internal_error)
