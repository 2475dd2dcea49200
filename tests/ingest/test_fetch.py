from __future__ import annotations

import httpx
import pytest

from rasd import __version__
from rasd.errors import Code, InputError
from rasd.ingest.fetch import Fetched, Fetcher
from tests.ingest.site import Site, fail, in_turn, serve

URL = "https://news.example/a/1"
PAGE = "<html><body><p>قصف مدفعي على أطراف المدينة</p></body></html>"


def fetch_error(site: Site, url: str = URL, **options) -> InputError:
    with site.fetcher(**options) as fetcher, pytest.raises(InputError) as caught:
        fetcher.fetch(url)
    return caught.value


def test_transient_errors_are_retried_with_exponential_backoff() -> None:
    site = Site({URL: in_turn(serve("", status=503), serve("", status=502), serve(PAGE))})
    with site.fetcher() as fetcher:
        fetched = fetcher.fetch(URL)
    assert (fetched.status, fetched.content.decode()) == (200, PAGE)
    assert len(site.requests) == 3 and site.sleeps == [1.0, 2.0]


@pytest.mark.parametrize(("retry_after", "waited"), [("7", 7.0), ("120", 30.0), ("soon", 0.5), ("nan", 0.5)])
def test_retry_after_is_honoured_up_to_the_cap(retry_after: str, waited: float) -> None:
    site = Site({URL: in_turn(serve("", status=429, Retry_After=retry_after), serve(PAGE))})
    with site.fetcher(backoff=0.5) as fetcher:
        assert fetcher.fetch(URL).status == 200
    assert site.sleeps == [waited]


def test_backoff_doubles_and_is_capped() -> None:
    with Fetcher(backoff=10.0) as fetcher:
        assert [fetcher.delay(attempt) for attempt in range(1, 5)] == [10.0, 20.0, 30.0, 30.0]


def test_client_error_is_not_retried() -> None:
    site = Site()
    error = fetch_error(site)
    assert (error.code, error.message) == (Code.INPUT_HTTP_ERROR, "HTTP 404 Not Found")
    assert len(site.requests) == 1 and site.sleeps == []


def test_server_error_after_the_last_try_is_an_http_error() -> None:
    site = Site({URL: serve("", status=503)})
    error = fetch_error(site, retries=2)
    assert (error.code, error.message) == (
        Code.INPUT_HTTP_ERROR,
        "HTTP 503 Service Unavailable (after 2 tries)",
    )
    assert len(site.requests) == 2


@pytest.mark.parametrize(
    ("failure", "what"), [(httpx.ReadTimeout, "timed out"), (httpx.ConnectError, "connect")]
)
def test_unreachable_server_fails_after_every_try(failure: type[httpx.TransportError], what: str) -> None:
    site = Site({URL: fail(failure)})
    error = fetch_error(site)
    assert error.code == Code.INPUT_FETCH_FAILED
    assert what in error.message and "3 tries" in error.message
    assert len(site.requests) == 3 and site.sleeps == [1.0, 2.0]


def test_declared_length_over_the_limit_is_refused() -> None:
    site = Site({URL: serve(b"x" * 100)})
    error = fetch_error(site, max_bytes=50)
    assert error.code == Code.INPUT_TOO_LARGE and "Content-Length 100" in error.message


def test_streamed_body_is_cut_off_at_the_limit() -> None:
    sent: list[int] = []

    def chunks():
        for number in range(100):
            sent.append(number)
            yield b"x" * 20

    site = Site({URL: lambda request: httpx.Response(200, content=chunks())})
    error = fetch_error(site, max_bytes=50)
    assert error.code == Code.INPUT_TOO_LARGE and "Content-Length" not in error.message
    assert len(sent) < 10


def test_user_agent_names_rasd_and_its_version() -> None:
    site = Site({URL: serve(PAGE)})
    with site.fetcher() as fetcher:
        fetcher.fetch(URL)
    assert site.requests[0].headers["User-Agent"] == f"rasd/{__version__} (Arabic conflict-event monitor)"


def test_validators_are_captured_and_redirects_followed() -> None:
    final = "https://news.example/a/1-final"
    site = Site(
        {
            URL: serve("", status=301, Location=final),
            final: serve(PAGE, ETag='"v2"', Last_Modified="Wed, 14 Jun 2023 09:00:00 GMT"),
        }
    )
    with site.fetcher() as fetcher:
        fetched = fetcher.fetch(URL)
    assert fetched == Fetched(
        final, 200, PAGE.encode(), "text/html; charset=utf-8", '"v2"', "Wed, 14 Jun 2023 09:00:00 GMT"
    )
    assert (fetched.media_type, fetched.charset) == ("text/html", "utf-8")


def test_conditional_get_sends_validators_and_304_is_not_modified() -> None:
    site = Site({URL: serve("", status=304)})
    with site.fetcher() as fetcher:
        fetched = fetcher.fetch(URL, etag='"v1"', modified="Tue, 13 Jun 2023 10:00:00 GMT")
    headers = site.requests[0].headers
    assert (headers["If-None-Match"], headers["If-Modified-Since"]) == (
        '"v1"',
        "Tue, 13 Jun 2023 10:00:00 GMT",
    )
    assert (fetched.not_modified, fetched.content, fetched.etag) == (True, b"", '"v1"')


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("ftp://news.example/a.txt", Code.INPUT_BAD_SCHEME),
        ("file:///etc/hosts", Code.INPUT_BAD_SCHEME),
        ("news.example/a/1", Code.INPUT_UNSUPPORTED),
        ("https://", Code.INPUT_UNSUPPORTED),
    ],
)
def test_only_http_urls_are_fetched(url: str, code: Code) -> None:
    site = Site()
    error = fetch_error(site, url)
    assert error.code == code and site.requests == []


def test_closing_the_fetcher_closes_its_client() -> None:
    site = Site({URL: serve(PAGE)})
    with site.fetcher() as fetcher:
        pass
    with pytest.raises(RuntimeError):
        fetcher.fetch(URL)
