"""Text files that may be compressed: plain, gzip (``.gz``), xz (``.xz``) or Zstandard (``.zst``).

Archives of millions of articles come compressed; they are read as a stream of UTF-8 text, never
decompressed whole. Zstandard needs the ``zstandard`` package, imported only for ``.zst`` files.
"""

from __future__ import annotations

import gzip
import io
import lzma
from pathlib import Path
from typing import BinaryIO, TextIO

from rasd.errors import Code, InputError


def open_text(path: Path) -> TextIO:
    """The file as a stream of UTF-8 text (a leading byte-order mark is skipped), decompressed on
    the fly by its suffix. A missing file or a missing ``zstandard`` package is an ``InputError``;
    corrupt compressed data raises ``OSError``, ``EOFError`` or ``lzma.LZMAError`` (or
    ``zstandard.ZstdError``) while reading, and a byte sequence that is not UTF-8 a
    ``UnicodeDecodeError``."""
    try:
        raw = _open_binary(path)
    except FileNotFoundError as error:
        raise InputError(Code.INPUT_NOT_FOUND, "no such file or directory") from error
    return io.TextIOWrapper(raw, encoding="utf-8-sig", newline=None)


def _open_binary(path: Path) -> BinaryIO:
    suffix = path.suffix.lower()
    if suffix == ".gz":
        return gzip.open(path, "rb")
    if suffix == ".xz":
        return lzma.open(path, "rb")
    if suffix == ".zst":
        return _open_zstandard(path)
    return path.open("rb")


def _open_zstandard(path: Path) -> BinaryIO:
    try:
        import zstandard
    except ImportError as error:
        raise InputError(
            Code.INPUT_UNSUPPORTED, "reading .zst files needs the zstandard package: pip install zstandard"
        ) from error
    handle = path.open("rb")
    return zstandard.ZstdDecompressor().stream_reader(handle, closefd=True)
