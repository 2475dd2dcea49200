"""Compressed text files read as streams of UTF-8 text."""

from __future__ import annotations

import gzip
import lzma
from pathlib import Path

import pytest

from rasd.ingest.compressed import open_text

TEXT = "\ufeffقصف مدفعي على ريف إدلب\nمقتل ثلاثة مدنيين\n"


def _zstd(data: bytes) -> bytes:
    zstandard = pytest.importorskip("zstandard")
    return zstandard.ZstdCompressor().compress(data)


@pytest.mark.parametrize(
    ("suffix", "compress"),
    [(".jsonl", bytes), (".jsonl.gz", gzip.compress), (".jsonl.xz", lzma.compress), (".jsonl.zst", _zstd)],
)
def test_each_compression_reads_as_the_same_lines(tmp_path: Path, suffix: str, compress) -> None:
    path = tmp_path / f"archive{suffix}"
    path.write_bytes(compress(TEXT.encode()))

    with open_text(path) as stream:
        assert list(stream) == ["قصف مدفعي على ريف إدلب\n", "مقتل ثلاثة مدنيين\n"]


def test_cut_compressed_data_fails_while_reading(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.xz"
    path.write_bytes(lzma.compress(TEXT.encode() * 100)[:-20])
    with pytest.raises((EOFError, lzma.LZMAError)), open_text(path) as stream:
        stream.read()
