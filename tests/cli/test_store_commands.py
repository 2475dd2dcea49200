"""rasd ingest, events, problems, watch and demo, on a SQLite file per test."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.cli.store import parse_duration
from rasd.export import FORMATS

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path, examples_dir: Path) -> str:
    """A database holding the bundled examples."""
    path = str(tmp_path / "rasd.sqlite")
    result = runner.invoke(app, ["ingest", str(examples_dir), "--db", path])
    assert result.exit_code == 0, result.output
    return path


def test_ingest_reports_what_it_stored_and_is_idempotent(db: str, examples_dir: Path) -> None:
    again = runner.invoke(app, ["ingest", str(examples_dir), "--db", db])
    assert again.exit_code == 0
    assert "0 new articles (8 already stored)" in again.stdout


def test_events_table_shows_merged_reports(db: str) -> None:
    result = runner.invoke(app, ["events", "--db", db, "--country", "Yemen"])
    assert result.exit_code == 0, result.output
    assert "Houthis" in result.stdout and "Iraq" not in result.stdout


def test_events_csv_has_acled_columns_and_every_source(db: str) -> None:
    result = runner.invoke(app, ["events", "--db", db, "--format", "csv", "--actor", "houthi"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert result.exit_code == 0 and len(rows) == 1
    assert rows[0]["event_id_cnty"].startswith("YEM")
    assert sorted(rows[0]["source"].split("; ")) == ["Example Radio", "Example Wire"]


def test_events_jsonl_lists_article_ids(db: str) -> None:
    result = runner.invoke(app, ["events", "--db", db, "-f", "jsonl", "--type", "Air/drone strike"])
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert {frozenset(e["article_ids"]) for e in events} >= {frozenset({"ex-ye-drone", "ex-ye-drone-2"})}


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "jsonl"])
def test_events_written_to_a_file(db: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    result = runner.invoke(app, ["events", "--db", db, "-f", fmt, "-o", str(out), "--since", "2019-01-01"])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0 and "merged events written" in result.stderr


def test_an_unknown_country_is_a_usage_error(db: str) -> None:
    assert runner.invoke(app, ["events", "--db", db, "--country", "Atlantis"]).exit_code == 2


def test_problems_lists_what_ingest_skipped(tmp_path: Path) -> None:
    path = str(tmp_path / "rasd.sqlite")
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": "\u0646\u0635"}\n{oops\n', encoding="utf-8")
    ingested = runner.invoke(app, ["ingest", str(broken), "--db", path])
    assert ingested.exit_code == 1 and "1 problem recorded" in ingested.stderr
    listed = runner.invoke(app, ["problems", "--db", path], env={"COLUMNS": "250"})
    assert "E205" in listed.stdout and "broken.jsonl:2" in listed.stdout


def test_demo_builds_a_fresh_database(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    for _ in range(2):  # the second run starts again from an empty file
        result = runner.invoke(app, ["demo", "--db", str(path)])
        assert result.exit_code == 0, result.output
        assert "8 new articles" in result.stdout and "merged events" in result.stdout


def test_watch_refuses_an_empty_feed_list(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("# nothing yet\n")
    result = runner.invoke(app, ["watch", str(feeds), "--once", "--db", str(tmp_path / "w.sqlite")])
    assert result.exit_code == 2


@pytest.mark.parametrize(("text", "seconds"), [("90s", 90), ("10m", 600), ("1h", 3600), ("30", 30)])
def test_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


def test_a_bad_duration_is_refused() -> None:
    result = runner.invoke(app, ["watch", "feeds.txt", "--every", "soon"])
    assert result.exit_code == 2


def test_reading_a_database_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite"
    for command in (["events"], ["problems"]):
        result = runner.invoke(app, [*command, "--db", str(missing)])
        assert result.exit_code == 2 and "no database" in result.stderr
    assert not missing.exists()


def test_an_unreachable_server_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", "postgresql://nobody@127.0.0.1:1/none"])
    assert result.exit_code == 2 and "E501" in result.stderr
