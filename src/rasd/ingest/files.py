"""Reading inputs: text, JSON, JSONL, HTML and feed files (plain or ``.gz``/``.xz``/``.zst``),
directories, URLs, and ``-`` for stdin.

Each bad input (missing, not a regular file, unreadable, empty, binary, not UTF-8, a broken JSONL
line, a record without text, a page without an article, a feed entry that cannot be fetched, a
non-Arabic article) becomes a ``Problem`` with its path (or URL) and line; the rest is read as
usual. JSONL is read a line at a time, so the size limit applies to each record, not the file.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from rasd.config import get_settings
from rasd.errors import Code, InputError
from rasd.ingest.compressed import DECOMPRESSION_ERRORS, ENCODING, compression, inner_suffix, open_binary
from rasd.ingest.records import FieldMap, article_from_record, article_from_text, screened
from rasd.types import Article, Problem

if TYPE_CHECKING:
    from rasd.ingest.fetch import Fetcher

# Pages, feeds and URLs are read by modules imported when one comes (trafilatura, feedparser and
# httpx take half a second to import, and a text or JSON article needs none of them).

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
#: A line over the size limit is skipped this many bytes at a time.
_SKIP_BYTES = 1 << 20

Item = Article | Problem


def read_inputs(
    args: Iterable[str],
    *,
    fetcher: Fetcher | None = None,
    allow_private: bool | None = None,
    fields: FieldMap | None = None,
    on_read: Callable[[int], None] | None = None,
) -> Iterator[Item]:
    """Articles and problems from paths, directories, URLs and ``-``, in the order given.

    URLs and the links of feeds are fetched with ``fetcher``; without one, a ``Fetcher`` (which
    reaches private networks only with ``allow_private``, default: the setting) is made on first
    need and closed when the inputs are read. JSON records are read through ``fields`` (default:
    rasd's names and the well-known aliases). ``on_read`` is told how many more bytes of the
    input files (as stored, compressed or not) have been read, for progress against
    ``input_size``.
    """
    meter = _Meter(on_read or (lambda count: None))
    reading = _Reading(_OnDemand(fetcher, allow_private), fields or FieldMap.default(), meter)
    try:
        for arg in args:
            yield from _read_arg(arg, reading)
    finally:
        reading.fetchers.close()


class _OnDemand:
    """The fetcher given, or one made on first use (and closed by ``close``)."""

    def __init__(self, given: Fetcher | None, allow_private: bool | None = None) -> None:
        self._given = given
        self._allow_private = allow_private
        self._made: Fetcher | None = None

    def get(self) -> Fetcher:
        if self._given is not None:
            return self._given
        if self._made is None:
            from rasd.ingest.fetch import Fetcher

            self._made = Fetcher(allow_private=self._allow_private)
        return self._made

    def close(self) -> None:
        if self._made is not None:
            self._made.close()


@dataclass(frozen=True, slots=True)
class _Reading:
    """What every reader of one ``read_inputs`` call shares."""

    fetchers: _OnDemand
    fields: FieldMap
    meter: _Meter
    limit: int = field(default_factory=lambda: get_settings().max_input_bytes)


class _Meter:
    """Counts the bytes of input files read, telling ``report`` each increment."""

    def __init__(self, report: Callable[[int], None]) -> None:
        self._report = report
        self._in_file = 0  # bytes of the current file already told

    def at(self, position: int) -> None:
        """The current file has been read up to ``position``."""
        if position > self._in_file:
            self._report(position - self._in_file)
            self._in_file = position

    def done(self, path: Path) -> None:
        """The file is finished, read whole or refused: all of it counts."""
        self.at(_size(path))
        self._in_file = 0


def input_size(args: Iterable[str]) -> int | None:
    """The bytes ``read_inputs(args)`` will read from files, or None when some input's size cannot
    be known ahead (stdin, a URL)."""
    total = 0
    for arg in args:
        if arg == STDIN or _URL.match(arg):
            return None
        path = Path(arg)
        total += sum(map(_size, directory_inputs(path))) if path.is_dir() else _size(path)
    return total


def _size(path: Path) -> int:
    return path.stat().st_size if path.is_file() else 0


def _read_arg(arg: str, reading: _Reading) -> Iterator[Item]:
    if arg == STDIN:
        yield from guarded(STDIN, lambda: _read_stdin(reading))
    elif _URL.match(arg):
        yield from guarded(arg, lambda: _read_url(arg, reading))
    else:
        yield from _read_path(Path(arg), reading)


def _read_path(path: Path, reading: _Reading) -> Iterator[Item]:
    for file in directory_inputs(path) if path.is_dir() else [path]:
        yield from guarded(str(file), lambda f=file: _read_file(f, reading))
        reading.meter.done(file)


def directory_inputs(folder: Path) -> list[Path]:
    """Every path below ``folder`` named like an article file (``.txt``, ``.jsonl.gz``…), sorted;
    besides regular files that includes FIFOs, sockets and dangling links, which ``_read_file``
    reports instead of dropping. A directory is a folder whatever its name: its files are read."""
    named = (p for p in folder.rglob("*") if inner_suffix(p) in DIRECTORY_SUFFIXES)
    return sorted(p for p in named if not p.is_dir())


def guarded(source: str, read: Callable[[], Iterable[Item]], screen: bool = True) -> Iterator[Item]:
    """Run one reader; an input error ends that input only, as a problem. ``screen=False`` leaves
    the language check to the caller (``rasd batch`` runs it in its workers)."""
    try:
        yield from screened(read(), source) if screen else read()
    except InputError as error:
        yield Problem(source, error.code.value, error.message)


def _read_file(path: Path, reading: _Reading) -> Iterator[Item]:
    check_regular_file(path)
    suffix = inner_suffix(path)
    if suffix not in SUFFIXES:
        raise InputError(
            Code.INPUT_UNSUPPORTED,
            f"unsupported file type {suffix or '(none)'}; expected {', '.join(SUFFIXES)} "
            "(or one of them compressed: .gz, .xz, .zst)",
        )
    if suffix == ".jsonl":
        yield from _read_jsonl_file(path, reading)
    else:
        yield from _read_content(_read_bytes(path, reading.limit), str(path), suffix, reading)


def check_regular_file(path: Path) -> None:
    """Refuse a path that is missing or not a regular file, without opening it (a FIFO would block)."""
    if not path.exists():
        if path.is_symlink():
            raise InputError(Code.INPUT_NOT_A_FILE, "a dangling (or looping) symbolic link")
        raise InputError(Code.INPUT_NOT_FOUND, "no such file or directory")
    if not path.is_file():
        raise InputError(Code.INPUT_NOT_A_FILE, f"{_file_kind(path)}, not a regular file")


def _read_stdin(reading: _Reading) -> Iterator[Item]:
    data = sys.stdin.buffer.read()
    yield from _read_content(data, STDIN, content_suffix(None, data), reading)


def _read_url(url: str, reading: _Reading) -> Iterator[Item]:
    from rasd.ingest.fetch import check_url

    check_url(url)
    fetched = reading.fetchers.get().fetch(url)
    suffix = content_suffix(fetched.media_type, fetched.content)
    yield from _read_content(fetched.content, url, suffix, reading, fetched.url, fetched.charset)


def _read_content(
    data: bytes,
    source: str,
    suffix: str,
    reading: _Reading,
    url: str | None = None,
    charset: str | None = None,
) -> Iterator[Item]:
    """Read bytes as the kind of input ``suffix`` names; ``url`` is where they were fetched from."""
    if suffix in HTML_SUFFIXES:
        from rasd.ingest.html import article_from_html

        check_text_bytes(data)
        article, warnings = article_from_html(data, source, url, charset=charset)
        yield from warnings
        yield article
    elif suffix in FEED_SUFFIXES:
        from rasd.ingest.feeds import entry_items, parse_feed

        entries = parse_feed(data, url or source)
        yield from entry_items(entries, reading.fetchers.get(), source)
    elif suffix == ".jsonl":
        check_text_bytes(data)
        yield from parse_jsonl(enumerate(data.split(b"\n"), start=1), source, reading.fields)
    else:
        yield from _parse(decode(data), source, suffix, reading.fields)


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


def _parse(content: str, source: str, suffix: str, fields: FieldMap) -> Iterator[Item]:
    if suffix == ".txt":
        yield article_from_text(content, source)
    else:
        yield from _parse_json(content, source, fields)


def _parse_json(content: str, source: str, fields: FieldMap) -> Iterator[Item]:
    data = load_json(content)
    if data == []:
        raise InputError(Code.INPUT_EMPTY, "the JSON array holds no records")
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records):
        yield from record_items(record, source, index + 1 if isinstance(data, list) else None, fields)


def _read_jsonl_file(path: Path, reading: _Reading) -> Iterator[Item]:
    """A JSONL file (perhaps compressed) a line at a time: memory holds one record, never the file."""
    source, number = str(path), 0
    try:
        with path.open("rb") as raw, open_binary(path, raw) as stream:
            _check_jsonl_start(stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES])
            for number, line in bounded_lines(stream, reading.limit):
                reading.meter.at(raw.tell())
                if line is None:
                    what = f"the record on line {number}"
                    yield Problem(source, Code.INPUT_TOO_LARGE.value, _over(what, reading.limit), number)
                else:
                    yield from parse_jsonl([(number, line)], source, reading.fields)
    except (OSError, *DECOMPRESSION_ERRORS) as error:
        raise InputError(Code.INPUT_UNREADABLE, f"cannot be read after line {number} ({error})") from error


def _check_jsonl_start(head: bytes) -> None:
    """Refuse an empty file, or a binary one (NUL bytes, and a first line that is not JSON) whole;
    NUL bytes in a later line of a JSONL file make that line one problem, and the rest is read."""
    try:
        check_text_bytes(head)
    except InputError as error:
        if error.code is not Code.INPUT_BINARY or not _is_single_json(head.lstrip().split(b"\n", 1)[0]):
            raise


def bounded_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Each line of ``stream`` with its number (from 1); None for a line over ``limit`` bytes,
    which is skipped in pieces rather than held whole."""
    number = 0
    while line := stream.readline(limit + 1):
        number += 1
        if len(line) <= limit or line.endswith(b"\n") and len(line) == limit + 1:
            yield number, line
            continue
        while line and not line.endswith(b"\n"):
            line = stream.readline(_SKIP_BYTES)
        yield number, None


def parse_jsonl(
    lines: Iterable[tuple[int, bytes]], source: str, fields: FieldMap | None = None
) -> Iterator[Item]:
    """Records of numbered JSONL lines; a line that is not UTF-8 or not JSON is a problem."""
    fields = fields or FieldMap.default()
    for number, line in lines:
        if not line.strip():
            continue
        try:
            check_text_bytes(line)
            record = load_json(line)
        except InputError as error:
            yield Problem(source, error.code.value, error.message, number)
            continue
        yield from record_items(record, source, number, fields)


def load_json(text: str | bytes) -> object:
    """``json.loads``, where a document nested too deeply for the parser is bad JSON, not a crash."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(Code.INPUT_BAD_JSON, f"not valid JSON ({error})") from error
    except RecursionError as error:
        raise InputError(Code.INPUT_BAD_JSON, "not valid JSON (nested too deeply to read)") from error
    except UnicodeDecodeError as error:  # bytes that are not UTF-8 (a byte-order mark is allowed)
        raise InputError(Code.INPUT_NOT_UTF8, f"not UTF-8 (byte {error.start})") from error


def record_items(
    record: object, source: str, line: int | None, fields: FieldMap | None = None
) -> Iterator[Item]:
    """The article of one record (and a warning about it, if any), or a problem."""
    fields = fields or FieldMap.default()
    try:
        article, warning = article_from_record(record, source, line, fields)
    except InputError as error:
        yield Problem(source, error.code.value, error.message, line)
        return
    if warning is not None:
        yield warning
    yield article


def _read_bytes(path: Path, limit: int) -> bytes:
    """A whole single-document file, decompressed, refused when over ``limit`` bytes."""
    size = path.stat().st_size
    if compression(path) is None and size > limit:  # refused before reading
        raise InputError(Code.INPUT_TOO_LARGE, _over(f"{size} bytes", limit))
    try:
        with open_binary(path) as stream:
            data = stream.read(limit + 1)
    except (OSError, *DECOMPRESSION_ERRORS) as error:
        raise InputError(Code.INPUT_UNREADABLE, f"cannot be read ({error})") from error
    if len(data) > limit:
        raise InputError(Code.INPUT_TOO_LARGE, _over(f"over {limit} bytes decompressed", limit))
    return data


def _over(what: str, limit: int) -> str:
    return f"{what} is over the limit of {limit} bytes (RASD_MAX_INPUT_BYTES)"


def _file_kind(path: Path) -> str:
    """What a path that is not a regular file is, for the message."""
    if path.is_fifo():
        return "a FIFO (named pipe)"
    if path.is_socket():
        return "a socket"
    return "a device" if path.is_block_device() or path.is_char_device() else "something else"


def decode(data: bytes) -> str:
    """UTF-8 text, or an input error that says why not."""
    check_text_bytes(data)
    try:
        return data.decode(ENCODING)
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
        load_json(content)
    except InputError:
        return False
    return True
