"""Opening an input file that may be compressed (``.gz``, ``.xz``, ``.zst``), as a stream.

Nothing is decompressed ahead: a 100 MB ``.jsonl.xz`` corpus is read a line at a time.
"""

from __future__ import annotations

import gzip
import io
import lzma
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TextIO

import zstandard

ENCODING = "utf-8-sig"  # UTF-8, with a leading byte-order mark dropped
#: Decompressors by suffix; a file with none of these suffixes is read as it is.
OPENERS: dict[str, Callable[[Path], BinaryIO]] = {
    ".gz": lambda path: gzip.open(path, "rb"),
    ".xz": lambda path: lzma.open(path, "rb"),
    ".zst": lambda path: io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(path.open("rb"))),
}
#: What a damaged or truncated compressed file raises while it is read.
DECOMPRESSION_ERRORS = (gzip.BadGzipFile, EOFError, lzma.LZMAError, zlib.error, zstandard.ZstdError)


def compression(path: Path) -> str | None:
    """The compression suffix of ``path`` (``.gz``), or None for a plain file."""
    suffix = path.suffix.lower()
    return suffix if suffix in OPENERS else None


def inner_suffix(path: Path) -> str:
    """The suffix of the content: ``.jsonl`` for ``news.jsonl.gz`` as for ``news.jsonl``."""
    name = path.with_suffix("") if compression(path) else path
    return name.suffix.lower()


def open_binary(path: Path) -> BinaryIO:
    """The decompressed bytes of ``path``, streaming."""
    opener = OPENERS.get(path.suffix.lower())
    return opener(path) if opener else path.open("rb")


def open_text(path: Path) -> TextIO:
    """The text of ``path`` (UTF-8), decompressed while it is read; close it when done.

    A decoding error (``UnicodeDecodeError``) or a damaged archive (``DECOMPRESSION_ERRORS``)
    surfaces where it is met, so the lines before it can still be used.
    """
    return io.TextIOWrapper(open_binary(path), encoding=ENCODING)
