"""``rasd batch`` and ``rasd batch-merge``: archives through the pipeline into Parquet shards, then
into the store, deduplicated."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from rasd.batch.engines import EngineName
from rasd.batch.layout import Layout
from rasd.batch.merge import merge_batch
from rasd.batch.run import BatchOptions, BatchProgress, run_batch
from rasd.batch.shards import SHARD_SIZE
from rasd.cli.output import EXIT_SKIPPED, stderr, stdout
from rasd.cli.store import DbOption, counted, open_store, saved_summary
from rasd.errors import RasdError


def batch_command(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="JSONL files (.jsonl, .jsonl.gz/.xz/.zst), Parquet files with article columns, any file "
            "rasd ingest reads, or folders of them."
        ),
    ],
    out: Annotated[Path, typer.Option("--out", help="Output folder; the same one resumes a killed run.")],
    engine: Annotated[
        EngineName, typer.Option("--engine", help="A process pool, or Ray.")
    ] = EngineName.local,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", min=1, help="Worker processes (local) or CPUs of a local Ray instance; default: all."
        ),
    ] = None,
    address: Annotated[
        str | None, typer.Option("--address", help="A Ray cluster to join (ray://HOST:10001 or auto).")
    ] = None,
    shard_size: Annotated[
        int, typer.Option("--shard-size", min=1, help="Articles per shard (a resumed run must keep it).")
    ] = SHARD_SIZE,
) -> None:
    """Extract the events of an archive into Parquet shards: OUT/events, OUT/problems, OUT/manifest.json."""
    cores = workers or os.cpu_count() or 1
    options = BatchOptions(engine=engine, workers=cores, address=address, shard_size=shard_size)
    with _BatchBar() as bar:
        try:
            report = run_batch(inputs, out, options, bar.update)
        except RasdError as error:
            stderr.print(f"[red]error[/] {error}")
            raise typer.Exit(2) from error
    stdout.print(
        f"{report.articles} articles, {report.events} events, {counted(report.problems, 'problem')} "
        f"in {report.shards} shards ({report.skipped} finished before) in {report.seconds:.1f} s → {out}"
    )
    if report.failed:
        stderr.print(f"[red]{counted(len(report.failed), 'shard')} failed[/]: run the same command again")
    raise typer.Exit(EXIT_SKIPPED if report.errors else 0)


class _BatchBar:
    """Articles done, articles/s, ETA and problems on stderr while a terminal is watching; the
    task starts at the articles earlier runs finished, so the rate counts this run only."""

    def __init__(self) -> None:
        columns = (
            BarColumn(),
            TextColumn("{task.completed}/{task.total} articles"),
            TextColumn("{task.fields[rate]} articles/s"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[problems]} problems"),
            TimeElapsedColumn(),
        )
        self.progress = Progress(*columns, console=stderr, disable=not stderr.is_terminal)
        self.task: TaskID | None = None

    def __enter__(self) -> _BatchBar:
        self.progress.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.progress.stop()

    def update(self, state: BatchProgress) -> None:
        done = state.previous + state.articles
        if self.task is None:
            self.task = self.progress.add_task(
                "batch", total=state.total, completed=done, rate="-", problems=0
            )
        speed = self.progress.tasks[0].speed
        self.progress.update(
            self.task,
            total=state.total,
            completed=done,
            rate=f"{speed:.0f}" if speed else "-",
            problems=state.problems,
        )


def batch_merge_command(
    folder: Annotated[Path, typer.Argument(help="The --out folder of a rasd batch.")],
    db: DbOption = None,
) -> None:
    """Load a batch's events into the store, merging reports of one occurrence as ingest does."""
    layout = Layout(folder)
    columns = (BarColumn(), TextColumn("{task.completed}/{task.total} shards"), TimeRemainingColumn())
    with open_store(db) as store, Progress(*columns, console=stderr, disable=not stderr.is_terminal) as bar:
        task = bar.add_task("merge", total=len(layout.finished()))
        try:
            report = merge_batch(layout, store, lambda _shard: bar.advance(task))
        except RasdError as error:
            stderr.print(f"[red]error[/] {error}")
            raise typer.Exit(2) from error
    stdout.print(f"{saved_summary(report.saved)}; {counted(report.problems, 'problem')} recorded")
