"""Fetching one URL over HTTP(S): retries with backoff, conditional GET, limits on size, time
and redirects, and only public addresses unless the user allows private ones (``guard``).

Every failure is an ``InputError`` with its code: ``INPUT_BAD_SCHEME`` for a URL or redirect that
is not http(s), ``INPUT_UNSUPPORTED`` for a URL that does not parse, ``INPUT_ADDRESS_REFUSED`` for a
host on a private network, ``INPUT_FETCH_FAILED`` when the server cannot be reached (after the
retries), takes too long or redirects too often, ``INPUT_HTTP_ERROR`` for an error status and
``INPUT_TOO_LARGE`` for a body over the limit.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

import httpcore
import httpx

from rasd import __version__
from rasd.config import get_settings
from rasd.errors import Code, InputError
from rasd.ingest.guard import AddressGuard, Resolver, guarded_transport, system_resolver

USER_AGENT = f"rasd/{__version__} (Arabic conflict-event monitor)"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
MAX_DELAY = 30.0
SCHEMES = ("http", "https")

_CHARSET = re.compile(r";\s*charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Fetched:
    """What one GET answered; ``url`` is the final URL after redirects."""

    url: str
    status: int
    content: bytes
    content_type: str | None = None
    etag: str | None = None
    modified: str | None = None
    not_modified: bool = False

    @property
    def media_type(self) -> str | None:
        """The content type without its parameters, lower case (``text/html``)."""
        if not self.content_type:
            return None
        return self.content_type.split(";", 1)[0].strip().lower() or None

    @property
    def charset(self) -> str | None:
        """The charset the server declared in ``Content-Type``, if any."""
        match = _CHARSET.search(self.content_type or "")
        return match.group(1) if match else None


class _Transient(Exception):
    """A failure worth another try; ``error`` is what to raise when no tries are left."""

    def __init__(self, error: InputError, retry_after: float | None = None) -> None:
        super().__init__(error.message)
        self.error = error
        self.retry_after = retry_after


class Fetcher:
    """An HTTP client for articles and feeds; close it (or use ``with``) when done.

    Connections go through an ``AddressGuard`` (``allow_private`` defaults to the setting); tests
    pass ``resolver`` and ``network`` to stand in for DNS and sockets, or a whole ``transport``
    (which bypasses the guard: ``httpx.MockTransport`` never connects anywhere).
    """

    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        retries: int = 3,
        backoff: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
        max_bytes: int | None = None,
        allow_private: bool | None = None,
        resolver: Resolver = system_resolver,
        network: httpcore.NetworkBackend | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if retries < 1:
            raise ValueError("retries counts attempts and must be at least 1")
        settings = get_settings()
        self.retries = retries
        self.backoff = backoff
        self.max_bytes = settings.max_input_bytes if max_bytes is None else max_bytes
        self.max_seconds = settings.fetch_max_seconds
        self._sleep = sleep
        self._clock = clock
        if transport is None:
            allowed = settings.allow_private_networks if allow_private is None else allow_private
            transport = guarded_transport(AddressGuard(allow_private=allowed, resolver=resolver), network)
        self._client = httpx.Client(
            transport=transport,
            timeout=timeout,
            follow_redirects=True,
            max_redirects=settings.fetch_max_redirects,
            headers={"User-Agent": USER_AGENT},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str, etag: str | None = None, modified: str | None = None) -> Fetched:
        """GET ``url``; with ``etag``/``modified`` a conditional GET (304 → ``not_modified``)."""
        check_url(url)
        headers = conditional_headers(etag, modified)
        for attempt in range(1, self.retries + 1):
            try:
                return self._attempt(url, headers, etag, modified)
            except _Transient as failure:
                if attempt == self.retries:
                    raise failure.error from failure
                self._sleep(self.delay(attempt, failure.retry_after))
        raise AssertionError("unreachable: the loop returns or raises")

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait after failed ``attempt`` (1-based): the server's word, else exponential."""
        wanted = retry_after if retry_after is not None else self.backoff * 2 ** (attempt - 1)
        return min(max(wanted, 0.0), MAX_DELAY)

    def _attempt(self, url: str, headers: dict[str, str], etag: str | None, modified: str | None) -> Fetched:
        started = self._clock()
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code == httpx.codes.NOT_MODIFIED:
                    return Fetched(
                        str(response.url),
                        response.status_code,
                        b"",
                        response.headers.get("Content-Type"),
                        response.headers.get("ETag", etag),
                        response.headers.get("Last-Modified", modified),
                        not_modified=True,
                    )
                check_status(response, self.retries)
                return Fetched(
                    str(response.url),
                    response.status_code,
                    self._read_body(response, started),
                    response.headers.get("Content-Type"),
                    response.headers.get("ETag"),
                    response.headers.get("Last-Modified"),
                )
        except httpx.UnsupportedProtocol as error:  # a redirect to file://, ftp://…: no retry
            raise InputError(
                Code.INPUT_BAD_SCHEME, f"{url} redirected to a URL that is not http(s) ({error})"
            ) from error
        except httpx.TimeoutException as error:
            raise _Transient(self._failed(url, f"timed out ({type(error).__name__})")) from error
        except httpx.TransportError as error:
            raise _Transient(
                self._failed(url, f"could not connect ({error or type(error).__name__})")
            ) from error
        except httpx.TooManyRedirects as error:
            raise InputError(
                Code.INPUT_FETCH_FAILED,
                f"more than {self._client.max_redirects} redirects from {url} (RASD_FETCH_MAX_REDIRECTS)",
            ) from error

    def _failed(self, url: str, what: str) -> InputError:
        return InputError(Code.INPUT_FETCH_FAILED, f"{url} {what}; gave up after {_tries(self.retries)}")

    def _read_body(self, response: httpx.Response, started: float) -> bytes:
        declared = _header_number(response, "Content-Length")
        if declared is not None and declared > self.max_bytes:
            raise _too_large(f"Content-Length {declared:.0f}", self.max_bytes)
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > self.max_bytes:
                raise _too_large(f"the body passed {len(body)} bytes", self.max_bytes)
            # each read has its own timeout; this bounds a server that drips a byte at a time
            if self._clock() - started > self.max_seconds:
                raise InputError(
                    Code.INPUT_FETCH_FAILED,
                    f"{response.url} took over {self.max_seconds:g} s (RASD_FETCH_MAX_SECONDS)",
                )
        return bytes(body)


