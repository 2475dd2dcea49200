"""A batch's inputs: JSON Lines (plain or compressed) and Parquet read as streams, any other file
rasd reads through ``rasd.ingest``; folders searched for all of them.

Reading is sequential and deterministic, so a re-run cuts the same articles into the same shards.
A corrupt file costs only the articles after the fault: it becomes a problem and the run goes on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.errors import Code, InputError
from rasd.export import ExportError, load_pyarrow
from rasd.ingest import read_inputs
from rasd.ingest.compressed import DECOMPRESSION_ERRORS, open_binary, open_text
from rasd.ingest.files import DIRECTORY_SUFFIXES, check_regular_file, guarded, parse_jsonl, record_items
from rasd.types import Article, Problem

Item = Article | Problem
#: What ``open_text`` reads as a stream: plain, gzip, xz and Zstandard.
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.xz", ".jsonl.zst")
PARQUET_SUFFIX = ".parquet"
#: Parquet rows read at a time: a file of millions of articles is never held whole.
PARQUET_ROWS = 1000
ARTICLE_COLUMNS = ("id", "title", "text", "published", "url", "outlet")
_CHECKSUM_BLOCK = 1 << 20


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input file as the manifest records it, so that a resumed run can check it is unchanged."""

    path: str
    bytes: int
    sha256: str


def batch_files(args: Iterable[str]) -> list[Path]:
    """The files a batch reads, in order: each named file, and each folder's readable files sorted."""
    files: list[Path] = []
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            found = (p for p in path.rglob("*") if p.is_file() and _readable_in_folder(p))
            files.extend(sorted(found))
        else:
            files.append(path)
    return files


def _readable_in_folder(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((*JSONL_SUFFIXES, PARQUET_SUFFIX, *DIRECTORY_SUFFIXES))


def describe(files: Sequence[Path]) -> list[InputFile]:
    """Size and SHA-256 of each file (a missing one is recorded with size -1: reading it will say why)."""
    return [_describe(path) for path in files]


def _describe(path: Path) -> InputFile:
    if not path.is_file():
        return InputFile(str(path), -1, "")
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(_CHECKSUM_BLOCK):
            digest.update(block)
    return InputFile(str(path), path.stat().st_size, digest.hexdigest())


def read_batch_inputs(files: Sequence[Path]) -> Iterator[Item]:
    """Articles and problems from the files, in order. Archives are not screened for their language
    here: that costs more than reading them, so the workers do it (``process_shard``)."""
    for path in files:
        name = path.name.lower()
        if name.endswith(JSONL_SUFFIXES):
            yield from guarded(str(path), lambda p=path: _read_jsonl(p), screen=False)
        elif name.endswith(PARQUET_SUFFIX):
            yield from guarded(str(path), lambda p=path: _read_parquet(p), screen=False)
        else:
            yield from read_inputs([str(path)])


def count_articles(files: Sequence[Path]) -> int:
    """About how many articles the files hold (lines of JSONL, rows of Parquet, one per other
    file), for the progress bar's ETA; an unreadable file counts as none."""
    total = 0
    for path in files:
        try:
            total += _count(path)
        except (InputError, *_CORRUPT):
            continue  # reading it for real records why
    return total


def _count(path: Path) -> int:
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        with open_text(path) as stream:
            return sum(1 for line in stream if line.strip())
    if name.endswith(PARQUET_SUFFIX):
        return _pyarrow_parquet().ParquetFile(path).metadata.num_rows
    return 1


#: What reading a damaged file raises: the decompressors' errors, bad UTF-8, and pyarrow's errors
#: (ValueError or OSError subclasses).
_CORRUPT = (OSError, ValueError, *DECOMPRESSION_ERRORS)


def _read_jsonl(path: Path) -> Iterator[Item]:
    check_regular_file(path)
    with open_binary(path) as stream:
        yield from _until_corrupt(parse_jsonl(enumerate(stream, start=1), str(path)), path)


def _read_parquet(path: Path) -> Iterator[Item]:
    yield from _until_corrupt(_parquet_records(path), path)


def _parquet_records(path: Path) -> Iterator[Item]:
    """Articles from a Parquet file with a ``text`` column (and any of ``id, title, published, url,
    outlet``); other columns are ignored. A row's number is its line, counted from 1."""
    parquet = _pyarrow_parquet().ParquetFile(path)
    columns = [name for name in ARTICLE_COLUMNS if name in parquet.schema_arrow.names]
    if "text" not in columns:
        raise InputError(Code.INPUT_BAD_RECORD, 'the Parquet file has no "text" column')
    row = 0
    for batch in parquet.iter_batches(batch_size=PARQUET_ROWS, columns=columns):
        for record in batch.to_pylist():
            row += 1
            yield from record_items(_iso_dates(record), str(path), row)


def _iso_dates(record: dict[str, Any]) -> dict[str, Any]:
    """Parquet keeps dates as dates; article records give them as ISO text."""
    published = record.get("published")
    if isinstance(published, dt.date):
        record["published"] = published.isoformat()
    return record


def _until_corrupt(items: Iterator[Item], path: Path) -> Iterator[Item]:
    """The items, until the file turns out damaged: then one problem says where it stopped."""
    read = 0
    try:
        for item in items:
            read += isinstance(item, Article)
            yield item
    except _CORRUPT as error:
        raise InputError(
            Code.INPUT_CORRUPT,
            f"the file is corrupt or cut short after {read} articles ({type(error).__name__}: {error})",
        ) from error


def _pyarrow_parquet() -> Any:
    """pyarrow's Parquet module; without pyarrow, reading a Parquet input is an input problem."""
    try:
        return load_pyarrow()[1]
    except ExportError as error:
        raise InputError(error.code, error.message) from error
