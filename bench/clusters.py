"""How deduplication groups a stream: the distribution of merged-event sizes, and the largest
merged events laid out report by report, so that a reader can check each is one occurrence.

With ``--ingest`` the script first ingests SaudiNewsNet (``../shared/data/saudinewsnet``, never
committed, never required) into a fresh SQLite file and reports how long that took; otherwise it
reads an existing store.

    python bench/clusters.py --ingest [--articles 31030] [--db /tmp/snn.sqlite] [--largest 10]
    python bench/clusters.py --db rasd.sqlite
"""

from __future__ import annotations

import argparse
import json
import lzma
import tempfile
import time
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table
from sqlalchemy import func, select

from rasd.geocode.distance import event_km
from rasd.ingest.records import article_from_record
from rasd.monitor import ingest
from rasd.pipeline import default_pipeline
from rasd.store import Store
from rasd.store.repository import _event_from_row
from rasd.store.tables import articles, events, merged_event_sources
from rasd.types import Event

ROOT = Path(__file__).resolve().parent.parent
SAUDINEWSNET = ROOT.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.xz"
BUCKETS = ((1, 1), (2, 2), (3, 5), (6, 10), (11, 20), (21, 50), (51, 100), (101, 10**9))


def stream(limit: int):
    """The first ``limit`` SaudiNewsNet articles (30,676 have a text), published on the day each
    was collected."""
    given = 0
    with lzma.open(SAUDINEWSNET, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if given >= limit:
                return
            row = json.loads(line)
            if not (row.get("content") or "").strip():
                continue  # 354 of the 31,030 records have no text
            given += 1
            record = {
                "title": row.get("title") or "",
                "text": row.get("content") or "",
                "published": row["date_extracted"][:10],
                "url": row.get("url"),
                "outlet": row.get("source"),
            }
            yield article_from_record(record, "saudinewsnet", number + 1)[0]


def sizes(store: Store) -> Counter[int]:
    query = select(merged_event_sources.c.merged_id, func.count()).group_by(merged_event_sources.c.merged_id)
    with store.engine.connect() as connection:
        return Counter(dict(connection.execute(query).all()))


def members(store: Store, merged_id: int) -> list[tuple[Event, str]]:
    query = (
        select(events, articles.c.title)
        .join(merged_event_sources, merged_event_sources.c.event_id == events.c.id)
        .join(articles, articles.c.id == events.c.article_id)
        .where(merged_event_sources.c.merged_id == merged_id)
        .order_by(events.c.date, events.c.id)
    )
    with store.engine.connect() as connection:
        return [(_event_from_row(row), row.title) for row in connection.execute(query)]


def distribution_table(by_id: Counter[int]) -> Table:
    counts = Counter(by_id.values())
    table = Table(title=f"Merged-event sizes: {len(by_id):,} merged events, {sum(by_id.values()):,} reports")
    for column in ("reports per merged event", "merged events", "reports"):
        table.add_column(column, justify="right")
    for low, high in BUCKETS:
        inside = {size: n for size, n in counts.items() if low <= size <= high}
        label = str(low) if low == high else (f"{low}–{high}" if high < 10**9 else f"{low}+")
        table.add_row(label, f"{sum(inside.values()):,}", f"{sum(s * n for s, n in inside.items()):,}")
    return table


def describe(console: Console, store: Store, merged_id: int, size: int) -> None:
    reports = members(store, merged_id)
    dates = Counter(e.date for e, _ in reports)
    places = Counter(e.location or e.admin1 or e.country for e, _ in reports)
    span = max(
        (km for a, _ in reports for b, _ in reports if (km := event_km(a, b)) is not None), default=None
    )
    head = reports[0][0]
    console.print(
        f"[bold]merged event {merged_id}[/]: {size} reports, {head.country} {head.event_type}; "
        f"dates {dict(sorted(dates.items(), key=str))}; places {dict(places.most_common(4))}; "
        f"widest distance between reports {span if span is None else round(span, 1)} km"
    )
    for event, title in reports[:6]:
        who = " / ".join(x for x in (event.actor1, event.actor2) if x)
        console.print(f"   {event.date} {event.sub_event_type or '-'} | {who or '-'} | {title[:70]}")
    if len(reports) > 6:
        console.print(f"   … {len(reports) - 6} more")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", help="SQLite file or database URL (with --ingest: created afresh)")
    parser.add_argument("--ingest", action="store_true", help="ingest SaudiNewsNet first")
    parser.add_argument("--articles", type=int, default=31030)
    parser.add_argument("--largest", type=int, default=10)
    args = parser.parse_args()
    console = Console()
    target = args.db or str(Path(tempfile.mkdtemp()) / "clusters.sqlite")
    if args.ingest:
        if Path(target).exists():
            Path(target).unlink()
        with Store.open(target) as store:
            started, cpu = time.perf_counter(), time.process_time()
            report = ingest(stream(args.articles), store, default_pipeline())
            wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        console.print(
            f"ingested {report.saved.articles:,} articles in {wall:.0f} s wall, {cpu:.0f} s CPU "
            f"({report.saved.events:,} events, {report.saved.merged_new:,} merged events started)"
        )
    with Store.open(target, create=False) as store:
        by_id = sizes(store)
        console.print(distribution_table(by_id))
        for merged_id, size in by_id.most_common(args.largest):
            describe(console, store, merged_id, size)


if __name__ == "__main__":
    main()
