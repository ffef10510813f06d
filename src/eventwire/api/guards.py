"""The app's guards: read-only methods, request sizes, CORS off unless asked, no foreign content.

- Only GET and HEAD are answered (405 otherwise): the app never changes the store.
- A request body over ``MAX_BODY`` bytes is refused (413) before it is read, and a URL over
  ``MAX_URL`` characters (414); uvicorn itself caps request headers.
- No ``Access-Control-Allow-Origin`` header unless ``cors_origins`` names origins (then only
  those, GET only, no credentials).
- Every answer carries a content security policy allowing scripts, styles, images and fetches
  from the app itself only, so the dashboard cannot load anything from a CDN, and
  ``X-Content-Type-Options: nosniff``.
"""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwire.api.errors import error_response

MAX_BODY = 16 * 1024
"""The largest request body accepted (bytes); the API takes none."""
MAX_URL = 8 * 1024
"""The longest request target (path and query) accepted (characters)."""

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
    "form-action 'self'"
)

_HEADERS = (
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
)


class _Guard:
    """Refuses what ``_refusal`` refuses and adds ``_HEADERS`` to every answer (a plain ASGI
    middleware: it does not copy the answer through a stream, as ``@app.middleware`` does)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_guarded(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in _HEADERS:
                    headers[name] = value
            await send(message)

        refused = _refusal(Request(scope))
        await (refused or self.app)(scope, receive, send_guarded)


def install_guards(app: FastAPI, cors_origins: Sequence[str] = ()) -> None:
    """Add the guards to ``app``."""
    app.add_middleware(_Guard)
    if cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(cors_origins),
            allow_methods=["GET"],
            allow_credentials=False,
        )


def _refusal(request: Request) -> Response | None:
    if request.method not in ("GET", "HEAD"):
        return error_response(
            405, "method_not_allowed", f"{request.method} not allowed: the API is read-only"
        )
    target = request.url.path + ("?" + request.url.query if request.url.query else "")
    if len(target) > MAX_URL:
        return error_response(414, "uri_too_long", f"request target over {MAX_URL} characters")
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
        return error_response(413, "request_too_large", f"request body over {MAX_BODY} bytes")
    if request.headers.get("transfer-encoding", "").lower() == "chunked":
        return error_response(413, "request_too_large", "chunked request bodies are not accepted")
    return None
