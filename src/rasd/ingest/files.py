"""Reading inputs: text, JSON, JSONL, HTML and feed files, directories, URLs, and ``-`` for stdin.

Each bad input (missing, empty, binary, not UTF-8, a broken JSONL line, a record without text, a
page without an article, a feed entry that cannot be fetched, a non-Arabic article) becomes a
``Problem`` with its path (or URL) and line; the rest is read as usual.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from rasd.config import get_settings
from rasd.errors import Code, InputError
from rasd.ingest.feeds import entry_items, parse_feed
from rasd.ingest.fetch import Fetcher, check_url
from rasd.ingest.html import article_from_html
from rasd.ingest.records import article_from_record, article_from_text, screened
from rasd.types import Article, Problem

STDIN = "-"
TEXT_SUFFIXES = (".txt", ".json", ".jsonl")
HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
#: What a directory is searched for: articles, not feeds (a feed is read only when named).
DIRECTORY_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
SUFFIXES = DIRECTORY_SUFFIXES + FEED_SUFFIXES

FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"}
)
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
JSON_TYPES = frozenset({"application/json", "text/json"})
JSONL_TYPES = frozenset({"application/jsonl", "application/x-ndjson", "application/x-jsonlines"})
FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")
HTML_STARTS = (b"<!doctype html", b"<html")
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_SNIFF_BYTES = 2048

Item = Article | Problem


def read_inputs(args: Iterable[str], *, fetcher: Fetcher | None = None) -> Iterator[Item]:
    """Articles and problems from paths, directories, URLs and ``-``, in the order given.

    URLs and the links of feeds are fetched with ``fetcher``; without one, a ``Fetcher`` is made
    on first need and closed when the inputs are read.
    """
    fetchers = _OnDemand(fetcher)
    try:
        for arg in args:
            yield from _read_arg(arg, fetchers)
    finally:
        fetchers.close()


class _OnDemand:
    """The fetcher given, or one made on first use (and closed by ``close``)."""

    def __init__(self, given: Fetcher | None) -> None:
        self._given = given
        self._made: Fetcher | None = None

    def get(self) -> Fetcher:
        if self._given is not None:
            return self._given
        if self._made is None:
            self._made = Fetcher()
        return self._made

    def close(self) -> None:
        if self._made is not None:
            self._made.close()


def _read_arg(arg: str, fetchers: _OnDemand) -> Iterator[Item]:
    if arg == STDIN:
        yield from guarded(STDIN, lambda: _read_stdin(fetchers))
    elif _URL.match(arg):
        yield from guarded(arg, lambda: _read_url(arg, fetchers))
    else:
        yield from _read_path(Path(arg), fetchers)


def _read_path(path: Path, fetchers: _OnDemand) -> Iterator[Item]:
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DIRECTORY_SUFFIXES)
        for file in files:
            yield from guarded(str(file), lambda f=file: _read_file(f, fetchers))
    else:
        yield from guarded(str(path), lambda: _read_file(path, fetchers))


def guarded(source: str, read: Callable[[], Iterable[Item]], screen: bool = True) -> Iterator[Item]:
    """Run one reader; an input error ends that input only, as a problem. ``screen=False`` leaves
    the language check to the caller (``rasd batch`` runs it in its workers)."""
    try:
        yield from screened(read(), source) if screen else read()
    except InputError as error:
        yield Problem(source, error.code.value, error.message)


def _read_file(path: Path, fetchers: _OnDemand) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            Code.INPUT_UNSUPPORTED,
            f"unsupported file type {suffix or '(none)'}; expected {', '.join(SUFFIXES)}",
        )
    yield from _read_content(_read_bytes(path), str(path), suffix, fetchers)


def _read_stdin(fetchers: _OnDemand) -> Iterator[Item]:
    data = sys.stdin.buffer.read()
    yield from _read_content(data, STDIN, content_suffix(None, data), fetchers)


def _read_url(url: str, fetchers: _OnDemand) -> Iterator[Item]:
    check_url(url)
    fetched = fetchers.get().fetch(url)
    suffix = content_suffix(fetched.media_type, fetched.content)
    yield from _read_content(fetched.content, url, suffix, fetchers, fetched.url, fetched.charset)


def _read_content(
    data: bytes,
    source: str,
    suffix: str,
    fetchers: _OnDemand,
    url: str | None = None,
    charset: str | None = None,
) -> Iterator[Item]:
    """Read bytes as the kind of input ``suffix`` names; ``url`` is where they were fetched from."""
    if suffix in HTML_SUFFIXES:
        check_text_bytes(data)
        article, warnings = article_from_html(data, source, url, charset=charset)
        yield from warnings
        yield article
    elif suffix in FEED_SUFFIXES:
        entries = parse_feed(data, url or source)
        yield from entry_items(entries, fetchers.get(), source)
    else:
        yield from _parse(decode(data), source, suffix)


def content_suffix(media_type: str | None, data: bytes) -> str:
    """The file suffix that fits fetched bytes, by their start first and their media type next."""
    head = data[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(FEED_ROOTS) or (head.startswith(b"<?xml") and any(r in head for r in FEED_ROOTS)):
        return ".xml"
    if head.startswith(HTML_STARTS) or media_type in HTML_TYPES:
        return ".html"
    if media_type in FEED_TYPES:
        return ".xml"
    if media_type in JSONL_TYPES:
        return ".jsonl"
    if media_type in JSON_TYPES or head.startswith((b"{", b"[")):
        return ".json" if _is_single_json(data) else ".jsonl"
    if media_type is None or media_type.startswith("text/"):
        return ".txt"
    raise InputError(Code.INPUT_UNSUPPORTED, f"unsupported content type {media_type}")


def _parse(content: str, source: str, suffix: str) -> Iterator[Item]:
    if suffix == ".txt":
        yield article_from_text(content, source)
    elif suffix == ".json":
        yield from _parse_json(content, source)
    else:
        yield from parse_jsonl(content.splitlines(), source)


def _parse_json(content: str, source: str) -> Iterator[Item]:
    try:
        data = json.loads(content)
    except json.JSONDecodeError as error:
        raise InputError(Code.INPUT_BAD_JSON, f"not valid JSON ({error})") from error
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records):
        yield from record_items(record, source, index + 1 if isinstance(data, list) else None)


def parse_jsonl(lines: Iterable[str], source: str) -> Iterator[Item]:
    """Articles (and problems) from JSON Lines, one object a line; ``lines`` may be a stream."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Problem(source, Code.INPUT_BAD_JSON.value, f"not valid JSON ({error})", number)
            continue
        yield from record_items(record, source, number)


