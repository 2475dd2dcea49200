"""Fake news sites: one behind ``httpx.MockTransport``, a fake internet (DNS and sockets) under
the real transport, and a real server on loopback, so that no test touches any other address."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpcore
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


class FakeInternet(httpcore.NetworkBackend):
    """DNS and sockets stood in for: ``names`` maps a host to its addresses, ``pages`` an address
    to the raw HTTP answer its server gives. ``connected`` lists every address a socket was opened
    to, so a test can show that a refused address was never contacted."""

    def __init__(self, names: dict[str, list[str]], pages: dict[str, bytes]) -> None:
        self.names = names
        self.pages = pages
        self.connected: list[str] = []

    def resolve(self, host: str, port: int) -> list[str]:
        return self.names.get(host, [host])  # an address literal resolves to itself

    def connect_tcp(self, host: str, port: int, *args: object, **kwargs: object) -> httpcore.NetworkStream:
        self.connected.append(host)
        return httpcore.MockStream([self.pages.get(host, answer(b"", status=404))])

    def fetcher(self, **options) -> Fetcher:
        return Fetcher(resolver=self.resolve, network=self, sleep=lambda seconds: None, **options)


def answer(body: bytes | str, content_type: str = HTML, status: int = 200, **headers: str) -> bytes:
    """The raw bytes of an HTTP/1.1 response that closes its connection."""
    content = body.encode() if isinstance(body, str) else body
    lines = [f"HTTP/1.1 {status} {httpx.codes.get_reason_phrase(status)}", f"Content-Type: {content_type}"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    lines += [f"Content-Length: {len(content)}", "Connection: close", "", ""]
    return "\r\n".join(lines).encode() + content


@contextmanager
def loopback_server(pages: dict[str, tuple[str, bytes]]) -> Iterator[tuple[str, list[str]]]:
    """A real HTTP server on 127.0.0.1 serving ``pages`` (path → content type, body); yields its
    base URL and the paths requested. The only server tests send packets to."""
    requested: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            requested.append(self.path)
            content_type, body = pages.get(self.path, ("text/plain", b""))
            self.send_response(200 if self.path in pages else 404)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", requested
    finally:
        server.shutdown()
        server.server_close()
