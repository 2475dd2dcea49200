"""The progress line of ``rasd ingest`` on stderr: inputs read and their rate, and, when the size of
the input files is known ahead, a bar with the share done and the time left."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import TypeVar

from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from rasd.cli.output import stderr

T = TypeVar("T")


class InputProgress:
    """Counts inputs (``counted``) and bytes of input files read (``read``, the ``on_read`` of
    ``read_inputs``); shown only while a terminal is watching, and gone when done."""

    def __init__(self, total_bytes: int | None) -> None:
        columns: list = [
            SpinnerColumn(),
            TextColumn("{task.fields[items]} inputs read, {task.fields[rate]}/s"),
        ]
        if total_bytes:
            columns += [BarColumn(), TaskProgressColumn(), TextColumn("ETA"), TimeRemainingColumn()]
        columns.append(TimeElapsedColumn())
        self._progress = Progress(*columns, console=stderr, transient=True, disable=not stderr.is_terminal)
        self._task = self._progress.add_task("ingest", total=total_bytes or None, items=0, rate="–")
        self._started = time.monotonic()
        self._items = 0

    def __enter__(self) -> InputProgress:
        self._progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self._progress.stop()

    def read(self, count: int) -> None:
        self._progress.advance(self._task, count)

    def counted(self, items: Iterable[T]) -> Iterator[T]:
        """The items, each counted as one input read."""
        for item in items:
            yield item
            self._items += 1
            elapsed = time.monotonic() - self._started
            rate = f"{self._items / elapsed:.0f}" if elapsed > 0 else "–"
            self._progress.update(self._task, items=self._items, rate=rate)
