"""A fake news site behind ``httpx.MockTransport``, so that no test touches the network."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import httpx

from rasd.ingest.fetch import Fetcher

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
HTML = "text/html; charset=utf-8"
RSS = "application/rss+xml"

Route = Callable[[httpx.Request], httpx.Response]


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def serve(content: bytes | str, content_type: str = HTML, status: int = 200, **headers: str) -> Route:
    """A route that answers every request with the same status, body and headers."""
    body = content.encode() if isinstance(content, str) else content
    extra = {name.replace("_", "-"): value for name, value in headers.items()}
    return lambda request: httpx.Response(
        status, content=body, headers={"Content-Type": content_type, **extra}
    )


def in_turn(*routes: Route) -> Route:
    """A route that answers with each of ``routes`` in turn, then keeps to the last one."""
    queue = list(routes)
    return lambda request: (queue.pop(0) if len(queue) > 1 else queue[0])(request)


def fail(error: type[httpx.TransportError]) -> Route:
    def route(request: httpx.Request) -> httpx.Response:
        raise error("simulated", request=request)

    return route


class Site:
    """Routes by full URL (404 for any other), the requests seen, and the waits a fetcher asked for."""

    def __init__(self, routes: dict[str, Route] | None = None) -> None:
        self.routes = dict(routes or {})
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        route = self.routes.get(str(request.url))
        return route(request) if route is not None else httpx.Response(404)

    def fetcher(self, **options) -> Fetcher:
        return Fetcher(transport=httpx.MockTransport(self.handle), sleep=self.sleeps.append, **options)

    def urls(self) -> list[str]:
        return [str(request.url) for request in self.requests]


def news_site(extra: Iterable[tuple[str, Route]] = ()) -> Site:
    """The site of the feed fixtures: two pages that read, a third link that is missing."""
    return Site(
        {
            "https://news.example/feed": serve(fixture("feed.rss"), RSS, ETag='"v1"'),
            "https://news.example/a/77": serve(fixture("article.html")),
            "https://news.example/a/78": serve(fixture("untitled.html")),
            **dict(extra),
        }
    )
