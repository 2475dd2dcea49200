"""``rasd events`` and ``rasd demo``: merged events out of the database, as a table or an export."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterable
from enum import StrEnum
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from rasd.cli.output import print_error, stderr, stdout
from rasd.cli.store import DbOption, open_store, print_summary
from rasd.errors import RasdError
from rasd.export import write_events
from rasd.ingest import read_inputs
from rasd.lexicon.lexicon import load_lexicon
from rasd.monitor import ingest
from rasd.pipeline import default_pipeline
from rasd.store import EventFilter
from rasd.store.reviews import REVIEW_FILTERS
from rasd.types import MergedEvent

#: Rows a table shows unless --limit says otherwise; exports write every event.
TABLE_ROWS = 50
DEMO_DB = "rasd-demo.sqlite"


Review = StrEnum("Review", {name: name for name in REVIEW_FILTERS})


class Format(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"
    parquet = "parquet"


def events_command(
    country: Annotated[str | None, typer.Option(help="ISO2 code or English name (IQ, Syria).")] = None,
    admin1: Annotated[str | None, typer.Option(help="First-level division, English (Deir ez-Zor).")] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="ACLED event type or sub-event type (Air/drone strike).")
    ] = None,
    actor: Annotated[
        str | None, typer.Option(help="Part of an actor's name, any case (Islamic State).")
    ] = None,
    since: Annotated[dt.datetime | None, typer.Option(formats=["%Y-%m-%d"], help="From this day on.")] = None,
    until: Annotated[dt.datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Up to this day.")] = None,
    review: Annotated[
        Review | None, typer.Option(help="Review status; by default every event but rejected ones.")
    ] = None,
    min_confidence: Annotated[
        float | None,
        typer.Option(min=0.0, max=1.0, help="Only events whose confidence (0-1) is at least this."),
    ] = None,
    limit: Annotated[
        int | None, typer.Option(help=f"At most this many (a table shows {TABLE_ROWS}).")
    ] = None,
    output_format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")] = None,
    db: DbOption = None,
) -> None:
    """Merged events, newest first, each with every article that reported it."""
    where = EventFilter(
        country=_country_code(country),
        admin1=admin1,
        event_type=event_type,
        actor=actor,
        since=since.date() if since else None,
        until=until.date() if until else None,
        review=review.value if review else None,
        min_confidence=min_confidence,
        limit=limit if limit is not None or output_format is not Format.table else TABLE_ROWS,
    )
    with open_store(db, create=False) as store:
        if output_format is Format.table:
            stdout.print(_table(store.merged_events(where), store.count_merged_events(where)))
            return
        try:
            written = write_events(store.merged_events(where), output_format.value, output)
        except RasdError as error:
            print_error(error)
            raise typer.Exit(2) from error
    if output is not None:
        stderr.print(f"{written} merged events written to {output}")


def demo_command(
    db: Annotated[
        Path, typer.Option("--db", help="The SQLite file to create (replaced if it exists).")
    ] = Path(DEMO_DB),
) -> None:
    """Ingest the bundled example articles into a fresh SQLite file and show the merged events."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    examples = importlib_resources.as_file(importlib_resources.files("rasd") / "examples")
    with examples as folder, open_store(str(db)) as store:
        report = ingest(read_inputs([str(folder)]), store, default_pipeline())
        print_summary(report)
        stdout.print(_table(store.merged_events(), store.count_merged_events()))
    stdout.print(f"Stored in {db}. Next: rasd events --db {db} --format csv -o events.csv")
    stdout.print(
        f"See them on the map: rasd serve --db {db}, then open http://127.0.0.1:8000/ "
        "(needs pip install 'rasd\\[web]'; set RASD_API_TOKEN to review events)"
    )


def _country_code(country: str | None) -> str | None:
    """An ISO2 code from a code or an English country name."""
    if country is None or len(country) == 2:
        return country
    names = {c.name_en.lower(): c.iso2 for c in load_lexicon().countries.values()}
    if country.lower() not in names:
        raise typer.BadParameter(f"unknown country {country!r}; give its ISO2 code", param_hint="--country")
    return names[country.lower()]


def _table(events: Iterable[MergedEvent], total: int) -> Table:
    rows = list(events)
    title = f"{total} merged events" if len(rows) == total else f"{len(rows)} of {total} merged events"
    table = Table(title=title, width=max(shutil.get_terminal_size().columns, 120))
    for column in ("id", "date", "type", "actor1", "actor2", "where", "killed", "reports"):
        table.add_column(column, overflow="fold")
    for merged in rows:
        e = merged.event
        table.add_row(
            str(merged.id),
            e.date.isoformat() if e.date else "",
            e.sub_event_type or e.event_type,
            e.actor1 or "",
            e.actor2 or "",
            ", ".join(dict.fromkeys(x for x in (e.location, e.admin1, e.country) if x)),
            "" if e.fatalities is None else str(e.fatalities),
            str(len(merged.article_ids)),
        )
    return table
