"""A batch's output folder: one Parquet file per shard in ``events/``, ``problems/`` and
``articles/``, and ``manifest.json``.

A shard's files are each written under a temporary name and renamed into place, the events file
last: a shard is finished exactly when its events file exists, so a run killed at any moment leaves
only finished shards and stray temporary files, which the next run overwrites.

Event rows carry ACLED's columns (``rasd.export``'s values) and then rasd's own, from which
``event_from_row`` rebuilds the extracted event exactly.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

from rasd import acled
from rasd.batch.shards import ShardResult
from rasd.export import event_acled_row, load_pyarrow, parquet_schema
from rasd.lexicon.lexicon import Lexicon
from rasd.serialize import event_from_dict, event_to_dict
from rasd.types import Article, Event, Problem

EVENTS, PROBLEMS, ARTICLES = "events", "problems", "articles"
MANIFEST = "manifest.json"
#: ACLED's columns that hold numbers; the rest hold text.
ACLED_INTEGERS = frozenset(
    {
        "year",
        "time_precision",
        "inter1",
        "inter2",
        "interaction",
        "iso",
        "geo_precision",
        "fatalities",
        "timestamp",
    }
)
ACLED_REALS = frozenset({"latitude", "longitude"})
#: rasd's fields that ACLED's columns do not already hold, typed as ``rasd.export`` types them.
OWN_FIELDS = (
    "date",
    "actor1_ar",
    "actor2_ar",
    "location_ar",
    "weapons",
    "claimed_by",
    "evidence",
    "confidence",
    "geonameid",
    "evidence_spans",
    "rules",
)
#: rasd's fields whose ACLED column of the same name holds another value (a country's name, 0 for
#: an unknown toll, the ACLED id), under their own names.
RENAMED = {"id": "event_id", "country": "country_code", "fatalities": "fatalities_reported"}


def shard_name(index: int) -> str:
    return f"shard-{index:06d}.parquet"


@dataclass(frozen=True, slots=True)
class Layout:
    """The paths of one batch's output folder."""

    root: Path

    def folder(self, kind: str) -> Path:
        return self.root / kind

    def shard_file(self, kind: str, index: int) -> Path:
        return self.folder(kind) / shard_name(index)

    @property
    def manifest(self) -> Path:
        return self.root / MANIFEST

    def create(self) -> None:
        for kind in (EVENTS, PROBLEMS, ARTICLES):
            self.folder(kind).mkdir(parents=True, exist_ok=True)

    def finished(self) -> list[int]:
        """The numbers of the finished shards, in order."""
        return sorted(int(path.stem.split("-")[1]) for path in self.folder(EVENTS).glob("shard-*.parquet"))

    def rows(self, kind: str, indexes: Sequence[int]) -> int:
        """How many rows the shards' files of one kind hold (read from their footers)."""
        parquet = load_pyarrow()[1]
        files = (self.shard_file(kind, index) for index in indexes)
        return sum(parquet.ParquetFile(path).metadata.num_rows for path in files if path.exists())


@cache
def event_schema() -> Any:
    """ACLED's columns in ACLED's order, then rasd's own fields, ids and article metadata."""
    pa = load_pyarrow()[0]
    exported = parquet_schema(pa)

    def acled_type(name: str) -> Any:
        return pa.int64() if name in ACLED_INTEGERS else pa.float64() if name in ACLED_REALS else pa.string()

    columns = [(name, acled_type(name)) for name in acled.csv_columns()]
    columns += [(name, exported.field(name).type) for name in OWN_FIELDS]
    columns += [
        ("event_id", pa.string()),
        ("article_id", pa.string()),
        ("country_code", pa.string()),
        ("fatalities_reported", pa.int64()),
        ("outlet", pa.string()),
        ("published", pa.date32()),
    ]
    return pa.schema(columns)


@cache
def article_schema() -> Any:
    pa = load_pyarrow()[0]
    text = pa.string()
    return pa.schema(
        [
            ("id", text),
            ("title", text),
            ("text", text),
            ("published", pa.date32()),
            ("url", text),
            ("outlet", text),
            ("source", text),
        ]
    )


