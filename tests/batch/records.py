"""Articles for batch tests: the bundled examples (written by the rasd team in news style) as
JSON records, and copies of them under other ids to make archives of any size."""

from __future__ import annotations

import json
from pathlib import Path

from rasd.batch.layout import EVENTS, Layout, event_from_row, read_rows
from rasd.types import Event

EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "rasd" / "examples"


def example_records() -> list[dict]:
    """Every example article with an id, in a fixed order."""
    records = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(EXAMPLES.glob("*.json"))]
    lines = (EXAMPLES / "threats.jsonl").read_text(encoding="utf-8").splitlines()
    return records + [json.loads(line) for line in lines if line.strip()]


def archive(count: int) -> list[dict]:
    """``count`` records, the examples over and over, each copy under its own id."""
    examples = example_records()
    return [
        {**examples[n % len(examples)], "id": f"{examples[n % len(examples)]['id']}-{n}"}
        for n in range(count)
    ]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def batch_events(out: Path) -> list[Event]:
    """Every event a batch wrote, shard by shard."""
    layout = Layout(out)
    return [event_from_row(row) for shard in layout.finished() for row in read_rows(layout, EVENTS, shard)]


def shard_tables(out: Path) -> dict[str, list[list[dict]]]:
    """Every row of every kind of shard file, shard by shard, to compare two batches."""
    layout = Layout(out)
    kinds = ("events", "articles", "problems")
    return {kind: [read_rows(layout, kind, shard) for shard in layout.finished()] for kind in kinds}
