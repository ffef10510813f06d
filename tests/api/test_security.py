"""The security points of the server, one test (or more) each.

1. It binds 127.0.0.1 unless told otherwise. 2. Filter values reach the database as parameters
only. 3. Static files come from the package only (no path traversal). 4. CORS is off by default.
5. Request sizes are capped. 6. ``limit`` is capped. Also: nothing may load from another origin.
"""

from __future__ import annotations

import warnings
from typing import Any

import pytest

from eventwire.api.guards import MAX_BODY, MAX_URL
from eventwire.api.params import MAX_LIMIT
from eventwire.cli import build_parser, main
from eventwire.store import Filters, Store
from eventwire.store.browse import counts_query, event_page_query, places_query
from eventwire.store.query import events_query, statements_query

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def test_serve_binds_loopback_by_default(monkeypatch: pytest.MonkeyPatch, demo_db: str) -> None:
    assert build_parser().parse_args(["serve"]).host == "127.0.0.1"
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: calls.append(kw))
    assert main(["serve", "--db", demo_db, "--port", "8123"]) == 0
    assert calls[0]["host"] == "127.0.0.1" and calls[0]["port"] == 8123


def test_serve_warns_when_told_to_listen_beyond_loopback(
    monkeypatch: pytest.MonkeyPatch, demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: calls.append(kw))
    assert main(["serve", "--db", demo_db, "--host", "0.0.0.0"]) == 0
    assert calls[0]["host"] == "0.0.0.0"
    assert "no login" in capsys.readouterr().err


HOSTILE = "x' OR '1'='1'; DROP TABLE events; --"


@pytest.mark.parametrize(
    "build",
    [
        lambda f: events_query(f),
        lambda f: statements_query(f),
        lambda f: event_page_query(f, None, 10),
        lambda f: counts_query(f, ("day", "dyad")),
        lambda f: places_query(f),
    ],
)
def test_filter_values_are_parameters_never_sql(build: Any) -> None:
    sql, params = build(Filters(actor=HOSTILE, text=HOSTILE, articles=(HOSTILE,)))
    assert HOSTILE not in sql and "DROP" not in sql
    assert HOSTILE in params or [HOSTILE] in params


def test_hostile_values_select_nothing_and_change_nothing(client: Any, demo_store: Store) -> None:
    before = demo_store.stats().tables
    for name in ("actor", "text", "article"):
        body = client.get("/api/events", params={name: HOSTILE}).json()
        assert body["items"] == [] and body["total"] == 0
    assert demo_store.stats().tables == before


@pytest.mark.parametrize(
    "path",
    [
        "/static/../pyproject.toml",
        "/static/%2e%2e/%2e%2e/%2e%2e/pyproject.toml",
        "/static/..%2f..%2fapp.py",
        "/static/%2e%2e%2fapp.py",
        "/static//etc/passwd",
        "/static/vendor/../../app.py",
        "/static/..\\app.py",
    ],
)
def test_static_files_never_leave_the_package(client: Any, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert "import" not in response.text and "root:" not in response.text


def test_static_files_are_the_package_ones(client: Any) -> None:
    from eventwire.api.app import STATIC

    assert STATIC.is_relative_to(STATIC.parents[1])  # src/eventwire/api/static
    assert client.get("/static/app.js").text == (STATIC / "app.js").read_text(encoding="utf-8")


def test_cors_is_off_by_default(client: Any) -> None:
    response = client.get("/api/events", headers={"Origin": "https://elsewhere.example"})
    assert response.status_code == 200
    assert "access-control-allow-origin" not in response.headers
    preflight = client.options(
        "/api/events",
        headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "GET"},
    )
    assert "access-control-allow-origin" not in preflight.headers


def test_cors_origins_given_are_the_only_ones_allowed(demo_store: Store) -> None:
    from eventwire.api import create_app

    app = create_app(demo_store, cors_origins=["https://news.example"])
    with TestClient(app) as allowed:
        ok = allowed.get("/api/stats", headers={"Origin": "https://news.example"})
        other = allowed.get("/api/stats", headers={"Origin": "https://evil.example"})
    assert ok.headers["access-control-allow-origin"] == "https://news.example"
    assert "access-control-allow-origin" not in other.headers


def test_request_bodies_and_urls_are_capped(client: Any) -> None:
    big = client.request("GET", "/api/events", content=b"x" * (MAX_BODY + 1))
    assert big.status_code == 413 and big.json()["error"]["code"] == "request_too_large"
    long = client.get("/api/events", params={"text": "y" * MAX_URL})
    assert long.status_code == 414 and long.json()["error"]["code"] == "uri_too_long"


@pytest.mark.parametrize(
    "endpoint", ["events", "statements", "actors", "quantities", "places", "counts"]
)
def test_limit_is_capped(client: Any, endpoint: str) -> None:
    response = client.get(f"/api/{endpoint}", params={"limit": MAX_LIMIT + 1})
    assert response.status_code == 422
    assert str(MAX_LIMIT) in response.json()["error"]["message"]
    assert client.get(f"/api/{endpoint}", params={"limit": MAX_LIMIT}).status_code == 200


def test_pages_may_load_nothing_from_another_origin(client: Any) -> None:
    policy = client.get("/").headers["content-security-policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy
    assert "http" not in policy
    html = client.get("/").text
    assert "https://" not in html and "http://" not in html
