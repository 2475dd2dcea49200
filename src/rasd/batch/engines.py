"""Engines run shards on workers: ``local`` a process pool on this machine, ``ray`` Ray tasks on a
local Ray instance or a cluster (``rasd.batch.ray_engine``, the only module that imports Ray).

Both keep a bounded number of shards in flight (the driver reads ahead no further) and hand back
each shard's result as it finishes, in any order. A shard whose worker fails becomes a
``ShardFailure``; the others go on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from rasd.batch.layout import EncodedShard, encode_shard
from rasd.batch.shards import Shard, ShardResult, process_shard, warm_up
from rasd.lexicon.lexicon import load_lexicon

#: Shards in flight per worker: one running, one queued, so that no worker waits for the driver.
IN_FLIGHT_PER_WORKER = 2

Process = Callable[[Shard], ShardResult]


class EngineName(StrEnum):
    local = "local"
    ray = "ray"


@dataclass(frozen=True, slots=True)
class ShardFailure:
    """A shard that no worker finished: which one, how many articles it held, and why."""

    index: int
    articles: int
    reason: str


Outcome = EncodedShard | ShardFailure


class Runner(Protocol):
    """How an engine starts a shard and learns that it finished."""

    def submit(self, shard: Shard) -> Any: ...

    def wait(self, handles: list[Any]) -> list[Any]:
        """At least one of the handles, finished."""
        ...

    def outcome(self, handle: Any) -> EncodedShard:
        """The result of a finished shard; raises what the worker raised."""
        ...


def run_shards(runner: Runner, shards: Iterable[Shard], in_flight: int) -> Iterator[Outcome]:
    """Each shard's result (or failure) as it finishes, with at most ``in_flight`` shards started."""
    pending: dict[Any, Shard] = {}
    for shard in shards:
        pending[runner.submit(shard)] = shard
        if len(pending) >= in_flight:
            yield from _finished(runner, pending)
    while pending:
        yield from _finished(runner, pending)


def _finished(runner: Runner, pending: dict[Any, Shard]) -> Iterator[Outcome]:
    for handle in runner.wait(list(pending)):
        shard = pending.pop(handle)
        try:
            yield runner.outcome(handle)
        except Exception as error:  # noqa: BLE001 - one shard's failure must not end the batch
            yield ShardFailure(shard.index, shard.articles, f"{type(error).__name__}: {error}")


def work(process: Process, shard: Shard) -> EncodedShard:
    """What a worker does with a shard: run it, and encode the result as Parquet, so that the driver
    (one process, however many workers) only writes bytes."""
    return encode_shard(process(shard), load_lexicon())


class LocalRunner:
    """A process pool; each worker loads the gazetteer and lexicon once. A pool broken by a worker
    that died (killed, out of memory) is replaced, and only the shards it held fail."""

    def __init__(self, workers: int, process: Process = process_shard) -> None:
        self.workers = workers
        self.process = process
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, initializer=warm_up)

    def submit(self, shard: Shard) -> Future:
        try:
            return self.pool.submit(work, self.process, shard)
        except BrokenProcessPool:
            self.pool.shutdown(cancel_futures=True)
            self.pool = self._new_pool()
            return self.pool.submit(work, self.process, shard)

    def wait(self, handles: list[Future]) -> list[Future]:
        done, _ = wait(handles, return_when=FIRST_COMPLETED)
        return list(done)

    def outcome(self, handle: Future) -> EncodedShard:
        return handle.result()

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


def run_local(shards: Iterable[Shard], workers: int, process: Process = process_shard) -> Iterator[Outcome]:
    runner = LocalRunner(workers, process)
    try:
        yield from run_shards(runner, shards, workers * IN_FLIGHT_PER_WORKER)
    finally:
        runner.close()
