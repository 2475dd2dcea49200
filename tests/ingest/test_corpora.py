"""Real corpora go in as they are: other field names (mapped or well-known aliases), compressed
files read as streams, and the size limit applied to each JSONL record rather than the file."""

from __future__ import annotations

import gzip
import json
import lzma
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
import zstandard
from typer.testing import CliRunner

from rasd.cli import app
from rasd.errors import Code
from rasd.ingest import read_inputs
from rasd.ingest.compressed import open_text
from rasd.ingest.files import input_size
from rasd.ingest.records import ARTICLE_FIELDS, FieldMap
from tests.ingest.test_files import split

runner = CliRunner()
TOWNS = ["القطيف", "نجران", "جازان", "الطائف"]
COMPRESSORS: dict[str, Callable[[bytes], bytes]] = {
    ".gz": gzip.compress,
    ".xz": lzma.compress,
    ".zst": lambda data: zstandard.ZstdCompressor().compress(data),
}


def saudi_record(n: int) -> dict:
    """A record in SaudiNewsNet's shape (content, source, date_extracted, author…), written here."""
    town = TOWNS[n % len(TOWNS)]
    return {
        "source": ["okaz", "alriyadh", "aawsat"][n % 3],
        "url": f"http://news.example/sa/{n}",
        "date_extracted": f"2015-07-{1 + n % 28:02d} 0{n % 10}:15:00",
        "title": f"إصابة {n % 5 + 2} أشخاص في انفجار في {town}",
        "author": "الرياض: مراسل الصحيفة",
        "content": f"أصيب {n % 5 + 2} أشخاص اليوم في انفجار عبوة ناسفة قرب سوق شعبي في {town}، "
        f"بحسب ما أفاد به متحدث أمني (خبر رقم {n}).",
    }


def write_corpus(path: Path, lines: list[str]) -> Path:
    data = ("\n".join(lines) + "\n").encode()
    compress = COMPRESSORS.get(path.suffix)
    path.write_bytes(compress(data) if compress else data)
    return path


@pytest.mark.issue(14)
@pytest.mark.parametrize("suffix", [".gz", ".xz", ".zst"])
def test_a_compressed_saudinewsnet_corpus_is_ingested_with_field_mapping(tmp_path: Path, suffix: str) -> None:
    lines = [json.dumps(saudi_record(n), ensure_ascii=False) for n in range(40)]
    corpus = write_corpus(tmp_path / f"saudinewsnet.jsonl{suffix}", lines)
    db = tmp_path / "rasd.sqlite"
    mapping = ["--field", "text=content", "--field", "outlet=source", "--field", "published=date_extracted"]
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(db), *mapping])
    assert result.exit_code == 0, result.output
    assert "40 new articles" in result.stdout
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT outlet, published, url FROM articles ORDER BY url").fetchall()
    assert ("okaz", "2015-07-01", "http://news.example/sa/0") in rows and len(rows) == 40


def test_well_known_field_names_are_read_without_mapping(tmp_path: Path) -> None:
    record = {"headline": "انفجار في نجران", "body": saudi_record(1)["content"], "pubDate": "2015-07-02"}
    path = write_corpus(tmp_path / "aliases.jsonl", [json.dumps(record, ensure_ascii=False)])
    (article,), problems = split(read_inputs([str(path)]))
    assert (article.title, article.published.isoformat(), problems) == ("انفجار في نجران", "2015-07-02", [])
    assert article.text == record["body"]


def test_a_mapped_field_reads_only_its_key(tmp_path: Path) -> None:
    record = {"text": "نص قصير", "content": saudi_record(2)["content"]}
    path = write_corpus(tmp_path / "both.jsonl", [json.dumps(record, ensure_ascii=False)])
    (default,), _ = split(read_inputs([str(path)]))
    (mapped,), _ = split(read_inputs([str(path)], fields=FieldMap.default().mapped({"text": "content"})))
    assert (default.text, mapped.text) == ("نص قصير", record["content"])


def test_a_record_without_text_names_the_keys_looked_for(tmp_path: Path) -> None:
    path = write_corpus(tmp_path / "none.jsonl", [json.dumps({"summary": "ملخص"})])
    _, (problem,) = split(
        read_inputs([str(path)], fields=FieldMap.default().mapped({"text": "article_text"}))
    )
    assert problem.code == Code.INPUT_BAD_RECORD and '"article_text"' in problem.message


@pytest.mark.parametrize("option", ["text", "text=", "txt=content"])
def test_a_bad_field_option_is_a_usage_error(tmp_path: Path, option: str) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path), "--field", option])
    assert result.exit_code == 2 and "--field" in result.output


