"""Batch scaling: articles a second through ``rasd batch`` with the local engine (1 and 2 worker
processes) and the Ray engine (a local Ray instance of 1 and 2 CPUs), beside the single-process
pipeline, in one run over the same articles.

Each round runs every configuration once, in turn (so that the noise of a shared machine hits all
alike), each into a fresh output folder; the table gives min / median / max wall time over the
rounds, the driver's CPU time, articles/s (at the best wall time), the speed-up over the
single-process pipeline and the scaling efficiency (articles/s ÷ workers ÷ the same engine's
articles/s at 1 worker). A batch's time includes starting its workers and their loading the
gazetteer and lexicon; Ray's own start-up (``ray.init`` of a fresh local instance) is timed apart,
as its fixed cost. Memory per worker is the largest peak RSS of any worker process.

Articles: the first N of SaudiNewsNet (``../shared/data/saudinewsnet``, never committed, never
required), written as rasd JSONL; without it (or with ``--generated``), the bundled example
articles repeated under new ids (generated text: the figures then say little about real news).
Ray rows are skipped, with a line that says so, where Ray is not installed (``pip install
'rasd[ray]'``).

Last, ``rasd batch-merge`` of the last batch's output into a fresh SQLite file and a freshly emptied
PostgreSQL database (``--postgres``, created if missing; ``--no-postgres`` skips it), one pass each.

    python bench/batch_scaling.py [--articles 2000] [--repeat 3] [--shard-size 100]
        [--postgres postgresql://postgres@127.0.0.1:5432/rasd_bench | --no-postgres]
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest_throughput import POSTGRES, fresh_postgres  # noqa: E402
from text_throughput import SAUDINEWSNET  # noqa: E402

from rasd.batch.engines import EngineName  # noqa: E402
from rasd.batch.layout import ARTICLES, EVENTS, PROBLEMS, Layout  # noqa: E402
from rasd.batch.merge import merge_batch  # noqa: E402
from rasd.batch.run import BatchOptions, BatchReport, run_batch  # noqa: E402
from rasd.batch.shards import Shard, ShardResult, process_shard  # noqa: E402
from rasd.ingest import read_inputs  # noqa: E402
from rasd.pipeline import default_pipeline  # noqa: E402
from rasd.store import Store  # noqa: E402
from rasd.types import Article  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "rasd" / "examples"
#: Where each worker leaves its peak RSS, one file per process id (set by ``main``).
RSS_DIR = Path(tempfile.gettempdir())


@dataclass(frozen=True, slots=True)
class Config:
    name: str
    engine: EngineName | None  # None: the pipeline in this process
    workers: int


CONFIGS = (
    Config("pipeline, one process", None, 1),
    Config("local", EngineName.local, 1),
    Config("local", EngineName.local, 2),
    Config("ray", EngineName.ray, 1),
    Config("ray", EngineName.ray, 2),
)


@dataclass(slots=True)
class Runs:
    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)  # this process's
    worker_cpus: list[float] = field(default_factory=list)
    events: set[int] = field(default_factory=set)
    ray_starts: list[float] = field(default_factory=list)
    memory: float | None = None  # MiB, the largest worker's peak


def shard_with_memory(shard: Shard) -> ShardResult:
    """The batch's shard function, leaving this worker's peak RSS (KiB) and CPU seconds so far
    behind (the last shard's figures are the worker's totals)."""
    result = process_shard(shard)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    (RSS_DIR / str(os.getpid())).write_text(f"{usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}")
    return result


def saudinewsnet_jsonl(limit: int, target: Path) -> int:
    """The first ``limit`` SaudiNewsNet articles with a body, as rasd JSONL records."""
    written = 0
    with lzma.open(SAUDINEWSNET, "rt", encoding="utf-8") as source, target.open("w", encoding="utf-8") as out:
        for line in source:
            raw = json.loads(line)
            if not (raw.get("content") or "").strip():
                continue  # the crawler missed the body
            record = {
                "id": f"sn-{written}",
                "title": raw.get("title"),
                "text": raw["content"],
                "published": raw.get("date_extracted"),
                "url": raw.get("url"),
                "outlet": raw.get("source"),
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
            if written >= limit:
                break
    return written


def generated_jsonl(limit: int, target: Path) -> int:
    """The bundled examples repeated under new ids: generated text, where SaudiNewsNet is absent."""
    examples = [item for item in read_inputs([str(EXAMPLES)]) if isinstance(item, Article)]
    with target.open("w", encoding="utf-8") as out:
        for n in range(limit):
            a = examples[n % len(examples)]
            record = {"id": f"gen-{n}", "title": a.title, "text": a.text, "outlet": a.outlet}
            record["published"] = a.published.isoformat() if a.published else None
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return limit


def timed(run: Callable[[], int]) -> tuple[float, float, int]:
    wall, cpu = time.perf_counter(), time.process_time()
    events = run()
    return time.perf_counter() - wall, time.process_time() - cpu, events


def checked(report: BatchReport) -> int:
    """The batch's event count; a failed shard ends the bench, since its figures would be wrong."""
    if report.failed:
        problems = Path(report.out) / PROBLEMS / f"shard-{report.failed[0]:06d}.parquet"
        raise SystemExit(f"shards {report.failed} failed: see {problems}")
    return report.events


