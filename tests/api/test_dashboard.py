"""The dashboard in a real browser: Debian's chromium driven by Playwright, over uvicorn.

Each view renders real data of the demo store; clicking an event opens the reader with its
trigger highlighted. Screenshots are kept in ``tests/artifacts/dashboard/`` (ignored by git).
Skipped with one reason when ``/usr/bin/chromium`` is absent (``.ci/run`` installs it); never
``playwright install``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "dashboard"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="browser tests skipped: no /usr/bin/chromium (apt-get install chromium)",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, server_url: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    foreign: list[str] = []
    opened.on("request", lambda r: None if r.url.startswith(server_url) else foreign.append(r.url))
    errors: list[str] = []
    opened.on("pageerror", lambda e: errors.append(str(e)))
    yield opened
    context.close()
    assert not foreign, f"the dashboard fetched from elsewhere: {foreign}"
    assert not errors, f"script errors: {errors}"


def _open(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready='yes']")


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_timeline_draws_bars_and_lists_events(page: Any, server_url: str) -> None:
    _open(page, f"{server_url}/#timeline")
    assert page.locator("#timeline svg rect.bar").count() > 0
    assert page.locator("#events tbody tr.event").count() > 0
    assert page.locator("#error").is_hidden()
    page.check("input[name='series'][value='plover']")
    expect(page.locator("#legend span").nth(4)).to_be_attached()
    _shot(page, "timeline")


def test_clicking_an_event_opens_the_reader_with_its_trigger_highlighted(
    page: Any, server_url: str, client: Any
) -> None:
    _open(page, f"{server_url}/#timeline")
    row = page.locator("#events tbody tr.event").first
    article, event = row.get_attribute("data-article"), row.get_attribute("data-event")
    row.locator("td").first.click()
    page.wait_for_selector("#reader[data-article]")
    page.wait_for_selector("body[data-ready='yes']")
    record = client.get(f"/api/articles/{article}").json()
    trigger = next(e for e in record["events"] if e["id"] == event)["triggers"][0]["text"]
    focused = page.locator("#reader-text mark.trigger.focus")
    assert focused.count() >= 1
    assert trigger in "".join(focused.all_inner_texts()) or focused.first.inner_text() in trigger
    assert page.locator("#record").get_attribute("data-item") == event
    for kind in ("actor", "trigger", "place", "time"):
        assert page.locator(f"#reader-text mark.{kind}").count() > 0, kind
    _shot(page, "reader")


def test_network_has_actor_nodes_and_event_edges(page: Any, server_url: str) -> None:
    _open(page, f"{server_url}/#network")
    host = page.locator("#network")
    assert int(host.get_attribute("data-nodes") or 0) > 2
    assert int(host.get_attribute("data-edges") or 0) > 1
    assert page.locator("#network canvas").count() > 0
    _shot(page, "network")


def test_map_draws_countries_and_event_places(page: Any, server_url: str) -> None:
    _open(page, f"{server_url}/#map")
    assert page.locator("#map path.country").count() > 100
    assert page.locator("#map circle.place-dot").count() > 0
    _shot(page, "map")
    page.locator("#map circle.place-dot").first.dispatch_event("click")
    page.wait_for_selector("#reader[data-article]")


def test_statements_browser_lists_speaker_stance_and_claim(page: Any, server_url: str) -> None:
    _open(page, f"{server_url}/#statements")
    rows = page.locator("#statements tbody tr.statement")
    assert rows.count() > 0
    assert rows.first.locator("td").nth(2).inner_text() in {
        "say", "assert", "claim", "accuse", "deny", "confirm", "estimate", "predict", "promise",
        "threaten", "praise", "criticize", "other",
    }  # fmt: skip
    assert rows.first.locator("a").get_attribute("href").startswith("#reader/")
    _shot(page, "statements")


def test_filters_carry_across_views(page: Any, server_url: str) -> None:
    _open(page, f"{server_url}/#timeline")
    everything = page.locator("#events-total").inner_text()
    page.fill("input[name='actor']", "RUS")
    page.click("#filters button[type='submit']")
    expect(page.locator("#events-total")).not_to_have_text(everything)
    page.wait_for_selector("body[data-ready='yes']")
    page.click("#views a[data-view='network']")
    page.wait_for_selector("#view-network.active")
    page.wait_for_selector("body[data-ready='yes']")
    assert "actor=RUS" in page.url
    assert page.input_value("input[name='actor']") == "RUS"
    sources = page.locator("#events tbody tr.event").all_inner_texts()
    assert sources and all("RUS" in text for text in sources)
    _shot(page, "filtered-network")


def test_a_bad_filter_shows_the_api_message(page: Any, server_url: str) -> None:
    _open(page, f"{server_url}/#timeline?country=Russia")
    assert "use RUS" in page.locator("#error").inner_text()
