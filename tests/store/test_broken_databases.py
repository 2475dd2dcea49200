"""Every database that cannot be used is a coded error with exit status 2, never a traceback; two
ingests into one SQLite file at once both succeed and store what one run stores."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.errors import Code
from tests.test_crash_safety import report

runner = CliRunner()


def good_database(folder: Path, examples_dir: Path) -> Path:
    db = folder / "good.sqlite"
    assert runner.invoke(app, ["ingest", str(examples_dir), "--db", str(db)]).exit_code == 0
    return db


def random_bytes(folder: Path, examples_dir: Path) -> str:
    (folder / "random.sqlite").write_bytes(bytes(range(256)) * 64)
    return str(folder / "random.sqlite")


def text_file(folder: Path, examples_dir: Path) -> str:
    (folder / "notes.sqlite").write_text("قائمة المصادر\nnot a database\n", encoding="utf-8")
    return str(folder / "notes.sqlite")


def truncated(folder: Path, examples_dir: Path) -> str:
    whole = good_database(folder, examples_dir).read_bytes()
    (folder / "truncated.sqlite").write_bytes(whole[: len(whole) // 5])
    return str(folder / "truncated.sqlite")


def read_only(folder: Path, examples_dir: Path) -> str:
    """Opened read-only (a URI; root ignores file modes, so chmod cannot show this in CI)."""
    return f"sqlite:///file:{good_database(folder, examples_dir)}?mode=ro&uri=true"


BROKEN: list = [
    pytest.param(random_bytes, Code.STORE_NOT_A_DATABASE, id="random-bytes"),
    pytest.param(text_file, Code.STORE_NOT_A_DATABASE, id="text-file"),
    pytest.param(truncated, Code.STORE_CORRUPT, id="truncated"),
    pytest.param(read_only, Code.STORE_READ_ONLY, id="read-only"),
    pytest.param(lambda folder, examples: "mysql://rasd@db.example/news", Code.STORE_BAD_URL, id="mysql"),
    pytest.param(
        lambda folder, examples: "postgresql+psycopg2://rasd@db.example/news",
        Code.STORE_DRIVER_MISSING,
        id="missing-driver",
    ),
]


@pytest.mark.issue(14)
@pytest.mark.parametrize(("make", "code"), BROKEN)
def test_a_broken_database_is_a_coded_error_with_status_2(
    tmp_path: Path, examples_dir: Path, make: Callable[[Path, Path], str], code: Code
) -> None:
    db = make(tmp_path, examples_dir)
    article = tmp_path / "new.txt"
    article.write_text("قصف على البلدة\nقتل مدنيان في قصف مدفعي على بلدة في ريف حلب.", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(article), "--db", db])
    assert (result.exit_code, type(result.exception)) == (2, SystemExit), result.output
    assert f"[{code.value}]" in result.stderr
    assert "Traceback" not in result.output


def test_a_database_named_by_a_uri_makes_no_folder_of_the_uri(
    tmp_path: Path, examples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "new.txt"
    article.write_text("قصف على البلدة\nقتل مدنيان في قصف مدفعي على بلدة في ريف حلب.", encoding="utf-8")
    runner.invoke(app, ["ingest", str(article), "--db", read_only(tmp_path, examples_dir)])
    assert not (tmp_path / "file:").exists()


@pytest.mark.issue(14)
def test_a_locked_database_waits_then_is_a_coded_error(tmp_path: Path, examples_dir: Path) -> None:
    db = good_database(tmp_path, examples_dir)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another process in the middle of a long write
    try:
        command = [sys.executable, "-m", "rasd", "ingest", str(examples_dir), "--db", str(db)]
        env = {**os.environ, "RASD_DB_BUSY_SECONDS": "0.2"}
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == 2 and "[E506]" in done.stderr
    assert "Traceback" not in done.stderr


def counts(db: Path) -> dict[str, int]:
    tables = ("articles", "events", "merged_events", "merged_event_sources", "problems")
    with sqlite3.connect(db) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def ingest(inputs: Path, db: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "rasd", "ingest", str(inputs), "--db", str(db)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


@pytest.mark.issue(14)
def test_two_concurrent_ingests_into_one_fresh_sqlite_file_both_succeed(tmp_path: Path) -> None:
    inputs = tmp_path / "reports.jsonl"
    lines = [json.dumps(report(n), ensure_ascii=False) for n in range(1000)]
    inputs.write_text("\n".join([*lines, "{broken"]), encoding="utf-8")  # a problem both record
    shared, alone = tmp_path / "shared.sqlite", tmp_path / "alone.sqlite"
    first, second, reference = ingest(inputs, shared), ingest(inputs, shared), ingest(inputs, alone)
    for process in (first, second, reference):
        _, errors = process.communicate(timeout=600)
        assert process.returncode == 1, errors  # 1: the broken line was skipped; no crash
        assert "Traceback" not in errors and "[E205]" in errors
    together, one_run = counts(shared), counts(alone)
    assert together["articles"] == one_run["articles"] == 1000
    assert together == one_run
