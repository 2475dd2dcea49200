"""``rasd batch`` with the local engine: the events of ``rasd extract``, the output's schema,
bad inputs and failed shards recorded, and a run killed by SIGKILL resumed to the same result."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd import acled
from rasd.batch.layout import EVENTS, Layout, article_schema, event_schema, problem_schema, read_manifest
from rasd.batch.run import BatchOptions, run_batch
from rasd.batch.shards import Shard, ShardResult, process_shard
from rasd.cli import app
from rasd.errors import BatchError, Code
from rasd.export import load_pyarrow
from rasd.serialize import event_to_dict
from tests.batch.records import EXAMPLES, archive, batch_events, shard_tables, write_jsonl

pytestmark = pytest.mark.issue(12)
runner = CliRunner()


def extract_events(*inputs: Path) -> list[dict]:
    result = runner.invoke(app, ["extract", *map(str, inputs), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_local_batch_gives_the_events_of_extract(tmp_path: Path) -> None:
    compressed = tmp_path / "more.jsonl.gz"
    with gzip.open(compressed, "wt", encoding="utf-8") as stream:
        stream.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in archive(12))
    plain = write_jsonl(tmp_path / "more.jsonl", archive(12))

    report = run_batch(
        [str(EXAMPLES), str(compressed)], tmp_path / "out", BatchOptions(workers=2, shard_size=3)
    )

    expected = extract_events(EXAMPLES, plain)
    assert [event_to_dict(e) for e in batch_events(tmp_path / "out")] == expected
    assert report.shards == 7 and report.articles == 8 + 12 and report.events == len(expected) > 0


def test_the_output_has_acled_columns_then_rasds_own_and_a_manifest(tmp_path: Path) -> None:
    run_batch([str(EXAMPLES)], tmp_path / "out", BatchOptions(shard_size=4))

    layout = Layout(tmp_path / "out")
    parquet = load_pyarrow()[1]
    events = parquet.read_table(layout.shard_file(EVENTS, 0))
    assert events.schema == event_schema()
    assert events.schema.names[: len(acled.csv_columns())] == list(acled.csv_columns())
    for kind, schema in (("articles", article_schema()), ("problems", problem_schema())):
        assert parquet.read_schema(layout.shard_file(kind, 0)) == schema
    row = events.to_pylist()[0]
    assert row["event_id_cnty"].startswith(("SYR", "YEM", "IRQ")) and row["event_id"] in row["event_id_cnty"]
    manifest = read_manifest(layout)
    assert manifest["counts"] == {
        "shards": 2,
        "articles": 8,
        "events": len(batch_events(layout.root)),
        "problems": 0,
    }
    assert manifest["rasd_version"] and manifest["resources"]["actors.yaml"] >= 1
    assert len(manifest["inputs"]) == 7 and all(len(f["sha256"]) == 64 for f in manifest["inputs"])
    assert manifest["complete"] and manifest["runs"][0]["shards_processed"] == 2


def test_a_corrupt_archive_is_recorded_and_the_rest_goes_on(tmp_path: Path) -> None:
    whole = gzip.compress(write_jsonl(tmp_path / "a.jsonl", archive(40)).read_bytes())
    (tmp_path / "a.jsonl").unlink()
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    write_jsonl(tmp_path / "good.jsonl", archive(3))

    report = run_batch([str(tmp_path)], tmp_path / "out", BatchOptions(shard_size=50))

    problems = load_pyarrow()[1].read_table(tmp_path / "out" / "problems").to_pylist()
    assert [(p["code"], Path(p["source"]).name) for p in problems] == [
        (Code.INPUT_CORRUPT.value, "cut.jsonl.gz")
    ]
    assert "corrupt or cut short after" in problems[0]["message"]
    assert 3 < report.articles < 43  # what came before the fault, and the good file


def fail_on_second_shard(shard: Shard) -> ShardResult:
    """A worker that dies on shard 1 (picklable, for the process pool)."""
    if shard.index == 1:
        raise RuntimeError("worker lost")
    return process_shard(shard)


def test_a_failed_shard_is_recorded_and_retried_by_the_next_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    inputs = [str(EXAMPLES)]

    first = run_batch(inputs, out, BatchOptions(shard_size=3), process=fail_on_second_shard)

    assert first.failed == (1,) and first.shards == 2
    problem = load_pyarrow()[1].read_table(out / "problems" / "shard-000001.parquet").to_pylist()[0]
    assert problem["code"] == Code.BATCH_SHARD_FAILED.value and "worker lost" in problem["message"]
    assert read_manifest(Layout(out))["failed_shards"] == [1]

    second = run_batch(inputs, out, BatchOptions(shard_size=3))
    assert (second.failed, second.shards, second.skipped, second.problems) == ((), 3, 2, 0)
    assert read_manifest(Layout(out))["complete"]


def test_another_batch_in_the_output_folder_is_refused(tmp_path: Path) -> None:
    run_batch([str(EXAMPLES / "threats.jsonl")], tmp_path / "out")
    with pytest.raises(BatchError) as raised:
        run_batch([str(EXAMPLES)], tmp_path / "out")
    assert raised.value.code is Code.BATCH_OUT_MISMATCH


def test_a_run_killed_by_sigkill_resumes_to_the_result_of_an_uninterrupted_run(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "archive.jsonl", archive(240))
    killed, whole = tmp_path / "killed", tmp_path / "whole"
    command = [sys.executable, "-m", "rasd", "batch", str(source), "--out", str(killed), "--shard-size", "2"]
    process = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL)
    try:
        _wait_for_shards(killed, at_least=5, process=process)
    finally:
        os.killpg(process.pid, signal.SIGKILL)  # the driver and its workers, as a crash would
        process.wait()
    finished = len(Layout(killed).finished())
    assert 5 <= finished < 120, "the run must be killed midway"

    resumed = run_batch([str(source)], killed, BatchOptions(workers=2, shard_size=2))
    run_batch([str(source)], whole, BatchOptions(shard_size=2))

    assert resumed.skipped >= finished and resumed.shards == 120
    assert shard_tables(killed) == shard_tables(whole)


def _wait_for_shards(out: Path, at_least: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if (out / EVENTS).is_dir() and len(list((out / EVENTS).glob("*.parquet"))) >= at_least:
            return
        time.sleep(0.01)
    pytest.fail(f"the batch did not write {at_least} shards (exit status {process.poll()})")


def test_an_article_that_is_not_arabic_is_a_problem_and_the_exit_status_says_so(tmp_path: Path) -> None:
    english = {"id": "en-1", "title": "Shelling reported", "text": "Shelling was reported near the town."}
    source = write_jsonl(tmp_path / "mixed.jsonl", [*archive(2), english])

    result = runner.invoke(app, ["batch", str(source), "--out", str(tmp_path / "out"), "--workers", "1"])

    assert result.exit_code == 1, result.output
    problems = load_pyarrow()[1].read_table(tmp_path / "out" / "problems").to_pylist()
    assert [(p["code"], p["source"]) for p in problems] == [(Code.INPUT_NOT_ARABIC.value, f"{source}:3")]
    assert "2 articles" in result.stdout
