"""``rasd batch-merge``: a batch loaded into the store gives the merged events of ``rasd ingest``
(the same rules, the same ids), on SQLite and on PostgreSQL (by COPY)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.batch.layout import Layout
from rasd.batch.merge import merge_batch
from rasd.batch.run import BatchOptions, run_batch
from rasd.cli import app
from rasd.errors import BatchError
from rasd.ingest import read_inputs
from rasd.monitor import ingest
from rasd.pipeline import default_pipeline
from rasd.store import Store
from tests.batch.records import EXAMPLES, example_records, write_jsonl

pytestmark = pytest.mark.issue(12)


def merged(store: Store) -> list[tuple]:
    return [(m.id, m.event, m.article_ids, m.event_ids, m.outlets) for m in store.merged_events()]


def test_batch_merge_gives_the_merged_events_of_ingest(tmp_path: Path, store: Store) -> None:
    run_batch([str(EXAMPLES)], tmp_path / "out", BatchOptions(shard_size=3))
    with Store.open(str(tmp_path / "ingested.sqlite")) as ingested:
        expected = ingest(read_inputs([str(EXAMPLES)]), ingested, default_pipeline()).saved

        report = merge_batch(Layout(tmp_path / "out"), store)

        assert report.saved == expected and expected.merged_joined > 0
        assert merged(store) == merged(ingested)
        assert store.counts() == ingested.counts()


def test_batch_merge_joins_the_events_a_store_already_holds(tmp_path: Path, store: Store) -> None:
    records = example_records()
    first, rest = (
        write_jsonl(tmp_path / "first.jsonl", records[::2]),
        write_jsonl(tmp_path / "rest.jsonl", records[1::2]),
    )
    run_batch([str(first), str(rest)], tmp_path / "out", BatchOptions(shard_size=2))
    ingest(read_inputs([str(first)]), store, default_pipeline())
    with Store.open(str(tmp_path / "ingested.sqlite")) as ingested:
        ingest(read_inputs([str(first), str(rest)]), ingested, default_pipeline())

        report = merge_batch(Layout(tmp_path / "out"), store)

        assert report.saved.known == len(records[::2]) and report.saved.merged_joined > 0
        assert merged(store) == merged(ingested)

    again = merge_batch(Layout(tmp_path / "out"), store)
    assert again.saved.articles == 0 and again.saved.known == len(records)


def test_batch_merge_command_and_a_folder_without_a_batch(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "rasd.sqlite")
    assert runner.invoke(app, ["batch", str(EXAMPLES), "--out", str(tmp_path / "out")]).exit_code == 0

    result = runner.invoke(app, ["batch-merge", str(tmp_path / "out"), "--db", db])

    assert result.exit_code == 0, result.output
    assert "8 new articles (0 already stored), 6 events: 4 new merged events" in result.stdout
    with pytest.raises(BatchError):
        merge_batch(Layout(tmp_path / "nothing"), Store.open(db))
    assert runner.invoke(app, ["batch-merge", str(tmp_path), "--db", db]).exit_code == 2
