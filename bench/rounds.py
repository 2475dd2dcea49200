"""Interleaved rounds, the way every bench here measures: each round runs every pass once, the
order of the passes alternating from round to round (so that a warming cache or a neighbour's
load does not always favour the same pass); each pass reports min / median / max of wall and CPU
time over the rounds, and its ratio to a baseline pass is taken within each round.

Each pass is called with the round's number, so that it can take a fresh slice of input per round
(new text) or the same one every time (repeated text).
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.table import Table


@dataclass(frozen=True, slots=True)
class Measure:
    wall: float
    cpu: float
    result: object = None


def timed(run: Callable[[], object]) -> Measure:
    """Wall and CPU time of this process running ``run``."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return Measure(time.perf_counter() - wall, time.process_time() - cpu, result)


def child_timed(argv: Sequence[str], **options) -> Measure:
    """Wall time of a fresh process, and the CPU time (user + system) it used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, check=False, **options)
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Measure(wall, cpu, done)


def on_input(run: Callable[[object], object], pick: Callable[[], object]) -> Callable[[int], Measure]:
    """A pass that times ``run`` on the input ``pick`` gives in each round (a fresh slice, or the
    same one)."""
    return lambda _round: timed(lambda: run(pick()))


def interleaved(rounds: int, passes: dict[str, Callable[[int], Measure]]) -> dict[str, list[Measure]]:
    """``rounds`` rounds of every pass, the order reversed every other round."""
    names = list(passes)
    results: dict[str, list[Measure]] = {name: [] for name in names}
    for number in range(rounds):
        for name in names if number % 2 == 0 else reversed(names):
            results[name].append(passes[name](number))
    return results


def console() -> Console:
    """Wide enough for the tables, also when the output goes to a file."""
    return Console(width=160)


def spread(values: Sequence[float], digits: int = 3) -> str:
    """min / median / max."""
    return " / ".join(f"{v:.{digits}f}" for v in (min(values), statistics.median(values), max(values)))


def table(
    title: str,
    results: dict[str, list[Measure]],
    baselines: Sequence[str] = (),
    items: int | None = None,
    item: str = "articles",
) -> Table:
    """One row a pass: wall and CPU seconds (min / median / max), throughput from the CPU median,
    and the CPU ratio to each of ``baselines`` taken within each round (min / median / max)."""
    out = Table(title=title)
    out.add_column("pass")
    for column in ("wall s (min / med / max)", "CPU s (min / med / max)"):
        out.add_column(column, justify="right")
    if items:
        out.add_column(f"{item}/s (CPU, median)", justify="right")
    for baseline in baselines:
        out.add_column(f"× {baseline} (CPU, per round)", justify="right")
    for name, measures in results.items():
        cpu = [m.cpu for m in measures]
        row = [name, spread([m.wall for m in measures]), spread(cpu)]
        if items:
            row.append(f"{items / statistics.median(cpu):,.0f}")
        for baseline in baselines:
            ratios = [m.cpu / b.cpu for m, b in zip(measures, results[baseline], strict=True) if b.cpu > 0]
            row.append(spread(ratios, 2) if ratios else "-")
        out.add_row(*row)
    return out
