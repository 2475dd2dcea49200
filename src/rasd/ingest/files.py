"""Reading inputs: ``.txt``, ``.json``, ``.jsonl``, directories of them, and ``-`` for stdin.

Each bad input (missing, empty, binary, not UTF-8, a broken JSONL line, a record without text, a
non-Arabic article) becomes a ``Problem`` with its path and line; the rest is read as usual.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from rasd.config import get_settings
from rasd.errors import Code, InputError
from rasd.ingest.records import article_from_record, article_from_text, check_language
from rasd.types import Article, Problem

STDIN = "-"
SUFFIXES = (".txt", ".json", ".jsonl")

Item = Article | Problem


def read_inputs(args: Iterable[str]) -> Iterator[Item]:
    """Articles and problems from paths, directories and ``-``, in the order given."""
    for arg in args:
        if arg == STDIN:
            yield from _guarded(STDIN, _read_stdin)
        else:
            yield from _read_path(Path(arg))


def _read_path(path: Path) -> Iterator[Item]:
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        for file in files:
            yield from _guarded(str(file), lambda f=file: _read_file(f))
    else:
        yield from _guarded(str(path), lambda: _read_file(path))


def _guarded(source: str, read) -> Iterator[Item]:
    """Run one reader; an input error ends that input only, as a problem."""
    try:
        for item in read():
            if isinstance(item, Article):
                try:
                    check_language(item)
                except InputError as error:
                    yield Problem(item.source or source, error.code.value, error.message)
                    continue
            yield item
    except InputError as error:
        yield Problem(source, error.code.value, error.message)


def _read_file(path: Path) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            Code.INPUT_UNSUPPORTED,
            f"unsupported file type {suffix or '(none)'}; expected {', '.join(SUFFIXES)}",
        )
    content = decode(_read_bytes(path))
    yield from _parse(content, str(path), suffix)


def _read_stdin() -> Iterator[Item]:
    content = decode(sys.stdin.buffer.read())
    stripped = content.lstrip()
    if stripped.startswith(("{", "[")):
        suffix = ".json" if _is_single_json(stripped) else ".jsonl"
    else:
        suffix = ".txt"
    yield from _parse(content, STDIN, suffix)


def _parse(content: str, source: str, suffix: str) -> Iterator[Item]:
    if suffix == ".txt":
        yield article_from_text(content, source)
    elif suffix == ".json":
        yield from _parse_json(content, source)
    else:
        yield from _parse_jsonl(content, source)


def _parse_json(content: str, source: str) -> Iterator[Item]:
    try:
        data = json.loads(content)
    except json.JSONDecodeError as error:
        raise InputError(Code.INPUT_BAD_JSON, f"not valid JSON ({error})") from error
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records):
        yield from _record(record, source, index + 1 if isinstance(data, list) else None)


def _parse_jsonl(content: str, source: str) -> Iterator[Item]:
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Problem(source, Code.INPUT_BAD_JSON.value, f"not valid JSON ({error})", number)
            continue
        yield from _record(record, source, number)


def _record(record: object, source: str, line: int | None) -> Iterator[Item]:
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
    if not data.strip():
        raise InputError(Code.INPUT_EMPTY, "the input is empty")
    if b"\x00" in data[:8192]:
        raise InputError(Code.INPUT_BINARY, "the input is binary, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(Code.INPUT_NOT_UTF8, f"the input is not UTF-8 (byte {error.start})") from error


def _is_single_json(content: str) -> bool:
    try:
        json.loads(content)
    except json.JSONDecodeError:
        return False
    return True
