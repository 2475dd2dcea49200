"""``rasd ingest``, ``rasd watch`` and ``rasd problems``: filling the database and seeing what failed."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from rasd.cli.output import (
    FieldOption,
    PrivateNetworksOption,
    field_map,
    print_error,
    report_problems,
    stderr,
    stdout,
)
from rasd.cli.progress import InputProgress
from rasd.errors import StoreError
from rasd.ingest import Fetcher, read_inputs
from rasd.ingest.files import input_size
from rasd.monitor import IngestReport, ingest, poll_feeds, read_feed_list
from rasd.pipeline import default_pipeline
from rasd.store import SaveCounts, Store

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="SQLite file or database URL (default: RASD_DB, else the data folder's rasd.sqlite)."
    ),
]
_DURATION = re.compile(r"^(\d+(?:\.\d+)?)([smhd]?)$")
_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


@contextmanager
def open_store(db: str | None, create: bool = True) -> Iterator[Store]:
    """The database for the ``with`` block; when it cannot be opened or fails during the block
    (damaged, read-only, locked, gone), a clear coded error and exit status 2, not a traceback."""
    try:
        with Store.open(db, create) as store:
            yield store
    except StoreError as error:
        print_error(error)
        raise typer.Exit(2) from error


def ingest_command(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Files (.txt .json .jsonl .html .xml/.rss feeds), folders, URLs, or - for stdin."
        ),
    ],
    db: DbOption = None,
    field: FieldOption = None,
    allow_private_networks: PrivateNetworksOption = False,
) -> None:
    """Store articles and their events, merging reports of one occurrence across outlets."""
    fields = field_map(field)
    total = input_size(sources) if stderr.is_terminal else None  # a folder is listed once more
    with open_store(db) as store, InputProgress(total) as progress:
        inputs = read_inputs(
            sources, allow_private=allow_private_networks or None, fields=fields, on_read=progress.read
        )
        report = ingest(progress.counted(inputs), store, default_pipeline())
    status = report_problems(report.problems)  # each skip, as README promises
    print_summary(report)
    raise typer.Exit(status)


def watch_command(
    feeds_file: Annotated[Path, typer.Argument(help="A text file of feed URLs, one a line (# comments).")],
    every: Annotated[str, typer.Option("--every", help="Time between polls: 90s, 10m, 1h.")] = "10m",
    once: Annotated[bool, typer.Option("--once", help="Poll every feed once and stop (for cron).")] = False,
    db: DbOption = None,
    allow_private_networks: PrivateNetworksOption = False,
) -> None:
    """Poll feeds and ingest what is new; a feed that has not changed is not downloaded again."""
    interval = parse_duration(every)
    urls = read_feed_list(feeds_file.read_text(encoding="utf-8"))
    if not urls:
        stderr.print(f"[red]error[/] {feeds_file} lists no feed URL")
        raise typer.Exit(2)
    pipeline = default_pipeline()
    with open_store(db) as store, Fetcher(allow_private=allow_private_networks or None) as fetcher:
        try:
            while True:
                for feed in poll_feeds(urls, store, pipeline, fetcher):
                    _print_feed(feed.url, feed.not_modified, feed.report)
                if once:
                    return
                time.sleep(interval)
        except KeyboardInterrupt:
            stderr.print("stopped")


def problems_command(
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many to show, newest first.")] = 50,
    code: Annotated[str | None, typer.Option("--code", help="Only this error code (E205…).")] = None,
    db: DbOption = None,
) -> None:
    """List the inputs that failed, and why (recorded by ingest and watch)."""
    with open_store(db, create=False) as store:
        stored = store.problems(limit=limit, code=code)
    table = Table(title=f"{counted(len(stored), 'problem')} (newest first)")
    for column in ("last seen", "times", "severity", "code", "where", "message"):
        table.add_column(column, overflow="fold")
    for item in stored:
        p = item.problem
        table.add_row(
            item.last_seen.strftime("%Y-%m-%d %H:%M"),
            str(item.times),
            p.severity,
            p.code,
            p.where(),
            p.message,
        )
    stdout.print(table)


def counted(number: int, noun: str) -> str:
    """ "1 problem", "3 problems"."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def parse_duration(text: str) -> float:
    """Seconds in ``90s``, ``10m``, ``1h``, ``1d`` or a plain number of seconds."""
    match = _DURATION.match(text.strip().lower())
    if not match or float(match[1]) <= 0:
        raise typer.BadParameter(f"{text!r} is not a duration such as 90s, 10m or 1h", param_hint="--every")
    return float(match[1]) * _SECONDS[match[2]]


def saved_summary(s: SaveCounts) -> str:
    return (
        f"{s.articles} new articles ({s.known} already stored), {s.events} events: "
        f"{s.merged_new} new merged events, {s.merged_joined} joined an existing one"
    )


def print_summary(report: IngestReport) -> None:
    stdout.print(saved_summary(report.saved))
    if report.problems:
        stderr.print(
            f"[yellow]{counted(len(report.problems), 'problem')} recorded[/]: rasd problems lists them"
        )


def _print_feed(url: str, not_modified: bool, report: IngestReport) -> None:
    if not_modified:
        stdout.print(f"{url}: not modified")
        return
    s = report.saved
    stdout.print(
        f"{url}: {s.articles} new articles, {s.events} events "
        f"({s.merged_joined} joined existing ones), {len(report.problems)} problems"
    )
