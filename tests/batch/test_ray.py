"""``rasd batch --engine ray`` on a local Ray instance: the events of ``rasd extract``. Skipped
where Ray is not installed (``pip install 'rasd[ray]'``); CI installs it (.ci/run)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rasd.batch.engines import EngineName
from rasd.batch.run import BatchOptions, run_batch
from rasd.errors import BatchError, Code
from rasd.serialize import event_to_dict
from tests.batch.records import EXAMPLES, archive, batch_events, write_jsonl
from tests.batch.test_run import extract_events, fail_on_second_shard

ray = pytest.importorskip("ray", reason="Ray is an optional extra: pip install 'rasd[ray]'")
pytestmark = pytest.mark.issue(12)


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    """One local Ray instance for the module (starting one takes seconds)."""
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_ray_batch_gives_the_events_of_extract(tmp_path: Path, local_ray) -> None:
    more = write_jsonl(tmp_path / "more.jsonl", archive(10))
    options = BatchOptions(engine=EngineName.ray, workers=2, shard_size=3)

    report = run_batch([str(EXAMPLES), str(more)], tmp_path / "out", options)

    assert [event_to_dict(e) for e in batch_events(tmp_path / "out")] == extract_events(EXAMPLES, more)
    assert report.articles == 18 and not report.failed


def test_a_ray_task_that_fails_is_a_recorded_shard(tmp_path: Path, local_ray) -> None:
    options = BatchOptions(engine=EngineName.ray, shard_size=3)

    report = run_batch([str(EXAMPLES)], tmp_path / "out", options, process=fail_on_second_shard)

    assert report.failed == (1,) and report.shards == 2


def test_a_cluster_that_cannot_be_reached_is_a_coded_error(tmp_path: Path, monkeypatch) -> None:
    def refuse(**_options) -> None:
        raise ConnectionError("Could not find any running Ray instance")

    monkeypatch.setattr(ray, "is_initialized", lambda: False)
    monkeypatch.setattr(ray, "init", refuse)
    options = BatchOptions(engine=EngineName.ray, address="127.0.0.1:6379")

    with pytest.raises(BatchError) as raised:
        run_batch([str(EXAMPLES)], tmp_path / "out", options)

    assert raised.value.code is Code.BATCH_NO_CLUSTER and "127.0.0.1:6379" in raised.value.message