@cache
def problem_schema() -> Any:
    pa = load_pyarrow()[0]
    text = pa.string()
    return pa.schema(
        [
            ("source", text),
            ("code", text),
            ("message", text),
            ("line", pa.int64()),
            ("severity", text),
            ("shard", pa.int64()),
        ]
    )


def event_row(event: Event, article: Article, lexicon: Lexicon) -> dict[str, Any]:
    outlets = (article.outlet,) if article.outlet else ()
    row = event_acled_row(event, event.id or "", outlets, None, lexicon)
    own = event_to_dict(event)
    row.update({name: own[name] for name in OWN_FIELDS})
    row.update({renamed: own[name] for name, renamed in RENAMED.items()})
    row.update(
        date=event.date, article_id=event.article_id, outlet=article.outlet, published=article.published
    )
    return row


def event_from_row(row: dict[str, Any]) -> Event:
    """The extracted event that ``event_row`` wrote."""
    data = dict(row)
    data.update({name: row[renamed] for name, renamed in RENAMED.items()})
    data["date"] = row["date"].isoformat() if row["date"] else None
    return event_from_dict(data, f"event {row['event_id']}")


def article_from_row(row: dict[str, Any]) -> Article:
    return Article(**row)


@dataclass(frozen=True, slots=True)
class EncodedShard:
    """A finished shard as its Parquet files, made by the worker so that the driver only writes
    bytes; ``errors`` counts its problems of severity error."""

    index: int
    articles: int
    errors: int
    files: tuple[tuple[str, bytes], ...]  # (kind, Parquet bytes), the events file last


def encode_shard(result: ShardResult, lexicon: Lexicon) -> EncodedShard:
    by_id = {article.id: article for article in result.articles}
    events = [event_row(e, by_id[e.article_id], lexicon) for e in result.events]
    files = (
        (ARTICLES, _parquet([asdict(a) for a in result.articles], article_schema())),
        (PROBLEMS, _problems_parquet(result.index, result.problems)),
        (EVENTS, _parquet(events, event_schema())),
    )
    errors = sum(problem.severity == "error" for problem in result.problems)
    return EncodedShard(result.index, len(result.articles), errors, files)


def write_encoded(layout: Layout, encoded: EncodedShard) -> None:
    """A finished shard's files, in order: the events file last, since it marks the shard finished."""
    for kind, data in encoded.files:
        _write(layout.shard_file(kind, encoded.index), data)


def write_problems(layout: Layout, index: int, problems: Sequence[Problem]) -> None:
    _write(layout.shard_file(PROBLEMS, index), _problems_parquet(index, problems))


def _problems_parquet(index: int, problems: Sequence[Problem]) -> bytes:
    return _parquet([{**asdict(problem), "shard": index} for problem in problems], problem_schema())


def _parquet(rows: list[dict[str, Any]], schema: Any) -> bytes:
    pa, parquet = load_pyarrow()
    sink = pa.BufferOutputStream()
    parquet.write_table(pa.Table.from_pylist(rows, schema=schema), sink)
    return sink.getvalue().to_pybytes()


def _write(path: Path, data: bytes) -> None:
    """Under a temporary name, then renamed: a reader never sees half a file."""
    temporary = path.with_suffix(".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def read_rows(
    layout: Layout, kind: str, index: int, columns: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    table = load_pyarrow()[1].read_table(
        layout.shard_file(kind, index), columns=list(columns) if columns else None
    )
    return table.to_pylist()


def read_problems(layout: Layout) -> Iterator[Problem]:
    """Every problem recorded, shard by shard."""
    for path in sorted(layout.folder(PROBLEMS).glob("shard-*.parquet")):
        for row in load_pyarrow()[1].read_table(path).to_pylist():
            del row["shard"]
            yield Problem(**row)


def read_manifest(layout: Layout) -> dict[str, Any] | None:
    if not layout.manifest.exists():
        return None
    return json.loads(layout.manifest.read_text(encoding="utf-8"))


def write_manifest(layout: Layout, manifest: dict[str, Any]) -> None:
    temporary = layout.manifest.with_suffix(".tmp")
    temporary.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(temporary, layout.manifest)
