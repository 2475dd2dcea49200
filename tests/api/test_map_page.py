"""The web map in a real browser: Debian's chromium driven by Playwright against a server on
127.0.0.1. Skipped, saying why, where chromium or Playwright is missing (.ci/run installs both).

RASD_SCREENSHOT=docs/map.png saves the screenshot that the README shows (only when asked).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from rasd.api.app import create_app
from rasd.config import Settings
from rasd.store import Store
from tests.api.conftest import TOKEN

CHROMIUM = Path("/usr/bin/chromium")
#: Launch flags: headless, and nothing that would reach the network on its own.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.browser


@pytest.fixture
def server_settings(request: pytest.FixtureRequest) -> Settings:
    """The server's settings: a token for the reviews, unless a test parametrizes others."""
    return getattr(request, "param", Settings(api_token=TOKEN))


@pytest.fixture
def server_url(api_store: Store, server_settings: Settings) -> Iterator[str]:
    """The app served by uvicorn on a free loopback port, in a thread, for the test's duration."""
    uvicorn = pytest.importorskip("uvicorn")
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    app = create_app(api_store, server_settings)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    host, port = listener.getsockname()
    yield f"http://{host}:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    listener.close()


@pytest.fixture
def page(server_url: str):
    if not CHROMIUM.exists():
        pytest.skip(f"no browser: {CHROMIUM} is missing (apt-get install chromium chromium-driver)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 850}, base_url=server_url)
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        yield page
        browser.close()
        assert errors == []


def _wait_for_map(page) -> None:
    page.wait_for_selector("body[data-map-state=ready]", state="attached", timeout=15_000)


def test_the_map_filters_opens_an_event_and_takes_a_review(page, api_store: Store) -> None:
    page.goto("/")
    _wait_for_map(page)
    page.wait_for_function("document.getElementById('status').textContent === '4 events in view'")
    assert page.locator(".event-marker, .marker-cluster").count() >= 1

    page.select_option("#f-type", "Battles")
    page.wait_for_function("document.getElementById('status').textContent === '1 events in view'")
    assert "type=Battles" in page.url and page.locator(".event-marker").count() == 1

    page.locator(".event-marker").first.click(force=True)
    page.wait_for_selector("#panel .evidence mark")
    assert "Armed clash" in page.locator("#panel h2").inner_text()
    evidence = page.locator("#panel .evidence").first
    assert evidence.get_attribute("dir") == "rtl" and evidence.get_attribute("lang") == "ar"
    decided = {
        page.locator("#panel .evidence mark").nth(i).get_attribute("data-decides")
        for i in range(page.locator("#panel .evidence mark").count())
    }
    assert {"event_type", "actor1"} <= {field for value in decided for field in value.split()}
    if os.environ.get("RASD_SCREENSHOT"):
        page.screenshot(path=os.environ["RASD_SCREENSHOT"])

    answers = iter([TOKEN, "huda"])  # the token prompt, then the reviewer's name
    page.on("dialog", lambda dialog: dialog.accept(next(answers)))
    page.click("#accept")
    page.wait_for_function("document.getElementById('review-status').textContent === 'accepted'")
    event_id = int(page.locator("#panel").get_attribute("data-event-id"))
    assert api_store.merged_event(event_id).review == "accepted"
    assert [r.reviewer for r in api_store.reviews(event_id)] == ["huda"]


def test_filters_in_the_url_are_applied_on_load(page) -> None:
    page.goto("/?country=YE")
    _wait_for_map(page)
    page.wait_for_function("document.getElementById('status').textContent === '1 events in view'")
    assert page.input_value("#f-country") == "YE"


def test_a_late_answer_for_an_older_view_is_not_drawn(page) -> None:
    page.goto("/")
    _wait_for_map(page)
    page.wait_for_function("document.getElementById('status').textContent === '4 events in view'")
    held = []  # the first view asked for from now on, answered only after the next one
    page.route("**/map?*", lambda route: route.continue_() if held else held.append(route))
    page.select_option("#f-type", "Battles")
    page.select_option("#f-type", "")
    page.wait_for_function("document.getElementById('status').textContent === '4 events in view'")
    with page.expect_response("**/map?*type=Battles*"):
        held[0].continue_()
    page.wait_for_timeout(300)  # time for the page to handle the late answer
    assert page.locator("#status").inner_text() == "4 events in view"


PROVINCE_LINES = ".leaflet-provinces-pane path"
PROVINCE_TOGGLE = ".leaflet-control-layers-overlays input"


def test_the_province_outlines_are_drawn_offline_and_can_be_hidden(page) -> None:
    page.goto("/")
    _wait_for_map(page)
    page.wait_for_selector("body[data-provinces=drawn]", state="attached", timeout=15_000)
    assert page.locator(PROVINCE_LINES).count() >= 1
    assert page.locator(".leaflet-borders-pane path").count() >= 1

    page.locator(".leaflet-control-layers").hover()
    page.locator(PROVINCE_TOGGLE).uncheck()
    assert page.locator(PROVINCE_LINES).count() == 0


@pytest.mark.parametrize(
    "server_settings",
    # a tile server that answers nothing: the page must work, and load the outlines only on demand
    [Settings(api_token=TOKEN, tile_url="http://127.0.0.1:9/{z}/{x}/{y}.png")],
    indirect=True,
)
def test_under_a_tile_server_the_province_outlines_wait_to_be_switched_on(page) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto("/")
    _wait_for_map(page)
    assert page.locator(".leaflet-tile-pane img").count() >= 1
    assert not any(url.endswith("/provinces.json") for url in requested)

    page.locator(".leaflet-control-layers").hover()
    page.locator(PROVINCE_TOGGLE).check()
    page.wait_for_selector("body[data-provinces=drawn]", state="attached", timeout=15_000)
    assert page.locator(PROVINCE_LINES).count() >= 1