def record_items(record: object, source: str, line: int | None) -> Iterator[Item]:
    """The article of one record (with a date warning), or the problem that it cannot be read."""
    try:
        article, warning = article_from_record(record, source, line)
    except InputError as error:
        yield Problem(source, error.code.value, error.message, line)
        return
    if warning is not None:
        yield warning
    yield article


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError as error:
        raise InputError(Code.INPUT_NOT_FOUND, "no such file or directory") from error
    limit = get_settings().max_input_bytes
    if size > limit:
        raise InputError(
            Code.INPUT_TOO_LARGE, f"{size} bytes is over the limit of {limit} (RASD_MAX_INPUT_BYTES)"
        )
    return path.read_bytes()


def decode(data: bytes) -> str:
    """UTF-8 text, or an input error that says why not."""
    check_text_bytes(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(Code.INPUT_NOT_UTF8, f"the input is not UTF-8 (byte {error.start})") from error


def check_text_bytes(data: bytes) -> None:
    """Refuse empty and binary input."""
    if not data.strip():
        raise InputError(Code.INPUT_EMPTY, "the input is empty")
    if b"\x00" in data[:8192]:
        raise InputError(Code.INPUT_BINARY, "the input is binary, not text")


def _is_single_json(content: str | bytes) -> bool:
    try:
        json.loads(content)
    except json.JSONDecodeError:
        return False
    return True
