"""The Ray engine: one Ray task per shard, on a local Ray instance or the cluster at ``address``.

The only module of rasd that imports Ray (``pip install 'rasd[ray]'``), and only when a batch asks
for it. The driver reads the inputs and ships each shard's articles to a task (hundreds of articles,
a few hundred KB: far above Ray's ~0.5 ms a task); workers return the shard's Parquet files as
bytes, and the driver writes them, so a cluster needs no shared file system for the output.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from rasd.batch.engines import IN_FLIGHT_PER_WORKER, Outcome, Process, run_shards, work
from rasd.batch.layout import EncodedShard
from rasd.batch.shards import Shard, process_shard, warm_up
from rasd.errors import BatchError, Code


def import_ray() -> Any:
    try:
        import ray
    except ImportError as error:
        raise BatchError(
            Code.INPUT_UNSUPPORTED, "the ray engine needs Ray: pip install 'rasd[ray]'"
        ) from error
    return ray


def _start(ray: Any, address: str | None, workers: int) -> None:
    """Join the cluster at ``address``, or start a local instance of ``workers`` CPUs."""
    try:
        ray.init(  # "local": a new instance, never one that a stale /tmp/ray file names
            address=address or "local",
            num_cpus=None if address else workers,
            include_dashboard=False,
            log_to_driver=False,
        )
    except (ConnectionError, TimeoutError, ValueError) as error:
        raise BatchError(
            Code.BATCH_NO_CLUSTER, f"cannot start or join Ray{f' at {address}' if address else ''}: {error}"
        ) from error


class RayRunner:
    """Ray tasks of one CPU each; a worker process keeps its loaded gazetteer for its next tasks."""

    def __init__(self, ray: Any, process: Process) -> None:
        self.ray = ray
        self.task = ray.remote(num_cpus=1)(_warm_then(process))

    def submit(self, shard: Shard) -> Any:
        return self.task.remote(shard)

    def wait(self, handles: list[Any]) -> list[Any]:
        done, _ = self.ray.wait(handles, num_returns=1)
        return done

    def outcome(self, handle: Any) -> EncodedShard:
        return self.ray.get(handle)


def _warm_then(process: Process) -> Callable[[Shard], EncodedShard]:
    def run(shard: Shard) -> EncodedShard:
        warm_up()  # cached: loads once per worker process
        return work(process, shard)

    return run


def run_ray(
    shards: Iterable[Shard], workers: int, address: str | None = None, process: Process = process_shard
) -> Iterator[Outcome]:
    """Shards as Ray tasks. Joins the Ray instance already started in this process, else the cluster
    at ``address``, else starts a local one with ``workers`` CPUs (and stops it at the end)."""
    ray = import_ray()
    started_here = not ray.is_initialized()
    if started_here:
        _start(ray, address, workers)
    try:
        in_flight = max(1, int(ray.cluster_resources().get("CPU", workers))) * IN_FLIGHT_PER_WORKER
        yield from run_shards(RayRunner(ray, process), shards, in_flight)
    finally:
        if started_here:
            ray.shutdown()
