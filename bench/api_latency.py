"""Latency of the API's reads (/events, /map, /stats, /events/{id}) at 100,000 and 1,000,000 merged
events, on SQLite and PostgreSQL, beside the bare SQL of the same read in the same run.

Each database is filled straight through the tables by ``events_query.fill`` (bulk inserts; merged
events over 12 countries and three years, 1 to 3 reports each). The app is called in this process
through Starlette's TestClient (no socket: the figures are the app's and the database's work, not a
network's). Requests run in interleaved rounds: each round sends every request once, in order, so a
noisy neighbour slows all of them alike. The bare SQL is the main statement of each read, written by
hand and run on the same engine in the same round.

With ``--keep FOLDER`` the databases outlive the run and are filled only once (a million events
take tens of minutes to fill): the SQLite file ``FOLDER/events-<N>.sqlite`` and the PostgreSQL
database ``--postgres``'s name plus ``_<N>``, reused when they already hold N merged events.

    python bench/api_latency.py [--events 100000 1000000] [--rounds 20] [--keep FOLDER]
        [--postgres postgresql://postgres@127.0.0.1:5432/rasd_bench | --no-postgres]
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from tempfile import TemporaryDirectory

import psycopg
from psycopg.conninfo import conninfo_to_dict
from rich.console import Console
from rich.table import Table
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_query import fill  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from ingest_throughput import POSTGRES, fresh_postgres, postgres_url  # noqa: E402

from rasd.api.app import create_app  # noqa: E402
from rasd.config import Settings  # noqa: E402
from rasd.store import Store  # noqa: E402

#: The map view of one week in one country: few enough events to be drawn as markers.
WEEK = ("2024-06-03", "2024-06-09")
NEWEST = "SELECT * FROM merged_events WHERE date IS NOT NULL {where} ORDER BY date DESC, id DESC LIMIT 101"
STATS = [
    "SELECT {key}, count(*), sum(fatalities) FROM merged_events {where} GROUP BY {key}".format(
        key=key, where="{where}"
    )
    for key in ("date", "country, admin1, event_type", "actor1", "actor2")
]
#: A map view of Syria (west, south, east, north).
SYRIA = (35.5, 32.3, 42.4, 37.3)
SY_BATTLES = "AND country = 'SY' AND (event_type = 'Battles' OR sub_event_type = 'Battles')"


@dataclass(frozen=True, slots=True)
class Read:
    name: str
    url: Callable[[], str]
    sql: list[str]  # the bare statements of the same read


def _cell(column: str, size: float, dialect: str) -> str:
    """The grid cell of a coordinate, as ``rasd.store.aggregates`` computes it on each database."""
    if dialect == "sqlite":
        return f"CAST({column} / {size} + 1000 AS INTEGER)"
    return f"floor({column} / {size})"


def _bins(dialect: str, zoom: int, where: str) -> str:
    """The bare SQL of the map's bins at a zoom level, counted from the merged events."""
    cell = 360 / 2 ** (zoom + 3)
    row, column = _cell("latitude", cell, dialect), _cell("longitude", cell, dialect)
    return (
        f"SELECT avg(latitude), avg(longitude), count(*), sum(fatalities) FROM merged_events "
        f"WHERE latitude IS NOT NULL {where} GROUP BY {row}, {column}"
    )


def reads(rng: random.Random, total: int, dialect: str) -> list[Read]:
    week = f"AND country = 'SY' AND date BETWEEN '{WEEK[0]}' AND '{WEEK[1]}'"
    bins = _bins(dialect, 5, "")
    return [
        Read("/events (newest 100)", lambda: "/events?limit=100", [NEWEST.format(where="")]),
        Read(
            "/events (country + type)",
            lambda: "/events?limit=100&country=SY&type=Battles",
            [NEWEST.format(where=SY_BATTLES)],
        ),
        Read("/stats (all)", lambda: "/stats", [s.format(where="") for s in STATS]),
        Read(
            "/stats (country + type)",
            lambda: "/stats?country=SY&type=Battles",
            [s.format(where="WHERE " + SY_BATTLES[4:]) for s in STATS],
        ),
        Read(
            "/map (one week, markers)",
            lambda: f"/map?country=SY&since={WEEK[0]}&until={WEEK[1]}",
            [NEWEST.format(where=week).replace("LIMIT 101", "LIMIT 2000")],
        ),
        Read("/map (all, bins)", lambda: "/map?zoom=5", [bins]),
        Read(
            "/map (Syria in view, bins)",
            lambda: f"/map?zoom=7&bbox={','.join(map(str, SYRIA))}",
            [
                _bins(
                    dialect,
                    7,
                    f"AND longitude BETWEEN {SYRIA[0]} AND {SYRIA[2]} "
                    f"AND latitude BETWEEN {SYRIA[1]} AND {SYRIA[3]}",
                )
            ],
        ),
        Read(
            "/events/{id}",
            lambda: f"/events/{rng.randint(1, total)}",
            [
                "SELECT * FROM merged_events WHERE id = 4242",
                "SELECT * FROM merged_event_sources WHERE merged_id = 4242",
            ],
        ),
    ]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(store: Store, total: int, rounds: int) -> dict[str, dict[str, list[float]]]:
    """Per read: wall and CPU seconds of each HTTP call, and wall seconds of its bare SQL."""
    client = TestClient(create_app(store, Settings(api_token=None)))
    plan = reads(random.Random(7), total, store.engine.dialect.name)
    times: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    with store.engine.connect() as connection:
        for _ in range(rounds):
            for read in plan:
                wall, cpu = time.perf_counter(), time.process_time()
                response = client.get(read.url())
                times[read.name]["wall"].append(time.perf_counter() - wall)
                times[read.name]["cpu"].append(time.process_time() - cpu)
                assert response.status_code in (200, 404), response.text
                wall = time.perf_counter()
                for statement in read.sql:
                    connection.execute(text(statement)).all()
                times[read.name]["sql"].append(time.perf_counter() - wall)
    return times


