"""``rasd events`` query time at 100,000 merged events, on SQLite and PostgreSQL.

A fresh database is filled straight through the tables (SQLAlchemy bulk inserts of 5,000 rows, not
the pipeline): merged events over 12 countries and their first five first-level divisions (from the
lexicon, with jittered coordinates), ACLED's event and sub-event types, dates over three years (one in
fifty undated), 40 actor names built from the lexicon, each merged event reported by 1 to 3 articles
with one extracted event each. Then the store's reads are timed as ``rasd events`` makes them:

- count all: ``count_merged_events()``;
- table views, what the command prints by default: the count and the 50 newest, unfiltered, for one
  country, for an actor substring and for one month;
- full exports of every merged event to JSON Lines, ACLED's CSV and GeoJSON through
  ``rasd.export.write_events`` to a temporary file.

Each group in interleaved rounds (``rounds.py``): min / median / max of wall and CPU.

Wall time (the database server's work included) and this process's CPU time. PostgreSQL: the database
of ``--postgres`` is created if missing and emptied first (``DROP SCHEMA public CASCADE``), and
vacuumed and analysed after the fill, as autovacuum soon would; ``--no-postgres`` skips it.

    python bench/events_query.py [--events 100000] [--rounds 5] [--export-rounds 5]
        [--postgres postgresql://postgres@127.0.0.1:5432/rasd_bench | --no-postgres]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from rich.console import Console
from sqlalchemy import Connection, text
from sqlalchemy import Table as SqlTable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest_throughput import POSTGRES, postgres_url  # noqa: E402
from rounds import Measure, console, interleaved, table, timed  # noqa: E402

from rasd import acled  # noqa: E402
from rasd.export import write_events  # noqa: E402
from rasd.lexicon.lexicon import Admin1, load_lexicon  # noqa: E402
from rasd.store import EventFilter, Store  # noqa: E402
from rasd.store.tables import articles, events, merged_event_sources, merged_events  # noqa: E402

CHUNK = 5000
COUNTRIES = ("SY", "IQ", "YE", "LY", "SD", "EG", "LB", "PS", "SO", "TN", "SA", "JO")
DIVISIONS_PER_COUNTRY = 5
NAMED_ACTORS = 16
FIRST_DAY, DAYS = dt.date(2022, 1, 1), 3 * 365
OUTLETS = (
    "SANA",
    "Enab Baladi",
    "Shafaq News",
    "Rudaw",
    "Saba",
    "Al Masdar Online",
    "Libya Observer",
    "Sudan Tribune",
    "Youm7",
    "Asharq Al-Awsat",
    "Al Jazeera",
    "Al Arabiya",
)
WEAPONS = ("warplane", "drone", "artillery", "mortar", "rocket", "IED", "rifle", "car bomb")
#: Placeholder text of about a news sentence's length: the reads never look into it.
EVIDENCE = "placeholder evidence sentence of about the length of one sentence of a news report " * 2
ACTOR_QUERY = "syria"
MONTH = (dt.date(2024, 6, 1), dt.date(2024, 6, 30))
TABLE_ROWS = 50
EXPORTS = ("jsonl", "csv", "geojson")

#: A timed read: returns (merged events matched, or None when it does not count; rows read or written).
Run = Callable[[], tuple[int | None, int]]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The values the fill draws from."""

    places: list[Admin1]
    actors: list[str]
    sub_types: list[str]


def vocabulary() -> Vocabulary:
    """Divisions of ``COUNTRIES``; each country's military and civilians (ACLED's templates) and
    ``NAMED_ACTORS`` named groups spread over the lexicon's list; every sub-event type."""
    lexicon = load_lexicon()
    places = []
    for country in COUNTRIES:
        divisions = [a for a in lexicon.admin1.values() if a.iso2 == country]
        places += divisions[:DIVISIONS_PER_COUNTRY]
    names = [lexicon.countries[c].name_en for c in COUNTRIES]
    templated = [f"Military Forces of {n}" for n in names] + [f"Civilians ({n})" for n in names]
    named = [
        a.name
        for a in lexicon.actors.values()
        if not a.generic and a.country in COUNTRIES and "Forces of" not in a.name
    ]
    step = max(1, len(named) // NAMED_ACTORS)
    return Vocabulary(places, templated + named[::step][:NAMED_ACTORS], sorted(acled.sub_event_types()))


def event_values(rng: random.Random, words: Vocabulary) -> dict[str, Any]:
    """One occurrence's fields, as the ``event_columns`` of both event tables hold them."""
    place = rng.choice(words.places)
    sub_type = rng.choice(words.sub_types)
    return {
        "event_type": acled.sub_event_types()[sub_type],
        "sub_event_type": sub_type,
        "date": None if rng.random() < 0.02 else FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS)),
        "time_precision": rng.choice((1, 1, 1, 2, 3)),
        "actor1": rng.choice(words.actors),
        "actor2": rng.choice(words.actors) if rng.random() < 0.6 else None,
        "country": place.iso2,
        "admin1": place.name_en,
        "location": place.name_en,
        "latitude": place.latitude + rng.uniform(-0.3, 0.3),
        "longitude": place.longitude + rng.uniform(-0.3, 0.3),
        "geo_precision": rng.choice((1, 2, 3)),
        "fatalities": None if rng.random() < 0.3 else int(rng.expovariate(0.2)),
        "weapons": rng.sample(WEAPONS, rng.randrange(3)),
        "evidence": EVIDENCE,
        "evidence_spans": [{"start": 120, "end": 120 + len(EVIDENCE), "text": EVIDENCE, "field": "text"}],
        "rules": [f"trigger:{rng.randrange(400)}", f"actor:{rng.randrange(300)}"],
        "confidence": round(rng.uniform(0.5, 0.95), 2),
    }


