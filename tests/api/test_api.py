"""Every endpoint of the API over the demo store, and every 4xx answer, in the one error shape."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.store import Filters, Store, open_store

LISTS = ("events", "statements", "actors", "quantities", "places", "counts")


def _error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return dict(body["error"])


@pytest.mark.parametrize("endpoint", LISTS)
def test_every_list_answers_items_total_next(client: Any, endpoint: str) -> None:
    body = client.get(f"/api/{endpoint}").json()
    assert set(body) >= {"items", "total", "next"}
    assert body["items"] and body["total"] >= len(body["items"])


@pytest.mark.parametrize("endpoint", ["events", "statements", "actors", "quantities", "places"])
def test_pages_follow_next_to_every_row_exactly_once(client: Any, endpoint: str) -> None:
    first = client.get(f"/api/{endpoint}", params={"limit": 3}).json()
    seen, cursor = list(first["items"]), first["next"]
    while cursor:
        page = client.get(f"/api/{endpoint}", params={"limit": 3, "cursor": cursor}).json()
        assert page["total"] == first["total"]
        seen.extend(page["items"])
        cursor = page["next"]
    assert len(seen) == first["total"]
    assert len({repr(sorted(row.items())) for row in seen}) == len(seen)


def test_events_total_is_exact_and_matches_the_store(client: Any, demo_store: Store) -> None:
    body = client.get("/api/events", params={"actor": "RUS", "limit": 1}).json()
    expected = demo_store.events(Filters(actor="RUS", limit=None))
    assert body["total"] == len(expected) > 1
    assert body["items"][0]["event_id"] == expected[0].event_id
    assert body["next"] is not None


def test_events_filters_are_the_cli_filters(client: Any, demo_store: Store) -> None:
    params = {"cameo": "19", "since": "2022-01-01", "until": "2022-12-31", "country": "UKR"}
    body = client.get("/api/events", params=params).json()
    rows = demo_store.events(
        Filters(
            cameo="19",
            country="UKR",
            limit=None,
            since=_day("2022-01-01"),
            until=_day("2022-12-31"),
        )
    )
    assert [r["event_id"] for r in body["items"]] == [r.event_id for r in rows]
    assert body["total"] == len(rows) >= 1
    assert all(r["cameo"].startswith("19") for r in body["items"])


def test_text_article_modality_and_confidence_filters(client: Any) -> None:
    everything = client.get("/api/events", params={"limit": 1000}).json()["items"]
    some = everything[0]
    by_article = client.get("/api/events", params={"article": some["article_id"]}).json()
    assert {r["article_id"] for r in by_article["items"]} == {some["article_id"]}
    word = some["sentence"].split()[2]
    by_text = client.get("/api/events", params={"text": word.upper()}).json()["items"]
    assert by_text and all(word.lower() in r["sentence"].lower() for r in by_text)
    sure = client.get("/api/events", params={"min_confidence": "0.5"}).json()["items"]
    assert all(r["confidence"] >= 0.5 for r in sure)
    assert len(sure) < len(everything)
    asserted = client.get("/api/events", params={"modality": "asserted"}).json()["items"]
    assert asserted and all(r["modality"] == "asserted" for r in asserted)


def test_article_is_the_full_record(client: Any, demo_store: Store) -> None:
    article_id = client.get("/api/events").json()["items"][0]["article_id"]
    body = client.get(f"/api/articles/{article_id}").json()
    stored = demo_store.article(article_id)
    assert stored is not None and body == stored.to_dict()
    assert body["schema"] == "eventwire/article@1"


def test_counts_by_several_dimensions(client: Any, demo_store: Store) -> None:
    body = client.get("/api/counts", params={"by": "root,quadclass"}).json()
    assert body["by"] == ["root", "quadclass"] and body["per_story"] is False
    assert sum(g["events"] for g in body["items"]) == demo_store.total("events", Filters())
    assert set(body["items"][0]) == {"root", "quad_class", "events", "goldstein"}
    assert body["total"] == len(body["items"])


def test_counts_per_story_counts_each_happening_once(client: Any) -> None:
    # the demo ingest placed its articles in stories, with their event clusters
    plain = client.get("/api/counts", params={"by": "plover"}).json()
    per_story = client.get("/api/counts", params={"by": "plover", "per_story": "true"}).json()
    assert per_story["per_story"] is True and plain["per_story"] is False
    assert (
        0 < sum(g["events"] for g in per_story["items"]) <= sum(g["events"] for g in plain["items"])
    )


def test_stats_and_openapi_and_docs(client: Any) -> None:
    stats = client.get("/api/stats").json()
    assert stats["tables"]["events"] > 0 and stats["stories"] is True
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/counts", "/api/articles/{article_id}", "/api/stories"):
        assert path in spec["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/docs.js" in docs.text
    assert client.get("/").status_code == 200


def test_stories_list_the_demo_stories(client: Any) -> None:
    # the demo ingest places its articles in stories
    body = client.get("/api/stories").json()
    assert body["total"] >= 1 and {"id", "articles", "title"} <= set(body["items"][0])


def test_stories_are_404_without_stories(tmp_path: Path) -> None:
    location = str(tmp_path / "empty.duckdb")
    with open_store(location):
        pass  # a store with its tables and no story
    with (
        open_store(location, read_only=True) as store,
        TestClient(create_app(store), raise_server_exceptions=False) as empty,
    ):
        _error(empty.get("/api/stories"), 404, "no_stories")


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"cameo": "99"}, "cameo"),
        ({"cameo": "abc"}, "cameo"),
        ({"country": "Russia"}, "country"),
        ({"country": "ZZZ"}, "country"),
        ({"since": "2020-13-01"}, "since"),
        ({"until": "yesterday"}, "until"),
        ({"plover": "FOO"}, "plover"),
        ({"modality": "maybe"}, "modality"),
        ({"min_confidence": "2"}, "min_confidence"),
        ({"include_inferred": "perhaps"}, "include_inferred"),
        ({"limit": "0"}, "limit"),
        ({"limit": "1001"}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"cursor": "!!!"}, "cursor"),
        ({"cursor": "eyJvIjoxfQ"}, "cursor"),  # an offset cursor is not an events cursor
        ({"colour": "red"}, "colour"),
        ({"text": "x" * 201}, "text"),
    ],
)
def test_bad_event_parameters_are_422(client: Any, params: dict[str, str], parameter: str) -> None:
    error = _error(client.get("/api/events", params=params), 422, "invalid_parameter")
    assert error["message"].startswith(f"{parameter}:")


def test_bad_country_suggests_the_code(client: Any) -> None:
    error = _error(client.get("/api/events?country=Russia"), 422, "invalid_parameter")
    assert "use RUS" in error["message"]
    assert error["details"] == {"parameter": "country", "value": "Russia"}


@pytest.mark.parametrize(
    ("endpoint", "params"),
    [
        ("statements", {"stance": "shout"}),
        ("statements", {"kind": "loud"}),
        ("statements", {"cameo": "04"}),
        ("actors", {"kind": "alien"}),
        ("actors", {"since": "2020-01-01"}),
        ("quantities", {"category": "apples"}),
        ("places", {"country": "XX"}),
        ("counts", {"by": "colour"}),
        ("counts", {"by": "day,day"}),
        ("counts", {"since": "2020-02-30"}),
        ("stories", {"actor": "RUS"}),
        ("statements", {"cursor": "eyJlIjpbXX0"}),
    ],
)
def test_bad_parameters_of_every_list_are_422(
    client: Any, endpoint: str, params: dict[str, str]
) -> None:
    _error(client.get(f"/api/{endpoint}", params=params), 422, "invalid_parameter")


def test_repeated_single_parameter_is_422(client: Any) -> None:
    _error(client.get("/api/events?actor=a&actor=b"), 422, "invalid_parameter")


def test_unknown_article_and_path_are_404(client: Any) -> None:
    _error(client.get("/api/articles/0000000000000000"), 404, "not_found")
    _error(client.get("/api/articles/" + "a" * 65), 422, "invalid_parameter")
    _error(client.get("/api/nothing"), 404, "not_found")


def test_writes_are_405(client: Any) -> None:
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        _error(client.request(method, "/api/events"), 405, "method_not_allowed")


def test_an_unexpected_failure_is_500_in_the_error_shape(demo_store: Store) -> None:
    from fastapi.testclient import TestClient

    from eventwire.api import create_app

    class Broken:
        def __getattr__(self, name: str) -> Any:
            return getattr(demo_store, name)

        def stats(self) -> None:
            raise RuntimeError("boom")

    with TestClient(create_app(Broken()), raise_server_exceptions=False) as broken:  # type: ignore[arg-type]
        error = _error(broken.get("/api/stats"), 500, "internal")
    assert "boom" not in error["message"]


def _day(text: str) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(text)