def check_url(url: str) -> None:
    """Refuse anything but an absolute http(s) URL."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as error:
        raise InputError(Code.INPUT_UNSUPPORTED, f"not a valid URL ({error})") from error
    if parsed.scheme and parsed.scheme not in SCHEMES:
        raise InputError(Code.INPUT_BAD_SCHEME, f"only http and https URLs can be fetched, not {url!r}")
    if not parsed.scheme or not parsed.host:
        raise InputError(Code.INPUT_UNSUPPORTED, f"{url!r} is not an absolute http(s) URL")


def conditional_headers(etag: str | None, modified: str | None) -> dict[str, str]:
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    return headers


def check_status(response: httpx.Response, retries: int) -> None:
    """Raise for an error status: ``_Transient`` for 429 and 5xx, ``InputError`` for other 4xx."""
    if not response.is_error:
        return
    status = f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
    if response.status_code == httpx.codes.TOO_MANY_REQUESTS or response.is_server_error:
        error = InputError(Code.INPUT_HTTP_ERROR, f"{status} (after {_tries(retries)})")
        raise _Transient(error, _header_number(response, "Retry-After"))
    raise InputError(Code.INPUT_HTTP_ERROR, status)


def _header_number(response: httpx.Response, name: str) -> float | None:
    """A numeric header (``Retry-After`` in seconds, ``Content-Length``); anything else is None."""
    try:
        value = float(response.headers.get(name, ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _tries(count: int) -> str:
    return "1 try" if count == 1 else f"{count} tries"


def _too_large(what: str, limit: int) -> InputError:
    return InputError(
        Code.INPUT_TOO_LARGE, f"{what} is over the limit of {limit} bytes (RASD_MAX_INPUT_BYTES)"
    )
