"""A batch's inputs: compressed JSON Lines and Parquet read as ``rasd.ingest`` reads JSON Lines."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from rasd.batch.inputs import batch_files, count_articles, read_batch_inputs
from rasd.errors import Code
from rasd.export import load_pyarrow
from rasd.ingest import read_inputs
from rasd.types import Article, Problem
from tests.batch.records import example_records, write_jsonl

pytestmark = pytest.mark.issue(12)


def without_source(items) -> list:
    return [replace(item, source=None) if isinstance(item, Article) else item for item in items]


def test_parquet_articles_are_read_like_jsonl_ones(tmp_path: Path) -> None:
    records = example_records()
    jsonl = write_jsonl(tmp_path / "a.jsonl", records)
    pa, parquet = load_pyarrow()
    rows = [{**r, "published": dt.date.fromisoformat(r["published"]), "views": 3} for r in records]
    parquet.write_table(pa.Table.from_pylist(rows), tmp_path / "a.parquet", row_group_size=3)

    from_parquet = list(read_batch_inputs([tmp_path / "a.parquet"]))

    assert without_source(from_parquet) == without_source(read_inputs([str(jsonl)]))
    assert from_parquet[2].source == f"{tmp_path / 'a.parquet'}:3"
    assert count_articles([tmp_path / "a.parquet", jsonl]) == 2 * len(records)


def test_a_parquet_file_without_text_and_a_missing_file_are_problems(tmp_path: Path) -> None:
    pa, parquet = load_pyarrow()
    parquet.write_table(pa.Table.from_pylist([{"title": "عنوان"}]), tmp_path / "notext.parquet")
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")

    items = list(
        read_batch_inputs(
            [tmp_path / "notext.parquet", tmp_path / "broken.parquet", tmp_path / "gone.jsonl.xz"]
        )
    )

    assert [(type(i), i.code) for i in items] == [
        (Problem, Code.INPUT_BAD_RECORD.value),
        (Problem, Code.INPUT_CORRUPT.value),
        (Problem, Code.INPUT_NOT_FOUND.value),
    ]


def test_folders_are_searched_for_archives_in_order(tmp_path: Path) -> None:
    for name in ("b.jsonl.zst", "a.parquet", "c.txt", "notes.md", "sub/d.jsonl.gz"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(b"")

    assert [p.relative_to(tmp_path).as_posix() for p in batch_files([str(tmp_path)])] == [
        "a.parquet",
        "b.jsonl.zst",
        "c.txt",
        "sub/d.jsonl.gz",
    ]
