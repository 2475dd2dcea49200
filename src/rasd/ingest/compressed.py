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
#: Decompressing readers over an open file, by suffix; a file with none of these is read as it is.
DECOMPRESSORS: dict[str, Callable[[BinaryIO], BinaryIO]] = {
    ".gz": lambda raw: gzip.GzipFile(fileobj=raw, mode="rb"),
    ".xz": lambda raw: lzma.LZMAFile(raw, "rb"),  # noqa: SIM115 (open_binary returns it open)
    ".zst": lambda raw: zstandard.ZstdDecompressor().stream_reader(raw, closefd=False),
}
#: What a damaged or truncated compressed file raises while it is read.
DECOMPRESSION_ERRORS = (gzip.BadGzipFile, EOFError, lzma.LZMAError, zlib.error, zstandard.ZstdError)


def compression(path: Path) -> str | None:
    """The compression suffix of ``path`` (``.gz``), or None for a plain file."""
    suffix = path.suffix.lower()
    return suffix if suffix in DECOMPRESSORS else None


def inner_suffix(path: Path) -> str:
    """The suffix of the content: ``.jsonl`` for ``news.jsonl.gz`` as for ``news.jsonl``."""
    name = path.with_suffix("") if compression(path) else path
    return name.suffix.lower()


def open_binary(path: Path, raw: BinaryIO | None = None) -> BinaryIO:
    """The decompressed bytes of ``path``, streaming, read from ``raw`` when given (an open file
    of ``path``: its position says how far the reading got); closing the result closes ``raw``."""
    raw = raw or path.open("rb")
    suffix = compression(path)
    if suffix is None:
        return raw
    return io.BufferedReader(_Decompressing(DECOMPRESSORS[suffix](raw), raw))


def open_text(path: Path) -> TextIO:
    """The text of ``path`` (UTF-8), decompressed while it is read; close it when done.

    A decoding error (``UnicodeDecodeError``) or a damaged archive (``DECOMPRESSION_ERRORS``)
    surfaces where it is met, so the lines before it can still be used.
    """
    return io.TextIOWrapper(open_binary(path), encoding=ENCODING)


class _Decompressing(io.RawIOBase):
    """A decompressor's output as a raw stream that also closes the file it reads from (the
    decompressors leave a file they were given open)."""

    def __init__(self, stream: BinaryIO, raw: BinaryIO) -> None:
        self._stream = stream
        self._raw = raw

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        # readinto1 hands over what is decompressed so far: the lines before a damaged part of an
        # archive are read before its error surfaces (readinto would wait to fill the buffer).
        read = getattr(self._stream, "readinto1", self._stream.readinto)
        return read(buffer)

    def close(self) -> None:
        if not self.closed:
            self._stream.close()
            self._raw.close()
        super().close()