def pipeline_events(source: Path) -> int:
    pipeline = default_pipeline()
    items = read_inputs([str(source)])
    return sum(len(pipeline.run(a).events) for a in items if isinstance(a, Article))


def one_run(config: Config, source: Path, out: Path, shard_size: int, runs: Runs) -> None:
    if config.engine is None:
        wall, cpu, events = timed(lambda: pipeline_events(source))
    else:
        options = BatchOptions(config.engine, config.workers, shard_size=shard_size)
        if config.engine is EngineName.ray:
            runs.ray_starts.append(start_ray(config.workers))
        try:
            wall, cpu, events = timed(
                lambda: checked(run_batch([str(source)], out, options, process=shard_with_memory))
            )
        finally:
            if config.engine is EngineName.ray:
                import ray

                ray.shutdown()
    runs.walls.append(wall)
    runs.cpus.append(cpu)
    runs.events.add(events)


def start_ray(cpus: int) -> float:
    import ray

    started = time.perf_counter()
    ray.init(address="local", num_cpus=cpus, include_dashboard=False, log_to_driver=False)
    return time.perf_counter() - started


def measure_workers(runs: Runs) -> None:
    """Add the workers' CPU time to the run's, keep the largest worker peak, and start afresh."""
    pids = set(os.listdir(RSS_DIR))
    memory, cpu = worker_figures(pids)
    runs.worker_cpus.append(cpu)
    runs.memory = max(filter(None, (runs.memory, memory)), default=None)
    for pid in pids:
        (RSS_DIR / pid).unlink()


def folder_mb(out: Path) -> dict[str, float]:
    kinds = (ARTICLES, EVENTS, PROBLEMS)
    return {kind: sum(f.stat().st_size for f in (out / kind).glob("*.parquet")) / 1e6 for kind in kinds}


def merge_passes(out: Path, sqlite: Path, postgres: str | None, console: Console) -> list[tuple]:
    """``merge_batch`` of the batch into a fresh SQLite file and (when reachable) a freshly emptied
    PostgreSQL database: (backend, articles, events, merged events, wall seconds)."""
    targets = [("SQLite", str(sqlite))]
    if postgres is not None:
        try:
            targets.append(("PostgreSQL (COPY)", fresh_postgres(postgres)))
        except psycopg.OperationalError as error:
            console.print(f"[yellow]PostgreSQL skipped[/]: cannot reach {postgres}: {error}")
    passes = []
    for backend, target in targets:
        with Store.open(target) as store:
            started = time.perf_counter()
            saved = merge_batch(Layout(out), store).saved
            wall = time.perf_counter() - started
            passes.append((backend, saved.articles, saved.events, store.count_merged_events(), wall))
    return passes


def merge_table(passes: list[tuple]) -> Table:
    table = Table(title="batch-merge")
    table.add_column("backend")
    for column in ("articles", "events", "merged events", "wall s", "events/s", "articles/s"):
        table.add_column(column, justify="right")
    for backend, articles, events, merged, wall in passes:
        table.add_row(
            backend,
            f"{articles:,}",
            f"{events:,}",
            f"{merged:,}",
            f"{wall:.2f}",
            f"{events / wall:,.0f}",
            f"{articles / wall:,.0f}",
        )
    return table


def ray_installed() -> bool:
    try:
        import ray  # noqa: F401
    except ImportError:
        return False
    return True


def worker_figures(pids: set[str]) -> tuple[float | None, float]:
    """The largest peak RSS of the workers (MiB) and their CPU seconds together."""
    figures = [(RSS_DIR / pid).read_text().split() for pid in pids]
    peak = max((int(rss) for rss, _ in figures), default=None)
    return (peak / 1024 if peak else None), sum(float(cpu) for _, cpu in figures)