@pytest.mark.issue(14)
def test_the_size_limit_applies_to_each_jsonl_record_not_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rasd.config import get_settings

    monkeypatch.setenv("RASD_MAX_INPUT_BYTES", "2000")
    get_settings.cache_clear()
    huge = json.dumps({"text": "قصف " * 2000}, ensure_ascii=False)
    lines = [json.dumps(saudi_record(n), ensure_ascii=False) for n in range(30)]  # ~12 KB in all
    for suffix in ("", ".gz"):
        corpus = write_corpus(tmp_path / f"corpus.jsonl{suffix}", [*lines[:10], huge, *lines[10:]])
        articles, problems = split(read_inputs([str(corpus)]))
        assert len(articles) == 30
        assert [(p.code, p.line) for p in problems] == [(Code.INPUT_TOO_LARGE, 11)]


def test_a_single_compressed_document_is_limited_by_its_decompressed_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rasd.config import get_settings

    monkeypatch.setenv("RASD_MAX_INPUT_BYTES", "2000")
    get_settings.cache_clear()
    path = tmp_path / "long.txt.gz"
    path.write_bytes(gzip.compress(("عنوان\n" + "قصف " * 2000).encode()))  # small packed, large unpacked
    _, (problem,) = split(read_inputs([str(path)]))
    assert problem.code == Code.INPUT_TOO_LARGE


def test_bad_lines_of_a_stream_are_problems_and_the_rest_is_read(tmp_path: Path) -> None:
    good = [json.dumps(saudi_record(n), ensure_ascii=False).encode() for n in range(3)]
    path = tmp_path / "mixed.jsonl.xz"
    path.write_bytes(lzma.compress(b"\n".join([good[0], "خبر".encode("cp1256"), good[1], b"{", good[2]])))
    articles, problems = split(read_inputs([str(path)]))
    assert len(articles) == 3
    assert [(p.code, p.line) for p in problems] == [(Code.INPUT_NOT_UTF8, 2), (Code.INPUT_BAD_JSON, 4)]


def test_a_damaged_archive_is_unreadable_after_the_lines_it_gave(tmp_path: Path) -> None:
    lines = [json.dumps(saudi_record(n), ensure_ascii=False) for n in range(200)]
    packed = gzip.compress(("\n".join(lines)).encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(packed[: len(packed) // 2])
    articles, problems = split(read_inputs([str(path)]))
    assert 0 < len(articles) < 200
    assert [p.code for p in problems] == [Code.INPUT_UNREADABLE]


@pytest.mark.parametrize("suffix", ["", ".gz", ".xz", ".zst"])
def test_open_text_reads_plain_and_compressed_utf8(tmp_path: Path, suffix: str) -> None:
    path = write_corpus(tmp_path / f"lines.txt{suffix}", ["سطر أول", "سطر ثان"])
    with open_text(path) as stream:
        assert stream.read() == "سطر أول\nسطر ثان\n"


def test_bytes_read_are_reported_as_they_stream_and_add_up_to_the_input_size(tmp_path: Path) -> None:
    lines = [json.dumps(saudi_record(n), ensure_ascii=False) for n in range(300)]
    write_corpus(tmp_path / "big.jsonl.gz", lines)
    write_corpus(tmp_path / "plain.jsonl", lines[:20])
    (tmp_path / "one.txt").write_text("عنوان\n" + saudi_record(0)["content"], encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    told: list[int] = []
    items = list(read_inputs([str(tmp_path)], on_read=told.append))
    assert len(items) == 322 and sum(told) == input_size([str(tmp_path)]) > 0
    assert len(told) > 3  # the compressed file told its progress on the way, not only at its end
    assert input_size([str(tmp_path), "-"]) is None


def test_a_jsonl_file_binary_from_its_first_line_is_refused_whole_but_not_for_blank_lines(
    tmp_path: Path,
) -> None:
    good = json.dumps(saudi_record(3), ensure_ascii=False).encode()
    binary, blank_start = tmp_path / "image.jsonl", tmp_path / "spaced.jsonl"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\n" + good)
    blank_start.write_bytes(b"\n\n  \n" + good + b"\n" + b'{"text": "\x00"}\n')
    assert [p.code for p in read_inputs([str(binary)])] == [Code.INPUT_BINARY]
    articles, problems = split(read_inputs([str(blank_start)]))
    assert len(articles) == 1 and [(p.code, p.line) for p in problems] == [(Code.INPUT_BINARY, 5)]


def test_the_alias_resource_lists_each_field_under_its_own_name_first_and_no_key_twice() -> None:
    keys = FieldMap.default().keys
    assert all(keys[name][0] == name for name in ARTICLE_FIELDS)
    listed = [key for name in ARTICLE_FIELDS for key in keys[name]]
    assert len(listed) == len(set(listed))