def block_rows(first: int, count: int, rng: random.Random, words: Vocabulary) -> dict[str, list[dict]]:
    """The rows of merged events ``first`` … ``first + count - 1``, each with 1 to 3 reports."""
    rows: dict[str, list[dict]] = {
        t.name: [] for t in (articles, events, merged_events, merged_event_sources)
    }
    ingested = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    for merged_id in range(first, first + count):
        values = event_values(rng, words)
        updated = ingested + dt.timedelta(seconds=merged_id)
        rows["merged_events"].append(
            {"id": merged_id, "family": acled.family(values["event_type"]), "updated": updated, **values}
        )
        for report in range(rng.randint(1, 3)):
            article_id = f"{merged_id:012x}{report:04x}"
            rows["articles"].append(
                {
                    "id": article_id,
                    "title": f"report {report} of occurrence {merged_id}",
                    "text": EVIDENCE,
                    "published": values["date"],
                    "url": f"https://news.example/{article_id}",
                    "outlet": rng.choice(OUTLETS),
                    "ingested": updated + dt.timedelta(minutes=report),
                }
            )
            event_id = f"{article_id}-0"
            rows["events"].append({"id": event_id, "article_id": article_id, **values})
            rows["merged_event_sources"].append(
                {"event_id": event_id, "merged_id": merged_id, "article_id": article_id}
            )
    return rows


def insert_chunks(connection: Connection, table: SqlTable, rows: list[dict]) -> None:
    for start in range(0, len(rows), CHUNK):
        connection.execute(table.insert(), rows[start : start + CHUNK])


def fill(store: Store, total: int) -> int:
    """Bulk-inserts ``total`` merged events with their reports; returns the rows written."""
    rng, words, written = random.Random(1), vocabulary(), 0
    for first in range(1, total + 1, CHUNK):
        rows = block_rows(first, min(CHUNK, total + 1 - first), rng, words)
        with store.engine.begin() as connection:
            for table in (articles, events, merged_events, merged_event_sources):  # foreign keys first
                insert_chunks(connection, table, rows[table.name])
                written += len(rows[table.name])
    store.rebuild_aggregates()  # the rows went straight into the tables, past the store's upkeep
    if store.engine.dialect.name == "postgresql":  # what autovacuum does soon after a bulk load
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE"))
    return written


def table_view(store: Store, where: EventFilter) -> Run:
    """What ``rasd events`` does for a table: the count, then the first rows."""
    return lambda: (store.count_merged_events(where), len(list(store.merged_events(where))))


def export(store: Store, fmt: str, out: Path) -> Run:
    return lambda: (None, write_events(store.merged_events(EventFilter()), fmt, out / f"events.{fmt}"))


def queries(store: Store, out: Path) -> Iterator[tuple[str, Run, bool]]:
    """(name, run, small): the table views (small) and the full exports."""
    yield "count all", lambda: (store.count_merged_events(), 1), True
    views = {
        f"table: newest {TABLE_ROWS}": EventFilter(limit=TABLE_ROWS),
        "table: country = SY": EventFilter(country="SY", limit=TABLE_ROWS),
        f"table: actor contains {ACTOR_QUERY!r}": EventFilter(actor=ACTOR_QUERY, limit=TABLE_ROWS),
        f"table: one month ({MONTH[0]:%Y-%m})": EventFilter(since=MONTH[0], until=MONTH[1], limit=TABLE_ROWS),
    }
    for name, where in views.items():
        yield name, table_view(store, where), True
    for fmt in EXPORTS:
        yield f"export all: {fmt}", export(store, fmt, out), False


def time_backend(backend: str, target: str, args: argparse.Namespace, out: Console) -> None:
    """Fill the backend, then time the table views and the exports in interleaved rounds."""
    with Store.open(target) as store, TemporaryDirectory() as folder:
        start = time.perf_counter()
        rows = fill(store, args.events)
        out.print(
            f"{backend}: filled {args.events:,} merged events ({rows:,} rows in 4 tables) "
            f"in {time.perf_counter() - start:.1f} s"
        )
        load_lexicon()  # the CSV's inter codes: loaded outside the timing
        found = list(queries(store, Path(folder)))
        for label, small, rounds in (
            ("table views", True, args.rounds),
            ("exports", False, args.export_rounds),
        ):
            passes = {name: timing(run) for name, run, is_small in found if is_small is small}
            results = interleaved(rounds, passes)
            named = {f"{name} ({_matched(results[name])})": measures for name, measures in results.items()}
            out.print(table(f"{backend}: {label}, {rounds} rounds", named))


def timing(run: Run):
    return lambda _round: timed(run)


def _matched(measures: list[Measure]) -> str:
    matched, rows = measures[0].result
    return f"{rows:,} rows" if matched is None else f"{matched:,} matched, {rows:,} rows"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000, help="merged events to fill")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of the table views")
    parser.add_argument("--export-rounds", type=int, default=5, help="rounds of the full exports")
    parser.add_argument("--postgres", default=POSTGRES, help="the bench database (emptied first)")
    parser.add_argument("--no-postgres", action="store_true", help="measure SQLite only")
    args = parser.parse_args()
    out = console()
    with TemporaryDirectory() as folder:
        time_backend("SQLite", str(Path(folder) / "events.sqlite"), args, out)
    postgres = postgres_url(args, out)
    if postgres is not None:
        time_backend("PostgreSQL", postgres, args, out)
    out.print(
        f"table views: count + first {TABLE_ROWS} newest; exports: every merged event with its "
        "sources, to a temporary file"
    )


if __name__ == "__main__":
    main()