def results_table(title: str, articles: int, results: dict[Config, Runs]) -> Table:
    table = Table(title=title)
    table.add_column("engine")
    for column in ("workers", "events", "wall s min", "median", "max", "CPU s driver", "workers"):
        table.add_column(column, justify="right")
    for column in ("articles/s", "articles/CPU s", "× pipeline", "efficiency", "MiB / worker", "Ray start s"):
        table.add_column(column, justify="right")
    baseline = min(next(iter(results.values())).walls)
    one_worker = {c.engine: min(r.walls) for c, r in results.items() if c.workers == 1}
    for config, runs in results.items():
        best = min(runs.walls)
        rate = articles / best
        efficiency = (articles / best) / config.workers / (articles / one_worker[config.engine])
        table.add_row(
            config.name,
            str(config.workers),
            "/".join(map(str, sorted(runs.events))),
            f"{best:.2f}",
            f"{statistics.median(runs.walls):.2f}",
            f"{max(runs.walls):.2f}",
            f"{min(runs.cpus):.2f}",
            f"{min(runs.worker_cpus):.2f}",
            f"{rate:,.0f}",
            f"{articles / min(d + w for d, w in zip(runs.cpus, runs.worker_cpus, strict=True)):,.0f}",
            f"{baseline / best:.2f}",
            "-" if config.engine is None else f"{efficiency:.2f}",
            "-" if runs.memory is None else f"{runs.memory:.0f}",
            _spread(runs.ray_starts),
        )
    return table


def _spread(values: list[float]) -> str:
    if not values:
        return "-"
    return f"{min(values):.1f}/{statistics.median(values):.1f}/{max(values):.1f}"


def main() -> None:
    global RSS_DIR
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3, help="rounds; each gives every configuration once")
    parser.add_argument("--shard-size", type=int, default=100)
    parser.add_argument(
        "--generated", action="store_true", help="the bundled examples, even with SaudiNewsNet"
    )
    parser.add_argument("--postgres", default=POSTGRES, help="the database batch-merge loads (emptied first)")
    parser.add_argument("--no-postgres", action="store_true", help="batch-merge into SQLite only")
    args = parser.parse_args()
    console = Console(width=200)
    configs = CONFIGS if ray_installed() else CONFIGS[:3]
    if len(configs) < len(CONFIGS):
        console.print("[yellow]Ray rows skipped[/]: Ray is not installed (pip install 'rasd[ray]')")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        RSS_DIR = work / "rss"
        source = work / "articles.jsonl"
        if SAUDINEWSNET.exists() and not args.generated:
            count = saudinewsnet_jsonl(args.articles, source)
            name = f"SaudiNewsNet, first {count} articles"
        else:
            count = generated_jsonl(args.articles, source)
            name = f"generated text ({count} copies of the bundled examples)"
        pipeline_events(EXAMPLES / "threats.jsonl")  # resources loaded outside the timing
        results = {config: Runs() for config in configs}
        RSS_DIR.mkdir()
        for number in range(args.repeat):
            for config in configs:
                runs = results[config]
                out = work / f"out-{number}-{config.name}-{config.workers}"
                one_run(config, source, out, args.shard_size, runs)
                measure_workers(runs)
        size = source.stat().st_size
        output = folder_mb(out)
        merges = merge_passes(
            out, work / "merged.sqlite", None if args.no_postgres else args.postgres, console
        )
    console.print(results_table(f"Batch scaling — {name}", count, results))
    console.print(
        f"{args.repeat} interleaved rounds, shards of {args.shard_size} articles, {os.cpu_count()} CPUs "
        f"(shared with other work: figures are disturbed by it). articles/s at the best wall time. "
        f"efficiency = articles/s ÷ workers ÷ the same engine's articles/s at 1 worker. CPU s: "
        f"this process's (the driver: reading, cutting shards, writing Parquet) and its workers' (not "
        f"Ray's own daemons), least over the rounds; articles/CPU s is the work done per CPU second of "
        f"driver and workers together, whatever else the machine runs. "
        f"Driver peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB. "
        f"Input {size / 1e6:.1f} MB of JSONL; the last batch's output: "
        + ", ".join(f"{kind} {mb:.1f} MB" for kind, mb in output.items())
        + "."
    )
    console.print(merge_table(merges))
    console.print("rasd batch-merge of the last batch into a fresh database, one pass each (wall time).")


if __name__ == "__main__":
    main()