def add_rows(table: Table, backend: str, total: int, times: dict[str, dict[str, list[float]]]) -> None:
    for name, series in times.items():
        wall, cpu, sql = series["wall"], series["cpu"], series["sql"]
        table.add_row(
            backend,
            f"{total:,}",
            name,
            *(
                f"{1000 * v:.1f}"
                for v in (min(wall), statistics.median(wall), percentile(wall, 0.95), max(wall))
            ),
            f"{1000 * statistics.median(cpu):.1f}",
            f"{1000 * statistics.median(sql):.1f}",
            f"{statistics.median(wall) / max(statistics.median(sql), 1e-6):.1f}",
        )


def results_table() -> Table:
    table = Table(title="API latency, ms (wall unless said; TestClient in-process)")
    for column in ("backend", "events", "request"):
        table.add_column(column)
    for column in ("min", "p50", "p95", "max", "CPU p50", "bare SQL p50", "p50 / SQL"):
        table.add_column(column, justify="right")
    return table


def targets(total: int, folder: Path, args: argparse.Namespace, console: Console) -> list[tuple[str, str]]:
    """(backend, path or URL) of the databases to measure at ``total`` events."""
    found = [] if args.no_sqlite else [("SQLite", str(folder / f"events-{total}.sqlite"))]
    if args.keep is None:
        postgres = postgres_url(args, console)
    else:
        postgres = None if args.no_postgres else kept_postgres(f"{args.postgres}_{total}", console)
    if postgres is not None:
        found.append(("PostgreSQL", postgres))
    return found


def kept_postgres(url: str, console: Console) -> str | None:
    """The URL of a kept bench database, created (empty) if missing; None when unreachable."""
    params = conninfo_to_dict(url)
    try:
        with psycopg.connect(**{**params, "dbname": "postgres"}) as connection:
            known = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (params["dbname"],))
            return url if known.fetchone() else fresh_postgres(url)
    except psycopg.OperationalError as error:
        console.print(f"[yellow]PostgreSQL skipped[/]: cannot reach {url}: {error}")
        return None


def filled(store: Store, total: int, backend: str, console: Console) -> None:
    """Fills the store with ``total`` merged events unless it holds them already (a kept one)."""
    held = store.count_merged_events()
    if held == total:
        console.print(f"{backend}: {total:,} merged events kept from an earlier run")
        return
    if held:
        raise SystemExit(f"{backend} holds {held:,} merged events, not {total:,}: remove it first")
    start = time.perf_counter()
    fill(store, total)
    console.print(f"{backend}: {total:,} merged events filled in {time.perf_counter() - start:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--rounds", type=int, default=20, help="interleaved rounds of every request")
    parser.add_argument("--postgres", default=POSTGRES, help="the bench database (emptied first)")
    parser.add_argument("--no-postgres", action="store_true", help="measure SQLite only")
    parser.add_argument("--no-sqlite", action="store_true", help="measure PostgreSQL only")
    parser.add_argument("--keep", type=Path, help="keep the filled databases, SQLite files in this folder")
    parser.add_argument("--fill-only", action="store_true", help="fill the databases, measure nothing")
    args = parser.parse_args()
    console = Console(width=150)
    everything = results_table()
    for total in args.events:
        with contextlib.ExitStack() as stack:
            folder = args.keep or Path(stack.enter_context(TemporaryDirectory()))
            folder.mkdir(parents=True, exist_ok=True)
            for backend, target in targets(total, folder, args, console):
                with Store.open(target) as store:
                    filled(store, total, backend, console)
                    if args.fill_only:
                        continue
                    times = measure(store, total, args.rounds)
                one = results_table()  # printed at once: a long run's early figures are not lost
                for table in (one, everything):
                    add_rows(table, backend, total, times)
                console.print(one)
    console.print(everything)
    console.print(f"{args.rounds} interleaved rounds; p95 is the 95th percentile of the rounds' times.")


if __name__ == "__main__":
    main()
